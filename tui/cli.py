"""The ``bilat`` command: the explorer, and commands for people and scripts.

Exit codes: 0 ok, 1 data or validation error (or a bug), 2 usage error. Errors
are one line on stderr, a bug's too; ``--debug`` also shows the traceback. The
explorer (Textual) is imported only when it is opened, so scripted commands
start fast.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import os
import shlex
import signal
import sys
import traceback
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO, overload

import orjson

from bilat import __version__
from bilat.engine import Session
from bilat.store import (
    BilatError,
    DatabaseError,
    Filter,
    Store,
    UsageError,
    changelog,
    dump_bundle,
    parse_filter,
)
from bilat.store.bundle import SCHEMA, Incoming, to_export
from bilat.store.config import Config, config_path, load_config
from bilat.store.files import FileRefused, atomic_file, read_stream
from bilat.store.id_repair import repairable
from bilat.store.journal import Salvage
from bilat.store.kinds import SPECS
from bilat.store.locations import chosen_database, seed_files, shipped_history
from bilat.store.models import AGREEMENT_STATUSES, PROJECT_STATUSES
from bilat.store.present import COLUMNS, FieldView, describe, related
from bilat.store.sources import MAX_SOURCE_BYTES, build_source, decoded_text, read_source_file
from bilat.store.text import json_printable, printable, shortened

from . import share_cli
from .cli_propose import add_parser as add_propose_parser
from .cli_propose import cmd_propose
from .progress import TerminalProgress

# Every kind, in export order: each has its columns in its spec (store.kinds).
LIST_KINDS = tuple(SPECS)
# What ``--status`` takes, per kind (the others have no status).
STATUSES_OF = {"projects": PROJECT_STATUSES, "agreements": AGREEMENT_STATUSES}
# ``bilat list`` on a terminal: a column narrower than this is left out rather than
# squeezed (an id is never cut or broken).
MIN_COLUMN_WIDTH = 10


class ArgumentParser(argparse.ArgumentParser):
    """argparse that reports usage errors as one line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see `bilat --help`)")


