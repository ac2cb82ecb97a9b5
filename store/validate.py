"""Turning JSON documents into records, and checking records against each other.

``decode`` checks one document on its own: shape, vocabularies, id form, dates,
numbers. ``check_references`` checks a whole set of records together: every id
a record points to exists, sector and org parents form no loop, and every
claim's quote occurs verbatim in its source. Both speak in ``Problem``\\s that
name the record id and the field, and both read a record's fields from its kind's
spec (``store.kinds``): each field is checked as its type says, so no check asks
a record what class it is.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import msgspec

from .claim_values import ClaimTarget, ClaimValueError, typed
from .claim_values import target as claim_target
from .errors import RecordError
from .ids import text_digest
from .kinds import SPECS, FieldSpec, find_spec, spec_for
from .models import KINDS, Claim, DateValue, Quantity, Record, Source
from .quantities import CURRENCY_PATTERN
from .text import quote_in_text

ID_PATTERN = re.compile(
    rf"^({'|'.join(prefix[:-1] for prefix, _ in KINDS.values())})-[a-z0-9][a-z0-9._-]{{0,199}}$"
)
COUNTRY_PATTERN = re.compile(r"^[A-Z]{2}$")
# The years an amount of money may be given for.
MIN_YEAR, MAX_YEAR = 1800, 2200
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
    """Problems of one record taken alone, field by field as its kind's spec types them."""

    def problem(field: str, message: str) -> Problem:
        return Problem(record.id, field, message, where)

    if not ID_PATTERN.fullmatch(record.id) or not record.id.startswith(prefix):
        yield problem(
            "id",
            f"{record.id!r} is not a valid id: expected {prefix} followed by lowercase "
            "letters, digits, '-', '_' or '.'",
        )
    for spec in spec_for(record).fields:
        check = _FIELD_CHECKS.get(spec.type)
        if check is not None:
            yield from check(record, spec, problem)
    yield from _check_nul(record, problem)


# JSON can carry U+0000 but no text a source states holds it, and a team database's JSONB
# cannot store it: refused everywhere, so that every database holds what every other can.
_NUL_ESCAPED = b"\\u0000"


def _check_nul(record: Record, problem: Report) -> Iterable[Problem]:
    try:
        if _NUL_ESCAPED not in msgspec.json.encode(record):
            return
    except (UnicodeError, msgspec.EncodeError):  # a lone surrogate: another check names it
        pass
    for field, value in msgspec.structs.asdict(record).items():
        path = _nul_path(value, field)
        if path is not None:
            yield problem(path, "contains the NUL character (U+0000), which no record may hold")
            return


def _nul_path(value: Any, path: str) -> str | None:
    """Where in ``value`` (builtins and structs, ``path`` its name) a U+0000 sits, if anywhere."""
    if isinstance(value, str):
        return path if "\x00" in value else None
    if isinstance(value, msgspec.Struct):
        value = msgspec.structs.asdict(value)
    if isinstance(value, Mapping):
        for key, item in value.items():
            found = _nul_path(str(key), path) or _nul_path(item, f"{path}.{key}")
            if found is not None:
                return found
    elif isinstance(value, (list, tuple)):
        for at, item in enumerate(value):
            found = _nul_path(item, f"{path}[{at}]")
            if found is not None:
                return found
    return None


Report = Callable[[str, str], Problem]
FieldCheck = Callable[[Any, FieldSpec, Report], Iterable[Problem]]


def _check_text(record: Any, spec: FieldSpec, problem: Report) -> Iterable[Problem]:
    value = getattr(record, spec.name)
    if spec.required and not (value or "").strip():
        yield problem(spec.name, spec.required)


def _check_lang(record: Any, spec: FieldSpec, problem: Report) -> Iterable[Problem]:
    value = getattr(record, spec.name)
    if value is not None and not LANG_PATTERN.fullmatch(value):
        yield problem(spec.name, f"{value!r} is not a language code like 'fr' or 'en'")


def _check_name(record: Any, spec: FieldSpec, problem: Report) -> Iterable[Problem]:
    yield from _check_local_text(getattr(record, spec.name), spec.name, problem)


