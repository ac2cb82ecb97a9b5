"""A backend that keeps its documents in memory: the smallest one the protocol allows.

It declares no capability, so it implements only the required methods; the tests
register it as a third-party plugin would (``memory://NAME`` URLs, the entry-point
group ``bilat.backends``) and run the backend contract and a store round trip on it.
Backends opened on one URL in one process share the database, as two processes share
a file: that is what lets a test see a conflict between two stores.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import msgspec
import orjson

from bilat.store.backend import Backend, Doc, WriteSession
from bilat.store.errors import ReadOnlyError
from bilat.store.models import KINDS


class _Database:
    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.tables: dict[str, dict[str, bytes]] = {kind: {} for kind in KINDS}
        self.version = 0
        # (version a commit produced, {record_id: doc or None}), oldest first.
        self.log: list[tuple[int, dict[str, tuple[str, bytes | None]]]] = []


_DATABASES: dict[str, _Database] = {}


def forget_all() -> None:
    _DATABASES.clear()


class _Session(WriteSession):
    def __init__(self, version: int) -> None:
        self.version = version
        self.writes: dict[str, tuple[str, bytes | None]] = {}

    def put(self, table: str, record_id: str, doc: Doc) -> None:
        self.writes[record_id] = (table, orjson.dumps(doc))

    def remove(self, table: str, record_id: str) -> None:
        self.writes[record_id] = (table, None)


class MemoryBackend(Backend):
    """``memory://NAME``: documents kept as JSON bytes (so nobody can change them in
    place), a version that counts commits, and a log of what each commit wrote."""

    def __init__(self, url: str, *, readonly: bool | None = None) -> None:
        self.location = url
        self.readonly = bool(readonly)
        self._db = _DATABASES.setdefault(url.partition("://")[2], _Database())

    def load(self) -> dict[str, dict[str, Doc]]:
        with self._db.lock:
            return {
                kind: {rid: orjson.loads(raw) for rid, raw in docs.items()}
                for kind, docs in self._db.tables.items()
            }

    def load_records(self) -> tuple[dict[str, dict[str, Any]], object] | None:
        with self._db.lock:
            version = self._db.version
            raw = {kind: dict(docs) for kind, docs in self._db.tables.items()}
        try:
            tables = {
                kind: {rid: _decode(kind, doc) for rid, doc in docs.items()}
                for kind, docs in raw.items()
            }
        except msgspec.ValidationError:
            return None
        return tables, version

    def changes_since(self, version: object) -> tuple[dict[str, Any], object] | None:
        if not isinstance(version, int):
            return None
        with self._db.lock:
            now = self._db.version
            log = [writes for produced, writes in self._db.log if produced > version]
        if len(log) != now - version:
            return None  # older than the log (never, here), or a version of another database
        changes: dict[str, Any] = {}
        for writes in log:
            for rid, (kind, doc) in writes.items():
                changes[rid] = None if doc is None else _decode(kind, doc)
        return changes, now

    def version(self) -> object:
        return self._db.version

    @contextmanager
    def session(self) -> Iterator[WriteSession]:
        if self.readonly:
            raise ReadOnlyError(f"database {self.location} is read-only here; nothing was written")
        with self._db.lock:
            session = _Session(self._db.version)
            yield session
            if not session.writes:
                self.last_commit = (session.version, session.version)
                return
            for rid, (kind, doc) in session.writes.items():
                if doc is None:
                    self._db.tables[kind].pop(rid, None)
                else:
                    self._db.tables[kind][rid] = doc
            self._db.version += 1
            self._db.log.append((self._db.version, dict(session.writes)))
            self.last_commit = (session.version, self._db.version)


def _decode(kind: str, doc: bytes) -> Any:
    return msgspec.json.decode(doc, type=KINDS[kind][1], strict=True)
