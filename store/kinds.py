"""One spec per record kind: its fields, their types and vocabularies, its columns, its form.

Before these specs, what a kind is was spread over the code that uses it: each of
validation, ``bilat show``, the detail pane, the tables, ``bilat list`` and the forms
asked a record what class it was and knew that class's fields by heart, and the
vocabularies drifted apart (the forms offered project dates and agreement events that
the detail ranked differently). A spec states it once, as data; each of those reads
the fields from here and treats each field by its *type*:

* ``store.validate`` checks a record field by field (``check_record``) and the ids it
  points at (``check_references``);
* ``store.present`` shows it (``describe``: the detail pane and ``bilat show``;
  ``related``: the records one keystroke away; ``COLUMNS``: tables, ``bilat list``, CSV);
* ``tui.screens.forms`` lays out and reads a form from ``KindSpec.form``.

A kind's table name, id prefix and struct are ``models.KINDS`` (what the storage needs,
below this module); its spec adds everything else. Adding a kind is its struct, a line in
``models.KINDS``, its table in ``journal.TypedTables`` (a test holds the two together), a
spec here and, if a form edits it, a form class naming it (tui/screens/forms.py); the
detail screen, ``bilat list`` and ``show``, import and export, the palette and the top
bar follow. A field *type* no kind had before also needs how it is checked (validate),
shown (present) and edited (forms); a new filter qualifier, its query code. Nothing here
imports the snapshot, Textual or Rich: a spec is data, plus a few small lookups that are
handed the snapshot they run on.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

import msgspec

from .models import (
    AGREEMENT_STATUSES,
    INSTRUMENTS,
    JOB_TYPES,
    KINDS,
    ORG_KINDS,
    PROJECT_STATUSES,
    QUALIFIERS,
    RANKS,
    Record,
)


class Relations(Protocol):
    """What a spec's lookups ask of the records they run on (a snapshot's links): a
    protocol, so that the specs need not import the snapshot, which reads them."""

    def sectors_of(self, record: Any) -> list[str]: ...

    def agreements_of_project(self, project_id: str) -> list[str]: ...

    def projects_of_agreement(self, agreement_id: str) -> list[str]: ...


# -- vocabularies ------------------------------------------------------------------


@dataclass(frozen=True)
class Vocabulary:
    """The values a field takes, in their order, and how each is shown.

    A *closed* vocabulary is the field's whole range: the struct's ``Literal`` refuses
    anything else (statuses, instruments…). An *open* one is what bilat offers and
    orders by (project dates, agreement events, party roles): a value outside it, from
    an import, is kept and shown as it is. Forms, the detail and the tables all show a
    value by ``label``, so a status reads the same in each.
    """

    name: str
    values: tuple[str, ...]
    closed: bool = True
    labels: Mapping[str, str] = field(default_factory=dict)

    def label(self, value: str) -> str:
        return self.labels.get(value) or value.replace("_", " ")

    def options(self) -> list[tuple[str, str]]:
        """(label, value) pairs, in order: a form's choices."""
        return [(self.label(value), value) for value in self.values]


PROJECT_STATUS = Vocabulary("project status", PROJECT_STATUSES)
AGREEMENT_STATUS = Vocabulary("agreement status", AGREEMENT_STATUSES)
INSTRUMENT = Vocabulary("instrument", INSTRUMENTS)
ORG_KIND = Vocabulary("organisation kind", ORG_KINDS)
JOB_TYPE = Vocabulary("job type", JOB_TYPES)
RANK = Vocabulary("rank", RANKS)
QUALIFIER = Vocabulary("qualifier", QUALIFIERS)
# A project's dates and an agreement's events, in the order they happen: the latest one a
# record has reached is its key date (the tables' "Key date" column).
DATE_KEY = Vocabulary(
    "project date",
    ("announced", "approved", "construction_start", "commissioning", "operation_start"),
    closed=False,
)
EVENT_TYPE = Vocabulary(
    "agreement event",
    (
        "announced",
        "proposed",
        "finalised",
        "approved",
        "signed",
        "in_force",
        "expired",
        "terminated",
    ),
    closed=False,
)
PARTY_ROLE = Vocabulary(
    "party role",
    (
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
    ),
    closed=False,
)
# Sector classification codes: the key as the detail and the lists show it, upper-cased;
# the label (the classification's full name) in the form.
CODE_SYSTEM = Vocabulary(
    "sector code",
    ("isic", "nace", "crs"),
    closed=False,
    labels={"isic": "ISIC Rev.4", "nace": "NACE Rev.2", "crs": "OECD CRS purpose"},
)
# The languages a form offers for a text kept per language (other languages are kept).
LANGUAGE = Vocabulary(
    "language", ("en", "fr"), closed=False, labels={"en": "English", "fr": "French"}
)

