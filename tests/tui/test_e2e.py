"""The installed `bilat` in a real pseudo-terminal: start, filter, read the screen, quit.

Two ways to drive it: pexpect reads the raw bytes the app writes (under several
TERM settings and NO_COLOR), and tmux renders them into a screen we can read
back line by line (skipped where tmux is not installed).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.dbfiles import database_bytes

pexpect = pytest.importorskip("pexpect")

BILAT = Path(sys.executable).parent / "bilat"
ROWS, COLUMNS = 30, 100
TIMEOUT = 30


def clean_environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    """os.environ without anything that would point bilat or Textual elsewhere."""
    dropped = {"BILAT_DB", "XDG_DATA_HOME", "COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR"}
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in dropped and not key.startswith("TEXTUAL")
    }
    env["HOME"] = str(tmp_path / "home")
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg")
    env.update(extra)
    return env


@pytest.fixture
def initialised_db(tmp_path: Path) -> Path:
    """`bilat --db tmp/db.json init`: the seeds, loaded by the installed command."""
    if not BILAT.exists():
        pytest.skip(f"the console script {BILAT} is not installed")
    (tmp_path / "home").mkdir()
    db = tmp_path / "db.json"
    done = subprocess.run(
        [str(BILAT), "--db", str(db), "init"],
        env=clean_environment(tmp_path, NO_COLOR="1"),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert db.exists()
    return db


@pytest.mark.parametrize(
    "terminal",
    [
        {"TERM": "xterm-256color"},
        {"TERM": "xterm", "NO_COLOR": "1"},
        {"TERM": "linux"},
    ],
    ids=["xterm-256color", "xterm-NO_COLOR", "linux"],
)
def test_bilat_in_a_pseudo_terminal(
    initialised_db: Path, tmp_path: Path, terminal: dict[str, str]
) -> None:
    before = database_bytes(initialised_db)
    child = pexpect.spawn(
        str(BILAT),
        ["--db", str(initialised_db)],
        env=clean_environment(tmp_path, **terminal),
        cwd=str(tmp_path),
        dimensions=(ROWS, COLUMNS),
        timeout=TIMEOUT,
    )
    try:
        expect_all(child, ["Projects (3)", "Agreements (4)", "Ecological (decarbo"])
        child.send("/")
        time.sleep(0.2)
        child.send("temouchent")
        # The titles and the filter's count change as the box applies the text
        # (in whatever order the app repaints them).
        expect_all(child, ["Projects (1 of 3)", "1 of 7 shown", "No agreements match this filter."])
        child.send("\r")  # leave the box, keeping the filter
        time.sleep(0.3)
        child.send("q")
        child.expect(pexpect.EOF)
        output = child.before
    finally:
        child.close(force=True)
    assert child.exitstatus == 0, output[-2000:]
    # Textual restored the terminal: it left the alternate screen on the way out.
    assert b"\x1b[?1049l" in output
    # Reading never writes the database.
    assert database_bytes(initialised_db) == before


def test_bilat_leaves_when_its_terminal_is_gone(initialised_db: Path, tmp_path: Path) -> None:
    """A dropped SSH connection or a killed tmux server closes the terminal; when no SIGHUP
    reaches the app (here it is ignored, as under `nohup` or `make run`), it must still
    leave rather than spin on a terminal that reads as end of file."""
    child = pexpect.spawn(
        "sh",
        ["-c", f"trap '' HUP; exec {BILAT} --db {initialised_db}"],
        env=clean_environment(tmp_path, TERM="xterm"),
        cwd=str(tmp_path),
        dimensions=(ROWS, COLUMNS),
        timeout=TIMEOUT,
    )
    try:
        expect_all(child, ["Projects (3)"])
        os.close(child.child_fd)  # the terminal goes away; nothing is sent to the app
        child.child_fd = -1
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            pid, status = os.waitpid(child.pid, os.WNOHANG)
            if pid:
                break
            time.sleep(0.1)
        else:
            raise AssertionError("bilat still runs 10 s after its terminal was closed")
    finally:
        with contextlib.suppress(OSError):
            os.kill(child.pid, signal.SIGKILL)
            os.waitpid(child.pid, 0)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 129


def expect_all(child: pexpect.spawn, texts: list[str]) -> None:
    """Read the output until every one of ``texts`` was written, in any order."""
    waiting = [text.encode() for text in texts]
    while waiting:
        index = child.expect_exact(waiting)
        waiting.pop(index)


def tmux(socket: Path, *args: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        ["tmux", "-S", str(socket), *args],
        capture_output=True,
        text=True,
        timeout=30,
        env=env,
        check=True,
    )
    return done.stdout


def wait_for(read: Callable[[], str], wanted: str, timeout: float = TIMEOUT) -> str:
    deadline = time.monotonic() + timeout
    screen = read()
    while wanted not in screen:
        if time.monotonic() > deadline:
            raise AssertionError(f"{wanted!r} never appeared on screen:\n{screen}")
        time.sleep(0.1)
        screen = read()
    return screen


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_bilat_in_tmux_reads_like_a_screen(initialised_db: Path, tmp_path: Path) -> None:
    socket = tmp_path / "tmux.sock"
    exit_file = tmp_path / "exit-status"
    env = clean_environment(tmp_path, TERM="xterm-256color")
    command = f"'{BILAT}' --db '{initialised_db}'; echo $? > '{exit_file}'"
    tmux(
        socket,
        "new-session",
        "-d",
        "-s",
        "bilat",
        "-x",
        str(COLUMNS),
        "-y",
        str(ROWS),
        command,
        env=env,
    )
    try:

        def screen() -> str:
            return tmux(socket, "capture-pane", "-p", "-t", "bilat")

        shown = wait_for(screen, "Agreements (4)")
        lines = shown.splitlines()
        assert len(lines) <= ROWS
        assert "bilat.json" not in lines[0]  # the real path of this test's database
        assert str(initialised_db) in lines[0]
        assert "3 projects" in lines[0]  # what the long temporary path leaves room for
        assert any("Ecological (decarbo" in line for line in lines)
        assert any("First anticancer" in line for line in lines)
        tmux(socket, "send-keys", "-t", "bilat", "/")
        tmux(socket, "send-keys", "-t", "bilat", "-l", "temouchent")
        shown = wait_for(screen, "Projects (1 of 3)")
        shown = wait_for(screen, "No agreements match this filter.")
        assert "temouchent" in shown
        assert "Ecological (decarbo" in shown
        assert "First anticancer" not in shown
        assert "1 of 7 shown" in shown
        # Enter leaves the box; then the keys are the table's: enter opens the detail
        # (its own screen at 100 columns), escape comes back, q quits.
        tmux(socket, "send-keys", "-t", "bilat", "Enter")
        time.sleep(0.3)
        tmux(socket, "send-keys", "-t", "bilat", "Enter")
        wait_for(screen, "Countries: DZ, RU")
        shown = wait_for(screen, "esc Back")  # the footer has the detail screen's keys
        assert "─ prj-dz-ain-temouchent-aluminium-complex ─" in shown
        tmux(socket, "send-keys", "-t", "bilat", "Escape")
        wait_for(screen, "Projects (1 of 3)")
        tmux(socket, "send-keys", "-t", "bilat", "q")
        deadline = time.monotonic() + TIMEOUT
        while not exit_file.exists() or not exit_file.read_text().strip():
            assert time.monotonic() < deadline, "bilat did not quit"
            time.sleep(0.1)
        assert exit_file.read_text().strip() == "0"
    finally:
        subprocess.run(["tmux", "-S", str(socket), "kill-server"], capture_output=True, check=False)
