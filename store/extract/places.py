"""Places the press names: the ISO 3166-2 subdivisions (pycountry) of Algeria, Russia and
every country the article names, the cities and industrial sites of ``gazetteer.json``,
each with the spellings the press uses ("Aïn Témouchent", "Ain Temouchent", "Témouchent";
"Al Wadi al Jadid", "New Valley", "Nouvelle-Vallée"), and, with less confidence, a
capitalised name the words around it say is a place ("à Abu Tartour", "in Chongwe")."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from . import rx
from .cities import PLANT_OF_TOWN, world_town_country
from .exonyms import exonyms
from .lexicon import COMBINING_FORMS, COUNTRY_WORDS
from .segment import folded

ISO_COUNTRIES = ("DZ", "RU")

# English and French names of subdivisions whose ISO 3166-2 name is the local one.
EXONYMS: dict[str, tuple[str, ...]] = {
    "EG-WAD": ("New Valley", "Nouvelle-Vallée", "Wadi al-Jadid"),
    # Iraq's Kurdistan Region, as the press says it (Iran's province is "Kordestan")
    "IQ-KR": ("Kurdistan", "Kurdistan Region", "Iraqi Kurdistan", "Kurdistan irakien"),
    "IQ-AR": ("Erbil", "Irbil", "Arbil"),
    "EG-BA": ("Red Sea", "Mer Rouge"),
    "EG-IS": ("Ismailia", "Ismaïlia"),
    "EG-PTS": ("Port Said", "Port-Saïd"),
    "EG-C": ("Cairo", "Le Caire"),
    "EG-GZ": ("Giza", "Gizeh"),
    "EG-ALX": ("Alexandria", "Alexandrie"),
    "EG-JS": ("South Sinai", "Sud-Sinaï"),
    "EG-SIN": ("North Sinai", "Nord-Sinaï"),
    "EG-MT": ("Matrouh", "Marsa Matrouh"),
    "EG-ASN": ("Aswan", "Assouan"),
    "EG-LX": ("Luxor", "Louxor"),
    "EG-SHR": ("Sharqia", "Charqiya"),
    "EG-DK": ("Dakahlia",),
    "EG-BH": ("Beheira",),
    "EG-KB": ("Qalyubia",),
    "EG-MNF": ("Menoufia", "Monufia"),
    "EG-GH": ("Gharbia",),
    "EG-FYM": ("Fayoum", "Faiyum"),
    "EG-BNS": ("Beni Suef",),
    "EG-MN": ("Minya",),
    "EG-AST": ("Assiut", "Asyut"),
    "EG-SHG": ("Sohag",),
    "EG-KN": ("Qena",),
    "EG-DT": ("Damietta", "Damiette"),
    "EG-KFS": ("Kafr El Sheikh",),
    "ET-AA": ("Addis-Abeba", "Addis Abeba"),
    "ET-AM": ("Amhara",),
    "ET-TI": ("Tigray",),
    "ET-HA": ("Harari", "Harar"),
    "ET-BE": ("Benishangul-Gumuz",),
    "ET-GA": ("Gambella",),
    "ET-SN": ("SNNPR",),
    "CN-NM": ("Inner Mongolia", "Mongolie-Intérieure"),
    "CN-XZ": ("Tibet",),
    "CN-BJ": ("Pékin", "Peking"),
    "MA-TNG": ("Tanger", "Tangier"),
    "MA-MAR": ("Marrakesh",),
    "MA-FES": ("Fès", "Fez"),
    "SA-01": ("Riyadh", "Riyad"),
    "SA-02": ("Mecca", "La Mecque"),
    "SA-04": ("Eastern Province",),
    "UZ-FA": ("Fergana", "Ferghana"),
    "UZ-SA": ("Samarkand", "Samarcande"),
    "UZ-BU": ("Bukhara", "Boukhara"),
    "UZ-TK": ("Tashkent", "Tachkent"),
    "UZ-AN": ("Andijan",),
    "UZ-XO": ("Khorezm",),
    "UZ-QR": ("Karakalpakstan",),
}

# Subdivisions named by a common word ("Central", "Western", "Nord"): never read as one.
_GENERIC = frozenset(
    [
        "central",
        "centre",
        "center",
        "eastern",
        "western",
        "northern",
        "southern",
        "north",
        "south",
        "east",
        "west",
        "nord",
        "sud",
        "est",
        "ouest",
        "north-western",
        "north-west",
        "capital",
        "somali",
    ]
)
# Subdivisions that are one city ("Dire Dawa", "Addis Ababa"): the city is the locality too.
_CITY_TYPES = frozenset(
    {
        "Administration",
        "Municipality",
        "City",
        "Capital city",
        "Capital district",
        "Autonomous city",
        "Autonomous district",
    }
)
# What ISO 3166-2 appends to a name that the press leaves off ("Jiangsu Sheng").
# so does the local word for a region ("Zhambyl oblysy": "Zhambyl region", "Zhambyl oblast").
_SUFFIX = re.compile(
    r"\s+(?:Shi|Sheng|Zizhiqu|SAR|\(EH[\w-]*\)|oblysy|oblast'?|voblasć|viloyati|okrug|kraj|kray)$"
)


# "le parc industriel (PI) de X", "la zone économique spéciale (ZES) de X": the initials a
# zone's words are shortened to, in brackets before its town, are an aside (folded text)
_ZONE_INITIALS = r"(?: \([a-z]{2,5}\))?"

# The words before a town: "à", "in", "at" (a region takes "en", "dans la", "in the"), a
# zone or a park "de" ("zone franche d'Antananarivo").
_AT_TOWN = re.compile(
    rf"(?:(?:^|[\s,(])(?:a|in|at)|\b(?:zone|parc|park) [\w ]{{4,25}}{_ZONE_INITIALS} (?:de|du))\s$"
    rf"|\bzone [\w ]{{4,25}}{_ZONE_INITIALS} d'$"
    # "the industrial zone of Shumen", "a factory near Shumen", "près de Plovdiv": a zone
    # of a town, a plant near one (a region is said "in", never "near")
    r"|\b(?:zone|park|estate) of $|(?:^|[\s,(])(?:near|outside|pres de|non loin de) $"
    # "on the outskirts of Kisumu", "dans la banlieue de Douala": the town it lies by
    r"|\b(?:outskirts|suburbs) of $|\b(?:banlieue|peripherie|abords) (?:de |d')$"
    # "the International Advanced Manufacturing Park, Sunderland": a park's town after it
    r"|\b(?:zone|park|estate), $"
    # "la câblerie de Béja", "the refinery at Ruwais": a plant is named after its town
    rf"|{PLANT_OF_TOWN}"
    # "the eastern Kenyan town of Machakos", "la ville de Thiès"
    r"|\b(?:town|city|village|municipality|ville|commune|localite) (?:of|de|d') ?$"
    # "l'atoll de Hao", "the atoll of Hao": an atoll is a place of its own
    r"|\b(?:atoll) (?:of|de|d') ?$"
    # "la capitale mauricienne, Port Louis", "the Mauritian capital, X": the capital town,
    # not the district that bears its name
    r"|\bcapitale? (?!of\b|de\b|du\b|d')[a-z]+,? $|\b(?:the|its)(?: [a-z]+)? capital,? $"
)


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
    return _alternatives(_names())


def _alternatives(names: dict[str, Place]) -> re.Pattern[str]:
    words = sorted(names, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in words) + r")(?![\w])")


def _spellings(name: str) -> list[str]:
    """ "Al Wādī al Jadīd" is also "Wadi al Jadid" and "Al-Wadi al-Jadid"."""
    name = _SUFFIX.sub("", name.split(",")[0].strip())
    # "Mayo-Kebbi-Ouest" is also written "Mayo Kebbi Ouest"; "Le Kef" is "du Kef", "au Kef"
    found = [name, *([name.replace("-", " ")] if "-" in name else [])]
    found += (
        [rx.sub(r"^(?:Le|La|Les) ", "", name)] if rx.match(r"(?:Le|La|Les) \w{3}", name) else []
    )
    article = rx.match(r"(?:Al|As|Ash|Ad|An|Ar|At|Az|El) ", name)
    if article:
        rest = name[article.end() :]
        found += [
            rest,
            name.replace(" al ", " al-").replace(article.group(), article.group()[:-1] + "-", 1),
        ]
    return found


@cache  # every country read is kept: see cities.towns
def _subdivisions(country: str) -> tuple[dict[str, Place], re.Pattern[str] | None]:
    """A country's ISO 3166-2 subdivisions by every spelling, read when an article names it."""
    names, _ = _all_subdivisions(country)
    return names, (_alternatives(names) if names else None)