# -- fields ------------------------------------------------------------------------

FieldType = Literal[
    "id",  # the record's id: typed prefix, slug
    "text",  # one line of text
    "long_text",  # free text over lines (notes)
    "local_text",  # {lang: text}, at least one
    "aliases",  # [{lang: text}]: other names of the record (of records merged into it)
    "choice",  # one value of its vocabulary
    "lang",  # a language code
    "country",  # an ISO 3166-1 alpha-2 code
    "countries",  # several
    "date",  # a DateValue
    "dates",  # {key: DateValue}, keys from its vocabulary (open)
    "events",  # [{type, date}], types from its vocabulary (open)
    "ref",  # the id of one record of ``ref`` ("*": of any kind)
    "refs",  # ids of records of ``ref``
    "sector_refs",  # [{sector, primary}], at most one primary
    "location",  # {country, region, locality}
    "quantities",  # [Quantity]
    "jobs",  # [JobCount], one field per job type in a form
    "money",  # [Money]: amounts, each in a currency (ISO 4217) and of a year
    "components",  # [{name, sector, note}]
    "parties",  # [{org|person, role}]
    "roles",  # [{title, org, from, to}]
    "codes",  # {system: code}, systems from its vocabulary
    "flags",  # [text], one per line
    "source_text",  # a source's full text (checked against its sha256)
    "claim_value",  # a claim's value: any JSON, nested at most so deep
    "quote",  # words found verbatim in the text of the record's ``source``
]

Lookup = Callable[[Relations, Any], list[str]]


@dataclass(frozen=True)
class FieldSpec:
    """One field of a kind: the struct's ``name``, how it is labelled, what it holds."""

    name: str
    label: str
    type: FieldType
    vocabulary: Vocabulary | None = None
    # The kind the ids of a ref, refs, roles (orgs), components or sector_refs (sectors)
    # field point at; "*" for any kind. A party is an organisation or a person.
    ref: str | None = None
    # A list field: what tells its items apart, for a claim that speaks of one item.
    item: str | None = None
    # What the detail shows when the field is empty ("—", "unknown", "not stated"…).
    empty: str = "—"
    # Shown as its single reference: the record's name, "title (id)", or the id.
    show: Literal["name", "title", "id"] = "name"
    # A blank value is refused with this message (claims' quote and field).
    required: str | None = None
    # The records it links to, when not (only) its own ids: a project's agreements are
    # also those whose agreement names the project (links go both ways).
    linked: Lookup | None = None
    # Related-record navigation: what the link is called, and (when not ``linked`` or
    # the field's ids) which records it reaches (a project's sectors include its
    # components').
    relation: str = ""
    related: Lookup | None = None
    # The form's label and hint, where they say more than the detail's label.
    form_label: str | None = None
    hint: str = ""

    @property
    def is_list(self) -> bool:
        """True if claims on it each speak of one item (their values add up, never
        disagree): lists, maps and texts per language."""
        return self.item is not None


# The name of the pseudo-field that stands for "the records that point at this one" in
# ``KindSpec.related``.
REFERRERS = "@referrers"


@dataclass(frozen=True)
class ColumnSpec:
    """A column of the tables, ``bilat list`` and CSV: a field (or a derived value,
    ``present.DERIVED``) shown short."""

    key: str
    title: str
    field: str


