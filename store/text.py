"""Text normalisation for search and for matching quotes against their source.

``fold`` is for search: case, accents, apostrophe and quote variants and runs
of white space all collapse, so ``temouchent`` finds ``Témouchent`` and
``algero`` finds ``algéro``. ``fold_quote`` is stricter: a quote must be
verbatim, so only white space and apostrophe/quote variants are forgiven.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import lru_cache
from itertools import accumulate

# Typographic variants that people and word processors swap freely.
_QUOTE_TABLE = str.maketrans(
    {
        "\u2019": "'",  # right single quotation mark (French apostrophe)
        "\u2018": "'",
        "\u201b": "'",
        "\u02bc": "'",  # modifier letter apostrophe
        "\u2032": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',  # guillemets
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2013": "-",
        "\u2014": "-",
    }
)
_SPACE_RUN = re.compile(r"\s+")


def fold_quote(text: str) -> str:
    """Normalise only what a verbatim quote may differ by: white space and quote marks."""
    return _SPACE_RUN.sub(" ", text.translate(_QUOTE_TABLE)).strip()


def _class_of(chars: str) -> str:
    return "[" + "".join(re.escape(ch) for ch in chars) + "]"


# Single regex passes run in C; per-character Python would dominate indexing time.
_COMBINING = re.compile(
    "[" + "".join(chr(c) for c in range(0x300, 0x10000) if unicodedata.combining(chr(c))) + "]"
)
_PUNCTUATION = {
    **dict.fromkeys("\u2019\u2018\u201b\u02bc\u2032`\u00b4", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u00ab\u00bb", '"'),
    **dict.fromkeys("\u2010\u2011\u2013\u2014", "-"),
}
_PUNCTUATION_RE = re.compile(_class_of("".join(_PUNCTUATION)))


def fold(text: str) -> str:
    """Search form of ``text``: case-folded, accents stripped, quotes and spaces folded."""
    if not text.isascii():
        text = _PUNCTUATION_RE.sub(lambda m: _PUNCTUATION[m.group()], text)
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    else:
        text = text.replace("`", "'")
    # split() cuts at the same white space as r"\s+" does, three times faster.
    return " ".join(text.casefold().split())


class WordFolder(dict[str, str]):
    """Raw word -> its folded form, filled on first use.

    Folding is per character and white space stays white space, so the words of
    ``fold(text)`` are the folded words of ``text``. Most words repeat across records
    (sector, party and place names): indexing folds each distinct one once, and the
    lookups run in C (``map`` over this dict) instead of a Python loop per word.
    """

    def __init__(self) -> None:
        super().__init__()
        # Raw words whose folded form is empty or holds a space (a compatibility
        # character that decomposes to one): rare, and set right after the lookup.
        self.odd: set[str] = set()

    def __missing__(self, raw: str) -> str:
        folded = self[raw] = fold(raw)
        if not folded or " " in folded:
            self.odd.add(raw)
        return folded

    def words(self, parts: Iterable[str]) -> set[str]:
        """The distinct words of ``fold(" ".join(parts))``."""
        raw = " ".join(parts).split()
        words = set(map(self.__getitem__, raw))
        if self.odd and not self.odd.isdisjoint(raw):
            words = {piece for word in words for piece in word.split(" ") if piece}
        return words


@lru_cache(maxsize=256)
def _word_start(word: str) -> re.Pattern[str]:
    # After a character that is not a letter or a digit: the start of a word, or of a
    # part of one ("d'aluminium", "ain-temouchent"). (A look-behind is slower.)
    return re.compile(r"[\W_]" + re.escape(word))


def starts_a_word(word: str, text: str) -> bool:
    """True if ``word`` (folded) occurs in ``text`` (folded) where a word starts: a prefix
    matches ("temouch" in "ain-temouchent"), an infix does not ("cement" in
    "renforcement"). A word that starts with a sign ("(decarbone", "-5") is looked for
    anywhere."""
    if not word[:1].isalnum():
        return word in text
    return text.startswith(word) or (
        not text.isalnum() and _word_start(word).search(text) is not None
    )


def quote_in_text(quote: str, text: str) -> bool:
    """True if ``quote`` occurs verbatim in ``text`` (white space and quote marks forgiven)."""
    folded = fold_quote(quote)
    return bool(folded) and folded in _folded_source(text)


@lru_cache(maxsize=256)
def _folded_source(text: str) -> str:
    # Many claims cite one source: fold its (long) text once, not once per claim.
    return fold_quote(text)


def find_quote(quote: str, text: str) -> tuple[int, int] | None:
    """Character span of ``quote`` in ``text`` (original offsets), or None.

    The match forgives white space runs and quote-mark variants, like
    :func:`quote_in_text`; the span is mapped back onto the original text so a
    viewer can highlight exactly the characters the quote stands for.
    """
    target = fold_quote(quote)
    if not target:
        return None
    folded_text, folded_starts, original_starts = _folded_with_origins(text)
    start = folded_text.find(target)
    if start < 0:
        return None
    end = start + len(target) - 1

    def origin(offset: int) -> int:
        piece = bisect_right(folded_starts, offset) - 1
        return original_starts[piece] + offset - folded_starts[piece]

    return origin(start), origin(end) + 1


def find_words(phrase: str, text: str, after: int = 0) -> tuple[int, int] | None:
    """Character span of ``phrase`` in ``text`` as search matches it (case, accents, quote
    marks and white space forgiven), the first at or after ``after``, else the first of
    all; None if it is nowhere. The evidence screen's "find in the source" uses it."""
    wanted = fold(phrase)
    if not wanted:
        return None
    folded, starts = _folded_by_character(text)
    at = folded.find(wanted, starts[min(after, len(text))])
    if at < 0:
        at = folded.find(wanted)
    if at < 0:
        return None
    start = bisect_right(starts, at) - 1
    end = bisect_left(starts, at + len(wanted))
    return start, end


