"""The `/` filter box: every qualifier, accents and case, combinations, mistakes, clearing."""

from __future__ import annotations

from textual import events

from bilat.tui.app import BilatApp
from bilat.tui.screens.main import MainScreen
from bilat.tui.widgets.detail_view import DetailView
from bilat.tui.widgets.filter_bar import FilterBar, FilterInput

from .conftest import (
    ALL_AGREEMENTS,
    ALL_PROJECTS,
    ALUMINIUM,
    ANTICANCER,
    ANTICANCER_PARTNERSHIP,
    HEAVY_PARTNERSHIP,
    MOU,
    PHARMA_COOPERATION,
    SECOND_COMPLEX,
    detail_text,
    row_ids,
    static_text,
    table_lines,
)


def filter_bar(app: BilatApp) -> FilterBar:
    return app.main.query_one(FilterBar)


def status_line(app: BilatApp) -> str:
    return static_text(app, "#filter-status")


def shown(app: BilatApp) -> tuple[list[str], list[str]]:
    return row_ids(app, "projects"), row_ids(app, "agreements")


def expect_shown(app: BilatApp, projects: list[str], agreements: list[str]) -> None:
    assert shown(app) == (projects, agreements)
    assert not filter_bar(app).has_class("-error")
    assert status_line(app) == f"{len(projects) + len(agreements)} of 7 shown"
    assert static_text(app, "#projects-title") == f"Projects ({len(projects)} of 3)"
    assert static_text(app, "#agreements-title") == f"Agreements ({len(agreements)} of 4)"


TYPED_FILTERS = [
    ("sector:pharma", [ANTICANCER], [MOU, ANTICANCER_PARTNERSHIP, PHARMA_COOPERATION]),
    ("status:draft", [], [MOU]),
    ("country:RU", ALL_PROJECTS, ALL_AGREEMENTS),
    ("org:anpp", [], [MOU]),
    ("temouchent", [ALUMINIUM], []),
    # Accent- and case-insensitive.
    ("TÉMOUCHENT", [ALUMINIUM], []),
    # Qualifiers combine: every one must hold.
    ("sector:pharma status:draft country:RU org:anpp", [], [MOU]),
]


async def test_each_qualifier_filters_as_typed(app: BilatApp) -> None:
    """Typed key by key into the box; ctrl+u empties it between two filters."""
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("slash")
        assert isinstance(app.focused, FilterInput)
        for typed, projects, agreements in TYPED_FILTERS:
            await pilot.press(*typed)
            await pilot.pause()
            assert app.main.query_one(FilterInput).value == typed
            try:
                expect_shown(app, projects, agreements)
            except AssertionError as exc:
                raise AssertionError(f"filter {typed!r}: {exc}") from None
            await pilot.press("ctrl+u")


# More cases of the language; the box gets its text at once (typing is tested above).
MORE_FILTERS = [
    ("country:ru", ALL_PROJECTS, ALL_AGREEMENTS),
    ("country:DZ org:health", [], [PHARMA_COOPERATION]),
    # Status prefixes resolve when they are unambiguous.
    ("status:final", [], [PHARMA_COOPERATION]),
    ("status:approved", [ALUMINIUM, SECOND_COMPLEX], []),
    ("sante", [], [PHARMA_COOPERATION]),
    ("SANTÉ", [], [PHARMA_COOPERATION]),
    ("Sector:Pharma", [ANTICANCER], [MOU, ANTICANCER_PARTNERSHIP, PHARMA_COOPERATION]),
    # Words look into quotes too: these are only in claims' quotes.
    ("emplois directs", [ALUMINIUM], []),
    ('"premiere pierre"', [ANTICANCER], []),
    ("sector:pharma anticancer", [ANTICANCER], [ANTICANCER_PARTNERSHIP]),
    ("sector:heavy temouchent status:approved", [ALUMINIUM], []),
    # Steel is under heavy industry; aluminium's complex has a steel unit.
    ("sector:steel", [ALUMINIUM], [HEAVY_PARTNERSHIP]),
    ('sector:"heavy industry"', [ALUMINIUM, SECOND_COMPLEX], [HEAVY_PARTNERSHIP]),
    # Several values of one qualifier are alternatives.
    ("status:draft status:finalising", [], [MOU, PHARMA_COOPERATION]),
    ("org:anpp org:health", [], [MOU, PHARMA_COOPERATION]),
    ("sector:tourism", [], []),
]


