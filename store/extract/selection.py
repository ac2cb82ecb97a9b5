"""What the reader reads in words the analyst selected: the value of a claim the reader
missed, so that the analyst adds it in the review by selecting its quote and checking
the value, as the reader's own proposals are checked, rather than typing it.

Only what the selected words state is read, with the reader's own tables: a figure and
its unit, a date (placed against the source's date), a place of the gazetteer or of a
country the article names, a country, a status cue, a sector's words, a record the
review or the database knows by a name the words say, or the words themselves for a
name. Where the words state no value of the field, nothing is proposed: the analyst
types it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import msgspec

from ..claim_values import ClaimValueError
from ..models import KINDS, DateValue
from ..quote_values import propose as propose_from_quote
from ..quote_values import read as read_quote
from ..text import fold
from . import cities, figures, places, rx
from .lexicon import SECTORS, STATUS_CUES
from .proposal import typed_value
from .segment import folded, strip_span


@dataclass(frozen=True)
class Known:
    """A record the selected words may name: held (``ref`` its id) or proposed in this
    review (``ref`` its provisional key), of ``kind``, by each of its ``names``."""

    ref: str
    kind: str
    names: tuple[str, ...]


# The kinds of record each reference field points to, and how its value says one.
_REFERENCES: dict[str, tuple[str, ...]] = {
    "parties": ("orgs", "people"),
    "projects": ("projects",),
    "agreements": ("agreements",),
    "head": ("people",),
    "parent": ("orgs",),
    "sectors": ("sectors",),
}


def read_selection(
    text: str,
    start: int,
    end: int,
    kind: str,
    field: str,
    *,
    lang: str,
    published: DateValue | None = None,
    known: Sequence[Known] = (),
) -> Any | None:
    """The value ``text[start:end]`` states of ``field`` of a record of ``kind``, typed
    as a claim stores it (JSON), or None where the words state none the field takes."""
    start, end = strip_span(text, start, end)
    if start >= end:
        return None
    value = _read(text, start, end, kind, field, lang, published, known)
    if value is None:
        return None
    try:
        return msgspec.to_builtins(typed_value(kind, field, msgspec.to_builtins(value)))
    except ClaimValueError:
        return None


def _read(
    text: str,
    start: int,
    end: int,
    kind: str,
    field: str,
    lang: str,
    published: DateValue | None,
    known: Sequence[Known],
) -> Any | None:
    base, _, key = field.partition(".")
    words = text[start:end]
    if kind == "sectors" and base == "name" and not key:
        sectors = _sectors_said(words)  # a sector is named by the lexicon, said by the words
        if sectors:
            return {lang: sectors[0][0 if lang == "fr" else 1]}
    if base in ("name", "title", "aliases", "acronym") and not key:
        said = " ".join(words.split())
        if base == "acronym":
            return said
        return {lang: said}  # an alias is one name in a language, as a name is
    if base in ("capacity", "jobs", "investment"):
        figures.prepare()
        fold_text = folded(text)
        found = [f for f in figures.figures_in(text, fold_text, start, end) if f.field == base]
        if not found and base == "investment":
            found = figures.sums_in(text, fold_text, start, end)
        return found[0].value if found else None
    if base == "dates" and key:
        from .when import dates_in

        dates = dates_in(text, folded(text), start, end, published)
        return dates[0].value if dates else None
    if base == "events":
        return None  # an event's type is the analyst's reading of the words
    if base == "location":
        return _location(text, start, end)
    if base in ("countries", "country"):
        codes = list(dict.fromkeys(m.country for m in places.countries_in(folded(words))))
        if not codes:
            return None
        return codes[0] if base == "country" else sorted(codes)
    if base == "status":
        return _status(kind, field, words)
    if base in _REFERENCES:
        return _reference(base, words, known)
    return None


def _status(kind: str, field: str, words: str) -> str | None:
    """The status the words' cue says: the reader's cues first (the longest said), then
    the ones an analyst's quote is read by elsewhere (``quote_values``)."""
    said = folded(words)
    cues = [
        (match.end() - match.start(), status)
        for pattern, cue_kind, status, _ in STATUS_CUES
        if cue_kind == kind and (match := rx.search(pattern, said)) is not None
    ]
    if cues:
        return max(cues)[1]
    subject = KINDS[kind][0] + "proposed"
    try:
        cue = propose_from_quote(subject, field, words)
        return str(read_quote(subject, field, cue)) if cue else None
    except ClaimValueError:
        return None