@lru_cache(maxsize=4)
def _folded_by_character(text: str) -> tuple[str, array[int]]:
    """``text`` folded character by character (a character that folds to nothing counts as
    a space, a run of spaces as one), and where each character's fold starts."""
    pieces = []
    after_space = False
    for ch in text:
        piece = fold(ch) or " "
        if piece == " ":
            piece, after_space = ("" if after_space else " "), True
        else:
            after_space = False
        pieces.append(piece)
    return "".join(pieces), array("q", accumulate(map(len, pieces), initial=0))


_QUOTE_VARIANT = re.compile(_class_of("".join(chr(c) for c in _QUOTE_TABLE)))
_SPACE_SPLIT = re.compile(r"(\s+)")


def _translate_quotes(text: str) -> str:
    # As str.translate(_QUOTE_TABLE), several times faster on a long text with few variants.
    return _QUOTE_VARIANT.sub(lambda m: m.group().translate(_QUOTE_TABLE), text)


@lru_cache(maxsize=16)
def _folded_with_origins(text: str) -> tuple[str, array[int], array[int]]:
    """``text`` with quote marks translated and each white space run made one space (none
    before the first word), and where each piece of it starts in the folded and the original
    text: a run of other characters maps one to one, a run of white space to its first
    character. Many claims cite one source: its (long) text is folded once, not per claim.
    """
    # " a  b" → ["", " ", "a", "  ", "b"]: words at even places, white space at odd ones.
    pieces = _SPACE_SPLIT.split(_translate_quotes(text))
    lengths = list(map(len, pieces))
    folded_lengths = lengths[:]
    folded_lengths[1::2] = [1] * (len(pieces) // 2)
    pieces[1::2] = [" "] * (len(pieces) // 2)
    if len(pieces) > 1 and not lengths[0]:  # white space before the first word
        folded_lengths[1] = 0
        pieces[1] = ""
    return (
        "".join(pieces),
        array("q", accumulate(folded_lengths[:-1], initial=0)),
        array("q", accumulate(lengths[:-1], initial=0)),
    )


# What str.splitlines() cuts at.
_LINE_BREAK = re.compile("[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def one_line(text: str) -> str:
    """``text`` with its line breaks shown as escapes: a message must stay one line."""
    return _LINE_BREAK.sub(lambda m: ascii(m.group())[1:-1], text)


def shortened(text: str, limit: int = 60) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis: what a user typed or a file
    held, quoted in a one-line message, may be 100,000 characters long."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


# What could drive a terminal or reorder its line, shown as visible escapes, never obeyed:
# every control character (Unicode category Cc: C0, DEL, C1, of which U+009B starts a
# control sequence on many terminals) but tab and newline, which the callers lay out; the
# line and paragraph separators (Zl, Zp: U+2028, U+2029), line breaks to splitlines() and
# to some renderers; and every bidirectional control (the Unicode property Bidi_Control):
# the Arabic letter mark U+061C, the marks U+200E and U+200F, the embeddings and overrides
# U+202A-U+202E, the isolates U+2066-U+2069.
_UNPRINTABLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]"
)


def printable(text: str) -> str:
    """``text`` safe to write to a terminal: control characters become visible escapes."""
    return _UNPRINTABLE.sub(
        lambda m: (
            f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}"
        ),
        text,
    )


STAND_IN = "\ufffd"


def printable_in_place(text: str) -> str:
    """``text`` safe to write to a terminal, each control character shown as one STAND_IN:
    for a widget that edits the text, whose positions must stay those of the text."""
    return _UNPRINTABLE.sub(STAND_IN, text)


# The characters ``printable`` escapes that JSON writes raw (it escapes C0 itself), as the
# UTF-8 bytes they are: DEL, C1, U+061C, U+200E-U+200F, U+2028-U+202E, U+2066-U+2069.
_RAW_IN_JSON = re.compile(
    rb"\x7f|\xc2[\x80-\x9f]|\xd8\x9c|\xe2\x80[\x8e\x8f\xa8-\xae]|\xe2\x81[\xa6-\xa9]"
)


def json_printable(payload: bytes) -> bytes:
    """JSON (UTF-8) safe to write to a terminal, and the same JSON to any parser: each
    character ``printable`` escapes is written as a ``\\uXXXX`` escape. Done on the bytes:
    in JSON such characters can only stand inside strings, where the escape means them."""
    return _RAW_IN_JSON.sub(lambda m: b"\\u%04x" % ord(m.group().decode()), payload)
