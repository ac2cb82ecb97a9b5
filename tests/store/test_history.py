"""Undo and redo through store.history.History: several levels, and never over a colleague.

History writes through the store's revision checks, so an undo that would
erase someone else's later change is refused (ConflictError) and writes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import msgspec
import pytest

from bilat.store import ConflictError, Org, Sector, Store
from bilat.store.history import History, NothingToUndo
from tests.dbfiles import database_bytes

PROJECT = "prj-dz-second-heavy-industry-complex"
RU_HEALTH = "org-ru-ministry-health"
PHARMA_COOPERATION = "agr-dz-ru-pharma-health-cooperation"


@pytest.fixture
def db(seeded_path: Path) -> Path:
    """A private copy of the seeded database (built once per session in tests/conftest.py)."""
    return seeded_path


@pytest.fixture
def store(db: Path) -> Store:
    return Store.open(db)


def plain(record: Any) -> Any:
    if record is None:
        return None
    data = msgspec.to_builtins(record)
    data.pop("rev", None)
    return data


def everything(path: Path) -> dict[str, Any]:
    """Every record of the file, as a user sees it (revisions left out)."""
    tables = Store.open(path).snapshot().tables
    return {kind: {k: plain(v) for k, v in table.items()} for kind, table in tables.items()}


def rename(history: History, store: Store, record_id: str, notes: str) -> None:
    record = store.get(record_id)
    history.save(msgspec.structs.replace(record, notes=notes), expected_rev=record.rev)


def test_undo_and_redo_several_edits_of_one_record(db: Path, store: Store) -> None:
    history = History(store)
    states = [everything(db)]
    for notes in ("first", "second", "third"):
        rename(history, store, PROJECT, notes)
        states.append(everything(db))
    for level in (2, 1, 0):
        assert history.undo() == f"save {PROJECT}"
        assert everything(db) == states[level]
    assert not history.can_undo
    with pytest.raises(NothingToUndo):
        history.undo()
    for level in (1, 2, 3):
        history.redo()
        assert everything(db) == states[level]
    assert not history.can_redo
    # Back and forth once more: the revisions keep rising, nothing is refused.
    history.undo()
    history.undo()
    history.redo()
    assert everything(db) == states[2]
    assert store.get(PROJECT).rev == 1 + 3 + 3 + 3 + 2 + 1


def test_undo_of_a_create_removes_it_and_redo_brings_it_back(db: Path, store: Store) -> None:
    history = History(store)
    before = everything(db)
    history.save(Sector(id="sec-zinc", name={"en": "Zinc"}), expected_rev=0, label="new zinc")
    after = everything(db)
    assert history.undo() == "new zinc"
    assert everything(db) == before
    assert store.snapshot().find("sec-zinc") is None
    assert history.redo() == "new zinc"
    assert everything(db) == after


def test_undo_of_a_cascading_delete_restores_claims_and_links(db: Path, store: Store) -> None:
    history = History(store)
    before = everything(db)
    plan = history.delete(RU_HEALTH, cascade=True)
    assert plan.claims and PHARMA_COOPERATION in plan.unlinks
    deleted = everything(db)
    assert RU_HEALTH not in deleted["orgs"]
    history.undo()
    assert everything(db) == before  # the org, its claims and the party link are back
    history.redo()
    assert everything(db) == deleted


def test_mixed_steps_undo_in_reverse_order(db: Path, store: Store) -> None:
    history = History(store)
    states = [everything(db)]
    rename(history, store, PROJECT, "one")
    states.append(everything(db))
    history.save(Org(id="org-new", name={"en": "New"}), expected_rev=0)
    states.append(everything(db))
    rename(history, store, PROJECT, "two")
    states.append(everything(db))
    history.delete("org-new")
    states.append(everything(db))
    history.save(Org(id="org-new", name={"en": "New again"}), expected_rev=0)
    states.append(everything(db))
    for level in (4, 3, 2, 1, 0):
        history.undo()
        assert everything(db) == states[level], level
    for level in (1, 2, 3, 4, 5):
        history.redo()
        assert everything(db) == states[level], level


def test_undo_is_refused_after_a_colleague_changed_the_record(db: Path, store: Store) -> None:
    history = History(store)
    rename(history, store, PROJECT, "mine")
    colleague = Store.open(db)
    theirs = colleague.get(PROJECT)
    colleague.upsert(msgspec.structs.replace(theirs, flags=["theirs"]), expected_rev=theirs.rev)
    before = database_bytes(db)
    with pytest.raises(ConflictError) as info:
        history.undo()
    assert info.value.record_id == PROJECT
    assert database_bytes(db) == before  # nothing overwritten
    assert history.can_undo  # the step is kept: nothing was taken back


def test_undo_over_a_colleague_in_between_two_of_my_edits_stops_there(
    db: Path, store: Store
) -> None:
    """My edit, their edit, my edit: undo takes back my last edit only, never theirs."""
    history = History(store)
    original = plain(store.get(PROJECT))
    rename(history, store, PROJECT, "mine 1")
    colleague = Store.open(db)
    theirs = colleague.get(PROJECT)
    colleague.upsert(msgspec.structs.replace(theirs, flags=["theirs"]), expected_rev=theirs.rev)
    rename(history, store, PROJECT, "mine 2")
    history.undo()  # back to their version
    back = store.get(PROJECT)
    assert (back.notes, back.flags) == ("mine 1", ["theirs"])
    before = database_bytes(db)
    with pytest.raises(ConflictError):
        history.undo()  # would erase their flag: refused
    assert database_bytes(db) == before
    assert plain(store.get(PROJECT)) != original


def test_a_new_save_clears_redo(store: Store) -> None:
    history = History(store)
    rename(history, store, PROJECT, "one")
    history.undo()
    assert history.can_redo
    rename(history, store, PROJECT, "two")
    assert not history.can_redo
    with pytest.raises(NothingToUndo):
        history.redo()


def test_a_stale_save_is_refused_and_not_remembered(db: Path, store: Store) -> None:
    history = History(store)
    record = store.get(PROJECT)
    Store.open(db).upsert(msgspec.structs.replace(record, notes="theirs"))
    before = database_bytes(db)
    with pytest.raises(ConflictError):
        history.save(msgspec.structs.replace(record, notes="mine"), expected_rev=record.rev)
    assert database_bytes(db) == before
    assert not history.can_undo


def test_history_keeps_at_most_its_limit(store: Store) -> None:
    history = History(store, limit=3)
    for number in range(5):
        rename(history, store, PROJECT, f"notes {number}")
    for _ in range(3):
        history.undo()
    assert store.get(PROJECT).notes == "notes 1"
    assert not history.can_undo
