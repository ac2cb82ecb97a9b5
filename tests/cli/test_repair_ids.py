"""`bilat check --repair`: a file whose ids end in a newline (older versions accepted them)
gets those ids without it, every reference following, in one write; `check` says the repair
exists; the history shows the old ids escaped."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import msgspec
import orjson

from bilat.store import Store
from bilat.store.id_repair import plan_id_repairs, repairable, with_ids_renamed
from bilat.store.records import Records
from tests.conftest import SEED_TOTAL
from tests.dbfiles import database_bytes

from .test_check import edit_db

PROJECT = "prj-dz-ain-temouchent-aluminium-complex"
CLAIM = "clm-agr-anticancer-instrument"


def as_older_versions_wrote(data: dict[str, Any]) -> None:
    """The aluminium complex and one claim under ids ending in a newline, as an older
    version of bilat could store them: every reference to the project says the same."""
    moved = with_ids_renamed(
        {k: v for k, v in data.items() if k != "_meta"}, {PROJECT: PROJECT + "\n"}
    )
    data.update(moved)
    data["projects"][PROJECT + "\n"] = data["projects"].pop(PROJECT)
    data["claims"][CLAIM + "\n"] = dict(data["claims"].pop(CLAIM), id=CLAIM + "\n")


def referring_to(data: dict[str, Any], record_id: str) -> int:
    return orjson.dumps(data).count(orjson.dumps(record_id)[1:-1] + b'"')


def test_check_names_the_repair_and_changes_nothing(seeded_path: Path, run_bilat) -> None:
    edit_db(seeded_path, as_older_versions_wrote)
    before = database_bytes(seeded_path)
    result = run_bilat("check", db=seeded_path)
    assert result.returncode == 1
    assert "2 problem(s)" in result.stderr
    assert "check --repair" in result.stderr
    assert database_bytes(seeded_path) == before


def test_repair_renames_and_every_reference_follows(seeded_path: Path, run_bilat) -> None:
    edit_db(seeded_path, as_older_versions_wrote)
    broken = orjson.loads(seeded_path.read_bytes())
    references = referring_to(broken, PROJECT + "\n")
    assert references > 10  # claims' subjects, an agreement's projects, a claim's value
    result = run_bilat("check", "--repair", db=seeded_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"renamed '{PROJECT}\\n' to {PROJECT}" in result.stderr
    assert "2 id(s) repaired" in result.stderr
    assert f"{SEED_TOTAL} records, no problems" in result.stderr
    store = Store.open(seeded_path)
    snapshot = store.snapshot()
    assert PROJECT in snapshot.projects and PROJECT + "\n" not in snapshot.projects
    assert CLAIM in snapshot.claims and snapshot.claims[CLAIM].id == CLAIM
    assert all(i.strip() == i for table in snapshot.tables.values() for i in table)
    assert snapshot.links.referrers(PROJECT + "\n") == []
    subjects = [c for c in snapshot.claims.values() if c.subject == PROJECT]
    assert len(subjects) >= 10
    history = run_bilat("history", "--since", "2000-01-01", db=seeded_path)
    assert f"    '{PROJECT}\\n': removed" in history.stdout
    assert "repair 2 id(s)" in history.stdout
    again = run_bilat("check", "--repair", db=seeded_path)
    assert again.returncode == 0 and "no id to repair" in again.stderr


def test_an_id_taken_already_gets_the_next_free_one(seeded: Store) -> None:
    project = seeded.snapshot().projects[PROJECT]
    tables = {kind: dict(table) for kind, table in seeded.snapshot().tables.items()}
    tables["projects"][PROJECT + "\n"] = msgspec.structs.replace(project, id=PROJECT + "\n")
    repair = plan_id_repairs(Records(tables))
    assert repair.renamed == {PROJECT + "\n": PROJECT + "-2"}


def test_only_white_space_is_repaired() -> None:
    assert repairable("prj-x\n") == "prj-x"
    assert repairable(" prj-x\t") == "prj-x"
    assert repairable("prj-x") is None  # nothing to repair
    assert repairable("prj-X\n") is None  # not white space alone: left to the analyst
    assert repairable("prj-a b\n") is None
