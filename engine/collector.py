"""The garbage collector's policy while databases are decoded: a process-wide choice, made
here and not in the data layer.

Decoding a large file allocates millions of objects and none of them is garbage: a
collection pass in the middle would only walk them all, several times. They live as
long as the snapshot, so afterwards they are moved out of the collector's young
generations (``gc.freeze``), or its next pass walks every one of them, a pause the
explorer shows as a frozen screen.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Decode without the cyclic collector, then keep it off what was decoded."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
        gc.freeze()
    finally:
        if collecting:
            gc.enable()


def settle() -> None:
    """What was just made (a patched snapshot's tables and indexes, copies of dictionaries
    and lists of every record) lives on: keep the collector's passes off it."""
    gc.freeze()
