"""Claims, round fifteen, part four: people's names and titles, figures' words."""

from __future__ import annotations

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
