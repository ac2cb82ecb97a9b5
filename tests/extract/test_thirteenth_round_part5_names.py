"""How the main record is named, general causes (tested on sentences of their own, none
taken from the evaluation set):

- a pair of nationalities ("Korean-Ghanaian", "franco-marocain") names no project: it says
  whose money or whose partnership, as a single nationality does;
- a project said first by its cost and its noun ("a $40 million Korean-Ghanaian project") is
  described, and waits for the name the text gives it later ("The Tema project");
- a French noun phrase ends before a past participle that opens a clause ("le projet de cuivre
  mené par X"): what follows says who leads it, no part of its name;
- the plants a project "entails" or "involves" are its components, not records ("a plant for
  caustic soda with a capacity of …" named by what it is for);
- a project a product comes from ("provenant du projet …", "sourced from the … mine")
  supplies the one the article is about: no record, so the plant the text says by its noun
  alone ("l'usine devrait …") is named by that noun ("Usine").

Each test failed with the reader as it was before its rule, except the guards, which say
where a rule stops."""

from __future__ import annotations

from .reading import projects, read


def test_a_costed_project_of_two_nationalities_takes_the_name_said_later() -> None:
    found = read(
        "ACCRA - The President on Monday opened a $40 million Korean-Ghanaian project for "
        "the production of ammonia near the coast. The Tema project is owned by a joint "
        "venture of two firms and will employ 300 workers.",
        lang="en",
    )
    names = projects(found)
    assert "Tema project" in names
    assert not any("Korean" in n for n in names)


def test_a_pair_of_nationalities_is_no_name_of_a_plant() -> None:
    found = read(
        "Two firms signed a deal to build a Turkish-Kenyan textile factory. Work will start "
        "in May 2025.",
        lang="en",
    )
    names = projects(found)
    assert names and not any("Turkish" in n or "Kenyan" in n for n in names)


def test_a_french_noun_phrase_ends_before_a_participle() -> None:
    found = read(
        "Le groupe va investir 50 millions d'euros dans le projet de cuivre mené "
        "conjointement par Alpha et Beta au Pérou.",
    )
    names = projects(found)
    assert not any(n.endswith(("mené", "mene")) for n in names)


def test_a_single_given_name_before_the_noun_is_kept() -> None:
    # a guard: a place the text fixes to the noun names it
    found = read(
        "The minister visited the Kivuvu cement plant on Monday. The plant will produce "
        "500,000 tonnes a year.",
        lang="en",
    )
    assert "Kivuvu cement plant" in projects(found)


def test_the_plants_a_project_entails_are_its_components() -> None:
    # "entails" lists a project's parts as "comprises" does; "a plant for X with …" is
    # named by what it is for
    found = read(
        "The Kafue chemical project was launched on Monday by the two governments. "
        "The project entails building a plant for caustic soda with a capacity of 900 tonnes "
        "per day and a chlorine plant with a capacity of 300 tonnes per day.",
        lang="en",
    )
    parts = {p.value.name["en"] for p in found if p.field == "components"}
    assert parts == {"Plant for caustic soda", "Chlorine plant"}
    assert "Chlorine plant" not in projects(found)


def test_a_project_a_product_comes_from_is_no_record() -> None:
    found = read(
        "Le groupe coréen Delta va construire une usine de cathodes au Maroc. Le plan prévoit "
        "l'achat de nickel provenant du projet minier exploité par Gamma en Indonésie.",
    )
    names = projects(found)
    assert "Usine de cathodes" in names
    assert not any(n.startswith("Projet") for n in names)


def test_a_plant_said_first_by_its_noun_alone_is_named_by_it() -> None:
    found = read(
        "Le président a annoncé lundi que le groupe allait investir 90 millions de dollars au "
        "Pérou. Le groupe importera du minerai provenant du projet de cuivre mené par Alpha "
        "et Beta au Chili. Le gouvernement indique que l'usine devrait être opérationnelle en "
        "juin 2026 et qu'elle créera 400 emplois.",
    )
    assert projects(found) == {"Usine"}