def _check_aliases(record: Any, spec: FieldSpec, problem: Report) -> Iterable[Problem]:
    for at, alias in enumerate(getattr(record, spec.name)):
        yield from _check_local_text(alias, f"{spec.name}[{at}]", problem)


def _check_one_country(record: Any, spec: FieldSpec, problem: Report) -> Iterable[Problem]:
    value = getattr(record, spec.name)
    if value is not None:
        yield from _check_country(value, spec.name, problem)


def _check_countries(record: Any, spec: FieldSpec, problem: Report) -> Iterable[Problem]:
    for index, code in enumerate(getattr(record, spec.name)):
        yield from _check_country(code, f"{spec.name}[{index}]", problem)


def _check_location(record: Any, spec: FieldSpec, problem: Report) -> Iterable[Problem]:
    location = getattr(record, spec.name)
    if location is not None and location.country is not None:
        yield from _check_country(location.country, f"{spec.name}.country", problem)


def _check_one_date(record: Any, spec: FieldSpec, problem: Report) -> Iterable[Problem]:
    value = getattr(record, spec.name)
    if value is not None:
        yield from _check_date(value, spec.name, problem)


def _check_dates(record: Any, spec: FieldSpec, problem: Report) -> Iterable[Problem]:
    for key, date in getattr(record, spec.name).items():
        yield from _check_date(date, f"{spec.name}.{key}", problem)


def _check_events(record: Any, spec: FieldSpec, problem: Report) -> Iterable[Problem]:
    for index, event in enumerate(getattr(record, spec.name)):
        if event.date is not None:
            yield from _check_date(event.date, f"{spec.name}[{index}].date", problem)


def _check_quantities(record: Any, spec: FieldSpec, problem: Report) -> Iterable[Problem]:
    for index, quantity in enumerate(getattr(record, spec.name)):
        yield from _check_quantity(quantity, f"{spec.name}[{index}]", problem)


def _check_amounts(record: Any, spec: FieldSpec, problem: Report) -> Iterable[Problem]:
    for index, money in enumerate(getattr(record, spec.name)):
        field = f"{spec.name}[{index}]"
        yield from _check_quantity(money, field, problem)
        if money.unit is not None:
            yield problem(f"{field}.unit", "an amount has a currency, not a unit: leave it out")
        if money.currency is not None and not CURRENCY_PATTERN.fullmatch(money.currency):
            yield problem(
                f"{field}.currency",
                f"{money.currency!r} is not an ISO 4217 currency code like 'USD' or 'DZD'",
            )
        if money.year is not None and not MIN_YEAR <= money.year <= MAX_YEAR:
            yield problem(f"{field}.year", f"{money.year} is not a year like 2024")


def _check_sector_refs(record: Any, spec: FieldSpec, problem: Report) -> Iterable[Problem]:
    if sum(1 for ref in getattr(record, spec.name) if ref.primary) > 1:
        yield problem(spec.name, "more than one sector is marked primary")


def _check_parties(record: Any, spec: FieldSpec, problem: Report) -> Iterable[Problem]:
    for index, party in enumerate(getattr(record, spec.name)):
        if party.org is not None and party.person is not None:
            yield problem(
                f"{spec.name}[{index}]",
                "names both an organisation and a person: a party is one of the two",
            )
        elif party.org is None and party.person is None:
            yield problem(f"{spec.name}[{index}]", "needs an organisation (org) or a person")


def _check_roles(record: Any, spec: FieldSpec, problem: Report) -> Iterable[Problem]:
    for index, role in enumerate(getattr(record, spec.name)):
        where = f"{spec.name}[{index}]"
        if not any(text.strip() for text in role.title.values()) and role.org is None:
            yield problem(where, "needs a title or an organisation")
        for lang in role.title:
            if not LANG_PATTERN.fullmatch(lang):
                yield problem(
                    f"{where}.title.{lang}", f"{lang!r} is not a language code like 'fr' or 'en'"
                )
        for name, date in (("from", role.from_), ("to", role.to)):
            if date is not None:
                yield from _check_date(date, f"{where}.{name}", problem)


def _check_source_text(record: Any, spec: FieldSpec, problem: Report) -> Iterable[Problem]:
    try:
        digest = text_digest(record.text)
    except UnicodeEncodeError as exc:  # a lone surrogate, as Python's json reads "\ud800"
        yield problem(spec.name, f"is not valid text: character {exc.start} is a lone surrogate")
        return
    if record.sha256 is not None and record.sha256 != digest:
        yield problem("sha256", "does not match the source text")


