#!/usr/bin/env python3
"""The bilat benchmark: how fast the explorer is at N projects, beside the naive baselines.

    python bench/run.py [--sizes 1000,10000,100000] [--runs 5] [--keep] [--out FILE]

For each N it generates a database with ``bench/generate.py`` (cached in ``bench/data/``, keyed
by the generator's hash and the seed), imports it with ``bilat import`` (cached too), exports the
projects as CSV once (for the DataTable and VisiData baselines), then measures, each figure the
median of ``--runs`` runs with their range:

1. cold start, process start to the first screen with rows painted, in a real pseudo-terminal
   (120×40): ``bilat --db FILE`` under pexpect until its output holds the name of one of the
   first projects; beside it the floor (reading and ``orjson.loads`` of the same file, in process
   and as a whole ``python -c`` process), a plain ``DataTable.add_rows`` app, and VisiData
   loading the projects CSV in batch mode; and the same race in a real terminal
   (``bench/terminal.py``: tmux at 120×30, bilat's first rows, a word typed then, the sector
   counts, against interactive VisiData showing every row of the CSV);
2. filter keystroke to repaint: one more letter of a word, a qualifier, clearing the filter;
3. sorting the projects table by a column;
4. opening a record's detail and its source view;
5. saving one edited record until it is durable (``Store.upsert``), and through the app with
   the longest stall of the event loop meanwhile; beside it plain TinyDB ``JSONStorage``;
   and the longest stall through a scripted session (on a copy: it saves);
6. ``bilat list projects --format csv`` and ``bilat export`` wall time;
7. peak RSS of the TUI and the database file size;
8. hang-up to exit: the explorer's terminal closed under it (its SIGHUP ignored), to its end.

It prints one markdown table (rows: measures, columns: N, then the issue's target and whether
the largest N meets it) and writes it to ``--out``, with the raw figures beside it as JSON.
Progress goes to stderr. Every process and pexpect wait has a deadline (``--timeout``); a
measure that misses it reads "timeout" and the run goes on. Nothing touches your own database:
every process gets ``--db``/``BILAT_DB`` in ``bench/data`` and a scratch ``HOME``; the writing
measures work on copies.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import hashlib
import os
import platform
import random
import re
import select
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import bulk
import orjson
from common import (
    BENCH,
    DATA,
    ROOT,
    SIZE,
    STALL_STEPS,
    Cell,
    Timeout,
    bench_env,
    busy_key,
    fmt,
    last_line,
    python,
    run_probe,
    run_timed,
    venv_tool,
    vm_hwm,
)

DEFAULT_SIZES = "1000,10000,100000"
TIMEOUT_S = 300.0
DATATABLE_TIMEOUT_S = 60.0

# Rows of the table: key, label, target (empty: a baseline or a plain figure).
ROWS: list[tuple[str, str, str]] = [
    ("cold", "**1. Cold start** → first rows painted (pty 120×40)", "≤ 1.5 s and ≤ 2× floor"),
    ("cold_idle", "↳ bilat: process start → idle (background work after the paint done)", ""),
    ("floor_loads", "↳ floor: read + `orjson.loads` of the db file, in process", ""),
    ("floor_process", "↳ floor: `python -c` read + `orjson.loads`, process start to exit", ""),
    ("datatable", "↳ plain Textual `DataTable.add_rows` (6 columns) → first repaint", ""),
    ("vd", "↳ VisiData `vd -b` loads the projects CSV, process start to exit", ""),
    (
        "faster_than_vd",
        "↳ faster to a fully loaded, filterable table (rows painted + first letter answered)",
        "bilat",
    ),
    (
        "filter_early",
        "↳ the first letter, typed as soon as rows show (one sample; the file as "
        "`bilat import` leaves it, its word index beside it)",
        "",
    ),
    (
        "filter_early_unindexed",
        "↳ the same on the file without its word index (copied alone): built in the background",
        "",
    ),
    # The race in a real terminal (bench/terminal.py): the target.
    (
        "race_bilat",
        "**1. In a real terminal**: bilat first rows (tmux 120×30)",
        "≤ VisiData's full table",
    ),
    ("race_vd", "↳ VisiData full table (tmux 120×30)", ""),
    ("race_faster", "↳ faster in a real terminal", "bilat"),
    ("race_word", "↳ a word answered after first rows", "≤ 1 s"),
    ("race_counts", "↳ sector counts after launch", "≤ 2 s"),
    ("race_rss", "↳ peak RSS (tmux)", "≤ ~426 MB"),
    ("race_vd_rss", "↳ VisiData peak RSS (tmux)", ""),
    ("filter_word", "**2. Filter**: one more letter of a word → repaint", "≤ 50 ms"),
    ("filter_qualifier", "**2. Filter**: a qualifier (`status:approved`) → repaint", "≤ 50 ms"),
    ("filter_clear", "**2. Filter**: clearing it (ctrl+u) → repaint", "≤ 50 ms"),
    ("sort", "**3. Sort** projects by Name (`s`) → repaint", "≤ 200 ms"),
    ("detail", "**4. Detail** of a project (enter) → painted", "≤ 50 ms"),
    ("source", "**4. Source view** of it (`o`) → painted", "≤ 50 ms"),
    ("form", "**4. Edit form** of it (`e`) → painted, its first fields in", "≤ 150 ms"),
    ("upsert", "**5. Save** one record until durable: `Store.upsert` (fsync)", "≤ 150 ms"),
    ("tinydb_update", "↳ plain TinyDB `JSONStorage`: `table.update` of one document", ""),
    ("save_app", "**5. Save** through the app (`history.save` + reload) → shown", "≤ 150 ms"),
    ("save_blocked", "**5. UI blocked** during that save (longest 5 ms tick gap)", "never > 50 ms"),
    (
        "stall",
        "**5. Longest stall** of the event loop through a scripted session (copy of the db)",
        "≤ 50 ms",
    ),
    *((key, f"↳ {name}", "") for key, name in STALL_STEPS),
    (
        busy_key("stall"),
        "↳ longest stall the program was busy in (process CPU ≥ half the gap)",
        "",
    ),
    *((busy_key(key), f"↳ busy: {name}", "") for key, name in STALL_STEPS),
    ("list_csv", "**6.** `bilat list projects --format csv`", ""),
    ("export", "**6.** `bilat export -o FILE`", ""),
    ("rss", "**7. Peak RSS** of the TUI (VmHWM once idle)", "≤ 500 MB"),
    ("floor_rss", "↳ peak RSS of the `orjson.loads` floor process", ""),
    ("vd_rss", "↳ peak RSS of VisiData", ""),
    ("db_size", "**7. Database file** size", ""),
    (
        "hangup",
        "**8. Hang-up** → process ended (pty closed under the idle app, SIGHUP ignored)",
        "≤ 0.5 s",
    ),
    *bulk.ROWS,
]


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# -- data ---------------------------------------------------------------------------------------


@dataclass
class Dataset:
    n: int
    json: Path
    db: Path
    csv: Path
    marker: str  # text of the first screen that only shows once rows are painted
    record_id: str  # the project the save measures edit


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def prepare(n: int, seed: int, *, fresh: bool, timeout: float, env: dict[str, str]) -> Dataset:
    """Generate and import N projects, unless bench/data holds them from the same generator."""
    from bilat.store.storage import FORMAT_TAG

    DATA.mkdir(parents=True, exist_ok=True)
    json_path, db, csv_path = DATA / f"{n}.json", DATA / f"{n}.db.json", DATA / f"{n}.csv"
    stamp_path = DATA / f"{n}.stamp.json"
    want = {"generator": _sha(BENCH / "generate.py"), "seed": seed, "format": FORMAT_TAG}
    stamp: dict[str, Any] = {}
    if stamp_path.exists() and not fresh:
        with contextlib.suppress(orjson.JSONDecodeError):
            stamp = orjson.loads(stamp_path.read_bytes())
    same = all(stamp.get(k) == v for k, v in want.items())
    if not (same and json_path.exists()):
        log(f"N={n}: generating {json_path.name}")
        stamp = {}
        stamp_path.unlink(missing_ok=True)
        cmd = [python(), str(BENCH / "generate.py"), "--projects", str(n), "--seed", str(seed)]
        _must([*cmd, "-o", str(json_path)], env, timeout * 4, f"generate N={n}")
    if not (same and stamp.get("db") and db.exists() and stamp.get("db_size") == _size(db)):
        log(f"N={n}: importing into {db.name}")
        for stale in (db, db.with_name(db.name + ".lock"), csv_path):
            stale.unlink(missing_ok=True)
        bilat = str(_bilat())
        _must([bilat, "--db", str(db), "import", str(json_path)], env, timeout * 4, "import")
        stamp = {**want, "db": True, "db_size": _size(db)}
    # As `bilat import` leaves a large file (this one may have been imported before it did):
    # its word index beside it. Quick when it is there already.
    _must([python(), "-c", INDEX_WORDS, str(db)], env, timeout * 4, "the word index")
    if not csv_path.exists() or stamp.get("csv_size") != _size(csv_path):
        log(f"N={n}: listing the projects as CSV")
        with csv_path.open("wb") as out:
            cmd = [str(_bilat()), "--db", str(db), "list", "projects", "--format", "csv"]
            _must(cmd, env, timeout, "bilat list", stdout=out)
        stamp["csv_size"] = _size(csv_path)
    stamp_path.write_bytes(orjson.dumps(stamp))
    marker, record_id = _first_rows(csv_path)
    return Dataset(n, json_path, db, csv_path, marker, record_id)


# The word index and layout saved beside a large file, as `bilat import` leaves them.
INDEX_WORDS = (
    "import sys; from bilat.engine import Session; Session.open(sys.argv[1]).store.index_words()"
)


def _size(path: Path) -> int | None:
    return path.stat().st_size if path.exists() else None


def _bilat() -> Path:
    found = venv_tool("bilat")
    if found is None:
        sys.exit("bench: no `bilat` console script; run `make bench` (or pip install -e .)")
    return found


def _must(cmd: list[str], env: dict[str, str], timeout: float, what: str, **kw: Any) -> None:
    done, err = run_timed(cmd, env=env, timeout=timeout, cwd=ROOT, **kw)
    if done.returncode != 0:
        sys.exit(f"bench: {what} failed (exit {done.returncode}): {last_line(err)}")


PLAIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ]{11}")


def _first_rows(csv_path: Path) -> tuple[str, str]:
    """A name the first screen shows (12 plain ASCII characters), and a project to edit.

    The table lists projects in id order; the name comes from one of the first rows, so it is
    on screen once rows are painted. Plain ASCII, so it matches inside escape-coded output.
    """
    with csv_path.open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        first = [row for _, row in zip(range(8), reader, strict=False)]
    name = header.index("Name")
    for row in first:
        if PLAIN.match(row[name][:12]):
            return row[name][:12], first[0][0]
    sys.exit(f"bench: none of the first projects of {csv_path} has a plain ASCII name")


# -- measures --------------------------------------------------------------------------------------


def cold_start(ds: Dataset, runs: int, env: dict[str, str], timeout: float) -> dict[str, Cell]:
    """``bilat --db FILE`` in a pty: to the first rows painted, then to idle; its peak RSS."""
    import pexpect

    cold, idle, rss = Cell(), Cell(), Cell(unit="B")
    bilat = str(_bilat())
    for run in range(runs + 1):  # the first run warms the page cache and .pyc files
        child = None
        # Each run a first session: an empty cache folder; the file as `bilat import` left it.
        cache = _scratch(env) / "cold-cache"
        shutil.rmtree(cache, ignore_errors=True)
        try:
            start = time.perf_counter()
            child = pexpect.spawn(
                bilat,
                ["--db", str(ds.db)],
                dimensions=(SIZE[1], SIZE[0]),
                env={**env, "XDG_CACHE_HOME": str(cache)},
                cwd=str(ROOT),
                encoding="utf-8",
                codec_errors="replace",
                timeout=timeout,
            )
            child.expect_exact(ds.marker, timeout=timeout)
            seconds = time.perf_counter() - start
            # Background work after the first paint (an index built in a thread) counts
            # for the memory peak: wait until the process stops using the CPU.
            busy_until = _wait_idle(child, limit=timeout)
            peak = vm_hwm(child.pid)
            child.send("q")
            child.expect(pexpect.EOF, timeout=30)
            if run:
                cold.values.append(seconds)
                if busy_until is not None:
                    idle.values.append(max(seconds, busy_until - start))
                else:
                    idle.error = f"still busy after {timeout:.0f} s"
                if peak is not None:
                    rss.values.append(peak)
        except pexpect.TIMEOUT:
            cold.error = idle.error = rss.error = f"timeout (>{timeout:.0f} s)"
            break
        except pexpect.EOF:
            before = child.before if child is not None else ""
            tail = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", str(before))[-200:].strip()
            cold.error = idle.error = rss.error = f"exited early: {tail!r}"
            break
        finally:
            if child is not None:
                if child.isalive():
                    child.terminate(force=True)
                child.close(force=True)
    cold.note = (
        f"until {ds.marker!r} shows; 1 warm-up run not counted; an empty cache folder (the "
        "word index, if any, is the one beside the file)"
    )
    return {"cold": cold, "cold_idle": idle, "rss": rss}


IDLE_WINDOW_S = 0.5


def _wait_idle(child: Any, *, limit: float) -> float | None:
    """Keep reading the app's output until it has used no CPU for half a second.

    Returns when it was last busy (perf_counter), None if it never went idle within ``limit``.
    """
    import pexpect

    start = last_busy = sampled = time.perf_counter()
    before = _cpu_seconds(child.pid)
    while True:
        with contextlib.suppress(pexpect.TIMEOUT):
            child.read_nonblocking(size=1 << 16, timeout=0.05)
        now = time.perf_counter()
        if now - sampled < 0.1:
            continue
        cpu = _cpu_seconds(child.pid)
        if cpu is None or before is None:
            return None
        if cpu - before > 0.25 * (now - sampled):  # a quarter of a core or more: working
            last_busy = now
        before, sampled = cpu, now
        if now - last_busy >= IDLE_WINDOW_S:
            return last_busy
        if now - start > limit:
            return None


def _cpu_seconds(pid: int) -> float | None:
    """CPU time used so far by a process and all its threads (utime + stime)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def hangup(ds: Dataset, runs: int, env: dict[str, str], timeout: float) -> dict[str, Cell]:
    """``bilat --db FILE`` in a pty, idle, its SIGHUP ignored (as under ``nohup``, or when the
    signal does not reach it): from closing the terminal's master side, as a dropped SSH
    connection does, until the process has ended. The terminal is closed at a random moment
    of the second after the app went idle: the app's timers tick in step with that moment."""
    import pexpect

    cell = Cell()
    moments = random.Random(1)
    statuses: set[int | None] = set()
    script = 'trap "" HUP; exec "$0" --db "$1"'
    for run in range(runs + 1):  # the first run warms the page cache and .pyc files
        child = None
        try:
            child = pexpect.spawn(
                "sh",
                ["-c", script, str(_bilat()), str(ds.db)],
                dimensions=(SIZE[1], SIZE[0]),
                env=env,
                cwd=str(ROOT),
                encoding="utf-8",
                codec_errors="replace",
                timeout=timeout,
            )
            child.expect_exact(ds.marker, timeout=timeout)
            if _wait_idle(child, limit=timeout) is None:
                cell.error = f"still busy after {timeout:.0f} s"
                break
            time.sleep(moments.uniform(0.0, 1.0))
            seconds = _hang_up(child, timeout)
            if seconds is None:
                cell.error = f"still running {timeout:.0f} s after the hang-up"
                break
            statuses.add(child.ptyproc.wait())
            if run:
                cell.values.append(seconds)
        except (pexpect.TIMEOUT, pexpect.EOF) as exc:
            cell.error = f"no first screen ({type(exc).__name__})"
            break
        finally:
            if child is not None:
                if child.isalive():
                    child.terminate(force=True)
                child.close(force=True)
    shown = ", ".join(str(status) for status in sorted(statuses, key=str))
    cell.note = (
        f"closed 0–1 s after the app went idle; 1 warm-up run not counted; "
        f"exit status {shown or 'n/a'}"
    )
    return {"hangup": cell}


