"""TinyDB on one local JSON file and its journal, made safe for several processes.

TinyDB's documentation says it is not made for concurrent use. What makes it
so here: every write session takes an exclusive cross-process lock (a lock
file beside the database, :mod:`store.lock`), re-reads the file if another
process replaced it, and writes once at the end: one line appended to the
journal (:mod:`store.journal`), or, when the journal has grown as large as the
file, a compaction. Documents are keyed by their record id, so there is no
per-process id counter to collide.

What goes through TinyDB, and what does not:

* The file is a TinyDB database (an object of tables, each an object of documents
  keyed by id), and :class:`store.storage.AtomicJSONStorage` is a TinyDB ``Storage``
  subclass, used through that public interface (``read``/``write``/``close``): it
  writes the file atomically, refuses a damaged one, and gives the tables with the
  journal replayed. No private name of TinyDB is used.
* A compaction folds the journal and the write that triggered it through that
  interface: ``read`` (the file with its journal replayed), the write applied by
  :meth:`store.journal.Entry.apply_to` (the very function every reader replays the
  journal with, so the compacted file holds what readers saw), one ``write`` inside
  the storage's batch: the file is written once. TinyDB's ``Table`` API would do the
  same with one ``remove(doc_ids=…)`` and one ``insert_multiple`` per table, but it
  copies every document put twice (into a ``Document``, then into the table), and a
  compaction that writes every record, as importing 10,000 projects into a new file
  does, took three times as long that way (0.13 s → 0.40 s); nor does it cache
  anything bilat needs.
* Reads of records do not go through TinyDB. Its ``Table`` API gives plain dicts,
  reads the whole file per query and holds every document in memory; the store and
  the explorer need typed records (msgspec structs, decoded straight from the file's
  bytes, :func:`store.storage.read_records`), and on a large file (374 MB at 100,000
  projects) records left in the file and decoded when shown (:mod:`store.file_table`).
  ``load()``, the talkative path that names a damaged record, reads the storage.
* A save is not a TinyDB write either: it appends one line to the journal, as
  rewriting a 300 MB file to change one record would take seconds.
"""

from __future__ import annotations

import hashlib
import os
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec

from . import changelog, journal, saved_layout
from .backend import Backend, BulkPlan, Capabilities, Doc, Finish, Sidecar, WriteSession
from .bulk_write import write_merged
from .errors import DatabaseError, ReadOnlyError
from .files import open_regular, remove_leftovers, what_is_at
from .journal import COMPACT_MIN_BYTES, Entry, journal_path
from .lock import WriterLock
from .storage import (
    DATA_TABLES,
    FORMAT_TAG,
    LAZY_TABLES,
    READ_ATTEMPTS,
    AtomicJSONStorage,
    BaseFile,
    FileSignature,
    check_lazy,
    file_signature,
    kept_changing,
    layout_to_save,
    read_base_id,
    read_records,
    refuse_orphan_journal,
)

LOCK_TIMEOUT_S = 30.0
# A journal longer than this is not digested to name the records (see content_key).
KEY_JOURNAL_MAX_BYTES = 32 * 1024 * 1024


@dataclass(frozen=True, eq=False)
class DatabaseVersion:
    """Which committed state a snapshot shows: the TinyDB file and its journal, as seen.

    Two versions are equal when both files are; ``end`` (where the journal's last
    complete line ends) and ``base_id`` say where to read on from.
    """

    base: FileSignature | None
    journal: FileSignature | None
    end: int = 0
    base_id: str | None = None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DatabaseVersion):
            return NotImplemented
        return (self.base, self.journal) == (other.base, other.journal)

    def __hash__(self) -> int:
        return hash((self.base, self.journal))


class _JournalSession(WriteSession):
    """Gathers the puts and removes of one write; the backend commits them as one entry."""

    def __init__(self, version: DatabaseVersion) -> None:
        self.version = version
        self._puts: dict[str, dict[str, Doc]] = defaultdict(dict)
        self._removes: dict[str, dict[str, None]] = defaultdict(dict)

    def put(self, table: str, record_id: str, doc: Doc) -> None:
        self._removes[table].pop(record_id, None)
        self._puts[table][record_id] = doc

    def remove(self, table: str, record_id: str) -> None:
        self._puts[table].pop(record_id, None)
        self._removes[table][record_id] = None

    def entry(self) -> Entry | None:
        puts = {name: docs for name, docs in self._puts.items() if docs}
        removes = {name: list(ids) for name, ids in self._removes.items() if ids}
        return Entry(puts, removes) if puts or removes else None


