"""The journal: committed writes appended beside the TinyDB file, folded in later.

Rewriting a large database file to change one record takes seconds. So a
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
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec
import orjson

from .errors import DatabaseError
from .files import (
    copy_permissions,
    fsync_directory,
    open_regular,
    what_is_at,
    write_failure,
)
from .files import refusal as _refusal
from .models import KINDS, Agreement, Claim, Org, Person, Project, Sector, Source

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
    """Every table of records, each decoded into its model (a file, or one write); one
    field per kind of ``models.KINDS``, in its order (a test holds them together)."""

    sources: dict[str, Source] = msgspec.field(default_factory=dict)
    sectors: dict[str, Sector] = msgspec.field(default_factory=dict)
    orgs: dict[str, Org] = msgspec.field(default_factory=dict)
    people: dict[str, Person] = msgspec.field(default_factory=dict)
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
    talkative path, ``check_entries``, which names it). Anything but a regular file at
    ``path`` raises SideFileError; a line that is no write of bilat's, DatabaseError.
    """
    found = _read(path, start)
    if found is None:
        return JournalRead([], 0, None)
    raw, signature = found
    entries: list[Entry] = []
    end = start
    for offset, line in _lines(raw, start):
        end = offset + len(line) + 1
        if offset == 0:
            if _decode_header(line, path).base != base_id:
                return JournalRead([], 0, signature, stale=True)
            continue
        entries.append(_decode_entry(line, path, offset, typed))
    return JournalRead(entries, end, signature)


def check_entries(path: Path, base_id: str | None) -> JournalRead:
    """The journal read as ``read_journal(typed=True)`` reads it, each line checked to be a
    write of bilat's and each record to decode into its model, as a compaction must before
    it folds the journal into the file (which must hold only what bilat reads back): the
    first line that is not raises DatabaseError naming the line, the record and the field."""
    found = _read(path, 0)
    if found is None:
        return JournalRead([], 0, None)
    raw, signature = found
    entries: list[Entry] = []
    end = 0
    for offset, line in _lines(raw, 0):
        end = offset + len(line) + 1
        if offset == 0:
            if _decode_header(line, path).base != base_id:
                return JournalRead([], 0, signature, stale=True)
            continue
        loose = _decode_entry(line, path, offset, False)  # the shape, table names, ids
        try:
            entries.append(_decode_entry(line, path, offset, True))
        except msgspec.ValidationError:
            raise _invalid(path, offset, _first_invalid(loose)) from None
    return JournalRead(entries, end, signature)


def _first_invalid(entry: Entry) -> str:
    """Which record of a write does not decode, and why (msgspec's own message hides the
    key of a record in its table)."""
    for table, docs in entry.puts.items():
        for record_id, doc in docs.items():
            try:
                msgspec.convert(doc, KINDS[table][1], strict=True)
            except (msgspec.ValidationError, RecursionError) as exc:
                return f"record {record_id!r} in {table} is invalid ({exc})"
    return "a record it writes is invalid"


def typed_entries(raw: bytes, path: Path, base_id: str) -> list[tuple[int, Entry]] | None:
    """The entries of ``raw``, a journal's first bytes (whole lines), each with the offset
    where it starts, records decoded into their models; None if the journal follows
    another TinyDB file. Raises ``msgspec.ValidationError`` or DatabaseError as
    ``read_journal`` does."""
    entries = []
    for offset, line in _lines(raw, 0):
        if offset == 0:
            if _decode_header(line, path).base != base_id:
                return None
            continue
        entries.append((offset, _decode_entry(line, path, offset, True)))
    return entries


def _read(path: Path, start: int) -> tuple[bytes, FileSignature] | None:
    """The journal's bytes from ``start`` on, and its signature; None if there is none."""
    try:
        fd = open_regular(path, os.O_RDONLY, "journal")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise DatabaseError(f"cannot read journal {path}: {exc.strerror}") from None
    with os.fdopen(fd, "rb") as handle:
        st = os.fstat(fd)
        if start:
            handle.seek(start)
        return handle.read(), (st.st_ino, st.st_size, st.st_mtime_ns)


