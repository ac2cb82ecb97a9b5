"""Twenty-ninth round: what the first reading of held-out set AS showed the reader could
not read, in words any article may use.

- "would create an estimated 2,600 local jobs": jobs.
- "a plant in Paraguay": the country, no town, though GeoNames spells the capital so too;
  and no "at Paraguay" in the plant's name.
- "its first U.S.-based headquarters and manufacturing facility": where it is, said before
  the noun, is no word of the name ("a coal-based power plant" keeps what it burns).
- "Kaito Industries Ltd (凯托) chairman Li Wei": the company's name in another script
  between it and the title; the company is the chairman's, he heads it.
- "A Taiwanese company is to invest …" opening the article: the company it is about, named
  further on, is Taiwanese (a ministry named first is no company; "X, a Japanese company"
  is X's).
- "after a meeting with the representatives of Norvel Recycling": a company, by the people
  who speak for it ("des représentants de l'UGTT": a union's letters, read otherwise).
"""

from __future__ import annotations

from typing import Any

from .reading import about, locations, orgs, projects, read, role_titles


def _value(proposals: list[Any], name: str, field: str) -> Any:
    [proposal] = about(proposals, name, field)
    return proposal.plain_value()


def test_local_jobs() -> None:
    found = read(
        "Zentra will build a tyre plant in Tema. The plant would create an estimated 2,600 "
        "local jobs.",
        "en",
    )
    assert _value(found, "Tyre plant at Tema", "jobs")["value"] == 2600


def test_a_country_its_capital_is_also_called() -> None:
    found = read("A Taiwanese company will build a bus plant in Paraguay.", "en")
    assert projects(found) == {"Bus plant"}
    assert locations(found) == [{"country": "PY", "region": None, "locality": None}]


def test_a_place_based_before_the_plant_noun() -> None:
    found = read(
        "Zentra will invest $20 million into its first U.S.-based headquarters and "
        "manufacturing facility in Dublin, Georgia.",
        "en",
    )
    assert projects(found) == {"Headquarters and manufacturing facility at Dublin"}
    found = read("Zentra will build a coal-based power plant in Nakuru, Kenya.", "en")
    assert projects(found) == {"Power plant at Nakuru"}


def test_a_name_in_another_script_before_the_title() -> None:
    found = read(
        "Kaito Industries Ltd (凯托) chairman Li Wei said the plant in Tema, Ghana would open "
        "in 2026.",
        "en",
    )
    assert role_titles(found, "Li Wei") == ["chairman"]
    [role] = about(found, "Li Wei", "roles")
    assert role.plain_value()["org"] is not None
    assert _value(found, "Kaito Industries Ltd", "head") == "Li Wei"


def test_a_long_name_before_its_other_script_and_title() -> None:
    found = read(
        "Kaito Heavy Transport Bus Manufacturing Ltd will build a bus plant in Tema, Ghana. "
        "Kaito Heavy Transport Bus Manufacturing Ltd (凯托) chairman Li Wei said it would open "
        "in 2026.",
        "en",
    )
    assert orgs(found) == {"Kaito Heavy Transport Bus Manufacturing Ltd"}
    assert _value(found, "Kaito Heavy Transport Bus Manufacturing Ltd", "head") == "Li Wei"


def test_an_opening_company_by_its_nationality_named_further_on() -> None:
    found = read(
        "A Taiwanese company is to invest an estimated US$30 million to build a bus plant in "
        "Paraguay, according to a memorandum signed yesterday, announces the Paraguayan "
        "Ministry of Industry.\n"
        "The minister said the plant would change the lives of millions of commuters who "
        "travel to work every day in the country, and that he looked forward to seeing the "
        "country play a leading role in the region.\n"
        "He added that the plant would be built on land the government offers near the "
        "river, with roads and power lines to be laid by the state before the works begin.\n"
        "Kaito Bus Manufacturing Ltd chairman Li Wei said the project would create 2,600 "
        "jobs.",
        "en",
    )
    assert _value(found, "Kaito Bus Manufacturing Ltd", "country") == "TW"
    found = read(
        "Kaito Industrial Inc., a Japanese manufacturing company, is investing P2 billion to "
        "set up a factory in Lima Estate, an economic zone operated by Norvel Group.",
        "en",
    )
    assert not about(found, "Norvel Group", "country")


def test_a_company_by_its_representatives() -> None:
    found = read(
        "Construction of the recycling plant in Khobi will begin soon, said the minister "
        "after a meeting with the representatives of Norvel Recycling today.",
        "en",
    )
    assert "Norvel Recycling" in orgs(found)
    found = read(
        "L'usine de Ben Arous a été inaugurée en présence des représentants de l'UGTT et des "
        "responsables régionaux."
    )
    assert not any(about(found, name, "parties") for name in projects(found))
