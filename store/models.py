"""The records bilat keeps, as typed structs, with the vocabularies of the design notes.

Every record has a stable, typed slug id (``prj-…``) and a revision ``rev``
that the store raises on each write; ``rev`` is not part of the export format.
Texts people wrote are ``{lang: text}`` maps so each keeps its language.
"""

from __future__ import annotations

from typing import Any, Literal

import msgspec

Lang = str
Number = int | float
LocalText = dict[Lang, str]

ProjectStatus = Literal[
    "announced",
    "approved",
    "pre_construction",
    "construction",
    "commissioning",
    "operating",
    "suspended",
    "cancelled",
    "unknown",
]
AgreementStatus = Literal[
    "proposed",
    "under_negotiation",
    "draft",
    "finalising",
    "approved",
    "signed",
    "in_force",
    "expired",
    "terminated",
    "unknown",
]
Instrument = Literal["mou", "intergovernmental", "contract", "partnership", "other"]
OrgKind = Literal["ministry", "agency", "company", "institute", "other"]
Qualifier = Literal["exact", "approx", "at_least", "range", "order_of_magnitude"]
JobType = Literal["direct", "indirect", "total"]
Rank = Literal["preferred", "normal", "deprecated"]

PROJECT_STATUSES: tuple[str, ...] = ProjectStatus.__args__  # type: ignore[attr-defined]
AGREEMENT_STATUSES: tuple[str, ...] = AgreementStatus.__args__  # type: ignore[attr-defined]
INSTRUMENTS: tuple[str, ...] = Instrument.__args__  # type: ignore[attr-defined]
ORG_KINDS: tuple[str, ...] = OrgKind.__args__  # type: ignore[attr-defined]
QUALIFIERS: tuple[str, ...] = Qualifier.__args__  # type: ignore[attr-defined]
JOB_TYPES: tuple[str, ...] = JobType.__args__  # type: ignore[attr-defined]
RANKS: tuple[str, ...] = Rank.__args__  # type: ignore[attr-defined]


class _Struct(msgspec.Struct, forbid_unknown_fields=True, kw_only=True, gc=False):
    """Base: unknown fields are refused so a misspelt field is an error, not a loss.

    ``gc=False``: records never refer to each other (only by id), so they cannot form
    cycles; keeping hundreds of thousands of them out of the collector's walks saves
    seconds when a large database loads.
    """


class DateValue(_Struct, kw_only=True):
    """A date at the precision it is known: ``raw`` as written, bounds when known."""

    raw: str
    earliest: str | None = None
    latest: str | None = None
    planned: bool = False
    estimate: bool = False


class Quantity(_Struct, kw_only=True):
    """A figure as stated: a point value, or bounds, with how exact it is."""

    value: Number | None = None
    min: Number | None = None
    max: Number | None = None
    unit: str | None = None
    qualifier: Qualifier = "exact"
    estimate: bool = False
    raw: str | None = None


class JobCount(Quantity, kw_only=True):
    """A number of jobs, and which kind of jobs."""

    job_type: JobType = "total"


class Money(Quantity, kw_only=True):
    """An amount of money as stated: a figure in a currency (ISO 4217, ``USD``), and the
    year the source gives it for (prices move: an amount without its year is vaguer)."""

    currency: str | None = None
    year: int | None = None


class SectorRef(_Struct, kw_only=True):
    sector: str
    primary: bool = False


class Party(_Struct, kw_only=True, omit_defaults=True):
    """A party to a project or an agreement: an organisation or a person, exactly one of the
    two (``store.validate`` says so). Written without the one it is not, so that an
    organisation's party reads ``{org, role}`` as before people could be parties."""

    org: str | None = None
    person: str | None = None
    role: str | None = None

    @property
    def who(self) -> str:
        """The id of the organisation or the person ('' for neither: an invalid party)."""
        return self.org or self.person or ""


class Location(_Struct, kw_only=True):
    country: str | None = None
    region: str | None = None
    locality: str | None = None


class Component(_Struct, kw_only=True):
    name: LocalText
    sector: str | None = None
    note: str | None = None


class Event(_Struct, kw_only=True):
    type: str
    date: DateValue | None = None


class Source(_Struct, kw_only=True):
    id: str
    title: str
    publisher: str | None = None
    url: str | None = None
    lang: str | None = None
    published: DateValue | None = None
    text: str = ""
    sha256: str | None = None
    rev: int = 0


class Sector(_Struct, kw_only=True):
    id: str
    name: LocalText
    aliases: list[LocalText] = msgspec.field(default_factory=list)
    parent: str | None = None
    codes: dict[str, str | None] = msgspec.field(default_factory=dict)
    rev: int = 0


class Org(_Struct, kw_only=True):
    id: str
    name: LocalText
    aliases: list[LocalText] = msgspec.field(default_factory=list)
    acronym: str | None = None
    kind: OrgKind = "other"
    country: str | None = None
    parent: str | None = None
    rev: int = 0


