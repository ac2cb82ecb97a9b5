"""Forming and naming the records an article is about, round fifteen, part four; each rule
general in form and tested on sentences of its own (none taken from the evaluation set):

- a plant "to process ore from …", "to produce cement from …": the product said before
  "from" ends what the plant is to make, and joins its name; a continent said with a
  possessive ("investing in Asia's textile sector") is no town to name the plant by;

Each test failed with the reader as it was before its rule, except the guards, which say
where a rule stops."""

from __future__ import annotations

from .reading import projects, read


def test_a_plant_to_make_a_product_from_a_source_and_a_continent_owning() -> None:
    found = read(
        "Zentra Holdings plans to spend $2 billion building a plant to produce copper "
        "cathodes from Tarvelian ore over the next four years, the minister said. Other "
        "groups are also keen on investing in Asia's mining sector.",
        lang="en",
    )
    assert projects(found) == {"Plant to produce copper cathodes"}