class TinyDBBackend(Backend):
    """One TinyDB JSON file and its journal, read by many processes, written by one at a time.

    Its size is the backend protocol's (``store.backend.Backend``: every capability it
    declares is implemented here) over the modules that do the work (``journal``,
    ``lock``, ``file_scan``, ``storage``); the PostgreSQL backend is the same size for the
    same reason.
    """

    capabilities = Capabilities(
        lazy_records=True,
        journal=True,
        sidecar_files=True,
        content_keys=True,
        bulk_writes=True,
        history=True,
    )

    # A file written whole (``bulk_write``) of this size or more has its layout saved beside
    # it as it is written: the first reader (the word index built after an import or a
    # copy, the first session) does not parse it, which would map it all into memory.
    layout_above_bytes = 8 << 20

    def __init__(self, path: str | os.PathLike[str], *, readonly: bool | None = None) -> None:
        self.path = database_path(path)
        self.location = str(self.path)
        self.journal = journal_path(self.path)
        self.history_file = changelog.history_path(self.path)
        # Why the last write's history line could not be written (the write itself was).
        self.history_warning: str | None = None
        self.readonly = _is_readonly(self.path) if readonly is None else readonly
        self._storage = AtomicJSONStorage(self.path)
        # The last version read, with where its journal ends and the name of its file.
        self._known: DatabaseVersion | None = None
        self._lock = WriterLock(self.path, LOCK_TIMEOUT_S)

    # -- reading ------------------------------------------------------------
    def load(self) -> dict[str, dict[str, Doc]]:
        data = self._storage.read() or {}
        return {name: data.get(name, {}) for name in DATA_TABLES}

    def load_records(self) -> tuple[dict[str, dict[str, Any]], DatabaseVersion] | None:
        read = self._read_records(lazy=False)
        if read is None:
            return None
        base, found, version = read
        for entry in found.entries:
            entry.apply_to(base.tables)
        return base.tables, version

    def load_first(
        self, min_bytes: int = 0
    ) -> tuple[dict[str, dict[str, Any]], DatabaseVersion, Finish] | None:
        """Every record, with projects, agreements, claims and sources left in the file
        and decoded when read (several times faster than ``load_records``, in a fraction
        of the memory); and a function that decodes each of those once, to check them
        (for a thread; it raises DatabaseError naming the first invalid record).

        None when the file is smaller than ``min_bytes`` (read it whole), or needs the
        talkative path.
        """
        size = self.size()
        if size is None or size < min_bytes:
            return None
        read = self._read_records(lazy=True)
        if read is None:
            return None
        base, found, version = read
        for entry in found.entries:
            entry.apply_to(base.tables)

        def finish() -> None:
            check_lazy(base.tables)

        return base.tables, version, finish

    def _read_records(
        self, *, lazy: bool
    ) -> tuple[BaseFile, journal.JournalRead, DatabaseVersion] | None:
        """The file's records (with ``lazy``, most left in the file) and its journal,
        read as one version; None when only the talkative path can tell."""
        for _ in range(READ_ATTEMPTS):
            base = read_records(
                self.path, lazy=lazy, layouts=saved_layout.places(self.path) if lazy else ()
            )
            if base is None:
                return None
            if base.signature is None:
                refuse_orphan_journal(self.path, self.journal)
            try:
                found = journal.read_journal(self.journal, base.base_id, typed=True)
            except msgspec.ValidationError:
                # A record of the journal does not decode: named with its line (or, if
                # the journal changed meanwhile, the whole read that follows names it).
                journal.check_entries(self.journal, base.base_id)
                return None
            if base.still_there(self.path):
                break
        else:
            raise kept_changing(self.path)
        version = DatabaseVersion(base.signature, found.signature, found.end, base.base_id)
        self._known = version
        return base, found, version

    def changes_since(self, version: object) -> tuple[dict[str, Any], DatabaseVersion] | None:
        if not isinstance(version, DatabaseVersion) or version.base_id is None:
            return None
        now = self.version()
        if now == version:
            return {}, version
        if now.base != version.base or now.journal is None:
            return None
        if version.journal is not None and now.journal[0] != version.journal[0]:
            return None  # another journal file (a compaction, or a stale one replaced)
        start = version.end if version.journal is not None else 0
        try:
            found = journal.read_journal(self.journal, version.base_id, start, typed=True)
        except msgspec.ValidationError:
            return None
        if found.stale or found.signature is None or found.signature[0] != now.journal[0]:
            return None
        changes: dict[str, Any] = {}
        for entry in found.entries:
            for ids in entry.removes.values():
                changes.update(dict.fromkeys(ids))
            for records in entry.puts.values():
                changes.update(records)
        fresh = DatabaseVersion(version.base, found.signature, found.end, version.base_id)
        self._known = fresh
        return changes, fresh

    def version(self) -> DatabaseVersion:
        return DatabaseVersion(file_signature(self.path), file_signature(self.journal))

    def size(self, version: object | None = None) -> int | None:
        """The size of the TinyDB file (without its journal) at ``version``, or now."""
        if version is None:
            try:
                signature = file_signature(self.path)
            except OSError:
                return None
        elif isinstance(version, DatabaseVersion):
            signature = version.base
        else:
            return None
        return signature[1] if signature is not None else None

    def sidecar(self, suffix: str) -> Sidecar:
        """``NAME<suffix>`` beside the file, with the file's permissions and group."""
        return Sidecar(self.path.with_name(self.path.name + suffix), self.path)

    def save_layout(self, tables: dict[str, Any]) -> bool:
        """Save where the records of ``tables`` (read lazily, by parsing the file) lie, for
        the next start (``store.saved_layout``): beside the file, else in the user's cache;
        False if there is nothing to save, the file was replaced since, or no place can be
        written (something not ours standing there is left alone)."""
        found = layout_to_save(tables)
        if found is None:
            return False
        held, top, keyed = found
        identity = (held.inode, *held.signature)
        if file_signature(self.path) != identity:
            return False
        if self._save_layout(identity, top, keyed):
            held.top = None  # saved: not again
            return True
        return False

    def _save_layout(
        self, identity: FileSignature, top: saved_layout.Keyed, keyed: dict[str, saved_layout.Keyed]
    ) -> bool:
        """Save the layout of the file ``identity``: beside it, else in the user's cache
        (the other place's copy goes)."""
        places = saved_layout.places(self.path)
        if self.readonly:
            places = places[1:]
        for at, place in enumerate(places):
            like = self.path if place.parent == self.path.parent else None
            try:
                saved = saved_layout.save(place, identity, top, keyed, like=like)
            except DatabaseError:
                continue
            if saved:
                saved_layout.remove(places[at + 1 :])
                return True
        return False

    def content_key(self, version: object) -> str | None:
        """The file's id (new at every compaction), size and modification time (a file
        edited by hand keeps its id), and a digest of the journal up to where ``version``
        read it: the journal is only ever appended to (a torn tail is cut before the next
        line), so its bytes up to ``end`` are the records' whole history since the file."""
        base = _file_key(version)
        if base is None:
            return None
        assert isinstance(version, DatabaseVersion)
        if version.journal is None:
            return f"{base}:0"
        head = self._journal_head(version)
        return None if head is None else f"{base}:{version.end}:{hashlib.sha256(head).hexdigest()}"

    def _journal_head(self, version: DatabaseVersion) -> bytes | None:
        """The journal's bytes up to where ``version`` read it; None if it is too long to
        be worth digesting, or was folded in and replaced by another one since."""
        if version.journal is None or version.end > KEY_JOURNAL_MAX_BYTES:
            return None
        try:
            fd = open_regular(self.journal, os.O_RDONLY, "journal")
        except (OSError, DatabaseError):
            return None
        with os.fdopen(fd, "rb") as handle:
            if os.fstat(fd).st_ino != version.journal[0]:
                return None
            head = handle.read(version.end)
        if len(head) != version.end or str(version.base_id).encode() not in head.split(b"\n", 1)[0]:
            return None
        return head

    def changes_after(
        self, content: str, version: object
    ) -> tuple[dict[str, Any], dict[str, Any]] | None:
        """What was written between the records named ``content`` (an earlier
        ``content_key`` of this file) and ``version``: (id -> record, None if removed; and,
        for those ids the journal had already changed at ``content``, their state then).
        None unless ``version`` follows from ``content``: the same file, and a journal
        that starts with the very bytes it had then."""
        base = _file_key(version)
        if base is None or not content.startswith(base + ":"):
            return None
        assert isinstance(version, DatabaseVersion) and version.base_id is not None
        end_text, _, digest = content[len(base) + 1 :].partition(":")
        if not end_text.isdigit():
            return None
        then = int(end_text)
        if version.journal is None:
            return ({}, {}) if then == 0 else None
        raw = self._journal_head(version)
        if raw is None or then > len(raw):
            return None
        if then and hashlib.sha256(raw[:then]).hexdigest() != digest:
            return None
        try:
            entries = journal.typed_entries(raw, self.journal, version.base_id)
        except (msgspec.ValidationError, DatabaseError):
            return None
        if entries is None:
            return None
        earlier: dict[str, Any] = {}
        changes: dict[str, Any] = {}
        for offset, entry in entries:
            found = changes if offset >= then else earlier
            for ids in entry.removes.values():
                found.update(dict.fromkeys(ids))
            for records in entry.puts.values():
                found.update(records)
        return changes, {rid: earlier[rid] for rid in changes if rid in earlier}

    # -- writing ------------------------------------------------------------
    @contextmanager
    def session(self) -> Iterator[WriteSession]:
        with self._locked():
            version = self._committed_version()
            session = _JournalSession(version)
            yield session
            entry = session.entry()
            produced = self._commit(version, entry) if entry is not None else version
            self.last_commit = (version, produced)
            if entry is not None and session.history:
                self._write_history(session.history)

    def _write_history(self, payload: bytes) -> None:
        """Append a committed write's history line. The write is done whatever happens
        here: a failure is kept in ``history_warning`` for the caller to say, not raised
        as if nothing had been written."""
        self.history_warning = None
        try:
            changelog.append(self.history_file, payload, like=self.path)
        except DatabaseError as exc:
            self.history_warning = str(exc)

    def history(self) -> list[changelog.Change]:
        """The history file's lines, after the writes of the journal it has none for
        (made by an older bilat, oldest first)."""
        recorded = changelog.read(self.history_file)
        return self._unrecorded(recorded) + recorded

    def _unrecorded(self, recorded: list[changelog.Change]) -> list[changelog.Change]:
        try:
            found = journal.read_journal(self.journal, read_base_id(self.path))
        except DatabaseError:
            return []
        writes = ((entry.puts, entry.removes) for entry in found.entries)
        return changelog.unrecorded(writes, recorded)

    def _keep_history(self) -> None:
        """Before the journal is folded into the file: the writes of it the history has
        no line for go into the history (the lock is held)."""
        earlier = self._unrecorded(changelog.read(self.history_file))
        if earlier:
            changelog.keep(self.history_file, earlier, like=self.path)

    def bulk_write(self, plan: BulkPlan, *, clear: bool = False) -> bool:
        """A fresh TinyDB file written record by record (``store.bulk_write``): the current
        file's records copied as they lie, the journal folded in, the puts merged in id
        order; then the journal goes, as after a compaction."""
        with self._locked():
            journal.check_entries(self.journal, read_base_id(self.path))
            self._keep_history()
            read = self._read_records(lazy=True)
            if read is None:
                self.load_records()  # a whole read, which names the damaged record
                raise DatabaseError(
                    f"database {self.path} cannot be read record by record; nothing was "
                    "written — run `bilat check`"
                )
            base, found, version = read
            for entry in found.entries:
                entry.apply_to(base.tables)
            puts = plan(base.tables, version)
            top, laid = write_merged(
                self.path,
                {} if clear else base.tables,
                puts,
                {"format": {"tag": FORMAT_TAG}, "journal": {"base": journal.new_base_id()}},
            )
            identity = file_signature(self.path)
            if identity is not None and identity[1] >= self.layout_above_bytes:
                lazy = {name: laid[name] for name in LAZY_TABLES if name in laid}
                self._save_layout(identity, top, lazy)
            del top, laid
            # The new file holds what the journal held, and names a journal yet to come.
            journal.remove(self.journal, folded=True)
            self._storage.forget()
            self._known = None
            produced = self._committed_version()
            self.last_commit = (version, produced)
        return True

    def compact(self) -> None:
        """Fold the journal into a fresh TinyDB file now (``bilat compact``)."""
        with self._locked():
            self._compact(None)

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """Hold the writers' lock (``store.lock``); temporary files that writers killed
        mid-write left behind go first (only a lock holder writes one: they are nobody's)."""
        if self.readonly:
            raise ReadOnlyError(f"database {self.path} is read-only here; nothing was written")
        with self._lock.held():
            remove_leftovers(self.path)
            yield

    def _committed_version(self) -> DatabaseVersion:
        """The version on disk now (the caller holds the lock, so it cannot move)."""
        now = self.version()
        return self._known if self._known == now and self._known is not None else now

    def _commit(self, version: DatabaseVersion, entry: Entry) -> DatabaseVersion:
        known = self._known if self._known == version else None
        if known is None or (known.base is not None and known.base_id is None):
            base_id = read_base_id(self.path)
            end = journal.read_journal(self.journal, base_id).end if base_id else 0
        else:
            base_id, end = known.base_id, known.end
        base_size = version.base[1] if version.base is not None else 0
        payload = entry.encode()
        if base_id is None or end + len(payload) > max(COMPACT_MIN_BYTES, base_size):
            return self._compact(entry)
        signature = journal.append(self.journal, base_id, end, payload, like=self.path)
        produced = DatabaseVersion(version.base, signature, signature[1], base_id)
        self._known = produced
        return produced

    def _compact(self, entry: Entry | None) -> DatabaseVersion:
        """Write the file with the journal (and ``entry``) folded in, through the storage. Every
        line of the journal is checked first: the file must hold only what bilat reads."""
        journal.check_entries(self.journal, read_base_id(self.path))
        self._keep_history()
        storage = self._storage
        storage.begin()  # reads the file and its journal again if another process wrote
        try:
            if entry is None:
                storage.mark_dirty()
            else:
                storage.write(_folded(storage.read() or {}, entry))
        except BaseException:
            storage.rollback()
            raise
        storage.commit()
        produced = DatabaseVersion(storage.signature, None, 0, storage.base_id)
        # The parsed copy of every document is not needed until the next compaction.
        storage.forget()
        self._known = produced
        return produced

    def salvage(self) -> journal.Salvage | None:
        return journal.salvage(self.journal)

    def close(self) -> None:
        self._storage.close()