@dataclass(frozen=True)
class KindSpec:
    """Everything bilat knows of one kind of record, but its struct."""

    kind: str  # table name and export key
    noun: str  # one record, as a sentence names it
    fields: tuple[FieldSpec, ...]  # in the order the detail shows them
    columns: tuple[ColumnSpec, ...]
    # The fields a form edits, in the form's order; none: not edited in a form.
    form: tuple[str, ...] = ()
    # Related-record navigation, in order: field names and REFERRERS; the sources of
    # the record's claims always come last.
    related: tuple[str, ...] = ()
    referrer_relation: str = "used by"
    # Where the explorer lists the kind: the top bar's counts, the command palette's jump
    # to a record (on a tie of names, earlier wins), which leaves out kinds not in_palette.
    rank: int = 0
    in_palette: bool = True
    # Its name is a word of the records that point at it (a party's, a sector's): a change
    # of it reaches their search text.
    named: bool = False
    # The filter's qualifiers that apply to it (free words apply to every kind); another
    # is refused, not ignored (``store.query``).
    qualifiers: tuple[str, ...] = ()
    # Facts only claims hold (texts a source states that the record has no field for:
    # an organisation's head, what a person said): a claim may name them, and the detail
    # shows them under these labels (``store.claim_values``).
    claimed: tuple[FieldSpec, ...] = ()

    @property
    def prefix(self) -> str:
        return str(KINDS[self.kind][0])

    @property
    def struct(self) -> type[Any]:
        return KINDS[self.kind][1]

    @property
    def title_field(self) -> str:
        """The field a new record's id is made from: its name or title."""
        return next((f.name for f in self.fields if f.type == "local_text"), "")

    def field(self, name: str) -> FieldSpec:
        return next(f for f in self.fields if f.name == name)

    def default(self, name: str) -> Any:
        """The value a new record has for ``name`` (the struct's default)."""
        info = next(f for f in msgspec.structs.fields(self.struct) if f.name == name)
        if info.default_factory is not msgspec.NODEFAULT:
            return info.default_factory()
        return None if info.default is msgspec.NODEFAULT else info.default


ID = FieldSpec("id", "Id", "id")
NOTES = FieldSpec("notes", "Notes", "long_text")
FLAGS = FieldSpec(
    "flags",
    "Flags",
    "flags",
    item="text",
    form_label="Flags (one per line)",
    hint="Contradictions or doubts in the sources, said plainly",
)
PARTIES = FieldSpec(
    "parties",
    "Parties",
    "parties",
    vocabulary=PARTY_ROLE,
    item="org|person",
    empty="none stated",
    relation="party",
)
COUNTRIES = FieldSpec("countries", "Countries", "countries", item="code", empty="unknown")
# Amounts told apart by currency: two sources giving dollars speak of the same amount.
INVESTMENT = FieldSpec(
    "investment",
    "Investment",
    "money",
    item="currency",
    empty="not stated",
    hint="One or more amounts separated by ';' — 1,2 milliard de dollars, $1.2bn, €300m",
)


STATEMENTS = FieldSpec("statements", "Statements", "long_text", item="text")


def _name(label: str = "Name") -> FieldSpec:
    return FieldSpec("name", label, "local_text", item="lang")


# The names of records merged into this one: words of the record for search, shown in
# the detail only when there are some (``store.merge``).
ALIASES = FieldSpec("aliases", "Also called", "aliases", empty="")


SOURCES = KindSpec(
    "sources",
    "source",
    (
        ID,
        FieldSpec("title", "Title", "text"),
        FieldSpec("publisher", "Publisher", "text", empty="unknown"),
        FieldSpec("url", "URL", "text", empty="unknown"),
        FieldSpec("lang", "Language", "lang", empty="unknown"),
        FieldSpec("published", "Published", "date", empty="unknown"),
        FieldSpec("sha256", "SHA-256", "text", empty=""),
        FieldSpec("text", "Text", "source_text"),
    ),
    (
        ColumnSpec("title", "Title", "title"),
        ColumnSpec("publisher", "Publisher", "publisher"),
        ColumnSpec("lang", "Lang", "lang"),
        ColumnSpec("published", "Published", "published"),
        ColumnSpec("claims", "Claims", "claims_citing"),
    ),
    rank=5,
)

SECTORS = KindSpec(
    "sectors",
    "sector",
    (
        ID,
        _name(),
        ALIASES,
        FieldSpec(
            "parent", "Parent", "ref", ref="sectors", relation="parent", form_label="Parent sector"
        ),
        FieldSpec("codes", "Codes", "codes", vocabulary=CODE_SYSTEM, item="system"),
    ),
    (
        ColumnSpec("name", "Name", "name"),
        ColumnSpec("parent", "Parent", "parent"),
        ColumnSpec("codes", "Codes", "codes"),
    ),
    form=("id", "name", "parent", "codes"),
    related=(REFERRERS, "parent"),
    named=True,
    qualifiers=("sector", "has", "sources"),
    rank=2,
    claimed=(FieldSpec("prospects", "Prospects", "long_text", item="text"), NOTES, STATEMENTS),
)

