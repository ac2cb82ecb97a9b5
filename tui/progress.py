"""Rich's progress bar for the command line's long work (import, export, indexing).

Shown on standard error when it is a terminal, and only for work that lasts: the bar
appears once a part has run for ``DELAY_SECONDS`` (a seed import is over before that),
and goes when the work ends, leaving the one-line summary the command prints. When
standard error is piped or a file, nothing is drawn: scripts read the summary alone.
"""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

from bilat.store.progress import Progress

if TYPE_CHECKING:  # rich is imported when a bar is drawn (scripted commands start fast)
    from rich.progress import Progress as RichProgress
    from rich.progress import TaskID

DELAY_SECONDS = 1.0


class TerminalProgress:
    """One bar per part of the work (``part``), on ``stream`` if it is a terminal."""

    def __init__(
        self,
        *,
        stream: TextIO | None = None,
        delay: float = DELAY_SECONDS,
        terminal: bool | None = None,
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.delay = delay
        if terminal is None:
            try:
                terminal = self.stream.isatty()
            except (ValueError, OSError):
                terminal = False
        self.terminal = terminal
        self._bar: RichProgress | None = None  # made when first shown

    def __enter__(self) -> TerminalProgress:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
        self._bar = None

    def part(self, what: str) -> Progress | None:
        """The callback one part of the work tells how far it got (None: no terminal)."""
        if not self.terminal:
            return None
        started = time.monotonic()
        task: list[TaskID] = []

        def progress(done: int, total: int | None) -> None:
            if not task and time.monotonic() - started < self.delay:
                return
            bar = self._shown()
            if not task:
                task.append(bar.add_task(what, total=total))
            bar.update(task[0], completed=done, total=total)

        return progress

    def _shown(self) -> RichProgress:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
        from rich.progress import Progress as Bar

        if self._bar is None:
            self._bar = Bar(
                TextColumn("bilat: {task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=Console(file=self.stream, force_terminal=self.terminal or None),
                transient=True,
            )
            self._bar.start()
        return self._bar
