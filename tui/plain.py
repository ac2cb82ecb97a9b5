"""Plain terminals: a server's console (``TERM=linux``), a ``C`` locale, ``NO_COLOR``.

The Linux console's font lacks rounded corners, block eighths and most symbols, and a
``C`` locale has only ASCII: the explorer's lines would reach them as garbage. Rather
than give every widget two sets of glyphs, the app passes each drawn line through one
filter (``AsciiLines``) that puts an ASCII character in place of every other, keeping
each cell's width, so that borders, the sector tree, the marks and the sort arrows say
the same things in characters the terminal has. ``NO_COLOR`` keeps the glyphs (the
terminal has them) but loses the colours that told states apart: the widgets ask
``no_color`` and say those states in characters or text styles too.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Mapping
from functools import lru_cache

from rich.cells import cell_len
from rich.segment import Segment
from textual.color import Color
from textual.filter import LineFilter

# Each drawing glyph the explorer or Textual uses, as the ASCII character nearest in sense.
_DRAWING = {
    **dict.fromkeys("─━┄┈╌▁▔", "-"),
    "═": "=",
    **dict.fromkeys("│┃║┆┊╎▏▕▎▍▌▋▊▉", "|"),
    **dict.fromkeys("╭╮╰╯┌┐└┘┏┓┗┛╔╗╚╝├┤┬┴┼┣┫┳┻╋╠╣╦╩╬", "+"),
    **dict.fromkeys("█▇▆▅▄▃▂▀▐░▒▓■", "#"),
    "▼": "v",
    "▽": "v",
    "▾": "v",
    "▲": "^",
    "△": "^",
    "▴": "^",
    "▶": ">",
    "▸": ">",
    "►": ">",
    "◀": "<",
    "◂": "<",
    "›": ">",
    "‹": "<",
    "»": ">",
    "«": "<",
    "→": ">",
    "←": "<",
    "↑": "^",
    "↓": "v",
    "⏎": "<",
    "…": "~",
    "·": ".",
    "•": "*",
    "—": "-",
    "–": "-",
    "‘": "'",
    "’": "'",
    "“": '"',
    "”": '"',
    "≈": "~",
    "≥": ">",
    "≤": "<",
    "±": "=",
    "↔": "&",
    "✓": "+",
    "✔": "+",
    "✗": "x",
    "⚠": "!",
    "⚑": "F",
    "☐": " ",
    "☑": "X",
    "☒": "X",
    "\u00a0": " ",
    "\u202f": " ",
}


# Keys Textual shows as a glyph, as the word a console user reads on the keycap: one
# character of ASCII would say "v" for down, which is the overview's key.
_KEY_WORDS = {"⏎": "enter", "↑": "up", "↓": "down", "←": "left", "→": "right", "⌫": "bksp"}


def key_in_words(display: str) -> str:
    """A key as the footer or help shows it, with each glyph-only key spelled as a word
    ("⏎" → "enter", "shift+↑" → "shift+up"), for terminals without the glyphs."""
    return "+".join(_KEY_WORDS.get(part, part) for part in display.split("+"))


def glyphs_missing(environ: Mapping[str, str] | None = None) -> bool:
    """True on a terminal that lacks the explorer's drawing glyphs: the Linux console, or
    a locale whose character set is not UTF-8 (``LANG=C``)."""
    env = os.environ if environ is None else environ
    return env.get("TERM") == "linux" or not utf8_locale(env)


def utf8_locale(environ: Mapping[str, str] | None = None) -> bool:
    """Whether the locale's character set is UTF-8 (the first of LC_ALL, LC_CTYPE, LANG
    that is set decides, as the C library does; none set is the C locale)."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_CTYPE", "LANG"):
        value = env.get(name)
        if value:
            folded = value.lower().replace("-", "")
            return "utf8" in folded
    return False


def no_color(environ: Mapping[str, str] | None = None) -> bool:
    """Whether the user asked for no colour (https://no-color.org: set and not empty)."""
    env = os.environ if environ is None else environ
    return bool(env.get("NO_COLOR"))


@lru_cache(maxsize=4096)
def ascii_of(char: str, *, letters: bool) -> str:
    """``char`` as ASCII of the same width: a drawing glyph's nearest sense, a letter
    without its accent (only when ``letters``: else letters stay, the terminal has them),
    anything else ``?`` in each of its cells."""
    if char < "\x80":
        return char
    if char in _DRAWING:
        return _DRAWING[char]
    if not letters:
        return char
    base = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode()
    if len(base) == 1 and cell_len(char) == 1:
        return base
    return "?" * max(1, cell_len(char))


def ascii_text(text: str, *, letters: bool = True) -> str:
    """``text`` with every character ``ascii_of`` (same width, cell for cell)."""
    if text.isascii():
        return text
    return "".join(ascii_of(char, letters=letters) for char in text)


class AsciiLines(LineFilter):
    """Puts ASCII in place of the glyphs of every line the app draws (see the module).

    ``letters``: also accented and foreign letters (a ``C`` locale, which has only ASCII);
    the Linux console in a UTF-8 locale shows letters, only the drawing glyphs go."""

    def __init__(self, *, letters: bool) -> None:
        super().__init__()
        self.letters = letters

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        letters = self.letters
        return [
            segment
            if control or text.isascii()
            else Segment(ascii_text(text, letters=letters), style, control)
            for segment in segments
            for text, style, control in (segment,)
        ]
