"""A filter answered by the server, with the file's matching rules.

The server narrows, bilat decides. SQL finds the candidates — a superset of the records
that match — from the indexed columns (``status``, ``countries``, ``parties``,
``sectors``) and, for each word of the filter, from the folded text migration 2 keeps
(``bilat_fold``: ``unaccent`` then lower case, in a stored generated column with a
``pg_trgm`` GIN index, so "holds this piece" is an index lookup): a record whose own
text holds each piece of the word, or that names a sector, organisation or person whose
name holds it, or whose claims' text holds it. The candidates, a window at a time in id
order, are then checked in Python by the very code that searches a file
(``Search.select_ids``, by the word index, over the candidates, their claims and the
names): accent- and
case-insensitive, a word matched where a word starts ("temouch" finds "Aïn
Témouchent", "cement" does not find "renforcement"), phrases, every qualifier.

The first ``FIRST_SPAN`` ids of the table (the primary key's order) are sought first, in
a query of their own whose parts the planner intersects with that span: their matches are
the first rows a table shows, at once; the rest of the table's candidates then come in
one query.

Only the letters and digits of a word are sought in SQL (each run of them, anywhere):
what folds differently in SQL and in Python (quote marks, compatibility characters) then
widens the candidates, and never loses a match.

Without the extensions (migration 2 found none: ``schema.searchable``) there is no server
search; the explorer searches the records it read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import msgspec
import psycopg

from ..links import Links
from ..models import KINDS
from ..query import Filter
from ..records import Records
from ..search import Search, _check_applies
from ..text import fold

# Records sought first, in the primary key's order: their matches are the first rows shown.
FIRST_SPAN = 2_000
# Candidates checked at a time.
WINDOW = 1000
_DECODERS = {kind: msgspec.json.Decoder(cls) for kind, (_, cls) in KINDS.items()}
_PIECES = re.compile(r"[^\W_]+")
# The kinds a filter is answered for on the server (the others are few: read whole).
SERVER_KINDS = ("projects", "agreements")


def _like(piece: str) -> str:
    return "%" + piece.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _named(table: Mapping[str, Any], piece: str) -> list[str]:
    """Ids of the sectors, organisations or people a name of which holds ``piece`` (folded,
    as their words are: names, acronym)."""
    found = []
    for record in table.values():
        names = [*record.name.values(), getattr(record, "acronym", None) or ""]
        if any(piece in fold(name) for name in names):
            found.append(record.id)
    return found


def candidates_sql(
    kind: str,
    flt: Filter,
    names: Records,
    resolved: Any,
    span: tuple[str, str] | None = None,
) -> tuple[str, list[Any]]:
    """The SQL selecting a superset of the ids of ``kind`` that match, among those from
    ``span[0]`` to ``span[1]`` (None: every one)."""
    where: list[str] = []
    params: list[Any] = []

    def within(column: str) -> str:
        # The span, in each part an index answers: the planner then intersects it with the
        # trigram index's rows instead of reading them all.
        # Both ends: claims' subjects are of every kind, and the kinds' ids interleave.
        if span is None:
            return ""
        params.extend(span)
        return f" AND {column} BETWEEN %s AND %s"

    if resolved.statuses is not None:
        where.append("status = ANY(%s)")
        params.append(sorted(resolved.statuses))
    if resolved.orgs is not None:
        where.append("parties && %s")
        params.append(sorted(resolved.orgs))
    if resolved.people is not None:
        where.append("parties && %s")
        params.append(sorted(resolved.people))
    if resolved.countries is not None:
        # An organisation's country is a party's; a project's place holds one too.
        orgs = sorted(o.id for o in names.orgs.values() if o.country in resolved.countries)
        codes = sorted(resolved.countries)
        place = " OR doc #>> '{location,country}' = ANY(%s)" if kind == "projects" else ""
        where.append(f"(countries && %s OR parties && %s{place})")
        params += [codes, orgs] + ([codes] if place else [])
    if resolved.sectors is not None and kind == "projects":
        # A project's sectors, and its components'; an agreement's are its projects' too
        # (linked from either side): it is left to the check.
        sectors = sorted(resolved.sectors)
        where.append(
            "(sectors && %s OR EXISTS (SELECT 1 FROM jsonb_array_elements("
            "coalesce(doc -> 'components', '[]')) c WHERE c ->> 'sector' = ANY(%s)))"
        )
        params += [sectors, sectors]
    for word in flt.words:
        for piece in _PIECES.findall(word):
            either = ["folded LIKE %s"]
            params.append(_like(piece))
            parties = _named(names.orgs, piece) + _named(names.people, piece)
            if parties:
                either.append("parties && %s")
                params.append(parties)
            if kind == "projects":
                sectors = _named(names.sectors, piece)
                if sectors:  # a project's words hold its sectors' names
                    either.append("sectors && %s")
                    either.append("folded LIKE ANY(%s)")  # a component's sector
                    params += [sectors, [_like(fold(s)) for s in sectors]]
            # Each part an index answers (a union, not one OR: the planner keeps the indexes).
            own = f"SELECT id FROM {kind} WHERE ({' OR '.join(either)}){within('id')}"
            params.append(_like(piece))
            claims = f"SELECT subject FROM claims WHERE folded LIKE %s{within('subject')}"
            where.append(f"id IN ({own} UNION {claims})")
    bounds = within("id")
    if bounds:
        where.append(bounds.removeprefix(" AND "))
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    return f"SELECT id FROM {kind}{clause}", params


# What is told of the records a window's check read: (id, text, the write that put it).
Offer = Callable[[list[tuple[str, bytes, int]]], None]


def matching(
    conn: psycopg.Connection[Any],
    kind: str,
    flt: Filter,
    names: Records,
    offer: Offer | None = None,
) -> Iterator[list[str]]:
    """The ids of ``kind`` that match ``flt``, in id order, a window at a time (the first
    window as soon as it is checked). ``names``: the database's sectors, organisations and
    people (a first view holds them whole). ``conn``: in a transaction, held meanwhile.
    ``offer`` is told the text of the matching records each window read."""
    _check_applies(kind, flt)
    names_only = Records({k: names.tables[k] for k in ("sectors", "orgs", "people")})
    resolved = Search(names_only, Links(names_only)).resolve(flt)
    # The first ids (the primary key's order) first: a common word's first matches come
    # from them in a fraction of the time the whole table's candidates take; then the
    # rest at once (spans of their own would each read their claims by subject, slower
    # than the trigram index over the whole table).
    first, last = conn.execute(
        f"SELECT min(id), max(id) FROM (SELECT id FROM {kind} ORDER BY id LIMIT %s) AS span",
        (FIRST_SPAN,),
    ).fetchone() or (None, None)
    if first is None or last is None:
        return
    for span in ((first, last), None):
        sql, params = candidates_sql(kind, flt, names, resolved, span)
        found = sorted(
            record_id
            for (record_id,) in conn.execute(sql, params)
            if span is not None or record_id > last
        )
        for start in range(0, len(found), WINDOW):
            ids = _checked(conn, kind, flt, names, found[start : start + WINDOW], offer)
            if ids:
                yield ids


def _checked(
    conn: psycopg.Connection[Any],
    kind: str,
    flt: Filter,
    names: Records,
    ids: Sequence[str],
    offer: Offer | None = None,
) -> list[str]:
    """Those of ``ids`` (of ``kind``) that match, checked as a file's are: over the
    records, their claims, the projects linked to an agreement, and the names."""
    decode = _DECODERS[kind].decode
    tables: dict[str, dict[str, Any]] = {k: names.tables[k] for k in ("sectors", "orgs", "people")}
    rows: list[tuple[str, str, int]] = conn.execute(
        f"SELECT id, body, seq FROM {kind} WHERE id = ANY(%s)", (list(ids),)
    ).fetchall()
    records = {record_id: decode(body) for record_id, body, _ in rows}
    tables[kind] = records
    if flt.words:
        claim = _DECODERS["claims"].decode
        tables["claims"] = {
            claim_id: claim(body)
            for claim_id, body in conn.execute(
                "SELECT id, body FROM claims WHERE subject = ANY(%s)", (list(ids),)
            )
        }
    if kind == "agreements" and flt.sectors:
        project = _DECODERS["projects"].decode
        linked = sorted({p for record in records.values() for p in record.projects})
        tables["projects"] = {
            record_id: project(body)
            for record_id, body in conn.execute(
                "SELECT id, body FROM projects WHERE id = ANY(%s) OR doc -> 'agreements' ?| %s",
                (linked, list(ids)),
            )
        }
    part = Records(tables)
    found = Search(part, Links(part)).select_ids(kind, flt)  # as a file's index answers
    if offer is not None and found:
        matched = set(found)
        offer([(i, body.encode(), seq) for i, body, seq in rows if i in matched])
    return found
