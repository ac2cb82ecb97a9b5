"""SVG snapshots of the explorer on the seed data, at 80x24 and 120x40.

After a deliberate change of the look (or of a key in the footer or help), review
the difference and regenerate: ``pytest tests/tui/test_snapshots.py --snapshot-update``.
"""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from bilat.tui.app import BilatApp
from bilat.tui.widgets.filter_bar import FilterInput

SIZES = pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])


@SIZES
def test_main_screen(snap_compare, app: BilatApp, size: tuple[int, int]) -> None:
    """Sectors, projects, agreements (from 140 columns also the highlighted record's detail)."""
    assert snap_compare(app, terminal_size=size)


@SIZES
def test_detail_screen(snap_compare, app: BilatApp, size: tuple[int, int]) -> None:
    """Enter on the aluminium complex: its facts card (quotes folded)."""
    assert snap_compare(app, press=["enter"], terminal_size=size)


@SIZES
def test_source_view(snap_compare, app: BilatApp, size: tuple[int, int]) -> None:
    """o on the aluminium complex: the article, its second quote current (after n)."""
    assert snap_compare(app, press=["o", "n"], terminal_size=size)


@SIZES
def test_help(snap_compare, app: BilatApp, size: tuple[int, int]) -> None:
    """? over the main screen: every key, by pane."""
    assert snap_compare(app, press=["question_mark"], terminal_size=size)


def steady_cursor(pilot: Pilot) -> None:
    """The filter box's cursor must not blink away just before the screenshot."""
    pilot.app.main.query_one(FilterInput).cursor_blink = False


@SIZES
def test_filtered_main_screen(snap_compare, app: BilatApp, size: tuple[int, int]) -> None:
    """A valid filter typed in the box: the pharmaceutical records that are drafts or not."""
    assert snap_compare(
        app, press=["slash", *"sector:pharma"], terminal_size=size, run_before=steady_cursor
    )


@SIZES
def test_filter_mistake(snap_compare, app: BilatApp, size: tuple[int, int]) -> None:
    """A mistake in the filter is reported beside the box; the tables stay."""
    assert snap_compare(
        app, press=["slash", *"sector:nothing"], terminal_size=size, run_before=steady_cursor
    )
