"""The race in a real terminal: bilat and VisiData launched the same way in tmux, at 120×30.

Both programs run in sessions of a tmux server of the benchmark's own (its own socket, no
configuration file, no status line, ``TERM=tmux-256color``), started with the benchmark's
environment (``bench_env``: a scratch ``HOME``, ``BILAT_DB`` into ``bench/data``). One
control-mode client (``tmux -C``) sends every command — launching a program, reading its
screen with ``capture-pane -p`` every ``POLL_S``, typing — so that polling every few
milliseconds starts no process and takes little of the CPU the programs need. Each run is
timed from just before its ``new-session`` command is sent until a captured screen shows:

- bilat (``bilat --db FILE``, a fresh cache folder each run): the first project rows, known by
  the name of one of the first projects (as the pty cold start knows them); then ``/`` and a
  word, typed as soon as the rows show, until the projects pane's title reads the word's
  answer, ``Projects (K of N)`` with K from ``bilat list projects --search WORD`` (the same
  query); and the sector tree's counts (a sector reads ``Name  …`` until they are known, then
  ``Name  P·A``);
- VisiData (``vd FILE.csv``, interactive): the status line reading ``N rows`` with no progress
  left (``NN% loading…`` while it reads).

Then, once the program has used no CPU for half a second, its peak RSS (``VmHWM``), and the
session is killed (a hang-up). The two programs take turns, run by run, after one warm-up run
each (not counted) that fills the page cache.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import re
import select
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from common import Cell, fmt, run_timed, vm_hwm

GEOMETRY = (120, 30)  # columns, lines
POLL_S = 0.005  # pause between two captures of the screen
WORD = "oran"  # typed as soon as bilat's rows show
IDLE_WINDOW_S = 0.5
IDLE_CPU_SHARE = 0.25  # of one core: above it the program counts as busy
EXIT_WAIT_S = 10.0


class TmuxError(Exception):
    """tmux refused a command, or its server went away."""


def quote(arg: str) -> str:
    """One argument of a tmux command line: single-quoted, so nothing in it is expanded."""
    if "'" in arg or "\n" in arg:
        raise ValueError(f"cannot pass {arg!r} to tmux")
    return f"'{arg}'"


class Tmux:
    """A tmux server of our own and one control-mode client that sends it commands."""

    def __init__(self, env: dict[str, str], *, tmux: str = "tmux") -> None:
        # A short path: a socket's path must fit in 108 bytes.
        self.folder = Path(tempfile.mkdtemp(prefix="bilat-tmux-"))
        self.socket = self.folder / "socket"
        self.tmux = tmux
        self.env = {k: v for k, v in env.items() if k not in ("TMUX", "TMUX_PANE")}
        # The panes' size is the sessions', and the terminal is tmux's own.
        for name in ("COLUMNS", "LINES", "TERM"):
            self.env.pop(name, None)
        self.client: subprocess.Popen[bytes] | None = None
        self._buffer = b""

    def __enter__(self) -> Tmux:
        self.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def _tmux(self, *args: str) -> list[str]:
        return [self.tmux, "-S", str(self.socket), "-f", os.devnull, *args]

    def start(self) -> None:
        """Start the server with a session that holds it up, and the control client."""
        width, height = GEOMETRY
        keep = ["new-session", "-d", "-s", "keep", "-x", str(width), "-y", str(height)]
        subprocess.run(self._tmux(*keep, "sleep 2147483647"), env=self.env, check=True, timeout=30)
        for option in (
            ("status", "off"),
            ("default-size", f"{width}x{height}"),
            ("default-terminal", "tmux-256color"),
            ("remain-on-exit", "on"),  # a program that ends early leaves its last screen
        ):
            subprocess.run(self._tmux("set", "-g", *option), env=self.env, check=True, timeout=30)
        # (window-size manual would be the natural setting; tmux 3.3a crashes with it as
        # soon as a control client creates a session. The sessions keep their -x/-y size.)
        self.client = subprocess.Popen(
            self._tmux("-C", "attach", "-t", "keep"),
            env=self.env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )

    def close(self) -> None:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            subprocess.run(
                self._tmux("kill-server"),
                env=self.env,
                timeout=30,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        if self.client is not None:
            with contextlib.suppress(OSError):
                if self.client.stdin is not None:
                    self.client.stdin.close()
            try:
                self.client.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.client.kill()
                self.client.wait(timeout=10)
            if self.client.stdout is not None:
                self.client.stdout.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def command(self, *args: str, timeout: float = 30.0) -> list[str]:
        """Send one command; the lines it printed. Raises TmuxError if tmux refused it."""
        client = self.client
        if client is None or client.stdin is None:
            raise TmuxError("tmux is not started")
        try:
            client.stdin.write((" ".join(quote(a) for a in args) + "\n").encode())
            client.stdin.flush()
        except OSError as exc:
            raise TmuxError(f"the tmux server went away ({exc})") from exc
        deadline = time.perf_counter() + timeout
        while True:
            line = self._line(deadline)
            if not line.startswith("%begin "):
                continue  # a notification (%output, %sessions-changed...)
            _, stamp, number, flags = line.split()
            body, refused = [], False
            while True:
                line = self._line(deadline)
                if line.startswith((f"%end {stamp} {number} ", f"%error {stamp} {number} ")):
                    refused = line.startswith("%error")
                    break
                body.append(line)
            if flags != "1":
                continue  # not a command of this client's (its own attach)
            if refused:
                raise TmuxError(f"tmux {' '.join(args[:1])}: {' '.join(body)}")
            return body

    def _line(self, deadline: float) -> str:
        client = self.client
        assert client is not None and client.stdout is not None
        fd = client.stdout.fileno()
        while b"\n" not in self._buffer:
            left = deadline - time.perf_counter()
            if left <= 0:
                raise TmuxError("tmux did not answer")
            ready, _, _ = select.select([fd], [], [], left)
            if not ready:
                continue
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                raise TmuxError("the tmux server went away")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode("utf-8", "replace")

    def launch(self, name: str, argv: Sequence[str], env: dict[str, str]) -> int:
        """A new session ``name`` running ``argv`` (no shell) at GEOMETRY; its process id."""
        width, height = GEOMETRY
        extra = [arg for key, value in env.items() for arg in ("-e", f"{key}={value}")]
        cmd = ["new-session", "-d", "-P", "-F", "#{pane_pid}", "-s", name]
        cmd += ["-x", str(width), "-y", str(height), *extra, *argv]
        return int(self.command(*cmd)[0])

    def screen(self, name: str) -> list[str]:
        return self.command("capture-pane", "-p", "-t", name)

    def size(self, name: str) -> tuple[int, int]:
        shown = self.command("display", "-p", "-t", name, "#{pane_width} #{pane_height}")
        width, height = shown[0].split()
        return int(width), int(height)

    def type(self, name: str, text: str) -> None:
        self.command("send-keys", "-t", name, "-l", text)

    def kill(self, name: str) -> None:
        with contextlib.suppress(TmuxError):
            self.command("kill-session", "-t", name)


# -- what the screens show ------------------------------------------------------------------------


def rows_shown(lines: Sequence[str], marker: str) -> bool:
    """bilat's first project rows are painted: the name of one of the first projects shows."""
    return any(marker in line for line in lines)


