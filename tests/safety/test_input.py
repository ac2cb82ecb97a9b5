"""Hostile and broken input: import files, source files, filter texts, journals.

Whatever a user or a colleague's script hands bilat, the answer is a result or a one-line
error that names the file (and the place in it, when that can be known), never a traceback,
and nothing written. Item numbers refer to the safety issue these tests close.
"""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path
from typing import Any

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bilat.engine import Session
from bilat.store import bundle, parse_filter
from bilat.store.bundle import parse_bundle, read_bundle_file, read_bundle_files
from bilat.store.errors import BilatError, ImportFileError, RecordError
from bilat.store.journal import read_journal
from bilat.tui import cli
from tests.dbfiles import database_bytes


def write_json(path: Path, value: Any) -> Path:
    path.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    return path


def refused_cleanly(result: Any, file: Path, exit_code: int = 1) -> str:
    """The one line a refused command printed; it names ``file`` and holds no traceback."""
    assert result.returncode == exit_code, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(file) in lines[0]
    return str(lines[0])


# -- item 1: a key or a record id given twice ---------------------------------------------

PROJECT_A = '{"id": "prj-a", "name": {"en": "A"}}'

# (name, file text, words the error must hold)
REPEATED_KEYS = [
    (
        "top-level",
        '{"projects": [' + PROJECT_A + '], "projects": []}',
        ["top level", "'projects'", "twice"],
    ),
    (
        "record-id",
        '{"projects": [' + PROJECT_A + ', {"id": "prj-b", "name": {"en": "B"}, "id": "prj-c"}]}',
        ["projects[1]", "prj-b", "'id'", "twice"],
    ),
    (
        "record-field",
        '{"projects": [{"id": "prj-a", "status": "approved", "name": {"en": "A"}, '
        '"status": "cancelled"}]}',
        ["projects[0]", "prj-a", "'status'", "twice"],
    ),
    (
        "nested",
        '{"sectors": [{"id": "sec-a", "name": {"en": "A", "en": "B"}}]}',
        ["sectors[0]", "sec-a", "name", "'en'", "twice"],
    ),
]


@pytest.mark.parametrize(
    ("text", "words"), [pytest.param(text, words, id=name) for name, text, words in REPEATED_KEYS]
)
def test_a_key_given_twice_is_refused_naming_file_place_and_key(
    tmp_path: Path, text: str, words: list[str]
) -> None:
    path = tmp_path / "twice.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        read_bundle_file(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    for word in words:
        assert word in message, message


def test_a_key_given_twice_imports_nothing(seeded_path: Path, tmp_path: Path, run_bilat) -> None:
    good = write_json(tmp_path / "good.json", {"sectors": [{"id": "sec-ok", "name": {"en": "Ok"}}]})
    bad = tmp_path / "twice.json"
    bad.write_text(
        '{"projects": [{"id": "prj-a", "name": {"en": "A"}, "id": "prj-b"}]}', encoding="utf-8"
    )
    before = database_bytes(seeded_path)
    line = refused_cleanly(run_bilat("import", good, bad, db=seeded_path), bad)
    assert "projects[0]" in line and "'id'" in line
    assert database_bytes(seeded_path) == before


def test_a_record_id_given_twice_in_one_file_names_both_places(tmp_path: Path) -> None:
    path = write_json(
        tmp_path / "one.json",
        {"projects": [{"id": "prj-a", "name": {"en": "A"}}, {"id": "prj-a", "name": {"en": "B"}}]},
    )
    with pytest.raises(RecordError) as caught:
        read_bundle_files([path])
    message = str(caught.value)
    assert "prj-a" in message
    assert "projects[0]" in message and "projects[1]" in message


def test_a_record_id_given_in_two_files_names_both_places(tmp_path: Path) -> None:
    first = write_json(tmp_path / "first.json", {"sectors": [{"id": "sec-a", "name": {"en": "1"}}]})
    second = write_json(
        tmp_path / "second.json",
        {"sectors": [{"id": "sec-b", "name": {"en": "2"}}, {"id": "sec-a", "name": {"en": "3"}}]},
    )
    with pytest.raises(RecordError) as caught:
        read_bundle_files([first, second])
    message = str(caught.value)
    assert f"{first} sectors[0]" in message and f"{second} sectors[1]" in message


# -- item 2: no traceback ever reaches a user ---------------------------------------------

