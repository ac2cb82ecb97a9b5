"""The main screen: sectors, projects, agreements and the detail of the highlighted row."""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable
from functools import partial
from typing import ClassVar

from rich.text import Text
from textual import getters
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import get_current_worker

from bilat.engine import Session, Stage
from bilat.store import BilatError, Filter, QueryError, Snapshot, kind_of_id
from bilat.store.config import ColumnLayout

from ..explorer import Explorer
from ..model import TABLE_KINDS, ExplorerModel, ServerAnswer, table_columns
from ..widgets.detail_view import DetailView, OpenRecord
from ..widgets.filter_bar import FilterBar, FilterInput
from ..widgets.key_footer import KeyFooter
from ..widgets.record_table import RecordTable
from ..widgets.sector_tree import SectorTree
from ..widgets.top_bar import TopBar
from ..widgets.work_bar import WorkBar
from .columns import ColumnChooser

NARROW_WIDTH = 140
WIDE_WIDTH = 160
TINY_WIDTH = 70
# Fewer lines than this: the tables lose their borders, so that rows still show.
SHORT_HEIGHT = 20
# On a large file, after a filter that took longer than this, the next one is applied once
# the keystroke's echo is painted (on smaller ones a filter always goes with its keystroke).
# Below that, echo and rows painted together come sooner than the echo then the rows a
# frame later (measured by the benchmarks: bench/README.md).
SLOW_FILTER_SECONDS = 0.1
# Beside each table's title while the filter box holds a mistake.
STALE = "(stale: last good filter)"
# Said in the filter bar while the server answers a filter the index here cannot yet.
SEARCHING_SERVER = "searching on the server…"
EMPTY_DATABASE = (
    "No {noun} yet. Add data with `bilat import FILE` (or `bilat init` for the bundled "
    "seed data), then come back: this screen refreshes by itself."
)


