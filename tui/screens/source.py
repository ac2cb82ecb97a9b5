"""A source's text with the quotes that back a record highlighted; n/N jump between them.

Opened on a source record, every quote citing it is highlighted. Enter on the
current quote goes to the record the quote supports, at the field it backs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Static

from bilat.store import Claim, Snapshot, Source, find_quote, title_of
from bilat.store.present import format_date
from bilat.store.text import printable

from ..screen_pool import RecordScreen
from ..widgets.detail_view import OpenRecord
from ..widgets.key_footer import KeyFooter
from ..widgets.source_view import SourceView
from ..widgets.top_bar import TopBar


@dataclass(frozen=True)
class Mark:
    """One highlighted quote: where it is in the text, and which claim it is."""

    start: int
    end: int
    claim: Claim


def marks_for(snapshot: Snapshot, source: Source, record_id: str | None) -> list[Mark]:
    """Quotes in ``source`` of the claims on ``record_id`` (all claims citing it if None)."""
    if record_id is None or record_id == source.id:
        claims = snapshot.links.claims_quoting(source.id)
    else:
        claims = [c for c in snapshot.claims_for(record_id) if c.source == source.id]
    marks = []
    for claim in claims:
        span = find_quote(claim.quote, source.text)
        if span is not None:
            marks.append(Mark(span[0], span[1], claim))
    marks.sort(key=lambda mark: (mark.start, mark.end))
    return marks


def about(source: Source) -> str:
    """Who published a source, when, in which language, where: 'APS · 14 mars 2025 · fr ·
    https://…'; what is not known is said ('undated'), since its relative dates are placed
    against the day it was published."""
    published = format_date(source.published) or "undated"
    parts = [
        source.publisher or "publisher unknown",
        f"published {published}" if source.published else published,
        source.lang or "language unknown",
    ]
    return " · ".join([*parts, *([source.url] if source.url else [])])


def sources_for(snapshot: Snapshot, record_id: str) -> list[str]:
    """The sources cited by a record's claims, most cited first; a source is its own."""
    if record_id.startswith("src-"):
        return [record_id]
    counts: dict[str, int] = {}
    for claim in snapshot.claims_for(record_id):
        counts[claim.source] = counts.get(claim.source, 0) + 1
    return sorted(counts, key=lambda s: (-counts[s], s))


class SourceScreen(RecordScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "n",
            "next_quote",
            "Next quote",
            id="source.next",
            tooltip="Jump to the next highlighted quote",
        ),
        Binding(
            "N",
            "previous_quote",
            "Previous quote",
            id="source.previous",
            tooltip="Jump to the previous highlighted quote",
        ),
        Binding(
            "enter",
            "to_record",
            "Go to field",
            id="source.record",
            tooltip="Open the record the current quote supports, at the field it backs",
        ),
        Binding(
            "t",
            "next_source",
            "Next source",
            id="source.switch",
            tooltip="Show the next source cited by this record",
        ),
        Binding("escape", "back", "Back", id="source.back", tooltip="Back"),
    ]

    def __init__(self, snapshot: Snapshot, record_id: str) -> None:
        super().__init__(snapshot, record_id)
        self._take(snapshot, record_id)

    def _take(self, snapshot: Snapshot, record_id: str) -> None:
        self.snapshot = snapshot
        self.record_id = record_id
        self.source_ids = sources_for(snapshot, record_id)
        self.source_index = 0
        self.marks: list[Mark] = []
        self.current = -1
        self.wanted: str | None = None  # the claim whose quote to show first

    def compose(self) -> ComposeResult:
        yield TopBar(id="top-bar")
        yield Static("", id="source-heading")
        yield Static("", id="source-about")
        yield SourceView(id="source-text")
        yield KeyFooter()

    def on_mount(self) -> None:
        self._show()

    def reopen(self, snapshot: Snapshot, record_id: str) -> None:
        """Show another record's sources (a kept screen: see ``tui.screen_pool``)."""
        self._take(snapshot, record_id)
        self._show()

    def at_claim(self, claim: Claim) -> None:
        """Show ``claim``'s source with its quote current (from the conflict view)."""
        self.wanted = claim.id
        if claim.source in self.source_ids:
            self.source_index = self.source_ids.index(claim.source)
        if self.is_mounted:
            self.show_source()

    def _show(self) -> None:
        self.show_top_bar()
        self.show_source()
        self.query_one(SourceView).focus()

    @property
    def source(self) -> Source | None:
        if not self.source_ids or self.snapshot is None:
            return None
        found = self.snapshot.find(self.source_ids[self.source_index])
        return found if isinstance(found, Source) else None

    def show_source(self) -> None:
        source = self.source
        snapshot = self.snapshot
        heading = self.query_one("#source-heading", Static)
        view = self.query_one(SourceView)
        if source is None or snapshot is None:
            heading.update(Text(f"No source backs {self.record_id} yet.", style="bold"))
            self.query_one("#source-about", Static).update("")
            self.marks = []
            self.current = -1
            view.show("", [], -1)
            self._update_subtitle()
            return
        subject = (
            ""
            if self.record_id == source.id
            else (" — quotes for " + title_of(snapshot.get(self.record_id)))
        )
        self.marks = marks_for(snapshot, source, self.record_id)
        more = (
            f"  (source {self.source_index + 1} of {len(self.source_ids)}, t for next)"
            if len(self.source_ids) > 1
            else ""
        )
        heading.update(Text(printable(f"{source.title}{subject}") + more, style="bold"))
        self.query_one("#source-about", Static).update(Text(printable(about(source))))
        self.current = 0 if self.marks else -1
        wanted = [n for n, mark in enumerate(self.marks) if mark.claim.id == self.wanted]
        if wanted:
            self.current = wanted[0]
        # Wrapped and scrolled to the first quote as soon as the view has its width.
        view.show(source.text, [(mark.start, mark.end) for mark in self.marks], self.current)
        self._update_subtitle()

    def _show_current(self) -> None:
        self.query_one(SourceView).set_current(self.current)
        self._update_subtitle()

    def _update_subtitle(self) -> None:
        body = self.query_one(SourceView)
        if self.marks:
            claim = self.marks[self.current].claim
            body.border_title = (
                f"quote {self.current + 1} of {len(self.marks)} · {claim.field} · {claim.id}"
            )
        else:
            body.border_title = "no quote of this record in this source"

    def action_next_quote(self) -> None:
        if self.marks:
            self.current = (self.current + 1) % len(self.marks)
            self._show_current()

    def action_previous_quote(self) -> None:
        if self.marks:
            self.current = (self.current - 1) % len(self.marks)
            self._show_current()

    def action_next_source(self) -> None:
        if len(self.source_ids) > 1:
            self.source_index = (self.source_index + 1) % len(self.source_ids)
            self.show_source()

    def action_to_record(self) -> None:
        if self.current < 0:
            return
        claim = self.marks[self.current].claim
        self.dismiss()
        self.app.post_message(OpenRecord(claim.subject, claim=claim.id))

    def action_back(self) -> None:
        self.dismiss()