def _check_claim_value(record: Any, spec: FieldSpec, problem: Report) -> Iterable[Problem]:
    """A claim's field must be one of its subject's kind, and its value typed as that
    field is, checked as a record's field is (``store.claim_values``)."""
    value = getattr(record, spec.name)
    if nested_deeper_than(value, MAX_VALUE_DEPTH):
        yield problem(
            spec.name, f"is nested more than {MAX_VALUE_DEPTH} levels deep: give it flatter"
        )
        return
    if value is None:
        return  # a claim that states no value: its quote says the field is unknown
    try:
        claimed = claim_target(record.subject, record.field)
        converted = typed(claimed, value)
    except ClaimValueError as exc:
        yield problem(exc.field, exc.message)
        return
    yield from _check_claimed(claimed, converted, problem)


def _check_claimed(claimed: ClaimTarget, value: Any, problem: Report) -> Iterable[Problem]:
    """The checks of the claimed field, run on the claim's value as if a record held it;
    what they name is put under ``value``."""

    def report(field: str, message: str) -> Problem:
        inner = field.removeprefix(claimed.spec.name)
        return problem("value" + inner if inner else "value", message)

    spec = claimed.spec
    if claimed.key is not None:
        if spec.type == "dates":
            yield from _check_date(value, spec.name, report)
        elif spec.type == "local_text":
            yield from _check_local_text({claimed.key: value}, spec.name, report)
        elif spec.type == "location" and claimed.key == "country" and value is not None:
            yield from _check_country(value, spec.name, report)
        return
    check = _FIELD_CHECKS.get(spec.type)
    if check is None:
        return
    if claimed.many is not None and not isinstance(value, list):
        value = [value]
    yield from check(_Holder(spec.name, value), spec, report)


class _Holder:
    """Holds one field's value under its name, as a record would, for its check."""

    def __init__(self, name: str, value: Any) -> None:
        setattr(self, name, value)


_FIELD_CHECKS: dict[str, FieldCheck] = {
    "text": _check_text,
    "quote": _check_text,
    "lang": _check_lang,
    "local_text": _check_name,
    "aliases": _check_aliases,
    "country": _check_one_country,
    "countries": _check_countries,
    "location": _check_location,
    "date": _check_one_date,
    "dates": _check_dates,
    "events": _check_events,
    "quantities": _check_quantities,
    "jobs": _check_quantities,
    "money": _check_amounts,
    "sector_refs": _check_sector_refs,
    "parties": _check_parties,
    "roles": _check_roles,
    "source_text": _check_source_text,
    "claim_value": _check_claim_value,
}


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


def _check_local_text(text: Mapping[str, str], field: str, problem: Any) -> Iterable[Problem]:
    if not any(value.strip() for value in text.values()):
        yield problem(field, "needs a text in at least one language")
    for lang in text:
        if not LANG_PATTERN.fullmatch(lang):
            yield problem(f"{field}.{lang}", f"{lang!r} is not a language code like 'fr' or 'en'")


def _check_country(code: str, field: str, problem: Any) -> Iterable[Problem]:
    if not COUNTRY_PATTERN.fullmatch(code):
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
        """True if a record of ``kind`` ("*": of any kind) has id ``record_id``."""
        if kind == "*":
            return self.any_has(record_id)
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


def record_problems(record: Record, records: RecordSet) -> Iterable[Problem]:
    """The problems ``check_references`` finds with one record among ``records``."""
    return _record_references(record, records)


