"""What ``bench/run.py`` shares with the probes it starts: paths, timed processes, in-app timing.

The in-app measures (filter, sort, detail, save...) run in child processes, one per group,
started as ``python bench/run.py --probe NAME --db FILE --runs R --result OUT.json``: a probe
that hangs or eats the machine is killed at its deadline and only its own cells read "timeout".

Timing inside a Textual app: ``Pilot.press``/``Pilot.pause`` wait for the process to look idle,
which costs them 20 ms or more each, as much as the targets being measured. So the probes do not
time the pilot; they wrap ``App._display`` (called once per compositor update, after the screen
was rendered) and report the time from the key press to the *last* repaint it caused. In
headless mode Textual skips encoding the update for the terminal; the wrapper does that work
too (``render_segments``), so the figure includes what a real terminal would be sent.
"""

from __future__ import annotations

import asyncio
import bisect
import contextlib
import csv
import itertools
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import orjson

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
DATA = BENCH / "data"
VENV_BIN = ROOT / ".venv" / "bin"
SIZE = (120, 40)  # columns, lines: every screen of the benchmark

# The six columns of the plain DataTable baseline, from `bilat list projects --format csv`.
DATATABLE_COLUMNS = ("Name", "Sectors", "Where", "Status", "Key date", "Jobs")


def venv_tool(name: str) -> Path | None:
    """A console script of the project's virtualenv (or of the running interpreter's)."""
    for folder in (VENV_BIN, Path(sys.executable).parent):
        candidate = folder / name
        if candidate.exists():
            return candidate
    found = shutil.which(name)
    return Path(found) if found else None


def python() -> str:
    candidate = VENV_BIN / "python"
    return str(candidate) if candidate.exists() else sys.executable


