"""Round nineteen, part two, places, figures and dates: a sum written with its scale and the
dollar's sign after it ("87,5 M$"), the Canadian press's way, is the host's dollar in
Canada; the ceremony that opens the works ("la cérémonie d'inauguration des travaux") starts
them, it opens no plant; a construction "phase" or "works" slated to commence is its start;
an investment or a plant to be completed by a day ("by Dec. 31, 2030", its month abbreviated
ending no sentence), a facility "scheduled for completion", is its completion, a deadline;
an acronym in the plural ("the top share in CVTs") is no town; a nationality said of a plant
before its owner ("la première usine canadienne du groupe X") is not the owner's; its output
launched "dès l'été" starts with that season. Each was a figure or a date the reader got
wrong on articles it had not seen (set AD), written here as a rule of the language on
sentences of the tests' own."""

from __future__ import annotations

from typing import Any

from .reading import dates_said, read


def _values(proposals: list[Any], field: str) -> list[Any]:
    return [p.plain_value() for p in proposals if p.field == field]


def _currencies(text: str, lang: str = "fr") -> list[Any]:
    return [v["currency"] for v in _values(read(text, lang=lang), "investment")]


# -- figures -----------------------------------------------------------------------------


def test_millions_and_the_dollar_sign_after_them_in_canada() -> None:
    text = (
        "Zentra construira une usine à Laval, au Québec. Ce projet représente des "
        "investissements de 80,5 M$."
    )
    assert _currencies(text) == ["CAD"]
    # the sign before the sum, in an English text, stays the US dollar (a wire's way)
    text = "Zentra will build a plant in Laval, Quebec, a $80.5 million investment."
    assert _currencies(text, lang="en") == ["USD"]
    # the same sum for a plant outside a dollar country stays the US dollar
    text = "Zentra construira une usine à Oran, en Algérie, un investissement de 80,5 M$."
    assert _currencies(text) == ["USD"]


# -- dates -------------------------------------------------------------------------------


def test_the_ceremony_that_opens_the_works_starts_them() -> None:
    text = (
        "ORAN, Algérie, 3 mars 2024 -- La cérémonie d'inauguration des travaux de construction "
        "de l'usine de Zentra a eu lieu le 2 mars à Oran."
    )
    found = read(text)
    assert _values(found, "dates.operation_start") == []
    assert [v["earliest"] for v in _values(found, "dates.construction_start")] == ["2024-03-02"]
    assert "operating" not in _values(found, "status")
    # the plant's own inauguration still opens it
    text = (
        "ORAN, Algérie, 3 mars 2024 -- La cérémonie d'inauguration de l'usine de Zentra a eu "
        "lieu le 2 mars à Oran."
    )
    found = read(text)
    assert [v["earliest"] for v in _values(found, "dates.operation_start")] == ["2024-03-02"]


def test_a_construction_phase_slated_to_commence() -> None:
    text = (
        "Zentra will build a new plant in Varna. The construction phase is slated to commence "
        "in May 2025, with the plant expected to become operational in early 2026."
    )
    found = read(text, lang="en")
    [start] = _values(found, "dates.construction_start")
    assert (start["earliest"], start["latest"]) == ("2025-05-01", "2025-05-31")
    [opening] = _values(found, "dates.operation_start")
    assert opening["earliest"] == "2026-01-01"
    # its output slated to commence is its operation's start, as before
    text = "Zentra will build a new plant in Varna. Production is slated to commence in May 2025."
    found = read(text, lang="en")
    assert _values(found, "dates.construction_start") == []
    assert [v["earliest"] for v in _values(found, "dates.operation_start")] == ["2025-05-01"]


def test_an_investment_completed_by_a_day() -> None:
    text = (
        "Zentra will build a new plant in Varna. Zentra expects to begin hiring workers by 2026 "
        "and complete its investment by Dec. 31, 2029."
    )
    found = read(text, lang="en")
    assert [v["latest"] for v in _values(found, "dates.completion")] == ["2029-12-31"]
    assert _values(found, "dates.operation_start") == []
    text = "Zentra is building a plant in Varna. The plant is scheduled for completion in 2027."
    found = read(text, lang="en")
    assert [v["latest"] for v in _values(found, "dates.completion")] == ["2027-12-31"]
    # a purchase completed by a day is no plant's works
    text = (
        "Zentra will build a new plant in Varna. Zentra expects to complete its acquisition "
        "of Lomax by Dec. 31, 2029."
    )
    assert _values(read(text, lang="en"), "dates.completion") == []


def test_a_deadline_on_a_day() -> None:
    assert dates_said("It will be done by Dec. 31, 2029.", "2024-05-10") == [
        ("by Dec. 31, 2029", "2024-05-10", "2029-12-31")
    ]
    assert dates_said("Elle sera achevée d'ici le 30 juin 2027.", "2024-05-10") == [
        ("d'ici le 30 juin 2027", "2024-05-10", "2027-06-30")
    ]
    # on an undated page, the deadline's own day is no day the text was written on
    assert dates_said("It will be done by Dec. 31, 2029.", None) == [
        ("by Dec. 31, 2029", None, "2029-12-31")
    ]
    # a day said alone stays that day
    assert dates_said("It was signed on Dec. 3, 2023.", "2024-05-10") == [
        ("Dec. 3, 2023", "2023-12-03", "2023-12-03")
    ]


# -- places ------------------------------------------------------------------------------


def test_an_acronym_in_the_plural_is_no_place() -> None:
    text = (
        "Marlow Ltd has opened a new factory. Marlow, a gearbox maker headquartered in Japan, "
        "holds the top share in CVTs globally."
    )
    assert all(v["locality"] != "CVTs" for v in _values(read(text, lang="en"), "location"))
    text = "Marlow Ltd will build a new factory. It leads the market in SUVs and EVs."
    assert _values(read(text, lang="en"), "location") == []
    # a town's name, capitals then small letters, still is one
    text = "Marlow Ltd will build a new factory in Varnelo, Bulgaria. It leads the market in SUVs."
    assert [v["locality"] for v in _values(read(text, lang="en"), "location")] == ["Varnelo"]


def _org_countries(proposals: list[Any], name: str) -> list[Any]:
    return [
        p.plain_value()
        for p in proposals
        if p.field == "country" and p.new is not None and p.new.name == name
    ]


def test_a_plant_said_of_its_country_before_its_owner() -> None:
    text = "La première usine canadienne du groupe Marlow a été construite à Laval."
    assert _org_countries(read(text), "Marlow") == []
    # the nationality said of the group itself is still its own
    text = "Le groupe canadien Marlow a construit une usine à Oran."
    assert _org_countries(read(text), "Marlow") == ["CA"]


def test_output_launched_from_a_season() -> None:
    assert dates_said("La production sera lancée dès l’été.", "2020-04-15") == [
        ("dès l’été", "2020-06-20", "2020-09-22")
    ]
    text = (
        "Zentra a construit une usine à Oran. La production des biscuits enrobés de chocolat "
        "noir sera lancée dès l'automne."
    )
    [start] = _values(read(text, published="2020-04-15"), "dates.operation_start")
    assert (start["earliest"], start["latest"], start["planned"]) == (
        "2020-09-22",
        "2020-12-21",
        True,
    )
    # the season as a word, "l'été" said of anything, is no date
    assert dates_said("Les ventes baissent l'été.", "2020-04-15") == []
