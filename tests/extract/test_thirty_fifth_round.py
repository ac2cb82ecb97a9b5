"""Thirty-fifth round: what the first reading of held-out set AY showed the reader could not
read, in words any article may use.

- "Ahmet Şekeroğlu, board chairman of Kelvar Inc.": a surname opened by a capital of
  Latin Extended-A, and a board's chairman, who heads the company.
- "Turkish Science, Industry and Technology Minister X": a portfolio's list, commas and
  all, and the nationality before it; "Palestinian Deputy Prime Minister and National
  Economy Minister X": the nationality said before the rank of two joined titles.
- "told Anadolu Agency": an agency's noun closes no person's name.
- "in a Norvel Development Agency factory at Bangor": the agency's plant, its owner or
  landlord, said by its name before the noun; the plant is said by its noun, and the agency
  is a body all the same.
"""

from __future__ import annotations

from .reading import (
    orgs,
    people,
    projects,
    read,
    role_titles,
)


def test_a_surname_opened_by_an_extended_capital() -> None:
    found = read("Ahmet Şekeroğlu, board chairman of Kelvar Inc., told reporters.", "en")
    assert people(found) == {"Ahmet Şekeroğlu"}
    assert orgs(found) == {"Kelvar Inc."}
    [head] = [p for p in found if p.field == "head"]
    assert head.plain_value() == "Ahmet Şekeroğlu"


def test_a_given_name_opened_by_an_extended_capital() -> None:
    found = read("Şükrü Yılmaz, chairman of Kelvar Inc., told reporters.", "en")
    assert people(found) == {"Şükrü Yılmaz"}


def test_a_portfolio_listed_before_a_minister() -> None:
    found = read(
        "Turkish Science, Industry and Technology Minister Tarik Volmer and Palestinian "
        "Deputy Prime Minister and National Economy Minister Samir Halabi signed the deal.",
        "en",
    )
    assert people(found) == {"Tarik Volmer", "Samir Halabi"}
    assert role_titles(found, "Tarik Volmer") == [
        "Turkish Science, Industry and Technology Minister"
    ]
    assert role_titles(found, "Samir Halabi") == [
        "Palestinian Deputy Prime Minister and National Economy Minister"
    ]


def test_a_place_then_a_title_is_no_portfolio_list() -> None:
    found = read("In Ankara, Trade Minister Tarik Volmer signed the deal.", "en")
    assert role_titles(found, "Tarik Volmer") == ["Trade Minister"]


def test_an_agency_is_no_person() -> None:
    found = read("Tarik Volmer, chairman of Kelvar Inc., told Anadolu Agency.", "en")
    assert people(found) == {"Tarik Volmer"}


def test_an_agency_s_factory_is_named_by_its_noun() -> None:
    found = read(
        "Kelvar Ltd plans to produce 350,000 bikes a year in a Norvel Development Agency "
        "factory at Bangor.",
        "en",
    )
    assert "Norvel Development Agency" in orgs(found)
    assert not [p for p in found if p.new and "Agency" in p.new.name and p.new.kind == "projects"]
    assert len(projects(found)) == 1
