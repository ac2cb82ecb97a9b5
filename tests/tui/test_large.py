"""Every feature behaves the same on a large database as on the seeds.

A few thousand generated projects (the benchmark generator: every script, hostile
names, claims with quotes), with the large-database paths forced on: the first
screen painted before claims and sources are read, the search index built in the
background, a detail's claims gathered in a thread. What the explorer shows is
compared with what the store computes the plain way, record by record.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import msgspec
import orjson
import pytest
from textual.worker import WorkerCancelled

import bilat.tui.screens.main as main_screen
from bilat.engine import Policy
from bilat.store import Snapshot, Store, saved_words
from bilat.store.present import COLUMNS
from bilat.store.query import parse_filter
from bilat.store.search import Search
from bilat.store.text import fold
from bilat.store.words import WordIndex
from bilat.tui import model as model_module
from bilat.tui.app import BilatApp
from bilat.tui.model import MARKS_COLUMN, MARKS_PENDING
from bilat.tui.screens.forms import ProjectForm
from bilat.tui.widgets import record_table
from bilat.tui.widgets.record_table import RecordTable
from bilat.tui.widgets.sector_tree import SectorTree

from .conftest import detail_text, pilot_test, press_save, row_ids, screen_lines
from .test_first_screen import slowed_first_snapshot

GENERATOR = Path(__file__).resolve().parents[2] / "bench" / "generate.py"
PROJECTS = 3000
SIZE = (160, 40)  # wide enough for the detail pane


@pytest.fixture(scope="module")
def large_db_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    spec = importlib.util.spec_from_file_location("bilat_bench_generate", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    folder = tmp_path_factory.mktemp("large")
    bundle = folder / "bundle.json"
    module.main(["--projects", str(PROJECTS), "--seed", "11", "-o", str(bundle)])
    db = folder / "large.json"
    Store.open(db).import_files([bundle])
    return db.read_bytes()


ALL_LARGE = Policy(
    lazy_above_bytes=0,
    saved_words_above_bytes=0,
    background_above_records=0,
    background_links_above_claims=0,
)


@pytest.fixture
def large_db(tmp_path: Path, large_db_bytes: bytes, monkeypatch: pytest.MonkeyPatch) -> Path:
    # Every threshold that switches the explorer to its large-database paths, at zero.
    monkeypatch.setattr(Store, "lazy_above_bytes", 0)
    monkeypatch.setattr(Store, "saved_words_above_bytes", 0)
    monkeypatch.setattr("bilat.engine.policy.POLICY", ALL_LARGE)
    path = tmp_path / "large.json"
    path.write_bytes(large_db_bytes)
    return path


def plain_select(snapshot: Snapshot, kind: str, text: str) -> list[str]:
    """The records a filter keeps, without the search index: each record tested alone."""
    resolved = snapshot.search.resolve(parse_filter(text))
    return [
        record_id
        for record_id in sorted(snapshot.tables[kind])
        if snapshot.search.matches(snapshot.tables[kind][record_id], resolved)
    ]


async def settle(pilot: Any) -> None:
    """Wait until no worker runs (one may be cancelled by a newer one of its group: a detail
    shown again gathers its claims afresh)."""
    for _ in range(50):
        try:
            await pilot.app.workers.wait_for_complete()
        except WorkerCancelled:
            continue
        await pilot.pause()
        if not any(worker.is_running for worker in pilot.app.workers):
            return
    raise AssertionError("the workers never settled")


@pilot_test
async def test_filters_sort_detail_and_save_at_a_few_thousand_projects(large_db: Path) -> None:
    store = Store.open(large_db)
    reference = Store.open(large_db).snapshot()
    assert len(reference.projects) == PROJECTS
    app = BilatApp(store, poll=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        shown = app.main.model.snapshot
        assert len(shown.claims) == len(reference.claims)
        assert row_ids(app, "projects") == sorted(reference.projects)

        # Filters: words (in names, places, quotes), qualifiers, both; each letter typed.
        table = app.main.query_one("#projects", RecordTable)
        for text in ("oran", "status:approved", "country:RU acier", "sector:steel", "إنتاج"):
            app.main.set_filter_text("")
            table.focus()
            await settle(pilot)
            await pilot.press("slash", *text)
            await settle(pilot)
            for kind in ("projects", "agreements"):
                assert row_ids(app, kind) == plain_select(reference, kind, text), (text, kind)
        await pilot.press("ctrl+u")
        await settle(pilot)
        assert row_ids(app, "projects") == sorted(reference.projects)

        # Sort by name: the folded names in order, ties in id order.
        table.focus()
        await pilot.press("s")
        await settle(pilot)
        name = COLUMNS["projects"][0]
        expected = sorted(
            sorted(reference.projects),
            key=lambda rid: fold(name.cell(reference, reference.projects[rid])),
        )
        assert row_ids(app, "projects") == expected

        # The detail of the highlighted project lists every claim about it.
        current = table.current_id
        assert current is not None
        text = detail_text(app)
        for claim in reference.claims_for(current):
            assert claim.id in text

        # A save through the form: written, shown, and found by the search right away.
        await pilot.press("e")
        form = app.screen
        assert isinstance(form, ProjectForm)
        form.query_one("#field-name-en Input").value = "Zyxwv test plant"  # type: ignore[attr-defined]
        await press_save(pilot)
        await settle(pilot)
        assert Store.open(large_db).get(current).name["en"] == "Zyxwv test plant"
        table.focus()
        await pilot.press("slash", *"zyxwv")
        await settle(pilot)
        assert row_ids(app, "projects") == [current]
        after = Store.open(large_db).snapshot()
        assert row_ids(app, "agreements") == plain_select(after, "agreements", "zyxwv")


@pilot_test
async def test_the_next_session_reads_the_words_the_first_one_saved(
    large_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reference = Store.open(large_db).snapshot()
    async with BilatApp(Store.open(large_db), poll=False).run_test(size=SIZE) as pilot:
        await settle(pilot)  # the words are built, then saved

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the second session built the word index again")

    monkeypatch.setattr(WordIndex, "build", refuse)
    # Before the records are checked (and before statuses and sectors are indexed), the
    # saved words answer a word and a phrase.
    release = threading.Event()
    store = Store.open(large_db)
    app = BilatApp(store, poll=False, first=slowed_first_snapshot(store, release))
    try:
        async with app.run_test(size=SIZE) as pilot:
            app.main.query_one("#projects", RecordTable).focus()
            await pilot.press("slash", *"oran")
            for _ in range(200):
                await pilot.pause(0.02)
                if not app.main.filter_pending and not app.main.index_building():
                    break
            assert store.checking
            for kind in ("projects", "agreements"):
                assert row_ids(app, kind) == plain_select(reference, kind, "oran")
            await pilot.press("ctrl+u", *'"oran f')
            await pilot.pause()
            assert plain_select(reference, "projects", '"oran f')  # some, not all
            for kind in ("projects", "agreements"):
                assert row_ids(app, kind) == plain_select(reference, kind, '"oran f')
            release.set()
            await settle(pilot)
            assert not store.checking
            for kind in ("projects", "agreements"):
                assert row_ids(app, kind) == plain_select(reference, kind, '"oran f')
    finally:
        release.set()


@pilot_test
async def test_after_edits_the_next_session_catches_the_saved_words_up(
    large_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Saves after the words were saved (a project renamed, one removed with its claims, a
    claim moved to another project, a project added): the next session brings the saved
    words up to date instead of building them, and answers as a plain scan does."""
    assert Store.open(large_db).index_words()
    writer = Store.open(large_db)
    snapshot = writer.snapshot()
    ids = snapshot.sorted_ids("projects")
    renamed = snapshot.projects[ids[10]]
    writer.upsert(msgspec.structs.replace(renamed, name={"en": "Zzqx works"}))
    writer.delete(ids[20], cascade=True)
    claim = snapshot.claims_for(ids[30])[0]
    writer.upsert(msgspec.structs.replace(claim, subject=ids[40], note="zzqx moved here"))
    writer.upsert(msgspec.structs.replace(snapshot.projects[ids[50]], id="prj-zzqx-new", rev=0))
    reference = Store.open(large_db).snapshot()
    monkeypatch.setattr(WordIndex, "build", lambda *a, **k: pytest.fail("built again"))
    async with BilatApp(Store.open(large_db), poll=False).run_test(size=SIZE) as pilot:
        await settle(pilot)
        app = pilot.app
        for text in ("zzqx", "oran", '"oran f', fold(claim.quote.split()[0])):
            app.main.query_one("#projects", RecordTable).focus()
            await pilot.press("slash", "ctrl+u", *text, "enter")
            await settle(pilot)
            for kind in ("projects", "agreements"):
                assert row_ids(app, kind) == plain_select(reference, kind, text), text
    zzqx = plain_select(reference, "projects", "zzqx")
    assert {ids[10], ids[40], "prj-zzqx-new"} <= set(zzqx)