def _hang_up(child: Any, timeout: float) -> float | None:
    """Close the pty's master side; seconds until the child ended (None: not by ``timeout``)."""
    pidfd = os.pidfd_open(child.pid)
    try:
        start = time.perf_counter()
        child.ptyproc.fileobj.close()
        child.ptyproc.closed = True  # closed here: pexpect must not close (or flush) it again
        ended, _, _ = select.select([pidfd], [], [], timeout)
        seconds = time.perf_counter() - start
    finally:
        os.close(pidfd)
    return seconds if ended else None


def floor(ds: Dataset, runs: int, env: dict[str, str], timeout: float) -> dict[str, Cell]:
    code = (
        "import os, sys, time\n"
        "t = time.perf_counter()\n"
        "import orjson\n"
        "orjson.loads(open(sys.argv[1], 'rb').read())\n"
        "print(time.perf_counter() - t, flush=True)\n"
        "os._exit(0)\n"
    )
    loads, process, rss = Cell(), Cell(), Cell(unit="B")
    out_path = _scratch(env) / "floor.out"
    for run in range(runs + 1):
        try:
            with out_path.open("w+b") as out:
                done, err = run_timed(
                    [python(), "-c", code, str(ds.db)], env=env, timeout=timeout, stdout=out
                )
                out.seek(0)
                printed = out.read().decode().strip()
        except Timeout as exc:
            loads.error = process.error = rss.error = str(exc)
            break
        if done.returncode != 0:
            loads.error = process.error = rss.error = f"failed: {last_line(err)}"
            break
        if run:
            loads.values.append(float(printed))
            process.values.append(done.seconds)
            rss.values.append(done.max_rss)
    return {"floor_loads": loads, "floor_process": process, "floor_rss": rss}


