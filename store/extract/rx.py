"""Patterns compiled once. The reader passes more distinct patterns than ``re``'s own cache
keeps (512): the lexicons' words, the sectors', the units', the status cues'. Passed as
strings they pushed one another out of that cache and were compiled again on every article,
most of a long article's reading time."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=4096)
def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled, once per process."""
    return re.compile(pattern, flags)
