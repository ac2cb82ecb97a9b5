"""Add a source document: from a text file or pasted text, with what is known of it."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static, TextArea

from bilat.store import BilatError, Source
from bilat.store.sources import LANGUAGES, build_source, read_source_file


class AddSourceScreen(ModalScreen[Source | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f10", "save", "Add", id="source_form.save", tooltip="Add the source"),
        Binding("escape", "cancel", "Cancel", id="source_form.cancel"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="form-box"):
            yield Static(Text("Add a source", style="bold"))
            with VerticalScroll(id="form-fields"):
                yield Label("Title (required)")
                yield Input(id="src-title")
                yield Label("Publisher")
                yield Input(id="src-publisher")
                yield Label("URL")
                yield Input(id="src-url")
                yield Label("Language")
                yield Select(
                    [(f"{code} — {name}", code) for code, name in LANGUAGES.items()],
                    allow_blank=True,
                    prompt="(unknown)",
                    id="src-lang",
                )
                yield Label("Published (2025-03-14, 2025-03, fin 2025…)")
                yield Input(id="src-published")
                yield Label("Text file (UTF-8) — or paste the text below")
                yield Input(placeholder="/path/to/article.txt", id="src-file")
                yield TextArea("", soft_wrap=True, tab_behavior="focus", id="src-text")
            yield Static("", id="form-error")
            with Horizontal(id="form-buttons"):
                yield Button("Add (F10)", variant="primary", id="form-save")
                yield Button("Cancel (esc)", id="form-cancel")

    def on_mount(self) -> None:
        self.query_one("#form-box").border_title = "F10 add · esc cancel"
        self.query_one("#src-title", Input).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "form-save":
            self.action_save()
        else:
            self.action_cancel()

    def build(self) -> Source:
        file_name = self.query_one("#src-file", Input).value.strip()
        text = self.query_one("#src-text", TextArea).text
        if file_name:
            text = read_source_file(Path(file_name).expanduser())
        lang = self.query_one("#src-lang", Select).value
        return build_source(
            text,
            title=self.query_one("#src-title", Input).value,
            publisher=self.query_one("#src-publisher", Input).value.strip() or None,
            url=self.query_one("#src-url", Input).value.strip() or None,
            published=self.query_one("#src-published", Input).value.strip() or None,
            lang=None if lang is Select.NULL else str(lang),
        )

    def action_save(self) -> None:
        try:
            source = self.build()
        except BilatError as exc:
            self.query_one("#form-error", Static).update(Text(str(exc), style="bold red"))
            return
        self.dismiss(source)

    def action_cancel(self) -> None:
        self.dismiss(None)
