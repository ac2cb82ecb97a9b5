"""The word index of a large database, saved for the next session and for colleagues.

Building the words of 150,000 records takes seconds (``store.words``); reading
them back takes a tenth of that. A saved index names the records it was built
from (``Backend.content_key``: the file's id, size and time, and a digest of its
journal) and the code that built it (a digest of this package's source, the byte
order). Only the same code uses it, and only for those records or for a later
state of the same file, brought up to date with the journal written since
(``Store.load_saved_words``). Anything else — another file, a damaged or
truncated index, another format — and it is ignored and built again: it is a
cache, never a source of facts.

It is saved beside the database (``NAME.words``, as readable as the file: everyone
who opens a shared database uses it), or, where that folder cannot be written, in
the user's cache directory (platformdirs), readable by the user only. Either is
written whole to a temporary file and renamed.

The file is read in parts, each when it is needed: a header at its end (what it was
built from, where each part lies), then how many records hold each set of sectors
(the sector tree's counts, before anything else), each kind's words, then each kind's
statuses, sectors, countries, parties and links. A part is written as soon as it is
made (``Parts``), so that ``store.word_parts`` can save an index it builds kind by
kind without holding it whole. Inside a part its long lists (ids, words, bitsets, sets)
are saved in pieces, each decoded in a call of its own, and it is checked a step at a
time (``store.steps``): reading it back in a worker never holds the interpreter long
enough to keep the explorer's screen waiting.

Anyone who can write to a shared folder can put something else there. So an index is
read only from a regular file (not through a symbolic link, never from a FIFO or a
device) no larger than its database could make it; the header and each part carry a
checksum; and what a part holds is checked as it is read (word numbers and record
ordinals in range, each word once). Anything else is not used, and the index is built
again.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import zlib
from array import array
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from functools import cache, cached_property
from pathlib import Path
from typing import Any, BinaryIO

import msgspec
import platformdirs

from .errors import DatabaseError
from .files import atomic_file, open_regular, refusal, remove_leftovers, what_is_at
from .index import Columns
from .steps import ascending, decoded, none_greater, pieces, within
from .words import Packed, WordIndex

# Temporary files of a save killed mid-way are removed once this old (another process may
# be saving now: a save takes seconds at most).
_LEFTOVER_SECONDS = 600


FORMAT = "bilat-words/7"
SUFFIX = ".words"
# The first bytes of a saved index. Its last 8: the header's length and CRC-32.
MAGIC = b"bilat-words\n"
_TAIL = 8
# An index is smaller than the text it indexes; one larger than this is not read.
_SLACK_BYTES = 16 << 20

SECTORS = "sectors"  # the part with how many records hold each set of sectors

# Long lists are saved in pieces, each decoded in a call of its own (``steps``): the ids
# and words (strings), the bitsets (about one byte per eight records each) and a column's
# sets of values, this many per piece.
STRINGS_PIECE = 4096
BITSETS_PIECE = 64
SETS_PIECE = 2048


def words_part(kind: str) -> str:
    return f"words/{kind}"


def columns_part(kind: str) -> str:
    return f"columns/{kind}"


class _Part(msgspec.Struct, array_like=True):
    offset: int
    length: int
    crc: int  # CRC-32 of its bytes


class _Header(msgspec.Struct):
    format: str
    code: str  # the code that built it (``code_key``)
    content: str  # the records it was built from (``Backend.content_key``)
    kinds: list[str]
    parts: dict[str, _Part]


class _SavedKind(msgspec.Struct, array_like=True):
    """One kind's words: word n's postings are a bitset if n is in ``dense``, else the
    ordinals of ``ordinals`` from ``ends[n - 1]`` (0 for the first) to ``ends[n]``. Its
    lists in pieces (``steps.pieces``), read back as ``_ReadKind``."""

    ids: list[list[str]]
    vocab: list[list[str]]
    dense: list[int]  # word numbers whose postings are a bitset
    bitsets: list[list[bytes]]  # those bitsets, little-endian
    ends: bytes  # array('q'), one per word
    ordinals: bytes  # array('i')


class _ReadKind(msgspec.Struct, array_like=True):
    """A ``_SavedKind`` as read: its pieces left as they are in the file until each is
    decoded (``steps.decoded``)."""

    ids: list[msgspec.Raw]
    vocab: list[msgspec.Raw]
    dense: list[int]
    bitsets: list[msgspec.Raw]
    ends: bytes
    ordinals: bytes


class _SavedStructure(msgspec.Struct, array_like=True):
    """The index's columns of one kind (``index.KindIndex``), for the same ids as the words:
    each value a number into a table of the distinct values (most records share theirs).
    The sets in pieces (``steps.pieces``), read back as ``_ReadStructure``."""

    statuses: list[str]
    status: bytes  # array('I'): into ``statuses``, one per record
    sets: list[list[list[str]]]
    sectors: bytes  # array('I'): into ``sets``, one per record; so the next three
    countries: bytes
    orgs: bytes
    links: bytes


class _ReadStructure(msgspec.Struct, array_like=True):
    """A ``_SavedStructure`` as read: the pieces of its sets left as they are until each
    is decoded."""

    statuses: list[str]
    status: bytes
    sets: list[msgspec.Raw]
    sectors: bytes
    countries: bytes
    orgs: bytes
    links: bytes


# Each kind: each set of sectors its records hold, and how many hold it.
# Saved in pieces of ``SETS_PIECE`` (``steps.pieces``), read back as ``_ReadSectorSets``.
_SectorSets = dict[str, list[list[tuple[list[str], int]]]]
_ReadSectorSets = dict[str, list[msgspec.Raw]]

_HEADER = msgspec.msgpack.Decoder(_Header)
_KIND = msgspec.msgpack.Decoder(_ReadKind)
_STRUCTURE = msgspec.msgpack.Decoder(_ReadStructure)
_STRINGS = msgspec.msgpack.Decoder(list[str])
_BITSETS = msgspec.msgpack.Decoder(list[bytes])
_SETS = msgspec.msgpack.Decoder(list[list[str]])
_SECTOR_SETS = msgspec.msgpack.Decoder(_ReadSectorSets)
_COUNTED_SETS = msgspec.msgpack.Decoder(list[tuple[list[str], int]])


class Found:
    """A saved index, its parts read as they are asked for (the file stays open until
    ``close``): the records it was built from, the sector sets, the words, the columns."""

    def __init__(self, content: str, kinds: Sequence[str], fd: int, parts: dict[str, _Part]):
        self.content = content
        self.kinds = list(kinds)
        self._fd = fd
        self._parts = parts
        self._ids: dict[str, list[str]] = {}

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def __enter__(self) -> Found:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _part(self, name: str, decoder: msgspec.msgpack.Decoder[Any]) -> Any:
        """The part ``name`` decoded; None if it is absent, damaged or cannot be read."""
        part = self._parts.get(name)
        if part is None or self._fd < 0:
            return None
        try:
            raw = os.pread(self._fd, part.length, part.offset)
        except OSError:
            return None
        if len(raw) != part.length or zlib.crc32(raw) != part.crc:
            return None
        try:
            return decoder.decode(raw)
        except msgspec.DecodeError:
            return None

    def sector_sets(self) -> dict[str, Counter[frozenset[str]]] | None:
        """How many records of each kind hold each set of sectors (what the sector tree
        counts), from a part of a few thousand entries: no column, no word needs to be read
        first. None if none were saved, or they are damaged."""
        saved: _ReadSectorSets | None = self._part(SECTORS, _SECTOR_SETS)
        if saved is None or set(saved) != set(self.kinds):
            return None
        found: dict[str, Counter[frozenset[str]]] = {}
        for kind, raw in saved.items():
            sets: list[tuple[list[str], int]] | None = decoded(raw, _COUNTED_SETS)
            if sets is None:
                return None
            counted = Counter({frozenset(sectors): number for sectors, number in sets})
            if len(counted) != len(sets) or any(number < 0 for number in counted.values()):
                return None  # saved distinct, each held by some records
            found[kind] = counted
        return found

    @cached_property
    def indexes(self) -> dict[str, WordIndex] | None:
        """Each kind's word index; None if a kind's words are damaged or do not fit."""
        indexes = {}
        for kind in self.kinds:
            packed = self._part(words_part(kind), _KIND)
            unpacked = _unpack(packed) if packed is not None else None
            if unpacked is None:
                return None
            self._ids[kind], indexes[kind] = unpacked
        return indexes

    @cached_property
    def structures(self) -> dict[str, Columns] | None:
        """Each kind's statuses, sectors, countries, parties and links, if they were saved
        (and fit the ids of its words)."""
        if self.indexes is None:
            return None
        structures: dict[str, Columns] = {}
        for kind in self.kinds:
            structure = self._part(columns_part(kind), _STRUCTURE)
            columns = _unpack_columns(self._ids[kind], structure) if structure else None
            if columns is None:
                return None  # some kind has none, or damaged ones: words only
            structures[kind] = columns
        return structures


def beside(database: str) -> Path:
    """Where the word index of the database at path ``database`` is saved first."""
    path = Path(database)
    return path.with_name(path.name + SUFFIX)


def cache_file(database: str) -> Path:
    """Where it is saved when the database's folder cannot be written."""
    name = hashlib.sha256(os.path.abspath(database).encode()).hexdigest()[:32]
    return Path(platformdirs.user_cache_dir("bilat", appauthor=False)) / "words" / f"{name}.bin"


