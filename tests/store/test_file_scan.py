"""The offsets of a compactly written table, worked out a step at a time."""

from __future__ import annotations

import json
from array import array

import pytest

from bilat.store import file_scan, steps


@pytest.fixture(autouse=True)
def short_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    """Steps of 3 entries: every table below spans several, with a remainder."""
    monkeypatch.setattr(file_scan, "STEP", 3)
    monkeypatch.setattr(steps, "STEP", 3)


@pytest.mark.parametrize("keys", [["a1", "b22", "c", "d4444", "e", "f6", "g"], ['q"x', "é", "z"]])
def test_offsets_point_at_each_value(keys: list[str]) -> None:
    values = {key: {"n": index, "pad": "x" * index} for index, key in enumerate(keys)}
    text = "--" + json.dumps(values, separators=(",", ":"), ensure_ascii=False)
    raw = text.encode()
    start = 2
    lengths = array(
        "q", (len(json.dumps(v, separators=(",", ":")).encode()) for v in values.values())
    )
    offsets, end = file_scan.compact_offsets(
        start, [json.loads(json.dumps(k)) for k in keys], lengths
    )
    # The JSON key lengths: a key with a quote or a non-ASCII letter is longer in the file.
    for key, offset, length in zip(keys, offsets, lengths, strict=True):
        assert json.loads(raw[offset : offset + length]) == values[key]
    assert raw[end : end + 1] == b"}"
