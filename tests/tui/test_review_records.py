"""The review screen puts right the record proposals are about before they are accepted:
n names a new record, m files a group under another record (proposed in this review, or
held by the database) or takes it out of the held record the reader matched it to wrongly;
decisions taken stay, and w writes the records the analyst named. Its dialogs (e, n, m)
sit in the middle of the screen."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from textual.containers import Vertical
from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from bilat.store import Store
from bilat.store.extract.proposal import Proposal
from bilat.store.models import Source
from bilat.store.sources import build_source
from bilat.tui.app import BilatApp
from bilat.tui.screens.review import (
    EditValueScreen,
    FileUnderScreen,
    NameRecordScreen,
    ReviewScreen,
)

from .conftest import ALUMINIUM, screen_text
from .test_review import add_article, highlight, open_review, review

# One plant the reader splits in two proposed projects: the complex, and "a second plant".
SPLIT = (
    "La société turque Tosyali a annoncé la construction d’un complexe sidérurgique à "
    "Béthioua, dans la wilaya d’Oran. Le complexe créera 2 500 emplois directs. Une deuxième "
    "usine, le laminoir de Béthioua, produira 2 millions de tonnes par an."
)
NAME = "Complexe sidérurgique Tosyali de Béthioua"
# An Egyptian plant the reader matches to the Algerian complex the database holds.
ELSEWHERE = (
    "En Égypte, le Complexe de production d’aluminium écologique (décarboné) créera "
    "3 000 emplois directs à Sohag."
)


def add_split(store: Store) -> Source:
    source = build_source(SPLIT, title="Tosyali split", published="2024-03-05", lang="fr")
    store.upsert(source)
    return source


async def written(pilot: Pilot[None]) -> None:
    await pilot.press("w")
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def made_projects(store: Store, before: set[str]) -> list[str]:
    return [ident for ident in store.snapshot().tables["projects"] if ident not in before]


async def accepted_and_written(
    pilot: Pilot[None], screen: ReviewScreen, store: Store, before: set[str]
) -> Any:
    """Accept every proposal of the record whose jobs are proposed, write, and return the
    one project made (``before``: the projects held before)."""
    await highlight(pilot, screen, "jobs")
    await pilot.press("A")
    await pilot.pause()
    await written(pilot)
    (made,) = made_projects(store, before)
    return store.snapshot().tables["projects"][made]


def rows(screen: ReviewScreen) -> str:
    return "\n".join(str(o.prompt) for o in screen.query_one(OptionList).options)


@asynccontextmanager
async def reviewing(
    store: Store, source: Source
) -> AsyncIterator[tuple[BilatApp, Pilot[None], ReviewScreen]]:
    """The explorer on ``store``, its review screen open on ``source``."""
    app = BilatApp(store, poll=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        yield app, pilot, await review(pilot, source)


async def pick(pilot: Pilot[None], typed: str) -> FileUnderScreen:
    await pilot.press("m")
    await pilot.pause()
    picker = pilot.app.screen
    assert isinstance(picker, FileUnderScreen)
    await pilot.press(*typed)
    await pilot.pause()
    return picker


async def test_n_names_a_new_record_and_the_written_record_has_that_name(
    seeded_store: Store,
) -> None:
    source = add_article(seeded_store)
    before = set(seeded_store.snapshot().tables["projects"])
    async with reviewing(seeded_store, source) as (app, pilot, screen):
        assert "n names one, m files it under another" in screen_text(app)
        index = await highlight(pilot, screen, "jobs")
        group = screen.proposals[index].group
        await pilot.press("a")  # taken before the naming: kept
        await pilot.pause()
        await highlight(pilot, screen, "jobs")
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NameRecordScreen)
        field = app.screen.query_one(Input)
        assert field.value == "Complexe sidérurgique de Béthioua"
        field.value = NAME
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        mine = [p for p in screen.proposals if p.group == group]
        assert all(p.new is not None and p.new.name == NAME for p in mine)
        (name,) = [p for p in mine if p.field == "name"]
        assert name.plain_value() == {"fr": NAME}
        assert name.quote in source.text and source.text[name.start : name.end] == name.quote
        assert f"New project: {NAME}" in screen_text(app)
        jobs = next(i for i, p in enumerate(screen.proposals) if p.field == "jobs")
        assert screen.decided.get(jobs) is True
        record = await accepted_and_written(pilot, screen, seeded_store, before)
        assert record.name == {"fr": NAME}
        assert record.aliases == []


async def test_escape_names_nothing_and_files_nothing(seeded_store: Store) -> None:
    source = add_split(seeded_store)
    async with reviewing(seeded_store, source) as (app, pilot, screen):
        proposals = list(screen.proposals)
        shown = [p.to_json() for p in proposals]
        await highlight(pilot, screen, "jobs")
        await pilot.press("a")
        await pilot.pause()
        decided = dict(screen.decided)
        await highlight(pilot, screen, "jobs")
        await pilot.press("n")
        await pilot.pause()
        app.screen.query_one(Input).value = "Autre nom"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        await pick(pilot, "laminoir")
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("n")
        await pilot.pause()
        app.screen.query_one(Input).value = "   "  # empty: the name stays
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert [p.to_json() for p in screen.proposals] == shown
        assert screen.decided == decided


async def test_m_files_a_proposed_record_under_another_and_w_writes_one(
    seeded_store: Store,
) -> None:
    source = add_split(seeded_store)
    before = set(seeded_store.snapshot().tables["projects"])
    async with reviewing(seeded_store, source) as (app, pilot, screen):
        groups = {p.new.key: p.new for p in screen.proposals if p.new and p.kind == "projects"}
        assert len(groups) == 2  # the split this is about
        index = await highlight(pilot, screen, "capacity")
        plant = screen.proposals[index].group
        (complex_,) = [g for key, g in groups.items() if key != plant]
        await pilot.press("a")  # the capacity, accepted before the filing: kept
        await pilot.pause()
        await highlight(pilot, screen, "location", group=plant)
        await pilot.press("a")  # said of the complex already: that one is taken
        await pilot.pause()
        await highlight(pilot, screen, "capacity")
        picker = await pick(pilot, "sidérurgique")
        listed = picker.query_one(OptionList)
        first = listed.get_option_at_index(0)
        assert first.id == complex_.key  # the other proposed project, nearest the words typed
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        projects = {p.group for p in screen.proposals if p.kind == "projects"}
        assert projects == {complex_.key}
        assert screen_text(app).count(f"New project: {complex_.name}") == 1
        capacity = next(i for i, p in enumerate(screen.proposals) if p.field == "capacity")
        assert screen.decided.get(capacity) is True
        (location,) = [i for i, p in enumerate(screen.proposals) if p.field == "location"]
        assert screen.decided.get(location) is True
        names = [p.plain_value() for p in screen.proposals if p.field == "name"]
        assert {"fr": complex_.name} in names and {"fr": "Usine de Béthioua"} not in names
        await highlight(pilot, screen, "jobs")
        await pilot.press("A")
        await pilot.pause()
        await written(pilot)
        (made,) = made_projects(seeded_store, before)
        record = seeded_store.snapshot().tables["projects"][made]
        assert record.name == {"fr": complex_.name} and record.aliases == []
        assert [j.value for j in record.jobs] == [2500]
        assert [c.value for c in record.capacity] == [2000000]
        claims = [
            c for c in seeded_store.snapshot().tables["claims"].values() if c.source == source.id
        ]
        assert {c.field for c in claims if c.subject == made} >= {"jobs", "capacity", "name"}
        assert not [c for c in claims if c.subject.startswith("prj-") and c.subject != made]
        await pilot.press("u")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert made not in seeded_store.snapshot().tables["projects"]


async def test_m_files_a_proposed_record_under_a_held_one_and_writes_claims_on_it(
    seeded_store: Store,
) -> None:
    source = add_article(seeded_store)
    before = set(seeded_store.snapshot().tables["projects"])
    async with reviewing(seeded_store, source) as (app, pilot, screen):
        await highlight(pilot, screen, "jobs")
        picker = await pick(pilot, "aluminium")
        assert picker.query_one(OptionList).get_option_at_index(0).id == ALUMINIUM
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        mine = [p for p in screen.proposals if p.subject == ALUMINIUM]
        assert {p.field for p in mine} >= {"jobs", "capacity", "status"}
        assert "name" not in {p.field for p in mine}  # a held record is not renamed so
        (jobs,) = [p for p in mine if p.field == "jobs"]
        assert jobs.conflicts == ["clm-prj-aluminium-jobs-direct"]  # 2 500 against 5 000
        shown = [str(o.prompt) for o in screen.query_one(OptionList).options]
        assert any(
            "jobs" in row and "conflict: clm-prj-aluminium-jobs-direct" in row for row in shown
        )
        await highlight(pilot, screen, "jobs", group=ALUMINIUM)
        await pilot.press("A")
        await pilot.pause()
        await written(pilot)
        snapshot = seeded_store.snapshot()
        assert made_projects(seeded_store, before) == []
        claims = [c for c in snapshot.tables["claims"].values() if c.source == source.id]
        assert {c.field for c in claims if c.subject == ALUMINIUM} >= {"jobs", "capacity"}
        assert not [c for c in claims if c.subject.startswith("prj-") and c.subject != ALUMINIUM]
        assert 2500 in [j.value for j in snapshot.tables["projects"][ALUMINIUM].jobs]


async def test_n_on_a_held_record_says_it_is_renamed_in_its_form(seeded_store: Store) -> None:
    app = BilatApp(seeded_store, poll=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        screen = await open_review(pilot)  # the seed's source: its records are held
        shown = [p.to_json() for p in screen.proposals]
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is screen
        assert "renamed in its own edit form" in screen_text(app)
        assert [p.to_json() for p in screen.proposals] == shown


async def test_each_new_record_is_headed_by_its_kinds_noun(seeded_store: Store) -> None:
    text = (
        "Le directeur général de la société, Karim Benali, a inauguré hier une usine de "
        "ciment à Sétif."
    )
    source = build_source(text, title="Sétif", published="2024-03-05", lang="fr")
    seeded_store.upsert(source)
    app = BilatApp(seeded_store, poll=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        await review(pilot, source)
        shown = screen_text(app)
        assert "New person: Karim Benali" in shown
        assert "New project: " in shown
        assert "New peopl" not in shown


async def test_the_edit_dialog_sits_in_the_middle_framed_as_the_others(
    seeded_store: Store,
) -> None:
    source = add_article(seeded_store)
    async with reviewing(seeded_store, source) as (app, pilot, screen):
        await highlight(pilot, screen, "jobs")
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NameRecordScreen)
        named = app.screen.query_one(Vertical)
        naming = (named.region, named.styles.border, named.styles.padding)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, EditValueScreen)
        box = app.screen.query_one(Vertical)
        middle_x = box.region.x + box.region.width / 2
        middle_y = box.region.y + box.region.height / 2
        assert abs(middle_x - 70) <= 2 and abs(middle_y - 20) <= 2, box.region
        assert box.styles.border == naming[1] and box.styles.padding == naming[2]
        assert box.region.width == naming[0].width


async def test_m_takes_a_wrongly_matched_group_out_of_the_held_record(
    seeded_store: Store,
) -> None:
    source = build_source(ELSEWHERE, title="Sohag", published="2024-03-05", lang="fr")
    seeded_store.upsert(source)
    before = set(seeded_store.snapshot().tables["projects"])
    held_rev = seeded_store.snapshot().tables["projects"][ALUMINIUM].rev
    async with reviewing(seeded_store, source) as (app, pilot, screen):
        await highlight(pilot, screen, "jobs", group=ALUMINIUM)  # the reader's match
        assert "conflict: clm-prj-aluminium-jobs-direct" in rows(screen)
        await pilot.press("a")  # taken before: kept
        await pilot.pause()
        await highlight(pilot, screen, "jobs", group=ALUMINIUM)
        picker = await pick(pilot, "")
        first = picker.query_one(OptionList).get_option_at_index(0)
        said = "Complexe de production d’aluminium écologique (décarboné)"
        assert str(first.prompt) == f"A new project named «{said}»"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert not [p for p in screen.proposals if p.group == ALUMINIUM]
        mine = [p for p in screen.proposals if p.group == first.id]
        assert {p.field for p in mine} >= {"name", "jobs", "location"}
        assert all(p.new is not None and p.new.name == said and not p.conflicts for p in mine)
        assert f"New project: {said}" in screen_text(app)
        assert "conflict:" not in rows(screen)
        jobs = next(i for i, p in enumerate(screen.proposals) if p.field == "jobs")
        assert screen.decided.get(jobs) is True
        record = await accepted_and_written(pilot, screen, seeded_store, before)
        snapshot = seeded_store.snapshot()
        assert record.name == {"fr": said}
        assert [j.value for j in record.jobs] == [3000]
        assert record.location is not None and record.location.country == "EG"
        claims = [c for c in snapshot.tables["claims"].values() if c.source == source.id]
        assert {c.field for c in claims if c.subject == record.id} >= {"name", "jobs", "location"}
        assert not [c for c in claims if c.subject == ALUMINIUM]
        assert snapshot.tables["projects"][ALUMINIUM].rev == held_rev


async def test_a_group_with_no_name_taken_out_is_named_with_n_then_written(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reader matched a figure to the held complex and proposed no name for it: `m`
    offers a new project the analyst names next, `n` names it, and `w` writes it so."""
    source = build_source(ELSEWHERE, title="Sohag", published="2024-03-05", lang="fr")
    seeded_store.upsert(source)
    said = "3 000 emplois directs"
    start = source.text.index(said)
    jobs = {"value": 3000, "unit": "jobs", "qualifier": "exact", "job_type": "direct"}
    matched = Proposal(
        ALUMINIUM, None, "jobs", jobs, said, start, start + len(said), 0.8,
        ["clm-prj-aluminium-jobs-direct"],
    )  # fmt: skip
    monkeypatch.setattr("bilat.store.extract.propose", lambda source, snapshot: [matched])
    before = set(seeded_store.snapshot().tables["projects"])
    held_rev = seeded_store.snapshot().tables["projects"][ALUMINIUM].rev
    async with reviewing(seeded_store, source) as (app, pilot, screen):
        await highlight(pilot, screen, "jobs", group=ALUMINIUM)
        picker = await pick(pilot, "")
        first = picker.query_one(OptionList).get_option_at_index(0)
        assert str(first.prompt) == "A new project (n names it then)"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert "conflict:" not in rows(screen)
        await highlight(pilot, screen, "jobs")
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NameRecordScreen)
        app.screen.query_one(Input).value = "Complexe d’aluminium de Sohag"
        await pilot.press("enter")
        await pilot.pause()
        assert "New project: Complexe d’aluminium de Sohag" in screen_text(app)
        record = await accepted_and_written(pilot, screen, seeded_store, before)
    snapshot = seeded_store.snapshot()
    assert record.name == {"fr": "Complexe d’aluminium de Sohag"}
    assert [j.value for j in record.jobs] == [3000]
    assert snapshot.tables["projects"][ALUMINIUM].rev == held_rev


