"""The reader's own pattern cache: ``rx.search`` and the rest answer as ``re``'s functions
do, and a pattern is compiled once however it is asked for."""

from __future__ import annotations

import re

from bilat.store.extract import rx


def span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return None if match is None else match.span()


def test_each_function_answers_as_re_does() -> None:
    text = "Une usine de 2 000 emplois à Oran, inaugurée en 2024 ; a plant at Oran."
    cases = [
        (r"\b\d[\d ]*\d\b", 0),
        (r"oran", re.IGNORECASE),
        (r"(?<![\w-])Oran(?![\w-])", 0),
    ]
    for pattern, flags in cases:
        assert span(rx.search(pattern, text, flags)) == span(re.search(pattern, text, flags))
        assert [m.span() for m in rx.finditer(pattern, text, flags)] == [
            m.span() for m in re.finditer(pattern, text, flags)
        ]
        assert rx.findall(pattern, text, flags) == re.findall(pattern, text, flags)
        assert rx.split(pattern, text, flags=flags) == re.split(pattern, text, flags=flags)
        assert rx.sub(pattern, "X", text, flags=flags) == re.sub(pattern, "X", text, flags=flags)
        assert rx.sub(pattern, lambda m: m.group().upper(), text, 1, flags) == re.sub(
            pattern, lambda m: m.group().upper(), text, count=1, flags=flags
        )
    assert rx.match(r"Une", text) is not None and rx.match(r"usine", text) is None
    assert rx.fullmatch(r"[\w ]+", "Une usine") is not None
    assert rx.fullmatch(r"[\w ]+", "Une usine.") is None


def test_a_pattern_is_compiled_once_however_it_is_asked_for() -> None:
    pattern = r"\bnever used by the reader (?:before|since) this test\b"
    first = rx.compiled(pattern)
    assert rx.compiled(pattern, 0) is first
    assert rx.search(pattern, "it was never used by the reader before this test") is not None
    assert rx.compiled(pattern) is first
    assert rx.compiled(pattern, re.IGNORECASE) is not first  # other flags, another pattern