SOURCE_ID = "src-866b44c0265b5443"
SUBJECT = "prj-dz-ru-anticancer-medicine-plants"
QUOTE = "la première pierre a été posée"
HUGE = "123456789012345678901234567890"


def project_text(fields: str) -> bytes:
    """An import file of one project, ``fields`` written as raw JSON after its name."""
    return ('{"projects": [{"id": "prj-a", "name": {"en": "A"}, ' + fields + "}]}").encode()


def claim_text(value: str) -> bytes:
    """An import file of one valid claim on the seeds whose ``value`` is raw JSON."""
    return (
        f'{{"claims": [{{"id": "clm-a", "subject": "{SUBJECT}", "field": "status", '
        f'"source": "{SOURCE_ID}", "quote": "{QUOTE}", "value": {value}}}]}}'
    ).encode()


# (name, file bytes, words the error must hold besides the file's name)
HOSTILE_FILES: list[tuple[str, bytes, list[str]]] = [
    ("deep-arrays", b"[" * 100_000, ["JSON"]),
    ("deep-objects", b'{"a": ' * 100_000, ["JSON"]),
    ("deep-claim-value", claim_text("[" * 300 + "]" * 300), ["clm-a", "value", "deep"]),
    ("invalid-utf8", b'{"projects": [{"id": "prj-a", "name": {"en": "caf\xe9"}}]}', ["UTF-8"]),
    ("invalid-utf8-in-string", b'{"projects": [{"id": "prj-a", "notes": "\xc3("}]}', ["UTF-8"]),
    ("float-too-large", project_text('"capacity": [{"value": 1e999}]'), ["capacity[0].value"]),
    ("int-too-large-jobs", project_text(f'"jobs": [{{"value": {HUGE}}}]'), ["jobs[0].value"]),
    ("int-too-large-rev", project_text(f'"rev": {HUGE}'), ["prj-a", "rev", HUGE[:20]]),
    ("int-too-small", project_text(f'"jobs": [{{"value": -{HUGE}}}]'), ["jobs[0].value"]),
    ("int-too-large-year", claim_text(f'{{"year": {HUGE}}}'), ["clm-a", "value.year"]),
    (
        "int-too-large-date",
        project_text(f'"dates": {{"start": {{"raw": {HUGE}}}}}'),
        ["prj-a", "dates.start.raw"],
    ),
    ("int-of-5000-digits", project_text('"jobs": [{"value": ' + "9" * 5000 + "}]"), ["prj-a"]),
    ("nan", project_text('"capacity": [{"value": NaN}]'), ["prj-a", "capacity[0].value", "NaN"]),
    ("infinity", project_text('"jobs": [{"value": Infinity}]'), ["prj-a", "Infinity"]),
    ("minus-infinity", project_text('"jobs": [{"value": -Infinity}]'), ["prj-a", "Infinity"]),
    ("lone-surrogate", project_text('"notes": "\\ud800"'), ["surrogate"]),
    ("bom", b"\xef\xbb\xbf" + project_text('"notes": "x"'), ["BOM"]),
    ("empty", b"", ["empty"]),
    ("blank", b" \n\t\n", ["empty"]),
    ("nul-bytes", b"\0" * 1000, ["JSON"]),
]


@pytest.mark.parametrize(
    ("content", "words"),
    [pytest.param(content, words, id=name) for name, content, words in HOSTILE_FILES],
)
def test_a_hostile_import_file_is_one_line_naming_it(
    seeded_path: Path, tmp_path: Path, run_bilat, content: bytes, words: list[str]
) -> None:
    bad = tmp_path / "hostile.json"
    bad.write_bytes(content)
    before = database_bytes(seeded_path)
    line = refused_cleanly(run_bilat("import", bad, db=seeded_path, timeout=30), bad)
    for word in words:
        assert word in line, line
    assert database_bytes(seeded_path) == before


