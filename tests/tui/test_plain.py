"""Plain terminals: the Linux console and a C locale get ASCII that says the same things;
NO_COLOR keeps states apart without colour."""

from __future__ import annotations

import io

import pytest
from rich.console import Console
from textual.widgets import Static

from bilat.store import Store
from bilat.tui.app import BilatApp
from bilat.tui.plain import ascii_text, glyphs_missing, key_in_words, no_color, utf8_locale

from .conftest import screen_lines, table_lines


def test_which_terminals_lack_the_glyphs() -> None:
    utf8 = {"LANG": "fr_FR.UTF-8", "TERM": "xterm-256color"}
    assert not glyphs_missing(utf8)
    assert glyphs_missing({**utf8, "TERM": "linux"})
    assert glyphs_missing({"LANG": "C", "TERM": "xterm"})
    assert glyphs_missing({"TERM": "xterm"})  # no locale at all: the C locale
    # LC_ALL wins over LANG, as in the C library.
    assert glyphs_missing({"LC_ALL": "C", "LANG": "en_US.UTF-8", "TERM": "xterm"})
    assert utf8_locale({"LC_CTYPE": "en_GB.utf8"})
    assert no_color({"NO_COLOR": "1"}) and not no_color({"NO_COLOR": ""})


def test_ascii_keeps_each_cell_and_the_sense() -> None:
    drawn = "╭─ Sectors ─╮│▼ All  3·4│ ⚠⚑?✓ Name ▲ “fin 2025” — Témouchent…"
    plain = ascii_text(drawn)
    assert plain.isascii() and len(plain) == len(drawn)
    assert plain.startswith("+- Sectors -+|v All  3.4| !F?+ Name ^")
    assert '"fin 2025" - Temouchent~' in plain
    # Letters stay where the terminal has them (the console in a UTF-8 locale).
    assert ascii_text("Témouchent ╰", letters=False) == "Témouchent +"
    # A wide character keeps its two cells.
    assert ascii_text("日") == "??"


@pytest.mark.parametrize("env", [{"TERM": "linux"}, {"LANG": "C", "LC_ALL": "C"}])
async def test_a_plain_terminal_gets_ascii_everywhere(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch, env: dict[str, str]
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    app = BilatApp(seeded_store, poll=False)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        lines = screen_lines(app)
        letters = "LC_ALL" in env
        for line in lines:
            assert line.isascii() or not letters, line
            assert not set(line) & set("╭╮╰╯─│▼├└⚑⚠✓…▏⏎"), line
        text = "\n".join(lines)
        assert "+--" in text and "|v All" in text.replace("│", "|")
        # The marks say the same: F for a flagged record, as in the table's own cells.
        assert "F" in table_lines(app, "projects")[1] or "F " in text
        # Keys drawn as glyphs elsewhere are spelled as the keycap says: a lone "v" for
        # down would read as the overview's key, "<" for enter as a way back.
        assert "enter Open" in lines[-1], lines[-1]
        await pilot.press("s")
        assert "Name ^" in "\n".join(screen_lines(app))
        await pilot.press("question_mark")
        await pilot.pause()
        help_text = app.screen.query_one("#help-text", Static)
        out = io.StringIO()
        Console(width=120, file=out, color_system=None).print(help_text.content)
        listed = out.getvalue()
        assert "down j" in listed and "↓" not in listed, listed


def test_glyph_keys_spelled_as_words() -> None:
    assert key_in_words("⏎") == "enter"
    assert key_in_words("shift+↑") == "shift+up"
    assert key_in_words("ctrl+p") == "ctrl+p" and key_in_words("v") == "v"


@pytest.mark.parametrize("colour", [False, True], ids=["NO_COLOR", "colour"])
async def test_without_colour_an_unticked_box_is_empty(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch, colour: bool
) -> None:
    """Textual draws an X in every box, ticked or not, and tells them apart by colour alone:
    under NO_COLOR a box that is not ticked is drawn empty."""
    from textual.widgets import Checkbox, SelectionList

    if colour:
        monkeypatch.delenv("NO_COLOR", raising=False)
    else:
        monkeypatch.setenv("NO_COLOR", "1")
    app = BilatApp(seeded_store, poll=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.main.query_one("#projects").focus()
        await pilot.press("e")  # the aluminium complex: three of six sectors ticked
        await pilot.pause()
        sectors = next(
            box for box in app.screen.query(SelectionList) if "Tourism" in str(box.options)
        )
        drawn = {}
        for y in range(sectors.option_count):
            line = sectors.render_line(y).text
            name = line.split("▌", 1)[-1].strip()
            drawn[name] = line
        ticked = {
            str(sectors.get_option_at_index(n).prompt)
            for n in range(sectors.option_count)
            if sectors.get_option_at_index(n).value in sectors.selected
        }
        assert ticked and len(ticked) < sectors.option_count
        for name, line in drawn.items():
            box = line.split("▐", 1)[1][0]
            assert box == ("X" if name in ticked or colour else " "), line
        planned = app.screen.query(Checkbox).first()
        assert not planned.value
        assert ("X" in planned.render().__str__()) == colour
