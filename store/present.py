"""Records as short texts: the columns of a list and the lines of a detail view.

Both the command line and the explorer show records through these functions,
so a figure reads the same everywhere. Nothing here styles text: that is the
caller's job (Rich on a terminal, plain when piped, Textual in the explorer).

What a kind's detail and columns hold is its spec (``store.kinds``); this module
knows how to show each *type* of field, in full (``describe``) and short (a cell
of ``COLUMNS``), and never asks a record what class it is.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import msgspec

from .kinds import DATE_KEY, EVENT_TYPE, REFERRERS, SPECS, FieldSpec, KindSpec, spec_for
from .models import (
    Claim,
    Component,
    DateValue,
    Event,
    JobCount,
    Location,
    Money,
    Quantity,
    Record,
    display_name,
    title_of,
)
from .snapshot import Snapshot

# The date a project or agreement is best known by: the latest stage it has reached.
PROJECT_KEY_DATES = tuple(reversed(DATE_KEY.values))
AGREEMENT_KEY_EVENTS = tuple(reversed(EVENT_TYPE.values))


def format_number(number: float | int) -> str:
    if isinstance(number, float) and number.is_integer():
        number = int(number)
    if isinstance(number, int):
        return f"{number:,}".replace(",", " ")
    return f"{number:g}"


def format_date(date: DateValue | None) -> str:
    """'fin 2025 (2025-10-01…2025-12-31, planned)' — raw words first, bounds when known."""
    if date is None:
        return ""
    bounds = ""
    if date.earliest and date.latest:
        bounds = date.earliest if date.earliest == date.latest else f"{date.earliest}…{date.latest}"
    elif date.earliest:
        bounds = f"≥ {date.earliest}"
    elif date.latest:
        bounds = f"≤ {date.latest}"
    if bounds == date.raw:
        bounds = ""  # '2025-03-14', not '2025-03-14 (2025-03-14)'
    marks = [mark for mark, on in (("planned", date.planned), ("estimate", date.estimate)) if on]
    inside = ", ".join(part for part in (bounds, *marks) if part)
    if not date.raw:
        return inside
    return f"{date.raw} ({inside})" if inside else date.raw


def short_date(date: DateValue | None) -> str:
    """Compact form for a table cell: the bounds' year or month, else the raw words."""
    if date is None:
        return ""
    prefix = "~" if date.estimate else ""
    suffix = " (plan)" if date.planned else ""
    if date.earliest and date.latest:
        if date.earliest[:4] == date.latest[:4]:
            if date.earliest[:7] == date.latest[:7]:
                return prefix + date.earliest[:7] + suffix
            return prefix + date.raw + suffix if len(date.raw) <= 12 else date.earliest[:4]
        return f"{prefix}{date.earliest[:4]}–{date.latest[:4]}{suffix}"
    return prefix + (date.raw or "") + suffix


def _figure(quantity: Quantity, unit: str) -> str:
    """The figure with its unit: '≈ 1 000 000 t/yr', '≥ 1 000 jobs', '5 000–6 000'."""
    if quantity.value is not None:
        sign = {"approx": "≈ ", "at_least": "≥ "}.get(quantity.qualifier, "")
        return f"{sign}{format_number(quantity.value)}{unit}"
    if quantity.min is not None and quantity.max is not None:
        return f"{format_number(quantity.min)}–{format_number(quantity.max)}{unit}"
    if quantity.min is not None:
        return f"≥ {format_number(quantity.min)}{unit}"
    if quantity.max is not None:
        return f"≤ {format_number(quantity.max)}{unit}"
    return quantity.raw or "?"


def _vague(quantity: Quantity) -> bool:
    """A figure in words ('des milliers'): shown in the source's words, which say more
    than the floor bilat reads into them."""
    return quantity.qualifier == "order_of_magnitude" and bool(quantity.raw)


def _jobs_unit(jobs: JobCount) -> str:
    """' direct jobs', ' total jobs': the job type is part of what the figure counts."""
    if jobs.unit not in (None, "jobs"):
        return f" {jobs.unit} ({jobs.job_type})"
    return f" {jobs.job_type} jobs"


