"""Every record of one database state, by kind and id: what a snapshot is made of.

The records of a kind are a plain dict, or (a large file's) a table of records left in
the file and decoded when read (``store.file_table``): both read the same. Its links
(``store.links``) and its search (``store.search``) are derived from these; the
snapshot (``store.snapshot``) holds the three together.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

from . import heap
from .errors import NotFoundError
from .file_table import FileTable
from .models import (
    KINDS,
    Agreement,
    Claim,
    Org,
    Person,
    Project,
    Record,
    Sector,
    Source,
    kind_of_id,
)
from .validate import RecordSet


class Records:
    """The records of one database state."""

    def __init__(self, tables: Mapping[str, dict[str, Any]], version: object = None) -> None:
        # Plain dicts of records, or records left in the file (store.file_table).
        self.tables: dict[str, dict[str, Any]] = {
            kind: copied(tables.get(kind, {})) for kind in KINDS
        }
        self.version = version

    # -- lookups ------------------------------------------------------------
    @property
    def sources(self) -> dict[str, Source]:
        return self.tables["sources"]

    @property
    def sectors(self) -> dict[str, Sector]:
        return self.tables["sectors"]

    @property
    def orgs(self) -> dict[str, Org]:
        return self.tables["orgs"]

    @property
    def people(self) -> dict[str, Person]:
        return self.tables["people"]

    @property
    def projects(self) -> dict[str, Project]:
        return self.tables["projects"]

    @property
    def agreements(self) -> dict[str, Agreement]:
        return self.tables["agreements"]

    @property
    def claims(self) -> dict[str, Claim]:
        return self.tables["claims"]

    def counts(self) -> dict[str, int]:
        """Records per kind; kinds a large file's first snapshot has not laid out yet (see
        ``finish_reading``) are left out, not zero."""
        return {kind: len(table) for kind, table in self.tables.items() if laid_out(table)}

    @property
    def in_file(self) -> bool:
        """True if its records are left in the file and read as they are used (a large
        file: see ``Store.first_snapshot``)."""
        return any(isinstance(table, FileTable) for table in self.tables.values())

    @property
    def all_read(self) -> bool:
        """False while a large file's claims and sources are not laid out (reading one of
        them waits for it: ``finish_reading`` in a thread, right after the first screen)."""
        return all(laid_out(table) for table in self.tables.values())

    def finish_reading(self) -> None:
        """Find where the records of every table lie (a second at 100,000 projects)."""
        for table in self.tables.values():
            if isinstance(table, FileTable):
                table.sorted_ids()
        heap.give_back()  # the parse of each table's records, made and let go

    def get(self, record_id: str) -> Record:
        kind = kind_of_id(record_id)
        record: Record | None = self.tables[kind].get(record_id) if kind else None
        if record is None:
            raise NotFoundError(f"no record has id {record_id!r}")
        return record

    def find(self, record_id: str) -> Record | None:
        kind = kind_of_id(record_id)
        return self.tables[kind].get(record_id) if kind else None

    def holds(self, record_id: str) -> bool:
        """True if a record has this id (a new record's id must be free: ``store.ids``)."""
        kind = kind_of_id(record_id)
        return kind is not None and record_id in self.tables[kind]

    def record_set(self) -> RecordSet:
        return RecordSet(self.tables)

    def sorted_ids(self, kind: str) -> list[str]:
        """Ids of ``kind`` in order (computed once per snapshot)."""
        cache = self._sorted_ids
        if kind not in cache:
            table = self.tables[kind]
            cache[kind] = table.sorted_ids() if isinstance(table, FileTable) else sorted(table)
        return cache[kind]

    @cached_property
    def _sorted_ids(self) -> dict[str, list[str]]:
        return {}


def laid_out(table: Mapping[str, Any]) -> bool:
    return not isinstance(table, FileTable) or table.laid_out


def copied(table: Mapping[str, Any]) -> dict[str, Any]:
    """A table of one's own to change: a dict, or records left in the file (cheap)."""
    return table.copy() if isinstance(table, FileTable) else dict(table)  # type: ignore[return-value]
