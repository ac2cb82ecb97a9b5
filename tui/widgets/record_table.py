"""A table of records that draws only the rows on screen.

Textual's DataTable measures every cell of every row it holds (too slow for
a large database), so this widget keeps its rows as plain tuples and renders
each visible line on demand with the line API. Filtering happens before rows
reach it; sorting happens here, on precomputed keys, stable.

On a large database the work a new set of rows needs before it is drawn (sorting them,
reading the records of the lines drawn first from the file and working out their marks)
is done in a worker thread, the rows shown until then the last ones (``set_rows`` with
``background``): the event loop never waits for it.
"""

from __future__ import annotations

import heapq
import textwrap
import threading
import weakref
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from itertools import chain, islice
from operator import attrgetter, indexOf, itemgetter
from typing import Any, ClassVar, TypeVar, overload

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip

from bilat.store.text import fold, printable

from ..turns import taking_turns
from .column_layout import Layout, cut_at_word, lay_out
from .line_view import LineView

__all__ = ["Layout", "RecordTable", "TableColumn", "cut_at_word", "lay_out"]

T = TypeVar("T")


@dataclass(frozen=True)
class TableColumn:
    """A column: ``min_width`` is the narrowest it is cut to (never below its title),
    ``max_width`` the widest its content makes it."""

    key: str
    title: str
    min_width: int = 6
    max_width: int = 60

    @property
    def floor(self) -> int:
        return max(self.min_width, cell_len(self.title))


class PickedRows(Sequence["TableRow"]):
    """Some of a list's rows, picked by their positions in it, read in place.

    A filter keystroke on a large table picks most of its rows: copied into a list,
    they would be walked by Python's garbage collector on its next passes (more than
    one per keystroke). The positions are a ``store.Selection`` (or a
    range), which it does not walk, and the table reads only the rows it draws.
    """

    __slots__ = ("_every", "_positions")

    def __init__(self, every: Sequence[TableRow], positions: Sequence[int]) -> None:
        self._every = every
        self._positions = positions

    def __len__(self) -> int:
        return len(self._positions)

    @overload
    def __getitem__(self, index: int) -> TableRow: ...
    @overload
    def __getitem__(self, index: slice) -> list[TableRow]: ...
    def __getitem__(self, index: int | slice) -> TableRow | list[TableRow]:
        if isinstance(index, slice):
            return list(map(self._every.__getitem__, self._positions[index]))
        return self._every[self._positions[index]]

    def __iter__(self) -> Iterator[TableRow]:
        return map(self._every.__getitem__, self._positions)


class LazyRows(Sequence["TableRow"]):
    """Every row of a table, in id order, each made the first time it is read, then kept
    (the same row object every time). A large table's 150,000 rows made at once would
    delay its first screen by a tenth of a second, for the thirty it shows."""

    __slots__ = ("__weakref__", "_lock", "_made", "_maker", "_table", "carried_from", "ids")

    def __init__(self, ids: Sequence[str], table: Mapping[str, Any], maker: RowMaker) -> None:
        self.ids = ids
        self._table = table
        self._maker = maker
        self._made: list[TableRow | None] = [None] * len(ids)
        self._lock = threading.Lock()  # a worker warms the sort keys of every row
        # The rows these were carried from (a snapshot before a write) and the ids of the
        # records whose rows are new here: a sorted order of those is patched, not redone.
        # (Weakly: a chain of every earlier snapshot's rows would be kept otherwise.)
        self.carried_from: tuple[weakref.ref[LazyRows], frozenset[str]] | None = None

    def __len__(self) -> int:
        return len(self._made)

    @overload
    def __getitem__(self, index: int) -> TableRow: ...
    @overload
    def __getitem__(self, index: slice) -> list[TableRow]: ...
    def __getitem__(self, index: int | slice) -> TableRow | list[TableRow]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self._made)))]
        row = self._made[index]
        if row is None:
            with self._lock:
                row = self._made[index]
                if row is None:
                    row = self._made[index] = TableRow(
                        self.ids[index], table=self._table, maker=self._maker
                    )
        return row

    def __iter__(self) -> Iterator[TableRow]:
        return map(self.__getitem__, range(len(self._made)))

    def index(self, value: Any, start: int = 0, stop: int | None = None) -> int:
        """Where the row ``value`` is (found by its id), without making the others."""
        if isinstance(value, TableRow):
            i = bisect_left(self.ids, value.record_id)
            found = i < len(self.ids) and self._made[i] is value
            if found and start <= i and (stop is None or i < stop):
                return i
        raise ValueError("not one of these rows")

    def __contains__(self, value: object) -> bool:
        try:
            self.index(value)
        except ValueError:
            return False
        return True

    def made_at(self, positions: Iterable[int]) -> Iterator[TableRow]:
        """The rows made so far at ``positions`` (read in C; the others left out)."""
        return filter(None, map(self._made.__getitem__, positions))

    def made(self) -> Iterator[TableRow]:
        """The rows made so far (the others have nothing to forget)."""
        return (row for row in self._made if row is not None)

    def made_of(self, record_ids: Iterable[str]) -> Iterator[TableRow]:
        """The rows made so far of ``record_ids``."""
        for record_id in record_ids:
            i = bisect_left(self.ids, record_id)
            if i < len(self.ids) and self.ids[i] == record_id:
                row = self._made[i]
                if row is not None:
                    yield row

    def carried(
        self, ids: Sequence[str], table: Mapping[str, Any], maker: RowMaker, changed: set[str]
    ) -> LazyRows:
        """The rows of ``ids`` (a later snapshot's), keeping each row made here whose record
        is not in ``changed``: its cells and sort keys are still right."""
        fresh = LazyRows(ids, table, maker)
        fresh.carried_from = (weakref.ref(self), frozenset(changed))
        made = fresh._made
        if len(ids) == len(self.ids) and ids == self.ids:
            made[:] = self._made
            for record_id in changed:
                i = bisect_left(ids, record_id)
                if i < len(ids) and ids[i] == record_id:
                    made[i] = None
            return fresh
        for row in self._made:
            if row is not None and row.record_id not in changed:
                i = bisect_left(ids, row.record_id)
                if i < len(ids) and ids[i] == row.record_id:
                    made[i] = row
        return fresh


