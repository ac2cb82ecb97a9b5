"""Several users on one database file: live refresh, the conflict dialog, a busy neighbour.

Two ``BilatApp`` objects, each with its own ``Store.open`` of the same file, run
side by side in one test, as two colleagues' SSH sessions would; a separate
process writes to the same file while the explorer edits.
"""

from __future__ import annotations

import io
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import msgspec
import pytest
from rich.console import Console
from textual.pilot import Pilot
from textual.widgets import Input, Static, TextArea

from bilat.store import Org, Store
from bilat.tui.app import BilatApp
from bilat.tui.screens.dialogs import ConflictScreen
from bilat.tui.screens.forms import OrgForm, ProjectForm, SectorForm
from bilat.tui.screens.main import MainScreen
from bilat.tui.widgets.detail_view import DetailView
from bilat.tui.widgets.filter_bar import FilterInput
from bilat.tui.widgets.record_table import RecordTable
from bilat.tui.widgets.top_bar import TopBar
from tests.dbfiles import database_bytes
from tests.tui.conftest import pilot_test, press_save, press_write

SIZE = (160, 36)  # wide enough for the detail pane
ALUMINIUM = "prj-dz-ain-temouchent-aluminium-complex"
SECOND_COMPLEX = "prj-dz-second-heavy-industry-complex"
ANPP = "org-dz-anpp"


@pytest.fixture
def db(seeded_path: Path) -> Path:
    """The one database file both explorers open (a private copy of the seeds)."""
    return seeded_path


def make_app(path: Path, *, poll: bool = False) -> BilatApp:
    return BilatApp(Store.open(path), poll=poll)


def fresh(path: Path) -> Store:
    return Store.open(path)


def colleague_renames(path: Path, record_id: str, name: str) -> None:
    """Another session (its own store on the same file) saves a new English name."""
    other = fresh(path)
    other.upsert(msgspec.structs.replace(other.get(record_id), name={"en": name}))


def projects(app: BilatApp) -> RecordTable:
    return app.main.query_one("#projects", RecordTable)


def cells_of(app: BilatApp, record_id: str) -> tuple[str, ...]:
    return next(row.cells for row in projects(app).rows if row.record_id == record_id)


def detail_text(app: BilatApp) -> str:
    return app.main.query_one(DetailView).text


def watch_notifications(app: BilatApp) -> list[str]:
    """Record every message the app notifies from now on."""
    seen: list[str] = []
    original = app.notify

    def notify(message: str, **kwargs: Any) -> None:
        seen.append(str(message))
        original(message, **kwargs)

    app.notify = notify  # type: ignore[method-assign]
    return seen


def name_input(screen: Any) -> Input:
    return screen.query_one("#field-name-en Input", Input)


async def rename_project(pilot: Pilot[Any], app: BilatApp, record_id: str, name: str) -> None:
    """Edit a project's English name through its form and save with F10."""
    app.editor.edit(record_id)
    await pilot.pause()
    assert isinstance(app.screen, ProjectForm)
    name_input(app.screen).value = name
    await press_save(pilot)
    await pilot.pause()
    assert isinstance(app.screen, MainScreen)


# -- live refresh ----------------------------------------------------------------------------