@cache  # every country read is kept: see cities.towns
def _generic_subdivisions(country: str) -> tuple[dict[str, Place], re.Pattern[str] | None]:
    """A country's subdivisions named by a common word ("Southern", "Sud"), read only where
    a word for a region is said with them: "région du Sud", "the Southern Province"."""
    _, generic = _all_subdivisions(country)
    if not generic:
        return generic, None
    words = "|".join(re.escape(w) for w in sorted(generic, key=len, reverse=True))
    return generic, re.compile(
        rf"\b(?:region|province|departement|department|state|etat) (?:du |de la |de l'|des |"
        rf"d'|de |of (?:the )?)?({words})(?![\w-])|\b({words}) (?:province|region|state)\b"
    )


# "in American Samoa", "in Guam": an outlying area ISO 3166-2 lists under the United States
# is a country of ISO 3166-1's own (AS, GU, PR), the place's country
_OWN_COUNTRY_TYPES = frozenset({"Outlying area"})


def _all_subdivisions(country: str) -> tuple[dict[str, Place], dict[str, Place]]:
    import pycountry  # the bilat[extract] extra: loaded on first use

    subdivisions: Any = pycountry.subdivisions  # pycountry's lookups are untyped
    names: dict[str, Place] = {}
    generic: dict[str, Place] = {}
    for sub in subdivisions.get(country_code=country) or []:
        if str(sub.type) in _OWN_COUNTRY_TYPES:
            continue
        spellings = _spellings(str(sub.name))
        extra = (*EXONYMS.get(str(sub.code), ()), *exonyms(str(sub.name)))
        city = str(sub.type) in _CITY_TYPES
        for spelling in (*spellings, *extra):
            key = folded(spelling)
            # the press's own name as it says it: "Nouvelle-Vallée", not "Al Wādī al Jadīd"
            shown = spelling if spelling in extra else spellings[0]
            place = Place(country, shown, shown if city else None)
            if key in _GENERIC:
                generic.setdefault(key, place)
            elif len(key) >= 4 or (len(key) == 3 and rx.match(r"(?:Le|La|Les) ", spellings[0])):
                names.setdefault(key, place)
    return names, generic


def prepare() -> None:
    """Read what any article's places may need, once, at the reader's first use."""
    _world_subdivisions()
    _world_states()
    _country_pattern()


@lru_cache(maxsize=1)
def _world_subdivisions() -> dict[str, frozenset[str]]:
    """Every ISO 3166-2 subdivision of the world by each of its spellings, folded: the
    countries of a subdivision bearing that name."""
    import pycountry  # the bilat[extract] extra: loaded on first use

    subdivisions: Any = pycountry.subdivisions  # pycountry's lookups are untyped
    found: dict[str, set[str]] = {}
    for sub in subdivisions:
        if str(sub.type) in _OWN_COUNTRY_TYPES:
            continue
        extra = (*EXONYMS.get(str(sub.code), ()), *exonyms(str(sub.name)))
        for spelling in (*_spellings(str(sub.name)), *extra):
            key = folded(spelling)
            if key not in _GENERIC and len(key) >= 3:
                found.setdefault(key, set()).add(str(sub.country_code))
    return {key: frozenset(countries) for key, countries in found.items()}


@lru_cache(maxsize=1)
def _world_states() -> dict[str, frozenset[str]]:
    """The subdivisions of the world ISO 3166-2 calls states ("Andhra Pradesh", "Lagos",
    "Selangor"), by their spellings, folded: the countries of a state bearing that name."""
    import pycountry  # the bilat[extract] extra: loaded on first use

    subdivisions: Any = pycountry.subdivisions  # pycountry's lookups are untyped
    found: dict[str, set[str]] = {}
    for sub in subdivisions:
        if str(sub.type) != "State":
            continue
        for spelling in _spellings(str(sub.name)):
            key = folded(spelling)
            if key not in _GENERIC and len(key) >= 3:
                found.setdefault(key, set()).add(str(sub.country_code))
    return {key: frozenset(countries) for key, countries in found.items()}


def world_state_country(name: str) -> str | None:
    """The country of the one state of the world named ``name`` ("Andhra Pradesh": India),
    a region wider than any town of its name."""
    countries = _world_states().get(folded(name.strip()))
    return next(iter(countries)) if countries and len(countries) == 1 else None


def world_subdivision_countries(name: str) -> frozenset[str]:
    """The countries that have a subdivision named ``name`` ("Santa Catarina": Brazil's
    state, Cape Verde's island)."""
    return _world_subdivisions().get(folded(name.strip())) or frozenset()


def world_subdivision_country(name: str) -> str | None:
    """The country of the one subdivision of the world named ``name`` ("Le Kef", "Kef":
    Tunisia; "Zhambyl": Kazakhstan), for a place of a country the article does not name."""
    countries = _world_subdivisions().get(folded(name.strip()))
    return next(iter(countries)) if countries and len(countries) == 1 else None


# The words for a kind of region said after its name ("Maan Governorate", "Hasya district"),
# folded; a county's name is said whole ("Jackson County"), no region's
REGION_KINDS = ("governorate", "province", "region", "oblast", "prefecture", "district", "velayat")


# "the Akim of Zhambyl region", "la province du Hebei": a region said as one
_REGION_SAID = re.compile(
    r"\b(?:region|province|oblast|governorate|gouvernorat|wilaya|prefecture|county|state|etat)"
    r" (?:of (?:the )?|de la |de l'|du |de |d')([a-z][\w'-]+(?: [a-z][\w'-]+)?)"
    # ("Kisumu county": a county that is its country's region, as the world's lists say)
    r"|\b([a-z][\w'-]+(?: [a-z][\w'-]+)?) (?:region|province|oblast|governorate|prefecture|county)\b"
)


# "Andhra Pradesh's Tirupati district": a region's name, whose the district is
_REGION_WHOSE = re.compile(
    r"\b([A-Z][\w-]+(?: [A-Z][\w-]+)?)['’]s (?:[A-Z][\w-]+ ){1,2}(?i:district|county|city|town)\b"
)


# _REGION_SAID's two halves, each read on its own ("dans la région de Timimoun": the name
# after the word, not "dans la" before it)
_REGION_WORDS = (
    re.compile(
        r"\b(?:region|province|oblast|governorate|gouvernorat|wilaya|prefecture|county|state|etat)"
        r" (?:of (?:the )?|de la |de l'|du |de |d')([a-z][\w'-]+(?: [a-z][\w'-]+)?)"
    ),
    re.compile(r"\b([a-z][\w'-]+(?: [a-z][\w'-]+)?) (?:region|province|oblast|governorate)\b"),
)


def names_said_as_regions(fold: str) -> frozenset[str]:
    """The names ``fold`` says with a word for a region ("la région de Timimoun", "Fergana
    Province", "wilaya de Batna"), folded, each with its first or last words alone: where an
    article calls a name a region, the name is that region wherever else it is said, not
    the town of its name ("un projet à Timimoun … dans la région de Timimoun")."""
    found: set[str] = set()
    before, after = _REGION_WORDS
    for match in before.finditer(fold):
        words = match.group(1).split()
        found.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
    for match in after.finditer(fold):
        words = match.group(1).split()
        found.update(" ".join(words[-n:]) for n in range(1, len(words) + 1))
    return frozenset(found)


# A name the text says is a town: "la ville de X", "the city of X" (the words after), "X, a
# city some 3,000 km south of …", "X, une ville" (the words before), and "à X, en 2006, …
# dans cette ville": "cette ville", "this city" pointing back to the last place said with "à"
_TOWN_BEFORE = re.compile(
    r"\b(?:la ville|la commune|la localite|le village|the town|the city|the village"
    r"|the municipality|l'atoll|the atoll)(?: [a-z]+)? (?:de |d'|of )([a-z][\w'-]+(?: [a-z][\w'-]+)?)"
)
_TOWN_AFTER = re.compile(
    r"\b([a-z][\w'-]+(?: [a-z][\w'-]+)?), (?:an?|une?) (?:[a-z]+ )?(?:city|town|village|ville"
    r"|commune|localite)\b"
)
_THIS_TOWN = re.compile(r"\b(?:cette ville|cette commune|this city|this town)\b")
_AT_PLACE = re.compile(r"\b(?:a|in|at) ([a-z][\w'-]+(?: [a-z][\w'-]+)?)\b(?=[^.;]*$)")


