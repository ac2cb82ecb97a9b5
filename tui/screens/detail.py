"""A record's detail as its own screen: on narrow terminals, and for any record opened."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType

from bilat.store import Snapshot, kind_of_id

from ..screen_pool import RecordScreen
from ..widgets.detail_view import DetailView
from ..widgets.key_footer import KeyFooter
from ..widgets.top_bar import TopBar


class DetailScreen(RecordScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="detail_screen.back", tooltip="Back to the list"),
        Binding("e", "edit", "Edit", id="detail_screen.edit", tooltip="Edit this record"),
        Binding(
            "d",
            "delete",
            "Delete",
            id="detail_screen.delete",
            tooltip="Delete this record (asks first, says what goes)",
        ),
        Binding(
            "c",
            "cite",
            "Cite",
            id="detail_screen.cite",
            tooltip="Attach evidence: choose a field, a source, select the quote",
        ),
        Binding(
            "n",
            "new",
            "New",
            id="detail_screen.new",
            tooltip="New record of the same kind as this one",
        ),
    ]

    def compose(self) -> ComposeResult:
        yield TopBar(id="top-bar")
        yield DetailView(id="detail-full")
        yield KeyFooter()

    def on_mount(self) -> None:
        self._show()

    def reopen(self, snapshot: Snapshot, record_id: str) -> None:
        """Show another record (a kept screen, pushed again: see ``tui.screen_pool``)."""
        self.snapshot = snapshot
        self.record_id = record_id
        self.wanted_claim = None
        self._show()

    def _show(self) -> None:
        assert self.snapshot is not None
        self.show_top_bar()
        view = self.query_one(DetailView)
        view.show(self.snapshot, self.record_id)
        view.scroll_to(y=0, animate=False, immediate=True)
        view.border_title = self.record_id
        view.focus()
        view.go_to_claim(self.wanted_claim)

    wanted_claim: str | None = None  # the field to go to: the one this claim backs

    def at_claim(self, claim_id: str | None) -> None:
        """Go to (and show) the line of the field ``claim_id`` backs."""
        self.wanted_claim = claim_id
        if self.is_mounted:
            self.query_one(DetailView).go_to_claim(claim_id)

    def load(self, snapshot: Snapshot) -> None:
        """Show the record as it is in a newer snapshot (after a save here or elsewhere)."""
        self.snapshot = snapshot
        if snapshot.find(self.record_id) is not None:
            view = self.query_one(DetailView)
            y = view.scroll_y
            view.show(snapshot, self.record_id)
            view.scroll_to(y=y, animate=False)

    def action_back(self) -> None:
        self.dismiss()

    def action_edit(self) -> None:
        self.app.editor.edit(self.record_id)

    def action_delete(self) -> None:
        self.app.editor.delete(self.record_id)

    def action_cite(self) -> None:
        self.app.sourcing.cite(self.record_id)

    def action_new(self) -> None:
        kind = kind_of_id(self.record_id) or "projects"
        self.app.editor.new(kind)
