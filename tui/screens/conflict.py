"""The sources of one field side by side: where they disagree (or who agrees), each with
its value, its quote in its sentence, its source and its rank; prefer one with a reason.

Opened from a record's detail on a line marked as a conflict or as corroborated
(``store.conflicts`` finds them, ``store.sides`` gathers each claim with its source).
One column per claim, the highlighted one framed; columns that do not fit scroll
sideways. Preferring a claim writes through the editor (undoable, revision-checked,
in a worker); the view follows the database as it changes.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import getters
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import ScrollableContainer, Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Input, Static

from bilat.store import Record, Snapshot, title_of
from bilat.store.conflicts import Finding
from bilat.store.kinds import EXPLORER_ORDER
from bilat.store.sides import Side, finding_label, sides
from bilat.store.text import printable

from ..explorer import Explorer
from ..widgets.key_footer import KeyFooter
from ..widgets.top_bar import TopBar

# A column narrower than this is hard to read: more sides than fit scroll sideways.
SIDE_MIN_WIDTH = 36
GROUP_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def findings_of(snapshot: Snapshot, record_id: str) -> list[tuple[Finding, bool]]:
    """The record's conflicts (unresolved first), then its corroborations; each with
    True if it is a conflict."""
    compared = snapshot.evidence.compared(record_id)
    conflicts = sorted(compared.conflicts, key=lambda f: f.resolved_by is not None)
    return [(f, True) for f in conflicts] + [(f, False) for f in compared.corroborations]


def first_finding(findings: list[tuple[Finding, bool]], field: str | None) -> int | None:
    """The finding to open on for a detail line ``field`` ('jobs', 'dates.x'): its first
    conflict, else its first corroboration; any finding if ``field`` is None."""
    for number, (finding, _conflict) in enumerate(findings):
        if field is None or finding.field == field or finding.field.split(".")[0] == field:
            return number
    return None


class ReasonScreen(ModalScreen[str | None]):
    """Asks why a claim's value is the right one (the reason is kept with the claim)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="reason.cancel"),
    ]

    DEFAULT_CSS = """
    ReasonScreen { align: center middle; }
    #reason-box {
        width: 70; max-width: 95%; height: auto;
        border: round $accent; padding: 0 1; background: $surface;
    }
    #reason-prompt { height: auto; }
    """

    def __init__(self, prompt: str) -> None:
        super().__init__()
        self.prompt = prompt

    def compose(self) -> ComposeResult:
        with Vertical(id="reason-box"):
            yield Static(Text(self.prompt), id="reason-prompt")
            yield Input(placeholder="why this value (enter: prefer it, escape: cancel)")

    def on_mount(self) -> None:
        self.query_one("#reason-box").border_title = "Prefer this claim"
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        reason = event.value.strip()
        if not reason:
            self.notify("Say why this value is the right one.", severity="warning")
            return
        self.dismiss(reason)

    def action_cancel(self) -> None:
        self.dismiss(None)


class SideCard(Static):
    """One claim of the finding: its value, its source, its rank, its sentence."""

    def __init__(self, side: Side, letter: str, record_id: str) -> None:
        super().__init__(side_text(side, letter, record_id))
        self.side = side


def side_text(side: Side, letter: str, record_id: str) -> Text:
    claim, source = side.claim, side.source
    text = Text()
    text.append(f"{letter} ", style="bold reverse")
    text.append(" " + printable(side.value_text) + "\n", style="bold")
    text.append(printable(side.source_title) + "\n", style="bold")
    about = [part for part in (source.publisher if source else None, side.published) if part]
    text.append((printable(" · ".join(about)) if about else "no publisher or date") + "\n")
    text.append(f"rank: {claim.rank}", style="bold" if claim.rank == "preferred" else "")
    if claim.reason:
        text.append(" — because: " + printable(claim.reason), style="italic")
    text.append("\n")
    if claim.subject != record_id:
        text.append(f"on {claim.subject}\n", style="yellow")
    if claim.note:
        text.append("note: " + printable(claim.note) + "\n", style="dim italic")
    text.append("\n")
    context = side.context
    if context is None:
        text.append("“" + printable(claim.quote) + "”\n", style="italic")
        text.append("(this quote is no longer found in the source)\n", style="bold red")
    else:
        text.append("“", style="dim")
        text.append(printable(context.text[: context.start]), style="italic")
        text.append(printable(context.text[context.start : context.end]), style="bold reverse")
        text.append(printable(context.text[context.end :]), style="italic")
        text.append("”\n", style="dim")
    text.append(claim.id, style="dim")
    return text


