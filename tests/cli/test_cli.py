"""`bilat` through its installed entry point: list, show, export/import, init, add-source."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bilat.store import Store
from bilat.store.locations import seed_files
from tests.conftest import SEED_COUNTS, SEED_TOTAL
from tests.dbfiles import database_bytes

ALUMINIUM = "prj-dz-ain-temouchent-aluminium-complex"
ANTICANCER = "prj-dz-ru-anticancer-medicine-plants"
SECOND = "prj-dz-second-heavy-industry-complex"
AGR_MOU = "agr-dz-ru-anpp-institute-mou"
SOURCE_ID = "src-866b44c0265b5443"
SOURCE_TITLE = "Untitled article: Algeria–Russia industrial cooperation (French)"
COUNTS = SEED_COUNTS
PREFIXES = {
    "sources": "src-",
    "sectors": "sec-",
    "orgs": "org-",
    "people": "per-",
    "projects": "prj-",
    "agreements": "agr-",
    "claims": "clm-",
}
HEADERS = {
    "projects": [
        *("Id", "Name", "Sectors", "Where", "Status", "Key date"),
        *("Capacity", "Jobs", "Investment"),
    ],
    "agreements": ["Id", "Title", "Instrument", "Parties", "Status", "Key date", "Investment"],
    "sectors": ["Id", "Name", "Parent", "Codes"],
    "orgs": ["Id", "Name", "Acronym", "Kind", "Country"],
    "people": ["Id", "Name", "Roles"],
    "sources": ["Id", "Title", "Publisher", "Lang", "Published", "Claims"],
    "claims": ["Id", "Subject", "Field", "Quote", "Source"],
}


def write_json(path: Path, value: Any) -> Path:
    path.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    return path


def listed_ids(stdout: str) -> list[str]:
    lines = stdout.splitlines()
    return [line.split("\t")[0] for line in lines[1:]]


# -- list -----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(COUNTS))
def test_list_piped_is_tab_separated_with_header(seeded_path: Path, run_bilat, kind: str) -> None:
    result = run_bilat("list", kind, db=seeded_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split("\t") == HEADERS[kind]
    assert len(lines) == 1 + COUNTS[kind]
    assert all(len(line.split("\t")) == len(HEADERS[kind]) for line in lines)
    ids = listed_ids(result.stdout)
    assert ids == sorted(ids)
    assert all(ident.startswith(PREFIXES[kind]) for ident in ids)
    # Plain text: no Rich table borders, no escape sequences.
    assert "━" not in result.stdout and "│" not in result.stdout
    assert "\x1b" not in result.stdout


@pytest.mark.parametrize("kind", sorted(COUNTS))
def test_list_csv_parses(seeded_path: Path, run_bilat, kind: str) -> None:
    result = run_bilat("list", kind, "--format", "csv", db=seeded_path)
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == HEADERS[kind]
    assert len(rows) == 1 + COUNTS[kind]
    assert all(len(row) == len(HEADERS[kind]) for row in rows)


@pytest.mark.parametrize("kind", sorted(COUNTS))
def test_list_json_parses(seeded_path: Path, run_bilat, kind: str) -> None:
    result = run_bilat("list", kind, "--format", "json", db=seeded_path)
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert len(records) == COUNTS[kind]
    assert all("rev" not in record for record in records)
    exported = json.loads(run_bilat("export", db=seeded_path).stdout)
    assert records == exported[kind]


def test_list_project_row_content(seeded_path: Path, run_bilat) -> None:
    result = run_bilat("list", "projects", "--format", "csv", db=seeded_path)
    rows = {row[0]: row for row in csv.reader(io.StringIO(result.stdout))}
    row = dict(zip(HEADERS["projects"], rows[ALUMINIUM], strict=True))
    assert row["Status"] == "approved"
    assert "Ain Temouchent" in row["Where"]
    assert row["Sectors"].startswith("Aluminium")
    assert "5 000" in row["Jobs"]
    assert "1 000 000" in row["Capacity"]
    assert row["Investment"] == ""  # the article states none


@pytest.mark.parametrize(
    ("args", "kind", "expected"),
    [
        (["--sector", "pharma"], "projects", [ANTICANCER]),
        (["--sector", "heavy"], "projects", [ALUMINIUM, SECOND]),
        (
            ["--sector", "pharma"],
            "agreements",
            [
                AGR_MOU,
                "agr-dz-ru-anticancer-plants-partnership",
                "agr-dz-ru-pharma-health-cooperation",
            ],
        ),
        (["--status", "draft"], "agreements", [AGR_MOU]),
        (
            ["--status", "approved", "--status", "construction"],
            "projects",
            [ALUMINIUM, ANTICANCER, SECOND],
        ),
        (
            ["--country", "RU"],
            "orgs",
            ["org-ru-institute-medicines-good-practices", "org-ru-ministry-health"],
        ),
        (["--country", "ru"], "projects", [ALUMINIUM, ANTICANCER, SECOND]),
        (["--org", "anpp"], "agreements", [AGR_MOU]),
        (["--search", "temouchent"], "projects", [ALUMINIUM]),
        (["--search", "TÉMOUCHENT"], "projects", [ALUMINIUM]),
        (["--search", "sector:pharma status:draft"], "agreements", [AGR_MOU]),
        (["--sector", "heavy", "--search", "temouchent"], "projects", [ALUMINIUM]),
        (["--search", "nothing-like-this"], "projects", []),
        # An organisation is in a sector through the projects and agreements it is party to.
        (
            ["--sector", "pharma"],
            "orgs",
            [
                "org-dz-anpp",
                "org-dz-ministry-industry-pharma",
                "org-ru-institute-medicines-good-practices",
                "org-ru-ministry-health",
            ],
        ),
        (["--sector", "steel"], "orgs", ["org-dz-ministry-industry-pharma"]),
        (["--sector", "tourism"], "orgs", []),
        (
            ["--sector", "pharma", "--country", "DZ"],
            "orgs",
            ["org-dz-anpp", "org-dz-ministry-industry-pharma"],
        ),
        (
            ["--search", "sector:heavy"],
            "sectors",
            ["sec-aluminium", "sec-heavy-industry", "sec-steel"],
        ),
    ],
)
def test_list_filters(
    seeded_path: Path, run_bilat, args: list[str], kind: str, expected: list[str]
) -> None:
    result = run_bilat("list", kind, *args, db=seeded_path)
    assert result.returncode == 0, result.stderr
    assert listed_ids(result.stdout) == expected
    if not expected:
        assert "no records match" in result.stderr


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--sector", "nope"], "no sector matches 'nope'"),
        (["--org", "nope"], "no organisation matches 'nope'"),
        (["--status", "building"], "unknown status 'building'"),
        (["--country", "Algeria"], "two-letter"),
        (["--search", "colour:red"], "unknown qualifier"),
    ],
)
def test_list_bad_filter_is_a_usage_error(
    seeded_path: Path, run_bilat, args: list[str], words: str
) -> None:
    result = run_bilat("list", "projects", *args, db=seeded_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("kind", "args", "words"),
    [
        ("sources", ["--sector", "pharma"], "sector: does not apply to sources"),
        ("claims", ["--status", "signed"], "status: does not apply to claims"),
        ("claims", ["--search", "org:anpp temouchent"], "org: does not apply to claims"),
        ("sectors", ["--country", "DZ"], "country: does not apply to sectors"),
        ("orgs", ["--status", "approved"], "status: does not apply to orgs"),
    ],
)
def test_a_qualifier_a_kind_does_not_have_is_refused(
    seeded_path: Path, run_bilat, kind: str, args: list[str], words: str
) -> None:
    """Not an empty list (that reads as "none match") nor the qualifier silently ignored."""
    result = run_bilat("list", kind, *args, db=seeded_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


# -- show -----------------------------------------------------------------------------------


def test_show_project_has_claims_quotes_sources_and_flags(seeded_path: Path, run_bilat) -> None:
    result = run_bilat("show", ALUMINIUM, db=seeded_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith(f"Id: {ALUMINIUM}\n")
    assert "Status: approved" in out
    assert SOURCE_TITLE in out
    assert SOURCE_ID in out
    assert "clm-prj-aluminium-status" in out
    assert "“" in out  # quotes are shown
    assert "5000 emplois directs" in out
    assert "⚑" in out  # the article's contradiction is flagged
    assert "Related:" in out
    assert "CONFLICT" not in out


def test_show_every_seed_record(seeded_path: Path, run_bilat) -> None:
    """Every record of every kind can be shown (one process per kind keeps it quick)."""
    for kind in ("sources", "sectors", "orgs", "people", "agreements"):
        ids = listed_ids(run_bilat("list", kind, db=seeded_path).stdout)
        for ident in ids[:1]:
            result = run_bilat("show", ident, db=seeded_path)
            assert result.returncode == 0, result.stderr
            assert f"Id: {ident}" in result.stdout


def test_show_and_list_a_person(seeded_path: Path, tmp_path: Path, run_bilat) -> None:
    shown = run_bilat("show", "per-ali-aoun", db=seeded_path)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("Id: per-ali-aoun\nName: Ali Aoun [fr]\n")
    assert "Roles: ministre de l’Industrie et de la Production pharmaceutique [fr]" in shown.stdout
    assert "“le ministre de l’Industrie et de la Production pharmaceutique, Ali Aoun”" in (
        shown.stdout
    )
    assert "role (ministre de l’Industrie" in shown.stdout  # related: his ministry
    record = json.loads(
        run_bilat("show", "per-ali-aoun", "--format", "json", db=seeded_path).stdout
    )
    assert record["record"]["roles"][0]["org"] == "org-dz-ministry-industry-pharma"
    assert len(record["claims"]) == 4
    # Made a party (in this test only), he filters the projects by name or by --person.
    project = json.loads(run_bilat("show", SECOND, "--format", "json", db=seeded_path).stdout)
    project["record"]["parties"].append({"person": "per-ali-aoun", "role": "approver"})
    bundle = write_json(tmp_path / "party.json", {"projects": [project["record"]]})
    assert run_bilat("import", bundle, db=seeded_path).returncode == 0
    for args in (["--person", "aoun"], ["--search", "person:ali"], ["--search", "aoun"]):
        listed = run_bilat("list", "projects", *args, db=seeded_path)
        assert listed_ids(listed.stdout) == [SECOND], args
    agreements = run_bilat("list", "agreements", "--person", "aoun", db=seeded_path)
    assert listed_ids(agreements.stdout) == []
    wrong = run_bilat("list", "projects", "--person", "nobody", db=seeded_path)
    assert wrong.returncode == 2  # a usage error
    assert wrong.stderr == "bilat: error: no person matches 'nobody'\n"


def test_show_source_and_claim(seeded_path: Path, run_bilat) -> None:
    source = run_bilat("show", SOURCE_ID, db=seeded_path).stdout
    assert SOURCE_TITLE in source
    assert f"cited by {SEED_COUNTS['claims']} claim(s)" in source
    assert "Publisher: unknown" in source
    claim = run_bilat("show", "clm-prj-anticancer-operation-start", db=seeded_path).stdout
    assert "entrera en fonction fin 2025" in claim
    assert ANTICANCER in claim


def test_show_marks_conflicting_claims(seeded_path: Path, tmp_path: Path, run_bilat) -> None:
    rival = write_json(
        tmp_path / "rival.json",
        {
            "claims": [
                {
                    "id": "clm-rival-status",
                    "subject": ANTICANCER,
                    "field": "status",
                    "value": "announced",
                    "source": SOURCE_ID,
                    "quote": "Ce projet, dont la première pierre",
                    "rank": "normal",
                }
            ]
        },
    )
    assert run_bilat("import", rival, db=seeded_path).returncode == 0
    out = run_bilat("show", ANTICANCER, db=seeded_path).stdout
    status_line = next(line for line in out.splitlines() if line.startswith("Status:"))
    assert "CONFLICT" in status_line
    assert "clm-rival-status" in out
    assert "[normal]" in out


def test_show_json(seeded_path: Path, run_bilat) -> None:
    result = run_bilat("show", ANTICANCER, "--format", "json", db=seeded_path)
    doc = json.loads(result.stdout)
    assert doc["record"]["id"] == ANTICANCER
    assert {c["subject"] for c in doc["claims"]} == {ANTICANCER}
    assert len(doc["claims"]) >= 5


def test_show_unknown_id(seeded_path: Path, run_bilat) -> None:
    for ident in ("prj-nope", "nonsense"):
        result = run_bilat("show", ident, db=seeded_path)
        assert result.returncode == 1
        assert result.stdout == ""
        assert result.stderr.strip() == f"bilat: error: no record has id '{ident}'"


# -- usage errors ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["frobnicate"],
        ["list"],
        ["list", "widgets"],
        ["list", "projects", "--bogus"],
        ["list", "projects", "--format", "xml"],
        ["show"],
        ["--nope", "list", "projects"],
        ["add-source"],  # the file is required
    ],
    ids=lambda args: "-".join(args),
)
def test_usage_error_is_exit_2_one_line(seeded_path: Path, run_bilat, args: list[str]) -> None:
    before = database_bytes(seeded_path)
    result = run_bilat(*args, db=seeded_path)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("bilat: error: ")
    assert "bilat --help" in lines[0]
    assert database_bytes(seeded_path) == before


def test_help_and_version(run_bilat) -> None:
    help_result = run_bilat("--help")
    assert help_result.returncode == 0
    for command in ("list", "show", "export", "import", "check", "init", "add-source"):
        assert command in help_result.stdout
    version = run_bilat("--version")
    assert version.returncode == 0
    assert version.stdout.startswith("bilat ")


def test_debug_shows_the_traceback(seeded_path: Path, run_bilat) -> None:
    result = run_bilat("--debug", "show", "prj-nope", db=seeded_path)
    assert result.returncode == 1
    assert "Traceback" in result.stderr
    assert "NotFoundError" in result.stderr


def test_python_dash_m_bilat_runs_the_command(seeded_path: Path, run_bilat) -> None:
    result = run_bilat("list", "sectors", db=seeded_path, command=[sys.executable, "-m", "bilat"])
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 1 + COUNTS["sectors"]


# -- export / import ------------------------------------------------------------------------


def test_export_to_file_then_import_round_trip(
    seeded_path: Path, tmp_path: Path, run_bilat
) -> None:
    out = tmp_path / "export.json"
    result = run_bilat("export", "-o", out, db=seeded_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    stdout_export = run_bilat("export", "--format", "json", db=seeded_path, binary=True).stdout
    assert out.read_bytes() == stdout_export
    bundle = json.loads(out.read_bytes())
    assert bundle["schema"] == "bilat/1"
    assert {kind: len(bundle[kind]) for kind in COUNTS} == COUNTS

    fresh = tmp_path / "fresh.json"
    imported = run_bilat("import", out, db=fresh)
    assert imported.returncode == 0, imported.stderr
    assert f"{SEED_TOTAL} added, 0 replaced" in imported.stderr
    again = run_bilat("export", db=fresh, binary=True).stdout
    assert again == stdout_export


def test_export_to_missing_folder_is_one_line(seeded_path: Path, tmp_path: Path, run_bilat) -> None:
    result = run_bilat("export", "-o", tmp_path / "no" / "x.json", db=seeded_path)
    assert result.returncode == 1
    assert result.stderr == (
        f"bilat: error: cannot write export {tmp_path / 'no' / 'x.json'}: "
        f"folder {tmp_path / 'no'} does not exist\n"
    )


def test_import_creates_the_database(tmp_path: Path, run_bilat) -> None:
    db = tmp_path / "new.json"
    result = run_bilat("import", *seed_files(), db=db)
    assert result.returncode == 0, result.stderr
    assert db.exists()
    assert run_bilat("check", db=db).returncode == 0


# -- init -----------------------------------------------------------------------------------


def test_init_on_fresh_path_seeds_it(tmp_path: Path, run_bilat) -> None:
    db = tmp_path / "sub" / "fresh.json"
    result = run_bilat("init", db=db)
    assert result.returncode == 0, result.stderr
    assert f"{SEED_TOTAL} records ({SEED_TOTAL} added, 0 replaced)" in result.stderr
    assert Store.open(db).counts() == COUNTS


def test_init_reset_without_yes_and_no_tty_refuses(
    seeded_path: Path, tmp_path: Path, run_bilat
) -> None:
    extra = write_json(
        tmp_path / "extra.json", {"sectors": [{"id": "sec-extra", "name": {"en": "E"}}]}
    )
    assert run_bilat("import", extra, db=seeded_path).returncode == 0
    before = database_bytes(seeded_path)
    result = run_bilat("init", "--reset", db=seeded_path, input="y\n")
    assert result.returncode == 2
    assert "--yes" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert database_bytes(seeded_path) == before


def test_init_reset_yes_resets(seeded_path: Path, tmp_path: Path, run_bilat) -> None:
    extra = write_json(
        tmp_path / "extra.json", {"sectors": [{"id": "sec-extra", "name": {"en": "E"}}]}
    )
    assert run_bilat("import", extra, db=seeded_path).returncode == 0
    result = run_bilat("init", "--reset", "--yes", db=seeded_path)
    assert result.returncode == 0, result.stderr
    db = Store.open(seeded_path)
    assert db.counts() == COUNTS
    assert "sec-extra" not in {s.id for s in db.select("sectors")}


def test_init_reset_asks_on_a_terminal(seeded_path: Path, tmp_path: Path, make_env) -> None:
    pexpect = pytest.importorskip("pexpect")
    extra = write_json(
        tmp_path / "extra.json", {"sectors": [{"id": "sec-extra", "name": {"en": "E"}}]}
    )
    Store.open(seeded_path).import_files([extra])
    bilat = str(Path(sys.executable).parent / "bilat")
    before = database_bytes(seeded_path)

    child = pexpect.spawn(
        bilat, ["--db", str(seeded_path), "init", "--reset"], env=make_env(), timeout=30
    )
    child.expect(r"\[y/N\]")
    child.sendline("n")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert database_bytes(seeded_path) == before

    child = pexpect.spawn(
        bilat, ["--db", str(seeded_path), "init", "--reset"], env=make_env(), timeout=30
    )
    child.expect(f"Delete all {SEED_TOTAL + 1} records")
    child.sendline("y")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert Store.open(seeded_path).counts() == COUNTS


def test_first_run_creates_and_seeds_the_per_user_database(tmp_path: Path, run_bilat) -> None:
    data_home = tmp_path / "xdg-data"
    result = run_bilat("list", "projects", env={"BILAT_DB": None})
    assert result.returncode == 0, result.stderr
    created = data_home / "bilat" / "bilat.json"
    assert created.exists()
    assert f"created {created}" in result.stderr
    assert f"{SEED_TOTAL} records" in result.stderr
    assert listed_ids(result.stdout) == [ALUMINIUM, ANTICANCER, SECOND]
    # The second run uses it quietly.
    again = run_bilat("list", "sectors", env={"BILAT_DB": None})
    assert again.returncode == 0
    assert again.stderr == ""
    assert not (tmp_path / "home" / ".local").exists()


def test_bilat_db_environment_variable_chooses_the_file(
    seeded_path: Path, tmp_path: Path, run_bilat
) -> None:
    result = run_bilat("list", "orgs", env={"BILAT_DB": str(seeded_path)})
    assert result.returncode == 0, result.stderr
    assert len(listed_ids(result.stdout)) == COUNTS["orgs"]
    assert not (tmp_path / "xdg-data" / "bilat").exists()
    # --db wins over BILAT_DB.
    other = tmp_path / "other.json"
    missing = run_bilat("list", "orgs", db=other, env={"BILAT_DB": str(seeded_path)})
    assert missing.returncode == 1
    assert str(other) in missing.stderr


# -- add-source -----------------------------------------------------------------------------


def test_add_source(seeded_path: Path, tmp_path: Path, run_bilat) -> None:
    text = "Прямая речь: l’Algérie et la Russie signent.\nSecond line.\n"
    doc = tmp_path / "article.txt"
    doc.write_text(text, encoding="utf-8")
    result = run_bilat(
        "add-source",
        doc,
        "--title",
        "Dépêche",
        "--publisher",
        "APS",
        "--url",
        "https://example.org/a",
        "--published",
        "fin 2025",
        "--lang",
        "fr",
        db=seeded_path,
    )
    assert result.returncode == 0, result.stderr
    source_id = result.stdout.strip()
    assert source_id.startswith("src-")
    assert "added source" in result.stderr
    source = Store.open(seeded_path).get(source_id)
    assert source.text == text
    assert source.title == "Dépêche"
    assert source.publisher == "APS"
    assert source.published is not None
    assert (source.published.earliest, source.published.latest) == ("2025-10-01", "2025-12-31")
    shown = run_bilat("show", source_id, db=seeded_path).stdout
    assert "Dépêche" in shown
    assert source_id in listed_ids(run_bilat("list", "sources", db=seeded_path).stdout)
    # Adding the same text again replaces it rather than duplicating it.
    again = run_bilat("add-source", doc, "--title", "Dépêche 2", db=seeded_path)
    assert again.returncode == 0
    assert "replaced source" in again.stderr
    assert Store.open(seeded_path).counts()["sources"] == 2


def test_add_source_from_stdin_with_id(seeded_path: Path, run_bilat) -> None:
    result = run_bilat(
        "add-source",
        "-",
        "--title",
        "Piped",
        "--id",
        "src-piped",
        db=seeded_path,
        input="Du texte.",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "src-piped"
    assert Store.open(seeded_path).get("src-piped").text == "Du texte."


@pytest.mark.parametrize(
    ("content", "extra", "code", "words"),
    [
        (b"\xff\xfe not utf-8", [], 1, "not UTF-8"),
        (b"   \n", [], 1, "empty"),
        (b"text", ["--published", "someday"], 1, "cannot read the date"),
        (b"text", ["--id", "Bad Id"], 1, "id"),
        (b"text", ["--lang", "French"], 1, "lang"),
    ],
)
def test_add_source_errors(
    seeded_path: Path,
    tmp_path: Path,
    run_bilat,
    content: bytes,
    extra: list[str],
    code: int,
    words: str,
) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_bytes(content)
    before = database_bytes(seeded_path)
    result = run_bilat("add-source", doc, "--title", "T", *extra, db=seeded_path)
    assert result.returncode == code
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert database_bytes(seeded_path) == before


def test_add_source_missing_file(seeded_path: Path, tmp_path: Path, run_bilat) -> None:
    result = run_bilat("add-source", tmp_path / "absent.txt", "--title", "T", db=seeded_path)
    assert result.returncode == 2
    assert "absent.txt" in result.stderr


# -- hostile data ---------------------------------------------------------------------------

HOSTILE_NAME = "\x1b[31mRED\x1b[0m [bold]x[/] \u202eevil"
HOSTILE_BUNDLE = {
    "sources": [
        {
            "id": "src-h",
            "title": "T \x1b[31mRED\x1b[0m [bold]t[/]",
            "text": "Le texte \x1b]0;pwned\x07 dit [red]ceci[/red] \u202eevil.",
        }
    ],
    "projects": [
        {
            "id": "prj-h",
            "name": {"en": HOSTILE_NAME},
            "notes": "\x1b[2J\x1b[H",
            "flags": ["\x1b[5mblink"],
            "location": {"region": "\x1b[8mhidden", "country": "DZ"},
        }
    ],
    "claims": [
        {
            "id": "clm-h",
            "subject": "prj-h",
            "field": "notes",
            "value": "\x1b[1m",
            "source": "src-h",
            "quote": "\x1b]0;pwned\x07 dit [red]ceci[/red]",
        }
    ],
}


@pytest.fixture
def hostile_db(tmp_path: Path, run_bilat) -> Path:
    db = tmp_path / "hostile.json"
    bundle = write_json(tmp_path / "hostile-bundle.json", HOSTILE_BUNDLE)
    result = run_bilat("import", bundle, db=db)
    assert result.returncode == 0, result.stderr
    return db


@pytest.mark.parametrize(
    "args",
    [
        ["list", "projects"],
        ["list", "projects", "--format", "csv"],
        ["list", "projects", "--format", "json"],
        ["list", "sources"],
        ["list", "sources", "--format", "csv"],
        ["list", "claims"],
        ["list", "claims", "--format", "csv"],
        ["show", "prj-h"],
        ["show", "prj-h", "--format", "json"],
        ["show", "src-h"],
        ["show", "clm-h"],
        ["export"],
    ],
    ids=lambda args: "-".join(args),
)
def test_escape_sequences_never_reach_stdout_raw(
    hostile_db: Path, run_bilat, args: list[str]
) -> None:
    result = run_bilat(*args, db=hostile_db, binary=True)
    assert result.returncode == 0, result.stderr
    assert b"\x1b" not in result.stdout
    assert b"\x07" not in result.stdout
    assert b"\x1b" not in result.stderr


def test_hostile_text_is_shown_visibly_and_literally(hostile_db: Path, run_bilat) -> None:
    out = run_bilat("list", "projects", db=hostile_db).stdout
    assert "\\x1b[31mRED\\x1b[0m [bold]x[/]" in out  # markup is not interpreted
    assert "\\u202e" in out and "\u202e" not in out
    shown = run_bilat("show", "prj-h", db=hostile_db).stdout
    assert "[red]ceci[/red]" in shown
    # JSON keeps the exact text for machines.
    exact = json.loads(run_bilat("list", "projects", "--format", "json", db=hostile_db).stdout)
    assert exact[0]["name"]["en"] == HOSTILE_NAME


def test_hostile_text_in_a_terminal_table(hostile_db: Path, make_env) -> None:
    """On a terminal `list` draws a Rich table; data escapes are still shown, not obeyed."""
    pexpect = pytest.importorskip("pexpect")
    env = make_env(COLUMNS="250", LINES="50", TERM="xterm")
    env.pop("NO_COLOR", None)
    child = pexpect.spawn(
        str(Path(sys.executable).parent / "bilat"),
        ["--db", str(hostile_db), "list", "projects"],
        env=env,
        timeout=30,
        dimensions=(50, 250),
    )
    child.expect(pexpect.EOF)
    child.close()
    output = child.before.decode("utf-8", "replace")
    assert child.exitstatus == 0, output
    assert "prj-h" in output
    assert "[bold]x[/]" in output
    assert "\\x1b[31mRED" in output
    for raw in ("\x1b[31mRED", "\x1b[2J", "\x1b]0;", "\x1b[8m", "\u202e"):
        assert raw not in output


def test_broken_pipe_is_not_an_error(tmp_path: Path, make_env) -> None:
    db = tmp_path / "big.json"
    Store.open(db).import_records([])
    # Well over a pipe buffer (64 KiB), so the writer meets the closed pipe.
    bulk = {"sectors": [{"id": f"sec-{i:05d}", "name": {"en": "s" * 120}} for i in range(1000)]}
    Store.open(db).import_files([write_json(tmp_path / "bulk.json", bulk)])
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "bilat"), "--db", str(db), "list", "sectors"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=make_env(),
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline().startswith(b"Id\t")
    proc.stdout.close()  # like `| head -1`
    proc.wait(timeout=30)
    stderr = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.returncode == 0, stderr
    assert "Traceback" not in stderr


def test_reading_commands_never_rewrite_the_file(seeded_path: Path, run_bilat) -> None:
    before = seeded_path.stat()
    content = database_bytes(seeded_path)
    for args in (
        ["list", "projects"],
        ["list", "claims", "--format", "json"],
        ["show", ALUMINIUM],
        ["check"],
        ["export"],
    ):
        assert run_bilat(*args, db=seeded_path).returncode == 0, args
    after = seeded_path.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert database_bytes(seeded_path) == content


def test_hostile_command_line_argument_is_not_echoed_raw(seeded_path: Path, run_bilat) -> None:
    result = run_bilat("show", "prj-\x1b[2J\x1b]0;x\x07", db=seeded_path, binary=True)
    assert result.returncode == 1
    assert b"\x1b" not in result.stderr
    assert b"\\x1b" in result.stderr


def test_the_explorer_without_a_terminal_is_a_usage_error(seeded_path: Path, run_bilat) -> None:
    """Keys cannot be read from a pipe: a clear refusal, not a screen that reads end of file."""
    result = run_bilat(db=seeded_path)  # stdin and stdout are pipes here
    assert result.returncode == 2
    assert result.stdout == ""
    assert "the explorer needs a terminal for its input and output" in result.stderr
    assert "bilat list" in result.stderr
