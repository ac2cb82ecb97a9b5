"""The seam between the store and the database that holds its documents.

Everything above this seam speaks of tables of JSON documents keyed by record
id. A backend implements :class:`Backend` (and its :class:`WriteSession`); which
one a database location names is decided by :mod:`store.backends`. Today's one
backend is TinyDB on a local file (:mod:`store.tinydb_backend`); a server database
(PostgreSQL with JSONB) or a plugin can implement the same two classes without the
rest of the store changing.

What a backend does beyond the required methods it declares in its
:class:`Capabilities`, and the store and the explorer branch on those, never on
which methods or attributes a backend happens to have, or on what its version
objects hold: a version is an opaque token that the store only compares and hands
back. Every optional method has a default that says "cannot" (None, or nothing to
do), so a backend that declares nothing needs none of them.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from .changelog import Change
    from .journal import Salvage
    from .query import Filter
    from .records import Records

Doc = dict[str, Any]
# Checks the records a lazy read left unchecked (see Backend.load_first).
Finish = Callable[[], None]


@dataclass(frozen=True)
class Capabilities:
    """What a backend can do beyond the required methods, as the store and the explorer
    need to know it. Each one says which optional methods then mean something."""

    # Records can be left where they are stored and decoded when read (``load_first``):
    # the explorer's first screen and ``list``/``show`` on a large database, in a
    # fraction of the memory and time of a whole read.
    lazy_records: bool = False
    # Writes are appended to a journal that ``compact`` folds into the database (``bilat
    # compact``), and that ``salvage`` reads back when the database itself is damaged.
    journal: bool = False
    # Files can be kept beside the database (``sidecar``), where everyone who opens it
    # finds them: the saved word index goes there, else to the user's cache.
    sidecar_files: bool = False
    # A state of the records can be named (``content_key``) and what was written since a
    # named state told (``changes_after``): a saved word index is kept under that name.
    content_keys: bool = False
    # Many records can be written at once without a write session holding them all
    # (``bulk_write``): import, copy and ``init --reset`` of a database of any size.
    bulk_writes: bool = False
    # Each write's history line is kept (``write_history``) and read back (``history``),
    # compactions included (``store.changelog``).
    history: bool = False
    # Others' writes are announced as they commit (``watch``): the explorer shows them at
    # once instead of at its next look.
    notifications: bool = False
    # The database has a schema of its own, brought up to date by ``migrate`` (``bilat
    # migrate``).
    migrations: bool = False
    # A filter on projects or agreements can be answered where the records are
    # (``search``), window by window, without reading them all first.
    server_search: bool = False


@dataclass(frozen=True)
class Sidecar:
    """A file kept beside the database: where it goes, and the file whose permissions
    and group it takes (a shared database's files are as readable as the database)."""

    path: Path
    like: Path | None = None


@dataclass(frozen=True)
class BulkPut:
    """What a bulk write puts in one table: the ids, in order, and each one's document as
    compact JSON, given the revision of the stored record it replaces (0: none)."""

    ids: Sequence[str]
    encode: Callable[[str, int], bytes]


# Asked under the writers' lock, with every table as the write starts from (records
# decoded as they are read) and its version: what to put. Raising writes nothing.
BulkPlan = Callable[[Mapping[str, Mapping[str, Any]], object], Mapping[str, BulkPut]]


class WriteSession(ABC):
    """One exclusive write. ``version`` is the committed state it starts from: the caller
    reads that state (``Backend.load_records``/``changes_since``), checks, then puts."""

    version: object
    # The write's line of the database's history (``store.changelog``), set by the store:
    # a backend that keeps a history writes it with the write, under the same lock.
    history: bytes | None = None

    @abstractmethod
    def put(self, table: str, record_id: str, doc: Doc) -> None: ...

    @abstractmethod
    def remove(self, table: str, record_id: str) -> None: ...


class Backend(ABC):
    """Where documents live. Reads are snapshots; writes go through ``session()``.

    ``location`` names the database for people (the header, messages): a path, or a
    URL without its password. ``readonly`` is True when ``session()`` refuses with
    ReadOnlyError (the file may not be written, or it was opened so).
    """

    location: str
    readonly: bool
    capabilities: ClassVar[Capabilities] = Capabilities()
    # (version a write started from, version it produced), set when a session commits:
    # lets the store patch its snapshot with its own write instead of reading it back.
    # None: the store reads again.
    last_commit: tuple[object, object] | None = None
    # ``history``: why the last write's history line could not be written (the write was).
    history_warning: str | None = None

    # -- required -------------------------------------------------------------------
    @abstractmethod
    def load(self) -> dict[str, dict[str, Doc]]:
        """Every table as ``{record_id: doc}``, as committed now. Do not mutate."""

    @abstractmethod
    def load_records(self) -> tuple[dict[str, dict[str, Any]], object] | None:
        """Every record decoded into its model, and the version it belongs to; None when a
        record does not decode (the caller then decodes ``load()`` to name it)."""

    @abstractmethod
    def changes_since(self, version: object) -> tuple[dict[str, Any], object] | None:
        """What was committed after ``version``, as ``{record_id: record or None}``, and the
        version it leads to; None when only a full ``load_records`` can tell."""

    @abstractmethod
    def version(self) -> object:
        """A token that changes whenever committed data changes (compared, never opened)."""

    @abstractmethod
    def session(self) -> AbstractContextManager[WriteSession]:
        """Exclusive write session: commits on normal exit, discards on exception;
        ReadOnlyError when the backend is read-only."""

    # -- optional (see Capabilities) --------------------------------------------------
    def size(self, version: object | None = None) -> int | None:
        """How many bytes the database takes at ``version`` (now, if None): what "large"
        is measured by (records left in storage, a saved word index, a reload in a
        thread). None when the backend cannot tell, or there is nothing yet."""
        return None

    def load_first(
        self, min_bytes: int = 0
    ) -> tuple[dict[str, dict[str, Any]], object, Finish] | None:
        """``lazy_records``: every record, most left in storage and decoded when read, the
        version, and a function that decodes each of those once to check them (for a
        thread; DatabaseError names the first invalid one). None when the database is
        smaller than ``min_bytes`` (read it whole), or only a whole read can tell."""
        return None

    def save_layout(self, tables: dict[str, Any]) -> bool:
        """``lazy_records``: keep where the records of ``tables`` (as ``load_first`` gave
        them) lie, so that the next ``load_first`` finds them at once; False when there is
        nothing to keep (kept already, or the backend has no use for it)."""
        return False

    def compact(self) -> None:  # noqa: B027 - optional hook: nothing to fold without a journal
        """``journal``: fold the journal into the database now (``bilat compact``)."""

    def bulk_write(self, plan: BulkPlan, *, clear: bool = False) -> bool:
        """``bulk_writes``: one write of many records, all or nothing, holding no more of
        them in memory than one at a time: under the writers' lock, ask ``plan`` what to put
        (given the current tables), then write the puts over the current records (with
        ``clear``, instead of them). False: cannot (the store then writes through a
        session)."""
        return False

    def history(self) -> list[Change] | None:
        """``history``: every write's line of the history, oldest first; None when the
        backend keeps none."""
        return None

    def salvage(self) -> Salvage | None:
        """``journal``: what can be read back of a database whose store cannot be read
        whole (a file backend's journal); None when the backend keeps nothing of the kind."""
        return None

    def sidecar(self, suffix: str) -> Sidecar | None:
        """``sidecar_files``: the file named ``suffix`` kept beside the database (say
        ``.words``); None when the backend has no place beside it."""
        return None

    def content_key(self, version: object) -> str | None:
        """``content_keys``: a name for exactly the records at ``version`` (the same name
        means the same records, in any process), or None when the backend cannot tell
        cheaply. What is derived from the records, such as a saved search index, is kept
        under it."""
        return None

    def changes_after(
        self, content: str, version: object
    ) -> tuple[dict[str, Any], dict[str, Any]] | None:
        """``content_keys``: what was written from the records named ``content`` (an earlier
        ``content_key``) to ``version``: ``{record_id: record or None}``, and for those ids
        already changed at ``content`` their state then (others were as the underlying
        storage holds them). None when the backend cannot tell: what was derived at
        ``content`` is made again."""
        return None

    def watch(self, changed: Callable[[], None]) -> AbstractContextManager[None] | None:
        """``notifications``: a context during which ``changed`` is called (from another
        thread) soon after anyone commits a write; None when the backend cannot tell."""
        return None

    def search(self, kind: str, flt: Filter, names: Records) -> Iterator[list[str]] | None:
        """``server_search``: the ids of ``kind`` matching ``flt`` as the store's own search
        finds them, in id order, a window at a time; ``names`` holds the database's sectors,
        organisations and people. None when this database cannot answer it (then search
        the records read)."""
        return None

    def migrate(self) -> list[str] | None:
        """``migrations``: bring the database's schema up to this bilat's, saying what was
        done (nothing: it was); None when the backend has no schema of its own."""
        return None

    def close(self) -> None:  # noqa: B027 - optional hook, most backends hold nothing
        """Release what the backend holds."""