def test_a_claim_value_nested_deeper_than_32_levels_is_refused_before_it_is_typed(
    seeded, tmp_path: Path
) -> None:
    """Far deeper (254) could not be saved at all; within the limit, the value must still
    be what its field takes (a status is a word, not lists in lists)."""
    within = tmp_path / "within.json"
    within.write_bytes(claim_text("[" * 32 + "]" * 32))
    with pytest.raises(RecordError, match="clm-a field value: Expected `str`, got `array`"):
        seeded.import_files([within])
    beyond = tmp_path / "beyond.json"
    beyond.write_bytes(claim_text("[" * 33 + "]" * 33).replace(b"clm-a", b"clm-b"))
    with pytest.raises(RecordError, match="clm-b field value: is nested more than 32 levels"):
        seeded.import_files([beyond])
    fine = tmp_path / "fine.json"
    fine.write_bytes(claim_text('"construction"').replace(b"clm-a", b"clm-c"))
    assert seeded.import_files([fine]).total_added == 1


def special_files(tmp_path: Path) -> dict[str, Path]:
    """Paths that are not regular files: reading them would block, never end, or fail."""
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.json"
    folder.mkdir()
    return {"fifo": fifo, "dev-zero": Path("/dev/zero"), "directory": folder}


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "directory"])
def test_import_of_a_file_that_is_not_regular_is_refused(
    seeded_path: Path, tmp_path: Path, run_bilat, kind: str
) -> None:
    path = special_files(tmp_path)[kind]
    before = database_bytes(seeded_path)
    # A FIFO with no writer would block a plain open(); /dev/zero would fill the memory.
    line = refused_cleanly(run_bilat("import", path, db=seeded_path, timeout=20), path)
    assert "not a regular file" in line or "directory" in line
    assert database_bytes(seeded_path) == before


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "directory"])
def test_add_source_of_a_file_that_is_not_regular_is_refused(
    seeded_path: Path, tmp_path: Path, run_bilat, kind: str
) -> None:
    path = special_files(tmp_path)[kind]
    before = database_bytes(seeded_path)
    result = run_bilat("add-source", path, "--title", "T", db=seeded_path, timeout=20)
    refused_cleanly(result, path, exit_code=2)
    assert database_bytes(seeded_path) == before


def test_an_import_file_over_the_size_limit_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundle, "MAX_IMPORT_BYTES", 100)
    path = tmp_path / "large.json"
    path.write_bytes(project_text('"notes": "' + "x" * 100 + '"'))
    with pytest.raises(ImportFileError, match="larger than"):
        read_bundle_file(path)


def test_a_source_over_the_size_limit_from_standard_input_is_refused(
    seeded_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cli, "MAX_SOURCE_BYTES", 100)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 101)))
    before = database_bytes(seeded_path)
    code = cli.main(["--db", str(seeded_path), "add-source", "-", "--title", "T"])
    assert code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "larger than" in err
    assert database_bytes(seeded_path) == before


HOSTILE_FILTERS = [
    '"',
    '"""',
    "\\",
    '\\"\\\\"\\',
    'sector:"',
    'status:"appr',
    "sector:\\",
    ":",
    "::",
    ":b",
    "a:",
    "\x01\x1b[31mred\x1b[0m\x7f",
    "org:\x1b]0;title\x07",
    "status:\u202eevil",
    "x\x0b\x0c\x1c\x85\u2028y",
    "x" * 120_000,
    '"' * 120_000,
    "sector:a " * 12_000,
    "status:" + "x" * 120_000,
    "sector:" + "é" * 60_000,
    "country:" + "\x1b" * 100_000,
    "unknown" + "é" * 60_000 + ":x",
]


@pytest.mark.parametrize("text", HOSTILE_FILTERS, ids=range(len(HOSTILE_FILTERS)))
def test_a_hostile_filter_text_is_a_result_or_one_short_line(
    seeded_path: Path, run_bilat, text: str
) -> None:
    before = database_bytes(seeded_path)
    result = run_bilat("list", "projects", "--search", text, db=seeded_path)
    assert result.returncode in (0, 2), result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) <= 1, result.stderr
    # The error quotes what it did not understand, cut short: not 120,000 characters back.
    assert all(len(line) < 400 for line in lines), len(lines[0])
    assert "\x1b" not in result.stderr and "\x1b" not in result.stdout
    assert database_bytes(seeded_path) == before


