"""The review screen: what an article states, grouped by record; a, r, e and A decide, w
writes the accepted proposals in one step that u takes back."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Static

from bilat.store import Store
from bilat.store.models import Source
from bilat.store.sources import build_source
from bilat.tui.app import BilatApp
from bilat.tui.screens.review import EditValueScreen, ReviewScreen

from .conftest import SEED_SOURCE, screen_text

ARTICLE = (
    "La société turque Tosyali a annoncé la construction d’un complexe sidérurgique "
    "à Béthioua, dans la wilaya d’Oran. Le complexe créera 2 500 emplois directs et "
    "produira 2 millions de tonnes par an. Les travaux ont démarré en janvier 2024."
)


async def review(pilot: Pilot[None], source: Source) -> ReviewScreen:
    pilot.app.sourcing.review_source(source)
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ReviewScreen)
    return screen


async def open_review(pilot: Pilot[None]) -> ReviewScreen:
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*"Review proposals")
    await pilot.pause(0.3)
    await pilot.press("enter")
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ReviewScreen)
    return screen


@asynccontextmanager
async def reviewing(
    store: Store,
    size: tuple[int, int] = (80, 24),
    text: str | None = None,
    lang: str = "fr",
) -> AsyncIterator[tuple[Pilot[None], ReviewScreen]]:
    """The test article (or ``text``, in ``lang``) added to ``store`` and opened for review
    in a running app."""
    if text is None:
        source = add_article(store)
    else:
        source = build_source(text, title="Article", published="2024-03-05", lang=lang)
        store.upsert(source)
    app = BilatApp(store, poll=False)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        yield pilot, await review(pilot, source)


def add_article(store: Store) -> Source:
    source = build_source(ARTICLE, title="Tosyali", published="2024-03-05", lang="fr")
    store.upsert(source)
    return source


async def highlight(
    pilot: Pilot[None], screen: ReviewScreen, field: str, group: str | None = None
) -> int:
    listed = screen.query_one(OptionList)
    for row, option in enumerate(listed.options):
        if option.id is None:
            continue
        proposal = screen.proposals[int(option.id)]
        if proposal.field == field and (group is None or proposal.group == group):
            listed.highlighted = row
            await pilot.pause()
            return int(option.id)
    raise AssertionError(f"no proposal of {field}")


async def test_the_palette_reads_the_source_and_groups_by_record(seeded_store: Store) -> None:
    app = BilatApp(seeded_store, poll=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        screen = await open_review(pilot)
        text = screen_text(app)
        # The seed's source is the only one: its records are matched, not made anew.
        assert screen.source.id == SEED_SOURCE
        assert "Ali Aoun (per-ali-aoun)" in text
        assert "New " not in text
        groups = [p.group for p in screen.proposals]
        # Proposals of one record sit together.
        assert all(
            groups.index(g) + groups.count(g) - 1 == max(i for i, x in enumerate(groups) if x == g)
            for g in set(groups)
        )


async def test_each_value_reads_in_words_not_json(seeded_store: Store) -> None:
    async with reviewing(seeded_store, (140, 40)) as (pilot, _):
        text = screen_text(pilot.app)
        # figures, places and names as the detail shows them: the analyst reads, not parses
        assert "2 500 direct jobs" in text
        assert "Béthioua, Oran, DZ" in text
        assert "Tosyali (new) (partner)" in text
        assert '{"' not in text


async def test_the_highlighted_proposal_shows_its_sentence(seeded_store: Store) -> None:
    async with reviewing(seeded_store) as (pilot, screen):
        index = await highlight(pilot, screen, "jobs")
        shown = str(screen.query_one("#review-context", Static).render())
        # the sentence the quote stands in, read from the proposal's own offsets
        assert shown.startswith("jobs: ")
        assert "Le complexe créera 2 500 emplois directs" in shown
        assert screen.proposals[index].quote in shown
        await highlight(pilot, screen, "location")
        shown = str(screen.query_one("#review-context", Static).render())
        assert shown.startswith("location: La société turque Tosyali")


async def test_brackets_move_from_record_to_record(seeded_store: Store) -> None:
    async with reviewing(seeded_store) as (pilot, screen):
        groups = list(dict.fromkeys(p.group for p in screen.proposals))
        assert len(groups) >= 2
        current = screen._current
        assert current() is not None and screen.proposals[current() or 0].group == groups[0]
        await pilot.press("]")
        index = current()
        assert index is not None and screen.proposals[index].group == groups[1]
        # the record's first proposal, the one n and m act on first
        assert index == next(i for i, p in enumerate(screen.proposals) if p.group == groups[1])
        await pilot.press("[")
        assert screen.proposals[current() or 0].group == groups[0]
        await pilot.press("[")  # no record before the first: it stays
        assert screen.proposals[current() or 0].group == groups[0]


async def test_accepting_writes_new_records_and_claims_in_one_undoable_step(
    seeded_store: Store,
) -> None:
    source = add_article(seeded_store)
    app = BilatApp(seeded_store, poll=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        screen = await review(pilot, source)
        index = await highlight(pilot, screen, "jobs")
        project = screen.proposals[index]
        assert project.new is not None and project.new.kind == "projects"
        await pilot.press("A")  # the whole project
        await pilot.pause()
        index = await highlight(
            pilot, screen, "name", group=next(p.group for p in screen.proposals if p.kind == "orgs")
        )
        await pilot.press("r")
        await pilot.pause()
        assert screen.decided[index] is False
        assert "✓" in screen_text(app) and "✗" in screen_text(app)
        await pilot.press("w")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        snapshot = seeded_store.snapshot()
        made = [p for p in snapshot.tables["projects"].values() if "sid" in p.id]
        assert len(made) == 1
        record = made[0]
        assert record.jobs[0].value == 2500 and record.jobs[0].job_type == "direct"
        assert record.location is not None and record.location.region == "Oran"
        claims = [c for c in snapshot.tables["claims"].values() if c.source == source.id]
        assert {c.field for c in claims} >= {"name", "jobs", "capacity", "location"}
        assert all(c.subject == record.id or c.subject.startswith("sec-") for c in claims)
        assert all(c.quote in source.text for c in claims)
        await pilot.press("u")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        after = seeded_store.snapshot()
        assert record.id not in after.tables["projects"]
        assert not [c for c in after.tables["claims"].values() if c.source == source.id]


async def test_e_edits_a_value_checked_as_its_claim_would_be(seeded_store: Store) -> None:
    source = add_article(seeded_store)
    app = BilatApp(seeded_store, poll=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        screen = await review(pilot, source)
        index = await highlight(pilot, screen, "status")
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, EditValueScreen)
        field = app.screen.query_one(Input)
        field.value = '"exploded"'
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, EditValueScreen)  # refused, said under the field
        assert "exploded" in screen_text(app)
        field.value = '"construction"'
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert screen.proposals[index].value == "construction"
        assert screen.decided[index] is True


async def test_l_accepts_the_likely_and_leaves_the_doubtful_to_the_analyst(
    seeded_store: Store,
) -> None:
    source = add_article(seeded_store)
    app = BilatApp(seeded_store, poll=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        screen = await review(pilot, source)
        assert len(screen.proposals) >= 6
        # Confidences set here, so that the test reads the keys, not the fitted weights.
        for index, proposal in enumerate(screen.proposals):
            proposal.confidence = (0.9, 0.696, 0.3)[index % 3]  # 0.696 is shown 0.70
        rejected = await highlight(pilot, screen, "jobs")
        screen.proposals[rejected].confidence = 0.95
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("L")
        await pilot.pause()
        assert screen.decided[rejected] is False  # a decision made stays made
        for index, proposal in enumerate(screen.proposals):
            if index != rejected:
                assert screen.decided.get(index) is (True if proposal.confidence > 0.5 else None)
        assert screen_text(app).count("doubtful") == sum(
            1 for p in screen.proposals if p.confidence < 0.5
        )


async def test_the_write_says_how_many_claims_it_wrote(seeded_store: Store) -> None:
    from .test_export import watch_notifications

    source = add_article(seeded_store)
    app = BilatApp(seeded_store, poll=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        screen = await review(pilot, source)
        notes = watch_notifications(app)
        await highlight(pilot, screen, "jobs")
        await pilot.press("a")  # one proposal alone
        await pilot.press("w")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert (f"Wrote 1 claim from {source.id}. u undoes it.", "information") in notes


async def test_escape_with_accepted_proposals_unwritten_asks_first(store: Store) -> None:
    async with reviewing(store, (100, 30)) as (pilot, screen):
        await pilot.press("escape")  # nothing accepted: it leaves at once
        await pilot.pause()
        assert pilot.app.screen is not screen
        screen = await review(pilot, next(iter(store.snapshot().tables["sources"].values())))
        await highlight(pilot, screen, "jobs")
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert pilot.app.screen is screen  # asked, not left
        assert "1 accepted, not written" in " ".join(
            str(n.message) for n in pilot.app._notifications
        )
        await pilot.press("escape")
        await pilot.pause()
        assert pilot.app.screen is not screen
        assert not [c for c in store.snapshot().tables["claims"].values()]
