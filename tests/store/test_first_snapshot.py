"""A first screen's snapshot leaves records in the file, decoded when read; the next read
checks every one of them once."""

from __future__ import annotations

from pathlib import Path

import msgspec
import orjson
import pytest

from bilat.store import Claim, DatabaseError, Sector, Store
from bilat.store.file_table import FileTable
from bilat.store.journal import journal_path


def tables_of(store: Store) -> dict[str, dict[str, object]]:
    return {kind: dict(table) for kind, table in store.snapshot().tables.items()}


def test_first_snapshot_then_complete(seeded_path: Path) -> None:
    writer = Store.open(seeded_path)
    claim = writer.snapshot().claims[next(iter(writer.snapshot().claims))]
    # Writes in the journal, of deferred kinds and others, are replayed on both sides.
    writer.upsert(Sector(id="sec-journal", name={"en": "From the journal"}))
    writer.upsert(Claim(**{**_fields(claim), "id": "clm-journal", "note": "from the journal"}))
    writer.delete(claim.id)
    expected = tables_of(Store.open(seeded_path))

    store = Store.open(seeded_path)
    first = store.first_snapshot(min_bytes=0)
    assert store.checking
    for kind in ("projects", "agreements", "claims", "sources"):
        assert isinstance(first.tables[kind], FileTable)
    assert {kind: dict(table) for kind, table in first.tables.items()} == expected
    assert first.get("sec-journal").name == {"en": "From the journal"}
    assert first.find("clm-journal") is not None and first.find(claim.id) is None
    assert store.snapshot() is first  # checked: the same snapshot goes on
    assert not store.checking


def test_a_small_file_is_read_whole(seeded_path: Path) -> None:
    store = Store.open(seeded_path)
    first = store.first_snapshot()  # far below the size where it pays off
    assert not store.checking
    assert isinstance(first.claims, dict) and first.claims
    assert store.snapshot() is first


def damage_a_claim(path: Path) -> str:
    """Give the file's first claim a rank that is no rank; its id."""
    data = orjson.loads(path.read_bytes())
    claim_id = next(iter(data["claims"]))
    data["claims"][claim_id]["rank"] = 42
    path.write_bytes(orjson.dumps(data))
    return str(claim_id)


def test_an_invalid_claim_is_named_when_the_records_are_checked(seeded_path: Path) -> None:
    claim_id = damage_a_claim(seeded_path)
    store = Store.open(seeded_path)
    first = store.first_snapshot(min_bytes=0)
    assert first.projects
    with pytest.raises(DatabaseError, match=f"{claim_id}.*rank"):
        first.claims[claim_id]  # read alone, it is named too
    with pytest.raises(DatabaseError, match=f"record '{claim_id}' in table 'claims'"):
        store.snapshot()
    with pytest.raises(DatabaseError, match=claim_id):
        store.snapshot()  # and again by the whole read that follows


def test_current_does_not_check_the_first_snapshot(seeded_path: Path) -> None:
    """What a screen asks while the check runs in a thread: the first snapshot as it is (a
    damaged claim is not looked for); ``snapshot()`` checks."""
    claim_id = damage_a_claim(seeded_path)
    store = Store.open(seeded_path)
    first = store.first_snapshot(min_bytes=0)
    assert store.current() is first
    assert store.checking
    with pytest.raises(DatabaseError, match=claim_id):
        store.snapshot()


def test_a_write_before_completion_sees_every_record(seeded_path: Path) -> None:
    store = Store.open(seeded_path)
    first = store.first_snapshot(min_bytes=0)
    project = next(iter(first.projects.values()))
    claims_before = len(Store.open(seeded_path).snapshot().claims)
    # Deleting with cascade must find the project's claims, which the first snapshot lacks.
    plan = store.delete(project.id, cascade=True)
    assert plan.claims
    after = Store.open(seeded_path).snapshot()
    assert len(after.claims) == claims_before - len(plan.claims)
    assert store.snapshot().claims.keys() == after.claims.keys()
    assert journal_path(seeded_path).exists()


class Subject(msgspec.Struct):
    id: str
    subject: str


def test_a_pass_over_a_table_in_the_file_puts_changes_in_their_places(seeded_path: Path) -> None:
    """Every record in id order: the file's, the journal's changes, removals and additions
    (before the first, between two, after the last), whole or in part."""
    writer = Store.open(seeded_path)
    ids = writer.snapshot().sorted_ids("claims")
    assert len(ids) >= 3
    claims = writer.snapshot().claims
    writer.upsert(msgspec.structs.replace(claims[ids[1]], note="changed"))
    writer.delete(ids[2])
    for new_id in ("clm-000-first", ids[0] + "-between", "clm-zzz-last"):
        writer.upsert(msgspec.structs.replace(claims[ids[0]], id=new_id, rev=0))
    expected = Store.open(seeded_path).snapshot().claims  # read whole
    store = Store.open(seeded_path)
    table = store.first_snapshot(min_bytes=0).claims
    assert isinstance(table, FileTable)
    assert [rid for rid, _ in table.items()] == sorted(expected)
    assert dict(table.items()) == dict(expected)
    parts = msgspec.json.Decoder(Subject)
    assert [(rid, part.subject) for rid, part in table.parts(parts)] == [
        (rid, claim.subject) for rid, claim in sorted(expected.items())
    ]


def _fields(claim: Claim) -> dict[str, object]:
    return {name: getattr(claim, name) for name in claim.__struct_fields__}


