"""A server database opens on a first view: the projects' and agreements' ids, the names,
and the records the screen shows; the claims and sources are fetched after (the warm-up),
and every record the view reads is of the moment it was opened."""

from __future__ import annotations

from itertools import chain
from typing import Any

import msgspec
import pytest

import bilat.tui.cli
from bilat.store import Sector, Store, parse_filter
from bilat.store.file_table import FileTable
from bilat.store.pg import table as pg_table
from tests.pg_server import admin, schema_of
from tests.tui.conftest import ALL_PROJECTS, ALUMINIUM


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


def test_a_search_hands_the_view_its_matches_unless_written_since(team_url: str) -> None:
    store = Store.open(team_url)
    first = store.first_snapshot(min_bytes=0)
    layout = first.tables["projects"].layout  # type: ignore[attr-defined]
    assert isinstance(layout, pg_table.ServerLayout)
    assert layout.fetched == 0
    # A match written after the view's moment: the view keeps its own, older text.
    writer = Store.open(team_url)
    before = writer.get(ALUMINIUM)
    writer.upsert(msgspec.structs.replace(before, status="cancelled"), expected_rev=before.rev)
    windows = store.backend.search("projects", parse_filter("complex"), first)
    assert windows is not None
    found = list(chain.from_iterable(windows))
    assert ALUMINIUM in found and len(found) > 1
    assert layout.fetched == len(found) - 1  # every match but the one written since
    reads = pg_table.FirstRead.bodies
    asked: list[list[str]] = []

    def counted(read: pg_table.FirstRead, kind: str, ids: list[str]) -> Any:
        asked.append(list(ids))
        return reads(read, kind, ids)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pg_table.FirstRead, "bodies", counted)
        others = [first.projects[i] for i in found if i != ALUMINIUM]
        assert asked == []  # the matches shown with no round trip of the view's own
        assert first.projects[ALUMINIUM].status == before.status  # the view's moment
    assert all(record.id in found for record in others)


def test_a_pass_in_order_fetches_ever_larger_windows(
    team_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The warm-up's index reads each record by id, in order: a window of a screenful
    # each time would be a round trip per screenful over the whole table.
    monkeypatch.setattr(pg_table, "WINDOW", 2)
    monkeypatch.setattr(pg_table, "WINDOW_AT_MOST", 16)
    first = Store.open(team_url).first_snapshot(min_bytes=0)
    ids = first.sorted_ids("claims")
    asked: list[int] = []
    reads = pg_table.FirstRead.bodies

    def counted(read: pg_table.FirstRead, kind: str, wanted: list[str]) -> Any:
        asked.append(len(wanted))
        return reads(read, kind, wanted)

    monkeypatch.setattr(pg_table.FirstRead, "bodies", counted)
    assert [first.claims[i].id for i in ids] == ids
    assert asked[:5] == [2, 4, 8, 16, 16] and sum(asked) == len(ids) == 82
    asked.clear()
    first.claims[ids[0]]  # kept: no round trip
    assert asked == []