def _lines(raw: bytes, start: int) -> Iterator[tuple[int, bytes]]:
    """Each complete line of ``raw`` (read from ``start``), with where it starts in the file.
    A line counts once its newline is written: the rest is an append in progress, or torn."""
    complete = raw[: raw.rfind(b"\n") + 1]
    offset = start
    for line in complete.split(b"\n")[:-1]:
        yield offset, line
        offset += len(line) + 1


def _decode_header(line: bytes, path: Path) -> _Header:
    try:
        header = _HEADER.decode(line)
    except (msgspec.DecodeError, msgspec.ValidationError, RecursionError):
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
        except RecursionError:
            raise _invalid(path, offset, "it nests values deeper than bilat reads") from None
        puts = {
            name: getattr(decoded.puts, name)
            for name in TypedTables.__struct_fields__
            if getattr(decoded.puts, name)
        }
        misplaced = any(r.id != key for docs in puts.values() for key, r in docs.items())
        if misplaced or not set(decoded.removes) <= set(KINDS):
            _check_body(orjson.loads(line), path, offset)  # names what is wrong
        return Entry(puts, decoded.removes)
    try:
        body = orjson.loads(line)
    except orjson.JSONDecodeError:
        raise _damaged(path, offset) from None
    _check_body(body, path, offset)
    return Entry(body.get("puts", {}), body.get("removes", {}))


def _check_body(body: Any, path: Path, offset: int) -> None:
    """A line must be a write of bilat's: records put and ids removed, in its tables only.
    Anything else would be folded into the file by the next compaction, and the file
    then refused."""
    if not isinstance(body, dict) or not set(body) <= {"puts", "removes"}:
        raise _invalid(path, offset, "it is not a write of bilat's")
    puts, removes = body.get("puts", {}), body.get("removes", {})
    if not isinstance(puts, dict) or not isinstance(removes, dict):
        raise _invalid(path, offset, "it is not a write of bilat's")
    for table in [*puts, *removes]:
        if table not in KINDS:
            raise _invalid(path, offset, f"it writes to {table!r}, which is no table of bilat's")
    for table, docs in puts.items():
        if not isinstance(docs, dict):
            raise _invalid(path, offset, f"its records of {table} are not an object")
        for record_id, doc in docs.items():
            if not isinstance(doc, dict) or doc.get("id") != record_id:
                problem = f"record {record_id!r} in {table} is not a record with that id"
                raise _invalid(path, offset, problem)
    for table, ids in removes.items():
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            raise _invalid(path, offset, f"its removes of {table} are not a list of ids")


def _line_number(path: Path, offset: int) -> int:
    """The number of the line that starts at byte ``offset`` (for messages only)."""
    found = _read(path, 0)
    return (found[0][:offset].count(b"\n") if found is not None else 0) + 1


def _damaged(path: Path, offset: int) -> DatabaseError:
    line = _line_number(path, offset)
    return DatabaseError(
        f"journal {path} is damaged at line {line} (byte {offset}): a committed write there "
        "is not valid JSON; it was left untouched — restore it from a backup, or keep the "
        f"writes before that line with `truncate -s {offset} {shlex.quote(str(path))}` (the "
        "writes from there on are lost)"
    )


def _invalid(path: Path, offset: int, problem: str) -> DatabaseError:
    line = _line_number(path, offset)
    return DatabaseError(
        f"journal {path} line {line} (byte {offset}): {problem}; nothing was written and "
        "it was left untouched — restore it from a backup, or keep the writes before that "
        f"line with `truncate -s {offset} {shlex.quote(str(path))}`"
    )


