"""Round fifteen, places, sectors, statuses and dates: the words the press uses for a car
plant and its workshops, a coatings plant, a country said with "à" or past a site on the way,
and a company's seat."""

from __future__ import annotations

from .reading import read, sector_names


def test_a_car_plant_and_a_bus_assembly_line_are_of_the_car_trade() -> None:
    text = "Zentra Motors will revive the country's only car plant in Tarvel."
    assert sector_names(read(text, lang="en")) == {"Automotive"}
    text = "Zentra Motors va installer une chaîne de montage de bus à Tarvel."
    assert sector_names(read(text)) == {"Automobile"}


def test_a_car_plant_paint_shop_is_no_chemicals_plant() -> None:
    text = (
        "The Zentra Motors car plant in Tarvel has more than 300 robots in the press, body "
        "and paint shops."
    )
    assert "Chemicals" not in sector_names(read(text, lang="en"))
    text = "L'extension de l'usine Zentra de Tarvel intègre les ateliers de peinture."
    assert "Chimie" not in sector_names(read(text))
    # a guard: a paint factory is of the chemicals trade
    text = "Zentra Paints will build a paint factory in Tarvel."
    assert "Chemicals" in sector_names(read(text, lang="en"))


def test_a_coatings_factory_is_of_the_chemicals_trade() -> None:
    text = "Zentra Group will build a factory to manufacture coatings in Tarvel."
    assert "Chemicals" in sector_names(read(text, lang="en"))


def _location(proposals: list[object]) -> list[dict[str, object]]:
    return [p.plain_value() for p in proposals if p.field == "location"]  # type: ignore[attr-defined]


def test_a_plant_said_in_an_island_country_with_a_is_there() -> None:
    text = "Zentra Trading, une société textile sud-coréenne, va construire une usine à Haïti."
    assert [v["country"] for v in _location(read(text))] == ["HT"]
    # a guard: a town said so is the town, in its country
    text = "Zentra Trading va construire une usine à Sfax."
    assert [v["locality"] for v in _location(read(text))] == ["Sfax"]


def test_a_company_seat_is_no_plant_site() -> None:
    text = (
        "Zentra Trading va construire une usine à Haïti. Basée à Séoul, Zentra Trading va "
        "investir 78 millions de dollars dans l'usine."
    )
    assert [v["country"] for v in _location(read(text))] == ["HT"]


def test_the_state_department_is_no_place() -> None:
    text = (
        "Zentra Trading va construire une usine à Haïti. Le département d'Etat américain a "
        "salué l'usine."
    )
    assert [v["country"] for v in _location(read(text))] == ["HT"]
