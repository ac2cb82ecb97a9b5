"""Dates as analysts write them, turned into DateValue bounds.

``2025``, ``2025-12``, ``2025-12-31``, ``Q4 2025``, ``T4 2025``, ``H1 2026``,
``S2 2026``, ``end 2025``, ``fin 2025``, ``early 2026``, ``mid-2026``,
``December 2025``, ``décembre 2025``, ``2025-2027``. The words as written stay
in ``raw``; anything else is refused with examples of what works.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .errors import BilatError
from .models import DateValue
from .text import fold

EXAMPLES = "2025, 2025-12, 2025-12-31, Q4 2025, H1 2026, end 2025, fin 2025, December 2025"

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            (),
            ("january", "jan", "janvier", "janv"),
            ("february", "feb", "fevrier", "fev"),
            ("march", "mar", "mars"),
            ("april", "apr", "avril", "avr"),
            ("may", "mai"),
            ("june", "jun", "juin"),
            ("july", "jul", "juillet", "juil"),
            ("august", "aug", "aout"),
            ("september", "sep", "sept", "septembre"),
            ("october", "oct", "octobre"),
            ("november", "nov", "novembre"),
            ("december", "dec", "decembre"),
        ]
    )
    for name in names
}
# Parts of a year: (first month, last month).
_PARTS = {
    "end": (10, 12),
    "fin": (10, 12),
    "late": (10, 12),
    "fin de": (10, 12),
    "early": (1, 3),
    "debut": (1, 3),
    "beginning of": (1, 3),
    "debut de": (1, 3),
    "mid": (4, 9),
    "mi": (4, 9),
    "mid-": (4, 9),
    "mi-": (4, 9),
    "milieu de": (4, 9),
}


class DateParseError(BilatError):
    """A date that cannot be understood; the message shows forms that work."""


def _bounds(year: int, first_month: int, last_month: int) -> tuple[str, str]:
    last_day = calendar.monthrange(year, last_month)[1]
    return dt.date(year, first_month, 1).isoformat(), dt.date(
        year, last_month, last_day
    ).isoformat()


def parse_date(text: str, *, planned: bool = False, estimate: bool = False) -> DateValue:
    """The DateValue ``text`` describes, or DateParseError with examples."""
    raw = text.strip()
    key = fold(raw).replace("–", "-")
    earliest, latest = _parse_bounds(key, raw)
    return DateValue(raw=raw, earliest=earliest, latest=latest, planned=planned, estimate=estimate)


def _parse_bounds(key: str, raw: str) -> tuple[str, str]:
    try:
        match = re.fullmatch(r"(\d{4})", key)
        if match:
            return _bounds(int(match[1]), 1, 12)
        match = re.fullmatch(r"(\d{4})-(\d{1,2})", key)
        if match:
            return _bounds(int(match[1]), int(match[2]), int(match[2]))
        match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", key)
        if match:
            day = dt.date(int(match[1]), int(match[2]), int(match[3])).isoformat()
            return day, day
        match = re.fullmatch(r"(\d{4}) ?- ?(\d{4})", key)
        if match and int(match[1]) <= int(match[2]):
            return _bounds(int(match[1]), 1, 12)[0], _bounds(int(match[2]), 1, 12)[1]
        match = re.fullmatch(r"(?:[qt]([1-4]) ?(\d{4})|(\d{4}) ?-? ?[qt]([1-4]))", key)
        if match:
            quarter = int(match[1] or match[4])
            year = int(match[2] or match[3])
            return _bounds(year, 3 * quarter - 2, 3 * quarter)
        match = re.fullmatch(r"(?:[hs]([12]) ?(\d{4})|(\d{4}) ?-? ?[hs]([12]))", key)
        if match:
            half = int(match[1] or match[4])
            year = int(match[2] or match[3])
            return _bounds(year, 6 * half - 5, 6 * half)
        match = re.fullmatch(r"([a-z][a-z -]*?) ?-?(\d{4})", key)
        if match:
            word = match[1].strip()
            year = int(match[2])
            if word in _MONTHS:
                return _bounds(year, _MONTHS[word], _MONTHS[word])
            if word.rstrip("-") in _PARTS or word in _PARTS:
                first, last = _PARTS.get(word) or _PARTS[word.rstrip("-")]
                return _bounds(year, first, last)
        match = re.fullmatch(r"(\d{1,2}) ([a-z]+) (\d{4})", key)
        if match and match[2] in _MONTHS:
            day = dt.date(int(match[3]), _MONTHS[match[2]], int(match[1])).isoformat()
            return day, day
    except ValueError:
        raise DateParseError(f"{raw!r} is not a real date; try {EXAMPLES}") from None
    raise DateParseError(f"cannot read the date {raw!r}; try {EXAMPLES}")
