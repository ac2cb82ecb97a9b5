"""A TinyDB storage that is safe for several processes on one file.

TinyDB's own ``JSONStorage`` rewrites the file in place and trusts whatever it
reads, which tears the file on a crash and "repairs" a corrupt one by
overwriting it. This storage instead:

* writes atomically: a temporary file in the same directory, fsync, rename,
  fsync of the directory; a crash at any moment leaves the old or the new file;
* refuses a corrupt, truncated or foreign file with a message naming it, and
  never writes over it;
* re-reads the file only when it changed on disk (inode, size, mtime), so a
  process sees another's writes as soon as it asks, and reads cost nothing
  otherwise;
* can hold writes in memory during a transaction and write once at commit;
* shows TinyDB the file *with its journal replayed* (:mod:`store.journal`), and
  makes every write a compaction: a fresh file, then the journal removed.

Locking is not done here but by :class:`store.tinydb_backend.TinyDBBackend`,
which wraps every read-modify-write in an exclusive cross-process lock.
"""

from __future__ import annotations

import mmap
import os
from array import array
from collections.abc import Callable, Mapping, Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any

import msgspec
import orjson
from tinydb.storages import Storage

from . import journal, saved_layout
from .errors import DamagedRecordError, DatabaseError
from .file_scan import SPANS, compact_offsets, record_offsets, table_starts
from .file_table import FileTable, HeldFile, LaterLayout, Layout
from .files import open_regular, write_atomically
from .models import KINDS
from .steps import ascending

# The tables a bilat database may hold; anything else means a foreign file.
META_TABLE = "_meta"
DATA_TABLES = tuple(KINDS)
KNOWN_TABLES = frozenset((META_TABLE, "_default", *DATA_TABLES))
FORMAT_TAG = "bilat-db/2"
# Files of format 1 have no journal and are read the same way; the next write upgrades them.
READABLE_TAGS = frozenset(("bilat-db/1", FORMAT_TAG))

Tables = dict[str, dict[str, Any]]
FileSignature = tuple[int, int, int]


def file_signature(path: Path) -> FileSignature | None:
    """What changes when the file is replaced or rewritten; None if it does not exist."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def parse_database(raw: bytes, path: Path) -> Tables:
    """Decode and check the shape of a database file, or raise DatabaseError."""
    if not raw.strip():
        raise empty_database(path, len(raw))
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        hint = "truncated" if _looks_truncated(raw) else "not valid JSON"
        raise DatabaseError(
            f"database {path} is {hint} ({exc}); it was left untouched — "
            "restore it from a backup or point bilat at another file with --db"
        ) from None
    if not isinstance(data, dict):
        raise DatabaseError(
            f"database {path} is not a bilat database: it holds a JSON "
            f"{type(data).__name__}, not an object of tables; it was left untouched"
        )
    unknown = sorted(set(data) - KNOWN_TABLES)
    if unknown:
        raise DatabaseError(
            f"database {path} is not a bilat database: unknown table(s) "
            f"{', '.join(map(repr, unknown[:5]))}; it was left untouched"
        )
    for name, table in data.items():
        if not isinstance(table, dict):
            raise DatabaseError(
                f"database {path} is damaged: table {name!r} is a "
                f"{type(table).__name__}, not an object of records; it was left untouched"
            )
        for doc_id, doc in table.items():
            if not isinstance(doc, dict):
                raise DatabaseError(
                    f"database {path} is damaged: record {doc_id!r} in table {name!r} "
                    "is not an object; it was left untouched"
                )
    meta = data.get(META_TABLE, {}).get("format")
    if meta is not None and meta.get("tag") not in READABLE_TAGS:
        raise DatabaseError(
            f"database {path} has format {meta.get('tag')!r}; this bilat reads {FORMAT_TAG}"
        )
    return data


# What a decoder raises on bytes that are no bilat database: RecursionError for values
# nested deeper than it follows (which orjson, used to name the problem, refuses too).
_UNDECODABLE = (msgspec.DecodeError, msgspec.ValidationError, RecursionError)

# A read is tried again when a compaction replaced the file meanwhile; that it happens
# this many times in a row means something rewrites the file without end.
READ_ATTEMPTS = 8


def kept_changing(path: Path) -> DatabaseError:
    return DatabaseError(
        f"database {path} was replaced {READ_ATTEMPTS} times while it was being read; "
        "nothing was written — try again"
    )


def refuse_orphan_journal(path: Path, journal_file: Path) -> None:
    """A journal holds writes made on top of its database file: with the file gone (moved,
    deleted, its folder restored from a backup without it), reading on as an empty
    database, and the next write folding a new file, would lose them."""
    if os.path.lexists(journal_file):
        raise DatabaseError(
            f"database {path} does not exist, but its journal {journal_file} does (writes "
            "made on top of it); nothing was written — restore the database file, or move "
            "the journal away to start a new database there"
        )


def empty_database(path: Path, size: int) -> DatabaseError:
    """An empty file where a database is: damage (a truncation, a failed copy), not an
    empty database — the next write would drop the journal, and what it holds with it."""
    what = "empty (0 bytes)" if size == 0 else f"blank ({size} bytes of white space)"
    return DatabaseError(
        f"database {path} is {what}, not a bilat database; it was left untouched — "
        f"`bilat --db {path} check` says what can be recovered"
    )


def base_id_of(data: Tables) -> str | None:
    """The name a compacted file carries, repeated by the header of its journal."""
    entry = data.get(META_TABLE, {}).get("journal")
    value = entry.get("base") if isinstance(entry, dict) else None
    return value if isinstance(value, str) else None


class _DatabaseFile(journal.TypedTables):
    """The whole file, typed: lets the explorer decode it in one fast pass."""

    meta: dict[str, Any] = msgspec.field(default_factory=dict, name=META_TABLE)
    default: dict[str, Any] = msgspec.field(default_factory=dict, name="_default")


_FILE_DECODER = msgspec.json.Decoder(_DatabaseFile)


class _MetaOnly(msgspec.Struct):
    meta: dict[str, Any] = msgspec.field(default_factory=dict, name=META_TABLE)


_META_DECODER = msgspec.json.Decoder(_MetaOnly)


def read_base_id(path: Path) -> str | None:
    """The name in the file's ``_meta`` table, skipping over the records (None: none)."""
    raw = read_database_bytes(path)
    if raw is None:
        return None
    if not raw.strip():
        raise empty_database(path, len(raw))
    try:
        meta = _META_DECODER.decode(raw).meta
    except _UNDECODABLE:
        parse_database(raw, path)  # raises the clear message
        return None
    return base_id_of({META_TABLE: meta})


