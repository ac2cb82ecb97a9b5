"""The organisations pane: each organisation with its people and what it is party to, and
who signed what with whom (``store.parties``): the pairs of parties with their agreements,
and at wide widths a matrix of how many agreements each pair shares."""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.text import Text
from textual import getters
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from bilat.store import Snapshot, kind_of_id, title_of
from bilat.store.parties import Parties, Tie, parties_of
from bilat.store.text import printable

from ..explorer import Explorer
from ..widgets.key_footer import KeyFooter
from ..widgets.top_bar import TopBar

# Records listed under one party at most: beyond, a line says how many more.
SHOWN_PER_PARTY = 50
# The matrix shows at this width and more, for this many parties at most.
MATRIX_WIDTH = 160
MATRIX_PARTIES = 12
MATRIX_NAME = 28


class OrgsScreen(Screen[None]):
    """Organisations and people, what each is party to, and who signed with whom."""

    app = getters.app(Explorer)

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="orgs.back", tooltip="Back"),
        Binding("enter", "open", "Open", id="orgs.open", tooltip="Open the highlighted record"),
        Binding("j", "move(1)", "Down", show=False, id="orgs.down"),
        Binding("k", "move(-1)", "Up", show=False, id="orgs.up"),
    ]

    DEFAULT_CSS = """
    OrgsScreen #orgs-heading { height: auto; padding: 0 1; background: $panel; }
    OrgsScreen #orgs-list {
        width: 1fr; height: 1fr; border: round $primary 50%;
        text-wrap: nowrap; text-overflow: ellipsis;
    }
    OrgsScreen #orgs-list:focus { border: round $accent; }
    OrgsScreen #orgs-matrix {
        width: auto; height: 1fr; padding: 0 1; border: round $primary 50%; display: none;
    }
    OrgsScreen.-wide #orgs-matrix { display: block; }
    """

    def __init__(self, snapshot: Snapshot) -> None:
        super().__init__()
        self.snapshot = snapshot
        self.parties: Parties | None = None

    def compose(self) -> ComposeResult:
        yield TopBar(id="top-bar")
        yield Static(Text("Gathering the parties…", style="dim"), id="orgs-heading")
        with Horizontal():
            yield OptionList(id="orgs-list")
            yield Static("", id="orgs-matrix")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one(TopBar).show(
            self.app.session.location, self.snapshot.counts(), readonly=self.app.session.readonly
        )
        self.query_one("#orgs-list").border_title = "Organisations and people"
        self.query_one("#orgs-matrix").border_title = "Agreements per pair"
        self._fit()
        snapshot = self.snapshot
        # One pass over every project and agreement: off the event loop on a large database.
        self.run_worker(lambda: self._gather(snapshot), thread=True, group="parties")

    def _gather(self, snapshot: Snapshot) -> None:
        parties = parties_of(snapshot)
        self.app.call_from_thread(self._show, parties)

    def on_resize(self) -> None:
        self._fit()

    def _fit(self) -> None:
        self.set_class(self.size.width >= MATRIX_WIDTH, "-wide")

    # -- drawing ------------------------------------------------------------------
    def _show(self, parties: Parties) -> None:
        self.parties = parties
        snapshot = self.snapshot
        people = len(snapshot.tables["people"])
        heading = Text()
        heading.append(f"{len(parties.orgs)} organisations · {people} people", style="bold")
        heading.append(
            f" · {len(parties.pairs)} pairs of parties share an agreement"
            " · enter opens a record · esc back"
        )
        self.query_one("#orgs-heading", Static).update(heading)
        options = self.query_one("#orgs-list", OptionList)
        options.clear_options()
        options.add_options(self._options(parties))
        options.highlighted = next(
            (i for i in range(options.option_count) if not options.get_option_at_index(i).disabled),
            None,
        )
        options.focus()
        self.query_one("#orgs-matrix", Static).update(self._matrix(parties))

    def _options(self, parties: Parties) -> list[Option]:
        snapshot = self.snapshot
        options: list[Option] = []

        def record(text: Text, record_id: str) -> None:
            options.append(Option(text, id=record_id))

        def heading(title: str) -> None:
            options.append(Option(Text(title, style="bold underline"), disabled=True))

        heading("Organisations, their people, and what each is party to")
        for org_id in parties.orgs:
            org = snapshot.tables["orgs"][org_id]
            line = Text(printable(title_of(org)), style="bold")
            about = " · ".join(part for part in (org.acronym, org.country, org.kind) if part)
            line.append(f"  {about}", style="dim")
            record(line, org_id)
            for member in parties.members.get(org_id, []):
                person = snapshot.tables["people"][member.person_id]
                text = Text("    person: ", style="dim")
                text.append(printable(title_of(person)))
                if member.title:
                    text.append(f" — {printable(member.title)}", style="italic")
                record(text, member.person_id)
                options.extend(self._ties(parties.ties_of(member.person_id).projects, 6))
                options.extend(self._ties(parties.ties_of(member.person_id).agreements, 6))
            ties = parties.ties_of(org_id)
            if not ties.projects and not ties.agreements:
                options.append(
                    Option(Text("    party to no project or agreement", "dim"), disabled=True)
                )
            options.extend(self._ties(ties.projects, 4))
            options.extend(self._ties(ties.agreements, 4))
        if parties.loose_people:
            heading("People under no organisation")
            for person_id in parties.loose_people:
                record(Text(printable(title_of(snapshot.tables["people"][person_id]))), person_id)
                options.extend(self._ties(parties.ties_of(person_id).projects, 4))
                options.extend(self._ties(parties.ties_of(person_id).agreements, 4))
        heading("Who signed what with whom")
        if not parties.pairs:
            options.append(
                Option(Text("  no agreement names two parties", style="dim"), disabled=True)
            )
        names = snapshot.links
        for pair in parties.pairs:
            line = Text("  ")
            line.append(printable(names.name_of(pair.first)), style="bold")
            line.append(" ↔ ")
            line.append(printable(names.name_of(pair.second)), style="bold")
            count = len(pair.agreements)
            line.append(f"  {count} agreement{'s' if count != 1 else ''}", style="dim")
            options.append(Option(line, disabled=True))
            options.extend(self._ties([Tie(a, "") for a in pair.agreements], 4))
        fewer = sum(
            1
            for a in snapshot.tables["agreements"].values()
            if len({p.who for p in a.parties if p.who}) < 2
        )
        if fewer:
            options.append(
                Option(
                    Text(f"  {fewer} agreements name fewer than two parties", style="dim"),
                    disabled=True,
                )
            )
        # One line each (the list's CSS): a wrapped line would lose its indent.
        # Ids must be unique: a record is listed under each of its parties.
        return [
            option if option.id is None else Option(option.prompt, id=f"{n}:{option.id}")
            for n, option in enumerate(options)
        ]

    def _ties(self, ties: list[Tie], indent: int) -> list[Option]:
        snapshot = self.snapshot
        options: list[Option] = []
        for n, tie in enumerate(ties):
            if n == SHOWN_PER_PARTY:
                more = len(ties) - SHOWN_PER_PARTY
                options.append(
                    Option(Text(f"{'':{indent}}… and {more} more", "dim"), disabled=True)
                )
                break
            found = snapshot.find(tie.record_id)
            if found is None:
                continue
            kind = "project" if kind_of_id(tie.record_id) == "projects" else "agreement"
            text = Text(f"{'':{indent}}{kind}: ", style="dim")
            text.append(printable(title_of(found)))
            if tie.role:
                text.append(f" ({printable(tie.role)})", style="italic")
            status = getattr(found, "status", None)
            if status:
                text.append(f" · {status}", style="dim")
            options.append(Option(text, id=tie.record_id))
        return options

    def _matrix(self, parties: Parties) -> Text:
        """How many agreements each pair of parties shares: a row and a column per party
        (numbered; the number heads its column)."""
        names = self.snapshot.links
        involved: list[str] = []
        for pair in parties.pairs:
            for party in (pair.first, pair.second):
                if party not in involved:
                    involved.append(party)
        involved = involved[:MATRIX_PARTIES]
        text = Text()
        if len(involved) < 2:
            text.append("No two parties share an agreement.", style="dim")
            return text
        count = {(p.first, p.second): len(p.agreements) for p in parties.pairs}
        width = len(str(len(involved))) + 1
        text.append(" " * (MATRIX_NAME + width + 1))
        for n in range(1, len(involved) + 1):
            text.append(f"{n:>{width}}", style="bold")
        text.append("\n")
        for row, party in enumerate(involved, 1):
            name = printable(names.name_of(party))
            if cell_len(name) > MATRIX_NAME:
                name = set_cell_size(name, MATRIX_NAME - 1) + "…"
            text.append(f"{row:>{width}} ", style="bold")
            text.append(set_cell_size(name, MATRIX_NAME))
            for other in involved:
                shared = count.get((party, other)) or count.get((other, party)) or 0
                cell = str(shared) if shared else "·"
                text.append(f"{cell:>{width}}", style="bold" if shared else "dim")
            text.append("\n")
        if len(parties.pairs) and len(involved) == MATRIX_PARTIES:
            text.append(f"(the first {MATRIX_PARTIES} parties)", style="dim")
        return text

    # -- actions ------------------------------------------------------------------
    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._open(event.option.id)

    def action_open(self) -> None:
        options = self.query_one("#orgs-list", OptionList)
        if options.highlighted is not None:
            self._open(options.get_option_at_index(options.highlighted).id)

    def _open(self, option_id: str | None) -> None:
        if option_id and ":" in option_id:
            self.app.open_record(option_id.split(":", 1)[1])

    def action_move(self, step: int) -> None:
        options = self.query_one("#orgs-list", OptionList)
        if step > 0:
            options.action_cursor_down()
        else:
            options.action_cursor_up()

    def action_back(self) -> None:
        self.dismiss()
