"""``bilat propose``: the JSON contract, quotes that are the source's text at their offsets,
values typed as claims store them, names matched to the records that exist, and what
contradicts an existing claim marked before it is accepted."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from bilat.store import Store
from bilat.store.claim_values import target, typed
from bilat.store.extract import propose
from bilat.store.extract.accept import plan
from bilat.store.models import Source
from bilat.store.sources import build_source

ROOT = Path(__file__).resolve().parents[2]
SEED_SOURCE = "src-866b44c0265b5443"
CONTRACT = ["subject", "new", "field", "value", "quote", "start", "end", "confidence"]


def scorer() -> ModuleType:
    """bench/extract/score.py, the bench's matching of values, loaded from its file."""
    spec = importlib.util.spec_from_file_location(
        "bilat_bench_score", ROOT / "bench/extract/score.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_json_is_one_object_a_line_in_the_contract(seeded_path: Path, run_bilat: Any) -> None:
    result = run_bilat("propose", SEED_SOURCE, "--format", "json", db=seeded_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) > 40
    stored = Store.open(seeded_path).get(SEED_SOURCE)
    assert isinstance(stored, Source)
    text = stored.text
    for line in lines:
        proposal = json.loads(line)
        assert list(proposal) == CONTRACT
        assert text[proposal["start"] : proposal["end"]] == proposal["quote"]
        assert 0 < proposal["confidence"] <= 1
        assert (proposal["subject"] is None) != (proposal["new"] is None)
        if proposal["new"] is not None:
            assert list(proposal["new"]) == ["key", "kind", "name"]
    # On the seeded database the seed's records are found, not proposed anew.
    subjects = {json.loads(line)["subject"] for line in lines}
    assert {
        "per-ali-aoun",
        "prj-dz-ain-temouchent-aluminium-complex",
        "agr-dz-ru-anpp-institute-mou",
    } <= subjects


def test_an_unknown_source_is_one_line_and_a_non_zero_exit(
    seeded_path: Path, run_bilat: Any
) -> None:
    result = run_bilat("propose", "src-0000000000000000", db=seeded_path)
    assert result.returncode == 1
    assert result.stderr.strip() == f"bilat: error: no source src-0000000000000000 in {seeded_path}"
    result = run_bilat("propose", "prj-dz-ain-temouchent-aluminium-complex", db=seeded_path)
    assert result.returncode == 2 and "is not a source id" in result.stderr


ARTICLE = (
    "Alger, 5 mars 2024 —  La société turque  Tosyali a signé lundi un accord de partenariat "
    "pour la réalisation d’un complexe sidérurgique à Béthioua, dans la wilaya d’Oran.\n"
    "Le complexe, d’un coût de 1,5 milliard de dollars, produira 2 millions de tonnes par an "
    "et créera 2.500 emplois directs et des milliers d’emplois indirects. "
    "Il entrera en production fin 2026, a indiqué le ministre de l’Industrie, Ali Aoun."
)


def source(text: str = ARTICLE, published: str | None = "2024-03-05") -> Source:
    return build_source(text, title="Test article", published=published, lang="fr")


def by_field(proposals: list[Any], field: str) -> list[Any]:
    return [p for p in proposals if p.field == field]


def test_each_quote_is_the_text_at_its_offsets_and_each_value_is_typed() -> None:
    article = source()
    proposals = propose(article)
    assert proposals
    for proposal in proposals:
        assert article.text[proposal.start : proposal.end] == proposal.quote
        prefix = {
            "projects": "prj-",
            "agreements": "agr-",
            "orgs": "org-",
            "people": "per-",
            "sectors": "sec-",
        }
        assert (
            typed(target(prefix[proposal.kind] + "x", proposal.field), proposal.plain_value())
            == proposal.value
        )
    (jobs_direct,) = [p for p in by_field(proposals, "jobs") if p.value.job_type == "direct"]
    assert (jobs_direct.value.value, jobs_direct.quote) == (2500, "2.500 emplois directs")
    (vague,) = [p for p in by_field(proposals, "jobs") if p.value.job_type == "indirect"]
    assert (vague.value.value, vague.value.min, vague.value.qualifier) == (
        None,
        1000,
        "order_of_magnitude",
    )
    (money,) = by_field(proposals, "investment")
    assert (money.value.value, money.value.currency) == (1_500_000_000, "USD")
    (capacity,) = by_field(proposals, "capacity")
    assert (capacity.value.value, capacity.value.unit) == (2_000_000, "t/yr")
    (location,) = by_field(proposals, "location")
    assert (location.value.country, location.value.region, location.value.locality) == (
        "DZ",
        "Oran",
        "Béthioua",
    )
    # Dates resolved against the source's date: "lundi" is the Monday before 5 March 2024.
    (event,) = by_field(proposals, "events")
    assert event.value.type == "signed" and event.value.date.earliest == "2024-03-04"
    (start,) = by_field(proposals, "dates.operation_start")
    assert (start.value.earliest, start.value.latest, start.value.planned) == (
        "2026-10-01",
        "2026-12-31",
        True,
    )
    # Proposals about one new record share its key.
    project = jobs_direct.new
    assert project is not None and project.kind == "projects"
    assert {p.new.key for p in [jobs_direct, money, capacity, location, start] if p.new} == {
        project.key
    }
    (role,) = by_field(proposals, "roles")
    assert role.value.title == {"fr": "ministre de l’Industrie"}


def test_spellings_of_a_place_are_one_place() -> None:
    for spelling in ("Aïn Témouchent", "Ain Temouchent", "Témouchent"):
        text = f"Une usine de production d’aluminium sera implantée dans la wilaya d’{spelling}."
        (location,) = by_field(propose(source(text)), "location")
        assert location.value.region == "Aïn Témouchent"
        assert location.quote.endswith(spelling)


def test_an_undated_source_keeps_relative_dates_unresolved() -> None:
    text = "Le ministère a approuvé récemment la réalisation d’une usine de ciment blanc."
    (approved,) = by_field(propose(source(text, published=None)), "dates.approved")
    assert (approved.value.raw, approved.value.earliest) == ("récemment", None)
    (dated,) = by_field(propose(source(text, published="2024-06-30")), "dates.approved")
    assert (dated.value.earliest, dated.value.latest) == ("2023-12-30", "2024-06-30")


def test_english_articles_are_read_too() -> None:
    text = (
        "Russia and Egypt signed an agreement on the creation of the Russian industrial zone "
        "in Egypt. Investments in the project were estimated at about $7 billion, said "
        "Industry and Trade Minister Denis Manturov."
    )
    proposals = propose(build_source(text, title="t", published="2018-05-23", lang="en"))
    (money,) = by_field(proposals, "investment")
    assert (money.value.value, money.value.currency, money.value.qualifier) == (
        7_000_000_000,
        "USD",
        "approx",
    )
    # the agreement signed; the zone it creates, still to be built, announced
    statuses = {(p.kind, p.value) for p in by_field(proposals, "status")}
    assert statuses == {("agreements", "signed"), ("projects", "announced")}
    (role,) = by_field(proposals, "roles")
    assert role.value.title == {"en": "Industry and Trade Minister"}
    assert role.value.org is None  # the title names no ministry: none is made from it
    assert not [p for p in proposals if p.new and p.new.kind == "orgs"]


def test_a_figure_that_contradicts_an_existing_claim_is_marked(seeded: Store) -> None:
    text = (
        "Le complexe de production d’aluminium écologique (décarboné) permettra de générer "
        "3000 emplois directs. La capacité de production annuelle de l’usine est estimée à "
        "un million de tonnes d’aluminium."
    )
    article = source(text)
    seeded.upsert(article)
    proposals = propose(article, seeded.snapshot())
    (jobs,) = by_field(proposals, "jobs")
    assert jobs.subject == "prj-dz-ain-temouchent-aluminium-complex"
    seed_jobs = [
        c.id
        for c in seeded.snapshot().claims_for(jobs.subject)
        if c.field == "jobs" and c.value["job_type"] == "direct"
    ]
    assert jobs.conflicts == seed_jobs
    (capacity,) = by_field(proposals, "capacity")
    assert capacity.conflicts == []  # the same figure: a corroboration, not a conflict


def test_accepting_makes_new_records_with_ids_and_a_claim_each(seeded: Store) -> None:
    article = source()
    seeded.upsert(article)
    snapshot = seeded.snapshot()
    proposals = propose(article, snapshot)
    records, expected = plan(proposals, snapshot, article)
    written = seeded.upsert_many(records, expected=expected)
    after = seeded.snapshot()
    claims = [r for r in written if r.id.startswith("clm-")]
    assert len(claims) == len(proposals)
    assert all(c.quote in article.text and c.source == article.id for c in claims)
    projects = [r for r in written if r.id.startswith("prj-")]
    # no proper name: the noun and its town, the analysts' convention (extract/naming.py)
    assert [p.id for p in projects] == ["prj-complexe-siderurgique-de-bethioua"]
    assert projects[0].jobs[0].value == 2500 and projects[0].location.region == "Oran"
    agreement = next(r for r in written if r.id.startswith("agr-"))
    assert agreement.projects == ["prj-complexe-siderurgique-de-bethioua"]
    assert after.check() if hasattr(after, "check") else True
    assert not seeded.check()


def test_every_claim_value_of_the_seed_is_among_the_proposals(seeded: Store) -> None:
    """Flags and the curator's notes aside (what the curator wrote, not the article:
    notes, statements, prospects, English translations, and the values whose note says
    they are the curator's), every value of a claim in seeds/ is proposed; the names of
    the sectors the store has already are not (their records are linked)."""
    score = scorer()
    snapshot = seeded.snapshot()
    proposals = [p.to_json() for p in propose(snapshot.tables["sources"][SEED_SOURCE], snapshot)]
    gold = json.loads((ROOT / "bench/extract/articles/seed-866b44c0.json").read_text("utf-8"))

    def name_of(ref: str) -> str:
        record = snapshot.find(ref)
        names = getattr(record, "name", None) or getattr(record, "title", None) or {}
        return "|".join([ref, *names.values()])

    # the sectors the store has already (the seed's own) are linked, not named again
    stored_sectors = {
        name for record in snapshot.tables["sectors"].values() for name in record.name.values()
    }
    missing = []
    for claim in gold["claims"]:
        if claim["subject"]["kind"] == "sectors" and claim["subject"]["name"] in stored_sectors:
            assert claim["field"] == "name"
            continue
        if not any(
            p["field"] == claim["field"]
            and score.same_value(claim["field"], p["value"], claim["value"], name_of)
            for p in proposals
        ):
            missing.append((claim["subject"]["name"], claim["field"], claim["value"]))
    assert missing == [], missing
    assert len(gold["claims"]) >= 70


def test_the_seed_gold_is_the_curators_claims(tmp_path: Path) -> None:
    """bench/extract/seed_gold.py makes the seed's gold file from seeds/records: the file
    in the bench is what it makes (run it again after a change to the seeds)."""
    spec = importlib.util.spec_from_file_location(
        "bilat_seed_gold", ROOT / "bench/extract/seed_gold.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    kept = (ROOT / "bench/extract/articles/seed-866b44c0.json").read_text("utf-8")
    try:
        module.main()
        assert (ROOT / "bench/extract/articles/seed-866b44c0.json").read_text("utf-8") == kept
    finally:
        (ROOT / "bench/extract/articles/seed-866b44c0.json").write_text(kept, "utf-8")


@pytest.mark.parametrize(
    "name", sorted(p.stem for p in (ROOT / "bench/extract/articles").glob("*.json"))
)
def test_every_gold_quote_is_in_its_article(name: str) -> None:
    gold = json.loads((ROOT / f"bench/extract/articles/{name}.json").read_text("utf-8"))
    text = (ROOT / f"bench/extract/articles/{name}.txt").read_text("utf-8")
    from bilat.store.text import find_quote

    assert all(find_quote(c["quote"], text) for c in gold["claims"])
    assert gold["lang"] in ("fr", "en")
    # a name is said per language, as the scorer and the store read it ({"en": "Quarry"})
    for claim in gold["claims"]:
        field, value = claim["field"].split(".")[0], claim["value"]
        name = value["name"] if field == "components" else value
        if field in ("name", "title", "components"):
            assert isinstance(name, dict), claim
            assert all(isinstance(t, str) for t in name.values()), claim


def test_a_sector_that_matches_an_existing_record_gets_no_name_claim(seeded: Store) -> None:
    article = source("Une aciérie sera construite à Oran par un groupe turc.")
    seeded.upsert(article)
    proposals = propose(article, seeded.snapshot())
    linked = [p for p in by_field(proposals, "sectors") if p.value.sector == "sec-steel"]
    assert linked  # the plant is linked to the existing sector …
    # … whose name is the store's already: no claim to name it again
    assert not [p for p in proposals if p.subject == "sec-steel" and p.field == "name"]


def test_the_text_listing_names_each_new_record_by_its_kind(
    seeded_path: Path, run_bilat: Any, tmp_path: Path
) -> None:
    article = tmp_path / "article.txt"
    article.write_text(
        "Le directeur général de la société, Karim Benali, a inauguré hier une usine "
        "de ciment à Sétif.",
        "utf-8",
    )
    added = run_bilat("add-source", "--title", "Usine", str(article), db=seeded_path)
    assert added.returncode == 0, added.stderr
    source_id = added.stderr.split()[3]
    listed = run_bilat("propose", source_id, db=seeded_path).stdout.splitlines()
    headers = [line for line in listed if line.startswith("new ")]
    assert any(line.startswith("new person (") for line in headers), headers
    assert any(line.startswith("new project (") for line in headers), headers
    # each value in words (a place, a name), not the JSON --format json gives scripts
    assert any(line.strip().startswith("location: Sétif") for line in listed), listed
    assert not any('{"' in line for line in listed), listed
