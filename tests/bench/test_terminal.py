"""The race in a real terminal (bench/terminal.py): it finds what it waits for on the screens of
bilat in tmux, and reads VisiData's status line. Never how fast: only that each marker is seen."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bilat.store import Store

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import common  # noqa: E402  (bench/ is a folder of scripts, not a package)
import run  # noqa: E402
import terminal  # noqa: E402

N = 200

# bilat's first screen on a large file (100,000 projects), at 120×30, cut to its first lines:
# the sector counts are not known yet.
COUNTING = """\
 bilat  ~/bench/data/100000.db.json  100000 projects · 50000 agreements · 40 sectors
/ filter: words, sector:pharma status:draft country:RU org:anpp
╭─ Sectors ──────────────╮ Projects (100000)                                      ╭─ Detail ───
│▼ All  100000·50000     │╭──────────────────────────────────────────────────────╮│ agr-000001:
│├ ▼ Agriculture  …      ││Name             Sectors  Where  Status    Key date   ││ sources…
││ ├ Cereals  …          ││Béni Saf heavy-… Heavy i… Béni … announced T1 2015…   ││
││ ├ Food processing  …  ││Akbou hotel com… Hotels   Akbou… approved  a few d…   ││
││ └ Renewable energy▇▇││Title            Instr… Parties  Status    Key date   ││
│                  ▋     ││Memorandum of u… mou    Centre … unknown              ││
╰── projects·agreements ─╯╰──────────────────────────────────────────────────────╯╰───────────
 ⏎ Open  o Source  s Sort  / Filter  n New  e Edit  d Delete  q Quit  ? Keys  u Undo"""

# The same once counted: a long name clips its counts ("Food processing  3").
COUNTED = (
    COUNTING.replace("Agriculture  …    ", "Agriculture  15930")
    .replace("Cereals  …        ", "Cereals  3855·2278")
    .replace("Food processing  …", "Food processing  3")
)

VD_LOADING = """\
 prj-000003 │ El Eulma pharmaceu…│ Pharmaceuticals    │ El Eulma, Sétif, DZ│ pre construction
1›100000|                                         47% loading…          53481 rows [1/1]"""
VD_STARTING = "1›100000|                                      processing…      0 rows [1/1]\n"
VD_LOADED = """\
 prj-000003 │ El Eulma pharmaceu…│ Pharmaceuticals    │ El Eulma, Sétif, DZ│ pre construction
1›100000|                                                        100000 rows [1/1]

"""


def test_reads_the_sector_counts_only_once_known() -> None:
    assert COUNTED != COUNTING
    counting, counted = COUNTING.splitlines(), COUNTED.splitlines()
    assert terminal.sector_lines(counting)[0].startswith("▼ All  100000·50000")
    assert not terminal.sector_counts_shown(counting)  # All's counts are there from the start
    assert terminal.sector_counts_shown(counted)
    assert not terminal.sector_counts_shown(["no sector tree on this screen"])


def test_reads_visidata_loaded_only_with_every_row_and_no_progress() -> None:
    assert not terminal.vd_loaded(VD_STARTING.splitlines(), 100_000)
    assert not terminal.vd_loaded(VD_LOADING.splitlines(), 100_000)
    assert not terminal.vd_loaded(VD_LOADING.replace("53481", "100000").splitlines(), 100_000)
    assert terminal.vd_loaded(VD_LOADED.splitlines(), 100_000)
    assert not terminal.vd_loaded(VD_LOADED.splitlines(), 1_000_000)
    assert not terminal.vd_loaded(VD_LOADED.splitlines(), 0)


def test_reads_the_answer_of_a_word_in_the_projects_title() -> None:
    lines = COUNTING.replace("Projects (100000)", "Projects (3680 of 100000)").splitlines()
    assert terminal.word_answered(lines, 3680, 100_000)
    assert not terminal.word_answered(COUNTING.splitlines(), 3680, 100_000)
    assert not terminal.word_answered(lines, 368, 100_000)


def test_quotes_arguments_for_tmux() -> None:
    assert terminal.quote("#{pane_pid}") == "'#{pane_pid}'"
    with pytest.raises(ValueError):
        terminal.quote("it's")


@pytest.fixture(scope="module")
def small_bench(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A generated database of N projects and its projects as CSV, as run.py prepares them."""
    folder = tmp_path_factory.mktemp("race")
    source, db, csv_path = folder / "bench.json", folder / "bench.db.json", folder / "bench.csv"
    generate = [sys.executable, str(BENCH / "generate.py"), "--projects", str(N), "--seed", "1"]
    subprocess.run([*generate, "-o", str(source)], check=True, capture_output=True)
    store = Store.open(db)
    store.import_files([source])
    store.backend.close()
    bilat = common.venv_tool("bilat")
    assert bilat is not None
    env = common.bench_env(db, folder / "home")
    with csv_path.open("wb") as out:
        cmd = [str(bilat), "--db", str(db), "list", "projects", "--format", "csv"]
        subprocess.run(cmd, check=True, stdout=out, env=env, timeout=120)
    return db, csv_path


def test_times_bilat_in_tmux_to_each_marker(small_bench: tuple[Path, Path], tmp_path: Path) -> None:
    db, csv_path = small_bench
    bilat = common.venv_tool("bilat")
    assert bilat is not None
    env = common.bench_env(db, tmp_path / "home")
    marker, _ = run._first_rows(csv_path)
    cells = terminal.race(
        bilat=bilat,
        vd=None,  # VisiData is not installed for the tests: its screen is read above
        db=db,
        csv_path=csv_path,
        total=N,
        marker=marker,
        runs=1,
        env=env,
        timeout=120,
        scratch=tmp_path,
    )
    for key in ("race_bilat", "race_word", "race_counts", "race_rss"):
        assert cells[key].ok, (key, cells[key].error)
        assert len(cells[key].values) == 1
    assert cells["race_vd"].error == "n/a (pip install visidata)"
    assert cells["race_rss"].values[0] > 10e6  # a Python process's peak, in bytes
    count = terminal.word_count(bilat, db, terminal.WORD, env, 120)
    assert terminal.answer_title(count, N) in (cells["race_word"].note or "")
