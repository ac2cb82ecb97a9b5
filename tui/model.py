"""What the explorer shows, computed from a store snapshot: the view model.

It turns the current filter and sector into table rows, using the store's
query code (``Snapshot.resolve``/``matches``) and ``store.present`` columns, so
the explorer and ``bilat list`` always agree. Widgets only receive rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from bilat.store import Filter, Snapshot, kind_of_id
from bilat.store.kinds import NAMED_KINDS
from bilat.store.present import COLUMNS

from .widgets.record_table import LazyRows, PickedRows, RowMaker, TableColumn, TableRow

TABLE_KINDS = ("projects", "agreements")
# (floor, ceiling) of each column's width in cells.
_WIDTHS = {
    "name": (16, 48),
    "title": (16, 60),
    "sectors": (8, 30),
    "where": (6, 26),
    "status": (9, 16),
    "date": (8, 28),
    "capacity": (6, 22),
    "jobs": (6, 28),
    "investment": (8, 24),
    "instrument": (6, 12),
    "parties": (8, 40),
}


def table_columns(kind: str) -> list[TableColumn]:
    return [TableColumn(c.key, c.title, *_WIDTHS.get(c.key, (6, 30))) for c in COLUMNS[kind]]


@dataclass
class ViewResult:
    rows: Sequence[TableRow]  # in record-id order, like ``Snapshot.select_ids``; read-only
    total: int


class ExplorerModel:
    """The current snapshot, filter and sector; rows for each table on demand.

    Rows are made once per snapshot and reused by every filter, so a keystroke
    costs the search plus a list of lookups, and cells already drawn or sort
    keys already computed are kept.
    """

    def __init__(self, snapshot: Snapshot) -> None:
        self.filter = Filter()
        self.sector: str | None = None
        # Per kind: every row in id order, each made when first read.
        self._rows: dict[str, LazyRows] = {}
        self._makers = {kind: _maker(kind, snapshot) for kind in TABLE_KINDS}
        self.snapshot = snapshot

    @property
    def snapshot(self) -> Snapshot:
        return self._snapshot

    @snapshot.setter
    def snapshot(self, snapshot: Snapshot) -> None:
        old = getattr(self, "_snapshot", None)
        old_rows = self._rows
        self._snapshot = snapshot
        self._rows = {}
        self._makers = {kind: _maker(kind, snapshot) for kind in TABLE_KINDS}
        if old is not None and _same_names(old, snapshot):
            for kind, cached in old_rows.items():
                self._rows[kind] = self._carried(kind, old, cached)

    def _carried(self, kind: str, old: Snapshot, cached: LazyRows) -> LazyRows:
        """The rows of a snapshot a save or a colleague's change later: a row whose record
        did not change keeps its cells and sort keys (after one edit of a large database,
        rebuilding them all would be a pause to see, and a sorted table a re-sort)."""
        table = self._snapshot.tables[kind]
        if table is old.tables[kind]:
            return cached
        maker = self._makers[kind]
        ids = self._snapshot.sorted_ids(kind)
        changed = self._snapshot.changed_since(old)
        if changed is None:
            # Read afresh: rows are remade (their cells and keys when they are next shown).
            return LazyRows(ids, table, maker)
        mine = {record_id for record_id in changed if kind_of_id(record_id) == kind}
        return cached.carried(ids, table, maker, mine)

    def every_row(self, kind: str) -> LazyRows:
        """Every row of ``kind``, in id order (each made when first read, then kept)."""
        rows = self._rows.get(kind)
        if rows is None:
            snapshot = self._snapshot
            rows = self._rows[kind] = LazyRows(
                snapshot.sorted_ids(kind), snapshot.tables[kind], self._makers[kind]
            )
        return rows

    def effective_filter(self) -> Filter:
        if self.sector is None:
            return self.filter
        return self.filter.combined(Filter(sectors=(self.sector,)))

    def rows(self, kind: str) -> ViewResult:
        """Rows of ``kind`` matching the filter and sector (QueryError if a name is unknown)."""
        positions = self._snapshot.search.select_positions(kind, self.effective_filter())
        every = self.every_row(kind)
        # Rows are in sorted-id order, like the positions. Every record matches (no
        # filter, or one that keeps them all): the list itself, never changed.
        if len(positions) == len(every):
            return ViewResult(every, len(every))
        return ViewResult(PickedRows(every, positions), len(every))


def _same_names(old: Snapshot, new: Snapshot) -> bool:
    """True if the cells of an unchanged record read the same in both snapshots: they show
    the record itself and the names of the records it points at (its sectors, its parties:
    store.kinds.NAMED_KINDS), nothing else."""
    return all(new.tables[kind] is old.tables[kind] for kind in NAMED_KINDS)


def _maker(kind: str, snapshot: Snapshot) -> RowMaker:
    columns = COLUMNS[kind]
    return RowMaker(
        [partial(c.cell, snapshot) for c in columns],
        [partial(c.sort_key, snapshot) if c.sort_key else None for c in columns],
    )
