"""Rules for people, round sixteen, part people16b; each general in form and tested on
sentences of its own (none taken from the evaluation set):

- a company noun that ends a company's name ("Norvalis Group", "Tarkon Motor Company"), or
  one said with a demonstrative after a title ("le PDG de ce groupe"), then a comma and a
  name, is the person's title and company: the name is a person's, no company's;
- a name with a hyphened word after a title and a comma is a person's ("le représentant de
  X, Kim Dae-Ho"), not a place's as "Moyen-Orient" is;
- a title "de ce groupe", "of this company" is of the company the text spoke of: its head's;
- a title's words said with capitals ("le Président Directeur Général de …") name no person;
- "Head of State X", "Head of Government X": the title, then the person.

Each test failed with the reader as it was before its rule, except the guards, which say
where a rule stops."""

from __future__ import annotations

from .reading import about, orgs, people, read, role_titles


def test_a_title_of_a_named_group_then_a_comma_names_a_person() -> None:
    found = read(
        "Le texte a été signé par le secrétaire général de Norvalis Group, Ahmed Salim Bekri, "
        "et par le représentant de Tarkon Motor Company, Jin-Ho Park.",
        "fr",
    )
    assert {"Ahmed Salim Bekri", "Jin-Ho Park"} <= people(found)
    assert not {"Ahmed Salim Bekri", "Jin-Ho Park"} & orgs(found)
    found = read(
        "La cérémonie a eu lieu en présence du PDG de Norvalis Groupe, Karim Belhadj, et du wali.",
        "fr",
    )
    assert "Karim Belhadj" in people(found)
    assert "Karim Belhadj" not in orgs(found)


def test_a_title_of_this_group_then_a_comma_names_a_person() -> None:
    found = read(
        "Selon le directeur général de ce groupe, Omar Tazi, l'usine ouvrira en 2025.", "fr"
    )
    assert "Omar Tazi" in people(found)
    assert "Omar Tazi" not in orgs(found)


def test_a_group_noun_then_a_company_name_is_still_a_company() -> None:
    found = read("Le contrat a été attribué au groupe coréen, Daesok Industries, en mars.", "fr")
    assert "Daesok Industries" in orgs(found)


def test_a_hyphened_name_after_a_title_and_a_comma_is_a_person() -> None:
    found = read(
        "Le ministre a reçu le représentant de Tarkon, Kim Dae-Ho, et son homologue "
        "coréen, Lee Hae-Chan.",
        "fr",
    )
    assert {"Kim Dae-Ho", "Lee Hae-Chan"} <= people(found)


def test_a_hyphened_place_after_a_title_with_no_comma_is_no_person() -> None:
    found = read(
        "Il était accompagné de Samir Haddad, directeur de la région Moyen-Orient Afrique.", "fr"
    )
    assert "Moyen-Orient Afrique" not in people(found)


def test_a_title_in_capitals_names_no_person() -> None:
    found = read(
        "Selon le Président Directeur Général de Norvalis, Omar Tazi, l'usine ouvrira en 2025.",
        "fr",
    )
    assert "Directeur Général" not in people(found)
    assert role_titles(found, "Omar Tazi")


def test_head_of_state_then_a_name() -> None:
    found = read("The plant was opened by Head of State Arman Tulegenov on Monday.", "en")
    assert "Arman Tulegenov" in people(found)
    assert role_titles(found, "Arman Tulegenov") == ["Head of State"]


def test_a_title_of_this_group_is_of_the_company_spoken_of() -> None:
    found = read(
        "Le groupe Norvalis va construire une usine. Le texte a été signé par le "
        "directeur général de ce groupe, Omar Tazi, et le wali.",
        "fr",
    )
    assert role_titles(found, "Omar Tazi") == ["directeur général"]
    assert [p.plain_value() for p in about(found, "Norvalis", "head")] == ["Omar Tazi"]
