"""One policy for large databases: what is read lazily, indexed in the background, saved.

Every threshold of the program is here, so that "large" means one thing; the figures
behind them are in bench/README.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from bilat.store import Snapshot


@dataclass(frozen=True)
class Policy:
    # A file this large is read lazily: its records stay in the file and are decoded when
    # shown (a fraction of the memory); below it, reading it whole is quick enough.
    lazy_above_bytes: int = 8 << 20
    # A file this large has its search index saved beside it for the next session.
    saved_words_above_bytes: int = 8 << 20
    # With more projects and agreements than this, indexing and counting happen in the
    # background, the screen showing what it waits for.
    background_above_records: int = 20_000
    # With more claims than this, a detail gathers the claims of every record in the
    # background the first time.
    background_links_above_claims: int = 50_000
    # A table with more rows makes a column's sort keys in the background before it sorts.
    background_sort_above_rows: int = 20_000

    def large(self, snapshot: Snapshot) -> bool:
        """Large enough that indexing and counting happen in the background."""
        if snapshot.in_file:
            return True
        return len(snapshot.projects) + len(snapshot.agreements) > self.background_above_records


POLICY = Policy()
