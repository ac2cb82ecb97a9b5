"""The explorer on a server database shows its first rows before the claims and sources
are read (they are fetched after, in the warm-up)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from textual.widgets import Static

import bilat.tui.cli
from bilat.engine import Policy, Stage
from bilat.store import Store
from bilat.store.pg import table as pg_table
from bilat.tui.app import BilatApp
from tests.tui.conftest import ALL_PROJECTS, ALUMINIUM, ANTICANCER, row_ids

PATIENCE = 30.0
LAZY = Policy(lazy_above_bytes=0, saved_words_above_bytes=0, background_above_records=0)


@pytest.fixture
def team_url(pg_url: str) -> str:
    assert bilat.tui.cli.main(["--db", pg_url, "init"]) == 0
    return pg_url


class HeldBack:
    """The claims and sources of a server's first view, fetched only once released."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.released = threading.Event()
        self.asked: list[str] = []
        ids = pg_table.FirstRead.ids

        def held_back(first: pg_table.FirstRead, kind: str) -> list[str]:
            if kind in ("claims", "sources"):
                self.asked.append(kind)
                self.released.wait(PATIENCE)
            return ids(first, kind)

        monkeypatch.setattr(pg_table.FirstRead, "ids", held_back)


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldBack]:
    """A large-database explorer (every database is large) whose warm-up waits for the
    claims and sources until the test releases them (released at the end regardless)."""
    monkeypatch.setattr("bilat.engine.policy.POLICY", LAZY)
    monkeypatch.setattr(Store, "lazy_above_bytes", 0)
    holding = HeldBack(monkeypatch)
    yield holding
    holding.released.set()


async def test_the_explorer_shows_rows_before_the_claims_are_read(
    team_url: str, held: HeldBack
) -> None:
    released, asked = held.released, held.asked
    app = BilatApp(Store.open(team_url), poll=False)
    try:
        async with app.run_test(size=(120, 36)) as pilot:
            deadline = time.monotonic() + PATIENCE
            while row_ids(app, "projects") != ALL_PROJECTS:
                assert time.monotonic() < deadline, "no rows before the claims were read"
                await pilot.pause(0.05)
            snapshot = app.session.current()
            assert not snapshot.all_read  # rows shown; the claims not read yet
            released.set()
            while not app.session.current().all_read:
                assert time.monotonic() < deadline + PATIENCE, "the claims never came"
                await pilot.pause(0.05)
            assert asked
            assert len(app.session.current().claims) > 0
    finally:
        released.set()


def _status(app: BilatApp) -> str:
    return str(app.screen.query_one("#filter-status", Static).content)


async def test_a_filter_is_answered_by_the_server_while_the_index_is_made(
    team_url: str, held: HeldBack
) -> None:
    """Before the claims are read (so before the index here can answer), a filter's rows
    come from the server; once the index is made it answers the same rows itself."""
    released = held.released
    app = BilatApp(Store.open(team_url), poll=False)
    try:
        async with app.run_test(size=(120, 36)) as pilot:
            deadline = time.monotonic() + PATIENCE
            while row_ids(app, "projects") != ALL_PROJECTS:
                assert time.monotonic() < deadline, "no first rows"
                await pilot.pause(0.05)
            # A word found in the claims' quotes and names as well as in the records.
            await pilot.press("slash", *"alumin")
            while "shown" not in _status(app):
                assert time.monotonic() < deadline, f"no answer: {_status(app)!r}"
                await pilot.pause(0.05)
            from_server = (row_ids(app, "projects"), row_ids(app, "agreements"))
            assert not app.session.current().all_read  # the index here could not answer
            assert ALUMINIUM in from_server[0] and ANTICANCER not in from_server[0]
            assert from_server[1]
            # An unknown name is said as the index here says it.
            await pilot.press(*["backspace"] * 6, *"sector:nowhere")
            while "nowhere" not in _status(app):
                assert time.monotonic() < deadline, f"no error: {_status(app)!r}"
                await pilot.pause(0.05)
            await pilot.press(*["backspace"] * 14, *"alumin")
            released.set()
            while not app.session.ready(app.session.current(), Stage.WORDS):
                assert time.monotonic() < deadline + PATIENCE, "the index never came"
                await pilot.pause(0.05)
            await pilot.pause(0.2)
            assert "shown" in _status(app) and "server" not in _status(app)
            assert (row_ids(app, "projects"), row_ids(app, "agreements")) == from_server
    finally:
        released.set()
