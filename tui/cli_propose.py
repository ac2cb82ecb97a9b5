"""``bilat propose SOURCE_ID``: what a stored source states, as proposals to review (one
JSON object a line with ``--format json``); and how ``add-source`` reads an article saved
as HTML or Markdown. Nothing is written here: the review screen accepts proposals."""

from __future__ import annotations

import argparse
import sys
from typing import Any

import orjson

from bilat.store import BilatError, Store, UsageError, title_of
from bilat.store.kinds import SPECS
from bilat.store.text import json_printable, printable, shortened


def add_parser(commands: Any) -> None:
    propose = commands.add_parser(
        "propose", help="propose the records and claims a stored source states, to review"
    )
    propose.add_argument("source", metavar="SOURCE_ID", help="a source's id (src-…)")
    propose.add_argument("--format", choices=("text", "json"), default="text")
    propose.add_argument(
        "--min-confidence",
        type=_chance,
        default=0.0,
        metavar="P",
        help="only the proposals whose confidence (the chance the analyst keeps one) is at least P",
    )


def cmd_propose(store: Store, args: argparse.Namespace) -> int:
    from bilat.store.extract import propose  # the rules and lexicons load only here
    from bilat.store.extract.shown import value_text

    snapshot = store.snapshot()
    source = snapshot.tables["sources"].get(args.source)
    if source is None:
        kind = args.source[:4]
        if kind != "src-":
            raise UsageError(f"{args.source!r} is not a source id (they start with src-)")
        raise BilatError(f"no source {args.source} in {store.location}")
    # the confidence as printed (two decimals), so that 0.70 shown is 0.70 kept
    proposals = [
        p for p in propose(source, snapshot) if round(p.confidence, 2) >= args.min_confidence
    ]
    if args.format == "json":
        out = b"".join(
            json_printable(orjson.dumps(p.to_json(), option=orjson.OPT_APPEND_NEWLINE))
            for p in proposals
        )
        sys.stdout.write(out.decode())
        return 0
    new_names = {p.new.key: p.new.name for p in proposals if p.new is not None}

    def name_of(ref: str) -> str:
        if ref in new_names:
            return f"{new_names[ref]} ({ref})"
        found = snapshot.find(ref)
        return title_of(found) if found is not None else ref

    group = None
    for proposal in proposals:
        if proposal.group != group:
            group = proposal.group
            if proposal.new is not None:
                noun = SPECS[proposal.new.kind].noun
                header = f"new {noun} ({proposal.new.key}): {proposal.new.name}"
            else:
                header = f"{name_of(proposal.group)} ({proposal.group})"
            sys.stdout.write(printable(header) + "\n")
        value = value_text(proposal, name_of)
        line = (
            f"  {proposal.field}: {shortened(value, 70)}  «{shortened(proposal.quote, 60)}»"
            f" {proposal.confidence:.2f}"
        )
        if proposal.conflicts:
            line += f"  CONFLICT with {', '.join(proposal.conflicts)}"
        sys.stdout.write(printable(line) + "\n")
    print(f"bilat: {len(proposals)} proposals from {source.id}", file=sys.stderr)
    return 0


def _chance(text: str) -> float:
    """A confidence between 0 and 1, or argparse's one-line error."""
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number between 0 and 1")
    return value
