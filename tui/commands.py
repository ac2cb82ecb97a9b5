"""Command palette entries: jump to any record by name, export the current view."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider

from store import title_of
from store.text import printable

if TYPE_CHECKING:
    from .app import BilatApp

KIND_LABELS = {
    "projects": "project",
    "agreements": "agreement",
    "sectors": "sector",
    "orgs": "organisation",
    "sources": "source",
}
MAX_HITS = 50


class RecordCommands(Provider):
    """Every project, agreement, sector, organisation and source, by name or id."""

    @property
    def bilat(self) -> BilatApp:
        return self.app  # type: ignore[return-value]

    def _entries(self) -> list[tuple[str, str, str]]:
        snapshot = self.bilat.store.snapshot()
        entries = []
        for kind, label in KIND_LABELS.items():
            for record in snapshot.tables[kind].values():
                entries.append((f"{label}: {printable(title_of(record))}", record.id, kind))
        return entries

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        found = 0
        for text, record_id, _kind in self._entries():
            score = max(matcher.match(text), matcher.match(record_id))
            if score > 0:
                found += 1
                yield Hit(
                    score,
                    matcher.highlight(text),
                    partial(self.bilat.open_record, record_id),
                    help=record_id,
                )
                if found >= MAX_HITS * 4:
                    return

    async def discover(self) -> Hits:
        for text, record_id, kind in self._entries()[:MAX_HITS]:
            if kind in ("projects", "agreements"):
                yield DiscoveryHit(
                    Text(text), partial(self.bilat.open_record, record_id), help=record_id
                )


class ViewCommands(Provider):
    """Export the current view."""

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        app: BilatApp = self.app  # type: ignore[assignment]
        for title, help_text, action in (
            (
                "Export current view",
                "Write what the tables show as JSON or CSV",
                app.action_export_view,
            ),
            ("Show keys", "Every key and what it does", app.action_help),
        ):
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), action, help=help_text)

    async def discover(self) -> Hits:
        app: BilatApp = self.app  # type: ignore[assignment]
        yield DiscoveryHit(
            "Export current view",
            app.action_export_view,
            help="Write what the tables show as JSON or CSV",
        )
