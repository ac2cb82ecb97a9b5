"""The PostgreSQL server the tests use: 127.0.0.1:5432, database ``test`` (trust auth).

Each test gets a schema of its own, named at random and dropped after it; its URL keeps
bilat's tables there (``options=-csearch_path%3D…``). No test is skipped for want of a
server: `make test` starts it (the ``postgres`` target), and if it still does not answer,
the tests that need it fail saying so.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
import pytest

SERVER = "postgresql://postgres@127.0.0.1:5432/test"


def admin() -> psycopg.Connection[Any]:
    try:
        return psycopg.connect(SERVER, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        pytest.fail(
            f"the PostgreSQL server the tests use ({SERVER}) does not answer: {exc}; "
            "start it (`make postgres`, pg_ctlcluster 15 main start)",
            pytrace=False,
        )


def url_of(schema: str, base: str = SERVER) -> str:
    """The URL of a bilat database in ``schema``; its connections are named after it."""
    return f"{base}?application_name={schema}&options=-csearch_path%3D{schema}"


def end_connections(schema: str, where: str = "true") -> int:
    """End the server connections of the database in ``schema`` (``where`` more of them
    holds), as an administrator would: how many were ended."""
    with admin() as conn:
        row = conn.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE (application_name = %s OR application_name = %s) "
            f"AND pid <> pg_backend_pid() AND ({where})",
            (schema, f"{schema} (bilat listener)"),
        ).fetchone()
    return int(row[0]) if row else 0


@contextmanager
def private_schema() -> Iterator[str]:
    """A new, empty schema; dropped with everything in it afterwards. Yields its name."""
    name = "t_" + uuid.uuid4().hex[:12]
    with admin() as conn:
        conn.execute(f"CREATE SCHEMA {name}")
    try:
        yield name
    finally:
        end_connections(name)  # a listener or a pool a test left open holds no lock then
        with admin() as conn:
            conn.execute(f"DROP SCHEMA {name} CASCADE")


def schema_of(url: str) -> str:
    """The schema a test URL (``url_of``) keeps its tables in."""
    return url.rpartition("%3D")[2]


@contextmanager
def reader_role(url: str) -> Iterator[str]:
    """A role that may only read the database of ``url`` (a ``url_of``): yields its URL;
    the role is dropped afterwards."""
    schema = schema_of(url)
    role = f"reader_{schema}"
    with admin() as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN")
        conn.execute(f"GRANT USAGE ON SCHEMA {schema} TO {role}")
        conn.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {role}")
    try:
        yield url.replace("postgres@", f"{role}@")
    finally:
        with admin() as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s",
                (role,),
            )
            conn.execute(f"DROP OWNED BY {role}")
            conn.execute(f"DROP ROLE {role}")
