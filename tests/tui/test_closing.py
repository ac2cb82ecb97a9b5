"""What a worker's thread brings while the explorer closes is dropped, not drawn on
screens that are being taken down (a thread cannot be stopped mid-call)."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from bilat.tui.app import BilatApp
from bilat.tui.widgets.record_table import RecordTable

PATIENCE = 30.0


async def test_marks_gathered_as_the_explorer_closes_are_dropped(
    app: BilatApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    taken_down = threading.Event()
    unmount = RecordTable._on_unmount

    def on_unmount(table: RecordTable) -> None:
        unmount(table)
        taken_down.set()

    monkeypatch.setattr(RecordTable, "_on_unmount", on_unmount)

    failed: list[BaseException] = []
    started = threading.Event()
    done = threading.Event()

    def bring() -> None:
        """What the warm-up does once the claims are gathered, as the tables go."""
        started.set()
        try:
            main = app.main
            snapshot = main.model.snapshot
            if not taken_down.wait(PATIENCE):
                raise AssertionError("the tables were never taken down")
            app.from_worker(main.marks_gathered, snapshot)
        except BaseException as exc:  # what would fail the worker, and the explorer with it
            failed.append(exc)
        finally:
            done.set()

    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.run_worker(bring, thread=True)
        # (the worker's thread running before the explorer closes: a worker not yet started
        # is cancelled with the explorer, and would bring nothing to test)
        deadline = time.monotonic() + PATIENCE
        while not started.is_set():
            assert time.monotonic() < deadline, "the worker never started"
            await asyncio.sleep(0.01)
    # Leaving the block closed the explorer while the worker waited: the marks it brought
    # are not drawn on the closing screen (whose tables are gone).
    deadline = time.monotonic() + PATIENCE
    while not done.is_set():  # the event loop is left free to run what the worker brings
        assert time.monotonic() < deadline, "the worker never came back"
        await asyncio.sleep(0.01)
    assert failed == []