@pilot_test
async def test_a_file_indexed_in_the_foreground_still_reads_the_saved_words(
    large_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between 8 MB and 20,000 projects and agreements the explorer counts and indexes as it
    goes; the words `bilat import` saved beside the file are read all the same."""
    monkeypatch.setattr(
        "bilat.engine.policy.POLICY", replace(ALL_LARGE, background_above_records=10**9)
    )
    assert Store.open(large_db).index_words()
    reference = Store.open(large_db).snapshot()
    monkeypatch.setattr(WordIndex, "build", lambda *a, **k: pytest.fail("built again"))
    async with BilatApp(Store.open(large_db), poll=False).run_test(size=SIZE) as pilot:
        await settle(pilot)
        app = pilot.app
        app.main.query_one("#projects", RecordTable).focus()
        await pilot.press("slash", *"oran", "enter")
        await settle(pilot)
        assert row_ids(app, "projects") == plain_select(reference, "projects", "oran")


@pilot_test
async def test_after_a_slow_filter_keys_typed_meanwhile_are_filtered_once(
    large_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every filter counts as slow: each keystroke is painted first, then one filter runs for
    all the keys that arrived (the rows are those of the whole word, never of a prefix)."""
    monkeypatch.setattr(main_screen, "SLOW_FILTER_SECONDS", 0.0)
    reference = Store.open(large_db).snapshot()
    calls: list[str] = []
    refresh = main_screen.MainScreen._refresh_tables

    def counted(screen: Any) -> None:
        calls.append(screen.model.filter.text)
        refresh(screen)

    monkeypatch.setattr(main_screen.MainScreen, "_refresh_tables", counted)
    async with BilatApp(Store.open(large_db), poll=False).run_test(size=SIZE) as pilot:
        await settle(pilot)
        app = pilot.app
        app.main.query_one("#projects", RecordTable).focus()
        await pilot.press("slash", "o")
        await settle(pilot)
        calls.clear()
        await pilot.press(*"ran")
        await settle(pilot)
        assert calls and calls[-1] == "oran" and len(calls) <= 3
        for kind in ("projects", "agreements"):
            assert row_ids(app, kind) == plain_select(reference, kind, "oran")


@pilot_test
async def test_a_filter_works_out_the_marks_of_the_lines_drawn_not_of_every_row_measured(
    large_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A table's worker measures its first rows for the columns' widths, and works out the
    marks (each compares a record's sources) only of the lines it draws: every line on
    screen shows its marks, worked out in the worker."""
    worked_out: list[str] = []
    real = model_module.marks_of

    def counted(snapshot: Snapshot, record: Any) -> Any:
        worked_out.append(record.id)
        return real(snapshot, record)

    monkeypatch.setattr(model_module, "marks_of", counted)
    async with BilatApp(Store.open(large_db), poll=False).run_test(size=SIZE) as pilot:
        await settle(pilot)
        app = pilot.app
        worked_out.clear()
        await pilot.press("slash", "o")  # rows not drawn before, more than are measured
        await settle(pilot)
        projects = app.main.query_one("#projects", RecordTable)
        assert len(projects.rows) > record_table.MEASURED_ROWS
        lines = 0
        for kind in ("projects", "agreements"):
            widget = app.main.query_one(f"#{kind}", RecordTable)
            height = widget.scrollable_content_region.height
            assert all(row.lengths for row in widget.rows[: record_table.MEASURED_ROWS])
            for row in widget.rows[: height - 1]:
                assert row.cells[MARKS_COLUMN] != MARKS_PENDING
            lines += height
        assert 0 < len(worked_out) <= lines


def test_compact_saves_the_search_index_for_the_first_session(
    large_db: Path, run_bilat: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`bilat compact` (and `bilat import`) on a file of 8 MB or more leave its word index
    beside it: the first session answers a word without building it."""
    assert large_db.stat().st_size >= 8 << 20  # the real threshold: another process
    done = run_bilat("compact", db=large_db)
    assert done.returncode == 0, done.stderr
    assert "search index saved" in done.stderr
    assert saved_words.beside(str(large_db)).exists()
    monkeypatch.setattr(WordIndex, "build", lambda *a, **k: pytest.fail("built again"))
    store = Store.open(large_db)
    first = store.first_snapshot()
    assert store.load_saved_words(first)
    reference = Store.open(large_db).snapshot()
    assert first.select_ids("projects", parse_filter("oran")) == plain_select(
        reference, "projects", "oran"
    )
    again = run_bilat("compact", db=large_db)  # a new file: indexed again
    assert "search index saved" in again.stderr


def test_list_and_show_read_a_large_file_as_the_explorer_does(
    large_db: Path, run_bilat: Any
) -> None:
    """From 8 MB on, `bilat list` and `bilat show` leave the records in the file (a third of
    the memory at 100,000 projects) and print what reading it whole prints."""
    assert large_db.stat().st_size >= 8 << 20
    whole = Store.open(large_db)
    snapshot = whole.snapshot()
    project = snapshot.sorted_ids("projects")[7]
    listed = run_bilat("list", "projects", "--format", "csv", db=large_db)
    assert listed.returncode == 0, listed.stderr
    rows = list(csv.reader(io.StringIO(listed.stdout)))
    assert [row[0] for row in rows[1:]] == snapshot.sorted_ids("projects")
    shown = run_bilat("show", project, "--format", "json", db=large_db)
    assert shown.returncode == 0, shown.stderr
    document = orjson.loads(shown.stdout)
    assert document["record"]["id"] == project
    claims = [claim.id for claim in snapshot.claims_for(project)]
    assert claims and [claim["id"] for claim in document["claims"]] == claims
    searched = run_bilat("list", "agreements", "--search", "oran", "--format", "json", db=large_db)
    found = [record["id"] for record in orjson.loads(searched.stdout)]
    assert found == plain_select(snapshot, "agreements", "oran")


def test_list_names_a_damaged_record_it_reads(large_db: Path, run_bilat: Any) -> None:
    data = orjson.loads(large_db.read_bytes())
    project_id = sorted(data["projects"])[100]
    data["projects"][project_id]["status"] = 7
    large_db.write_bytes(orjson.dumps(data))
    before = large_db.read_bytes()
    listed = run_bilat("list", "projects", "--format", "csv", db=large_db)
    assert listed.returncode == 1
    assert project_id in listed.stderr and "damaged" in listed.stderr
    assert large_db.read_bytes() == before


def test_the_generated_database_is_valid(large_db: Path) -> None:
    store = Store.open(large_db)
    assert store.check() == []
    project = next(iter(store.snapshot().projects.values()))
    assert msgspec.to_builtins(project)["id"] == project.id


@pilot_test
async def test_qualifiers_answer_before_the_text_index_is_built(
    large_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Statuses and sectors are indexed first: they filter while words still wait."""
    import threading

    release = threading.Event()
    real_search_words = Search.search_words

    def slow_search_words(search: Search, record_id: str, *args: Any) -> set[str]:
        release.wait(120)
        return real_search_words(search, record_id, *args)

    monkeypatch.setattr(Search, "search_words", slow_search_words)
    reference = Store.open(large_db).snapshot()
    app = BilatApp(Store.open(large_db), poll=False)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(200):  # until the statuses, sectors, countries and parties are in
            await pilot.pause(0.02)
            index = app.main.model.snapshot.search.index_if_made
            if index is not None and index.ready(parse_filter("status:approved")):
                break
        table = app.main.query_one("#projects", RecordTable)
        table.focus()
        await pilot.press("slash", *"status:approved")
        await pilot.pause()
        assert row_ids(app, "projects") == plain_select(reference, "projects", "status:approved")
        await pilot.press("space", *"oran")
        await pilot.pause()
        shown = "\n".join(screen_lines(app))
        release.set()  # before any assertion: a failing one must not leave the worker waiting
        # Words wait for the claims (read after the first screen), then for their index.
        assert "indexing text…" in shown or "reading the claims…" in shown, shown[:400]
        await settle(pilot)
        assert row_ids(app, "projects") == plain_select(
            reference, "projects", "status:approved oran"
        )


@pilot_test
async def test_opening_a_record_before_its_claims_are_gathered_waits_in_a_thread(
    large_db: Path,
) -> None:
    """The screen is not frozen meanwhile: the detail opens once the claims are grouped."""
    from bilat.tui.screens.detail import DetailScreen

    app = BilatApp(Store.open(large_db), poll=False)
    async with app.run_test(size=SIZE) as pilot:
        snapshot = app.main.model.snapshot
        assert not snapshot.links.ready
        table = app.main.query_one("#projects", RecordTable)
        table.focus()
        first = table.current_id
        app.open_record(first)  # what enter does on the table
        assert not isinstance(app.screen, DetailScreen)  # not opened with the links missing
        await settle(pilot)
        assert isinstance(app.screen, DetailScreen) and app.screen.record_id == first
        assert snapshot.links.ready


@pilot_test
async def test_the_sector_counts_stay_and_follow_a_save_on_a_large_database(
    large_db: Path,
) -> None:
    """Counted in the background once; after a save, counted again at once from the index's
    columns (mended by the change), not left off until the next session."""
    app = BilatApp(Store.open(large_db), poll=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        tree = app.main.query_one(SectorTree)
        counts = app.session.sector_counts(app.main.model.snapshot)
        sector, (projects, _) = next((s, c) for s, c in sorted(counts.items()) if c[0])
        assert f"{projects}·" in str(tree_label(tree, sector))
        moved = next(
            p
            for p in app.main.model.snapshot.select("projects")
            if sector not in {ref.sector for ref in p.sectors}
            and not any(c.sector == sector for c in p.components)
        )
        first = msgspec.structs.replace(moved.sectors[0], sector=sector)
        app.store.upsert(msgspec.structs.replace(moved, sectors=[first]), expected_rev=moved.rev)
        app.reload()
        await settle(pilot)
        assert f"{projects + 1}·" in str(tree_label(tree, sector))


def tree_label(tree: SectorTree, sector_id: str) -> object:
    def walk(node: Any) -> Any:
        if node.data == sector_id:
            return node
        for child in node.children:
            found = walk(child)
            if found is not None:
                return found
        return None

    node = walk(tree.root)
    assert node is not None, sector_id
    return node.label


def test_copy_reads_a_large_source_lazily_and_saves_the_targets_index(
    large_db: Path, tmp_path: Path, run_bilat: Any
) -> None:
    """`bilat copy` of a file of 8 MB or more, under the engine's policy as every command:
    the target's layout is saved as it is written and its words indexed after."""
    target = tmp_path / "copy.json"
    done = run_bilat("copy", large_db, target)
    assert done.returncode == 0, done.stderr
    assert "search index saved" in done.stderr
    assert saved_words.beside(str(target)).exists()
    assert target.with_name(target.name + ".layout").exists()


@pilot_test
async def test_after_a_save_the_row_lands_in_its_sorted_place_with_the_cursor_on_it(
    large_db: Path,
) -> None:
    """A table sorted by name, a record renamed through the form: once saved, the row is
    where the new name sorts (the order of the others kept, ties in id order), the cursor
    still on it; undone, it goes back. The rows are made ready in a worker (a large
    database), shown when ready."""
    app = BilatApp(Store.open(large_db), poll=False)
    name = COLUMNS["projects"][0]

    def by_name(snapshot: Snapshot) -> list[str]:
        return sorted(
            sorted(snapshot.projects),
            key=lambda rid: fold(name.cell(snapshot, snapshot.projects[rid])),
        )

    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.main.query_one("#projects", RecordTable)
        table.focus()
        await pilot.press("s")
        await settle(pilot)
        before = Store.open(large_db).snapshot()
        assert row_ids(app, "projects") == by_name(before)
        await pilot.press("pagedown", "down")  # a record away from the first screen
        edited = table.current_id
        assert edited is not None
        await pilot.press("e")
        form = app.screen
        assert isinstance(form, ProjectForm)
        form.query_one("#field-name-en Input").value = "Aaaa renamed first"  # type: ignore[attr-defined]
        await press_save(pilot)
        await settle(pilot)
        after = Store.open(large_db).snapshot()
        assert after.projects[edited].name["en"] == "Aaaa renamed first"
        assert row_ids(app, "projects") == by_name(after)
        assert table.current_id == edited
        assert table.sort_column == 0

        await pilot.press("u")  # undone: back among the others, in its old place
        await settle(pilot)
        for _ in range(100):
            await pilot.pause(0.05)
            if not table.preparing and row_ids(app, "projects") == by_name(before):
                break
        assert row_ids(app, "projects") == by_name(before)
        assert table.current_id == edited
