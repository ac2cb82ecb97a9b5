"""The seam between the store and the database that holds its documents.

Everything above this seam speaks of tables of JSON documents keyed by record
id. Today the one backend is TinyDB on a local file
(:mod:`store.tinydb_backend`); a server database (PostgreSQL with JSONB) can
implement the same two classes without the rest of the store changing.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .journal import Salvage

Doc = dict[str, Any]


class WriteSession(ABC):
    """One exclusive write. ``version`` is the committed state it starts from: the caller
    reads that state (``Backend.load_records``/``changes_since``), checks, then puts."""

    version: object

    @abstractmethod
    def put(self, table: str, record_id: str, doc: Doc) -> None: ...

    @abstractmethod
    def remove(self, table: str, record_id: str) -> None: ...


class Backend(ABC):
    """Where documents live. Reads are snapshots; writes go through ``session()``."""

    location: str
    readonly: bool

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
        """A token that changes whenever committed data changes."""

    @abstractmethod
    def session(self) -> AbstractContextManager[WriteSession]:
        """Exclusive write session: commits on normal exit, discards on exception."""

    def content_key(self, version: object) -> str | None:
        """A name for exactly the records at ``version`` (the same name means the same
        records, in any process), or None when the backend cannot tell cheaply. What
        is derived from the records, such as a saved search index, is kept under it."""
        return None

    def changes_after(
        self, content: str, version: object
    ) -> tuple[dict[str, Any], dict[str, Any]] | None:
        """What was written from the records named ``content`` (an earlier ``content_key``)
        to ``version``: ``{record_id: record or None}``, and for those ids already changed
        at ``content`` their state then (others were as the underlying file holds them).
        None when the backend cannot tell: what was derived at ``content`` is made again."""
        return None

    def salvage(self) -> Salvage | None:
        """What can be read back of a database whose store cannot be read whole (a file
        backend's journal); None when the backend keeps nothing of the kind."""
        return None

    def close(self) -> None:  # noqa: B027 - optional hook, most backends hold nothing
        """Release what the backend holds."""
