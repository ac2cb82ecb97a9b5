"""Where the records of a large file lie is saved beside it: a start reads that instead of
parsing the whole file, for exactly that file; a stale, damaged or crafted layout is not
used, and never makes a wrong record show."""

from __future__ import annotations

import os
import zlib
from array import array
from pathlib import Path
from typing import Any

import msgspec
import pytest

from bilat.engine import Session
from bilat.store import Project, Store, saved_layout, steps, storage
from bilat.store.errors import DamagedRecordError
from bilat.store.file_table import FileTable

KINDS = ("projects", "agreements", "claims", "sources", "sectors", "orgs", "people")


def everything(store: Store) -> dict[str, dict[str, Any]]:
    """Every record as a lazy first read shows it (the claims and sources laid out too)."""
    first = store.first_snapshot(min_bytes=0)
    first.finish_reading()
    return {kind: dict(first.tables[kind]) for kind in KINDS}


def expected(path: Path) -> dict[str, dict[str, Any]]:
    """Every record, read whole (no layout is involved)."""
    snapshot = Store.open(path).snapshot()
    return {kind: dict(snapshot.tables[kind]) for kind in KINDS}


def layout_of(path: Path) -> Path:
    return path.with_name(path.name + saved_layout.SUFFIX)


def save_layout(path: Path) -> Path:
    store = Store.open(path)
    first = store.first_snapshot(min_bytes=0)
    first.finish_reading()
    assert store.save_layout(first)
    assert layout_of(path).is_file()
    return layout_of(path)


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times a whole file was parsed (the work a saved layout saves)."""
    calls: list[int] = []
    real = storage._parse_file

    def counted(raw: Any) -> Any:
        calls.append(1)
        return real(raw)

    monkeypatch.setattr(storage, "_parse_file", counted)
    return calls


def test_a_saved_layout_is_used_instead_of_parsing_the_file(
    seeded_path: Path, parses: list[int]
) -> None:
    want = expected(seeded_path)
    save_layout(seeded_path)
    parses.clear()
    store = Store.open(seeded_path)
    assert everything(store) == want
    assert parses == []
    for kind in ("projects", "agreements", "claims", "sources"):
        assert isinstance(store.first_snapshot(min_bytes=0).tables[kind], FileTable)
    store.snapshot()  # every record checked once: none is damaged
    assert parses == []


def test_a_layout_in_small_pieces_is_read_back_as_saved(
    seeded_path: Path, parses: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every table's ids saved in several pieces and checked in several steps."""
    monkeypatch.setattr(saved_layout, "KEYS_PIECE", 2)
    monkeypatch.setattr(steps, "STEP", 3)
    want = expected(seeded_path)
    save_layout(seeded_path)
    parses.clear()
    assert everything(Store.open(seeded_path)) == want
    assert parses == []


def test_a_layout_saved_in_the_format_before_is_not_used_and_saved_again(
    seeded_path: Path, parses: list[int]
) -> None:
    """The first format (each table's ids in one list, read in one call) with the right
    file named: not used (the file is parsed), and saved over in this format."""
    path = save_layout(seeded_path)
    saved = msgspec.msgpack.decode(path.read_bytes()[len(saved_layout.MAGIC) + 4 :])
    saved[0] = "bilat-layout/1"
    saved[3][0] = [key for piece in saved[3][0] for key in piece]
    for name, table in saved[4].items():
        keys, lengths = msgspec.msgpack.decode(table)
        saved[4][name] = msgspec.msgpack.encode([[key for piece in keys for key in piece], lengths])
    body = msgspec.msgpack.encode(saved)
    path.write_bytes(saved_layout.MAGIC + zlib.crc32(body).to_bytes(4, "little") + body)
    parses.clear()
    assert everything(Store.open(seeded_path)) == expected(seeded_path)
    assert parses == [1]
    save_layout(seeded_path)
    parses.clear()
    assert everything(Store.open(seeded_path)) == expected(seeded_path)
    assert parses == []


def test_the_explorer_saves_it_after_a_first_read(seeded_path: Path, parses: list[int]) -> None:
    session = Session.open(seeded_path)
    first = session.store.first_snapshot(min_bytes=0)
    session.warm(first, lambda stage, snapshot: None)
    assert layout_of(seeded_path).is_file()
    parses.clear()
    assert everything(Store.open(seeded_path)) == expected(seeded_path)
    assert parses == []


def test_writes_in_the_journal_show_over_it(seeded_path: Path, parses: list[int]) -> None:
    save_layout(seeded_path)
    writer = Store.open(seeded_path)
    project = next(iter(writer.snapshot().projects.values()))
    writer.upsert(msgspec.structs.replace(project, notes="edited since"), expected_rev=project.rev)
    parses.clear()
    shown = everything(Store.open(seeded_path))
    assert parses == []  # the file is the same: its layout too
    assert shown["projects"][project.id].notes == "edited since"
    assert shown == expected(seeded_path)


