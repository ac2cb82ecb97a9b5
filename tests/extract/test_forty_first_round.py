"""Forty-first round: what the first reading of held-out set BE showed the reader could not
read, in words any article may use, with names no list knows.

- "for use in Kelvo factories across Europe": a company's own plants, no project named;
  "a wood- treatment facility": a word split at a line's end, named whole.
- "fiberboard skins": construction materials; "will manufacture cables for the automotive
  industry": electrical equipment, the trade it serves none of the plant's.
- "X, a client executive in the Kelvo Investment and Development Agency's … division": the
  title and the body.
- "Merko Corporation (Japon)": the country in brackets; "Çarvo Holding", "Şarko Steel": a
  name opening on a capital of Turkish, Polish, Czech… spelling.
- "Kelvo Kablo's plant" after "the new plant of the company Kelvo Kablo": the plant said
  again by its owner's possessive, no name of another.
- "Foundations of the plant were laid in 2017": construction begun; "officially kicked off
  operations": operating.
"""

from __future__ import annotations

from typing import Any

from .reading import (
    about,
    named,
    orgs,
    projects,
    read,
    role_titles,
    sector_names,
    statuses,
    value_of,
)


def _countries(found: list[Any]) -> dict[str, str]:
    return {p.new.name: p.plain_value() for p in found if p.new and p.field == "country"}


def test_a_company_s_plants_elsewhere_name_no_project() -> None:
    found = read(
        "The U.S. fiberboard company Kelvo announced it would build a 40 million euro"
        " wood-treatment facility in Latvia. The factory will produce fiberboard skins, 95"
        " percent of which will be exported for use in Kelvo factories across Europe.",
        "en",
        "2004-01-01",
    )
    assert projects(found) == {"Wood-treatment facility"}


def test_a_word_split_at_a_line_s_end_is_named_whole() -> None:
    found = read(
        "The company Kelvo announced it would build a 40 million euro wood- treatment"
        " facility in Latvia.",
        "en",
        "2004-01-01",
    )
    assert projects(found) == {"Wood-treatment facility"}


def test_fiberboard_is_a_construction_material() -> None:
    found = read(
        "Kelvo will build a factory in Latvia. The factory will produce fiberboard skins"
        " for doors.",
        "en",
    )
    assert "Construction materials" in sector_names(found)


def test_cables_made_for_the_automotive_industry_are_electrical_equipment() -> None:
    found = read(
        "Tarvo Kablo will build a plant at Bunardzik, Macedonia. The factory will manufacture"
        " cables for the automotive industry and for agricultural mechanization.",
        "en",
    )
    assert sector_names(found) == {"Electrical equipment"}


def test_a_title_in_a_body_named_with_and() -> None:
    found = read(
        "The company chose Latvia, says Ralvo Dakter, a client executive in the Latvian"
        " Investment and Development Agency's investment and trade promotion division.",
        "en",
        "2004-01-01",
    )
    assert role_titles(found, "Ralvo Dakter") == ["client executive"]
    [role] = about(found, "Ralvo Dakter", "roles")
    agency = {p.new.key for p in found if p.new and p.new.name.startswith("Latvian Invest")}
    assert role.plain_value()["org"] in agency


def test_a_title_at_the_body_keeps_its_own_words() -> None:
    found = read(
        "The plant will open, said Ralvo Dakter, a manager at the Tarvo Development Agency.",
        "en",
    )
    assert role_titles(found, "Ralvo Dakter") == ["manager"]


def test_a_company_s_country_in_brackets() -> None:
    found = read(
        "L'usine sera construite par un consortium composé des sociétés Kalvo Inşaat, filiale"
        " de Çarvo Holding (Turquie), et Merko Corporation (Japon).",
        "fr",
    )
    assert {"Kalvo Inşaat", "Çarvo Holding", "Merko Corporation"} <= orgs(found)
    countries = _countries(found)
    assert countries["Merko Corporation"] == "JP"
    assert countries["Çarvo Holding"] == "TR"


def test_a_bracket_inside_a_company_s_name_is_no_country_of_it() -> None:
    found = read(
        "Kelvo Industries (India) Private Limited will build a plant at Sri City. It is a"
        " historic day for Kelvo Industries (India), its director said.",
        "en",
    )
    assert "Kelvo Industries (India)" not in _countries(found)


def test_names_opening_on_a_capital_of_other_spellings() -> None:
    found = read(
        "The plant will be built by Kalvo, a subsidiary of Örvo Holding (Turkey), with Şarko"
        " Steel. The machines will come from Łukvo Group.",
        "en",
    )
    assert {"Örvo Holding", "Şarko Steel", "Łukvo Group"} <= orgs(found)
    assert _countries(found)["Örvo Holding"] == "TR"


def test_a_french_common_noun_on_an_accented_capital_is_no_company() -> None:
    found = read(
        "État et entreprises ont signé un accord. Économie : la société Kalvo construira une"
        " usine à Oran.",
        "fr",
    )
    assert not {name for name in orgs(found) if name.startswith(("État", "Économie"))}


def test_the_plant_said_again_by_its_owner_s_possessive() -> None:
    found = read(
        "Skopje, 31 August 2018 (MIA) - Six million euros in investment and jobs for 300"
        " people will be created in the new plant of the Turkish company Tarvo Kablo, which"
        " officially kicked off operations on Friday.\n"
        "The plant, covering an area of 7,000 square meters, is located in the Bunardzik"
        " industrial zone.\n"
        "Tarvo Kablo's plant opened after the adoption of a new law, according to Koco"
        " Angjusev.",
        "en",
        "2018-08-31",
    )
    [name] = [p for p in found if p.new and p.new.kind == "projects" and p.field == "name"]
    assert name.quote == "new plant"
    parties = [p for p in found if p.field == "parties"]
    assert [p.quote for p in parties] == ["Tarvo Kablo"]
    assert "operating" in statuses(found)


def test_foundations_laid_begin_the_works() -> None:
    found = read(
        "Tarvo Kablo will build a cable plant at Bunardzik, Macedonia. Foundations of the"
        " plant were laid in 2017.",
        "en",
        "2018-08-31",
    )
    [plant] = named(found, "projects")
    assert statuses(found) == {"construction"}
    assert value_of(found, plant, "dates.construction_start")["earliest"] == "2017-01-01"
