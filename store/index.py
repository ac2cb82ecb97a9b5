"""A pre-normalised, in-memory index of one snapshot, for filtering at keyboard speed.

For every project and agreement it keeps, in id order: the folded search text,
the status, the set of sectors (with their ancestors, so a parent sector
finds its children's records), the countries and the party organisations.
A filter then runs as plain set and substring tests over flat lists. When a
filter only narrows the previous one (the user typed one more letter), the
search runs over the previous result instead of everything.
"""

from __future__ import annotations

import bisect
import threading
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .query import Filter

if TYPE_CHECKING:
    from .snapshot import ResolvedFilter, Snapshot

INDEXED_KINDS = ("projects", "agreements")
_COLUMNS = ("text", "status", "sectors", "countries", "orgs")
_Entry = tuple[str, str, frozenset[str], frozenset[str], frozenset[str]]


@dataclass
class KindIndex:
    ids: list[str]
    text: list[str]
    status: list[str]
    sectors: list[frozenset[str]]
    countries: list[frozenset[str]]
    orgs: list[frozenset[str]]


class SearchIndex:
    """Flat lists per kind; ``select`` returns matching ids in id order."""

    def __init__(self, snapshot: Snapshot) -> None:
        # A proxy, not a reference: the snapshot holds its index, and a cycle between
        # them would outlive the snapshot once the explorer has frozen the collector.
        self.snapshot = weakref.proxy(snapshot)
        self.kinds: dict[str, KindIndex] = {}
        self._last: dict[str, tuple[Filter, list[int]]] = {}
        self._lock = threading.Lock()
        self._sets: dict[frozenset[str], frozenset[str]] = {}

    def build(self, kinds: Sequence[str] = INDEXED_KINDS) -> SearchIndex:
        """Build what is missing; a second caller waits for the first instead of redoing it."""
        for kind in kinds:
            if kind in self.kinds:
                continue
            with self._lock:
                if kind not in self.kinds:
                    self.kinds[kind] = self._build_kind(kind)
        return self

    def _build_kind(self, kind: str) -> KindIndex:
        ids = self.snapshot.sorted_ids(kind)
        index = KindIndex(list(ids), [], [], [], [], [])
        for record_id in ids:
            for column, value in zip(_COLUMNS, self._entry(record_id), strict=True):
                getattr(index, column).append(value)
        return index

    def _entry(self, record_id: str) -> _Entry:
        snapshot = self.snapshot
        record = snapshot.get(record_id)
        shared = self._shared
        return (
            snapshot.search_text(record_id),
            record.status,
            # The record's own sectors; a filter's sector already includes its children.
            shared(frozenset(snapshot.sectors_of(record))),
            shared(frozenset(snapshot.countries_of(record))),
            shared(frozenset(party.org for party in record.parties)),
        )

    def _shared(self, values: frozenset[str]) -> frozenset[str]:
        """One object per distinct set: most records share their countries or sectors with
        thousands of others (at 100,000 projects, a few thousand sets instead of 450,000)."""
        return self._sets.setdefault(values, values)

    def patched(self, snapshot: Snapshot, reached: set[str]) -> SearchIndex:
        """This index for ``snapshot``, a change later: only the entries of ``reached``
        (records added, removed or whose text, sectors, countries or parties may have
        changed) are computed again; kinds not built yet are left to ``build``."""
        fresh = SearchIndex(snapshot)
        fresh._sets = self._sets
        for kind, index in list(self.kinds.items()):
            ids = snapshot.sorted_ids(kind)
            mine = [record_id for record_id in reached if record_id in snapshot.tables[kind]]
            if ids is index.ids or ids == index.ids:
                mended = KindIndex(ids, *(list(getattr(index, c)) for c in _COLUMNS))
                for record_id in mine:
                    position = bisect.bisect_left(ids, record_id)
                    for column, value in zip(_COLUMNS, fresh._entry(record_id), strict=True):
                        getattr(mended, column)[position] = value
            else:  # records added or removed: positions moved, carry entries over by id
                where = {record_id: i for i, record_id in enumerate(index.ids)}
                stale = set(mine)
                mended = KindIndex(list(ids), [], [], [], [], [])
                for record_id in ids:
                    i = where.get(record_id)
                    if i is None or record_id in stale:
                        entry = fresh._entry(record_id)
                    else:
                        entry = tuple(getattr(index, c)[i] for c in _COLUMNS)  # type: ignore[assignment]
                    for column, value in zip(_COLUMNS, entry, strict=True):
                        getattr(mended, column).append(value)
            fresh.kinds[kind] = mended
        return fresh

    def select(self, kind: str, flt: Filter) -> list[str]:
        """Ids of ``kind`` matching ``flt`` (QueryError if a name in it is unknown)."""
        index = self.build([kind]).kinds[kind]
        if flt.is_empty:
            return list(index.ids)
        resolved = self.snapshot.resolve(flt)
        last = self._last.get(kind)
        narrowing = last is not None and flt.narrows(last[0])
        candidates: Sequence[int] = (
            last[1] if last is not None and narrowing else range(len(index.ids))
        )
        hits = _match(index, candidates, resolved)
        self._last[kind] = (flt, hits)
        return [index.ids[i] for i in hits]


def _match(index: KindIndex, candidates: Sequence[int], flt: ResolvedFilter) -> list[int]:
    hits = list(candidates)
    if flt.statuses is not None:
        statuses, status = flt.statuses, index.status
        hits = [i for i in hits if status[i] in statuses]
    if flt.sectors is not None:
        wanted, sectors = flt.sectors, index.sectors
        hits = [i for i in hits if not wanted.isdisjoint(sectors[i])]
    if flt.countries is not None:
        wanted_c, countries = flt.countries, index.countries
        hits = [i for i in hits if not wanted_c.isdisjoint(countries[i])]
    if flt.orgs is not None:
        wanted_o, orgs = flt.orgs, index.orgs
        hits = [i for i in hits if not wanted_o.isdisjoint(orgs[i])]
    text = index.text
    for word in flt.words:
        hits = [i for i in hits if word in text[i]]
    return hits