# The kinds a file read lazily keeps in the file (decoded when read); the rest is small.
LAZY_TABLES = ("sources", "projects", "agreements", "claims")
# A record of a lazy table, decoded when read; the small tables, decoded whole.
_DECODERS: dict[str, Any] = {name: msgspec.json.Decoder(KINDS[name][1]) for name in LAZY_TABLES}
_TABLE_DECODERS: dict[str, Any] = {
    name: msgspec.json.Decoder(dict[str, KINDS[name][1]])  # type: ignore[misc]
    for name in DATA_TABLES
    if name not in LAZY_TABLES
}


class BaseFile(msgspec.Struct):
    """What :func:`read_records` found in the TinyDB file itself (the journal comes after)."""

    tables: dict[str, Any]
    signature: FileSignature | None
    base_id: str | None
    held: HeldFile | None = None  # the file read, open: its inode cannot be reused

    def still_there(self, path: Path) -> bool:
        """True if the file at ``path`` is still the one read. Checked after its journal
        was read: a compaction renames a new file over it, then removes the journal, so
        a reader that saw the file, then no journal (or a journal of the new file), would
        miss what the journal held — unless the file it read is still there."""
        return file_signature(path) == self.signature


def read_records(
    path: Path, *, lazy: bool = False, layouts: Sequence[Path] = ()
) -> BaseFile | None:
    """Every record of the file, decoded straight from its bytes, with the file's signature.

    With ``lazy``, projects, agreements, claims and sources stay in the file, each
    record decoded when it is read (:class:`store.file_table.FileTable`): the file is
    only checked to be well-formed JSON and each record's place noted, several times
    faster and in a fraction of the memory; ``check_lazy`` then decodes each once.

    With ``lazy``, where the records lie is read from the first of ``layouts`` saved for
    this very file (``store.saved_layout``), if any, instead of parsing the whole file.

    Returns None when the file needs the slower, more talkative path: an error
    in the shape raises DatabaseError here; an invalid record is left to the
    caller, which names the record and the field.
    """
    if lazy:
        return _read_lazily(path, layouts)
    fd = open_database(path)
    if fd is None:
        return BaseFile({name: {} for name in DATA_TABLES}, None, None)
    held = HeldFile(path, fd)  # held until the journal is read: see BaseFile.still_there
    st = os.fstat(fd)
    signature = (st.st_ino, st.st_size, st.st_mtime_ns)
    raw = _read_all(fd, path)
    if not raw.strip():
        raise empty_database(path, len(raw))
    try:
        decoded = _FILE_DECODER.decode(raw)
    except _UNDECODABLE:
        parse_database(raw, path)  # raises the clear message for a shape problem
        return None
    base_id = _checked_base_id(decoded.meta, path)
    tables = {name: getattr(decoded, name) for name in DATA_TABLES}
    return BaseFile(tables, signature, base_id, held)


