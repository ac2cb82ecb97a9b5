"""Small file-system helpers shared by the database file and its journal."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EFBIG: "the file size limit was reached",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.EACCES: "permission denied",
    errno.EROFS: "the file system is read-only",
}


def write_failure(exc: OSError) -> str:
    """Why a write failed, in words a user can act on."""
    return _REASONS.get(exc.errno or 0, exc.strerror or str(exc))


def fsync_directory(directory: Path) -> None:
    """Make a rename or a new file in ``directory`` durable (best effort)."""
    with contextlib.suppress(OSError):
        dir_fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


class FileRefused(Exception):
    """A file a user named cannot be read as one: the message says why, the caller names it."""


_NOT_REGULAR = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them.

    Anything else is refused before a byte is read: a FIFO would block until someone
    writes to it, a device such as /dev/zero never ends, and a file over the limit would
    take the memory of the machine.
    """
    try:
        st = os.stat(path)
        _check_regular(st.st_mode, limit, st.st_size)
        # Non-blocking: a FIFO put in place since the stat must not hang the open.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        raise FileRefused("no such file") from None
    except OSError as exc:
        raise FileRefused(f"cannot read ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "rb") as handle:
            st = os.fstat(handle.fileno())
            _check_regular(st.st_mode, limit, st.st_size)
            data = handle.read(limit + 1)
    except OSError as exc:
        raise FileRefused(f"cannot read ({exc.strerror})") from None
    if len(data) > limit:  # it grew while read
        raise _too_large(limit)
    return data


def read_stream(stream: BinaryIO, limit: int) -> bytes:
    """At most ``limit`` bytes of ``stream`` (standard input, say ``< /dev/zero``)."""
    try:
        data = stream.read(limit + 1)
    except OSError as exc:
        raise FileRefused(f"cannot read ({exc.strerror})") from None
    if len(data) > limit:
        raise _too_large(limit)
    return data


def _check_regular(mode: int, limit: int, size: int) -> None:
    if stat.S_ISDIR(mode):
        raise FileRefused("is a directory, not a file")
    for test, kind in _NOT_REGULAR:
        if test(mode):
            raise FileRefused(f"is {kind}, not a regular file")
    if not stat.S_ISREG(mode):
        raise FileRefused("is not a regular file")
    if size > limit:
        raise _too_large(limit)


def _too_large(limit: int) -> FileRefused:
    return FileRefused(f"is larger than {size_in_words(limit)}, the most bilat reads")


def size_in_words(size: int) -> str:
    """``2 GiB``, ``64 MiB``, ``100 bytes``."""
    for unit, scale in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if size >= scale:
            return f"{size / scale:g} {unit}"
    return f"{size} bytes"
