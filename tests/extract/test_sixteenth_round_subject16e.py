"""Which plant a sentence's claims are filed under when it names two: the plant it is about
(its subject, named first), not one named beside it as a neighbour or a comparison ("qui
vient s'ajouter à", "next to", "unlike")."""

from __future__ import annotations

from typing import Any

from .reading import read


def _jobs_by_plant(proposals: list[Any]) -> dict[str, set[Any]]:
    found: dict[str, set[Any]] = {}
    for p in proposals:
        if p.field == "jobs" and p.new is not None:
            found.setdefault(p.new.name, set()).add(p.plain_value()["value"])
    return found


def test_a_plant_that_comes_beside_another_keeps_the_sentence_figures() -> None:
    text = (
        "La sucrerie de Kirago, qui vient s'ajouter à la sucrerie de Bantumi, devrait "
        "permettre la création de 420 emplois permanents."
    )
    jobs = _jobs_by_plant(read(text))
    assert jobs == {"Sucrerie de Kirago": {420}}


def test_a_plant_named_next_to_another_gathers_nothing() -> None:
    text = (
        "The Velmor brewery, next to the Ostrava glass factory, will create 260 jobs when it opens."
    )
    jobs = _jobs_by_plant(read(text, lang="en"))
    assert set(jobs) and all(260 not in v for k, v in jobs.items() if "glass" in k.casefold())
    assert any(260 in v for k, v in jobs.items() if "brewery" in k.casefold())


def test_the_next_sentence_is_still_about_the_subject() -> None:
    text = (
        "La sucrerie de Kirago, qui vient s'ajouter à la sucrerie de Bantumi, sera bâtie "
        "dans la région. Cette usine emploiera 420 personnes."
    )
    jobs = _jobs_by_plant(read(text))
    assert jobs == {"Sucrerie de Kirago": {420}}


def test_a_second_plant_with_no_such_words_still_takes_what_follows_it() -> None:
    # a guard: two plants said plainly, the figure said of the second goes to it
    text = (
        "La sucrerie de Kirago est en service depuis 2015 et la sucrerie de Bantumi "
        "créera 420 emplois."
    )
    jobs = _jobs_by_plant(read(text))
    assert jobs == {"Sucrerie de Bantumi": {420}}


def test_an_industrial_unit_said_by_where_it_is_is_a_plant() -> None:
    text = (
        "Le fabricant Kolvane a inauguré une nouvelle unité industrielle à Settat. "
        "Elle a nécessité un investissement de 90 millions de dirhams et créera 300 emplois."
    )
    jobs = _jobs_by_plant(read(text))
    assert any(300 in v and k.startswith("Unité industrielle") for k, v in jobs.items())
