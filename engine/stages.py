"""The stages a database goes through after it opens, each with what it makes possible."""

from __future__ import annotations

import enum


class Stage(enum.Enum):
    """What is ready, in the order a large database gets there (a small one is ready for
    everything at once: asking for it builds it in a blink)."""

    ROWS = "rows"  # projects and agreements, in the tables: the first screen
    RECORDS = "records"  # claims and sources laid out too (a large file's come after)
    QUALIFIERS = "qualifiers"  # statuses, sectors, countries, parties: qualifiers answer
    WORDS = "words"  # every record's words: free words answer
    COUNTS = "counts"  # projects and agreements per sector, for the sector tree
    CHECKED = "checked"  # every record decoded once: a damaged one has been named
    # Every project's and agreement's sources weighed (conflicts, corroborations, stories):
    # ``has:`` and ``sources:`` answer. Not part of the warm-up: the first filter that asks
    # has it made, in a worker on a large database.
    EVIDENCE = "evidence"
    # Claims gathered by record: a detail opens at once. Not part of the warm-up (the
    # first detail asked for gathers them, in a worker on a large database).
    LINKS = "links"

    @property
    def waiting(self) -> str:
        """What a screen says while it waits for this stage."""
        return _WAITING[self]


_WAITING = {
    Stage.ROWS: "reading…",
    Stage.RECORDS: "reading the claims and sources…",
    Stage.QUALIFIERS: "indexing…",
    Stage.WORDS: "indexing text…",
    Stage.COUNTS: "counting…",
    Stage.CHECKED: "checking…",
    Stage.EVIDENCE: "weighing the sources of every record…",
    Stage.LINKS: "gathering the claims of every record…",
}
