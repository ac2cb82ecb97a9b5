"""Which records of one kind hold which words: the text half of the search index.

A free word is looked for where a word of each record's folded search text starts
(a prefix matches, an infix does not: ``text.starts_a_word``).
Scanning that text on every keystroke is too slow on a large database (tens of
megabytes of mostly Cyrillic and Arabic text; bench/README.md has the figures), so
the text is cut into its words once: a database holds a few thousand distinct words
besides the record ids. A typed
word is looked for in that vocabulary, and the records holding a matching word
come from the word's postings. A free word has no space, so it starts a word of a text
exactly when it starts a word (or a part of one, after an apostrophe or a hyphen) of one
of the text's words: the answer is the scan's.
A phrase ("dairy farm") is looked for by its pieces, then checked against the
folded text of the records that hold them all.

Records are numbered once (their *ordinal*, their position when the index was
built); a record added later gets the next number, a removed one leaves a hole.
Postings of common words are bitsets (Python ints, one bit per ordinal: OR and
AND run in C), those of rare words sorted arrays of ordinals. An index is never
changed in place: ``patched`` returns a new one sharing what did not change.

An index read back (``store.saved_words``) keeps its postings as they were saved, in
a few flat buffers (``Packed``), and makes a word's postings the first time it is
asked for: reading back costs no object per word (at 300,000 projects, half a
million words, most of them record ids held by one record each).
"""

from __future__ import annotations

import bisect
from array import array
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import reduce
from itertools import chain, compress, count, repeat
from operator import or_
from typing import TypeAlias, cast

from .text import starts_a_word

Postings: TypeAlias = "int | array[int]"  # a bitset over ordinals, or sorted ordinals

# A word found in at least 1/256 of the records keeps a bitset (n/8 bytes), rarer
# words an array (4 bytes per record holding it): at most 256 × n/8 bytes of bitsets,
# and no single letter typed has to set more marks one by one than 1/256 of n per word.
_DENSE_SHARE = 256
_LETTERS_KEPT = 256  # single letters whose holders are kept (see WordIndex._holders)
_BITS = bytes.maketrans(b"01", b"\x00\x01")
_DIGITS = bytes.maketrans(b"\x00\x01", b"01")


class Packed:
    """The postings of a saved index, as saved: the bitsets (little-endian bytes) by word
    number, and every other word's ordinals one after the other in ``ordinals``, word n's
    ending at ``ends[n]`` (a word with a bitset has none there). Shared by an index read
    back and the indexes patched from it, so that a word's postings are made once."""

    def __init__(
        self, bitsets: dict[int, bytes | int], ends: array[int], ordinals: array[int]
    ) -> None:
        self.bitsets = bitsets
        self.ends = ends
        self.ordinals = ordinals

    def made(self, number: int) -> Postings:
        """Word ``number``'s postings."""
        bits = self.bitsets.get(number)
        if bits is not None:
            if isinstance(bits, bytes):  # made once, for every index sharing this
                bits = self.bitsets[number] = int.from_bytes(bits, "little")
            return bits
        return self.ordinals[self.ends[number - 1] if number else 0 : self.ends[number]]


