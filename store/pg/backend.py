"""The PostgreSQL backend: the same store, on a server a team shares.

Reads are one repeatable-read transaction each (every table and the version from one
moment); a write is one transaction that takes the lock of the state row first, so
writers follow each other as they do on a file, and the store checks revisions against
what is committed under that lock: a stale edit is a ConflictError, as on the file. Each
write raises the version, marks its rows with it (``seq``) and notes what it removed,
so that another machine reads only what changed (``changes_since``); it notifies
``bilat`` listeners at commit (:mod:`store.pg.listen`).

A connection the server dropped (a restart, ``pg_terminate_backend``) is replaced by
the pool: a read is tried again on a new one; a write that was cut off was not
committed (the transaction is the server's), and says so.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import Any, ClassVar

import msgspec
import orjson
import psycopg
from psycopg import errors as pg_errors
from psycopg_pool import ConnectionPool, PoolTimeout

from .. import changelog
from ..backend import Backend, BulkPlan, Capabilities, Doc, Finish, WriteSession
from ..errors import BilatError, DatabaseError, ReadOnlyError
from ..file_table import FileTable, LaterLayout, Layout
from ..models import KINDS
from ..query import Filter
from ..records import Records
from . import schema
from . import search as server_search
from .connect import connect, conninfo, failure, shown
from .listen import Listener
from .table import FirstRead, ServerLayout

_DECODERS = {kind: msgspec.json.Decoder(cls, strict=True) for kind, (_, cls) in KINDS.items()}
# A read cut off by a dropped connection is tried again this many times, on new ones.
READ_ATTEMPTS = 3
# Records fetched from the server at a time when a whole table is read.
BATCH_ROWS = 5000
# A first view reads these whole (the names the tables show: a few thousand records)…
WHOLE_KINDS = ("sectors", "orgs", "people")
# …these by id, their records fetched as the screen shows them; the rest after.
FIRST_SCREEN_KINDS = ("projects", "agreements")
# Version token: (this database's name, generation, version); () before the schema exists.
Version = tuple[Any, ...]


class PgSession(WriteSession):
    def __init__(self, version: Version) -> None:
        self.version = version
        self.puts: dict[str, tuple[str, str]] = {}
        self.removes: dict[str, str] = {}

    def put(self, table: str, record_id: str, doc: Doc) -> None:
        self.removes.pop(record_id, None)
        self.puts[record_id] = (table, orjson.dumps(doc).decode())

    def remove(self, table: str, record_id: str) -> None:
        self.puts.pop(record_id, None)
        self.removes[record_id] = table


class PostgresBackend(Backend):
    """``postgresql://user@host/db`` (libpq's URL: services, ``.pgpass`` and ``PG*``
    apply). ``readonly``: True refuses every write here; None asks the server whether
    this role may write (a read-only role opens read-only, and says so up front).

    Its size is the backend protocol's (``store.backend.Backend``), as the file's is."""

    # ``lazy_records``: a first view leaves the projects', agreements', claims' and
    # sources' records on the server and fetches them as they are read (``store.pg.table``).
    capabilities: ClassVar[Capabilities] = Capabilities(
        lazy_records=True,
        bulk_writes=True,
        history=True,
        notifications=True,
        migrations=True,
        server_search=True,
    )
    # What this bilat may do at once on one database: a write, a read, and a spare.
    POOL_SIZE = 3

    def __init__(self, url: str, *, readonly: bool | None = None) -> None:
        self.url = url
        self.location = shown(url)
        # One connection first: a server that does not answer, a schema newer than this
        # bilat, a role that may not write are said at once, in one line.
        with connect(url, self.location, autocommit=True) as conn:
            try:
                found = schema.installed(conn)
                schema.refuse_newer(found, self.location)
                may_write = _may_write(conn)
            except psycopg.Error as exc:
                raise failure(self.location, exc, "opening it") from None
        self.readonly = bool(readonly) or (readonly is None and not may_write)
        # The latest version, while a listener (``watch``) hears of every commit; else None.
        self._heard: Version | None = None
        self._heard_lock = threading.Lock()
        # Opened when first asked for a connection: a first view reads on a connection of
        # its own (``FirstRead``), so the pool's threads and connection start after it.
        self._pool_lock = threading.Lock()
        self._pool_open = False
        self._pool = ConnectionPool(
            conninfo(url),
            min_size=1,
            max_size=self.POOL_SIZE,
            open=False,
            name="bilat",
            kwargs={"autocommit": True},  # transactions are begun where they are meant
            # A connection the server ended meanwhile is replaced before it is given out:
            # one round trip, and a restart or pg_terminate_backend costs nobody an edit.
            check=ConnectionPool.check_connection,
        )

    def _unreachable(self) -> BilatError:
        try:  # the driver's own reason (refused, no such database, no such role…)
            connect(self.url, self.location).close()
        except BilatError as exc:
            return exc
        return DatabaseError(f"cannot reach database {self.location}: no connection in time")

    # -- the connections ---------------------------------------------------------
    @contextmanager
    def _reading(self, doing: str) -> Iterator[psycopg.Connection[Any]]:
        """A connection in a repeatable-read, read-only transaction."""
        with self._connection(doing) as conn:
            conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
            conn.read_only = True
            try:
                with conn.transaction():
                    yield conn
            finally:
                if not conn.closed:
                    conn.isolation_level = conn.read_only = None

    @contextmanager
    def _connection(self, doing: str) -> Iterator[psycopg.Connection[Any]]:
        if not self._pool_open:
            with self._pool_lock:
                if not self._pool_open:
                    self._pool.open(wait=False)
                    self._pool_open = True
        try:
            with self._pool.connection(timeout=30) as conn:
                yield conn
        except BilatError:
            raise
        except PoolTimeout:
            raise self._unreachable() from None
        except psycopg.Error as exc:
            raise failure(self.location, exc, doing) from None

    def _read(self, doing: str, read: Callable[[psycopg.Connection[Any]], Any]) -> Any:
        """``read`` in a read transaction; again on a new connection if the server dropped
        this one (a read has nothing to lose)."""
        for attempt in range(READ_ATTEMPTS):
            try:
                with self._reading(doing) as conn:
                    return read(conn)
            except DatabaseError as exc:
                if attempt == READ_ATTEMPTS - 1 or not str(exc).startswith("cannot reach"):
                    raise
                self._pool.check()  # drop the dead connections, make new ones
        raise AssertionError("unreachable")

    # -- reading -------------------------------------------------------------------
    def version(self) -> object:
        heard = self._heard
        if heard is not None:  # listening: every commit since is heard of at once
            return heard
        for attempt in range(READ_ATTEMPTS):
            try:
                with self._connection("reading its version") as conn:
                    return _version(conn)
            except DatabaseError as exc:
                if attempt == READ_ATTEMPTS - 1 or not str(exc).startswith("cannot reach"):
                    raise
                self._pool.check()
        raise AssertionError("unreachable")

    def load(self) -> dict[str, dict[str, Doc]]:
        def read(conn: psycopg.Connection[Any]) -> dict[str, dict[str, Doc]]:
            tables: dict[str, dict[str, Doc]] = {kind: {} for kind in KINDS}
            if not _version(conn):
                return tables
            for kind in KINDS:
                for record_id, text in conn.execute(f"SELECT id, body FROM {kind}"):
                    tables[kind][record_id] = orjson.loads(text)
            return tables

        result: dict[str, dict[str, Doc]] = self._read("reading records", read)
        return result

    def load_records(self) -> tuple[dict[str, dict[str, Any]], object] | None:
        def read(conn: psycopg.Connection[Any]) -> tuple[dict[str, dict[str, Any]], object] | None:
            version = _version(conn)
            tables: dict[str, dict[str, Any]] = {kind: {} for kind in KINDS}
            if not version:
                return tables, version
            try:
                for kind in KINDS:
                    tables[kind] = _decoded(conn, kind, "")
            except msgspec.ValidationError:
                return None
            return tables, version

        result: tuple[dict[str, dict[str, Any]], object] | None = self._read(
            "reading records", read
        )
        return result

    def load_first(
        self, min_bytes: int = 0
    ) -> tuple[dict[str, dict[str, Any]], object, Finish] | None:
        """A first view (``store.pg.table``): the sectors, organisations and people read
        whole, the projects and agreements by id (their records fetched as they are read),
        the claims and sources by id once first asked for; ``finish`` fetches and decodes
        every record left on the server (the warm-up's check), which ends the transaction
        the view was read in. None on a database smaller than ``min_bytes`` (read whole)."""
        first = FirstRead(self.url, self.location)
        try:
            conn = first.conn
            version = first.version = _version(conn)
            if not version or (min_bytes and (_size(conn) or 0) < min_bytes):
                first.close()
                return None
            tables: dict[str, dict[str, Any]] = {
                kind: {record_id: _DECODERS[kind].decode(body) for record_id, body in rows}
                for kind, rows in first.whole(WHOLE_KINDS).items()
            }
            ids = first.ids_of(FIRST_SCREEN_KINDS)
        except msgspec.ValidationError:
            first.close()
            return None  # the whole read names it
        except psycopg.Error as exc:
            first.close()
            raise failure(self.location, exc, "reading records") from None
        lazy: list[FileTable] = []
        for kind in KINDS:
            if kind in WHOLE_KINDS:
                continue
            layout: Layout | LaterLayout
            if kind in FIRST_SCREEN_KINDS:
                layout = ServerLayout(first, kind, ids[kind])
            else:
                layout = LaterLayout(partial(_laid_out, first, kind))
                first.expect(kind)
            table = FileTable(layout, _DECODERS[kind], kind)
            tables[kind] = table  # type: ignore[assignment] # a mapping, read like a dict
            lazy.append(table)

        def finish() -> None:
            try:
                for table in lazy:
                    table.check_all()
            finally:
                first.close()

        return tables, version, finish

    def changes_since(self, version: object) -> tuple[dict[str, Any], object] | None:
        def read(conn: psycopg.Connection[Any]) -> tuple[dict[str, Any], object] | None:
            now = _version(conn)
            if not isinstance(version, tuple) or not now or version[:2] != now[:2]:
                return None if now != version else ({}, now)
            since = version[2]
            if now[2] == since:
                return {}, now
            changes: dict[str, Any] = {}
            removed = conn.execute("SELECT id FROM bilat_removed WHERE seq > %s", (since,))
            changes.update(dict.fromkeys(record_id for (record_id,) in removed))
            try:
                for kind in KINDS:
                    changes.update(_decoded(conn, kind, " WHERE seq > %s", (since,)))
            except msgspec.ValidationError:
                return None
            return changes, now

        result: tuple[dict[str, Any], object] | None = self._read("reading changes", read)
        return result

    def size(self, version: object | None = None) -> int | None:
        def read(conn: psycopg.Connection[Any]) -> int | None:
            return _size(conn) if _version(conn) else None

        result: int | None = self._read("reading its size", read)
        return result

    def history(self) -> list[changelog.Change] | None:
        def read(conn: psycopg.Connection[Any]) -> list[str]:
            if not _version(conn):
                return []
            return [line for (line,) in conn.execute("SELECT line FROM bilat_history ORDER BY seq")]

        lines: list[str] = self._read("reading its history", read)
        return changelog.parse("".join(lines).encode())

    def search(self, kind: str, flt: Filter, names: Records) -> Iterator[list[str]] | None:
        """The ids of ``kind`` matching ``flt``, a window at a time (``store.pg.search``),
        all from one moment of the database; None for what the server does not answer
        (``has:``/``sources:``, kinds other than projects and agreements, a database whose
        server lacks ``unaccent`` or ``pg_trgm``)."""
        if kind not in server_search.SERVER_KINDS or flt.asks_evidence:
            return None
        if not self._read("searching", lambda conn: bool(_version(conn)) and _searchable(conn)):
            return None
        return self._searching(kind, flt, names)

    def _searching(self, kind: str, flt: Filter, names: Records) -> Iterator[list[str]]:
        with self._reading("searching") as conn:
            offer = _offer_to(names, kind, _version(conn))
            yield from server_search.matching(conn, kind, flt, names, offer)

    # -- writing -------------------------------------------------------------------
    @contextmanager
    def session(self) -> Iterator[WriteSession]:
        self._refuse_readonly()
        with self._writing("writing") as (conn, version):
            session = PgSession(version)
            yield session
            if not session.puts and not session.removes:
                self.last_commit = (version, version)
                return
            produced = _next(conn, version)
            self._write(conn, session, produced[2])
            if session.history:
                conn.execute(
                    "INSERT INTO bilat_history VALUES (%s, %s)",
                    (produced[2], session.history.decode()),
                )
            _notify(conn, produced)
        self.last_commit = (version, produced)
        self._learn(produced)

    def bulk_write(self, plan: BulkPlan, *, clear: bool = False) -> bool:
        self._refuse_readonly()
        with self._writing("writing many records") as (conn, version):
            current: dict[str, dict[str, Any]] = {kind: {} for kind in KINDS}
            if version:
                for kind in KINDS:
                    current[kind] = _decoded(conn, kind, "")
            puts = plan(current, version)
            produced = _next(conn, version, new_generation=clear)
            seq = produced[2]
            if clear:
                conn.execute("TRUNCATE bilat_removed, " + ", ".join(KINDS))
                current = {kind: {} for kind in KINDS}
            for kind, put in puts.items():
                stored = current.get(kind, {})
                ids = list(put.ids)
                if not clear:
                    conn.execute(f"DELETE FROM {kind} WHERE id = ANY(%s)", (ids,))
                    conn.execute("DELETE FROM bilat_removed WHERE id = ANY(%s)", (ids,))
                with conn.cursor().copy(f"COPY {kind} (id, seq, body) FROM STDIN") as copy:
                    for record_id in ids:
                        found = stored.get(record_id)
                        document = put.encode(record_id, found.rev if found is not None else 0)
                        copy.write_row((record_id, seq, document.decode()))
            _notify(conn, produced)
        self.last_commit = None  # the store reads again
        self._learn(produced)
        self._analyze(list(puts))
        return True

    def _analyze(self, kinds: list[str]) -> None:
        """Tell the planner what the tables hold now, after many rows came at once (a
        copy, an import, a migration that rewrote them): without it, it guesses, and a
        search's look-up of a hundred records' claims reads every claim. The vacuum marks
        the new pages all-visible, so a first view's ids come from the primary key alone
        (an index-only scan) instead of every record's page. Best effort: the write is
        committed; the server's own autovacuum does it later anyway."""
        try:
            with self._connection("analyzing its tables") as conn:
                for kind in kinds:  # each on its own: VACUUM runs outside a transaction
                    conn.execute(f"VACUUM (ANALYZE) {kind}")
        except BilatError:
            pass

    def _refuse_readonly(self) -> None:
        if self.readonly:
            raise ReadOnlyError(
                f"read-only database {self.location}: this role or this session may not "
                "write; nothing was written"
            )

    @contextmanager
    def _writing(self, doing: str) -> Iterator[tuple[psycopg.Connection[Any], Version]]:
        """A write transaction holding the writers' lock (the state row), the schema made
        first on an empty database; commits on normal exit."""
        with self._connection(doing) as conn:
            try:
                with conn.transaction():
                    found = schema.installed(conn)
                    if found is None:
                        schema.migrate(conn, self.location)
                    else:
                        schema.refuse_newer(found, self.location)
                        schema.refuse_older(found, self.location)
                    row = conn.execute(
                        "SELECT version, generation FROM bilat_state FOR UPDATE"
                    ).fetchone()
                    assert row is not None
                    version = (schema.instance(conn), row[1], row[0])
                    yield conn, version
            except psycopg.Error as exc:
                if conn.broken:
                    raise DatabaseError(
                        f"cannot reach database {self.location}: the connection was lost "
                        "before the server confirmed the write; try again once it shows "
                        "what the database holds"
                    ) from None
                raise failure(self.location, exc, doing) from None

    def _write(self, conn: psycopg.Connection[Any], session: PgSession, seq: int) -> None:
        by_kind: dict[str, list[tuple[str, int, str]]] = {}
        for record_id, (kind, text) in session.puts.items():
            by_kind.setdefault(kind, []).append((record_id, seq, text))
        with conn.cursor() as cur:
            for kind, rows in by_kind.items():
                cur.executemany(
                    f"INSERT INTO {kind} (id, seq, body) VALUES (%s, %s, %s) "
                    "ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, body = excluded.body",
                    rows,
                )
            if session.puts:
                cur.execute("DELETE FROM bilat_removed WHERE id = ANY(%s)", (list(session.puts),))
            removes: dict[str, list[str]] = {}
            for record_id, kind in session.removes.items():
                removes.setdefault(kind, []).append(record_id)
            for kind, ids in removes.items():
                cur.execute(f"DELETE FROM {kind} WHERE id = ANY(%s)", (ids,))
                cur.executemany(
                    "INSERT INTO bilat_removed VALUES (%s, %s, %s) "
                    "ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, kind = excluded.kind",
                    [(record_id, kind, seq) for record_id in ids],
                )

    # -- schema and live updates -----------------------------------------------------
    def migrate(self) -> list[str]:
        """Apply the migrations this database lacks (``bilat migrate``): what was done."""
        with self._connection("migrating") as conn:
            try:
                with conn.transaction():
                    done = schema.migrate(conn, self.location)
            except pg_errors.LockNotAvailable:
                raise DatabaseError(
                    f"database {self.location}: the migration waited "
                    f"{schema.LOCK_WAIT_SECONDS} s for tables others are using (an explorer "
                    "still reading its first view, another migration); nothing was changed "
                    "— try again in a minute"
                ) from None
        if done:
            self._analyze(list(KINDS))
        return done

    def watch(self, changed: Callable[[], None]) -> Listener:
        """Call ``changed`` (from a thread) soon after anyone commits a write here; while
        it listens, ``version`` is what it heard, without a round trip to the server."""
        return Listener(self.url, self.location, changed, self)

    # The listener's tracker (store.pg.listen.Tracker).
    def listening(self, conn: psycopg.Connection[Any]) -> None:
        self._learn(_version(conn), trusted=True)

    def heard(self, payload: str) -> None:
        instance, generation, version = payload.split(" ")
        self._learn((instance, int(generation), int(version)))

    def lost(self) -> None:
        with self._heard_lock:
            self._heard = None

    def _learn(self, version: Version, *, trusted: bool = False) -> None:
        """Keep ``version`` if it is later than the one known (``trusted``: it is now)."""
        with self._heard_lock:
            known = self._heard
            if trusted or (
                known is not None
                and (known[:2] != version[:2] or not known or version[2] > known[2])
            ):
                self._heard = version

    def close(self) -> None:
        with self._pool_lock:
            if self._pool_open:
                self._pool.close()


def _version(conn: psycopg.Connection[Any]) -> Version:
    """The version token: one query (bilat_state and bilat_meta exist together)."""
    if not _has_state(conn):
        return ()
    row = conn.execute(
        "SELECT (SELECT value FROM bilat_meta WHERE key = 'instance'), generation, version"
        " FROM bilat_state"
    ).fetchone()
    return (row[0], row[1], row[2]) if row else ()


def _offer_to(names: Records, kind: str, now: Version) -> server_search.Offer | None:
    """Where a search's records go when ``names`` is a first view whose ``kind`` is still
    on the server: its table keeps those unchanged since its moment (``ServerLayout.offer``),
    so the matches are shown without waiting for the view's own connection."""
    table = names.tables.get(kind)
    layout = table.layout if isinstance(table, FileTable) else None
    if not isinstance(layout, ServerLayout):
        return None
    return partial(layout.offer, now)


def _size(conn: psycopg.Connection[Any]) -> int | None:
    """The bytes the records' tables take on the server (their indexes too)."""
    tables = " + ".join(f"pg_total_relation_size('{kind}')" for kind in KINDS)
    row = conn.execute(f"SELECT {tables}").fetchone()
    return int(row[0]) if row and row[0] else None


def _searchable(conn: psycopg.Connection[Any]) -> bool:
    found = schema.installed(conn)
    return found is not None and found >= 2 and schema.searchable(conn)


def _has_state(conn: psycopg.Connection[Any]) -> bool:
    row = conn.execute("SELECT to_regclass('bilat_state') IS NOT NULL").fetchone()
    return bool(row and row[0])


def _next(
    conn: psycopg.Connection[Any], version: Version, *, new_generation: bool = False
) -> Version:
    generation = version[1] + 1 if new_generation else version[1]
    conn.execute("UPDATE bilat_state SET version = version + 1, generation = %s", (generation,))
    return (version[0], generation, version[2] + 1)


def _notify(conn: psycopg.Connection[Any], produced: Version) -> None:
    """Wake the listeners of this schema at commit (a notification is sent only then)."""
    said = " ".join(str(part) for part in produced)  # what ``heard`` reads back
    conn.execute("SELECT pg_notify('bilat', current_schema() || ' ' || %s)", (said,))


def _decoded(
    conn: psycopg.Connection[Any], kind: str, where: str, params: tuple[Any, ...] = ()
) -> dict[str, Any]:
    """The records of ``kind`` (``where``: which), decoded as they arrive: a server-side
    cursor sends them a batch at a time, so no more than a batch of their text is held
    (the caller's transaction keeps the cursor's rows one moment's)."""
    decode = _DECODERS[kind].decode
    with conn.cursor(name=f"bilat_{kind}") as cursor:
        cursor.itersize = BATCH_ROWS
        cursor.execute(f"SELECT id, body FROM {kind}{where}", params)
        return {record_id: decode(text) for record_id, text in cursor}


def _laid_out(first: FirstRead, kind: str) -> Layout:
    return ServerLayout(first, kind, first.ids(kind))


def _may_write(conn: psycopg.Connection[Any]) -> bool:
    """False when this role can write none of bilat's tables (or, before they exist,
    cannot create them), or the server is a read-only standby."""
    row = conn.execute(
        "SELECT current_setting('default_transaction_read_only') = 'off' "
        "AND NOT pg_is_in_recovery()"
    ).fetchone()
    if not row or not row[0]:
        return False
    if schema.installed(conn) is None:
        row = conn.execute("SELECT has_schema_privilege(current_schema(), 'CREATE')").fetchone()
    else:
        row = conn.execute("SELECT has_table_privilege('bilat_state', 'UPDATE')").fetchone()
    return bool(row and row[0])
