"""A record's marks in one short cell: sources disagree, flagged, a value no source
backs, sources agree. The tables show them beside each name, so a reader sees at a
glance which records to look at twice."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .snapshot import Snapshot

# Each mark as a glyph, and as plain ASCII for terminals that lack the glyphs (the
# Linux console).
GLYPHS = {"conflict": "⚠", "flagged": "⚑", "unsourced": "?", "corroborated": "✓"}
ASCII = {"conflict": "!", "flagged": "F", "unsourced": "?", "corroborated": "+"}
MEANING = {
    "conflict": "sources disagree on a value, and no preferred claim settles it",
    "flagged": "the record has flags",
    "unsourced": "a field holds a value that no claim backs",
    "corroborated": "two stories or more agree on a value",
}


@dataclass(frozen=True)
class Marks:
    conflict: bool = False
    flagged: bool = False
    unsourced: bool = False
    corroborated: bool = False

    def text(self, *, plain: bool = False) -> str:
        """The marks as a cell: one character each, always in the same order."""
        glyphs = ASCII if plain else GLYPHS
        return "".join(glyphs[name] for name in GLYPHS if getattr(self, name))


def marks_of(snapshot: Snapshot, record: Any) -> Marks:
    """What is worth a second look in ``record``, as the snapshot's evidence says."""
    compared = snapshot.evidence.compared(record.id)
    return Marks(
        conflict=any(finding.resolved_by is None for finding in compared.conflicts),
        flagged=bool(getattr(record, "flags", None)),
        unsourced=bool(snapshot.evidence.unsourced(record)),
        corroborated=bool(compared.corroborations),
    )
