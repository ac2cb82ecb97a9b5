"""Live updates: a connection of its own that LISTENs, and wakes the explorer.

Every write notifies channel ``bilat`` at commit with its schema's name; the listener
keeps one connection waiting for those of its own schema and calls ``changed`` from
its thread, at most once per burst of notifications. If the connection drops (the
server restarted, an administrator ended it) it connects again, and calls ``changed``
once it is back: what was committed meanwhile is read then, nothing is missed — the
notification only says "look", the versions say what changed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any

import psycopg

from ..errors import BilatError
from .connect import connect

CHANNEL = "bilat"
# Seconds between two attempts to connect again; and how long one wait lasts, so that
# stopping never waits longer.
RETRY_SECONDS = 1.0
WAIT_SECONDS = 0.5


class Listener:
    """A context: listening from ``__enter__`` until ``__exit__``."""

    def __init__(self, url: str, location: str, changed: Callable[[], None]) -> None:
        self._url = url
        self._location = location
        self._changed = changed
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="bilat-listen", daemon=True)
        self._schema = ""

    def __enter__(self) -> None:
        self._thread.start()  # connecting is the thread's: the caller never waits for it

    def wait_listening(self, timeout: float) -> bool:
        """True once the listener's connection is listening (for tests and the bench)."""
        return self._ready.wait(timeout)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        lost = False
        while not self._stop.is_set():
            try:
                conn = connect(self._url, self._location, autocommit=True)
            except BilatError:
                self._stop.wait(RETRY_SECONDS)
                continue
            try:
                self._listen(conn, caught_up=lost)
            except psycopg.Error:
                lost = True
                self._ready.clear()
                self._stop.wait(RETRY_SECONDS)
            finally:
                conn.close()

    def _listen(self, conn: psycopg.Connection[Any], *, caught_up: bool) -> None:
        row = conn.execute("SELECT current_schema()").fetchone()
        self._schema = str(row[0]) if row else ""
        conn.execute(f"LISTEN {CHANNEL}")
        self._ready.set()
        if caught_up:
            self._changed()  # what was written while the connection was down
        while not self._stop.is_set():
            for note in conn.notifies(timeout=WAIT_SECONDS, stop_after=1):
                if note.payload.partition(" ")[0] == self._schema:
                    self._changed()
