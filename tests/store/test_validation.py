"""Validation errors name the record id and the field; quotes must occur verbatim."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bilat.store import (
    Agreement,
    Claim,
    Org,
    Project,
    RecordError,
    Sector,
    Source,
    Store,
    find_quote,
    quote_in_text,
)
from bilat.store.models import Party, SectorRef
from bilat.store.text import one_line
from bilat.store.validate import RecordSet, check_references, decode
from tests.dbfiles import database_bytes

TEXT = (
    "Les voies et moyens d’intensifier le partenariat entre l’Algérie et la Russie.\n"
    "Le ministère a approuvé «deux complexes»   relevant de\n  l’industrie lourde."
)


def project(**fields: Any) -> dict[str, Any]:
    return {"id": "prj-x", "name": {"en": "X"}, **fields}


def decode_error(kind: str, doc: dict[str, Any]) -> RecordError:
    with pytest.raises(RecordError) as info:
        decode(kind, doc, where="file.json")
    assert "file.json" in str(info.value)
    return info.value


@pytest.mark.parametrize(
    ("kind", "doc", "record_id", "field", "words"),
    [
        ("projects", project(status="building"), "prj-x", "status", "building"),
        (
            "agreements",
            {"id": "agr-x", "title": {"en": "T"}, "status": "done"},
            "agr-x",
            "status",
            "done",
        ),
        ("projects", project(colour="red"), "prj-x", "colour", "colour"),
        (
            "projects",
            project(location={"country": "DZ", "town": "Oran"}),
            "prj-x",
            "location.town",
            "town",
        ),
        ("orgs", {"id": "org-x", "name": {"en": "O"}, "country": "DZA"}, "org-x", "country", "DZA"),
        ("orgs", {"id": "org-x", "name": {"en": "O"}, "country": "dz"}, "org-x", "country", "dz"),
        ("projects", project(countries=["DZ", "Russia"]), "prj-x", "countries[1]", "Russia"),
        ("projects", project(location={"country": "XYZ"}), "prj-x", "location.country", "XYZ"),
        (
            "projects",
            project(
                dates={"approved": {"raw": "x", "earliest": "2025-12-31", "latest": "2025-01-01"}}
            ),
            "prj-x",
            "dates.approved",
            "after",
        ),
        (
            "projects",
            project(dates={"approved": {"raw": "x", "earliest": "2025-13-01"}}),
            "prj-x",
            "dates.approved.earliest",
            "2025-13-01",
        ),
        (
            "projects",
            project(dates={"approved": {"raw": "x", "latest": "20251231"}}),
            "prj-x",
            "dates.approved.latest",
            "20251231",
        ),
        (
            "sources",
            {"id": "src-x", "title": "S", "published": {"raw": "?", "earliest": "soon"}},
            "src-x",
            "published.earliest",
            "soon",
        ),
        (
            "agreements",
            {
                "id": "agr-x",
                "title": {"en": "T"},
                "events": [
                    {
                        "type": "signed",
                        "date": {"raw": "x", "earliest": "2026-01-01", "latest": "2025-01-01"},
                    }
                ],
            },
            "agr-x",
            "events[0].date",
            "after",
        ),
        ("projects", project(capacity=[{"min": 10, "max": 5}]), "prj-x", "capacity[0]", "greater"),
        (
            "projects",
            project(jobs=[{"value": 5}, {"min": 9, "max": 1}]),
            "prj-x",
            "jobs[1]",
            "greater",
        ),
        ("projects", project(capacity=[{"unit": "t"}]), "prj-x", "capacity[0]", "no value"),
        (
            "projects",
            project(jobs=[{"value": 5, "job_type": "temp"}]),
            "prj-x",
            "jobs[0].job_type",
            "temp",
        ),
        ("projects", {"id": "sec-x", "name": {"en": "X"}}, "sec-x", "id", "prj-"),
        ("sectors", {"id": "prj-x", "name": {"en": "X"}}, "prj-x", "id", "sec-"),
        ("projects", {"id": "prj-Has Caps", "name": {"en": "X"}}, "prj-Has Caps", "id", "valid id"),
        ("projects", project(name={}), "prj-x", "name", "language"),
        ("projects", project(name={"english": "X"}), "prj-x", "name.english", "language code"),
        ("projects", project(status=5), "prj-x", "status", "str"),
        (
            "sources",
            {"id": "src-x", "title": "S", "text": "abc", "sha256": "00"},
            "src-x",
            "sha256",
            "match",
        ),
        ("sources", {"id": "src-x", "title": "S", "lang": "French"}, "src-x", "lang", "French"),
        (
            "claims",
            {"id": "clm-x", "subject": "prj-x", "field": "status", "source": "src-x", "quote": " "},
            "clm-x",
            "quote",
            "empty",
        ),
        (
            "claims",
            {
                "id": "clm-x",
                "subject": "prj-x",
                "field": "s",
                "source": "src-x",
                "quote": "q",
                "rank": "top",
            },
            "clm-x",
            "rank",
            "top",
        ),
        (
            "projects",
            project(
                sectors=[{"sector": "sec-a", "primary": True}, {"sector": "sec-b", "primary": True}]
            ),
            "prj-x",
            "sectors",
            "primary",
        ),
        (
            "projects",
            project(capacity=[{"value": float("nan")}]),
            "prj-x",
            "capacity[0].value",
            "finite",
        ),
        ("projects", project(name={"fr": "Complexe\x00"}), "prj-x", "name.fr", "U+0000"),
        # A pattern's "$" matches before a final line break: none may end a code or an id.
        ("projects", {"id": "prj-x\n", "name": {"en": "X"}}, "prj-x\n", "id", "valid id"),
        ("projects", project(countries=["DZ\n"]), "prj-x", "countries[0]", "ISO 3166-1"),
        ("projects", project(name={"fr\n": "X"}), "prj-x", "name.fr\n", "language code"),
        ("sources", {"id": "src-x", "title": "S", "lang": "fr\n"}, "src-x", "lang", "language"),
        (
            "projects",
            project(investment=[{"value": 5, "currency": "USD\n"}]),
            "prj-x",
            "investment[0].currency",
            "USD",
        ),
        (
            "projects",
            project(aliases=[{"en": "a"}, {"en": "b\x00"}]),
            "prj-x",
            "aliases[1].en",
            "NUL",
        ),
        (
            "claims",
            {
                "id": "clm-x",
                "subject": "prj-x",
                "field": "name",
                "value": {"fr": "\x00"},
                "source": "src-x",
                "quote": "q",
            },
            "clm-x",
            "value.fr",
            "NUL",
        ),
    ],
)
def test_decode_error_names_record_and_field(
    kind: str, doc: dict[str, Any], record_id: str, field: str, words: str
) -> None:
    error = decode_error(kind, doc)
    assert error.record_id == record_id
    assert error.field == field
    message = str(error)  # one line: line breaks shown as escapes
    assert one_line(record_id) in message
    assert one_line(field) in message
    assert words in message


def test_missing_id_is_named() -> None:
    error = decode_error("projects", {"name": {"en": "X"}})
    assert error.field == "id"
    assert "(no id)" in str(error)


def test_valid_documents_decode() -> None:
    record = decode(
        "projects",
        project(
            status="construction",
            countries=["DZ", "RU"],
            dates={
                "operation_start": {
                    "raw": "fin 2025",
                    "earliest": "2025-10-01",
                    "latest": "2025-12-31",
                }
            },
            capacity=[
                {"value": 1_000_000, "unit": "t/yr", "qualifier": "approx", "estimate": True}
            ],
            jobs=[{"min": 1000, "qualifier": "order_of_magnitude", "job_type": "total"}],
        ),
    )
    assert isinstance(record, Project)
    assert record.jobs[0].job_type == "total"


# -- references (a whole set of records checked together) ----------------------------


def base() -> dict[str, Any]:
    return {
        "src-a": Source(id="src-a", title="A", text=TEXT),
        "sec-heavy": Sector(id="sec-heavy", name={"en": "Heavy"}),
        "org-min": Org(id="org-min", name={"fr": "Ministère"}),
        "prj-one": Project(id="prj-one", name={"en": "One"}),
        "agr-one": Agreement(id="agr-one", title={"en": "Agreement"}),
    }


def problems_with(*records: Any) -> list[Any]:
    tables: dict[str, dict[str, Any]] = {
        kind: {} for kind in ("sources", "sectors", "orgs", "projects", "agreements", "claims")
    }
    prefix_kind = {
        "src-": "sources",
        "sec-": "sectors",
        "org-": "orgs",
        "prj-": "projects",
        "agr-": "agreements",
        "clm-": "claims",
    }
    for record in [*base().values(), *records]:
        tables[prefix_kind[record.id[:4]]][record.id] = record
    return check_references(RecordSet(tables))


def claim(**fields: Any) -> Claim:
    values = {
        "id": "clm-x",
        "subject": "prj-one",
        "field": "status",
        "source": "src-a",
        "quote": "a approuvé",
        **fields,
    }
    return Claim(**values)


def test_base_has_no_problems() -> None:
    assert problems_with(claim()) == []


@pytest.mark.parametrize(
    ("record", "record_id", "field", "target"),
    [
        (
            Project(id="prj-two", name={"en": "2"}, sectors=[SectorRef(sector="sec-none")]),
            "prj-two",
            "sectors[0].sector",
            "sec-none",
        ),
        (
            Project(id="prj-two", name={"en": "2"}, parties=[Party(org="org-none")]),
            "prj-two",
            "parties[0].org",
            "org-none",
        ),
        (
            Project(id="prj-two", name={"en": "2"}, agreements=["agr-one", "agr-none"]),
            "prj-two",
            "agreements[1]",
            "agr-none",
        ),
        (
            Agreement(id="agr-two", title={"en": "2"}, projects=["prj-none"]),
            "agr-two",
            "projects[0]",
            "prj-none",
        ),
        (
            Agreement(id="agr-two", title={"en": "2"}, sectors=["sec-none"]),
            "agr-two",
            "sectors[0]",
            "sec-none",
        ),
        (
            Agreement(id="agr-two", title={"en": "2"}, parties=[Party(org="org-none")]),
            "agr-two",
            "parties[0].org",
            "org-none",
        ),
        (
            Sector(id="sec-two", name={"en": "2"}, parent="sec-none"),
            "sec-two",
            "parent",
            "sec-none",
        ),
        (Org(id="org-two", name={"en": "2"}, parent="org-none"), "org-two", "parent", "org-none"),
        (claim(subject="prj-none"), "clm-x", "subject", "prj-none"),
        (claim(source="src-none"), "clm-x", "source", "src-none"),
    ],
)
def test_dangling_reference_named(record: Any, record_id: str, field: str, target: str) -> None:
    problems = problems_with(record)
    assert len(problems) == 1
    problem = problems[0]
    assert (problem.record_id, problem.field) == (record_id, field)
    text = str(problem)
    assert record_id in text and field in text and target in text
    assert "does not exist" in text


def test_claim_quote_not_in_source() -> None:
    problems = problems_with(claim(quote="a signé un accord"))
    assert len(problems) == 1
    assert (problems[0].record_id, problems[0].field) == ("clm-x", "quote")
    assert "does not occur verbatim" in str(problems[0])
    assert "src-a" in str(problems[0])


def test_sector_parent_loop() -> None:
    problems = problems_with(
        Sector(id="sec-p", name={"en": "P"}, parent="sec-q"),
        Sector(id="sec-q", name={"en": "Q"}, parent="sec-r"),
        Sector(id="sec-r", name={"en": "R"}, parent="sec-p"),
    )
    assert {(p.record_id, p.field) for p in problems} == {
        ("sec-p", "parent"),
        ("sec-q", "parent"),
        ("sec-r", "parent"),
    }
    assert all("loops" in str(p) for p in problems)


def test_self_parent_is_a_loop() -> None:
    problems = problems_with(Org(id="org-self", name={"en": "S"}, parent="org-self"))
    assert [(p.record_id, p.field) for p in problems] == [("org-self", "parent")]


def test_store_refuses_loop_and_dangling(store: Store, db_path: Path) -> None:
    store.upsert_many(list(base().values()))
    before = database_bytes(db_path)
    store.upsert(Sector(id="sec-child", name={"en": "C"}, parent="sec-heavy"))
    before = database_bytes(db_path)
    with pytest.raises(RecordError) as info:
        store.upsert(Sector(id="sec-heavy", name={"en": "Heavy"}, parent="sec-child"))
    assert info.value.record_id == "sec-heavy" and info.value.field == "parent"
    with pytest.raises(RecordError) as info:
        store.upsert(claim(quote="pas dans le texte"))
    assert info.value.field == "quote"
    assert "does not occur verbatim" in str(info.value)
    with pytest.raises(RecordError) as info:
        store.upsert(claim(subject="agr-none"))
    assert info.value.field == "subject"
    assert database_bytes(db_path) == before


def test_store_refuses_nul_that_a_team_database_could_not_hold(store: Store, db_path: Path) -> None:
    store.upsert(Project(id="prj-a", name={"en": "A"}))
    before = database_bytes(db_path)
    with pytest.raises(RecordError) as info:
        store.upsert(Project(id="prj-a", name={"en": "A"}, notes="one\x00two"))
    assert (info.value.record_id, info.value.field) == ("prj-a", "notes")
    assert database_bytes(db_path) == before


# -- quote matching ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "quote",
    [
        "intensifier le partenariat entre l’Algérie",
        "intensifier le partenariat entre l'Algérie",  # ' for ’
        "intensifier   le\tpartenariat\nentre l’Algérie",  # white space runs
        "la Russie. Le ministère",  # across a line break
        "relevant de l'industrie lourde",  # newline + indentation in the source
        '"deux complexes"',  # straight quotes for guillemets
        "  approuvé  ",  # surrounding space
    ],
)
def test_quote_forgiven_variants_match(quote: str) -> None:
    assert quote_in_text(quote, TEXT)


@pytest.mark.parametrize(
    "quote",
    [
        "Intensifier le partenariat",  # case
        "entre l’Algerie",  # accent dropped
        "intensifier le partenariat entre Algérie",  # a word changed
        "intensifier le partenariat, entre",  # punctuation added
        "les voies et moyens",  # case of the first letter
        "intensifierle partenariat",  # space removed
        "",
        "   ",
    ],
)
def test_quote_other_changes_do_not_match(quote: str) -> None:
    assert not quote_in_text(quote, TEXT)


def test_find_quote_maps_back_to_original_span() -> None:
    span = find_quote("deux complexes\" relevant de l'industrie", TEXT)
    assert span is not None
    start, end = span
    assert TEXT[start:end] == "deux complexes»   relevant de\n  l’industrie"
    assert find_quote("absent", TEXT) is None
