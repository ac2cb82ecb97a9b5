"""Where every new record id is made: one rule per kind of id, one place to change it.

Ids are typed slugs (``prj-ain-temouchent-complex``): the kind's prefix (``models.KINDS``)
and words of the record's name; a claim's names the record and field it is about; a
source's is a digest of its text, so the same text added twice is the same source. An
id already held gets ``-2``, ``-3``… until it is free.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable

from .models import KINDS

# Validation refuses ids longer than their prefix and 200 characters (``validate.ID_PATTERN``);
# room is left for -N.
_SLUG_AT_MOST = 60
_CLAIM_BASE_AT_MOST = 185

Taken = Callable[[str], bool]


def slug(text: str) -> str:
    """``Aïn Témouchent complex`` → ``ain-temouchent-complex`` (ASCII, at most 60 long)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:_SLUG_AT_MOST] or "record"


def free_id(taken: Taken, base: str) -> str:
    """``base`` if no record holds it, else the first of ``base``-2, -3… that none holds."""
    candidate, number = base, 2
    while taken(candidate):
        candidate = f"{base}-{number}"
        number += 1
    return candidate


def new_id(taken: Taken, kind: str, name: str) -> str:
    """A fresh id for a record of ``kind`` named ``name``."""
    return free_id(taken, KINDS[kind][0] + slug(name))


def claim_id(taken: Taken, subject: str, field: str) -> str:
    """A fresh id for a claim on ``subject``'s ``field``: ``clm-<subject>-<field>``."""
    bare_subject = subject.split("-", 1)[1] if "-" in subject else subject
    base = f"{KINDS['claims'][0]}{bare_subject}-{field.replace('.', '-').replace('_', '-')}"
    return free_id(taken, base[:_CLAIM_BASE_AT_MOST])


def text_digest(text: str) -> str:
    """The sha256 of a source's text, as its record keeps it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def source_id(digest: str) -> str:
    """A source's id from its text's digest: the same text added twice is one source."""
    return f"{KINDS['sources'][0]}{digest[:16]}"
