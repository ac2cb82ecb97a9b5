"""A session: one open database, its first view, its warm-up stages and its refreshes.

The explorer and the command line ask a session, never the store's internals, what is
shown and what is ready. A large database (``Policy.large``) opens on a first view —
projects and agreements laid out, everything else read after — and is then warmed up
in stages (``Stage``), each announced to a listener as it is done; on a small one
every stage is ready at once (asking builds it in a blink).
"""

from __future__ import annotations

import weakref
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

from bilat.store import Filter, Snapshot, Store
from bilat.store.index import INDEXED_KINDS
from bilat.store.progress import Progress

from . import policy as policy_module
from .collector import (
    closed,
    collect_automatically,
    collect_when_idle,
    collector_paused,
    held,
    settle,
    tick,
)
from .counts import sector_counts
from .policy import Policy
from .stages import Stage

Listener = Callable[[Stage, Snapshot], None]
# Asks the index whether its qualifiers (statuses, sectors, countries, parties) are in.
_A_QUALIFIER = Filter(statuses=("any",))
Warner = Callable[[str], None]


class Session:
    """One database, opened for the explorer or a command."""

    def __init__(self, store: Store, policy: Policy | None = None) -> None:
        self.store = store
        self.policy = policy if policy is not None else policy_module.POLICY
        # What "large" means, for the store's reads and saved words: the policy's.
        store.lazy_above_bytes = self.policy.lazy_above_bytes
        store.saved_words_above_bytes = self.policy.saved_words_above_bytes
        store.decoding = collector_paused
        store.settled = settle
        self._counts: weakref.WeakKeyDictionary[Snapshot, dict[str, tuple[int, int]]] = (
            weakref.WeakKeyDictionary()
        )

    @classmethod
    def open(cls, location: str | Path, *, readonly: bool | None = None) -> Session:
        return cls(Store.open(location, readonly=readonly))

    @property
    def location(self) -> str:
        return self.store.location

    @property
    def readonly(self) -> bool:
        return self.store.readonly

    # -- what is shown ------------------------------------------------------------
    def first(self) -> Snapshot:
        """The first view, as soon as possible: on a large file, its records left in the file
        and not checked yet (``warm`` checks them); else every record, read and checked."""
        return self.store.first_snapshot()

    def current(self) -> Snapshot:
        """The database as a screen shows it now, never waiting (see ``Store.current``)."""
        return self.store.current()

    def for_reading(self, *, words: bool = False) -> Snapshot:
        """Every record, for a command that only reads (list, show), as the explorer reads
        them: a large file's left in the file and decoded as they are read (a third of the
        memory at 100,000 projects), a damaged one named when read (``check`` looks at
        every one); with ``words``, its word index ready (read back from beside a large
        file if saved)."""
        snapshot = self.first()
        snapshot.finish_reading()
        if words:
            self.prepare_words(snapshot)
        return snapshot

    def changed(self, shown: Snapshot) -> bool:
        """True if the database moved on from ``shown`` (a colleague's save, say)."""
        return bool(self.store.backend.version() != shown.version)

    def watch(self, changed: Callable[[], None]) -> AbstractContextManager[None] | None:
        """A context during which ``changed`` is called, from another thread, soon after
        anyone commits a write to the database (a server's notification); None when the
        database cannot tell (a file: ``changed`` is asked at intervals)."""
        if not self.store.backend.capabilities.notifications:
            return None
        return self.store.backend.watch(changed)

    def refresh(self) -> Snapshot:
        """The database as it is now, its qualifiers and words indexed (on a large file, a
        few seconds: call it from a worker)."""
        snapshot = self.store.snapshot()
        if self.large(snapshot):
            snapshot.search.index.build(text=False)
            self.prepare_words(snapshot)
        return snapshot

    # -- what is ready ------------------------------------------------------------
    def large(self, snapshot: Snapshot) -> bool:
        return self.policy.large(snapshot)

    def ready(self, snapshot: Snapshot, stage: Stage) -> bool:
        """True if what ``stage`` makes possible answers at once for ``snapshot``."""
        if stage is Stage.CHECKED:
            return not self.store.checking
        if stage is Stage.RECORDS:
            return snapshot.all_read
        if not self.large(snapshot):
            return True
        if stage is Stage.COUNTS:
            return snapshot in self._counts
        if stage is Stage.LINKS:
            return snapshot.links.ready
        if stage is Stage.EVIDENCE:
            return all(snapshot.evidence.marks_made(kind) for kind in INDEXED_KINDS)
        if stage in (Stage.QUALIFIERS, Stage.WORDS):
            index = snapshot.search.index_if_made
            probe = Filter(words=("",)) if stage is Stage.WORDS else _A_QUALIFIER
            return index is not None and index.ready(probe, INDEXED_KINDS)
        return True

    def waits_for(self, snapshot: Snapshot, flt: Filter) -> Stage | None:
        """The stage a filter waits for before it can answer at once (None: it can)."""
        if flt.is_empty or not self.large(snapshot):
            return None
        if flt.asks_evidence:
            waiting = self.waits_for(snapshot, flt.without_evidence())
            if waiting is None and not self.ready(snapshot, Stage.EVIDENCE):
                return Stage.EVIDENCE
            return waiting
        index = snapshot.search.index_if_made
        if index is not None and index.ready(flt, INDEXED_KINDS):
            return None
        return Stage.WORDS if self.ready(snapshot, Stage.QUALIFIERS) else Stage.QUALIFIERS

    @property
    def searches_on_server(self) -> bool:
        """True if the database may answer a filter where its records are (a server)."""
        return self.store.backend.capabilities.server_search

    def search_on_server(
        self, snapshot: Snapshot, kind: str, flt: Filter
    ) -> Iterator[list[str]] | None:
        """While ``flt`` waits for the index (``waits_for``), the ids of ``kind`` that match
        it, a window at a time in id order, asked of a backend that answers where the
        records are (``server_search``); None when it cannot (a file: the filter waits).
        Each window is a round trip and a check: ask from a worker. The answer is the
        database's now, which may be a write ahead of ``snapshot``: ids it does not hold
        are the caller's to leave out."""
        if not self.store.backend.capabilities.server_search or flt.is_empty:
            return None
        return self.store.backend.search(kind, flt, snapshot)

    def weigh(self, snapshot: Snapshot) -> None:
        """Weigh the sources of every project and agreement (``Stage.EVIDENCE``): seconds
        on a large database, so the explorer asks from a worker."""
        with collector_paused():  # lives as long as the snapshot: no collector pass over it
            for kind in INDEXED_KINDS:
                snapshot.evidence.marks(kind)

    def links_wanted_in_background(self, snapshot: Snapshot) -> bool:
        """True if gathering every record's claims would keep a screen waiting."""
        if snapshot.links.ready:
            return False
        return len(snapshot.claims) > self.policy.background_links_above_claims

    def counts_now(self, snapshot: Snapshot) -> dict[str, tuple[int, int]] | None:
        """The sector counts if they come at once: a small database's, or a large one's once
        its qualifiers are indexed (counted from the index's columns, not the records);
        None while a large one warms up (``Stage.COUNTS`` says when)."""
        if self.large(snapshot) and not self.ready(snapshot, Stage.QUALIFIERS):
            return None
        return self.sector_counts(snapshot)

    def sector_counts(self, snapshot: Snapshot) -> dict[str, tuple[int, int]]:
        """Projects and agreements per sector (counted once per snapshot)."""
        found = self._counts.get(snapshot)
        if found is None:
            found = self._counts[snapshot] = sector_counts(snapshot)
        return found

    # -- warming up -----------------------------------------------------------------
    def warm(
        self,
        snapshot: Snapshot,
        listener: Listener,
        warn: Warner | None = None,
        progress: Progress | None = None,
    ) -> None:
        """Bring ``snapshot`` through every stage, calling ``listener`` as each is done (on
        the caller's thread: seconds at 100,000 projects, so a worker's). A damaged record
        found on the way raises DatabaseError naming it, and the stages stop there.
        ``progress`` hears how far the indexing of words got, when they are indexed
        (tens of seconds at 100,000 projects when no saved index serves)."""
        large = self.large(snapshot)
        counted = False

        def sectors_ready(sets: dict[str, Counter[frozenset[str]]]) -> None:
            # Saved for these very records: the sector tree's counts before the other
            # columns (parties, links) are decoded.
            nonlocal counted
            if large and snapshot not in self._counts:
                self._counts[snapshot] = sector_counts(snapshot, sets)
                listener(Stage.COUNTS, snapshot)
                counted = True

        # Words saved for these records (beside a file of 8 MB or more: by `bilat import`,
        # or an earlier session) answer a word at once: first, before anything else; the
        # statuses, sectors, countries and parties saved with them, a qualifier, and the
        # sector tree's counts.
        # What it unpacks lives as long as the snapshot: no collector pass over it.
        with collector_paused():
            saved = self.store.load_saved_words(
                snapshot,
                words_ready=lambda: listener(Stage.WORDS, snapshot),
                sectors_ready=sectors_ready,
            )
        if saved:
            if snapshot.search.index.ready(_A_QUALIFIER):
                listener(Stage.QUALIFIERS, snapshot)
                if not counted:
                    counted = self._count(snapshot, large, listener)
            self._save_words(snapshot, warn)  # brought up to date with the journal
        if not snapshot.all_read:
            snapshot.finish_reading()
            listener(Stage.RECORDS, snapshot)
        self.store.save_layout(snapshot)  # for the next start, if it had to parse the file
        snapshot.search.index.build(text=False)
        listener(Stage.QUALIFIERS, snapshot)
        if not counted:
            self._count(snapshot, large, listener)
        if not saved:
            snapshot.search.index.build(progress=progress)
            listener(Stage.WORDS, snapshot)
        self._save_words(snapshot, warn)  # for the next session (a large file), if not as is
        if self.store.checking:
            self.store.snapshot()  # decodes each record left in the file once
        listener(Stage.CHECKED, snapshot)
        if large:
            with collector_paused():  # for deletes and the details of sectors and orgs
                snapshot.links.references  # noqa: B018

    def _count(self, snapshot: Snapshot, large: bool, listener: Listener) -> bool:
        if large:
            self.sector_counts(snapshot)
            listener(Stage.COUNTS, snapshot)
        return large

    def gather_links(self, snapshot: Snapshot) -> None:
        """Every record's claims and links (``Stage.LINKS``): seconds on a large database,
        so the first detail that needs them asks for them from a worker."""
        with collector_paused():  # lives as long as the snapshot: no collector pass over it
            snapshot.links.prepare()

    def making(self) -> AbstractContextManager[None]:
        """Around work that makes many objects that live on (a large table's sort keys and
        cells, in a worker): no collector pass meanwhile (it would walk them all, holding
        the interpreter, so the screen, whichever thread it runs in), and none over them
        after."""
        return collector_paused()

    def hold_collector(self) -> Callable[[], None]:
        """Keep the cyclic collector off until the returned function is called (see
        ``collector.held``: a screen's first paint)."""
        return held()

    def closed(self, screen: object) -> None:
        """``screen`` was closed for good: garbage that no later freeze may keep (see
        ``collector.closed``)."""
        closed(screen)

    def settle(self) -> None:
        """What the warm-up made lives as long as the snapshot: keep the collector off it."""
        settle()

    def collect_when_idle(self) -> None:
        """From now on the collector's passes wait for the user to pause (``idle``), up to
        a ceiling: a screen in use (a large database warmed up) has none on a keystroke
        (see ``collector``)."""
        collect_when_idle()

    def collect_automatically(self) -> None:
        """Python's own schedule of collector passes again (the screen is gone)."""
        collect_automatically()

    def idle(self, seconds: float) -> bool:
        """The user has given no input for ``seconds``: a collector pass if one is due
        (``collector.tick``). True if one ran."""
        return tick(seconds)

    def prepare_words(self, snapshot: Snapshot) -> None:
        """The word index of ``snapshot`` ready: carried over, read back, or built (and
        saved, for a large file)."""
        self.store.prepare_words(snapshot)

    def _save_words(self, snapshot: Snapshot, warn: Warner | None) -> None:
        """Save the word index for the next session; if something that is not bilat's
        stands where it goes beside the database, say so, once."""
        warned = self.store.words_warning
        self.store.save_words(snapshot)
        warning = self.store.words_warning
        if warn is not None and warning and warning != warned:
            warn(warning)
