"""Rules for organisations, people and figures, round sixteen, part people16d; each general
in form and tested on sentences of its own (none taken from the evaluation set):

- a title "du groupe", then a comma and a name ("le patron du groupe, X") names the head of
  the company the text speaks of: a person, no company.

Each test failed with the reader as it was before its rule, except the guards, which say
where a rule stops."""

from __future__ import annotations

from .reading import orgs, people, read, role_titles


def test_the_head_of_the_group_then_a_comma_names_a_person() -> None:
    found = read(
        "Le constructeur Norvalis a annoncé une usine à Lyon, a déclaré le patron du "
        "groupe, Jean Dupont. L'usine ouvrira en 2025.",
        "fr",
    )
    assert "Jean Dupont" in people(found)
    assert "Jean Dupont" not in orgs(found)
    assert role_titles(found, "Jean Dupont") == ["patron"]


def test_a_group_noun_then_a_company_name_after_a_verb_is_still_a_company() -> None:
    found = read("L'usine appartient au groupe nippon, Daesok Industries, depuis 2010.", "fr")
    assert "Daesok Industries" in orgs(found)
