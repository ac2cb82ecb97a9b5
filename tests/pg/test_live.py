"""Live updates across machines: a write on one connection wakes a listener on another
(LISTEN/NOTIFY), and a listener whose connection the server ended comes back and says
so. Each test waits with a generous timeout; how soon is a figure in bench/README.md."""

from __future__ import annotations

import threading
import time

import pytest

from bilat.store import Sector, Store
from bilat.store.pg.backend import PostgresBackend
from bilat.store.pg.listen import Listener
from tests.pg_server import end_connections, schema_of

# Generous: what is measured (bench/) is well under a second.
PATIENCE = 10.0


def listener_of(store: Store, woken: threading.Event) -> Listener:
    backend = store.backend
    assert isinstance(backend, PostgresBackend)
    assert backend.capabilities.notifications
    return backend.watch(woken.set)


def test_an_edit_on_one_connection_wakes_another(pg_url: str) -> None:
    mine, theirs = Store.open(pg_url), Store.open(pg_url)
    mine.upsert(Sector(id="sec-a", name={"en": "A"}))
    shown = theirs.snapshot()
    woken = threading.Event()
    listener = listener_of(theirs, woken)
    with listener:
        assert listener.wait_listening(PATIENCE)
        assert not woken.wait(0.3)  # nobody wrote: nothing to say
        mine.upsert(Sector(id="sec-a", name={"en": "A, renamed"}), expected_rev=1)
        assert woken.wait(PATIENCE)
    assert theirs.backend.version() != shown.version
    assert theirs.get("sec-a").name == {"en": "A, renamed"}


def test_a_write_to_another_schema_does_not_wake_it(pg_url: str) -> None:
    from tests.pg_server import private_schema, url_of

    store = Store.open(pg_url)
    woken = threading.Event()
    with private_schema() as other_schema:
        other = Store.open(url_of(other_schema))
        listener = listener_of(store, woken)
        with listener:
            assert listener.wait_listening(PATIENCE)
            other.upsert(Sector(id="sec-a", name={"en": "A"}))
            assert not woken.wait(1.0)
            store.upsert(Sector(id="sec-b", name={"en": "B"}))
            assert woken.wait(PATIENCE)
        other.backend.close()


def test_a_listener_cut_off_by_the_server_comes_back_and_looks(pg_url: str) -> None:
    store = Store.open(pg_url)
    woken = threading.Event()
    listener = listener_of(store, woken)
    with listener:
        assert listener.wait_listening(PATIENCE)
        assert (
            end_connections(schema_of(pg_url), "application_name LIKE '%% (bilat listener)'") == 1
        )
        # What was written while it was away is looked at once it is back.
        deadline = time.monotonic() + PATIENCE
        while not woken.is_set() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert woken.is_set()
        woken.clear()
        store.upsert(Sector(id="sec-a", name={"en": "A"}))
        assert woken.wait(PATIENCE)


def test_while_listening_the_version_is_known_without_asking_the_server(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The explorer asks the version on its own thread each second: while it listens, the
    answer is what it heard, so a distant server never holds the screen up."""
    mine, theirs = Store.open(pg_url), Store.open(pg_url)
    mine.upsert(Sector(id="sec-a", name={"en": "A"}))
    woken = threading.Event()
    listener = listener_of(theirs, woken)
    backend = theirs.backend
    assert isinstance(backend, PostgresBackend)
    with listener:
        assert listener.wait_listening(PATIENCE)
        before = backend.version()
        assert before == mine.backend.version()

        def asked(*args: object, **kwargs: object) -> None:
            raise AssertionError("the version was asked of the server")

        monkeypatch.setattr(backend._pool, "connection", asked)
        assert backend.version() == before
        mine.upsert(Sector(id="sec-b", name={"en": "B"}))
        assert woken.wait(PATIENCE)
        assert backend.version() == mine.backend.version() != before
        monkeypatch.undo()
    mine.upsert(Sector(id="sec-c", name={"en": "C"}))
    assert backend.version() == mine.backend.version()  # not listening: asked again
