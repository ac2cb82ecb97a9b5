"""A claim the reader missed, added in the review from the article's own words: the
analyst picks the field, selects the quote (search, or the selection keys of the
evidence screen), and the value the words state is read for them (``store.extract.
selection``), to check or edit as JSON before F10 adds it, accepted, to the record.

The quote is the article's characters between the selection's offsets, so the claim
passes the store's quote check like every proposal.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar

import orjson
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Select, Static

from bilat.store import Source
from bilat.store.claim_values import claimable_fields
from bilat.store.kinds import DATE_KEY, SPECS
from bilat.store.text import printable, shortened

from ..widgets.type_ahead import TypeAheadSelect
from .evidence import QuotePicker

if TYPE_CHECKING:  # the reading itself loads on first use, as the review's
    from bilat.store.extract import Proposal
    from bilat.store.extract.proposal import NewRecord
    from bilat.store.extract.selection import About, Known

# Every character str.splitlines() breaks a line at.
_BREAKS = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def aligned(text: str) -> str:
    """``text`` with each line break one "\\n" and the same length ("\\r\\n" becomes a space
    and "\\n"): the text area keeps one kind of line break, and its offsets must stay the
    article's, which the quote and the places F3 steps through are."""
    return _BREAKS.sub(lambda m: " \n" if m.group() == "\r\n" else "\n", text)


# The curator's own words: no quote of an article states them.
_NOT_FROM_TEXT = frozenset({"notes", "flags"})


def fields_of(kind: str) -> list[str]:
    """The fields a claim from the text may be on, for a record of ``kind``: a project's
    dates one by one, in the order they happen."""
    fields: list[str] = []
    for name in claimable_fields(kind):
        if name in _NOT_FROM_TEXT:
            continue
        if name == "dates":
            fields += [f"dates.{key}" for key in DATE_KEY.values]
        else:
            fields.append(name)
    return fields