ORGS = KindSpec(
    "orgs",
    "organisation",
    (
        ID,
        _name(),
        ALIASES,
        FieldSpec("acronym", "Acronym", "text"),
        FieldSpec("kind", "Kind", "choice", vocabulary=ORG_KIND),
        FieldSpec("country", "Country", "country", empty="unknown"),
        FieldSpec(
            "parent",
            "Parent",
            "ref",
            ref="orgs",
            relation="parent",
            form_label="Parent organisation",
        ),
    ),
    (
        ColumnSpec("name", "Name", "name"),
        ColumnSpec("acronym", "Acronym", "acronym"),
        ColumnSpec("kind", "Kind", "kind"),
        ColumnSpec("country", "Country", "country"),
    ),
    form=("id", "name", "acronym", "kind", "country", "parent"),
    related=(REFERRERS, "parent"),
    named=True,
    # sector: a party to its projects or agreements; org: itself.
    qualifiers=("sector", "country", "org", "has", "sources"),
    rank=3,
    claimed=(FieldSpec("head", "Head", "text"), NOTES, STATEMENTS),
)

PEOPLE = KindSpec(
    "people",
    "person",
    (
        ID,
        _name(),
        ALIASES,
        FieldSpec("roles", "Roles", "roles", ref="orgs", item="title", relation="role"),
        NOTES,
    ),
    (
        ColumnSpec("name", "Name", "name"),
        ColumnSpec("roles", "Roles", "roles"),
    ),
    form=("id", "name", "roles", "notes"),
    related=(REFERRERS, "roles"),
    referrer_relation="party to",
    named=True,
    # sector: a party to its projects or agreements; org: holds a role there; person: itself.
    qualifiers=("sector", "org", "person", "has", "sources"),
    rank=4,
    claimed=(STATEMENTS,),
)

PROJECTS = KindSpec(
    "projects",
    "project",
    (
        ID,
        _name(),
        ALIASES,
        FieldSpec(
            "sectors",
            "Sectors",
            "sector_refs",
            ref="sectors",
            item="sector",
            relation="sector",
            related=lambda links, record: links.sectors_of(record),
        ),
        COUNTRIES,
        FieldSpec("location", "Location", "location", empty="not stated"),
        FieldSpec("status", "Status", "choice", vocabulary=PROJECT_STATUS),
        FieldSpec("dates", "Date", "dates", vocabulary=DATE_KEY),
        FieldSpec("capacity", "Capacity", "quantities", item="unit", empty="not stated"),
        FieldSpec("jobs", "Jobs", "jobs", vocabulary=JOB_TYPE, item="job_type", empty="not stated"),
        FieldSpec("components", "Components", "components", ref="sectors", item="name"),
        INVESTMENT,
        FieldSpec(
            "agreements",
            "Agreements",
            "refs",
            ref="agreements",
            item="id",
            show="title",
            relation="agreement",
            linked=lambda links, record: links.agreements_of_project(record.id),
        ),
        PARTIES,
        FLAGS,
        NOTES,
    ),
    (
        ColumnSpec("name", "Name", "name"),
        ColumnSpec("sectors", "Sectors", "sectors"),
        ColumnSpec("where", "Where", "location"),
        ColumnSpec("status", "Status", "status"),
        ColumnSpec("date", "Key date", "dates"),
        ColumnSpec("capacity", "Capacity", "capacity"),
        ColumnSpec("jobs", "Jobs", "jobs"),
        ColumnSpec("investment", "Investment", "investment"),
    ),
    form=(
        "id",
        "name",
        "status",
        "sectors",
        "countries",
        "location",
        "dates",
        "capacity",
        "jobs",
        "investment",
        "parties",
        "agreements",
        "flags",
        "notes",
    ),
    related=("agreements", "parties", "sectors"),
    qualifiers=("sector", "status", "country", "org", "person", "has", "sources"),
    rank=0,
    claimed=(STATEMENTS,),
)

