"""Reaching the server as libpq does: a URL in --db or BILAT_DB, a service name from
pg_service.conf; a server that does not answer is one line naming it."""

from __future__ import annotations

import json
from pathlib import Path

import bilat.tui.cli
from tests.conftest import SEED_COUNTS, RunBilat
from tests.pg_server import schema_of


def test_bilat_db_names_the_server(pg_url: str, run_bilat: RunBilat) -> None:
    assert bilat.tui.cli.main(["--db", pg_url, "init"]) == 0
    listed = run_bilat("list", "projects", "--format", "json", env={"BILAT_DB": pg_url})
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == SEED_COUNTS["projects"]


def test_a_service_name_from_pg_service_conf(
    pg_url: str, run_bilat: RunBilat, tmp_path: Path
) -> None:
    services = tmp_path / "pg_service.conf"
    services.write_text(
        "[bilat-team]\nhost=127.0.0.1\nport=5432\ndbname=test\nuser=postgres\n"
        f"options=-csearch_path={schema_of(pg_url)}\n"
    )
    env: dict[str, str | None] = {"PGSERVICEFILE": str(services)}
    created = run_bilat("--db", "postgresql://?service=bilat-team", "init", env=env)
    assert created.returncode == 0, created.stderr
    assert "postgresql://?service=bilat-team" in created.stderr
    listed = run_bilat(
        "list",
        "agreements",
        "--format",
        "json",
        env={**env, "BILAT_DB": "postgres://?service=bilat-team"},
    )
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == SEED_COUNTS["agreements"]


def test_a_server_that_refuses_at_start_is_one_line(run_bilat: RunBilat) -> None:
    result = run_bilat("--db", "postgresql://postgres@127.0.0.1:9/test", "list", "projects")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(
        "bilat: error: cannot reach database postgresql://postgres@127.0.0.1:9/test"
    )
    assert "Connection refused" in result.stderr