class ClaimFromTextScreen(ModalScreen["Proposal | None"]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "f10",
            "add",
            "Add",
            id="review_claim.add",
            tooltip="Add the selected quote's claim to the record, accepted",
        ),
        Binding(
            "f3",
            "step(1)",
            "Next said",
            id="review_claim.next",
            tooltip="Select the next place the article says a value of the field",
        ),
        Binding(
            "shift+f3",
            "step(-1)",
            "Previous said",
            id="review_claim.previous",
            tooltip="Select the previous place the article says a value of the field",
        ),
        Binding("escape", "cancel", "Cancel", id="review_claim.cancel", tooltip="Add nothing"),
    ]
    DEFAULT_CSS = """
    ClaimFromTextScreen { align: center middle; }
    ClaimFromTextScreen #claim-box {
        width: 90%; max-width: 110; height: 90%; border: round $accent;
        background: $surface; padding: 0 1;
    }
    ClaimFromTextScreen #claim-text { height: 1fr; }
    ClaimFromTextScreen #claim-quote { height: auto; max-height: 3; }
    ClaimFromTextScreen #claim-words { height: auto; max-height: 3; }
    ClaimFromTextScreen #claim-said { height: auto; max-height: 2; }
    ClaimFromTextScreen #claim-error { height: auto; color: $error; }
    ClaimFromTextScreen .claim-row { height: auto; }
    ClaimFromTextScreen Input { margin: 1 0 0 0; }
    ClaimFromTextScreen .claim-row Select { width: 1fr; }
    ClaimFromTextScreen #dialog-buttons { height: auto; align-horizontal: right; }
    ClaimFromTextScreen #dialog-buttons Button { margin-left: 1; }
    """

    def __init__(
        self,
        source: Source,
        like: Proposal,
        record_name: str,
        known: Sequence[Known],
        name_of: Any,
        about: About | None = None,
        quoted: dict[str, list[tuple[int, int]]] | None = None,
    ) -> None:
        super().__init__()
        self.quoted = quoted or {}  # the record's fields proposed, and where they are quoted
        self.source = source
        self.like = like  # a proposal of the record: its subject, and where to start
        self.at = like.start
        self.record_name = record_name
        self.known = list(known)
        self.about = about  # its names and its country, to read a role or the host
        self.name_of = name_of
        self._read = ""  # the value last read from the selection, as JSON
        self._edited = False  # the analyst typed their own value
        self._said: dict[tuple[str, str], list[tuple[int, int]]] = {}  # (kind, field): spans

    @property
    def kind(self) -> str:
        return self.like.kind

    def _choice(self) -> Select[str]:
        """The first row: the field the claim is on."""
        from bilat.store.extract.selection import About, lacking

        fields = fields_of(self.kind)
        first = lacking(
            self.source.text,
            self.kind,
            fields,
            self.quoted,
            published=self.source.published,
            known=self.known,
            about=self.about or About(),
        )
        if first is None:  # the record has a value of every field the article says
            first = self.like.field if self.like.field in fields else fields[0]
        # letters typed on it pick a field ("inv" investment): a project has some thirty
        return TypeAheadSelect(
            [(name, name) for name in fields],
            value=first,
            allow_blank=False,
            compact=True,
            id="claim-field",
        )

    def compose(self) -> ComposeResult:
        with Vertical(id="claim-box"):
            with Horizontal(classes="claim-row"):
                yield self._choice()
            yield Input(
                placeholder="find in the article (enter: select the match)",
                compact=True,
                id="claim-search",
            )
            yield Static("", id="claim-said")
            yield QuotePicker(
                aligned(self.source.text), read_only=True, soft_wrap=True, id="claim-text"
            )
            yield Static("", id="claim-quote")
            yield Input(
                placeholder="the value the quote states, as JSON", compact=True, id="claim-value"
            )
            yield Static("", id="claim-words")
            yield Static("", id="claim-error")
            with Horizontal(id="dialog-buttons"):
                yield Button("Add (F10)", variant="primary", compact=True, id="claim-add")
                yield Button("Cancel (esc)", compact=True, id="claim-cancel")

    def on_mount(self) -> None:
        box = self.query_one("#claim-box")
        box.border_title = printable(shortened(self._title(), 90))
        box.border_subtitle = "select the quote: search, shift+arrows; w word+, b word−, . sentence"
        picker = self.query_one(QuotePicker)
        picker.select_span(self.at, self.at)  # where the record is said
        picker.scroll_cursor_visible(center=True, animate=False)
        self.query_one("#claim-search", Input).focus()
        self._show()
        self._show_said()

    def _title(self) -> str:
        return f"A claim on «{self.record_name}» from the article"

    @property
    def field(self) -> str:
        return str(self.query_one("#claim-field", Select).value)

    def _span(self) -> tuple[int, int]:
        from bilat.store.extract.segment import strip_span

        start, end = self.query_one(QuotePicker)._span()
        return strip_span(self.source.text, start, end)

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id in ("claim-field", "claim-kind"):
            self._edited = False  # another field: what the words say of it
            self._show()
            self._show_said()

    def _spans(self) -> list[tuple[int, int]]:
        """Where the article says a value of the field (computed once per field)."""
        from bilat.store.extract.selection import About, said_in

        key = (self.kind, self.field)
        if key not in self._said:
            self._said[key] = said_in(
                self.source.text,
                self.kind,
                self.field,
                published=self.source.published,
                known=self.known,
                about=self.about or About(),
                lang=self.source.lang or "fr",
            )
        return self._said[key]

    def _show_said(self) -> None:
        count = len(self._spans())
        said = self.query_one("#claim-said", Static)
        if count:
            places = "place" if count == 1 else "places"
            said.update(
                Text(f"F3 / shift+F3: {count} {places} in the article ({self.field})", "dim")
            )
        else:
            said.update(Text(f"No place in the article says a value of {self.field}.", "dim"))

    def action_step(self, step: int) -> None:
        """Select the next (or previous) place the article says a value of the field."""
        spans = self._spans()
        if not spans:
            self.app.bell()
            return
        picker = self.query_one(QuotePicker)
        start, end = picker._span()
        if step > 0:  # from the cursor, or past the place selected
            found = next(
                (span for span in spans if span[0] > start or (span[0] == start == end)),
                spans[0],
            )
        else:
            found = next((span for span in reversed(spans) if span[0] < start), spans[-1])
        picker.select_span(*found)
        picker.scroll_cursor_visible(center=True, animate=False)
        picker.focus()

    def on_text_area_selection_changed(self) -> None:
        self._show()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "claim-value":
            if event.value != self._read:
                self._edited = True  # the analyst's own value now: kept as the quote moves
            self._show_words()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "claim-search":
            self._find(event.value)
        elif event.input.id == "claim-value":
            self.action_add()

    def _find(self, phrase: str) -> None:
        if not self.query_one(QuotePicker).find_phrase(phrase):
            self.notify(f"“{phrase}” is not in this article", severity="warning")

    def _show(self) -> None:
        """The selected quote, and the value its words state of the field (unless the
        analyst typed their own)."""
        start, end = self._span()
        label = self.query_one("#claim-quote", Static)
        if start < end:
            quote = self.source.text[start:end]
            label.update(Text("Quote: “" + printable(shortened(quote, 200)) + "”", style="italic"))
        else:
            label.update(Text("No quote selected yet.", style="dim"))
        self.query_one("#claim-add", Button).disabled = start >= end
        if start < end and not self._edited:
            from bilat.store.extract.selection import About, read_selection

            value = read_selection(
                self.source.text,
                start,
                end,
                self.kind,
                self.field,
                lang=self.source.lang or "fr",
                published=self.source.published,
                known=self.known,
                about=self.about or About(),
            )
            self._read = "" if value is None else orjson.dumps(value).decode()
            self.query_one("#claim-value", Input).value = self._read
        self._show_words()

    def _typed(self) -> Any:
        """The value as the field takes it; ClaimValueError or JSONDecodeError if not."""
        from bilat.store.extract.proposal import typed_value

        return typed_value(
            self.kind, self.field, orjson.loads(self.query_one("#claim-value", Input).value)
        )

    def _show_words(self) -> None:
        from bilat.store.extract.proposal import ClaimValueError
        from bilat.store.extract.shown import value_text

        words = self.query_one("#claim-words", Static)
        if not self.query_one("#claim-value", Input).value.strip():
            words.update(Text("The words state no value of this field: type it (JSON).", "dim"))
            return
        try:
            shown = value_text(self._proposal(0, 0, self._typed()), self.name_of)
        except (orjson.JSONDecodeError, ClaimValueError):
            words.update(Text("Not yet a value of this field.", style="dim"))
            return
        words.update(Text("Value: " + printable(shortened(shown, 200)), style="bold"))

    def _subject(self, value: Any) -> tuple[str | None, NewRecord | None]:
        """The record the claim is on: the highlighted one's."""
        return self.like.subject, self.like.new

    def _proposal(self, start: int, end: int, value: Any) -> Proposal:
        from bilat.store.extract.proposal import Proposal

        subject, new = self._subject(value)
        return Proposal(
            subject=subject,
            new=new,
            field=self.field,
            value=value,
            quote=self.source.text[start:end],
            start=start,
            end=end,
            confidence=1.0,  # the analyst's own reading
        )

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "claim-add":
            self.action_add()
        else:
            self.action_cancel()

    def action_add(self) -> None:
        from bilat.store.extract.proposal import ClaimValueError

        start, end = self._span()
        error = self.query_one("#claim-error", Static)
        if start >= end:
            error.update(Text("Select the quote first: the words that state the value."))
            self.app.bell()
            return
        if not self.query_one("#claim-value", Input).value.strip():
            error.update(Text("Value: the words state none the reader knows: type it (JSON)."))
            self.query_one("#claim-value", Input).focus()
            return
        try:
            value = self._typed()
        except orjson.JSONDecodeError as exc:
            error.update(Text(f"Value: not JSON ({printable(str(exc))})"))
            self.query_one("#claim-value", Input).focus()
            return
        except ClaimValueError as exc:
            error.update(Text(f"Value: {printable(str(exc))}"))
            self.query_one("#claim-value", Input).focus()
            return
        self.dismiss(self._proposal(start, end, value))

    def action_cancel(self) -> None:
        self.dismiss(None)