def check_lazy(tables: dict[str, Any]) -> None:
    """Decode once every record a lazy read left in the file: DatabaseError names the
    first that is not valid (a damaged file must not be shown as if whole)."""
    for table in tables.values():
        if isinstance(table, FileTable):
            table.check_all()


def _read_lazily(path: Path, layouts: Sequence[Path]) -> BaseFile | None:
    fd = open_database(path)
    if fd is None:
        return BaseFile({name: {} for name in DATA_TABLES}, None, None)
    held = HeldFile(path, fd)  # closed once no table reads from it
    st = os.fstat(fd)
    signature = (st.st_ino, st.st_size, st.st_mtime_ns)
    if st.st_size == 0:
        raise empty_database(path, 0)
    for place in layouts:
        saved = saved_layout.load(place, signature)
        if saved is None:
            continue
        read = _from_saved(saved, held, path, layouts)
        if read is not None:
            return BaseFile(read[0], signature, _checked_base_id(read[1], path), held)
        saved_layout.remove(layouts)  # it does not fit the file: the parse below saves anew
        break
    # Parsed where the file lies in the page cache, not from a copy of it. The mapping
    # stays open while a layout found later (claims, sources) needs it, then goes.
    raw = mmap.mmap(fd, 0, access=mmap.ACCESS_READ)
    found = _laid_out(raw, held, path)
    if found is None:
        return None
    tables, meta = found
    return BaseFile(tables, signature, _checked_base_id(meta, path), held)


# Laid out before the first screen (its rows); the others right after it.
_LAID_OUT_FIRST = ("projects", "agreements")


def _parse_file(raw: mmap.mmap) -> dict[str, msgspec.Raw]:
    """The whole file parsed into one raw span per table (the long part of a start that
    has no saved layout)."""
    return SPANS.decode(raw)


def _laid_out(
    raw: mmap.mmap, held: HeldFile, path: Path
) -> tuple[dict[str, Any], dict[str, Any]] | None:
    try:
        spans = _parse_file(raw)
    except _UNDECODABLE:
        parse_database(raw[:], path)  # raises the clear message for a shape problem
        return None
    if set(spans) - KNOWN_TABLES:
        parse_database(raw[:], path)
        return None
    # Parsed: of the mapped pages, only those of the tables laid out now are read again
    # (at 100,000 projects: 374 MB less resident, which would be the peak).
    raw.madvise(mmap.MADV_DONTNEED)
    starts = table_starts(raw, spans)
    if starts is None:
        return None
    held.top = (
        list(spans),
        array("q", map(len, spans.values())),
        array("q", (starts[name] for name in spans)),
    )
    tables: dict[str, Any] = {}
    try:
        for name in DATA_TABLES:
            span = spans.get(name)
            if name not in LAZY_TABLES:
                decode = _TABLE_DECODERS[name].decode
                tables[name] = decode(span) if span is not None else {}
                continue
            if span is None:
                tables[name] = {}
                continue
            layout: Layout | LaterLayout
            if name in _LAID_OUT_FIRST:
                found = _layout(raw, held, name, starts[name], span)
                if found is None:
                    return None
                layout = found
            else:
                layout = LaterLayout(_layout_later(raw, held, name, starts[name], span))
            tables[name] = FileTable(layout, _DECODERS[name], name)
        meta_span = spans.get(META_TABLE)
        meta = msgspec.json.decode(meta_span, type=dict[str, Any]) if meta_span else {}
    except _UNDECODABLE:
        return None
    return tables, meta


def _layout(
    raw: mmap.mmap, held: HeldFile, name: str, start: int, span: msgspec.Raw
) -> Layout | None:
    """Where the records of one table lie; None if it is not an object of objects."""
    try:
        records = SPANS.decode(span)
    except _UNDECODABLE:
        return None
    found = record_offsets(raw, start, records)
    if found is None:
        return None
    laid = Layout.of(held, list(records), *found)
    raw.madvise(mmap.MADV_DONTNEED)  # the table's pages were read again: let them go
    return laid


