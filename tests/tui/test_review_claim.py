"""A claim the reader missed, added in the review from the article's words (c): the
analyst selects the quote, the value its words state is read, F10 adds it accepted."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Select, Static

from bilat.store import Claim, Store, title_of
from bilat.tui.app import BilatApp
from bilat.tui.screens.review import ReviewScreen
from bilat.tui.screens.review_claim import ClaimFromTextScreen, NewRecordFromTextScreen

from .conftest import screen_text
from .test_review import ARTICLE, highlight, open_review, review, reviewing


async def reject_countries(pilot: Pilot[None], screen: ReviewScreen) -> None:
    """r on the reader's countries of the plant: the analyst finds them wrong."""
    await highlight(pilot, screen, "countries")
    await pilot.press("r")
    await pilot.pause()


async def claim_dialog(pilot: Pilot[None], field: str | None = None) -> ClaimFromTextScreen:
    """c on the highlighted proposal, the dialog's field set to ``field`` if given."""
    await pilot.press("c")
    await pilot.pause()
    dialog = pilot.app.screen
    assert isinstance(dialog, ClaimFromTextScreen)
    if field is not None:
        dialog.query_one("#claim-field", Select).value = field
        await pilot.pause()
    return dialog


async def test_a_selected_quote_becomes_an_accepted_claim_written_with_the_rest(
    store: Store,
) -> None:
    async with reviewing(store) as (pilot, screen):
        await reject_countries(pilot, screen)
        group = screen.proposals[await highlight(pilot, screen, "capacity")].group
        before = len(screen.proposals)
        dialog = await claim_dialog(pilot, "countries")
        await pilot.press(*"société turque", "enter")
        await pilot.pause()
        # the nationality the words say, and the host of the record's proposed location
        assert dialog.query_one("#claim-value", Input).value == '["DZ","TR"]'
        assert "DZ, TR" in str(dialog.query_one("#claim-words", Static).render())
        # the analyst's own value is kept as the quote moves on
        dialog.query_one("#claim-value", Input).value = '["TR", "DZ"]'
        await pilot.pause()
        await pilot.press("shift+tab", *"turque Tosyali", "enter")
        await pilot.pause()
        assert dialog.query_one("#claim-value", Input).value == '["TR", "DZ"]'
        await pilot.press("f10")
        await pilot.pause()
        assert pilot.app.screen is screen
        assert len(screen.proposals) == before + 1
        added = next(p for p in screen.proposals if p.field == "countries" and p.confidence == 1.0)
        index = screen.proposals.index(added)
        assert added.group == group and screen.decided[index] is True
        assert added.quote == ARTICLE[added.start : added.end] == "turque Tosyali"
        assert added.value == ["TR", "DZ"]
        assert added.confidence == 1.0
        # the record's proposals stay together, the new one last of them
        members = [i for i, p in enumerate(screen.proposals) if p.group == group]
        assert members == list(range(members[0], members[-1] + 1)) and members[-1] == index
        await pilot.press("w")
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
    claims = [r for r in store.snapshot().tables["claims"].values() if isinstance(r, Claim)]
    said = [c for c in claims if c.field == "countries"]
    assert len(said) == 1 and said[0].quote == "turque Tosyali"
    assert said[0].value == ["TR", "DZ"]


