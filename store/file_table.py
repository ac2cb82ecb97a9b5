"""Records left where they lie in the database file, decoded when asked for.

At 100,000 projects the file holds ~600,000 records; decoded into Python objects
they take ~1.1 GB. A :class:`FileTable` keeps, per record, only its id and where
its JSON lies in the file (16 bytes), and decodes a record when it is read: a few
microseconds, and the bytes come from the page cache. Records changed since the
file was written (the journal, an edit) sit beside it, decoded.

The file is held open: a writer replaces the database file (a new inode) and
never rewrites it in place, so the bytes stay those that were read. A file
changed in place by another program is noticed (its size or modification time
moved) and refused with a message, never decoded as something else.
"""

from __future__ import annotations

import bisect
import os
import threading
import time
import weakref
from array import array
from collections.abc import Callable, Iterable, Iterator, MutableMapping, Sequence
from itertools import islice
from operator import lt
from pathlib import Path
from typing import Any

import msgspec

from .errors import DamagedRecordError

# A pass over many records reads the file in pieces of about this size.
_READ_BYTES = 256 << 10
# A record read alone comes with those after it, up to this size: the next read is
# most often the next record (indexing, sorting, a record's claims).
_AHEAD_BYTES = 64 << 10
# The file is looked at (fstat) at most this often, and whenever what it holds is odd.
_CHECK_SECONDS = 0.2
# Fewer records than this are read one by one (with what follows them), not as a batch.
_FEW = 16
_BATCH = 4096
_REMOVED = None


class HeldFile:
    """An open database file that records are read from, and what it looked like then."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self.fd = fd
        st = os.fstat(fd)
        self.inode = st.st_ino
        self.signature = (st.st_size, st.st_mtime_ns)
        # The file's tables (keys, lengths, where each starts), found by parsing it: what is
        # saved of its layout (``store.saved_layout``); None when it was read from there.
        self.top: tuple[list[str], array[int], array[int]] | None = None
        self._checked = time.monotonic()
        self._finalizer = weakref.finalize(self, os.close, fd)

    def read(self, offset: int, length: int, ahead: int = 0) -> bytes:
        """``length`` bytes at ``offset``, and up to ``ahead`` more if the file has them."""
        self.check()
        data = os.pread(self.fd, length + ahead, offset)
        if len(data) < length:
            self.check(now=True)
            raise DamagedRecordError(f"database {self.path} ends before a record it held")
        return data

    def check(self, *, now: bool = False) -> None:
        """Refuse to go on reading a file another program rewrote in place (looked at
        every few tenths of a second, or ``now``)."""
        if not now and time.monotonic() - self._checked < _CHECK_SECONDS:
            return
        self._checked = time.monotonic()
        st = os.fstat(self.fd)
        if (st.st_size, st.st_mtime_ns) != self.signature:
            raise DamagedRecordError(
                f"database {self.path} was rewritten in place by another program while "
                "it was open; start bilat again to read it as it is now"
            )


class Layout:
    """Where the records of one table lie in a held file, in id order."""

    __slots__ = ("_ahead", "file", "ids", "lengths", "offsets", "recheck", "relaid")

    def __init__(self, file: HeldFile, ids: list[str], offsets: array[int], lengths: array[int]):
        self.file = file
        self.ids = ids
        self.offsets = offsets
        self.lengths = lengths
        # The last piece read for one record: (where it starts, its bytes).
        self._ahead: tuple[int, bytes] = (0, b"")
        # For a layout read from where it was saved (``store.saved_layout``), not found
        # in the file: finds it in the file, for when a record does not decode (``verify``).
        self.recheck: Callable[[], Layout | None] | None = None
        self.relaid = False

    def verify(self) -> bool:
        """A record did not decode: if this layout was read from where it was saved, find
        it in the file itself, as a start without a saved layout does. True if it was wrong
        and is now the file's (read the record again); False if it is the file's (the file
        is damaged). A saved layout that lists other records than the file is refused."""
        with _VERIFYING:
            recheck, self.recheck = self.recheck, None
            if recheck is None:
                return self.relaid
            found = recheck()
            if found is None or (found.offsets == self.offsets and found.lengths == self.lengths):
                return False
            if found.ids != self.ids:
                raise DamagedRecordError(
                    f"the saved layout of database {self.file.path} does not match it (it was "
                    "removed); start bilat again to read the file itself"
                )
            self._ahead = (0, b"")
            self.offsets, self.lengths = found.offsets, found.lengths
            self.relaid = True
            return True

    def one(self, i: int) -> memoryview:
        """The JSON of the record at position ``i``."""
        offset, length = self.offsets[i], self.lengths[i]
        start, piece = self._ahead  # one read of a tuple: safe from any thread
        if start <= offset and offset + length <= start + len(piece):
            at = offset - start
            return memoryview(piece)[at : at + length]
        piece = self.file.read(offset, length, _AHEAD_BYTES)
        self._ahead = (offset, piece)
        return memoryview(piece)[:length]

    @classmethod
    def of(cls, file: HeldFile, ids: list[str], offsets: array[int], lengths: array[int]) -> Layout:
        """From the records' ids, offsets and lengths in file order."""
        if not all(map(lt, ids, islice(ids, 1, None))):  # written out of id order
            order = sorted(range(len(ids)), key=ids.__getitem__)
            ids = [ids[i] for i in order]
            offsets = array("q", [offsets[i] for i in order])
            lengths = array("q", [lengths[i] for i in order])
        return cls(file, ids, offsets, lengths)

    def position(self, record_id: str) -> int:
        """Where ``record_id`` is in ``ids``, or -1."""
        ids = self.ids
        i = bisect.bisect_left(ids, record_id)
        return i if i < len(ids) and ids[i] == record_id else -1

    def encoded(self, positions: Sequence[int]) -> Iterator[tuple[int, memoryview]]:
        """The JSON of the records at ``positions``, read from the file in large pieces
        when they lie close together (they do: a file is written in id order)."""
        offsets, lengths, file = self.offsets, self.lengths, self.file
        i, count = 0, len(positions)
        while i < count:
            first = positions[i]
            start = offsets[first]
            j, end = i, start + lengths[first]
            while j + 1 < count:
                nxt = positions[j + 1]
                if offsets[nxt] < end or offsets[nxt] + lengths[nxt] - start > _READ_BYTES:
                    break
                j += 1
                end = offsets[nxt] + lengths[nxt]
            block = memoryview(file.read(start, end - start))
            for k in range(i, j + 1):
                p = positions[k]
                at = offsets[p] - start
                yield p, block[at : at + lengths[p]]
            i = j + 1


