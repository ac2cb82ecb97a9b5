"""Hostile and broken input: import files, source files, filter texts, journals.

Whatever a user or a colleague's script hands bilat, the answer is a result or a one-line
error that names the file (and the place in it, when that can be known), never a traceback,
and nothing written. Item numbers refer to the safety issue these tests close.
"""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from store import bundle
from store.bundle import read_bundle_file, read_bundle_files
from store.errors import ImportFileError, RecordError
from tests.dbfiles import database_bytes
from tui import cli


def write_json(path: Path, value: Any) -> Path:
    path.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    return path


def refused_cleanly(result: Any, file: Path, exit_code: int = 1) -> str:
    """The one line a refused command printed; it names ``file`` and holds no traceback."""
    assert result.returncode == exit_code, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(file) in lines[0]
    return str(lines[0])


# -- item 1: a key or a record id given twice ---------------------------------------------

PROJECT_A = '{"id": "prj-a", "name": {"en": "A"}}'

# (name, file text, words the error must hold)
REPEATED_KEYS = [
    (
        "top-level",
        '{"projects": [' + PROJECT_A + '], "projects": []}',
        ["top level", "'projects'", "twice"],
    ),
    (
        "record-id",
        '{"projects": [' + PROJECT_A + ', {"id": "prj-b", "name": {"en": "B"}, "id": "prj-c"}]}',
        ["projects[1]", "prj-b", "'id'", "twice"],
    ),
    (
        "record-field",
        '{"projects": [{"id": "prj-a", "status": "approved", "name": {"en": "A"}, '
        '"status": "cancelled"}]}',
        ["projects[0]", "prj-a", "'status'", "twice"],
    ),
    (
        "nested",
        '{"sectors": [{"id": "sec-a", "name": {"en": "A", "en": "B"}}]}',
        ["sectors[0]", "sec-a", "name", "'en'", "twice"],
    ),
]


@pytest.mark.parametrize(
    ("text", "words"), [pytest.param(text, words, id=name) for name, text, words in REPEATED_KEYS]
)
def test_a_key_given_twice_is_refused_naming_file_place_and_key(
    tmp_path: Path, text: str, words: list[str]
) -> None:
    path = tmp_path / "twice.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        read_bundle_file(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    for word in words:
        assert word in message, message


def test_a_key_given_twice_imports_nothing(seeded_path: Path, tmp_path: Path, run_bilat) -> None:
    good = write_json(tmp_path / "good.json", {"sectors": [{"id": "sec-ok", "name": {"en": "Ok"}}]})
    bad = tmp_path / "twice.json"
    bad.write_text(
        '{"projects": [{"id": "prj-a", "name": {"en": "A"}, "id": "prj-b"}]}', encoding="utf-8"
    )
    before = database_bytes(seeded_path)
    line = refused_cleanly(run_bilat("import", good, bad, db=seeded_path), bad)
    assert "projects[0]" in line and "'id'" in line
    assert database_bytes(seeded_path) == before


def test_a_record_id_given_twice_in_one_file_names_both_places(tmp_path: Path) -> None:
    path = write_json(
        tmp_path / "one.json",
        {"projects": [{"id": "prj-a", "name": {"en": "A"}}, {"id": "prj-a", "name": {"en": "B"}}]},
    )
    with pytest.raises(RecordError) as caught:
        read_bundle_files([path])
    message = str(caught.value)
    assert "prj-a" in message
    assert "projects[0]" in message and "projects[1]" in message


def test_a_record_id_given_in_two_files_names_both_places(tmp_path: Path) -> None:
    first = write_json(tmp_path / "first.json", {"sectors": [{"id": "sec-a", "name": {"en": "1"}}]})
    second = write_json(
        tmp_path / "second.json",
        {"sectors": [{"id": "sec-b", "name": {"en": "2"}}, {"id": "sec-a", "name": {"en": "3"}}]},
    )
    with pytest.raises(RecordError) as caught:
        read_bundle_files([first, second])
    message = str(caught.value)
    assert f"{first} sectors[0]" in message and f"{second} sectors[1]" in message


# -- item 2: no traceback ever reaches a user ---------------------------------------------

