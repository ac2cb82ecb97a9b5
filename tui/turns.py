"""A worker thread that reads the file record by record gives the event loop its turns.

CPython hands the interpreter to a waiting thread only after a switch interval in which
the holder kept it; a thread that blocks on a read per record lets it go and takes it
back at once, each time, so the event loop's turn may not come for many frames. A short
sleep every few milliseconds of such work gives it that turn.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

# Work this long, then sleep this long (in a worker thread only: never on the loop).
TURN_SECONDS = 0.02
PAUSE_SECONDS = 0.002


def taking_turns(items: Iterable[T], *, every: int = 8) -> Iterator[T]:
    """``items`` as they are, with a pause for the event loop every ``TURN_SECONDS`` of
    the caller's work between them (the clock read once every ``every`` items: fewer
    for items that take long)."""
    turn = time.monotonic()
    for at, item in enumerate(items):
        yield item
        if at % every == 0 and time.monotonic() - turn > TURN_SECONDS:
            time.sleep(PAUSE_SECONDS)
            turn = time.monotonic()
