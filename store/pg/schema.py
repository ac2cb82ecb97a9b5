"""The server's tables, and the versioned migrations that make them.

One table per record kind: the record as bilat wrote it (``body``, JSON text: read back
byte for byte, so an export is the same bytes from the server as from a file), the
record as JSONB (``doc``, for SQL), and beside them, computed by the server from the
record itself (generated columns, so they can never disagree with it), the typed,
indexed columns filters and sorts read: revision, status, sectors, countries, parties,
the earliest and latest dates. ``seq`` is the write that last put the row.
Beside them: ``bilat_state`` (one row: the version, which every write raises under its
lock, and the generation, raised when a write replaces everything), ``bilat_removed``
(which write removed which id: what another machine missed), ``bilat_history`` (one
line per write, as the file's ``.history``), and ``bilat_meta`` (the schema's version
and this database's name, a random id). From migration 2, the folded text of projects,
agreements and claims for search on the server (``store.pg.search``).

Migrations are numbered; ``bilat migrate`` applies those the database lacks, in one
transaction. A database whose schema is newer than this bilat is refused, clearly,
before anything is read or written.
"""

from __future__ import annotations

import uuid
from typing import Any

import psycopg

from ..errors import DatabaseError

# Per kind: its extra typed columns (name, type, expression over the record), each indexed.
_TEXTS = "bilat_texts(body::jsonb, '{}')"


def _field(name: str, path: str | None = None) -> tuple[str, str, str]:
    return (name, "text", f"body::jsonb #>> '{{{path or name}}}'")


def _indexed(sectors: str, dates: str) -> list[tuple[str, str, str]]:
    """The columns a project or an agreement is filtered and sorted by: JSON paths of its
    sector ids and of its dates' bounds differ, the rest is alike."""
    parties = _TEXTS.format("$.parties[*].org") + " || " + _TEXTS.format("$.parties[*].person")
    return [
        _field("status"),
        ("sectors", "text[]", _TEXTS.format(sectors)),
        ("countries", "text[]", _TEXTS.format("$.countries[*]")),
        ("parties", "text[]", parties),
        ("earliest", "text", f"bilat_least(body::jsonb, '{dates}.earliest')"),
        ("latest", "text", f"bilat_greatest(body::jsonb, '{dates}.latest')"),
    ]


_COLUMNS: dict[str, list[tuple[str, str, str]]] = {
    "sources": [_field("published", "published,earliest")],
    "sectors": [_field("parent")],
    "orgs": [_field("country"), _field("parent")],
    "people": [],
    "projects": _indexed("$.sectors[*].sector", "$.dates.*"),
    "agreements": _indexed("$.sectors[*]", "$.events[*].date"),
    "claims": [_field("subject"), _field("source"), _field("field")],
}
_ARRAYS = frozenset(("sectors", "countries", "parties"))

_FUNCTIONS = """
CREATE FUNCTION bilat_texts(doc jsonb, path jsonpath) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(array_agg(v #>> '{}'), '{}') FROM jsonb_path_query(doc, path) v
        WHERE jsonb_typeof(v) = 'string' $$;
CREATE FUNCTION bilat_least(doc jsonb, path jsonpath) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT min(v #>> '{}') FROM jsonb_path_query(doc, path) v
        WHERE jsonb_typeof(v) = 'string' $$;
CREATE FUNCTION bilat_greatest(doc jsonb, path jsonpath) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT max(v #>> '{}') FROM jsonb_path_query(doc, path) v
        WHERE jsonb_typeof(v) = 'string' $$;
"""


def _kind_table(kind: str) -> str:
    extra = "".join(
        f",\n  {name} {kind_} GENERATED ALWAYS AS ({expr}) STORED"
        for name, kind_, expr in _COLUMNS[kind]
    )
    indexes = [f"CREATE INDEX {kind}_seq ON {kind} (seq);"]
    for name, _, _ in _COLUMNS[kind]:
        using = "GIN" if name in _ARRAYS else "BTREE"
        indexes.append(f"CREATE INDEX {kind}_{name} ON {kind} USING {using} ({name});")
    return (
        f"CREATE TABLE {kind} (\n  id text PRIMARY KEY,\n  seq bigint NOT NULL,\n"
        "  body text NOT NULL CHECK (body::jsonb ->> 'id' = id),\n"
        "  doc jsonb GENERATED ALWAYS AS (body::jsonb) STORED,\n"
        f"  rev integer GENERATED ALWAYS AS ((body::jsonb ->> 'rev')::integer) STORED{extra}\n"
        ");\n" + "\n".join(indexes)
    )


def _first(conn: psycopg.Connection[Any]) -> str:
    from ..models import KINDS

    return "\n".join(
        [
            _FUNCTIONS,
            "CREATE TABLE bilat_meta (key text PRIMARY KEY, value text NOT NULL);",
            "CREATE TABLE bilat_state (one boolean PRIMARY KEY DEFAULT true CHECK (one), "
            "version bigint NOT NULL, generation bigint NOT NULL);",
            "INSERT INTO bilat_state VALUES (true, 0, 0);",
            "CREATE TABLE bilat_removed (id text PRIMARY KEY, kind text NOT NULL, "
            "seq bigint NOT NULL);",
            "CREATE INDEX bilat_removed_seq ON bilat_removed (seq);",
            "CREATE TABLE bilat_history (seq bigint PRIMARY KEY, line text NOT NULL);",
            *(_kind_table(kind) for kind in KINDS),
        ]
    )


# The kinds searched on the server (``store.pg.search``): their folded text, indexed.
SEARCHED = ("projects", "agreements", "claims")


