"""A compaction folds the journal and the write that triggered it through the storage's
public (TinyDB ``Storage``) interface: what it folds in, what it leaves alone, and that
no private name of TinyDB's (which change between its versions) is used."""

from __future__ import annotations

import ast
from pathlib import Path

import msgspec
import orjson
import pytest

import bilat.store.tinydb_backend
from bilat.store import Org, Sector, Store
from bilat.store.journal import journal_path
from bilat.store.storage import DATA_TABLES

STORE = Path(bilat.store.tinydb_backend.__file__).parent


def stored(path: Path) -> dict[str, dict[str, dict[str, object]]]:
    data: dict[str, dict[str, dict[str, object]]] = orjson.loads(path.read_bytes())
    return data


def test_a_compacting_write_replaces_adds_and_removes(
    seeded_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The write that folds the journal in replaces records the file holds, adds new
    ones, removes others, and leaves every other record as it was."""
    db = Store.open(seeded_path)
    before = stored(seeded_path)
    sector_id = next(iter(before["sectors"]))
    sector = db.get(sector_id)
    assert isinstance(sector, Sector)
    db.upsert(Org(id="org-journal", name={"en": "From the journal"}))
    db.upsert(Org(id="org-gone", name={"en": "Gone"}))
    assert journal_path(seeded_path).exists()
    monkeypatch.setattr(bilat.store.tinydb_backend, "COMPACT_MIN_BYTES", 0)
    big = "x" * (seeded_path.stat().st_size + 10)  # larger than the file: it compacts
    db.apply(
        [
            msgspec.structs.replace(sector, name={"en": "Renamed"}),
            Org(id="org-new", name={"en": big}),
        ],
        ["org-gone"],
        expected={sector_id: sector.rev},
    )
    assert not journal_path(seeded_path).exists()
    after = stored(seeded_path)
    assert after["sectors"][sector_id]["name"] == {"en": "Renamed"}
    assert after["sectors"][sector_id]["rev"] == sector.rev + 1
    assert {"org-journal", "org-new"} <= set(after["orgs"])
    assert "org-gone" not in after["orgs"]
    for name in DATA_TABLES:  # nothing else moved
        unchanged = {k for k in before.get(name, {}) if k != sector_id}
        assert {k: after[name][k] for k in unchanged} == {k: before[name][k] for k in unchanged}
    reader = Store.open(seeded_path)
    assert reader.check() == []
    assert reader.get(sector_id).name == {"en": "Renamed"}


def test_a_compaction_after_another_process_wrote_keeps_its_writes(seeded_path: Path) -> None:
    """Nothing cached in one process outlives another's write: a compaction starts from
    the file and journal on disk (read again when they changed), under the lock."""
    mine, theirs = Store.open(seeded_path), Store.open(seeded_path)
    mine.upsert(Org(id="org-mine", name={"en": "Mine"}))
    mine.compact()
    theirs.upsert(Org(id="org-theirs", name={"en": "Theirs"}))
    theirs.compact()
    mine.upsert(Org(id="org-mine-2", name={"en": "Mine again"}))
    mine.compact()
    assert {"org-mine", "org-theirs", "org-mine-2"} <= set(stored(seeded_path)["orgs"])


def test_no_private_name_of_another_object_is_used() -> None:
    """TinyDB's private names (``Table._update_table``, ``TinyDB._tables``,
    ``Table._next_id``…) are no API: the TinyDB backend and its storage use only names
    of their own (``self._x``) and public ones."""
    found = []
    for module in ("tinydb_backend.py", "storage.py"):
        tree = ast.parse((STORE / module).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Attribute):
                continue
            private = node.attr.startswith("_") and not node.attr.startswith("__")
            own = isinstance(node.value, ast.Name) and node.value.id == "self"
            if private and not own and node.attr != "_replace":  # namedtuple's public API
                found.append(f"{module}:{node.lineno}: {ast.unparse(node)}")
    assert found == []


def test_what_load_gave_is_not_changed_by_a_compaction(
    seeded_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``load()`` hands out the storage's tables: a compaction copies a table before it
    changes it, so a reader going through what it was given sees one state."""
    db = Store.open(seeded_path)
    db.upsert(Org(id="org-a", name={"en": "A"}))
    loaded = db.backend.load()
    orgs = dict(loaded["orgs"])
    monkeypatch.setattr(bilat.store.tinydb_backend, "COMPACT_MIN_BYTES", 0)
    db.upsert(Org(id="org-big", name={"en": "x" * (seeded_path.stat().st_size + 10)}))
    assert not journal_path(seeded_path).exists()  # it compacted
    assert loaded["orgs"] == orgs
    assert "org-big" in db.backend.load()["orgs"]
