"""A consistent, decoded view of the whole database, with the indexes queries need.

A snapshot is built once per change of the database file and never mutated,
so the explorer can filter and sort it from any thread. Derived data (sector
descendants, claims by subject, folded search text) is computed on first use.
"""

from __future__ import annotations

import bisect
import weakref
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import cached_property
from typing import Any

import msgspec

from . import heap
from .errors import NotFoundError, QueryError
from .file_table import FileTable
from .index import INDEXED_KINDS, SearchIndex
from .kinds import NAMED_KINDS, SPECS
from .models import (
    KINDS,
    Agreement,
    Claim,
    Org,
    Party,
    Person,
    Project,
    Record,
    Sector,
    Source,
    display_name,
    kind_of_id,
    title_of,
)
from .query import Filter
from .text import WordFolder, fold, shortened
from .validate import RecordSet


class _ClaimLinks(msgspec.Struct):
    """What grouping the claims reads of one: the rest of it is skipped, not decoded."""

    id: str
    subject: str
    source: str


_CLAIM_LINKS = msgspec.json.Decoder(_ClaimLinks)


class Snapshot:
    """Every record of one database state, by kind and id."""

    def __init__(self, tables: Mapping[str, dict[str, Any]], version: object = None) -> None:
        # Plain dicts of records, or records left in the file (store.file_table).
        self.tables: dict[str, dict[str, Any]] = {
            kind: _copied(tables.get(kind, {})) for kind in KINDS
        }
        self.version = version
        self.patched_from: tuple[weakref.ref[Snapshot], frozenset[str]] | None = None

    def patched(self, changes: Mapping[str, Any], version: object) -> Snapshot:
        """A new snapshot with ``changes`` (id -> record, or None for removed) applied.

        What this snapshot already derived (sorted ids, claims by subject, links,
        search text, the search index) is carried over and mended for the records
        the change reaches, instead of being rebuilt over the whole database: after
        one edit among 100,000 records that is milliseconds, not seconds.
        """
        tables: dict[str, dict[str, Any]] = {}
        touched = {kind_of_id(record_id) for record_id in changes}
        for kind, table in self.tables.items():
            tables[kind] = _copied(table) if kind in touched else table
        before: dict[str, Any] = {}
        for record_id, record in changes.items():
            target = kind_of_id(record_id)
            if target is None:
                continue
            before[record_id] = self.tables[target].get(record_id)
            if record is None:
                tables[target].pop(record_id, None)
            else:
                tables[target][record_id] = record
        fresh = Snapshot.__new__(Snapshot)
        fresh.tables = tables
        fresh.version = version
        # Which snapshot this one was patched from, and the ids that changed: lets a view
        # mend what it made from that snapshot instead of comparing every record.
        fresh.patched_from = (weakref.ref(self), frozenset(changes))
        _carry_derived(self, fresh, before, changes, touched)
        return fresh

    def changed_since(self, other: Snapshot) -> frozenset[str] | None:
        """The ids that differ from ``other``, if this snapshot was patched from it."""
        origin = self.patched_from
        if origin is None or origin[0]() is not other:
            return None
        return origin[1]

    # -- lookups ------------------------------------------------------------
    @property
    def sources(self) -> dict[str, Source]:
        return self.tables["sources"]

    @property
    def sectors(self) -> dict[str, Sector]:
        return self.tables["sectors"]

    @property
    def orgs(self) -> dict[str, Org]:
        return self.tables["orgs"]

    @property
    def people(self) -> dict[str, Person]:
        return self.tables["people"]

    @property
    def projects(self) -> dict[str, Project]:
        return self.tables["projects"]

    @property
    def agreements(self) -> dict[str, Agreement]:
        return self.tables["agreements"]

    @property
    def claims(self) -> dict[str, Claim]:
        return self.tables["claims"]

    def counts(self) -> dict[str, int]:
        """Records per kind; kinds a large file's first snapshot has not laid out yet (see
        ``finish_reading``) are left out, not zero."""
        return {kind: len(table) for kind, table in self.tables.items() if _laid_out(table)}

    @property
    def in_file(self) -> bool:
        """True if its records are left in the file and read as they are used (a file of
        8 MB or more, see ``Store.first_snapshot``)."""
        return any(isinstance(table, FileTable) for table in self.tables.values())

    @property
    def all_read(self) -> bool:
        """False while a large file's claims and sources are not laid out (reading one of
        them waits for it: ``finish_reading`` in a thread, right after the first screen)."""
        return all(_laid_out(table) for table in self.tables.values())

    def finish_reading(self) -> None:
        """Find where the records of every table lie (a second at 100,000 projects)."""
        for table in self.tables.values():
            if isinstance(table, FileTable):
                table.sorted_ids()
        heap.give_back()  # the parse of each table's records, made and let go

    def get(self, record_id: str) -> Record:
        kind = kind_of_id(record_id)
        record: Record | None = self.tables[kind].get(record_id) if kind else None
        if record is None:
            raise NotFoundError(f"no record has id {record_id!r}")
        return record

    def find(self, record_id: str) -> Record | None:
        kind = kind_of_id(record_id)
        return self.tables[kind].get(record_id) if kind else None

    def record_set(self) -> RecordSet:
        return RecordSet(self.tables)

    def org_name(self, org_id: str) -> str:
        org = self.orgs.get(org_id)
        if org is None:
            return org_id
        return org.acronym or display_name(org.name) or org_id

    def sector_name(self, sector_id: str) -> str:
        sector = self.sectors.get(sector_id)
        return display_name(sector.name) if sector else sector_id

    def person_name(self, person_id: str) -> str:
        person = self.people.get(person_id)
        return display_name(person.name) if person else person_id

    def party_name(self, party: Party) -> str:
        """A party as a list of parties names it: an organisation by its acronym or name,
        a person by name."""
        return self.org_name(party.org) if party.org else self.person_name(party.person or "")

    def name_of(self, record_id: str) -> str:
        """Any record as another that points at it names it (its id if there is none)."""
        if record_id.startswith(KINDS["orgs"][0]):
            return self.org_name(record_id)
        found = self.find(record_id)
        return title_of(found) if found is not None else record_id

    # -- derived indexes ----------------------------------------------------
    @cached_property
    def claims_by_subject(self) -> dict[str, list[str]]:
        """Ids of the claims on each record, in id order."""
        self._group_claims()
        return self.__dict__["claims_by_subject"]  # type: ignore[no-any-return]

    @cached_property
    def claims_by_source(self) -> dict[str, list[str]]:
        """Ids of the claims quoting each source, in id order."""
        self._group_claims()
        return self.__dict__["claims_by_source"]  # type: ignore[no-any-return]

    def _group_claims(self) -> None:
        """Both groupings in one pass over the claims (of a claim in the file, only its
        subject and source are decoded)."""
        by_subject: dict[str, list[str]] = defaultdict(list)
        by_source: dict[str, list[str]] = defaultdict(list)
        table = self.claims
        claims = table.parts(_CLAIM_LINKS) if isinstance(table, FileTable) else table.items()
        for claim_id, claim in claims:
            by_subject[claim.subject].append(claim_id)
            by_source[claim.source].append(claim_id)
        for groups in (by_subject, by_source):
            for group in groups.values():
                group.sort()
        self.__dict__.setdefault("claims_by_subject", dict(by_subject))
        self.__dict__.setdefault("claims_by_source", dict(by_source))

    @property
    def links_ready(self) -> bool:
        """True once what a record's detail needs (its claims, its links) is derived."""
        return all(
            name in self.__dict__
            for name in ("claims_by_subject", "projects_by_agreement", "agreements_by_project")
        )

    def prepare_links(self) -> None:
        """Derive what a record's detail needs (seconds at 100,000 records: use a thread)."""
        self.claims_by_subject  # noqa: B018 - computing the cached properties is the point
        self.agreements_by_project  # noqa: B018

    def claims_citing(self, source_id: str) -> int:
        return len(self.claims_by_source.get(source_id, ()))

    def claims_for(self, record_id: str) -> list[Claim]:
        """The claims on ``record_id``, in id order."""
        return self._claims(self.claims_by_subject.get(record_id, ()))

    def claims_quoting(self, source_id: str) -> list[Claim]:
        """The claims quoting ``source_id``, in id order."""
        return self._claims(self.claims_by_source.get(source_id, ()))

    def _claims(self, ids: Sequence[str]) -> list[Claim]:
        table = self.claims
        if isinstance(table, FileTable):
            return [claim for _, claim in table.records(ids)]
        return [table[claim_id] for claim_id in ids]

    @cached_property
    def sector_children(self) -> dict[str, list[str]]:
        children: dict[str, list[str]] = defaultdict(list)
        for sector in self.sectors.values():
            if sector.parent is not None:
                children[sector.parent].append(sector.id)
        return dict(children)

    def sector_with_descendants(self, sector_id: str) -> set[str]:
        found: set[str] = set()
        stack = [sector_id]
        while stack:
            current = stack.pop()
            if current in found:
                continue
            found.add(current)
            stack.extend(self.sector_children.get(current, ()))
        return found

    @cached_property
    def projects_by_agreement(self) -> dict[str, set[str]]:
        """Links go both ways: an agreement's projects and a project's agreements."""
        links: dict[str, set[str]] = defaultdict(set)
        for project in self.projects.values():
            for agreement_id in project.agreements:
                links[agreement_id].add(project.id)
        for agreement in self.agreements.values():
            for project_id in agreement.projects:
                links[agreement.id].add(project_id)
        return dict(links)

    @cached_property
    def agreements_by_project(self) -> dict[str, list[str]]:
        links: dict[str, list[str]] = defaultdict(list)
        for agreement_id, project_ids in sorted(self.projects_by_agreement.items()):
            for project_id in project_ids:
                links[project_id].append(agreement_id)
        return dict(links)

    def agreements_of_project(self, project_id: str) -> list[str]:
        return self.agreements_by_project.get(project_id, [])

    def projects_of_agreement(self, agreement_id: str) -> list[str]:
        return sorted(self.projects_by_agreement.get(agreement_id, ()))

    def sectors_of(self, record: Project | Agreement) -> list[str]:
        if isinstance(record, Project):
            ids = [ref.sector for ref in record.sectors]
            ids += [c.sector for c in record.components if c.sector and c.sector not in ids]
            return ids
        ids = list(record.sectors)
        for project_id in self.projects_of_agreement(record.id):
            project = self.projects.get(project_id)
            if project is not None:
                ids += [s for s in self.sectors_of(project) if s not in ids]
        return ids

    def countries_of(self, record: Project | Agreement) -> set[str]:
        found: set[str] = set()
        found.update(record.countries)
        location = record.location if isinstance(record, Project) else None
        if location is not None and location.country:
            found.add(location.country)
        for party in record.parties:
            org = self.orgs.get(party.org or "")
            if org is not None and org.country:
                found.add(org.country)
        return found

    def referrers(self, record_id: str) -> list[str]:
        """Ids of the records that point at ``record_id`` (claims included): sectors,
        organisations, people (a role at an organisation), projects, agreements, then
        claims, each kind in id order."""
        users = sorted(s.id for s in self.sectors.values() if s.parent == record_id)
        users += sorted(o.id for o in self.orgs.values() if o.parent == record_id)
        users += sorted(
            p.id for p in self.people.values() if any(r.org == record_id for r in p.roles)
        )
        referring = self.references.get(record_id, ())
        users += [u for u in referring if u.startswith("prj-")]
        users += [u for u in referring if u.startswith("agr-")]
        claims = {
            *self.claims_by_subject.get(record_id, ()),
            *self.claims_by_source.get(record_id, ()),
        }
        return users + sorted(claims)

    @cached_property
    def references(self) -> dict[str, list[str]]:
        """Ids of the projects and agreements that point at each record (a sector, an
        organisation, a project, an agreement), in id order: one pass over them, kept (and
        mended by changes) for deletes and the details of sectors and organisations."""
        found: dict[str, list[str]] = defaultdict(list)
        for kind in INDEXED_KINDS:
            for record_id, record in self.tables[kind].items():
                for target in _targets(record):
                    found[target].append(record_id)
        for ids in found.values():
            ids.sort()
        return dict(found)

    # -- search -------------------------------------------------------------
    def search_text(self, record_id: str) -> str:
        """Folded text a free word is looked for in: names, places, parties, notes, quotes."""
        cache = self._search_cache
        text = cache.get(record_id)
        if text is None:
            text = cache[record_id] = fold(" \n ".join(self._search_parts(self.get(record_id))))
        return text

    def search_words(self, record_id: str, folder: WordFolder | None = None) -> set[str]:
        """The distinct words of ``search_text(record_id)``, without keeping the text;
        ``folder`` is shared by the records of one indexing pass (it folds each raw
        word once)."""
        parts = self._search_parts(self.get(record_id))
        return (WordFolder() if folder is None else folder).words(parts)

    @cached_property
    def _search_cache(self) -> dict[str, str]:
        return {}

    def _search_parts(self, record: Record) -> Iterable[str]:
        yield record.id
        if isinstance(record, (Sector, Org, Person, Project)):
            yield from record.name.values()
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
            for sector_id in self.sectors_of(record):
                yield self.sector_name(sector_id)
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
        for claim in self.claims_for(record.id):
            yield claim.quote
            yield claim.note or ""

    def _party_words(self, party: Party) -> Iterable[str]:
        """What a party adds to the words of a record: its names (an organisation's
        acronym too) and its role."""
        found = self.orgs.get(party.org) if party.org else self.people.get(party.person or "")
        if found is not None:
            yield from found.name.values()
            yield getattr(found, "acronym", None) or ""
        yield party.role or ""

    def sorted_ids(self, kind: str) -> list[str]:
        """Ids of ``kind`` in order (computed once per snapshot)."""
        cache = self._sorted_ids
        if kind not in cache:
            table = self.tables[kind]
            cache[kind] = table.sorted_ids() if isinstance(table, FileTable) else sorted(table)
        return cache[kind]

    @cached_property
    def _sorted_ids(self) -> dict[str, list[str]]:
        return {}

    @cached_property
    def index(self) -> SearchIndex:
        """The search index (built on first use, or ahead of time by ``index.build()``;
        its words may also be those an earlier session saved, ``SearchIndex.adopt_words``)."""
        return SearchIndex(self)

    @property
    def index_if_made(self) -> SearchIndex | None:
        """The search index if it was made already (asking ``index`` would make it)."""
        found: SearchIndex | None = self.__dict__.get("index")
        return found

    def select_ids(self, kind: str, flt: Filter | None = None) -> list[str]:
        """Ids of ``kind`` (in id order) that match ``flt``."""
        if flt is None or flt.is_empty:
            return self.sorted_ids(kind)
        if kind in INDEXED_KINDS:
            return self.index.select(kind, flt)
        return [record.id for record in self.select(kind, flt)]

    def select_positions(self, kind: str, flt: Filter | None = None) -> Sequence[int]:
        """Where the records of ``kind`` that match ``flt`` are in ``sorted_ids(kind)``."""
        ids = self.sorted_ids(kind)
        if flt is None or flt.is_empty:
            return range(len(ids))
        if kind in INDEXED_KINDS:
            return self.index.positions(kind, flt)
        wanted = set(self.select_ids(kind, flt))
        return [i for i, record_id in enumerate(ids) if record_id in wanted]

    def select(self, kind: str, flt: Filter | None = None) -> list[Any]:
        """Records of ``kind`` (in id order) that match ``flt``."""
        table = self.tables[kind]
        if kind in INDEXED_KINDS and flt is not None and not flt.is_empty:
            return [table[key] for key in self.index.select(kind, flt)]
        records = [table[key] for key in self.sorted_ids(kind)]
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
            for record in self.tables[kind].values():
                if not sectors.isdisjoint(self.sectors_of(record)):
                    parties.update(party.who for party in record.parties)
        return parties

    def resolve(self, flt: Filter) -> ResolvedFilter:
        """Turn names in a filter into ids; QueryError if a sector or org matches nothing."""
        sectors: set[str] | None = None
        if flt.sectors:
            sectors = set()
            for value in flt.sectors:
                hits = self._match_named(value, self.sectors.values(), extra=lambda s: ())
                if not hits:
                    raise QueryError(f"no sector matches '{shortened(value)}'")
                for sector_id in hits:
                    sectors |= self.sector_with_descendants(sector_id)
        orgs: set[str] | None = None
        if flt.orgs:
            orgs = set()
            for value in flt.orgs:
                hits = self._match_named(
                    value, self.orgs.values(), extra=lambda o: (o.acronym or "",)
                )
                if not hits:
                    raise QueryError(f"no organisation matches '{shortened(value)}'")
                orgs |= hits
        people: set[str] | None = None
        if flt.people:
            people = set()
            for value in flt.people:
                hits = self._match_named(value, self.people.values(), extra=lambda p: ())
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
            names = [record.id, record.id[4:], *record.name.values(), *extra(record)]
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
            return all(word in haystack for word in flt.words)
        return True

    def _party_record_matches(self, record: Project | Agreement, flt: ResolvedFilter) -> bool:
        if flt.sectors is not None and not flt.sectors.intersection(self.sectors_of(record)):
            return False
        if flt.countries is not None and not flt.countries & self.countries_of(record):
            return False
        if flt.orgs is not None and not any(p.org in flt.orgs for p in record.parties):
            return False
        return flt.people is None or any(p.person in flt.people for p in record.parties)


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


