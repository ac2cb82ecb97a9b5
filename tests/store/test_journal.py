"""Writes append to a journal beside the TinyDB file; readers replay it; compaction folds it in."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import orjson
import pytest

import bilat.store.journal
import bilat.store.tinydb_backend
from bilat.store import DatabaseError, Org, Sector, Store
from bilat.store.journal import journal_path
from bilat.store.storage import META_TABLE
from tests.dbfiles import database_bytes


def base_id(path: Path) -> str:
    return str(orjson.loads(path.read_bytes())[META_TABLE]["journal"]["base"])


def journal_lines(path: Path) -> list[bytes]:
    return journal_path(path).read_bytes().splitlines()


def test_a_write_appends_one_line_and_leaves_the_file_alone(seeded_path: Path) -> None:
    before = seeded_path.read_bytes()
    db = Store.open(seeded_path)
    db.upsert(Sector(id="sec-new", name={"en": "New"}))
    db.upsert(Org(id="org-new", name={"en": "New org"}))
    assert seeded_path.read_bytes() == before
    header, *entries = journal_lines(seeded_path)
    assert orjson.loads(header) == {"journal": "bilat-journal/1", "base": base_id(seeded_path)}
    assert [list(orjson.loads(line)["puts"]) for line in entries] == [["sectors"], ["orgs"]]
    fresh = Store.open(seeded_path)
    assert fresh.get("sec-new").name == {"en": "New"}
    assert fresh.get("org-new").rev == 1
    assert fresh.check() == []


def test_a_removal_is_replayed(seeded_path: Path) -> None:
    db = Store.open(seeded_path)
    db.upsert(Sector(id="sec-gone", name={"en": "Gone"}))
    db.delete("sec-gone")
    assert orjson.loads(journal_lines(seeded_path)[-1]) == {
        "puts": {},
        "removes": {"sectors": ["sec-gone"]},
    }
    assert Store.open(seeded_path).snapshot().find("sec-gone") is None


def test_another_process_reads_only_what_was_appended(
    seeded_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reader = Store.open(seeded_path)
    first = reader.snapshot()
    Store.open(seeded_path).upsert(Sector(id="sec-b", name={"en": "B"}))

    def no_full_read() -> Any:
        raise AssertionError("the whole file was read again")

    monkeypatch.setattr(reader.backend, "load_records", no_full_read)
    second = reader.snapshot()
    assert second is not first
    assert second.get("sec-b").name == {"en": "B"}
    assert second.projects is first.projects  # untouched tables are shared, not copied
    assert first.find("sec-b") is None  # the old snapshot did not change under its readers


def test_a_torn_last_line_is_ignored_then_cut(seeded_path: Path) -> None:
    db = Store.open(seeded_path)
    db.upsert(Sector(id="sec-a", name={"en": "A"}))
    journal = journal_path(seeded_path)
    with open(journal, "ab") as handle:  # a writer killed in the middle of its append
        handle.write(b'{"puts":{"sectors":{"sec-torn":{"id":"sec-to')
    reader = Store.open(seeded_path)
    assert reader.get("sec-a").name == {"en": "A"}
    assert reader.snapshot().find("sec-torn") is None
    reader.upsert(Sector(id="sec-c", name={"en": "C"}))
    assert b"sec-torn" not in journal.read_bytes()
    assert all(line.startswith(b"{") for line in journal_lines(seeded_path))
    assert {"sec-a", "sec-c"} <= set(Store.open(seeded_path).snapshot().sectors)


def test_a_damaged_line_is_named_and_never_written_over(seeded_path: Path) -> None:
    db = Store.open(seeded_path)
    db.upsert(Sector(id="sec-a", name={"en": "A"}))
    journal = journal_path(seeded_path)
    with open(journal, "ab") as handle:
        handle.write(b"not json at all\n")
    before = database_bytes(seeded_path)
    with pytest.raises(DatabaseError) as info:
        Store.open(seeded_path).snapshot()
    assert str(journal) in str(info.value) and "damaged at line 3 (byte" in str(info.value)
    # The way out it gives keeps every write before the damage.
    offset = int(str(info.value).split("(byte ")[1].split(")")[0])
    assert f"truncate -s {offset} " in str(info.value)
    good = journal.read_bytes()[:offset]
    assert good.endswith(b"\n") and b"sec-a" in good
    with pytest.raises(DatabaseError):
        Store.open(seeded_path).upsert(Sector(id="sec-b", name={"en": "B"}))
    assert database_bytes(seeded_path) == before


def test_an_invalid_record_in_the_journal_is_named(seeded_path: Path) -> None:
    db = Store.open(seeded_path)
    db.upsert(Sector(id="sec-a", name={"en": "A"}))
    with open(journal_path(seeded_path), "ab") as handle:
        handle.write(b'{"puts":{"sectors":{"sec-bad":{"id":"sec-bad","name":42,"rev":1}}}}\n')
    with pytest.raises(DatabaseError, match="sec-bad"):
        Store.open(seeded_path).snapshot()


def test_a_journal_of_another_file_is_ignored(seeded_path: Path) -> None:
    db = Store.open(seeded_path)
    db.upsert(Sector(id="sec-a", name={"en": "A"}))
    journal = journal_path(seeded_path)
    stale = journal.read_bytes().replace(base_id(seeded_path).encode(), b"0" * 32)
    journal.write_bytes(stale)
    reader = Store.open(seeded_path)
    assert reader.snapshot().find("sec-a") is None
    reader.upsert(Sector(id="sec-b", name={"en": "B"}))  # starts a journal of its own
    assert b"sec-a" not in journal.read_bytes()
    assert Store.open(seeded_path).get("sec-b").rev == 1


def test_compaction_folds_the_journal_into_a_new_file(
    seeded_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_id = base_id(seeded_path)
    db = Store.open(seeded_path)
    db.upsert(Sector(id="sec-a", name={"en": "A"}))
    assert journal_path(seeded_path).exists()
    monkeypatch.setattr(bilat.store.tinydb_backend, "COMPACT_MIN_BYTES", 0)
    # The next append would make the journal larger than the file: it compacts instead.
    db.upsert(Sector(id="sec-big", name={"en": "x" * (seeded_path.stat().st_size + 10)}))
    assert not journal_path(seeded_path).exists()
    stored = orjson.loads(seeded_path.read_bytes())
    assert {"sec-a", "sec-big"} <= set(stored["sectors"])
    assert base_id(seeded_path) != old_id
    assert db.snapshot().get("sec-big").rev == 1
    db.upsert(Sector(id="sec-after", name={"en": "After"}))  # a new journal, for the new file
    assert orjson.loads(journal_lines(seeded_path)[0])["base"] == base_id(seeded_path)
    assert Store.open(seeded_path).check() == []


def test_compact_command_leaves_one_file(seeded_path: Path, run_bilat: Any) -> None:
    Store.open(seeded_path).upsert(Sector(id="sec-a", name={"en": "A"}))
    done = run_bilat("--db", str(seeded_path), "compact")
    assert done.returncode == 0, done.stderr
    assert "compacted" in done.stderr
    assert not journal_path(seeded_path).exists()
    assert "sec-a" in orjson.loads(seeded_path.read_bytes())["sectors"]


def test_crash_between_compacted_file_and_journal_removal(
    seeded_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The old journal names the old file: nothing of it is replayed twice or lost."""
    db = Store.open(seeded_path)
    db.upsert(Sector(id="sec-a", name={"en": "A"}))
    db.upsert(Sector(id="sec-a", name={"en": "A, renamed"}), expected_rev=1)
    db.upsert(Sector(id="sec-gone", name={"en": "Gone"}))
    db.delete("sec-gone")
    monkeypatch.setattr(
        bilat.store.journal, "remove", lambda path, **_: None
    )  # "crash" before removal
    db.compact()
    monkeypatch.undo()
    assert journal_path(seeded_path).exists()
    reader = Store.open(seeded_path)
    assert reader.get("sec-a").name == {"en": "A, renamed"}
    assert reader.get("sec-a").rev == 2
    assert reader.snapshot().find("sec-gone") is None
    reader.upsert(Sector(id="sec-b", name={"en": "B"}))
    assert b"sec-gone" not in journal_path(seeded_path).read_bytes()


