"""What the explorer hands on: a record's id or citation to the clipboard (``y``, ``Y``),
the view as a brief, the sector overview.

The app gives it the view as the screens show it (``View``); the brief is written in a
worker and the toast names the full path written."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bilat.store import BilatError, Snapshot
from bilat.store.brief import build_brief, citation, to_html, to_markdown
from bilat.store.files import write_atomically

from .explorer import Explorer


@dataclass(frozen=True)
class View:
    """What the tables show: the snapshot, the ids of each table, the filter in words
    (the sector chosen included), the sector chosen."""

    snapshot: Snapshot
    ids: dict[str, list[str]]
    filter: str
    sector: str | None


class Sharing:
    def __init__(self, app: Explorer, view: Callable[[], View]) -> None:
        self.app = app
        self.view = view

    def copy_id(self) -> None:
        record_id = self.app.current_record()
        if record_id is None:
            self.app.notify("Highlight or open a record first.", severity="warning")
            return
        self.app.copy_to_clipboard(record_id)
        self.app.notify(f"Copied the id {record_id}")

    def copy_citation(self) -> None:
        record_id = self.app.current_record()
        snapshot = self.app.session.current()
        if record_id is None or snapshot.find(record_id) is None:
            self.app.notify("Highlight or open a record first.", severity="warning")
            return
        if not self.app.links_ready(snapshot):
            self.app.notify("Gathering the claims of every record… try again in a moment.")
            self.app.run_worker(snapshot.links.prepare, thread=True, group="links")
            return
        text = citation(snapshot, record_id)
        self.app.copy_to_clipboard(text)
        quotes = sum(1 for line in text.splitlines() if line.startswith("["))
        self.app.notify(f"Copied the citation of {record_id}: its values and {quotes} quote(s)")

    def brief(self) -> None:
        from .screens.export import ExportScreen

        stamp = time.strftime("%Y%m%d-%H%M%S")
        self.app.push_screen(
            ExportScreen(
                f"bilat-brief-{stamp}.html",
                self.write_brief,
                prompt="A brief of the current view, every figure footnoted with its quote. "
                "A name ending in .md writes Markdown; anything else one HTML page.",
                title="Brief",
            )
        )

    def write_brief(self, path: Path) -> None:
        """Checked here (a folder that is not there is said in the box); made and written
        in a worker."""
        view = self.view()
        if not path.parent.exists():
            raise BilatError(f"folder {path.parent} does not exist")
        target = path.absolute()
        made = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())

        def write() -> None:
            try:
                brief = build_brief(view.snapshot, view.ids, view=view.filter, made=made)
                text = to_markdown(brief) if target.suffix.lower() == ".md" else to_html(brief)
                write_atomically(target, text.encode("utf-8"), what="brief")
            except BilatError as exc:
                self.app.call_from_thread(self.app.notify, str(exc), severity="error", timeout=8)
            else:
                self.app.call_from_thread(self.app.notify, f"Wrote the brief to {target}")

        self.app.run_worker(write, thread=True, group="export")

    def overview(self) -> None:
        from .screens.overview import OverviewScreen

        view = self.view()
        self.app.push_screen(OverviewScreen(self.app.session.current(), view.sector))
