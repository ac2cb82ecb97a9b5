"""Making a source record from a text and what the user knows of it."""

from __future__ import annotations

from pathlib import Path

from .dates import parse_date
from .errors import BilatError, UsageError
from .files import FileRefused, read_regular_file
from .ids import source_id, text_digest
from .models import DateValue, Source

# A source is an article or a report as text: a long book is a few MB. The limit refuses a
# mistake (a binary, /dev/zero piped in) before it takes the memory of the machine.
MAX_SOURCE_BYTES = 64 * 1024**2

LANGUAGES = {
    "fr": "French",
    "en": "English",
    "ar": "Arabic",
    "ru": "Russian",
    "es": "Spanish",
    "de": "German",
    "it": "Italian",
    "pt": "Portuguese",
    "zh": "Chinese",
    "tr": "Turkish",
}


def build_source(
    text: str,
    *,
    title: str,
    record_id: str | None = None,
    url: str | None = None,
    publisher: str | None = None,
    published: str | None = None,
    lang: str | None = None,
) -> Source:
    """A source record; its id defaults to ``src-`` and the start of the text's sha256."""
    if not text.strip():
        raise BilatError("the source text is empty")
    if not title.strip():
        raise UsageError("the title must not be empty")
    digest = text_digest(text)
    date: DateValue | None = parse_date(published) if published else None
    return Source(
        id=record_id or source_id(digest),
        title=title.strip(),
        publisher=publisher or None,
        url=url or None,
        lang=lang or None,
        published=date,
        text=text,
        sha256=digest,
    )


def read_source_file(path: Path) -> str:
    """The text of a source file a user named (the command line and the explorer): a
    regular UTF-8 file of at most MAX_SOURCE_BYTES; a FIFO, a device or a folder is
    refused before anything is read."""
    try:
        data = read_regular_file(path, MAX_SOURCE_BYTES)
    except FileRefused as exc:
        raise UsageError(f"{path}: {exc}") from None
    return decoded_text(data, str(path))


def decoded_text(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BilatError(f"{name}: not UTF-8 text (byte {exc.start}); convert it first") from None
