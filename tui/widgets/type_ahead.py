"""Type-ahead in lists of choices: typing the first letters of an option picks it.

A form's lists are long (249 countries, every organisation of the database): walking
them with the arrows took 190 key presses to pick Algeria and Russia. Here the letters
typed within a moment of each other make one word ("alg"), and the first option with a
word beginning so is picked (a closed select) or highlighted (a list of boxes, where
space ticks it); failing that, the first holding those letters anywhere. Accents and
case do not count ("ecole" finds "École").
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from rich.segment import Segment
from rich.text import Text
from textual import events
from textual.content import Content
from textual.strip import Strip
from textual.widgets import Checkbox, Select, SelectionList

from bilat.store.text import fold, printable

# Letters typed further apart than this start a new word.
PAUSE_SECONDS = 0.8
# A select with more options than this is given them when first used.
LISTED_AT_ONCE = 60


def best_match(folded_labels: Sequence[str], typed: str) -> int | None:
    """The index of the first label with a word beginning with ``typed``, else of the first
    holding it anywhere, else None (the labels given folded, ``store.text.fold``)."""
    wanted = fold(typed)
    if not wanted:
        return None
    anywhere: int | None = None
    for index, folded in enumerate(folded_labels):
        at = folded.find(wanted)
        if at < 0:
            continue
        if at == 0 or _starts_word(folded, wanted):
            return index
        if anywhere is None:
            anywhere = index
    return anywhere


def _starts_word(folded: str, wanted: str) -> bool:
    at = folded.find(wanted)
    while at > 0:
        if not folded[at - 1].isalnum():
            return True
        at = folded.find(wanted, at + 1)
    return at == 0


def _plain(prompt: Any) -> str:
    return prompt.plain if isinstance(prompt, Text) else str(prompt)


class TypedWord:
    """The letters typed so far, forgotten after a pause; and the labels they are looked
    for in, folded once per list of options."""

    def __init__(self) -> None:
        self.text = ""
        self._last = 0.0
        self._folded: tuple[int, int, list[str]] = (0, 0, [])

    def find(self, character: str, options: Sequence[Any], prompt_of: Any) -> int | None:
        """The option the word typed so far, with ``character``, picks."""
        key = (id(options), len(options))
        if self._folded[:2] != key:
            self._folded = (*key, [fold(_plain(prompt_of(option))) for option in options])
        return best_match(self._folded[2], self.add(character))

    @property
    def going(self) -> bool:
        """True while a word is being typed (no pause since its last letter)."""
        return bool(self.text) and time.monotonic() - self._last <= PAUSE_SECONDS

    def end(self) -> None:
        """The next letter starts a new word (a choice was ticked)."""
        self.text = ""

    def add(self, character: str) -> str:
        now = time.monotonic()
        if now - self._last > PAUSE_SECONDS:
            self.text = ""
        self._last = now
        self.text += character
        return self.text


def _typed(event: events.Key) -> str | None:
    """The character a key types, if it is one type-ahead takes (space ticks or opens)."""
    character = event.character
    if character is None or not event.is_printable or character == " ":
        return None
    return character


def option_label(text: str) -> Text:
    """An option's label drawn literally (never as markup), control characters shown."""
    return Text(printable(text))


def _drawn(options: Sequence[tuple[str, str]]) -> list[tuple[Text, str]]:
    return [(option_label(label), value) for label, value in options]


