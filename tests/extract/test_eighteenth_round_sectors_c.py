"""Round eighteen, sectors (part three): the military trade said as such ("the sector of
military industry", "l'industrie militaire"); an oil refinery and the fuels it makes read as
energy; the company opening a sentence by its trade with "the" ("The Italian maker of
yarns … invested"); the goods sent to other trades' brands ("which will go to the top
automotive brands") and a metal plant's by-products ("En plus du zinc, l'usine produira …
de l'acide sulfurique") as no trade of the plant. Sentences made up for the rules."""

from __future__ import annotations

from typing import Any

from .reading import read, sector_names


def _plant_sectors(found: list[Any]) -> list[str]:
    """The quotes of the sectors proposed for projects."""
    return [p.quote for p in found if p.field == "sectors"]


def test_military_industry_is_defence() -> None:
    cases = [
        ("Investors from Norland plan to invest in the military industry of Kolvaria.", "en"),
        ("The Kolvar plant will make military equipment for the army.", "en"),
        ("Le groupe veut investir dans l'industrie militaire du pays.", "fr"),
        ("L'usine de Kolvar produira du matériel militaire.", "fr"),
    ]
    for text, lang in cases:
        name = "Défense" if lang == "fr" else "Defence"
        assert name in sector_names(read(text, lang=lang)), text
    # a guard: a military officer at a cement plant's opening is no trade
    found = read("A military band played at the opening of the Kolvar cement plant.", lang="en")
    assert "Defence" not in sector_names(found)


def test_an_oil_refinery_and_its_fuels_are_energy() -> None:
    cases = [
        ("The Kolvar refinery will be built by Norland investors.", "en"),
        ("The Kolvar plant will produce gasoline and heating oil.", "en"),
        ("La raffinerie de Kolvar sera construite par un groupe chinois.", "fr"),
        ("L'usine de Kolvar produira des carburants.", "fr"),
    ]
    for text, lang in cases:
        names = sector_names(read(text, lang=lang))
        name = "Énergie" if lang == "fr" else "Energy"
        assert name in names, text
        assert not names & {"Oil and gas", "Hydrocarbures"}, text
    # a guard: an alumina refinery is no energy plant
    found = read("The Kolvar alumina refinery will be built by Norland investors.", lang="en")
    assert "Energy" not in sector_names(found)


def test_the_maker_opening_the_sentence_says_the_plant_s_trade() -> None:
    text = (
        "Zentra opened a plant in Kolvar. The Italian based manufacturer of yarns used in the "
        "furniture industry invested 10 million EUR in the plant. Zentra plans to produce "
        "yarns worth 5 million EUR in its Kolvar plant."
    )
    found = read(text, lang="en")
    said = [p.start for p in found if p.field == "sectors"]
    # the plant's trade is quoted where the company is said by it, not only later on
    assert said and min(said) < text.index("invested"), said
    # a guard: the trade the yarns are used in is no sector of the plant
    assert "Ameublement" not in sector_names(found) and "Furniture" not in sector_names(found)


def test_goods_sent_to_other_trades_brands_are_no_sector() -> None:
    cases = [
        ("The Kolvar plant will make yarns, which will go to the top automotive brands.", "en"),
        ("The Kolvar plant will make yarns sold to carmakers across Europe.", "en"),
        ("L'usine de Kolvar fabriquera des fils vendus aux constructeurs automobiles.", "fr"),
    ]
    for text, lang in cases:
        names = sector_names(read(text, lang=lang))
        assert not names & {"Automotive", "Automobile"}, text
    # a near-miss: a plant that makes cars stays of the car trade
    found = read("The Kolvar plant will make vehicles for the local market.", lang="en")
    assert "Automotive" in sector_names(found)


def test_a_metal_plant_s_by_products_are_no_trade() -> None:
    cases = [
        (
            "L'usine de Kolvar produira du zinc. En plus du zinc, l'usine produira de "
            "l'argent et de l'acide sulfurique.",
            "fr",
        ),
        (
            "The Kolvar smelter will make copper. Besides copper, the smelter will also "
            "produce sulphuric acid.",
            "en",
        ),
        ("The Kolvar smelter will make copper, with by-products such as sulphuric acid.", "en"),
    ]
    for text, lang in cases:
        names = sector_names(read(text, lang=lang))
        assert not names & {"Chimie", "Chemicals"}, text
    # a near-miss: a plant that makes the acid itself is of the chemical trade
    found = read("L'usine de Kolvar produira de l'acide sulfurique.", lang="fr")
    assert "Chimie" in sector_names(found)