class MainScreen(Screen[None]):
    """Everything at a glance; the detail pane folds away on narrow terminals.

    Many methods, each a Textual handler or action of this screen's panes (the filter,
    the two tables, the sector tree, the detail): they share one view model and must
    repaint together in one update, which a split into separate widgets would lose."""

    app = getters.app(Explorer)

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "slash",
            "focus_filter",
            "Filter",
            id="main.filter",
            tooltip="Filter by words and qualifiers (sector: status: country: org: person:)",
            priority=True,
        ),
        Binding("f3", "focus_filter", "Filter", show=False, id="main.filter_f3"),
        Binding(
            "a",
            "all_sectors",
            "All sectors",
            show=False,
            id="main.all",
            tooltip="Show every sector again",
        ),
        Binding(
            "n",
            "new",
            "New",
            id="main.new",
            tooltip="New record of the focused pane's kind (project, agreement, sector)",
        ),
        Binding("e", "edit", "Edit", id="main.edit", tooltip="Edit the highlighted record"),
        Binding(
            "x",
            "sides",
            "Sides",
            show=False,
            id="main.sides",
            tooltip="The highlighted record's sources side by side, on its first conflict",
        ),
        Binding(
            "w",
            "parties",
            "Who",
            show=False,
            id="main.parties",
            tooltip="Organisations, their people, and who signed what with whom",
        ),
        Binding(
            "c",
            "columns",
            "Columns",
            show=False,
            id="main.columns",
            tooltip="Choose the focused table's columns and their order (kept for next time)",
        ),
        Binding(
            "d",
            "delete",
            "Delete",
            id="main.delete",
            tooltip="Delete the highlighted record (asks first, says what goes)",
        ),
    ]

    def __init__(self, session: Session, snapshot: Snapshot) -> None:
        super().__init__()
        self.session = session
        self.model = ExplorerModel(snapshot, self._claims_ready)
        self.filter_pending = False
        # Each table's title as the last good filter left it; marked while the filter
        # box holds a mistake (the rows are then the last good filter's).
        self._titles: dict[str, str] = {}
        self.stale = False
        self._filter_is_slow = False
        self._filter_scheduled = False
        # The snapshot the detail pane was last drawn from (weakly: it may be a large file).
        self._detail_source: Callable[[], Snapshot | None] = lambda: None

    def compose(self) -> ComposeResult:
        yield TopBar(id="top-bar")
        yield FilterBar(id="filter-bar", apply=self.apply_filter, stale=self.results_stale)
        with Horizontal(id="panes"):
            yield SectorTree(id="sectors")
            with Vertical(id="tables"):
                yield Static("", id="projects-title", classes="pane-title")
                yield RecordTable(
                    table_columns("projects"),
                    noun="projects",
                    sort_in_worker_above=self.session.policy.background_sort_above_rows,
                    id="projects",
                )
                yield Static("", id="agreements-title", classes="pane-title")
                yield RecordTable(
                    table_columns("agreements"),
                    noun="agreements",
                    sort_in_worker_above=self.session.policy.background_sort_above_rows,
                    id="agreements",
                )
            yield DetailView(id="detail")
        yield KeyFooter()
        yield WorkBar(id="work-bar")

    def on_mount(self) -> None:
        sectors = self.query_one("#sectors", SectorTree)
        sectors.border_title = "Sectors"
        sectors.border_subtitle = "projects·agreements"
        self.query_one("#detail", DetailView).border_title = "Detail"
        for kind in TABLE_KINDS:
            table = self.query_one(f"#{kind}", RecordTable)
            table.bulk = self.session.making
            layout = self.app.settings.column_layout(kind)
            if layout is not None and layout.shown:
                table.show_columns(layout.shown)
        self.load(self.model.snapshot)
        self.query_one("#projects", RecordTable).focus()
        self._fit(self.size.width, self.size.height)

    # -- data ---------------------------------------------------------------
    def load(self, snapshot: Snapshot) -> None:
        """Show a (new) snapshot, keeping cursors, sector and filter."""
        self.model.snapshot = snapshot
        if self.session.large(snapshot):
            # Its rows (every record's, carried over) live as long as it is shown: no
            # collector pass over them.
            self.session.settle()
        self.show_counts()
        self.query_one(SectorTree).load(snapshot, self.session.counts_now(snapshot))
        if self.index_building():
            # Keep showing the last filtered rows until the new index is ready (see app.warm).
            self._wait_for_index()
            return
        self.refresh_tables()

    def refresh_tables(self) -> None:
        if self.model.server is not None and not self.index_building():
            self.model.server = None  # the index here answers now
            self.workers.cancel_group(self, "server-search")
        started = time.perf_counter()
        self._refresh_tables()
        seconds = time.perf_counter() - started
        large = self.session.large(self.model.snapshot)
        self._filter_is_slow = large and seconds > SLOW_FILTER_SECONDS

    def _refresh_tables(self) -> None:
        try:
            results = {kind: self.model.rows(kind) for kind in TABLE_KINDS}
        except QueryError as exc:
            self.query_one(FilterBar).show_error(str(exc))
            return
        filtered = not self.model.effective_filter().is_empty
        # On a large database each table makes its rows ready in a worker (records read
        # from the file, their marks) and shows them when done; the titles, the count and
        # the detail follow each table as it shows them.
        background = self.session.large(self.model.snapshot)
        waiting = set(TABLE_KINDS)
        followed: list[str | None] = []
        shown = sum(len(r.rows) for r in results.values())
        total = sum(r.total for r in results.values())
        count = self._count_text(shown, total) if filtered else ""

        def shown_in(kind: str, table: RecordTable, title: str, moved: bool) -> None:
            # The detail follows a new highlight here rather than on a Highlighted message,
            # so that it is drawn in the same screen update as the tables.
            if moved and self._detail_follows(table):
                followed.append(table.current_id)
            self._titles[kind] = title
            self._show_title(kind)
            waiting.discard(kind)
            if waiting:
                return
            self.query_one(FilterBar).show_count(count)
            if followed:
                self._show_detail(followed[-1])
            else:
                self._show_detail_of_focused()
            self.gather_for_marks()

        for kind in TABLE_KINDS:
            result = results[kind]
            table = self.query_one(f"#{kind}", RecordTable)
            if result.total == 0:
                empty = EMPTY_DATABASE.format(noun=kind)
            else:
                empty = f"No {kind} match this filter. Press / to change it, ctrl+u to clear it."
            number = f"{len(result.rows)} of {result.total}" if filtered else str(result.total)
            title = f"{kind.capitalize()} ({number})"
            table.set_rows(
                result.rows,
                empty=empty,
                in_id_order=True,
                announce=False,
                background=background,
                then=partial(shown_in, kind, table, title),
            )

    def _count_text(self, shown: int, total: int) -> str:
        answer = self.model.server
        if answer is not None and not answer.complete:
            return f"{shown} so far, {SEARCHING_SERVER}"
        return f"{shown} of {total} shown"

    def _show_title(self, kind: str) -> None:
        title = Text(self._titles.get(kind, kind.capitalize()), style="bold")
        if self.stale:
            title.append(f"  {STALE}", style="bold reverse")
        # A one-line title of fixed height: no need to lay the screen out again.
        self.query_one(f"#{kind}-title", Static).update(title, layout=False)

    def results_stale(self, stale: bool) -> None:
        """The filter box holds a mistake (True; the rows are the last good filter's) or
        no longer does (False): say so on each table's title."""
        self.stale = stale
        for kind in TABLE_KINDS:
            self._show_title(kind)

    # -- marks ----------------------------------------------------------------
    def _claims_ready(self, snapshot: Snapshot) -> bool:
        """True if the marks of a row can be worked out without waiting (its claims)."""
        return snapshot.all_read and self.session.ready(snapshot, Stage.LINKS)

    def gather_for_marks(self) -> None:
        """Rows were drawn before the claims were gathered (a large database): gather
        them in a worker, then draw the marks."""
        snapshot = self.model.snapshot
        if not self.model.marks.pending or not snapshot.all_read:
            return
        if self.app.warming() and self.session.large(snapshot):
            return  # the warm-up gathers them when its stages are done (BilatApp._warm)

        def gather() -> None:
            self.session.gather_links(snapshot)
            self.model.prepare_marks(snapshot)  # drawn again at once on the loop
            self.app.from_worker(self.marks_gathered, snapshot)

        self.run_worker(gather, thread=True, group="marks", exclusive=True)

    def marks_gathered(self, snapshot: Snapshot) -> None:
        """The claims of ``snapshot`` are gathered: the marks drawn before are redone."""
        if self.model.snapshot is snapshot:
            self.model.marks_gathered()
            for kind in TABLE_KINDS:
                self.query_one(f"#{kind}", RecordTable).refresh()

    # -- events ---------------------------------------------------------------
    def apply_filter(self, flt: Filter) -> None:
        """Show the rows that match ``flt`` (called as the filter box changes)."""
        self.model.filter = flt
        if self._filter_is_slow:
            # The last filter took long (a large file): let the screen paint the keystroke
            # first, then filter once for all the keys that arrived meanwhile.
            if not self._filter_scheduled:
                self._filter_scheduled = True
                self.call_after_refresh(self._apply_scheduled_filter)
            return
        self._filter_now()

    def _apply_scheduled_filter(self) -> None:
        self._filter_scheduled = False
        self._filter_now()

    def _filter_now(self) -> None:
        if self.index_building():
            # A large database is still being indexed in the background: filter when it is
            # ready, rather than freeze the screen building it a second time.
            self._wait_for_index()
            return
        self.refresh_tables()

    def _wait_for_index(self) -> None:
        """The filter waits for the index: the server answers meanwhile if there is one,
        else the filter bar says what it waits for."""
        self.filter_pending = True
        if self.session.searches_on_server:
            self.ask_server()
        else:
            self.show_waiting()

    # -- a filter answered by the server while the index is made ---------------------
    def ask_server(self) -> None:
        """Ask the server for the rows of the filter shown, window by window in a worker;
        the tables show each window as it comes, until the index here answers."""
        snapshot, flt = self.model.snapshot, self.model.effective_filter()
        answer = self.model.served(flt)
        self.query_one(FilterBar).show_count(SEARCHING_SERVER)

        def search() -> None:
            worker = get_current_worker()
            try:
                for kind in TABLE_KINDS:
                    windows = self.session.search_on_server(snapshot, kind, flt)
                    if windows is None:
                        self.app.call_from_thread(self._server_cannot, answer)
                        return
                    for ids in windows:
                        if worker.is_cancelled:
                            return
                        self.app.call_from_thread(self._server_window, answer, kind, ids)
                    self.app.call_from_thread(self._server_window, answer, kind, [], done=True)
            except QueryError as exc:
                self.app.call_from_thread(self._server_error, answer, str(exc))
            except BilatError:  # the server went away: the index here will answer
                self.app.call_from_thread(self._server_cannot, answer)

        self.run_worker(search, thread=True, group="server-search", exclusive=True)

    def _server_window(
        self, answer: ServerAnswer, kind: str, ids: list[str], *, done: bool = False
    ) -> None:
        if not self.model.take_window(answer, kind, ids):
            return
        if done:
            answer.done.add(kind)
        self.refresh_tables()

    def _server_cannot(self, answer: ServerAnswer) -> None:
        if self.model.server is answer:
            self.model.server = None
            self.show_waiting()

    def _server_error(self, answer: ServerAnswer, message: str) -> None:
        if self.model.server is answer:
            self.model.server = None
            self.query_one(FilterBar).show_error(message)

    def show_waiting(self) -> None:
        """Say in the filter bar what the filter waits for (the server's count instead,
        while it answers)."""
        if self.model.server is not None:
            return
        snapshot = self.model.snapshot
        stage = self.session.waits_for(snapshot, self.model.effective_filter())
        self.query_one(FilterBar).show_count(stage.waiting if stage is not None else "")
        if stage is Stage.EVIDENCE:
            self.app.weigh(snapshot)  # made only when a filter asks for it

    def all_read(self) -> None:
        """A large file's claims and sources are laid out: show their counts, and the detail
        that waited for them."""
        self.show_counts()
        self.gather_for_marks()
        self._detail_source = lambda: None
        shown = self.query_one(DetailView).record_id
        if shown is not None:
            self._show_detail(shown)
        else:
            self._show_detail_of_focused()

    def show_counts(self) -> None:
        """The database's file and counts in the top bar (a count not known yet shows …)."""
        self.query_one(TopBar).show(
            self.session.location, self.model.snapshot.counts(), readonly=self.session.readonly
        )

    def index_building(self) -> bool:
        """True while the filter shown waits for a part of the index still being built in
        the background (a large database)."""
        snapshot, flt = self.model.snapshot, self.model.effective_filter()
        return self.session.waits_for(snapshot, flt) is not None

    def on_sector_tree_chosen(self, event: SectorTree.Chosen) -> None:
        self.model.sector = event.sector_id
        self.refresh_tables()

    def on_record_table_highlighted(self, event: RecordTable.Highlighted) -> None:
        if self._detail_follows(event.table):
            self._show_detail(event.record_id)

    def _detail_follows(self, table: RecordTable) -> bool:
        """The detail shows the focused table's highlight, or the last one that moved."""
        focused = self.focused
        return table.has_focus or focused is None or not isinstance(focused, RecordTable)

    def on_record_table_chosen(self, event: RecordTable.Chosen) -> None:
        self.post_message(OpenRecord(event.record_id, event.action))

    def on_descendant_focus(self) -> None:
        self._show_detail_of_focused()

    def _show_detail_of_focused(self) -> None:
        focused = self.focused
        if isinstance(focused, RecordTable):
            self._show_detail(focused.current_id)
        elif not isinstance(focused, DetailView) and self.query_one(DetailView).record_id is None:
            self._show_detail(self.query_one("#projects", RecordTable).current_id)

    def _show_detail(self, record_id: str | None) -> None:
        detail = self.query_one(DetailView)
        if not self.detail_pane_shown:
            return
        snapshot = self.model.snapshot
        shown_from = self._detail_source() if detail.record_id == record_id else None
        if shown_from is snapshot:
            return  # already there: drawing it again would lay the screen out for nothing
        self._detail_source = weakref.ref(snapshot)
        detail.show(snapshot, record_id)

    # -- layout ---------------------------------------------------------------
    def on_resize(self) -> None:
        self._fit(self.size.width, self.size.height)

    def _fit(self, width: int, height: int) -> None:
        unfolded = self.has_class("-narrow") and width >= NARROW_WIDTH
        self.set_class(width < NARROW_WIDTH, "-narrow")
        if unfolded:
            # The pane was folded while the highlight moved: it shows the highlight now.
            self._show_detail_of_focused()
        self.set_class(width >= WIDE_WIDTH, "-wide")
        self.set_class(width < TINY_WIDTH, "-tiny")
        self.set_class(height < SHORT_HEIGHT, "-short")

    @property
    def detail_pane_shown(self) -> bool:
        return not self.has_class("-narrow")

    # -- actions ----------------------------------------------------------------
    def action_focus_filter(self) -> None:
        # "/" is a priority binding and focuses at once (Widget.focus() waits): keys that
        # arrive in the same burst (a paste, SSH) land in the box, not on the table's
        # bindings (e edits, d deletes). In the box itself "/" is just a character.
        box = self.query_one(FilterInput)
        if box.has_focus:
            box.insert_text_at_cursor("/")
        else:
            self.set_focus(box)

    def action_all_sectors(self) -> None:
        self.query_one(SectorTree).select_sector(None)

    def focused_kind_and_id(self) -> tuple[str, str | None]:
        """Which kind of record the focused pane holds, and its highlighted record."""
        focused = self.focused
        if isinstance(focused, RecordTable):
            return focused.noun, focused.current_id
        if isinstance(focused, SectorTree):
            return "sectors", focused.highlighted
        if isinstance(focused, DetailView) and focused.record_id:
            return kind_of_id(focused.record_id) or "projects", focused.record_id
        return "projects", self.query_one("#projects", RecordTable).current_id

    def action_parties(self) -> None:
        self.app.action_parties()

    def action_columns(self) -> None:
        focused = self.focused
        table = focused if isinstance(focused, RecordTable) else self.query_one(RecordTable)

        def chosen(keys: list[str] | None) -> None:
            if keys is None:
                return
            table.show_columns(keys)
            # Kept in the config file's [columns] (in a worker: the file is on disk).
            settings = self.app.settings
            kept = settings.column_layout(table.noun)
            widths = dict(kept.widths) if kept is not None else {}
            settings.save_column_layout(table.noun, ColumnLayout(shown=keys, widths=widths))

        self.app.push_screen(ColumnChooser(table.noun, table.columns, table.shown_keys), chosen)

    def action_new(self) -> None:
        self.app.editor.new(self.focused_kind_and_id()[0])

    def action_sides(self) -> None:
        record_id = self.focused_kind_and_id()[1]
        if record_id is not None:
            self.app.open_finding(record_id)

    def action_edit(self) -> None:
        self.app.editor.edit(self.focused_kind_and_id()[1])

    def action_delete(self) -> None:
        self.app.editor.delete(self.focused_kind_and_id()[1])

    def set_filter_text(self, text: str) -> None:
        self.query_one(FilterInput).value = text
