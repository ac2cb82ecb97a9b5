"""The twelfth round's places and dates, each general and tested on sentences of its own
(none taken from the evaluation set): the two Congos, subdivisions said by their French or
English names or with spaces for hyphens, a region named by a common word where a word for
a region says it, a town's region said after it, a zone the text does not name, a district
said before its name, and the date forms below."""

from __future__ import annotations

from typing import Any

from bilat.store.extract.places import countries_in, places_in
from bilat.store.extract.segment import folded
from bilat.store.extract.when import dates_in
from bilat.store.sources import publication_date

from .reading import read


def _values(proposals: list[Any], field: str) -> list[Any]:
    return [p.plain_value() for p in proposals if p.field == field]


def _places(text: str, countries: list[str]) -> list[tuple[str, str | None, str | None]]:
    return [
        (p.place.country, p.place.region, p.place.locality)
        for p in places_in(folded(text), countries, text)
    ]


def _dates(text: str, published: str | None = "2024-05-10") -> list[tuple[str, Any, Any]]:
    fold = folded(text)
    when = publication_date(published) if published else None
    return [
        (text[d.start : d.end], d.value.earliest, d.value.latest)
        for d in dates_in(text, fold, 0, len(fold), when)
    ]


def test_congo_alone_is_the_republic_of_the_congo_and_its_neighbour_has_its_own_names() -> None:
    def said(text: str) -> list[str]:
        return [c.country for c in countries_in(folded(text))]

    assert said("Le Congo exporte du bois.") == ["CG"]
    assert said("La RDC et la République démocratique du Congo") == ["CD", "CD"]
    assert said("DR Congo and Congo-Brazzaville") == ["CD", "CG"]


def test_a_region_said_by_its_english_or_french_name() -> None:
    # ISO 3166-2 writes "Sulawesi Tenggara", "Jawa Timur", "Nord-Kivu"
    assert ("ID", "Southeast Sulawesi", None) in _places(
        "A nickel mine in the province of Southeast Sulawesi, Indonesia.", ["ID"]
    )
    assert ("ID", "Java-Est", None) in _places("Une usine dans la province de Java-Est.", ["ID"])
    assert ("CD", "North Kivu", None) in _places("a mine in the province of North Kivu", ["CD"])


def test_a_region_written_with_spaces_for_its_hyphens() -> None:
    assert ("TD", "Mayo-Kebbi-Est", None) in _places(
        "un barrage dans la province du Mayo Kebbi Est", ["TD"]
    )


def test_a_region_named_by_a_common_word_where_a_word_for_a_region_says_it() -> None:
    assert ("RW", "Eastern", None) in _places("a dairy in the Eastern Province of Rwanda", ["RW"])
    assert ("CM", "Nord", None) in _places("Une rizerie dans la région du Nord.", ["CM"])
    # the same word said as a direction is no region
    assert not _places("The north of Cameroon is dry.", ["CM"])


def test_a_towns_region_said_after_it_in_brackets_or_as_its_capital() -> None:
    assert ("CM", "Nord", "Garoua") in _places(
        "Une usine à Garoua (département de la Bénoué, région du Nord) ouvrira.", ["CM"]
    )
    assert ("ID", "East Kalimantan", "Samarinda") in _places(
        "A smelter in Samarinda, capital of East Kalimantan province, opened.", ["ID"]
    )


def test_a_plant_in_a_zone_the_text_does_not_name_is_in_the_host_country() -> None:
    found = read(
        "Au Sénégal, la nouvelle huilerie de la société Arachco, située en zone industrielle, "
        "ouvrira bientôt. Le Sénégal en attend des emplois.",
        "fr",
    )
    assert [v["country"] for v in _values(found, "location")] == ["SN"]


def test_a_district_said_before_its_name_is_where_the_plant_is() -> None:
    found = read(
        "Uganda will get a tile plant in the northern district of Gulu, officials in Uganda said.",
        "en",
    )
    assert [(v["country"], v["region"], v["locality"]) for v in _values(found, "location")] == [
        ("UG", None, "Gulu")
    ]
