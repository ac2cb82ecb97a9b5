"""Figures as analysts write them, turned into Quantity records.

``5000``, ``5 000``, ``~5000``, ``5000-6000``, ``≥ 5000``, ``at least 5000``,
``1 Mt/yr``, ``1 000 000 t``, ``1.5 million t``, ``1,5 million de tonnes par an``,
``thousands``, ``des milliers``. Vague words never become a point value:
"thousands" is at least 1 000, an order of magnitude. Amounts of money
(``parse_money``) are figures with a currency: ``1,2 milliard de dollars``,
``$1.2bn``, ``500 millions DA``, ``€300m``.
"""

from __future__ import annotations

import re

from .errors import BilatError
from .models import JobCount, Money, Quantity
from .text import fold

EXAMPLES = "5000, ~5000, 5000-6000, at least 5000, 1 Mt/yr, 1 000 000 t, thousands, des milliers"

_VAGUE = {
    "dozens": 10,
    "des dizaines": 10,
    "dizaines": 10,
    "hundreds": 100,
    "des centaines": 100,
    "centaines": 100,
    "thousands": 1000,
    "des milliers": 1000,
    "milliers": 1000,
    "tens of thousands": 10_000,
    "des dizaines de milliers": 10_000,
    "millions": 1_000_000,
    "des millions": 1_000_000,
    "billions": 1_000_000_000,
    "milliards": 1_000_000_000,
    "des milliards": 1_000_000_000,
}
_SCALE_WORDS = {
    "thousand": 1e3,
    "mille": 1e3,
    "k": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "milliard": 1e9,
    "milliards": 1e9,
    "bn": 1e9,
    "md": 1e9,
}
_UNIT_SCALE = {"mt": ("t", 1e6), "kt": ("t", 1e3), "gw": ("GW", 1.0), "mw": ("MW", 1.0)}
_UNIT_NAMES = {
    "t": "t",
    "tonnes": "t",
    "tonne": "t",
    "tons": "t",
    "ton": "t",
    "de tonnes": "t",
    "jobs": "jobs",
    "emplois": "jobs",
    "employees": "jobs",
    "usd": "USD",
    "$": "USD",
    "dollars": "USD",
    "eur": "EUR",
    "€": "EUR",
    "euros": "EUR",
    "dzd": "DZD",
    "dinars": "DZD",
    "rub": "RUB",
    "roubles": "RUB",
}
_PER_YEAR = re.compile(r"\s*(/\s*(yr|year|an|a)|per year|par an|a year|annual(ly)?)$")
_NUMBER = r"\d+(?:[ \u00a0\u202f]\d{3})*(?:\.\d{3})*(?:[.,]\d+)?"


class QuantityParseError(BilatError):
    """A figure that cannot be understood; the message shows forms that work."""


# "2.500" and "1.000.000" as French and German write thousands (a point every three
# digits, no decimals); "2.5" and "1,5" stay decimals.
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def _number(text: str) -> float:
    cleaned = re.sub(r"[ \u00a0\u202f]", "", text)
    if _DOTTED_THOUSANDS.fullmatch(cleaned):
        return float(cleaned.replace(".", ""))
    return float(cleaned.replace(",", "."))


def _tidy(number: float) -> int | float:
    return int(number) if number.is_integer() else number


def parse_quantity(text: str, *, estimate: bool = False, job_type: str | None = None) -> Quantity:
    """The Quantity ``text`` describes (a JobCount if ``job_type``), or QuantityParseError."""
    raw = text.strip()
    key = fold(raw).replace("–", "-")
    fields = _parse(key, raw)
    fields["estimate"] = estimate
    fields["raw"] = raw
    if job_type is not None:
        if fields.get("unit") is None:  # _parse always sets the key, often to None
            fields["unit"] = "jobs"
        return JobCount(job_type=job_type, **fields)  # type: ignore[arg-type]
    return Quantity(**fields)  # type: ignore[arg-type]


