"""The explorer app as its screens, editor and palette see it.

``tui.app`` builds the explorer from the screens, the editor (``tui.editing``) and the
palette's commands (``tui.commands``); they in turn ask the app for its session, its editor,
a reload. Were they to name ``BilatApp`` for that, each would import ``tui.app`` back: an
import circle, even under ``TYPE_CHECKING``. They name this instead: a base of
``BilatApp`` that declares what they may ask of it, and imports nothing of the explorer.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from textual.app import App

from bilat.engine import Session
from bilat.store import Claim, Snapshot, Source, Store

if TYPE_CHECKING:
    from bilat.store.extract import Proposal

from .settings import Settings


class Editing(Protocol):
    """What screens and the palette ask of the editor of records (``tui.editing.Editor``)."""

    def new(self, kind: str) -> None: ...

    def edit(self, record_id: str | None) -> None: ...

    def delete(self, record_id: str | None) -> None: ...

    def merge(self, record_id: str | None) -> None: ...

    def undo(self) -> None: ...

    def redo(self) -> None: ...


class SourceActions(Protocol):
    """What screens and the palette ask about sources and evidence (``tui.sourcing``)."""

    def cite(self, record_id: str | None, field: str | None = None) -> None: ...

    def add_source(self) -> None: ...

    def review(self) -> None: ...

    def review_source(self, source: Source) -> None: ...

    def accept_proposals(
        self, source: Source, accepted: list[Proposal], everything: list[Proposal] | None = None
    ) -> None: ...

    def prefer(self, claim: Claim, reason: str, rivals: list[Claim]) -> None: ...


class SharingActions(Protocol):
    """What the palette and the keys ask of what the explorer hands on (``tui.sharing``)."""

    def copy_id(self) -> None: ...

    def copy_citation(self) -> None: ...

    def brief(self) -> None: ...

    def overview(self) -> None: ...


class Explorer(App[None]):
    """The explorer over one store; ``BilatApp`` (``tui.app``) is the one implementation.

    Screens reach it typed with ``app = getters.app(Explorer)``, which checks that the
    running app is one, instead of casting ``self.app``.
    """

    session: Session  # what is shown and what is ready
    store: Store  # the session's store: writes, through the editor's history
    editor: Editing
    sourcing: SourceActions
    settings: Settings  # the user's config: theme, keys, column layouts, saved filters
    sharing: SharingActions

    def seconds_since_input(self) -> float:
        """Seconds since the user's last key or click (since the start if none)."""
        return float("inf")

    @abstractmethod
    def reload(self, *, warm: bool = True) -> None:
        """Show the database as it is now on every open screen."""
        raise NotImplementedError

    def prepare_reload(self) -> None:
        """On a write's worker thread, once written: make there what showing the new state
        takes (see ``BilatApp.prepare_reload``), so that ``reload`` only swaps it in."""

    def from_worker(self, callback: Callable[..., object], *args: object) -> None:
        """Run ``callback`` on the event loop, from a worker's thread, unless the explorer
        is closing by then: a thread cannot be stopped mid-call, and what it brings after the
        screens were taken down has nowhere to go."""

        def unless_closing() -> None:
            if self.is_running:
                callback(*args)

        self.call_from_thread(unless_closing)

    @abstractmethod
    def record_deleted(self, record_id: str) -> None:
        """Close the screens of a record that is gone."""
        raise NotImplementedError

    @abstractmethod
    def links_ready(self, snapshot: Snapshot) -> bool:
        """True if a record's claims and links can be read without waiting."""
        raise NotImplementedError

    @abstractmethod
    def warming(self) -> bool:
        """True while the warm-up's worker runs (on a large database it gathers the claims
        the marks read once its stages are done)."""
        raise NotImplementedError

    @abstractmethod
    def weigh(self, snapshot: Snapshot) -> None:
        """Weigh every record's sources off the event loop (``Session.weigh``); a filter
        that waited for it (``has:``, ``sources:``) is applied then."""
        raise NotImplementedError

    @abstractmethod
    def open_record(self, record_id: str, action: str = "open", claim: str | None = None) -> None:
        """Open a record's detail (or, with ``action="source"``, its source); ``claim``:
        at the line of the field that claim backs."""
        raise NotImplementedError

    @abstractmethod
    def current_record(self) -> str | None:
        """The record the user is on (the detail open, the row highlighted), if any."""
        raise NotImplementedError

    @abstractmethod
    def show_history(self, record_id: str | None) -> None:
        """Show what changed in a record, when and by whom."""
        raise NotImplementedError

    @abstractmethod
    def changed_since(self) -> None:
        """Ask a date, list the records changed since, open the one chosen."""
        raise NotImplementedError

    @abstractmethod
    def open_quote(self, claim: Claim) -> None:
        """Show the source of ``claim`` at its quote."""
        raise NotImplementedError

    @abstractmethod
    def open_finding(self, record_id: str, field: str | None = None) -> None:
        """Show the sources of the record's field ``field`` side by side (its first
        conflict, or agreement, if None)."""
        raise NotImplementedError

    @abstractmethod
    def action_needs_evidence(self) -> None:
        """List what needs evidence (values no claim backs, lost quotes, records no
        claim speaks of)."""
        raise NotImplementedError

    @abstractmethod
    def action_parties(self) -> None:
        """Show the organisations, their people, and who signed what with whom."""
        raise NotImplementedError

    @abstractmethod
    def action_help(self) -> None:
        """Show every key."""
        raise NotImplementedError

    @abstractmethod
    def save_filter_as(self) -> None:
        """Ask a name for the filter shown, and keep it in the config."""
        raise NotImplementedError

    @abstractmethod
    def recall_filter(self, name: str) -> None:
        """Show the filter saved as ``name``."""
        raise NotImplementedError

    @abstractmethod
    def action_export_view(self) -> None:
        """Ask where to export what the tables show, then write it."""
        raise NotImplementedError
