"""Where the sources of one record agree and where they disagree, field by field and item
by item.

Each claim is cut into *facets*: one per thing it states — a job count of one job type,
a name in one language, one part of a location, one date of ``dates``, one party, one
component (``store.claim_values`` says which item a value is). Facets on the same field
and item are compared, and those that agree in substance form a group:

* figures agree when they can be the same figure: equal numbers, whatever their
  precision ("5 000" and "environ 5 000"), an approximate one within a tenth, a figure
  inside a range or a vague order of magnitude ("des milliers": 1 000 to 9 999);
* dates agree when their bounds overlap; words relative to the day they were written
  ("il y a quelques jours") are placed against their source's publication date
  (``dates.placed``), and two dates that cannot be placed agree only in the same words;
* texts agree when equal once folded (case, accents, spacing); objects agree field by
  field where both state a value (an omitted or null part states nothing).

Two groups on one field and item are a **conflict**; a group backed by two or more
distinct *stories* is a **corroboration**. A story is a source and its reprints:
sources whose texts are near-duplicates (a syndicated dispatch reprinted) count once
(``Stories``). A vague value that fits several precise ones backs each of them and
is never a side of the conflict itself. A conflict is *resolved* when exactly one of
its groups holds a preferred claim that gives a reason: the record shows that value,
and the conflict stays listed, as resolved.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as default
from typing import Any

import msgspec

from .claim_values import ClaimTarget, ClaimValueError, target, typed
from .dates import placed
from .models import Claim, DateValue, Quantity, Source
from .text import fold

# An approximate figure ("environ 5 000") agrees with figures within this share of it.
APPROX_SHARE = 0.1
# Two source texts sharing this share of their word shingles are one story reprinted.
REPRINT_SHARE = 0.6
_SHINGLE = 5


@dataclass(frozen=True)
class Facet:
    """One thing one claim states: on ``path`` (a field, or a field's part), about
    ``item`` (an item of a list field, or None), the value ``value``."""

    claim: Claim
    path: str
    item: str | None
    value: Any


@dataclass
class Finding:
    """A disagreement (conflict) or an agreement of several stories (corroboration)."""

    field: str
    item: str | None
    values: list[Any]
    claims: list[str]
    resolved_by: str | None = None
    sources: int = 0  # distinct stories behind it
    # Other records a source puts the same item on (a unit "of the second complex"):
    # the conflict is shown on each of them.
    elsewhere: list[str] = default(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "item": self.item,
            "values": [msgspec.to_builtins(value) for value in self.values],
            "claims": self.claims,
            "resolved_by": self.resolved_by,
            "sources": self.sources,
            "elsewhere": self.elsewhere,
        }


@dataclass
class Comparison:
    """What the sources of one record say together."""

    conflicts: list[Finding] = default(default_factory=list)
    corroborations: list[Finding] = default(default_factory=list)
    # Claims that state nothing comparable (no value, deprecated, or not typed as their
    # field: ``check`` names those).
    skipped: list[str] = default(default_factory=list)

    def conflicting_paths(self) -> set[str]:
        return {finding.field for finding in self.conflicts}

    def corroborated_paths(self) -> set[str]:
        return {finding.field for finding in self.corroborations}


class Stories:
    """Sources grouped into stories: a source and the near-duplicates of its text."""

    def __init__(self, sources: Mapping[str, Source]) -> None:
        self._sources = sources
        self._shingles: dict[str, frozenset[int]] = {}

    def of(self, source_ids: Iterable[str]) -> dict[str, str]:
        """Each of ``source_ids`` -> the id of its story (the first source of its group,
        in id order)."""
        ordered = sorted(set(source_ids))
        story: dict[str, str] = {}
        for number, source_id in enumerate(ordered):
            story[source_id] = source_id
            for earlier in ordered[:number]:
                if story[earlier] == earlier and self.reprinted(earlier, source_id):
                    story[source_id] = earlier
                    break
        return story

    def count(self, source_ids: Iterable[str]) -> int:
        return len(set(self.of(source_ids).values()))

    def reprinted(self, first: str, second: str) -> bool:
        """True if the two sources' texts are near-duplicates."""
        a, b = self._shingles_of(first), self._shingles_of(second)
        if not a or not b:
            return False
        return len(a & b) / min(len(a), len(b)) >= REPRINT_SHARE

    def _shingles_of(self, source_id: str) -> frozenset[int]:
        found = self._shingles.get(source_id)
        if found is None:
            source = self._sources.get(source_id)
            words = re.findall(r"\w+", fold(source.text)) if source is not None else []
            # Each run of _SHINGLE words as one hash (a tuple's, made in C: the marks of a
            # table's rows shingle sources while the event loop waits for its turn).
            runs = zip(*(words[i:] for i in range(_SHINGLE)), strict=False)  # shortest ends
            found = frozenset(map(hash, runs))
            self._shingles[source_id] = found
        return found


def compare(
    claims: Sequence[Claim],
    sources: Mapping[str, Source],
    stories: Stories | None = None,
) -> Comparison:
    """The conflicts and corroborations among ``claims`` (the claims on one record)."""
    stories = stories if stories is not None else Stories(sources)
    result = Comparison()
    facets: dict[tuple[str, str | None], list[Facet]] = {}
    for claim in claims:
        cut = list(_facets(claim))
        if not cut:
            result.skipped.append(claim.id)
        for facet in cut:
            facets.setdefault((facet.path, facet.item), []).append(facet)
    # Which sources are reprints of one another matters only where two sources state a
    # value of one field; most records have one source, and their texts need no reading.
    several = any(len({facet.claim.source for facet in found}) > 1 for found in facets.values())
    story_of = (
        stories.of(claim.source for claim in claims)
        if several
        else {claim.source: claim.source for claim in claims}
    )
    for (path, item), found in facets.items():
        agree = _agreement(found, sources)
        groups = _groups(found, agree)
        if len(groups) > 1:
            result.conflicts.append(_conflict(path, item, groups, story_of))
        for group in groups:
            backed = {story_of[facet.claim.source] for facet in group}
            if len(backed) > 1:
                result.corroborations.append(
                    Finding(
                        path,
                        item,
                        _distinct(facet.value for facet in group),
                        [facet.claim.id for facet in group],
                        sources=len(backed),
                    )
                )
    return result


# -- facets -------------------------------------------------------------------------


def facets(claim: Claim) -> list[Facet]:
    """The things ``claim`` states, each compared on its own (none if it takes no side)."""
    return list(_facets(claim))


def _facets(claim: Claim) -> Iterator[Facet]:
    if claim.rank == "deprecated" or claim.value is None:
        return
    try:
        claimed = target(claim.subject, claim.field)
        value = typed(claimed, claim.value)
    except ClaimValueError:
        return
    yield from _cut(claim, claimed, value)


def _cut(claim: Claim, claimed: ClaimTarget, value: Any) -> Iterator[Facet]:
    spec = claimed.spec
    if claimed.key is not None:
        if value is None:
            return
        if spec.type in ("local_text", "codes"):  # a name in one language: that item
            yield Facet(claim, spec.name, claimed.key, value)
        else:  # one date, one part of a location: a field of its own
            yield Facet(claim, claimed.path, None, value)
        return
    if spec.type == "local_text":
        for lang, text in sorted(value.items()):
            if text and text.strip():
                yield Facet(claim, spec.name, lang, text)
    elif spec.type == "codes":
        for system, code in sorted(value.items()):
            if code is not None:
                yield Facet(claim, spec.name, system, code)
    elif spec.type == "dates":
        for key, one in sorted(value.items()):
            if one is not None:
                yield Facet(claim, f"{spec.name}.{key}", None, one)
    elif spec.type == "location":
        for part in ("country", "region", "locality"):
            if getattr(value, part) is not None:
                yield Facet(claim, f"{spec.name}.{part}", None, getattr(value, part))
    elif claimed.many is not None:
        for one in value if isinstance(value, list) else [value]:
            yield Facet(claim, spec.name, claimed.item_of(one), one)
    else:
        yield Facet(claim, spec.name, None, value)


# -- agreement ----------------------------------------------------------------------

Agree = Callable[[Facet, Facet], bool]


def _agreement(facets: Sequence[Facet], sources: Mapping[str, Source]) -> Agree:
    def published(facet: Facet) -> DateValue | None:
        source = sources.get(facet.claim.source)
        return source.published if source is not None else None

    def agree(a: Facet, b: Facet) -> bool:
        if isinstance(a.value, DateValue) and isinstance(b.value, DateValue):
            return dates_agree(a.value, published(a), b.value, published(b))
        return values_agree(a.value, b.value)

    return agree


def values_agree(a: Any, b: Any) -> bool:
    """True if two values can be the same in substance (see the module's docstring)."""
    if isinstance(a, Quantity) and isinstance(b, Quantity):
        return figures_agree(a, b) and _fields_agree(a, b, skip=_FIGURE_FIELDS)
    if isinstance(a, msgspec.Struct) and isinstance(b, msgspec.Struct):
        return _fields_agree(a, b)
    if isinstance(a, str) and isinstance(b, str):
        return fold(a) == fold(b)
    if isinstance(a, dict) and isinstance(b, dict):
        return all(values_agree(a[key], b[key]) for key in a.keys() & b.keys())
    if isinstance(a, list) and isinstance(b, list):
        return sorted(map(_key, a)) == sorted(map(_key, b))
    return bool(a == b)


_FIGURE_FIELDS = frozenset({"value", "min", "max", "qualifier", "estimate", "raw", "unit"})


def _fields_agree(a: Any, b: Any, skip: frozenset[str] = frozenset()) -> bool:
    for name in a.__struct_fields__:
        if name in skip:
            continue
        left, right = getattr(a, name), getattr(b, name)
        if left is None or right is None or left == [] or right == []:
            continue  # one of them does not say
        if isinstance(left, DateValue) and isinstance(right, DateValue):
            if not dates_agree(left, None, right, None):
                return False
        elif not values_agree(left, right):
            return False
    return True


def _key(value: Any) -> str:
    return fold(value) if isinstance(value, str) else repr(msgspec.to_builtins(value))


def figures_agree(a: Quantity, b: Quantity) -> bool:
    """True if two figures can be the same figure."""
    low_a, high_a = span(a)
    low_b, high_b = span(b)
    return low_a <= high_b and low_b <= high_a


def span(quantity: Quantity) -> tuple[float, float]:
    """The numbers a figure can stand for, as its words say."""
    value, low, high = quantity.value, quantity.min, quantity.max
    if quantity.qualifier == "order_of_magnitude":
        base = low if low is not None else value
        if base is not None and base > 0:
            return float(base), float(base) * 10 - 1e-9
    if value is not None and quantity.qualifier == "approx":
        share = abs(value) * APPROX_SHARE
        return value - share, value + share
    if value is not None and low is None and high is None:
        return float(value), float(value)
    return (
        float(low) if low is not None else (float(value) if value is not None else -math.inf),
        float(high) if high is not None else math.inf,
    )


def is_vague(value: Any) -> bool:
    """True if a value stands for many (a range, "at least", an order of magnitude): it
    backs the figures it fits but is no side of a conflict between them."""
    if isinstance(value, Quantity):
        low, high = span(value)
        return low != high and value.qualifier != "approx"
    return False


def dates_agree(
    a: DateValue, written_a: DateValue | None, b: DateValue, written_b: DateValue | None
) -> bool:
    """True if two dates can be the same date (see the module's docstring)."""
    at_a, at_b = placed(a, written_a), placed(b, written_b)
    if at_a is None or at_b is None:
        return at_a is None and at_b is None and fold(a.raw) == fold(b.raw)
    return at_a[0] <= at_b[1] and at_b[0] <= at_a[1]


def _groups(facets: Sequence[Facet], agree: Agree) -> list[list[Facet]]:
    """Facets in groups that agree among themselves: precise values first, each joining
    the first group it agrees with entirely; then each vague value joins every group it
    fits (it backs them all), or a group of its own."""
    groups: list[list[Facet]] = []
    precise = [facet for facet in facets if not is_vague(facet.value)]
    vague = [facet for facet in facets if is_vague(facet.value)]
    for facet in precise:
        home = next((g for g in groups if all(agree(facet, other) for other in g)), None)
        if home is None:
            groups.append([facet])
        else:
            home.append(facet)
    precise_groups = list(groups)
    for facet in vague:
        fits = [g for g in precise_groups if all(agree(facet, other) for other in g)]
        for group in fits:
            group.append(facet)
        if not fits:
            home = next(
                (g for g in groups[len(precise_groups) :] if all(agree(facet, o) for o in g)),
                None,
            )
            if home is None:
                groups.append([facet])
            else:
                home.append(facet)
    return groups


def _conflict(
    path: str, item: str | None, groups: list[list[Facet]], story_of: Mapping[str, str]
) -> Finding:
    sides = [[facet for facet in group if not is_vague(facet.value)] or group for group in groups]
    claims: list[str] = []
    for group in groups:
        claims.extend(facet.claim.id for facet in group if facet.claim.id not in claims)
    reasoned = [
        [
            facet.claim.id
            for facet in group
            if facet.claim.rank == "preferred" and facet.claim.reason
        ]
        for group in groups
    ]
    winners = [ids for ids in reasoned if ids]
    resolved_by = winners[0][0] if len(winners) == 1 else None
    stories = {story_of[facet.claim.source] for group in groups for facet in group}
    return Finding(
        path,
        item,
        [side[0].value for side in sides],
        claims,
        resolved_by,
        sources=len(stories),
    )


def _settles(claim: Claim) -> bool:
    """A preferred claim that says why: it settles which value the record shows."""
    return claim.rank == "preferred" and bool(claim.reason and claim.reason.strip())


def _distinct(values: Iterable[Any]) -> list[Any]:
    seen: list[Any] = []
    keys: set[str] = set()
    for value in values:
        key = repr(msgspec.to_builtins(value))
        if key not in keys:
            keys.add(key)
            seen.append(value)
    return seen
