"""The exchange format: ``{"schema": "bilat/1", "sources": [...], ..., "claims": [...]}``.

Reading a file gives decoded records tagged with where they came from, so any
error can name the file, the record id and the field. Writing gives the same
shape, without the store's revision numbers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec
import orjson

from .errors import ImportFileError, RecordError
from .files import FileRefused, read_regular_file
from .models import ADDED_SINCE_FIRST, KINDS, Record
from .strict_json import load_json
from .validate import decode

SCHEMA = "bilat/1"
# Keys an import reads past: ``view`` says which view an export holds and when.
IGNORED_KEYS = ("view",)
# Larger than any real bundle (100,000 projects: 360 MB), small enough to refuse a mistake
# (a disk image, a log) before it takes the memory of the machine.
MAX_IMPORT_BYTES = 2 * 1024**3


@dataclass(frozen=True)
class Incoming:
    """One decoded record and where it was read."""

    kind: str
    record: Record
    where: str
    index: int | None = None  # its place in its kind's list (None: a record made in code)

    @property
    def found_at(self) -> str:
        """``file.json projects[3]``: where to look for it."""
        return self.where if self.index is None else f"{self.where} {self.kind}[{self.index}]"


def read_bundle_file(path: Path) -> list[Incoming]:
    """Every record of one import file, decoded; ImportFileError or RecordError otherwise."""
    try:
        raw = read_regular_file(path, MAX_IMPORT_BYTES)
    except FileRefused as exc:
        raise ImportFileError(f"{path}: {exc}") from None
    return parse_bundle(load_json(raw, str(path)), str(path))


def parse_bundle(data: Any, where: str) -> list[Incoming]:
    """Records of an already-parsed bundle object."""
    if not isinstance(data, dict):
        raise ImportFileError(
            f"{where}: expected an object with keys schema, {', '.join(KINDS)}; "
            f"found a JSON {type(data).__name__}"
        )
    schema = data.get("schema", SCHEMA)
    if schema != SCHEMA:
        raise ImportFileError(f"{where}: schema is {schema!r}; this bilat reads {SCHEMA!r}")
    unknown = sorted(set(data) - {"schema", *IGNORED_KEYS, *KINDS})
    if unknown:
        raise ImportFileError(
            f"{where}: unknown key(s) {', '.join(map(repr, unknown))}; "
            f"expected schema, {', '.join(KINDS)}"
        )
    incoming: list[Incoming] = []
    for kind in KINDS:
        docs = data.get(kind, [])
        if not isinstance(docs, list):
            raise ImportFileError(f"{where}: {kind!r} must be a list of records")
        for index, doc in enumerate(docs):
            incoming.append(Incoming(kind, decode_document(kind, index, doc, where), where, index))
    return incoming


def decode_document(kind: str, index: int, doc: Any, where: str) -> Record:
    """The record of ``doc``, ``kind[index]`` of the file ``where`` (its ``rev`` ignored:
    revisions belong to the database); ImportFileError or RecordError otherwise."""
    if not isinstance(doc, dict):
        raise ImportFileError(f"{where}: {kind}[{index}] is not an object")
    doc = {key: value for key, value in doc.items() if key != "rev"}
    try:
        return decode(kind, doc, where=where)
    except RecordError as exc:
        if not exc.record_id:
            raise RecordError(f"{kind}[{index}]", exc.field, exc.reason, where=where) from None
        raise


def read_bundle_files(paths: Sequence[Path]) -> list[Incoming]:
    """Records of several files; an id given twice (in one file or two) is an error naming
    both places."""
    incoming: list[Incoming] = []
    seen: dict[str, Incoming] = {}
    for path in paths:
        for item in read_bundle_file(path):
            first = seen.get(item.record.id)
            if first is not None:
                raise RecordError(
                    item.record.id,
                    "id",
                    f"is given twice: at {first.found_at} and at {item.found_at}",
                    where=item.where,
                )
            seen[item.record.id] = item
            incoming.append(item)
    return incoming


def to_document(record: Record) -> dict[str, Any]:
    """The JSON document of a record, revision included (what the database keeps)."""
    doc: dict[str, Any] = msgspec.to_builtins(record)
    for name, default in ADDED_SINCE_FIRST.items():
        if name in doc and doc[name] == default:
            del doc[name]
    return doc


def to_export(record: Record) -> dict[str, Any]:
    """The JSON object of a record in the exchange format (no revision)."""
    doc = to_document(record)
    doc.pop("rev", None)
    return doc


def build_bundle(tables: dict[str, Iterable[Record]]) -> dict[str, Any]:
    bundle: dict[str, Any] = {"schema": SCHEMA}
    for kind in KINDS:
        bundle[kind] = [to_export(record) for record in tables.get(kind, ())]
    return bundle


def dump_bundle(bundle: dict[str, Any]) -> bytes:
    return orjson.dumps(bundle, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
