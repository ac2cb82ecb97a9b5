"""The stall probe's figures (bench/common.py): the longest gap between the ticker's ticks in
a step, and the longest of those the program itself was busy in, told from gaps in which the
machine did not run it."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import common  # noqa: E402  (bench/ is a folder of scripts, not a package)
import run  # noqa: E402

# (wall, process CPU) at each tick: a 100 ms gap with 4 ms of CPU (the machine), a 40 ms gap
# with 38 ms of CPU (the program), ticks of 5 ms around them.
TICKS = [
    (0.000, 0.000),
    (0.005, 0.004),
    (0.105, 0.008),  # 100 ms, 4 ms of CPU
    (0.110, 0.012),
    (0.150, 0.050),  # 40 ms, 38 ms of CPU
    (0.155, 0.054),
]


def test_the_raw_gap_and_the_busy_one_are_told_apart() -> None:
    raw, busy = common.longest_gaps(TICKS, 0.0, 0.2)
    assert round(raw, 3) == 0.100
    assert round(busy, 3) == 0.040


def test_a_gap_counts_in_a_step_it_touches() -> None:
    # The step starts inside the machine's gap and ends before the program's.
    raw, busy = common.longest_gaps(TICKS, 0.050, 0.107)
    assert round(raw, 3) == 0.100
    assert busy < 0.010


def test_the_busy_gap_needs_half_of_it_in_cpu() -> None:
    half = [(0.0, 0.0), (0.060, 0.030)]
    less = [(0.0, 0.0), (0.060, 0.029)]
    assert common.longest_gaps(half, 0.0, 1.0) == (0.060, 0.060)
    assert common.longest_gaps(less, 0.0, 1.0) == (0.060, 0.0)


def test_every_step_has_a_busy_row_in_the_table() -> None:
    keys = [key for key, _, _ in run.ROWS]
    for key, _ in common.STALL_STEPS:
        assert common.busy_key(key) in keys
    assert common.busy_key("stall") in keys
    cells = {"stall_busy": common.Cell(values=[0.02])}
    assert "20" in run.table({100_000: cells})


def test_a_gap_that_ends_as_a_step_starts_is_not_the_steps() -> None:
    # The start is counted from the first rows painted, a tick of its own: the gap that
    # ends there (the app laying out its first screen) is the start's time, not a stall.
    ticks = [(0.0, 0.0), (0.090, 0.085), (0.095, 0.089), (0.125, 0.110)]
    raw, busy = common.longest_gaps(ticks, 0.090, 0.2)
    assert round(raw, 3) == 0.030
    assert round(busy, 3) == 0.030
    assert round(common.longest_gaps(ticks, 0.0, 0.090)[0], 3) == 0.090


def test_rows_are_shown_once_the_projects_table_holds_some() -> None:
    class Table:
        def __init__(self, rows: list[str]) -> None:
            self.rows = rows

    class Main:
        def __init__(self, rows: list[str]) -> None:
            self.table = Table(rows)

        def query_one(self, selector: str) -> Table:
            assert selector == "#projects"
            return self.table

    class App:
        def __init__(self, rows: list[str]) -> None:
            self.main = Main(rows)

    class Starting:
        @property
        def main(self) -> Main:
            raise StopIteration  # no main screen pushed yet

    assert not common.rows_shown(App([]))
    assert not common.rows_shown(Starting())
    assert common.rows_shown(App(["prj-1"]))
