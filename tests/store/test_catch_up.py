"""A saved word index brought up to the journal written since answers exactly as an index
built afresh: each kind of change, changes before and after it was saved, and the cases
where it must be built again instead."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import msgspec
import pytest

from bilat.store import Claim, Project, Store
from bilat.store.query import parse_filter
from bilat.store.words import WordIndex

FILTERS = ("oran", "zzqx", "alum", "emplois", "a", '"ain temouchent"', "status:approved alum")


@pytest.fixture(autouse=True)
def small_files_count(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Store, "saved_words_above_bytes", 0)


def save_index(path: Path) -> None:
    store = Store.open(path)
    store.snapshot().search.index.build()
    assert store.save_words(store.snapshot())


def built_afresh(path: Path) -> tuple[dict[str, dict[str, set[str]]], dict[str, list[str]]]:
    """Each kind's words by record, and the answers to FILTERS, from an index built now."""
    snapshot = Store.open(path).snapshot()
    snapshot.search.index.build()
    words = {kind: index.words_by_id() for kind, index in snapshot.search.index.words().items()}
    return words, answers(snapshot)


def answers(snapshot: object) -> dict[str, list[str]]:
    return {
        f"{kind} {text}": snapshot.select_ids(kind, parse_filter(text))  # type: ignore[attr-defined]
        for text in FILTERS
        for kind in ("projects", "agreements")
    }


def caught_up(path: Path, monkeypatch: pytest.MonkeyPatch) -> object:
    """A first screen's snapshot (records left in the file) given the saved index."""
    with monkeypatch.context() as patch:
        patch.setattr(WordIndex, "build", lambda *a, **k: pytest.fail("built, not caught up"))
        store = Store.open(path)
        first = store.first_snapshot(min_bytes=0)
        assert store.load_saved_words(first)
        words = {kind: index.words_by_id() for kind, index in first.search.index.words().items()}
    return words, answers(first)


def a_project(store: Store) -> Project:
    return store.get("prj-dz-ain-temouchent-aluminium-complex")  # type: ignore[return-value]


def a_claim_on(store: Store, subject: str) -> Claim:
    return store.claims_for(subject)[0]  # type: ignore[no-any-return]


def rename_project(store: Store) -> None:
    project = a_project(store)
    store.upsert(msgspec.structs.replace(project, name={"en": "Renamed zzqx"}))


def move_claim(store: Store) -> None:
    """A quote leaves one project for another: the first loses its words, the second gains."""
    project = a_project(store)
    other = next(p for p in store.select("projects") if p.id != project.id)
    claim = next(c for c in store.claims_for(project.id) if "emplois" in c.quote)
    store.upsert(msgspec.structs.replace(claim, subject=other.id))


def remove_claim(store: Store) -> None:
    claim = next(c for c in store.claims_for(a_project(store).id) if "emplois" in c.quote)
    store.delete(claim.id)


def edit_quote_note(store: Store) -> None:
    claim = a_claim_on(store, a_project(store).id)
    store.upsert(msgspec.structs.replace(claim, note="zzqx noted"))


def add_project(store: Store) -> None:
    store.upsert(Project(id="prj-aaa-zzqx-first", name={"en": "Zzqx plant at Oran"}))
    store.upsert(Project(id="prj-zzz-last", name={"en": "Last zzqx"}, status="approved"))


def remove_project(store: Store) -> None:
    store.delete(a_project(store).id, cascade=True)


def edit_agreement(store: Store) -> None:
    agreement = store.select("agreements")[0]
    store.upsert(msgspec.structs.replace(agreement, notes="zzqx in the margin"))


def edit_source(store: Store) -> None:
    source = store.select("sources")[0]
    store.upsert(msgspec.structs.replace(source, publisher="zzqx press"))


WRITES: dict[str, Callable[[Store], None]] = {
    "project renamed": rename_project,
    "claim moved": move_claim,
    "claim removed": remove_claim,
    "claim note": edit_quote_note,
    "projects added": add_project,
    "project removed": remove_project,
    "agreement edited": edit_agreement,
    "source edited": edit_source,
}


