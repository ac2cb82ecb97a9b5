"""A brief: the records of a view written for a reader who has only the brief.

Per sector, each project and agreement with its status, parties, places, dates and
figures; every value footnoted with the verbatim quote that states it and its source
(title, publisher, date, URL), so every number can be checked. Where sources disagree
the brief says so in one line ("7 500 total jobs [2] — 5 000 total jobs [3]"); a
figure in words stays in the source's words ("milliers d’emplois"); a value no claim
backs is marked as such. Written as Markdown or as one self-contained HTML page.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .conflicts import Finding, facets
from .kinds import spec_for
from .models import (
    Claim,
    Component,
    DateValue,
    Event,
    JobCount,
    Money,
    Party,
    Quantity,
    SectorRef,
    display_name,
    kind_of,
    title_of,
)
from .present import describe, format_date, format_money, format_quantity
from .snapshot import Snapshot

# The fields a brief gives, per kind, in this order (a key of ``present.describe``;
# ``dates`` stands for each of a project's dates).
BRIEF_FIELDS: dict[str, tuple[str, ...]] = {
    "projects": ("status", "parties", "location", "dates", "capacity", "jobs", "investment"),
    "agreements": ("instrument", "status", "parties", "events", "investment"),
}
NO_SECTOR = "No sector"


@dataclass(frozen=True)
class Note:
    """A footnote: the claim's quote and where it was read."""

    number: int
    claim: Claim
    source_title: str
    publisher: str | None
    published: str
    url: str | None


@dataclass
class Value:
    """One value of a line, as text, and the notes that back it (empty: no source);
    ``side``: one of the values sources disagree on (a vague figure that fits several is
    not)."""

    text: str
    notes: list[int] = field(default_factory=list)
    side: bool = False


@dataclass
class Item:
    """What the sources say of one item of a field (one job type, one date): the values
    they give; ``disputed`` when they disagree and nothing settled it."""

    values: list[Value]
    disputed: bool = False
    resolved: bool = False


@dataclass
class Line:
    label: str
    items: list[Item]


@dataclass
class Entry:
    record_id: str
    kind: str
    title: str
    lines: list[Line]
    flags: list[str]


@dataclass
class Section:
    name: str
    entries: list[Entry]


@dataclass
class Brief:
    """A brief as data: its view, its sections, its notes (numbered from 1)."""

    view: str
    made: str
    sections: list[Section]
    notes: list[Note]


