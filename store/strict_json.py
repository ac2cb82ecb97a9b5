"""Reading a JSON file a person or a script made, refusing what orjson would lose silently.

orjson is fast, but of a key given twice in one object it keeps the last (a record's second
``"id"`` or a second ``"projects"`` list would replace the first without a word), and it
turns a whole number beyond 64 bits into an approximate float. A first pass with the
standard library's parser looks for those before orjson reads the file: it hands each
object's keys over as a list, before they become a dict, and each number as its digits,
and builds nothing (about two thirds of orjson's time). It refuses NaN and Infinity and a
number beyond a float too, which orjson refuses without saying where. Only a file found
wrong is read once more, to say where: ``projects[3] (record prj-a) field jobs[0].value``.
"""

from __future__ import annotations

import codecs
import json
import math
from collections.abc import Iterator
from typing import Any

import orjson

from .errors import ImportFileError
from .text import shortened

JsonPath = tuple[str | int, ...]
# The whole numbers orjson (and the database file) keep exactly.
SMALLEST_INTEGER = -(2**63)
LARGEST_INTEGER = 2**64 - 1


class _Flaw(Exception):
    """Found by the first pass: the file is refused, once the place is known."""


class _Repeated(dict[str, Any]):
    """An object of the second pass that gives ``key`` twice."""

    key = ""


class _Refused:
    """A value of the second pass that the file may not hold, and why."""

    def __init__(self, problem: str) -> None:
        self.problem = problem


def load_json(raw: bytes, where: str) -> Any:
    """The JSON value of ``raw`` (the file ``where``); ImportFileError naming it otherwise."""
    _look_for_flaws(raw, where)
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise ImportFileError(f"{where}: not valid JSON ({exc})") from None


def check_part(raw: bytes, where: str, kind: str, index: int) -> None:
    """The checks of ``load_json`` on one record of a bundle read record by record
    (``kind[index]``): ImportFileError naming the file, the record and the field."""
    _look_for_flaws(raw, where, (kind, index))


def _look_for_flaws(raw: bytes, where: str, at: JsonPath = ()) -> None:
    # Its own function: the decoded text (up to four times the file) is let go
    # before orjson builds the objects.
    text = _text_of(raw, where)
    try:
        json.loads(
            text,
            object_pairs_hook=_check_keys,
            parse_int=_check_integer,
            parse_float=_check_float,
            parse_constant=_refuse_constant,
        )
    except _Flaw:
        raise ImportFileError(f"{where}: {_describe_flaw(text, at)}") from None
    except json.JSONDecodeError as exc:
        raise ImportFileError(f"{where}: not valid JSON ({exc})") from None
    except RecursionError:
        raise ImportFileError(f"{where}: not valid JSON (nested too deeply)") from None


def _text_of(raw: bytes, where: str) -> str:
    if not raw or raw.isspace():
        raise ImportFileError(f"{where}: not valid JSON (the file is empty)")
    if raw.startswith(codecs.BOM_UTF8):
        raise ImportFileError(
            f"{where}: not valid JSON (it starts with a byte order mark, BOM): "
            "save it as UTF-8 without BOM"
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            f"{where}: not valid JSON (not UTF-8 text: byte {exc.start} is not UTF-8)"
        ) from None


# -- the first pass: it only looks --------------------------------------------------------


def _check_keys(pairs: list[tuple[str, Any]]) -> None:
    # dict() of the pairs runs in C; nothing is kept.
    if len(pairs) > 1 and len(dict(pairs)) != len(pairs):
        raise _Flaw


def _check_integer(digits: str) -> None:
    if len(digits) > 18 and integer_problem(digits):
        raise _Flaw


def _check_float(digits: str) -> None:
    if float_problem(digits):
        raise _Flaw


def _refuse_constant(name: str) -> None:
    raise _Flaw


def integer_problem(digits: str) -> str | None:
    """Why a whole number cannot be kept as written, or None."""
    # Up to 18 digits always fit; beyond 21 characters, never (nor int() past 4,300 digits).
    if len(digits) <= 18 or (
        len(digits) <= 21 and SMALLEST_INTEGER <= int(digits) <= LARGEST_INTEGER
    ):
        return None
    return f"the whole number {shortened(digits)} is beyond 64 bits: it cannot be kept exactly"


def float_problem(digits: str) -> str | None:
    """Why a number with a fraction or an exponent cannot be kept, or None."""
    if math.isfinite(float(digits)):
        return None
    return f"the number {shortened(digits)} is too large (the largest is about 1.8e308)"


def constant_problem(name: str) -> str:
    return f"{name} is not a number JSON allows: write null, or leave the field out"


# -- the second pass: where is the flaw? --------------------------------------------------


def _describe_flaw(text: str, at: JsonPath = ()) -> str:
    """Where the first pass found its flaw: the file (or the part of it at path ``at``)
    read again, keeping every value."""
    part = json.loads(
        text,
        object_pairs_hook=_marked_object,
        parse_int=_marked_integer,
        parse_float=_marked_float,
        parse_constant=lambda name: _Refused(constant_problem(name)),
    )
    tree = _Placed(at, part) if at else part
    for path, value in _walk(part):
        path = at + path
        if isinstance(value, _Repeated):
            return (
                f"{_place(tree, path)}: key {shown(value.key)} is given twice "
                "(only one would be kept); give it once"
            )
        if isinstance(value, _Refused):
            return f"{_place(tree, path)}: {value.problem}"
    return "a key or a number in it cannot be read as written"  # not reached


class _Placed:
    """A part of a file as if in its place: ``tree[a][b]…`` for its path ``at`` gives it
    (what ``_place`` reads to name the record it is in)."""

    def __init__(self, at: JsonPath, part: Any) -> None:
        self._at = at
        self._part = part

    def __getitem__(self, step: str | int) -> Any:
        assert step == self._at[0]
        return self._part if len(self._at) == 1 else _Placed(self._at[1:], self._part)


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


def _marked_integer(digits: str) -> int | _Refused:
    problem = integer_problem(digits)
    return _Refused(problem) if problem else int(digits)


def _marked_float(digits: str) -> float | _Refused:
    problem = float_problem(digits)
    return _Refused(problem) if problem else float(digits)


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
            words.append(f"{field} (record {shortened(record_id)})")
            field = ""
    if field:
        words.append(f"field {shortened(field)}" if words else shortened(field))
    return " ".join(words)


def shown(text: str) -> str:
    """``text`` quoted for a message, cut short if it is long (a file may hold anything)."""
    return repr(shortened(text))
