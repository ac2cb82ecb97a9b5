"""What an import did: how many records it added and replaced, per kind."""

from __future__ import annotations

from dataclasses import dataclass, field

from .models import KINDS


@dataclass
class ImportSummary:
    """How many records an import added and replaced, per kind."""

    added: dict[str, int] = field(default_factory=dict)
    replaced: dict[str, int] = field(default_factory=dict)

    @property
    def total_added(self) -> int:
        return sum(self.added.values())

    @property
    def total_replaced(self) -> int:
        return sum(self.replaced.values())

    def __str__(self) -> str:
        parts = []
        for kind in KINDS:
            added, replaced = self.added.get(kind, 0), self.replaced.get(kind, 0)
            if added or replaced:
                parts.append(f"{kind} {added} added, {replaced} replaced")
        detail = "; ".join(parts) if parts else "nothing to import"
        return (
            f"imported {self.total_added + self.total_replaced} records "
            f"({self.total_added} added, {self.total_replaced} replaced): {detail}"
        )