def test_a_file_without_a_journal_name_is_compacted_on_first_write(db_path: Path) -> None:
    """Files written before journals existed (format 1) are upgraded by their next write."""
    old = {
        "_meta": {"format": {"tag": "bilat-db/1"}},
        "sectors": {"sec-old": {"id": "sec-old", "name": {"en": "Old"}, "rev": 1}},
    }
    db_path.write_bytes(orjson.dumps(old))
    db = Store.open(db_path)
    assert db.get("sec-old").name == {"en": "Old"}
    db.upsert(Sector(id="sec-new", name={"en": "New"}))
    stored = orjson.loads(db_path.read_bytes())
    assert stored["_meta"]["format"]["tag"] == "bilat-db/2"
    assert set(stored["sectors"]) == {"sec-old", "sec-new"}
    assert not journal_path(db_path).exists()


@pytest.mark.parametrize("failure", [errno.ENOSPC, errno.EFBIG])
def test_a_failed_append_is_cut_back(
    seeded_path: Path, monkeypatch: pytest.MonkeyPatch, failure: int
) -> None:
    db = Store.open(seeded_path)
    db.upsert(Sector(id="sec-a", name={"en": "A"}))
    before = database_bytes(seeded_path)
    real_fsync = os.fsync

    def failing_fsync(fd: int) -> None:
        raise OSError(failure, os.strerror(failure))

    monkeypatch.setattr(bilat.store.journal.os, "fsync", failing_fsync)
    with pytest.raises(DatabaseError, match="nothing was written"):
        db.upsert(Sector(id="sec-lost", name={"en": "Lost"}))
    monkeypatch.setattr(bilat.store.journal.os, "fsync", real_fsync)
    assert database_bytes(seeded_path) == before
    assert db.snapshot().find("sec-lost") is None
    db.upsert(Sector(id="sec-b", name={"en": "B"}))
    assert Store.open(seeded_path).get("sec-b").rev == 1


def test_the_journal_has_the_permissions_of_a_shared_file(seeded_path: Path) -> None:
    os.chmod(seeded_path, 0o664)
    old_umask = os.umask(0o077)  # this user's own files are private...
    try:
        Store.open(seeded_path).upsert(Sector(id="sec-a", name={"en": "A"}))
    finally:
        os.umask(old_umask)
    # ...but the team's journal stays writable by the group, like the file it follows.
    assert journal_path(seeded_path).stat().st_mode & 0o777 == 0o664
    assert journal_path(seeded_path).stat().st_gid == seeded_path.stat().st_gid


def test_the_next_write_removes_temporary_files_of_killed_writers(seeded_path: Path) -> None:
    leftover = seeded_path.with_name(f".{seeded_path.name}.k1ll3d.tmp")
    leftover.write_bytes(b'{"half": ')
    other = seeded_path.with_name(".another.json.x.tmp")  # another database's: not ours
    other.write_bytes(b"")
    db = Store.open(seeded_path)
    db.upsert(Sector(id="sec-a", name={"en": "A"}))  # an append, not a compaction
    assert not leftover.exists()
    assert other.exists()
