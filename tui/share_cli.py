"""``bilat brief``, the view and CSV exports, and ``bilat serve``: what an analyst hands on.

Kept apart from ``cli.py``, which parses the arguments and calls these."""

from __future__ import annotations

import argparse
import datetime as dt
import ipaddress
import secrets
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bilat.engine import Session
from bilat.store import Store, UsageError, parse_filter
from bilat.store.brief import build_brief, to_html, to_markdown
from bilat.store.bundle import dump_bundle
from bilat.store.files import atomic_file
from bilat.store.tables import csv_tables, write_tables
from bilat.store.text import printable
from bilat.store.view_export import view_bundle, with_references

VIEW_KINDS = ("projects", "agreements")


def add_parsers(commands: Any) -> None:
    """The ``brief`` and ``serve`` commands (``export``'s options are added by
    ``add_export_options``)."""
    brief = commands.add_parser(
        "brief", help="a brief of the projects and agreements in view, every figure footnoted"
    )
    brief.add_argument("--search", default="", metavar="FILTER", help="which records (a filter)")
    brief.add_argument("--format", choices=("md", "html"), default="md")
    brief.add_argument("-o", "--output", metavar="FILE", help="write to FILE (default: stdout)")

    serve = commands.add_parser("serve", help="open the explorer in a web browser")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1: this machine only; any other "
        "needs --allow-remote)",
    )
    serve.add_argument(
        "--allow-remote",
        action="store_true",
        help="let other machines reach it (anyone with the printed URL can read and edit)",
    )


def add_export_options(export: argparse.ArgumentParser) -> None:
    export.add_argument(
        "--search",
        default=None,
        metavar="FILTER",
        help="export the projects and agreements of a view, with what they refer to "
        "(importable into an empty database)",
    )


def view_of(store: Store, search: str) -> dict[str, Any]:
    """What an export says of its view: the filter, when, and from which database."""
    return {
        "filter": search,
        "made": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "database": store.location,
    }


def _shown(store: Store, search: str) -> tuple[Any, dict[str, list[str]]]:
    flt = parse_filter(search)
    snapshot = Session(store).for_reading(words=bool(flt.words))
    return snapshot, {kind: snapshot.select_ids(kind, flt) for kind in VIEW_KINDS}


def cmd_brief(store: Store, args: argparse.Namespace) -> int:
    snapshot, shown = _shown(store, args.search)
    view = view_of(store, args.search)
    brief = build_brief(snapshot, shown, view=args.search, made=view["made"])
    text = to_html(brief) if args.format == "html" else to_markdown(brief)
    if args.output:
        path = write_file(Path(args.output), text.encode("utf-8"), "brief")
        print(f"bilat: wrote the brief to {path}", file=sys.stderr)
    else:
        sys.stdout.write("\n".join(printable(line) for line in text.split("\n")))
    return 0


def cmd_view_export(store: Store, args: argparse.Namespace) -> int:
    """``export --search`` (JSON: the view and what it needs) or ``export --format csv``."""
    search = args.search or ""
    snapshot, shown = _shown(store, search)
    view = view_of(store, search)
    if args.format == "csv":
        if not args.output:
            raise UsageError("--format csv writes several tables: name a folder with -o DIR")
        if args.search is None:
            records = {kind: list(snapshot.tables[kind].values()) for kind in snapshot.tables}
        else:
            records = with_references(snapshot, (i for ids in shown.values() for i in ids))
        folder = Path(args.output).absolute()
        written = write_tables(folder, csv_tables(snapshot, records), view)
        print(f"bilat: exported {len(written)} files to {folder}", file=sys.stderr)
        return 0
    payload = dump_bundle(view_bundle(snapshot, shown, view))
    if not args.output:
        from bilat.store.text import json_printable

        sys.stdout.buffer.write(json_printable(payload))
        sys.stdout.flush()
        return 0
    path = write_file(Path(args.output), payload, "export")
    print(f"bilat: exported to {path}", file=sys.stderr)
    return 0


def write_file(target: Path, payload: bytes, what: str) -> Path:
    """``payload`` into ``target`` whole (a temporary file renamed in); its full path."""
    target = target.absolute()
    if not target.parent.is_dir():
        problem = "is not a folder" if target.parent.exists() else "does not exist"
        raise UsageError(f"cannot write {target}: folder {target.parent} {problem}")
    with atomic_file(target, what=what) as handle:
        handle.write(payload)
    return target


# -- serve -------------------------------------------------------------------------


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def cmd_serve(args: argparse.Namespace, db: str | None) -> int:
    """The explorer in a browser (textual-serve): one explorer per browser tab, each its
    own process on the same database. The URL carries a secret token: without it the
    server answers nothing (other accounts on a shared machine reach 127.0.0.1 too)."""
    if not is_loopback(args.host) and not args.allow_remote:
        raise UsageError(
            f"--host {args.host} lets other machines open the explorer and edit the "
            "database; add --allow-remote if that is what you want"
        )
    from .serve import serve

    token = secrets.token_urlsafe(24)
    command = explorer_command(db)
    if not is_loopback(args.host):
        print(
            f"bilat: warning: serving on {args.host}: anyone who has the URL below can read "
            "and edit the database, over plain HTTP; keep the URL secret",
            file=sys.stderr,
        )
    serve(command, host=args.host, port=args.port, token=token)
    return 0


def explorer_command(db: str | None, python: Sequence[str] = (sys.executable,)) -> str:
    """The shell command that runs one explorer for the browser."""
    argv = [*python, "-m", "bilat"]
    if db:
        argv += ["--db", str(Path(db).absolute()) if "://" not in db else db]
    argv += ["explore", "--web"]
    return shlex.join(argv)
