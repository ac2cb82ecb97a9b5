"""The explorer on a server database shows its first rows before the claims and sources
are read (they are fetched after, in the warm-up)."""

from __future__ import annotations

import threading
import time

import pytest

import bilat.tui.cli
from bilat.engine import Policy
from bilat.store import Store
from bilat.store.pg import table as pg_table
from bilat.tui.app import BilatApp
from tests.tui.conftest import ALL_PROJECTS, row_ids

PATIENCE = 30.0
LAZY = Policy(lazy_above_bytes=0, saved_words_above_bytes=0, background_above_records=0)


@pytest.fixture
def team_url(pg_url: str) -> str:
    assert bilat.tui.cli.main(["--db", pg_url, "init"]) == 0
    return pg_url


async def test_the_explorer_shows_rows_before_the_claims_are_read(
    team_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("bilat.engine.policy.POLICY", LAZY)
    monkeypatch.setattr(Store, "lazy_above_bytes", 0)
    released = threading.Event()
    asked: list[str] = []
    ids = pg_table.FirstRead.ids

    def held_back(self: pg_table.FirstRead, kind: str) -> list[str]:
        if kind in ("claims", "sources"):
            asked.append(kind)
            released.wait(PATIENCE)  # the claims and sources come only once released
        return ids(self, kind)

    monkeypatch.setattr(pg_table.FirstRead, "ids", held_back)
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
