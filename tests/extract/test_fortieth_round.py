"""Fortieth round: what the first reading of held-out set BD showed the reader could not
read, in words any article may use, with names no list knows.

- "valued at 9Million E.C dollars", "EC$12 million": the Eastern Caribbean dollar; "will
  employ 50 fishermen directly and 200 fishermen indirectly": jobs of each kind, by the
  trade of those employed.
- "St. Vincent and the Grenadines", "St Lucia": the islands' "Saint" shortened.
- "la capitale mauricienne, Port Louis", "the Mauritian capital, X": the capital town, not
  the district of its name; "est en train de construire", "is in the process of building":
  under construction.
- "entered into a MoU with", "The signing … was held at", "will today be signing": signed.
- "Kelvo Seafood", "Tarvo Rebar": the trades' words that close a company's name; "THE Kelvo
  Seaweed Company": the capitals' article no word of it; "the UK based company 'Kelvo-san'
  Limited": a quoted name and its legal form; "la Compagnie de Développement Industriel
  S.A.": the company's noun opening its name; "the Kelvo town council": a body.
- "a carrageenan factory": food; "la fabrication de casquettes": textile.
"""

from __future__ import annotations

from typing import Any

from bilat.store.extract.places import countries_in, places_in
from bilat.store.extract.segment import folded

from .reading import (
    about,
    dates_said,
    locations,
    named,
    orgs,
    read,
    sector_names,
    statuses,
    value_of,
)


def _jobs(found: list[Any]) -> set[tuple[float, str]]:
    return {
        (p.plain_value()["value"], p.plain_value()["job_type"]) for p in found if p.field == "jobs"
    }


def _investments(found: list[Any]) -> set[tuple[float, str]]:
    return {
        (p.plain_value()["value"], p.plain_value()["currency"])
        for p in found
        if p.field == "investment"
    }


def test_the_eastern_caribbean_dollar() -> None:
    found = read(
        "Kelvo Seafood Ltd will construct a fish plant at Calliaqua valued at 9Million E.C"
        " dollars. A second plant will cost EC$12 million.",
        "en",
    )
    assert _investments(found) == {(9_000_000, "XCD"), (12_000_000, "XCD")}


def test_people_of_a_trade_employed_directly_and_indirectly() -> None:
    found = read(
        "Kelvo Seafood Ltd will construct a fish plant at Calliaqua. Kelvo Seafood Ltd will"
        " employ 50 fishermen directly and 200 fishermen indirectly.",
        "en",
    )
    assert _jobs(found) == {(50, "direct"), (200, "indirect")}
    found = read(
        "Tarvo Steel Ltd will build a steel plant at Kalvo and employ 300 engineers.", "en"
    )
    assert _jobs(found) == {(300, "total")}


def test_an_island_state_said_with_st() -> None:
    said = countries_in(
        folded("The Government of St. Vincent and the Grenadines, St Lucia and St. Kitts")
    )
    assert [c.country for c in said] == ["VC", "LC", "KN"]
    assert countries_in(folded("the St Vincent factory"))[0].country == "VC"


def test_the_capital_said_with_its_country_s_adjective_is_the_town() -> None:
    found = read(
        "La firme indienne Kalvar Industries est en train de construire une cimenterie dans la"
        " zone portuaire de la capitale mauricienne, Port Louis.",
        "fr",
    )
    assert named(found, "projects") == {"Cimenterie de Port Louis"}
    [where] = locations(found)
    assert (where["country"], where["locality"]) == ("MU", "Port Louis")
    assert statuses(found) == {"construction"}
    found = read(
        "The Indian firm Kalvar Industries is in the process of building a cement plant in the"
        " Mauritian capital, Port Louis.",
        "en",
    )
    assert named(found, "projects") == {"Cement plant at Port Louis"}
    assert statuses(found) == {"construction"}


def test_building_now_only_in_so_many_words() -> None:
    found = read("Kalvar Industries is building a cement plant at Port-Gentil.", "en")
    assert "construction" not in statuses(found)


def test_entered_into_a_memorandum_is_signed() -> None:
    found = read(
        "On 26 January 2018, Tarvo Rebar Ltd entered into a MoU with Kelvo Steel AG.", "en"
    )
    assert value_of(found, "MoU", "status") == "signed"
    [event] = about(found, "MoU", "events")
    assert event.plain_value()["date"]["earliest"] == "2018-01-26"