def format_quantity(quantity: Quantity) -> str:
    """'≈ 1 000 000 t/yr (estimate)', '5 000 direct jobs', '5 000–6 000'; a figure in
    words reads as the source wrote it: 'milliers d’emplois (total jobs, ≥ 1 000, order
    of magnitude)'."""
    unit = f" {quantity.unit}" if quantity.unit else ""
    if isinstance(quantity, JobCount):
        unit = _jobs_unit(quantity)
    notes = []
    if _vague(quantity):
        text = quantity.raw or ""
        if isinstance(quantity, JobCount):
            notes.append(unit.strip())
        notes.append(_figure(quantity, "" if isinstance(quantity, JobCount) else unit))
    else:
        text = _figure(quantity, unit)
    if quantity.qualifier == "order_of_magnitude":
        notes.append("order of magnitude")
    if quantity.estimate:
        notes.append("estimate")
    return f"{text} ({', '.join(notes)})" if notes else text


def short_quantity(quantity: Quantity) -> str:
    """A table cell: the figure ('5 000 direct jobs'), or a figure in words as the source
    wrote it ('milliers d’emplois (total)')."""
    estimate = " est." if quantity.estimate else ""
    if _vague(quantity):
        kind = f" ({quantity.job_type})" if isinstance(quantity, JobCount) else ""
        return f"{quantity.raw}{kind}{estimate}"
    unit = f" {quantity.unit}" if quantity.unit else ""
    if isinstance(quantity, JobCount):
        unit = _jobs_unit(quantity)
    return _figure(quantity, unit) + estimate


def _amount(number: float | int) -> str:
    """'1.2 bn', '300 mn', '750 000': an amount as finance pages write it."""
    for scale, word in ((1e9, "bn"), (1e6, "mn")):
        if abs(number) >= scale:
            return f"{number / scale:.6g} {word}"
    return format_number(number)


def _amounts(money: Money) -> str:
    """The figure of an amount, without its currency: '≈ 1.2 bn', '1 bn–2 bn', '≥ 500 mn'."""
    if money.value is not None:
        sign = {"approx": "≈ ", "at_least": "≥ "}.get(money.qualifier, "")
        return f"{sign}{_amount(money.value)}"
    if money.min is not None and money.max is not None:
        low, high = _amount(money.min), _amount(money.max)
        if low.split()[-1] == high.split()[-1] and " " in low:  # one scale: '1–2 bn'
            return f"{low.split()[0]}–{high}"
        return f"{low}–{high}"
    if money.min is not None:
        return f"≥ {_amount(money.min)}"
    if money.max is not None:
        return f"≤ {_amount(money.max)}"
    return "?"


def format_money(money: Money) -> str:
    """'USD 1.2 bn (2024)', '≈ EUR 300 mn (estimate)', 'USD 1–2 bn'; an amount in words
    reads as the source wrote it: 'des milliards de dollars (USD, ≥ 1 bn, order of
    magnitude)'; one in no stated currency says so."""
    currency = money.currency or ""
    notes: list[str] = []
    if _vague(money):
        text = money.raw or ""
        notes += [part for part in (currency, _amounts(money)) if part]
    else:
        figure = _amounts(money)
        sign = figure[:2] if figure[:2] in ("≈ ", "≥ ", "≤ ") else ""
        text = f"{sign}{currency} {figure[len(sign) :]}".strip()
    if money.year is not None and str(money.year) not in text:
        notes.insert(0, str(money.year))
    if money.qualifier == "order_of_magnitude":
        notes.append("order of magnitude")
    if money.estimate:
        notes.append("estimate")
    if not currency:
        notes.append("currency not stated")
    return f"{text} ({', '.join(notes)})" if notes else text


def short_money(money: Money) -> str:
    """A table cell: 'USD 1.2 bn (2024)', 'des milliards de dollars', '≈ EUR 300 mn est.'."""
    if _vague(money):
        text = money.raw or ""
    else:
        figure = _amounts(money)
        sign = figure[:2] if figure[:2] in ("≈ ", "≥ ", "≤ ") else ""
        text = f"{sign}{money.currency or '?'} {figure[len(sign) :]}"
    year = f" ({money.year})" if money.year is not None and str(money.year) not in text else ""
    return text + year + (" est." if money.estimate else "")


def key_date(
    dates: Mapping[str, DateValue], order: Sequence[str] = PROJECT_KEY_DATES
) -> tuple[str, DateValue | None]:
    """The date a project is best known by: the first of ``order`` it has, else the
    first of its dates by name."""
    for key in order:
        if key in dates:
            return key, dates[key]
    if dates:
        key = sorted(dates)[0]
        return key, dates[key]
    return "", None


