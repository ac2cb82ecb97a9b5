"""A record's history (what changed, when, by whom), and the records changed since a date."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from bilat.store import Snapshot, title_of
from bilat.store.changelog import Change, of_record, parse_since, since, when
from bilat.store.text import printable


def history_text(changes: list[Change], record_id: str) -> Text:
    """One paragraph per write that touched the record, newest first."""
    text = Text()
    touched = of_record(changes, record_id)
    if not touched:
        text.append("No change recorded for this record (records imported in bulk, and\n")
        text.append("writes before histories were kept, have none).", style="dim")
        return text
    for change, about in reversed(touched):
        text.append(when(change), style="bold")
        text.append(f"  {printable(change.user or 'user unknown')}  ")
        text.append(printable(change.what), style="italic")
        if about.rev is not None:
            text.append(f"  rev {about.rev}", style="dim")
        text.append(f"\n    {printable(about.summary())}\n")
    return text


class HistoryScreen(ModalScreen[None]):
    """A record's history, newest first; escape closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,h,q", "close", "Close", id="history.close"),
    ]

    def __init__(self, record_id: str, title: str, changes: list[Change]) -> None:
        super().__init__()
        self.record_id = record_id
        self.title_text = title
        self.changes = changes

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog-box"):
            yield Static(Text(printable(f"{self.title_text} ({self.record_id})"), style="bold"))
            with VerticalScroll(id="dialog-body"):
                yield Static(history_text(self.changes, self.record_id), id="history-text")

    def on_mount(self) -> None:
        self.query_one("#dialog-box").border_title = "History"
        self.query_one("#dialog-body").focus()

    def action_close(self) -> None:
        self.dismiss(None)


class ChangedSinceScreen(ModalScreen[str | None]):
    """A date, then the records changed since then (newest change first); enter opens one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="changed_since.cancel"),
    ]

    def __init__(self, snapshot: Snapshot, changes: list[Change]) -> None:
        super().__init__()
        self.snapshot = snapshot
        self.changes = changes

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog-box"):
            yield Static("Records changed since (a date like 2025-03-14, UTC), then enter:")
            yield Input(placeholder="2025-03-14", id="since-date")
            yield Static("", id="since-said")
            yield OptionList(id="since-found")

    def on_mount(self) -> None:
        self.query_one("#dialog-box").border_title = "Changed since…"
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        said = self.query_one("#since-said", Static)
        try:
            moment = parse_since(event.value)
        except ValueError as exc:
            said.update(Text(printable(str(exc)), style="red"))
            return
        latest: dict[str, Change] = {}
        for change in since(self.changes, moment):
            for about in change.records:
                if not about.id.startswith("clm-"):
                    latest[about.id] = change
        options = self.query_one(OptionList)
        options.clear_options()
        newest = sorted(latest.items(), key=lambda item: item[1].at or "", reverse=True)
        # Records still there first (they open), those removed since after them.
        newest.sort(key=lambda item: self.snapshot.find(item[0]) is None)
        for record_id, change in newest:
            record = self.snapshot.find(record_id)
            name = title_of(record) if record is not None else "(removed)"
            label = f"{when(change)}  {name} ({record_id}) — {change.what}"
            options.add_option(Option(printable(label), id=record_id, disabled=record is None))
        said.update(f"{len(latest)} record(s) changed since {moment}")
        if options.option_count:
            options.focus()
            options.highlighted = 0

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
