"""Many sources on one record: what they agree on and where they disagree, per field and
per list item, with a second and a third source imported on the seed's records
(``tests/data/second_sources``: written for the tests, not real publications)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import msgspec
import pytest

from bilat.store import Store
from bilat.store.conflicts import Stories, compare, figures_agree
from bilat.store.models import Claim, DateValue, Quantity, Source

DATA = Path(__file__).resolve().parent.parent / "data" / "second_sources"
ALU = "prj-dz-ain-temouchent-aluminium-complex"
PLANTS = "prj-dz-ru-anticancer-medicine-plants"
SECOND = "prj-dz-second-heavy-industry-complex"
SEED_SOURCE = "src-866b44c0265b5443"


@pytest.fixture
def three_sources(seeded_path: Path, run_bilat) -> Path:
    done = run_bilat("import", DATA / "reprint.json", DATA / "dispatch.json", db=seeded_path)
    assert done.returncode == 0, done.stderr
    return seeded_path


def shown(run_bilat, db: Path, record_id: str) -> dict[str, Any]:
    done = run_bilat("show", record_id, "--format", "json", db=db)
    assert done.returncode == 0, done.stderr
    found: dict[str, Any] = json.loads(done.stdout)
    return found


def one(findings: list[dict[str, Any]], field: str, item: str | None = None) -> dict[str, Any]:
    (found,) = [f for f in findings if f["field"] == field and f["item"] == item]
    return found


def test_a_list_field_conflicts_item_by_item(three_sources: Path, run_bilat) -> None:
    """Total jobs: 7 500 (the reprint) against 5 000 (the dispatch); direct jobs agree."""
    doc = shown(run_bilat, three_sources, ALU)
    total = one(doc["conflicts"], "jobs", "total")
    assert [value["value"] for value in total["values"]] == [5000, 7500]
    assert set(total["claims"]) == {
        "clm-test-d-alu-jobs-total",
        "clm-test-r-alu-jobs-total",
        "clm-prj-aluminium-jobs-total",
    }
    assert total["resolved_by"] is None
    direct = one(doc["corroborations"], "jobs", "direct")
    assert [value["value"] for value in direct["values"]] == [5000]
    assert direct["sources"] == 2  # the reprint counts with the seed's article: one story
    assert not [f for f in doc["conflicts"] if f["item"] == "direct"]


def test_a_figure_inside_a_vague_range_and_another_precision_corroborate(
    three_sources: Path, run_bilat
) -> None:
    doc = shown(run_bilat, three_sources, ALU)
    capacity = one(doc["corroborations"], "capacity", "t/yr")
    assert {v["qualifier"] for v in capacity["values"]} == {"approx", "exact"}
    assert capacity["sources"] == 2
    # "des milliers" (the seed) backs the dispatch's 5 000 in all: another story.
    total = one(doc["corroborations"], "jobs", "total")
    assert set(total["claims"]) == {"clm-prj-aluminium-jobs-total", "clm-test-d-alu-jobs-total"}


def test_a_location_that_leaves_a_part_out_does_not_disagree(
    three_sources: Path, run_bilat
) -> None:
    """The seed says locality null, the dispatch says nothing of it; the region's
    spelling differs only by accents."""
    doc = shown(run_bilat, three_sources, ALU)
    assert not [f for f in doc["conflicts"] if f["field"].startswith("location")]
    assert one(doc["corroborations"], "location.region")["sources"] == 2


def test_a_name_and_relative_dates_conflict(three_sources: Path, run_bilat) -> None:
    doc = shown(run_bilat, three_sources, PLANTS)
    name = one(doc["conflicts"], "name", "fr")
    assert name["values"] == [
        "Premières usines de médicaments anticancéreux",
        "Usines de matières premières des médicaments anticancéreux",
    ]
    started = one(doc["conflicts"], "dates.construction_start")
    assert [v["raw"] for v in started["values"]] == [
        "il y a quelques jours",  # the seed's article is undated: it cannot be placed
        "la semaine dernière",
        "il y a quelques mois",
    ]
    operation = one(doc["corroborations"], "dates.operation_start")
    assert operation["sources"] == 2


def test_a_unit_put_on_another_record_shows_on_both(three_sources: Path, run_bilat) -> None:
    on_second = one(
        shown(run_bilat, three_sources, SECOND)["conflicts"],
        "components",
        "unite dediee a la production d'acier",
    )
    on_first = one(
        shown(run_bilat, three_sources, ALU)["conflicts"],
        "components",
        "unite dediee a la production d'acier",
    )
    assert on_second["elsewhere"] == [ALU] and on_first["elsewhere"] == [SECOND]
    assert set(on_first["claims"]) == set(on_second["claims"])
    text = run_bilat("show", SECOND, db=three_sources).stdout
    assert f"CONFLICT: a source puts it on {ALU}" in text


def test_a_preferred_claim_with_a_reason_resolves_and_the_conflict_stays(
    three_sources: Path, run_bilat
) -> None:
    store = Store.open(three_sources)
    claim = store.snapshot().get("clm-test-d-alu-jobs-total")
    store.upsert(
        msgspec.structs.replace(claim, rank="preferred", reason="the ministry's own figure"),
        expected_rev=claim.rev,
    )
    total = one(shown(run_bilat, three_sources, ALU)["conflicts"], "jobs", "total")
    assert total["resolved_by"] == "clm-test-d-alu-jobs-total"
    text = run_bilat("show", ALU, db=three_sources).stdout
    assert "(sources disagree; resolved by a preferred claim)" in text
    assert "preferred because: the ministry's own figure" in text


def test_the_seed_alone_has_no_conflict(seeded_path: Path, run_bilat) -> None:
    for record_id in (ALU, PLANTS, SECOND):
        assert shown(run_bilat, seeded_path, record_id)["conflicts"] == []


# -- the rules, one by one ------------------------------------------------------------


def quantity(**given: Any) -> Quantity:
    return msgspec.convert(given, Quantity)


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ({"value": 5000}, {"value": 5000, "qualifier": "approx"}, True),
        ({"value": 5000}, {"value": 7500}, False),
        ({"value": 5000}, {"value": 5400, "qualifier": "approx"}, True),
        ({"value": 5000}, {"value": 6000, "qualifier": "approx"}, False),
        ({"min": 1000, "qualifier": "order_of_magnitude"}, {"value": 7500}, True),
        ({"min": 1000, "qualifier": "order_of_magnitude"}, {"value": 12000}, False),
        ({"min": 4000, "max": 6000, "qualifier": "range"}, {"value": 5000}, True),
        ({"min": 6000, "qualifier": "at_least"}, {"value": 5000}, False),
    ],
)
def test_figures_agree_when_they_can_be_the_same_figure(
    a: dict[str, Any], b: dict[str, Any], agree: bool
) -> None:
    assert figures_agree(quantity(**a), quantity(**b)) is agree
    assert figures_agree(quantity(**b), quantity(**a)) is agree


def source(source_id: str, text: str, published: str | None = None) -> Source:
    date = DateValue(raw=published, earliest=published, latest=published) if published else None
    return Source(id=source_id, title=source_id, text=text, published=date)


WORDS = " ".join(f"mot{n}" for n in range(60))


def test_reprints_are_one_story() -> None:
    sources = {
        "src-a": source("src-a", WORDS),
        "src-b": source("src-b", "Reprise : " + WORDS + " fin."),
        "src-c": source("src-c", " ".join(f"autre{n}" for n in range(60))),
    }
    stories = Stories(sources)
    assert stories.of(["src-a", "src-b", "src-c"]) == {
        "src-a": "src-a",
        "src-b": "src-a",
        "src-c": "src-c",
    }
    assert stories.count(["src-a", "src-b"]) == 1


def claim(claim_id: str, source_id: str, field: str, value: Any, **more: Any) -> Claim:
    return Claim(
        id=claim_id, subject="prj-x", field=field, value=value, source=source_id, quote="q", **more
    )


def test_relative_dates_placed_by_dated_sources_can_agree() -> None:
    sources = {
        "src-a": source("src-a", "un", "2025-05-10"),
        "src-b": source("src-b", "deux", "2025-06-20"),
    }
    claims = [
        claim("clm-a", "src-a", "dates.construction_start", {"raw": "il y a quelques jours"}),
        claim("clm-b", "src-b", "dates.construction_start", {"raw": "il y a quelques semaines"}),
    ]
    result = compare(claims, sources)
    assert result.conflicts == [] and len(result.corroborations) == 1


def test_deprecated_claims_and_claims_without_value_take_no_side() -> None:
    sources = {"src-a": source("src-a", "un"), "src-b": source("src-b", "deux")}
    claims = [
        claim("clm-a", "src-a", "status", "approved"),
        claim("clm-b", "src-b", "status", "construction", rank="deprecated"),
        claim("clm-c", "src-b", "status", None),
    ]
    result = compare(claims, sources)
    assert result.conflicts == [] and set(result.skipped) == {"clm-b", "clm-c"}


class CountingStories(Stories):
    """Stories that count the sources whose texts were read."""

    def __init__(self, sources: dict[str, Source]) -> None:
        super().__init__(sources)
        self.read: list[str] = []

    def _shingles_of(self, source_id: str) -> frozenset[int]:
        self.read.append(source_id)
        return super()._shingles_of(source_id)


def test_texts_are_read_for_reprints_only_where_two_sources_state_one_field() -> None:
    sources = {
        "src-a": source("src-a", WORDS),
        "src-b": source("src-b", "Reprise : " + WORDS + " fin."),
    }
    apart = [
        claim("clm-a", "src-a", "status", "approved"),
        claim("clm-b", "src-b", "name.fr", "Usine"),
    ]
    stories = CountingStories(sources)
    assert compare(apart, sources, stories).corroborations == []
    assert stories.read == []
    together = [*apart, claim("clm-c", "src-b", "status", "approved")]
    result = compare(together, sources, stories)
    assert stories.read  # two sources say the status: are they one story?
    assert [finding.sources for finding in result.corroborations] == []  # a reprint: one story
