"""Amounts of money on projects and agreements: read as analysts write them, checked,
shown with their currency and year, left out of a record's document while there are
none, and compared between sources like the other figures."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import msgspec
import orjson
import pytest

from bilat.store import Store
from bilat.store.bundle import to_export
from bilat.store.claim_values import target, typed
from bilat.store.conflicts import figures_agree
from bilat.store.models import Agreement, Money, Project
from bilat.store.present import format_money, short_money
from bilat.store.quantities import QuantityParseError, parse_money
from bilat.store.validate import check_record

ALU = "prj-dz-ain-temouchent-aluminium-complex"
MOU = "agr-dz-ru-anpp-institute-mou"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,2 milliard de dollars", {"value": 1_200_000_000, "currency": "USD"}),
        ("$1.2bn", {"value": 1_200_000_000, "currency": "USD", "qualifier": "exact"}),
        ("US$ 1.2 billion", {"value": 1_200_000_000, "currency": "USD"}),
        ("USD 1.2 bn", {"value": 1_200_000_000, "currency": "USD"}),
        ("500 millions DA", {"value": 500_000_000, "currency": "DZD"}),
        ("2 milliards de dinars algériens", {"value": 2_000_000_000, "currency": "DZD"}),
        ("€300m", {"value": 300_000_000, "currency": "EUR"}),
        ("3 Mds €", {"value": 3_000_000_000, "currency": "EUR"}),
        ("CNY 500m", {"value": 500_000_000, "currency": "CNY"}),
        ("1,23 milliard de roubles", {"value": 1_230_000_000, "currency": "RUB"}),
        ("environ 1,2 milliard de dollars", {"value": 1_200_000_000, "qualifier": "approx"}),
        ("~$1-2bn", {"value": None, "min": 1e9, "max": 2e9, "qualifier": "range"}),
        ("plus de 2 milliards de dollars", {"min": 2e9, "qualifier": "at_least"}),
        (
            "des milliards de dollars",
            {"value": None, "min": 1e9, "qualifier": "order_of_magnitude", "currency": "USD"},
        ),
        ("1.2 bn USD (2024)", {"value": 1.2e9, "currency": "USD", "year": 2024}),
        ("1 200 000 000 DZD en 2023", {"value": 1.2e9, "currency": "DZD", "year": 2023}),
        ("1,2 milliard", {"value": 1.2e9, "currency": None, "year": None}),
    ],
)
def test_parse_money(text: str, expected: dict[str, object]) -> None:
    money = parse_money(text)
    assert isinstance(money, Money)
    assert money.raw == text and money.unit is None
    for name, value in expected.items():
        assert getattr(money, name) == value, name


def test_parse_money_takes_the_currency_and_year_it_is_given_when_the_words_have_none() -> None:
    money = parse_money("1,2 milliard", currency="usd", year=2024)
    assert (money.currency, money.year) == ("USD", 2024)
    assert parse_money("€300m (2023)", year=2024).year == 2023  # the words win


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("$1.2bn EUR", "names 2 currencies"),
        ("12 tonnes", "cannot read the currency"),
        ("$", "has no amount"),
        ("beaucoup de dollars", "cannot read the figure"),
    ],
)
def test_parse_money_refuses_what_it_cannot_read(text: str, message: str) -> None:
    with pytest.raises(QuantityParseError, match=message):
        parse_money(text)


def test_parse_money_refuses_words_in_another_currency_than_asked() -> None:
    with pytest.raises(QuantityParseError, match="is in USD, not EUR"):
        parse_money("$1.2bn", currency="EUR")


@pytest.mark.parametrize(
    ("money", "full", "short"),
    [
        (parse_money("$1.2bn (2024)"), "USD 1.2 bn (2024)", "USD 1.2 bn (2024)"),
        (parse_money("environ €300m"), "≈ EUR 300 mn", "≈ EUR 300 mn"),
        (parse_money("$1-2bn"), "USD 1–2 bn", "USD 1–2 bn"),
        (parse_money("au moins 500 millions DA"), "≥ DZD 500 mn", "≥ DZD 500 mn"),
        (
            parse_money("des milliards de dollars"),
            "des milliards de dollars (USD, ≥ 1 bn, order of magnitude)",
            "des milliards de dollars",
        ),
        (
            parse_money("1,2 milliard", estimate=True),
            "1.2 bn (estimate, currency not stated)",
            "? 1.2 bn est.",
        ),
    ],
)
def test_an_amount_reads_with_its_currency_and_year(money: Money, full: str, short: str) -> None:
    assert format_money(money) == full
    assert short_money(money) == short


def test_a_record_without_investment_is_written_as_before() -> None:
    project = Project(id="prj-x", name={"en": "X"})
    agreement = Agreement(id="agr-x", title={"en": "X"})
    assert "investment" not in to_export(project)
    assert "investment" not in to_export(agreement)
    funded = msgspec.structs.replace(project, investment=[parse_money("$1.2bn (2024)")])
    written = to_export(funded)
    assert written["investment"][0]["currency"] == "USD"
    assert written["investment"][0]["year"] == 2024


@pytest.mark.parametrize(
    ("money", "field", "message"),
    [
        (Money(value=1, currency="usd"), "investment[0].currency", "not an ISO 4217"),
        (Money(value=1, currency="US"), "investment[0].currency", "not an ISO 4217"),
        (Money(value=1, currency="USD", year=24), "investment[0].year", "not a year"),
        (Money(value=1, currency="USD", unit="t"), "investment[0].unit", "not a unit"),
        (Money(currency="USD"), "investment[0]", "has no value, min or max"),
    ],
)
def test_a_malformed_amount_is_refused_naming_its_field(
    money: Money, field: str, message: str
) -> None:
    project = Project(id="prj-x", name={"en": "X"}, investment=[money])
    problems = list(check_record(project, "prj-"))
    assert [(p.field, message in p.message) for p in problems] == [(field, True)]


def test_an_import_with_a_bad_currency_writes_nothing(
    seeded_path: Path, tmp_path: Path, run_bilat
) -> None:
    project = msgspec.to_builtins(Store.open(seeded_path).get(ALU))
    project["investment"] = [{"value": 1.2e9, "currency": "dollars"}]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"schema": "bilat/1", "projects": [project]}))
    before = seeded_path.read_bytes()
    result = run_bilat("import", path, db=seeded_path)
    assert result.returncode != 0
    (line,) = result.stderr.strip().splitlines()
    assert str(path) in line and ALU in line and "investment[0].currency" in line
    assert seeded_path.read_bytes() == before


def test_a_claim_on_investment_is_typed_and_speaks_of_its_currency() -> None:
    claimed = target(ALU, "investment")
    value = typed(claimed, {"value": 1.2e9, "currency": "USD", "year": 2024})
    assert isinstance(value, Money)
    assert claimed.item_of(value) == "USD"
    assert target(MOU, "investment").item_of(typed(claimed, {"value": 1})) is None


def test_amounts_agree_as_figures_do_in_the_same_year() -> None:
    exact = parse_money("1,2 milliard de dollars")
    assert figures_agree(exact, parse_money("environ $1.25bn"))
    assert not figures_agree(exact, parse_money("$2bn"))


# -- two sources on one project's investment -----------------------------------------

FIRST = "Le complexe représente un investissement de 1,2 milliard de dollars, selon le ministère."
SECOND = "Les industriels russes évoquent environ 1,2 milliard de dollars pour ce complexe."
THIRD = "Un rapport parlementaire chiffre le complexe à 2 milliards de dollars."


def _claim(claim_id: str, source: str, quote: str, amount: str, subject: str = ALU) -> Any:
    return {
        "id": claim_id,
        "subject": subject,
        "field": "investment",
        "value": msgspec.to_builtins(parse_money(amount)),
        "source": source,
        "quote": quote,
        "rank": "normal",
        "note": None,
    }


def _source(source_id: str, text: str) -> dict[str, Any]:
    return {"id": source_id, "title": source_id, "lang": "fr", "text": text}


@pytest.fixture
def investment_sources(seeded_path: Path, tmp_path: Path, run_bilat) -> Path:
    bundle = {
        "schema": "bilat/1",
        "sources": [
            _source("src-test-money-1", FIRST),
            _source("src-test-money-2", SECOND),
            _source("src-test-money-3", THIRD),
        ],
        "claims": [
            _claim("clm-test-m1", "src-test-money-1", "1,2 milliard de dollars", "1,2 milliard $"),
            _claim("clm-test-m2", "src-test-money-2", "environ 1,2 milliard de dollars", "~$1.2bn"),
            _claim("clm-test-m3", "src-test-money-3", "2 milliards de dollars", "$2bn", MOU),
            _claim("clm-test-m4", "src-test-money-1", "1,2 milliard de dollars", "$1.2bn", MOU),
        ],
    }
    path = tmp_path / "money.json"
    path.write_bytes(orjson.dumps(bundle))
    done = run_bilat("import", path, db=seeded_path)
    assert done.returncode == 0, done.stderr
    return seeded_path


def _shown(run_bilat, db: Path, record_id: str) -> dict[str, Any]:
    done = run_bilat("show", record_id, "--format", "json", db=db)
    assert done.returncode == 0, done.stderr
    found: dict[str, Any] = json.loads(done.stdout)
    return found


def test_the_same_amount_at_another_precision_corroborates(
    investment_sources: Path, run_bilat
) -> None:
    doc = _shown(run_bilat, investment_sources, ALU)
    (agreeing,) = [f for f in doc["corroborations"] if f["field"] == "investment"]
    assert agreeing["item"] == "USD" and agreeing["sources"] == 2
    assert {v["qualifier"] for v in agreeing["values"]} == {"exact", "approx"}
    assert not [f for f in doc["conflicts"] if f["field"] == "investment"]


def test_different_amounts_conflict(investment_sources: Path, run_bilat) -> None:
    doc = _shown(run_bilat, investment_sources, MOU)
    (conflict,) = [f for f in doc["conflicts"] if f["field"] == "investment"]
    assert conflict["item"] == "USD"
    assert sorted(v["value"] for v in conflict["values"]) == [1_200_000_000, 2_000_000_000]
    assert set(conflict["claims"]) == {"clm-test-m3", "clm-test-m4"}
    text = run_bilat("show", MOU, db=investment_sources).stdout
    assert "CONFLICT" in text
