"""Claims, round fifteen, part four: people's names and titles, figures' words."""

from __future__ import annotations

from typing import Any

from .reading import named, read, role_titles


def test_a_later_name_word_may_open_with_an_accented_capital() -> None:
    text = "The Zentra plant will open in May, said Governor José Àngel Ruiz Peña."
    proposals = read(text, lang="en")
    assert "José Àngel Ruiz Peña" in named(proposals, "people")
    # a guard: a French noun and its adjective, accented, name no one
    text = "Le Chef de l'État a inauguré l'usine Zentra dans la Zone Économique Spéciale."
    assert not {n for n in named(read(text), "people") if "Économique" in n}


def test_a_middle_initial_is_a_word_of_the_name() -> None:
    text = "Karl B. Jensen, PDG du groupe Zentra, a inauguré l'usine de Hanoï."
    proposals = read(text)
    assert "Karl B. Jensen" in named(proposals, "people")
    # a guard: the French honorific after a capitalised word is no initial
    text = "Selon M. Al-Tarvel, l'usine Zentra ouvrira en mai."
    assert "M. Al-Tarvel" not in named(read(text), "people")
    assert role_titles(proposals, "Karl B. Jensen")


def test_a_rank_said_before_a_title_is_part_of_it() -> None:
    text = "Le vice-Premier ministre Jean Morel a inauguré l'usine Zentra à Sfax."
    assert role_titles(read(text), "Jean Morel") == ["vice-Premier ministre"]
    text = "The Zentra plant was opened by state Trade Minister Carlos Ruiz Diaz on Monday."
    assert role_titles(read(text, lang="en"), "Carlos Ruiz Diaz") == ["state Trade Minister"]
    text = "Jan Kowal, senior vice-president, said the Zentra plant would open in 2025."
    assert role_titles(read(text, lang="en"), "Jan Kowal") == ["senior vice-president"]


def test_ranks_alone_before_an_english_title_name_no_company() -> None:
    text = "Vice Chairman Tran Van Nam attended the opening of the Zentra plant in Hanoi."
    proposals = read(text, lang="en")
    assert "Vice" not in named(proposals, "orgs")
    assert role_titles(proposals, "Tran Van Nam") == ["Vice Chairman"]


def test_an_institutions_word_opens_no_name() -> None:
    text = (
        "Vice Chairman of the provincial People's Committee Tran Van Nam attended the "
        "opening of the Zentra plant in Hanoi."
    )
    assert "Tran Van Nam" in named(read(text, lang="en"), "people")
    text = "Le Chef de l'Etat Alassane Tarvel a inauguré l'usine Zentra à Abidjan."
    proposals = read(text)
    assert role_titles(proposals, "Alassane Tarvel") == ["Chef de l'Etat"]


def _jobs(proposals: list[Any]) -> list[dict[str, Any]]:
    return [p.plain_value() for p in proposals if p.field == "jobs"]


def test_people_who_will_find_work_are_the_jobs_and_a_range_bounds_them() -> None:
    text = (
        "Zentra will build a steel plant in Basra. Between 4,000 and 5,000 people will "
        "benefit from the project through employment."
    )
    (jobs,) = _jobs(read(text, lang="en"))
    assert (jobs["value"], jobs["min"], jobs["max"]) == (None, 4000, 5000)
    text = "Zentra will build a steel plant in Basra, where 800 youths will find work."
    (jobs,) = _jobs(read(text, lang="en"))
    assert jobs["value"] == 800
    # a guard: people who benefit from something else hold no job
    text = "Zentra will build a steel plant in Basra; 800 families will benefit from its water."
    assert not _jobs(read(text, lang="en"))
