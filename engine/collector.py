"""The garbage collector's policy while databases are decoded: a process-wide choice, made
here and not in the data layer.

Decoding a large file allocates millions of objects and none of them is garbage: a
collection pass in the middle would only walk them all, several times. They live as
long as the snapshot, so afterwards they are moved out of the collector's young
generations (``gc.freeze``), or its next pass walks every one of them, a pause the
explorer shows as a frozen screen.

A freeze takes every object the collector holds, garbage included, and garbage frozen is
never freed. So a freeze first collects the young generations (the garbage made since
the last pass: a few thousand objects to walk), and a closed screen, a tangle of
reference cycles older than that, is named here (``closed``): while it is still held, a
freeze collects every generation first.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from weakref import WeakSet

_held = 0
_was_enabled = False
# Closed screens not freed yet: garbage a collector pass frees, which a freeze would keep.
_pending: WeakSet[object] = WeakSet()


def closed(thing: object) -> None:
    """``thing`` (a screen closed for good) is garbage now, held only by its own cycles:
    no freeze may keep it."""
    _pending.add(thing)


def _freed() -> None:
    """Free the garbage a freeze would keep: the young generations', and a closed screen's
    (a pass over all that is not frozen yet: that screen's tangle and little else)."""
    gc.collect(2 if _pending else 1)


def _freeze() -> None:
    """Freeze what lives now, after freeing the garbage."""
    _freed()
    gc.freeze()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Decode without the cyclic collector, then keep it off what was decoded."""
    collecting = gc.isenabled()
    gc.disable()
    _freed()  # before the work, which makes too many objects for a pass to walk after
    try:
        yield
        if _pending:  # closed meanwhile: a pass over all the work made, but no leak
            gc.collect()
        gc.freeze()
    finally:
        if collecting:
            gc.enable()


def settle() -> None:
    """What was just made (a patched snapshot's tables and indexes, copies of dictionaries
    and lists of every record) lives on: keep the collector's passes off it."""
    _freeze()


def held() -> Callable[[], None]:
    """Keep the cyclic collector off until the returned function is called (once; holds
    nest). For a screen being made: a pass in the middle, over every object the program
    holds, would delay its first paint by more than its making; the pass comes after it,
    as it would have."""
    global _held, _was_enabled
    if _held == 0:
        _was_enabled = gc.isenabled()
        gc.disable()
    _held += 1
    released = False

    def release() -> None:
        global _held
        nonlocal released
        if released:
            return
        released = True
        _held -= 1
        if _held == 0 and _was_enabled:
            gc.enable()

    return release
