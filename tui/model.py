"""What the explorer shows, computed from a store snapshot: the view model.

It turns the current filter and sector into table rows, using the store's
query code (``Snapshot.resolve``/``matches``) and ``store.present`` columns, so
the explorer and ``bilat list`` always agree. Widgets only receive rows.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from bilat.store import Filter, Snapshot, kind_of_id
from bilat.store.kinds import NAMED_KINDS
from bilat.store.markers import marks_of
from bilat.store.present import COLUMNS, Column

from .plain import glyphs_missing
from .turns import taking_turns
from .widgets.record_table import LazyRows, PickedRows, RowMaker, TableColumn, TableRow

TABLE_KINDS = ("projects", "agreements")
# (floor, ceiling) of each column's width in cells: a cell is cut to its floor only when
# the column is the last drawn, else the table scrolls sideways to it.
_WIDTHS = {
    "name": (28, 60),
    "title": (28, 64),
    "sectors": (10, 34),
    "where": (8, 28),
    "status": (8, 16),
    "date": (10, 36),
    "capacity": (8, 24),
    "jobs": (10, 48),
    "investment": (10, 28),
    "instrument": (6, 12),
    "parties": (10, 48),
}
# The tables' columns, most wanted first: what a reader asks of a record before the rest
# (the name and status, then its figures and dates, then where and what). The first is
# always drawn; the others fill the width in this order (the column chooser reorders).
PRIORITY = {
    "projects": ("name", "status", "jobs", "capacity", "date", "where", "sectors", "investment"),
    "agreements": ("title", "status", "parties", "date", "instrument", "investment"),
}
# The marks column (``store.markers``) comes second: the name stays first.
MARKS_COLUMN = 1
MARKS_TITLE = "Mark"
# Shown in the marks column while the claims of every record are being gathered.
MARKS_PENDING = "…"


def plain_glyphs() -> bool:
    """True on a terminal that lacks the marks' glyphs (the Linux console, a C locale):
    ASCII then."""
    return glyphs_missing()


def ordered_columns(kind: str) -> list[Column]:
    """The kind's columns (``store.present``) in the order of ``PRIORITY``."""
    wanted = PRIORITY.get(kind, ())
    rank = {key: place for place, key in enumerate(wanted)}
    return sorted(COLUMNS[kind], key=lambda column: rank.get(column.key, len(wanted)))


def table_columns(kind: str) -> list[TableColumn]:
    columns = [
        TableColumn(c.key, c.title, *_WIDTHS.get(c.key, (6, 30))) for c in ordered_columns(kind)
    ]
    # At most four marks, one cell each: as wide as its title.
    columns.insert(MARKS_COLUMN, TableColumn("marks", MARKS_TITLE, 4, 4))
    return columns


class RowMarks:
    """The marks of the rows of one snapshot, each worked out when its row is first drawn.

    A mark reads the record's claims: on a large database they are gathered in the
    background, and until then (``ready`` false) the cell says so; the model forgets
    those cells when the claims are there."""

    def __init__(self, snapshot: Snapshot, ready: Callable[[Snapshot], bool]) -> None:
        self.snapshot = snapshot
        self._ready = ready
        self.plain = plain_glyphs()
        # The records whose cell was drawn before the claims were gathered (a worker may
        # add to it: a set's add is one step for the interpreter).
        self.pending_ids: set[str] = set()
        # Cells worked out in a worker (``prepare``), each taken when its row is drawn.
        self._made: dict[str, str] = {}

    @property
    def pending(self) -> bool:
        """True if a cell was drawn before the claims were gathered."""
        return bool(self.pending_ids)

    def cell(self, record: Any) -> str:
        snapshot = self.snapshot
        if not self._ready(snapshot):
            self.pending_ids.add(record.id)
            return MARKS_PENDING
        made = self._made.pop(record.id, None)
        if made is not None:
            return made
        return marks_of(snapshot, record).text(plain=self.plain)

    def prepare(self) -> None:
        """In a worker, once the claims are gathered: the cells drawn before them (pending)
        worked out, so that the event loop draws them again at once (a mark reads the
        record's claims and compares their sources: a screenful is tens of
        milliseconds). Taking turns with the loop."""
        snapshot = self.snapshot
        if not self._ready(snapshot):
            return
        for record_id in taking_turns(list(self.pending_ids), every=1):
            record = snapshot.find(record_id)
            if record is not None and record_id not in self._made:
                self._made[record_id] = marks_of(snapshot, record).text(plain=self.plain)


@dataclass
class ViewResult:
    rows: Sequence[TableRow]  # in record-id order, like ``Snapshot.select_ids``; read-only
    total: int


@dataclass
class ServerAnswer:
    """What a server found for a filter while the index that answers it here was still
    being made: per kind, the positions (in sorted-id order) of the records it named so
    far, and the kinds it has finished."""

    filter: Filter
    positions: dict[str, list[int]]
    done: set[str]

    @property
    def complete(self) -> bool:
        return self.done >= set(TABLE_KINDS)


