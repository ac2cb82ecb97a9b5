"""What a quote says of a field: the value a claim records, read from its words.

When an analyst selects the words of a source that back a field, the value the claim
stores must be the one *those words* state — "7 500 emplois au total", "il y a quelques
mois", "la première pierre a été posée" — not the record's current value, or a second
source could only ever agree. ``propose`` reads the quote for the field's type and
gives the value as text the analyst can edit (the syntax the forms read), and
``read`` turns that text into the claim's typed value. Nothing here guesses beyond
the words: a quote with no figure proposes no figure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import msgspec

from .claim_values import ClaimTarget, ClaimValueError, target, typed
from .dates import is_relative, parse_date
from .errors import BilatError
from .quantities import parse_quantity
from .text import fold

_TOKEN = re.compile(r"\S+")
_LONGEST_SPAN = 6
_NUMBER_WORDS = {"un": "1", "une": "1", "deux": "2", "trois": "3", "one": "1", "two": "2"}
_VAGUE_START = ("des", "milliers", "centaines", "dizaines", "thousands", "hundreds", "dozens")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d|21\d\d)\b")
_DATE_WORD = re.compile(
    r"\d|janv|fevr|mars|avril|mai|juin|juil|aout|sept|octo|nove|dece|jan|feb|mar|apr|may|jun|"
    r"jul|aug|sep|oct|nov|dec|fin|debut|mi|end|early|mid|late|q[1-4]|t[1-4]|h[12]|s[12]"
)

# Words that say where a project or an agreement stands, and the status they mean: the
# first cue found in the quote (longest first) proposes the status.
STATUS_CUES: dict[str, tuple[tuple[str, str], ...]] = {
    "projects": (
        ("premiere pierre", "construction"),
        ("first stone", "construction"),
        ("en construction", "construction"),
        ("under construction", "construction"),
        ("travaux", "construction"),
        ("entrera en production", "construction"),
        ("entrera en fonction", "construction"),
        ("mise en service", "commissioning"),
        ("commissioning", "commissioning"),
        ("en production", "operating"),
        ("en service", "operating"),
        ("operational", "operating"),
        ("approuve", "approved"),
        ("approved", "approved"),
        ("suspendu", "suspended"),
        ("suspended", "suspended"),
        ("annule", "cancelled"),
        ("cancelled", "cancelled"),
        ("annonce", "announced"),
        ("announced", "announced"),
    ),
    "agreements": (
        ("en cours de finalisation", "finalising"),
        ("stade de la finalisation", "finalising"),
        ("being finalised", "finalising"),
        ("projet de memorandum", "draft"),
        ("draft", "draft"),
        ("en negociation", "under_negotiation"),
        ("under negotiation", "under_negotiation"),
        ("entre en vigueur", "in_force"),
        ("in force", "in_force"),
        ("signe", "signed"),
        ("signed", "signed"),
        ("approuve", "approved"),
        ("approved", "approved"),
        ("sera etabli", "proposed"),
        ("propose", "proposed"),
        ("proposed", "proposed"),
    ),
}
_ABOUT = re.compile(r"\bestime|\benviron\b|\bpres de\b|\babout\b|\baround\b|\bapprox|\bsome\b")
_ELIDED = re.compile(r"^[dl][’']")  # d’un million, l’ensemble
_SCALES = frozenset({"million", "millions", "milliard", "milliards", "mille", "billion"})
_KNOWN_UNITS = frozenset({"t", "jobs", "USD", "EUR", "DZD", "RUB", "GW", "MW", ""})
_ANNUAL = re.compile(r"\bannuel|\bpar an\b|\bper year\b|\ba year\b|\bannual|/an\b|/yr\b")
_JOB_WORDS = re.compile(r"\s+(?:directs?|indirects?|direct|indirect|au total|en tout)\b", re.I)
_JOB_TYPES = (
    ("indirect", "indirect"),
    ("direct", "direct"),
    ("au total", "total"),
    ("in total", "total"),
    ("en tout", "total"),
    ("ensemble", "total"),
)


def propose(subject: str, field: str, quote: str, current: Any = None) -> str:
    """The value ``quote`` states for ``field`` of record ``subject``, as text to edit:
    for a figure, a date or a status only what the words state ('' if they state none);
    for a name or a text, the record's ``current`` value, to edit down to the quote's."""
    claimed = target(subject, field)
    kind = "date" if claimed.spec.type == "dates" and claimed.key is not None else claimed.spec.type
    reader = _PROPOSERS.get(kind)
    if reader is not None:  # a figure, a date, a status: only what the words state
        return reader(claimed, quote) or ""
    return _as_text(current)


def read(subject: str, field: str, text: str, item: Any = None) -> Any:
    """The claim's value (JSON, typed as the field) that ``text`` gives; for a list
    field, ``item`` is the item it speaks of (its other parts are kept). ClaimValueError
    naming what is wrong."""
    claimed = target(subject, field)
    kind = "date" if claimed.spec.type == "dates" and claimed.key is not None else claimed.spec.type
    text = text.strip()
    if not text:
        raise ClaimValueError("value", "is empty: give the value the quote states")
    try:
        value: Any
        if kind in ("date", "dates"):
            value = parse_date(text)
        elif kind == "jobs":
            job_type = _job_type(text) or getattr(item, "job_type", None) or "total"
            value = parse_quantity(_without_job_words(text), job_type=job_type)
        elif kind == "quantities":
            value = parse_quantity(text)
        elif kind == "countries":
            value = [code.strip().upper() for code in re.split(r"[,;\s]+", text) if code.strip()]
        else:
            value = _read_plain(claimed, text, item)
    except BilatError as exc:
        raise ClaimValueError("value", str(exc)) from None
    built = msgspec.to_builtins(value)
    typed(claimed, built)  # the field's own checks: a status of its vocabulary…
    return built


def _read_plain(claimed: ClaimTarget, text: str, item: Any) -> Any:
    spec = claimed.spec
    if spec.type == "local_text" and claimed.key is None:
        return {"fr": text} if item is None else {str(item): text}
    if spec.type == "choice" and spec.vocabulary is not None:
        wanted = fold(text).replace(" ", "_")
        for value in spec.vocabulary.values:
            if value == wanted or fold(spec.vocabulary.label(value)) == fold(text):
                return value
        raise ClaimValueError(
            "value",
            f"{text!r} is not a {spec.vocabulary.name}: one of {', '.join(spec.vocabulary.values)}",
        )
    if spec.type in ("text", "long_text") or claimed.key is not None:
        return text
    # Structured items (parties, components, sector refs…): as JSON.
    try:
        return msgspec.json.decode(text)
    except msgspec.DecodeError:
        raise ClaimValueError(
            "value", f"give the {spec.label.lower()} as JSON, like the record holds it"
        ) from None


# -- reading a quote ------------------------------------------------------------------


def _spans(quote: str) -> Iterator[tuple[int, str]]:
    """Every run of up to a few words of ``quote``, longest first at each start."""
    words = [match.group() for match in _TOKEN.finditer(quote)]
    for start in range(len(words)):
        for size in range(min(_LONGEST_SPAN, len(words) - start), 0, -1):
            yield start, " ".join(words[start : start + size])


def _figure(quote: str) -> str | None:
    """The first figure of ``quote`` with its unit: at the first place a figure starts,
    the longest run of words that reads as one with a unit bilat knows (or none)."""
    found: dict[int, list[str]] = {}
    for start, span in _spans(quote):
        if found and start not in found:
            break  # the first figure's runs are all read
        words = span.split()
        first = _ELIDED.sub("", fold(words[0]).strip("(«\"'"))
        spoken_number = first in _NUMBER_WORDS and len(words) > 1 and fold(words[1]) in _SCALES
        if not (first[:1].isdigit() or spoken_number or first in _VAGUE_START):
            continue
        lead = _NUMBER_WORDS[first] if spoken_number else _ELIDED.sub("", words[0])
        spoken = " ".join([lead, *words[1:]])
        candidate = spoken.rstrip(".,;:)»\"'")
        try:
            unit = parse_quantity(_without_job_words(candidate)).unit
        except BilatError:
            continue
        if unit is None or unit.removesuffix("/yr") in _KNOWN_UNITS:
            found.setdefault(start, []).append(candidate)
    if not found:
        return None
    best = max(next(iter(found.values())), key=len)
    if _ANNUAL.search(fold(quote)) and not _ANNUAL.search(fold(best)):
        best += " par an"  # "capacité de production annuelle … un million de tonnes"
    if _ABOUT.search(fold(quote)) and best[:1].isdigit():
        best = "~" + best  # "estimée à", "environ", "près de": not an exact figure
    return best


def _without_job_words(text: str) -> str:
    """``5000 emplois directs`` → ``5000 emplois``: the job type is read apart."""
    return _JOB_WORDS.sub("", text).strip()


def _propose_figure(claimed: ClaimTarget, quote: str) -> str | None:
    return _figure(quote)


def _job_type(text: str) -> str | None:
    folded = fold(text)
    return next((job for cue, job in _JOB_TYPES if cue in folded), None)


def _propose_date(claimed: ClaimTarget, quote: str) -> str | None:
    best: str | None = None
    for _, span in _spans(quote):
        candidate = span.strip(".,;:()«»\"'")
        folded = fold(candidate)
        if not (is_relative(candidate) or _DATE_WORD.search(folded)):
            continue
        if folded.isdigit() and not _YEAR.fullmatch(folded):
            continue
        try:
            parse_date(candidate)
        except BilatError:
            continue
        if best is None or len(candidate) > len(best):
            best = candidate
    return best


def _propose_status(claimed: ClaimTarget, quote: str) -> str | None:
    folded = fold(quote)
    cues = STATUS_CUES.get(_kind_of(claimed), ())
    vocabulary = claimed.spec.vocabulary
    for cue, status in sorted(cues, key=lambda pair: -len(pair[0])):
        if cue in folded and (vocabulary is None or status in vocabulary.values):
            return status
    return None


def _kind_of(claimed: ClaimTarget) -> str:
    return (
        "agreements"
        if claimed.spec.vocabulary and "signed" in claimed.spec.vocabulary.values
        else "projects"
    )


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    built = msgspec.to_builtins(value)
    if isinstance(built, dict) and "raw" in built and built["raw"]:
        return str(built["raw"])
    if isinstance(built, list) and all(isinstance(item, str) for item in built):
        return ", ".join(built)
    return msgspec.json.encode(built).decode()


_PROPOSERS: dict[str, Callable[[ClaimTarget, str], str | None]] = {
    "date": _propose_date,
    "jobs": _propose_figure,
    "quantities": _propose_figure,
    "choice": _propose_status,
}
