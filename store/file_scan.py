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

# What comes before a value in an object: white space and a comma (but before the
# first), the key, white space, a colon, white space.
_SEPARATOR = re.compile(rb'[\s,]*"(?:[^"\\]|\\.)*"\s*:\s*')
_WHITE = b" \t\r\n"
_OPEN, _CLOSE = ord("{"), ord("}")
# Spot checks of a computed layout: every so many records, one must start with "{".
_SAMPLE_EVERY = 97

Tables = dict[str, dict[str, msgspec.Raw]]
FILE_DECODER = msgspec.json.Decoder(Tables)


def json_key_length(key: str) -> int:
    """Bytes of ``key`` as compact JSON writes it, quotes included."""
    if key.isascii() and key.isprintable() and '"' not in key and "\\" not in key:
        return len(key) + 2
    return len(msgspec.json.encode(key))


def record_offsets(buffer: mmap.mmap, tables: Tables) -> dict[str, array[int]] | None:
    """For each table of ``tables`` (the file in ``buffer`` decoded as raw spans), where
    each of its records starts, in the table's order; None if the bytes cannot be
    followed (the caller then reads the file the slow way, which says what is wrong).

    Only a few bytes of the file are looked at (unless it is laid out by hand): the
    caller may let the mapped pages go first."""
    at = _skip_white(buffer, 0)
    if at >= len(buffer) or buffer[at] != _OPEN:
        return None
    at += 1
    found: dict[str, array[int]] = {}
    for i, (name, records) in enumerate(tables.items()):
        start = _value_start(buffer, at, name, first=i == 0)
        if start is None or buffer[start] != _OPEN:
            return None
        lengths = array("q", map(len, records.values()))
        laid = _compact(buffer, start, records, lengths)
        if laid is None:
            laid = _walked(buffer, start, lengths)
        if laid is None:
            return None
        found[name], at = laid
    at = _skip_white(buffer, at)
    return found if at < len(buffer) and buffer[at] == _CLOSE else None


def _skip_white(buffer: mmap.mmap, at: int) -> int:
    while at < len(buffer) and buffer[at] in _WHITE:
        at += 1
    return at


def _value_start(buffer: mmap.mmap, at: int, key: str, *, first: bool) -> int | None:
    """Where the value of ``key`` starts, its entry beginning at ``at``."""
    expected = (b"" if first else b",") + msgspec.json.encode(key) + b":"
    if buffer[at : at + len(expected)] == expected:
        return at + len(expected)
    match = _SEPARATOR.match(buffer, at)
    return match.end() if match is not None else None


def _compact(
    buffer: mmap.mmap, start: int, keys: Iterable[str], lengths: array[int]
) -> tuple[array[int], int] | None:
    """Offsets of an object's values written compactly, and where the object ends."""
    if not lengths:
        return (array("q"), start + 2) if buffer[start + 1] == _CLOSE else None
    # Before each value: a comma (but before the first), its key and a colon; the first
    # value is one byte further than ``start`` would say with a comma: the "{".
    before_values = accumulate(json_key_length(key) + 2 for key in keys)
    before_keys = accumulate(chain((start,), lengths))
    offsets = array("q", map(add, before_values, before_keys))
    end = offsets[-1] + lengths[-1]
    if end >= len(buffer) or buffer[end] != _CLOSE:
        return None
    if any(buffer[offsets[i]] != _OPEN for i in range(0, len(offsets), _SAMPLE_EVERY)):
        return None
    return offsets, end + 1


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
