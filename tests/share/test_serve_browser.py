"""``bilat serve`` in a real browser: Debian's Chromium (``make chromium``) driven by
playwright, which never downloads a browser of its own here.

The explorer draws on a canvas (xterm.js), which has no text to read; what it was sent
is read instead, from the page's own socket: the frames the browser received after the
filter was typed into the page must hold the row that filter keeps."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import WebSocket, sync_playwright

from ..conftest import BILAT, RunBilat, clean_env

CHROMIUM = "/usr/bin/chromium"
# The start of its name: a narrow column cuts the rest.
PLANTS = "First antic"
WAIT = 60.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def served(seeded_path: Path, tmp_path: Path) -> Iterator[str]:
    """A running ``bilat serve`` on the seeds: its URL (read from what it prints)."""
    port = free_port()
    server = subprocess.Popen(
        [str(BILAT), "--db", str(seeded_path), "serve", "--port", str(port)],
        env=clean_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        found = re.search(r"(http://127\.0\.0\.1:\d+/\S+/)", line)
        assert found, f"bilat serve said {line!r}"
        yield found.group(1)
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_a_filter_typed_in_the_browser_shows_its_row(served: str) -> None:
    received: list[str] = []

    def listen(ws: WebSocket) -> None:
        def frame(payload: str | bytes) -> None:
            data = payload if isinstance(payload, bytes) else payload.encode()
            received.append(data.decode("utf-8", "replace"))

        ws.on("framereceived", frame)

    def wait_for(text: str, since: int) -> bool:
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            if text in "".join(received[since:]):
                return True
            page.wait_for_timeout(200)
        return False

    args = ["--no-sandbox"] if os.geteuid() == 0 else []
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=args, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1920, "height": 1080})
            page.on("websocket", listen)
            page.goto(served)
            assert wait_for("Projects", 0), "the explorer never drew its tables"
            assert wait_for("Ecological (decarb", 0)
            page.click("#terminal")
            page.keyboard.press("/")
            typed_at = len(received)
            page.keyboard.type("sector:pharma", delay=30)
            assert wait_for(PLANTS, typed_at), "the filtered row never reached the browser"
            assert wait_for("Projects (1 of 3)", typed_at)
        finally:
            browser.close()


def test_the_page_needs_the_token(served: str) -> None:
    import urllib.error
    import urllib.request

    with urllib.request.urlopen(served, timeout=30) as page:
        assert page.status == 200
    bare = re.sub(r"/[^/]+/$", "/", served)
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(bare, timeout=30)
    assert refused.value.code == 404


def test_another_host_needs_allow_remote(run_bilat: RunBilat, seeded_path: Path) -> None:
    done = run_bilat("serve", "--host", "0.0.0.0", db=seeded_path)
    assert done.returncode == 2 and "--allow-remote" in done.stderr


def test_a_port_taken_is_one_line_and_no_url(run_bilat: RunBilat, seeded_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = run_bilat("serve", "--port", str(port), db=seeded_path)
    assert done.returncode == 2 and "choose another with --port" in done.stderr
    assert "http://" not in done.stdout and len(done.stderr.splitlines()) == 1
