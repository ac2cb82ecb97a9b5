"""How proposals are scored against a gold file (bench/extract/run.py and the tests).

A proposal matches a gold claim when the field and the subject agree (a new record by its
name: equal after folding, or near enough that bilat would match them), the value is equal
(numbers equal; names equal after folding; a party, a sector or a linked record by its
name; a date by its bounds, or its words when it has none), and the quote overlaps the
gold quote in the article's text (any of its places, when its words occur more than once).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from bilat.store.extract import matching
from bilat.store.text import find_quote, fold

KINDS = ("place", "org", "person", "figure", "date", "status", "sector", "record")


def kind_of(record_kind: str, field: str) -> str:
    """The kind a claim counts under in the table."""
    name = field.split(".")[0]
    if name in ("location", "countries", "country"):
        return "place"
    if name in ("capacity", "jobs", "investment"):
        return "figure"
    if name in ("dates", "events"):
        return "date"
    if name == "status":
        return "status"
    if name == "sectors" or record_kind == "sectors":
        return "sector"
    if record_kind == "people":
        return "person"
    if record_kind == "orgs" or name == "parties":
        return "org"
    return "record"


def _names_equal(a: str, b: str) -> bool:
    a, b = _bare(a), _bare(b)
    return a == b or matching.score(a, b) >= 85


def _bare(name: str) -> str:
    """A name as an analyst compares it: its leading article, and a novelty word after it
    ("the new cement plant at X" is "Cement plant at X": novelty is a state, no part of a
    name), folded away; plant nouns are not folded ("Sugar plant" is not "Sugar factory":
    the naming convention takes the text's own noun)."""
    bare = re.sub(r"^(?:l'|le |la |les |the |a |an |un |une )", "", fold(name).replace("’", "'"))
    return re.sub(r"^(?:new|nouvel|nouvelle|nouveau) ", "", bare)


def _number(value: Any, name: str) -> float | None:
    found = value.get(name) if isinstance(value, dict) else None
    return None if found is None else float(found)


def same_value(field: str, proposed: Any, gold: Any, name_of: Callable[[str], str]) -> bool:
    """True if the proposed value says what the gold value says. ``name_of`` turns a
    reference (an id, or a new record's key) into the name of what it refers to."""
    base = field.split(".")[0]
    if base in ("name", "title"):
        texts = [t for t in (proposed or {}).values() if t]
        return any(_bare(t) == _bare(g) for t in texts for g in gold.values() if g)
    if base in ("capacity", "jobs", "investment"):
        for part in ("value", "min", "max"):
            if part in gold and _number(proposed, part) != _number(gold, part):
                return False
        for part in ("unit", "job_type", "currency"):
            if part in gold and fold(str(proposed.get(part) or "")) != fold(str(gold[part])):
                return False
        return True
    if base == "dates":
        return _same_date(proposed, gold)
    if base == "events":
        return proposed.get("type") == gold.get("type") and _same_date(
            proposed.get("date") or {}, gold.get("date") or {}
        )
    if base == "location":
        return all(fold(str(proposed.get(k) or "")) == fold(str(v)) for k, v in gold.items() if v)
    if base == "countries":
        return sorted(proposed) == sorted(gold)
    if base == "parties":
        wanted = gold.get("org") or gold.get("person") or ""
        return any(
            _names_equal(n, wanted)
            for n in name_of(proposed.get("org") or proposed.get("person") or "").split("|")
        )
    if base == "sectors":
        ref = str(proposed.get("sector") if isinstance(proposed, dict) else proposed)
        wanted = str(gold.get("sector") if isinstance(gold, dict) else gold)
        return _names_equal(name_of(ref), wanted) or any(
            _names_equal(n, wanted) for n in name_of(ref).split("|")
        )
    if base in ("projects", "agreements"):
        return any(_names_equal(n, gold) for n in name_of(proposed).split("|"))
    if base == "roles":
        titles = [fold(t) for t in (proposed.get("title") or {}).values()]
        wanted = [fold(t) for t in (gold.get("title") or {}).values()]
        if not any(t.startswith(w) or w.startswith(t) for t in titles for w in wanted):
            return False
        return not gold.get("org") or any(
            _names_equal(n, gold["org"]) for n in name_of(proposed.get("org") or "").split("|")
        )
    if base == "components":
        return same_value("name", proposed.get("name"), gold.get("name"), name_of)
    if isinstance(proposed, str) and isinstance(gold, str):
        return fold(proposed) == fold(gold)
    return bool(proposed == gold)


def _same_date(proposed: dict[str, Any], gold: dict[str, Any]) -> bool:
    if gold.get("earliest") or gold.get("latest"):
        return proposed.get("earliest") == gold.get("earliest") and proposed.get(
            "latest"
        ) == gold.get("latest")
    return fold(proposed.get("raw") or "") == fold(gold.get("raw") or "")


def overlaps(text: str, start: int, end: int, quote: str) -> bool:
    """True if the span overlaps the quote where the article says it: any of its places
    when the words occur more than once ("Rosoboronexport" said twice)."""
    offset = 0
    while (found := find_quote(quote, text[offset:])) is not None:
        a, b = offset + found[0], offset + found[1]
        if start < b and a < end:
            return True
        offset = a + 1
    return False


def score(
    text: str,
    proposals: list[dict[str, Any]],
    gold: list[dict[str, Any]],
    errors: list[tuple[str, str, dict[str, Any]]] | None = None,
    subject_blind: bool = False,
    matched: set[int] | None = None,
) -> dict[str, list[int]]:
    """Per kind: [proposals matched, proposals, gold matched, gold]. ``errors``, if given,
    receives (kind, "missed" or "extra", the claim or proposal) for each one unmatched;
    ``matched``, if given, the index of each proposal that matched a claim.
    ``subject_blind`` lets a claim on a new project or agreement match a proposal filed
    under any new record of that kind: what the scores would be if the reader formed and
    named its records as the analyst did (a diagnostic, never the score)."""
    names: dict[str, list[str]] = {}
    for p in proposals:
        if p["new"]:
            names.setdefault(p["new"]["key"], [p["new"]["name"]])
            if p["field"] in ("name", "title"):
                names[p["new"]["key"]] += list(p["value"].values())

    def name_of(ref: str) -> str:
        return "|".join(names.get(ref, [ref]))

    table = {kind: [0, 0, 0, 0] for kind in (*KINDS, "overall")}
    used: set[int] = set()
    for g in gold:
        kind = kind_of(g["subject"]["kind"], g["field"])
        table[kind][3] += 1
        table["overall"][3] += 1
        for index, p in enumerate(proposals):
            if index in used or p["field"] != g["field"]:
                continue
            subject_kind = p["new"]["kind"] if p["new"] else ""
            subject_name = p["new"]["name"] if p["new"] else p["subject"]
            if subject_kind != g["subject"]["kind"]:
                continue
            blind = subject_blind and p["new"] and subject_kind in ("projects", "agreements")
            if not blind and not _subject_matches(subject_name, p, proposals, g["subject"]["name"]):
                continue
            if not same_value(g["field"], p["value"], g["value"], name_of):
                continue
            if not overlaps(text, p["start"], p["end"], g["quote"]):
                continue
            used.add(index)
            if matched is not None:
                matched.add(index)
            table[kind][2] += 1
            table["overall"][2] += 1
            break
        else:
            if errors is not None:
                errors.append((kind, "missed", g))
    for index, p in enumerate(proposals):
        kind = kind_of(p["new"]["kind"] if p["new"] else "", p["field"])
        table[kind][1] += 1
        table["overall"][1] += 1
        if index in used:
            table[kind][0] += 1
            table["overall"][0] += 1
        elif errors is not None:
            errors.append((kind, "extra", p))
    return table


def _subject_matches(
    name: str, proposal: dict[str, Any], proposals: list[dict[str, Any]], wanted: str
) -> bool:
    if _names_equal(name, wanted):
        return True
    # A record goes by every name proposed for it.
    key = proposal["new"]["key"] if proposal["new"] else proposal["subject"]
    for other in proposals:
        other_key = other["new"]["key"] if other["new"] else other["subject"]
        if (
            other_key == key
            and other["field"] in ("name", "title")
            and any(_names_equal(text, wanted) for text in other["value"].values())
        ):
            return True
    return False


def named_by_analyst(
    text: str, proposals: list[dict[str, Any]], gold: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], int]:
    """The proposals as the analyst leaves them after fixing the records in the review screen
    (n names a proposed record, m files it under another), and how many records were fixed.

    Each proposed new project or agreement, largest first, takes the name of the analyst's
    record of its kind under which the most of its claims become right, if any does: the
    analyst names the record the claims are about, or files them under the one already
    named so (two proposed records made one). Nothing else changes: a value the reader got
    wrong stays wrong, a name claim keeps the reader's words, and a record the reader never
    proposed is not made; so what this scores is still the reader's, given the records."""
    kinds = ("projects", "agreements")
    records = {
        (claim["subject"]["kind"], claim["subject"]["name"])
        for claim in gold
        if claim["subject"]["kind"] in kinds
    }
    groups: dict[str, list[int]] = {}
    for index, p in enumerate(proposals):
        if p["new"] and p["new"]["kind"] in kinds:
            groups.setdefault(p["new"]["key"], []).append(index)
    current = [dict(p) for p in proposals]
    fixed = 0
    for members in sorted(groups.values(), key=len, reverse=True):
        kind = current[members[0]]["new"]["kind"]
        best: tuple[int, str] | None = None
        before = score(text, current, gold)["overall"][2]
        for record_kind, name in sorted(records):
            if record_kind != kind:
                continue
            after = score(text, _renamed(current, members, name), gold)["overall"][2]
            if after > before and (best is None or after - before > best[0]):
                best = (after - before, name)
        if best is not None:
            current = _renamed(current, members, best[1])
            fixed += 1
    return current, fixed


def _renamed(
    proposals: list[dict[str, Any]], members: list[int], name: str
) -> list[dict[str, Any]]:
    renamed = list(proposals)
    for index in members:
        entry = dict(renamed[index])
        entry["new"] = {**entry["new"], "name": name}
        renamed[index] = entry
    return renamed
