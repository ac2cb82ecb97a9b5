"""Form fields: one widget per record field, each able to say what is wrong with it.

Every field shows its label, its input and, under it, its validation message.
``read()`` returns the parsed value or raises FieldError with a message that
shows an example of what works. Vocabularies are chosen from lists.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

import msgspec
from rich.highlighter import Highlighter
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widget import AwaitMount
from textual.widgets import Button, Checkbox, Input, Label, Select, SelectionList, Static, TextArea
from textual.widgets.text_area import Document

from bilat.store import BilatError, DateValue, Money, Quantity
from bilat.store.dates import parse_date
from bilat.store.models import Party, Role
from bilat.store.present import format_date
from bilat.store.quantities import CURRENCY_PATTERN, parse_money, parse_quantity
from bilat.store.text import printable, printable_in_place

from ..leaks import unwatch_theme
from .type_ahead import MarkedCheckbox, TypeAheadSelect, TypeAheadSelectionList, option_label

Options = Sequence[tuple[str, str]]  # (label, value)


class FieldError(Exception):
    """What is wrong with a field's input, for the message under it.

    ``key`` names the field the message belongs under when the error is found
    while building the whole record (a name missing in every language).
    """

    def __init__(self, message: str, *, key: str | None = None) -> None:
        super().__init__(message)
        self.key = key


class ControlsShown(Highlighter):
    """An Input's text as drawn: a control character in the data (a bidi override, a CSI)
    is drawn as a visible stand-in, never sent to the terminal; the value keeps it."""

    def highlight(self, text: Text) -> None:
        text.plain = printable_in_place(text.plain)


class DataTextArea(TextArea):
    """A TextArea whose lines are drawn as ``ControlsShown`` draws an Input's text.

    It leaves the app's list of what watches the theme when it is unmounted (``leaks``)."""

    def on_unmount(self) -> None:
        unwatch_theme(self)

    def get_line(self, line_index: int) -> Text:
        line = super().get_line(line_index)
        line.plain = printable_in_place(line.plain)
        return line


class FormField(Vertical):
    """Base: a label, an input made by ``make_input``, and an error line."""

    DEFAULT_CSS = """
    FormField { height: auto; margin-bottom: 1; }
    FormField > .field-label { text-style: bold; }
    FormField > .field-error { color: $error; text-style: bold; height: auto; display: none; }
    FormField.-invalid > .field-error { display: block; }
    FormField > .field-hint { color: $text-muted; height: auto; }
    FormField Input, FormField Select { background: $boost; }
    """

    def __init__(self, key: str, label: str, *, hint: str = "") -> None:
        super().__init__(id=f"field-{key.replace('.', '-')}", classes="form-field")
        self.key = key
        self.label = label
        self.hint = hint

    @property
    def _focus_sort_key(self) -> tuple[int, int]:
        """Textual orders tab stops by where widgets lie; a field mounted a moment ago (a
        form mounts its later fields a few at a time) lies nowhere yet, which would put it
        first: it goes last, where it is mounted, until it is laid out."""
        if not self.virtual_region.size:
            return (1 << 30, 0)
        return super()._focus_sort_key

    def compose(self) -> ComposeResult:
        yield Label(Text(self.label), classes="field-label")
        yield from self.make_input()
        if self.hint:
            yield Static(Text(self.hint), classes="field-hint")
        yield Static("", classes="field-error")

    def make_input(self) -> Iterable[Any]:
        raise NotImplementedError

    def read(self) -> Any:
        raise NotImplementedError

    def take(self, fresh: Any) -> AwaitMount | None:
        """Show what ``fresh`` (a field of the same class and key, made for another record,
        never mounted) would show, in this field's mounted widgets: a kept form refilled.
        Returns the mounting of widgets it adds, if any (read back once mounted)."""
        raise NotImplementedError(f"{type(self).__name__} cannot be refilled")

    def show_error(self, message: str) -> None:
        # The form re-validates on every keystroke: touch only what changed, or every
        # field's line would be laid out again at each key.
        _set_text(self.query_one(".field-error", Static), printable(message))
        self.set_class(bool(message), "-invalid")