def answer_title(count: int, total: int) -> str:
    """The projects pane's title once a filter keeps ``count`` of ``total`` projects."""
    return f"Projects ({count} of {total})"


def word_answered(lines: Sequence[str], count: int, total: int) -> bool:
    title = answer_title(count, total)
    return any(title in line for line in lines)


def sector_lines(lines: Sequence[str]) -> list[str]:
    """The sector tree's lines, inside its frame (``╭─ Sectors ─…─╮`` to ``╰…╯``)."""
    for top, line in enumerate(lines):
        start = line.find("╭─ Sectors")
        if start < 0:
            continue
        end = line.find("╮", start)
        if end < 0:
            return []
        inside = []
        for below in lines[top + 1 :]:
            if below[start : start + 1] != "│":
                break  # the frame's bottom (╰) or the end of the screen
            inside.append(below[start + 1 : end])
        return inside
    return []


# A sector's label with its counts ("Cereals  90·45", maybe clipped by the pane: "Food
# processing  7"); while they are unknown it reads "Cereals  …".
COUNTED = re.compile(r"\S  \d")


def sector_counts_shown(lines: Sequence[str]) -> bool:
    """The sector tree shows its counts: a sector other than All has a number after its name.

    All has its counts from the first screen on; the sectors have "…" until they are known.
    """
    tree = sector_lines(lines)
    return any(COUNTED.search(line) for line in tree if "All  " not in line)


