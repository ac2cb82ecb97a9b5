"""What the explorer shows, computed from a store snapshot: the view model.

It turns the current filter and sector into table rows, using the store's
query code (``Snapshot.resolve``/``matches``) and ``store.present`` columns, so
the explorer and ``bilat list`` always agree. Widgets only receive rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from store import Filter, Snapshot
from store.present import COLUMNS

from .widgets.record_table import TableColumn, TableRow, rows_from

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
    "instrument": (6, 12),
    "parties": (8, 40),
}


def table_columns(kind: str) -> list[TableColumn]:
    return [TableColumn(c.key, c.title, *_WIDTHS.get(c.key, (6, 30))) for c in COLUMNS[kind]]


@dataclass
class ViewResult:
    rows: list[TableRow]
    total: int


class ExplorerModel:
    """The current snapshot, filter and sector; rows for each table on demand."""

    def __init__(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self.filter = Filter()
        self.sector: str | None = None

    def effective_filter(self) -> Filter:
        if self.sector is None:
            return self.filter
        return self.filter.combined(Filter(sectors=(self.sector,)))

    def rows(self, kind: str) -> ViewResult:
        """Rows of ``kind`` matching the filter and sector (QueryError if a name is unknown)."""
        snapshot = self.snapshot
        records = snapshot.select(kind, self.effective_filter())
        columns = COLUMNS[kind]
        rows = rows_from(
            records,
            [lambda r, c=c: c.cell(snapshot, r) for c in columns],
            [(lambda r, c=c: c.sort_key(snapshot, r)) if c.sort_key else None for c in columns],
        )
        return ViewResult(rows, len(snapshot.tables[kind]))
