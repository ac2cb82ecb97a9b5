"""A proposal's value as the analyst reads it — in the review screen and in ``bilat
propose``'s text — figures, dates, places and names as the detail shows a record's
("≈ EUR 200 mn", "1 000 total jobs", "Moanda, GA", "Eramet (partner)"), not the JSON the
contract gives scripts (``Proposal.to_json``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import msgspec

from ..claim_values import ClaimValueError, target
from ..models import (
    KINDS,
    Component,
    DateValue,
    Event,
    Location,
    Money,
    Party,
    Quantity,
    Role,
    SectorRef,
    display_name,
    kind_of_id,
)
from ..present import component_text, format_date, format_money, format_quantity, place_of
from .proposal import Proposal

NameOf = Callable[[str], str]


def value_text(proposal: Proposal, name_of: NameOf) -> str:
    """``proposal``'s value in words; ``name_of`` names a record an id or a new record's
    key (``new:2``) refers to."""
    return _text(proposal.kind, proposal.field, proposal.value, name_of)


def _text(kind: str, field: str, value: Any, name_of: NameOf) -> str:
    if value is None or value == [] or value == {}:
        return "—"
    if isinstance(value, list):
        return ", ".join(_text(kind, field, one, name_of) for one in value)
    if isinstance(value, Money):
        return format_money(value)
    if isinstance(value, Quantity):
        return format_quantity(value)
    if isinstance(value, DateValue):
        return format_date(value) or "(undated)"
    if isinstance(value, Location):
        return place_of(value) or "—"
    if isinstance(value, Party):
        who = name_of(value.org or value.person or "")
        return f"{who} ({_label(kind, field, value.role)})" if value.role else who
    if isinstance(value, SectorRef):
        return name_of(value.sector) + (" (primary)" if value.primary else "")
    if isinstance(value, Component):
        return component_text(value, name_of)
    if isinstance(value, Event):
        return f"{_label(kind, field, value.type)}: {format_date(value.date) or 'undated'}"
    if isinstance(value, Role):
        org = name_of(value.org) if value.org else ""
        return " — ".join(part for part in (display_name(value.title), org) if part)
    if isinstance(value, dict):
        return " / ".join(f"{text} [{lang}]" for lang, text in value.items() if text)
    if isinstance(value, str):
        if value.startswith("new:") or kind_of_id(value) is not None:
            return name_of(value)  # a record it refers to: a project, a sector
        return _label(kind, field, value)
    if isinstance(value, msgspec.Struct):
        return msgspec.json.encode(value).decode()
    return str(value)


def _label(kind: str, field: str, value: str) -> str:
    """A value of a vocabulary as its label reads ("pre_construction" in words)."""
    try:
        vocabulary = target(KINDS[kind][0] + "proposed", field).spec.vocabulary
    except (ClaimValueError, KeyError):
        return value
    return vocabulary.label(value) if vocabulary is not None else value
