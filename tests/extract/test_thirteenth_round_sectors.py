"""Sectors, thirteenth pass, each rule general and tested on sentences of its own (none taken
from the evaluation set): a sector's word written with a capital inside a name ("Kilele
Cement Factory", "Moraba Textile and Trading PLC") is the name's, not where the text says what
the plant makes: the analyst quotes the plant's sector where the text says it in lower case
("the cement plant"); a plant's own words stay its quote ("the Floating Glass Line").

Each test but the guards failed with the reader as it was before its rule."""

from __future__ import annotations

from typing import Any

from .reading import read


def _sector_quotes(proposals: list[Any]) -> list[str]:
    return [p.quote for p in proposals if p.field == "sectors"]


def _sector_names(proposals: list[Any]) -> set[str]:
    return {
        next(iter(p.plain_value().values()))
        for p in proposals
        if p.field == "name" and p.new is not None and p.new.kind == "sectors"
    }


def test_a_sector_word_inside_an_owner_s_name_is_quoted_where_said_plainly() -> None:
    found = read(
        "Kilele Holdings has built Kilele Cement Factory in Kisumu, Kenya. "
        "Kilele said the cement factory will employ 400 people.",
        lang="en",
    )
    quotes = _sector_quotes(found)
    assert quotes and all(q.islower() for q in quotes)
    assert "Construction materials" in _sector_names(found)


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