class Role(_Struct, kw_only=True):
    """A position a person holds or held: its title as the source words it, where, when."""

    title: LocalText = msgspec.field(default_factory=dict)
    org: str | None = None
    from_: DateValue | None = msgspec.field(default=None, name="from")
    to: DateValue | None = None


class Person(_Struct, kw_only=True):
    id: str
    name: LocalText
    aliases: list[LocalText] = msgspec.field(default_factory=list)
    roles: list[Role] = msgspec.field(default_factory=list)
    notes: str | None = None
    rev: int = 0


class Project(_Struct, kw_only=True):
    id: str
    name: LocalText
    aliases: list[LocalText] = msgspec.field(default_factory=list)
    sectors: list[SectorRef] = msgspec.field(default_factory=list)
    countries: list[str] = msgspec.field(default_factory=list)
    location: Location | None = None
    status: ProjectStatus = "unknown"
    dates: dict[str, DateValue] = msgspec.field(default_factory=dict)
    capacity: list[Quantity] = msgspec.field(default_factory=list)
    jobs: list[JobCount] = msgspec.field(default_factory=list)
    components: list[Component] = msgspec.field(default_factory=list)
    investment: list[Money] = msgspec.field(default_factory=list)
    parties: list[Party] = msgspec.field(default_factory=list)
    agreements: list[str] = msgspec.field(default_factory=list)
    flags: list[str] = msgspec.field(default_factory=list)
    notes: str | None = None
    rev: int = 0


class Agreement(_Struct, kw_only=True):
    id: str
    title: LocalText
    aliases: list[LocalText] = msgspec.field(default_factory=list)
    instrument: Instrument = "other"
    countries: list[str] = msgspec.field(default_factory=list)
    parties: list[Party] = msgspec.field(default_factory=list)
    status: AgreementStatus = "proposed"
    events: list[Event] = msgspec.field(default_factory=list)
    sectors: list[str] = msgspec.field(default_factory=list)
    projects: list[str] = msgspec.field(default_factory=list)
    investment: list[Money] = msgspec.field(default_factory=list)
    flags: list[str] = msgspec.field(default_factory=list)
    notes: str | None = None
    rev: int = 0


class Claim(_Struct, kw_only=True):
    id: str
    subject: str
    field: str
    value: Any = None
    source: str
    quote: str
    rank: Rank = "normal"
    note: str | None = None
    # Why this claim's value is the one the record shows, over the sources that disagree
    # with it (a preferred claim with a reason resolves a conflict: ``store.conflicts``).
    reason: str | None = None
    rev: int = 0


Record = Source | Sector | Org | Person | Project | Agreement | Claim

# Fields added since the format ``bilat/1`` was first written, each optional: a record
# leaves them out of its document while they hold their default, so that a record that
# does not use them is written byte for byte as before (exports, the seeds' digests).
# A claim's reason; a project's or an agreement's investment; ``aliases``: the names of
# records merged into this one (``store.merge``).
ADDED_SINCE_FIRST: dict[str, Any] = {"reason": None, "investment": [], "aliases": []}

# Table name (and export key), id prefix and struct of each kind, in export order: what
# the storage needs to hold a kind. Everything else about a kind is its spec (store.kinds).
KINDS: dict[str, tuple[str, type[Any]]] = {
    "sources": ("src-", Source),
    "sectors": ("sec-", Sector),
    "orgs": ("org-", Org),
    "people": ("per-", Person),
    "projects": ("prj-", Project),
    "agreements": ("agr-", Agreement),
    "claims": ("clm-", Claim),
}
PREFIX_TO_KIND: dict[str, str] = {prefix: kind for kind, (prefix, _) in KINDS.items()}
TYPE_TO_KIND: dict[type[Any], str] = {cls: kind for kind, (_, cls) in KINDS.items()}


def kind_of_id(record_id: str) -> str | None:
    """The table a record id belongs to, from its typed prefix, or None."""
    return PREFIX_TO_KIND.get(record_id[:4])


def kind_of(record: Record) -> str:
    return TYPE_TO_KIND[type(record)]


def display_name(text: LocalText | None, prefer: tuple[str, ...] = ("en", "fr")) -> str:
    """The text in the first preferred language present, else any, else ''."""
    if not text:
        return ""
    for lang in prefer:
        if text.get(lang):
            return text[lang]
    return next((value for value in text.values() if value), "")


def title_of(record: Record) -> str:
    """A one-line human name for any record."""
    if isinstance(record, (Sector, Org, Person, Project)):
        return display_name(record.name) or record.id
    if isinstance(record, Agreement):
        return display_name(record.title) or record.id
    if isinstance(record, Source):
        return record.title or record.id
    return f"{record.subject} · {record.field}"
