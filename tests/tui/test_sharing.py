"""y and Y copy through OSC 52 (wrapped for tmux inside tmux); the brief and the view
export written from the explorer; the overview's totals."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path
from typing import Any

import pytest

from bilat.store import Store
from bilat.tui.app import BilatApp
from bilat.tui.clipboard import osc52, passed_through, sequences
from bilat.tui.widgets.filter_bar import FilterInput

from .conftest import ALUMINIUM, SECOND_COMPLEX, SEED_SOURCE_TITLE
from .test_export import export_to, watch_notifications, written

SIZE = (120, 36)


def capture_writes(app: BilatApp) -> list[str]:
    """What the app writes to its terminal from now on."""
    seen: list[str] = []
    driver = app._driver
    assert driver is not None
    original = driver.write

    def write(data: str) -> None:
        seen.append(data)
        original(data)

    driver.write = write  # type: ignore[method-assign]
    return seen


def copied(writes: list[str]) -> list[str]:
    """The texts of every OSC 52 sequence written, plain or passed through tmux."""
    found = []
    for data in writes:
        unwrapped = data.replace("\x1b\x1b", "\x1b")
        found += re.findall(r"\x1b\]52;c;([A-Za-z0-9+/=]*)\x07", unwrapped)
    return [base64.b64decode(text).decode("utf-8") for text in found]


def test_the_sequences_are_osc52_and_tmux_passthrough() -> None:
    assert osc52("prj-x") == "\x1b]52;c;cHJqLXg=\x07"
    assert sequences("prj-x", {}) == ["\x1b]52;c;cHJqLXg=\x07"]
    inside = sequences("prj-x", {"TMUX": "/tmp/tmux-0/default,1,0"})
    assert inside == [
        "\x1b]52;c;cHJqLXg=\x07",
        "\x1bPtmux;\x1b\x1b]52;c;cHJqLXg=\x07\x1b\\",
    ]
    assert passed_through("\x1b]52;c;eA==\x07", "screen") == "\x1bP\x1b]52;c;eA==\x07\x1b\\"


async def test_y_copies_the_highlighted_record_id(
    app: BilatApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TMUX", raising=False)
    monkeypatch.delenv("STY", raising=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        writes = capture_writes(app)
        notes = watch_notifications(app)
        await pilot.press("y")
        await pilot.pause()
        assert f"\x1b]52;c;{base64.b64encode(ALUMINIUM.encode()).decode()}\x07" in writes
        assert copied(writes) == [ALUMINIUM]
        assert notes[-1] == (f"Copied the id {ALUMINIUM}", "information")


async def test_capital_y_copies_a_citation_through_tmux(
    app: BilatApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TMUX", "/tmp/tmux-0/default,1,0")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        writes = capture_writes(app)
        notes = watch_notifications(app)
        await pilot.press("Y")
        await pilot.pause()
        assert any(data.startswith("\x1bPtmux;\x1b\x1b]52;c;") for data in writes)
        texts = copied(writes)
        assert len(texts) == 2 and texts[0] == texts[1]
        citation = texts[0]
        assert citation.startswith(
            f"Ecological (decarbonised) aluminium production complex ({ALUMINIUM})"
        )
        assert "Jobs: 5 000 direct jobs [" in citation
        assert "“permettant de générer 5000 emplois directs” — " + SEED_SOURCE_TITLE in citation
        assert notes[-1][0].startswith(f"Copied the citation of {ALUMINIUM}")


async def test_y_in_the_filter_box_is_a_letter(app: BilatApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        writes = capture_writes(app)
        await pilot.press("slash", "y")
        await pilot.pause()
        assert app.main.query_one(FilterInput).value == "y"
        assert not copied(writes)


async def test_the_brief_of_the_view_is_written_and_its_path_said(
    app: BilatApp, tmp_path: Path
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.main.set_filter_text("sector:pharma")
        await pilot.pause()
        notes = watch_notifications(app)
        app.sharing.write_brief(tmp_path / "brief.md")
        await written(pilot)
        assert notes[-1] == (f"Wrote the brief to {tmp_path / 'brief.md'}", "information")
        text = (tmp_path / "brief.md").read_text(encoding="utf-8")
        assert "View: sector:pharma" in text
        assert "First anticancer medicine plants" in text and "aluminium" not in text.lower()


async def test_the_view_export_names_its_view_and_imports_into_an_empty_database(
    app: BilatApp, tmp_path: Path
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.main.set_filter_text("temouchent")
        await pilot.pause()
        await export_to(pilot, tmp_path / "view.json")
        await written(pilot)
    bundle: dict[str, Any] = json.loads((tmp_path / "view.json").read_bytes())
    assert bundle["view"]["filter"] == "temouchent"
    # The complex, and the second complex its agreement names (referred to, so included).
    assert [p["id"] for p in bundle["projects"]] == [ALUMINIUM, SECOND_COMPLEX]
    assert {s["id"] for s in bundle["sectors"]} >= {"sec-aluminium", "sec-heavy-industry"}
    empty = Store.open(tmp_path / "empty.json")
    empty.import_files([tmp_path / "view.json"])
    assert not empty.check()
    assert len(empty.snapshot().claims) == len(bundle["claims"]) > 0


async def test_a_folder_gets_the_view_as_typed_csv_tables(app: BilatApp, tmp_path: Path) -> None:
    folder = tmp_path / "tables"
    folder.mkdir()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.main.set_filter_text("sector:pharma")
        await pilot.pause()
        notes = watch_notifications(app)
        await export_to(pilot, folder)
        await written(pilot)
        assert notes[-1][0].endswith(f"(CSV tables) to {folder}")
    sidecar = json.loads((folder / "view.json").read_text())
    assert sidecar["view"]["filter"] == "sector:pharma"
    rows = (folder / "projects.csv").read_text(encoding="utf-8").splitlines()
    assert [row.split(",")[0] for row in rows[1:]] == ["prj-dz-ru-anticancer-medicine-plants"]
