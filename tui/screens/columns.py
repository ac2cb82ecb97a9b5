"""The column chooser: which columns a table draws, and in which order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ..widgets.record_table import TableColumn

HELP = "space show/hide · K/J or shift+↑/↓ move · r default · enter keep · esc cancel"


class ColumnChooser(ModalScreen[list[str] | None]):
    """Every column of one table, the drawn ones first in their order; dismissed with the
    keys of the columns to draw (None: cancelled). At least one column stays drawn."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "flip", "Show/hide", id="columns.toggle", tooltip="Show or hide"),
        Binding(
            "K,shift+up",
            "move(-1)",
            "Move up",
            id="columns.up",
            tooltip="Move the column left in the table",
        ),
        Binding(
            "J,shift+down",
            "move(1)",
            "Move down",
            id="columns.down",
            tooltip="Move the column right in the table",
        ),
        Binding("r", "default", "Default", id="columns.default", tooltip="The default columns"),
        Binding("enter,f10", "keep", "Keep", id="columns.keep", tooltip="Draw these columns"),
        Binding("escape", "cancel", "Cancel", id="columns.cancel"),
    ]

    def __init__(self, noun: str, columns: Sequence[TableColumn], shown: Sequence[str]) -> None:
        super().__init__()
        self.noun = noun
        self.columns = {column.key: column for column in columns}
        self.default = [column.key for column in columns]
        shown_keys = [key for key in shown if key in self.columns]
        # Every column, the drawn ones first (in their order), the hidden ones after.
        self.order = shown_keys + [key for key in self.default if key not in shown_keys]
        self.drawn = set(shown_keys)

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog-box"):
            yield Static(Text(f"Columns of the {self.noun} table", style="bold"))
            yield OptionList(id="columns-list")
            yield Static(Text(HELP, style="dim"), id="columns-help")

    def on_mount(self) -> None:
        self.query_one("#dialog-box").border_title = "Columns"
        self._fill(0)

    @property
    def chosen(self) -> list[str]:
        return [key for key in self.order if key in self.drawn]

    def _fill(self, highlight: int) -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        for key in self.order:
            # The state in characters: it must read the same without colour.
            box = "[x] " if key in self.drawn else "[ ] "
            label = Text(box)
            label.append(self.columns[key].title, style="bold" if key in self.drawn else "dim")
            options.add_option(Option(label, id=key))
        options.highlighted = max(0, min(highlight, len(self.order) - 1))
        options.focus()

    @property
    def _at(self) -> int:
        highlighted = self.query_one(OptionList).highlighted
        return 0 if highlighted is None else highlighted

    def action_flip(self) -> None:
        key = self.order[self._at]
        if key in self.drawn:
            if len(self.drawn) > 1:
                self.drawn.discard(key)
            else:
                self.notify("One column at least stays in the table.", timeout=2)
        else:
            self.drawn.add(key)
        self._fill(self._at)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_keep()

    def action_move(self, step: int) -> None:
        at = self._at
        to = at + step
        if 0 <= to < len(self.order):
            self.order[at], self.order[to] = self.order[to], self.order[at]
            self._fill(to)

    def action_default(self) -> None:
        self.order = list(self.default)
        self.drawn = set(self.default)
        self._fill(0)

    def action_keep(self) -> None:
        self.dismiss(self.chosen)

    def action_cancel(self) -> None:
        self.dismiss(None)