@cache
def code_digest() -> str:
    """A digest of the package's source: other code may fold or index differently."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:32]


def code_key() -> str:
    return f"{code_digest()}|{sys.byteorder}"


class Parts:
    """A saved index being written, one part after the other (each encoded, written and
    let go): ``add`` each part, the header goes last (``saving``)."""

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle
        self._at = len(MAGIC)
        self.parts: dict[str, _Part] = {}
        handle.write(MAGIC)

    def add(self, name: str, value: object) -> None:
        raw = msgspec.msgpack.encode(value)
        self._handle.write(raw)
        self.parts[name] = _Part(self._at, len(raw), zlib.crc32(raw))
        self._at += len(raw)

    def add_words(self, kind: str, index: WordIndex) -> None:
        self.add(words_part(kind), _pack(index))

    def add_columns(self, kind: str, columns: Columns) -> None:
        self.add(columns_part(kind), _pack_columns(columns))

    def add_sector_sets(self, sets: Mapping[str, Counter[frozenset[str]]]) -> None:
        self.add(
            SECTORS,
            {
                kind: pieces([(sorted(s), n) for s, n in counted.items()], SETS_PIECE)
                for kind, counted in sets.items()
            },
        )

    def finish(self, content: str, kinds: Sequence[str]) -> None:
        header = msgspec.msgpack.encode(
            _Header(FORMAT, code_key(), content, list(kinds), self.parts)
        )
        self._handle.write(header)
        self._handle.write(
            len(header).to_bytes(4, "little") + zlib.crc32(header).to_bytes(4, "little")
        )


@contextlib.contextmanager
def saving(path: Path, content: str, kinds: Sequence[str], *, like: Path | None) -> Iterator[Parts]:
    """Write a saved index at ``path`` part by part, with the permissions of the file
    ``like`` (else readable by the user only): renamed into place when the block ends
    (the header written last), nothing left behind if it raises. Something that is not a
    regular file at ``path`` is refused (SideFileError), not replaced; DatabaseError or
    OSError if it cannot be written."""
    found = what_is_at(path)
    if found is not None:
        raise refusal("search index", path, found)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    remove_leftovers(path, older_than=_LEFTOVER_SECONDS)
    mode = None if like is not None else 0o600
    with atomic_file(path, what="search index", like=like, mode=mode) as handle:
        parts = Parts(handle)
        yield parts
        parts.finish(content, kinds)


def save(
    path: Path,
    content: str,
    indexes: Mapping[str, WordIndex],
    *,
    like: Path | None = None,
    structures: Mapping[str, Columns] | None = None,
) -> bool:
    """Write ``indexes``, built from the records named ``content`` (and their
    ``structures``, the index's columns for the same ids), with the permissions of the
    file ``like`` (else readable by the user only); False (and nothing left behind) if it
    cannot. Something that is not a regular file at ``path`` is refused (SideFileError),
    not replaced."""
    found = what_is_at(path)
    if found is not None:
        raise refusal("search index", path, found)
    structures = structures or {}
    for kind, columns in structures.items():
        if columns[0] != [rid for rid in indexes[kind].ids if rid is not None]:
            raise ValueError("the columns are saved for the ids of the words")
    try:
        with saving(path, content, list(indexes), like=like) as parts:
            if structures and set(structures) == set(indexes):
                parts.add_sector_sets(
                    {kind: Counter(columns[2]) for kind, columns in structures.items()}
                )
            for kind, columns in structures.items():
                parts.add_columns(kind, columns)
            for kind, index in indexes.items():
                parts.add_words(kind, index)
    except (OSError, DatabaseError):
        return False
    return True


def load(path: Path, kinds: Sequence[str], *, database_bytes: int) -> Found | None:
    """The index saved at ``path`` by this code, for exactly ``kinds``, for a database of
    ``database_bytes``, its header read (its parts are read as they are asked for: close
    it when done); None if there is none, or it was made by other code, or its header is
    damaged, or it is not a regular file of a size that database could make."""
    try:
        fd = open_regular(path, os.O_RDONLY, "search index")
    except (OSError, DatabaseError):
        return None
    try:
        found = _header(fd, kinds, max_bytes=2 * database_bytes + _SLACK_BYTES)
    except OSError:
        found = None
    if found is None:
        os.close(fd)
    return found


def _header(fd: int, kinds: Sequence[str], *, max_bytes: int) -> Found | None:
    size = os.fstat(fd).st_size
    if size > max_bytes or size < len(MAGIC) + _TAIL or os.pread(fd, len(MAGIC), 0) != MAGIC:
        return None
    tail = os.pread(fd, _TAIL, size - _TAIL)
    length, crc = int.from_bytes(tail[:4], "little"), int.from_bytes(tail[4:], "little")
    end = size - _TAIL - length  # where the header starts, and the parts end
    if end < len(MAGIC):
        return None
    raw = os.pread(fd, length, end)
    if len(raw) != length or zlib.crc32(raw) != crc:
        return None
    try:
        header = _HEADER.decode(raw)
    except msgspec.DecodeError:
        return None
    if header.format != FORMAT or header.code != code_key() or set(header.kinds) != set(kinds):
        return None
    for part in header.parts.values():
        if part.offset < len(MAGIC) or part.length < 0 or part.offset + part.length > end:
            return None
    if any(words_part(kind) not in header.parts for kind in kinds):
        return None
    return Found(header.content, header.kinds, fd, header.parts)


def _pack_columns(columns: Columns) -> _SavedStructure:
    _, status, *sets_columns = columns
    statuses: dict[str, int] = {}
    numbered: dict[frozenset[str], int] = {}
    packed = [array("I", (statuses.setdefault(value, len(statuses)) for value in status))]
    for column in sets_columns:
        packed.append(array("I", (numbered.setdefault(value, len(numbered)) for value in column)))
    return _SavedStructure(
        list(statuses),
        packed[0].tobytes(),
        pieces([sorted(values) for values in numbered], SETS_PIECE),
        *(numbers.tobytes() for numbers in packed[1:]),
    )


def _unpack_columns(ids: list[str], structure: _ReadStructure) -> Columns | None:
    """The columns, or None if they do not fit the ids (a damaged or crafted file)."""
    size = len(ids)
    saved_sets: list[list[str]] | None = decoded(structure.sets, _SETS)
    if saved_sets is None:
        return None
    sets = [frozenset(values) for values in saved_sets]
    columns: list[list[Any]] = []
    for table, raw in (
        (structure.statuses, structure.status),
        (sets, structure.sectors),
        (sets, structure.countries),
        (sets, structure.orgs),
        (sets, structure.links),
    ):
        numbers = array("I")
        try:
            numbers.frombytes(raw)
        except ValueError:
            return None
        if len(numbers) != size or not within(numbers, 0, len(table)):
            return None
        column: list[Any] = []
        for at in range(0, size, STRINGS_PIECE):
            column.extend(map(table.__getitem__, numbers[at : at + STRINGS_PIECE]))
        columns.append(column)
    status, sectors, countries, orgs, links = columns
    return (ids, status, sectors, countries, orgs, links)


def _pack(index: WordIndex) -> _SavedKind:
    if index.position is not None or any(record_id is None for record_id in index.ids):
        raise ValueError("only an index as built (no record added or removed since) is saved")
    dense: list[int] = []
    bitsets: list[bytes] = []
    ends, ordinals = array("q"), array("i")
    for number, postings in enumerate(index.postings):
        if isinstance(postings, int):
            dense.append(number)
            bitsets.append(postings.to_bytes((postings.bit_length() + 7) // 8, "little"))
        else:
            ordinals.extend(postings)
        ends.append(len(ordinals))
    return _SavedKind(
        pieces([record_id for record_id in index.ids if record_id is not None], STRINGS_PIECE),
        pieces(index.vocab, STRINGS_PIECE),
        dense,
        pieces(bitsets, BITSETS_PIECE),
        ends.tobytes(),
        ordinals.tobytes(),
    )


def _unpack(packed: _ReadKind) -> tuple[list[str], WordIndex] | None:
    """The ids and the index (its postings made as they are asked for), or None if the
    parts do not fit together (a damaged file). Read and checked a piece, or ``steps.STEP``
    values, per call into C."""
    ids: list[str] | None = decoded(packed.ids, _STRINGS)
    vocab: list[str] | None = decoded(packed.vocab, _STRINGS)
    saved_bitsets: list[bytes] | None = decoded(packed.bitsets, _BITSETS)
    if ids is None or vocab is None or saved_bitsets is None:
        return None
    size, count = len(ids), len(vocab)
    if not ascending(ids):
        return None  # ids are saved sorted, each once
    ends, ordinals = array("q"), array("i")
    try:
        ends.frombytes(packed.ends)
        ordinals.frombytes(packed.ordinals)
    except ValueError:  # odd byte counts
        return None
    if len(ends) != count or len(packed.dense) != len(saved_bitsets):
        return None
    starts = array("q", [0])
    starts.extend(ends[:-1])
    if not none_greater(starts, ends) or (ends[-1] if ends else 0) != len(ordinals):
        return None
    if not within(ordinals, 0, size):
        return None
    # Every word once: a word with a bitset has no ordinals, and one bitset.
    bitsets: dict[int, bytes | int] = dict(zip(packed.dense, saved_bitsets, strict=True))
    if len(bitsets) != len(packed.dense):
        return None
    for number, bits in zip(packed.dense, saved_bitsets, strict=True):
        if not 0 <= number < count or starts[number] != ends[number]:
            return None
        if bits and (len(bits) - 1) * 8 + bits[-1].bit_length() > size:
            return None  # a bit past the records
    return ids, WordIndex.read_back(list(ids), vocab, Packed(bitsets, ends, ordinals))
