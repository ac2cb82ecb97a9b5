"""Twenty-third round: what the first reading of held-out set AM showed the reader could not
read, in words any article may use.

- "65'000 tonnes": the Swiss thousands' apostrophe, once read as "000 tonnes", a capacity of 0.
- "d'ici un an et demi", "dans deux ans et demi": the half year kept in the span.
- "by mid-2019", "d'ici la mi-2026": a deadline at a part of a year.
- any start or end verb with the works or the output ("commence production", "kick off
  production", "launch the construction", "finalize construction"); two such cues joined by
  "and" share the date said after the second.
- an inauguration attended, a headline's "inaugure", an inauguration announced as news: the
  plant opened; one still to come ("sera inaugurée le 5 mai") is no opening.
- "attended a ceremony … to launch the construction": the works begun.
- "near Guatemala City": the city said, not the region of its name.
- "Bernardo Arévalo de León", "Ursula von der Leyen": a surname's particles in an English
  text; in a French one "de" ends the name ("Jean Dupont de Renault").
- "a joint venture between the Kyrgyz government, …": a government by its country's
  adjective, in English as in French (GOLD.md rule 9).
- a plant planned, its site chosen, its company drawn to build it, its plans told: announced.
"""

from __future__ import annotations

from typing import Any

import pytest

from .reading import dates_said, named, read


def _values(proposals: list[Any], field: str) -> list[Any]:
    return [p.value for p in proposals if p.field == field]


@pytest.mark.parametrize(
    ("text", "field", "number", "quote"),
    [
        (
            "Nestlé construit à Oran une usine d'une capacité annuelle de 65'000 tonnes.",
            "capacity",
            65000,
            "65'000 tonnes",
        ),
        ("L'usine de Nestlé à Oran emploiera 1’200 personnes.", "jobs", 1200, "1’200 personnes"),
    ],
)
def test_the_swiss_thousands_apostrophe_is_part_of_the_number(
    text: str, field: str, number: int, quote: str
) -> None:
    said = [(p.value.value, p.quote) for p in read(text) if p.field == field]
    assert said == [(number, quote)]


@pytest.mark.parametrize(
    ("words", "raw", "latest"),
    [
        ("L'usine devrait être achevée d'ici un an et demi.", "d'ici un an et demi", "2025-11-10"),
        ("Elle produira dans deux ans et demi.", "dans deux ans et demi", "2026-11-10"),
        ("Production will start by mid-2025.", "by mid-2025", "2025-09-30"),
        ("La production démarrera d'ici la mi-2026.", "d'ici la mi-2026", "2026-09-30"),
        ("The plant will be ready by early 2026.", "by early 2026", "2026-03-31"),
    ],
)
def test_half_years_and_deadlines_at_a_part_of_a_year(words: str, raw: str, latest: str) -> None:
    assert dates_said(words) == [(raw, "2024-05-10", latest)]


def test_a_deadline_before_the_source_s_date_opens_on_no_day() -> None:
    # an old deadline said in a later article: the span cannot start after its own end
    assert dates_said("It was to be ready by mid-2019.") == [("by mid-2019", None, "2019-09-30")]


def test_two_cues_joined_by_and_share_the_date_after_the_second() -> None:
    text = (
        "Norvale will build a tyre plant at Kaunas. We intend to finalize construction of the "
        "plant and commence production by mid-2025."
    )
    proposals = read(text, lang="en")
    for field in ("dates.completion", "dates.operation_start"):
        (value,) = _values(proposals, field)
        assert value.raw == "by mid-2025" and value.latest == "2025-09-30"


@pytest.mark.parametrize(
    ("text", "field", "raw"),
    [
        (
            "Norvale will kick off production at its Kaunas plant in 2027.",
            "dates.operation_start",
            "in 2027",
        ),
        (
            "Norvale will launch the construction of its Kaunas plant in March 2025.",
            "dates.construction_start",
            "in March 2025",
        ),
        (
            "Norvale va entamer la fabrication dans son usine d'Oran en 2027.",
            "dates.operation_start",
            "en 2027",
        ),
    ],
)
def test_a_start_verb_with_the_works_or_the_output_dates_them(
    text: str, field: str, raw: str
) -> None:
    lang = "fr" if " va " in text else "en"
    (value,) = _values(read(text, lang=lang), field)
    assert value.raw == raw


