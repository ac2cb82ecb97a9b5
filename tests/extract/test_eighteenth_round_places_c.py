"""Round eighteen, part three, places, figures and dates: a staff said with "has employed"
or aimed for ("aiming for up to 2,000 people"); the people who "will find employment",
"about" so many, an apposition between them and the verb; a unit number in words before
its scale ("douze millions d'euros", "eleven million dollars"); Bosnia and Herzegovina's
convertible mark ("50 million BAM"); the value of what a plant makes ("produce cables worth
30 million EUR") is no investment; the staff of the company's older site ("an older site in
Ruse with 200 employees") and the room a building has ("room for 2,000 employees") are no
jobs of the plant; a meeting ("lors d'une réunion tenue le 4 mai") is no island. Each was
a figure or a place the reader got wrong on articles it had not seen (set AA), written here
as a rule of the language."""

from __future__ import annotations

from typing import Any

from .reading import read


def _values(proposals: list[Any], field: str) -> list[Any]:
    return [p.plain_value() for p in proposals if p.field == field]


def _jobs(proposals: list[Any]) -> list[tuple[Any, Any, Any]]:
    return [(v["value"], v["min"], v["qualifier"]) for v in _values(proposals, "jobs")]


def _sums(proposals: list[Any]) -> list[tuple[Any, Any]]:
    return [(v["value"], v["currency"]) for v in _values(proposals, "investment")]


def test_a_staff_said_as_has_employed_or_aimed_for() -> None:
    text = (
        "Zentra opened a cable plant in Varna and has initially employed 410 people, while "
        "aiming for up to 2,000 people."
    )
    assert sorted(_jobs(read(text, lang="en"))) == [(410, None, "exact"), (2000, None, "exact")]
    text = "Zentra opened a cable plant in Varna, which has already employed 90 workers."
    assert _jobs(read(text, lang="en")) == [(90, None, "exact")]
    # a sum aimed for is no staff
    text = "Zentra opened a cable plant in Varna, aiming for 40 million EUR in sales."
    assert _jobs(read(text, lang="en")) == []


def test_about_so_many_people_will_find_employment() -> None:
    text = (
        "Zentra will build a tyre plant in Varna, and about 80 people, engineers from the "
        "region, will find employment."
    )
    assert _jobs(read(text, lang="en")) == [(80, None, "approx")]
    text = "Zentra will build a tyre plant in Varna, and about 80 people will find employment."
    assert _jobs(read(text, lang="en")) == [(80, None, "approx")]
    # the people will find something else: no jobs
    text = "Zentra will build a tyre plant in Varna, and about 80 people will find it useful."
    assert _jobs(read(text, lang="en")) == []


def test_a_unit_in_words_before_its_scale() -> None:
    text = (
        "Le groupe Zentra va ouvrir une usine de pièces à Oran. L'investissement s'élève à "
        "environ douze millions d'euros."
    )
    found = _values(read(text), "investment")
    assert [(v["value"], v["currency"], v["qualifier"]) for v in found] == [
        (12_000_000, "EUR", "approx")
    ]
    text = "Zentra will invest eleven million dollars in a parts plant at Varna."
    assert _sums(read(text, lang="en")) == [(11_000_000, "USD")]
    # "neuf" that is new, "sept" that is a month: no number
    text = (
        "Zentra investira 5 millions d'euros dans une usine neuve à Oran, un bâtiment neuf "
        "qui ouvrira en sept. 2025."
    )
    assert _sums(read(text)) == [(5_000_000, "EUR")]


def test_the_bosnian_convertible_mark() -> None:
    text = "Zentra will build a plant in Tuzla. The project is worth 50 million BAM."
    assert _sums(read(text, lang="en")) == [(50_000_000, "BAM")]
    text = "Zentra investira 20 millions de marks convertibles dans une usine à Tuzla."
    assert _sums(read(text)) == [(20_000_000, "BAM")]


def test_the_value_of_what_a_plant_makes_is_no_investment() -> None:
    text = (
        "Zentra opened a plant in Varna. It plans to produce cables worth between 30 and 40 "
        "million EUR in its Varna plant."
    )
    assert _sums(read(text, lang="en")) == []
    text = (
        "Zentra a ouvert une usine à Oran, où elle fabriquera des pièces d'une valeur de 20 "
        "millions d'euros par an."
    )
    assert _sums(read(text)) == []
    # a plant worth so much is its investment
    text = "Zentra opened a plant in Varna. The plant is worth 30 million EUR."
    assert _sums(read(text, lang="en")) == [(30_000_000, "EUR")]


def test_an_older_site_s_staff_and_a_building_s_room_are_no_jobs() -> None:
    text = (
        "Zentra opened a seat plant in Varna with 500 employees. Zentra began operating at an "
        "older site in Ruse with 200 employees. The new plant has room for 2,000 employees."
    )
    assert _jobs(read(text, lang="en")) == [(500, None, "exact")]
    text = (
        "Zentra a ouvert une usine à Oran. Son ancienne usine de Sfax, qui emploie 300 "
        "personnes, restera ouverte. La nouvelle usine emploiera 150 personnes."
    )
    assert _jobs(read(text)) == [(150, None, "exact")]


def _countries(proposals: list[Any]) -> list[Any]:
    return [sorted(v) for v in _values(proposals, "countries")]


def test_a_meeting_is_no_island() -> None:
    text = (
        "Lors d'une réunion tenue le 4 mai 2024 entre le ministre et le groupe chinois "
        "Zentra, un accord a été signé pour la construction d'une usine à Oran."
    )
    # (the plant's and the agreement's, Algeria said by its town: no island of La Réunion)
    assert _countries(read(text)) in ([["CN", "DZ"]], [["CN", "DZ"], ["CN", "DZ"]])
    # the island said as the island stays a place
    text = "Le groupe chinois Zentra va construire une usine à La Réunion."
    assert ["CN", "RE"] in _countries(read(text))
