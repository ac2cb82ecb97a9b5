"""The bilat explorer: a Textual app over a store.

The app owns the store and the screens; widgets never touch the database.
A timer polls the database file once a second so changes saved by another
process (a colleague on the same server) appear without a restart.
"""

from __future__ import annotations

import csv
import gc
import io
import os
import select
import sys
import threading
import time
from pathlib import Path
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType

from bilat.store import BilatError, DamagedRecordError, Snapshot, Store
from bilat.store.bundle import build_bundle, dump_bundle
from bilat.store.files import write_atomically
from bilat.store.present import COLUMNS
from bilat.store.text import printable

from .commands import RecordCommands, ViewCommands
from .editing import Editor
from .model import TABLE_KINDS
from .screen_pool import ScreenPool
from .screens.detail import DetailScreen
from .screens.dialogs import ConfirmDeleteScreen, ConflictScreen
from .screens.evidence import EvidenceScreen, QuotePicker
from .screens.export import ExportScreen
from .screens.forms import RecordForm
from .screens.help import HelpScreen
from .screens.main import MainScreen
from .screens.source import SourceScreen, sources_for
from .widgets.detail_view import DetailView, OpenRecord
from .widgets.filter_bar import FilterInput
from .widgets.record_table import RecordTable
from .widgets.sector_tree import SectorTree, sector_counts

STARTED = time.perf_counter()
POLL_SECONDS = 1.0
# How often the app checks that its terminal is still there, where a thread cannot wait for
# the hang-up (see _check_terminal and wait_for_hangup).
TERMINAL_CHECK_SECONDS = 0.25
HANGUP_EXIT_CODE = 129  # as a process ended by SIGHUP (128 + 1)
# Above this size, a colleague's change is decoded in a thread instead of the event loop.
LARGE_FILE_BYTES = 8 * 1024 * 1024


