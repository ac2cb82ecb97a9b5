"""The bilat explorer: a Textual app over a session (``bilat.engine``).

The app owns the session and the screens; widgets never touch the database. The
session says what is shown and what is ready; its long calls (warming a large database
up, reading a colleague's change) run in workers, and each stage it announces reaches
the screens as a message. A timer asks the session once a second whether the database
moved on, so changes saved by another process (a colleague on the same server) appear
without a restart.
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import io
import os
import select
import sys
import threading
import time
from collections.abc import Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import ClassVar

from textual import events
from textual.app import App
from textual.binding import Binding, BindingType
from textual.filter import LineFilter

from bilat.engine import Policy, Session, Stage
from bilat.store import BilatError, Claim, DamagedRecordError, Snapshot, Store, title_of
from bilat.store.bundle import dump_bundle
from bilat.store.files import write_atomically
from bilat.store.present import COLUMNS
from bilat.store.progress import Progress, counted
from bilat.store.tables import csv_tables, write_tables
from bilat.store.text import printable
from bilat.store.view_export import view_bundle, with_references

from . import turns
from .clipboard import sequences
from .commands import RecordCommands, ViewCommands
from .editing import Editor
from .explorer import Explorer
from .model import TABLE_KINDS
from .plain import AsciiLines, glyphs_missing, key_in_words, no_color, utf8_locale
from .screen_pool import ScreenPool
from .screens.main import MainScreen
from .settings import Settings
from .sharing import Sharing, View
from .sourcing import Sourcing
from .turns import taking_turns
from .widgets.detail_view import DetailView, OpenFinding, OpenRecord, RelatedList
from .widgets.filter_bar import FilterInput
from .widgets.record_table import RecordTable
from .widgets.sector_tree import SectorTree
from .writes import Writes

STARTED = time.perf_counter()
POLL_SECONDS = 1.0
# How often the app checks that its terminal is still there, where a thread cannot wait for
# the hang-up (see _check_terminal and wait_for_hangup).
TERMINAL_CHECK_SECONDS = 0.25
# How often the app tells the collector policy how long the user has been idle.
IDLE_CHECK_SECONDS = 0.25
HANGUP_EXIT_CODE = 129  # as a process ended by SIGHUP (128 + 1)
# Seconds a thread holding the interpreter keeps it once another asks (Python's default: 5 ms).
SWITCH_INTERVAL = 0.001


class BilatApp(Explorer):
    """Sectors, projects and agreements of a bilateral relationship, every fact sourced.

    Its size is the app's own duties, each a few small methods: the warm-up's stages
    reaching the screens, the refresh timer, the hang-up watch, undo and redo, opening a
    record once its links are ready, the help and the view's export. What it edits is in
    ``editing.py``, the palette's commands in ``commands.py``, what it shows in screens."""

    TITLE = "bilat"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {RecordCommands, ViewCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        # Tab moves the focus on at once, before the keys that came with it in one burst (a
        # paste, keystrokes an SSH link delivers together) are handed to the field it leaves:
        # every screen's own tab is a binding that fires only once the key has come back up
        # from that field, after the keys behind it went into it ("title⇥publisher" all in
        # the title). The screens' bindings still name them in the help.
        Binding("tab", "focus_next", show=False, priority=True, system=True),
        Binding("shift+tab", "focus_previous", show=False, priority=True, system=True),
        Binding("q", "quit", "Quit", id="app.quit", tooltip="Leave bilat"),
        Binding("question_mark", "help", "Keys", id="app.help", tooltip="Show every key"),
        Binding("f1", "help", "Keys", show=False, id="app.help_f1"),
        Binding(
            "ctrl+p",
            "command_palette",
            "Palette",
            show=False,  # the footer shows the palette key by itself
            id="app.palette",
            tooltip="Jump to any record by name, switch theme, export the view",
        ),
        Binding("f2", "command_palette", "Palette", show=False, id="app.palette_f2"),
        Binding(
            "f5",
            "export_view",
            "Export",
            show=False,
            id="app.export",
            tooltip="Export the current view as JSON or CSV",
        ),
        Binding(
            "u",
            "undo",
            "Undo",
            id="app.undo",
            tooltip="Undo the last change of this session (several levels)",
        ),
        Binding("U", "redo", "Redo", show=False, id="app.redo", tooltip="Redo what was undone"),
        Binding("f7", "undo", "Undo", show=False, id="app.undo_f7"),
        Binding("f8", "redo", "Redo", show=False, id="app.redo_f8"),
        Binding(
            "y",
            "copy_id",
            "Copy id",
            show=False,
            id="app.copy_id",
            tooltip="Copy the record's id to your clipboard (through SSH and tmux: OSC 52)",
        ),
        Binding(
            "Y",
            "copy_citation",
            "Copy citation",
            show=False,
            id="app.copy_citation",
            tooltip="Copy the record's values with their quotes and sources",
        ),
        Binding(
            "v",
            "overview",
            "Overview",
            show=False,
            id="app.overview",
            tooltip="The sector chosen at a glance: statuses, totals, milestones",
        ),
    ]

    def get_key_display(self, binding: Binding) -> str:
        display = super().get_key_display(binding)
        return key_in_words(display) if self._ascii is not None else display

    def get_line_filters(self) -> Sequence[LineFilter]:
        filters = super().get_line_filters()
        return [*filters, self._ascii] if self._ascii is not None else filters

    def __init__(
        self,
        session: Session | Store,
        *,
        poll: bool = True,
        first: Snapshot | None = None,
        policy: Policy | None = None,
        settings: Settings | None = None,
    ) -> None:
        """``first``: the snapshot to show first (``Session.first``), when the caller read
        it already to report a broken database before the screen opens. A store is opened
        as a session (with ``policy``, else the default one). ``settings``: the user's
        config (theme, keys, saved filters), read by the caller (none: the defaults,
        nothing written)."""
        super().__init__()
        self.settings = settings or Settings()
        if isinstance(session, Store):
            session = Session(session) if policy is None else Session(session, policy)
        self.session = session
        self.store = session.store  # writes: the editor's history
        self._first = first
        # Why the app stopped on its own, for the command line to print after the screen.
        self.error: str | None = None
        self.poll = poll
        writes = Writes(self)  # one queue, one undo history for every flow that writes
        self.editor: Editor = Editor(self, writes)
        self.sourcing: Sourcing = Sourcing(self, writes)
        self.first_paint_seconds: float | None = None
        self._reloading = False
        self._weighing: Snapshot | None = None  # the snapshot whose sources a worker weighs
        self._warming: Snapshot | None = None  # the snapshot the warm-up's worker warms
        self.screens = ScreenPool(self)
        # A terminal without the drawing glyphs (tui/plain.py): every line drawn in ASCII.
        self._ascii = AsciiLines(letters=not utf8_locale()) if glyphs_missing() else None
        # Without colour, focus and the cursor are told by border and text styles (app.tcss).
        self.set_class(no_color(), "-no-color")
        self._watching: AbstractContextManager[None] | None = None
        self._switch_interval = sys.getswitchinterval()
        self.sharing = Sharing(self, self.current_view)
        self._idle_collecting = False
        self._last_input = time.monotonic()  # a key, a click: the collector waits for a pause

    def on_mount(self) -> None:
        # A worker thread busy in Python keeps the interpreter until asked for it, after
        # the switch interval: the event loop asks each time it comes back from waiting
        # (the terminal, a timer), several times a frame. Asked sooner, it waits less.
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(SWITCH_INTERVAL)
        self.settings.apply(self, self.binding_ids)
        snapshot = self._first or self.session.first()
        self._first = None
        self.push_screen(MainScreen(self.session, snapshot))
        if self.poll:
            self.set_interval(POLL_SECONDS, self.check_for_changes)
        stdin = sys.__stdin__
        if not self.is_headless and stdin is not None and _stdin_is_terminal():
            self.set_interval(TERMINAL_CHECK_SECONDS, self._check_terminal)
            threading.Thread(
                target=_end_on_hangup, args=(stdin.fileno(),), name="hangup", daemon=True
            ).start()
        self.call_after_refresh(self._painted)

    def _check_terminal(self) -> None:
        """End the process when its terminal is gone (an SSH connection dropped, a tmux
        server killed) and no hangup signal reached it (it runs under `make`, or with
        SIGHUP ignored): reading a hung-up terminal returns end of file at once, and
        Textual's input loop would spin on it forever. It ends as the hangup would have
        ended it: at once, without the graceful shutdown, which writes to the terminal and
        waits on threads that a hung-up terminal leaves stuck. Nothing is lost that a
        hangup or ``kill -9`` would not lose: saves are atomic (see the README).

        A thread ends it the moment the hang-up comes (``wait_for_hangup``); this timer is
        for where that thread cannot watch the terminal."""
        if not _stdin_is_terminal():
            os._exit(HANGUP_EXIT_CODE)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.InputEvent):
            self._last_input = time.monotonic()
        await super().on_event(event)

    def seconds_since_input(self) -> float:
        return time.monotonic() - self._last_input

    def _collect_when_idle(self) -> None:
        """A large database warmed up: from now on, collector passes wait for the user to
        pause (``bilat.engine.collector``), told how long each quarter second."""
        self.session.collect_when_idle()
        self.set_interval(IDLE_CHECK_SECONDS, self._idle_tick)

    def _idle_tick(self) -> None:
        self.session.idle(time.monotonic() - self._last_input)

    def _painted(self) -> None:
        self.first_paint_seconds = time.perf_counter() - STARTED
        # Even so, each worker busy beside the loop would take every other turn: from the
        # first paint on, workers taking turns wait while the loop is busy (``turns``). Not
        # before: the first rows are made ready in a worker while the loop lays out the
        # screen they are drawn on, and the one waits for the other all the same.
        turns.watch(asyncio.get_running_loop())
        self.log(f"first paint after {self.first_paint_seconds:.3f} s")
        if self.poll:  # its connection, made after the first rows: a look each second until
            self._watch()  # then, and its first look reads what was committed meanwhile
        self.warm(self.main.model.snapshot)

    def warm(self, snapshot: Snapshot) -> None:
        """Warm the database up off the event loop (``Session.warm``), each stage reaching
        the screens as it is done, so the first keystroke finds the index ready."""
        self._warming = snapshot
        self.run_worker(lambda: self._warm(snapshot), thread=True, group="warm", exclusive=True)

    def _warm(self, snapshot: Snapshot) -> None:
        try:
            self.session.warm(
                snapshot, self._stage_done, self._warn, self.progress_from_thread("Indexing words")
            )
        except BilatError as exc:
            # A large file's first screen was painted before its records were checked: a
            # damaged one stops the explorer with its name (as it does if a screen reads
            # it first).
            self.from_worker(self._unreadable, exc)
            return
        if self.session.large(snapshot):
            # The claims the marks read, gathered here rather than in a second worker at
            # the same time: two threads taking turns with the event loop hold it longer.
            self.session.gather_links(snapshot)
            self.main.model.prepare_marks(snapshot)  # drawn again at once on the loop
            self.from_worker(self._links_gathered, snapshot)
            # The rows' marks are drawn on the event loop from the claims just gathered:
            # let them be painted before the sort keys' reads take turns with it.
            self._wait_for_repaint()
            with self.session.making():
                self._warm_sort_keys(snapshot)
        # The snapshot lives as long as the screen shows it: keep the collector off it.
        self.session.settle()
        self.from_worker(self._warmed, snapshot)

    def _stage_done(self, stage: Stage, snapshot: Snapshot) -> None:
        """A stage of the warm-up is done (on the worker's thread): show what it brings."""
        if stage is Stage.RECORDS:
            self.from_worker(self._all_read, snapshot)
        elif stage is Stage.COUNTS:
            counts = self.session.sector_counts(snapshot)
            self.from_worker(self._counts_ready, snapshot, counts)
        elif stage in (Stage.QUALIFIERS, Stage.WORDS, Stage.CHECKED):
            self.from_worker(self._index_ready, snapshot)
            if stage is Stage.WORDS:
                # Let the screen show the filter that waited for the words before the next
                # stage, whose long calls into the decoder hold the interpreter.
                self._wait_for_repaint()

    def weigh(self, snapshot: Snapshot) -> None:
        if self._weighing is snapshot:
            return  # already being weighed

        def weigh() -> None:
            self.session.weigh(snapshot)
            self.from_worker(self._weighed, snapshot)

        self._weighing = snapshot
        self.run_worker(weigh, thread=True, group="weigh")

    def _weighed(self, snapshot: Snapshot) -> None:
        if self._weighing is snapshot:
            self._weighing = None
        self._index_ready(snapshot)

    def _warn(self, warning: str) -> None:
        self.call_from_thread(
            self.notify,
            printable(warning),
            title="Search index",
            severity="warning",
            markup=False,
        )

    def progress_from_thread(self, what: str) -> Progress:
        """A callback for work in a worker: its progress drawn in the main screen's bar."""

        def progress(done: int, total: int | None) -> None:
            self.from_worker(self.show_progress, what, done, total)

        return progress

    def show_progress(self, what: str, done: int, total: int | None) -> None:
        from .widgets.work_bar import WorkBar

        self.main.query_one(WorkBar).show(what, done, total)

    def _wait_for_repaint(self) -> None:
        """Let the screen show what was just applied (a filter that waited for the words)
        before the next step, whose long calls into the decoder hold the interpreter."""
        painted = threading.Event()
        self.call_from_thread(self.call_after_refresh, painted.set)
        painted.wait(0.5)

    def _warm_sort_keys(self, snapshot: Snapshot) -> None:
        """The sort keys of the first column (names, titles: what `s` sorts by first), each
        record read once: on a large file that takes long enough that the first sort would
        otherwise freeze the screen. (Not every column's: they would take much more memory.)"""
        model = self.main.model
        for kind in TABLE_KINDS:
            if model.snapshot is not snapshot:
                return  # a change came: the rows are others now
            # Each record is read from the file: the event loop given its turns (``turns``).
            for row in taking_turns(model.every_row(kind)):
                row.sort_key(0)

    def _links_gathered(self, snapshot: Snapshot) -> None:
        self.main.marks_gathered(snapshot)

    def _warmed(self, snapshot: Snapshot) -> None:
        if self._warming is snapshot:
            self._warming = None
            self.main.gather_for_marks()  # rows drawn since, of a later snapshot
            if self.session.large(snapshot) and not self._idle_collecting:
                self._idle_collecting = True
                self._collect_when_idle()
            self.editor.make_ahead()  # the first edit refills it, its making not waited for

    def warming(self) -> bool:
        """True while the warm-up's worker runs (it gathers the claims of a large database
        once its stages are done)."""
        return self._warming is not None

    def _unreadable(self, exc: BilatError) -> None:
        """A record checked after the first screen is damaged: say which, and stop there."""
        self.error = str(exc)
        self.exit(return_code=1)

    def _handle_exception(self, error: Exception) -> None:
        """A record of a large file is decoded when it is shown: if it is damaged, whatever
        showed it (a row, a detail, a worker) ends here. Stop as a damaged file found while
        it is checked does, with its name; anything else is a bug, reported as such."""
        damaged = getattr(error, "error", error)  # a worker's failure wraps the error
        if isinstance(damaged, DamagedRecordError):
            self.error = str(damaged)
            self.exit(return_code=1)
            return
        super()._handle_exception(error)

    def _all_read(self, snapshot: Snapshot) -> None:
        if self.main.model.snapshot is snapshot:
            self.main.all_read()

    def _counts_ready(self, snapshot: Snapshot, counts: dict[str, tuple[int, int]]) -> None:
        if self.main.model.snapshot is snapshot:
            self.main.query_one(SectorTree).show_counts(counts)

    def _index_ready(self, snapshot: Snapshot) -> None:
        """A part of the index is built: apply the filter that waited for it, or say what
        it waits for now."""
        main = self.main
        if main.model.snapshot is not snapshot or not main.filter_pending:
            return
        if main.index_building():
            main.show_waiting()
        else:
            main.filter_pending = False
            main.refresh_tables()

    @property
    def main(self) -> MainScreen:
        return next(s for s in self.screen_stack if isinstance(s, MainScreen))

    # -- live refresh -----------------------------------------------------------
    def _watch(self) -> None:
        """On a database that announces writes (a server), a colleague's save wakes the
        check at once instead of at the next look."""
        watching = self.session.watch(self._woken)
        if watching is not None:
            watching.__enter__()
            self._watching = watching

    def _woken(self) -> None:
        """From the listener's thread: look now (nothing, if the app is closing)."""
        with contextlib.suppress(RuntimeError):
            self.call_from_thread(self.check_for_changes)

    def on_unmount(self) -> None:
        sys.setswitchinterval(self._switch_interval)
        turns.watch(None)
        self.session.collect_automatically()
        watching, self._watching = self._watching, None
        if watching is not None:
            watching.__exit__(None, None, None)

    def check_for_changes(self) -> None:
        main = next((s for s in self.screen_stack if isinstance(s, MainScreen)), None)
        if main is None:
            return  # not shown yet, or no longer: the timer can fire as the app starts or quits
        try:
            # Compare with what the screens show, not with the store's cache: whatever read
            # the store since the last poll (a form, the palette, a detail) refreshed that
            # cache, and a colleague's change would never be shown.
            shown = main.model.snapshot
            if self._reloading or not self.session.changed(shown):
                return
            if self.session.large(shown):
                # Reading a large file's change takes a while: in a thread, shown when done.
                self._reloading = True
                self.run_worker(self._load_in_thread, thread=True, group="reload")
                return
            if self.session.current() is not shown:
                self.reload()
        except BilatError as exc:
            self.notify(str(exc), severity="error", timeout=8)

    def _load_in_thread(self) -> None:
        try:
            self.session.refresh()
        except BilatError as exc:
            self.call_from_thread(self.notify, str(exc), severity="error", timeout=8)
        else:
            self.call_from_thread(self.reload)
        finally:
            self._reloading = False

    def reload(self, *, warm: bool = True) -> None:
        """Show the database as it is now on every open screen, keeping places; and index it
        in the background unless ``warm`` is False (the caller's thread does it)."""
        from .screens.conflict import SidesScreen
        from .screens.detail import DetailScreen

        snapshot = self.session.current()
        self.main.load(snapshot)
        for screen in self.screen_stack:
            if isinstance(screen, (DetailScreen, SidesScreen)):
                screen.load(snapshot)
        if warm and snapshot.search.index_if_made is None:
            self.warm(snapshot)

    def prepare_reload(self) -> None:
        """After a write, in its worker: the store's snapshot brought up to date (a large
        file's journal read, the snapshot patched) and the sector counts of the new one,
        which ``reload`` would otherwise make on the event loop."""
        snapshot = self.session.current()
        if self.session.large(snapshot) and self.session.ready(snapshot, Stage.QUALIFIERS):
            self.session.sector_counts(snapshot)

    def record_deleted(self, record_id: str) -> None:
        """Close detail screens of a record that is gone."""
        from .screens.detail import DetailScreen

        while isinstance(self.screen, DetailScreen) and self.screen.record_id == record_id:
            self.pop_screen()

    def action_undo(self) -> None:
        self.editor.undo()

    def action_redo(self) -> None:
        self.editor.redo()

    # -- navigation ---------------------------------------------------------------
    def open_record(self, record_id: str, action: str = "open", claim: str | None = None) -> None:
        """Open a record's detail (or its source, ``action="source"``); ``claim``: at the
        field that claim backs."""
        snapshot = self.session.current()
        if snapshot.find(record_id) is None:
            self.notify(f"No record {record_id} (deleted?)", severity="warning")
            return
        if not self.links_ready(snapshot):
            # A large file's claims are grouped by record in the background after it
            # opens: wait for them in a thread, not with the screen frozen.
            self.notify("Gathering the claims of every record…", timeout=3)
            self.run_worker(
                lambda: self._open_when_ready(snapshot, record_id, action, claim),
                thread=True,
                group="open",
                exclusive=True,
            )
            return
        # The screens the first one does not show are imported when first opened.
        from .screens.detail import DetailScreen
        from .screens.source import SourceScreen, sources_for

        if action == "source":
            if not sources_for(snapshot, record_id):
                self.notify("No claim of this record cites a source yet.", severity="warning")
                return
            self.push_screen(self.screens.screen(SourceScreen, snapshot, record_id))
        else:
            screen = self.screens.screen(DetailScreen, snapshot, record_id)
            screen.at_claim(claim)
            self.push_screen(screen)

    def open_quote(self, claim: Claim) -> None:
        from .screens.source import SourceScreen

        snapshot = self.session.current()
        if snapshot.find(claim.source) is None:
            self.notify(f"No source {claim.source} in the database.", severity="warning")
            return
        screen = self.screens.screen(SourceScreen, snapshot, claim.subject)
        screen.at_claim(claim)
        self.push_screen(screen)

    def open_finding(self, record_id: str, field: str | None = None) -> None:
        from .screens.conflict import SidesScreen, findings_of, first_finding

        snapshot = self.session.current()
        if snapshot.find(record_id) is None:
            self.notify(f"No record {record_id} (deleted?)", severity="warning")
            return
        if not self.links_ready(snapshot):
            self.notify("Gathering the claims of every record… try again in a moment.")
            self.run_worker(snapshot.links.prepare, thread=True, group="links")
            return
        if first_finding(findings_of(snapshot, record_id), field) is None:
            self.notify(
                "No two sources compare on this: nothing to show side by side.",
                severity="warning",
            )
            return
        self.push_screen(SidesScreen(snapshot, record_id, field))

    def on_open_finding(self, message: OpenFinding) -> None:
        self.open_finding(message.record_id, message.field)

    def links_ready(self, snapshot: Snapshot) -> bool:
        """True if a record's claims and links can be read at once (on a large file they
        are gathered in the background; asking for them meanwhile would wait for that)."""
        return self.session.ready(snapshot, Stage.LINKS)

    def _open_when_ready(
        self, snapshot: Snapshot, record_id: str, action: str, claim: str | None = None
    ) -> None:
        self.session.gather_links(snapshot)
        self.call_from_thread(self.open_record, record_id, action, claim)

    def on_open_record(self, message: OpenRecord) -> None:
        self.open_record(message.record_id, message.action, message.claim)

    def current_record(self) -> str | None:
        from .screens.detail import DetailScreen

        for screen in reversed(self.screen_stack):
            if isinstance(screen, DetailScreen):
                return screen.record_id
            if isinstance(screen, MainScreen):
                return screen.focused_kind_and_id()[1]
        return None

    def show_history(self, record_id: str | None) -> None:
        if record_id is None:
            self.notify("Open or highlight a record first.", severity="warning")
            return
        record = self.session.current().find(record_id)
        title = title_of(record) if record is not None else record_id
        try:
            changes = self.store.history()
        except BilatError as exc:
            self.notify(str(exc), severity="error", timeout=8)
            return
        from .screens.history import HistoryScreen

        self.push_screen(HistoryScreen(record_id, title, changes))

    def changed_since(self) -> None:
        try:
            changes = self.store.history()
        except BilatError as exc:
            self.notify(str(exc), severity="error", timeout=8)
            return

        def chosen(record_id: str | None) -> None:
            if record_id is not None:
                self.open_record(record_id)

        from .screens.history import ChangedSinceScreen

        self.push_screen(ChangedSinceScreen(self.session.current(), changes), callback=chosen)

    def action_needs_evidence(self) -> None:
        from .screens.needs import NeedsScreen

        if not isinstance(self.screen, NeedsScreen):
            self.push_screen(NeedsScreen(self.session.current()))

    def action_parties(self) -> None:
        from .screens.orgs import OrgsScreen

        if not isinstance(self.screen, OrgsScreen):
            self.push_screen(OrgsScreen(self.session.current()))

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        keys = self.settings.config.keys
        words = self._ascii is not None
        self.push_screen(HelpScreen(self.help_sections(), keys, key_words=words))

    @classmethod
    def binding_ids(cls) -> set[str]:
        """Every binding id the config's ``[keys]`` may move."""
        from textual.screen import Screen

        from .screens.help import bindings_of

        owners = [owner for _title, owner in cls.help_sections()] + [Screen]
        return {b.id for owner in owners for b in bindings_of(owner) if b.id}

    # -- saved filters --------------------------------------------------------------
    def save_filter_as(self) -> None:
        """Ask a name for the filter the tables show, and save it in the config."""
        from .screens.saved_filter import SaveFilterScreen

        text = self.main.query_one(FilterInput).value.strip()
        if not text:
            self.notify("Type a filter first (/), then save it.", severity="warning")
            return

        def saved(name: str | None) -> None:
            if name is not None:
                self.notify(f"Saved the filter as {name} (also: bilat list --saved {name})")

        self.push_screen(
            SaveFilterScreen(text, lambda name: self.settings.save_filter(name, text)),
            callback=saved,
        )

    def recall_filter(self, name: str) -> None:
        """Put the filter saved as ``name`` in the filter box (the tables follow)."""
        text = self.settings.filters.get(name)
        if text is None:
            self.notify(f"No filter is saved as {name}.", severity="warning")
            return
        while self.screen is not self.main:
            self.pop_screen()
        self.main.set_filter_text(text)

    @staticmethod
    def help_sections() -> list[tuple[str, type]]:
        from .screens.conflict import ReasonScreen, SidesScreen
        from .screens.detail import DetailScreen
        from .screens.dialogs import ConfirmDeleteScreen, ConflictScreen
        from .screens.evidence import EvidenceScreen, QuotePicker
        from .screens.export import ExportScreen
        from .screens.forms import RecordForm
        from .screens.help import HelpScreen
        from .screens.history import HistoryScreen
        from .screens.merge import ConfirmMergeScreen, MergeIntoScreen
        from .screens.needs import NeedsScreen
        from .screens.overview import OverviewScreen
        from .screens.review import ReviewScreen
        from .screens.saved_filter import SaveFilterScreen
        from .screens.source import SourceScreen

        return [
            ("Everywhere", BilatApp),
            ("Main screen", MainScreen),
            ("Filter box", FilterInput),
            ("Sectors", SectorTree),
            ("Projects and agreements tables", RecordTable),
            ("Detail", DetailView),
            ("Related records (r in the detail)", RelatedList),
            ("Detail screen", DetailScreen),
            ("Forms", RecordForm),
            ("Evidence", EvidenceScreen),
            ("Quote selection", QuotePicker),
            ("Delete dialog", ConfirmDeleteScreen),
            ("Merge: the record to keep", MergeIntoScreen),
            ("Merge dialog", ConfirmMergeScreen),
            ("History", HistoryScreen),
            ("Conflict dialog", ConflictScreen),
            ("Source view", SourceScreen),
            ("Sources side by side", SidesScreen),
            ("Reason for a preferred claim", ReasonScreen),
            ("Needs evidence", NeedsScreen),
            ("Save a filter", SaveFilterScreen),
            ("Export", ExportScreen),
            ("Keys (this screen)", HelpScreen),
            ("Sector overview", OverviewScreen),
            ("Review proposals", ReviewScreen),
        ]

    # -- sharing ------------------------------------------------------------------
    def action_copy_id(self) -> None:
        self.sharing.copy_id()

    def action_copy_citation(self) -> None:
        self.sharing.copy_citation()

    def action_overview(self) -> None:
        self.sharing.overview()

    def copy_to_clipboard(self, text: str) -> None:
        """OSC 52, passed through tmux or screen too when inside one (``tui.clipboard``)."""
        self._clipboard = text
        if self._driver is not None:
            for sequence in sequences(text, os.environ):
                self._driver.write(sequence)

    def current_view(self) -> View:
        main = self.main
        ids = {
            kind: [row.record_id for row in main.query_one(f"#{kind}", RecordTable).rows]
            for kind in ("projects", "agreements")
        }
        sector = main.model.sector
        words = main.query_one(FilterInput).value.strip()
        described = " ".join(part for part in (words, f"sector:{sector}" if sector else "") if part)
        return View(main.model.snapshot, ids, described, sector)

    # -- export -------------------------------------------------------------------
    def action_export_view(self) -> None:
        from .screens.export import ExportScreen

        stamp = time.strftime("%Y%m%d-%H%M%S")
        self.push_screen(ExportScreen(f"bilat-view-{stamp}.json", self.export_view))

    def export_view(self, path: Path) -> None:
        """Write the records the tables show now (JSON export format, or CSV) to ``path``.

        Which records is read here, from the screen; the file is made and written in a
        worker thread, since a large view makes a large file, and says when it is done.
        A folder that is not there is reported at once (BilatError), in the export box."""
        view = self.current_view()
        if not path.parent.exists():
            raise BilatError(f"folder {path.parent} does not exist")
        path = path.absolute()
        self.run_worker(lambda: self._export(view, path), thread=True, group="export")

    def _export(self, view: View, path: Path) -> None:
        snapshot, ids = view.snapshot, view.ids
        made = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        about = {"filter": view.filter, "made": made, "database": self.store.location}
        what = f"Exporting to {path.name}"
        progress = self.progress_from_thread(what)
        total = sum(len(found) for found in ids.values())
        try:
            if _table_folder(path):
                records = with_references(snapshot, (i for found in ids.values() for i in found))
                written = write_tables(path, csv_tables(snapshot, records), about)
                done = f"Exported the view as {len(written)} files (CSV tables) to {path}"
                self.call_from_thread(self.notify, done)
                return
            if path.suffix.lower() == ".csv":
                payload = _csv(snapshot, ids, progress).encode("utf-8")
            else:
                payload = dump_bundle(view_bundle(snapshot, ids, about))
            write_atomically(path, payload, what="export")
        except BilatError as exc:
            self.call_from_thread(self.notify, str(exc), severity="error", timeout=8)
        else:
            self.call_from_thread(self.notify, f"Exported the view to {path}")
        finally:
            self.call_from_thread(self.show_progress, what, total, total)


