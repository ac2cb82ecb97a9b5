"""The detail of a record: every field, its claims (quote and source), flags, conflicts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.widgets import OptionList

from bilat.engine import Policy
from bilat.store import Store
from bilat.tui.app import BilatApp
from bilat.tui.screens.detail import DetailScreen
from bilat.tui.widgets.detail_view import GUTTER, DetailView

from .conftest import (
    ALUMINIUM,
    ANTICANCER,
    HEAVY_PARTNERSHIP,
    MOU,
    SEED_SOURCE,
    SEED_SOURCE_TITLE,
    detail_text,
    screen_lines,
    screen_text,
)


def lines_after(text: str, label: str) -> list[str]:
    """The line of the field ``label`` and the indented lines under it, without the card's
    gutter (its count of sources and mark)."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line[GUTTER:].startswith(label))
    block = [lines[start][GUTTER:]]
    for line in lines[start + 1 :]:
        if line[:GUTTER].strip() or not line[GUTTER:].startswith(" "):
            break
        block.append(line[GUTTER:])
    return block


async def test_detail_of_the_aluminium_complex(app: BilatApp) -> None:
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        assert app.main.query_one("#detail").record_id == ALUMINIUM
        text = detail_text(app)
        assert text.splitlines()[0] == "Ecological (decarbonised) aluminium production complex"
        assert f"Id: {ALUMINIUM}" in text
        # Every field, with the value as the store presents it.
        assert "Location: Ain Temouchent, DZ" in text
        assert "Status: approved" in text
        assert "Sectors: Aluminium (primary), Steel, Heavy industry" in text
        assert "Capacity: ≈ 1 000 000 t/yr (estimate)" in text
        assert (
            "Jobs: 5 000 direct jobs; "
            "milliers d’emplois (total jobs, ≥ 1 000, order of magnitude)" in text
        )
        assert "Agreements: Moscow–Algiers partnership for two heavy-industry complexes" in text
        assert "Parties: Ministry of Industry and Pharmaceutical Production (approver)" in text
        # Each field's claims: the quote, then the source's title and the claim id.
        jobs = lines_after(text, "Jobs:")
        assert "  “permettant de générer 5000 emplois directs”" in jobs
        assert f"    — {SEED_SOURCE_TITLE}  clm-prj-aluminium-jobs-direct" in jobs
        capacity = "\n".join(lines_after(text, "Capacity:"))
        assert "estimée à un million de tonnes d’aluminium”" in capacity
        location = "\n".join(lines_after(text, "Location:"))
        assert "“qui sera implanté dans wilaya d’Ain Temouchent, à l’ouest du pays”" in location
        # The contradiction in the source is flagged, not corrected.
        # Flags first, one line each, under the title.
        flags = "\n".join(line for line in text.splitlines()[1:4])
        assert flags.startswith("⚑ Called a 'complexe de production d’aluminium'")
        assert "l’une dédiée à la production d’acier" in flags
        assert "no aluminium unit is named. Recorded as stated." in flags
        assert flags.count("⚑") == 3
        # No seed claim disagrees with another.
        assert "CONFLICT" not in text


async def test_detail_screen_of_the_aluminium_complex(app: BilatApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen)
        assert app.screen.query_one("#detail-full").border_title == ALUMINIUM
        text = detail_text(app)
        assert "Location: Ain Temouchent, DZ" in text
        assert "5 000 direct jobs" in text
        # On screen: the top bar with the database and counts, the record, the keys.
        shown = screen_text(app)
        assert "bilat.json  3 projects · 4 agreements · 6 sectors" in shown
        assert "Ecological (decarbonised) aluminium production complex" in shown
        assert "esc Back" in shown
        assert "o Source" in shown
        links = app.screen.query_one("#detail-related", OptionList)
        prompts = [str(links.get_option_at_index(i).prompt) for i in range(links.option_count)]
        assert prompts[0] == (
            "→ agreement: Moscow–Algiers partnership for two heavy-industry complexes  "
            f"({HEAVY_PARTNERSHIP})"
        )
        assert any(p.startswith("→ source: Untitled article") for p in prompts)
        assert any(p.startswith("→ sector: Aluminium") for p in prompts)


