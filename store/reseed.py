"""Re-seeding: bring the bundled records into a database without undoing anyone's edits.

A database seeded by an earlier bilat holds the seed records as that bundle shipped
them, and what its users made of them since. ``bilat init --reseed`` must add the
bundled records the database lacks and carry corrections of the seeds to the records
nobody changed, but never overwrite a record someone edited. Telling the two apart
takes the history of the bundle: ``seeds/shipped.json`` lists, for every seed
record, a digest of each version of it that a bundle ever shipped. A stored record
whose digest is among them is as a bundle shipped it, so nobody edited it; any other
is someone's work, and is kept.

The digest is of the record as bilat writes it (decoded, defaults filled in, sorted
keys, no revision), so a seed file and a database agree on it. When the seeds change,
``make seeds-shipped`` adds the new digests to the history (a test fails until it
is done).
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from .bundle import Incoming, read_bundle_files, to_export
from .errors import DatabaseError
from .models import Record, title_of

HISTORY_FORMAT = "bilat-shipped/1"


def digest(record: Record) -> str:
    """A name for the content of ``record`` (its revision aside)."""
    canonical = orjson.dumps(to_export(record), option=orjson.OPT_SORT_KEYS)
    return hashlib.sha256(canonical).hexdigest()


@dataclass
class ReseedPlan:
    """What a re-seed adds, updates, finds as it is, and keeps (edited here)."""

    add: list[Incoming] = field(default_factory=list)
    update: list[Incoming] = field(default_factory=list)
    current: list[str] = field(default_factory=list)
    kept: list[tuple[str, str]] = field(default_factory=list)  # (id, title)

    @property
    def writes(self) -> list[Incoming]:
        return self.add + self.update

    def summary(self) -> str:
        return (
            f"{len(self.add)} added, {len(self.update)} updated to the bundle's corrections, "
            f"{len(self.current)} already current, {len(self.kept)} kept as edited here"
        )


def plan_reseed(
    stored: Mapping[str, Record | None],
    bundled: Sequence[Incoming],
    shipped: Mapping[str, set[str]],
) -> ReseedPlan:
    """Sort the bundled records by what the database holds of them (``stored``: id →
    record, or None when it has none)."""
    plan = ReseedPlan()
    for item in bundled:
        record_id = item.record.id
        mine = stored.get(record_id)
        if mine is None:
            plan.add.append(item)
            continue
        found = digest(mine)
        if found == digest(item.record):
            plan.current.append(record_id)
        elif found in shipped.get(record_id, ()):
            plan.update.append(item)
        else:
            plan.kept.append((record_id, title_of(mine)))
    return plan


def read_history(path: Path) -> dict[str, set[str]]:
    """Every digest shipped of each seed record (``seeds/shipped.json``)."""
    try:
        data = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError) as exc:
        raise DatabaseError(f"seed history {path} cannot be read ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != HISTORY_FORMAT:
        raise DatabaseError(f"seed history {path} is not a {HISTORY_FORMAT} file")
    return {record_id: set(digests) for record_id, digests in data["records"].items()}


def write_history(path: Path, history: Mapping[str, set[str]]) -> None:
    records = {record_id: sorted(history[record_id]) for record_id in sorted(history)}
    payload = {"format": HISTORY_FORMAT, "records": records}
    path.write_bytes(orjson.dumps(payload, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE))


def record_shipped(seed_files: Sequence[Path], history_path: Path) -> int:
    """Add the digests of the seeds as they are now to the history; how many were new."""
    history = read_history(history_path) if history_path.exists() else {}
    added = 0
    for item in read_bundle_files(seed_files):
        known = history.setdefault(item.record.id, set())
        value = digest(item.record)
        if value not in known:
            known.add(value)
            added += 1
    write_history(history_path, history)
    return added


def main() -> None:
    """``make seeds-shipped``: record the seeds as they are now in their history."""
    from .locations import seed_files, shipped_history

    added = record_shipped(seed_files(), shipped_history())
    print(f"{shipped_history()}: {added} new digest(s) recorded", file=sys.stderr)
