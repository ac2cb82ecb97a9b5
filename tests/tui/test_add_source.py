"""A source is dated: the add-source screen takes its publisher, publication date, URL and
language as ``bilat add-source`` does, says a wrong date under the date as it is typed,
and the source's screen, ``bilat show`` and the detail show what was given."""

from __future__ import annotations

import hashlib
from pathlib import Path

from textual.widgets import Input, Select, Static, TextArea

from bilat.store import Source, Store
from bilat.tui.app import BilatApp
from bilat.tui.screens.add_source import PUBLISHED_HINT, AddSourceScreen
from bilat.tui.screens.main import MainScreen
from bilat.tui.screens.review import ReviewScreen
from bilat.tui.screens.source import SourceScreen
from tests.dbfiles import database_bytes
from tests.tui.conftest import pilot_test, press_save

SIZE = (120, 40)
TEXT = "Alger, 14 mars 2025. Un protocole d’accord a été signé hier pour une aciérie.\n"
SOURCE_ID = "src-" + hashlib.sha256(TEXT.encode("utf-8")).hexdigest()[:16]


def shown(screen: AddSourceScreen, widget_id: str) -> str:
    widget = screen.query_one(f"#{widget_id}", Static)
    return str(widget.content) if widget.display else ""


def error(screen: AddSourceScreen, field: str) -> str:
    """The message under a field, '' while none is shown."""
    widget = screen.query_one(f"#{field}-error", Static)
    return str(widget.content) if widget.has_class("-shown") else ""


@pilot_test
async def test_a_source_is_added_with_its_publisher_date_url_and_language(
    seeded_path: Path,
) -> None:
    app = BilatApp(Store.open(seeded_path), poll=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.sourcing.add_source()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, AddSourceScreen)
        published = screen.query_one("#src-published", Input)
        assert shown(screen, "src-published-hint") == PUBLISHED_HINT

        # Read as typed: the days understood, or what is wrong, under the date itself.
        published.value = "14 mars 2025"
        await pilot.pause()
        assert shown(screen, "src-published-hint") == "→ 14 mars 2025 (2025-03-14)"
        assert error(screen, "src-published") == ""
        published.value = "hier"
        await pilot.pause()
        assert "relative to nothing" in error(screen, "src-published")
        assert shown(screen, "src-published-hint") == PUBLISHED_HINT
        published.value = "le 14"
        await pilot.pause()
        message = error(screen, "src-published")
        assert (
            "cannot read the date 'le 14' the source was published" in message
            and "2025-03-14" in message
        )

        screen.query_one("#src-title", Input).value = "Protocole sur l’acier"
        screen.query_one("#src-publisher", Input).value = "APS"
        screen.query_one("#src-url", Input).value = "https://example.org/acier"
        screen.query_one("#src-lang", Select).value = "fr"
        screen.query_one("#src-text", TextArea).text = TEXT
        before = database_bytes(seeded_path)
        await press_save(pilot)
        await pilot.pause()
        assert app.screen is screen  # the date is still wrong: nothing written
        assert "le 14" in str(screen.query_one("#form-error", Static).content)
        assert database_bytes(seeded_path) == before

        published.value = "2025-03-14"
        await pilot.pause()
        assert shown(screen, "src-published-hint") == "→ 2025-03-14"
        await press_save(pilot)
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        # What the new source states opens for review; escape leaves it unwritten.
        assert isinstance(app.screen, ReviewScreen)
        assert app.screen.source.id == SOURCE_ID
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)

        source = Store.open(seeded_path).get(SOURCE_ID)
        assert isinstance(source, Source)
        assert (source.title, source.publisher, source.url, source.lang) == (
            "Protocole sur l’acier",
            "APS",
            "https://example.org/acier",
            "fr",
        )
        assert source.published is not None
        assert (source.published.raw, source.published.earliest) == ("2025-03-14", "2025-03-14")

        # Its screen says who published it, when, in which language and where.
        app.open_record(SOURCE_ID, "source")
        await pilot.pause()
        assert isinstance(app.screen, SourceScreen)
        about = str(app.screen.query_one("#source-about", Static).content)
        assert about == "APS · published 2025-03-14 · fr · https://example.org/acier"


@pilot_test
async def test_each_mistake_is_said_under_its_field(seeded_path: Path) -> None:
    app = BilatApp(Store.open(seeded_path), poll=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.sourcing.add_source()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, AddSourceScreen)
        await press_save(pilot)
        assert app.screen is screen
        assert error(screen, "src-title") == "A source needs a title"
        screen.query_one("#src-title", Input).value = "Untitled"
        await pilot.pause()
        assert error(screen, "src-title") == ""  # gone once typed
        await press_save(pilot)
        assert "text is empty" in error(screen, "src-text")
        screen.query_one("#src-text", TextArea).text = TEXT
        await pilot.pause()
        assert error(screen, "src-text") == ""


def test_show_and_list_give_a_source_s_publisher_and_date(seeded_path: Path, run_bilat) -> None:
    article = seeded_path.parent / "article.txt"
    article.write_text(TEXT, encoding="utf-8")
    added = run_bilat(
        *("add-source", article, "--title", "Protocole", "--publisher", "APS"),
        *("--published", "14 mars 2025", "--url", "https://example.org/a", "--lang", "fr"),
        db=seeded_path,
    )
    assert added.returncode == 0, added.stderr
    shown_text = run_bilat("show", SOURCE_ID, db=seeded_path).stdout
    for line in (
        "Publisher: APS",
        "URL: https://example.org/a",
        "Language: fr",
        "Published: 14 mars 2025 (2025-03-14)",
    ):
        assert line in shown_text
    listed = run_bilat("list", "sources", db=seeded_path).stdout
    row = next(line for line in listed.splitlines() if line.startswith(SOURCE_ID))
    assert row.split("\t")[2:4] == ["APS", "fr"]
    # A date relative to nothing is refused, in one line, and nothing is written.
    before = database_bytes(seeded_path)
    other = seeded_path.parent / "other.txt"
    other.write_text("Un autre texte.\n", encoding="utf-8")
    refused = run_bilat("add-source", other, "--title", "X", "--published", "hier", db=seeded_path)
    assert refused.returncode != 0
    (line,) = refused.stderr.strip().splitlines()
    assert "relative to nothing" in line
    assert database_bytes(seeded_path) == before


@pilot_test
async def test_keys_typed_after_a_tab_in_one_burst_go_to_the_next_field(
    seeded_path: Path,
) -> None:
    """A paste, or keystrokes an SSH link delivers together: the letters after the tab are
    the publisher's, not the title's."""
    from textual import events

    app = BilatApp(Store.open(seeded_path), poll=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.sourcing.add_source()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, AddSourceScreen)
        burst = [*"Acier", "tab", *"APS", "tab", *"2025"]
        for key in burst:  # all queued before any is handled
            app.post_message(events.Key(key, "\t" if key == "tab" else key))
        await pilot.pause()
        await pilot.pause()
        assert screen.query_one("#src-title", Input).value == "Acier"
        assert screen.query_one("#src-publisher", Input).value == "APS"
        assert screen.query_one("#src-published", Input).value == "2025"
        # and shift+tab goes back as at once
        for key in ["shift+tab", *"Reuters"]:
            app.post_message(events.Key(key, None if key == "shift+tab" else key))
        await pilot.pause()
        await pilot.pause()
        assert screen.query_one("#src-publisher", Input).value == "Reuters"
