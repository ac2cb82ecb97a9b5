"""What the reader reads in words the analyst selected: the value of a claim the reader
missed, so that the analyst adds it in the review by selecting its quote and checking
the value, as the reader's own proposals are checked, rather than typing it.

Only what the selected words state is read, with the reader's own tables: a figure and
its unit, a date (placed against the source's date), a place of the gazetteer or of a
country the article names, a country, a status cue, a sector's words, a record the
review or the database knows by a name the words say, or the words themselves for a
name. Where the words state no value of the field, nothing is proposed: the analyst
types it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import msgspec

from ..claim_values import ClaimValueError
from ..models import KINDS, DateValue
from ..quote_values import propose as propose_from_quote
from ..quote_values import read as read_quote
from ..text import fold
from . import cities, figures, places, rx
from .lexicon import AGREEMENT_NOUNS, DATE_CUES, SECTORS, STATUS_CUES
from .proposal import typed_value
from .records import agreements_in, projects_in
from .segment import folded, sentences, strip_span


@dataclass(frozen=True)
class Known:
    """A record the selected words may name: held (``ref`` its id) or proposed in this
    review (``ref`` its provisional key), of ``kind``, by each of its ``names``."""

    ref: str
    kind: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class About:
    """What the review knows of the record the claim is on: the names it goes by (a
    person's, to read a role's title around it) and the country it stands in (its
    location's, the host a nationality is said beside)."""

    names: tuple[str, ...] = ()
    country: str | None = None


# The kinds of record each reference field points to, and how its value says one.
_REFERENCES: dict[str, tuple[str, ...]] = {
    "parties": ("orgs", "people"),
    "projects": ("projects",),
    "agreements": ("agreements",),
    "head": ("people",),
    "parent": ("orgs",),
    "sectors": ("sectors",),
}


def read_selection(
    text: str,
    start: int,
    end: int,
    kind: str,
    field: str,
    *,
    lang: str,
    published: DateValue | None = None,
    known: Sequence[Known] = (),
    about: About = About(),
) -> Any | None:
    """The value ``text[start:end]`` states of ``field`` of a record of ``kind``, typed
    as a claim stores it (JSON), or None where the words state none the field takes."""
    start, end = strip_span(text, start, end)
    if start >= end:
        return None
    value = _read(text, start, end, kind, field, _Context(lang, published, known, about))
    if value is None:
        return None
    try:
        return msgspec.to_builtins(typed_value(kind, field, msgspec.to_builtins(value)))
    except ClaimValueError:
        return None


def said_in(
    text: str,
    kind: str,
    field: str,
    *,
    published: DateValue | None = None,
    known: Sequence[Known] = (),
    about: About | None = None,
    lang: str = "fr",
) -> list[tuple[int, int]]:
    """Where the article says a value ``field`` may take, in the order of the text: the
    places the analyst steps through to select a claim's quote (each is then read by
    ``read_selection``). Figures, dates, places, countries, status and instrument cues,
    sectors of the lexicon, acronyms in brackets, and the names of the record and of the
    records a reference may point to."""
    base, _, key = field.partition(".")
    about = about or About()
    fold_text = folded(text)
    spans: list[tuple[int, int]] = []
    if base in ("capacity", "jobs", "investment"):
        figures.prepare()
        for s in sentences(text):
            spans += [
                (f.start, f.end)
                for f in figures.figures_in(text, fold_text, s.start, s.end)
                if f.field == base
            ]
        if base == "investment":
            spans += [(f.start, f.end) for f in figures.sums_in(text, fold_text, 0, len(text))]
    elif base == "dates" and key:
        from .when import dates_in

        for s in sentences(text):
            for d in dates_in(text, fold_text, s.start, s.end, published):
                # the quote holds the date's words from its preposition ("dès 2026"), as
                # its raw value does (GOLD.md rule 3)
                raw = d.value.raw or ""
                wordy = bool(raw) and text[d.end - len(raw) : d.end] == raw
                spans.append((d.end - len(raw) if wordy else d.start, d.end))
    elif base == "location":
        places.prepare()
        said = [m.country for m in places.countries_in(fold_text)]
        spans += [(m.start, m.end) for m in places.places_in(fold_text, said, text)]
    elif base in ("countries", "country"):
        spans += [(m.start, m.end) for m in places.countries_in(fold_text)]
    elif base == "status":
        patterns = [p for p, cue_kind, _, _ in STATUS_CUES if cue_kind == kind]
        if kind == "projects":
            patterns += [p for p, _ in _PROJECT_WORDS]
        spans += [m.span() for p in patterns for m in rx.finditer(p, fold_text)]
    elif base == "instrument":
        spans += [m.span() for p, _ in AGREEMENT_NOUNS for m in rx.finditer(p, fold_text)]
    elif base == "sectors" or (kind == "sectors" and base == "name"):
        spans += [m.span() for w in SECTORS for p in w.patterns for m in rx.finditer(p, fold_text)]
    elif base == "acronym":
        spans += [m.span() for m in _ACRONYM.finditer(text) if m.group(1)]
    elif base in ("name", "title") and not about.names:
        spans += _mentions(kind, text, fold_text, lang)  # a record the reader missed
    elif base in ("name", "title", "aliases", "roles") or base in _REFERENCES:
        names = list(about.names)
        if base in _REFERENCES:  # the records it may point to, the record itself aside
            kinds = _REFERENCES[base]
            own = set(about.names)
            names = [
                n for k in known if k.kind in kinds and not own & set(k.names) for n in k.names
            ]
        for name in {folded(n.strip()) for n in names if len(n.strip()) >= 2}:
            spans += [m.span() for m in re.finditer(rf"\b{re.escape(name)}\b", fold_text)]
    return _apart(spans)


# The fields an analyst most often adds first, in that order; the others after them.
_FIRST = (
    "location",
    "investment",
    "jobs",
    "capacity",
    "dates",
    "events",
    "status",
    "instrument",
    "countries",
    "country",
    "roles",
    "acronym",
    "sectors",
    "parties",
    "projects",
    "agreements",
)


def lacking(
    text: str,
    kind: str,
    fields: Sequence[str],
    quoted: dict[str, list[tuple[int, int]]],
    *,
    published: DateValue | None = None,
    known: Sequence[Known] = (),
    about: About | None = None,
) -> str | None:
    """The first of ``fields`` (in the usual order of an analyst's additions) the record
    has no proposal of and the article says a value of where no proposal of the record
    quotes one, in a sentence that says something of the record, or the next, if it has
    proposals (a figure three paragraphs on is more often another plant's): what a claim
    added to the record is most likely about. ``quoted`` maps each field the record has
    proposals of ("dates.construction_start") to their spans."""
    near = {_sentence_of(text, a, b) for spans in quoted.values() for a, b in spans}
    # and the sentence after each, which goes on about it ("L'usine entrera en production …")
    near |= {_sentence_of(text, end, end + 1) for _, end in list(near) if end < len(text)}
    ranked = sorted(
        fields,
        key=lambda f: _FIRST.index(f.split(".")[0]) if f.split(".")[0] in _FIRST else len(_FIRST),
    )
    for field in ranked:
        base = field.split(".")[0]
        if field in quoted or base in ("name", "title", "aliases", "statements", "prospects"):
            continue
        taken = [span for f, spans in quoted.items() if f.split(".")[0] == base for span in spans]
        spans = said_in(text, kind, field, published=published, known=known, about=about)
        free = [(a, b) for a, b in spans if all(b <= x or a >= y for x, y in taken)]
        if near:
            free = [(a, b) for a, b in free if any(x <= a < y for x, y in near)]
        if not free:
            continue
        if base == "dates":  # the date's key by its sentence's cue ("entrera en production")
            a, b = _sentence_of(text, *free[0])
            said = folded(text[a:b])
            for pattern, key in DATE_CUES:
                cued = f"dates.{key}"
                if cued in fields and cued not in quoted and rx.search(pattern, said):
                    return cued
        return field
    return None


def _mentions(kind: str, text: str, fold: str, lang: str) -> list[tuple[int, int]]:
    """Where the article mentions a record of ``kind``: every organisation, person, plant
    or agreement the reader's tables find, named or said by its noun."""
    from .names import orgs_in, people_in

    found: list[tuple[int, int]] = []
    for s in sentences(text):
        if kind == "orgs":
            found += [(m.start, m.end) for m in orgs_in(text, fold, s.start, s.end, lang)]
        elif kind == "people":
            found += [(m.start, m.end) for m in people_in(text, fold, s.start, s.end, lang)]
        elif kind == "projects":
            found += [(m.start, m.end) for m in projects_in(text, fold, s.start, s.end)]
        elif kind == "agreements":
            found += [(m.start, m.end) for m in agreements_in(text, fold, s.start, s.end)]
    return found


def _apart(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans in the order of the text, each kept once: of two that overlap, the
    longer."""
    kept: list[tuple[int, int]] = []
    for a, b in sorted(set(spans), key=lambda span: (span[0], -(span[1] - span[0]))):
        if kept and a < kept[-1][1]:
            if b - a > kept[-1][1] - kept[-1][0]:
                kept[-1] = (a, b)
            continue
        kept.append((a, b))
    return kept


@dataclass(frozen=True)
class _Context:
    lang: str
    published: DateValue | None
    known: Sequence[Known]
    about: About


def _read(text: str, start: int, end: int, kind: str, field: str, ctx: _Context) -> Any | None:
    base, _, key = field.partition(".")
    words = text[start:end]
    lang = ctx.lang
    if kind == "sectors" and base == "name" and not key:
        sectors = _sectors_said(words)  # a sector is named by the lexicon, said by the words
        if sectors:
            return {lang: sectors[0][0 if lang == "fr" else 1]}
    if kind in ("projects", "agreements") and base in ("name", "title") and not key:
        conventional = _record_name(text, start, end, kind, ctx.lang)
        if conventional is not None:
            return conventional
    if kind == "projects" and base == "components":
        return _component(text, start, end, lang)
    if kind in ("orgs", "people") and base in ("name", "aliases", "acronym") and not key:
        named = _named(text, start, end, kind, lang)
        if named is not None and (base != "acronym" or named[1]):
            return named[1] if base == "acronym" else {lang: named[0]}
    if base in ("name", "title", "aliases", "acronym") and not key:
        said = " ".join(words.split())
        if base == "acronym":
            short = _ACRONYM.search(said)  # "Arab Organization for Industrialization (AOI)"
            return (short.group(1) or short.group(2)) if short else said
        return {lang: said}  # an alias is one name in a language, as a name is
    if base in ("capacity", "jobs", "investment"):
        return _figure(text, start, end, kind, base)
    if base == "dates" and key:
        return _date(text, start, end, ctx)
    if base == "events":
        return _event(text, start, end, ctx)
    if base == "location":
        read = msgspec.to_builtins(
            _as_the_reader_reads(text, start, end, kind, ("location",), lang)
        )
        own = _location(text, start, end, ctx.about.country)
        if (
            read
            and not read.get("locality")
            and own
            and own.get("locality")
            and own["country"] == read.get("country")
        ):
            return {**read, "locality": own["locality"]}  # a town beside the reader's region
        return read or own
    if base in ("countries", "country"):
        codes = list(dict.fromkeys(m.country for m in places.countries_in(folded(words))))
        if base == "country":
            return codes[0] if codes else None
        host = ctx.about.country
        if len(codes) == 1 and host and host not in codes:
            codes.append(host)  # "le groupe japonais JTEKT" of a plant in Morocco
        return sorted(codes) or None
    if base == "status":
        return _status(kind, field, words)
    if base == "instrument":
        said = folded(words)
        return next((i for p, i in AGREEMENT_NOUNS if rx.search(p, said)), None)
    if base == "roles":
        return _role(words, ctx, text[:start])
    if base in _REFERENCES:
        return _reference(base, words, ctx.known)
    return None


def _record_name(text: str, start: int, end: int, kind: str, lang: str) -> Any | None:
    """A plant or an agreement the words say by a common noun is named as the analysts
    name it ("une cimenterie à Makola" is "Cimenterie de Makola", ``naming``); a plant
    whose town another sentence says ("a plastics factory", "… at Phonkham") takes it as
    the reader of the whole article names it ("Plastics factory at Phonkham")."""
    read = _as_the_reader_reads(text, start, end, kind, ("name", "title"), lang)
    if kind != "projects" or not isinstance(read, dict) or len(read) != 1:
        return read
    said = next(iter(read.values()))
    for name in _projects_named(text, lang):
        rest = name[len(said) :]
        if name.startswith(said) and rx.match(r" (?:de |d'|d’|du |des |at |in the )\S", rest):
            return {next(iter(read)): name}
    return read


def read_ahead(text: str, lang: str) -> None:
    """Reads the article whole once, ahead of the analyst's selections (in a worker, as the
    review reads its proposals), so that the first name read in the claim dialog does not
    wait for it on the interface's thread."""
    _projects_named(text, lang)


@lru_cache(maxsize=4)
def _projects_named(text: str, lang: str) -> tuple[str, ...]:
    """The names the reader gives the article's plants, reading it whole (once a text)."""
    from ..models import Source
    from .propose import propose

    found = propose(Source(id="src-selection", title="", text=text, lang=lang), calibrate=False)
    return tuple(
        str(value)
        for p in found
        if p.new is not None and p.new.kind == "projects" and p.field == "name"
        for value in p.plain_value().values()
    )


def _component(text: str, start: int, end: int, lang: str) -> Any | None:
    """A works a plant is built with ("will also feature a cement factory", "a coke oven
    plant") is named as a plant said by a common noun is, its place left out (it is the
    plant's): "Cement factory", "Coke oven plant"."""
    read = _as_the_reader_reads(text, start, end, "projects", ("components",), lang)
    if read is not None:
        return read
    a, b = strip_span(text, start, end)
    alone = _as_the_reader_reads(text[a:b], 0, b - a, "projects", ("name",), lang)
    if isinstance(alone, dict) and alone:
        return {"name": alone}
    return None


def _as_the_reader_reads(
    text: str, start: int, end: int, kind: str, fields: tuple[str, ...], lang: str
) -> Any | None:
    """The value of one of ``fields`` the reader proposes, reading the selection's
    sentences alone, for a record of ``kind``, where its quote is within the selected
    words."""
    from ..models import Source
    from .propose import propose

    a, b = _sentence_of(text, start, end)
    found = propose(
        Source(id="src-selection", title="", text=text[a:b], lang=lang), calibrate=False
    )
    for proposal in found:
        if (
            proposal.new is not None
            and proposal.new.kind == kind
            and proposal.field in fields
            and a + proposal.start < end
            and start < a + proposal.end
        ):
            return proposal.value
    return None


_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9&]{1,11})\b[^)]*\)|\b([A-Z][A-Z0-9&]{1,11})\b")


