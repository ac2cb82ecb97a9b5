"""Figures the press states: capacities with their units, jobs, amounts of money; each as
``store.quantities`` types it (a Quantity, a JobCount, a Money), never a made-up point
value ("des milliers d'emplois" is at least 1 000, an order of magnitude)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import JobCount, JobType, Money, Qualifier, Quantity

_WORD_NUMBERS = {
    "un": 1,
    "une": 1,
    "one": 1,
    "deux": 2,
    "two": 2,
    "trois": 3,
    "three": 3,
    "quatre": 4,
    "four": 4,
    "cinq": 5,
    "five": 5,
    "six": 6,
    "dix": 10,
    "ten": 10,
}
_NUM = r"(?<![\w.,])(?:\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?|un|une|one|deux|two|trois|three|quatre|four|cinq|five|six|dix|ten)(?:\s*\(\d+\))?"
_SCALE = r"(?:milliards?|millions?|mille|billions?|thousand|bn|mds?|mn|lakh|crore|m)\b"
_SCALES = {
    "milliard": 1e9,
    "milliards": 1e9,
    "md": 1e9,
    "mds": 1e9,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "million": 1e6,
    "millions": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "mille": 1e3,
    "thousand": 1e3,
    "lakh": 1e5,
    "crore": 1e7,
}
_APPROX = r"(?:pres de|environ|quelque|autour de|about|around|nearly|some|approximately|de l'ordre de|estimee? a|estimated at|estime a)"
_AT_LEAST = r"(?:plus de|au moins|over|more than|at least|depasse|exceeds?)"

_UNITS = (
    (r"(?:de |d')?(?:tonnes?|t\b|tons?)", "t"),
    (r"mt\b", "Mt"),
    (r"(?:d')?unites\b|units\b", "units"),
    (r"(?:de )?(?:vehicules|voitures)|vehicles|cars\b", "vehicles"),
    (r"(?:de )?metres(?: de fil)?|metres|meters", "m"),
    (r"(?:de )?pieces|pieces", "pieces"),
    (r"(?:[\w.-]+ )?(?:assault )?rifles|fusils", "rifles"),
    (r"(?:de )?kilowatt-?heures?|kilowatt-hours?|kwh\b", "kWh"),
    (r"mw\b", "MW"),
    (r"gw\b", "GW"),
)
_PER = r"\s*(?:/\s*an|par an|/\s*yr|per year|a year|annually|par jour|/\s*jour|per day|a day)"
_CAPACITY = re.compile(
    rf"(?:(?P<q>{_APPROX}|{_AT_LEAST})\s+)?(?P<n>{_NUM})\s*(?P<s>{_SCALE})?\s*(?:de |d')?(?P<u>"
    + "|".join(f"(?:{u})" for u, _ in _UNITS)
    + rf")(?P<w>[\w' ]{{0,20}}?)(?P<per>{_PER})?"
)
_JOB_NOUNS = r"(?:postes? d'emplois?|postes? (?:de )?(?:nouveaux |nouvelles )?emplois|postes? de travail|emplois?|jobs?|job opportunities|employes|employees|salaries|travailleurs|workers|personnes|collaborateurs|postes\b(?! d| a | au))"
_JOBS = re.compile(
    rf"(?:(?P<q>{_APPROX}|{_AT_LEAST})\s+)?(?P<n>{_NUM})\s*(?P<s>mille|thousand|lakh)?\s*(?:(?:nouveaux|nouvelles|new|autres|other)\s+)?(?:(?P<t1>direct|indirect|direct and indirect)\s+)?{_JOB_NOUNS}(?P<t2>\s+(?:directs?|indirects?|directs et indirects|direct|indirect)(?: permanents)?)?"
)
_VAGUE_JOBS = re.compile(
    r"(?:des |de )?(?P<w>milliers|centaines|dizaines de milliers|thousands|hundreds|tens of thousands)\s+(?:d'|de |of )(?:(?:(?:nouveaux|new)\s+)?(?:postes d'emplois?|emplois|jobs)(?P<t>\s+(?:directs?|indirects?))?|autres(?P<t2> (?:directs|indirects)))"
)
_VAGUE_FLOOR = {
    "milliers": 1000,
    "thousands": 1000,
    "centaines": 100,
    "hundreds": 100,
    "dizaines de milliers": 10000,
    "tens of thousands": 10000,
}
_CURRENCY = r"(?:de |d')?(?:(?:u\.?s\.? )?dollars?(?: americains| us)?|euros?|dinars(?: algeriens)?|da\b|usd\b|eur\b|dzd\b|roubles?|rubles?|yuans?|cny\b)"
_MONEY = re.compile(
    rf"(?:(?P<q>{_APPROX}|{_AT_LEAST})\s+)?(?:(?P<sym>[$€₹]|us\$|rs\.? ?)\s*(?P<n1>{_NUM})\s*(?P<s1>{_SCALE}|billion|crore)?|(?P<n2>{_NUM})\s*(?P<s2>{_SCALE})?\s*(?P<c>{_CURRENCY})(?:\s*(?:us|americains))?)"
)
_CODES = (
    (r"dollars?|usd", "USD"),
    (r"euros?|eur", "EUR"),
    (r"dinars|da|dzd", "DZD"),
    (r"roubles?|rubles?|rub", "RUB"),
    (r"yuans?|cny", "CNY"),
)
_MONEY_CUES = re.compile(
    r"invest\w*|\bcout\w*|couter|valeur|montant|financ\w*|\bworth\b|\bcost\w*|valued|budget|enveloppe|mobilis\w*|\bdeal\b|\bproject\b"
)
_NOT_INVESTMENT = re.compile(
    r"export\w*|revenus?|recettes|chiffre d'affaires|revenues?|\btrade\b|echanges|economiser|importation|ventes|sold|salaires"
)
_CAPACITY_CUES = re.compile(
    r"capacit\w*|produire|production|produira|produit|capacity|produce|output|manufactur\w*|fabriqu\w*|traitement|atteindra|\bof\b|generat\w*|\bgenere\w*"
)


@dataclass(frozen=True)
class Figure:
    field: str  # capacity, jobs, investment
    value: Quantity
    start: int
    end: int
    confidence: float


def _number(text: str) -> float:
    text = re.sub(r"\s*\(\d+\)$", "", text.strip())
    if text in _WORD_NUMBERS:
        return float(_WORD_NUMBERS[text])
    cleaned = re.sub(r"[ \u00a0\u202f]", "", text)
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", cleaned) and not re.fullmatch(r"\d,\d{3}", cleaned):
        return float(re.sub(r"[.,]", "", cleaned))
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", cleaned):
        return float(cleaned.replace(",", ""))
    return float(cleaned.replace(",", "."))


def _tidy(number: float) -> int | float:
    number = round(number, 6)
    return int(number) if number.is_integer() else number


def _qualifier(word: str | None, estimate_words: str) -> tuple[Qualifier, bool]:
    if not word:
        return "exact", False
    if re.fullmatch(_AT_LEAST, word):
        return "at_least", False
    return "approx", bool(re.search(r"estim", word + estimate_words))


def figures_in(text: str, fold: str, start: int, end: int) -> list[Figure]:
    """The figures of one sentence (``fold`` is the folded text, same offsets)."""
    found: list[Figure] = []
    taken: list[tuple[int, int]] = []
    sentence = fold[start:end]

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    for match in _VAGUE_JOBS.finditer(sentence):
        a, b = start + match.start(), start + match.end()
        job_type = _job_type((match.group("t") or "") + (match.group("t2") or ""))
        value = JobCount(
            min=_VAGUE_FLOOR[match.group("w")],
            unit="jobs",
            qualifier="order_of_magnitude",
            raw=text[a:b],
            job_type=job_type,
        )
        found.append(Figure("jobs", value, a, b, 0.8))
        taken.append((a, b))
    for match in _JOBS.finditer(sentence):
        a, b = start + match.start(), start + match.end()
        if not free(a, b):
            continue
        number = _number(match.group("n")) * _SCALES.get(match.group("s") or "", 1.0)
        qualifier, _ = _qualifier(match.group("q"), "")
        job_type = _job_type((match.group("t1") or "") + (match.group("t2") or ""))
        point, floor = _point_or_floor(number, qualifier)
        ceiling = None
        ranged = _range(text, sentence, match.start(), start, number, match.group("s"))
        if ranged is not None and qualifier == "exact":
            point, floor, ceiling, a = None, _tidy(ranged[0]), _tidy(number), ranged[1]
        value = JobCount(
            value=point,
            min=floor,
            max=ceiling,
            unit="jobs",
            qualifier=qualifier,
            raw=text[a:b],
            job_type=job_type,
        )
        found.append(Figure("jobs", value, a, b, 0.85))
        taken.append((a, b))
    for match in _MONEY.finditer(sentence):
        a, b = start + match.start(), start + match.end()
        if not free(a, b):
            continue
        before = sentence[max(0, match.start() - 90) : match.start()]
        after = sentence[match.end() : match.end() + 30]
        if not _MONEY_CUES.search(before + " " + after) or _NOT_INVESTMENT.search(before[-60:]):
            continue
        money = _money(match, text[a:b])
        if money is not None:
            found.append(Figure("investment", money, a, b, 0.75))
            taken.append((a, b))
    for match in _CAPACITY.finditer(sentence):
        a, b = (
            start + match.start(),
            start + match.end() - len(match.group("w") or "") - len(match.group("per") or ""),
        )
        per = match.group("per") or ""
        if per:
            b = start + match.end()
        if not free(a, b):
            continue
        before = sentence[max(0, match.start() - 80) : match.start()]
        if not _CAPACITY_CUES.search(before + match.group(0)) or _NOT_INVESTMENT.search(
            before[-40:]
        ):
            continue
        unit = next(
            name for pattern, name in _UNITS if re.fullmatch(pattern, match.group("u").strip())
        )
        number = _number(match.group("n")) * _SCALES.get(match.group("s") or "", 1.0)
        if unit == "Mt":
            unit, number = "t", number * 1e6
        annual = bool(re.search(r"an\b|yr|year|annual", per)) or bool(
            re.search(r"annuel\w*|par an|annual|per year|/an", sentence)
        )
        daily = bool(re.search(r"jour|day", per))
        unit_text = f"{unit}/yr" if annual and not daily else (f"{unit}/day" if daily else unit)
        qualifier, estimate = _qualifier(match.group("q"), before[-20:])
        if re.search(r"estimee? a\s*$|estimated at\s*$", before):
            qualifier, estimate = "approx", True
        point, floor = _point_or_floor(number, qualifier)
        ceiling = None
        ranged = _range(text, sentence, match.start(), start, number, match.group("s"))
        if ranged is not None and qualifier == "exact":
            point, floor, ceiling, a = None, _tidy(ranged[0]), _tidy(number), ranged[1]
        value_q = Quantity(
            value=point,
            min=floor,
            max=ceiling,
            unit=unit_text,
            qualifier=qualifier,
            estimate=estimate,
            raw=text[a:b],
        )
        found.append(Figure("capacity", value_q, a, b, 0.7))
        taken.append((a, b))
    # "AK-203 assault rifles", "A320", "VVER-1200": a model's designation, no quantity.
    found = [
        f for f in found if not re.search(r"[A-Za-z][-‑]?$", text[max(0, f.start - 2) : f.start])
    ]
    return sorted(found, key=lambda figure: figure.start)


# "de 4.500 à 5.000 postes", "2 à 3 millions de tonnes", "between 2 and 3 million tonnes":
# the lower bound said before the figure.
_RANGE_FROM = re.compile(
    rf"(?:(?:de|from|between|entre) )?(?P<n>{_NUM})\s*(?P<s>{_SCALE})?\s*(?:a|to|and|et|-)\s*$"
)


def _range(
    text: str, sentence: str, at: int, start: int, upper: float, scale: str | None
) -> tuple[float, int] | None:
    """The lower bound of a range whose upper bound begins at ``at`` (sentence offsets),
    and where the range begins (text offsets); None if no range."""
    found = _RANGE_FROM.search(sentence[max(0, at - 40) : at])
    if found is None or _is_year(found.group("n")):
        return None
    lower = _number(found.group("n")) * _SCALES.get(found.group("s") or scale or "", 1.0)
    if lower >= upper:
        return None
    return lower, start + max(0, at - 40) + found.start()


def _is_year(number: str) -> bool:
    return bool(re.fullmatch(r"(?:19|20)\d\d", number.strip()))


def _job_type(words: str) -> JobType:
    if "indirect" in words and "direct " in words.replace("indirect", ""):
        return "total"
    if "indirect" in words:
        return "indirect"
    if "direct" in words:
        return "direct"
    return "total"


def _money(match: re.Match[str], raw: str) -> Money | None:
    number_text = match.group("n1") or match.group("n2")
    scale_word = match.group("s1") or match.group("s2") or ""
    symbol = (match.group("sym") or "").strip()
    currency_words = match.group("c") or ""
    if symbol.startswith("rs") or symbol == "₹":
        code = "INR"
    elif symbol in ("$", "us$"):
        code = "USD"
    elif symbol == "€":
        code = "EUR"
    else:
        word = re.sub(r"^(?:de |d')?(?:u\.?s\.? )?", "", currency_words.strip())
        code = next((c for pattern, c in _CODES if re.match(pattern, word)), "")
    if not code:
        return None
    number = _number(number_text) * _SCALES.get(scale_word.strip(), 1.0)
    qualifier, estimate = _qualifier(match.group("q"), "")
    point, floor = _point_or_floor(number, qualifier)
    return Money(
        value=point, min=floor, qualifier=qualifier, estimate=estimate, raw=raw, currency=code
    )


def _point_or_floor(number: float, qualifier: str) -> tuple[int | float | None, int | float | None]:
    """ "plus de 2000" is at least 2000, never the point value 2000."""
    return (None, _tidy(number)) if qualifier == "at_least" else (_tidy(number), None)
