#!/usr/bin/env python3
"""The team database (PostgreSQL) beside the file, at N projects.

    .venv/bin/python bench/server.py --projects 100000 --runs 5

Loads ``bench/generate.py``'s bundle of N projects into a file (``bilat import``) and into
a schema of its own on the server (``bilat --db URL import``, then ``bilat copy`` timed
the other way), and measures on both, as the explorer does them:

* **first rows**: ``bilat --db …`` in a pseudo-terminal until a first project's name shows
  (``bench/run.py``'s cold start);
* **the race**: the terminal race's bilat half (tmux): first rows, then a word typed at
  once answered in the projects pane's title (on the server: by the server, while the
  index is made);
* **filter keystroke**: one more letter of a word, and a qualifier, answered by the
  snapshot the explorer holds (``Search.select_positions``): the same code on both
  backends, the records having been read once; and answered by the server on a first
  view (``store.pg.search``: SQL candidates, checked by bilat), its first window of ids
  and all of them;
* **live update**: a write on one connection until a listener on another is woken
  (LISTEN/NOTIFY), and until that other store's snapshot holds it; the writer's first
  write (a whole read before it) timed apart.

The server is ``--server`` (default: 127.0.0.1:5432, database ``test``); its schema
``bench_N`` is made again with ``--fresh``, kept otherwise. Figures: medians (min–max).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import psycopg  # noqa: E402
import run as bench_run  # noqa: E402
from common import bench_env  # noqa: E402

from bilat.store import Sector, Store, parse_filter  # noqa: E402


def timed(what: Callable[[], object], runs: int) -> list[float]:
    found = []
    for _ in range(runs):
        start = time.perf_counter()
        what()
        found.append(time.perf_counter() - start)
    return found


def shown(values: list[float], unit: str = "ms") -> str:
    scale, digits = (1000, 1) if unit == "ms" else (1, 2)  # seconds: against a 1 s target
    mid = statistics.median(values) * scale
    low, high = min(values) * scale, max(values) * scale
    return f"{mid:.{digits}f} {unit} ({low:.{digits}f}–{high:.{digits}f})"


def prepare(n: int, server: str, fresh: bool) -> tuple[Path, str, float | None]:
    data = ROOT / "bench" / "data"
    data.mkdir(exist_ok=True)
    bundle = data / f"{n}.json"
    if not bundle.exists():
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "bench" / "generate.py"),
                "--projects",
                str(n),
                "-o",
                str(bundle),
            ],
            check=True,
        )
    bilat = str(ROOT / ".venv" / "bin" / "bilat")
    db = data / f"{n}.db.json"
    if not db.exists():
        subprocess.run([bilat, "--db", str(db), "import", str(bundle)], check=True)
    schema = f"bench_{n}"
    url = f"{server}?options=-csearch_path%3D{schema}"
    imported = None
    with psycopg.connect(server, autocommit=True) as conn:
        exists = conn.execute(
            "SELECT to_regclass(%s) IS NOT NULL", (f"{schema}.bilat_state",)
        ).fetchone()
        if fresh or not (exists and exists[0]):
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
            conn.execute(f"CREATE SCHEMA {schema}")
            start = time.perf_counter()
            subprocess.run([bilat, "copy", str(db), url], check=True)
            imported = time.perf_counter() - start
    return db, url, imported


def first_rows(location: str, n: int, runs: int) -> str:
    store = Store.open(location)
    ids = sorted(store.snapshot().tables["projects"])[:8]
    snapshot = store.snapshot()
    marker = next(
        name[:12]
        for name in (snapshot.tables["projects"][i].name.get("en", "") for i in ids)
        if bench_run.PLAIN.match(name[:12])
    )
    store.backend.close()
    # ``cold_start`` passes ``--db`` the dataset's "file": here, a file or a URL.
    ds = bench_run.Dataset(n, Path(), location, Path(), marker, ids[0])  # type: ignore[arg-type]
    scratch = Path(tempfile.mkdtemp(prefix="bilat-bench-"))
    try:
        env = bench_env(scratch / "unused.db.json", scratch)
        cells = bench_run.cold_start(ds, runs, env, 300.0)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    cold = cells["cold"]
    return shown(cold.values, "s") if cold.values else str(cold.error)


def word_race(location: str, runs: int, word: str = "oran") -> tuple[str, str, str]:
    """The terminal race's bilat half (``bench/terminal.py``, tmux 120×30) on ``location``:
    launched until its first rows, then ``/`` and ``word`` typed at once: (first rows;
    from them until the projects pane's title shows the word's first matches; until it
    shows all of them). On the server the word comes while the index is made, so the
    server answers it, window by window."""
    import re

    import terminal

    store = Store.open(location)
    snapshot = store.snapshot()
    ids = sorted(snapshot.tables["projects"])[:8]
    marker = next(
        name[:12]
        for name in (snapshot.tables["projects"][i].name.get("en", "") for i in ids)
        if bench_run.PLAIN.match(name[:12])
    )
    total = len(snapshot.tables["projects"])
    count = len(snapshot.select_ids("projects", parse_filter(word)))
    store.backend.close()
    del snapshot
    some = re.compile(rf"Projects \((\d+) of {total}\)")
    bilat = ROOT / ".venv" / "bin" / "bilat"
    scratch = Path(tempfile.mkdtemp(prefix="bilat-bench-"))
    firsts: list[float] = []
    starts: list[float] = []
    alls: list[float] = []
    try:
        env = bench_env(scratch / "unused.db.json", scratch)
        with terminal.Tmux(env) as tmux:
            for run in range(runs + 1):  # run 0 warms the page cache and .pyc files
                name = f"bilat-word-{run}"
                seen: dict[str, float] = {}

                def step(
                    lines: list[str],
                    seconds: float,
                    got: terminal.Run,
                    name: str = name,
                    seen: dict[str, float] = seen,
                ) -> bool:
                    if got.shown is None and terminal.rows_shown(lines, marker):
                        got.shown = seconds
                        tmux.type(name, "/")
                        tmux.type(name, word)
                    started = got.shown is not None
                    if started and "first" not in seen and any(map(some.search, lines)):
                        seen["first"] = seconds
                    if started and terminal.word_answered(lines, count, total):
                        got.answered = seconds
                    return got.answered is not None

                got = terminal.watch(tmux, name, [str(bilat), "--db", location], {}, 300.0, step)
                if got.shown is None or got.answered is None:
                    error = str(got.error)
                    return error, error, error
                if run:
                    starts.append(got.shown)
                    firsts.append(seen.get("first", got.answered) - got.shown)
                    alls.append(got.answered - got.shown)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return shown(starts, "s"), shown(firsts, "s"), shown(alls, "s")


def keystrokes(location: str, runs: int) -> tuple[str, str]:
    store = Store.open(location)
    snapshot = store.snapshot()
    snapshot.search.index.build()
    word, more = parse_filter("alumin"), parse_filter("aluminiu")
    qualifier = parse_filter("status:approved")
    snapshot.select("projects", word)
    letter = timed(lambda: snapshot.select("projects", more), runs)
    status = timed(lambda: snapshot.select("projects", qualifier), runs)
    store.backend.close()
    return shown(letter), shown(status)


def server_search(url: str, runs: int) -> tuple[str, str, str, str]:
    """A filter answered by the server (``store.pg.search``) on a first view: its first
    window of ids (what the table shows first), and every id."""
    store = Store.open(url)
    names = store.first_snapshot(min_bytes=0)
    search = store.backend.search

    def first(text: str) -> Callable[[], object]:
        flt = parse_filter(text)
        return lambda: next(iter(search("projects", flt, names) or []), None)

    def every(text: str) -> Callable[[], object]:
        flt = parse_filter(text)
        return lambda: [ids for ids in search("projects", flt, names) or []]

    found = (
        shown(timed(first("aluminiu"), runs)),
        shown(timed(every("aluminiu"), runs)),
        shown(timed(first("status:approved"), runs)),
        shown(timed(every("status:approved"), runs)),
    )
    store.backend.close()
    return found


def live(url: str, runs: int) -> tuple[str, str, str, str]:
    """A write on one store until a listener on another is woken, and until that other
    store's snapshot holds it. The writer has read the database first, as an explorer
    has when someone saves in it: a store's first write reads every record before it
    writes (seconds here), which is that store's cost, not the notification's; it is
    timed apart (the first of the four figures)."""
    writer, reader = Store.open(url), Store.open(url)
    reader.snapshot()
    start = time.perf_counter()
    writer.upsert(Sector(id="sec-bench-first", name={"en": "Bench first"}))
    first = time.perf_counter() - start
    woken = threading.Event()
    listener = reader.backend.watch(woken.set)
    assert listener is not None
    wrote, notified, seen = [], [], []
    with listener:
        listener.wait_listening(10)  # type: ignore[attr-defined]
        for number in range(runs):
            woken.clear()
            start = time.perf_counter()
            writer.upsert(Sector(id=f"sec-bench-{number}", name={"en": f"Bench {number}"}))
            wrote.append(time.perf_counter() - start)
            if not woken.wait(10):
                raise SystemExit(f"write {number}: no listener woken in 10 s")
            notified.append(time.perf_counter() - start)
            reader.snapshot().get(f"sec-bench-{number}")
            seen.append(time.perf_counter() - start)
    with writer.backend.session() as session:  # leave the data as it was
        session.remove("sectors", "sec-bench-first")
        for number in range(runs):
            session.remove("sectors", f"sec-bench-{number}")
    return f"{first:.1f} s", shown(wrote), shown(notified), shown(seen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--projects", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--server", default="postgresql://postgres@127.0.0.1:5432/test")
    parser.add_argument("--fresh", action="store_true")
    args = parser.parse_args()
    db, url, imported = prepare(args.projects, args.server, args.fresh)
    rows = []
    if imported is not None:
        rows.append(("`bilat copy` file → server", "—", f"{imported:.1f} s"))
    rows.append(
        (
            "first rows (pty 120×40)",
            first_rows(str(db), args.projects, args.runs),
            first_rows(url, args.projects, args.runs),
        )
    )
    file_race, server_race = word_race(str(db), args.runs), word_race(url, args.runs)
    rows.append(("race: first rows (tmux 120×30)", file_race[0], server_race[0]))
    rows.append(("race: `/oran`, first matches after the rows", file_race[1], server_race[1]))
    rows.append(("race: `/oran`, every match after the rows", file_race[2], server_race[2]))
    file_keys, server_keys = keystrokes(str(db), args.runs * 4), keystrokes(url, args.runs * 4)
    rows.append(("filter: one more letter", file_keys[0], server_keys[0]))
    rows.append(("filter: `status:approved`", file_keys[1], server_keys[1]))
    first, every, status_first, status_every = server_search(url, args.runs * 4)
    rows.append(("filter on the server: one more letter, first window", "—", first))
    rows.append(("filter on the server: one more letter, every id", "—", every))
    rows.append(("filter on the server: `status:approved`, first window", "—", status_first))
    rows.append(("filter on the server: `status:approved`, every id", "—", status_every))
    first_write, wrote, notified, seen = live(url, args.runs * 4)
    rows.append(("live: a store's first write (reads the database first)", "—", first_write))
    rows.append(("live: a write (its transaction)", "—", wrote))
    rows.append(("live: a write → the other machine woken", "(polls each 1 s)", notified))
    rows.append(("live: a write → in the other's snapshot", "(polls each 1 s)", seen))
    print(f"| at {args.projects:,} projects | file | server (loopback) |")
    print("|---|---|---|")
    for name, on_file, on_server in rows:
        print(f"| {name} | {on_file} | {on_server} |")


if __name__ == "__main__":
    main()
