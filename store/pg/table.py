"""A first view of a server database: its records left on the server, fetched when read.

At 100,000 projects the server holds ~600,000 records; reading and decoding them all
before the first screen takes tens of seconds. A first view (``PostgresBackend.
load_first``) reads instead, in one repeatable-read transaction: the version, the few
sectors, organisations and people whole (names the tables show), and the ids of the
projects and agreements; the ids of the claims and sources when first asked for (the
warm-up's ``Stage.RECORDS``). Each table is a :class:`store.file_table.FileTable` over a
:class:`ServerLayout` in place of the file's layout, so every reader of a snapshot works
unchanged: a record read alone comes with the window of ids after it (one round trip for
a screenful), a pass over many (indexing, checking, sorting by a column) streams the
whole table once. The record's text is kept as the server sent it (bytes: a third of the
memory of the decoded records) and decoded when read, as on a file.

The transaction is held (:class:`FirstRead`) until every table has been fetched whole —
the warm-up's check does it — so every record read is of the first view's moment; then
the connection is closed. If the server ends that connection meanwhile, what is missing
is fetched as the database is then (a record written since comes as written; the
explorer's refresh that follows brings the rest of the view to that moment).
"""

from __future__ import annotations

import contextlib
import threading
import weakref
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import psycopg
from psycopg.adapt import Buffer, Loader

from ..errors import BilatError, DatabaseError
from ..file_table import HeldFile, Layout
from .connect import connect, failure

# Ids fetched with a record read alone: a screenful and more, in one round trip.
WINDOW = 256
# A read that goes on where the last window ended (a pass over every record one by one:
# the warm-up's index) fetches twice as many each time, up to this many.
WINDOW_AT_MOST = 4096
# A read of more records than this missing at once fetches the whole table instead.
WHOLE_ABOVE = 64
# Rows fetched per round trip when a whole table is streamed (the lock is let go between).
BATCH_ROWS = 5000


class _Raw(Loader):
    """Text as the bytes the server sent (msgspec decodes them; no str in between)."""

    def load(self, data: Buffer) -> bytes:
        return bytes(data)


