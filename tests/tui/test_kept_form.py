"""The project form is kept after it closes and refilled for the next project edited:
what it shows, saves and reports as changed is the next record's, nothing of the last."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import msgspec
import pytest
from textual.pilot import Pilot
from textual.widgets import Checkbox, Input, Select, SelectionList, TextArea

from bilat.store import Project, Store
from bilat.store.dates import parse_date
from bilat.store.models import Party, Person, Role
from bilat.tui import editing
from bilat.tui.app import BilatApp
from bilat.tui.editing import Editor
from bilat.tui.screen_pool import RecordScreen
from bilat.tui.screens.forms import DiscardScreen, ProjectForm, RecordForm
from bilat.tui.widgets.fields import FormField, RoleRow

from .conftest import press_save

ALUMINIUM = "prj-dz-ain-temouchent-aluminium-complex"
ANTICANCER = "prj-dz-ru-anticancer-medicine-plants"
SECOND_COMPLEX = "prj-dz-second-heavy-industry-complex"
MINISTRY = "org-dz-ministry-industry-pharma"
HEALTH = "org-ru-ministry-health"
ANPP = "org-dz-anpp"


def field(form: Any, key: str) -> FormField:
    return form.query_one(f"#field-{key.replace('.', '-')}", FormField)


def box(form: Any, key: str) -> str:
    return field(form, key).query_one(Input).value


def shown_parties(form: ProjectForm) -> list[tuple[object, object]]:
    rows = [row for row in field(form, "parties").query(".party-row") if row.display]
    return [
        (row.query_one(".party-org", Select).value, row.query_one(".party-role", Select).value)
        for row in rows
    ]


async def edit(pilot: Pilot[None], app: BilatApp, record_id: str) -> ProjectForm:
    form = await _edit_any(pilot, app, record_id)
    assert isinstance(form, ProjectForm)
    return form


async def close(pilot: Pilot[None], app: BilatApp) -> None:
    await pilot.press("escape")
    await pilot.pause()
    assert not isinstance(app.screen, (ProjectForm, DiscardScreen))


async def test_the_next_project_is_shown_in_the_same_form(app: BilatApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        first = await edit(pilot, app, ALUMINIUM)
        assert box(first, "dates.approved") == "récemment"
        assert shown_parties(first) == [(MINISTRY, "approver")]
        await close(pilot, app)

        form = await edit(pilot, app, ANTICANCER)
        assert form is first  # kept, not made again
        assert str(form.query_one("#form-title").content) == f"Edit project {ANTICANCER}"
        assert box(form, "id") == ANTICANCER and field(form, "id").query_one(Input).disabled
        assert box(form, "name.en") == "First anticancer medicine plants"
        assert field(form, "status").query_one(Select).value == "construction"
        assert field(form, "sectors").query_one(SelectionList).selected == ["sec-pharmaceuticals"]
        assert box(form, "dates.approved") == ""
        assert box(form, "dates.construction_start") == "il y a quelques jours"
        assert box(form, "dates.operation_start") == "fin 2025"
        assert field(form, "dates.operation_start").query_one(Checkbox).value is True
        assert field(form, "dates.approved").query_one(Checkbox).value is False
        assert shown_parties(form) == [(Select.NULL, Select.NULL)]  # none: one empty row
        notes = field(form, "notes").query_one(TextArea).text
        assert notes.startswith("The article does not say where")
        assert not form.dirty
        assert not form.query_one("#form-save").disabled  # checked: valid as it stands
        await close(pilot, app)  # nothing changed: no question asked

        again = await edit(pilot, app, ALUMINIUM)
        assert again is first
        assert shown_parties(again) == [(MINISTRY, "approver")]
        assert box(again, "dates.construction_start") == ""
        assert not again.dirty
        await close(pilot, app)


async def test_a_refilled_form_saves_its_own_record(app: BilatApp, tui_db: Path) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await edit(pilot, app, ALUMINIUM)
        await close(pilot, app)
        before = Store.open(tui_db).snapshot().get(SECOND_COMPLEX)
        form = await edit(pilot, app, SECOND_COMPLEX)
        name = field(form, "name.en").query_one(Input)
        name.focus()
        await pilot.press("end", "space", "x")
        assert form.dirty
        await press_save(pilot)
    saved = Store.open(tui_db).snapshot().get(SECOND_COMPLEX)
    assert isinstance(saved, Project) and isinstance(before, Project)
    assert saved.name["en"] == before.name["en"] + " x"
    unchanged = msgspec.structs.replace(saved, name=before.name, rev=before.rev)
    assert msgspec.to_builtins(unchanged) == msgspec.to_builtins(before)


async def _drawn(app: BilatApp, *record_ids: str) -> str:
    """The screen of the form of the last of ``record_ids``, each edited in turn."""
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for record_id in record_ids[:-1]:
            await edit(pilot, app, record_id)
            await close(pilot, app)
        form = await edit(pilot, app, record_ids[-1])
        for box_ in form.query("Input, TextArea"):
            box_.cursor_blink = False  # type: ignore[attr-defined]
        await pilot.pause()
        return app.export_screenshot()


async def test_a_refilled_form_looks_as_a_new_one(tui_db: Path) -> None:
    fresh = await _drawn(BilatApp(Store.open(tui_db), poll=False), ANTICANCER)
    refilled = await _drawn(BilatApp(Store.open(tui_db), poll=False), ALUMINIUM, ANTICANCER)
    assert refilled == fresh


async def test_a_project_with_more_parties_than_the_last_is_read_whole(
    app: BilatApp, seeded_store: Store
) -> None:
    """The form made for one party row is refilled with three: the rows it adds are
    read back (checked, saved) and are no change of the user's."""
    record = seeded_store.snapshot().get(SECOND_COMPLEX)
    assert isinstance(record, Project)
    three = [
        Party(org=MINISTRY, role="approver"),
        Party(org=HEALTH, role="partner"),
        Party(org=ANPP, role="host"),
    ]
    seeded_store.upsert(msgspec.structs.replace(record, parties=three), expected_rev=record.rev)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await edit(pilot, app, ALUMINIUM)
        await close(pilot, app)
        form = await edit(pilot, app, SECOND_COMPLEX)
        await pilot.pause()
        assert shown_parties(form) == [
            (MINISTRY, "approver"),
            (HEALTH, "partner"),
            (ANPP, "host"),
        ]
        assert not form.dirty
        built = form.validate()
        assert built is not None and built.parties == three  # type: ignore[attr-defined]
        await close(pilot, app)  # nothing changed: no question asked


