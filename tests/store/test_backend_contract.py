"""What every backend must do, run against each one: the TinyDB file, and a backend a
plugin installs (the in-memory one of tests/store/memory_backend.py, registered through
the entry-point group ``bilat.backends``), and the PostgreSQL server's.

A backend may answer "cannot" where the protocol allows it (``changes_since`` is
None, an optional method says nothing); these two both answer, and the tests hold
them to it. What a backend declares in its capabilities must be what it does.
"""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest

from bilat.engine import Session
from bilat.store import ConflictError, IdTakenError, ReadOnlyError, Sector, Store
from bilat.store.backend import Backend
from bilat.store.backends import open_backend
from bilat.store.bundle import to_document
from bilat.store.models import KINDS
from bilat.store.pg.backend import PostgresBackend
from bilat.store.tinydb_backend import TinyDBBackend
from tests.store.memory_backend import MemoryBackend


@pytest.fixture(params=["tinydb", "memory", "postgresql"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where an empty database of each backend is: a path, a ``memory://`` URL, or a
    schema of its own on the PostgreSQL server the tests use."""
    if request.param == "tinydb":
        return str(tmp_path / "db.json")
    url: str = request.getfixturevalue(f"{request.param}_url".replace("postgresql", "pg"))
    return url


def sector(record_id: str, name: str, rev: int = 1) -> dict[str, object]:
    return to_document(Sector(id=record_id, name={"en": name}, rev=rev))


def write(backend: Backend, *docs: dict[str, object], removes: tuple[str, ...] = ()) -> None:
    with backend.session() as session:
        for doc in docs:
            session.put("sectors", str(doc["id"]), doc)
        for record_id in removes:
            session.remove("sectors", record_id)


def test_the_url_opens_the_backend_it_names(location: str) -> None:
    backend = open_backend(location)
    expected = {"memory": MemoryBackend, "postgresql": PostgresBackend}.get(
        location.partition("://")[0], TinyDBBackend
    )
    assert type(backend) is expected
    assert not backend.readonly
    assert location in backend.location or Path(location).name in backend.location


def test_a_new_database_is_empty_and_its_version_stands_still(location: str) -> None:
    backend = open_backend(location)
    assert all(not backend.load().get(kind) for kind in KINDS)
    loaded = backend.load_records()
    assert loaded is not None
    assert all(not loaded[0].get(kind) for kind in KINDS)
    assert backend.version() == backend.version()
    assert backend.changes_since(backend.version()) in (None, ({}, backend.version()))


def test_a_session_commits_on_exit_and_every_reader_sees_it(location: str) -> None:
    backend = open_backend(location)
    before = backend.version()
    write(backend, sector("sec-a", "A"), sector("sec-b", "B"))
    assert backend.version() != before
    for reader in (backend, open_backend(location)):
        assert reader.load()["sectors"] == {
            "sec-a": sector("sec-a", "A"),
            "sec-b": sector("sec-b", "B"),
        }
        loaded = reader.load_records()
        assert loaded is not None
        records, version = loaded
        assert records["sectors"]["sec-a"] == Sector(id="sec-a", name={"en": "A"}, rev=1)
        assert version == reader.version()


def test_a_session_that_raises_writes_nothing(location: str) -> None:
    backend = open_backend(location)
    write(backend, sector("sec-a", "A"))
    before = backend.version()
    with pytest.raises(RuntimeError), backend.session() as session:
        session.put("sectors", "sec-b", sector("sec-b", "B"))
        session.remove("sectors", "sec-a")
        raise RuntimeError("changed my mind")
    assert backend.version() == before
    assert set(open_backend(location).load()["sectors"]) == {"sec-a"}


def test_a_session_starts_from_the_committed_version(location: str) -> None:
    backend = open_backend(location)
    write(backend, sector("sec-a", "A"))
    other = open_backend(location)
    write(other, sector("sec-b", "B"))
    with backend.session() as session:
        assert session.version == backend.version()
    assert backend.last_commit is None or backend.last_commit[1] == backend.version()


def test_changes_since_names_what_was_written_after_a_version(location: str) -> None:
    backend = open_backend(location)
    write(backend, sector("sec-a", "A"), sector("sec-gone", "Gone"))
    loaded = backend.load_records()
    assert loaded is not None
    _, then = loaded
    writer = open_backend(location)  # another process, as far as the reader can tell
    write(writer, sector("sec-a", "A, renamed", rev=2), removes=("sec-gone",))
    write(writer, sector("sec-c", "C"))
    found = backend.changes_since(then)
    assert found is not None  # the protocol allows None ("read it all"); these two tell
    changes, reached = found
    assert changes == {
        "sec-a": Sector(id="sec-a", name={"en": "A, renamed"}, rev=2),
        "sec-gone": None,
        "sec-c": Sector(id="sec-c", name={"en": "C"}, rev=1),
    }
    assert reached == backend.version()
    assert backend.changes_since(reached) == ({}, reached)


def test_a_read_only_backend_refuses_to_write_and_writes_nothing(location: str) -> None:
    write(open_backend(location), sector("sec-a", "A"))
    readonly = open_backend(location, readonly=True)
    assert readonly.readonly
    before = readonly.version()
    with pytest.raises(ReadOnlyError), readonly.session() as session:
        session.put("sectors", "sec-b", sector("sec-b", "B"))
    assert readonly.version() == before
    assert set(open_backend(location).load()["sectors"]) == {"sec-a"}
    with pytest.raises(ReadOnlyError):
        Store.open(location, readonly=True).upsert(Sector(id="sec-c", name={"en": "C"}))


def test_the_declared_capabilities_are_what_the_backend_does(location: str) -> None:
    backend = open_backend(location)
    write(backend, sector("sec-a", "A"))
    write(backend, sector("sec-b", "B"))
    capabilities = backend.capabilities
    assert (backend.load_first(0) is not None) == capabilities.lazy_records
    assert (backend.sidecar(".words") is not None) == capabilities.sidecar_files
    loaded = backend.load_records()
    assert loaded is not None
    read = loaded[1]  # a version a read returned: it knows where it read up to
    assert (backend.content_key(read) is not None) == capabilities.content_keys
    assert (backend.salvage() is not None) == capabilities.journal  # a write is in the journal
    backend.compact()  # folds the journal, or nothing to do: the records stay
    assert set(open_backend(location).load()["sectors"]) == {"sec-a", "sec-b"}
    size = backend.size()
    assert size is None or size > 0


# -- through the store --------------------------------------------------------------


def test_a_store_round_trip(location: str) -> None:
    """Put, read back (in another store), and a stale revision refused, not overwritten."""
    mine, theirs = Store.open(location), Store.open(location)
    mine.upsert(Sector(id="sec-a", name={"en": "A"}))
    assert theirs.get("sec-a").name == {"en": "A"}
    theirs.upsert(Sector(id="sec-a", name={"en": "Theirs"}), expected_rev=1)
    with pytest.raises(ConflictError) as refused:
        mine.upsert(Sector(id="sec-a", name={"en": "Mine"}), expected_rev=1)
    assert (refused.value.expected, refused.value.current) == (1, 2)
    with pytest.raises(IdTakenError):
        mine.upsert(Sector(id="sec-a", name={"en": "New"}), expected_rev=0)
    assert Store.open(location).get("sec-a") == Sector(id="sec-a", name={"en": "Theirs"}, rev=2)
    assert mine.get("sec-a").rev == 2


def test_a_store_patches_its_snapshot_and_sees_another_writer(location: str) -> None:
    store, other = Store.open(location), Store.open(location)
    store.upsert(Sector(id="sec-a", name={"en": "A"}))
    first = store.snapshot()
    assert not store.changed()
    other.upsert(Sector(id="sec-b", name={"en": "B"}))
    assert store.changed()
    assert set(store.snapshot().tables["sectors"]) == {"sec-a", "sec-b"}
    store.delete("sec-a")
    assert set(store.snapshot().tables["sectors"]) == {"sec-b"}
    assert set(first.tables["sectors"]) == {"sec-a"}  # a snapshot never changes


def test_a_store_imports_and_checks_the_seeds(location: str, seed_copies: list[Path]) -> None:
    store = Store.open(location)
    summary = store.import_files(seed_copies)
    assert summary.total_added == sum(store.counts().values()) > 0
    assert store.check() == []
    reread = Store.open(location)
    exported = msgspec.json.encode(reread.export())
    assert exported == msgspec.json.encode(store.export())
    assert Session(reread).for_reading().counts() == store.counts()