def bench_env(db: Path, home: Path) -> dict[str, str]:
    """The environment of every process the benchmark starts: never the user's database."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TEXTUAL")}
    # As installed: warm-up runs leave compiled modules behind for the measured ones.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for name in ("config", "data", "cache", "state"):
        (home / name).mkdir(parents=True, exist_ok=True)
    env.update(
        BILAT_DB=str(db),
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        TERM="xterm-256color",
        COLUMNS=str(SIZE[0]),
        LINES=str(SIZE[1]),
        PYTHONUNBUFFERED="1",
    )
    return env


# -- results --------------------------------------------------------------------------------


@dataclass
class Cell:
    """One figure of the table: the runs' values (seconds or bytes), or why there are none."""

    values: list[float] = field(default_factory=list)
    unit: str = "s"  # "s" or "B"
    error: str | None = None
    note: str | None = None
    first: list[float] = field(default_factory=list)  # in-app: to the first repaint

    @property
    def ok(self) -> bool:
        return bool(self.values) and self.error is None

    @property
    def median(self) -> float | None:
        return statistics.median(self.values) if self.values else None

    @property
    def worst(self) -> float | None:
        return max(self.values) if self.values else None

    def to_json(self) -> dict[str, Any]:
        return {
            "values": self.values,
            "unit": self.unit,
            "error": self.error,
            "note": self.note,
            "first": self.first,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Cell:
        return cls(
            [float(v) for v in data.get("values", [])],
            data.get("unit", "s"),
            data.get("error"),
            data.get("note"),
            [float(v) for v in data.get("first", [])],
        )

    def text(self) -> str:
        if not self.values:
            return self.error or "n/a"
        med = self.median
        assert med is not None
        if len(self.values) == 1:
            shown = fmt(med, self.unit)
        else:
            spread = fmt_range(min(self.values), max(self.values), self.unit)
            shown = f"{fmt(med, self.unit)} ({spread})"
        if self.error:
            shown += f" [{self.error}]"
        return shown


def fmt(value: float, unit: str) -> str:
    if unit == "B":
        if value >= 1e9:
            return f"{value / 1e9:.2f} GB"
        if value >= 1e6:
            return f"{value / 1e6:.0f} MB" if value >= 1e8 else f"{value / 1e6:.1f} MB"
        return f"{value / 1e3:.0f} kB"
    if value >= 1:
        return f"{value:.2f} s"
    ms = value * 1000
    return f"{ms:.0f} ms" if ms >= 10 else f"{ms:.1f} ms"


def fmt_range(low: float, high: float, unit: str) -> str:
    """``min–max`` in the unit of the smaller value's magnitude, e.g. ``12–40 ms``."""
    if unit == "s" and high < 1:
        return f"{_num(low * 1000)}–{_num(high * 1000)}"
    if unit == "s":
        return f"{low:.2f}–{high:.2f}"
    return f"{fmt(low, unit)}–{fmt(high, unit)}"


def _num(ms: float) -> str:
    return f"{ms:.0f}" if ms >= 10 else f"{ms:.1f}"


# -- processes --------------------------------------------------------------------------------


class Timeout(Exception):
    pass


@dataclass
class Finished:
    seconds: float
    returncode: int
    max_rss: int  # bytes, from wait4's rusage


def run_timed(
    cmd: Sequence[str],
    *,
    env: dict[str, str],
    timeout: float,
    cwd: Path | None = None,
    stdout: Any = subprocess.DEVNULL,
    stderr: Any = subprocess.PIPE,
) -> tuple[Finished, bytes]:
    """Run ``cmd``; wall time from just before the fork to its exit, and its peak RSS.

    Raises Timeout (after killing its whole process group) if it runs longer than ``timeout``.
    """
    err_file = None
    if stderr is subprocess.PIPE:
        # A pipe nobody reads can fill and block the child; a file never does.
        err_file = tempfile.TemporaryFile()  # noqa: SIM115
        stderr = err_file
    start = time.perf_counter()
    proc = subprocess.Popen(
        list(cmd),
        env=env,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=stdout,
        stderr=stderr,
        start_new_session=True,
    )
    deadline = start + timeout
    try:
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                seconds = time.perf_counter() - start
                proc.returncode = os.waitstatus_to_exitcode(status)
                break
            if time.perf_counter() > deadline:
                kill_group(proc)
                raise Timeout(f"timeout (>{timeout:.0f} s)")
            time.sleep(0.0005 if time.perf_counter() - start < 2 else 0.01)
    finally:
        if proc.returncode is None:
            kill_group(proc)
    tail = b""
    if err_file is not None:
        err_file.seek(0)
        tail = err_file.read()[-2000:]
        err_file.close()
    return Finished(seconds, proc.returncode, usage.ru_maxrss * 1024), tail


def kill_group(proc: subprocess.Popen[Any]) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=10)


