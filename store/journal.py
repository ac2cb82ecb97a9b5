"""The journal: committed writes appended beside the TinyDB file, folded in later.

Rewriting a 300 MB database file to change one record takes seconds. So a
write session appends one line to ``<database>.journal`` instead: the records
it put and the ids it removed, as JSON, then fsyncs. Reading the database is
reading the TinyDB file and replaying its journal over it. When the journal
has grown as large as the file (or the file predates journals) the next write
folds everything into a fresh TinyDB file and starts an empty journal: that is
*compaction*, and ``bilat compact`` asks for it.

Safety rests on three rules:

* the first line names the TinyDB file the journal belongs to (the ``id`` kept
  in that file's ``_meta`` table, renewed at each compaction); a journal whose
  header names another file is stale and ignored, so a crash between writing a
  compacted file and removing the old journal neither loses nor repeats writes;
* a line counts only once it ends with a newline (JSON written by orjson holds
  none inside): a line torn by a crash is ignored by readers and cut off by the
  next writer, under the lock; a complete line that does not parse is damage,
  reported with the file and line number, and nothing is written over it;
* a failed append (disk full, file size limit) is cut back to where it started.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import uuid
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec
import orjson

from .errors import DatabaseError
from .files import fsync_directory, write_failure
from .models import Agreement, Claim, Org, Project, Sector, Source

JOURNAL_TAG = "bilat-journal/1"
JOURNAL_SUFFIX = ".journal"
# Compact once the journal is larger than the file it follows, and at least this big.
COMPACT_MIN_BYTES = 1 << 20

FileSignature = tuple[int, int, int]


def journal_path(database: Path) -> Path:
    return database.with_name(database.name + JOURNAL_SUFFIX)


def new_base_id() -> str:
    """A fresh name for a compacted TinyDB file, which its journal's header repeats."""
    return uuid.uuid4().hex


@dataclass
class Entry:
    """One committed write: records put (as stored documents) and ids removed, per table."""

    puts: dict[str, dict[str, Any]] = field(default_factory=dict)
    removes: dict[str, list[str]] = field(default_factory=dict)

    def encode(self) -> bytes:
        body: dict[str, Any] = {"puts": self.puts}
        if self.removes:
            body["removes"] = self.removes
        return orjson.dumps(body) + b"\n"

    def apply_to(
        self,
        tables: dict[str, dict[str, Any]],
        *,
        only: Collection[str] | None = None,
        skip: Collection[str] = (),
    ) -> None:
        """Replay this write over ``tables`` (limited to the tables named in ``only``)."""
        for name, ids in self.removes.items():
            if name in skip or (only is not None and name not in only):
                continue
            table = tables.setdefault(name, {})
            for record_id in ids:
                table.pop(record_id, None)
        for name, docs in self.puts.items():
            if name in skip or (only is not None and name not in only):
                continue
            tables.setdefault(name, {}).update(docs)


class TypedTables(msgspec.Struct, forbid_unknown_fields=True):
    """Every table of records, each decoded into its model (a file, or one write)."""

    sources: dict[str, Source] = msgspec.field(default_factory=dict)
    sectors: dict[str, Sector] = msgspec.field(default_factory=dict)
    orgs: dict[str, Org] = msgspec.field(default_factory=dict)
    projects: dict[str, Project] = msgspec.field(default_factory=dict)
    agreements: dict[str, Agreement] = msgspec.field(default_factory=dict)
    claims: dict[str, Claim] = msgspec.field(default_factory=dict)


class _TypedEntry(msgspec.Struct, forbid_unknown_fields=True):
    puts: TypedTables = msgspec.field(default_factory=TypedTables)
    removes: dict[str, list[str]] = msgspec.field(default_factory=dict)


class _Header(msgspec.Struct):
    journal: str
    base: str


_TYPED_ENTRY = msgspec.json.Decoder(_TypedEntry)
_HEADER = msgspec.json.Decoder(_Header)


@dataclass
class JournalRead:
    """What a read of the journal found, from ``start`` to the last complete line."""

    entries: list[Entry]
    end: int  # offset just after the last complete line
    signature: FileSignature | None  # of the file read (None: there is no journal)
    stale: bool = False  # the header names another TinyDB file


def read_journal(
    path: Path, base_id: str | None, start: int = 0, *, typed: bool = False
) -> JournalRead:
    """The entries of the journal at ``path`` that follow the TinyDB file ``base_id``.

    With ``typed``, records come decoded into their models; a record that does
    not decode raises ``msgspec.ValidationError`` (the caller falls back to the
    talkative path, which names it).
    """
    try:
        with open(path, "rb") as handle:
            st = os.fstat(handle.fileno())
            if start:
                handle.seek(start)
            raw = handle.read()
    except FileNotFoundError:
        return JournalRead([], 0, None)
    except OSError as exc:
        raise DatabaseError(f"cannot read journal {path}: {exc.strerror}") from None
    signature = (st.st_ino, st.st_size, st.st_mtime_ns)
    complete = raw[: raw.rfind(b"\n") + 1]
    lines = complete.split(b"\n")[:-1]
    offset = start
    entries: list[Entry] = []
    for line in lines:
        if offset == 0:
            header = _decode_header(line, path)
            if header.base != base_id:
                return JournalRead([], 0, signature, stale=True)
            offset += len(line) + 1
            continue
        entries.append(_decode_entry(line, path, offset, typed))
        offset += len(line) + 1
    return JournalRead(entries, offset, signature)


