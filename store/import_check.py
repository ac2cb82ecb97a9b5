"""The reference checks of an import of any size, kept compact.

``validate.check_references`` reads the records it checks and those they point at,
all held in memory. An import read record by record (``store.bundle_reader``) keeps
instead, per record, only what those checks look up: the ids it points at (a set per
kind, shared by every record that points there), its parent if it names one of its own
kind, and its quotes, checked at once against the folded text of a source read before
(or kept until the database's sources can be read). Once every record is read, and
the database's state is fixed under the writers' lock, ``problems_remain`` says whether
anything is wrong; only then are the records read again to name the problems in the
order, and the words, of ``check_references`` (``ordered_problems``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import msgspec

from .models import KINDS, Claim, Record, Source, kind_of_id
from .text import fold_quote
from .validate import Problem, RecordSet, record_problems, references_of

# Records of the database, by kind and id, as the write sees them (read as needed).
Tables = Mapping[str, Mapping[str, Any]]


class _Quoted(msgspec.Struct):
    """What a claim's quote check reads of it (the rest is skipped)."""

    id: str
    source: str
    quote: str


_QUOTED = msgspec.json.Decoder(_Quoted)


class References:
    """What the records of an import point at, gathered as they are read."""

    def __init__(self) -> None:
        self.wanted: dict[str, set[str]] = defaultdict(set)
        self.parents: dict[str, dict[str, str]] = defaultdict(dict)
        self.folded: dict[str, str] = {}  # the import's sources: id -> folded text
        self.later: dict[str, list[str]] = defaultdict(list)  # source id -> quotes to check
        self.wrong = False  # a quote already found missing from its source
        self._names: dict[str, str] = {}

    def add(self, kind: str, record: Record) -> None:
        targets, parents, quotes = references_of(record)
        for target_kind, target in targets:
            self.wanted[target_kind].add(self._name(target))
        for _, parent in parents:
            self.parents[kind][record.id] = self._name(parent)
        if isinstance(record, Source):
            self.folded[record.id] = fold_quote(record.text)
        for _, source, quote in quotes:
            folded = self.folded.get(source)
            if folded is None:
                self.later[self._name(source)].append(quote)
            elif not _occurs(quote, folded):
                self.wrong = True

    def _name(self, record_id: str) -> str:
        """One string per id, however many records point at it."""
        return self._names.setdefault(record_id, record_id)

    def problems_remain(
        self, incoming: Mapping[str, Mapping[str, Any]], current: Tables, replaced_sources: set[str]
    ) -> bool:
        """True if ``check_references`` would find a problem with the import's records
        over ``current`` (the database as the write starts from, its claims citing a
        replaced source included). ``incoming`` holds the import's ids by kind."""
        if self.wrong:
            return True

        def has(kind: str, record_id: str) -> bool:
            if kind == "*":
                found = kind_of_id(record_id)
                kinds = [found] if found is not None else list(KINDS)
                return any(has(k, record_id) for k in kinds)
            return record_id in incoming.get(kind, {}) or record_id in current.get(kind, {})

        if any(not has(kind, target) for kind, ids in self.wanted.items() for target in ids):
            return True
        if any(self._loops(kind, incoming, current) for kind in self.parents):
            return True
        for source, quotes in self.later.items():
            folded = self.folded.get(source)
            if folded is None:
                stored = current.get("sources", {}).get(source)
                if not isinstance(stored, Source):
                    continue  # a dangling source: counted above
                folded = fold_quote(stored.text)
            if not all(_occurs(quote, folded) for quote in quotes):
                return True
        if replaced_sources:
            for claim in stored_claims(current, incoming.get("claims", {})):
                folded = self.folded.get(claim.source)
                replaced = claim.source in replaced_sources and folded is not None
                if replaced and not _occurs(claim.quote, folded or ""):
                    return True
        return False

    def _loops(self, kind: str, incoming: Mapping[str, Any], current: Tables) -> bool:
        """True if a parent chain of the import's records of ``kind`` loops."""
        ours = self.parents[kind]
        theirs = current.get(kind, {})
        mine = incoming.get(kind, {})

        def parent_of(record_id: str) -> str | None:
            if record_id in mine:
                return ours.get(record_id)
            record = theirs.get(record_id)
            return _parent(record, kind) if record is not None else None

        for start, first in ours.items():
            seen = {start}
            parent: str | None = first
            while parent is not None:
                if parent in seen:
                    return True
                seen.add(parent)
                parent = parent_of(parent)
        return False


def _parent(record: Any, kind: str) -> str | None:
    """The parent a stored record of ``kind`` names (``references_of``' own-kind ref)."""
    _, parents, _ = references_of(record)
    return parents[0][1] if parents else None


def _occurs(quote: str, folded_text: str) -> bool:
    folded = fold_quote(quote)
    return bool(folded) and folded in folded_text


def stored_claims(current: Tables, replaced: Mapping[str, Any]) -> Iterator[_Quoted | Claim]:
    """The database's claims the import does not replace, as much of them as a quote check
    reads (decoded from the file only so far, where they are left in it)."""
    claims = current.get("claims", {})
    parts = getattr(claims, "parts", None)
    found: Any = parts(_QUOTED) if callable(parts) else claims.items()
    for claim_id, claim in found:
        if claim_id not in replaced:
            yield claim


class _Combined(Mapping[str, Any]):
    """A table of the import's records (decoded again when read) over the database's."""

    def __init__(
        self, ids: Mapping[str, Any], read: Callable[[str], Record], stored: Mapping[str, Any]
    ) -> None:
        self._ids = ids
        self._read = read
        self._stored = stored

    def __getitem__(self, key: str) -> Any:
        if key in self._ids:
            return self._read(key)
        return self._stored[key]

    def __contains__(self, key: object) -> bool:
        return key in self._ids or key in self._stored

    def __iter__(self) -> Iterator[str]:
        yield from self._ids
        yield from (key for key in self._stored if key not in self._ids)

    def __len__(self) -> int:
        return len(self._ids) + sum(1 for key in self._stored if key not in self._ids)


def ordered_problems(
    incoming: Mapping[str, Mapping[str, Any]],
    read: Callable[[str, str], Record],
    current: Tables,
    replaced_sources: set[str],
) -> list[Problem]:
    """The problems ``check_references`` finds with the import's records and the claims
    citing the sources it replaces, in its order: records in the import's order, claims
    after them by source. Each record is read again, one at a time."""
    tables = {
        kind: _Combined(
            incoming.get(kind, {}),
            lambda record_id, kind=kind: read(kind, record_id),  # type: ignore[misc]
            current.get(kind, {}),
        )
        for kind in KINDS
    }
    records = RecordSet(tables)
    problems: list[Problem] = []
    for kind in KINDS:
        if kind == "claims":
            continue
        for record_id in incoming.get(kind, {}):
            problems.extend(record_problems(tables[kind][record_id], records))
    claims: list[tuple[str, str]] = []
    for record_id in incoming.get("claims", {}):
        claim = tables["claims"][record_id]
        claims.append((claim.source, record_id))
    if replaced_sources:
        for claim in stored_claims(current, incoming.get("claims", {})):
            if claim.source in replaced_sources:
                claims.append((claim.source, claim.id))
    claims.sort(key=lambda pair: pair[0])
    for _, record_id in claims:
        problems.extend(record_problems(tables["claims"][record_id], records))
    return problems
