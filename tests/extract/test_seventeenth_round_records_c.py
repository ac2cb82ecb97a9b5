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
- The headline's plant ("Chinese LED project") said again in the body by what it is to make
  ("a factory to produce LED lighting lamps") is one plant, named by the body's words: a
  product's acronym after "to produce" is no proper name.
- Agreements: "a Memorandum of Cooperation" is a memorandum (mou); "le contrat de
  partenariat", "a partnership contract" are partnerships; an agreement whose purpose is
  said of the plant spoken of ("to supply the project with raw materials", "pour
  approvisionner cette usine") is named by its noun alone.
- "Un complexe industriel de céramique", "d'engrais": a complex said first by its kind is
  named with what it makes, said after it in lower case.
- The plant that feeds the project its power ("sera alimentée par une centrale solaire",
  "powered by a solar plant") is no record of the article's.
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
    # the plant the article is about, said by its definite article or inaugurated, is none
    # of the company's others
    text = "Après la construction de l'usine de verre de Sétif, Norvalis emploiera 500 personnes."
    assert projects(read(text)) == {"Usine de verre de Sétif"}
    text = "C'est le ministre qui a inauguré hier la première pierre de l'usine de verre de Sétif."
    assert projects(read(text)) == {"Usine de verre de Sétif"}


def test_the_headline_s_plant_is_named_by_the_body_s_words_of_what_it_makes() -> None:
    for headline, body, name in (
        (
            "Foundation stone laid for $300m Chinese LED project in Yanbu",
            "The governor laid the foundation stone for a factory to produce LED street "
            "lamps in Yanbu.",
            "Factory to produce LED street lamps",
        ),
        (
            "Turkish PVC project gets going",
            "Orwell Pipes will build a plant to make PVC pipes at Kumasi.",
            "Plant to make PVC pipes",
        ),
    ):
        names = projects(read(f"{headline}\n\n{body}", lang="en"))
        assert len(names) == 1 and next(iter(names)).startswith(name), (headline, names)
    # a guard: a capitalised name of the plant in the body is still its name
    text = (
        "Chinese LED project launched in Yanbu\n\n"
        "The governor opened the Yanbu Lumen Factory to produce LED street lamps."
    )
    assert "Factory to produce LED street lamps" not in projects(read(text, lang="en"))


def _agreements(proposals: list[Any]) -> dict[str, str]:
    """Each new agreement's title and its instrument."""
    titles = {
        p.group: p.plain_value()["en" if "en" in p.plain_value() else "fr"]
        for p in proposals
        if p.field == "title"
    }
    return {
        titles[p.group]: p.plain_value()
        for p in proposals
        if p.field == "instrument" and p.group in titles
    }


def test_a_memorandum_of_cooperation_is_a_memorandum() -> None:
    text = (
        "Orwell and Kestrel signed a Memorandum of Cooperation (MoC) to supply the project "
        "with raw materials."
    )
    assert _agreements(read(text, lang="en")) == {"Memorandum of Cooperation": "mou"}
    text = "Norvalis et Kestrel ont signé un mémorandum de coopération à Sétif."
    assert list(_agreements(read(text)).values()) == ["mou"]


def test_a_contract_of_partners_is_a_partnership() -> None:
    text = (
        "Le contrat de partenariat en vue de la construction de cette usine a été paraphé "
        "par Norvalis et Kestrel."
    )
    assert _agreements(read(text)) == {"Contrat de partenariat": "partnership"}
    text = "Orwell signed a partnership contract with Kestrel Tools on Monday."
    assert list(_agreements(read(text, lang="en")).values()) == ["partnership"]
    # a guard: a bare "partenariat" said of no parties is no agreement
    assert _agreements(read("Le partenariat entre les deux groupes est ancien.")) == {}


def test_an_agreement_for_the_plant_spoken_of_is_named_by_its_noun() -> None:
    text = (
        "Orwell and Kestrel signed a memorandum of understanding to supply the project with "
        "raw materials."
    )
    assert set(_agreements(read(text, lang="en"))) == {"Memorandum of understanding"}
    text = (
        "Norvalis et Kestrel ont signé un protocole d'accord pour approvisionner cette usine "
        "en argile."
    )
    assert set(_agreements(read(text))) == {"Protocole d'accord"}
    # a guard: the plant named in the purpose is what the agreement is for
    text = (
        "Norvalis et Kestrel ont signé un protocole d'accord pour la construction de l'usine "
        "de Sétif."
    )
    assert set(_agreements(read(text))) == {
        "Protocole d'accord pour la construction de l'usine de Sétif"
    }


def test_an_industrial_complex_is_named_with_what_it_makes() -> None:
    for text, name in (
        (
            "Le Bénin accueillera un complexe industriel de céramique avec un capital de 6 "
            "milliards de FCFA à Parakou.",
            "Complexe industriel de céramique de Parakou",
        ),
        (
            "Le groupe Norvalis construira un complexe industriel d'engrais à Sétif.",
            "Complexe industriel d'engrais de Sétif",
        ),
        (
            "Le groupe Norvalis construira un complexe industriel de transformation et de "
            "valorisation des produits halieutiques à Sétif.",
            "Complexe industriel de transformation et de valorisation des produits "
            "halieutiques de Sétif",
        ),
    ):
        assert projects(read(text)) == {name}, text
    # a guard: its size is none of what it makes
    text = "Le groupe Norvalis construira un complexe industriel de 40 hectares à Sétif."
    assert projects(read(text)) == {"Complexe industriel de Sétif"}


def test_the_plant_that_powers_the_project_is_no_record() -> None:
    text = (
        "Norvalis construira une usine de verre à Sétif. Elle sera alimentée partiellement "
        "par une centrale solaire de 10 MW."
    )
    assert projects(read(text)) == {"Usine de verre de Sétif"}
    text = "Orwell will build a glass factory at Tema, powered partly by a solar plant of 10 MW."
    assert projects(read(text, lang="en")) == {"Glass factory at Tema"}
    # a guard: a solar plant built is the article's record
    assert projects(read("Norvalis construira une centrale solaire à Sétif.")) == {
        "Centrale solaire de Sétif"
    }
