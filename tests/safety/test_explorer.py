"""Safety of the explorer and the command line: what a user's data must never do.

1. A new record never replaces another: the form says the id is taken, by what, and
   offers a free one; the store refuses on its own (IdTakenError), whoever asks.
2. A killed terminal ends the explorer at once, with nothing half-written.
3. No control character from the data reaches a terminal.

The explorer runs under Textual's Pilot on a private copy of the seeded database;
what was written is read back from the file with a fresh ``Store``.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
import threading
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec
import pytest
from textual.pilot import Pilot
from textual.widgets import Button, Input, Static

from bilat.store import ConflictError, IdTakenError, Project, Store, title_of
from bilat.store.history import History
from bilat.store.text import json_printable, printable
from bilat.tui import app as explorer
from bilat.tui.app import BilatApp
from bilat.tui.screens.dialogs import ConflictScreen
from bilat.tui.screens.forms import RecordForm
from bilat.tui.screens.main import MainScreen
from bilat.tui.screens.source import SourceScreen
from bilat.tui.widgets.detail_view import DetailView
from bilat.tui.widgets.fields import FormField
from bilat.tui.widgets.source_view import CURRENT_QUOTE, SourceView
from tests.dbfiles import database_bytes
from tests.tui.conftest import pilot_test, press_save, press_write

SIZE = (120, 36)
ALUMINIUM = "prj-dz-ain-temouchent-aluminium-complex"
ALUMINIUM_TITLE = "Ecological (decarbonised) aluminium production complex"
MOU = "agr-dz-ru-anpp-institute-mou"
ANPP = "org-dz-anpp"


def make_app(path: Path) -> BilatApp:
    return BilatApp(Store.open(path), poll=False)


def fresh(path: Path) -> Store:
    """The database as the file holds it now (a new handle: no cache of the app's)."""
    return Store.open(path)


def field(screen: Any, key: str) -> FormField:
    return screen.query_one(f"#field-{key.replace('.', '-')}", FormField)


def text_input(screen: Any, key: str) -> Input:
    return field(screen, key).query_one(Input)


def error_of(screen: Any, key: str) -> str:
    """The message under a field ('' when it is valid)."""
    return str(field(screen, key).query_one(".field-error", Static).content)


def save_disabled(screen: Any) -> bool:
    return bool(screen.query_one("#form-save", Button).disabled)


async def type_into(pilot: Pilot[Any], widget: Input, text: str) -> None:
    """Focus an Input, empty it and type ``text`` key by key, as a user would."""
    widget.focus()
    widget.value = ""
    await pilot.pause()
    await pilot.press(*text)
    await pilot.pause()


# -- 1. a new record never replaces another ------------------------------------------------


def test_the_store_refuses_to_create_over_an_existing_id(seeded_path: Path) -> None:
    """Expected revision 0 means "must not exist": an id that exists is IdTakenError, never
    a ConflictError that a caller could answer with "keep mine"."""
    store = Store.open(seeded_path)
    before = database_bytes(seeded_path)
    intruder = Project(id=ALUMINIUM, name={"en": "Someone else's plant"})
    with pytest.raises(IdTakenError) as info:
        store.upsert(intruder, expected_rev=0)
    assert not isinstance(info.value, ConflictError)
    assert info.value.record_id == ALUMINIUM
    assert info.value.existing is not None and info.value.existing.id == ALUMINIUM
    assert ALUMINIUM in str(info.value) and ALUMINIUM_TITLE in str(info.value)
    with pytest.raises(IdTakenError):
        History(store).save(intruder, expected_rev=0)
    assert database_bytes(seeded_path) == before


@pytest.mark.parametrize(
    ("kind", "taken", "name_key"),
    [
        ("projects", ALUMINIUM, "name.en"),
        ("agreements", MOU, "title.en"),
        ("sectors", "sec-steel", "name.en"),
        ("orgs", ANPP, "name.en"),
    ],
)
@pilot_test
async def test_a_new_record_form_says_an_id_is_taken_and_offers_a_free_one(
    seeded_path: Path, kind: str, taken: str, name_key: str
) -> None:
    db = seeded_path
    existing = fresh(db).get(taken)
    before = database_bytes(db)
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.editor.new(kind)  # what `n` (or the palette's "New …") does
        await pilot.pause()
        form = app.screen
        assert isinstance(form, RecordForm) and form.is_new
        await type_into(pilot, text_input(form, name_key), "A new one")
        await type_into(pilot, text_input(form, "id"), taken)
        message = error_of(form, "id")
        assert "taken" in message and taken in message
        assert title_of(existing) in message  # names the record holding it
        assert f"{taken}-2" in message  # and offers the first free id
        assert save_disabled(form)
        await press_save(pilot)  # F10 does not write it either: the form stays, says why
        assert app.screen is form
        assert not isinstance(app.screen, ConflictScreen)
        assert "taken" in error_of(form, "id")
        assert database_bytes(db) == before

        await type_into(pilot, text_input(form, "id"), f"{taken}-2")
        assert error_of(form, "id") == ""
        await press_save(pilot)
        assert isinstance(app.screen, MainScreen)
    after = fresh(db)
    assert after.get(taken) == existing  # untouched
    assert after.get(f"{taken}-2").rev == 1


@pilot_test
async def test_an_id_taken_by_a_colleague_while_the_form_was_open_is_never_overwritten(
    seeded_path: Path,
) -> None:
    """The form's snapshot is older than the database: F10 looks again; and a colleague who
    takes the id between F10 and the write is refused by the store, the form coming back
    with what was typed."""
    db = seeded_path
    app = make_app(db)
    colleague = fresh(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.main.query_one("#projects").focus()
        await pilot.press("n")
        form = app.screen
        assert isinstance(form, RecordForm)
        theirs = colleague.upsert(Project(id="prj-oran-plant", name={"en": "Their Oran plant"}))
        await type_into(pilot, text_input(form, "name.en"), "Oran plant")
        await type_into(pilot, text_input(form, "id"), "prj-oran-plant")
        await press_save(pilot)
        assert app.screen is form  # F10 looked at the database as it is now
        message = error_of(form, "id")
        assert "Their Oran plant" in message and "prj-oran-plant-2" in message
        assert fresh(db).get("prj-oran-plant") == theirs

        # Now the id is free when F10 looks, and taken when the save is written.
        await type_into(pilot, text_input(form, "id"), "prj-oran-mill")
        history = app.editor.history
        save = history.save

        def colleague_first(record: Any, **kwargs: Any) -> Any:
            colleague.upsert(Project(id=record.id, name={"en": "Their mill"}))
            return save(record, **kwargs)

        history.save = colleague_first  # type: ignore[method-assign]
        await press_save(pilot)
        history.save = save  # type: ignore[method-assign]
        await pilot.pause()
        assert not isinstance(app.screen, ConflictScreen)
        again = app.screen
        assert isinstance(again, RecordForm) and again.is_new  # back, with what was typed
        assert text_input(again, "name.en").value == "Oran plant"
        assert text_input(again, "id").value == "prj-oran-mill"
        message = error_of(again, "id")
        assert "Their mill" in message and "prj-oran-mill-2" in message
        assert fresh(db).get("prj-oran-mill").name == {"en": "Their mill"}

        # Left empty, the id is made from the name: the first one free.
        await type_into(pilot, text_input(again, "id"), "")
        await press_save(pilot)
        assert isinstance(app.screen, MainScreen)
        mine = fresh(db).get("prj-oran-plant-2")
        assert mine.name == {"en": "Oran plant"}
        assert fresh(db).get("prj-oran-plant") == theirs

        # Undo and redo of a create still work.
        await press_write(pilot, "u")
        assert fresh(db).snapshot().find("prj-oran-plant-2") is None
        await press_write(pilot, "U")
        assert fresh(db).get("prj-oran-plant-2").name == {"en": "Oran plant"}
    assert fresh(db).get("prj-oran-plant") == theirs


# -- 2. a killed terminal ends the explorer at once ------------------------------------------


def test_the_hangup_watch_wakes_when_the_terminal_goes_away_and_not_for_keys() -> None:
    """The explorer reacts to its terminal's hang-up as it happens (a thread blocked in
    poll), not at the next tick of a timer on an event loop that may be busy."""
    master, slave = os.openpty()
    seen: list[bool] = []
    watch = threading.Thread(target=lambda: seen.append(explorer.wait_for_hangup(slave)))
    watch.daemon = True
    watch.start()
    try:
        os.write(master, b"jjk/temouchent")  # keys typed: still there, nothing to report
        watch.join(0.3)
        assert watch.is_alive() and seen == []
        os.close(master)  # the terminal goes away, as a dropped SSH connection's does
        master = -1
        watch.join(10)
        assert seen == [True]
    finally:
        if master >= 0:
            os.close(master)
        os.close(slave)


BILAT = Path(sys.executable).parent / "bilat"


def until(found: Callable[[], Any], *, seconds: float) -> Any:
    """What ``found`` returns once it is something, or None after ``seconds``."""
    deadline = time.monotonic() + seconds
    while (value := found()) is None and time.monotonic() < deadline:
        time.sleep(0.1)
    return value


F10 = "\x1b[21~"


def test_the_explorer_ends_when_its_terminal_hangs_up_after_a_save(
    seeded_path: Path, make_env: Any
) -> None:
    """In a real pty, SIGHUP ignored (as under nohup or make): a record saved through the
    screen, then the terminal closed. The process ends (exit 129, as a hang-up would end it),
    and the database holds the save whole, with no temporary file left beside it."""
    pexpect = pytest.importorskip("pexpect")
    db = seeded_path
    child = pexpect.spawn(
        "sh",
        ["-c", 'trap "" HUP; exec "$0" --db "$1"', str(BILAT), str(db)],
        env=make_env(TERM="xterm", NO_COLOR=None, COLUMNS=None, LINES=None),
        cwd=str(db.parent),
        dimensions=(30, 100),
        timeout=30,
    )
    status = None
    try:
        child.expect_exact("Projects (3)")
        child.send("n")  # a new project: the id field has the focus
        child.expect_exact("New project")
        # The form's border says its keys once it is mounted, in the same step that gives
        # the id field the focus: a key sent after that lands in the form (on a loaded
        # machine that may take a while, hence the generous wait).
        child.expect_exact("tab next field", timeout=60)
        for keys in ("\t", "Hangup plant", F10):  # a moment between keys, as a person types
            child.expect(pexpect.TIMEOUT, timeout=0.5)  # reading the screen meanwhile
            child.send(keys)
        saved = until(lambda: fresh(db).snapshot().find("prj-hangup-plant"), seconds=30)
        assert saved is not None and saved.name == {"en": "Hangup plant"}
        child.ptyproc.fileobj.close()  # the terminal goes away; nothing is sent to the app
        child.ptyproc.closed = True
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            pid, status = os.waitpid(child.pid, os.WNOHANG)
            if pid:
                break
            time.sleep(0.05)
        else:
            raise AssertionError("bilat still runs 10 s after its terminal was closed")
    finally:
        with contextlib.suppress(OSError):
            os.kill(child.pid, signal.SIGKILL)
            os.waitpid(child.pid, 0)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 129
    after = fresh(db)
    assert after.get("prj-hangup-plant").name == {"en": "Hangup plant"}
    assert after.check() == []
    assert not list(db.parent.glob(f".{db.name}.*.tmp"))


# -- 3. no control character from the data reaches a terminal -----------------------------

# Characters that move a terminal's cursor, start a control sequence or reorder a line.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
ODD = "Odd\u061cname\u2028line\u2029para\u202eevil\u009bcsi\u200fend"
ODD_TEXT = (
    "Avant \u061c la \u2028 citation \u202e et \u009b ici. "
    "The plant will employ 300 people. Fin \u2069."
)
ODD_QUOTE = "The plant will employ 300 people."
ODD_BUNDLE = {
    "sources": [{"id": "src-odd", "title": f"Source {ODD}", "text": ODD_TEXT}],
    "sectors": [{"id": "sec-odd", "name": {"en": f"Sector {ODD}"}}],
    "orgs": [{"id": "org-odd", "name": {"en": f"Org {ODD}"}}],
    "projects": [
        {
            "id": "prj-odd",
            "name": {"en": ODD},
            "sectors": [{"sector": "sec-odd", "primary": True}],
            "parties": [{"org": "org-odd", "role": "developer"}],
            "notes": f"Notes {ODD}",
            "flags": [f"Flag {ODD}"],
        }
    ],
    "claims": [
        {
            "id": "clm-odd",
            "subject": "prj-odd",
            "field": "notes",
            "value": f"Notes {ODD}",
            "source": "src-odd",
            "quote": ODD_QUOTE,
        }
    ],
}


def is_hidden_control(char: str) -> bool:
    return unicodedata.category(char) in ("Cc", "Zl", "Zp") or char in BIDI_CONTROLS


@pytest.fixture
def odd_db(seeded_path: Path, tmp_path: Path) -> Path:
    """The seeds, and a project (its sector, party, source, claim) named with controls."""
    bundle = tmp_path / "odd.json"
    bundle.write_text(json.dumps({"schema": "bilat/1", **ODD_BUNDLE}), encoding="utf-8")
    Store.open(seeded_path).import_files([bundle])
    return seeded_path


def test_printable_escapes_every_character_that_moves_the_cursor_or_reorders_a_line() -> None:
    controls = [chr(c) for c in range(0x110000) if is_hidden_control(chr(c))]
    assert {"\u061c", "\u2028", "\u2029", "\u009b", "\u202e"} <= set(controls)
    for char in controls:
        code = ord(char)
        escape = f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
        expected = f"a{char}b" if char in "\t\n" else f"a{escape}b"  # tab, newline: laid out
        assert printable(f"a{char}b") == expected
    assert printable("Aïn Témouchent — алюминий, ألمنيوم") == "Aïn Témouchent — алюминий, ألمنيوم"


def test_json_printable_escapes_what_printable_does_and_json_leaves_raw() -> None:
    """JSON escapes C0 itself; every other character ``printable`` escapes, exactly those."""
    above_c0 = [chr(c) for c in range(0x20, 0x110000) if printable(chr(c)) != chr(c)]
    neighbours = "é\u00a0\u061b\u061d\u200d\u2010\u202f\u2065\u206a\ufeff"
    dumped = json.dumps("".join(above_c0) + neighbours, ensure_ascii=False).encode()
    escaped = json_printable(dumped)
    assert json.loads(escaped) == json.loads(dumped)
    assert (
        escaped.decode() == '"' + "".join(f"\\u{ord(c):04x}" for c in above_c0) + neighbours + '"'
    )


def hidden_on_screen(app: BilatApp) -> list[tuple[int, str]]:
    """Lines of the terminal (as drawn) holding a character that could drive it."""
    lines = [strip.text for strip in app.screen._compositor.render_strips()]
    return [
        (number, line) for number, line in enumerate(lines) if any(map(is_hidden_control, line))
    ]


def screen_text(app: BilatApp) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


@pilot_test
async def test_the_explorer_shows_controls_in_data_as_visible_escapes(odd_db: Path) -> None:
    app = make_app(odd_db)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        app.main.set_filter_text("odd")  # the table and the detail pane show the odd project
        await pilot.pause()
        assert "\\u061c" in screen_text(app)
        # The detail pane draws the name whole (wrapped where the pane ends).
        assert "\\x9b" in app.main.query_one(DetailView).text
        assert hidden_on_screen(app) == []

        app.open_record("prj-odd")  # the detail screen: name, notes, flags, parties, sector
        await pilot.pause()
        assert "\\u2028" in screen_text(app)
        assert hidden_on_screen(app) == []
        await pilot.press("escape")

        app.open_record("prj-odd", "source")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SourceScreen)
        assert hidden_on_screen(app) == []
        shown = screen.query_one(SourceView).text
        # Escapes are longer than what they stand for: the quote is still marked exactly.
        assert "\\u061c" in shown.plain and "\\u202e" in shown.plain
        marked = [
            shown.plain[span.start : span.end]
            for span in shown.spans
            if str(span.style) == CURRENT_QUOTE
        ]
        assert marked == [ODD_QUOTE]
        await pilot.press("escape")

        app.editor.edit("prj-odd")  # the form: its inputs, its sector and party lists
        await pilot.pause()
        form = app.screen
        assert isinstance(form, RecordForm)
        assert hidden_on_screen(app) == []
        form.query_one("#form-fields").scroll_end(animate=False)  # notes and flags
        await pilot.pause()
        assert "Flag Odd" in screen_text(app) and hidden_on_screen(app) == []
        before = fresh(odd_db).get("prj-odd")
        await press_save(pilot)  # saved unchanged: every text kept exactly, controls and all
        after = fresh(odd_db).get("prj-odd")
        assert after.rev == before.rev + 1
        assert msgspec.structs.replace(after, rev=before.rev) == before

        app.sourcing.cite("prj-odd")  # attaching evidence shows the source's text to select in
        await pilot.pause()
        assert "citation" in screen_text(app)
        assert hidden_on_screen(app) == []
        await pilot.press("escape")
        await pilot.pause()

        app.editor.delete("prj-odd")  # the delete dialog names it
        await pilot.pause()
        assert hidden_on_screen(app) == []
        await pilot.press("escape")

        await pilot.press("ctrl+p")  # the palette lists it by name
        await pilot.pause()
        await pilot.press(*"odd")
        await pilot.pause(0.5)
        assert "Odd" in screen_text(app)
        assert hidden_on_screen(app) == []


@pytest.mark.parametrize(
    "args",
    [
        ["list", "projects"],
        ["list", "projects", "--format", "csv"],
        ["list", "projects", "--format", "json"],
        ["list", "sources", "--format", "json"],
        ["list", "claims", "--format", "json"],
        ["show", "prj-odd"],
        ["show", "prj-odd", "--format", "json"],
        ["show", "src-odd"],
        ["export"],
    ],
    ids=lambda args: "-".join(args),
)
def test_the_command_line_writes_no_control_character(
    odd_db: Path, run_bilat: Any, args: list[str]
) -> None:
    """JSON included: its escapes parse back to the very text."""
    result = run_bilat(*args, db=odd_db, binary=True)
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")
    assert [char for char in out if is_hidden_control(char) and char not in "\t\n"] == []
    if "json" in args or args == ["export"]:
        assert ODD in json.dumps(json.loads(out), ensure_ascii=False)
    else:
        assert "\\u061c" in out and "\\u2028" in out and "\\x9b" in out


def test_export_to_a_file_keeps_the_exact_text_through_an_import(
    odd_db: Path, tmp_path: Path, run_bilat: Any
) -> None:
    exported = tmp_path / "export.json"
    assert run_bilat("export", "-o", exported, db=odd_db).returncode == 0
    again = tmp_path / "again.json"
    result = run_bilat("import", exported, db=again)
    assert result.returncode == 0, result.stderr
    original, imported = fresh(odd_db).snapshot(), fresh(again).snapshot()
    for record_id in ("prj-odd", "sec-odd", "org-odd", "src-odd", "clm-odd"):
        assert imported.get(record_id) == original.get(record_id), record_id
    assert imported.get("prj-odd").name == {"en": ODD}
    assert imported.get("src-odd").text == ODD_TEXT
    piped = tmp_path / "piped.json"  # what stdout wrote: the same records once imported
    piped.write_bytes(run_bilat("export", db=odd_db, binary=True).stdout)
    assert json.loads(piped.read_bytes()) == json.loads(exported.read_bytes())
