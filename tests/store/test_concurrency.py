"""Several processes writing one database file at once lose no update."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import bilat.store.storage
from bilat.store import Org, Sector, Store
from tests.dbfiles import database_bytes

WORKER = textwrap.dedent(
    """
    import sys, time
    import msgspec
    from bilat.store import ConflictError, IdTakenError, NotFoundError, Org, Store

    path, worker, count, start_at = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
    db = Store.open(path)
    while time.time() < start_at:  # start together, so the writes really interleave
        time.sleep(0.001)
    conflicts = 0
    for i in range(count):
        db.upsert(Org(id=f"org-w{worker}-{i:04d}", name={"en": f"worker {worker} record {i}"}))
        while True:  # read-modify-write of one shared counter, retried on conflict
            try:
                current = db.get("org-counter")
            except NotFoundError:
                current = None
            try:
                if current is None:
                    db.upsert(Org(id="org-counter", name={"en": "1"}), expected_rev=0)
                else:
                    value = int(current.name["en"]) + 1
                    db.upsert(
                        msgspec.structs.replace(current, name={"en": str(value)}),
                        expected_rev=current.rev,
                    )
                break
            except (ConflictError, IdTakenError):  # a colleague made it first
                conflicts += 1
    print(conflicts)
    """
)

WORKERS = 3
PER_WORKER = 200


def test_concurrent_writers_lose_no_update(db_path: Path, tmp_path: Path) -> None:
    script = tmp_path / "worker.py"
    script.write_text(WORKER)
    start_at = time.time() + 1.0
    procs = [
        subprocess.Popen(
            [sys.executable, str(script), str(db_path), str(n), str(PER_WORKER), str(start_at)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(WORKERS)
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    final = Store.open(db_path)
    orgs = {org.id for org in final.select("orgs")}
    expected = {f"org-w{n}-{i:04d}" for n in range(WORKERS) for i in range(PER_WORKER)}
    assert expected - orgs == set(), "records were lost"
    counter = final.get("org-counter")
    assert counter.name == {"en": str(WORKERS * PER_WORKER)}, "counter increments were lost"
    assert counter.rev == WORKERS * PER_WORKER
    assert final.check() == []


def test_write_after_a_read_that_raced_with_another_writer(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read that overlaps another process's atomic replace must not hide that write.

    Process A reads the file; before A records what it read, B replaces the file.
    A's next write must build on B's data, not on what A read.
    """
    a = Store.open(db_path)
    a.upsert(Sector(id="sec-first", name={"en": "First"}))
    b = Store.open(db_path)
    real_parse = bilat.store.storage.parse_database
    fired = False

    def parse_then_let_b_write(raw: bytes, path: Path) -> dict:  # type: ignore[type-arg]
        nonlocal fired
        result = real_parse(raw, path)
        if not fired:
            fired = True
            b.upsert(Org(id="org-from-b", name={"en": "B"}))
        return result

    b.upsert(Sector(id="sec-second", name={"en": "Second"}))  # A's cache is now stale
    monkeypatch.setattr(bilat.store.storage, "parse_database", parse_then_let_b_write)
    a.backend._storage.read()  # type: ignore[attr-defined]  # A re-reads; B writes meanwhile
    monkeypatch.setattr(bilat.store.storage, "parse_database", real_parse)
    assert fired
    a.upsert(Sector(id="sec-third", name={"en": "Third"}))
    ids = {doc["id"] for kind in ("sectors", "orgs") for doc in Store.open(db_path).export()[kind]}
    assert ids == {"sec-first", "sec-second", "sec-third", "org-from-b"}


def test_second_handle_sees_writes_of_the_first(db_path: Path) -> None:
    a = Store.open(db_path)
    b = Store.open(db_path)
    for i in range(20):
        a.upsert(Sector(id=f"sec-a{i}", name={"en": "A"}))
        b.upsert(Sector(id=f"sec-b{i}", name={"en": "B"}))
        assert b.counts()["sectors"] == a.counts()["sectors"] == 2 * (i + 1)


def test_lock_held_too_long_is_a_clear_error(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from filelock import FileLock

    import bilat.store.tinydb_backend
    from bilat.store import DatabaseError

    monkeypatch.setattr(bilat.store.tinydb_backend, "LOCK_TIMEOUT_S", 0.3)
    db = Store.open(db_path)
    db.upsert(Sector(id="sec-a", name={"en": "A"}))
    before = database_bytes(db_path)
    other_process_lock = FileLock(f"{db_path}.lock")
    with other_process_lock:
        started = time.monotonic()
        with pytest.raises(DatabaseError) as info:
            db.upsert(Sector(id="sec-b", name={"en": "B"}))
        assert time.monotonic() - started < 5
    assert "locked" in str(info.value) and str(db_path) in str(info.value)
    assert database_bytes(db_path) == before
    # Once the lock is free, writing works again.
    db.upsert(Sector(id="sec-b", name={"en": "B"}))
    assert db.counts()["sectors"] == 2
