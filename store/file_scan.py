"""Where each record lies in a database file, found in one pass over it.

The file is parsed once by msgspec into raw spans (each record is skipped over,
checked to be well-formed JSON, not decoded); only their lengths are used. A
file written by bilat is compact JSON, so each record's offset follows from the
lengths of the records and keys before it, checked against where each table
ends; any other layout (a file indented by hand) is walked separator by
separator instead. Records are then read from the file when asked for
(:mod:`store.file_table`).
"""

from __future__ import annotations

import mmap
import re
from array import array
from collections.abc import Iterable
from itertools import accumulate, chain
from operator import add

import msgspec

from .steps import STEP, in_steps

# What comes before a value in an object: white space and a comma (but before the
# first), the key, white space, a colon, white space.
_SEPARATOR = re.compile(rb'[\s,]*"(?:[^"\\]|\\.)*"\s*:\s*')
_WHITE = b" \t\r\n"
_OPEN, _CLOSE = ord("{"), ord("}")
# Spot checks of a computed layout: every so many records, one must start with "{".
_SAMPLE_EVERY = 97

# The file's tables as raw spans, then a table's records as raw spans.
SPANS = msgspec.json.Decoder(dict[str, msgspec.Raw])


def json_key_length(key: str) -> int:
    """Bytes of ``key`` as compact JSON writes it, quotes included."""
    if key.isascii() and key.isprintable() and '"' not in key and "\\" not in key:
        return len(key) + 2
    return len(msgspec.json.encode(key))


def table_starts(buffer: mmap.mmap, tables: dict[str, msgspec.Raw]) -> dict[str, int] | None:
    """Where each table of the file in ``buffer`` starts (its "{"), given the file decoded
    as raw spans; None if the bytes cannot be followed (the caller then reads the file the
    slow way, which says what is wrong). Only a few bytes are looked at (unless the file
    is laid out by hand): the caller may let the mapped pages go first."""
    top = _skip_white(buffer, 0)
    if top >= len(buffer) or buffer[top] != _OPEN:
        return None
    laid = _values(buffer, top, tables, array("q", map(len, tables.values())))
    if laid is None or _skip_white(buffer, laid[1]) != len(buffer):
        return None
    starts = dict(zip(tables, laid[0], strict=True))
    if any(buffer[at] != _OPEN for at in starts.values()):
        return None
    return starts


def record_offsets(
    buffer: mmap.mmap, start: int, records: dict[str, msgspec.Raw]
) -> tuple[array[int], array[int]] | None:
    """Where each record of the table starting at ``start`` lies and how long it is, in the
    table's order, given the table decoded as raw spans; None if the bytes cannot be
    followed or a record (spot-checked) is no JSON object."""
    lengths = array("q", map(len, records.values()))
    laid = _values(buffer, start, records, lengths)
    if laid is None:
        return None
    offsets = laid[0]
    if any(buffer[at] != _OPEN for at in offsets[:: max(1, len(offsets) // 64)]):
        return None
    return offsets, lengths


def _values(
    buffer: mmap.mmap, start: int, keys: Iterable[str], lengths: array[int]
) -> tuple[array[int], int] | None:
    """Offsets of the values of the object at ``start`` and where it ends."""
    laid = _compact(buffer, start, keys, lengths)
    return laid if laid is not None else _walked(buffer, start, lengths)


def _skip_white(buffer: mmap.mmap, at: int) -> int:
    while at < len(buffer) and buffer[at] in _WHITE:
        at += 1
    return at


def _compact(
    buffer: mmap.mmap, start: int, keys: Iterable[str], lengths: array[int]
) -> tuple[array[int], int] | None:
    """Offsets of an object's values written compactly, and where the object ends."""
    if not lengths:
        return (array("q"), start + 2) if buffer[start + 1] == _CLOSE else None
    offsets, end = compact_offsets(start, keys, lengths)
    if end >= len(buffer) or buffer[end] != _CLOSE:
        return None
    if any(buffer[offsets[i]] != _OPEN for i in range(0, len(offsets), _SAMPLE_EVERY)):
        return None
    return offsets, end + 1


def compact_offsets(start: int, keys: Iterable[str], lengths: array[int]) -> tuple[array[int], int]:
    """Where the values of an object starting at ``start`` lie if it is written compactly
    (``{"key":value,"key":value}``) with these keys and value lengths, and where its "}"
    then is. Arithmetic only: the caller checks the bytes."""
    if not lengths:
        return array("q"), start + 1
    # Before each value: a comma (but before the first), its key and a colon; the first
    # value is one byte further than ``start`` would say with a comma: the "{".
    count = len(lengths)
    records_before = accumulate(chain((start,), lengths))
    keys = list(keys)
    if all(_plain("".join(keys[at : at + STEP])) for at in range(0, len(keys), STEP)):
        # Plain keys (ids always are): their lengths, each with 2 quotes, a comma, a colon.
        keys_before: Iterable[int] = map(
            add, accumulate(map(len, keys)), range(4, 4 * count + 4, 4)
        )
    else:
        keys_before = accumulate(json_key_length(key) + 2 for key in keys)
    offsets = in_steps(map(add, keys_before, records_before))
    return offsets, offsets[-1] + lengths[-1]


def _plain(keys: str) -> bool:
    """Keys written as they are in JSON: no escape, no character outside ASCII."""
    return keys.isascii() and keys.isprintable() and '"' not in keys and "\\" not in keys


def _walked(buffer: mmap.mmap, start: int, lengths: array[int]) -> tuple[array[int], int] | None:
    """The same for any layout, following the separators one by one."""
    offsets = array("q")
    at = start + 1
    match = _SEPARATOR.match
    for length in lengths:
        found = match(buffer, at)
        if found is None:
            return None
        offsets.append(found.end())
        at = found.end() + length
    at = _skip_white(buffer, at)
    if at >= len(buffer) or buffer[at] != _CLOSE:
        return None
    return offsets, at + 1
