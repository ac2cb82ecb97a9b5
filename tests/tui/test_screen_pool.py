"""A detail or source screen closed and opened on another record is the same screen, shown
again: it shows that record from the top, as a new screen would, with the data as it is now."""

from __future__ import annotations

from typing import Any

import msgspec

from bilat.tui.app import BilatApp
from bilat.tui.screens.detail import DetailScreen
from bilat.tui.screens.main import MainScreen
from bilat.tui.screens.source import SourceScreen
from bilat.tui.widgets.detail_view import DetailView
from bilat.tui.widgets.record_table import RecordTable
from bilat.tui.widgets.source_view import SourceView

from .conftest import ALUMINIUM, ANTICANCER, detail_text, row_ids


async def open_row(pilot: Any, app: BilatApp, record_id: str, key: str = "enter") -> Any:
    """From the main screen: the projects table's row of ``record_id``, then ``key``."""
    table = app.main.query_one("#projects", RecordTable)
    table.focus()
    table.cursor_row = row_ids(app, "projects").index(record_id)
    await pilot.pause()
    await pilot.press(key)
    await pilot.pause()
    return app.screen


async def back_to_main(pilot: Any, app: BilatApp) -> None:
    while not isinstance(app.screen, MainScreen):
        await pilot.press("escape")
        await pilot.pause()


async def test_a_detail_screen_is_shown_again_for_the_next_record(app: BilatApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        first = await open_row(pilot, app, ALUMINIUM)
        assert isinstance(first, DetailScreen)
        assert detail_text(app).startswith("Ecological (decarbonised) aluminium")
        view = first.query_one(DetailView)
        view.scroll_to(y=8, animate=False, immediate=True)
        await pilot.pause()
        assert view.scroll_y > 0
        await back_to_main(pilot, app)
        assert first.snapshot is None  # closed: it keeps no snapshot alive
        again = await open_row(pilot, app, ANTICANCER)
        assert again is first
        assert again.record_id == ANTICANCER
        assert view.border_title == ANTICANCER
        assert "Id: " + ANTICANCER in detail_text(app)
        assert "aluminium" not in detail_text(app).splitlines()[0].lower()
        assert view.scroll_y == 0
        assert app.focused is view
        await back_to_main(pilot, app)
        # The same record again also starts at the top.
        view.scroll_to(y=8, animate=False, immediate=True)
        assert await open_row(pilot, app, ANTICANCER) is first
        assert view.scroll_y == 0


async def test_a_shown_again_detail_has_the_data_as_it_is_now(app: BilatApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        first = await open_row(pilot, app, ALUMINIUM)
        await back_to_main(pilot, app)
        project = app.store.get(ANTICANCER)
        app.store.upsert(msgspec.structs.replace(project, notes="Renamed in a colleague's save"))
        app.reload()
        await pilot.pause()
        assert await open_row(pilot, app, ANTICANCER) is first
        assert "Renamed in a colleague's save" in detail_text(app)


async def test_a_record_opened_from_a_record_gets_a_screen_of_its_own(app: BilatApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        first = await open_row(pilot, app, ALUMINIUM)
        await pilot.press("r", "enter")  # its first related record
        await pilot.pause()
        second = app.screen
        assert isinstance(second, DetailScreen) and second is not first
        assert second.record_id != ALUMINIUM
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is first and first.record_id == ALUMINIUM
        assert detail_text(app).startswith("Ecological (decarbonised) aluminium")


async def test_a_source_screen_is_shown_again_from_its_first_quote(app: BilatApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        first = await open_row(pilot, app, ALUMINIUM, "o")
        assert isinstance(first, SourceScreen)
        count = len(first.marks)
        await pilot.press("n", "n")
        assert first.current == 2
        await back_to_main(pilot, app)
        assert first.snapshot is None
        again = await open_row(pilot, app, ANTICANCER, "o")
        assert again is first
        assert again.record_id == ANTICANCER
        assert {mark.claim.subject for mark in again.marks} == {ANTICANCER}
        assert len(again.marks) != count
        assert again.current == 0
        body = again.query_one(SourceView)
        assert body.border_title.startswith(f"quote 1 of {len(again.marks)}")
        assert app.focused is body
