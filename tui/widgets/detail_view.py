"""A record in full: every field, its claims with their quotes and sources, its links.

The text is built from ``store.present.describe`` (the same lines as
``bilat show``) into Rich ``Text`` objects, so nothing from the database is ever
read as markup. Related records sit in a list below: enter opens one.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from rich.console import Group, RenderableType
from rich.padding import Padding
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

from bilat.store import Snapshot, title_of
from bilat.store.present import describe, related
from bilat.store.text import printable

from ..explorer import Explorer
from .line_view import LineView

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


class DetailText(Group):
    """The rendered detail; ``str()`` gives its plain text, like a Rich ``Text`` does.

    ``marked``: the parts that are the line of a field whose sources disagree or agree
    (part number -> the field's key, and True if they disagree), which open the
    side-by-side view."""

    def __init__(self, *renderables: RenderableType) -> None:
        super().__init__(*renderables)
        self.marked: dict[int, tuple[str, bool]] = {}
        # Claim id -> the part that is the line of the field it backs (to go to it).
        self.field_of_claim: dict[str, int] = {}

    def __str__(self) -> str:
        return plain_text(self)


def render_record(snapshot: Snapshot, record_id: str) -> DetailText:
    """The detail of a record: each field, then its claims indented under it."""
    record = snapshot.get(record_id)
    parts: list[RenderableType] = [Text(printable(title_of(record)), style="bold")]
    marked: dict[int, tuple[str, bool]] = {}
    field_of_claim: dict[str, int] = {}
    for view in describe(snapshot, record):
        field_of_claim.update(dict.fromkeys((c.claim.id for c in view.claims), len(parts)))
        if view.conflict or view.resolved or view.corroborated > 1:
            marked[len(parts)] = (view.key, view.conflict or view.resolved)
        line = Text()
        line.append(f"{view.label}: ", style="bold")
        value_lines = printable(view.value).split("\n")
        flag_style = "yellow" if view.key == "flags" and view.value != "—" else ""
        line.append(value_lines[0], style=flag_style)
        if view.conflict and view.elsewhere:
            where = ", ".join(view.elsewhere)
            line.append(f"  ⚠ CONFLICT: a source puts it on {where}", style="bold red")
        elif view.conflict:
            line.append("  ⚠ CONFLICT: sources disagree", style="bold red")
        elif view.resolved:
            line.append("  (sources disagree; resolved)", style="yellow")
        elif view.corroborated > 1:
            line.append(f"  ({view.corroborated} sources agree)", style="green")
        parts.append(line)
        parts.extend(
            Padding(Text(extra, style=flag_style), (0, 0, 0, 2)) for extra in value_lines[1:]
        )
        for claim_view in view.claims:
            claim = claim_view.claim
            quote = Text("“", style="dim")
            quote.append(printable(claim.quote), style="italic")
            quote.append("”", style="dim")
            if claim.rank != "preferred":
                quote.append(f" [{claim.rank}]", style="dim")
            parts.append(Padding(quote, (0, 0, 0, 2)))
            cite = Text(f"— {printable(claim_view.source_title)}  {claim.id}", style="dim")
            parts.append(Padding(cite, (0, 0, 0, 4)))
            if claim.reason:
                why = Text(f"preferred because: {printable(claim.reason)}", style="dim italic")
                parts.append(Padding(why, (0, 0, 0, 4)))
            if claim.note:
                note = Text(f"note: {printable(claim.note)}", style="dim italic")
                parts.append(Padding(note, (0, 0, 0, 4)))
    text = DetailText(*parts)
    text.marked = marked
    text.field_of_claim = field_of_claim
    return text


def plain_text(group: Group) -> str:
    """The text of a rendered detail, without styles (for search and tests)."""
    lines = []
    for part in group.renderables:
        indent = " " * part.left if isinstance(part, Padding) else ""
        inner = part.renderable if isinstance(part, Padding) else part
        lines.append(indent + (inner.plain if isinstance(inner, Text) else str(inner)))
    return "\n".join(lines)


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
        Binding("j", "scroll_down", "Down", show=False, id="detail.down"),
        Binding("k", "scroll_up", "Up", show=False, id="detail.up"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {"detail-view--links", "detail-view--target"}

    DEFAULT_CSS = """
    DetailView {
        overflow-x: hidden;
        & > .detail-view--links {
            background: $surface;
        }
        & > .detail-view--target {
            background: $accent 30%;
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
        # The claim whose field to go to and show (from a quote in the source view), and
        # the lines of that field once drawn.
        self._wanted_claim: str | None = None
        self._target_rows: tuple[int, int] | None = None

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
    def related_list(self) -> RelatedList:
        return self.query_one("#detail-related", RelatedList)

    def go_to_claim(self, claim_id: str | None) -> None:
        """Scroll to the line of the field ``claim_id`` backs and show it (None: none)."""
        self._wanted_claim = claim_id
        self._target_rows = None
        self._lines_width = -1
        self._update_lines()
        self.refresh()

    def show(self, snapshot: Snapshot, record_id: str | None) -> None:
        if record_id != self.record_id:
            self.scroll_to(y=0, animate=False, immediate=True)
            self._wanted_claim = None
            self._target_rows = None
        self.record_id = record_id
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
        self._set(render_record(snapshot, record_id), options)

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
        self._target_rows = None
        if isinstance(body, DetailText):
            # Part by part (as the group draws them), to know where each marked line is.
            lines: list[Strip] = []
            target = body.field_of_claim.get(self._wanted_claim or "")
            for number, part in enumerate(body.renderables):
                start = len(lines)
                lines.extend(Strip(line) for line in console.render_lines(part, options, pad=False))
                if number in body.marked:
                    marked_rows.append((start, len(lines), *body.marked[number]))
                if number == target:
                    self._target_rows = (start, len(lines))
        else:
            lines = [Strip(line) for line in console.render_lines(body, options, pad=False)]
        self._marked_rows = marked_rows
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
        if self._target_rows is not None:
            # The field's line at the top, a line of what comes before it above.
            self.scroll_to(y=max(0, self._target_rows[0] - 1), animate=False, immediate=True)

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
        target = self._target_rows
        if target is not None and target[0] <= index < target[1]:
            style = base + self.get_component_rich_style("detail-view--target")
            return strip.apply_style(style).adjust_cell_length(width, style)
        if link is None:
            return strip.apply_style(base).adjust_cell_length(width, base)
        links = self.related_list
        if link == links.highlighted:
            style = links.get_component_rich_style("option-list--option-highlighted")
        else:
            style = self.get_component_rich_style("detail-view--links")
        style = base + style
        return strip.apply_style(style).adjust_cell_length(width, style)

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
            start, end = self._link_rows[highlighted]
            top = round(self.scroll_y)
            height = self.scrollable_content_region.height
            if start < top:
                self.scroll_to(y=start, animate=False, immediate=True)
            elif end > top + height:
                self.scroll_to(y=min(start, end - height), animate=False, immediate=True)
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
