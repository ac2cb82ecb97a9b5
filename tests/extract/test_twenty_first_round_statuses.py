"""Statuses, twenty-first round: a plant agreed, wanted or planned with money is announced.

- "is planning to invest $20 million to build a factory", "plans to invest": money
  planned for a plant, as "plans to build" is.
- "Chinese companies have agreed to build three factories": a plant agreed to.
- "Nissan va investir 358 millions de dollars dans une usine", "veut ériger une usine":
  money to be put in a plant, a plant wanted.
"""

from __future__ import annotations

import pytest

from .reading import read


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Norvale is planning to invest $20 million in a factory at Kano.", "en"),
        ("Chinese companies have agreed to build a glass factory at Kano.", "en"),
        ("Norvale va investir 358 millions de dollars dans une usine à Thiès.", "fr"),
        ("L'investisseur Norvale veut ériger une usine de transformation de sel à Thiès.", "fr"),
    ],
)
def test_a_plant_planned_agreed_or_wanted_is_announced(text: str, lang: str) -> None:
    statuses = [p.value for p in read(text, lang=lang) if p.field == "status"]
    assert statuses == ["announced"]


def test_a_plant_invested_in_already_is_not_announced() -> None:
    # a guard: money put in a plant already running says nothing planned
    text = "Norvale invested $20 million in its factory at Kano, which opened in 2010."
    statuses = [p.value for p in read(text, lang="en") if p.field == "status"]
    assert "announced" not in statuses
