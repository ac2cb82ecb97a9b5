"""Forming and naming the records an article is about, round fifteen, part three; each rule
general in form and tested on sentences of its own (none taken from the evaluation set):

- a word of time or frequency after a plant's noun ("de l'usine chaque année", "l'usine
  désormais") opens what is said of the plant, no part of a name: the plant spoken of;
- a plant "destinée à la fabrication de …", "dédiée à la production de …" keeps those words,
  which say what it makes, in the convention's name;
- a name in quotes after a plant's noun and "de" ("l'unité industrielle de « la Biscuiterie
  moderne Zentra »"), or after its bare noun ("l'usine « Zentra »"), is the plant's name, its
  words of quality kept; after a noun said with what it makes ("le complexe des métiers du
  textile « Zentra »") the whole stays the name the text gives;
- a plant named by its company's words and its noun ("Zentra Electric Industry Tarvel
  factory") is that plant even when a company is read from a dateline's words before it up
  into them ("HAI DUONG,VNA- Korean-invested Zentra Electric Industry"): what is said of
  "the factory" after is filed under that name, not under a plant named by its town;
- "a multi-million dollar investment project" says what is spent, no plant: no record of
  that name;
- a plant "located in the X Industrial Complex" (or "Industrial Estate") is in it: the
  complex is where the plant is, no record that takes what is said of the plant;
- an agreement "signé, ce lundi, entre X et Y portant sur la mise en place d'une unité de
  production": the plant said after what the agreement is about, past the commas that end
  the agreement's clause, is linked to it;

Each test failed with the reader as it was before its rule, except the guards, which say
where a rule stops."""

from __future__ import annotations

from .reading import about, named, projects, read


def test_a_time_word_after_the_plant_noun_is_no_name() -> None:
    found = read(
        "Le groupe sud-coréen Zentra a inauguré mardi à Valenciennes une usine de moteurs "
        "électriques. D'ici 2027, 50.000 moteurs devraient sortir de l'usine chaque année."
    )
    assert projects(found) == {"Usine de moteurs électriques de Valenciennes"}


def test_a_plant_destined_to_make_keeps_those_words() -> None:
    found = read(
        "Le groupe sud-coréen Zentra a inauguré mardi à Valenciennes une usine destinée à la "
        "fabrication de moteurs électriques ayant permis la création de 200 emplois."
    )
    assert projects(found) == {
        "Usine destinée à la fabrication de moteurs électriques de Valenciennes"
    }


def test_a_unit_dedicated_to_production_keeps_those_words() -> None:
    found = read(
        "Le groupe Zentra construira à Valenciennes une unité dédiée à la production de "
        "batteries, pour un investissement de 40 millions d'euros."
    )
    assert projects(found) == {"Unité dédiée à la production de batteries de Valenciennes"}


def test_a_quoted_name_after_de_names_the_plant() -> None:
    found = read(
        "Le ministre a lancé mercredi, dans la commune de Valenciennes, les travaux de "
        "construction de l'unité industrielle de « la Biscuiterie moderne Zentra » du groupe "
        "marocain Orvane, dont les investissements sont estimés à 12 millions d'euros."
    )
    assert projects(found) == {"Biscuiterie moderne Zentra"}


def test_a_quoted_name_after_a_bare_plant_noun_names_the_plant() -> None:
    found = read(
        "Le ministre a visité à Valenciennes la nouvelle usine « Zentra » du groupe Orvane."
    )
    assert projects(found) == {"Zentra"}


def test_a_quoted_name_after_what_the_plant_makes_stays_whole() -> None:
    found = read(
        "Le complexe intégré des métiers du textile « Zentra » implanté à Valenciennes est "
        "entré en production en mars 2018."
    )
    assert projects(found) == {"Complexe intégré des métiers du textile « Zentra »"}


def test_a_plant_named_by_its_company_survives_a_dateline_glued_before_it() -> None:
    found = read(
        "HAI DUONG,VNA- Korean-invested Zentra Electric Industry Tarvel factory was inaugurated "
        "in Hai Duong province on May 4. The factory cost 8 million USD.",
        lang="en",
    )
    assert projects(found) == {"Zentra Electric Industry Tarvel factory"}


def test_an_investment_project_names_no_plant() -> None:
    found = read(
        "Zentra Holdings has won an award for selecting Kenya as the location for a "
        "multi-million dollar investment project. Zentra Holdings will invest more than $300 "
        "million in Kenya by setting up a cement project in Nakuru. The plant will begin "
        "production in 2027.",
        lang="en",
    )
    assert projects(found) == {"Cement project at Nakuru"}


def test_a_plant_in_an_industrial_complex_is_no_complex_record() -> None:
    found = read(
        "Zentra Motors has announced a new plant for electric scooters in Mexico. The factory, "
        "to be located in the Kelmar Industrial Complex in Monterrey, will cost US $60 "
        "million.",
        lang="en",
    )
    assert "Kelmar Industrial Complex" not in projects(found)
    assert len(projects(found)) == 1


def test_an_agreement_about_setting_up_a_plant_is_linked_past_its_commas() -> None:
    found = read(
        "Un protocole d'accord a été signé, ce lundi 14 décembre, entre le ministère de "
        "l'Industrie et l'équipementier américain Zentra portant sur la mise en place au Maroc "
        "d'une unité de production, d'un écosystème fournisseurs et d'un centre technique. "
        "L'unité de production sera implantée à Kénitra."
    )
    (plant,) = projects(found)
    (name,) = named(found, "agreements")
    assert [p.plain_value() for p in about(found, name, "projects")] != []
    assert len(about(found, plant, "agreements")) == 1
