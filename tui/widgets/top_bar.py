"""The header line: which database, how many records, and whether it is read-only."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from store.text import printable


class TopBar(Static):
    def show(self, location: str, counts: dict[str, int], *, readonly: bool) -> None:
        text = Text()
        text.append(" bilat ", style="bold reverse")
        text.append(" ")
        text.append(printable(location), style="bold")
        text.append("  ")
        parts = [
            f"{counts.get(kind, 0)} {kind}"
            for kind in ("projects", "agreements", "sectors", "orgs", "sources", "claims")
        ]
        text.append(" · ".join(parts), style="dim")
        if readonly:
            text.append("  READ-ONLY", style="bold yellow")
        self.update(text)