class SidesScreen(Screen[None]):
    """One finding of one record, a column per claim."""

    app = getters.app(Explorer)

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="sides.back", tooltip="Back to the record"),
        Binding(
            "right,l",
            "next_side",
            "Next source",
            show=False,
            id="sides.right",
            tooltip="Highlight the next source's claim",
        ),
        Binding(
            "left,h",
            "previous_side",
            "Previous source",
            show=False,
            id="sides.left",
            tooltip="Highlight the previous source's claim",
        ),
        Binding("down,j", "scroll(1)", "Down", show=False, id="sides.down"),
        Binding("up,k", "scroll(-1)", "Up", show=False, id="sides.up"),
        Binding(
            "p",
            "prefer",
            "Prefer",
            id="sides.prefer",
            tooltip="Prefer the highlighted claim, saying why (the others are made normal)",
        ),
        Binding(
            "o,enter",
            "source",
            "Source",
            id="sides.source",
            tooltip="Read the highlighted claim's source at its quote",
        ),
        Binding(
            "n",
            "next_finding",
            "Next",
            id="sides.next",
            tooltip="The record's next conflict (then the fields its sources agree on)",
        ),
        Binding(
            "N",
            "previous_finding",
            "Previous",
            show=False,
            id="sides.previous",
            tooltip="The record's previous conflict",
        ),
        Binding(
            "right_square_bracket",
            "next_record",
            "Next record",
            show=False,
            id="sides.next_record",
            tooltip="The next record with a conflict in the database",
        ),
        Binding(
            "left_square_bracket",
            "previous_record",
            "Previous record",
            show=False,
            id="sides.previous_record",
            tooltip="The previous record with a conflict in the database",
        ),
    ]

    DEFAULT_CSS = """
    SidesScreen #conflict-heading {
        height: auto;
        padding: 0 1;
        background: $panel;
    }
    SidesScreen #conflict-sides {
        layout: horizontal;
        height: 1fr;
        overflow: auto auto;
        scrollbar-size: 1 1;
    }
    SidesScreen SideCard {
        height: auto;
        border: round $primary 50%;
        padding: 0 1;
    }
    SidesScreen SideCard.-current {
        border: round $accent;
    }
    """

    def __init__(self, snapshot: Snapshot, record_id: str, field: str | None = None) -> None:
        super().__init__()
        self.snapshot = snapshot
        self.record_id = record_id
        self.findings = findings_of(snapshot, record_id)
        self.index = first_finding(self.findings, field) or 0
        self.current = 0
        self.sides: list[Side] = []

    def compose(self) -> ComposeResult:
        yield TopBar(id="top-bar")
        yield Static("", id="conflict-heading")
        # Not focusable: the arrows move between sources, j and k scroll.
        yield ScrollableContainer(id="conflict-sides", can_focus=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one(TopBar).show(
            self.app.store.location, self.snapshot.counts(), readonly=self.app.store.readonly
        )
        self._show()

    @property
    def finding(self) -> Finding | None:
        return self.findings[self.index][0] if self.findings else None

    def _show(self, keep: str | None = None) -> None:
        """Draw the finding ``self.index``; highlight the claim ``keep`` if it is there."""
        heading = self.query_one("#conflict-heading", Static)
        body = self.query_one("#conflict-sides", ScrollableContainer)
        record = self.snapshot.find(self.record_id)
        if record is None or not self.findings:
            self.sides = []
            body.remove_children()
            what = "is gone" if record is None else "has no two sources on one field now"
            heading.update(Text(f"{self.record_id} {what}.", style="bold"))
            return
        finding, conflict = self.findings[self.index]
        self.sides = sides(self.snapshot, finding, conflict=conflict)
        ids = [side.claim.id for side in self.sides]
        self.current = ids.index(keep) if keep in ids else 0
        heading.update(self._heading(record, finding, conflict))
        body.remove_children()
        width = self._side_width()
        fresh = [
            SideCard(side, self._letter(side), self.record_id).set_class(
                number == self.current, "-current"
            )
            for number, side in enumerate(self.sides)
        ]
        for card in fresh:
            card.styles.width = width
        body.mount_all(fresh)
        self.call_after_refresh(self._scroll_to_current)

    def _side_width(self) -> int:
        """As many columns as fit at ``SIDE_MIN_WIDTH`` share the width; more scroll."""
        room = max(SIDE_MIN_WIDTH, self.size.width - 1)  # a cell for the scroll bar
        shown = max(1, min(len(self.sides), room // SIDE_MIN_WIDTH))
        return room // shown

    def on_resize(self) -> None:
        width = self._side_width()
        for card in self.query(SideCard):
            card.styles.width = width
        self.call_after_refresh(self._scroll_to_current)

    def _letter(self, side: Side) -> str:
        return GROUP_LETTERS[side.group % len(GROUP_LETTERS)] if side.group >= 0 else "*"

    def _heading(self, record: Record, finding: Finding, conflict: bool) -> Text:
        text = Text()
        text.append(printable(title_of(record)), style="bold")
        text.append(f"  ({self.record_id})\n", style="dim")
        text.append(printable(finding_label(record, finding)) + ": ", style="bold")
        if conflict and finding.resolved_by is None:
            text.append("⚠ sources disagree", style="bold red")
        elif conflict:
            text.append(f"sources disagree; resolved by {finding.resolved_by}", style="yellow")
        else:
            text.append(f"✓ {finding.sources} sources agree", style="green")
        if finding.elsewhere:
            text.append(" · also put on " + ", ".join(finding.elsewhere), style="yellow")
        text.append(
            f"  [{self.index + 1} of {len(self.findings)}]"
            + ("  * fits more than one value" if any(s.group < 0 for s in self.sides) else ""),
            style="dim",
        )
        return text

    def _scroll_to_current(self) -> None:
        """Scroll the highlighted column into view, sideways (columns are equally wide)."""
        body = self.query_one("#conflict-sides", ScrollableContainer)
        width = self._side_width()
        left, right = self.current * width, (self.current + 1) * width
        shown = body.scrollable_content_region.width
        if left < body.scroll_x:
            body.scroll_to(x=left, animate=False, immediate=True)
        elif right > body.scroll_x + shown:
            body.scroll_to(x=right - shown, animate=False, immediate=True)

    def load(self, snapshot: Snapshot) -> None:
        """Show the same finding in a newer snapshot (after a save here or elsewhere)."""
        finding = self.finding
        keep = self.sides[self.current].claim.id if self.sides else None
        self.snapshot = snapshot
        self.findings = findings_of(snapshot, self.record_id)
        if finding is not None:
            same = [
                number
                for number, (other, _conflict) in enumerate(self.findings)
                if (other.field, other.item) == (finding.field, finding.item)
            ]
            self.index = same[0] if same else min(self.index, max(0, len(self.findings) - 1))
        self._show(keep)

    # -- actions ----------------------------------------------------------------
    def _move(self, step: int) -> None:
        if not self.sides:
            return
        self.current = (self.current + step) % len(self.sides)
        for number, card in enumerate(self.query(SideCard)):
            card.set_class(number == self.current, "-current")
        self._scroll_to_current()

    def action_scroll(self, lines: int) -> None:
        body = self.query_one("#conflict-sides", ScrollableContainer)
        body.scroll_to(y=body.scroll_y + lines, animate=False)

    def action_next_side(self) -> None:
        self._move(1)

    def action_previous_side(self) -> None:
        self._move(-1)

    def _step_finding(self, step: int) -> None:
        if len(self.findings) > 1:
            self.index = (self.index + step) % len(self.findings)
            self._show()

    def action_next_finding(self) -> None:
        self._step_finding(1)

    def action_previous_finding(self) -> None:
        self._step_finding(-1)

    def action_source(self) -> None:
        if self.sides:
            self.app.open_quote(self.sides[self.current].claim)

    def action_prefer(self) -> None:
        if not self.sides:
            return
        side = self.sides[self.current]
        claims = [one.claim for one in self.sides]

        def given(reason: str | None) -> None:
            if reason is not None:
                self.app.sourcing.prefer(side.claim, reason, claims)

        prompt = (
            f"Prefer “{printable(side.value_text)}” from {printable(side.source_title)}"
            f" ({side.claim.id}). Why is it the right value?"
        )
        self.app.push_screen(ReasonScreen(prompt), callback=given)

    def action_next_record(self) -> None:
        self._find_record(1)

    def action_previous_record(self) -> None:
        self._find_record(-1)

    def _find_record(self, step: int) -> None:
        """Look for the next record with a conflict in a worker: it may read many."""
        snapshot = self.snapshot
        ids = [i for kind in EXPLORER_ORDER for i in snapshot.sorted_ids(kind)]
        ids = [i for i in ids if not i.startswith(("src-", "clm-"))]
        start = ids.index(self.record_id) if self.record_id in ids else -1
        self.notify("Looking for the next record with a conflict…", timeout=2)

        def find() -> None:
            for offset in range(1, len(ids)):
                record_id = ids[(start + step * offset) % len(ids)]
                compared = snapshot.evidence.compared(record_id)
                if any(f.resolved_by is None for f in compared.conflicts):
                    self.app.call_from_thread(self._go_to, snapshot, record_id)
                    return
            self.app.call_from_thread(self.notify, "No other record has a conflict.")

        self.run_worker(find, thread=True, group="next-conflict", exclusive=True)

    def _go_to(self, snapshot: Snapshot, record_id: str) -> None:
        self.snapshot = snapshot
        self.record_id = record_id
        self.findings = findings_of(snapshot, record_id)
        self.index = 0
        self._show()

    def action_back(self) -> None:
        self.dismiss()
