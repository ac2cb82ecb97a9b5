"""Round seventeen, places, figures and dates: the Bulgarian lev, jobs "directly and
indirectly", a company's worth and a trade flow that are no sum invested, an area that is
no thing made, the staff of a group or of projects already made that is no plant's, a start
"in around five years", a plant "opérationnelle en 2015" or that "will start work", and a
town said "near" or as a zone's. Each was a figure, a date or a place the reader got wrong
on articles it had not seen (set T), written here as a rule of the language."""

from __future__ import annotations

from typing import Any

from .reading import read


def _values(proposals: list[Any], field: str) -> list[Any]:
    return [p.plain_value() for p in proposals if p.field == field]


def _one(proposals: list[Any], field: str, key: str) -> list[Any]:
    return [v[key] for v in _values(proposals, field)]


def test_a_start_in_around_so_many_years() -> None:
    text = (
        "Zentra will invest in a new cable plant at Varna. The plant is expected to start "
        "work in around four years."
    )
    dates = _values(read(text, lang="en", published="2020-03-05"), "dates.operation_start")
    assert [(d["raw"], d["earliest"]) for d in dates] == [("in around four years", "2024-01-01")]
    text = (
        "Zentra va construire une usine de pneus à Oran. L'usine commencera à fonctionner "
        "dans environ trois ans."
    )
    dates = _values(read(text, published="2020-03-05"), "dates.operation_start")
    assert [d["earliest"] for d in dates] == ["2023-01-01"]


def test_a_plant_operational_at_a_date_or_starting_work() -> None:
    text = (
        "Zentra va construire une usine de pneus au Maroc. Cette usine sera implantée dans "
        "la ville de Kénitra et opérationnelle en 2027, selon un communiqué."
    )
    dates = _values(read(text), "dates.operation_start")
    assert [d["raw"] for d in dates] == ["en 2027"]
    text = "Zentra will build a tyre plant at Varna. The plant should be operational by 2027."
    dates = _values(read(text, lang="en"), "dates.operation_start")
    assert [d["latest"] for d in dates] == ["2027-12-31"]
    # work on the site is its building, not its output
    text = (
        "Zentra will build a tyre plant at Varna. Contractors will start work on the plant in 2025."
    )
    assert _values(read(text, lang="en"), "dates.operation_start") == []


def test_a_town_said_near_or_as_a_zones_is_the_town() -> None:
    text = "Zentra Bulgaria will invest 24 million leva in a factory near Plovdiv, Bulgaria."
    assert _one(read(text, lang="en"), "location", "locality") == ["Plovdiv"]
    text = "Zentra will build a tyre factory in the industrial zone of Plovdiv, in Bulgaria."
    assert _one(read(text, lang="en"), "location", "locality") == ["Plovdiv"]
    text = "Zentra va construire une usine de pneus près de Plovdiv, en Bulgarie."
    assert _one(read(text), "location", "locality") == ["Plovdiv"]
    # a region said "in" stays a region
    text = "Zentra will build a tyre factory in the Plovdiv province, Bulgaria."
    assert _one(read(text, lang="en"), "location", "locality") == [None]