def vm_hwm(pid: int) -> int | None:
    """Peak resident set size of a live process, in bytes (VmHWM of /proc/PID/status)."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def last_line(blob: bytes) -> str:
    lines = [ln for ln in blob.decode("utf-8", "replace").splitlines() if ln.strip()]
    return lines[-1][:160] if lines else ""


# -- the probes: measures inside one process ------------------------------------------------------

Results = dict[str, Cell]


class Paints:
    """Timestamps of every screen update an app sends to its terminal (see the module doc)."""

    def __init__(self, app: Any) -> None:
        self.times: list[float] = []
        original = app._display

        def display(screen: Any, renderable: Any) -> None:
            original(screen, renderable)
            if renderable is None:
                return
            if app.is_headless and hasattr(renderable, "render_segments"):
                renderable.render_segments(app.console)  # what a terminal would be sent
            self.times.append(time.perf_counter())

        app._display = display


async def settle(pilot: Any, paints: Paints, timeout: float = 120.0) -> None:
    """Wait until the app is idle: no worker running and a whole pause without repainting."""
    from textual.worker import WorkerState

    app = pilot.app
    deadline = time.perf_counter() + timeout
    while True:
        painted = len(paints.times)
        await pilot.pause()
        while any(w.state in (WorkerState.PENDING, WorkerState.RUNNING) for w in app.workers):
            if time.perf_counter() > deadline:
                raise Timeout("workers still running")
            await asyncio.sleep(0.002)
        await pilot.pause()
        if len(paints.times) == painted:
            return
        if time.perf_counter() > deadline:
            raise Timeout("still repainting")


async def to_last_paint(
    pilot: Any, paints: Paints, action: Callable[[], Awaitable[Any]], cell: Cell
) -> float:
    """Time ``action`` to the last repaint it caused; into ``cell`` (and to the first repaint).

    With no repaint at all (nothing changed on screen) it counts the time to idle.
    """
    painted = len(paints.times)
    start = time.perf_counter()
    await action()
    await settle(pilot, paints)
    if len(paints.times) > painted:
        seconds = paints.times[-1] - start
        cell.first.append(paints.times[painted] - start)
    else:
        seconds = time.perf_counter() - start
    cell.values.append(seconds)
    return seconds


async def quiet(pilot: Any, paints: Paints) -> None:
    """Back to a still screen: no toast left to disappear in the middle of the next measure."""
    pilot.app.clear_notifications()
    await settle(pilot, paints)


def _app_for(db: Path) -> tuple[Any, Paints]:
    from bilat.store import Store
    from bilat.tui.app import BilatApp

    app = BilatApp(Store.open(db), poll=False)
    return app, Paints(app)


async def _started(pilot: Any, paints: Paints) -> None:
    from textual.widgets import Input

    await settle(pilot, paints)
    for box in pilot.app.screen.query(Input):
        box.cursor_blink = False  # a blinking cursor repaints twice a second
    await settle(pilot, paints)


async def probe_filter(db: Path, runs: int) -> Results:
    """Keystroke to repaint in the filter box: a word letter by letter, a qualifier, clearing."""
    from textual.widgets import Input

    from bilat.store import saved_words
    from bilat.tui.widgets.record_table import RecordTable

    word, qualifier = "oran", "status:approved"
    # A cache folder of its own, empty: the word index is the one beside the file.
    os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="bilat-bench-cache-")
    keys = ("filter_early", "filter_early_unindexed", "filter_word", "filter_qualifier")
    cells = {k: Cell() for k in (*keys, "filter_clear")}
    counts: dict[str, int] = {}
    # The file without its word index (copied alone): the session builds it in the
    # background, then saves it beside the file again for the sessions below.
    beside = saved_words.beside(str(db))
    indexed = beside.exists()  # not below 8 MB: there the index is made in well under a second
    beside.unlink(missing_ok=True)
    app, paints = _app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await _first_letter(app, pilot, paints, word[0], cells["filter_early_unindexed"])
        await app.workers.wait_for_complete()  # the word index saved
    if indexed and not beside.exists():
        raise RuntimeError("the session did not save the word index beside the file")
    if not indexed:
        cells["filter_early"].note = "no word index saved: the file is under 8 MB"
    app, paints = _app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        # First the letter a user types as soon as the rows show, while the app may still
        # be busy in the background (once per process, so a single figure).
        await _first_letter(app, pilot, paints, word[0], cells["filter_early"])
        await pilot.press("ctrl+u", "escape")
        await _started(pilot, paints)
        table = app.main.query_one("#projects", RecordTable)
        total = table.row_count
        await pilot.press("slash")
        await settle(pilot, paints)
        box = app.focused
        if not isinstance(box, Input):
            raise RuntimeError(f"/ focused {box!r}, not the filter box")
        for _ in range(runs):
            for ch in word:
                await to_last_paint(pilot, paints, partial(pilot.press, ch), cells["filter_word"])
            counts[word] = table.row_count

            async def set_qualifier() -> None:
                box.value = qualifier

            await to_last_paint(pilot, paints, set_qualifier, cells["filter_qualifier"])
            counts[qualifier] = table.row_count
            clear = partial(pilot.press, "ctrl+u")
            await to_last_paint(pilot, paints, clear, cells["filter_clear"])
            counts["cleared"] = table.row_count
    cells["filter_word"].note = f"'{word}' → {counts.get(word)} of {total} projects"
    cells["filter_qualifier"].note = f"{qualifier} → {counts.get(qualifier)} of {total}"
    if counts.get("cleared") != total:
        cells["filter_clear"].error = f"cleared shows {counts.get('cleared')} of {total}"
    if counts.get(word) == total:
        cells["filter_word"].error = "the filter did not narrow the table"
    return cells


async def _first_letter(app: Any, pilot: Any, paints: Paints, letter: str, cell: Cell) -> None:
    """``letter`` typed in the filter box as soon as the first rows are painted."""
    from textual.widgets import Input

    from bilat.tui.screens.main import MainScreen

    deadline = time.perf_counter() + 600
    while not (paints.times and isinstance(app.screen, MainScreen)):
        if time.perf_counter() > deadline:
            raise Timeout("no first paint")
        await asyncio.sleep(0.001)
    for box in app.screen.query(Input):
        box.cursor_blink = False
    main = app.main
    main.set_focus(main.query_one(Input))
    # Until the rows that match are painted: later repaints (the claims read, the sector
    # counts) are not waited for, unlike ``to_last_paint``.
    answered: list[float] = []
    refresh = main.refresh_tables

    def refresh_and_note() -> None:
        refresh()
        if letter in main.model.filter.text and not main.filter_pending:
            answered.append(time.perf_counter())

    main.refresh_tables = refresh_and_note
    start = time.perf_counter()
    await pilot.press(letter)
    while not answered:
        if time.perf_counter() - start > 600:
            raise Timeout("the letter was never answered")
        await asyncio.sleep(0.001)
    while not paints.times or paints.times[-1] < answered[0]:
        await asyncio.sleep(0.001)
    main.refresh_tables = refresh
    cell.values.append(min(t for t in paints.times if t >= answered[0]) - start)
    await settle(pilot, paints)


async def probe_sort(db: Path, runs: int) -> Results:
    """``s`` on the projects table, sorting by its first column (Name); unsorted in between."""
    from bilat.tui.widgets.record_table import RecordTable

    app, paints = _app_for(db)
    cell = Cell()
    async with app.run_test(size=SIZE) as pilot:
        await _started(pilot, paints)
        table = app.main.query_one("#projects", RecordTable)
        table.focus()
        await settle(pilot, paints)
        for _ in range(runs):
            table.sort_by(None)
            await quiet(pilot, paints)
            await to_last_paint(pilot, paints, lambda: pilot.press("s"), cell)
            if table.sort_column != 0:
                cell.error = f"s sorted by column {table.sort_column}"
    cell.note = f"by Name, {table.row_count} rows; 1st sort {fmt(cell.values[0], 's')}"
    return {"sort": cell}


async def probe_open(db: Path, runs: int) -> Results:
    """enter on the projects table (detail screen), then o on it (source view); e on it
    (the edit form)."""
    from bilat.tui.screens.detail import DetailScreen
    from bilat.tui.screens.forms import RecordForm
    from bilat.tui.screens.source import SourceScreen
    from bilat.tui.widgets.record_table import RecordTable

    app, paints = _app_for(db)
    cells = {"detail": Cell(), "source": Cell(), "form": Cell()}
    async with app.run_test(size=SIZE) as pilot:
        await _started(pilot, paints)
        table = app.main.query_one("#projects", RecordTable)
        table.focus()
        for run in range(runs):
            table.cursor_row = run  # another record each time
            await quiet(pilot, paints)
            await to_last_paint(pilot, paints, lambda: pilot.press("enter"), cells["detail"])
            if not isinstance(app.screen, DetailScreen):
                cells["detail"].values.pop()
                cells["detail"].error = f"enter opened {type(app.screen).__name__}"
                break
            await to_last_paint(pilot, paints, lambda: pilot.press("o"), cells["source"])
            if isinstance(app.screen, SourceScreen):
                await pilot.press("escape")
                await settle(pilot, paints)
            else:
                cells["source"].values.pop()
                cells["source"].error = f"o opened {type(app.screen).__name__}"
            await pilot.press("escape")
            await settle(pilot, paints)
        whole = Cell()
        for run in range(runs):
            table.cursor_row = run
            await quiet(pilot, paints)
            await to_last_paint(pilot, paints, partial(_open_form, pilot), whole)
            if not isinstance(app.screen, RecordForm):
                cells["form"].error = f"e opened {type(app.screen).__name__}"
                break
            await pilot.press("escape")
            await settle(pilot, paints)
        # Opened: painted with its first fields, the cursor in the first (the others
        # follow one per screen update, see RecordForm.FIELDS_AT_ONCE).
        cells["form"].values = whole.first
        if whole.values:
            cells["form"].note = f"every field in after {fmt(statistics.median(whole.values), 's')}"
    return cells


async def _open_form(pilot: Any) -> None:
    await pilot.press("e")
    for box in pilot.app.screen.query("Input, TextArea"):
        box.cursor_blink = False  # a blinking cursor repaints twice a second


def _rss() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024.0
    return 0.0


def _edited(record: Any, run: int) -> Any:
    import msgspec

    return msgspec.structs.replace(record, notes=f"bench edit {run} at {time.time():.6f}")


async def probe_save_app(db: Path, runs: int, record_id: str) -> Results:
    """A save through the app, as the form's save does, with a 5 ms ticker watching the loop."""
    app, paints = _app_for(db)
    wall, blocked, idle = Cell(), Cell(), Cell()
    ticks: list[float] = []
    rss: list[float] = []

    def longest_gap(start: float, end: float) -> float:
        gaps = [b - a for a, b in itertools.pairwise(ticks) if b >= start and a <= end]
        return max(gaps, default=end - start)

    async with app.run_test(size=SIZE) as pilot:
        await _started(pilot, paints)
        app.set_interval(0.005, lambda: ticks.append(time.perf_counter()))
        await asyncio.sleep(0.1)
        start = time.perf_counter()
        await asyncio.sleep(0.5)
        idle.values.append(longest_gap(start, time.perf_counter()))
        editor = app.editor
        for run in range(runs):
            await quiet(pilot, paints)
            await asyncio.sleep(0.05)
            record = app.store.snapshot().get(record_id)
            edited = _edited(record, run)
            start = time.perf_counter()
            if hasattr(editor, "_save"):
                app.call_later(editor._save, edited, record.rev)
            else:

                def save(edited: Any = edited, rev: int = record.rev) -> None:
                    editor.history.save(edited, expected_rev=rev)
                    app.reload()

                app.call_later(save)
            deadline = start + 120
            while True:  # until the main screen shows the written revision
                shown = app.main.model.snapshot.find(record_id)
                if shown is not None and shown.rev > record.rev:
                    break
                if time.perf_counter() > deadline:
                    raise Timeout("the save never showed")
                await asyncio.sleep(0.001)
            done = time.perf_counter()
            wall.values.append(done - start)
            await asyncio.sleep(0.05)
            blocked.values.append(longest_gap(start, done))
            rss.append(_rss())
    blocked.note = f"5 ms ticker; idle app's longest gap {fmt(idle.values[0], 's')}"
    wall.note = "RSS after each save: " + ", ".join(fmt(v, "B") for v in rss)
    return {"save_app": wall, "save_blocked": blocked, "ticker_idle": idle}


