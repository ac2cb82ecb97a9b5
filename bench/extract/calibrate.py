"""Fits the weights that turn the reader's proposals into chances of being kept
(`bilat/store/extract/calibration.py`), on what the reader proposed about articles it had
never been tuned on (`first_read/`: each held-out set as the rules frozen before it read it),
each proposal marked kept when it matches a claim of today's gold (`score.py`).

First it measures, set by set, weights fitted on every other set: how well the chances tell
kept from not kept beside the rules' own confidence (Brier score, the area under the ROC
curve), what keeping only the proposals at or above a confidence does to precision and
recall, and, over all sets, how often proposals said to be kept with a chance p were kept.
Then it fits on every set and writes the weights. `.venv/bin/python
bench/extract/calibrate.py` (`--no-write` measures only, `--fit-only` skips the measure and
fits at the penalty the shipped weights were fitted with, `--penalty=P` measures that penalty
alone, `--data=DIR` reads another folder of readings)."""

from __future__ import annotations

import json
import math
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from score import score  # noqa: E402

from bilat.store.extract.calibration import Features, features  # noqa: E402

WEIGHTS = HERE.parents[1] / "store" / "extract" / "calibration.json"
THRESHOLDS = (0.5, 0.7)
PENALTIES = (0.0003, 0.001, 0.003)


class Sample:
    def __init__(self, f: Features, kept: bool, reader: float, group: str) -> None:
        self.f = f
        self.kept = kept
        self.reader = reader
        self.group = group


def load() -> tuple[dict[str, list[Sample]], dict[str, int], dict[str, list[str]]]:
    """Samples per set, the gold claims per set, the articles per set."""
    samples: dict[str, list[Sample]] = defaultdict(list)
    gold_count: dict[str, int] = defaultdict(int)
    articles: dict[str, list[str]] = defaultdict(list)
    data = next((a[7:] for a in sys.argv if a.startswith("--data=")), str(HERE / "first_read"))
    for path in sorted(Path(data).glob("*.json")):
        reading = json.loads(path.read_text("utf-8"))
        name = reading["article"]
        text = (HERE / "articles" / f"{name}.txt").read_text("utf-8")
        gold = json.loads((HERE / "articles" / f"{name}.json").read_text("utf-8"))
        proposals: list[dict[str, Any]] = reading["proposals"]
        matched: set[int] = set()
        score(text, proposals, gold["claims"], matched=matched)
        group = reading["set"]
        articles[group].append(name)
        gold_count[group] += len(gold["claims"])
        for index, (p, f) in enumerate(
            zip(proposals, features(proposals, text, gold["lang"]), strict=True)
        ):
            samples[group].append(Sample(f, index in matched, float(p["confidence"]), name))
    return samples, gold_count, articles


def fit(samples: list[Sample], penalty: float, rounds: int = 300) -> dict[str, float]:
    """Logistic regression, L2 ``penalty`` (not on the bias), by Adam on the whole batch."""
    weights: dict[str, float] = defaultdict(float)
    first: dict[str, float] = defaultdict(float)
    second: dict[str, float] = defaultdict(float)
    n = len(samples)
    rate, b1, b2 = 0.05, 0.9, 0.999
    for step in range(1, rounds + 1):
        grad: dict[str, float] = defaultdict(float)
        for s in samples:
            error = _chance(weights, s.f) - s.kept
            for name, value in s.f.items():
                grad[name] += error * value / n
        for name in list(weights) + [g for g in grad if g not in weights]:
            g = grad.get(name, 0.0) + (penalty * weights[name] if name != "bias" else 0.0)
            first[name] = b1 * first[name] + (1 - b1) * g
            second[name] = b2 * second[name] + (1 - b2) * g * g
            moved = first[name] / (1 - b1**step)
            scale = math.sqrt(second[name] / (1 - b2**step)) + 1e-8
            weights[name] -= rate * moved / scale
    return dict(weights)


def _chance(weights: dict[str, float], f: Features) -> float:
    z = sum(weights.get(name, 0.0) * value for name, value in f.items())
    z = max(min(z, 30.0), -30.0)
    return 1.0 / (1.0 + math.exp(-z))


def brier(pairs: list[tuple[float, bool]]) -> float:
    return sum((p - k) ** 2 for p, k in pairs) / max(len(pairs), 1)


def auc(pairs: list[tuple[float, bool]]) -> float:
    """The chance that a kept proposal is given more than one not kept (ties count half)."""
    kept = [p for p, k in pairs if k]
    other = [p for p, k in pairs if not k]
    if not kept or not other:
        return float("nan")
    ranked = sorted(pairs, key=lambda pk: pk[0])
    # rank sum with ties averaged
    ranks: dict[int, float] = {}
    i = 0
    while i < len(ranked):
        j = i
        while j + 1 < len(ranked) and ranked[j + 1][0] == ranked[i][0]:
            j += 1
        for r in range(i, j + 1):
            ranks[r] = (i + j) / 2 + 1
        i = j + 1
    kept_ranks = sum(ranks[r] for r, (_, k) in enumerate(ranked) if k)
    return (kept_ranks - len(kept) * (len(kept) + 1) / 2) / (len(kept) * len(other))