class _Notes:
    """Footnotes numbered in the order they are first cited; a claim cited twice keeps
    its number."""

    def __init__(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self.by_claim: dict[str, Note] = {}

    def number(self, claim: Claim) -> int:
        found = self.by_claim.get(claim.id)
        if found is None:
            source = self.snapshot.sources.get(claim.source)
            found = Note(
                len(self.by_claim) + 1,
                claim,
                source.title if source else claim.source,
                source.publisher if source else None,
                format_date(source.published) if source else "",
                source.url if source else None,
            )
            self.by_claim[claim.id] = found
        return found.number


def build_brief(
    snapshot: Snapshot, ids: Mapping[str, Sequence[str]], *, view: str, made: str
) -> Brief:
    """The brief of the records ``ids`` (kind -> ids, in the order shown), grouped by
    their primary sector. ``view`` says which records (the filter), ``made`` when."""
    notes = _Notes(snapshot)
    sections: dict[str, list[Entry]] = {}
    for kind in BRIEF_FIELDS:
        for record_id in ids.get(kind, ()):
            record = snapshot.get(record_id)
            sections.setdefault(_sector_of(snapshot, record), []).append(
                _entry(snapshot, kind, record, notes)
            )
    ordered = sorted(sections, key=lambda name: (name == NO_SECTOR, name.casefold()))
    return Brief(
        view,
        made,
        [Section(name, sections[name]) for name in ordered],
        list(notes.by_claim.values()),
    )


def _sector_of(snapshot: Snapshot, record: Any) -> str:
    """The name of the sector a record is briefed under: its primary one, else its first."""
    refs = record.sectors
    chosen: str | None = None
    if refs and isinstance(refs[0], SectorRef):
        primary = [ref.sector for ref in refs if ref.primary]
        chosen = (primary or [refs[0].sector])[0]
    elif refs:
        chosen = refs[0]
    sector = snapshot.find(chosen) if chosen else None
    return title_of(sector) if sector is not None else NO_SECTOR


def _entry(snapshot: Snapshot, kind: str, record: Any, notes: _Notes, every: bool = False) -> Entry:
    """A record's lines: the fields of ``BRIEF_FIELDS``, or (``every``) each field a
    claim is on, in its spec's order."""
    spec = spec_for(record)
    wanted = BRIEF_FIELDS.get(kind, ())
    views = describe(snapshot, record)
    if every:
        views = [v for v in views if v.claims]
    else:
        views = [v for v in views if v.key.split(".")[0] in wanted]
        views.sort(key=lambda v: wanted.index(v.key.split(".")[0]))
    findings = snapshot.evidence.compared(record.id).conflicts
    lines = []
    for view in views:
        claims = [cv.claim for cv in view.claims if cv.claim.rank != "deprecated"]
        if claims:
            items = _items(snapshot, claims, findings, notes)
        elif view.value and view.value != spec.field(view.key.split(".")[0]).empty:
            items = [Item([Value(view.value)])]
        else:
            continue
        lines.append(Line(view.label, items))
    return Entry(record.id, kind, title_of(record), lines, list(getattr(record, "flags", ())))


def _items(
    snapshot: Snapshot, claims: list[Claim], findings: list[Finding], notes: _Notes
) -> list[Item]:
    """The claims of one line, item by item (jobs by type, a location by part), each
    item's values in the order first cited, a value's notes in claim order."""
    grouped: dict[tuple[str, str | None], dict[str, list[tuple[Claim, Any]]]] = {}
    for claim in sorted(claims, key=lambda c: (c.rank != "preferred", c.id)):
        for facet in facets(claim):
            values = grouped.setdefault((facet.path, facet.item), {})
            text = value_text(snapshot, facet.value)
            values.setdefault(text, []).append((claim, facet.value))
    items = []
    for (path, item), values in grouped.items():
        about = [f for f in findings if f.field == path and f.item == item]
        sides = [value for finding in about for value in finding.values]
        items.append(
            Item(
                [
                    Value(
                        text,
                        [notes.number(claim) for claim, _ in backing],
                        side=any(value in sides for _, value in backing),
                    )
                    for text, backing in values.items()
                ],
                disputed=any(f.resolved_by is None for f in about),
                resolved=bool(about) and all(f.resolved_by is not None for f in about),
            )
        )
    return items


def citation(snapshot: Snapshot, record_id: str) -> str:
    """One record as plain text to paste into a note: each value with its notes, then
    the notes (quote and source). A project or an agreement gives its brief's fields,
    any other record every field a claim is on."""
    record = snapshot.get(record_id)
    notes = _Notes(snapshot)
    kind = kind_of(record)
    entry = _entry(snapshot, kind, record, notes, every=kind not in BRIEF_FIELDS)
    lines = [f"{entry.title} ({entry.record_id})"]
    for line in entry.lines:
        text = "; ".join(item_text(item, escape=str) for item in line.items)
        lines.append(f"{line.label}: {text}")
    lines += [f"[{n.number}] “{n.claim.quote}” — {_where(n)}" for n in notes.by_claim.values()]
    return "\n".join(lines) + "\n"


def value_text(snapshot: Snapshot, value: Any) -> str:
    """A value one claim states, as the brief writes it (figures in words kept in words)."""
    if isinstance(value, Money):
        return format_money(value)
    if isinstance(value, (JobCount, Quantity)):
        return format_quantity(value)
    if isinstance(value, DateValue):
        return format_date(value)
    if isinstance(value, Party):
        who = _name(snapshot, value.org or value.person)
        return f"{who} ({value.role})" if value.role else who
    if isinstance(value, SectorRef):
        return _name(snapshot, value.sector)
    if isinstance(value, Event):
        return f"{value.type.replace('_', ' ')}: {format_date(value.date) or 'undated'}"
    if isinstance(value, Component):
        return display_name(value.name)
    if isinstance(value, dict):
        return display_name(value)
    if isinstance(value, list):
        return ", ".join(value_text(snapshot, item) for item in value)
    if isinstance(value, str):
        return _name(snapshot, value) if value[:4] in _ID_PREFIXES else value.replace("_", " ")
    return "" if value is None else str(value)


_ID_PREFIXES = ("src-", "sec-", "org-", "per-", "prj-", "agr-")


def _name(snapshot: Snapshot, record_id: str | None) -> str:
    found = snapshot.find(record_id) if record_id else None
    return title_of(found) if found is not None else (record_id or "")


# -- Markdown ----------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def item_text(item: Item, marker: Any = lambda n: f"[{n}]", escape: Any = _md) -> str:
    """'5 000 direct jobs [1][4]', or a dispute written out: '7 500 total jobs [2] —
    5 000 total jobs [3] (sources disagree)'."""

    def cited(value: Value) -> str:
        return f"{escape(value.text)} {''.join(marker(n) for n in value.notes) or '(no source)'}"

    if not (item.disputed or item.resolved):
        return " / ".join(cited(value) for value in item.values)
    sides = " — ".join(cited(value) for value in item.values if value.side)
    said = "sources disagree" if item.disputed else "sources disagree; the first is preferred"
    rest = [cited(value) for value in item.values if not value.side]
    return f"{sides} ({said})" + "".join(f"; {text}" for text in rest)


def to_markdown(brief: Brief) -> str:
    out = [
        "# Brief",
        "",
        f"View: {_md(brief.view) or 'everything'} · made {brief.made} · "
        "every figure is footnoted with the quote that states it.",
        "",
    ]
    for section in brief.sections:
        out += [f"## {_md(section.name)}", ""]
        for entry in section.entries:
            noun = "Project" if entry.kind == "projects" else "Agreement"
            out += [f"### {_md(entry.title)}", "", f"{noun} `{entry.record_id}`", ""]
            for line in entry.lines:
                text = "; ".join(item_text(item) for item in line.items)
                out.append(f"- **{_md(line.label)}:** {text}")
            out += [f"- ⚑ {_md(flag)}" for flag in entry.flags]
            out.append("")
    if not brief.sections:
        out += ["No project or agreement in this view.", ""]
    out += ["## Sources", ""]
    for note in brief.notes:
        out.append(f"[{note.number}] “{_md(note.claim.quote)}” — {_md(_where(note))}")
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def _where(note: Note) -> str:
    parts = [note.source_title]
    parts += [part for part in (note.publisher, note.published, note.url) if part]
    parts.append(f"claim {note.claim.id}")
    return ", ".join(parts)


# -- HTML --------------------------------------------------------------------------

_STYLE = """
body { font: 11pt/1.45 Georgia, serif; max-width: 46em; margin: 2em auto; padding: 0 1em;
       color: #111; }
h1 { font-size: 1.6em; margin-bottom: .2em; } h2 { border-bottom: 1px solid #999;
       margin-top: 1.6em; } h3 { margin-bottom: .2em; }
.id, .meta { color: #555; font-size: .9em; } .dispute { color: #9a1b00; }
sup a { text-decoration: none; } ol.notes li { margin-bottom: .5em; }
.quote { font-style: italic; } .flag { color: #6b4e00; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; }
       h2, h3 { break-after: avoid; } li { break-inside: avoid; } }
"""


def _href(url: str | None) -> str | None:
    """A link only to a web page: anything else (``javascript:``) stays text."""
    return url if url and re.match(r"https?://", url, re.IGNORECASE) else None


def to_html(brief: Brief) -> str:
    """One page, its style inside it, nothing loaded from elsewhere: it prints as shown."""
    esc = html.escape

    def marker(number: int) -> str:
        return f'<sup><a href="#note-{number}" id="ref-{number}">[{number}]</a></sup>'

    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<title>Brief</title>",
        f"<style>{_STYLE}</style></head><body>",
        "<h1>Brief</h1>",
        f'<p class="meta">View: {esc(brief.view) or "everything"} · made {esc(brief.made)}'
        " · every figure is footnoted with the quote that states it.</p>",
    ]
    for section in brief.sections:
        out.append(f"<h2>{esc(section.name)}</h2>")
        for entry in section.entries:
            noun = "Project" if entry.kind == "projects" else "Agreement"
            out.append(f"<h3>{esc(entry.title)}</h3>")
            out.append(f'<p class="id">{noun} {esc(entry.record_id)}</p><ul>')
            for line in entry.lines:
                texts = []
                for item in line.items:
                    text = item_text(item, marker, esc)
                    texts.append(f'<span class="dispute">{text}</span>' if item.disputed else text)
                out.append(f"<li><strong>{esc(line.label)}:</strong> {'; '.join(texts)}</li>")
            out += [f'<li class="flag">⚑ {esc(flag)}</li>' for flag in entry.flags]
            out.append("</ul>")
    if not brief.sections:
        out.append("<p>No project or agreement in this view.</p>")
    out.append('<h2>Sources</h2><ol class="notes">')
    for note in brief.notes:
        parts = [esc(note.source_title)]
        parts += [esc(part) for part in (note.publisher, note.published) if part]
        href = _href(note.url)
        if href:
            parts.append(f'<a href="{esc(href)}">{esc(href)}</a>')
        elif note.url:
            parts.append(esc(note.url))
        parts.append(f"claim {esc(note.claim.id)}")
        out.append(
            f'<li id="note-{note.number}" value="{note.number}">'
            f'<span class="quote">“{esc(note.claim.quote)}”</span> — {", ".join(parts)}</li>'
        )
    out.append("</ol></body></html>")
    return "\n".join(out) + "\n"