def key_event(
    events: Sequence[Event], order: Sequence[str] = AGREEMENT_KEY_EVENTS
) -> tuple[str, DateValue | None]:
    """The dated event an agreement is best known by: the first type of ``order`` it has,
    else its last dated event."""
    dated = [event for event in events if event.date is not None]
    for wanted in order:
        for event in dated:
            if event.type == wanted:
                return event.type, event.date
    if dated:
        return dated[-1].type, dated[-1].date
    return "", None


def component_text(component: Component, sector_name: Callable[[str], str]) -> str:
    """'Centrale électrique [Energy] — 50 MW': a part's name, its sector, its note."""
    sector = f" [{sector_name(component.sector)}]" if component.sector else ""
    note = f" — {component.note}" if component.note else ""
    return display_name(component.name) + sector + note


def place_of(location: Location | None) -> str:
    if location is None:
        return ""
    return ", ".join(p for p in (location.locality, location.region, location.country) if p)


def _local(text: dict[str, str]) -> str:
    return " / ".join(f"{value} [{lang}]" for lang, value in text.items())


def _codes(codes: dict[str, str | None]) -> str:
    return ", ".join(f"{system.upper()} {code}" for system, code in codes.items() if code)


# -- one field, in full: a line of the detail ------------------------------------------

# How each type of field reads in the detail (its value, or "" for none: the field's
# ``empty`` text is shown then). ``dates`` are a line per date, see ``_date_views``.
Show = Callable[[Snapshot, Any, FieldSpec], str]


def _value(record: Any, spec: FieldSpec) -> Any:
    return getattr(record, spec.name)


def _show_ref(snapshot: Snapshot, record: Any, spec: FieldSpec) -> str:
    target = _value(record, spec)
    if not target or spec.show == "id":
        return target or ""
    if spec.show == "name":
        return snapshot.links.name_of(target)
    found = snapshot.find(target)
    return f"{title_of(found)} ({target})" if found is not None else target


def _show_refs(snapshot: Snapshot, record: Any, spec: FieldSpec) -> str:
    ids = spec.linked(snapshot.links, record) if spec.linked else _value(record, spec)
    if spec.show == "name":
        return ", ".join(snapshot.links.name_of(target) for target in ids)
    return "; ".join(
        f"{title_of(found)} ({target})" if (found := snapshot.find(target)) else target
        for target in ids
    )


def _show_sector_refs(snapshot: Snapshot, record: Any, spec: FieldSpec) -> str:
    return ", ".join(
        snapshot.links.sector_name(ref.sector) + (" (primary)" if ref.primary else "")
        for ref in _value(record, spec)
    )


def _show_components(snapshot: Snapshot, record: Any, spec: FieldSpec) -> str:
    return "; ".join(
        display_name(c.name)
        + (f" [{snapshot.links.sector_name(c.sector)}]" if c.sector else "")
        + (f" — {c.note}" if c.note else "")
        for c in _value(record, spec)
    )


def _show_parties(snapshot: Snapshot, record: Any, spec: FieldSpec) -> str:
    vocabulary = spec.vocabulary
    return "; ".join(
        snapshot.links.party_name(party)
        + (f" ({vocabulary.label(party.role) if vocabulary else party.role})" if party.role else "")
        for party in _value(record, spec)
    )


def role_text(snapshot: Snapshot, role: Any, *, full: bool = True) -> str:
    """'ministre de l’Industrie [fr] — Ministry of Industry (2019 – 2024)'; short: the
    title in one language and the organisation."""
    parts = [_local(role.title) if full else display_name(role.title)]
    if role.org:
        parts.append(snapshot.links.org_name(role.org))
    text = " — ".join(part for part in parts if part)
    if full and (role.from_ is not None or role.to is not None):
        since, until = format_date(role.from_) or "?", format_date(role.to) or ""
        text += f" ({since} – {until})" if until else f" (from {since})"
    return text


def _show_roles(snapshot: Snapshot, record: Any, spec: FieldSpec) -> str:
    return "; ".join(role_text(snapshot, role) for role in _value(record, spec))


def _show_events(snapshot: Snapshot, record: Any, spec: FieldSpec) -> str:
    label = _label(spec)
    return "; ".join(
        f"{label(event.type)}: {format_date(event.date) or 'undated'}"
        for event in _value(record, spec)
    )


def _label(spec: FieldSpec) -> Callable[[str], str]:
    """How a value of the field's vocabulary reads (as it is, without one)."""
    vocabulary = spec.vocabulary
    return vocabulary.label if vocabulary is not None else str