# The stall probe's steps: the key of each one's row, and the step.
STALL_STEPS = (
    ("stall_start", "start and warm-up"),
    ("stall_word", "a word, letter by letter"),
    ("stall_clear", "clear the filter"),
    ("stall_qualifier", "a qualifier"),
    ("stall_sort", "sort"),
    ("stall_open", "open a record and close it"),
    ("stall_form", "open the edit form"),
    ("stall_type", "type in it"),
    ("stall_save", "save it (F10)"),
    ("stall_undo", "undo it"),
)
# A gap the program was busy in: the process's CPU time over it (every thread's) at least
# this share of it. Less, and the machine held it (other programs, the VM's host): the
# sampler thread of the trace starves in such gaps as well.
BUSY_SHARE = 0.5


def busy_key(key: str) -> str:
    """The row of the longest gap the program was busy in, beside the raw one of ``key``."""
    return f"{key}_busy"


def longest_gaps(
    ticks: Sequence[tuple[float, float]], start: float, end: float
) -> tuple[float, float]:
    """The longest gap between two ``ticks`` (wall time, process CPU time) that overlaps
    ``start``..``end``, and the longest of those the program was busy in (``BUSY_SHARE``).
    Only the ticks near the span are read: the probe asks after each step, on the loop the
    ticker ticks on, and a walk over the whole session's ticks would be a gap of its own."""
    first = max(0, bisect.bisect_left(ticks, (start, -1.0)) - 1)
    last = bisect.bisect_right(ticks, (end, float("inf"))) + 1
    raw = busy = 0.0
    for (a, cpu_a), (b, cpu_b) in itertools.pairwise(ticks[first:last]):
        if b <= start or a > end:
            continue
        gap = b - a
        raw = max(raw, gap)
        if cpu_b - cpu_a >= BUSY_SHARE * gap:
            busy = max(busy, gap)
    return raw, busy