def test_an_unexpected_error_is_one_line_and_a_traceback_only_with_debug(
    seeded_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(store: object, args: object) -> int:
        raise RuntimeError("a bug")

    monkeypatch.setattr(cli, "cmd_list", broken)
    code = cli.main(["--db", str(seeded_path), "list", "projects"])
    err = capsys.readouterr().err
    assert code != 0
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "a bug" in err and "--debug" in err
    cli.main(["--db", str(seeded_path), "--debug", "list", "projects"])
    assert "Traceback" in capsys.readouterr().err


# -- item 3: the readers, fuzzed ------------------------------------------------------------
#
# The property: a result, or a BilatError with a one-line message; never another exception.
# Small and derandomized: a few seconds in all, the same examples on every run.

FUZZ = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,  # no examples saved from another run: the same ones on every machine
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def assert_told(exc: BaseException) -> None:
    """``exc`` is an error written for a user: a BilatError, with a one-line message."""
    assert isinstance(exc, BilatError), repr(exc)
    message = str(exc)
    assert message.strip(), repr(exc)
    assert len(message.splitlines()) == 1, message


# Texts, a few with lone surrogates: not valid JSON text, but what Python's json module and
# a command line argument that is not UTF-8 (surrogateescape) give.
TEXTS = st.text(max_size=20) | st.text(
    st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF) | st.characters(), max_size=4
)
JSON_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | TEXTS
    | st.sampled_from(["", "prj-a", "sec-a", "src-a", "2025", "fin 2025", "DZ", "en"])
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXTS, inner, max_size=4),
    max_leaves=12,
)

# Valid records of each kind: the fuzzer breaks one field of them at a time.
VALID_DOCS: dict[str, dict[str, Any]] = {
    "sources": {"id": "src-a", "title": "T", "text": "Le texte dit ceci.", "lang": "fr"},
    "sectors": {"id": "sec-a", "name": {"en": "A"}, "codes": {"isic": "C21"}},
    "orgs": {"id": "org-a", "name": {"fr": "O"}, "kind": "company", "country": "DZ"},
    "projects": {
        "id": "prj-a",
        "name": {"en": "A"},
        "sectors": [{"sector": "sec-a", "primary": True}],
        "countries": ["DZ", "RU"],
        "location": {"country": "DZ", "region": "Oran"},
        "status": "approved",
        "dates": {"start": {"raw": "fin 2025", "earliest": "2025-10-01", "latest": "2025-12-31"}},
        "capacity": [{"value": 5, "unit": "Mt/yr"}],
        "jobs": [{"min": 1000, "max": 2000, "qualifier": "range", "job_type": "direct"}],
        "parties": [{"org": "org-a", "role": "builder"}],
    },
    "agreements": {
        "id": "agr-a",
        "title": {"fr": "Accord"},
        "instrument": "mou",
        "events": [{"type": "signed", "date": {"raw": "2025"}}],
        "projects": ["prj-a"],
    },
    "claims": {
        "id": "clm-a",
        "subject": "prj-a",
        "field": "status",
        "value": "approved",
        "source": "src-a",
        "quote": "dit ceci",
    },
}


@st.composite
def near_valid_bundles(draw: st.DrawFn) -> dict[str, Any]:
    """A valid bundle, then a few changes: a field's value replaced by any JSON value, a
    field dropped, an unknown field added, a kind's list replaced."""
    bundle: dict[str, Any] = {kind: [dict(doc)] for kind, doc in VALID_DOCS.items()}
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(sorted(VALID_DOCS)))
        doc = bundle[kind][0] if isinstance(bundle[kind], list) and bundle[kind] else {}
        change = draw(st.sampled_from(["replace", "drop", "add", "kind", "top"]))
        if change == "replace" and isinstance(doc, dict) and doc:
            doc[draw(st.sampled_from(sorted(doc)))] = draw(JSON_VALUES)
        elif change == "drop" and isinstance(doc, dict) and doc:
            doc.pop(draw(st.sampled_from(sorted(doc))))
        elif change == "add" and isinstance(doc, dict):
            doc[draw(st.text(max_size=8))] = draw(JSON_VALUES)
        elif change == "kind":
            bundle[kind] = draw(JSON_VALUES)
        else:
            bundle[draw(st.text(max_size=8))] = draw(JSON_VALUES)
    return bundle


@FUZZ
@given(bundle=near_valid_bundles())
def test_fuzz_parse_bundle_on_near_valid_bundles(bundle: dict[str, Any]) -> None:
    try:
        parse_bundle(bundle, "fuzz.json")
    except Exception as exc:
        assert_told(exc)


@FUZZ
@given(data=JSON_VALUES)
def test_fuzz_parse_bundle_on_any_json_value(data: Any) -> None:
    try:
        parse_bundle(data, "fuzz.json")
    except Exception as exc:
        assert_told(exc)


