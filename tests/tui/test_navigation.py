"""Moving around: pane cycling, the sector tree, related records, help, the palette, sizes."""

from __future__ import annotations

import io

from rich.console import Console
from textual.binding import Binding
from textual.keys import format_key
from textual.widgets import OptionList, Static

from bilat.tui.app import BilatApp
from bilat.tui.screens.detail import DetailScreen
from bilat.tui.screens.help import HelpScreen
from bilat.tui.screens.main import MainScreen
from bilat.tui.widgets.detail_view import DetailView
from bilat.tui.widgets.filter_bar import FilterInput
from bilat.tui.widgets.record_table import RecordTable
from bilat.tui.widgets.sector_tree import SectorTree

from .conftest import (
    ALL_AGREEMENTS,
    ALL_PROJECTS,
    ALUMINIUM,
    ANTICANCER,
    ANTICANCER_PARTNERSHIP,
    HEAVY_PARTNERSHIP,
    MOU,
    PHARMA_COOPERATION,
    SECOND_COMPLEX,
    assert_screen_is_clean,
    detail_text,
    row_ids,
    screen_text,
    static_text,
)


def focused_id(app: BilatApp) -> str | None:
    return app.focused.id if app.focused is not None else None


async def test_tab_and_shift_tab_cycle_the_panes(app: BilatApp) -> None:
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        assert focused_id(app) == "projects"
        forward = []
        for _ in range(6):
            await pilot.press("tab")
            forward.append(focused_id(app))
        # The related-records list of the detail pane is the last stop, then the filter box.
        assert forward == [
            "agreements",
            "detail",
            "detail-related",
            "filter-input",
            "sectors",
            "projects",
        ]
        assert isinstance(app.focused, RecordTable)
        backward = []
        for _ in range(6):
            await pilot.press("shift+tab")
            backward.append(focused_id(app))
        assert backward == [*reversed(forward[:-1]), "projects"]