async def test_n_offers_the_names_the_text_gives_and_w_writes_the_one_picked(
    seeded_store: Store,
) -> None:
    """ "un complexe sidérurgique à Béthioua … Le complexe": the dialog lists the names the
    text gives the plant under the box, the reader's first; ↓ moves to the next one, enter
    names the record with it, and w writes the record so named."""
    source = add_article(seeded_store)
    before = set(seeded_store.snapshot().tables["projects"])
    async with reviewing(seeded_store, source) as (app, pilot, screen):
        index = await highlight(pilot, screen, "jobs")
        group = screen.proposals[index].group
        await pilot.press("n")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, NameRecordScreen)
        names = dialog.query_one("#record-names", OptionList)
        listed = [str(names.get_option_at_index(i).prompt) for i in range(names.option_count)]
        assert listed[:2] == ["Complexe sidérurgique de Béthioua", "Complexe de Béthioua"]
        assert dialog.query_one(Input).has_focus
        await pilot.press("down")
        await pilot.pause()
        assert names.has_focus and names.highlighted == 1
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        mine = [p for p in screen.proposals if p.group == group]
        assert all(p.new is not None and p.new.name == "Complexe de Béthioua" for p in mine)
        record = await accepted_and_written(pilot, screen, seeded_store, before)
        assert record.name == {"fr": "Complexe de Béthioua"}