def _extension_schema(conn: psycopg.Connection[Any], name: str) -> str | None:
    """Where extension ``name`` is installed in this database (it is installed once per
    database, in ``public`` if bilat installs it), made if it can be; None if not."""
    try:
        with conn.transaction():  # a savepoint: a refusal leaves the migration going
            conn.execute(f"CREATE EXTENSION IF NOT EXISTS {name} SCHEMA public")
    except psycopg.Error:
        pass
    row = conn.execute(
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = %s",
        (name,),
    ).fetchone()
    return str(row[0]) if row else None


def _search(conn: psycopg.Connection[Any]) -> str:
    """Migration 2: each project's, agreement's and claim's text folded as a filter's
    words are (``bilat_fold``: accents stripped by ``unaccent``, lower case) in a column
    the server computes, with a trigram index (``pg_trgm``) answering "holds this piece of
    a word" — the pre-filter of ``store.pg.search``. Without the two extensions (a server
    that has not got them, a role that may not create them) nothing is made: the
    explorer then searches the records it read, as before."""
    unaccent = _extension_schema(conn, "unaccent")
    trgm = _extension_schema(conn, "pg_trgm")
    if unaccent is None or trgm is None:
        return "INSERT INTO bilat_meta VALUES ('search', 'off') ON CONFLICT (key) DO NOTHING;"
    statements = [
        "CREATE FUNCTION bilat_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE "
        f"STRICT AS $$ SELECT lower({unaccent}.unaccent('{unaccent}.unaccent'::regdictionary, "
        "$1)) $$;"
    ]
    for kind in SEARCHED:
        statements.append(
            f"ALTER TABLE {kind} ADD COLUMN folded text GENERATED ALWAYS AS "
            "(bilat_fold(body)) STORED;"
        )
        statements.append(
            f"CREATE INDEX {kind}_folded ON {kind} USING GIN (folded {trgm}.gin_trgm_ops);"
        )
    statements.append(
        "INSERT INTO bilat_meta VALUES ('search', 'on') ON CONFLICT (key) DO UPDATE "
        "SET value = 'on';"
    )
    return "\n".join(statements)


# (number, what it does, its SQL). Append; never change one that shipped.
MIGRATIONS: list[tuple[int, str, Any]] = [
    (1, "tables of records, claims and sources; versions, removals, history", _first),
    (2, "search on the server: folded text and trigram indexes (unaccent, pg_trgm)", _search),
]


def searchable(conn: psycopg.Connection[Any]) -> bool:
    """True if the server can answer a filter (migration 2 found its extensions)."""
    row = conn.execute("SELECT value FROM bilat_meta WHERE key = 'search'").fetchone()
    return bool(row and row[0] == "on")


def _sql(sql: Any, conn: psycopg.Connection[Any]) -> str:
    """A migration's SQL: given, or made (for this server: ``_search`` looks at it)."""
    if not callable(sql):
        return str(sql)
    return str(sql(conn))


def latest() -> int:
    return MIGRATIONS[-1][0]


def installed(conn: psycopg.Connection[Any]) -> int | None:
    """The schema version in the connection's schema; None when bilat's tables are not
    there (an empty database)."""
    found = conn.execute("SELECT to_regclass('bilat_meta') IS NOT NULL").fetchone()
    if not found or not found[0]:
        return None
    row = conn.execute("SELECT value FROM bilat_meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def instance(conn: psycopg.Connection[Any]) -> str:
    row = conn.execute("SELECT value FROM bilat_meta WHERE key = 'instance'").fetchone()
    return str(row[0]) if row else ""


def refuse_newer(found: int | None, location: str) -> None:
    if found is not None and found > latest():
        raise DatabaseError(
            f"database {location} has schema version {found}, newer than this bilat's "
            f"({latest()}); nothing was read or written — upgrade bilat on this machine"
        )


def refuse_older(found: int | None, location: str) -> None:
    if found is not None and found < latest():
        raise DatabaseError(
            f"database {location} has schema version {found}, older than this bilat's "
            f"({latest()}); nothing was written — run `bilat --db URL migrate` first"
        )


def lock(conn: psycopg.Connection[Any]) -> None:
    """The lock of those who change the schema, for this transaction (per schema)."""
    conn.execute("SELECT pg_advisory_xact_lock(hashtext('bilat:' || current_schema()))")


# Seconds a migration waits for a table others are reading (an explorer's first view
# holds its tables until its warm-up has read them) before it gives up, changing nothing:
# waiting longer would hold up every reader that comes after it.
LOCK_WAIT_SECONDS = 10


def migrate(conn: psycopg.Connection[Any], location: str) -> list[str]:
    """Apply the migrations the schema lacks, in the caller's transaction: what was done.
    A table held by others longer than ``LOCK_WAIT_SECONDS`` raises ``LockNotAvailable``."""
    conn.execute(f"SET LOCAL lock_timeout = '{LOCK_WAIT_SECONDS}s'")
    lock(conn)
    found = installed(conn)
    refuse_newer(found, location)
    done = []
    for number, what, sql in MIGRATIONS:
        if found is not None and number <= found:
            continue
        conn.execute(_sql(sql, conn))
        if number == 1:
            conn.execute(
                "INSERT INTO bilat_meta VALUES ('instance', %s), ('schema_version', '1')",
                (uuid.uuid4().hex,),
            )
        else:
            conn.execute(
                "UPDATE bilat_meta SET value = %s WHERE key = 'schema_version'", (str(number),)
            )
        done.append(f"{number}: {what}")
    return done
