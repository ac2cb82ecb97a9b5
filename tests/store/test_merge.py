"""Merging two records that are one: claims, references and names move; all or nothing."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest

from bilat.store import ConflictError, NotFoundError, Store, UsageError
from bilat.store.bundle import to_document
from bilat.store.history import History
from bilat.store.query import parse_filter

KEEP = "prj-dz-ain-temouchent-aluminium-complex"
OTHER = "prj-dz-second-heavy-industry-complex"
AGREEMENT = "agr-dz-ru-heavy-industry-partnership"


def test_merge_moves_claims_references_and_names_and_removes_other(seeded: Store) -> None:
    before = seeded.snapshot()
    other_claims = [c.id for c in before.claims_for(OTHER)]
    assert other_claims and before.get(AGREEMENT).projects == [KEEP, OTHER]
    plan = seeded.merge(KEEP, OTHER)
    after = seeded.snapshot()
    assert after.find(OTHER) is None
    assert {c.id for c in after.claims_for(KEEP)} >= set(other_claims)
    assert after.get(AGREEMENT).projects == [KEEP]  # pointed to KEEP, once
    # A claim whose value named OTHER names KEEP now.
    assert after.get("clm-agr-heavy-industry-projects-second").value == KEEP
    kept = after.get(KEEP)
    assert before.get(OTHER).name in kept.aliases
    assert kept.name == before.get(KEEP).name
    # OTHER's flags joined KEEP's; its notes follow KEEP's.
    assert set(before.get(OTHER).flags) <= set(kept.flags)
    assert kept.notes is not None and before.get(OTHER).notes in kept.notes
    assert OTHER in plan.describe() and seeded.check() == []


def test_aliases_are_words_of_the_record(seeded: Store) -> None:
    seeded.merge(KEEP, OTHER)
    found = seeded.snapshot().select_ids("projects", parse_filter("non décrit"))
    assert found == [KEEP]


def test_empty_fields_are_filled_and_differing_values_kept_and_noted(seeded: Store) -> None:
    snapshot = seeded.snapshot()
    keep = msgspec.structs.replace(snapshot.get(KEEP), status="unknown", notes=None)
    seeded.upsert(keep, expected_rev=keep.rev)
    other = msgspec.structs.replace(snapshot.get(OTHER), status="approved", countries=["RU"])
    seeded.upsert(other, expected_rev=other.rev)
    plan = seeded.merge(KEEP, OTHER)
    merged = seeded.snapshot().get(KEEP)
    assert merged.status == "approved"  # KEEP had none: OTHER's
    assert "status" in plan.taken
    # Both had a location: KEEP's stays, OTHER's is in the plan and in KEEP's notes.
    location = snapshot.get(OTHER).location
    if location is not None and location != snapshot.get(KEEP).location:
        assert any(line.startswith("location") for line in plan.kept)
        assert "Merged from" in (merged.notes or "")


def test_a_record_without_aliases_is_written_as_before(seeded: Store) -> None:
    doc = to_document(seeded.snapshot().get(KEEP))
    assert "aliases" not in doc
    seeded.merge(KEEP, OTHER)
    assert to_document(seeded.snapshot().get(KEEP))["aliases"]


@pytest.mark.parametrize(
    ("keep", "other", "error", "words"),
    [
        (KEEP, AGREEMENT, UsageError, "different kinds"),
        (KEEP, KEEP, UsageError, "into itself"),
        (KEEP, "prj-nothing-here", NotFoundError, "prj-nothing-here"),
        ("src-866b44c0265b5443", "src-866b44c0265b5443x", NotFoundError, "src-"),
    ],
)
def test_refused_merges_write_nothing(
    seeded: Store, seeded_path: Path, keep: str, other: str, error: type, words: str
) -> None:
    before = seeded_path.read_bytes()
    with pytest.raises(error, match=words) as raised:
        seeded.merge(keep, other)
    assert "\n" not in str(raised.value)
    assert seeded_path.read_bytes() == before
    assert not Path(f"{seeded_path}.journal").exists()


def test_a_stale_plan_conflicts_and_writes_nothing(seeded: Store) -> None:
    plan = seeded.merge_plan(KEEP, OTHER)
    agreement = seeded.snapshot().get(AGREEMENT)
    seeded.upsert(msgspec.structs.replace(agreement, notes="edited meanwhile"), expected_rev=1)
    with pytest.raises(ConflictError):
        seeded.merge(KEEP, OTHER, plan=plan)
    snapshot = seeded.snapshot()
    assert snapshot.find(OTHER) is not None
    assert snapshot.get(AGREEMENT).projects == [KEEP, OTHER]
    assert all(c.subject == OTHER for c in snapshot.claims_for(OTHER))


def test_undo_puts_back_other_its_claims_and_every_reference(seeded: Store) -> None:
    before = seeded.snapshot()
    history = History(seeded)
    history.merge(seeded.merge_plan(KEEP, OTHER))
    assert seeded.snapshot().find(OTHER) is None
    history.undo()
    after = seeded.snapshot()
    for record_id in [KEEP, OTHER, AGREEMENT, *(c.id for c in before.claims_for(OTHER))]:
        was = msgspec.structs.replace(before.get(record_id), rev=0)
        assert msgspec.structs.replace(after.get(record_id), rev=0) == was
    assert seeded.check() == []


def test_merging_organisations_repoints_parties_and_roles(seeded: Store) -> None:
    keep, other = "org-dz-anpp", "org-dz-ministry-industry-pharma"
    users = seeded.snapshot().links.referrers(other)
    seeded.merge(keep, other)
    snapshot = seeded.snapshot()
    assert snapshot.links.referrers(other) == []
    person = snapshot.get("per-ali-aoun")
    assert all(role.org != other for role in person.roles)
    assert keep in [role.org for role in person.roles]
    assert {u for u in users if not u.startswith("clm-")} <= set(snapshot.links.referrers(keep))
    assert seeded.check() == []
