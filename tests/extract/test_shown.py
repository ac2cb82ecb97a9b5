"""A proposal's value in words (``store.extract.shown``), as the review screen and ``bilat
propose``'s text show it: figures, dates, places, names, never the contract's JSON."""

from __future__ import annotations

from typing import Any

from bilat.store.extract.shown import value_text

from .reading import read

ARTICLE = (
    "La société turque Tosyali a lancé lundi la construction d’un complexe d’acier plat à "
    "Béthioua, dans la wilaya d’Oran. Le complexe, d'un coût de 1,5 milliard de dollars, "
    "créera 2 500 emplois directs et produira 2 millions de tonnes par an."
)


def _shown(proposals: list[Any]) -> dict[str, str]:
    names = {p.new.key: p.new.name for p in proposals if p.new is not None}
    return {p.field: value_text(p, lambda ref: names.get(ref, ref)) for p in proposals}


def test_each_value_reads_as_words() -> None:
    shown = _shown(read(ARTICLE))
    assert shown["investment"] == "USD 1.5 bn"
    assert shown["jobs"] == "2 500 direct jobs"
    assert shown["capacity"] == "2 000 000 t/yr"
    assert shown["location"] == "Béthioua, Oran, DZ"
    assert shown["parties"] == "Tosyali (partner)"
    assert shown["country"] == "TR"
    assert shown["dates.construction_start"] == "lundi (2024-03-04)"
    assert shown["status"] == "construction"
    assert shown["sectors"].endswith("(primary)")
    assert not any("{" in text for text in shown.values()), shown


def test_a_reference_to_a_record_reads_as_its_name() -> None:
    proposals = read(ARTICLE)
    party = next(p for p in proposals if p.field == "parties")
    assert value_text(party, lambda ref: f"<{ref}>") == f"<{party.value.org}> (partner)"
    sector = next(p for p in proposals if p.field == "sectors")
    assert value_text(sector, lambda ref: "Steel") == "Steel (primary)"
