"""A filter's answer kept as one byte per position reads as the list of kept positions.

``store.selection`` finds the n-th kept position through a table of counts per
block; these tests shrink the block so that random marks cross many of them,
and check every way a table reads the answer (index, slice, iteration) against
the plain list. The search index answering through it is checked against each
record tested alone, filter after filter, as a user types, widens and narrows.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.store import QueryError, Store, parse_filter, selection
from bilat.store.selection import Selection, both

marks_st = st.lists(st.integers(0, 1), max_size=70).map(bytearray)


@contextmanager
def small_blocks(size: int) -> Iterator[None]:
    saved = selection._BLOCK
    selection._BLOCK = size
    try:
        yield
    finally:
        selection._BLOCK = saved


@settings(max_examples=300, deadline=None)
@given(marks_st, st.sampled_from([1, 3, 8, 4096]), st.integers(-80, 80), st.integers(-80, 80))
def test_a_selection_reads_as_the_list_of_kept_positions(
    marks: bytearray, block: int, start: int, stop: int
) -> None:
    expected = [position for position, mark in enumerate(marks) if mark]
    with small_blocks(block):
        chosen = Selection(marks)
        assert len(chosen) == len(expected)
        assert bool(chosen) == bool(expected)
        assert list(chosen) == expected
        # In a shuffled order: a block read once is kept, the others still found.
        for rank in sorted(range(len(expected)), key=lambda r: (r * 7919) % 97):
            assert chosen[rank] == expected[rank]
            assert chosen[rank - len(expected)] == expected[rank]
        assert chosen[start:stop] == expected[start:stop]
        assert chosen[::-2] == expected[::-2]
        for position in range(-1, len(marks) + 1):
            assert (position in chosen) == (position in expected)
        for outside in (len(expected), -len(expected) - 1):
            with pytest.raises(IndexError):
                chosen[outside]


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_both_keeps_what_both_marks_keep(data: st.DataObject) -> None:
    first = data.draw(marks_st)
    second = bytearray(
        data.draw(st.lists(st.integers(0, 1), min_size=len(first), max_size=len(first)))
    )
    joint = both(first, second)
    assert joint == bytearray(a & b for a, b in zip(first, second, strict=True))
    assert isinstance(joint, bytearray) and len(joint) == len(first)


def test_typed_filters_answer_as_each_record_tested_alone(seeded: Store) -> None:
    """Letter by letter, back again, qualifiers added and taken away: each answer of the
    index (which narrows the previous one when it can) is the plain one."""
    snapshot = seeded.snapshot()
    typed: list[str] = []
    for text in ("aluminium", "status:approved oran", "country:RU acier", "sector:pharma emplois"):
        typed += [text[:end] for end in range(1, len(text) + 1)]
        typed += [text[:end] for end in range(len(text) - 1, 0, -1)]
    typed += ["status:approved", "status:approved country:DZ", "status:approved", ""]
    with small_blocks(2):
        for text in typed:
            try:
                flt = parse_filter(text)
                resolved = snapshot.search.resolve(flt)
            except QueryError:  # a half-typed qualifier names nothing yet
                continue
            for kind in ("projects", "agreements"):
                ids = snapshot.sorted_ids(kind)
                plain = [
                    record_id
                    for record_id in ids
                    if snapshot.search.matches(snapshot.tables[kind][record_id], resolved)
                ]
                positions = snapshot.search.select_positions(kind, flt)
                assert [ids[position] for position in positions] == plain, (text, kind)
                assert [ids[positions[rank]] for rank in range(len(positions))] == plain
