"""What the sources of each record of one snapshot say together: conflicts,
corroborations, how many stories back it, what no source states.

Derived per snapshot, record by record as they are asked for (``store.conflicts`` does
the comparing); the sources' stories (reprints grouped) are worked out once per
snapshot, for the sources asked about.
"""

from __future__ import annotations

import threading
from array import array
from collections.abc import Mapping
from functools import cached_property
from typing import Any, Protocol

from .claim_values import ClaimValueError, target, typed
from .conflicts import Comparison, Finding, Stories, compare
from .kinds import spec_for
from .models import Claim, Source
from .query import Filter
from .text import fold


class Claimed(Protocol):
    """What evidence reads of a snapshot: its sources, and the claims on a record."""

    @property
    def sources(self) -> Mapping[str, Source]: ...

    @property
    def claims(self) -> Mapping[str, Claim]: ...

    @property
    def tables(self) -> Mapping[str, Mapping[str, Any]]: ...

    def sorted_ids(self, kind: str) -> list[str]: ...

    def claims_for(self, record_id: str) -> list[Claim]: ...


# Fields no source is expected to state: what identifies or annotates a record.
_NOT_SOURCED = frozenset({"id", "flags", "notes", "agreements", "projects"})
# What the sources say of one record, as bits of one byte (``Evidence.marks``).
CONFLICT = 1  # sources disagree and nothing settled it
UNSOURCED = 2  # a field holds a value no claim backs
CORROBORATED = 4  # two stories agree on a value
FLAG = 8  # the curator flagged something (its ``flags``)
RESOLVED = 16  # sources disagree, and a preferred claim with a reason settled it
HAS_BITS = {
    "conflict": CONFLICT,
    "unsourced": UNSOURCED,
    "corroborated": CORROBORATED,
    "flag": FLAG,
}

# List fields whose items are things of their own, that belong to one record: a unit a
# source puts on another project is a disagreement between the two records.
_OWNED_ITEMS = frozenset({"components"})


