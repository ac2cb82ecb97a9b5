"""The keys of the current screen on one line, drawn by one widget.

It looks and behaves like Textual's ``Footer`` (key, description, the palette key on the
right; a click presses the key; each key has its tooltip) but it is a single widget that
repaints itself when the keys change. Textual's ``Footer`` rebuilds a widget per key after
every focus change (a dozen widgets, each styled, then a new layout), which is most of the
time it takes to open a screen that has one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.widget import Widget

if TYPE_CHECKING:
    from textual.binding import Binding
    from textual.screen import Screen


@dataclass(frozen=True)
class FooterEntry:
    """One key as the footer shows it."""

    key: str  # pressed when the entry is clicked
    display: str
    description: str
    enabled: bool
    tooltip: str


@dataclass(frozen=True)
class _Placed:
    start: int
    end: int
    entry: FooterEntry


class KeyFooter(Widget, can_focus=False):
    """The bindings shown (``show=True``) for the focused widget, its screen and the app:
    the focused widget's first, those that do not fit left out whole; the help key and
    the palette key always, at the right end (every key left out is in the help)."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "key-footer--key",
        "key-footer--description",
        "key-footer--separator",
        "key-footer--hover",
    }
    DEFAULT_CSS = """
    KeyFooter {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        .key-footer--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        .key-footer--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        .key-footer--separator {
            color: $foreground 20%;
        }
        .key-footer--hover {
            background: $block-hover-background;
        }
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._entries: tuple[tuple[FooterEntry, ...], tuple[FooterEntry, ...]] = ((), ())
        self._placed: list[_Placed] = []
        self._hover: FooterEntry | None = None

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        # Focus moves often (every screen push and pop, every pane change), the keys seldom:
        # repaint only when what the line shows changes. No layout: the line's size is fixed.
        if self.is_attached and screen is self.screen and self.entries() != self._entries:
            self.refresh()

    def entries(self) -> tuple[tuple[FooterEntry, ...], tuple[FooterEntry, ...]]:
        """The keys to show, in Textual's order (focused widget first), and those kept at
        the right end: the help key and the palette key."""
        app = self.app
        active = self.screen.active_bindings
        shown: dict[str, FooterEntry] = {}
        helps: list[tuple[bool, FooterEntry]] = []
        for _node, binding, enabled, tooltip in active.values():
            entry = _entry(app.get_key_display(binding), binding, enabled, tooltip)
            if binding.action in ("help", "app.help"):
                helps.append((binding.show, entry))
            elif binding.show and binding.action not in shown:
                shown[binding.action] = entry
        # The help key shown (?), else another (F1 in a text box, where ? is a character).
        right = [entry for show, entry in sorted(helps, key=lambda h: not h[0])[:1]]
        if app.ENABLE_COMMAND_PALETTE and app.COMMAND_PALETTE_BINDING in active:
            _node, binding, enabled, _tooltip = active[app.COMMAND_PALETTE_BINDING]
            display = app.get_key_display(binding)
            right.append(_entry(display, binding, enabled, binding.tooltip or binding.description))
        return tuple(shown.values()), tuple(right)

    def render(self) -> Text:
        self._entries = keys, right_keys = self.entries()
        key_style = self.get_component_rich_style("key-footer--key")
        description_style = self.get_component_rich_style("key-footer--description")
        hover = Style(bgcolor=self.get_component_rich_style("key-footer--hover").bgcolor)
        dim = Style(dim=True)
        placed: list[_Placed] = []
        line = Text(no_wrap=True, overflow="crop", end="")

        def add(entry: FooterEntry, key_text: str, description_text: str) -> None:
            start = line.cell_len
            extra = (hover if entry == self._hover else Style()) + (
                Style() if entry.enabled else dim
            )
            line.append(key_text, key_style + extra)
            if description_text:
                line.append(description_text, description_style + extra)
            placed.append(_Placed(start, line.cell_len, entry))

        for entry in keys:
            if entry.description:
                add(entry, f" {entry.display} ", f"{entry.description} ")
            else:
                add(entry, entry.display, "")
        right = (
            cell_len("▏" + " ".join(f"{e.display} {e.description}" for e in right_keys) + " ")
            if right_keys
            else 0
        )
        room = max(0, self.size.width - right)
        if line.cell_len > room:
            # Keys that do not fit whole are left out, not cut in the middle of a word.
            # (An entry's trailing space may go: the separator stands there.)
            fits = [p for p in placed if p.end - (1 if p.entry.description else 0) <= room]
            line.truncate(min(fits[-1].end, room) if fits else 0, overflow="crop")
            placed = fits
        if right_keys:
            # Drawn over the right end of the line, as Textual's footer docks the palette.
            line.truncate(room, overflow="crop", pad=True)
            line.append("▏", self.get_component_rich_style("key-footer--separator"))
            for index, entry in enumerate(right_keys):
                if index:
                    line.append(" ")
                add(entry, entry.display, f" {entry.description}")
            line.append(" ")
        line.stylize_before(self.rich_style)
        self._placed = placed
        return line

    def _entry_at(self, x: int) -> FooterEntry | None:
        for place in reversed(self._placed):  # the palette key lies over the others
            if place.start <= x < place.end:
                return place.entry
        return None

    def on_mouse_move(self, event: events.MouseMove) -> None:
        entry = self._entry_at(event.x)
        if entry != self._hover:
            self._hover = entry
            self.tooltip = entry.tooltip if entry and entry.tooltip else None
            self.styles.pointer = "pointer" if entry else "default"
            self.refresh()

    def on_leave(self, event: events.Leave) -> None:
        if self._hover is not None:
            self._hover = None
            self.tooltip = None
            self.refresh()

    def on_mouse_down(self, event: events.MouseDown) -> None:
        entry = self._entry_at(event.x)
        if entry is None:
            return
        if entry.enabled:
            self.app.simulate_key(entry.key)
        else:
            self.app.bell()


def _entry(display: str, binding: Binding, enabled: bool, tooltip: str) -> FooterEntry:
    return FooterEntry(binding.key, display, binding.description, enabled, tooltip)
