"""What still needs evidence: values no claim backs, quotes no longer found in their
source, records no claim speaks of at all.

Every fact should trace to a sentence of a source. A field filled in a form, a source
whose text was replaced, a record made by hand and never cited break that; this lists
them so that a curator can cite (or correct) them one by one. The model has no source
of the curator's own: a record the curator made without citing anything is a record
with no claim at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal

from .models import Claim
from .snapshot import Snapshot
from .text import fold_quote

# The kinds whose records state facts a source should back (sources and claims are the
# evidence itself).
KINDS = ("projects", "agreements", "orgs", "people", "sectors")
Why = Literal["no_claim", "unsourced", "lost_quote"]
# In the order they are listed, and what each is called.
HEADINGS: dict[Why, str] = {
    "no_claim": "Records no claim speaks of",
    "unsourced": "Values no claim backs",
    "lost_quote": "Quotes no longer found in their source",
}
# How often (in records and claims looked at) the caller hears how far it got.
PROGRESS_EVERY = 500


@dataclass(frozen=True)
class Need:
    """One thing that needs evidence: on ``record_id``, its ``field`` (None: the whole
    record), or the claim ``claim_id`` whose quote is lost."""

    why: Why
    record_id: str
    field: str | None = None
    claim_id: str | None = None


Progress = Callable[[int, int], bool]  # (done, total) -> go on?


def needs_evidence(snapshot: Snapshot, progress: Progress | None = None) -> list[Need]:
    """Everything of ``snapshot`` that needs evidence, grouped as ``HEADINGS`` orders them,
    by record id within a group. ``progress`` is called now and then; when it returns
    False the search stops and what was found so far is returned."""
    total = sum(len(snapshot.tables[kind]) for kind in KINDS) + len(snapshot.claims)
    found: dict[Why, list[Need]] = {why: [] for why in HEADINGS}
    for done, needs in enumerate(_needs(snapshot)):
        for need in needs:
            found[need.why].append(need)
        if progress is not None and done % PROGRESS_EVERY == 0 and not progress(done, total):
            break
    return [need for why in HEADINGS for need in sorted(found[why], key=_order)]


def _order(need: Need) -> tuple[str, str, str]:
    return need.record_id, need.field or "", need.claim_id or ""


def _needs(snapshot: Snapshot) -> Iterator[list[Need]]:
    """What each record, then each claim, needs (one list per record or claim looked
    at, so that the progress counts them)."""
    evidence = snapshot.evidence
    for kind in KINDS:
        table = snapshot.tables[kind]
        for record_id in snapshot.sorted_ids(kind):
            if not snapshot.claims_for(record_id):
                yield [Need("no_claim", record_id)]
            else:
                fields = evidence.unsourced(table[record_id])
                yield [Need("unsourced", record_id, field) for field in fields]
    # Source by source: each text is folded once for all the claims that quote it.
    by_source: dict[str, list[Claim]] = {}
    for claim in snapshot.claims.values():
        by_source.setdefault(claim.source, []).append(claim)
    for source_id, claims in by_source.items():
        source = snapshot.sources.get(source_id)
        text = fold_quote(source.text) if source is not None else ""
        for claim in claims:
            quote = fold_quote(claim.quote)
            lost = source is None or not quote or quote not in text
            yield [Need("lost_quote", claim.subject, claim.field, claim.id)] if lost else []
