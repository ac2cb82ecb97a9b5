"""A pre-normalised, in-memory index of one snapshot, for filtering at keyboard speed.

For every project and agreement it keeps, in id order: the status, the set of
sectors (with their ancestors, so a parent sector finds its children's records),
the countries and the party organisations; and the words of their folded search
text (``store.words``). A filter then runs as plain set tests over flat lists
and bitsets of the records holding each word. When a filter only narrows the
previous one (the user typed one more letter), the qualifiers are tested over the
previous result instead of everything.
"""

from __future__ import annotations

import bisect
import threading
import weakref
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import compress
from typing import TYPE_CHECKING

from .errors import QueryError
from .query import Filter
from .text import WordFolder
from .words import WordIndex

if TYPE_CHECKING:
    from .snapshot import ResolvedFilter, Snapshot

INDEXED_KINDS = ("projects", "agreements")
PENDING = "the claims and sources are still being read; the filter applies as soon as they are"
_STRUCTURE = ("status", "sectors", "countries", "orgs")
_Structure = tuple[str, frozenset[str], frozenset[str], frozenset[str]]


@dataclass
class KindIndex:
    ids: list[str]
    words: WordIndex | None  # None until built: the slow part, which only words need
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

    def build(self, kinds: Sequence[str] = INDEXED_KINDS, *, text: bool = True) -> SearchIndex:
        """Build what is missing: statuses, sectors, countries and parties first, then
        (unless ``text`` is False) the words of the records' folded texts, which need the
        claims' quotes (QueryError while the snapshot's claims are pending; saved words
        can be adopted instead). A second caller waits for the first instead of redoing it."""
        for kind in kinds:
            index = self.kinds.get(kind)
            if index is not None and (index.words is not None or not text):
                continue
            with self._lock:
                if kind not in self.kinds:
                    self.kinds[kind] = self._build_structure(kind)
                index = self.kinds[kind]
                if text and index.words is None:
                    if self.snapshot.pending:
                        # The words would lack the claims' quotes: a search would miss records.
                        raise QueryError(PENDING)
                    index.words = WordIndex.build(index.ids, self._words_of())
        return self

    def _words_of(self) -> Callable[[str], set[str]]:
        """A record's search words, folding each distinct raw word once per pass."""
        search_words = self.snapshot.search_words
        folder = WordFolder()
        return lambda record_id: search_words(record_id, folder)

    def words(self) -> dict[str, WordIndex]:
        """The word indexes built so far, by kind."""
        return {kind: index.words for kind, index in self.kinds.items() if index.words}

    def adopt_words(self, words: Mapping[str, WordIndex]) -> bool:
        """Take word indexes built earlier (saved by another session) instead of building
        them; only those whose records are this snapshot's, in the same order."""
        adopted = True
        for kind, found in words.items():
            self.build([kind], text=False)
            with self._lock:
                index = self.kinds[kind]
                if found.ids == index.ids:
                    index.words = index.words or found
                else:
                    adopted = False
        return adopted

    def ready(self, flt: Filter, kinds: Sequence[str] = INDEXED_KINDS) -> bool:
        """True if ``select`` answers ``flt`` at once, without building anything."""
        if self.snapshot.pending and _has_phrase(flt):
            return False
        return all(
            kind in self.kinds and (not flt.words or self.kinds[kind].words is not None)
            for kind in kinds
        )

    def moved_to(self, snapshot: Snapshot) -> SearchIndex:
        """This index for ``snapshot``, which holds the same projects and agreements (the
        first screen's snapshot, completed with its sources and claims)."""
        fresh = SearchIndex(snapshot)
        fresh._sets = self._sets
        with self._lock:
            fresh.kinds = dict(self.kinds)
        return fresh

    def _build_structure(self, kind: str) -> KindIndex:
        ids = self.snapshot.sorted_ids(kind)
        index = KindIndex(list(ids), None, [], [], [], [])
        for record_id in ids:
            for column, value in zip(_STRUCTURE, self._structure(record_id), strict=True):
                getattr(index, column).append(value)
        return index

    def _structure(self, record_id: str) -> _Structure:
        snapshot = self.snapshot
        record = snapshot.get(record_id)
        shared = self._shared
        return (
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
        changed) are computed again; what was not built yet is left to ``build``."""
        fresh = SearchIndex(snapshot)
        fresh._sets = self._sets
        for kind, index in list(self.kinds.items()):
            ids = snapshot.sorted_ids(kind)
            mine = [record_id for record_id in reached if record_id in snapshot.tables[kind]]
            if ids is index.ids or ids == index.ids:
                mended = KindIndex(
                    ids, None, *(list(getattr(index, column)) for column in _STRUCTURE)
                )
                for record_id in mine:
                    position = bisect.bisect_left(ids, record_id)
                    fresh._set_entry(mended, position, record_id)
            else:  # records added or removed: positions moved, carry entries over by id
                where = {record_id: i for i, record_id in enumerate(index.ids)}
                stale = set(mine)
                mended = KindIndex(list(ids), None, *([] for _ in _STRUCTURE))
                for position, record_id in enumerate(ids):
                    i = where.get(record_id)
                    for column in _STRUCTURE:
                        getattr(mended, column).append(
                            getattr(index, column)[i] if i is not None else None
                        )
                    if i is None or record_id in stale:
                        fresh._set_entry(mended, position, record_id)
            if index.words is not None:
                mended.words = index.words.patched(
                    mended.ids, self._changed_words(snapshot, kind, reached)
                )
            fresh.kinds[kind] = mended
        return fresh

    def _changed_words(
        self, snapshot: Snapshot, kind: str, reached: set[str]
    ) -> dict[str, tuple[set[str], set[str]]]:
        """Words before and after the change of each record of ``kind`` it reaches."""
        before, after = self.snapshot, snapshot
        changed = {}
        for record_id in reached:
            was = record_id in before.tables[kind]
            now = record_id in after.tables[kind]
            if was or now:
                changed[record_id] = (
                    before.search_words(record_id) if was else set(),
                    after.search_words(record_id) if now else set(),
                )
        return changed

    def _set_entry(self, index: KindIndex, position: int, record_id: str) -> None:
        for column, value in zip(_STRUCTURE, self._structure(record_id), strict=True):
            getattr(index, column)[position] = value

    def select(self, kind: str, flt: Filter) -> list[str]:
        """Ids of ``kind`` matching ``flt`` (QueryError if a name in it is unknown)."""
        ids = self.build([kind], text=bool(flt.words)).kinds[kind].ids
        return list(map(ids.__getitem__, self.positions(kind, flt)))

    def positions(self, kind: str, flt: Filter) -> Sequence[int]:
        """Where the records matching ``flt`` are in the kind's sorted ids (ascending):
        a view keeping a row per sorted id picks its rows without looking ids up."""
        index = self.build([kind], text=bool(flt.words)).kinds[kind]
        if flt.is_empty:
            return range(len(index.ids))
        if self.snapshot.pending and _has_phrase(flt):
            # Phrases are checked against the records' texts, which need the quotes.
            raise QueryError(PENDING)
        resolved = self.snapshot.resolve(flt)
        last = self._last.get(kind)
        narrowing = last is not None and flt.narrows(last[0])
        candidates: Sequence[int] = (
            last[1] if last is not None and narrowing else range(len(index.ids))
        )
        hits = _match(index, candidates, resolved)
        if flt.words:
            words = index.words
            assert words is not None, "build() made the words before they are looked for"
            marks = words.marks(flt.words, self.snapshot.search_text, len(index.ids))
            if isinstance(hits, range):  # every position: the marks are the answer
                hits = list(compress(hits, marks))
            else:
                hits = list(compress(hits, map(marks.__getitem__, hits)))
        hits = hits if isinstance(hits, list) else list(hits)
        self._last[kind] = (flt, hits)
        return hits


def _has_phrase(flt: Filter) -> bool:
    return any(" " in word for word in flt.words)


def _match(index: KindIndex, candidates: Sequence[int], flt: ResolvedFilter) -> Sequence[int]:
    """The candidates whose status, sectors, countries and parties ``flt`` accepts (the
    candidates themselves if it names none of them)."""
    hits = candidates
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
    return hits
