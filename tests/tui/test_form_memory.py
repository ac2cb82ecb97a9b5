"""What a closed form leaves behind: nothing that lives on.

A closed screen is a tangle of reference cycles, freed by the next pass of the cyclic
collector. The explorer freezes what it makes that lives on (a snapshot, a table's rows:
``Session.settle``, ``Session.making``), and a freeze takes every object the collector
holds: a closed form still waiting for its pass would be kept for good. The form of a
record edited is kept and refilled instead (tests/tui/test_kept_form.py); a new record's
form is made at each open.
"""

from __future__ import annotations

import gc

from textual.pilot import Pilot

from bilat.tui.app import BilatApp
from bilat.tui.screens.forms import RecordForm

ROUNDS = 6
KIND = "agreements"  # a new agreement's form: made at each open


async def _open(pilot: Pilot[None], app: BilatApp, kind: str) -> None:
    app.editor.new(kind)
    for _ in range(200):
        await pilot.pause()
        if isinstance(app.screen, RecordForm) and app.screen.complete:
            return
    raise AssertionError(f"the form of a new record of {kind} never complete")


async def _close(pilot: Pilot[None], app: BilatApp) -> None:
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
            for kind in (KIND, KIND):  # Textual's caches filled
                await _open(pilot, app, kind)
                await _close(pilot, app)
            before = _held()
            await _open(pilot, app, KIND)
            one_form = _held() - before
            await _close(pilot, app)

            before = _held()
            for _ in range(ROUNDS):
                await _open(pilot, app, KIND)
                await _close(pilot, app)
            made_anew = _held() - before

    finally:
        gc.unfreeze()
    assert one_form > 1000  # what would be kept, each time, by a freeze
    assert made_anew < one_form / 2, (made_anew, one_form)
