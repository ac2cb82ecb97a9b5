"""Each record's history: what every committed write changed, when, and by whom.

The journal (``store.journal``) holds whole records and is folded into the database by
``compact``, after which what a record was before is gone. So every write also appends
one line to a history file beside the database, ``NAME.history``, that compaction never
touches: the time (UTC), the user (the OS user name), what the write was ("edit",
"merge prj-b into prj-a", "delete …") and, per record, its new revision and each field
that changed, before → after (each shortened to a line; a longer value is named only).

The journal's own lines are left as they were: an older bilat reads a newer database's
journal, and this one reads an older one's. A write made by an older bilat has no line
here: it is read from the journal (what changed, without time or user), and kept here
when a compaction folds that journal into the file.

A line counts once its newline is written; a torn or damaged line is skipped: the
history tells, it is never what the records are read from.
"""

from __future__ import annotations

import contextlib
import getpass
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from .errors import DatabaseError
from .files import (
    copy_permissions,
    fsync_directory,
    open_regular,
    read_regular,
    write_atomically,
    write_failure,
)

SUFFIX = ".history"
# A value shown before → after in at most this many characters; a longer one is named only.
SHORT_CHARS = 80


@dataclass
class RecordChange:
    """What one write did to one record."""

    id: str
    rev: int | None  # its revision after the write (None: removed)
    # Field -> (before, after) shortened; None for a value too long to show. None as a whole:
    # not known (a write read from an older bilat's journal, with nothing to compare with).
    fields: dict[str, tuple[str, str] | None] | None = field(default_factory=dict)
    added: bool = False
    removed: bool = False

    def summary(self) -> str:
        """``status: announced → approved; notes`` (or added, removed, written)."""
        if self.removed:
            return "removed"
        if self.added:
            return "added"
        if self.fields is None:
            return "written (fields not recorded)"
        if not self.fields:
            return "written, no field changed"
        return "; ".join(
            name if pair is None else f"{name}: {pair[0] or '—'} → {pair[1] or '—'}"
            for name, pair in self.fields.items()
        )

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {"id": self.id, "rev": self.rev}
        if self.added:
            doc["added"] = True
        if self.removed:
            doc["removed"] = True
        if self.fields is None:
            doc["fields"] = None
        elif not self.added and not self.removed:
            doc["fields"] = {k: list(v) if v else None for k, v in self.fields.items()}
        return doc


@dataclass
class Change:
    """One committed write: when (None: not recorded), by whom, what, and to which records."""

    at: str | None
    user: str | None
    what: str
    records: list[RecordChange]

    def about(self, record_id: str) -> RecordChange | None:
        return next((r for r in self.records if r.id == record_id), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "at": self.at,
            "user": self.user,
            "what": self.what,
            "records": [record.to_json() for record in self.records],
        }


