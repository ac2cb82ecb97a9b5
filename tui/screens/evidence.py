"""Attach evidence to a field: choose a source, select the quote in its text.

The text is read-only: search finds a phrase and selects it; the selection
grows by word (w) or to the end of the sentence (.) and shrinks by word (b).
The claim stores the selected characters verbatim, so it always passes the
store's quote check.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

import msgspec
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Select, Static
from textual.widgets.text_area import Document, Selection

from bilat.store import Claim, Snapshot, Source, fold
from bilat.store.claim_values import ClaimValueError
from bilat.store.ids import claim_id
from bilat.store.kinds import RANK
from bilat.store.present import describe
from bilat.store.quote_values import propose, read
from bilat.store.text import find_words, printable

from ..widgets.fields import DataTextArea
from ..widgets.type_ahead import option_label

_NEXT_WORD = re.compile(r"\s*\S+")  # the spaces after the selection, then a word
_LAST_WORD = re.compile(r"\s*\S+\s*$")
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")


def field_value(record: Any, path: str) -> Any:
    """The JSON value at ``path`` (``dates.operation_start``) of a record, or None."""
    value: Any = msgspec.to_builtins(record)
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


class QuotePicker(DataTextArea):
    """The source text, read-only, with keys to grow and shrink the selection."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "w",
            "grow_word",
            "Word +",
            id="evidence.word",
            tooltip="Extend the selection by one word",
        ),
        Binding(
            "b",
            "shrink_word",
            "Word −",
            id="evidence.unword",
            tooltip="Shrink the selection by one word",
        ),
        Binding(
            "full_stop",
            "grow_sentence",
            "To sentence end",
            id="evidence.sentence",
            tooltip="Extend the selection to the end of the sentence",
        ),
    ]

    @property
    def _document(self) -> Document:
        """The text as Textual keeps it: a plain Document (no language is set here), which
        maps offsets in the text to (row, column) locations and back."""
        document = self.document
        assert isinstance(document, Document)
        return document

    def _span(self) -> tuple[int, int]:
        doc = self._document
        start = doc.get_index_from_location(self.selection.start)
        end = doc.get_index_from_location(self.selection.end)
        return min(start, end), max(start, end)

    def select_span(self, start: int, end: int) -> None:
        doc = self._document
        self.selection = Selection(
            doc.get_location_from_index(start), doc.get_location_from_index(end)
        )

    def find_phrase(self, phrase: str) -> bool:
        """Select the next place the text says ``phrase`` (its words, however spaced or
        accented), after the selection, else from the start; False if it says it nowhere."""
        if not fold(phrase):
            return True
        after = self._span()[1] if self.selected_text else 0
        span = find_words(phrase, self.text, after) or find_words(phrase, self.text, 0)
        if span is None:
            return False
        self.select_span(*span)
        self.focus()
        return True

    def action_grow_word(self) -> None:
        start, end = self._span()
        match = _NEXT_WORD.match(self.text, end)
        if match:
            self.select_span(start, match.end())

    def action_shrink_word(self) -> None:
        start, end = self._span()
        match = _LAST_WORD.search(self.text[start:end])
        self.select_span(start, start + (match.start() if match else 0))

    def action_grow_sentence(self) -> None:
        start, end = self._span()
        match = _SENTENCE_END.search(self.text, max(end, start + 1))
        self.select_span(start, match.end() if match else len(self.text))


