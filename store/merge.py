"""Merging two records that are one (a project entered twice, an organisation under two
names): what the merge writes, worked out from one snapshot, written by ``Store.merge``.

What moves from OTHER into KEEP:

* claims on OTHER: their ``subject`` becomes KEEP (their ids stay);
* every reference to OTHER in another record points to KEEP (a list that then names KEEP
  twice keeps it once);
* OTHER's name (or title), and its aliases, become KEEP's aliases, except the texts KEEP's
  name already holds;
* a field of KEEP that is empty takes OTHER's value; lists take the union, without
  duplicates; maps (dates, codes, a name's languages) take the keys KEEP lacks;
* where both hold different values, KEEP's stay: KEEP was chosen as the record that is
  right. OTHER's value is not lost: it is written into KEEP's notes ("Merged from …")
  for the kinds that have notes (projects, agreements, people), listed in the plan
  (``kept``: what the confirmation and ``bilat merge`` say) and kept in the history.

OTHER is removed, in the same write.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import msgspec

from .errors import NotFoundError, UsageError
from .id_repair import with_ids_renamed
from .kinds import FieldSpec, spec_for
from .models import Claim, LocalText, Record, Role, kind_of_id, title_of
from .snapshot import Snapshot

# The kinds whose records can be merged (a source or a claim is not a thing named twice).
MERGEABLE = ("projects", "agreements", "orgs", "people", "sectors")
# Fields never taken from OTHER: its id, and what the merge handles itself.
_OWN = {"id", "aliases"}


@dataclass
class MergePlan:
    """What merging ``other`` into ``keep`` writes: every record as it was (``before``) and
    as it will be (``after``; None: removed), and what OTHER held that KEEP kept over it."""

    keep: str
    other: str
    claims: list[str] = field(default_factory=list)
    repointed: list[str] = field(default_factory=list)
    taken: list[str] = field(default_factory=list)  # fields of KEEP filled from OTHER
    kept: list[str] = field(default_factory=list)  # "field: OTHER's value", not taken
    aliases: list[str] = field(default_factory=list)
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)

    @property
    def puts(self) -> list[Record]:
        return [record for record in self.after.values() if record is not None]

    @property
    def expected(self) -> dict[str, int]:
        """The revisions the plan was made from: a record changed since conflicts."""
        return {record_id: record.rev for record_id, record in self.before.items()}

    def describe(self) -> str:
        """One paragraph: what moves, what is kept, what goes."""
        parts = [f"merge {self.other} into {self.keep}"]
        if self.claims:
            parts.append(f"move its {len(self.claims)} claim(s)")
        if self.repointed:
            parts.append(f"point {', '.join(self.repointed)} to {self.keep}")
        if self.aliases:
            parts.append(f"keep {'; '.join(self.aliases)} as alias(es)")
        if self.taken:
            parts.append(f"take {', '.join(self.taken)} from {self.other}")
        if self.kept:
            parts.append(f"keep {self.keep}'s values over {'; '.join(self.kept)}")
        parts.append(f"remove {self.other}")
        return "; ".join(parts)


def plan_merge(snapshot: Snapshot, keep_id: str, other_id: str) -> MergePlan:
    """The merge of ``other_id`` into ``keep_id`` as ``snapshot`` holds them; UsageError
    (one line) for two kinds, a record into itself or a kind that is not merged,
    NotFoundError for an id that is not there."""
    for record_id in (keep_id, other_id):
        if snapshot.find(record_id) is None:
            raise NotFoundError(f"no record has id {record_id!r}")
    if keep_id == other_id:
        raise UsageError(f"cannot merge {keep_id} into itself")
    kind = kind_of_id(keep_id)
    if kind != kind_of_id(other_id):
        raise UsageError(
            f"cannot merge {other_id} into {keep_id}: records of different kinds "
            f"({kind_of_id(other_id)}, {kind})"
        )
    if kind not in MERGEABLE:
        raise UsageError(f"cannot merge {kind}: only {', '.join(MERGEABLE)} are merged")
    keep, other = snapshot.get(keep_id), snapshot.get(other_id)
    plan = MergePlan(keep_id, other_id)
    plan.before[keep_id], plan.before[other_id] = keep, other
    plan.after[other_id] = None
    merged = _merged(keep, other, plan)
    for user_id in snapshot.links.referrers(other_id):
        if user_id in (keep_id, other_id):
            continue
        user = snapshot.get(user_id)
        if isinstance(user, Claim) and user.subject == other_id:
            moved: Record = msgspec.structs.replace(user, subject=keep_id)
            plan.claims.append(user_id)
        else:
            moved = repointed(user, other_id, keep_id)
            plan.repointed.append(user_id)
        plan.before[user_id] = user
        plan.after[user_id] = moved
    for claim in snapshot.claims.values():
        # A claim's value may name OTHER (a party, a linked agreement): it names KEEP now.
        if claim.id in plan.before or not _names(claim.value, other_id):
            continue
        plan.before[claim.id] = claim
        plan.after[claim.id] = msgspec.structs.replace(
            claim, value=with_ids_renamed(claim.value, {other_id: keep_id})
        )
        plan.repointed.append(claim.id)
    plan.after[keep_id] = merged
    return plan


def _names(value: Any, record_id: str) -> bool:
    if isinstance(value, str):
        return value == record_id
    if isinstance(value, dict):
        return any(_names(item, record_id) for item in value.values())
    if isinstance(value, list):
        return any(_names(item, record_id) for item in value)
    return False


def _merged(keep: Record, other: Record, plan: MergePlan) -> Record:
    """KEEP with OTHER's values where KEEP has none, OTHER's names as aliases, and its
    references to OTHER (and OTHER's to KEEP) taken out: a record cannot name itself."""
    spec = spec_for(keep)
    changes: dict[str, Any] = {}
    differing: list[tuple[str, Any]] = []
    for field_spec in spec.fields:
        name = field_spec.name
        if name in _OWN:
            continue
        mine, theirs = getattr(keep, name), getattr(other, name)
        value, lost = _combined(field_spec, mine, theirs, spec.default(name))
        if value != mine:
            changes[name] = value
            plan.taken.append(name)
        if lost is not None and name != spec.title_field:  # other names become aliases
            differing.append((name, lost))
    title = spec.title_field
    name_now: LocalText = changes.get(title, getattr(keep, title))
    aliases = list(getattr(keep, "aliases", []))
    for alias in [getattr(other, title), *getattr(other, "aliases", [])]:
        left = {
            lang: text for lang, text in alias.items() if text and text not in name_now.values()
        }
        if left and left not in aliases:
            aliases.append(left)
            plan.aliases.append(" / ".join(left.values()))
    changes["aliases"] = aliases
    for name, lost in differing:
        plan.kept.append(f"{name}: {_short(lost)}")
    if differing and any(f.name == "notes" for f in spec.fields):
        lines = [f"Merged from {other.id} ({title_of(other)}), values not kept:"]
        lines += [f"- {name}: {_short(lost)}" for name, lost in differing]
        notes = changes.get("notes", getattr(keep, "notes", None))
        changes["notes"] = "\n".join([notes, *lines] if notes else lines)
    merged: Record = msgspec.structs.replace(keep, **changes)
    # A reference to OTHER now names KEEP itself (a parent), as does OTHER's to KEEP.
    return _without_self(repointed(merged, other.id, keep.id))


def _combined(spec: FieldSpec, mine: Any, theirs: Any, default: Any) -> tuple[Any, Any]:
    """KEEP's value of a field combined with OTHER's, and OTHER's value that was not kept
    (None: nothing lost)."""
    if _empty(theirs, default) or theirs == mine:
        return mine, None
    if _empty(mine, default):
        return theirs, None
    if spec.name == "notes":
        return f"{mine}\n{theirs}", None
    if isinstance(mine, list):
        return _union(spec, mine, theirs), None
    if isinstance(mine, dict):
        combined = dict(mine)
        for key, value in theirs.items():
            combined.setdefault(key, value)
        lost = {k: v for k, v in theirs.items() if k in mine and mine[k] != v}
        return combined, (lost or None)
    return mine, theirs


def _empty(value: Any, default: Any) -> bool:
    """Nothing stated: no value, an empty one, or a choice left at its default."""
    return value is None or value == "" or value == [] or value == {} or value == default


def _union(spec: FieldSpec, mine: list[Any], theirs: list[Any]) -> list[Any]:
    """KEEP's items, then OTHER's that are not among them. Sectors are told apart by their
    sector (one primary at most: KEEP's, if it has one)."""
    if spec.type == "sector_refs":
        have = {ref.sector for ref in mine}
        has_primary = any(ref.primary for ref in mine)
        added = [
            msgspec.structs.replace(ref, primary=ref.primary and not has_primary)
            for ref in theirs
            if ref.sector not in have
        ]
        return [*mine, *added]
    return [*mine, *(item for item in theirs if item not in mine)]


def _short(value: Any, limit: int = 80) -> str:
    text = value if isinstance(value, str) else msgspec.json.encode(value).decode()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def repointed(record: Record, old: str, new: str) -> Record:
    """``record`` with every reference to ``old`` made one to ``new``, field by field as its
    kind's spec types them; an item that then repeats another is dropped."""
    changes: dict[str, Any] = {}
    for field_spec in spec_for(record).fields:
        move = _MOVES.get(field_spec.type)
        if move is None:
            continue
        value = getattr(record, field_spec.name)
        moved = move(value, old, new)
        if moved != value:
            changes[field_spec.name] = moved
    return msgspec.structs.replace(record, **changes) if changes else record


def _without_self(record: Record) -> Record:
    """A record that would name itself as its own parent names none."""
    if getattr(record, "parent", None) == record.id:
        return msgspec.structs.replace(record, parent=None)  # type: ignore[call-arg]
    return record


def _unique(items: list[Any], key: Callable[[Any], Any] = lambda item: item) -> list[Any]:
    seen: list[Any] = []
    kept = []
    for item in items:
        if key(item) not in seen:
            seen.append(key(item))
            kept.append(item)
    return kept


def _move_sector_refs(items: list[Any], old: str, new: str) -> list[Any]:
    if not any(item.sector == old for item in items):
        return items
    moved = [msgspec.structs.replace(i, sector=new) if i.sector == old else i for i in items]
    primary = any(item.primary for item in moved if item.sector == new)
    kept = _unique(moved, lambda item: item.sector)
    return [msgspec.structs.replace(i, primary=primary) if i.sector == new else i for i in kept]


def _move_parties(items: list[Any], old: str, new: str) -> list[Any]:
    if not any(item.who == old for item in items):
        return items
    moved = [
        msgspec.structs.replace(i, **{"org" if i.org == old else "person": new})
        if i.who == old
        else i
        for i in items
    ]
    return _unique(moved, lambda item: (item.who, item.role))


def _move_roles(roles: list[Role], old: str, new: str) -> list[Role]:
    if not any(role.org == old for role in roles):
        return roles
    return _unique([msgspec.structs.replace(r, org=new) if r.org == old else r for r in roles])


# For the field types that hold references, the value with ``old`` made ``new``.
_MOVES: dict[str, Callable[[Any, str, str], Any]] = {
    "ref": lambda value, old, new: new if value == old else value,
    "refs": lambda items, old, new: (
        _unique([new if item == old else item for item in items]) if old in items else items
    ),
    "sector_refs": _move_sector_refs,
    "parties": _move_parties,
    "components": lambda items, old, new: [
        msgspec.structs.replace(c, sector=new) if c.sector == old else c for c in items
    ],
    "roles": _move_roles,
}
