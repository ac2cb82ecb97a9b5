"""Rules for organisations and people, round fifteen, part two; each general in form and
tested on sentences of its own (none taken from the evaluation set):

- the companies a plant's maker serves, listed after its customers ("pour ses clients,
  notamment X et Y", "for brands such as X") are no organisations the analyst records;

Each test failed with the reader as it was before its rule, except the guards, which say
where a rule stops."""

from __future__ import annotations

from typing import Any

from .reading import about, orgs, people, read, role_titles


def test_customers_listed_after_their_noun_are_no_organisations() -> None:
    found = read(
        "Le groupe Zentra Seats va construire une usine de housses à Tarvel pour ses clients "
        "européens (notamment NVL, ADS et Keltor Group).",
        "fr",
    )
    assert "Zentra Seats" in orgs(found)
    assert not {"NVL", "ADS", "Keltor Group"} & orgs(found)
    found = read(
        "Zentra Apparel will build a garment factory in Tarvel. It sews shirts for brands "
        "such as NVL, ADS and Keltor Group.",
        "en",
    )
    assert "Zentra Apparel" in orgs(found)
    assert not {"NVL", "ADS", "Keltor Group"} & orgs(found)


def test_customers_named_with_their_nationality_are_no_organisations() -> None:
    found = read(
        "La société Zentra Textile va construire une usine à Tarvel. Elle coud des chemises "
        "pour les marques allemandes Norvel et NVL et le suédois Keltor Group.",
        "fr",
    )
    assert "Zentra Textile" in orgs(found)
    assert not {"Norvel", "NVL", "Keltor Group"} & orgs(found)


def test_a_company_after_its_customers_noun_and_a_verb_is_one_all_the_same() -> None:
    found = read(
        "Pour servir ses clients, la société Zentra Seats va construire une usine à Tarvel.",
        "fr",
    )
    assert "Zentra Seats" in orgs(found)
    found = read("Pour ses clients, la société Zentra Seats va construire une usine.", "fr")
    assert "Zentra Seats" in orgs(found)


def test_two_titles_joined_after_a_company_are_one_role_of_it() -> None:
    found = read("Zentra Motors India MD and CEO Park Jun-ho attended the event in Tarvel.", "en")
    assert role_titles(found, "Park Jun-ho") == ["MD and CEO"]
    assert [p.plain_value() for p in about(found, "Zentra Motors India", "head")] == ["Park Jun-ho"]
    found = read(
        "Norvel Textile Co. Ltd. president and owner Kim Dae-ho opened the plant in Tarvel.",
        "en",
    )
    assert role_titles(found, "Kim Dae-ho") == ["president and owner"]
    assert [p.plain_value() for p in about(found, "Norvel Textile Co. Ltd.", "head")] == [
        "Kim Dae-ho"
    ]


def test_a_title_said_with_whose_noun_keeps_it() -> None:
    found = read("The plant will open in May, said government minister Ivan Petrovic.", "en")
    assert role_titles(found, "Ivan Petrovic") == ["government minister"]
    found = read("The plant will export cars, the board chairman Ali Veli told reporters.", "en")
    assert role_titles(found, "Ali Veli") == ["board chairman"]


def test_a_title_after_an_adverb_of_time_keeps_to_its_own_words() -> None:
    found = read("The plant opened in May, and Minister Ivan Petrovic thanked the workers.", "en")
    assert role_titles(found, "Ivan Petrovic") == ["Minister"]


def test_initials_without_full_stops_open_a_name() -> None:
    found = read(
        "Tarvel State Chief Minister K R Venkat Rao on Monday opened the plant of Zentra Motors.",
        "en",
    )
    assert "K R Venkat Rao" in people(found)
    assert role_titles(found, "K R Venkat Rao") == ["Tarvel State Chief Minister"]


def test_a_letter_alone_before_a_name_is_no_initial() -> None:
    found = read("Phase A Zentra Motors will open the plant in May.", "en")
    assert not {p for p in people(found) if p.startswith("A ")}


def _country(found: list[Any], name: str) -> list[Any]:
    return [p.plain_value() for p in about(found, name, "country")]


def test_the_department_of_state_is_a_ministry_of_the_country_said_after_it() -> None:
    found = read("Le département d'Etat américain a salué l'accord avec la société Zentra.")
    assert "Département d'Etat" in orgs(found)
    assert _country(found, "Département d'Etat") == ["US"]


def test_a_department_of_a_country_is_no_ministry() -> None:
    found = read("Le département de la Gironde a signé un accord avec la société Zentra.")
    assert not {o for o in orgs(found) if o.startswith("Département")}
