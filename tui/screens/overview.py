"""A sector at a glance (``store.overview``): statuses, honest totals, the milestones
drawn on a time axis. ``[`` and ``]`` step through the sectors (and all of them).

Counting reads every project of the sector, which on a large database takes a while:
it runs in a worker, and the screen says so meanwhile."""

from __future__ import annotations

from collections import Counter
from typing import ClassVar

from rich.console import Group, RenderableType
from rich.text import Text
from textual import getters
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from bilat.store import Snapshot
from bilat.store.overview import STATUS_ORDER, Overview, Total, overview
from bilat.store.text import printable

from ..explorer import Explorer
from ..widgets.key_footer import KeyFooter
from ..widgets.timeline import Timeline


class OverviewScreen(Screen[None]):
    app = getters.app(Explorer)

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "back", "Back", id="overview.back", tooltip="Back"),
        Binding(
            "right_square_bracket",
            "step(1)",
            "Next sector",
            id="overview.next",
            tooltip="The overview of the next sector",
        ),
        Binding(
            "left_square_bracket",
            "step(-1)",
            "Previous sector",
            id="overview.previous",
            tooltip="The overview of the previous sector (before the first: all sectors)",
        ),
    ]

    DEFAULT_CSS = """
    OverviewScreen #overview-heading { height: 1; padding: 0 1; background: $panel; }
    OverviewScreen #overview-body { height: 1fr; padding: 0 1; }
    """

    def __init__(self, snapshot: Snapshot, sector: str | None = None) -> None:
        super().__init__()
        self.snapshot = snapshot
        self.sector = sector
        # All sectors first, then each sector by name.
        names = {sid: printable(snapshot.links.sector_name(sid)) for sid in snapshot.sectors}
        self.sectors: list[str | None] = [None, *sorted(names, key=lambda s: names[s].lower())]

    def compose(self) -> ComposeResult:
        yield Static("", id="overview-heading")
        with VerticalScroll(id="overview-body"):
            yield Static("", id="overview-text")
        yield KeyFooter()

    def on_mount(self) -> None:
        self._count()

    def action_back(self) -> None:
        self.dismiss()

    def action_step(self, step: int) -> None:
        at = self.sectors.index(self.sector) if self.sector in self.sectors else 0
        self.sector = self.sectors[(at + step) % len(self.sectors)]
        self._count()

    def _count(self) -> None:
        self.query_one("#overview-heading", Static).update(Text("Overview — counting…"))
        snapshot, sector = self.snapshot, self.sector

        def count() -> None:
            found = overview(snapshot, sector)
            self.app.call_from_thread(self._show, found)

        self.run_worker(count, thread=True, group="overview", exclusive=True)

    def _show(self, found: Overview) -> None:
        heading = Text(f"Overview — {printable(found.name)}", style="bold")
        heading.append("   [ ] other sectors", style="dim")
        self.query_one("#overview-heading", Static).update(heading)
        self.query_one("#overview-text", Static).update(render_overview(found))


def render_overview(found: Overview) -> RenderableType:
    parts: list[RenderableType] = [
        _statuses("Projects", found.projects, "projects"),
        _statuses("Agreements", found.agreements, "agreements"),
        Text(""),
        _totals("Jobs", found.jobs, "direct, indirect and total jobs are never added up"),
        _totals("Capacity", found.capacity, "summed per unit only"),
    ]
    if found.without_figures:
        parts.append(
            Text(f"  Stating no job count or capacity: {found.without_figures} project(s)", "dim")
        )
    dated = len(found.milestones)
    parts += [
        Text(""),
        Text.assemble(
            ("Milestones", "bold"),
            (f"  {dated} dated, {found.undated} known only in words (e.g. 'récemment')", "dim"),
        ),
        Timeline(found.milestones),
    ]
    for milestone in found.milestones:
        line = Text(f"  {milestone.earliest[:7]}  ", style="dim")
        line.append(f"{printable(milestone.title)} · {milestone.step}: ")
        line.append(f"“{printable(milestone.raw)}”", style="italic")
        if milestone.planned:
            line.append(" (planned)", style="cyan")
        parts.append(line)
    return Group(*parts)


def _statuses(label: str, counts: Counter[str], kind: str) -> Text:
    line = Text.assemble((f"{label} ({sum(counts.values())}): ", "bold"))
    shown = [status for status in STATUS_ORDER[kind] if counts.get(status)]
    for number, status in enumerate(shown):
        if number:
            line.append(" · ", style="dim")
        line.append(f"{status.replace('_', ' ')} {counts[status]}")
    if not shown:
        line.append("none", style="dim")
    return line


def _totals(label: str, totals: list[Total], rule: str) -> Text:
    line = Text.assemble((f"{label}: ", "bold"))
    if not totals:
        line.append("none stated", style="dim")
        return line
    for number, total in enumerate(totals):
        if number:
            line.append(" · ", style="dim")
        projects = "1 project" if total.records == 1 else f"{total.records} projects"
        line.append(f"{printable(total.label)}: ")
        line.append(printable(total.text()), style="green")
        line.append(f" ({projects})", style="dim")
    line.append(f"  — {rule}", style="dim")
    return line
