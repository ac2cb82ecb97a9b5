"""Figures, twenty-first round: "1,500 or more workers", "500 personnes ou plus" is a count
at least that large (its floor), as "more than 1,500 workers" is; said without it, the
count is exact."""

from __future__ import annotations

from typing import Any

import pytest

from .reading import read


def _jobs(text: str, lang: str) -> list[tuple[Any, Any, str]]:
    return [
        (p.plain_value()["value"], p.plain_value()["min"], p.plain_value()["qualifier"])
        for p in read(text, lang=lang)
        if p.field == "jobs"
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "When fully operational, the Kelvar plant at Kano will employ 1,500 or more workers.",
            "en",
        ),
        ("L'usine Kelvar de Thiès emploiera 1 500 personnes ou plus.", "fr"),
    ],
)
def test_a_count_or_more_is_its_floor(text: str, lang: str) -> None:
    assert _jobs(text, lang) == [(None, 1500, "at_least")]


def test_a_count_said_alone_is_exact() -> None:
    text = "When fully operational, the Kelvar plant at Kano will employ 1,500 workers."
    assert _jobs(text, "en") == [(1500, None, "exact")]
