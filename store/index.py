"""A pre-normalised, in-memory index of one snapshot, for filtering at keyboard speed.

For every project and agreement it keeps, in id order: the status, the set of
sectors (with their ancestors, so a parent sector finds its children's records),
the countries and the parties (organisations and people: their ids cannot
meet); and the words of their folded search text (``store.words``). A filter
then runs as plain set tests over flat lists and bitsets of the records holding
each word. When a filter only narrows the previous one (the user typed one more
letter), the qualifiers are tested over the previous result instead of everything.
"""

from __future__ import annotations

import bisect
import operator
import threading
import weakref
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from .models import Agreement, kind_of_id
from .progress import Counter, Progress
from .query import Filter, ResolvedFilter
from .selection import Selection, both
from .text import WordFolder
from .words import WordIndex


class _Relations(Protocol):
    def sectors_of(self, record: Any) -> list[str]: ...

    def countries_of(self, record: Any) -> set[str]: ...

    def projects_of_agreement(self, agreement_id: str) -> list[str]: ...


class _Texts(Protocol):
    def resolve(self, flt: Filter) -> ResolvedFilter: ...

    def search_text(self, record_id: str) -> str: ...

    def search_words(self, record_id: str, folder: WordFolder | None = None) -> set[str]: ...


class _Records(Protocol):
    tables: dict[str, dict[str, Any]]

    def sorted_ids(self, kind: str) -> list[str]: ...

    def get(self, record_id: str) -> Any: ...


# What the index reads of a snapshot's records, links and search (``store.records``,
# ``store.links``, ``store.search``, which makes the index): protocols, so that this module
# does not import them back.


INDEXED_KINDS = ("projects", "agreements")
_STRUCTURE = ("status", "sectors", "countries", "orgs", "links")
_Structure = tuple[str, frozenset[str], frozenset[str], frozenset[str], frozenset[str]]
# One kind's structure as saved (``store.saved_words``): its sorted ids, then a column each.
Columns = tuple[
    list[str],
    list[str],
    list[frozenset[str]],
    list[frozenset[str]],
    list[frozenset[str]],
    list[frozenset[str]],
]


@dataclass
class KindIndex:
    ids: list[str]
    words: WordIndex | None = None  # None until built (or adopted)
    # Filled together once ``structured`` (words can be adopted before, see adopt_words).
    status: list[str] = field(default_factory=list)
    sectors: list[frozenset[str]] = field(default_factory=list)
    countries: list[frozenset[str]] = field(default_factory=list)
    orgs: list[frozenset[str]] = field(default_factory=list)  # parties: orgs and people
    # A project's agreements, an agreement's projects, as the record itself lists them.
    links: list[frozenset[str]] = field(default_factory=list)
    structured: bool = False

    def columns(self) -> Columns:
        return (self.ids, self.status, self.sectors, self.countries, self.orgs, self.links)


