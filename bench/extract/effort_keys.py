"""The analyst's work of ``effort.py`` counted in keys, not operations: what the claim
dialog's offered field (``selection.lacking``), ``F3`` (``selection.said_in``) and the value
read from the quote (``selection.read_selection``) save, with the reader's proposals and
without them.

Each claim still missing is added as the dialogs take it, their keys as bound
(``tui/screens/review_claim.py``):

- ``c`` opens the claim dialog (``+`` the record dialog for a record not proposed, its kind
  picked when it is not a project, its name the first claim added);
- the field: none if the dialog offers the claim's field first (the field the record lacks,
  else the highlighted proposal's: the claim last added); else the select set to it. Of a
  record's missing claims the analyst adds first the one of the field offered, if any, else
  the first the text says;
- the quote: the fewer keys of ``F3`` presses from where the record is said (the last
  claim added, as the review highlights it) to a place that overlaps the gold's quote, or
  the search: the quote's first words typed until the first match from there is the quote's
  (letters and spaces), ``enter``, then ``w`` for each word more;
- the value: none if read right; else ``tab`` and the edits (Levenshtein distance) that turn
  the JSON read into the gold's, typed whole where nothing was read;
- ``F10`` adds it.

With the reader, each proposal is one key (``a`` accepts, ``down`` passes over) and each
record put right with ``n`` or ``m`` two (the key and its ``enter``; a typed name is not
counted). The keys of reading the article are not counted, nor the moves between records.

    .venv/bin/python bench/extract/effort_keys.py [--part=check|tune] [--arrows]

(``--arrows``: the field and kind selects walked with the arrows, as before they took
type-ahead.)
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from rapidfuzz.distance import Levenshtein

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from effort import _gold_records, about, first_reads  # noqa: E402
from score import _subject_matches, named_by_analyst, same_value, score  # noqa: E402

from bilat.store.claim_values import claimable_fields  # noqa: E402
from bilat.store.extract.proposal import ClaimValueError, typed_value  # noqa: E402
from bilat.store.extract.selection import lacking, read_selection, said_in  # noqa: E402
from bilat.store.kinds import DATE_KEY  # noqa: E402
from bilat.store.models import DateValue  # noqa: E402
from bilat.store.sources import publication_date  # noqa: E402
from bilat.store.text import find_quote, find_words, fold  # noqa: E402
from bilat.tui.widgets.type_ahead import best_match  # noqa: E402

# The record dialog's kinds, in its select's order (review_claim.NEW_KINDS).
_KINDS = ("projects", "agreements", "orgs", "people", "sectors")
# The curator's own fields, which no dialog offers (review_claim._NOT_FROM_TEXT).
_NOT_FROM_TEXT = frozenset({"notes", "flags"})


def fields_of(kind: str) -> list[str]:
    """The claim dialog's fields for a record of ``kind``, in its select's order."""
    fields: list[str] = []
    for name in claimable_fields(kind):
        if name in _NOT_FROM_TEXT:
            continue
        fields += [f"dates.{k}" for k in DATE_KEY.values] if name == "dates" else [name]
    return fields


def _select_keys(options: list[str], offered: str, wanted: str) -> int:
    """Keys to set a select from ``offered`` to ``wanted`` and come back to the search:
    ``shift+tab``, the fewest first letters of a word of its label that type-ahead picks it
    by (``tui/widgets/type_ahead.py``), ``tab``; with ``--arrows``, the select opened and
    walked (``shift+tab``, ``enter``, an arrow an option between, ``enter``, ``tab``)."""
    if offered == wanted or wanted not in options:
        return 0
    index = options.index(wanted)
    walked = 4 + abs(index - options.index(offered))
    if "--arrows" in sys.argv:
        return walked
    labels = [fold(option) for option in options]
    typed = [
        n
        for word in re.split(r"[^a-z0-9]+", labels[index])
        for n in range(1, len(word) + 1)
        if best_match(labels, word[:n]) == index
    ]
    return 2 + min(typed) if typed else walked


def _f3_presses(spans: list[tuple[int, int]], at: int, quote: tuple[int, int]) -> int | None:
    """``F3`` presses from an empty selection at ``at`` to a place overlapping ``quote``
    (the dialog's ``action_step``: the next place after the selection, then from the start)."""
    if not spans:
        return None
    first = next((i for i, (a, _) in enumerate(spans) if a >= at), 0)
    for presses in range(len(spans)):
        a, b = spans[(first + presses) % len(spans)]
        if a < quote[1] and quote[0] < b:
            return presses + 1
    return None


def _search_keys(text: str, at: int, quote: tuple[int, int]) -> int:
    """Keys to select ``quote`` by the search: its first words typed until the first match
    from ``at`` is the quote's, ``enter``, ``w`` for each word more."""
    words = text[quote[0] : quote[1]].split()
    for n in range(1, len(words) + 1):
        phrase = " ".join(words[:n])
        found = find_words(phrase, text, at)
        if found is not None and found[0] == quote[0]:
            return len(phrase) + 1 + (len(words) - n)
    return len(" ".join(words)) + 1


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _shown(kind: str, field: str, value: Any) -> str:
    """``value`` as the dialog shows it to edit: typed as a claim stores it, where it can be."""
    try:
        typed = typed_value(kind, field, value)
    except (ClaimValueError, TypeError, ValueError):
        return _json(value)
    import msgspec

    return _json(msgspec.to_builtins(typed))


class Article:
    """One first read: its text, gold and what the review knows of its records."""

    def __init__(self, text: str, gold: dict[str, Any]) -> None:
        self.text = text
        self.gold = gold
        self.claims: list[dict[str, Any]] = gold["claims"]
        self.lang = gold["lang"]
        self.published: DateValue | None = (
            publication_date(gold["published"]) if gold.get("published") else None
        )
        self.known, self.names = _gold_records(self.claims)

    def name_of(self, ref: str) -> str:
        return "|".join(self.names.get(ref, [ref]))

    def said(self, kind: str, field: str, subject: dict[str, Any]) -> list[tuple[int, int]]:
        return said_in(
            self.text,
            kind,
            field,
            published=self.published,
            known=self.known,
            about=about(self.claims, subject),
            lang=self.lang,
        )

    def read(self, claim: dict[str, Any], span: tuple[int, int]) -> Any:
        return read_selection(
            self.text,
            span[0],
            span[1],
            claim["subject"]["kind"],
            claim["field"],
            lang=self.lang,
            published=self.published,
            known=self.known,
            about=about(self.claims, claim["subject"]),
        )


def _adding(
    article: Article,
    missing: list[dict[str, Any]],
    proposed: dict[tuple[str, str], list[dict[str, Any]]],
) -> Counter[str]:
    """The keys of adding ``missing``, record by record; ``proposed`` holds each record's
    proposals the review shows (none for a record the reader did not propose)."""
    keys: Counter[str] = Counter()
    by_record: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for claim in missing:
        by_record.setdefault((claim["subject"]["kind"], claim["subject"]["name"]), []).append(claim)
    text = article.text
    for (kind, _name), claims in by_record.items():
        located = [(c, find_quote(c["quote"], text)) for c in claims]
        left = sorted(
            [(c, q) for c, q in located if q is not None], key=lambda cq: cq[1][0] if cq[1] else 0
        )
        keys["quotes not in the text"] += len(located) - len(left)
        shown = proposed.get((kind, _name), [])
        quoted: dict[str, list[tuple[int, int]]] = {}
        for p in shown:
            quoted.setdefault(p["field"], []).append((p["start"], p["end"]))
        at = min((p["start"] for p in shown), default=0)
        # the proposal highlighted: the record's first, then the claim last added
        highlighted = min(shown, key=lambda p: p["start"])["field"] if shown else "name"
        fields = fields_of(kind)
        if not shown:
            # "+": the record's kind, then its name (or its first claim the text says)
            first = next(
                ((c, q) for c, q in left if c["field"] in ("name", "title")),
                left[0] if left else None,
            )
            if first is None:
                continue
            left.remove(first)
            keys["dialog (c, +, F10)"] += 2
            keys["field or kind"] += _select_keys(list(_KINDS), "projects", kind)
            at = _quote_and_value(article, first[0], first[1], at, keys)
            quoted.setdefault(first[0]["field"], []).append(first[1])
            highlighted = first[0]["field"]
        while left:
            offered = lacking(
                text,
                kind,
                fields,
                quoted,
                published=article.published,
                known=article.known,
                about=about(article.claims, left[0][0]["subject"]),
            ) or (highlighted if highlighted in fields else fields[0])
            pick = next(((c, q) for c, q in left if c["field"] == offered), left[0])
            left.remove(pick)
            keys["dialog (c, +, F10)"] += 2
            keys["field or kind"] += _select_keys(fields, offered, pick[0]["field"])
            keys["fields offered first"] += pick[0]["field"] == offered
            keys["claims added with c"] += 1
            at = _quote_and_value(article, pick[0], pick[1], at, keys)
            quoted.setdefault(pick[0]["field"], []).append(pick[1])
            highlighted = pick[0]["field"]
    return keys


def _quote_and_value(
    article: Article,
    claim: dict[str, Any],
    span: tuple[int, int],
    at: int,
    keys: Counter[str],
) -> int:
    """Count the keys of selecting ``claim``'s quote from ``at`` and setting its value;
    where the review's highlight is then (the added claim)."""
    kind, field = claim["subject"]["kind"], claim["field"]
    presses = _f3_presses(article.said(kind, field, claim["subject"]), at, span)
    typed = _search_keys(article.text, at, span)
    if presses is not None and presses <= typed:
        keys["quote: F3"] += presses
        keys["quotes selected with F3"] += 1
    else:
        keys["quote: search and w"] += typed
    read = article.read(claim, span)
    if read is None or not same_value(field, read, claim["value"], article.name_of):
        wanted = _shown(kind, field, claim["value"])
        start = "" if read is None else _json(read)
        keys["value: tab and edits"] += 1 + Levenshtein.distance(start, wanted)
        keys["values typed"] += 1
    return span[0]


def with_reader(article: Article, proposals: list[dict[str, Any]]) -> Counter[str]:
    named, fixed = named_by_analyst(article.text, proposals, article.claims)
    keys: Counter[str] = Counter({"records put right (n, m)": 2 * fixed})
    errors: list[tuple[str, str, dict[str, Any]]] = []
    score(article.text, named, article.claims, errors=errors)
    keys["proposals decided (a, down)"] = len(named)
    missing = [claim for _, how, claim in errors if how == "missed"]
    renamed = {
        (after["new"]["kind"], after["new"]["name"])
        for before, after in zip(proposals, named, strict=True)
        if before["new"] and before["new"]["name"] != after["new"]["name"]
    }
    missing = [
        c
        for c in missing
        if not (
            c["field"] in ("name", "title")
            and (c["subject"]["kind"], c["subject"]["name"]) in renamed
        )
    ]
    proposed: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for wanted in {(c["subject"]["kind"], c["subject"]["name"]) for c in article.claims}:
        proposed[wanted] = [
            p
            for p in named
            if p["new"]
            and p["new"]["kind"] == wanted[0]
            and _subject_matches(p["new"]["name"], p, named, wanted[1])
        ]
    keys.update(_adding(article, missing, proposed))
    return keys


def from_scratch(article: Article) -> Counter[str]:
    return _adding(article, article.claims, {})


ROWS = (
    "proposals decided (a, down)",
    "records put right (n, m)",
    "dialog (c, +, F10)",
    "field or kind",
    "quote: F3",
    "quote: search and w",
    "value: tab and edits",
)


def main() -> None:
    reader: Counter[str] = Counter()
    scratch: Counter[str] = Counter()
    articles = 0
    for text, gold, proposals in first_reads():
        article = Article(text, gold)
        reader.update(with_reader(article, proposals))
        scratch.update(from_scratch(article))
        articles += 1
    print(f"{articles} first-read articles: the keys to reach the gold")
    print(f"  {'':30} {'with the reader':>16} {'from scratch':>14}")
    for row in ROWS:
        print(f"  {row:30} {reader[row]:16,} {scratch[row]:14,}")
    total_r, total_s = sum(reader[r] for r in ROWS), sum(scratch[r] for r in ROWS)
    print(f"  {'all keys':30} {total_r:16,} {total_s:14,}")
    each = max(articles, 1)
    print(f"  {'per article':30} {total_r / each:16,.0f} {total_s / each:14,.0f}")
    for row in (
        "claims added with c",
        "fields offered first",
        "quotes selected with F3",
        "values typed",
        "quotes not in the text",
    ):
        print(f"  {row:30} {reader[row]:16,} {scratch[row]:14,}")


if __name__ == "__main__":
    main()