def probe(
    name: str, ds: Dataset, runs: int, env: dict[str, str], timeout: float, *, copy: bool
) -> dict[str, Cell]:
    """One group of in-app measures in its own process (see common.py)."""
    scratch = _scratch(env)
    db = ds.db
    if copy:
        db = scratch / f"{name}-{ds.n}.db.json"
        shutil.copyfile(ds.db, db)
    result = scratch / f"{name}-{ds.n}.result.json"
    result.unlink(missing_ok=True)
    cmd = [python(), str(BENCH / "run.py"), "--probe", name, "--db", str(db)]
    cmd += ["--runs", str(runs), "--record", ds.record_id, "--result", str(result)]
    try:
        done, err = run_timed(cmd, env=env, timeout=timeout, cwd=ROOT)
        if done.returncode != 0 or not result.exists():
            return {"*": Cell(error=f"probe failed: {last_line(err)}")}
        data = orjson.loads(result.read_bytes())
        return {key: Cell.from_json(value) for key, value in data.items()}
    except Timeout as exc:
        return {"*": Cell(error=str(exc))}
    finally:
        if copy:
            db.unlink(missing_ok=True)
            db.with_name(db.name + ".lock").unlink(missing_ok=True)


def datatable(
    ds: Dataset, runs: int, env: dict[str, str], timeout: float, skip_above: int
) -> dict[str, Cell]:
    if ds.n > skip_above:
        return {"datatable": Cell(error=f"skipped (N > --skip-datatable-above {skip_above})")}
    cell = Cell()
    for _ in range(runs):
        one = _probe_datatable(ds, env, timeout)
        if not one.ok:
            if one.error and one.error.startswith("timeout"):
                one.error = f"skipped (>{timeout:.0f} s)"
            cell.error = one.error
            break
        cell.values.extend(one.values)
        cell.note = one.note
    return {"datatable": cell}


