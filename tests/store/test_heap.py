"""Freed memory is given back to the system where the C library can (glibc)."""

from __future__ import annotations

import platform

import pytest

from bilat.store import heap


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="malloc_trim is glibc's")
def test_freed_chunks_leave_the_resident_memory() -> None:
    def resident_kb() -> int:
        with open("/proc/self/status") as status:
            line = next(line for line in status if line.startswith("VmRSS:"))
        return int(line.split()[1])

    assert heap._malloc_trim() is not None
    # Medium-sized objects (below the size glibc maps on its own) made, then a few kept
    # at the top of the heap so that plain frees cannot shrink it from the end.
    made = [bytes(20_000) for _ in range(5_000)]  # ~100 MB
    kept = made[-10:]
    del made
    before = resident_kb()
    heap.give_back()
    after = resident_kb()
    assert before - after > 50_000, (before, after)
    assert len(kept) == 10


def test_giving_back_twice_is_harmless() -> None:
    heap.give_back()
    heap.give_back()
