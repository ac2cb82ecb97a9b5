"""The proposals' confidence as the fitted chance that the analyst keeps them
(``store.extract.calibration``): what the features read, the weights applied, the shipped
weights in step with the features, and ``propose --min-confidence``."""

from __future__ import annotations

import importlib.util
import json
import math
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from bilat.store.extract import calibration, propose
from bilat.store.models import Source

ROOT = Path(__file__).resolve().parents[2]
SEED_SOURCE = "src-866b44c0265b5443"

TEXT = (
    "Usine de ciment à Kribi\n"
    "La société Dangote construit une usine de ciment à Kribi. "
    + "Le port attend des navires. " * 60
    + "La capacité sera de 1,5 million de tonnes par an."
)


def proposal(
    key: str, name: str, field: str, value: Any, quote: str, confidence: float = 0.8
) -> dict[str, Any]:
    start = TEXT.index(quote)
    return {
        "subject": None,
        "new": {"key": key, "kind": "projects", "name": name},
        "field": field,
        "value": value,
        "quote": quote,
        "start": start,
        "end": start + len(quote),
        "confidence": confidence,
    }


READING = [
    proposal(
        "new:1", "Usine de ciment de Kribi", "name", {"fr": "Usine de ciment"}, "usine de ciment"
    ),
    proposal("new:1", "Usine de ciment de Kribi", "location", {"city": "Kribi"}, "Kribi."),
    proposal(
        "new:1",
        "Usine de ciment de Kribi",
        "capacity",
        {"value": 1.5e6, "unit": "t/yr"},
        "1,5 million de tonnes par an",
        0.9,
    ),
    proposal("new:2", "Port de Kribi", "location", {"city": "Kribi"}, "Kribi", 0.6),
]


def test_features_read_the_whole_reading() -> None:
    name, location, capacity, port = calibration.features(READING, TEXT, "fr")
    assert name["field:name"] == 1 and name["kind:projects"] == 1 and name["lang:fr"] == 1
    # The headline says every word of the record's name that counts.
    assert name["named-in-headline"] == 1.0
    assert port["named-in-headline"] == 0.5  # "Kribi" but no "port"
    assert port["in-headline"] == 1.0 and "in-headline" not in capacity
    # How far a quote lies from where its record is named.
    assert location["name-within-150"] == 1.0
    assert capacity.get("name-within-2500") == 1.0  # the end of a long paragraph
    assert port["no-name-quote"] == 1.0
    # One town proposed for two records: one of them is likely wrong.
    assert location["value-of-several-records"] == 1.0 == port["value-of-several-records"]
    assert "value-of-several-records" not in capacity
    # The rules' confidence, as a number and as steps.
    assert capacity["reader"] == 0.9 and capacity["reader>=0.9"] == 1.0
    assert "reader>=0.7" not in port and port["reader>=0.6"] == 1.0
    assert name["record-size"] > port["record-size"]
    assert name["record-fields"] == 3 / 5 and port["record-fields"] == 1 / 5
    # A value's parts said, and how often the text says the quote.
    assert capacity["value-has:unit"] == 1.0 and "value-has:unit" not in location
    assert port["quote-said-again"] == pytest.approx(math.log(2) / 2)  # headline, body


@pytest.fixture
def weights(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, float]]:
    chosen: dict[str, float] = {}
    monkeypatch.setattr(calibration, "_weights", lambda: chosen)
    yield chosen


def test_the_chance_is_the_logistic_of_the_weighed_features(weights: dict[str, float]) -> None:
    weights.update({"bias": -1.0, "field:capacity": 3.0, "value-of-several-records": -2.0})
    chances = calibration.likelihoods(READING, TEXT, "fr")
    assert chances[2] == pytest.approx(1 / (1 + math.exp(-2.0)))
    assert chances[0] == pytest.approx(1 / (1 + math.exp(1.0)))
    assert chances[1] == pytest.approx(1 / (1 + math.exp(3.0)))


