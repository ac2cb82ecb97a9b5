"""The sector tree: "All", then each sector under its parent, with its counts.

Choosing a sector filters the projects and agreements tables to it and its children
(heavy industry holds steel and aluminium): ``enter`` chooses the highlighted one at
once; a sector the cursor rests on for ``PAUSE_SECONDS`` is chosen too. Moving through
the tree with the arrows filters once, where the cursor stops, not at every sector it
passes (on a large database each filter costs a moment).
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from bilat.store import Snapshot, display_name
from bilat.store.text import printable

ALL = ""
# How long the cursor rests on a sector before the tables follow it.
PAUSE_SECONDS = 0.6


class SectorTree(Tree[str]):
    """Sectors as a tree; the data of each node is the sector id ("" for All)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="sectors.down"),
        Binding("k", "cursor_up", "Up", show=False, id="sectors.up"),
        Binding(
            "enter",
            "select_cursor",
            "Filter",
            id="sectors.choose",
            tooltip="Filter projects and agreements to this sector and its children",
        ),
    ]

    class Chosen(Message):
        """A sector (or All, as None) was highlighted."""

        def __init__(self, sector_id: str | None) -> None:
            super().__init__()
            self.sector_id = sector_id

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(Text("All"), data=ALL, id=id)
        self.show_root = True
        self.guide_depth = 2
        # enter chooses a sector; it must not also fold the tree (space still does).
        self.auto_expand = False
        self._current: str | None = None
        self._names: dict[str, str] = {}
        self._pause: Timer | None = None

    def load(self, snapshot: Snapshot, counts: dict[str, tuple[int, int]] | None) -> None:
        """Rebuild from a snapshot, keeping the highlighted sector, with ``counts`` of each
        sector (None on a large database until the session has counted them: then
        ``show_counts``)."""
        keep = self._current
        self.clear()
        projects = len(snapshot.projects)
        agreements = len(snapshot.agreements)
        self.root.set_label(_label("All", projects, agreements))
        self._names = {sid: display_name(sec.name) or sid for sid, sec in snapshot.sectors.items()}
        children = snapshot.links.sector_children
        roots = sorted(
            (
                s
                for s in snapshot.sectors.values()
                if s.parent is None or s.parent not in snapshot.sectors
            ),
            key=lambda s: display_name(s.name).casefold(),
        )

        def add(node: TreeNode[str], sector_id: str, depth: int) -> None:
            kids = sorted(
                children.get(sector_id, []),
                key=lambda k: display_name(snapshot.sectors[k].name).casefold(),
            )
            numbers = counts.get(sector_id, (0, 0)) if counts is not None else None
            label = _label(self._names[sector_id], *(numbers or (None, None)))
            if kids and depth < 20:
                child = node.add(label, data=sector_id, expand=True)
                for kid in kids:
                    add(child, kid, depth + 1)
            else:
                node.add_leaf(label, data=sector_id)

        for sector in roots:
            add(self.root, sector.id, 0)
        self.root.expand()
        if keep:
            self.select_sector(keep, announce=False)

    def show_counts(self, counts: dict[str, tuple[int, int]]) -> None:
        """Put the projects·agreements counts on the labels (after a background count)."""
        for node in _walk(self.root):
            if node.data:
                node.set_label(
                    _label(self._names.get(node.data, node.data), *counts.get(node.data, (0, 0)))
                )

    def select_sector(self, sector_id: str | None, *, announce: bool = True) -> None:
        target = self.root
        if sector_id:
            target = next((n for n in _walk(self.root) if n.data == sector_id), self.root)
        # After load() rebuilt the nodes their lines are unknown (-1) until the tree is laid
        # out again, and move_cursor would land on "All": lay the lines out first.
        _ = self.last_line
        self.move_cursor(target)
        if announce:
            self._announce(target.data or None)

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted[str]) -> None:
        event.stop()
        if not self.has_focus:
            return  # moved by the program (select_sector, a reload): it says what it wants
        sector_id = event.node.data or None
        self._stop_pause()
        self._pause = self.set_timer(PAUSE_SECONDS, lambda: self._announce(sector_id))

    def on_tree_node_selected(self, event: Tree.NodeSelected[str]) -> None:
        event.stop()
        self._announce(event.node.data or None)

    def on_blur(self) -> None:
        # Leaving the tree (tab to a table) chooses where the cursor is, as a pause would.
        if self._pause is not None and self.cursor_node is not None:
            self._announce(self.cursor_node.data or None)

    def _stop_pause(self) -> None:
        if self._pause is not None:
            self._pause.stop()
            self._pause = None

    def _announce(self, sector_id: str | None) -> None:
        self._stop_pause()
        if sector_id != self._current:
            self._current = sector_id
            self.post_message(self.Chosen(sector_id))

    @property
    def current(self) -> str | None:
        """The sector the tables are filtered to (None: all)."""
        return self._current

    @property
    def highlighted(self) -> str | None:
        """The sector under the cursor (what e edits), chosen or not yet."""
        node = self.cursor_node
        return (node.data or None) if node is not None else self._current


def _walk(node: TreeNode[str]) -> list[TreeNode[str]]:
    found = [node]
    for child in node.children:
        found.extend(_walk(child))
    return found


def _label(name: str, projects: int | None, agreements: int | None) -> Text:
    label = Text(printable(name))
    if projects is None:
        label.append("  …", style="dim")  # still counting
    else:
        label.append(f"  {projects}·{agreements}", style="dim")
    return label