class RowMaker:
    """How one kind of record becomes cells and sort keys (shared by all its rows).
    ``unmeasured``: the columns of a fixed width (the marks), whose cells a row only
    measured for the columns' widths, not drawn, does not work out."""

    __slots__ = ("cell_functions", "sort_functions", "unmeasured")

    def __init__(
        self,
        cell_functions: Sequence[Callable[[Any], str]],
        sort_functions: Sequence[Callable[[Any], Any] | None],
        unmeasured: Iterable[int] = (),
    ) -> None:
        self.cell_functions = list(cell_functions)
        self.sort_functions = list(sort_functions)
        self.unmeasured = frozenset(unmeasured)


class TableRow:
    """One record as the table shows it: its id, its cells and sort keys, made on demand.

    On a large table most cells are never seen: they are computed the first time
    a row is drawn (or measured, or sorted on) and then kept. A row holds the
    table it reads its record from (records left in the database file are
    decoded when needed, never kept) and a shared RowMaker: making a row costs
    one small object.
    """

    __slots__ = ("_cells", "_keys", "_lengths", "_maker", "_table", "record_id")

    def __init__(self, record_id: str, *, table: Mapping[str, Any], maker: RowMaker) -> None:
        self.record_id = record_id
        self._cells: tuple[str, ...] | None = None
        self._lengths: tuple[int, ...] | None = None
        self._keys: list[Any] | None = None
        self._table = table
        self._maker = maker

    @property
    def record(self) -> Any:
        """The record the row shows."""
        return self._table[self.record_id]

    @property
    def cells(self) -> tuple[str, ...]:
        if self._cells is None:
            record = self.record
            self._cells = tuple(fn(record) for fn in self._maker.cell_functions)
        return self._cells

    @property
    def lengths(self) -> tuple[int, ...]:
        """How many cells wide each cell's text is (measured once: each filter measures
        the first rows again). A row not drawn yet is measured without the cells of its
        maker's ``unmeasured`` columns (0 for those: their width is fixed), and its cells
        are not kept: the marks of a row are worked out only when it is drawn."""
        if self._lengths is None:
            cells, unmeasured = self._cells, self._maker.unmeasured
            if cells is None and unmeasured:
                record = self.record
                self._lengths = tuple(
                    0 if column in unmeasured else cell_len(function(record))
                    for column, function in enumerate(self._maker.cell_functions)
                )
            else:
                self._lengths = tuple(map(cell_len, self.cells))
        return self._lengths

    def has_sort_key(self, column: int) -> bool:
        keys = self._keys
        return keys is not None and keys[column] is not None

    def forget(self, column: int) -> None:
        """Work the cell of ``column`` out again when next asked (what it shows changed)."""
        self._cells = None
        self._lengths = None
        if self._keys is not None:
            self._keys[column] = None

    def sort_key(self, column: int) -> Any:
        """The key this row sorts by on ``column``: a typed key if the column has one."""
        keys = self._keys
        if keys is not None and keys[column] is not None:
            return keys[column]
        maker = self._maker
        key: Any = None
        fn = maker.sort_functions[column]
        if fn is not None:
            key = fn(self.record)
        elif self._cells is None:
            key = fold(maker.cell_functions[column](self.record))
        if key is None:
            key = fold(self.cells[column])
        # Remember it: the next sort on this column costs a lookup.
        if keys is None:
            keys = self._keys = [None] * len(maker.cell_functions)
        keys[column] = key
        return key


