"""Give the memory the process has freed back to the system.

The C library's allocator keeps the chunks a program frees for its later allocations. After
a burst of medium-sized objects made and let go at once, they stay counted in the process's
resident memory: reading a large saved word index back (unpacked into more than the file's
size, with as much again made on the way and freed) leaves tens of megabytes of such chunks,
right before the claims are laid out, which is when the explorer's memory peaks. glibc's
``malloc_trim`` returns them, in a few milliseconds. Where the C library has none (macOS, musl) this
does nothing.
"""

from __future__ import annotations

import ctypes
import functools
from collections.abc import Callable


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        return ctypes.CDLL(None).malloc_trim  # type: ignore[no-any-return]
    except (OSError, AttributeError):
        return None


def give_back() -> None:
    """Return freed heap memory to the system, if the C library can."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
