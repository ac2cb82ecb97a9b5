"""Forms at the keyboard: type-ahead in every list, the focused field seen, invalid text kept
in view with its message, and a form that shows its first fields before the others.

Each test drives a real ``BilatApp`` on a private copy of the seeded database.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Label, Select, SelectionList, Static

from bilat.store import Store
from bilat.store.text import fold
from bilat.tui.app import BilatApp
from bilat.tui.screens.forms import ProjectForm, RecordForm
from bilat.tui.screens.main import MainScreen
from bilat.tui.widgets import type_ahead
from bilat.tui.widgets.fields import FormField
from bilat.tui.widgets.type_ahead import TypeAheadSelect, best_match

from .conftest import ALUMINIUM, pilot_test

SIZE = (120, 40)


def field(form: Any, key: str) -> FormField:
    return form.query_one(f"#field-{key.replace('.', '-')}", FormField)


async def wait_for(pilot: Pilot[Any], ready: Callable[[], bool], seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not ready():
        assert time.monotonic() < deadline, "timed out waiting for the screen"
        await pilot.pause(0.02)


async def edit_form(pilot: Pilot[Any], app: BilatApp) -> ProjectForm:
    """e on the first project (the aluminium complex), once the form is whole."""
    await pilot.pause()
    await pilot.press("e")
    form = app.screen
    assert isinstance(form, ProjectForm)
    await wait_for(pilot, lambda: form.complete)
    return form


def test_the_first_word_beginning_so_wins_then_letters_anywhere() -> None:
    labels = [
        fold(label) for label in ("AL — Albania", "BG — Bulgaria", "DZ — Algeria", "RU — Russia")
    ]
    assert best_match(labels, "alg") == 2  # "algeria" begins so; "bulgaria" does not hold it
    assert best_match(labels, "ALG") == 2
    assert best_match(labels, "ssi") == 3  # inside a word, when no word begins so
    assert best_match(labels, "ru") == 3  # a code is a word too
    assert best_match(labels, "zz") is None
    assert best_match([fold("École polytechnique")], "ecole") == 0


@pytest.fixture(autouse=True)
def slow_typing_is_one_word(monkeypatch: pytest.MonkeyPatch) -> None:
    """Letters a busy test machine delivers far apart still make one word."""
    monkeypatch.setattr(type_ahead, "PAUSE_SECONDS", 60.0)


@pilot_test
async def test_typing_picks_a_country_in_a_select_and_in_a_list_of_boxes(
    seeded_store: Store,
) -> None:
    app = BilatApp(seeded_store, poll=False)
    async with app.run_test(size=SIZE) as pilot:
        form = await edit_form(pilot, app)
        country = field(form, "location.country").query_one(Select)
        country.focus()
        country.value = Select.NULL
        await pilot.pause()
        await pilot.press("a", "l", "g")
        assert country.value == "DZ"  # closed, picked as typed: no arrow pressed
        assert not country.expanded

        boxes = field(form, "countries").query_one(SelectionList)
        boxes.focus()
        boxes.deselect_all()
        await pilot.pause()
        await pilot.press("a", "l", "g", "space", "r", "u", "s", "space")
        assert set(boxes.selected) == {"DZ", "RU"}  # 8 keys, not 190
        assert isinstance(app.screen, ProjectForm)  # no letter reached the app's keys (q, u)


@pilot_test
async def test_a_long_list_is_filled_when_first_used_and_typing_picks_in_it(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(type_ahead, "LISTED_AT_ONCE", 1)  # the seed has few organisations
    app = BilatApp(seeded_store, poll=False)
    async with app.run_test(size=SIZE) as pilot:
        form = await edit_form(pilot, app)
        party = field(form, "parties").query(TypeAheadSelect).first()
        before = party.value
        assert not party.filled and len(party._options) <= 2  # the chosen one (and blank)
        assert not form.dirty
        party.focus()
        await pilot.pause()
        assert party.filled and party.value == before  # every option, the same choice
        assert not form.dirty  # filling is not an edit
        await pilot.press(*"russian min")  # a space inside the name does not open the list
        assert not party.expanded
        assert party.value == "org-ru-ministry-health" != before
        assert form.dirty


@pilot_test
async def test_invalid_text_stays_in_view_with_its_message_under_it(seeded_store: Store) -> None:
    app = BilatApp(seeded_store, poll=False)
    async with app.run_test(size=SIZE) as pilot:
        form = await edit_form(pilot, app)
        date = field(form, "dates.announced")
        box = date.query_one(Input)
        box.focus()
        box.value = ""
        await pilot.press(*"next tuesday")
        await pilot.pause()
        assert date.has_class("-invalid")
        assert box.content_region.height == 1  # a line for the text, no border eating it
        assert "next tuesday" in box.render_line(0).text
        error = date.query_one(".field-error", Static)
        assert error.display and "cannot read the date 'next tuesday'" in str(error.content)
        assert not date.query_one(".field-hint", Static).display  # the message in its place
        assert error.region.y == box.region.y + 1  # right under the text


@pilot_test
async def test_the_focused_field_s_label_is_reversed(seeded_store: Store) -> None:
    app = BilatApp(seeded_store, poll=False)
    async with app.run_test(size=SIZE) as pilot:
        form = await edit_form(pilot, app)

        def reversed_label(key: str) -> bool:
            label = field(form, key).query_one(".field-label", Label)
            return any(seg.style is not None and seg.style.reverse for seg in label.render_line(0))

        assert reversed_label("name.en")  # focused as the form opens
        assert not reversed_label("name.fr")
        await pilot.press("tab")
        await pilot.pause()
        assert form.focused is field(form, "name.fr").query_one(Input)
        assert reversed_label("name.fr") and not reversed_label("name.en")


@pilot_test
async def test_a_form_shows_its_first_fields_then_the_others_and_f10_waits_for_them(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(RecordForm, "FIELDS_AT_ONCE", 3)
    monkeypatch.setattr(RecordForm, "FIELDS_PER_STEP", 2)
    app = BilatApp(seeded_store, poll=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.main.query_one("#projects").focus()
        app.editor.edit(ALUMINIUM)
        form = app.screen
        assert isinstance(form, ProjectForm)
        await pilot.pause(0)
        assert len(form.query(FormField)) < 10  # the first ones, not the whole form
        form.action_save()  # F10 before the form is whole: saved once it is
        await wait_for(pilot, lambda: isinstance(app.screen, MainScreen))
        await app.workers.wait_for_complete()
        assert seeded_store.current().get(ALUMINIUM).rev == 2  # written (unchanged values)

        await pilot.press("e")
        form = app.screen
        assert isinstance(form, ProjectForm)
        await wait_for(pilot, lambda: form.complete)
        assert len(form.query(FormField)) == len(list(form.fields()))
        assert not form.dirty  # the fields mounted late announced their values: no edit
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)  # closed without asking
