"""Forty-eighth round: what the first reading of held-out set BL showed the reader could not
read, in words any article may use, with names no list knows.

- "Kelvo initiated the construction of a new full-cycle plant": the works begun; "La
  construction d'une usine de pièces métalliques a été lancée": so too, in the passive.
- "expected to create 1,500 high-paying jobs": what the work pays is no word between a count
  and its jobs; "One job in mechanical engineering will lead to the creation of five to six
  jobs in related industries": a ratio, no count of the plant's.
- "A pilot launch is scheduled for the first quarter of 2025, with full production commencing
  in the second quarter": the trial is its output begun; a part of a year said without its
  year is of the year said before it in the sentence; "Elle devrait être mis en service au
  deuxième trimestre 2019": the participle without its "e".
- "Tarvo Region Akim (governor) Dauren Kelvo": an office and its gloss, no person.
- "The plant capacity will be 1.2 million tons … In particular, the plant will produce 480,000
  tons of M400 Portland cement and 720,000 tons of M500 cement": the grades of the capacity,
  none of their own (a phase's capacity is still its own); "Of this amount, $2.87 billion was
  Senegal's exports": a trade's share, no sum invested.
- "Kelvo Cement Co Ltd. established a foreign subsidiary, Kelvo Cement Thies Limited Liability
  Company": a company of its own, a party of the plant, however like its parent's its name.
- "the managers of the Tarvo Dam Hydro Power Generation Stations (TGS)": works by their name,
  no organisation, and no trade of the plant.
- "Kelvo initiated the construction of …", "Kelvo is working to open a parts plant": a company
  named alone by its act, the plant so announced.
- "détenue par l'opérateur minier public Sokemines (49%)": the state's company, its trade
  between, named once; its chairman "président du conseil d'administration de la Sokemines".
"""

from __future__ import annotations

from .reading import (
    about,
    dates_said,
    orgs,
    people,
    read,
    sector_names,
    statuses,
    value_of,
)

CAR_PLANT = (
    "DAKAR – Kelvo initiated the construction of a new full-cycle plant in Thiès, Senegal's"
    " Trade Minister Awa Tarvo said at a Nov. 11 ceremony.\n"
    "The plant is expected to create 1,500 high-paying jobs and have an annual production"
    " capacity of 70,000 cars.\n"
    "A pilot launch is scheduled for the first quarter of 2025, with full production commencing"
    " in the second quarter.\n"
    "“One job in mechanical engineering will lead to the creation of five to six jobs in related"
    " industries,” she said."
)


def test_works_initiated_are_begun() -> None:
    assert statuses(read(CAR_PLANT, "en", "2023-11-12")) == {"construction"}
    found = read(
        "La construction d'une usine de pièces métalliques a été lancée dans la zone industrielle"
        " de Thiès par la société Kelvo.",
        "fr",
        "2018-03-10",
    )
    assert statuses(found) == {"construction"}
    ahead = read(
        "La construction d'une usine de pièces métalliques sera lancée à Thiès par Kelvo.",
        "fr",
        "2018-03-10",
    )
    assert "construction" not in statuses(ahead)


def test_well_paid_jobs_are_counted_and_a_ratio_of_jobs_is_not() -> None:
    found = read(CAR_PLANT, "en", "2023-11-12")
    jobs = [p.plain_value() for p in found if p.field == "jobs"]
    assert [j["value"] for j in jobs] == [1500]
    plain = read(
        "Kelvo will build a car plant in Thiès, creating 900 jobs. Each new job at the plant"
        " will create three more in the region.",
        "en",
        "2023-11-12",
    )
    assert [p.plain_value()["value"] for p in plain if p.field == "jobs"] == [900]


def test_a_pilot_launch_is_the_output_begun_and_a_quarter_takes_the_year_said_before() -> None:
    found = read(CAR_PLANT, "en", "2023-11-12")
    [start] = [p.plain_value() for p in found if p.field == "dates.operation_start"]
    assert (start["earliest"], start["latest"]) == ("2025-01-01", "2025-03-31")
    said = dates_said(
        "Construction will start in March 2026, with the first shipments in the third quarter.",
        "2025-05-10",
    )
    quarter = [(a, b) for words, a, b in said if "third quarter" in words]
    assert quarter == [("2026-07-01", "2026-09-30")]
    # said alone, the part of a year is the source's year
    alone = dates_said("Output will begin in the third quarter.", "2025-05-10")
    assert [(a, b) for _, a, b in alone] == [("2025-07-01", "2025-09-30")]


def test_put_into_service_with_the_masculine_participle() -> None:
    found = read(
        "La société Kelvo construit une usine de pièces à Thiès. Elle devrait être mis en service"
        " au deuxième trimestre 2019.",
        "fr",
        "2018-03-10",
    )
    [start] = [p.plain_value() for p in found if p.field == "dates.operation_start"]
    assert (start["earliest"], start["latest"]) == ("2019-04-01", "2019-06-30")


