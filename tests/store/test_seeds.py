"""The bundled seeds: the article verbatim, every claim quoting it, nothing invented."""

from __future__ import annotations

import hashlib
from pathlib import Path

import orjson
import pytest

from bilat.store import Store, find_quote, quote_in_text
from bilat.store.locations import seed_files, seed_text_files
from bilat.store.text import fold
from tests.conftest import SEED_TOTAL

REPO = Path(__file__).resolve().parents[2]
ARTICLE = REPO / "seeds" / "000_866b44c0265b5443.txt"
SHARED_ARTICLE = REPO.parent / "shared" / "seeds" / ARTICLE.name
SOURCE_ID = "src-866b44c0265b5443"


def article_text() -> str:
    return ARTICLE.read_bytes().decode("utf-8")


def test_seed_files_are_found_through_the_package() -> None:
    names = [path.name for path in seed_files()]
    assert names == sorted(names)
    assert names[0] == "00_sources.json"
    assert {"10_sectors.json", "20_orgs.json", "30_projects.json"} <= set(names)
    assert [path.name for path in seed_text_files()] == [ARTICLE.name]


def test_seed_source_text_is_the_article_verbatim(seeded: Store) -> None:
    source = seeded.get(SOURCE_ID)
    text = article_text()
    assert source.text == text
    digest = hashlib.sha256(ARTICLE.read_bytes()).hexdigest()
    assert source.sha256 == digest
    assert hashlib.sha256(source.text.encode("utf-8")).hexdigest() == digest


@pytest.mark.skipif(not SHARED_ARTICLE.exists(), reason="the shared article copy is not here")
def test_seed_article_equals_the_shared_copy() -> None:
    assert ARTICLE.read_bytes() == SHARED_ARTICLE.read_bytes()


def test_unknowns_stay_unknown(seeded: Store) -> None:
    """The article has no date, author or publisher: none is made up."""
    source = seeded.get(SOURCE_ID)
    assert source.published is None
    assert source.publisher is None
    assert source.lang == "fr"


def test_every_claim_quote_occurs_in_its_source(seeded: Store) -> None:
    text = article_text()
    claims = seeded.select("claims")
    assert len(claims) >= 50
    for claim in claims:
        assert claim.source == SOURCE_ID, claim.id
        assert quote_in_text(claim.quote, text), claim.id
        assert find_quote(claim.quote, text) is not None, claim.id


def test_every_quote_in_the_seed_files_occurs_in_the_article() -> None:
    """Checked on the files themselves, not only on what the store accepted."""
    text = article_text()
    for path in seed_files():
        for claim in orjson.loads(path.read_bytes()).get("claims", []):
            assert quote_in_text(claim["quote"], text), claim["id"]


def test_seeds_load_clean(seeded: Store) -> None:
    assert seeded.check() == []
    counts = seeded.counts()
    assert sum(counts.values()) == SEED_TOTAL
    assert counts["sources"] == 1
    assert counts["sectors"] == 6
    assert counts["projects"] >= 3
    assert counts["agreements"] >= 4


def test_seed_sectors_of_the_design(seeded: Store) -> None:
    names = {fold(s.name.get("en", "")) for s in seeded.select("sectors")}
    assert {"steel", "aluminium", "pharmaceuticals", "manufacturing", "tourism"} <= names
    heavy = [s for s in seeded.select("sectors") if fold(s.name.get("en", "")) == "heavy industry"]
    assert len(heavy) == 1
    children = {s.id for s in seeded.select("sectors") if s.parent == heavy[0].id}
    assert children == {"sec-steel", "sec-aluminium"}


def test_every_seed_entity_is_backed_by_a_claim(seeded: Store) -> None:
    for kind in ("sectors", "orgs", "projects", "agreements"):
        for record in seeded.select(kind):
            assert seeded.claims_for(record.id), f"{record.id} has no claim"


def test_vague_figures_and_relative_dates_stay_vague(seeded: Store) -> None:
    for project in seeded.select("projects"):
        for quantity in [*project.capacity, *project.jobs]:
            if quantity.qualifier == "order_of_magnitude":
                assert quantity.value is None, project.id
                assert quantity.min is not None, project.id
        for key, date in project.dates.items():
            if "il y a" in date.raw or "récemment" in date.raw:
                assert date.earliest is None and date.latest is None, (project.id, key)
    aluminium = seeded.get("prj-dz-ain-temouchent-aluminium-complex")
    assert any(q.estimate for q in aluminium.capacity)
    assert aluminium.flags, "the article's contradiction must be flagged"