def _set_value(box: Input, value: str) -> None:
    """``value`` in ``box``, the cursor after it (as a box made with it has it)."""
    box.value = value
    box.cursor_position = len(value)


def _set_text(widget: Static, text: str) -> None:
    """Show ``text`` (literally) in ``widget`` unless it already shows exactly that."""
    if str(widget.content) != text:
        widget.update(Text(text))


class TextField(FormField):
    def __init__(
        self,
        key: str,
        label: str,
        value: str | None,
        *,
        required: bool = False,
        placeholder: str = "",
        hint: str = "",
        disabled: bool = False,
    ) -> None:
        super().__init__(key, label, hint=hint)
        self.initial = value or ""
        self.required = required
        self.placeholder = placeholder
        self.disabled_input = disabled

    def make_input(self) -> Iterable[Any]:
        yield Input(
            value=self.initial,
            placeholder=self.placeholder,
            disabled=self.disabled_input,
            compact=True,
            highlighter=ControlsShown(),
        )

    def take(self, fresh: TextField) -> None:
        self.initial = fresh.initial
        box = self.query_one(Input)
        _set_value(box, self.initial)
        box.disabled = self.disabled_input = fresh.disabled_input

    def read(self) -> str | None:
        value = self.query_one(Input).value.strip()
        if self.required and not value:
            raise FieldError(f"{self.label} is required")
        return value or None


class ChoiceField(FormField):
    def __init__(
        self,
        key: str,
        label: str,
        options: Options,
        value: str | None,
        *,
        allow_blank: bool = False,
        hint: str = "",
    ) -> None:
        super().__init__(key, label, hint=hint)
        self.options = list(options)
        self.initial = value
        self.allow_blank = allow_blank

    def _start(self) -> Any:
        """The value the select starts with: the field's, else blank or the first option."""
        if any(value == self.initial for _, value in self.options):
            return self.initial
        return Select.NULL if self.allow_blank else self.options[0][1]

    def make_input(self) -> Iterable[Any]:
        yield TypeAheadSelect(
            self.options,
            value=self._start(),
            allow_blank=self.allow_blank,
            prompt="(none)",
            compact=True,
        )

    def take(self, fresh: ChoiceField) -> None:
        self.options, self.initial = fresh.options, fresh.initial
        self.query_one(TypeAheadSelect).refill(self.options, self._start())

    def read(self) -> str | None:
        value = self.query_one(Select).value
        return None if value is Select.NULL else str(value)


class MultiChoiceField(FormField):
    DEFAULT_CSS = """
    MultiChoiceField SelectionList { height: auto; max-height: 8; }
    """

    def __init__(
        self, key: str, label: str, options: Options, selected: Iterable[str], *, hint: str = ""
    ) -> None:
        super().__init__(key, label, hint=hint)
        self.options = list(options)
        self.selected = list(selected)

    def _listed(self) -> list[tuple[str, str]]:
        """The options, after the values chosen that are none of them."""
        known = {value for _, value in self.options}
        return [*((value, value) for value in self.selected if value not in known), *self.options]

    def make_input(self) -> Iterable[Any]:
        chosen = set(self.selected)
        yield TypeAheadSelectionList(
            *((option_label(label), value, value in chosen) for label, value in self._listed())
        )

    def take(self, fresh: MultiChoiceField) -> None:
        listed = self._listed()
        self.options, self.selected = fresh.options, fresh.selected
        choices = self.query_one(TypeAheadSelectionList)
        if self._listed() == listed:  # the same list: only the ticks change
            choices.deselect_all()
            for value in self.selected:
                choices.select(value)
        else:
            chosen = set(self.selected)
            choices.clear_options()
            choices.add_options(
                [(option_label(label), value, value in chosen) for label, value in self._listed()]
            )
        choices.highlighted = 0 if choices.option_count else None
        choices.scroll_home(animate=False)

    def read(self) -> list[str]:
        chosen = set(self.query_one(SelectionList).selected)
        ordered = [value for value in self.selected if value in chosen]
        ordered += [value for _, value in self.options if value in chosen and value not in ordered]
        return ordered


