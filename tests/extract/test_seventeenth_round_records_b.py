"""Records and their names (round seventeen, part b): an agreement said "to this end" / "à cet
effet" is for the plant just said, titled by its noun alone and linked to that plant; the
day it was signed ("today", "hier") is no part of its title; a plant "to produce X, Y and Z"
keeps what it makes in its description-made name, whatever adjective stands before its
noun; a free-trade agreement is the two countries', no record of the set; a company's name
that ends in a plant's noun ("PT … Alumina Refinery, a joint venture") is no plant. Each
is a rule of the press's language, not of one article."""

from __future__ import annotations

from typing import Any

from .reading import projects, read


def _titles(proposals: list[Any]) -> list[str]:
    return [next(iter(p.plain_value().values())) for p in proposals if p.field == "title"]


def _linked(proposals: list[Any]) -> bool:
    """True if an agreement is linked to a plant both ways."""
    fields = {p.field for p in proposals if p.new}
    return {"projects", "agreements"} <= fields


def test_an_agreement_to_this_end_is_titled_by_its_noun_and_is_the_plants() -> None:
    text = (
        "Tarvo Foods will invest $40 million to set up a juice factory at Ruse. The company "
        "signed an agreement with the province to this end today, officials said."
    )
    proposals = read(text, lang="en")
    assert _titles(proposals) == ["Agreement"]
    assert _linked(proposals)
    text = (
        "Tarvo Foods will build a juice factory at Ruse. It signed a contract with Kepza "
        "for this purpose on Monday."
    )
    proposals = read(text, lang="en")
    assert _titles(proposals) == ["Contract"]
    assert _linked(proposals)
    text = (
        "Le groupe Tarvo va construire une usine de jus à Sfax. Il a signé un accord avec "
        "l'Agence de promotion à cet effet aujourd'hui."
    )
    proposals = read(text)
    assert _titles(proposals) == ["Accord"]
    assert _linked(proposals)


def test_an_agreement_said_for_something_keeps_what_it_is_for() -> None:
    # a guard: what it is for, said in words, still titles it
    text = "Le groupe Tarvo a signé un accord pour la construction d'une usine de jus à Sfax."
    assert _titles(read(text)) == ["Accord pour la construction d'une usine de jus à Sfax"]


def test_the_day_an_agreement_was_signed_is_no_part_of_its_title() -> None:
    text = "Tarvo Foods will build a mill at Ruse. It signed an agreement with the province today."
    assert _titles(read(text, lang="en")) == ["Agreement with the province"]
    text = (
        "Le groupe Tarvo va construire une usine à Sfax. Il a signé un accord avec la wilaya hier."
    )
    assert _titles(read(text)) == ["Accord avec la wilaya"]
    # a guard: what it is for, said after the day, still titles it
    text = "Tarvo Foods signed an agreement today to build a juice factory at Ruse."
    assert _titles(read(text, lang="en")) == ["Agreement to build a juice factory at Ruse"]


def _plant_names(proposals: list[Any]) -> set[str]:
    return {
        p.plain_value()["en"]
        for p in proposals
        if p.new and p.new.kind == "projects" and p.field == "name"
    }


def test_a_plant_to_produce_a_list_keeps_the_list_in_its_name() -> None:
    text = (
        "Tarvo Foods will invest $40 million to establish a modern composite factory to "
        "produce juices, jams and sauces at Ruse."
    )
    assert _plant_names(read(text, lang="en")) == {
        "Composite factory to produce juices, jams and sauces at Ruse"
    }
    text = "Kestrel Mills will build a modular plant to make tiles, bricks or pavers at Tema."
    assert _plant_names(read(text, lang="en")) == {
        "Modular plant to make tiles, bricks or pavers at Tema"
    }


def test_a_clause_after_the_product_is_no_part_of_the_name() -> None:
    # a guard: ", and the plant will …" is a new clause, not another product
    text = "Kestrel Mills will build a factory to make tiles, and the plant will open at Tema."
    assert _plant_names(read(text, lang="en")) == {"Factory to make tiles at Tema"}


def _agreement_titles(text: str, lang: str = "fr") -> list[str]:
    return [
        next(iter(p.plain_value().values()))
        for p in read(text, lang=lang)
        if p.new and p.new.kind == "agreements" and p.field == "title"
    ]


def test_a_free_trade_agreement_is_the_countries_no_record() -> None:
    text = (
        "Le groupe Tarvo a inauguré son usine de Novi Sad. Les deux pays ont signé en 2022 "
        "un accord de libre-échange."
    )
    assert _agreement_titles(text) == []
    text = (
        "Tarvo Foods opened its mill at Ruse. The two countries signed a free-trade "
        "agreement in 2021."
    )
    assert _agreement_titles(text, lang="en") == []
    # a guard: an agreement on a plant between the same countries is one
    text = (
        "Les deux pays ont signé en 2022 un accord pour la construction d'une usine de "
        "pneus à Novi Sad."
    )
    assert _agreement_titles(text) == [
        "Accord pour la construction d'une usine de pneus à Novi Sad"
    ]


def test_a_company_named_with_a_plant_noun_is_no_plant() -> None:
    text = (
        "Kestrel Mining opened a smelter at Tema on Monday. The smelter is operated by PT "
        "Sinar Baru Nickel Refinery, a joint venture in which Kestrel holds 60 percent."
    )
    assert projects(read(text, lang="en")) == {"Smelter at Tema"}
    text = (
        "Kestrel Mining opened a smelter at Tema on Monday. The smelter is operated by JSC "
        "Aral Nickel Refinery under a lease."
    )
    assert "JSC Aral Nickel Refinery" not in projects(read(text, lang="en"))
    text = (
        "Kestrel Mining opened a smelter at Tema on Monday. It is operated by Aral Nickel "
        "Refinery, a company owned by Kestrel."
    )
    assert "Aral Nickel Refinery" not in projects(read(text, lang="en"))
    # a guard: a plant the text names, said with no company's form, stays a plant
    text = "Kestrel Mining opened the Aral Nickel Refinery at Tema on Monday."
    assert "Aral Nickel Refinery" in projects(read(text, lang="en"))