def _probe_datatable(ds: Dataset, env: dict[str, str], timeout: float) -> Cell:
    scratch = _scratch(env)
    result = scratch / f"datatable-{ds.n}.result.json"
    result.unlink(missing_ok=True)
    cmd = [python(), str(BENCH / "run.py"), "--probe", "datatable", "--db", str(ds.csv)]
    cmd += ["--runs", "1", "--result", str(result)]
    try:
        done, err = run_timed(cmd, env=env, timeout=timeout, cwd=ROOT)
    except Timeout as exc:
        return Cell(error=str(exc))
    if done.returncode != 0 or not result.exists():
        return Cell(error=f"probe failed: {last_line(err)}")
    return Cell.from_json(orjson.loads(result.read_bytes())["datatable"])


def visidata(ds: Dataset, runs: int, env: dict[str, str], timeout: float) -> dict[str, Cell]:
    vd = venv_tool("vd")
    if vd is None:
        log(
            "VisiData is not installed: `.venv/bin/python -m pip install visidata` "
            "(`make bench` does it) to measure it"
        )
        missing = "n/a (pip install visidata)"
        return {"vd": Cell(error=missing), "vd_rss": Cell(error=missing, unit="B")}
    cell, rss = Cell(), Cell(unit="B")
    scratch = _scratch(env)
    sheet = scratch / "vd.tsv"
    for run in range(runs + 1):
        # The warm-up run writes the sheet out, to check that vd loaded every row.
        cmd = [str(vd), "-b", str(ds.csv), "-o", "-" if run == 0 else os.devnull]
        try:
            with open(sheet if run == 0 else os.devnull, "wb") as sink:
                done, err = run_timed(cmd, env=env, timeout=timeout, cwd=scratch, stdout=sink)
        except Timeout as exc:
            cell.error = rss.error = str(exc)
            break
        if done.returncode != 0:
            cell.error = rss.error = f"failed: {last_line(err)}"
            break
        if run == 0:
            with sheet.open("rb") as lines:
                count = sum(1 for _ in lines)
            sheet.unlink()
            if count < ds.n:
                cell.error = f"loaded only {count - 1} rows"
        else:
            cell.values.append(done.seconds)
            rss.values.append(done.max_rss)
    return {"vd": cell, "vd_rss": rss}