class FirstRead:
    """The connection and transaction a first view is read in, shared by its tables and
    held until each has been fetched whole (``done``), or the view is dropped."""

    def __init__(self, url: str, location: str) -> None:
        self.url = url
        self.location = location
        self._lock = threading.Lock()
        self._conn: psycopg.Connection[Any] | None = connect(url, location)
        self._conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        self._conn.read_only = True
        self._waiting: set[str] = set()
        # The version the view was read at (``PostgresBackend.load_first`` sets it).
        self.version: tuple[Any, ...] = ()
        # Closed when the view is dropped before it was fetched whole.
        self._finalizer = weakref.finalize(self, self._conn.close)

    @property
    def conn(self) -> psycopg.Connection[Any]:
        """The held connection, for the first reads (the caller holds no other lock)."""
        assert self._conn is not None
        return self._conn

    def expect(self, kind: str) -> None:
        """``kind`` has a table that will be fetched whole before the transaction ends."""
        self._waiting.add(kind)

    def done(self, kind: str) -> None:
        """``kind``'s table is fetched whole; the last one ends the transaction."""
        with self._lock:
            self._waiting.discard(kind)
            if not self._waiting:
                self._close()

    def close(self) -> None:
        with self._lock:
            self._close()

    def _close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            self._finalizer.detach()
            with contextlib.suppress(psycopg.Error):
                conn.rollback()  # it only read
            conn.close()

    # -- reading ------------------------------------------------------------------
    def ids(self, kind: str) -> list[str]:
        """Every id of ``kind``, in order (Python's, the snapshot's)."""
        return self.ids_of([kind])[kind]

    def ids_of(self, kinds: Sequence[str]) -> dict[str, list[str]]:
        """Every id of each of ``kinds``, in order, in one round trip: each table's as one
        text, an id a line (a row per id costs the driver three times as much at 100,000
        projects; an array, twice), with their count: a table holding an id with a line
        break in it (not one bilat wrote) has its ids read one by one."""
        parts = ", ".join(
            f"(SELECT string_agg(id, E'\\n'), count(*) FROM {kind}) AS k{i}"
            for i, kind in enumerate(kinds)
        )
        row = self._query(f"SELECT * FROM {parts}", (), raw=False)[0]
        found: dict[str, list[str]] = {}
        for i, kind in enumerate(kinds):
            text, count = row[2 * i], row[2 * i + 1]
            ids = text.split("\n") if text is not None else []
            if len(ids) != count:
                ids = [
                    record_id
                    for (record_id,) in self._query(f"SELECT id FROM {kind}", (), raw=False)
                ]
            found[kind] = sorted(ids)
        return found

    def whole(self, kinds: Sequence[str]) -> dict[str, list[tuple[str, bytes]]]:
        """Every record's text of each of ``kinds`` (a few thousand: the names the tables
        show), in one query."""
        sql = " UNION ALL ".join(
            f"SELECT {i}, id, body FROM {kind}" for i, kind in enumerate(kinds)
        )
        found: dict[str, list[tuple[str, bytes]]] = {kind: [] for kind in kinds}
        for i, record_id, body in self._query(sql, ()):
            found[kinds[i]].append((record_id.decode(), body))
        return found

    def bodies(self, kind: str, ids: Sequence[str]) -> list[tuple[str, bytes]]:
        """The text of the records of ``ids`` (in any order)."""
        rows = self._query(f"SELECT id, body FROM {kind} WHERE id = ANY(%s)", (list(ids),))
        return [(record_id.decode(), body) for record_id, body in rows]

    def every(self, kind: str) -> Iterator[list[tuple[str, bytes]]]:
        """Every record's text, a batch at a time (others may read between batches)."""
        with self._lock:
            conn = self._conn
        if conn is None:
            yield self._afresh(f"SELECT id, body FROM {kind}", ())
            return
        name = f"bilat_first_{kind}"
        try:
            with self._lock:
                cursor = conn.cursor(name=name)
                cursor.adapters.register_loader("text", _Raw)
                cursor.execute(f"SELECT id, body FROM {kind}")
            while True:
                with self._lock:
                    if self._conn is not conn:
                        return  # every table fetched whole: the transaction ended with it
                    rows = cursor.fetchmany(BATCH_ROWS)
                    if not rows:
                        cursor.close()
                        return
                yield [(record_id.decode(), body) for record_id, body in rows]
        except psycopg.Error as exc:
            if not conn.broken:
                raise failure(self.location, exc, "reading records") from None
            self.close()
            yield self._afresh(f"SELECT id, body FROM {kind}", ())

    def _query(self, sql: str, params: tuple[Any, ...], *, raw: bool = True) -> list[Any]:
        with self._lock:
            conn = self._conn
            if conn is not None:
                try:
                    with conn.cursor() as cursor:
                        if raw:
                            cursor.adapters.register_loader("text", _Raw)
                        return cursor.execute(sql, params).fetchall()
                except psycopg.Error as exc:
                    if not conn.broken:
                        raise failure(self.location, exc, "reading records") from None
                    self._close()
        return self._afresh(sql, params, raw=raw)

    def _afresh(self, sql: str, params: tuple[Any, ...], *, raw: bool = True) -> list[Any]:
        """``sql`` on a new connection, the held one being lost: as the database is now."""
        try:
            with (
                connect(self.url, self.location, autocommit=True) as conn,
                conn.cursor() as cursor,
            ):
                if raw:
                    cursor.adapters.register_loader("text", _Raw)
                return cursor.execute(sql, params).fetchall()
        except BilatError:
            raise
        except psycopg.Error as exc:
            raise failure(self.location, exc, "reading records") from None


