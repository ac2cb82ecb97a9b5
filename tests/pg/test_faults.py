"""When the server misbehaves: connections it ends (a restart, ``pg_terminate_backend``)
are replaced and nothing acknowledged is lost; a write cut off is not half-written; a
statement timeout is one line and writes nothing; a server that refuses is one line."""

from __future__ import annotations

import threading

import pytest

from bilat.store import DatabaseError, Sector, Store
from tests.pg_server import admin, end_connections, schema_of


def test_connections_ended_by_the_server_are_replaced(pg_url: str) -> None:
    store = Store.open(pg_url)
    store.upsert(Sector(id="sec-a", name={"en": "A"}))  # acknowledged
    first = store.snapshot()
    assert end_connections(schema_of(pg_url)) >= 1
    assert not store.changed()  # read on a new connection
    store.upsert(Sector(id="sec-b", name={"en": "B"}))
    end_connections(schema_of(pg_url))
    assert store.get("sec-b").rev == 1
    assert set(Store.open(pg_url).snapshot().tables["sectors"]) == {"sec-a", "sec-b"}
    assert set(first.tables["sectors"]) == {"sec-a"}


def test_a_write_cut_off_mid_way_writes_nothing_and_the_next_one_works(pg_url: str) -> None:
    store = Store.open(pg_url)
    store.upsert(Sector(id="sec-a", name={"en": "A"}))
    schema = schema_of(pg_url)
    with (
        pytest.raises(DatabaseError, match="connection was lost"),
        store.backend.session() as session,
    ):
        session.put("sectors", "sec-b", {"id": "sec-b", "name": {"en": "B"}, "rev": 1})
        end_connections(schema, "state = 'idle in transaction'")
    assert set(Store.open(pg_url).snapshot().tables["sectors"]) == {"sec-a"}
    store.upsert(Sector(id="sec-c", name={"en": "C"}))
    assert set(Store.open(pg_url).snapshot().tables["sectors"]) == {"sec-a", "sec-c"}


def test_a_statement_timeout_is_one_line_and_writes_nothing(pg_url: str) -> None:
    Store.open(pg_url).upsert(Sector(id="sec-a", name={"en": "A"}))
    impatient = pg_url.replace("options=", "options=-cstatement_timeout%3D300%20")
    store = Store.open(impatient)
    holding, release = threading.Event(), threading.Event()

    def hold_the_writers_lock() -> None:
        with admin() as conn, conn.transaction():
            conn.execute(f"SET LOCAL search_path TO {schema_of(pg_url)}")
            conn.execute("SELECT version FROM bilat_state FOR UPDATE")
            holding.set()
            release.wait(30)

    holder = threading.Thread(target=hold_the_writers_lock)
    holder.start()
    try:
        assert holding.wait(10)
        with pytest.raises(DatabaseError) as stopped:
            store.upsert(Sector(id="sec-b", name={"en": "B"}))
    finally:
        release.set()
        holder.join()
    message = str(stopped.value)
    assert "statement timeout" in message and "nothing was written" in message
    assert "\n" not in message
    assert set(Store.open(pg_url).snapshot().tables["sectors"]) == {"sec-a"}
    store.upsert(Sector(id="sec-b", name={"en": "B"}))  # the lock is free: it goes through
    assert set(Store.open(pg_url).snapshot().tables["sectors"]) == {"sec-a", "sec-b"}
