"""Fixtures and helpers for the explorer's Pilot and snapshot tests.

Every app here runs with ``poll=False`` (no timer: a test calls
``app.check_for_changes()`` itself) on a private copy of the seeded database.
The top bar shows the database's location; the stores made here report a
fixed ``bilat.json`` so SVG snapshots do not contain a temporary path.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import json
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len
from textual.widgets import Static

from bilat.store import Store
from bilat.tui.app import BilatApp
from bilat.tui.widgets.record_table import RecordTable

SHOWN_LOCATION = "bilat.json"

# The seed records the tests talk about.
ALUMINIUM = "prj-dz-ain-temouchent-aluminium-complex"
ANTICANCER = "prj-dz-ru-anticancer-medicine-plants"
SECOND_COMPLEX = "prj-dz-second-heavy-industry-complex"
MOU = "agr-dz-ru-anpp-institute-mou"
ANTICANCER_PARTNERSHIP = "agr-dz-ru-anticancer-plants-partnership"
HEAVY_PARTNERSHIP = "agr-dz-ru-heavy-industry-partnership"
PHARMA_COOPERATION = "agr-dz-ru-pharma-health-cooperation"
ALL_PROJECTS = [ALUMINIUM, ANTICANCER, SECOND_COMPLEX]
ALL_AGREEMENTS = [MOU, ANTICANCER_PARTNERSHIP, HEAVY_PARTNERSHIP, PHARMA_COOPERATION]
SEED_SOURCE = "src-866b44c0265b5443"
SEED_SOURCE_TITLE = "Untitled article: Algeria–Russia industrial cooperation (French)"


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run ``async def`` tests in a fresh event loop (no asyncio plugin is installed)."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
    return True


def open_store(path: Path) -> Store:
    """A store on ``path`` whose top bar shows a fixed name, not the temporary path."""
    store = Store.open(path)
    store.backend.location = SHOWN_LOCATION
    return store


@pytest.fixture
def tui_db(tmp_path: Path, seeded_db_bytes: bytes) -> Path:
    """A private copy of the seeded database (built once, in tests/conftest.py)."""
    path = tmp_path / "bilat.json"
    path.write_bytes(seeded_db_bytes)
    return path


@pytest.fixture
def seeded_store(tui_db: Path) -> Iterator[Store]:
    store = open_store(tui_db)
    yield store
    store.backend.close()


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    """A store on a file that does not exist yet: an empty database."""
    store = open_store(tmp_path / "new.json")
    yield store
    store.backend.close()


@pytest.fixture
def app(seeded_store: Store) -> BilatApp:
    return BilatApp(seeded_store, poll=False)


@pytest.fixture
def import_bundle(tmp_path: Path) -> Callable[[Store, dict[str, Any]], None]:
    """``import_bundle(store, {"projects": [...], ...})``: import like `bilat import FILE`."""

    def run(store: Store, bundle: dict[str, Any]) -> None:
        path = tmp_path / f"bundle-{len(list(tmp_path.glob('bundle-*.json')))}.json"
        path.write_text(json.dumps({"schema": "bilat/1", **bundle}), encoding="utf-8")
        store.import_files([path])

    return run


async def press_save(pilot: Any) -> None:
    """F10 on a form, then wait for the save, which is written in a worker thread."""
    await press_write(pilot, "f10")


async def press_write(pilot: Any, key: str) -> None:
    """A key that writes (F10 on a form, y in the delete dialog, u, U), then wait for the
    write, which runs in a worker thread (and refuses a second write until it is done)."""
    await pilot.press(key)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


# -- reading what the app shows ------------------------------------------------------


def table(app: BilatApp, kind: str) -> RecordTable:
    return app.main.query_one(f"#{kind}", RecordTable)


def row_ids(app: BilatApp, kind: str) -> list[str]:
    return [row.record_id for row in table(app, kind).rows]


def table_lines(app: BilatApp, kind: str) -> list[str]:
    """The text of every line the table draws (header first)."""
    widget = table(app, kind)
    return [widget.render_line(y).text for y in range(widget.scrollable_content_region.height)]


def static_text(app: BilatApp, selector: str) -> str:
    """The plain text a Static on the current screen holds."""
    return str(app.screen.query_one(selector, Static).content)


def detail_text(app: BilatApp) -> str:
    """The plain text of the record the detail pane (or screen) shows, the quotes of
    every field unfolded (as `*` shows them; the card folds them)."""
    from bilat.tui.widgets.detail_view import DetailView

    return app.screen.query_one(DetailView).full_text


def screen_lines(app: BilatApp) -> list[str]:
    """What the terminal shows now, one string per line (composited, as drawn)."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


def screen_text(app: BilatApp) -> str:
    return "\n".join(screen_lines(app))


def assert_screen_is_clean(app: BilatApp) -> None:
    """Every line fills the terminal exactly and nothing could drive the terminal."""
    width = app.size.width
    for number, line in enumerate(screen_lines(app)):
        assert cell_len(line) == width, (number, line)
        assert "\x1b" not in line, (number, line)
        assert not any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in line), (number, line)
        assert not any(ch in line for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068"), (
            number,
            line,
        )


def pilot_test(test: Callable[..., Awaitable[None]]) -> Callable[..., None]:
    """Run an ``async def`` test in its own event loop (no asyncio plugin is installed)."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run
