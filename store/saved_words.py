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
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

import msgspec
import platformdirs

from .journal import copy_permissions
from .words import Postings, WordIndex

FORMAT = "bilat-words/2"
SUFFIX = ".words"


class _SavedKind(msgspec.Struct, array_like=True):
    ids: list[str]
    vocab: list[str]
    dense: list[int]  # word numbers whose postings are a bitset
    bitsets: list[bytes]  # those bitsets, little-endian
    sparse: bytes  # array('i'): word numbers whose postings are an array, in order
    ends: bytes  # array('q'): where each of those arrays ends in ``ordinals``
    ordinals: bytes  # array('i'): the arrays, one after the other


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


_DECODER = msgspec.msgpack.Decoder(_Saved)


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
    path: Path, content: str, indexes: Mapping[str, WordIndex], *, like: Path | None = None
) -> bool:
    """Write ``indexes``, built from the records named ``content``, with the permissions
    of the file ``like`` (else readable by the user only); False (and nothing left
    behind) if it cannot."""
    kinds = {kind: _pack(index) for kind, index in indexes.items()}
    payload = msgspec.msgpack.encode(_Saved(FORMAT, code_key(), content, kinds))
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, temporary = tempfile.mkstemp(prefix=".words-", dir=path.parent)
    except OSError:
        return False
    try:
        with os.fdopen(handle, "wb") as out:
            if like is not None:
                copy_permissions(like, out.fileno())
            out.write(payload)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
        return False
    return True


def load(path: Path, kinds: Sequence[str]) -> Found | None:
    """The index saved at ``path`` by this code, for exactly ``kinds``; None if there is
    none, or it was made by other code, or it is damaged."""
    try:
        saved = _DECODER.decode(path.read_bytes())
    except (OSError, msgspec.DecodeError):
        return None
    if saved.format != FORMAT or saved.code != code_key() or set(saved.kinds) != set(kinds):
        return None
    indexes = {}
    for kind, packed in saved.kinds.items():
        index = _unpack(packed)
        if index is None:
            return None
        indexes[kind] = index
    return Found(saved.content, indexes)


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
    size = len(packed.ids)
    if any(a >= b for a, b in pairwise(packed.ids)):
        return None  # ids are saved sorted, each once
    postings: list[Postings | None] = [None] * len(packed.vocab)
    try:
        sparse, ends, ordinals = array("i"), array("q"), array("i")
        sparse.frombytes(packed.sparse)
        ends.frombytes(packed.ends)
        ordinals.frombytes(packed.ordinals)
        if len(sparse) != len(ends) or len(packed.dense) != len(packed.bitsets):
            return None
        for number, bits in zip(packed.dense, packed.bitsets, strict=True):
            value = int.from_bytes(bits, "little")
            if value.bit_length() > size:
                return None
            postings[number] = value
        start = 0
        for number, end in zip(sparse, ends, strict=True):
            if end < start:
                return None
            postings[number] = ordinals[start:end]
            start = end
    except (ValueError, IndexError):  # odd byte counts, word numbers out of range
        return None
    if start != len(ordinals) or any(p is None for p in postings):
        return None
    if ordinals and (min(ordinals) < 0 or max(ordinals) >= size):
        return None
    return WordIndex(list(packed.ids), packed.vocab, postings)  # type: ignore[arg-type]