class FoundChoiceField(FormField):
    """Several records of a kind too large to list (thousands of projects or agreements):
    those chosen, ticked, and a box whose words find more (``find``: up to a few dozen
    (label, id), by the search index), to tick."""

    DEFAULT_CSS = """
    FoundChoiceField SelectionList { height: auto; max-height: 8; }
    """
    FOUND = 20

    def __init__(
        self,
        key: str,
        label: str,
        find: Callable[[str, int], Options],
        label_of: Callable[[str], str],
        selected: Iterable[str],
        *,
        noun: str,
        hint: str = "",
    ) -> None:
        super().__init__(key, label, hint=hint)
        self.find = find
        self.label_of = label_of
        self.selected = list(selected)
        self.noun = noun

    def make_input(self) -> Iterable[Any]:
        yield Input(placeholder=f"words of a {self.noun} to find it", compact=True)
        yield TypeAheadSelectionList(
            *((option_label(self.label_of(value)), value, True) for value in self.selected)
        )

    def take(self, fresh: FoundChoiceField) -> None:
        self.find, self.label_of, self.selected = fresh.find, fresh.label_of, fresh.selected
        choices = self.query_one(SelectionList)
        choices.clear_options()
        choices.add_options(
            [(option_label(self.label_of(value)), value, True) for value in self.selected]
        )
        self.query_one(Input).value = ""

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        choices = self.query_one(SelectionList)
        chosen = list(choices.selected)
        found = [item for item in self.find(event.value, self.FOUND) if item[1] not in chosen]
        choices.clear_options()
        choices.add_options(
            [(option_label(self.label_of(value)), value, True) for value in chosen]
            + [(option_label(label), value, False) for label, value in found]
        )

    def read(self) -> list[str]:
        chosen = set(self.query_one(SelectionList).selected)
        ordered = [value for value in self.selected if value in chosen]
        return ordered + sorted(chosen - set(ordered))


class DateField(FormField):
    """A date as analysts write it, with a 'planned' box; shows the bounds it understood."""

    def __init__(self, key: str, label: str, value: DateValue | None) -> None:
        super().__init__(
            key, label, hint="e.g. 2025, 2025-12, 2025-12-31, Q4 2025, fin 2025, H1 2026"
        )
        self.initial = value

    def compose(self) -> ComposeResult:
        yield Label(Text(self.label), classes="field-label")
        with Horizontal(classes="date-row"):
            yield Input(
                value=self.initial.raw if self.initial else "",
                classes="date-input",
                compact=True,
                highlighter=ControlsShown(),
            )
            yield MarkedCheckbox(
                "planned", value=bool(self.initial and self.initial.planned), compact=True
            )
        yield Static(Text(self.hint), classes="field-hint")
        yield Static("", classes="field-error")

    def take(self, fresh: DateField) -> None:
        self.initial = fresh.initial
        _set_value(self.query_one(Input), self.initial.raw if self.initial else "")
        self.query_one(Checkbox).value = bool(self.initial and self.initial.planned)

    def read(self) -> DateValue | None:
        value = None
        try:
            value = self._parse()
        finally:
            # The bounds understood, or the examples again (never a stale "→ …" of an old value).
            understood = value is not None and value.earliest is not None
            hint = f"→ {format_date(value)}" if value is not None and understood else self.hint
            _set_text(self.query_one(".field-hint", Static), hint)
        return value

    def _parse(self) -> DateValue | None:
        raw = self.query_one(Input).value.strip()
        planned = self.query_one(Checkbox).value
        if not raw:
            return None
        initial = self.initial
        if initial is not None and raw == initial.raw:
            # As recorded, whatever the words ("il y a quelques jours", a date in a script
            # the parser does not read): only the box may have changed.
            return msgspec.structs.replace(initial, planned=planned)
        try:
            return parse_date(raw, planned=planned, estimate=bool(initial and initial.estimate))
        except BilatError as exc:
            raise FieldError(str(exc)) from None


