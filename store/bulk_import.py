"""``bilat import`` of bundle files of any size, in about the memory of one file's size.

Each record is read, checked on its own and let go (``store.bundle_reader``), its id
and its references kept (``store.import_check``). Under the writers' lock, with the
database as the write starts from, the references are checked against it; then the
backend writes the database whole (``Backend.bulk_write``), each record of the files
decoded again when its turn comes, with the revision of the one it replaces plus one.
All or nothing as ``Store.import_records``: the same checks, the same messages, the
same summary.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import msgspec

from .backend import Backend, BulkPut
from .bulk_write import encoded, through_session
from .bundle_reader import Bundles
from .errors import RecordError
from .import_check import References, ordered_problems
from .models import KINDS, kind_of_id
from .progress import Counter, Progress
from .summary import ImportSummary


def import_files(
    backend: Backend,
    paths: Sequence[Path],
    *,
    clear: bool = False,
    checking: Progress | None = None,
    writing: Progress | None = None,
) -> ImportSummary:
    """Import ``paths`` into ``backend`` in one write (``clear``: instead of every record).
    ``checking`` hears how many records were read and checked (no total: the files are
    read once), ``writing`` how many of them were written."""
    bundles = Bundles(paths)
    try:
        references = References()
        read = Counter(checking, None)
        for kind, record in bundles.read():
            references.add(kind, record)
            read.add()
        read.finish()
        summary = ImportSummary()
        if not clear and not any(bundles.places.values()):
            return summary
        incoming = bundles.places
        counters: list[Counter] = []  # the write's (a plan may be made again, on a retry)

        def plan(stored: Mapping[str, Mapping[str, Any]], version: object) -> dict[str, BulkPut]:
            empty: dict[str, dict[str, Any]] = {kind: {} for kind in KINDS}
            current = empty if clear else stored
            replaced_sources: set[str] = set()
            for kind in KINDS:
                table = current.get(kind, {})
                replaced = sum(1 for record_id in incoming[kind] if record_id in table)
                if kind == "sources" and replaced:
                    replaced_sources = {rid for rid in incoming[kind] if rid in table}
                if replaced:
                    summary.replaced[kind] = replaced
                if len(incoming[kind]) - replaced:
                    summary.added[kind] = len(incoming[kind]) - replaced
            if references.problems_remain(incoming, current, replaced_sources):
                problems = ordered_problems(incoming, bundles.record, current, replaced_sources)
                if problems:
                    first = problems[0]
                    more = (
                        f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
                    )
                    where = bundles.where(kind_of_id(first.record_id) or "", first.record_id)
                    raise RecordError(
                        first.record_id,
                        first.field,
                        first.message + more,
                        where=where or backend.location,
                    )
            written = Counter(writing, sum(len(incoming[kind]) for kind in KINDS))
            counters.append(written)
            return {
                kind: BulkPut(sorted(incoming[kind]), _encoder(bundles, kind, written))
                for kind in KINDS
                if incoming[kind]
            }

        if not backend.bulk_write(plan, clear=clear):
            through_session(backend, plan, clear=clear)
        if counters:
            counters[-1].finish()
        return summary
    finally:
        bundles.close()


def _encoder(bundles: Bundles, kind: str, written: Counter) -> Any:
    def encode(record_id: str, rev: int) -> bytes:
        written.add()
        record = bundles.record(kind, record_id)
        return encoded(msgspec.structs.replace(record, rev=rev + 1))

    return encode
