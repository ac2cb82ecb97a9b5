"""Places, twenty-first round.

- "dans la localité voisine d'Almeirim", "la ville portuaire de Durban": an adjective after
  the French noun of a town still says the name after it is a town.
- A town no list of the article's countries holds, whose name the world's gazetteer gives
  to a town of a country the article never names, is in the article's country said
  nearest (Almeirim in a text on Portugal is Portugal's, not Brazil's).
- "at the Cebu Light Industrial Park (CLIP) in Lapu-Lapu City": a town said with "in"
  right after a zone and its initials is the town the zone is in, the plant's locality.
- "dans la zone franche industrielle d’exportation d’Athi River": a zone's kind said in
  several words still says the name after it is a place.
"""

from __future__ import annotations

from .reading import locations, read


def test_a_town_said_after_a_noun_and_its_adjective() -> None:
    text = "Norvale construira une usine dans la ville portuaire de Durban."
    assert {"country": "ZA", "region": None, "locality": "Durban"} in locations(read(text))


def test_a_town_no_list_holds_is_in_the_country_said() -> None:
    text = (
        "Norvale investit au Portugal\n\nNorvale construira une usine dans la localité "
        "voisine d'Almeirim."
    )
    assert locations(read(text)) == [{"country": "PT", "region": None, "locality": "Almeirim"}]
    # a guard: with no country said, the world's only town of the name says it
    text = "Norvale construira une usine à Almeirim."
    assert locations(read(text))[0]["country"] == "BR"


def test_a_town_said_with_in_after_a_zone_and_its_initials() -> None:
    text = (
        "Norvale opened the US$28-million manufacturing facility at the Cebu Light "
        "Industrial Park (CLIP) in Lapu-Lapu City."
    )
    proposals = read(text, lang="en")
    assert [loc["locality"] for loc in locations(proposals)] == ["Lapu-Lapu City"]


def test_a_town_after_a_zone_said_in_many_words() -> None:
    text = (
        "Au Kenya\n\nNorvale va installer une usine textile dans la zone franche "
        "industrielle d’exportation d’Athi River."
    )
    assert [loc["locality"] for loc in locations(read(text))] == ["Athi River"]