def _parse(key: str, raw: str) -> dict[str, object]:
    if not key:
        raise QuantityParseError(f"the figure is empty; try {EXAMPLES}")
    for words, floor in sorted(_VAGUE.items(), key=lambda item: -len(item[0])):
        if key == words or key.startswith(words + " "):
            unit = _unit(key[len(words) :].strip().removeprefix("d'").removeprefix("de ").strip())
            return {"min": floor, "qualifier": "order_of_magnitude", "unit": unit}
    qualifier = "exact"
    for prefix, name in (
        ("~", "approx"),
        ("≈", "approx"),
        ("about ", "approx"),
        ("around ", "approx"),
        ("environ ", "approx"),
        ("ca. ", "approx"),
        ("approx. ", "approx"),
        (">=", "at_least"),
        ("≥", "at_least"),
        (">", "at_least"),
        ("at least ", "at_least"),
        ("au moins ", "at_least"),
        ("plus de ", "at_least"),
        ("over ", "at_least"),
        ("more than ", "at_least"),
    ):
        if key.startswith(prefix):
            qualifier = name
            key = key[len(prefix) :].strip()
            break
    per_year = bool(_PER_YEAR.search(key))
    key = _PER_YEAR.sub("", key).strip()
    match = re.fullmatch(rf"({_NUMBER})\s*-\s*({_NUMBER})\s*([a-z$€]*)\s*(.*)", key)
    if match:
        scale, unit = _scale_and_unit(match[3], match[4], raw)
        low, high = _number(match[1]) * scale, _number(match[2]) * scale
        if low > high:
            raise QuantityParseError(
                f"{raw!r}: the range goes down; write the smaller number first"
            )
        return {
            "min": _tidy(low),
            "max": _tidy(high),
            "qualifier": "range",
            "unit": _per_year(unit, per_year),
        }
    match = re.fullmatch(rf"({_NUMBER})\s*([a-z$€]*)\s*(.*)", key)
    if match:
        scale, unit = _scale_and_unit(match[2], match[3], raw)
        value = _tidy(_number(match[1]) * scale)
        if qualifier == "at_least":
            return {"min": value, "qualifier": "at_least", "unit": _per_year(unit, per_year)}
        return {"value": value, "qualifier": qualifier, "unit": _per_year(unit, per_year)}
    raise QuantityParseError(f"cannot read the figure {raw!r}; try {EXAMPLES}")


def _scale_and_unit(first: str, rest: str, raw: str) -> tuple[float, str | None]:
    scale = 1.0
    words = (first + " " + rest).split()
    if words and words[0] in _SCALE_WORDS and not (words[0] == "m" and len(words) == 1):
        scale = _SCALE_WORDS[words.pop(0)]
    if words and words[0] in _UNIT_SCALE:
        unit, factor = _UNIT_SCALE[words.pop(0)]
        if words:
            raise QuantityParseError(f"cannot read the unit in {raw!r}; try {EXAMPLES}")
        return scale * factor, unit
    unit_text = " ".join(words).removeprefix("de ").removeprefix("d'").strip()
    return scale, _unit(unit_text)


def _unit(text: str) -> str | None:
    if not text:
        return None
    return _UNIT_NAMES.get(text, text)


def _per_year(unit: str | None, per_year: bool) -> str | None:
    if not per_year:
        return unit
    return f"{unit}/yr" if unit else "/yr"


