"""Thirty-sixth round: what the first reading of held-out set AZ showed the reader could not
read, in words any article may use.

- "A total of 48,000L fed-batch and 6,000L perfusion bioreactor capacity will be
  installed": the reader stopped on the unit, a litre written "L" and followed by a word
  opened by "per" ("perfusion"), which no "per" period is. The litre said so is a capacity
  of its own; no unit read ends the reading of the article.
"""

from __future__ import annotations

from .reading import read


def test_a_litre_before_a_word_opened_by_per_stops_no_reading() -> None:
    found = read(
        "Kelvar will build a plant in Dundalk. A total of 48,000L fed-batch and 6,000L "
        "perfusion bioreactor capacity will be installed.",
        "en",
    )
    capacities = [p.plain_value() for p in found if p.field == "capacity"]
    assert [(c["value"], c["unit"]) for c in capacities] == [(48000, "l"), (6000, "l")]


def test_a_litre_said_with_its_period_is_still_read() -> None:
    found = read("Kelvar will build a brewery in Dundalk to brew 500 l per hour.", "en")
    [capacity] = [p.plain_value() for p in found if p.field == "capacity"]
    assert (capacity["value"], capacity["unit"]) == (500, "l/hour")
