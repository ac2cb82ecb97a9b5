"""A worker thread that reads the file record by record gives the event loop its turns.

CPython hands the interpreter to a waiting thread only after a switch interval in which
the holder kept it; a thread that blocks on a read per record lets it go and takes it
back at once, each time, so the event loop's turn may not come for many frames. A short
sleep every few milliseconds of such work gives it that turn.

That is not enough while the loop is busy (a key's filter, a screen's layout): the
interpreter is shared in turns of a switch interval, so each worker busy beside the loop
makes the loop's work take as long again (one worker: twice as long; two: three times).
So while workers take turns the loop beats (``watch``: a call every ``BEAT_SECONDS`` on
it), and a worker that finds the last beat older than ``LAG_SECONDS`` (the loop is at
work, or waiting for the interpreter) sleeps until it beats again: the loop's work is done
at its own speed, the workers' resumes right after.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

# Work this long, then sleep this long (in a worker thread only: never on the loop).
TURN_SECONDS = 0.02
PAUSE_SECONDS = 0.002
# The loop's beat while workers take turns, and how late it may be before they wait for it.
BEAT_SECONDS = 0.004
LAG_SECONDS = 0.008
# The longest a worker waits for a beat at once (a loop that stopped, or a long call on it
# that holds the interpreter anyway): then it works one more item.
WAIT_SECONDS = 0.1


class _Beat:
    """The event loop's beat, while any worker takes turns (one per process: the app's)."""

    def __init__(self) -> None:
        self.loop: asyncio.AbstractEventLoop | None = None
        self.last = 0.0
        self.takers = 0
        self.beating = False
        self.lock = threading.Lock()

    def beat(self) -> None:
        """On the loop: it had its turn; again in a moment while workers take turns."""
        self.last = time.monotonic()
        with self.lock:
            loop = self.loop
            if self.takers and loop is not None:
                loop.call_later(BEAT_SECONDS, self.beat)
            else:
                self.beating = False

    def enter(self) -> None:
        with self.lock:
            self.takers += 1
            loop = self.loop
            if loop is None or self.beating:
                return
            self.beating = True
            self.last = time.monotonic()
        try:
            loop.call_soon_threadsafe(self.beat)
        except RuntimeError:  # the loop closed meanwhile: nothing to wait for
            with self.lock:
                self.beating = False
                if self.loop is loop:
                    self.loop = None

    def leave(self) -> None:
        with self.lock:
            self.takers -= 1

    def wait_for_loop(self) -> None:
        """If the loop is late for its beat (busy), wait until it beats (a worker only)."""
        loop = self.loop
        if loop is None or time.monotonic() - self.last <= LAG_SECONDS or loop.is_closed():
            return
        waited = time.monotonic()
        while time.monotonic() - self.last > LAG_SECONDS and self.loop is loop:
            time.sleep(PAUSE_SECONDS)
            if time.monotonic() - waited > WAIT_SECONDS:
                return


_beat = _Beat()


def watch(loop: asyncio.AbstractEventLoop | None) -> None:
    """Workers taking turns wait while ``loop`` (the app's event loop) is busy; None: they
    no longer look (the app closed)."""
    with _beat.lock:
        _beat.loop = loop
        _beat.beating = False


def taking_turns(items: Iterable[T], *, every: int = 8) -> Iterator[T]:
    """``items`` as they are, with a pause for the event loop every ``TURN_SECONDS`` of
    the caller's work between them (the clock read once every ``every`` items: fewer
    for items that take long), and a wait whenever the watched loop is busy (``watch``)."""
    _beat.enter()
    try:
        turn = time.monotonic()
        for at, item in enumerate(items):
            yield item
            _beat.wait_for_loop()
            if at % every == 0 and time.monotonic() - turn > TURN_SECONDS:
                time.sleep(PAUSE_SECONDS)
                turn = time.monotonic()
    finally:
        _beat.leave()