class SearchIndex:
    """Flat lists per kind; ``select`` returns matching ids in id order.

    Just over the usual size: the lists are built, taken from the saved index, patched
    after a write and selected from here, four uses of one structure that would each
    reach into the others' lists if split apart.
    """

    def __init__(self, snapshot: _Records, links: _Relations, texts: _Texts) -> None:
        # A proxy, not a reference: the snapshot holds its index, and a cycle between
        # them would outlive the snapshot once the explorer has frozen the collector.
        self.snapshot = weakref.proxy(snapshot)
        self.links = weakref.proxy(links)
        self.texts = weakref.proxy(texts)
        self.kinds: dict[str, KindIndex] = {}
        self._last: dict[str, tuple[Filter, Selection]] = {}
        self._lock = threading.Lock()
        self._sets: dict[frozenset[str], frozenset[str]] = {}
        # Agreement -> the projects that list it, from the projects' links column.
        self._listed_by: dict[str, set[str]] | None = None
        # The records (``Backend.content_key``) its columns were saved for, if they were.
        self.structure_saved_as: str | None = None

    def build(
        self,
        kinds: Sequence[str] = INDEXED_KINDS,
        *,
        text: bool = True,
        structure: bool = True,
        progress: Progress | None = None,
    ) -> SearchIndex:
        """Build what is missing: statuses, sectors, countries and parties (unless
        ``structure`` is False), then (unless ``text`` is False) the words of the records'
        folded texts (``progress`` hears how many records' words are done). A second
        caller waits for the first instead of redoing it."""
        total = sum(len(self.snapshot.sorted_ids(kind)) for kind in kinds)
        done = 0
        for kind in kinds:
            index = self.kinds.get(kind)
            if (
                index is not None
                and (index.structured or not structure)
                and (index.words is not None or not text)
            ):
                continue
            with self._lock:
                index = self.kinds.get(kind)
                if index is None:
                    index = self.kinds[kind] = KindIndex(list(self.snapshot.sorted_ids(kind)))
                if structure and not index.structured:
                    self._fill_structure(index)
                if text and index.words is None:
                    words_of = self.words_of()
                    if progress is not None:
                        words_of = counting(words_of, Counter(progress, total), done)
                    words = WordIndex.build(index.ids, words_of)
                    words.share_strings(index.ids)  # one copy of each id, not two
                    index.words = words
            done += len(self.snapshot.sorted_ids(kind))
        if progress is not None:
            progress(done, total)
        return self

    def words_of(self) -> Callable[[str], set[str]]:
        """A record's search words, folding each distinct raw word once per pass."""
        search_words = self.texts.search_words
        folder = WordFolder()
        return lambda record_id: search_words(record_id, folder)

    def words(self) -> dict[str, WordIndex]:
        """The word indexes built so far, by kind."""
        return {kind: index.words for kind, index in self.kinds.items() if index.words}

    def adopt_words(self, words: Mapping[str, WordIndex]) -> bool:
        """Take word indexes built earlier (saved by another session, brought up to date)
        instead of building them; only those that answer for this snapshot's records."""
        adopted = True
        for kind, found in words.items():
            self.build([kind], text=False, structure=False)
            with self._lock:
                index = self.kinds[kind]
                if found.answers_for == index.ids:
                    if found.ids == found.answers_for:  # as built: one list of ids, not two
                        found.ids = found.answers_for = index.ids  # type: ignore[assignment]
                    index.words = index.words or found
                else:
                    adopted = False
        return adopted

    def share_id_strings(self) -> None:
        """Let the words that are record ids be the very strings of the kinds' ids (words read
        back hold copies: at 300,000 projects 450,000 strings, and half the time it takes to
        adopt them, so it is done once they answer)."""
        for index in list(self.kinds.values()):
            if index.words is not None:
                index.words.share_strings(index.ids)

    def adopt_structure(self, saved: Mapping[str, Columns], changed: Collection[str]) -> bool:
        """Take the statuses, sectors, countries, parties and links saved for an earlier
        state of these records (``store.saved_words``) instead of reading every record
        again; only the entries that the records ``changed`` since then reach are computed
        again: theirs, the agreements a changed project lists (then or now) or is listed
        by, and the records whose parties hold a changed organisation (its country is
        theirs). False, and nothing taken, if it does not cover both kinds."""
        if set(saved) != set(INDEXED_KINDS):
            return False
        stale = _reached_by(saved, changed)
        with self._lock:
            for kind in INDEXED_KINDS:  # projects first: an agreement reads their entries
                index = self.kinds.get(kind)
                if index is None:
                    index = self.kinds[kind] = KindIndex(list(self.snapshot.sorted_ids(kind)))
                if not index.structured:
                    self._take_columns(index, saved[kind], stale[kind])
                if kind == "projects":
                    stale["agreements"] |= _listed_now(index, changed)
                    self._listed_by = None
        return True

    def _take_columns(self, index: KindIndex, saved: Columns, stale: set[str]) -> None:
        saved_ids = saved[0]
        columns: tuple[list[Any], ...] = saved[1:]
        if not stale and saved_ids == index.ids:  # saved for these very records: as they are
            index.status, index.sectors, index.countries, index.orgs, index.links = columns
            index.structured = True
            return
        where = {record_id: i for i, record_id in enumerate(saved_ids)}
        mine: tuple[list[Any], ...] = ([], [], [], [], [])
        for record_id in index.ids:
            i = where.get(record_id)
            if i is None or record_id in stale:
                values: tuple[Any, ...] = self._structure(record_id)
            else:
                values = tuple(column[i] for column in columns)
            for column, value in zip(mine, values, strict=True):
                column.append(value)
        index.status, index.sectors, index.countries, index.orgs, index.links = mine
        index.structured = True

    def columns(self, words: Mapping[str, WordIndex]) -> dict[str, Columns] | None:
        """Every kind's columns, for saving beside ``words`` (for the same ids); None if a
        kind's are not built, or are for other ids."""
        found = {}
        for kind in INDEXED_KINDS:
            index = self.kinds.get(kind)
            if index is None or not index.structured or kind not in words:
                return None
            if index.ids != words[kind].ids:
                return None
            found[kind] = index.columns()
        return found

    def ready(self, flt: Filter, kinds: Sequence[str] = INDEXED_KINDS) -> bool:
        """True if ``select`` answers ``flt`` at once, without building anything."""
        structure = _needs_structure(flt)
        return all(
            kind in self.kinds
            and (self.kinds[kind].structured or not structure)
            and (not flt.words or self.kinds[kind].words is not None)
            for kind in kinds
        )

    def _fill_structure(self, index: KindIndex) -> None:
        columns: tuple[list[Any], ...] = ([], [], [], [], [])
        for record_id in index.ids:
            for column, value in zip(columns, self._structure(record_id), strict=True):
                column.append(value)
        index.status, index.sectors, index.countries, index.orgs, index.links = columns
        index.structured = True

    def _structure(self, record_id: str) -> _Structure:
        snapshot = self.snapshot
        record = snapshot.get(record_id)
        shared = self._shared
        return (
            record.status,
            # The record's own sectors; a filter's sector already includes its children.
            shared(self._sectors(record)),
            shared(frozenset(self.links.countries_of(record))),
            shared(frozenset(party.org or party.person for party in record.parties)),
            shared(
                frozenset(record.projects if isinstance(record, Agreement) else record.agreements)
            ),
        )

    def _sectors(self, record: Any) -> frozenset[str]:
        """``Snapshot.sectors_of(record)``; an agreement's include its projects', taken from
        their entries when they are indexed (instead of reading each project again)."""
        projects = self.kinds.get("projects")
        if not isinstance(record, Agreement) or projects is None or not projects.structured:
            return frozenset(self.links.sectors_of(record))
        found = set(record.sectors)
        ids, sectors = projects.ids, projects.sectors
        # Its projects, linked from either side: those it lists, and those listing it.
        for project_id in self._projects_listing(record.id) | set(record.projects):
            i = bisect.bisect_left(ids, project_id)
            if i < len(ids) and ids[i] == project_id:
                found.update(sectors[i])
        return frozenset(found)

    def _projects_listing(self, agreement_id: str) -> set[str]:
        """The projects whose own list of agreements holds ``agreement_id`` (from their
        indexed entries: no project is read again)."""
        if self._listed_by is None:
            projects = self.kinds["projects"]
            listed_by: dict[str, set[str]] = {}
            for project_id, agreements in zip(projects.ids, projects.links, strict=True):
                for agreement in agreements:
                    listed_by.setdefault(agreement, set()).add(project_id)
            self._listed_by = listed_by
        return self._listed_by.get(agreement_id, set())

    def _shared(self, values: frozenset[str]) -> frozenset[str]:
        """One object per distinct set: most records share their countries or sectors with
        thousands of others (at 100,000 projects, a few thousand sets instead of 450,000)."""
        return self._sets.setdefault(values, values)

    def patched(
        self, snapshot: _Records, links: _Relations, texts: _Texts, reached: set[str]
    ) -> SearchIndex:
        """This index for ``snapshot``, a change later: only the entries of ``reached``
        (records added, removed or whose text, sectors, countries or parties may have
        changed) are computed again; what was not built yet is left to ``build``."""
        fresh = SearchIndex(snapshot, links, texts)
        fresh._sets = self._sets
        for kind, index in list(self.kinds.items()):
            ids = snapshot.sorted_ids(kind)
            mine = [record_id for record_id in reached if record_id in snapshot.tables[kind]]
            if not index.structured:
                mended = KindIndex(list(ids))  # its structure is built when asked for
                if index.words is not None:
                    mended.words = index.words.patched(
                        mended.ids, self._changed_words(snapshot, texts, kind, reached)
                    )
                fresh.kinds[kind] = mended
                continue
            if ids is index.ids or ids == index.ids:
                mended = KindIndex(ids, structured=True)
                for column in _STRUCTURE:
                    setattr(mended, column, list(getattr(index, column)))
                for record_id in mine:
                    position = bisect.bisect_left(ids, record_id)
                    fresh._set_entry(mended, position, record_id)
            else:  # records added or removed: positions moved, carry entries over by id
                where = {record_id: i for i, record_id in enumerate(index.ids)}
                stale = set(mine)
                mended = KindIndex(list(ids), structured=True)
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
                    mended.ids, self._changed_words(snapshot, texts, kind, reached)
                )
            fresh.kinds[kind] = mended
        return fresh

    def _changed_words(
        self, snapshot: _Records, texts: _Texts, kind: str, reached: set[str]
    ) -> dict[str, tuple[set[str], set[str]]]:
        """Words before and after the change of each record of ``kind`` it reaches."""
        before, after = self.snapshot, snapshot
        changed = {}
        for record_id in reached:
            was = record_id in before.tables[kind]
            now = record_id in after.tables[kind]
            if was or now:
                changed[record_id] = (
                    self.texts.search_words(record_id) if was else set(),
                    texts.search_words(record_id) if now else set(),
                )
        return changed

    def _set_entry(self, index: KindIndex, position: int, record_id: str) -> None:
        for column, value in zip(_STRUCTURE, self._structure(record_id), strict=True):
            getattr(index, column)[position] = value

    def select(self, kind: str, flt: Filter) -> list[str]:
        """Ids of ``kind`` matching ``flt`` (QueryError if a name in it is unknown)."""
        positions = self.positions(kind, flt)
        ids = self.kinds[kind].ids
        return list(map(ids.__getitem__, positions))

    def positions(self, kind: str, flt: Filter) -> Sequence[int]:
        """Where the records matching ``flt`` are in the kind's sorted ids (ascending):
        a view keeping a row per sorted id picks its rows without looking ids up.
        A ``range`` when the filter is empty, else a ``Selection``."""
        built = self.build([kind], text=bool(flt.words), structure=_needs_structure(flt))
        index = built.kinds[kind]
        if flt.is_empty:
            return range(len(index.ids))
        resolved = self.texts.resolve(flt)
        last = self._last.get(kind)
        # One more letter or qualifier: what the last filter left out stays out.
        marks = last[1].marks if last is not None and flt.narrows(last[0]) else None
        kept = _match(index, resolved)
        if kept is not None:
            marks = kept if marks is None else both(marks, kept)
        if flt.words:
            words = index.words
            assert words is not None, "build() made the words before they are looked for"
            found = words.marks(flt.words, self.texts.search_text, len(index.ids))
            marks = found if marks is None else both(marks, found)
        assert marks is not None, "a filter that is not empty has words or qualifiers"
        selection = Selection(marks)
        self._last[kind] = (flt, selection)
        return selection


