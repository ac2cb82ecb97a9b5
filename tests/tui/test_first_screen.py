"""A large database shows its first screen before its records are checked; a damaged one
ends the session with its name."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import orjson
import pytest

from bilat.engine import Policy, Session
from bilat.store import Store
from bilat.store.file_table import FileTable
from bilat.tui.app import BilatApp
from bilat.tui.screens.detail import DetailScreen
from bilat.tui.screens.forms import RecordForm
from bilat.tui.screens.source import SourceScreen

from .conftest import ALL_PROJECTS, ALUMINIUM, detail_text, open_store, row_ids


def slowed_first_snapshot(store: Store, release: threading.Event) -> Any:
    """The first snapshot of ``store``, whose remaining work waits for ``release``."""
    real_load_first = store.backend.load_first  # type: ignore[attr-defined]

    def load_first(min_bytes: int = 0) -> Any:
        tables, version, finish = real_load_first(0)

        def slow_finish() -> Any:
            release.wait(120)
            return finish()

        return tables, version, slow_finish

    store.backend.load_first = load_first  # type: ignore[attr-defined]
    return store.first_snapshot(min_bytes=0)


async def test_rows_detail_and_search_before_the_records_are_checked(tui_db: Path) -> None:
    """Records come from the file as they are shown: nothing waits for the check."""
    store = open_store(tui_db)
    release = threading.Event()
    first = slowed_first_snapshot(store, release)
    app = BilatApp(store, poll=False, first=first)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        assert store.checking
        assert row_ids(app, "projects") == ALL_PROJECTS
        assert "clm-prj-aluminium-jobs-direct" in detail_text(app)
        # "emplois" is only in the quotes about the aluminium complex's jobs.
        await pilot.press("slash", *"emplois")
        await pilot.pause()
        assert row_ids(app, "projects") == [ALUMINIUM]
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not store.checking
        assert app.main.model.snapshot is first
        assert row_ids(app, "projects") == [ALUMINIUM]


async def test_opening_and_editing_while_the_records_are_checked_do_not_wait_for_it(
    tui_db: Path,
) -> None:
    """The check runs in a thread for seconds at 100,000 projects: a record, its source or
    its form opened meanwhile use the first snapshot as it is, never check on the screen's
    thread (which froze it until the check was done)."""
    store = open_store(tui_db)
    release = threading.Event()
    app = BilatApp(store, poll=False, first=slowed_first_snapshot(store, release))
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            app.main.query_one("#projects").focus()
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, DetailScreen) and app.screen.record_id == ALUMINIUM
            await pilot.press("o")
            await pilot.pause()
            assert isinstance(app.screen, SourceScreen)
            await pilot.press("escape", "e")
            await pilot.pause(0.3)
            assert isinstance(app.screen, RecordForm)
            assert store.checking  # still held: nothing above checked on the screen's thread
            await pilot.press("escape")
            release.set()
            await app.workers.wait_for_complete()
            assert not store.checking
    finally:
        release.set()


async def test_a_damaged_claim_read_after_the_first_screen_ends_the_session(
    tui_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whichever reads it first (the check, or the claims gathered for the detail, both in
    threads on a large file) stops the explorer with its name."""
    monkeypatch.setattr("bilat.engine.policy.POLICY", Policy(background_links_above_claims=0))
    data = orjson.loads(tui_db.read_bytes())
    claim_id = next(iter(data["claims"]))
    data["claims"][claim_id]["quote"] = 7
    tui_db.write_bytes(orjson.dumps(data))
    store = open_store(tui_db)
    first = store.first_snapshot(min_bytes=0)
    app = BilatApp(store, poll=False, first=first)
    # Not under Pilot: the session ends on its own, maybe before its first screen is up.
    await asyncio.wait_for(app.run_async(headless=True, size=(100, 30)), timeout=30)
    assert app.return_code == 1
    assert app.error is not None and claim_id in app.error


@pytest.mark.parametrize("size", [0, 1 << 40])
def test_the_command_line_reads_the_first_snapshot_before_the_screen(
    tui_db: Path, size: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`bilat explore` on a broken file is a one-line error (tested in tests/cli); here: the
    app gets the snapshot the command line read, whatever the file's size."""
    import bilat.tui.cli

    seen: list[Any] = []

    class Recorder(BilatApp):
        def run(self, *args: Any, **kwargs: Any) -> Any:
            seen.append(self._first)
            return None

    monkeypatch.setattr("bilat.tui.app.BilatApp", Recorder)
    monkeypatch.setattr("bilat.tui.cli._is_tty", lambda stream: True)  # pytest's are pipes
    monkeypatch.setattr("bilat.engine.policy.POLICY", Policy(lazy_above_bytes=size))
    assert bilat.tui.cli.main(["--db", str(tui_db)]) == 0
    assert seen and seen[0] is not None
    assert isinstance(seen[0].projects, FileTable) == (size == 0)


def test_a_file_read_as_it_is_shown_is_indexed_in_the_background(tui_db: Path) -> None:
    """From 8 MB on (records left in the file), whatever the number of records: its saved
    word index is read back in a thread faster than the screen would build one."""
    lazy = Session(Store.open(tui_db), Policy(lazy_above_bytes=0))
    assert lazy.large(lazy.first())
    whole = Session(Store.open(tui_db))
    assert not whole.large(whole.first())  # the seeds, read whole
