"""Figures said in forms of the press the reader missed: a sum in millions of dinars said
"MD", a billion said "bln", a grant that is no investment, and the second count of a pair
("N locals directly and M other Kenyans indirectly") with the first's qualifier."""

from __future__ import annotations

from typing import Any

from bilat.store.extract.figures import figures_in
from bilat.store.extract.segment import folded

from .reading import read


def _figures(text: str, field: str) -> list[Any]:
    fold = folded(text)
    return [f.value for f in figures_in(text, fold, 0, len(fold)) if f.field == field]


def _sums(text: str) -> list[tuple[Any, Any, Any]]:
    return [(v.value, v.min, v.currency) for v in _figures(text, "investment")]


def _jobs(text: str) -> list[tuple[Any, Any, Any, Any]]:
    return [(v.value, v.min, v.qualifier, v.job_type) for v in _figures(text, "jobs")]


def test_md_after_a_sum_is_millions_of_dinars() -> None:
    assert _sums("avec un investissement de 40 MD") == [(4e7, None, "TND")]
    assert _sums("avec un investissement de 12,5 MDT") == [(1.25e7, None, "TND")]
    # guards: a milliard said "Md" before its currency stays a milliard
    assert _sums("un investissement de 2 Md€") == [(2e9, None, "EUR")]
    assert _sums("un investissement de 1,5 Md de dollars") == [(1.5e9, None, "USD")]


def test_md_is_read_in_an_article() -> None:
    text = "La société Tarvel a inauguré son usine à Sfax avec un investissement de 30 MD."
    found = [p.plain_value() for p in read(text) if p.field == "investment"]
    assert [(v["value"], v["currency"]) for v in found] == [(30_000_000, "TND")]


def test_bln_is_a_billion() -> None:
    assert _sums("Zentra Motors is investing HUF 14.8 bln in the plant") == [(1.48e10, None, "HUF")]


def test_a_grant_is_no_investment() -> None:
    text = "The government is providing HUF 2.5 bln funding for the project."
    assert _sums(text) == []
    assert _sums("Tarvel will receive a $5 million grant for the project.") == []
    # a guard: a sum the investor spends is still the investment
    assert _sums("Tarvel is investing HUF 14 bln in the project.") == [(1.4e10, None, "HUF")]


def test_the_second_count_of_a_pair_keeps_the_first_qualifier() -> None:
    text = (
        "The plant will provide employment opportunities to an estimated 3,000 locals directly "
        "and 9,000 other Tarvelians indirectly."
    )
    assert (9000, None, "approx", "indirect") in _jobs(text)
    text = "The plant will employ 300 locals directly and 900 other people indirectly."
    assert (900, None, "exact", "indirect") in _jobs(text)


def _capacities(text: str) -> list[tuple[Any, Any]]:
    return [(v.value, v.unit) for v in _figures(text, "capacity")]


def test_a_sentence_opening_on_tonnes_says_no_capacity_by_its_place() -> None:
    assert _capacities("Les 500 tonnes arrivées hier au port venaient de Tarvel.") == []


def test_so_much_a_year_is_an_output() -> None:
    text = (
        "Zentra Motors said on Tuesday that the 300,000 tonnes/year first phase will start in 2026."
    )
    assert _capacities(text) == [(300000, "t/yr")]
    # a guard: a potential is no capacity
    text = (
        "L'usine Tarvel aura une capacité estimée à 500 000 tonnes par an pour un potentiel "
        "futur qui pourrait s'élever à un million de tonnes par an."
    )
    assert _capacities(text) == [(500000, "t/yr")]


def test_the_jobs_of_tens_of_companies_are_no_plant_s() -> None:
    text = "Almost 40 Tarvelian companies operating in Kelburg are providing jobs to 5,000 people."
    assert _jobs(text) == []
    # a guard: the jobs the companies' plant creates are its own
    text = "The two companies said the Tarvel plant will create 500 jobs."
    assert _jobs(text) == [(500, None, "exact", "total")]


def test_a_sum_said_again_roughly_is_the_first() -> None:
    text = (
        "L'usine Tarvel de Sfax a nécessité un investissement de 40 MD. Ce projet a nécessité "
        "un investissement de l'ordre de 41 millions de dinars."
    )
    found = [p.plain_value()["value"] for p in read(text) if p.field == "investment"]
    assert found == [40_000_000]
    # a guard: a second sum far from the first is another
    text = (
        "L'usine Tarvel de Sfax a nécessité un investissement de 40 MD. Son extension "
        "nécessitera un investissement d'environ 90 millions de dinars."
    )
    found = [p.plain_value()["value"] for p in read(text) if p.field == "investment"]
    assert 90_000_000 in found


def test_where_jobs_might_grow_to_is_no_count() -> None:
    text = "Les emplois créés par Tarvel pourraient atteindre 20.000 travailleurs."
    assert _jobs(text) == []
    # a guard: a plant that could employ so many does employ them, at most
    text = "Tarvel plans to build a factory that could employ up to 3,000 workers."
    assert _jobs(text) == [(3000, None, "exact", "total")]


def test_a_battery_plant_gwh_is_said_without_its_year() -> None:
    text = "L'usine Tarvel aura une capacité annuelle de 40 gigawattheures de batteries."
    assert _capacities(text) == [(40, "GWh")]
    # a guard: other units keep their year
    text = "L'usine Tarvel aura une capacité annuelle de 40 000 tonnes."
    assert _capacities(text) == [(40000, "t/yr")]


def test_units_counted_for_a_year_are_a_year_s() -> None:
    text = "L'usine Tarvel a une capacité de production de 40 000 unités prévues pour l'année 2027."
    assert _capacities(text) == [(40000, "units/yr")]
    # a guard: units at the plant's start, for no year, stay units
    text = "L'usine Tarvel a une capacité de production de 50 000 unités à son lancement."
    assert _capacities(text) == [(50000, "units")]


def test_a_thing_counted_in_millions_may_be_said_in_the_singular() -> None:
    text = "L'usine Tarvel a une capacité de production de 12 millions d'Airbag."
    assert _capacities(text) == [(12_000_000, "units")]
    # a guard: without a scale, a singular noun is no thing counted
    assert _capacities("L'usine Tarvel a une capacité de production de 12 Airbag.") == []


def test_permanent_jobs_are_jobs() -> None:
    assert _jobs("The Tarvel plant is expected to create 120 permanent jobs.") == [
        (120, None, "exact", "total")
    ]
    # a guard: temporary work is still no count of jobs said this way
    assert _jobs("The Tarvel plant will need 120 permanent magnets.") == []


def test_mtpd_is_tonnes_a_day() -> None:
    text = "The Tarvel acid plant will have a capacity of 1,500 mtpd."
    assert _capacities(text) == [(1500, "t/day")]
    # a guard: tpd alone still is
    assert _capacities("The Tarvel acid plant will have a capacity of 900 tpd.") == [(900, "t/day")]


def test_jobs_among_subcontractors_are_indirect() -> None:
    text = (
        "L'usine Tarvel créera 300 emplois directs et 150 autres emplois, liés à la sous-traitance."
    )
    assert (150, None, "exact", "indirect") in _jobs(text)
    # a guard: the direct ones stay direct
    assert (300, None, "exact", "direct") in _jobs(text)
