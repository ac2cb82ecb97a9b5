"""What Textual (8.2) keeps of widgets after they are gone, let go.

A closed form should leave nothing behind; two things of Textual's keep its widgets, and
all they hold (their drawn lines, their styles), in memory, where every full pass of the
garbage collector walks them again:

- a TextArea watches the app's theme from its mount, and leaves the app's list of
  watchers only when the theme changes (``unwatch_theme``, when it is unmounted);
- the colours of a widget's background are kept in a cache of 1,024 entries keyed by the
  widget's own style cache (``StylesCache.get_inner_outer``, an ``lru_cache`` on a
  method), so the last thousand widgets drawn stay alive (``forget_drawn``, when a screen
  closes: the cache refills as the next screen is drawn).
"""

from __future__ import annotations

from typing import Any

from textual._styles_cache import StylesCache
from textual.widget import Widget


def unwatch_theme(widget: Widget) -> None:
    """Take ``widget`` off the app's list of what watches its theme."""
    watchers: dict[str, list[tuple[Any, Any]]] = getattr(widget.app, "__watchers", {})
    theme = watchers.get("theme")
    if theme:
        theme[:] = [(node, callback) for node, callback in theme if node is not widget]


def forget_drawn() -> None:
    """Let go of the widgets the background colours' cache holds."""
    StylesCache.get_inner_outer.cache_clear()
