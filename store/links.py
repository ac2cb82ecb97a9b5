"""How the records of one snapshot point at and name each other.

Derived once per snapshot and kept: the claims on each record and quoting each source,
the sector tree, the links between projects and agreements (either side may hold
them), the records that point at each record (for deletes and the details of sectors,
organisations and people), and how a record names another. A snapshot patched after a
change carries them over, mended for the records the change reaches (``patched``),
instead of computing them again over the whole database.

A class of some 25 small lookups: each is one relation, and they share the caches.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any

import msgspec

from .file_table import FileTable
from .models import (
    KINDS,
    Agreement,
    Claim,
    Party,
    Project,
    display_name,
    kind_of_id,
    title_of,
)
from .records import Records

# The kinds whose records point at others (and are the index's).
POINTING_KINDS = ("projects", "agreements")


class _ClaimLinks(msgspec.Struct):
    """What grouping the claims reads of one: the rest of it is skipped, not decoded."""

    id: str
    subject: str
    source: str


_CLAIM_LINKS = msgspec.json.Decoder(_ClaimLinks)


class Links:
    """The relations between the records of one snapshot.

    Larger than a class should be, on purpose: every question here is answered from the
    same few derived maps (claims grouped, links between projects and agreements, who
    refers to whom), built once per snapshot and carried into the next by ``patched``;
    split, those maps would have to be shared between classes that then all know how
    they are mended."""

    def __init__(self, snapshot: Records) -> None:
        self.snapshot = snapshot

    # -- names ----------------------------------------------------------------
    def org_name(self, org_id: str) -> str:
        org = self.snapshot.orgs.get(org_id)
        if org is None:
            return org_id
        return org.acronym or display_name(org.name) or org_id

    def sector_name(self, sector_id: str) -> str:
        sector = self.snapshot.sectors.get(sector_id)
        return display_name(sector.name) if sector else sector_id

    def person_name(self, person_id: str) -> str:
        person = self.snapshot.people.get(person_id)
        return display_name(person.name) if person else person_id

    def party_name(self, party: Party) -> str:
        """A party as a list of parties names it: an organisation by its acronym or name,
        a person by name."""
        return self.org_name(party.org) if party.org else self.person_name(party.person or "")

    def name_of(self, record_id: str) -> str:
        """Any record as another that points at it names it (its id if there is none)."""
        if record_id.startswith(KINDS["orgs"][0]):
            return self.org_name(record_id)
        found = self.snapshot.find(record_id)
        return title_of(found) if found is not None else record_id

    # -- derived relations ------------------------------------------------------
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
        table = self.snapshot.claims
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
    def ready(self) -> bool:
        """True once what a record's detail needs (its claims, its links) is derived."""
        return all(
            name in self.__dict__
            for name in ("claims_by_subject", "projects_by_agreement", "agreements_by_project")
        )

    def prepare(self) -> None:
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
        table = self.snapshot.claims
        if isinstance(table, FileTable):
            return [claim for _, claim in table.records(ids)]
        return [table[claim_id] for claim_id in ids]

    @cached_property
    def sector_children(self) -> dict[str, list[str]]:
        children: dict[str, list[str]] = defaultdict(list)
        for sector in self.snapshot.sectors.values():
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
        for project in self.snapshot.projects.values():
            for agreement_id in project.agreements:
                links[agreement_id].add(project.id)
        for agreement in self.snapshot.agreements.values():
            for project_id in agreement.projects:
                links[agreement.id].add(project_id)
        return dict(links)

    @cached_property
    def agreements_by_project(self) -> dict[str, list[str]]:
        """Each project's agreements, in id order. Each project's few sorted apart: one
        sort of every agreement would be one long call into C (see ``store.steps``)."""
        links: dict[str, list[str]] = defaultdict(list)
        for agreement_id, project_ids in self.projects_by_agreement.items():
            for project_id in project_ids:
                links[project_id].append(agreement_id)
        for agreement_ids in links.values():
            agreement_ids.sort()
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
            project = self.snapshot.projects.get(project_id)
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
            org = self.snapshot.orgs.get(party.org or "")
            if org is not None and org.country:
                found.add(org.country)
        return found

    def referrers(self, record_id: str) -> list[str]:
        """Ids of the records that point at ``record_id`` (claims included): sectors,
        organisations, people (a role at an organisation), projects, agreements, then
        claims, each kind in id order."""
        users = sorted(s.id for s in self.snapshot.sectors.values() if s.parent == record_id)
        users += sorted(o.id for o in self.snapshot.orgs.values() if o.parent == record_id)
        users += sorted(
            p.id for p in self.snapshot.people.values() if any(r.org == record_id for r in p.roles)
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
        for kind in POINTING_KINDS:
            for record_id, record in self.snapshot.tables[kind].items():
                for target in _targets(record):
                    found[target].append(record_id)
        for ids in found.values():
            ids.sort()
        return dict(found)

    # -- after a change ----------------------------------------------------------
    def patched(
        self,
        fresh: Records,
        before: Mapping[str, Any],
        after: Mapping[str, Any],
        touched: set[str | None],
    ) -> tuple[Links, set[str]]:
        """These links for ``fresh``, a change later (``after``: id -> record or None,
        ``before``: what they were): what was derived carried over, mended where the
        change reaches; and the records whose project–agreement links changed."""
        derived = self.__dict__
        links = Links(fresh)
        if "sectors" not in touched and "sector_children" in derived:
            links.sector_children = derived["sector_children"]
        for name, key in (("claims_by_subject", "subject"), ("claims_by_source", "source")):
            if name in derived:
                links.__dict__[name] = (
                    derived[name]
                    if "claims" not in touched
                    else _mended_groups(derived[name], key, before, after)
                )
        if "references" in derived:
            links.__dict__["references"] = (
                _mended_references(derived["references"], before, after)
                if touched & {"projects", "agreements"}
                else derived["references"]
            )
        changed: set[str] = set()
        if touched & {"projects", "agreements"}:
            if "projects_by_agreement" in derived:
                changed = _mend_links(self, links, before, after)
        else:
            for name in ("projects_by_agreement", "agreements_by_project"):
                if name in derived:
                    links.__dict__[name] = derived[name]
        return links, changed


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
    old: Links, fresh: Links, before: Mapping[str, Any], after: Mapping[str, Any]
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
    projects, agreements = fresh.snapshot.projects, fresh.snapshot.agreements
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