def _named(text: str, start: int, end: int, kind: str, lang: str) -> tuple[str, str | None] | None:
    """The organisation's or the person's name the reader reads in the words' sentence,
    said within them, and its acronym: "le groupe chinois Envision" is "Envision",
    "Dubai Aluminium (DUBAL)" is "Dubai Aluminium" (DUBAL)."""
    from .names import orgs_in, people_in

    a, b = _sentence_of(text, start, end)
    fold_text = folded(text)
    found: list[tuple[int, str, str | None]] = []
    if kind == "orgs":
        for org in orgs_in(text, fold_text, a, b, lang):
            inside = min(end, org.end) - max(start, org.start)
            if inside > 0:
                found.append((inside, org.name, org.acronym))
    else:
        for person in people_in(text, fold_text, a, b, lang):
            inside = min(end, person.end) - max(start, person.start)
            if inside > 0:
                found.append((inside, person.name, None))
    if not found:
        return None
    _, name, acronym = max(found, key=lambda said: said[0])
    return name, acronym


def _date(text: str, start: int, end: int, ctx: _Context) -> Any | None:
    """The first date the words say, read in their sentence (a day placed against the
    source's date)."""
    from .when import dates_in

    a, b = _sentence_of(text, start, end)
    dates = [
        d
        for d in dates_in(text, folded(text), a, b, ctx.published)
        if d.start < end and start < d.end
    ]
    return dates[0].value if dates else None


