"""A writer killed mid-write, or a write that fails part way, never leaves a torn database."""

from __future__ import annotations

import errno
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import orjson
import pytest

import bilat.store.storage
from bilat.store import DatabaseError, Org, Sector, Source, Store
from tests.dbfiles import database_bytes

WRITER = textwrap.dedent(
    """
    import sys
    from bilat.store import Org, Sector, Store, NotFoundError

    db = Store.open(sys.argv[1])
    try:
        n = int(db.get("org-counter").name["en"])
    except NotFoundError:
        n = 0
    print("ready", flush=True)
    while True:
        n += 1
        # One write holds the counter and the n-th record: both or neither must be there.
        db.upsert_many([
            Org(id="org-counter", name={"en": str(n)}),
            Sector(id=f"sec-k{n:06d}", name={"en": "x" * 200}),
        ])
    """
)

KILLS = 30


def state_of(path: Path) -> tuple[int, int]:
    """(counter, number of sec-k records) of the database, loading it as bilat does."""
    db = Store.open(path)
    snapshot = db.snapshot()
    counter = snapshot.orgs.get("org-counter")
    value = int(counter.name["en"]) if counter else 0
    written = sum(1 for key in snapshot.sectors if key.startswith("sec-k"))
    db.backend.close()
    return value, written


def test_writer_killed_at_random_moments(db_path: Path, tmp_path: Path) -> None:
    # Some bulk, so each write takes long enough to be killed in the middle of it.
    bulk = Store.open(db_path)
    bulk.upsert_many([Sector(id=f"sec-bulk{i:04d}", name={"en": "y" * 300}) for i in range(800)])
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    rng = random.Random(1234)
    previous = 0
    progressed = 0
    for _ in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, str(script), str(db_path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == b"ready", proc.stderr.read() if proc.stderr else ""
        time.sleep(rng.uniform(0.0, 0.06))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
        assert proc.stderr is not None
        stderr = proc.stderr.read()
        proc.stderr.close()
        assert b"Traceback" not in stderr, stderr.decode()
        # The file always parses, and holds the old or a newer state, never half of one.
        json_doc = orjson.loads(db_path.read_bytes())
        assert isinstance(json_doc, dict)
        counter, written = state_of(db_path)
        assert counter == written, "a write was torn: counter and records disagree"
        assert counter >= previous, "the file went back to an older state"
        progressed += counter > previous
        previous = counter
    assert progressed >= 5, "the writer hardly ever got to write: the test proves little"
    final = Store.open(db_path)
    assert final.check() == []
    assert final.counts()["sectors"] == 800 + previous
    # Whatever temporary files a kill left behind, the database still takes writes.
    final.upsert(Sector(id="sec-after", name={"en": "after"}))
    assert state_of(db_path) == (previous, previous)


FSIZE_WRITER = textwrap.dedent(
    """
    import resource, signal, sys
    from bilat.store import DatabaseError, Source, Store

    path, limit = sys.argv[1], int(sys.argv[2])
    db = Store.open(path)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        db.upsert(Source(id="src-big", title="Big", text="z" * (4 * limit)))
    except DatabaseError as exc:
        print("DatabaseError:", exc)
        # The store is still usable for a write that fits.
        db.upsert(Source(id="src-small", title="Small", text="fits"))
        print("small write ok")
    else:
        print("no error")
    """
)


def test_file_size_limit_leaves_file_unchanged(db_path: Path, tmp_path: Path) -> None:
    db = Store.open(db_path)
    db.upsert_many([Sector(id=f"sec-s{i}", name={"en": "s" * 50}) for i in range(20)])
    before = database_bytes(db_path)
    limit = len(before) + 4096
    script = tmp_path / "fsize.py"
    script.write_text(FSIZE_WRITER)
    result = subprocess.run(
        [sys.executable, str(script), str(db_path), str(limit)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("DatabaseError:")
    assert "file size limit" in lines[0]
    assert str(db_path) in lines[0]
    assert lines[1] == "small write ok"
    assert not list(tmp_path.glob(f".{db_path.name}.*.tmp")), "temporary file left behind"
    after = Store.open(db_path)
    assert after.counts()["sources"] == 1
    assert after.get("src-small").text == "fits"


def test_file_size_limit_through_cli(db_path: Path, tmp_path: Path, make_env: Any) -> None:
    import resource

    db = Store.open(db_path)
    db.upsert(Sector(id="sec-s", name={"en": "s"}))
    before = database_bytes(db_path)
    big = tmp_path / "big.txt"
    big.write_text("Texte très long. " * 20_000)
    limit = len(before) + 8192

    def limit_file_size() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = subprocess.run(
        [
            str(Path(sys.executable).parent / "bilat"),
            *("--db", str(db_path), "add-source", str(big), "--title", "Big"),
        ],
        capture_output=True,
        text=True,
        env=make_env(),
        preexec_fn=limit_file_size,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert "file size limit" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert database_bytes(db_path) == before
    assert not list(tmp_path.glob(f".{db_path.name}.*.tmp"))


class _FullDisk:
    """A file object that writes part of what it is given, then finds the disk full."""

    def __init__(self, real: Any) -> None:
        self.real = real

    def write(self, data: bytes) -> int:
        self.real.write(data[: len(data) // 2])
        self.real.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.real.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


def test_full_disk_leaves_file_unchanged(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = Store.open(db_path)
    db.upsert(Sector(id="sec-before", name={"en": "Before"}))
    before = database_bytes(db_path)
    real_fdopen = os.fdopen
    monkeypatch.setattr(
        bilat.store.storage.os, "fdopen", lambda fd, *a, **k: _FullDisk(real_fdopen(fd, *a, **k))
    )
    with pytest.raises(DatabaseError) as info:
        db.upsert(Sector(id="sec-lost", name={"en": "Lost"}))
    monkeypatch.undo()
    assert "disk is full" in str(info.value)
    assert str(db_path) in str(info.value)
    assert database_bytes(db_path) == before
    history = tmp_path / f"{db_path.name}.history"  # the first write's line, only
    assert {p.name for p in tmp_path.iterdir()} == {
        db_path.name,
        f"{db_path.name}.lock",
        history.name,
    }
    assert len(history.read_bytes().splitlines()) == 1
    # Nothing of the failed write lingers in memory, and the next write works.
    with pytest.raises(Exception, match="sec-lost"):
        db.get("sec-lost")
    db.upsert(Sector(id="sec-after", name={"en": "After"}))
    assert {s.id for s in Store.open(db_path).select("sectors")} == {"sec-before", "sec-after"}


def test_failed_import_leaves_memory_and_file_clean(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = Store.open(db_path)
    db.upsert(Source(id="src-a", title="A", text="un texte"))
    before = database_bytes(db_path)

    def no_space(*args: Any, **kwargs: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(bilat.store.storage.os, "fsync", no_space)
    with pytest.raises(DatabaseError, match="disk is full"):
        db.upsert_many([Org(id=f"org-{i}", name={"en": "o"}) for i in range(5)])
    monkeypatch.undo()
    assert database_bytes(db_path) == before
    assert db.counts()["orgs"] == 0
