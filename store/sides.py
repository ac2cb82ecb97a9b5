"""The sides of a conflict (or the voices of a corroboration), claim by claim: what each
source gives on one field and item, in which sentence, ranked how.

``store.conflicts`` finds where sources disagree and names the claims; a reader choosing
between them wants each claim beside its source (title, publisher, date), the value it
gives on exactly that field and item (a claim on ``jobs`` may give several job counts),
and the sentence its quote stands in. The explorer's conflict view shows these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import msgspec

from .claim_values import ClaimValueError, target, typed
from .conflicts import Facet, Finding, dates_agree, facets, values_agree
from .dates import placed
from .kinds import spec_for
from .models import (
    Claim,
    Component,
    DateValue,
    Event,
    Location,
    Party,
    Quantity,
    Role,
    SectorRef,
    Source,
)
from .present import component_text, format_date, format_quantity, place_of, role_text
from .snapshot import Snapshot
from .text import find_quote, fold

# A sentence ends at one of these followed by white space, or at a blank line.
_SENTENCE_END = re.compile(r"[.!?…](?=\s)|\n\s*\n")
# A sentence longer than this on either side of the quote is cut, marked with "…".
CONTEXT_CHARS = 240


@dataclass(frozen=True)
class Context:
    """The sentence a quote stands in: ``text``, the quote at ``text[start:end]``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Side:
    """One claim of a finding, with its source and what it says there."""

    claim: Claim
    source: Source | None  # None: the claim names a source that is not in the database
    value: Any  # what the claim gives on the finding's field and item
    value_text: str
    context: Context | None  # None: the quote is no longer found in the source's text
    group: int  # the index of the finding's value it stands for (-1: it fits none alone)

    @property
    def source_title(self) -> str:
        return self.source.title if self.source is not None else self.claim.source

    @property
    def published(self) -> str:
        """The source's date: its words, and the bounds if they say more."""
        date = self.source.published if self.source is not None else None
        if date is not None and date.raw and date.raw == date.earliest == date.latest:
            return date.raw
        return format_date(date)


def sides(snapshot: Snapshot, finding: Finding, *, conflict: bool = True) -> list[Side]:
    """The claims of ``finding``, each as a side: grouped by the value they stand for,
    preferred claims first within a group (a corroboration's are one group)."""
    found: list[Side] = []
    for claim_id in finding.claims:
        claim = snapshot.claims.get(claim_id)
        if claim is None:
            continue
        source = snapshot.sources.get(claim.source)
        value = _value_on(claim, finding)
        found.append(
            Side(
                claim,
                source,
                value,
                value_text(snapshot, claim, value) + _placed_text(value, source),
                context_of(claim.quote, source.text) if source is not None else None,
                _group(value, source, finding, snapshot) if conflict else 0,
            )
        )
    rank = {"preferred": 0, "normal": 1, "deprecated": 2}
    order = {side.claim.id: number for number, side in enumerate(found)}
    found.sort(
        key=lambda side: (
            side.group if side.group >= 0 else len(finding.values),
            rank.get(side.claim.rank, 3),
            order[side.claim.id],
        )
    )
    return found


def _placed_text(value: Any, source: Source | None) -> str:
    """Where words relative to their day ("la semaine dernière") fall, against their
    source's date: that is what they are compared on."""
    if not isinstance(value, DateValue) or value.earliest or value.latest:
        return ""
    bounds = placed(value, source.published if source is not None else None)
    if bounds is None:
        return " (not placed: the source is undated)" if value.raw else ""
    return f" (placed at {bounds[0]}…{bounds[1]} by the source's date)"


def _value_on(claim: Claim, finding: Finding) -> Any:
    """What ``claim`` gives on the finding's field and item (its whole value if no facet
    of it is on them: a claim that states nothing comparable)."""
    matching: list[Facet] = [
        facet
        for facet in facets(claim)
        if facet.path == finding.field and (finding.item is None or facet.item == finding.item)
    ]
    if len(matching) == 1:
        return matching[0].value
    if matching:
        return [facet.value for facet in matching]
    return _item_named(claim, finding.item)


def _item_named(claim: Claim, item: str | None) -> Any:
    """The item of a claim's value named ``item`` (a unit another source puts on another
    record is named, not keyed), else the whole value, typed when it can be."""
    try:
        value = typed(target(claim.subject, claim.field), claim.value)
    except ClaimValueError:
        return claim.value
    named = [
        one
        for one in (value if isinstance(value, list) else [value])
        if item is not None
        and any(fold(text) == item for text in (getattr(one, "name", None) or {}).values())
    ]
    return named[0] if len(named) == 1 else value