# Rows whose widths the columns are measured from (the first ones of the order shown).
MEASURED_ROWS = 200
# A sort in a worker sorts runs of this many rows, then merges them: one sort of 100,000
# keys is a single call that holds the interpreter (and so the screen) for its length.
SORT_RUN = 4096


def sorted_in_steps(
    rows: Sequence[TableRow], key: Callable[[TableRow], Any], reverse: bool
) -> list[TableRow]:
    """``sorted(rows, key=key, reverse=reverse)`` (stable), made of short sorts merged, so
    that the thread doing it lets the event loop run every few milliseconds. The keys
    first, each made once (a record read from the file, for rows new since the last
    sort), taking turns with the event loop (``turns``)."""
    if len(rows) <= SORT_RUN:
        return sorted(rows, key=key, reverse=reverse)
    keys = [key(row) for row in taking_turns(rows)]
    by = keys.__getitem__
    runs = [
        sorted(range(i, min(i + SORT_RUN, len(rows))), key=by, reverse=reverse)
        for i in range(0, len(rows), SORT_RUN)
    ]
    # heapq.merge takes equal keys from the earlier run first: stable, both directions.
    return [rows[i] for i in heapq.merge(*runs, key=by, reverse=reverse)]


class SortedOrder:
    """The rows of the last sort on a column, in their sorted order: a filter that narrows
    them keeps this order without sorting again, and after a write (rows carried to a new
    snapshot, ``LazyRows.carried``) only the changed rows are moved to their places."""

    __slots__ = ("column", "members", "order", "reverse", "source")

    def __init__(
        self,
        column: int,
        reverse: bool,
        order: list[TableRow],
        source: Sequence[TableRow],
        members: set[TableRow] | None = None,
    ) -> None:
        self.column = column
        self.reverse = reverse
        self.order = order
        self.members = set(order) if members is None else members
        # The rows these were sorted from (a LazyRows: every row of a table), if every one.
        every = source._every if isinstance(source, PickedRows) else source
        self.source = every if isinstance(every, LazyRows) and len(order) == len(every) else None

    def covers(self, rows: Sequence[TableRow]) -> bool:
        """True if every row of ``rows`` is in this order; False for rows carried from these
        after a write, whose order ``patched`` gives."""
        source = self.source
        every = rows._every if isinstance(rows, PickedRows) else rows
        if source is not None and every is source:
            return True
        if (
            source is not None
            and isinstance(every, LazyRows)
            and every.carried_from is not None
            and every.carried_from[0]() is source
        ):
            # Rows carried from these after a write: the order is patched (``patched``), not
            # checked row by row (every row read, in Python: a worker's 100,000 turns).
            return False
        return self.members.issuperset(rows)

    def patched(self, rows: Sequence[TableRow]) -> SortedOrder | None:
        """This order for a later snapshot's rows carried from this one's (every row), the
        changed ones moved to their sorted places; None if it cannot be (other rows)."""
        every = rows._every if isinstance(rows, PickedRows) else rows
        if self.source is None or not isinstance(every, LazyRows) or every.carried_from is None:
            return None
        parent, changed = every.carried_from
        if parent() is not self.source or len(changed) > SORT_RUN:
            return None
        order = list(self.order)
        members = set(self.members)
        for old in self.source.made_of(sorted(changed)):
            if old in members:
                members.discard(old)
                order.remove(old)
        column, reverse = self.column, self.reverse
        for record_id in sorted(changed):
            i = bisect_left(every.ids, record_id)
            if i < len(every.ids) and every.ids[i] == record_id:
                row = every[i]
                order.insert(_place(order, row, column, reverse), row)
                members.add(row)
        if len(order) != len(every):
            return None
        patched = SortedOrder(column, reverse, order, order, members)
        patched.source = every
        return patched


def _place(order: list[TableRow], row: TableRow, column: int, reverse: bool) -> int:
    """Where ``row`` goes in ``order`` (sorted on ``column``, equal keys in id order)."""
    key, record_id = row.sort_key(column), row.record_id
    lo, hi = 0, len(order)
    while lo < hi:
        mid = (lo + hi) // 2
        other = order[mid]
        other_key = other.sort_key(column)
        if other_key == key:
            before = other.record_id < record_id
        else:
            before = other_key > key if reverse else other_key < key
        if before:
            lo = mid + 1
        else:
            hi = mid
    return lo


