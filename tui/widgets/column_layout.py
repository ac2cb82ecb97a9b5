"""Where a table's columns fall on its width, and how a cell too long for its column is
cut: pure functions of the widths, so that they are tested without a screen."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len, set_cell_size


@dataclass(frozen=True)
class Layout:
    """Where the columns fall on the table's width: (column, width) in the order drawn;
    the first is always drawn, the others from ``offset`` (the table scrolled sideways
    by columns); whether columns lie beyond the left or right edge."""

    cells: tuple[tuple[int, int], ...]
    offset: int
    hidden_left: bool
    hidden_right: bool

    def width_of(self, column: int) -> int:
        return next((width for index, width in self.cells if index == column), 0)


def cut_at_word(text: str, width: int, ellipsis: str = "…") -> str:
    """``text`` in at most ``width`` cells: whole if it fits, else cut after the last
    whole word that leaves room for the ellipsis (mid-word only if that word is more
    than half the room)."""
    if cell_len(text) <= width:
        return text
    if width <= cell_len(ellipsis):
        return set_cell_size(text, width)
    room = width - cell_len(ellipsis)
    head = set_cell_size(text, room + 1)
    space = head.rfind(" ")
    head = head[:space] if space * 3 >= room else set_cell_size(text, room)
    return head.rstrip(" ,;:·(-–—/") + ellipsis


def lay_out(columns: Sequence[tuple[int, int, int]], available: int, offset: int) -> Layout:
    """Lay ``columns`` (index, wanted width, floor) out on ``available`` cells, a space
    after each. All fit: each as wide as it wants, the first takes what is left. Else the
    first (always drawn, and the longest) starts at its floor, the others follow from
    ``offset`` as long as they fit whole, the first takes back what room is left (up to
    what it wants; not when scrolled) but the next column's floor, and the next column
    is drawn cut in what remains; the table scrolls sideways to the rest."""
    if not columns:
        return Layout((), 0, False, False)
    wanted = sum(width + 1 for _, width, _ in columns)
    if wanted <= available:
        cells = [(index, width) for index, width, _ in columns]
        cells[0] = (cells[0][0], cells[0][1] + available - wanted)
        return Layout(tuple(cells), 0, False, False)
    offset = max(0, min(offset, len(columns) - 1))
    first_index, first_wanted, first_floor = columns[0]
    first = min(first_wanted, first_floor, max(1, available - 1))
    room = available - first - 1
    cells = [(first_index, first)]
    rest = columns[1 + offset :]
    whole = 0
    for _, width, _ in rest:
        if width + 1 > room:
            break
        room -= width + 1
        whole += 1
    cells.extend((index, width) for index, width, _ in rest[:whole])
    hidden_right = whole < len(rest)
    cut = rest[whole] if hidden_right else None
    # The next column's floor is kept for it, if it fits; scrolled sideways, the first
    # stays at its floor (the reader moved to see the others).
    keep = min(cut[1], cut[2]) + 1 if cut is not None else 0
    keep = keep if room >= keep else 0
    if offset == 0 or cut is None:
        grow = min(room - keep, max(0, first_wanted - first))
        cells[0] = (first_index, first + grow)
        room -= grow
    if cut is not None and room - 1 >= min(cut[1], cut[2]):
        cells.append((cut[0], room - 1))
    return Layout(tuple(cells), offset, offset > 0, hidden_right)
