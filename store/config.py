"""The user's settings: one TOML file, typed, read once and written whole.

It is ``config.toml`` in the user's config directory (platformdirs; on Linux
``~/.config/bilat/config.toml``), else the file ``BILAT_CONFIG`` names, else the one
``--config`` names. It holds what a person chooses once and wants kept: the theme, keys
moved elsewhere (by binding id), how each table's columns are laid out, and filters
saved under a name. A missing file is an empty config; a bad one is one line naming the
file and the line, never a traceback. Changes are written as the database's files are
(``store.files``: a temporary file beside it, renamed over it), each one read again
just before, so that two sessions changing different settings keep both.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any, get_args, get_origin

import msgspec
import platformdirs

from .errors import BilatError, QueryError
from .files import FileRefused, read_regular_file, write_atomically
from .query import parse_filter

ENV_VAR = "BILAT_CONFIG"
FILE_NAME = "config.toml"
# A config is a few lines; anything larger is not one (and is not read into memory).
MAX_CONFIG_BYTES = 1 << 20
_NAME = re.compile(r"^[\w][\w.\-]*$")
# A key at the start of a line: bare, quoted, or dotted (a."b.c" = …).
_PART = r"""(?:"[^"]*"|'[^']*'|[\w\-]+)"""
_KEY = re.compile(rf"^({_PART}(?:\s*\.\s*{_PART})*)\s*=")


class ConfigError(BilatError):
    """The config file cannot be used: the message names the file and the line."""


