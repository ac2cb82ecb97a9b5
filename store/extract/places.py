"""Places the press names: the subdivisions of Algeria and Russia from ISO 3166-2
(pycountry), and the cities and industrial sites of ``gazetteer.json``, each with the
spellings the press uses ("Aïn Témouchent", "Ain Temouchent", "Témouchent")."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from .lexicon import COMBINING_FORMS, COUNTRY_WORDS
from .segment import folded

ISO_COUNTRIES = ("DZ", "RU")


@dataclass(frozen=True)
class Place:
    country: str
    region: str | None
    locality: str | None


@dataclass(frozen=True)
class PlaceMention:
    place: Place
    start: int
    end: int


@lru_cache(maxsize=1)
def _names() -> dict[str, Place]:
    import pycountry  # the bilat[extract] extra: loaded on first use

    names: dict[str, Place] = {}
    for country in ISO_COUNTRIES:
        subdivisions: Any = pycountry.subdivisions  # pycountry's lookups are untyped
        for sub in subdivisions.get(country_code=country) or []:
            name = str(sub.name).split(",")[0].strip()
            names[folded(name)] = Place(country, name, None)
    data = json.loads(resources.files(__package__).joinpath("gazetteer.json").read_text("utf-8"))
    for entry in data["places"]:
        region = entry.get("region")
        locality = entry.get("locality")
        place = Place(entry["country"], region, locality)
        for name in [locality or region, *entry.get("variants", [])]:
            if name:
                names[folded(name)] = place
    return names


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    words = sorted(_names(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in words) + r")(?![\w])")


def places_in(fold: str) -> list[PlaceMention]:
    """Every place named in the folded text, longest spelling first where two overlap."""
    names = _names()
    return [
        PlaceMention(names[m.group(1)], m.start(1), m.end(1)) for m in _pattern().finditer(fold)
    ]


@dataclass(frozen=True)
class CountryMention:
    country: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _country_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    words = {word: code for code, names in COUNTRY_WORDS.items() for word in names}
    words.update({f"{form}-": code for form, code in COMBINING_FORMS.items()})
    alternatives = sorted(words, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![\w])(" + "|".join(re.escape(w) for w in alternatives) + r")(?:(?<=-)|(?=-|[^\w]|$))"
    )
    return pattern, words


def countries_in(fold: str) -> list[CountryMention]:
    """Every country named in the folded text, by its name, its adjective or its capital;
    "russo-algérien" names both."""
    pattern, words = _country_pattern()
    found = []
    for match in pattern.finditer(fold):
        word = match.group(1)
        code = words.get(word) or words.get(word + "-")
        if code:
            found.append(CountryMention(code, match.start(1), match.end(1)))
    return found
