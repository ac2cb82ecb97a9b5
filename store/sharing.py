"""One string object for each repeated value of a large database's records.

A decoder makes a new ``str`` for every value it reads: the id of a sector that
40,000 projects cite is held 40,000 times, and so are country codes, roles,
units, dates and the subjects, sources and fields of claims. Pointing every
record at one shared copy of each frees about a third of the memory the
records take (at 100,000 projects: ~300 MB of strings, ~50 MB once shared).
The values are equal before and after: only their identity changes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .models import Agreement, Claim, DateValue, Project, Source

# Longer values (quotes, notes, texts) are seldom repeated: not worth a lookup.
SHORT = 64


class StringPool:
    """Hands out one shared object per distinct string value."""

    def __init__(self) -> None:
        self._pool: dict[str, str] = {}

    def __call__(self, value: str) -> str:
        return self._pool.setdefault(value, value)

    def optional(self, value: str | None) -> str | None:
        return None if value is None else self._pool.setdefault(value, value)

    def each(self, values: list[str]) -> list[str]:
        get = self._pool.setdefault
        return [get(value, value) for value in values]


def share_projects(projects: Iterable[Project], pool: StringPool) -> None:
    for project in projects:
        project.id = pool(project.id)  # the same object as the subject of its claims
        for ref in project.sectors:
            ref.sector = pool(ref.sector)
        project.countries = pool.each(project.countries)
        location = project.location
        if location is not None:
            location.country = pool.optional(location.country)
            location.region = pool.optional(location.region)
            location.locality = pool.optional(location.locality)
        for date in project.dates.values():
            _share_date(date, pool)
        for quantity in (*project.capacity, *project.jobs):
            quantity.raw = pool.optional(quantity.raw)
            quantity.unit = pool.optional(quantity.unit)
        for component in project.components:
            component.sector = pool.optional(component.sector)
        for party in project.parties:
            party.org = pool(party.org)
            party.role = pool.optional(party.role)
        project.agreements = pool.each(project.agreements)
        project.flags = pool.each(project.flags)


def share_agreements(agreements: Iterable[Agreement], pool: StringPool) -> None:
    for agreement in agreements:
        agreement.id = pool(agreement.id)
        agreement.countries = pool.each(agreement.countries)
        for party in agreement.parties:
            party.org = pool(party.org)
            party.role = pool.optional(party.role)
        for event in agreement.events:
            event.type = pool(event.type)
            if event.date is not None:
                _share_date(event.date, pool)
        agreement.sectors = pool.each(agreement.sectors)
        agreement.projects = pool.each(agreement.projects)
        agreement.flags = pool.each(agreement.flags)


def share_source(source: Source, pool: StringPool) -> Source:
    source.id = pool(source.id)  # the same object as the source of its claims
    source.lang = pool.optional(source.lang)
    source.publisher = pool.optional(source.publisher)
    return source


def share_claim(claim: Claim, pool: StringPool) -> Claim:
    claim.subject = pool(claim.subject)
    claim.field = pool(claim.field)
    claim.source = pool(claim.source)
    value: Any = claim.value
    if isinstance(value, str) and len(value) <= SHORT:
        claim.value = pool(value)
    note = claim.note
    if note is not None and len(note) <= SHORT:
        claim.note = pool(note)
    return claim


def _share_date(date: DateValue, pool: StringPool) -> None:
    date.raw = pool(date.raw)
    date.earliest = pool.optional(date.earliest)
    date.latest = pool.optional(date.latest)
