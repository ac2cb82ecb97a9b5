"""The word index saved for the next session is used for exactly the records it was built
from, or brought up to date with the journal written since, by exactly the code that built
it; a damaged one is built again, never trusted."""

from __future__ import annotations

import zlib
from array import array
from collections import Counter
from pathlib import Path
from typing import Any

import msgspec
import pytest

from bilat.store import Project, Store, saved_words, steps, word_parts
from bilat.store import words as words_module
from bilat.store.index import SearchIndex
from bilat.store.query import parse_filter
from bilat.store.words import WordIndex

KINDS = ("projects", "agreements")
FILTERS = (
    "oran",
    "temouchent",
    "alum",
    "a",
    '"ain temouchent"',
    "status:approved alum",
    "zzqx",
    "prj-",  # ids are words of their own records
    "agr",
)


@pytest.fixture(autouse=True)
def small_files_count(monkeypatch: pytest.MonkeyPatch) -> None:
    """The seeds are far below the size from which the index is saved."""
    monkeypatch.setattr(Store, "saved_words_above_bytes", 0)


def answers(store: Store) -> dict[str, dict[str, list[str]]]:
    snapshot = store.snapshot()
    return {
        text: {
            kind: snapshot.select_ids(kind, parse_filter(text))
            for kind in ("projects", "agreements")
        }
        for text in FILTERS
    }


def saved(path: Path) -> Store:
    """A store whose snapshot built its word index and saved it."""
    store = Store.open(path)
    store.snapshot().search.index.build()
    assert store.save_words(store.snapshot())
    return store


