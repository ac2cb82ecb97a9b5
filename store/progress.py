"""How far long work got: imports, exports, indexing, each saying it to a callback.

The data layer only counts: ``progress(done, total)`` (``total`` None while it is not
known), called every so many records, never per record (a call per record would cost
as much as the work at 100,000 of them). Who listens draws it: Rich's bar on a terminal,
a bar in the explorer, nothing when piped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

Progress = Callable[[int, int | None], None]
T = TypeVar("T")
# Records between two calls.
STEP = 2000


def counted(
    items: Iterable[T], progress: Progress | None, total: int | None, *, start: int = 0
) -> Iterator[T]:
    """``items``, telling ``progress`` how many went by (from ``start``) every ``STEP``
    and at the end."""
    if progress is None:
        yield from items
        return
    done = start
    for item in items:
        yield item
        done += 1
        if done % STEP == 0:
            progress(done, total)
    progress(done, total)


class Counter:
    """A count told to ``progress`` every ``STEP``: for work that is not a loop of its own
    (records encoded as a backend asks for them)."""

    def __init__(self, progress: Progress | None, total: int | None) -> None:
        self.progress = progress
        self.total = total
        self.done = 0

    def add(self) -> None:
        self.done += 1
        if self.progress is not None and self.done % STEP == 0:
            self.progress(self.done, self.total)

    def finish(self) -> None:
        if self.progress is not None:
            self.progress(self.done, self.total)
