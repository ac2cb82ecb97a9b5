"""Figures said in forms the reader missed or typed otherwise than the analyst: vehicles
counted as units, a spelled number opening on a hundred, a floor said with "exceeding", the
currencies of the world's press by symbol, code and name, and a second capacity said as
"l'autre de"."""

from __future__ import annotations

from typing import Any

from bilat.store.extract.figures import figures_in
from bilat.store.extract.segment import folded

from .reading import read


def _figures(text: str, field: str) -> list[Any]:
    fold = folded(text)
    return [f.value for f in figures_in(text, fold, 0, len(fold)) if f.field == field]


def _capacities(text: str) -> list[tuple[Any, Any]]:
    return [(v.value, v.unit) for v in _figures(text, "capacity")]


def _sums(text: str) -> list[tuple[Any, Any, Any]]:
    return [(v.value, v.min, v.currency) for v in _figures(text, "investment")]


def test_vehicles_a_year_are_units_a_year() -> None:
    text = "The Tarvel plant has a production capacity of 80,000 vehicles per year."
    assert _capacities(text) == [(80000, "units/yr")]
    text = "L'usine Zentra Motors aura une capacité de 60 000 véhicules par an."
    assert _capacities(text) == [(60000, "units/yr")]
    # a guard: tonnes stay tonnes
    assert _capacities("L'usine aura une capacité de 60 000 tonnes par an.") == [(60000, "t/yr")]


def test_a_spelled_number_may_open_on_a_hundred() -> None:
    text = "une usine d'une capacité annuelle de cent cinquante-cinq mille véhicules"
    assert _capacities(text) == [(155000, "units/yr")]
    # a guard: "pour cent" is no number
    assert _capacities("une capacité en hausse de dix pour cent") == []


def test_exceeding_a_sum_is_its_floor() -> None:
    text = "Zentra Motors made an investment exceeding 40 million dollars in the plant."
    assert _sums(text) == [(None, 40_000_000, "USD")]
    text = "Tarvel prévoit un investissement dépassant 30 millions d'euros."
    assert _sums(text) == [(None, 30_000_000, "EUR")]


def test_currencies_by_their_names() -> None:
    assert _sums("an investment of 12 billion baht") == [(12e9, None, "THB")]
    assert _sums("un investissement d'un milliard de livres") == [(1e9, None, "GBP")]
    assert _sums("un investissement de 2 milliards de réals brésiliens") == [(2e9, None, "BRL")]
    assert _sums("une usine de 1,5 milliard de dollars canadiens") == [(1.5e9, None, "CAD")]
    assert _sums("an investment of 20 million Azerbaijani manats") == [(2e7, None, "AZN")]
    assert _sums("un investissement de 50 millions de francs suisses") == [(5e7, None, "CHF")]
    assert _sums("an investment of 3 trillion rupiah") == [(3e12, None, "IDR")]
    assert _sums("an investment of 400 million ringgit") == [(4e8, None, "MYR")]
    assert _sums("un investissement de 90 millions de zlotys") == [(9e7, None, "PLN")]
    assert _sums("an investment of 6 billion Mexican pesos") == [(6e9, None, "MXN")]
    # a guard: a bare dollar is still the American one
    assert _sums("une usine de 1,5 milliard de dollars") == [(1.5e9, None, "USD")]


def test_currencies_by_their_symbols_and_codes() -> None:
    assert _sums("The investment volume for the project is ₼12mln") == [(1.2e7, None, "AZN")]
    assert _sums("an investment of ฿5 billion") == [(5e9, None, "THB")]
    assert _sums("an investment of C$300 million") == [(3e8, None, "CAD")]
    assert _sums("un investissement de R$ 2 milliards") == [(2e9, None, "BRL")]
    assert _sums("un investissement de plus de 160 millions de PLN") == [(None, 1.6e8, "PLN")]
    assert _sums("an investment of THB 2 billion") == [(2e9, None, "THB")]


def test_a_sum_in_brackets_after_pounds_is_the_same_sum() -> None:
    text = (
        "Le projet représente un investissement de deux milliards de livres "
        "(2,7 milliards d'euros)."
    )
    assert _sums(text) == [(2e9, None, "GBP")]


def test_the_other_plant_of_a_pair_has_its_capacity() -> None:
    text = (
        "Une des usines aura une capacité de 8 000 tonnes de sulfate de nickel raffiné par an, "
        "tandis que l'autre de 12 000 tonnes, indique Tarvel."
    )
    assert _capacities(text) == [(8000, "t/yr"), (12000, "t/yr")]
    # a guard: the other of a pair whose first count is no capacity has none either
    text = (
        "Au port de Tarvel, deux navires sont arrivés hier: l'un a livré 8 000 tonnes de "
        "charbon, et l'autre de 12 000 tonnes."
    )
    assert _capacities(text) == []


def _currencies(text: str) -> list[Any]:
    return [p.plain_value()["currency"] for p in read(text) if p.field == "investment"]


def test_the_rupee_sign_and_a_bare_pound_are_the_hosts() -> None:
    text = (
        "Zentra Motors va construire une usine à Port-Louis, à Maurice. "
        "L'investissement s'élève à Rs 500 millions."
    )
    assert _currencies(text) == ["MUR"]
    text = (
        "Zentra Motors va construire une usine à Alexandrie, en Égypte. "
        "L'investissement s'élève à 900 millions de livres."
    )
    assert _currencies(text) == ["EGP"]
    # a guard: a host counting in no pound of its own leaves sterling
    text = (
        "Zentra Motors va construire une usine à Nitra, en Slovaquie. "
        "L'investissement s'élève à 900 millions de livres."
    )
    assert _currencies(text) == ["GBP"]
