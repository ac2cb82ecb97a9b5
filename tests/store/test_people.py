"""People end to end in the store: import and export, parties, references, deletes,
claims, filters, and the seed minister."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bilat.store import (
    IntegrityError,
    Project,
    QueryError,
    RecordError,
    Store,
    parse_filter,
)
from bilat.store.bundle import to_export
from bilat.store.models import Claim, Party, Person, Role
from bilat.store.present import COLUMNS, describe, related

ALUMINIUM = "prj-dz-ain-temouchent-aluminium-complex"
SECOND = "prj-dz-second-heavy-industry-complex"
MINISTRY = "org-dz-ministry-industry-pharma"
MINISTER = "per-ali-aoun"
SOURCE = "src-866b44c0265b5443"
TITLE = "ministre de l’Industrie et de la Production pharmaceutique"


def write_bundle(path: Path, bundle: dict[str, Any]) -> Path:
    path.write_text(json.dumps({"schema": "bilat/1", **bundle}), encoding="utf-8")
    return path


def engineer(**changes: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "id": "per-ivan-petrov",
        "name": {"en": "Ivan Petrov", "ru": "Иван Петров"},
        "roles": [
            {"title": {"en": "chief engineer"}, "org": None, "from": {"raw": "2019"}, "to": None}
        ],
        "notes": None,
    }
    doc.update(changes)
    return doc


def with_party(store: Store, project_id: str, party: Party) -> Project:
    """The project, saved with one more party."""
    project = store.get(project_id)
    assert isinstance(project, Project)
    changed = Project(
        **{
            **{f: getattr(project, f) for f in project.__struct_fields__},
            "parties": [*project.parties, party],
        }
    )
    written = store.upsert(changed, expected_rev=project.rev)
    assert isinstance(written, Project)
    return written


# -- import and export ------------------------------------------------------------


def test_people_round_trip_through_export_and_import(tmp_path: Path, seeded: Store) -> None:
    project = {
        "id": "prj-test-plant",
        "name": {"en": "Test plant"},
        "parties": [
            {"person": "per-ivan-petrov", "role": "developer"},
            {"org": MINISTRY, "role": "approver"},
        ],
    }
    seeded.import_files(
        [write_bundle(tmp_path / "in.json", {"people": [engineer()], "projects": [project]})]
    )
    exported = seeded.export()
    assert [p["id"] for p in exported["people"]] == [MINISTER, "per-ivan-petrov"]
    person = next(p for p in exported["people"] if p["id"] == "per-ivan-petrov")
    assert person["roles"][0]["from"]["raw"] == "2019"  # written under its JSON name
    plant = next(p for p in exported["projects"] if p["id"] == "prj-test-plant")
    # A party is written with the one it is: no "person": null beside an org.
    assert plant["parties"] == [
        {"person": "per-ivan-petrov", "role": "developer"},
        {"org": MINISTRY, "role": "approver"},
    ]

    again = Store.open(tmp_path / "again.json")
    summary = again.import_files([write_bundle(tmp_path / "out.json", exported)])
    assert summary.added["people"] == 2
    assert again.export() == exported


def test_a_bundle_without_people_imports_and_exports_an_empty_list(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "db.json")
    orgs = [{"id": "org-a", "name": {"en": "A"}}]
    store.import_files([write_bundle(tmp_path / "in.json", {"orgs": orgs})])
    exported = store.export()
    assert exported["people"] == []
    assert list(exported) == [
        "schema",
        "sources",
        "sectors",
        "orgs",
        "people",
        "projects",
        "agreements",
        "claims",
    ]


def test_an_organisation_party_is_exported_as_before_people(seeded: Store) -> None:
    """Its digest (seeds/shipped.json) and its export stay those of earlier versions."""
    project = seeded.get(ALUMINIUM)
    assert to_export(project)["parties"] == [{"org": MINISTRY, "role": "approver"}]


@pytest.mark.parametrize(
    ("party", "field", "words"),
    [
        ({"org": MINISTRY, "person": MINISTER}, "parties[0]", "both"),
        ({"role": "party"}, "parties[0]", "needs an organisation"),
    ],
)
def test_a_party_is_an_organisation_or_a_person_exactly(
    tmp_path: Path, seeded: Store, party: dict[str, Any], field: str, words: str
) -> None:
    project = {"id": "prj-bad", "name": {"en": "Bad"}, "parties": [party]}
    with pytest.raises(RecordError) as caught:
        seeded.import_files([write_bundle(tmp_path / "bad.json", {"projects": [project]})])
    assert (caught.value.record_id, caught.value.field) == ("prj-bad", field)
    assert words in str(caught.value)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("doc", "field", "words"),
    [
        (engineer(id="per-"), "id", "not a valid id"),
        (engineer(id="org-ivan"), "id", "per-"),
        (engineer(name={"en": " "}), "name", "at least one language"),
        (engineer(roles=[{"title": {}}]), "roles[0]", "title or an organisation"),
        (engineer(roles=[{"title": {"EN": "x"}}]), "roles[0].title.EN", "language code"),
        (engineer(roles=[{"org": "org-nowhere"}]), "roles[0].org", "does not exist"),
        (
            engineer(roles=[{"title": {"en": "x"}, "from": {"raw": "x", "earliest": "2025-13"}}]),
            "roles[0].from.earliest",
            "not a date",
        ),
        (engineer(age=3), "age", "unknown field"),
    ],
)
def test_a_person_is_checked_field_by_field(
    tmp_path: Path, seeded: Store, doc: dict[str, Any], field: str, words: str
) -> None:
    before = seeded.export()
    with pytest.raises(RecordError) as caught:
        seeded.import_files([write_bundle(tmp_path / "bad.json", {"people": [doc]})])
    assert caught.value.field == field
    assert words in str(caught.value)
    assert seeded.export() == before  # all or nothing


# -- references and deletes ---------------------------------------------------------


def test_a_party_must_be_a_person_that_exists(seeded: Store) -> None:
    with pytest.raises(RecordError) as caught:
        with_party(seeded, ALUMINIUM, Party(person="per-nobody", role="party"))
    assert caught.value.field.endswith(".person")
    assert "refers to person 'per-nobody'" in str(caught.value)


def test_check_names_a_dangling_person(seeded_path: Path) -> None:
    raw = json.loads(seeded_path.read_text(encoding="utf-8"))
    raw["projects"][ALUMINIUM]["parties"].append({"person": "per-gone"})
    seeded_path.write_text(json.dumps(raw), encoding="utf-8")
    problems = Store.open(seeded_path).check()
    assert [(p.record_id, p.field) for p in problems] == [(ALUMINIUM, "parties[1].person")]


def test_deleting_a_person_used_as_a_party_is_refused_or_cascades(seeded: Store) -> None:
    with_party(seeded, ALUMINIUM, Party(person=MINISTER, role="approver"))
    plan = seeded.delete_plan(MINISTER)
    assert plan.unlinks == [ALUMINIUM]
    assert len(plan.claims) == 4
    with pytest.raises(IntegrityError):
        seeded.delete(MINISTER)
    assert seeded.snapshot().find(MINISTER) is not None

    seeded.delete(MINISTER, cascade=True)
    after = seeded.snapshot()
    assert after.find(MINISTER) is None
    assert after.claims_for(MINISTER) == []
    project = after.get(ALUMINIUM)
    assert isinstance(project, Project)
    assert [p.who for p in project.parties] == [MINISTRY]
    assert seeded.check() == []


def test_deleting_an_organisation_keeps_the_roles_held_there_without_it(seeded: Store) -> None:
    assert MINISTER in seeded.delete_plan(MINISTRY).unlinks
    with pytest.raises(IntegrityError):
        seeded.delete(MINISTRY)
    seeded.delete(MINISTRY, cascade=True)
    minister = seeded.get(MINISTER)
    assert isinstance(minister, Person)
    assert minister.roles == [Role(title={"fr": TITLE})]
    assert seeded.check() == []


def test_referrers_and_related_records_of_a_person(seeded: Store) -> None:
    with_party(seeded, SECOND, Party(person=MINISTER, role="approver"))
    snapshot = seeded.snapshot()
    assert [u for u in snapshot.links.referrers(MINISTER) if not u.startswith("clm-")] == [SECOND]
    links = [(link.record_id, link.relation) for link in related(snapshot, snapshot.get(MINISTER))]
    assert links == [(SECOND, "party to"), (MINISTRY, f"role ({TITLE})"), (SOURCE, "source")]
    project_links = related(snapshot, snapshot.get(SECOND))
    assert (MINISTER, "party (approver)") in [(k.record_id, k.relation) for k in project_links]
    # The organisation leads to the people who hold a role there.
    ministry_links = [link.record_id for link in related(snapshot, snapshot.get(MINISTRY))]
    assert MINISTER in ministry_links


# -- shown, listed, searched ------------------------------------------------------------


def test_a_person_party_is_named_in_the_detail_and_the_columns(seeded: Store) -> None:
    with_party(seeded, SECOND, Party(person=MINISTER, role="approver"))
    snapshot = seeded.snapshot()
    project = snapshot.get(SECOND)
    parties = next(v for v in describe(snapshot, project) if v.key == "parties")
    assert parties.value == (
        "Ministry of Industry and Pharmaceutical Production (approver); Ali Aoun (approver)"
    )
    lines = {view.key: view.value for view in describe(snapshot, snapshot.get(MINISTER))}
    assert lines["name"] == "Ali Aoun [fr]"
    assert lines["roles"] == f"{TITLE} [fr] — Ministry of Industry and Pharmaceutical Production"
    cells = [column.cell(snapshot, snapshot.get(MINISTER)) for column in COLUMNS["people"]]
    assert cells == ["Ali Aoun", f"{TITLE} — Ministry of Industry and Pharmaceutical Production"]


def test_free_words_and_the_person_qualifier_find_people(seeded: Store) -> None:
    with_party(seeded, SECOND, Party(person=MINISTER, role="approver"))
    snapshot = seeded.snapshot()

    def ids(kind: str, text: str) -> list[str]:
        return [r.id for r in snapshot.select(kind, parse_filter(text))]

    assert ids("people", "aoun") == [MINISTER]
    assert ids("people", "ministre production") == [MINISTER]  # the words of a role
    assert ids("people", "person:ali") == [MINISTER]
    assert ids("people", "org:industry") == [MINISTER]  # a role there
    assert ids("people", "org:anpp") == []
    assert ids("people", "sector:heavy") == [MINISTER]  # a party to its projects
    assert ids("people", "sector:tourism") == []
    # Projects (through the search index) by the person's name and by person:.
    assert ids("projects", "aoun") == [SECOND]
    assert ids("projects", "person:aoun") == [SECOND]
    assert ids("projects", "person:aoun status:approved") == [SECOND]
    assert snapshot.select_ids("projects", parse_filter("person:aoun")) == [SECOND]
    # org: finds organisations only, person: people only.
    with pytest.raises(QueryError, match="no organisation matches 'aoun'"):
        ids("projects", "org:aoun")
    with pytest.raises(QueryError, match="no person matches 'anpp'"):
        ids("projects", "person:anpp")
    with pytest.raises(QueryError, match="does not apply to orgs"):
        ids("orgs", "person:aoun")


def test_renaming_a_person_reaches_the_words_of_the_records_they_are_party_to(
    seeded: Store,
) -> None:
    with_party(seeded, SECOND, Party(person=MINISTER, role="approver"))
    before = seeded.snapshot()
    assert before.select_ids("projects", parse_filter("aoun")) == [SECOND]  # index built
    minister = before.get(MINISTER)
    assert isinstance(minister, Person)
    renamed = Person(id=MINISTER, name={"fr": "Ali Zyxwv"}, roles=minister.roles)
    seeded.upsert(renamed, expected_rev=minister.rev)
    after = seeded.snapshot()
    assert after.search.index_if_made is not None  # mended, not built again
    assert after.select_ids("projects", parse_filter("zyxwv")) == [SECOND]
    assert after.select_ids("projects", parse_filter("aoun")) == []


def test_a_claim_about_a_person_must_quote_its_source(seeded: Store) -> None:
    claim = Claim(
        id="clm-per-ali-aoun-title-2",
        subject=MINISTER,
        field="roles",
        value={"title": {"fr": "ministre algérien"}},
        source=SOURCE,
        quote="Selon le ministre algérien",
        rank="normal",
    )
    seeded.upsert(claim)
    lines = describe(seeded.snapshot(), seeded.get(MINISTER))
    roles = next(view for view in lines if view.key == "roles")
    assert [c.claim.id for c in roles.claims] == ["clm-per-ali-aoun-roles", claim.id]
    assert not roles.conflict  # roles is a list: claims on two roles add up
    with pytest.raises(RecordError, match="does not occur verbatim"):
        seeded.upsert(
            Claim(
                id="clm-per-ali-aoun-invented",
                subject=MINISTER,
                field="name",
                value={"fr": "Ali Aoun"},
                source=SOURCE,
                quote="le ministre Ali Aoun a déclaré",
            )
        )


# -- the seed minister ------------------------------------------------------------


def test_the_seed_minister_as_the_article_names_him(seeded: Store) -> None:
    snapshot = seeded.snapshot()
    minister = snapshot.get(MINISTER)
    assert isinstance(minister, Person)
    assert minister.name == {"fr": "Ali Aoun"}
    assert minister.roles == [Role(title={"fr": TITLE}, org=MINISTRY)]
    text = snapshot.sources[SOURCE].text
    assert f"le {TITLE}, Ali Aoun" in text
    claims = {claim.field: claim for claim in snapshot.claims_for(MINISTER)}
    assert set(claims) == {"name", "roles", "notes", "statements"}
    for claim in claims.values():
        assert claim.quote in text
    # The organisation of his role is the curator's reading: its claim says so.
    assert "curator" in (claims["roles"].note or "")
    # The article makes him a party to none of its projects or agreements.
    assert [u for u in snapshot.links.referrers(MINISTER) if not u.startswith("clm-")] == []
