"""Bundle files read record by record, for an import of any size.

``bundle.read_bundle_file`` reads a file whole: bytes, then a tree of dicts, then
records, several times the file's size in memory. Here the file is mapped, not read:
msgspec finds where each kind's list and each record of it lies (raw spans, nothing
decoded), then records are decoded one at a time, each checked exactly as
``bundle.parse_bundle`` checks it (the same messages, naming the file, the record and
the field), and let go. The mapped pages are given back as the reading goes on.

A record is found again later by its place (``Place``): a bulk write decodes it a
second time when it writes it, instead of keeping every record in memory between.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec
import orjson

from .bundle import IGNORED_KEYS, SCHEMA, decode_document, parse_bundle
from .errors import ImportFileError, RecordError
from .files import FileRefused, open_user_file, read_regular_file
from .models import KINDS, Record
from .strict_json import check_part, load_json

# A streamed bundle may be as large as the disk allows: it is never held in memory.
MAX_STREAM_BYTES = 1 << 40
# A file this small whose layout cannot be followed is read whole, the way that names
# what is wrong most precisely.
_READ_WHOLE_BELOW = 64 << 20
# Mapped pages already read are given back every so many bytes.
_GIVE_BACK_BYTES = 64 << 20

_TOP = msgspec.json.Decoder(dict[str, msgspec.Raw])
_LIST = msgspec.json.Decoder(list[msgspec.Raw])
_KEY = re.compile(rb'"((?:[^"\\]|\\.)*)"\s*:\s*')
_WHITE = b" \t\r\n"
_UNDECODABLE = (msgspec.DecodeError, msgspec.ValidationError, RecursionError)
_DECODERS: dict[str, Any] = {kind: msgspec.json.Decoder(cls) for kind, (_, cls) in KINDS.items()}


@dataclass
class BundleFile:
    """One bundle file, mapped, with the raw span of each record of each kind."""

    path: Path
    where: str
    buffer: mmap.mmap | None
    kinds: dict[str, list[msgspec.Raw]] = field(default_factory=dict)
    # Records read into memory instead (a small file read whole when it cannot be followed).
    held: dict[str, list[Record]] | None = None
    # The mapped file, held open, and what it was when mapped: records are decoded from it
    # a second time as the database is written, and must be the bytes that were checked.
    fd: int | None = None
    identity: tuple[int, ...] = ()
    _read_since: int = 0

    def count(self, kind: str) -> int:
        if self.held is not None:
            return len(self.held.get(kind, ()))
        return len(self.kinds.get(kind, ()))

    def record(self, kind: str, index: int) -> Record:
        """The record ``kind[index]``, decoded and checked on its own (as ``parse_bundle``)."""
        if self.held is not None:
            return self.held[kind][index]
        raw = self.kinds[kind][index]
        self._given_back(len(raw))
        encoded = bytes(raw)
        check_part(encoded, self.where, kind, index)
        try:
            doc = orjson.loads(encoded)
        except orjson.JSONDecodeError as exc:  # the layout was found: not reached
            raise ImportFileError(
                f"{self.where}: {kind}[{index}]: not valid JSON ({exc})"
            ) from None
        return decode_document(kind, index, doc, self.where)

    def again(self, kind: str, index: int) -> Record:
        """``record(kind, index)`` of a record checked before: decoded straight into its
        model (no tree of dicts, no checks), as it decodes the same."""
        if self.held is not None:
            return self.held[kind][index]
        raw = self.kinds[kind][index]
        self._given_back(len(raw))
        self._unchanged()
        try:
            record: Record = _DECODERS[kind].decode(raw)
        except _UNDECODABLE:  # a "rev" of the file that is no number: ignored, as it was
            return self.record(kind, index)
        return record

    def _unchanged(self) -> None:
        """ImportFileError if the file was written to since it was mapped (its bytes would
        no longer be those checked; cut short, reading past its end would kill bilat)."""
        if self.fd is not None and _identity(os.fstat(self.fd)) != self.identity:
            raise ImportFileError(
                f"{self.where}: the file changed while it was being imported; nothing was "
                "written — import it again once it is complete"
            )

    def records(self, kind: str) -> Iterator[tuple[int, Record]]:
        for index in range(self.count(kind)):
            yield index, self.record(kind, index)

    def _given_back(self, size: int) -> None:
        self._read_since += size
        if self._read_since >= _GIVE_BACK_BYTES and self.buffer is not None:
            self.buffer.madvise(mmap.MADV_DONTNEED)
            self._read_since = 0

    def close(self) -> None:
        self.kinds = {}
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None
        if self.buffer is not None:
            _close(self.buffer)
            self.buffer = None


def _close(buffer: mmap.mmap) -> None:
    """Unmap now, unless a span of it is still referred to (an error's traceback holds
    one): then when the last goes."""
    with contextlib.suppress(BufferError):
        buffer.close()


def open_bundle(path: Path) -> BundleFile:
    """The file ``path`` laid out; ImportFileError (or RecordError) if it is no bundle."""
    where = str(path)
    try:
        fd = open_user_file(path, MAX_STREAM_BYTES)
    except FileRefused as exc:
        raise ImportFileError(f"{where}: {exc}") from None
    try:
        stat = os.fstat(fd)
        buffer = mmap.mmap(fd, 0, access=mmap.ACCESS_READ) if stat.st_size else None
    except (OSError, ValueError) as exc:
        os.close(fd)
        raise ImportFileError(f"{where}: cannot read ({exc})") from None
    if buffer is None:
        os.close(fd)
        return _read_whole(path, where)
    try:
        laid = _laid_out(buffer, where)
    except BaseException:
        os.close(fd)
        _close(buffer)
        raise
    if laid is None:
        os.close(fd)
        _close(buffer)
        if stat.st_size < _READ_WHOLE_BELOW:
            return _read_whole(path, where)
        raise ImportFileError(
            f"{where}: not valid JSON, or not an object of lists of records given once "
            "each; check it with a JSON validator"
        )
    return BundleFile(path, where, buffer, laid, fd=fd, identity=_identity(stat))


def _identity(stat: os.stat_result) -> tuple[int, ...]:
    return (stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)


def _read_whole(path: Path, where: str) -> BundleFile:
    """A small file the layout could not follow: read whole, which names the problem."""
    try:
        raw = read_regular_file(path, _READ_WHOLE_BELOW)
    except FileRefused as exc:
        raise ImportFileError(f"{where}: {exc}") from None
    held: dict[str, list[Record]] = {kind: [] for kind in KINDS}
    for item in parse_bundle(load_json(raw, where), where):
        held[item.kind].append(item.record)
    return BundleFile(path, where, None, held=held)


def _laid_out(buffer: mmap.mmap, where: str) -> dict[str, list[msgspec.Raw]] | None:
    """Each kind's records as raw spans; None when the file is not JSON, not an object,
    or gives a key twice at its top (then read whole, or refused, by the caller)."""
    if buffer[:3] == b"\xef\xbb\xbf":
        return None
    try:
        top = _TOP.decode(buffer)
    except _UNDECODABLE:
        return None
    if not _keys_given_once(buffer, top):
        return None
    buffer.madvise(mmap.MADV_DONTNEED)
    try:
        schema = orjson.loads(bytes(top["schema"])) if "schema" in top else SCHEMA
    except orjson.JSONDecodeError:
        return None
    if schema != SCHEMA:
        raise ImportFileError(f"{where}: schema is {schema!r}; this bilat reads {SCHEMA!r}")
    unknown = sorted(set(top) - {"schema", *IGNORED_KEYS, *KINDS})
    if unknown:
        raise ImportFileError(
            f"{where}: unknown key(s) {', '.join(map(repr, unknown))}; "
            f"expected schema, {', '.join(KINDS)}"
        )
    kinds: dict[str, list[msgspec.Raw]] = {}
    for kind in KINDS:
        span = top.get(kind)
        if span is None:
            continue
        try:
            kinds[kind] = _LIST.decode(span)
        except _UNDECODABLE:
            raise ImportFileError(f"{where}: {kind!r} must be a list of records") from None
        buffer.madvise(mmap.MADV_DONTNEED)
    return kinds


def _keys_given_once(buffer: mmap.mmap, top: dict[str, msgspec.Raw]) -> bool:
    """True if the object that fills ``buffer`` has exactly the keys of ``top``, in that
    order (msgspec keeps the last of a key given twice, without a word)."""
    at = _skip_white(buffer, 0)
    if buffer[at : at + 1] != b"{":
        return False
    at += 1
    for i, (key, value) in enumerate(top.items()):
        at = _skip_white(buffer, at)
        if i:
            if buffer[at : at + 1] != b",":
                return False
            at = _skip_white(buffer, at + 1)
        found = _KEY.match(buffer, at)
        if found is None:
            return False
        try:
            if msgspec.json.decode(b'"' + found.group(1) + b'"') != key:
                return False
        except msgspec.DecodeError:
            return False
        at = found.end() + len(value)
    at = _skip_white(buffer, at)
    return buffer[at : at + 1] == b"}" and _skip_white(buffer, at + 1) == len(buffer)


def _skip_white(buffer: mmap.mmap, at: int) -> int:
    while at < len(buffer) and buffer[at] in _WHITE:
        at += 1
    return at


# Where a record of the files read is: (file number, its index in its kind's list).
Place = tuple[int, int]


class Bundles:
    """The bundle files of one import, read record by record: each record is checked
    once as it is read (``read``), its id remembered with its place; ``record`` decodes
    it again from there."""

    def __init__(self, paths: Sequence[Path]) -> None:
        self.files: list[BundleFile] = []
        self.paths = list(paths)
        # Every record id read, and where: ids are unique across the files of an import.
        self.places: dict[str, dict[str, Place]] = {kind: {} for kind in KINDS}

    def read(self) -> Iterator[tuple[str, Record]]:
        """Every record of every file, in the files' order (each file's in kind order),
        each checked on its own; RecordError for an id given twice (naming both places)."""
        for number, path in enumerate(self.paths):
            bundle = open_bundle(path)
            self.files.append(bundle)
            for kind in KINDS:
                places = self.places[kind]
                for index, record in bundle.records(kind):
                    first = places.get(record.id)
                    if first is not None:
                        raise RecordError(
                            record.id,
                            "id",
                            f"is given twice: at {self.found_at(kind, first)} and at "
                            f"{bundle.where} {kind}[{index}]",
                            where=bundle.where,
                        )
                    places[record.id] = (number, index)
                    yield kind, record

    def found_at(self, kind: str, place: Place) -> str:
        number, index = place
        return f"{self.files[number].where} {kind}[{index}]"

    def where(self, kind: str, record_id: str) -> str:
        place = self.places[kind].get(record_id)
        return self.files[place[0]].where if place is not None else ""

    def record(self, kind: str, record_id: str) -> Record:
        """A record read before, decoded again (it was checked then)."""
        number, index = self.places[kind][record_id]
        return self.files[number].again(kind, index)

    def count(self, kind: str) -> int:
        return len(self.places[kind])

    def close(self) -> None:
        for bundle in self.files:
            bundle.close()