def build_parser() -> ArgumentParser:
    parser = ArgumentParser(
        prog="bilat",
        description="Explore bilateral industrial cooperation: sectors, projects and "
        "agreements, every fact traced to its source sentence. Without a command, "
        "opens the explorer.",
    )
    parser.add_argument("--version", action="version", version=f"bilat {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="database file, or URL (file://…, or a scheme an installed backend opens) "
        "(default: $BILAT_DB, else a per-user file seeded on first use)",
    )
    parser.add_argument(
        "--config",
        metavar="PATH",
        help="settings file (TOML: theme, keys, column layouts, saved filters) "
        "(default: $BILAT_CONFIG, else config.toml in your config folder)",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    explore = commands.add_parser("explore", help="open the explorer (the default)")
    explore.add_argument("--read-only", action="store_true", help="open without editing")
    # Run by `bilat serve` for a browser: no terminal, the web driver draws.
    explore.add_argument("--web", action="store_true", help=argparse.SUPPRESS)

    lister = commands.add_parser(
        "list",
        help="list records of one kind",
        description="List the records of one kind: a table fitted to the terminal, "
        "tab-separated text when piped.",
    )
    lister.add_argument("kind", choices=LIST_KINDS)
    lister.add_argument(
        "--sector",
        action="append",
        default=[],
        metavar="S",
        help="in this sector (id or name, children included)",
    )
    lister.add_argument(
        "--status",
        action="append",
        default=[],
        metavar="S",
        help="with this status (or the start of one). projects: "
        + ", ".join(PROJECT_STATUSES)
        + ". agreements: "
        + ", ".join(AGREEMENT_STATUSES)
        + ". Other kinds have no status",
    )
    lister.add_argument(
        "--country", action="append", default=[], metavar="CC", help="two-letter code: DZ, RU"
    )
    lister.add_argument(
        "--org",
        action="append",
        default=[],
        metavar="ORG",
        help="with this organisation as a party (name, acronym or id)",
    )
    lister.add_argument(
        "--person", action="append", default=[], metavar="NAME", help="with this person as a party"
    )
    lister.add_argument(
        "--search",
        default="",
        metavar="TEXT",
        help="filter text, e.g. 'sector:pharma status:draft temouchent'",
    )
    lister.add_argument(
        "--saved",
        metavar="NAME",
        help="the filter saved as NAME (in the explorer, or in the config file's [filters])",
    )
    lister.add_argument("--format", choices=("table", "json", "csv"), default="table")

    show = commands.add_parser("show", help="every field of one record, with its claims")
    show.add_argument("id")
    show.add_argument("--format", choices=("text", "json"), default="text")

    export = commands.add_parser(
        "export", help="write the whole database (or a view) as JSON, or as CSV tables"
    )
    export.add_argument("--format", choices=("json", "csv"), default="json")
    export.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE (CSV: into the folder DIR)"
    )
    share_cli.add_export_options(export)
    export.add_argument(
        "--salvage",
        action="store_true",
        help="write only the records in the database's journal, even if its file is damaged "
        "(see `bilat check`)",
    )

    importer = commands.add_parser("import", help="import record files, all or nothing")
    importer.add_argument("files", nargs="+", metavar="FILE")

    copy = commands.add_parser(
        "copy",
        help="copy a whole database to another location, all or nothing (refused if it "
        "holds records, unless --replace)",
    )
    copy.add_argument("source", metavar="FROM", help="database file or URL to copy")
    copy.add_argument("target", metavar="TO", help="database file or URL to write")
    copy.add_argument(
        "--replace",
        action="store_true",
        help="delete the records TO holds and put FROM's in their place",
    )

    merge = commands.add_parser(
        "merge",
        help="merge two records that are one: OTHER's claims, links and names move to KEEP, "
        "OTHER is removed",
    )
    merge.add_argument("keep", metavar="KEEP", help="id of the record that stays")
    merge.add_argument("other", metavar="OTHER", help="id of the record merged into it")

    history = commands.add_parser(
        "history", help="what changed, when and by whom: one record's, or since a date"
    )
    history.add_argument("id", nargs="?", help="a record id (default: every record)")
    history.add_argument("--since", metavar="DATE", help="changes from DATE on (2025-03-14)")
    history.add_argument("--format", choices=("text", "json"), default="text")

    commands.add_parser(
        "migrate",
        help="bring a server database's tables up to this bilat's schema (a file needs none)",
    )
    check = commands.add_parser("check", help="check records, references and quotes")
    check.add_argument(
        "--repair",
        action="store_true",
        help="first give records whose id ends in white space (which older versions "
        "accepted) that id without it, every reference following, in one write",
    )
    commands.add_parser("compact", help="fold the journal of recent writes into the database file")

    init = commands.add_parser(
        "init", help="create the database and load the bundled seeds (refused if it has records)"
    )
    how = init.add_mutually_exclusive_group()
    how.add_argument(
        "--reseed",
        action="store_true",
        help="add the bundled records the database lacks and take the bundle's corrections "
        "of those nobody edited; records edited here are kept",
    )
    how.add_argument(
        "--reset",
        action="store_true",
        help="delete every record and load the seeds again (asks for confirmation)",
    )
    init.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    add = commands.add_parser(
        "add-source", help="add a source document from a text, Markdown or saved HTML file"
    )
    add.add_argument("file", help="text, Markdown or saved web page (UTF-8), or - for stdin")
    add.add_argument("--title", help="(default: the page's title or the first heading)")
    add.add_argument("--id", help="source id (default: src- and the start of the text's sha256)")
    add.add_argument("--url")
    add.add_argument("--publisher")
    add.add_argument("--published", help="date as written: 2025-03-14, 2025-03, 'fin 2025'…")
    add.add_argument("--lang", help="language code, e.g. fr, en, ar, ru")
    add_propose_parser(commands)
    share_cli.add_parsers(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args: argparse.Namespace | None = None
    try:
        args = parser.parse_args(argv)
        return run(args)
    except BilatError as exc:
        if args is not None and args.debug:
            traceback.print_exc()
        print(f"bilat: error: {printable(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("bilat: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (| head): not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # a bug of bilat's: said in one line, the traceback on request
        if args is not None and args.debug:
            traceback.print_exc()
        print(
            f"bilat: internal error: {type(exc).__name__}: {printable(shortened(str(exc), 200))}"
            " (a bug; `bilat --debug …` shows where)",
            file=sys.stderr,
        )
        return 1


def run(args: argparse.Namespace) -> int:
    # A file-size limit must end a write with an error, not kill the process mid-way.
    if hasattr(signal, "SIGXFSZ"):
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    command = args.command or "explore"
    if command == "explore":
        return explore(args)
    if command == "init":
        return init(args)
    if command == "copy":
        return cmd_copy(args)
    if command == "migrate":
        return cmd_migrate(args)
    if command == "serve":
        return share_cli.cmd_serve(args, args.db)
    creating = command in ("import", "add-source")
    # The engine's policy says what "large" is for every command (lazy reads, saved words).
    store = Session(open_store(args.db, must_exist=not creating)).store
    handler = {
        "list": cmd_list,
        "show": cmd_show,
        "export": cmd_export,
        "import": cmd_import,
        "check": cmd_check,
        "compact": cmd_compact,
        "add-source": cmd_add_source,
        "merge": cmd_merge,
        "history": cmd_history,
        "propose": cmd_propose,
        "brief": share_cli.cmd_brief,
    }[command]
    return handler(store, args)


def open_store(option: str | None, *, must_exist: bool, readonly: bool | None = None) -> Store:
    """Open the chosen database; the per-user default is created and seeded on first use."""
    path, is_default = chosen_database(option)
    if not isinstance(path, Path):  # a URL: whether it exists is its backend's to say
        return Store.open(path, readonly=readonly)
    if is_default and not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        store = Store.open(path)
        summary = store.import_files(seed_files())
        print(
            f"bilat: created {path} with the bundled seed data ({summary.total_added} records)",
            file=sys.stderr,
        )
        return store
    if must_exist and not path.exists():
        raise DatabaseError(
            f"database {path} does not exist; create it with `bilat --db {path} init` "
            "or import records into it with `bilat --db PATH import FILE`"
        )
    return Store.open(path, readonly=readonly)


# -- commands ----------------------------------------------------------------------


def explore(args: argparse.Namespace) -> int:
    streams = (("input", sys.stdin), ("output", sys.stdout))
    not_terminals = [name for name, stream in streams if not _is_tty(stream)]
    if getattr(args, "web", False):
        not_terminals = []
    if not_terminals:
        raise UsageError(
            f"the explorer needs a terminal for its {' and '.join(not_terminals)}; "
            "`bilat list`, `bilat show` and `bilat export` work without one"
        )
    readonly = True if getattr(args, "read_only", False) else None
    # Read before the screen opens too: a bad config file is one line, not a screen.
    settings_path = config_path(getattr(args, "config", None))
    config = load_config(settings_path)
    session = Session(open_store(args.db, must_exist=False, readonly=readonly))
    # Read before the screen opens: a broken database is a one-line error, not a screen.
    first = session.first()
    from .app import BilatApp  # Textual loads only here.
    from .settings import Settings

    app = BilatApp(session, first=first, settings=Settings(config, settings_path))
    app.run()
    if app.error:
        print(f"bilat: error: {printable(app.error)}", file=sys.stderr)
    return app.return_code or 0


def _is_tty(stream: TextIO | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (ValueError, OSError):  # closed
        return False


def init(args: argparse.Namespace) -> int:
    """Create a database with the bundled seeds. On one that holds records it never loads
    them over the records (that would undo edits): --reseed merges, --reset starts over."""
    path, _ = chosen_database(args.db)
    if isinstance(path, Path):
        if not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
        _forget_empty_file(path)
    store = Store.open(path)
    if args.reset:
        return _reset(store, args)
    if args.reseed:
        return _reseed(store)
    total = sum(store.counts().values())
    if total:
        raise BilatError(
            f"database {store.location} exists and holds {total} records; nothing was "
            "changed — `bilat init --reseed` adds the bundled records it lacks and the "
            "bundle's corrections of records nobody edited; `bilat init --reset` deletes "
            "everything and starts over"
        )
    summary = store.import_files(seed_files())
    print(f"bilat: {store.location}: seed data {summary}", file=sys.stderr)
    return 0


def _forget_empty_file(path: Path) -> None:
    """An empty file with no journal beside it (``mktemp``, ``touch``) holds nothing to
    lose: ``init`` makes the database there. Anywhere else an empty file is refused as
    damage (``store.storage.empty_database``)."""
    from bilat.store.files import what_is_at
    from bilat.store.journal import journal_path

    with contextlib.suppress(OSError):
        empty = what_is_at(path) is None and path.stat().st_size == 0
        if empty and not os.path.lexists(journal_path(path)):
            path.unlink()


def _reset(store: Store, args: argparse.Namespace) -> int:
    total = sum(store.counts().values())
    if total and not args.yes:
        if not sys.stdin.isatty():
            raise UsageError(
                f"--reset would delete {total} records from {store.location}; add --yes to confirm"
            )
        answer = input(
            f"Delete all {total} records in {store.location}, edits included, and load "
            "the bundled seeds? [y/N] "
        )
        if answer.strip().lower() not in ("y", "yes"):
            print("bilat: nothing changed", file=sys.stderr)
            return 1
    summary = store.replace_all(seed_files())
    print(
        f"bilat: RESET {store.location}: deleted all {total} records, then loaded the "
        f"bundled seed data ({summary.total_added} records)",
        file=sys.stderr,
    )
    return 0


def _reseed(store: Store) -> int:
    plan = store.reseed(seed_files(), shipped_history())
    print(f"bilat: {store.location}: re-seeded: {plan.summary()}", file=sys.stderr)
    for record_id, title in plan.kept:
        print(
            f"bilat: kept {record_id} ({printable(title)}): edited here since it was seeded",
            file=sys.stderr,
        )
    return 0


def cmd_list(store: Store, args: argparse.Namespace) -> int:
    flt = (
        Filter(
            sectors=tuple(args.sector),
            orgs=tuple(args.org),
            people=tuple(args.person),
        )
        .combined(
            parse_filter(
                " ".join(
                    [f"status:{s}" for s in args.status] + [f"country:{c}" for c in args.country]
                )
            )
        )
        .combined(parse_filter(args.search))
    )
    if args.saved:
        flt = flt.combined(parse_filter(_config(args).saved_filter(args.saved)))
    _check_statuses(args.kind, flt)
    words = bool(flt.words) and args.kind in ("projects", "agreements")
    snapshot = Session(store).for_reading(words=words)
    records = snapshot.select(args.kind, flt)
    out = sys.stdout
    if args.format == "json":
        out.write(_json([to_export(r) for r in records]))
        return 0
    columns = COLUMNS[args.kind]
    headers = ["Id", *(column.title for column in columns)]
    rows = [[record.id, *(col.cell(snapshot, record) for col in columns)] for record in records]
    if args.format == "csv":
        # Escapes in the data must not reach a terminal; --format json keeps the exact text.
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(headers)
        writer.writerows([[printable(cell) for cell in row] for row in rows])
        return 0
    if out.isatty():
        _print_rich_table(out, args.kind, headers, rows)
    else:
        out.write("\t".join(headers) + "\n")
        for row in rows:
            out.write("\t".join(_plain_cell(cell) for cell in row) + "\n")
    if not rows:
        message = "no records match" if not flt.is_empty else f"no {args.kind} in {store.location}"
        print(f"bilat: {message}", file=sys.stderr)
    return 0


def _config(args: argparse.Namespace) -> Config:
    return load_config(config_path(getattr(args, "config", None)))


def _check_statuses(kind: str, flt: Filter) -> None:
    """A status of another kind would match nothing, silently: say which ones apply."""
    allowed = STATUSES_OF.get(kind)
    if allowed is None or not flt.statuses:
        return
    wrong = [status for status in flt.statuses if status not in allowed]
    if wrong:
        raise UsageError(
            f"status {', '.join(wrong)} is not a status of {kind}; {kind} take "
            + ", ".join(allowed)
        )


def _plain_cell(text: str) -> str:
    return printable(text).replace("\t", " ").replace("\n", " ")


def _print_rich_table(out: TextIO, kind: str, headers: list[str], rows: list[list[str]]) -> None:
    """The rows as a table as wide as the terminal: ids whole on one line, the other
    cells wrapped at word boundaries, and the last columns left out (said below the
    table) when the terminal has no room for them."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=out)
    cells = [[printable(cell) for cell in row] for row in rows]
    widths = fitted_widths(headers, cells, console.width)
    table = Table(title=f"{kind} ({len(rows)})", title_justify="left", expand=False)
    table.add_column(headers[0], no_wrap=True, width=widths[0])
    for header, width in zip(headers[1:], widths[1:], strict=False):
        table.add_column(header, overflow="fold", width=width)
    for row in cells:
        table.add_row(*(Text(cell) for cell in row[: len(widths)]))
    console.print(table)
    if len(widths) < len(headers):
        left_out = ", ".join(headers[len(widths) :])
        print(
            f"bilat: not shown, for want of width: {left_out} "
            "(a wider terminal, --format csv or json show them)",
            file=sys.stderr,
        )


def fitted_widths(headers: list[str], rows: list[list[str]], width: int) -> list[int]:
    """The width of each column shown in a table ``width`` cells wide (the first, the
    ids, whole): each column at least as wide as its longest word (up to
    ``MIN_COLUMN_WIDTH`` × 2) or its longest cell if shorter; the room left shared by
    the columns whose cells are wider; the columns that find no room left out."""
    natural = [max([len(h), *(len(row[i]) for row in rows)]) for i, h in enumerate(headers)]
    words = [
        max([*(len(w) for w in h.split()), *(len(w) for row in rows for w in row[i].split())])
        for i, h in enumerate(headers)
    ]
    least = [natural[0]] + [
        min(natural[i], max(MIN_COLUMN_WIDTH, min(words[i], 2 * MIN_COLUMN_WIDTH)))
        for i in range(1, len(headers))
    ]
    room = width - 1  # the table's left border
    shown: list[int] = []
    for column_width in least:
        need = column_width + 3  # padding and border
        if shown and need > room:
            break
        shown.append(column_width)
        room -= need
    # What is left goes to the columns that want more, a cell at a time, the narrowest first.
    while room > 0:
        wanting = [i for i in range(1, len(shown)) if shown[i] < natural[i]]
        if not wanting:
            break
        narrowest = min(wanting, key=lambda i: shown[i])
        shown[narrowest] += 1
        room -= 1
    return shown


def cmd_show(store: Store, args: argparse.Namespace) -> int:
    snapshot = Session(store).for_reading()
    record = snapshot.get(args.id)
    if args.format == "json":
        compared = snapshot.evidence.compared(record.id)
        doc = {
            "record": to_export(record),
            "claims": [to_export(c) for c in snapshot.claims_for(record.id)],
            "conflicts": [finding.to_json() for finding in compared.conflicts],
            "corroborations": [finding.to_json() for finding in compared.corroborations],
        }
        sys.stdout.write(_json(doc))
        return 0
    lines: list[str] = []
    for view in describe(snapshot, record):
        mark = _evidence_mark(view)
        value_lines = view.value.split("\n")
        lines.append(f"{view.label}: {value_lines[0]}{mark}")
        lines.extend(f"    {line}" for line in value_lines[1:])
        for claim_view in view.claims:
            claim = claim_view.claim
            rank = "" if claim.rank == "preferred" else f" [{claim.rank}]"
            lines.append(f"    “{claim.quote}”{rank}")
            lines.append(f"        — {claim_view.source_title} ({claim.source}, {claim.id})")
            if claim.reason:
                lines.append(f"        preferred because: {claim.reason}")
            if claim.note:
                lines.append(f"        note: {claim.note}")
    links = related(snapshot, record)
    if links:
        lines.append("Related:")
        lines.extend(f"    {link.relation}: {link.title} ({link.record_id})" for link in links)
    sys.stdout.write("\n".join(printable(line) for line in lines) + "\n")
    return 0


def _evidence_mark(view: FieldView) -> str:
    """What a line of ``show`` says of its sources' agreement."""
    if view.conflict and view.elsewhere:
        return f"  ⚠ CONFLICT: a source puts it on {', '.join(view.elsewhere)}"
    if view.conflict:
        return "  ⚠ CONFLICT: sources disagree"
    if view.resolved:
        return "  (sources disagree; resolved by a preferred claim)"
    if view.corroborated > 1:
        return f"  ({view.corroborated} sources agree)"
    return ""


def cmd_export(store: Store, args: argparse.Namespace) -> int:
    """To stdout with control characters escaped (see ``_json``); to ``-o FILE`` as is."""
    if args.salvage:
        return _export_salvage(store, args)
    if args.format == "csv" or args.search is not None:
        return share_cli.cmd_view_export(store, args)
    # A bar on the terminal, unless the export itself goes there.
    with TerminalProgress(
        terminal=None if args.output or not _is_tty(sys.stdout) else False
    ) as bar:
        _write_export(store.export_pieces(progress=bar.part("exporting records")), args.output)
    return 0


def _write_export(pieces: Iterable[bytes], output: str | None) -> None:
    """Each piece written as it comes: to stdout escaped, to ``output`` through a temporary
    file beside it, renamed in once whole."""
    if not output:
        out = sys.stdout.buffer
        for piece in pieces:
            out.write(json_printable(piece))
        sys.stdout.flush()
        return
    target = Path(output)
    if output.endswith(os.sep) or target.is_dir():
        raise DatabaseError(f"cannot write export {target}: it is a folder; name a file in it")
    if not target.parent.is_dir():
        problem = "is not a folder" if target.parent.exists() else "does not exist"
        raise DatabaseError(f"cannot write export {target}: folder {target.parent} {problem}")
    with atomic_file(target, what="export") as handle:
        for piece in pieces:
            handle.write(piece)
    print(f"bilat: exported to {target.absolute()}", file=sys.stderr)


def _export_salvage(store: Store, args: argparse.Namespace) -> int:
    """The records of the journal, for a database whose file cannot be read (see check)."""
    saved = store.salvage()
    if saved is None:
        raise BilatError(f"database {store.location} has no journal: nothing to salvage")
    bundle: dict[str, Any] = {"schema": SCHEMA}
    for table, docs in saved.records.items():
        bundle[table] = [
            {key: value for key, value in docs[record_id].items() if key != "rev"}
            for record_id in sorted(docs)
        ]
    _write_export([dump_bundle(bundle)], args.output)
    print(f"bilat: {_salvage_summary(saved)}", file=sys.stderr)
    return 0


def _salvage_summary(saved: Salvage) -> str:
    skipped = (
        f"; skipped, unreadable: {', '.join(saved.unreadable[:5])}" if saved.unreadable else ""
    )
    return (
        f"journal {saved.path}: {saved.count} records from {saved.writes} writes "
        f"({len(saved.removed)} ids removed by them are not included){skipped}"
    )


def cmd_import(store: Store, args: argparse.Namespace) -> int:
    with TerminalProgress() as bar:
        summary = store.import_files(
            [Path(name) for name in args.files],
            checking=bar.part("reading and checking records"),
            writing=bar.part("writing records"),
        )
    print(f"bilat: {summary}", file=sys.stderr)
    _index_words(store)
    return 0


def cmd_copy(args: argparse.Namespace) -> int:
    """A whole database to another location (file or URL), all or nothing."""
    source_location, _ = chosen_database(args.source)
    target_location, _ = chosen_database(args.target)
    if isinstance(source_location, Path) and not source_location.exists():
        raise DatabaseError(f"database {source_location} does not exist; nothing was copied")
    # The engine's policy, as for every command: the source read lazily where it is large,
    # the target's words indexed after.
    source = Session.open(source_location, readonly=True).store
    target = Session.open(target_location).store
    copied = source.copy_to(target, replace=args.replace)
    detail = ", ".join(f"{kind} {count}" for kind, count in copied.items() if count)
    print(
        f"bilat: copied {sum(copied.values())} records from {source.location} to "
        f"{target.location}" + (f" ({detail})" if detail else ""),
        file=sys.stderr,
    )
    _index_words(target)
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    """Apply the schema migrations a server database lacks; a file has no schema (and
    is neither opened nor created: there is nothing to do to it)."""
    path, _ = chosen_database(args.db)
    if isinstance(path, Path):
        print(f"bilat: {path}: a database file has no schema to migrate", file=sys.stderr)
        return 0
    store = open_store(args.db, must_exist=False)
    done = store.backend.migrate()
    if done is None:
        print(f"bilat: {store.location}: a database file has no schema to migrate", file=sys.stderr)
    elif done:
        for step in done:
            print(f"bilat: {store.location}: applied migration {step}", file=sys.stderr)
    else:
        print(f"bilat: {store.location}: schema up to date", file=sys.stderr)
    return 0


def _index_words(store: Store) -> None:
    """After a large write, the search index for the first session (best effort: the
    records are written; an index that cannot be made now is made by whoever searches)."""

    def building() -> None:
        print(f"bilat: {store.location}: indexing its words for search…", file=sys.stderr)

    try:
        with TerminalProgress() as bar:
            saved = store.index_words(building, progress=bar.part("indexing words"))
        if saved:
            print(f"bilat: {store.location}: search index saved", file=sys.stderr)
    except BilatError as exc:
        print(f"bilat: warning: search index not saved: {printable(str(exc))}", file=sys.stderr)
    if store.words_warning:
        warning = printable(store.words_warning)
        print(f"bilat: warning: search index not saved beside it: {warning}", file=sys.stderr)


def cmd_check(store: Store, args: argparse.Namespace) -> int:
    try:
        if args.repair:
            _repair_ids(store)
        problems = store.check()
    except DatabaseError as exc:
        return _check_damaged(store, exc)
    counts = store.counts() if not problems else {}
    if problems:
        for problem in problems:
            print(printable(str(problem)), file=sys.stdout)
        print(f"bilat: {len(problems)} problem(s) in {store.location}", file=sys.stderr)
        if any(repairable(problem.record_id) for problem in problems):
            db = shlex.quote(store.location)
            print(
                f"bilat: ids that end in white space can be repaired: "
                f"`bilat --db {db} check --repair`",
                file=sys.stderr,
            )
        return 1
    total = sum(counts.values())
    print(
        f"bilat: {store.location}: {total} records, no problems "
        f"({', '.join(f'{k} {v}' for k, v in counts.items())})",
        file=sys.stderr,
    )
    return 0


def _repair_ids(store: Store) -> None:
    """Say each id repaired and how many records' references followed it."""
    repair = store.repair_ids()
    for old, new in repair.renamed.items():
        print(f"bilat: renamed {printable(repr(old))} to {new}", file=sys.stderr)
    if repair.renamed:
        print(
            f"bilat: {len(repair.renamed)} id(s) repaired, references in "
            f"{len(repair.repointed())} other record(s) follow them",
            file=sys.stderr,
        )
    else:
        print("bilat: no id to repair", file=sys.stderr)
    _history_warning(store)


def _check_damaged(store: Store, damage: DatabaseError) -> int:
    """A database that cannot be read at all: say so, and what can be recovered, how."""
    print(printable(str(damage)), file=sys.stdout)
    saved = store.salvage()
    db = shlex.quote(store.location)
    if saved is not None and saved.count:
        print(
            printable(
                f"recoverable: {_salvage_summary(saved)} — `bilat --db {db} export --salvage "
                f"-o saved.json` writes them to saved.json; restore {store.location} from a "
                f"backup, then `bilat --db {db} import saved.json`"
            ),
            file=sys.stdout,
        )
    else:
        print(
            printable(
                f"recoverable: nothing beside it (no journal holds records): restore "
                f"{store.location} from a backup, or `bilat --db {db} export` from another "
                "copy that can still be read"
            ),
            file=sys.stdout,
        )
    print(f"bilat: error: {store.location} cannot be read; see above", file=sys.stderr)
    return 1


def cmd_compact(store: Store, args: argparse.Namespace) -> int:
    """Writes append to a journal beside the file; this folds it in, for a one-file copy."""
    store.compact()
    total = sum(store.counts().values())
    print(f"bilat: {store.location}: compacted, {total} records", file=sys.stderr)
    _index_words(store)
    return 0


def cmd_merge(store: Store, args: argparse.Namespace) -> int:
    plan = store.merge(args.keep, args.other)
    print(f"bilat: {plan.describe()}", file=sys.stderr)
    _history_warning(store)
    print(plan.keep)
    return 0


def _history_warning(store: Store) -> None:
    if store.history_warning:
        print(f"bilat: warning: {printable(store.history_warning)}", file=sys.stderr)


def _shown_id(record_id: str) -> str:
    """An id as a line shows it: quoted, escapes and all, if white space or a control
    character would hide what it is (an id an older version let end in a newline)."""
    plain = record_id.isprintable() and record_id.strip() == record_id
    return record_id if plain else repr(record_id)


def cmd_history(store: Store, args: argparse.Namespace) -> int:
    """One record's changes (``ID``), or every change (``--since DATE``: from then on)."""
    found = store.history()
    if args.since is not None:
        try:
            found = changelog.since(found, changelog.parse_since(args.since))
        except ValueError as exc:
            raise UsageError(f"--since: {exc}") from None
    if args.id is not None:
        store.snapshot()  # an unreadable database is said first
        touched = changelog.of_record(found, args.id)
        if not touched and store.snapshot().find(args.id) is None:
            raise UsageError(f"no record has id {args.id!r}, and none had in the history")
        if args.format == "json":
            entries = [
                {"at": c.at, "user": c.user, "what": c.what, **about.to_json()}
                for c, about in touched
            ]
            sys.stdout.write(_json({"id": args.id, "history": entries}))
            return 0
        lines = [
            f"{changelog.when(c)}  {c.user or 'user unknown'}  {c.what}"
            f"{'' if about.rev is None else f' (rev {about.rev})'}: {about.summary()}"
            for c, about in touched
        ]
    else:
        if args.format == "json":
            sys.stdout.write(_json([change.to_json() for change in found]))
            return 0
        lines = []
        for change in found:
            lines.append(
                f"{changelog.when(change)}  {change.user or 'user unknown'}  {change.what}"
            )
            lines.extend(f"    {_shown_id(r.id)}: {r.summary()}" for r in change.records)
    if not lines:
        print("bilat: no change recorded" + (" since then" if args.since else ""), file=sys.stderr)
    sys.stdout.write("".join(printable(line) + "\n" for line in lines))
    return 0


def cmd_add_source(store: Store, args: argparse.Namespace) -> int:
    article = read_article(args.file, read_text(args.file))
    title = text_option(args.title, "--title") or article.title
    if not title:
        raise UsageError(f"{args.file}: give the source a --title (the file names none)")
    source = build_source(
        article.text,
        title=title,
        record_id=args.id,
        url=text_option(args.url, "--url") or article.url,
        publisher=text_option(args.publisher, "--publisher") or article.publisher,
        published=args.published or article.published,
        lang=args.lang or article.lang,
    )
    summary = store.import_records([Incoming("sources", source, args.file)])
    verb = "replaced" if summary.total_replaced else "added"
    print(f"bilat: {verb} source {source.id} ({len(source.text)} characters)", file=sys.stderr)
    print(source.id)
    return 0


@overload
def text_option(value: str, option: str) -> str: ...
@overload
def text_option(value: str | None, option: str) -> str | None: ...
def text_option(value: str | None, option: str) -> str | None:
    """An option kept as text in a record: one that is not UTF-8 reaches Python holding
    lone surrogates (surrogateescape), which no file can store."""
    if value is not None:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise UsageError(
                f"{option} is not UTF-8 text (character {exc.start + 1}); check the "
                "terminal's or the script's encoding"
            ) from None
    return value


def read_article(name: str, text: str) -> Any:
    """The article in a file: a saved page's main text and metadata (trafilatura, loaded
    only for a page), a Markdown file's text, or the text as it is."""
    from bilat.store.extract.article import read_article as read

    return read(name, text)


def read_text(name: str) -> str:
    if name != "-":
        return read_source_file(Path(name))
    try:
        data = read_stream(sys.stdin.buffer, MAX_SOURCE_BYTES)
    except FileRefused as exc:
        raise UsageError(f"standard input: {exc}") from None
    return decoded_text(data, "standard input")


def _json(value: Any) -> str:
    """JSON for standard output, where no control character of the data may go raw.

    Always escaped (``json_printable``), not only on a terminal: what goes to a pipe or a
    file often reaches one later (a pager, ``tee``, a CI log), the escapes are the same
    JSON to any parser, and one output whatever stdout is keeps scripts and tests seeing
    what a terminal sees. ``export -o FILE`` writes the file as before, byte for byte."""
    dumped = orjson.dumps(value, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
    return json_printable(dumped).decode()


if __name__ == "__main__":
    sys.exit(main())
