"""SVG snapshots of the sector overview (v) at 80x24 and 160x50, on the seeds and the
overview's test records (``tests/data/overview``: not real projects), so that the
totals and the timeline have dates at several precisions and two units to show.

Regenerate after a deliberate change of the look, and look at the SVGs:
``pytest tests/tui/test_overview_snapshots.py --snapshot-update``."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from bilat.store import Store
from bilat.store.overview import overview
from bilat.tui.app import BilatApp

DATA = Path(__file__).resolve().parent.parent / "data" / "overview" / "timeline.json"
SIZES = pytest.mark.parametrize("size", [(80, 24), (160, 50)], ids=["80x24", "160x50"])


@pytest.fixture
def timeline_app(seeded_store: Store) -> BilatApp:
    seeded_store.import_files([DATA])
    return BilatApp(seeded_store, poll=False)


async def counted(pilot: Pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@SIZES
def test_overview_of_all_sectors(
    snap_compare, timeline_app: BilatApp, size: tuple[int, int]
) -> None:
    """v: every sector's statuses, totals that keep ranges and words, the milestones."""
    assert snap_compare(timeline_app, press=["v"], terminal_size=size)


@SIZES
def test_overview_of_one_sector(
    snap_compare, timeline_app: BilatApp, size: tuple[int, int]
) -> None:
    """v then [ twice: all sectors, back to the last (Tourism), then Steel."""
    assert snap_compare(
        timeline_app, press=["v", "left_square_bracket", "left_square_bracket"], terminal_size=size
    )


def test_totals_keep_ranges_words_and_units_apart(seeded_store: Store) -> None:
    seeded_store.import_files([DATA])
    found = overview(seeded_store.snapshot())
    jobs = {total.label: total.text() for total in found.jobs}
    # 5 000 direct (the seeds' complex) + 1 200 direct (the test plant); total jobs are
    # a range and the seeds' "milliers", never added to the direct ones.
    assert jobs == {"direct jobs": "6 200", "total jobs": "3 000–4 000 + milliers d’emplois"}
    capacity = {total.label: total.text() for total in found.capacity}
    assert capacity == {"MW": "50", "t/yr": "≈ 1 500 000"}
    assert found.projects["construction"] == 2 and found.agreements["signed"] == 1
    steel = overview(seeded_store.snapshot(), "sec-steel")
    assert [m.step for m in steel.milestones] == [
        "announced",
        "signed",
        "construction start",
        "operation start",
    ]
