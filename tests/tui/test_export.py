"""F5 (or the palette): export what the tables show, as JSON or CSV, written off the screen."""

from __future__ import annotations

import csv
import json
import threading
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, Static

from bilat.tui import app as explorer
from bilat.tui.app import BilatApp
from bilat.tui.screens.export import ExportScreen
from bilat.tui.screens.help import HelpScreen
from bilat.tui.screens.main import MainScreen

from .conftest import ANTICANCER, ANTICANCER_PARTNERSHIP, MOU, PHARMA_COOPERATION, row_ids

SIZE = (120, 36)


def watch_notifications(app: BilatApp) -> list[tuple[str, str]]:
    """Every (message, severity) the app notifies from now on."""
    seen: list[tuple[str, str]] = []
    original = app.notify

    def notify(message: str, **kwargs: Any) -> None:
        seen.append((str(message), str(kwargs.get("severity", "information"))))
        original(message, **kwargs)

    app.notify = notify  # type: ignore[method-assign]
    return seen


async def export_to(pilot: Any, path: Path) -> ExportScreen:
    """F5, the path typed over the proposed name, enter."""
    await pilot.press("f5")
    screen = pilot.app.screen
    assert isinstance(screen, ExportScreen)
    screen.query_one(Input).value = str(path)
    await pilot.press("enter")
    return screen


async def written(pilot: Any) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_export_writes_the_rows_shown_as_json_then_csv(app: BilatApp, tmp_path: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.main.set_filter_text("sector:pharma")
        await pilot.pause()
        projects, agreements = row_ids(app, "projects"), row_ids(app, "agreements")
        assert projects == [ANTICANCER]
        assert agreements == [MOU, ANTICANCER_PARTNERSHIP, PHARMA_COOPERATION]
        notes = watch_notifications(app)

        await export_to(pilot, tmp_path / "view.json")
        await written(pilot)
        assert isinstance(app.screen, MainScreen)
        assert notes[-1] == (f"Exported the view to {tmp_path / 'view.json'}", "information")
        bundle = json.loads((tmp_path / "view.json").read_bytes())
        assert bundle["schema"] == "bilat/1"
        assert [p["id"] for p in bundle["projects"]] == projects
        assert [a["id"] for a in bundle["agreements"]] == agreements

        await export_to(pilot, tmp_path / "view.csv")
        await written(pilot)
        rows = list(csv.reader((tmp_path / "view.csv").read_text(encoding="utf-8").splitlines()))
        ids = [row[0] for row in rows if row and row[0].startswith(("prj-", "agr-"))]
        assert ids == projects + agreements
        assert notes[-1][0] == f"Exported the view to {tmp_path / 'view.csv'}"


async def test_a_folder_that_is_not_there_is_said_in_the_box(app: BilatApp, tmp_path: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await export_to(pilot, tmp_path / "nowhere" / "view.json")
        await written(pilot)
        assert app.screen is screen  # to correct the name
        assert "does not exist" in str(screen.query_one("#export-error", Static).content)
        assert not (tmp_path / "nowhere").exists()


async def test_a_write_that_fails_after_the_box_closed_is_reported(
    app: BilatApp, tmp_path: Path
) -> None:
    taken = tmp_path / "taken.json"
    taken.mkdir()  # a folder where the file would go: the rename over it fails
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        notes = watch_notifications(app)
        await export_to(pilot, taken)
        await written(pilot)
        assert isinstance(app.screen, MainScreen)
        message, severity = notes[-1]
        assert severity == "error" and str(taken) in message
        assert taken.is_dir() and not any(taken.iterdir())


async def test_the_export_is_written_in_a_worker_while_the_screen_answers(
    app: BilatApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Held on the disk, the export lets the screen answer keys. (Written on the event loop,
    the enter that started it would not return before the write was released.)"""
    release = threading.Event()
    real_write = explorer.write_atomically

    def held_write(*args: Any, **kwargs: Any) -> None:
        assert release.wait(20), "the test never released the write"
        real_write(*args, **kwargs)

    monkeypatch.setattr(explorer, "write_atomically", held_write)
    path = tmp_path / "view.json"
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        notes = watch_notifications(app)
        await export_to(pilot, path)
        assert isinstance(app.screen, MainScreen)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)
        assert not path.exists() and not notes

        release.set()
        await written(pilot)
        assert notes == [(f"Exported the view to {path}", "information")]
        assert json.loads(path.read_bytes())["schema"] == "bilat/1"
