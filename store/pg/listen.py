"""Live updates: a connection of its own that LISTENs, and wakes the explorer.

Every write notifies channel ``bilat`` at commit with its schema's name and the version
it made; the listener keeps one connection waiting for those of its own schema, tells
its tracker (the backend, whose ``version`` then needs no round trip: the explorer asks
it on its own thread) and calls ``changed`` from its thread. If the connection drops (the
server restarted, an administrator ended it) it connects again, and calls ``changed``
once it is back: what was committed meanwhile is read then, nothing is missed — the
notification only says "look", the versions say what changed.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any, Protocol

import psycopg

from ..errors import BilatError
from .connect import connect

CHANNEL = "bilat"
# Seconds between two attempts to connect again; and how long one wait lasts, so that
# stopping never waits longer.
RETRY_SECONDS = 1.0
WAIT_SECONDS = 0.5
# Seconds after which the listener reads the version again on its connection, whatever it
# heard: a connection lost without a word (a network cut) is found out then, and the
# backend asks the server again meanwhile.
CHECK_SECONDS = 10.0
# libpq's settings for the listener's connection: a dead peer is noticed in seconds.
KEEPALIVES = {
    "keepalives": 1,
    "keepalives_idle": 5,
    "keepalives_interval": 2,
    "keepalives_count": 3,
    "tcp_user_timeout": 10_000,
}


class Tracker(Protocol):
    """Who follows the versions the listener hears of (the backend: what ``version`` then
    answers without asking the server)."""

    def listening(self, conn: psycopg.Connection[Any]) -> None:
        """The connection listens now: what was committed before is read on it."""

    def heard(self, payload: str) -> None:
        """A write to this schema committed; ``payload`` is what it said after the schema."""

    def lost(self) -> None:
        """Not listening any more: nothing heard can be trusted to be the latest."""


class Listener:
    """A context: listening from ``__enter__`` until ``__exit__``."""

    def __init__(
        self,
        url: str,
        location: str,
        changed: Callable[[], None],
        tracker: Tracker | None = None,
    ) -> None:
        self._url = url
        self._location = location
        self._changed = changed
        self._tracker = tracker
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
        if self._tracker is not None:
            self._tracker.lost()

    def _run(self) -> None:
        lost = False
        while not self._stop.is_set():
            try:
                conn = connect(self._url, self._location, autocommit=True, **KEEPALIVES)
            except BilatError:
                self._stop.wait(RETRY_SECONDS)
                continue
            try:
                self._listen(conn, caught_up=lost)
            except psycopg.Error:
                lost = True
                self._ready.clear()
                if self._tracker is not None:
                    self._tracker.lost()
                self._stop.wait(RETRY_SECONDS)
            finally:
                conn.close()

    def _listen(self, conn: psycopg.Connection[Any], *, caught_up: bool) -> None:
        # Named for administrators (pg_stat_activity): the application's name, then ours.
        row = conn.execute(
            "SELECT current_schema(), set_config('application_name', "
            "left(current_setting('application_name') || ' (bilat listener)', 63), false)"
        ).fetchone()
        self._schema = str(row[0]) if row else ""
        conn.execute(f"LISTEN {CHANNEL}")
        if self._tracker is not None:
            self._tracker.listening(conn)  # after LISTEN: no write falls in between
        self._ready.set()
        if caught_up:
            self._changed()  # what was written while the connection was down
        checked = time.monotonic()
        while not self._stop.is_set():
            if self._tracker is not None and time.monotonic() - checked > CHECK_SECONDS:
                self._tracker.listening(conn)  # a connection gone quiet is found out here
                checked = time.monotonic()
            for note in conn.notifies(timeout=WAIT_SECONDS, stop_after=1):
                schema, _, said = note.payload.partition(" ")
                if schema == self._schema:
                    if self._tracker is not None:
                        self._tracker.heard(said)
                    self._changed()