def race(ds: Dataset, runs: int, env: dict[str, str], timeout: float) -> dict[str, Cell]:
    """bilat and VisiData in turn in tmux at 120×30 (bench/terminal.py)."""
    import terminal

    if venv_tool("vd") is None:
        log("VisiData is not installed: its race rows read n/a (`make bench` installs it)")
    return terminal.race(
        bilat=_bilat(),
        vd=venv_tool("vd"),
        db=ds.db,
        csv_path=ds.csv,
        total=ds.n,
        marker=ds.marker,
        runs=runs,
        env=env,
        timeout=timeout,
        scratch=_scratch(env),
    )


def stall(ds: Dataset, runs: int, env: dict[str, str], timeout: float) -> dict[str, Cell]:
    """The stall probe (it saves) on a copy of the database and of its word index: copied
    with their times, so that the index still names the file and is read back. The copy is
    then laid out (``saved_layout``) as ``bilat import`` lays out the file it writes: a
    layout names its file's inode, and a copy's is new."""
    scratch = _scratch(env)
    db = scratch / f"stall-{ds.n}.db.json"
    words = ds.db.with_name(ds.db.name + ".words")
    try:
        shutil.copy2(ds.db, db)
        if words.exists():
            shutil.copy2(words, db.with_name(db.name + ".words"))
        _must([python(), "-c", INDEX_WORDS, str(db)], env, timeout, "the copy's layout")
        return probe("stall", replace(ds, db=db), runs, env, timeout, copy=False)
    finally:
        for leftover in scratch.glob(db.name + "*"):
            leftover.unlink(missing_ok=True)


