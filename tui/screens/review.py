"""Review what an article states (``store.extract``): the proposals grouped by record,
accepted, rejected or edited one key each, and written together in one undoable step.

Reading the article runs in a worker (the first reading loads the lexicons and the
gazetteer); the list shows when it is done. Write (w) hands the accepted proposals to the
editor, which writes them all or nothing in a worker; u then takes them back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import orjson
from rich.text import Text
from textual import getters
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from bilat.store import Source, find_quote, title_of
from bilat.store.kinds import SPECS
from bilat.store.sides import context_at
from bilat.store.text import printable, shortened

from ..explorer import Explorer
from ..widgets.key_footer import KeyFooter
from ..widgets.top_bar import TopBar

if TYPE_CHECKING:  # the reading itself loads on first use, in a worker
    from bilat.store.extract import Proposal
    from bilat.store.extract.selection import About, Known

_MARKS = {None: "·", True: "✓", False: "✗"}
# A proposal's confidence is the fitted chance that the analyst keeps it
# (``store.extract.calibration``): at LIKELY or more L accepts it with the other likely
# ones; under DOUBTFUL the list says it is doubtful.
LIKELY = 0.7
DOUBTFUL = 0.5
_T = TypeVar("_T")


class ReviewScreen(Screen[None]):
    app = getters.app(Explorer)

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="review.back", tooltip="Back, writing nothing"),
        Binding(
            "a", "accept", "Accept", id="review.accept", tooltip="Accept the highlighted proposal"
        ),
        Binding(
            "r", "reject", "Reject", id="review.reject", tooltip="Reject the highlighted proposal"
        ),
        Binding(
            "e", "edit", "Edit", id="review.edit", tooltip="Edit the highlighted proposal's value"
        ),
        Binding(
            "n",
            "name",
            "Name",
            id="review.name",
            tooltip="Name the highlighted new record (every proposal of it takes the name)",
        ),
        Binding(
            "m",
            "file_under",
            "File under",
            id="review.file_under",
            tooltip="File the highlighted record's proposals under another (proposed or held)",
        ),
        Binding(
            "A",
            "accept_record",
            "Accept record",
            id="review.accept_record",
            tooltip="Accept every proposal of the highlighted record",
        ),
        Binding(
            "c",
            "claim",
            "Claim from text",
            id="review.claim",
            tooltip="Add a claim the reader missed to the highlighted record: select its quote",
        ),
        Binding(
            "plus",
            "new_record",
            "Record from text",
            id="review.new_record",
            tooltip="Add a record the reader missed: select its name in the article",
        ),
        Binding(
            "L",
            "accept_likely",
            "Accept likely",
            id="review.accept_likely",
            tooltip=f"Accept every proposal not yet decided whose confidence is {LIKELY} or more",
        ),
        Binding(
            "w",
            "write",
            "Write",
            id="review.write",
            tooltip="Write the accepted proposals, all or nothing (u undoes)",
        ),
        Binding(
            "]",
            "next_record(1)",
            "Next record",
            show=False,
            id="review.next_record",
            tooltip="Highlight the first proposal of the next record",
        ),
        Binding(
            "[",
            "next_record(-1)",
            "Previous record",
            show=False,
            id="review.previous_record",
            tooltip="Highlight the first proposal of the previous record",
        ),
    ]

    DEFAULT_CSS = """
    ReviewScreen #review-heading { height: auto; padding: 0 1; background: $panel; }
    ReviewScreen #review-list { height: 1fr; border: round $primary 50%; }
    ReviewScreen #review-list:focus { border: round $accent; }
    ReviewScreen #review-context { height: auto; max-height: 6; padding: 0 1; background: $panel; }
    """

    def __init__(self, source: Source) -> None:
        super().__init__()
        self.source = source
        self.proposals: list[Proposal] = []
        self.decided: dict[int, bool] = {}
        self.ready = False
        self._leave_unwritten = False  # escape pressed once with accepted proposals unwritten

    def compose(self) -> ComposeResult:
        yield TopBar(id="top-bar")
        yield Static("", id="review-heading")
        yield OptionList(id="review-list")
        yield Static("", id="review-context")
        yield KeyFooter()

    def on_mount(self) -> None:
        self._say(f"Reading {self.source.id}… (the first reading loads the lexicons)")
        snapshot = self.app.session.current()
        source = self.source
        self.query_one(TopBar).show(
            self.app.store.location, snapshot.counts(), readonly=self.app.store.readonly
        )

        def read() -> None:
            from bilat.store.extract import propose
            from bilat.store.extract.selection import read_ahead

            found = propose(source, snapshot)
            self.app.call_from_thread(self._show, found)
            # the whole article as the claim dialog's names read it, before it is opened
            read_ahead(source.text, source.lang or "fr")

        self.run_worker(read, thread=True, group="review", exclusive=True)

    def _say(self, text: str) -> None:
        self.query_one("#review-heading", Static).update(Text(printable(text), style="bold"))

    def _show(self, proposals: list[Proposal]) -> None:
        self.proposals = proposals
        self.ready = True
        self._redraw()
        listed = self.query_one("#review-list", OptionList)
        if proposals:
            listed.highlighted = next(i for i, o in enumerate(listed.options) if not o.disabled)
        listed.focus()

    def _redraw(self) -> None:
        self._leave_unwritten = False  # a change asks again before leaving
        listed = self.query_one("#review-list", OptionList)
        keep = listed.highlighted
        options: list[Option | None] = []
        group = None
        for index, proposal in enumerate(self.proposals):
            if proposal.group != group:
                group = proposal.group
                if proposal.new is not None:
                    title = f"New {SPECS[proposal.new.kind].noun}: {proposal.new.name}"
                else:
                    title = self._held_title(proposal.subject or "")
                options.append(Option(Text(printable(title), style="bold"), disabled=True))
            options.append(Option(self._entry(index), id=str(index)))
        listed.clear_options()
        listed.add_options(options)
        if keep is not None and options:
            listed.highlighted = min(keep, len(options) - 1)
        accepted = sum(1 for v in self.decided.values() if v)
        self._say(
            f"{self.source.title} — {len(self.proposals)} proposals, {accepted} accepted. "
            "First the records: n names one, m files it under another; then a accept, "
            f"r reject, e edit, A the whole record, L the likely ones (≥ {LIKELY}), "
            "c a claim it missed, + a record it missed, w write"
        )

    def _entry(self, index: int) -> Text:
        from bilat.store.extract.shown import value_text  # loaded with the reading

        proposal = self.proposals[index]
        mark = _MARKS[self.decided.get(index)]
        value = value_text(proposal, self._name_of)
        entry = Text(f" {mark} ")
        entry.append(proposal.field, style="bold")
        entry.append(f"  {printable(shortened(value, 60))}  ")
        entry.append(f"«{printable(shortened(proposal.quote, 50))}»", style="italic")
        entry.append(f"  {proposal.confidence:.2f}", style="dim")
        if round(proposal.confidence, 2) < DOUBTFUL:  # as shown
            entry.append(" doubtful", style="yellow")
        if proposal.conflicts:
            entry.append(f"  conflict: {', '.join(proposal.conflicts)}", style="bold red")
        return entry

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """The highlighted proposal's sentence, its quote marked: what the analyst checks
        before a key decides it."""
        if event.option_list.id != "review-list" or event.option.id is None:
            return
        proposal = self.proposals[int(event.option.id)]
        context = context_at(self.source.text, proposal.start, proposal.end)
        text = Text()
        text.append(f"{proposal.field}: ", style="bold")
        text.append(printable(context.text[: context.start]), style="italic")
        text.append(printable(context.text[context.start : context.end]), style="bold reverse")
        text.append(printable(context.text[context.end :]), style="italic")
        self.query_one("#review-context", Static).update(text)
        # the sentence takes more or fewer lines from the list: the proposal kept in view
        self.call_after_refresh(event.option_list.scroll_to_highlight)

    def _current(self) -> int | None:
        listed = self.query_one("#review-list", OptionList)
        if listed.highlighted is None or not self.ready:
            return None
        option = listed.get_option_at_index(listed.highlighted)
        return None if option.id is None else int(option.id)

    def _decide(self, value: bool) -> None:
        index = self._current()
        if index is None:
            return
        self.decided[index] = value
        self._redraw()
        self.query_one("#review-list", OptionList).action_cursor_down()

    def action_accept(self) -> None:
        self._decide(True)

    def action_reject(self) -> None:
        self._decide(False)

    def action_accept_record(self) -> None:
        index = self._current()
        if index is None:
            return
        group = self.proposals[index].group
        for other, proposal in enumerate(self.proposals):
            if proposal.group == group:
                self.decided[other] = True
        self._redraw()

    def action_accept_likely(self) -> None:
        """Accept, in one key, what the reader is most often right about; the rest waits
        for the analyst's own decision."""
        for index, proposal in enumerate(self.proposals):
            if index not in self.decided and round(proposal.confidence, 2) >= LIKELY:
                self.decided[index] = True
        self._redraw()

    def action_edit(self) -> None:
        index = self._current()
        if index is None:
            return
        proposal = self.proposals[index]

        def edited(value: Any) -> None:
            proposal.value = value
            self.decided[index] = True
            self._redraw()

        self.app.push_screen(EditValueScreen(proposal, edited))

    def action_claim(self) -> None:
        """A claim the reader missed, on the highlighted record: the analyst selects its
        quote in the article, the value its words state is read for them; added accepted,
        last of the record's proposals."""
        from .review_claim import ClaimFromTextScreen

        index = self._current()
        if index is None:
            return
        like = self.proposals[index]
        name = like.new.name if like.new is not None else self._held_title(like.subject or "")

        def added(proposal: Proposal | None) -> None:
            if proposal is None:
                return
            if proposal.subject is not None:
                from bilat.store.extract.proposal import conflicts_with

                proposal.conflicts = conflicts_with(
                    self.app.session.current(),
                    proposal.subject,
                    proposal.field,
                    proposal.value,
                    self.source.published,
                )
            at = max(i for i, p in enumerate(self.proposals) if p.group == like.group) + 1
            self._insert(at, proposal)

        self.app.push_screen(
            ClaimFromTextScreen(
                self.source,
                like,
                name,
                self._known(),
                self._name_of,
                self._about(like.group),
                self._quoted(like.group),
            ),
            callback=added,
        )

    def _quoted(self, group: str) -> dict[str, list[tuple[int, int]]]:
        """The fields a record's proposals give, and where each is quoted: the fields the
        claim dialog does not offer first (a proposal rejected gives none: the analyst found
        its value wrong, and the field still lacks one)."""
        quoted: dict[str, list[tuple[int, int]]] = {}
        for index, proposal in enumerate(self.proposals):
            if proposal.group == group and self.decided.get(index) is not False:
                quoted.setdefault(proposal.field, []).append((proposal.start, proposal.end))
        # a held record's claims already drawn from this article
        for claim in self.app.session.current().claims_for(group):
            found = (
                find_quote(claim.quote, self.source.text)
                if claim.source == self.source.id
                else None
            )
            if found is not None:
                quoted.setdefault(claim.field, []).append(found)
        return quoted

    def _about(self, group: str) -> About:
        """What the review knows of a record: the names it goes by, and its country (its
        location's, proposed here or held)."""
        from bilat.store.extract.selection import About

        names: list[str] = []
        country = None
        for proposal in self.proposals:
            if proposal.group != group:
                continue
            if proposal.new is not None:
                names += [proposal.new.name, *proposal.new.names_said]
            value = proposal.plain_value()
            if proposal.field in ("name", "title") and isinstance(value, dict):
                names += [str(v) for v in value.values() if v]
            if proposal.field == "location" and isinstance(value, dict) and country is None:
                country = value.get("country")
        held = self.app.session.current().find(group)
        if held is not None:
            names.append(title_of(held))
            location = getattr(held, "location", None)
            country = country or getattr(location, "country", None)
        return About(tuple(dict.fromkeys(n for n in names if n)), country)

    def action_new_record(self) -> None:
        """A record the reader missed: the analyst selects its name in the article; it
        comes last, its name accepted, and c adds its claims."""
        from .review_claim import NewRecordFromTextScreen

        if not self.ready:
            return
        index = self._current()
        at = self.proposals[index].start if index is not None else 0
        numbers = [int(p.new.key[4:]) for p in self.proposals if p.new and p.new.key[4:].isdigit()]
        key = f"new:{max(numbers, default=0) + 1}"

        def added(proposal: Proposal | None) -> None:
            if proposal is not None:
                self._insert(len(self.proposals), proposal)

        self.app.push_screen(
            NewRecordFromTextScreen(self.source, at, key, self._known(), self._name_of),
            callback=added,
        )

    def _insert(self, at: int, proposal: Proposal) -> None:
        """``proposal`` (the analyst's own) in the list at ``at``, accepted, highlighted."""
        self.proposals.insert(at, proposal)
        self.decided = {(i + 1 if i >= at else i): v for i, v in self.decided.items()}
        self.decided[at] = True
        self._redraw()
        self._highlight_index(at)

    def _known(self) -> list[Known]:
        """The records a selected quote may name: those of this review, and the
        organisations, people and sectors of the database."""
        from bilat.store.extract.selection import Known

        known: dict[str, Known] = {}
        for proposal in self.proposals:
            if proposal.new is not None and proposal.new.key not in known:
                names = (proposal.new.name, *proposal.new.names_said)
                known[proposal.new.key] = Known(proposal.new.key, proposal.new.kind, names)
        snapshot = self.app.session.current()
        for kind in ("orgs", "people", "sectors"):
            for record in snapshot.tables[kind].values():
                known.setdefault(record.id, Known(record.id, kind, (title_of(record),)))
        for proposal in self.proposals:
            if proposal.subject is not None and proposal.subject not in known:
                found = snapshot.find(proposal.subject)
                if found is not None:
                    known[proposal.subject] = Known(
                        proposal.subject, proposal.kind, (title_of(found),)
                    )
        return list(known.values())

    def _highlight_index(self, index: int) -> None:
        listed = self.query_one("#review-list", OptionList)
        for row, option in enumerate(listed.options):
            if option.id == str(index):
                listed.highlighted = row
                return

    # -- the record a group is about ---------------------------------------------------
    def _regroup(self, changed: list[Proposal | None]) -> None:
        """Show ``changed`` (the proposals one for one, ``None`` for one dropped), those of
        one record together, each keeping the decision taken on it."""
        from bilat.store.extract.regroup import in_groups

        order = in_groups(changed)
        self.proposals = [p for p in (changed[i] for i in order) if p is not None]
        self.decided = {
            new: self.decided[old] for new, old in enumerate(order) if old in self.decided
        }
        self._redraw()

    def action_next_record(self, step: int) -> None:
        """The next (or previous) record's first proposal: the records are put right one
        after another, n and m on each."""
        index = self._current()
        if index is None:
            return
        groups: list[str] = []
        for proposal in self.proposals:
            if not groups or groups[-1] != proposal.group:
                groups.append(proposal.group)
        at = groups.index(self.proposals[index].group) + step
        if 0 <= at < len(groups):
            self._highlight_group(groups[at])

    def _highlight_group(self, group: str) -> None:
        listed = self.query_one("#review-list", OptionList)
        for row, option in enumerate(listed.options):
            if option.id is not None and self.proposals[int(option.id)].group == group:
                listed.highlighted = row
                return

    def action_name(self) -> None:
        index = self._current()
        if index is None:
            return
        new = self.proposals[index].new
        if new is None:
            said = (
                "This record is in the database already: it is renamed in its own edit form, "
                "not here (m files these proposals under another record)."
            )
            self._say(said)
            self.app.notify(said)
            return

        def named(name: str | None) -> None:
            from bilat.store.extract.regroup import renamed

            if not name or not name.strip():
                return
            self._regroup(list(renamed(self.proposals, new.key, name)))
            self._highlight_group(new.key)

        self.app.push_screen(NameRecordScreen(new.kind, new.name, new.names_said), callback=named)

    def action_file_under(self) -> None:
        index = self._current()
        if index is None:
            return
        moving = self.proposals[index]
        group, kind = moving.group, moving.kind
        snapshot = self.app.session.current()
        choices: list[tuple[str, str]] = []
        out = None
        if moving.new is None:  # the reader matched it to a held record: perhaps wrongly
            from bilat.store.extract.regroup import names_field, taken_out_as

            out = taken_out_as(self.proposals, group)
            named = any(names_field(p) for p in self.proposals if p.group == group)
            noun = SPECS[kind].noun
            choices.append(
                (
                    out.key,
                    f"A new {noun} named «{out.name}»"
                    if named
                    else f"A new {noun} (n names it then)",
                )
            )
        seen = {group}
        for proposal in self.proposals:
            if proposal.kind == kind and proposal.group not in seen:
                seen.add(proposal.group)
                if proposal.new is not None:
                    choices.append((proposal.group, f"New: {proposal.new.name} (in this review)"))
                else:
                    choices.append((proposal.group, self._held_title(proposal.group)))
        for record in snapshot.tables[kind].values():
            if record.id not in seen:
                choices.append((record.id, f"{title_of(record)} ({record.id})"))
        if not choices:
            self.app.notify(f"No other record of the {kind} to file these under.")
            return
        name = moving.new.name if moving.new is not None else self._held_title(group)

        def chosen(onto: str | None) -> None:
            from bilat.store.extract.regroup import filed_under, names_field, says_alike

            if onto is None:
                return
            if out is not None and onto == out.key:
                from bilat.store.extract.regroup import taken_out

                self._regroup(taken_out(self.proposals, group))
                self._highlight_group(onto)
                return
            target = next((p.new for p in self.proposals if p.new and p.new.key == onto), None)
            changed = filed_under(
                self.proposals, group, target or onto, snapshot, self.source.published
            )
            names = 0
            for index, proposal in enumerate(self.proposals):
                if changed[index] is not None or proposal.group != group:
                    continue
                twin = next(
                    (
                        i
                        for i, p in enumerate(changed)
                        if p is not None and p.group == onto and says_alike(p, proposal)
                    ),
                    None,
                )
                if twin is not None:  # said already of the record: a decision carries over
                    if index in self.decided:
                        self.decided.setdefault(twin, self.decided[index])
                elif names_field(proposal):
                    names += 1
            self._regroup(changed)
            self._highlight_group(onto)
            if names:
                self.app.notify(
                    f"Left out {names} name(s) the record does not go by: name it with n "
                    "(a record of the database in its own edit form)."
                )

        self.app.push_screen(FileUnderScreen(name, choices), callback=chosen)

    def _name_of(self, ref: str) -> str:
        """The name of the record a value refers to: a new one's, as the review names it
        now, or a held one's title."""
        if ref.startswith("new:"):
            return next(
                (f"{p.new.name} (new)" for p in self.proposals if p.new and p.new.key == ref),
                ref,
            )
        found = self.app.session.current().find(ref)
        return title_of(found) if found is not None else ref

    def _held_title(self, ident: str) -> str:
        found = self.app.session.current().find(ident)
        return f"{title_of(found) if found is not None else ''} ({ident})"

    def action_write(self) -> None:
        accepted = [p for i, p in enumerate(self.proposals) if self.decided.get(i)]
        if not accepted:
            self.app.notify("Nothing accepted yet: a accepts a proposal, A a whole record.")
            return
        self.app.sourcing.accept_proposals(self.source, accepted, self.proposals)
        self.dismiss()

    def action_back(self) -> None:
        accepted = sum(1 for v in self.decided.values() if v)
        if accepted and not self._leave_unwritten:
            # an analyst's decisions are work: leaving with them unwritten is asked first
            self._leave_unwritten = True
            self.app.notify(
                f"{accepted} accepted, not written: w writes them, escape again leaves "
                "without them.",
                severity="warning",
            )
            return
        self.dismiss()


