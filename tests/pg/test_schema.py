"""The server's schema: typed columns that follow the records, versioned migrations,
``bilat init`` and ``bilat migrate`` on an empty server database, a newer schema refused."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest

import bilat.tui.cli
from bilat.store import DatabaseError, Sector, Store
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


def test_a_newer_schema_is_refused_before_anything_is_read(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    bilat.tui.cli.main(["--db", pg_url, "init"])
    with admin() as conn:
        conn.execute(f"SET search_path TO {schema_of(pg_url)}")
        conn.execute("UPDATE bilat_meta SET value = '99' WHERE key = 'schema_version'")
    capsys.readouterr()
    assert bilat.tui.cli.main(["--db", pg_url, "list", "projects"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert f"has schema version 99, newer than this bilat's ({schema.latest()})" in err
    assert "upgrade bilat" in err
