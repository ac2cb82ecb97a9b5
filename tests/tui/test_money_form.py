"""The investment of a project or an agreement, edited in its form: amounts as analysts
write them, with the currency of those that name none and the year they are given for."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.widgets import Button, Input, Static

from bilat.store import Money, Store
from bilat.tui.app import BilatApp
from bilat.tui.screens.detail import DetailScreen
from bilat.tui.screens.forms import AgreementForm, ProjectForm
from bilat.tui.widgets.detail_view import DetailView
from bilat.tui.widgets.fields import MoneyField
from tests.tui.conftest import pilot_test, press_save

SIZE = (120, 36)
ALUMINIUM = "prj-dz-ain-temouchent-aluminium-complex"
MOU = "agr-dz-ru-anpp-institute-mou"


def inputs(form: Any) -> tuple[Input, Input, Input]:
    money = form.query_one("#field-investment", MoneyField)
    return (
        money.query_one(".figures", Input),
        money.query_one(".currency", Input),
        money.query_one(".year", Input),
    )


def error_of(form: Any) -> str:
    return str(form.query_one("#field-investment .field-error", Static).content)


def save_disabled(form: Any) -> bool:
    return bool(form.query_one("#form-save", Button).disabled)


@pilot_test
async def test_an_amount_typed_in_a_project_form_is_saved_with_its_currency_and_year(
    seeded_path: Path,
) -> None:
    app = BilatApp(Store.open(seeded_path), poll=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.open_record(ALUMINIUM)
        await pilot.pause()
        await pilot.press("e")
        form = app.screen
        assert isinstance(form, ProjectForm)
        figures, currency, year = inputs(form)
        assert (figures.value, currency.value, year.value) == ("", "", "")

        # Words in one currency, the box in another: refused under the field.
        figures.value = "$1.2bn"
        currency.value = "EUR"
        await pilot.pause()
        assert "is in USD, not EUR" in error_of(form) and save_disabled(form)
        currency.value = ""
        year.value = "24"
        await pilot.pause()
        assert "not a year like 2024" in error_of(form) and save_disabled(form)

        figures.value = "1,2 milliard de dollars"
        year.value = "2024"
        await pilot.pause()
        assert error_of(form) == "" and not save_disabled(form)
        await press_save(pilot)
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen)
        assert "Investment: USD 1.2 bn (2024)" in app.screen.query_one(DetailView).text
    (saved,) = Store.open(seeded_path).get(ALUMINIUM).investment
    assert saved == Money(
        value=1_200_000_000, currency="USD", year=2024, raw="1,2 milliard de dollars"
    )


@pilot_test
async def test_an_agreement_amount_takes_the_currency_of_the_box(seeded_path: Path) -> None:
    app = BilatApp(Store.open(seeded_path), poll=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.open_record(MOU)
        await pilot.pause()
        await pilot.press("e")
        form = app.screen
        assert isinstance(form, AgreementForm)
        figures, currency, _ = inputs(form)
        figures.value = "500 millions"
        currency.value = "dzd"
        await pilot.pause()
        assert error_of(form) == ""
        await press_save(pilot)
        await pilot.pause()
    (saved,) = Store.open(seeded_path).get(MOU).investment
    assert (saved.value, saved.currency, saved.year) == (500_000_000, "DZD", None)
    # Opened again, the form shows what was saved: the words, and the currency they share.
    app = BilatApp(Store.open(seeded_path), poll=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.open_record(MOU)
        await pilot.pause()
        await pilot.press("e")
        assert [box.value for box in inputs(app.screen)] == ["500 millions", "DZD", ""]
