"""The brief, the CSV tables and the view export, on the seeds and two test sources that
disagree with them (``tests/data/second_sources``)."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from bilat.store import Store
from bilat.store.brief import build_brief, to_html, to_markdown

from ..conftest import RunBilat

DATA = Path(__file__).resolve().parent.parent / "data" / "second_sources"
ALUMINIUM = "prj-dz-ain-temouchent-aluminium-complex"


@pytest.fixture
def disputed(seeded: Store) -> Store:
    seeded.import_files([DATA / "dispatch.json", DATA / "reprint.json"])
    return seeded


def brief_of(store: Store) -> tuple[str, object]:
    snapshot = store.snapshot()
    ids = {kind: snapshot.select_ids(kind) for kind in ("projects", "agreements")}
    brief = build_brief(snapshot, ids, view="", made="2026-01-01T00:00:00Z")
    return to_markdown(brief), brief


def test_every_footnote_is_the_quote_of_a_claim_on_the_record_it_backs(disputed: Store) -> None:
    snapshot = disputed.snapshot()
    text, _ = brief_of(disputed)
    body, _, sources = text.partition("\n## Sources\n")
    found = re.findall(r"^\[(\d+)\] “(.*)” — (.*), claim (clm-\S+)$", sources, re.M)
    assert found, sources
    notes = {int(n): (quote, where, claim_id) for n, quote, where, claim_id in found}
    for quote, where, claim_id in notes.values():
        claim = snapshot.claims[claim_id]
        assert quote.replace("\\", "") == claim.quote
        source = snapshot.sources[claim.source]
        assert claim.quote in source.text
        assert where.startswith(source.title)
    # Each record's markers are notes of claims on that record, and all are listed.
    for block in body.split("\n### ")[1:]:
        record_id = re.search(r"`((?:prj|agr)-[^`]+)`", block).group(1)  # type: ignore[union-attr]
        for number in map(int, re.findall(r"\[(\d+)\]", block)):
            assert snapshot.claims[notes[number][2]].subject == record_id
    assert sorted(notes) == list(range(1, len(notes) + 1))


def test_a_dispute_is_written_out_and_a_vague_figure_kept_in_words(disputed: Store) -> None:
    snapshot = disputed.snapshot()
    text, _ = brief_of(disputed)
    jobs = next(line for line in text.splitlines() if line.startswith("- **Jobs:**"))
    number = {
        claim_id: int(n)
        for n, claim_id in re.findall(r"^\[(\d+)\] .*, claim (clm-\S+)$", text, re.M)
    }
    five = number["clm-test-d-alu-jobs-total"]
    seven = number["clm-test-r-alu-jobs-total"]
    vague = number["clm-prj-aluminium-jobs-total"]
    assert f"5 000 total jobs [{five}] — 7 500 total jobs [{seven}] (sources disagree)" in jobs
    assert f"milliers d’emplois (total jobs, ≥ 1 000, order of magnitude) [{vague}]" in jobs
    assert snapshot.claims["clm-prj-aluminium-jobs-total"].value["min"] == 1000


def test_the_html_brief_is_one_page_with_nothing_loaded_from_elsewhere(disputed: Store) -> None:
    _, brief = brief_of(disputed)
    page = to_html(brief)  # type: ignore[arg-type]
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page and "@media print" in page
    assert not re.search(r"<(script|link|img)\b", page)
    assert not re.search(r"""(src|href)=["'](?!#|https?://)""", page.replace('href="#', ""))
    assert 'id="note-1"' in page and 'href="#note-1"' in page


def test_brief_command_writes_html_and_says_the_full_path(
    run_bilat: RunBilat, seeded_path: Path, tmp_path: Path
) -> None:
    done = run_bilat(
        "brief", "--search", "sector:pharma", "--format", "html", "-o", "b.html", db=seeded_path
    )
    assert done.returncode == 0, done.stderr
    assert f"wrote the brief to {tmp_path / 'b.html'}" in done.stderr
    page = (tmp_path / "b.html").read_text(encoding="utf-8")
    assert "First anticancer medicine plants" in page and "aluminium production" not in page


def test_csv_tables_have_numbers_that_parse(
    run_bilat: RunBilat, seeded_path: Path, tmp_path: Path
) -> None:
    done = run_bilat("export", "--format", "csv", "-o", "tables", db=seeded_path)
    assert done.returncode == 0, done.stderr
    folder = tmp_path / "tables"
    assert f"to {folder}" in done.stderr
    projects = {r["id"]: r for r in csv.DictReader((folder / "projects.csv").open())}
    alu = projects[ALUMINIUM]
    assert float(alu["capacity_value"]) == 1_000_000 and alu["capacity_unit"] == "t/yr"
    assert alu["capacity_estimate"] == "true"
    assert float(alu["jobs_direct_value"]) == 5000
    assert alu["jobs_total_value"] == "" and float(alu["jobs_total_min"]) == 1000
    assert alu["jobs_total_raw"] == "milliers d’emplois"
    plants = projects["prj-dz-ru-anticancer-medicine-plants"]
    assert plants["operation_start_earliest"] == "2025-10-01"
    assert plants["operation_start_raw"] == "fin 2025"
    for name in ("projects.csv", "agreements.csv", "quantities.csv"):
        for row in csv.DictReader((folder / name).open()):
            for column, cell in row.items():
                if re.search(r"(^|_)(value|min|max|year|items)$", column) and cell:
                    float(cell)  # a number, or empty
    claims = list(csv.DictReader((folder / "claims.csv").open()))
    assert len(claims) == 82
    assert {"record", "field", "value", "quote", "source"} <= set(claims[0])
    sidecar = json.loads((folder / "view.json").read_text())
    assert sidecar["view"]["filter"] == "" and sidecar["view"]["made"].endswith("Z")


def test_a_view_export_imports_into_an_empty_database_and_exports_the_same(
    run_bilat: RunBilat, seeded_path: Path, tmp_path: Path
) -> None:
    done = run_bilat("export", "--search", "sector:pharma", "-o", "view.json", db=seeded_path)
    assert done.returncode == 0, done.stderr
    view = json.loads((tmp_path / "view.json").read_bytes())
    assert view["view"]["filter"] == "sector:pharma"
    assert {p["id"] for p in view["projects"]} == {"prj-dz-ru-anticancer-medicine-plants"}
    empty = tmp_path / "empty.json"
    done = run_bilat("import", "view.json", db=empty)
    assert done.returncode == 0, done.stderr
    again = run_bilat("export", db=empty)
    assert again.returncode == 0, again.stderr
    view.pop("view")
    assert json.loads(again.stdout) == view
    assert run_bilat("check", db=empty).returncode == 0


def test_csv_needs_a_folder(run_bilat: RunBilat, seeded_path: Path) -> None:
    done = run_bilat("export", "--format", "csv", db=seeded_path)
    assert done.returncode == 2 and "-o DIR" in done.stderr
