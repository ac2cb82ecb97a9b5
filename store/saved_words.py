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

Anyone who can write to a shared folder can put something else there. So an index is
read only from a regular file (not through a symbolic link, never from a FIFO or a
device) no larger than its database could make it; its bytes carry a checksum; and
what it holds is checked as it is read (word numbers and record ordinals in range,
each word once). Anything else is not used, and the index is built again.
"""

from __future__ import annotations

import hashlib
import os
import sys
import zlib
from array import array
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from operator import gt, lt
from pathlib import Path
from typing import Any

import msgspec
import platformdirs

from .errors import DatabaseError
from .files import read_regular, refusal, remove_leftovers, what_is_at, write_atomically
from .index import Columns
from .words import Postings, WordIndex

# Temporary files of a save killed mid-way are removed once this old (another process may
# be saving now: a save takes seconds at most).
_LEFTOVER_SECONDS = 600


FORMAT = "bilat-words/5"
SUFFIX = ".words"
# The first bytes of a saved index, then the CRC-32 of what follows them.
MAGIC = b"bilat-words\n"
# An index is smaller than the text it indexes; one larger than this is not read.
_SLACK_BYTES = 16 << 20


_NIL = msgspec.Raw(msgspec.msgpack.encode(None))


class _SavedKind(msgspec.Struct, array_like=True):
    ids: list[str]
    vocab: list[str]
    dense: list[int]  # word numbers whose postings are a bitset
    bitsets: list[bytes]  # those bitsets, little-endian
    sparse: bytes  # array('i'): word numbers whose postings are an array, in order
    ends: bytes  # array('q'): where each of those arrays ends in ``ordinals``
    ordinals: bytes  # array('i'): the arrays, one after the other
    # The statuses, sectors… of the same records: a ``_SavedStructure``, decoded when asked
    # for (after the words answer).
    structure: msgspec.Raw = _NIL


class _SavedStructure(msgspec.Struct, array_like=True):
    """The index's columns of one kind (``index.KindIndex``), for the same ids as the words:
    each value a number into a table of the distinct values (most records share theirs)."""

    statuses: list[str]
    status: bytes  # array('I'): into ``statuses``, one per record
    sets: list[list[str]]
    sectors: bytes  # array('I'): into ``sets``, one per record; so the next three
    countries: bytes
    orgs: bytes
    links: bytes


class _Saved(msgspec.Struct):
    format: str
    code: str  # the code that built it (``code_key``)
    content: str  # the records it was built from (``Backend.content_key``)
    kinds: dict[str, _SavedKind]


@dataclass
class Found:
    """A saved index: the records it was built from, and its word index of each kind."""

    content: str
    indexes: dict[str, WordIndex]
    # Each kind's columns as saved, unpacked when asked for (``structures``): the words
    # answer first.
    packed: dict[str, _SavedKind] = field(default_factory=dict)

    @cached_property
    def structures(self) -> dict[str, Columns] | None:
        """Each kind's statuses, sectors, countries, parties and links, if they were saved
        (and fit the ids)."""
        structures: dict[str, Columns] = {}
        for kind, packed in self.packed.items():
            structure = self._structure(kind)
            columns = _unpack_columns(packed, structure) if structure is not None else None
            if columns is None:
                return None  # some kind has none, or damaged ones: words only
            structures[kind] = columns
        self._decoded.clear()  # unpacked: what was decoded is not needed any more
        return structures or None

    def sector_sets(self) -> dict[str, Counter[frozenset[str]]] | None:
        """How many records of each kind hold each set of sectors, as saved (what the
        sector tree counts), read from the saved column alone: a few thousand distinct
        sets, where the columns of parties and links hold a set per record or so. None if
        some kind has none saved, or they do not fit its ids."""
        found: dict[str, Counter[frozenset[str]]] = {}
        for kind, packed in self.packed.items():
            structure = self._structure(kind)
            if structure is None:
                return None
            numbers = array("I")
            try:
                numbers.frombytes(structure.sectors)
            except ValueError:
                return None
            if len(numbers) != len(packed.ids):
                return None
            counted = Counter(numbers)
            if counted and max(counted) >= len(structure.sets):
                return None
            sets: Counter[frozenset[str]] = Counter()
            for number, count in counted.items():
                sets[frozenset(structure.sets[number])] += count
            found[kind] = sets
        return found

    def _structure(self, kind: str) -> _SavedStructure | None:
        """A kind's columns as saved, decoded once; None if none were saved, or damaged."""
        decoded = self._decoded
        if kind not in decoded:
            try:
                decoded[kind] = _STRUCTURE_DECODER.decode(self.packed[kind].structure)
            except msgspec.DecodeError:  # none saved (nil), or damaged
                decoded[kind] = None
        return decoded[kind]

    @cached_property
    def _decoded(self) -> dict[str, _SavedStructure | None]:
        return {}


