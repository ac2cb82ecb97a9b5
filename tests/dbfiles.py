"""What a test compares to say "nothing was written": the database file and its journal."""

from __future__ import annotations

from pathlib import Path

from bilat.store.journal import journal_path


def database_bytes(path: Path) -> bytes:
    """The bytes of the database at ``path``: its TinyDB file, then its journal (if any)."""
    journal = journal_path(path)
    tail = journal.read_bytes() if journal.exists() else b""
    return path.read_bytes() + b"\0journal\0" + tail
