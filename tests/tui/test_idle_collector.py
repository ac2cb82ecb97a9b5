"""The explorer on a large database: once it is warmed up, the collector's full passes
wait for the user to pause (``bilat.engine.collector``); Python's own schedule again
when the explorer closes."""

from __future__ import annotations

import gc
import time
import weakref

from bilat.engine import Policy, Session
from bilat.engine.collector import IDLE_PASSES, collecting_when_idle
from bilat.store import Store
from bilat.tui.app import BilatApp

LARGE = Policy(background_above_records=0)  # the seeds, warmed up as a large database is


class Knot:
    def __init__(self) -> None:
        self.me = self


async def test_full_passes_wait_for_a_pause_then_come(seeded_store: Store) -> None:
    thresholds = gc.get_threshold()
    app = BilatApp(Session(seeded_store, LARGE), poll=False)
    async with app.run_test(size=(120, 40)) as pilot:
        deadline = time.monotonic() + 60
        while not collecting_when_idle():
            assert time.monotonic() < deadline, "never warmed up"
            await pilot.pause(0.05)
        assert gc.get_threshold()[2] > thresholds[2]  # Python's full passes rarer
        # The explorer at rest: the project form it makes ahead made (then frozen, with
        # whatever garbage waits for a full pass at that moment, as after any write).
        while not ((form := app.editor.kept("projects")) and form.complete):
            assert time.monotonic() < deadline, "no project form made ahead"
            await pilot.pause(0.05)

        # The user at work (the explorer at rest since the start may have had its pause's
        # pass already, or may take it at any turn before the key: the key comes first).
        await pilot.press("down")
        knot = Knot()
        gc.collect(1)  # in the oldest generation, then garbage: a full pass frees it
        gone = weakref.ref(knot)
        del knot
        for _ in range(IDLE_PASSES):  # as many as Python waits for before a full one
            gc.collect(1)
        await pilot.pause(0.1)  # the loop's turns, its ticks among them, a key just typed
        assert gone() is not None

        deadline = time.monotonic() + 60
        while gone() is not None:  # a pause: the pass comes
            assert time.monotonic() < deadline, "no pass in a pause"
            await pilot.pause(0.1)
    assert not collecting_when_idle()
    assert gc.get_threshold() == thresholds
