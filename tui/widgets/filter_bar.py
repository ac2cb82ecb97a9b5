"""The filter box: applies on every keystroke; a mistake is reported in place.

It only parses; resolving names (which sector is "pharma"?) and matching
happen in the store, the same code the command line's ``--search`` uses.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Static

from store import Filter, QueryError, parse_filter
from store.text import printable

PLACEHOLDER = "/ filter: words, sector:pharma status:draft country:RU org:anpp"


class FilterInput(Input):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "leave",
            "Back to table",
            id="filter.leave",
            tooltip="Keep the filter and go back to the table",
        ),
        Binding("ctrl+u", "clear_filter", "Clear", id="filter.clear", tooltip="Clear the filter"),
        Binding("f4", "clear_filter", "Clear", show=False, id="filter.clear_f4"),
    ]

    def action_leave(self) -> None:
        self.screen.focus_next("RecordTable")  # back to the table, not the sector tree

    def action_clear_filter(self) -> None:
        self.value = ""


class FilterBar(Horizontal):
    """An input and a line that says what is wrong with it, if anything."""

    class Changed(Message):
        def __init__(self, flt: Filter) -> None:
            super().__init__()
            self.filter = flt

    def compose(self) -> ComposeResult:
        yield FilterInput(placeholder=PLACEHOLDER, id="filter-input", compact=True)
        yield Static("", id="filter-status")

    @property
    def input(self) -> FilterInput:
        return self.query_one(FilterInput)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        try:
            flt = parse_filter(event.value)
        except QueryError as exc:
            self.show_error(str(exc))
            return
        self.show_error("")
        self.post_message(self.Changed(flt))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.screen.focus_next("RecordTable")  # back to the table, not the sector tree

    def show_error(self, message: str) -> None:
        status = self.query_one("#filter-status", Static)
        was_error = self.has_class("-error")
        if message or was_error:
            # Only a change to or from an error can change the line's size.
            status.update(Text(printable(message)))
        self.set_class(bool(message), "-error")

    def show_count(self, message: str) -> None:
        if self.has_class("-error"):
            return
        status = self.query_one("#filter-status", Static)
        # Counts keep a fixed width (see app.tcss): the layout stays as it is while typing.
        status.update(Text(message), layout=not message or not str(status.content))