def test_a_layout_of_another_file_is_stale(seeded_path: Path, parses: list[int]) -> None:
    """A compaction writes a new file: the layout saved for the old one is not used, and
    the next save replaces it."""
    old = save_layout(seeded_path).read_bytes()
    writer = Store.open(seeded_path)
    project = next(iter(writer.snapshot().projects.values()))
    writer.upsert(msgspec.structs.replace(project, notes="compacted in"), expected_rev=project.rev)
    writer.compact()
    parses.clear()
    assert everything(Store.open(seeded_path)) == expected(seeded_path)
    assert parses == [1]
    assert save_layout(seeded_path).read_bytes() != old


def test_a_file_rewritten_in_place_is_parsed(seeded_path: Path, parses: list[int]) -> None:
    save_layout(seeded_path)
    raw = seeded_path.read_bytes()
    with open(seeded_path, "r+b") as handle:  # same inode, one more byte: a trailing newline
        handle.write(raw + b"\n")
    parses.clear()
    assert everything(Store.open(seeded_path))["projects"] == expected(seeded_path)["projects"]
    assert parses == [1]


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],  # truncated
        lambda raw: raw[:-10] + bytes(10),  # its CRC no longer matches
        lambda raw: b"",
        lambda raw: b"not a layout at all",
    ],
    ids=["truncated", "corrupt", "empty", "foreign"],
)
def test_a_damaged_layout_is_ignored(seeded_path: Path, parses: list[int], damage: Any) -> None:
    path = save_layout(seeded_path)
    path.write_bytes(damage(path.read_bytes()))
    parses.clear()
    assert everything(Store.open(seeded_path)) == expected(seeded_path)
    assert parses == [1]


def test_a_symbolic_link_in_its_place_is_neither_followed_nor_written_through(
    seeded_path: Path, tmp_path: Path, parses: list[int]
) -> None:
    real = save_layout(seeded_path)
    elsewhere = tmp_path / "elsewhere.bin"
    elsewhere.write_bytes(real.read_bytes())  # a valid layout, behind a link
    real.unlink()
    real.symlink_to(elsewhere)
    parses.clear()
    store = Store.open(seeded_path)
    assert everything(store) == expected(seeded_path)
    assert parses == [1]
    store.save_layout(store.first_snapshot(min_bytes=0))
    assert real.is_symlink() and os.readlink(real) == str(elsewhere)


def test_a_fifo_in_its_place_does_not_hang(seeded_path: Path, parses: list[int]) -> None:
    path = save_layout(seeded_path)
    path.unlink()
    os.mkfifo(path)
    parses.clear()
    assert everything(Store.open(seeded_path)) == expected(seeded_path)
    assert parses == [1]


def rewrite(path: Path, change: Any) -> None:
    """Change what a saved layout says and give it a valid CRC (as someone who can write to
    the folder could)."""
    raw = path.read_bytes()
    body = raw[len(saved_layout.MAGIC) + 4 :]
    saved = msgspec.msgpack.decode(body, type=saved_layout._Saved)
    change(saved)
    body = msgspec.msgpack.encode(saved)
    path.write_bytes(saved_layout.MAGIC + zlib.crc32(body).to_bytes(4, "little") + body)


def projects_table(saved: saved_layout._Saved) -> tuple[list[str], array[int]]:
    keyed = msgspec.msgpack.decode(saved.tables["projects"], type=saved_layout._Keyed)
    lengths = array("q")
    lengths.frombytes(keyed.lengths)
    return [key for piece in keyed.keys for key in piece], lengths


def set_projects(saved: saved_layout._Saved, keys: list[str], lengths: array[int]) -> None:
    saved.tables["projects"] = msgspec.msgpack.encode(
        saved_layout._Keyed(steps.pieces(keys, 2), lengths.tobytes())
    )


def test_a_crafted_layout_never_shows_a_wrong_record(seeded_path: Path) -> None:
    """Lengths moved between two records (the table still adds up, the CRC is right): the
    first record read from it does not decode, the file is laid out again, and every record
    shows as it is; the layout is removed."""
    want = expected(seeded_path)
    path = save_layout(seeded_path)

    def shift(saved: saved_layout._Saved) -> None:
        keys, lengths = projects_table(saved)
        lengths[0] += 7
        lengths[1] -= 7
        set_projects(saved, keys, lengths)

    rewrite(path, shift)
    assert everything(Store.open(seeded_path)) == want
    assert not path.exists()


