"""Forming and naming the records an article is about, round fifteen, part four; each rule
general in form and tested on sentences of its own (none taken from the evaluation set):

- a plant "to process ore from …", "to produce cement from …": the product said before
  "from" ends what the plant is to make, and joins its name; a continent said with a
  possessive ("investing in Asia's textile sector") is no town to name the plant by;
- "l'ensemble du projet intitulé X", "the project titled X": the project spoken of, said by
  a plant noun before, is given the name X (the English one with a comma is a guard);
- an English verb in -s after an agreement's noun ("the first contract involves a mill")
  opens its clause, no part of its title;

Each test failed with the reader as it was before its rule, except the guards, which say
where a rule stops."""

from __future__ import annotations

from .reading import about, projects, read


def test_a_plant_to_make_a_product_from_a_source_and_a_continent_owning() -> None:
    found = read(
        "Zentra Holdings plans to spend $2 billion building a plant to produce copper "
        "cathodes from Tarvelian ore over the next four years, the minister said. Other "
        "groups are also keen on investing in Asia's mining sector.",
        lang="en",
    )
    assert projects(found) == {"Plant to produce copper cathodes"}


def test_the_project_titled_a_name_is_the_plant_spoken_of() -> None:
    found = read(
        "Le groupe Zentra a annoncé jeudi la construction d'une nouvelle usine de moteurs "
        "électriques. L'ensemble du projet intitulé Zentra Deux couvrira une superficie de "
        "300 hectares et générera jusqu'à 900 emplois."
    )
    (plant,) = projects(found)
    names = {p.plain_value()["fr"] for p in about(found, plant, "name")}
    assert "Zentra Deux" in names
    assert about(found, plant, "jobs")
    found = read(
        "Zentra Motors will build an electric motor factory. The project, dubbed Zentra "
        "Two, will create 900 jobs.",
        lang="en",
    )
    (plant,) = projects(found)
    assert "Zentra Two" in {p.plain_value()["en"] for p in about(found, plant, "name")}


def test_an_english_verb_after_an_agreement_noun_is_no_part_of_its_title() -> None:
    found = read(
        "Tarvelia has signed two investment contracts with Zentra Steel. The first contract "
        "involves a steel rolling mill with an annual capacity of one million tons, while "
        "the second includes a port.",
        lang="en",
    )
    titles = {next(iter(p.plain_value().values())) for p in found if p.field == "title"}
    assert not any("involves" in t or "includes" in t for t in titles)
