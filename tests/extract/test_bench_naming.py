"""The bench's measure of the reader once the analyst has fixed the records in the review
screen (``score.named_by_analyst``): a proposed record takes the analyst's name only where
that makes its claims right, two proposed records can become one, and nothing else changes."""

from __future__ import annotations

from typing import Any

from .test_propose import scorer

TEXT = "Une cimenterie sera construite à Kribi. L'usine produira 1 million de tonnes."


def proposal(key: str, name: str, field: str, value: Any, quote: str) -> dict[str, Any]:
    start = TEXT.index(quote)
    return {
        "subject": None,
        "new": {"key": key, "kind": "projects", "name": name},
        "field": field,
        "value": value,
        "quote": quote,
        "start": start,
        "end": start + len(quote),
        "confidence": 0.8,
    }


def claim(field: str, value: Any, quote: str) -> dict[str, Any]:
    subject = {"kind": "projects", "name": "Cimenterie de Kribi"}
    return {"subject": subject, "field": field, "value": value, "quote": quote}


GOLD = [
    claim("location", {"city": "Kribi"}, "à Kribi"),
    claim("capacity", {"value": 1000000, "unit": "t/an"}, "1 million de tonnes"),
]
CAPACITY = {"value": 1000000, "unit": "t/an"}


def test_claims_filed_under_records_named_otherwise_become_right_once_named() -> None:
    score = scorer()
    proposals = [
        proposal("n1", "Cimenterie", "location", {"city": "Kribi"}, "à Kribi"),
        proposal("n2", "Usine", "capacity", CAPACITY, "1 million de tonnes"),
    ]
    assert score.score(TEXT, proposals, GOLD)["overall"][2] == 0
    named, fixed = score.named_by_analyst(TEXT, proposals, GOLD)
    assert fixed == 2  # each proposed record filed under the analyst's one
    assert {p["new"]["name"] for p in named} == {"Cimenterie de Kribi"}
    assert score.score(TEXT, named, GOLD)["overall"][2:] == [2, 2]


def test_a_wrong_value_stays_wrong_and_a_right_name_is_not_touched() -> None:
    score = scorer()
    proposals = [
        proposal("n1", "Cimenterie de Kribi", "location", {"city": "Kribi"}, "à Kribi"),
        proposal("n2", "Usine", "capacity", {"value": 2, "unit": "t/an"}, "1 million de tonnes"),
    ]
    named, fixed = score.named_by_analyst(TEXT, proposals, GOLD)
    assert fixed == 0  # no name makes the wrong figure right
    assert [p["new"]["name"] for p in named] == ["Cimenterie de Kribi", "Usine"]
    assert score.score(TEXT, named, GOLD)["overall"][2] == 1
