"""A worker's long work on every row gives the event loop its turns (``tui/turns.py``), and
the sort made of short sorts is the sort."""

from __future__ import annotations

import asyncio
import random

import pytest

from bilat.tui import turns
from bilat.tui.app import BilatApp
from bilat.tui.turns import taking_turns
from bilat.tui.widgets.record_table import SORT_RUN, sorted_in_steps


def test_taking_turns_yields_everything_and_pauses(monkeypatch: pytest.MonkeyPatch) -> None:
    pauses: list[float] = []
    monkeypatch.setattr(turns.time, "sleep", pauses.append)
    monkeypatch.setattr(turns, "TURN_SECONDS", -1.0)  # every check finds the turn over
    items = list(range(1000))
    assert list(taking_turns(items)) == items
    assert pauses == [turns.PAUSE_SECONDS] * len(range(0, 1000, 8))


def test_slow_items_still_leave_the_loop_its_turn(monkeypatch: pytest.MonkeyPatch) -> None:
    """Items of 5 ms each (a record's marks read from the file): the work between two
    pauses stays near the turn's length, not 64 items' worth."""
    clock = [0.0]
    pauses: list[float] = []
    monkeypatch.setattr(turns.time, "monotonic", lambda: clock[0])
    monkeypatch.setattr(turns.time, "sleep", lambda seconds: pauses.append(clock[0]))
    for _ in taking_turns(range(2000)):
        clock[0] += 0.005
    worked = [b - a for a, b in zip([0.0, *pauses], pauses, strict=False)]
    assert len(pauses) > 100
    assert max(worked) <= turns.TURN_SECONDS + 8 * 0.005 + 1e-9


@pytest.mark.parametrize("reverse", [False, True])
def test_sorted_in_steps_is_a_stable_sort(reverse: bool) -> None:
    rng = random.Random(7)
    rows = [(rng.randrange(50), n) for n in range(SORT_RUN * 3 + 17)]  # many equal keys
    made: list[tuple[int, int]] = []

    def key(row: tuple[int, int]) -> int:
        made.append(row)
        return row[0]

    assert sorted_in_steps(rows, key, reverse) == sorted(rows, key=lambda r: r[0], reverse=reverse)
    assert sorted(made) == sorted(rows)  # each key made once


class _Loop:
    """An event loop's scheduling calls, recorded (the beat runs when the test says)."""

    def __init__(self) -> None:
        self.calls: list[tuple[float, object]] = []

    def call_soon_threadsafe(self, callback: object) -> None:
        self.calls.append((0.0, callback))

    def call_later(self, delay: float, callback: object) -> None:
        self.calls.append((delay, callback))

    def is_closed(self) -> bool:
        return False


def test_a_worker_waits_while_the_loop_is_busy(monkeypatch: pytest.MonkeyPatch) -> None:
    """The loop late for its beat (at work, or waiting for the interpreter): a worker taking
    turns sleeps until it beats again, then goes on; the beat stops with the workers."""
    clock = [100.0]
    slept: list[int] = []
    loop = _Loop()

    def sleep(seconds: float) -> None:
        clock[0] += seconds
        slept.append(done[-1] if done else -1)
        if len(slept) == 3:  # the loop's work is over: it beats
            turns._beat.beat()

    monkeypatch.setattr(turns.time, "monotonic", lambda: clock[0])
    monkeypatch.setattr(turns.time, "sleep", sleep)
    monkeypatch.setattr(turns, "TURN_SECONDS", 10.0)  # no pause for the turn's length
    turns.watch(loop)  # type: ignore[arg-type]
    try:
        done: list[int] = []
        items = taking_turns(range(10))
        done.append(next(items))
        assert [delay for delay, _ in loop.calls] == [0.0]  # the beat starts with the work
        loop.calls.clear()
        turns._beat.beat()  # the loop beats at once
        assert [delay for delay, _ in loop.calls] == [turns.BEAT_SECONDS]
        done.append(next(items))
        assert slept == []  # the beat is fresh: no wait
        clock[0] += turns.LAG_SECONDS * 2  # then the loop is busy, no beat
        done.extend(items)
        assert done == list(range(10))
        assert slept == [1, 1, 1]  # waited after item 1 until the beat, then went on
        loop.calls.clear()
        turns._beat.beat()  # no worker takes turns any more: the beat stops
        assert loop.calls == []
    finally:
        turns.watch(None)


def test_without_a_loop_watched_no_worker_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []
    monkeypatch.setattr(turns.time, "sleep", slept.append)
    monkeypatch.setattr(turns, "TURN_SECONDS", 10.0)
    turns.watch(None)
    assert list(taking_turns(range(100))) == list(range(100))
    assert slept == []


async def test_the_app_watches_its_loop_from_its_first_paint_on(app: BilatApp) -> None:
    async with app.run_test() as pilot:
        for _ in range(100):
            if app.first_paint_seconds is not None:
                break
            await pilot.pause()
        assert turns._beat.loop is asyncio.get_running_loop()
    assert turns._beat.loop is None


def test_a_closed_loop_is_not_waited_for(monkeypatch: pytest.MonkeyPatch) -> None:
    """An app that ended without unwatching its loop: workers of the next go on at once."""
    slept: list[float] = []
    monkeypatch.setattr(turns.time, "sleep", slept.append)
    monkeypatch.setattr(turns, "TURN_SECONDS", 10.0)
    loop = asyncio.new_event_loop()
    loop.close()
    turns.watch(loop)
    try:
        turns._beat.last = 0.0  # long ago
        assert list(taking_turns(range(20))) == list(range(20))
        assert slept == []
    finally:
        turns.watch(None)
