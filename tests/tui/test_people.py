"""People in the explorer: a party's detail one keystroke from a project's, the palette,
the person form (new and edit), delete."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.widgets import Input, OptionList, Select

from bilat.store import Project, Store
from bilat.store.models import Party, Person, Role
from bilat.tui.app import BilatApp
from bilat.tui.screens.detail import DetailScreen
from bilat.tui.screens.dialogs import ConfirmDeleteScreen
from bilat.tui.screens.forms import PersonForm
from bilat.tui.screens.main import MainScreen
from bilat.tui.widgets.fields import FormField, RoleRow
from tests.tui.conftest import (
    ALUMINIUM,
    detail_text,
    open_store,
    pilot_test,
    press_save,
    screen_text,
)

MINISTER = "per-ali-aoun"
MINISTRY = "org-dz-ministry-industry-pharma"
TITLE = "ministre de l’Industrie et de la Production pharmaceutique"
SIZE = (120, 40)


def with_minister_as_party(path: Path) -> None:
    """Make the minister a party to the aluminium complex (test data: the article does not)."""
    store = Store.open(path)
    project = store.get(ALUMINIUM)
    assert isinstance(project, Project)
    fields = {f: getattr(project, f) for f in project.__struct_fields__}
    fields["parties"] = [*project.parties, Party(person=MINISTER, role="approver")]
    store.upsert(Project(**fields), expected_rev=project.rev)
    store.backend.close()


def form_field(screen: Any, key: str) -> FormField:
    return screen.query_one(f"#field-{key.replace('.', '-')}", FormField)


async def palette_open(pilot: Any, query: str, expected: str) -> None:
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*query)
    for _ in range(100):
        await pilot.pause(0.02)
        if expected in screen_text(pilot.app):
            break
    await pilot.press("enter")
    await pilot.pause()


@pilot_test
async def test_a_person_party_opens_from_the_project_detail(tui_db: Path) -> None:
    with_minister_as_party(tui_db)
    app = BilatApp(open_store(tui_db), poll=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen) and app.screen.record_id == ALUMINIUM
        assert "Ali Aoun (approver)" in detail_text(app)  # named among the parties
        await pilot.press("r")
        links = app.screen.query_one("#detail-related", OptionList)
        ids = [links.get_option_at_index(i).id for i in range(links.option_count)]
        assert MINISTER in ids
        while links.highlighted != ids.index(MINISTER):
            await pilot.press("down")
        assert "party (approver): Ali Aoun" in str(
            links.get_option_at_index(ids.index(MINISTER)).prompt
        )
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen) and app.screen.record_id == MINISTER
        text = detail_text(app)
        assert text.startswith("Ali Aoun\n")
        assert f"Roles: {TITLE} [fr] — Ministry of Industry and Pharmaceutical Production" in text
        assert "“le ministre de l’Industrie et de la Production pharmaceutique, Ali Aoun”" in text
        # ... and back to the project, which he is a party to.
        await pilot.press("r")
        links = app.screen.query_one("#detail-related", OptionList)
        assert links.get_option_at_index(0).id == ALUMINIUM
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.record_id == ALUMINIUM


@pilot_test
async def test_the_palette_jumps_to_a_person_and_the_form_edits_him(tui_db: Path) -> None:
    app = BilatApp(open_store(tui_db), poll=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await palette_open(pilot, "aoun", "person: Ali Aoun")
        assert isinstance(app.screen, DetailScreen) and app.screen.record_id == MINISTER
        await pilot.press("e")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, PersonForm) and not form.is_new
        assert form_field(form, "name.fr").query_one(Input).value == "Ali Aoun"
        row = form.query_one(RoleRow)
        assert row.query_one(".role-title-fr", Input).value == TITLE
        assert row.query_one(".role-org", Select).value == MINISTRY
        row.query_one(".role-title-en", Input).value = "Minister of Industry"
        row.query_one(".role-from", Input).value = "Q5 2025"
        await pilot.pause()
        assert "role 1, from" in str(form_field(form, "roles").query_one(".field-error").content)
        row.query_one(".role-from", Input).value = "2023"
        await pilot.pause()
        await press_save(pilot)
        assert isinstance(app.screen, DetailScreen)
        saved = Store.open(tui_db).get(MINISTER)
        assert isinstance(saved, Person)
        assert saved.roles[0].title == {"fr": TITLE, "en": "Minister of Industry"}
        assert saved.roles[0].org == MINISTRY
        assert saved.roles[0].from_ is not None and saved.roles[0].from_.earliest == "2023-01-01"
        assert saved.notes is not None and saved.notes.startswith("He and Russian")  # kept


@pilot_test
async def test_a_new_person_from_the_palette(tui_db: Path) -> None:
    app = BilatApp(open_store(tui_db), poll=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await palette_open(pilot, "new person", "New person")
        form = app.screen
        assert isinstance(form, PersonForm) and form.is_new
        form_field(form, "name.en").query_one(Input).value = "Ivan Petrov"
        row = form.query_one(RoleRow)
        row.query_one(".role-title-en", Input).value = "director"
        row.query_one(".role-org", Select).value = "org-ru-ministry-health"
        await pilot.pause()
        await press_save(pilot)
        assert isinstance(app.screen, MainScreen)
        saved = Store.open(tui_db).get("per-ivan-petrov")
        assert saved == Person(
            id="per-ivan-petrov",
            name={"en": "Ivan Petrov"},
            roles=[Role(title={"en": "director"}, org="org-ru-ministry-health")],
            rev=1,
        )


@pilot_test
async def test_deleting_a_person_party_says_what_goes(tui_db: Path) -> None:
    with_minister_as_party(tui_db)
    app = BilatApp(open_store(tui_db), poll=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.open_record(MINISTER)
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDeleteScreen)
        shown = screen_text(app)
        assert f"({ALUMINIUM})" in shown and "clm-per-ali-aoun-name" in shown
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        store = Store.open(tui_db)
        assert store.snapshot().find(MINISTER) is None
        project = store.get(ALUMINIUM)
        assert isinstance(project, Project)
        assert [party.who for party in project.parties] == [MINISTRY]
