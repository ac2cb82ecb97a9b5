"""Organisations, twenty-first round.

- "Hisense is planning to invest …", "Norvale is set to build …", "Norvale intends to
  open …": a company named at a sentence's opening, by an act it plans, is one, as "plans
  to" said it.
- "China's leading electronic company, Hisense is planning …": what a company is, said
  before its name at the opening, leaves its name the actor; a country's possessive in that
  description says whose the company is, as "Chinese" would.
- "Eramet va débourser environ 200 millions d'euros … pour construire une usine": a
  company opening a sentence by the money it spends is one, and the money is invested.
- "Knowles Electronics (Philippines) Corp.": a country in brackets before "Corp." is a
  word of the company's name, as before "Ltd" or "Co., Ltd.", no company of its own.
"""

from __future__ import annotations

from typing import Any

from .reading import orgs, read


def _country_of(proposals: list[Any], name: str) -> Any:
    return next(
        (
            p.plain_value()
            for p in proposals
            if p.new and p.new.name == name and p.field == "country"
        ),
        None,
    )


def test_a_company_named_by_the_act_it_plans() -> None:
    for said in ("is planning to invest", "is set to invest", "intends to invest"):
        text = f"Norvale {said} $20 million to build a factory in Nigeria."
        assert "Norvale" in orgs(read(text, lang="en")), said
    # a guard: a country planning is no company
    text = "Nigeria is planning to invest $20 million to build a factory in Kano."
    assert "Nigeria" not in orgs(read(text, lang="en"))


def test_a_company_described_before_its_name() -> None:
    text = (
        "China's leading electronic company, Norvale is planning to invest $20 million to "
        "build a factory in Nigeria."
    )
    proposals = read(text, lang="en")
    assert "Norvale" in orgs(proposals)
    assert _country_of(proposals, "Norvale") == "CN"


def test_a_company_that_spends_on_a_plant() -> None:
    # "va débourser": money spent on a plant is invested, and its spender a company
    text = (
        "Norvale va débourser environ 200 millions d'euros pour construire une usine de "
        "manganèse à Thiès."
    )
    proposals = read(text)
    assert "Norvale" in orgs(proposals)
    sums = [p.plain_value() for p in proposals if p.field == "investment"]
    assert [(s["value"], s["currency"]) for s in sums] == [(200_000_000, "EUR")]


def test_a_country_in_brackets_before_corp_is_the_name_s() -> None:
    text = "The maker Knowles Electronics (Philippines) Corp. opened a plant in Cebu."
    assert orgs(read(text, lang="en")) == {"Knowles Electronics (Philippines) Corp."}
