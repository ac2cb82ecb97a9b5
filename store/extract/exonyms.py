"""The names the English and French press give subdivisions that ISO 3166-2 writes in the
country's own language: the French names of pycountry's own translation catalogue
("Sulawesi du Sud-Est", "Java-Ouest"), and the English names a compass word makes of a
local one ("Sulawesi Tenggara" is "Southeast Sulawesi", "Nord-Kivu" is "North Kivu").
Derived from the words alone, offline; no list of particular places."""

from __future__ import annotations

import gettext
from functools import lru_cache
from typing import Any

# Compass words said after the name they qualify (Indonesian and Malay: "Jawa Barat").
_AFTER = {
    "Barat Daya": "Southwest",
    "Barat Laut": "Northwest",
    "Timur Laut": "Northeast",
    "Tenggara": "Southeast",
    "Utara": "North",
    "Selatan": "South",
    "Timur": "East",
    "Barat": "West",
    "Tengah": "Central",
}
# French compass words, joined by a hyphen before or after the name ("Nord-Kivu",
# "Sulawesi-Sud", "Mayo-Kebbi-Ouest"), or after "du" ("Sulawesi du Sud-Est").
_FRENCH = {
    "Nord-Ouest": "Northwest",
    "Nord-Est": "Northeast",
    "Sud-Ouest": "Southwest",
    "Sud-Est": "Southeast",
    "Nord": "North",
    "Sud": "South",
    "Est": "East",
    "Ouest": "West",
    "Centre": "Central",
}
# "Southeast" is written three ways in English.
_JOINED = {
    "Southeast": ("South-East", "South East"),
    "Southwest": ("South-West", "South West"),
    "Northeast": ("North-East", "North East"),
    "Northwest": ("North-West", "North West"),
}


@lru_cache(maxsize=1)
def _french() -> gettext.NullTranslations:
    import pycountry  # the bilat[extract] extra: loaded on first use

    locales: Any = pycountry.LOCALES_DIR
    return gettext.translation("iso3166-2", str(locales), languages=["fr"])


def _english(compass: str, base: str) -> list[str]:
    """ "Southeast" and "Sulawesi": "Southeast Sulawesi", "South-East Sulawesi", …"""
    return [f"{word} {base}" for word in (compass, *_JOINED.get(compass, ()))]


def _compass_split(name: str) -> tuple[str, str] | None:
    """The English compass word and the base of a local or French name, if it has one
    (a base that is itself a compass word, "Centre-Est", makes no English name)."""
    split = _split(name)
    if split and split[1] in (*_FRENCH, *_AFTER, "Central", "Center"):
        return None
    return split


def _split(name: str) -> tuple[str, str] | None:
    for word, english in _AFTER.items():
        if name.endswith(" " + word) and len(name) > len(word) + 3:
            return english, name[: -len(word) - 1]
    for word, english in _FRENCH.items():
        if name.endswith(" du " + word):
            return english, name[: -len(word) - 4]
        if name.endswith("-" + word) and len(name) > len(word) + 3:
            return english, name[: -len(word) - 1]
        if name.startswith(word + "-") and len(name) > len(word) + 3:
            return english, name[len(word) + 1 :]
    return None


def exonyms(name: str) -> list[str]:
    """The French and English names of a subdivision called ``name`` by ISO 3166-2, other
    than ``name`` itself."""
    found: list[str] = []
    french = _french().gettext(name)
    if french != name:
        found.append(french)
    for said in (name, french):
        split = _compass_split(said)
        if split:
            found += _english(*split)
    return [f for f in dict.fromkeys(found) if f != name]
