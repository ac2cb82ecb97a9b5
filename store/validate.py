"""Turning JSON documents into records, and checking records against each other.

``decode`` checks one document on its own: shape, vocabularies, id form, dates,
numbers. ``check_references`` checks a whole set of records together: every id
a record points to exists, sector and org parents form no loop, and every
claim's quote occurs verbatim in its source. Both speak in ``Problem``\\s that
name the record id and the field.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import msgspec

from .errors import RecordError
from .models import (
    KINDS,
    Agreement,
    Claim,
    DateValue,
    Org,
    Project,
    Quantity,
    Record,
    Sector,
    Source,
)
from .text import quote_in_text

ID_PATTERN = re.compile(r"^(src|sec|org|prj|agr|clm)-[a-z0-9][a-z0-9._-]{0,199}$")
COUNTRY_PATTERN = re.compile(r"^[A-Z]{2}$")
LANG_PATTERN = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
# A claim's value is a figure, a date, a text or a few of them: a few levels at most. Far
# deeper, it could not be saved (orjson writes at most 254 levels).
MAX_VALUE_DEPTH = 32
_MSGSPEC_PATH = re.compile(r" - at `\$(?P<path>[^`]*)`$")
_MSGSPEC_FIELD = re.compile(r"(?:unknown|missing required) field `(?P<name>[^`]+)`")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one record."""

    record_id: str
    field: str
    message: str
    where: str = ""

    def __str__(self) -> str:
        return str(RecordError(self.record_id, self.field, self.message, where=self.where))

    def to_error(self) -> RecordError:
        return RecordError(self.record_id, self.field, self.message, where=self.where)


def decode(kind: str, doc: Any, *, where: str = "") -> Record:
    """The record of ``kind`` that ``doc`` describes, or RecordError naming id and field."""
    prefix, cls = KINDS[kind]
    record_id = doc.get("id", "") if isinstance(doc, Mapping) else ""
    record_id = record_id if isinstance(record_id, str) else repr(record_id)
    if not isinstance(doc, Mapping):
        raise RecordError("", "", f"a {kind} record must be an object", where=where)
    try:
        record: Record = msgspec.convert(doc, cls, strict=True)
    except msgspec.ValidationError as exc:
        field, message = _split_msgspec_error(str(exc))
        raise RecordError(record_id, field, message, where=where) from None
    problems = list(check_record(record, prefix, where=where))
    if problems:
        raise problems[0].to_error()
    return record


def _split_msgspec_error(text: str) -> tuple[str, str]:
    match = _MSGSPEC_PATH.search(text)
    path = match.group("path").lstrip(".") if match else ""
    message = text[: match.start()] if match else text
    # "Object contains unknown field `x`" is about field x, not the object holding it.
    named = _MSGSPEC_FIELD.search(message)
    if named:
        path = f"{path}.{named.group('name')}" if path else named.group("name")
    return path, message


