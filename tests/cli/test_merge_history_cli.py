"""`bilat merge` and `bilat history`."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import RunBilat

KEEP = "prj-dz-ain-temouchent-aluminium-complex"
OTHER = "prj-dz-second-heavy-industry-complex"


def test_merge_then_history_of_both_records(run_bilat: RunBilat, seeded_path: Path) -> None:
    merged = run_bilat("merge", KEEP, OTHER, db=seeded_path)
    assert merged.returncode == 0, merged.stderr
    assert merged.stdout == f"{KEEP}\n" and f"merge {OTHER} into {KEEP}" in merged.stderr
    shown = run_bilat("history", OTHER, db=seeded_path)
    assert shown.returncode == 0 and f"merge {OTHER} into {KEEP}: removed" in shown.stdout
    doc = json.loads(run_bilat("history", KEEP, "--format", "json", db=seeded_path).stdout)
    (entry,) = doc["history"]
    assert entry["what"] == f"merge {OTHER} into {KEEP}" and entry["rev"] == 2
    assert "aliases" in entry["fields"] and entry["user"] and entry["at"]


def test_history_since_a_date(run_bilat: RunBilat, seeded_path: Path) -> None:
    assert run_bilat("merge", KEEP, OTHER, db=seeded_path).returncode == 0
    recent = run_bilat("history", "--since", "2000-01-01", "--format", "json", db=seeded_path)
    (change,) = json.loads(recent.stdout)
    assert {r["id"] for r in change["records"]} >= {KEEP, OTHER}
    later = run_bilat("history", "--since", "2999-01-01", db=seeded_path)
    assert later.returncode == 0 and later.stdout == ""
    wrong = run_bilat("history", "--since", "yesterday", db=seeded_path)
    assert wrong.returncode == 2 and wrong.stderr.count("\n") == 1 and "--since" in wrong.stderr


def test_refused_merges_are_one_line_and_write_nothing(
    run_bilat: RunBilat, seeded_path: Path
) -> None:
    before = seeded_path.read_bytes()
    for other, words in [
        ("agr-dz-ru-anpp-institute-mou", "different kinds"),
        (KEEP, "into itself"),
        ("prj-none", "no record has id 'prj-none'"),
    ]:
        refused = run_bilat("merge", KEEP, other, db=seeded_path)
        assert refused.returncode != 0 and words in refused.stderr
        assert refused.stderr.count("\n") == 1
    assert seeded_path.read_bytes() == before
    assert not Path(f"{seeded_path}.history").exists()
