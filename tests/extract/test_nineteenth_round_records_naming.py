"""Records and how they are named, nineteenth round (part four): how a plant said by its
noun is named.

- "the first ever glass plant at Kumasi", "its first-ever tyre factory": "ever" after a
  rank only strengthens the rank, no word of what the plant is; the plant is named as
  "the first glass plant" would be ("Glass plant at Kumasi"), and an "ever" that is no
  rank's stays.
"""

from __future__ import annotations

from typing import Any

from .reading import about, projects, read


def _names(proposals: list[Any]) -> set[str]:
    """Every name proposed for a new project."""
    return {
        next(iter(p.plain_value().values()))
        for plant in projects(proposals)
        for p in about(proposals, plant, "name")
    }


def test_ever_after_a_rank_is_no_word_of_the_name() -> None:
    text = (
        "The minister inaugurated the first ever glass plant at Kumasi on Monday. The "
        "plant will employ 300 people."
    )
    assert _names(read(text, lang="en")) == {"Glass plant at Kumasi"}
    text = (
        "Norvale Foods will build its first-ever glass plant at Kumasi, the company said "
        "on Monday. The plant will employ 300 people."
    )
    assert _names(read(text, lang="en")) == {"Glass plant at Kumasi"}
    # a guard: the rank alone is dropped as before
    text = (
        "The minister inaugurated the first glass plant at Kumasi on Monday. The plant "
        "will employ 300 people."
    )
    assert _names(read(text, lang="en")) == {"Glass plant at Kumasi"}
