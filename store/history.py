"""Undo and redo of this session's changes, safe against other people's changes.

Each step remembers the records it touched before and after. Undoing writes
the "before" versions back, but only if nobody changed those records since
(the store's revision check): otherwise it raises ConflictError and nothing is
written, so an undo never erases a colleague's work.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .errors import BilatError
from .merge import MergePlan
from .models import Record
from .store import DeletePlan, Store

State = dict[str, Any]  # record id -> record (with its revision) or None (absent)


@dataclass
class Step:
    label: str
    now: State  # the records as this session left them
    other: State  # what undo (or redo) puts back


class NothingToUndo(BilatError):
    """The history is empty in that direction."""


class History:
    """Saves and deletes through the store, remembering how to take them back."""

    def __init__(self, store: Store, limit: int = 200) -> None:
        self.store = store
        self.limit = limit
        self._undo: list[Step] = []
        self._redo: list[Step] = []

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def save(self, record: Record, *, expected_rev: int | None, label: str = "") -> Record:
        """Write one record (ConflictError if it changed since ``expected_rev``)."""
        before = self.store.snapshot().find(record.id)
        if before is not None and expected_rev is not None and before.rev != expected_rev:
            before = None  # our snapshot is stale; the store will report the conflict
        written = self.store.upsert(record, expected_rev=expected_rev)
        if before is None and expected_rev not in (None, 0):
            before = self.store.snapshot().find(record.id)
        self._push(label or f"save {record.id}", {record.id: written}, {record.id: before})
        return written

    def save_many(
        self, records: list[Record], *, expected: Mapping[str, int], label: str
    ) -> list[Record]:
        """Write several records at once, as one step (ConflictError, nothing written, if
        any changed since the revision in ``expected``)."""
        current = self.store.snapshot()
        before: State = {}
        for record in records:
            found = current.find(record.id)
            stale = found is not None and found.rev != expected.get(record.id)
            before[record.id] = None if stale else found
        written = self.store.upsert_many(records, expected=expected)
        self._push(label, {record.id: record for record in written}, before)
        return written

    def delete(
        self, record_id: str, *, expected_rev: int | None = None, cascade: bool = False
    ) -> DeletePlan:
        plan = self.store.delete(record_id, expected_rev=expected_rev, cascade=cascade)
        self._push(f"delete {record_id}", dict(plan.after), dict(plan.before))
        return plan

    def merge(self, plan: MergePlan) -> MergePlan:
        """Merge as ``plan`` says (``Store.merge``); undo puts back the record merged away,
        the claims' subjects and every reference, as they were."""
        written = self.store.merge(plan.keep, plan.other, plan=plan)
        self._push(f"merge {plan.other} into {plan.keep}", dict(written.after), dict(plan.before))
        return written

    def undo(self) -> str:
        """Take back the last step; returns its label."""
        if not self._undo:
            raise NothingToUndo("nothing to undo")
        step = self._undo[-1]
        written = self._transition(step.now, step.other)
        self._undo.pop()
        _carry_revisions(self._undo, step.other, written)
        self._redo.append(Step(step.label, written, step.now))
        return step.label

    def redo(self) -> str:
        if not self._redo:
            raise NothingToUndo("nothing to redo")
        step = self._redo[-1]
        written = self._transition(step.now, step.other)
        self._redo.pop()
        _carry_revisions(self._redo, step.other, written)
        self._undo.append(Step(step.label, written, step.now))
        return step.label

    def _push(self, label: str, now: State, before: State) -> None:
        self._undo.append(Step(label, now, before))
        del self._undo[: -self.limit]
        self._redo.clear()

    def _transition(self, now: Mapping[str, Any], target: Mapping[str, Any]) -> State:
        """Move the records from ``now`` to ``target`` in one write; ConflictError if moved on."""
        puts = [record for record in target.values() if record is not None]
        removes = [rid for rid, record in target.items() if record is None and now.get(rid)]
        expected = {rid: (record.rev if record is not None else 0) for rid, record in now.items()}
        written = {
            record.id: record for record in self.store.apply(puts, removes, expected=expected)
        }
        return {rid: written.get(rid) for rid in target}


def _carry_revisions(stack: list[Step], target: Mapping[str, Any], written: State) -> None:
    """Let the older steps of ``stack`` accept the records an undo (or redo) just wrote.

    Undoing step k writes back the records as step k-1 left them, but as a new
    revision. Without this, undoing step k-1 would see that new revision, take it
    for someone else's change and refuse. Only a record that is exactly what the
    older step left (same revision) is carried over; one that someone else
    changed in between still conflicts.
    """
    for record_id, new in written.items():
        old = target.get(record_id)
        if new is None or old is None:
            continue
        for step in reversed(stack):
            if record_id in step.now:
                left = step.now[record_id]
                if left is not None and left.rev == old.rev:
                    step.now[record_id] = new
                break
