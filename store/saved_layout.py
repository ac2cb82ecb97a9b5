"""Where the records of a large database file lie, saved beside it for the next start.

Reading a large file lazily (``store.storage``) first parses all of it to find where
each table and each record lies: most of a start's time at 100,000 projects. What it
finds — the file's tables and, for each table kept in the file, its records' ids and
lengths in file order — is saved here (``NAME.layout``), so the next start reads that
and the records on its first screen, not the whole file.

A saved layout names the file it describes (its inode, size and modification time,
which change whenever the file is replaced or rewritten); for any other file it is
stale and not used. It is a cache, never a source of facts, and anyone who can write
to a shared folder can put something there. So it is read only from a regular file
(not through a symbolic link, never a FIFO) of a size that file could make; its bytes
carry a CRC; and what it says is checked against the file as far as it is cheap: the
offsets follow from the ids and lengths as compact JSON lays them out (only a file
written compactly, as bilat writes, has its layout saved), each table's lengths must
end exactly where its "}" is, those braces and the first bytes of records picked
through each table are looked at. A record read from it must still decode, with its
own id (``store.file_table``); one that does not makes the reader find that table's
layout from the file itself, as a start without a saved layout does
(``Layout.verify``), and the saved layout is removed.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import zlib
from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeAlias

import msgspec
import platformdirs

from .errors import DatabaseError
from .files import read_regular, refusal, remove_leftovers, what_is_at, write_atomically
from .steps import at_least, decoded, pieces

FORMAT = "bilat-layout/2"
SUFFIX = ".layout"
MAGIC = b"bilat-layout\n"
# A layout is a small part of its file; one larger than this share is not read.
_MAX_SHARE = 4
_LEFTOVER_SECONDS = 600
# A table's ids are saved in pieces of this many, each decoded in a call of its own, and
# its lengths checked a step at a time (``store.steps``): the claims' and sources' tables
# are laid out in a worker after the first screen, beside the screen's own thread.
KEYS_PIECE = 4096

# A file: (inode, size, modification time in nanoseconds).
Identity = tuple[int, int, int]
# An object's keys and the lengths of their values, in file order.
Keyed: TypeAlias = tuple[list[str], "array[int]"]


class _Keyed(msgspec.Struct, array_like=True):
    keys: list[list[str]]  # in pieces (``steps.pieces``)
    lengths: bytes  # array('q')


class _ReadKeyed(msgspec.Struct, array_like=True):
    """A table's ``_Keyed`` as read: its pieces left as they are until each is decoded."""

    keys: list[msgspec.Raw]
    lengths: bytes


class _Saved(msgspec.Struct, array_like=True):
    format: str
    byteorder: str
    file: tuple[int, int, int]
    top: _Keyed  # the file's tables
    # Each table kept in the file: its records, encoded apart (decoded when laid out: the
    # claims' and sources' after the first screen).
    tables: dict[str, bytes]


_DECODER = msgspec.msgpack.Decoder(_Saved)
_KEYED = msgspec.msgpack.Decoder(_ReadKeyed)
_KEYS = msgspec.msgpack.Decoder(list[str])


@dataclass
class Found:
    """A saved layout of the file it was read for."""

    top: Keyed
    _tables: dict[str, bytes]

    @property
    def table_names(self) -> set[str]:
        return set(self._tables)

    def table(self, name: str) -> Keyed | None:
        """The ids and lengths of a table's records in file order; None if the saved bytes
        do not decode as such (the caller then reads the file)."""
        raw = self._tables.get(name)
        if raw is None:
            return None
        try:
            saved = _KEYED.decode(raw)
        except msgspec.DecodeError:
            return None
        return _keyed(decoded(saved.keys, _KEYS), saved.lengths)


def _keyed(keys: list[str] | None, saved_lengths: bytes) -> Keyed | None:
    lengths = array("q")
    try:
        lengths.frombytes(saved_lengths)
    except ValueError:
        return None
    if keys is None or len(lengths) != len(keys) or not at_least(lengths, 2):
        return None  # a record is at least "{}"
    return keys, lengths


def beside(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


def cache_file(database: Path) -> Path:
    """Where it is saved when the database's folder cannot be written."""
    name = hashlib.sha256(os.path.abspath(database).encode()).hexdigest()[:32]
    return Path(platformdirs.user_cache_dir("bilat", appauthor=False)) / "layout" / f"{name}.bin"


def places(database: Path) -> list[Path]:
    """Where a layout of ``database`` is looked for, in order."""
    return [beside(database), cache_file(database)]


def load(path: Path, identity: Identity) -> Found | None:
    """The layout saved at ``path`` for the file ``identity``; None if there is none, or it
    is for another file (stale), damaged, of another format, or not a regular file."""
    try:
        raw = read_regular(path, "saved layout", max_bytes=identity[1] // _MAX_SHARE + 4096)
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
    if saved.format != FORMAT or saved.byteorder != _byteorder() or saved.file != identity:
        return None
    top = _keyed([key for piece in saved.top.keys for key in piece], saved.top.lengths)
    if top is None or len(set(top[0])) != len(top[0]):
        return None
    return Found(top, saved.tables)


def save(
    path: Path,
    identity: Identity,
    top: Keyed,
    tables: Mapping[str, Keyed],
    *,
    like: Path | None = None,
) -> bool:
    """Write the layout of the file ``identity`` at ``path`` (with the permissions of
    ``like``, else readable by the user only); False if it cannot be written. Something
    that is not a regular file at ``path`` is refused (SideFileError), not replaced."""
    found = what_is_at(path)
    if found is not None:
        raise refusal("saved layout", path, found)
    encoded = {
        name: msgspec.msgpack.encode(_Keyed(pieces(keys, KEYS_PIECE), lengths.tobytes()))
        for name, (keys, lengths) in tables.items()
    }
    top_keys = _Keyed(pieces(top[0], KEYS_PIECE), top[1].tobytes())
    saved = _Saved(FORMAT, _byteorder(), identity, top_keys, encoded)
    body = msgspec.msgpack.encode(saved)
    payload = MAGIC + zlib.crc32(body).to_bytes(4, "little") + body
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        remove_leftovers(path, older_than=_LEFTOVER_SECONDS)
        mode = None if like is not None else 0o600
        write_atomically(path, payload, what="saved layout", like=like, mode=mode)
    except (OSError, DatabaseError):
        return False
    return True


def remove(paths: Sequence[Path]) -> None:
    """Remove saved layouts found wrong (never what a symbolic link there points at)."""
    for path in paths:
        if what_is_at(path) is None:
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)


def _byteorder() -> str:
    return sys.byteorder
