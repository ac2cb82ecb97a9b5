"""Errors a user can meet, each with a message written for them.

The command line maps every :class:`BilatError` to one line on stderr and its
``exit_code``; anything else is a bug and gets a traceback only with ``--debug``.
"""

from __future__ import annotations

from typing import Any

from .models import title_of
from .text import one_line


class BilatError(Exception):
    """Base of every error that reaches a user as a message, not a traceback.

    The message is one line whatever it quotes: a key, an id or a filter value may hold a
    line break, shown as an escape (``\\n``).
    """

    exit_code = 1

    def __init__(self, message: object = "", *args: object) -> None:
        super().__init__(one_line(message) if isinstance(message, str) else message, *args)


class UsageError(BilatError):
    """The command was asked for something it cannot do as asked."""

    exit_code = 2


class RecordError(BilatError):
    """A record is invalid; the message names the record id and the field."""

    def __init__(self, record_id: str, field: str, message: str, *, where: str = "") -> None:
        self.record_id = record_id
        self.field = field
        self.where = where
        self.reason = message
        prefix = f"{where}: " if where else ""
        field_part = f" field {field}:" if field else ":"
        super().__init__(f"{prefix}record {record_id or '(no id)'}{field_part} {message}")


class ImportFileError(BilatError):
    """A file given to import cannot be read or does not have the import shape."""


class DatabaseError(BilatError):
    """The database file cannot be used: unreadable, corrupt, truncated or foreign."""


class DamagedRecordError(DatabaseError):
    """A record read from the database file when it was needed does not decode, or the
    file changed under it: whatever was reading it cannot go on."""


class ReadOnlyError(BilatError):
    """A write was asked of a database opened read-only."""


class NotFoundError(BilatError):
    """No record has the given id."""


class ConflictError(BilatError):
    """Someone else changed the record since it was read: nothing was overwritten."""

    def __init__(self, record_id: str, expected: int, current: int, theirs: object = None) -> None:
        self.record_id = record_id
        self.expected = expected
        self.current = current
        self.theirs = theirs
        super().__init__(
            f"record {record_id} was changed by someone else (revision {current}, "
            f"you edited revision {expected}); nothing was overwritten"
        )


class IdTakenError(BilatError):
    """A new record was given an id another record holds: nothing was written.

    Not a ConflictError: a conflict may be resolved by keeping one's own version, and
    keeping it here would replace a different record.
    """

    def __init__(self, record_id: str, existing: Any) -> None:
        self.record_id = record_id
        self.existing = existing
        title = " ".join(title_of(existing).split())
        super().__init__(
            f"id {record_id} is taken by “{title}”: a new record never replaces another; "
            "nothing was written"
        )


class IntegrityError(BilatError):
    """A delete would leave records pointing at nothing."""

    def __init__(self, record_id: str, users: list[str]) -> None:
        self.record_id = record_id
        self.users = users
        shown = ", ".join(users[:10]) + (f" and {len(users) - 10} more" if len(users) > 10 else "")
        super().__init__(f"{record_id} is used by {shown}; nothing was deleted")


class QueryError(BilatError):
    """A filter text cannot be understood; the message says what and offers what works."""

    exit_code = 2
