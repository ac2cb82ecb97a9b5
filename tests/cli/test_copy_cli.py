"""`bilat copy FROM TO`, and `bilat export` written as it is read."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SEED_TOTAL
from tests.dbfiles import database_bytes


def test_copy_then_refused_onto_records_unless_replace(
    seeded_path: Path, tmp_path: Path, run_bilat
) -> None:
    target = tmp_path / "copy.json"
    first = run_bilat("copy", seeded_path, target)
    assert first.returncode == 0, first.stderr
    assert f"copied {SEED_TOTAL} records" in first.stderr
    exported = run_bilat("export", db=seeded_path, binary=True).stdout
    assert run_bilat("export", db=target, binary=True).stdout == exported
    before = database_bytes(target)
    again = run_bilat("copy", seeded_path, target)
    assert again.returncode == 1
    line = again.stderr.strip()
    assert "\n" not in line and "already holds" in line and "--replace" in line
    assert "nothing was copied" in line
    assert database_bytes(target) == before
    replaced = run_bilat("copy", "--replace", seeded_path, target)
    assert replaced.returncode == 0, replaced.stderr
    assert run_bilat("export", db=target, binary=True).stdout == exported


def test_copy_from_a_missing_database(tmp_path: Path, run_bilat) -> None:
    result = run_bilat("copy", tmp_path / "absent.json", tmp_path / "to.json")
    assert result.returncode == 1
    assert "absent.json" in result.stderr and "does not exist" in result.stderr
    assert not (tmp_path / "to.json").exists()


def test_export_to_a_file_is_the_export_to_stdout(
    seeded_path: Path, tmp_path: Path, run_bilat
) -> None:
    out = tmp_path / "out.json"
    result = run_bilat("export", "-o", out, db=seeded_path)
    assert result.returncode == 0, result.stderr
    stdout = run_bilat("export", db=seeded_path, binary=True).stdout
    assert out.read_bytes() == stdout
