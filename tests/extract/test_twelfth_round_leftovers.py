"""The twelfth round's leftover forms, each general and tested on sentences of its own (none
taken from the evaluation set): a company inaugurated ("le ministre a inauguré la KORA
TIMBER") is the plant it runs, named by the company's name; an editor's note after a name
says a company and its country; a company's name may end in a lower-case "international"; a
company's whole name with its legal form and a plant noun is the plant it runs; a name a lead
shouts in capitals takes its plain spelling; a bank named in one word is an organisation; a
company said by its nationality alone ("A Turkish company …", "the Egyptian firm") gives that
country to the company named next, or last.

Each test failed with the reader as it was before its rule (checked against the commit
before it)."""

from __future__ import annotations

from typing import Any

from .reading import about, projects, read


def test_a_company_inaugurated_is_the_plant_named_by_it() -> None:
    found = read(
        "Le ministre des Mines a inauguré vendredi la KORA TIMBER à Owendo. "
        "L'usine a coûté 2 milliards de FCfa et emploie 150 personnes."
    )
    assert "KORA TIMBER" in projects(found)
    assert about(found, "KORA TIMBER", "investment")


def test_a_company_inaugurated_with_an_adverb_is_the_plant_named_by_it() -> None:
    found = read(
        "The governor officially inaugurated the Lakeview Bricks on Monday. "
        "The factory cost 4 million dollars.",
        lang="en",
    )
    assert "Lakeview Bricks" in projects(found)


def _orgs(proposals: list[Any]) -> dict[str, Any]:
    names = {
        p.new.key: p.plain_value()
        for p in proposals
        if p.new and p.new.kind == "orgs" and p.field == "name"
    }
    countries = {
        p.new.key: p.value
        for p in proposals
        if p.new and p.field == "country" and p.new.key in names
    }
    return {next(iter(v.values())): countries.get(k) for k, v in names.items()}


def test_an_editors_note_after_a_name_says_a_company_and_its_country() -> None:
    found = read(
        "Les machines de BAO LONG PANELS, (NDLR : entreprise d'origine vietnamienne) "
        "produiront des panneaux de bois."
    )
    assert _orgs(found).get("BAO LONG PANELS") == "VN"


def test_a_company_name_ends_with_a_lower_case_international() -> None:
    found = read("Le groupe textile Sato international construira une usine à Thiès.")
    assert "Sato international" in _orgs(found)


def test_a_company_with_its_legal_form_and_a_plant_noun_is_a_plant() -> None:
    found = read(
        "The minister said the Kandy Glass Corporation (Pvt) Ltd factory in Kurunegala "
        "has cost 40 million dollars.",
        lang="en",
    )
    assert "Kandy Glass Corporation (Pvt) Ltd factory" in projects(found)
    assert about(found, "Kandy Glass Corporation (Pvt) Ltd factory", "investment")
    assert "Kandy Glass Corporation (Pvt) Ltd" in _orgs(found)


def test_a_name_shouted_in_a_lead_takes_its_plain_spelling() -> None:
    found = read(
        "GOLDEN Tiles, a Chinese firm, will build a tile factory in Ndola. "
        "Golden Tiles chairman Li Ming said the works start in May.",
        lang="en",
    )
    names = _orgs(found)
    assert "Golden Tiles" in names
    assert "GOLDEN Tiles" not in names


def test_a_bank_named_in_one_word_is_an_organisation_with_its_country() -> None:
    found = read(
        "L'usine de briques de Mopti sera financée par un prêt de Kexbank du Japon "
        "de 12 millions de dollars."
    )
    assert _orgs(found).get("Kexbank du Japon") == "JP"


def test_a_company_said_first_by_its_nationality_is_the_next_one_named() -> None:
    found = read(
        "A Turkish company has signed a deal to build a glass factory in Kumasi. "
        "The deal was signed by Anka Cam Holding and the regional council.",
        lang="en",
    )
    assert _orgs(found).get("Anka Cam Holding") == "TR"


def test_the_firm_said_by_its_nationality_after_a_name_is_that_one() -> None:
    found = read(
        "Vexa Mills Limited will build a flour mill at Kisumu. "
        "Officials said the Egyptian firm has already bought the land.",
        lang="en",
    )
    assert _orgs(found).get("Vexa Mills Limited") == "EG"