class ReviewDialog(ModalScreen[_T]):
    """A dialog over the review screen: one framed box in the middle of the screen."""

    DEFAULT_CSS = """
    ReviewDialog { align: center middle; }
    ReviewDialog > Vertical {
        width: 80%; height: auto; border: round $accent; padding: 1; background: $panel;
    }
    """


class EditValueScreen(ReviewDialog[None]):
    """The value of one proposal as JSON, checked as a claim of its field is."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="review_edit.cancel"),
    ]
    DEFAULT_CSS = """
    EditValueScreen #edit-error { color: $error; height: auto; }
    """

    def __init__(self, proposal: Proposal, done: Callable[[Any], None]) -> None:
        super().__init__()
        self.proposal = proposal
        self.done = done

    def compose(self) -> ComposeResult:
        value = orjson.dumps(self.proposal.plain_value()).decode()
        with Vertical():
            yield Static(Text(f"{self.proposal.field} (JSON; enter to keep it)", style="bold"))
            yield Input(value, id="edit-value")
            yield Static("", id="edit-error")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        from bilat.store.extract.proposal import ClaimValueError, typed_value

        proposal = self.proposal
        try:
            value = typed_value(proposal.kind, proposal.field, orjson.loads(event.value))
        except (orjson.JSONDecodeError, ClaimValueError) as exc:
            self.query_one("#edit-error", Static).update(Text(printable(str(exc))))
            return
        self.dismiss()
        self.done(value)

    def action_cancel(self) -> None:
        self.dismiss()


class NameRecordScreen(ReviewDialog[str | None]):
    """The name of a new record: typed, prefilled with the one proposed (enter keeps it),
    or picked among the names the text gives it, listed below (the proposed one first):
    the analyst's name is most often one of the text's, said of another mention."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="review_name.cancel", tooltip="Keep the name"),
        Binding(
            "down",
            "to_names",
            "Names",
            show=False,
            id="review_name.names",
            tooltip="To the names the text gives the record (enter names it so; tab also)",
        ),
    ]
    DEFAULT_CSS = """
    NameRecordScreen #record-names { height: auto; max-height: 10; border: none; }
    NameRecordScreen #record-names:focus { border: none; }
    NameRecordScreen #record-names-said { margin-top: 1; }
    """

    def __init__(self, kind: str, name: str, said: Sequence[str] = ()) -> None:
        super().__init__()
        self.kind = kind
        self.proposed = name
        self.offered = list(dict.fromkeys(n for n in (name, *said) if n.strip()))

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(
                Text(
                    f"Name of the new {SPECS[self.kind].noun} (enter; escape keeps it)",
                    style="bold",
                )
            )
            yield Input(self.proposed, id="record-name")
            if len(self.offered) > 1:  # names the text gives it besides the one proposed
                said = "or one the text gives it (↓ or tab, then enter):"
                yield Static(Text(said, style="dim"), id="record-names-said")
                yield OptionList(
                    *(Option(Text(printable(n)), id=str(i)) for i, n in enumerate(self.offered)),
                    id="record-names",
                )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.offered[int(event.option.id or 0)])

    def on_mount(self) -> None:
        """The list waits on the first name that is not the one in the box."""
        for names in self.query("#record-names").results(OptionList):
            names.highlighted = 1

    def action_to_names(self) -> None:
        for names in self.query("#record-names").results(OptionList):
            names.focus()

    def action_cancel(self) -> None:
        self.dismiss(None)


