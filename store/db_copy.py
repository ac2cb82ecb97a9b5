"""``bilat copy FROM TO``: a whole database into another location, of any backend.

The records are read from FROM as a command that only reads does (left in its file
and decoded one at a time, where it is large) and written to TO by its backend's bulk
write (``Backend.bulk_write``): all or nothing, under TO's writers' lock, with their
revisions. TO must hold no record, unless the caller says to replace them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .backend import Backend, BulkPut
from .bulk_write import encoded, through_session
from .errors import BilatError
from .models import KINDS


def copy_records(
    tables: Mapping[str, Mapping[str, Any]], target: Backend, *, replace: bool
) -> dict[str, int]:
    """Write every record of ``tables`` (a snapshot's) to ``target``, instead of what it
    holds; refused if it holds records and not ``replace``. Records copied, per kind."""
    ids = {kind: sorted(tables.get(kind, {})) for kind in KINDS}

    def plan(current: Mapping[str, Mapping[str, Any]], version: object) -> dict[str, BulkPut]:
        held = sum(len(table) for table in current.values())
        if held and not replace:
            raise BilatError(
                f"database {target.location} already holds {held} records; nothing was "
                "copied — choose a new or empty location, or add --replace to delete them "
                "and put the copied ones in their place"
            )
        return {kind: BulkPut(ids[kind], _encoder(tables[kind])) for kind in KINDS if ids[kind]}

    if not target.bulk_write(plan, clear=True):
        through_session(target, plan, clear=True)
    return {kind: len(found) for kind, found in ids.items()}


def _encoder(table: Mapping[str, Any]) -> Any:
    def encode(record_id: str, rev: int) -> bytes:
        return encoded(table[record_id])  # as it is, its revision kept

    return encode
