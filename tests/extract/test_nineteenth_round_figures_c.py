"""Round nineteen, part three, places, figures and dates: a country said as the one that
invests ("China is investing … in a factory in X", "la Chine investit") is the investors',
no place's, so a town no list knows takes the country of the host, not the investor's.
Each was a place, a figure or a date the reader got wrong on articles it had not seen (set
AE), written here as a rule of the language on sentences of the tests' own."""

from __future__ import annotations

from typing import Any

from .reading import read


def _values(proposals: list[Any], field: str) -> list[Any]:
    return [p.plain_value() for p in proposals if p.field == field]


def _countries_of_places(text: str, lang: str = "en") -> list[Any]:
    return [v["country"] for v in _values(read(text, lang=lang), "location")]


# -- places ------------------------------------------------------------------------------


def test_a_country_that_invests_is_not_where_the_town_is() -> None:
    text = (
        "China is investing 40 million US dollars in the construction of a glass factory in "
        "Kwetu, in Nampula province."
    )
    assert _countries_of_places(text) == ["MZ"]
    text = (
        "La Chine investit 40 millions de dollars dans la construction d'une usine de verre "
        "à Kwetu, dans la province de Nampula."
    )
    assert _countries_of_places(text, "fr") == ["MZ"]
    # a country said as where the plant is stays its country
    text = "Zentra will build a glass factory in Kwetu, in Mozambique."
    assert _countries_of_places(text) == ["MZ"]
    # a country that receives the investment is no investor
    text = "Zentra is investing 40 million dollars in Ghana, in a glass factory in Kwetu."
    assert _countries_of_places(text) == ["GH"]


def test_the_district_said_with_its_article_is_the_plant_s_town() -> None:
    text = (
        "Zentra is building a glass factory in the free economic zone of the Kwetu district "
        "in Nampula province."
    )
    [location] = _values(read(text, lang="en"), "location")
    assert (location["region"], location["locality"]) == ("Nampula", "Kwetu")
    text = "Zentra is building a glass factory in the Kwetu district in Nampula province."
    [location] = _values(read(text, lang="en"), "location")
    assert location["locality"] == "Kwetu"
    # a part of the country said so is no town
    text = "Zentra is building a glass factory in the Eastern district of Uganda."
    assert "Eastern" not in [v["locality"] for v in _values(read(text, lang="en"), "location")]
    # a site in a town stays the town's
    text = "Zentra is building a plant at the Olkaria geothermal fields in Naivasha."
    assert [v["locality"] for v in _values(read(text, lang="en"), "location")] == ["Naivasha"]


def test_a_zone_said_as_a_town_s_is_in_that_town() -> None:
    text = "Zentra opened its assembly plant in Kwetu's Third Industrial City, in Mozambique."
    [location] = _values(read(text, lang="en"), "location")
    assert (location["country"], location["locality"]) == ("MZ", "Kwetu")
    # a zone said as a country's keeps its own name
    text = "Zentra opened its assembly plant in Mozambique's Kwetu Special Economic Zone."
    [location] = _values(read(text, lang="en"), "location")
    assert location["locality"] == "Kwetu Special Economic Zone"