class ResolvedFilter:
    """A filter whose names are resolved to ids in one snapshot."""

    __slots__ = ("countries", "orgs", "people", "sectors", "statuses", "words")

    def __init__(
        self,
        words: tuple[str, ...],
        sectors: set[str] | None,
        statuses: set[str] | None,
        countries: set[str] | None,
        orgs: set[str] | None,
        people: set[str] | None = None,
    ) -> None:
        self.words = words
        self.sectors = sectors
        self.statuses = statuses
        self.countries = countries
        self.orgs = orgs
        self.people = people

    @property
    def structureless(self) -> bool:
        """True if it names no sector, country, organisation or person."""
        return (
            self.sectors is None
            and self.countries is None
            and self.orgs is None
            and self.people is None
        )


def _laid_out(table: Mapping[str, Any]) -> bool:
    return not isinstance(table, FileTable) or table.laid_out


def _copied(table: Mapping[str, Any]) -> dict[str, Any]:
    """A table of one's own to change: a dict, or records left in the file (cheap)."""
    return table.copy() if isinstance(table, FileTable) else dict(table)  # type: ignore[return-value]


def _carry_derived(
    old: Snapshot,
    fresh: Snapshot,
    before: Mapping[str, Any],
    after: Mapping[str, Any],
    touched: set[str | None],
) -> None:
    """Give ``fresh`` what ``old`` derived, mended for the records that changed."""
    derived = old.__dict__
    fresh._sorted_ids = {
        kind: ids if kind not in touched else _mended_ids(ids, kind, before, after)
        for kind, ids in derived.get("_sorted_ids", {}).items()
    }
    if "sectors" not in touched and "sector_children" in derived:
        fresh.sector_children = derived["sector_children"]
    if "claims" not in touched:
        for name in ("claims_by_subject", "claims_by_source"):
            if name in derived:
                fresh.__dict__[name] = derived[name]
    else:
        for name, key in (("claims_by_subject", "subject"), ("claims_by_source", "source")):
            if name in derived:
                fresh.__dict__[name] = _mended_groups(derived[name], key, before, after)
    if "references" in derived:
        fresh.__dict__["references"] = (
            _mended_references(derived["references"], before, after)
            if touched & {"projects", "agreements"}
            else derived["references"]
        )
    links_changed: set[str] = set()
    if touched & {"projects", "agreements"}:
        if "projects_by_agreement" in derived:
            links_changed = _mend_links(old, fresh, before, after)
    else:
        for name in ("projects_by_agreement", "agreements_by_project"):
            if name in derived:
                fresh.__dict__[name] = derived[name]
    # Records whose search text or index entry the change reaches.
    reached: set[str] = set()
    if touched & NAMED_KINDS:
        if "index" not in derived and "_search_cache" not in derived:
            return
        # A sector's, an organisation's or a person's name is a word of the records that
        # point at it, and an organisation's country is one of theirs: those are mended,
        # not every record.
        references = old.references
        for record_id in after:
            if kind_of_id(record_id) in NAMED_KINDS:
                reached.update(references.get(record_id, ()))
    for record_id, record in after.items():
        reached.add(record_id)
        for state in (before.get(record_id), record):
            if isinstance(state, Claim):
                reached.add(state.subject)
            elif isinstance(state, Project):
                reached.update(state.agreements)
            elif isinstance(state, Agreement):
                reached.update(state.projects)
    reached |= links_changed
    if "index" in derived or "_search_cache" in derived:
        # An agreement's sectors include those of its projects, linked from either side.
        for record_id in after:
            if kind_of_id(record_id) == "projects":
                reached.update(old.agreements_of_project(record_id))
                reached.update(fresh.agreements_of_project(record_id))
    if "_search_cache" in derived:
        texts = dict(derived["_search_cache"])  # a copy is a memcpy; a filtered one is not
        for record_id in reached:
            texts.pop(record_id, None)
        fresh._search_cache = texts
    if "index" in derived:
        fresh.index = derived["index"].patched(fresh, reached)


