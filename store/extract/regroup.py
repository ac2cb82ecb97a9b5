"""What the analyst says of the record a group of proposals is about, before accepting
them: a new record's name (``renamed``), that a proposed record is another one, proposed
too or held by the database (``filed_under``), and that the record the database holds which
the reader matched a group to is not the one the article speaks of (``taken_out``).

All three return the proposals one for one, in the same order (``None`` for one dropped), so
that the decisions already taken on them are kept; ``in_groups`` then orders them so that
the proposals of one record sit together again."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from ..kinds import SPECS
from ..models import kind_of_id
from . import matching
from .proposal import NewRecord, Proposal, conflicts_with, typed_value

_NAME_FIELDS = ("name", "title")
_KEY = re.compile(r"new:\d+")


def names_field(proposal: Proposal) -> bool:
    """Whether ``proposal`` names its record (``name``, ``title``, ``name.fr`` …)."""
    return proposal.field.partition(".")[0] in _NAME_FIELDS


def renamed(proposals: Sequence[Proposal], key: str, name: str) -> list[Proposal]:
    """The proposals with the new record ``key`` named ``name``: each of its proposals
    carries the name, and its own name proposal (the one saying the name it had, else its
    first) says ``name`` in the same language, its quote kept. An empty ``name`` changes
    nothing."""
    name = name.strip()
    group = [p for p in proposals if p.new is not None and p.new.key == key]
    if not name or not group:
        return list(proposals)
    old = group[0].new
    assert old is not None
    record = replace(old, name=name)
    naming = [p for p in group if p.field in _NAME_FIELDS and isinstance(p.plain_value(), dict)]
    own = next((p for p in naming if old.name in p.plain_value().values()), None)
    if own is None and naming:
        own = naming[0]
    ours = {id(p) for p in group}
    result = []
    for proposal in proposals:
        if id(proposal) not in ours:
            result.append(proposal)
            continue
        moved = replace(proposal, new=record)
        if proposal is own:
            said = proposal.plain_value()
            lang = next((lang for lang, text in said.items() if text == old.name), None)
            lang = lang or next(iter(said), "fr")
            moved = replace(moved, value=typed_value(old.kind, proposal.field, {lang: name}))
        result.append(moved)
    return result


def filed_under(
    proposals: Sequence[Proposal],
    group: str,
    onto: NewRecord | str,
    snapshot: Any = None,
    published: Any = None,
) -> list[Proposal | None]:
    """The proposals with those of ``group`` (a new record's key, or a record's id) about
    ``onto`` instead: another proposed record (the two become one) or the id of a record
    ``snapshot`` holds. Values referring to the new record ``group`` refer to ``onto``.

    Left out (``None``): a name of ``group`` that ``onto`` does not go by already (filing
    says the two are one record, which keeps its name: a record the database holds is
    renamed in its edit form, a proposed one with ``renamed``), and a proposal saying what
    one about ``onto`` says already (the same field and value). On a record the
    database holds, a proposal is marked with the claims it contradicts, as the reader
    marks it (``conflicts_with``, ``published`` being its source's date)."""
    moving = [p for p in proposals if p.group == group]
    target = onto.key if isinstance(onto, NewRecord) else onto
    if not moving or target == group:
        return list(proposals)
    kind = moving[0].kind
    if isinstance(onto, NewRecord):
        if onto.kind != kind:
            raise ValueError(f"{group} is one of the {kind}, {onto.key} one of the {onto.kind}")
        names = [onto.name]
        onto = _said_of_both(onto, moving[0].new)
    else:
        record = snapshot.find(onto) if snapshot is not None else None
        if record is None:
            raise ValueError(f"no record {onto}")
        if kind_of_id(onto) != kind:
            raise ValueError(f"{group} is one of the {kind}, {onto} is not")
        names = matching.names_of(record, snapshot.claims_for(onto))
    theirs = [p for p in proposals if p.group == target]
    names += [str(text) for p in theirs if names_field(p) for text in _texts(p)]
    said = {_saying(p) for p in theirs}
    result: list[Proposal | None] = []
    for proposal in proposals:
        if isinstance(onto, NewRecord) and proposal.group == target:
            proposal = replace(proposal, new=onto)
        if proposal.group == group:
            if (names_field(proposal) and not _known_name(proposal, names)) or _saying(
                proposal
            ) in said:
                result.append(None)
                continue
            proposal = _about(proposal, onto, snapshot, published)
        if _KEY.fullmatch(group):
            plain = proposal.plain_value()
            referring = _referring(plain, group, target)
            if referring != plain:
                proposal = replace(
                    proposal, value=typed_value(proposal.kind, proposal.field, referring)
                )
        result.append(proposal)
    return result


def taken_out_as(proposals: Sequence[Proposal], group: str) -> NewRecord:
    """The new record the proposals of ``group`` (a record the database holds) become if
    the analyst takes them out of it: a key no proposal uses yet, named as the article
    names it (its first name proposal), else by the record's kind noun (to be named with
    ``renamed``). ValueError if ``group`` is not a held record proposals are about."""
    moving = [p for p in proposals if p.group == group]
    if not moving or moving[0].new is not None:
        raise ValueError(f"{group} is no record of the database proposals are about")
    kind = moving[0].kind
    said = [str(text) for p in moving if names_field(p) for text in _texts(p)]
    used = {int(key[4:]) for p in proposals for key in _KEY.findall(repr(p.to_json()))}
    key = f"new:{max(used, default=0) + 1}"
    return NewRecord(key, kind, said[0] if said else SPECS[kind].noun, tuple(dict.fromkeys(said)))


def _said_of_both(onto: NewRecord, other: NewRecord | None) -> NewRecord:
    """``onto`` offering the names the text gives it and those it gives ``other``, filed
    under it (the two are one record)."""
    if other is None:
        return onto
    said = dict.fromkeys((*onto.names_said, *other.names_said))
    return replace(onto, names_said=tuple(said))


def taken_out(proposals: Sequence[Proposal], group: str) -> list[Proposal | None]:
    """The proposals with those of ``group`` (a record the database holds, which the
    reader matched the article to wrongly) about a new record instead (``taken_out_as``),
    none left out: their conflicts with the held record's claims are cleared, and values
    referring to ``group`` (a party, …) refer to the new record, read from the same
    mention of it."""
    record = taken_out_as(proposals, group)
    result: list[Proposal | None] = []
    for proposal in proposals:
        if proposal.group == group:
            proposal = _about(proposal, record, None, None)
        plain = proposal.plain_value()
        referring = _referring(plain, group, record.key)
        if referring != plain:
            proposal = replace(
                proposal, value=typed_value(proposal.kind, proposal.field, referring)
            )
        result.append(proposal)
    return result


def _about(proposal: Proposal, onto: NewRecord | str, snapshot: Any, published: Any) -> Proposal:
    """``proposal`` said of ``onto``: a proposed record (which no claim contradicts yet) or
    one ``snapshot`` holds, marked with the claims of it the value contradicts."""
    if isinstance(onto, NewRecord):
        return replace(proposal, subject=None, new=onto, conflicts=[])
    conflicts = conflicts_with(snapshot, onto, proposal.field, proposal.value, published)
    return replace(proposal, subject=onto, new=None, conflicts=conflicts)


def says_alike(proposal: Proposal, other: Proposal) -> bool:
    """Whether two proposals say the same: the same field and value."""
    return _saying(proposal) == _saying(other)


def _saying(proposal: Proposal) -> tuple[str, str]:
    return proposal.field, repr(proposal.plain_value())


def _texts(proposal: Proposal) -> list[Any]:
    said = proposal.plain_value()
    return [text for text in (said.values() if isinstance(said, dict) else [said]) if text]


def in_groups(proposals: Sequence[Proposal | None]) -> list[int]:
    """The indexes of the proposals kept, ordered so that those of one record sit
    together, where its first one was."""
    kept = [(i, p.group) for i, p in enumerate(proposals) if p is not None]
    first: dict[str, int] = {}
    for index, group in kept:
        first.setdefault(group, index)
    return [i for i, group in sorted(kept, key=lambda item: (first[item[1]], item[0]))]


def _known_name(proposal: Proposal, names: list[str]) -> bool:
    return all(
        any(matching.score(str(text), name) >= matching.THRESHOLD for name in names)
        for text in _texts(proposal)
    )


def _referring(value: Any, old: str, new: str) -> Any:
    if isinstance(value, str):
        return new if value == old else value
    if isinstance(value, dict):
        return {key: _referring(item, old, new) for key, item in value.items()}
    if isinstance(value, list):
        return [_referring(item, old, new) for item in value]
    return value
