"""The header line: which database, how many records, and whether it is read-only."""

from __future__ import annotations

import os

from rich.text import Text
from textual.widgets import Static

from bilat.store.kinds import EXPLORER_ORDER
from bilat.store.text import printable

KINDS = EXPLORER_ORDER  # every kind, counted


def short_path(location: str, room: int) -> str:
    """The path with ~ for home; long ones keep their last components."""
    home = os.path.expanduser("~")
    if home != "/" and location.startswith(home + os.sep):
        location = "~" + location[len(home) :]
    parts = [part for part in location.split(os.sep) if part]
    keep = len(parts)
    while len(location) > room and keep > 1:
        keep -= 1
        location = "…" + os.sep + os.sep.join(parts[-keep:])
    return location


class TopBar(Static):
    """Database file, counts, read-only notice; fits itself to the terminal's width."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown: tuple[str, dict[str, int], bool] | None = None

    def show(self, location: str, counts: dict[str, int], *, readonly: bool) -> None:
        self._shown = (location, dict(counts), readonly)
        self._draw()

    def on_resize(self) -> None:
        self._draw()

    def _draw(self) -> None:
        if self._shown is None:
            return
        location, counts, readonly = self._shown
        width = self.size.width or 120
        # A kind still being read (a large database's first screen) shows no number yet.
        parts = [f"{counts.get(kind, '…')} {kind}" for kind in KINDS]
        counts_text = " · ".join(parts)
        notice = "  READ-ONLY" if readonly else ""
        # The file and its counts are both kept whole: the line is clipped, not rewritten,
        # except that a path under the home folder is written with ~.
        room = max(len(location), width)
        text = Text()
        text.append(" bilat ", style="bold reverse")
        text.append(" ")
        text.append(printable(short_path(location, max(12, room))), style="bold")
        text.append("  ")
        text.append(counts_text, style="dim")
        if readonly:
            text.append(notice, style="bold yellow")
        self.update(text, layout=False)  # one line, fixed in the stylesheet
