"""What accepting proposals writes: the new records they name (with ids made like every
other, ``store.ids``), the values they give filled into their records where a record has
none yet, and one claim each with its quote. All of it goes to the store in one write
(``Store.apply`` through the history), so nothing is half-written and one undo takes it
back."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import msgspec

from ..ids import claim_id, new_id
from ..models import KINDS, Claim, Record, Source
from ..text import fold
from . import rx
from .proposal import Proposal

_LIST_FIELDS = {
    "aliases",
    "sectors",
    "countries",
    "capacity",
    "jobs",
    "components",
    "investment",
    "parties",
    "agreements",
    "projects",
    "events",
    "roles",
    "flags",
}
_CLAIM_ONLY = {"head", "statements", "prospects", "notes"}


# What an organisation's name says it is, first cue first: a government, a council, a
# state or a town is no company ("The Government of St. Vincent and the Grenadines", "the
# Otavi town council", "l'État turkmène"), nor is an authority or a bank of a state's.
_ORG_KINDS_SAID = (
    (r"\bminist|\bdepartment of\b|\bdepartement (?:de|du|d')", "ministry"),
    (
        r"\b(?:government|gouvernement|council|conseil|municipality|municipalite|mairie"
        r"|prefecture|parliament|parlement|senate|senat|presidency|presidence|akimat)\b"
        # ("Pavlodar oblast administration", "the Kratie provincial administration": a
        # region's or a town's government)
        r"|\b(?:regional|provincial|city|district|municipal|oblast|county) administration\b"
        # ("État turkmène", "State of Kelvo", "Republic of X": a state by its noun first;
        # "Republic Cement", "China State Construction" are companies)
        r"|^(?:l')?etat\b|^(?:the )?(?:state|republic|kingdom|province) of\b"
        r"|^(?:la )?(?:republique|province|royaume) (?:de|du|d')",
        "other",
    ),
    (
        r"\b(?:agen\w*|office|authority|autorite|commission|board|bureau|development bank"
        r"|banque (?:africaine|islamique|europeenne|asiatique|mondiale|nationale) de"
        r"|world bank|bank for|chamber|chambre)\b",
        "agency",
    ),
    (r"\b(?:institut\w*|universit\w+|academ\w+|centre de recherche|research cent\w+)", "institute"),
)


def _org_kind(name: str) -> str:
    """The kind of the new organisation ``name``, as its words say it; a company unless
    they say a ministry, a government or council, an agency or an institute."""
    folded = fold(name)
    for pattern, kind in _ORG_KINDS_SAID:
        if rx.search(pattern, folded):
            return kind
    return "company"


def plan(
    proposals: Sequence[Proposal],
    snapshot: Any,
    source: Source,
    everything: Sequence[Proposal] = (),
) -> tuple[list[Record], dict[str, int]]:
    """The records to write for the accepted ``proposals`` and the revisions they were read
    at: new records, existing ones with values filled in, and a claim per proposal. A new
    record an accepted value refers to (a party, a sector) is made too, by its name, even
    if none of its own proposals was accepted (``everything``: all that was proposed)."""
    made: dict[str, str] = {}  # provisional key -> id
    taken: set[str] = set()

    def is_taken(ident: str) -> bool:
        return ident in taken or any(ident in snapshot.tables[kind] for kind in KINDS)

    docs: dict[str, dict[str, Any]] = {}
    expected: dict[str, int] = {}
    news = {p.new.key: p for p in [*everything, *proposals] if p.new is not None}
    # a value pointing at a new record nothing proposed about cannot be written: its key
    # would stand in the database as an id of nothing
    proposals = [
        p
        for p in proposals
        if all(k in news for k in rx.findall(r"new:\d+", repr(p.plain_value())))
    ]
    referred = {
        key
        for p in proposals
        for key in rx.findall(r"new:\d+", repr(p.plain_value()))
        if key in news
    }
    for proposal in [*proposals, *(news[key] for key in sorted(referred))]:
        if proposal.new is not None and proposal.new.key not in made:
            kind, name = proposal.new.kind, proposal.new.name
            ident = new_id(is_taken, kind, name)
            taken.add(ident)
            made[proposal.new.key] = ident
            lang = (
                next(iter(proposal.plain_value()), "fr")
                if proposal.field in ("name", "title") and isinstance(proposal.plain_value(), dict)
                else (source.lang or "fr")
            )
            doc: dict[str, Any] = {
                "id": ident,
                ("title" if kind == "agreements" else "name"): {lang: name},
            }
            if kind == "orgs":
                doc["kind"] = _org_kind(name)
            if kind == "agreements":
                doc["status"] = "unknown"
            docs[ident] = doc
    claims: list[Claim] = []
    for proposal in proposals:
        subject = proposal.subject or made[proposal.group]
        value = _resolved(proposal.plain_value(), made)
        if subject not in docs:
            record = snapshot.tables[_kind(subject)][subject]
            docs[subject] = msgspec.to_builtins(record)
            expected[subject] = record.rev
        _fill(docs[subject], proposal.field, value)
        ident = claim_id(is_taken, subject, proposal.field)
        taken.add(ident)
        claims.append(
            Claim(
                id=ident,
                subject=subject,
                field=proposal.field,
                value=value,
                source=source.id,
                quote=proposal.quote,
            )
        )
    records: list[Record] = []
    for ident, doc in docs.items():
        kind = _kind(ident)
        doc.pop("rev", None)
        record = msgspec.convert(doc, KINDS[kind][1], strict=False)
        if ident in expected:
            record = msgspec.structs.replace(record, rev=expected[ident])
        records.append(record)
    expected.update({record.id: 0 for record in records if record.id not in expected})
    expected.update({claim.id: 0 for claim in claims})
    return [*records, *claims], expected


def _kind(ident: str) -> str:
    from ..models import kind_of_id

    kind = kind_of_id(ident)
    assert kind is not None
    return kind


def _resolved(value: Any, made: dict[str, str]) -> Any:
    if isinstance(value, str) and rx.fullmatch(r"new:\d+", value):
        return made.get(value, value)
    if isinstance(value, dict):
        return {key: _resolved(item, made) for key, item in value.items()}
    if isinstance(value, list):
        return [_resolved(item, made) for item in value]
    return value


def _fill(doc: dict[str, Any], field: str, value: Any) -> None:
    """Put ``value`` in the record where it says nothing yet: a list gains the item, a
    field holding its default takes the value; a value the record already has otherwise
    stays (the claim records what this source says, and the explorer shows the difference)."""
    name, _, key = field.partition(".")
    if name in _CLAIM_ONLY:
        return
    if name in ("name", "title") and isinstance(value, dict):
        current = doc.setdefault(name, {})
        for lang, text in value.items():
            if lang not in current:
                current[lang] = text
            elif current[lang] != text and {lang: text} not in doc.setdefault("aliases", []):
                doc["aliases"].append({lang: text})
        return
    if key:
        holder = doc.get(name) or {}
        if name == "location":
            holder = dict(holder)
            holder.setdefault(key, value)
        elif key not in holder:
            holder = {**holder, key: value}
        doc[name] = holder
        return
    if name in _LIST_FIELDS:
        items = doc.setdefault(name, [])
        new_items = value if isinstance(value, list) else [value]
        for item in new_items:
            if (
                name == "sectors"
                and isinstance(item, dict)
                and item.get("primary")
                and any(isinstance(i, dict) and i.get("primary") for i in items)
            ):
                # The record's primary sector stays; the claim says what the source says.
                item = {**item, "primary": False}
            if item not in items:
                items.append(item)
        return
    if name == "location":
        if not doc.get("location"):
            doc["location"] = value
        return
    if doc.get(name) in (None, "", "unknown", "other", "proposed"):
        doc[name] = value