class ExplorerModel:
    """The current snapshot, filter and sector; rows for each table on demand.

    Rows are made once per snapshot and reused by every filter, so a keystroke
    costs the search plus a list of lookups, and cells already drawn or sort
    keys already computed are kept.
    """

    def __init__(
        self, snapshot: Snapshot, marks_ready: Callable[[Snapshot], bool] | None = None
    ) -> None:
        """``marks_ready``: whether a snapshot's claims can be read without waiting (the
        session knows; by default they always can)."""
        self.filter = Filter()
        self.sector: str | None = None
        # The rows a server found for the filter shown, while this snapshot's index is
        # made (``MainScreen.ask_server``); None: the snapshot's own search answers.
        self.server: ServerAnswer | None = None
        # Per kind: every row in id order, each made when first read.
        self._rows: dict[str, LazyRows] = {}
        self._marks_ready = marks_ready or (lambda snapshot: True)
        self.marks = RowMarks(snapshot, self._marks_ready)
        self._makers = {kind: _maker(kind, snapshot, self._mark) for kind in TABLE_KINDS}
        self.snapshot = snapshot

    @property
    def snapshot(self) -> Snapshot:
        return self._snapshot

    @snapshot.setter
    def snapshot(self, snapshot: Snapshot) -> None:
        old = getattr(self, "_snapshot", None)
        old_rows = self._rows
        self._snapshot = snapshot
        if old is not snapshot:
            self.server = None  # positions in another snapshot's order
        self._rows = {}
        self._makers = {kind: _maker(kind, snapshot, self._mark) for kind in TABLE_KINDS}
        if old is snapshot:
            self._rows = old_rows
            return
        self.marks = RowMarks(snapshot, self._marks_ready)
        if old is not None and _same_names(old, snapshot):
            for kind, cached in old_rows.items():
                self._rows[kind] = self._carried(kind, old, cached)
            self._forget_marks(_marks_reached(old, snapshot))

    def _mark(self, record: Any) -> str:
        """The marks cell of ``record``, from the snapshot shown now (a row carried from
        an earlier snapshot asks here too)."""
        return self.marks.cell(record)

    def _forget_marks(self, reached: set[str] | None) -> None:
        """Work the marks of ``reached`` (None: every record) out again when next drawn."""
        for every in self._rows.values():
            for row in every.made() if reached is None else every.made_of(reached):
                row.forget(MARKS_COLUMN)

    def prepare_marks(self, snapshot: Snapshot) -> None:
        """In a worker, the claims of ``snapshot`` just gathered: the marks of the rows drawn
        before worked out (``RowMarks.prepare``), if it is still the one shown."""
        marks = self.marks
        if marks.snapshot is snapshot:
            marks.prepare()

    def marks_gathered(self) -> None:
        """The claims are gathered: the cells drawn while they were not are redone."""
        pending, self.marks.pending_ids = self.marks.pending_ids, set()
        if pending:
            # Only the rows drawn meanwhile: forgetting every row made (all of them, once
            # a large table was sorted) would hold the screen.
            self._forget_marks(pending)

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

    def served(self, flt: Filter) -> ServerAnswer:
        """Start taking a server's answer to ``flt`` (what was taken before is dropped)."""
        self.server = ServerAnswer(flt, {kind: [] for kind in TABLE_KINDS}, set())
        return self.server

    def take_window(self, answer: ServerAnswer, kind: str, ids: Sequence[str]) -> bool:
        """Add a window of ids (in id order) the server found for ``answer``'s filter;
        False if that answer is no longer the one shown. Ids this snapshot does not hold
        (a write newer than it) are left out."""
        if answer is not self.server:
            return False
        order = self._snapshot.sorted_ids(kind)
        taken = answer.positions[kind]
        for record_id in ids:
            at = bisect_left(order, record_id, lo=taken[-1] + 1 if taken else 0)
            if at < len(order) and order[at] == record_id:
                taken.append(at)
        return True

    def rows(self, kind: str) -> ViewResult:
        """Rows of ``kind`` matching the filter and sector (QueryError if a name is unknown)."""
        flt = self.effective_filter()
        answer = self.server
        if answer is not None and answer.filter == flt:
            every = self.every_row(kind)
            return ViewResult(PickedRows(every, list(answer.positions[kind])), len(every))
        positions = self._snapshot.search.select_positions(kind, flt)
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


def _marks_reached(old: Snapshot, new: Snapshot) -> set[str] | None:
    """The records whose marks a change from ``old`` to ``new`` may have changed: the
    subjects of the claims it changed (None: any record, when a source changed, which may
    make two sources one story, or when what changed is not known)."""
    changed = new.changed_since(old)
    if changed is None:
        same = all(new.tables[k] is old.tables[k] for k in ("claims", "sources"))
        return set() if same else None
    reached: set[str] = set()
    for record_id in changed:
        kind = kind_of_id(record_id)
        if kind == "sources":
            return None
        if kind == "claims":
            for snapshot in (old, new):
                claim = snapshot.tables["claims"].get(record_id)
                if claim is not None:
                    reached.add(claim.subject)
        else:
            reached.add(record_id)
    return reached


def _maker(kind: str, snapshot: Snapshot, marks: Callable[[Any], str]) -> RowMaker:
    columns = ordered_columns(kind)
    cells: list[Callable[[Any], str]] = [partial(c.cell, snapshot) for c in columns]
    keys: list[Callable[[Any], Any] | None] = [
        partial(c.sort_key, snapshot) if c.sort_key else None for c in columns
    ]
    cells.insert(MARKS_COLUMN, marks)
    keys.insert(MARKS_COLUMN, None)
    # The marks column is as wide as its title: measuring a row needs none of its marks.
    return RowMaker(cells, keys, unmeasured=(MARKS_COLUMN,))
