"""The article's text cut into sentences, and folded one character for one character, so
that a match on the folded text is the same span of the original (the quote's offsets)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import pairwise

_QUOTES = {
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "`": "'",
    "\u00b4": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2013": "-",
    "\u2014": "-",
}


def _fold_char(ch: str) -> str:
    if ch in _QUOTES:
        return _QUOTES[ch]
    if ch.isspace():
        return " "
    if ch.isascii():
        return ch.lower()
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    base = base.casefold()
    return base[0] if len(base) >= 1 else " "


class _FoldTable(dict[int, str]):
    """Each character's folded form, worked out the first time it is met: ``str.translate``
    then folds a text in one call, where a call per character cost a long article's
    reading a good part of its time."""

    def __missing__(self, code: int) -> str:
        self[code] = _fold_char(chr(code))
        return self[code]


_FOLD = _FoldTable()


def folded(text: str) -> str:
    """``text`` lower-cased, accents and quote variants folded, same length as ``text``."""
    return text.translate(_FOLD)


_OPENS_ON_ARTICLE = re.compile(r"(?:An?|The|Une?|L[ae]s?|L['’]) ?\w")


def headline_end(text: str) -> int:
    """Where the headline ends: a short first line of a text of several lines, not a
    sentence (no full stop); 0 when the text has none."""
    lines = text.split("\n")
    first_line = lines[0]
    if "\n" in text.strip() and len(first_line) < 200 and not first_line.endswith("."):
        second = lines[1] if len(lines) > 2 else ""
        if (
            second.strip()
            and len(second) < 200
            and not second.rstrip().endswith((".", ":", "»", '"'))
            # ("A Shanghai-based company is to open …" with its full stop lost: a lead
            # sentence opens on its article, a standfirst seldom does)
            and not _OPENS_ON_ARTICLE.match(second)
        ):
            # a standfirst under it, a line no sentence ends ("Tobacco firm to produce 4.6
            # billion cigarettes annually in factory near Moscow"): the headline's too
            return len(first_line) + 1 + len(second)
        return len(first_line)
    return 0


# A run of characters with no space this long is no word of the press's: a hash, a blob, a
# page whose spaces were lost in its conversion ("Thecompanywillbuild…").
_LONG_RUN = re.compile(r"\S{200,}")


def without_long_runs(text: str) -> str:
    """``text`` with each run of 200 characters or more without a space made spaces, the
    same length: nothing in it is read, and no pattern of the reader's tries it from each of
    its letters (a run of 100,000 took minutes so)."""
    return _LONG_RUN.sub(lambda m: " " * len(m.group()), text)


def unwrapped(text: str) -> str:
    """``text`` with the line breaks of a page's hard-wrapped columns made spaces, the same
    length ("Japan's Mitsubishi\nHeavy Industries" is one name): in a text whose lines are
    nearly all of a column's width, a single break after a full line that ends no sentence
    only wraps it. A blank line, the headline's end and a short line's end (a heading, a
    byline) still break it."""
    lines = text.split("\n")
    body = [line for line in lines[1:] if line.strip()]
    if len(body) < 4:
        return text
    width = max(len(line) for line in body)
    full = [line for line in body if len(line) >= width / 2]
    if width > 100 or len(full) < 0.6 * len(body):
        return text
    chars = list(text)
    at = -1
    for number, (line, after) in enumerate(pairwise(lines)):
        at += 1 + len(line)  # the break after ``line``
        if (
            line.strip()
            and after.strip()
            and len(line) >= max(30, width / 2)
            and line.rstrip()[-1] not in '.!?:;"»”'
            # the first line is a headline unless it is as wide as the column and so is
            # the line after it
            and (number > 0 or (len(line) <= 1.15 * width and len(after) >= width / 2))
        ):
            chars[at] = " "
    return "".join(chars)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    index: int


# A month abbreviated, then its day's or its year's number: "by Dec. 31, 2030", "le 5 déc.
# 2023": the point is the abbreviation's, no sentence ends there.
_MONTHS_ABBREVIATED = (
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc",
)  # fmt: skip
_NO_MONTH_END = "(?!(?:" + "|".join(rf"(?<=\b{m}\.)" for m in _MONTHS_ABBREVIATED) + r")\s+\d)"

# A sentence ends at . ! ? (not after an initial, a number's point or an abbreviation:
# "Wuxi No. 1 Cotton Mill", "Co., Ltd.", "Dr. Ali", "St. Petersburg") or a line break
# that does not only wrap the sentence (``_wrapped``); a title abbreviated before a name
# ("Gov. Nathan Deal", "Sen. X", "Lt. Gov. X") ends none either.
_END = re.compile(
    r"(?<![A-Z]\.)(?<!\bM)(?<!\b[A-Z])(?<!\bNo)(?<!\bDr)(?<!\bSt)(?<!\bMr)(?<!\bMrs)(?<!\bMs)"
    r"(?<!\bCo)(?<!\bLtd)(?<!\bInc)(?<!\bCorp)(?<!\bMme)"
    # ("Kelvo Malaysia Sdn. Bhd.", "Kelvo Pte. Ltd.": a legal form's first word)
    r"(?<!\bSdn)(?<!\bPte)(?<!\bPvt)(?<!\bPty)"
    r"(?<!\bGov)(?<!\bSen)(?<!\bRep)(?<!\bPres)(?<!\bAmb)(?<!\bLt)[.!?](?=\s+[\"«A-ZÀ-Ý0-9])"
    # nor a month abbreviated before its day's number ("by Dec. 31, 2030", "Sept. 18")
    rf"{_NO_MONTH_END}|\n+"
    # a long run of spaces (a blob's, made spaces by ``without_long_runs``) ends one too:
    # no pattern then reads across it
    r"| {200,}"
)


def _wrapped(text: str, match: re.Match[str]) -> bool:
    """True if a line break only wraps a sentence, as a page's hard-wrapped columns do ("has
    been granted\nresident status at …"): one break, no end of sentence before it, a word
    in lower case after it."""
    before = text[: match.start()].rstrip(" \t")
    after = text[match.end() : match.end() + 1]
    return (
        match.group() == "\n"
        and bool(before)
        and before[-1] not in ".!?:;"
        and after.isalpha()
        and after.islower()
    )


def sentences(text: str) -> list[Sentence]:
    found: list[Sentence] = []
    start = 0
    for match in _END.finditer(text):
        if _wrapped(text, match):
            continue
        end = match.end() if match.group()[0] in ".!?" else match.start()
        if text[start:end].strip():
            found.append(Sentence(start, end, len(found)))
        start = match.end()
    if text[start:].strip():
        found.append(Sentence(start, len(text), len(found)))
    return found


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``start, end`` without the white space and stray punctuation at either end."""
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end
