"""Forming and naming the records an article is about, part two; each rule general in form
and tested on sentences of its own (none taken from the evaluation set):

- a continent's adjective in a company's ranked plant ("its first European plant") is where
  the plant stands among its owner's, no name: the plant described before keeps its words
  (a capitalised word that is no continent's, "its first Kelburg plant", still names it);
- a plant whose product is said before its noun ("a battery plant for electric vehicles")
  is named without what the product is for; with no product before the noun, "a factory
  for refrigeration appliances" keeps the words that say what it makes.
"""

from __future__ import annotations

from tests.extract.reading import about, projects, read


def test_a_continental_rank_is_no_name_of_the_plant_described() -> None:
    found = read(
        "Zentra Motors is investing $40 million in building a battery plant in Kelburg, "
        "Hungary. The company would be opening its first European plant with the investment. "
        "The plant will create 300 jobs.",
        lang="en",
    )
    (name,) = projects(found)
    assert name == "Battery plant at Kelburg"
    assert [p.plain_value()["value"] for p in about(found, name, "jobs")] == [300]


def test_a_capitalised_place_before_the_plant_noun_still_names_it() -> None:
    found = read(
        "Zentra Motors will open the Kelburg Gear plant in Tarvel next year.",
        lang="en",
    )
    assert projects(found) == {"Kelburg Gear plant"}


def test_what_a_product_is_for_is_no_part_of_the_plants_name() -> None:
    found = read(
        "Zentra Motors is building a battery plant for electric vehicles in Kelburg, Hungary.",
        lang="en",
    )
    assert projects(found) == {"Battery plant at Kelburg"}


def test_what_a_plant_is_for_names_it_when_no_product_comes_before() -> None:
    found = read(
        "Zentra Motors is building a factory for refrigeration appliances in Kelburg, Hungary.",
        lang="en",
    )
    assert projects(found) == {"Factory for refrigeration appliances at Kelburg"}
