"""The store API: upsert/get/select/delete, revisions, conflicts, integrity, claims, counts."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest

from bilat.store import (
    Agreement,
    Claim,
    ConflictError,
    IdTakenError,
    IntegrityError,
    NotFoundError,
    Org,
    Project,
    RecordError,
    Sector,
    Source,
    Store,
    parse_filter,
)
from bilat.store.models import Party, SectorRef
from tests.dbfiles import database_bytes

TEXT = "Le ministre a approuvé la réalisation de deux complexes à Ain Temouchent, fin 2025."


def world() -> list:
    """A small valid set of records that point at one another."""
    return [
        Source(id="src-a", title="Article A", lang="fr", text=TEXT),
        Sector(id="sec-heavy", name={"en": "Heavy industry"}),
        Sector(id="sec-steel", name={"en": "Steel", "fr": "Sidérurgie"}, parent="sec-heavy"),
        Org(id="org-min", name={"fr": "Ministère"}, kind="ministry", country="DZ"),
        Project(
            id="prj-one",
            name={"fr": "Complexe"},
            sectors=[SectorRef(sector="sec-steel", primary=True)],
            parties=[Party(org="org-min", role="approver")],
            status="approved",
            countries=["DZ"],
        ),
        Agreement(
            id="agr-one",
            title={"en": "Partnership"},
            sectors=["sec-steel"],
            projects=["prj-one"],
            parties=[Party(org="org-min")],
            status="draft",
        ),
        Claim(
            id="clm-one-status",
            subject="prj-one",
            field="status",
            value="approved",
            source="src-a",
            quote="a approuvé la réalisation",
        ),
        Claim(
            id="clm-steel-name",
            subject="sec-steel",
            field="name",
            value={"en": "Steel"},
            source="src-a",
            quote="deux complexes",
        ),
    ]


@pytest.fixture
def filled(store: Store) -> Store:
    store.upsert_many(world())
    return store


def test_new_store_is_empty(store: Store, db_path: Path) -> None:
    assert store.counts() == {
        "sources": 0,
        "sectors": 0,
        "orgs": 0,
        "people": 0,
        "projects": 0,
        "agreements": 0,
        "claims": 0,
    }
    assert store.select("projects") == []
    assert not db_path.exists(), "opening must not create the file"


def test_upsert_get_roundtrip(store: Store, db_path: Path) -> None:
    written = store.upsert(Sector(id="sec-x", name={"en": "X", "fr": "Ixe"}))
    assert written.rev == 1
    assert db_path.exists()
    got = store.get("sec-x")
    assert got == written
    # A second handle (as another process would) reads the same record.
    other = Store.open(db_path)
    assert other.get("sec-x") == written


def test_revisions_increase_on_each_write(store: Store) -> None:
    revs = []
    for name in ("a", "b", "c"):
        revs.append(store.upsert(Sector(id="sec-x", name={"en": name})).rev)
    assert revs == [1, 2, 3]
    assert store.get("sec-x").rev == 3
    assert store.get("sec-x").name == {"en": "c"}


def test_expected_rev_matching_succeeds(store: Store) -> None:
    first = store.upsert(Sector(id="sec-x", name={"en": "a"}))
    second = store.upsert(msgspec.structs.replace(first, name={"en": "b"}), expected_rev=first.rev)
    assert second.rev == first.rev + 1


def test_stale_expected_rev_raises_conflict_and_leaves_file(store: Store, db_path: Path) -> None:
    first = store.upsert(Sector(id="sec-x", name={"en": "a"}))
    store.upsert(msgspec.structs.replace(first, name={"en": "b"}))  # someone else's edit
    before = database_bytes(db_path)
    with pytest.raises(ConflictError) as info:
        store.upsert(msgspec.structs.replace(first, name={"en": "mine"}), expected_rev=first.rev)
    assert info.value.record_id == "sec-x"
    assert info.value.expected == 1
    assert info.value.current == 2
    assert info.value.theirs is not None and info.value.theirs.name == {"en": "b"}
    assert "sec-x" in str(info.value)
    assert database_bytes(db_path) == before
    assert store.get("sec-x").name == {"en": "b"}


def test_expected_rev_zero_means_create_only(store: Store) -> None:
    store.upsert(Sector(id="sec-x", name={"en": "a"}), expected_rev=0)
    with pytest.raises(IdTakenError):
        store.upsert(Sector(id="sec-x", name={"en": "b"}), expected_rev=0)


def test_conflict_in_batch_writes_nothing(filled: Store, db_path: Path) -> None:
    before = database_bytes(db_path)
    sector = filled.get("sec-heavy")
    with pytest.raises(ConflictError):
        filled.upsert_many(
            [Sector(id="sec-new", name={"en": "New"}), msgspec.structs.replace(sector)],
            expected={"sec-heavy": sector.rev + 5},
        )
    assert database_bytes(db_path) == before
    with pytest.raises(NotFoundError):
        filled.get("sec-new")


def test_invalid_upsert_leaves_file(filled: Store, db_path: Path) -> None:
    before = database_bytes(db_path)
    with pytest.raises(RecordError):
        filled.upsert(Project(id="prj-two", name={"en": "P"}, countries=["Algeria"]))
    with pytest.raises(RecordError):
        filled.upsert(
            Project(id="prj-two", name={"en": "P"}, sectors=[SectorRef(sector="sec-nope")])
        )
    assert database_bytes(db_path) == before


def test_select_is_in_id_order_and_filters(filled: Store) -> None:
    filled.upsert(Sector(id="sec-a-first", name={"en": "Aardvark"}))
    assert [s.id for s in filled.select("sectors")] == ["sec-a-first", "sec-heavy", "sec-steel"]
    assert [p.id for p in filled.select("projects", parse_filter("status:approved"))] == ["prj-one"]
    assert filled.select("projects", parse_filter("status:operating")) == []


def test_get_unknown_raises_not_found(filled: Store) -> None:
    for record_id in ("prj-nope", "nonsense", ""):
        with pytest.raises(NotFoundError):
            filled.get(record_id)


def test_claims_for(filled: Store) -> None:
    assert [c.id for c in filled.claims_for("prj-one")] == ["clm-one-status"]
    assert [c.id for c in filled.claims_for("sec-steel")] == ["clm-steel-name"]
    assert filled.claims_for("sec-heavy") == []
    assert filled.claims_for("prj-unknown") == []


def test_counts(filled: Store) -> None:
    assert filled.counts() == {
        "sources": 1,
        "sectors": 2,
        "orgs": 1,
        "people": 0,
        "projects": 1,
        "agreements": 1,
        "claims": 2,
    }


def test_delete_unused_record(filled: Store) -> None:
    filled.upsert(Sector(id="sec-lonely", name={"en": "Lonely"}))
    plan = filled.delete("sec-lonely")
    assert plan.users == []
    with pytest.raises(NotFoundError):
        filled.get("sec-lonely")
    assert filled.counts()["sectors"] == 2


def test_delete_unknown_raises_not_found(filled: Store) -> None:
    with pytest.raises(NotFoundError):
        filled.delete("sec-missing")
    with pytest.raises(NotFoundError):
        filled.delete("bogus")


def test_delete_used_record_refused_listing_users(filled: Store, db_path: Path) -> None:
    before = database_bytes(db_path)
    with pytest.raises(IntegrityError) as info:
        filled.delete("sec-steel")
    users = set(info.value.users)
    assert users == {"prj-one", "agr-one", "clm-steel-name"}
    message = str(info.value)
    for user in users:
        assert user in message
    assert database_bytes(db_path) == before
    assert filled.get("sec-steel").id == "sec-steel"


def test_delete_plan_describes_what_goes(filled: Store) -> None:
    plan = filled.delete_plan("sec-steel")
    assert plan.claims == ["clm-steel-name"]
    assert sorted(plan.unlinks) == ["agr-one", "prj-one"]
    assert "clm-steel-name" in plan.describe()


def test_cascade_delete_removes_claims_and_links(filled: Store) -> None:
    project_before = filled.get("prj-one")
    plan = filled.delete("sec-steel", cascade=True)
    assert plan.claims == ["clm-steel-name"]
    with pytest.raises(NotFoundError):
        filled.get("sec-steel")
    with pytest.raises(NotFoundError):
        filled.get("clm-steel-name")
    project = filled.get("prj-one")
    agreement = filled.get("agr-one")
    assert project.sectors == []
    assert agreement.sectors == []
    # Everything else of the unlinked records is kept.
    assert project.parties == project_before.parties
    assert agreement.projects == ["prj-one"]
    assert filled.check() == []


def test_cascade_delete_raises_revision_of_unlinked_records(filled: Store) -> None:
    """A record changed by a cascade is a write: a stale edit of it must conflict."""
    stale = filled.get("prj-one")
    filled.delete("sec-steel", cascade=True)
    assert filled.get("prj-one").rev > stale.rev
    with pytest.raises(ConflictError):
        filled.upsert(msgspec.structs.replace(stale, notes="mine"), expected_rev=stale.rev)


def test_cascade_delete_of_parent_sector_cuts_parent(filled: Store) -> None:
    filled.delete("sec-heavy", cascade=True)
    assert filled.get("sec-steel").parent is None
    assert filled.check() == []


def test_cascade_delete_of_source_removes_its_claims(filled: Store) -> None:
    filled.delete("src-a", cascade=True)
    assert filled.counts()["claims"] == 0
    assert filled.counts()["sources"] == 0


def test_delete_with_stale_rev_conflicts(filled: Store) -> None:
    sector = filled.upsert(Sector(id="sec-lonely", name={"en": "Lonely"}))
    filled.upsert(msgspec.structs.replace(sector, name={"en": "Changed"}))
    with pytest.raises(ConflictError):
        filled.delete("sec-lonely", expected_rev=sector.rev)
    assert filled.get("sec-lonely").name == {"en": "Changed"}


def test_changing_source_text_refuses_if_claims_lose_their_quote(
    filled: Store, db_path: Path
) -> None:
    """Rewriting a source so an existing claim's quote vanishes must be refused."""
    source = filled.get("src-a")
    before = database_bytes(db_path)
    with pytest.raises(RecordError) as info:
        filled.upsert(msgspec.structs.replace(source, text="Un tout autre texte."))
    assert "does not occur verbatim" in str(info.value)
    assert database_bytes(db_path) == before
    # Keeping the quoted words is fine.
    filled.upsert(msgspec.structs.replace(source, text=TEXT + " Ajout."))


