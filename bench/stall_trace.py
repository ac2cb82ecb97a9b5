"""Where a stall of the event loop was spent: a sampler for the stall probe.

The probe (``common.probe_stall``) finds the gaps between ticks of a 5 ms timer on the
event loop; this says what ran during each. A thread reads every thread's stack each
millisecond. Two kinds of stall show differently: the loop busy in Python (its own stack,
sampled all along the gap), or a thread holding the interpreter in one long C call (no
sample at all for the length of the call: the sampler needs the interpreter too; the
first sample after it shows the thread just past the call).

    BENCH_STALL_TRACE=FILE python bench/run.py --sizes 100000 --only stall --runs 1

writes, for each gap over 30 ms, the most frequent stacks of each thread in it to FILE.
"""

from __future__ import annotations

import bisect
import gc
import itertools
import sys
import threading
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from types import FrameType

DEPTH = 14
GAP_SHOWN = 0.030


def _stack(frame: FrameType | None) -> tuple[str, ...]:
    lines: list[str] = []
    while frame is not None and len(lines) < DEPTH:
        code = frame.f_code
        name = code.co_filename
        short = "/".join(Path(name).parts[-2:])
        lines.append(f"{short}:{frame.f_lineno} {code.co_name}")
        frame = frame.f_back
    return tuple(lines)


class StallTracer:
    """Samples every thread's stack each millisecond, until ``stop``."""

    def __init__(self, interval: float = 0.003) -> None:
        self.interval = interval
        # Tuples of strings only: the collector stops tracking them at its first pass, so
        # the samples (thousands a minute) add nothing to the passes the trace reports.
        self.samples: list[tuple[float, tuple[tuple[str, tuple[str, ...]], ...]]] = []
        self._interned: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="stall-trace", daemon=True)
        # Collections of the cyclic garbage collector: (start, end, generation, thread,
        # objects made and not walked when it started: the youngest generation's count).
        self.collections: list[tuple[float, float, int, str, int]] = []
        self._collecting: float | None = None
        self._young = 0
        # The process's CPU time at each sample: a gap without it was spent waiting for
        # a CPU (other programs) or the disk, not in this program.
        self.cpu: list[float] = []

    def _on_gc(self, phase: str, info: dict[str, int]) -> None:
        now = time.perf_counter()
        if phase == "start":
            self._collecting = now
            self._young = gc.get_count()[0]
        elif self._collecting is not None:
            name = threading.current_thread().name
            self.collections.append((self._collecting, now, info["generation"], name, self._young))
            self._collecting = None

    def start(self) -> None:
        gc.callbacks.append(self._on_gc)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
        gc.callbacks.remove(self._on_gc)

    def _run(self) -> None:
        me = threading.get_ident()
        names: dict[int, str] = {}
        while not self._stop.wait(self.interval):
            now = time.perf_counter()
            self.cpu.append(time.process_time())
            frames = sys._current_frames()
            seen: dict[str, tuple[str, ...]] = {}
            for ident, frame in frames.items():
                if ident == me:
                    continue
                name = names.get(ident)
                if name is None:
                    for thread in threading.enumerate():
                        if thread.ident == ident:
                            name = names[ident] = f"{thread.name}#{ident % 10000}"
                            break
                    else:
                        name = str(ident)
                stack = _stack(frame)
                seen[name] = self._interned.setdefault(stack, stack)
            self.samples.append((now, tuple(seen.items())))

    def report(self, ticks: Sequence[float], steps: Sequence[tuple[str, float, float]]) -> str:
        """Each gap between ``ticks`` over 30 ms, in the step (name, start, end) it fell in,
        with what the threads were doing."""
        out: list[str] = []
        times = [t for t, _ in self.samples]
        for a, b in itertools.pairwise(ticks):
            gap = b - a
            if gap < GAP_SHOWN:
                continue
            step = next((name for name, s, e in steps if s <= b and a <= e), "?")
            lo, hi = bisect.bisect_left(times, a), bisect.bisect_right(times, b)
            inside = self.samples[lo:hi]
            # The sample just after the gap: where a long C call left its thread.
            after = self.samples[hi] if hi < len(self.samples) else None
            waits = [y - x for x, y in zip(times[lo:hi], times[lo + 1 : hi + 1], strict=False)]
            longest = max(waits, default=gap)
            cpu_lo = self.cpu[max(lo - 1, 0)] if self.cpu else 0.0
            cpu_hi = self.cpu[min(hi, len(self.cpu) - 1)] if self.cpu else 0.0
            out.append(
                f"== {gap * 1000:.0f} ms in «{step}» at {a:.3f}: {len(inside)} samples, "
                f"sampler's longest wait {longest * 1000:.0f} ms, "
                f"process CPU {(cpu_hi - cpu_lo) * 1000:.0f} ms"
            )
            for c_start, c_end, generation, name, young in self.collections:
                if c_start <= b and a <= c_end and c_end - c_start > 0.005:
                    out.append(
                        f"  gc generation {generation} in {name}: "
                        f"{(c_end - c_start) * 1000:.0f} ms ({young:,} young)"
                    )
            per_thread: dict[str, Counter[tuple[str, ...]]] = {}
            for _, seen in inside:
                for name, stack in seen:
                    per_thread.setdefault(name, Counter())[stack] += 1
            for name, counter in per_thread.items():
                for stack, count in counter.most_common(2):
                    if _idle(stack):
                        continue
                    out.append(f"  [{name}] ×{count}")
                    out.extend(f"      {line}" for line in stack)
            if after is not None and longest > 0.015:
                out.append("  just after the longest wait:")
                for name, stack in after[1]:
                    if not _idle(stack):
                        out.append(f"  [{name}]")
                        out.extend(f"      {line}" for line in stack[:8])
        out.extend(self._collections_summary(steps))
        return "\n".join(out)

    def _collections_summary(self, steps: Sequence[tuple[str, float, float]]) -> list[str]:
        """Every collector pass over 5 ms, wherever it fell (in a gap or not)."""
        out = [f"== collector passes: {len(self.collections)}; those over 5 ms:"]
        for c_start, c_end, generation, name, young in self.collections:
            if c_end - c_start > 0.005:
                step = next((n for n, s, e in steps if s <= c_end and c_start <= e), "?")
                out.append(
                    f"  {c_start:.3f} generation {generation} in {name} «{step}»: "
                    f"{(c_end - c_start) * 1000:.0f} ms ({young:,} young)"
                )
        return out


def _idle(stack: tuple[str, ...]) -> bool:
    """A thread waiting (a lock, a queue, select): not what holds anything."""
    if not stack:
        return True
    top = stack[0]
    return any(
        word in top
        for word in (" wait", " select", " _worker", " get", "selectors.py", " poll", " sleep")
    )
