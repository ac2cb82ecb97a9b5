"""Records and their names, eighteenth round: which agreements become records, what they are
titled and what they are tied to, and how a plant said in a named estate is named.

- A figure's point or comma ("a $1.2 billion venture", "1,500 buses") ends no clause: an
  agreement's clause runs past it.
- What an agreement is for, said with the cost of what it sets up ("to set up a $900
  million joint venture"), is the project described by its cost: the agreement is titled by
  its noun; said without a cost ("to build a juice factory") it stays in the title.
- "between the two parties", "entre les deux parties": the parties said again, no part of
  a title; nor is "between X and Y" after an English noun its words before qualify ("the
  supply agreement between X and Y" → "Supply agreement"); "is to be signed", "doit être
  signé" end a title as "was signed" does, and say no signing yet.
- "a joint venture agreement" is a partners' deed: its instrument is a partnership.
- "X signed the deal with Y": an agreement said first by a signing and its article, no
  agreement said before it, is a record named by its noun ("Deal"), unless an agreement of
  that noun is named later (which it points to).
- An agreement "to set up", "to build", "pour construire" something, or a joint venture
  agreement, said before the article names any plant, is for the first plant it names.
- "a factory in Tarsa Estate": a zone named by a capitalised "Estate" after its own name
  names the plant described in it, without an article the text does not say; the region
  said right after it ("in Tarsa Estate in Kelvar") is where that zone lies.
"""

from __future__ import annotations

from typing import Any

from .reading import about, projects, read


def _titles(proposals: list[Any]) -> set[str]:
    return {next(iter(p.plain_value().values())) for p in proposals if p.field == "title"}


def _fields(proposals: list[Any], kind: str) -> set[str]:
    return {p.field for p in proposals if p.new and p.new.kind == kind}


def test_a_figures_point_ends_no_clause_and_a_purpose_with_a_cost_is_no_title() -> None:
    text = (
        "Norvale Chemicals and Tarsis Holding signed a memorandum of understanding on Monday "
        "to set up a $1.2 billion fertiliser joint venture."
    )
    assert _titles(read(text, lang="en")) == {"Memorandum of understanding"}
    text = (
        "Norvale Chemicals a signé un protocole d'accord pour créer une coentreprise de "
        "300 millions de dollars."
    )
    assert _titles(read(text)) == {"Protocole d'accord"}
    # a guard: a purpose said without a cost stays in the title
    text = "Norvale Chemicals signed an agreement to build a fertiliser plant in Gabes."
    assert _titles(read(text, lang="en")) == {"Agreement to build a fertiliser plant in Gabes"}
    # nor does a figure's comma cut what it is for short
    text = "Norvale Motors signed a contract for 1,500 buses, the city of Gabes said."
    assert _titles(read(text, lang="en")) == {"Contract for 1,500 buses"}


def test_the_parties_said_again_and_a_qualified_nouns_parties_are_no_title() -> None:
    text = "The supply agreement between the two parties is to be signed next month."
    proposals = read(text, lang="en")
    assert _titles(proposals) == {"Supply agreement"}
    assert {p.plain_value() for p in proposals if p.field == "status"} == {"proposed"}
    text = "It follows the supply agreement between Norvale and Tarsis, which covers ten years."
    assert _titles(read(text, lang="en")) == {"Supply agreement"}
    text = "La convention d'investissement entre les deux parties doit être signée en mai."
    assert _titles(read(text)) == {"Convention d'investissement"}
    # a guard: a bare noun is told apart by its named parties
    text = "Un partenariat entre Varsovie et Alger a été conclu en mai."
    assert _titles(read(text)) == {"Partenariat entre Varsovie et Alger"}


def test_a_joint_venture_agreement_is_a_partnership() -> None:
    text = "Norvale and Tarsis signed a joint venture agreement with the city of Gabes on Monday."
    proposals = read(text, lang="en")
    assert {p.plain_value() for p in proposals if p.field == "instrument"} == {"partnership"}
    # a guard: a supply agreement is none
    text = "Norvale and Tarsis signed a supply agreement with the city of Gabes on Monday."
    proposals = read(text, lang="en")
    assert "partnership" not in {p.plain_value() for p in proposals if p.field == "instrument"}


def test_the_deal_said_first_by_its_signing_is_a_record_named_by_its_noun() -> None:
    text = (
        "Norvale Motors will build a car seat factory at Gabes. The Gabes port authority "
        "signed the deal with Norvale Motors last week."
    )
    proposals = read(text, lang="en")
    assert _titles(proposals) == {"Deal"}
    assert "projects" in _fields(proposals, "agreements")
    text = (
        "Norvale Motors construira une usine de sièges à Gabès. L'agence foncière a signé "
        "la convention avec Norvale Motors mardi."
    )
    assert _titles(read(text)) == {"Convention"}
    # a guard: "the deal" said with no signing is no record
    text = "Norvale Motors will build a car seat factory at Gabes. The deal is worth $40 million."
    assert _titles(read(text, lang="en")) == set()


