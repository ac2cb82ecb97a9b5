"""A consistent view of the whole database: every record of one state, by kind and id.

A snapshot is built once per change of the database file and never mutated, so the
explorer can filter and sort it from any thread. What is derived from it lives in two
parts of their own, made on first use: its ``links`` (how records point at and name
each other, ``store.links``) and its ``search`` (texts, filters and the search index,
``store.search``). After a change, ``patched`` makes the next snapshot from this one,
carrying both over, mended where the change reaches.
"""

from __future__ import annotations

import bisect
import weakref
from collections.abc import Mapping
from functools import cached_property
from typing import Any

from .evidence import Evidence
from .kinds import NAMED_KINDS
from .links import Links
from .models import Agreement, Claim, Project, kind_of_id
from .query import Filter
from .records import Records, copied
from .search import Search


class Snapshot(Records):
    """Every record of one database state, with its links and its search."""

    def __init__(self, tables: Mapping[str, dict[str, Any]], version: object = None) -> None:
        super().__init__(tables, version)
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
            tables[kind] = copied(table) if kind in touched else table
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

    # -- its parts ------------------------------------------------------------
    @cached_property
    def links(self) -> Links:
        """How its records point at and name each other (``store.links``)."""
        return Links(self)

    @cached_property
    def evidence(self) -> Evidence:
        """What the sources of each record say together (``store.evidence``)."""
        return Evidence(self)

    @cached_property
    def search(self) -> Search:
        """Texts, filters and the search index (``store.search``)."""
        return Search(self, self.links, self.evidence)

    # The three questions nearly every screen and command asks, answered by the parts.
    def claims_for(self, record_id: str) -> list[Claim]:
        """The claims on ``record_id``, in id order."""
        return self.links.claims_for(record_id)

    def select(self, kind: str, flt: Filter | None = None) -> list[Any]:
        """Records of ``kind`` (in id order) that match ``flt``."""
        return self.search.select(kind, flt)

    def select_ids(self, kind: str, flt: Filter | None = None) -> list[str]:
        """Ids of ``kind`` (in id order) that match ``flt``."""
        return self.search.select_ids(kind, flt)


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
    links_changed: set[str] = set()
    if "links" in derived:
        fresh.links, links_changed = old.links.patched(fresh, before, after, touched)
    if "search" not in derived or not old.search.derived:
        return
    reached = _reached(old, fresh, after, touched) | links_changed
    fresh.search = old.search.patched(fresh, fresh.links, reached, fresh.evidence)


def _reached(
    old: Snapshot, fresh: Snapshot, after: Mapping[str, Any], touched: set[str | None]
) -> set[str]:
    """Records whose search text or index entry the change reaches: the changed ones, the
    subjects of changed claims, linked projects and agreements, and the records pointing
    at a renamed sector, organisation or person (its name is a word of theirs, and an
    organisation's country one of their countries)."""
    reached: set[str] = set()
    if touched & NAMED_KINDS:
        references = old.links.references
        for record_id in after:
            if kind_of_id(record_id) in NAMED_KINDS:
                reached.update(references.get(record_id, ()))
    before_of = old.find
    for record_id, record in after.items():
        reached.add(record_id)
        for state in (before_of(record_id), record):
            if isinstance(state, Claim):
                reached.add(state.subject)
            elif isinstance(state, Project):
                reached.update(state.agreements)
            elif isinstance(state, Agreement):
                reached.update(state.projects)
    # An agreement's sectors include those of its projects, linked from either side.
    for record_id in after:
        if kind_of_id(record_id) == "projects":
            reached.update(old.links.agreements_of_project(record_id))
            reached.update(fresh.links.agreements_of_project(record_id))
    return reached


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