def read_bytes_as_bundle(folder: Path, raw: bytes) -> None:
    path = folder / "fuzz.json"
    path.write_bytes(raw)
    try:
        read_bundle_file(path)
    except Exception as exc:
        assert_told(exc)
        assert str(path) in str(exc)


@FUZZ
@given(raw=st.binary(max_size=200))
def test_fuzz_read_bundle_file_on_any_bytes(tmp_path: Path, raw: bytes) -> None:
    read_bytes_as_bundle(tmp_path, raw)


@FUZZ
@given(bundle=near_valid_bundles(), indent=st.sampled_from([None, 1]))
def test_fuzz_read_bundle_file_on_near_valid_files(
    tmp_path: Path, bundle: dict[str, Any], indent: int | None
) -> None:
    read_bytes_as_bundle(tmp_path, json.dumps(bundle, indent=indent).encode())


@FUZZ
@given(raw=st.binary(max_size=300), cut=st.integers(0, 300))
def test_fuzz_read_bundle_file_on_damaged_valid_files(tmp_path: Path, raw: bytes, cut: int) -> None:
    """A valid file with bytes put in at some place: a truncation, a stray byte, garbage."""
    valid = json.dumps({kind: [doc] for kind, doc in VALID_DOCS.items()}).encode()
    read_bytes_as_bundle(tmp_path, valid[:cut] + raw + valid[cut + len(raw) // 2 :])


@pytest.mark.parametrize(
    "make_error",
    [
        pytest.param(
            lambda: parse_bundle({"agreements": [{**VALID_DOCS["agreements"], "\r": None}]}, "f"),
            id="unknown-field-named-with-a-line-break",
        ),
        pytest.param(
            lambda: parse_bundle({"projects": [{"id": "prj-a\nb", "name": {"en": "A"}}]}, "f"),
            id="record-id-with-a-line-break",
        ),
        pytest.param(lambda: parse_filter('status:"a\u2028b"'), id="status-with-a-line-break"),
        pytest.param(lambda: parse_filter('country:"D\nZ"'), id="country-with-a-line-break"),
    ],
)
def test_an_error_quoting_a_line_break_is_still_one_line(make_error: Any) -> None:
    """Found by the fuzzer: a key, an id or a filter value holding a line break was quoted
    as it was, and the one-line error became several lines."""
    with pytest.raises(BilatError) as caught:
        make_error()
    assert_told(caught.value)


def test_a_source_text_that_is_not_unicode_is_a_record_error() -> None:
    """Found fuzzing parse_bundle with texts holding lone surrogates (as Python's json
    module reads ``"\\ud800"``): a source's sha256 raised UnicodeEncodeError."""
    doc = {**VALID_DOCS["sources"], "text": "Le texte\ud800."}
    with pytest.raises(RecordError, match="src-a field text") as caught:
        parse_bundle({"sources": [doc]}, "f")
    assert_told(caught.value)


@pytest.mark.parametrize("option", ["--title", "--publisher", "--url"])
def test_add_source_with_an_option_that_is_not_utf8_is_refused(
    seeded_path: Path, tmp_path: Path, run_bilat, option: str
) -> None:
    """A command line argument that is not UTF-8 reaches Python with a lone surrogate in it
    (surrogateescape): it made the write fail with a traceback."""
    doc = tmp_path / "doc.txt"
    doc.write_text("Du texte.", encoding="utf-8")
    before = database_bytes(seeded_path)
    extra = [] if option == "--title" else ["--title", "T"]
    result = run_bilat("add-source", doc, option, "caf\udce9", *extra, db=seeded_path)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and option in lines[0], result.stderr
    assert database_bytes(seeded_path) == before


# The journal's reader: arbitrary bytes after a valid header, and with none.

BASE_ID = "0123456789abcdef"
HEADER = b'{"journal":"bilat-journal/1","base":"' + BASE_ID.encode() + b'"}\n'
JOURNAL_LINES = st.lists(
    st.one_of(
        st.binary(max_size=60),
        JSON_VALUES.map(lambda value: json.dumps(value).encode()),
        st.fixed_dictionaries(
            {"puts": st.dictionaries(st.sampled_from([*VALID_DOCS, "x"]), JSON_VALUES, max_size=2)},
            optional={"removes": JSON_VALUES},
        ).map(lambda value: json.dumps(value).encode()),
    ),
    max_size=4,
).map(lambda lines: b"\n".join(lines))


def read_journal_bytes(folder: Path, raw: bytes, *, typed: bool) -> None:
    path = folder / "bilat.json.journal"
    path.write_bytes(raw)
    try:
        read_journal(path, BASE_ID, typed=typed)
    except msgspec.ValidationError:
        assert typed  # its contract: the caller names the record (see read_journal)
    except Exception as exc:
        assert_told(exc)


@FUZZ
@given(tail=JOURNAL_LINES | st.binary(max_size=200), typed=st.booleans())
def test_fuzz_read_journal_after_a_valid_header(tmp_path: Path, tail: bytes, typed: bool) -> None:
    read_journal_bytes(tmp_path, HEADER + tail, typed=typed)


@FUZZ
@given(raw=JOURNAL_LINES | st.binary(max_size=200), typed=st.booleans())
def test_fuzz_read_journal_without_a_header(tmp_path: Path, raw: bytes, typed: bool) -> None:
    read_journal_bytes(tmp_path, raw, typed=typed)


def nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


# Where a journal line may nest deep: anywhere, a header's unknown field, a claim's value.
DEEP_JOURNAL_LINES = {
    "alone": lambda deep: deep,
    "header-field": lambda deep: HEADER[:-2] + b',"x":' + deep + b"}",
    "claim-value": lambda deep: (
        b'{"puts":{"claims":{"clm-a":{"id":"clm-a","subject":"prj-a","field":"f",'
        b'"source":"src-a","quote":"q","value":' + deep + b"}}}}"
    ),
}


@FUZZ
@given(
    # Far from the parser's limit (~1,000, less the stack in use), or it fails by chance.
    depth=st.sampled_from([1, 100, 10_000, 100_000]),
    where=st.sampled_from(sorted(DEEP_JOURNAL_LINES)),
    after_header=st.booleans(),
    typed=st.booleans(),
)
def test_fuzz_read_journal_on_deeply_nested_lines(
    tmp_path: Path, depth: int, where: str, after_header: bool, typed: bool
) -> None:
    line = DEEP_JOURNAL_LINES[where](nested(depth)) + b"\n"
    read_journal_bytes(tmp_path, (HEADER if after_header else b"") + line, typed=typed)


@pytest.mark.parametrize(
    ("raw", "typed"),
    [
        pytest.param(DEEP_JOURNAL_LINES["header-field"](nested(5000)) + b"\n", False, id="header"),
        pytest.param(
            HEADER + DEEP_JOURNAL_LINES["claim-value"](nested(5000)) + b"\n", True, id="typed"
        ),
    ],
)
def test_a_journal_line_nested_deep_is_a_database_error(
    tmp_path: Path, raw: bytes, typed: bool
) -> None:
    """The fuzzer's examples, shrunk by hand: RecursionError, not DatabaseError."""
    read_journal_bytes(tmp_path, raw, typed=typed)


# The filter language, parsed and applied to the seeds.

FILTER_TEXTS = st.text(max_size=40) | st.lists(
    st.sampled_from(
        [
            "sector:",
            "status:",
            "country:",
            "org:",
            "SECTOR:",
            '"',
            " ",
            "\\",
            ":",
            "pharma",
            "dz",
            "ru",
            "appr",
            "anpp",
            "é",
            "\n",
            "\x00",
            "\u202e",
            "ǅ",
            "ﬁ",
            "İ",
            "ſ",
            "'",
        ]
    ),
    max_size=8,
).map("".join)


@pytest.fixture(scope="module")
def seed_snapshot(tmp_path_factory: pytest.TempPathFactory, seeded_db_bytes: bytes) -> Any:
    path = tmp_path_factory.mktemp("fuzz") / "seeded.json"
    path.write_bytes(seeded_db_bytes)
    return Session.open(path).for_reading()


@FUZZ
@given(text=FILTER_TEXTS, kind=st.sampled_from(cli.LIST_KINDS))
def test_fuzz_filter_text_parsed_and_applied(seed_snapshot: Any, text: str, kind: str) -> None:
    try:
        flt = parse_filter(text)
        seed_snapshot.select(kind, flt)
    except Exception as exc:
        assert_told(exc)