def test_snapshot_is_cached_until_file_changes(filled: Store, db_path: Path) -> None:
    first = filled.snapshot()
    assert filled.snapshot() is first
    assert not filled.changed()
    other = Store.open(db_path)
    other.upsert(Sector(id="sec-new", name={"en": "New"}))
    assert filled.changed()
    assert filled.snapshot() is not first
    assert filled.get("sec-new").name == {"en": "New"}


def test_open_in_missing_folder_is_an_error(tmp_path: Path) -> None:
    from bilat.store import DatabaseError

    with pytest.raises(DatabaseError, match="does not exist"):
        Store.open(tmp_path / "no" / "such" / "db.json")


def test_readonly_store_refuses_writes(filled: Store, db_path: Path) -> None:
    from bilat.store import ReadOnlyError

    before = database_bytes(db_path)
    readonly = Store.open(db_path, readonly=True)
    assert readonly.get("prj-one").id == "prj-one"
    with pytest.raises(ReadOnlyError):
        readonly.upsert(Sector(id="sec-new", name={"en": "New"}))
    assert database_bytes(db_path) == before


def test_import_records_validates_records_built_in_code(store: Store, db_path: Path) -> None:
    """import_records is a write path of its own: it must not trust its caller."""
    from bilat.store.bundle import Incoming

    store.upsert(Sector(id="sec-x", name={"en": "X"}))
    before = database_bytes(db_path)
    bad = Source(id="src-Bad Id", title="T", text="texte", lang="French")
    with pytest.raises(RecordError) as info:
        store.import_records([Incoming("sources", bad, "typed.txt")])
    assert info.value.field == "id"
    assert "typed.txt" in str(info.value)
    assert database_bytes(db_path) == before


def test_check_names_the_field_of_an_undecodable_record(filled: Store, db_path: Path) -> None:
    import orjson

    data = orjson.loads(db_path.read_bytes())
    data["projects"]["prj-one"]["status"] = "building"
    db_path.write_bytes(orjson.dumps(data))
    problems = Store.open(db_path).check()
    assert [(p.record_id, p.field) for p in problems] == [("prj-one", "status")]