# An agreement's status said by a cue, and the event of its life it names.
_EVENT_OF_STATUS = {
    "proposed": "proposed",
    "draft": "proposed",
    "finalising": "finalised",
    "approved": "approved",
    "signed": "signed",
    "in_force": "in_force",
    "expired": "expired",
    "terminated": "terminated",
}


def _event(text: str, start: int, end: int, ctx: _Context) -> dict[str, Any] | None:
    """An agreement's event: what its cue says happened ("signé", "approved"), a signing
    where the words say one, with the date the words say, if they say one."""
    words = text[start:end]
    status = _status("agreements", "status", words)
    kind = _EVENT_OF_STATUS.get(status or "")
    if kind is None and rx.search(r"\bsign|\binked\b|\bconclu", folded(words)):
        kind = "signed"
    if kind is None:
        return None
    date = _date(text, start, end, ctx)
    return {"type": kind} if date is None else {"type": kind, "date": date}


def _sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentences the selection is in, from the first's start to the last's end: a
    figure's period or a sum's cue may be said beside the words selected."""
    said = [s for s in sentences(text) if s.start < end and start < s.end]
    if not said:
        return start, end
    return min(said[0].start, start), max(said[-1].end, end)


def _figure(text: str, start: int, end: int, kind: str, base: str) -> Any | None:
    """The figure of ``base`` the words say, read in their sentence (its period, its
    cue words); a sum whatever its cue; else what the quote's own words state."""
    figures.prepare()
    fold_text = folded(text)
    a, b = _sentence_of(text, start, end)
    found = [
        f
        for f in figures.figures_in(text, fold_text, a, b)
        if f.field == base and f.start < end and start < f.end
    ]
    if not found and base == "investment":
        found = figures.sums_in(text, fold_text, start, end)
    if found:
        return found[0].value
    subject = KINDS[kind][0] + "proposed"
    try:
        stated = propose_from_quote(subject, base, text[start:end])
        return read_quote(subject, base, stated) if stated else None
    except ClaimValueError:
        return None


