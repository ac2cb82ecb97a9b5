"""Sectors, thirteenth pass, each rule general and tested on sentences of its own (none taken
from the evaluation set): a sector's word written with a capital inside a name ("Kilele
Cement Factory", "Moraba Textile and Trading PLC") is the name's, not where the text says what
the plant makes: the analyst quotes the plant's sector where the text says it in lower case
("the cement plant"); a plant's own words stay its quote ("the Floating Glass Line").

Each test but the guards failed with the reader as it was before its rule."""

from __future__ import annotations

from typing import Any

from .reading import read, sector_names


def _sector_quotes(proposals: list[Any]) -> list[str]:
    return [p.quote for p in proposals if p.field == "sectors"]


def test_a_sector_word_inside_an_owner_s_name_is_quoted_where_said_plainly() -> None:
    found = read(
        "Kilele Holdings has built Kilele Cement Factory in Kisumu, Kenya. "
        "Kilele said the cement factory will employ 400 people.",
        lang="en",
    )
    quotes = _sector_quotes(found)
    assert quotes and all(q.islower() for q in quotes)
    assert "Construction materials" in sector_names(found)


def test_a_sector_word_inside_a_company_s_full_name_is_quoted_where_said_plainly() -> None:
    found = read(
        "Moraba Textile and Trading PLC, a new Turkish textile spinning factory, will open "
        "in Adama, Ethiopia, next month.",
        lang="en",
    )
    quotes = _sector_quotes(found)
    assert quotes and all(q.islower() for q in quotes)


def test_a_plant_s_own_capitalised_words_stay_its_quote() -> None:
    # guard: no owner's name before the capital, the text's words for the plant are the quote
    found = read(
        "The minister opened the Floating Glass Factory in Kano, Nigeria. "
        "The glass factory cost 40 million dollars.",
        lang="en",
    )
    assert "Glass Factory" in _sector_quotes(found)


def test_a_plant_s_product_outside_the_old_lexicon_names_its_sector() -> None:
    # plaster, roofing, foundries, fishing gear, sawn wood, light bulbs, two wheels
    cases = [
        (
            "Une usine de plaques de plâtre sera construite à Kayes, au Mali.",
            "fr",
            "Matériaux de construction",
        ),
        ("A roofing sheets factory was opened in Kitwe, Zambia.", "en", "Construction materials"),
        ("Une fonderie de fer sera bâtie à Bouar, en Centrafrique.", "fr", "Sidérurgie"),
        ("Une usine de filets de pêche ouvrira à Nouadhibou, en Mauritanie.", "fr", "Pêche"),
        ("Une scierie moderne a été inaugurée à Owendo, au Gabon.", "fr", "Ameublement"),
        ("Une usine d'ampoules a été inaugurée à Gitega, au Burundi.", "fr", "Électronique"),
        ("A motorcycle assembly plant opened in Kumasi, Ghana.", "en", "Automotive"),
        ("A ferronickel smelter will be built in Morowali, Indonesia.", "en", "Steel"),
    ]
    for text, lang, sector in cases:
        assert sector in sector_names(read(text, lang=lang)), text


def test_a_sector_in_another_plant_s_own_words_is_not_a_second_sector() -> None:
    found = read(
        "Ranau Group will build a nickel smelter in Konawe, Indonesia, and a coal-fired "
        "power plant to supply it.",
        lang="en",
    )
    sectors = [(p.new.name if p.new else "", p.quote) for p in found if p.field == "sectors"]
    assert not any("smelter" in name.casefold() and "power" in q for name, q in sectors)
