"""Forms to create and edit records, laid out from their kind's spec.

A form is a modal screen with one field widget (or a few) per field its kind's spec
(``store.kinds``) lists in ``KindSpec.form``; each field *type* has an editor here that
makes its widgets and reads the value back. A kind is edited in a form by listing its
fields there and naming a form class below, nothing else. Every change re-validates
the whole form (the field parsers, then the store's own record checks); messages stand
under their fields and Save stays disabled while anything is wrong. Nothing is written
until the user saves, and then through the caller, which owns the store and the undo
history.
"""

from __future__ import annotations

import asyncio
import inspect
import weakref
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from itertools import islice
from typing import Any, ClassVar

import msgspec
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.geometry import Region
from textual.message import Message
from textual.screen import ModalScreen
from textual.widget import AwaitMount, Widget
from textual.widgets import Button, Checkbox, Input, Select, SelectionList, Static, TextArea

from bilat.store import (
    QueryError,
    Record,
    Snapshot,
    display_name,
    kind_of_id,
    parse_filter,
    title_of,
)
from bilat.store.countries import COUNTRIES
from bilat.store.ids import free_id, new_id
from bilat.store.index import INDEXED_KINDS
from bilat.store.kinds import LANGUAGE, SPECS, FieldSpec, KindSpec
from bilat.store.models import DateValue, Event, Location, SectorRef
from bilat.store.text import printable
from bilat.store.validate import check_record

from ..leaks import forget_drawn
from ..widgets.fields import (
    ChoiceField,
    DateField,
    FieldError,
    FormField,
    FoundChoiceField,
    LinesField,
    LongTextField,
    MoneyField,
    MultiChoiceField,
    PartiesField,
    QuantityField,
    RolesField,
    TextField,
)

# A form lists the records of a kind up to this many; more are found by their words.
LISTED_AT_MOST = 500

# (label, id) of every record of a kind, by label, per snapshot: sorting thousands of
# organisations again for every form (and every party row) would be seen.
_OPTIONS: weakref.WeakKeyDictionary[Snapshot, dict[str, list[tuple[str, str]]]] = (
    weakref.WeakKeyDictionary()
)


# What a field's widgets say when their value changes (each change checks the form).
CHANGES: tuple[type[Message], ...] = (
    Input.Changed,
    Select.Changed,
    SelectionList.SelectedChanged,
    Checkbox.Changed,
    TextArea.Changed,
)


def taken_message(snapshot: Snapshot, holder: Record) -> str:
    """What the id field says of an id another record holds: which one, and a free id."""
    title = printable(" ".join(title_of(holder).split()))
    return f"taken by “{title}” ({holder.id}); {free_id(snapshot.holds, holder.id)} is free"


def country_options() -> list[tuple[str, str]]:
    return [(f"{code} — {name}", code) for code, name in COUNTRIES.items()]


