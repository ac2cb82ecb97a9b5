"""How records are named and split, round fifteen; each rule general in form and tested on
sentences of its own (none taken from the evaluation set):

- a word of size, ambition or plan ("géante", "ambitious", "envisioned") is no part of a
  plant's name, whether the convention names it or the text gives it a name;
- a plant said by its noun alone ("sa nouvelle usine") is the article's other plant of its
  kind, when it speaks of two, even when the sentences give the two different builders;
- a project said first by a plant's noun alone ("an ambitious project") is named by its first
  later mention that says what it makes ("A fertiliser blending plant"), quoted there;
- "un site de production de freins" is a plant, named by those words, as "une unité de
  production" is;

Each test failed with the reader as it was before its rule, except the guards, which say
where a rule stops."""

from __future__ import annotations

from bilat.store.extract import naming

from .reading import about, projects, read


def test_a_word_of_size_is_no_part_of_a_conventional_name() -> None:
    assert naming.conventional("Usine géante", "Kénitra", "fr", False) == "Usine de Kénitra"
    said = naming.conventional("Ambitious cement project", None, "en", False)
    assert said == "Cement project"


def test_a_giant_plant_said_twice_is_one_record() -> None:
    found = read(
        "Le groupe Zentra a inauguré lundi son usine géante de Kénitra. Cette grande usine "
        "emploie 900 personnes."
    )
    assert projects(found) == {"Usine de Kénitra"}


def test_a_plan_word_said_before_a_given_name_is_no_part_of_it() -> None:
    found = read(
        "Zentra Holdings will build the envisioned Orvane Glass Factory near Keetmanshoop, "
        "the company said.",
        lang="en",
    )
    assert projects(found) == {"Orvane Glass Factory"}


def test_a_plant_said_by_its_noun_alone_is_the_articles_other_plant() -> None:
    found = read(
        "L'activité du groupe Orvane s'agrandit. Sa filiale Zentra Ciment a inauguré jeudi "
        "sa nouvelle usine, dans la commune de Kénitra. L'usine Orvane Maroc présente une "
        "capacité de 500.000 tonnes de ciment. La cérémonie a été présidée par le "
        "président-directeur général du groupe Orvane, Karim Bennani."
    )
    assert projects(found) == {"Usine Orvane Maroc"}


def test_a_plant_of_another_company_in_another_town_stays_apart() -> None:
    found = read(
        "Le groupe Zentra a inauguré jeudi sa nouvelle usine à Kénitra. Son concurrent "
        "Orvane exploite l'usine Orvane Maroc à Agadir depuis 2015."
    )
    assert len(projects(found)) == 2


def test_a_project_said_first_by_its_noun_alone_is_named_by_what_it_makes() -> None:
    text = (
        "Zentra Holdings laid the foundation stone of an ambitious project on Monday. A "
        "fertiliser blending plant will be developed under the project. The fertiliser "
        "blending plant would produce 200,000 tonnes a year."
    )
    found = read(text, lang="en")
    (plant,) = projects(found)
    assert plant == "Fertiliser blending plant"
    (said,) = about(found, plant, "name")
    assert said.start == text.find("fertiliser blending plant")


def test_a_project_said_first_with_what_it_makes_keeps_those_words() -> None:
    found = read(
        "Zentra Holdings laid the foundation stone of a cement project on Monday. A "
        "grinding plant will be developed under the project, the company said.",
        lang="en",
    )
    assert "Cement project" in projects(found)


def test_a_production_site_is_a_plant_named_by_its_words() -> None:
    found = read(
        "Le groupe Zentra a inauguré mercredi à Kénitra son nouveau site de production de "
        "freins, d'un investissement de 80 millions de dirhams. Cette usine emploie 150 "
        "personnes."
    )
    assert projects(found) == {"Site de production de freins de Kénitra"}
