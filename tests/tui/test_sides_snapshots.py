"""SVG snapshots of the sources side by side, at 80x24 and 160x50: the aluminium
complex's total jobs, on which a reprint and a dispatch disagree
(``tests/data/second_sources`` imported over the seeds).

Update after a deliberate change of the look:
``pytest tests/tui/test_sides_snapshots.py --snapshot-update``, then look at the SVGs.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bilat.tui.app import BilatApp

from .conftest import open_store

DATA = Path(__file__).resolve().parent.parent / "data" / "second_sources"
SIZES = pytest.mark.parametrize("size", [(80, 24), (160, 50)], ids=["80x24", "160x50"])


@pytest.fixture
def three_sources_app(tui_db: Path) -> Iterator[BilatApp]:
    store = open_store(tui_db)
    store.import_files([DATA / "reprint.json", DATA / "dispatch.json"])
    yield BilatApp(store, poll=False)
    store.backend.close()


@SIZES
def test_sources_side_by_side(
    snap_compare, three_sources_app: BilatApp, size: tuple[int, int]
) -> None:
    """Enter on the aluminium complex, x: its total jobs, a column per source; at 80
    columns two fit and the third is one arrow away."""
    assert snap_compare(three_sources_app, press=["enter", "x"], terminal_size=size)


@SIZES
def test_the_third_source_scrolled_into_view(
    snap_compare, three_sources_app: BilatApp, size: tuple[int, int]
) -> None:
    """Right twice: the seed's "des milliers", highlighted, fits both figures."""
    assert snap_compare(
        three_sources_app, press=["enter", "x", "right", "right"], terminal_size=size
    )
