"""Searching one snapshot: the text free words are looked for in, the filter's names
resolved to ids, and the records that match.

Projects and agreements are answered by the search index (``store.index``: flat columns
and word bitsets, built once, mended after a change); the other kinds, few, record by
record. A snapshot patched after a change carries the index and the texts over, mended
for the records the change reaches (``patched``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cached_property
from typing import Any

from .errors import QueryError
from .evidence import Evidence
from .index import INDEXED_KINDS, SearchIndex
from .kinds import SPECS
from .links import Links
from .models import (
    Agreement,
    Claim,
    Org,
    Party,
    Person,
    Project,
    Record,
    Sector,
    Source,
)
from .query import Filter, ResolvedFilter
from .records import Records
from .selection import Selection, both
from .text import WordFolder, fold, shortened, starts_a_word


class Search:
    """What a filter finds in one snapshot."""

    def __init__(self, snapshot: Records, links: Links, evidence: Evidence | None = None) -> None:
        self.snapshot = snapshot
        self.links = links
        # What the sources say of each record, for ``has:`` and ``sources:``.
        self.evidence = evidence

    def search_text(self, record_id: str) -> str:
        """Folded text a free word is looked for in: names, places, parties, notes, quotes."""
        cache = self._search_cache
        text = cache.get(record_id)
        if text is None:
            text = cache[record_id] = fold(
                " \n ".join(self._search_parts(self.snapshot.get(record_id)))
            )
        return text

    def search_words(self, record_id: str, folder: WordFolder | None = None) -> set[str]:
        """The distinct words of ``search_text(record_id)``, without keeping the text;
        ``folder`` is shared by the records of one indexing pass (it folds each raw
        word once)."""
        parts = self._search_parts(self.snapshot.get(record_id))
        return (WordFolder() if folder is None else folder).words(parts)

    @cached_property
    def _search_cache(self) -> dict[str, str]:
        return {}

    def _search_parts(self, record: Record) -> Iterable[str]:
        yield record.id
        if isinstance(record, (Sector, Org, Person, Project)):
            yield from record.name.values()
        if isinstance(record, (Sector, Org, Person, Project, Agreement)):
            yield from (name for alias in record.aliases for name in alias.values())
        if isinstance(record, Person):
            yield from (title for role in record.roles for title in role.title.values())
        if isinstance(record, Org) and record.acronym:
            yield record.acronym
        if isinstance(record, Agreement):
            yield from record.title.values()
            yield record.instrument
        if isinstance(record, Source):
            yield record.title
            yield record.publisher or ""
        if isinstance(record, Project):
            if record.location is not None:
                yield " ".join(
                    part or ""
                    for part in (
                        record.location.locality,
                        record.location.region,
                        record.location.country,
                    )
                )
            for component in record.components:
                yield from component.name.values()
                yield component.note or ""
            for sector_id in self.links.sectors_of(record):
                yield self.links.sector_name(sector_id)
        if isinstance(record, (Project, Agreement)):
            yield record.status
            for party in record.parties:
                yield from self._party_words(party)
            yield from record.flags
            yield record.notes or ""
        if isinstance(record, Claim):
            yield record.subject
            yield record.field
            yield record.quote
            yield record.note or ""
        for claim in self.links.claims_for(record.id):
            yield claim.quote
            yield claim.note or ""

    def _party_words(self, party: Party) -> Iterable[str]:
        """What a party adds to the words of a record: its names (an organisation's
        acronym too) and its role."""
        found = (
            self.snapshot.orgs.get(party.org)
            if party.org
            else self.snapshot.people.get(party.person or "")
        )
        if found is not None:
            yield from found.name.values()
            yield getattr(found, "acronym", None) or ""
        yield party.role or ""

    @cached_property
    def index(self) -> SearchIndex:
        """The search index (built on first use, or ahead of time by ``index.build()``;
        its words may also be those an earlier session saved, ``SearchIndex.adopt_words``)."""
        return SearchIndex(self.snapshot, self.links, self)

    @property
    def index_if_made(self) -> SearchIndex | None:
        """The search index if it was made already (asking ``index`` would make it)."""
        found: SearchIndex | None = self.__dict__.get("index")
        return found

    def select_ids(self, kind: str, flt: Filter | None = None) -> list[str]:
        """Ids of ``kind`` (in id order) that match ``flt``."""
        if flt is None or flt.is_empty:
            return self.snapshot.sorted_ids(kind)
        if flt.asks_evidence:
            ids = self.snapshot.sorted_ids(kind)
            return [ids[position] for position in self.select_positions(kind, flt)]
        if kind in INDEXED_KINDS:
            return self.index.select(kind, flt)
        return [record.id for record in self.select(kind, flt)]

    def select_positions(self, kind: str, flt: Filter | None = None) -> Sequence[int]:
        """Where the records of ``kind`` that match ``flt`` are in ``sorted_ids(kind)``."""
        ids = self.snapshot.sorted_ids(kind)
        if flt is None or flt.is_empty:
            return range(len(ids))
        if flt.asks_evidence:
            return self._weighed(kind, flt)
        if kind in INDEXED_KINDS:
            return self.index.positions(kind, flt)
        wanted = set(self.select_ids(kind, flt))
        return [i for i, record_id in enumerate(ids) if record_id in wanted]

    def _weighed(self, kind: str, flt: Filter) -> Selection:
        """The records matching ``flt``'s other terms that have what its ``has:`` and
        ``sources:`` ask of their sources."""
        _check_applies(kind, flt)
        if self.evidence is None:
            raise QueryError("has: and sources: need a database's snapshot")
        kept = self.evidence.keeps(kind, flt)
        rest = flt.without_evidence()
        if not rest.is_empty:
            found = self.select_positions(kind, rest)
            if isinstance(found, Selection):
                kept = both(kept, found.marks)
            else:
                wanted = bytearray(len(kept))
                for position in found:
                    wanted[position] = 1
                kept = both(kept, wanted)
        return Selection(kept)

    def select(self, kind: str, flt: Filter | None = None) -> list[Any]:
        """Records of ``kind`` (in id order) that match ``flt``."""
        table = self.snapshot.tables[kind]
        if flt is not None and flt.asks_evidence:
            return [table[key] for key in self.select_ids(kind, flt)]
        if kind in INDEXED_KINDS and flt is not None and not flt.is_empty:
            return [table[key] for key in self.index.select(kind, flt)]
        records = [table[key] for key in self.snapshot.sorted_ids(kind)]
        if flt is None or flt.is_empty:
            return records
        _check_applies(kind, flt)
        resolved = self.resolve(flt)
        if kind == "orgs" and resolved.sectors is not None:
            # An organisation is in a sector through the projects and agreements it is a
            # party to; ``orgs`` then keeps those parties only.
            parties = self.parties_in(resolved.sectors)
            resolved.orgs = parties if resolved.orgs is None else resolved.orgs & parties
        if kind == "people" and resolved.sectors is not None:
            parties = self.parties_in(resolved.sectors)  # as for organisations
            resolved.people = parties if resolved.people is None else resolved.people & parties
        return [record for record in records if self.matches(record, resolved)]

    def parties_in(self, sectors: set[str]) -> set[str]:
        """Organisations and people party to a project or an agreement of one of
        ``sectors``."""
        parties: set[str] = set()
        for kind in INDEXED_KINDS:
            for record in self.snapshot.tables[kind].values():
                if not sectors.isdisjoint(self.links.sectors_of(record)):
                    parties.update(party.who for party in record.parties)
        return parties

    def resolve(self, flt: Filter) -> ResolvedFilter:
        """Turn names in a filter into ids; QueryError if a sector or org matches nothing."""
        sectors: set[str] | None = None
        if flt.sectors:
            sectors = set()
            for value in flt.sectors:
                hits = self._match_named(value, self.snapshot.sectors.values(), extra=lambda s: ())
                if not hits:
                    raise QueryError(f"no sector matches '{shortened(value)}'")
                for sector_id in hits:
                    sectors |= self.links.sector_with_descendants(sector_id)
        orgs: set[str] | None = None
        if flt.orgs:
            orgs = set()
            for value in flt.orgs:
                hits = self._match_named(
                    value, self.snapshot.orgs.values(), extra=lambda o: (o.acronym or "",)
                )
                if not hits:
                    raise QueryError(f"no organisation matches '{shortened(value)}'")
                orgs |= hits
        people: set[str] | None = None
        if flt.people:
            people = set()
            for value in flt.people:
                hits = self._match_named(value, self.snapshot.people.values(), extra=lambda p: ())
                if not hits:
                    raise QueryError(f"no person matches '{shortened(value)}'")
                people |= hits
        return ResolvedFilter(
            words=flt.words,
            sectors=sectors,
            statuses=set(flt.statuses) or None,
            countries=set(flt.countries) or None,
            orgs=orgs,
            people=people,
        )

    @staticmethod
    def _match_named(value: str, records: Iterable[Any], extra: Any) -> set[str]:
        wanted = fold(value)
        exact = set()
        partial = set()
        for record in records:
            aliases = [name for alias in record.aliases for name in alias.values()]
            names = [record.id, record.id[4:], *record.name.values(), *aliases, *extra(record)]
            folded = [fold(name) for name in names if name]
            if wanted in folded:
                exact.add(record.id)
            elif any(wanted in name for name in folded):
                partial.add(record.id)
        return exact or partial

    def matches(self, record: Any, flt: ResolvedFilter) -> bool:
        if flt.statuses is not None and getattr(record, "status", None) not in flt.statuses:
            return False
        if isinstance(record, (Project, Agreement)):
            if not self._party_record_matches(record, flt):
                return False
        elif not flt.structureless and not _named_record_matches(record, flt):
            return False
        if flt.words:
            haystack = self.search_text(record.id)
            return all(starts_a_word(word, haystack) for word in flt.words)
        return True

    def _party_record_matches(self, record: Project | Agreement, flt: ResolvedFilter) -> bool:
        if flt.sectors is not None and not flt.sectors.intersection(self.links.sectors_of(record)):
            return False
        if flt.countries is not None and not flt.countries & self.links.countries_of(record):
            return False
        if flt.orgs is not None and not any(p.org in flt.orgs for p in record.parties):
            return False
        return flt.people is None or any(p.person in flt.people for p in record.parties)

    # -- after a change ----------------------------------------------------------
    def patched(
        self, fresh: Records, links: Links, reached: set[str], evidence: Evidence | None = None
    ) -> Search:
        """This search for ``fresh``, a change later: the texts and the index carried
        over, those of the records in ``reached`` made again."""
        derived = self.__dict__
        search = Search(fresh, links, evidence)
        if "_search_cache" in derived:
            texts = dict(derived["_search_cache"])  # a copy is a memcpy; a filtered one is not
            for record_id in reached:
                texts.pop(record_id, None)
            search._search_cache = texts
        if "index" in derived:
            search.index = derived["index"].patched(fresh, links, search, reached)
        return search

    @property
    def derived(self) -> bool:
        """True if a text or the index was made already (a change must then mend them)."""
        return "_search_cache" in self.__dict__ or "index" in self.__dict__


def _named_record_matches(record: Any, flt: ResolvedFilter) -> bool:
    """Sector, country, org and person qualifiers on a sector, an organisation or a
    person (for the last two, ``select`` turned a sector into the parties in it)."""
    if isinstance(record, Sector):
        return flt.sectors is not None and record.id in flt.sectors
    if isinstance(record, Org):
        if flt.countries is not None and record.country not in flt.countries:
            return False
        return flt.orgs is None or record.id in flt.orgs
    if isinstance(record, Person):
        if flt.orgs is not None and not any(role.org in flt.orgs for role in record.roles):
            return False
        return flt.people is None or record.id in flt.people
    return False


# The qualifiers that mean something for each kind (free words apply to every kind).
APPLICABLE_QUALIFIERS: dict[str, tuple[str, ...]] = {
    kind: spec.qualifiers for kind, spec in SPECS.items()
}


def _check_applies(kind: str, flt: Filter) -> None:
    """QueryError if ``flt`` qualifies ``kind`` by what it does not have: a silent "no
    match" (or a qualifier silently ignored) would read as an answer."""
    given = {
        "sector": flt.sectors,
        "status": flt.statuses,
        "country": flt.countries,
        "org": flt.orgs,
        "person": flt.people,
        "has": flt.has,
        "sources": flt.sources,
    }
    wrong = [
        name for name, values in given.items() if values and name not in APPLICABLE_QUALIFIERS[kind]
    ]
    if wrong:
        usable = ", ".join(f"{name}:" for name in APPLICABLE_QUALIFIERS[kind])
        raise QueryError(
            f"{', '.join(name + ':' for name in wrong)} does not apply to {kind}"
            + (f" (only {usable} and free words do)" if usable else " (only free words do)")
        )