def names_said_as_towns(fold: str) -> frozenset[str]:
    """The names ``fold`` says are towns, folded, each with its first or last words alone:
    a name an article calls both a region and a town is the town (GOLD.md rule 8)."""
    found: set[str] = set()
    for match in _TOWN_BEFORE.finditer(fold):
        words = match.group(1).split()
        found.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
    for match in _TOWN_AFTER.finditer(fold):
        words = match.group(1).split()
        found.update(" ".join(words[-n:]) for n in range(1, len(words) + 1))
    for match in _THIS_TOWN.finditer(fold):
        opens = max(fold.rfind(".", 0, match.start()), fold.rfind(";", 0, match.start())) + 1
        said = list(_AT_PLACE.finditer(fold, opens, match.start()))
        if said:
            words = said[-1].group(1).split()
            found.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
    return frozenset(found)


# "in Dundalk, Co Louth", "County Kerry": a county said by its word before its name, as
# Ireland says its own ("Co" after a town and a comma, no company's legal form)
_COUNTY_BEFORE = re.compile(r"(?:, co\.? |\bcounty )([a-z][\w'-]+(?: [a-z][\w'-]+)?)")


def countries_of_regions(text: str, fold: str) -> list[str]:
    """The countries of the regions ``text`` says with a word for a region ("Zhambyl
    region", "la wilaya de Tiaret", "Co Louth"), capitalised, each the only subdivision of
    its name in the world: for an article that names its host only by its places."""
    found: list[str] = []
    said_so = [*_REGION_SAID.finditer(fold), *_COUNTY_BEFORE.finditer(fold)]
    for whose in _REGION_WHOSE.finditer(text):
        # "in Andhra Pradesh's Tirupati district": the region whose district it is
        country = world_subdivision_country(whose[1])
        if country and country not in found:
            found.append(country)
    for match in sorted(said_so, key=lambda m: m.start()):
        group = 1 if match.group(1) else 2
        a, b = match.start(group), match.end(group)
        words = text[a:b].split()
        # the longest run of capitalised words that is a subdivision's name
        for n in range(len(words), 0, -1):
            said = words[len(words) - n :] if group == 2 else words[:n]
            if not all(w[:1].isupper() for w in said):
                continue
            country = world_subdivision_country(" ".join(said))
            if country:
                if country not in found:
                    found.append(country)
                break
    return found


def _inside_a_country_s_name(place: PlaceMention, names: list[CountryMention]) -> bool:
    """True if ``place`` is said inside a longer country's name ("the Grenadines" of "St.
    Vincent and the Grenadines", "a jungle region of Papua New Guinea")."""
    return any(
        c.start <= place.start
        and place.end <= c.end
        and (c.start, c.end) != (place.start, place.end)
        for c in names
    )


def places_in(
    fold: str, countries: Iterable[str] = (), text: str | None = None
) -> list[PlaceMention]:
    """Every place named in the folded text, longest spelling first where two overlap: the
    gazetteer's, then the subdivisions of ``countries`` (said with a capital in ``text``,
    the original of ``fold``, when it is given)."""
    names = _names()
    found = [
        PlaceMention(names[m.group(1)], m.start(1), m.end(1)) for m in _pattern().finditer(fold)
    ]
    for country in countries:
        if country in ISO_COUNTRIES:
            continue
        found += _generic_said(fold, country, text, found)
        subs, pattern = _subdivisions(country)
        if pattern is None:
            continue
        for m in pattern.finditer(fold):
            a, b = m.start(1), m.end(1)
            if text is not None and not text[a : a + 1].isupper():
                continue
            if not any(p.start < b and a < p.end for p in found):
                found.append(PlaceMention(subs[m.group(1)], a, b))
    # "a jungle region of Papua New Guinea": a region inside a longer country's name is none
    names_said = [c for c in countries_in(fold) if c.end - c.start > 6]
    found = [p for p in found if not _inside_a_country_s_name(p, names_said)]
    found = [PlaceMention(_as_town(p, fold, found, text), p.start, p.end) for p in found]
    if text is not None:
        for said in (_towns, _loosely_said):
            found += [
                p
                for p in said(text, fold, countries, found)
                if not _inside_a_country_s_name(p, names_said)
            ]
    # "Maputo province", "Fergana region", "in Lviv region": the region, not the city of its
    # name (a town the lists know with no region is said as the region of its name)
    found = [
        PlaceMention(
            Place(p.place.country, p.place.region or p.place.locality, None), p.start, p.end
        )
        if p.place.locality
        and rx.match(
            r" (?:province|region|governorate|state|oblast|county)\b", fold[p.end : p.end + 14]
        )
        else p
        for p in found
    ]
    if text is not None:
        found = [_city_of(p, text) for p in found if not initials_said(text, p.start, p.end)]
    # "a Hong Kong-listed company": where its shares are traded, no place of the article's
    found = [p for p in found if not fold.startswith("-listed", p.end)]
    found = [p for p in found if not _the_country_itself(p, fold, text)]
    # "dans un entretien accordé à Xinhua", "told Xinhua": the news agency, no county of
    # its name (said so, "Xinhua District", it is one)
    found = [p for p in found if not news_agency(fold, p.start, p.end)]
    # "the promotional tour he completed in Asia": a continent, no town of its name
    found = [p for p in found if not (p.place.locality and _world_region(fold[p.start : p.end]))]
    return sorted(found, key=lambda p: p.start)


def news_agency(fold: str, start: int, end: int) -> bool:
    """True if the name at ``start`` is a news agency's that is also a place's ("dans un
    entretien accordé à Xinhua", "told Xinhua"): no place, unless said as one ("Xinhua
    District")."""
    return fold[start:end] == "xinhua" and not _KIND_AFTER_AGENCY.match(fold, end)


_KIND_AFTER_AGENCY = re.compile(r" (?:district|county|town|village)\b")


def _the_country_itself(mention: PlaceMention, fold: str, text: str | None) -> bool:
    """True if a region of a country is said by that country's own name ("a plant in
    Guatemala", "in Panama", "in Djibouti"), or is a territory the lists also hold as a
    country ("en Nouvelle-Calédonie"): the country, not the department, the province or the
    town that share its name, unless the words after say the region ("the Panama
    province") or a French "à" says the town ("à Djibouti", "à Luxembourg")."""
    place, a, b = mention.place, mention.start, mention.end
    said = fold[a:b]
    if said not in country_names() or place.region is None:
        return False
    if place.locality is not None and folded(place.locality) != said:
        return False
    named = countries_in(said)
    if len(named) != 1 or (named[0].start, named[0].end) != (0, len(said)):
        return False
    if named[0].country != place.country and folded(place.region) != said:
        return False  # ("en Nouvelle-Calédonie", France's region by ISO: the territory)
    if rx.match(
        r" (?:district|county|province|region|governorate|state|prefecture|department"
        r"|departement|oblast|city)\b",
        fold[b : b + 14],
    ):
        return False
    return not (text is not None and text[max(0, a - 2) : a] in ("à ", "À "))


# The letters of the zones the press names so, which no article's text spells out each time
_ZONE_ACRONYMS = frozenset({"FEZ", "SEZ", "EPZ", "FTZ", "FIZ"})


def initials_said(text: str, start: int, end: int) -> bool:
    """ "the Balti free economic zone (FEZ Balti)": a word in capitals that spells the
    initials of words the text says is their acronym, no place of its spelling (Fez)."""
    word = text[start:end]
    if not rx.fullmatch(r"[A-Z]{2,6}", word):
        return False
    if word in _ZONE_ACRONYMS and rx.search(
        r"(?:\b(?:the|this|a|each)|[a-z]\w*|[A-Z][a-z][\w-]*) $", text[max(0, start - 30) : start]
    ):
        # "the Chinese FEZ "Kashgar"", "the Naryn FEZ": a free economic zone, said by its
        # letters after a name or a word ("built in FEZ, Morocco" is the town)
        return not rx.search(r"\b(?:in|at|near|a|au|pres de) $", text[max(0, start - 10) : start])
    initials = r"\s+".join(rf"{c}[\w'’-]*" for c in word)
    return rx.search(rf"(?i:\b{initials}\b)", text[: max(0, start - 1)]) is not None