def rows_shown(app: Any) -> bool:
    """True once the main screen's projects table holds rows (the screen being painted
    then shows them)."""
    try:
        return bool(app.main.query_one("#projects").rows)
    except Exception:  # no main screen yet, or not composed
        return False


async def probe_stall(db: Path, runs: int) -> Results:
    """The longest stall of the event loop through a scripted session, from the start: a 5 ms
    ticker on the loop, and the keys of an analyst's minute — a word typed letter by letter
    and cleared, a qualifier, a sort, a record opened and closed, an edit saved, undone.
    What holds the loop (a write on it, a decode in a thread holding the interpreter) shows
    as a gap between ticks. A save the form refuses (a field it cannot read back) is noted,
    and the edit discarded."""
    from textual.widgets import Input

    tracer = None
    if os.environ.get("BENCH_STALL_TRACE"):  # where each stall was spent (stall_trace.py)
        from stall_trace import StallTracer

        tracer = StallTracer()
        tracer.start()
    app, paints = _app_for(db)
    ticks: list[tuple[float, float]] = []  # (wall, process CPU) at each tick
    first_rows: list[float] = []  # when the first paint showing rows was sent
    painted = app._display

    def display(screen: Any, renderable: Any) -> None:
        painted(screen, renderable)
        if not first_rows and renderable is not None and rows_shown(app):
            tick()  # the gaps of the start are counted from here (``longest_gaps``)
            first_rows.append(ticks[-1][0])

    app._display = display
    steps: dict[str, Cell] = {}
    busy: dict[str, Cell] = {}  # per step, the longest gap the program was busy in
    spans: list[tuple[str, float, float]] = []
    whole, whole_busy = Cell(), Cell()
    refusals: list[str] = []

    def tick() -> None:
        ticks.append((time.perf_counter(), time.process_time()))

    def measured(name: str, start: float) -> None:
        end = time.perf_counter()
        spans.append((name, start, end))
        raw, own = longest_gaps(ticks, start, end)
        steps.setdefault(name, Cell()).values.append(raw)
        busy.setdefault(name, Cell()).values.append(own)

    def steady() -> None:
        """No blinking cursor on the screen shown (a form's boxes): it repaints twice a
        second, and settling waits for a pause without a repaint."""
        for box in app.screen.query("Input, TextArea"):
            box.cursor_blink = False  # type: ignore[attr-defined]

    async def step(name: str, keys: Sequence[str], until: Callable[[], bool] | None = None) -> None:
        start = time.perf_counter()
        for key in keys:
            await pilot.press(key)
        steady()
        deadline = start + 120
        while until is not None and not until():
            if time.perf_counter() > deadline:
                raise Timeout(f"{name}: never done")
            await asyncio.sleep(0.002)
        await settle(pilot, paints)
        measured(name, start)

    async def ticker() -> None:
        while True:
            tick()
            await asyncio.sleep(0.005)

    # The ticker ticks from before the app starts, and once more as the first rows are
    # painted: the start's gaps are counted from those rows on (before them the app starts
    # and lays out its first screen: the start's time, which the race measures).
    started = time.perf_counter()
    ticking = asyncio.get_running_loop().create_task(ticker())
    async with contextlib.AsyncExitStack() as stack:
        stack.callback(ticking.cancel)
        pilot = await stack.enter_async_context(app.run_test(size=SIZE))
        deadline = started + 120
        while not first_rows:
            if time.perf_counter() > deadline:
                raise Timeout("no rows painted")
            await asyncio.sleep(0.002)
        shown = first_rows[0]
        await settle(pilot, paints)  # the first screen, then the warm-up in the background
        measured("start and warm-up", shown)
        before, _ = longest_gaps(ticks, started, shown)
        for box in app.screen.query(Input):
            box.cursor_blink = False
        for _ in range(runs):
            await step("a word, letter by letter", ["slash", "o", "r", "a", "n"])
            await step("clear the filter", ["ctrl+u", "escape"])
            await step("a qualifier", ["slash", *"status:approved", "escape"])
            await step("clear the filter", ["slash", "ctrl+u", "escape"])
            await step("sort", ["s"])
            await step("open a record and close it", ["enter", "escape"])
            record_id = app.main.query_one("#projects").current_id  # type: ignore[attr-defined]
            rev = app.session.current().get(record_id).rev

            def written(times: int, record_id: str = record_id, rev: int = rev) -> bool:
                return bool(app.session.current().get(record_id).rev >= rev + times)

            def refused(record_id: str = record_id) -> str | None:
                """What the form says if it refused to save (a field it cannot read)."""
                for error in app.screen.query(".-invalid .field-error"):
                    return f"{record_id}: {error.content}"  # type: ignore[attr-defined]
                return None

            def saved_or_refused(
                written: Callable[[int], bool] = written,
                refused: Callable[[], str | None] = refused,
            ) -> bool:
                return written(1) or refused() is not None

            await step("open the edit form", ["e"])
            await step("type in it", ["end", "space", "x"])
            await step("save it (F10)", ["f10"], until=saved_or_refused)
            why = refused()
            if why is not None:  # the form stays open: leave it, discarding the edit
                refusals.append(why)
                await pilot.press("escape", "y")
                await settle(pilot, paints)
                continue
            await step("undo it", ["u"], until=partial(written, 2))
        raw, own = longest_gaps(ticks, shown, time.perf_counter())
        whole.values.append(raw)
        whole_busy.values.append(own)
    if tracer is not None:
        tracer.stop()
        report = tracer.report([wall for wall, _ in ticks], spans)
        Path(os.environ["BENCH_STALL_TRACE"]).write_text(report + "\n")
    over = [f"{name} {fmt(max(cell.values), 's')}" for name, cell in steps.items()]
    whole.note = (
        f"5 ms ticker from the app's start, gaps counted from the first rows painted "
        f"({fmt(shown - started, 's')} after it; the longest gap before them "
        f"{fmt(before, 's')}); longest per step: " + ", ".join(over)
    )
    busiest = [f"{name} {fmt(max(cell.values), 's')}" for name, cell in busy.items()]
    whole_busy.note = f"process CPU ≥ {BUSY_SHARE:.0%} of the gap; per step: " + ", ".join(busiest)
    if refusals:
        whole.note += "; the form refused to save (then discarded): " + "; ".join(refusals)
    cells = {"stall": whole, busy_key("stall"): whole_busy}
    for key, name in STALL_STEPS:
        cells[key] = steps.get(name) or Cell(error="not run")
        cells[busy_key(key)] = busy.get(name) or Cell(error="not run")
    return cells