async def _drawn_in(tui_db: Path, theme: str, *record_ids: str) -> str:
    """As ``_drawn``, the theme changed before the last form opens."""
    app = BilatApp(Store.open(tui_db), poll=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for record_id in record_ids[:-1]:
            await edit(pilot, app, record_id)
            await close(pilot, app)
        app.theme = theme
        await pilot.pause()
        form = await edit(pilot, app, record_ids[-1])
        for box_ in form.query("Input, TextArea"):
            box_.cursor_blink = False  # type: ignore[attr-defined]
        await pilot.pause()
        return app.export_screenshot()


async def test_a_form_refilled_after_a_theme_change_is_drawn_in_it(tui_db: Path) -> None:
    """The kept form keeps what it drew while closed: never in the colours of the theme
    it was closed in."""
    fresh = await _drawn_in(tui_db, "nord", ANTICANCER)
    refilled = await _drawn_in(tui_db, "nord", ALUMINIUM, ANTICANCER)
    assert refilled == fresh


# -- the form made ahead, off screen, after the warm-up -----------------------------------


async def _made_ahead(pilot: Pilot[None], app: BilatApp) -> ProjectForm:
    """The project form the explorer makes ahead, once complete (never shown)."""
    for _ in range(400):
        await pilot.pause(0.01)
        form = app.editor.kept("projects")
        if form is not None and form.complete:
            assert isinstance(form, ProjectForm)
            assert form not in app.screen_stack and form.is_running
            return form
    raise AssertionError("no project form made ahead")


async def _being_made(pilot: Pilot[None], app: BilatApp) -> ProjectForm:
    """The project form the explorer makes ahead, caught before it is complete."""
    for _ in range(400):
        await pilot.pause(0.01)
        form = app.editor.kept("projects")
        if form is not None and form.ahead:
            assert isinstance(form, ProjectForm) and not form.complete
            return form
    raise AssertionError("no project form being made ahead")


@pytest.fixture
def slow_ahead(monkeypatch: pytest.MonkeyPatch) -> None:
    """A form made ahead takes seconds, not a fraction of one: caught while being made."""
    monkeypatch.setattr(ProjectForm, "AHEAD_PAUSE", 0.3)


async def test_the_first_edit_refills_the_form_made_ahead(app: BilatApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        ahead = await _made_ahead(pilot, app)
        assert app.screen is app.main  # made off screen
        form = await edit(pilot, app, ALUMINIUM)
        assert form is ahead
        assert str(form.query_one("#form-title").content) == f"Edit project {ALUMINIUM}"
        assert box(form, "id") == ALUMINIUM and field(form, "id").query_one(Input).disabled
        assert box(form, "dates.approved") == "récemment"
        assert shown_parties(form) == [(MINISTRY, "approver")]
        assert all(f.visible for f in form.query(FormField))
        assert form.focused is field(form, "name.en").query_one(Input)
        assert not form.dirty
        assert not form.query_one("#form-save").disabled
        await close(pilot, app)
        assert await edit(pilot, app, ANTICANCER) is ahead
        assert box(ahead, "name.en") == "First anticancer medicine plants"


async def test_the_form_made_ahead_saves_its_record(app: BilatApp, tui_db: Path) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await _made_ahead(pilot, app)
        before = Store.open(tui_db).snapshot().get(SECOND_COMPLEX)
        form = await edit(pilot, app, SECOND_COMPLEX)
        field(form, "name.en").query_one(Input).focus()
        await pilot.press("end", "space", "x")
        await press_save(pilot)
    saved = Store.open(tui_db).snapshot().get(SECOND_COMPLEX)
    assert isinstance(saved, Project) and isinstance(before, Project)
    assert saved.name["en"] == before.name["en"] + " x"
    unchanged = msgspec.structs.replace(saved, name=before.name, rev=before.rev)
    assert msgspec.to_builtins(unchanged) == msgspec.to_builtins(before)


async def test_the_form_made_ahead_looks_as_one_made_at_the_edit(
    tui_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ahead_app = BilatApp(Store.open(tui_db), poll=False)
    async with ahead_app.run_test(size=(120, 40)) as pilot:
        await _made_ahead(pilot, ahead_app)
    ahead = await _drawn(BilatApp(Store.open(tui_db), poll=False), ANTICANCER)
    monkeypatch.setattr(Editor, "make_ahead", lambda self, kind="projects": None)
    made = await _drawn(BilatApp(Store.open(tui_db), poll=False), ANTICANCER)
    assert ahead == made


async def test_an_edit_while_the_form_is_made_ahead_makes_its_own(
    app: BilatApp, slow_ahead: None
) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        being_made = await _being_made(pilot, app)
        form = await edit(pilot, app, ALUMINIUM)
        assert form is not being_made and app.editor.kept("projects") is form
        await pilot.pause()
        assert not being_made.is_running  # removed: on no stack, nothing else would
        assert shown_parties(form) == [(MINISTRY, "approver")]
        assert box(form, "dates.approved") == "récemment"
        await close(pilot, app)
        assert await edit(pilot, app, ANTICANCER) is form


async def test_other_screens_and_quitting_do_not_wait_for_the_form_made_ahead(
    app: BilatApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each step of the making waits seconds, so a loaded machine cannot finish it while the
    # detail screen opens and closes: the form is still being made when the test looks.
    monkeypatch.setattr(ProjectForm, "AHEAD_PAUSE", 5.0)
    async with app.run_test(size=(120, 40)) as pilot:
        being_made = await _being_made(pilot, app)
        await pilot.press("enter")  # the highlighted project's detail
        await pilot.pause()
        assert isinstance(app.screen, RecordScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.main and being_made.ahead
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_code == 0


# -- every kind's form is kept ---------------------------------------------------------

MINISTER = "per-ali-aoun"
SECOND_PERSON = "per-test-second-person"
MOU = "agr-dz-ru-anpp-institute-mou"


async def _edit_any(pilot: Pilot[None], app: BilatApp, record_id: str) -> RecordForm:
    app.editor.edit(record_id)
    for _ in range(200):
        await pilot.pause()
        if isinstance(app.screen, RecordForm) and app.screen.complete:
            break
    form = app.screen
    assert isinstance(form, RecordForm) and form.complete
    assert form.original is not None and form.original.id == record_id
    return form


def _roles_shown(form: RecordForm) -> list[tuple[str, str, object, str, str]]:
    return [
        (
            row.query_one(".role-title-en", Input).value,
            row.query_one(".role-title-fr", Input).value,
            row.query_one(".role-org", Select).value,
            row.query_one(".role-from", Input).value,
            row.query_one(".role-to", Input).value,
        )
        for row in form.query(RoleRow)
        if row.display
    ]


async def test_a_person_with_more_roles_refills_the_kept_form(
    app: BilatApp, seeded_store: Store
) -> None:
    minister = seeded_store.snapshot().get(MINISTER)
    assert isinstance(minister, Person) and len(minister.roles) == 1
    second = Person(
        id=SECOND_PERSON,
        name={"en": "Second Person"},
        roles=[
            Role(title={"en": "director"}, org=MINISTRY, from_=parse_date("2019")),
            Role(title={"fr": "conseiller"}, to=parse_date("fin 2024")),
        ],
    )
    seeded_store.upsert(second, expected_rev=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        first = await _edit_any(pilot, app, MINISTER)
        shown_minister = _roles_shown(first)
        assert len(shown_minister) == 1
        await close(pilot, app)

        form = await _edit_any(pilot, app, SECOND_PERSON)
        assert form is first
        await pilot.pause()
        assert _roles_shown(form) == [
            ("director", "", MINISTRY, "2019", ""),
            ("", "conseiller", Select.NULL, "", "fin 2024"),
        ]
        assert not form.dirty
        built = form.validate()
        assert built is not None and built.roles == second.roles  # type: ignore[attr-defined]
        await close(pilot, app)

        again = await _edit_any(pilot, app, MINISTER)
        assert again is first
        assert _roles_shown(again) == shown_minister  # the second row hidden, emptied
        assert not again.dirty
        built = again.validate()
        assert built is not None and built.roles == minister.roles  # type: ignore[attr-defined]
        await close(pilot, app)


async def test_an_agreement_form_is_kept_and_saves_the_next_agreement(
    app: BilatApp, seeded_store: Store, tui_db: Path
) -> None:
    agreements = list(seeded_store.snapshot().tables["agreements"])
    other = next(rid for rid in agreements if rid != MOU)
    before = seeded_store.snapshot().get(other)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        first = await _edit_any(pilot, app, MOU)
        await close(pilot, app)
        form = await _edit_any(pilot, app, other)
        assert form is first and not form.dirty
        notes = field(form, "notes").query_one(TextArea)
        notes.focus()
        notes.text = (notes.text + "\nchecked").strip()
        await pilot.pause()
        assert form.dirty
        await press_save(pilot)
    saved = Store.open(tui_db).snapshot().get(other)
    assert saved is not None and before is not None
    assert saved.notes is not None and saved.notes.endswith("checked")  # type: ignore[attr-defined]
    unchanged = msgspec.structs.replace(saved, notes=before.notes, rev=before.rev)  # type: ignore[arg-type]
    assert msgspec.to_builtins(unchanged) == msgspec.to_builtins(before)


async def test_the_explorer_closes_while_the_form_is_made_ahead(
    tui_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Closed in the middle of a step (a field's widgets being mounted), nothing fails."""
    monkeypatch.setattr(editing, "AHEAD_AFTER", 0.001)
    monkeypatch.setattr(ProjectForm, "AHEAD_PAUSE", 0.001)  # a step nearly always under way
    for _ in range(6):
        app = BilatApp(Store.open(tui_db), poll=False)
        async with app.run_test(size=(120, 40)) as pilot:
            await _being_made(pilot, app)
        assert app.return_code in (0, None)


@pytest.mark.usefixtures("slow_ahead")
async def test_the_form_is_made_ahead_while_the_user_pauses(
    app: BilatApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its steps wait for a pause of the user's (no key for ``AHEAD_QUIET``)."""
    # A pause of seconds, so that on a loaded machine no gap between the keys below is one.
    monkeypatch.setattr(editing, "AHEAD_QUIET", 5.0)
    async with app.run_test(size=(120, 40)) as pilot:
        form = await _being_made(pilot, app)  # its steps 0.3 s apart: caught well before the end
        await pilot.press("down")  # from this key on, no step may start for five seconds
        await pilot.pause(1.0)  # a step begun before the key has ended by now
        fields = len(form.query(FormField))
        for key in ["up", "down"] * 6:  # at work: a key every 0.1 s
            await pilot.press(key)
            await pilot.pause(0.1)
        assert len(form.query(FormField)) == fields and form.ahead
        for _ in range(300):  # a pause: made
            if form.complete:
                break
            await pilot.pause(0.1)
        assert await _made_ahead(pilot, app) is form
