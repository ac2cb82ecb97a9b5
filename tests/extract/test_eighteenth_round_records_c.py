"""Records and their names, the eighteenth round's third part.

- A country's adjective said before a plant's noun in lower case ("the Chinese refinery",
  "the Turkish cement plant") says whose it is, whatever the article: a description,
  named by the convention (its noun and its town), not a name the text gives. Capitalised
  words after it ("the Turkish Industrial Complex") stay a name.
- A word of how up to date a plant is ("dernier-cri", "ultramoderne", "cutting-edge",
  "high-tech") is no part of its name, as "moderne" and "new" are not.
"""

from __future__ import annotations

from .reading import projects, read


def _opening(plant: str, country: str, people: str) -> str:
    return (
        f"The ceremonial launch of the {plant} took place in Kant on Friday.\n\n"
        f"Over $ 40 million went into the construction of the {plant.split()[-1].lower()}.\n\n"
        f"The consul of {country} said that this project is among the biggest industrial "
        f"projects funded by {people} investors in Kyrgyzstan."
    )


def test_a_country_s_adjective_after_the_is_a_description() -> None:
    for text, name in (
        (_opening("Chinese refinery", "China", "Chinese"), "Refinery at Kant"),
        (_opening("Turkish brewery", "Turkey", "Turkish"), "Brewery at Kant"),
    ):
        assert projects(read(text, lang="en")) == {name}, (text, projects(read(text, "en")))
    # a guard: capitalised words after the adjective are a name the text gives
    said = projects(read(_opening("Turkish Industrial Complex", "Turkey", "Turkish"), "en"))
    assert said == {"Turkish Industrial Complex"}


def test_a_word_of_how_up_to_date_is_no_part_of_the_name() -> None:
    for text, name in (
        (
            "Le groupe Orvane construira une fonderie dernier-cri à Sfax.",
            "Fonderie de Sfax",
        ),
        (
            "Le groupe Orvane construira une cimenterie ultramoderne à Sfax.",
            "Cimenterie de Sfax",
        ),
    ):
        assert projects(read(text)) == {name}, (text, projects(read(text)))
    assert projects(read("Orvane Steel will build a cutting-edge smelter at Tema.", lang="en")) == {
        "Smelter at Tema"
    }
    # a guard: a product's word after the noun stays ("fonderie de cuivre")
    assert projects(read("Le groupe Orvane construira une fonderie de cuivre à Sfax.")) == {
        "Fonderie de cuivre de Sfax"
    }