VD_PROGRESS = re.compile(r"\d+%|…")


def vd_loaded(lines: Sequence[str], rows: int) -> bool:
    """VisiData's status line (the last one) reads ``ROWS rows`` with no progress left:
    ``processing…`` or ``NN% loading…`` while it reads the file."""
    status = next((line for line in reversed(lines) if line.strip()), "")
    return re.search(rf"(?<!\d){rows} rows\b", status) is not None and not VD_PROGRESS.search(
        status
    )


# -- one run -------------------------------------------------------------------------------------


@dataclass
class Run:
    """The times of one run, in seconds from launch; None: not seen."""

    shown: float | None = None  # bilat: first rows; VisiData: the full table
    answered: float | None = None  # bilat: the typed word's answer
    counted: float | None = None  # bilat: the sector counts
    rss: int | None = None
    polls: list[float] = field(default_factory=list)  # time between two captures
    error: str | None = None


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except (OSError, IndexError):
        return False


def cpu_seconds(pid: int) -> float | None:
    """CPU time used so far by a process and all its threads (utime + stime)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_idle(pid: int, limit: float) -> bool:
    """Until the process has used no more than a quarter of a core for half a second."""
    start = last_busy = sampled = time.perf_counter()
    before = cpu_seconds(pid)
    while True:
        time.sleep(0.1)
        now = time.perf_counter()
        cpu = cpu_seconds(pid)
        if cpu is None or before is None:
            return False
        if cpu - before > IDLE_CPU_SHARE * (now - sampled):
            last_busy = now
        before, sampled = cpu, now
        if now - last_busy >= IDLE_WINDOW_S:
            return True
        if now - start > limit:
            return False


def watch(
    tmux: Tmux,
    name: str,
    argv: Sequence[str],
    env: dict[str, str],
    timeout: float,
    step: Callable[[list[str], float, Run], bool],
) -> Run:
    """Launch ``argv`` in session ``name``, capture its screen every POLL_S and hand each
    capture to ``step`` (the screen, seconds since launch, the run) until it returns True;
    then, once the program is idle, its peak RSS. The session is killed in the end."""
    run = Run()
    pid = None
    try:
        start = time.perf_counter()
        pid = tmux.launch(name, argv, env)
        last = start
        while True:
            lines = tmux.screen(name)
            now = time.perf_counter()
            run.polls.append(now - last)
            last = now
            if step(lines, now - start, run):
                break
            if not _alive(pid):
                tail = " / ".join(line.strip() for line in lines if line.strip())[-200:]
                run.error = f"exited early: {tail!r}"
                return run
            if now - start > timeout:
                run.error = f"timeout (>{timeout:.0f} s)"
                return run
            time.sleep(POLL_S)
        size = tmux.size(name)
        if size != GEOMETRY:
            run.error = f"the pane was {size[0]}×{size[1]}"
        if not wait_idle(pid, timeout):
            run.error = f"still busy after {timeout:.0f} s"
        run.rss = vm_hwm(pid)
        return run
    finally:
        tmux.kill(name)
        if pid is not None:
            _ended(pid)


def _ended(pid: int) -> None:
    """Wait for the program to end after the hang-up, so that it takes no CPU from the next."""
    deadline = time.perf_counter() + EXIT_WAIT_S
    while _alive(pid):
        if time.perf_counter() > deadline:
            with contextlib.suppress(OSError):
                os.kill(pid, 9)
            break
        time.sleep(0.01)


def run_bilat(
    tmux: Tmux,
    name: str,
    argv: Sequence[str],
    env: dict[str, str],
    timeout: float,
    *,
    marker: str,
    word: str,
    count: int,
    total: int,
) -> Run:
    """bilat: first rows, then the word typed, its answer and the sector counts."""

    def step(lines: list[str], seconds: float, run: Run) -> bool:
        if run.shown is None and rows_shown(lines, marker):
            run.shown = seconds
            tmux.type(name, "/")
            tmux.type(name, word)
        if run.shown is not None and run.answered is None and word_answered(lines, count, total):
            run.answered = seconds
        if run.counted is None and sector_counts_shown(lines):
            run.counted = seconds
        return None not in (run.shown, run.answered, run.counted)

    return watch(tmux, name, argv, env, timeout, step)


def run_vd(
    tmux: Tmux, name: str, argv: Sequence[str], env: dict[str, str], timeout: float, rows: int
) -> Run:
    """VisiData: until its status reads every row, nothing left loading."""

    def step(lines: list[str], seconds: float, run: Run) -> bool:
        if vd_loaded(lines, rows):
            run.shown = seconds
        return run.shown is not None

    return watch(tmux, name, argv, env, timeout, step)


# -- the race -------------------------------------------------------------------------------------


def word_count(bilat: Path, db: Path, word: str, env: dict[str, str], timeout: float) -> int:
    """How many projects the word keeps: ``bilat list projects --search WORD`` (one query for
    the command line and the explorer)."""
    with tempfile.TemporaryFile() as out:
        cmd = [str(bilat), "--db", str(db), "list", "projects", "--search", word]
        done, err = run_timed([*cmd, "--format", "csv"], env=env, timeout=timeout, stdout=out)
        if done.returncode != 0:
            raise RuntimeError(f"bilat list failed: {err.decode(errors='replace')[-200:]}")
        out.seek(0)
        text = io.TextIOWrapper(out, encoding="utf-8", newline="")
        return sum(1 for _ in csv.reader(text)) - 1  # its header


def race(
    *,
    bilat: Path,
    vd: Path | None,
    db: Path,
    csv_path: Path,
    total: int,
    marker: str,
    runs: int,
    env: dict[str, str],
    timeout: float,
    scratch: Path,
    word: str = WORD,
) -> dict[str, Cell]:
    """Both programs in turn, ``runs`` times each after a warm-up run each (not counted)."""
    keys = ("race_bilat", "race_vd", "race_word", "race_counts", "race_rss", "race_vd_rss")
    cells = {key: Cell(unit="B" if key.endswith("rss") else "s") for key in keys}
    if shutil.which("tmux") is None:
        return {key: Cell(error="n/a (no tmux)") for key in keys}
    count = word_count(bilat, db, word, env, timeout)
    polls: list[float] = []
    with Tmux(env) as tmux:
        for run in range(runs + 1):  # run 0 warms the page cache and .pyc files
            cache = scratch / "race-cache"
            shutil.rmtree(cache, ignore_errors=True)
            cache.mkdir(parents=True)
            got = run_bilat(
                tmux,
                f"bilat-{run}",
                [str(bilat), "--db", str(db)],
                {"XDG_CACHE_HOME": str(cache)},
                timeout,
                marker=marker,
                word=word,
                count=count,
                total=total,
            )
            if got.error:
                for key in ("race_bilat", "race_word", "race_counts", "race_rss"):
                    cells[key].error = got.error
            elif run:
                assert got.shown is not None and got.answered is not None
                assert got.counted is not None
                cells["race_bilat"].values.append(got.shown)
                cells["race_word"].values.append(got.answered - got.shown)
                cells["race_counts"].values.append(got.counted)
                if got.rss is not None:
                    cells["race_rss"].values.append(float(got.rss))
                polls += got.polls[1:]
            if vd is None:
                for key in ("race_vd", "race_vd_rss"):
                    cells[key].error = "n/a (pip install visidata)"
            else:
                got = run_vd(tmux, f"vd-{run}", [str(vd), str(csv_path)], {}, timeout, total)
                if got.error:
                    cells["race_vd"].error = cells["race_vd_rss"].error = got.error
                elif run:
                    assert got.shown is not None
                    cells["race_vd"].values.append(got.shown)
                    if got.rss is not None:
                        cells["race_vd_rss"].values.append(float(got.rss))
                    polls += got.polls[1:]
            if cells["race_bilat"].error or (vd is not None and cells["race_vd"].error):
                break
    period = fmt(statistics.median(polls), "s") if polls else "n/a"
    cells["race_bilat"].note = (
        f"until {marker!r} shows; a capture of the screen every {period} (median); "
        "1 warm-up run of each not counted; bilat and VisiData in turn"
    )
    cells["race_word"].note = (
        f"/ then '{word}' typed as the rows show, until the title reads "
        f"'{answer_title(count, total)}'"
    )
    shown = f"'{total} rows', nothing loading"
    cells["race_vd"].note = f"`vd {csv_path.name}` until its status reads {shown}"
    shutil.rmtree(scratch / "race-cache", ignore_errors=True)
    return cells
