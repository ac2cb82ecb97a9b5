"""The writers' lock of a database file: one writer at a time, across processes.

Two locks are taken, always in this order, and both are ``flock`` locks, which the
system lets go when their holder ends, however it ends:

1. the lock file beside the database (``NAME.lock``). It is opened without following
   a symbolic link, created with ``O_EXCL`` and the database file's mode and group,
   and never truncated or removed;
2. the database's folder itself. Anyone who can write to a shared folder can delete
   the lock file while a writer holds it and make a new one, which a second writer
   would then lock: two writers at once, and a write lost. The folder cannot be
   swapped that way (only by whoever controls the folder above it). Writers of other
   databases in the same folder wait for each other too; a write takes milliseconds.

Where the file system cannot lock a folder (some network file systems), the lock
file is used alone, and checked, once held, to be still the file at its name.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from .errors import DatabaseError, ReadOnlyError
from .files import copy_permissions, open_regular, write_failure

LOCK_SUFFIX = ".lock"
# Failures of flock on a folder that mean "not here", not "held by someone".
_NO_FOLDER_LOCKS = frozenset(
    code
    for code in (
        errno.EBADF,
        errno.EINVAL,
        errno.ENOLCK,
        errno.EOPNOTSUPP,
        getattr(errno, "ENOTSUP", errno.EOPNOTSUPP),
        errno.EACCES,
        errno.EPERM,
    )
)


class LockTimeout(DatabaseError):
    """Another process held the database's lock for longer than the caller waits."""


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + LOCK_SUFFIX)


class WriterLock:
    """The lock every write to one database file takes. Re-entrant within a thread;
    other threads of the same process wait as other processes do."""

    def __init__(self, database: Path, timeout: float) -> None:
        self.database = database
        self.path = lock_path(database)
        self.timeout = timeout
        self._depth = threading.local()

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        """Hold the lock for the block (DatabaseError if it cannot be had in time)."""
        depth = getattr(self._depth, "value", 0)
        if depth:
            self._depth.value = depth + 1
            try:
                yield
            finally:
                self._depth.value = depth
            return
        fds = self._acquire()
        self._depth.value = 1
        try:
            yield
        finally:
            self._depth.value = 0
            for fd in reversed(fds):
                os.close(fd)  # lets the flock go

    def _acquire(self) -> list[int]:
        deadline = time.monotonic() + self.timeout
        try:
            file_fd = self._lock_file(deadline)
        except OSError as exc:
            raise ReadOnlyError(
                f"cannot lock database {self.database} ({write_failure(exc)}); nothing was written"
            ) from None
        try:
            folder_fd = self._lock_folder(deadline)
        except BaseException:
            os.close(file_fd)
            raise
        return [file_fd] if folder_fd is None else [file_fd, folder_fd]

    def _lock_file(self, deadline: float) -> int:
        while True:
            fd = self._open_file()
            try:
                _flock(fd, deadline, self)
                st, now = os.fstat(fd), _lstat(self.path)
            except BaseException:
                os.close(fd)
                raise
            if now is not None and (now.st_dev, now.st_ino) == (st.st_dev, st.st_ino):
                return fd
            os.close(fd)  # deleted or replaced while we waited: lock the one there now

    def _open_file(self) -> int:
        while True:
            try:
                fd = open_regular(self.path, os.O_RDWR, "lock file")
                self._mend(fd)
                return fd
            except FileNotFoundError:
                pass
            except PermissionError:
                # A colleague's lock file we may not write: locking needs only to read it.
                return open_regular(self.path, os.O_RDONLY, "lock file")
            try:
                create = os.O_RDWR | os.O_CREAT | os.O_EXCL
                fd = open_regular(self.path, create, "lock file", 0o666)
            except FileExistsError:
                continue  # another writer made it just now
            if self.database.exists():
                copy_permissions(self.database, fd)
            return fd

    def _mend(self, fd: int) -> None:
        """A world-writable lock file of ours (earlier versions made them so) takes the
        database file's mode and group."""
        st = os.fstat(fd)
        if st.st_uid == os.geteuid() and st.st_mode & 0o002 and self.database.exists():
            copy_permissions(self.database, fd)

    def _lock_folder(self, deadline: float) -> int | None:
        try:
            fd = os.open(self.database.parent, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        except OSError:
            return None
        try:
            _flock(fd, deadline, self)
        except OSError as exc:
            os.close(fd)
            if exc.errno in _NO_FOLDER_LOCKS:
                return None
            raise
        except BaseException:
            os.close(fd)
            raise
        return fd


def _flock(fd: int, deadline: float, lock: WriterLock) -> None:
    pause = 0.002
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            pass
        if time.monotonic() >= deadline:
            raise LockTimeout(
                f"database {lock.database} stayed locked by another process for "
                f"{lock.timeout:.0f} s; nothing was written"
            )
        time.sleep(pause)
        pause = min(pause * 2, 0.05)


def _lstat(path: Path) -> os.stat_result | None:
    try:
        return os.lstat(path)
    except OSError:
        return None
