"""The needs-evidence view: opened from the palette, worked out in a worker, enter opens
the record, c attaches evidence to the field."""

from __future__ import annotations

import threading

import pytest
from textual.widgets import OptionList

from bilat.store import Snapshot, Store
from bilat.store.models import Project
from bilat.store.needs import Need, Progress, needs_evidence
from bilat.tui.app import BilatApp
from bilat.tui.screens.detail import DetailScreen
from bilat.tui.screens.evidence import EvidenceScreen
from bilat.tui.screens.needs import NeedsScreen

from .conftest import screen_text


async def open_needs(pilot) -> NeedsScreen:  # type: ignore[no-untyped-def]
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*"Needs evidence")
    await pilot.pause(0.3)
    await pilot.press("enter")
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, NeedsScreen)
    return screen


async def test_the_palette_opens_the_list_and_enter_opens_the_record(
    seeded_store: Store,
) -> None:
    seeded_store.upsert(Project(id="prj-zz-by-hand", name={"en": "By hand"}, status="approved"))
    app = BilatApp(seeded_store, poll=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = await open_needs(pilot)
        text = screen_text(app)
        assert "Records no claim speaks of (1)" in text
        assert "Values no claim backs" in text
        assert "By hand  (prj-zz-by-hand)" in text
        assert "sec-steel) · codes" in text
        assert not screen.working
        # The first entry is highlighted: the record never cited.
        assert screen.need is not None and screen.need.record_id == "prj-zz-by-hand"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen)
        assert app.screen.record_id == "prj-zz-by-hand"
        await pilot.press("escape")
        assert app.screen is screen


async def test_c_on_a_value_attaches_evidence_to_that_field(seeded_store: Store) -> None:
    app = BilatApp(seeded_store, poll=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = await open_needs(pilot)
        listed = screen.query_one(OptionList)
        for _ in range(listed.option_count):  # the first value no claim backs
            if screen.need is not None and screen.need.field is not None:
                break
            listed.action_cursor_down()
            await pilot.pause()
        need = screen.need
        assert need is not None and need.field is not None
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, EvidenceScreen)
        assert app.screen.field == need.field
        assert app.screen.record.id == need.record_id


async def test_the_list_says_it_is_working_until_it_is_done(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The search runs in a worker: the screen answers meanwhile and says it works."""
    go = threading.Event()

    def slow(snapshot: Snapshot, progress: Progress | None = None) -> list[Need]:
        assert progress is not None and progress(0, 10)
        go.wait(10)
        return needs_evidence(snapshot, progress)

    monkeypatch.setattr("bilat.tui.screens.needs.needs_evidence", slow)
    app = BilatApp(seeded_store, poll=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.action_needs_evidence()
        await pilot.pause(0.2)
        screen = app.screen
        assert isinstance(screen, NeedsScreen)
        assert screen.working
        assert "Needs evidence — working… 0%" in screen_text(app)
        go.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not screen.working
        assert "Needs evidence: " in screen_text(app)
        assert "working" not in screen_text(app)