# The field a record of each kind is named by, as the reader proposes it.
_NAMED_BY = {"agreements": "title"}
NEW_KINDS = ("projects", "agreements", "orgs", "people", "sectors")


class NewRecordFromTextScreen(ClaimFromTextScreen):
    """A record the reader did not propose, added in the review by selecting its name in
    the article: a new group, its name claim accepted, to which c then adds claims."""

    def __init__(
        self, source: Source, at: int, key: str, known: Sequence[Known], name_of: Any
    ) -> None:
        from bilat.store.extract.proposal import NewRecord, Proposal

        placeholder = Proposal(None, NewRecord(key, "projects", ""), "name", {}, "", at, at, 1.0)
        super().__init__(source, placeholder, "", known, name_of)
        self.key = key

    def _choice(self) -> Select[str]:
        """The first row: the kind of the record."""
        return TypeAheadSelect(
            [(SPECS[kind].noun, kind) for kind in NEW_KINDS],
            value="projects",
            allow_blank=False,
            compact=True,
            id="claim-kind",
        )

    def _title(self) -> str:
        return "A record the reader missed: select its name in the article"

    @property
    def kind(self) -> str:
        return str(self.query_one("#claim-kind", Select).value)

    @property
    def field(self) -> str:
        return _NAMED_BY.get(self.kind, "name")

    def _subject(self, value: Any) -> tuple[str | None, NewRecord | None]:
        from bilat.store.extract.proposal import NewRecord

        name = (
            next((str(v) for v in (value or {}).values() if v), "")
            if isinstance(value, dict)
            else ""
        )
        return None, NewRecord(self.key, self.kind, name)
