"""Forms come from the kind specs: every kind with a form layout has a form, every field
type in a layout an editor, and a form offers a vocabulary as the detail shows it."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Label, Select, SelectionList

from bilat.store import Agreement, Project, Store, display_name
from bilat.store.kinds import FORM_KINDS, SPECS
from bilat.store.models import DateValue, Event
from bilat.store.present import describe
from bilat.tui.app import BilatApp
from bilat.tui.editing import EDITABLE
from bilat.tui.screens.forms import EDITORS, FORMS, AgreementForm
from bilat.tui.widgets.fields import ChoiceField, FormField, FoundChoiceField
from tests.tui.conftest import ALUMINIUM, MOU, open_store, pilot_test, press_save


def test_every_kind_laid_out_for_a_form_has_one() -> None:
    assert tuple(FORMS) == EDITABLE
    assert set(FORMS) == set(FORM_KINDS)
    for kind, form in FORMS.items():
        assert form.kind == kind
        for name in SPECS[kind].form:
            assert SPECS[kind].field(name).type in EDITORS, (kind, name)


@pilot_test
async def test_a_form_offers_a_vocabulary_as_the_detail_shows_it(tui_db: Path) -> None:
    store = Store.open(tui_db)
    mou = store.get(MOU)
    assert isinstance(mou, Agreement)
    fields = {f: getattr(mou, f) for f in mou.__struct_fields__}
    fields.update(
        status="in_force",
        events=[Event(type="in_force", date=DateValue(raw="2025", earliest="2025-01-01"))],
    )
    store.upsert(Agreement(**fields), expected_rev=mou.rev)
    snapshot = store.snapshot()
    shown = {view.key: view.value for view in describe(snapshot, snapshot.get(MOU))}
    assert shown["status"] == "in force"
    assert shown["events"].startswith("in force: 2025")
    store.backend.close()

    app = BilatApp(open_store(tui_db), poll=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.editor.edit(MOU)
        await pilot.pause()
        form = app.screen
        assert isinstance(form, AgreementForm)
        status = form.query_one("#field-status", ChoiceField)
        assert status.query_one(Select).value == "in_force"
        assert ("in force", "in_force") in status.options
        label = form.query_one("#field-events-in_force", FormField).query_one(Label)
        assert str(label.content) == "Date: in force"
        # Every event type of the vocabulary has its date field, in order.
        keys = [f.key for f in form.query(FormField) if f.key.startswith("events.")]
        vocabulary = SPECS["agreements"].field("events").vocabulary
        assert vocabulary is not None
        assert keys == [f"events.{key}" for key in vocabulary.values]


@pilot_test
async def test_records_too_many_to_list_are_found_by_their_words(
    tui_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A project's agreements, with more agreements than a form lists: the form reads none
    of them to open; those linked show ticked, words find more, and a tick links one."""
    monkeypatch.setattr("bilat.tui.screens.forms.LISTED_AT_MOST", 0)
    store = Store.open(tui_db)
    project = store.get(ALUMINIUM)
    assert isinstance(project, Project)
    unlinked = next(a for a in store.select("agreements") if a.id not in project.agreements)
    words = display_name(unlinked.title).split()[:2]
    store.backend.close()
    app = BilatApp(open_store(tui_db), poll=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        app.editor.edit(ALUMINIUM)
        await pilot.pause()
        form = app.screen
        found = form.query_one("#field-agreements", FoundChoiceField)
        choices = found.query_one(SelectionList)
        assert list(choices.selected) == list(project.agreements)
        box = found.query_one(Input)
        box.value = " ".join(words)
        await pilot.pause()
        offered = [choices.get_option_at_index(i).value for i in range(choices.option_count)]
        assert unlinked.id in offered
        choices.select(unlinked.id)
        assert found.read() == [*project.agreements, unlinked.id]
        await press_save(pilot)
        await app.workers.wait_for_complete()
    assert Store.open(tui_db).get(ALUMINIUM).agreements == [*project.agreements, unlinked.id]
