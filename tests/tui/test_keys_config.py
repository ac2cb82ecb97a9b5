"""Keys and settings: the help generated from every binding (ids, tab, F-keys), keys moved
by the config, a theme remembered, saved filters, the stale-rows marker, the sector tree
that filters where the cursor rests, j/k in the related list, a quote to its field."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from rich.console import Console
from textual.widgets import OptionList, Static

from bilat.store import Store
from bilat.store.config import Config, load_config
from bilat.tui.app import BilatApp
from bilat.tui.screens.detail import DetailScreen
from bilat.tui.screens.help import HelpScreen, bindings_of
from bilat.tui.screens.main import STALE, MainScreen
from bilat.tui.screens.saved_filter import SaveFilterScreen
from bilat.tui.screens.source import SourceScreen
from bilat.tui.settings import Settings
from bilat.tui.widgets.detail_view import DetailView
from bilat.tui.widgets.filter_bar import FilterInput
from bilat.tui.widgets.sector_tree import PAUSE_SECONDS, SectorTree

from .conftest import ALL_PROJECTS, ALUMINIUM, ANTICANCER, row_ids, screen_text, static_text


def help_text(app: BilatApp) -> str:
    console = Console(width=160, color_system=None, file=io.StringIO())
    console.print(app.screen.query_one("#help-text", Static).content)
    return console.file.getvalue()  # type: ignore[attr-defined]


def configured(store: Store, tmp_path: Path, config: Config | None = None) -> BilatApp:
    path = tmp_path / "config" / "config.toml"
    return BilatApp(store, poll=False, settings=Settings(config or Config(), path))


async def wait_for(pilot: Any, found: Any, what: str) -> None:
    for _ in range(200):
        await pilot.pause(0.02)
        if found():
            return
    raise AssertionError(f"waited in vain for {what}")


async def test_the_help_lists_every_binding_with_its_id_tab_and_the_f_keys(
    app: BilatApp,
) -> None:
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = help_text(app)
        lines = text.splitlines()
        for _title, owner in BilatApp.help_sections():
            for binding in bindings_of(owner):
                if binding.id:
                    assert binding.id in text, binding.id
        for key in ("tab", "shift+tab", "f1", "f2", "f3", "f4", "f5", "f7", "f8", "f10"):
            assert any(key in line.split("  ")[1].split() for line in lines if "  " in line), key
        # One line per action, its keys together: ? and F1 open this help.
        assert any(
            line.split()[:2] == ["?", "f1"] and "app.help app.help_f1" in line for line in lines
        )
        assert any(line.split()[:1] == ["tab"] for line in lines)


async def test_keys_moved_in_the_config_work_and_the_help_shows_them(
    seeded_store: Store, tmp_path: Path
) -> None:
    config = Config(keys={"main.filter": "ctrl+f", "app.help": "f9", "no.such": "x"})
    app = configured(seeded_store, tmp_path, config)
    notes: list[str] = []
    app.notify = lambda message, **kw: notes.append(str(message))  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert any("no key has the id 'no.such'" in note for note in notes)
        await pilot.press("slash")  # moved away: the table does nothing with it
        await pilot.pause()
        assert not isinstance(app.focused, FilterInput)
        await pilot.press("ctrl+f", *"sector:pharma")
        await pilot.pause()
        assert isinstance(app.focused, FilterInput)
        assert row_ids(app, "projects") == [ANTICANCER]
        await pilot.press("escape", "question_mark")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("f9")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        lines = help_text(app).splitlines()
        filter_line = next(line for line in lines if "main.filter" in line)
        assert filter_line.split()[:2] == ["ctrl+f", "f3"]
        assert next(line for line in lines if "app.help " in line).split()[:2] == ["f9", "f1"]
        # The footer shows the key where it is now.
        await pilot.press("escape")
        await pilot.pause()
        assert "▏f9 Keys ^p Palette " in screen_text(app)


async def test_a_theme_chosen_is_remembered_for_the_next_session(
    seeded_store: Store, tmp_path: Path
) -> None:
    app = configured(seeded_store, tmp_path)
    path = app.settings.path
    assert path is not None
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.theme = "nord"
        await wait_for(pilot, lambda: path.exists(), "the config file")
        await app.workers.wait_for_complete()
    assert load_config(path).theme == "nord"

    again = BilatApp(seeded_store, poll=False, settings=Settings(load_config(path), path))
    async with again.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert again.theme == "nord"


async def test_a_filter_saved_from_the_palette_is_recalled_from_it(
    seeded_store: Store, tmp_path: Path
) -> None:
    app = configured(seeded_store, tmp_path)
    path = app.settings.path
    assert path is not None
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"sector:heavy status:approved", "enter")
        await pilot.pause()
        assert row_ids(app, "projects") == [ALUMINIUM, "prj-dz-second-heavy-industry-complex"]
        await palette(pilot, "save this filter", "Save this filter as")
        assert isinstance(app.screen, SaveFilterScreen)
        await pilot.press(*"bad name")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SaveFilterScreen)  # said in place, to change it
        assert "a filter's name is letters" in static_text(app, "#save-filter-error")
        for _ in "bad name":
            await pilot.press("backspace")
        await pilot.press(*"heavy-approved", "enter")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        await app.workers.wait_for_complete()
        assert load_config(path).filters == {"heavy-approved": "sector:heavy status:approved"}

        app.main.set_filter_text("")
        await pilot.pause()
        assert row_ids(app, "projects") == ALL_PROJECTS
        await palette(pilot, "heavy-appr", "Saved filter: heavy-approved")
        assert app.main.query_one(FilterInput).value == "sector:heavy status:approved"
        assert row_ids(app, "projects") == [ALUMINIUM, "prj-dz-second-heavy-industry-complex"]


async def palette(pilot: Any, query: str, expected: str) -> None:
    app = pilot.app
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*query)
    await wait_for(pilot, lambda: expected in screen_text(app), expected)
    await pilot.press("enter")
    await pilot.pause()


async def test_rows_kept_after_a_mistake_in_the_filter_are_marked_stale(app: BilatApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"sector:pharma")
        await pilot.pause()
        assert row_ids(app, "projects") == [ANTICANCER]
        assert STALE not in static_text(app, "#projects-title")
        # (Typed at once, as a paste: typed key by key, "… status" is a good filter.)
        app.main.set_filter_text("sector:pharma status:nope")
        await pilot.pause()
        assert row_ids(app, "projects") == [ANTICANCER]  # the last good filter's rows
        assert static_text(app, "#projects-title") == f"Projects (1 of 3)  {STALE}"
        assert STALE in static_text(app, "#agreements-title")
        assert "unknown status 'nope'" in static_text(app, "#filter-status")
        app.main.set_filter_text("sector:pharma")
        await pilot.pause()
        assert static_text(app, "#projects-title") == "Projects (1 of 3)"
        # A name that matches nothing is a mistake too (found when the filter is applied).
        app.main.set_filter_text("sector:pharma org:zzzz")
        await pilot.pause()
        assert STALE in static_text(app, "#projects-title")
        assert row_ids(app, "projects") == [ANTICANCER]


async def test_the_sector_tree_filters_where_the_cursor_rests_not_at_each_step(
    app: BilatApp,
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        tree = app.main.query_one(SectorTree)
        tree.focus()
        await pilot.press("home", "down", "down", "down")
        await pilot.pause()
        assert tree.current is None  # no filter yet, for any sector passed
        assert row_ids(app, "projects") == ALL_PROJECTS
        await pilot.pause(PAUSE_SECONDS + 0.3)
        assert tree.current == tree.highlighted is not None  # it rested there
        await pilot.press("home", "down", "enter")  # enter: at once
        assert tree.current == "sec-heavy-industry"
        assert row_ids(app, "projects") == [ALUMINIUM, "prj-dz-second-heavy-industry-complex"]


async def test_j_and_k_move_in_the_related_list(app: BilatApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("enter", "r")
        await pilot.pause()
        links = app.screen.query_one("#detail-related", OptionList)
        assert app.focused is links
        assert links.highlighted == 0
        await pilot.press("j", "j")
        assert links.highlighted == 2
        await pilot.press("k")
        assert links.highlighted == 1


async def test_enter_on_a_quote_opens_the_record_at_the_field_it_backs(app: BilatApp) -> None:
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SourceScreen)
        # A quote far down the record's detail: its last field with a claim.
        last = max(range(len(screen.marks)), key=lambda n: screen.marks[n].claim.field)
        for _ in range(last):
            await pilot.press("n")
        claim = screen.marks[screen.current].claim
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen)
        assert app.screen.record_id == claim.subject
        view = app.screen.query_one(DetailView)
        # The card's cursor is on the field the quote backs, unfolded, at the top of the view.
        field = view.current_field
        assert field is not None and field in view.unfolded
        start, _end, _key = view._field_rows[view.field_cursor]
        top = round(view.scroll_y)
        assert top <= start < top + view.scrollable_content_region.height
        assert claim.quote[:20] in view.text
        shown = screen_text(app)
        label = claim.field.split(".")[0].replace("_", " ").capitalize()
        assert label.split()[0] in shown


async def test_long_work_shows_a_bar_above_the_footer_until_it_ends(
    app: BilatApp, monkeypatch: Any
) -> None:
    from bilat.tui.widgets import work_bar
    from bilat.tui.widgets.work_bar import WorkBar

    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        bar = app.main.query_one(WorkBar)
        app.show_progress("Indexing words", 10, 100)  # just begun: not yet
        await pilot.pause()
        assert not bar.display or not bar.has_class("-shown")
        monkeypatch.setattr(work_bar, "DELAY_SECONDS", 0.0)
        app.show_progress("Indexing words", 50, 100)
        await pilot.pause()
        assert bar.has_class("-shown")
        assert "Indexing words" in screen_text(app)
        app.show_progress("Indexing words", 100, 100)
        await pilot.pause()
        assert not bar.has_class("-shown")
        assert "Indexing words" not in screen_text(app)
