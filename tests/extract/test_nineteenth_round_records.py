"""Records and their names, nineteenth round: how a plant said by its noun is given the name
the text says it is known by, and when an agreement said again is the one said before.

- "The glass factory, known as Norvale Glass Works, …", "The industrial zone, which is known
  as the Tarsis Free Zone, …", "L'usine, connue sous le nom de Verrerie Alva, …": the
  name a plant is known by is its name, as "called" and "baptisée" give one; a person or a
  place "known as" a description ("known as a reformer", "known as the gateway to the
  north") names no plant.
- "the 15-year contract", "the contract to be signed": an agreement said again by its term
  or by its signing to come is the one said before, no other record; "the contract to
  supply its coal" says what else it is for and stays another.
- "the 2 million tpa cement plant": a unit after a figure said in millions is a capacity, no
  word of the plant's name, as after a bare figure ("a 50 MW power station").
- "Selon les termes de l'accord, …", "Under the terms of the agreement, …": an agreement
  whose terms are cited, none said before it, is a record named by its noun, as one said
  first by its signing ("signed the deal") is, and is for the plant spoken of.
- "un projet industriel portant sur la production de câbles", "… dédié à la fabrication de
  pneus": a project said first by its noun, its kind and what it makes is one, named by
  those words, as "un complexe industriel dédié à …" is; "un projet industriel" said for
  nothing is none.
- "une convention pour la réalisation au Maroc d'une usine": a purpose the country (no part
  of a French title) leaves as a noun of doing alone says nothing; the agreement is titled
  by its noun.
"""

from __future__ import annotations

from typing import Any

from .reading import about, projects, read


def _names(proposals: list[Any]) -> set[str]:
    """Every name proposed for a new project."""
    return {
        next(iter(p.plain_value().values()))
        for plant in projects(proposals)
        for p in about(proposals, plant, "name")
    }


def test_the_name_a_plant_is_known_by_is_its_name() -> None:
    text = (
        "Norvale Foods opened a glass factory at Tarvik on Monday. The $20-million glass "
        "factory, known as Norvale Glass Works, will employ 300 people."
    )
    assert "Norvale Glass Works" in _names(read(text, lang="en"))
    text = (
        "The minister opened an industrial zone at Tarvik on Monday. The industrial zone, "
        "which is known as the Tarsis Bright Free Zone, will host 50 factories."
    )
    assert "Tarsis Bright Free Zone" in _names(read(text, lang="en"))
    text = (
        "Norvale a inauguré une usine de verre à Tarvik lundi. L'usine, connue sous le nom "
        "de Verrerie Alva, emploiera 300 personnes."
    )
    assert "Verrerie Alva" in _names(read(text))
    # a guard: a description a plant or a town is known by is no name
    text = (
        "Norvale Foods opened a glass factory at Tarvik, known as the gateway to the north, "
        "on Monday. The factory will employ 300 people."
    )
    assert _names(read(text, lang="en")) == {"Glass factory"}


def _titles(proposals: list[Any]) -> set[str]:
    return {next(iter(p.plain_value().values())) for p in proposals if p.field == "title"}


def test_the_contract_said_again_by_its_term_or_its_signing_to_come_is_the_same() -> None:
    text = (
        "Norvale Steel has been awarded a contract to upgrade a steel mill in Gabes. The "
        "minister said the 15-year contract to be signed will give the company a 60% share "
        "of output."
    )
    assert _titles(read(text, lang="en")) == {"Contract to upgrade a steel mill in Gabes"}
    text = (
        "Norvale Steel has been awarded a contract to upgrade a steel mill in Gabes. The "
        "contract to be signed next month will give the company a 60% share of output."
    )
    assert _titles(read(text, lang="en")) == {"Contract to upgrade a steel mill in Gabes"}
    # a guard: a contract said with what else it is for is another
    text = (
        "Norvale Steel has been awarded a contract to upgrade a steel mill in Gabes. The "
        "15-year contract to supply its coal will be signed later."
    )
    assert _titles(read(text, lang="en")) == {
        "Contract to upgrade a steel mill in Gabes",
        "Contract to supply its coal",
    }


def test_a_capacity_in_millions_said_before_a_plant_is_no_word_of_its_name() -> None:
    text = "Norvale Cement will renovate the 2 million tpa cement plant in Gabes."
    assert projects(read(text, lang="en")) == {"Cement plant at Gabès"}
    text = "Norvale Cement will build a 1.2 mln TPA grinding plant in Gabes."
    assert projects(read(text, lang="en")) == {"Grinding plant at Gabès"}
    # a guard: a capacity said by a figure alone is left as it was, and words after the
    # unit still qualify the plant
    text = "Norvale Cement will build a 3,000 tpd clinker grinding plant in Gabes."
    assert projects(read(text, lang="en")) == {"Clinker grinding plant at Gabès"}


def test_an_agreement_whose_terms_are_cited_is_a_record_named_by_its_noun() -> None:
    text = (
        "Norvale et Tarsis investiront 60 millions d'euros dans une usine à Gabès. Selon les "
        "termes de l'accord, 30% de la production sera exportée."
    )
    proposals = read(text)
    assert _titles(proposals) == {"Accord"}
    (plant,) = projects(proposals)
    assert about(proposals, plant, "agreements")
    text = (
        "Norvale will invest $60 million in a factory at Gabes. Under the terms of the "
        "agreement, 30% of its output will be exported."
    )
    assert _titles(read(text, lang="en")) == {"Agreement"}
    # a guard: an agreement said by its article alone, its terms not cited, is none
    text = (
        "Norvale will invest $60 million in a factory at Gabes. The agreement is good news "
        "for the region, the mayor said."
    )
    assert _titles(read(text, lang="en")) == set()


def test_an_industrial_project_said_by_what_it_makes_is_named_by_those_words() -> None:
    text = (
        "Norvale a signé jeudi une convention pour la réalisation d'un projet industriel "
        "portant sur la production de câbles en cuivre. Le projet créera 300 emplois."
    )
    named = "Projet industriel portant sur la production de câbles en cuivre"
    assert projects(read(text)) == {named}
    text = "Norvale réalisera un projet industriel dédié à la fabrication de pneus à Gabès."
    assert projects(read(text)) == {"Projet industriel dédié à la fabrication de pneus de Gabès"}
    # a guard: an industrial project said for nothing is no plant
    text = "Norvale étudie un projet industriel au Maroc avec ses partenaires."
    assert projects(read(text)) == set()


def test_a_purpose_left_without_its_object_by_a_country_is_no_part_of_a_title() -> None:
    text = (
        "Norvale a signé une convention d'investissement pour la réalisation au Maroc d'une "
        "usine de câbles."
    )
    assert _titles(read(text)) == {"Convention d'investissement"}
    # a guard: a purpose whose object comes before the country is kept, the country not
    text = "Norvale a signé un accord pour la construction d'une usine de câbles au Maroc."
    assert _titles(read(text)) == {"Accord pour la construction d'une usine de câbles"}
