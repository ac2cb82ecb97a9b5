"""``has:`` and ``sources:``: filtering on what the sources say, on the command line, in
the store and in the explorer (where a large database weighs its sources in a worker)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bilat.engine import Policy, Session, Stage
from bilat.store import QueryError, Store
from bilat.store.query import parse_filter
from bilat.tui.app import BilatApp
from tests.tui.conftest import pilot_test, row_ids

SEED_PROJECTS = Path(__file__).resolve().parents[2] / "seeds" / "records" / "30_projects.json"
DATA = Path(__file__).resolve().parent.parent / "data" / "second_sources"
ALU = "prj-dz-ain-temouchent-aluminium-complex"
PLANTS = "prj-dz-ru-anticancer-medicine-plants"
SECOND = "prj-dz-second-heavy-industry-complex"
EVERY_ONE_LARGE = Policy(
    lazy_above_bytes=0,
    saved_words_above_bytes=0,
    background_above_records=0,
    background_links_above_claims=0,
)


@pytest.fixture
def three_sources(seeded: Store) -> Store:
    seeded.import_files([DATA / "reprint.json", DATA / "dispatch.json"])
    return seeded


def ids(store: Store, kind: str, text: str) -> list[str]:
    return store.snapshot().select_ids(kind, parse_filter(text))


def test_the_parser_reads_has_and_sources() -> None:
    found = parse_filter("has:conf has:flag sources:2.. sources:..4 acier")
    assert found.has == ("conflict", "flag") and found.sources == ((2, None), (0, 4))
    assert found.words == ("acier",) and found.asks_evidence
    assert parse_filter("sources:3").sources == ((3, 3),)
    for wrong, words in [
        ("has:co", "could be has:conflict, has:corroborated"),
        ("has:nothing", "use has:conflict"),
        ("sources:many", "give a count or a range"),
        ("sources:4..2", "the range is empty"),
        ("has:", "needs a value, like has:conflict"),
    ]:
        with pytest.raises(QueryError, match=words):
            parse_filter(wrong)


def test_seeds_alone_have_no_conflict_and_one_story(seeded: Store) -> None:
    assert ids(seeded, "projects", "has:conflict") == []
    assert ids(seeded, "projects", "sources:2..") == []
    assert ids(seeded, "projects", "sources:1") == sorted([ALU, PLANTS, SECOND])
    flagged = [p["id"] for p in json.loads(SEED_PROJECTS.read_text())["projects"] if p.get("flags")]
    assert ids(seeded, "projects", "has:flag") == sorted(flagged) and len(flagged) >= 2


def test_second_and_third_sources_make_conflicts_and_stories(three_sources: Store) -> None:
    assert ids(three_sources, "projects", "has:conflict") == sorted([ALU, PLANTS, SECOND])
    # The reprint counts with the seed's article: the dispatch is the second story.
    assert ids(three_sources, "projects", "sources:2..") == sorted([ALU, PLANTS])
    assert ids(three_sources, "projects", "sources:2") == sorted([ALU, PLANTS])
    assert ids(three_sources, "projects", "sources:3..") == []
    assert ids(three_sources, "projects", "has:corroborated") == sorted([ALU, PLANTS])
    # With the other qualifiers and words: all must hold.
    assert ids(three_sources, "projects", "has:conflict aluminium") == [ALU]
    assert ids(three_sources, "projects", "status:approved sources:1") == [SECOND]
    assert ids(three_sources, "orgs", "sources:2..") == []
    assert three_sources.snapshot().select("projects", parse_filter("has:conflict"))[0].id == ALU


def test_the_qualifiers_do_not_apply_to_claims_and_sources(three_sources: Store) -> None:
    with pytest.raises(QueryError, match="has: does not apply to claims"):
        ids(three_sources, "claims", "has:conflict")


def test_the_command_line_filters_on_them(seeded_path: Path, run_bilat) -> None:
    run_bilat("import", DATA / "reprint.json", DATA / "dispatch.json", db=seeded_path)
    done = run_bilat("list", "projects", "--search", "has:conflict sources:2..", db=seeded_path)
    assert done.returncode == 0, done.stderr
    assert [line.split("\t")[0] for line in done.stdout.splitlines()[1:]] == sorted([ALU, PLANTS])
    wrong = run_bilat("list", "projects", "--search", "has:maybe", db=seeded_path)
    assert wrong.returncode != 0 and "use has:conflict" in wrong.stderr
    assert "Traceback" not in wrong.stderr


def test_a_large_database_weighs_its_sources_only_when_asked(
    three_sources: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("bilat.engine.policy.POLICY", EVERY_ONE_LARGE)
    session = Session(Store.open(three_sources.location))
    snapshot = session.for_reading(words=True)
    assert session.waits_for(snapshot, parse_filter("acier")) is None
    assert session.waits_for(snapshot, parse_filter("has:conflict")) is Stage.EVIDENCE
    assert not session.ready(snapshot, Stage.EVIDENCE)
    session.weigh(snapshot)
    assert session.ready(snapshot, Stage.EVIDENCE)
    assert session.waits_for(snapshot, parse_filter("has:conflict")) is None


@pilot_test
async def test_the_explorer_filters_on_them_after_weighing_in_a_worker(
    three_sources: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("bilat.engine.policy.POLICY", EVERY_ONE_LARGE)
    app = BilatApp(Store.open(three_sources.location), poll=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.press("slash", *"sources:2..")
        for _ in range(200):
            await pilot.pause(0.05)
            if row_ids(app, "projects") == sorted([ALU, PLANTS]):
                break
        assert row_ids(app, "projects") == sorted([ALU, PLANTS])
        await pilot.press(*" has:conflict alumin")
        await pilot.pause(0.2)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert row_ids(app, "projects") == [ALU]
