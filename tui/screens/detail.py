"""A record's detail as its own screen: on narrow terminals, and for any record opened."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer

from store import Snapshot

from ..widgets.detail_view import DetailView
from ..widgets.top_bar import TopBar


class DetailScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="detail_screen.back", tooltip="Back to the list"),
    ]

    def __init__(self, snapshot: Snapshot, record_id: str) -> None:
        super().__init__()
        self.snapshot = snapshot
        self.record_id = record_id

    def compose(self) -> ComposeResult:
        yield TopBar(id="top-bar")
        yield DetailView(id="detail-full")
        yield Footer()

    def on_mount(self) -> None:
        app = self.app
        self.query_one(TopBar).show(
            app.store.location,
            self.snapshot.counts(),
            readonly=app.store.readonly,  # type: ignore[attr-defined]
        )
        view = self.query_one(DetailView)
        view.show(self.snapshot, self.record_id)
        view.border_title = self.record_id
        view.focus()

    def action_back(self) -> None:
        self.dismiss()