AGREEMENTS = KindSpec(
    "agreements",
    "agreement",
    (
        ID,
        FieldSpec("title", "Title", "local_text", item="lang"),
        ALIASES,
        FieldSpec("instrument", "Instrument", "choice", vocabulary=INSTRUMENT),
        FieldSpec("status", "Status", "choice", vocabulary=AGREEMENT_STATUS),
        COUNTRIES,
        FieldSpec(
            "events", "Events", "events", vocabulary=EVENT_TYPE, item="type", form_label="Date"
        ),
        FieldSpec(
            "sectors",
            "Sectors",
            "refs",
            ref="sectors",
            item="id",
            relation="sector",
            related=lambda links, record: links.sectors_of(record),
        ),
        FieldSpec(
            "projects",
            "Projects",
            "refs",
            ref="projects",
            item="id",
            show="title",
            relation="project",
            linked=lambda links, record: links.projects_of_agreement(record.id),
        ),
        INVESTMENT,
        PARTIES,
        FLAGS,
        NOTES,
    ),
    (
        ColumnSpec("title", "Title", "title"),
        ColumnSpec("instrument", "Instrument", "instrument"),
        ColumnSpec("parties", "Parties", "parties"),
        ColumnSpec("status", "Status", "status"),
        ColumnSpec("date", "Key date", "events"),
        ColumnSpec("investment", "Investment", "investment"),
    ),
    form=(
        "id",
        "title",
        "instrument",
        "status",
        "countries",
        "parties",
        "events",
        "sectors",
        "projects",
        "investment",
        "flags",
        "notes",
    ),
    related=("projects", "parties", "sectors"),
    qualifiers=("sector", "status", "country", "org", "person", "has", "sources"),
    rank=1,
    claimed=(STATEMENTS,),
)

CLAIMS = KindSpec(
    "claims",
    "claim",
    (
        ID,
        FieldSpec("subject", "Subject", "ref", ref="*", show="title", relation="subject"),
        FieldSpec("field", "Field", "text", required="is empty"),
        FieldSpec("value", "Value", "claim_value"),
        FieldSpec("source", "Source", "ref", ref="sources", show="id", relation="source"),
        FieldSpec(
            "quote",
            "Quote",
            "quote",
            ref="sources",
            required="is empty: a claim needs the words of its source",
        ),
        FieldSpec("rank", "Rank", "choice", vocabulary=RANK),
        FieldSpec("reason", "Reason", "text"),
        FieldSpec("note", "Note", "text"),
    ),
    (
        ColumnSpec("subject", "Subject", "subject"),
        ColumnSpec("field", "Field", "field"),
        ColumnSpec("quote", "Quote", "quote"),
        ColumnSpec("source", "Source", "source"),
    ),
    related=("subject", "source"),
    rank=6,
    in_palette=False,
)

# Every kind's spec, in the order of models.KINDS (export order).
SPECS: dict[str, KindSpec] = {
    spec.kind: spec
    for spec in sorted(
        (SOURCES, SECTORS, ORGS, PEOPLE, PROJECTS, AGREEMENTS, CLAIMS),
        key=lambda spec: list(KINDS).index(spec.kind),
    )
}
_BY_STRUCT: dict[type[Any], KindSpec] = {spec.struct: spec for spec in SPECS.values()}
# Kinds whose names are words of the records pointing at them (see KindSpec.named).
NAMED_KINDS = frozenset(kind for kind, spec in SPECS.items() if spec.named)
# Every kind in the order the explorer lists them (KindSpec.rank).
EXPLORER_ORDER = tuple(sorted(SPECS, key=lambda kind: SPECS[kind].rank))
# Kinds edited in a form.
FORM_KINDS = tuple(kind for kind, spec in SPECS.items() if spec.form)


def spec_for(record: Record) -> KindSpec:
    """The spec of ``record``'s kind."""
    return _BY_STRUCT[type(record)]


def find_spec(value: Any) -> KindSpec | None:
    """The spec of ``value``'s kind, or None if it is no record (a document that could not
    be decoded)."""
    return _BY_STRUCT.get(type(value))


__all__ = [
    "AGREEMENT_STATUS",
    "CODE_SYSTEM",
    "DATE_KEY",
    "EVENT_TYPE",
    "EXPLORER_ORDER",
    "FORM_KINDS",
    "INSTRUMENT",
    "JOB_TYPE",
    "LANGUAGE",
    "NAMED_KINDS",
    "ORG_KIND",
    "PARTY_ROLE",
    "PROJECT_STATUS",
    "QUALIFIER",
    "RANK",
    "REFERRERS",
    "SPECS",
    "ColumnSpec",
    "FieldSpec",
    "KindSpec",
    "Vocabulary",
    "find_spec",
    "spec_for",
]