def probe_upsert(db: Path, runs: int, record_id: str) -> Results:
    """``Store.upsert`` of one record with changed notes: returns once fsynced."""
    from bilat.store import Store

    store = Store.open(db)
    cell = Cell()
    for run in range(runs):
        record = store.snapshot().get(record_id)
        edited = _edited(record, run)
        start = time.perf_counter()
        store.upsert(edited, expected_rev=record.rev)
        cell.values.append(time.perf_counter() - start)
    return {"upsert": cell}


def probe_tinydb(db: Path, runs: int, record_id: str) -> Results:
    """Plain TinyDB (default JSONStorage, which fsyncs): ``table.update`` of one document."""
    from tinydb import TinyDB
    from tinydb.table import Table

    class StrTable(Table):
        document_id_class = str  # type: ignore[assignment]  # the file keys documents by record id

    class PlainTinyDB(TinyDB):
        table_class = StrTable

    cell = Cell()
    database = PlainTinyDB(str(db))
    try:
        table = database.table("projects")
        for run in range(runs):
            start = time.perf_counter()
            table.update({"notes": f"bench edit {run}"}, doc_ids=[record_id])  # type: ignore[list-item]
            cell.values.append(time.perf_counter() - start)
    finally:
        database.close()
    return {"tinydb_update": cell}