def at_threshold(pairs: list[tuple[float, bool]], gold: int, t: float) -> tuple[float, float]:
    kept = [k for p, k in pairs if p >= t]
    precision = sum(kept) / len(kept) if kept else float("nan")
    return precision, sum(kept) / gold if gold else float("nan")


def main() -> None:
    write = "--no-write" not in sys.argv
    samples, gold_count, articles = load()
    sets = sorted(samples)
    total = sum(len(v) for v in samples.values())
    print(
        f"{len(sets)} sets, {sum(len(v) for v in articles.values())} articles,"
        f" {total} proposals, {sum(s.kept for v in samples.values() for s in v)} kept"
    )
    if "--fit-only" in sys.argv:
        shipped = json.loads(WEIGHTS.read_text("utf-8"))["fitted_on"]["penalty"]
        _write(samples, articles, float(shipped))
        return
    best: tuple[float, float] | None = None
    pooled: dict[float, list[tuple[float, bool, float, str]]] = {}
    chosen = [float(a[10:]) for a in sys.argv if a.startswith("--penalty=")]
    for penalty in chosen or PENALTIES:
        rows = []
        for held in sets:
            train = [s for other in sets if other != held for s in samples[other]]
            weights = fit(train, penalty)
            rows += [(_chance(weights, s.f), s.kept, s.reader, held) for s in samples[held]]
        pooled[penalty] = rows
        loss = brier([(p, k) for p, k, _, _ in rows])
        print(
            f"  penalty {penalty}: Brier of the chances, each set by the others' weights {loss:.4f}"
        )
        if best is None or loss < best[0]:
            best = (loss, penalty)
    assert best is not None
    penalty = best[1]
    rows = pooled[penalty]
    print(f"\neach set weighed by the weights fitted on the others (penalty {penalty}):")
    header = (
        f"  {'set':44} {'props':>5} {'kept':>5} {'gold':>5}  {'Brier rule/fit':>15}"
        f"  {'AUC rule/fit':>13}"
    )
    for t in THRESHOLDS:
        header += f"  {'P/R ≥' + str(t) + ' rule':>15} {'fit':>11}"
    print(header)
    for one in [*sets, None]:
        mine = [r for r in rows if one is None or r[3] == one]
        gold = gold_count[one] if one else sum(gold_count.values())
        fitted = [(p, k) for p, k, _, _ in mine]
        rule = [(r, k) for _, k, r, _ in mine]
        line = (
            f"  {(one or 'all sets'):44.44} {len(mine):5} {sum(k for _, k in fitted):5}"
            f" {gold:5}  {brier(rule):6.3f} / {brier(fitted):6.3f}"
            f"  {auc(rule):5.2f} / {auc(fitted):5.2f}"
        )
        for t in THRESHOLDS:
            rp, rr = at_threshold(rule, gold, t)
            fp, fr = at_threshold(fitted, gold, t)
            line += f"  {rp:5.2f} / {rr:5.2f}   {fp:5.2f} / {fr:5.2f}"
        print(line)
    print("\nhow often a proposal given a chance in each band was kept (all sets, as above):")
    for low in (0.0, 0.2, 0.4, 0.6, 0.8):
        band = [(p, k) for p, k, _, _ in rows if low <= p < low + 0.2 or (low == 0.8 and p == 1)]
        if band:
            said = sum(p for p, _ in band) / len(band)
            print(
                f"  {low:.1f}–{low + 0.2:.1f}: {len(band):5} proposals, said {said:.2f},"
                f" kept {sum(k for _, k in band) / len(band):.2f}"
            )
    if write:
        _write(samples, articles, penalty)


def _write(
    samples: dict[str, list[Sample]], articles: dict[str, list[str]], penalty: float
) -> None:
    """Fits on every set and writes the weights the reader ships."""
    sets = sorted(samples)
    everything = [s for v in samples.values() for s in v]
    weights = fit(everything, penalty)
    WEIGHTS.write_text(
        json.dumps(
            {
                "fitted_on": {
                    "sets": len(sets),
                    "articles": sum(len(v) for v in articles.values()),
                    "proposals": len(everything),
                    "penalty": penalty,
                },
                "weights": {k: round(v, 4) for k, v in sorted(weights.items()) if abs(v) >= 1e-4},
            },
            indent=1,
            ensure_ascii=False,
        )
        + "\n",
        "utf-8",
    )
    print(f"\nwrote {WEIGHTS.relative_to(HERE.parents[1])}: {len(weights)} weights")


if __name__ == "__main__":
    main()
