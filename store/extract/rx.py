"""Patterns compiled once, in a cache of the reader's own. The reader uses more distinct
patterns than ``re``'s own cache keeps (512): its rules' patterns and, per article, patterns
made of the article's names. In ``re``'s cache they pushed one another out and were compiled
again and again, a quarter of a long article's reading. Call ``rx.search(...)`` where
``re.search(...)`` would be called: the same arguments, the same result."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

Pattern = str | re.Pattern[str]


def compiled(pattern: Pattern, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled, once per process (while it is among the last 8,192 used)."""
    return _compiled(pattern, flags)


@lru_cache(maxsize=8192)
def _compiled(pattern: Pattern, flags: int) -> re.Pattern[str]:
    # both arguments always given: the cache keys ``compiled(p)`` and ``search(p, s)`` alike
    return re.compile(pattern, flags)


def search(pattern: Pattern, string: str, flags: int = 0) -> re.Match[str] | None:
    return compiled(pattern, flags).search(string)


def match(pattern: Pattern, string: str, flags: int = 0) -> re.Match[str] | None:
    return compiled(pattern, flags).match(string)


def fullmatch(pattern: Pattern, string: str, flags: int = 0) -> re.Match[str] | None:
    return compiled(pattern, flags).fullmatch(string)


def finditer(pattern: Pattern, string: str, flags: int = 0) -> Iterator[re.Match[str]]:
    return compiled(pattern, flags).finditer(string)


def findall(pattern: Pattern, string: str, flags: int = 0) -> list[Any]:
    return compiled(pattern, flags).findall(string)


def sub(
    pattern: Pattern,
    repl: str | Callable[[re.Match[str]], str],
    string: str,
    count: int = 0,
    flags: int = 0,
) -> str:
    return compiled(pattern, flags).sub(repl, string, count)


def split(pattern: Pattern, string: str, maxsplit: int = 0, flags: int = 0) -> list[str | Any]:
    return compiled(pattern, flags).split(string, maxsplit)
