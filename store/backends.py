"""Which backend a database location names: a path, or a URL, and the backends installed.

``--db`` and ``BILAT_DB`` take either. A plain path or a ``file://`` URL is a TinyDB
file (:mod:`store.tinydb_backend`). Any other URL is looked up by its scheme among the
backends other distributions install, as Harlequin finds its adapters: an entry point
in the group ``bilat.backends`` named after the scheme, whose value is a
:class:`store.backend.Backend` subclass or a factory, called as
``factory(url, readonly=readonly)``. A ``postgresql://`` (or ``postgres://``) URL is
the team database on a server (:mod:`store.pg`); any other scheme nobody provides is
refused with the list of those known.

Only text that starts with ``scheme://`` is a URL: a file name may hold a colon.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from .backend import Backend
from .errors import DatabaseError
from .tinydb_backend import TinyDBBackend
from .urls import redacted

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

ENTRY_POINT_GROUP = "bilat.backends"
FILE_SCHEME = "file"
# Schemes of a PostgreSQL server (SQLAlchemy's and libpq's spellings).
POSTGRES_SCHEMES = ("postgresql", "postgres")
_URL = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://")


def scheme_of(location: str | os.PathLike[str]) -> str | None:
    """The URL scheme of ``location``, in lower case; None for a path."""
    if not isinstance(location, str):
        return None
    found = _URL.match(location)
    return found.group(1).lower() if found else None


def database_file(location: str | os.PathLike[str]) -> Path | None:
    """The file a path or a ``file://`` URL names (not resolved yet); None for a URL of
    another scheme. A ``file://`` URL must name a local file: no other host, no query."""
    scheme = scheme_of(location)
    if scheme is None:
        return Path(location).expanduser()
    if scheme != FILE_SCHEME:
        return None
    assert isinstance(location, str)
    parts = urlsplit(location)
    if parts.netloc not in ("", "localhost") or parts.query or parts.fragment or not parts.path:
        raise DatabaseError(
            f"{location} is not a local file URL: write file:///absolute/path/db.json "
            "(or the path alone)"
        )
    return Path(unquote(parts.path))  # POSIX: what url2pathname does, without its imports


def open_backend(location: str | os.PathLike[str], *, readonly: bool | None = None) -> Backend:
    """The backend of the database at ``location`` (a path or a URL), opened, not created:
    a missing file is an empty database, made by its first write.

    ``readonly``: True opens it read-only; None lets the backend decide (a file that may
    not be written opens read-only).
    """
    path = database_file(location)
    if path is not None:
        if not path.parent.exists():
            raise DatabaseError(f"cannot open database {path}: folder {path.parent} does not exist")
        return TinyDBBackend(path, readonly=readonly)
    assert isinstance(location, str)
    scheme = scheme_of(location) or ""
    if scheme in POSTGRES_SCHEMES:
        from .pg.backend import PostgresBackend  # psycopg loads only here

        return PostgresBackend(location, readonly=readonly)
    claims = _installed().get(scheme)
    if claims is None:
        raise _no_backend(scheme, location)
    factory = _load(scheme, claims)
    try:
        backend = factory(location, readonly=readonly)
    except DatabaseError:
        raise
    except Exception as exc:  # a driver's own error (a server that does not answer…)
        raise DatabaseError(
            f"cannot open database {redacted(location)} ({_origin(claims[0])}): "
            f"{type(exc).__name__}: {exc}"
        ) from exc
    if not isinstance(backend, Backend):
        raise DatabaseError(
            f"the backend for {scheme}:// URLs ({_origin(claims[0])}) gave a "
            f"{type(backend).__name__}, not a bilat backend"
        )
    return backend


def known_schemes() -> list[str]:
    """The URL schemes this bilat opens: its own, and those of the backends installed."""
    return [FILE_SCHEME, "postgresql", *sorted(set(_installed()) - {FILE_SCHEME, "postgresql"})]


def entry_points(*, group: str) -> Sequence[EntryPoint]:
    """The entry points installed in ``group`` (``importlib.metadata`` is imported only
    here: opening a file, the most common case, never needs it)."""
    from importlib.metadata import entry_points as installed

    return list(installed(group=group))


def _installed() -> dict[str, list[EntryPoint]]:
    """The backends other distributions install, by scheme: each scheme's entry points
    with distinct values (more than one: see ``_load``). ``file`` is always TinyDB's."""
    found: dict[str, list[EntryPoint]] = {}
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        name = entry.name.lower()
        claims = found.setdefault(name, [])
        if name != FILE_SCHEME and all(claim.value != entry.value for claim in claims):
            claims.append(entry)
    return {name: claims for name, claims in found.items() if claims}


def _load(scheme: str, claims: list[EntryPoint]) -> Callable[..., object]:
    """The backend class or factory of ``scheme``; refused if two installed backends
    claim it (which one is meant cannot be guessed), or it cannot be loaded."""
    if len(claims) > 1:
        raise DatabaseError(
            f"{len(claims)} installed backends claim {scheme}:// URLs: "
            f"{', '.join(_origin(claim) for claim in claims)}; uninstall all but one"
        )
    entry = claims[0]
    try:
        factory = entry.load()
    except Exception as exc:  # a plugin that does not import: its error, said in one line
        raise DatabaseError(
            f"the backend for {scheme}:// URLs ({_origin(entry)}) cannot be loaded: "
            f"{type(exc).__name__}: {exc}"
        ) from exc
    if not callable(factory):
        raise DatabaseError(
            f"the backend for {scheme}:// URLs ({_origin(entry)}) is a "
            f"{type(factory).__name__}, not a backend class or factory"
        )
    return factory  # type: ignore[no-any-return]


def _origin(entry: EntryPoint) -> str:
    """``module:object`` from distribution ``name``, for messages."""
    dist = entry.dist
    return f"{entry.value} from {dist.name}" if dist is not None else entry.value


def _no_backend(scheme: str, location: str) -> DatabaseError:
    known = ", ".join(f"{name}://" for name in known_schemes())
    return DatabaseError(
        f"no bilat backend opens {scheme}:// URLs ({redacted(location)}); this bilat opens "
        f"a file path and {known}"
    )