class EvidenceScreen(ModalScreen[Claim | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "f10",
            "attach",
            "Attach",
            id="evidence.attach",
            tooltip="Attach the selected quote as a claim on the field",
        ),
        Binding("escape", "cancel", "Cancel", id="evidence.cancel"),
    ]

    def __init__(self, snapshot: Snapshot, record_id: str, field: str | None = None) -> None:
        super().__init__()
        self.snapshot = snapshot
        self.record = snapshot.get(record_id)
        self.field = field
        self.sources = sorted(snapshot.sources.values(), key=lambda s: s.title.casefold())
        self._proposed = ""  # the value last proposed from the quote
        self._edited = False  # the analyst typed their own value

    def compose(self) -> ComposeResult:
        fields = [
            (view.label, view.key)
            for view in describe(self.snapshot, self.record)
            if view.key != "id"
        ]
        with Vertical(id="evidence-box"):
            with Horizontal(classes="evidence-row"):
                yield Select(
                    [(option_label(label), key) for label, key in fields],
                    value=self.field or fields[0][1],
                    allow_blank=False,
                    id="evidence-field",
                )
                yield Select(
                    [(option_label(s.title), s.id) for s in self.sources],
                    value=self.sources[0].id if self.sources else Select.NULL,
                    allow_blank=not self.sources,
                    id="evidence-source",
                )
            yield Input(
                placeholder="find in the source (enter: select the match)", id="evidence-search"
            )
            yield QuotePicker(
                self.sources[0].text if self.sources else "",
                read_only=True,
                soft_wrap=True,
                id="evidence-text",
            )
            yield Static("", id="evidence-quote")
            with Horizontal(classes="evidence-row"):
                yield Input(placeholder="the value the quote states", id="evidence-value")
                yield Select(
                    [(option_label(rank), rank) for rank in RANK.values],
                    value=self._default_rank(self.field or ""),
                    allow_blank=False,
                    id="evidence-rank",
                )
            yield Static("", id="evidence-error")
            yield Input(
                placeholder="reason (a preferred claim with a reason settles a conflict)",
                id="evidence-reason",
            )
            yield Input(
                placeholder="note (optional): how the quote supports the value", id="evidence-note"
            )
            with Horizontal(id="dialog-buttons"):
                yield Button("Attach (F10)", variant="primary", id="evidence-attach")
                yield Button("Cancel (esc)", id="evidence-cancel")

    def on_mount(self) -> None:
        self.query_one(
            "#evidence-box"
        ).border_title = (
            "Select the quote: search, or shift+arrows / mouse; w word+, b word−, . sentence"
        )
        self.query_one("#evidence-search", Input).focus()
        self._show_quote()

    @property
    def source(self) -> Source | None:
        value = self.query_one("#evidence-source", Select).value
        found = self.snapshot.find(str(value)) if value is not Select.NULL else None
        return found if isinstance(found, Source) else None

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id == "evidence-source" and self.source is not None:
            self.query_one(QuotePicker).load_text(self.source.text)
        if event.select.id == "evidence-field":
            self._edited = False  # another field: what the quote says of it
            field = str(event.value)
            self.query_one("#evidence-rank", Select).value = self._default_rank(field)
        if event.select.id != "evidence-rank":
            self._show_quote()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "evidence-value" and event.value != self._proposed:
            self._edited = True  # the analyst's own words now: not replaced by a proposal

    def _default_rank(self, field: str) -> str:
        """Preferred for the first claim on a field, normal once another backs it."""
        existing = [c for c in self.snapshot.claims_for(self.record.id) if c.field == field]
        return "normal" if existing else "preferred"

    def on_text_area_selection_changed(self) -> None:
        self._show_quote()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "evidence-search":
            self._find(event.value)
        elif event.input.id == "evidence-note":
            self.action_attach()

    def _find(self, phrase: str) -> None:
        if not self.query_one(QuotePicker).find_phrase(phrase):
            self.notify(f"“{phrase}” is not in this source", severity="warning")

    def _show_quote(self) -> None:
        quote = self.query_one(QuotePicker).selected_text.strip()
        label = self.query_one("#evidence-quote", Static)
        if quote:
            label.update(Text("Quote: “" + printable(quote) + "”", style="italic"))
        else:
            label.update(Text("No quote selected yet.", style="dim"))
        self.query_one("#evidence-attach", Button).disabled = not quote or self.source is None
        if quote and not self._edited:
            self._propose(quote)

    def _propose(self, quote: str) -> None:
        """Fill the value in with what the quote states of the field (editable)."""
        field = str(self.query_one("#evidence-field", Select).value)
        try:
            proposed = propose(self.record.id, field, quote, field_value(self.record, field))
        except ClaimValueError:
            proposed = ""
        self._proposed = proposed
        self.query_one("#evidence-value", Input).value = proposed

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "evidence-attach":
            self.action_attach()
        else:
            self.action_cancel()

    def action_attach(self) -> None:
        quote = self.query_one(QuotePicker).selected_text.strip()
        source = self.source
        if not quote or source is None:
            self.app.bell()
            return
        field = str(self.query_one("#evidence-field", Select).value)
        error = self.query_one("#evidence-error", Static)
        try:
            value = read(self.record.id, field, self.query_one("#evidence-value", Input).value)
        except ClaimValueError as exc:
            error.update(Text(f"Value: {printable(exc.message)}", style="bold red"))
            self.query_one("#evidence-value", Input).focus()
            return
        rank = str(self.query_one("#evidence-rank", Select).value)
        reason = self.query_one("#evidence-reason", Input).value.strip() or None
        note = self.query_one("#evidence-note", Input).value.strip() or None
        self.dismiss(
            Claim(
                id=claim_id(self.snapshot.holds, self.record.id, field),
                subject=self.record.id,
                field=field,
                value=value,
                source=source.id,
                quote=quote,
                rank=rank,  # type: ignore[arg-type]
                note=note,
                reason=reason if rank == "preferred" else None,
            )
        )

    def action_cancel(self) -> None:
        self.dismiss(None)
