"""Where the database and the bundled seed data live.

The database is chosen by ``--db``, else ``BILAT_DB`` (a path, or a URL: see
``store.backends``), else a file in the user's data directory (created and seeded
on first use). The seeds ship inside
the installed distribution as the package ``bilat.seeds``.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import platformdirs

from .backends import database_file

ENV_VAR = "BILAT_DB"
DEFAULT_NAME = "bilat.json"


def default_database_path() -> Path:
    """The per-user database file (platformdirs' user data directory)."""
    return Path(platformdirs.user_data_dir("bilat", appauthor=False)) / DEFAULT_NAME


def chosen_database(option: str | None) -> tuple[Path | str, bool]:
    """The database to open, ``--db`` else ``BILAT_DB`` else the per-user file, and
    whether it is the per-user default: a file (from a path or a ``file://`` URL), or
    the URL of a database another backend opens (``store.backends``)."""
    chosen = option or os.environ.get(ENV_VAR)
    if not chosen:
        return default_database_path(), True
    path = database_file(chosen)
    return (chosen if path is None else path), False


def seed_files() -> list[Path]:
    """The curated seed record files, in load order."""
    records = resources.files("bilat.seeds") / "records"
    return sorted(Path(str(entry)) for entry in records.iterdir() if entry.name.endswith(".json"))


def seed_text_files() -> list[Path]:
    """The source documents the seed records were drawn from."""
    root = resources.files("bilat.seeds")
    return sorted(Path(str(entry)) for entry in root.iterdir() if entry.name.endswith(".txt"))


def shipped_history() -> Path:
    """Every version of each seed record that a bundle shipped (see ``store.reseed``)."""
    return Path(str(resources.files("bilat.seeds") / "shipped.json"))