def no_building(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the word index was built, not read")

    monkeypatch.setattr(WordIndex, "build", refuse)


@pytest.mark.parametrize("in_small_pieces", [False, True])
def test_a_saved_index_answers_like_a_built_one(
    seeded_path: Path, monkeypatch: pytest.MonkeyPatch, in_small_pieces: bool
) -> None:
    if in_small_pieces:  # every list saved in several pieces, checked in several steps
        for name in ("STRINGS_PIECE", "BITSETS_PIECE", "SETS_PIECE"):
            monkeypatch.setattr(saved_words, name, 2)
        monkeypatch.setattr(steps, "STEP", 3)
    built = saved(seeded_path)
    expected = answers(built)
    no_building(monkeypatch)
    store = Store.open(seeded_path)
    assert store.load_saved_words(store.snapshot())
    assert answers(store) == expected
    snapshot = store.snapshot()
    for kind, index in snapshot.search.index.words().items():
        assert index.words_by_id() == built.snapshot().search.index.words()[kind].words_by_id()
    for kind in ("projects", "agreements"):  # the statuses, sectors... read back as built
        read_back = snapshot.search.index.kinds[kind]
        assert read_back.structured
        assert read_back.columns() == built.snapshot().search.index.kinds[kind].columns()
    found = saved_words.load(
        saved_words.beside(str(seeded_path.absolute())), KINDS, database_bytes=1 << 30
    )
    assert found is not None
    with found:
        assert found.sector_sets() == {
            kind: Counter(built.snapshot().search.index.kinds[kind].sectors) for kind in KINDS
        }
    for found in (snapshot, built.snapshot()):  # read back, and built
        for kind, index in found.search.index.words().items():
            # The ids among the words are the snapshot's own strings, not copies.
            ids = {id(record_id) for record_id in found.sorted_ids(kind)}
            id_words = [word for word in index.vocab if word in found.tables[kind]]
            assert id_words and all(id(word) in ids for word in id_words)


def test_after_a_write_a_file_read_whole_builds_it_again(seeded_path: Path) -> None:
    """A claim moved since: the subject it was on is not known without the file's copy of it
    (a file read whole keeps none); a lazily read file is caught up (tests/store/
    test_catch_up.py)."""
    saved(seeded_path)
    writer = Store.open(seeded_path)
    claim = next(iter(writer.snapshot().claims.values()))
    writer.upsert(msgspec.structs.replace(claim, note="zzqx"), expected_rev=claim.rev)
    store = Store.open(seeded_path)
    assert not store.load_saved_words(store.snapshot())


def test_after_a_write_it_is_caught_up_then_saved_as_it_is_now(
    seeded_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved(seeded_path)
    writer = Store.open(seeded_path)
    project = next(iter(writer.snapshot().projects.values()))
    renamed = msgspec.structs.replace(project, name={"en": "Renamed zzqx"})
    writer.upsert(renamed, expected_rev=project.rev)
    store = Store.open(seeded_path)
    assert store.load_saved_words(store.snapshot())  # caught up with the rename
    assert store.snapshot().select_ids("projects", parse_filter("zzqx")) == [project.id]
    assert store.save_words(store.snapshot())  # as it is now, for the next reader
    assert not store.save_words(store.snapshot())  # once
    monkeypatch.setattr("bilat.store.store.caught_up", lambda *args: pytest.fail("caught up"))
    no_building(monkeypatch)
    again = Store.open(seeded_path)
    assert again.load_saved_words(again.snapshot())
    assert again.snapshot().select_ids("projects", parse_filter("zzqx")) == [project.id]
    assert not again.save_words(again.snapshot())  # read back as saved: nothing to write


def test_caught_up_over_added_records_it_is_not_saved(seeded_path: Path) -> None:
    """Its records are numbered as they were, the new ones after: the next reader catches up
    from the saved one again (the journal says what changed)."""
    saved(seeded_path)
    Store.open(seeded_path).upsert(Project(id="prj-aaa-first", name={"en": "New zzqx"}))
    store = Store.open(seeded_path)
    assert store.load_saved_words(store.snapshot())
    assert store.snapshot().select_ids("projects", parse_filter("zzqx")) == ["prj-aaa-first"]
    assert not store.save_words(store.snapshot())


def test_after_a_compaction_the_saved_index_is_not_used(seeded_path: Path) -> None:
    saved(seeded_path).compact()
    store = Store.open(seeded_path)
    assert not store.load_saved_words(store.snapshot())


def test_other_code_does_not_use_it(seeded_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    saved(seeded_path)
    monkeypatch.setattr(saved_words, "code_digest", lambda: "another version of bilat")
    store = Store.open(seeded_path)
    assert not store.load_saved_words(store.snapshot())


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: b"",
        lambda data: b"\x00" * len(data),
        lambda data: msgspec.msgpack.encode({"format": saved_words.FORMAT, "code": "x"}),
        # The right shape and key, a bitset (of a word every project holds) past the records.
        lambda data: data.replace(b"\xc4\x01\x07", b"\xc4\x01\xff"),
    ],
)
def test_a_damaged_saved_index_is_built_again(
    seeded_path: Path, damage: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = saved(seeded_path)
    expected = answers(built)
    path = saved_words.beside(str(seeded_path.absolute()))
    data = path.read_bytes()
    damaged = damage(data)  # type: ignore[operator]
    assert damaged != data
    path.write_bytes(damaged)
    store = Store.open(seeded_path)
    assert not store.load_saved_words(store.snapshot())
    assert answers(store) == expected


def test_it_is_saved_beside_the_database_as_readable_as_the_file(
    seeded_path: Path, private_cache: Path
) -> None:
    """Everyone who opens a shared database uses the index whoever saved it."""
    seeded_path.chmod(0o640)
    saved(seeded_path)
    beside = saved_words.beside(str(seeded_path))
    assert beside.name == seeded_path.name + ".words"
    assert beside.stat().st_mode & 0o777 == 0o640
    assert not private_cache.exists()


def test_a_read_only_store_saves_it_in_the_users_cache(
    seeded_path: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store.open(seeded_path, readonly=True)
    store.snapshot().search.index.build()
    assert store.save_words(store.snapshot())
    assert not saved_words.beside(str(seeded_path)).exists()
    cached = saved_words.cache_file(str(seeded_path.absolute()))
    assert cached.exists() and cached.stat().st_mode & 0o777 == 0o600
    no_building(monkeypatch)
    again = Store.open(seeded_path, readonly=True)
    assert again.load_saved_words(again.snapshot())


def test_a_read_only_store_reads_the_index_a_colleague_saved_beside_the_file(
    seeded_path: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved(seeded_path)
    assert saved_words.beside(str(seeded_path)).exists()
    no_building(monkeypatch)
    store = Store.open(seeded_path, readonly=True)
    assert store.load_saved_words(store.snapshot())
    assert not private_cache.exists()


def test_a_folder_it_cannot_be_written_in_falls_back_to_the_cache(
    seeded_path: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Where the index beside the database would go, a folder: it cannot be written there.
    saved_words.beside(str(seeded_path)).mkdir()
    saved(seeded_path)
    assert saved_words.cache_file(str(seeded_path.absolute())).exists()
    no_building(monkeypatch)
    store = Store.open(seeded_path)
    assert store.load_saved_words(store.snapshot())


def test_saved_beside_the_file_again_the_cached_copy_goes(
    seeded_path: Path, private_cache: Path
) -> None:
    blocked = saved_words.beside(str(seeded_path))
    blocked.mkdir()
    saved(seeded_path)
    cached = saved_words.cache_file(str(seeded_path.absolute()))
    assert cached.exists()
    blocked.rmdir()  # the folder can be written now
    store = Store.open(seeded_path)
    store.upsert(Project(id="prj-aaa-first", name={"en": "New"}))
    saved(seeded_path)
    assert blocked.exists() and not cached.exists()


def test_nowhere_to_write_it_is_no_error(
    seeded_path: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved_words.beside(str(seeded_path)).mkdir()
    private_cache.parent.mkdir(parents=True, exist_ok=True)
    private_cache.write_text("a file where the cache folder would be")
    store = Store.open(seeded_path)
    store.snapshot().search.index.build()
    assert not store.save_words(store.snapshot())
    assert not store.load_saved_words(Store.open(seeded_path).snapshot())


def test_small_databases_save_nothing(
    seeded_path: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Store, "saved_words_above_bytes", 8 << 20)
    store = Store.open(seeded_path)
    store.snapshot().search.index.build()
    assert not store.save_words(store.snapshot())
    assert not private_cache.exists()
    assert not saved_words.beside(str(seeded_path)).exists()


def test_an_index_with_records_added_since_it_was_built_is_not_saved(seeded_path: Path) -> None:
    store = Store.open(seeded_path)
    store.snapshot().search.index.build()
    store.upsert(Project(id="prj-aaa-first", name={"en": "New"}))  # before every other
    patched = store.snapshot()
    assert patched.search.index_if_made is not None  # carried over and mended, positions moved
    assert not store.save_words(patched)


def read(packed: Any) -> Any:
    """A kind's words as saved, then read (its pieces left to decode, as from a file)."""
    return msgspec.msgpack.decode(msgspec.msgpack.encode(packed), type=saved_words._ReadKind)


def test_arrays_of_records_that_do_not_fit_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(words_module, "_DENSE_SHARE", 1)  # arrays but for words all records hold
    monkeypatch.setattr(saved_words, "STRINGS_PIECE", 2)  # ids and words in several pieces
    monkeypatch.setattr(saved_words, "BITSETS_PIECE", 1)
    texts = {"prj-a": "alpha beta", "prj-b": "beta gamma", "prj-c": "gamma delta beta"}
    index = WordIndex.build(sorted(texts), lambda rid: set(texts[rid].split()))
    packed = saved_words._pack(index)
    assert packed.ordinals  # some words kept arrays
    assert len(packed.ids) == 2 and len(packed.vocab) > 1
    back = saved_words._unpack(read(packed))
    assert back is not None and back[0] == sorted(texts)
    assert back[1].words_by_id() == index.words_by_id()
    count = len(packed.ordinals) // 4
    vocab = [word for piece in packed.vocab for word in piece]
    bitsets = [bits for piece in packed.bitsets for bits in piece]
    arrays = [n for n in range(len(vocab)) if n not in packed.dense]
    for damaged in (
        msgspec.structs.replace(packed, ordinals=array("i", [99] * count).tobytes()),
        msgspec.structs.replace(packed, ordinals=array("i", [-1] * count).tobytes()),
        msgspec.structs.replace(packed, ordinals=packed.ordinals[:-4]),
        msgspec.structs.replace(
            packed, ends=array("q", [count, 0, count][: len(packed.ends) // 8]).tobytes()
        ),
        msgspec.structs.replace(packed, ends=packed.ends[:-8]),  # a word without its end
        msgspec.structs.replace(
            packed, dense=[*packed.dense, 99], bitsets=[*packed.bitsets, [b"\x01"]]
        ),
        # A word with a bitset and ordinals both; a bitset past the records.
        msgspec.structs.replace(packed, dense=[arrays[0]], bitsets=[[b"\x01"]]),
        msgspec.structs.replace(packed, dense=packed.dense * 2, bitsets=packed.bitsets * 2),
        msgspec.structs.replace(packed, bitsets=[[b"\x08"], *[[bits] for bits in bitsets[1:]]]),
        # Ids out of order across two pieces; a word that is not a string.
        msgspec.structs.replace(packed, ids=[packed.ids[1], packed.ids[0]]),
        msgspec.structs.replace(packed, vocab=[*packed.vocab[:-1], [7]]),
    ):
        assert saved_words._unpack(read(damaged)) is None


def test_saved_words_answer_before_anything_is_indexed(
    seeded_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first screen's snapshot adopts them, with the statuses, sectors, countries and
    parties saved beside them, before any record is decoded for the index: a word and a
    qualifier are answered at once."""
    saved(seeded_path)
    built = Store.open(seeded_path).snapshot()
    store = Store.open(seeded_path)
    first = store.first_snapshot(min_bytes=0)
    emplois = parse_filter("emplois")  # only in the quotes about the aluminium complex
    both = parse_filter("emplois status:approved")
    decoded: list[str] = []
    real_structure = SearchIndex._structure
    monkeypatch.setattr(
        SearchIndex,
        "_structure",
        lambda self, rid: decoded.append(rid) or real_structure(self, rid),
    )
    assert store.load_saved_words(first)
    assert decoded == []
    assert first.search.index.ready(emplois) and first.search.index.ready(both)
    for flt in (emplois, parse_filter('"emplois directs"'), both, parse_filter("sector:heavy")):
        assert first.select_ids("projects", flt) == built.select_ids("projects", flt)
        assert first.select_ids("agreements", flt) == built.select_ids("agreements", flt)
    # Checked, the snapshot goes on with its index: the words are not built again.
    assert store.snapshot() is first


def test_prepare_words_builds_and_saves_once_then_reads(
    seeded_path: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What `bilat list --search` does: the second command reads what the first saved."""
    first = Store.open(seeded_path)
    first.prepare_words(first.snapshot())
    assert saved_words.beside(str(seeded_path.absolute())).exists()
    expected = answers(first)
    no_building(monkeypatch)
    second = Store.open(seeded_path)
    second.prepare_words(second.snapshot())
    assert answers(second) == expected


def test_a_file_edited_by_hand_does_not_use_it(seeded_path: Path) -> None:
    """An edit outside bilat keeps the file's id: its size and time tell it changed."""
    saved(seeded_path)
    text = seeded_path.read_text(encoding="utf-8")
    assert "Témouchent" in text
    seeded_path.write_text(text.replace("Témouchent", "Tlemcen"), encoding="utf-8")
    store = Store.open(seeded_path)
    assert not store.load_saved_words(store.snapshot())
    found = store.snapshot().select_ids("projects", parse_filter("tlemcen"))
    assert found == ["prj-dz-ain-temouchent-aluminium-complex"]


def test_prepare_words_keeps_an_index_carried_over_a_change(
    seeded_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a colleague's save the explorer's index is mended, not built: nothing to read
    or to save (a 36 MB write per change at 100,000 projects)."""
    store = Store.open(seeded_path)
    store.snapshot().search.index.build()
    project = next(iter(store.snapshot().projects.values()))
    store.upsert(msgspec.structs.replace(project, name={"en": "Renamed zzqx"}))
    patched = store.snapshot()
    no_building(monkeypatch)
    store.prepare_words(patched)
    assert not saved_words.beside(str(seeded_path.absolute())).exists()
    assert patched.select_ids("projects", parse_filter("zzqx")) == [project.id]


def test_the_sector_counts_come_from_the_saved_sector_sets_before_the_words(
    seeded_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Saved for these very records: the sector tree's counts are announced from the saved
    sector sets alone, before the words, the statuses, parties… are read, and count what
    the records hold."""
    from bilat.engine import Policy, Session, Stage
    from bilat.engine.counts import sector_counts

    saved(seeded_path)
    large = Policy(lazy_above_bytes=0, saved_words_above_bytes=0, background_above_records=0)
    session = Session(Store.open(seeded_path), large)
    first = session.first()
    seen: list[tuple[Stage, bool]] = []

    def listener(stage: Stage, snapshot: object) -> None:
        seen.append((stage, first.search.index.ready(parse_filter("status:approved"))))

    monkeypatch.setattr(WordIndex, "build", lambda *a, **k: pytest.fail("built, not read"))
    session.warm(first, listener)
    stages = [stage for stage, _ in seen]
    assert stages.index(Stage.COUNTS) < stages.index(Stage.WORDS) < stages.index(Stage.QUALIFIERS)
    assert stages.count(Stage.COUNTS) == 1
    assert (Stage.COUNTS, False) in seen  # before the other columns were taken
    assert session.sector_counts(first) == sector_counts(Store.open(seeded_path).snapshot())
    assert any(projects for projects, _ in session.sector_counts(first).values())


def test_an_index_saved_by_an_earlier_version_is_built_again_and_replaced(
    seeded_path: Path, private_cache: Path
) -> None:
    """The format before this one (one checksummed body, read whole) with the right key:
    not used, built again, and saved over in this format."""
    store = Store.open(seeded_path)
    content = store._content_key(store.snapshot())
    assert content is not None
    body = msgspec.msgpack.encode(
        {"format": "bilat-words/5", "code": saved_words.code_key(), "content": content, "kinds": {}}
    )
    path = saved_words.beside(str(seeded_path.absolute()))
    path.write_bytes(saved_words.MAGIC + zlib.crc32(body).to_bytes(4, "little") + body)
    expected = answers(saved(Path(str(seeded_path))))  # builds, and saves over it
    assert path.read_bytes().startswith(saved_words.MAGIC)
    again = Store.open(seeded_path)
    assert again.load_saved_words(again.snapshot())
    assert answers(again) == expected


def test_damaged_sector_sets_leave_the_words_and_the_counts_from_the_columns(
    seeded_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each part has its own checksum: damaged sector sets are not used, the words are, and
    the sector tree counts from the saved columns."""
    from bilat.engine import Policy, Session, Stage
    from bilat.engine.counts import sector_counts

    saved(seeded_path)
    path = saved_words.beside(str(seeded_path.absolute()))
    found = saved_words.load(path, ("projects", "agreements"), database_bytes=1 << 30)
    assert found is not None and found.sector_sets() is not None
    part = found._parts[saved_words.SECTORS]
    found.close()
    data = bytearray(path.read_bytes())
    data[part.offset + part.length // 2] ^= 0x01
    path.write_bytes(bytes(data))
    large = Policy(lazy_above_bytes=0, saved_words_above_bytes=0, background_above_records=0)
    session = Session(Store.open(seeded_path), large)
    first = session.first()
    seen: list[Stage] = []
    monkeypatch.setattr(WordIndex, "build", lambda *a, **k: pytest.fail("built, not read"))
    session.warm(first, lambda stage, snapshot: seen.append(stage))
    assert seen.index(Stage.WORDS) < seen.index(Stage.COUNTS)
    assert session.sector_counts(first) == sector_counts(Store.open(seeded_path).snapshot())


def test_built_part_by_part_it_is_the_index_built_in_memory_byte_for_byte(
    seeded_path: Path, tmp_path: Path
) -> None:
    """What `bilat import` and `bilat copy` save (``store.word_parts``: each kind's words
    written and let go) is the file the explorer saves from the index it holds whole."""
    store = Store.open(seeded_path)
    snapshot = store.snapshot()
    content = store._content_key(snapshot)
    assert content is not None
    streamed = tmp_path / "streamed.words"
    assert word_parts.build_and_save(snapshot.search.index, streamed, content, like=None)
    assert snapshot.search.index.words() == {}  # not kept
    whole = Store.open(seeded_path).snapshot().search.index.build()
    words = whole.words()
    in_memory = tmp_path / "in-memory.words"
    assert saved_words.save(in_memory, content, words, structures=whole.columns(words))
    assert streamed.read_bytes() == in_memory.read_bytes()
    found = saved_words.load(streamed, ("projects", "agreements"), database_bytes=1 << 30)
    assert found is not None and found.indexes is not None
    for kind, index in found.indexes.items():
        assert index.words_by_id() == words[kind].words_by_id()
    found.close()


def test_index_words_saves_it_part_by_part(
    seeded_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a bulk write: built kind by kind and saved, never held whole; then read back."""
    built = answers(Store.open(seeded_path))
    monkeypatch.setattr(Store, "lazy_above_bytes", 0)
    whole = SearchIndex.build

    def only_columns(self: SearchIndex, *args: Any, **kwargs: Any) -> SearchIndex:
        assert kwargs.get("text") is False, "the words were built whole"
        return whole(self, *args, **kwargs)

    monkeypatch.setattr(SearchIndex, "build", only_columns)
    assert Store.open(seeded_path).index_words()
    monkeypatch.setattr(SearchIndex, "build", whole)
    no_building(monkeypatch)
    store = Store.open(seeded_path)
    assert store.load_saved_words(store.snapshot())
    assert answers(store) == built
