"""A first screen's snapshot leaves sources and claims for later; the next read completes it."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from store import Claim, DatabaseError, Sector, Store
from store.journal import journal_path


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
    assert first.pending == ("sources", "claims")
    assert first.claims == {} and first.sources == {}
    assert first.projects == expected["projects"]
    assert first.get("sec-journal").name == {"en": "From the journal"}
    complete = store.snapshot()
    assert complete.pending == ()
    assert complete is not first
    assert {kind: dict(table) for kind, table in complete.tables.items()} == expected
    assert complete.find("clm-journal") is not None and complete.find(claim.id) is None
    assert store.snapshot() is complete


def test_a_small_file_is_read_whole(seeded_path: Path) -> None:
    store = Store.open(seeded_path)
    first = store.first_snapshot()  # far below the size where it pays off
    assert first.pending == ()
    assert first.claims
    assert store.snapshot() is first


def test_an_invalid_claim_is_named_when_the_rest_is_read(seeded_path: Path) -> None:
    data = orjson.loads(seeded_path.read_bytes())
    claim_id = next(iter(data["claims"]))
    data["claims"][claim_id]["rank"] = 42
    seeded_path.write_bytes(orjson.dumps(data))
    store = Store.open(seeded_path)
    first = store.first_snapshot(min_bytes=0)
    assert first.pending and first.projects
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


def _fields(claim: Claim) -> dict[str, object]:
    return {name: getattr(claim, name) for name in claim.__struct_fields__}


def test_no_search_before_the_claims_are_read(seeded_path: Path) -> None:
    """A search over a first snapshot would miss the records only its quotes mention."""
    from store import QueryError
    from store.query import parse_filter

    store = Store.open(seeded_path)
    first = store.first_snapshot(min_bytes=0)
    assert first.select_ids("projects") == sorted(first.projects)  # no filter: fine
    with pytest.raises(QueryError, match="still being read"):
        first.select_ids("projects", parse_filter("emplois"))
    assert store.snapshot().select_ids("projects", parse_filter("emplois"))


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


def test_repeated_values_are_shared_once_the_rest_is_read(seeded_path: Path) -> None:
    """Equal values, one object: what keeps a large database's memory down."""
    store = Store.open(seeded_path)
    store.first_snapshot(min_bytes=0)
    complete = store.snapshot()
    claims = list(complete.claims.values())
    about_projects = [c for c in claims if c.subject.startswith(("prj-", "agr-"))]
    assert about_projects
    for claim in about_projects:
        subject = complete.find(claim.subject)
        assert subject is not None and subject.id is claim.subject
    for claim in claims:
        assert complete.sources[claim.source].id is claim.source
    same_field = [c.field for c in claims if c.field == claims[0].field]
    assert len(same_field) > 1 and all(f is same_field[0] for f in same_field)
    # Equal to what a plain read gives, record by record.
    plain = Store.open(seeded_path).snapshot()
    assert complete.tables == plain.tables
