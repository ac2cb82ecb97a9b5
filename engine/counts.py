"""Projects and agreements per sector, for the sector tree: children counted in their
parents."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from bilat.store import Snapshot


def sector_counts(
    snapshot: Snapshot, sets: Mapping[str, Counter[frozenset[str]]] | None = None
) -> dict[str, tuple[int, int]]:
    """(projects, agreements) of each sector, its sub-sectors' included; from ``sets`` (how
    many records of each kind hold each set of sectors) if given, else from the index's
    columns, else from the records."""
    counts: dict[str, list[int]] = {sector_id: [0, 0] for sector_id in snapshot.sectors}
    ancestors: dict[str, set[str]] = {}
    for sector_id in snapshot.sectors:
        chain, current, seen = set(), sector_id, set()
        while current and current in snapshot.sectors and current not in seen:
            seen.add(current)
            chain.add(current)
            current = snapshot.sectors[current].parent or ""
        ancestors[sector_id] = chain
    index = snapshot.search.index_if_made
    for column, kind in ((0, "projects"), (1, "agreements")):
        built = index.kinds.get(kind) if index is not None else None
        # Records come in a few thousand distinct sets of sectors: count the sets, then
        # spread each set's count over its sectors and their ancestors.
        if sets is not None:
            groups = sets[kind]
        else:
            groups = Counter(
                built.sectors
                if built is not None and built.structured
                else (
                    frozenset(snapshot.links.sectors_of(r)) for r in snapshot.tables[kind].values()
                )
            )
        for sectors, number in groups.items():
            hit: set[str] = set()
            for sector_id in sectors:
                hit |= ancestors.get(sector_id, set())
            for sector_id in hit:
                counts[sector_id][column] += number
    return {key: (value[0], value[1]) for key, value in counts.items()}
