"""Each record's history: kept with every write, through compactions, and read from an
older bilat's journal (no time, no user)."""

from __future__ import annotations

import getpass
import re
from pathlib import Path

import msgspec
import orjson

from bilat.store import Store
from bilat.store.changelog import of_record, parse_since, since

KEEP = "prj-dz-ain-temouchent-aluminium-complex"
OTHER = "prj-dz-second-heavy-industry-complex"


def _rename(store: Store, name: str) -> None:
    record = store.snapshot().get(KEEP)
    store.upsert(msgspec.structs.replace(record, name={"en": name}), expected_rev=record.rev)


def test_an_edit_is_recorded_with_time_user_and_before_after(seeded: Store) -> None:
    record = seeded.snapshot().get(KEEP)
    seeded.upsert(msgspec.structs.replace(record, status="construction"), expected_rev=1)
    (change, about), *_ = of_record(seeded.history(), KEEP)
    assert change.user == getpass.getuser()
    assert change.at is not None and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", change.at)
    assert about.rev == 2
    assert about.fields == {"status": ("approved", "construction")}
    assert about.summary() == "status: approved → construction"
    _rename(seeded, "A name")
    assert of_record(seeded.history(), KEEP)[-1][1].summary() == "name"  # too long to show


def test_history_survives_compaction(seeded: Store, seeded_path: Path) -> None:
    _rename(seeded, "Once")
    _rename(seeded, "Twice")
    seeded.compact()
    assert not Path(f"{seeded_path}.journal").exists()
    assert [about.rev for _, about in of_record(Store.open(seeded_path).history(), KEEP)] == [2, 3]


def test_a_merge_is_in_the_history_of_both_records(seeded: Store) -> None:
    seeded.merge(KEEP, OTHER)
    found = seeded.history()
    (kept, about), *_ = of_record(found, KEEP)
    (gone, removed), *_ = of_record(found, OTHER)
    assert kept is gone and kept.what == f"merge {OTHER} into {KEEP}"
    assert removed.removed and about.fields is not None and "aliases" in about.fields


def test_writes_of_an_older_bilat_are_read_from_its_journal_and_kept(
    seeded: Store, seeded_path: Path
) -> None:
    """An older bilat wrote the journal and no history: its writes read without time or
    user, and compaction keeps them."""
    _rename(seeded, "Once")
    _rename(seeded, "Twice")
    history = Path(f"{seeded_path}.history")
    history.unlink()  # as an older bilat leaves it
    reader = Store.open(seeded_path)
    found = of_record(reader.history(), KEEP)
    assert [about.rev for _, about in found] == [2, 3]
    assert all(change.at is None and change.user is None for change, _ in found)
    assert found[0][1].fields is None  # nothing to compare its first write with
    assert found[1][1].fields is not None and set(found[1][1].fields) == {"name"}
    reader.compact()
    assert len(history.read_bytes().splitlines()) == 2
    assert [about.rev for _, about in of_record(reader.history(), KEEP)] == [2, 3]


def test_a_torn_or_damaged_line_is_skipped(seeded: Store, seeded_path: Path) -> None:
    _rename(seeded, "Once")
    history = Path(f"{seeded_path}.history")
    history.write_bytes(b"not json\n" + history.read_bytes() + b'{"at": "torn')
    assert [about.rev for _, about in of_record(seeded.history(), KEEP)] == [2]
    _rename(seeded, "Twice")  # the torn tail is cut before the next line
    assert [about.rev for _, about in of_record(seeded.history(), KEEP)] == [2, 3]
    lines = history.read_bytes().splitlines()
    assert all(orjson.loads(line) for line in lines[1:])


def test_since_leaves_out_earlier_writes() -> None:
    from bilat.store.changelog import Change, RecordChange

    changes = [
        Change("2025-01-01T00:00:00Z", "a", "edit", [RecordChange("prj-a", 2)]),
        Change("2025-03-14T10:00:00Z", "b", "edit", [RecordChange("prj-b", 2)]),
        Change(None, None, "write", [RecordChange("prj-c", 2)]),
    ]
    assert [c.user for c in since(changes, parse_since("2025-03-14"))] == ["b"]
    assert since(changes, parse_since("2025-03-15")) == []
