"""The records of a view as CSV tables to compute with: numbers as numbers.

One table per kind, a ``quantities`` table (every capacity, job count and investment,
one item a row), a ``claims`` table (record, field, value, quote, source), and a
sidecar ``view.json`` that says which view and when. Figures are split into their
parts (value, min, max, unit, qualifier, estimate, the source's words), jobs by job
type, dates into earliest and latest with their raw words: a spreadsheet sums what it
can and the words say what the numbers cannot ("des milliers" is min 1000, no value).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import orjson

from .brief import value_text
from .errors import UsageError
from .files import atomic_file, what_is_at
from .kinds import DATE_KEY, EVENT_TYPE
from .models import JOB_TYPES, DateValue, JobCount, Money, Quantity, display_name
from .present import COLUMNS
from .snapshot import Snapshot

SIDECAR = "view.json"
_QUANTITY_PARTS = ("value", "min", "max", "unit", "qualifier", "estimate", "raw")
_DATE_PARTS = ("earliest", "latest", "raw", "planned", "estimate")

Row = dict[str, Any]


def _cell(value: Any) -> str:
    """A CSV cell: numbers as Python writes them (no spaces, a dot), booleans as
    true/false, nothing as an empty cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _quantity(prefix: str, quantity: Quantity | None) -> Row:
    return {
        f"{prefix}_{part}": getattr(quantity, part, None) if quantity is not None else None
        for part in _QUANTITY_PARTS
    }


def _date(prefix: str, date: DateValue | None) -> Row:
    return {
        f"{prefix}_{part}": getattr(date, part, None) if date is not None else None
        for part in _DATE_PARTS
    }


def _project(snapshot: Snapshot, record: Any) -> Row:
    primary = [ref.sector for ref in record.sectors if ref.primary]
    location = record.location
    row: Row = {
        "id": record.id,
        "name": display_name(record.name),
        "status": record.status,
        "primary_sector": primary[0] if primary else None,
        "sectors": ";".join(ref.sector for ref in record.sectors),
        "countries": ";".join(record.countries),
        "country": location.country if location else None,
        "region": location.region if location else None,
        "locality": location.locality if location else None,
    }
    for key in DATE_KEY.values:
        row |= _date(key, record.dates.get(key))
    row |= _quantity("capacity", record.capacity[0] if record.capacity else None)
    row["capacity_items"] = len(record.capacity)
    for job_type in JOB_TYPES:
        found = [jobs for jobs in record.jobs if jobs.job_type == job_type]
        row |= _quantity(f"jobs_{job_type}", found[0] if found else None)
    row |= _money(record.investment)
    row["parties"] = ";".join(party.who for party in record.parties)
    row["agreements"] = ";".join(record.agreements)
    return row


def _money(investment: Sequence[Money]) -> Row:
    first = investment[0] if investment else None
    row = _quantity("investment", first)
    row["investment_currency"] = first.currency if first else None
    row["investment_year"] = first.year if first else None
    row["investment_items"] = len(investment)
    return row


def _agreement(snapshot: Snapshot, record: Any) -> Row:
    row: Row = {
        "id": record.id,
        "title": display_name(record.title),
        "instrument": record.instrument,
        "status": record.status,
        "sectors": ";".join(record.sectors),
        "countries": ";".join(record.countries),
        "parties": ";".join(party.who for party in record.parties),
        "projects": ";".join(record.projects),
    }
    for event_type in EVENT_TYPE.values:
        found = [event.date for event in record.events if event.type == event_type]
        row |= _date(event_type, found[0] if found else None)
    row |= _money(record.investment)
    return row


def _source(snapshot: Snapshot, record: Any) -> Row:
    return {
        "id": record.id,
        "title": record.title,
        "publisher": record.publisher,
        "url": record.url,
        "lang": record.lang,
        **_date("published", record.published),
        "sha256": record.sha256,
        "characters": len(record.text),
    }


def _shown(kind: str) -> Callable[[Snapshot, Any], Row]:
    """A kind with no figures: its list columns, as ``bilat list`` shows them."""

    def row(snapshot: Snapshot, record: Any) -> Row:
        cells = {"id": record.id}
        for column in COLUMNS[kind]:
            cells[column.title.lower().replace(" ", "_")] = column.cell(snapshot, record)
        return cells

    return row