# Before a person's name, what is no part of their title: "Mr.", "Dr.", "M.", "Sheikh"…
_HONORIFIC = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|M|Mme|Mlle|Pr|Prof|Me|Engr|Eng)\.?|His Excellency|Son Excellence|"
    r"H\.E\.)\s*$"
)
_ARTICLE = re.compile(
    r"^(?:(?:'s|’s)\s+|(?:du|des|de la|de l'|de l’|de|d'|d’|au|aux|à la|à l'|à l’)\s+)?"
    r"(?:(?:le|la|les|the|a|an|un|une)\s+|l'|l’)?",
    re.IGNORECASE,
)
_EDGES = ' ,;:-–—()"«»“”'


# A title's organisation said by its noun ("managing director of the firm", "le patron de
# la compagnie", "spokesman for the ministry"): the one the text named last before it.
_ANAPHOR = re.compile(
    r"\s+(?:of|for|at) (?:the|this) (?P<en>company|firm|group|ministry|plant|factory)"
    r"|\s+(?:de la|du|de l'|de l’) ?(?P<fr>compagnie|société|societe|entreprise|firme|groupe"
    r"|ministère|ministere|usine)$",
    re.IGNORECASE,
)
# Whose a title is, said as a possessive before it: "Beni Suef governorate's investment
# director", "the company's chairman".
_POSSESSIVE_TITLE = re.compile(r"^(?P<whose>.+?)['’]s\s+(?P<title>.+)$")


