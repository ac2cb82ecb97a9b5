"""The store API: what the command line and the explorer ask, and the only way to write.

Reads come from a :class:`Snapshot`, rebuilt only when the database file
changed. Every write is one backend session: it re-reads the latest data under
the lock, checks revisions (a stale edit raises ConflictError instead of
overwriting, a new record given a taken id IdTakenError), validates the records
and their references, then writes once.
An error anywhere leaves the file exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec

from . import bulk_import, changelog, heap, saved_words, word_parts
from .backend import Backend, Doc, WriteSession
from .backends import open_backend
from .bundle import Incoming, build_bundle, read_bundle_files, to_document
from .catch_up import UNKNOWN, caught_up
from .db_copy import copy_records
from .errors import (
    ConflictError,
    DatabaseError,
    IdTakenError,
    IntegrityError,
    NotFoundError,
    RecordError,
    UsageError,
)
from .export_stream import bundle_pieces
from .file_table import FileTable
from .id_repair import IdRepair, plan_id_repairs
from .index import INDEXED_KINDS
from .journal import Salvage
from .kinds import spec_for
from .merge import MergePlan, plan_merge
from .models import KINDS, Record, Role, kind_of, kind_of_id
from .progress import Progress
from .query import Filter
from .reseed import ReseedPlan, plan_reseed, read_history
from .snapshot import Snapshot
from .summary import ImportSummary
from .validate import Problem, RecordSet, _split_msgspec_error, check_record, check_references
from .words import WordIndex


@dataclass
class DeletePlan:
    """What deleting a record takes with it: claims that go, links that are cut."""

    record_id: str
    claims: list[str]
    unlinks: list[str]
    # Every record the delete touched, as it was and as it is after (None: gone).
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)

    @property
    def users(self) -> list[str]:
        return self.claims + self.unlinks

    def describe(self) -> str:
        parts = [f"delete {self.record_id}"]
        if self.claims:
            parts.append(f"its {len(self.claims)} claim(s): {', '.join(self.claims)}")
        if self.unlinks:
            parts.append(f"remove the links to it from {', '.join(self.unlinks)}")
        return "; ".join(parts)


class Store:
    """A bilat database: records, their claims and sources, behind one small API.

    Reads: ``snapshot()`` (the current state, checked), ``current()`` (the same for a
    screen, which never waits) and ``first_snapshot()`` (a first screen's, as soon as
    possible). What "large" means is the caller's to say (the engine's ``Policy`` sets
    it): from ``lazy_above_bytes`` a file's records are left in it and decoded when read,
    from ``saved_words_above_bytes`` its word index is saved beside it; None: never.

    Larger than a class should be, knowingly: it is the one door every write goes through
    (revision checks, the writers' lock, the snapshot kept current), so each operation
    people have (import, export, copy, merge, delete, history, the files kept beside a
    large database) has its method here — most a few lines over a module with one job
    (``bulk_import``, ``db_copy``, ``merge``, ``changelog``, ``saved_words``). The next
    split is the files beside the database (words, layout) into a class of their own.
    """

    lazy_above_bytes: int | None = None
    saved_words_above_bytes: int | None = None

    def __init__(
        self,
        backend: Backend,
        *,
        lazy_above_bytes: int | None = None,
        saved_words_above_bytes: int | None = None,
    ) -> None:
        self.backend = backend
        if lazy_above_bytes is not None:
            self.lazy_above_bytes = lazy_above_bytes
        if saved_words_above_bytes is not None:
            self.saved_words_above_bytes = saved_words_above_bytes
        # Around every whole read of the database, and after every snapshot patched: hooks
        # for the process's memory policy (``bilat.engine.collector``), none by default.
        self.decoding: Callable[[], AbstractContextManager[None]] = contextlib.nullcontext
        self.settled: Callable[[], None] = _nothing
        self._snapshot: Snapshot | None = None
        self._snapshot_lock = threading.Lock()
        # A first screen's snapshot, and the function that checks its records.
        self._unfinished: tuple[Snapshot, Callable[[], None]] | None = None
        # Set once a first snapshot was read lazily: the size from which files are.
        self._lazy_above: int | None = None
        # Why the search index could not be saved beside the database (something not ours
        # stands where it goes), for the command line and the explorer to say.
        self.words_warning: str | None = None

    @classmethod
    def open(cls, location: str | os.PathLike[str], *, readonly: bool | None = None) -> Store:
        """Open (not create) the database at ``location``, a path or a URL (see
        ``store.backends``); a missing file is an empty database."""
        return cls(open_backend(location, readonly=readonly))

    @property
    def location(self) -> str:
        return self.backend.location

    @property
    def readonly(self) -> bool:
        return self.backend.readonly

    # -- reading ------------------------------------------------------------
    def snapshot(self) -> Snapshot:
        """The current state; brought up to date when another process (or we) wrote."""
        with self._snapshot_lock:
            return self._refresh(self.backend.version())

    def current(self) -> Snapshot:
        """``snapshot()`` for a screen, which must not wait: while the first snapshot's
        records are being checked (see ``first_snapshot``: seconds at 100,000 projects, in
        a thread), that snapshot as it is, instead of checking them on the caller's thread
        or waiting for the thread that does. A write still checks revisions under the lock."""
        unfinished = self._unfinished
        if unfinished is not None and self._snapshot is None:
            return unfinished[0]
        return self.snapshot()

    def first_snapshot(self, min_bytes: int | None = None) -> Snapshot:
        """A snapshot for a first screen, as soon as possible.

        On a file of ``min_bytes`` (default: ``lazy_above_bytes``) or more, most records
        are left in the file and decoded when read (``store.file_table``), and none has
        been checked yet: the next ``snapshot()`` call decodes each once to check it —
        make it from a thread — and returns the same snapshot, or raises DatabaseError
        naming a damaged record. Smaller files (any, with no size given) are read whole.
        """
        above = self.lazy_above_bytes if min_bytes is None else min_bytes
        with self._snapshot_lock:
            if (
                above is None
                or self._snapshot is not None
                or not self.backend.capabilities.lazy_records
            ):
                return self._refresh(self.backend.version())
            with self.decoding():
                first = self.backend.load_first(above)
            if first is None:
                return self._refresh(self.backend.version())
            tables, version, finish = first
            partial = Snapshot(tables, version)
            self._unfinished = (partial, finish)
            self._lazy_above = above
            return partial

    @property
    def checking(self) -> bool:
        """True while the first snapshot's records are not checked yet (see first_snapshot)."""
        return self._unfinished is not None

    def _finish_first(self) -> None:
        """Check what ``first_snapshot`` left unchecked; the caller holds ``_snapshot_lock``."""
        assert self._unfinished is not None
        first, check = self._unfinished
        try:
            check()
        finally:
            self._unfinished = None  # checked, or the whole read that follows names the damage
        self._snapshot = first

    def _read_lazily(self, min_bytes: int) -> Snapshot | None:
        """The file read as ``first_snapshot`` reads it, every record checked at once."""
        with self.decoding():
            first = self.backend.load_first(min_bytes)
        if first is None:
            return None
        tables, version, check = first
        snapshot = Snapshot(tables, version)
        snapshot.finish_reading()
        check()
        return snapshot

    def _refresh(self, version: object) -> Snapshot:
        """The snapshot at ``version``: patched with what was appended since, when the
        backend can tell, or read whole. The caller holds ``_snapshot_lock``."""
        if self._snapshot is None and self._unfinished is not None:
            self._finish_first()
        snapshot = self._snapshot
        if snapshot is not None and snapshot.version == version:
            return snapshot
        if snapshot is not None:
            appended = self.backend.changes_since(snapshot.version)
            if appended is not None:
                changes, reached = appended
                if changes:
                    self._snapshot = self._patched(snapshot, changes, reached)
                else:  # the same records (a torn append was cut off): only the files moved
                    snapshot.version = reached
                return self._snapshot or snapshot
        if self._lazy_above is not None:
            # A session that reads a large file lazily goes on doing so after a compaction
            # (its own, or another process's): a whole read would take gigabytes.
            again = self._read_lazily(self._lazy_above)
            if again is not None:
                self._snapshot = again
                return again
        with self.decoding():
            loaded = self.backend.load_records()
        if loaded is not None:
            self._snapshot = Snapshot(loaded[0], loaded[1])
        else:
            tables = _decode_tables(self.backend.load(), self.location)
            self._snapshot = Snapshot(tables, version)
        return self._snapshot

    def _settled(self, snapshot: Snapshot) -> Snapshot:
        self.settled()
        return snapshot

    def _patched(self, snapshot: Snapshot, changes: Mapping[str, Any], reached: object) -> Snapshot:
        """``snapshot`` patched with ``changes``, as decoding is done (``decoding``): the
        patch copies lists and dictionaries of every record, which a collector pass in the
        middle would walk, and every pass after it until they are settled."""
        with self.decoding():
            patched = snapshot.patched(changes, reached)
        return self._settled(patched)

    # -- the word index, saved between sessions (large databases) -------------------------
    def load_saved_words(
        self,
        snapshot: Snapshot,
        words_ready: Callable[[], None] | None = None,
        sectors_ready: Callable[[dict[str, Counter[frozenset[str]]]], None] | None = None,
    ) -> bool:
        """Give ``snapshot`` the word index saved for these records, or for an earlier
        state of this file brought up to date with the journal (``store.saved_words``,
        ``store.catch_up``); False if there is none to use. ``words_ready`` is called once
        the words answer, before the statuses, sectors… saved with them are taken; then,
        if they were saved for these very records, ``sectors_ready`` with how many
        records of each kind hold each set of sectors (``Found.sector_sets``)."""
        content = self._content_key(snapshot)
        if content is None:
            return False
        beside = self.backend.sidecar(saved_words.SUFFIX)
        places = [saved_words.cache_file(self.location)]
        if beside is not None:
            places.insert(0, beside.path)
        size = self.backend.size(snapshot.version) or 0
        for path in places:
            found = saved_words.load(path, INDEXED_KINDS, database_bytes=size)
            if found is None:
                continue
            with found:
                if self._adopt_saved(found, snapshot, content, words_ready, sectors_ready):
                    heap.give_back()  # what reading the file made and let go (see store.heap)
                    return True
        heap.give_back()
        return False

    def _adopt_saved(
        self,
        found: saved_words.Found,
        snapshot: Snapshot,
        content: str,
        words_ready: Callable[[], None] | None,
        sectors_ready: Callable[[dict[str, Counter[frozenset[str]]]], None] | None,
    ) -> bool:
        """Give ``snapshot`` what ``found`` holds, part by part: the sector sets first
        (saved for these very records: the sector tree's counts need nothing else), then
        the words, then the other columns."""
        if sectors_ready is not None and found.content == content:
            sector_sets = found.sector_sets()
            if sector_sets is not None and set(sector_sets) == set(INDEXED_KINDS):
                sectors_ready(sector_sets)
        saved = found.indexes
        if saved is None:
            return False
        changed: set[str] = set()
        if found.content == content:
            indexes: dict[str, Any] | None = saved
            for index in saved.values():
                index.saved_as = content
        else:
            indexes, changed = self._caught_up(found, saved, snapshot)
        search = snapshot.search.index
        if indexes is None or not search.adopt_words(indexes):
            return False
        if words_ready is not None:
            words_ready()
        # The statuses, sectors, countries and parties saved with them: qualifiers at once.
        structures = found.structures
        adopted = structures is not None and search.adopt_structure(structures, changed)
        if adopted and not changed:
            search.structure_saved_as = content
        search.share_id_strings()
        return True

    def _caught_up(
        self, found: saved_words.Found, saved: dict[str, WordIndex], snapshot: Snapshot
    ) -> tuple[dict[str, Any] | None, set[str]]:
        """The saved word indexes brought up to ``snapshot``, and the ids written since."""
        written = self.backend.changes_after(found.content, snapshot.version)
        if written is None:
            return None, set()
        changes, earlier = written

        def before(record_id: str) -> Any:
            if record_id in earlier:
                return earlier[record_id]
            table = snapshot.tables.get(kind_of_id(record_id) or "")
            # A file read whole keeps no record as the file holds it.
            return table.in_file(record_id) if isinstance(table, FileTable) else UNKNOWN

        return caught_up(saved, snapshot, changes, before), set(changes)

    def save_words(self, snapshot: Snapshot) -> bool:
        """Save the word index of ``snapshot`` (built, or read back and brought up to date
        with the journal), for the next session or command on this database, beside it or
        else in the user's cache. Best effort: False if it cannot be written, is saved as it
        is already, or is not worth it (a small file)."""
        content = self._content_key(snapshot)
        made = snapshot.search.index_if_made
        words = made.words() if made is not None else {}
        if content is None or set(words) != set(INDEXED_KINDS):
            return False
        if any(index.position is not None or None in index.ids for index in words.values()):
            return False  # records were added or removed since: the journal tells the next reader
        assert made is not None
        structures = made.columns(words)
        if all(index.saved_as == content for index in words.values()) and (
            structures is None or made.structure_saved_as == content
        ):
            return False

        def save(path: Path, like: Path | None) -> bool:
            return saved_words.save(path, content, words, like=like, structures=structures)

        if not self._save_words_file(save):
            return False
        for index in words.values():
            index.saved_as = content
        if structures is not None:
            made.structure_saved_as = content
        return True

    def _save_words_file(self, save: Callable[[Path, Path | None], bool]) -> bool:
        """``save(path, like)`` at the first of ``_words_files`` where it can be written;
        something not ours standing at one is left be (``words_warning`` says so)."""
        places = self._words_files()
        for at, (path, like) in enumerate(places):
            try:
                saved = save(path, like)
            except DatabaseError as exc:  # something not ours stands there: leave it be
                self.words_warning = str(exc)
                continue
            if saved:
                for stale, _ in places[at + 1 :]:  # a copy saved where it could be written then
                    with contextlib.suppress(OSError):
                        stale.unlink(missing_ok=True)
                return True
        return False

    def _words_files(self) -> list[tuple[Path, Path | None]]:
        """Where the word index is saved (the first place that can be written), and the
        file whose permissions it takes: beside the database (everyone who opens it reads
        it there), else the user's cache (a folder that cannot be written, a read-only
        store), readable by the user only."""
        cached = (saved_words.cache_file(self.location), None)
        beside = self.backend.sidecar(saved_words.SUFFIX)
        if self.readonly or beside is None:
            return [cached]
        return [(beside.path, beside.like), cached]

    def prepare_words(self, snapshot: Snapshot) -> None:
        """Make ``snapshot``'s word index ready: kept if it is there (carried over from the
        snapshot before a change), else the one saved for these records, else built (and
        saved, on a large file, for the next session or command)."""
        made = snapshot.search.index_if_made
        if made is not None and set(made.words()) == set(INDEXED_KINDS):
            return
        if not self.load_saved_words(snapshot):
            snapshot.search.index.build()
            self.save_words(snapshot)

    def save_layout(self, snapshot: Snapshot) -> bool:
        """Keep where the records of a large file read lazily lie (``store.saved_layout``),
        so that the next session's first screen does not parse the whole file; call it once
        ``snapshot.all_read``. Best effort: False if there is nothing to save."""
        if not snapshot.all_read:
            return False
        return self.backend.save_layout(snapshot.tables)

    def index_words(
        self, building: Callable[[], None] | None = None, progress: Progress | None = None
    ) -> bool:
        """Build and save the word index of a large database now (``bilat import`` and
        ``bilat compact`` do, after writing), so that the first session on it answers a
        word at once; False when the file is small, or the index saved for it is there
        already. One saved for an earlier state is brought up to date and saved again.
        Reads the file as the explorer does: the records stay in the file. ``building`` is
        called before the long part (tens of seconds at 100,000 projects), ``progress``
        hears how many records are indexed."""
        heap.give_back()  # what the write before made and let go (see store.heap)
        reader = Store(
            self.backend,
            lazy_above_bytes=self.lazy_above_bytes,
            saved_words_above_bytes=self.saved_words_above_bytes,
        )
        snapshot = reader.first_snapshot()
        content = reader._content_key(snapshot)
        if content is None:
            return False
        snapshot.finish_reading()
        reader.save_layout(snapshot)  # where its records lie, for the first session too
        if reader.load_saved_words(snapshot):
            saved = reader.save_words(snapshot)  # read back and caught up: saved as it is now
        else:
            if building is not None:
                building()
            index = snapshot.search.index

            def save(path: Path, like: Path | None) -> bool:
                return word_parts.build_and_save(index, path, content, like=like, progress=progress)

            # Built and written kind by kind, in about the memory of one kind's words.
            saved = reader._save_words_file(save)
        self.words_warning = reader.words_warning
        return saved

    def _content_key(self, snapshot: Snapshot) -> str | None:
        # A first screen's snapshot (claims pending) has the version of the complete one.
        if snapshot.version is None or not self.backend.capabilities.content_keys:
            return None
        size = self.backend.size(snapshot.version)
        above = self.saved_words_above_bytes
        if size is None or above is None or size < above:
            return None  # small files index in well under a second
        return self.backend.content_key(snapshot.version)

    def changed(self) -> bool:
        """True if the database changed since the last snapshot was taken."""
        return self._snapshot is None or self._snapshot.version != self.backend.version()

    def get(self, record_id: str) -> Record:
        return self.snapshot().get(record_id)

    def select(self, kind: str, flt: Filter | None = None) -> list[Any]:
        """Records of ``kind`` matching ``flt``, in id order."""
        return self.snapshot().select(kind, flt)

    def claims_for(self, record_id: str) -> list[Any]:
        return self.snapshot().claims_for(record_id)

    def counts(self) -> dict[str, int]:
        return self.snapshot().counts()

    def _every_record(self) -> Snapshot:
        """Every record, each read as it is used where the file is large (the lazy read,
        when the session set ``lazy_above_bytes``)."""
        snapshot = self.first_snapshot()
        snapshot.finish_reading()
        return snapshot

    def export_pieces(self, progress: Progress | None = None) -> Iterator[bytes]:
        """The bytes of ``dump_bundle(export())``, in pieces, the records read one at a
        time (left in the file, where it is large): an export of any size. ``progress``
        hears how many records are written."""
        return bundle_pieces(self._every_record().tables, progress)

    def copy_to(self, target: Store, *, replace: bool = False) -> dict[str, int]:
        """Copy every record into ``target`` (another location), all or nothing, with its
        revision; refused if ``target`` holds records, unless ``replace``. Records copied,
        per kind."""
        if target.location == self.location:
            raise UsageError(f"cannot copy database {self.location} onto itself")
        copied = copy_records(self._every_record().tables, target.backend, replace=replace)
        with self._snapshot_lock:  # read for the copy: let it go before the target is indexed
            self._snapshot = None
            self._unfinished = None
        with target._snapshot_lock:
            target._snapshot = None
            target._unfinished = None
        return copied

    def export(self) -> dict[str, Any]:
        snapshot = self.snapshot()
        return build_bundle(
            {kind: [table[key] for key in sorted(table)] for kind, table in snapshot.tables.items()}
        )

    def salvage(self) -> Salvage | None:
        """The records that can be read back from beside a damaged database (its journal's),
        for ``bilat check`` and ``bilat export --salvage``; None if there is nothing."""
        return self.backend.salvage()

    def check(self) -> list[Problem]:
        """Every problem in the database: record shapes, references, quotes."""
        raw = self.backend.load()
        problems: list[Problem] = []
        decoded: dict[str, dict[str, Any]] = {}
        for kind, prefix_cls in KINDS.items():
            prefix, cls = prefix_cls
            decoded[kind] = {}
            for key, doc in raw.get(kind, {}).items():
                try:
                    record = msgspec.convert(doc, cls, strict=True)
                except (msgspec.ValidationError, RecursionError) as exc:
                    problems.append(Problem(key, *_split_msgspec_error(str(exc))))
                    # It exists, though invalid: records pointing at it do not dangle.
                    decoded[kind][key] = doc
                    continue
                if record.id != key:
                    problems.append(Problem(key, "id", f"is stored under key {key!r}"))
                problems.extend(check_record(record, prefix))
                decoded[kind][key] = record
        problems.extend(check_references(RecordSet(decoded)))
        return problems

    # -- writing ------------------------------------------------------------
    def upsert(self, record: Record, *, expected_rev: int | None = None) -> Record:
        """Write one record. With ``expected_rev``, refuse if it changed since (ConflictError);
        with 0, if it exists (IdTakenError)."""
        return self.upsert_many([record], expected={record.id: expected_rev})[0]

    def upsert_many(
        self, records: Sequence[Record], *, expected: Mapping[str, int | None] | None = None
    ) -> list[Record]:
        """Write several records at once, all or nothing."""
        return self.apply(records, (), expected=expected)

    def apply(
        self,
        puts: Sequence[Record],
        removes: Sequence[str] = (),
        *,
        expected: Mapping[str, int | None] | None = None,
        what: str = "edit",
    ) -> list[Record]:
        """Write and remove records in one atomic write (``what`` it is, for the history).

        ``expected`` maps ids to the revision the caller last saw (0: the record
        must not exist); any difference raises ConflictError, or IdTakenError for a
        record that must not exist, and nothing is written. A removed record that
        something still uses raises IntegrityError.
        """
        expected = expected or {}
        for record in puts:
            problems = list(check_record(record, KINDS[kind_of(record)][0]))
            if problems:
                raise problems[0].to_error()
        written: list[Record] = []
        with self._write_session() as (session, current):
            for record_id in [record.id for record in puts] + list(removes):
                if kind_of_id(record_id) is None:
                    raise NotFoundError(f"no record has id {record_id!r}")
                theirs = current.find(record_id)
                current_rev = theirs.rev if theirs is not None else 0
                wanted = expected.get(record_id)
                if wanted == 0 and theirs is not None:
                    raise IdTakenError(record_id, theirs)
                if wanted is not None and wanted != current_rev:
                    raise ConflictError(record_id, wanted, current_rev, theirs)
            overlay = _Overlay(current)
            replaced_sources: set[str] = set()
            for record in puts:
                kind = kind_of(record)
                stored = current.find(record.id)
                if stored is not None and kind == "sources":
                    replaced_sources.add(record.id)
                new = msgspec.structs.replace(record, rev=(stored.rev if stored else 0) + 1)
                overlay.put(kind, new)
                written.append(new)
            touched = overlay.touched() + _claims_citing(current, replaced_sources)
            _raise_first(check_references(overlay.record_set(), touched))
            if removes:
                self._check_removable(current, overlay, removes)
            for new in written:
                session.put(kind_of(new), new.id, to_document(new))
            for record_id in removes:
                session.remove(kind_of_id(record_id) or "", record_id)
            after: dict[str, Any] = {record.id: record for record in written}
            after.update(dict.fromkeys(removes))
            session.history = _history_line(what, current, after)
        changes: dict[str, Any] = {record.id: record for record in written}
        changes.update(dict.fromkeys(removes))
        self._after_write(changes)
        return written

    @contextlib.contextmanager
    def _write_session(self) -> Iterator[tuple[WriteSession, Snapshot]]:
        """A write session and the committed state it starts from. A store that has no
        checked snapshot yet (a one-off command, a first view still being checked) reads
        it before taking the writers' lock, not under it: on a large database that read
        takes seconds, and every other writer (on a server: every colleague's save, and
        so what the others see of it) would wait behind it. Under the lock, only what
        was written meanwhile is read. A read-only database refuses at once, unread."""
        if self._snapshot is None and not self.backend.readonly:
            self.snapshot()
        with self.backend.session() as session:
            yield session, self._current(session)

    def _current(self, session: WriteSession) -> Snapshot:
        """The committed state a write starts from (its lock is held: it cannot move)."""
        with self._snapshot_lock:
            return self._refresh(session.version)

    def _after_write(self, changes: Mapping[str, Any]) -> None:
        """Patch the snapshot with our own write, if nobody else wrote in between."""
        last = self.backend.last_commit
        with self._snapshot_lock:
            snapshot = self._snapshot
            if last is None or snapshot is None or snapshot.version != last[0]:
                return
            self._snapshot = self._patched(snapshot, changes, last[1])

    @staticmethod
    def _check_removable(current: Snapshot, overlay: _Overlay, removes: Sequence[str]) -> None:
        changes: dict[str, Any] = {record.id: record for _, record in overlay.items()}
        changes.update(dict.fromkeys(removes))
        fresh = current.patched(changes, None)
        gone = set(removes)
        for record_id in removes:
            users = [u for u in fresh.links.referrers(record_id) if u not in gone]
            if users:
                raise IntegrityError(record_id, users)

    def delete_plan(self, record_id: str) -> DeletePlan:
        snapshot = self.snapshot()
        snapshot.get(record_id)
        users = snapshot.links.referrers(record_id)
        claims = [u for u in users if u.startswith("clm-")]
        return DeletePlan(record_id, claims, [u for u in users if not u.startswith("clm-")])

    def delete(
        self, record_id: str, *, expected_rev: int | None = None, cascade: bool = False
    ) -> DeletePlan:
        """Delete a record. Refused (IntegrityError) if anything uses it, unless ``cascade``:
        then its claims go too and links to it are removed from the records that hold them."""
        kind = kind_of_id(record_id)
        if kind is None:
            raise NotFoundError(f"no record has id {record_id!r}")
        with self._write_session() as (session, current):
            record = current.find(record_id)
            if record is None:
                raise NotFoundError(f"no record has id {record_id!r}")
            if expected_rev is not None and expected_rev != record.rev:
                raise ConflictError(record_id, expected_rev, record.rev)
            users = current.links.referrers(record_id)
            plan = DeletePlan(
                record_id,
                [u for u in users if u.startswith("clm-")],
                [u for u in users if not u.startswith("clm-")],
            )
            if plan.users and not cascade:
                raise IntegrityError(record_id, plan.users)
            plan.before[record_id] = record
            plan.after[record_id] = None
            for claim_id in plan.claims:
                plan.before[claim_id] = current.get(claim_id)
                plan.after[claim_id] = None
                session.remove("claims", claim_id)
            for user_id in plan.unlinks:
                user = current.get(user_id)
                cut = _without_links(user, record_id)
                # Cutting a link is a write: a stale edit of that record must now conflict.
                cut = msgspec.structs.replace(cut, rev=user.rev + 1)
                plan.before[user_id] = user
                plan.after[user_id] = cut
                session.put(kind_of(cut), cut.id, to_document(cut))
            session.remove(kind, record_id)
            session.history = _history_line(f"delete {record_id}", current, plan.after)
        self._after_write(plan.after)
        return plan

    def merge_plan(self, keep_id: str, other_id: str) -> MergePlan:
        """What merging ``other_id`` into ``keep_id`` would write (``store.merge``)."""
        return plan_merge(self.snapshot(), keep_id, other_id)

    def merge(self, keep_id: str, other_id: str, *, plan: MergePlan | None = None) -> MergePlan:
        """Merge ``other_id`` into ``keep_id`` (``store.merge``) in one write, checked
        against the revisions ``plan`` (default: made now) was made from: a record changed
        since raises ConflictError, a record that came to use OTHER since IntegrityError,
        and nothing is written. The plan returned holds the records as written."""
        plan = plan if plan is not None else self.merge_plan(keep_id, other_id)
        written = self.apply(
            plan.puts,
            [plan.other],
            expected=plan.expected,
            what=f"merge {plan.other} into {plan.keep}",
        )
        plan.after.update({record.id: record for record in written})
        return plan

    def repair_ids(self) -> IdRepair:
        """Give every record whose id only white space spoils (``store.id_repair``) its
        repaired id, every reference following, in one write checked against the
        revisions the repair was worked out from; an empty repair writes nothing."""
        repair = plan_id_repairs(self.snapshot())
        if repair.renamed:
            self.apply(
                repair.puts,
                repair.removes,
                expected=repair.expected,
                what=f"repair {len(repair.renamed)} id(s)",
            )
        return repair

    def history(self) -> list[changelog.Change]:
        """Every write's line of the database's history, oldest first (``store.changelog``);
        none when the backend keeps no history."""
        return self.backend.history() or []

    @property
    def history_warning(self) -> str | None:
        """Why the last write's history line could not be written, if it could not."""
        return self.backend.history_warning

    def compact(self) -> None:
        """Fold the journal of committed writes into the database file (``bilat compact``)."""
        if self.backend.capabilities.journal:
            self.backend.compact()

    def import_files(
        self,
        paths: Sequence[Path],
        *,
        checking: Progress | None = None,
        writing: Progress | None = None,
    ) -> ImportSummary:
        """Import bundle files, all or nothing; ids already present are replaced. Read
        record by record and written by the backend's bulk write (``store.bulk_import``):
        files of any size, in about the memory of one's size. ``checking`` and
        ``writing`` hear how far each part got."""
        return self._bulk_import(paths, clear=False, checking=checking, writing=writing)

    def replace_all(self, paths: Sequence[Path]) -> ImportSummary:
        """Empty the database and import ``paths`` in one write (``bilat init --reset``)."""
        return self._bulk_import(paths, clear=True)

    def _bulk_import(
        self,
        paths: Sequence[Path],
        *,
        clear: bool,
        checking: Progress | None = None,
        writing: Progress | None = None,
    ) -> ImportSummary:
        summary = bulk_import.import_files(
            self.backend, paths, clear=clear, checking=checking, writing=writing
        )
        if summary.total_added or summary.total_replaced or clear:
            with self._snapshot_lock:
                self._snapshot = None  # read again, lazily where it is large
                self._unfinished = None
        return summary

    def reseed(self, paths: Sequence[Path], history: Path) -> ReseedPlan:
        """Add the bundled records this database lacks and update those nobody edited since
        a bundle shipped them (``store.reseed``); records edited here are kept, and listed
        in the plan returned. Decided under the writers' lock, so an edit saved meanwhile
        is never overwritten."""
        bundled = read_bundle_files(paths)
        shipped = read_history(history)
        plans: list[ReseedPlan] = []

        def chosen(current: Snapshot) -> Sequence[Incoming]:
            stored = {item.record.id: current.find(item.record.id) for item in bundled}
            plans.append(plan_reseed(stored, bundled, shipped))
            return plans[-1].writes

        self.import_records(bundled, chosen=chosen)
        return plans[-1]

    def import_records(
        self,
        incoming: Sequence[Incoming],
        *,
        clear: bool = False,
        chosen: Callable[[Snapshot], Sequence[Incoming]] | None = None,
    ) -> ImportSummary:
        """Write ``incoming`` in one write, all or nothing: ``clear`` empties the database
        first; ``chosen`` picks, from the state the write starts from, what to write."""
        summary = ImportSummary()
        if not incoming and not clear:
            return summary
        for item in incoming:  # records built in code (add-source) have not been decoded
            _raise_first(list(check_record(item.record, KINDS[item.kind][0], where=item.where)))
        where = {item.record.id: item.where for item in incoming}
        with self._write_session() as (session, current):
            if chosen is not None:
                incoming = chosen(current)
            if clear:
                for kind in KINDS:
                    for record_id in current.tables[kind]:
                        session.remove(kind, record_id)
                current = Snapshot({kind: {} for kind in KINDS})
            overlay = _Overlay(current)
            replaced_sources: set[str] = set()
            for item in incoming:
                stored = current.find(item.record.id)
                rev = stored.rev + 1 if stored is not None else 1
                if stored is not None:
                    summary.replaced[item.kind] = summary.replaced.get(item.kind, 0) + 1
                    if item.kind == "sources":
                        replaced_sources.add(item.record.id)
                else:
                    summary.added[item.kind] = summary.added.get(item.kind, 0) + 1
                overlay.put(item.kind, msgspec.structs.replace(item.record, rev=rev))
            touched = overlay.touched() + _claims_citing(current, replaced_sources)
            problems = check_references(overlay.record_set(), touched)
            if problems:
                first = problems[0]
                more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
                raise RecordError(
                    first.record_id,
                    first.field,
                    first.message + more,
                    where=where.get(first.record_id, self.location),
                )
            imported = {record.id: record for _, record in overlay.items()}
            for kind, record in overlay.items():
                session.put(kind, record.id, to_document(record))
            if not clear:
                session.history = _history_line("import", current, imported)
        if clear:
            with self._snapshot_lock:
                self._snapshot = None
        else:
            self._after_write(imported)
        return summary


def _nothing() -> None:
    pass


def _history_line(what: str, current: Snapshot, after: Mapping[str, Any]) -> bytes | None:
    """The history line of a write from ``current`` to ``after`` (id -> record or None)."""
    before = {}
    for record_id in after:
        found = current.find(record_id)
        before[record_id] = to_document(found) if found is not None else None
    written = {rid: to_document(r) if r is not None else None for rid, r in after.items()}
    return changelog.line(what, before, written)


def _raise_first(problems: list[Problem]) -> None:
    if problems:
        raise problems[0].to_error()


def _decode_one(kind: str, doc: Doc, location: str) -> Record:
    try:
        record: Record = msgspec.convert(doc, KINDS[kind][1], strict=True)  # type: ignore[assignment]
    except (msgspec.ValidationError, RecursionError) as exc:
        raise DatabaseError(
            f"database {location}: record {doc.get('id', '?')!r} in {kind} is invalid ({exc}); "
            "run `bilat check` for the full list"
        ) from None
    return record


def _decode_tables(
    raw: Mapping[str, Mapping[str, Doc]], location: str
) -> dict[str, dict[str, Any]]:
    """Decode every stored document; a damaged one is reported with its id and field."""
    tables: dict[str, dict[str, Any]] = {}
    for kind, (_, cls) in KINDS.items():
        docs = raw.get(kind, {})
        try:
            records = msgspec.convert(list(docs.values()), list[cls], strict=True)  # type: ignore[valid-type]
        except (msgspec.ValidationError, RecursionError):
            for doc in docs.values():
                _decode_one(kind, doc, location)
            raise
        tables[kind] = {record.id: record for record in records}  # type: ignore[attr-defined]
    return tables


def _claims_citing(snapshot: Snapshot, sources: set[str]) -> list[tuple[str, str]]:
    """Claims quoting sources whose text is being replaced: their quotes must be checked again."""
    by_source = snapshot.links.claims_by_source if sources else {}
    return [("claims", claim_id) for source in sources for claim_id in by_source.get(source, [])]


class _OverlayTable(Mapping[str, Any]):
    """A table of the snapshot with the records about to be written laid over it."""

    def __init__(self, stored: Mapping[str, Any], pending: dict[str, Record]) -> None:
        self._stored = stored
        self._pending = pending

    def __getitem__(self, key: str) -> Any:
        if key in self._pending:
            return self._pending[key]
        return self._stored[key]

    def __contains__(self, key: object) -> bool:
        return key in self._pending or key in self._stored

    def __iter__(self) -> Iterator[str]:
        yield from self._pending
        yield from (key for key in self._stored if key not in self._pending)

    def __len__(self) -> int:
        return len(self._stored) + sum(1 for key in self._pending if key not in self._stored)


class _Overlay:
    """Records about to be written, seen over what the database already holds."""

    def __init__(self, current: Snapshot) -> None:
        self._pending: dict[str, dict[str, Record]] = {kind: {} for kind in KINDS}
        self._tables = {
            kind: _OverlayTable(current.tables.get(kind, {}), self._pending[kind]) for kind in KINDS
        }

    def put(self, kind: str, record: Record) -> None:
        self._pending[kind][record.id] = record

    def touched(self) -> list[tuple[str, str]]:
        return [(kind, rid) for kind, table in self._pending.items() for rid in table]

    def items(self) -> Iterator[tuple[str, Record]]:
        for kind, table in self._pending.items():
            for record in table.values():
                yield kind, record

    def record_set(self) -> RecordSet:
        return RecordSet(self._tables)


def _without_links(record: Record, target: str) -> Record:
    """``record`` with every reference to ``target`` taken out, field by field as its kind's
    spec types them: a single reference emptied (a parent); an item that is the reference
    dropped (a sector, a party, a linked agreement); an item that only mentions it kept
    without it (a component's sector, a role's organisation; a role left with neither
    title nor organisation goes)."""
    changes: dict[str, Any] = {}
    for field_spec in spec_for(record).fields:
        cut = _CUTS.get(field_spec.type)
        if cut is None:
            continue
        value = getattr(record, field_spec.name)
        kept = cut(value, target)
        if kept != value:
            changes[field_spec.name] = kept
    return msgspec.structs.replace(record, **changes) if changes else record


def _cut_items(test: Callable[[Any, str], bool]) -> Callable[[Any, str], Any]:
    return lambda items, target: [item for item in items if not test(item, target)]


def _cut_roles(roles: list[Role], target: str) -> list[Role]:
    kept = [msgspec.structs.replace(r, org=None) if r.org == target else r for r in roles]
    return [role for role in kept if role.org is not None or any(role.title.values())]


# For the field types that hold references, the value without those to ``target``.
_CUTS: dict[str, Callable[[Any, str], Any]] = {
    "ref": lambda value, target: None if value == target else value,
    "refs": _cut_items(lambda item, target: item == target),
    "sector_refs": _cut_items(lambda item, target: item.sector == target),
    "parties": _cut_items(lambda item, target: item.who == target),
    "components": lambda items, target: [
        msgspec.structs.replace(c, sector=None) if c.sector == target else c for c in items
    ],
    "roles": _cut_roles,
}
