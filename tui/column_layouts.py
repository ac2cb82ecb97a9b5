"""The column layouts a user chose, per table, kept between sessions.

A small JSON file in the user's config folder (platformdirs; ``XDG_CONFIG_HOME`` on
Linux): ``{"schema": "bilat-columns/1", "tables": {"projects": ["name", "status", …]}}``,
each list the columns drawn, in order. It is a preference, not data: a file that cannot
be read gives the default layouts (and says why once), and it is written by an atomic
rename like every file bilat writes (``store.files``), never through a link.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path

import platformdirs

from bilat.store.errors import BilatError
from bilat.store.files import read_regular, write_atomically

SCHEMA = "bilat-columns/1"
FILE_NAME = "columns.json"
_MAX_BYTES = 64 * 1024
_WHAT = "column layouts"


def default_path() -> Path:
    return platformdirs.user_config_path("bilat") / FILE_NAME


class ColumnLayouts:
    """The saved layouts (table → column keys in order), and the file they live in."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = default_path() if path is None else path
        self.tables: dict[str, list[str]] = {}
        self.problem: str | None = None  # why the file could not be read, if it could not

    def load(self) -> ColumnLayouts:
        """Read the file (none yet: no layouts). Never raises: see ``problem``."""
        try:
            payload = read_regular(self.path, _WHAT, max_bytes=_MAX_BYTES)
        except (BilatError, OSError) as exc:
            self.problem = f"{self.path}: {exc}"
            return self
        if payload is None:
            return self
        try:
            data = json.loads(payload)
            self.tables = _tables(data)
        except (ValueError, TypeError) as exc:
            self.problem = f"{self.path}: not a column layout file ({exc}); default columns"
        return self

    def get(self, table: str) -> list[str] | None:
        return self.tables.get(table)

    def set(self, table: str, keys: Sequence[str]) -> None:
        self.tables[table] = list(keys)

    def payload(self) -> bytes:
        data = {"schema": SCHEMA, "tables": self.tables}
        return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode()

    def save(self, payload: bytes | None = None) -> None:
        """Write the layouts (``payload``: as made earlier by ``payload()``, so that a
        worker writes what the user chose then). DatabaseError says why it failed."""
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomically(self.path, payload or self.payload(), what=_WHAT, mode=0o600)


def _tables(data: object) -> dict[str, list[str]]:
    if not isinstance(data, Mapping) or data.get("schema") != SCHEMA:
        raise ValueError(f"no schema {SCHEMA!r}")
    tables = data.get("tables")
    if not isinstance(tables, Mapping):
        raise ValueError("no 'tables' object")
    found: dict[str, list[str]] = {}
    for name, keys in tables.items():
        if isinstance(keys, list) and all(isinstance(key, str) for key in keys):
            found[str(name)] = keys
        else:
            raise TypeError(f"table {name!r} is not a list of column names")
    return found
