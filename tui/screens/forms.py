"""Forms to create and edit projects, agreements, sectors and organisations.

A form is a modal screen with one field widget per record field. Every change
re-validates the whole form (the field parsers, then the store's own record
checks); messages stand under their fields and Save stays disabled while
anything is wrong. Nothing is written until the user saves, and then through
the caller, which owns the store and the undo history.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any, ClassVar

import msgspec
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Select, SelectionList, Static, TextArea

from bilat.store import (
    AGREEMENT_STATUSES,
    INSTRUMENTS,
    ORG_KINDS,
    PROJECT_STATUSES,
    Agreement,
    Org,
    Project,
    Record,
    Sector,
    Snapshot,
    display_name,
    title_of,
)
from bilat.store.countries import COUNTRIES
from bilat.store.models import KINDS, DateValue, Event, Location, SectorRef
from bilat.store.text import printable
from bilat.store.validate import check_record

from ..widgets.fields import (
    ChoiceField,
    DateField,
    FieldError,
    FormField,
    LinesField,
    LongTextField,
    MultiChoiceField,
    PartiesField,
    QuantityField,
    TextField,
)

PARTY_ROLES = (
    "party",
    "signatory",
    "approver",
    "developer",
    "investor",
    "operator",
    "financier",
    "contractor",
    "supplier",
    "host",
    "partner",
)
PROJECT_DATES = ("announced", "approved", "construction_start", "operation_start")
AGREEMENT_EVENTS = ("proposed", "signed", "in_force")


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60] or "record"


def new_id(snapshot: Snapshot, kind: str, name: str) -> str:
    """A fresh typed slug id from a name: prj-ain-temouchent-complex, then -2, -3…"""
    return free_id(snapshot, KINDS[kind][0] + slug(name))


def free_id(snapshot: Snapshot, base: str) -> str:
    """``base`` if no record holds it, else the first of ``base``-2, -3… that none holds."""
    candidate, number = base, 2
    while snapshot.find(candidate) is not None:
        candidate = f"{base}-{number}"
        number += 1
    return candidate


def taken_message(snapshot: Snapshot, holder: Record) -> str:
    """What the id field says of an id another record holds: which one, and a free id."""
    title = printable(" ".join(title_of(holder).split()))
    return f"taken by “{title}” ({holder.id}); {free_id(snapshot, holder.id)} is free"


def country_options() -> list[tuple[str, str]]:
    return [(f"{code} — {name}", code) for code, name in COUNTRIES.items()]


class RecordForm(ModalScreen[Record | None]):
    """Base of the four forms: layout, live validation, save and cancel."""

    kind: ClassVar[str] = ""
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
        record: Any | None = None,
        *,
        draft: Record | None = None,
        latest: Callable[[], Snapshot] | None = None,
    ) -> None:
        """``draft``: a new record's values typed before (its save was refused), shown again;
        ``latest``: the database as it is now, which F10 looks at for a new record's id
        (``snapshot`` is as it was when the form opened)."""
        super().__init__()
        self.snapshot = snapshot
        self.original = record
        self.filled: Any | None = record if record is not None else draft
        self.latest = latest
        self.result: Record | None = None
        self.dirty = draft is not None
        self._settled = False

    @property
    def is_new(self) -> bool:
        return self.original is None

    def compose(self) -> ComposeResult:
        noun = self.kind[:-1]
        title = f"New {noun}" if self.is_new else f"Edit {noun} {self.original.id}"
        with Vertical(id="form-box"):
            yield Static(Text(title, style="bold"), id="form-title")
            with VerticalScroll(id="form-fields"):
                yield from self.fields()
            yield Static("", id="form-error")
            with Horizontal(id="form-buttons"):
                yield Button("Save (F10)", variant="primary", id="form-save")
                yield Button("Cancel (esc)", id="form-cancel")

    def fields(self) -> ComposeResult:
        raise NotImplementedError

    def build(self, values: dict[str, Any]) -> Record:
        raise NotImplementedError

    def on_mount(self) -> None:
        self.query_one("#form-box").border_title = "F10 save · esc cancel · tab next field"
        first = self.query(Input).first()
        if first.disabled:
            first = self.query("Input:enabled").first()
        first.focus()
        self.call_after_refresh(self.validate)
        # Widgets announce their initial values once mounted: only later changes are edits.
        self.call_after_refresh(self._settle)

    def _settle(self) -> None:
        self._settled = True

    # -- validation -----------------------------------------------------------------
    @on(Input.Changed)
    @on(Select.Changed)
    @on(SelectionList.SelectedChanged)
    @on(Checkbox.Changed)
    @on(TextArea.Changed)
    def _changed(self) -> None:
        if self.is_mounted and self._settled:
            self.dirty = True
        self.validate()

    def validate(self) -> Record | None:
        """Check every field and the whole record; show messages; return the record if valid."""
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
                for problem in check_record(record, KINDS[self.kind][0]):
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

    # -- helpers for subclasses ----------------------------------------------------
    def id_field(self, name_hint: str = "") -> TextField:
        if self.is_new:
            return TextField(
                "id",
                "Id",
                self.filled.id if self.filled is not None else "",
                placeholder="made from the name if left empty",
                hint="lowercase letters, digits and '-'; cannot change later",
            )
        return TextField("id", "Id", self.original.id, disabled=True)

    def chosen_id(self, values: dict[str, Any], name: str) -> str:
        if not self.is_new:
            return str(self.original.id)
        given = values.get("id")
        return given or new_id(self.snapshot, self.kind, name)

    def sector_options(self, exclude: str | None = None) -> list[tuple[str, str]]:
        return sorted(
            (
                (display_name(s.name) or s.id, s.id)
                for s in self.snapshot.sectors.values()
                if s.id != exclude
            ),
            key=lambda item: item[0].casefold(),
        )

    def org_options(self, exclude: str | None = None) -> list[tuple[str, str]]:
        return sorted(
            (
                (f"{display_name(o.name) or o.id}" + (f" ({o.acronym})" if o.acronym else ""), o.id)
                for o in self.snapshot.orgs.values()
                if o.id != exclude
            ),
            key=lambda item: item[0].casefold(),
        )

    def names(self, values: dict[str, Any], key: str = "name") -> dict[str, str]:
        original = dict(getattr(self.original, key, {}) or {})
        for lang in ("en", "fr"):
            text = values.get(f"{key}.{lang}")
            if text:
                original[lang] = text
            else:
                original.pop(lang, None)
        if not any(original.values()):
            raise FieldError(f"give the {key} in at least one language", key=f"{key}.en")
        return original


class ProjectForm(RecordForm):
    kind = "projects"

    def fields(self) -> ComposeResult:
        p: Project | None = self.filled
        yield self.id_field()
        yield TextField("name.en", "Name (English)", (p.name.get("en") if p else ""))
        yield TextField("name.fr", "Name (French)", (p.name.get("fr") if p else ""))
        yield ChoiceField(
            "status",
            "Status",
            [(s.replace("_", " "), s) for s in PROJECT_STATUSES],
            p.status if p else "unknown",
        )
        yield MultiChoiceField(
            "sectors",
            "Sectors",
            self.sector_options(),
            [ref.sector for ref in p.sectors] if p else [],
        )
        primary = next((ref.sector for ref in p.sectors if ref.primary), None) if p else None
        yield ChoiceField(
            "primary", "Primary sector", self.sector_options(), primary, allow_blank=True
        )
        yield MultiChoiceField(
            "countries", "Countries", country_options(), p.countries if p else []
        )
        location = p.location if p and p.location else Location()
        yield ChoiceField(
            "location.country",
            "Location: country",
            country_options(),
            location.country,
            allow_blank=True,
        )
        yield TextField("location.region", "Location: region", location.region)
        yield TextField("location.locality", "Location: locality", location.locality)
        for key in PROJECT_DATES:
            yield DateField(
                f"dates.{key}", f"Date: {key.replace('_', ' ')}", p.dates.get(key) if p else None
            )
        yield QuantityField("capacity", "Capacity", p.capacity if p else [])
        jobs = p.jobs if p else []
        for job_type in ("direct", "indirect", "total"):
            yield QuantityField(
                f"jobs.{job_type}",
                f"Jobs ({job_type})",
                [j for j in jobs if j.job_type == job_type],
                job_type=job_type,
            )
        yield PartiesField(
            "parties", "Parties", self.org_options(), PARTY_ROLES, p.parties if p else []
        )
        agreements = sorted(
            ((title_of(a), a.id) for a in self.snapshot.agreements.values()),
            key=lambda item: item[0].casefold(),
        )
        yield MultiChoiceField("agreements", "Agreements", agreements, p.agreements if p else [])
        yield LinesField(
            "flags",
            "Flags (one per line)",
            p.flags if p else [],
            hint="Contradictions or doubts in the sources, said plainly",
        )
        yield LongTextField("notes", "Notes", p.notes if p else None)

    def build(self, values: dict[str, Any]) -> Project:
        names = self.names(values)
        sectors = values["sectors"]
        primary = values["primary"]
        if primary and primary not in sectors:
            sectors = [primary, *sectors]
        dates: dict[str, DateValue] = dict(self.original.dates) if self.original else {}
        for key in PROJECT_DATES:
            date = values[f"dates.{key}"]
            if date is None:
                dates.pop(key, None)
            else:
                dates[key] = date
        jobs = [*values["jobs.direct"], *values["jobs.indirect"], *values["jobs.total"]]
        location = Location(
            country=values["location.country"],
            region=values["location.region"],
            locality=values["location.locality"],
        )
        fields: dict[str, Any] = {
            "name": names,
            "status": values["status"] or "unknown",
            "sectors": [SectorRef(sector=s, primary=s == primary) for s in sectors],
            "countries": values["countries"],
            "location": location
            if any((location.country, location.region, location.locality))
            else None,
            "dates": dates,
            "capacity": values["capacity"],
            "jobs": jobs,
            "parties": values["parties"],
            "agreements": values["agreements"],
            "flags": values["flags"],
            "notes": values["notes"],
        }
        if self.original is not None:
            return msgspec.structs.replace(self.original, **fields)
        return Project(id=self.chosen_id(values, display_name(names)), **fields)


class AgreementForm(RecordForm):
    kind = "agreements"

    def fields(self) -> ComposeResult:
        a: Agreement | None = self.filled
        yield self.id_field()
        yield TextField("title.en", "Title (English)", (a.title.get("en") if a else ""))
        yield TextField("title.fr", "Title (French)", (a.title.get("fr") if a else ""))
        yield ChoiceField(
            "instrument",
            "Instrument",
            [(i, i) for i in INSTRUMENTS],
            a.instrument if a else "other",
        )
        yield ChoiceField(
            "status",
            "Status",
            [(s.replace("_", " "), s) for s in AGREEMENT_STATUSES],
            a.status if a else "proposed",
        )
        yield MultiChoiceField(
            "countries", "Countries", country_options(), a.countries if a else []
        )
        yield PartiesField(
            "parties", "Parties", self.org_options(), PARTY_ROLES, a.parties if a else []
        )
        events = {e.type: e.date for e in a.events} if a else {}
        for key in AGREEMENT_EVENTS:
            yield DateField(f"events.{key}", f"Date: {key.replace('_', ' ')}", events.get(key))
        yield MultiChoiceField("sectors", "Sectors", self.sector_options(), a.sectors if a else [])
        projects = sorted(
            ((title_of(p), p.id) for p in self.snapshot.projects.values()),
            key=lambda item: item[0].casefold(),
        )
        yield MultiChoiceField("projects", "Projects", projects, a.projects if a else [])
        yield LinesField("flags", "Flags (one per line)", a.flags if a else [])
        yield LongTextField("notes", "Notes", a.notes if a else None)

    def build(self, values: dict[str, Any]) -> Agreement:
        titles = self.names(values, "title")
        events = [
            e
            for e in (self.original.events if self.original else [])
            if e.type not in AGREEMENT_EVENTS
        ]
        for key in AGREEMENT_EVENTS:
            date = values[f"events.{key}"]
            if date is not None:
                events.append(Event(type=key, date=date))
        fields: dict[str, Any] = {
            "title": titles,
            "instrument": values["instrument"] or "other",
            "status": values["status"] or "proposed",
            "countries": values["countries"],
            "parties": values["parties"],
            "events": events,
            "sectors": values["sectors"],
            "projects": values["projects"],
            "flags": values["flags"],
            "notes": values["notes"],
        }
        if self.original is not None:
            return msgspec.structs.replace(self.original, **fields)
        return Agreement(id=self.chosen_id(values, display_name(titles)), **fields)


class SectorForm(RecordForm):
    kind = "sectors"

    def fields(self) -> ComposeResult:
        s: Sector | None = self.filled
        yield self.id_field()
        yield TextField("name.en", "Name (English)", (s.name.get("en") if s else ""))
        yield TextField("name.fr", "Name (French)", (s.name.get("fr") if s else ""))
        yield ChoiceField(
            "parent",
            "Parent sector",
            self.sector_options(s.id if s else None),
            s.parent if s else None,
            allow_blank=True,
        )
        codes = s.codes if s else {}
        yield TextField("codes.isic", "ISIC Rev.4 code", codes.get("isic"))
        yield TextField("codes.nace", "NACE Rev.2 code", codes.get("nace"))
        yield TextField("codes.crs", "OECD CRS purpose code", codes.get("crs"))

    def build(self, values: dict[str, Any]) -> Sector:
        names = self.names(values)
        codes = dict(self.original.codes) if self.original else {}
        for key in ("isic", "nace", "crs"):
            codes[key] = values[f"codes.{key}"]
        fields: dict[str, Any] = {"name": names, "parent": values["parent"], "codes": codes}
        if self.original is not None:
            return msgspec.structs.replace(self.original, **fields)
        return Sector(id=self.chosen_id(values, display_name(names)), **fields)


class OrgForm(RecordForm):
    kind = "orgs"

    def fields(self) -> ComposeResult:
        o: Org | None = self.filled
        yield self.id_field()
        yield TextField("name.en", "Name (English)", (o.name.get("en") if o else ""))
        yield TextField("name.fr", "Name (French)", (o.name.get("fr") if o else ""))
        yield TextField("acronym", "Acronym", o.acronym if o else None)
        yield ChoiceField("kind", "Kind", [(k, k) for k in ORG_KINDS], o.kind if o else "other")
        yield ChoiceField(
            "country", "Country", country_options(), o.country if o else None, allow_blank=True
        )
        yield ChoiceField(
            "parent",
            "Parent organisation",
            self.org_options(o.id if o else None),
            o.parent if o else None,
            allow_blank=True,
        )

    def build(self, values: dict[str, Any]) -> Org:
        names = self.names(values)
        fields: dict[str, Any] = {
            "name": names,
            "acronym": values["acronym"],
            "kind": values["kind"] or "other",
            "country": values["country"],
            "parent": values["parent"],
        }
        if self.original is not None:
            return msgspec.structs.replace(self.original, **fields)
        return Org(id=self.chosen_id(values, display_name(names)), **fields)


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


FORMS: dict[str, type[RecordForm]] = {
    "projects": ProjectForm,
    "agreements": AgreementForm,
    "sectors": SectorForm,
    "orgs": OrgForm,
}
