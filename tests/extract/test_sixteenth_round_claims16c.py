"""Figures, dates and statuses in forms of the press the reader missed: "p.a." for a year,
a count made "every month", "emplois permanents directs", a sum's conversion after "soit"
or a comma."""

from __future__ import annotations

from typing import Any

from bilat.store.extract.figures import figures_in
from bilat.store.extract.segment import folded

from .reading import read


def _figures(text: str, field: str) -> list[Any]:
    fold = folded(text)
    return [f.value for f in figures_in(text, fold, 0, len(fold)) if f.field == field]


def _capacities(text: str) -> list[tuple[Any, Any]]:
    return [(v.value, v.unit) for v in _figures(text, "capacity")]


def _sums(text: str) -> list[tuple[Any, Any]]:
    return [(v.value, v.currency) for v in _figures(text, "investment")]


def _jobs(text: str) -> list[tuple[Any, Any]]:
    return [(v.value, v.job_type) for v in _figures(text, "jobs")]


def test_pa_is_a_year() -> None:
    text = "The second stage will raise the capacity to 2 million tons of cement p.a. by then."
    assert _capacities(text) == [(2_000_000, "t/yr")]
    # a guard: with no period said, the tonnes stay tonnes
    assert _capacities("The plant has a capacity of 2 million tons of cement.") == [
        (2_000_000, "t")
    ]


def test_a_count_made_every_month_is_so_many_a_month() -> None:
    text = "The plant has a capacity to produce 150,000 cases of soft drinks every month."
    assert _capacities(text) == [(150_000, "units/month")]
    text = "L'usine a une capacité de 3 000 tonnes de farine par mois."
    assert _capacities(text) == [(3000, "t/month")]
    # a guard: with no period, the count stays a count
    text = "The plant has a capacity to produce 150,000 cases of soft drinks."
    assert _capacities(text) == [(150_000, "units")]


def test_permanent_direct_jobs_are_direct() -> None:
    text = "Le projet créera 800 emplois permanents directs dans la région."
    assert _jobs(text) == [(800, "direct")]
    assert _jobs("The mill will create 800 permanent direct jobs.") == [(800, "direct")]


def test_a_conversion_after_soit_or_a_comma_is_not_a_second_sum() -> None:
    text = (
        "Le coût du projet est de 30 millions de dollars, soit environ dix milliards "
        "d'ouguiyas, pour les travaux."
    )
    assert _sums(text) == [(30_000_000, "USD")]
    text = "The project will cost $25 million, approximately EGP 780 million, the firm said."
    assert _sums(text) == [(25_000_000, "USD")]
    # a guard: two sums of one currency in a list are both said
    text = "The investment is $25 million, $10 million of it from the state."
    assert _sums(text) == [(25_000_000, "USD"), (10_000_000, "USD")]


def test_a_conversion_after_a_bracket_and_soit() -> None:
    text = (
        "Le coût est de vingt millions de dollars US (20.000.000 US$), soit environ dix "
        "milliards d'ouguiyas, pour le site."
    )
    assert _sums(text) == [(20_000_000, "USD")]


def test_things_turned_out_every_month_and_a_size_is_no_count() -> None:
    text = (
        "The firm plans to turn out 40,000 wafers of the 12, 16, 22, and 28 nanometer chips "
        "per month."
    )
    assert _capacities(text) == [(40_000, "units/month")]


def _dates(text: str, lang: str = "en") -> list[tuple[str, str]]:
    return [
        (p.field, p.plain_value()["raw"])
        for p in read(text, lang=lang, published="2019-08-23")
        if p.field.startswith("dates.")
    ]


def test_a_date_after_a_second_cue_is_that_cue_s() -> None:
    text = (
        "The Zentra Motors plant in Tarvel is under construction and will probably be ready "
        "by 2021."
    )
    assert _dates(text) == [("dates.completion", "by 2021")]
    # a guard: with no cue between, the building's cue keeps its date
    text = "The Zentra Motors plant in Tarvel has been under construction since 2018."
    assert ("dates.construction_start", "since 2018") in _dates(text) or (
        "dates.construction_start",
        "2018",
    ) in _dates(text)
