"""Add a source document: from a text file or pasted text, with what is known of it.

It takes what ``bilat add-source`` takes — title, publisher, publication date, URL and
language — and builds the record the same way (``store.sources.build_source``). A
mistake is said under the field it is in as soon as it is typed (the publication date,
read as it will be stored, shows the days it understood), and again at the foot when
Add is pressed.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static, TextArea

from bilat.store import BilatError, Source
from bilat.store.present import format_date
from bilat.store.sources import (
    LANGUAGES,
    PUBLISHED_EXAMPLES,
    build_source,
    publication_date,
    read_source_file,
)
from bilat.store.text import printable

PUBLISHED_HINT = f"e.g. {PUBLISHED_EXAMPLES}; leave it empty if the source is undated"


class AddSourceScreen(ModalScreen[Source | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f10", "save", "Add", id="source_form.save", tooltip="Add the source"),
        Binding("escape", "cancel", "Cancel", id="source_form.cancel"),
    ]
    DEFAULT_CSS = """
    AddSourceScreen .src-error { color: $error; height: auto; display: none; }
    AddSourceScreen .src-error.-shown { display: block; }
    AddSourceScreen .src-hint { color: $text-muted; height: auto; }
    """

    def compose(self) -> ComposeResult:
        with Vertical(id="form-box"):
            yield Static(Text("Add a source", style="bold"))
            with VerticalScroll(id="form-fields"):
                yield Label("Title (required)")
                yield Input(id="src-title")
                yield Static("", id="src-title-error", classes="src-error")
                yield Label("Publisher")
                yield Input(id="src-publisher")
                yield Label("Published")
                yield Input(id="src-published")
                yield Static(Text(PUBLISHED_HINT), id="src-published-hint", classes="src-hint")
                yield Static("", id="src-published-error", classes="src-error")
                yield Label("URL")
                yield Input(id="src-url")
                yield Label("Language")
                yield Select(
                    [(f"{code} — {name}", code) for code, name in LANGUAGES.items()],
                    allow_blank=True,
                    prompt="(unknown)",
                    id="src-lang",
                )
                yield Label("Text file (UTF-8) — or paste the text below")
                yield Input(placeholder="/path/to/article.txt", id="src-file")
                yield TextArea("", soft_wrap=True, tab_behavior="focus", id="src-text")
                yield Static("", id="src-text-error", classes="src-error")
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

    @on(Input.Changed, "#src-published")
    def _published_changed(self) -> None:
        self.check_published()

    @on(Input.Changed, "#src-title")
    def _title_changed(self) -> None:
        self._say("src-title", "")

    @on(Input.Changed, "#src-file")
    @on(TextArea.Changed, "#src-text")
    def _text_changed(self) -> None:
        self._say("src-text", "")

    def check_published(self) -> bool:
        """Read the publication date as it will be stored; say under it what was
        understood, or what is wrong. True if it can be stored (empty: undated)."""
        raw = self.query_one("#src-published", Input).value.strip()
        hint = self.query_one("#src-published-hint", Static)
        message = ""
        understood = PUBLISHED_HINT
        if raw:
            try:
                understood = f"→ {format_date(publication_date(raw))}"
            except BilatError as exc:
                message = str(exc)
        hint.update(Text(printable(understood)))
        self._say("src-published", message)
        return not message

    def _say(self, field: str, message: str) -> None:
        error = self.query_one(f"#{field}-error", Static)
        error.update(Text(printable(message)))
        error.set_class(bool(message), "-shown")

    def _text(self) -> str:
        file_name = self.query_one("#src-file", Input).value.strip()
        if file_name:
            return read_source_file(Path(file_name).expanduser())
        return self.query_one("#src-text", TextArea).text

    def build(self) -> Source:
        """The source the form describes; BilatError (also said under its field) if a
        field is wrong."""
        title = self.query_one("#src-title", Input).value
        if not title.strip():
            self._say("src-title", "A source needs a title")
            raise BilatError("the title must not be empty")
        if not self.check_published():
            raise BilatError(str(self.query_one("#src-published-error", Static).content))
        try:
            text = self._text()
            if not text.strip():
                raise BilatError("the source text is empty: paste it, or name a text file")
        except BilatError as exc:
            self._say("src-text", str(exc))
            raise
        lang = self.query_one("#src-lang", Select).value
        return build_source(
            text,
            title=title,
            publisher=self.query_one("#src-publisher", Input).value.strip() or None,
            url=self.query_one("#src-url", Input).value.strip() or None,
            published=self.query_one("#src-published", Input).value.strip() or None,
            lang=None if lang is Select.NULL else str(lang),
        )

    def action_save(self) -> None:
        try:
            source = self.build()
        except BilatError as exc:
            self.query_one("#form-error", Static).update(
                Text(printable(str(exc)), style="bold red")
            )
            return
        self.dismiss(source)

    def action_cancel(self) -> None:
        self.dismiss(None)