def cli(ds: Dataset, runs: int, env: dict[str, str], timeout: float) -> dict[str, Cell]:
    bilat = str(_bilat())
    out = _scratch(env) / "export.json"
    commands = {
        "list_csv": [bilat, "--db", str(ds.db), "list", "projects", "--format", "csv"],
        "export": [bilat, "--db", str(ds.db), "export", "-o", str(out)],
    }
    cells: dict[str, Cell] = {}
    for key, cmd in commands.items():
        cell = cells[key] = Cell()
        for run in range(runs + 1):
            try:
                done, err = run_timed(cmd, env=env, timeout=timeout, cwd=ROOT)
            except Timeout as exc:
                cell.error = str(exc)
                break
            if done.returncode != 0:
                cell.error = f"failed: {last_line(err)}"
                break
            if run:
                cell.values.append(done.seconds)
        out.unlink(missing_ok=True)
    return cells


def _scratch(env: dict[str, str]) -> Path:
    return Path(env["HOME"])


# -- the table -----------------------------------------------------------------------------------


def _filterable_race(cells: dict[str, Cell]) -> tuple[float, float] | None:
    """(bilat, VisiData): process start to a table that answers a search.

    For bilat: rows painted, plus the answer to a letter typed as soon as they show
    (a large file's sources, claims and search index are read after the first paint).
    """
    cold, vd, early = cells.get("cold"), cells.get("vd"), cells.get("filter_early")
    if not (cold and vd and cold.ok and vd.ok):
        return None
    waited = early.median if early is not None and early.ok and early.median else 0.0
    return (cold.median or 0.0) + waited, vd.median or 0.0


def _terminal_race(cells: dict[str, Cell]) -> tuple[float, float] | None:
    """(bilat, VisiData) in tmux: launch to the first rows, and to the full table."""
    bilat, vd = cells.get("race_bilat"), cells.get("race_vd")
    if not (bilat and vd and bilat.ok and vd.ok):
        return None
    return bilat.median or 0.0, vd.median or 0.0


def verdict(key: str, cells: dict[str, Cell]) -> str:
    """Whether the figures of one N meet the issue's target for row ``key``."""
    cell = cells.get(key)
    if key in ("race_bilat", "race_faster"):
        tmux_race = _terminal_race(cells)
        if tmux_race is None:
            return "n/a"
        return "pass" if tmux_race[0] <= tmux_race[1] else "FAIL"
    if key == "faster_than_vd":
        race = _filterable_race(cells)
        if race is None:
            return "n/a"
        return "pass" if race[0] < race[1] else "FAIL"
    if cell is None or not cell.values:
        return "n/a" if cell is None or not cell.error else f"FAIL ({cell.error})"
    median, worst = cell.median or 0.0, cell.worst or 0.0
    limits = {
        "filter_word": 0.050,
        "filter_qualifier": 0.050,
        "filter_clear": 0.050,
        "sort": 0.200,
        "detail": 0.050,
        "source": 0.050,
        "form": 0.150,
        "upsert": 0.150,
        "save_app": 0.150,
        "race_word": 1.0,
        "race_counts": 2.0,
    }
    if key in limits:
        return "pass" if median <= limits[key] else "FAIL"
    if key == "save_blocked":
        return "pass" if worst <= 0.050 else f"FAIL (worst {fmt(worst, 's')})"
    if key == "hangup":
        return "pass" if worst <= 0.5 else f"FAIL (worst {fmt(worst, 's')})"
    if key == "rss":
        return "pass" if median <= 500e6 else "FAIL"
    if key == "race_rss":  # "no higher than ~426 MB": within 1 % still passes
        return "pass" if median <= 430e6 else "FAIL"
    if key == "stall":
        return "pass" if worst <= 0.050 else f"FAIL (worst {fmt(worst, 's')})"
    if key == "cold":
        floor_cell = cells.get("floor_process")
        ratio = median / floor_cell.median if floor_cell and floor_cell.median else None
        why = [f"{'≤' if median <= 1.5 else '>'} 1.5 s"]
        why.append(f"{ratio:.1f}× floor" if ratio is not None else "no floor")
        ok = median <= 1.5 and (ratio is None or ratio <= 2.0)
        return f"{'pass' if ok else 'FAIL'} ({'; '.join(why)})"
    return ""


def text_of(key: str, cells: dict[str, Cell]) -> str:
    if key == "race_faster":
        tmux_race = _terminal_race(cells)
        if tmux_race is None:
            return "n/a"
        b, v = tmux_race
        return f"{'bilat' if b <= v else 'VisiData'} ({fmt(b, 's')} vs {fmt(v, 's')})"
    if key == "faster_than_vd":
        race = _filterable_race(cells)
        if race is None:
            return "n/a"
        c, v = race
        winner = "bilat" if c < v else "VisiData"
        return f"{winner} ({fmt(c, 's')} vs {fmt(v, 's')})"
    cell = cells.get(key) or cells.get("*")
    return cell.text() if cell is not None else "n/a"


