"""The benchmark data generator: valid for the store, deterministic, and realistic enough to be
worth measuring (every vocabulary, every script, hostile names among them)."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import orjson
import pytest

from bilat.store import Store
from bilat.store.dates import DateParseError, parse_date
from bilat.store.models import AGREEMENT_STATUSES, INSTRUMENTS, PROJECT_STATUSES, QUALIFIERS

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "generate.py"
N = 300
SEED = 7


def load_generator() -> ModuleType:
    """bench/generate.py is a script, not a package module: load it from its file."""
    spec = importlib.util.spec_from_file_location("bilat_bench_generate", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """The script run as a user runs it, with its own hash seed."""
    out = tmp_path_factory.mktemp("bench") / "bench.json"
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run(
        [sys.executable, str(SCRIPT), "--projects", str(N), "--seed", str(SEED), "-o", str(out)],
        check=True,
        capture_output=True,
        env=env,
    )
    return out, orjson.loads(out.read_bytes())


def test_imports_into_a_fresh_store_and_passes_check(
    generated: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    path, data = generated
    store = Store.open(tmp_path / "bench-db.json")
    summary = store.import_files([path])
    assert summary.total_replaced == 0
    assert store.check() == []
    counts = store.counts()
    assert counts["projects"] == N
    assert counts["agreements"] == N // 2
    records = N + N // 2
    assert 2.7 * records <= counts["claims"] <= 3.4 * records  # about three per record
    assert counts["sources"] == round(records / 50)
    # Import then export gives the same data back (the generator writes the export shape;
    # it makes no people, whose key an export always writes).
    exported = store.export()
    assert exported.pop("people") == []
    assert exported == data


def test_same_seed_same_bytes_and_another_seed_differs(
    generated: tuple[Path, dict[str, Any]],
) -> None:
    path, _ = generated
    generator = load_generator()
    first = generator.dump(generator.generate(N, SEED))
    assert first == generator.dump(generator.generate(N, SEED))
    assert first == path.read_bytes()  # another process, another hash seed
    assert generator.dump(generator.generate(N, SEED + 1)) != first


def test_quotes_are_verbatim_sentences_and_digests_match(
    generated: tuple[Path, dict[str, Any]],
) -> None:
    _, data = generated
    texts = {source["id"]: source["text"] for source in data["sources"]}
    for source in data["sources"]:
        assert source["sha256"] == hashlib.sha256(source["text"].encode("utf-8")).hexdigest()
    for claim in data["claims"]:
        assert claim["quote"] in texts[claim["source"]], claim["id"]  # exact, not just folded
    subjects = {claim["subject"] for claim in data["claims"]}
    assert subjects == {r["id"] for kind in ("projects", "agreements") for r in data[kind]}
    # Some sources disagree: two claims on one field of one record, one of them preferred.
    conflicts = [c for c in data["claims"] if c["note"] and c["note"].startswith("Disagrees")]
    assert conflicts and all(c["rank"] in ("normal", "deprecated") for c in conflicts)


def test_every_vocabulary_is_used(generated: tuple[Path, dict[str, Any]]) -> None:
    _, data = generated
    projects, agreements = data["projects"], data["agreements"]
    assert {p["status"] for p in projects} == set(PROJECT_STATUSES)
    assert {a["status"] for a in agreements} == set(AGREEMENT_STATUSES)
    assert {a["instrument"] for a in agreements} == set(INSTRUMENTS)
    figures = [q for p in projects for q in p["capacity"] + p["jobs"]]
    assert {q["qualifier"] for q in figures} == set(QUALIFIERS)
    vague = [q for q in figures if q["qualifier"] == "order_of_magnitude"]
    assert all(q["value"] is None and q["min"] for q in vague)  # never a made-up point value
    assert {q["job_type"] for p in projects for q in p["jobs"]} == {"direct", "indirect", "total"}
    # A hierarchy three levels deep: solar < renewables < energy.
    parents = {s["id"]: s["parent"] for s in data["sectors"]}
    assert parents["sec-solar"] == "sec-renewables"
    assert parents["sec-renewables"] == "sec-energy"
    assert {p["sectors"][0]["sector"] for p in projects} > {"sec-steel", "sec-pharmaceuticals"}
    kinds = {o["kind"] for o in data["orgs"]}
    assert kinds == {"ministry", "agency", "company", "institute", "other"}
    assert any(o["parent"] for o in data["orgs"])
    assert sum(bool(p["agreements"]) for p in projects) > N // 10
    assert all(
        p["id"] in {pid for a in agreements for pid in a["projects"]}
        for p in projects
        if p["agreements"]
    )


def test_dates_keep_raw_words_and_agree_with_the_store_parser(
    generated: tuple[Path, dict[str, Any]],
) -> None:
    _, data = generated
    dates = [d for p in data["projects"] for d in p["dates"].values()]
    dates += [e["date"] for a in data["agreements"] for e in a["events"]]
    vague = [d for d in dates if d["earliest"] is None]
    assert vague and all(d["latest"] is None and d["raw"] for d in vague)
    assert {"il y a quelques jours", "в прошлом месяце"} <= {d["raw"] for d in vague}
    assert any(d["planned"] for d in dates) and any(not d["planned"] for d in dates)
    raws = [d["raw"] for d in dates]
    assert any(re.fullmatch(r"fin \d{4}", raw) for raw in raws)
    assert any(re.fullmatch(r"Q[1-4] \d{4}", raw) for raw in raws)
    assert any(re.fullmatch(r"T[1-4] \d{4}", raw) for raw in raws)
    parsed = 0
    for date in dates:
        if date["earliest"] is None:
            continue
        assert date["earliest"] <= date["latest"]
        try:
            value = parse_date(date["raw"])
        except DateParseError:
            continue  # Russian and Arabic words, "1er mars": bounds set by the curator
        assert (value.earliest, value.latest) == (date["earliest"], date["latest"]), date
        parsed += 1
    assert parsed > len(dates) // 3


def test_names_in_many_scripts_and_hostile_ones(generated: tuple[Path, dict[str, Any]]) -> None:
    _, data = generated
    regions = {p["location"]["region"] for p in data["projects"] if p["location"]}
    localities = {p["location"]["locality"] for p in data["projects"] if p["location"]}
    assert {"Aïn Témouchent", "Béjaïa", "Sétif", "وهران", "قسنطينة", "广东省", "İzmir"} <= regions
    assert {"Нижний Новгород", "Екатеринбург", "Béni Saf", "Vũng Tàu", "Muborak"} <= localities
    project_names = [text for p in data["projects"] for text in p["name"].values()]
    org_names = [text for o in data["orgs"] for text in o["name"].values()]
    for hostile in ("[bold red]", "[@click=", "\x1b[31m", "\u202e"):
        assert any(hostile in name for name in project_names), hostile
        assert any(hostile in name for name in org_names), hostile
    names = project_names + org_names
    assert any("\u0400" <= ch <= "\u04ff" for name in names for ch in name)  # Cyrillic
    assert any("\u0600" <= ch <= "\u06ff" for name in names for ch in name)  # Arabic
    assert any("\u4e00" <= ch <= "\u9fff" for name in names for ch in name)  # CJK
    # The hostile names reach the source texts, so the source view meets them too.
    assert any("\x1b[" in source["text"] for source in data["sources"])