class BilatApp(App[None]):
    """Sectors, projects and agreements of a bilateral relationship, every fact sourced."""

    TITLE = "bilat"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {RecordCommands, ViewCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
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
    ]

    def __init__(self, store: Store, *, poll: bool = True, first: Snapshot | None = None) -> None:
        """``first``: the snapshot to show first (``Store.first_snapshot``), when the
        caller read it already to report a broken database before the screen opens."""
        super().__init__()
        self.store = store
        self._first = first
        # Why the app stopped on its own, for the command line to print after the screen.
        self.error: str | None = None
        self.poll = poll
        self.editor = Editor(self)
        self.first_paint_seconds: float | None = None
        self._reloading = False
        self.screens = ScreenPool(self)

    def on_mount(self) -> None:
        snapshot = self._first or self.store.first_snapshot()
        self._first = None
        self.push_screen(MainScreen(snapshot))
        if self.poll:
            self.set_interval(POLL_SECONDS, self.check_for_changes)
        if not self.is_headless and _stdin_is_terminal():
            self.set_interval(TERMINAL_CHECK_SECONDS, self._check_terminal)
            threading.Thread(
                target=_end_on_hangup, args=(sys.__stdin__.fileno(),), name="hangup", daemon=True
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

    def _painted(self) -> None:
        self.first_paint_seconds = time.perf_counter() - STARTED
        self.log(f"first paint after {self.first_paint_seconds:.3f} s")
        self.warm(self.main.model.snapshot)

    def warm(self, snapshot: Snapshot) -> None:
        """Build the search index off the event loop, so the first keystroke finds it ready."""
        self.run_worker(
            lambda: self._build_index(snapshot), thread=True, group="warm", exclusive=True
        )

    def _build_index(self, snapshot: Snapshot) -> None:
        large = MainScreen.is_large(snapshot)
        # The words saved for these records (beside a file of 8 MB or more: by `bilat
        # import`, or an earlier session): a word is answered at once (they need the ids of
        # projects and agreements only).
        saved = self.store.load_saved_words(snapshot)
        if saved:
            self.call_from_thread(self._index_ready, snapshot)
            self._wait_for_repaint()
            # Brought up to date with the journal: saved as it is now, for the next session.
            self._save_words(snapshot)
        if not snapshot.all_read:
            # A large file's first screen shows before its claims and sources are laid out.
            snapshot.finish_reading()
            self.call_from_thread(self._all_read, snapshot)
        # Then qualifiers and the sector tree (seconds at 100,000 projects).
        snapshot.index.build(text=False)
        self.call_from_thread(self._index_ready, snapshot)
        if large:
            self.call_from_thread(self._counts_ready, snapshot, sector_counts(snapshot))
        if not saved:
            snapshot.index.build()
            self._save_words(snapshot)  # for the next session (a file of 8 MB or more)
        if self.store.checking:
            # A large file's first screen was painted before its records were checked:
            # decode each once; a damaged one stops the explorer with its name (as it does
            # if a screen or the indexing above reads it first).
            try:
                self.store.snapshot()
            except BilatError as exc:
                self.call_from_thread(self._unreadable, exc)
                return
        if large:
            self._warm_sort_keys(snapshot)
            snapshot.references  # noqa: B018 - for deletes and the details of sectors and orgs
        # The snapshot lives as long as the screen shows it: keep the collector off it,
        # or every collection walks millions of objects (pauses of 100 ms and more).
        gc.freeze()
        self.call_from_thread(self._index_ready, snapshot)

    def _save_words(self, snapshot: Snapshot) -> None:
        """Save the word index for the next session (from the indexing thread); if something
        that is not bilat's stands where it goes beside the database, say so, once."""
        warned = self.store.words_warning
        self.store.save_words(snapshot)
        warning = self.store.words_warning
        if warning and warning != warned:
            self.call_from_thread(
                self.notify,
                printable(warning),
                title="Search index",
                severity="warning",
                markup=False,
            )

    def _wait_for_repaint(self) -> None:
        """Let the screen show what was just applied (a filter that waited for the words)
        before the next step, whose long calls into the decoder hold the interpreter."""
        painted = threading.Event()
        self.call_from_thread(self.call_after_refresh, painted.set)
        painted.wait(0.5)

    def _warm_sort_keys(self, snapshot: Snapshot) -> None:
        """The sort keys of the first column (names, titles: what `s` sorts by first), each
        record read once: seconds at 100,000 projects, which that first sort would otherwise
        spend with the screen frozen. (Every column's would take ~80 MB more.)"""
        model = self.main.model
        for kind in TABLE_KINDS:
            if model.snapshot is not snapshot:
                return  # a change came: the rows are others now
            for row in model.every_row(kind):
                row.sort_key(0)

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
    def check_for_changes(self) -> None:
        try:
            # Compare with what the screens show, not with the store's cache: whatever read
            # the store since the last poll (a form, the palette, a detail) refreshed that
            # cache, and a colleague's change would never be shown.
            shown = self.main.model.snapshot
            if self.store.backend.version() == shown.version:
                return
            if self._reloading:
                return
            if self._large():
                # Decoding a large file takes a while: do it in a thread, show it when done.
                self._reloading = True
                self.run_worker(self._load_in_thread, thread=True, group="reload")
                return
            if self.store.snapshot() is not shown:
                self.reload()
        except BilatError as exc:
            self.notify(str(exc), severity="error", timeout=8)

    def _large(self) -> bool:
        # The backend's measure: the location names the database for people (a URL, say).
        size = self.store.backend.size()
        return size is not None and size > LARGE_FILE_BYTES

    def _load_in_thread(self) -> None:
        try:
            snapshot = self.store.snapshot()
            snapshot.index.build(text=False)
            # Words carried over from the last snapshot, or saved for this state, or built
            # (after a colleague's compaction, say) and saved for the next session.
            self.store.prepare_words(snapshot)
        except BilatError as exc:
            self.call_from_thread(self.notify, str(exc), severity="error", timeout=8)
        else:
            self.call_from_thread(self.reload)
        finally:
            self._reloading = False

    def reload(self, *, warm: bool = True) -> None:
        """Show the database as it is now on every open screen, keeping places; and index it
        in the background unless ``warm`` is False (the caller's thread does it)."""
        snapshot = self.store.current()
        self.main.load(snapshot)
        for screen in self.screen_stack:
            if isinstance(screen, DetailScreen):
                screen.load(snapshot)
        if warm and "index" not in snapshot.__dict__:
            self.warm(snapshot)

    def record_deleted(self, record_id: str) -> None:
        """Close detail screens of a record that is gone."""
        while isinstance(self.screen, DetailScreen) and self.screen.record_id == record_id:
            self.pop_screen()

    def action_undo(self) -> None:
        self.editor.undo()

    def action_redo(self) -> None:
        self.editor.redo()

    # -- navigation ---------------------------------------------------------------
    def open_record(self, record_id: str, action: str = "open") -> None:
        snapshot = self.store.current()
        if snapshot.find(record_id) is None:
            self.notify(f"No record {record_id} (deleted?)", severity="warning")
            return
        if not self.links_ready(snapshot):
            # A large file's claims are grouped by record in the background for a few
            # seconds after it opens: wait for them in a thread, not with the screen frozen.
            self.notify("Gathering the claims of every record…", timeout=3)
            self.run_worker(
                lambda: self._open_when_ready(snapshot, record_id, action),
                thread=True,
                group="open",
                exclusive=True,
            )
            return
        if action == "source":
            if not sources_for(snapshot, record_id):
                self.notify("No claim of this record cites a source yet.", severity="warning")
                return
            self.push_screen(self.screens.screen(SourceScreen, snapshot, record_id))
        else:
            self.push_screen(self.screens.screen(DetailScreen, snapshot, record_id))

    @staticmethod
    def links_ready(snapshot: Snapshot) -> bool:
        """True if a record's claims and links can be read at once (on a large file they
        are gathered in the background; asking for them meanwhile would wait for that)."""
        return snapshot.links_ready or not MainScreen.is_large(snapshot)

    def _open_when_ready(self, snapshot: Snapshot, record_id: str, action: str) -> None:
        snapshot.prepare_links()
        self.call_from_thread(self.open_record, record_id, action)

    def on_open_record(self, message: OpenRecord) -> None:
        self.open_record(message.record_id, message.action)

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(self.help_sections()))

    @staticmethod
    def help_sections() -> list[tuple[str, type]]:
        return [
            ("Everywhere", BilatApp),
            ("Main screen", MainScreen),
            ("Filter box", FilterInput),
            ("Sectors", SectorTree),
            ("Projects and agreements tables", RecordTable),
            ("Detail", DetailView),
            ("Detail screen", DetailScreen),
            ("Forms", RecordForm),
            ("Evidence", EvidenceScreen),
            ("Quote selection", QuotePicker),
            ("Delete dialog", ConfirmDeleteScreen),
            ("Conflict dialog", ConflictScreen),
            ("Source view", SourceScreen),
        ]

    # -- export -------------------------------------------------------------------
    def action_export_view(self) -> None:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        self.push_screen(
            ExportScreen(f"bilat-view-{stamp}.json", self.export_view),
            callback=lambda path: path and self.notify(f"Exported the view to {path}"),
        )

    def export_view(self, path: Path) -> None:
        """Write the records the tables show now (JSON export format, or CSV)."""
        main = self.main
        snapshot = main.model.snapshot
        ids = {
            kind: [row.record_id for row in main.query_one(f"#{kind}", RecordTable).rows]
            for kind in ("projects", "agreements")
        }
        if not path.parent.exists():
            raise BilatError(f"folder {path.parent} does not exist")
        if path.suffix.lower() == ".csv":
            payload = _csv(snapshot, ids).encode("utf-8")
        else:
            payload = dump_bundle(
                build_bundle(
                    {
                        kind: [snapshot.get(i) for i in record_ids]
                        for kind, record_ids in ids.items()
                    }
                )
            )
        write_atomically(path, payload, what="export")


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
    try:
        return os.isatty(sys.__stdin__.fileno())
    except (AttributeError, ValueError, OSError):
        return False


def _csv(snapshot: Snapshot, ids: dict[str, list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for kind, record_ids in ids.items():
        columns = COLUMNS[kind]
        writer.writerow([kind])
        writer.writerow(["Id", *(c.title for c in columns)])
        for record_id in record_ids:
            record = snapshot.get(record_id)
            writer.writerow([record_id, *(c.cell(snapshot, record) for c in columns)])
        writer.writerow([])
    return out.getvalue()
