"""Record screens kept after they close, and shown again for the next record.

Opening a record pushes a detail screen, `o` a source screen. A new screen is
composed and mounted, and once mounted Textual lays the screen out a second time:
a good part of what an open costs. A screen that was shown before and is off the
stack now is already mounted: it is given the next record and pushed again, laid
out once. A few of each kind are kept (installed, so that Textual does not remove
them when they close); more (records opened from records) are made and removed
as usual.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from typing import TypeVar

from textual import getters
from textual.screen import Screen

from bilat.store import Snapshot

from .explorer import Explorer
from .widgets.top_bar import TopBar

SPARE_SCREENS = 2  # of each kind


class RecordScreen(Screen[None]):
    """A screen showing one record of a snapshot, that the pool can give another."""

    app = getters.app(Explorer)

    def __init__(self, snapshot: Snapshot, record_id: str) -> None:
        super().__init__()
        self.snapshot: Snapshot | None = snapshot
        self.record_id = record_id

    def reopen(self, snapshot: Snapshot, record_id: str) -> None:
        """Show ``record_id`` of ``snapshot`` instead, from the top."""
        raise NotImplementedError

    def show_top_bar(self) -> None:
        """The database's file and counts, as the snapshot shown has them."""
        app = self.app
        assert self.snapshot is not None
        self.query_one(TopBar).show(
            app.store.location,
            self.snapshot.counts(),
            readonly=app.store.readonly,
        )

    def on_screen_suspend(self) -> None:
        if self not in self.app.screen_stack:  # closed, not covered by another screen
            self.snapshot = None  # a kept screen must not hold an old snapshot's memory


S = TypeVar("S", bound=RecordScreen)


class ScreenPool:
    """Kept screens, by kind."""

    def __init__(self, app: Explorer) -> None:
        self.app = app
        self._kept: defaultdict[type[RecordScreen], list[RecordScreen]] = defaultdict(list)
        self._names = itertools.count()

    def screen(self, kind: type[S], snapshot: Snapshot, record_id: str) -> S:
        """A screen of ``kind`` showing ``record_id``: a kept one off the stack, else new."""
        stacked = set(self.app.screen_stack)
        for kept in self._kept[kind]:
            # Kept by kind: the check only tells the type checker so.
            if isinstance(kept, kind) and kept not in stacked and kept.is_running:
                kept.reopen(snapshot, record_id)
                return kept
        fresh = kind(snapshot, record_id)
        if len(self._kept[kind]) < SPARE_SCREENS:
            self.app.install_screen(fresh, f"{kind.__name__}-{next(self._names)}")
            self._kept[kind].append(fresh)
        return fresh
