"""The exchange format written record by record: ``bilat export`` of any size.

``bundle.dump_bundle`` makes one object of every record, then its JSON. Here each
record is encoded alone, as that JSON holds it (indented two spaces per level, two
levels deep), and written out in pieces as the tables are read: the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import orjson

from .bundle import SCHEMA, to_export
from .file_table import FileTable
from .models import KINDS
from .progress import Progress, counted

# Pieces of about this size are handed to the writer.
_PIECE_BYTES = 1 << 20
_INDENT = orjson.OPT_INDENT_2
# A record inside a kind's list stands two levels deep.
_DEPTH = b"\n    "


def bundle_pieces(
    tables: Mapping[str, Mapping[str, Any]], progress: Progress | None = None
) -> Iterator[bytes]:
    """The bytes of ``dump_bundle(build_bundle(...))`` for ``tables`` (records in id
    order), in pieces; ``progress`` hears how many records are written."""
    pieces = [b"{\n  " + orjson.dumps("schema") + b": " + orjson.dumps(SCHEMA)]
    size = 0
    total = sum(len(tables.get(kind, {})) for kind in KINDS)
    done = 0
    for kind in KINDS:
        pieces.append(b",\n  " + orjson.dumps(kind) + b": [")
        count = 0
        records = counted(_in_order(tables.get(kind, {})), progress, total, start=done)
        done += len(tables.get(kind, {}))
        for record in records:
            encoded = orjson.dumps(to_export(record), option=_INDENT).replace(b"\n", _DEPTH)
            pieces.append((b"\n    " if not count else b",\n    ") + encoded)
            count += 1
            size += len(encoded)
            if size >= _PIECE_BYTES:
                yield b"".join(pieces)
                pieces, size = [], 0
        pieces.append(b"\n  ]" if count else b"]")
    pieces.append(b"\n}\n")
    yield b"".join(pieces)


def _in_order(table: Mapping[str, Any]) -> Iterator[Any]:
    if isinstance(table, FileTable):  # records left in the file: read in id order, in pieces
        yield from table.values()
        return
    for key in sorted(table):
        yield table[key]
