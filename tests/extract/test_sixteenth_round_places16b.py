"""Round sixteen, places and naming (second part): a name that is a region and its chief town
said as the town, a town no list knows said with strong cues, a zone standing in for its
town, and the name a fixed locality gives a plant."""

from __future__ import annotations

from .reading import projects, read


def _location(proposals: list[object]) -> list[dict[str, object]]:
    return [p.plain_value() for p in proposals if p.field == "location"]  # type: ignore[attr-defined]


def test_a_region_said_after_a_town_cue_is_the_town_of_its_name() -> None:
    text = (
        "Le groupe algérien Zentra va réaliser une usine de fabrication de pneus à Sétif, "
        "a annoncé le ministre."
    )
    proposals = read(text)
    assert _location(proposals) == [{"country": "DZ", "region": "Sétif", "locality": "Sétif"}]
    assert projects(proposals) == {"Usine de fabrication de pneus de Sétif"}
    # said after a town, it is the region that town is in
    text = "Zentra Arms has started producing rifles at its factory at Amethi in Uttar Pradesh."
    assert [v["locality"] for v in _location(read(text, lang="en"))] == ["Amethi"]
    # a name the article calls a region ("la région de Sétif") is no town elsewhere
    text = (
        "Un projet agricole de 50 millions de dollars à Sétif\n\n"
        "Le groupe italien Zentra a obtenu une concession de 5 000 hectares dans la région "
        "de Sétif pour un projet agricole."
    )
    assert [v["locality"] for v in _location(read(text))] == [None]


def test_a_town_no_list_knows_said_near_a_known_one_is_in_that_towns_country() -> None:
    text = (
        "Zentra Korea, a South Korean group, will open a new factory in Varnelu, near "
        "Pitesti, the South Korean company said. It already has two plants in Romania."
    )
    assert _location(read(text, lang="en")) == [
        {"country": "RO", "region": None, "locality": "Varnelu"}
    ]


def test_the_headlines_plant_said_again_by_a_bare_noun_is_named_by_its_town() -> None:
    text = (
        "Korean investor builds car parts plant in Romania\n\n"
        "Zentra Auto will open in 2020 a new factory in Varnelu, the company said."
    )
    proposals = read(text, lang="en")
    assert projects(proposals) == {"Factory at Varnelu"}
    assert [v["locality"] for v in _location(proposals)] == ["Varnelu"]


def test_a_town_said_with_its_kind_before_its_district_is_the_plants_locality() -> None:
    text = (
        "Zentra Chemicals will build a soda ash production factory in Varnelu village in "
        "Tamsu district of Zhambyl region, Kazakhstan."
    )
    proposals = read(text, lang="en")
    assert _location(proposals) == [{"country": "KZ", "region": "Zhambyl", "locality": "Varnelu"}]
    assert projects(proposals) == {"Soda ash production factory at Varnelu"}
