"""Repairing ids that older versions of bilat accepted and this one refuses: an id with a
newline (or other white space) at its end, such as ``"prj-x\\n"``. Such a file still opens,
lists and exports, but ``bilat check`` reports each of these records, and no command can
name them (a shell drops the newline of an argument).

The repair gives each such record its id without the white space (or, when another record
holds that one already, the first of ``-2``, ``-3``… that is free) and makes every reference
to the old id, in any record or claim, a reference to the new one. ``Store.repair_ids``
writes it in one write: all of it, or nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import msgspec

from .ids import free_id
from .models import KINDS, Record
from .records import Records
from .validate import ID_PATTERN


@dataclass
class IdRepair:
    """What the repair writes: the new id of each old one (``renamed``), every record as it
    was (``before``) and as it will be (``puts``), and the old ids removed."""

    renamed: dict[str, str] = field(default_factory=dict)
    before: dict[str, Record] = field(default_factory=dict)
    puts: list[Record] = field(default_factory=list)

    @property
    def removes(self) -> list[str]:
        return list(self.renamed)

    @property
    def expected(self) -> dict[str, int]:
        """The revisions the repair was worked out from (0: the new id must be free)."""
        revisions = {record_id: record.rev for record_id, record in self.before.items()}
        revisions.update(dict.fromkeys(self.renamed.values(), 0))
        return revisions

    def repointed(self) -> list[str]:
        """The records, besides the renamed ones, whose references change."""
        return [record_id for record_id in self.before if record_id not in self.renamed]


def repairable(record_id: str) -> str | None:
    """The id ``record_id`` stands for, if it is refused only for white space at its ends."""
    stripped = record_id.strip()
    if stripped != record_id and ID_PATTERN.fullmatch(stripped):
        return stripped
    return None


def plan_id_repairs(records: Records) -> IdRepair:
    """The repair of every repairable id ``records`` holds (an empty plan: none)."""
    repair = IdRepair()
    held = {record_id for kind in KINDS for record_id in records.tables[kind]}
    for kind in KINDS:
        for record_id in records.tables[kind]:
            wanted = repairable(record_id)
            if wanted is None:
                continue
            new = free_id(lambda candidate: candidate in held, wanted)
            held.add(new)
            repair.renamed[record_id] = new
    if not repair.renamed:
        return repair
    for kind, (_prefix, cls) in KINDS.items():
        for record in records.tables[kind].values():
            plain = msgspec.to_builtins(record)
            moved = with_ids_renamed(plain, repair.renamed)
            if moved == plain and record.id not in repair.renamed:
                continue
            repair.before[record.id] = record
            repair.puts.append(msgspec.convert(moved, cls))
    return repair


def with_ids_renamed(value: Any, renamed: Mapping[str, str]) -> Any:
    """``value`` (a record or a claim's value, as plain data) with every text that is an
    old id of ``renamed`` made its new one: a record's own id, a claim's subject or source,
    a parent, a party, a link."""
    if isinstance(value, str):
        return renamed.get(value, value)
    if isinstance(value, dict):
        return {key: with_ids_renamed(item, renamed) for key, item in value.items()}
    if isinstance(value, list):
        return [with_ids_renamed(item, renamed) for item in value]
    return value
