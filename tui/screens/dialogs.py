"""Small dialogs: confirm a delete (saying what goes), resolve an edit conflict."""

from __future__ import annotations

from typing import Any, ClassVar

import msgspec
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from bilat.store import DeletePlan, Record, Snapshot, title_of
from bilat.store.text import printable


class ConfirmDeleteScreen(ModalScreen[str | None]):
    """Names what goes; with users, offers to cut the links (cascade) or to cancel."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,n", "cancel", "Cancel", id="delete.cancel"),
        Binding(
            "y",
            "confirm",
            "Delete",
            id="delete.confirm",
            tooltip="Delete (and, if listed, its claims and links to it)",
        ),
    ]

    def __init__(self, snapshot: Snapshot, plan: DeletePlan) -> None:
        super().__init__()
        self.snapshot = snapshot
        self.plan = plan

    def compose(self) -> ComposeResult:
        record = self.snapshot.get(self.plan.record_id)
        text = Text()
        text.append("Delete ", style="bold")
        text.append(printable(title_of(record)), style="bold")
        text.append(f" ({record.id})?\n\n")
        if self.plan.users:
            text.append("It is used by other records. Deleting it will also:\n", style="yellow")
            if self.plan.claims:
                text.append(f"• delete its {len(self.plan.claims)} claim(s):\n")
                for claim_id in self.plan.claims[:20]:
                    text.append(f"    {claim_id}\n")
                if len(self.plan.claims) > 20:
                    text.append(f"    … and {len(self.plan.claims) - 20} more\n")
            if self.plan.unlinks:
                text.append("• remove the links to it from:\n")
                for user_id in self.plan.unlinks[:20]:
                    user = self.snapshot.find(user_id)
                    name = title_of(user) if user else user_id
                    text.append(f"    {printable(name)} ({user_id})\n")
                if len(self.plan.unlinks) > 20:
                    text.append(f"    … and {len(self.plan.unlinks) - 20} more\n")
        else:
            text.append("Nothing else refers to it.\n")
        text.append("\nu undoes a delete made by mistake.", style="dim")
        with Vertical(id="dialog-box"):
            with VerticalScroll(id="dialog-body"):
                yield Static(text)
            with Horizontal(id="dialog-buttons"):
                label = "Delete with links (y)" if self.plan.users else "Delete (y)"
                yield Button(label, variant="error", id="delete-yes")
                yield Button("Cancel (esc)", id="delete-no")

    def on_mount(self) -> None:
        self.query_one("#dialog-box").border_title = "Delete"
        self.query_one("#delete-no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "delete-yes":
            self.action_confirm()
        else:
            self.action_cancel()

    def action_confirm(self) -> None:
        self.dismiss("cascade" if self.plan.users else "delete")

    def action_cancel(self) -> None:
        self.dismiss(None)


def _flat(record: Record | None) -> dict[str, str]:
    if record is None:
        return {}
    data = msgspec.to_builtins(record)
    data.pop("rev", None)
    return {key: msgspec.json.encode(value).decode() for key, value in data.items()}


class ConflictScreen(ModalScreen[str]):
    """Someone saved this record since it was opened: show both, field by field."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("t", "choose('theirs')", "Keep theirs", id="conflict.theirs"),
        Binding("m", "choose('mine')", "Keep mine", id="conflict.mine"),
        Binding("escape,b", "choose('edit')", "Back to editing", id="conflict.edit"),
    ]

    def __init__(self, mine: Record, theirs: Any | None) -> None:
        super().__init__()
        self.mine = mine
        self.theirs = theirs

    def compose(self) -> ComposeResult:
        mine, theirs = _flat(self.mine), _flat(self.theirs)
        table = Table(expand=True, show_lines=True)
        table.add_column("field", style="bold", no_wrap=True)
        table.add_column("theirs (saved)")
        table.add_column("mine (not saved)")
        for key in sorted(set(mine) | set(theirs), key=list(mine).index if mine else None):
            a, b = theirs.get(key, "—"), mine.get(key, "—")
            if a != b:
                table.add_row(key, Text(printable(a)), Text(printable(b), style="bold"))
        heading = Text(
            "Someone else saved this record after you opened it. Nothing was overwritten.\n"
            "Fields that differ:"
            if self.theirs is not None
            else "Someone else deleted this record after you opened it. Nothing was written.",
            style="yellow",
        )
        with Vertical(id="dialog-box"):
            yield Static(heading)
            with VerticalScroll(id="dialog-body"):
                yield Static(table)
            with Horizontal(id="dialog-buttons"):
                yield Button("Keep theirs (t)", id="conflict-theirs")
                yield Button("Keep mine (m)", variant="warning", id="conflict-mine")
                yield Button("Back to editing (b)", variant="primary", id="conflict-edit")

    def on_mount(self) -> None:
        self.query_one("#dialog-box").border_title = "Conflict"
        self.query_one("#conflict-edit", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss((event.button.id or "conflict-edit").removeprefix("conflict-"))

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)