_DECODER = msgspec.msgpack.Decoder(_Saved)
_STRUCTURE_DECODER = msgspec.msgpack.Decoder(_SavedStructure)


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
    kinds = {kind: _pack(index) for kind, index in indexes.items()}
    for kind, columns in (structures or {}).items():
        if columns[0] != kinds[kind].ids:
            raise ValueError("the columns are saved for the ids of the words")
        kinds[kind].structure = msgspec.Raw(msgspec.msgpack.encode(_pack_columns(columns)))
    body = msgspec.msgpack.encode(_Saved(FORMAT, code_key(), content, kinds))
    payload = MAGIC + zlib.crc32(body).to_bytes(4, "little") + body
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        remove_leftovers(path, older_than=_LEFTOVER_SECONDS)
        mode = None if like is not None else 0o600
        write_atomically(path, payload, what="search index", like=like, mode=mode)
    except (OSError, DatabaseError):
        return False
    return True


def load(path: Path, kinds: Sequence[str], *, database_bytes: int) -> Found | None:
    """The index saved at ``path`` by this code, for exactly ``kinds``, for a database of
    ``database_bytes``; None if there is none, or it was made by other code, or it is
    damaged, or it is not a regular file of a size that database could make."""
    try:
        raw = read_regular(path, "search index", max_bytes=2 * database_bytes + _SLACK_BYTES)
    except (OSError, DatabaseError):
        return None
    if raw is None or not raw.startswith(MAGIC) or len(raw) < len(MAGIC) + 4:
        return None
    body = memoryview(raw)[len(MAGIC) + 4 :]
    if zlib.crc32(body) != int.from_bytes(raw[len(MAGIC) : len(MAGIC) + 4], "little"):
        return None
    try:
        saved = _DECODER.decode(body)
    except msgspec.DecodeError:
        return None
    if saved.format != FORMAT or saved.code != code_key() or set(saved.kinds) != set(kinds):
        return None
    indexes = {}
    for kind, packed in saved.kinds.items():
        index = _unpack(packed)
        if index is None:
            return None
        indexes[kind] = index
    return Found(saved.content, indexes, saved.kinds)


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
        [sorted(values) for values in numbered],
        *(numbers.tobytes() for numbers in packed[1:]),
    )


def _unpack_columns(packed: _SavedKind, structure: _SavedStructure) -> Columns | None:
    """The columns, or None if they do not fit the ids (a damaged or crafted file)."""
    size = len(packed.ids)
    sets = [frozenset(values) for values in structure.sets]
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
        if len(numbers) != size or (numbers and max(numbers) >= len(table)):
            return None
        columns.append(list(map(table.__getitem__, numbers)))
    status, sectors, countries, orgs, links = columns
    return (packed.ids, status, sectors, countries, orgs, links)


def _pack(index: WordIndex) -> _SavedKind:
    if index.position is not None or any(record_id is None for record_id in index.ids):
        raise ValueError("only an index as built (no record added or removed since) is saved")
    dense: list[int] = []
    bitsets: list[bytes] = []
    sparse, ends, ordinals = array("i"), array("q"), array("i")
    for number, postings in enumerate(index.postings):
        if isinstance(postings, int):
            dense.append(number)
            bitsets.append(postings.to_bytes((postings.bit_length() + 7) // 8, "little"))
        else:
            sparse.append(number)
            ordinals.extend(postings)
            ends.append(len(ordinals))
    return _SavedKind(
        [record_id for record_id in index.ids if record_id is not None],
        index.vocab,
        dense,
        bitsets,
        sparse.tobytes(),
        ends.tobytes(),
        ordinals.tobytes(),
    )


def _unpack(packed: _SavedKind) -> WordIndex | None:
    """The index, or None if the parts do not fit together (a damaged file)."""
    ids = packed.ids
    size, count = len(ids), len(packed.vocab)
    if not all(map(lt, ids, ids[1:])):
        return None  # ids are saved sorted, each once
    sparse, ends, ordinals = array("i"), array("q"), array("i")
    try:
        sparse.frombytes(packed.sparse)
        ends.frombytes(packed.ends)
        ordinals.frombytes(packed.ordinals)
    except ValueError:  # odd byte counts
        return None
    if len(sparse) != len(ends) or len(packed.dense) != len(packed.bitsets):
        return None
    # Every word once: as many distinct word numbers, all in range, as there are words.
    numbers = set(sparse)
    numbers.update(packed.dense)
    if len(numbers) != count or len(sparse) + len(packed.dense) != count:
        return None
    if numbers and (min(numbers) < 0 or max(numbers) >= count):
        return None
    starts = array("q", [0])
    starts.extend(ends[:-1])
    if any(map(gt, starts, ends)) or (ends[-1] if ends else 0) != len(ordinals):
        return None
    if ordinals and (min(ordinals) < 0 or max(ordinals) >= size):
        return None
    postings: list[Postings | None] = [None] * count
    for number, bits in zip(packed.dense, packed.bitsets, strict=True):
        value = int.from_bytes(bits, "little")
        if value.bit_length() > size:
            return None
        postings[number] = value
    pieces = map(ordinals.__getitem__, map(slice, starts, ends))
    for number, piece in zip(sparse, pieces, strict=True):
        postings[number] = piece
    return WordIndex(list(ids), packed.vocab, postings)  # type: ignore[arg-type]