def ordered_rows(
    rows: Sequence[TableRow],
    *,
    in_id_order: bool,
    column: int | None,
    reverse: bool,
    cached: SortedOrder | None,
    in_steps: bool = False,
) -> tuple[Sequence[TableRow], SortedOrder | None]:
    """``rows`` in the order a table sorted on ``column`` shows them (ties in id order), and
    the sorted order to keep for the next call (``cached``, the last one, is reused when it
    holds them). ``in_steps``: in a worker, without long calls that hold the interpreter."""
    if column is None:
        return (rows if in_id_order else sorted(rows, key=_record_id)), None
    if cached is not None and (cached.column, cached.reverse) == (column, reverse):
        if not cached.covers(rows):
            cached = cached.patched(rows)
            if cached is not None and not cached.covers(rows):
                cached = None
    else:
        cached = None
    if cached is not None:
        if cached.source is not None and rows is cached.source:
            return cached.order, cached  # every row: the order itself, never changed
        if in_id_order and len(rows) * 8 >= len(cached.order):
            # A filter narrowed the rows of the last sort: the same order without them is
            # what sorting would give (ties stay in id order), at a fraction of the cost.
            # Both loops in C: a worker's Python loop over 100,000 rows shares the
            # interpreter with the event loop for as long.
            wanted = _row_set(rows, cached.source, in_steps=in_steps)
            narrowed: list[TableRow] = []
            for piece in _pieces(cached.order, in_steps=in_steps):
                narrowed.extend(filter(wanted.__contains__, piece))
            return narrowed, cached
    # Stable sorts from here: rows with equal keys keep their id order, both directions.
    ordered = list(rows) if in_id_order else sorted(rows, key=_record_id)

    def key(row: TableRow) -> Any:
        return row.sort_key(column)

    if in_steps:
        ordered = sorted_in_steps(ordered, key, reverse)
    else:
        ordered.sort(key=key, reverse=reverse)
    if cached is None:
        cached = SortedOrder(column, reverse, list(ordered), rows)
    return ordered, cached


