"""The explorer's editing flows: new, edit, delete, undo/redo, evidence, sources.

Screens ask; this controller opens the forms and dialogs, writes through the
undo history (so every write is revision-checked), handles conflicts with the
conflict dialog, and refreshes the screens afterwards. A read-only database
makes every edit key explain why it does nothing.

Every write runs in a worker thread, one at a time: a write fsyncs, and now and
then folds the journal into a new file, which on a large database takes long
enough to freeze the screen. The screen keeps answering meanwhile; an edit key
pressed before the write is done says to wait, and its outcome (a refresh, a
message, the conflict dialog) is shown from the event loop when it is.
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, TypeVar

import msgspec

from bilat.store import (
    BilatError,
    Claim,
    ConflictError,
    DeletePlan,
    IdTakenError,
    IntegrityError,
    Record,
    Snapshot,
    Source,
    Store,
    kind_of_id,
)
from bilat.store.history import History
from bilat.store.kinds import EXPLORER_ORDER, FORM_KINDS
from bilat.store.merge import MergePlan
from bilat.store.text import printable

from .explorer import Explorer

if TYPE_CHECKING:
    from bilat.store.extract import Proposal

    from .screens.forms import RecordForm  # the reading of articles loads on first use

# The kinds edited in a form (their specs lay it out). The forms, dialogs and evidence
# screens are imported when first opened: the first screen does not wait for them.
EDITABLE = tuple(kind for kind in EXPLORER_ORDER if kind in FORM_KINDS)

T = TypeVar("T")


class Editor:
    def __init__(self, app: Explorer) -> None:
        self.app = app
        self.history = History(app.store)
        self._writing = False  # a write is running in a worker thread
        # Writes asked for while one ran (a form saved over a palette's undo): next in turn.
        self._waiting: deque[Callable[[], None]] = deque()
        # The edit form kept per kind (``RecordForm.KEPT``), refilled for the next record.
        self._kept: dict[str, RecordForm] = {}

    @property
    def store(self) -> Store:
        return self.app.store

    def _writable(self) -> bool:
        if self.store.readonly:
            self.app.notify(
                f"read-only database {self.store.location} (file or folder permissions, "
                "or a server role that may only read): nothing can be changed here. Ask "
                "its owner for write access, or work on a copy with --db.",
                severity="warning",
                timeout=6,
            )
            return False
        return True

    def _can_start(self) -> bool:
        """True if an edit may begin: the database is writable and no write is running."""
        return self._writable() and not self._busy()

    # -- writing ---------------------------------------------------------------------
    def _write(
        self,
        write: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[BilatError], None],
    ) -> None:
        """Run ``write`` in a worker thread; then ``done`` with what it returned, or
        ``failed`` with the error the store refused it with, on the event loop.

        One write at a time: the history is not shared between threads, and a write
        based on what the screen showed before the last one ended would conflict
        with it. One asked for meanwhile waits for its turn."""
        if self._writing:
            self._waiting.append(partial(self._write, write, done, failed))
            return
        self._writing = True

        def run() -> None:
            try:
                # The snapshot patched by the write lives on: no collector pass over it
                # meanwhile (it would hold the interpreter, so the screen), nor after.
                with self.app.session.making():
                    result = write()
                    with contextlib.suppress(BilatError):  # reload says it, on the loop
                        self.app.prepare_reload()
            except BilatError as exc:
                self.app.call_from_thread(failed, exc)
            else:
                self.app.call_from_thread(done, result)
            finally:
                self.app.call_from_thread(self._written)

        self.app.run_worker(run, thread=True, group="write")

    def _written(self) -> None:
        self._writing = False
        if self._waiting:
            self._waiting.popleft()()

    def _busy(self) -> bool:
        """True while a write runs: edits wait for it (and say so)."""
        if self._writing:
            self.app.notify("Saving… try again in a moment.", severity="warning", timeout=2)
        return self._writing

    def _error(self, exc: BilatError) -> None:
        self.app.notify(str(exc), severity="error", timeout=8)

    # -- new and edit ----------------------------------------------------------------
    def new(self, kind: str) -> None:
        if kind not in EDITABLE:
            kind = "projects"
        if self._can_start():
            self._open_form(kind, None, expected_rev=0)

    def edit(self, record_id: str | None) -> None:
        if record_id is None or not self._can_start():
            return
        kind = kind_of_id(record_id)
        if kind == "sources" or kind == "claims":
            self.app.notify(
                "Sources and claims are not edited in a form: add a new source "
                "or attach new evidence (c) instead.",
                severity="warning",
            )
            return
        record = self.store.current().find(record_id)
        if record is None:
            self._gone(record_id)
            return
        if kind not in EDITABLE:
            return
        self._open_form(kind, record, expected_rev=record.rev)

    def _gone(self, record_id: str) -> None:
        """The view showed a record that someone else has deleted since: say so, catch up."""
        self.app.notify(
            f"{record_id} is no longer in the database (deleted by someone else?).",
            severity="warning",
        )
        self.app.reload()
        self.app.record_deleted(record_id)

    def _open_form(
        self, kind: str, record: Record | None, *, expected_rev: int, draft: Record | None = None
    ) -> None:
        # No collector pass while the form is made: its first paint comes first.
        shown = self.app.session.hold_collector()
        try:
            form = self._form(kind, record, draft, shown)
        except BaseException:
            shown()
            raise

        def saved(result: Record | None) -> None:
            if form is not self._kept.get(kind):
                self.app.session.closed(form)  # garbage now: no freeze may keep it
            if result is not None:
                self._save(result, expected_rev)

        covered = self.app.screen
        self.app.push_screen(form, callback=saved)
        # Textual repaints the screen a form covers, whole (``App.push_screen``), and a
        # screen under a translucent one has that one drawn again, whole: a second drawing
        # of the main screen dimmed, 10-20 ms, after the form's first paint drew it as it
        # is. What changes on it later is drawn as it changes.
        covered._repaint_required = False

    def _form(
        self, kind: str, record: Record | None, draft: Record | None, shown: Callable[[], None]
    ) -> RecordForm:
        """The form editing ``record`` (a new one if None): the kind's kept form refilled
        if it has one closed, else made (and kept, if its kind's is)."""
        from .screens.forms import FORMS

        snapshot = self.store.current()
        keeps = FORMS[kind].KEPT and record is not None and draft is None
        kept = self._kept.get(kind) if keeps else None
        if kept is not None and kept not in self.app.screen_stack:
            if kept.complete and kept.is_running:
                assert record is not None
                kept.refill(snapshot, record, latest=self.store.current, shown=shown)
                return kept
            # Closed before every field was mounted: made again.
            del self._kept[kind]
            self.app.uninstall_screen(kept)
            self.app.session.closed(kept)
            kept = None
        # Its widgets live as long as the explorer, once made: frozen then (settle).
        complete = self.app.session.settle if keeps and kept is None else None
        form = FORMS[kind](
            snapshot,
            record,
            draft=draft,
            latest=self.store.current,
            shown=shown,
            complete=complete,
        )
        if complete is not None:
            self._kept[kind] = form
            self.app.install_screen(form, f"kept-form-{kind}")
        return form

    def _save(self, record: Record, expected_rev: int) -> None:
        def write() -> Record:
            return self.history.save(record, expected_rev=expected_rev, label=f"save {record.id}")

        def failed(exc: BilatError) -> None:
            if isinstance(exc, ConflictError):
                self._conflict(record, exc)
            elif isinstance(exc, IdTakenError):
                self._taken(record, exc)
            else:
                self._error(exc)

        self._write(write, self._saved, failed)

    def _saved(self, written: Record) -> None:
        self.app.reload()
        self.app.notify(f"Saved {written.id}")

    def _taken(self, mine: Record, exc: IdTakenError) -> None:
        """Someone gave the id to another record since F10: back to the form, values kept,
        the id field saying by whom and offering a free one. Never a "keep mine"."""
        self.app.notify(printable(str(exc)), severity="warning", timeout=8)
        self._open_form(kind_of_id(mine.id) or "projects", None, expected_rev=0, draft=mine)

    def _conflict(self, mine: Record, exc: ConflictError) -> None:
        def chosen(choice: str | None) -> None:
            if choice == "mine":
                self._save(mine, exc.current)
            elif choice == "edit":
                kind = kind_of_id(mine.id) or "projects"
                # Back to the form with my values, now based on their revision.
                self._open_form(kind, mine, expected_rev=exc.current)
            else:
                self.app.reload()
                self.app.notify("Kept their version; your changes were discarded.")

        from .screens.dialogs import ConflictScreen

        self.app.push_screen(ConflictScreen(mine, exc.theirs), callback=chosen)

    def _links_gathering(self, snapshot: Snapshot) -> bool:
        """True (and the user told, the gathering started) if what uses a record is not
        known yet: the claims are gathered in the background after a large file opens,
        and finding it now would freeze the screen until then."""
        if self.app.links_ready(snapshot):
            return False
        self.app.notify(
            "Gathering the claims of every record… try again in a few seconds.",
            severity="warning",
            timeout=3,
        )
        self.app.run_worker(snapshot.links.prepare, thread=True, group="links")
        return True

    # -- delete --------------------------------------------------------------------
    def delete(self, record_id: str | None) -> None:
        if record_id is None or not self._can_start():
            return
        snapshot = self.store.current()
        record = snapshot.find(record_id)
        if record is None:
            self._gone(record_id)
            return
        if self._links_gathering(snapshot):
            return
        try:
            plan = self.store.delete_plan(record_id)
        except BilatError as exc:
            self.app.notify(str(exc), severity="error")
            return

        def confirmed(choice: str | None) -> None:
            if choice is not None:
                self._delete(record_id, record.rev, cascade=choice == "cascade")

        from .screens.dialogs import ConfirmDeleteScreen

        self.app.push_screen(ConfirmDeleteScreen(snapshot, plan), callback=confirmed)

    def _delete(self, record_id: str, rev: int, *, cascade: bool) -> None:
        def write() -> DeletePlan:
            return self.history.delete(record_id, expected_rev=rev, cascade=cascade)

        def done(plan: DeletePlan) -> None:
            self.app.reload()
            self.app.record_deleted(record_id)
            self.app.notify(f"Deleted: {plan.describe()}. u undoes it.", timeout=6)

        def failed(exc: BilatError) -> None:
            if isinstance(exc, (ConflictError, IntegrityError)):
                self.app.notify(f"{exc} — look again and retry.", severity="error", timeout=8)
                self.app.reload()
            else:
                self._error(exc)

        self._write(write, done, failed)

    # -- merge ----------------------------------------------------------------------
    def merge(self, record_id: str | None) -> None:
        """Merge ``record_id`` into a record of its kind the user finds, after saying what
        moves; one write, undone by u."""
        if record_id is None:
            self.app.notify("Open or highlight the record to merge first.", severity="warning")
            return
        if not self._can_start():
            return
        snapshot = self.store.current()
        if snapshot.find(record_id) is None:
            self._gone(record_id)
            return
        if self._links_gathering(snapshot):
            return

        def chosen(keep: str | None) -> None:
            if keep is not None:
                self._confirm_merge(keep, record_id)

        from .screens.merge import MergeIntoScreen

        self.app.push_screen(MergeIntoScreen(snapshot, record_id), callback=chosen)

    def _confirm_merge(self, keep: str, other: str) -> None:
        try:
            plan = self.store.merge_plan(keep, other)
        except BilatError as exc:
            self._error(exc)
            return
        snapshot = self.store.current()

        def confirmed(yes: bool | None) -> None:
            if yes:
                self._merge(plan)

        from .screens.merge import ConfirmMergeScreen

        self.app.push_screen(ConfirmMergeScreen(snapshot, plan), callback=confirmed)

    def _merge(self, plan: MergePlan) -> None:
        def write() -> MergePlan:
            return self.history.merge(plan)

        def done(written: MergePlan) -> None:
            self.app.reload()
            self.app.record_deleted(written.other)
            self.app.notify(f"Merged {written.other} into {written.keep}. u undoes it.", timeout=6)

        def failed(exc: BilatError) -> None:
            if isinstance(exc, (ConflictError, IntegrityError)):
                self.app.notify(f"{exc} — look again and retry.", severity="error", timeout=8)
                self.app.reload()
            else:
                self._error(exc)

        self._write(write, done, failed)

    # -- undo / redo ----------------------------------------------------------------
    def undo(self) -> None:
        self._step(self.history.undo, "Undid")

    def redo(self) -> None:
        self._step(self.history.redo, "Redid")

    def _step(self, step: Callable[[], str], verb: str) -> None:
        if not self._can_start():
            return

        def done(label: str) -> None:
            self.app.reload()
            self.app.notify(f"{verb}: {label}")

        def failed(exc: BilatError) -> None:
            if isinstance(exc, (ConflictError, IdTakenError)):
                self.app.notify(
                    f"Cannot take that back: {printable(str(exc))}", severity="error", timeout=8
                )
            else:
                self.app.notify(str(exc), severity="warning")  # nothing to undo, say

        self._write(step, done, failed)

    # -- evidence and sources --------------------------------------------------------
    def cite(self, record_id: str | None, field: str | None = None) -> None:
        if record_id is None or not self._can_start():
            return
        snapshot = self.store.current()
        if not snapshot.sources:
            self.app.notify(
                "No source yet: add one first (palette: Add source).", severity="warning"
            )
            return

        def attached(claim: Claim | None) -> None:
            if claim is not None:
                self._attach(claim)

        from .screens.evidence import EvidenceScreen

        self.app.push_screen(EvidenceScreen(snapshot, record_id, field), callback=attached)

    def _attach(self, claim: Claim) -> None:
        def write() -> Record:
            return self.history.save(claim, expected_rev=0, label=f"attach {claim.id}")

        def done(_written: Record) -> None:
            self.app.reload()
            self.app.notify(f"Attached {claim.id} to {claim.subject} · {claim.field}")

        self._write(write, done, self._error)

    def add_source(self) -> None:
        if not self._can_start():
            return

        def added(source: Source | None) -> None:
            if source is not None:
                self._add_source(source)

        from .screens.add_source import AddSourceScreen

        self.app.push_screen(AddSourceScreen(), callback=added)

    def _add_source(self, source: Source) -> None:
        def write() -> Record:
            return self.history.save(source, expected_rev=0, label=f"add {source.id}")

        def done(_written: Record) -> None:
            self.app.reload()
            self.app.notify(f"Added source {source.id}")
            self.review_source(source)

        def failed(exc: BilatError) -> None:
            if isinstance(exc, IdTakenError):
                self.app.notify(
                    f"This text is already stored as {source.id}.", severity="warning", timeout=8
                )
            else:
                self._error(exc)

        self._write(write, done, failed)

    # -- proposals from an article ---------------------------------------------------
    def review(self) -> None:
        """Review what a source states: the source the explorer is on, or one the record
        it is on cites, or else the source added last."""
        snapshot = self.app.session.current()
        sources = snapshot.tables["sources"]
        current = self.app.current_record()
        chosen = sources.get(current) if current else None
        if chosen is None and current:
            cited = [c.source for c in snapshot.claims_for(current) if c.source in sources]
            chosen = sources.get(cited[0]) if cited else None
        if chosen is None and sources:
            chosen = list(sources.values())[-1]
        if chosen is None:
            self.app.notify("No source yet: add one (palette: Add source).", severity="warning")
            return
        self.review_source(chosen)

    def review_source(self, source: Source) -> None:
        from .screens.review import ReviewScreen

        self.app.push_screen(ReviewScreen(source))

    def accept_proposals(
        self, source: Source, accepted: list[Proposal], everything: list[Proposal] | None = None
    ) -> None:
        """Write the accepted proposals: new records, values filled in, a claim each; one
        step of the history, all or nothing, in a worker."""
        if not self._can_start():
            return
        snapshot = self.app.session.current()

        def write() -> list[Record]:
            from bilat.store.extract.accept import plan

            puts, expected = plan(accepted, snapshot, source, everything or accepted)
            return self.history.save_many(puts, expected=expected, label=f"accept {source.id}")

        def done(written: list[Record]) -> None:
            self.app.reload()
            claims = sum(1 for record in written if isinstance(record, Claim))
            self.app.notify(f"Wrote {claims} claims from {source.id}. u undoes it.")

        self._write(write, done, self._error)

    # -- conflicts --------------------------------------------------------------------
    def prefer(self, claim: Claim, reason: str, rivals: list[Claim]) -> None:
        """Make ``claim`` the preferred one, with ``reason``; the ``rivals`` (the other
        claims of its conflict) that were preferred become normal, their reasons dropped
        (a reason says why a claim is preferred). One step of the history, checked
        against the revisions the screen showed."""
        if not self._can_start():
            return
        puts: list[Record] = [msgspec.structs.replace(claim, rank="preferred", reason=reason)]
        puts.extend(
            msgspec.structs.replace(other, rank="normal", reason=None)
            for other in rivals
            if other.id != claim.id and other.rank == "preferred"
        )
        expected = {claim.id: claim.rev, **{other.id: other.rev for other in rivals}}
        expected = {record.id: expected[record.id] for record in puts}

        def write() -> list[Record]:
            return self.history.save_many(puts, expected=expected, label=f"prefer {claim.id}")

        def done(_written: list[Record]) -> None:
            self.app.reload()
            self.app.notify(f"Preferred {claim.id}. u undoes it.")

        def failed(exc: BilatError) -> None:
            if isinstance(exc, ConflictError):
                self.app.notify(
                    f"{printable(str(exc))} — look again and retry.", severity="error", timeout=8
                )
                self.app.reload()
            else:
                self._error(exc)

        self._write(write, done, failed)
