"""Sorting the tables: `s` cycles the column, `S` reverses, a header click sorts; stable."""

from __future__ import annotations

import threading
from collections.abc import Callable
from operator import itemgetter

import pytest
from textual.pilot import Pilot

from bilat.store.models import Project
from bilat.store.store import Store
from bilat.tui.app import BilatApp
from bilat.tui.widgets.filter_bar import FilterInput
from bilat.tui.widgets.record_table import (
    LazyRows,
    PickedRows,
    RecordTable,
    RowMaker,
    TableRow,
    ordered_rows,
)

from .conftest import (
    ALL_AGREEMENTS,
    ALL_PROJECTS,
    ALUMINIUM,
    ANTICANCER,
    SECOND_COMPLEX,
    row_ids,
    table,
    table_lines,
)


def header_cells(widget: RecordTable) -> dict[int, str]:
    """The header's text cut into the columns drawn (as wide as the table draws them)."""
    header = widget.render_line(0).text
    cells, x = {}, 0
    for index, width in widget.column_layout().cells:
        cells[index] = header[x : x + width].strip()
        x += width + 1
    return cells


def column(widget: RecordTable, key: str) -> int:
    return next(i for i, c in enumerate(widget.columns) if c.key == key)


# Project columns, most wanted first: Name, Mark, Status, Jobs, Capacity, Key date, Where,
# Sectors, Investment.
BY_NAME = [ALUMINIUM, ANTICANCER, SECOND_COMPLEX]  # Ecological…, First…, Second…
BY_SECTORS = [ALUMINIUM, SECOND_COMPLEX, ANTICANCER]  # Aluminium…, Heavy…, Pharma…
BY_WHERE = [ANTICANCER, SECOND_COMPLEX, ALUMINIUM]  # "", "", "Ain Temouchent": ties by id
BY_STATUS = [ALUMINIUM, SECOND_COMPLEX, ANTICANCER]  # approved, approved, construction
BY_JOBS = [ANTICANCER, SECOND_COMPLEX, ALUMINIUM]  # none, none, 5 000


async def test_s_cycles_the_sort_column_and_S_reverses(app: BilatApp) -> None:
    async with app.run_test(size=(200, 40)) as pilot:
        await pilot.pause()
        projects = table(app, "projects")
        assert projects.sort_column is None
        assert row_ids(app, "projects") == ALL_PROJECTS  # id order before any sort
        expected = {0: BY_NAME, 2: BY_STATUS, 3: BY_JOBS, 6: BY_WHERE, 7: BY_SECTORS}
        assert [projects.columns[i].key for i in expected] == [
            "name",
            "status",
            "jobs",
            "where",
            "sectors",
        ]
        for index in range(len(projects.columns)):
            await pilot.press("s")
            assert projects.sort_column == index
            assert not projects.sort_reverse
            if index in expected:
                assert row_ids(app, "projects") == expected[index], index
            while index not in header_cells(projects):
                await pilot.press("l")  # scrolled sideways to it
            cell = header_cells(projects)[index]
            # The mark stays even where the title must be shortened to fit.
            assert cell.endswith(" ▲"), cell
            assert cell.startswith(projects.columns[index].title[:3]), cell
            assert table_lines(app, "projects")[0].count("▲") == 1
        await pilot.press("s")  # wraps round to the first column
        assert projects.sort_column == 0
        assert row_ids(app, "projects") == BY_NAME

        await pilot.press("S")
        assert projects.sort_reverse
        assert row_ids(app, "projects") == list(reversed(BY_NAME))
        assert header_cells(projects)[0] == "Name ▼"
        await pilot.press("S")
        assert not projects.sort_reverse
        assert row_ids(app, "projects") == BY_NAME
        # The other table keeps its own order.
        assert row_ids(app, "agreements") == ALL_AGREEMENTS


async def test_sorting_is_stable_and_reverse_keeps_ties_in_id_order(app: BilatApp) -> None:
    async with app.run_test(size=(200, 40)) as pilot:
        await pilot.pause()
        projects = table(app, "projects")
        await pilot.press("s", "s", "s")  # Status: approved, approved, construction
        assert projects.sort_column == column(projects, "status")
        assert row_ids(app, "projects") == BY_STATUS
        await pilot.press("S")
        # Reversed, the two "approved" rows keep their id order.
        assert row_ids(app, "projects") == [ANTICANCER, ALUMINIUM, SECOND_COMPLEX]
        # Sorting again by the same keys gives the same order.
        again = list(projects.rows)
        projects.sort_by(column(projects, "status"), True)
        assert list(projects.rows) == again


