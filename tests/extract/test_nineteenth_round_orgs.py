"""Rules for organisations and people, round nineteen, part orgs; each general in form and
tested on sentences of its own (none taken from the evaluation set):

- a hyphened surname after a title said just before the name ("President Kofi
  Mensah-Boateng") is a person's, as a hyphened given name was; a hyphened place after no
  title stays a place;
- a title after a name, a comma and an indefinite article ("X, a deputy minister of trade",
  "X, un conseiller du ministre") is the person's; "X, a member of the delegation"
  says no title;
- a body's acronym in brackets between its name and a head's title ("the Tarvel Investment
  Board (TIB) chief executive, X") leaves the body the title's: X heads it;
- a unit's director ("directeur de la division moteurs de X") heads no company; a
  director of the company itself does;
- a title's company said alone elsewhere in the text ends where the person's name starts,
  though a known company's name is shorter ("le président de Tata Keltor Jean Dupont");
  a known company said nowhere longer keeps its short name;
- a body's noun in lower case with its nationality alone ("indique l'agence britannique")
  is a body said again by its country, no name; with words of its own after the adjective
  ("l'agence française de développement") it is one.

Each test failed with the reader as it was before its rule, except the guards, which say
where a rule stops."""

from __future__ import annotations

from typing import Any

from .reading import about, orgs, people, read, role_titles


def test_a_hyphened_surname_after_a_title_is_a_person_s() -> None:
    found = read(
        "The plant was opened on Monday when President Kofi Tarvel Mensah-Boateng cut the ribbon.",
        "en",
    )
    assert "Kofi Tarvel Mensah-Boateng" in people(found)
    assert role_titles(found, "Kofi Tarvel Mensah-Boateng") == ["President"]
    found = read("Le Président Jean Keltor-Nadal a inauguré l'usine de Tarvel.", "fr")
    assert "Jean Keltor-Nadal" in people(found)


def test_a_hyphened_place_after_no_title_is_no_person() -> None:
    found = read("The company will build a plant near Lake Keltor-Tarvel next year.", "en")
    assert not any("Keltor" in name for name in people(found))


def test_a_title_after_an_indefinite_article_is_the_person_s() -> None:
    found = read(
        "Omar Keltani, a deputy minister of trade and industry, said the plant would open.",
        "en",
    )
    assert "Omar Keltani" in people(found)
    assert role_titles(found, "Omar Keltani") == ["deputy minister of trade and industry"]
    found = read(
        "Omar Keltani, un conseiller du ministre de l'Industrie, a déclaré que l'usine ouvrirait.",
        "fr",
    )
    assert role_titles(found, "Omar Keltani") == ["conseiller du ministre de l'Industrie"]


def test_a_member_said_with_an_indefinite_article_holds_no_title() -> None:
    found = read(
        "Omar Keltani, a member of the delegation, said the plant would open next year.", "en"
    )
    assert role_titles(found, "Omar Keltani") == []


def _heads(proposals: list[Any]) -> dict[str, set[str]]:
    """The heads proposed for each new organisation, by its name."""
    found: dict[str, set[str]] = {}
    for p in proposals:
        if p.field == "head" and p.new is not None:
            found.setdefault(p.new.name, set()).add(p.plain_value())
    return found


def test_a_body_s_acronym_between_its_name_and_a_title_keeps_the_body_s() -> None:
    found = read(
        "The firm signed a memorandum with the Tarvel Investment Board (TIB) chief "
        "executive, Mr. Omar Keltani, on Monday.",
        "en",
    )
    assert _heads(found).get("Tarvel Investment Board") == {"Omar Keltani"}
    roles = [p.plain_value() for p in about(found, "Omar Keltani", "roles")]
    assert [r["title"] for r in roles] == [{"en": "chief executive"}]
    assert roles[0]["org"] is not None


def test_a_title_after_a_body_s_acronym_that_heads_nothing_keeps_its_words() -> None:
    found = read("The Tarvel Investment Board (TIB) adviser Omar Keltani said so.", "en")
    assert "Tarvel Investment Board" not in _heads(found)
    assert not any("TIB" in title for title in role_titles(found, "Omar Keltani"))


def test_a_division_s_director_heads_no_company() -> None:
    found = read(
        "Jean Keltor, directeur de la division moteurs de Tarvex Europe, a déclaré que "
        "l'usine de Tarvel ouvrirait en 2025.",
        "fr",
    )
    assert "Tarvex Europe" not in _heads(found)
    found = read(
        "Jean Keltor, directeur de Tarvex Europe, a déclaré que l'usine de Tarvel ouvrirait "
        "en 2025.",
        "fr",
    )
    assert _heads(found).get("Tarvex Europe") == {"Jean Keltor"}


def test_a_known_company_s_longer_name_said_alone_ends_before_the_person() -> None:
    text = (
        "Le groupe Tata Keltor ouvrira une usine à Tarvel. « Nous sommes fiers », a déclaré "
        "le président de Tata Keltor Jean Dupont lors de la cérémonie."
    )
    found = read(text, "fr")
    assert "Jean Dupont" in people(found)
    assert not any("Keltor" in name for name in people(found))
    assert _heads(found).get("Tata Keltor") == {"Jean Dupont"}


def test_a_known_company_said_alone_keeps_its_short_name() -> None:
    found = read(
        "Le président de Tata Jean Pierre Dupont a inauguré l'usine de Tarvel lundi.", "fr"
    )
    assert not any("Pierre" in name and "Jean" not in name for name in people(found))


def test_an_agency_said_by_its_nationality_alone_is_no_name() -> None:
    found = read(
        "L'usine de Tarvel ouvrira en 2025, indique l'agence britannique, qui cite le groupe "
        "Keltor.",
        "fr",
    )
    assert not any(name.casefold().startswith("agence") for name in orgs(found))
    found = read(
        "L'usine de Tarvel sera financée par l'agence française de développement en 2025.",
        "fr",
    )
    assert any(name.casefold().startswith("agence française") for name in orgs(found))
