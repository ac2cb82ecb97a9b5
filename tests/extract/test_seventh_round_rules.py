"""Reading rules of the seventh round, each on sentences of its own (none of them from the
evaluation set): the naming convention for a project with no proper name, a production line
and a special economic zone as projects, a capacity's day said before the number or after
what is made, places inside a person's title, a town said after its
region, a count of plants that is no plant, fisheries and glass words, relative dates on an
undated page, an inauguration attended as operation."""

from __future__ import annotations

from typing import Any

from bilat.store.extract import naming
from bilat.store.extract.places import places_in
from bilat.store.extract.segment import folded

from . import reading


def names(proposals: list[Any], kind: str = "projects") -> set[str]:
    return {p.new.name for p in proposals if p.new and p.new.kind == kind}


def field(proposals: list[Any], name: str, what: str) -> list[Any]:
    return [p.plain_value() for p in reading.about(proposals, name, what)]


def test_the_convention_names_an_unnamed_plant_by_its_noun_and_its_town() -> None:
    assert naming.conventional("Nouvelle briqueterie", "Koudougou", "fr", False) == (
        "Briqueterie de Koudougou"
    )
    assert naming.conventional("Usine moderne de jus", "Abomey", "fr", False) == (
        "Usine de jus d'Abomey"
    )
    assert naming.conventional("Tile factory", "Kisumu", "en", False) == "Tile factory at Kisumu"
    assert naming.conventional("Plant", "Lekki Free Zone", "en", False) == (
        "Plant in the Lekki Free Zone"
    )
    assert naming.conventional("Première usine en Tunisie", None, "fr", False) == "Usine"
    assert naming.conventional("Deuxième usine", "Sousse", "fr", True) == (
        "Deuxième usine de Sousse"
    )
    assert naming.proper("Kivu Steel Mill") and not naming.proper("Steel mill")


def test_a_reader_applies_the_convention_and_keeps_a_given_name() -> None:
    found = reading.read(
        "Une nouvelle sucrerie sera construite à Koudougou par le groupe ivoirien Sucrika. "
        "Cette sucrerie de la filiale du groupe aura une capacité de 90 000 tonnes par an.",
        "fr",
    )
    assert "Sucrerie de Koudougou" in names(found)
    capacity = field(found, "Sucrerie de Koudougou", "capacity")
    assert capacity and capacity[0]["value"] == 90000


def test_a_production_line_and_a_special_economic_zone_are_projects() -> None:
    line = reading.read(
        "Ochieng spoke at the inauguration of the Ceramic Tile Production Line of Lakeside "
        "Ceramics Ltd on Tuesday in Kisumu.",
        "en",
        "2022-05-12",
    )
    assert "Ceramic Tile Production Line" in names(line)
    status = field(line, "Ceramic Tile Production Line", "status")
    assert status == ["operating"]
    zone = reading.read(
        "Officials broke ground on a Special Economic Zone (SEZ) to be developed by "
        "Turkish textile group Akdeniz Tekstil near Hawassa.",
        "en",
    )
    assert "Special Economic Zone" in names(zone)
    assert "Special Economic Zone" not in names(zone, "orgs")


def test_a_capacity_per_day_said_before_the_number_or_after_what_is_made() -> None:
    before = reading.read("A tile factory in Kisumu has a daily firing capacity of 300 tons.", "en")
    after = reading.read(
        "A tile factory in Kisumu will have a capacity to produce 300 tonnes of tiles a day.", "en"
    )
    for found in (before, after):
        units = [p.plain_value()["unit"] for p in found if p.field == "capacity"]
        assert units == ["t/day"]


def test_a_place_in_a_persons_title_is_not_where_the_plant_is() -> None:
    found = reading.read(
        "Governor of Gaza province Maria Sitoe says a brick factory in Chokwe district will "
        "open soon.",
        "en",
    )
    where = [p.plain_value() for p in found if p.field == "location"]
    assert all(w["locality"] != "Maria Sitoe" for w in where)
    assert not any("Maria" in n for n in names(found))


