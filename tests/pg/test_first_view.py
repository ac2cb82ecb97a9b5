"""A server database opens on a first view: the projects' and agreements' ids, the names,
and the records the screen shows; the claims and sources are fetched after (the warm-up),
and every record the view reads is of the moment it was opened."""

from __future__ import annotations

import pytest

import bilat.tui.cli
from bilat.store import Sector, Store
from bilat.store.file_table import FileTable
from bilat.store.pg import table as pg_table
from tests.pg_server import admin, schema_of
from tests.tui.conftest import ALL_PROJECTS


@pytest.fixture
def team_url(pg_url: str) -> str:
    assert bilat.tui.cli.main(["--db", pg_url, "init"]) == 0
    return pg_url


def test_a_first_view_fetches_the_rows_it_shows_and_the_claims_after(team_url: str) -> None:
    store = Store.open(team_url)
    first = store.first_snapshot(min_bytes=0)
    projects = first.tables["projects"]
    assert isinstance(projects, FileTable)
    assert first.in_file and not first.all_read  # the claims and sources: not yet
    layout = projects.layout
    assert isinstance(layout, pg_table.ServerLayout)
    assert layout.fetched == 0
    assert first.sorted_ids("projects") == ALL_PROJECTS
    assert first.projects[ALL_PROJECTS[0]].id == ALL_PROJECTS[0]
    assert layout.fetched == len(ALL_PROJECTS)  # one window
    # A write meanwhile is not in the view, which reads one moment of the database.
    Store.open(team_url).upsert(Sector(id="sec-zz-later", name={"en": "Later"}))
    checked = store.snapshot()  # fetches and checks every record, then the new write
    whole = Store.open(team_url).snapshot()
    assert first.all_read
    for kind, records in whole.tables.items():
        assert dict(first.tables[kind]) == {k: v for k, v in records.items() if k != "sec-zz-later"}
    assert "sec-zz-later" in checked.sectors and "sec-zz-later" not in first.sectors


def test_an_id_with_a_line_break_does_not_shift_the_first_view(team_url: str) -> None:
    # The ids come as one text, an id a line; a row put by hand whose id holds a line
    # break is read one id at a time instead, and every id stays where it belongs.
    odd = "prj-odd\nline"
    with admin() as conn:
        conn.execute(f"SET search_path TO {schema_of(team_url)}")
        body = conn.execute(
            "SELECT jsonb_set(body::jsonb, '{id}', to_jsonb(%s::text))::text FROM projects "
            "WHERE id = %s",
            (odd, ALL_PROJECTS[0]),
        ).fetchone()
        assert body is not None
        conn.execute("INSERT INTO projects (id, seq, body) VALUES (%s, 0, %s)", (odd, body[0]))
    store = Store.open(team_url)
    first = store.first_snapshot(min_bytes=0)
    assert first.sorted_ids("projects") == sorted([*ALL_PROJECTS, odd])
    assert first.projects[odd].id == odd
    assert first.projects[ALL_PROJECTS[-1]].id == ALL_PROJECTS[-1]
