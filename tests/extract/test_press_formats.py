"""Reading rules of the fourth round, each on sentences of its own: figures in the formats
and currencies the press writes, units, status cues parted by a project's name, dates of
the day an article appears, titles, sectors, companies named alone, agreements said by
their noun, projects described before they are named."""

from __future__ import annotations

from typing import Any

import pytest

from bilat.store.extract.figures import figures_in
from bilat.store.extract.segment import folded

from .reading import about, read


def figures(text: str) -> list[tuple[str, Any, str, str]]:
    found = figures_in(text, folded(text), 0, len(text))
    return [
        (
            f.field,
            f.value.value if f.value.value is not None else f.value.min,
            getattr(f.value, "currency", None) or f.value.unit,
            text[f.start : f.end],
        )
        for f in found
    ]


@pytest.mark.parametrize(
    ("text", "value", "currency", "quote"),
    [
        ("a $25-billion project", 25e9, "USD", "$25-billion"),
        ("the plant will cost 25 billion dollars", 25e9, "USD", "25 billion dollars"),
        ("un investissement de 12,8 MMDH", 12.8e9, "MAD", "12,8 MMDH"),
        ("le coût du projet est évalué à 12,65 Mds $", 12.65e9, "USD", "12,65 Mds $"),
        ("un investissement de 3 milliards de livres égyptiennes", 3e9, "EGP", None),
        ("an investment of USD 1.2 billion", 1.2e9, "USD", "USD 1.2 billion"),
        ("un projet d'une valeur de 420 millions de dollars", 420e6, "USD", None),
        ("investments amounting to Rs 500 crore", 5e9, "INR", "Rs 500 crore"),
    ],
)
def test_money_in_every_format_and_currency(
    text: str, value: float, currency: str, quote: str | None
) -> None:
    ((field, found, code, said),) = figures(text)
    assert (field, found, code) == ("investment", value, currency)
    assert quote is None or said == quote


def test_a_sum_converted_in_brackets_is_the_same_sum() -> None:
    text = "Le groupe va investir 12,8 milliards de dirhams (environ 1,2 milliard d'euros)."
    assert [f[2] for f in figures(text)] == ["MAD"]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("four units each with a 1,200 Megawatt generating capacity", 1200, "MW"),
        ("the first unit will supply 1,200 MW power", 1200, "MW"),
        ("une usine d'une capacité de 20 GWh", 20, "GWh"),
        ("a terminal with a capacity of 5 mtpa", 5e6, "t/yr"),
        ("une station de dessalement de 300 000 m3 par jour", 300000, "m3/day"),
        ("a refinery to produce 200,000 barrels per day", 200000, "bbl/day"),
    ],
)
def test_capacities_in_their_units(text: str, value: float, unit: str) -> None:
    ((field, found, said_unit, _),) = figures(text)
    assert (field, found, said_unit) == ("capacity", value, unit)


def test_a_list_of_capacities_goes_on_and_each_year_makes_them_annual() -> None:
    text = (
        "La production comprendra 7 100 tonnes de lentilles, 14 000 tonnes de haricots secs "
        "et 11 000 tonnes de pois chiches chaque année."
    )
    assert [(f[1], f[2]) for f in figures(text)] == [
        (7100, "t/yr"),
        (14000, "t/yr"),
        (11000, "t/yr"),
    ]


def test_jobs_direct_indirect_and_induced_are_all_jobs() -> None:
    text = "Le projet générera 17.000 nouveaux emplois directs, indirects et induits."
    (found,) = figures_in(text, folded(text), 0, len(text))
    assert (found.value.value, found.value.job_type) == (17000, "total")


def test_a_cue_parted_by_the_projects_name_and_the_date_after_it() -> None:
    proposals = read(
        "Les travaux d'un ambitieux projet agricole italo-algérien ont démarré ce jeudi "
        "27 février, selon le ministère.",
        published="2025-02-28",
    )
    name = "Projet agricole italo-algérien"
    (status,) = about(proposals, name, "status")
    assert status.value == "construction" and status.quote.startswith("travaux d'un")
    (start,) = about(proposals, name, "dates.construction_start")
    assert start.value.earliest == "2025-02-27"
    (countries,) = about(proposals, name, "countries")
    assert countries.value == ["DZ", "IT"]
    (sector,) = about(proposals, name, "sectors")
    assert sector.quote == "agricole"


def test_a_construction_start_said_as_a_noun_and_to_come_is_no_status() -> None:
    proposals = read(
        "La centrale de Sfax sera réalisée par le groupe turc Calik. Le lancement de la "
        "construction est prévu en 2026."
    )
    # "sera réalisée" announces it; the construction to come is no status of its own
    assert "construction" not in [p.value for p in about(proposals, "Centrale de Sfax", "status")]