def _show_source_text(snapshot: Snapshot, record: Any, spec: FieldSpec) -> str:
    text = _value(record, spec)
    return f"{len(text)} characters, cited by {snapshot.links.claims_citing(record.id)} claim(s)"


SHOW: dict[str, Show] = {
    "id": lambda s, r, f: str(r.id),
    "text": lambda s, r, f: _value(r, f) or "",
    "quote": lambda s, r, f: _value(r, f) or "",
    "long_text": lambda s, r, f: _value(r, f) or "",
    "lang": lambda s, r, f: _value(r, f) or "",
    "country": lambda s, r, f: _value(r, f) or "",
    "local_text": lambda s, r, f: _local(_value(r, f)),
    "aliases": lambda s, r, f: "; ".join(_local(alias) for alias in _value(r, f)),
    "choice": lambda s, r, f: _label(f)(_value(r, f)),
    "countries": lambda s, r, f: ", ".join(_value(r, f)),
    "date": lambda s, r, f: format_date(_value(r, f)),
    "events": _show_events,
    "ref": _show_ref,
    "refs": _show_refs,
    "sector_refs": _show_sector_refs,
    "location": lambda s, r, f: place_of(_value(r, f)),
    "quantities": lambda s, r, f: "; ".join(format_quantity(q) for q in _value(r, f)),
    "jobs": lambda s, r, f: "; ".join(format_quantity(q) for q in _value(r, f)),
    "money": lambda s, r, f: "; ".join(format_money(m) for m in _value(r, f)),
    "components": _show_components,
    "parties": _show_parties,
    "roles": _show_roles,
    "codes": lambda s, r, f: _codes(_value(r, f)),
    "flags": lambda s, r, f: "\n".join(f"⚑ {flag}" for flag in _value(r, f)),
    "source_text": _show_source_text,
    "claim_value": lambda s, r, f: msgspec.json.encode(_value(r, f)).decode(),
}


# -- one field, short: a cell of a table, ``bilat list`` and CSV --------------------


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    cell: Callable[[Snapshot, Any], str]
    sort_key: Callable[[Snapshot, Any], Any] | None = None


def _date_sort(date: DateValue | None) -> str:
    if date is None:
        return "9999"
    return date.earliest or date.latest or "9998"


def _quantity_sort(items: Sequence[Quantity]) -> float:
    for quantity in items:
        for number in (quantity.value, quantity.min, quantity.max):
            if number is not None:
                return float(number)
    return -1.0


def _labelled(key: str, date: DateValue | None, label: Callable[[str], str]) -> str:
    if date is None:
        return ""
    return f"{short_date(date)} · {label(key)}" if key else short_date(date)


def _key_order(spec: FieldSpec) -> tuple[str, ...]:
    """Dates and events, most telling first: the latest stage of the field's vocabulary."""
    return tuple(reversed(spec.vocabulary.values)) if spec.vocabulary is not None else ()


def _short_cell(spec: FieldSpec) -> Callable[[Snapshot, Any], str]:
    """A function giving the field's cell: made once per column, run for every row (at
    100,000 projects, for every row a sort or a filter shows), so it reads the field
    straight, without looking its type up each time."""
    get = operator.attrgetter(spec.name)
    label = _label(spec)
    order = _key_order(spec)
    # A closed vocabulary's labels, made once (a sort by status reads every row's).
    labels = {value: label(value) for value in spec.vocabulary.values} if spec.vocabulary else {}
    by_type: dict[str, Callable[[Snapshot, Any], str]] = {
        "local_text": lambda s, r: display_name(get(r)),
        "choice": lambda s, r: labels.get(value := get(r)) or label(value),
        "date": lambda s, r: short_date(get(r)),
        "ref": lambda s, r: (
            (s.links.name_of(get(r)) if spec.show == "name" else get(r)) if get(r) else ""
        ),
        # The primary sector first.
        "sector_refs": lambda s, r: ", ".join(
            s.links.sector_name(ref.sector)
            for ref in sorted(get(r), key=lambda ref: not ref.primary)
        ),
        "refs": lambda s, r: ", ".join(s.links.name_of(target) for target in get(r)),
        "location": lambda s, r: place_of(get(r)),
        "dates": lambda s, r: _labelled(*key_date(get(r), order), label),
        "events": lambda s, r: _labelled(*key_event(get(r), order), label),
        "quantities": lambda s, r: "; ".join(short_quantity(q) for q in get(r)),
        "jobs": lambda s, r: "; ".join(short_quantity(q) for q in get(r)),
        "money": lambda s, r: "; ".join(short_money(m) for m in get(r)),
        "parties": lambda s, r: ", ".join(s.links.party_name(party) for party in get(r)),
        "roles": lambda s, r: "; ".join(role_text(s, role, full=False) for role in get(r)),
        "codes": lambda s, r: _codes(get(r)),
        "countries": lambda s, r: ", ".join(get(r)),
    }
    return by_type.get(spec.type, lambda s, r: get(r) or "")


