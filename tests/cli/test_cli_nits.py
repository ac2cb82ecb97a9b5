"""The command line's small promises: a list fitted to the terminal with whole ids, a
`--status` help per kind, one line for a bad export path, no lock left by a failed
import, saved filters and a bad config file said in one line."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bilat.store import Store
from bilat.store.config import ColumnLayout, load_config, update_config
from bilat.store.models import AGREEMENT_STATUSES, PROJECT_STATUSES
from tests.conftest import clean_env

ALUMINIUM = "prj-dz-ain-temouchent-aluminium-complex"
ANTICANCER = "prj-dz-ru-anticancer-medicine-plants"
SECOND = "prj-dz-second-heavy-industry-complex"
BILAT = Path(sys.executable).parent / "bilat"


def listed_ids(stdout: str) -> list[str]:
    return [line.split("\t")[0] for line in stdout.splitlines()[1:]]


@pytest.mark.parametrize("columns", [60, 80, 120, 200])
def test_list_on_a_terminal_fits_it_and_keeps_ids_whole(
    seeded_path: Path, tmp_path: Path, columns: int
) -> None:
    pexpect = pytest.importorskip("pexpect")
    child = pexpect.spawn(
        str(BILAT),
        ["--db", str(seeded_path), "list", "projects"],
        env=clean_env(tmp_path, COLUMNS=None, LINES=None),
        dimensions=(50, columns),
        timeout=30,
        encoding="utf-8",
    )
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    shown = re.sub(r"\x1b\[[0-9;]*m", "", child.before)  # styles (bold headers)
    lines = [line for line in shown.splitlines() if line.strip()]
    assert lines, child.before
    drawn = [line for line in lines if not line.startswith("bilat:")]  # stderr's note
    assert max(len(line) for line in drawn) <= columns
    table = "\n".join(lines)
    for record_id in (ALUMINIUM, ANTICANCER, SECOND):
        assert record_id in table  # on one line, never broken
    if columns >= 200:
        assert "Investment" in table
        assert "not shown" not in table
    if columns <= 80:
        assert "not shown, for want of width" in table


def test_list_help_says_what_status_takes_per_kind(run_bilat) -> None:
    result = run_bilat("list", "--help", env={"COLUMNS": "400"})
    assert result.returncode == 0
    said = " ".join(result.stdout.split())
    assert "projects: " + ", ".join(PROJECT_STATUSES) in said
    assert "agreements: " + ", ".join(AGREEMENT_STATUSES) in said


def test_a_status_of_another_kind_is_refused_naming_the_right_ones(
    seeded_path: Path, run_bilat
) -> None:
    result = run_bilat("list", "projects", "--status", "draft", db=seeded_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "draft is not a status of projects" in result.stderr
    assert "proposed" not in result.stderr  # an agreement status is not offered


@pytest.mark.parametrize("where", ["missing-folder", "a-folder", "folder-slash"])
def test_export_to_a_bad_path_is_one_line(
    seeded_path: Path, tmp_path: Path, run_bilat, where: str
) -> None:
    target = {
        "missing-folder": str(tmp_path / "no" / "x.json"),
        "a-folder": str(tmp_path),
        "folder-slash": str(tmp_path / "out") + "/",
    }[where]
    (tmp_path / "out").mkdir()
    result = run_bilat("export", "-o", target, db=seeded_path)
    assert result.returncode == 1
    assert result.stderr.startswith("bilat: error: cannot write export ")
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    assert list((tmp_path / "out").iterdir()) == []


def test_a_failed_import_leaves_no_lock_and_no_file(tmp_path: Path, run_bilat) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"projects": [{"id": "prj-x"}]}), encoding="utf-8")
    folder = tmp_path / "db"
    folder.mkdir()
    result = run_bilat("import", bad, db=folder / "new.json")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert list(folder.iterdir()) == []  # no database, no lock file, no temporary file


def test_a_failed_import_lets_the_next_writer_in_at_once(
    seeded_path: Path, tmp_path: Path, run_bilat
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"projects": [{"id": "prj-x"}]}), encoding="utf-8")
    store = Store.open(seeded_path)
    with pytest.raises(Exception, match="prj-x"):
        store.import_files([bad])
    # Another process writes at once: the lock was let go (a held one would make it wait
    # for the lock's timeout, then fail).
    good = tmp_path / "good.json"
    good.write_text(
        json.dumps({"sectors": [{"id": "sec-extra", "name": {"en": "Extra"}}]}),
        encoding="utf-8",
    )
    result = run_bilat("import", good, db=seeded_path, timeout=30)
    assert result.returncode == 0, result.stderr
    store.backend.close()


# -- config and saved filters ----------------------------------------------------------


def test_list_saved_recalls_a_filter_from_the_config(
    seeded_path: Path, tmp_path: Path, run_bilat
) -> None:
    config = tmp_path / "mine.toml"
    config.write_text('[filters]\nheavy = "sector:heavy status:approved"\n', encoding="utf-8")
    result = run_bilat("--config", config, "list", "projects", "--saved", "heavy", db=seeded_path)
    assert result.returncode == 0, result.stderr
    assert listed_ids(result.stdout) == [ALUMINIUM, SECOND]
    # The same file through the environment; and a name it does not hold, in one line.
    by_env = run_bilat(
        "list", "projects", "--saved", "pharma", db=seeded_path, env={"BILAT_CONFIG": str(config)}
    )
    assert by_env.returncode == 1
    assert by_env.stderr == "bilat: error: no filter is saved as 'pharma' (saved: heavy)\n"


def test_the_config_in_the_user_config_folder_is_read(
    seeded_path: Path, tmp_path: Path, run_bilat
) -> None:
    folder = tmp_path / "xdg-config" / "bilat"
    folder.mkdir(parents=True)
    (folder / "config.toml").write_text('[filters]\npharma = "sector:pharma"\n', encoding="utf-8")
    result = run_bilat("list", "projects", "--saved", "pharma", db=seeded_path)
    assert result.returncode == 0, result.stderr
    assert listed_ids(result.stdout) == [ANTICANCER]


@pytest.mark.parametrize(
    ("text", "line", "said"),
    [
        ('theme = "nord"\n[keys\n', 2, "expected ']'"),
        ('theme = "nord"\n\n[keys]\n"main.filter" = 3\n', 4, "keys.main.filter: expected `str`"),
        ('theme = "nord"\ncolour = "red"\n', 2, "colour: unknown setting"),
        ('[filters]\nok = "pharma"\nbad = "status:nope"\n', 3, "filter 'bad': unknown status"),
        ('[columns.projects]\nshown = "name"\n', 2, "columns.projects.shown: expected `array`"),
        (b"theme = '\xff'\n", 1, "not UTF-8"),
    ],
)
def test_a_bad_config_is_one_line_naming_file_and_line(
    seeded_path: Path, tmp_path: Path, run_bilat, text: str | bytes, line: int, said: str
) -> None:
    config = tmp_path / "bad.toml"
    if isinstance(text, bytes):
        config.write_bytes(text)
    else:
        config.write_text(text, encoding="utf-8")
    result = run_bilat("--config", config, "list", "projects", "--saved", "ok", db=seeded_path)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"bilat: error: config {config}, line {line}: ")
    assert said in result.stderr
    assert "Traceback" not in result.stderr


def test_config_changes_are_read_again_before_writing_and_keep_each_other(
    tmp_path: Path,
) -> None:
    path = tmp_path / "sub" / "config.toml"
    update_config(path, lambda c: c.with_theme("nord"))
    # Another session saved a filter meanwhile: a column layout saved next keeps both.
    update_config(path, lambda c: c.with_filter("pharma", "sector:pharma"))
    layout = ColumnLayout(shown=["name", "status"], widths={"name": 30})
    update_config(path, lambda c: c.with_column_layout("projects", layout))
    config = load_config(path)
    assert config.theme == "nord"
    assert config.filters == {"pharma": "sector:pharma"}
    assert config.column_layout("projects") == layout
    assert config.column_layout("agreements") is None
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


def test_a_config_behind_a_symbolic_link_is_written_where_it_points(tmp_path: Path) -> None:
    real = tmp_path / "dotfiles" / "bilat.toml"
    real.parent.mkdir()
    real.write_text('theme = "nord"\n', encoding="utf-8")
    link = tmp_path / "config.toml"
    link.symlink_to(real)
    update_config(link, lambda c: c.with_filter("x", "pharma"))
    assert link.is_symlink()
    assert load_config(real).filters == {"x": "pharma"}
    assert load_config(real).theme == "nord"


def test_a_fifo_is_not_waited_on(tmp_path: Path, run_bilat, seeded_path: Path) -> None:
    fifo = tmp_path / "config.toml"
    subprocess.run(["mkfifo", str(fifo)], check=True)
    result = run_bilat(
        "--config", fifo, "list", "projects", "--saved", "x", db=seeded_path, timeout=20
    )
    assert result.returncode == 1
    assert re.match(rf"bilat: error: config {re.escape(str(fifo))}: ", result.stderr)


def test_free_words_match_at_word_starts_in_the_seeds(seeded_path: Path, run_bilat) -> None:
    found = run_bilat("list", "projects", "--search", "temouch", db=seeded_path)
    assert listed_ids(found.stdout) == [ALUMINIUM]  # "Témouchent": a prefix, accents folded
    # "renforcement" is in the article (and in claims' quotes): an infix finds nothing.
    quotes = run_bilat("list", "claims", "--search", "renforc", db=seeded_path)
    assert listed_ids(quotes.stdout)
    infix = run_bilat("list", "claims", "--search", "cement", db=seeded_path)
    assert listed_ids(infix.stdout) == []


def test_the_readme_config_example_is_a_config() -> None:
    from bilat.store.config import parse_config

    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## The config file") :]
    example = re.search(r"```toml\n(.*?)```", section, re.S)
    assert example is not None
    config = parse_config(example.group(1).encode(), Path("config.toml"))
    assert config.filters["heavy-approved"] == "sector:heavy status:approved"
    assert config.keys["main.filter"] == "ctrl+f"
