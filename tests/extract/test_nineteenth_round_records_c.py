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
"""

from __future__ import annotations

from .reading import projects, read


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
        "Another advanced cement plant at Riyadh",
    }
