"""A record in full: its facts card (``facts_card``), a cursor from field to field that
unfolds a field's quotes, and its related records in a list below (enter opens one)."""

from __future__ import annotations

from typing import ClassVar, Literal

from rich.console import RenderableType
from rich.text import Text
from textual import events, getters
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from bilat.store import Snapshot
from bilat.store.present import related
from bilat.store.text import printable

from ..explorer import Explorer
from .facts_card import GUTTER, DetailText, render_record
from .line_view import LineView

__all__ = ["GUTTER", "DetailText", "DetailView", "OpenFinding", "OpenRecord", "render_record"]

NOTHING_HIGHLIGHTED = Text("Nothing highlighted.", style="dim")


class OpenRecord(Message):
    """Ask the app to show a record (from a link, a quote, the palette)."""

    def __init__(self, record_id: str, action: str = "open", claim: str | None = None) -> None:
        """``claim``: go to the field this claim backs (from a quote in its source)."""
        super().__init__()
        self.record_id = record_id
        self.action = action
        self.claim = claim


class OpenFinding(Message):
    """Ask the app to show the sources of a record's field side by side."""

    def __init__(self, record_id: str, field: str | None = None) -> None:
        super().__init__()
        self.record_id = record_id
        self.field = field


class RelatedList(OptionList):
    """The keys of the related-records list; the pane draws the list in its own lines.

    The options, the highlight and the keys (up, down, enter…) are an ordinary OptionList's,
    but the widget takes no room: the pane draws the related records below the record, so
    that showing another record never changes the size of anything on screen.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="related.down"),
        Binding("k", "cursor_up", "Up", show=False, id="related.up"),
        Binding(
            "enter",
            "select",
            "Open",
            show=False,
            id="related.open",
            tooltip="Open the related record",
        ),
    ]

    DEFAULT_CSS = """
    RelatedList, RelatedList:focus {
        height: 0;
        border: none;
        padding: 0;
    }
    """

    def watch_highlighted(self, highlighted: int | None) -> None:
        super().watch_highlighted(highlighted)
        self._tell_pane()

    def on_focus(self) -> None:
        self._tell_pane()

    def on_blur(self) -> None:
        self._tell_pane()

    def _tell_pane(self) -> None:
        if isinstance(self.parent, DetailView):
            self.parent.link_moved()

    def _move_page(self, direction: Literal[-1, 1]) -> None:
        # The list has no lines of its own: a page is half as many lines as the pane shows.
        if not self.option_count:
            return
        step = max(1, self.parent.size.height // 2) if isinstance(self.parent, Widget) else 1
        index = (self.highlighted or 0) + direction * step
        self.highlighted = max(0, min(self.option_count - 1, index))


class DetailView(LineView, can_focus=True):
    """The detail of one record; scrolls; its links are one enter away.

    The record's lines are drawn with the line API: showing another record replaces the
    lines and the scrollable size, without laying the screen out again.
    """

    explorer = getters.app(Explorer)  # its session says what waits for the background

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "o",
            "source",
            "Source",
            id="detail.source",
            tooltip="Read the source text with this record's quotes highlighted",
        ),
        Binding(
            "r",
            "related",
            "Related",
            id="detail.related",
            tooltip="Move to the list of related records",
        ),
        Binding(
            "h",
            "history",
            "History",
            show=False,
            id="detail.history",
            tooltip="What changed in this record, when and by whom",
        ),
        Binding(
            "x",
            "sides",
            "Sides",
            id="detail.sides",
            tooltip="Sources side by side on the first line marked ⚠ CONFLICT or agreeing "
            "from the top of the view (or click such a line)",
        ),
        Binding(
            "enter,space",
            "unfold",
            "Quotes",
            id="detail.unfold",
            tooltip="Show or fold the quotes and sources of the field under the cursor",
        ),
        Binding(
            "asterisk",
            "unfold_all",
            "All quotes",
            show=False,
            id="detail.unfold_all",
            tooltip="Show or fold the quotes of every field",
        ),
        Binding("j,down", "next_field", "Down", show=False, id="detail.down"),
        Binding("k,up", "previous_field", "Up", show=False, id="detail.up"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {"detail-view--links", "detail-view--cursor"}

    DEFAULT_CSS = """
    DetailView {
        overflow-x: hidden;
        & > .detail-view--links {
            background: $surface;
        }
        & > .detail-view--cursor {
            background: $primary 30%;
        }
        &:focus > .detail-view--cursor {
            background: $accent 40%;
            text-style: bold;
        }
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.record_id: str | None = None
        self._body: RenderableType = NOTHING_HIGHLIGHTED
        self._link_prompts: list[Text] = []
        # The lines drawn at a width, and where each link's lines start and end.
        self._lines: list[Strip] = []
        self._link_rows: list[tuple[int, int]] = []
        # The lines of fields whose sources disagree or agree: (start, end, field key,
        # True if they disagree).
        self._marked_rows: list[tuple[int, int, str, bool]] = []
        self._lines_width = -1
        # The card: the lines of each field (start, end, key), the one under the cursor,
        # the fields whose quotes are shown, and the snapshot it was drawn from.
        self._field_rows: list[tuple[int, int, str]] = []
        self.field_cursor = 0
        self.unfolded: set[str] = set()
        self._snapshot: Snapshot | None = None

    @property
    def is_container(self) -> bool:
        # Its children take no room, but the related list must be a stop of the focus chain.
        return True

    def compose(self) -> ComposeResult:
        yield RelatedList(id="detail-related")

    @property
    def text(self) -> str:
        """The plain text of the record shown (or of the line that stands for it)."""
        body = self._body
        return str(body) if isinstance(body, DetailText) else getattr(body, "plain", str(body))

    @property
    def full_text(self) -> str:
        """The plain text of the record's card with the quotes of every field shown (as
        ``*`` shows them)."""
        if self._snapshot is None or self.record_id is None:
            return self.text
        if not isinstance(self._body, DetailText):
            return self.text
        return str(render_record(self._snapshot, self.record_id, None))

    @property
    def related_list(self) -> RelatedList:
        return self.query_one("#detail-related", RelatedList)

    # The claim (from a quote in the source view) whose field to go to once the record is
    # drawn, and that field's key once known.
    _wanted_claim: str | None = None
    _wanted_field: str | None = None

    def go_to_claim(self, claim_id: str | None) -> None:
        """Put the card's cursor on the field ``claim_id`` backs, its quotes unfolded and its
        line at the top of the view (None: nothing to go to). If the record is not drawn
        yet (its claims still gathered), it happens when it is."""
        self._wanted_claim = claim_id
        self._go_to_wanted()

    def _go_to_wanted(self) -> None:
        body = self._body
        if self._wanted_claim is None or not isinstance(body, DetailText):
            return
        key = body.field_of_claim.get(self._wanted_claim)
        self._wanted_claim = None
        if key is None:
            return
        self._wanted_field = key
        if key not in self.unfolded and self._snapshot is not None and self.record_id:
            self.unfolded.add(key)
            self._body = render_record(self._snapshot, self.record_id, frozenset(self.unfolded))
        self._lines_width = -1
        self._update_lines()
        self.refresh()

    def show(self, snapshot: Snapshot, record_id: str | None) -> None:
        if record_id != self.record_id:
            self.scroll_to(y=0, animate=False, immediate=True)
            self.field_cursor = 0
            self.unfolded = set()
            self._wanted_claim = None
            self._wanted_field = None
        self.record_id = record_id
        self._snapshot = snapshot
        if record_id is None or snapshot.find(record_id) is None:
            self._set(NOTHING_HIGHLIGHTED)
            return
        if not snapshot.all_read:
            # A large file's first screen, painted before its claims and sources are laid
            # out (a second, in the background): the screen shows it again then.
            self._set(Text(f"{record_id}: reading the claims and sources…", style="dim"))
            return
        if self.explorer.session.links_wanted_in_background(snapshot):
            # Grouping every claim by record takes a second or more on a large database:
            # do it off the event loop, so the first screen is painted without waiting.
            self._set(Text(f"{record_id}: gathering its claims and links…", style="dim"))
            self.run_worker(
                lambda: self._prepare(snapshot, record_id),
                thread=True,
                group="detail-prepare",
                exclusive=True,
            )
            return
        options = [
            Option(
                Text(f"→ {link.relation}: {printable(link.title)}  ({link.record_id})"),
                id=link.record_id,
            )
            for link in related(snapshot, snapshot.get(record_id))
        ]
        self._set(render_record(snapshot, record_id, frozenset(self.unfolded)), options)

    def _set(self, body: RenderableType, options: list[Option] | None = None) -> None:
        """Show ``body`` and ``options`` below it: new lines, no layout."""
        self._body = body
        links = self.related_list
        links.set_options(options or [])
        self._link_prompts = [
            option.prompt for option in options or [] if isinstance(option.prompt, Text)
        ]
        links.can_focus = bool(options)
        if links.has_focus and not options:
            self.focus(scroll_visible=False)
        self._lines_width = -1
        self._update_lines()
        self.refresh()
        self._go_to_wanted()

    def _update_lines(self) -> None:
        """Draw the lines at the pane's width and take their count as the scrollable size."""
        width = self.scrollable_content_region.width
        if not self.is_mounted or width <= 0:
            return
        if width == self._lines_width:
            return
        console = self.app.console
        options = console.options.update(width=width, height=None, highlight=False)
        body = self._body
        marked_rows: list[tuple[int, int, str, bool]] = []
        field_rows: list[tuple[int, int, str]] = []
        if isinstance(body, DetailText):
            # Part by part (as the group draws them), to know where each marked line is.
            lines: list[Strip] = []
            for number, part in enumerate(body.renderables):
                start = len(lines)
                lines.extend(Strip(line) for line in console.render_lines(part, options, pad=False))
                if number in body.marked:
                    marked_rows.append((start, len(lines), *body.marked[number]))
                if number in body.fields:
                    field_rows.append((start, len(lines), body.fields[number]))
        else:
            lines = [Strip(line) for line in console.render_lines(body, options, pad=False)]
        self._marked_rows = marked_rows
        self._field_rows = field_rows
        self.field_cursor = max(0, min(self.field_cursor, len(field_rows) - 1))
        wanted = [row for row in field_rows if row[2] == self._wanted_field]
        link_rows = []
        if self._link_prompts:
            lines.append(Strip([]))
            for prompt in self._link_prompts:
                start = len(lines)
                lines.extend(
                    Strip(line) for line in console.render_lines(prompt, options, pad=False)
                )
                link_rows.append((start, len(lines)))
        self._lines = lines
        self._link_rows = link_rows
        self._lines_width = width
        self.set_content_size(Size(width, len(lines)))
        if wanted:
            # The field's line at the top, a line of what comes before it above.
            self._wanted_field = None
            self.field_cursor = field_rows.index(wanted[0])
            self.scroll_to(y=max(0, wanted[0][0] - 1), animate=False, immediate=True)

    def on_resize(self, event: events.Resize) -> None:
        self._update_lines()

    def render_line(self, y: int) -> Strip:
        self._update_lines()
        width = self.scrollable_content_region.width
        base = self.rich_style
        index = round(self.scroll_y) + y
        if index >= len(self._lines):
            return Strip.blank(width, base)
        strip = self._lines[index]
        link = self._link_at(index)
        if link is None:
            if self.has_focus and self._on_cursor(index):
                style = base + self.get_component_rich_style("detail-view--cursor")
                return strip.apply_style(style).adjust_cell_length(width, style)
            return strip.apply_style(base).adjust_cell_length(width, base)
        links = self.related_list
        if link == links.highlighted:
            style = links.get_component_rich_style("option-list--option-highlighted")
        else:
            style = self.get_component_rich_style("detail-view--links")
        style = base + style
        return strip.apply_style(style).adjust_cell_length(width, style)

    def _on_cursor(self, line: int) -> bool:
        """Whether ``line`` is a line of the field under the card's cursor."""
        rows = self._field_rows
        if not rows or not 0 <= self.field_cursor < len(rows):
            return False
        start, end, _key = rows[self.field_cursor]
        return start <= line < end

    @property
    def current_field(self) -> str | None:
        """The key of the field under the cursor (None: the record has none)."""
        rows = self._field_rows
        return rows[self.field_cursor][2] if 0 <= self.field_cursor < len(rows) else None

    def _move_cursor(self, step: int) -> None:
        rows = self._field_rows
        to = self.field_cursor + step
        if not rows or not 0 <= to < len(rows):
            # Past the first or last field: the view scrolls (to the links below).
            self.scroll_to(y=self.scroll_y + step, animate=False, immediate=True)
            return
        self.field_cursor = to
        start, end, _key = rows[to]
        self._show_lines(start, end)
        self.refresh()

    def _show_lines(self, start: int, end: int) -> None:
        """Scroll the lines ``start`` to ``end`` into view (their top, if they are more
        than the view holds)."""
        top = round(self.scroll_y)
        height = self.scrollable_content_region.height
        if start < top:
            self.scroll_to(y=start, animate=False, immediate=True)
        elif end > top + height:
            self.scroll_to(y=min(start, end - height), animate=False, immediate=True)

    def action_next_field(self) -> None:
        self._move_cursor(1)

    def action_previous_field(self) -> None:
        self._move_cursor(-1)

    def action_unfold(self) -> None:
        """Show the quotes of the field under the cursor, or fold them again."""
        key = self.current_field
        if key is None:
            return
        self.unfolded ^= {key}
        self._redraw()

    def action_unfold_all(self) -> None:
        """Show the quotes of every field (or fold them all, if all are shown)."""
        keys = {key for _start, _end, key in self._field_rows}
        self.unfolded = set() if keys and keys <= self.unfolded else keys
        self._redraw()

    def _redraw(self) -> None:
        """Draw the card again with the fields unfolded now; the cursor stays on its field."""
        snapshot, record_id = self._snapshot, self.record_id
        if snapshot is None or record_id is None or not isinstance(self._body, DetailText):
            return
        key = self.current_field
        self._body = render_record(snapshot, record_id, frozenset(self.unfolded))
        self._lines_width = -1
        self._update_lines()
        keys = [row[2] for row in self._field_rows]
        if key in keys:
            self.field_cursor = keys.index(key)
        self.refresh()

    def _link_at(self, line: int) -> int | None:
        """Which related record the line ``line`` shows (None for the record's own lines)."""
        rows = self._link_rows
        if not rows or line < rows[0][0]:
            return None
        return next((i for i, (start, end) in enumerate(rows) if start <= line < end), None)

    def link_moved(self) -> None:
        """The related list's highlight or focus changed: redraw, and show the highlight."""
        links = self.related_list
        highlighted = links.highlighted
        focused = self.screen.focused is links  # (its has_focus is set after its Focus event)
        if focused and highlighted is not None and highlighted < len(self._link_rows):
            self._show_lines(*self._link_rows[highlighted])
        self.refresh()

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        line = round(self.scroll_y) + offset.y
        marked = next(
            (key for start, end, key, _conflict in self._marked_rows if start <= line < end),
            None,
        )
        if marked is not None and self.record_id:
            self.post_message(OpenFinding(self.record_id, marked))
            return
        link = self._link_at(line)
        if link is not None:
            links = self.related_list
            links.focus(scroll_visible=False)
            links.highlighted = link
            links.action_select()

    def _prepare(self, snapshot: Snapshot, record_id: str) -> None:
        snapshot.links.prepare()
        self.app.call_from_thread(self._prepared, snapshot, record_id)

    def _prepared(self, snapshot: Snapshot, record_id: str) -> None:
        if self.record_id == record_id:
            self.show(snapshot, record_id)

    def action_source(self) -> None:
        if self.record_id:
            self.post_message(OpenRecord(self.record_id, "source"))

    def action_history(self) -> None:
        self.explorer.show_history(self.record_id)

    def action_sides(self) -> None:
        """The first line marked as a conflict from the top of the view (else the first
        above it), else the first line whose sources agree."""
        if not self.record_id:
            return
        rows = self._marked_rows
        if not rows:
            self.app.notify("No field of this record has two sources that compare.", timeout=3)
            return
        top = round(self.scroll_y)
        conflicts = [row for row in rows if row[3]]
        below = [row for row in conflicts if row[0] >= top]
        chosen = below[0] if below else conflicts[-1] if conflicts else rows[0]
        self.post_message(OpenFinding(self.record_id, chosen[2]))

    def action_related(self) -> None:
        links = self.related_list
        if links.option_count:
            if links.highlighted is None:
                links.highlighted = 0  # so that enter right away opens the first link
            links.focus(scroll_visible=False)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(OpenRecord(event.option.id))
