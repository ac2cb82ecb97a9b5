"""Dates as analysts write them, turned into DateValue bounds.

``2025``, ``2025-12``, ``2025-12-31``, ``Q4 2025``, ``T4 2025``, ``H1 2026``,
``S2 2026``, ``end 2025``, ``fin 2025``, ``early 2026``, ``mid-2026``,
``December 2025``, ``décembre 2025``, ``2025-2027``; and words relative to the day
they were written ("il y a quelques jours", "récemment", "l'an dernier", "last
week", "next year"), kept as they are and placed against their source's date
(``placed``). The words as written stay in ``raw``; anything else is refused with
examples of what works.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .errors import BilatError
from .models import DateValue
from .text import fold

EXAMPLES = (
    "2025, 2025-12, 2025-12-31, Q4 2025, H1 2026, end 2025, fin 2025, December 2025, "
    "il y a quelques jours, last year"
)

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
    if is_relative(raw):  # placed later, against its source's date (``placed``)
        return DateValue(raw=raw, planned=planned, estimate=estimate)
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
        match = re.fullmatch(r"(\d{1,2})(?:er|st|nd|rd|th)? ([a-z]+) (\d{4})", key)
        if match and match[2] in _MONTHS:
            day = dt.date(int(match[3]), _MONTHS[match[2]], int(match[1])).isoformat()
            return day, day
    except ValueError:
        raise DateParseError(f"{raw!r} is not a real date; try {EXAMPLES}") from None
    raise DateParseError(f"cannot read the date {raw!r}; try {EXAMPLES}")


# -- relative dates -----------------------------------------------------------------
# Words that place a date against the day they were written: a source's publication
# date. Each gives its bounds as (first, last) days relative to that day, or a period
# of the calendar ("year", -1: last year). The windows are deliberately wide — "a few
# days ago" is at most two weeks, "a few months" one to twelve — so that sources that
# agree in substance are seen to, and "a few days" and "a few months" still differ.
_AGO = r"(?:il y a|ago|voici)"
_FEW = r"(?:quelques|plusieurs|a few|several)"
_RELATIVE: list[tuple[re.Pattern[str], tuple[str, int, int]]] = [
    (re.compile(rf"^(?:{_AGO} )?{_FEW} (?:jours|days)(?: {_AGO})?$"), ("days", -14, 0)),
    (re.compile(rf"^(?:{_AGO} )?{_FEW} (?:semaines|weeks)(?: {_AGO})?$"), ("days", -60, -7)),
    (re.compile(rf"^(?:{_AGO} )?{_FEW} (?:mois|months)(?: {_AGO})?$"), ("days", -366, -28)),
    (
        re.compile(
            r"^(?:(?:tout |tres |plus )?recemment|(?:tout )?dernierement"
            r"|(?:very |more |most |only )?recently|lately)$"
        ),
        ("days", -183, 0),
    ),
    (re.compile(r"^(?:aujourd'hui|ce jour|today)$"), ("days", 0, 0)),
    (re.compile(r"^(?:hier|yesterday)$"), ("days", -1, -1)),
    (re.compile(r"^(?:la semaine (?:derniere|passee|ecoulee)|last week)$"), ("week", -1, -1)),
    (re.compile(r"^(?:la semaine prochaine|next week)$"), ("week", 1, 1)),
    (re.compile(r"^(?:cette semaine|this week|earlier this week)$"), ("week", 0, 0)),
    (re.compile(r"^(?:ce mois-ci|ce mois|this month|earlier this month)$"), ("month", 0, 0)),
    (re.compile(r"^(?:le mois (?:dernier|passe|ecoule)|last month)$"), ("month", -1, -1)),
    (re.compile(r"^(?:le mois prochain|next month)$"), ("month", 1, 1)),
    (
        re.compile(r"^(?:l'(?:an|annee) (?:dernier|derniere|passe|passee|ecoulee)|last year)$"),
        ("year", -1, -1),
    ),
    (
        re.compile(
            r"^(?:cette annee|this year|(?:au cours|dans le courant) de l'annee"
            r"|(?:during|in the course of) the year)$"
        ),
        ("year", 0, 0),
    ),
    (re.compile(r"^(?:l'an prochain|l'annee prochaine|next year)$"), ("year", 1, 1)),
    (re.compile(r"^(?:dans quelques jours|in a few days)$"), ("days", 0, 14)),
    (re.compile(r"^(?:dans quelques semaines|in a few weeks)$"), ("days", 7, 60)),
    (re.compile(r"^(?:dans quelques mois|in a few months)$"), ("days", 28, 366)),
    (re.compile(r"^(?:prochainement|bientot|soon|shortly)$"), ("days", 0, 183)),
]


def is_relative(raw: str) -> bool:
    """True if ``raw`` places a date against the day it was written ("il y a quelques
    jours", "last year"): it is accepted as it is, and placed by its source's date."""
    return _relative_rule(raw) is not None


# "il y a 10 jours", "depuis 3 semaines", "two months ago" said in figures: so many days
# before the day written, a week or a month each way for a count of weeks or months
# (or in words: "two weeks ago", "il y a trois mois")
_COUNT_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
_COUNT = r"\d{1,3}|" + "|".join(_COUNT_WORDS)
_COUNTED_AGO = re.compile(
    rf"^(?:(?:il y a|depuis) (?P<n>{_COUNT}) (?P<u>jours|semaines|mois)"
    rf"|(?P<n2>{_COUNT}) (?P<u2>days|weeks|months) ago)$"
)
_DAYS_IN = {"jours": 1, "days": 1, "semaines": 7, "weeks": 7, "mois": 30, "months": 30}


def _relative_rule(raw: str) -> tuple[str, int, int] | None:
    key = fold(raw).replace("’", "'").strip(" .")
    counted = _COUNTED_AGO.match(key)
    if counted:
        said = counted["n"] or counted["n2"]
        days = (int(said) if said.isdigit() else _COUNT_WORDS[said]) * _DAYS_IN[
            counted["u"] or counted["u2"]
        ]
        slack = 0 if days < 7 else 7 if days < 30 else 30
        return ("days", -days - slack, -days + slack)
    return next((rule for pattern, rule in _RELATIVE if pattern.match(key)), None)


def placed(value: DateValue, written: DateValue | None) -> tuple[str, str] | None:
    """The bounds of ``value``: its own if it has them, else those its relative words
    give against ``written`` (the source's publication date); None if it cannot be
    placed (no bounds, and relative words without a dated source, or none)."""
    if value.earliest is not None or value.latest is not None:
        return value.earliest or "0001-01-01", value.latest or "9999-12-31"
    rule = _relative_rule(value.raw)
    if rule is None or written is None or written.earliest is None:
        return None
    # Written some time in the source's period: the widest reading of both.
    first_day = dt.date.fromisoformat(written.earliest)
    last_day = dt.date.fromisoformat(written.latest or written.earliest)
    unit, start, end = rule
    if unit == "days":
        low, high = first_day + dt.timedelta(days=start), last_day + dt.timedelta(days=end)
    elif unit == "week":
        low = first_day - dt.timedelta(days=first_day.weekday()) + dt.timedelta(weeks=start)
        high = last_day - dt.timedelta(days=last_day.weekday()) + dt.timedelta(weeks=end, days=6)
    elif unit == "month":
        low = _month_start(first_day, start)
        high = _month_start(last_day, end + 1) - dt.timedelta(days=1)
    else:
        low = dt.date(first_day.year + start, 1, 1)
        high = dt.date(last_day.year + end, 12, 31)
    return low.isoformat(), high.isoformat()


def _month_start(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)
