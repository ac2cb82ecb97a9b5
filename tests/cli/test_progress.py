"""Long work says how far it got: the store counts (import, export, indexing), the
command line draws Rich's bar on a terminal after a second, nothing when piped, and the
explorer a bar above its footer."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from bilat.store import Store
from bilat.store.locations import seed_files
from bilat.tui import progress as progress_module
from bilat.tui.progress import TerminalProgress
from tests.conftest import SEED_TOTAL


def test_the_store_counts_an_import_its_export_and_the_word_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bilat.store import progress as steps

    monkeypatch.setattr(steps, "STEP", 10)  # a call every ten records, to see several
    store = Store.open(tmp_path / "db.json")
    checked: list[tuple[int, int | None]] = []
    written: list[tuple[int, int | None]] = []
    store.import_files(
        seed_files(),
        checking=lambda done, total: checked.append((done, total)),
        writing=lambda done, total: written.append((done, total)),
    )
    assert checked[-1] == (SEED_TOTAL, None)
    assert written[-1] == (SEED_TOTAL, SEED_TOTAL)
    assert len(written) > 2 and [d for d, _ in written] == sorted(d for d, _ in written)

    exported: list[tuple[int, int | None]] = []
    pieces = list(store.export_pieces(progress=lambda d, t: exported.append((d, t))))
    assert b"".join(pieces) == b"".join(store.export_pieces())
    assert exported[-1] == (SEED_TOTAL, SEED_TOTAL)

    snapshot = store.snapshot()
    indexed: list[tuple[int, int | None]] = []
    snapshot.search.index.build(progress=lambda d, t: indexed.append((d, t)))
    total = len(snapshot.projects) + len(snapshot.agreements)
    assert indexed[-1] == (total, total)


def test_the_bar_is_drawn_on_a_terminal_once_the_work_lasts() -> None:
    stream = io.StringIO()
    with TerminalProgress(stream=stream, terminal=True, delay=0) as bar:
        writing = bar.part("writing records")
        assert writing is not None
        writing(5, 10)
        writing(10, 10)
    assert "bilat: writing records" in stream.getvalue()
    assert "10/10" in stream.getvalue()


def test_work_over_before_the_delay_draws_nothing() -> None:
    stream = io.StringIO()
    with TerminalProgress(stream=stream, terminal=True) as bar:
        part = bar.part("writing records")
        assert part is not None
        part(10, 10)  # at once: under DELAY_SECONDS
    assert progress_module.DELAY_SECONDS >= 1
    assert stream.getvalue() == ""


def test_nothing_is_drawn_when_not_on_a_terminal() -> None:
    stream = io.StringIO()  # not a terminal
    with TerminalProgress(stream=stream, delay=0) as bar:
        assert bar.part("writing records") is None
    assert stream.getvalue() == ""


def test_a_piped_import_says_its_summary_alone(tmp_path: Path, run_bilat) -> None:
    result = run_bilat("import", *seed_files(), db=tmp_path / "new.json")
    assert result.returncode == 0
    assert result.stderr.count("\n") == 1
    assert "\x1b" not in result.stderr
