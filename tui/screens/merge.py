"""Merging a record into another: find the record to keep, then confirm what moves."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, OptionList, Static
from textual.widgets.option_list import Option

from bilat.store import QueryError, Snapshot, kind_of_id, parse_filter, title_of
from bilat.store.merge import MergePlan
from bilat.store.text import fold, printable

FOUND = 20


def find_records(snapshot: Snapshot, kind: str, text: str, limit: int) -> list[str]:
    """Ids of up to ``limit`` records of ``kind`` whose words hold those of ``text``: by the
    search index when it is made, else by their names and ids."""
    try:
        flt = parse_filter(text)
    except QueryError:
        return []
    if not flt.words:
        return []
    index = snapshot.search.index_if_made
    if index is not None and index.ready(flt, (kind,)):
        return snapshot.select_ids(kind, flt)[:limit]
    words = [fold(word) for word in flt.words]
    found = []
    for record in snapshot.tables[kind].values():
        names = fold(f"{record.id} {title_of(record)}")
        if all(word in names for word in words):
            found.append(record.id)
            if len(found) >= limit:
                break
    return found


class MergeIntoScreen(ModalScreen[str | None]):
    """Which record ``other`` is merged into: words find records of its kind; enter picks."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="merge_into.cancel"),
    ]

    def __init__(self, snapshot: Snapshot, other: str) -> None:
        super().__init__()
        self.snapshot = snapshot
        self.other = other
        self.kind = kind_of_id(other) or "projects"

    def compose(self) -> ComposeResult:
        record = self.snapshot.get(self.other)
        with Vertical(id="dialog-box"):
            yield Static(
                Text.assemble(
                    ("Merge ", "bold"),
                    (printable(title_of(record)), "bold"),
                    f" ({self.other}) into the record to keep: type words of its name",
                )
            )
            yield Input(placeholder="words of the record to keep", id="merge-find")
            yield OptionList(id="merge-found")

    def on_mount(self) -> None:
        self.query_one("#dialog-box").border_title = "Merge into…"
        self.query_one(Input).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        found = find_records(self.snapshot, self.kind, event.value, FOUND + 1)
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options(
            Option(printable(f"{title_of(self.snapshot.get(rid))} ({rid})"), id=rid)
            for rid in found
            if rid != self.other
        )
        if options.option_count:
            options.highlighted = 0

    def on_input_submitted(self, event: Input.Submitted) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is not None:
            self.dismiss(options.get_option_at_index(options.highlighted).id)

    def on_key(self, event: events.Key) -> None:
        """Up and down move among the records found while the words are typed."""
        key = event.key
        options = self.query_one(OptionList)
        if key in ("down", "up") and options.option_count and self.focused is self.query_one(Input):
            options.highlighted = (
                (options.highlighted or 0) + (1 if key == "down" else -1)
            ) % options.option_count

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmMergeScreen(ModalScreen[bool]):
    """Says what the merge moves and what it keeps; y merges, escape does not."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,n", "cancel", "Cancel", id="merge.cancel"),
        Binding("y", "confirm", "Merge", id="merge.confirm", tooltip="Merge as described"),
    ]

    def __init__(self, snapshot: Snapshot, plan: MergePlan) -> None:
        super().__init__()
        self.snapshot = snapshot
        self.plan = plan

    def compose(self) -> ComposeResult:
        plan = self.plan
        keep, other = self.snapshot.get(plan.keep), self.snapshot.get(plan.other)
        text = Text()
        text.append("Merge ", style="bold")
        text.append(f"{printable(title_of(other))} ({plan.other})", style="bold")
        text.append(" into ", style="bold")
        text.append(f"{printable(title_of(keep))} ({plan.keep})?\n\n", style="bold")
        lines = [
            (f"its {len(plan.claims)} claim(s) move to the record kept", bool(plan.claims)),
            (
                f"links to it from {', '.join(plan.repointed)} point to the record kept",
                bool(plan.repointed),
            ),
            (f"its names stay as aliases: {'; '.join(plan.aliases)}", bool(plan.aliases)),
            (
                f"fields taken from it (empty here, or lists joined): {', '.join(plan.taken)}",
                bool(plan.taken),
            ),
            (f"values of the record kept stay over its: {'; '.join(plan.kept)}", bool(plan.kept)),
        ]
        for line, shown in lines:
            if shown:
                text.append(f"• {printable(line)}\n")
        text.append(f"• {plan.other} is removed\n")
        text.append("\nu undoes a merge made by mistake.", style="dim")
        with Vertical(id="dialog-box"):
            with VerticalScroll(id="dialog-body"):
                yield Static(text)
            with Horizontal(id="dialog-buttons"):
                yield Button("Merge (y)", variant="warning", id="merge-yes")
                yield Button("Cancel (esc)", id="merge-no")

    def on_mount(self) -> None:
        self.query_one("#dialog-box").border_title = "Merge"
        self.query_one("#merge-no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "merge-yes")

    def action_confirm(self) -> None:
        self.dismiss(True)

    def action_cancel(self) -> None:
        self.dismiss(False)
