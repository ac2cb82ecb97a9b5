"""What the analyst gets by selecting the quote of a claim the reader missed, in the
review's "claim from the text" (c): for each gold claim of the first reads
(``first_read/``, text the reader had never been tuned on) that no proposal matched, its
quote (the first place the article says it) is read by ``store.extract.selection`` for
the claim's field, the records it may refer to being the ones the reader proposed; the
value read is then right (as ``score.same_value`` judges it), wrong, or none (the
analyst types it). Per kind, and for the claims whose record the reader proposed under
the gold's name (the analyst adds to it in place) apart.

    .venv/bin/python bench/extract/selected.py
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from score import KINDS, _subject_matches, kind_of, same_value, score  # noqa: E402

from bilat.store.extract.selection import Known, read_selection  # noqa: E402
from bilat.store.sources import publication_date  # noqa: E402
from bilat.store.text import find_quote  # noqa: E402


def _records(proposals: list[dict[str, Any]]) -> tuple[list[Known], dict[str, list[str]]]:
    names: dict[str, list[str]] = {}
    kinds: dict[str, str] = {}
    for p in proposals:
        if p["new"]:
            key = p["new"]["key"]
            names.setdefault(key, [p["new"]["name"]])
            kinds[key] = p["new"]["kind"]
            if p["field"] in ("name", "title"):
                names[key] += [str(v) for v in p["value"].values() if v]
    return [Known(key, kinds[key], tuple(n)) for key, n in names.items()], names


def _has_subject(proposals: list[dict[str, Any]], claim: dict[str, Any]) -> bool:
    wanted = claim["subject"]
    return any(
        p["new"]
        and p["new"]["kind"] == wanted["kind"]
        and _subject_matches(p["new"]["name"], p, proposals, wanted["name"])
        for p in proposals
    )


def main() -> None:
    # per kind: [missed, read right, read wrong, read none], all and with the subject held
    table: dict[str, dict[str, list[int]]] = {
        part: defaultdict(lambda: [0, 0, 0, 0]) for part in ("all", "subject")
    }
    for path in sorted((HERE / "first_read").glob("*.json")):
        reading = json.loads(path.read_text("utf-8"))
        name = reading["article"]
        text = (HERE / "articles" / f"{name}.txt").read_text("utf-8")
        gold = json.loads((HERE / "articles" / f"{name}.json").read_text("utf-8"))
        published = publication_date(gold["published"]) if gold.get("published") else None
        proposals: list[dict[str, Any]] = reading["proposals"]
        errors: list[tuple[str, str, dict[str, Any]]] = []
        score(text, proposals, gold["claims"], errors=errors)
        known, names = _records(proposals)

        def name_of(ref: str, names: dict[str, list[str]] = names) -> str:
            return "|".join(names.get(ref, [ref]))

        for _, how, claim in errors:
            if how != "missed":
                continue
            found = find_quote(claim["quote"], text)
            if found is None:
                continue
            kind = kind_of(claim["subject"]["kind"], claim["field"])
            value = read_selection(
                text,
                found[0],
                found[1],
                claim["subject"]["kind"],
                claim["field"],
                lang=gold["lang"],
                published=published,
                known=known,
            )
            if value is None:
                column = 3
            elif same_value(claim["field"], value, claim["value"], name_of):
                column = 1
            else:
                column = 2
            parts = ["all"] + (["subject"] if _has_subject(proposals, claim) else [])
            for part in parts:
                for row in (kind, "overall"):
                    table[part][row][0] += 1
                    table[part][row][column] += 1
    for part, title in (
        ("all", "every claim the reader missed"),
        ("subject", "those whose record the reader proposed (named as the gold names it)"),
    ):
        print(f"\n{title}")
        print(f"  {'kind':8} {'missed':>7} {'right':>7} {'wrong':>7} {'none':>7}")
        for row in (*KINDS, "overall"):
            missed, right, wrong, none = table[part][row]
            if missed:
                print(
                    f"  {row:8} {missed:7} {right / missed:7.0%} {wrong / missed:7.0%}"
                    f" {none / missed:7.0%}"
                )


if __name__ == "__main__":
    main()
