"""The facts card: a record at a glance, as the detail draws it.

Its title, its flags one line each, then every field with a value on one line after a
gutter (how many sources back it, and whether they disagree or agree), the empty fields
named on the last line; the quotes of the fields asked for unfolded under them. Built from
``store.present.describe`` into Rich objects, so nothing from the database is read as
markup.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from bilat.store import Snapshot, title_of
from bilat.store.kinds import spec_for
from bilat.store.present import FieldView, describe
from bilat.store.text import printable


class DetailText(Group):
    """The rendered detail; ``str()`` gives its plain text, like a Rich ``Text`` does.

    ``marked``: the parts that are the line of a field whose sources disagree or agree
    (part number -> the field's key, and True if they disagree), which open the
    side-by-side view. ``fields``: the parts that are a field's (or a flag's) line, part
    number -> the field's key: the card's cursor moves from one to the next.
    ``field_of_claim``: claim id -> the key of the field it backs (to go to it from a
    quote in the source view)."""

    def __init__(self, *renderables: RenderableType) -> None:
        super().__init__(*renderables)
        self.marked: dict[int, tuple[str, bool]] = {}
        self.fields: dict[int, str] = {}
        self.field_of_claim: dict[str, str] = {}

    def __str__(self) -> str:
        return plain_text(self)


# The card's left gutter: how many sources back the field, and its mark.
GUTTER = 4


class FieldLine:
    """A field's line of the card: its gutter, then its label and value, which wrap (when
    unfolded) under the label rather than under the gutter."""

    def __init__(self, gutter: Text, body: Text) -> None:
        self.gutter = gutter
        self.body = body

    @property
    def plain(self) -> str:
        return self.gutter.plain + self.body.plain

    def __str__(self) -> str:
        return self.plain

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        grid = Table.grid(padding=0)
        grid.add_column(width=GUTTER, no_wrap=True)
        grid.add_column(ratio=1)
        grid.add_row(self.gutter, self.body)
        yield grid


# A field's mark in the gutter: sources disagree (none settles it), they disagreed and a
# preferred claim settled it, two stories or more agree.
CONFLICT_MARK = "⚠"
SETTLED_MARK = "±"
AGREE_MARK = "✓"
CURATOR = "·"  # no source backs the value: the curator's own


def gutter(view: FieldView) -> str:
    """The field's gutter: its count of sources (``·`` for none) and its mark."""
    sources = len({claim_view.claim.source for claim_view in view.claims})
    mark = (
        CONFLICT_MARK
        if view.conflict
        else SETTLED_MARK
        if view.resolved
        else AGREE_MARK
        if view.corroborated > 1
        else " "
    )
    count = str(sources) if sources else CURATOR
    return f"{count:>2}{mark} "[:GUTTER].ljust(GUTTER)