def _role(words: str, ctx: _Context, before_words: str = "") -> dict[str, Any] | None:
    """A person's role from the words around their name: the title before it ("the
    Minister of Economy Emil Karanikolov") or after it ("Laurent Gangbès, directeur
    général de l’Apiex"), without article or honorific; an organisation the review knows,
    said at the title's end or start, is the role's; one said by its noun ("of the firm")
    is the one the text named last before (``before_words``); a possessive before the
    title says whose it is, no word of it."""
    said = fold(words)
    spans = [
        (m.start(), m.end())
        for name in sorted(ctx.about.names, key=len, reverse=True)
        if len(fold(name).strip()) >= 3
        for m in [re.search(re.escape(fold(name).strip()), said)]
        if m is not None
    ]
    if not spans:
        return None
    a, b = spans[0]
    before = _HONORIFIC.sub("", words[:a].rstrip()).strip(_EDGES)
    after = words[b:].strip(_EDGES)
    title = _ARTICLE.sub("", before or after).strip(_EDGES)
    if not title or not any(c.isalpha() for c in title):
        return None
    anaphor = _ANAPHOR.search(title)
    if anaphor is not None and anaphor.end() == len(title) and anaphor.start() > 0:
        noun = fold(anaphor["en"] or anaphor["fr"])
        last = _named_last(before_words, ctx.known, ministry=noun.startswith("minist"))
        bare = title[: anaphor.start()].strip(_EDGES)
        return {"title": {ctx.lang: bare}, "org": last} if last else {"title": {ctx.lang: bare}}
    possessive = _POSSESSIVE_TITLE.match(title)
    if possessive is not None:
        whose = _reference("parent", possessive["whose"], ctx.known)
        title = possessive["title"].strip(_EDGES)
        if isinstance(whose, str):
            return {"title": {ctx.lang: title}, "org": whose}
    role: dict[str, Any] = {"title": {ctx.lang: title}}
    org = _reference("parent", title, ctx.known)
    if isinstance(org, str):
        named = next(k for k in ctx.known if k.ref == org)
        for name in sorted(named.names, key=len, reverse=True):
            at = folded(title).find(folded(name.strip()))
            if at < 0:
                continue
            name = name.strip()
            head = re.sub(
                r"\s+(?:de la|de l'|de l’|du|des|de|d'|d’|of the|of|at|à)\s*$",
                "",
                title[:at],
                flags=re.IGNORECASE,
            )
            rest = _ARTICLE.sub("", title[at + len(name) :].strip(_EDGES)).strip(_EDGES)
            title = (head.strip(_EDGES) or rest) if at > 0 else rest
            break
        if title:
            role = {"title": {ctx.lang: title}, "org": org}
    return role


