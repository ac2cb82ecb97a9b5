"""A damaged or foreign database file is refused with one clear line, and never touched."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilat.store.locations import seed_files
from tests.conftest import SEED_TOTAL
from tests.dbfiles import database_bytes

BROKEN = {
    "truncated": None,  # filled from the seeded database below
    "not-json": b"hello, I am not JSON\n",
    "binary": b"\xff\xfe\x00\x01garbage\x80",
    "json-list": b"[]",
    "json-string": b'"a string"',
    "json-null": b"null",
    "table-is-list": b'{"projects": []}',
    "record-is-string": b'{"projects": {"prj-x": "a string"}}',
    "unknown-table": b'{"users": {"1": {"name": "bob"}}}',
    "foreign-format": b'{"_meta": {"format": {"tag": "other-tool/9"}}}',
    "empty": b"",
    "blank": b"  \n",
}
WORDS = {
    "truncated": "truncated",
    "not-json": "not valid JSON",
    "binary": "not valid JSON",
    "json-list": "not a bilat database",
    "json-string": "not a bilat database",
    "json-null": "not a bilat database",
    "table-is-list": "'projects'",
    "record-is-string": "'prj-x'",
    "unknown-table": "'users'",
    "foreign-format": "other-tool/9",
    "empty": "empty (0 bytes)",
    "blank": "blank (3 bytes of white space)",
}


@pytest.fixture(params=sorted(BROKEN))
def broken_db(request: pytest.FixtureRequest, tmp_path: Path, seeded_db_bytes: bytes) -> Path:
    content = BROKEN[request.param]
    if content is None:
        content = seeded_db_bytes[: len(seeded_db_bytes) // 2]
    path = tmp_path / f"{request.param}.json"
    path.write_bytes(content)
    return path


def assert_one_line_error(stderr: str, path: Path) -> str:
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("bilat: error: ")
    assert str(path) in lines[0]
    return lines[0]


@pytest.mark.parametrize(
    "args",
    [
        ["list", "projects"],
        ["show", "prj-dz-ru-anticancer-medicine-plants"],
        ["export"],
        ["import", str(seed_files()[1])],
        ["init", "--reset", "--yes"],
    ],
    ids=lambda args: "-".join(args),
)
def test_broken_database_refused_and_untouched(broken_db: Path, run_bilat, args: list[str]) -> None:
    if args[0] == "init" and broken_db.stem == "empty":
        return  # init makes a database of an empty file with no journal: the test below
    before = database_bytes(broken_db)
    result = run_bilat(*args, db=broken_db)
    assert result.returncode == 1
    assert result.stdout == ""
    line = assert_one_line_error(result.stderr, broken_db)
    assert WORDS[broken_db.stem] in line
    assert database_bytes(broken_db) == before


def test_broken_database_import_refused_and_untouched(broken_db: Path, run_bilat) -> None:
    before = database_bytes(broken_db)
    result = run_bilat("import", *seed_files(), db=broken_db)
    assert result.returncode == 1
    assert_one_line_error(result.stderr, broken_db)
    assert database_bytes(broken_db) == before
    source = broken_db.parent / "article.txt"
    source.write_text("Un texte.")
    result = run_bilat("add-source", source, "--title", "T", db=broken_db)
    assert result.returncode == 1
    assert_one_line_error(result.stderr, broken_db)
    assert database_bytes(broken_db) == before
    assert not list(broken_db.parent.glob(f".{broken_db.name}.*.tmp"))


def test_invalid_record_in_database_is_named(db_path: Path, run_bilat) -> None:
    db_path.write_bytes(b'{"projects": {"prj-x": {"id": "prj-x", "status": "building"}}}')
    before = database_bytes(db_path)
    result = run_bilat("list", "projects", db=db_path)
    assert result.returncode == 1
    line = assert_one_line_error(result.stderr, db_path)
    assert "prj-x" in line
    assert "bilat check" in line
    assert database_bytes(db_path) == before


def test_check_names_the_damage_and_what_can_be_recovered(broken_db: Path, run_bilat) -> None:
    before = database_bytes(broken_db)
    result = run_bilat("check", db=broken_db)
    assert result.returncode == 1
    line = assert_one_line_error(result.stderr, broken_db)
    assert "cannot be read" in line
    damage, recoverable = result.stdout.splitlines()
    assert WORDS[broken_db.stem] in damage and str(broken_db) in damage
    assert recoverable.startswith("recoverable: nothing beside it")
    assert "backup" in recoverable
    assert database_bytes(broken_db) == before


def test_an_empty_file_with_no_journal_becomes_a_database_by_init(db_path: Path, run_bilat) -> None:
    db_path.write_bytes(b"")  # mktemp, touch
    result = run_bilat("init", db=db_path)
    assert result.returncode == 0, result.stderr
    assert f"{SEED_TOTAL} added" in result.stderr


def test_missing_database_for_list_is_a_clear_error(tmp_path: Path, run_bilat) -> None:
    missing = tmp_path / "nowhere.json"
    for args in (["list", "projects"], ["show", "prj-x"], ["export"], ["check"]):
        result = run_bilat(*args, db=missing)
        assert result.returncode == 1
        line = assert_one_line_error(result.stderr, missing)
        assert "does not exist" in line
        assert "init" in line
    assert not missing.exists()


def test_missing_folder_is_a_clear_error(tmp_path: Path, run_bilat) -> None:
    missing = tmp_path / "no" / "folder" / "db.json"
    result = run_bilat("import", *seed_files(), db=missing)
    assert result.returncode == 1
    assert_one_line_error(result.stderr, missing)
    assert not missing.parent.exists()


def test_database_that_is_a_directory(tmp_path: Path, run_bilat) -> None:
    folder = tmp_path / "adir"
    folder.mkdir()
    result = run_bilat("list", "projects", db=folder)
    assert result.returncode == 1
    assert "directory" in assert_one_line_error(result.stderr, folder)
