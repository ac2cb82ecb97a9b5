"""The parties (organisations and people) as an analyst asks about them: what each is
party to, who belongs where, and who signed what with whom.

Read from one snapshot in one pass over the projects and agreements; the explorer's
organisations pane draws it, a script may print it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from .models import Party, display_name
from .snapshot import Snapshot
from .text import fold


@dataclass(frozen=True)
class Tie:
    """A record a party is party to, and its role there ('' if none is given)."""

    record_id: str
    role: str


@dataclass
class PartyTies:
    """One organisation or person: the projects and agreements it is party to."""

    party_id: str
    projects: list[Tie] = field(default_factory=list)
    agreements: list[Tie] = field(default_factory=list)


@dataclass(frozen=True)
class Member:
    """A person under an organisation, with the title of their role there."""

    person_id: str
    title: str


@dataclass(frozen=True)
class Pair:
    """Two parties (ids in order) and the agreements both are party to."""

    first: str
    second: str
    agreements: tuple[str, ...]


@dataclass
class Parties:
    """Every organisation (by country, then name) with its people and ties; the people
    under no organisation; the pairs of parties that share agreements (most first)."""

    orgs: list[str]
    members: dict[str, list[Member]]
    loose_people: list[str]
    ties: dict[str, PartyTies]
    pairs: list[Pair]

    def ties_of(self, party_id: str) -> PartyTies:
        return self.ties.get(party_id) or PartyTies(party_id)


def parties_of(snapshot: Snapshot) -> Parties:
    """The parties of ``snapshot`` (see ``Parties``)."""
    orgs = snapshot.tables["orgs"]
    people = snapshot.tables["people"]
    names = snapshot.links
    ordered = sorted(orgs.values(), key=lambda org: (org.country or "~", fold(_name(org))))
    members: dict[str, list[Member]] = {}
    loose: list[str] = []
    for person in sorted(people.values(), key=lambda p: fold(_name(p))):
        placed = False
        for role in person.roles:
            if role.org and role.org in orgs:
                members.setdefault(role.org, []).append(Member(person.id, display_name(role.title)))
                placed = True
        if not placed:
            loose.append(person.id)
    ties: dict[str, PartyTies] = {}
    together: dict[tuple[str, str], list[str]] = {}
    for kind in ("projects", "agreements"):
        for record in snapshot.tables[kind].values():
            who = _parties(record.parties)
            for party_id, role in who.items():
                tie = ties.setdefault(party_id, PartyTies(party_id))
                (tie.projects if kind == "projects" else tie.agreements).append(
                    Tie(record.id, role)
                )
            if kind == "agreements":
                for first, second in combinations(sorted(who), 2):
                    together.setdefault((first, second), []).append(record.id)
    pairs = [
        Pair(first, second, tuple(sorted(agreements)))
        for (first, second), agreements in together.items()
    ]
    pairs.sort(key=lambda pair: (-len(pair.agreements), names.name_of(pair.first).casefold()))
    return Parties([org.id for org in ordered], members, loose, ties, pairs)


def _parties(parties: Iterable[Party]) -> dict[str, str]:
    """Each party's id and its roles (a party listed twice: both roles)."""
    found: dict[str, str] = {}
    for party in parties:
        who = party.who
        if not who:
            continue
        role = party.role or ""
        found[who] = (
            f"{found[who]}, {role}" if found.get(who) and role else role or found.get(who, "")
        )
    return found


def _name(record: Any) -> str:
    return display_name(record.name) or record.id
