"""Dates and figures as analysts write them: bounds, qualifiers, and refusals that teach."""

from __future__ import annotations

import msgspec
import pytest

from bilat.store import JobCount, Project, Quantity
from bilat.store.dates import DateParseError, parse_date
from bilat.store.quantities import QuantityParseError, parse_quantity
from bilat.store.validate import check_record


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("2025", "2025-01-01", "2025-12-31"),
        ("2025-12", "2025-12-01", "2025-12-31"),
        ("2025-02", "2025-02-01", "2025-02-28"),
        ("2024-02", "2024-02-01", "2024-02-29"),  # leap year
        ("2025-12-31", "2025-12-31", "2025-12-31"),
        ("Q4 2025", "2025-10-01", "2025-12-31"),
        ("q1 2026", "2026-01-01", "2026-03-31"),
        ("T4 2025", "2025-10-01", "2025-12-31"),
        ("2025 Q2", "2025-04-01", "2025-06-30"),
        ("end 2025", "2025-10-01", "2025-12-31"),
        ("fin 2025", "2025-10-01", "2025-12-31"),
        ("Fin 2025", "2025-10-01", "2025-12-31"),
        ("fin de 2025", "2025-10-01", "2025-12-31"),
        ("H1 2026", "2026-01-01", "2026-06-30"),
        ("H2 2026", "2026-07-01", "2026-12-31"),
        ("S2 2026", "2026-07-01", "2026-12-31"),
        ("early 2026", "2026-01-01", "2026-03-31"),
        ("début 2026", "2026-01-01", "2026-03-31"),
        ("mid-2026", "2026-04-01", "2026-09-30"),
        ("December 2025", "2025-12-01", "2025-12-31"),
        ("décembre 2025", "2025-12-01", "2025-12-31"),
        ("février 2024", "2024-02-01", "2024-02-29"),
        ("3 mars 2025", "2025-03-03", "2025-03-03"),
        ("2025-2027", "2025-01-01", "2027-12-31"),
        ("  2025  ", "2025-01-01", "2025-12-31"),
    ],
)
def test_parse_date_bounds(text: str, earliest: str, latest: str) -> None:
    date = parse_date(text)
    assert (date.earliest, date.latest) == (earliest, latest)
    assert date.raw == text.strip()
    assert not date.planned and not date.estimate


def test_parse_date_marks() -> None:
    date = parse_date("fin 2025", planned=True, estimate=True)
    assert date.planned and date.estimate
    assert date.raw == "fin 2025"


@pytest.mark.parametrize(
    "text",
    [
        "someday",
        "il y a longtemps",
        "",
        "2025-13",
        "2025-02-30",
        "2027-2025",
        "Q5 2025",
        "H3 2025",
    ],
)
def test_parse_date_refusals_show_what_works(text: str) -> None:
    with pytest.raises(DateParseError) as info:
        parse_date(text)
    message = str(info.value)
    assert "Q4 2025" in message and "2025-12-31" in message
    assert repr(text.strip()) in message or not text.strip()
    assert info.value.exit_code == 1


def test_parsed_dates_are_valid_records() -> None:
    for text in ("2025", "Q4 2025", "fin 2025", "H1 2026", "2025-2027"):
        project = Project(id="prj-x", name={"en": "X"}, dates={"operation_start": parse_date(text)})
        assert list(check_record(project, "prj-")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 Mt/yr", {"value": 1_000_000, "unit": "t/yr", "qualifier": "exact"}),
        ("1 000 000 t", {"value": 1_000_000, "unit": "t", "qualifier": "exact"}),
        ("1\u00a0000\u00a0000 t", {"value": 1_000_000, "unit": "t", "qualifier": "exact"}),
        ("10 kt", {"value": 10_000, "unit": "t", "qualifier": "exact"}),
        ("1.5 million t", {"value": 1_500_000, "unit": "t"}),
        ("1,5 million de tonnes par an", {"value": 1_500_000, "unit": "t/yr"}),
        ("5000", {"value": 5000, "min": None, "max": None, "unit": None, "qualifier": "exact"}),
        ("5 000 emplois", {"value": 5000, "unit": "jobs"}),
        ("~5000", {"value": 5000, "qualifier": "approx"}),
        ("environ 300", {"value": 300, "qualifier": "approx"}),
        ("5000-6000", {"value": None, "min": 5000, "max": 6000, "qualifier": "range"}),
        ("5000–6000 jobs", {"min": 5000, "max": 6000, "qualifier": "range", "unit": "jobs"}),
        ("at least 5000", {"value": None, "min": 5000, "qualifier": "at_least"}),
        ("≥ 5000", {"value": None, "min": 5000, "qualifier": "at_least"}),
        ("thousands", {"value": None, "min": 1000, "max": None, "qualifier": "order_of_magnitude"}),
        ("des milliers", {"value": None, "min": 1000, "qualifier": "order_of_magnitude"}),
        (
            "des milliers d'emplois",
            {"value": None, "min": 1000, "qualifier": "order_of_magnitude", "unit": "jobs"},
        ),
        ("hundreds", {"min": 100, "qualifier": "order_of_magnitude"}),
    ],
)
def test_parse_quantity(text: str, expected: dict[str, object]) -> None:
    quantity = parse_quantity(text)
    assert isinstance(quantity, Quantity)
    assert quantity.raw == text
    for name, value in expected.items():
        assert getattr(quantity, name) == value, name


def test_vague_words_never_become_a_point_value() -> None:
    for text in ("thousands", "des milliers", "des dizaines de milliers", "millions"):
        assert parse_quantity(text).value is None


def test_parse_quantity_estimate_and_job_count() -> None:
    quantity = parse_quantity("~5000", estimate=True)
    assert quantity.estimate
    jobs = parse_quantity("5000", job_type="direct")
    assert isinstance(jobs, JobCount)
    assert jobs.job_type == "direct"
    assert jobs.unit == "jobs"
    vague = parse_quantity("des milliers d'emplois", job_type="total")
    assert (vague.min, vague.unit, vague.qualifier) == (1000, "jobs", "order_of_magnitude")


@pytest.mark.parametrize("text", ["", "lots", "many tonnes", "6000-5000", "1 Mt steel"])
def test_parse_quantity_refusals_show_what_works(text: str) -> None:
    with pytest.raises(QuantityParseError) as info:
        parse_quantity(text)
    message = str(info.value)
    assert "5000" in message
    if text == "6000-5000":
        assert "smaller number first" in message
    else:
        assert "1 Mt/yr" in message and "des milliers" in message


def test_parsed_quantities_are_valid_records() -> None:
    project = Project(
        id="prj-x",
        name={"en": "X"},
        capacity=[parse_quantity(t) for t in ("1 Mt/yr", "5000-6000", "thousands", "~5000")],
        jobs=[parse_quantity("des milliers", job_type="total")],  # type: ignore[list-item]
    )
    assert list(check_record(project, "prj-")) == []
    # And they survive a JSON round trip unchanged.
    again = msgspec.json.decode(msgspec.json.encode(project), type=Project)
    assert again == project
