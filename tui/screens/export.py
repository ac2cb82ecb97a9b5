"""Export what the tables show now, as JSON (the export format) or CSV."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from bilat.store import BilatError


class ExportScreen(ModalScreen[Path | None]):
    """Ask where to write; the caller writes (in the background, saying when it is done),
    and what it finds wrong at once is reported here, to change the name."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="export.cancel"),
    ]

    def __init__(
        self,
        default: str,
        writer: Callable[[Path], None],
        *,
        prompt: str = "Export the current view. A folder that exists gets typed CSV "
        "tables (numbers to compute with); a name ending in .csv, one CSV file (a section "
        "per table); anything else, JSON that `bilat import` reads.",
        title: str = "Export view",
    ) -> None:
        super().__init__()
        self.default = default
        self.writer = writer
        self.prompt = prompt
        self.title_text = title

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box"):
            yield Static(Text(self.prompt))
            yield Input(value=self.default, id="export-path")
            yield Static("", id="export-error")

    def on_mount(self) -> None:
        self.query_one("#export-box").border_title = self.title_text
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        path = Path(event.value).expanduser()
        try:
            self.writer(path)
        except BilatError as exc:
            self.query_one("#export-error", Static).update(Text(str(exc), style="bold red"))
            return
        self.dismiss(path)

    def action_cancel(self) -> None:
        self.dismiss(None)
