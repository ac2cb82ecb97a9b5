"""Record screens kept after they close, and shown again for the next record.

Opening a record pushes a detail screen, `o` a source screen. A new screen is
composed and mounted, and once mounted Textual lays the screen out a second time:
~20 ms of the ~60 ms an open took. A screen that was shown before and is off the
stack now is already mounted: it is given the next record and pushed again, laid
out once. A few of each kind are kept (installed, so that Textual does not remove
them when they close); more (records opened from records) are made and removed
as usual.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from typing import TYPE_CHECKING, TypeVar

from textual.screen import Screen

from store import Snapshot

if TYPE_CHECKING:
    from textual.app import App

SPARE_SCREENS = 2  # of each kind


S = TypeVar("S", bound=Screen[None])


class ScreenPool:
    """Kept screens by kind; a kind is made with ``(snapshot, record_id)`` and has
    ``reopen(snapshot, record_id)``."""

    def __init__(self, app: App[None]) -> None:
        self.app = app
        self._kept: defaultdict[type[Screen[None]], list[Screen[None]]] = defaultdict(list)
        self._names = itertools.count()

    def screen(self, kind: type[S], snapshot: Snapshot, record_id: str) -> S:
        """A screen of ``kind`` showing ``record_id``: a kept one off the stack, else new."""
        stacked = set(self.app.screen_stack)
        for kept in self._kept[kind]:
            if kept not in stacked and kept.is_running:
                kept.reopen(snapshot, record_id)  # type: ignore[attr-defined]
                return kept  # type: ignore[return-value]
        fresh = kind(snapshot, record_id)  # type: ignore[call-arg]
        if len(self._kept[kind]) < SPARE_SCREENS:
            self.app.install_screen(fresh, f"{kind.__name__}-{next(self._names)}")
            self._kept[kind].append(fresh)
        return fresh


def closed(screen: Screen[None]) -> bool:
    """True once ``screen`` left the stack (it is suspended when covered, too)."""
    return screen not in screen.app.screen_stack
