"""Which record a name the article gives is: one the database holds (by its names, aliases
and the names its claims give), one named earlier in the article, or a new one. rapidfuzz
scores the names' content words, country adjectives and small words aside."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..models import display_name
from ..text import fold
from . import rx

_SMALL = {
    "de",
    "la",
    "le",
    "les",
    "l",
    "d",
    "des",
    "du",
    "et",
    "en",
    "of",
    "the",
    "and",
    "a",
    "pour",
    "for",
    "un",
    "une",
    "entre",
    "between",
}
_COUNTRY_ADJ = re.compile(
    r"^(?:algerien\w*|russe\w*|russian|algerian|turc\w*|turkish|chinois\w*|chinese|italien\w*|italian|egyptien\w*|egyptian|indien\w*|indian|national\w*)$"
)
THRESHOLD = 88.0
# Abbreviations the press uses for a record's noun: "Akkuyu NPP" is the Akkuyu nuclear
# power plant; "Iran Khodro Co." is Iran Khodro Company, "Kelvar Corp." Kelvar Corporation.
_ABBREVIATIONS = {
    "npp": "nuclear power plant",
    "aes": "nuclear power plant",
    "co": "company",
    "corp": "corporation",
}


@lru_cache(maxsize=4096)
def content(name: str) -> str:
    words = rx.findall(r"[\w-]+", fold(name).replace("'", " "))
    words = [_ABBREVIATIONS.get(w, w) for w in words]
    return " ".join(w for w in words if w not in _SMALL and not _COUNTRY_ADJ.match(w))


# The words of an agreement's kind: a title said by them alone ("Memorandum of
# understanding", "Protocole d'accord", "Accord-cadre") names no one agreement (folded)
_AGREEMENT_KIND = frozenset(
    {"memorandum", "understanding", "mou", "agreement", "agreements", "accord", "accords"}
    | {"convention", "conventions", "contract", "contracts", "contrat", "contrats", "deal"}
    | {"protocole", "protocol", "entente", "partenariat", "partnership", "cadre", "framework"}
    | {"accord-cadre", "cooperation", "investment", "investissement", "strategique", "strategic"}
)


def score(a: str, b: str) -> float:
    from rapidfuzz import fuzz  # the bilat[extract] extra: loaded on first use

    left, right = content(a), content(b)
    if not left or not right:
        return 0.0
    if left == right:
        return 100.0
    shorter = min(left, right, key=len)
    if len(shorter.split()) < 2:
        return float(fuzz.ratio(left, right))
    if _one_word_swapped(left, right):
        return min(fuzz.token_sort_ratio(left, right), THRESHOLD - 1.0)
    return float(max(fuzz.token_set_ratio(left, right) - 2, fuzz.token_sort_ratio(left, right)))


def _one_word_swapped(left: str, right: str) -> bool:
    """The same words but one, and that one unlike the other ("Cooper Tire & Rubber Company",
    "Goodyear Tire & Rubber Company"): two companies of one trade, not one spelt twice."""
    from rapidfuzz import fuzz

    a, b = left.split(), right.split()
    only_a = [w for w in a if w not in b]
    only_b = [w for w in b if w not in a]
    if not (len(a) == len(b) and len(only_a) == len(only_b) == 1):
        return False
    return fuzz.ratio(only_a[0], only_b[0]) < 70


def names_of(record: Any, claims: list[Any]) -> list[str]:
    """Every name a record goes by: its names in each language, its aliases, and the names
    its claims give it."""
    names: list[str] = []
    for attr in ("name", "title"):
        value = getattr(record, attr, None)
        if isinstance(value, dict):
            names.extend(text for text in value.values() if text)
    for alias in getattr(record, "aliases", []) or []:
        names.extend(text for text in alias.values() if text)
    acronym = getattr(record, "acronym", None)
    if acronym:
        names.append(acronym)
    for claim in claims:
        if claim.field.split(".")[0] in ("name", "title") and isinstance(claim.value, dict):
            names.extend(text for text in claim.value.values() if isinstance(text, str))
    return names or [display_name(getattr(record, "name", None))]


def best(name: str, candidates: list[tuple[str, list[str]]]) -> tuple[str, float] | None:
    """The candidate (id, names) whose name is nearest ``name``, if near enough. A title
    said by an agreement's kind alone ("Memorandum of understanding") is the database's
    record of that whole spelling only, no longer title that opens with it: the kind names
    no one agreement of those already held."""
    kind_only = set(content(name).split()) <= _AGREEMENT_KIND
    found: tuple[str, float] | None = None
    for ident, names in candidates:
        top = max(
            (
                (100.0 if content(name) == content(other) else 0.0)
                if kind_only
                else score(name, other)
                for other in names
            ),
            default=0.0,
        )
        if top >= THRESHOLD and (found is None or top > found[1]):
            found = (ident, top)
    return found
