"""Dates' words as the analyst writes them (GOLD.md rule 3, from the preposition, article or
demonstrative that opens them), and a plant's opening said "sera ouverte" / "will open"."""

from __future__ import annotations

from bilat.store.extract.segment import folded
from bilat.store.extract.when import dates_in

from .reading import read


def _raws(text: str) -> list[str]:
    fold = folded(text)
    return [d.value.raw for d in dates_in(text, fold, 0, len(fold), None)]


def test_a_date_words_open_on_their_preposition() -> None:
    assert _raws("L'usine Tarvel sera opérationnelle en septembre prochain.") == [
        "en septembre prochain"
    ]
    assert _raws("The Zentra Motors plant was opened on Wednesday.") == ["on Wednesday"]
    assert _raws("L'accord a été signé le 15 novembre.") == ["le 15 novembre"]
    assert _raws("L'usine sera ouverte au mois de novembre 2026.") == ["au mois de novembre 2026"]
    # guards: a word apart from the date is not its ("a procédé, mercredi"; "hier, mardi")
    assert _raws("Le groupe Tarvel a procédé, mercredi, à l'inauguration.") == ["mercredi"]
    assert _raws("Zentra Motors expects production to start early next year.") == [
        "early next year"
    ]


def test_a_plant_that_will_open_on_a_date_starts_then() -> None:
    text = (
        "La nouvelle usine Tarvel, qui sera ouverte au mois de novembre 2026, emploiera "
        "300 personnes."
    )
    found = [p.plain_value() for p in read(text) if p.field == "dates.operation_start"]
    assert [(d["earliest"], d["planned"]) for d in found] == [("2026-11-01", True)]
    # a guard: a plant that opens new markets says no date of its opening
    text = "The Zentra Motors plant will open new markets in 2026."
    assert not [p for p in read(text, lang="en") if p.field == "dates.operation_start"]


def test_a_date_said_right_after_a_cue_is_that_cue_s() -> None:
    text = (
        "The Zentra Motors plant in Tarvel will start construction in 2027 and thereafter "
        "start operations."
    )
    found = {p.field for p in read(text, lang="en") if p.field.startswith("dates.")}
    assert found == {"dates.construction_start"}
    # a guard: a date said after the second cue is still the second's
    text = "The Zentra Motors plant in Tarvel will start construction and start operations in 2029."
    found = {p.field for p in read(text, lang="en") if p.field.startswith("dates.")}
    assert found == {"dates.operation_start"}


def test_production_expected_to_start_dates_the_start() -> None:
    text = (
        "Zentra Motors is building a battery plant in Tarvel, with production expected to "
        "start in 2027."
    )
    found = [p.plain_value() for p in read(text, lang="en") if p.field == "dates.operation_start"]
    assert [(d["earliest"], d["planned"]) for d in found] == [("2027-01-01", True)]
    text = "À l'usine Tarvel de Sfax, la production devrait démarrer en 2027."
    assert [p for p in read(text) if p.field == "dates.operation_start"]


def test_a_plant_to_become_operational_or_ready_starts_then() -> None:
    for said in ("is expected to become operational", "is expected to be ready for operation"):
        text = f"The Zentra Motors plant in Tarvel {said} in June 2027."
        found = [
            p.plain_value() for p in read(text, lang="en") if p.field == "dates.operation_start"
        ]
        assert [d["earliest"] for d in found] == ["2027-06-01"], said
    # a guard: a plant ready for its inspection says no start
    text = "The Zentra Motors plant in Tarvel is ready for inspection in June 2027."
    assert not [p for p in read(text, lang="en") if p.field == "dates.operation_start"]


def test_a_plant_to_start_its_output_on_a_date_starts_then() -> None:
    for said in ("doit démarrer la production", "doit produire ses premiers véhicules"):
        text = f"L'usine Tarvel de Sfax {said} en 2027."
        found = [p.plain_value() for p in read(text) if p.field == "dates.operation_start"]
        assert [d["earliest"] for d in found] == ["2027-01-01"], said
    # a guard: a plant that produces its goods says no start
    text = "L'usine Tarvel de Sfax produit des véhicules depuis des années pour 2027."
    assert not [p for p in read(text) if p.field == "dates.operation_start"]
