"""What the data can be: empty, hostile, changed by someone else while the explorer is open."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bilat.engine import Policy, Session
from bilat.store import Store
from bilat.store.models import Location, Project, SectorRef
from bilat.tui.app import BilatApp
from bilat.tui.screens.detail import DetailScreen
from bilat.tui.screens.help import HelpScreen
from bilat.tui.screens.main import MainScreen
from bilat.tui.screens.source import SourceScreen
from bilat.tui.widgets.filter_bar import FilterInput
from bilat.tui.widgets.sector_tree import SectorTree
from bilat.tui.widgets.source_view import SourceView

from .conftest import (
    ALL_AGREEMENTS,
    ALL_PROJECTS,
    ALUMINIUM,
    SECOND_COMPLEX,
    assert_screen_is_clean,
    detail_text,
    open_store,
    row_ids,
    screen_lines,
    screen_text,
    static_text,
    table,
    table_lines,
)

# -- an empty database -------------------------------------------------------------------


async def test_an_empty_database_tells_how_to_add_data(empty_store: Store) -> None:
    app = BilatApp(empty_store, poll=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for kind in ("projects", "agreements"):
            assert row_ids(app, kind) == []
            text = " ".join(line.strip() for line in table_lines(app, kind))
            assert f"No {kind} yet. Add data with `bilat import FILE`" in text
            assert "`bilat init` for the bundled seed data" in text
            assert "this screen refreshes by itself." in text
            assert static_text(app, f"#{kind}-title") == f"{kind.capitalize()} (0)"
        tree = app.main.query_one(SectorTree)
        assert str(tree.root.label) == "All  0·0"
        assert list(tree.root.children) == []
        assert "Nothing highlighted." in detail_text(app)
        assert (
            "0 projects · 0 agreements · 0 sectors · 0 orgs · 0 people · 0 sources · 0 claims"
            in screen_text(app)
        )
        assert_screen_is_clean(app)


async def test_every_key_is_harmless_on_an_empty_database(empty_store: Store) -> None:
    app = BilatApp(empty_store, poll=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter", "o", "s", "S", "j", "k", "G", "g", "a")
        await pilot.press("tab", "enter", "o", "tab", "down", "enter", "tab", "tab")
        assert isinstance(app.screen, MainScreen)
        await pilot.press("slash", *"status:draft", "escape")
        assert row_ids(app, "projects") == []
        text = " ".join(line.strip() for line in table_lines(app, "projects"))
        assert "No projects yet." in text  # not "no match": there is nothing at all
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape", "ctrl+p", *"anything")
        await pilot.pause(0.1)
        await pilot.press("enter", "escape")
        await pilot.pause()
        assert app.is_running
        assert not Path(empty_store.backend.path).exists()  # reading never creates the file


async def test_seeds_imported_elsewhere_appear_in_an_open_empty_explorer(
    empty_store: Store, seeded_db_bytes: bytes
) -> None:
    app = BilatApp(empty_store, poll=False)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        assert row_ids(app, "projects") == []
        Path(empty_store.backend.path).write_bytes(seeded_db_bytes)
        app.check_for_changes()
        await pilot.pause()
        assert row_ids(app, "projects") == ALL_PROJECTS
        assert row_ids(app, "agreements") == ALL_AGREEMENTS
        assert str(app.main.query_one(SectorTree).root.label) == "All  3·4"
        assert app.main.query_one("#detail").record_id == ALUMINIUM


# -- hostile strings -------------------------------------------------------------------

MARKUP = "[bold red]x[/]"
LINK = "[link=http://x]y[/link]"
HOSTILE = f"{MARKUP} {LINK} \x1b[31mANSI\x1b[0m bell\x07 soh\x01 tab\tend"
RTL = "مصنع \u202eالألمنيوم\u202c بوهران"
CYRILLIC = "Алюминиевый комбинат"
HOSTILE_SOURCE_TEXT = f"Preamble. The quote: {MARKUP} and {LINK} in {CYRILLIC}. End."
HOSTILE_PROJECT = "prj-aaa-hostile"
HOSTILE_AGREEMENT = "agr-aaa-hostile"


@pytest.fixture
def hostile_store(
    seeded_store: Store, import_bundle: Callable[[Store, dict[str, Any]], None]
) -> Store:
    import_bundle(
        seeded_store,
        {
            "sources": [
                {
                    "id": "src-hostile",
                    "title": f"{HOSTILE} {RTL}",
                    "lang": "en",
                    "text": HOSTILE_SOURCE_TEXT,
                }
            ],
            "sectors": [{"id": "sec-hostile", "name": {"en": f"{MARKUP} sector"}, "parent": None}],
            "orgs": [
                {
                    "id": "org-hostile",
                    "name": {"en": HOSTILE, "ru": CYRILLIC},
                    "acronym": "[b]A[/b]",
                    "kind": "company",
                    "country": "RU",
                }
            ],
            "projects": [
                {
                    "id": HOSTILE_PROJECT,
                    "name": {"en": f"{HOSTILE} {CYRILLIC}", "ar": RTL},
                    "sectors": [{"sector": "sec-hostile", "primary": True}],
                    "countries": ["DZ", "RU"],
                    "location": {"country": "DZ", "region": RTL, "locality": CYRILLIC},
                    "status": "announced",
                    "parties": [{"org": "org-hostile", "role": LINK}],
                    "flags": [HOSTILE],
                    "notes": f"{HOSTILE}\n{RTL}\n{CYRILLIC}",
                }
            ],
            "agreements": [
                {
                    "id": HOSTILE_AGREEMENT,
                    "title": {"ru": f"Меморандум {MARKUP}", "ar": RTL},
                    "instrument": "mou",
                    "parties": [{"org": "org-hostile", "role": None}],
                    "status": "draft",
                    "projects": [HOSTILE_PROJECT],
                    "notes": HOSTILE,
                }
            ],
            "claims": [
                {
                    "id": "clm-hostile",
                    "subject": HOSTILE_PROJECT,
                    "field": "notes",
                    "value": HOSTILE,
                    "source": "src-hostile",
                    "quote": f"{MARKUP} and {LINK} in {CYRILLIC}",
                    "note": HOSTILE,
                }
            ],
        },
    )
    return seeded_store


def assert_literal(text: str) -> None:
    assert MARKUP in text
    assert "\x1b" not in text
    assert "\x07" not in text
    assert "\x01" not in text
    assert "\u202e" not in text


async def test_hostile_strings_are_shown_literally_in_the_tables_and_detail(
    hostile_store: Store,
) -> None:
    app = BilatApp(hostile_store, poll=False)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        assert table(app, "projects").current_id == HOSTILE_PROJECT
        first_row = table_lines(app, "projects")[1]
        assert first_row.startswith(MARKUP)
        assert_literal(first_row)
        agreement_row = table_lines(app, "agreements")[1]
        assert agreement_row.startswith("Меморандум [bold")  # literal, not styled
        assert "[b]A[/b]" in agreement_row  # the party's acronym
        assert_literal(" ".join(table_lines(app, "projects") + table_lines(app, "agreements")))

        text = detail_text(app)
        assert_literal(text)
        assert LINK in text
        # Control characters become visible escapes; tabs and new lines stay.
        assert "\\x1b[31mANSI\\x1b[0m bell\\x07 soh\\x01 tab\tend" in text
        assert "\\u202e" in text
        assert CYRILLIC in text
        assert f"⚑ {MARKUP} {LINK}" in text  # the flags, at the top of the card
        assert f"  “{MARKUP} and {LINK} in {CYRILLIC}” [normal]" in text
        assert f"Parties: [b]A[/b] ({LINK})" in text

        tree = app.main.query_one(SectorTree)
        labels = [str(node.label) for node in tree.root.children]
        assert f"{MARKUP} sector  1·1" in labels
        assert_screen_is_clean(app)
        assert MARKUP in screen_text(app)

        for size in ((80, 24), (40, 12)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert_screen_is_clean(app)


async def test_hostile_strings_in_the_detail_screen_source_view_and_palette(
    hostile_store: Store,
) -> None:
    app = BilatApp(hostile_store, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen)
        assert_screen_is_clean(app)
        assert MARKUP in screen_text(app)
        related = [
            str(option.prompt)
            for option in app.screen.query_one("#detail-related").options  # type: ignore[attr-defined]
        ]
        assert any(MARKUP in prompt for prompt in related)
        await pilot.press("o")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SourceScreen)
        assert [mark.claim.id for mark in screen.marks] == ["clm-hostile"]
        heading = static_text(app, "#source-heading")
        assert_literal(heading)
        paragraph = screen.query_one(SourceView).plain
        assert paragraph == HOSTILE_SOURCE_TEXT
        assert_screen_is_clean(app)
        await pilot.press("escape", "escape")
        await pilot.pause()

        # The palette lists records by name: the name must not be read as markup
        # (a "[link=…" once made the search fail and show nothing).
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"hostile")
        for _ in range(50):
            await pilot.pause(0.02)
            if "project: [bold red]x[/]" in screen_text(app):
                break
        lines = screen_lines(app)
        assert any(line.strip().startswith("project: [bold red]x[/] [link=") for line in lines)
        assert any("agreement: Меморандум [bold red]x[/]" in line for line in lines)
        assert_screen_is_clean(app)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen)
        assert app.screen.record_id == HOSTILE_PROJECT


async def test_hostile_text_in_the_filter_box_and_the_database_path(
    hostile_store: Store,
) -> None:
    hostile_store.backend.location = f"/tmp/{MARKUP}\x1b[2J.json"
    app = BilatApp(hostile_store, poll=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        top = static_text(app, "#top-bar")
        assert f"/tmp/{MARKUP}\\x1b[2J.json" in top
        await pilot.press("slash", *"[link=http")
        await pilot.pause()
        assert app.main.query_one(FilterInput).value == "[link=http"
        assert row_ids(app, "projects") == [HOSTILE_PROJECT]
        await pilot.press("ctrl+u", *"[bold:")
        assert static_text(app, "#filter-status").startswith("unknown qualifier '[bold:'")
        assert_screen_is_clean(app)


# -- changes from outside -----------------------------------------------------------------


async def test_live_refresh_keeps_the_cursor_the_sector_and_the_filter(
    seeded_store: Store,
) -> None:
    app = BilatApp(seeded_store, poll=False)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        tree = app.main.query_one(SectorTree)
        tree.focus()
        await pilot.press("down", "enter")  # Heavy industry
        assert tree.current == "sec-heavy-industry"
        await pilot.press("slash", *"complex", "enter")
        projects = table(app, "projects")
        projects.focus()
        await pilot.press("j")
        assert row_ids(app, "projects") == [ALUMINIUM, SECOND_COMPLEX]
        assert projects.current_id == SECOND_COMPLEX

        # A colleague saves two projects from another process (another Store on the file).
        other = Store.open(seeded_store.backend.path)
        other.upsert_many(
            [
                Project(
                    id="prj-aaa-new-steel-complex",
                    name={"en": "A new steel complex"},
                    sectors=[SectorRef(sector="sec-steel", primary=True)],
                    location=Location(country="DZ", region="Oran"),
                    status="announced",
                ),
                Project(id="prj-zzz-pharma-complex", name={"en": "A pharma complex"}),
            ]
        )
        other.backend.close()
        assert seeded_store.changed()
        app.check_for_changes()
        await pilot.pause()

        # The new heavy-industry project shows; the sector and the filter still hold.
        assert row_ids(app, "projects") == [
            "prj-aaa-new-steel-complex",
            ALUMINIUM,
            SECOND_COMPLEX,
        ]
        assert tree.current == "sec-heavy-industry"
        assert app.main.query_one(FilterInput).value == "complex"
        # The cursor is still on the same record, one row lower now.
        assert projects.current_id == SECOND_COMPLEX
        assert projects.cursor_row == 2
        assert app.focused is projects
        assert app.main.query_one("#detail").record_id == SECOND_COMPLEX
        assert "A new steel comp" in table_lines(app, "projects")[1]  # the name, maybe cut
        assert static_text(app, "#projects-title") == "Projects (3 of 5)"
        assert "5 projects · 4 agreements" in static_text(app, "#top-bar")
        assert "Heavy industry  3·1" in [str(n.label) for n in tree.root.children]

        # Nothing changed: nothing to do.
        assert not seeded_store.changed()


async def test_live_refresh_when_the_highlighted_record_is_deleted(
    seeded_store: Store,
) -> None:
    app = BilatApp(seeded_store, poll=False)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        await pilot.press("j", "j")
        assert table(app, "projects").current_id == SECOND_COMPLEX
        other = Store.open(seeded_store.backend.path)
        other.delete(SECOND_COMPLEX, cascade=True)
        other.backend.close()
        app.check_for_changes()
        await pilot.pause()
        assert row_ids(app, "projects") == [ALUMINIUM, "prj-dz-ru-anticancer-medicine-plants"]
        assert table(app, "projects").current_id is not None
        assert app.main.query_one("#detail").record_id == table(app, "projects").current_id


async def test_a_damaged_database_file_is_reported_and_the_view_kept(
    seeded_store: Store,
) -> None:
    app = BilatApp(seeded_store, poll=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        path = Path(seeded_store.backend.path)
        path.write_text('{"projects": {"prj-x": {"id": 3}}', encoding="utf-8")
        app.check_for_changes()
        await pilot.pause()
        assert app.is_running
        assert row_ids(app, "projects") == ALL_PROJECTS
        assert [n.severity for n in app._notifications] == ["error"]


def test_open_store_shows_a_fixed_location(tmp_path: Path) -> None:
    """The snapshots rely on this: no temporary path in the top bar."""
    store = open_store(tmp_path / "x.json")
    assert store.location == "bilat.json"
    store.backend.close()


def test_large_is_decided_from_what_was_read_not_from_the_shown_location(
    tmp_path: Path, seeded_db_bytes: bytes
) -> None:
    """The location is for people (a fixed name here, a URL elsewhere), not a path to
    measure: the session decides "large" from what it read, by its policy."""
    path = tmp_path / "x.json"
    path.write_bytes(seeded_db_bytes)
    size = len(seeded_db_bytes)
    lazy = Session(open_store(path), Policy(lazy_above_bytes=size))  # shows "bilat.json"
    assert lazy.large(lazy.first())
    whole = Session(open_store(path), Policy(lazy_above_bytes=size + 1))
    assert not whole.large(whole.first())