async def test_the_cursor_stays_on_its_record_when_the_order_changes(app: BilatApp) -> None:
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        projects = table(app, "projects")
        await pilot.press("j")
        assert projects.current_id == ANTICANCER
        await pilot.press(*["s"] * (column(projects, "sectors") + 1))
        # by sectors: the anticancer plants move to the end
        assert row_ids(app, "projects")[-1] == ANTICANCER
        assert projects.cursor_row == 2
        assert projects.current_id == ANTICANCER
        assert app.main.query_one("#detail").record_id == ANTICANCER


async def test_filtering_keeps_the_sort_and_the_cursor(app: BilatApp) -> None:
    """A filtered table shows the sorted table's order without the rows that went away."""
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        projects = table(app, "projects")
        box = app.main.query_one(FilterInput)
        for reverse, order in ((False, BY_STATUS), (True, [ANTICANCER, ALUMINIUM, SECOND_COMPLEX])):
            # Status: approved, approved, construction
            projects.sort_by(column(projects, "status"), reverse)
            projects.cursor_row = order.index(SECOND_COMPLEX)
            kept = True
            for text in ("complex", "heavy", "a", "zzz", "", "complex", "pharma", ""):
                box.value = text
                shown = row_ids(app, "projects")
                assert shown == [p for p in order if p in shown], (reverse, text)
                # The cursor stays on its record for as long as the record stays in view.
                kept = kept and SECOND_COMPLEX in shown
                assert kept == (projects.current_id == SECOND_COMPLEX), (reverse, text)
            assert row_ids(app, "projects") == order
            box.value = "complex"
            # Ties (two "approved") stay in id order both ways.
            assert row_ids(app, "projects") == [ALUMINIUM, SECOND_COMPLEX]
            box.value = ""
        # The table sorted copies: the rows the explorer hands every filter (and the table
        # itself, unfiltered) are still in id order.
        every = app.main.model.every_row("projects")
        assert [row.record_id for row in every] == ALL_PROJECTS
        projects.sort_by(None)
        assert row_ids(app, "projects") == ALL_PROJECTS
        await pilot.pause()
        assert app.is_running


async def test_the_agreements_table_sorts_on_its_own(app: BilatApp) -> None:
    async with app.run_test(size=(200, 40)) as pilot:
        await pilot.pause()
        await pilot.press("tab", "s")
        agreements = table(app, "agreements")
        titles = [row.cells[0] for row in agreements.rows]
        assert titles == sorted(titles, key=str.casefold)
        assert table(app, "projects").sort_column is None
        status = column(agreements, "status")
        await pilot.press(*["s"] * status)
        assert agreements.sort_column == status
        statuses = [row.cells[status] for row in agreements.rows]
        assert statuses == sorted(statuses)


async def test_clicking_a_header_sorts_and_clicking_again_reverses(app: BilatApp) -> None:
    async with app.run_test(size=(200, 40)) as pilot:
        await pilot.pause()
        projects = table(app, "projects")
        header = table_lines(app, "projects")[0]
        # Offsets inside the widget: one cell of border, then the header line.
        status_x = 1 + header.index("Status")
        status, jobs = column(projects, "status"), column(projects, "jobs")
        await pilot.click(projects, offset=(status_x, 1))
        assert projects.sort_column == status
        assert not projects.sort_reverse
        assert row_ids(app, "projects") == BY_STATUS
        await pilot.click(projects, offset=(status_x, 1))
        assert projects.sort_column == status
        assert projects.sort_reverse
        await pilot.click(projects, offset=(1 + header.index("Jobs"), 1))
        assert projects.sort_column == jobs
        assert not projects.sort_reverse
        assert row_ids(app, "projects") == BY_JOBS
        # Clicking the border sorts nothing.
        await pilot.click(projects, offset=(status_x, 0))
        assert projects.sort_column == jobs


