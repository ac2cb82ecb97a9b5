"""A view as a file another database can import: the records shown and what they need.

The projects and agreements of a view, the claims on them, and every record these
refer to (sectors, organisations, people, sources, linked projects and agreements, the
parents of sectors and organisations), followed until nothing is missing: imported into
an empty database, it passes the same checks as the database it came from. The bundle
names its view (``view``: the filter, when, from which database), which import reads
past.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .bundle import build_bundle
from .models import KINDS, Record, kind_of
from .snapshot import Snapshot
from .validate import references_of


def with_references(snapshot: Snapshot, shown: Iterable[str]) -> dict[str, list[Record]]:
    """The records ``shown``, the claims on them, and everything they refer to, by kind
    in id order."""
    wanted: list[str] = []
    seen: set[str] = set()

    def add(record_id: str) -> None:
        if record_id not in seen and snapshot.find(record_id) is not None:
            seen.add(record_id)
            wanted.append(record_id)

    for record_id in shown:
        add(record_id)
        for claim in snapshot.claims_for(record_id):
            add(claim.id)
    at = 0
    while at < len(wanted):
        record = snapshot.get(wanted[at])
        at += 1
        targets, parents, quotes = references_of(record)
        for _, target in targets:
            add(target)
        for _, parent in parents:
            add(parent)
        for _, source, _ in quotes:
            add(source)
    found: dict[str, list[Record]] = {kind: [] for kind in KINDS}
    for record_id in sorted(seen):
        record = snapshot.get(record_id)
        found[kind_of(record)].append(record)
    return found


def view_bundle(
    snapshot: Snapshot, shown: Mapping[str, Sequence[str]], view: Mapping[str, Any]
) -> dict[str, Any]:
    """The export object of a view: ``schema``, ``view``, then each kind."""
    found = with_references(snapshot, (i for ids in shown.values() for i in ids))
    records: dict[str, Iterable[Record]] = dict(found.items())
    bundle = build_bundle(records)
    return {"schema": bundle.pop("schema"), "view": dict(view), **bundle}
