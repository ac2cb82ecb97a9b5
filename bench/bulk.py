"""The `bulk` group of bench/run.py: `bilat import` of the generated bundle into an empty
database, `bilat export -o FILE` and `bilat copy` of the database, each a process timed
from spawn to exit, with its peak RSS (from wait4)."""

from __future__ import annotations

from pathlib import Path

from common import Cell, Timeout, last_line, run_timed

# The rows this group fills, for bench/run.py's table.
ROWS: list[tuple[str, str, str]] = [
    ("bulk_import", "**9.** `bilat import` of the bundle into an empty database", ""),
    ("bulk_import_rss", "↳ its peak RSS", "≤ the bundle's size"),
    ("bulk_export", "**9.** `bilat export -o FILE`", ""),
    ("bulk_export_rss", "↳ its peak RSS", "≤ the database's size"),
    ("bulk_copy", "**9.** `bilat copy DB NEW`", ""),
    ("bulk_copy_rss", "↳ its peak RSS", "≤ the database's size"),
]
KEYS = tuple(key for key, _, _ in ROWS)


def bulk(
    bilat: Path,
    bundle: Path,
    db: Path,
    scratch: Path,
    runs: int,
    env: dict[str, str],
    timeout: float,
) -> dict[str, Cell]:
    """Each command ``runs`` times (after one warm-up run, not counted), on files in
    ``scratch`` removed before each run."""
    fresh, exported, copied = scratch / "bulk.db.json", scratch / "bulk.json", scratch / "copy.json"
    commands = {
        "bulk_import": [str(bilat), "--db", str(fresh), "import", str(bundle)],
        "bulk_export": [str(bilat), "--db", str(db), "export", "-o", str(exported)],
        "bulk_copy": [str(bilat), "copy", str(db), str(copied)],
    }
    cells: dict[str, Cell] = {}
    for key, cmd in commands.items():
        cell = cells[key] = Cell()
        rss = cells[key + "_rss"] = Cell(unit="B")
        for run in range(runs + 1):
            for path in (fresh, exported, copied):
                for leftover in path.parent.glob(path.name + "*"):
                    leftover.unlink()
            try:
                done, err = run_timed(cmd, env=env, timeout=timeout)
            except Timeout as exc:
                cell.error = rss.error = str(exc)
                break
            if done.returncode != 0:
                cell.error = rss.error = f"failed: {last_line(err)}"
                break
            if run:
                cell.values.append(done.seconds)
                rss.values.append(done.max_rss)
    return cells
