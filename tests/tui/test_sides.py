"""Sources side by side: the conflict view opened from a record's detail, preferring a
claim with a reason (and undoing it), the source at a claim's quote; the marks column.

The second-source test data (``tests/data/second_sources``) is imported over the seeds:
the aluminium complex's total jobs then conflict (5 000 against 7 500)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bilat.store import Store
from bilat.tui.app import BilatApp
from bilat.tui.screens.conflict import ReasonScreen, SideCard, SidesScreen
from bilat.tui.screens.detail import DetailScreen
from bilat.tui.screens.source import SourceScreen
from bilat.tui.widgets.detail_view import DetailView

from .conftest import ANTICANCER, open_store, press_write, screen_text, table_lines

DATA = Path(__file__).resolve().parent.parent / "data" / "second_sources"
JOBS_TOTAL = ["clm-test-d-alu-jobs-total", "clm-test-r-alu-jobs-total"]
SEED_JOBS_TOTAL = "clm-prj-aluminium-jobs-total"


@pytest.fixture
def three_sources(tui_db: Path) -> Iterator[Store]:
    """The seeds, a reprint and a dispatch on the same projects."""
    store = open_store(tui_db)
    store.import_files([DATA / "reprint.json", DATA / "dispatch.json"])
    yield store
    store.backend.close()


def cards(app: BilatApp) -> list[SideCard]:
    return list(app.screen.query(SideCard))


def current_claim(app: BilatApp) -> str:
    screen = app.screen
    assert isinstance(screen, SidesScreen)
    return screen.sides[screen.current].claim.id


async def open_jobs_conflict(pilot) -> None:  # type: ignore[no-untyped-def]
    """Enter on the aluminium complex, then x on its detail: the first marked line (the
    jobs) from the top."""
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(pilot.app.screen, DetailScreen)
    await pilot.press("x")
    await pilot.pause()


async def test_x_on_the_detail_shows_the_jobs_conflict_a_column_per_source(
    three_sources: Store,
) -> None:
    app = BilatApp(three_sources, poll=False)
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        await open_jobs_conflict(pilot)
        screen = app.screen
        assert isinstance(screen, SidesScreen)
        text = screen_text(app)
        assert "Jobs · total: ⚠ sources disagree" in text
        assert len(cards(app)) == 3
        values = [str(card.content).splitlines()[0] for card in cards(app)]
        assert values == [
            "A  5 000 total jobs",
            "B  7 500 total jobs",
            # "des milliers" fits both
            "*  milliers d’emplois (total jobs, ≥ 1 000, order of magnitude)",
        ]
        # Title, publisher, date and rank of each source, the quote inside its sentence.
        first = str(cards(app)[0].content)
        assert "Alger et Moscou accélèrent leur coopération industrielle" in first
        assert "2025-02-20" in first and "rank: normal" in first
        assert "générera 5000 emplois directs, soit 5000 emplois au total selon" in first
        assert "rank: preferred" in str(cards(app)[2].content)
        # The highlighted column moves with the arrows.
        assert current_claim(app) == JOBS_TOTAL[0]
        await pilot.press("right")
        assert current_claim(app) == JOBS_TOTAL[1]
        assert cards(app)[1].has_class("-current") and not cards(app)[0].has_class("-current")
        await pilot.press("left", "left")
        assert current_claim(app) == SEED_JOBS_TOTAL


async def test_clicking_a_corroborated_line_shows_who_agrees(three_sources: Store) -> None:
    app = BilatApp(three_sources, poll=False)
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        view = app.screen.query_one(DetailView)
        rows = {row[2]: row[0] for row in view._marked_rows}
        assert {"jobs", "capacity", "location", "components"} <= set(rows)
        await pilot.click(view, offset=(3, 1 + rows["capacity"]))
        await pilot.pause()
        assert isinstance(app.screen, SidesScreen)
        text = screen_text(app)
        assert "Capacity · t/yr: ✓ 2 sources agree" in text
        assert len(cards(app)) == 3


async def test_n_walks_the_records_findings_and_escape_goes_back(three_sources: Store) -> None:
    app = BilatApp(three_sources, poll=False)
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        await open_jobs_conflict(pilot)
        screen = app.screen
        assert isinstance(screen, SidesScreen)
        count = len(screen.findings)
        seen = []
        for _ in range(count):
            finding = screen.finding
            assert finding is not None
            seen.append((finding.field, finding.item, screen.index))
            await pilot.press("n")
        assert screen.index == 0  # round again
        assert ("components", "unite dediee a la production d'acier", 1) in seen
        assert sorted(index for _field, _item, index in seen) == list(range(count))
        await pilot.press("N")
        assert screen.index == count - 1
        await pilot.press("escape")
        assert isinstance(app.screen, DetailScreen)


async def test_prefer_writes_the_claim_with_its_reason_and_undo_restores_it(
    three_sources: Store,
) -> None:
    app = BilatApp(three_sources, poll=False)
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        await open_jobs_conflict(pilot)
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, ReasonScreen)
        await pilot.press("enter")  # no reason yet: it asks for one
        assert isinstance(app.screen, ReasonScreen)
        await pilot.press(*"the ministry's own figure")
        await press_write(pilot, "enter")
        snapshot = three_sources.current()
        chosen = snapshot.get(JOBS_TOTAL[0])
        assert (chosen.rank, chosen.reason) == ("preferred", "the ministry's own figure")
        # The seed's claim was preferred: it is normal now.
        assert snapshot.get(SEED_JOBS_TOTAL).rank == "normal"
        assert isinstance(app.screen, SidesScreen)
        text = screen_text(app)
        assert f"resolved by {JOBS_TOTAL[0]}" in text
        card = str(cards(app)[0].content)
        assert "rank: preferred" in card and "the ministry's own figure" in card
        # One step of the history takes both claims back.
        await press_write(pilot, "u")
        snapshot = three_sources.current()
        assert snapshot.get(JOBS_TOTAL[0]).rank == "normal"
        assert snapshot.get(JOBS_TOTAL[0]).reason is None
        assert snapshot.get(SEED_JOBS_TOTAL).rank == "preferred"
        assert "⚠ sources disagree" in screen_text(app)


async def test_a_claim_changed_by_someone_else_is_not_overwritten(
    three_sources: Store, tui_db: Path
) -> None:
    import msgspec

    app = BilatApp(three_sources, poll=False)
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        await open_jobs_conflict(pilot)
        other = open_store(tui_db)
        claim = other.current().get(JOBS_TOTAL[0])
        other.upsert(msgspec.structs.replace(claim, note="checked"), expected_rev=claim.rev)
        other.backend.close()
        await pilot.press("p", *"mine")
        await press_write(pilot, "enter")
        assert three_sources.current().get(JOBS_TOTAL[0]).rank == "normal"


async def test_o_reads_the_source_at_the_claims_quote(three_sources: Store) -> None:
    app = BilatApp(three_sources, poll=False)
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        await open_jobs_conflict(pilot)
        await pilot.press("right", "o")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SourceScreen)
        assert screen.source is not None and screen.source.id == "src-test-reprint"
        assert screen.marks[screen.current].claim.id == JOBS_TOTAL[1]
        await pilot.press("escape")
        assert isinstance(app.screen, SidesScreen)


async def test_the_next_record_with_a_conflict(three_sources: Store) -> None:
    app = BilatApp(three_sources, poll=False)
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        await open_jobs_conflict(pilot)
        await pilot.press("right_square_bracket")
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SidesScreen)
        assert screen.record_id == ANTICANCER


async def test_x_on_a_record_whose_sources_never_compare_says_so(app: BilatApp) -> None:
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()
        assert not isinstance(app.screen, SidesScreen)


async def test_the_marks_column_shows_the_conflict_after_the_import(
    seeded_store: Store, tui_db: Path
) -> None:
    app = BilatApp(seeded_store, poll=False)
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        lines = table_lines(app, "projects")
        assert "Mark" in lines[0]
        aluminium = next(line for line in lines if "Ecological" in line)
        assert "⚠" not in aluminium and "✓" not in aluminium
        seeded_store.import_files([DATA / "reprint.json", DATA / "dispatch.json"])
        app.check_for_changes()
        await pilot.pause()
        lines = table_lines(app, "projects")
        aluminium = next(line for line in lines if "Ecological" in line)
        assert "⚠" in aluminium and "✓" in aluminium
