"""What needs evidence: values no claim backs, quotes no longer in their source, records no
claim speaks of (the model has no curator's source: a record made by hand and never cited
has no claim)."""

from __future__ import annotations

from bilat.store import Store
from bilat.store.models import KINDS, Claim, Project, Source
from bilat.store.needs import Need, needs_evidence
from bilat.store.snapshot import Snapshot

SEED_SOURCE = "src-866b44c0265b5443"


def test_the_seeds_need_evidence_only_for_the_curators_taxonomy(seeded: Store) -> None:
    found = needs_evidence(seeded.current())
    assert {need.why for need in found} == {"unsourced"}
    # Organisation kinds and sector codes are the curator's: the article states none.
    assert Need("unsourced", "sec-steel", "codes") in found
    assert not [need for need in found if need.record_id.startswith(("prj-", "agr-"))]


def test_a_record_never_cited_and_a_field_filled_by_hand(seeded: Store) -> None:
    seeded.upsert_many(
        [
            Project(id="prj-zz-by-hand", name={"en": "By hand"}, status="approved"),
            Project(id="prj-zz-half", name={"fr": "Complexe"}, status="approved"),
            Claim(
                id="clm-zz-half-name",
                subject="prj-zz-half",
                field="name",
                value={"fr": "Complexe"},
                source=SEED_SOURCE,
                quote="un complexe de production",
            ),
        ]
    )
    found = needs_evidence(seeded.current())
    assert Need("no_claim", "prj-zz-by-hand") in found
    # A record with no claim is listed once, not field by field.
    assert [n for n in found if n.record_id == "prj-zz-by-hand"] == [
        Need("no_claim", "prj-zz-by-hand")
    ]
    assert [n for n in found if n.record_id == "prj-zz-half"] == [
        Need("unsourced", "prj-zz-half", "status")
    ]
    # The order: records never cited first, then values, then lost quotes.
    whys = [need.why for need in found]
    assert whys == sorted(whys, key=["no_claim", "unsourced", "lost_quote"].index)


def snapshot_with(*records: Source | Project | Claim) -> Snapshot:
    tables: dict[str, dict[str, object]] = {kind: {} for kind in KINDS}
    for record in records:
        kind = next(
            kind for kind, (prefix, _struct) in KINDS.items() if record.id.startswith(prefix)
        )
        tables[kind][record.id] = record
    return Snapshot(tables)


def test_a_quote_no_longer_in_its_source_or_a_source_that_is_gone() -> None:
    source = Source(id="src-a", title="A", text="Le projet emploiera 300 personnes.")
    project = Project(id="prj-x", name={"fr": "X"}, status="approved")
    kept = Claim(
        id="clm-x-status",
        subject="prj-x",
        field="status",
        value="approved",
        source="src-a",
        quote="Le projet",
    )
    lost = Claim(
        id="clm-x-name",
        subject="prj-x",
        field="name.fr",
        value="X",
        source="src-a",
        quote="le projet X",
    )
    gone = Claim(
        id="clm-x-other",
        subject="prj-x",
        field="status",
        value="approved",
        source="src-gone",
        quote="Le projet",
    )
    found = needs_evidence(snapshot_with(source, project, kept, lost, gone))
    assert [n for n in found if n.why == "lost_quote"] == [
        Need("lost_quote", "prj-x", "name.fr", "clm-x-name"),
        Need("lost_quote", "prj-x", "status", "clm-x-other"),
    ]


def test_progress_is_told_and_can_stop_the_search(seeded: Store) -> None:
    told: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        told.append((done, total))
        return False

    assert needs_evidence(seeded.current(), progress) == []
    assert told == [(0, told[0][1])] and told[0][1] > 0