class ColumnLayout(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    """One table's columns as the user arranged them (the column chooser writes it).

    ``shown``: the keys of the columns shown, in their order (empty: the table's own
    choice); ``widths``: a width in cells for a column the user sized."""

    shown: list[str] = msgspec.field(default_factory=list)
    widths: dict[str, int] = msgspec.field(default_factory=dict)


class Config(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    """Everything the file holds; each part optional."""

    theme: str | None = None
    # Binding id -> the keys that press it, comma-separated ("ctrl+f,f3").
    keys: dict[str, str] = msgspec.field(default_factory=dict)
    # Table (projects, agreements, orgs…) -> its column layout.
    columns: dict[str, ColumnLayout] = msgspec.field(default_factory=dict)
    # Name -> filter text, as typed in the filter box.
    filters: dict[str, str] = msgspec.field(default_factory=dict)

    # -- column layouts: the API the tables' column chooser reads and writes -----------
    def column_layout(self, table: str) -> ColumnLayout | None:
        """The layout the user chose for ``table``, if any."""
        return self.columns.get(table)

    def with_column_layout(self, table: str, layout: ColumnLayout | None) -> Config:
        """This config with ``table``'s layout replaced (None: back to the default)."""
        columns = dict(self.columns)
        if layout is None:
            columns.pop(table, None)
        else:
            columns[table] = layout
        return msgspec.structs.replace(self, columns=columns)

    # -- the rest ------------------------------------------------------------------------
    def with_theme(self, theme: str) -> Config:
        return msgspec.structs.replace(self, theme=theme)

    def with_filter(self, name: str, text: str) -> Config:
        """This config with ``text`` saved as ``name`` (replacing a filter of that name)."""
        check_filter_name(name)
        parse_filter(text)  # QueryError: a filter that could not be recalled is not saved
        return msgspec.structs.replace(self, filters={**self.filters, name: text})

    def without_filter(self, name: str) -> Config:
        return msgspec.structs.replace(
            self, filters={k: v for k, v in self.filters.items() if k != name}
        )

    def saved_filter(self, name: str) -> str:
        """The text of the filter saved as ``name``; ConfigError naming those there are."""
        found = self.filters.get(name)
        if found is None:
            saved = ", ".join(sorted(self.filters)) or "none yet"
            raise ConfigError(f"no filter is saved as {name!r} (saved: {saved})")
        return found


def check_filter_name(name: str) -> None:
    if not _NAME.fullmatch(name):
        raise ConfigError(f"a filter's name is letters, digits, '.', '-' and '_', not {name!r}")


def config_path(option: str | None = None) -> Path:
    """The config file: ``--config``, else ``BILAT_CONFIG``, else the per-user one."""
    chosen = option or os.environ.get(ENV_VAR)
    if chosen:
        return Path(chosen).expanduser()
    return Path(platformdirs.user_config_dir("bilat", appauthor=False)) / FILE_NAME


def load_config(path: Path) -> Config:
    """The config in ``path`` (an empty one if there is no file there)."""
    if not os.path.lexists(path):
        return Config()
    try:
        data = read_regular_file(path, MAX_CONFIG_BYTES)
    except FileRefused as exc:
        raise ConfigError(f"config {path}: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"config {path}: cannot be read ({exc.strerror})") from None
    return parse_config(data, path)


def parse_config(data: bytes, path: Path) -> Config:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ConfigError(f"config {path}, line {line}: not UTF-8 text") from None
    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # "Invalid value (at line 3, column 9)": the line said first, the rest after.
        found = re.search(r"\(at line (\d+), column \d+\)|\(at end of document\)", str(exc))
        reason = str(exc)[: found.start()].strip() if found else str(exc)
        line = int(found.group(1)) if found and found.group(1) else text.count("\n") + 1
        raise ConfigError(f"config {path}, line {line}: {reason.lower()}") from None
    try:
        config = msgspec.toml.decode(data, type=Config)
    except msgspec.ValidationError as exc:
        raise ConfigError(_validation_message(path, text, str(exc))) from None
    for name, filter_text in config.filters.items():
        where = f"config {path}, line {_line_of(text, ['filters', name])}"
        try:
            check_filter_name(name)
            parse_filter(filter_text)
        except (ConfigError, QueryError) as exc:
            raise ConfigError(f"{where}: filter {name!r}: {exc}") from None
    return config


def _validation_message(path: Path, text: str, message: str) -> str:
    """msgspec's "Expected `str`, got `int` - at `$.keys[...]`" as "config F, line N:
    keys.x: expected `str`, got `int`", the key found by checking the parts one by one."""
    reason = re.sub(r" - at `\$[^`]*`$", "", message)
    reason = reason.replace("Object contains unknown field", "unknown setting")
    keys = _bad_keys(tomllib.loads(text), Config, []) or []
    where = ".".join(keys)
    return (
        f"config {path}, line {_line_of(text, keys)}: "
        f"{where + ': ' if where else ''}{reason[:1].lower()}{reason[1:]}"
    )


def _bad_keys(value: object, expected: Any, keys: list[str]) -> list[str] | None:
    """The keys of the innermost part of ``value`` that is not of type ``expected``;
    None if it is."""
    try:
        msgspec.convert(value, expected)
    except msgspec.ValidationError:
        pass
    else:
        return None
    if isinstance(value, dict):
        parts: dict[str, Any] | None = None
        if isinstance(expected, type) and issubclass(expected, msgspec.Struct):
            parts = {f.encode_name: f.type for f in msgspec.structs.fields(expected)}
        elif get_origin(expected) is dict:
            parts = dict.fromkeys(value, get_args(expected)[1])
        for key, item in value.items():
            if parts is not None and key not in parts:
                return [*keys, key]  # a setting there is no such thing as
            inner = _bad_keys(item, parts[key], [*keys, key]) if parts else None
            if inner is not None:
                return inner
    return keys


def _line_of(text: str, keys: list[str]) -> int:
    """The line where the setting at ``keys`` (["columns", "projects", "shown"]) is
    written, as nearly as can be told without a TOML parser that keeps lines: the line of
    its last key inside its table, else of its table, else the first line."""
    table: list[str] = []
    best = 1
    best_depth = 0
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        header = re.match(r"^\[\[?\s*([^\]]+?)\s*\]\]?", stripped)
        if header:
            table = _dotted(header.group(1))
            depth = _common(table, keys)
            if depth == len(table) and depth > best_depth:
                best, best_depth = number, depth
            continue
        key = _KEY.match(stripped)
        if key:
            path = table + _dotted(key.group(1))
            depth = _common(path, keys)
            if (depth == len(path) and depth > best_depth) or path == keys:
                best, best_depth = number, depth
    return best


def _dotted(keys: str) -> list[str]:
    """``a."b.c".d`` as ["a", "b.c", "d"]."""
    return [part.strip("\"'") for part in re.findall(r"\"[^\"]*\"|'[^']*'|[^.\s]+", keys)]


def _common(path: list[str], keys: list[str]) -> int:
    """How many first keys ``path`` and ``keys`` share (all of ``path`` for a match)."""
    shared = 0
    for mine, theirs in zip(path, keys, strict=False):
        if mine != theirs:
            break
        shared += 1
    return shared


def save_config(path: Path, config: Config) -> None:
    """Write ``config`` to ``path`` whole (a symbolic link there, as a dotfile manager
    makes, is followed once: the file it names is replaced)."""
    target = Path(os.path.realpath(path)) if os.path.islink(path) else path
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"config {path}: cannot make its folder ({exc.strerror})") from None
    header = b"# bilat's settings (see the README, 'The config file').\n"
    write_atomically(target, header + msgspec.toml.encode(config), what="config")


def update_config(path: Path, change: Callable[[Config], Config]) -> Config:
    """Read the file as it is now, apply ``change`` and write it: a change another
    session saved meanwhile is kept. Returns the config written."""
    changed = change(load_config(path))
    save_config(path, changed)
    return changed
