"""Precision and recall of ``bilat propose`` on the evaluation set (bench/extract/articles):
per kind of claim and overall, the tuning articles and the held-out ones apart, and the
time to propose on a long article. `make bench-extract`, or `.venv/bin/python
bench/extract/run.py`; `--errors` lists each claim missed and each proposal matching no
claim, by kind, on the tuning articles (the held-out ones only with `--held-out-errors`,
which spends them); `--tuning` scores the tuning articles only (the held-out ones are
neither read nor scored: what a round uses while its rules change); `--no-timing` leaves the
timing out; `--only=NAME,NAME` scores those articles alone (a set read once as it comes, before
it is tuned on); `--subject-blind` adds the tuning set's table with the subjects of new
projects and agreements ignored, and counts the claims lost only to a record formed or
named otherwise than the analyst's; `--analyst-names` adds each set's table once the analyst has
fixed the records in the review screen (n names a proposed record, m files it under another:
`score.named_by_analyst`) and how many records that took."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from score import KINDS, named_by_analyst, score  # noqa: E402

from bilat.store.extract import propose  # noqa: E402
from bilat.store.models import Source  # noqa: E402
from bilat.store.sources import publication_date  # noqa: E402


def load(path: Path) -> tuple[Source, dict[str, Any]]:
    gold = json.loads(path.with_suffix(".json").read_text("utf-8"))
    text = path.read_text("utf-8")
    published = publication_date(gold["published"]) if gold.get("published") else None
    source = Source(
        id="src-bench", title=gold["title"], text=text, lang=gold["lang"], published=published
    )
    return source, gold


def evaluate(
    held_out: bool,
    listing: bool = False,
    only: frozenset[str] = frozenset(),
    blind: dict[str, list[int]] | None = None,
    named: dict[str, list[int]] | None = None,
) -> dict[str, list[int]]:
    total = {kind: [0, 0, 0, 0] for kind in (*KINDS, "overall")}
    for path in sorted((HERE / "articles").glob("*.txt")):
        if only and path.stem not in only:
            continue
        source, gold = load(path)
        if bool(gold.get("held_out")) != held_out:
            continue
        proposals = [p.to_json() for p in propose(source)]
        errors: list[tuple[str, str, dict[str, Any]]] = []
        matched: set[int] = set()
        table = score(source.text, proposals, gold["claims"], errors, matched=matched)
        for threshold in CONFIDENT:
            sure = [i for i, p in enumerate(proposals) if p["confidence"] >= threshold]
            counts = total.setdefault(f"≥{threshold}", [0, 0])
            counts[0] += len(matched.intersection(sure))
            counts[1] += len(sure)
        row = table["overall"]
        print(
            f"  {path.stem:32} proposals {row[1]:3}  gold {row[3]:3}"
            f"  P {ratio(row[0], row[1])}  R {ratio(row[2], row[3])}"
        )
        if listing:
            for kind, what, claim in sorted(errors, key=lambda e: (e[0], e[1])):
                who = claim["subject"]
                who = (claim["new"] or {}).get("name") if "new" in claim else who["name"]
                print(
                    f"      {kind:7} {what:6} {who or claim.get('subject')!s:.30}"
                    f" {claim['field']:22} {json.dumps(claim['value'], ensure_ascii=False):.60}"
                    f"  «{claim['quote']:.50}»"
                )
        for kind, counts in table.items():
            total[kind] = [a + b for a, b in zip(total[kind], counts, strict=True)]
        if blind is not None:
            loose = score(source.text, proposals, gold["claims"], subject_blind=True)
            for kind, counts in loose.items():
                blind.setdefault(kind, [0, 0, 0, 0])
                blind[kind] = [a + b for a, b in zip(blind[kind], counts, strict=True)]
        if named is not None:
            fixed, records = named_by_analyst(source.text, proposals, gold["claims"])
            for kind, counts in score(source.text, fixed, gold["claims"]).items():
                named.setdefault(kind, [0, 0, 0, 0])
                named[kind] = [a + b for a, b in zip(named[kind], counts, strict=True)]
            groups = {
                p["new"]["key"]
                for p in proposals
                if p["new"] and p["new"]["kind"] in ("projects", "agreements")
            }
            named.setdefault("fixed", [0, 0])
            named["fixed"] = [named["fixed"][0] + records, named["fixed"][1] + len(groups)]
    return total


# the confidences at which the tables say what keeping only the surer proposals gives
CONFIDENT = (0.5, 0.7)


def ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else " n/a"


def print_table(title: str, table: dict[str, list[int]]) -> None:
    print(f"\n{title}")
    fixed = table.pop("fixed", None)
    sure = {t: table.pop(f"≥{t}") for t in CONFIDENT if f"≥{t}" in table}
    if fixed is not None:
        print(
            "  proposed projects and agreements the analyst named or filed under another:"
            f" {fixed[0]} of {fixed[1]}"
        )
    print(f"  {'kind':8} {'precision':>10} {'recall':>8} {'proposed':>9} {'gold':>6}")
    for kind, (hit_p, n_p, hit_g, n_g) in table.items():
        print(f"  {kind:8} {ratio(hit_p, n_p):>10} {ratio(hit_g, n_g):>8} {n_p:>9} {n_g:>6}")
    gold = table["overall"][3]
    for threshold, (hits, kept) in sure.items():
        print(
            f"  only the proposals at confidence ≥ {threshold}: precision {ratio(hits, kept)},"
            f" recall {ratio(hits, gold)} ({kept} proposals)"
        )


def timing() -> None:
    print(f"\nfirst reading in a fresh process (imports and lexicons): {first_reading():.3f} s")
    runs = _timed(TIMED)
    print(
        "\nproposing on a 2,000-word article (after load, CPU time of one core): "
        f"median {statistics.median(runs):.3f} s, worst {max(runs):.3f} s of 8 articles"
    )
    long = _timed(LONG)
    print(
        "proposing on a long report, every article's paragraphs one after another (CPU time): "
        + ", ".join(f"{words:,} words {seconds:.1f} s" for words, seconds in long)
    )


def _timed(script: str) -> Any:
    """What ``script`` prints as JSON, run in a fresh process over the articles' folder."""
    return json.loads(
        subprocess.run(
            [sys.executable, "-c", script, str(HERE / "articles")],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )


# Eight long articles, each of other articles' paragraphs: each names its own countries and
# towns, read for the first time in a process that has read only one short text (the load):
# nothing the scoring read before is kept for them.
TIMED = """
import json, random, sys, time
from pathlib import Path
from bilat.store.extract import propose
from bilat.store.models import Source
propose(Source(id="src-bench", title="load", text="Une usine à Oran.", lang="fr"))
paths = sorted(Path(sys.argv[1]).glob("*.txt"))
runs = []
for seed in range(8):
    order = list(paths)
    random.Random(seed).shuffle(order)
    words = []
    for path in order:
        words += path.read_text("utf-8").split()
        if len(words) >= 2000:
            break
    source = Source(id="src-bench", title="long", text=" ".join(words[:2000]), lang="fr")
    start = time.process_time()
    propose(source)
    runs.append(time.process_time() - start)
print(json.dumps(runs))
"""


# A report as long as a government's or an agency's: the articles' texts one after another,
# naming a hundred countries and more, read in one process (each length afresh).
LONG = """
import json, sys, time
from pathlib import Path
from bilat.store.extract import propose
from bilat.store.models import Source
propose(Source(id="src-bench", title="load", text="Une usine à Oran.", lang="fr"))
words = " ".join(p.read_text("utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))).split()
runs = []
for n in (8000, 16000, 32000):
    source = Source(id="src-bench", title="long", text=" ".join(words[:n]), lang="fr")
    start = time.process_time()
    propose(source)
    runs.append((n, time.process_time() - start))
print(json.dumps(runs))
"""


FIRST = """
import time
start = time.perf_counter()
from bilat.store.extract import propose
from bilat.store.models import Source
propose(Source(id="src-x", title="x", text="Une usine sera construite à Oran.", lang="fr"))
print(time.perf_counter() - start)
"""


def first_reading() -> float:
    """The first proposal of a session: the imports, pycountry's subdivisions, the
    gazetteer and the patterns, in a process that has read nothing yet (median of 3)."""
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", FIRST], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(3)
    ]
    return statistics.median(runs)