MONEY_EXAMPLES = "1,2 milliard de dollars, $1.2bn, USD 1.2 bn, 500 millions DA, €300m, ~$1-2bn"
# Currencies as analysts write them (folded), and their ISO 4217 codes; any other code is
# taken as written in capitals ("CNY 500m").
_CURRENCY_WORDS = {
    "us$": "USD",
    "$": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "dollars americains": "USD",
    "dollars us": "USD",
    "€": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "da": "DZD",
    "dinar": "DZD",
    "dinars": "DZD",
    "dinars algeriens": "DZD",
    "₽": "RUB",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "£": "GBP",
    "livres sterling": "GBP",
    "pounds": "GBP",
    "yuan": "CNY",
    "yuans": "CNY",
}
_SYMBOLS = re.compile(r"(us\$|[$€£₽])")
_CURRENCY_WORD = re.compile(
    r"(?<![\w$€£₽])("
    + "|".join(
        re.escape(word)
        for word in sorted(_CURRENCY_WORDS, key=len, reverse=True)
        if word.isalpha() or " " in word
    )
    + r")(?!\w)"
)
_CODE = re.compile(r"\b[A-Z]{3}\b")
CURRENCY_PATTERN = re.compile(r"^[A-Z]{3}$")
# "(2024)", "en 2024", "in 2024" after an amount: the year it is given for.
_YEAR = re.compile(r"\s*(?:\(\s*((?:19|20)\d\d)\s*\)|\b(?:en|in)\s+((?:19|20)\d\d))$")
# Words for "of" left between a figure and its currency ("milliard de dollars").
_LINK = re.compile(r"\s+(?:de|d'|of)$")
_ABBREVIATIONS = ((re.compile(r"(\d)\s*m$"), r"\1 mn"), (re.compile(r"\bmds?$"), "md"))


def parse_money(
    text: str, *, currency: str | None = None, year: int | None = None, estimate: bool = False
) -> Money:
    """The Money ``text`` describes, its currency from the words or else ``currency``, its
    year from the words ("(2024)", "en 2024") or else ``year``; QuantityParseError if the
    figure cannot be read or names two currencies."""
    raw = text.strip()
    found = set(_CODE.findall(raw))
    key = fold(raw).replace("–", "-")
    stated_year = _YEAR.search(key)
    if stated_year:
        year = int(stated_year[1] or stated_year[2])
        key = key[: stated_year.start()]
    for code in found:
        key = re.sub(rf"\b{code.lower()}\b", " ", key)
    key = _SYMBOLS.sub(lambda m: f" {m[1]} ", key)
    for word in _SYMBOLS.findall(key) + _CURRENCY_WORD.findall(key):
        found.add(_CURRENCY_WORDS[word])
    key = _CURRENCY_WORD.sub(" ", _SYMBOLS.sub(" ", key))
    key = _LINK.sub("", " ".join(key.split()))
    for pattern, replacement in _ABBREVIATIONS:
        key = pattern.sub(replacement, key)
    if len(found) > 1:
        raise QuantityParseError(f"{raw!r} names {len(found)} currencies: give one amount each")
    stated = found.pop() if found else None
    wanted = currency.strip().upper() if currency else None
    if stated and wanted and stated != wanted:
        raise QuantityParseError(f"{raw!r} is in {stated}, not {wanted}")
    if not key:
        raise QuantityParseError(f"{raw!r} has no amount; try {MONEY_EXAMPLES}")
    fields = _parse(key, raw)
    if fields.get("unit") is not None:
        raise QuantityParseError(f"cannot read the currency in {raw!r}; try {MONEY_EXAMPLES}")
    code = stated or wanted
    if code is not None and not CURRENCY_PATTERN.fullmatch(code):
        raise QuantityParseError(f"{code!r} is not an ISO 4217 currency code like USD or EUR")
    del fields["unit"]
    figure: dict[str, object] = {
        **fields,
        **{name: _round(fields[name]) for name in ("value", "min", "max") if name in fields},
    }
    return Money(
        **figure,  # type: ignore[arg-type]
        currency=code,
        year=year,
        estimate=estimate,
        raw=raw,
    )


def _round(number: object) -> int | float:
    """A figure rid of the float noise of its scaling (1.23 × 10⁹)."""
    assert isinstance(number, (int, float))
    return _tidy(round(float(number), 6))
