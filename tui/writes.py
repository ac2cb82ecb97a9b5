"""The explorer's writes: one at a time, each in a worker thread, through the undo history.

A write fsyncs, and now and then folds the journal into a new file, which on a large
database takes long enough to freeze the screen: so none runs on the event loop. The
screen keeps answering meanwhile; an edit key pressed before the write is done says to
wait, and the write's outcome (a refresh, a message, a dialog) is shown from the event
loop when it is. A read-only database makes every edit key explain why it does nothing.
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Callable
from functools import partial
from typing import TypeVar

from bilat.store import BilatError, Store
from bilat.store.history import History

from .explorer import Explorer

T = TypeVar("T")


class Writes:
    """The write queue of one explorer, shared by its editing flows (``tui.editing``,
    ``tui.sourcing``): one history, so one undo for every kind of change."""

    def __init__(self, app: Explorer) -> None:
        self.app = app
        self.history = History(app.store)
        self._writing = False  # a write is running in a worker thread
        # Writes asked for while one ran (a form saved over a palette's undo): next in turn.
        self._waiting: deque[Callable[[], None]] = deque()

    @property
    def store(self) -> Store:
        return self.app.store

    def writable(self) -> bool:
        """True if the database may be written; else the user is told why not."""
        if self.store.readonly:
            self.app.notify(
                f"read-only database {self.store.location} (file or folder permissions, "
                "or a server role that may only read): nothing can be changed here. Ask "
                "its owner for write access, or work on a copy with --db.",
                severity="warning",
                timeout=6,
            )
            return False
        return True

    def can_start(self) -> bool:
        """True if an edit may begin: the database is writable and no write is running."""
        return self.writable() and not self.busy()

    def busy(self) -> bool:
        """True while a write runs: edits wait for it (and say so)."""
        if self._writing:
            self.app.notify("Saving… try again in a moment.", severity="warning", timeout=2)
        return self._writing

    def error(self, exc: BilatError) -> None:
        self.app.notify(str(exc), severity="error", timeout=8)

    def run(
        self,
        write: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[BilatError], None],
    ) -> None:
        """Run ``write`` in a worker thread; then ``done`` with what it returned, or
        ``failed`` with the error the store refused it with, on the event loop.

        One write at a time: the history is not shared between threads, and a write
        based on what the screen showed before the last one ended would conflict
        with it. One asked for meanwhile waits for its turn."""
        if self._writing:
            self._waiting.append(partial(self.run, write, done, failed))
            return
        self._writing = True

        def work() -> None:
            try:
                # The snapshot patched by the write lives on: no collector pass over it
                # meanwhile (it would hold the interpreter, so the screen), nor after.
                with self.app.session.making():
                    result = write()
                    with contextlib.suppress(BilatError):  # reload says it, on the loop
                        self.app.prepare_reload()
            except BilatError as exc:
                self.app.call_from_thread(failed, exc)
            else:
                self.app.call_from_thread(done, result)
            finally:
                self.app.call_from_thread(self._written)

        self.app.run_worker(work, thread=True, group="write")

    def _written(self) -> None:
        self._writing = False
        if self._waiting:
            self._waiting.popleft()()