def _folded(tables: dict[str, dict[str, Doc]], entry: Entry) -> dict[str, dict[str, Doc]]:
    """``tables`` with ``entry`` applied as readers replay it. The tables it changes are
    copied first: what ``load()`` handed out earlier is never changed under its reader."""
    folded = dict(tables)
    for name in set(entry.puts) | set(entry.removes):
        folded[name] = dict(folded.get(name, {}))
    entry.apply_to(folded)
    return folded


def _file_key(version: object) -> str | None:
    """The file ``version`` read: its id, size and modification time."""
    if not isinstance(version, DatabaseVersion) or version.base_id is None:
        return None
    if version.base is None:
        return None
    _, size, mtime_ns = version.base
    return f"{version.base_id}:{size}:{mtime_ns}"


def database_path(path: str | os.PathLike[str]) -> Path:
    """The database file, absolute, symbolic links resolved: a link the user chose (to a
    shared folder, say) is followed once, here, and the journal, lock and search index
    are kept beside the file it names. What stands there must be a file, or nothing."""
    try:
        resolved = Path(os.path.realpath(Path(path).expanduser(), strict=False))
    except (OSError, RuntimeError) as exc:  # a loop of links
        raise DatabaseError(f"cannot open database {path}: {exc}") from None
    found = what_is_at(resolved)
    if found is not None:
        raise DatabaseError(f"database {resolved} is {found}, not a file")
    return resolved


def _is_readonly(path: Path) -> bool:
    """Read-only when the file (or, for a new file, its directory) cannot be written."""
    if path.exists():
        return not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)
    return not os.access(path.parent, os.W_OK)