def test_a_trial_run_is_not_the_plant_s_start() -> None:
    text = "Norvale began trial production at its Kaunas plant in January 2024."
    assert _values(read(text, lang="en"), "dates.operation_start") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The president participated in the inauguration of a new factory at Kaunas.", "en"),
        ("Officials attended the inauguration of the Norvale plant at Kaunas.", "en"),
        ("Nestlé inaugure à Oran une usine de croquettes.", "fr"),
        ("La filiale de Nestlé a annoncé mercredi soir l'inauguration d'une usine à Oran.", "fr"),
    ],
)
def test_an_inauguration_attended_or_told_is_a_plant_opened(text: str, lang: str) -> None:
    proposals = read(text, lang=lang)
    assert _values(proposals, "status") == ["operating"]


def test_the_day_an_inauguration_is_announced_is_not_the_plant_s() -> None:
    text = "La filiale de Nestlé a annoncé mercredi soir l'inauguration d'une usine à Oran."
    assert _values(read(text), "dates.operation_start") == []


def test_an_inauguration_to_come_is_no_opening() -> None:
    proposals = read("L'usine de Nestlé à Oran sera inaugurée le 5 mai prochain.")
    assert "operating" not in _values(proposals, "status")


def test_a_ceremony_attended_to_launch_the_works_begins_them() -> None:
    text = (
        "The president attended a ceremony on February 28th to launch the construction of an "
        "automotive assembly plant at Kaunas."
    )
    proposals = read(text, lang="en")
    assert _values(proposals, "status") == ["construction"]
    (value,) = _values(proposals, "dates.construction_start")
    assert value.earliest == "2024-02-28"


@pytest.mark.parametrize(
    ("text", "region", "locality"),
    [
        ("Nextil opened a factory near Guatemala City.", "Guatemala", "Guatemala City"),
        ("Nextil opened a factory in Mexico City.", "Ciudad de México", "Mexico City"),
    ],
)
def test_a_region_said_with_city_is_the_city(text: str, region: str, locality: str) -> None:
    (location,) = _values(read(text, lang="en"), "location")
    assert (location.region, location.locality) == (region, locality)


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "The Guatemalan president, Bernardo Arévalo de León, opened a factory at Kano.",
            "en",
            "Bernardo Arévalo de León",
        ),
        (
            "The minister, Ursula von der Leyen, opened a factory at Kano.",
            "en",
            "Ursula von der Leyen",
        ),
        ("Le directeur Jean Dupont de Renault a inauguré une usine à Oran.", "fr", "Jean Dupont"),
        (
            "Le Président de la République Emmanuel Macron a inauguré une usine à Oran.",
            "fr",
            "Emmanuel Macron",
        ),
        (
            "Le président Luiz Inácio Lula da Silva a inauguré une usine à Oran.",
            "fr",
            "Luiz Inácio Lula da Silva",
        ),
    ],
)
def test_a_surname_s_particles(text: str, lang: str, name: str) -> None:
    assert named(read(text, lang=lang), "people") == {name}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "A joint venture between the Kyrgyz government, local investors and Norvale will "
            "build a car plant at Kant.",
            "Kyrgyz government",
            "KG",
        ),
        ("The Kaunas plant is backed by the Japanese government.", "Japanese government", "JP"),
    ],
)
def test_a_government_by_its_country_s_adjective(text: str, name: str, country: str) -> None:
    proposals = read(text, lang="en")
    assert name in named(proposals, "orgs")
    assert [
        p.value for p in proposals if p.new and p.new.name == name and p.field == "country"
    ] == [country]


def test_a_government_with_no_country_is_no_organisation() -> None:
    proposals = read("The Kaunas plant is backed by the federal government.", lang="en")
    assert not any("government" in n for n in named(proposals, "orgs"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The zone attracted the car maker Norvale to establish a new plant in Kaunas.", "en"),
        ("Norvale has chosen Kaunas for its new plant.", "en"),
        ("Norvale selected Kaunas as the site of its new plant.", "en"),
        ("The planned Norvale factory in Kaunas will employ 1000 people.", "en"),
        ("Norvale announced plans for a plant in Kaunas.", "en"),
        ("Norvale a choisi Oran pour implanter sa nouvelle usine.", "fr"),
        ("L'usine projetée à Oran emploiera 1000 personnes.", "fr"),
    ],
)
def test_a_plant_planned_or_its_site_chosen_is_announced(text: str, lang: str) -> None:
    assert _values(read(text, lang=lang), "status") == ["announced"]


def test_a_plant_that_plans_its_output_is_not_announced() -> None:
    # a guard: "envisage de" is the verb, the plant's own plan for what it makes
    text = "Le complexe industriel de Tanger envisage de produire 8 millions d'unités par an."
    assert "announced" not in _values(read(text), "status")