def _named_last(before: str, known: Sequence[Known], ministry: bool) -> str | None:
    """The organisation the review knows that ``before`` (the text up to the title) names
    last: the antecedent of "the firm", "la compagnie" (of "the ministry", a ministry)."""
    said = fold(before)
    best: tuple[int, str] | None = None
    for record in known:
        if record.kind != "orgs":
            continue
        for name in record.names:
            folded_name = fold(name).strip()
            if len(folded_name) < 2 or (ministry and "minist" not in folded_name):
                continue
            at = said.rfind(folded_name)
            if at >= 0 and (best is None or at > best[0]):
                best = (at, record.ref)
    return best[1] if best else None


def _status(kind: str, field: str, words: str) -> str | None:
    """The status the words' cue says: the reader's cues first (the longest said), then
    the ones an analyst's quote is read by elsewhere (``quote_values``)."""
    said = folded(words)
    cues = [
        (match.end() - match.start(), status)
        for pattern, cue_kind, status, _ in STATUS_CUES
        if cue_kind == kind and (match := rx.search(pattern, said)) is not None
    ]
    if cues:
        return max(cues)[1]
    subject = KINDS[kind][0] + "proposed"
    try:
        cue = propose_from_quote(subject, field, words)
        if cue:
            return str(read_quote(subject, field, cue))
    except ClaimValueError:
        pass
    if kind == "projects":
        return next((status for cue, status in _PROJECT_WORDS if rx.search(cue, said)), None)
    return None


# Plainer words of where a project stands, read when no cue of the reader's is said: an
# opening, a first stone laid, a plan or a signature for a plant still to be built.
_PROJECT_WORDS = (
    (r"\b(?:inaugur\w*|opened|opening|ouvert\w*|ouvre)\b", "operating"),
    (r"\b(?:a pose|ont pose|laid|premiere pierre)\b", "construction"),
    (
        r"\b(?:will|would|shall|to be|plans?|planned|devrait|devraient|va|vont|sera|seront|"
        r"signed|signe|signent|projet|project)\b",
        "announced",
    ),
)


def _location(text: str, start: int, end: int, host: str | None) -> dict[str, Any] | None:
    """The place the words name: of the gazetteer or a subdivision first, then a town of
    a country the article names (the longest name said), then a name said with a
    capital after "à", "in", "at", "near" in the record's country."""
    places.prepare()
    fold_text = folded(text)
    said = [m.country for m in places.countries_in(fold_text)]
    inside = [
        m for m in places.places_in(fold_text, said, text) if start <= m.start and m.end <= end
    ]
    if inside:
        mention = max(inside, key=lambda m: m.end - m.start)
        place = mention.place
        locality = place.locality or _town_beside(text, start, end, mention.start, mention.end)
        return {"country": place.country, "region": place.region, "locality": locality}
    words = fold(text[start:end]).strip()
    for country in dict.fromkeys(said):
        town = cities.towns(country).get(words)
        if town is not None:
            return {"country": town.country, "region": None, "locality": town.name}
    stated = [m.country for m in places.countries_in(folded(text[start:end]))]
    where = host or (stated[0] if len(set(stated)) == 1 else None)
    named = _AT_A_PLACE.search(text, start, end)
    if where and named:
        return {"country": where, "region": None, "locality": named.group(1).strip()}
    return None


# "à Kairouan", "located in Pueblo Centenario", "at the Sumgait Chemical Industrial Park"
_AT_A_PLACE = re.compile(
    r"\b(?:à|a|au|en|dans|près de|in|at|near|of)\s+(?:the\s+|la\s+|le\s+|l'|l’)?"
    r"([A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+(?:(?:de|du|des|of|la|el|al)\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]*)*)"
)