def test_a_signing_held_or_done_today() -> None:
    found = read(
        "The Government of Grenada will today be signing an agreement with Kelvo Seafood.",
        "en",
        published="2018-03-01",
    )
    assert value_of(found, "Agreement", "status") == "signed"
    [event] = about(found, "Agreement", "events")
    assert event.plain_value()["date"]["earliest"] == "2018-03-01"
    found = read(
        "Kelvo Seafood Ltd and the Government of Grenada reached an agreement on a fish plant."
        " The signing of the agreement was held at the airport.",
        "en",
    )
    assert "signed" in statuses(found)


def test_a_trade_s_word_closes_a_company_s_name() -> None:
    found = read("The Government of Grenada will sign an agreement with Kelvo Seafood.", "en")
    assert "Kelvo Seafood" in orgs(found)


def test_a_quoted_name_and_its_legal_form() -> None:
    found = read(
        "THE Tarvo Seaweed Company (TASCO) and the UK based company 'Kelvo-san' Limited have"
        " signed a framework agreement for a carrageenan factory at Kalvo.",
        "en",
    )
    assert {"Tarvo Seaweed Company", "Kelvo-san Limited"} <= orgs(found)
    assert value_of(found, "Kelvo-san Limited", "country") == "GB"
    [quote] = [p.quote for p in about(found, "Kelvo-san Limited", "name")]
    assert quote == "'Kelvo-san' Limited"
    assert "Agrifood" in sector_names(found)


def test_a_french_company_s_noun_opens_its_name() -> None:
    found = read(
        "Le groupe gère la zone franche de la Compagnie de Développement Kalvo S.A. (CODEKA),"
        " située à Ouanaminthe, où une usine de casquettes a été inaugurée.",
        "fr",
    )
    assert "Compagnie de Développement Kalvo S.A." in orgs(found)
    assert "Textile" in sector_names(found)


def test_a_town_s_council() -> None:
    found = read(
        "The Kelvo town council was quoted as saying that funds had been secured for the"
        " steel plant at Kelvo.",
        "en",
    )
    assert "Kelvo town council" in orgs(found)


def test_the_namibian_dollar_by_its_sign_and_just_under_a_figure() -> None:
    found = read(
        "The Kelvo plant at Tsumeb had an initial projected investment of just under N$3.3"
        " billion. Namibia will build a N$500 million copper smelter at Kalvo.",
        "en",
    )
    assert _investments(found) == {(3_300_000_000, "NAD"), (500_000_000, "NAD")}
    [approx] = [p.plain_value() for p in found if p.field == "investment" and "under" in p.quote]
    assert approx["qualifier"] == "approx"
    assert value_of(found, "Copper smelter at Kalvo", "investment")["currency"] == "NAD"


def test_trinidad_said_alone_and_with_an_ampersand() -> None:
    found = read(
        "Kelvo Foods Limited, a subsidiary of the Trinidad-based Tarvo Group, will invest EC$15"
        " million in a juice processing plant at Vieux Fort, St. Lucia.",
        "en",
    )
    assert value_of(found, "Tarvo Group", "country") == "TT"
    said = countries_in(folded("outsourced to Trinidad & Tobago and St Kitts & Nevis"))
    assert [(c.country, c.end - c.start) for c in said] == [("TT", 17), ("KN", 16)]


def test_a_government_that_initials_an_agreement_is_its_party() -> None:
    found = read(
        "Le gouvernement nigérien et la firme indienne Kalvar Pharma ont paraphé jeudi à"
        " Niamey une convention pour l'implantation d'une unité de production de médicaments.",
        "fr",
    )
    [agreement] = named(found, "agreements")
    parties = {p.plain_value()["org"] for p in about(found, agreement, "parties")}
    names = {p.new.name for p in found if p.field == "name" and p.new and p.new.key in parties}
    assert names == {"Gouvernement nigérien", "Kalvar Pharma"}
    assert value_of(found, "Gouvernement nigérien", "country") == "NE"


def test_a_new_partner_named_after_a_comma() -> None:
    for text, lang in (
        (
            "Tarvo Rebar Ltd signed a MoU with a new partner, Kelvo Steel, a Switzerland-based"
            " company, for a steel plant at Otavi.",
            "en",
        ),
        (
            "Tarvo Rebar a signé un protocole d'accord avec un nouveau partenaire, Kelvo Steel,"
            " pour une aciérie à Otavi.",
            "fr",
        ),
    ):
        found = read(text, lang)
        [agreement] = named(found, "agreements")
        parties = {p.quote for p in about(found, agreement, "parties")}
        assert "Kelvo Steel" in parties, lang


