"""Records as short texts: the columns of a list and the lines of a detail view.

Both the command line and the explorer show records through these functions,
so a figure reads the same everywhere. Nothing here styles text: that is the
caller's job (Rich on a terminal, plain when piped, Textual in the explorer).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import msgspec

from .models import (
    Agreement,
    Claim,
    DateValue,
    JobCount,
    Org,
    Project,
    Quantity,
    Record,
    Sector,
    Source,
    display_name,
    title_of,
)
from .snapshot import Snapshot

# The date a project or agreement is best known by, most telling first.
PROJECT_KEY_DATES = (
    "operation_start",
    "commissioning",
    "construction_start",
    "approved",
    "announced",
)
AGREEMENT_KEY_EVENTS = ("in_force", "signed", "approved", "finalised", "proposed", "announced")


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


def format_quantity(quantity: Quantity) -> str:
    """'≈ 1 000 000 t/yr (estimate)', '≥ 1 000 jobs (order of magnitude)', '5 000–6 000'."""
    unit = f" {quantity.unit}" if quantity.unit else ""
    if quantity.value is not None:
        sign = {"approx": "≈ ", "at_least": "≥ "}.get(quantity.qualifier, "")
        text = f"{sign}{format_number(quantity.value)}{unit}"
    elif quantity.min is not None and quantity.max is not None:
        text = f"{format_number(quantity.min)}–{format_number(quantity.max)}{unit}"
    elif quantity.min is not None:
        text = f"≥ {format_number(quantity.min)}{unit}"
    elif quantity.max is not None:
        text = f"≤ {format_number(quantity.max)}{unit}"
    else:
        text = quantity.raw or "?"
    notes = []
    if quantity.qualifier == "order_of_magnitude":
        notes.append("order of magnitude")
    if quantity.estimate:
        notes.append("estimate")
    if isinstance(quantity, JobCount):
        notes.insert(0, quantity.job_type)
    return f"{text} ({', '.join(notes)})" if notes else text


def short_quantity(quantity: Quantity) -> str:
    text = format_quantity(quantity)
    return text.split(" (")[0] + (" est." if quantity.estimate else "")


def project_key_date(project: Project) -> tuple[str, DateValue | None]:
    for key in PROJECT_KEY_DATES:
        if key in project.dates:
            return key, project.dates[key]
    if project.dates:
        key = sorted(project.dates)[0]
        return key, project.dates[key]
    return "", None


def agreement_key_date(agreement: Agreement) -> tuple[str, DateValue | None]:
    dated = [event for event in agreement.events if event.date is not None]
    for wanted in AGREEMENT_KEY_EVENTS:
        for event in dated:
            if event.type == wanted:
                return event.type, event.date
    if dated:
        return dated[-1].type, dated[-1].date
    return "", None


def place_of(project: Project) -> str:
    location = project.location
    if location is None:
        return ""
    return ", ".join(p for p in (location.locality, location.region, location.country) if p)


def parties_text(snapshot: Snapshot, record: Project | Agreement) -> str:
    return ", ".join(snapshot.org_name(party.org) for party in record.parties)


def sectors_text(snapshot: Snapshot, record: Project | Agreement) -> str:
    if isinstance(record, Project):
        ordered = sorted(record.sectors, key=lambda ref: not ref.primary)
        return ", ".join(snapshot.sector_name(ref.sector) for ref in ordered)
    return ", ".join(snapshot.sector_name(sector_id) for sector_id in record.sectors)


# -- list columns ---------------------------------------------------------------


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


COLUMNS: dict[str, list[Column]] = {
    "projects": [
        Column("name", "Name", lambda s, r: display_name(r.name)),
        Column("sectors", "Sectors", sectors_text),
        Column("where", "Where", lambda s, r: place_of(r)),
        Column("status", "Status", lambda s, r: r.status),
        Column(
            "date",
            "Key date",
            lambda s, r: _labelled(*project_key_date(r)),
            lambda s, r: _date_sort(project_key_date(r)[1]),
        ),
        Column(
            "capacity",
            "Capacity",
            lambda s, r: "; ".join(short_quantity(q) for q in r.capacity),
            lambda s, r: _quantity_sort(r.capacity),
        ),
        Column(
            "jobs",
            "Jobs",
            lambda s, r: "; ".join(short_quantity(q) for q in r.jobs),
            lambda s, r: _quantity_sort(r.jobs),
        ),
    ],
    "agreements": [
        Column("title", "Title", lambda s, r: display_name(r.title)),
        Column("instrument", "Instrument", lambda s, r: r.instrument),
        Column("parties", "Parties", parties_text),
        Column("status", "Status", lambda s, r: r.status),
        Column(
            "date",
            "Key date",
            lambda s, r: _labelled(*agreement_key_date(r)),
            lambda s, r: _date_sort(agreement_key_date(r)[1]),
        ),
    ],
    "sectors": [
        Column("name", "Name", lambda s, r: display_name(r.name)),
        Column("parent", "Parent", lambda s, r: s.sector_name(r.parent) if r.parent else ""),
        Column(
            "codes", "Codes", lambda s, r: ", ".join(f"{k} {v}" for k, v in r.codes.items() if v)
        ),
    ],
    "orgs": [
        Column("name", "Name", lambda s, r: display_name(r.name)),
        Column("acronym", "Acronym", lambda s, r: r.acronym or ""),
        Column("kind", "Kind", lambda s, r: r.kind),
        Column("country", "Country", lambda s, r: r.country or ""),
    ],
    "sources": [
        Column("title", "Title", lambda s, r: r.title),
        Column("publisher", "Publisher", lambda s, r: r.publisher or ""),
        Column("lang", "Lang", lambda s, r: r.lang or ""),
        Column("published", "Published", lambda s, r: short_date(r.published)),
        Column("claims", "Claims", lambda s, r: str(s.claims_citing(r.id))),
    ],
    "claims": [
        Column("subject", "Subject", lambda s, r: r.subject),
        Column("field", "Field", lambda s, r: r.field),
        Column("quote", "Quote", lambda s, r: r.quote),
        Column("source", "Source", lambda s, r: r.source),
    ],
}


def _labelled(label: str, date: DateValue | None) -> str:
    if date is None:
        return ""
    return f"{short_date(date)} · {label.replace('_', ' ')}" if label else short_date(date)


# -- detail -----------------------------------------------------------------------


@dataclass
class ClaimView:
    claim: Claim
    source_title: str
    conflict: bool = False


@dataclass
class FieldView:
    """One field of a record: its value as text, and the claims that back it."""

    key: str
    label: str
    value: str
    claims: list[ClaimView] = field(default_factory=list)
    link: str | None = None

    @property
    def conflict(self) -> bool:
        return any(view.conflict for view in self.claims)


def _claim_fields(claim: Claim) -> str:
    """The top field a claim is on: 'dates.operation_start' belongs to 'dates'."""
    return claim.field.split(".")[0].split("[")[0]


# Fields whose claims each back one item of a list: different values there add up,
# they do not disagree.
LIST_FIELDS = frozenset(
    (
        "sectors",
        "countries",
        "capacity",
        "jobs",
        "components",
        "parties",
        "agreements",
        "projects",
        "events",
        "flags",
        "codes",
        "name",
        "title",
    )
)


def conflicting_fields(claims: Sequence[Claim]) -> set[str]:
    """Fields on which two non-deprecated claims give different values."""
    values: dict[str, set[bytes]] = {}
    for claim in claims:
        if claim.rank == "deprecated" or claim.value is None:
            continue
        if _claim_fields(claim) in LIST_FIELDS:
            continue
        values.setdefault(claim.field, set()).add(msgspec.json.encode(claim.value, order="sorted"))
    return {name for name, found in values.items() if len(found) > 1}


def describe(snapshot: Snapshot, record: Record) -> list[FieldView]:
    """Every field of ``record`` as a line, each with its claims; conflicts marked."""
    claims = snapshot.claims_for(record.id)
    conflicts = conflicting_fields(claims)
    views: list[FieldView] = []
    by_field: dict[str, list[ClaimView]] = {}
    for claim in claims:
        source = snapshot.sources.get(claim.source)
        view = ClaimView(claim, source.title if source else claim.source, claim.field in conflicts)
        by_field.setdefault(_claim_fields(claim), []).append(view)

    def add(name: str, label: str, value: str, link: str | None = None) -> None:
        views.append(FieldView(name, label, value, by_field.pop(name, []), link))

    add("id", "Id", record.id)
    if isinstance(record, (Sector, Org, Project)):
        add("name", "Name", _local(record.name))
    if isinstance(record, Agreement):
        add("title", "Title", _local(record.title))
    if isinstance(record, Sector):
        add(
            "parent",
            "Parent",
            snapshot.sector_name(record.parent) if record.parent else "—",
            record.parent,
        )
        add(
            "codes",
            "Codes",
            ", ".join(f"{k.upper()} {v}" for k, v in record.codes.items() if v) or "—",
        )
    if isinstance(record, Org):
        add("acronym", "Acronym", record.acronym or "—")
        add("kind", "Kind", record.kind)
        add("country", "Country", record.country or "unknown")
        add(
            "parent",
            "Parent",
            snapshot.org_name(record.parent) if record.parent else "—",
            record.parent,
        )
    if isinstance(record, Project):
        add("sectors", "Sectors", _project_sectors(snapshot, record))
        add("countries", "Countries", ", ".join(record.countries) or "unknown")
        add("location", "Location", place_of(record) or "not stated")
        add("status", "Status", record.status)
        for key, date in record.dates.items():
            views.append(
                FieldView(f"dates.{key}", f"Date: {key.replace('_', ' ')}", format_date(date))
            )
        _attach(views, by_field, "dates")
        add(
            "capacity",
            "Capacity",
            "; ".join(format_quantity(q) for q in record.capacity) or "not stated",
        )
        add("jobs", "Jobs", "; ".join(format_quantity(q) for q in record.jobs) or "not stated")
        add(
            "components",
            "Components",
            "; ".join(
                display_name(c.name)
                + (f" [{snapshot.sector_name(c.sector)}]" if c.sector else "")
                + (f" — {c.note}" if c.note else "")
                for c in record.components
            )
            or "—",
        )
    if isinstance(record, Agreement):
        add("instrument", "Instrument", record.instrument)
        add("status", "Status", record.status)
        add(
            "events",
            "Events",
            "; ".join(f"{e.type}: {format_date(e.date) or 'undated'}" for e in record.events)
            or "—",
        )
        add("sectors", "Sectors", ", ".join(snapshot.sector_name(s) for s in record.sectors) or "—")
    if isinstance(record, (Project, Agreement)):
        if isinstance(record, Project):
            linked = snapshot.agreements_of_project(record.id)
            add(
                "agreements",
                "Agreements",
                "; ".join(
                    f"{title_of(snapshot.get(a))} ({a})" if snapshot.find(a) else a for a in linked
                )
                or "—",
            )
        else:
            linked = snapshot.projects_of_agreement(record.id)
            add(
                "projects",
                "Projects",
                "; ".join(
                    f"{title_of(snapshot.get(p))} ({p})" if snapshot.find(p) else p for p in linked
                )
                or "—",
            )
        add(
            "parties",
            "Parties",
            "; ".join(
                f"{snapshot.org_name(p.org)}" + (f" ({p.role})" if p.role else "")
                for p in record.parties
            )
            or "none stated",
        )
        add("flags", "Flags", "\n".join(f"⚑ {flag}" for flag in record.flags) or "—")
        add("notes", "Notes", record.notes or "—")
    if isinstance(record, Source):
        add("title", "Title", record.title)
        add("publisher", "Publisher", record.publisher or "unknown")
        add("url", "URL", record.url or "unknown")
        add("lang", "Language", record.lang or "unknown")
        add("published", "Published", format_date(record.published) or "unknown")
        add("sha256", "SHA-256", record.sha256 or "")
        add(
            "text",
            "Text",
            f"{len(record.text)} characters, cited by {snapshot.claims_citing(record.id)} claim(s)",
        )
    if isinstance(record, Claim):
        add(
            "subject",
            "Subject",
            f"{title_of(snapshot.get(record.subject))} ({record.subject})"
            if snapshot.find(record.subject)
            else record.subject,
            record.subject,
        )
        add("field", "Field", record.field)
        add("value", "Value", msgspec.json.encode(record.value).decode())
        add("source", "Source", record.source, record.source)
        add("quote", "Quote", record.quote)
        add("rank", "Rank", record.rank)
        add("note", "Note", record.note or "—")
    for name, rest in by_field.items():
        views.append(FieldView(name, name.replace("_", " ").capitalize(), "(claim only)", rest))
    return views


def _attach(views: list[FieldView], by_field: dict[str, list[ClaimView]], name: str) -> None:
    """Give each 'dates.x' line the claims on exactly that date."""
    pending = by_field.pop(name, [])
    for view in pending:
        target = next((v for v in views if v.key == view.claim.field), None)
        if target is None:
            views.append(FieldView(view.claim.field, view.claim.field, "(claim only)", [view]))
        else:
            target.claims.append(view)


def _local(text: dict[str, str]) -> str:
    return " / ".join(f"{value} [{lang}]" for lang, value in text.items())


def _project_sectors(snapshot: Snapshot, project: Project) -> str:
    return (
        ", ".join(
            snapshot.sector_name(ref.sector) + (" (primary)" if ref.primary else "")
            for ref in project.sectors
        )
        or "—"
    )


@dataclass
class Link:
    """A record one keystroke away from another."""

    record_id: str
    relation: str
    title: str


def related(snapshot: Snapshot, record: Record) -> list[Link]:
    """Records linked to ``record``, both ways: agreements, projects, parties, sources, sectors."""
    links: list[Link] = []

    def add(record_id: str | None, relation: str) -> None:
        if record_id and not any(link.record_id == record_id for link in links):
            target = snapshot.find(record_id)
            links.append(Link(record_id, relation, title_of(target) if target else record_id))

    if isinstance(record, Project):
        for agreement_id in snapshot.agreements_of_project(record.id):
            add(agreement_id, "agreement")
    if isinstance(record, Agreement):
        for project_id in snapshot.projects_of_agreement(record.id):
            add(project_id, "project")
    if isinstance(record, (Project, Agreement)):
        for party in record.parties:
            add(party.org, f"party ({party.role})" if party.role else "party")
        for sector_id in snapshot.sectors_of(record):
            add(sector_id, "sector")
    if isinstance(record, (Org, Sector)):
        for user in snapshot.referrers(record.id):
            if not user.startswith("clm-"):
                add(user, "used by")
    if isinstance(record, (Sector, Org)) and record.parent:
        add(record.parent, "parent")
    if isinstance(record, Claim):
        add(record.subject, "subject")
        add(record.source, "source")
    for claim in snapshot.claims_for(record.id):
        add(claim.source, "source")
    return links
