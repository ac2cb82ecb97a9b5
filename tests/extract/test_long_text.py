"""A long report names many countries: each country's towns and subdivisions are read
once for the whole reading, not again for every sentence once more than a few dozen
countries are named (a 16,000-word text took minutes so, a few seconds now)."""

from __future__ import annotations

import pycountry

from bilat.store.extract import cities, places
from bilat.store.extract.segment import folded

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
