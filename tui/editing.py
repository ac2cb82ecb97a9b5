"""The explorer's editing flows: new, edit, delete, undo/redo, evidence, sources.

Screens ask; this controller opens the forms and dialogs, writes through the
undo history (so every write is revision-checked), handles conflicts with the
conflict dialog, and refreshes the screens afterwards. A read-only database
makes every edit key explain why it does nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bilat.store import (
    BilatError,
    Claim,
    ConflictError,
    IdTakenError,
    IntegrityError,
    Record,
    Source,
    kind_of_id,
)
from bilat.store.history import History
from bilat.store.text import printable

from .screens.add_source import AddSourceScreen
from .screens.dialogs import ConfirmDeleteScreen, ConflictScreen
from .screens.evidence import EvidenceScreen
from .screens.forms import FORMS

if TYPE_CHECKING:
    from .app import BilatApp

EDITABLE = tuple(FORMS)  # the kinds edited in a form (their specs lay it out)


class Editor:
    def __init__(self, app: BilatApp) -> None:
        self.app = app
        self.history = History(app.store)
        self._saving = 0  # saves being written in a worker thread

    @property
    def store(self) -> Any:
        return self.app.store

    def _writable(self) -> bool:
        if self.store.readonly:
            self.app.notify(
                f"{self.store.location} is read-only (file or folder permissions): "
                "nothing can be changed here. Ask its owner for write access, or "
                "work on a copy with --db.",
                severity="warning",
                timeout=6,
            )
            return False
        return True

    # -- new and edit ----------------------------------------------------------------
    def new(self, kind: str) -> None:
        if kind not in EDITABLE:
            kind = "projects"
        if self._writable():
            self._open_form(kind, None, expected_rev=0)

    def edit(self, record_id: str | None) -> None:
        if record_id is None or not self._writable():
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
        self, kind: str, record: Any | None, *, expected_rev: int, draft: Record | None = None
    ) -> None:
        form = FORMS[kind](self.store.current(), record, draft=draft, latest=self.store.current)

        def saved(result: Record | None) -> None:
            if result is not None:
                self._save(result, expected_rev)

        self.app.push_screen(form, callback=saved)

    def _save(self, record: Record, expected_rev: int) -> None:
        """Write off the event loop: on a large database the write and the mending of
        the snapshot take tens of milliseconds the screen should not freeze for."""
        self._saving += 1

        def write() -> None:
            try:
                written = self.history.save(
                    record, expected_rev=expected_rev, label=f"save {record.id}"
                )
            except ConflictError as exc:
                self.app.call_from_thread(self._conflict, record, exc)
            except IdTakenError as exc:
                self.app.call_from_thread(self._taken, record, exc)
            except BilatError as exc:
                self.app.call_from_thread(self.app.notify, str(exc), severity="error", timeout=8)
            else:
                self.app.call_from_thread(self._saved, written)
            finally:
                self.app.call_from_thread(self._done_saving)

        self.app.run_worker(write, thread=True, group="save")

    def _saved(self, written: Record) -> None:
        self.app.reload()
        self.app.notify(f"Saved {written.id}")

    def _done_saving(self) -> None:
        self._saving -= 1

    def _busy(self) -> bool:
        """True while a save is being written: undo, redo and delete wait for it."""
        if self._saving:
            self.app.notify("Saving… try again in a moment.", severity="warning", timeout=2)
        return bool(self._saving)

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

        self.app.push_screen(ConflictScreen(mine, exc.theirs), callback=chosen)

    # -- delete --------------------------------------------------------------------
    def delete(self, record_id: str | None) -> None:
        if record_id is None or not self._writable() or self._busy():
            return
        snapshot = self.store.current()
        record = snapshot.find(record_id)
        if record is None:
            self._gone(record_id)
            return
        if not self.app.links_ready(snapshot):  # type: ignore[attr-defined]
            # What uses the record is known once the claims are gathered (seconds after a
            # large file opens); finding it now would freeze the screen until then.
            self.app.notify(
                "Gathering the claims of every record… try again in a few seconds.",
                severity="warning",
                timeout=3,
            )
            self.app.run_worker(snapshot.prepare_links, thread=True, group="links")
            return
        try:
            plan = self.store.delete_plan(record_id)
        except BilatError as exc:
            self.app.notify(str(exc), severity="error")
            return

        def confirmed(choice: str | None) -> None:
            if choice is None:
                return
            try:
                done = self.history.delete(
                    record_id, expected_rev=record.rev, cascade=choice == "cascade"
                )
            except (ConflictError, IntegrityError) as exc:
                self.app.notify(f"{exc} — look again and retry.", severity="error", timeout=8)
                self.app.reload()
                return
            except BilatError as exc:
                self.app.notify(str(exc), severity="error", timeout=8)
                return
            self.app.reload()
            self.app.record_deleted(record_id)
            self.app.notify(f"Deleted: {done.describe()}. u undoes it.", timeout=6)

        self.app.push_screen(ConfirmDeleteScreen(snapshot, plan), callback=confirmed)

    # -- undo / redo ----------------------------------------------------------------
    def undo(self) -> None:
        self._step(self.history.undo, "Undid")

    def redo(self) -> None:
        self._step(self.history.redo, "Redid")

    def _step(self, step: Any, verb: str) -> None:
        if not self._writable() or self._busy():
            return
        try:
            label = step()
        except (ConflictError, IdTakenError) as exc:
            self.app.notify(
                f"Cannot take that back: {printable(str(exc))}", severity="error", timeout=8
            )
            return
        except BilatError as exc:
            self.app.notify(str(exc), severity="warning")
            return
        self.app.reload()
        self.app.notify(f"{verb}: {label}")

    # -- evidence and sources --------------------------------------------------------
    def cite(self, record_id: str | None, field: str | None = None) -> None:
        if record_id is None or not self._writable():
            return
        snapshot = self.store.current()
        if not snapshot.sources:
            self.app.notify(
                "No source yet: add one first (palette: Add source).", severity="warning"
            )
            return

        def attached(claim: Claim | None) -> None:
            if claim is None:
                return
            try:
                self.history.save(claim, expected_rev=0, label=f"attach {claim.id}")
            except BilatError as exc:
                self.app.notify(str(exc), severity="error", timeout=8)
                return
            self.app.reload()
            self.app.notify(f"Attached {claim.id} to {claim.subject} · {claim.field}")

        self.app.push_screen(EvidenceScreen(snapshot, record_id, field), callback=attached)

    def add_source(self) -> None:
        if not self._writable():
            return

        def added(source: Source | None) -> None:
            if source is None:
                return
            try:
                self.history.save(source, expected_rev=0, label=f"add {source.id}")
            except IdTakenError:
                self.app.notify(
                    f"This text is already stored as {source.id}.", severity="warning", timeout=8
                )
                return
            except BilatError as exc:
                self.app.notify(str(exc), severity="error", timeout=8)
                return
            self.app.reload()
            self.app.notify(f"Added source {source.id}")

        self.app.push_screen(AddSourceScreen(), callback=added)