def check_record(record: Record, prefix: str, *, where: str = "") -> Iterable[Problem]:
    """Problems of one record taken alone."""

    def problem(field: str, message: str) -> Problem:
        return Problem(record.id, field, message, where)

    if not ID_PATTERN.match(record.id) or not record.id.startswith(prefix):
        yield problem(
            "id",
            f"{record.id!r} is not a valid id: expected {prefix} followed by lowercase "
            "letters, digits, '-', '_' or '.'",
        )
    if isinstance(record, Source):
        if record.lang is not None and not LANG_PATTERN.match(record.lang):
            yield problem("lang", f"{record.lang!r} is not a language code like 'fr' or 'en'")
        if record.published is not None:
            yield from _check_date(record.published, "published", problem)
        yield from _check_source_text(record, problem)
    if isinstance(record, (Sector, Org, Project)):
        yield from _check_local_text(record.name, "name", problem)
    if isinstance(record, Agreement):
        yield from _check_local_text(record.title, "title", problem)
    if isinstance(record, Org) and record.country is not None:
        yield from _check_country(record.country, "country", problem)
    if isinstance(record, Project):
        for index, code in enumerate(record.countries):
            yield from _check_country(code, f"countries[{index}]", problem)
        if record.location is not None and record.location.country is not None:
            yield from _check_country(record.location.country, "location.country", problem)
        for key, date in record.dates.items():
            yield from _check_date(date, f"dates.{key}", problem)
        for index, quantity in enumerate(record.capacity):
            yield from _check_quantity(quantity, f"capacity[{index}]", problem)
        for index, jobs in enumerate(record.jobs):
            yield from _check_quantity(jobs, f"jobs[{index}]", problem)
        if sum(1 for ref in record.sectors if ref.primary) > 1:
            yield problem("sectors", "more than one sector is marked primary")
    if isinstance(record, Agreement):
        for index, code in enumerate(record.countries):
            yield from _check_country(code, f"countries[{index}]", problem)
        for index, event in enumerate(record.events):
            if event.date is not None:
                yield from _check_date(event.date, f"events[{index}].date", problem)
    if isinstance(record, Claim):
        if nested_deeper_than(record.value, MAX_VALUE_DEPTH):
            yield problem(
                "value", f"is nested more than {MAX_VALUE_DEPTH} levels deep: give it flatter"
            )
        if not record.quote.strip():
            yield problem("quote", "is empty: a claim needs the words of its source")
        if not record.field.strip():
            yield problem("field", "is empty")


def nested_deeper_than(value: Any, limit: int) -> bool:
    """True if ``value`` holds lists or objects more than ``limit`` levels deep (level by
    level, not recursively: the value may come from a file nested a thousand deep)."""
    level = [value]
    for _ in range(limit + 1):
        containers = [item for item in level if isinstance(item, (dict, list))]
        if not containers:
            return False
        level = [
            child
            for item in containers
            for child in (item.values() if isinstance(item, dict) else item)
        ]
    return True


def _check_source_text(source: Source, problem: Any) -> Iterable[Problem]:
    try:
        digest = hashlib.sha256(source.text.encode("utf-8")).hexdigest()
    except UnicodeEncodeError as exc:  # a lone surrogate, as Python's json reads "\ud800"
        yield problem("text", f"is not valid text: character {exc.start} is a lone surrogate")
        return
    if source.sha256 is not None and source.sha256 != digest:
        yield problem("sha256", "does not match the source text")


def _check_local_text(text: Mapping[str, str], field: str, problem: Any) -> Iterable[Problem]:
    if not any(value.strip() for value in text.values()):
        yield problem(field, "needs a text in at least one language")
    for lang in text:
        if not LANG_PATTERN.match(lang):
            yield problem(f"{field}.{lang}", f"{lang!r} is not a language code like 'fr' or 'en'")


def _check_country(code: str, field: str, problem: Any) -> Iterable[Problem]:
    if not COUNTRY_PATTERN.match(code):
        yield problem(field, f"{code!r} is not an ISO 3166-1 alpha-2 code like 'DZ' or 'RU'")


def _check_date(date: DateValue, field: str, problem: Any) -> Iterable[Problem]:
    bounds: list[dt.date] = []
    for name in ("earliest", "latest"):
        value = getattr(date, name)
        if value is None:
            continue
        try:
            bounds.append(dt.date.fromisoformat(value))
        except ValueError:
            yield problem(f"{field}.{name}", f"{value!r} is not a date like 2025-12-31")
            return
        if len(value) != 10:
            yield problem(f"{field}.{name}", f"{value!r} is not a date like 2025-12-31")
            return
    if len(bounds) == 2 and bounds[0] > bounds[1]:
        yield problem(field, f"earliest {date.earliest} is after latest {date.latest}")


def _check_quantity(quantity: Quantity, field: str, problem: Any) -> Iterable[Problem]:
    for name in ("value", "min", "max"):
        number = getattr(quantity, name)
        if isinstance(number, float) and not math.isfinite(number):
            yield problem(f"{field}.{name}", "must be a finite number")
            return
    if quantity.min is not None and quantity.max is not None and quantity.min > quantity.max:
        yield problem(field, f"min {quantity.min} is greater than max {quantity.max}")
    if quantity.value is None and quantity.min is None and quantity.max is None:
        yield problem(field, "has no value, min or max: leave the figure out if it is unknown")


