"""Reading rules of the sixth round, each on sentences of its own (none of them from the
evaluation set): people by an honorific, titles said after the name, councils and
universities, company names with "and", a project's given name, novelty left out of a
name, a validation as approval, the Central African franc, sectors no list had."""

from __future__ import annotations

from typing import Any

from bilat.store.extract.places import places_in
from bilat.store.extract.segment import folded

from . import reading


def read(text: str, lang: str = "en") -> list[Any]:
    return reading.read(text, lang, "2021-06-10")


def named(proposals: list[Any], kind: str) -> set[str]:
    return {
        next(iter(p.value.values()))
        for p in proposals
        if p.new and p.new.kind == kind and p.field == "name"
    }


def test_an_honorific_says_a_person_never_an_organisation() -> None:
    found = read(
        "One of the firm's engineers, Mr Wang Lei said the plant will open. Ms Chen Hong spoke."
    )
    assert {"Wang Lei", "Chen Hong"} <= named(found, "people")
    assert not any("Mr" in n for n in named(found, "orgs"))


def test_a_title_said_after_the_name_wins_over_one_far_before() -> None:
    found = read("Governor Ali Karimov met with Ji Su Won, head of Delta Co., Ltd., a valve maker.")
    roles = {p.new.name: p.value for p in found if p.field == "roles"}
    assert roles["Ji Su Won"].title["en"].startswith("head of Delta")
    assert roles["Ali Karimov"].title["en"] == "Governor"
    heads = [p for p in found if p.field == "head"]
    assert [h.value for h in heads] == ["Ji Su Won"]


def test_rector_and_university() -> None:
    found = read("The rector of the National University of Ghana, Kofi Mensah, attended.")
    assert "National University of Ghana" in named(found, "orgs")
    (role,) = [p for p in found if p.field == "roles"]
    assert role.value.title["en"] == "rector of the National University of Ghana"
    assert role.value.org is not None


def test_district_titles_and_directors() -> None:
    found = read("District Executive Director Amina Said and another director, Ms Chen Hong, came.")
    titles = {p.new.name: p.value.title["en"] for p in found if p.field == "roles"}
    assert titles == {"Amina Said": "District Executive Director", "Chen Hong": "director"}


def test_a_company_name_with_and_before_its_legal_form() -> None:
    found = read("The Mining and Chemical Supply Limited will build it.")
    assert named(found, "orgs") == {"Mining and Chemical Supply Limited"}


def test_councils_by_their_capital() -> None:
    found = read(
        "Une usine de jus de mangue devrait voir le jour à Bouaké. Le Conseil des ministres "
        "du 12 mars a validé le projet, soutenu par le Conseil fruits tropicaux. Le conseil "
        "de l'usine se réunit.",
        "fr",
    )
    assert named(found, "orgs") == {"Conseil des ministres", "Conseil fruits tropicaux"}
    status = [p for p in found if p.field == "status"]
    assert [p.value for p in status] == ["approved"]
    (date,) = [p for p in found if p.field == "dates.approved"]
    assert date.value.earliest == "2021-03-12"


def test_a_project_takes_the_name_it_is_given() -> None:
    found = read(
        "Le ministre a inauguré une usine de fabrication de peintures. Baptisée Colorafrique "
        "Industries, cette usine emploiera 80 personnes et 40 personnels.",
        "fr",
    )
    # given its name, the plant goes by it alone (GOLD.md rule 6; round forty-nine)
    assert named(found, "projects") == {"Colorafrique Industries"}
    assert [p.plain_value() for p in found if p.field == "name" and p.new.kind == "projects"] == [
        {"fr": "Colorafrique Industries"}
    ]
    assert sorted(p.value.value for p in found if p.field == "jobs") == [40, 80]


def test_a_name_given_far_from_any_project_is_not_taken() -> None:
    found = read("The company named Ali Karimov its chairman last year.")
    assert named(found, "projects") == set()


def test_novelty_is_no_part_of_a_name() -> None:
    found = read("Une nouvelle unité de transformation de mangues verra le jour à Thiès.", "fr")
    # Thiès is a town of the world gazetteer: the convention names the plant by it
    assert named(found, "projects") == {"Unité de transformation de mangues de Thiès"}


def test_the_central_african_franc() -> None:
    text = (
        "Au Cameroun, une usine de peintures sera construite à Kribi. "
        "L'usine coûtera 3 milliards de francs CFA."
    )
    (money,) = [p for p in read(text, "fr") if p.field == "investment"]
    assert money.value.currency == "XAF"
    west = text.replace("Au Cameroun", "Au Sénégal").replace("Kribi", "Thiès")
    (money,) = [p for p in read(west, "fr") if p.field == "investment"]
    assert money.value.currency == "XOF"


