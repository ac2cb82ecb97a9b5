"""The seam between the store and the database that holds its documents.

Everything above this seam speaks of tables of JSON documents keyed by record
id. Today the one backend is TinyDB on a local file
(:mod:`store.tinydb_backend`); a server database (PostgreSQL with JSONB) can
implement the same two classes without the rest of the store changing.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import Any

Doc = dict[str, Any]


class WriteSession(ABC):
    """One exclusive read-modify-write; sees the latest committed data."""

    @abstractmethod
    def get(self, table: str, record_id: str) -> Doc | None: ...

    @abstractmethod
    def put(self, table: str, record_id: str, doc: Doc) -> None: ...

    @abstractmethod
    def remove(self, table: str, record_id: str) -> None: ...

    @abstractmethod
    def ids(self, table: str) -> Iterator[str]: ...

    @abstractmethod
    def all(self, table: str) -> dict[str, Doc]: ...


class Backend(ABC):
    """Where documents live. Reads are snapshots; writes go through ``session()``."""

    location: str
    readonly: bool

    @abstractmethod
    def load(self) -> dict[str, dict[str, Doc]]:
        """Every table as ``{record_id: doc}``, as committed now. Do not mutate."""

    @abstractmethod
    def version(self) -> object:
        """A token that changes whenever committed data changes."""

    @abstractmethod
    def session(self) -> AbstractContextManager[WriteSession]:
        """Exclusive write session: commits on normal exit, discards on exception."""

    def close(self) -> None:  # noqa: B027 - optional hook, most backends hold nothing
        """Release what the backend holds."""