def _mended_ids(
    ids: list[str], kind: str, before: Mapping[str, Any], after: Mapping[str, Any]
) -> list[str]:
    """Sorted ids with the added ones put in place and the removed ones taken out."""
    added = [rid for rid, rec in after.items() if rec is not None and before.get(rid) is None]
    gone = {rid for rid, rec in after.items() if rec is None and before.get(rid) is not None}
    added = [rid for rid in added if kind_of_id(rid) == kind]
    if not added and not gone:
        return ids
    mended = [rid for rid in ids if rid not in gone] if gone else list(ids)
    for record_id in added:
        bisect.insort(mended, record_id)
    return mended


def _mended_groups(
    groups: dict[str, list[str]], key: str, before: Mapping[str, Any], after: Mapping[str, Any]
) -> dict[str, list[str]]:
    """Claim ids grouped by ``key`` (subject or source), with the changed claims moved."""
    mended = dict(groups)
    for record_id, new in after.items():
        old = before.get(record_id)
        if isinstance(old, Claim):
            group = getattr(old, key)
            mended[group] = [c for c in mended.get(group, ()) if c != record_id]
            if not mended[group]:
                del mended[group]
        if isinstance(new, Claim):
            group = getattr(new, key)
            ids = list(mended.get(group, ()))
            bisect.insort(ids, record_id)
            mended[group] = ids
    return mended


