"""Records, statuses and the words a claim quotes: the day a plant is announced is the news's
day, not one of the plant's; a status said in the lead's own words ("a annoncé mardi la
construction", "began the construction of its plant", "a annoncé jeudi avoir lancé son
nouveau site")."""

from __future__ import annotations

from typing import Any

from .reading import read


def _statuses(proposals: list[Any]) -> list[tuple[Any, str]]:
    return [(p.value, p.quote) for p in proposals if p.field == "status"]


def test_the_day_of_an_announcement_is_no_date_of_the_plant() -> None:
    text = (
        "Le groupe textile Norvalis a annoncé mardi la construction d'une usine de filature à "
        "Sétif. L'usine devrait entrer en production en 2026."
    )
    fields = {p.field for p in read(text)}
    assert "dates.announced" not in fields
    # a guard: the plant's own date is still read
    assert "dates.operation_start" in fields
    text = "Kestrel Mills announced on Monday it will build a spinning mill at Tema."
    assert "dates.announced" not in {p.field for p in read(text, lang="en")}


def test_no_other_cue_takes_the_day_of_an_announcement() -> None:
    # the sentences glued without a space: one sentence to the reader, whose one date is the
    # news's day, not the day the plant produces
    text = (
        "Le groupe textile Norvalis a annoncé mardi l'implantation d'une usine de filature en "
        "Algérie.L'usine, près de Sétif, aura une capacité de 9.000 tonnes et produira du fil."
    )
    assert [p.value.raw for p in read(text) if p.field.startswith("dates.")] == []


def test_an_announcement_with_its_day_between_is_announced() -> None:
    text = "Le groupe textile Norvalis a annoncé mardi la construction d'une usine à Sétif."
    assert _statuses(read(text)) == [("announced", "a annoncé mardi la construction")]
    text = "Le groupe Norvalis a annoncé, ce lundi, l'implantation d'une usine de fil à Sétif."
    assert [v for v, _ in _statuses(read(text))] == ["announced"]
    # a guard: an announcement of something else is no plant announced
    text = "Le groupe Norvalis a annoncé mardi la nomination de son directeur à Sétif."
    assert _statuses(read(text)) == []


def test_began_the_construction_of_is_construction() -> None:
    text = (
        "Kestrel Mills, a Danish maker of steel tanks, began the construction of its plant in "
        "the city of Tema, the government said."
    )
    assert _statuses(read(text, lang="en")) == [("construction", "began the construction of")]
    # a guard: a start still to come is no construction
    text = "Kestrel Mills will begin the construction of its plant in the city of Tema."
    assert "construction" not in [v for v, _ in _statuses(read(text, lang="en"))]


def test_a_plant_reported_as_opened_is_operating() -> None:
    text = (
        "Le fabricant Norvalis a annoncé jeudi avoir lancé son nouveau site de production de "
        "filtres à Sétif. Il avait annoncé en 2021 le lancement de la construction du site."
    )
    proposals = read(text)
    assert _statuses(proposals) == [("operating", "avoir lancé son nouveau site")]
    # the day is the news's: it dates no output
    assert [p for p in proposals if p.field == "dates.operation_start"] == []
    text = "Le fabricant Norvalis annonce avoir inauguré sa première usine à Sétif."
    assert [v for v, _ in _statuses(read(text))] == ["operating"]
    # a guard: a campaign launched is no plant opened
    text = "Le fabricant Norvalis a annoncé avoir lancé une campagne de recrutement à Sétif."
    assert _statuses(read(text)) == []


def _project_names(text: str) -> list[str]:
    return [
        p.value["fr"]
        for p in read(text)
        if p.field == "name" and p.new and p.new.kind == "projects"
    ]


def test_an_industrial_complex_keeps_what_it_is_for() -> None:
    text = (
        "Le groupe Kestrel a inauguré mardi un nouveau complexe industriel dédié à la "
        "production d'engins agricoles et de moteurs, dans le sud du pays."
    )
    assert _project_names(text) == [
        "Complexe industriel dédié à la production d'engins agricoles et de moteurs"
    ]
    # its novelty is no part of its name, nor does it hide the complex
    text = "Le groupe Kestrel a inauguré mardi un nouveau complexe industriel près de Sétif."
    assert [n.split(" de ")[0] for n in _project_names(text)] == ["Complexe industriel"]
    # a guard: a complex said with no purpose keeps its noun and kind only
    text = "Le groupe Kestrel a inauguré mardi un complexe industriel, le premier du pays."
    assert _project_names(text) == ["Complexe industriel"]