def history_path(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


def current_user() -> str:
    """The OS user writing (the name a colleague knows them by on a shared server)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "unknown"


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[RecordChange]:
    """What a write does to each record, given each as it was and as it is written (None:
    absent), both as stored documents (``bundle.to_document``)."""
    found = []
    for record_id, new in after.items():
        old = before.get(record_id)
        if new is None:
            if old is not None:
                found.append(RecordChange(record_id, None, removed=True))
            continue
        rev = new.get("rev")
        if old is None:
            found.append(RecordChange(record_id, rev, added=True))
        else:
            found.append(RecordChange(record_id, rev, fields_changed(old, new)))
    return found


def fields_changed(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, Any]:
    changed: dict[str, tuple[str, str] | None] = {}
    for name in dict.fromkeys([*old, *new]):
        was, now = old.get(name), new.get(name)
        if name == "rev" or was == now:
            continue
        if isinstance(was, list) and isinstance(now, list):
            # A list shows the items it lost → those it gained.
            was, now = [i for i in was if i not in now], [i for i in now if i not in was]
            was, now = _items(was), _items(now)
        pair = (_short(was), _short(now))
        changed[name] = None if None in pair else (pair[0] or "", pair[1] or "")
    return changed


def _items(items: list[Any]) -> str:
    return ", ".join(i if isinstance(i, str) else orjson.dumps(i).decode() for i in items)


def _short(value: Any) -> str | None:
    """A value on one short line ('' for none), or None if it does not fit one."""
    if value is None or value == [] or value == {}:
        return ""
    text = value if isinstance(value, str) else orjson.dumps(value).decode()
    return text if len(text) <= SHORT_CHARS and "\n" not in text else None


def encode(change: Change) -> bytes:
    return orjson.dumps(change.to_json()) + b"\n"


def line(what: str, before: Mapping[str, Any], after: Mapping[str, Any]) -> bytes | None:
    """The history line of a write made now by this user; None if it changes nothing."""
    records = changes(before, after)
    if not records:
        return None
    return encode(Change(now(), current_user(), what, records))


def append(path: Path, payload: bytes, *, like: Path | None = None) -> None:
    """Append lines durably (the caller holds the writers' lock, so lines keep the order
    of the writes): never through a symbolic link or into anything but a regular file;
    a failed append is cut back to where it started."""
    try:
        fd = open_regular(path, os.O_RDWR | os.O_CREAT, "history", 0o666)
    except OSError as exc:
        raise DatabaseError(f"could not write history {path}: {write_failure(exc)}") from None
    created = False
    try:
        st = os.fstat(fd)
        created = st.st_size == 0
        if created and like is not None:
            copy_permissions(like, fd)
        start = _complete_end(fd, st.st_size)
        try:
            os.ftruncate(fd, start)  # a line torn by a crash goes
            os.lseek(fd, start, os.SEEK_SET)
            os.write(fd, payload)
            os.fsync(fd)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, start)
            raise DatabaseError(f"could not write history {path}: {write_failure(exc)}") from None
    finally:
        os.close(fd)
    if created:
        fsync_directory(path.parent)


def _complete_end(fd: int, size: int) -> int:
    """Where the last complete line of the file ends."""
    if size == 0:
        return 0
    os.lseek(fd, max(0, size - 65536), os.SEEK_SET)
    tail = os.read(fd, 65536)
    if tail.endswith(b"\n"):
        return size
    cut = tail.rfind(b"\n")
    if cut < 0 and size > 65536:
        return size  # one line longer than the tail read: leave it be
    return size - len(tail) + cut + 1


def read(path: Path) -> list[Change]:
    """Every complete, readable line of the history at ``path`` (none if there is none)."""
    try:
        raw = read_regular(path, "history")
    except OSError as exc:
        raise DatabaseError(f"cannot read history {path}: {exc.strerror}") from None
    return parse(raw or b"")


def parse(raw: bytes) -> list[Change]:
    found = []
    for text in raw[: raw.rfind(b"\n") + 1].split(b"\n")[:-1]:
        with contextlib.suppress(orjson.JSONDecodeError, TypeError, KeyError, ValueError):
            found.append(_decoded(orjson.loads(text)))
    return found


def _decoded(doc: dict[str, Any]) -> Change:
    records = []
    for item in doc["records"]:
        fields = item.get("fields", {})
        records.append(
            RecordChange(
                str(item["id"]),
                item.get("rev"),
                None if fields is None else {k: tuple(v) if v else None for k, v in fields.items()},
                added=bool(item.get("added")),
                removed=bool(item.get("removed")),
            )
        )
    return Change(doc.get("at"), doc.get("user"), str(doc.get("what") or "write"), records)


def unrecorded(
    writes: Iterable[tuple[Mapping[str, Mapping[str, Any]], Mapping[str, list[str]]]],
    recorded: list[Change],
) -> list[Change]:
    """The writes of a journal (puts, removes, in order) that the history has no line for
    (made by an older bilat): what each changed, compared with the record's previous
    version in the journal; time and user not known."""
    seen = {(r.id, r.rev) for change in recorded for r in change.records}
    previous: dict[str, Mapping[str, Any]] = {}
    found = []
    for puts, removes in writes:
        records = []
        for ids in removes.values():
            for record_id in ids:
                if (record_id, None) not in seen:
                    records.append(RecordChange(record_id, None, removed=True))
                previous.pop(record_id, None)
        for docs in puts.values():
            for record_id, doc in docs.items():
                rev = doc.get("rev")
                if (record_id, rev) not in seen:
                    old = previous.get(record_id)
                    if rev == 1:
                        records.append(RecordChange(record_id, rev, added=True))
                    elif old is None:
                        records.append(RecordChange(record_id, rev, None))
                    else:
                        records.append(RecordChange(record_id, rev, fields_changed(old, doc)))
                previous[record_id] = doc
        if records:
            found.append(Change(None, None, "write (an earlier bilat: no time, no user)", records))
    return found


def keep(path: Path, earlier: list[Change], *, like: Path | None = None) -> None:
    """Put ``earlier`` writes (read from a journal about to be folded) before the lines
    of the history, in one atomic replacement."""
    if not earlier:
        return
    try:
        raw = read_regular(path, "history") or b""
    except OSError as exc:
        raise DatabaseError(f"cannot read history {path}: {exc.strerror}") from None
    payload = b"".join(encode(change) for change in earlier) + raw[: raw.rfind(b"\n") + 1]
    write_atomically(path, payload, what="history", like=like)


def of_record(found: Iterable[Change], record_id: str) -> list[tuple[Change, RecordChange]]:
    """The writes that touched ``record_id``, oldest first, each with what it did to it."""
    return [(change, about) for change in found if (about := change.about(record_id)) is not None]


def since(found: Iterable[Change], moment: str) -> list[Change]:
    """The writes made at ``moment`` (``parse_since``) or later; those of unknown time
    (an earlier bilat's) cannot be placed and are left out."""
    return [change for change in found if change.at is not None and change.at >= moment]


def parse_since(text: str) -> str:
    """A date (2025-03-14) or a time (2025-03-14T10:00, UTC) as the history's timestamps
    are written, to compare with them; ValueError for anything else."""
    try:
        moment = datetime.fromisoformat(text.strip().removesuffix("Z"))
    except ValueError:
        raise ValueError(f"{text!r} is not a date like 2025-03-14 or 2025-03-14T10:00") from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def when(change: Change) -> str:
    """``2025-03-14 10:00:02 UTC`` (or that it is not known)."""
    if change.at is None:
        return "time unknown"
    return change.at.replace("T", " ").removesuffix("Z") + " UTC"
