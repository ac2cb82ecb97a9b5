"""A source's whole text, its quotes highlighted, drawn line by line.

The text is wrapped once per width and only the lines on screen are drawn, so a long
source shows at once; moving to another quote restyles the paragraphs it touches and
scrolls, without laying the screen out again. Nothing in the text is ever read as markup,
and control characters are shown as visible escapes (``printable``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache
from typing import ClassVar

from rich._wrap import divide_line
from rich.cells import cell_len, get_character_cell_size
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Size
from textual.strip import Strip

from bilat.store.text import printable

from .line_view import LineView

CURRENT_QUOTE = "reverse bold"
OTHER_QUOTE = "underline yellow"

_NON_SPACE = re.compile(r"\S")
_TO_LAST_SPACE = re.compile(r".*\s", re.DOTALL)


class SourceView(LineView, can_focus=True):
    """The text, its paragraphs one blank line apart; the current quote drawn apart."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Down", show=False, id="source.down"),
        Binding("k", "scroll_up", "Up", show=False, id="source.up"),
    ]

    DEFAULT_CSS = """
    SourceView {
        overflow-x: hidden;
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._raw: list[str] = []  # the paragraphs as stored
        self._shown: list[str] = []  # and as shown (control characters escaped)
        self._paragraphs: list[Text | None] = []  # as shown: printable, quotes styled
        self._spans: list[tuple[int, int]] = []  # the quotes, offsets in the stored text
        self._starts: list[int] = [0]  # where each paragraph starts in the stored text
        self.current = -1
        # The width the text is wrapped to, the first line of each paragraph at that width,
        # and the lines of the paragraphs drawn so far.
        self._width = -1
        self._width_before_bar = -1  # the view's width when the scrollbar is yet to show
        self._tops: list[int] = []
        self._lines: list[list[Content] | None] = []
        self._scroll_pending = False

    # -- what is shown ------------------------------------------------------------------------

    def show(self, text: str, spans: Sequence[tuple[int, int]], current: int) -> None:
        """Show ``text`` with the quotes at ``spans`` (stored offsets), ``current`` apart."""
        self._starts = _paragraph_starts(text)
        ends = [*self._starts[1:], len(text)]
        self._raw = [
            text[start:end].rstrip("\n") for start, end in zip(self._starts, ends, strict=True)
        ]
        self._shown = [printable(raw) for raw in self._raw]
        self._spans = list(spans)
        self.current = current
        # Styled and wrapped when first drawn: a long text shows as fast as a short one.
        self._paragraphs = [None] * len(self._raw)
        self._width = self._width_before_bar = -1
        self._lines = [None] * len(self._raw)
        self._tops = []
        self.scroll_to(y=0, animate=False, immediate=True)
        self._scroll_pending = True
        self._update_lines()
        self.refresh()

    def set_current(self, current: int) -> None:
        """Draw the quote ``current`` apart from the others and scroll it into view."""
        before = self.current
        self.current = current
        for index in self._paragraphs_of(before) | self._paragraphs_of(current):
            self._paragraphs[index] = None
            self._lines[index] = None
        self._scroll_pending = True
        self._scroll_to_current()
        self.refresh()

    @property
    def text(self) -> Text:
        """The text as shown: printable, paragraphs one blank line apart, quotes styled."""
        return Text("\n\n").join(self._styled(index) for index in range(len(self._raw)))

    @property
    def plain(self) -> str:
        """The text as shown, without styles."""
        return "\n\n".join(self._shown)

    def _styled(self, index: int) -> Text:
        styled = self._paragraphs[index]
        if styled is None:
            styled = self._paragraphs[index] = self._style(index)
        return styled

    def _style(self, index: int) -> Text:
        raw = self._raw[index]
        shown = self._shown[index]
        text = Text(shown)
        start = self._starts[index]
        end = start + len(raw)

        def at(offset: int) -> int:
            # Escapes are longer than the characters they stand for.
            return offset if len(shown) == len(raw) else len(printable(raw[:offset]))

        for number, (quote_start, quote_end) in enumerate(self._spans):
            lo, hi = max(quote_start, start), min(quote_end, end)
            if lo < hi:
                style = CURRENT_QUOTE if number == self.current else OTHER_QUOTE
                text.stylize(style, at(lo - start), at(hi - start))
        return text

    def _paragraphs_of(self, number: int) -> set[int]:
        """The paragraphs the quote ``number`` lies in."""
        if not 0 <= number < len(self._spans):
            return set()
        start, end = self._spans[number]
        first = bisect_right(self._starts, start) - 1
        last = bisect_right(self._starts, max(start, end - 1)) - 1
        return set(range(max(first, 0), max(last, 0) + 1))

    # -- lines --------------------------------------------------------------------------------

    def _wrapped(self, index: int) -> list[Content]:
        lines = self._lines[index]
        if lines is None:
            content = Content.from_rich_text(self._styled(index), self.app.console)
            lines = content.wrap(self._width) or [Content("")]
            self._lines[index] = lines
        return lines

    def _update_lines(self) -> None:
        """Wrap the text at the view's width; its line count is the scrollable size."""
        region = self.scrollable_content_region
        width = region.width
        if not self.is_mounted or width <= 0 or width in (self._width, self._width_before_bar):
            return
        bar = self.styles.scrollbar_size_vertical
        self._width_before_bar = -1
        if bar and not self.show_vertical_scrollbar and self.styles.overflow_y == "auto":
            # A text taller than the view brings a scrollbar, which takes columns from the
            # text: wrap it once, at the width it will have.
            tops = self._tops_at(width - bar)
            if tops[-1] > region.height:
                self._width_before_bar = width
                self._set_lines(width - bar, tops)
                return
        self._set_lines(width, self._tops_at(width))

    def _tops_at(self, width: int) -> list[int]:
        """The first line of each paragraph at ``width``, and the text's height last."""
        tops = [0]
        for shown in self._shown:
            # A blank line after each paragraph; the last one is the text's bottom margin.
            tops.append(tops[-1] + line_count(shown, width) + 1)
        return tops

    def _set_lines(self, width: int, tops: list[int]) -> None:
        self._width = width
        self._lines = [None] * len(self._raw)
        self._tops = tops[:-1]
        self.set_content_size(Size(width, tops[-1]))
        self._scroll_to_current()

    def _scroll_to_current(self) -> None:
        """Show the current quote's paragraph from its top (or the quote, if it is long)."""
        if not self._scroll_pending or self._width <= 0:
            return
        self._scroll_pending = False
        paragraphs = sorted(self._paragraphs_of(self.current))
        if not paragraphs:
            return
        index = paragraphs[0]
        y = self._tops[index]
        height = self.scrollable_content_region.height
        lines = self._wrapped(index)
        first = next((row for row, line in enumerate(lines) if _is_current(line)), 0)
        last = max((row for row, line in enumerate(lines) if _is_current(line)), default=0)
        if height > 0 and last >= height:
            y += first  # the paragraph is taller than the view: start at the quote
        self.scroll_to(y=y, animate=False, immediate=True)

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        # The view's scrollable size is its text's, whatever the layout says: a new layout
        # of the screen leaves the scrollbar alone unless the view's own size changed.
        return super()._size_updated(size, self.virtual_size, container_size, layout)

    def on_resize(self, event: events.Resize) -> None:
        self._update_lines()

    def render_line(self, y: int) -> Strip:
        self._update_lines()
        width = self.scrollable_content_region.width
        index = round(self.scroll_y) + y
        base = self.rich_style
        paragraph = bisect_right(self._tops, index) - 1
        if paragraph < 0:
            return Strip.blank(width, base)
        lines = self._wrapped(paragraph)
        row = index - self._tops[paragraph]
        if row >= len(lines):
            return Strip.blank(width, base)
        strip = Strip(lines[row].render_segments(self.visual_style))
        return strip.extend_cell_length(width, base)


