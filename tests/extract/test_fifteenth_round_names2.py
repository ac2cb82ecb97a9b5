"""How project records are formed and named, round fifteen (part two); each rule general in
form and tested on sentences of its own (none taken from the evaluation set):

- a company inaugurated in the possessive ("inaugurated X Motors Kenya's plant") owns the
  plant that follows, and names no plant of its own;
- "a factory to manufacture coatings": what a plant is to make, said by a verb after its
  noun, is part of its name as "a factory for coatings" is;
- a headline that capitalises each of its words gives no name by its capitals: a project
  named there only ("Join To Expand Tyre Plant") and never so in the body is no record;
- "the country's only tyre plant, Orvane.": a plant said by whose it is, its name set after
  a comma at the end of the sentence, is named so;
- "signed a deal Monday with X to …": the day it was signed is no part of an agreement's
  title;
- "la mise en place d'une unité de production, d'un centre …": a production unit said first
  by its noun alone is the plant, named by those words (and its town) as "une usine" is;

Each test failed with the reader as it was before its rule, except the guards, which say
where a rule stops."""

from __future__ import annotations

from .reading import projects, read


def test_a_company_inaugurated_in_the_possessive_names_no_plant() -> None:
    found = read(
        "Governor Amina Odhiambo on Friday inaugurated Zentra Motors Kenya's car assembly "
        "plant at Thika. The plant will assemble 20,000 vehicles a year.",
        lang="en",
    )
    assert not any(name.endswith(("'s", "’s")) for name in projects(found))


def test_a_company_inaugurated_names_the_plant_it_runs() -> None:
    found = read(
        "Le ministre a inauguré la Orvane Ceramics, qui emploiera 300 personnes à Kénitra."
    )
    assert "Orvane Ceramics" in projects(found)


def test_what_a_plant_is_to_make_joins_its_name() -> None:
    found = read(
        "Zentra Holdings has made an investment decision to develop a plant to produce "
        "fertilisers in Kenya. The $40 million investment will create 600 jobs.",
        lang="en",
    )
    assert projects(found) == {"Plant to produce fertilisers"}


def test_a_title_cased_headline_gives_no_name_by_its_capitals() -> None:
    found = read(
        "Zentra, Kenya Join To Expand Tyre Plant\n\nKenya's government signed a deal on "
        "Monday with Zentra Holdings to expand a tyre factory at Thika. The company will "
        "invest $40 million in the factory.",
        lang="en",
    )
    assert "Expand Tyre Plant" not in projects(found)


def test_a_name_the_body_writes_so_stays_from_a_title_cased_headline() -> None:
    found = read(
        "Zentra Opens The Thika Tyre Plant\n\nZentra Holdings opened the Thika Tyre Plant on "
        "Monday. The company invested $40 million in the plant.",
        lang="en",
    )
    assert "Thika Tyre Plant" in projects(found)


def test_a_name_after_a_comma_ending_the_sentence_names_the_plant() -> None:
    found = read(
        "Kenya's government signed a deal on Monday with Zentra Holdings to revive the "
        "country's only tyre plant, Orvane. Zentra will invest $40 million in the factory.",
        lang="en",
    )
    assert projects(found) == {"Orvane"}


def test_a_speaker_after_a_comma_names_no_plant() -> None:
    found = read(
        "Zentra Holdings will revive the country's only tyre plant, Amina Odhiambo said.",
        lang="en",
    )
    assert "Amina Odhiambo" not in projects(found)


def test_the_day_an_agreement_was_signed_is_no_part_of_its_title() -> None:
    found = read(
        "Kenya's government signed a deal Tuesday with Zentra Holdings to expand the "
        "Thika tyre plant, officials said.",
        lang="en",
    )
    titles = {p.new.name for p in found if p.new and p.new.kind == "agreements"}
    assert titles == {"Deal to expand the Thika tyre plant"}


def test_a_production_unit_said_first_by_its_noun_alone_names_the_plant() -> None:
    found = read(
        "Un protocole d'accord a été signé lundi entre le ministère de l'Industrie et le "
        "groupe Zentra portant sur la mise en place d'une unité de production, d'un centre "
        "technique et d'un entrepôt. Le groupe y construira une nouvelle usine de "
        "fabrication de freins. Cette usine sera réalisée à Kénitra et emploiera 800 "
        "personnes."
    )
    (plant,) = projects(found)
    assert plant.startswith("Unité de production")