def test_an_event_on_the_weekday_the_article_appears_is_that_day() -> None:
    proposals = read(
        "The Suez Canal Economic Zone announced on Sunday that the Sokhna glass plant was "
        "inaugurated on Sunday.",
        lang="en",
        published="2024-04-21",
    )
    (opened,) = [p for p in proposals if p.field == "dates.operation_start"]
    assert opened.value.earliest == "2024-04-21"


def test_a_described_project_waits_for_its_name_and_its_company_and_sum_with_it() -> None:
    proposals = read(
        "Rosatom has launched the construction of Egypt's first nuclear power plant, a "
        "$25-billion project. Rosatom chief Alexey Likhachev on Wednesday poured concrete for "
        "the El-Dabaa power plant.",
        lang="en",
        published="2022-07-22",
    )
    name = "El-Dabaa power plant"
    assert {p.new.name for p in proposals if p.new and p.new.kind == "projects"} == {name}
    (status,) = about(proposals, name, "status")
    assert status.quote == "has launched the construction"
    (investment,) = about(proposals, name, "investment")
    assert investment.value.value == 25e9
    (head,) = about(proposals, "Rosatom", "head")
    assert head.value == "Alexey Likhachev"


def test_an_agreement_said_by_its_noun_alone_when_no_other_is_named() -> None:
    proposals = read(
        "Ce partenariat avait été conclu en juillet 2024 entre le Fonds national "
        "d'investissement algérien (FNI) et le groupe italien Bonifiche Ferraresi (BF).",
        published="2025-02",
    )
    (event,) = about(proposals, "Partenariat", "events")
    assert (event.value.type, event.value.date.earliest) == ("signed", "2024-07-01")
    (fund,) = [
        p for p in proposals if p.field == "name" and p.new.kind == "orgs" and "Fonds" in p.quote
    ]
    assert fund.value["fr"] == "Fonds national d'investissement"
    proposals = read(
        "L'accord avait été signé à Tébessa, selon l'accord de partenariat pour la "
        "réalisation d'un complexe de phosphate."
    )
    assert not about(proposals, "Accord", "title")


def test_a_projects_status_is_the_furthest_stage_the_article_gives() -> None:
    proposals = read(
        "L'usine de textile de Relizane est entrée en production en mars 2018. Les travaux "
        "de réalisation de l'usine avaient démarré en février 2016."
    )
    statuses = [p.value for p in proposals if p.field == "status"]
    assert statuses == ["operating"]


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Le projet agricole de Timimoun produira du blé.", "agriculture"),
        ("The plant in Tema, Ghana, will produce fibreglass and polyester fibres.", "chemicals"),
        ("Une cimenterie sera construite à Béchar.", "construction-materials"),
        ("The refinery in Jubail will process crude.", "energy"),
    ],
)
def test_sectors_beyond_the_first_articles(text: str, sector: str) -> None:
    from bilat.store.extract.lexicon import SECTORS

    words = next(s for s in SECTORS if s.key == sector)
    proposals = read(text, lang="en" if "The" in text else "fr")
    names = {
        p.value.get("fr") or p.value.get("en")
        for p in proposals
        if p.new and p.new.kind == "sectors"
    }
    assert names & {words.fr, words.en}


def test_a_company_named_alone_its_country_from_the_text_and_no_news_agency() -> None:
    proposals = read(
        "Le contrat de génie civil a été signé avec Atomstroyexport, selon l'agence Reuters."
    )
    orgs = {p.value["fr"] for p in proposals if p.field == "name" and p.new.kind == "orgs"}
    assert orgs == {"Atomstroyexport"}
    assert not [p for p in proposals if p.field == "country"]
    (title,) = [p for p in proposals if p.field == "title"]
    assert title.value["fr"] == "Contrat de génie civil"


def test_an_organisation_spelled_out_before_its_acronym() -> None:
    proposals = read(
        "The Rooppur project is implemented by the Bangladesh Atomic Energy Commission "
        "(BAEC) with the support of Russia.",
        lang="en",
    )
    (acronym,) = [p for p in proposals if p.field == "acronym"]
    assert (acronym.new.name, acronym.value) == ("Bangladesh Atomic Energy Commission", "BAEC")
    (country,) = [p for p in proposals if p.field == "country"]
    assert country.value == "BD"


def test_places_of_the_wider_gazetteer() -> None:
    proposals = read(
        "Le groupe chinois Gotion construira une gigafactory de batteries à Kénitra.",
    )
    (location,) = [p for p in proposals if p.field == "location"]
    assert (location.value.country, location.value.locality) == ("MA", "Kénitra")