def datatable_rows(csv_path: Path) -> list[tuple[str, ...]]:
    with csv_path.open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        index = [header.index(title) for title in DATATABLE_COLUMNS]
        return [tuple(row[i] for i in index) for row in reader]


async def probe_datatable(csv_path: Path) -> Results:
    """A minimal Textual app: DataTable.add_rows of every project, to the first repaint."""
    from textual.app import App, ComposeResult
    from textual.widgets import DataTable

    class Plain(App[None]):
        def compose(self) -> ComposeResult:
            yield DataTable()

    rows = datatable_rows(csv_path)
    app = Plain()
    paints = Paints(app)
    async with app.run_test(size=SIZE) as pilot:
        table = app.query_one(DataTable)
        table.add_columns(*DATATABLE_COLUMNS)
        await settle(pilot, paints)

        async def add() -> None:
            table.add_rows(rows)

        cell = Cell(note=f"{len(rows)} rows × {len(DATATABLE_COLUMNS)}")
        await to_last_paint(pilot, paints, add, cell)
    return {"datatable": cell}


def run_probe(name: str, db: Path, runs: int, record_id: str | None, result: Path) -> int:
    """Entry of a probe process: measure, then write the cells as JSON to ``result``."""
    probes: dict[str, Callable[[], Results]] = {
        "filter": lambda: asyncio.run(probe_filter(db, runs)),
        "sort": lambda: asyncio.run(probe_sort(db, runs)),
        "open": lambda: asyncio.run(probe_open(db, runs)),
        "save_app": lambda: asyncio.run(probe_save_app(db, runs, record_id or "")),
        "stall": lambda: asyncio.run(probe_stall(db, runs)),
        "upsert": lambda: probe_upsert(db, runs, record_id or ""),
        "tinydb": lambda: probe_tinydb(db, runs, record_id or ""),
        "datatable": lambda: asyncio.run(probe_datatable(db)),
    }
    cells = probes[name]()
    result.write_bytes(orjson.dumps({key: cell.to_json() for key, cell in cells.items()}))
    return 0
