"""`bilat import`: all or nothing, errors naming file, record and field, a summary that counts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bilat.store.locations import seed_files
from tests.conftest import SEED_TOTAL
from tests.dbfiles import database_bytes

SOURCE_ID = "src-866b44c0265b5443"


def write_json(path: Path, value: Any) -> Path:
    path.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    return path


def project(**fields: Any) -> dict[str, Any]:
    return {"id": "prj-new", "name": {"en": "New"}, **fields}


def claim(**fields: Any) -> dict[str, Any]:
    return {
        "id": "clm-new",
        "subject": "prj-dz-ru-anticancer-medicine-plants",
        "field": "status",
        "value": "construction",
        "source": SOURCE_ID,
        "quote": "la première pierre a été posée",
        **fields,
    }


# (name, file content, words the error must contain)
MALFORMED: list[tuple[str, Any, list[str]]] = [
    ("not-json", b"{not json", ["not valid JSON"]),
    ("empty", b"", ["not valid JSON"]),
    ("json-list", [], ["expected an object", "list"]),
    ("unknown-key", {"schema": "bilat/1", "persons": []}, ["unknown key", "persons"]),
    ("wrong-schema", {"schema": "bilat/99"}, ["bilat/99"]),
    ("kind-not-list", {"projects": {"prj-new": {}}}, ["'projects'", "list"]),
    ("record-not-object", {"projects": ["prj-new"]}, ["projects[0]", "not an object"]),
    ("bad-status", {"projects": [project(status="building")]}, ["prj-new", "status", "building"]),
    ("unknown-field", {"projects": [project(colour="red")]}, ["prj-new", "colour"]),
    ("bad-country", {"projects": [project(countries=["Algeria"])]}, ["prj-new", "countries[0]"]),
    ("bad-id", {"projects": [project(id="prj-Bad Id")]}, ["prj-Bad Id", "id"]),
    ("no-id", {"projects": [{"name": {"en": "x"}}]}, ["projects[0]", "id"]),
    (
        "dangling-sector",
        {"projects": [project(sectors=[{"sector": "sec-nowhere"}])]},
        ["prj-new", "sectors[0].sector", "sec-nowhere"],
    ),
    (
        "dangling-org",
        {"agreements": [{"id": "agr-new", "title": {"en": "A"}, "parties": [{"org": "org-x"}]}]},
        ["agr-new", "parties[0].org", "org-x"],
    ),
    ("dangling-subject", {"claims": [claim(subject="prj-nowhere")]}, ["clm-new", "subject"]),
    ("dangling-source", {"claims": [claim(source="src-nowhere")]}, ["clm-new", "source"]),
    (
        "quote-not-in-source",
        {"claims": [claim(quote="la première pierre sera posée demain")]},
        ["clm-new", "quote", "does not occur verbatim"],
    ),
    (
        "parent-loop",
        {
            "sectors": [
                {"id": "sec-a", "name": {"en": "A"}, "parent": "sec-b"},
                {"id": "sec-b", "name": {"en": "B"}, "parent": "sec-a"},
            ]
        },
        ["sec-a", "parent", "loops"],
    ),
]


@pytest.mark.parametrize(
    ("content", "words"),
    [pytest.param(content, words, id=name) for name, content, words in MALFORMED],
)
def test_malformed_import_is_refused_and_changes_nothing(
    seeded_path: Path, tmp_path: Path, run_bilat, content: Any, words: list[str]
) -> None:
    bad = tmp_path / "incoming.json"
    if isinstance(content, bytes):
        bad.write_bytes(content)
    else:
        write_json(bad, content)
    good = write_json(tmp_path / "good.json", {"sectors": [{"id": "sec-ok", "name": {"en": "Ok"}}]})
    before = database_bytes(seeded_path)
    result = run_bilat("import", good, bad, db=seeded_path)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(bad) in lines[0]
    for word in words:
        assert word in lines[0]
    # All or nothing: not even the good file's record was written.
    assert database_bytes(seeded_path) == before


def test_duplicate_id_across_two_files(seeded_path: Path, tmp_path: Path, run_bilat) -> None:
    first = write_json(
        tmp_path / "first.json", {"sectors": [{"id": "sec-dup", "name": {"en": "1"}}]}
    )
    second = write_json(
        tmp_path / "second.json", {"sectors": [{"id": "sec-dup", "name": {"en": "2"}}]}
    )
    before = database_bytes(seeded_path)
    result = run_bilat("import", first, second, db=seeded_path)
    assert result.returncode == 1
    line = result.stderr.strip()
    assert "\n" not in line
    assert "sec-dup" in line and str(first) in line and str(second) in line
    assert database_bytes(seeded_path) == before


def test_missing_import_file(seeded_path: Path, tmp_path: Path, run_bilat) -> None:
    before = database_bytes(seeded_path)
    result = run_bilat("import", tmp_path / "absent.json", db=seeded_path)
    assert result.returncode == 1
    assert "absent.json" in result.stderr and "no such file" in result.stderr
    assert database_bytes(seeded_path) == before


def test_import_summary_counts_added_then_replaced(
    db_path: Path, tmp_path: Path, run_bilat
) -> None:
    bundle = write_json(
        tmp_path / "b.json",
        {
            "schema": "bilat/1",
            "sectors": [
                {"id": "sec-one", "name": {"en": "One"}},
                {"id": "sec-two", "name": {"en": "Two"}, "parent": "sec-one"},
            ],
            "orgs": [{"id": "org-one", "name": {"en": "Org"}, "country": "DZ", "rev": 41}],
        },
    )
    first = run_bilat("import", bundle, db=db_path)
    assert first.returncode == 0, first.stderr
    assert "3 added, 0 replaced" in first.stderr
    assert "sectors 2 added, 0 replaced" in first.stderr
    second = run_bilat("import", bundle, db=db_path)
    assert second.returncode == 0, second.stderr
    assert "0 added, 3 replaced" in second.stderr
    assert "orgs 0 added, 1 replaced" in second.stderr
    # The file's "rev" is ignored: revisions belong to the database.
    shown = run_bilat("show", "org-one", "--format", "json", db=db_path)
    assert json.loads(shown.stdout)["record"]["id"] == "org-one"
    exported = json.loads(run_bilat("export", db=db_path).stdout)
    assert [o["id"] for o in exported["orgs"]] == ["org-one"]
    assert "rev" not in exported["orgs"][0]


def test_seed_files_import_like_any_file(db_path: Path, run_bilat) -> None:
    result = run_bilat("import", *seed_files(), db=db_path)
    assert result.returncode == 0, result.stderr
    assert f"{SEED_TOTAL} added, 0 replaced" in result.stderr
    again = run_bilat("import", *seed_files(), db=db_path)
    assert f"0 added, {SEED_TOTAL} replaced" in again.stderr


def test_replacing_a_source_that_drops_quoted_words_is_refused(
    seeded_path: Path, tmp_path: Path, run_bilat
) -> None:
    exported = json.loads(run_bilat("export", db=seeded_path).stdout)
    source = exported["sources"][0]
    source["text"] = "Texte remplacé."
    source["sha256"] = None
    bad = write_json(tmp_path / "source.json", {"sources": [source]})
    before = database_bytes(seeded_path)
    result = run_bilat("import", bad, db=seeded_path)
    assert result.returncode == 1
    assert "does not occur verbatim" in result.stderr
    assert database_bytes(seeded_path) == before


def test_import_order_across_files_does_not_matter(db_path: Path, run_bilat) -> None:
    """Claims may come before the source they quote, as long as both are imported together."""
    result = run_bilat("import", *reversed(seed_files()), db=db_path)
    assert result.returncode == 0, result.stderr
    assert f"{SEED_TOTAL} added" in result.stderr
