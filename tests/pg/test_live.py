"""Live updates across machines: a write on one connection wakes a listener on another
(LISTEN/NOTIFY), and a listener whose connection the server ended comes back and says
so. Each test waits with a generous timeout; how soon is a figure in bench/README.md."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

import psycopg
import pytest

from bilat.store import Sector, Store
from bilat.store.pg import listen
from bilat.store.pg.backend import PostgresBackend
from bilat.store.pg.listen import Listener
from tests.pg_server import end_connections, schema_of

T = TypeVar("T")
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


@pytest.mark.parametrize("first", ["nothing read", "a first view unchecked"])
def test_a_first_write_reads_the_database_before_it_holds_up_other_writers(
    pg_url: str, first: str
) -> None:
    """A store that has read nothing yet (a one-off command), or whose first view is still
    unchecked (an explorer just started), reads the database before it takes the writers'
    lock: on a large database that read takes seconds, and a colleague's save would wait
    behind it, then show on the other machines that much later."""
    Store.open(pg_url).upsert(Sector(id="sec-a", name={"en": "A"}))
    fresh = Store.open(pg_url)
    backend = fresh.backend
    assert isinstance(backend, PostgresBackend)
    locked_while_reading: list[bool] = []

    def probing(read: Callable[[], T]) -> Callable[[], T]:
        def reading() -> T:
            with psycopg.connect(pg_url, autocommit=True) as other:
                try:
                    other.execute("SELECT 1 FROM bilat_state FOR UPDATE NOWAIT")
                    locked_while_reading.append(False)
                except psycopg.errors.LockNotAvailable:
                    locked_while_reading.append(True)
            return read()

        return reading

    if first == "nothing read":
        backend.load_records = probing(backend.load_records)  # type: ignore[method-assign]
    else:
        view = fresh.first_snapshot(min_bytes=0)
        assert fresh.checking and fresh._unfinished is not None
        fresh._unfinished = (view, probing(fresh._unfinished[1]))
    fresh.upsert(Sector(id="sec-b", name={"en": "B"}))
    assert locked_while_reading == [False]
    assert Store.open(pg_url).snapshot().get("sec-b").name == {"en": "B"}


def test_every_write_wakes_the_listener(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Writes back to back, after pauses, while another connection holds a read
    transaction, while the listener's own connection is busy checking the version, and
    while the listener is still telling of the one before: each is heard."""
    monkeypatch.setattr(listen, "CHECK_SECONDS", 0.05)  # its connection busy often
    mine, theirs = Store.open(pg_url), Store.open(pg_url)
    mine.upsert(Sector(id="sec-0", name={"en": "0"}))
    mine.snapshot()
    backend = theirs.backend
    assert isinstance(backend, PostgresBackend)
    heard: list[str] = []  # what each notification said: the version its write made
    woken = 0
    told = threading.Condition()
    slow = threading.Event()
    hear = backend.heard

    def hearing(payload: str) -> None:
        heard.append(payload)
        hear(payload)

    def changed() -> None:
        nonlocal woken
        if slow.is_set():
            time.sleep(0.05)  # still telling when the next notification comes
        with told:
            woken += 1
            told.notify_all()

    def heard_of(version: object) -> bool:
        assert isinstance(version, tuple)
        return " ".join(map(str, version)) in heard

    monkeypatch.setattr(backend, "heard", hearing)
    listener = backend.watch(changed)
    reading = psycopg.connect(pg_url)
    with listener:
        assert listener.wait_listening(PATIENCE)
        made = []
        for number in range(60):
            pattern = number % 6
            slow.clear()
            if pattern == 1:
                time.sleep(0.3)
            elif pattern == 2:
                reading.execute("SELECT count(*) FROM sectors").fetchone()  # left open
            elif pattern == 3:
                slow.set()
            mine.upsert(Sector(id=f"sec-{number + 1}", name={"en": str(number)}))
            assert mine.backend.last_commit is not None
            made.append(mine.backend.last_commit[1])
            if pattern in (1, 2):  # each waited for alone; the others come back to back
                with told:
                    assert told.wait_for(lambda: heard_of(made[-1]), PATIENCE), number
                reading.rollback()
        with told:
            assert told.wait_for(lambda: all(map(heard_of, made)), PATIENCE)
            assert told.wait_for(lambda: woken == len(made), PATIENCE)
    reading.close()
    assert len(heard) == len(made)
    assert backend.version() == mine.backend.version()
