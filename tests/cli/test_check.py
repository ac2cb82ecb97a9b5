"""`bilat check`: exit 0 on the seeds, exit 1 with a list of problems when the data is broken."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson

from tests.conftest import SEED_TOTAL
from tests.dbfiles import database_bytes


def edit_db(path: Path, change: Any) -> None:
    """Change the stored JSON behind bilat's back, as a careless script or editor might."""
    data = orjson.loads(path.read_bytes())
    change(data)
    path.write_bytes(orjson.dumps(data))


def test_check_passes_on_seeds(seeded_path: Path, run_bilat) -> None:
    result = run_bilat("check", db=seeded_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""
    assert "no problems" in result.stderr
    assert f"{SEED_TOTAL} records" in result.stderr


def test_check_lists_a_broken_claim(seeded_path: Path, run_bilat) -> None:
    def break_claim(data: dict[str, Any]) -> None:
        data["claims"]["clm-prj-anticancer-status"]["quote"] = "une phrase inventée"

    edit_db(seeded_path, break_claim)
    before = database_bytes(seeded_path)
    result = run_bilat("check", db=seeded_path)
    assert result.returncode == 1
    problems = result.stdout.strip().splitlines()
    assert len(problems) == 1
    assert "clm-prj-anticancer-status" in problems[0]
    assert "quote" in problems[0]
    assert "does not occur verbatim" in problems[0]
    assert "1 problem(s)" in result.stderr
    assert database_bytes(seeded_path) == before


def test_check_lists_every_problem(seeded_path: Path, run_bilat) -> None:
    def break_several(data: dict[str, Any]) -> None:
        data["claims"]["clm-prj-anticancer-status"]["quote"] = "inventé"
        data["claims"]["clm-prj-aluminium-status"]["source"] = "src-gone"
        data["projects"]["prj-dz-second-heavy-industry-complex"]["status"] = "building"
        data["agreements"]["agr-dz-ru-anpp-institute-mou"]["parties"][0]["org"] = "org-gone"
        data["sectors"]["sec-steel"]["parent"] = "sec-aluminium"
        data["sectors"]["sec-aluminium"]["parent"] = "sec-steel"

    edit_db(seeded_path, break_several)
    result = run_bilat("check", db=seeded_path)
    assert result.returncode == 1
    out = result.stdout
    for words in (
        ("clm-prj-anticancer-status", "quote"),
        ("clm-prj-aluminium-status", "src-gone"),
        ("prj-dz-second-heavy-industry-complex", "building"),
        ("agr-dz-ru-anpp-institute-mou", "parties[0].org", "org-gone"),
        ("sec-steel", "parent"),
        ("sec-aluminium", "parent"),
    ):
        assert any(all(w in line for w in words) for line in out.splitlines()), words
    # The invalid project still exists: its claims and agreement do not "dangle".
    assert "'prj-dz-second-heavy-industry-complex', which does not exist" not in out
    assert len(out.splitlines()) == 6
    assert "6 problem(s)" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_hides_no_escape_sequences(seeded_path: Path, run_bilat) -> None:
    def hostile(data: dict[str, Any]) -> None:
        data["claims"]["clm-prj-anticancer-status"]["quote"] = "\x1b[2J\x1b[31mgone"

    edit_db(seeded_path, hostile)
    result = run_bilat("check", db=seeded_path, binary=True)
    assert result.returncode == 1
    assert b"\x1b" not in result.stdout
    assert b"\\x1b" in result.stdout
