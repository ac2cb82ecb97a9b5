"""Who points at a record, from the kept references, equals a scan of every record."""

from __future__ import annotations

from pathlib import Path

from bilat.store import Agreement, Project, Store
from bilat.store.models import SectorRef
from bilat.store.snapshot import Snapshot


def scanned(snapshot: Snapshot, record_id: str) -> list[str]:
    """Every record tested alone (what ``referrers`` did before it kept an index)."""
    users = sorted(s.id for s in snapshot.sectors.values() if s.parent == record_id)
    users += sorted(o.id for o in snapshot.orgs.values() if o.parent == record_id)
    users += sorted(
        p.id for p in snapshot.people.values() if any(r.org == record_id for r in p.roles)
    )
    for kind in ("projects", "agreements"):
        for record in sorted(snapshot.tables[kind].values(), key=lambda r: r.id):
            if isinstance(record, Project):
                points = (
                    any(ref.sector == record_id for ref in record.sectors)
                    or any(c.sector == record_id for c in record.components)
                    or record_id in record.agreements
                )
            else:
                assert isinstance(record, Agreement)
                points = record_id in record.sectors or record_id in record.projects
            if points or any(record_id in (p.org, p.person) for p in record.parties):
                users.append(record.id)
    users += sorted(c.id for c in snapshot.claims.values() if record_id in (c.subject, c.source))
    return users


def test_referrers_of_every_record_match_a_scan(seeded_path: Path) -> None:
    for first in (False, True):
        store = Store.open(seeded_path)
        snapshot = store.first_snapshot(min_bytes=0) if first else store.snapshot()
        everything = [rid for table in snapshot.tables.values() for rid in table]
        assert len(everything) > 50
        for record_id in everything:
            assert snapshot.links.referrers(record_id) == scanned(snapshot, record_id), record_id


def test_referrers_follow_a_change(seeded_path: Path) -> None:
    store = Store.open(seeded_path)
    before = store.snapshot()
    before.links.references  # noqa: B018 - derived, then carried over by the change
    project = next(iter(before.projects.values()))
    sector = next(s for s in before.sectors if s not in {r.sector for r in project.sectors})
    moved = Project(
        **{
            **{f: getattr(project, f) for f in project.__struct_fields__},
            "sectors": [SectorRef(sector=sector)],
            "parties": [],
        }
    )
    store.upsert(moved, expected_rev=project.rev)
    after = store.snapshot()
    assert "references" in after.links.__dict__  # mended, not derived again
    for record_id in [*after.sectors, *after.orgs, *after.projects, *after.agreements]:
        assert after.links.referrers(record_id) == scanned(after, record_id), record_id