class WordIndex:
    """The words of the records of one kind, and the records of each word."""

    def __init__(
        self,
        ids: list[str | None],
        vocab: list[str],
        postings: list[Postings | None],
        position: array[int] | None = None,
        answers_for: list[str] | None = None,
        packed: Packed | None = None,
    ) -> None:
        self.ids = ids  # by ordinal; None where a record was removed
        self.vocab = vocab  # by word number
        # By word number; with ``packed``, None for a word whose postings are not made yet.
        self._postings = postings
        self._packed = packed
        self._word_number: dict[str, int] | None = None
        # Ordinal -> position in the kind's sorted ids; None while they are the same.
        self.position = position
        # The content key of the records it was read back for or saved as (store.saved_words).
        self.saved_as: str | None = None
        # The kind's sorted ids: the records it answers for, in the order it answers.
        self.answers_for: list[str] = answers_for if answers_for is not None else ids  # type: ignore[assignment]
        self._ordinal: dict[str, int] | None = None
        self._last: tuple[str, Sequence[int]] = ("", range(len(vocab)))
        # Each single letter typed so far: its holders and the words holding it.
        self._letters: dict[str, tuple[int, array[int]]] = {}

    @classmethod
    def read_back(cls, ids: list[str | None], vocab: list[str], packed: Packed) -> WordIndex:
        """An index whose postings are made from ``packed`` as they are asked for."""
        return cls(ids, vocab, [None] * len(vocab), packed=packed)

    @property
    def postings(self) -> list[Postings]:
        """Every word's postings, by word number (all made, for a pass over them)."""
        if self._packed is not None:
            self._make([n for n, found in enumerate(self._postings) if found is None])
            self._packed = None
        return cast("list[Postings]", self._postings)

    def _make(self, numbers: Iterable[int]) -> None:
        packed, postings = self._packed, self._postings
        if packed is not None:
            for number in numbers:
                if postings[number] is None:
                    postings[number] = packed.made(number)

    def _postings_of(self, numbers: Sequence[int]) -> list[Postings]:
        """The postings of the words ``numbers``, made where they are not yet."""
        postings = self._postings
        if self._packed is not None:
            self._make([n for n in numbers if postings[n] is None])
        return cast("list[Postings]", list(map(postings.__getitem__, numbers)))

    def _posting(self, number: int) -> Postings:
        """Word ``number``'s postings, made if they are not yet."""
        found = self._postings[number]
        if found is None:
            assert self._packed is not None, "only an index read back has postings to make"
            found = self._postings[number] = self._packed.made(number)
        return found

    @property
    def word_number(self) -> dict[str, int]:
        """Word -> its number (made only when a change needs it: a dict of every word)."""
        if self._word_number is None:
            self._word_number = {word: number for number, word in enumerate(self.vocab)}
        return self._word_number

    def share_strings(self, ids: Sequence[str]) -> None:
        """Let the words that are record ids be the very strings of ``ids`` (a record's id
        is a word of its own: at 100,000 projects, 150,000 strings read back twice)."""
        same = {record_id: record_id for record_id in ids}
        self.vocab[:] = [same.get(word, word) for word in self.vocab]
        self._word_number = None

    @classmethod
    def build(cls, ids: Sequence[str], words_of: Callable[[str], Iterable[str]]) -> WordIndex:
        """Index the records ``ids`` (in the order of the kind's sorted ids)."""
        # A new word gets the next number on its first lookup, inside ``map`` (in C).
        number: defaultdict[str, int] = defaultdict(count().__next__)
        holders: list[array[int]] = []
        for ordinal, record_id in enumerate(ids):
            numbers = list(map(number.__getitem__, words_of(record_id)))
            while len(holders) < len(number):
                holders.append(array("i"))
            for found in numbers:
                holders[found].append(ordinal)
        vocab = list(number)  # a dict keeps insertion order: word i has number i
        dense = max(1, len(ids) // _DENSE_SHARE)
        postings: list[Postings | None] = [
            _bitset(ordinals, len(ids)) if len(ordinals) >= dense else ordinals
            for ordinals in holders
        ]
        return cls(list(ids), vocab, postings)

    # -- queries -------------------------------------------------------------
    def marks(self, words: Sequence[str], text_of: Callable[[str], str], size: int) -> bytearray:
        """One byte per position of the kind's sorted ids (``size`` of them): 1 where the
        record's text holds every one of ``words`` (folded, as the filter parses them)."""
        hits = -1  # every ordinal
        for word in words:
            pieces = word.split(" ")
            for piece in pieces:
                hits &= self._holders(piece)
            if len(pieces) > 1:  # a phrase: its pieces are in the text, but in order?
                ids = self.ids
                for ordinal in _ordinals(hits, len(ids)):
                    record_id = ids[ordinal]
                    if record_id is None or not starts_a_word(word, text_of(record_id)):
                        hits &= ~(1 << ordinal)
        return self._by_position(hits, size)

    def _holders(self, piece: str) -> int:
        """Bitset of the ordinals whose text has a word in which ``piece`` starts a word
        (or a part of one)."""
        letter = len(piece) == 1
        if letter and piece in self._letters:
            # A first letter is the dearest search (it scans the whole vocabulary) and the
            # one typed most often: its answer is kept, with the words holding it for the
            # next letter to scan (at most a few hundred letters; n/8 bytes each and 4
            # bytes a word).
            kept, holding = self._letters[piece]
            self._last = (piece, holding)
            return kept
        last, numbers = self._last
        if last not in piece:  # the vocabulary holding a shorter piece is a superset
            numbers = range(len(self.vocab))
        vocab = self.vocab
        # Words holding the piece anywhere (kept: a superset for the next, longer piece),
        # then those where it starts a word: a few of them, checked one by one.
        numbers = [n for n in numbers if piece in vocab[n]]
        self._last = (piece, numbers)
        starting = [n for n in numbers if starts_a_word(piece, vocab[n])]
        found = self._postings_of(starting)
        # Bitsets OR-ed, arrays marked one ordinal at a time: both loops in C.
        bits = reduce(or_, [p for p in found if isinstance(p, int)], 0)
        arrays: list[array[int]] = [p for p in found if not isinstance(p, int)]
        if arrays:
            marks = bytearray(len(self.ids))
            deque(map(marks.__setitem__, chain.from_iterable(arrays), repeat(1)), maxlen=0)
            bits |= _from_marks(marks)
        if letter and len(self._letters) < _LETTERS_KEPT:
            self._letters[piece] = (bits, array("i", numbers))
        return bits

    def _by_position(self, hits: int, size: int) -> bytearray:
        count = len(self.ids)
        if hits < 0:
            hits &= (1 << count) - 1
        if self.position is None:
            marks = _marks(hits, count)
            marks.extend(bytes(size - count))
            return marks
        marks = bytearray(size)
        position = self.position
        for ordinal in _ordinals(hits, count):
            where = position[ordinal]
            if where >= 0:
                marks[where] = 1
        return marks

    def words_of(self, record_ids: Sequence[str]) -> dict[str, set[str]]:
        """The words this index holds for each of ``record_ids`` (empty for one it does
        not hold): one pass over the postings, whatever their number."""
        ordinal_of = self._ordinals_by_id()
        wanted = {ordinal_of[rid]: rid for rid in record_ids if rid in ordinal_of}
        found: dict[str, set[str]] = {rid: set() for rid in record_ids}
        if not wanted:
            return found
        mask = _bitset(wanted, len(self.ids))
        targets = set(wanted)
        for word, postings in zip(self.vocab, self.postings, strict=True):
            holders: Iterable[int] = (
                _few_ordinals(postings & mask)
                if isinstance(postings, int)
                else targets.intersection(postings)
            )
            for ordinal in holders:
                found[wanted[ordinal]].add(word)
        return found

    def words_by_id(self) -> dict[str, set[str]]:
        """Each record's distinct words (for tests comparing two indexes)."""
        result: dict[str, set[str]] = {rid: set() for rid in self.ids if rid is not None}
        for word, postings in zip(self.vocab, self.postings, strict=True):
            ordinals = _ordinals(postings, len(self.ids)) if isinstance(postings, int) else postings
            for ordinal in ordinals:
                record_id = self.ids[ordinal]
                if record_id is not None:
                    result[record_id].add(word)
        return result

    # -- changes -------------------------------------------------------------
    def patched(
        self,
        sorted_ids: Sequence[str],
        changed: Mapping[str, tuple[Iterable[str], Iterable[str]]],
    ) -> WordIndex:
        """This index after a change: ``changed`` maps a record id to (its words before,
        its words after); an empty "before" is a new record, an empty "after" with the
        id gone from ``sorted_ids`` a removed one."""
        ids = list(self.ids)
        vocab = list(self.vocab)
        postings = list(self._postings)  # with the words not made yet, made from the same
        ordinal_of = dict(self._ordinals_by_id())
        fresh = WordIndex.__new__(WordIndex)
        fresh.ids, fresh.vocab, fresh._postings = ids, vocab, postings
        fresh._packed = self._packed
        fresh._word_number = dict(self.word_number)

        def present(record_id: str) -> bool:
            at = bisect.bisect_left(sorted_ids, record_id)
            return at < len(sorted_ids) and sorted_ids[at] == record_id

        for record_id, (before, after) in changed.items():
            kept = present(record_id)
            ordinal = ordinal_of.get(record_id)
            if ordinal is None:
                if not kept:
                    continue
                ordinal = ordinal_of[record_id] = len(ids)
                ids.append(record_id)
            old, new = set(before), set(after) if kept else set()
            for word in old - new:
                number = fresh.word_number.get(word)
                if number is not None:
                    postings[number] = _without(fresh._posting(number), ordinal)
            for word in new - old:
                number = fresh.word_number.get(word)
                if number is None:
                    number = fresh.word_number[word] = len(vocab)
                    vocab.append(word)
                    postings.append(array("i"))
                postings[number] = _with(fresh._posting(number), ordinal)
            if not kept:
                ids[ordinal] = None
                del ordinal_of[record_id]
        fresh._ordinal = ordinal_of
        fresh._last = ("", range(len(vocab)))
        fresh._letters = {}
        fresh.position = None
        fresh.answers_for = list(sorted_ids)
        fresh.saved_as = None
        if ids != list(sorted_ids):  # records were added or removed: positions moved
            where = {record_id: i for i, record_id in enumerate(sorted_ids)}
            fresh.position = array("i", (where.get(rid, -1) if rid else -1 for rid in ids))
        return fresh

    def _ordinals_by_id(self) -> dict[str, int]:
        if self._ordinal is None:
            self._ordinal = {rid: i for i, rid in enumerate(self.ids) if rid is not None}
        return self._ordinal


def _bitset(ordinals: Iterable[int], size: int) -> int:
    marks = bytearray(size)
    for _ in map(marks.__setitem__, ordinals, repeat(1)):
        pass
    return _from_marks(marks)


def _from_marks(marks: bytearray) -> int:
    """The bitset whose bit i is ``marks[i]`` (0 or 1)."""
    digits = bytes(marks[::-1]).translate(_DIGITS)
    return int(digits, 2) if digits else 0


def _marks(bits: int, size: int) -> bytearray:
    """``size`` bytes, byte i being bit i of ``bits`` (bits >= 0)."""
    if bits == 0:
        return bytearray(size)
    digits = bin(bits)[:1:-1].encode("ascii").translate(_BITS)
    return bytearray(digits) + bytes(size - len(digits))


def _ordinals(postings: int, size: int) -> list[int]:
    marks = _marks(postings & ((1 << size) - 1) if postings < 0 else postings, size)
    return list(compress(range(size), marks))


def _few_ordinals(bits: int) -> list[int]:
    """The set bits of ``bits`` (bits >= 0), lowest first: for a handful of them."""
    found = []
    while bits:
        lowest = bits & -bits
        found.append(lowest.bit_length() - 1)
        bits ^= lowest
    return found


def _with(postings: Postings, ordinal: int) -> Postings:
    if isinstance(postings, int):
        return postings | (1 << ordinal)
    fresh = array("i", postings)
    at = bisect.bisect_left(fresh, ordinal)
    if at == len(fresh) or fresh[at] != ordinal:
        fresh.insert(at, ordinal)
    return fresh


def _without(postings: Postings, ordinal: int) -> Postings:
    if isinstance(postings, int):
        return postings & ~(1 << ordinal)
    fresh = array("i", postings)
    at = bisect.bisect_left(fresh, ordinal)
    if at < len(fresh) and fresh[at] == ordinal:
        del fresh[at]
    return fresh