def _city_of(mention: PlaceMention, text: str) -> PlaceMention:
    """ "near Guatemala City", "in Panama City": a region whose name the text follows with
    "City" is the city of its name, said so; where the country has a subdivision of that
    city ("Ciudad de México" for "Mexico City"), the city is in it, not in the region."""
    place, a, b = mention.place, mention.start, mention.end
    if not rx.match(r" City\b", text[b : b + 6]):
        return mention
    if place.locality and text[a:b] == place.locality:
        # "in Kelvo City": the town the lists know by its name alone, as the text names it
        return PlaceMention(Place(place.country, place.region, text[a : b + 5]), a, b + 5)
    if not place.region:
        return mention
    region = place.region
    subdivisions, _ = _subdivisions(place.country)
    own = folded(f"Ciudad de {region}")
    if own in subdivisions:
        region = subdivisions[own].region or region
    return PlaceMention(Place(place.country, region, text[a : b + 5]), a, b + 5)


def _as_town(
    mention: PlaceMention, fold: str, found: list[PlaceMention], text: str | None = None
) -> Place:
    """A region said where a town is said ("située à Boké", "in Luanda", "à Batna", "la
    ville de Sétif") is the town of its name too: a wilaya, a province or a governorate and
    its chief town share the name, and no list holds every such town. Said after a town
    ("Amethi in Uttar Pradesh", "Tafraoui, à Oran"), it is the region that town is in."""
    place, a, b = mention.place, mention.start, mention.end
    if (
        place.locality is None
        and place.region
        and _AT_TOWN.search(fold[max(0, a - 40) : a])
        and not _english_article_before(text, a)
        and not _COMPASS_REGION.match(folded(place.region))
        and not any(p.end <= a and rx.fullmatch(r",? (?:in|dans) ", fold[p.end : a]) for p in found)
        and not rx.match(
            r" (?:district|county|province|region|governorate|state|prefecture|"
            r"department|departement|oblast|wilaya)\b",
            fold[b : b + 14],
        )
    ):
        said = text[a:b] if text is not None else ""
        if (
            said[:1].isupper()
            and not said.isupper()
            and folded(said) not in folded(place.region)
            and folded(place.region) not in folded(said)
        ):
            # "near Moscow": the town as the text spells it, its region as ISO 3166-2 does
            return Place(place.country, place.region, said)
        return Place(place.country, place.region, place.region)
    return place


# "Western Australia", "Eastern Cape", "North West", "Région du Centre": a region named by
# where it lies in its country shares its name with no town
_COMPASS_REGION = re.compile(
    r"(?:western|eastern|northern|southern|north|south|east|west|central|centre|nord|sud|ouest"
    r"|est|north-west|north-east|south-west|south-east|nord-ouest|nord-est|sud-ouest|sud-est)\b"
)


def _english_article_before(text: str | None, at: int) -> bool:
    """True if the word before ``at`` is the English article "a" ("bought a Western
    Australian plant"), which folds as the French "à" does: no town is said by it."""
    return text is not None and rx.search(r"(?:^|[\s,(])a $", text[max(0, at - 3) : at]) is not None


def skeleton(name: str) -> str:
    """A name's letters as transliterations agree on them: vowels as one, no "h", no
    doubled letter ("Monufeya", "Menoufia", "Minufiyah"; "Chui", "Chüy"), a "w" closing a
    vowel one of its sounds ("Hadramawt", "Hadramout")."""
    letters = rx.sub(r"[^a-z]", "", folded(name))
    letters = rx.sub(r"(?<=[aeiouy])w(?![aeiouy])", "u", letters)
    letters = rx.sub(r"[aeiouy]+", "a", letters.replace("h", ""))
    return rx.sub(r"(.)\1+", r"\1", letters)


@cache  # every country read is kept: see cities.towns
def _loose_subdivisions(country: str) -> dict[str, str]:
    """A country's subdivisions (no city's) by the skeletons of their spellings, each
    skeleton that only one subdivision has: its code."""
    import pycountry  # the bilat[extract] extra: loaded on first use

    subdivisions: Any = pycountry.subdivisions  # pycountry's lookups are untyped
    by: dict[str, set[str]] = {}
    for sub in subdivisions.get(country_code=country) or []:
        if str(sub.type) in _CITY_TYPES:
            continue
        extra = (*EXONYMS.get(str(sub.code), ()), *exonyms(str(sub.name)))
        for spelling in (*_spellings(str(sub.name)), *extra):
            if folded(spelling) not in _GENERIC:
                by.setdefault(skeleton(spelling), set()).add(str(sub.code))
    return {
        key: next(iter(codes)) for key, codes in by.items() if len(codes) == 1 and len(key) >= 2
    }


# Where a name is said as a region: after a town and a comma ("Kemin, Chui province",
# "Quesna, Monufeya"), before or after a word for a region.
_REGION_PLACE = re.compile(
    r"(?:[A-Z][\w'’-]+, |\b(?:region|province|governorate|gouvernorat|oblast|wilaya) "
    r"(?:of (?:the )?|de la |de l'|du |de |d'))([A-Z][\w'’-]{3,})(?![\w'’-]| [A-Z])"
    r"|\b([A-Z][\w'’-]{3,}) (?:[Pp]rovince|[Rr]egion|[Gg]overnorate|[Oo]blast)\b"
)


def _loosely_said(
    text: str, fold: str, countries: Iterable[str], found: list[PlaceMention]
) -> list[PlaceMention]:
    """A subdivision of a named country said in another transliteration than its lists'
    ("Monufeya" for Al Minūfīyah, "Chui" for Chüy): read where the words say a region, or
    anywhere when its name is long (seven letters or more), and shown as the text says it."""
    loose = [(c, _loose_subdivisions(c)) for c in countries if c not in ISO_COUNTRIES]
    if not loose:
        return []
    said = []
    for m in _REGION_PLACE.finditer(text):
        group = 1 if m.group(1) else 2
        said.append((m.start(group), m.end(group)))
    from .cities import world_town_country

    # ("L'usine", "D'ailleurs": a common noun after an elided article, no name)
    for m in rx.finditer(r"(?<![\w'’-])(?![LD]['’][a-z])[A-Z][a-z'’-]{6,}(?![\w'’-]| [A-Z])", text):
        # "à Koudougou" is a town, not Kadiogo province however alike they are
        if world_town_country(m.group()) is None:
            said.append((m.start(), m.end()))
    mentions: list[PlaceMention] = []
    for a, b in sorted(set(said)):
        if any(p.start < b and a < p.end for p in [*found, *mentions]):
            continue
        if countries_in(fold[a:b]):
            continue
        key = skeleton(text[a:b])
        hits = [(c, names[key]) for c, names in loose if key in names]
        if len(hits) == 1:
            mentions.append(PlaceMention(Place(hits[0][0], text[a:b], None), a, b))
    return mentions


# What a sentence says between a town and the region it is in: "Yedashe Township, Bago",
# "Kendari, capital of Southeast Sulawesi province", "Kribi (département de l'Océan, région
# du Sud)", "Muhanga industrial park, Muhanga district of the Southern Province".
_REGION_AFTER = re.compile(
    r"(?: township| district| city| industrial (?:park|zone)| zone industrielle)?(?:,| \(| in)"
    r"(?: ?[\w'’-]+){0,6}?(?:,| of| in| de| du| des)? ?(?:the |la |le |l'|de la |du |des |d')?"
    r"(?:(?:region|province|departement|state|etat|wilaya) (?:du |de la |de l'|des |d'|de |of (?:the )?)?)?"
)


def region_after(words: str) -> bool:
    """True if ``words``, between a town and a region, say the town is in it ("Yedashe
    Township, ", "Bellara (", "Kendari, capital of ")."""
    return bool(_REGION_AFTER.fullmatch(words)) and not far_from(words)


# "Kafue, 45 km south of Lusaka": a distance from a place, not the region a town is in
_AWAY = re.compile(
    r"\d|\b(?:km|kilomet\w*|miles?|from|near|pres|loin|outside|far|away|border\w*|frontiere)\b"
)


