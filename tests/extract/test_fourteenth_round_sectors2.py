"""Sectors said by the trade a plant supplies: parts and cells made for cars are of the car
trade; steel sold to carmakers stays steel."""

from __future__ import annotations

from .reading import read, sector_names


def test_cells_made_for_cars_are_of_the_car_trade() -> None:
    text = (
        "Zentra Motors construira à Tarvel une usine de cellules destinées à l'industrie "
        "automobile."
    )
    assert "Automobile" in sector_names(read(text))
    text = "Tarvel Energy will build a plant in Kelburg to make cells to power electric vehicles."
    assert "Automotive" in sector_names(read(text, lang="en"))


def test_steel_sold_to_carmakers_stays_steel() -> None:
    text = (
        "L'aciérie Tarvel de Kelburg produira des tôles destinées à l'industrie automobile locale."
    )
    assert "Automobile" not in sector_names(read(text))


def test_lithium_cells_are_no_mine() -> None:
    text = "Zentra Motors va implanter à Tarvel une usine de batteries lithium-ion."
    assert "Mines" not in sector_names(read(text))
    text = "Tarvel Energy will build a lithium battery plant in Kelburg."
    assert not sector_names(read(text, lang="en")) & {"Mining", "Mines"}
    # a guard: the metal refined is still mined
    text = "Zentra Mining construira à Tarvel une usine de carbonate de lithium."
    assert "Mines" in sector_names(read(text))


def test_guests_of_a_trade_say_no_sector_of_the_plant() -> None:
    text = (
        "L'usine Tarvel de Kelburg a été inaugurée en présence de professionnels de "
        "l'industrie textile. Elle produira des pièces pour le secteur de l'automobile."
    )
    found = read(text)
    assert "Textile" not in sector_names(found)
    # a guard: the plant's own trade, said after, is its sector
    assert "Automobile" in sector_names(found)
