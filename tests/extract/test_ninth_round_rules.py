"""Reading rules of the ninth round, each on sentences of its own (none of them from the
evaluation set): a subdivision said where a town is said is the town of its name; a plant
said first by its noun after an indefinite article, in English too; two things made, one
plant; things made, counted, with no unit of the list; a company's name with its country in
brackets before a plant noun; a zone after a country's possessive is a place; whose money a
plant is, no part of its name; a country is no part of a plant's name; a plant that opened,
launched its operation or began to produce."""

from __future__ import annotations

from typing import Any

from bilat.store.extract.figures import figures_in
from bilat.store.extract.segment import folded

from . import reading
from .reading import about


def names(proposals: list[Any], kind: str = "projects") -> set[str]:
    return {p.new.name for p in proposals if p.new and p.new.kind == kind}


def capacities(text: str) -> list[tuple[Any, str]]:
    return [
        (f.value.value or f.value.min, f.value.unit)
        for f in figures_in(text, folded(text), 0, len(text))
        if f.field == "capacity"
    ]


def test_a_subdivision_said_where_a_town_is_said_is_the_town_of_its_name() -> None:
    found = reading.read(
        "Une briqueterie sera construite à Tillabéri, au Niger, par un groupe turc.", "fr"
    )
    assert "Briqueterie de Tillabéri" in names(found)
    place = about(found, "Briqueterie de Tillabéri", "location")[0].plain_value()
    assert place["locality"] == "Tillabéri"
    county = reading.read("A Chinese firm opened a factory in Mombasa County, Kenya.", "en")
    assert "Factory" in names(county), "a county is a region: no town, no suffix"


def test_a_plant_said_first_by_its_noun_after_an_indefinite_article_is_a_plant() -> None:
    found = reading.read(
        "A Turkish company will build a factory in Mombasa, Kenya. The factory will employ "
        "400 workers.",
        "en",
    )
    assert "Factory at Mombasa" in names(found)
    jobs = about(found, "Factory at Mombasa", "jobs")
    assert jobs and jobs[0].plain_value()["value"] == 400


def test_two_things_made_said_with_and_are_one_plants_words() -> None:
    found = reading.read("A Turkish group will build a copper and zinc smelter in Zambia.", "en")
    assert "Copper and zinc smelter" in names(found)


def test_things_made_counted_without_a_unit_of_the_list_are_a_capacity() -> None:
    assert capacities("The plant is able to manufacture 2 million bicycles a year.") == [
        (2000000, "units/yr")
    ]
    assert capacities("L'usine produit chaque année 3,5 millions de pulls.") == [
        (3500000, "units/yr")
    ]
    # people, firms and time counted are no capacity, nor a number without a cue
    assert capacities("The park's production hosts some 40 enterprises from 12 countries.") == []
    assert capacities("Il y a 14 sociétés minières dans la région.") == []


def test_a_companys_name_with_its_country_in_brackets_before_a_plant_noun_is_a_name() -> None:
    found = reading.read(
        "The Kumasi Foods (Ghana) factory, a subsidiary of a Turkish group, can process "
        "90,000 tonnes of cocoa a year.",
        "en",
    )
    assert "Kumasi Foods (Ghana) factory" in names(found)


def test_a_zone_said_after_a_countrys_possessive_is_a_place_not_a_project() -> None:
    found = reading.read(
        "A Chinese-invested glass factory in Kenya's Naivasha Special Economic Zone started "
        "production on Monday.",
        "en",
    )
    assert not any("Zone" in name and "factory" not in name.lower() for name in names(found))
    assert "Glass factory in the Naivasha Special Economic Zone" in names(found)


def test_a_country_after_a_plant_noun_is_no_part_of_its_name() -> None:
    found = reading.read(
        "Située dans la zone industrielle de Moundou, l'usine textile du Tchad a été créée "
        "en 2004 par une entreprise turque. Elle emploie 900 personnes.",
        "fr",
    )
    assert "Usine textile de Moundou" in names(found)
    assert not any("Tchad" in name for name in names(found))


def test_a_plant_that_opened_or_began_to_produce_is_operating() -> None:
    found = reading.read(
        "A Turkish company opened, on Monday, in Mombasa, a factory making school shoes.", "en"
    )
    assert "operating" in [p.plain_value() for p in found if p.field == "status"]
    french = reading.read(
        "Une briqueterie a été construite à Tillabéri. L'usine a commencé à produire en mai.",
        "fr",
    )
    assert "operating" in [p.plain_value() for p in french if p.field == "status"]
    launched = reading.read(
        "The Kumasi Foods (Ghana) factory launched its operation on Monday in Kumasi.", "en"
    )
    assert "operating" in [p.plain_value() for p in launched if p.field == "status"]


