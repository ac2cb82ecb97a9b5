"""The filter box: applies on every keystroke; a mistake is reported in place.

It only parses; resolving names (which sector is "pharma"?) and matching
happen in the store, the same code the command line's ``--search`` uses.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.geometry import Size
from textual.widgets import Input, Static

from bilat.store import Filter, QueryError, parse_filter
from bilat.store.text import printable

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

    async def action_submit(self) -> None:
        await super().action_submit()
        # At once, not when the message arrives: a key typed ahead ("/oran", enter, enter)
        # is the table's, so the second enter opens the record.
        self.action_leave()

    def action_clear_filter(self) -> None:
        self.value = ""

    def validate_virtual_size(self, size: Size) -> Size:
        # Input widens its scrollable width with every character it is given, and a new
        # virtual size lays out the whole screen (and repaints every scrollbar a frame
        # later). The box is one line of fixed size (app.tcss), so only its own scrolling
        # needs to know: store the size here and hand the setter back the old one, so that
        # it sees no change and asks for no layout.
        old = self.virtual_size
        if size == old or not (self.is_mounted and self.container_size):
            return size
        self.set_reactive(FilterInput.virtual_size, size)
        self._scroll_update(size)
        self.refresh()
        return old

    def watch_value(self, value: str) -> None:
        # Runs in the same call as the keystroke (the Changed message would arrive after
        # the screen has painted the echo): the echo and the filtered tables are painted
        # together, in one update of the screen.
        bar = self.parent
        if isinstance(bar, FilterBar):
            bar.apply(value)


class FilterBar(Horizontal):
    """An input and a line that says what is wrong with it, if anything."""

    def __init__(
        self,
        *,
        apply: Callable[[Filter], None],
        stale: Callable[[bool], None] | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        """``apply`` receives each valid filter at once, in the call that handles the key
        (a message would arrive after the screen painted the keystroke: see watch_value);
        ``stale`` is told when the rows shown stop (True) or start again (False) being the
        answer to the box's text: a mistake in it keeps the last rows."""
        super().__init__(id=id, classes=classes)
        self._apply = apply
        self._stale = stale

    def compose(self) -> ComposeResult:
        yield FilterInput(placeholder=PLACEHOLDER, id="filter-input", compact=True)
        yield Static("", id="filter-status")

    @property
    def input(self) -> FilterInput:
        return self.query_one(FilterInput)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()  # already applied, by FilterInput.watch_value

    def apply(self, text: str) -> None:
        """Parse the box's text: report a mistake in place, or pass the filter on."""
        try:
            flt = parse_filter(text)
        except QueryError as exc:
            self.show_error(str(exc))
            return
        self.show_error("")
        self._apply(flt)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()  # the box moved the focus back to the table already

    def show_error(self, message: str) -> None:
        status = self.query_one("#filter-status", Static)
        was_error = self.has_class("-error")
        if message or was_error:
            # Only a change to or from an error can change the line's size.
            status.update(Text(printable(message)))
        self.set_class(bool(message), "-error")
        if self._stale is not None and bool(message) != was_error:
            self._stale(bool(message))

    def show_count(self, message: str) -> None:
        if self.has_class("-error"):
            return
        status = self.query_one("#filter-status", Static)
        # Counts keep a fixed size (see app.tcss): the layout stays as it is while typing.
        status.update(Text(message), layout=False)
