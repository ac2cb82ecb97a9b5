"""Every key, generated from the bindings the widgets and screens declare."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.keys import format_key
from textual.screen import ModalScreen
from textual.widgets import Static


def _bindings(owner: type) -> list[Binding]:
    found = []
    for item in getattr(owner, "BINDINGS", []):
        if isinstance(item, Binding):
            found.append(item)
        elif isinstance(item, tuple):
            found.append(Binding(*item))
    return found


def _key_label(key: str) -> str:
    """'?' for question_mark, '/' for slash, '↓' for down; 'enter' stays a word."""
    key = key.strip()
    return key if key == "enter" else format_key(key)


def help_table(sections: list[tuple[str, type]]) -> Table:
    table = Table(box=None, show_header=False, padding=(0, 2), expand=True)
    table.add_column("key", style="bold", no_wrap=True)
    table.add_column("what", ratio=1)  # the descriptions take the spare width
    for title, owner in sections:
        bindings = _bindings(owner)
        if not bindings:
            continue
        table.add_row(Text(title, style="bold underline"), "")
        seen: set[str] = set()
        for binding in bindings:
            keys = " ".join(_key_label(k) for k in binding.key.split(","))
            if binding.action in seen and not binding.tooltip:
                continue
            seen.add(binding.action)
            what = binding.tooltip or binding.description or binding.action
            table.add_row(keys, what)
        table.add_row("", "")
    return table


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close", id="help.close"),
    ]

    def __init__(self, sections: list[tuple[str, type]]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(help_table(self.sections), id="help-text")

    def on_mount(self) -> None:
        box = self.query_one("#help-box")
        box.border_title = "Keys — escape to close"
        box.focus()

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss()
