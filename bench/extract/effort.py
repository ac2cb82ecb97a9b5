"""The analyst's work to bring an article to its gold in the review screen, with the
reader's proposals and without them, counted in the review's own operations.

For each article of the first reads (``first_read/``: the proposals of text the reader
had never been tuned on), the analyst:

- puts the records right (``n`` names one, ``m`` files it under another), as
  ``score.named_by_analyst`` does: one operation per record; a record named with ``n``
  takes the name as its name claim;
- decides each proposal: accepts the ones that match a gold claim, passes over the rest
  (one key each, since each is read);
- adds each gold claim still missing, its quote selected: ``+`` first for a record the
  reader did not propose (its name is one of its claims), ``c`` for the others. The
  value is then either read right from the selected words (``store.extract.selection``:
  the analyst checks it) or typed; the quote is counted as one ``F3`` reaches where it
  overlaps a place ``selection.said_in`` finds for the field.

Without the reader, every record is added with ``+`` and every other claim with ``c``,
the values read from the selection the same way. The typed values are the slow part.

    .venv/bin/python bench/extract/effort.py                # every first read
    .venv/bin/python bench/extract/effort.py --part=check   # rounds nineteen on
    .venv/bin/python bench/extract/effort.py --part=tune    # the earlier rounds
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from score import KINDS, _subject_matches, kind_of, named_by_analyst, same_value, score  # noqa: E402

from bilat.store.extract.selection import About, Known, read_selection, said_in  # noqa: E402
from bilat.store.sources import publication_date  # noqa: E402
from bilat.store.text import find_quote  # noqa: E402

_NAMES = ("name", "title")


def _gold_records(gold: list[dict[str, Any]]) -> tuple[list[Known], dict[str, list[str]]]:
    """The gold's records as the review knows them once the analyst has put them right
    (``n``, ``m``) or added them (``+``): by the analyst's names. The records the reader
    named otherwise are counted apart, by ``n`` and ``m``; the values read here do not
    gain or lose by them."""
    subjects = sorted({(c["subject"]["kind"], c["subject"]["name"]) for c in gold})
    # a record is known by its acronym and aliases too, as a proposed one by the names it
    # was said by ("JIFCO" for the Jordan India Fertilizer Company)
    said: dict[tuple[str, str], list[str]] = {}
    for c in gold:
        if c["field"] == "acronym" and isinstance(c["value"], str):
            said.setdefault((c["subject"]["kind"], c["subject"]["name"]), []).append(c["value"])
        elif c["field"] == "aliases" and isinstance(c["value"], dict):
            said.setdefault((c["subject"]["kind"], c["subject"]["name"]), []).extend(
                str(v) for v in c["value"].values()
            )
    known = [Known(name, kind, (name, *said.get((kind, name), []))) for kind, name in subjects]
    return known, {name: [name] for _, name in subjects}


def about(claims: list[dict[str, Any]], subject: dict[str, Any]) -> About:
    """What the review knows of the record once the analyst has put it right: its name
    (the gold's) and the country of its location, if the gold places it."""
    located = next(
        (
            c["value"].get("country")
            for c in claims
            if c["subject"] == subject and c["field"] == "location"
        ),
        None,
    )
    return About((subject["name"],), located)


def _adding(
    text: str,
    claims: list[dict[str, Any]],
    has_record: Any,
    gold: dict[str, Any],
    known: list[Known],
    names: dict[str, list[str]],
) -> Counter[str]:
    """What adding ``claims`` takes: records added (``+``), claims added (``c``) with the
    value read right or typed."""
    published = publication_date(gold["published"]) if gold.get("published") else None

    def name_of(ref: str) -> str:
        return "|".join(names.get(ref, [ref]))

    work: Counter[str] = Counter()
    added: set[tuple[str, str]] = set()
    for claim in claims:
        subject = (claim["subject"]["kind"], claim["subject"]["name"])
        if not has_record(claim) and subject not in added:
            added.add(subject)
            work["records added (+)"] += 1  # its name is one of the claims added
        found = find_quote(claim["quote"], text)
        value = None
        if found is not None:
            value = read_selection(
                text,
                found[0],
                found[1],
                claim["subject"]["kind"],
                claim["field"],
                lang=gold["lang"],
                published=published,
                known=known,
                about=about(gold["claims"], claim["subject"]),
            )
        right = value is not None and same_value(claim["field"], value, claim["value"], name_of)
        work["claims added, value read" if right else "claims added, value typed"] += 1
        spans = said_in(
            text,
            claim["subject"]["kind"],
            claim["field"],
            published=published,
            known=known,
            about=about(gold["claims"], claim["subject"]),
            lang=gold["lang"],
        )
        if found is not None and any(a < found[1] and found[0] < b for a, b in spans):
            work["quotes F3 reaches"] += 1
        kind = kind_of(claim["subject"]["kind"], claim["field"])
        work[f"{kind}: read" if right else f"{kind}: typed"] += 1
    return work


def _with_reader(text: str, proposals: list[dict[str, Any]], gold: dict[str, Any]) -> Counter[str]:
    claims: list[dict[str, Any]] = gold["claims"]
    named, fixed = named_by_analyst(text, proposals, claims)
    work: Counter[str] = Counter({"records named or filed (n, m)": fixed})
    errors: list[tuple[str, str, dict[str, Any]]] = []
    matched: set[int] = set()
    score(text, named, claims, errors=errors, matched=matched)
    work["proposals accepted (a)"] = len(matched)
    work["proposals passed over"] = len(named) - len(matched)
    missed = [claim for _, how, claim in errors if how == "missed"]
    # a record named with n takes the name typed (or picked) as its name claim
    renamed = {
        (after["new"]["kind"], after["new"]["name"])
        for before, after in zip(proposals, named, strict=True)
        if before["new"] and before["new"]["name"] != after["new"]["name"]
    }
    named_by_n = [
        claim
        for claim in missed
        if claim["field"] in _NAMES
        and (claim["subject"]["kind"], claim["subject"]["name"]) in renamed
    ]
    work["names set with n"] = len(named_by_n)
    missed = [claim for claim in missed if claim not in named_by_n]
    # the records put right, and those added with +, are known by the analyst's names
    gold_known, gold_names = _gold_records(claims)

    def has_record(claim: dict[str, Any]) -> bool:
        wanted = claim["subject"]
        return any(
            p["new"]
            and p["new"]["kind"] == wanted["kind"]
            and _subject_matches(p["new"]["name"], p, named, wanted["name"])
            for p in named
        )

    work.update(_adding(text, missed, has_record, gold, gold_known, gold_names))
    return work


def _from_scratch(text: str, gold: dict[str, Any]) -> Counter[str]:
    known, names = _gold_records(gold["claims"])
    return _adding(text, gold["claims"], lambda claim: False, gold, known, names)


# The first reads of the last four rounds: kept apart from what the selection's reading
# was written from (``--part=check``); the earlier rounds' are ``--part=tune``.
CHECK_ROUNDS = ("round nineteen", "round twenty,", "round twenty-one", "round twenty-two")


def _in_part(set_name: str) -> bool:
    part = next((a[7:] for a in sys.argv if a.startswith("--part=")), "all")
    return part == "all" or (part == "check") == set_name.startswith(CHECK_ROUNDS)


def first_reads() -> Iterator[tuple[str, dict[str, Any], list[dict[str, Any]]]]:
    """Each first read of the part ``--part`` names: its text, its gold and what the
    reader proposed of it then."""
    for path in sorted((HERE / "first_read").glob("*.json")):
        reading = json.loads(path.read_text("utf-8"))
        if not _in_part(reading["set"]):
            continue
        name = reading["article"]
        text = (HERE / "articles" / f"{name}.txt").read_text("utf-8")
        gold = json.loads((HERE / "articles" / f"{name}.json").read_text("utf-8"))
        yield text, gold, reading["proposals"]


def main() -> None:
    reader: Counter[str] = Counter()
    scratch: Counter[str] = Counter()
    articles = 0
    for text, gold, proposals in first_reads():
        reader.update(_with_reader(text, proposals, gold))
        scratch.update(_from_scratch(text, gold))
        articles += 1
    rows = (
        "records named or filed (n, m)",
        "names set with n",
        "proposals accepted (a)",
        "proposals passed over",
        "records added (+)",
        "claims added, value read",
        "claims added, value typed",
    )
    print(f"{articles} first-read articles: the review's operations to reach the gold")
    print(f"  {'':34} {'with the reader':>16} {'from scratch':>14}")
    for row in rows:
        print(f"  {row:34} {reader[row]:16,} {scratch[row]:14,}")
    added = ("claims added, value read", "claims added, value typed")
    with_selecting = sum(reader[r] for r in added)
    without = sum(scratch[r] for r in added)
    print(f"  {'quotes selected':34} {with_selecting:16,} {without:14,}")
    reach = "  of which F3 reaches (a said value)"
    print(f"{reach:36} {reader['quotes F3 reaches']:16,} {scratch['quotes F3 reaches']:14,}")
    keys = reader["records named or filed (n, m)"] + reader["proposals accepted (a)"]
    keys += reader["proposals passed over"] + reader["records added (+)"]
    print(f"  {'one-key decisions and records':34} {keys:16,} {scratch['records added (+)']:14,}")
    print("\nthe value read from the selected quote, every gold claim (from scratch), by kind")
    for kind in KINDS:
        read, typed = scratch[f"{kind}: read"], scratch[f"{kind}: typed"]
        if read + typed:
            print(f"  {kind:8} {read + typed:6,} claims, {read / (read + typed):4.0%} read right")


if __name__ == "__main__":
    main()
