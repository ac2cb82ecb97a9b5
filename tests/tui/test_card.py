"""The facts card: a record at a glance in the first screen of its detail, its quotes
folded under each field; and the organisations pane."""

from __future__ import annotations

from textual.widgets import OptionList

from bilat.tui.app import BilatApp
from bilat.tui.screens.detail import DetailScreen
from bilat.tui.screens.orgs import OrgsScreen
from bilat.tui.widgets.detail_view import GUTTER, DetailView

from .conftest import ALUMINIUM, MOU, screen_lines, screen_text

FIELDS = ("Name:", "Sectors:", "Countries:", "Location:", "Status:", "Date: approved:")
MORE = ("Capacity:", "Jobs:", "Components:", "Agreements:", "Parties:", "Notes:")


async def test_the_card_holds_every_field_in_the_first_screen_at_80x24(app: BilatApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen)
        view = app.screen.query_one(DetailView)
        shown = screen_lines(app)
        assert len(shown) == 24
        text = "\n".join(shown)
        # The flags first, one line each, just under the title.
        assert [line.lstrip("│ ")[:2] for line in shown[3:6]] == ["⚑ "] * 3
        for label in (*FIELDS, *MORE):
            assert label in text, label
        assert "No value: Investment" in text
        # How many sources back each field; the curator's notes have none.
        status = next(line for line in shown if "Status: approved" in line)
        assert status.strip("│").startswith("  1  Status")
        notes = next(line for line in shown if "Notes:" in line)
        assert notes.strip("│").startswith("  ·  Notes")
        # Folded: no quote on the first screen.
        assert "“" not in text
        assert view.scroll_y == 0


async def test_enter_unfolds_the_quotes_of_a_field_and_folds_them_again(app: BilatApp) -> None:
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        view = app.screen.query_one(DetailView)
        while view.current_field != "jobs":
            await pilot.press("j")
        await pilot.press("enter")
        await pilot.pause()
        text = screen_text(app)
        assert "“permettant de générer 5000 emplois directs”" in text
        assert "clm-prj-aluminium-jobs-direct" in text
        assert "“qui sera implanté" not in text  # the location's quote stays folded
        assert view.unfolded == {"jobs"} and view.current_field == "jobs"
        await pilot.press("space")
        await pilot.pause()
        assert "“permettant" not in screen_text(app)
        # * shows every quote, as the full text has them.
        await pilot.press("asterisk")
        await pilot.pause()
        assert view.text == view.full_text
        assert "“qui sera implanté dans wilaya d’Ain Temouchent" in view.text
        # A value no source backs says so when unfolded.
        notes = view.text.split("Notes:", 1)[1]
        assert "no source backs it: the curator's" in notes.splitlines()[1]
        await pilot.press("asterisk")
        await pilot.pause()
        assert view.unfolded == set() and "“" not in view.text


async def test_a_conflict_is_marked_in_the_gutter(
    app: BilatApp, seeded_store, import_bundle
) -> None:
    import_bundle(
        seeded_store,
        {
            "claims": [
                {
                    "id": "clm-test-other-status",
                    "subject": MOU,
                    "field": "status",
                    "value": "signed",
                    "source": "src-866b44c0265b5443",
                    "quote": "projet de mémorandum",
                    "rank": "normal",
                }
            ]
        },
    )
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        await pilot.press("tab")
        view = app.main.query_one(DetailView)
        assert view.record_id == MOU
        status = next(line for line in view.text.splitlines() if "Status:" in line)
        assert status[:GUTTER] == " 1⚠ " and "⚠ CONFLICT" in status


async def test_the_orgs_pane_lists_parties_and_who_signed_with_whom(app: BilatApp) -> None:
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        await pilot.press("w")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, OrgsScreen)
        text = screen_text(app)
        ministry = text.index("Ministry of Industry and Pharmaceutical Production  DZ · ministry")
        person = text.index("person: Ali Aoun — ministre de l’Industrie")
        project = text.index("project: Ecological (decarbonised) aluminium production complex")
        assert ministry < person < project
        whom = text.index("Who signed what with whom")
        pair = text.index(
            "National Agency for Pharmaceutical Products ↔ "
            "Russian Institute of Medicines and Good Practices  1 agreement"
        )
        assert whom < pair
        assert "2 agreements name fewer than two parties" in text
        # The matrix, at this width: four parties, two pairs of one agreement each.
        matrix = str(app.screen.query_one("#orgs-matrix").content)
        assert matrix.splitlines()[0].split() == ["1", "2", "3", "4"]
        assert sum(row.count("1") for row in matrix.splitlines()[1:]) >= 4
        # enter opens the highlighted record (the ministry's first project, two down).
        options = app.screen.query_one("#orgs-list", OptionList)
        await pilot.press("j", "j")
        assert str(options.get_option_at_index(options.highlighted or 0).id).endswith(ALUMINIUM)
        await pilot.press("enter")
        await pilot.pause()
        assert getattr(app.screen, "record_id", None) == ALUMINIUM


async def test_at_80_columns_the_orgs_pane_has_no_matrix(app: BilatApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("w")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not app.screen.query_one("#orgs-matrix").display
        options = app.screen.query_one("#orgs-list", OptionList)
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert "Who signed what with whom" in prompts
        # One line each, however long the title: no line starts a title's second half.
        shown = screen_text(app)
        assert "agreement: Memorandum of understanding between" in shown
        assert "│ Practices" not in shown and "│ Institute of Medicines" not in shown