class _Server(HeldFile):
    """What a file table asks of the file its layout lies in, for a server: its name in
    messages; there is no file to look at."""

    def __init__(self, location: str) -> None:  # no file: HeldFile's fstat is not made
        self.path = location  # type: ignore[assignment] # named in messages only
        self.top = None

    def check(self, *, now: bool = False) -> None:
        return None

    def read(self, offset: int, length: int, ahead: int = 0) -> bytes:
        raise AssertionError("a server's records are fetched by id")


class ServerLayout(Layout):
    """Where the records of one table are: the server, by id. Each record's text is kept
    once fetched; reading one fetches its window, reading many the whole table."""

    __slots__ = ("_bodies", "_keeping", "_kind", "_missing", "_read", "_window", "_window_end")

    def __init__(self, read: FirstRead, kind: str, ids: list[str]) -> None:
        super().__init__(_Server(read.location), ids, array("q"), array("q"))
        self._read = read
        self._kind = kind
        self._bodies: list[bytes | None] = [None] * len(ids)
        self._missing = len(ids)
        self._window = WINDOW
        self._window_end = -1
        self._keeping = threading.Lock()  # the screen's, the warm-up's and a search's reads
        read.expect(kind)
        if not ids:
            read.done(kind)

    @property
    def fetched(self) -> int:
        """How many of its records' texts have come from the server."""
        return len(self.ids) - self._missing

    def verify(self) -> bool:
        return False  # the server's text is the record's: one that does not decode is damaged

    def one(self, i: int) -> memoryview:
        body = self._bodies[i]
        if body is None:
            # Where the last window ended: a pass in order, which a window of a screenful
            # would make hundreds of round trips of (each holding the first view's
            # connection from the screen's reads): the window grows.
            sequential = i == self._window_end
            self._window = min(self._window * 2, WINDOW_AT_MOST) if sequential else WINDOW
            end = min(i + self._window, len(self.ids))
            self._window_end = end
            wanted = [j for j in range(i, end) if self._bodies[j] is None]
            self._keep(self._read.bodies(self._kind, [self.ids[j] for j in wanted]))
            body = self._body(i)
        return memoryview(body)

    def encoded(self, positions: Sequence[int]) -> Iterator[tuple[int, memoryview]]:
        bodies = self._bodies
        missing = [p for p in positions if bodies[p] is None]
        if len(missing) > WHOLE_ABOVE:
            self.fetch_all()
        elif missing:
            self._keep(self._read.bodies(self._kind, [self.ids[p] for p in missing]))
        for p in positions:
            yield p, memoryview(self._body(p))

    def fetch_all(self) -> None:
        """Every record's text, streamed from the server (those kept already are kept)."""
        if self._missing:
            for rows in self._read.every(self._kind):
                self._keep(rows)

    def offer(self, version: tuple[Any, ...], rows: Iterable[tuple[str, bytes, int]]) -> None:
        """Records a search read on another connection at ``version`` (``seq``: the write
        that last put each): those not written since this view's moment are its own, kept
        so that the screen showing the search's matches needs no round trip of its own."""
        mine = self._read.version
        if not mine or version[:2] != mine[:2]:
            return  # another database, or replaced since: nothing is known to be the same
        self._keep([(record_id, body) for record_id, body, seq in rows if seq <= mine[2]])

    def _keep(self, rows: list[tuple[str, bytes]]) -> None:
        bodies, position = self._bodies, self.position
        with self._keeping:
            for record_id, body in rows:
                i = position(record_id)
                if i >= 0 and bodies[i] is None:
                    bodies[i] = body
                    self._missing -= 1
            finished = not self._missing
        if finished:
            self._read.done(self._kind)

    def _body(self, i: int) -> bytes:
        body = self._bodies[i]
        if body is None:  # removed since, read afresh after the held transaction was lost
            raise DatabaseError(
                f"database {self._read.location}: record {self.ids[i]!r} was removed while "
                "the explorer was reading it, and the connection was lost; start bilat again"
            )
        return body
