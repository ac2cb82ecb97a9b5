"""The word index of a large file built and saved part by part, each part let go once
written: what ``bilat import``, ``bilat copy`` and ``bilat compact`` do right after
writing a file (``Store.index_words``).

Built whole and then saved, the index of both kinds was held at once, then encoded into
one body, then copied behind a checksum: three times its size (hundreds of megabytes at
300,000 projects) on top of what reading the records takes. Here the statuses, sectors,
countries, parties and links of both kinds are made first (an agreement's sectors come
from its projects' entries) and written with the sector sets, then each kind's words
are built, written and let go before the next kind's. The file is the one
``saved_words.save`` writes from the same index built in memory, byte for byte.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from . import saved_words
from .errors import DatabaseError
from .files import refusal, what_is_at
from .index import INDEXED_KINDS, SearchIndex, counting
from .progress import Counter as Tally
from .progress import Progress
from .words import WordIndex


def build_and_save(
    index: SearchIndex,
    path: Path,
    content: str,
    *,
    like: Path | None,
    progress: Progress | None = None,
) -> bool:
    """Build the words and columns of ``index``'s records (named ``content``) and save them
    at ``path`` part by part (permissions of ``like``, else the user's only); the words are
    not kept. False (nothing left behind) if it cannot be written; something that is not a
    regular file at ``path`` is refused (SideFileError). ``progress`` hears how many
    records' words are made."""
    standing = what_is_at(path)
    if standing is not None:
        raise refusal("search index", path, standing)
    try:
        with saved_words.saving(path, content, INDEXED_KINDS, like=like) as parts:
            index.build(text=False)
            columns = {kind: index.kinds[kind].columns() for kind in INDEXED_KINDS}
            parts.add_sector_sets({kind: Counter(made[2]) for kind, made in columns.items()})
            for kind, made in columns.items():
                parts.add_columns(kind, made)
            total = sum(len(columns[kind][0]) for kind in INDEXED_KINDS)
            done = 0
            for kind in INDEXED_KINDS:
                words_of = index.words_of()
                if progress is not None:
                    words_of = counting(words_of, Tally(progress, total), done)
                words = WordIndex.build(columns[kind][0], words_of)
                done += len(columns[kind][0])
                parts.add_words(kind, words)
                del words  # written: the next kind's is built without it
            if progress is not None:
                progress(total, total)
    except (OSError, DatabaseError):
        return False
    return True