def render_record(
    snapshot: Snapshot, record_id: str, unfolded: frozenset[str] | None = None
) -> DetailText:
    """The facts card of a record: its flags one line each at the top, then every field
    with a value on one line (its gutter: how many sources back it, and a mark), the
    empty ones named on one line at the end. The quotes of a field in ``unfolded`` (None:
    every field) are drawn under it, with their sources and notes, and its line wraps."""
    record = snapshot.get(record_id)
    parts: list[RenderableType] = [Text(printable(title_of(record)), style="bold")]
    marked: dict[int, tuple[str, bool]] = {}
    fields: dict[int, str] = {}
    field_of_claim: dict[str, str] = {}

    def is_open(key: str) -> bool:
        return unfolded is None or key in unfolded

    for flag in getattr(record, "flags", None) or ():
        fields[len(parts)] = "flags"
        wrap = is_open("flags")
        parts.append(
            Text(
                f"⚑ {printable(flag)}",
                style="yellow",
                no_wrap=not wrap,
                overflow="fold" if wrap else "ellipsis",
            )
        )
    empty: list[str] = []
    for view in describe(snapshot, record):
        field_of_claim.update(dict.fromkeys((c.claim.id for c in view.claims), view.key))
        if view.key == "flags" and not view.claims and getattr(record, "flags", None):
            continue  # drawn at the top
        if view.value == _empty_of(record, view.key) and not view.claims:
            empty.append(view.label)
            continue
        if view.conflict or view.resolved or view.corroborated > 1:
            marked[len(parts)] = (view.key, view.conflict or view.resolved)
        fields[len(parts)] = view.key
        sourced = bool(view.claims)
        wrap = is_open(view.key)
        line = Text(no_wrap=not wrap, overflow="fold" if wrap else "ellipsis")
        box_text = Text(no_wrap=True)
        mark_style = "bold red" if view.conflict else "yellow" if view.resolved else "green"
        # The id is the database's, no fact: no count, no mark.
        box = gutter(view) if view.key != "id" else " " * GUTTER
        sourced = sourced or view.key == "id"
        box_text.append(box[:2], style="bold" if sourced else "dim")
        box_text.append(box[2:], style=mark_style)
        # A value no source backs (the curator's) reads apart from a sourced one.
        value_style = "" if sourced else "dim italic"
        line.append(f"{view.label}: ", style="bold" if sourced else "dim bold")
        value = printable(view.value)
        line.append(value if wrap else value.replace("\n", " · "), style=value_style)
        if view.conflict and view.elsewhere:
            where = ", ".join(view.elsewhere)
            line.append(f"  ⚠ CONFLICT: a source puts it on {where}", style="bold red")
        elif view.conflict:
            line.append("  ⚠ CONFLICT: sources disagree", style="bold red")
        elif view.resolved:
            line.append("  (sources disagree; resolved)", style="yellow")
        elif view.corroborated > 1:
            line.append(f"  ({view.corroborated} sources agree)", style="green")
        parts.append(FieldLine(box_text, line))
        if not wrap:
            continue
        if not view.claims and view.key != "id":
            parts.append(
                Padding(
                    Text("no source backs it: the curator's", style="dim"), (0, 0, 0, GUTTER + 2)
                )
            )
        for claim_view in view.claims:
            claim = claim_view.claim
            quote = Text("“", style="dim")
            quote.append(printable(claim.quote), style="italic")
            quote.append("”", style="dim")
            if claim.rank != "preferred":
                quote.append(f" [{claim.rank}]", style="dim")
            parts.append(Padding(quote, (0, 0, 0, GUTTER + 2)))
            cite = Text(f"— {printable(claim_view.source_title)}  {claim.id}", style="dim")
            parts.append(Padding(cite, (0, 0, 0, GUTTER + 4)))
            if claim.reason:
                why = Text(f"preferred because: {printable(claim.reason)}", style="dim italic")
                parts.append(Padding(why, (0, 0, 0, GUTTER + 4)))
            if claim.note:
                note = Text(f"note: {printable(claim.note)}", style="dim italic")
                parts.append(Padding(note, (0, 0, 0, GUTTER + 4)))
    if empty:
        parts.append(Text(f"{'':{GUTTER}}No value: {', '.join(empty)}", style="dim"))
    text = DetailText(*parts)
    text.marked = marked
    text.fields = fields
    text.field_of_claim = field_of_claim
    return text


def _empty_of(record: Any, key: str) -> str:
    """What the detail shows for the field ``key`` of ``record`` when it is empty."""
    spec = spec_for(record)
    name = key.split(".")[0]
    return next((field.empty for field in spec.fields if field.name == name), "—")


def plain_text(group: Group) -> str:
    """The text of a rendered detail, without styles (for search and tests)."""
    lines = []
    for part in group.renderables:
        indent = " " * part.left if isinstance(part, Padding) else ""
        inner = part.renderable if isinstance(part, Padding) else part
        plain = inner.plain if isinstance(inner, (Text, FieldLine)) else str(inner)
        lines.append(indent + plain)
    return "\n".join(lines)
