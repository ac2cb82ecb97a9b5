"""Forming and naming the records an article is about, part two; each rule general in form
and tested on sentences of its own (none taken from the evaluation set):

- a continent's adjective in a company's ranked plant ("its first European plant") is where
  the plant stands among its owner's, no name: the plant described before keeps its words
  (a capitalised word that is no continent's, "its first Kelburg plant", still names it);
- a plant whose product is said before its noun ("a battery plant for electric vehicles")
  is named without what the product is for; with no product before the noun, "a factory
  for refrigeration appliances" keeps the words that say what it makes;
- a name the headline alone gives its plant, by the site it is at ("… at Kelburg plant"),
  yields to the body's first words for it, said with that site ("plans to build a factory
  … at Kelburg hot springs"); a name the body says again is kept;
- a site named by its own words, then its town ("at Kelburg hot springs in Marova"): the
  town is the plant's place; a country after them leaves the name the place;
- "a Dubai-based company": where the company has its seat, not where its plant is (the
  company keeps its country).
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


def test_the_body_names_the_plant_the_headline_named_by_its_site() -> None:
    found = read(
        "Textiles firm to create 500 jobs at Kelburg plant\n"
        "A Turkish textiles company, Zentra Apparel, plans to build a factory to employ 500 "
        "workers at Kelburg hot springs in Marova, Kenya. The factory will make shirts.",
        lang="en",
    )
    (name,) = projects(found)
    assert name == "Factory at Marova"
    assert [p.plain_value()["value"] for p in about(found, name, "jobs")] == [500]


def test_a_name_the_body_says_again_keeps_the_headlines_name() -> None:
    found = read(
        "Textiles firm to create 500 jobs at Kelburg plant\n"
        "Zentra Apparel plans to build a factory in Marova, Kenya. The Kelburg plant will "
        "employ 500 workers.",
        lang="en",
    )
    assert projects(found) == {"Kelburg plant"}


def test_a_site_said_before_its_town_is_no_town() -> None:
    found = read(
        "Zentra Apparel will build a factory at Kelburg hot springs in Marova, Kenya.",
        lang="en",
    )
    (location,) = about(found, "Factory at Marova", "location")
    assert location.plain_value()["locality"] == "Marova"


def test_a_company_based_in_a_town_does_not_place_its_plant_there() -> None:
    found = read(
        "A Dubai-based textiles company, Zentra Apparel, plans to build a factory in Kenya.",
        lang="en",
    )
    assert projects(found) == {"Factory"}
    (location,) = about(found, "Factory", "location")
    assert location.plain_value()["country"] == "KE"


def test_a_company_based_in_a_town_is_still_placed_there() -> None:
    found = read(
        "Zentra Apparel, a textiles company based in Dubai, will expand.",
        lang="en",
    )
    assert [p.plain_value() for p in found if p.field == "country"] == ["AE"]
