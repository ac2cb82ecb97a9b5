"""The garbage collector's policy: a process-wide choice, made here and not in the data
layer.

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

Once a large database is warmed up, the explorer asks for the full passes in idle time
(``collect_when_idle``). A full pass walks whatever is not frozen (the widgets made since
the last freeze, what a screen keeps, and every item of its large lists: see
bench/README.md), and it holds the interpreter, so the screen, whichever thread runs
it. Python's own schedule (a full pass after every tenth pass over the middle
generation) lands it on a keystroke. So from then on:

- the young passes stay as they are: automatic, each walks the few thousand objects made
  since the last one, and frees most cyclic garbage;
- the full pass waits for the user to pause: the explorer calls ``tick`` a few times a
  second with the time since the last input, and after ``IDLE_AFTER`` without any it
  runs one once Python would be about to (``IDLE_PASSES`` middle passes since the last
  full one, its own threshold: never more full passes than its schedule, each as long);
  one per pause; never while a screen is being made or work runs with the collector
  paused (their objects are walked by nothing until they are frozen);
- the ceiling: after ``CEILING_PASSES`` middle-generation passes without a full one,
  Python runs it on its own schedule again (its threshold for the oldest generation).
  A middle pass promotes at most the objects its generation holds, about 7,000 (ten
  young passes' worth, Python's thresholds), so at most some 200,000 objects (a few
  tens of megabytes) wait for a full pass, however long the user types without a
  pause (Python also waits until they are a quarter of what the last full pass kept).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from weakref import WeakSet

# Seconds without input after which the idle pass runs.
IDLE_AFTER = 1.0
# Passes over the middle generation since the last full one, after which the next pause
# gets a full pass (Python's own threshold).
IDLE_PASSES = 10
# Passes over the middle generation without a full one, after which Python runs it anyway
# (its threshold for the oldest generation; its own is 10).
CEILING_PASSES = 30

_held = 0
_was_enabled = False
# Closed screens not freed yet: garbage a collector pass frees, which a freeze would keep.
_pending: WeakSet[object] = WeakSet()
# Full passes in idle time (``collect_when_idle``); Python's thresholds before that; work
# running with the collector paused.
_idle_only = False
_thresholds = gc.get_threshold()
_paused = 0
# The idle pass ran in this pause of the user's: the next waits for input, then a pause.
_passed_in_pause = False


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
    global _paused
    collecting = gc.isenabled()
    gc.disable()
    _paused += 1
    try:
        _freed()  # before the work, which makes too many objects for a pass to walk after
        yield
        if _pending:  # closed meanwhile: a pass over all the work made, but no leak
            gc.collect()
        gc.freeze()
    finally:
        _paused -= 1
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


def collect_when_idle() -> None:
    """From now on, full passes come in idle time (``tick``), or at the ceiling."""
    global _idle_only, _thresholds, _passed_in_pause
    if _idle_only:
        return
    _idle_only = True
    _passed_in_pause = False
    _thresholds = gc.get_threshold()
    gc.set_threshold(_thresholds[0], _thresholds[1], CEILING_PASSES)


def collect_automatically() -> None:
    """Back to Python's own schedule (the screen is gone; tests)."""
    global _idle_only
    if _idle_only:
        _idle_only = False
        gc.set_threshold(*_thresholds)


def collecting_when_idle() -> bool:
    return _idle_only


def tick(idle_for: float) -> bool:
    """A full pass now if one is due: after ``IDLE_AFTER`` seconds without input
    (``idle_for``), after ``IDLE_PASSES`` middle passes since the last full one, and
    neither a screen's making (``held``) nor work with the collector paused is under
    way. True if it ran."""
    global _passed_in_pause
    if idle_for < IDLE_AFTER:
        _passed_in_pause = False  # the user is at work: the next pause gets a pass
        return False
    if not _idle_only or _passed_in_pause or _held or _paused:
        return False
    if gc.get_count()[2] < IDLE_PASSES and not _pending:
        return False  # Python would not run one yet, and no screen was closed
    gc.collect()
    _passed_in_pause = True
    return True