@pilot_test
async def test_a_save_in_one_explorer_shows_in_the_other_keeping_cursor_and_filter(
    db: Path,
) -> None:
    app1, app2 = make_app(db), make_app(db)
    async with app1.run_test(size=SIZE) as p1, app2.run_test(size=SIZE) as p2:
        await p1.pause()
        await p2.pause()
        # app2: a filter typed in the filter box, the cursor on the second of its rows.
        await p2.press("slash", *"complex")
        table = projects(app2)
        assert [row.record_id for row in table.rows] == [ALUMINIUM, SECOND_COMPLEX]
        table.focus()
        await p2.press("j")
        assert table.current_id == SECOND_COMPLEX

        await rename_project(p1, app1, SECOND_COMPLEX, "Second complex, renamed")
        assert "renamed" not in " ".join(cells_of(app2, SECOND_COMPLEX))  # not polled yet

        assert app2.store.changed()
        app2.check_for_changes()
        await p2.pause()
        assert "Second complex, renamed" in " ".join(cells_of(app2, SECOND_COMPLEX))
        assert "Second complex, renamed" in detail_text(app2)  # the detail pane follows
        assert table.current_id == SECOND_COMPLEX  # same record highlighted
        assert app2.focused is table
        assert app2.main.query_one(FilterInput).value == "complex"  # filter kept
        assert [row.record_id for row in table.rows] == [ALUMINIUM, SECOND_COMPLEX]
        assert not app2.store.changed()

        # A record created elsewhere appears too, if it matches the filter.
        other = fresh(db)
        other.upsert(
            msgspec.structs.replace(
                other.get(ALUMINIUM), id="prj-third-complex", name={"en": "Third complex"}, rev=0
            ),
            expected_rev=0,
        )
        app2.check_for_changes()
        await p2.pause()
        assert "prj-third-complex" in [row.record_id for row in table.rows]
        assert table.current_id == SECOND_COMPLEX
        assert "4 projects" in str(app2.main.query_one(TopBar).content)

        # e or d on a row a colleague has deleted since: said, and the view catches up.
        other.delete("prj-third-complex")
        notes = watch_notifications(app2)
        for _ in range(table.row_count):
            if table.current_id == "prj-third-complex":
                break
            await p2.press("j")
        await p2.press("e")
        assert not isinstance(app2.screen, ProjectForm)
        assert "no longer in the database" in notes[-1]
        assert [row.record_id for row in table.rows] == [ALUMINIUM, SECOND_COMPLEX]

        # A colleague's change that app2 read through the store before the poll (here by
        # opening a record and going back) still reaches the main screen at the poll.
        other.upsert(msgspec.structs.replace(other.get(ALUMINIUM), name={"en": "Renamed"}))
        app2.open_record(SECOND_COMPLEX)
        await p2.pause()
        await p2.press("escape")
        app2.check_for_changes()
        await p2.pause()
        assert "Renamed" in " ".join(cells_of(app2, ALUMINIUM))


