"""The explorer's editing of records: new, edit, delete, merge, undo and redo.

Screens ask; this controller opens the forms and dialogs, writes through the explorer's
write queue (``tui.writes``: one at a time, in a worker, through the undo history, so
every write is revision-checked), handles conflicts with the conflict dialog, and
refreshes the screens afterwards. Sources and evidence have theirs (``tui.sourcing``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from bilat.store import (
    BilatError,
    ConflictError,
    DeletePlan,
    IdTakenError,
    IntegrityError,
    Record,
    Snapshot,
    Store,
    kind_of_id,
)
from bilat.store.history import History
from bilat.store.kinds import EXPLORER_ORDER, FORM_KINDS
from bilat.store.merge import MergePlan
from bilat.store.text import printable

from .explorer import Explorer
from .writes import Writes

if TYPE_CHECKING:
    from .screens.forms import RecordForm

# The kinds edited in a form (their specs lay it out). The forms, dialogs and evidence
# screens are imported when first opened: the first screen does not wait for them.
EDITABLE = tuple(kind for kind in EXPLORER_ORDER if kind in FORM_KINDS)
# Seconds after the warm-up before the project form is made ahead (``Editor.make_ahead``),
# and without a key or a click before each of its steps (not beside a keystroke's turns).
AHEAD_AFTER = 0.5
AHEAD_QUIET = 0.1


class Editor:
    """New, edit, delete, merge, undo and redo of records, through the write queue."""

    def __init__(self, app: Explorer, writes: Writes) -> None:
        self.app = app
        self.writes = writes
        # The edit form kept per kind (``RecordForm.KEPT``), refilled for the next record.
        self._kept: dict[str, RecordForm] = {}

    @property
    def store(self) -> Store:
        return self.app.store

    @property
    def history(self) -> History:
        """The undo history, shared with every flow that writes (``Writes``)."""
        return self.writes.history

    # -- new and edit ----------------------------------------------------------------
    def new(self, kind: str) -> None:
        if kind not in EDITABLE:
            kind = "projects"
        if self.writes.can_start():
            self._open_form(kind, None, expected_rev=0)

    def edit(self, record_id: str | None) -> None:
        if record_id is None or not self.writes.can_start():
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
            # Closed before every field was mounted, or still being made ahead: made again.
            del self._kept[kind]
            self.app.uninstall_screen(kept)
            if kept.ahead:
                kept.abandon()
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
            form.kept = True
            self._kept[kind] = form
            self.app.install_screen(form, f"kept-form-{kind}")
        return form

    def kept(self, kind: str) -> RecordForm | None:
        """The kind's kept form (being made ahead, shown, or closed), if it has one."""
        return self._kept.get(kind)

    def make_ahead(self, kind: str = "projects") -> None:
        """Make the kind's kept form soon (``AHEAD_AFTER``: not on the turns that show what
        the warm-up brought), off screen, one field at a time while the explorer is in use
        (``RecordForm.ahead``), so that the first edit refills it: a form made at the first
        edit was the longest wait for the screen. It is made for the kind's first record,
        never shown with it."""
        self.app.set_timer(AHEAD_AFTER, partial(self._make_ahead, kind))

    def _make_ahead(self, kind: str) -> None:
        from .screens.forms import FORMS

        if kind in self._kept or not FORMS[kind].KEPT:
            return
        snapshot = self.store.current()
        first = next(iter(snapshot.tables[kind]), None)
        record = snapshot.find(first) if first is not None else None
        if record is None:
            return  # none to make it for: made at the first edit
        form = FORMS[kind](
            snapshot,
            record,
            latest=self.store.current,
            # Lives as long as the explorer, as a kept form made at an edit: frozen once
            # made (else each full pass of the collector walks its widgets).
            complete=self.app.session.settle,
            ahead=lambda: self.app.seconds_since_input() >= AHEAD_QUIET,
        )
        self._kept[kind] = form
        self.app.install_screen(form, f"kept-form-{kind}")
        # Mounted without being shown, as Textual mounts a screen it is about to show
        # (``App._get_screen``); its later fields follow, one per step.
        self.app._register(self.app, form)

    def _save(self, record: Record, expected_rev: int) -> None:
        def write() -> Record:
            return self.history.save(record, expected_rev=expected_rev, label=f"save {record.id}")

        def failed(exc: BilatError) -> None:
            if isinstance(exc, ConflictError):
                self._conflict(record, exc)
            elif isinstance(exc, IdTakenError):
                self._taken(record, exc)
            else:
                self.writes.error(exc)

        self.writes.run(write, self._saved, failed)

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
        if record_id is None or not self.writes.can_start():
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
                self.writes.error(exc)

        self.writes.run(write, done, failed)

    # -- merge ----------------------------------------------------------------------
    def merge(self, record_id: str | None) -> None:
        """Merge ``record_id`` into a record of its kind the user finds, after saying what
        moves; one write, undone by u."""
        if record_id is None:
            self.app.notify("Open or highlight the record to merge first.", severity="warning")
            return
        if not self.writes.can_start():
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
            self.writes.error(exc)
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
                self.writes.error(exc)

        self.writes.run(write, done, failed)

    # -- undo / redo ----------------------------------------------------------------
    def undo(self) -> None:
        self._step(self.history.undo, "Undid")

    def redo(self) -> None:
        self._step(self.history.redo, "Redid")

    def _step(self, step: Callable[[], str], verb: str) -> None:
        if not self.writes.can_start():
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

        self.writes.run(step, done, failed)
