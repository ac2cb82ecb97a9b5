"""File-system helpers for the files bilat keeps beside a database, and for exports.

A database's folder may be shared: a colleague, or anyone who can write to it, may
put a symbolic link, a FIFO or a device where bilat expects its journal, lock, search
index or temporary file. Opened naively, a symbolic link makes bilat create or
truncate a file wherever it points, with the rights of whoever runs bilat; a FIFO
hangs it; ``/dev/zero`` eats its memory. So every such file is opened here:

* without following a symbolic link (``O_NOFOLLOW``), and created with ``O_EXCL``
  (a name that appears in between is never written through);
* non-blocking while it is checked to be a regular file, so a FIFO does not hang;
* refused, if it is anything else, with :class:`SideFileError`, one line naming the
  path and what is there. Nothing is created or truncated anywhere else.

Files written whole (the database, an export, the search index) go to a temporary
file in the same folder, then a rename, which replaces whatever name is there
without writing through it.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import DatabaseError

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EFBIG: "the file size limit was reached",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the file system is read-only",
    errno.EISDIR: "it is a directory",
    errno.ENOENT: "its folder does not exist",
    errno.ENOTDIR: "a part of its path is not a folder",
}
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_NOCTTY = getattr(os, "O_NOCTTY", 0)
# The mark of temporary files: ``.NAME.<random>.tmp`` beside ``NAME``.
TEMPORARY_SUFFIX = ".tmp"
# Files written piece by piece go to disk in pieces of this size.
_WRITE_BUFFER = 1 << 20


class SideFileError(DatabaseError):
    """Something that is not a regular file stands where bilat keeps one of its files."""


def write_failure(exc: OSError) -> str:
    """Why a write failed, in words a user can act on."""
    return _REASONS.get(exc.errno or 0, exc.strerror or str(exc))


def fsync_directory(directory: Path) -> None:
    """Make a rename or a new file in ``directory`` durable (best effort)."""
    with contextlib.suppress(OSError):
        dir_fd = os.open(directory, os.O_RDONLY | _CLOEXEC)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def what_is_at(path: Path) -> str | None:
    """What stands at ``path`` if it is not a regular file, in words ("a symbolic link to
    /x", "a FIFO"…); None for a regular file or nothing."""
    try:
        st = os.lstat(path)
    except OSError:
        return None
    return _kind(st.st_mode, path)


def _kind(mode: int, path: Path) -> str | None:
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISLNK(mode):
        try:
            return f"a symbolic link to {os.readlink(path)}"
        except OSError:
            return "a symbolic link"
    kinds = (
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    )
    return next((name for test, name in kinds if test(mode)), "not a regular file")


def refusal(what: str, path: Path, found: str) -> SideFileError:
    """The one-line message for a ``what`` (journal, lock file…) that is not a file."""
    return SideFileError(
        f"{what} {path} is {found}, not a regular file; bilat does not follow or write "
        "through it, and wrote nothing — remove it (or ask who put it there) and try again"
    )


def open_regular(path: Path, flags: int, what: str, mode: int = 0o600) -> int:
    """Open ``path`` (``flags``: os.O_RDONLY, os.O_RDWR, with os.O_CREAT | os.O_EXCL to
    create) as a regular file, never through a symbolic link, never hanging on a FIFO.

    FileNotFoundError and FileExistsError pass through (the caller decides); anything
    that is not a regular file raises :class:`SideFileError`; other failures OSError.
    """
    try:
        fd = os.open(path, flags | _NOFOLLOW | _CLOEXEC | _NONBLOCK | _NOCTTY, mode)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.EISDIR, errno.ENXIO, errno.ENODEV):
            raise refusal(what, path, what_is_at(path) or "not a regular file") from None
        raise
    try:
        st = os.fstat(fd)
        found = _kind(st.st_mode, path)
        if found is not None:
            raise refusal(what, path, found)
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_regular(path: Path, what: str, *, max_bytes: int | None = None) -> bytes | None:
    """The bytes of the regular file at ``path``; None if there is none, or it is larger
    than ``max_bytes`` (a cache that is not worth reading). SideFileError for anything
    that is not a regular file."""
    try:
        fd = open_regular(path, os.O_RDONLY, what)
    except FileNotFoundError:
        return None
    with os.fdopen(fd, "rb") as handle:
        if max_bytes is not None and os.fstat(fd).st_size > max_bytes:
            return None
        return handle.read()


