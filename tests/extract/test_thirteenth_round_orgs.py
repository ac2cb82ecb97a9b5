"""Rules for people and organisations, each general and tested on sentences of its own:
a continent or a world region is no organisation, nor an adverb that opens a sentence; a
title of a company whose name is apposed to it ("le directeur de la société, X, Y") is
Y's, of X; a surname written in capitals; a surname said alone after an honorific; a
title spelled alike in both languages is the article's; a demonym before a title is no
company."""

from __future__ import annotations

from typing import Any

from .reading import about, orgs, people, read


def _roles(proposals: list[Any], name: str) -> list[dict[str, Any]]:
    return [p.plain_value() for p in about(proposals, name, "roles")]


def test_a_world_region_is_no_organisation() -> None:
    found = read(
        "La visite réunissait le directeur du groupe coréen, division Afrique de l'Ouest, "
        "Kim Dae-ho Park, et la ministre.",
        "fr",
    )
    assert not {"Afrique de l'Ouest", "Afrique"} & orgs(found)
    found = read("Inauguration à Sousse, en présence du groupe allemand, région Asie.", "fr")
    assert "Asie" not in orgs(found)


def test_an_adverb_opening_a_sentence_is_no_organisation() -> None:
    found = read(
        "Une usine de briques sera construite à Kindia. Finalement, la société Bravo Briques "
        "a choisi d'investir 20 millions de dollars.",
        "fr",
    )
    assert "Finalement" not in orgs(found)
    assert "Bravo Briques" in orgs(found)


def test_a_company_apposed_after_a_title_is_whose_the_title_is() -> None:
    found = read(
        "L'usine de pneus a été inaugurée en présence du directeur général de la société, "
        "Kora Pneus, Hedi Mansouri, et du gouverneur.",
        "fr",
    )
    roles = _roles(found, "Hedi Mansouri")
    assert roles and next(iter(roles[0]["title"].values())) == "directeur général"
    assert "Kora Pneus" not in people(found)


def test_a_rank_premier_before_vice_president_is_part_of_the_title() -> None:
    found = read(
        "L'usine a été ouverte en présence du premier vice-président Fumio Sato.",
        "fr",
    )
    roles = _roles(found, "Fumio Sato")
    assert roles and next(iter(roles[0]["title"].values())) == "premier vice-président"


def test_a_surname_in_capitals_is_part_of_the_name() -> None:
    found = read(
        "L'usine a été inaugurée par l'ambassadeur de Corée au Maroc, Jiwon PARK, hier.", "fr"
    )
    assert "Jiwon PARK" in people(found)


def test_a_surname_alone_after_an_honorific_is_a_person() -> None:
    found = read("Selon le directeur de l'usine, M. Zhou, la production commencera en mai.", "fr")
    assert "Zhou" in people(found)


def test_a_surname_alone_after_an_honorific_is_the_person_named_in_full_before() -> None:
    found = read(
        "Le ministre a reçu Chen Weiming, chairman of the group. "
        "Mr Chen said the plant would open in May.",
        "en",
    )
    assert "Chen" not in people(found)
    assert "Chen Weiming" in people(found)


def test_a_title_spelled_alike_in_both_languages_is_the_articles_own() -> None:
    found = read("The factory was opened by President Amadou Keita on Monday.", "en")
    roles = _roles(found, "Amadou Keita")
    assert roles and list(roles[0]["title"]) == ["en"]


def test_a_demonym_before_a_title_is_no_company() -> None:
    found = read("The factory was opened by Zambezian President Amadou Keita.", "en")
    assert "Zambezian" not in orgs(found)
