"""Records and how they are named, nineteenth round (part four): the words of rank the
press sets before a plant's noun.

- "the first ever glass plant at Kumasi", "its first-ever tyre factory": "ever" after a
  rank only strengthens the rank, no word of what the plant is; the plant is named as
  "the first glass plant" would be ("Glass plant at Kumasi"), and an "ever" that is no
  rank's stays.
- "La première usine européenne du groupe Norvale … sera construite à Kumasi … l'usine de
  Kumasi": where the text itself says the name the convention gives (its noun and its
  town), the name is quoted there, where the text says it, not at the first mention,
  which says no name; where the text never says it, the first mention stays the quote,
  and so it does in English, where "the glass plant at Kumasi" says where the plant is
  ("at"), no name fixed to it.
- "une usine implantée dans le parc industriel (PI) de Kumasi", "dans la zone économique
  spéciale (ZES) de Kumasi": the initials a zone's words are shortened to, said in
  brackets before its town, are an aside; the town places the plant and names it, as
  without them.
- "Usine du parc industriel de X", "Usine de la zone franche de X": a plant named after the
  zone it stands in, no town said, takes the zone's article after "de" as French says
  it: "du" before a park ("parc", masculine), "de la" before a zone.
"""

from __future__ import annotations

from typing import Any

from bilat.store.extract import naming

from .reading import about, projects, read


def _names(proposals: list[Any]) -> set[str]:
    """Every name proposed for a new project."""
    return {
        next(iter(p.plain_value().values()))
        for plant in projects(proposals)
        for p in about(proposals, plant, "name")
    }


def test_ever_after_a_rank_is_no_word_of_the_name() -> None:
    text = (
        "The minister inaugurated the first ever glass plant at Kumasi on Monday. The "
        "plant will employ 300 people."
    )
    assert _names(read(text, lang="en")) == {"Glass plant at Kumasi"}
    text = (
        "Norvale Foods will build its first-ever glass plant at Kumasi, the company said "
        "on Monday. The plant will employ 300 people."
    )
    assert _names(read(text, lang="en")) == {"Glass plant at Kumasi"}
    # a guard: the rank alone is dropped as before
    text = (
        "The minister inaugurated the first glass plant at Kumasi on Monday. The plant "
        "will employ 300 people."
    )
    assert _names(read(text, lang="en")) == {"Glass plant at Kumasi"}


def _name_quotes(proposals: list[Any]) -> set[str]:
    """The quote of every name proposed for a new project."""
    return {p.quote for plant in projects(proposals) for p in about(proposals, plant, "name")}


def test_a_name_the_text_says_is_quoted_where_it_says_it() -> None:
    text = (
        "La première usine européenne du groupe Norvale sera inaugurée à l'automne. Le bâtiment, "
        "érigé à Kumasi, est dédié à la fabrication de fromages. Le projet représente 140 "
        "emplois à l'usine de Kumasi."
    )
    proposals = read(text)
    assert _names(proposals) == {"Usine de Kumasi"}
    assert _name_quotes(proposals) == {"usine de Kumasi"}
    # a guard: where the text never says the name, the first mention is quoted
    text = (
        "La première usine européenne du groupe Norvale sera inaugurée à l'automne. Le bâtiment, "
        "érigé à Kumasi, est dédié à la fabrication de fromages. L'usine emploiera 140 "
        "personnes."
    )
    proposals = read(text)
    assert _names(proposals) == {"Usine de Kumasi"}
    assert _name_quotes(proposals) == {"première usine européenne"}
    # a guard: "at" fixes no name to the noun; the first mention stays the quote
    text = (
        "Norvale Foods will build a glass plant in Ghana. A memorandum on setting up the "
        "glass plant at Kumasi was signed on Monday."
    )
    proposals = read(text, lang="en")
    assert _names(proposals) == {"Glass plant at Kumasi"}
    assert _name_quotes(proposals) == {"glass plant"}


def _located(proposals: list[Any]) -> set[str]:
    """The locality of every new project's location."""
    return {
        str(p.plain_value().get("locality"))
        for plant in projects(proposals)
        for p in about(proposals, plant, "location")
    }


def test_a_zone_s_initials_in_brackets_are_an_aside() -> None:
    for zone in ("le parc industriel (PI)", "la zone économique spéciale (ZES)"):
        text = (
            "Le groupe Norvale investira dans la construction d'une usine de verre implantée "
            f"dans {zone} de Kumasi. Les travaux débuteront en septembre."
        )
        proposals = read(text)
        assert _located(proposals) == {"Kumasi"}
        assert _names(proposals) == {"Usine de verre de Kumasi"}
    # a guard: as without the initials
    text = (
        "Le groupe Norvale investira dans la construction d'une usine de verre implantée "
        "dans la zone industrielle de Kumasi. Les travaux débuteront en septembre."
    )
    assert _names(read(text)) == {"Usine de verre de Kumasi"}


def test_a_plant_named_after_its_park_takes_du() -> None:
    said = naming.conventional("Usine de verre", "parc industriel de Nkok", "fr", False)
    assert said == "Usine de verre du parc industriel de Nkok"
    said = naming.conventional("Usine de verre", "Parc technologique de Nkok", "fr", False)
    assert said == "Usine de verre du parc technologique de Nkok"
    # a guard: a zone keeps "de la"
    said = naming.conventional("Usine de verre", "zone franche de Nkok", "fr", False)
    assert said == "Usine de verre de la zone franche de Nkok"