def test_a_companys_nationality_said_with_a_capital_is_its_country_not_its_name() -> None:
    found = reading.read("Le groupe Turc Kalyon a inauguré une usine à Tillabéri, au Niger.", "fr")
    assert "Kalyon" in names(found, "orgs")
    assert not any("Turc" in name for name in names(found, "orgs"))
    country = [p.plain_value() for p in found if p.field == "country" and p.new.name == "Kalyon"]
    assert country == ["TR"]
    # a country's name opening a company's name stays in it
    kept = reading.read("Le groupe China Harbour a signé un contrat au Niger.", "fr")
    assert any(name.startswith("China Harbour") for name in names(kept, "orgs"))


def test_a_company_said_after_its_nationality_and_the_word_company_is_named() -> None:
    found = reading.read("The Turkish company Kalyon opened a factory in Mombasa, Kenya.", "en")
    assert "Kalyon" in names(found, "orgs")


def test_where_a_company_is_based_is_not_where_its_plant_is() -> None:
    found = reading.read(
        "Kalyon Group, a maker of glass based in Bursa, Turkey, opened a factory in "
        "Nakuru, Kenya, on Monday. Kenya welcomed the plant.",
        "en",
    )
    located = [p.plain_value()["locality"] for p in found if p.field == "location"]
    assert "Nakuru" in located and "Bursa" not in located


def test_a_town_said_after_a_bare_plant_noun_is_said_by_the_convention() -> None:
    found = reading.read(
        "Le groupe Turc Kalyon va réaliser une briqueterie à Tillabéri, au Niger.", "fr"
    )
    assert "Briqueterie de Tillabéri" in names(found)
    assert not any(" à " in name for name in names(found))


def test_the_headlines_country_is_the_host_when_the_body_names_none() -> None:
    from bilat.store.extract import propose
    from bilat.store.sources import build_source

    text = (
        "L'industrie du pays attire des investisseurs. Une briqueterie sera réalisée à "
        "Kolda par le groupe turc Kalyon ; elle emploiera 200 personnes."
    )
    source = build_source(text, title="Sénégal : deux briqueteries", published=None, lang="fr")
    located = [p.plain_value() for p in propose(source) if p.field == "location"]
    assert located and all(place["country"] == "SN" for place in located)


def test_a_nationality_said_of_a_company_is_not_the_country_of_the_place_near_it() -> None:
    found = reading.read(
        "Le turc Kalyon construira à Dahra une briqueterie ; le Sénégal l'a approuvée et "
        "le Sénégal en a besoin.",
        "fr",
    )
    countries = {p.plain_value()["country"] for p in found if p.field == "location"}
    assert countries == {"SN"}
    english = reading.read(
        "A Chinese-invested cement company opened a factory in Kolda, Senegal, with Senegal's "
        "help.",
        "en",
    )
    assert {p.plain_value()["country"] for p in english if p.field == "location"} == {"SN"}


def test_a_plant_said_in_the_future_is_announced() -> None:
    for sentence in (
        "Une briqueterie sera réalisée à Kolda par le groupe Kalyon.",
        "Le groupe Kalyon va réaliser une briqueterie à Kolda.",
        "Le groupe Kalyon a acquis un terrain à Kolda pour y construire une briqueterie.",
    ):
        statuses = [p.plain_value() for p in reading.read(sentence, "fr") if p.field == "status"]
        assert statuses == ["announced"], sentence


def test_a_plant_described_by_whose_money_waits_for_the_name_that_follows() -> None:
    found = reading.read(
        "A Turkish-invested glass factory in Kenya started production on Monday. The "
        "Kalyon Glass (Kenya) factory can make 90,000 tonnes of glass a year.",
        "en",
    )
    assert names(found) == {"Kalyon Glass (Kenya) factory"}
    assert about(found, "Kalyon Glass (Kenya) factory", "status")


def test_a_sum_said_as_a_hyphened_adjective_with_us_dollar_is_a_cost() -> None:
    text = "The 45-million-U.S.-dollar glass factory opened on Monday."
    found = [f for f in figures_in(text, folded(text), 0, len(text)) if f.field == "investment"]
    assert [(f.value.value, f.value.currency) for f in found] == [(45000000, "USD")]


def test_a_sum_before_a_plants_long_name_is_its_cost_and_a_turnover_is_none() -> None:
    text = "The 45-million-dollar Kalyon Glass Kenya (KGK) factory opened on Monday."
    found = [f for f in figures_in(text, folded(text), 0, len(text)) if f.field == "investment"]
    assert [f.value.value for f in found] == [45000000]
    turnover = "The plant will have an annual turnover of 1.5 billion dollars."
    assert not [f for f in figures_in(turnover, folded(turnover), 0, len(turnover))]
