"""Checks and decoding over long sequences, a step at a time (``store.steps``): the same
answers as one call over the whole, at every edge between steps."""

from __future__ import annotations

from array import array

import msgspec
import pytest

from bilat.store import steps


@pytest.fixture(autouse=True)
def short_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    """Steps of 3 values: every sequence below spans several, with a remainder."""
    monkeypatch.setattr(steps, "STEP", 3)


def test_ascending_across_steps() -> None:
    ids = [f"id-{n:03}" for n in range(10)]
    assert steps.ascending(ids)
    for at in range(1, 10):  # an id out of order (or twice) at every place, step edges too
        swapped = [*ids]
        swapped[at - 1], swapped[at] = swapped[at], swapped[at - 1]
        assert not steps.ascending(swapped)
        repeated = [*ids]
        repeated[at] = repeated[at - 1]
        assert not steps.ascending(repeated)
    assert steps.ascending([])
    assert steps.ascending(["one"])


def test_within_finds_a_number_out_of_range_at_every_place() -> None:
    numbers = array("i", range(10))
    assert steps.within(numbers, 0, 10)
    assert steps.within(array("i"), 0, 0)
    for at in range(10):
        for wrong in (-1, 10):
            changed = array("i", numbers)
            changed[at] = wrong
            assert not steps.within(changed, 0, 10)


def test_at_least_finds_a_smaller_number_at_every_place() -> None:
    numbers = array("q", range(2, 12))
    assert steps.at_least(numbers, 2)
    assert steps.at_least(array("q"), 2)
    for at in range(10):
        changed = array("q", numbers)
        changed[at] = 1
        assert not steps.at_least(changed, 2)


def test_none_greater_finds_one_greater_at_every_place() -> None:
    first = array("q", range(10))
    assert steps.none_greater(first, array("q", range(10)))
    assert steps.none_greater(array("q"), array("q"))
    for at in range(10):
        second = array("q", range(10))
        second[at] -= 1
        assert not steps.none_greater(first, second)


def test_pieces_decode_back_to_the_whole() -> None:
    values = [f"word{n}" for n in range(10)]
    cut = steps.pieces(values, 4)
    assert [len(piece) for piece in cut] == [4, 4, 2]
    assert steps.pieces([], 4) == []
    raw = msgspec.msgpack.decode(msgspec.msgpack.encode(cut), type=list[msgspec.Raw])
    strings = msgspec.msgpack.Decoder(list[str])
    assert steps.decoded(raw, strings) == values
    assert steps.decoded([], strings) == []
    wrong = msgspec.msgpack.decode(msgspec.msgpack.encode([["a"], [1]]), type=list[msgspec.Raw])
    assert steps.decoded(wrong, strings) is None