def _reached_by(saved: Mapping[str, Columns], changed: Collection[str]) -> dict[str, set[str]]:
    """The saved entries of each kind that ``changed`` records make stale (see
    ``SearchIndex.adopt_structure``)."""
    changed = set(changed)
    stale = {kind: {rid for rid in changed if kind_of_id(rid) == kind} for kind in INDEXED_KINDS}
    if not changed:
        return stale  # nothing written since they were saved: none is
    orgs = {rid for rid in changed if kind_of_id(rid) == "orgs"}
    projects = stale["projects"]
    for kind in INDEXED_KINDS:
        ids, _, _, _, parties, links = saved[kind]
        for record_id, held, linked in zip(ids, parties, links, strict=True):
            if (orgs and not held.isdisjoint(orgs)) or (
                kind == "projects" and record_id in projects
            ):
                stale[kind].add(record_id)
                if kind == "projects":
                    stale["agreements"].update(linked)  # the agreements it listed then
            elif kind == "agreements" and projects and not linked.isdisjoint(projects):
                stale[kind].add(record_id)
    return stale


def _listed_now(projects: KindIndex, changed: Collection[str]) -> set[str]:
    """The agreements the changed projects list now."""
    found: set[str] = set()
    for record_id in changed:
        i = bisect.bisect_left(projects.ids, record_id)
        if i < len(projects.ids) and projects.ids[i] == record_id:
            found.update(projects.links[i])
    return found


def _needs_structure(flt: Filter) -> bool:
    return bool(flt.sectors or flt.statuses or flt.countries or flt.orgs or flt.people)


def _match(index: KindIndex, flt: ResolvedFilter) -> bytearray | None:
    """Marks of the positions whose status, sectors, countries and parties ``flt``
    accepts (None if it names none of them): each test runs over the whole kind in C."""
    marks: bytearray | None = None
    if flt.statuses is not None:
        marks = bytearray(map(flt.statuses.__contains__, index.status))
    for wanted, values in (
        (flt.sectors, index.sectors),
        (flt.countries, index.countries),
        (flt.orgs, index.orgs),
        (flt.people, index.orgs),
    ):
        if wanted is not None:
            # isdisjoint is False where the record holds one of the wanted values.
            found = bytearray(map(operator.not_, map(wanted.isdisjoint, values)))
            marks = found if marks is None else both(marks, found)
    return marks


def counting(
    words_of: Callable[[str], set[str]], counter: Counter, start: int
) -> Callable[[str], set[str]]:
    """``words_of``, counting the records it is asked for (from ``start``)."""
    counter.done = start

    def counted(record_id: str) -> set[str]:
        counter.add()
        return words_of(record_id)

    return counted
