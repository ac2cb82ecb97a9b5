"""``--db`` and ``BILAT_DB`` take a path or a URL: file:// is the file, postgresql:// a
server (one that does not answer is one line, its password never shown), another scheme
opens the backend a plugin installs for it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import bilat.tui.cli
from bilat.store import Store
from tests.conftest import REPO, SEED_TOTAL, fake_distribution
from tests.conftest import SEED_COUNTS as COUNTS
from tests.store.memory_backend import MemoryBackend


def test_a_file_url_in_bilat_db_and_in_db(tmp_path: Path, run_bilat) -> None:
    db = tmp_path / "team db.json"
    url = "file://" + str(db).replace(" ", "%20")
    created = run_bilat("init", env={"BILAT_DB": url})
    assert created.returncode == 0, created.stderr
    assert Store.open(db).counts() == COUNTS
    listed = run_bilat("--db", url, "list", "projects", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == COUNTS["projects"]
    assert not (tmp_path / "env-db.json").exists()  # --db won over BILAT_DB


def test_a_missing_file_behind_a_file_url_is_named(tmp_path: Path, run_bilat) -> None:
    missing = tmp_path / "missing.json"
    result = run_bilat("--db", f"file://{missing}", "list", "projects")
    assert result.returncode == 1
    assert f"database {missing} does not exist" in result.stderr
    assert not missing.exists()


@pytest.mark.parametrize("where", ["--db", "BILAT_DB"])
def test_postgresql_is_one_line_without_the_password(tmp_path: Path, run_bilat, where: str) -> None:
    url = "postgresql://analyst:s3cret@127.0.0.1:9/dz_ru"  # nobody listens there
    if where == "--db":
        result = run_bilat("--db", url, "list", "projects")
    else:
        result = run_bilat("list", "projects", env={"BILAT_DB": url})
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "cannot reach database postgresql://analyst:***@127.0.0.1:9/dz_ru" in result.stderr
    assert "s3cret" not in result.stderr
    assert list(tmp_path.glob("*.json*")) == []


def test_an_unknown_scheme_is_one_line(run_bilat) -> None:
    result = run_bilat("--db", "mongodb://db.example.org/dz_ru", "list", "projects")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "no bilat backend opens mongodb:// URLs" in result.stderr


def test_the_installed_command_opens_a_plugin_backend(tmp_path: Path, run_bilat) -> None:
    site = tmp_path / "site"
    fake_distribution(
        site, "bilat_memory_backend", {"memory": "tests.store.memory_backend:MemoryBackend"}
    )
    path = os.pathsep.join([str(site), str(REPO)])
    result = run_bilat("--db", "memory://cli", "list", "projects", env={"PYTHONPATH": path})
    assert result.returncode == 0, result.stderr
    assert "no projects in memory://cli" in result.stderr


def test_every_command_on_a_plugin_backend(
    memory_url: str, seed_copies: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    main = bilat.tui.cli.main
    assert main(["--db", memory_url, "init"]) == 0
    assert f"{memory_url}: seed data imported {SEED_TOTAL} records" in capsys.readouterr().err
    assert Store.open(memory_url).counts() == COUNTS
    assert isinstance(Store.open(memory_url).backend, MemoryBackend)
    assert main(["--db", memory_url, "init"]) == 1  # it holds records now: refused
    capsys.readouterr()
    assert main(["--db", memory_url, "list", "projects", "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == COUNTS["projects"]
    assert main(["--db", memory_url, "check"]) == 0
    assert main(["--db", memory_url, "compact"]) == 0  # nothing to fold: no journal
    assert main(["--db", memory_url, "import", *map(str, seed_copies)]) == 0
    assert f"{SEED_TOTAL} replaced" in capsys.readouterr().err
    exported = seed_copies[0].parent / "export.json"
    assert main(["--db", memory_url, "export", "-o", str(exported)]) == 0
    assert len(json.loads(exported.read_bytes())["projects"]) == COUNTS["projects"]