SOURCE_ID = "src-866b44c0265b5443"
SUBJECT = "prj-dz-ru-anticancer-medicine-plants"
QUOTE = "la première pierre a été posée"
HUGE = "123456789012345678901234567890"


def project_text(fields: str) -> bytes:
    """An import file of one project, ``fields`` written as raw JSON after its name."""
    return ('{"projects": [{"id": "prj-a", "name": {"en": "A"}, ' + fields + "}]}").encode()


def claim_text(value: str) -> bytes:
    """An import file of one valid claim on the seeds whose ``value`` is raw JSON."""
    return (
        f'{{"claims": [{{"id": "clm-a", "subject": "{SUBJECT}", "field": "status", '
        f'"source": "{SOURCE_ID}", "quote": "{QUOTE}", "value": {value}}}]}}'
    ).encode()


# (name, file bytes, words the error must hold besides the file's name)
HOSTILE_FILES: list[tuple[str, bytes, list[str]]] = [
    ("deep-arrays", b"[" * 100_000, ["JSON"]),
    ("deep-objects", b'{"a": ' * 100_000, ["JSON"]),
    ("deep-claim-value", claim_text("[" * 300 + "]" * 300), ["clm-a", "value", "deep"]),
    ("invalid-utf8", b'{"projects": [{"id": "prj-a", "name": {"en": "caf\xe9"}}]}', ["UTF-8"]),
    ("invalid-utf8-in-string", b'{"projects": [{"id": "prj-a", "notes": "\xc3("}]}', ["UTF-8"]),
    ("float-too-large", project_text('"capacity": [{"value": 1e999}]'), ["capacity[0].value"]),
    ("int-too-large-jobs", project_text(f'"jobs": [{{"value": {HUGE}}}]'), ["jobs[0].value"]),
    ("int-too-large-rev", project_text(f'"rev": {HUGE}'), ["prj-a", "rev", HUGE[:20]]),
    ("int-too-small", project_text(f'"jobs": [{{"value": -{HUGE}}}]'), ["jobs[0].value"]),
    ("int-too-large-year", claim_text(f'{{"year": {HUGE}}}'), ["clm-a", "value.year"]),
    (
        "int-too-large-date",
        project_text(f'"dates": {{"start": {{"raw": {HUGE}}}}}'),
        ["prj-a", "dates.start.raw"],
    ),
    ("int-of-5000-digits", project_text('"jobs": [{"value": ' + "9" * 5000 + "}]"), ["prj-a"]),
    ("nan", project_text('"capacity": [{"value": NaN}]'), ["prj-a", "capacity[0].value", "NaN"]),
    ("infinity", project_text('"jobs": [{"value": Infinity}]'), ["prj-a", "Infinity"]),
    ("minus-infinity", project_text('"jobs": [{"value": -Infinity}]'), ["prj-a", "Infinity"]),
    ("lone-surrogate", project_text('"notes": "\\ud800"'), ["surrogate"]),
    ("bom", b"\xef\xbb\xbf" + project_text('"notes": "x"'), ["BOM"]),
    ("empty", b"", ["empty"]),
    ("blank", b" \n\t\n", ["empty"]),
    ("nul-bytes", b"\0" * 1000, ["JSON"]),
]


@pytest.mark.parametrize(
    ("content", "words"),
    [pytest.param(content, words, id=name) for name, content, words in HOSTILE_FILES],
)
def test_a_hostile_import_file_is_one_line_naming_it(
    seeded_path: Path, tmp_path: Path, run_bilat, content: bytes, words: list[str]
) -> None:
    bad = tmp_path / "hostile.json"
    bad.write_bytes(content)
    before = database_bytes(seeded_path)
    line = refused_cleanly(run_bilat("import", bad, db=seeded_path, timeout=30), bad)
    for word in words:
        assert word in line, line
    assert database_bytes(seeded_path) == before


def test_a_claim_value_may_nest_32_levels_not_more(seeded, tmp_path: Path) -> None:
    """Deeper than a few levels is a mistake; far deeper (254) could not be saved at all."""
    within = tmp_path / "within.json"
    within.write_bytes(claim_text("[" * 32 + "]" * 32))
    assert seeded.import_files([within]).total_added == 1
    beyond = tmp_path / "beyond.json"
    beyond.write_bytes(claim_text("[" * 33 + "]" * 33).replace(b"clm-a", b"clm-b"))
    with pytest.raises(RecordError, match="clm-b field value: is nested more than 32 levels"):
        seeded.import_files([beyond])


