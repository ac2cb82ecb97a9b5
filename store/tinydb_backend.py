"""TinyDB on one local JSON file, made safe for several processes.

TinyDB's documentation says it is not made for concurrent use. What makes it
so here: every write session takes an exclusive cross-process lock (a lock
file beside the database), re-reads the file if another process replaced it,
drops TinyDB's per-process caches (query cache, next document id) that would
otherwise hide that other process's writes, and writes once, atomically, at
the end. Documents are keyed by their record id (TinyDB's ``document_id_class``
is ``str`` here), so there is no per-process id counter to collide.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from tinydb import TinyDB
from tinydb.table import Table

from .backend import Backend, Doc, WriteSession
from .errors import DatabaseError, ReadOnlyError
from .storage import DATA_TABLES, AtomicJSONStorage, file_signature, read_records

LOCK_TIMEOUT_S = 30.0


class SlugTable(Table):
    """A TinyDB table whose document ids are the records' own string ids."""

    document_id_class = str  # type: ignore[assignment]


class BilatTinyDB(TinyDB):
    table_class = SlugTable
    default_table_name = "_default"


class _TinyDBSession(WriteSession):
    """Reads through TinyDB; writes are gathered and applied once per table at the end.

    TinyDB rewrites a whole table for every ``upsert``/``remove`` call; gathering
    them keeps an import of N records linear instead of quadratic.
    """

    def __init__(self, db: TinyDB) -> None:
        self._db = db
        self._puts: dict[str, dict[str, Doc]] = defaultdict(dict)
        self._removes: dict[str, set[str]] = defaultdict(set)

    def get(self, table: str, record_id: str) -> Doc | None:
        if record_id in self._removes[table]:
            return None
        if record_id in self._puts[table]:
            return dict(self._puts[table][record_id])
        doc = self._db.table(table).get(doc_id=record_id)  # type: ignore[call-overload]
        return dict(doc) if doc is not None else None

    def put(self, table: str, record_id: str, doc: Doc) -> None:
        self._removes[table].discard(record_id)
        self._puts[table][record_id] = doc

    def remove(self, table: str, record_id: str) -> None:
        self._puts[table].pop(record_id, None)
        self._removes[table].add(record_id)

    def ids(self, table: str) -> Iterator[str]:
        return iter(list(self.all(table)))

    def all(self, table: str) -> dict[str, Doc]:
        data = self._db.storage.read() or {}
        stored: dict[str, Doc] = data.get(table, {})
        if not self._puts[table] and not self._removes[table]:
            return stored
        merged = {key: doc for key, doc in stored.items() if key not in self._removes[table]}
        merged.update(self._puts[table])
        return merged

    def flush(self) -> None:
        """Apply the gathered writes: one TinyDB table update per table."""
        for name in set(self._puts) | set(self._removes):
            puts, removes = self._puts[name], self._removes[name]
            if not puts and not removes:
                continue

            def update(
                table: dict[str, Any], puts: Doc = puts, removes: set[str] = removes
            ) -> None:
                for record_id in removes:
                    table.pop(record_id, None)
                table.update(puts)

            self._db.table(name)._update_table(update)  # type: ignore[arg-type]
        self._puts.clear()
        self._removes.clear()


class TinyDBBackend(Backend):
    """One JSON file, read by many processes, written by one at a time."""

    def __init__(self, path: str | os.PathLike[str], *, readonly: bool | None = None) -> None:
        self.path = Path(path).expanduser().absolute()
        self.location = str(self.path)
        if self.path.is_dir():
            raise DatabaseError(f"database {self.path} is a directory, not a file")
        self.readonly = _is_readonly(self.path) if readonly is None else readonly
        self._storage = AtomicJSONStorage(self.path)
        self._db = BilatTinyDB(self.path, storage=lambda _path: self._storage)
        # (version the last write started from, version it produced): lets the store
        # patch its snapshot instead of re-reading the whole file after its own writes.
        self.last_commit: tuple[object, object] | None = None
        self._lock = FileLock(f"{self.path}.lock", timeout=LOCK_TIMEOUT_S, mode=0o666)

    def load(self) -> dict[str, dict[str, Doc]]:
        data = self._storage.read() or {}
        return {name: data.get(name, {}) for name in DATA_TABLES}

    def load_records(self) -> tuple[dict[str, dict[str, Any]], object] | None:
        """Fast path for snapshots: decoded records and the version they belong to."""
        return read_records(self.path)

    def version(self) -> object:
        return file_signature(self.path)

    @contextmanager
    def session(self) -> Iterator[WriteSession]:
        if self.readonly:
            raise ReadOnlyError(f"database {self.path} is read-only here; nothing was written")
        try:
            self._lock.acquire()
        except Timeout:
            raise DatabaseError(
                f"database {self.path} stayed locked by another process for "
                f"{LOCK_TIMEOUT_S:.0f} s; nothing was written"
            ) from None
        except OSError as exc:
            raise ReadOnlyError(
                f"cannot lock database {self.path} ({exc.strerror}); nothing was written"
            ) from None
        try:
            self._storage.begin()
            base = self._storage.signature
            self._forget_process_caches()
            session = _TinyDBSession(self._db)
            try:
                yield session
                session.flush()
            except BaseException:
                self._storage.rollback()
                raise
            self._storage.commit()
            self.last_commit = (base, self._storage.signature)
        finally:
            self._lock.release()

    def _forget_process_caches(self) -> None:
        """Another process may have written since: TinyDB's caches must not outlive that."""
        tables: dict[str, Any] = self._db._tables
        for table in tables.values():
            table.clear_cache()
            table._next_id = None

    def close(self) -> None:
        self._db.close()


def _is_readonly(path: Path) -> bool:
    """Read-only when the file (or, for a new file, its directory) cannot be written."""
    if path.exists():
        return not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)
    return not os.access(path.parent, os.W_OK)
