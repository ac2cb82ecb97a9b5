"""The word index answers exactly what a scan of the folded texts answers.

``store.words`` replaces the scan of every record's folded search text for words that
start a word (``text.starts_a_word``)
by a vocabulary and postings (bitsets for common words, arrays for rare ones).
These tests compare it with the scan over random texts and random searches,
after building and after patches, with the threshold between bitsets and
arrays crossed both ways.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from bilat.store import words as words_module
from bilat.store.text import WordFolder, fold, starts_a_word
from bilat.store.words import WordIndex

# Few letters, so that words share pieces and searches hit; accents, Cyrillic and Arabic
# so that folding matters; a non-breaking space and a diaeresis that folds to a space.
LETTERS = "abcéÉoрусعربي'’\u00a0\u00a8"
texts_st = st.lists(st.text(alphabet=LETTERS, max_size=12), max_size=6).map(" ".join)
records_st = st.dictionaries(
    st.integers(0, 60).map(lambda n: f"prj-{n:03d}"), texts_st, max_size=25
)
search_st = st.lists(st.text(alphabet=LETTERS + " ", min_size=1, max_size=5), max_size=3)


def scan(texts: dict[str, str], words: list[str]) -> list[str]:
    """The plain answer: ids (sorted) whose folded text holds every folded word where a
    word starts."""
    folded = {rid: fold(text) for rid, text in texts.items()}
    wanted = [w for w in (fold(word) for word in words) if w]
    return [rid for rid in sorted(texts) if all(starts_a_word(w, folded[rid]) for w in wanted)]


def words_of(texts: dict[str, str]) -> Callable[[str], set[str]]:
    folder = WordFolder()
    return lambda rid: folder.words([texts[rid]])


def answer(index: WordIndex, texts: dict[str, str], words: list[str]) -> list[str]:
    ids = sorted(texts)
    wanted = [w for w in (fold(word) for word in words) if w]
    if not wanted:
        return ids
    marks = index.marks(wanted, lambda rid: fold(texts[rid]), len(ids))
    return [rid for rid, mark in zip(ids, marks, strict=True) if mark]


@settings(max_examples=300, deadline=None)
@given(st.lists(texts_st, max_size=4))
def test_words_of_a_text_are_the_words_of_its_fold(parts: list[str]) -> None:
    expected = set(fold(" \n ".join(parts)).split(" ")) - {""}
    assert WordFolder().words(parts) == expected


@settings(max_examples=200, deadline=None)
@given(records_st, st.lists(search_st, min_size=1, max_size=4), st.sampled_from([1, 256]))
def test_a_search_finds_what_a_scan_finds(
    texts: dict[str, str], searches: list[list[str]], share: int
) -> None:
    # 1: arrays but for words every record holds; 256: every word a bitset at this size
    words_module._DENSE_SHARE = share
    try:
        index = WordIndex.build(sorted(texts), words_of(texts))
        for words in searches:  # one after the other, as letters are typed
            assert answer(index, texts, words) == scan(texts, words)
    finally:
        words_module._DENSE_SHARE = 256


@settings(max_examples=200, deadline=None)
@given(records_st, records_st, st.sets(st.integers(0, 60)), st.lists(search_st, max_size=4))
def test_a_patched_index_answers_like_a_fresh_one(
    texts: dict[str, str],
    edits: dict[str, str],
    removed_numbers: set[int],
    searches: list[list[str]],
) -> None:
    index = WordIndex.build(sorted(texts), words_of(texts))
    typed = [*searches, ["a"], ["o"], ["é"]]
    for words in typed:  # what the old index keeps of its searches must not leak
        assert answer(index, texts, words) == scan(texts, words)
    removed = {f"prj-{n:03d}" for n in removed_numbers} & set(texts) - set(edits)
    after = {rid: text for rid, text in {**texts, **edits}.items() if rid not in removed}
    before_words, after_words = words_of(texts), words_of(after)
    changed = {
        rid: (
            before_words(rid) if rid in texts else set(),
            after_words(rid) if rid in after else set(),
        )
        for rid in set(edits) | removed
    }
    patched = index.patched(sorted(after), changed)
    fresh = WordIndex.build(sorted(after), words_of(after))
    assert patched.words_by_id() == fresh.words_by_id()
    for words in typed:
        assert answer(patched, after, words) == scan(after, words)
    # The old index is untouched: the explorer may still be showing its snapshot.
    assert index.words_by_id() == WordIndex.build(sorted(texts), words_of(texts)).words_by_id()
    for words in typed:
        assert answer(index, texts, words) == scan(texts, words)


def test_a_phrase_is_matched_in_order_across_words() -> None:
    texts = {
        "prj-001": "Ferme laitière de Témouchent",
        "prj-002": "Témouchent : ferme de l'État, laitière",
        "prj-003": "Ferme\u00a0laitière",
    }
    index = WordIndex.build(sorted(texts), words_of(texts))
    assert answer(index, texts, ["ferme laitiere"]) == ["prj-001", "prj-003"]
    assert answer(index, texts, ["ferme lait"]) == ["prj-001", "prj-003"]
    assert answer(index, texts, ["rme lait"]) == []  # starts inside a word
    assert answer(index, texts, ["temouchent", "etat"]) == ["prj-002"]
    assert answer(index, texts, ["laitiere de t"]) == ["prj-001"]


def test_a_word_matches_where_a_word_starts_never_inside_one() -> None:
    texts = {
        "prj-001": "Complexe d'Aïn-Témouchent",
        "prj-002": "les perspectives de renforcement",
        "prj-003": "cement works",
    }
    index = WordIndex.build(sorted(texts), words_of(texts))
    assert answer(index, texts, ["temouch"]) == ["prj-001"]  # a prefix, after a hyphen
    assert answer(index, texts, ["aluminium"]) == []
    assert answer(index, texts, ["ain"]) == ["prj-001"]  # after an apostrophe
    assert answer(index, texts, ["cement"]) == ["prj-003"]  # not "renforcement"
    assert answer(index, texts, ["ement"]) == []
    assert answer(index, texts, ["renfor"]) == ["prj-002"]
