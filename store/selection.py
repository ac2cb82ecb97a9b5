"""The answer to a filter: which positions of a kind's sorted ids it keeps.

A filter keystroke at 100,000 projects keeps up to 100,000 positions. Kept as a
list of numbers, each one is made and later walked by every pass of Python's
garbage collector while the list is young (several passes per keystroke, each
as long as the filter itself). A ``Selection`` keeps one byte per position instead (1 where the
filter keeps it), which the filters make and combine in C, and finds the n-th
kept position only when asked: a table asks for the few rows on screen.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from itertools import accumulate, compress, islice
from typing import overload

_BLOCK = 4096  # positions per block of the rank table


class Selection(Sequence[int]):
    """The positions where ``marks`` holds a 1, in ascending order (a read-only sequence)."""

    __slots__ = ("_blocks", "_ends", "_length", "marks")

    def __init__(self, marks: bytearray) -> None:
        self.marks = marks  # one byte per position, 0 or 1; never changed
        self._length = marks.count(1)
        self._ends: list[int] | None = None  # kept positions up to the end of each block
        self._blocks: dict[int, list[int]] = {}  # a block's kept positions, once read

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> list[int]: ...
    def __getitem__(self, index: int | slice) -> int | list[int]:
        if isinstance(index, slice):
            start, stop, step = index.indices(self._length)
            if step != 1 or start >= stop:
                return [self._at(i) for i in range(start, stop, step)]
            # A run of ranks (a table's first rows): from the first one on, read in C.
            first = self._at(start)
            rest = compress(range(first, len(self.marks)), memoryview(self.marks)[first:])
            return list(islice(rest, stop - start))
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("selection index out of range")
        return self._at(index)

    def __iter__(self) -> Iterator[int]:
        return compress(range(len(self.marks)), self.marks)

    def __contains__(self, position: object) -> bool:
        return (
            isinstance(position, int)
            and 0 <= position < len(self.marks)
            and bool(self.marks[position])
        )

    def _at(self, rank: int) -> int:
        ends = self._ends
        if ends is None:
            marks = self.marks
            counts = (marks.count(1, at, at + _BLOCK) for at in range(0, len(marks), _BLOCK))
            ends = self._ends = list(accumulate(counts))
        block = bisect.bisect_right(ends, rank)
        kept = self._blocks.get(block)
        if kept is None:
            start = block * _BLOCK
            window = self.marks[start : start + _BLOCK]
            kept = self._blocks[block] = list(compress(range(start, start + _BLOCK), window))
        before = ends[block - 1] if block else 0
        return kept[rank - before]


def both(first: bytearray, second: bytearray) -> bytearray:
    """Marks kept by both (the same length): one AND of two big numbers, in C."""
    size = len(first)
    joint = int.from_bytes(first, "little") & int.from_bytes(second, "little")
    return bytearray(joint.to_bytes(size, "little"))