def test_without_weights_the_rules_confidence_stays(weights: dict[str, float]) -> None:
    source = Source(id="src-test", title="t", text=TEXT, lang="fr")
    raw = [p.confidence for p in propose(source, calibrate=False)]
    assert raw and [p.confidence for p in propose(source)] == raw


def test_the_shipped_weights_are_fitted_on_features_the_reader_gives() -> None:
    shipped = json.loads((ROOT / "store/extract/calibration.json").read_text("utf-8"))
    assert shipped["fitted_on"]["proposals"] > 1000
    # Every weight names a feature ``features`` makes: a renamed feature would weigh nothing.
    known = re.compile(
        r"bias|reader|held|record-size|records-of-kind|position|quote-length|in-headline"
        r"|named-in-headline|name-words|no-name-quote|value-of-several-records"
        r"|reader>=0\.\d|name-(within|beyond)-\d+|lang:\w+|field:[\w.]+|kind:\w+"
        r"|kind-field:\w+\.[\w.]+|record-fields|quote-said-again|value-has:\w+"
    )
    assert all(known.fullmatch(name) for name in shipped["weights"])
    assert "bias" in shipped["weights"] and "reader" in shipped["weights"]


def test_proposals_carry_the_fitted_chance() -> None:
    source = Source(id="src-test", title="t", text=TEXT, lang="fr")
    fitted = propose(source)
    raw = propose(source, calibrate=False)
    assert [(p.field, p.quote) for p in fitted] == [(p.field, p.quote) for p in raw]
    expected = calibration.likelihoods([p.to_json() for p in raw], TEXT, "fr")
    assert [p.confidence for p in fitted] == pytest.approx(expected, abs=1e-9)
    assert all(0 < p.confidence <= 1 for p in fitted)


def bench_module(name: str) -> ModuleType:
    path = ROOT / "bench/extract" / f"{name}.py"
    sys.path.insert(0, str(path.parent))
    try:
        spec = importlib.util.spec_from_file_location(f"bilat_bench_{name}", path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(path.parent))
    return module


def test_the_fitting_separates_what_the_features_separate() -> None:
    calibrate = bench_module("calibrate")
    samples = [
        calibrate.Sample({"bias": 1.0, f"field:{field}": 1.0}, kept, 0.8, "a")
        for field, kept in [("jobs", True)] * 30 + [("sector", False)] * 30 + [("jobs", False)] * 3
    ]
    weights = calibrate.fit(samples, 0.003)
    assert weights["field:jobs"] > weights["field:sector"]
    pairs = [(calibrate._chance(weights, s.f), s.kept) for s in samples]
    assert 0.9 < calibrate.auc(pairs) < 1.0
    assert calibrate.auc([(0.9, True), (0.1, False)]) == 1.0
    assert calibrate.auc([(0.5, True), (0.5, False)]) == 0.5
    assert calibrate.at_threshold([(0.9, True), (0.8, False), (0.2, True)], 4, 0.7) == (0.5, 0.25)


def test_min_confidence_keeps_the_surer_proposals(seeded_path: Path, run_bilat: Any) -> None:
    every = run_bilat("propose", SEED_SOURCE, "--format", "json", db=seeded_path)
    sure = run_bilat(
        "propose", SEED_SOURCE, "--format", "json", "--min-confidence", "0.7", db=seeded_path
    )
    assert every.returncode == 0 == sure.returncode
    all_of = [json.loads(line) for line in every.stdout.splitlines()]
    kept = [json.loads(line) for line in sure.stdout.splitlines()]
    assert kept == [p for p in all_of if p["confidence"] >= 0.7]
    assert 0 < len(kept) < len(all_of)
    for wrong in ("2", "-0.1", "nan", "most"):
        result = run_bilat("propose", SEED_SOURCE, "--min-confidence", wrong, db=seeded_path)
        assert result.returncode == 2
        assert result.stderr.strip() == (
            f"bilat: error: argument --min-confidence: {wrong!r} is not a number between"
            " 0 and 1 (see `bilat --help`)"
        )
        assert "Traceback" not in result.stderr
