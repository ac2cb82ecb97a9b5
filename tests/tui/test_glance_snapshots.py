"""SVG snapshots of what an analyst reads at a glance: the projects table, the facts card
and the organisations pane, at 80x24, 120x30 and 200x50, in the default theme and on a
plain terminal (NO_COLOR and TERM=linux: ASCII, no colour).

After a deliberate change of the look, review the SVGs and regenerate:
``pytest tests/tui/test_glance_snapshots.py --snapshot-update``.
"""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from bilat.store import Store
from bilat.tui.app import BilatApp

SIZES = pytest.mark.parametrize(
    "size", [(80, 24), (120, 30), (200, 50)], ids=["80x24", "120x30", "200x50"]
)
LOOKS = pytest.mark.parametrize("look", ["default", "plain"])


@pytest.fixture
def glance_app(seeded_store: Store, monkeypatch: pytest.MonkeyPatch, look: str) -> BilatApp:
    """The explorer, on a plain terminal if ``look`` says so (read when the app is made)."""
    if look == "plain":
        monkeypatch.setenv("NO_COLOR", "1")
        monkeypatch.setenv("TERM", "linux")
    else:
        monkeypatch.delenv("NO_COLOR", raising=False)
        monkeypatch.setenv("TERM", "xterm-256color")
        monkeypatch.setenv("LANG", "C.UTF-8")
    return BilatApp(seeded_store, poll=False)


@SIZES
@LOOKS
def test_projects_table(snap_compare, glance_app: BilatApp, size: tuple[int, int]) -> None:
    """The main screen: the projects table's most wanted columns first, the marks, an
    arrow where columns lie beyond the edge."""
    assert snap_compare(glance_app, terminal_size=size)


@SIZES
@LOOKS
def test_projects_table_scrolled(snap_compare, glance_app: BilatApp, size: tuple[int, int]) -> None:
    """Two columns to the right: the name stays, the figures and dates come into view."""
    assert snap_compare(glance_app, press=["l", "l"], terminal_size=size)


@SIZES
@LOOKS
def test_facts_card(snap_compare, glance_app: BilatApp, size: tuple[int, int]) -> None:
    """Enter on the aluminium complex: its flags, then every field on one line with its
    count of sources; the cursor on the jobs, their quotes unfolded."""
    keys = ["enter", *["j"] * 11, "space"]
    assert snap_compare(glance_app, press=keys, terminal_size=size)


async def _parties_shown(pilot: Pilot) -> None:
    await pilot.press("w")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@SIZES
@LOOKS
def test_orgs_pane(snap_compare, glance_app: BilatApp, size: tuple[int, int]) -> None:
    """w: each organisation with its people, projects and agreements; who signed what with
    whom (and at 200 columns the matrix of agreements per pair)."""
    assert snap_compare(glance_app, terminal_size=size, run_before=_parties_shown)
