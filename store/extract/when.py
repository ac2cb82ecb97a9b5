"""Dates the press writes, absolute ("fin 2025", "11 décembre 2023", "May 23") and relative
("il y a quelques jours", "récemment", "lundi", "last year"), each a DateValue whose bounds
are placed against the source's publication date (``store.dates``); with an undated
source a relative date keeps its words and no bounds."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ..dates import DateParseError, parse_date, placed
from ..models import DateValue

_MONTH = r"(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december)"
_WEEKDAYS = {
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_YEAR = r"(?:19[89]\d|20[0-6]\d)"
_PART = r"(?:fin|debut|mi-|milieu|courant|end|early|mid-?|late)"
_PATTERNS = (
    re.compile(rf"\b(?P<d>\d{{1,2}})(?:er)? (?P<m>{_MONTH})(?: (?P<y>{_YEAR}))?\b"),
    re.compile(rf"\b(?P<m>{_MONTH}) (?P<d>\d{{1,2}})(?:, (?P<y>{_YEAR}))?\b"),
    re.compile(
        rf"\b(?P<p>{_PART})? ?(?:(?:de |of )?(?:l'annee |the year |d'annee ))?(?P<m>{_MONTH} (?:of )?)?(?P<y>{_YEAR})(?![\d-])"
    ),
    re.compile(
        r"\b(?P<r>il y a (?:quelques|plusieurs) (?:jours|semaines|mois)|(?:quelques|plusieurs|a few|several) (?:days|weeks|months) ago|tout recemment|recemment|dernierement|recently|hier|yesterday|la semaine (?:derniere|passee)|last week|le mois (?:dernier|passe)|last month|l'an(?:nee)? (?:dernier|derniere|passee?)|last year|l'an(?:nee)? prochaine?|next year|this year|cette annee)\b"
    ),
    # "avant la fin du mois en cours", "by the end of the year": a deadline, no start.
    re.compile(
        r"\b(?:avant|d'ici) la fin (?P<e>du mois|de l'annee|de cette annee)(?: en cours)?"
        r"|\bby the end of (?:the|this) (?P<e2>month|year)\b"
    ),
    re.compile(
        r"\b(?:on |le |ce |)(?P<w>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?! \d)"
    ),
)
_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            (),
            ("janvier", "january"),
            ("fevrier", "february"),
            ("mars", "march"),
            ("avril", "april"),
            ("mai", "may"),
            ("juin", "june"),
            ("juillet", "july"),
            ("aout", "august"),
            ("septembre", "september"),
            ("octobre", "october"),
            ("novembre", "november"),
            ("decembre", "december"),
        ]
    )
    for m in names
}


@dataclass(frozen=True)
class DateMention:
    value: DateValue
    start: int
    end: int


def dates_in(
    text: str, fold: str, start: int, end: int, published: DateValue | None
) -> list[DateMention]:
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    sentence = fold[start:end]
    for pattern in _PATTERNS:
        for match in pattern.finditer(sentence):
            a, b = start + match.start(), start + match.end()
            a, b = _trim(fold, a, b)
            if any(not (b <= x or a >= y) for x, y in taken) or a >= b:
                continue
            value = _value(match, text[a:b], published)
            if value is not None:
                found.append(DateMention(value, a, b))
                taken.append((a, b))
    return sorted(found, key=lambda mention: mention.start)


def _trim(fold: str, a: int, b: int) -> tuple[int, int]:
    while a < b and fold[a] == " ":
        a += 1
    for lead in ("on ", "le ", "ce "):
        if fold.startswith(lead, a):
            a += len(lead)
    return a, b


def _value(match: re.Match[str], raw: str, published: DateValue | None) -> DateValue | None:
    groups = match.groupdict()
    year_of_source = int(published.earliest[:4]) if published and published.earliest else None
    if groups.get("r"):
        value = DateValue(raw=raw)
        bounds = placed(value, published)
        return DateValue(raw=raw, earliest=bounds[0], latest=bounds[1]) if bounds else value
    if groups.get("e") or groups.get("e2"):
        if not published or not published.latest:
            return DateValue(raw=raw)
        day = dt.date.fromisoformat(published.latest)
        if "mois" in (groups.get("e") or "") or groups.get("e2") == "month":
            last = calendar.monthrange(day.year, day.month)[1]
            return DateValue(raw=raw, latest=f"{day.year}-{day.month:02d}-{last:02d}", planned=True)
        return DateValue(raw=raw, latest=f"{day.year}-12-31", planned=True)
    if groups.get("w"):
        if not published or not published.earliest or published.earliest != published.latest:
            return DateValue(raw=raw)
        day = dt.date.fromisoformat(published.earliest)
        # The press dates an event of the day it is published by its weekday too.
        back = (day.weekday() - _WEEKDAYS[groups["w"]]) % 7
        when = (day - dt.timedelta(days=back)).isoformat()
        return DateValue(raw=raw, earliest=when, latest=when)
    if groups.get("d"):
        year = int(groups["y"]) if groups.get("y") else year_of_source
        month = _MONTHS[groups["m"]]
        if year is None:
            return DateValue(raw=raw)
        try:
            when = dt.date(year, month, int(groups["d"])).isoformat()
        except ValueError:
            return None
        if (
            not groups.get("y")
            and published
            and published.earliest
            and when > (published.latest or published.earliest)
        ):
            when = dt.date(year - 1, month, int(groups["d"])).isoformat()
        return DateValue(raw=raw, earliest=when, latest=when)
    year_text = groups.get("y")
    if not year_text:
        return None
    part = (groups.get("p") or "").strip()
    month_name = (groups.get("m") or "").strip().removesuffix(" of")
    words = " ".join(
        w
        for w in (part.rstrip("-") if part not in ("courant",) else "", month_name, year_text)
        if w
    )
    try:
        parsed = parse_date(words.replace("milieu", "mi"))
    except DateParseError:
        if month_name:
            last = calendar.monthrange(int(year_text), _MONTHS[month_name])[1]
            m = _MONTHS[month_name]
            return DateValue(
                raw=raw,
                earliest=f"{year_text}-{m:02d}-01",
                latest=f"{year_text}-{m:02d}-{last:02d}",
            )
        return None
    return DateValue(raw=raw, earliest=parsed.earliest, latest=parsed.latest)