def _sort_key(spec: FieldSpec) -> Callable[[Snapshot, Any], Any] | None:
    """How a column of dates or figures sorts (by date, by number); others by their text."""
    get = operator.attrgetter(spec.name)
    order = _key_order(spec)
    return {
        "dates": lambda s, r: _date_sort(key_date(get(r), order)[1]),
        "events": lambda s, r: _date_sort(key_event(get(r), order)[1]),
        "quantities": lambda s, r: _quantity_sort(get(r)),
        "jobs": lambda s, r: _quantity_sort(get(r)),
        "money": lambda s, r: _quantity_sort(get(r)),
    }.get(spec.type)


# Columns of a value that is no field of the record.
DERIVED: dict[str, Callable[[Snapshot, Any], str]] = {
    "claims_citing": lambda s, r: str(s.links.claims_citing(r.id)),
}


def _columns(spec: KindSpec) -> list[Column]:
    columns = []
    for column in spec.columns:
        if column.field in DERIVED:
            columns.append(Column(column.key, column.title, DERIVED[column.field]))
            continue
        field_spec = spec.field(column.field)
        columns.append(
            Column(column.key, column.title, _short_cell(field_spec), _sort_key(field_spec))
        )
    return columns


COLUMNS: dict[str, list[Column]] = {kind: _columns(spec) for kind, spec in SPECS.items()}


# -- detail -----------------------------------------------------------------------


@dataclass
class ClaimView:
    claim: Claim
    source_title: str
    conflict: bool = False  # its value disagrees with another source's
    resolved: bool = False  # ... and a preferred claim with a reason settled which


@dataclass
class FieldView:
    """One field of a record: its value as text, and the claims that back it."""

    key: str
    label: str
    value: str
    claims: list[ClaimView] = field(default_factory=list)
    link: str | None = None
    # How many distinct stories agree on a value of it (0: no two do).
    corroborated: int = 0
    # Other records a source puts an item of it on (a unit "of the second complex").
    elsewhere: list[str] = field(default_factory=list)

    @property
    def conflict(self) -> bool:
        """True if sources disagree on it and nothing settled which is right."""
        return any(view.conflict and not view.resolved for view in self.claims)

    @property
    def resolved(self) -> bool:
        """True if sources disagree on it and a preferred claim with a reason settled it."""
        return any(view.resolved for view in self.claims) and not self.conflict


def _claim_fields(claim: Claim) -> str:
    """The top field a claim is on: 'dates.operation_start' belongs to 'dates'."""
    return claim.field.split(".")[0].split("[")[0]


def list_fields(spec: KindSpec) -> frozenset[str]:
    """Fields of a kind whose claims each back one item of a list: different items there
    add up, they do not disagree (values on one item may: ``store.conflicts``)."""
    return frozenset(field_spec.name for field_spec in spec.fields if field_spec.is_list)


def describe(snapshot: Snapshot, record: Record) -> list[FieldView]:
    """Every field of ``record`` as a line (in the order of its kind's spec), each with
    its claims; conflicts marked; claims on no field of the record come last."""
    spec = spec_for(record)
    by_field = _claims_by_field(snapshot, record, spec)
    views = [
        view
        for field_spec in spec.fields
        for view in _views(snapshot, record, field_spec, by_field)
    ]
    labels = {claimed.name: claimed.label for claimed in spec.claimed}
    for name, rest in by_field.items():
        label = labels.get(name) or name.replace("_", " ").capitalize()
        views.append(FieldView(name, label, "(claim only)", rest))
    compared = snapshot.evidence.compared(record.id)
    for view in views:
        view.corroborated = _corroborated(snapshot, record, view.key)
        view.elsewhere = sorted(
            {other for f in compared.conflicts if f.field == view.key for other in f.elsewhere}
        )
    return views


