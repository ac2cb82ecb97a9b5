"""Round seventeen, sectors and statuses: a plant's sector said by the parts it makes (car
parts by their name, electrical cables), by a list or an adjective after the verb that says
what it makes, and not by the trades its products are sold to ("mainly for the automotive
industry", "for the ceramics used in electronics"); a works just begun ("vient de lancer le
chantier") and a closed plant to work again ("will be recommissioned") as statuses. Five
unseen articles missed each of them; the rules are said in the press's words, not the
articles'."""

from __future__ import annotations

from typing import Any

from .reading import read, sector_names, statuses


def _plant_sectors(found: list[Any]) -> list[str]:
    """The quotes of the sectors proposed for projects."""
    return [p.quote for p in found if p.field == "sectors"]


def test_car_parts_said_by_their_name_are_the_car_trade() -> None:
    cases = [
        ("L'usine de Kolvar fabriquera des fermetures de portière pour Renault.", "fr"),
        ("L'usine de Kolvar produira des rétroviseurs et des lève-vitres.", "fr"),
        ("The Kolvar plant will make door latches and window regulators.", "en"),
        ("The Kolvar factory will produce brake pads and shock absorbers.", "en"),
    ]
    for text, lang in cases:
        name = "Automobile" if lang == "fr" else "Automotive"
        assert name in sector_names(read(text, lang=lang)), text
    # a guard: a good year is no car part
    found = read("Zentra reported a bumper year at its Kolvar cement plant.", lang="en")
    assert "Automotive" not in sector_names(found)


def test_electrical_cables_are_electrical_equipment() -> None:
    cases = [
        ("The Kolvar factory will produce electrical cables for builders.", "en"),
        ("The Kolvar plant will make power cables.", "en"),
        ("L'usine de Kolvar fabriquera des câbles électriques.", "fr"),
    ]
    for text, lang in cases:
        names = sector_names(read(text, lang=lang))
        assert names & {"Electrical equipment", "Équipements électriques"}, text
        assert not names & {"Electronics", "Électronique"}, text


def test_the_trade_products_are_sold_to_is_no_sector_of_the_plant() -> None:
    text = "The Kolvar plant will produce electrical cables, mainly for the automotive industry."
    assert "Automotive" not in sector_names(read(text, lang="en"))
    text = "L'usine de Kolvar produira des câbles électriques, notamment pour le secteur minier."
    assert "Mines" not in sector_names(read(text))
    text = (
        "The Kolvar plant will make silica powders for the ceramics used in automotive "
        "devices and the electronics industry."
    )
    names = sector_names(read(text, lang="en"))
    assert not names & {"Automotive", "Electronics", "Construction materials"}
    # a guard: a plant's own product said before the customers stays its sector
    text = "The Kolvar plant will produce steel pipes, mainly for the oil industry."
    assert "Steel" in sector_names(read(text, lang="en"))


def test_what_a_plant_will_make_after_its_verb_is_its_sector() -> None:
    text = (
        "Zentra bought the Kolvar plant last year. It will expand the operation to produce more "
        "titanium chemicals for export."
    )
    assert "Chemicals" in sector_names(read(text, lang="en"))
    text = (
        "Zentra is building a plant in the Kolvar zone. The enterprise will produce smart "
        "meters, solar inverters, medical equipment, and other goods."
    )
    assert "Medical equipment" in sector_names(read(text, lang="en"))
    # a guard: a word after a French noun of making is the product's own adjective
    text = (
        "Zentra construit une usine dans la zone de Kolvar. L'acide sert à la fabrication "
        "d'engrais phosphatés."
    )
    assert "Mines" not in sector_names(read(text))


def test_chargers_for_electric_vehicles_are_not_cars() -> None:
    text = "The Kolvar plant will produce electric vehicle chargers."
    assert "Automotive" not in sector_names(read(text, lang="en"))
    text = "The Kolvar plant will assemble electric vehicles."
    assert "Automotive" in sector_names(read(text, lang="en"))


def test_works_just_begun_are_construction() -> None:
    text = "La société Zentra vient de lancer le chantier d'une usine de ciment à Kolvar."
    assert statuses(read(text)) == {"construction"}
    text = "Les deux groupes viennent de démarrer les travaux de la cimenterie de Kolvar."
    assert statuses(read(text)) == {"construction"}
    text = "Zentra has just started construction of its cement plant at Kolvar."
    assert statuses(read(text, lang="en")) == {"construction"}
    # a guard: a tender just launched begins no works
    text = "La société Zentra vient de lancer un appel d'offres pour l'usine de ciment de Kolvar."
    assert "construction" not in statuses(read(text))


def test_a_closed_plant_to_work_again_is_announced() -> None:
    text = "The Kolvar plant, which closed in 2019, will be recommissioned early next year."
    assert statuses(read(text, lang="en")) == {"announced"}
    text = "The Kolvar cement plant is to be reopened by its new owner."
    assert statuses(read(text, lang="en")) == {"announced"}
    text = "La cimenterie de Kolvar, fermée en 2019, sera remise en service par son repreneur."
    assert statuses(read(text)) == {"announced"}
    # a guard: a plant put back to work is operating
    text = "The Kolvar plant was officially opened on Monday."
    assert statuses(read(text, lang="en")) == {"operating"}