def test_an_agreement_to_set_up_a_venture_is_for_the_first_plant_named_after_it() -> None:
    text = (
        "Norvale Chemicals and Tarsis Holding signed a memorandum of understanding to set up "
        "a $600 million fertiliser joint venture. The joint venture agreement between the two "
        "parties is to be signed next year. The plants will be built in the ammonia complex "
        "at Gabes Industrial City."
    )
    proposals = read(text, lang="en")
    assert _titles(proposals) == {"Memorandum of understanding", "Joint venture agreement"}
    (plant,) = projects(proposals)
    assert len(about(proposals, plant, "agreements")) == 2
    # a guard: an agreement for something else than a plant is linked to none
    text = (
        "Norvale Chemicals and Tarsis Holding signed a memorandum of understanding on "
        "training. The ammonia complex at Gabes Industrial City will open next year."
    )
    proposals = read(text, lang="en")
    (plant,) = projects(proposals)
    assert about(proposals, plant, "agreements") == []


def test_a_plant_in_a_named_estate_is_named_by_it() -> None:
    text = (
        "Norvale Motors is investing $20 million to set up a manufacturing facility in Tarsa "
        "Estate in Batangas. The facility will make car seats."
    )
    proposals = read(text, lang="en")
    assert projects(proposals) == {"Manufacturing facility in Tarsa Estate"}
    located = about(proposals, "Manufacturing facility in Tarsa Estate", "location")
    assert [p.plain_value() for p in located] == [
        {"country": "PH", "region": "Batangas", "locality": "Tarsa Estate"}
    ]
    # a guard: a zone named by its kind takes the convention's article
    text = (
        "Norvale Motors is investing $20 million to set up a manufacturing facility in Tarsa "
        "industrial zone. The facility will make car seats."
    )
    assert projects(read(text, lang="en")) == {
        "Manufacturing facility in the Tarsa industrial zone"
    }


def test_a_datelines_town_followed_by_a_full_stop_and_a_day_places_no_plant() -> None:
    text = (
        "KHARKIV. Oct 2 (Interfax-Ukraine) – Norvale Motors plans to build a cable plant in "
        "Lviv region, its director said."
    )
    proposals = read(text, lang="en")
    (plant,) = projects(proposals)
    located = [p.plain_value() for p in about(proposals, plant, "location")]
    assert located == [{"country": "UA", "region": "Lviv", "locality": None}]
    # a guard: a town ending a sentence, a day after it, is no dateline
    text = "Norvale Motors will build a cable plant in Kharkiv. Oct 2 is the day it opens."
    proposals = read(text, lang="en")
    (plant,) = projects(proposals)
    assert [p.plain_value()["locality"] for p in about(proposals, plant, "location")] == ["Kharkiv"]


def test_an_investment_project_said_as_a_plants_frame_is_no_other_record() -> None:
    text = (
        "Norvale Motors will open a cable plant in Lviv region which is being built as part "
        "of an investment project. The plant will employ 300 people."
    )
    assert projects(read(text, lang="en")) == {"Cable plant"}
    text = (
        "Norvale Motors ouvrira une usine de câbles à Lviv dans le cadre d'un projet "
        "d'investissement. L'usine emploiera 300 personnes."
    )
    assert len(projects(read(text))) == 1
    # a guard: an investment project said on its own is one
    text = "Norvale Motors announced an investment project in Lviv worth EUR 60 million."
    assert projects(read(text, lang="en")) == {"Investment project at Lviv"}


def _components(proposals: list[Any]) -> set[str]:
    return {
        next(iter(p.plain_value()["name"].values())) for p in proposals if p.field == "components"
    }


def test_the_plants_a_project_counts_said_again_by_what_they_make_are_its_parts() -> None:
    text = (
        "Norvale Chemicals will build a fertiliser complex at Tarvik. It will consist of two "
        "large plants. The ammonia plant will make 900,000 tonnes a year, while the urea "
        "plant will make 600,000 tonnes."
    )
    proposals = read(text, lang="en")
    assert _components(proposals) == {"Ammonia plant", "Urea plant"}
    assert len(projects(proposals)) == 1
    text = (
        "Norvale Chimie construira un complexe d'engrais à Tarvik. Il comprendra deux unités. "
        "L'unité d'ammoniac produira 900 000 tonnes par an."
    )
    assert _components(read(text)) == {"Unité d'ammoniac"}
    # a guard: with no plants counted, the plant said again is the project spoken of
    text = (
        "Norvale Chemicals will build a fertiliser complex at Tarvik. The ammonia plant will "
        "make 900,000 tonnes a year."
    )
    assert _components(read(text, lang="en")) == set()
    # nor is a comparison a part
    text = (
        "Norvale Chemicals will build a fertiliser complex at Tarvik. It will consist of two "
        "plants. The complex will be the largest project of its kind."
    )
    assert _components(read(text, lang="en")) == set()