def append(
    path: Path, base_id: str, good_end: int, payload: bytes, *, like: Path | None = None
) -> FileSignature:
    """Append one encoded :class:`Entry` durably; the caller holds the write lock.

    ``good_end`` is where the last complete line ends (0: start a new journal,
    header first, with the permissions and group of ``like``, the database file, in
    place of a stale one). Anything after it, the remains of a crashed append, is cut.
    On failure the file is cut back to ``good_end`` (or removed if this call
    created it) and DatabaseError says why. Anything but a regular file at ``path``
    is refused (SideFileError), never written through.
    """
    created = good_end == 0
    if created:
        header = orjson.dumps({"journal": JOURNAL_TAG, "base": base_id}) + b"\n"
        payload = header + payload
    fd = _open_for_append(path, created, like)
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
    except BaseException as exc:
        if created:
            with contextlib.suppress(OSError):
                os.unlink(path)
        if isinstance(exc, OSError):
            raise _write_error(path, exc) from None
        raise
    if created:
        fsync_directory(path.parent)
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def _open_for_append(path: Path, created: bool, like: Path | None) -> int:
    """The journal, opened to write: a new one made with ``O_EXCL`` (a stale one removed
    first), never through a symbolic link or into anything but a regular file."""
    try:
        if not created:
            return open_regular(path, os.O_RDWR, "journal")
        remove(path)
        fd = open_regular(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, "journal", 0o666)
    except FileExistsError:
        raise _refusal("journal", path, what_is_at(path) or "a file made meanwhile") from None
    except OSError as exc:
        raise _write_error(path, exc) from None
    if like is not None:
        copy_permissions(like, fd)
    return fd


def remove(path: Path, *, folded: bool = False) -> None:
    """Drop a stale journal before a new one is made: something that is no regular file
    there is refused, not removed. With ``folded``, the journal was just folded into a
    compacted file, which holds the truth now: whatever name is there goes (unlinking a
    name never touches what a symbolic link points at)."""
    if not folded:
        found = what_is_at(path)
        if found is not None:
            raise _refusal("journal", path, found)
    with contextlib.suppress(FileNotFoundError, IsADirectoryError, PermissionError):
        os.unlink(path)


def _write_error(path: Path, exc: OSError) -> DatabaseError:
    return DatabaseError(
        f"could not write journal {path}: {write_failure(exc)}; nothing was written"
    )


@dataclass
class Salvage:
    """What the journal of a database holds, read without its database file (which may be
    damaged): the last version of each record it puts, and what it could not read."""

    path: Path
    writes: int = 0
    records: dict[str, dict[str, Any]] = field(default_factory=dict)  # table -> id -> doc
    removed: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)  # lines, and records, skipped

    @property
    def count(self) -> int:
        return sum(len(docs) for docs in self.records.values())


def salvage(path: Path) -> Salvage | None:
    """Every record the journal at ``path`` still holds, whatever file it follows; None
    if there is no journal. Damaged lines and records that do not decode are skipped and
    named in ``unreadable``, not fatal: this is for getting back what can be."""
    found = _read(path, 0)
    if found is None:
        return None
    saved = Salvage(path)
    for offset, line in _lines(found[0], 0):
        if offset == 0 and line.startswith(b'{"journal"'):
            continue
        try:
            entry = _decode_entry(line, path, offset, False)
        except DatabaseError:
            saved.unreadable.append(f"line {_line_number(path, offset)} (byte {offset})")
            continue
        saved.writes += 1
        for table, ids in entry.removes.items():
            for record_id in ids:
                saved.records.get(table, {}).pop(record_id, None)
                saved.removed.append(record_id)
        for table, docs in entry.puts.items():
            for record_id, doc in docs.items():
                try:
                    msgspec.convert(doc, KINDS[table][1], strict=True)
                except (msgspec.ValidationError, RecursionError) as exc:
                    saved.unreadable.append(f"record {record_id!r} ({exc})")
                    continue
                saved.records.setdefault(table, {})[record_id] = doc
                if record_id in saved.removed:
                    saved.removed.remove(record_id)
    return saved