class Evidence:
    """The sources' agreement on the records of one snapshot."""

    def __init__(self, snapshot: Claimed) -> None:
        self.snapshot = snapshot
        self._compared: dict[str, Comparison] = {}
        self._marks: dict[str, tuple[bytes, array[int]]] = {}
        self._weighing = threading.Lock()

    @cached_property
    def stories(self) -> Stories:
        return Stories(self.snapshot.sources)

    def compared(self, record_id: str) -> Comparison:
        """The conflicts and corroborations among the claims on ``record_id``, and the
        items its sources put on other records too (``elsewhere``)."""
        found = self._compared.get(record_id)
        if found is None:
            claims = self.snapshot.claims_for(record_id)
            found = compare(claims, self.snapshot.sources, self.stories)
            found.conflicts.extend(self._elsewhere(record_id, claims))
            self._compared[record_id] = found
        return found

    @cached_property
    def _named_items(self) -> dict[tuple[str, str], dict[str, list[str]]]:
        """(field, folded item name) -> subject -> the claims naming that item there, for
        the list fields whose items are things of their own (a project's components)."""
        named: dict[tuple[str, str], dict[str, list[str]]] = {}
        for claim in self.snapshot.claims.values():
            if claim.field not in _OWNED_ITEMS or claim.value is None:
                continue
            for name in _item_names(claim):
                subjects = named.setdefault((claim.field, name), {})
                subjects.setdefault(claim.subject, []).append(claim.id)
        return named

    def _elsewhere(self, record_id: str, claims: list[Claim]) -> list[Finding]:
        """An item one source puts on this record and another on another record: a
        conflict note on both (each names the other)."""
        findings: list[Finding] = []
        seen: set[tuple[str, str]] = set()
        for claim in claims:
            if claim.field not in _OWNED_ITEMS or claim.value is None:
                continue
            for name in _item_names(claim):
                key = (claim.field, name)
                holders = self._named_items.get(key, {})
                others = sorted(subject for subject in holders if subject != record_id)
                if not others or key in seen:
                    continue
                seen.add(key)
                ids = [claim_id for subject in sorted(holders) for claim_id in holders[subject]]
                values = [self.snapshot.claims[claim_id].value for claim_id in ids]
                stories = self.stories.count(self.snapshot.claims[i].source for i in ids)
                findings.append(
                    Finding(claim.field, name, values, ids, sources=stories, elsewhere=others)
                )
        return findings

    def mark_of(self, record: Any) -> int:
        """The bits (CONFLICT, UNSOURCED…) of one record."""
        compared = self.compared(record.id)
        bits = 0
        if any(finding.resolved_by is None for finding in compared.conflicts):
            bits |= CONFLICT
        elif compared.conflicts:
            bits |= RESOLVED
        if compared.corroborations:
            bits |= CORROBORATED
        if getattr(record, "flags", None):
            bits |= FLAG
        if self.unsourced(record):
            bits |= UNSOURCED
        return bits

    def marks(self, kind: str) -> tuple[bytes, array[int]]:
        """Each record of ``kind``, in sorted id order: its bits, and how many stories
        back it. Every record is weighed once per snapshot: seconds on a large database
        (the engine does it in the background, ``Stage.EVIDENCE``)."""
        found = self._marks.get(kind)
        if found is not None:
            return found
        with self._weighing:  # once, if a worker and a screen ask at the same time
            found = self._marks.get(kind)
            if found is not None:
                return found
            table = self.snapshot.tables[kind]
            records = [table[record_id] for record_id in self.snapshot.sorted_ids(kind)]
            bits = bytes(self.mark_of(record) for record in records)
            counts = array("l", (self.source_count(record.id) for record in records))
            found = self._marks[kind] = (bits, counts)
            return found

    def marks_made(self, kind: str) -> bool:
        return kind in self._marks

    def keeps(self, kind: str, flt: Filter) -> bytearray:
        """One byte per record of ``kind`` in sorted id order: 1 where the record has all
        of ``flt.has`` and its count of stories is in every range of ``flt.sources``."""
        bits, counts = self.marks(kind)
        wanted = 0
        for name in flt.has:
            wanted |= HAS_BITS[name]
        table = bytes(1 if value & wanted == wanted else 0 for value in range(256))
        kept = bytearray(bits.translate(table))
        for low, high in flt.sources:
            for position, count in enumerate(counts):
                if count < low or (high is not None and count > high):
                    kept[position] = 0
        return kept

    def source_count(self, record_id: str) -> int:
        """Distinct stories with a claim on the record (a reprint counts with its
        original); the curator's own claims count as one source like any other."""
        return self.stories.count(c.source for c in self.snapshot.claims_for(record_id))

    def unsourced(self, record: Any) -> list[str]:
        """Fields of ``record`` that hold a value no claim backs, in its spec's order."""
        claimed: set[str] = set()
        for claim in self.snapshot.claims_for(record.id):
            try:
                claimed.add(target(record.id, claim.field).spec.name)
            except ClaimValueError:
                continue
        spec = spec_for(record)
        return [
            field.name
            for field in spec.fields
            if field.name not in _NOT_SOURCED
            and field.name not in claimed
            and _holds(getattr(record, field.name, None))
        ]


def _item_names(claim: Claim) -> list[str]:
    """The folded names of the items a claim on an owned-item field names."""
    try:
        claimed = target(claim.subject, claim.field)
        value = typed(claimed, claim.value)
    except ClaimValueError:
        return []
    names: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        for text in (getattr(item, "name", None) or {}).values():
            if text and fold(text) not in names:
                names.append(fold(text))
    return names


def _holds(value: Any) -> bool:
    if value is None or value == "" or value == [] or value == {}:
        return False
    return not (isinstance(value, str) and value in ("unknown", "other"))