class TypeAheadSelect(Select[str]):
    """A select whose letters, typed while it is closed, pick an option at once.

    Its options are given as (label, value) with plain labels, drawn literally (never as
    markup, a control character shown by a stand-in). A long list (every organisation of a
    large database) is given to the select only when it is first used (focused, typed in,
    opened): until then it holds the chosen option alone, and the list given is kept as
    it is (shared by every select of a form, not copied), so that a form with several such
    lists opens at once and makes no object per option."""

    def __init__(
        self, options: Sequence[tuple[str, str]], *, value: Any = Select.NULL, **kwargs: Any
    ) -> None:
        self._choices = options
        shown = _drawn(self._shown(options, value, allow_blank=kwargs.get("allow_blank", True)))
        super().__init__(shown, value=value, **kwargs)
        self._given = shown  # the options the select holds
        self._word = TypedWord()

    def _on_mount(self, event: events.Mount) -> None:
        if not self.app.is_running:
            # Mounted as the explorer closes (a form made ahead, off screen): its parts may
            # have been closed before they were made, and ``Select`` would look for them.
            event.prevent_default()

    def _shown(
        self, options: Sequence[tuple[str, str]], value: Any, *, allow_blank: bool
    ) -> Sequence[tuple[str, str]]:
        """The options given to the select now (``filled`` says if all of them)."""
        self._filled = len(options) <= LISTED_AT_ONCE
        shown = options if self._filled else [c for c in options if c[1] == value]
        if not shown and not allow_blank:
            shown, self._filled = options, True
        return shown

    def refill(self, options: Sequence[tuple[str, str]], value: Any) -> None:
        """Hold ``options`` (a long list given when first used, as at the start) and
        ``value``, without announcing a change: a kept form shows another record."""
        self._choices = options
        shown = _drawn(self._shown(options, value, allow_blank=self._allow_blank))
        with self.prevent(Select.Changed):
            if shown != self._given:
                # ``Select.set_options`` without its reset to blank: a reset and the value
                # set after it would each restyle the select (it is styled by whether it
                # holds a value), twice the time of the rest of a refill.
                self._setup_variables_for_options(shown)
                self._setup_options_renderables()
                self._given = shown
                self._init_selected_option(value)
                self._watch_value(self.value)  # the option highlighted, were it the same value
            else:
                self._init_selected_option(value)

    @property
    def filled(self) -> bool:
        """True once the select holds every option."""
        return self._filled

    def fill(self) -> None:
        """Give the select every option, keeping its value (no change announced)."""
        if self._filled:
            return
        self._filled = True
        kept = self.value
        with self.prevent(Select.Changed):
            self._given = _drawn(self._choices)
            self.set_options(self._given)
            self.value = kept

    def on_focus(self) -> None:
        self.fill()

    def _validate_value(self, value: Any) -> Any:
        """A value among the options not given yet (set by a program): given them first."""
        if not self._filled and value not in self._legal_values and self.is_mounted:
            self.fill()
        return super()._validate_value(value)

    def action_show_overlay(self) -> None:
        self.fill()
        super().action_show_overlay()

    def check_consume_key(self, key: str, character: str | None = None) -> bool:
        return character is not None and character.isprintable() and character != " "

    async def _on_key(self, event: events.Key) -> None:
        character = _typed(event)
        if character is None and event.key == "space" and self._word.going:
            character = " "  # a space inside a name ("russian m…"); else space opens
        if character is None or self.expanded:
            return
        event.stop()
        event.prevent_default()
        self.fill()
        options = self._options
        found = self._word.find(character, options, lambda option: option[0])
        if found is not None and options[found][1] is not Select.NULL:
            self.value = options[found][1]


class TypeAheadSelectionList(SelectionList[str]):
    """A list of boxes whose letters move the highlight to an option (space ticks it, and
    the next letters look for another)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._word = TypedWord()

    def check_consume_key(self, key: str, character: str | None = None) -> bool:
        return character is not None and character.isprintable() and character != " "

    def render_line(self, y: int) -> Strip:
        """The line, its box left empty when the option is not ticked under NO_COLOR, where
        the colour that tells a ticked box from another is gone."""
        strip = super().render_line(y)
        if not self.app.has_class("-no-color"):
            return strip
        segments = list(strip)
        for number, segment in enumerate(segments):
            meta = segment.style.meta if segment.style is not None else {}
            if segment.text == Checkbox.BUTTON_INNER and "option" in meta:
                option = self.get_option_at_index(meta["option"])
                if option.value not in self.selected:
                    segments[number] = Segment(" ", segment.style)
                return Strip(segments, strip.cell_length)
        return strip

    async def _on_key(self, event: events.Key) -> None:
        character = _typed(event)
        if character is None:
            if event.key == "space":
                self._word.end()  # ticked: the next letters look for another
            return
        event.stop()
        event.prevent_default()
        found = self._word.find(character, self.options, lambda option: option.prompt)
        if found is not None:
            self.highlighted = found


class MarkedCheckbox(Checkbox):
    """A check box whose box is empty when it is off under NO_COLOR, where the colour that
    tells on from off is gone (Textual draws an X in both)."""

    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = "X" if self.value or not self.app.has_class("-no-color") else " "
        return super()._button
