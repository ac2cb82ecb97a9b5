"""Moving a database between a file and the server, both ways, all or nothing; what is
exported is the same bytes whichever backend held it; no password ever leaves."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

import bilat.tui.cli
from bilat.store import BilatError, Store, db_copy
from tests.conftest import SEED_COUNTS, SEED_TOTAL
from tests.pg_server import admin, end_connections, private_schema, schema_of, url_of

main = bilat.tui.cli.main


def exported(location: str | Path, out: Path) -> bytes:
    assert main(["--db", str(location), "export", "-o", str(out)]) == 0
    return out.read_bytes()


def test_file_to_server_to_file_keeps_every_byte(
    seeded_path: Path, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from_file = exported(seeded_path, tmp_path / "file.json")
    assert main(["copy", str(seeded_path), pg_url]) == 0
    assert f"copied {SEED_TOTAL} records" in capsys.readouterr().err
    assert Store.open(pg_url).counts() == SEED_COUNTS
    assert exported(pg_url, tmp_path / "server.json") == from_file
    back = tmp_path / "back.json"
    assert main(["copy", pg_url, str(back)]) == 0
    assert exported(back, tmp_path / "back-export.json") == from_file


def test_a_copy_leaves_the_planner_knowing_the_tables(seeded_path: Path, pg_url: str) -> None:
    """After many rows at once the tables are analyzed: else the planner guesses, and a
    search's look-up of some records' claims reads every claim."""
    assert main(["copy", str(seeded_path), pg_url]) == 0
    with admin() as conn:
        rows = conn.execute(
            "SELECT relname, reltuples FROM pg_class WHERE relnamespace = %s::regnamespace "
            "AND relname IN ('projects', 'agreements', 'claims', 'sources')",
            (schema_of(pg_url),),
        ).fetchall()
    assert len(rows) == 4
    assert all(tuples > 0 for _, tuples in rows), rows  # -1: never analyzed
    # And vacuumed: their pages marked all-visible (when no older transaction on the
    # server holds them back), a first view's ids read from the primary key alone.
    with admin() as conn:
        vacuumed = conn.execute(
            "SELECT relname FROM pg_stat_user_tables WHERE schemaname = %s AND vacuum_count > 0",
            (schema_of(pg_url),),
        ).fetchall()
    assert {"projects", "agreements", "claims", "sources"} <= {name for (name,) in vacuumed}


def test_export_import_export_is_byte_identical_on_the_server(
    seeded_path: Path, pg_url: str, tmp_path: Path
) -> None:
    first = exported(seeded_path, tmp_path / "first.json")
    assert main(["--db", pg_url, "import", str(tmp_path / "first.json")]) == 0
    second = exported(pg_url, tmp_path / "second.json")
    with private_schema() as other:
        assert main(["--db", url_of(other), "import", str(tmp_path / "second.json")]) == 0
        third = exported(url_of(other), tmp_path / "third.json")
        end_connections(other)
    assert first == second == third


def test_a_copy_onto_a_database_with_records_is_refused_unless_replacing(
    seeded_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", pg_url, "init"]) == 0
    capsys.readouterr()
    assert main(["copy", str(seeded_path), pg_url]) == 1
    assert "already holds 101 records; nothing was copied" in capsys.readouterr().err
    assert main(["copy", "--replace", str(seeded_path), pg_url]) == 0
    assert Store.open(pg_url).counts() == SEED_COUNTS


def test_a_copy_that_fails_half_way_leaves_the_server_as_it_was(
    seeded_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = db_copy._encoder

    def failing(table: object) -> object:
        encode = original(table)
        calls = []

        def encode_some(record_id: str, rev: int) -> bytes:
            calls.append(record_id)
            if len(calls) > 3:
                raise BilatError("the disk of the source went away")
            return encode(record_id, rev)  # type: ignore[no-any-return]

        return encode_some

    monkeypatch.setattr(db_copy, "_encoder", failing)
    with pytest.raises(BilatError, match="went away"):
        Store.open(seeded_path).copy_to(Store.open(pg_url))
    assert Store.open(pg_url).counts() == dict.fromkeys(SEED_COUNTS, 0)


def test_no_password_in_messages_logs_exports_or_history(
    seeded_path: Path,
    pg_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    secret = "s3cret-pass"
    url = pg_url.replace("postgres@", f"postgres:{secret}@")  # trust: it is not checked
    also = url + f"&password={secret}"
    assert main(["copy", str(seeded_path), url]) == 0
    assert main(["--db", also, "init"]) == 1  # holds records: refused, naming the database
    assert main(["--db", also, "history"]) == 0
    export = exported(also, tmp_path / "out.json")
    end_connections(schema_of(pg_url))  # the pool meets dropped connections, and may log
    assert Store.open(also).counts() == SEED_COUNTS
    assert main(["--db", url.replace("5432", "9"), "list", "projects"]) == 1  # refused
    said = capsys.readouterr()
    assert "postgres:***@127.0.0.1" in said.err
    for text in (said.out, said.err, caplog.text, export.decode(), Store.open(also).location):
        assert secret not in text
