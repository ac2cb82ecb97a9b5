"""The eleventh round's means, each general and tested on sentences of its own (none taken
from the evaluation set): the world's towns for the countries an article names, dates said
relatively to a year or abbreviated, a capitalised common noun inside a described plant, a
dateline in brackets and an embassy's town, a name said to speak, a company's nearest
country, and the cues of completion, production and construction."""

from __future__ import annotations

from typing import Any

from bilat.store.extract.places import places_in
from bilat.store.extract.segment import folded

from .reading import dates_said as _dates
from .reading import read


def _values(proposals: list[Any], field: str) -> list[Any]:
    return [p.plain_value() for p in proposals if p.field == field]


def _names(proposals: list[Any], kind: str) -> set[str]:
    return {p.new.name for p in proposals if p.new and p.new.kind == kind}


def test_a_town_of_a_named_country_is_a_place_with_the_region_said_after_it() -> None:
    text = "In Myanmar, the mill will stand in Pyay Township, Bago, near the river."
    found = [
        (p.place.country, p.place.region, p.place.locality)
        for p in places_in(folded(text), ["MM"], text)
    ]
    assert ("MM", "Bago", "Pyay") in found


def test_a_town_in_a_longer_capitalised_name_is_no_place() -> None:
    text = "Officials of Pyay Textile Mills visited Myanmar."
    assert not [p for p in places_in(folded(text), ["MM"], text) if p.place.locality]


def test_an_article_naming_only_its_investors_country_finds_its_host_by_its_towns() -> None:
    found = read("Une entreprise chinoise va construire une cimenterie à Kindia.", "fr")
    assert [(v["country"], v["locality"]) for v in _values(found, "location")] == [("GN", "Kindia")]


def test_a_part_of_a_year_said_relatively_is_placed_by_the_source() -> None:
    assert _dates("The mill will open at the end of next year.") == [
        ("at the end of next year", "2025-10-01", "2025-12-31")
    ]
    assert _dates("L'usine ouvrira au début de l'année prochaine.")[0][1:] == (
        "2025-01-01",
        "2025-03-31",
    )
    # a deadline: from the source's date to the year's end
    assert _dates("It will be finished before the end of the year.")[0][1:] == (
        "2024-05-10",
        "2024-12-31",
    )


def test_years_ahead_and_last_weekdays() -> None:
    assert _dates("Production should start in two years.")[0][1:] == ("2026-01-01", "2026-12-31")
    # the source is a Friday: "last Friday" is the week before, "jeudi dernier" the day before
    assert _dates("It opened last Friday.") == [("last Friday", "2024-05-03", "2024-05-03")]
    assert _dates("Inaugurée jeudi dernier.") == [("jeudi dernier", "2024-05-09", "2024-05-09")]
    assert _dates("Inaugurée jeudi dernier.", None)[0][0] == "jeudi dernier"


def test_abbreviated_and_ordinal_days() -> None:
    assert _dates("Signed on Dec. 5, 2023 in Lusaka.") == [
        ("Dec. 5, 2023", "2023-12-05", "2023-12-05")
    ]
    assert _dates("Signé le 5 déc. 2022.")[0][1:] == ("2022-12-05", "2022-12-05")
    assert _dates("It broke ground on the 2nd of March.")[0][1:] == ("2024-03-02", "2024-03-02")
    # a weekday before a day is kept in its words
    assert _dates("La pierre fut posée le mercredi 11 avril.", None)[0][0] == "mercredi 11 avril"


def test_a_capitalised_common_noun_in_a_described_plant_is_no_name() -> None:
    found = read("Une nouvelle usine de Cimenterie sera construite à Kindia, en Guinée.", "fr")
    assert _names(found, "projects") == {"Usine de Cimenterie de Kindia"}
    found = read("Teso Mills is building an integrated Denim plant at Adama in Ethiopia.", "en")
    assert _names(found, "projects") == {"Integrated Denim plant at Adama"}


def test_a_name_with_a_sectors_word_after_a_proper_word_stays_a_name() -> None:
    # the limit of the rule above (a guard: it held before the rule and holds after it)
    found = read("Baptisée Nkoa Pharmaceuticals, cette usine sera construite à Kribi.", "fr")
    assert {"fr": "Nkoa Pharmaceuticals"} in _values(found, "name")


def test_a_dateline_in_brackets_is_no_plants_place() -> None:
    text = (
        "(May 2, 2019, Addis Ababa)--An Indian group will build a glass factory in Ethiopia, "
        "its chairman said."
    )
    assert not any(
        v.get("locality") == "Addis Ababa" for v in _values(read(text, "en"), "location")
    )


def test_an_embassys_town_is_no_plants_place() -> None:
    text = (
        "Korean firms will invest in a shoe factory in Rwanda, Korea's Ambassador in Kigali said."
    )
    assert not any(v.get("locality") == "Kigali" for v in _values(read(text, "en"), "location"))


def test_a_name_said_to_speak_is_a_persons() -> None:
    found = read("A Turkish firm will build a mill in Senegal, Kemal Arslan noted on Monday.", "en")
    assert "Kemal Arslan" in _names(found, "people")


def test_a_companys_country_is_the_one_said_nearest_its_name() -> None:
    text = "Ten years after arriving in Zambia, the Chinese company Hualong opened a plant."
    found = read(text, "en")
    assert [
        p.plain_value() for p in found if p.field == "country" and p.new and p.new.name == "Hualong"
    ] == ["CN"]


def test_cues_of_completion_production_and_construction() -> None:
    text = (
        "A cement plant will be built at Kabwe, Zambia. "
        "It is expected to be completed at the end of next year."
    )
    assert _values(read(text, "en", "2024-05-10"), "dates.completion")
    text = (
        "Une cimenterie sera construite à Kindia, en Guinée. "
        "La première tonne est attendue en mars 2026."
    )
    assert _values(read(text, "fr"), "dates.operation_start")
    text = (
        "An Indian firm plans a sugar mill at Bahir Dar, Ethiopia. "
        "It would start constructing the mill next year."
    )
    assert _values(read(text, "en"), "dates.construction_start")