@pilot_test
async def test_the_poll_timer_shows_a_change_within_about_a_second(db: Path) -> None:
    app = make_app(db, poll=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        colleague_renames(db, SECOND_COMPLEX, "Renamed by a colleague")
        saved = time.monotonic()
        while "Renamed by a colleague" not in " ".join(cells_of(app, SECOND_COMPLEX)):
            assert time.monotonic() - saved < 4.0, "the other session's save never showed"
            await pilot.pause(0.1)


async def test_a_look_for_changes_with_no_main_screen_does_nothing(db: Path) -> None:
    """The poll timer can fire as the explorer starts or quits, with no main screen shown."""
    app = make_app(db, poll=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        colleague_renames(db, SECOND_COMPLEX, "Renamed by a colleague")
    assert not any(isinstance(s, MainScreen) for s in app.screen_stack)
    app.check_for_changes()  # the timer's tick after the screens went: nothing, no error


# -- the conflict dialog -----------------------------------------------------------------------


def dialog_text(screen: ConflictScreen) -> str:
    """The dialog as drawn: its heading and its field-by-field table."""
    console = Console(file=io.StringIO(), width=110, color_system=None)
    for static in screen.query(Static).results(Static):
        console.print(static.content)
    return console.file.getvalue()  # type: ignore[attr-defined]


async def open_conflict(
    db: Path, app1: BilatApp, app2: BilatApp, p1: Pilot[Any], p2: Pilot[Any]
) -> None:
    """app2 opens the ANPP form and changes the name; app1 saves the acronym; app2 saves."""
    app2.open_record(ANPP)
    await p2.pause()
    await p2.press("e")
    form2 = app2.screen
    assert isinstance(form2, OrgForm)
    name_input(form2).value = "Agency, as app2 calls it"

    app1.open_record(ANPP)
    await p1.pause()
    await p1.press("e")
    form1 = app1.screen
    assert isinstance(form1, OrgForm)
    form1.query_one("#field-acronym Input", Input).value = "ANPP-1"
    await press_save(p1)
    await p1.pause()
    assert fresh(db).get(ANPP).acronym == "ANPP-1"

    before = database_bytes(db)
    await press_save(p2)
    await p2.pause()
    assert isinstance(app2.screen, ConflictScreen)
    assert database_bytes(db) == before  # nothing overwritten


@pytest.mark.parametrize("choice", ["t", "m", "b"])
@pilot_test
async def test_conflict_dialog_shows_both_versions_and_each_choice_works(
    db: Path, choice: str
) -> None:
    original = fresh(db).get(ANPP)
    app1, app2 = make_app(db), make_app(db)
    async with app1.run_test(size=SIZE) as p1, app2.run_test(size=SIZE) as p2:
        await p1.pause()
        await p2.pause()
        await open_conflict(db, app1, app2, p1, p2)
        shown = dialog_text(app2.screen)  # type: ignore[arg-type]
        assert "Someone else saved this record" in shown and "Nothing was overwritten" in shown
        assert "theirs (saved)" in shown and "mine (not saved)" in shown
        # Field by field: the acronym (theirs: ANPP-1, mine: none, as the seed has it) and
        # the name.
        acronym = next(line for line in shown.splitlines() if "acronym" in line)
        assert "ANPP-1" in acronym and "null" in acronym
        name = next(line for line in shown.splitlines() if "name" in line)
        assert "app2 calls it" in shown and "National Agency" in name
        assert "kind" not in shown  # fields that agree are not listed
        theirs = fresh(db).get(ANPP)

        await press_write(p2, choice)
        stored = fresh(db).get(ANPP)
        if choice == "t":  # keep theirs: nothing of mine is written
            assert not isinstance(app2.screen, (OrgForm, ConflictScreen))
            assert stored == theirs
            assert stored.name == original.name and stored.acronym == "ANPP-1"
            assert not app2.editor.history.can_undo
        elif choice == "m":  # keep mine: written over theirs, as a new revision
            assert stored.name["en"] == "Agency, as app2 calls it"
            assert stored.acronym is None  # mine, as I saw it
            assert stored.rev == theirs.rev + 1
            # ... and undo brings theirs back.
            await press_write(p2, "u")
            assert fresh(db).get(ANPP).acronym == "ANPP-1"
        else:  # back to editing: my values, now based on their revision
            form = app2.screen
            assert isinstance(form, OrgForm)
            assert name_input(form).value == "Agency, as app2 calls it"
            assert stored == theirs  # still nothing written
            form.query_one("#field-acronym Input", Input).value = "ANPP-1"  # merge by hand
            await press_save(p2)
            await p2.pause()
            assert not isinstance(app2.screen, (OrgForm, ConflictScreen))
            merged = fresh(db).get(ANPP)
            assert merged.name["en"] == "Agency, as app2 calls it"
            assert merged.acronym == "ANPP-1"
            assert merged.rev == theirs.rev + 1


@pilot_test
async def test_conflict_when_the_record_was_deleted_meanwhile(db: Path) -> None:
    other = fresh(db)
    other.upsert(Org(id="org-short-lived", name={"en": "Short-lived"}))
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.editor.edit("org-short-lived")
        await pilot.pause()
        name_input(app.screen).value = "Still wanted"
        other.delete("org-short-lived")
        await press_save(pilot)
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ConflictScreen)
        assert "deleted this record" in dialog_text(dialog)
        await pilot.press("m")  # keep mine: it comes back
        await pilot.pause()
    assert fresh(db).get("org-short-lived").name == {"en": "Still wanted"}


# -- a separate process hammering the same file ------------------------------------------------

HAMMER = """
import os, sys, time
from bilat.store import Org, Store

path, stop = sys.argv[1], sys.argv[2]
store = Store.open(path)
print("ready", flush=True)
start = time.monotonic()
count = 0
# Until the test says stop (and at least a few hundred upserts), 60 s at most.
while (count < 150 or not os.path.exists(stop)) and time.monotonic() - start < 60:
    store.upsert(Org(id=f"org-hammer-{count:04d}", name={"en": f"Hammer {count}"}, kind="company"))
    # And one record rewritten again and again.
    store.upsert(Org(id="org-hammer-counter", name={"en": "Counter"}, acronym=str(count)))
    count += 1
    time.sleep(0.01)  # busy, not a CPU hog: a colleague's script, not a benchmark
print(count, flush=True)
"""

SAVES = 4


@pilot_test
async def test_a_process_hammering_the_file_while_the_app_edits_loses_nothing(
    db: Path, tmp_path: Path
) -> None:
    script, stop = tmp_path / "hammer.py", tmp_path / "stop"
    script.write_text(HAMMER, encoding="utf-8")
    hammer = subprocess.Popen(
        [sys.executable, str(script), str(db), str(stop)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    err = ""
    try:
        assert hammer.stdout is not None
        assert hammer.stdout.readline().strip() == "ready"
        app = make_app(db)
        slowest = 0.0
        saves: list[tuple[str, str]] = []
        orgs_seen: list[int] = []
        async with app.run_test(size=SIZE) as pilot:

            async def timed(*keys: str) -> None:
                nonlocal slowest
                started = time.monotonic()
                await pilot.press(*keys)
                await pilot.app.workers.wait_for_complete()
                await pilot.pause()
                slowest = max(slowest, time.monotonic() - started)

            await pilot.pause()
            for number in range(1, SAVES + 1):
                if number % 2:  # a new sector through its form
                    app.editor.new("sectors")
                    await pilot.pause()
                    form = app.screen
                    assert isinstance(form, SectorForm)
                    name_input(form).value = f"Busy sector {number}"
                    await timed("f10")
                    saves.append((f"sec-busy-sector-{number}", f"Busy sector {number}"))
                else:  # an edit of a seed project's notes through its form
                    app.editor.edit(SECOND_COMPLEX)
                    await pilot.pause()
                    form = app.screen
                    assert isinstance(form, ProjectForm)
                    form.query_one("#field-notes TextArea", TextArea).text = f"note {number}"
                    await timed("f10")
                    saves.append((SECOND_COMPLEX, f"note {number}"))
                assert isinstance(app.screen, MainScreen), "a save failed or conflicted"
                app.check_for_changes()
                await timed("j")
                orgs_seen.append(app.main.model.snapshot.counts()["orgs"])
            assert hammer.poll() is None, "the other process stopped before the app's saves"
            # The hammer's records kept arriving between the app's saves.
            assert len(set(orgs_seen)) > 1, orgs_seen
            stop.touch()
            out, err = hammer.communicate(timeout=60)
            written = int(out.strip())
            app.check_for_changes()
            await pilot.pause()
            orgs_shown = str(app.main.query_one(TopBar).content)
            assert f"{4 + written + 1} orgs" in orgs_shown
    finally:
        stop.touch()
        if hammer.poll() is None:
            hammer.kill()
            hammer.wait()
    assert hammer.returncode == 0, err
    assert written >= 150

    snapshot = fresh(db).snapshot()
    hammered = {
        rid for rid in snapshot.orgs if rid.startswith("org-hammer-") and "counter" not in rid
    }
    assert hammered == {f"org-hammer-{i:04d}" for i in range(written)}
    assert snapshot.get("org-hammer-counter").acronym == str(written - 1)
    for record_id, value in saves:
        if record_id != SECOND_COMPLEX:
            assert snapshot.get(record_id).name == {"en": value}
    last_note = [value for rid, value in saves if rid == SECOND_COMPLEX][-1]
    assert snapshot.get(SECOND_COMPLEX).notes == last_note
    assert fresh(db).check() == []  # and the file is whole and consistent
    # Each key returned promptly while the file was busy.
    assert slowest < 5.0, f"a key took {slowest:.1f} s"
