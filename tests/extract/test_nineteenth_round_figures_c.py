"""Round nineteen, part three, places, figures and dates: a country said as the one that
invests ("China is investing … in a factory in X", "la Chine investit") is the investors',
no place's, so a town no list knows takes the host's country; "the X district in Y
province" names the plant's town; a zone said as a town's ("X's Second Industrial City")
is in that town; a year said after another figure across a clause is that one's, not the
first count's; things counted with two kinds before them are counted; a maker's own output,
a count made to date, a grant or incentives are no plant's figures; a town said after the
county a plant was placed in is its town, the county its region. Each was a place or a
figure the reader got wrong on articles it had not seen (sets AE and AD), written here as a
rule of the language on sentences of the tests' own."""

from __future__ import annotations

from typing import Any

from bilat.store.extract.figures import figures_in
from bilat.store.extract.segment import folded

from .reading import read


def _values(proposals: list[Any], field: str) -> list[Any]:
    return [p.plain_value() for p in proposals if p.field == field]


def _capacities(text: str) -> list[tuple[Any, str]]:
    fold = folded(text)
    return [
        (f.value.value, f.value.unit)
        for f in figures_in(text, fold, 0, len(fold))
        if f.field == "capacity"
    ]


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


# -- figures -----------------------------------------------------------------------------


def test_a_year_said_of_another_figure_is_not_this_one_s() -> None:
    text = (
        "La première unité aura une capacité de 30 000 tonnes de fil, tandis que la deuxième "
        "aura une capacité de 12 000 tonnes par an."
    )
    assert _capacities(text) == [(30000, "t"), (12000, "t/yr")]
    text = (
        "The first line will have a capacity of 30,000 tonnes of yarn, while the second will "
        "make 12,000 tonnes a year."
    )
    assert _capacities(text) == [(30000, "t"), (12000, "t/yr")]
    # the year said of the sentence's one figure, before or after it, stays its own
    text = "L'usine aura une capacité annuelle de 30 000 tonnes de fil."
    assert _capacities(text) == [(30000, "t/yr")]
    text = "The plant will have a capacity of 30,000 tonnes of yarn, sold abroad each year."
    assert _capacities(text) == [(30000, "t/yr")]


def test_things_made_said_with_two_adjectives() -> None:
    text = "By the end of 2027, we will be producing 12,000 light and heavy-duty trucks."
    assert _capacities(text) == [(12000, "units")]
    text = "The plant will produce 12,000 light and heavy-duty trucks a year."
    assert _capacities(text) == [(12000, "units/yr")]
    # a workforce said so is no thing made
    text = "The plant will produce trucks and employ 1,200 skilled and unskilled workers."
    assert _capacities(text) == []
    # nor is a sum of money
    text = "The plant will produce trucks and replace $3.5 million in imports annually."
    assert _capacities(text) == []


def test_a_year_said_before_a_list_is_each_one_s() -> None:
    text = (
        "L'usine aura une production annuelle de 30 000 tonnes de fil, 12 000 tonnes de "
        "tissu et 5 000 tonnes de coton."
    )
    assert _capacities(text) == [(30000, "t/yr"), (12000, "t/yr"), (5000, "t/yr")]
    # and so is one said after it
    text = "The plant will produce 30,000 tonnes of yarn, 12,000 tonnes of cloth per year."
    assert _capacities(text) == [(30000, "t/yr"), (12000, "t/yr")]


def test_a_maker_s_own_output_is_no_plant_s() -> None:
    text = (
        "Zentra, premier constructeur du Nigeria avec une production annuelle de 300 000 "
        "voitures, va construire l'usine."
    )
    assert _capacities(text) == []
    text = "Zentra, the largest carmaker in Nigeria with an annual output of 300,000 cars, said."
    assert _capacities(text) == []
    # the maker that builds a plant with an output: the plant's
    text = "Le constructeur va construire une usine avec une production annuelle de 5 000 voitures."
    assert _capacities(text) == [(5000, "units/yr")]
    text = "The carmaker will build a plant with an annual output of 5,000 cars."
    assert _capacities(text) == [(5000, "units/yr")]


def test_a_count_made_since_a_year_is_no_capacity() -> None:
    text = (
        "Zentra, a gearbox manufacturer, has supplied over 12 million automatic gearboxes to "
        "carmakers since it was established in 1981."
    )
    assert _capacities(text) == []
    text = "L'usine a produit 2 millions de voitures depuis sa création en 1995."
    assert _capacities(text) == []
    # a count made a year, since a year, is the plant's output
    text = "The plant has produced 120,000 cars a year since 2015."
    assert _capacities(text) == [(120000, "units/yr")]
    # a capacity said with its start
    text = "The plant will have a capacity of 120,000 cars, produced since 2015 in a hall."
    assert _capacities(text) == [(120000, "units")]


def _sums(text: str) -> list[Any]:
    fold = folded(text)
    return [
        f.value.value or f.value.min
        for f in figures_in(text, fold, 0, len(fold))
        if f.field == "investment"
    ]


def test_a_grant_or_incentives_to_a_project_are_no_investment() -> None:
    text = "The state awarded Zentra a Job Development Investment Grant of $3 million."
    assert _sums(text) == []
    text = "The county expects to grant the project almost $4.1 million in incentives."
    assert _sums(text) == []
    text = "L'État accordera au projet une subvention d'investissement de 3 millions d'euros."
    assert _sums(text) == []
    # the sum invested, said with the grant, stays
    text = "Zentra will invest $80 million in the plant and receive a grant of $3 million."
    assert _sums(text) == [80000000]


def test_a_town_said_after_its_county_is_the_plant_s_town() -> None:
    text = (
        "Zentra will build its first U.S. production facility in Lamar County, Alabama. "
        "The company's project in Vernon will employ 120 people."
    )
    [location] = _values(read(text, lang="en"), "location")
    assert (location["region"], location["locality"]) == ("Lamar County", "Vernon")
    # a town said first stays the town
    text = (
        "Zentra will build its first U.S. production facility in Vernon, Alabama. "
        "The company's project in Lamar County will employ 120 people."
    )
    [location] = _values(read(text, lang="en"), "location")
    assert location["locality"] == "Vernon"
