"""What the sources of each record of one snapshot say together: conflicts,
corroborations, how many stories back it, what no source states.

Derived per snapshot, record by record as they are asked for (``store.conflicts`` does
the comparing); the sources' stories (reprints grouped) are worked out once per
snapshot, for the sources asked about.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any, Protocol

from .claim_values import ClaimValueError, target
from .conflicts import Comparison, Stories, compare
from .kinds import spec_for
from .models import Claim, Source


class Claimed(Protocol):
    """What evidence reads of a snapshot: its sources, and the claims on a record."""

    @property
    def sources(self) -> Mapping[str, Source]: ...

    def claims_for(self, record_id: str) -> list[Claim]: ...


# Fields no source is expected to state: what identifies or annotates a record.
_NOT_SOURCED = frozenset({"id", "flags", "notes", "agreements", "projects"})


class Evidence:
    """The sources' agreement on the records of one snapshot."""

    def __init__(self, snapshot: Claimed) -> None:
        self.snapshot = snapshot
        self._compared: dict[str, Comparison] = {}

    @cached_property
    def stories(self) -> Stories:
        return Stories(self.snapshot.sources)

    def compared(self, record_id: str) -> Comparison:
        """The conflicts and corroborations among the claims on ``record_id``."""
        found = self._compared.get(record_id)
        if found is None:
            claims = self.snapshot.claims_for(record_id)
            found = compare(claims, self.snapshot.sources, self.stories)
            self._compared[record_id] = found
        return found

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


def _holds(value: Any) -> bool:
    if value is None or value == "" or value == [] or value == {}:
        return False
    return not (isinstance(value, str) and value in ("unknown", "other"))
