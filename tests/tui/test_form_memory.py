"""What a closed form leaves behind: nothing that lives on.

A closed screen is a tangle of reference cycles, freed by the next pass of the cyclic
collector. The explorer freezes what it makes that lives on (a snapshot, a table's rows:
``Session.settle``, ``Session.making``), and a freeze takes every object the collector
holds: a closed form still waiting for its pass would be kept for good.
"""

from __future__ import annotations

import gc

from textual.pilot import Pilot

from bilat.tui.app import BilatApp
from bilat.tui.screens.forms import RecordForm

ROUNDS = 6


async def _open_and_close(pilot: Pilot[None], app: BilatApp) -> None:
    await pilot.press("e")
    for _ in range(200):
        await pilot.pause()
        if isinstance(app.screen, RecordForm) and app.screen.complete:
            break
    assert isinstance(app.screen, RecordForm)
    await pilot.press("escape")
    await pilot.pause()
    assert not isinstance(app.screen, RecordForm)
    app.session.settle()  # as after a write, or a large table's new rows


def _held() -> int:
    """Every object the collector holds or has frozen, once garbage is freed."""
    gc.collect()
    return len(gc.get_objects()) + gc.get_freeze_count()


async def test_forms_opened_and_closed_do_not_pile_up(app: BilatApp) -> None:
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            for _ in range(2):  # Textual's caches and the form's lists made once
                await _open_and_close(pilot, app)
            before = _held()
            await pilot.press("e")
            for _ in range(200):
                await pilot.pause()
                if isinstance(app.screen, RecordForm) and app.screen.complete:
                    break
            one_form = _held() - before
            await pilot.press("escape")
            await pilot.pause()
            before = _held()
            for _ in range(ROUNDS):
                await _open_and_close(pilot, app)
            grown = _held() - before
    finally:
        gc.unfreeze()
    assert one_form > 1000  # what would be kept, each time, by a freeze
    assert grown < one_form / 2, (grown, one_form)