def _layout_later(
    raw: mmap.mmap, held: HeldFile, name: str, start: int, span: msgspec.Raw
) -> Callable[[], Layout]:
    def find() -> Layout:
        laid = _layout(raw, held, name, start, span)
        if laid is None:
            raise DamagedRecordError(
                f"database {held.path} is damaged: {_not_records(name, span)}; "
                "it was left untouched"
            )
        return laid

    return find


def _found_in_file(held: HeldFile, name: str) -> Layout | None:
    """The layout of table ``name`` found in the held file itself, as a start without a
    saved layout finds it; None if the file cannot be followed there."""
    raw = mmap.mmap(held.fd, 0, access=mmap.ACCESS_READ)
    try:
        spans = _parse_file(raw)
    except _UNDECODABLE:
        return None
    raw.madvise(mmap.MADV_DONTNEED)
    starts = table_starts(raw, spans)
    span = spans.get(name)
    if starts is None or span is None or name not in LAZY_TABLES:
        return None
    return _layout(raw, held, name, starts[name], span)


def _from_saved(
    saved: saved_layout.Found, held: HeldFile, path: Path, places: Sequence[Path]
) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The tables of the held file as ``saved`` lays them out, checked against the file as
    far as it is cheap (see ``store.saved_layout``); None if it does not fit."""
    names, lengths = saved.top
    size = held.signature[0]
    if set(names) - KNOWN_TABLES or saved.table_names != set(names) & set(LAZY_TABLES):
        return None
    starts, end = compact_offsets(0, names, lengths)
    if end != size - 1:
        return None
    braces = [(0, _OPEN), (size - 1, _CLOSE)]
    for start, length in zip(starts, lengths, strict=True):
        braces += [(start, _OPEN), (start + length - 1, _CLOSE)]
    if not _bytes_at(held, braces):
        return None
    where = {name: (at, length) for name, at, length in zip(names, starts, lengths, strict=True)}

    def forget() -> None:
        saved_layout.remove(places)

    tables: dict[str, Any] = {}
    try:
        for name in DATA_TABLES:
            if name not in where:
                tables[name] = {}
                continue
            start, length = where[name]
            if name not in LAZY_TABLES:
                tables[name] = _TABLE_DECODERS[name].decode(held.read(start, length))
                continue
            layout: Layout | LaterLayout
            if name in _LAID_OUT_FIRST:
                found = _saved_table(saved, held, name, start, length, forget)
                if found is None:
                    return None
                layout = found
            else:
                layout = LaterLayout(_saved_later(saved, held, name, start, length, forget))
            tables[name] = FileTable(layout, _DECODERS[name], name)
        meta: dict[str, Any] = {}
        if META_TABLE in where:
            meta = msgspec.json.decode(held.read(*where[META_TABLE]), type=dict[str, Any])
    except _UNDECODABLE:
        return None
    return tables, meta


_OPEN, _CLOSE = b"{", b"}"
# Records of a table whose first and last bytes are looked at, from a saved layout.
_SPOT_CHECKS = 64


def _bytes_at(held: HeldFile, expected: list[tuple[int, bytes]]) -> bool:
    return all(held.read(at, 1) == byte for at, byte in expected)


def _saved_table(
    saved: saved_layout.Found,
    held: HeldFile,
    name: str,
    start: int,
    length: int,
    forget: Callable[[], None],
) -> Layout | None:
    """The layout of table ``name`` (at ``start``, ``length`` bytes) as saved, if it ends
    where the table does and its records picked through it are objects."""
    keyed = saved.table(name)
    if keyed is None:
        return None
    ids, lengths = keyed
    offsets, end = compact_offsets(start, ids, lengths)
    if end != start + length - 1:
        return None
    step = max(1, len(offsets) // _SPOT_CHECKS)
    picked = range(0, len(offsets), step)
    checks = [(offsets[i], _OPEN) for i in picked]
    checks += [(offsets[i] + lengths[i] - 1, _CLOSE) for i in picked]
    if not _bytes_at(held, checks):
        return None
    if not ascending(ids):  # not in id order (or an id twice)
        laid = Layout.of(held, ids, offsets, lengths)
        if not ascending(laid.ids):
            return None
    else:
        laid = Layout(held, ids, offsets, lengths)

    def recheck() -> Layout | None:
        found = _found_in_file(held, name)
        if found is not None and (found.ids, found.offsets, found.lengths) != (
            laid.ids,
            laid.offsets,
            laid.lengths,
        ):
            forget()  # it was wrong
        return found

    laid.recheck = recheck
    return laid


def _saved_later(
    saved: saved_layout.Found,
    held: HeldFile,
    name: str,
    start: int,
    length: int,
    forget: Callable[[], None],
) -> Callable[[], Layout]:
    def find() -> Layout:
        laid = _saved_table(saved, held, name, start, length, forget)
        if laid is None:
            forget()
            laid = _found_in_file(held, name)
        if laid is None:
            raise DamagedRecordError(
                f"database {held.path} is damaged: table {name!r} cannot be followed; "
                "it was left untouched"
            )
        return laid

    return find


def layout_to_save(
    tables: Mapping[str, Any],
) -> tuple[HeldFile, saved_layout.Keyed, dict[str, saved_layout.Keyed]] | None:
    """What ``store.saved_layout`` saves of a file read lazily by parsing it: its tables,
    and each lazy table's ids and lengths in file order; None if there is nothing to save
    (the file was read whole, or from a saved layout), or it is not laid out compactly."""
    held: HeldFile | None = None
    found: dict[str, saved_layout.Keyed] = {}
    file_offsets: dict[str, array[int]] = {}
    for name in LAZY_TABLES:
        table = tables.get(name)
        if not isinstance(table, FileTable):
            continue
        layout = table.layout
        if held is None:
            held = layout.file
        if layout.file is not held or layout.recheck is not None or layout.relaid:
            return None
        ids, lengths, offsets = _file_order(layout)
        found[name], file_offsets[name] = (ids, lengths), offsets
    if held is None or held.top is None:
        return None
    names, lengths, starts = held.top
    if compact_offsets(0, names, lengths)[0] != starts:
        return None
    where = dict(zip(names, starts, strict=True))
    for name, (ids, record_lengths) in found.items():
        if compact_offsets(where[name], ids, record_lengths)[0] != file_offsets[name]:
            return None  # not compact JSON (a file indented by hand): parsed each time
    return held, (names, lengths), found


def _file_order(layout: Layout) -> tuple[list[str], array[int], array[int]]:
    """A table's ids, lengths and offsets in the order its records lie in the file."""
    offsets = layout.offsets
    if all(a < b for a, b in pairwise(offsets)):
        return layout.ids, layout.lengths, offsets
    order = sorted(range(len(offsets)), key=offsets.__getitem__)
    return (
        [layout.ids[i] for i in order],
        array("q", (layout.lengths[i] for i in order)),
        array("q", (offsets[i] for i in order)),
    )


