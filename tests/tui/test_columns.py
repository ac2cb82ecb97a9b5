"""Tables that use the screen: widths from content and width, most wanted columns first,
sideways scrolling by columns, cells cut at a word, and the column chooser (kept)."""

from __future__ import annotations

from pathlib import Path

from bilat.store import Store
from bilat.store.config import load_config
from bilat.tui.app import BilatApp
from bilat.tui.screens.columns import ColumnChooser
from bilat.tui.settings import Settings
from bilat.tui.widgets.column_layout import cut_at_word, lay_out

from .conftest import ALUMINIUM, table, table_lines

# The seed's cells the issue names: at 120 columns none of them may be cut.
SEED_CELLS = {
    "name": "Ecological (decarbonised) aluminium production complex",
    "status": "approved",
    "jobs": "5 000 direct jobs; milliers d’emplois (total)",
    "capacity": "≈ 1 000 000 t/yr est.",
    "where": "Ain Temouchent, DZ",
    "date": "fin 2025 (plan) · operation start",
}


def test_a_cut_falls_between_words_with_an_ellipsis() -> None:
    name = "Ecological (decarbonised) aluminium production complex"
    assert cut_at_word(name, 60) == name
    assert cut_at_word(name, 30) == "Ecological (decarbonised)…"
    assert cut_at_word(name, 12) == "Ecological…"
    # One long word: cut inside it rather than leave the cell nearly empty.
    assert cut_at_word("Pharmaceuticals", 8) == "Pharmac…"
    assert cut_at_word("abc def", 1) == "a"


def test_columns_that_fit_take_their_width_and_the_first_takes_the_rest() -> None:
    layout = lay_out([(0, 20, 10), (1, 4, 4), (2, 8, 8)], 60, 0)
    assert layout.cells == ((0, 20 + 60 - 35), (1, 4), (2, 8))
    assert not layout.hidden_left and not layout.hidden_right


def test_too_many_columns_keep_the_first_and_scroll_the_others() -> None:
    columns = [(0, 40, 20), (1, 10, 6), (2, 30, 10), (3, 12, 8)]
    layout = lay_out(columns, 50, 0)
    # The first gives up room to its floor, the next whole columns follow, the first
    # takes back what is left, and the column that does not fit is drawn cut.
    assert layout.cells[0][0] == 0 and layout.cells[1] == (1, 10)
    assert sum(width + 1 for _, width in layout.cells) <= 50
    assert layout.hidden_right and not layout.hidden_left
    scrolled = lay_out(columns, 50, 1)
    # Scrolled by one: the first at its floor, the third column cut to what is left.
    assert scrolled.cells == ((0, 20), (2, 28))
    assert scrolled.hidden_left and scrolled.hidden_right
    wide = lay_out(columns, 70, 1)
    assert wide.cells == ((0, 25), (2, 30), (3, 12)) and not wide.hidden_right


async def test_at_120_columns_the_seed_cells_are_drawn_whole(app: BilatApp) -> None:
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        projects = table(app, "projects")
        assert projects.current_id == ALUMINIUM
        # The most wanted first: name, marks, status, then figures, dates and places.
        assert projects.shown_keys[:6] == ["name", "marks", "status", "jobs", "capacity", "date"]
        seen: dict[str, bool] = {}
        for _ in range(len(projects.shown)):
            lines = table_lines(app, "projects")
            text = "\n".join(lines)
            for key, cell in SEED_CELLS.items():
                if cell in text:
                    seen[key] = True
            layout_before = projects.column_layout()
            await pilot.press("l")
            if projects.column_layout() == layout_before:
                break
        assert seen == dict.fromkeys(SEED_CELLS, True)
        # The header says when columns lie beyond an edge.
        assert table_lines(app, "projects")[0].rstrip().endswith("›") is False
        assert "‹" in table_lines(app, "projects")[0]
        for _ in range(len(projects.shown)):
            await pilot.press("h")
        assert projects.column_offset == 0
        assert table_lines(app, "projects")[0].rstrip().endswith("›")
        # Name and status are drawn whole without scrolling.
        first = table_lines(app, "projects")[1]
        assert SEED_CELLS["name"] in first and "approved" in first


async def test_the_chooser_hides_moves_and_keeps_the_columns(
    seeded_store: Store, tmp_path: Path
) -> None:
    config = tmp_path / "config.toml"
    app = BilatApp(seeded_store, poll=False, settings=Settings(path=config))
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        projects = table(app, "projects")
        await pilot.press("c")
        await pilot.pause()
        chooser = app.screen
        assert isinstance(chooser, ColumnChooser)
        assert chooser.chosen == projects.shown_keys
        await pilot.press("down", "space")  # hide Mark
        await pilot.press("down", "down", "K")  # Jobs moves above Status
        assert chooser.chosen[:3] == ["name", "jobs", "status"]
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, ColumnChooser)
        assert projects.shown_keys[:3] == ["name", "jobs", "status"]
        assert "marks" not in projects.shown_keys
        header = table_lines(app, "projects")[0]
        assert header.index("Name") < header.index("Jobs")
        assert "Mark" not in header
        await app.workers.wait_for_complete()
    # Kept in the config file, [columns.projects].
    saved = load_config(config)
    kept = saved.column_layout("projects")
    assert kept is not None and kept.shown[:3] == ["name", "jobs", "status"]
    assert saved.column_layout("agreements") is None
    assert "[columns.projects]" in config.read_text(encoding="utf-8")
    # The next session draws the columns kept.
    again = BilatApp(seeded_store, poll=False, settings=Settings(saved, config))
    async with again.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        assert table(again, "projects").shown_keys == kept.shown
        assert "marks" in table(again, "agreements").shown_keys


async def test_escape_leaves_the_columns_and_the_last_column_stays(app: BilatApp) -> None:
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        await pilot.press("tab", "c")  # the agreements table's columns
        await pilot.pause()
        chooser = app.screen
        assert isinstance(chooser, ColumnChooser) and chooser.noun == "agreements"
        for _ in range(len(chooser.order)):
            await pilot.press("space", "down")
        assert len(chooser.chosen) == 1  # one column at least stays
        await pilot.press("escape")
        await pilot.pause()
        assert table(app, "agreements").shown_keys[0] == "title"
        assert len(table(app, "agreements").shown_keys) == len(table(app, "agreements").columns)
        await pilot.press("c", "r", "enter")
        await pilot.pause()