def far_from(words: str) -> bool:
    """True if ``words``, between a town and a region, say a distance ("45 km south of")
    rather than that the town is in the region."""
    return bool(_AWAY.search(words))


def _generic_said(
    fold: str, country: str, text: str | None, found: list[PlaceMention]
) -> list[PlaceMention]:
    """A subdivision named by a common word, where a word for a region says it is one."""
    generic, pattern = _generic_subdivisions(country)
    said = []
    for m in pattern.finditer(fold) if pattern else ():
        group = 1 if m.group(1) else 2
        a, b = m.start(group), m.end(group)
        if text is not None and not text[a : a + 1].isupper():
            continue
        if not any(p.start < b and a < p.end for p in found):
            said.append(PlaceMention(generic[m.group(group)], a, b))
    return said


def _towns(
    text: str, fold: str, countries: Iterable[str], found: list[PlaceMention]
) -> list[PlaceMention]:
    """The world gazetteer's towns of ``countries`` said as places (``cities``), with the
    region said after a comma ("in Yedashe Township, Bago"), where no other list has them."""
    from .cities import towns_in

    said = set(countries)
    towns = []
    names = {c: country_words(c) for c in said}
    for mention in towns_in(text, fold, said, names):
        a, b = mention.start, mention.end
        if any(p.start < b and a < p.end for p in found):
            continue
        if fold[a:b] in country_names():
            # "a plant in Paraguay": the country, though GeoNames spells its capital so too
            continue
        region = next(
            (
                p.place.region
                for p in found
                if p.place.locality is None
                and p.place.country == mention.town.country
                and p.start >= b
                and _REGION_AFTER.fullmatch(fold[b : p.start])
                and not far_from(fold[b : p.start])
            ),
            None,
        )
        towns.append(PlaceMention(Place(mention.town.country, region, text[a:b]), a, b))
    return towns


@cache
def country_words(country: str) -> frozenset[str]:
    """A country's names and adjectives, folded, as the reader knows them (asked for each
    place of each sentence: kept)."""
    _, words = _country_pattern()
    return frozenset(
        word for word, code in words.items() if code == country and not word.endswith("-")
    )


# A capitalised name the words before it say is a place: "à Abu Tartour", "in Chongwe",
# "city of X", "wilaya de X", "dans le gouvernorat de X".
# "son usine de", "sa cimenterie d'": a plant its owner has, said by the possessive; the
# name after it is the plant's town (folded text)
HIS_PLANT_OF = (
    r"\b(?:son|sa|leur) (?:nouvelle |future )?(?:usine|cimenterie|raffinerie|sucrerie|brasserie"
    r"|acierie|fonderie) (?:de |d')"
)
_PLACE_WORDS = (
    r"(?:(?:situee?s?|sise?s?|implantee?s?|installee?s?|basee?s?|located|based|sited|built) )?"
    r"(?:\b(?:a|pres de|in|at|near|outside|outskirts of|banlieue de|peripherie de)"
    r"|\b(?:wilaya|province|gouvernorat|governorate|region|commune|ville|city|town|district|county|localite|village|municipalite|municipality|arrondissement|sous-prefecture|atoll|"
    # "sur l'île de Santo", "on the island of X" (not "a country that shares the island
    # of X", "la presqu'île de X": what a country or a treaty is about)
    r"prefecture|departement|state|etat|(?<=sur l')ile|(?<=dans l')ile|(?<=on the )island"
    # "at the port of Grundartangi": a port, named by its town (the French "à côté du port
    # de Victoria" names a neighbour more often than the site)
    # ("dans le port de San Pedro": inside it, where the plant is)
    r"|(?<=at the )(?:port|harbou?r)(?= of)|(?<=dans le )port(?= d)"
    # "dans la zone portuaire de Douala", "in the port area of X": the port's town
    r"|(?<=la )zone portuaire(?= d)|(?<=the )port (?:area|zone)(?= of))"
    # "la localité voisine d'Almeirim", "la ville portuaire de X": a French noun's adjective
    r"(?: (?:voisine?s?|proche|natale|portuaire|cotiere|industrielle|miniere|frontaliere))?"
    # ("dans la région du Bahr Sara": the region's name after its article)
    r" (?:de |d'|du |of )?"
    # "au technopole de Yamoussoukro", "dans la zone franche de X", "parc industriel de X"
    # "la capitale économique du Burkina Faso, X", "the capital of Ogun State, X"
    r"|\b(?:capitale|capital)(?: economique| politique| administrative| city)? (?:du |de la |de l'|d'|des |of (?:the )?)[\w' -]{2,30}, "
    # "in the Tanzanian capital, Dar el-Salam": the capital said by its country's adjective
    r"|\b(?:in|at) the (?:[a-z]+ )?capital,? "
    r"|\b(?:technopole|technopark|parc (?:industriel|technologique)|zone (?:industrielle|franche|economique(?: speciale)?|d'activites)|plateforme industrielle)"
    # "la zone franche industrielle d'exportation d'Athi River": the zone's kind in words
    r"(?: (?:industrielle|d'exportation|economique|speciale|franche|logistique)){0,3}"
    rf"{_ZONE_INITIALS} (?:de |d'|du )"
    # "Kaito inaugure son usine de Dunnottar": the owner said by "son", the name its town's
    rf"|{HIS_PLANT_OF}"
    # "sur son site historique de Douai", "L'usine Renault de Douai": a company's site or
    # plant by its town, its owner's name between
    r"|\b(?:son|sa|leur) site (?:historique |industriel )?(?:de |d')"
    r"|^l['’]usine [a-z][\w-]* (?:de |d'))"
    r" ?$"
)
# ", au sud-ouest de la", "dans le nord du", ", in southern": where in a country
_WHERE_IN_A_COUNTRY = re.compile(
    r",? (?:(?:au |dans le |a l')(?:nord|sud|est|ouest|centre)(?:-est|-ouest)? (?:de la|du|de l'|d')"
    r"|in (?:the )?(?:north|south|east|west|central|northern|southern|eastern|western)\b)"
)
# "in Laos' central Khammouane province", "in central Java", "in the remote northern X":
# the part of the country said before the place's name
_IN_A_PART_OF = re.compile(
    r"\b(?:in|at|near) (?:the )?(?:[a-z]+(?:'s|’s|'|’) )?(?:remote |coastal |rural |far )?"
    r"(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern"
    r"|north-?western|south-?eastern|south-?western|north-?east|north-?west|south-?east"
    r"|south-?west) $"
)
# (a capital with its accent too: "Čadca", "Łódź", "İzmir", "Świdnica", "Ústí")
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_WORD = rf"[{_UPPER}][\w'’-]*[a-z][\w'’-]*"
_CAPITALISED = re.compile(
    # ("Barra do Dande", "Vila da Paz": the Portuguese and Spanish particles of a name)
    rf"{_WORD}(?:\s(?:(?:al-|el-|al |el |de |du |la |d'|van |bin |ben |do |da |dos |das |del )\s?)*{_WORD}"
    # "Yen Phong II-C Industrial Park": a numeral between the words of a zone's name
    r"|\s(?:[IVX]{1,4}|\d{1,2})(?:-[A-Z0-9]{1,2})?(?=\s[A-Z][a-z])){0,4}"
)
_NOT_PLACES = frozenset(
    [
        "the",
        "le",
        "la",
        "les",
        "l'",
        "un",
        "une",
        "a",
        "an",
        "this",
        "that",
        "his",
        "her",
        "its",
        "their",
        "our",
        "mr",
        "mrs",
        "m.",
        "president",
        # "le département d'Etat": the State, no place
        "etat",
        "state",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
    ]
)


# Continents and the world's regions: where a company invests, never a plant's town.
_WORLD_REGIONS = re.compile(
    r"(?:(?:north|south|east|west|central|southern|northern|eastern|western|sub-saharan|"
    r"southeast|northeast|southwest|northwest|south-east|north-east|south-west|north-west|"
    r"south east|north east|sud-est|nord-est|sud-ouest|nord-ouest|"
    r"du nord|du sud|de l'ouest|de l'est|centrale|australe|subsaharienne|sub-saharienne) )*"
    r"(?:africa|afrique|europe|asia|asie|america|amerique|americas|oceania|oceanie|"
    r"middle east|moyen-orient|proche-orient|maghreb|sahel|balkans|caucasus|caucase|"
    r"latin america|amerique latine|eurasia|eurasie|scandinavia|scandinavie|levant)"
    r"(?: (?:du nord|du sud|de l'ouest|de l'est|centrale|australe|subsaharienne))*"
)