class RecordForm(ModalScreen[Record | None]):
    """A form for one kind (``kind``): layout from its spec, live validation, save and
    cancel. Subclasses only name the kind."""

    kind: ClassVar[str] = ""
    # A form kept after it closes and refilled for the next record edited (``refill``):
    # its widgets are made once, not at every open. Every editor of its kind's fields
    # can take a new value (``FormField.take``).
    KEPT: ClassVar[bool] = False
    # Fields mounted with the form (the first ones: the id and a name); the others follow
    # one at a time, one per screen update, so that the form shows at once and no step holds
    # the screen (each step lays the whole form out again: a step of three fields did).
    FIELDS_AT_ONCE: ClassVar[int] = 2
    FIELDS_PER_STEP: ClassVar[int] = 1
    REFILLED_PER_STEP: ClassVar[int] = 2  # a kept form's (``refill``): cheaper than mounting
    # A form made ahead, off screen (``ahead``): a pause between its steps, so that each
    # is a short turn of the event loop of its own while the explorer is in use.
    AHEAD_PAUSE: ClassVar[float] = 0.02
    DRAWN_PER_STEP: ClassVar[int] = 8
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f10", "save", "Save", id="form.save", tooltip="Save the record (if valid)"),
        Binding(
            "escape",
            "cancel",
            "Cancel",
            id="form.cancel",
            tooltip="Close without saving: nothing is written",
        ),
    ]

    def __init__(
        self,
        snapshot: Snapshot,
        record: Record | None = None,
        *,
        draft: Record | None = None,
        latest: Callable[[], Snapshot] | None = None,
        shown: Callable[[], None] | None = None,
        complete: Callable[[], None] | None = None,
        ahead: Callable[[], bool] | None = None,
    ) -> None:
        """``draft``: a new record's values typed before (its save was refused), shown again;
        ``latest``: the database as it is now, which F10 looks at for a new record's id
        (``snapshot`` is as it was when the form opened); ``shown``: called once the form
        is first painted (or closed before); ``complete``: once every field is mounted;
        ``ahead``: a kept form made before anyone asks for it, mounted off screen (never
        shown as it is: ``refill`` gives it the record to edit), its steps taken when this
        says they may (the user not at work)."""
        super().__init__()
        self._ahead = ahead is not None
        self._may_step = ahead
        self._abandoned = False
        # This form is kept by the editor (its kind's are, ``KEPT``: a new record's is not).
        self.kept = self._ahead
        self._shown = shown
        self._on_complete = complete
        self._snapshot: Snapshot | None = snapshot
        self.original = record
        self.filled: Record | None = record if record is not None else draft
        self.latest = latest
        self.result: Record | None = None
        self.changed_before = draft is not None  # a draft's values were typed before
        # What each field's widgets held once mounted: a field holding anything else now
        # was edited (``dirty``).
        self._first_state: dict[FormField, tuple[Any, ...]] = {}
        # Fields still to make and mount (see FIELDS_AT_ONCE): each group is made when it
        # is mounted, not with the form.
        self._later: Iterator[FormField] = iter(())
        self._complete = False
        self._save_when_complete = False
        # A kept form being refilled: its fields still to refill, by key; the fields made
        # for the new record whose values they take, still to take; and those refilled
        # whose new widgets are being mounted.
        self._kept_fields: dict[str, FormField] = {}
        self._fields: list[FormField] = []  # every field, in order, once complete (kept)
        self._refills: Iterator[FormField] = iter(())
        self._mounting: list[tuple[FormField, AwaitMount]] = []
        # The theme when the kept form closed, and when refilled the theme its widgets are
        # styled for (see ``_on_screen_resume``).
        self._theme_when_closed: str | None = None
        self._restyled_for: str | None = None

    @property
    def snapshot(self) -> Snapshot:
        """The database as the form shows it (none while a kept form is closed)."""
        assert self._snapshot is not None, "a closed form has no snapshot"
        return self._snapshot

    @snapshot.setter
    def snapshot(self, snapshot: Snapshot) -> None:
        self._snapshot = snapshot

    def refill(
        self,
        snapshot: Snapshot,
        record: Record,
        *,
        latest: Callable[[], Snapshot] | None = None,
        shown: Callable[[], None] | None = None,
    ) -> None:
        """Edit ``record`` of ``snapshot`` instead (a kept form, complete and closed): each
        field takes its new value and lists, the form is checked, the first box focused."""
        assert self._complete, "only a form with every field mounted is refilled"
        self._shown = shown
        self._snapshot = snapshot
        self.original = self.filled = record
        self.latest = latest
        self.result = None
        self.changed_before = False
        self._save_when_complete = False
        self._complete = False
        self._restyled_for = self._theme_when_closed
        self._first_state = {}
        if self._theme_when_closed != self.app.theme:
            # Lines drawn in another theme's colours. Else a widget the refill leaves as it
            # was (the frame, the buttons, the labels) is drawn as it was, not anew.
            for widget in self.walk_children(Widget, with_self=True):
                widget._styles_cache.clear()
        # The fields as the form holds them once complete (a query of the whole form would
        # take as long as a refill step).
        self._kept_fields = {field.key: field for field in self._fields}
        for field in self._fields[self.FIELDS_AT_ONCE :]:
            # Unseen until it holds its new value, never the last record's; its place kept,
            # so that each step lays out and draws the fields it refilled, not the form.
            # (Hidden already when the form has been closed a moment: ``_ready_for_refill``.)
            field.styles.visibility = "hidden"
        self._refills = iter(self.fields())
        title = self.query_one("#form-title", Static)
        lines = title.content_size.height
        # Laid out again only if the title takes another number of lines.
        title.update(self._title(), layout=not lines or _lines(self._title(), title) != lines)
        self.query_one("#form-save", Button).disabled = True  # until every field is refilled
        self._mounting = self._refill_some(self.FIELDS_AT_ONCE)
        self.query_one("#form-fields", VerticalScroll).scroll_home(animate=False)
        self._focus_first(self._fields)
        self.call_after_refresh(self._painted)
        self.call_after_refresh(self._refill_more)

    def _refill_some(self, count: int) -> list[tuple[FormField, AwaitMount]]:
        """The next ``count`` fields take their values and are shown; those that mount
        widgets for them (a party row more than the last record had) are returned, to be
        shown and noted once mounted."""
        mounting: list[tuple[FormField, AwaitMount]] = []
        for made in islice(self._refills, count):
            field = self._kept_fields.pop(made.key)
            with self.prevent(*CHANGES):  # not the user's: the form is checked once refilled
                mounted = field.take(made)
            if mounted is None:
                self._shown_refilled(field)
            else:
                mounting.append((field, mounted))
        return mounting

    def _shown_refilled(self, field: FormField) -> None:
        if field.styles.visibility != "visible":  # set alike, it would lay the form out
            field.styles.visibility = "visible"
        self._note_first_state([field])

    async def _refill_more(self) -> None:
        """Refill the next few fields; after the screen update, the next few (as a new form
        mounts them: all at once would hold the screen); then check the whole form."""
        # A turn of the event loop of its own: callbacks after a screen update that asked
        # for none are run one after the other in one turn, steps that would hold the
        # screen together.
        await asyncio.sleep(0)
        for field, mounted in self._mounting:
            await mounted  # read back (checked, compared) only once its widgets are there
            self._shown_refilled(field)
        self._mounting = []
        if self._kept_fields:
            self._mounting = self._refill_some(self.REFILLED_PER_STEP)
            self.call_after_refresh(self._refill_more)
        else:
            self._completed()

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        """Shown again after a refill: Textual would work out the style of every widget of
        the form again (``Screen._on_screen_resume``), a long pause on the screen; the
        widgets whose classes the refill changed were restyled then, and nothing else
        changed but the focused box's look, unless the theme did."""
        if self._restyled_for is not None:
            event.refresh_styles = self._restyled_for != self.app.theme
            focused = self.focused
            if focused is not None:  # the box focused, blurred when the form closed
                focused.has_focus = True  # restyles it alone (in the theme's colours too)
                if isinstance(focused, Input) and focused.select_on_focus:
                    focused.select_all()  # as when a box is focused
        self._restyled_for = None

    def on_screen_suspend(self) -> None:
        forget_drawn()  # else Textual keeps the form's last drawn widgets (``leaks``)
        if self.KEPT and self not in self.app.screen_stack:
            # Closed (not covered by a dialog): a kept form holds no old database.
            self._snapshot = self.original = self.filled = None
            self._theme_when_closed = self.app.theme
            if self.kept:
                self.set_timer(self.AHEAD_PAUSE, self._ready_for_refill)

    def _ready_for_refill(self) -> None:
        """A kept form closed: the fields a refill shows later (``_refill_more``) hidden
        now, and the form laid out so, off screen: its next first paint lays out nothing
        that did not change (the boxes of the first fields keep their places)."""
        if not self._complete or self in self.app.screen_stack or not self.is_running:
            return  # opened again meanwhile, or not kept
        for field in self._fields[self.FIELDS_AT_ONCE :]:
            field.styles.visibility = "hidden"
        # Laid out once what the hiding asked for has reached the screen (messages).
        self.set_timer(self.AHEAD_PAUSE, self._lay_out_closed)

    def _lay_out_closed(self) -> None:
        if self._complete and self not in self.app.screen_stack and self.is_running:
            self._refresh_layout(self.app.size)
            self._layout_required = False  # as Textual's own update does once laid out

    def _title(self) -> Text:
        noun = self.spec.noun
        title = f"New {noun}" if self.original is None else f"Edit {noun} {self.original.id}"
        return Text(title, style="bold")

    @property
    def spec(self) -> KindSpec:
        return SPECS[self.kind]

    @property
    def is_new(self) -> bool:
        return self.original is None

    def compose(self) -> ComposeResult:
        with Vertical(id="form-box"):
            yield Static(self._title(), id="form-title")
            fields = iter(self.fields())
            first = list(islice(fields, self.FIELDS_AT_ONCE))
            self._later = fields
            with VerticalScroll(id="form-fields"):
                yield from first
            yield Static("", id="form-error")
            with Horizontal(id="form-buttons"):
                yield Button("Save (F10)", variant="primary", id="form-save")
                yield Button("Cancel (esc)", id="form-cancel")

    def fields(self) -> Iterable[FormField]:
        """The widgets of every field the spec's form lists, in its order."""
        for name in self.spec.form:
            field_spec = self.spec.field(name)
            yield from EDITORS[field_spec.type].widgets(self, field_spec, self.current(name))

    def current(self, name: str) -> Any:
        """The value a field starts with: the record's (or the draft's), else the default."""
        if self.filled is not None:
            return getattr(self.filled, name)
        return self.spec.default(name)

    def build(self, values: dict[str, Any]) -> Record:
        """The record the form's values make (FieldError if they cannot make one)."""
        changes: dict[str, Any] = {}
        for name in self.spec.form:
            field_spec = self.spec.field(name)
            if field_spec.type != "id":
                changes[name] = EDITORS[field_spec.type].read(self, field_spec, values)
        if self.original is not None:
            edited: Record = msgspec.structs.replace(self.original, **changes)
            return edited
        title = changes.get(self.spec.title_field) or {}
        made: Record = self.spec.struct(id=self.chosen_id(values, display_name(title)), **changes)
        return made

    def abandon(self) -> None:
        """A form being made ahead that is not wanted any more (an edit came first): it
        stops and is removed, once mounted (it is on no stack: nothing else removes it)."""
        self._abandoned = True
        if self.is_mounted:
            self.remove()

    def on_mount(self) -> None:
        if not self.app.is_running:
            return  # made ahead and mounted as the explorer closes: no more of it
        if self._abandoned:
            self.remove()
            return
        self.query_one("#form-box").border_title = "F10 save · esc cancel · tab next field"
        self._focus_first()
        self.query_one("#form-save", Button).disabled = True  # until every field is there
        self._note_first_state(self.query(FormField))
        self.call_after_refresh(self._painted)
        self._next_step(self._mount_more)

    def _next_step(self, step: Callable[[], Any]) -> None:
        """Run ``step`` after the next screen update; off screen (made ahead), after a
        pause: no screen update of its own comes."""
        if self._ahead:
            self.set_timer(self.AHEAD_PAUSE, partial(self._when_may_step, step))
        else:
            self.call_after_refresh(step)

    async def _when_may_step(self, step: Callable[[], Any]) -> None:
        """Run a step of the making ahead if it may run now, else look again later."""
        if self._may_step is not None and not self._may_step():
            self.set_timer(self.AHEAD_PAUSE, partial(self._when_may_step, step))
            return
        done = step()
        if inspect.isawaitable(done):
            await done

    @property
    def ahead(self) -> bool:
        """True while the form is being made ahead, off screen (``complete`` once made)."""
        return self._ahead and not self._complete

    def _focus_first(self, fields: Iterable[FormField] | None = None) -> None:
        """Focus the first box that takes text (of ``fields`` if given: the form's, in
        order)."""
        if fields is None:
            first = self.query(Input).first()
            if first.disabled:
                first = self.query("Input:enabled").first(Input)
            first.focus()
            return
        for field in fields:
            for box in field.query(Input):
                if not box.disabled:
                    box.focus()
                    return

    def _painted(self) -> None:
        shown, self._shown = self._shown, None
        if shown is not None:
            shown()

    def on_unmount(self) -> None:
        self._painted()  # closed before its first paint: what waited for it goes on

    @property
    def complete(self) -> bool:
        """True once every field of the form is mounted."""
        return self._complete

    async def _mount_more(self) -> None:
        """Mount the next few fields; after the screen update, the next few; then check
        the whole form."""
        if self._abandoned or not self.app.is_running:
            return
        batch = list(islice(self._later, self.FIELDS_PER_STEP))
        if batch:
            await self.query_one("#form-fields").mount(*batch)
            self._note_first_state(batch)
            if self._ahead:
                # Laid out now, a field at a time, as a form on screen is: laid out whole
                # for the first time, at its first paint, it would hold the screen.
                self._refresh_layout(self.app.size)
            self._next_step(self._mount_more)
            return
        if self._ahead:
            self._draw_ahead(list(self._compositor.visible_widgets.items()))
            return
        self._completed()

    def _draw_ahead(self, widgets: list[tuple[Widget, tuple[Region, Region]]]) -> None:
        """Draw a form made ahead, a few widgets a step, off screen: each keeps its lines,
        and its first paint draws only what its refill changed."""
        if self._abandoned or not self.app.is_running:
            return
        for widget, (region, _clip) in widgets[: self.DRAWN_PER_STEP]:
            if widget is not self:  # the screen's own lines: what it covers, drawn then
                widget.render_lines(Region(0, 0, region.width, region.height))
        rest = widgets[self.DRAWN_PER_STEP :]
        if rest:
            self._next_step(partial(self._draw_ahead, rest))
        else:
            self._completed()

    def _completed(self) -> None:
        self._complete = True
        if self.KEPT:
            self._fields = list(self.query(FormField))
        done, self._on_complete = self._on_complete, None
        if done is not None:
            done()
        if self._ahead:  # made, never shown: as a kept form closed, no record held
            self._ahead = False
            self._snapshot = self.original = self.filled = None
            self._theme_when_closed = self.app.theme
            self.set_timer(self.AHEAD_PAUSE, self._ready_for_refill)
            return
        self.validate()
        if self._save_when_complete:
            self.action_save()

    def _note_first_state(self, fields: Iterable[FormField]) -> None:
        for field in fields:
            self._first_state.setdefault(field, _state(field))

    @property
    def dirty(self) -> bool:
        """True if anything was typed or chosen since the form opened."""
        if self.changed_before:
            return True
        return any(_state(field) != state for field, state in self._first_state.items())

    # -- validation -----------------------------------------------------------------
    @on(Input.Changed)
    @on(Select.Changed)
    @on(SelectionList.SelectedChanged)
    @on(Checkbox.Changed)
    @on(TextArea.Changed)
    def _changed(self) -> None:
        if self.complete:
            self.validate()

    def validate(self) -> Record | None:
        """Check every field and the whole record; show messages; return the record if valid
        (None while fields are still being mounted)."""
        if not self.complete:
            return None
        values: dict[str, Any] = {}
        errors = 0
        for field in self.query(FormField):
            try:
                values[field.key] = field.read()
                field.show_error("")
            except FieldError as exc:
                field.show_error(str(exc))
                errors += 1
        record: Record | None = None
        general = ""
        if not errors:
            try:
                record = self.build(values)
            except FieldError as exc:
                target = self._field_for(exc.key) if exc.key else None
                if target is not None:
                    target.show_error(str(exc))
                else:
                    general = str(exc)
                errors += 1
            else:
                for problem in check_record(record, self.spec.prefix):
                    target = self._field_for(problem.field)
                    if target is not None:
                        target.show_error(problem.message)
                    else:
                        general = f"{problem.field}: {problem.message}"
                    record = None
                    errors += 1
                if record is not None and self._id_taken(record):
                    record = None
        shown = self.query_one("#form-error", Static)
        if str(shown.content) != general:  # every keystroke validates: update only on change
            shown.update(Text(general, style="bold red"))
        self.query_one("#form-save", Button).disabled = record is None
        return record

    def _id_taken(self, record: Record) -> bool:
        """A new record never replaces another: say so under the id, and offer a free one."""
        holder = self.snapshot.find(record.id) if self.is_new else None
        if holder is None:
            return False
        self.query_one("#field-id", FormField).show_error(taken_message(self.snapshot, holder))
        return True

    def _field_for(self, path: str) -> FormField | None:
        head = path.split("[")[0]
        for field in self.query(FormField):
            if field.key == path or field.key == head or field.key.startswith(head + "."):
                return field
        return None

    # -- actions -------------------------------------------------------------------
    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "form-save":
            self.action_save()
        elif event.button.id == "form-cancel":
            self.action_cancel()

    def action_save(self) -> None:
        if not self.complete:
            self._save_when_complete = True  # F10 right after the form opened
            return
        if self.is_new and self.latest is not None:
            self.snapshot = self.latest()  # someone may have taken the id since the form opened
        record = self.validate()
        if record is None:
            self.app.bell()
            invalid = next(iter(self.query(".form-field.-invalid")), None)
            if invalid is not None:
                invalid.scroll_visible(animate=False)
                target = next(iter(invalid.query("Input, Select, SelectionList, TextArea")), None)
                if target is not None:
                    target.focus()
            return
        self.dismiss(record)

    def action_cancel(self) -> None:
        if not self.dirty:
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(DiscardScreen(), callback=answered)

    # -- what the editors ask of the form --------------------------------------------
    def chosen_id(self, values: dict[str, Any], name: str) -> str:
        if self.original is not None:
            return self.original.id
        given = values.get("id")
        return str(given) if given else new_id(self.snapshot.holds, self.kind, name)

    def options(self, kind: str, exclude: str | None = None) -> list[tuple[str, str]]:
        """(label, id) of every record of ``kind`` but ``exclude``, by label: its name or
        title, and an organisation's acronym."""
        made = _OPTIONS.setdefault(self.snapshot, {})
        every = made.get(kind)
        if every is None:
            every = made[kind] = sorted(
                (
                    (self.label_of(record.id), record.id)
                    for record in self.snapshot.tables[kind].values()
                ),
                key=lambda item: item[0].casefold(),
            )
        if exclude is None or not any(record_id == exclude for _, record_id in every):
            return list(every)
        return [item for item in every if item[1] != exclude]

    def label_of(self, record_id: str) -> str:
        record = self.snapshot.find(record_id)
        if record is None:
            return record_id
        acronym = getattr(record, "acronym", None)
        return (title_of(record) or record.id) + (f" ({acronym})" if acronym else "")

    def find(self, kind: str, text: str, limit: int) -> list[tuple[str, str]]:
        """Up to ``limit`` records of ``kind`` whose words hold those of ``text`` (the
        filter language's words), by the search index: none while it is being built."""
        try:
            flt = parse_filter(text)
        except QueryError:
            return []
        index = self.snapshot.search.index_if_made
        if not flt.words or index is None or not index.ready(flt, (kind,)):
            return []
        ids = self.snapshot.select_ids(kind, flt)
        return [(self.label_of(rid), rid) for rid in ids[: limit + 1] if rid != self.own_id][:limit]

    @property
    def own_id(self) -> str | None:
        return self.filled.id if self.filled is not None else None

    def previous(self, name: str) -> Any:
        """What the record being edited holds in ``name`` (None for a new record): what a
        form keeps of a field it shows only in part (a name's other languages)."""
        return getattr(self.original, name) if self.original is not None else None


