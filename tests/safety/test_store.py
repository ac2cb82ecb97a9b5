"""Attacks and faults on the store and its files: a hostile colleague's symbolic links,
FIFOs and devices in a shared folder, readers racing a compaction, damaged files, and
commands that could undo work. One test per hole; each failed before it was closed."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import msgspec
import orjson
import pytest

import bilat.store.journal
from bilat.engine import Session
from bilat.store import DatabaseError, Sector, Store, saved_words
from bilat.store.bundle import read_bundle_files
from bilat.store.journal import journal_path
from bilat.store.locations import seed_files, shipped_history
from bilat.store.lock import WriterLock
from bilat.store.query import parse_filter
from bilat.store.reseed import digest, read_history, write_history
from tests.dbfiles import database_bytes

SECTOR = {"sectors": [{"id": "sec-planted", "name": {"en": "Planted"}}]}


def one_sector(tmp_path: Path) -> Path:
    path = tmp_path / "one-sector.json"
    path.write_bytes(orjson.dumps(SECTOR))
    return path


def one_error_line(stderr: str) -> str:
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("bilat: error: ")
    return lines[0]


# -- files beside the database: never through a symbolic link, never into a FIFO --------


@pytest.mark.parametrize("side", [".journal", ".lock"])
def test_a_symlink_planted_beside_the_database_is_refused_not_followed(
    seeded_path: Path, tmp_path: Path, run_bilat, side: str
) -> None:
    elsewhere = tmp_path / "colleague-home"
    elsewhere.mkdir()
    planted = elsewhere / "planted"  # does not exist: the write would create it
    precious = elsewhere / "precious"
    precious.write_text("keep me\n")
    link = seeded_path.with_name(seeded_path.name + side)
    for target in (planted, precious):
        link.unlink(missing_ok=True)
        link.symlink_to(target)
        before = seeded_path.read_bytes()
        result = run_bilat("import", one_sector(tmp_path), db=seeded_path)
        assert result.returncode == 1
        line = one_error_line(result.stderr)
        assert str(link) in line and "symbolic link" in line
        assert not planted.exists()
        assert precious.read_text() == "keep me\n"
        assert seeded_path.read_bytes() == before
        assert link.is_symlink()


def test_a_fifo_beside_the_database_does_not_hang_a_reader(seeded_path: Path, run_bilat) -> None:
    Store.open(seeded_path).upsert(Sector(id="sec-a", name={"en": "A"}))
    journal = journal_path(seeded_path)
    journal.unlink()
    os.mkfifo(journal)
    result = run_bilat("list", "sectors", db=seeded_path, timeout=30)
    assert result.returncode == 1
    line = one_error_line(result.stderr)
    assert str(journal) in line and "FIFO" in line


def test_the_lock_file_is_as_private_as_the_database(seeded_path: Path) -> None:
    lock = seeded_path.with_name(seeded_path.name + ".lock")
    for mode in (0o600, 0o664):
        lock.unlink(missing_ok=True)
        os.chmod(seeded_path, mode)
        old_umask = os.umask(0)
        try:
            Store.open(seeded_path).upsert(Sector(id=f"sec-m{mode:o}", name={"en": "M"}))
        finally:
            os.umask(old_umask)
        assert stat.S_IMODE(lock.stat().st_mode) == mode
        assert lock.stat().st_gid == seeded_path.stat().st_gid
    # One that an earlier version left world-writable is mended by its owner's next write.
    os.chmod(lock, 0o666)
    Store.open(seeded_path).upsert(Sector(id="sec-again", name={"en": "M"}))
    assert not lock.stat().st_mode & 0o002


HOLDER = textwrap.dedent(
    """
    import sys, time
    from bilat.store import Store
    db = Store.open(sys.argv[1])
    with db.backend.session():
        print("holding", flush=True)
        time.sleep(float(sys.argv[2]))
    """
)


def test_deleting_the_lock_file_lets_no_second_writer_in(
    seeded_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = tmp_path / "holder.py"
    script.write_text(HOLDER)
    holder = subprocess.Popen(
        [sys.executable, str(script), str(seeded_path), "60"], stdout=subprocess.PIPE
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == b"holding"
        seeded_path.with_name(seeded_path.name + ".lock").unlink()  # a careless colleague
        monkeypatch.setattr("bilat.store.tinydb_backend.LOCK_TIMEOUT_S", 0.5)
        before = database_bytes(seeded_path)
        with pytest.raises(DatabaseError, match="locked by another process"):
            Store.open(seeded_path).upsert(Sector(id="sec-second", name={"en": "2"}))
        assert database_bytes(seeded_path) == before
    finally:
        holder.kill()
        holder.wait()
    # Once the holder is gone, writing works again.
    Store.open(seeded_path).upsert(Sector(id="sec-second", name={"en": "2"}))


def test_the_lock_file_swapped_while_waiting_is_locked_afresh(db_path: Path) -> None:
    """Where folders cannot be locked, the lock file alone keeps writers apart: one that
    waited on a file that was deleted meanwhile locks the file at the name now."""
    first, second = WriterLock(db_path, 5), WriterLock(db_path, 5)
    first._lock_folder = lambda deadline: None  # type: ignore[method-assign]
    second._lock_folder = lambda deadline: None  # type: ignore[method-assign]
    order: list[str] = []
    with first.held():
        waiting = threading.Thread(target=lambda: _hold(second, order))
        waiting.start()
        time.sleep(0.2)
        first.path.unlink()  # the waiter holds an fd of the old file
        order.append("first done")
    waiting.join(10)
    assert order == ["first done", "second held"]
    assert first.path.exists()


def _hold(lock: WriterLock, order: list[str]) -> None:
    with lock.held():
        order.append("second held")


def test_a_database_path_that_is_a_symlink_the_user_chose_is_followed_once(
    tmp_path: Path, seeded_db_bytes: bytes
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    real = shared / "dz-ru.json"
    real.write_bytes(seeded_db_bytes)
    mine = tmp_path / "mine.json"
    mine.symlink_to(real)
    db = Store.open(mine)
    db.upsert(Sector(id="sec-a", name={"en": "A"}))
    db.compact()
    assert mine.is_symlink() and mine.resolve() == real  # not replaced by a copy
    assert not journal_path(mine).exists() and not (tmp_path / "mine.json.lock").exists()
    assert Store.open(real).get("sec-a").name == {"en": "A"}


def test_a_database_path_that_is_a_fifo_is_refused_at_once(tmp_path: Path, run_bilat) -> None:
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    for args in (["list", "projects"], ["import", str(one_sector(tmp_path))], ["init"]):
        result = run_bilat(*args, db=fifo, timeout=30)
        assert result.returncode == 1
        line = one_error_line(result.stderr)
        assert str(fifo) in line and "FIFO" in line


def test_an_export_never_writes_through_a_symlink_at_its_name(
    seeded_path: Path, tmp_path: Path, run_bilat
) -> None:
    precious = tmp_path / "precious.txt"
    precious.write_text("keep me\n")
    out = tmp_path / "out.json"
    out.symlink_to(precious)
    result = run_bilat("export", "-o", out, db=seeded_path)
    assert result.returncode == 0, result.stderr
    assert precious.read_text() == "keep me\n"
    assert not out.is_symlink()
    assert orjson.loads(out.read_bytes())["schema"] == "bilat/1"


def test_an_export_that_cannot_make_its_temporary_file_says_so(
    seeded_path: Path, tmp_path: Path, run_bilat, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bilat.store.files import write_atomically

    target = tmp_path / "out.json"
    monkeypatch.setattr("tempfile.mkstemp", _no_space)
    with pytest.raises(DatabaseError) as info:
        write_atomically(target, b"{}", what="export")
    assert str(target) in str(info.value) and "the disk is full" in str(info.value)
    assert not target.exists()
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("")
    result = run_bilat("export", "-o", not_a_folder / "out.json", db=seeded_path)
    assert result.returncode == 1  # like any file that cannot be written
    assert str(not_a_folder) in one_error_line(result.stderr)


def _no_space(*args: object, **kwargs: object) -> None:
    raise OSError(28, "No space left on device")


# -- data loss ------------------------------------------------------------------------


def test_a_reader_racing_a_compaction_sees_every_acknowledged_write(
    seeded_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reader reads the file; a compaction then folds the journal into a new file and
    removes the journal; the reader, finding no journal, must not stop at the old file."""
    writer = Store.open(seeded_path)
    writer.upsert(Sector(id="sec-acknowledged", name={"en": "Written, returned"}))
    real_read = bilat.store.journal.read_journal
    raced = []

    def compaction_in_between(*args: object, **kwargs: object) -> bilat.store.journal.JournalRead:
        if not raced:
            raced.append(True)
            writer.compact()
        return real_read(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(bilat.store.journal, "read_journal", compaction_in_between)
    for read in (
        lambda: Store.open(seeded_path).export()["sectors"],
        lambda: [to_doc(s) for s in Session.open(seeded_path).for_reading().sectors.values()],
        lambda: list(Store.open(seeded_path).backend.load()["sectors"].values()),
    ):
        raced.clear()
        writer.upsert(Sector(id=f"sec-n{len(raced)}{time.monotonic_ns()}", name={"en": "n"}))
        expected = {s.id for s in Store.open(seeded_path).select("sectors")}
        monkeypatch.setattr(bilat.store.journal, "read_journal", compaction_in_between)
        ids = {doc["id"] for doc in read()}
        monkeypatch.setattr(bilat.store.journal, "read_journal", real_read)
        assert raced
        assert ids == expected


def to_doc(record: Sector) -> dict[str, str]:
    return {"id": record.id}


COMPACTOR = textwrap.dedent(
    """
    import sys, time
    from bilat.store import Sector, Store
    db = Store.open(sys.argv[1])
    n = 0
    while True:
        n += 1
        db.upsert(Sector(id=f"sec-w{n:06d}", name={"en": "w"}))
        print(n, flush=True)  # acknowledged
        if n % 2 == 0:  # a journal line, then folded in: the worst case for readers
            db.compact()
            time.sleep(0.01)  # no journal for a while: what a reader would miss
    """
)


def test_exports_during_compactions_never_miss_an_acknowledged_write(
    seeded_path: Path, tmp_path: Path, run_bilat
) -> None:
    script = tmp_path / "compactor.py"
    script.write_text(COMPACTOR)
    writer = subprocess.Popen(
        [sys.executable, str(script), str(seeded_path)], stdout=subprocess.PIPE, text=True
    )
    acknowledged = [0]  # the last write that returned, kept current by a thread

    def follow() -> None:
        assert writer.stdout is not None
        for line in writer.stdout:
            acknowledged[0] = int(line)

    threading.Thread(target=follow, daemon=True).start()
    try:
        while acknowledged[0] < 300:
            before = acknowledged[0]  # every write up to here returned before the export
            ids = {s["id"] for s in Store.open(seeded_path).export()["sectors"]}
            missing = [n for n in range(1, before + 1) if f"sec-w{n:06d}" not in ids]
            assert not missing
            assert writer.poll() is None
    finally:
        writer.kill()
        writer.wait()


@pytest.mark.parametrize("content", [b"", b" \n\t"])
def test_an_empty_database_file_is_damage_and_its_journal_is_kept(
    seeded_path: Path, tmp_path: Path, run_bilat, content: bytes
) -> None:
    db = Store.open(seeded_path)
    db.upsert(Sector(id="sec-acknowledged", name={"en": "A"}))
    seeded_path.write_bytes(content)  # a failed copy, a truncation
    journal = journal_path(seeded_path).read_bytes()
    result = run_bilat("import", one_sector(tmp_path), db=seeded_path)
    assert result.returncode == 1
    line = one_error_line(result.stderr)
    assert str(seeded_path) in line and ("empty" in line or "blank" in line)
    assert seeded_path.read_bytes() == content
    assert journal_path(seeded_path).read_bytes() == journal
    # check says what can be recovered, and how; export --salvage does it.
    check = run_bilat("check", db=seeded_path)
    assert check.returncode == 1
    assert "recoverable: journal" in check.stdout and "export --salvage" in check.stdout
    saved = tmp_path / "saved.json"
    result = run_bilat("export", "--salvage", "-o", saved, db=seeded_path)
    assert result.returncode == 0, result.stderr
    assert [s["id"] for s in orjson.loads(saved.read_bytes())["sectors"]] == ["sec-acknowledged"]
    assert journal_path(seeded_path).read_bytes() == journal


def test_a_journal_without_its_database_file_is_not_dropped(
    seeded_path: Path, tmp_path: Path, run_bilat
) -> None:
    Store.open(seeded_path).upsert(Sector(id="sec-acknowledged", name={"en": "A"}))
    seeded_path.unlink()  # moved away by mistake
    journal = journal_path(seeded_path).read_bytes()
    result = run_bilat("import", one_sector(tmp_path), db=seeded_path)
    assert result.returncode == 1
    assert str(journal_path(seeded_path)) in one_error_line(result.stderr)
    assert journal_path(seeded_path).read_bytes() == journal
    assert not seeded_path.exists()


@pytest.mark.parametrize(
    ("line", "named"),
    [
        (b'{"puts": {"users": {"u1": {"id": "u1"}}}}\n', "'users'"),
        (
            b'{"puts": {"projects": {"prj-x": {"id": "prj-x", "name": {"en": "X"}, '
            b'"status": "exploded"}}}}\n',
            "prj-x",
        ),
        (b'{"puts": {"sectors": {"sec-x": {"id": "sec-y", "name": {"en": "X"}}}}}\n', "sec-x"),
        (b'{"removes": {"sectors": [1, 2]}}\n', "sectors"),
    ],
    ids=["foreign-table", "invalid-record", "id-not-its-key", "removes-not-ids"],
)
def test_a_compaction_refuses_a_journal_line_it_would_not_read_back(
    seeded_path: Path, line: bytes, named: str
) -> None:
    db = Store.open(seeded_path)
    db.upsert(Sector(id="sec-a", name={"en": "A"}))
    with open(journal_path(seeded_path), "ab") as handle:
        handle.write(line)
    before = database_bytes(seeded_path)
    with pytest.raises(DatabaseError) as info:
        Store.open(seeded_path).compact()
    message = str(info.value)
    assert str(journal_path(seeded_path)) in message and "line 3" in message
    assert named in message
    assert database_bytes(seeded_path) == before
    # Readers refuse it too, naming the same line: the file is never written with it.
    with pytest.raises(DatabaseError, match="line 3"):
        Store.open(seeded_path).snapshot()


def test_init_on_a_database_with_records_refuses_and_changes_nothing(
    seeded_path: Path, run_bilat
) -> None:
    db = Store.open(seeded_path)
    edited = db.get("sec-tourism")
    db.upsert(Sector(id=edited.id, name={"en": "Tourism, edited"}, parent=edited.parent))
    before = database_bytes(seeded_path)
    result = run_bilat("init", db=seeded_path)
    assert result.returncode == 1
    line = one_error_line(result.stderr)
    assert "--reseed" in line and "--reset" in line
    assert database_bytes(seeded_path) == before


def test_reseed_adds_what_is_missing_updates_unedited_and_keeps_edits(
    seeded_path: Path, tmp_path: Path, run_bilat
) -> None:
    db = Store.open(seeded_path)
    claim = db.select("claims")[0]
    bundled_org = db.get("org-ru-ministry-health")
    # An edit of the user's; a record the bundle ships that the database lacks; and one
    # still as an earlier bundle shipped it (its digest is in the history).
    db.upsert(msgspec.structs.replace(db.get("sec-tourism"), name={"en": "Tourism, edited"}))
    db.delete(claim.id)
    earlier = msgspec.structs.replace(bundled_org, name={"en": "An earlier bundle's name"})
    db.upsert(earlier)
    history = tmp_path / "shipped.json"
    shipped = read_history(shipped_history())
    shipped[earlier.id].add(digest(earlier))
    write_history(history, shipped)

    plan = Store.open(seeded_path).reseed(seed_files(), history)
    assert [item.record.id for item in plan.add] == [claim.id]
    assert [item.record.id for item in plan.update] == [earlier.id]
    assert plan.kept == [("sec-tourism", "Tourism, edited")]
    after = Store.open(seeded_path)
    assert after.get("sec-tourism").name == {"en": "Tourism, edited"}
    assert after.get(earlier.id).name == bundled_org.name
    assert after.get(claim.id).quote == claim.quote
    assert after.counts() == Store.open(seeded_path).counts()

    # Through the command line, with the shipped history: the edit is kept, and listed.
    result = run_bilat("init", "--reseed", db=seeded_path)
    assert result.returncode == 0, result.stderr
    assert "0 added" in result.stderr and "1 kept as edited here" in result.stderr
    assert "kept sec-tourism (Tourism, edited)" in result.stderr
    assert Store.open(seeded_path).get("sec-tourism").name == {"en": "Tourism, edited"}


def test_every_seed_record_as_bundled_now_is_in_the_shipped_history() -> None:
    """Else a later bundle could not tell this one's records from a user's edits."""
    shipped = read_history(shipped_history())
    missing = [
        item.record.id
        for item in read_bundle_files(seed_files())
        if digest(item.record) not in shipped.get(item.record.id, set())
    ]
    assert not missing, "the seeds changed: run `make seeds-shipped` and commit the history"


# -- the saved word index: a cache, read with care ----------------------------------------


@pytest.fixture
def words_saved(seeded_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The seeded database with its word index saved beside it (as a large one has)."""
    monkeypatch.setattr(Store, "saved_words_above_bytes", 0)
    db = Store.open(seeded_path)
    db.snapshot().search.index.build()
    assert db.save_words(db.snapshot())
    return saved_words.beside(str(seeded_path))


def answers(db: Store) -> list[str]:
    return db.snapshot().select_ids("projects", parse_filter("alum"))


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "symlink-elsewhere"])
def test_a_word_index_that_is_no_file_is_neither_read_nor_written_through(
    seeded_path: Path, tmp_path: Path, words_saved: Path, kind: str
) -> None:
    expected = answers(Store.open(seeded_path))
    precious = tmp_path / "precious"
    precious.write_text("keep me\n")
    words_saved.unlink()
    if kind == "fifo":
        os.mkfifo(words_saved)
    else:
        words_saved.symlink_to("/dev/zero" if kind == "dev-zero" else precious)
    result: list[bool] = []
    db = Store.open(seeded_path)
    reader = threading.Thread(target=lambda: result.append(db.load_saved_words(db.snapshot())))
    reader.start()
    reader.join(30)
    assert result == [False]  # not hung, not used
    db.snapshot().search.index.build()
    db.save_words(db.snapshot())  # saved elsewhere (the user's cache), not through it
    assert db.words_warning is not None and str(words_saved) in db.words_warning
    assert not words_saved.is_file() or words_saved.is_symlink()
    assert precious.read_text() == "keep me\n"
    assert answers(db) == expected


def test_a_damaged_word_index_with_the_right_key_is_not_used(
    seeded_path: Path, words_saved: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = answers(Store.open(seeded_path))
    data = bytearray(words_saved.read_bytes())
    data[len(data) * 3 // 4] ^= 0x01  # one bit, deep in the postings: the key still matches
    words_saved.write_bytes(bytes(data))
    db = Store.open(seeded_path)
    assert not db.load_saved_words(db.snapshot())
    assert answers(db) == expected


@pytest.mark.parametrize("damage", ["negative-word", "word-twice"])
def test_a_word_index_whose_parts_do_not_fit_is_refused(
    seeded_path: Path, words_saved: Path, damage: str
) -> None:
    """Even with checksums that match (made on purpose): what it holds is checked."""
    db = Store.open(seeded_path)
    snapshot = db.snapshot()
    words = snapshot.search.index.build().words()
    packed = saved_words._pack(words["projects"])
    dense = packed.dense
    assert dense, "the seeds have words held by many projects"
    dense[0] = -1 if damage == "negative-word" else dense[-1]
    content = db._content_key(snapshot)
    assert content is not None
    words_saved.unlink()
    with saved_words.saving(words_saved, content, list(words), like=None) as parts:
        parts.add(saved_words.words_part("projects"), packed)  # checksummed as it is
        parts.add_words("agreements", words["agreements"])
    db = Store.open(seeded_path)
    assert not db.load_saved_words(db.snapshot())


def test_the_index_built_after_an_import_is_not_written_through_a_symbolic_link(
    seeded_path: Path, tmp_path: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Built and written part by part (``store.word_parts``): a link standing where it goes
    is left as it is, the index goes to the user's cache, and a warning says why."""
    monkeypatch.setattr(Store, "saved_words_above_bytes", 0)
    monkeypatch.setattr(Store, "lazy_above_bytes", 0)
    precious = tmp_path / "precious"
    precious.write_text("keep me\n")
    beside = saved_words.beside(str(seeded_path))
    beside.symlink_to(precious)
    db = Store.open(seeded_path)
    assert db.index_words()
    assert db.words_warning is not None and str(beside) in db.words_warning
    assert beside.is_symlink() and precious.read_text() == "keep me\n"
    assert saved_words.cache_file(db.location).is_file()
    expected = answers(Store.open(seeded_path))
    again = Store.open(seeded_path)
    assert again.load_saved_words(again.snapshot())
    assert answers(again) == expected