async def test_tab_skips_the_folded_panes_on_narrow_terminals(app: BilatApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        seen = []
        for _ in range(4):
            await pilot.press("tab")
            seen.append(focused_id(app))
        assert seen == ["agreements", "filter-input", "sectors", "projects"]
        await pilot.resize_terminal(60, 20)
        await pilot.pause()
        seen = []
        for _ in range(3):
            await pilot.press("tab")
            seen.append(focused_id(app))
        # Under 70 columns the sector tree folds away too.
        assert seen == ["agreements", "filter-input", "projects"]


async def test_the_detail_pane_follows_the_focused_table(app: BilatApp) -> None:
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        assert app.main.query_one(DetailView).record_id == ALUMINIUM
        await pilot.press("j")
        assert app.main.query_one(DetailView).record_id == ANTICANCER
        await pilot.press("down", "down", "down")  # stops at the last row
        assert app.main.query_one(DetailView).record_id == SECOND_COMPLEX
        await pilot.press("k")
        assert app.main.query_one(DetailView).record_id == ANTICANCER
        await pilot.press("tab")
        assert app.main.query_one(DetailView).record_id == MOU
        await pilot.press("G")
        assert app.main.query_one(DetailView).record_id == PHARMA_COOPERATION
        await pilot.press("g")
        assert app.main.query_one(DetailView).record_id == MOU
        assert detail_text(app).startswith("Memorandum of understanding")


async def choose_sector(pilot, label: str) -> None:
    """Move the tree's cursor, with the keyboard, to the sector whose label starts with
    label, and choose it (enter)."""
    app = pilot.app
    tree = app.main.query_one(SectorTree)
    tree.focus()
    await pilot.press("home")
    for _ in range(tree.last_line + 1):
        if str(tree.cursor_node.label).startswith(label):
            await pilot.press("enter")
            await pilot.pause()
            return
        await pilot.press("down")
    raise AssertionError(f"no sector {label!r} in the tree")


async def test_choosing_a_sector_filters_both_tables_to_it_and_its_children(
    app: BilatApp,
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await choose_sector(pilot, "Heavy industry")
        assert row_ids(app, "projects") == [ALUMINIUM, SECOND_COMPLEX]
        assert row_ids(app, "agreements") == [HEAVY_PARTNERSHIP]
        assert static_text(app, "#projects-title") == "Projects (2 of 3)"
        assert static_text(app, "#filter-status") == "3 of 7 shown"

        await choose_sector(pilot, "Pharmaceuticals")
        assert row_ids(app, "projects") == [ANTICANCER]
        assert row_ids(app, "agreements") == [MOU, ANTICANCER_PARTNERSHIP, PHARMA_COOPERATION]

        # Steel is a child of heavy industry: only the complex with a steel unit.
        await choose_sector(pilot, "Steel")
        assert row_ids(app, "projects") == [ALUMINIUM]

        await choose_sector(pilot, "Tourism")
        assert row_ids(app, "projects") == []
        assert row_ids(app, "agreements") == []

        await choose_sector(pilot, "All")
        assert row_ids(app, "projects") == ALL_PROJECTS
        assert row_ids(app, "agreements") == ALL_AGREEMENTS
        assert static_text(app, "#projects-title") == "Projects (3)"


async def test_enter_on_a_sector_chooses_it_without_folding_the_tree(app: BilatApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await choose_sector(pilot, "Pharmaceuticals")
        tree = app.main.query_one(SectorTree)
        await pilot.press("home", "enter")  # "All": once this folded the whole tree away
        assert tree.current is None
        assert tree.root.is_expanded
        assert row_ids(app, "projects") == ALL_PROJECTS
        await pilot.press("down", "enter")  # Heavy industry
        assert tree.current == "sec-heavy-industry"
        assert tree.cursor_node.is_expanded
        await pilot.press("space")  # space still folds and unfolds
        assert not tree.cursor_node.is_expanded
        await pilot.press("space")
        assert tree.cursor_node.is_expanded


async def test_the_sector_tree_shows_the_hierarchy_and_counts(app: BilatApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        tree = app.main.query_one(SectorTree)
        assert str(tree.root.label) == "All  3·4"
        top = {str(node.label): node for node in tree.root.children}
        assert set(top) == {
            "Heavy industry  2·1",
            "Manufacturing  1·1",
            "Pharmaceuticals  1·3",
            "Tourism  0·0",
        }
        heavy = top["Heavy industry  2·1"]
        assert [str(n.label) for n in heavy.children] == ["Aluminium  1·1", "Steel  1·1"]
        assert heavy.is_expanded


async def test_a_sector_combines_with_the_filter_and_a_restores_all(app: BilatApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await choose_sector(pilot, "Heavy industry")
        await pilot.press("slash", *"deuxieme")
        await pilot.pause()
        assert row_ids(app, "projects") == [SECOND_COMPLEX]
        await pilot.press("escape")  # back to the table, the filter stays
        assert app.focused is app.main.query_one("#projects")
        await pilot.press("a")
        await pilot.pause()
        assert app.main.query_one(SectorTree).current is None
        # All sectors, but the filter text still applies.
        assert row_ids(app, "projects") == [SECOND_COMPLEX]
        assert app.main.query_one(FilterInput).value == "deuxieme"


async def test_enter_opens_the_detail_screen_and_escape_comes_back(app: BilatApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("j", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen)
        assert app.screen.record_id == ANTICANCER
        assert isinstance(app.focused, DetailView)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert focused_id(app) == "projects"
        assert app.main.query_one("#projects", RecordTable).current_id == ANTICANCER


async def test_related_records_are_a_keystroke_away_both_ways(app: BilatApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.record_id == ALUMINIUM
        await pilot.press("r")
        links = app.screen.query_one("#detail-related", OptionList)
        assert app.focused is links
        ids = [links.get_option_at_index(i).id for i in range(links.option_count)]
        assert ids[0] == HEAVY_PARTNERSHIP
        assert "org-dz-ministry-industry-pharma" in ids
        assert "src-866b44c0265b5443" in ids
        await pilot.press("enter")  # the first link: the partnership agreement
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen)
        assert app.screen.record_id == HEAVY_PARTNERSHIP
        # ... and back from the agreement to its projects.
        await pilot.press("r")
        links = app.screen.query_one("#detail-related", OptionList)
        back = [links.get_option_at_index(i).id for i in range(links.option_count)]
        assert back[:2] == [ALUMINIUM, SECOND_COMPLEX]
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.record_id == ALUMINIUM
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


async def test_help_lists_the_keys_of_every_pane(app: BilatApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for key in ("question_mark", "f1"):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen), key
            shown = screen_text(app)
            assert "Keys — escape to close" in shown
            assert "Everywhere" in shown
            assert "Main screen" in shown
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, MainScreen)
        await pilot.press("question_mark")
        await pilot.pause()
        # Keys come from the bindings the widgets declare, with their descriptions.
        help_text = help_plain_text(app)
        for expected in (
            "Filter box",
            "Source view",
            "Filter by words and qualifiers",
            "Sort by the next column",
            "Jump to the next highlighted quote",
            "Reverse the sort order",
            "Clear the filter",
            "ctrl+u",
        ):
            assert expected in help_text, expected


def help_plain_text(app: BilatApp) -> str:
    """The whole help table as text (it scrolls, so not all of it is on screen)."""
    console = Console(width=120, color_system=None, file=io.StringIO())
    console.print(app.screen.query_one("#help-text", Static).content)
    return console.file.getvalue()


async def test_help_keys_are_the_declared_bindings(app: BilatApp) -> None:
    """Every binding with a description appears, with its key, in the help table."""
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        text = help_plain_text(app)
        lines = text.splitlines()
        for binding in RecordTable.BINDINGS:
            key = binding.key.split(",")[0]
            shown = key if key == "enter" else format_key(key)  # "pgdn", "?", "/"
            assert any(line.strip().startswith(shown) for line in lines), key
        assert any(line.strip().startswith("/") and "Filter" in line for line in lines)
        assert any(line.strip().startswith("n ") and "next" in line for line in lines)
        assert any(line.strip().startswith("N ") and "previous" in line for line in lines)
        # Help over help does not stack.
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


async def palette_jump(pilot, open_key: str, query: str, expected_line: str) -> None:
    app = pilot.app
    await pilot.press(open_key)
    await pilot.pause()
    await pilot.press(*query)
    # The palette searches in a worker: wait for the hit to be listed.
    for _ in range(100):
        await pilot.pause(0.02)
        if expected_line in screen_text(app):
            break
    await pilot.press("enter")
    await pilot.pause()


async def test_palette_jumps_to_a_record_by_name(app: BilatApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for query in ("anpp", "memorandum"):
            await palette_jump(pilot, "ctrl+p", query, "agreement: Memorandum")
            assert isinstance(app.screen, DetailScreen), query
            assert app.screen.record_id == MOU
            assert detail_text(app).startswith("Memorandum of understanding")
            await pilot.press("escape")
            await pilot.pause()
        # F2 opens it too (tmux and some terminals eat ctrl+p); ids are searched as well.
        await palette_jump(pilot, "f2", "second-heavy", SECOND_COMPLEX)
        assert isinstance(app.screen, DetailScreen)
        assert app.screen.record_id == SECOND_COMPLEX


async def test_at_80x24_the_detail_folds_into_its_own_screen(app: BilatApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.main.has_class("-narrow")
        assert not app.main.query_one("#detail").display
        assert app.main.query_one("#sectors").display
        assert_screen_is_clean(app)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen)
        assert app.screen.record_id == ALUMINIUM
        assert "Ain Temouchent" in detail_text(app)
        await pilot.press("o")
        await pilot.pause()
        assert type(app.screen).__name__ == "SourceScreen"
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


async def test_resizing_folds_and_unfolds_the_panes(app: BilatApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        sizes = ((80, 24), (40, 12), (20, 6), (69, 30), (200, 60), (120, 40), (140, 40))
        for width, height in sizes:
            await pilot.resize_terminal(width, height)
            await pilot.pause()
            # Below 140 columns the tables have the width (enter opens the detail).
            assert app.main.has_class("-narrow") == (width < 140)
            assert app.main.has_class("-tiny") == (width < 70)
            assert app.main.has_class("-short") == (height < 20)
            assert app.main.query_one("#detail").display == (width >= 140)
            assert_screen_is_clean(app)
        # Back at full width the detail pane shows the highlighted row again.
        assert app.main.query_one(DetailView).record_id == ALUMINIUM


async def test_40x12_works_without_crashing(app: BilatApp) -> None:
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        assert_screen_is_clean(app)
        # Short terminals drop the panes' borders: both tables still show rows.
        shown = screen_text(app)
        assert "Ecological (decarbon" in shown  # the first project
        assert "Memorandum of unders" in shown  # the first agreement
        await pilot.press("tab", "s", "S", "j", "k", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen)
        assert_screen_is_clean(app)
        await pilot.press("o")
        await pilot.pause()
        assert_screen_is_clean(app)
        await pilot.press("n", "N", "escape", "escape", "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert_screen_is_clean(app)
        await pilot.press("escape", "slash", *"temouchent")
        await pilot.pause()
        assert row_ids(app, "projects") == [ALUMINIUM]
        assert_screen_is_clean(app)


def test_no_action_needs_a_key_that_terminals_eat() -> None:
    """tmux and terminals eat ctrl+j/s/o/h and ctrl+enter: every ctrl key has a plain twin."""
    for title, owner in BilatApp.help_sections():
        bindings = [b for b in getattr(owner, "BINDINGS", []) if isinstance(b, Binding)]
        for binding in bindings:
            keys = binding.key.split(",")
            if all(key.startswith("ctrl+") for key in keys):
                twins = [
                    key
                    for other in bindings
                    if other.action == binding.action
                    for key in other.key.split(",")
                    if not key.startswith("ctrl+")
                ]
                assert twins, f"{title}: {binding.key} ({binding.action}) has no other key"