def _claims_by_field(
    snapshot: Snapshot, record: Record, spec: KindSpec
) -> dict[str, list[ClaimView]]:
    claims = snapshot.claims_for(record.id)
    compared = snapshot.evidence.compared(record.id)
    open_ids = {c for f in compared.conflicts if f.resolved_by is None for c in f.claims}
    settled = {c for f in compared.conflicts if f.resolved_by is not None for c in f.claims}
    by_field: dict[str, list[ClaimView]] = {}
    for claim in claims:
        source = snapshot.sources.get(claim.source)
        view = ClaimView(
            claim,
            source.title if source else claim.source,
            conflict=claim.id in open_ids or claim.id in settled,
            resolved=claim.id in settled and claim.id not in open_ids,
        )
        by_field.setdefault(_claim_fields(claim), []).append(view)
    return by_field


def _corroborated(snapshot: Snapshot, record: Record, key: str) -> int:
    """The most stories agreeing on one value of the field ``key`` ('dates.x' or 'jobs')."""
    found = [
        finding.sources
        for finding in snapshot.evidence.compared(record.id).corroborations
        if finding.field == key or finding.field.split(".")[0] == key
    ]
    return max(found, default=0)


def _views(
    snapshot: Snapshot, record: Any, spec: FieldSpec, by_field: dict[str, list[ClaimView]]
) -> list[FieldView]:
    if spec.type == "dates":
        return _date_views(record, spec, by_field.pop(spec.name, []))
    if spec.type == "aliases" and not _value(record, spec) and spec.name not in by_field:
        return []  # most records have none: no empty line for them
    value = SHOW[spec.type](snapshot, record, spec) or spec.empty
    link = _value(record, spec) if spec.type == "ref" else None
    return [FieldView(spec.name, spec.label, value, by_field.pop(spec.name, []), link)]


def _date_views(record: Any, spec: FieldSpec, claims: list[ClaimView]) -> list[FieldView]:
    """A line per date ('Date: operation start'), each with the claims on exactly that
    date; a claim on a date the record does not hold gets a line of its own."""
    label = _label(spec)
    views = [
        FieldView(f"{spec.name}.{key}", f"{spec.label}: {label(key)}", format_date(date))
        for key, date in _value(record, spec).items()
    ]
    for view in claims:
        target = next((v for v in views if v.key == view.claim.field), None)
        if target is None:
            views.append(FieldView(view.claim.field, view.claim.field, "(claim only)", [view]))
        else:
            target.claims.append(view)
    return views


# -- related records --------------------------------------------------------------


@dataclass
class Link:
    """A record one keystroke away from another."""

    record_id: str
    relation: str
    title: str


def related(snapshot: Snapshot, record: Record) -> list[Link]:
    """Records linked to ``record``, both ways, in the order its kind's spec gives
    (agreements, projects, parties, sectors, parents, what points at it), then the
    sources of its claims."""
    spec = spec_for(record)
    links: list[Link] = []
    seen: set[str] = set()

    def add(record_id: str | None, relation: str) -> None:
        if record_id and record_id not in seen:
            seen.add(record_id)
            target = snapshot.find(record_id)
            links.append(Link(record_id, relation, title_of(target) if target else record_id))

    for name in spec.related:
        if name == REFERRERS:
            for user in snapshot.links.referrers(record.id):
                if not user.startswith(SPECS["claims"].prefix):
                    add(user, spec.referrer_relation)
        else:
            for target, relation in _field_links(snapshot, record, spec.field(name)):
                add(target, relation)
    for claim in snapshot.claims_for(record.id):
        add(claim.source, "source")
    return links


def _field_links(snapshot: Snapshot, record: Any, spec: FieldSpec) -> list[tuple[str, str]]:
    """(id, relation) of the records one field of ``record`` leads to."""
    if spec.type == "parties":
        return [
            (party.who, f"{spec.relation} ({party.role})" if party.role else spec.relation)
            for party in _value(record, spec)
        ]
    if spec.type == "roles":
        return [
            (
                role.org,
                f"{spec.relation} ({title})"
                if (title := display_name(role.title))
                else spec.relation,
            )
            for role in _value(record, spec)
            if role.org
        ]
    lookup = spec.related or spec.linked
    if lookup is not None:
        ids = lookup(snapshot.links, record)
    else:
        value = _value(record, spec)
        ids = value if isinstance(value, list) else [value]
    return [(target, spec.relation) for target in ids if target]
