"""The source view: the text with a record's quotes highlighted, n/N between them, back."""

from __future__ import annotations

from typing import Any

from textual.content import Content

from bilat.store import Store, find_quote
from bilat.store.models import Project
from bilat.tui.app import BilatApp
from bilat.tui.screens.detail import DetailScreen
from bilat.tui.screens.main import MainScreen
from bilat.tui.screens.source import SourceScreen
from bilat.tui.widgets.source_view import SourceView, line_count

from .conftest import (
    ALUMINIUM,
    ANTICANCER,
    MOU,
    SEED_SOURCE,
    SEED_SOURCE_TITLE,
    screen_text,
    static_text,
)


def styled_spans(screen: SourceScreen, style: str) -> list[str]:
    """The texts of the source drawn with ``style``."""
    content = screen.query_one(SourceView).text
    return [
        content.plain[span.start : span.end] for span in content.spans if str(span.style) == style
    ]


async def open_source(pilot: Any, app: BilatApp) -> SourceScreen:
    """From the first screen, `o` on the highlighted record: its source view."""
    await pilot.pause()
    await pilot.press("o")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, SourceScreen)
    return screen


async def test_o_opens_the_source_with_exactly_the_records_quotes(app: BilatApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_source(pilot, app)
        assert screen.record_id == ALUMINIUM
        snapshot = seeded_snapshot(app)
        claims = snapshot.claims_for(ALUMINIUM)
        assert len(claims) == 15
        assert {mark.claim.id for mark in screen.marks} == {claim.id for claim in claims}
        assert {mark.claim.subject for mark in screen.marks} == {ALUMINIUM}
        # Marks are in text order and each covers its quote.
        text = snapshot.sources[SEED_SOURCE].text
        assert [m.start for m in screen.marks] == sorted(m.start for m in screen.marks)
        for mark in screen.marks:
            assert (mark.start, mark.end) == find_quote(mark.claim.quote, text)
        heading = static_text(app, "#source-heading")
        assert heading == f"{SEED_SOURCE_TITLE} — quotes for " + (
            "Ecological (decarbonised) aluminium production complex"
        )
        assert screen.current == 0
        body = screen.query_one("#source-text")
        assert body.border_title.startswith("quote 1 of 15 · ")
        # The current quote is drawn reversed, the others underlined.
        assert styled_spans(screen, "reverse bold") == [
            text[screen.marks[0].start : screen.marks[0].end]
        ]
        underlined = "".join(styled_spans(screen, "underline yellow"))
        assert "5000 emplois directs" in underlined
        assert "anticancéreux" not in underlined  # another record's quote


async def test_n_and_N_cycle_through_the_quotes(app: BilatApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_source(pilot, app)
        count = len(screen.marks)
        body = screen.query_one("#source-text")
        await pilot.press("n")
        assert screen.current == 1
        assert body.border_title.startswith(f"quote 2 of {count} · ")
        assert body.border_title.endswith(screen.marks[1].claim.id)
        await pilot.press("n", "n")
        assert screen.current == 3
        await pilot.press("N")
        assert screen.current == 2
        text = seeded_snapshot(app).sources[SEED_SOURCE].text
        mark = screen.marks[2]
        assert (
            styled_spans(screen, "reverse bold")[0]
            == text[mark.start : mark.end][: len(styled_spans(screen, "reverse bold")[0])]
        )
        await pilot.press("N", "N", "N")  # wraps from the first to the last
        assert screen.current == count - 1
        await pilot.press("n")
        assert screen.current == 0


async def test_enter_on_a_quote_goes_to_its_record_and_escape_returns(app: BilatApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("j", "o")  # the anticancer plants
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SourceScreen)
        assert {mark.claim.subject for mark in screen.marks} == {ANTICANCER}
        await pilot.press("n", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen)
        assert app.screen.record_id == ANTICANCER
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)

        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, SourceScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert app.focused is app.main.query_one("#projects")


async def test_the_source_of_a_source_marks_every_claim_citing_it(app: BilatApp) -> None:
    """From a quote, jump back to its record: here the memorandum's quote."""
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.open_record(SEED_SOURCE, "source")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SourceScreen)
        snapshot = seeded_snapshot(app)
        assert len(screen.marks) == len(snapshot.links.claims_by_source[SEED_SOURCE])
        subjects = [mark.claim.subject for mark in screen.marks]
        assert {ALUMINIUM, ANTICANCER, MOU} <= set(subjects)
        assert static_text(app, "#source-heading") == SEED_SOURCE_TITLE
        target = subjects.index(MOU)
        await pilot.press("N")  # the memorandum is quoted from the last paragraph
        while screen.current != target:
            await pilot.press("N")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen)
        assert app.screen.record_id == MOU


async def test_o_in_the_detail_pane_and_on_an_agreement(app: BilatApp) -> None:
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        await pilot.press("tab", "tab")  # agreements, then the detail pane (the memorandum)
        assert app.focused is app.main.query_one("#detail")
        await pilot.press("o")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SourceScreen)
        assert screen.record_id == MOU
        assert {mark.claim.subject for mark in screen.marks} == {MOU}
        shown = screen_text(app)
        assert "quote 1 of" in shown
        assert "n Next quote" in shown


async def test_a_record_without_quotes_says_so_instead_of_opening(
    seeded_store: Store,
) -> None:
    seeded_store.upsert(Project(id="prj-aaa-unsourced", name={"en": "Unsourced plant"}))
    app = BilatApp(seeded_store, poll=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.main.query_one("#projects").current_id == "prj-aaa-unsourced"
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert [n.message for n in app._notifications] == [
            "No claim of this record cites a source yet."
        ]


def seeded_snapshot(app: BilatApp):
    return app.store.snapshot()


def test_line_counts_match_textual_wrapping() -> None:
    """The view sizes its scrollbar from line counts; they must be Textual's own wrapping."""
    texts = [
        "",
        "   leading space",
        "trailing space   ",
        "un mot\u00a0insécable, l’apostrophe — et « guillemets »",
        "x" * 50 + " word " + "y" * 7,
        "tab\there and\tthere",
        "Кириллица и латиница " * 5,
        "中文字符 wide " * 6,
        "combining e\u0301 " * 9,
    ]
    for text in texts:
        for width in (1, 2, 5, 13, 40, 114):
            assert line_count(text, width) == len(Content(text).wrap(width)), (text, width)


async def test_the_view_scrolls_to_each_quote_and_with_the_keys(app: BilatApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_source(pilot, app)
        view = screen.query_one(SourceView)
        assert view.virtual_size.height > view.scrollable_content_region.height
        for _ in screen.marks:
            await pilot.press("n")
            await pilot.pause()
            top = round(view.scroll_y)
            shown = "".join(
                "".join(segment.text for segment in view.render_line(y))
                for y in range(view.scrollable_content_region.height)
            )
            mark = screen.marks[screen.current]
            text = seeded_snapshot(app).sources[SEED_SOURCE].text
            assert text[mark.start : mark.end].split()[0] in shown, (screen.current, top)
        await pilot.press("home")
        await pilot.pause()
        assert view.scroll_y == 0
        await pilot.press("j", "j")
        await pilot.pause()
        assert view.scroll_y == 2
        await pilot.press("k")
        await pilot.pause()
        assert view.scroll_y == 1
