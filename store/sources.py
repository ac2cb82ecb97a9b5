"""Making a source record from a text and what the user knows of it: the command line's
``add-source`` and the explorer's add-source screen both build it here."""

from __future__ import annotations

from pathlib import Path

from .dates import DateParseError, parse_date
from .errors import BilatError, UsageError
from .files import FileRefused, read_regular_file
from .ids import source_id, text_digest
from .models import DateValue, Source

# A source is an article or a report as text: a long book is a few MB. The limit refuses a
# mistake (a binary, /dev/zero piped in) before it takes the memory of the machine.
MAX_SOURCE_BYTES = 64 * 1024**2

PUBLISHED_EXAMPLES = "2025-03-14, 14 mars 2025, March 2025, 2025-03, 2025"

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
    date = publication_date(published) if published else None
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


def publication_date(text: str) -> DateValue:
    """The day (or month, year…) a source was published, as written; DateParseError with
    examples. Words relative to the day they were written ("hier") are refused: a source's
    date is what the relative dates of its claims are placed against, so it must stand
    on its own."""
    try:
        date = parse_date(text)
    except DateParseError:
        raise DateParseError(
            f"cannot read the date {text.strip()!r} the source was published; "
            f"try {PUBLISHED_EXAMPLES}"
        ) from None
    if date.earliest is None and date.latest is None:
        raise DateParseError(
            f"the publication date {text.strip()!r} is relative to nothing: "
            f"give the day it was published; try {PUBLISHED_EXAMPLES}"
        )
    return date


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