def _world_region(name: str) -> bool:
    """True if ``name`` is a continent or a region of the world ("Africa", "Afrique de
    l'Ouest", "Central Asia", "Middle East")."""
    return bool(
        _WORLD_REGIONS.fullmatch(folded(name))
        or _WORLD_REGIONS.fullmatch(folded(name).removeprefix("l'"))
    )


@dataclass(frozen=True)
class NamedPlace:
    name: str
    start: int
    end: int


# A name said as a country's: "Uzbekistan's Kelvan", "Brunei's Pulau Muara Besar"
_COUNTRY_S = re.compile(r"[A-Z][\w-]+(?: [A-Z][\w-]+)?['’]s [A-Z]")


def unknown_places(
    text: str, fold: str, start: int, end: int, english: bool = False
) -> list[NamedPlace]:
    """Capitalised names (of one to four words) the words before them say are places,
    within ``text[start:end]``: no list has them, so they are proposed with less confidence.
    In an ``english`` text, "a" is the article, never "à" unaccented."""
    found = []
    for match in _CAPITALISED.finditer(text, start, end):
        a, b = match.start(), match.end()
        name = text[a:b].rstrip(" '’")
        name = rx.sub(r"(?:\s(?:de|du|la|d'|van|bin|ben|al-|el-|al|el))+$", "", name)
        # "investing in Africa's mining sector": whose the sector is, a place by its own name
        name = rx.sub(r"['’]s$", "", name)
        # "in Dammam's Second Industrial City": a zone said as a town's is in that town,
        # which is the place (a country's, "Cambodia's X Zone", leaves the zone's own name)
        name = _town_s_zone(name)
        plant_of = rx.match(r"L['’]usine [A-Z][\w-]+ (?:de |d['’])(?=[A-Z])", name)
        if plant_of:
            # "L'usine Renault de Douai": a sentence opened by a plant, its owner, its town
            a, name = a + plant_of.end(), name[plant_of.end() :]
        if not name[:1].isupper() or (a == start and not _COUNTRY_S.match(name)):
            continue
        lead = fold[max(start, a - 60) : a]
        if (
            rx.fullmatch(r"[A-Z][A-Za-z]{0,2}", name)
            and rx.match(r"\. [A-Z]", text[b : b + 3])
            and rx.search(r"(?:\bin|,|\band) $", lead)
            and not places_in(folded(name))
        ):
            # "built in Lh. Felivaru, Dh. Maadheli": a region's abbreviation before the
            # town's name, no place of its own; the town is the place
            after = _CAPITALISED.match(text, b + 2, end)
            if after is None:
                continue
            a, b = after.start(), after.end()
            name = text[a:b].rstrip(" '’")
        # "at Brunei's Pulau Muara Besar": the country whose place it is, then the place
        whose = rx.match(r"([A-Z][\w-]+(?: [A-Z][\w-]+)?)['’]s (?=[A-Z])", name)
        # (a zone said as a country's keeps its own name, read below)
        country_s = False
        if (
            whose
            # ("in Andhra Pradesh's Tirupati district": a region's, as a country's)
            and (
                only_a_country(folded(whose.group(1)))
                or world_subdivision_country(whose.group(1)) is not None
            )
            and not rx.search(r"(?i:zone|park|city|estate|cluster)$", name)
            and not rx.match(r"\s[A-Z]", text[b : b + 2])  # (a name longer than read)
        ):
            a, name = a + whose.end(), name[whose.end() :]
            country_s = True
        if a == start:
            continue  # a sentence's first word, capitalised as any is
        # "in Maan Governorate, Jordan", "in the Hasya District": a name said with the word
        # for its kind of region after it, capitalised, is that region's (a county's name
        # is said whole, "Jackson County")
        typed = rx.fullmatch(
            rf"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (?i:{'|'.join(REGION_KINDS)})", name
        )
        if typed and rx.search(r"\b(?:in|at|of) (?:the )?$", lead):
            name = typed.group(1)
        else:
            typed = None
        part_of = _IN_A_PART_OF.search(lead) and rx.match(
            # (said with what it is: "in Laos' central Khammouane province", not "in southern
            # African countries")
            r" (?:province|region|district|state|county|governorate|oblast|prefecture)\b",
            fold[a + len(name) :],
        )
        # "will be built on Maadheli island": an island said by its name, then the word
        island = rx.search(r"\b(?:on|in|at) (?:the )?$", lead) and rx.match(
            r" (?i:island)\b", text[a + len(name) : a + len(name) + 7]
        )
        # "Uzbekistan's Kelvan region will host …": a country's region, by the word after it
        regional = country_s and rx.match(
            r" (?:province|region|district|state|county|governorate|oblast|prefecture)\b",
            fold[a + len(name) :],
        )
        # "in Santuk district's Kraya commune": a smaller place said as a district's, by
        # the word for its kind after it
        district_s = rx.search(r"\b(?:district|county|province)['’]s $", lead) and rx.match(
            r" (?:commune|village|town|township|municipality|city)\b", fold[a + len(name) :]
        )
        # "exploiter le site de Bomoko au Sud-ouest de la Centrafrique": a site said by its
        # name, then where it lies in a country
        site = rx.search(r"\b(?:le|du|un|au) site (?:de |d')$", lead) and _WHERE_IN_A_COUNTRY.match(
            fold, a + len(name)
        )
        if (
            not rx.search(_PLACE_WORDS, lead)
            and not site
            and not district_s
            and not part_of
            and not typed
            and not island
            and not regional
            and not (
                # "in the Moamba district", "of the Wayne county": the article before a
                # district's name, said as a place by the word after it
                rx.search(r"\b(?:in|at|of) the $", lead)
                # ("in the Magunje area, Mashonaland West province": a town's surroundings)
                and rx.match(r" (?:district|county|municipality|area)\b", fold[a + len(name) :])
                # ("the Eastern district": a part of a country, no town's name)
                and not _COMPASS_REGION.match(folded(name))
            )
        ):
            continue
        if english and rx.search(r"\b[aA] ?$", text[max(start, a - 3) : a]):
            continue  # "broke ground on a Special Economic Zone": the English article, no "à"
        first = folded(name.split()[0])
        # "une fonderie à La Tour Koenig": after "à", an article in capitals opens the
        # town's name (the common noun's would be "à la")
        named_with_article = (
            first in ("la", "le", "les")
            and " " in name
            and text.endswith(("à ", "À "), max(start, a - 2), a)
        )
        if (
            (first in _NOT_PLACES and not named_with_article)
            or countries_in(folded(name))
            or _world_region(name)
        ):
            continue
        if nationality_word(name.split()[0]):
            continue  # "Korean", "Sud-coréen": whose something is, no place
        if rx.fullmatch(r"[A-Z]{2,}s", name.split()[0]):
            continue  # "the top share in CVTs", "in SUVs": an acronym in the plural, things
        if _site_in_town(text, fold, a + len(name), end):
            continue
        found.append(NamedPlace(name, a, a + len(name)))
    # "la zone franche de Lafito (Lafito Industrial Free zone) à Cabaret", "le parc industriel
    # de Kolda, à Dabo": the zone's name, then the town it is in, which is the place
    found = [
        f
        for f in found
        if not (
            _ZONE_OF.search(fold, max(start, f.start - 40), f.start)
            and any(
                g.start > f.end and _IN_TOWN_AFTER.fullmatch(fold, f.end, g.start) for g in found
            )
        )
    ]
    # "in the Ecocity industrial zone", "at the Kigali Special Economic Zone": a zone or a
    # park said by its name is where a plant is, not a project of its own.
    for match in _ZONE.finditer(text, start, end):
        a, b = match.start(1), match.end(1)
        if _town_s_zone(text[match.start() : b]) != text[match.start() : b]:
            continue  # the town whose zone it is, found above
        if not any(f.start <= a < f.end for f in found):
            found = [f for f in found if not (a <= f.start < b)]
            found.append(NamedPlace(text[a:b], a, b))
    return found


_TOWN_S_ZONE = re.compile(
    r"(?:(?i:in|at|within|inside) (?:the )?)?([A-Z][\w-]+(?: [A-Z][\w-]+)?)['’]s "
    r"(?:[A-Z0-9][\w'’-]* ){0,4}(?i:zone|park|city|estate|cluster)"
)