def _targets(record: Project | Agreement) -> set[str]:
    """The records ``record`` points at (sectors, parties, linked projects or agreements)."""
    parties = {party.org or party.person or "" for party in record.parties}
    if isinstance(record, Project):
        sectors = {ref.sector for ref in record.sectors}
        sectors.update(c.sector for c in record.components if c.sector)
        return parties | sectors | set(record.agreements)
    return parties | set(record.sectors) | set(record.projects)


def _mended_references(
    references: dict[str, list[str]], before: Mapping[str, Any], after: Mapping[str, Any]
) -> dict[str, list[str]]:
    """``Snapshot.references`` with the changed projects and agreements moved."""
    mended = dict(references)
    for record_id, new in after.items():
        old = before.get(record_id)
        was = _targets(old) if isinstance(old, (Project, Agreement)) else set()
        now = _targets(new) if isinstance(new, (Project, Agreement)) else set()
        for target in was - now:
            kept = [u for u in mended.get(target, ()) if u != record_id]
            if kept:
                mended[target] = kept
            else:
                mended.pop(target, None)
        for target in now - was:
            ids = list(mended.get(target, ()))
            bisect.insort(ids, record_id)
            mended[target] = ids
    return mended


def _mend_links(
    old: Snapshot, fresh: Snapshot, before: Mapping[str, Any], after: Mapping[str, Any]
) -> set[str]:
    """Carry the project–agreement links over; returns the records whose links changed."""
    links: dict[str, set[str]] = dict(old.projects_by_agreement)
    changed_projects: set[str] = set()
    affected: set[str] = set()
    for record_id, record in after.items():
        for state in (before.get(record_id), record):
            if isinstance(state, Project):
                changed_projects.add(record_id)
                affected.update(state.agreements)
            elif isinstance(state, Agreement):
                affected.add(record_id)
    projects, agreements = fresh.projects, fresh.agreements
    reached: set[str] = set()
    for agreement_id in affected:
        previous = links.get(agreement_id, set())
        members = {
            pid
            for pid in previous | changed_projects
            if pid in projects and agreement_id in projects[pid].agreements
        }
        agreement = agreements.get(agreement_id)
        if agreement is not None:
            members.update(agreement.projects)
        if members:
            links[agreement_id] = members
        else:
            links.pop(agreement_id, None)
        if members != previous:
            reached.add(agreement_id)
            reached.update(members ^ previous)
    fresh.projects_by_agreement = links
    if "agreements_by_project" in old.__dict__:
        by_project = dict(old.agreements_by_project)
        for project_id in {rid for rid in reached if kind_of_id(rid) == "projects"}:
            found = sorted(aid for aid in affected if project_id in links.get(aid, ()))
            kept = [a for a in by_project.get(project_id, ()) if a not in affected]
            merged = sorted(kept + found)
            if merged:
                by_project[project_id] = merged
            else:
                by_project.pop(project_id, None)
        fresh.agreements_by_project = by_project
    return reached
