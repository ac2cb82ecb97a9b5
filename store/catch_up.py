"""A saved word index brought up to the records written since it was saved.

At 100,000 projects a word index takes tens of seconds to build and a fraction of a
second to read back, but every save appends to the journal and so names other
records than the saved index's. Instead of building it again, the records the
journal changed since are looked for: the changed projects and agreements and the
subjects of changed claims (before and after: a claim can move) — a record's words
are its own, its claims' and the names of its sectors and parties. Only their words are
taken out of the saved index (``WordIndex.words_of``) and put back as they are now
(``WordIndex.patched``), as a session mends its index after a save.

A sector's or an organisation's name is a word of every record pointing at it: a
renamed one reaches those (``Snapshot.references``), as it does in a session
(``Snapshot.patched``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from .kinds import NAMED_KINDS
from .models import Claim, kind_of_id
from .words import WordIndex

if TYPE_CHECKING:
    from .snapshot import Snapshot

UNKNOWN = object()  # ``before`` cannot tell what a record was


def caught_up(
    indexes: Mapping[str, WordIndex],
    snapshot: Snapshot,
    changes: Mapping[str, Any],
    before: Callable[[str], Any],
) -> dict[str, WordIndex] | None:
    """``indexes`` (built from the records before ``changes``) for ``snapshot``'s records.

    ``changes`` maps an id to its record now (None: removed) and ``before(id)`` gives a
    changed claim as it was when the index was built (None: absent, UNKNOWN: it cannot
    tell), for the subject it was on. None when the index cannot be mended and must be
    built again.
    """
    reached: set[str] = set()
    named = [rid for rid in changes if kind_of_id(rid) in NAMED_KINDS]
    if named:
        # Their names are words of the records that point at them (one pass to find those).
        references = snapshot.links.references
        for record_id in named:
            reached.update(references.get(record_id, ()))
    for record_id, now in changes.items():
        reached.add(record_id)
        if kind_of_id(record_id) != "claims":
            continue  # a record's words before come from the index itself
        was = before(record_id)
        if was is UNKNOWN:
            return None
        for state in (was, now):
            if isinstance(state, Claim):
                reached.add(state.subject)
    mended = {}
    for kind, index in indexes.items():
        mine = [record_id for record_id in reached if kind_of_id(record_id) == kind]
        table = snapshot.tables[kind]
        old = index.words_of(mine)
        words = {
            record_id: (
                old[record_id],
                snapshot.search.search_words(record_id) if record_id in table else set(),
            )
            for record_id in mine
        }
        mended[kind] = index.patched(snapshot.sorted_ids(kind), words)
    return mended
