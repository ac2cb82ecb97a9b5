"""Records and their names, the nineteenth round's third part.

- "Orvane Motors opened a manufacturing plant in Jeddah. The Orvane plant began …": a
  company the text has named, fixed to a plant noun, names the plant it runs (GOLD.md rule
  6, "the Pesqueria plant"), as a company's whole name with its legal form does; the plant
  is the one said before, not a word of the company's name. A company read first in the
  plant's words stays as it was.
- "another new cement plant, the second joint venture in the industry after Tarvik Cement",
  "la deuxième du pays après celle de la société Tarvik": a plant ranked after another
  company's is told from that one, not from the article's own plant, and the company ranked
  before is no party of it; "another" with no such rank still tells a plant apart.
- "Called Tarvik Tiles, the industry is expected to …", "Baptisée X, l'industrie …": a
  sentence that opens on the name of its subject, said again by a noun of no company and no
  plant's ("the industry", "the venture"), names the plant spoken of, as "Baptisée X, cette
  usine" does; "Called X, the company …" and a name said mid-sentence name no plant.
"""

from __future__ import annotations

from typing import Any

from .reading import projects, read


def _names(proposals: list[Any]) -> set[str]:
    """Every name proposed for a new project."""
    return {
        next(iter(p.plain_value().values()))
        for p in proposals
        if p.field == "name" and p.new is not None and p.new.kind == "projects"
    }


def test_a_company_named_before_fixed_to_a_plant_noun_names_its_plant() -> None:
    for text in (
        "Orvane opened a manufacturing plant in Jeddah. The Orvane plant began assembling buses.",
        "Orvane Motors has opened a factory at Jeddah. The Orvane plant in Jeddah began "
        "assembling buses.",
        "Minister Tom Rale unveiled Orvane's truck, assembled at the Korean automobile "
        "company's plant in Jeddah. The Orvane plant in Jeddah began assembling buses.",
    ):
        assert projects(read(text, lang="en")) == {"Orvane plant"}, text
    # guards: the plant said alone keeps its name; no company named before, as before
    text = "Orvane opened a manufacturing plant in Jeddah. The plant began assembling buses."
    assert projects(read(text, lang="en")) == {"Manufacturing plant at Jeddah"}
    text = "The Orvane plant in Jeddah began assembling buses."
    assert projects(read(text, lang="en")) == {"Orvane plant"}


_FIRST = "Orvane Cement lays the foundation stone of the Orvane Cement plant in Jeddah. "


def test_a_plant_ranked_after_another_company_s_is_the_article_s() -> None:
    text = (
        _FIRST + "The construction of another new advanced cement plant, the second joint "
        "venture in the industry after Tarvik Cement, has started."
    )
    found = read(text, lang="en")
    assert projects(found) == {"Orvane Cement plant"}
    # the company ranked before is no party of it
    assert {p.quote for p in found if p.field == "parties"} == {"Orvane Cement"}
    text = (
        "Le groupe Orvane Ciments a lancé la construction d'une cimenterie à Kindia. Il s'agit "
        "d'une autre cimenterie, la deuxième du pays après celle de la société Tarvik Ciments."
    )
    assert {p.quote for p in read(text) if p.field == "parties"} == {"Orvane Ciments"}
    # guards: "another" with no rank after a company's tells the plant apart, as before
    text = (
        _FIRST + "The construction of another new advanced cement plant, the second joint "
        "venture in the industry, has started in Riyadh."
    )
    assert projects(read(text, lang="en")) == {
        "Orvane Cement plant",
        # ("another" tells it apart, and is no word of its name: round fifty-three)
        "Advanced cement plant at Riyadh",
    }


def test_a_sentence_opened_by_the_name_it_is_called_names_the_plant_spoken_of() -> None:
    opening = (
        "Orvane is investing 50 million dollars in the construction of a tile factory in "
        "Kelburg. The industrial unit is being built on ten hectares. "
    )
    for then in (
        "Called Tarvik Tiles, the industry is expected to start operating next year.",
        "Named Tarvik Tiles, the venture will employ 300 people.",
    ):
        assert "Tarvik Tiles" in _names(read(opening + then, lang="en")), then
    text = (
        "Orvane investit 50 millions de dollars dans une usine de carreaux à Thiès. Baptisée "
        "Tarvik Carreaux, l'industrie devrait entrer en production l'an prochain."
    )
    assert "Tarvik Carreaux" in _names(read(text))
    # guards: a company called so is no plant's name; nor is a name said mid-sentence
    for then in (
        "Called Tarvik Holdings, the company is expected to list its shares next year.",
        "The minister, called Tom Rale, said the industry will grow.",
    ):
        found = _names(read(opening + then, lang="en"))
        assert not any("Tarvik" in name or "Rale" in name for name in found), then
