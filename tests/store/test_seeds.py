"""The bundled seeds: the article verbatim, every claim quoting it, nothing invented."""

from __future__ import annotations

import hashlib
from pathlib import Path

import msgspec
import orjson

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


# The sha256 of the shared copy of the article the seeds were drawn from, recorded so that
# the check runs where that copy is not beside the checkout (a clean clone, CI).
SHARED_ARTICLE_SHA256 = "2016e7bc29bd2f6a28ea251a126f5b98f675c8aed39e715d6d9e71378079a0f4"


def test_seed_article_equals_the_shared_copy() -> None:
    assert hashlib.sha256(ARTICLE.read_bytes()).hexdigest() == SHARED_ARTICLE_SHA256
    if SHARED_ARTICLE.exists():
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


# Each sector's codes, with the name each classification gives the code. A code the
# curator could not be sure of is null, never a guess.
EXPECTED_CODES = {
    "sec-heavy-industry": {"isic": None, "nace": None, "crs": None},
    "sec-steel": {
        "isic": "2410",  # ISIC Rev.4: Manufacture of basic iron and steel
        "nace": "24.10",  # NACE Rev.2: Manufacture of basic iron and steel and of ferro-alloys
        "crs": "32169",  # OECD CRS: Basic metal industries
    },
    "sec-aluminium": {
        "isic": "2420",  # ISIC Rev.4: Manufacture of basic precious and other non-ferrous metals
        "nace": "24.42",  # NACE Rev.2: Aluminium production
        "crs": "32170",  # OECD CRS: Non-ferrous metal industries (32171 is Engineering)
    },
    "sec-pharmaceuticals": {
        "isic": "2100",  # ISIC Rev.4: Manufacture of pharmaceuticals, medicinal chemical and
        # botanical products
        "nace": "21",  # NACE Rev.2: Manufacture of basic pharmaceutical products and
        # pharmaceutical preparations
        "crs": "32168",  # OECD CRS: Pharmaceutical production
    },
    "sec-manufacturing": {
        "isic": "C",  # ISIC Rev.4: Section C, Manufacturing
        "nace": "C",  # NACE Rev.2: Section C, Manufacturing
        "crs": None,  # no CRS purpose code is manufacturing as a whole
    },
    "sec-tourism": {
        "isic": None,  # tourism is no ISIC activity: it spreads over several sections
        "nace": None,  # likewise in NACE
        "crs": "33210",  # OECD CRS: Tourism policy and administrative management
    },
}


def test_sector_codes_are_their_classifications_codes(seeded: Store) -> None:
    codes = {sector.id: sector.codes for sector in seeded.select("sectors")}
    assert codes == EXPECTED_CODES


def test_the_draft_memorandum_is_between_algeria_and_russia(seeded: Store) -> None:
    mou = seeded.get("agr-dz-ru-anpp-institute-mou")
    assert mou.countries == ["DZ", "RU"]
    (claim,) = [c for c in seeded.claims_for(mou.id) if c.field == "countries"]
    assert claim.value == ["DZ", "RU"]
    assert "les deux pays" in claim.quote and quote_in_text(claim.quote, article_text())


def test_no_acronym_the_article_does_not_give(seeded: Store) -> None:
    agency = seeded.get("org-dz-anpp")
    assert "ANPP" not in article_text()
    assert agency.acronym is None
    assert agency.name["fr"] == "Agence nationale des produits pharmaceutiques"
    (claim,) = [c for c in seeded.claims_for(agency.id) if c.field == "name"]
    assert "curator's, not the article's" in (claim.note or "")


def test_the_minister_is_recorded_with_what_he_said(seeded: Store) -> None:
    minister = seeded.get("per-ali-aoun")
    assert minister.name == {"fr": "Ali Aoun"}
    (role,) = minister.roles
    assert role.org == "org-dz-ministry-industry-pharma"
    assert role.title["fr"] in article_text()
    fields = {claim.field: claim for claim in seeded.claims_for(minister.id)}
    assert {"name", "roles", "statements"} <= set(fields)
    said = fields["statements"].quote
    assert said.startswith("Selon le ministre algérien") and quote_in_text(said, article_text())


def test_lists_show_jobs_as_the_article_words_them(seeded_path: Path, run_bilat) -> None:
    listed = run_bilat("list", "projects", "--format", "csv", db=seeded_path).stdout
    row = next(line for line in listed.splitlines() if "Ain Temouchent" in line)
    assert "5 000 direct jobs; milliers d’emplois (total)" in row
    assert "≥ 1 000" not in row
    shown = run_bilat("show", "prj-dz-ain-temouchent-aluminium-complex", db=seeded_path).stdout
    assert "5 000 direct jobs" in shown
    assert "milliers d’emplois (total jobs, ≥ 1 000, order of magnitude)" in shown


# The corrected seed records as the bundle shipped them before: an older database holds these.
BEFORE_CORRECTIONS = {
    "sec-aluminium": {"codes": {"isic": "2420", "nace": "24.42", "crs": "32171"}},
    "org-dz-anpp": {"acronym": "ANPP"},
    "agr-dz-ru-anpp-institute-mou": {"countries": []},
}


def test_reseed_brings_the_corrections_to_an_older_seeded_database(
    seeded_path: Path, run_bilat
) -> None:
    db = Store.open(seeded_path)
    for record_id, fields in BEFORE_CORRECTIONS.items():
        db.upsert(msgspec.structs.replace(db.get(record_id), **fields))
    db.delete("clm-dz-ru-anpp-institute-mou-countries")
    result = run_bilat("init", "--reseed", db=seeded_path)
    assert result.returncode == 0, result.stderr
    assert "1 added" in result.stderr and "0 kept as edited here" in result.stderr
    after = Store.open(seeded_path)
    assert after.get("sec-aluminium").codes["crs"] == "32170"
    assert after.get("org-dz-anpp").acronym is None
    assert after.get("agr-dz-ru-anpp-institute-mou").countries == ["DZ", "RU"]
    assert after.get("clm-dz-ru-anpp-institute-mou-countries").quote.startswith("les deux pays")