async def test_clicking_a_row_moves_the_cursor_and_double_click_opens(app: BilatApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        projects = table(app, "projects")
        # Row y=2 in the widget is the first record (border, header, rows).
        await pilot.click(projects, offset=(3, 3))
        assert projects.current_id == ANTICANCER
        await pilot.click(projects, offset=(3, 2))
        assert projects.current_id == ALUMINIUM
        await pilot.click(projects, offset=(3, 4), times=2)
        await pilot.pause()
        assert getattr(app.screen, "record_id", None) == SECOND_COMPLEX


async def test_sorting_an_empty_table_does_nothing_harmful(
    empty_store: Store,
) -> None:
    app = BilatApp(empty_store, poll=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("s", "S", "enter", "o", "j", "G", "pagedown")
        await pilot.click(table(app, "projects"), offset=(3, 1))
        await pilot.click(table(app, "projects"), offset=(3, 3), times=2)
        assert app.is_running
        assert row_ids(app, "projects") == []


async def test_sort_keys_are_numbers_and_dates_not_text(
    seeded_store: Store,
) -> None:
    """Jobs sort by their number (9 before 10 000), keyless rows first ascending."""
    from bilat.store.models import JobCount

    seeded_store.upsert_many(
        [
            Project(id="prj-a-small", name={"en": "Small"}, jobs=[JobCount(value=9)]),
            Project(id="prj-b-big", name={"en": "Big"}, jobs=[JobCount(value=10000)]),
        ]
    )
    app = BilatApp(seeded_store, poll=False)
    async with app.run_test(size=(200, 40)) as pilot:
        await pilot.pause()
        projects = table(app, "projects")
        projects.sort_by(column(projects, "jobs"))
        assert row_ids(app, "projects") == [
            ANTICANCER,
            SECOND_COMPLEX,
            "prj-a-small",
            ALUMINIUM,
            "prj-b-big",
        ]


async def sorted_in_worker(pilot: Pilot[None], widget: RecordTable) -> None:
    """Wait (generously) until the table shows the sort asked for."""
    for _ in range(500):
        await pilot.pause(0.01)
        if not widget.preparing:
            return
    raise AssertionError("the sort never came")


async def test_a_large_table_sorts_in_a_worker_and_keeps_the_cursor_on_its_record(
    app: BilatApp,
) -> None:
    """Past the policy's row count, a sort runs off the event loop: the rows are shown in
    their new order once sorted, the cursor on the record it was on, and `s` pressed
    meanwhile moves on to the next column (the last one asked for wins)."""
    async with app.run_test(size=(200, 40)) as pilot:
        await pilot.pause()
        projects = table(app, "projects")
        projects.sort_in_worker_above = 0  # every table is large
        projects.focus()
        await pilot.press("end")
        assert projects.current_id == SECOND_COMPLEX
        release = threading.Event()
        original = TableRow.sort_key

        def held(row: TableRow, index: int) -> object:
            if threading.current_thread() is not threading.main_thread():
                assert release.wait(30)
            return original(row, index)

        sectors = next(i for i, c in enumerate(projects.columns) if c.key == "sectors")
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(TableRow, "sort_key", held)
            projects.sort_by(sectors)
            await pilot.pause()
            # Still sorting: the rows and the header are the last ones, the screen answers.
            assert projects.preparing
            assert projects.sort_column is None
            assert row_ids(app, "projects") == ALL_PROJECTS
            release.set()
            await sorted_in_worker(pilot, projects)
        assert projects.sort_column == sectors
        assert row_ids(app, "projects") == BY_SECTORS
        assert projects.current_id == SECOND_COMPLEX  # moved with its record
        assert projects.cursor_row == BY_SECTORS.index(SECOND_COMPLEX)

        await pilot.press("s", "s", "s")  # three sorts asked at once: the last wins
        await sorted_in_worker(pilot, projects)
        shown = projects.shown
        assert projects.sort_column == shown[(shown.index(sectors) + 3) % len(shown)]
        assert projects.current_id == SECOND_COMPLEX

        projects.sort_by(0)
        await sorted_in_worker(pilot, projects)
        await pilot.press("S")
        await sorted_in_worker(pilot, projects)
        assert projects.sort_column == 0 and projects.sort_reverse
        assert row_ids(app, "projects") == list(reversed(BY_NAME))
        assert projects.current_id == SECOND_COMPLEX
        assert header_cells(projects)[0] == "Name ▼"


@pytest.mark.parametrize("reverse", [False, True])
def test_a_sorted_order_after_a_change_is_what_sorting_again_gives(reverse: bool) -> None:
    """After a write the rows are carried to the new snapshot (unchanged records keep their
    rows): the last sort's order is patched, the changed, added and removed rows moved, and
    it is what a sort from scratch gives (equal keys in id order, both directions)."""
    names = {f"r{i:03d}": f"name {i % 7}" for i in range(60)}
    maker = RowMaker([lambda record: record["name"]], [None])

    def rows_of(table: dict[str, dict[str, str]]) -> LazyRows:
        return LazyRows(sorted(table), table, maker)

    before = {rid: {"id": rid, "name": name} for rid, name in names.items()}
    every = rows_of(before)
    _, kept = ordered_rows(every, in_id_order=True, column=0, reverse=reverse, cached=None)
    assert kept is not None
    after = dict(before)
    after["r010"] = {"id": "r010", "name": "aaa first"}  # changed
    after["r020"] = {"id": "r020", "name": "name 3"}  # changed, among equal keys
    del after["r030"]  # removed
    after["r045a"] = {"id": "r045a", "name": "name 5"}  # added
    changed = {"r010", "r020", "r030", "r045a"}
    carried = every.carried(sorted(after), after, maker, changed)
    patched = kept.patched(carried)
    assert patched is not None  # moved, not sorted again
    again, _ = ordered_rows(carried, in_id_order=True, column=0, reverse=reverse, cached=kept)
    fresh = rows_of(after)
    expected, _ = ordered_rows(fresh, in_id_order=True, column=0, reverse=reverse, cached=None)
    assert [row.record_id for row in again] == [row.record_id for row in expected]
    assert [row.record_id for row in patched.order] == [row.record_id for row in expected]
    # A narrower filter of the new rows keeps the patched order.
    picked = PickedRows(carried, range(0, len(carried), 3))
    narrowed, _ = ordered_rows(picked, in_id_order=True, column=0, reverse=reverse, cached=kept)
    wanted = {row.record_id for row in picked}
    assert [row.record_id for row in narrowed] == [
        row.record_id for row in expected if row.record_id in wanted
    ]


@pytest.mark.parametrize(("reverse", "in_steps"), [(False, False), (True, False), (True, True)])
def test_a_filter_of_sorted_rows_keeps_the_sort_and_finds_the_cursor(
    reverse: bool, in_steps: bool
) -> None:
    """A filter's rows (picked by a selection, as the explorer gives them) in the order of
    the last sort of every row: what sorting them gives; the cursor's record found in it."""
    from bilat.store.selection import Selection
    from bilat.tui.widgets.record_table import PIECE, _index_in

    # More rows than a worker reads in one call (``PIECE``): read in pieces, in order.
    table = {f"r{i:05d}": {"name": f"name {(i * 7) % 11}"} for i in range(PIECE * 2 + 300)}
    maker = RowMaker([lambda record: record["name"]], [None])
    every = LazyRows(sorted(table), table, maker)
    _, kept = ordered_rows(every, in_id_order=True, column=0, reverse=reverse, cached=None)
    marks = bytearray(1 if i % 4 == 1 else 0 for i in range(len(every)))
    picked = PickedRows(every, Selection(marks))
    narrowed, still = ordered_rows(
        picked, in_id_order=True, column=0, reverse=reverse, cached=kept, in_steps=in_steps
    )
    assert still is kept  # not sorted again
    ids = [row.record_id for row in narrowed]
    by_name = sorted(picked, key=lambda row: row.record_id)
    by_name.sort(key=lambda row: row.sort_key(0), reverse=reverse)
    assert ids == [row.record_id for row in by_name]
    for at in (0, 17, len(ids) - 1):
        assert _index_in(narrowed, ids[at], in_id_order=False) == at
    assert _index_in(narrowed, "r00000", in_id_order=False) == 0  # not among them: the top


def test_rows_carried_after_a_write_are_not_walked_to_keep_the_sort(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """After a write the last sort's order is patched for the rows carried to the new
    snapshot: no walk over every row (in a worker, a Python loop over each of them) to
    check they are all in it first."""
    table = {f"r{i:03d}": {"name": f"name {i % 13}"} for i in range(200)}
    maker = RowMaker([lambda record: record["name"]], [None])
    every = LazyRows(sorted(table), table, maker)
    _, kept = ordered_rows(every, in_id_order=True, column=0, reverse=False, cached=None)
    after = dict(table)
    after["r007"] = {"name": "aaa"}
    carried = every.carried(sorted(after), after, maker, {"r007"})

    def walked(self: LazyRows) -> None:
        raise AssertionError("every row walked")

    monkeypatch.setattr(LazyRows, "__iter__", walked)
    again, patched = ordered_rows(carried, in_id_order=True, column=0, reverse=False, cached=kept)
    assert patched is not None and patched is not kept
    assert [row.record_id for row in again][:1] == ["r007"]
    assert len(again) == len(table)


def test_a_row_measured_but_not_drawn_works_out_no_unmeasured_cell() -> None:
    """The marks (an unmeasured column: its width is fixed) of a row measured for the
    columns' widths are not worked out until the row is drawn; its lengths are the same
    but for that column."""
    worked_out: list[str] = []

    def marks(record: dict[str, str]) -> str:
        worked_out.append(record["id"])
        return "⚑"

    table = {"r1": {"id": "r1", "name": "Ain Temouchent"}}
    name: Callable[[dict[str, str]], str] = itemgetter("name")
    measured = TableRow("r1", table=table, maker=RowMaker([name, marks], [None, None], [1]))
    assert measured.lengths == (14, 0)
    assert worked_out == []
    assert measured.cells == ("Ain Temouchent", "⚑")  # drawn: worked out
    assert worked_out == ["r1"]
    drawn = TableRow("r1", table=table, maker=RowMaker([name, marks], [None, None], [1]))
    assert drawn.cells == ("Ain Temouchent", "⚑")
    assert drawn.lengths == (14, 1)  # drawn first: measured from its cells
    assert worked_out == ["r1", "r1"]
