"""Records and their names, seventeenth round: which records the reader forms from an article
and what it names them.

- A compass point or a distance said in brackets after a plant's town ("l'usine de Most
  (nord)") says where the town lies: no part of the plant's name.
- A town after an elided "de" ("L'usine d'Itirapina") is a place the text fixes to the plant
  noun, as after "de ": a name the text gives, which names the plant said first by a
  description ("une nouvelle unité d'assemblage"); a continent or a country so said ("hors
  d'Europe") is none.
- A plant said by whose place it stands in after an indefinite article ("a Western
  Australian minerals processing plant") is described, not named; a town's or a name's
  words the text capitalises in a plant's name ("The Rockingham plant") say no product, so
  they tell it from the plant said before only when both are named and by other words.
- A town the text says right after a plant's zone ("dans la zone industrielle de Nhon Trach,
  dans la ville de Bien Hoa") names the plant rather than the zone: the convention names a
  plant after its town.
- "a plant for the production of electric cables", "a factory for the manufacture of
  tractors": what an English plant is for, said by the noun of its work, is part of the
  name a description makes (as "pour la production de" is in French).
- People a company already employs, said in the present ("où il emploie 3.500 personnes",
  "220 usines dans le monde employant 24.000 personnes", "the group employs 9,000 people")
  in a sentence that says no plant, are the company's workforce, none of the plant's jobs;
  "le site emploie", "it employs" may say the plant, and keep it.
"""

from __future__ import annotations

from typing import Any

from .reading import projects, read


def _jobs(proposals: list[Any]) -> list[tuple[str, int]]:
    return [(p.new.name, p.plain_value()["value"]) for p in proposals if p.field == "jobs"]


def test_a_compass_point_in_brackets_is_no_part_of_a_plants_name() -> None:
    text = (
        "Le groupe Valtero construira une usine en Pologne. L'usine de Lodz (centre) "
        "fabriquera des vitrages et emploiera 300 personnes."
    )
    assert projects(read(text)) == {"Usine de Lodz"}
    text = (
        "Norbeck Steel will build a plant in Sweden. The plant at Kiruna (far north) will "
        "employ 200 people."
    )
    assert projects(read(text, lang="en")) == {"Plant at Kiruna"}
    # a guard: a bracket of a company's name is its name's
    text = "Kestrel Tire (Cambodia) factory will employ 900 workers, the company said."
    assert "Kestrel Tire (Cambodia) factory" in projects(read(text, lang="en"))


def test_a_town_after_an_elided_de_names_the_plant_said_first_by_a_description() -> None:
    text = (
        "Le groupe Valtero a annoncé qu'il allait construire une nouvelle unité de montage "
        "d'une capacité de 80.000 unités dans la ville d'Ostreval. L'usine d'Ostreval emploiera "
        "1.200 personnes."
    )
    assert projects(read(text)) == {"Usine d'Ostreval"}
    text = (
        "Sonatrel va construire une raffinerie de pétrole de 2 milliards de dollars. Située "
        "dans la commune d'Ivrandis, la raffinerie d'Ivrandis traitera 5 millions de tonnes par an."
    )
    assert projects(read(text)) == {"Raffinerie d'Ivrandis"}
    # a guard: a plant said by what it does after an elided "de" is described, not named
    text = "Le groupe Valtero construira une usine d'assemblage dans la ville de Blida."
    assert projects(read(text)) == {"Usine d'assemblage de Blida"}
    # nor is a continent after an elided "de" a town fixed to the noun ("hors d'Europe" says
    # where the plant stands among its owner's, no word of its name: nineteenth round)
    text = "Le groupe Valtero construira sa première usine hors d'Europe à Blida, a-t-il dit."
    assert projects(read(text)) == {"Usine de Blida"}


def test_a_plant_said_by_its_place_then_by_its_town_is_one_named_by_its_town() -> None:
    text = (
        "A Danish group has bought a South Australian glass processing plant. The Whyalla "
        "plant, which closed in 2019, will reopen next year and employ 80 people."
    )
    assert projects(read(text, lang="en")) == {"Whyalla plant"}
    text = (
        "Kestrel Mills will build a West African cotton ginning mill. The Korhogo mill will "
        "process 40,000 tonnes a year."
    )
    assert projects(read(text, lang="en")) == {"Korhogo mill"}
    # a guard: described by its place alone, it is named by what it does
    text = "Kestrel Mills will build a West African cotton ginning mill, the company said."
    assert projects(read(text, lang="en")) == {"Cotton ginning mill"}
    # nor are two plants the text names by two towns one
    text = (
        "A Danish group has bought a South Australian glass processing plant. The Whyalla "
        "plant will reopen next year, unlike the Port Pirie plant, which stays closed."
    )
    assert projects(read(text, lang="en")) == {"Whyalla plant", "Port Pirie plant"}


def test_the_town_said_after_a_zone_names_the_plant() -> None:
    text = (
        "La société Valtero Vietnam vient de lancer le chantier d'une usine de tuiles dans la "
        "zone industrielle de Nhon Trach, dans la ville de Bien Hoa (Sud)."
    )
    assert projects(read(text)) == {"Usine de tuiles de Bien Hoa"}
    text = (
        "La société Valtero Vietnam construira une usine de tuiles dans la zone industrielle "
        "de Nhon Trach de la ville de Bien Hoa."
    )
    assert projects(read(text)) == {"Usine de tuiles de Bien Hoa"}
    # a guard: a town the zone is near is not the one it lies in
    text = (
        "La société Valtero Vietnam construira une usine de tuiles dans la zone industrielle "
        "de Nhon Trach, près de la ville de Bien Hoa."
    )
    assert projects(read(text)) == {"Usine de tuiles de Nhon Trach"}


def test_what_an_english_plant_is_for_said_by_the_noun_of_its_work_joins_its_name() -> None:
    text = "Kestrel Mills will invest in a new plant for the production of steel wires in Ghana."
    assert projects(read(text, lang="en")) == {"Plant for the production of steel wires"}
    text = "Kestrel Mills signed to build a factory for the manufacture of farm tractors."
    assert projects(read(text, lang="en")) == {"Factory for the manufacture of farm tractors"}
    # a guard: a plant that says what it makes before its noun keeps that name
    text = "Kestrel Mills will build a cable plant for the production of the wires its cars need."
    assert projects(read(text, lang="en")) == {"Cable plant"}


def test_a_workforce_a_company_already_has_is_none_of_the_plants_jobs() -> None:
    text = (
        "Le groupe Valtero va construire une usine de tuiles à Blida. L'usine emploiera 400 "
        "personnes. Valtero est présent en Algérie depuis 1998, où il emploie 2.300 personnes."
    )
    assert _jobs(read(text)) == [("Usine de tuiles de Blida", 400)]
    text = (
        "Le groupe Valtero va construire une usine de tuiles à Blida. Il possède plus de 40 "
        "usines dans le monde employant 9.000 personnes."
    )
    assert _jobs(read(text)) == []
    text = "Kestrel Mills will build a tile factory in Tema. The group employs 9,000 people."
    assert _jobs(read(text, lang="en")) == []
    # guards: the plant said by its noun or a pronoun, or jobs to come, are the plant's
    text = "Valtero construira une usine de tuiles à Blida. Le site emploie 260 personnes."
    assert _jobs(read(text)) == [("Usine de tuiles de Blida", 260)]
    text = "Kestrel Mills will build a tile factory in Tema. The company will employ 300 people."
    assert _jobs(read(text, lang="en")) == [("Tile factory at Tema", 300)]
