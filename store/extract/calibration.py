"""How likely each proposal is to be a claim the analyst keeps.

The reader's rules each give a confidence of their own, and on text the rules were never
tuned on that number says little: a rule sure of itself misfires as often as a doubtful
one. This module weighs the rule's number with what the whole reading says about the
proposal — its field, its record's kind, how many proposals that record gathers, how far
the quote lies from where the record is named, whether the headline names the record,
whether the same value is proposed for another record — by the weights of a logistic
model (``calibration.json``) fitted by ``bench/extract/calibrate.py`` on what the reader
proposed about articles it had never been tuned on (``bench/extract/first_read/``), each
proposal marked kept or not by the article's gold.

Features read only the JSON contract's keys, so a stored reading can be weighed again by
later weights; a feature the fitting never saw weighs nothing."""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

from ..models import kind_of_id
from . import rx
from .proposal import Proposal
from .segment import folded, headline_end

Features = dict[str, float]

# the reader's own confidence, read as steps as well as a number
_STEPS = (0.5, 0.6, 0.7, 0.8, 0.9)
# distances, in characters, from a quote to its record's nearest name
_REACH = (150, 400, 1000, 2500)


def features(proposals: Sequence[Mapping[str, Any]], text: str, lang: str) -> list[Features]:
    """Each proposal's features, ``proposals`` being the JSON contract's objects of one
    reading of ``text``."""
    group_of = [_group(p) for p in proposals]
    sizes = Counter(group_of)
    kinds_of_group: dict[str, str] = {}
    names_at: dict[str, list[int]] = defaultdict(list)
    name_words: dict[str, set[str]] = {}
    values_in: dict[tuple[str, str], set[str]] = defaultdict(set)
    fields_of: dict[str, set[str]] = defaultdict(set)
    fold = folded(text)
    for p, group in zip(proposals, group_of, strict=True):
        kinds_of_group[group] = _kind(p)
        if p["field"] in ("name", "title"):
            names_at[group].append(p["start"])
        if p["new"]:
            name_words[group] = _words(p["new"]["name"])
        values_in[(p["field"], _value_key(p["value"]))].add(group)
        fields_of[group].add(p["field"])
    groups_per_kind = Counter(kinds_of_group.values())
    headline_at = headline_end(text)
    headline = _words(text[:headline_at])
    length = max(len(text), 1)
    result = []
    for p, group in zip(proposals, group_of, strict=True):
        kind = kinds_of_group[group]
        field = p["field"]
        reader = float(p["confidence"])
        f: Features = {
            "bias": 1.0,
            f"field:{field}": 1.0,
            f"kind:{kind}": 1.0,
            f"kind-field:{kind}.{field}": 1.0,
            f"lang:{lang}": 1.0,
            "reader": reader,
            "held": 0.0 if p["new"] else 1.0,
            "record-size": math.log1p(sizes[group]) / 3,
            "records-of-kind": math.log1p(groups_per_kind[kind]) / 3,
            "position": p["start"] / length,
            "quote-length": math.log1p(p["end"] - p["start"]) / 5,
        }
        for step in _STEPS:
            if reader >= step:
                f[f"reader>={step}"] = 1.0
        if p["start"] < headline_at:
            f["in-headline"] = 1.0
        words = name_words.get(group)
        if words:
            f["named-in-headline"] = len(words & headline) / len(words)
            f["name-words"] = math.log1p(len(words)) / 3
        if field not in ("name", "title"):
            at = names_at.get(group)
            if not at:
                f["no-name-quote"] = 1.0
            else:
                distance = min(abs(p["start"] - start) for start in at)
                f[_reach(distance)] = 1.0
        if len(values_in[(field, _value_key(p["value"]))]) > 1:
            f["value-of-several-records"] = 1.0
        f["record-fields"] = len(fields_of[group]) / 5
        quoted = fold[p["start"] : p["end"]].strip()
        if len(quoted) > 3:
            f["quote-said-again"] = math.log(max(fold.count(quoted), 1)) / 2
        if isinstance(p["value"], dict):
            for key, part in p["value"].items():
                if part not in (None, False, "", [], {}) and key not in ("fr", "en"):
                    f[f"value-has:{key}"] = 1.0
        result.append(f)
    return result


def likelihoods(proposals: Sequence[Mapping[str, Any]], text: str, lang: str) -> list[float]:
    """The chance, by the fitted weights, that each proposal is kept."""
    weights = _weights()
    return [_logistic(weights, f) for f in features(proposals, text, lang)]


def calibrated(proposals: list[Proposal], text: str, lang: str) -> list[Proposal]:
    """``proposals`` with their confidence replaced by the fitted chance of being kept
    (left as the rules gave it when no weights ship)."""
    if not _weights() or not proposals:
        return proposals
    chances = likelihoods([p.to_json() for p in proposals], text, lang)
    for proposal, chance in zip(proposals, chances, strict=True):
        # the contract's confidence lies in (0, 1]
        proposal.confidence = min(max(chance, 0.01), 1.0)
    return proposals


def _logistic(weights: Mapping[str, float], f: Features) -> float:
    z = sum(weights.get(name, 0.0) * value for name, value in f.items())
    z = max(min(z, 30.0), -30.0)
    return 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=1)
def _weights() -> dict[str, float]:
    try:
        raw = resources.files(__package__).joinpath("calibration.json").read_text("utf-8")
    except FileNotFoundError:
        return {}
    weights: dict[str, float] = json.loads(raw)["weights"]
    return weights


def _group(p: Mapping[str, Any]) -> str:
    return str(p["subject"] or p["new"]["key"])


def _kind(p: Mapping[str, Any]) -> str:
    if p["new"]:
        return str(p["new"]["kind"])
    return kind_of_id(p["subject"] or "") or "?"


def _words(text: str) -> set[str]:
    return {w for w in rx.findall(r"\w+", folded(text)) if len(w) > 2}


def _value_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _reach(distance: int) -> str:
    for limit in _REACH:
        if distance < limit:
            return f"name-within-{limit}"
    return f"name-beyond-{_REACH[-1]}"