class QuantityField(FormField):
    """One or more figures separated by ';' — '5000', '~5000', '1 Mt/yr', 'thousands'."""

    def __init__(
        self, key: str, label: str, values: Sequence[Quantity], *, job_type: str | None = None
    ) -> None:
        super().__init__(
            key, label, hint="e.g. 5000, ~5000, 5000-6000, 1 Mt/yr, 1 000 000 t, thousands"
        )
        self.initial = list(values)
        self.job_type = job_type

    def initial_text(self) -> str:
        return "; ".join(q.raw or _quantity_text(q) for q in self.initial)

    def make_input(self) -> Iterable[Any]:
        yield Input(
            value=self.initial_text(), compact=True, highlighter=ControlsShown(), classes="figures"
        )

    def take(self, fresh: QuantityField) -> None:
        self.initial = fresh.initial
        _set_value(self.query_one(".figures", Input), self.initial_text())

    def read(self) -> Sequence[Quantity]:
        text = self.query_one(".figures", Input).value.strip()
        if not text:
            return []
        if self.unchanged(text):
            return list(self.initial)  # keep what was recorded, estimate flags included
        found = []
        for part in text.split(";"):
            try:
                found.append(self.parse(part))
            except BilatError as exc:
                raise FieldError(str(exc)) from None
        return found

    def unchanged(self, text: str) -> bool:
        return text == self.initial_text()

    def parse(self, part: str) -> Quantity:
        return parse_quantity(part, job_type=self.job_type)


class MoneyField(QuantityField):
    """Amounts of money, separated by ';' — '1,2 milliard de dollars', '$1.2bn', '€300m' —
    with the currency of those that name none, and the year they are given for."""

    DEFAULT_CSS = """
    MoneyField .money-row { height: auto; }
    MoneyField .figures { width: 1fr; }
    MoneyField .currency { width: 12; margin-left: 1; }
    MoneyField .year { width: 10; margin-left: 1; }
    """

    def __init__(self, key: str, label: str, values: Sequence[Money], *, hint: str = "") -> None:
        super().__init__(key, label, values)
        self.hint = hint or "e.g. 1,2 milliard de dollars, $1.2bn, 500 millions DA, €300m"
        self.initial_money = list(values)
        self.currency: str | None = None
        self.year: int | None = None

    def _common(self, name: str) -> str:
        """The currency (or year) every amount shares, else ''."""
        found = {getattr(money, name) for money in self.initial_money}
        return str(found.pop()) if len(found) == 1 and None not in found else ""

    def make_input(self) -> Iterable[Any]:
        yield Horizontal(
            Input(
                value=self.initial_text(),
                compact=True,
                highlighter=ControlsShown(),
                classes="figures",
            ),
            Input(
                value=self._common("currency"),
                placeholder="currency",
                compact=True,
                max_length=3,
                classes="currency",
            ),
            Input(
                value=self._common("year"),
                placeholder="year",
                compact=True,
                max_length=4,
                classes="year",
            ),
            classes="money-row",
        )

    def take(self, fresh: QuantityField) -> None:
        assert isinstance(fresh, MoneyField)
        self.initial_money = fresh.initial_money
        self.currency = self.year = None
        super().take(fresh)
        _set_value(self.query_one(".currency", Input), self._common("currency"))
        _set_value(self.query_one(".year", Input), self._common("year"))

    def read(self) -> list[Money]:
        self.currency, self.year = self._currency(), self._year()
        return [money for money in super().read() if isinstance(money, Money)]

    def unchanged(self, text: str) -> bool:
        return (
            text == self.initial_text()
            and (self.currency or "") == self._common("currency")
            and str(self.year or "") == self._common("year")
        )

    def parse(self, part: str) -> Money:
        money = parse_money(part, currency=self.currency)
        if money.year is None and self.year is not None:
            money = Money(**{**msgspec.structs.asdict(money), "year": self.year})
        return money

    def _currency(self) -> str | None:
        code = self.query_one(".currency", Input).value.strip().upper()
        if code and not CURRENCY_PATTERN.fullmatch(code):
            raise FieldError(f"{code!r} is not an ISO 4217 currency code like USD, EUR or DZD")
        return code or None

    def _year(self) -> int | None:
        text = self.query_one(".year", Input).value.strip()
        if not text:
            return None
        if not (text.isdigit() and len(text) == 4):
            raise FieldError(f"{text!r} is not a year like 2024")
        return int(text)