def _location(text: str, start: int, end: int) -> dict[str, Any] | None:
    """The place the words name: of the gazetteer or a subdivision first, then a town of
    a country the article names (the longest name said)."""
    places.prepare()
    fold_text = folded(text)
    said = [m.country for m in places.countries_in(fold_text)]
    inside = [
        m for m in places.places_in(fold_text, said, text) if start <= m.start and m.end <= end
    ]
    if inside:
        mention = max(inside, key=lambda m: m.end - m.start)
        place = mention.place
        locality = place.locality or _town_beside(text, start, end, mention.start, mention.end)
        return {"country": place.country, "region": place.region, "locality": locality}
    words = fold(text[start:end]).strip()
    for country in dict.fromkeys(said):
        town = cities.towns(country).get(words)
        if town is not None:
            return {"country": town.country, "region": None, "locality": town.name}
    return None


# Words of a place's kind, said with a capital beside its name, which name no town.
_PLACE_KIND = re.compile(
    r"(?:Province|Region|Région|Region|District|County|State|État|Etat|Governorate|Gouvernorat|"
    r"Wilaya|Zone|Prefecture|Préfecture|Department|Département|Oblast|Municipality|City)$"
)
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ -][A-ZÀ-ÖØ-Þ][\w'’-]*)*")


def _town_beside(text: str, start: int, end: int, a: int, b: int) -> str | None:
    """The town the selection names beside its region ("Doryumu, Greater Accra", "Moamba,
    in Maputo province"): the first name said with a capital outside the region's words,
    which is no country and no kind of place. The analyst checks it, as every value."""
    countries = places.country_names()
    for match in _CAPITALISED.finditer(text, start, end):
        x, y = match.span()
        if a < y and x < b:
            continue
        said = match.group()
        if _PLACE_KIND.match(said) or fold(said) in countries:
            continue
        if x == start or text[x - 1] in " ,(" or text[x - 2 : x] in ("d'", "d’"):
            return said
    return None


def _sectors_said(words: str) -> list[tuple[str, str]]:
    """The sectors of the lexicon the words say (French and English name), the one said
    at most length first."""
    lexicon = folded(words)
    found: list[tuple[int, str, str]] = []
    for sector in SECTORS:
        spans = [m.end() - m.start() for p in sector.patterns for m in rx.finditer(p, lexicon)]
        if spans:
            found.append((max(spans), sector.fr, sector.en))
    found.sort(key=lambda said: -said[0])
    return [(fr, en) for _, fr, en in found]


def _reference(base: str, words: str, known: Sequence[Known]) -> dict[str, Any] | str | None:
    """The record the words name, by the longest of its names they say."""
    kinds = _REFERENCES[base]
    said = fold(words)
    if base == "sectors":
        longest = _sectors_said(words)
        for names in longest:
            for record in known:
                if record.kind == "sectors" and any(
                    fold(n) == fold(name) for n in record.names for name in names
                ):
                    return {"sector": record.ref, "primary": False}
        if longest:
            return None  # a sector no record of the review or the database is
    best: tuple[int, Known] | None = None
    for record in known:
        if record.kind not in kinds:
            continue
        for name in record.names:
            folded_name = fold(name).strip()
            if (
                len(folded_name) >= 2
                and (best is None or len(folded_name) > best[0])
                and folded_name in said  # before the pattern: a database has many names
                and re.search(rf"\b{re.escape(folded_name)}\b", said)
            ):
                best = (len(folded_name), record)
    if best is None:
        return None
    record = best[1]
    if base == "parties":
        side = "person" if record.kind == "people" else "org"
        return {side: record.ref, "role": "partner"}
    if base == "sectors":
        return {"sector": record.ref, "primary": False}
    if base in ("projects", "agreements"):
        return record.ref
    return record.ref