# (kind pointed at or "*", id) for each reference of a record; then its own kind's
# parents (field, id) and its quotes (kind of the source, source id, quote).
def references_of(
    record: Record,
) -> tuple[list[tuple[str, str]], list[tuple[str, str]], list[tuple[str, str, str]]]:
    """What ``check_references`` looks up for ``record``, as ids and texts: enough to check
    it later against sets of ids, without the records."""
    spec = find_spec(record)
    targets: list[tuple[str, str]] = []
    parents: list[tuple[str, str]] = []
    quotes: list[tuple[str, str, str]] = []
    if spec is None:
        return targets, parents, quotes
    for field_spec in spec.fields:
        check = _REFERENCE_CHECKS.get(field_spec.type)
        for kind, target, _ in check(record, field_spec) if check else ():
            if target is not None:
                targets.append((kind, target))
        if field_spec.type == "ref" and field_spec.ref == spec.kind:
            parent = getattr(record, field_spec.name)
            if parent is not None:
                parents.append((field_spec.name, parent))
        if field_spec.type == "quote":
            source = getattr(record, "source", None)
            if isinstance(source, str):
                quote = getattr(record, field_spec.name)
                quotes.append((field_spec.ref or "sources", source, quote))
    return targets, parents, quotes


def _record_references(record: Record, records: RecordSet) -> Iterable[Problem]:
    """Dangling ids of ``record``, field by field as its kind's spec types them (nothing
    for a document that could not be decoded: ``Store.check`` named it already)."""
    spec = find_spec(record)
    if spec is None:
        return
    for field_spec in spec.fields:
        check = _REFERENCE_CHECKS.get(field_spec.type)
        for kind, target, field in check(record, field_spec) if check else ():
            if target is not None and not records.has(kind, target):
                yield Problem(record.id, field, _dangling(kind, target))
        if field_spec.type == "ref" and field_spec.ref == spec.kind:
            yield from _check_loop(record, records, spec.kind, field_spec.name)
        if field_spec.type == "quote":
            yield from _check_quote(record, records, field_spec)


def _dangling(kind: str, target: str) -> str:
    if kind == "*":
        return f"refers to {target!r}, which does not exist"
    return f"refers to {SPECS[kind].noun} {target!r}, which does not exist"


# (kind pointed at, id or None, the field's path) for each reference a field holds.
Targets = Iterable[tuple[str, str | None, str]]


def _ref_targets(record: Any, spec: FieldSpec) -> Targets:
    yield spec.ref or "*", getattr(record, spec.name), spec.name


def _refs_targets(record: Any, spec: FieldSpec) -> Targets:
    for i, target in enumerate(getattr(record, spec.name)):
        yield spec.ref or "*", target, f"{spec.name}[{i}]"


def _item_targets(key: str) -> Callable[[Any, FieldSpec], Targets]:
    """References held by the items of a list, in their field ``key`` (a project's sectors'
    ``sector``, a role's ``org``)."""

    def targets(record: Any, spec: FieldSpec) -> Targets:
        for i, item in enumerate(getattr(record, spec.name)):
            yield spec.ref or "*", getattr(item, key), f"{spec.name}[{i}].{key}"

    return targets


def _party_targets(record: Any, spec: FieldSpec) -> Targets:
    for i, party in enumerate(getattr(record, spec.name)):
        yield "orgs", party.org, f"{spec.name}[{i}].org"
        yield "people", party.person, f"{spec.name}[{i}].person"


_REFERENCE_CHECKS: dict[str, Callable[[Any, FieldSpec], Targets]] = {
    "ref": _ref_targets,
    "refs": _refs_targets,
    "sector_refs": _item_targets("sector"),
    "components": _item_targets("sector"),
    "roles": _item_targets("org"),
    "parties": _party_targets,
}


def _check_quote(record: Any, records: RecordSet, spec: FieldSpec) -> Iterable[Problem]:
    """A quote must occur verbatim in the text of the record's source."""
    source = records.tables.get(spec.ref or "sources", {}).get(record.source)
    if isinstance(source, Source) and not quote_in_text(getattr(record, spec.name), source.text):
        quote = getattr(record, spec.name)
        shown = quote if len(quote) <= 60 else quote[:57] + "..."
        yield Problem(
            record.id, spec.name, f"{shown!r} does not occur verbatim in source {source.id}"
        )


def _check_loop(record: Any, records: RecordSet, kind: str, name: str) -> Iterable[Problem]:
    """A record's ``name`` (its parent) must not lead back to it."""
    seen = {record.id}
    parent = getattr(record, name)
    table = records.tables.get(kind, {})
    while parent is not None:
        if parent in seen:
            yield Problem(record.id, name, f"{name} chain loops back through {parent!r}")
            return
        seen.add(parent)
        nxt = table.get(parent)
        parent = getattr(nxt, name, None) if nxt is not None else None
