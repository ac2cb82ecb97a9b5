"""The explorer's merge (palette "Merge into…", undone by u) and a record's history (h)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Static

from bilat.store import Store
from bilat.tui.screens.history import ChangedSinceScreen, HistoryScreen
from bilat.tui.screens.merge import ConfirmMergeScreen, MergeIntoScreen
from tests.tui.conftest import ALUMINIUM, HEAVY_PARTNERSHIP, SECOND_COMPLEX
from tests.tui.test_editing import SIZE, make_app, palette, wait_for


def _find(path: Path, record_id: str) -> object:
    return Store.open(path).snapshot().find(record_id)


async def test_merge_from_the_palette_then_undo(tui_db: Path) -> None:
    app = make_app(tui_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.open_record(SECOND_COMPLEX)
        await pilot.pause()
        await palette(pilot, "merge into")
        assert isinstance(app.screen, MergeIntoScreen)
        await pilot.press(*"aluminium")
        await pilot.pause()
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmMergeScreen))
        said = str(app.screen.query_one(Static).render())
        assert "claim(s) move" in said and f"{SECOND_COMPLEX} is removed" in said
        await pilot.press("y")
        await wait_for(pilot, lambda: _find(tui_db, SECOND_COMPLEX) is None)
        snapshot = Store.open(tui_db).snapshot()
        assert snapshot.get(HEAVY_PARTNERSHIP).projects == [ALUMINIUM]
        assert snapshot.get(ALUMINIUM).aliases
        await pilot.pause()
        await pilot.press("u")
        await wait_for(pilot, lambda: _find(tui_db, SECOND_COMPLEX) is not None)
        snapshot = Store.open(tui_db).snapshot()
        assert snapshot.get(HEAVY_PARTNERSHIP).projects == [ALUMINIUM, SECOND_COMPLEX]
        assert not snapshot.get(ALUMINIUM).aliases
        assert all(c.subject == SECOND_COMPLEX for c in snapshot.claims_for(SECOND_COMPLEX))


async def test_history_key_and_changed_since(tui_db: Path) -> None:
    Store.open(tui_db).merge(ALUMINIUM, SECOND_COMPLEX)
    app = make_app(tui_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.open_record(ALUMINIUM)
        await pilot.pause()
        await pilot.press("h")
        await wait_for(pilot, lambda: isinstance(app.screen, HistoryScreen))
        text = str(app.screen.query_one("#history-text", Static).render())
        assert f"merge {SECOND_COMPLEX} into {ALUMINIUM}" in text and "aliases" in text
        await pilot.press("escape")
        await palette(pilot, "changed since")
        screen = app.screen
        assert isinstance(screen, ChangedSinceScreen)
        screen.query_one(Input).value = "2000-01-01"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")  # the newest change first: open it
        await wait_for(pilot, lambda: not isinstance(app.screen, ChangedSinceScreen))
        assert getattr(app.screen, "record_id", None) in (ALUMINIUM, HEAVY_PARTNERSHIP)