def _not_records(name: str, span: msgspec.Raw) -> str:
    """What makes a table that was parsed as JSON no object of records."""
    try:
        records = SPANS.decode(span)
    except _UNDECODABLE:
        return f"table {name!r} is not an object of records"
    for key, record in records.items():
        if not bytes(record).startswith(b"{"):
            return f"record {key!r} in table {name!r} is not an object"
    return f"table {name!r} cannot be followed"


def _checked_base_id(meta: dict[str, Any], path: Path) -> str | None:
    format_doc = meta.get("format")
    tag = format_doc.get("tag") if isinstance(format_doc, dict) else None
    if tag is not None and tag not in READABLE_TAGS:
        raise DatabaseError(f"database {path} has format {tag!r}; this bilat reads {FORMAT_TAG}")
    return base_id_of({META_TABLE: meta})


def _looks_truncated(raw: bytes) -> bool:
    text = raw.rstrip()
    return text.startswith(b"{") and not text.endswith(b"}")


def open_database(path: Path) -> int | None:
    """The database file, open to read (None if there is none). It must be a regular file
    (a symbolic link the user chose was resolved when the store was opened): a FIFO would
    hang bilat, a device feed it without end."""
    try:
        return open_regular(path, os.O_RDONLY, "database")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise DatabaseError(f"cannot read database {path}: {exc.strerror}") from None


def read_database_bytes(path: Path) -> bytes | None:
    fd = open_database(path)
    if fd is None:
        return None
    try:
        return _read_all(fd, path)
    finally:
        os.close(fd)


def _read_all(fd: int, path: Path) -> bytes:
    try:
        with open(fd, "rb", closefd=False) as handle:
            return handle.read()
    except OSError as exc:
        raise DatabaseError(f"cannot read database {path}: {exc.strerror}") from None


