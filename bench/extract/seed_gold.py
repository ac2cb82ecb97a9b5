"""Writes articles/seed-866b44c0.json, the gold file of the seed article, from the claims
the curator recorded in seeds/records: each subject and reference by its French name; the
values the curator made rather than read left out (notes, statements, prospects, flags,
the English translations, a name or a status the claim's note gives as the curator's, a
name derived from a title, and what rests on it).
Run again after a change to seeds/records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "seeds" / "records"
CURATORS = {"notes", "statements", "prospects", "flags"}


def curated(claim: dict[str, Any]) -> bool:
    """True if the claim's value is the curator's, not the article's."""
    note = claim.get("note") or ""
    if claim["field"] in CURATORS:
        return True
    if claim["field"] == "status" and claim["value"] == "unknown":
        return True  # "The article gives no stage"
    if claim["field"] in ("name", "title") and "derived from" in note:
        return True  # a ministry's name made from its minister's title: not the article's
    return claim["field"] in ("name", "title") and "made by the curator" in note


def main() -> None:
    records: dict[str, dict[str, Any]] = {}
    claims: list[dict[str, Any]] = []
    for path in sorted(RECORDS.glob("*.json")):
        for kind, items in json.loads(path.read_text("utf-8")).items():
            if kind == "schema":
                continue
            for item in items:
                item["_kind"] = kind
                records[item["id"]] = item
    source = next(r for r in records.values() if r["_kind"] == "sources")

    def name(ident: str) -> str:
        record = records[ident]
        text = record.get("name") or record.get("title") or {}
        title = text.get("fr") or text.get("en") or ident
        # The curator's bracket is not the article's (the heavy-industry partnership).
        return title.split(" (deux complexes")[0]

    # Quotes where a name was derived, not read: what else they are the quote of (the
    # derived organisation's head) is the curator's reading too.
    derived = {
        r["quote"]
        for r in records.values()
        if r["_kind"] == "claims" and r["field"] == "name" and curated(r)
    }
    for record in records.values():
        if record["_kind"] != "claims" or curated(record):
            continue
        if record["field"] == "head" and any(q in record["quote"] for q in derived):
            continue
        value = record["value"]
        field = record["field"]
        base = field.split(".")[0]
        if base in ("name", "title"):
            if "fr" not in value:
                continue
            value = {"fr": value["fr"].split(" (deux complexes")[0]}
        elif base == "parties":
            value = {"org": name(value["org"])}
        elif base == "sectors":
            value = {"sector": name(value["sector"] if isinstance(value, dict) else value)}
        elif base in ("projects", "agreements"):
            value = name(value)
        elif base == "roles":
            read = value.get("org") and "curator's reading" not in (record.get("note") or "")
            value = {"title": value["title"], "org": name(value["org"]) if read else None}
        elif base == "components":
            value = {"name": {"fr": value["name"]["fr"]}}
        claims.append(
            {
                "subject": {
                    "kind": records[record["subject"]]["_kind"],
                    "name": name(record["subject"]),
                },
                "field": field,
                "value": value,
                "quote": record["quote"],
            }
        )
    gold = {
        "url": None,
        "published": None,
        "lang": source["lang"],
        "title": source["title"],
        "held_out": False,
        "about": "Made by bench/extract/seed_gold.py from the curator's claims in seeds/records.",
        "claims": claims,
    }
    out = Path(__file__).parent / "articles" / "seed-866b44c0.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", "utf-8")
    (out.with_suffix(".txt")).write_text(source["text"], "utf-8")


if __name__ == "__main__":
    main()
