"""Dates said in forms the reader read otherwise than the analyst: a relative day followed
by the day it names ("yesterday, July 4") is that day, in its own words."""

from __future__ import annotations

from .reading import dates_said, read


def test_yesterday_then_the_day_it_names_is_that_day() -> None:
    text = "The Zentra Motors plant was officially opened yesterday, July 4."
    assert dates_said(text, None) == [("July 4", None, None)]
    text = "The Zentra Motors plant was officially opened yesterday, July 4, in Tarvel."
    assert dates_said(text, "2024-07-05") == [("July 4", "2024-07-04", "2024-07-04")]


def test_yesterday_alone_or_apart_from_a_day_stays() -> None:
    assert dates_said("The plant was opened yesterday in Tarvel.", None) == [
        ("yesterday", None, None)
    ]
    text = "The deal was signed yesterday, and the plant opens on July 4."
    assert [d[0] for d in dates_said(text, None)] == ["yesterday", "July 4"]


def test_the_plant_opened_on_the_day_named() -> None:
    text = "The new Zentra Motors factory in Tarvel was officially opened yesterday, July 4."
    found = read(text, "en", None)
    starts = [p for p in found if p.field == "dates.operation_start"]
    assert [p.plain_value()["raw"] for p in starts] == ["July 4"]