@pytest.mark.parametrize("name", WRITES)
def test_caught_up_after_a_write_answers_as_built_afresh(
    seeded_path: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_index(seeded_path)
    WRITES[name](Store.open(seeded_path))
    assert caught_up(seeded_path, monkeypatch) == built_afresh(seeded_path)


def test_writes_before_and_after_it_was_saved(
    seeded_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Saved mid-journal: a claim moved before it, and moved back after it, is taken out
    of the subject it was on when the index was saved, not the file's."""
    store = Store.open(seeded_path)
    rename_project(store)
    move_claim(store)
    save_index(seeded_path)
    store = Store.open(seeded_path)
    claim = next(c for c in store.select("claims") if "emplois" in c.quote)
    store.upsert(msgspec.structs.replace(claim, subject=a_project(store).id, field="jobs"))
    add_project(store)
    edit_quote_note(store)
    assert caught_up(seeded_path, monkeypatch) == built_afresh(seeded_path)


def test_then_the_session_goes_on_mending_it(
    seeded_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_index(seeded_path)
    add_project(Store.open(seeded_path))
    store = Store.open(seeded_path)
    first = store.first_snapshot(min_bytes=0)
    assert store.load_saved_words(first)
    first.search.index.build(text=False)
    move_claim(store)
    remove_project(store)
    now = store.snapshot()
    assert now is not first
    assert answers(now) == built_afresh(seeded_path)[1]


def rename_sector_and_org(store: Store) -> None:
    """Names that are words of many records (every project in the sector, every record the
    organisation is a party to)."""
    sector = store.get("sec-aluminium")
    store.upsert(msgspec.structs.replace(sector, name={"en": "Zzqx metals"}))
    org = store.select("orgs")[0]
    store.upsert(msgspec.structs.replace(org, name={"en": "Zzqx ministry"}))


def test_a_renamed_sector_or_organisation_is_caught_up(
    seeded_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_index(seeded_path)
    rename_sector_and_org(Store.open(seeded_path))
    assert caught_up(seeded_path, monkeypatch) == built_afresh(seeded_path)
    assert built_afresh(seeded_path)[1]["projects zzqx"]


def test_a_journal_that_does_not_continue_the_saved_one_builds_it_again(
    seeded_path: Path,
) -> None:
    """Saved after one write; then the journal is folded in and written afresh: the bytes
    the index was saved at are not the start of the journal any more."""
    store = Store.open(seeded_path)
    rename_project(store)
    save_index(seeded_path)
    store.compact()
    edit_agreement(Store.open(seeded_path))
    fresh = Store.open(seeded_path)
    assert not fresh.load_saved_words(fresh.first_snapshot(min_bytes=0))


def test_a_journal_rewritten_under_the_same_length_builds_it_again(seeded_path: Path) -> None:
    store = Store.open(seeded_path)
    rename_project(store)
    save_index(seeded_path)
    journal = seeded_path.with_name(seeded_path.name + ".journal")
    data = journal.read_bytes()
    journal.write_bytes(data.replace(b"Renamed zzqx", b"Renamed qqqq"))
    fresh = Store.open(seeded_path)
    snapshot = fresh.first_snapshot(min_bytes=0)
    assert not fresh.load_saved_words(snapshot)
    assert snapshot.select_ids("projects", parse_filter("qqqq")) == [a_project(fresh).id]


# -- the columns saved with the words: statuses, sectors, countries, parties, links ---------


def columns_afresh(path: Path) -> dict[str, object]:
    snapshot = Store.open(path).snapshot()
    snapshot.search.index.build(text=False)
    return {
        kind: snapshot.search.index.kinds[kind].columns() for kind in ("projects", "agreements")
    }


def columns_caught_up(path: Path) -> dict[str, object]:
    store = Store.open(path)
    first = store.first_snapshot(min_bytes=0)
    assert store.load_saved_words(first)
    index = first.search.index
    assert all(index.kinds[kind].structured for kind in ("projects", "agreements"))
    return {kind: index.kinds[kind].columns() for kind in ("projects", "agreements")}


def moved_sectors(store: Store) -> None:
    project = a_project(store)
    primary = msgspec.structs.replace(project.sectors[0], sector="sec-tourism")
    store.upsert(msgspec.structs.replace(project, sectors=[primary]))


def linked_from_the_project(store: Store) -> None:
    project = a_project(store)
    others = [a for a in store.snapshot().sorted_ids("agreements") if a not in project.agreements]
    store.upsert(msgspec.structs.replace(project, agreements=[*project.agreements, others[0]]))


def unlinked_from_the_agreement(store: Store) -> None:
    agreement = next(a for a in store.select("agreements") if a.projects)
    store.upsert(msgspec.structs.replace(agreement, projects=[]))


def org_moved_country(store: Store) -> None:
    org = next(
        o
        for o in store.select("orgs")
        if any(p.org == o.id for r in store.select("projects") for p in r.parties)
        or any(p.org == o.id for r in store.select("agreements") for p in r.parties)
    )
    store.upsert(msgspec.structs.replace(org, country="FR"))


def project_added_and_one_removed(store: Store) -> None:
    agreement = store.select("agreements")[0]
    store.upsert(
        Project(
            id="prj-aaa-new",
            name={"en": "New"},
            sectors=[a_project(store).sectors[0]],
            status="approved",
            agreements=[agreement.id],
        )
    )
    gone = next(p for p in store.select("projects") if p.id != "prj-aaa-new")
    store.delete(gone.id, cascade=True)  # its claims, and its links from agreements


@pytest.mark.parametrize(
    "write",
    [
        moved_sectors,
        linked_from_the_project,
        unlinked_from_the_agreement,
        org_moved_country,
        project_added_and_one_removed,
    ],
)
def test_saved_columns_caught_up_are_those_built_afresh(
    seeded_path: Path, write: Callable[[Store], None]
) -> None:
    save_index(seeded_path)
    write(Store.open(seeded_path))
    assert columns_caught_up(seeded_path) == columns_afresh(seeded_path)
