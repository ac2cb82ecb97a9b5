"""The footer of the detail and source screens: its keys follow the focus; a click presses one."""

from __future__ import annotations

from bilat.tui.app import BilatApp
from bilat.tui.screens.detail import DetailScreen
from bilat.tui.screens.main import MainScreen
from bilat.tui.screens.source import SourceScreen
from bilat.tui.widgets.key_footer import KeyFooter

from .conftest import screen_lines


def footer_line(app: BilatApp) -> str:
    return screen_lines(app)[-1]


async def test_the_detail_footer_lists_the_keys_and_follows_the_focus(app: BilatApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen)
        line = footer_line(app)
        assert line.startswith(" o Source  r Related  x Sides  ⏎ Quotes  esc Back  e Edit ")
        assert " q Quit  u Undo " in line
        assert line.endswith("▏? Keys ^p Palette ")  # the help key always, at the right
        assert "Down" not in line  # show=False keys stay in the help only

        app.screen.set_focus(None)  # the detail's own keys (o, r) go with its focus
        await pilot.pause()
        assert footer_line(app).startswith(" esc Back  e Edit ")

        app.screen.set_focus(app.screen.query_one("#detail-full"))
        await pilot.pause()
        assert footer_line(app).startswith(" o Source  r Related  x Sides ")


async def test_a_click_on_a_key_presses_it_and_hovering_shows_its_tooltip(
    app: BilatApp,
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, SourceScreen)
        line = footer_line(app)
        assert line.startswith(" n Next quote  N Previous quote ")
        footer = app.screen.query_one(KeyFooter)
        x = line.index(" n ") + 1
        await pilot.hover(KeyFooter, offset=(x, 0))
        assert footer.tooltip == "Jump to the next highlighted quote"
        await pilot.click(KeyFooter, offset=(x, 0))
        await pilot.pause()
        assert app.screen.current == 1
        await pilot.click(KeyFooter, offset=(line.index(" esc ") + 1, 0))
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


async def test_a_narrow_footer_leaves_out_whole_keys_not_halves(app: BilatApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        line = footer_line(app)
        keys, palette = line.split("▏")
        assert palette == "? Keys ^p Palette "  # whatever is left out is in the help
        # Every key shown has its whole description; the ones that did not fit are gone.
        shown = [part.strip() for part in keys.split("  ") if part.strip()]
        assert shown[-1] == "e Edit"  # "d Delete" and "c Cite" did not fit beside the help key
        assert all(" " in part for part in shown)
        assert "q Q" not in line


async def test_at_80_columns_the_main_footer_keeps_the_main_keys_and_help(
    app: BilatApp,
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        line = footer_line(app)
        assert line.startswith(" ⏎ Open  o Source  s Sort  / Filter ")
        assert line.endswith("▏? Keys ^p Palette ")
        footer = app.screen.query_one(KeyFooter)
        await pilot.click(KeyFooter, offset=(line.index("? Keys"), 0))
        await pilot.pause()
        from bilat.tui.screens.help import HelpScreen

        assert isinstance(app.screen, HelpScreen)
        assert footer is not None