def test_the_host_is_the_country_said_most() -> None:
    # A city of another country named first (where a forum met) is not where the plant is.
    text = (
        "Née d'un forum tenu à New Delhi, une usine de savons verra le jour au Gabon. "
        "L'usine coûtera 2 milliards de francs CFA et servira le Gabon."
    )
    (money,) = [p for p in read(text, "fr") if p.field == "investment"]
    assert money.value.currency == "XAF"


def test_sectors_no_list_had() -> None:
    found = read(
        "The plant in Tema, Ghana, will make electronic boards, medical equipment, cashew kernels, "
        "industrial explosives and tyres."
    )
    assert {
        "Electronics",
        "Medical equipment",
        "Agrifood",
        "Chemicals",
        "Rubber and tyres",
    } <= named(found, "sectors")


def test_city_districts_and_exonyms() -> None:
    (found,) = places_in(folded("à Yamoussoukro"), ["CI"], "à Yamoussoukro")
    assert found.place.locality == "Yamoussoukro"
    (found,) = places_in(folded("in the Fergana region"), ["UZ"], "in the Fergana region")
    assert found.place.country == "UZ" and found.place.region == "Fergana"


def test_a_plant_said_by_its_cost_is_named_by_its_zone() -> None:
    found = read(
        "A new plant has been launched in Kenya's Nakuru county. A $15 million plant is being "
        "built in the Naivasha Special Economic Zone on ten hectares."
    )
    name = "Plant in the Naivasha Special Economic Zone"
    assert name in named(found, "projects")
    (where,) = reading.about(found, name, "location")
    assert where.value.locality == "Naivasha Special Economic Zone"
    assert where.value.region == "Nakuru"  # the region the article said last
    (money,) = reading.about(found, name, "investment")
    assert money.value.value == 15_000_000
    assert "Naivasha Special Economic Zone" not in named(found, "projects")


def test_a_sum_said_of_a_plant_is_its_cost_and_exports_are_not() -> None:
    found = read(
        "Une usine de peintures de 3 milliards de francs CFA sera construite à Thiès.", "fr"
    )
    assert [p.value.value for p in found if p.field == "investment"] == [3_000_000_000]
    found = read("The soap plant exported $20 million of goods last year.")
    assert [p for p in found if p.field == "investment"] == []


def test_jobs_given_to_people_and_tonnes_misspelt() -> None:
    found = read(
        "The Kisumu soap plant will provide employment to about 500 people. "
        "It will produce 20,000 tones a year."
    )
    (jobs,) = [p for p in found if p.field == "jobs"]
    assert jobs.value.value == 500
    (capacity,) = [p for p in found if p.field == "capacity"]
    assert (capacity.value.value, capacity.value.unit) == (20_000, "t/yr")


def test_a_company_s_country_said_before_its_legal_name() -> None:
    found = read("A KENYAN investor Rift Valley Glass Limited will build a glass bottles plant.")
    (country,) = [p for p in found if p.field == "country"]
    assert (country.new.name, country.value) == ("Rift Valley Glass Limited", "KE")


def test_an_institution_named_after_a_place_before_its_acronym() -> None:
    found = read("The Lagos Free Trade Zone (LFTZ) will host the plant, said the zone's head.")
    assert "Lagos Free Trade Zone" in named(found, "orgs")


def test_a_council_backing_a_plant_is_its_party_and_a_cannery_is_a_plant() -> None:
    found = read(
        "La société marocaine Atlas Conserves va implanter une conserverie à Dakhla avec "
        "l'appui de l'Office national des pêches.",
        "fr",
    )
    parties = reading.about(found, "Conserverie de Dakhla", "parties")
    assert len(parties) == 2
    (where,) = reading.about(found, "Conserverie de Dakhla", "location")
    assert where.value.locality == "Dakhla"


def test_the_pair_said_by_a_country_and_a_place_of_the_other() -> None:
    text = (
        "Savon : la Turquie s'installe à Thiès\n"
        "Une usine de savon verra le jour au Sénégal. Les Turcs s'en félicitent."
    )
    (pair,) = [p for p in read(text, "fr") if p.field == "countries"]
    assert sorted(pair.value) == ["SN", "TR"]
    assert pair.quote == "Turquie s'installe à Thiès"
