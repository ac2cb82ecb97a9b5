"""Round nineteen, part two, sectors. A plant said by what it makes: cheese ("fromages", "une
fromagerie", "a cheese plant") is the food trade; the powertrains and gearboxes that drive a
car ("electrified powertrains", "a gearbox plant", "automatic transmissions") are car parts;
plastic films ("breathable film", "films plastiques") are the chemicals trade. Unseen articles
missed each of them; the sentences are the tests' own.

Each test failed with the reader as it was before its rule, except the guards, which say
where a rule stops."""

from __future__ import annotations

from .reading import read, sector_names, statuses


def test_cheese_is_the_food_trade() -> None:
    cases = [
        ("Zentra a construit à Korvel une usine dédiée à la fabrication de fromages.", "fr"),
        ("La nouvelle fromagerie de Zentra, à Korvel, emploiera 80 personnes.", "fr"),
        ("Zentra will build a cheese factory at Korvel.", "en"),
    ]
    for text, lang in cases:
        names = sector_names(read(text, lang=lang))
        assert names & {"Agrifood", "Agroalimentaire"}, text


def test_powertrains_and_gearboxes_are_car_parts() -> None:
    cases = [
        ("The Zentra factory at Korvel will produce electrified powertrains.", "en"),
        ("Zentra will build a plant at Korvel to make automatic transmissions.", "en"),
        ("Zentra will build a gearbox plant at Korvel.", "en"),
    ]
    for text, lang in cases:
        names = sector_names(read(text, lang=lang))
        assert "Automotive" in names, text
    # a guard: the lines that carry power are no car's transmission
    found = read("Zentra will build a power transmission line to its plant at Korvel.", lang="en")
    assert "Automotive" not in sector_names(found)


def test_plastic_films_are_chemicals() -> None:
    cases = [
        ("The Zentra plant at Korvel will produce breathable film for hygiene products.", "en"),
        ("Zentra will build a factory at Korvel to make polyethylene films.", "en"),
        ("Zentra va construire à Korvel une usine de films plastiques.", "fr"),
    ]
    for text, lang in cases:
        names = sector_names(read(text, lang=lang))
        assert names & {"Chemicals", "Chimie"}, text
    # a guard: a film studio makes no chemicals
    found = read("Zentra will build a film studio at Korvel.", lang="en")
    assert not sector_names(found) & {"Chemicals", "Chimie"}

