"""A whole database file written record by record: the bulk write of the file backend.

The new file is the current one (its journal replayed) with the records put merged in,
table by table in id order: a record the write does not touch is copied as the file
holds it, its bytes not decoded into anything kept (only checked to decode, as a
compaction reads a file whole and a write reads its records, so that a damaged
database is refused, not copied on); a record put is encoded when its turn comes. The
file goes to a temporary file in the database's folder, fsynced and renamed in
(``files.atomic_file``), as a compaction's does: the caller holds the writers' lock
and removes the journal the new file folds in. Where each table and record went is
returned, so that the backend saves the file's layout (``store.saved_layout``) and the
next reader (the word index built right after an import) need not parse the file.

Backends without the capability write through one session (``through_session``),
with every record in memory: correct, not streamed.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from .backend import Backend, BulkPlan, BulkPut
from .bundle import to_document
from .errors import DatabaseError
from .file_table import FileTable
from .files import atomic_file
from .models import KINDS

# The tables a bilat database file holds, in the order a bulk write writes them.
_TABLES = tuple(KINDS)
_META = "_meta"


def encoded(record: Any) -> bytes:
    """A stored record's document as compact JSON, as a compaction writes it."""
    return orjson.dumps(to_document(record))


# Keys and the lengths of their values, in file order (``saved_layout.Keyed``).
Keyed = tuple[list[str], "array[int]"]


def write_merged(
    path: Path,
    tables: Mapping[str, Mapping[str, Any]],
    puts: Mapping[str, BulkPut],
    meta: dict[str, Any],
) -> tuple[Keyed, dict[str, Keyed]]:
    """Write the database file ``path``: ``tables`` with ``puts`` merged in, then the
    ``_meta`` table ``meta``; atomically (DatabaseError, and the file as it was, if not).
    Returns how it is laid out (compact JSON): its tables' names and lengths, and each
    table's record ids and lengths."""
    top: Keyed = ([], array("q"))
    laid: dict[str, Keyed] = {}
    with atomic_file(path, what="database") as out:
        out.write(b"{")
        for number, kind in enumerate(_TABLES):
            out.write(b"," if number else b"")
            out.write(orjson.dumps(kind) + b":{")
            laid[kind], written = _write_table(out, tables.get(kind, {}), puts.get(kind))
            out.write(b"}")
            top[0].append(kind)
            top[1].append(written + 2)  # with its braces
        encoded_meta = orjson.dumps(meta)
        out.write(b"," + orjson.dumps(_META) + b":" + encoded_meta + b"}")
        top[0].append(_META)
        top[1].append(len(encoded_meta))
    return top, laid


def _write_table(
    out: BinaryIO, stored: Mapping[str, Any], put: BulkPut | None
) -> tuple[Keyed, int]:
    """Write a table's records (between its braces); their ids and lengths, and the bytes
    written."""
    pieces: list[bytes] = []
    size = written = 0
    ids: list[str] = []
    lengths = array("q")
    for number, (record_id, document) in enumerate(_merged(stored, put)):
        pieces.append(b"," if number else b"")
        pieces.append(orjson.dumps(record_id) + b":")
        pieces.append(document)
        ids.append(record_id)
        lengths.append(len(document))
        size += len(document)
        if size >= 1 << 20:
            written += out.write(b"".join(pieces))
            pieces, size = [], 0
    written += out.write(b"".join(pieces))
    return (ids, lengths), written


def _merged(stored: Mapping[str, Any], put: BulkPut | None) -> Iterator[tuple[str, bytes]]:
    """(id, document JSON) of every record of one table, in id order: the stored ones
    (copied as they lie in the file when they can be), the put ones in their places."""
    ids = put.ids if put is not None else ()
    at = 0
    for record_id, record, raw in _stored(stored):
        while at < len(ids) and ids[at] < record_id:
            yield ids[at], put.encode(ids[at], 0)  # type: ignore[union-attr]
            at += 1
        if at < len(ids) and ids[at] == record_id:
            yield record_id, put.encode(record_id, record.rev)  # type: ignore[union-attr]
            at += 1
            continue
        yield record_id, bytes(raw) if raw is not None else encoded(record)
    for record_id in ids[at:]:
        yield record_id, put.encode(record_id, 0)  # type: ignore[union-attr]


def _stored(table: Mapping[str, Any]) -> Iterator[tuple[str, Any, memoryview | None]]:
    if isinstance(table, FileTable):
        yield from table.stored()
        return
    for record_id in sorted(table):
        yield record_id, table[record_id], None


def through_session(backend: Backend, plan: BulkPlan, *, clear: bool) -> None:
    """The bulk write of a backend without the capability: one session, every record of
    the database in memory (as a write session's caller reads it)."""
    with backend.session() as session:
        loaded = backend.load_records()
        if loaded is None:
            raise DatabaseError(
                f"database {backend.location} holds a record that does not decode; "
                "nothing was written — run `bilat check` for the full list"
            )
        tables = loaded[0]
        puts = plan(tables, session.version)
        current: Mapping[str, Mapping[str, Any]] = {} if clear else tables
        if clear:
            for kind in KINDS:
                for record_id in list(tables.get(kind, {})):
                    session.remove(kind, record_id)
        for kind, put in puts.items():
            stored = current.get(kind, {})
            for record_id in put.ids:
                found = stored.get(record_id)
                document = put.encode(record_id, found.rev if found is not None else 0)
                session.put(kind, record_id, orjson.loads(document))