def _end_on_hangup(fd: int) -> None:
    """End the process the moment its terminal hangs up, as ``_check_terminal`` does, without
    waiting for a timer on an event loop that may be busy."""
    if wait_for_hangup(fd):
        os._exit(HANGUP_EXIT_CODE)


def wait_for_hangup(fd: int) -> bool:
    """Block until the terminal ``fd`` hangs up: True. poll() reports a hang-up or an error
    whatever it was asked to watch, so watching nothing wakes it for that only, never for a
    key, and it uses no CPU meanwhile. False where poll() cannot watch a terminal (on macOS
    it may say POLLNVAL at once): then the timer alone notices."""
    watch = select.poll()
    watch.register(fd, 0)
    watch.poll()
    # A pty reports the hang-up a moment before it is hung up (isatty still true): wait for
    # that, briefly; a terminal still there after it was never going away.
    for _ in range(500):
        if not os.isatty(fd):
            return True
        time.sleep(0.001)
    return False


def _stdin_is_terminal() -> bool:
    """Whether the terminal the app reads its keys from is there (and not hung up)."""
    stdin = sys.__stdin__
    if stdin is None:
        return False
    try:
        return os.isatty(stdin.fileno())
    except (AttributeError, ValueError, OSError):
        return False


def _table_folder(path: Path) -> bool:
    """A folder that exists, named without .json or .csv: the view goes into it as typed
    CSV tables (a folder named like a file is a name taken, refused as before)."""
    return path.is_dir() and not path.is_symlink() and path.suffix.lower() not in (".json", ".csv")


def _csv(snapshot: Snapshot, ids: dict[str, list[str]], progress: Progress | None = None) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    total = sum(len(found) for found in ids.values())
    done = 0
    for kind, record_ids in ids.items():
        columns = COLUMNS[kind]
        writer.writerow([kind])
        writer.writerow(["Id", *(c.title for c in columns)])
        for record_id in counted(record_ids, progress, total, start=done):
            record = snapshot.get(record_id)
            writer.writerow([record_id, *(c.cell(snapshot, record) for c in columns)])
        writer.writerow([])
        done += len(record_ids)
    return out.getvalue()
