"""A worker's long work on every row gives the event loop its turns (``tui/turns.py``), and
the sort made of short sorts is the sort."""

from __future__ import annotations

import random

import pytest

from bilat.tui import turns
from bilat.tui.turns import taking_turns
from bilat.tui.widgets.record_table import SORT_RUN, sorted_in_steps


def test_taking_turns_yields_everything_and_pauses(monkeypatch: pytest.MonkeyPatch) -> None:
    pauses: list[float] = []
    monkeypatch.setattr(turns.time, "sleep", pauses.append)
    monkeypatch.setattr(turns, "TURN_SECONDS", -1.0)  # every check finds the turn over
    items = list(range(1000))
    assert list(taking_turns(items)) == items
    assert pauses == [turns.PAUSE_SECONDS] * len(range(0, 1000, 8))


def test_slow_items_still_leave_the_loop_its_turn(monkeypatch: pytest.MonkeyPatch) -> None:
    """Items of 5 ms each (a record's marks read from the file): the work between two
    pauses stays near the turn's length, not 64 items' worth."""
    clock = [0.0]
    pauses: list[float] = []
    monkeypatch.setattr(turns.time, "monotonic", lambda: clock[0])
    monkeypatch.setattr(turns.time, "sleep", lambda seconds: pauses.append(clock[0]))
    for _ in taking_turns(range(2000)):
        clock[0] += 0.005
    worked = [b - a for a, b in zip([0.0, *pauses], pauses, strict=False)]
    assert len(pauses) > 100
    assert max(worked) <= turns.TURN_SECONDS + 8 * 0.005 + 1e-9


@pytest.mark.parametrize("reverse", [False, True])
def test_sorted_in_steps_is_a_stable_sort(reverse: bool) -> None:
    rng = random.Random(7)
    rows = [(rng.randrange(50), n) for n in range(SORT_RUN * 3 + 17)]  # many equal keys
    made: list[tuple[int, int]] = []

    def key(row: tuple[int, int]) -> int:
        made.append(row)
        return row[0]

    assert sorted_in_steps(rows, key, reverse) == sorted(rows, key=lambda r: r[0], reverse=reverse)
    assert sorted(made) == sorted(rows)  # each key made once