def _town_s_zone(name: str) -> str:
    """The town of a zone said as that town's ("Dammam's Second Industrial City" →
    "Dammam"): the zone is a part of it, and the town is where a plant is; a zone said as
    a country's ("Cambodia's Sihanoukville Special Economic Zone") is ``name`` unchanged."""
    said = _TOWN_S_ZONE.fullmatch(name)
    if said is None or countries_in(folded(said.group(1))):
        return name
    return said.group(1)


# The words that name a zone by a name of its own ("la zone franche de X"), and those that
# say the town it is in after it ("X (X Industrial Free zone) à Cabaret", "X, in Dabo").
_ZONE_OF = re.compile(
    r"\b(?:technopole|technopark|parc (?:industriel|technologique)|zone (?:industrielle|franche"
    rf"|economique speciale|d'activites)|plateforme industrielle){_ZONE_INITIALS} (?:de |d'|du ) ?$"
)
_IN_TOWN_AFTER = re.compile(r"(?: \([^()]{0,60}\))?,? (?:situee? |sise? |located )?(?:a|in|at) ")


# "at Olkaria geothermal fields in Naivasha": a site named by its own words, then the town
_SITE_IN = re.compile(r"(?: [a-z][\w-]*){1,3} (?:in|dans|à) ([A-Z][\w'’-]+)")


@lru_cache(maxsize=1024)
def said_as_site(text: str, fold: str, name: str) -> bool:
    """True if ``name`` is said somewhere in ``text`` as a site in a town ("Kelburg hot
    springs in Marova"): then it names no town, wherever else it is said. Asked of each
    pair of plants an article names: kept."""
    return any(
        _site_in_town(text, fold, m.end(), len(text))
        for m in rx.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
    )


def _site_in_town(text: str, fold: str, at: int, end: int) -> bool:
    """True if the name ending at ``at`` is a site's, said in a town named after it ("at
    Olkaria geothermal fields in Naivasha"): the town is the place, the site no town; a
    country after it ("Rayong province in Thailand") leaves the name the place."""
    said = _SITE_IN.match(text, at, end)
    if said is None:
        return False
    if rx.match(
        r" (?:village|town|city|township|hamlet|settlement|commune|localite|ville) ", fold[at:]
    ):
        return False  # "in Togyzkent village in Sarysu district": a town, said with its kind
    if rx.match(r" (?:district|county|municipality|prefecture) in ", fold[at:]):
        # "in the Moamba district in Maputo province": a district is no site but where a
        # plant's town is said (as "in Tororo district"), in the region said after it
        return False
    town = fold[said.start(1) : said.end(1)]
    return not countries_in(town) and not _world_region(said.group(1))


# ("on the territory of Armenia's Hrazdan Chemical Industrial Park": within it)
_ZONE = re.compile(
    # ("in the Barra do Dande Free Trade Zone": a Portuguese particle among its words)
    r"\b(?i:in|at|within|inside|on the territory of) (?:the |[A-Z][\w-]+['’]s )?((?:[A-Z][\w'’-]+ (?:(?:do|da|dos|das|del) (?=[A-Z]))?){1,3}(?i:industrial (?:development )?(?:zone|park|estate|city)|"
    # ("in the Sohar Freezone": the zone's kind in one word)
    r"(?:special |free )?economic zone|free(?: trade)? ?zone|export processing zone|technopark|science park|business park|"
    r"eco-?city|industrial cluster))\b"
)


@dataclass(frozen=True)
class CountryMention:
    country: str
    start: int
    end: int


# Country names that are also common words or first names: never read from the list.
_AMBIGUOUS_COUNTRIES = frozenset({"jordan", "chad", "georgia", "mali", "guinea", "niger", "france"})


def _demonyms(name: str, lang: str) -> list[str]:
    """The regular adjectives of a country's name: Zambia → Zambian(s), Zambie →
    zambien(ne)(s); irregular ones are in ``lexicon.COUNTRY_WORDS``."""
    if lang == "en" and name.endswith("a"):
        return [name + "n", name + "ns"]
    if lang == "en" and name.endswith("i"):
        return [name + "an", name + "ans"]  # Malawi → Malawian
    stem = rx.sub(r"i?stan$", "", name)
    if lang == "en" and stem != name and len(stem) >= 5:
        return [stem, stem + "s"]  # Kyrgyzstan → Kyrgyz, Turkmenistan → Turkmen
    if lang == "fr" and name.endswith("ie"):
        stem = name[:-1]
        return [stem + "en", stem + "ens", stem + "enne", stem + "ennes"]
    return []


@lru_cache(maxsize=1)
def _listed_countries() -> dict[str, str]:
    """Every country by its English and French names (pycountry and its French
    translation) and their regular adjectives: the countries ``COUNTRY_WORDS`` lacks."""
    import gettext

    import pycountry

    countries: Any = pycountry.countries
    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    words: dict[str, str] = {}
    # A name whole ("Congo") before the head of a name with its qualifier after a comma
    # ("Congo, The Democratic Republic of the"): "Congo" alone is the Republic of the Congo.
    for whole in (True, False):
        for country in countries:
            code = str(country.alpha_2)
            names = {
                "en": str(getattr(country, "common_name", None) or country.name),
                "fr": french.gettext(str(country.name)),
            }
            for lang, name in names.items():
                if ("," not in name) != whole:
                    continue
                key = folded(name.split(",")[0])
                if len(key) < 4 or key in _AMBIGUOUS_COUNTRIES:
                    continue
                for word in (key, *_demonyms(key, lang)):
                    words.setdefault(word, code)
    for word, code in _TWO_CONGOS.items():
        words.setdefault(word, code)
    return words


# The two Congos as the press tells them apart: by their capitals or the other's initials.
_TWO_CONGOS = {
    "rd congo": "CD",
    "rdc": "CD",
    "drc": "CD",
    "dr congo": "CD",
    "democratic republic of congo": "CD",
    "democratic republic of the congo": "CD",
    "congo-kinshasa": "CD",
    "congo kinshasa": "CD",
    "congo-brazzaville": "CG",
    "congo brazzaville": "CG",
    "republic of the congo": "CG",
    "republic of congo": "CG",
}


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """Every country's English and French name, folded: a name, no adjective."""
    import gettext

    import pycountry

    countries: Any = pycountry.countries
    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    names = set()
    for country in countries:
        for name in (
            getattr(country, "common_name", None),
            country.name,
            french.gettext(str(country.name)),
        ):
            if name:
                names.add(folded(str(name).split(",")[0]))
    return frozenset(names)


def country_names() -> frozenset[str]:
    """Every country's English and French name, folded (one word or several)."""
    return _country_names()


def nationality_word(word: str) -> str | None:
    """The country of ``word`` if it is a country's adjective ("Chinois", "Turkish"), not
    its name ("China", "Japan", which open companies' names)."""
    key = folded(word)
    said = countries_in(key)
    if not said or said[0].start != 0 or said[0].end != len(key) or key in _country_names():
        return None
    if word[:1].isupper() and world_town_country(word) == said[0].country:
        return None  # "Astana", "Washington": the capital's name, no adjective
    return said[0].country


@lru_cache(maxsize=1)
def _country_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    words = dict(_listed_countries())
    words.update({word: code for code, names in COUNTRY_WORDS.items() for word in names})
    words.update({f"{form}-": code for form, code in COMBINING_FORMS.items()})
    alternatives = sorted(words, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![\w])(" + "|".join(re.escape(w) for w in alternatives) + r")(?:(?<=-)|(?=-|[^\w]|$))"
    )
    return pattern, words


# "au Mali", "du Niger", "in Chad", "Mali's": a name that is also a word, said as a country.
_AMBIGUOUS_SAID = re.compile(
    r"(?:\b(?:au|du|le|en|et|avec|of|in|to|from|and|with|republique du|republic of) )"
    r"(mali|niger|chad|guinea|jordan)\b(?! (?:state|delta|river|basin)\b)"
    r"|\b(mali|niger|chad|guinea|jordan)(?='s\b)"
    # "in Maan Governorate, Jordan.": the country after a place and a comma
    r"|(?<=[a-z], )(mali|niger|chad|guinea|jordan)(?=[.;,)]|$)"
    # "Niger : pose de la première pierre …": a headline's country before its colon
    r"|(?:^|(?<=\n))(mali|niger|chad|guinea|jordan)(?= ?:)"
)
_AMBIGUOUS_CODES = {"mali": "ML", "niger": "NE", "chad": "TD", "guinea": "GN", "jordan": "JO"}