def main() -> None:
    listing = "--errors" in sys.argv
    naming = "--analyst-names" in sys.argv
    chosen = [a.split("=", 1)[1] for a in sys.argv if a.startswith("--only=")]
    if chosen:
        only = frozenset(name for a in chosen for name in a.split(",") if name)
        print("chosen articles")
        chosen_named: dict[str, list[int]] | None = {} if naming else None
        print_table("chosen articles", evaluate(False, listing, only, named=chosen_named))
        if chosen_named is not None:
            print_table("chosen articles, once the analyst has named the records", chosen_named)
        return
    print("tuning set")
    blind: dict[str, list[int]] | None = {} if "--subject-blind" in sys.argv else None
    named: dict[str, list[int]] | None = {} if naming else None
    table = evaluate(False, listing, blind=blind, named=named)
    print_table("tuning set, all articles", table)
    if named is not None:
        print_table("tuning set, once the analyst has named the records", named)
    if blind is not None:
        print_table("tuning set, subjects of new projects and agreements ignored", blind)
        print(
            f"  claims lost only to a new record's subject: "
            f"{blind['overall'][2] - table['overall'][2]} of {table['overall'][3]}"
        )
    if "--tuning" not in sys.argv:
        print("\nheld-out set (never tuned on)")
        named = {} if naming else None
        held = evaluate(True, "--held-out-errors" in sys.argv, named=named)
        if not held["overall"][3]:
            print("  none: every article is in the tuning set (a round chooses its own first)")
        else:
            print_table("held-out set", held)
            if named is not None:
                print_table("held-out set, once the analyst has named the records", named)
    if "--no-timing" not in sys.argv:
        timing()


if __name__ == "__main__":
    main()
