"""A scroll view whose scrollable size changes without laying the screen out again."""

from __future__ import annotations

from textual.geometry import Size
from textual.scroll_view import ScrollView


class LineView(ScrollView):
    """Base of the views that draw their own lines (tables, detail, source text).

    Their own size comes from the layout (``height: 1fr`` and the like), never from
    their content, so new content only moves the scrollbar's thumb. Setting
    ``virtual_size`` the usual way would lay out the whole screen each time (on every
    filter keystroke, on every highlighted record); here the scrollbars are updated in
    place, and a layout happens only when one appears or disappears
    (``show_vertical_scrollbar`` asks for it).
    """

    def set_content_size(self, size: Size) -> None:
        if size == self.virtual_size:
            return
        self.set_reactive(ScrollView.virtual_size, size)
        if self.is_mounted and self.container_size:
            self._scroll_update(size)
        else:
            self.refresh(layout=True)