class FileUnderScreen(ReviewDialog[str | None]):
    """The record to file a group's proposals under: for a group the reader matched to a
    record the database holds, first a new record (the match was wrong), then the other
    proposed records of its kind, then those the database holds; typing filters them,
    nearest first."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="review_file.cancel", tooltip="File nothing"),
        Binding("down", "move(1)", "Next", show=False, id="review_file.down"),
        Binding("up", "move(-1)", "Previous", show=False, id="review_file.up"),
    ]
    DEFAULT_CSS = """
    FileUnderScreen > Vertical { height: 80%; padding: 0 1; }
    FileUnderScreen #file-choices { height: 1fr; }
    """

    def __init__(self, name: str, choices: list[tuple[str, str]]) -> None:
        super().__init__()
        self.name_filed = name
        self.choices = choices

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(
                Text(f"File «{printable(self.name_filed)}» under (enter; escape files nothing)")
            )
            yield Input(placeholder="type to filter", id="file-filter")
            yield OptionList(id="file-choices")

    def on_mount(self) -> None:
        self._fill("")

    def _fill(self, typed: str) -> None:
        listed = self.query_one("#file-choices", OptionList)
        choices = self.choices
        typed = typed.strip()
        if typed:
            from rapidfuzz import fuzz, utils  # the bilat[extract] extra, as the reading

            from bilat.store.text import fold

            words = fold(typed).split()

            def near(choice: tuple[str, str]) -> tuple[bool, float]:
                label = choice[1]
                said = all(word in fold(label) for word in words)
                return said, fuzz.WRatio(typed, label, processor=utils.default_process)

            ranked = [(near(choice), choice) for choice in choices]
            ranked.sort(key=lambda item: (not item[0][0], -item[0][1]))  # stable among equals
            choices = [choice for (said, points), choice in ranked if said or points >= 60]
        listed.clear_options()
        listed.add_options([Option(Text(printable(label)), id=ident) for ident, label in choices])
        if choices:
            listed.highlighted = 0

    def on_input_changed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        listed = self.query_one("#file-choices", OptionList)
        if listed.highlighted is not None:
            self.dismiss(listed.get_option_at_index(listed.highlighted).id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_move(self, step: int) -> None:
        listed = self.query_one("#file-choices", OptionList)
        if step > 0:
            listed.action_cursor_down()
        else:
            listed.action_cursor_up()

    def action_cancel(self) -> None:
        self.dismiss(None)