_ROWS: dict[str, Callable[[Snapshot, Any], Row]] = {
    "projects": _project,
    "agreements": _agreement,
    "sources": _source,
    "sectors": _shown("sectors"),
    "orgs": _shown("orgs"),
    "people": _shown("people"),
}


def _quantity_rows(snapshot: Snapshot, records: Iterable[Any]) -> list[Row]:
    rows = []
    for record in records:
        for field_name in ("capacity", "jobs", "investment"):
            for item in getattr(record, field_name, ()):
                rows.append(
                    {
                        "record": record.id,
                        "field": field_name,
                        "job_type": item.job_type if isinstance(item, JobCount) else None,
                        **{part: getattr(item, part) for part in _QUANTITY_PARTS},
                        "currency": item.currency if isinstance(item, Money) else None,
                        "year": item.year if isinstance(item, Money) else None,
                    }
                )
    return rows


def _claim_rows(snapshot: Snapshot, claims: Iterable[Any]) -> list[Row]:
    rows = []
    for claim in claims:
        source = snapshot.sources.get(claim.source)
        rows.append(
            {
                "claim": claim.id,
                "record": claim.subject,
                "field": claim.field,
                "value": value_text(snapshot, _typed(claim)),
                "value_json": orjson.dumps(claim.value).decode(),
                "quote": claim.quote,
                "source": claim.source,
                "source_title": source.title if source else None,
                "source_url": source.url if source else None,
                "rank": claim.rank,
            }
        )
    return rows


def _typed(claim: Any) -> Any:
    from .claim_values import ClaimValueError, target, typed

    try:
        return typed(target(claim.subject, claim.field), claim.value)
    except ClaimValueError:
        return claim.value


def csv_tables(snapshot: Snapshot, records: Mapping[str, Sequence[Any]]) -> dict[str, str]:
    """File name -> CSV text, for the records of each kind (claims: the claims table)."""
    tables: dict[str, list[Row]] = {}
    for kind, make in _ROWS.items():
        if records.get(kind):
            tables[f"{kind}.csv"] = [make(snapshot, record) for record in records[kind]]
    figures = [r for kind in ("projects", "agreements") for r in records.get(kind, ())]
    tables["quantities.csv"] = _quantity_rows(snapshot, figures)
    tables["claims.csv"] = _claim_rows(snapshot, records.get("claims", ()))
    return {name: _csv_text(rows, name) for name, rows in tables.items()}


_EMPTY_HEADERS = {
    "quantities.csv": ["record", "field", "job_type", *_QUANTITY_PARTS, "currency", "year"],
    "claims.csv": ["claim", "record", "field", "value", "value_json", "quote", "source"],
}


def _csv_text(rows: list[Row], name: str) -> str:
    out = io.StringIO()
    headers = list(rows[0]) if rows else _EMPTY_HEADERS.get(name, ["id"])
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow([_cell(row.get(header)) for header in headers])
    return out.getvalue()


def write_tables(folder: Path, tables: Mapping[str, str], view: Mapping[str, Any]) -> list[Path]:
    """Each table into ``folder`` (made if missing, its parent must exist), each file
    replaced whole, and the sidecar saying which view and when; the paths written."""
    found = what_is_at(folder)
    if found is not None and found != "a directory":
        raise UsageError(f"cannot write the tables into {folder}: it is {found}, not a folder")
    if not folder.exists():
        if not folder.parent.is_dir():
            raise UsageError(f"cannot write {folder}: folder {folder.parent} does not exist")
        folder.mkdir()
    written = []
    sidecar = {"view": dict(view), "tables": sorted(tables)}
    payloads = {name: text.encode("utf-8") for name, text in tables.items()}
    payloads[SIDECAR] = orjson.dumps(sidecar, option=orjson.OPT_INDENT_2)
    for name, payload in payloads.items():
        path = folder / name
        with atomic_file(path, what="export") as handle:
            handle.write(payload)
        written.append(path)
    return written