def test_a_crafted_layout_with_records_swapped(seeded_path: Path) -> None:
    """Two projects' ids swapped: each decodes, with the other's id: laid out again."""
    want = expected(seeded_path)
    path = save_layout(seeded_path)

    def swap(saved: saved_layout._Saved) -> None:
        keys, lengths = projects_table(saved)
        keys[0], keys[1] = keys[1], keys[0]
        set_projects(saved, keys, lengths)

    rewrite(path, swap)
    store = Store.open(seeded_path)
    assert everything(store) == want
    for project in store.first_snapshot(min_bytes=0).projects.values():
        assert isinstance(project, Project)


def test_a_crafted_layout_that_hides_a_record_is_refused(seeded_path: Path) -> None:
    """A layout that merges two records into one: the merged one does not decode, and the
    file itself lists another set of records: refused with a message (the next start reads
    the file itself), never shown without the hidden record."""
    path = save_layout(seeded_path)

    def merge(saved: saved_layout._Saved) -> None:
        keys, lengths = projects_table(saved)
        extra = len(keys[1]) + 4  # the second's key, its quotes, the comma and the colon
        merged = array("q", [lengths[0] + extra + lengths[1], *lengths[2:]])
        set_projects(saved, [keys[0], *keys[2:]], merged)

    rewrite(path, merge)
    store = Store.open(seeded_path)
    with pytest.raises(DamagedRecordError, match="saved layout"):
        everything(store)
    assert not path.exists()
    assert everything(Store.open(seeded_path)) == expected(seeded_path)


def test_a_damaged_file_is_refused_as_without_a_layout(seeded_path: Path) -> None:
    """The file damaged in place, its size and time kept: the layout still says where the
    records were; the damaged record is named, as a start without a layout names it."""
    save_layout(seeded_path)
    st = os.stat(seeded_path)
    raw = seeded_path.read_bytes()
    at = raw.index(b'"name":', raw.index(b'"projects":{"prj-'))
    damaged = raw[:at] + b'"nome":' + raw[at + 7 :]
    with open(seeded_path, "r+b") as handle:
        handle.write(damaged)
    os.utime(seeded_path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert saved_layout.load(layout_of(seeded_path), (st.st_ino, st.st_size, st.st_mtime_ns))
    store = Store.open(seeded_path)
    store.first_snapshot(min_bytes=0)
    with pytest.raises(DamagedRecordError, match="is damaged: record 'prj-"):
        store.snapshot()  # each record checked once
    assert layout_of(seeded_path).exists()  # it was right: the file is damaged


def test_import_saves_it_with_the_words(
    seeded_path: Path, parses: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`bilat import` and `bilat compact` index a large file's words after writing it: its
    layout is saved then too, so that the first session does not parse it."""
    monkeypatch.setattr(Store, "lazy_above_bytes", 0)
    monkeypatch.setattr(Store, "saved_words_above_bytes", 0)
    Store.open(seeded_path).index_words()
    assert layout_of(seeded_path).is_file()
    parses.clear()
    assert everything(Store.open(seeded_path)) == expected(seeded_path)
    assert parses == []


def test_a_folder_that_cannot_be_written_keeps_it_in_the_users_cache(
    seeded_path: Path, private_cache: Path, parses: list[int]
) -> None:
    store = Store.open(seeded_path, readonly=True)
    first = store.first_snapshot(min_bytes=0)
    first.finish_reading()
    assert store.save_layout(first)
    assert not layout_of(seeded_path).exists()
    cached = saved_layout.cache_file(seeded_path)
    assert cached.is_file() and cached.stat().st_mode & 0o077 == 0  # the user's only
    parses.clear()
    assert everything(Store.open(seeded_path, readonly=True)) == expected(seeded_path)
    assert parses == []


def test_a_file_written_whole_has_its_layout_saved_as_it_is_written(
    seeded_path: Path, tmp_path: Path, parses: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An import or a copy writes a large file record by record: where each lies is known
    then, so the first reader (the word index built right after) parses nothing."""
    from bilat.store.locations import seed_files
    from bilat.store.tinydb_backend import TinyDBBackend

    monkeypatch.setattr(TinyDBBackend, "layout_above_bytes", 0)
    imported = tmp_path / "imported.json"
    Store.open(imported).import_files(seed_files())
    copied = tmp_path / "copied.json"
    Store.open(seeded_path, readonly=True).copy_to(Store.open(copied))
    for path in (imported, copied):
        assert layout_of(path).is_file()
        parses.clear()
        assert everything(Store.open(path)) == expected(seeded_path)
        assert parses == []
        Store.open(path).snapshot()  # every record checked once: none is damaged


def test_a_small_file_written_whole_saves_no_layout(tmp_path: Path) -> None:
    from bilat.store.locations import seed_files

    imported = tmp_path / "imported.json"
    Store.open(imported).import_files(seed_files())
    assert not layout_of(imported).exists()
