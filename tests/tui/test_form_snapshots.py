"""SVG snapshots of a form with an invalid field at 80x24, 120x30 and 200x50, in the default
theme and on a plain terminal (NO_COLOR and TERM=linux): the text typed stays in view, the
message right under it, the focused field's label reversed (seen without colour too).

Update after a deliberate change of the look:
``pytest tests/tui/test_form_snapshots.py --snapshot-update``, then look at the SVGs.
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from bilat.store import Store
from bilat.tui.app import BilatApp
from bilat.tui.widgets.fields import FormField


async def type_a_wrong_date(pilot: Pilot[Any]) -> None:
    """e on the aluminium complex; 'next tuesday' typed as its announcement date."""
    await pilot.press("e")
    await pilot.pause()
    box = pilot.app.screen.query_one("#field-dates-announced", FormField).query_one(Input)
    box.focus()
    box.value = ""
    await pilot.press(*"next tuesday")
    for each in pilot.app.screen.query(Input):
        each.cursor_blink = False
    await pilot.pause()


@pytest.mark.parametrize("size", [(80, 24), (120, 30), (200, 50)], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("look", ["default", "plain"])
def test_a_form_with_an_invalid_field(
    snap_compare,
    seeded_store: Store,
    monkeypatch: pytest.MonkeyPatch,
    look: str,
    size: tuple[int, int],
) -> None:
    if look == "plain":
        monkeypatch.setenv("NO_COLOR", "1")
        monkeypatch.setenv("TERM", "linux")
    else:
        monkeypatch.delenv("NO_COLOR", raising=False)
        monkeypatch.setenv("TERM", "xterm-256color")
    app = BilatApp(seeded_store, poll=False)
    assert snap_compare(app, run_before=type_a_wrong_date, terminal_size=size)