def _group(value: Any, source: Source | None, finding: Finding, snapshot: Snapshot) -> int:
    """Which of the finding's values ``value`` is (or agrees with, if only one)."""
    plain = msgspec.to_builtins(value)
    for number, one in enumerate(finding.values):
        if msgspec.to_builtins(one) == plain:
            return number
    written = source.published if source is not None else None
    fits = [
        number
        for number, one in enumerate(finding.values)
        if (
            dates_agree(value, written, one, _written_of(snapshot, finding, one))
            if isinstance(value, DateValue) and isinstance(one, DateValue)
            else values_agree(value, one)
        )
    ]
    return fits[0] if len(fits) == 1 else -1


def _written_of(snapshot: Snapshot, finding: Finding, value: Any) -> DateValue | None:
    """The publication date of the source of the claim that gives ``value``."""
    plain = msgspec.to_builtins(value)
    for claim_id in finding.claims:
        claim = snapshot.claims.get(claim_id)
        if claim is None:
            continue
        if msgspec.to_builtins(_value_on(claim, finding)) == plain:
            source = snapshot.sources.get(claim.source)
            return source.published if source is not None else None
    return None


def value_text(snapshot: Snapshot, claim: Claim, value: Any) -> str:
    """A claim's value as the detail shows a field's: figures, dates, names, labels."""
    if value is None:
        return "—"
    if isinstance(value, list):
        return "; ".join(value_text(snapshot, claim, one) for one in value)
    if isinstance(value, DateValue):
        return format_date(value) or "(undated)"
    if isinstance(value, Quantity):
        return format_quantity(value)
    if isinstance(value, Location):
        return place_of(value)
    if isinstance(value, Party):
        role = f" ({value.role})" if value.role else ""
        return snapshot.links.party_name(value) + role
    if isinstance(value, SectorRef):
        return snapshot.links.sector_name(value.sector) + (" (primary)" if value.primary else "")
    if isinstance(value, Component):
        return component_text(value, snapshot.links.sector_name)
    if isinstance(value, Event):
        return f"{value.type}: {format_date(value.date) or 'undated'}"
    if isinstance(value, Role):
        return role_text(snapshot, value)
    if isinstance(value, dict):
        return " / ".join(f"{text} [{key}]" for key, text in value.items() if text)
    if isinstance(value, str):
        return _label(claim, value)
    if isinstance(value, msgspec.Struct):
        return msgspec.json.encode(value).decode()
    return str(value)


def _label(claim: Claim, value: str) -> str:
    """A value of a vocabulary as its label reads ('pre_construction' reads as words)."""
    try:
        vocabulary = target(claim.subject, claim.field).spec.vocabulary
    except ClaimValueError:
        return value
    return vocabulary.label(value) if vocabulary is not None else value


def context_of(quote: str, text: str) -> Context | None:
    """The sentence of ``text`` that ``quote`` stands in (the sentences, if it spans
    several), cut to ``CONTEXT_CHARS`` on either side; None if the quote is not found."""
    span = find_quote(quote, text)
    return None if span is None else context_at(text, *span)


def context_at(text: str, start: int, end: int) -> Context:
    """The sentence of ``text`` that ``text[start:end]`` stands in (the sentences, if it
    spans several), cut to ``CONTEXT_CHARS`` on either side: where a proposal's quote is
    read, by its offsets."""
    before = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        before = match.end()
    after_match = _SENTENCE_END.search(text, max(end, start + 1) - 1)
    after = after_match.end() if after_match is not None else len(text)
    if after_match is not None and after_match.group().strip() == "":
        after = after_match.start()  # a blank line ends it, and is no part of it
    after = max(after, end)
    lead, tail = "", ""
    if start - before > CONTEXT_CHARS:
        before, lead = start - CONTEXT_CHARS, "…"
    if after - end > CONTEXT_CHARS:
        after, tail = end + CONTEXT_CHARS, "…"
    head = text[before:start]
    stripped = head.lstrip()
    offset = len(lead) + len(stripped)
    body = lead + stripped + text[start:after].rstrip() + tail
    return Context(body, offset, offset + end - start)


def finding_label(record: Any, finding: Finding) -> str:
    """What a finding is about, as the detail labels it: 'Jobs · total',
    'Dates: construction start', 'Name · fr'."""
    name, _, key = finding.field.partition(".")
    spec = spec_for(record)
    field = next((f for f in spec.fields if f.name == name), None)
    claimed = next((c for c in spec.claimed if c.name == name), None)
    if field is not None:
        label = field.label
        if key:
            vocabulary = field.vocabulary
            label += ": " + (vocabulary.label(key) if vocabulary is not None else key)
    else:
        label = claimed.label if claimed is not None else name.replace("_", " ").capitalize()
        label += f": {key}" if key else ""
    return f"{label} · {finding.item}" if finding.item else label
