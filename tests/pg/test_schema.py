"""The server's schema: typed columns that follow the records, versioned migrations,
``bilat init`` and ``bilat migrate`` on an empty server database, a newer schema refused."""

from __future__ import annotations

from itertools import chain
from pathlib import Path

import msgspec
import pytest

import bilat.tui.cli
from bilat.store import DatabaseError, Sector, Store, parse_filter
from bilat.store.pg import schema
from tests.conftest import SEED_COUNTS, SEED_TOTAL
from tests.pg_server import admin, schema_of

ALUMINIUM = "prj-dz-ain-temouchent-aluminium-complex"


def test_init_creates_the_schema_and_loads_the_seeds(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bilat.tui.cli.main(["--db", pg_url, "init"]) == 0
    assert f"seed data imported {SEED_TOTAL} records" in capsys.readouterr().err
    assert Store.open(pg_url).counts() == SEED_COUNTS
    assert bilat.tui.cli.main(["--db", pg_url, "init"]) == 1  # it holds records: refused
    assert "holds 101 records; nothing was changed" in capsys.readouterr().err


def test_the_typed_columns_follow_the_record(pg_url: str) -> None:
    bilat.tui.cli.main(["--db", pg_url, "init"])
    store = Store.open(pg_url)
    project = store.get(ALUMINIUM)
    with admin() as conn:
        conn.execute(f"SET search_path TO {schema_of(pg_url)}")
        row = conn.execute(
            "SELECT rev, status, sectors, countries, parties FROM projects WHERE id = %s",
            (ALUMINIUM,),
        ).fetchone()
        assert row == (
            project.rev,
            project.status,
            [ref.sector for ref in project.sectors],
            project.countries,
            [p.org for p in project.parties if p.org]
            + [p.person for p in project.parties if p.person],
        )
        # The indexes filters and sorts read are there.
        indexes = {
            name
            for (name,) in conn.execute(
                "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
            )
        }
        assert {
            "projects_status",
            "projects_sectors",
            "agreements_parties",
            "claims_subject",
        } <= indexes
    edited = store.upsert(
        msgspec.structs.replace(project, status="cancelled"), expected_rev=project.rev
    )
    with admin() as conn:
        conn.execute(f"SET search_path TO {schema_of(pg_url)}")
        assert conn.execute(
            "SELECT rev, status FROM projects WHERE id = %s", (ALUMINIUM,)
        ).fetchone() == (edited.rev, "cancelled")


def test_migrate_applies_what_is_missing_then_nothing(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bilat.tui.cli.main(["--db", pg_url, "migrate"]) == 0
    assert "applied migration 1: tables of records" in capsys.readouterr().err
    assert bilat.tui.cli.main(["--db", pg_url, "migrate"]) == 0
    assert "schema up to date" in capsys.readouterr().err
    assert Store.open(pg_url).counts() == dict.fromkeys(SEED_COUNTS, 0)


def test_a_file_has_no_schema_to_migrate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bilat.tui.cli.main(["--db", str(tmp_path / "db.json"), "migrate"]) == 0
    assert "a database file has no schema to migrate" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []  # nothing created where nothing was


def test_migrate_does_not_create_the_default_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("BILAT_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert bilat.tui.cli.main(["migrate"]) == 0
    assert "a database file has no schema to migrate" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_later_migration_is_applied_by_migrate_and_asked_for_by_writes(
    pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bilat.tui.cli.main(["--db", pg_url, "init"])
    now = schema.latest()
    later = (now + 1, "a column for tests", "ALTER TABLE orgs ADD COLUMN tested boolean")
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, later])
    with pytest.raises(
        DatabaseError, match=rf"schema version {now}, older .* run `bilat --db URL migrate`"
    ):
        Store.open(pg_url).upsert(Sector(id="sec-new", name={"en": "New"}))
    assert bilat.tui.cli.main(["--db", pg_url, "migrate"]) == 0
    assert f"applied migration {now + 1}: a column for tests" in capsys.readouterr().err
    assert Store.open(pg_url).counts() == SEED_COUNTS


@pytest.mark.parametrize("command", [["list", "projects"], ["migrate"]])
def test_a_newer_schema_is_refused_before_anything_is_read_or_changed(
    pg_url: str, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    bilat.tui.cli.main(["--db", pg_url, "init"])
    with admin() as conn:
        conn.execute(f"SET search_path TO {schema_of(pg_url)}")
        conn.execute("UPDATE bilat_meta SET value = '99' WHERE key = 'schema_version'")
    capsys.readouterr()
    assert bilat.tui.cli.main(["--db", pg_url, *command]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert f"has schema version 99, newer than this bilat's ({schema.latest()})" in err
    assert "upgrade bilat" in err
    with admin() as conn:
        conn.execute(f"SET search_path TO {schema_of(pg_url)}")
        assert schema.installed(conn) == 99  # left as it was


def test_a_schema_1_database_is_migrated_to_search_on_the_server(
    pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A database made by a bilat that knew migration 1 only, with records in it.
    with monkeypatch.context() as older:
        older.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])
        assert bilat.tui.cli.main(["--db", pg_url, "init"]) == 0
    with admin() as conn:
        conn.execute(f"SET search_path TO {schema_of(pg_url)}")
        assert schema.installed(conn) == 1
        assert conn.execute(
            "SELECT count(*) FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND column_name = 'folded'"
        ).fetchone() == (0,)
    before = Store.open(pg_url)
    # Reading it works; the server does not search it yet (no folded text to search).
    whole = before.snapshot()
    assert ALUMINIUM in whole.select_ids("projects", parse_filter("temouch"))
    assert before.backend.search("projects", parse_filter("temouch"), whole) is None
    before.backend.close()
    capsys.readouterr()

    assert bilat.tui.cli.main(["--db", pg_url, "migrate"]) == 0
    err = capsys.readouterr().err
    assert "applied migration 2: search on the server" in err
    assert "migration 1" not in err
    with admin() as conn:
        conn.execute(f"SET search_path TO {schema_of(pg_url)}")
        assert schema.installed(conn) == schema.latest() == 2
        assert schema.searchable(conn)
        for kind in schema.SEARCHED:
            assert conn.execute(f"SELECT count(*), count(folded) FROM {kind}").fetchone() == (
                SEED_COUNTS[kind],
                SEED_COUNTS[kind],
            )
        folded = conn.execute("SELECT folded FROM projects WHERE id = %s", (ALUMINIUM,)).fetchone()
        assert folded is not None and "ain temouchent" in folded[0]  # "Aïn Témouchent"
        indexes = {
            name
            for (name,) in conn.execute(
                "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
            )
        }
        assert {"projects_folded", "agreements_folded", "claims_folded"} <= indexes

    # The rows written before the migration are found by the server's search, as the
    # records read find them.
    store = Store.open(pg_url)
    names = store.first_snapshot(min_bytes=0)
    whole = store.snapshot()
    for kind, text in [("projects", "témouchent"), ("projects", "ALUMIN"), ("agreements", "")]:
        flt = parse_filter(text)
        windows = store.backend.search(kind, flt, names)
        assert windows is not None
        found = list(chain.from_iterable(windows))
        assert found == whole.select_ids(kind, flt)
        assert found
    assert ALUMINIUM in whole.select_ids("projects", parse_filter("témouchent"))
    # And it is written to as any database of this bilat's.
    store.upsert(Sector(id="sec-new", name={"en": "New"}))
    assert bilat.tui.cli.main(["--db", pg_url, "migrate"]) == 0
    assert "schema up to date" in capsys.readouterr().err


def test_a_migration_held_up_by_a_reader_gives_up_and_changes_nothing(
    pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with monkeypatch.context() as older:
        older.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])
        assert bilat.tui.cli.main(["--db", pg_url, "init"]) == 0
    # An explorer's first view holds its tables until its warm-up has read them all.
    reader = Store.open(pg_url)
    reader.first_snapshot(min_bytes=0)
    monkeypatch.setattr(schema, "LOCK_WAIT_SECONDS", 1)
    capsys.readouterr()
    assert bilat.tui.cli.main(["--db", pg_url, "migrate"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "the migration waited 1 s for tables others are using" in err
    assert "nothing was changed" in err
    with admin() as conn:
        conn.execute(f"SET search_path TO {schema_of(pg_url)}")
        assert schema.installed(conn) == 1
    reader.snapshot()  # the warm-up's check: every record read, the view let go
    assert bilat.tui.cli.main(["--db", pg_url, "migrate"]) == 0
    assert "applied migration 2" in capsys.readouterr().err
