"""Reading a JSON file a person or a script made, refusing what orjson would lose silently.

orjson is fast, but of a key given twice in one object it keeps the last: a record's second
``"id"`` or a second ``"projects"`` list would replace the first without a word. A first pass
with the standard library's parser looks for that before orjson reads the file: it hands each
object's keys over as a list, before they become a dict, and builds nothing else (two thirds
of orjson's time). Only a file found wrong is read once more, to say where.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import orjson

from .errors import ImportFileError

JsonPath = tuple[str | int, ...]
SHOWN_CHARS = 60  # of a key or an id quoted in a message


class _Flaw(Exception):
    """Found by the first pass: the file is refused, once the place is known."""


class _Repeated(dict[str, Any]):
    """An object of the second pass that gives ``key`` twice (it keeps the last, as orjson)."""

    key = ""


def load_json(raw: bytes, where: str) -> Any:
    """The JSON value of ``raw`` (the file ``where``); ImportFileError naming it otherwise."""
    _refuse_repeated_keys(raw, where)
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise ImportFileError(f"{where}: not valid JSON ({exc})") from None


def _refuse_repeated_keys(raw: bytes, where: str) -> None:
    # Its own function: the decoded text (up to four times the file) is let go
    # before orjson builds the objects.
    text = _text_of(raw, where)
    try:
        json.loads(text, object_pairs_hook=_check_keys)
    except _Flaw:
        raise ImportFileError(f"{where}: {_describe_flaw(text)}") from None
    except json.JSONDecodeError as exc:
        raise ImportFileError(f"{where}: not valid JSON ({exc})") from None
    except RecursionError:
        raise ImportFileError(f"{where}: not valid JSON (nested too deeply)") from None


def _text_of(raw: bytes, where: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            f"{where}: not valid JSON (not UTF-8 text: byte {exc.start} is not UTF-8)"
        ) from None


def _check_keys(pairs: list[tuple[str, Any]]) -> None:
    # dict() of the pairs runs in C; nothing is kept: this pass only looks.
    if len(pairs) > 1 and len(dict(pairs)) != len(pairs):
        raise _Flaw


def _describe_flaw(text: str) -> str:
    """Where the first pass found its flaw: the file read again, keeping every object."""
    tree = json.loads(text, object_pairs_hook=_marked_object)
    for path, value in _walk(tree):
        if isinstance(value, _Repeated):
            return (
                f"{_place(tree, path)}: key {shown(value.key)} is given twice "
                "(only one would be kept); give it once"
            )
    return "a key is given twice in one object"  # not reached: the first pass found one


def _marked_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) == len(pairs):
        return obj
    # The first of each key is kept, so the place names the record as it first said.
    marked = _Repeated()
    for key, value in pairs:
        if key not in marked:
            marked[key] = value
        elif not marked.key:
            marked.key = key
    return marked


def _walk(tree: Any) -> Iterator[tuple[JsonPath, Any]]:
    """Every value of ``tree`` with its path, in the order of the file (no recursion: a
    file may nest as deep as the parser allows)."""
    stack: list[tuple[JsonPath, Any]] = [((), tree)]
    while stack:
        path, value = stack.pop()
        yield path, value
        if isinstance(value, dict):
            children = [((*path, key), child) for key, child in value.items()]
        elif isinstance(value, list):
            children = [((*path, index), child) for index, child in enumerate(value)]
        else:
            continue
        stack.extend(reversed(children))


def _place(tree: Any, path: JsonPath) -> str:
    """``projects[3] (record prj-a) field name``: a path in words, naming the record (an
    object with an ``id``, in a list) it goes through."""
    if not path:
        return "at the top level"
    words: list[str] = []
    field = ""
    node = tree
    for step in path:
        node = node[step]
        if isinstance(step, int):
            field += f"[{step}]"
        else:
            field += f".{step}" if field else step
        record_id = node.get("id") if isinstance(step, int) and isinstance(node, dict) else None
        if isinstance(record_id, str) and not words:
            words.append(f"{field} (record {cut(record_id)})")
            field = ""
    if field:
        words.append(f"field {cut(field)}" if words else cut(field))
    return " ".join(words)


def shown(text: str) -> str:
    """``text`` quoted for a message, cut short if it is long (a file may hold anything)."""
    return repr(cut(text))


def cut(text: str) -> str:
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"
