"""A long report names many countries: each country's towns and subdivisions are read
once for the whole reading, not again for every sentence once more than a few dozen
countries are named (a 16,000-word text took minutes so, a few seconds now)."""

from __future__ import annotations

import pycountry

from bilat.store.extract import cities, places
from bilat.store.extract.segment import folded, sentences, without_long_runs

from .reading import read


def _report(count: int) -> str:
    names = [str(getattr(c, "common_name", None) or c.name) for c in pycountry.countries]
    names = [n for n in names if "," not in n and "(" not in n][:count]
    return " ".join(
        f"Zentra will build a plant in {name}, near the town of Korvel." for name in names
    )


def test_each_country_s_towns_are_read_once_however_many_countries_are_named() -> None:
    text = _report(90)
    caches = (cities.towns, places._subdivisions, places._loose_subdivisions)
    before = [(c.cache_info().misses, c.cache_info().currsize) for c in caches]
    proposals = read(text, lang="en")
    assert any(p.field == "location" for p in proposals)  # a plant placed: the towns were read
    named = {c.country for c in places.countries_in(folded(text))}
    assert len(named) > 64  # more than any bound the caches once had
    for cache, (misses, size) in zip(caches, before, strict=True):
        info = cache.cache_info()
        # every country read was read once and kept: as many reads as countries kept
        assert info.misses - misses == info.currsize - size, cache


def test_a_long_run_without_a_space_is_no_word() -> None:
    """A page whose spaces were lost, a hash, a blob: not read, the rest read as ever (it
    once took minutes, every pattern trying it from each of its letters)."""
    run = "Thecompanywillbuildaplant" * 4000  # 100,000 characters
    text = f"Zentra construira une usine à Oran. {run} L'usine coûtera 10 millions de dollars."
    blank = text.replace(run, " " * len(run))
    said = [(p.field, p.plain_value(), p.start, p.end) for p in read(text)]
    assert said == [(p.field, p.plain_value(), p.start, p.end) for p in read(blank)]
    assert ("investment", 10_000_000) in {
        (f, v.get("value")) for f, v, _, _ in said if f == "investment"
    }
    # a long word of the press's is a word
    word = "a" * 199
    assert without_long_runs(f"x {word} y") == f"x {word} y"
    assert without_long_runs(f"x {word}b y") == "x " + " " * 200 + " y"


def test_a_long_run_of_spaces_ends_a_sentence() -> None:
    """A blob made spaces lies between two sentences, in neither: no pattern reads across
    it (reading 100,000 spaces inside one sentence took seconds)."""
    text = "Zentra construira une usine à Oran" + " " * 300 + "pour 10 millions de dollars."
    assert [(s.start, s.end) for s in sentences(text)] == [(0, 34), (334, len(text))]
    assert [(s.start, s.end) for s in sentences("Une usine" + " " * 199 + "à Oran.")] == [(0, 215)]
