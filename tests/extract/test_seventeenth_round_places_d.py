"""Round seventeen, part four, places, figures and dates: an American article names its
states, seldom its country, so a US state ("Hall County, Georgia", "Texas Gov. X") places a
plant in the United States, and "X County" there is the county, not the town of its name,
while Georgia stays the country where the text says "Georgian" or "Tbilisi"; a dated report
that opens on its day ("Today working trip of the President continued in …") dates the works
launched in its next sentences that say no date of their own; "700 nouveaux postes à la
clé" are jobs; "almost", "roughly", "presque" say a count is about so many. Each was a
place, a date or a figure the reader got wrong on articles it had not seen (set W),
written here as a rule of the language."""

from __future__ import annotations

from typing import Any

from .reading import read


def _values(proposals: list[Any], field: str) -> list[Any]:
    return [p.plain_value() for p in proposals if p.field == field]


def _where(proposals: list[Any]) -> list[tuple[Any, Any, Any]]:
    return [(v["country"], v["region"], v["locality"]) for v in _values(proposals, "location")]


def test_a_us_state_places_the_plant_in_the_united_states() -> None:
    text = "A Korean tyre maker will build a plant in Hall County, Georgia, officials said."
    assert _where(read(text, lang="en")) == [("US", "Georgia", "Hall County")]
    text = (
        "Texas Gov. Greg Abbott said a Japanese carmaker will invest $900 million in a plant "
        "in Bastrop County."
    )
    assert [w[0] for w in _where(read(text, lang="en"))] == ["US"]
    # Georgia the country: said Georgian, it stays Georgia
    text = (
        "A Chinese company will build a glass plant in Rustavi, Georgia, the Georgian "
        "ministry of economy said."
    )
    assert [w[0] for w in _where(read(text, lang="en"))] == ["GE"]


def test_a_dated_reports_opening_day_dates_the_works_it_then_tells() -> None:
    text = (
        "Today working trip of the Prime Minister continued in Kulob district. The Prime "
        "Minister launched the construction of a brick plant of Sarband Build."
    )
    dates = _values(read(text, lang="en", published="2015-05-12"), "dates.construction_start")
    assert [(d["earliest"], d["latest"]) for d in dates] == [("2015-05-12", "2015-05-12")]
    text = (
        "Aujourd'hui, la visite du ministre s'est poursuivie dans la région de Khatlon. Le "
        "ministre a lancé les travaux de construction de la cimenterie de Vakhsh Ciment."
    )
    dates = _values(read(text, published="2015-05-12"), "dates.construction_start")
    assert [d["earliest"] for d in dates] == ["2015-05-12"]
    # works still to come take no day of the visit
    text = (
        "Today working trip of the Prime Minister continued in Kulob district. The "
        "construction of a brick plant of Sarband Build will be launched."
    )
    assert _values(read(text, lang="en", published="2015-05-12"), "dates.construction_start") == []


def _jobs(proposals: list[Any]) -> list[tuple[Any, Any]]:
    return [(v["value"] or v["min"], v["qualifier"]) for v in _values(proposals, "jobs")]


def test_new_posts_at_stake_are_jobs() -> None:
    text = "Renova a inauguré jeudi une usine à Sétif, avec 450 nouveaux postes à la clé."
    assert _jobs(read(text)) == [(450, "exact")]
    text = "Renova va construire une usine à Sétif, qui comptera 120 postes à créer d'ici 2026."
    assert _jobs(read(text)) == [(120, "exact")]
    # work stations of a line are no jobs
    text = "Renova va construire une usine à Sétif, équipée de 40 postes à souder."
    assert _jobs(read(text)) == []


def test_almost_and_roughly_say_about_so_many() -> None:
    text = "Zentra will build a plant in Varna, where almost 800 jobs will be created."
    assert _jobs(read(text, lang="en")) == [(800, "approx")]
    text = "Zentra will build a plant in Varna. It will employ roughly 300 people."
    assert _jobs(read(text, lang="en")) == [(300, "approx")]
    text = "Zentra va construire une usine à Oran, qui créera presque 600 emplois."
    assert _jobs(read(text)) == [(600, "approx")]
    # more than a count is its floor still
    text = "Zentra will build a plant in Varna, where more than 800 jobs will be created."
    assert _jobs(read(text, lang="en")) == [(800, "at_least")]