def test_a_province_after_its_name_is_the_region() -> None:
    said = places_in(folded("the Sofala province"), ["MZ"], "the Sofala province")
    assert said and said[0].place.locality is None


def test_a_count_of_plants_is_no_plant() -> None:
    found = reading.read(
        "A new brick factory opened in Chokwe, bringing to four the number of brick plants in "
        "the province.",
        "en",
    )
    assert not any("plants" in n.lower() for n in names(found))


def test_fisheries_and_glass_words_say_their_sectors() -> None:
    fish = reading.read("Une usine de transformation de poissons sera construite à Nouadhibou.")
    glass = reading.read("A float glass plant will be built in Abeokuta.", "en")
    assert "Pêche" in names(fish, "sectors")
    assert "Glass" in names(glass, "sectors")


def test_relative_dates_on_an_undated_page_keep_their_words() -> None:
    found = reading.read(
        "A sugar factory will be commissioned in Xinavane next week.", "en", published=None
    )
    dates = [p.plain_value() for p in found if p.field.startswith("dates.")]
    assert dates and dates[0]["raw"] == "next week" and dates[0]["earliest"] is None
    dated = reading.read(
        "A sugar factory will be commissioned in Xinavane next week.", "en", "2024-03-05"
    )
    bounds = [p.plain_value() for p in dated if p.field.startswith("dates.")]
    assert bounds and bounds[0]["earliest"] == "2024-03-11"


def test_an_agreement_is_named_by_its_purpose_else_by_its_counterpart() -> None:
    purpose = reading.read(
        "Le groupe Kivu Mines a signé jeudi un contrat avec la société publique congolaise "
        "Gecamines pour la construction d'une usine de cuivre à Kolwezi."
    )
    titles = {next(iter(p.value.values())) for p in purpose if p.field == "title"}
    assert any(t.startswith("Contrat pour la construction") for t in titles)
    counterpart = reading.read(
        "La société Nordfish a signé lundi un accord avec le ministère sénégalais de l'Économie "
        "maritime, selon l'agence."
    )
    titles = {next(iter(p.value.values())) for p in counterpart if p.field == "title"}
    assert "Accord avec le ministère sénégalais de l'Économie maritime" in titles


def test_the_day_of_an_inauguration_said_after_the_record_it_names() -> None:
    found = reading.read(
        "Ochieng spoke at the inauguration of the Ceramic Tile Production Line of Lakeside "
        "Ceramics Ltd on Tuesday in Kisumu.",
        "en",
        "2022-05-12",
    )
    dates = [p.plain_value() for p in found if p.field == "dates.operation_start"]
    assert dates and dates[0]["earliest"] == "2022-05-10"


def test_who_tells_the_news_and_a_title_before_a_name_are_no_organisations() -> None:
    found = reading.read(
        "The Kenya News Agency (KNA) reports that Lakeside Group Chairman Otieno Were opened "
        "a tile factory in Kisumu.",
        "en",
    )
    orgs = names(found, "orgs")
    assert not any("News Agency" in n or n.startswith("Chairman") for n in orgs)
    assert "Otieno Were" in names(found, "people")


def test_a_company_said_before_a_title_is_the_title_s_organisation() -> None:
    found = reading.read(
        "The plant is run by Lakeside Ceramics. Lakeside Ceramics managing director Otieno "
        "Were said it will open in Kisumu.",
        "en",
    )
    (role,) = [p.plain_value() for p in found if p.field == "roles"]
    assert role["title"] == {"en": "managing director"} and role["org"]


def test_a_capitalised_noun_after_an_indefinite_article_is_described_not_named() -> None:
    found = reading.read(
        "Le groupe Sunvolt investira 2 milliards de dirhams dans une Gigausine de panneaux "
        "solaires à Agadir."
    )
    assert "Gigausine de panneaux solaires d'Agadir" in names(found)