def table(results: dict[int, dict[str, Cell]]) -> str:
    sizes = sorted(results)
    largest = max((n for n in sizes if results[n].get("cold", Cell()).ok), default=None)
    largest = largest if largest is not None else (sizes[-1] if sizes else None)
    head = ["Measure", *(f"N = {n:,}" for n in sizes), "Target"]
    head.append(f"At N = {largest:,}" if largest is not None else "Verdict")
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for key, label, target in ROWS:
        row = [label, *(text_of(key, results[n]) for n in sizes), target]
        row.append(verdict(key, results[largest]) if target and largest is not None else "")
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |")
    return "\n".join(lines)


def notes(results: dict[int, dict[str, Cell]]) -> str:
    out = []
    for n in sorted(results):
        for key, cell in results[n].items():
            said = [cell.note] if cell.note else []
            if cell.first:
                first = Cell(cell.first).text()
                said.append(f"first repaint after {first}, last (the figure) after {cell.text()}")
            if said:
                out.append(f"- N = {n:,}, {key}: {'; '.join(said)}")
    return "\n".join(out)


def machine() -> str:
    from importlib.metadata import PackageNotFoundError, version

    def of(package: str) -> str:
        try:
            return version(package)
        except PackageNotFoundError:
            return "not installed"

    return (
        f"{os.cpu_count()} CPUs ({platform.machine()}), {_memory()}, Linux {platform.release()}; "
        f"Python {platform.python_version()}, Textual {of('textual')}, TinyDB {of('tinydb')}, "
        f"VisiData {of('visidata')}"
    )