def test_women_workers_in_french() -> None:
    found = read(
        "La société chinoise Tarvo Textile construit une usine de confection à Lomé. L'usine"
        " emploiera 800 ouvrières togolaises.",
        "fr",
    )
    assert _jobs(found) == {(800, "total")}


def test_no_region_of_a_country_s_own_name() -> None:
    text = (
        "The Government of St. Vincent and the Grenadines will sign an agreement with Kelvo"
        " Seafood Ltd."
    )
    assert places_in(folded(text), ["VC"], text) == []


def test_by_the_end_of_the_decade() -> None:
    said = dates_said(
        "The plant will open by the end of the decade. D'ici la fin de la décennie, l'usine"
        " produira.",
        "2024-05-10",
    )
    assert said == [
        ("by the end of the decade", "2024-05-10", "2029-12-31"),
        ("D'ici la fin de la décennie", "2024-05-10", "2029-12-31"),
    ]


def test_the_malawian_kwacha_and_the_birr_before_a_figure() -> None:
    found = read(
        "Kelvo Sugar will invest MK5 billion in a sugar mill at Salima. Tarvo Textiles will"
        " build a Br 500 million garment factory at Hawassa.",
        "en",
    )
    assert _investments(found) == {(5_000_000_000, "MWK"), (500_000_000, "ETB")}


def test_a_day_and_month_ahead_fall_in_the_next_year() -> None:
    for text, lang in (
        ("Kelvo Motors will open its car plant at Kalvo on July 1.", "en"),
        ("Kelvo Motors ouvrira son usine de Kalvo le 1er juillet.", "fr"),
    ):
        found = read(text, lang, published="2024-09-10")
        [opening] = [p.plain_value() for p in found if p.field == "dates.operation_start"]
        assert (opening["earliest"], opening["planned"]) == ("2025-07-01", True), lang
    found = read("Kelvo Motors opened its car plant at Kalvo on July 1.", "en", "2024-09-10")
    [opening] = [p.plain_value() for p in found if p.field == "dates.operation_start"]
    assert opening["earliest"] == "2024-07-01"


def test_production_said_with_the_works_verb_shared() -> None:
    for text, lang, said in (
        (
            "Kelvo Motors will build a car plant at Kalvo. Construction will begin in March and"
            " production early next year.",
            "en",
            "early next year",
        ),
        (
            "Kelvo Motors construira une usine à Kalvo. Les travaux débuteront en mars et la"
            " production début 2025.",
            "fr",
            "début 2025",
        ),
    ):
        found = read(text, lang, published="2024-01-10")
        [start] = [p.plain_value() for p in found if p.field == "dates.operation_start"]
        assert (start["raw"], start["earliest"]) == (said, "2025-01-01"), lang
        [works] = [p.plain_value() for p in found if p.field == "dates.construction_start"]
        assert works["earliest"] == "2024-03-01"


def test_a_government_of_a_country_of_several_words_that_will_sign() -> None:
    found = read(
        "The Government of St. Vincent and the Grenadines will today be signing an agreement"
        " with Kelvo Seafood.",
        "en",
        published="2018-03-01",
    )
    name = "Government of St. Vincent and the Grenadines"
    assert value_of(found, name, "country") == "VC"
    parties = {p.quote for p in about(found, "Agreement", "parties")}
    assert parties == {name, "Kelvo Seafood"}
    found = read("The government of Kelta and the Tarvo Group met in Kalvo.", "en")
    assert not any(name.startswith("Government of") for name in orgs(found))


def test_a_region_s_or_a_town_s_own_government() -> None:
    found = read(
        "The minister said that the Zanzibar government will support the plant. The"
        " government of Sindh signed an agreement with Kelvo Ltd. The Federal Government"
        " agreed.",
        "en",
    )
    assert value_of(found, "Zanzibar government", "country") == "TZ"
    assert value_of(found, "Government of Sindh", "country") == "PK"
    assert "Federal Government" not in orgs(found)


def test_the_week_gone_by() -> None:
    said = dates_said("La semaine écoulée, le groupe a inauguré l'usine.", "2017-06-10")
    assert said == [("La semaine écoulée", "2017-05-29", "2017-06-04")]


def test_whose_a_company_is_said_after_it_by_its_trade() -> None:
    found = read("Kelvo Oil, a South Korean refiner, will build a refinery in Kalvo.", "en")
    assert value_of(found, "Kelvo Oil", "country") == "KR"
    found = read("Tarvo Steel is Japan's largest steelmaker and will build a plant in Kalvo.", "en")
    assert value_of(found, "Tarvo Steel", "country") == "JP"
