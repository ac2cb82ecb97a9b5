"""What needs evidence (``store.needs``), as a list: enter opens the record, c cites.

On a large database looking at every record and claim takes a while: it runs in a
worker, the heading saying how far it got, and the list is shown when it is done.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import getters
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from bilat.store import Snapshot, title_of
from bilat.store.needs import HEADINGS, Need, needs_evidence
from bilat.store.text import printable

from ..explorer import Explorer
from ..widgets.key_footer import KeyFooter
from ..widgets.top_bar import TopBar

# Entries listed per group at most: beyond, the heading says how many more.
SHOWN_PER_GROUP = 1000


class NeedsScreen(Screen[None]):
    app = getters.app(Explorer)

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="needs.back", tooltip="Back"),
        Binding(
            "enter",
            "open",
            "Open",
            id="needs.open",
            tooltip="Open the record of the highlighted entry",
        ),
        Binding(
            "c",
            "cite",
            "Cite",
            id="needs.cite",
            tooltip="Attach evidence to the highlighted field (choose a source, select the quote)",
        ),
        Binding(
            "r",
            "recount",
            "Look again",
            id="needs.again",
            tooltip="Look through the database again (after citing)",
        ),
    ]

    DEFAULT_CSS = """
    NeedsScreen #needs-heading { height: auto; padding: 0 1; background: $panel; }
    NeedsScreen #needs-list { height: 1fr; border: round $primary 50%; }
    NeedsScreen #needs-list:focus { border: round $accent; }
    """

    def __init__(self, snapshot: Snapshot) -> None:
        super().__init__()
        self.snapshot = snapshot
        self.needs: list[Need] = []
        self.working = False

    def compose(self) -> ComposeResult:
        yield TopBar(id="top-bar")
        yield Static("", id="needs-heading")
        yield OptionList(id="needs-list")
        yield KeyFooter()

    def on_mount(self) -> None:
        self._look(self.snapshot)

    def _look(self, snapshot: Snapshot) -> None:
        """Look through ``snapshot`` in a worker; the heading says how far it got."""
        self.snapshot = snapshot
        self.working = True
        self.query_one(TopBar).show(
            self.app.store.location, snapshot.counts(), readonly=self.app.store.readonly
        )
        self._say("Needs evidence — working…")
        self.query_one("#needs-list", OptionList).clear_options()

        def look() -> None:
            worker = get_current_worker()

            def progress(done: int, total: int) -> bool:
                share = done * 100 // max(1, total)
                self.app.call_from_thread(self._say, f"Needs evidence — working… {share}%")
                return not worker.is_cancelled

            if not self.app.links_ready(snapshot):
                self.app.call_from_thread(self._say, "Needs evidence — gathering the claims…")
            found = needs_evidence(snapshot, progress)
            if not worker.is_cancelled:
                self.app.call_from_thread(self._show, snapshot, found)

        self.run_worker(look, thread=True, group="needs", exclusive=True)

    def _say(self, text: str) -> None:
        self.query_one("#needs-heading", Static).update(Text(text, style="bold"))

    def _show(self, snapshot: Snapshot, found: list[Need]) -> None:
        self.working = False
        self.needs = []
        options: list[Option | None] = []
        counts = {why: sum(1 for need in found if need.why == why) for why in HEADINGS}
        for why, heading in HEADINGS.items():
            group = [need for need in found if need.why == why]
            if not group:
                continue
            if options:
                options.append(None)
            more = f" — the first {SHOWN_PER_GROUP} shown" if len(group) > SHOWN_PER_GROUP else ""
            options.append(
                Option(Text(f"{heading} ({len(group)}){more}", style="bold"), disabled=True)
            )
            for need in group[:SHOWN_PER_GROUP]:
                options.append(Option(self._entry(snapshot, need), id=str(len(self.needs))))
                self.needs.append(need)
        listed = self.query_one("#needs-list", OptionList)
        listed.clear_options()
        listed.add_options(options)
        if self.needs:
            listed.highlighted = next(
                i for i, option in enumerate(listed.options) if not option.disabled
            )
            summary = ", ".join(
                f"{counts[why]} {HEADINGS[why].lower()}" for why in HEADINGS if counts[why]
            )
            self._say(f"Needs evidence: {summary}")
        else:
            self._say("Needs evidence: nothing — every value is backed by a quote found.")
        listed.focus()

    @staticmethod
    def _entry(snapshot: Snapshot, need: Need) -> Text:
        record = snapshot.find(need.record_id)
        name = printable(title_of(record)) if record is not None else need.record_id
        text = Text("  ")
        text.append(name)
        text.append(f"  ({need.record_id})", style="dim")
        if need.field:
            text.append(f" · {need.field}", style="bold")
        if need.claim_id:
            text.append(f" · {need.claim_id}", style="dim")
        return text

    @property
    def need(self) -> Need | None:
        listed = self.query_one("#needs-list", OptionList)
        if listed.highlighted is None:
            return None
        option = listed.get_option_at_index(listed.highlighted)
        return self.needs[int(option.id)] if option.id is not None else None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_open()

    def action_open(self) -> None:
        need = self.need
        if need is not None:
            self.app.open_record(need.record_id)

    def action_cite(self) -> None:
        need = self.need
        if need is not None:
            field = need.field if need.why != "no_claim" else None
            self.app.sourcing.cite(need.record_id, field)

    def action_recount(self) -> None:
        self._look(self.app.session.current())

    def action_back(self) -> None:
        self.dismiss()