def special_files(tmp_path: Path) -> dict[str, Path]:
    """Paths that are not regular files: reading them would block, never end, or fail."""
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.json"
    folder.mkdir()
    return {"fifo": fifo, "dev-zero": Path("/dev/zero"), "directory": folder}


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "directory"])
def test_import_of_a_file_that_is_not_regular_is_refused(
    seeded_path: Path, tmp_path: Path, run_bilat, kind: str
) -> None:
    path = special_files(tmp_path)[kind]
    before = database_bytes(seeded_path)
    # A FIFO with no writer would block a plain open(); /dev/zero would fill the memory.
    line = refused_cleanly(run_bilat("import", path, db=seeded_path, timeout=20), path)
    assert "not a regular file" in line or "directory" in line
    assert database_bytes(seeded_path) == before


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "directory"])
def test_add_source_of_a_file_that_is_not_regular_is_refused(
    seeded_path: Path, tmp_path: Path, run_bilat, kind: str
) -> None:
    path = special_files(tmp_path)[kind]
    before = database_bytes(seeded_path)
    result = run_bilat("add-source", path, "--title", "T", db=seeded_path, timeout=20)
    refused_cleanly(result, path, exit_code=2)
    assert database_bytes(seeded_path) == before


def test_an_import_file_over_the_size_limit_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundle, "MAX_IMPORT_BYTES", 100)
    path = tmp_path / "large.json"
    path.write_bytes(project_text('"notes": "' + "x" * 100 + '"'))
    with pytest.raises(ImportFileError, match="larger than"):
        read_bundle_file(path)


def test_a_source_over_the_size_limit_from_standard_input_is_refused(
    seeded_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cli, "MAX_SOURCE_BYTES", 100)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 101)))
    before = database_bytes(seeded_path)
    code = cli.main(["--db", str(seeded_path), "add-source", "-", "--title", "T"])
    assert code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "larger than" in err
    assert database_bytes(seeded_path) == before


HOSTILE_FILTERS = [
    '"',
    '"""',
    "\\",
    '\\"\\\\"\\',
    'sector:"',
    'status:"appr',
    "sector:\\",
    ":",
    "::",
    ":b",
    "a:",
    "\x01\x1b[31mred\x1b[0m\x7f",
    "org:\x1b]0;title\x07",
    "status:\u202eevil",
    "x\x0b\x0c\x1c\x85\u2028y",
    "x" * 120_000,
    '"' * 120_000,
    "sector:a " * 12_000,
    "status:" + "x" * 120_000,
    "sector:" + "é" * 60_000,
    "country:" + "\x1b" * 100_000,
    "unknown" + "é" * 60_000 + ":x",
]


@pytest.mark.parametrize("text", HOSTILE_FILTERS, ids=range(len(HOSTILE_FILTERS)))
def test_a_hostile_filter_text_is_a_result_or_one_short_line(
    seeded_path: Path, run_bilat, text: str
) -> None:
    before = database_bytes(seeded_path)
    result = run_bilat("list", "projects", "--search", text, db=seeded_path)
    assert result.returncode in (0, 2), result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) <= 1, result.stderr
    # The error quotes what it did not understand, cut short: not 120,000 characters back.
    assert all(len(line) < 400 for line in lines), len(lines[0])
    assert "\x1b" not in result.stderr and "\x1b" not in result.stdout
    assert database_bytes(seeded_path) == before


def test_an_unexpected_error_is_one_line_and_a_traceback_only_with_debug(
    seeded_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(store: object, args: object) -> int:
        raise RuntimeError("a bug")

    monkeypatch.setattr(cli, "cmd_list", broken)
    code = cli.main(["--db", str(seeded_path), "list", "projects"])
    err = capsys.readouterr().err
    assert code != 0
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "a bug" in err and "--debug" in err
    cli.main(["--db", str(seeded_path), "--debug", "list", "projects"])
    assert "Traceback" in capsys.readouterr().err
