"""Finding a phrase in a source as search matches it, with offsets into the original text."""

from __future__ import annotations

from bilat.store.text import find_words

TEXT = "La CAPACITÉ  de production\u00a0: 1 million ; la capacité de stockage, Straße."


def test_accents_case_and_white_space_are_forgiven_and_offsets_are_the_originals() -> None:
    span = find_words("capacite de", TEXT)
    assert span is not None
    assert TEXT[span[0] : span[1]] == "CAPACITÉ  de"


def test_the_next_match_after_a_place_then_round_to_the_first() -> None:
    first = find_words("capacite de", TEXT)
    assert first is not None
    second = find_words("capacite de", TEXT, after=first[1])
    assert second is not None and TEXT[second[0] : second[1]] == "capacité de"
    again = find_words("capacite de", TEXT, after=second[1])
    assert again == first


def test_a_character_that_folds_to_several_maps_back_to_itself() -> None:
    span = find_words("strasse", TEXT)
    assert span is not None and TEXT[span[0] : span[1]] == "Straße"


def test_nothing_found_or_nothing_to_find() -> None:
    assert find_words("ciment", TEXT) is None
    assert find_words("   ", TEXT) is None
    assert find_words("la", TEXT, after=10_000) is not None
