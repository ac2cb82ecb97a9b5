"""The user's settings as the explorer uses them (``store.config``).

Read once, before the screen opens (a bad file is one line on the terminal, not a
screen); applied when the app mounts (theme, keys moved by binding id); each change
(a theme chosen, a filter saved) written in a worker, the file read again just before
so that a change another session made meanwhile is kept. Without a path (tests, or a
session asked not to remember) changes stay in memory.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from textual.app import App
from textual.theme import Theme

from bilat.store import BilatError
from bilat.store.config import ColumnLayout, Config, update_config
from bilat.store.text import printable


class Settings:
    """One session's settings and where they are kept."""

    def __init__(self, config: Config | None = None, path: Path | None = None) -> None:
        self.config = config or Config()
        self.path = path
        self._app: App[None] | None = None
        self._writing = threading.Lock()  # one read-change-write at a time

    @property
    def where(self) -> str:
        return f"config {self.path}" if self.path is not None else "config"

    def apply(self, app: App[None], binding_ids: Callable[[], Iterable[str]]) -> None:
        """Put the theme and the keys of the config on ``app`` (as it mounts), saying
        once what it names that does not exist, and remember theme changes from then on.
        ``binding_ids`` is asked only if the config moves keys: it imports every screen,
        which a first paint need not wait for."""
        self._app = app
        theme = self.config.theme
        if theme is not None:
            if theme in app.available_themes:
                app.theme = theme
            else:
                self._warn(f"no theme is called {theme!r}; the palette lists them")
        known = set(binding_ids()) if self.config.keys else set()
        unknown = sorted(set(self.config.keys) - known)
        if unknown:
            self._warn(
                f"[keys]: no key has the id {', '.join(map(repr, unknown))} "
                "(the help, ?, lists every id)"
            )
        app.set_keymap({k: v for k, v in self.config.keys.items() if k in known})
        app.theme_changed_signal.subscribe(app, self._theme_changed)

    def _theme_changed(self, theme: Theme) -> None:
        if theme.name != self.config.theme:
            self.change(lambda config: config.with_theme(theme.name))

    # -- saved filters ---------------------------------------------------------------
    @property
    def filters(self) -> dict[str, str]:
        return self.config.filters

    def save_filter(self, name: str, text: str) -> None:
        """Save ``text`` as ``name`` (BilatError at once if the name or filter is bad)."""
        self.config.with_filter(name, text)  # checked here, on the event loop
        self.change(lambda config: config.with_filter(name, text))

    # -- column layouts (the tables' column chooser) ---------------------------------
    def column_layout(self, table: str) -> ColumnLayout | None:
        return self.config.column_layout(table)

    def save_column_layout(self, table: str, layout: ColumnLayout | None) -> None:
        self.change(lambda config: config.with_column_layout(table, layout))

    # -- writing -------------------------------------------------------------------------
    def change(self, change: Callable[[Config], Config]) -> None:
        """Apply ``change`` now in memory and, in a worker, to the file."""
        self.config = change(self.config)
        if self.path is None or self._app is None:
            return
        app, path = self._app, self.path

        def write() -> None:
            try:
                with self._writing:
                    written = update_config(path, change)
            except BilatError as exc:
                app.call_from_thread(self._failed, exc)
            else:
                app.call_from_thread(self._written, written)

        app.run_worker(write, thread=True, group="settings")

    def _written(self, config: Config) -> None:
        self.config = config  # with what another session saved meanwhile

    def _failed(self, exc: BilatError) -> None:
        if self._app is not None:
            self._app.notify(
                printable(str(exc)), title="Settings not saved", severity="error", markup=False
            )

    def _warn(self, message: str) -> None:
        if self._app is not None:
            self._app.notify(
                printable(f"{self.where}: {message}"),
                title="Settings",
                severity="warning",
                timeout=10,
                markup=False,
            )