async def test_detail_of_the_anpp_memorandum(app: BilatApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("tab")
        assert app.main.query_one("#detail").record_id == MOU
        text = detail_text(app)
        assert text.splitlines()[0] == (
            "Memorandum of understanding between the National Agency for Pharmaceutical "
            "Products and the Russian Institute of Medicines and Good Practices"
        )
        assert "Instrument: mou" in text
        assert "Status: draft" in text
        assert "  “un projet de mémorandum d’entente”" in lines_after(text, "Status:")
        assert "Sectors: Pharmaceuticals" in text
        assert (
            "Parties: National Agency for Pharmaceutical Products (party); "
            "Russian Institute of Medicines and Good Practices (party)" in text
        )
        assert "Countries: DZ, RU" in text
        assert "“les deux pays ont également un projet de mémorandum d’entente”" in "\n".join(
            lines_after(text, "Countries:")
        )
        parties = "\n".join(lines_after(text, "Parties:"))
        assert "“entre l’Agence nationale des produits pharmaceutiques”" in parties
        assert "“et l’Institut russe des médicaments et de bonnes pratiques”" in parties
        assert "Mémorandum d’entente entre l’Agence nationale" in text  # the French title
        # Empty fields are named on one line, at the end.
        empty = next(line for line in text.splitlines() if "No value:" in line)
        assert "Flags" in empty and "Events" in empty


async def test_two_disagreeing_claims_are_both_shown_as_a_conflict(
    seeded_store: Store, import_bundle: Callable[[Store, dict[str, Any]], None]
) -> None:
    quote_a = "La capacité de production annuelle de l’usine est estimée à un million de tonnes"
    import_bundle(
        seeded_store,
        {
            "claims": [
                {
                    "id": "clm-test-status-a",
                    "subject": ALUMINIUM,
                    "field": "location.region",
                    "value": "Ain Temouchent",
                    "source": SEED_SOURCE,
                    "quote": "wilaya d’Ain Temouchent",
                    "rank": "preferred",
                },
                {
                    "id": "clm-test-status-b",
                    "subject": ALUMINIUM,
                    "field": "location.region",
                    "value": "Oran",
                    "source": SEED_SOURCE,
                    "quote": quote_a,
                    "note": "A second reading that disagrees.",
                },
            ]
        },
    )
    app = BilatApp(seeded_store, poll=False)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        location = lines_after(detail_text(app), "Location:")
        assert location[0] == "Location: Ain Temouchent, DZ  ⚠ CONFLICT: sources disagree"
        block = "\n".join(location)
        assert "“wilaya d’Ain Temouchent”" in block
        assert f"“{quote_a}” [normal]" in block
        assert "clm-test-status-a" in block
        assert "clm-test-status-b" in block
        assert "note: A second reading that disagrees." in block
        # Other fields are not marked.
        assert detail_text(app).count("CONFLICT") == 1


async def test_j_and_k_move_the_card_cursor_and_the_view_follows(app: BilatApp) -> None:
    async with app.run_test(size=(80, 16)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        view = app.screen.query_one(DetailView)
        assert view.scroll_y == 0 and view.current_field == "flags"
        await pilot.press("j", "j", "j", "j")
        assert view.current_field == "name" and view.scroll_y == 0
        for _ in range(12):
            await pilot.press("j")
        # The field under the cursor stays in view.
        start, end, _key = view._field_rows[view.field_cursor]
        assert (
            view.scroll_y <= start and end <= view.scroll_y + view.scrollable_content_region.height
        )
        before = view.current_field
        await pilot.press("k")
        assert view.current_field != before


async def test_a_large_database_gathers_claims_off_the_event_loop(
    app: BilatApp, monkeypatch: Any
) -> None:
    """On a large database the first detail says it is gathering, then shows everything."""
    import threading

    from bilat.store.links import Links

    app.session.policy = Policy(background_links_above_claims=0)
    release = threading.Event()
    real_prepare = Links.prepare

    def slow_prepare(links: Links) -> None:
        release.wait(120)
        real_prepare(links)

    monkeypatch.setattr(Links, "prepare", slow_prepare)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        assert detail_text(app) == f"{ALUMINIUM}: gathering its claims and links…"
        await pilot.press("down")  # the screen answers meanwhile
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.main.model.snapshot.links.ready
        text = detail_text(app)
        assert f"Id: {app.main.query_one('#detail').record_id}" in text
        assert "Claims" in text or "“" in text


async def test_the_pane_follows_the_highlight_without_laying_the_screen_out(
    app: BilatApp, monkeypatch: Any
) -> None:
    """Another record in the pane changes its lines, never the size of anything on screen."""
    layouts: list[tuple[Any, ...]] = []
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        detail = app.main.query_one(DetailView)
        first_text = detail_text(app)
        real_refresh_layout = app.main._refresh_layout

        def counted(*args: Any, **kwargs: Any) -> None:
            layouts.append(args)
            real_refresh_layout(*args, **kwargs)

        monkeypatch.setattr(app.main, "_refresh_layout", counted)
        await pilot.press("j")  # the first anticancer project: a shorter record
        await pilot.pause()
        assert detail.record_id == ANTICANCER
        assert detail_text(app) != first_text
        assert detail_text(app).splitlines()[0] == "First anticancer medicine plants"
        assert "First anticancer medicine plants" in screen_text(app)
        await pilot.press("k")
        await pilot.pause()
        assert detail_text(app) == first_text
        assert layouts == []


async def test_related_records_are_drawn_in_the_pane_and_open_with_enter(app: BilatApp) -> None:
    # Short enough that the links lie below the card.
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        view = app.screen.query_one(DetailView)
        await pilot.press("r")
        await pilot.pause()
        # The list of related records scrolled into view, its first record highlighted.
        shown = screen_text(app)
        assert "→ agreement: Moscow–Algiers partnership for two heavy-industry complexes" in shown
        assert view.scroll_y > 0
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen)
        assert app.screen.record_id == "sec-aluminium"


async def test_a_related_record_opens_with_a_click(app: BilatApp) -> None:
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("end")
        await pilot.pause()
        view = app.screen.query_one(DetailView)
        view.scroll_end(animate=False, immediate=True)
        await pilot.pause()
        lines = screen_lines(app)
        row = next(y for y, line in enumerate(lines) if "→ sector: Steel" in line)
        await pilot.click(DetailView, offset=(5, row - view.region.y))
        await pilot.pause()
        assert isinstance(app.screen, DetailScreen)
        assert app.screen.record_id == "sec-steel"
