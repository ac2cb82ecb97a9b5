"""The filter language, parsed once and used by both the command line and the explorer.

``sector:pharma status:draft country:RU org:anpp temouchent`` means: in the
pharmaceutical sector (or below it), with status draft, involving Russia, with
ANPP as a party, and mentioning "temouchent" anywhere (names, places, parties,
notes, quotes). ``person:aoun`` wants a person as a party, as ``org:`` wants an
organisation: the two are kept apart so that a name never matches the wrong kind.
What the sources say of a record is asked with ``has:conflict`` (sources disagree and
nothing settled it), ``has:unsourced`` (a field holds a value no claim backs),
``has:corroborated`` (two stories agree on a value), ``has:flag`` and
``sources:2..`` (distinct stories with a claim on it, a reprint counted once; also
``sources:0``, ``sources:..1``, ``sources:2..4``).
Several values of one qualifier are alternatives; different
qualifiers and free words must all hold. Matching is accent- and
case-insensitive. A qualifier or value that means nothing raises QueryError
with what would work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .errors import QueryError
from .models import AGREEMENT_STATUSES, PROJECT_STATUSES
from .text import fold, shortened

QUALIFIERS = ("sector", "status", "country", "org", "person", "has", "sources")
# What ``has:`` asks of a record's sources (``store.evidence``).
HAS = ("conflict", "unsourced", "corroborated", "flag")
ALL_STATUSES = tuple(dict.fromkeys(PROJECT_STATUSES + AGREEMENT_STATUSES))
_TOKEN = re.compile(
    r'(?P<key>[^\s:"]+):(?:"(?P<qval>[^"]*)"?|(?P<val>\S*))|"(?P<phrase>[^"]*)"?|(?P<word>\S+)'
)


@dataclass(frozen=True)
class Filter:
    """What a user asked for, before it is resolved against a database."""

    words: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    orgs: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    has: tuple[str, ...] = ()  # all must hold (each of HAS)
    sources: tuple[tuple[int, int | None], ...] = ()  # (at least, at most) stories
    text: str = field(default="", compare=False)

    @property
    def is_empty(self) -> bool:
        return not (
            self.words
            or self.sectors
            or self.statuses
            or self.countries
            or self.orgs
            or self.people
            or self.asks_evidence
        )

    @property
    def asks_evidence(self) -> bool:
        """True if it asks what the sources say (``has:``, ``sources:``)."""
        return bool(self.has or self.sources)

    def without_evidence(self) -> Filter:
        """The same filter without ``has:`` and ``sources:`` (what the index answers)."""
        return Filter(
            self.words,
            self.sectors,
            self.statuses,
            self.countries,
            self.orgs,
            self.people,
            text=self.text,
        )

    def narrows(self, other: Filter) -> bool:
        """True if every record matching self also matches ``other`` (for incremental search)."""
        return (
            self.sectors == other.sectors
            and self.statuses == other.statuses
            and self.countries == other.countries
            and self.orgs == other.orgs
            and self.people == other.people
            and self.has == other.has
            and self.sources == other.sources
            and len(self.words) >= len(other.words)
            # A word matches where a word starts: only a longer start of it narrows ("temouch"
            # after "temou"); a word holding it elsewhere does not ("ain-temouchent" after
            # "emouchent", which found nothing).
            and all(new.startswith(old) for new, old in zip(self.words, other.words, strict=False))
        )

    def combined(self, other: Filter) -> Filter:
        """Both filters at once (command-line options plus --search text)."""
        return Filter(
            words=self.words + other.words,
            sectors=self.sectors + other.sectors,
            statuses=self.statuses + other.statuses,
            countries=self.countries + other.countries,
            orgs=self.orgs + other.orgs,
            people=self.people + other.people,
            has=self.has + other.has,
            sources=self.sources + other.sources,
            text=" ".join(t for t in (self.text, other.text) if t),
        )


def parse_filter(text: str) -> Filter:
    """Parse the filter language; raise QueryError naming what is wrong."""
    words: list[str] = []
    values: dict[str, list[str]] = {key: [] for key in QUALIFIERS}
    for match in _TOKEN.finditer(text):
        key = match.group("key")
        if key is not None:
            name = fold(key)
            value = match.group("qval") if match.group("qval") is not None else match.group("val")
            if name not in values:
                usable = ", ".join(q + ":" for q in QUALIFIERS)
                raise QueryError(f"unknown qualifier '{shortened(key)}:' — use {usable}")
            if not value:
                raise QueryError(f"'{shortened(key)}:' needs a value, like {_EXAMPLES[name]}")
            values[name].append(value)
            continue
        word = match.group("phrase") if match.group("phrase") is not None else match.group("word")
        folded = fold(word or "")
        if folded:
            words.append(folded)
    statuses = tuple(_resolve_status(value) for value in values["status"])
    countries = tuple(_resolve_country(value) for value in values["country"])
    return Filter(
        words=tuple(words),
        sectors=tuple(values["sector"]),
        statuses=statuses,
        countries=countries,
        orgs=tuple(values["org"]),
        people=tuple(values["person"]),
        has=tuple(dict.fromkeys(_resolve_has(value) for value in values["has"])),
        sources=tuple(_resolve_sources(value) for value in values["sources"]),
        text=text,
    )


_EXAMPLES = {
    "sector": "sector:pharma",
    "status": "status:approved",
    "country": "country:DZ",
    "org": "org:anpp",
    "person": "person:aoun",
    "has": "has:conflict",
    "sources": "sources:2..",
}


def _resolve_has(value: str) -> str:
    wanted = fold(value)
    matches = [name for name in HAS if name.startswith(wanted)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise QueryError(f"'has:{shortened(value)}' could be has:{', has:'.join(matches)}")
    raise QueryError(f"'has:{shortened(value)}' — use has:{', has:'.join(HAS)}")


_RANGE = re.compile(r"(\d*)(\.\.)?(\d*)")


def _resolve_sources(value: str) -> tuple[int, int | None]:
    """``2`` (exactly), ``2..`` (at least), ``..1`` (at most), ``2..4``."""
    found = _RANGE.fullmatch(value.strip())
    if found is None or not (found[1] or found[3]) or (not found[2] and found[3]):
        raise QueryError(
            f"'sources:{shortened(value)}' — give a count or a range: sources:2, sources:2.., "
            "sources:..1, sources:2..4"
        )
    low = int(found[1]) if found[1] else 0
    high = int(found[3]) if found[3] else (None if found[2] else low)
    if high is not None and high < low:
        raise QueryError(f"'sources:{shortened(value)}' — the range is empty")
    return low, high


def _resolve_status(value: str) -> str:
    wanted = fold(value).replace(" ", "_").replace("-", "_")
    if wanted in ALL_STATUSES:
        return wanted
    matches = [status for status in ALL_STATUSES if status.startswith(wanted)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise QueryError(f"status '{shortened(value)}' could be {', '.join(matches)}")
    raise QueryError(
        f"unknown status '{shortened(value)}' — statuses are {', '.join(ALL_STATUSES)}"
    )


def _resolve_country(value: str) -> str:
    code = value.strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", code):
        raise QueryError(f"country '{shortened(value)}' is not a two-letter code like DZ or RU")
    return code


class ResolvedFilter:
    """A filter whose names are resolved to ids in one snapshot."""

    __slots__ = ("countries", "orgs", "people", "sectors", "statuses", "words")

    def __init__(
        self,
        words: tuple[str, ...],
        sectors: set[str] | None,
        statuses: set[str] | None,
        countries: set[str] | None,
        orgs: set[str] | None,
        people: set[str] | None = None,
    ) -> None:
        self.words = words
        self.sectors = sectors
        self.statuses = statuses
        self.countries = countries
        self.orgs = orgs
        self.people = people

    @property
    def structureless(self) -> bool:
        """True if it names no sector, country, organisation or person."""
        return (
            self.sectors is None
            and self.countries is None
            and self.orgs is None
            and self.people is None
        )