_VERIFYING = threading.Lock()


class LaterLayout:
    """A layout found when first needed (by whichever thread asks first; others wait):
    a large file's claims and sources are laid out right after its first screen."""

    def __init__(self, find: Callable[[], Layout]) -> None:
        self._find: Callable[[], Layout] | None = find
        self._found: Layout | None = None
        self._failed: DamagedRecordError | None = None
        self._lock = threading.Lock()

    @property
    def ready(self) -> bool:
        return self._found is not None

    def get(self) -> Layout:
        found = self._found
        if found is None:
            with self._lock:
                if self._failed is not None:
                    raise self._failed
                if self._found is None:
                    assert self._find is not None
                    find, self._find = self._find, None  # what it holds (the mapped file) goes
                    try:
                        self._found = find()
                    except DamagedRecordError as exc:
                        self._failed = exc  # every later reader is told the same
                        raise
                found = self._found
        return found


class FileTable(MutableMapping[str, Any]):
    """One kind's records: those of the file (decoded on demand) and the changes since.

    A mapping like the ``dict`` of decoded records it replaces, so every reader of a
    snapshot works unchanged; iterating its values decodes them one at a time (none is
    kept), and ``copy`` is cheap (the layout is shared). Its size is that of the mapping
    protocol it stands in for (each of ``MutableMapping``'s methods made lazy) plus the
    changes it carries over the file.
    """

    def __init__(
        self, layout: Layout | LaterLayout, decoder: msgspec.json.Decoder[Any], kind: str
    ) -> None:
        self._source = layout
        self._laid = layout if isinstance(layout, Layout) else None
        self._decoder = decoder
        self.kind = kind
        # Records changed since the file was written: id -> record, or None once removed.
        self._changes: dict[str, Any] = {}
        self._removed_from_file = 0

    @property
    def _layout(self) -> Layout:
        laid = self._laid
        if laid is None:
            assert isinstance(self._source, LaterLayout)
            laid = self._laid = self._source.get()
        return laid

    @property
    def layout(self) -> Layout:
        """Where its records lie in the file (found now, if it was left for later)."""
        return self._layout

    @property
    def laid_out(self) -> bool:
        """True once it is known where its records lie (reading waits for it otherwise)."""
        return self._laid is not None or (
            isinstance(self._source, LaterLayout) and self._source.ready
        )

    # -- reading ------------------------------------------------------------
    def __getitem__(self, record_id: str) -> Any:
        changes = self._changes
        if record_id in changes:
            record = changes[record_id]
            if record is _REMOVED:
                raise KeyError(record_id)
            return record
        layout = self._layout
        i = layout.position(record_id)
        if i < 0:
            raise KeyError(record_id)
        return self._decode(record_id, layout.one(i))

    def in_file(self, record_id: str) -> Any | None:
        """The record as the file holds it, whatever changed since; None if it holds none."""
        layout = self._layout
        i = layout.position(record_id)
        return None if i < 0 else self._decode(record_id, layout.one(i))

    def __contains__(self, record_id: object) -> bool:
        if not isinstance(record_id, str):
            return False
        if record_id in self._changes:
            return self._changes[record_id] is not _REMOVED
        return self._layout.position(record_id) >= 0

    def __len__(self) -> int:
        added = sum(
            1
            for record_id, record in self._changes.items()
            if record is not _REMOVED and self._layout.position(record_id) < 0
        )
        return len(self._layout.ids) - self._removed_from_file + added

    def __iter__(self) -> Iterator[str]:
        return iter(self.sorted_ids())

    def sorted_ids(self) -> list[str]:
        """Every id, in order (the file's list itself when nothing changed)."""
        ids = self._layout.ids
        if not self._changes:
            return ids
        changes = self._changes
        kept = [record_id for record_id in ids if changes.get(record_id, True) is not _REMOVED]
        position = self._layout.position
        added = [rid for rid, rec in changes.items() if rec is not _REMOVED and position(rid) < 0]
        if not added:
            return kept
        return sorted(kept + added)

    def values(self) -> Iterator[Any]:  # type: ignore[override]
        for _, record in self.items():
            yield record

    def items(self) -> Iterator[tuple[str, Any]]:  # type: ignore[override]
        """Every (id, record), in id order, read from the file in large pieces."""
        yield from self._every(None)

    def _every(self, decoder: msgspec.json.Decoder[Any] | None) -> Iterator[tuple[str, Any]]:
        """Every record in id order: the file's in the order they lie (no lookups by id),
        the changed and added ones put in their places."""
        return self._read(self._in_order(), decoder)

    def _in_order(self) -> Iterator[tuple[str, int]]:
        changes, position = self._changes, self._layout.position
        added = sorted(
            rid for rid, rec in changes.items() if rec is not _REMOVED and position(rid) < 0
        )
        next_added = 0
        for i, record_id in enumerate(self._layout.ids):
            while next_added < len(added) and added[next_added] < record_id:
                yield added[next_added], -1
                next_added += 1
            yield record_id, -1 if record_id in changes else i
        for record_id in added[next_added:]:
            yield record_id, -1

    def parts(self, decoder: msgspec.json.Decoder[Any]) -> Iterator[tuple[str, Any]]:
        """Every (id, part of the record), in id order: ``decoder`` decodes a Struct with
        some of the record's fields (``id`` among them), skipping the others — several
        times faster than the whole record, for a pass that reads only those. Records
        changed since the file are given whole. Nothing is checked but those fields."""
        yield from self._every(decoder)

    def records(
        self, wanted: Sequence[str], decoder: msgspec.json.Decoder[Any] | None = None
    ) -> Iterator[tuple[str, Any]]:
        """(id, record) for the ids of ``wanted`` that exist, in that order."""
        changes, position = self._changes, self._layout.position

        def steps() -> Iterator[tuple[str, int]]:
            for record_id in wanted:
                i = -1 if record_id in changes else position(record_id)
                if i >= 0 or record_id in changes:
                    yield record_id, i

        return self._read(steps(), decoder)

    def _read(
        self, steps: Iterable[tuple[str, int]], decoder: msgspec.json.Decoder[Any] | None
    ) -> Iterator[tuple[str, Any]]:
        """(id, record) for each step: an id the changes hold (position -1), given from
        them (nothing if removed), or the position of a record in the file, read with the
        positions around it in pieces."""
        changes = self._changes
        batch: list[int] = []
        for record_id, i in steps:
            if i < 0:
                if batch:
                    yield from self._from_file(batch, decoder)
                    batch = []
                record = changes[record_id]
                if record is not _REMOVED:
                    yield record_id, record
                continue
            batch.append(i)
            if len(batch) >= _BATCH:  # a bounded list: a pass's garbage stays small
                yield from self._from_file(batch, decoder)
                batch = []
        if batch:
            yield from self._from_file(batch, decoder)

    def _from_file(
        self, positions: list[int], decoder: msgspec.json.Decoder[Any] | None
    ) -> Iterator[tuple[str, Any]]:
        layout = self._layout
        ids = layout.ids
        if len(positions) <= _FEW:  # a record's claims, say: most often in the last piece read
            for i in positions:
                yield ids[i], self._decode(ids[i], layout.one(i), decoder)
            return
        for i, encoded in layout.encoded(positions):
            yield ids[i], self._decode(ids[i], encoded, decoder)

    def _decode(
        self,
        record_id: str,
        encoded: bytes | memoryview,
        decoder: msgspec.json.Decoder[Any] | None = None,
    ) -> Any:
        try:
            record = (decoder or self._decoder).decode(encoded)
        except (msgspec.ValidationError, msgspec.DecodeError, RecursionError) as exc:
            return self._undecodable(record_id, decoder, str(exc))
        if record.id != record_id:
            return self._undecodable(record_id, decoder, f"it holds the id {record.id!r}")
        return record

    def _undecodable(
        self, record_id: str, decoder: msgspec.json.Decoder[Any] | None, why: str
    ) -> Any:
        """A record that did not decode from where its layout says it lies: the file was
        rewritten in place, or the layout was a saved one that was wrong (then the record is
        read again from where the file itself says), or the file is damaged."""
        layout = self._layout
        layout.file.check(now=True)  # rewritten in place, rather than damaged?
        if layout.verify():
            i = layout.position(record_id)
            if i >= 0:
                encoded = layout.one(i)
                try:
                    record = (decoder or self._decoder).decode(encoded)
                except (msgspec.ValidationError, msgspec.DecodeError, RecursionError) as exc:
                    raise self._damaged(record_id, str(exc)) from None
                if record.id == record_id:
                    return record
                why = f"it holds the id {record.id!r}"
        raise self._damaged(record_id, why) from None

    def _damaged(self, record_id: str, why: str) -> DamagedRecordError:
        return DamagedRecordError(
            f"database {self._layout.file.path} is damaged: record {record_id!r} in table "
            f"{self.kind!r}: {why}; it was left untouched"
        )

    def stored(self) -> Iterator[tuple[str, Any, memoryview | None]]:
        """Every (id, record, its JSON as the file holds it), in id order, each record
        decoded once (DamagedRecordError names one that does not decode); the JSON is None
        for a record changed since the file was written."""
        changes = self._changes
        batch: list[int] = []
        for record_id, i in self._in_order():
            if i >= 0:
                batch.append(i)
                if len(batch) < _BATCH:
                    continue
            yield from self._stored(batch)
            batch = []
            if i < 0:
                record = changes[record_id]
                if record is not _REMOVED:
                    yield record_id, record, None
        yield from self._stored(batch)

    def _stored(self, positions: list[int]) -> Iterator[tuple[str, Any, memoryview]]:
        layout = self._layout
        ids = layout.ids
        for i, encoded in layout.encoded(positions):
            yield ids[i], self._decode(ids[i], encoded), encoded

    def check_all(self) -> None:
        """Decode every record once: DamagedRecordError names the first that does not decode."""
        for _ in self.items():
            pass

    # -- changing (the journal replayed, a snapshot patched) ------------------
    def __setitem__(self, record_id: str, record: Any) -> None:
        if self._changes.get(record_id, True) is _REMOVED and self._layout.position(record_id) >= 0:
            self._removed_from_file -= 1
        self._changes[record_id] = record

    def __delitem__(self, record_id: str) -> None:
        if record_id not in self:
            raise KeyError(record_id)
        if self._layout.position(record_id) >= 0:
            self._changes[record_id] = _REMOVED
            self._removed_from_file += 1
        else:
            del self._changes[record_id]

    def copy(self) -> FileTable:
        fresh = FileTable(self._laid or self._source, self._decoder, self.kind)
        fresh._changes = dict(self._changes)
        fresh._removed_from_file = self._removed_from_file
        return fresh
