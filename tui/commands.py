"""Command palette entries: jump to any record by name; export the view, new records, undo."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.fuzzy import Matcher

from bilat.store import title_of
from bilat.store.kinds import EXPLORER_ORDER, SPECS
from bilat.store.text import printable

from .editing import EDITABLE
from .explorer import Explorer

# The kinds the palette jumps to, in its order, and what it calls a record of each.
KIND_LABELS = {kind: SPECS[kind].noun for kind in EXPLORER_ORDER if SPECS[kind].in_palette}
# Offered before anything is typed: projects and agreements, the records a session is about.
DISCOVERED = ("projects", "agreements")
MAX_HITS = 50


def highlight_literally(matcher: Matcher, text: str) -> Text:
    """``matcher.highlight`` without reading ``text`` as markup (names come from the database).

    Textual's ``Matcher.highlight`` parses its candidate as content markup, so a record
    named ``[link=…]`` would fail the search and ``[bold]x[/]`` would lose its brackets.
    """
    highlighted = Text(text)
    score, offsets = matcher.fuzzy_search.match(matcher.query, text)
    if score:
        for offset in offsets:
            if not text[offset].isspace():
                highlighted.stylize("reverse", offset, offset + 1)
    return highlighted


class ExplorerCommands(Provider):
    """Commands of the explorer's palette, which opens over the explorer only."""

    @property
    def explorer(self) -> Explorer:
        app = self.app
        assert isinstance(app, Explorer)
        return app


class RecordCommands(ExplorerCommands):
    """Every record but claims (projects, agreements, sectors, organisations, people,
    sources), by name or id."""

    def _entries(self) -> list[tuple[str, str, str]]:
        snapshot = self.explorer.session.current()
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
                    highlight_literally(matcher, text),
                    partial(self.explorer.open_record, record_id),
                    help=record_id,
                )
                if found >= MAX_HITS * 4:
                    return

    async def discover(self) -> Hits:
        found = [entry for entry in self._entries() if entry[2] in DISCOVERED]
        for text, record_id, _kind in found[:MAX_HITS]:
            yield DiscoveryHit(
                Text(text), partial(self.explorer.open_record, record_id), help=record_id
            )


class ViewCommands(ExplorerCommands):
    """What the explorer does anywhere: export the view, show the keys, new records, add a
    source, undo and redo."""

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        app = self.explorer
        commands: list[tuple[str, str, Callable[[], Any]]] = [
            (
                "Export current view",
                "Write what the tables show as JSON or CSV",
                app.action_export_view,
            ),
            ("Show keys", "Every key and what it does", app.action_help),
            (
                "Organisations: who signed what with whom",
                "Each organisation with its people, projects and agreements; the pairs of "
                "parties and their agreements",
                app.action_parties,
            ),
            (
                "Needs evidence",
                "Values no claim backs, quotes lost from their source, records never cited",
                app.action_needs_evidence,
            ),
            *(
                (
                    f"New {SPECS[kind].noun}",
                    f"Open an empty {SPECS[kind].noun} form",
                    partial(app.editor.new, kind),
                )
                for kind in EDITABLE
            ),
            (
                "Add source",
                "Add an article from a text file or pasted text",
                app.sourcing.add_source,
            ),
            (
                "Review proposals",
                "Read a source and review the records and claims it states",
                app.sourcing.review,
            ),
            (
                "Merge into…",
                "Merge the record you are on into another of its kind (its claims, links "
                "and names move)",
                lambda: app.editor.merge(app.current_record()),
            ),
            (
                "History of this record",
                "What changed in the record you are on, when and by whom",
                lambda: app.show_history(app.current_record()),
            ),
            ("Changed since…", "The records changed since a date", app.changed_since),
            (
                "Brief of this view",
                "The projects and agreements shown, every figure footnoted with its quote "
                "and source (HTML or Markdown)",
                app.sharing.brief,
            ),
            (
                "Sector overview",
                "The sector chosen (or all): statuses, totals, milestones on a time axis",
                app.sharing.overview,
            ),
            (
                "Copy record id",
                "The highlighted record's id, to your clipboard",
                app.sharing.copy_id,
            ),
            (
                "Copy citation",
                "The highlighted record's values with their quotes and sources, to your clipboard",
                app.sharing.copy_citation,
            ),
            ("Undo", "Undo the last change of this session", app.editor.undo),
            ("Redo", "Redo what was undone", app.editor.redo),
            (
                "Save this filter as…",
                "Name the filter the tables show (recall it here or with bilat list --saved)",
                app.save_filter_as,
            ),
            *(
                (
                    f"Saved filter: {name}",
                    printable(text),
                    partial(app.recall_filter, name),
                )
                for name, text in sorted(app.settings.filters.items())
            ),
        ]
        for title, help_text, action in commands:
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), action, help=help_text)

    async def discover(self) -> Hits:
        app = self.explorer
        yield DiscoveryHit(
            "Export current view",
            app.action_export_view,
            help="Write what the tables show as JSON or CSV",
        )
