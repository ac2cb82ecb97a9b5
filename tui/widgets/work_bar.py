"""A line above the footer for long work in the background (indexing, an export).

Shown once the work has run for ``DELAY_SECONDS`` (most work is over before that, and a
bar that flashes for a moment is noise), with what is being done and how far it got;
gone when it ends. The work runs in a worker; its progress reaches here through the app.
"""

from __future__ import annotations

import time

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar

DELAY_SECONDS = 1.0


class WorkBar(Horizontal):
    DEFAULT_CSS = """
    WorkBar {
        dock: bottom;
        height: 1;
        display: none;
        background: $panel;
        & > Label { width: auto; padding: 0 1; }
        & > ProgressBar { width: 1fr; }
    }
    WorkBar.-shown { display: block; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._started: dict[str, float] = {}

    def compose(self) -> ComposeResult:
        yield Label("")
        yield ProgressBar(show_eta=False)

    def show(self, what: str, done: int, total: int | None) -> None:
        """``what`` got to ``done`` of ``total`` (None: not known); done when equal."""
        if total is not None and done >= total:
            self.finish(what)
            return
        started = self._started.setdefault(what, time.monotonic())
        if time.monotonic() - started < DELAY_SECONDS:
            return
        self.query_one(Label).update(what)
        self.query_one(ProgressBar).update(total=total, progress=done)
        self.add_class("-shown")

    def finish(self, what: str) -> None:
        self._started.pop(what, None)
        if not self._started:
            self.remove_class("-shown")
