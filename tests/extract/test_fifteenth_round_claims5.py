"""Claims other than agreements' formation, each rule general and tested on sentences of its
own: a nationality said in lower case after an article names the company that follows."""

from __future__ import annotations

from typing import Any

from .reading import about, named, read


def test_a_lower_case_nationality_after_an_article_names_the_company() -> None:
    found = read(
        "La danoise Vestas va construire une usine de pales à Cherbourg avec le "
        "singapourien Sembcorp, a annoncé le chinois Goldwind.",
        "fr",
    )
    orgs = named(found, "orgs")
    assert {"Vestas", "Sembcorp"} <= orgs
    assert [p.value for p in about(found, "Vestas", "country")] == ["DK"]
    assert [p.value for p in about(found, "Sembcorp", "country")] == ["SG"]


def test_a_capitalised_nationality_before_a_full_name_is_a_person() -> None:
    found = read(
        "Le Nigérian Aliko Dangote a visité l'usine de ciment de Cotonou.",
        "fr",
    )
    assert "Aliko" not in named(found, "orgs")


def _currencies(found: Any, value: float) -> list[str]:
    return [p.value.currency for p in found if p.field == "investment" and p.value.value == value]


def test_bare_dollars_in_a_dollar_country_are_its_own() -> None:
    found = read(
        "Le gouvernement du Canada et le Québec ont salué l'usine d'anodes que Posco "
        "construira à Bécancour, au Québec, au Canada. Ce projet de 600 millions de dollars "
        "recevra l'équivalent de 10 dollars américains par tonne produite.",
        "fr",
    )
    assert _currencies(found, 600e6) == ["CAD"]


def test_bare_dollars_beside_the_host_dollar_spelled_are_american() -> None:
    found = read(
        "Le Canada et le Québec accorderont un prêt de 80 millions de dollars canadiens à "
        "Posco. Posco investira 600 millions de dollars dans son usine d'anodes de Bécancour, "
        "au Québec, au Canada.",
        "fr",
    )
    assert _currencies(found, 600e6) == ["USD"]


def test_a_name_after_a_word_for_a_region_is_a_region_not_a_town() -> None:
    found = read(
        "Chinese company Huayang has announced a new plant for washing machines in the state "
        "of Tabaluga, Mexico. The factory, to be located in the Norte Industrial Park in "
        "Villa Ramona, will cost US $40 million.",
        "en",
    )
    locations = [p.value for p in found if p.field == "location"]
    assert locations
    assert not any(loc.locality == "Tabaluga" for loc in locations)
    assert any(loc.region == "Tabaluga" for loc in locations)
    # the town said next is the plant's, in that region
    assert any(loc.locality == "Villa Ramona" for loc in locations)


def test_a_dateline_with_a_colon_is_where_the_article_was_written() -> None:
    found = read(
        "ASWAN: An Indian company will build a phosphoric acid plant for $300 million. "
        "The plant will begin production in 2009.",
        "en",
    )
    assert not [p for p in found if p.field == "location"]


def test_where_people_met_is_not_the_plant_s_place() -> None:
    found = read(
        "Les ministres se sont réunis à Sherbrooke jeudi pour annoncer la construction de "
        "l'usine de batteries de Posco à Bécancour, au Québec, au Canada.",
        "fr",
    )
    localities = [p.value.locality for p in found if p.field == "location"]
    assert "Sherbrooke" not in localities