def _quantity_text(quantity: Quantity) -> str:
    if quantity.value is not None:
        return f"{quantity.value:g} {quantity.unit or ''}".strip()
    if quantity.min is not None and quantity.max is not None:
        return f"{quantity.min:g}-{quantity.max:g} {quantity.unit or ''}".strip()
    if quantity.min is not None:
        return f"at least {quantity.min:g} {quantity.unit or ''}".strip()
    return ""


class TextAreaField(FormField):
    """Base of the fields typed in a box of several lines. Each reads its own kind of value
    (a text, a list of lines): siblings, not one the other's subclass, so that each
    ``read`` returns what it says."""

    DEFAULT_CSS = """
    TextAreaField TextArea { height: 5; }
    """

    def __init__(self, key: str, label: str, text: str, *, hint: str = "") -> None:
        super().__init__(key, label, hint=hint)
        self.initial = text

    def make_input(self) -> Iterable[Any]:
        yield DataTextArea(self.initial, soft_wrap=True, tab_behavior="focus")

    def take(self, fresh: TextAreaField) -> None:
        self.initial = fresh.initial
        self.query_one(TextArea).load_text(self.initial)

    def unchanged(self) -> bool:
        """True while the text is as loaded. A TextArea breaks lines where ``splitlines``
        does (U+2028, form feed…) and joins them with newlines: what it shows of the
        initial text is not always that text, which must then be kept as it was."""
        return self.query_one(TextArea).text == Document(self.initial).text

    def text(self) -> str:
        return self.initial if self.unchanged() else self.query_one(TextArea).text


class LongTextField(TextAreaField):
    """Free text (notes); empty is None."""

    def __init__(self, key: str, label: str, value: str | None, *, hint: str = "") -> None:
        super().__init__(key, label, value or "", hint=hint)

    def read(self) -> str | None:
        value = self.text().strip()
        return value or None


class LinesField(TextAreaField):
    """One item per line (flags)."""

    def __init__(self, key: str, label: str, values: Sequence[str], *, hint: str = "") -> None:
        super().__init__(key, label, "\n".join(values), hint=hint)
        self.values = list(values)

    def take(self, fresh: TextAreaField) -> None:
        assert isinstance(fresh, LinesField)
        self.values = fresh.values
        super().take(fresh)

    def read(self) -> list[str]:
        if self.unchanged():
            return list(self.values)  # a line of its own holding U+2028 stays one line
        return [line.strip() for line in self.text().splitlines() if line.strip()]


