"""The explorer's flows around sources: attaching evidence, adding a source, reviewing
what an article states, preferring one claim of a conflict.

Screens ask; this opens the screens and dialogs and writes through the explorer's one
write queue (``tui.writes``): every write revision-checked, in a worker, undoable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from bilat.store import BilatError, Claim, ConflictError, IdTakenError, Record, Source, Store
from bilat.store.text import printable

from .explorer import Explorer
from .writes import Writes

if TYPE_CHECKING:
    from bilat.store.extract import Proposal  # the reading of articles loads on first use


class Sourcing:
    """Evidence, sources, an article's proposals and a conflict's preferred claim."""

    def __init__(self, app: Explorer, writes: Writes) -> None:
        self.app = app
        self.writes = writes

    @property
    def store(self) -> Store:
        return self.app.store

    # -- evidence and sources --------------------------------------------------------
    def cite(self, record_id: str | None, field: str | None = None) -> None:
        if record_id is None or not self.writes.can_start():
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
            return self.writes.history.save(claim, expected_rev=0, label=f"attach {claim.id}")

        def done(_written: Record) -> None:
            self.app.reload()
            self.app.notify(f"Attached {claim.id} to {claim.subject} · {claim.field}")

        self.writes.run(write, done, self.writes.error)

    def add_source(self) -> None:
        if not self.writes.can_start():
            return

        def added(source: Source | None) -> None:
            if source is not None:
                self._add_source(source)

        from .screens.add_source import AddSourceScreen

        self.app.push_screen(AddSourceScreen(), callback=added)

    def _add_source(self, source: Source) -> None:
        def write() -> Record:
            return self.writes.history.save(source, expected_rev=0, label=f"add {source.id}")

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
                self.writes.error(exc)

        self.writes.run(write, done, failed)

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
        if not self.writes.can_start():
            return
        snapshot = self.app.session.current()

        def write() -> list[Record]:
            from bilat.store.extract.accept import plan

            puts, expected = plan(accepted, snapshot, source, everything or accepted)
            return self.writes.history.save_many(
                puts, expected=expected, label=f"accept {source.id}"
            )

        def done(written: list[Record]) -> None:
            self.app.reload()
            claims = sum(1 for record in written if isinstance(record, Claim))
            noun = "claim" if claims == 1 else "claims"
            self.app.notify(f"Wrote {claims} {noun} from {source.id}. u undoes it.")

        self.writes.run(write, done, self.writes.error)

    # -- conflicts --------------------------------------------------------------------
    def prefer(self, claim: Claim, reason: str, rivals: list[Claim]) -> None:
        """Make ``claim`` the preferred one, with ``reason``; the ``rivals`` (the other
        claims of its conflict) that were preferred become normal, their reasons dropped
        (a reason says why a claim is preferred). One step of the history, checked
        against the revisions the screen showed."""
        if not self.writes.can_start():
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
            return self.writes.history.save_many(
                puts, expected=expected, label=f"prefer {claim.id}"
            )

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
                self.writes.error(exc)

        self.writes.run(write, done, failed)