# Words of a place's kind, said with a capital beside its name, which name no town.
_PLACE_KIND = re.compile(
    r"(?:Province|Region|Région|Region|District|County|State|État|Etat|Governorate|Gouvernorat|"
    r"Wilaya|Zone|Prefecture|Préfecture|Department|Département|Oblast|Municipality|City)$"
)
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ -][A-ZÀ-ÖØ-Þ][\w'’-]*)*")


# Words said with a capital at a sentence's start, which name no town.
_NO_PLACE = frozenset({"la", "le", "les", "l", "the", "a", "an", "un", "une", "ville", "city"})


def _town_beside(text: str, start: int, end: int, a: int, b: int) -> str | None:
    """The town the selection names beside its region ("Doryumu, Greater Accra", "Moamba,
    in Maputo province"): the first name said with a capital outside the region's words,
    which is no country and no kind of place. The analyst checks it, as every value."""
    countries = places.country_names()
    for match in _CAPITALISED.finditer(text, start, end):
        x, y = match.span()
        if a < y and x < b:
            continue
        said = match.group()
        first = fold(said.split()[0])
        if (
            _PLACE_KIND.match(said)
            or fold(said) in countries
            or first in _NO_PLACE
            or places.nationality_word(first)
        ):
            continue
        if x == start or text[x - 1] in " ,(" or text[x - 2 : x] in ("d'", "d’"):
            return said
    return None


def _sectors_said(words: str) -> list[tuple[str, str]]:
    """The sectors of the lexicon the words say (French and English name), the one said
    at most length first; failing them, a trade's everyday words (``_TRADE_WORDS``): the
    analyst selected the words for a sector, which the reader's lexicon, written not to
    see a sector in every passing word, may not name."""
    lexicon = folded(words)
    found: list[tuple[int, str, str]] = []
    for sector in SECTORS:
        spans = [m.end() - m.start() for p in sector.patterns for m in rx.finditer(p, lexicon)]
        if spans:
            found.append((max(spans), sector.fr, sector.en))
    if not found:
        for sector in SECTORS:
            said = _TRADE_WORDS.get(sector.key)
            match = rx.search(said, lexicon) if said else None
            if match is not None:
                found.append((match.end() - match.start(), sector.fr, sector.en))
    found.sort(key=lambda said: -said[0])
    return [(fr, en) for _, fr, en in found]


# A trade's everyday words, by the lexicon's sector keys (folded text): what selected words
# for a sector say it by when the lexicon's stricter patterns do not.
_TRADE_WORDS = {
    "steel": r"\b(?:pig|sponge|direct reduced) iron\b|\brebars?\b|\bwire rods?\b|\bfer a beton\b",
    "glass": r"\bglass\w*|\bverres?\b|\bvitrages?\b|\bglazing\b",
    "heavy-industry": r"\bheavy industr\w*",
    "agrifood": r"\bfood\w*|\balimentaire\w*|\bpoultry\b|\bavicoles?\b|\bvolailles?\b"
    r"|\bbeverages?\b|\bboissons?\b|\bsugar\b|\bsucre\w*|\bflour\b|\bfarine\b"
    r"|\bmeat\b|\bviandes?\b|\bbiscuits?\b|\bsnacks?\b|\bjuices?\b|\bjus\b|\bpet food\b"
    r"|\bcroquettes?\b|\bconfiser\w*|\bchocolat\w*|\bcocoa\b|\bcacao\b|\bcashew\b|\bcajou\b",
    "fisheries": r"\bfish\w*|\bpoissons?\b|\bpelagiques?\b|\bthons?\b|\btuna\b|\bsardines?\b",
    "aerospace": r"\baircraft\b|\bavions?\b|\baeronaut\w*|\baerospat\w*|\baerospace\b"
    r"|\bnacelles?\b|\bairbus\b|\bboeing\b",
    "automotive": r"\bvehicles?\b|\bvehicules?\b|\bcars\b|\btrucks?\b|\bcamions?\b"
    r"|\bmotorcycles?\b|\bmotos?\b|\bauto parts\b|\bautomobiles?\b|\bautomotive\b",
    "textiles": r"\btextile\w*|\bgarments?\b|\bapparel\b|\bclothing\b|\bvetements?\b"
    r"|\bfabrics?\b|\btissus?\b|\byarns?\b|\bcotton\b|\bcoton\b|\bdenim\b|\bknit\w*",
    "chemicals": r"\bchemical\w*|\bchimi\w*|\bresins?\b|\bresines?\b|\bpaints?\b"
    r"|\bpeintures?\b|\binks?\b|\bencres?\b|\bplastics?\b|\bplastiques?\b",
    "construction-materials": r"\bcement\b|\bciments?\b|\bclinker\b|\bbricks?\b"
    r"|\bbriques?\b|\btiles?\b|\bcarreaux\b|\broofing\b|\bplaster\b|\bplatre\b",
    "pharmaceuticals": r"\bdrugs?\b|\bvaccin\w*|\bpharma\w*",
    "packaging": r"\bpackaging\b|\bemballages?\b|\bcartons?\b",
    "paper": r"\bpaper\b|\bpapier\w*|\bpulp\b|\bpate a papier\b",
    "electronics": r"\belectronic\w*|\belectroniques?\b|\bsemiconductors?\b"
    r"|\bsemi-conducteurs?\b|\bcircuit boards?\b",
    "energy": r"\bsolar\b|\bsolaires?\b|\bwind (?:farm|power|turbines?)\b|\beoliens?\b",
    "furniture": r"\bfurniture\b|\bmeubles?\b",
    "leather": r"\bleather\b|\bcuirs?\b|\bhides\b|\bpeaux\b",
    "footwear": r"\bshoes\b|\bchaussures?\b|\bfootwear\b|\bsneakers\b|\bboots\b",
    "tyres": r"\btyres?\b|\btires\b|\bpneu\w*",
    "toys": r"\btoys?\b|\bjouets?\b",
    "shipbuilding": r"\bshipyards?\b|\bchantiers? nava\w*|\bshipbuilding\b",
    "machinery": r"\bmachinery\b|\btractors?\b|\btracteurs?\b",
    "medical-equipment": r"\bmedical devices?\b|\bdispositifs? medicaux\b|\bsyringes?\b"
    r"|\bseringues?\b",
    "oil-gas": r"\brefiner\w*|\braffiner\w*|\bpetrochemi\w*|\bpetrochimi\w*",
    "fertilisers": r"\bfertili[sz]ers?\b|\bengrais\b|\burea\b|\buree\b|\bammonia\b",
    "rail": r"\brail\w*|\bferroviaire\w*|\bwagons?\b|\blocomotives?\b",
    "defence": r"\bdefen[cs]e\b|\bmilitar\w*|\bmilitaires?\b|\barmament\w*|\barmement\w*"
    r"|\bammunition\b|\bmunitions?\b",
    "agriculture": r"\bagricultur\w*|\bfarm(?:s|ing)?\b|\bplantations?\b",
    "tourism": r"\bhotels?\b|\bhotel\w*|\btouris\w*|\bresorts?\b",
}


def _reference(base: str, words: str, known: Sequence[Known]) -> dict[str, Any] | str | None:
    """The record the words name, by the longest of its names they say."""
    kinds = _REFERENCES[base]
    said = fold(words)
    if base == "sectors":
        longest = _sectors_said(words)
        for names in longest:
            for record in known:
                if record.kind == "sectors" and any(
                    fold(n) == fold(name) for n in record.names for name in names
                ):
                    return {"sector": record.ref, "primary": False}
        if longest:
            return None  # a sector no record of the review or the database is
    best: tuple[int, Known] | None = None
    for record in known:
        if record.kind not in kinds:
            continue
        for name in record.names:
            folded_name = fold(name).strip()
            if (
                len(folded_name) >= 2
                and (best is None or len(folded_name) > best[0])
                and folded_name in said  # before the pattern: a database has many names
                and re.search(rf"\b{re.escape(folded_name)}\b", said)
            ):
                best = (len(folded_name), record)
    if best is None:
        # the one plant (agreement) the review knows, said by its noun: "the plant"
        only = [k for k in known if k.kind in kinds]
        if base not in ("projects", "agreements") or len(only) != 1:
            return None
        best = (0, only[0])
    record = best[1]
    if base == "parties":
        side = "person" if record.kind == "people" else "org"
        return {side: record.ref, "role": "partner"}
    if base == "sectors":
        return {"sector": record.ref, "primary": False}
    if base in ("projects", "agreements"):
        return record.ref
    return record.ref