def test_search_on_the_first_snapshot_finds_what_quotes_say(seeded_path: Path) -> None:
    """Claims are there at once (read from the file): a search needs no wait for them."""
    from bilat.store.query import parse_filter

    expected = Store.open(seeded_path).snapshot()
    first = Store.open(seeded_path).first_snapshot(min_bytes=0)
    for text in ("emplois", '"emplois directs"', "status:approved"):
        flt = parse_filter(text)
        assert first.select_ids("projects", flt) == expected.select_ids("projects", flt)
    assert first.select_ids("projects", parse_filter("emplois"))


@pytest.mark.parametrize("damage", ["truncated", "format"])
def test_a_large_damaged_file_is_named_on_the_first_read(db_path: Path, damage: str) -> None:
    """Files of a megabyte or more are read through a mapping: the same clear refusals."""
    sectors = {
        f"sec-s{i:05d}": {"id": f"sec-s{i:05d}", "name": {"en": "x" * 100}, "rev": 1}
        for i in range(12000)
    }
    tag = "bilat-db/99" if damage == "format" else "bilat-db/2"
    raw = orjson.dumps({"_meta": {"format": {"tag": tag}}, "sectors": sectors})
    assert len(raw) > 1 << 20
    db_path.write_bytes(raw[:-100] if damage == "truncated" else raw)
    with pytest.raises(DatabaseError, match="truncated" if damage == "truncated" else "format"):
        Store.open(db_path).first_snapshot(min_bytes=0)


def test_a_record_under_another_key_is_refused(seeded_path: Path) -> None:
    data = orjson.loads(seeded_path.read_bytes())
    project_id = next(iter(data["projects"]))
    data["projects"][project_id]["id"] = "prj-someone-else"
    seeded_path.write_bytes(orjson.dumps(data))
    first = Store.open(seeded_path).first_snapshot(min_bytes=0)
    with pytest.raises(DatabaseError, match="holds the id 'prj-someone-else'"):
        first.projects[project_id]


def test_a_file_rewritten_in_place_is_not_read_as_something_else(seeded_path: Path) -> None:
    """bilat replaces its file; another program writing into it in place is noticed."""
    store = Store.open(seeded_path)
    first = store.first_snapshot(min_bytes=0)
    project_id = next(iter(first.projects))
    raw = seeded_path.read_bytes()
    with open(seeded_path, "r+b") as handle:  # the same inode, other bytes
        handle.write(raw.replace(b'"rev":', b'"rev" :', 1) + b" ")
    with pytest.raises(DatabaseError, match="rewritten in place"):
        first.projects[project_id]


def test_an_indented_file_is_followed_too(seeded_path: Path) -> None:
    """A file written by another tool (spaces, new lines) is laid out the slow way."""
    expected = Store.open(seeded_path).snapshot()
    data = orjson.loads(seeded_path.read_bytes())
    seeded_path.write_bytes(orjson.dumps(data, option=orjson.OPT_INDENT_2))
    store = Store.open(seeded_path)
    first = store.first_snapshot(min_bytes=0)
    assert isinstance(first.projects, FileTable)
    assert {k: dict(t) for k, t in first.tables.items()} == {
        k: dict(t) for k, t in expected.tables.items()
    }
    assert store.snapshot() is first


def test_claims_and_sources_are_laid_out_after_the_first_screen(seeded_path: Path) -> None:
    """Their counts are not known at first (not zero); reading one lays the table out."""
    expected = Store.open(seeded_path).snapshot()
    first = Store.open(seeded_path).first_snapshot(min_bytes=0)
    assert not first.all_read
    assert set(first.counts()) == {"sectors", "orgs", "people", "projects", "agreements"}
    claim_id = next(iter(expected.claims))
    assert first.claims[claim_id] == expected.claims[claim_id]  # waits for its layout
    assert "claims" in first.counts() and "sources" not in first.counts()
    first.finish_reading()
    assert first.all_read and first.counts() == expected.counts()


def test_a_claim_that_is_no_object_is_named_when_its_table_is_laid_out(seeded_path: Path) -> None:
    data = orjson.loads(seeded_path.read_bytes())
    data["claims"] = {"clm-a": 5, **data["claims"]}
    seeded_path.write_bytes(orjson.dumps(data))
    store = Store.open(seeded_path)
    first = store.first_snapshot(min_bytes=0)
    assert first.projects
    for _ in range(2):  # the first screen's thread, then its check
        with pytest.raises(DatabaseError, match="record 'clm-a' in table 'claims' is not an"):
            first.finish_reading()
    for _ in range(2):  # the check, then the (lazy) read that follows
        with pytest.raises(DatabaseError, match="record 'clm-a' in table 'claims' is not an"):
            store.snapshot()


def test_a_lazy_session_reads_lazily_after_a_compaction(seeded_path: Path) -> None:
    """Another process folds the journal into a new file: the explorer's next read is a
    lazy one again (a whole read of a large file would take gigabytes)."""
    store = Store.open(seeded_path)
    first = store.first_snapshot(min_bytes=0)
    assert store.snapshot() is first
    writer = Store.open(seeded_path)
    writer.upsert(Sector(id="sec-after", name={"en": "After"}))
    writer.compact()
    again = store.snapshot()
    assert again is not first and isinstance(again.projects, FileTable)
    assert again.find("sec-after") is not None
    expected = Store.open(seeded_path).snapshot()
    assert {k: dict(t) for k, t in again.tables.items()} == {
        k: dict(t) for k, t in expected.tables.items()
    }