class AtomicJSONStorage(Storage):
    """TinyDB storage: orjson on disk, atomic replace, change detection, batched writes."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.journal = journal.journal_path(self.path)
        self._data: Tables | None = None
        self._signature: FileSignature | None = None
        self._journal_signature: FileSignature | None = None
        self._batch_depth = 0
        self._dirty = False
        self._held: Any = None

    # -- TinyDB's interface -------------------------------------------------
    def read(self) -> Tables | None:
        if self._data is None or (self._batch_depth == 0 and self.changed_on_disk()):
            self.reload()
        return self._data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self._data = data
        if self._batch_depth:
            self._dirty = True
        else:
            self._flush()

    def close(self) -> None:
        self._data = None
        self._hold(None)

    # -- what the backend needs ---------------------------------------------
    @property
    def signature(self) -> FileSignature | None:
        """The version of the file the data in memory belongs to."""
        return self._signature

    def changed_on_disk(self) -> bool:
        return (file_signature(self.path), file_signature(self.journal)) != (
            self._signature,
            self._journal_signature,
        )

    def reload(self) -> Tables:
        """Read the file and its journal now (even if they look unchanged), as one version."""
        for _ in range(READ_ATTEMPTS):
            data = self._reload_once()
            if data is not None:
                return data
        raise kept_changing(self.path)

    def _reload_once(self) -> Tables | None:
        """The file with its journal replayed; None if a compaction replaced the file while
        it was read (see ``BaseFile.still_there``)."""
        fd = open_database(self.path)
        if fd is None:
            refuse_orphan_journal(self.path, self.journal)
            self._data, self._signature, self._journal_signature = {}, None, None
            self._hold(None)
            return self._data
        # Holding the file we read keeps its inode alive, so a later file cannot reuse the
        # inode number and look unchanged (a risk where timestamps are coarse, as on NFS).
        handle = os.fdopen(fd, "rb")
        try:
            # The signature must describe the bytes read: stat the open file, not the path.
            st = os.fstat(fd)
            data = parse_database(handle.read(), self.path)
            found = journal.read_journal(self.journal, base_id_of(data))
        except BaseException:
            handle.close()
            raise
        signature = (st.st_ino, st.st_size, st.st_mtime_ns)
        if file_signature(self.path) != signature:
            handle.close()
            return None
        for entry in found.entries:
            entry.apply_to(data)
        self._data = data
        self._journal_signature = found.signature
        self._signature = signature
        self._hold(handle)
        return self._data

    def _hold(self, handle: Any) -> None:
        if self._held is not None:
            self._held.close()
        self._held = handle

    @property
    def base_id(self) -> str | None:
        return base_id_of(self._data) if self._data is not None else None

    def forget(self) -> None:
        """Drop the parsed copy of the file; the next read parses it again."""
        self._data = None
        self._signature = self._journal_signature = None
        self._hold(None)

    def mark_dirty(self) -> None:
        """Write at commit even though nothing changed (a compaction)."""
        self._dirty = True

    def begin(self) -> None:
        """Start holding writes in memory; the caller holds the lock."""
        if self._batch_depth == 0:
            self._dirty = False
            if self._data is None or self.changed_on_disk():
                self.reload()
        self._batch_depth += 1

    def commit(self) -> None:
        self._batch_depth -= 1
        if self._batch_depth == 0 and self._dirty:
            self._flush()

    def rollback(self) -> None:
        """Forget every change of the transaction: the next read comes from disk."""
        self._batch_depth = 0
        self._dirty = False
        self._data = None
        self._signature = self._journal_signature = None

    def _flush(self) -> None:
        assert self._data is not None
        meta = self._data.setdefault(META_TABLE, {})
        meta["format"] = {"tag": FORMAT_TAG}
        meta["journal"] = {"base": journal.new_base_id()}
        payload = orjson.dumps(self._data, option=orjson.OPT_NON_STR_KEYS)
        try:
            write_atomically(self.path, payload)
        except BaseException:
            self.rollback()
            raise
        # The new file holds everything the journal held, and names a journal yet to come.
        journal.remove(self.journal, folded=True)
        self._journal_signature = None
        self._dirty = False
        # We still hold the lock: the file at the path is the one just written.
        try:
            handle = open(self.path, "rb")  # noqa: SIM115 - held, see reload()
        except OSError:
            self._signature = file_signature(self.path)
            return
        st = os.fstat(handle.fileno())
        self._signature = (st.st_ino, st.st_size, st.st_mtime_ns)
        self._hold(handle)
