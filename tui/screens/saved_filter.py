"""Name the filter the tables show, to recall it from the palette or `bilat list --saved`."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from bilat.store import BilatError


class SaveFilterScreen(ModalScreen[str | None]):
    """Asks a name; ``save`` writes it (a bad name is said here, to change it)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="save_filter.cancel"),
    ]

    DEFAULT_CSS = """
    SaveFilterScreen { align: center middle; }
    #save-filter-box {
        width: 70; max-width: 95%; height: auto;
        border: round $accent; padding: 0 1; background: $surface;
    }
    #save-filter-text, #save-filter-error { height: auto; }
    """

    def __init__(self, text: str, save: Callable[[str], None]) -> None:
        super().__init__()
        self.text = text
        self.save = save

    def compose(self) -> ComposeResult:
        with Vertical(id="save-filter-box"):
            yield Static(Text(f"Filter: {self.text}"), id="save-filter-text")
            yield Input(placeholder="a name: letters, digits, - and _ (enter saves)")
            yield Static("", id="save-filter-error")

    def on_mount(self) -> None:
        self.query_one("#save-filter-box").border_title = "Save this filter as"
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        name = event.value.strip()
        try:
            self.save(name)
        except BilatError as exc:
            self.query_one("#save-filter-error", Static).update(Text(str(exc), style="bold red"))
            return
        self.dismiss(name)

    def action_cancel(self) -> None:
        self.dismiss(None)