def typed_entries(raw: bytes, path: Path, base_id: str) -> list[tuple[int, Entry]] | None:
    """The entries of ``raw``, a journal's first bytes (whole lines), each with the offset
    where it starts, records decoded into their models; None if the journal follows
    another TinyDB file. Raises ``msgspec.ValidationError`` or DatabaseError as
    ``read_journal`` does."""
    lines = raw[: raw.rfind(b"\n") + 1].split(b"\n")[:-1]
    if not lines:
        return []
    if _decode_header(lines[0], path).base != base_id:
        return None
    offset = len(lines[0]) + 1
    entries = []
    for line in lines[1:]:
        entries.append((offset, _decode_entry(line, path, offset, True)))
        offset += len(line) + 1
    return entries


def _decode_header(line: bytes, path: Path) -> _Header:
    try:
        header = _HEADER.decode(line)
    except (msgspec.DecodeError, msgspec.ValidationError):
        raise DatabaseError(
            f"journal {path} is damaged: its first line is not a bilat journal header; "
            "it was left untouched"
        ) from None
    if header.journal != JOURNAL_TAG:
        raise DatabaseError(
            f"journal {path} has format {header.journal!r}; this bilat reads {JOURNAL_TAG}"
        )
    return header


def _decode_entry(line: bytes, path: Path, offset: int, typed: bool) -> Entry:
    if typed:
        try:
            decoded = _TYPED_ENTRY.decode(line)
        except msgspec.ValidationError:
            raise  # well-formed JSON, a record that does not fit its model: named by the caller
        except msgspec.DecodeError:
            raise _damaged(path, offset) from None
        puts = {
            name: getattr(decoded.puts, name)
            for name in TypedTables.__struct_fields__
            if getattr(decoded.puts, name)
        }
        return Entry(puts, decoded.removes)
    try:
        body = orjson.loads(line)
    except orjson.JSONDecodeError:
        raise _damaged(path, offset) from None
    if not isinstance(body, dict) or not isinstance(body.get("puts", {}), dict):
        raise _damaged(path, offset)
    return Entry(body.get("puts", {}), body.get("removes", {}))


def _damaged(path: Path, offset: int) -> DatabaseError:
    return DatabaseError(
        f"journal {path} is damaged at byte {offset}: a committed write there is not valid "
        "JSON; it was left untouched — restore it from a backup, or keep the writes before "
        f"that point with `truncate -s {offset} {shlex.quote(str(path))}` (the writes from "
        "there on are lost)"
    )


def append(
    path: Path, base_id: str, good_end: int, payload: bytes, *, like: Path | None = None
) -> FileSignature:
    """Append one encoded :class:`Entry` durably; the caller holds the write lock.

    ``good_end`` is where the last complete line ends (0: start a new journal,
    header first, with the permissions and group of ``like``, the database file).
    Anything after it, the remains of a crashed append, is cut.
    On failure the file is cut back to ``good_end`` (or removed if this call
    created it) and DatabaseError says why.
    """
    created = good_end == 0
    if created:
        header = orjson.dumps({"journal": JOURNAL_TAG, "base": base_id}) + b"\n"
        payload = header + payload
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | (os.O_TRUNC if created else 0), 0o666)
    except OSError as exc:
        raise _write_error(path, exc) from None
    if created and like is not None:
        copy_permissions(like, fd)
    try:
        with os.fdopen(fd, "r+b") as handle:
            try:
                handle.truncate(good_end)
                handle.seek(good_end)
                handle.write(payload)
                handle.flush()
                os.fsync(handle.fileno())
                st = os.fstat(handle.fileno())
            except BaseException:
                with contextlib.suppress(OSError):
                    handle.truncate(good_end)
                    handle.flush()
                raise
    except OSError as exc:
        if created:
            with contextlib.suppress(OSError):
                os.unlink(path)
        raise _write_error(path, exc) from None
    except BaseException:
        if created:
            with contextlib.suppress(OSError):
                os.unlink(path)
        raise
    if created:
        fsync_directory(path.parent)
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def copy_permissions(like: Path, fd: int) -> None:
    """A shared database's journal (and search index) must be as writable, by the same
    group, as the file."""
    with contextlib.suppress(OSError):
        st = os.stat(like)
        os.fchmod(fd, st.st_mode & 0o666)
        os.fchown(fd, -1, st.st_gid)


def remove(path: Path) -> None:
    """Drop a journal folded into a compacted file (a stale one would be ignored anyway)."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)


def _write_error(path: Path, exc: OSError) -> DatabaseError:
    return DatabaseError(
        f"could not write journal {path}: {write_failure(exc)}; nothing was written"
    )