def line_count(text: str, width: int) -> int:
    """How many lines Textual's wrapping (``Content.wrap``) makes of a line of ``text``.

    Textual breaks a line where Rich's ``divide_line`` says: each word goes on the line if
    its last visible character fits, else it starts the next line. For the usual text,
    whose characters are each one cell wide, the breaks are found a line at a time here
    instead of a word at a time.
    """
    if "\t" in text:
        text = Content(text).expand_tabs(8).plain  # as Textual does before wrapping
    if not _one_cell().issuperset(text):
        return 1 if cell_len(text) <= width else len(divide_line(text, width, fold=True)) + 1
    length = len(text)
    if length <= width:
        return 1
    if text[0].isspace():
        return len(divide_line(text, width, fold=True)) + 1
    lines = 1
    start = 0  # where the current line starts: a word
    while start + width < length:
        limit = start + width  # the first cell past the line
        if text[limit].isspace():
            # Every word up to here fits; the next one starts a line, if there is one.
            after = _NON_SPACE.search(text, limit)
            if after is None:
                break
            start = after.start()
        else:
            # The word across the limit starts a line, unless it is longer than a line.
            before = _TO_LAST_SPACE.match(text, start, limit)
            if before is None:
                return len(divide_line(text, width, fold=True)) + 1
            start = before.end()
        lines += 1
    return lines


@cache
def _one_cell() -> frozenset[str]:
    """Characters one cell wide: Latin, Greek, Cyrillic, Arabic…, common punctuation."""
    codes = (*range(0x20, 0x700), *range(0x2000, 0x20D0), *range(0x2100, 0x2150))
    return frozenset(char for char in map(chr, codes) if get_character_cell_size(char) == 1)


def _is_current(line: Content) -> bool:
    return any(span.style and getattr(span.style, "reverse", False) for span in line.spans)


def _paragraph_starts(text: str) -> list[int]:
    """Where each line of the text starts (a newline at the very end starts none)."""
    starts = [0]
    position = text.find("\n")
    while 0 <= position < len(text) - 1:
        starts.append(position + 1)
        position = text.find("\n", position + 1)
    return starts