class RecordTable(LineView, can_focus=True):
    """Rows of records with a cursor, sortable by column; renders only what is visible.

    As large as Textual's own ``DataTable``, which it replaces for the same reason: rows,
    cursor, sorting, measuring and drawing by lines depend on each other's state (the
    visible window, the cut widths, the sorted order) and are kept in one place."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open", id="table.open", tooltip="Open the record's detail"),
        Binding(
            "o",
            "source",
            "Source",
            id="table.source",
            tooltip="Read the source text with this record's quotes highlighted",
        ),
        Binding(
            "s", "sort", "Sort", id="table.sort", tooltip="Sort by the next column (S reverses)"
        ),
        Binding(
            "S",
            "reverse_sort",
            "Reverse",
            show=False,
            id="table.reverse",
            tooltip="Reverse the sort order",
        ),
        Binding("j,down", "cursor_down", "Down", show=False, id="table.down"),
        Binding("k,up", "cursor_up", "Up", show=False, id="table.up"),
        Binding("pagedown", "page_down", "Page down", show=False, id="table.pagedown"),
        Binding("pageup", "page_up", "Page up", show=False, id="table.pageup"),
        Binding("home,g", "first", "First", show=False, id="table.first"),
        Binding(
            "right,l",
            "scroll_columns(1)",
            "Columns right",
            show=False,
            id="table.right",
            tooltip="Show the columns beyond the right edge (the first stays)",
        ),
        Binding(
            "left,h",
            "scroll_columns(-1)",
            "Columns left",
            show=False,
            id="table.left",
            tooltip="Show the columns beyond the left edge",
        ),
        Binding("end,G", "last", "Last", show=False, id="table.last"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "record-table--header",
        "record-table--cursor",
        "record-table--row",
        "record-table--empty",
    }

    cursor_row: reactive[int] = reactive(0, always_update=True, init=False)

    class Highlighted(Message):
        """The cursor moved to a record (or to none)."""

        def __init__(self, table: RecordTable, record_id: str | None) -> None:
            super().__init__()
            self.table = table
            self.record_id = record_id

        @property
        def control(self) -> RecordTable:
            return self.table

    class Chosen(Message):
        """The user asked to open a record (enter or double click)."""

        def __init__(self, table: RecordTable, record_id: str, action: str = "open") -> None:
            super().__init__()
            self.table = table
            self.record_id = record_id
            self.action = action

        @property
        def control(self) -> RecordTable:
            return self.table

    def __init__(
        self,
        columns: Sequence[TableColumn],
        *,
        noun: str,
        sort_in_worker_above: int = 20_000,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.columns = list(columns)
        self.noun = noun
        # With more rows, a column's sort keys are made in a worker (the session's policy).
        self.sort_in_worker_above = sort_in_worker_above
        # Never changed in place: it may be the explorer's own list of every row.
        self._rows: Sequence[TableRow] = []
        self._widths: list[int] = [c.min_width for c in self.columns]
        # The columns drawn, in their order (the column chooser's); the first never scrolls.
        self.shown: list[int] = list(range(len(self.columns)))
        # How many columns after the first are scrolled past the left edge.
        self.column_offset = 0
        self._columns_cache: tuple[tuple[Any, ...], Layout] | None = None
        self.sort_column: int | None = None
        self.sort_reverse = False
        self.empty_message = f"No {noun}."
        self._last_highlighted: str | bool | None = False
        self._announce = True
        # The rows of the last sort on a column, in their sorted order (see ordered_rows).
        self._sorted: SortedOrder | None = None
        # The rows as last given (before sorting) and whether they came in id order.
        self._given: tuple[Sequence[TableRow], bool] = ([], True)
        # Rows and sorts asked for are made ready in a worker on a large database
        # (``background``): the sort asked for meanwhile, what to call once they are shown,
        # and a number that tells the latest request from those it replaced.
        self._background = False
        self._sort_wanted: tuple[int | None, bool] | None = None
        self._then: list[Callable[[bool], None]] = []
        self._announce_wanted = True
        self._request = 0
        self._preparing = False
        # Around a worker's making of rows ready (sort keys, cells): the owner's policy for
        # the garbage collector while many objects that live on are made.
        self.bulk: Callable[[], AbstractContextManager[object]] = nullcontext

    # -- data -----------------------------------------------------------------
    @property
    def row_count(self) -> int:
        return len(self._rows)

    @property
    def rows(self) -> Sequence[TableRow]:
        return self._rows

    @property
    def current_id(self) -> str | None:
        if 0 <= self.cursor_row < len(self._rows):
            return self._rows[self.cursor_row].record_id
        return None

    @property
    def preparing(self) -> bool:
        """True while rows or a sort asked for are made ready in a worker (the rows shown
        are the last ones until then)."""
        return self._preparing

    def set_rows(
        self,
        rows: Sequence[TableRow],
        *,
        empty: str = "",
        in_id_order: bool = False,
        announce: bool = True,
        background: bool = False,
        then: Callable[[bool], None] | None = None,
    ) -> bool:
        """Replace the rows; the cursor stays on its record if it is still there.

        ``in_id_order`` says the rows already come in record-id order (as the explorer's
        model gives them), which saves sorting them again on every filter keystroke.
        The table keeps ``rows`` as they are, without copying or changing them.
        Returns whether the highlighted record changed; with ``announce=False`` the
        caller follows it itself and no Highlighted message is posted for it.

        ``background`` (a large database): the rows are sorted and the records of the lines
        drawn first read and marked in a worker, the last rows shown until then; ``then``
        is called with whether the highlight changed once they are shown (at once without
        ``background``), and the return value is False.
        """
        self._given = (rows, in_id_order)
        if empty:
            self.empty_message = empty
        self._background = background
        if then is not None:
            self._then.append(then)
        if background:
            self._announce_wanted = announce
            self._prepare()
            return False
        self._request += 1  # a worker still preparing rows asked for before: not shown
        self._preparing = False
        sort = self._sort_wanted
        if sort is not None:
            self._sort_wanted = None
            self.sort_column, self.sort_reverse = sort
        moved = self._show(announce)
        self._call_then(moved)
        return moved

    def _show(self, announce: bool) -> bool:
        rows, in_id_order = self._given
        current = self._rows[self.cursor_row] if 0 <= self.cursor_row < len(self._rows) else None
        keep = current.record_id if current else None
        self._rows, self._sorted = ordered_rows(
            rows,
            in_id_order=in_id_order,
            column=self.sort_column,
            reverse=self.sort_reverse,
            cached=self._sorted,
        )
        self._measure()
        index = self._index_of(keep, current, in_id_order=in_id_order and self.sort_column is None)
        return self._place_cursor(index, announce)

    def _place_cursor(self, index: int, announce: bool) -> bool:
        self.set_content_size(Size(self._total_width(), len(self._rows) + 1))
        before = self._last_highlighted
        self._announce = announce
        try:
            self.cursor_row = index
        finally:
            self._announce = True
        self.refresh()
        return self._last_highlighted != before

    def _call_then(self, moved: bool) -> None:
        then, self._then = self._then, []
        for call in then:
            call(moved)

    def _prepare(self, *, sorted_notice: bool = False) -> None:
        """Make the rows asked for ready in a worker (sorted, the cells of the lines drawn
        first worked out: records read from the file, marks), then show them."""
        self._request += 1
        request = self._request
        self._preparing = True
        rows, in_id_order = self._given
        column, reverse = self._sort_wanted or (self.sort_column, self.sort_reverse)
        cached = self._sorted
        current = self.current_id
        height = max(1, self.scrollable_content_region.height)

        # A sort makes a key for every row: the collector policy for many objects that live
        # on (a filter's few rows need none, and its garbage is collected as usual).
        bulk = self.bulk if column is not None else nullcontext

        def prepare() -> None:
            with bulk():
                made = make_ready()
            if made is not None:
                self.app.call_from_thread(self._prepared, request, *made, sorted_notice)

        def make_ready() -> _Ready | None:
            ordered, kept = ordered_rows(
                rows,
                in_id_order=in_id_order,
                column=column,
                reverse=reverse,
                cached=cached,
                in_steps=True,
            )
            index = _index_in(ordered, current, in_id_order=in_id_order and column is None)
            top = max(0, index - height)
            # The lines drawn first: their cells made (the marks of a row may read its
            # sources' texts: the loop gets its turns); then the first rows measured, the
            # columns' widths (without their marks: see ``TableRow.lengths``).
            drawn = ((row, True) for row in ordered[top : index + height])
            measured = ((row, False) for row in ordered[:MEASURED_ROWS])
            for row, shown in taking_turns(chain(drawn, measured)):
                if self._request != request:
                    return None  # asked for other rows meanwhile: those are prepared
                if shown:
                    row.cells  # noqa: B018 - read and marked now
                row.lengths  # noqa: B018 - measured now
            return ordered, kept, (column, reverse), (current, index)

        self.run_worker(prepare, thread=True, group="table-rows", exclusive=True)

    def _prepared(
        self,
        request: int,
        ordered: Sequence[TableRow],
        kept: SortedOrder | None,
        sort: tuple[int | None, bool],
        found: tuple[str | None, int],
        sorted_notice: bool,
    ) -> None:
        """The rows asked for are ready: shown, the cursor on the record it was on (``found``:
        the record and where the worker found it)."""
        if request != self._request:
            return  # other rows were asked for since
        self._preparing = False
        self._sort_wanted = None
        current = self._rows[self.cursor_row] if 0 <= self.cursor_row < len(self._rows) else None
        self._rows, self._sorted = ordered, kept
        self.sort_column, self.sort_reverse = sort
        self._measure()
        if current is not None and current.record_id != found[0]:  # the cursor moved since
            in_id_order = self._given[1] and sort[0] is None
            index = self._index_of(current.record_id, current, in_id_order=in_id_order)
        else:
            index = found[1]
        moved = self._place_cursor(index, self._announce_wanted)
        self._announce_wanted = True
        self._call_then(moved)
        if sorted_notice:
            self.notify_sort()

    def _measure(self) -> None:
        """Column widths from the header and a sample of rows: cheap at any size."""
        lengths = [row.lengths for row in self._rows[:200]]
        widths = []
        for index, column in enumerate(self.columns):
            longest = max(map(itemgetter(index), lengths), default=0)
            # A sorted column's title has room for its arrow.
            title = cell_len(column.title) + (2 if index == self.sort_column else 0)
            widths.append(max(column.floor, title, min(column.max_width, longest)))
        self._widths = widths
        self._columns_cache = None

    def _total_width(self) -> int:
        # The table scrolls sideways by columns (``column_offset``), never by cells.
        return 1

    # -- columns ----------------------------------------------------------------
    @property
    def shown_keys(self) -> list[str]:
        return [self.columns[i].key for i in self.shown]

    def show_columns(self, keys: Sequence[str]) -> None:
        """Draw the columns of ``keys``, in that order (unknown keys are left out; none
        known: every column, in the table's own order)."""
        where = {column.key: index for index, column in enumerate(self.columns)}
        shown = [where[key] for key in dict.fromkeys(keys) if key in where]
        self.shown = shown or list(range(len(self.columns)))
        self.column_offset = 0
        self._columns_cache = None
        self.set_content_size(Size(self._total_width(), len(self._rows) + 1))
        self.refresh()

    def column_layout(self) -> Layout:
        """The columns drawn at the table's width now (see ``Layout``)."""
        available = max(10, self.scrollable_content_region.width)
        key = (available, tuple(self._widths), tuple(self.shown), self.column_offset)
        cached = self._columns_cache
        if cached is not None and cached[0] == key:
            return cached[1]
        layout = lay_out(
            [(i, self._widths[i], self.columns[i].floor) for i in self.shown],
            available,
            self.column_offset,
        )
        self._columns_cache = (key, layout)
        return layout

    def action_scroll_columns(self, step: int) -> None:
        layout = self.column_layout()
        if step > 0 and not layout.hidden_right:
            return
        if step < 0 and not layout.hidden_left:
            return
        self.column_offset = max(0, self.column_offset + step)
        self.refresh()

    # -- sorting --------------------------------------------------------------
    def sort_by(self, column: int | None, reverse: bool = False) -> None:
        """Sort on ``column`` (None: id order); the cursor stays on its record. On a large
        table (``background`` rows, or more than ``sort_in_worker_above``) the rows are
        sorted in a worker and shown sorted when done."""
        if self._background or len(self._given[0]) > self.sort_in_worker_above:
            self._sort_wanted = (column, reverse)
            if column is not None and self._keys_missing(column):
                # Each row's key is its record read and measured: long on a large table.
                self.app.notify(f"Sorting {self.noun} by {self.columns[column].title}…", timeout=2)
            self._prepare(sorted_notice=True)
            return
        keep = self.current_id
        self.sort_column = column
        self.sort_reverse = reverse
        self._rows, self._sorted = ordered_rows(
            self._given[0],
            in_id_order=self._given[1],
            column=column,
            reverse=reverse,
            cached=self._sorted,
        )
        self._measure()
        self._move_to(keep)
        self.refresh()

    def _keys_missing(self, column: int) -> bool:
        """True if a large table's rows lack their keys on ``column`` (looked at in a few
        rows spread over the table: keys are made for all rows at once)."""
        rows = self._given[0]
        step = max(1, len(rows) // 64)
        return any(not rows[i].has_sort_key(column) for i in range(0, len(rows), step))

    def _index_of(
        self, record_id: str | None, hint: TableRow | None = None, *, in_id_order: bool = False
    ) -> int:
        """Where the row of ``record_id`` is (0 if it is not there); ``hint`` may be its row."""
        rows = self._rows
        if record_id is None or not rows:
            return 0
        if in_id_order:
            index = bisect_left(rows, record_id, key=_record_id)
            return index if index < len(rows) and rows[index].record_id == record_id else 0
        if hint is not None and hint.record_id == record_id:
            try:
                return rows.index(hint)  # the same row object: found at C speed
            except ValueError:
                pass
        return _found(rows, record_id)

    def _move_to(self, record_id: str | None) -> None:
        if record_id is None:
            return
        try:
            self.cursor_row = indexOf(map(_record_id, self._rows), record_id)
        except ValueError:
            return

    def action_sort(self) -> None:
        if not self.columns:
            return
        current = self._sort_wanted[0] if self._sort_wanted else self.sort_column
        shown = self.shown
        # The next column drawn, in the order drawn.
        at = shown.index(current) + 1 if current in shown else 0
        self.sort_by(shown[at % len(shown)])
        if self._sort_wanted is None:
            self.notify_sort()

    def action_reverse_sort(self) -> None:
        column, reverse = self._sort_wanted or (self.sort_column, self.sort_reverse)
        if column is None:
            column = self.shown[0]
        self.sort_by(column, not reverse)
        if self._sort_wanted is None:
            self.notify_sort()

    def notify_sort(self) -> None:
        if self.sort_column is not None:
            direction = "descending" if self.sort_reverse else "ascending"
            self.app.notify(
                f"{self.noun.capitalize()} sorted by {self.columns[self.sort_column].title}, "
                f"{direction}",
                timeout=2,
            )

    # -- cursor ---------------------------------------------------------------
    def validate_cursor_row(self, value: int) -> int:
        return max(0, min(value, len(self._rows) - 1)) if self._rows else 0

    def watch_cursor_row(self, old: int, new: int) -> None:
        self._scroll_cursor_into_view()
        self.refresh()
        current = self.current_id
        if current != self._last_highlighted:
            self._last_highlighted = current
            if not self._announce:
                return
            self.post_message(self.Highlighted(self, current))

    def _scroll_cursor_into_view(self) -> None:
        visible = max(1, self.scrollable_content_region.height - 1)
        top = round(self.scroll_y)
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False, immediate=True)
        elif self.cursor_row >= top + visible:
            self.scroll_to(y=self.cursor_row - visible + 1, animate=False, immediate=True)

    def action_cursor_down(self) -> None:
        self.cursor_row += 1

    def action_cursor_up(self) -> None:
        self.cursor_row -= 1

    def action_page_down(self) -> None:
        self.cursor_row += max(1, self.scrollable_content_region.height - 2)

    def action_page_up(self) -> None:
        self.cursor_row -= max(1, self.scrollable_content_region.height - 2)

    def action_first(self) -> None:
        self.cursor_row = 0

    def action_last(self) -> None:
        self.cursor_row = len(self._rows) - 1

    def action_open(self) -> None:
        if self.current_id is not None:
            self.post_message(self.Chosen(self, self.current_id))

    def action_source(self) -> None:
        if self.current_id is not None:
            self.post_message(self.Chosen(self, self.current_id, "source"))

    def on_click(self, event: events.Click) -> None:
        # event.x/y count the border; the header and rows start inside it.
        offset = event.get_content_offset(self)
        if offset is None:
            return
        y = offset.y
        if y == 0:
            self._click_header(offset.x + round(self.scroll_x))
            return
        index = round(self.scroll_y) + y - 1
        if 0 <= index < len(self._rows):
            self.cursor_row = index
            if event.chain >= 2:
                self.action_open()

    def _click_header(self, x: int) -> None:
        edge = 0
        for index, width in self.column_layout().cells:
            edge += width + 1
            if x < edge:
                reverse = self.sort_column == index and not self.sort_reverse
                self.sort_by(index, reverse)
                if self._sort_wanted is None:
                    self.notify_sort()
                return

    def on_resize(self, event: events.Resize) -> None:
        self._scroll_cursor_into_view()
        self._columns_cache = None

    # -- drawing --------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        layout = self.column_layout()
        if y == 0:
            return self._header_strip(layout, width)
        if not self._rows:
            # The message wraps: cut at the pane's edge it would lose its advice.
            lines = textwrap.wrap(printable(self.empty_message), max(8, width - 3))
            if 2 <= y < 2 + len(lines):
                style = self.get_component_rich_style("record-table--empty")
                text = set_cell_size("  " + lines[y - 2], width)
                return Strip([Segment(text, style)], width)
            return Strip.blank(width, self.rich_style)
        index = round(self.scroll_y) + y - 1
        if index >= len(self._rows):
            return Strip.blank(width, self.rich_style)
        row = self._rows[index]
        if index == self.cursor_row:
            style = self.get_component_rich_style("record-table--cursor")
            if not self.has_focus:
                style = style + Style(bold=False, dim=False)
        else:
            style = self.get_component_rich_style("record-table--row")
        cells = row.cells
        return self._row_strip([cells[i] for i, _ in layout.cells], layout, width, style)

    def _header_strip(self, layout: Layout, width: int) -> Strip:
        style = self.get_component_rich_style("record-table--header")
        titles = []
        for index, room in layout.cells:
            title = self.columns[index].title
            if index == self.sort_column:
                mark = " ▼" if self.sort_reverse else " ▲"
                if cell_len(title + mark) > room > len(mark):
                    # Shorten the title, never the mark: it is the only sign of the sort.
                    title = set_cell_size(title, room - len(mark) - 1) + "…"
                title += mark
            titles.append(title)
        strip = self._row_strip(titles, layout, width, style)
        # Columns beyond an edge: an arrow says so (and l, h or the arrow keys scroll).
        if layout.hidden_left and len(layout.cells) > 1:
            first = layout.cells[0][1]
            strip = Strip.join(
                [strip.crop(0, first), Strip([Segment("‹", style)]), strip.crop(first + 1)]
            )
        if layout.hidden_right:
            strip = Strip.join([strip.crop(0, width - 1), Strip([Segment("›", style)])])
        return strip

    def _row_strip(self, cells: Sequence[str], layout: Layout, width: int, style: Style) -> Strip:
        segments = []
        for cell, (_, cell_width) in zip(cells, layout.cells, strict=False):
            text = printable(cell).replace("\n", " ")
            if cell_len(text) > cell_width:
                text = cut_at_word(text, cell_width)
            segments.append(Segment(set_cell_size(text, cell_width) + " ", style))
        strip = Strip(segments)
        return strip.adjust_cell_length(width, style)


_record_id = attrgetter("record_id")
# Rows made ready in a worker: in their order, the sorted order kept, the sort (column,
# reverse), and the record the cursor was on with where it is now.
_Ready = tuple[
    Sequence["TableRow"], "SortedOrder | None", tuple[int | None, bool], tuple[str | None, int]
]


def _index_in(rows: Sequence[TableRow], record_id: str | None, *, in_id_order: bool) -> int:
    """Where the row of ``record_id`` is in ``rows`` (0 if it is not there)."""
    if record_id is None or not rows:
        return 0
    if in_id_order:
        index = bisect_left(rows, record_id, key=_record_id)
        return index if index < len(rows) and rows[index].record_id == record_id else 0
    return _found(rows, record_id)


def _found(rows: Sequence[TableRow], record_id: str) -> int:
    """Where the row of ``record_id`` is in ``rows``, in any order (0 if it is not there):
    looked for in C (the rows of a list), not a Python loop over up to every row."""
    try:
        return indexOf(map(_record_id, rows), record_id)
    except ValueError:
        return 0


def _row_set(rows: Sequence[TableRow], every: LazyRows | None, *, in_steps: bool) -> set[TableRow]:
    """The rows of ``rows`` as a set; read in C where they are picked from ``every`` (each
    of whose rows is made: the rows of a sort of every row)."""
    if isinstance(rows, PickedRows) and rows._every is every and every is not None:
        picked: set[TableRow] = set()
        for piece in _pieces(every.made_at(rows._positions), in_steps=in_steps):
            picked.update(piece)
        if len(picked) == len(rows):
            return picked
    return set(rows)


# Rows a worker's call in C reads at once: a call holds the interpreter until it returns.
PIECE = 4096


def _pieces(items: Iterable[T], *, in_steps: bool) -> Iterator[list[T]]:
    """``items`` in lists of ``PIECE``, each a short call in C; in a worker (``in_steps``)
    taking turns with the event loop between them."""
    it = iter(items)
    pieces = iter(lambda: list(islice(it, PIECE)), [])
    return taking_turns(pieces, every=1) if in_steps else pieces
