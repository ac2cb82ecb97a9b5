"""The collector's policy once a large database is warmed up (``bilat.engine.collector``):
full passes wait for the user to pause, one per pause, never while a screen is made or
work runs with the collector paused; and however long the user works without a pause,
what waits for a full pass stays bounded."""

from __future__ import annotations

import gc
import weakref
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import msgspec
import pytest

from bilat.engine.collector import (
    CEILING_PASSES,
    IDLE_AFTER,
    IDLE_PASSES,
    collect_automatically,
    collect_when_idle,
    collector_paused,
    held,
    tick,
)


class Knot:
    """A reference cycle: freed by a collector pass only."""

    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def idle_policy() -> Iterator[None]:
    before = gc.get_threshold()
    gc.collect()
    collect_when_idle()
    try:
        yield
    finally:
        collect_automatically()
        assert gc.get_threshold() == before


def _old_garbage() -> weakref.ref[Knot]:
    """A cycle that lived long enough to reach the oldest generation, then let go: only a
    full pass frees it."""
    knot = Knot()
    gc.collect(1)  # promoted to the oldest generation, alive
    gone = weakref.ref(knot)
    del knot
    for _ in range(IDLE_PASSES):  # passes over the young generations do not free it
        gc.collect(1)
    assert gone() is not None
    return gone


def test_a_full_pass_once_the_user_pauses_and_one_per_pause(idle_policy: None) -> None:
    assert gc.get_threshold()[2] == CEILING_PASSES
    gone = _old_garbage()
    assert not tick(0.0)  # at work: no full pass
    assert not tick(IDLE_AFTER / 2)
    assert gone() is not None
    assert tick(IDLE_AFTER)  # a pause
    assert gone() is None

    again = _old_garbage()
    assert not tick(IDLE_AFTER * 3)  # the same pause: one pass is enough
    assert again() is not None
    assert not tick(0.1)  # a key
    assert tick(IDLE_AFTER)  # the next pause
    assert again() is None


def test_no_idle_pass_before_python_would_run_one(idle_policy: None) -> None:
    gc.collect()
    for _ in range(IDLE_PASSES - 1):
        gc.collect(1)
    assert not tick(IDLE_AFTER)


def test_no_pass_while_a_screen_is_made_or_work_pauses_the_collector(idle_policy: None) -> None:
    gone = _old_garbage()
    release = held()
    assert not tick(IDLE_AFTER)
    release()
    assert gone() is not None
    assert tick(IDLE_AFTER * 2)  # made: the pause goes on, and gets its pass
    assert gone() is None

    assert not tick(0.0)
    with collector_paused():
        for _ in range(IDLE_PASSES):  # (the paused work's own objects, promoted)
            gc.collect(1)
        assert not tick(IDLE_AFTER)


def test_the_automatic_collector_stays_on_for_the_young_generations(idle_policy: None) -> None:
    assert gc.isenabled()
    release = held()
    assert not gc.isenabled()
    release()
    assert gc.isenabled()


def test_without_a_pause_what_waits_for_a_full_pass_stays_bounded(idle_policy: None) -> None:
    """Cycles that live through the young passes, then die: only full passes free them.
    The user never pauses; the ceiling runs the full passes."""
    gc.collect()
    base = len(gc.get_objects())
    full_before = gc.get_stats()[2]["collections"]
    alive: deque[Knot] = deque(maxlen=10_000)  # each lives through ~10,000 newer ones
    most = 0
    for n in range(1_000_000):
        alive.append(Knot())
        if n % 100_000 == 0:
            tick(0.0)
            most = max(most, len(gc.get_objects()) - base)
    # Unbounded, a million dead knots would wait (Python alone: some 250,000).
    assert most < 500_000, most
    assert gc.get_stats()[2]["collections"] > full_before


def test_a_write_patches_the_snapshot_with_the_collector_paused(
    seeded_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The patch after a write copies lists and dictionaries of every record: no collector
    pass walks them in the middle (each pass over them as long as the patch), and what it
    made is kept off the passes after it; the collector is on again after."""
    from bilat.engine import Session
    from bilat.store import Snapshot

    session = Session.open(seeded_path)
    store = session.store
    before = store.snapshot()
    record = before.get(next(iter(before.projects)))
    collecting: list[bool] = []
    patched = Snapshot.patched

    def watched(self: Snapshot, *args: Any, **kwargs: Any) -> Snapshot:
        collecting.append(gc.isenabled())
        return patched(self, *args, **kwargs)

    monkeypatch.setattr(Snapshot, "patched", watched)
    frozen = gc.get_freeze_count()
    assert gc.isenabled()
    try:
        store.upsert(msgspec.structs.replace(record, notes="patched"), expected_rev=record.rev)
        assert collecting == [False]
        assert gc.isenabled()
        assert gc.get_freeze_count() > frozen
    finally:
        gc.unfreeze()
    assert store.snapshot().get(record.id).notes == "patched"