async def test_more_filters(app: BilatApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        box = app.main.query_one(FilterInput)
        for text, projects, agreements in MORE_FILTERS:
            box.value = text
            await pilot.pause()
            assert box.value == text
            try:
                expect_shown(app, projects, agreements)
            except AssertionError as exc:
                raise AssertionError(f"filter {text!r}: {exc}") from None


async def test_the_filter_applies_on_every_keystroke(app: BilatApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("slash")
        seen = []
        for key in "pharma":
            await pilot.press(key)
            seen.append(len(row_ids(app, "projects")) + len(row_ids(app, "agreements")))
        # "p" is everywhere; by "pharma" only the pharmaceutical records and the
        # records whose ministry is "of Industry and Pharmaceutical Production" remain.
        assert seen[0] == 7
        assert seen == sorted(seen, reverse=True)
        assert row_ids(app, "agreements")[0] == MOU


TYPED_MISTAKES = [
    ("foo:bar", "unknown qualifier 'foo:' — use sector:, status:, country:, org:"),
    ("status:zzz", "unknown status 'zzz' — statuses are announced, approved,"),
    ("sector:nothing", "no sector matches 'nothing'"),
]


async def test_a_mistake_is_reported_in_the_box_and_leaves_the_tables(app: BilatApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("slash")
        for typed, message in TYPED_MISTAKES:
            before: tuple[list[str], list[str]] | None = None
            for key in typed:
                if not filter_bar(app).has_class("-error"):
                    before = shown(app)
                await pilot.press(key)
            await pilot.pause()
            assert filter_bar(app).has_class("-error"), typed
            assert status_line(app).startswith(message), (typed, status_line(app))
            # The tables still show what the last valid text selected.
            assert before is not None
            assert shown(app) == before, typed
            assert app.main.query_one(FilterInput).value == typed
            assert app.is_running
            # Fixing the text clears the report.
            await pilot.press("ctrl+u")
            await pilot.pause()
            assert not filter_bar(app).has_class("-error")
            assert status_line(app) == ""
            assert shown(app) == (ALL_PROJECTS, ALL_AGREEMENTS)


MORE_MISTAKES = [
    ("org:nobody", "no organisation matches 'nobody'"),
    ("country:Russia", "country 'Russia' is not a two-letter code like DZ or RU"),
    ("status:", "'status:' needs a value, like status:approved"),
    ("status:a", "status 'a' could be announced, approved"),
    ("sector:pharma sector:nothing", "no sector matches 'nothing'"),
    ('sector:"', "'sector:' needs a value, like sector:pharma"),
]


async def test_more_mistakes_are_reported(app: BilatApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        box = app.main.query_one(FilterInput)
        box.value = "temouchent"
        await pilot.pause()
        for text, message in MORE_MISTAKES:
            box.value = text
            await pilot.pause()
            assert filter_bar(app).has_class("-error"), text
            assert status_line(app).startswith(message), (text, status_line(app))
            assert shown(app) == ([ALUMINIUM], []), text


async def test_a_mistake_after_a_good_filter_keeps_its_rows(app: BilatApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"sector:pharma ")
        await pilot.pause()
        good = shown(app)
        assert good == ([ANTICANCER], [MOU, ANTICANCER_PARTNERSHIP, PHARMA_COOPERATION])
        await pilot.press(*"org")  # for now a free word
        as_a_word = shown(app)
        await pilot.press(":")
        assert filter_bar(app).has_class("-error")
        assert status_line(app) == "'org:' needs a value, like org:anpp"
        assert shown(app) == as_a_word
        await pilot.press(*"anpp")
        await pilot.pause()
        assert not filter_bar(app).has_class("-error")
        assert shown(app) == ([], [MOU])


async def test_no_match_says_so_in_each_table(app: BilatApp) -> None:
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"zzzz")
        await pilot.pause()
        assert shown(app) == ([], [])
        assert status_line(app) == "0 of 7 shown"
        for kind in ("projects", "agreements"):
            text = " ".join(line.strip() for line in table_lines(app, kind))
            # The empty message wraps inside the pane instead of being cut off.
            assert f"No {kind} match this filter." in text
            assert "ctrl+u to clear it." in text
        assert app.main.query_one("#detail").record_id is None
        assert "Nothing highlighted." in detail_text(app)


async def test_ctrl_u_and_f4_clear_the_filter(app: BilatApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"status:draft")
        await pilot.pause()
        assert shown(app) == ([], [MOU])
        await pilot.press("ctrl+u")
        await pilot.pause()
        assert app.main.query_one(FilterInput).value == ""
        assert shown(app) == (ALL_PROJECTS, ALL_AGREEMENTS)
        assert static_text(app, "#projects-title") == "Projects (3)"
        await pilot.press(*"anpp", "f4")
        await pilot.pause()
        assert shown(app) == (ALL_PROJECTS, ALL_AGREEMENTS)


async def test_a_filter_reaches_the_tables_and_the_detail_with_its_keystroke(
    app: BilatApp, monkeypatch
) -> None:
    """One screen update per key: the rows, counts and detail change in the same call."""
    shows: list[str | None] = []
    original = DetailView.show

    def counted(self: DetailView, snapshot, record_id: str | None) -> None:
        shows.append(record_id)
        original(self, snapshot, record_id)

    monkeypatch.setattr(DetailView, "show", counted)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        await pilot.press("slash")
        await pilot.pause()
        detail = app.main.query_one(DetailView)
        assert detail.record_id == ALUMINIUM
        box = app.main.query_one(FilterInput)
        shows.clear()
        # The projects' cursor leaves the aluminium complex; the agreements' stays put.
        box.value = "sector:pharma"
        assert shown(app) == ([ANTICANCER], [MOU, ANTICANCER_PARTNERSHIP, PHARMA_COOPERATION])
        assert status_line(app) == "4 of 7 shown"
        assert detail.record_id == ANTICANCER
        assert shows == [ANTICANCER]
        # Same rows, same highlights: the detail is not drawn again.
        box.value = "sector:pharma "
        assert shows == [ANTICANCER]
        box.value = "status:draft"
        assert shown(app) == ([], [MOU])
        assert detail.record_id is None  # the projects' highlight went away
        await pilot.pause()
        assert shows == [ANTICANCER, None]
        assert "Nothing highlighted" in detail_text(app)
        # Typed letters do the same, and the last table to move wins.
        await pilot.press("ctrl+u")
        assert shown(app) == (ALL_PROJECTS, ALL_AGREEMENTS)
        await pilot.press(*"heavy")
        await pilot.pause()
        assert shown(app) == ([ALUMINIUM, SECOND_COMPLEX], [HEAVY_PARTNERSHIP])
        assert detail.record_id == HEAVY_PARTNERSHIP


async def test_escape_and_enter_leave_the_box_keeping_the_filter(app: BilatApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("f3", *"temouchent", "enter")
        await pilot.pause()
        # Back to the table (not to the sector tree, the next pane in tab order).
        assert app.focused is app.main.query_one("#projects")
        assert shown(app) == ([ALUMINIUM], [])
        # Keys are the table's again: enter opens the record; / comes back to the box.
        await pilot.press("slash")
        assert isinstance(app.focused, FilterInput)
        await pilot.press("escape")
        assert app.focused is app.main.query_one("#projects")
        assert app.main.query_one(FilterInput).value == "temouchent"
        await pilot.press("enter")
        await pilot.pause()
        assert getattr(app.screen, "record_id", None) == ALUMINIUM


async def test_keys_in_the_same_burst_as_the_slash_land_in_the_box(app: BilatApp) -> None:
    """A paste or an SSH burst: "/deuxieme" arrives at once, before "/" was handled.

    Those keys once went to the table, where "d" asked to delete and "e" opened a form.
    """
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for character in "/deuxieme":
            app._driver.send_message(
                events.Key("slash" if character == "/" else character, character)
            )
        await pilot.pause(0.3)
        assert isinstance(app.screen, MainScreen)
        assert app.main.query_one(FilterInput).value == "deuxieme"
        assert shown(app) == ([SECOND_COMPLEX], [])


async def test_a_slash_in_the_box_is_a_character(app: BilatApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("slash", "a", "slash", "b")
        assert app.main.query_one(FilterInput).value == "a/b"


async def test_enter_typed_ahead_after_the_filter_opens_the_record(app: BilatApp) -> None:
    """`/word`, enter, enter typed faster than the screen: the second enter is the table's."""
    from bilat.tui.screens.detail import DetailScreen

    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *"temouch")
        await pilot.pause()
        for _ in range(2):  # both queued before either is handled
            app.post_message(events.Key("enter", "\r"))
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen)
        assert app.screen.record_id == ALUMINIUM
