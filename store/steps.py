"""Work over long sequences in short calls into C, for threads that share the interpreter.

A call into C holds the interpreter for its whole length: a check over every id of a
table of claims (hundreds of thousands), a saved list decoded in one call, keeps every
other thread waiting as long, the explorer's screen (drawn by another thread) among them.
Between two calls the interpreter can change hands (every switch interval): so what a
large database's start reads back and checks after its first screen is done ``STEP``
values per call (a millisecond or less each), and what it saves for that is written in
pieces (``pieces``), each decoded in a call of its own (``decoded``).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from operator import gt, lt
from typing import Any, TypeVar

import msgspec

T = TypeVar("T")

# Values per call into C.
STEP = 8192


def pieces(values: Sequence[T], size: int) -> list[list[T]]:
    """``values`` cut into lists of ``size`` (the last may be shorter; none if empty)."""
    return [list(values[at : at + size]) for at in range(0, len(values), size)]


def decoded(
    raw: Iterable[msgspec.Raw], decoder: msgspec.msgpack.Decoder[list[Any]]
) -> list[Any] | None:
    """The pieces ``raw`` (each a list, as ``pieces`` cut it) decoded one by one and
    joined; None if one does not decode."""
    whole: list[Any] = []
    try:
        for piece in raw:
            whole.extend(decoder.decode(piece))
    except msgspec.DecodeError:
        return None
    return whole


def in_steps(values: Iterator[int]) -> array[int]:
    """``array("q", values)``, made ``STEP`` values per call into C."""
    made = array("q")
    while True:
        before = len(made)
        made.extend(islice(values, STEP))
        if len(made) - before < STEP:
            return made


def ascending(ids: Sequence[str]) -> bool:
    """True if every id is greater than the one before (no id twice), checked ``STEP`` ids
    per call into C."""
    return all(_ascending(ids[at : at + STEP + 1]) for at in range(0, len(ids), STEP))


def _ascending(ids: Sequence[str]) -> bool:
    return all(map(lt, ids, islice(ids, 1, None)))


def within(numbers: array[int], low: int, high: int) -> bool:
    """True if every number is at least ``low`` and below ``high``, ``STEP`` per call."""
    for at in range(0, len(numbers), STEP):
        part = numbers[at : at + STEP]
        if min(part) < low or max(part) >= high:
            return False
    return True


def at_least(numbers: array[int], low: int) -> bool:
    """True if every number is at least ``low``, ``STEP`` per call."""
    return all(min(numbers[at : at + STEP]) >= low for at in range(0, len(numbers), STEP))


def none_greater(first: array[int], second: array[int]) -> bool:
    """True if no number of ``first`` is greater than the one at its place in ``second``
    (of the same length), ``STEP`` per call."""
    return not any(
        any(map(gt, first[at : at + STEP], second[at : at + STEP]))
        for at in range(0, len(first), STEP)
    )
