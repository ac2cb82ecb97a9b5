"""Records and their names, the seventeenth round's third part: which records the reader
forms from an article and what it names them.

- A plant's noun that says a plant of its own kind ("a smelter", "a refinery", "a brewery")
  said after "a" is a plant, named by its noun and its town, as "a factory" is: without
  it a one-sentence text ("X opened a smelter at Tema.") yielded no record at all.
- A plant said with its cost in a currency's letters ("a SR3.3 billion", "a Rs 450 crore")
  and its conversion in brackets is a plant said first by its noun and its cost; what it
  is to make, an acronym among the words ("to produce LED lighting lamps"), joins its name.
- A phrase of reference ("un projet de telle envergure", "un projet d'une telle ampleur")
  speaks of projects of the kind, no record.
- Plants the text lists as built before the article's project ("après la construction
  d'une centrale au Cameroun, une cimenterie au Tchad, c'est au tour du Congo", "after
  building a hydroelectric plant in Gabon") are a track record, no records, and the places
  said with them are not the project's.
"""

from __future__ import annotations

from typing import Any

from .reading import projects, read


def _locations(proposals: list[Any]) -> set[str]:
    return {p.quote for p in proposals if p.field == "location"}


def test_a_plant_noun_of_its_own_kind_after_a_is_a_plant() -> None:
    for text, name in (
        ("Orwell Metals opened a smelter at Takoradi.", "Smelter at Takoradi"),
        ("A refinery will be built at Tema by Kestrel Oil.", "Refinery at Tema"),
        ("Lumen Drinks inaugurated a brewery at Kumasi on Friday.", "Brewery at Kumasi"),
    ):
        assert projects(read(text, lang="en")) == {name}, text
    # a guard: "the smelter" with none said before is the plant spoken of, no new name
    assert "Smelter at Takoradi" not in projects(
        read("Orwell Metals expanded the smelter last year.", lang="en")
    )


def test_a_plant_costed_in_a_currency_s_letters_is_named_by_what_it_makes() -> None:
    for text, name in (
        (
            "The governor laid the foundation stone for a SR2.1 billion ($560 million) "
            "factory to produce LED street lamps in Yanbu.",
            "Factory to produce LED street lamps",
        ),
        (
            "Orwell Pipes will build a Rs 450 crore plant to make PVC pipes at Nashik.",
            "Plant to make PVC pipes",
        ),
    ):
        names = projects(read(text, lang="en"))
        assert len(names) == 1 and next(iter(names)).startswith(name), (text, names)
    # a guard: a sum before another noun is no plant's cost
    assert projects(read("Orwell Pipes paid a SR2 billion fine in Yanbu.", lang="en")) == set()


def test_a_project_of_such_size_is_no_record() -> None:
    for phrase in (
        "Un projet de telle envergure",
        "Un projet d'une telle ampleur",
        "Un projet de cette importance",
    ):
        text = (
            "Le groupe Norvalis construira une usine de filature à Sétif. "
            f"{phrase} créera 300 emplois."
        )
        assert projects(read(text)) == {"Usine de filature de Sétif"}, phrase
    # a guard: a project named by what it is ("le projet de cimenterie") stays one
    assert projects(read("Le groupe Norvalis lance le projet de cimenterie de Sétif.")) == {
        "Cimenterie de Sétif"
    }


def test_plants_built_before_are_a_track_record_not_records() -> None:
    text = (
        "Après la construction d'une centrale hydroélectrique au Gabon, une nouvelle "
        "cimenterie au Niger, c'est au tour du Bénin d'accueillir une usine de briques à "
        "Parakou."
    )
    assert projects(read(text)) == {"Usine de briques de Parakou"}
    text = (
        "Après avoir construit une raffinerie au Ghana, le groupe Norvalis construira une "
        "usine de verre à Sétif."
    )
    assert projects(read(text)) == {"Usine de verre de Sétif"}
    text = (
        "After building a hydroelectric plant in Gabon and a cement plant in Niger, Orwell "
        "Group will set up a glass factory at Parakou."
    )
    proposals = read(text, lang="en")
    assert projects(proposals) == {"Glass factory at Parakou"}
    assert _locations(proposals) == {"Parakou"}
    text = (
        "Orwell Group, which has already built a hydroelectric plant in Gabon, will set up a "
        "glass factory at Parakou."
    )
    assert projects(read(text, lang="en")) == {"Glass factory at Parakou"}
    # guards: the sentence's own clause after the cue is the project ("…, une usine sera
    # construite"), and a plant built, said with no cue, is the article's
    text = "Après la construction de la route, une usine de verre sera construite à Sétif."
    assert projects(read(text)) == {"Usine de verre de Sétif"}
    text = "Orwell Group, which built a glass factory at Parakou, said output would rise."
    assert projects(read(text, lang="en")) == {"Glass factory at Parakou"}