# Seas and oceans named after a country: "directeur région océan Indien", "the South China
# Sea" say no country.
_SEA = re.compile(
    r"\bocean indien|\bindian ocean|\bmer de chine|\b(?:south|east) china sea"
    r"|\bmer (?:du japon|d'oman)|\bsea of japan|\bgulf of (?:oman|mexico)|\bgolfe (?:d'oman|du mexique)"
)


# A part of the Americas said by the United States' adjective: "the South American
# country", "latino-américain", "en Amérique du Sud" say no United States.
_AMERICAS = re.compile(
    r"\b(?:south|latin|central|north)[ -]americ(?:a|an|ans)\b"
    r"|\b(?:sud|latino|nord|centre)-americ\w*|\bamerique (?:du sud|latine|centrale|du nord)\b"
)


def region_in(region: str | None, lang: str) -> str | None:
    """``region`` as an article of ``lang`` names it: an English article's region by its
    English name where the lists keep the French one ("Assouan" → "Aswan")."""
    if region and lang == "en":
        for names in EXONYMS.values():
            if region in names[1:]:
                return names[0]
    return region


def only_a_country(name: str) -> bool:
    """True if the folded ``name`` is a country's name and nothing more."""
    said = countries_in(name)
    return len(said) == 1 and said[0].start == 0 and said[0].end == len(name)


def countries_in(fold: str) -> list[CountryMention]:
    """Every country named in the folded text, by its name, its adjective or its capital;
    "russo-algérien" names both; a name that is also a word only where the words before
    it say a country ("au Niger"); none that names a sea ("l'océan Indien") or a part of
    the Americas ("the South American country")."""
    return list(_countries_in(fold))


# "une réunion", "cette réunion", "la réunion tenue le 3 juin", "the reunion of": a meeting,
# the island ("à La Réunion", "l'île de la Réunion") said otherwise
_A_MEETING_BEFORE = re.compile(
    r"\b(?:une|d'une|cette|leur|leurs|sa|son|notre|nos|chaque|prochaine|derniere|premiere"
    r"|seconde|deuxieme|lors de la|au cours de la|a l'issue de la)(?: (?!la\b)[a-z]+)? $"
    r"|\b(?:the|a|an) $"
)
_A_MEETING_AFTER = re.compile(
    r" (?:tenue|organisee|prevue|de travail|de haut niveau|d'affaires|de concertation|avec|entre"
    r"|ministerielle|bilaterale|technique|du conseil|du comite|de la commission|des ministres"
    r"|of (?:the|two|both))\b"
)


# "U.S. dollars", "US$", "United States Dollars" folded: the currency's country, said by the
# sum
_CURRENCY_COUNTRIES = frozenset({"u.s.", "usa", "u.s.a.", "united states"})
_A_CURRENCY_AFTER = re.compile(r"-? ?(?:dollars?|\$)")
_A_WAY_AFTER = re.compile(r" (?:highway|road|street|avenue|boulevard|expressway)\b")


_NEXT_WORDS = re.compile(r" ([a-z][\w'-]+)(?: ([a-z][\w'-]+))?")


def opens_a_place_name(fold: str, start: int, end: int, country: str) -> bool:
    """True if the country's word at ``start:end`` opens the name of a region or a town of
    another country, said whole ("Thai Binh", "Thai Nguyen": Vietnamese provinces)."""
    after = _NEXT_WORDS.match(fold, end)
    if after is None:
        return False
    for stop in (after.end(2) if after.group(2) else -1, after.end(1)):
        if stop < 0:
            continue
        name = fold[start:stop]
        whose = world_subdivision_country(name) or world_town_country(name.title())
        if whose is not None and whose != country:
            return True
    return False


@lru_cache(maxsize=4096)
def _countries_in(fold: str) -> tuple[CountryMention, ...]:
    """``countries_in``, kept: the same sentence and the same names are asked again and
    again as each record of an article is read."""
    pattern, words = _country_pattern()
    seas = [m.span() for m in _SEA.finditer(fold)] + [m.span() for m in _AMERICAS.finditer(fold)]
    found = []
    for match in pattern.finditer(fold):
        word = match.group(1)
        code = words.get(word) or words.get(word + "-")
        if any(a <= match.start(1) < b for a, b in seas):
            continue
        if len(word) <= 3 and fold[match.start(1) - 1 : match.start(1)] in (".", "/", "_"):
            continue  # "logo.png", "/uae/": a file's or an address's letters, no country
        if word in _CURRENCY_COUNTRIES and _A_CURRENCY_AFTER.match(fold, match.end(1)):
            continue  # "190 million U.S. dollars": a currency's name, no country of the project
        if _A_WAY_AFTER.match(fold, match.end(1)):
            continue  # "along Japan Highway": a road named after a country, no country
        if fold.startswith("-listed", match.end(1)):
            continue  # "a Hong Kong-listed company": where its shares trade, no country
        if code and opens_a_place_name(fold, match.start(1), match.end(1), code):
            continue  # "le groupe Thai Binh": a Vietnamese province's name, no Thai
        if word == "reunion" and (
            _A_MEETING_BEFORE.search(fold, max(0, match.start(1) - 25), match.start(1))
            or _A_MEETING_AFTER.match(fold, match.end(1))
        ):
            continue  # "lors d'une réunion tenue le 3 juin": a meeting, no island
        if code:
            found.append(CountryMention(code, match.start(1), match.end(1)))
    if any(name in fold for name in _AMBIGUOUS_CODES):
        for match in _AMBIGUOUS_SAID.finditer(fold):
            group = next(g for g in (1, 2, 3, 4) if match.group(g))
            a, b = match.start(group), match.end(group)
            if not any(c.start < b and a < c.end for c in found):
                found.append(CountryMention(_AMBIGUOUS_CODES[match.group(group)], a, b))
        found.sort(key=lambda c: c.start)
    return tuple(found)


# What says a state is the United States' where its name is also a country's ("Georgia"):
# its governor, its counties, the word "state"
_US_STATE_CUE = re.compile(
    r"\bGov\.|\b(?:Governor|gouverneur)\b|\b[A-Z][a-z]+ County\b|\bcounty\b"
    r"|\b(?:state|[ée]tat) (?:of|de) (?:Georgia|G[ée]orgie)\b|\bGeorgia (?:state|Gov\.|governor)\b"
)


def _us_town_in_state(text: str) -> bool:
    """True if the text says an American town with its state in brackets or after a comma
    ("based in Atlanta (Georgia)", "Savannah, Georgia"): the state, not the country."""
    return any(
        world_town_country(m.group(1)) == "US"
        for m in rx.finditer(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?: \(|, )Georgia\b", text)
    )


@lru_cache(maxsize=1)
def _us_state_names() -> re.Pattern[str]:
    """The United States' states by their English and French names, folded."""
    import pycountry

    lookup: Any = pycountry.subdivisions  # pycountry's lookups are untyped
    subdivisions = lookup.get(country_code="US")
    names = {
        folded(spelling)
        for sub in subdivisions
        for spelling in (str(sub.name), *exonyms(str(sub.name)))
        if len(spelling) >= 4 and str(sub.type) not in _OWN_COUNTRY_TYPES
    }
    return re.compile(
        r"\b(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b"
    )


def us_states_said(text: str, fold: str) -> list[CountryMention]:
    """Each US state the text names, capitalised, as a mention of the United States ("a
    plant in northeast Georgia", "Tennessee Gov. X"): an American article names its states,
    seldom its country. Georgia is the state only where the text says a governor, a county
    or "the state of Georgia", and says neither "Georgian" nor "Tbilisi" (the country's)."""
    said = [
        CountryMention("US", m.start(1), m.end(1))
        for m in _us_state_names().finditer(fold)
        if text[m.start(1) : m.start(1) + 1].isupper()
    ]
    country = any(c.country == "GE" for c in countries_in(fold))
    cued = _US_STATE_CUE.search(text) is not None or _us_town_in_state(text)
    return [
        c
        for c in said
        if fold[c.start : c.end] not in ("georgia", "georgie") or (cued and not country)
    ]