def test_a_region_s_office_glossed_is_no_person() -> None:
    found = read(
        "Kelvo will build a car plant in Thiès. Tarvo Region Akim (governor) Dauren Kelvan said"
        " the plant will boost output.",
        "en",
        "2023-11-12",
    )
    assert people(found) == {"Dauren Kelvan"}


CEMENT = (
    "Chinese company Kelvo Cement Co Ltd. has started construction of a cement plant in Thiès,"
    " Senegal.\n"
    "The plant capacity will be 1.2 million tons of Portland cement per year. In particular, the"
    " plant will produce 480,000 tons of M400 Portland cement and 720,000 tons of M500 cement.\n"
    "As part of the investment project implementation, Kelvo Cement Co Ltd. established a"
    " foreign subsidiary, Kelvo Cement Thies Limited Liability Company.\n"
    "The trade turnover between the two countries totaled $6.43 billion in 2018. Of this amount,"
    " $2.87 billion was Senegal’s exports, and $3.56 billion was imports."
)


def test_the_grades_of_a_capacity_are_no_capacity_of_their_own() -> None:
    found = read(CEMENT, "en", "2019-05-21")
    capacities = [p.plain_value()["value"] for p in found if p.field == "capacity"]
    assert capacities == [1_200_000]
    phased = read(
        "Kelvo will build a steel plant in Thiès with a capacity of 3 million tons per year. In the"
        " first phase, it will produce 1 million tons of rebar, followed by 2 million tons of"
        " strip steel in the second phase.",
        "en",
        "2024-05-21",
    )
    values = sorted(p.plain_value()["value"] for p in phased if p.field == "capacity")
    assert values == [1_000_000, 2_000_000, 3_000_000]


def test_a_trade_s_share_is_no_sum_invested() -> None:
    assert not [p for p in read(CEMENT, "en", "2019-05-21") if p.field == "investment"]


def test_a_subsidiary_set_up_is_a_company_of_its_own_and_takes_part() -> None:
    found = read(CEMENT, "en", "2019-05-21")
    assert {"Kelvo Cement Co Ltd.", "Kelvo Cement Thies Limited Liability Company"} <= orgs(found)
    names = {p.new.key: p.new.name for p in found if p.new}
    parties = {
        names[p.plain_value()["org"]] for p in about(found, "Cement plant at Thiès", "parties")
    }
    assert parties == {"Kelvo Cement Co Ltd.", "Kelvo Cement Thies Limited Liability Company"}
    kelvo = [
        p.plain_value()
        for p in found
        if p.field == "name" and p.new and p.new.name == "Kelvo Cement Co Ltd."
    ]
    assert kelvo == [{"en": "Kelvo Cement Co Ltd."}]


def test_works_by_their_name_are_no_organisation() -> None:
    found = read(
        "Kelvo will build a sugar mill in Thiès. The MoU was signed, said Awa Tarvo, the Chief"
        " Executive Officer of the Tarvo River Authority (TRA) and the managers of the Tarvo Dam"
        " Hydro Power Generation Stations (TGS).",
        "en",
        "2023-05-21",
    )
    assert "Tarvo Dam Hydro Power Generation Stations" not in orgs(found)
    assert "Tarvo River Authority" in orgs(found)
    assert sector_names(found) == {"Agrifood"}
    assert value_of(found, "Tarvo River Authority", "acronym") == "TRA"


def test_a_state_operator_named_after_its_trade_is_a_company() -> None:
    found = read(
        "La société Kelvo SAS, une coentreprise détenue par l’opérateur minier public Sokemines"
        " (49%) et le groupe Tarvo (51%), a inauguré mercredi à Tambacounda son usine de"
        " raffinage de cuivre. Pour Ali Diop, président du conseil d’administration de la"
        " Sokemines, l’usine est un succès.",
        "fr",
        "2020-01-16",
    )
    assert {"Kelvo SAS", "Sokemines", "Tarvo"} <= orgs(found)
    assert value_of(found, "Sokemines", "head") == "Ali Diop"
    assert not orgs(read("L’opérateur a inauguré son usine à Tambacounda.", "fr", "2020-01-16"))


def test_a_company_named_by_its_act_alone_and_the_work_toward_a_plant() -> None:
    found = read(
        "Kelvo initiated the construction of a new car plant in Thiès. Kelvo is also working to"
        " open a parts plant in Dakar.",
        "en",
        "2023-11-12",
    )
    assert orgs(found) == {"Kelvo"}
    names = {p.new.key: p.new.name for p in found if p.new}
    for plant, status in (
        ("Car plant at Thiès", "construction"),
        ("Parts plant at Dakar", "announced"),
    ):
        assert value_of(found, plant, "status") == status
        assert {names[p.plain_value()["org"]] for p in about(found, plant, "parties")} == {"Kelvo"}
