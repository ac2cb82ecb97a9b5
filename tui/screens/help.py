"""Every key, generated from the bindings the widgets and screens declare."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.keys import format_key
from textual.screen import ModalScreen, Screen
from textual.widgets import Input, Static

from ..plain import key_in_words

# Bindings every text box has (cursor moves, deletes): the help names the box's own keys.
_NOT_LISTED: tuple[type, ...] = (Input,)
_TEXT_BOX_BASES = frozenset(Input.__mro__)
# What every screen binds (tab, shift+tab): listed once, with the app's keys.
_EVERY_SCREEN: tuple[type, ...] = (Screen, ModalScreen)


def bindings_of(owner: type) -> list[Binding]:
    """The bindings ``owner`` answers to, its bases' included (a key bound again below
    replaces the one above, as Textual merges them), but for a text box's cursor keys
    and every screen's (listed once, see ``help_table``)."""
    by_key: dict[str, Binding] = {}
    for base in reversed(owner.__mro__):
        if "BINDINGS" not in base.__dict__ or (base is not owner and _left_out(owner, base)):
            continue
        for item in base.__dict__["BINDINGS"]:
            binding = item if isinstance(item, Binding) else Binding(*item)
            if not binding.system:
                for key in binding.key.split(","):
                    by_key[key.strip()] = binding
    still: dict[int, tuple[Binding, list[str]]] = {}
    for key, binding in by_key.items():
        still.setdefault(id(binding), (binding, []))[1].append(key)
    return [
        binding.with_key(",".join(k for k in _keys(binding.key) if k in keys))
        for binding, keys in still.values()
    ]


def _keys(keys: str) -> list[str]:
    return [key.strip() for key in keys.split(",")]


def _left_out(owner: type, base: type) -> bool:
    return base in _EVERY_SCREEN or (issubclass(owner, _NOT_LISTED) and base in _TEXT_BOX_BASES)


def keys_of(binding: Binding, keymap: Mapping[str, str]) -> list[str]:
    """The keys that press ``binding``: those of the keymap (the config's ``[keys]``) if
    it moves the binding's id, else its own."""
    keys = keymap.get(binding.id, binding.key) if binding.id else binding.key
    return [key.strip() for key in keys.split(",") if key.strip()]


def _key_label(key: str, *, words: bool = False) -> str:
    """'?' for question_mark, '/' for slash, '↓' for down ('down' with ``words``, for a
    terminal without the glyphs); 'enter' and 'tab' stay words."""
    key = key.strip()
    label = key if key in ("enter", "tab") else format_key(key)
    return key_in_words(label) if words else label


@dataclass
class HelpRow:
    """One thing to do: every key that does it, what it does, the ids to move it by."""

    keys: list[str]
    what: str
    ids: list[str]


def help_rows(owner: type, keymap: Mapping[str, str]) -> list[HelpRow]:
    """``owner``'s bindings, one row per action (``?`` and F1 on one line)."""
    rows: dict[str, HelpRow] = {}
    for binding in bindings_of(owner):
        keys = keys_of(binding, keymap)
        what = binding.tooltip or binding.description or binding.action
        row = rows.get(binding.action)
        if row is None:
            rows[binding.action] = HelpRow(keys, what, [binding.id] if binding.id else [])
            continue
        row.keys.extend(key for key in keys if key not in row.keys)
        if binding.id:
            row.ids.append(binding.id)
        if binding.tooltip and row.what != binding.tooltip and len(binding.tooltip) > len(row.what):
            row.what = binding.tooltip
    return list(rows.values())


def help_table(
    sections: list[tuple[str, type]],
    keymap: Mapping[str, str] | None = None,
    *,
    key_words: bool = False,
) -> Group:
    """Every section's keys as a table under its title: keys, what they do, and the
    binding ids that the config's ``[keys]`` moves them by (a key moved there is shown
    where it is now). ``key_words`` spells arrow keys as words (plain terminals)."""
    keymap = keymap or {}
    parts: list[RenderableType] = []
    for index, (title, owner) in enumerate(sections):
        rows = help_rows(owner, keymap)
        if index == 0:  # "Everywhere": what every screen binds too (tab, shift+tab)
            rows += help_rows(Screen, keymap)
        if not rows:
            continue
        table = Table(box=None, show_header=False, padding=(0, 2), expand=True)
        table.add_column("key", style="bold", no_wrap=True, min_width=12)
        table.add_column("what", ratio=1)  # the descriptions take the spare width
        table.add_column("id", style="dim", max_width=24)
        for row in rows:
            table.add_row(
                " ".join(_key_label(key, words=key_words) for key in row.keys),
                Text(row.what),
                " ".join(row.ids) or "—",
            )
        parts += [Text(title, style="bold underline"), table, Text("")]
    return Group(*parts)


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close", id="help.close"),
    ]

    def __init__(
        self,
        sections: list[tuple[str, type]],
        keymap: Mapping[str, str] | None = None,
        *,
        key_words: bool = False,
    ) -> None:
        super().__init__()
        self.sections = sections
        self.keymap = keymap or {}
        self.key_words = key_words

    def compose(self) -> ComposeResult:
        table = help_table(self.sections, self.keymap, key_words=self.key_words)
        with VerticalScroll(id="help-box"):
            yield Static(table, id="help-text")

    def on_mount(self) -> None:
        box = self.query_one("#help-box")
        box.border_title = "Keys — escape to close"
        box.border_subtitle = "to move a key: its id under keys, in the config file"
        box.focus()

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss()
