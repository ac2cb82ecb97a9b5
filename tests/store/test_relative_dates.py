"""Dates in words relative to the day they were written: accepted as they are, and placed
against their source's publication date, or left unplaced when the source is undated."""

from __future__ import annotations

import pytest

from bilat.store.dates import is_relative, parse_date, placed
from bilat.store.models import DateValue

WRITTEN = parse_date("2025-05-10")


@pytest.mark.parametrize(
    ("words", "earliest", "latest"),
    [
        ("il y a quelques jours", "2025-04-26", "2025-05-10"),
        ("Il y a quelques jours.", "2025-04-26", "2025-05-10"),
        ("a few days ago", "2025-04-26", "2025-05-10"),
        ("il y a quelques mois", "2024-05-09", "2025-04-12"),
        ("récemment", "2024-11-08", "2025-05-10"),
        ("l’an dernier", "2024-01-01", "2024-12-31"),
        ("l'année prochaine", "2026-01-01", "2026-12-31"),
        ("last week", "2025-04-28", "2025-05-04"),
        ("next year", "2026-01-01", "2026-12-31"),
        ("le mois prochain", "2025-06-01", "2025-06-30"),
        # a count said in figures: so many days before, a week or a month each way
        ("Depuis 3 jours", "2025-05-07", "2025-05-07"),
        ("depuis 10 jours", "2025-04-23", "2025-05-07"),
        ("il y a 3 semaines", "2025-04-12", "2025-04-26"),
        ("2 months ago", "2025-02-09", "2025-04-10"),
    ],
)
def test_relative_words_are_kept_and_placed_against_the_source_date(
    words: str, earliest: str, latest: str
) -> None:
    date = parse_date(words)
    assert date.raw == words.strip() and date.earliest is None and date.latest is None
    assert is_relative(words)
    assert placed(date, WRITTEN) == (earliest, latest)


def test_a_source_dated_only_by_its_month_widens_the_bounds() -> None:
    june = parse_date("June 2025")
    assert placed(parse_date("il y a quelques jours"), june) == ("2025-05-18", "2025-06-30")


def test_undated_source_leaves_relative_words_unplaced_and_absolute_dates_stand() -> None:
    assert placed(parse_date("il y a quelques jours"), None) is None
    assert placed(parse_date("il y a quelques jours"), DateValue(raw="undated")) is None
    assert placed(parse_date("fin 2025"), None) == ("2025-10-01", "2025-12-31")
    assert placed(DateValue(raw="unreadable words"), WRITTEN) is None
    assert not is_relative("fin 2025") and not is_relative("il y a longtemps")
