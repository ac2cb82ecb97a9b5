"""The explorer on a team database (PostgreSQL): a colleague's save on another machine
shows without waiting for the next look (a notification wakes it); the header never
shows a password; a read-only role says "read-only database" when an edit starts."""

from __future__ import annotations

import time

import pytest

import bilat.tui.app
import bilat.tui.cli
from bilat.store import Project, Store
from bilat.tui.app import BilatApp
from bilat.tui.screens.main import MainScreen
from bilat.tui.widgets.top_bar import TopBar
from tests.pg_server import reader_role
from tests.tui.conftest import ALL_PROJECTS, row_ids
from tests.tui.test_editing import focus_row
from tests.tui.test_multiuser import watch_notifications

PATIENCE = 10.0


@pytest.fixture
def team_url(pg_url: str) -> str:
    assert bilat.tui.cli.main(["--db", pg_url, "init"]) == 0
    return pg_url


async def test_a_colleagues_save_wakes_the_explorer(
    team_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bilat.tui.app, "POLL_SECONDS", 3600.0)  # only a notification wakes it
    app = BilatApp(Store.open(team_url), poll=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        assert row_ids(app, "projects") == ALL_PROJECTS
        listener = app._watching
        assert listener is not None
        assert listener.wait_listening(PATIENCE)  # type: ignore[attr-defined]
        colleague = Store.open(team_url)
        colleague.upsert(Project(id="prj-aaa-new-steel-complex", name={"en": "Steel"}))
        deadline = time.monotonic() + PATIENCE
        while "prj-aaa-new-steel-complex" not in row_ids(app, "projects"):
            assert time.monotonic() < deadline, "the colleague's save never showed"
            await pilot.pause(0.05)
        assert row_ids(app, "projects") == ["prj-aaa-new-steel-complex", *ALL_PROJECTS]


async def test_the_header_names_the_server_without_the_password(team_url: str) -> None:
    url = team_url.replace("postgres@", "postgres:s3cret@")  # trust: the password is unused
    app = BilatApp(Store.open(url), poll=False)
    async with app.run_test(size=(200, 36)) as pilot:
        await pilot.pause()
        header = str(app.main.query_one(TopBar).render())
        assert "127.0.0.1:5432/test" in header
        assert "s3cret" not in header


async def test_a_readers_edit_says_read_only_database(team_url: str) -> None:
    with reader_role(team_url) as url:
        app = BilatApp(Store.open(url), poll=False)
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            seen = watch_notifications(app)
            assert "READ-ONLY" in str(app.main.query_one(TopBar).render())
            await focus_row(pilot, app, "projects", ALL_PROJECTS[0])
            await pilot.press("e")
            await pilot.pause()
            assert isinstance(app.screen, MainScreen)  # no form opened
            assert any(message.startswith("read-only database") for message in seen)