class PartiesField(FormField):
    """Parties as rows of (organisation or person, role), both chosen from lists; 'Add party'
    adds a row. The first list holds organisations, then people: a party is either."""

    DEFAULT_CSS = """
    PartiesField .party-rows, PartiesField .party-row { height: auto; }
    PartiesField .party-row Select { width: 1fr; }
    PartiesField #add-party { margin-top: 0; }
    """

    def __init__(
        self,
        key: str,
        label: str,
        parties_offered: Options,
        roles: Sequence[str],
        parties: Sequence[Party],
        *,
        is_person: Callable[[str], bool],
    ) -> None:
        """``parties_offered``: (label, id) of every organisation and person;
        ``is_person`` tells a person's id from an organisation's."""
        super().__init__(key, label, hint="Leave the organisation or person empty to remove a row.")
        # Every row's list, one list: thousands of organisations on a large database.
        self.offered = list(parties_offered)
        self.known = {value for _, value in self.offered}
        self.roles = list(roles)
        self.initial = list(parties)
        self.is_person = is_person

    def _roles(self, party: Party | None) -> list[tuple[str, str]]:
        """The roles a row offers: the vocabulary's, and the party's if it is none of them."""
        roles = list(self.roles)
        if party is not None and party.role and party.role not in roles:
            roles.append(party.role)
        return [(role, role) for role in roles]

    def _who(self, party: Party | None) -> Any:
        return party.who if party and party.who in self.known else Select.NULL

    def _row(self, party: Party | None) -> Horizontal:
        return Horizontal(
            TypeAheadSelect(
                self.offered,
                value=self._who(party),
                allow_blank=True,
                prompt="(organisation or person)",
                compact=True,
                classes="party-org",
            ),
            TypeAheadSelect(
                self._roles(party),
                value=party.role if party and party.role else Select.NULL,
                allow_blank=True,
                prompt="(role)",
                compact=True,
                classes="party-role",
            ),
            classes="party-row",
        )

    def make_input(self) -> Iterable[Any]:
        with Vertical(classes="party-rows"):
            for party in self.initial:
                yield self._row(party)
            if not self.initial:
                yield self._row(None)
        yield Button("Add party", id="add-party")

    def take(self, fresh: PartiesField) -> AwaitMount | None:
        self.offered, self.known, self.initial = fresh.offered, fresh.known, fresh.initial
        self.roles, self.is_person = fresh.roles, fresh.is_person
        rows = list(self.query(".party-row").results(Horizontal))
        wanted: list[Party | None] = [*self.initial] or [None]
        for row, party in zip(rows, wanted, strict=False):
            row.query_one(".party-org", TypeAheadSelect).refill(self.offered, self._who(party))
            role = party.role if party and party.role else Select.NULL
            row.query_one(".party-role", TypeAheadSelect).refill(self._roles(party), role)
            row.display = True
        for row in rows[len(wanted) :]:
            # Emptied and hidden, not removed: a kept form's widgets are frozen once made
            # (``Session.settle``), and a frozen widget removed would never be freed.
            row.query_one(".party-org", TypeAheadSelect).refill(self.offered, Select.NULL)
            row.query_one(".party-role", TypeAheadSelect).refill(self._roles(None), Select.NULL)
            row.display = False
        more = [self._row(party) for party in wanted[len(rows) :]]
        return self.query_one(".party-rows", Vertical).mount(*more) if more else None

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "add-party":
            event.stop()
            self.query_one(".party-rows", Vertical).mount(self._row(None))

    def read(self) -> list[Party]:
        parties = []
        for row in self.query(".party-row"):
            who = row.query_one(".party-org", Select).value
            role = row.query_one(".party-role", Select).value
            if who is Select.NULL:
                continue
            chosen = str(who)
            kept_role = None if role is Select.NULL else str(role)
            if self.is_person(chosen):
                parties.append(Party(person=chosen, role=kept_role))
            else:
                parties.append(Party(org=chosen, role=kept_role))
        return parties


class RoleRow(Vertical):
    """One role: its title in each language the form offers, on one line; its organisation,
    from and to on the next. Keeps the role it shows, for what the form does not edit."""

    def __init__(self, role: Role | None, *lines: Horizontal) -> None:
        super().__init__(*lines, classes="role-row")
        self.initial = role