def revision() -> str:
    """The commit measured, and whether the app's code differed from it."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "store", "tui", "pyproject.toml"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "bilat (no git)"
    return f"bilat {head}" + (" with uncommitted changes to store/ or tui/" if dirty else "")


def _memory() -> str:
    with contextlib.suppress(OSError, ValueError, IndexError):
        with open("/proc/meminfo") as info:
            kib = int(info.readline().split()[1])
        return f"{kib / 2**20:.0f} GiB RAM"
    return "? RAM"


# -- main ------------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=DEFAULT_SIZES, help=f"Ns (default {DEFAULT_SIZES})")
    parser.add_argument("--runs", type=int, default=5, help="runs per measure (default 5)")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    parser.add_argument(
        "--out",
        default=str(BENCH / "results" / "latest.md"),
        help="where to write the table (and the raw figures beside it as .json)",
    )
    parser.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    parser.add_argument("--fresh", action="store_true", help="regenerate and re-import the data")
    parser.add_argument(
        "--timeout",
        type=float,
        default=TIMEOUT_S,
        help="deadline of each process or wait, in seconds (default 300)",
    )
    parser.add_argument(
        "--skip-datatable-above",
        type=int,
        default=100_000,
        metavar="N",
        help="skip the plain DataTable baseline above N projects (default 100000)",
    )
    parser.add_argument(
        "--datatable-timeout",
        type=float,
        default=DATATABLE_TIMEOUT_S,
        metavar="S",
        help="give up the DataTable baseline after S seconds (default 60)",
    )
    parser.add_argument(
        "--only",
        help="comma-separated groups: cold,floor,datatable,vd,filter,sort,open,save,cli,hangup,"
        "bulk,race,stall",
    )
    # A probe process (internal): python bench/run.py --probe NAME --db FILE --result OUT
    parser.add_argument("--probe", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--record", help=argparse.SUPPRESS)
    parser.add_argument("--result", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


GROUPS = (
    "cold",
    "floor",
    "datatable",
    "vd",
    "filter",
    "sort",
    "open",
    "save",
    "cli",
    "hangup",
    "bulk",
    "race",
    "stall",
)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.probe:
        return run_probe(args.probe, Path(args.db), args.runs, args.record, Path(args.result))
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    groups = set(args.only.split(",")) if args.only else set(GROUPS)
    unknown = groups - set(GROUPS)
    if unknown:
        sys.exit(f"bench: unknown group(s) {', '.join(sorted(unknown))}")
    DATA.mkdir(parents=True, exist_ok=True)
    scratch = DATA / f"scratch-{os.getpid()}"
    scratch.mkdir(parents=True, exist_ok=True)
    results: dict[int, dict[str, Cell]] = {}
    started = time.strftime("%Y-%m-%d %H:%M")
    load_before = os.getloadavg()[1]
    out, report = Path(args.out), ""
    try:
        for n in sizes:
            env = bench_env(scratch / "unused.db.json", scratch)
            ds = prepare(n, args.seed, fresh=args.fresh, timeout=args.timeout, env=env)
            env = bench_env(ds.db, scratch)
            results[n] = measure(ds, args, groups, env)
            report = write_report(out, results, args.runs, started, load_before)
    finally:
        if not args.keep:
            shutil.rmtree(scratch, ignore_errors=True)
        else:
            log(f"kept {scratch}")
    if results:
        print(report)
        log(f"wrote {out} and {out.with_suffix('.json').name}")
    return 0


def write_report(
    out: Path, results: dict[int, dict[str, Cell]], runs: int, started: str, load: float
) -> str:
    """The table so far, to ``out`` (rewritten after each N, so a late failure keeps the rest)."""
    report = (
        f"{revision()}, benchmarked {started}: median of {runs} runs (min–max); "
        f"{machine()}; "
        f"load average (5 min) {load:.1f} before, {os.getloadavg()[1]:.1f} after."
        f"\n\n{table(results)}\n\nNotes:\n{notes(results)}\n"
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report, encoding="utf-8")
    raw = {str(n): {k: c.to_json() for k, c in cells.items()} for n, cells in results.items()}
    out.with_suffix(".json").write_bytes(orjson.dumps(raw, option=orjson.OPT_INDENT_2))
    return report


FILTER_CELLS = (
    "filter_early",
    "filter_early_unindexed",
    "filter_word",
    "filter_qualifier",
    "filter_clear",
)


def measure(
    ds: Dataset, args: argparse.Namespace, groups: set[str], env: dict[str, str]
) -> dict[str, Cell]:
    runs, timeout = args.runs, args.timeout
    cells: dict[str, Cell] = {"db_size": Cell([float(ds.db.stat().st_size)], unit="B")}
    before = (ds.db.stat().st_size, ds.db.stat().st_mtime_ns)
    # group, the cells a failed probe process leaves empty, the measure
    steps: list[tuple[str, tuple[str, ...], Any]] = [
        ("cold", ("cold", "cold_idle", "rss"), lambda: cold_start(ds, runs, env, timeout)),
        (
            "floor",
            ("floor_loads", "floor_process", "floor_rss"),
            lambda: floor(ds, runs, env, timeout),
        ),
        ("vd", ("vd", "vd_rss"), lambda: visidata(ds, runs, env, timeout)),
        (
            "filter",
            FILTER_CELLS,
            lambda: probe("filter", ds, runs, env, timeout, copy=False),
        ),
        ("sort", ("sort",), lambda: probe("sort", ds, runs, env, timeout, copy=False)),
        (
            "open",
            ("detail", "source", "form"),
            lambda: probe("open", ds, runs, env, timeout, copy=False),
        ),
        ("save", ("upsert",), lambda: probe("upsert", ds, runs, env, timeout, copy=True)),
        (
            "save",
            ("save_app", "save_blocked"),
            lambda: probe("save_app", ds, runs, env, timeout, copy=True),
        ),
        ("save", ("tinydb_update",), lambda: probe("tinydb", ds, runs, env, timeout, copy=True)),
        (
            "race",
            ("race_bilat", "race_vd", "race_word", "race_counts", "race_rss", "race_vd_rss"),
            lambda: race(ds, runs, env, timeout),
        ),
        (
            "stall",
            (
                "stall",
                busy_key("stall"),
                *(key for key, _ in STALL_STEPS),
                *(busy_key(key) for key, _ in STALL_STEPS),
            ),
            lambda: stall(ds, runs, env, timeout),
        ),
        ("cli", ("list_csv", "export"), lambda: cli(ds, runs, env, timeout)),
        ("hangup", ("hangup",), lambda: hangup(ds, runs, env, timeout)),
        (
            "bulk",
            bulk.KEYS,
            lambda: bulk.bulk(_bilat(), ds.json, ds.db, _scratch(env), runs, env, timeout),
        ),
        (
            "datatable",
            ("datatable",),
            lambda: datatable(ds, runs, env, args.datatable_timeout, args.skip_datatable_above),
        ),
    ]
    for group, keys, step in steps:
        if group not in groups:
            continue
        log(f"N={ds.n}: {'/'.join(keys) or group} ...")
        start = time.perf_counter()
        try:
            got = step()
        except Exception as exc:  # one broken measure must not lose the others
            log(f"N={ds.n}: {group} failed: {exc!r}")
            got = {"*": Cell(error=f"error: {type(exc).__name__}: {exc}"[:120])}
        failed = got.pop("*", None)
        for key in keys if failed is not None else ():
            got[key] = Cell(error=failed.error)
        cells.update(got)
        log(f"N={ds.n}: done in {time.perf_counter() - start:.1f} s")
    if (ds.db.stat().st_size, ds.db.stat().st_mtime_ns) != before:
        log(f"warning: {ds.db} changed during the benchmark")
    return cells


if __name__ == "__main__":
    sys.exit(main())
