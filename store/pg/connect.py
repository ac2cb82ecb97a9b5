"""Reaching the server: the URL people give, the name messages show, the errors they read.

A ``postgresql://`` (or ``postgres://``) URL is handed to libpq as it is, so everything
libpq reads works: ``?service=team`` (``pg_service.conf``), ``.pgpass``, ``PGPASSWORD``
and the other ``PG*`` variables, ``?options=-csearch_path%3Dportfolio`` to keep bilat's
tables in a schema of their own. What people see of it (``location``, every message) is
the URL without any secret: no password, in the user part or in the query.

The driver's errors become one-line ``DatabaseError``s naming the database, never its
password; a write refused for want of privileges is a ``ReadOnlyError``.
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg import errors as pg_errors

from ..errors import BilatError, DatabaseError, ReadOnlyError
from ..urls import redacted

# Seconds a first connection waits for the server before saying it cannot reach it.
CONNECT_TIMEOUT = 10


def shown(url: str) -> str:
    """``url`` as messages and the header show it: each password replaced."""
    return redacted(url)


def conninfo(url: str) -> str:
    """What libpq is given: the URL, its scheme spelt as libpq reads it, a time limit to
    connect unless the URL sets one."""
    scheme, sep, rest = url.partition("://")
    url = "postgresql" + sep + rest if scheme.lower() in ("postgresql", "postgres") else url
    if "connect_timeout=" not in url:
        url += ("&" if "?" in url else "?") + f"connect_timeout={CONNECT_TIMEOUT}"
    return url


def failure(location: str, exc: BaseException, doing: str) -> BilatError:
    """The one-line error for a driver's ``exc`` met while ``doing`` something."""
    if isinstance(exc, BilatError):
        return exc
    if isinstance(exc, pg_errors.InsufficientPrivilege | pg_errors.ReadOnlySqlTransaction):
        return ReadOnlyError(
            f"read-only database {location}: this role may not write here; nothing was written"
        )
    if isinstance(exc, pg_errors.QueryCanceled):
        return DatabaseError(
            f"database {location}: the server stopped {doing} after its statement timeout "
            "(statement_timeout); nothing was written — try again, or ask its administrator"
        )
    reason = _first_line(exc)
    if isinstance(exc, psycopg.OperationalError):
        return DatabaseError(f"cannot reach database {location} while {doing}: {reason}")
    return DatabaseError(f"database {location}: {doing} failed: {reason}")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    line = text.splitlines()[0].strip()
    # libpq names the host and port it tried; a password is never part of its messages,
    # but a conninfo string could be: drop anything after "password=".
    return line.split("password=", 1)[0].rstrip()


def connect(url: str, location: str, **kwargs: Any) -> psycopg.Connection[Any]:
    """One connection of its own (the listener's, a check at start)."""
    try:
        return psycopg.connect(conninfo(url), **kwargs)
    except psycopg.Error as exc:
        raise failure(location, exc, "connecting") from None