class RolesField(FormField):
    """A person's roles as rows (see ``RoleRow``); 'Add role' adds a row; a row left
    without a title and an organisation is dropped. Dates are written as in a date field
    (a vague phrase kept from the source stays as it is)."""

    DEFAULT_CSS = """
    RolesField .role-rows { height: auto; }
    RolesField .role-row { height: auto; margin-bottom: 1; }
    RolesField .role-line { height: auto; }
    RolesField .role-line Input { width: 1fr; }
    RolesField .role-line Select { width: 2fr; }
    RolesField .role-line .role-from, RolesField .role-line .role-to { width: 16; }
    """

    def __init__(
        self,
        key: str,
        label: str,
        orgs: Options,
        roles: Sequence[Role],
        languages: Sequence[tuple[str, str]],
    ) -> None:
        """``languages``: (code, name) of the languages a title is typed in."""
        super().__init__(key, label, hint="Dates as in a date field: 2019, 2024-03, fin 2025…")
        self.orgs = list(orgs)
        self.initial = list(roles)
        self.languages = list(languages)

    def _org(self, role: Role | None) -> Any:
        known = {value for _, value in self.orgs}
        return role.org if role and role.org in known else Select.NULL

    def _row(self, role: Role | None) -> RoleRow:
        titles = [
            Input(
                value=role.title.get(code, "") if role else "",
                placeholder=f"title ({name})",
                compact=True,
                highlighter=ControlsShown(),
                classes=f"role-title role-title-{code}",
            )
            for code, name in self.languages
        ]
        where = [
            TypeAheadSelect(
                self.orgs,
                value=self._org(role),
                allow_blank=True,
                prompt="(organisation)",
                compact=True,
                classes="role-org",
            ),
            *(
                Input(
                    value=date.raw if date else "",
                    placeholder=name,
                    compact=True,
                    highlighter=ControlsShown(),
                    classes=f"role-{name}",
                )
                for name, date in (
                    ("from", role.from_ if role else None),
                    ("to", role.to if role else None),
                )
            ),
        ]
        return RoleRow(
            role, Horizontal(*titles, classes="role-line"), Horizontal(*where, classes="role-line")
        )

    def make_input(self) -> Iterable[Any]:
        with Vertical(classes="role-rows"):
            for role in self.initial:
                yield self._row(role)
            if not self.initial:
                yield self._row(None)
        yield Button("Add role", id="add-role")

    def take(self, fresh: RolesField) -> AwaitMount | None:
        self.orgs, self.initial, self.languages = fresh.orgs, fresh.initial, fresh.languages
        rows = list(self.query(RoleRow).results(RoleRow))
        wanted: list[Role | None] = [*self.initial] or [None]
        for row, role in zip(rows, wanted, strict=False):
            self._fill(row, role)
            row.display = True
        for row in rows[len(wanted) :]:
            # Emptied and hidden, not removed (as a party row: ``PartiesField.take``); a
            # row without a title and an organisation is dropped when read.
            self._fill(row, None)
            row.display = False
        more = [self._row(role) for role in wanted[len(rows) :]]
        return self.query_one(".role-rows", Vertical).mount(*more) if more else None

    def _fill(self, row: RoleRow, role: Role | None) -> None:
        """Show ``role`` (none: an empty row) in ``row``'s boxes."""
        row.initial = role
        for code, _ in self.languages:
            _set_value(
                row.query_one(f".role-title-{code}", Input),
                role.title.get(code, "") if role else "",
            )
        row.query_one(".role-org", TypeAheadSelect).refill(self.orgs, self._org(role))
        for name, date in (
            ("from", role.from_ if role else None),
            ("to", role.to if role else None),
        ):
            _set_value(row.query_one(f".role-{name}", Input), date.raw if date else "")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "add-role":
            event.stop()
            self.query_one(".role-rows", Vertical).mount(self._row(None))

    def read(self) -> list[Role]:
        roles = []
        for number, row in enumerate(self.query(RoleRow).results(RoleRow), 1):
            title = dict(row.initial.title) if row.initial else {}
            for code, _ in self.languages:
                text = row.query_one(f".role-title-{code}", Input).value.strip()
                if text:
                    title[code] = text
                else:
                    title.pop(code, None)
            org = row.query_one(".role-org", Select).value
            if not any(title.values()) and org is Select.NULL:
                continue
            since = self._date(row, "from", number)
            until = self._date(row, "to", number)
            roles.append(
                Role(
                    title=title,
                    org=None if org is Select.NULL else str(org),
                    from_=since,
                    to=until,
                )
            )
        return roles

    @staticmethod
    def _date(row: RoleRow, name: str, number: int) -> DateValue | None:
        raw = row.query_one(f".role-{name}", Input).value.strip()
        if not raw:
            return None
        before: DateValue | None = getattr(row.initial, "from_" if name == "from" else name, None)
        if before is not None and raw == before.raw:
            return before  # as recorded, a vague phrase ("récemment") included
        try:
            return parse_date(raw)
        except BilatError as exc:
            raise FieldError(f"role {number}, {name}: {exc}") from None
