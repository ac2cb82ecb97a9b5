"""A record in full: every field, its claims with their quotes and sources, its links.

The text is built from ``store.present.describe`` (the same lines as
``bilat show``) into Rich ``Text`` objects, so nothing from the database is ever
read as markup. Related records sit in a list below: enter opens one.
"""

from __future__ import annotations

from typing import ClassVar

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from store import Snapshot, title_of
from store.present import describe, related
from store.text import printable

# Above this many claims, a snapshot's claims and links are grouped in a thread.
PREPARE_IN_BACKGROUND_ABOVE = 50_000


class OpenRecord(Message):
    """Ask the app to show a record (from a link, a quote, the palette)."""

    def __init__(self, record_id: str, action: str = "open") -> None:
        super().__init__()
        self.record_id = record_id
        self.action = action


class DetailText(Group):
    """The rendered detail; ``str()`` gives its plain text, like a Rich ``Text`` does."""

    def __str__(self) -> str:
        return plain_text(self)


def render_record(snapshot: Snapshot, record_id: str) -> DetailText:
    """The detail of a record: each field, then its claims indented under it."""
    record = snapshot.get(record_id)
    parts: list[RenderableType] = [Text(printable(title_of(record)), style="bold")]
    for view in describe(snapshot, record):
        line = Text()
        line.append(f"{view.label}: ", style="bold")
        value_lines = printable(view.value).split("\n")
        flag_style = "yellow" if view.key == "flags" and view.value != "—" else ""
        line.append(value_lines[0], style=flag_style)
        if view.conflict:
            line.append("  ⚠ CONFLICT: sources disagree", style="bold red")
        parts.append(line)
        parts.extend(
            Padding(Text(extra, style=flag_style), (0, 0, 0, 2)) for extra in value_lines[1:]
        )
        for claim_view in view.claims:
            claim = claim_view.claim
            quote = Text("“", style="dim")
            quote.append(printable(claim.quote), style="italic")
            quote.append("”", style="dim")
            if claim.rank != "preferred":
                quote.append(f" [{claim.rank}]", style="dim")
            parts.append(Padding(quote, (0, 0, 0, 2)))
            cite = Text(f"— {printable(claim_view.source_title)}  {claim.id}", style="dim")
            parts.append(Padding(cite, (0, 0, 0, 4)))
            if claim.note:
                note = Text(f"note: {printable(claim.note)}", style="dim italic")
                parts.append(Padding(note, (0, 0, 0, 4)))
    return DetailText(*parts)


def plain_text(group: Group) -> str:
    """The text of a rendered detail, without styles (for search and tests)."""
    lines = []
    for part in group.renderables:
        indent = " " * part.left if isinstance(part, Padding) else ""
        inner = part.renderable if isinstance(part, Padding) else part
        lines.append(indent + (inner.plain if isinstance(inner, Text) else str(inner)))
    return "\n".join(lines)


class DetailView(VerticalScroll, can_focus=True):
    """The detail of one record; scrolls; its links are one enter away."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "o",
            "source",
            "Source",
            id="detail.source",
            tooltip="Read the source text with this record's quotes highlighted",
        ),
        Binding(
            "r",
            "related",
            "Related",
            id="detail.related",
            tooltip="Move to the list of related records",
        ),
        Binding("j", "scroll_down", "Down", show=False, id="detail.down"),
        Binding("k", "scroll_up", "Up", show=False, id="detail.up"),
    ]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.record_id: str | None = None

    def compose(self) -> ComposeResult:
        yield Static(Text("Nothing highlighted.", style="dim"), id="detail-text")
        yield OptionList(id="detail-related")

    def show(self, snapshot: Snapshot, record_id: str | None) -> None:
        self.record_id = record_id
        body = self.query_one("#detail-text", Static)
        links = self.query_one("#detail-related", OptionList)
        links.clear_options()
        if record_id is None or snapshot.find(record_id) is None:
            body.update(Text("Nothing highlighted.", style="dim"))
            links.display = False
            return
        if snapshot.pending:
            # The first screen of a large database: claims are still being read, and a
            # detail without them would look like a record that has no evidence.
            body.update(Text(f"{record_id}: reading the claims and sources…", style="dim"))
            links.display = False
            return
        if not snapshot.links_ready and len(snapshot.claims) > PREPARE_IN_BACKGROUND_ABOVE:
            # Grouping every claim by record takes a second or more on a large database:
            # do it off the event loop, so the first screen is painted without waiting.
            body.update(Text(f"{record_id}: gathering its claims and links…", style="dim"))
            links.display = False
            self.run_worker(
                lambda: self._prepare(snapshot, record_id),
                thread=True,
                group="detail-prepare",
                exclusive=True,
            )
            return
        body.update(render_record(snapshot, record_id))
        options = [
            Option(
                Text(f"→ {link.relation}: {printable(link.title)}  ({link.record_id})"),
                id=link.record_id,
            )
            for link in related(snapshot, snapshot.get(record_id))
        ]
        links.add_options(options)
        links.display = bool(options)

    def _prepare(self, snapshot: Snapshot, record_id: str) -> None:
        snapshot.prepare_links()
        self.app.call_from_thread(self._prepared, snapshot, record_id)

    def _prepared(self, snapshot: Snapshot, record_id: str) -> None:
        if self.record_id == record_id:
            self.show(snapshot, record_id)

    def action_source(self) -> None:
        if self.record_id:
            self.post_message(OpenRecord(self.record_id, "source"))

    def action_related(self) -> None:
        links = self.query_one("#detail-related", OptionList)
        if links.display:
            if links.highlighted is None and links.option_count:
                links.highlighted = 0  # so that enter right away opens the first link
            links.focus()
            links.scroll_visible()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(OpenRecord(event.option.id))