async def test_the_added_claim_is_highlighted_and_in_view(seeded_store: Store) -> None:
    """A long review (the seed article): the claim added last of a record far down the
    list is scrolled into view, not left below it."""
    app = BilatApp(seeded_store, poll=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = await open_review(pilot)
        await pilot.press("]")
        await pilot.pause()
        dialog = await claim_dialog(pilot, "countries")
        await pilot.press(*"la Russie", "enter")
        await pilot.pause()
        assert dialog.query_one("#claim-value", Input).value == '["RU"]'
        await pilot.press("f10")
        await pilot.pause()
        await pilot.pause()
        listed = screen.query_one(OptionList)
        row = listed.highlighted
        assert row is not None
        added = screen.proposals[int(listed.get_option_at_index(row).id or -1)]
        assert added.field == "countries" and added.confidence == 1.0
        line = listed._index_to_line[row]
        top = listed.scroll_offset.y
        assert line > listed.scrollable_content_region.height  # below the first page
        assert top <= line < top + listed.scrollable_content_region.height


async def test_escape_adds_nothing_and_a_value_the_field_refuses_is_said(store: Store) -> None:
    async with reviewing(store) as (pilot, screen):
        await highlight(pilot, screen, "capacity")
        before = list(screen.proposals)
        dialog = await claim_dialog(pilot, "status")
        await pilot.press(*"Les travaux", "enter")
        await pilot.pause()
        assert dialog.query_one("#claim-value", Input).value == '"construction"'
        dialog.query_one("#claim-value", Input).value = '"bientôt"'
        await pilot.press("f10")
        await pilot.pause()
        assert pilot.app.screen is dialog  # not added: the status is no status of a project
        error = str(dialog.query_one("#claim-error", Static).render())
        assert error.startswith("Value:") and "bientôt" in error
        dialog.query_one("#claim-value", Input).value = "{not json"
        await pilot.press("f10")
        await pilot.pause()
        assert "not JSON" in str(dialog.query_one("#claim-error", Static).render())
        await pilot.press("escape")
        await pilot.pause()
        assert pilot.app.screen is screen
        assert screen.proposals == before and not screen.decided


async def test_the_dialog_fits_a_small_terminal(store: Store) -> None:
    async with reviewing(store, size=(80, 24)) as (pilot, screen):
        await highlight(pilot, screen, "capacity")
        await pilot.press("c")
        await pilot.pause()
        await pilot.press(*"2 500 emplois", "enter")
        await pilot.pause()
        shown = screen_text(pilot.app)
        assert "A claim on «Complexe sidérurgique de Béthioua» from the article" in shown
        assert "Quote: “2 500 emplois”" in shown
        assert "Add (F10)" in shown and "Cancel (esc)" in shown


async def test_a_record_the_reader_missed_is_added_by_its_name_then_its_claims(
    store: Store,
) -> None:
    text = (
        "Le projet a été présenté par le directeur Karim Benali. L’usine de Béthioua, en Algérie, "
        "emploiera 300 personnes."
    )
    async with reviewing(store, text=text) as (pilot, screen):
        groups = {p.group for p in screen.proposals}
        await pilot.press("plus")
        await pilot.pause()
        dialog = pilot.app.screen
        assert isinstance(dialog, NewRecordFromTextScreen)
        dialog.query_one("#claim-kind", Select).value = "people"
        await pilot.pause()
        await pilot.press(*"Karim Benali", "enter")
        await pilot.pause()
        assert dialog.query_one("#claim-value", Input).value == '{"fr":"Karim Benali"}'
        await pilot.press("f10")
        await pilot.pause()
        assert pilot.app.screen is screen
        named = screen.proposals[-1]
        assert named.new is not None and named.group not in groups
        assert (named.new.kind, named.new.name, named.field) == ("people", "Karim Benali", "name")
        assert screen.decided[len(screen.proposals) - 1] is True
        # c on it: a claim of the new record
        dialog = await claim_dialog(pilot, "aliases")
        await pilot.press(*"Benali", "enter", "f10")
        await pilot.pause()
        assert screen.proposals[-1].group == named.group
        assert screen.proposals[-1].field == "aliases"
        # a role: the title around the name the record goes by
        dialog = await claim_dialog(pilot, "roles")
        await pilot.press(*"le directeur Karim Benali", "enter")
        await pilot.pause()
        assert '"title":{"fr":"directeur"}' in dialog.query_one("#claim-value", Input).value
        await pilot.press("f10")
        await pilot.pause()
        assert screen.proposals[-1].field == "roles"
        await pilot.press("w")
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
    people = list(store.snapshot().tables["people"].values())
    assert [title_of(p) for p in people] == ["Karim Benali"]
    claims = [c for c in store.snapshot().tables["claims"].values() if isinstance(c, Claim)]
    assert {(c.subject, c.field, c.quote) for c in claims} == {
        (people[0].id, "name", "Karim Benali"),
        (people[0].id, "aliases", "Benali"),
        (people[0].id, "roles", "le directeur Karim Benali"),
    }


async def test_f3_steps_through_the_places_the_article_says_a_value_of_the_field(
    store: Store,
) -> None:
    async with reviewing(store, size=(100, 30)) as (pilot, screen):
        await highlight(pilot, screen, "name", group="new:1")  # Tosyali, at the text's start
        dialog = await claim_dialog(pilot, "country")
        said = str(dialog.query_one("#claim-said", Static).render())
        assert "F3" in said and "1 place" in said
        await pilot.press("f3")
        await pilot.pause()
        assert "Quote: “turque”" in str(dialog.query_one("#claim-quote", Static).render())
        assert dialog.query_one("#claim-value", Input).value == '"TR"'
        await pilot.press("escape")
        await pilot.pause()
        await highlight(pilot, screen, "capacity")
        dialog = await claim_dialog(pilot, "jobs")
        await pilot.press("f3")
        await pilot.pause()
        assert "2 500 emplois directs" in str(dialog.query_one("#claim-quote", Static).render())
        # past the last, back to the first; shift+F3 the other way
        await pilot.press("f3")
        await pilot.pause()
        assert "2 500 emplois directs" in str(dialog.query_one("#claim-quote", Static).render())
        dialog.query_one("#claim-field", Select).value = "dates.construction_start"
        await pilot.pause()
        await pilot.press("shift+f3")
        await pilot.pause()
        assert "janvier 2024" in str(dialog.query_one("#claim-quote", Static).render())


async def test_the_quote_is_the_articles_own_characters_across_mixed_line_breaks(
    store: Store,
) -> None:
    """A text area keeps one kind of line break; the quote's offsets stay the article's."""
    text = (
        "La société turque Tosyali construit une usine à Béthioua.\r\n"
        "Elle coûtera 1,5 milliard de dollars.\u2028Elle emploiera 2 500 personnes.\n"
        "Les travaux ont démarré en janvier 2024."
    )
    async with reviewing(store, (100, 30), text) as (pilot, screen):
        await highlight(pilot, screen, "location")
        dialog = await claim_dialog(pilot, "jobs")
        await pilot.press(*"2 500 personnes", "enter")
        await pilot.pause()
        assert '"value":2500' in dialog.query_one("#claim-value", Input).value
        await pilot.press("f10")
        await pilot.pause()
        added = next(p for p in screen.proposals if p.confidence == 1.0)
        assert text[added.start : added.end] == added.quote == "2 500 personnes"


async def test_a_claim_on_a_held_record_that_contradicts_its_claims_is_marked(
    seeded_store: Store,
) -> None:
    """The seed's anticancer plants are under construction; a claim added from the text
    saying they operate is marked as a conflict before anything is written."""
    app = BilatApp(seeded_store, poll=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = await open_review(pilot)
        await highlight(pilot, screen, "status", group="prj-dz-ru-anticancer-medicine-plants")
        dialog = await claim_dialog(pilot, "status")
        dialog.query_one("#claim-value", Input).value = '"operating"'
        await pilot.press(*"entrera en fonction", "enter", "f10")
        await pilot.pause()
        added = next(p for p in screen.proposals if p.confidence == 1.0)
        assert added.subject == "prj-dz-ru-anticancer-medicine-plants"
        held = seeded_store.snapshot().claims_for("prj-dz-ru-anticancer-medicine-plants")
        status = next(c for c in held if c.field == "status")
        assert added.conflicts == [status.id]
        assert f"conflict: {status.id}" in screen_text(pilot.app)


async def test_c_offers_first_a_field_the_record_lacks_and_the_article_says(
    store: Store,
) -> None:
    """The plant has its place, figures, status and start date; the article also says the
    investor's nationality, whose proposal the analyst rejected: c, F3, F10 add its
    countries."""
    async with reviewing(store) as (pilot, screen):
        await reject_countries(pilot, screen)
        await highlight(pilot, screen, "capacity")
        dialog = await claim_dialog(pilot)
        assert dialog.query_one("#claim-field", Select).value == "countries"
        await pilot.press("f3")
        await pilot.pause()
        assert "Quote: “turque”" in str(dialog.query_one("#claim-quote", Static).render())
        await pilot.press("f10")
        await pilot.pause()
        added = next(p for p in screen.proposals if p.confidence == 1.0)
        assert (added.field, added.value, added.quote) == ("countries", ["DZ", "TR"], "turque")
        # on the organisation, which has its name and country and no other field the
        # article says, the highlighted proposal's field is offered
        await highlight(pilot, screen, "country", group="new:1")
        await pilot.press("c")
        await pilot.pause()
        assert pilot.app.screen.query_one("#claim-field", Select).value == "country"


async def test_f3_steps_through_the_article_s_mentions_of_a_record_to_add(store: Store) -> None:
    async with reviewing(store) as (pilot, _screen):
        await pilot.press("plus")
        await pilot.pause()
        dialog = pilot.app.screen
        assert isinstance(dialog, NewRecordFromTextScreen)
        dialog.query_one("#claim-kind", Select).value = "orgs"
        await pilot.pause()
        await pilot.press("f3")
        await pilot.pause()
        assert "Quote: “Tosyali”" in str(dialog.query_one("#claim-quote", Static).render())
        assert dialog.query_one("#claim-value", Input).value == '{"fr":"Tosyali"}'


async def test_c_does_not_offer_first_a_field_the_held_record_already_draws_from_the_article(
    store: Store,
) -> None:
    """Read again after writing, the plant is held with its countries from this article,
    added by the analyst in place of the reader's rejected ones: c offers another field
    first."""
    async with reviewing(store) as (pilot, screen):
        await reject_countries(pilot, screen)
        await highlight(pilot, screen, "capacity")
        await pilot.press("c")
        await pilot.pause()
        assert pilot.app.screen.query_one("#claim-field", Select).value == "countries"
        await pilot.press("f3", "f10")
        await pilot.pause()
        await pilot.press("A", "w")
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        source = screen.source
        again = await review(pilot, source)
        held = next(p.subject for p in again.proposals if p.field == "capacity")
        assert held is not None and held.startswith("prj-")
        if any(p.field == "countries" and p.subject == held for p in again.proposals):
            # the reader's own countries again, rejected again: the held claim alone keeps
            # the field from being offered first
            await reject_countries(pilot, again)
        await highlight(pilot, again, "capacity")
        await pilot.press("c")
        await pilot.pause()
        assert pilot.app.screen.query_one("#claim-field", Select).value != "countries"


async def test_letters_typed_on_the_field_and_the_kind_pick_them(store: Store) -> None:
    # a project has some thirty fields: the letters of one pick it, no walk with arrows
    async with reviewing(store) as (pilot, screen):
        await highlight(pilot, screen, "capacity")
        dialog = await claim_dialog(pilot)
        await pilot.press("shift+tab", *"inv")
        await pilot.pause()
        assert dialog.query_one("#claim-field", Select).value == "investment"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("plus")
        await pilot.pause()
        record = pilot.app.screen
        assert isinstance(record, NewRecordFromTextScreen)
        await pilot.press("shift+tab", *"pe")
        await pilot.pause()
        assert record.query_one("#claim-kind", Select).value == "people"
        # the field the kind names a record by follows it
        assert record.field == "name"


async def test_a_proposed_record_is_known_by_its_acronym(store: Store) -> None:
    # a title naming the organisation by its acronym ("deputy chairman of JIFCO") is read
    # as the organisation's role: the review knows the record by the acronym the text said
    # (as bench/extract/effort.py's model of the review assumes)
    text = (
        "The Jordan India Fertilizer Company (JIFCO) will build a phosphoric acid plant at "
        "Aqaba. U.S. Awasthi, deputy chairman of JIFCO, said it would open in 2026."
    )
    async with reviewing(store, (100, 30), text, "en") as (_pilot, screen):
        acronyms = {p.group: p.value for p in screen.proposals if p.field == "acronym"}
        assert "JIFCO" in acronyms.values()
        known = {k.ref: k.names for k in screen._known()}
        assert all(acronym in known[group] for group, acronym in acronyms.items())


async def test_the_article_is_read_whole_before_the_claim_dialog_needs_it(store: Store) -> None:
    # the claim dialog names a plant as the reader of the whole article does; the review's
    # worker reads the article whole once it has shown the proposals, so the dialog's first
    # name read does not wait for it on the interface's thread
    from bilat.store.extract import selection

    text = "Kelvaro will build a plastics factory. The factory will stand at Phonkham, in Laos."
    selection._projects_named.cache_clear()
    async with reviewing(store, (100, 30), text, "en") as (pilot, _screen):
        await pilot.app.workers.wait_for_complete()
        read = selection._projects_named.cache_info()
        assert (read.misses, read.currsize) == (1, 1)
        start = text.index("plastics factory")
        name = selection.read_selection(
            text, start, start + len("plastics factory"), "projects", "name", lang="en"
        )
        assert name == {"en": "Plastics factory at Phonkham"}
        assert selection._projects_named.cache_info().misses == 1
