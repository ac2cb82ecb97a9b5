"""The word index of a large database, saved for the next session.

Building the words of 150,000 records takes seconds (``store.words``); reading
them back takes a tenth of that. A saved index is used only for exactly the
records it was built from and by exactly the code that built it: its key names
the database's content (``Backend.content_key``: the file's id and a digest of
its journal), a digest of this package's source, and the byte order. Anything
else — another state, a damaged or truncated file, another format — and it is
ignored and built again; it is a cache, never a source of facts.

The files live in the user's cache directory (platformdirs), one per database
path, written whole to a temporary file and renamed, readable by the user only.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from array import array
from collections.abc import Mapping
from functools import cache
from pathlib import Path

import msgspec
import platformdirs

from .words import Postings, WordIndex

FORMAT = "bilat-words/1"


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
    key: str
    kinds: dict[str, _SavedKind]


_DECODER = msgspec.msgpack.Decoder(_Saved)


def cache_file(database: str) -> Path:
    """Where the word index of the database at path ``database`` is saved."""
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


def full_key(content_key: str) -> str:
    return f"{FORMAT}|{code_digest()}|{sys.byteorder}|{content_key}"


def save(path: Path, key: str, indexes: Mapping[str, WordIndex]) -> bool:
    """Write ``indexes`` under ``key``; False (and nothing left behind) if it cannot."""
    kinds = {kind: _pack(index) for kind, index in indexes.items()}
    payload = msgspec.msgpack.encode(_Saved(FORMAT, key, kinds))
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, temporary = tempfile.mkstemp(prefix=".words-", dir=path.parent)
    except OSError:
        return False
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
        return False
    return True


def load(path: Path, key: str, sorted_ids: Mapping[str, list[str]]) -> dict[str, WordIndex] | None:
    """The indexes saved under ``key`` for records with exactly ``sorted_ids`` (by kind);
    None if there are none, or they are for other records, or the file is damaged."""
    try:
        saved = _DECODER.decode(path.read_bytes())
    except (OSError, msgspec.DecodeError):
        return None
    if saved.format != FORMAT or saved.key != key or set(saved.kinds) != set(sorted_ids):
        return None
    indexes = {}
    for kind, packed in saved.kinds.items():
        if packed.ids != sorted_ids[kind]:
            return None
        index = _unpack(packed)
        if index is None:
            return None
        indexes[kind] = index
    return indexes


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