class RecordSet:
    """Records by kind and id: what ``check_references`` reads."""

    def __init__(self, tables: Mapping[str, Mapping[str, Record]]) -> None:
        self.tables = tables

    def has(self, kind: str, record_id: str) -> bool:
        return record_id in self.tables.get(kind, {})

    def any_has(self, record_id: str) -> bool:
        return any(record_id in table for table in self.tables.values())


def check_references(
    records: RecordSet, only: Iterable[tuple[str, str]] | None = None
) -> list[Problem]:
    """Dangling ids, parent loops and quotes missing from their source.

    ``only`` limits the check to those (kind, id) pairs, for a write of a few
    records into a large database; by default everything is checked.
    """
    problems: list[Problem] = []
    if only is None:
        targets = [(kind, rid) for kind, table in records.tables.items() for rid in table]
    else:
        targets = list(only)
    found = [
        record
        for kind, record_id in targets
        if (record := records.tables.get(kind, {}).get(record_id)) is not None
    ]
    # Claims grouped by source: each source text is folded once for all its quotes.
    found.sort(key=lambda record: record.source if isinstance(record, Claim) else "")
    for record in found:
        problems.extend(_record_references(record, records))
    return problems


def _record_references(record: Record, records: RecordSet) -> Iterable[Problem]:
    def missing(kind: str, target: str | None, field: str) -> Iterable[Problem]:
        if target is not None and not records.has(kind, target):
            noun = kind[:-1]
            yield Problem(record.id, field, f"refers to {noun} {target!r}, which does not exist")

    if isinstance(record, Sector):
        yield from missing("sectors", record.parent, "parent")
        yield from _check_loop(record, records, "sectors")
    elif isinstance(record, Org):
        yield from missing("orgs", record.parent, "parent")
        yield from _check_loop(record, records, "orgs")
    elif isinstance(record, Project):
        for i, ref in enumerate(record.sectors):
            yield from missing("sectors", ref.sector, f"sectors[{i}].sector")
        for i, component in enumerate(record.components):
            yield from missing("sectors", component.sector, f"components[{i}].sector")
        for i, party in enumerate(record.parties):
            yield from missing("orgs", party.org, f"parties[{i}].org")
        for i, agreement_id in enumerate(record.agreements):
            yield from missing("agreements", agreement_id, f"agreements[{i}]")
    elif isinstance(record, Agreement):
        for i, party in enumerate(record.parties):
            yield from missing("orgs", party.org, f"parties[{i}].org")
        for i, sector_id in enumerate(record.sectors):
            yield from missing("sectors", sector_id, f"sectors[{i}]")
        for i, project_id in enumerate(record.projects):
            yield from missing("projects", project_id, f"projects[{i}]")
    elif isinstance(record, Claim):
        if not records.any_has(record.subject):
            yield Problem(
                record.id, "subject", f"refers to {record.subject!r}, which does not exist"
            )
        source = records.tables.get("sources", {}).get(record.source)
        if source is None:
            yield Problem(
                record.id, "source", f"refers to source {record.source!r}, which does not exist"
            )
        elif isinstance(source, Source) and not quote_in_text(record.quote, source.text):
            shown = record.quote if len(record.quote) <= 60 else record.quote[:57] + "..."
            yield Problem(
                record.id, "quote", f"{shown!r} does not occur verbatim in source {source.id}"
            )


def _check_loop(record: Sector | Org, records: RecordSet, kind: str) -> Iterable[Problem]:
    seen = {record.id}
    parent = record.parent
    table = records.tables.get(kind, {})
    while parent is not None:
        if parent in seen:
            yield Problem(record.id, "parent", f"parent chain loops back through {parent!r}")
            return
        seen.add(parent)
        nxt = table.get(parent)
        parent = getattr(nxt, "parent", None) if nxt is not None else None