def _lines(text: Text, widget: Widget) -> int:
    """How many lines ``text`` takes in ``widget``, as wide as it is now."""
    width = max(1, widget.content_size.width)
    return max(1, -(-text.cell_len // width))


def _state(field: FormField) -> tuple[Any, ...]:
    """What the widgets of ``field`` hold now (texts, choices, ticks), to compare."""
    held: list[Any] = []
    for widget in field.query("Input, Select, SelectionList, Checkbox, TextArea"):
        if isinstance(widget, SelectionList):
            held.append(tuple(widget.selected))
        elif isinstance(widget, TextArea):
            held.append(widget.text)
        else:
            held.append(getattr(widget, "value", None))
    return tuple(held)


# -- editors: the widgets of one type of field, and its value read back ----------------


@dataclass(frozen=True)
class Editor:
    widgets: Callable[[RecordForm, FieldSpec, Any], Iterable[FormField]]
    read: Callable[[RecordForm, FieldSpec, dict[str, Any]], Any]


def _label(spec: FieldSpec) -> str:
    return spec.form_label or spec.label


def _id_widgets(form: RecordForm, spec: FieldSpec, value: Any) -> Iterable[FormField]:
    if form.original is not None:
        yield TextField("id", "Id", form.original.id, disabled=True)
        return
    yield TextField(
        "id",
        "Id",
        form.filled.id if form.filled is not None else "",
        placeholder="made from the name if left empty",
        hint="lowercase letters, digits and '-'; cannot change later",
    )


def _local_widgets(form: RecordForm, spec: FieldSpec, value: Any) -> Iterable[FormField]:
    for lang in LANGUAGE.values:
        yield TextField(
            f"{spec.name}.{lang}", f"{spec.label} ({LANGUAGE.label(lang)})", (value or {}).get(lang)
        )


def _local_read(form: RecordForm, spec: FieldSpec, values: dict[str, Any]) -> dict[str, str]:
    """The texts typed per language, with those of languages the form does not show."""
    texts = dict(form.previous(spec.name) or {})
    for lang in LANGUAGE.values:
        text = values.get(f"{spec.name}.{lang}")
        if text:
            texts[lang] = text
        else:
            texts.pop(lang, None)
    if not any(texts.values()):
        first = f"{spec.name}.{LANGUAGE.values[0]}"
        raise FieldError(f"give the {spec.name} in at least one language", key=first)
    return texts


def _choice_widgets(form: RecordForm, spec: FieldSpec, value: Any) -> Iterable[FormField]:
    assert spec.vocabulary is not None, f"{spec.name}: a choice needs its vocabulary"
    yield ChoiceField(spec.name, _label(spec), spec.vocabulary.options(), value)


def _country_widgets(form: RecordForm, spec: FieldSpec, value: Any) -> Iterable[FormField]:
    yield ChoiceField(spec.name, _label(spec), country_options(), value, allow_blank=True)


def _countries_widgets(form: RecordForm, spec: FieldSpec, value: Any) -> Iterable[FormField]:
    yield MultiChoiceField(spec.name, _label(spec), country_options(), value)


def _ref_widgets(form: RecordForm, spec: FieldSpec, value: Any) -> Iterable[FormField]:
    assert spec.ref is not None, f"{spec.name}: a reference needs its kind"
    options = form.options(spec.ref, exclude=form.own_id)
    yield ChoiceField(spec.name, _label(spec), options, value, allow_blank=True)


def _refs_widgets(form: RecordForm, spec: FieldSpec, value: Any) -> Iterable[FormField]:
    assert spec.ref is not None, f"{spec.name}: references need their kind"
    kind = spec.ref
    if kind in INDEXED_KINDS and len(form.snapshot.tables[kind]) > LISTED_AT_MOST:
        # Thousands of records: found by their words, not listed (nor read) at all.
        yield FoundChoiceField(
            spec.name,
            _label(spec),
            partial(form.find, kind),
            form.label_of,
            value,
            noun=SPECS[kind].noun,
        )
        return
    yield MultiChoiceField(spec.name, _label(spec), form.options(kind), value)


def _sector_refs_widgets(form: RecordForm, spec: FieldSpec, value: Any) -> Iterable[FormField]:
    options = form.options("sectors")
    yield MultiChoiceField(spec.name, _label(spec), options, [ref.sector for ref in value])
    primary = next((ref.sector for ref in value if ref.primary), None)
    yield ChoiceField("primary", "Primary sector", options, primary, allow_blank=True)


def _sector_refs_read(form: RecordForm, spec: FieldSpec, values: dict[str, Any]) -> Any:
    sectors, primary = values[spec.name], values["primary"]
    if primary and primary not in sectors:
        sectors = [primary, *sectors]
    return [SectorRef(sector=sector, primary=sector == primary) for sector in sectors]


def _location_widgets(form: RecordForm, spec: FieldSpec, value: Any) -> Iterable[FormField]:
    location = value or Location()
    label = _label(spec)
    yield ChoiceField(
        f"{spec.name}.country",
        f"{label}: country",
        country_options(),
        location.country,
        allow_blank=True,
    )
    yield TextField(f"{spec.name}.region", f"{label}: region", location.region)
    yield TextField(f"{spec.name}.locality", f"{label}: locality", location.locality)


def _location_read(form: RecordForm, spec: FieldSpec, values: dict[str, Any]) -> Any:
    location = Location(
        country=values[f"{spec.name}.country"],
        region=values[f"{spec.name}.region"],
        locality=values[f"{spec.name}.locality"],
    )
    return location if any((location.country, location.region, location.locality)) else None


def _vocabulary(spec: FieldSpec) -> tuple[str, ...]:
    assert spec.vocabulary is not None, f"{spec.name}: needs its vocabulary"
    return spec.vocabulary.values


def _keyed_label(spec: FieldSpec, key: str) -> str:
    assert spec.vocabulary is not None
    return f"{_label(spec)}: {spec.vocabulary.label(key)}"


def _dates_widgets(form: RecordForm, spec: FieldSpec, value: Any) -> Iterable[FormField]:
    for key in _vocabulary(spec):
        yield DateField(f"{spec.name}.{key}", _keyed_label(spec, key), value.get(key))


def _dates_read(form: RecordForm, spec: FieldSpec, values: dict[str, Any]) -> Any:
    """The dates typed, with those under keys the form does not offer kept."""
    dates: dict[str, DateValue] = dict(form.previous(spec.name) or {})
    for key in _vocabulary(spec):
        date = values[f"{spec.name}.{key}"]
        if date is None:
            dates.pop(key, None)
        else:
            dates[key] = date
    return dates


def _events_widgets(form: RecordForm, spec: FieldSpec, value: Any) -> Iterable[FormField]:
    dated = {event.type: event.date for event in value}
    for key in _vocabulary(spec):
        yield DateField(f"{spec.name}.{key}", _keyed_label(spec, key), dated.get(key))


def _events_read(form: RecordForm, spec: FieldSpec, values: dict[str, Any]) -> Any:
    """Events of types the form does not offer kept first, then those typed, in order."""
    offered = _vocabulary(spec)
    events = [e for e in form.previous(spec.name) or [] if e.type not in offered]
    for key in offered:
        date = values[f"{spec.name}.{key}"]
        if date is not None:
            events.append(Event(type=key, date=date))
    return events


def _jobs_widgets(form: RecordForm, spec: FieldSpec, value: Any) -> Iterable[FormField]:
    for job_type in _vocabulary(spec):
        yield QuantityField(
            f"{spec.name}.{job_type}",
            f"{_label(spec)} ({job_type})",
            [jobs for jobs in value if jobs.job_type == job_type],
            job_type=job_type,
        )


def _jobs_read(form: RecordForm, spec: FieldSpec, values: dict[str, Any]) -> Any:
    return [jobs for key in _vocabulary(spec) for jobs in values[f"{spec.name}.{key}"]]


def _parties_widgets(form: RecordForm, spec: FieldSpec, value: Any) -> Iterable[FormField]:
    people = [(f"{label} (person)", person) for label, person in form.options("people")]
    yield PartiesField(
        spec.name,
        _label(spec),
        [*form.options("orgs"), *people],
        _vocabulary(spec),
        value,
        is_person=lambda record_id: kind_of_id(record_id) == "people",
    )


def _roles_widgets(form: RecordForm, spec: FieldSpec, value: Any) -> Iterable[FormField]:
    languages = [(lang, LANGUAGE.label(lang)) for lang in LANGUAGE.values]
    yield RolesField(spec.name, _label(spec), form.options(spec.ref or "orgs"), value, languages)


def _codes_widgets(form: RecordForm, spec: FieldSpec, value: Any) -> Iterable[FormField]:
    assert spec.vocabulary is not None
    for key in spec.vocabulary.values:
        yield TextField(
            f"{spec.name}.{key}", f"{spec.vocabulary.label(key)} code", (value or {}).get(key)
        )


def _codes_read(form: RecordForm, spec: FieldSpec, values: dict[str, Any]) -> Any:
    codes = dict(form.previous(spec.name) or {})
    for key in _vocabulary(spec):
        codes[key] = values[f"{spec.name}.{key}"]
    return codes


def _read_own(form: RecordForm, spec: FieldSpec, values: dict[str, Any]) -> Any:
    """The value of the one widget keyed by the field's name."""
    return values[spec.name]


def _read_choice(form: RecordForm, spec: FieldSpec, values: dict[str, Any]) -> Any:
    """The value chosen, or the kind's default (a choice is never blank)."""
    return values[spec.name] or form.spec.default(spec.name)


def _one(make: Callable[[str, str, Any], FormField]) -> Editor:
    """The editor of a field shown by one widget keyed by its name."""
    return Editor(lambda form, spec, value: [make(spec.name, _label(spec), value)], _read_own)


EDITORS: dict[str, Editor] = {
    "id": Editor(_id_widgets, _read_own),
    "text": _one(lambda key, label, value: TextField(key, label, value)),
    "long_text": _one(lambda key, label, value: LongTextField(key, label, value)),
    "local_text": Editor(_local_widgets, _local_read),
    "choice": Editor(_choice_widgets, _read_choice),
    "country": Editor(_country_widgets, _read_own),
    "countries": Editor(_countries_widgets, _read_own),
    "ref": Editor(_ref_widgets, _read_own),
    "refs": Editor(_refs_widgets, _read_own),
    "sector_refs": Editor(_sector_refs_widgets, _sector_refs_read),
    "location": Editor(_location_widgets, _location_read),
    "dates": Editor(_dates_widgets, _dates_read),
    "events": Editor(_events_widgets, _events_read),
    "quantities": _one(lambda key, label, value: QuantityField(key, label, value)),
    "jobs": Editor(_jobs_widgets, _jobs_read),
    "money": Editor(
        lambda form, spec, value: [MoneyField(spec.name, _label(spec), value, hint=spec.hint)],
        _read_own,
    ),
    "parties": Editor(_parties_widgets, _read_own),
    "roles": Editor(_roles_widgets, _read_own),
    "codes": Editor(_codes_widgets, _codes_read),
    "flags": Editor(
        lambda form, spec, value: [LinesField(spec.name, _label(spec), value, hint=spec.hint)],
        _read_own,
    ),
}


class ProjectForm(RecordForm):
    kind = "projects"
    KEPT = True


class AgreementForm(RecordForm):
    kind = "agreements"
    KEPT = True


class SectorForm(RecordForm):
    kind = "sectors"
    KEPT = True


class OrgForm(RecordForm):
    kind = "orgs"
    KEPT = True


class PersonForm(RecordForm):
    kind = "people"
    KEPT = True


class DiscardScreen(ModalScreen[bool]):
    """Escape on a form with changes: ask before throwing them away."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Discard", id="discard.yes"),
        Binding("n,escape", "answer(False)", "Keep editing", id="discard.no"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog-box"):
            yield Static(Text("Discard your changes? Nothing has been saved.", style="bold"))
            with Horizontal(id="dialog-buttons"):
                yield Button("Discard (y)", variant="error", id="discard-yes")
                yield Button("Keep editing (n)", variant="primary", id="discard-no")

    def on_mount(self) -> None:
        self.query_one("#dialog-box").border_title = "Unsaved changes"
        self.query_one("#discard-no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "discard-yes")

    def action_answer(self, discard: bool) -> None:
        self.dismiss(discard)


# The form of each kind edited in one (store.kinds.FORM_KINDS; a test holds them together).
FORMS: dict[str, type[RecordForm]] = {
    form.kind: form for form in (ProjectForm, AgreementForm, SectorForm, OrgForm, PersonForm)
}
