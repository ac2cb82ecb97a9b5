"""One proposed claim, as ``bilat propose --format json`` prints it and the review
screen shows it."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as _field
from typing import Any

import msgspec

from ..claim_values import ClaimValueError, target, typed
from ..conflicts import dates_agree, values_agree
from ..models import KINDS, DateValue


@dataclass(frozen=True)
class NewRecord:
    """A record the article names that the database does not hold: proposals about it
    share its provisional ``key`` (``new:3``), so that they group and refer to it.

    ``names_said``: the names the text gives it (its mentions' words, and the name the
    convention gives each), which the review offers the analyst naming it; no part of
    the JSON contract, nor of what makes two records one."""

    key: str
    kind: str
    name: str
    names_said: tuple[str, ...] = _field(default=(), compare=False)


@dataclass
class Proposal:
    subject: str | None  # an existing record's id, or None for a new record
    new: NewRecord | None
    field: str
    value: Any  # typed as a claim on ``field`` stores it
    quote: str
    start: int
    end: int
    confidence: float
    # Existing claims on the same field (and item) this value contradicts.
    conflicts: list[str] = _field(default_factory=list)

    @property
    def kind(self) -> str:
        if self.new is not None:
            return self.new.kind
        from ..models import kind_of_id

        return kind_of_id(self.subject or "") or ""

    @property
    def group(self) -> str:
        """The record it is about: an id, or a new record's provisional key."""
        return self.subject or (self.new.key if self.new else "")

    def plain_value(self) -> Any:
        return msgspec.to_builtins(self.value)

    def to_json(self) -> dict[str, Any]:
        """The JSON contract: exactly these keys, the quote being text[start:end]."""
        return {
            "subject": self.subject,
            "new": None
            if self.new is None
            else {"key": self.new.key, "kind": self.new.kind, "name": self.new.name},
            "field": self.field,
            "value": self.plain_value(),
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "confidence": round(self.confidence, 2),
        }


def typed_value(kind: str, field_name: str, value: Any) -> Any:
    """``value`` typed as a claim on a record of ``kind`` stores it; ClaimValueError if
    the field does not take it (a proposal is never made of a value the store refuses)."""
    prefix = KINDS[kind][0]
    return typed(target(prefix + "proposed", field_name), value)


def conflicts_with(
    snapshot: Any, subject: str, field_name: str, value: Any, published: DateValue | None
) -> list[str]:
    """The claims on ``subject``'s ``field_name`` (and item) that ``value`` contradicts, said
    by a source published ``published``: how a proposal about an existing record is marked.
    A name or title contradicts nothing: another name is another name (an alias)."""
    if field_name in ("name", "title"):
        return []
    claimed = target(subject, field_name)
    item = claimed.item_of(value)
    found = []
    for claim in snapshot.claims_for(subject):
        if claim.field != field_name:
            continue
        try:
            stated = typed(claimed, claim.value)
        except ClaimValueError:
            continue
        if claimed.item_of(stated) != item:
            continue
        if isinstance(value, list) or (claimed.many is not None and item is None):
            continue
        if isinstance(value, DateValue) and isinstance(stated, DateValue):
            written = snapshot.tables["sources"].get(claim.source)
            agree = dates_agree(value, published, stated, getattr(written, "published", None))
        else:
            agree = values_agree(value, stated)
        if not agree:
            found.append(claim.id)
    return found


__all__ = ["ClaimValueError", "NewRecord", "Proposal", "conflicts_with", "typed_value"]