def write_atomically(
    path: Path,
    payload: bytes,
    *,
    what: str = "database",
    like: Path | None = None,
    mode: int | None = None,
) -> None:
    """Replace ``path`` with ``payload`` so readers see the old or the new file, never a mix.

    The new file has ``mode``, or else the mode and group of ``like`` (default: the file
    it replaces), else the umask's. A symbolic link at ``path`` is replaced, never
    written through. On any failure the temporary file is removed, ``path`` stays as it
    was, and DatabaseError says why.
    """
    with atomic_file(path, what=what, like=like, mode=mode) as handle:
        handle.write(payload)


@contextlib.contextmanager
def atomic_file(
    path: Path,
    *,
    what: str = "database",
    like: Path | None = None,
    mode: int | None = None,
) -> Iterator[BinaryIO]:
    """A file to write ``path``'s new content into, piece by piece: a temporary file in
    its folder, fsynced and renamed over ``path`` when the block ends, removed (``path``
    left as it was) if the block raises. As ``write_atomically`` otherwise."""
    directory = path.parent
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=TEMPORARY_SUFFIX, dir=directory
        )
    except OSError as exc:
        raise DatabaseError(
            f"could not write {what} {path}: cannot create a temporary file in "
            f"{directory} ({write_failure(exc)}); {path.name} was left as it was"
        ) from None
    try:
        try:
            with os.fdopen(fd, "wb", buffering=_WRITE_BUFFER) as handle:
                if mode is not None:
                    os.fchmod(handle.fileno(), mode)
                else:
                    _copy_permissions(like or path, handle.fileno())
                yield handle
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp_name, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
            raise
    except OSError as exc:
        raise DatabaseError(
            f"could not write {what} {path}: {write_failure(exc)}; the file was left as it was"
        ) from None
    fsync_directory(directory)


def _copy_permissions(original: Path, fd: int) -> None:
    """Keep the mode (and group) of a shared file across the rename; a new file (or one
    replacing something that is no regular file) honours the umask."""
    try:
        st = os.lstat(original)
    except OSError:
        st = None
    if st is None or not stat.S_ISREG(st.st_mode):
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)
        return
    os.fchmod(fd, st.st_mode & 0o7777)
    with contextlib.suppress(OSError):
        os.fchown(fd, -1, st.st_gid)


def copy_permissions(like: Path, fd: int) -> None:
    """A shared database's journal, lock file and search index must be as readable and
    writable, by the same group, as the database file (never executable)."""
    with contextlib.suppress(OSError):
        st = os.stat(like)
        os.fchmod(fd, st.st_mode & 0o666)
        os.fchown(fd, -1, st.st_gid)


def remove_leftovers(path: Path, *, older_than: float = 0.0) -> None:
    """Remove the temporary files a killed writer left beside ``path`` (``.NAME.*.tmp``),
    those last changed ``older_than`` seconds ago or more. (Unlinking a name never
    touches what a symbolic link there points at.)"""
    pattern = f".{glob.escape(path.name)}.*{TEMPORARY_SUFFIX}"
    now = time.time()
    for leftover in path.parent.glob(pattern):
        with contextlib.suppress(OSError):
            st = os.lstat(leftover)
            if now - st.st_mtime >= older_than:
                leftover.unlink()


class FileRefused(Exception):
    """A file a user named cannot be read as one: the message says why, the caller names it."""


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them.

    Anything else is refused before a byte is read: a FIFO would block until someone
    writes to it, a device such as /dev/zero never ends, and a file over the limit would
    take the memory of the machine.
    """
    fd = open_user_file(path, limit)
    try:
        with os.fdopen(fd, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise FileRefused(f"cannot read ({exc.strerror})") from None
    if len(data) > limit:  # it grew while read
        raise _too_large(limit)
    return data


def open_user_file(path: Path, limit: int) -> int:
    """The regular file at ``path`` (one the user named), open to read, if it holds at
    most ``limit`` bytes; FileRefused otherwise, before a byte is read (see
    ``read_regular_file``)."""
    try:
        st = os.stat(path)
        _check_regular(st.st_mode, limit, st.st_size)
        # Non-blocking: a FIFO put in place since the stat must not hang the open.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | _CLOEXEC)
    except FileNotFoundError:
        raise FileRefused("no such file") from None
    except OSError as exc:
        raise FileRefused(f"cannot read ({exc.strerror})") from None
    try:
        st = os.fstat(fd)
        _check_regular(st.st_mode, limit, st.st_size)
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


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
    found = _kind(mode, Path())
    if found is not None:
        raise FileRefused(f"is {found}, not a regular file")
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
