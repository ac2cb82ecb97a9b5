"""Records and their names, the seventeenth round's fourth part: which records the reader
forms from an article, what it names them, and which record each claim goes to.

- French plant nouns of their own kind ("une tôlerie", "un laminoir", "une distillerie",
  "une fromagerie", "une rizerie"…) are plants as "une cimenterie" is: without them the
  plant was missed, or named "Usine" from a later "l'usine".
- An agreement said with its counterpart before what it is about ("un contrat avec la
  société X portant sur …", "concernant …", "a contract with X covering …") is named by its
  noun and what it is about; where in the country the plant lies ("dans le centre de ce
  pays", "in the north of the country") is no part of its title.
- An owner's count of its own plants ("sa centième usine mondiale", "sa 10e usine dans le
  monde", "its 100th plant worldwide") names no plant: the plant is named by its noun and
  its town, the rank and "mondiale" left out.
- A plant said by an indefinite article and named at once after a comma by another plant
  noun with its town or name ("une deuxième usine, le laminoir de Béthioua,", "a second
  plant, the Tema rolling mill,") is one plant, named by the second words, not two records.
- An English plant noun with a proper name set right after it, no article between ("the
  cement factory Zhong-Tabacement began", "industrial enterprise Kestrel-Voltacement") is
  named by that name; a day, a company's legal form or a clause's subject after the noun
  ("the factory Kestrel built") is none.
- "two big industrial enterprises – …" counts plants: the article speaks of several, so
  each keeps its record; a plant's name capitalised in mid-sentence with the company it is
  "of" ("Steel plant of Mining company of Ghana and China") keeps that company.
- A plant said after "including the announcement that X will …" is no component of the
  plant before: what is included is a clause of its own. A plant described by what it makes,
  other than what the plant spoken of makes, in another town ("… a new solar module
  manufacturing facility in Dalton" after a plant in Jackson County) is a record of its own.
- "Deal" capitalised inside a sentence with no article ("Gov. Nathan Deal's Office"), or
  saying something ("Deal said Tuesday"), is a person, no deal.
"""

from __future__ import annotations

from typing import Any

from .reading import projects, read


def _titles(proposals: list[Any]) -> set[str]:
    return {
        next(iter(p.plain_value().values()))
        for p in proposals
        if p.field == "title" and p.new is not None and p.new.kind == "agreements"
    }


def test_french_plant_nouns_of_their_own_kind_are_plants() -> None:
    for text, name in (
        ("Le groupe Norvalis construira une tôlerie à Sfax.", "Tôlerie de Sfax"),
        ("Le groupe Norvalis a inauguré un laminoir à Annaba.", "Laminoir d'Annaba"),
        (
            "Une distillerie sera construite à Kumasi par le groupe Norvalis.",
            "Distillerie de Kumasi",
        ),
        ("Le groupe Norvalis a ouvert une fromagerie à Thiès.", "Fromagerie de Thiès"),
        ("Le groupe Norvalis va construire une rizerie à Bouaké.", "Rizerie de Bouaké"),
    ):
        assert projects(read(text)) == {name}, text
    # a guard: the sheet metal a plant makes is no plant
    assert projects(read("Le groupe Norvalis vend de la tôle ondulée à Sfax.")) == set()


def test_an_agreement_with_its_counterpart_before_what_it_is_about() -> None:
    for text, title in (
        (
            "Le Niger a signé mardi un contrat avec la société turque Kestrel portant sur la "
            "construction d'une aciérie dans le centre de ce pays sahélien.",
            "Contrat portant sur la construction d'une aciérie",
        ),
        (
            "Le groupe Norvalis a signé un contrat avec la société Kestrel concernant la "
            "réalisation d'une fonderie au sud-est du pays.",
            "Contrat concernant la réalisation d'une fonderie",
        ),
        (
            "Norvalis signed a contract with Kestrel Steel covering the construction of a "
            "steel mill in the north of the country.",
            "Contract covering the construction of a steel mill",
        ),
    ):
        lang = "en" if text.startswith("Norvalis") else "fr"
        assert _titles(read(text, lang=lang)) == {title}, text
    # a guard: the day said after the counterpart is no part of the title
    text = "Norvalis signed a contract with Kestrel Steel on Saturday to build a steel mill."
    assert _titles(read(text, lang="en")) == {"Contract to build a steel mill"}


def test_an_owner_s_count_of_its_plants_names_no_plant() -> None:
    for text, name, lang in (
        (
            "Le groupe Norvalis a ouvert mercredi sa centième usine mondiale au Brésil. Ce "
            "site, installé à Campinas, fabriquera des moteurs.",
            "Usine de Campinas",
            "fr",
        ),
        (
            "Le groupe Norvalis a inauguré sa 50e usine dans le monde à Campinas.",
            "Usine de Campinas",
            "fr",
        ),
        (
            "Le groupe Norvalis a inauguré sa dixième usine au monde, à Campinas.",
            "Usine de Campinas",
            "fr",
        ),
        (
            "Norvalis opened its 100th plant worldwide in Campinas on Wednesday.",
            "Plant at Campinas",
            "en",
        ),
        ("Norvalis opened its hundredth global factory in Campinas.", "Factory at Campinas", "en"),
    ):
        assert projects(read(text, lang=lang)) == {name}, text
    # a guard: a rank said of the article's own plants without an owner names nothing new
    assert "Dixième usine de Campinas" not in projects(
        read("Le groupe Norvalis a inauguré la dixième usine à Campinas.")
    )


def test_a_plant_named_at_once_by_another_plant_noun_is_one_plant() -> None:
    for text, names, lang in (
        (
            "Le groupe Norvalis construira une usine à Sfax. Une deuxième usine, la "
            "cimenterie de Gabès, produira du ciment.",
            {"Usine de Sfax", "Cimenterie de Gabès"},
            "fr",
        ),
        (
            "Le groupe Norvalis construira une usine, le laminoir de Gabès, l'an prochain.",
            {"Laminoir de Gabès"},
            "fr",
        ),
        (
            "Kestrel Steel will build a second plant, the Tema rolling mill, next year.",
            {"Tema rolling mill"},
            "en",
        ),
    ):
        assert projects(read(text, lang=lang)) == names, text
    # a guard: a plant and another said after "et" are two
    text = "Le groupe Norvalis construira une usine à Sfax et la cimenterie de Gabès."
    assert len(projects(read(text))) == 2


def test_an_english_plant_noun_with_its_name_set_after_it() -> None:
    for text, name in (
        ("Kestrel Steel opened the steel plant Volta Steel in Tema.", "Volta Steel"),
        ("In Tema the construction of cement factory Zhong-Tabacement began.", "Zhong-Tabacement"),
        (
            "The president launched the construction of industrial enterprise "
            "Kestrel-Voltacement near Tema.",
            "Kestrel-Voltacement",
        ),
    ):
        assert projects(read(text, lang="en")) == {name}, text
    # guards: a clause's subject, a day after the noun name nothing
    for text in (
        "The factory Kestrel built in Tema closed.",
        "Kestrel opened the plant Monday in Tema.",
    ):
        assert "Kestrel" not in projects(read(text, lang="en")), text
        assert "Monday" not in projects(read(text, lang="en")), text
    # and industrial enterprises said with no name are companies, no plant
    assert projects(read("Kestrel operates industrial enterprises in Ghana.", lang="en")) == set()


def test_industrial_enterprises_counted_and_a_plant_of_a_company() -> None:
    text = (
        "In Tema the construction of two big industrial enterprises – Steel plant of Mining "
        "company of Ghana and China and cement factory Zhong-Tabacement – began."
    )
    assert projects(read(text, lang="en")) == {
        "Steel plant of Mining company of Ghana and China",
        "Zhong-Tabacement",
    }
    text = "The governor said the Rolling mill of Steel company of Ghana and Togo will open."
    assert projects(read(text, lang="en")) == {"Rolling mill of Steel company of Ghana and Togo"}
    # a guard: a country after "of" is no company of the plant's name
    text = "Kestrel Holding will build the Steel plant of Ghana in Tema."
    assert not any("of Ghana" in n for n in projects(read(text, lang="en")))


def _components(proposals: list[Any]) -> list[Any]:
    return [p for p in proposals if p.field == "components"]


def test_a_plant_in_another_town_making_another_thing_is_its_own_record() -> None:
    for text, names in (
        (
            "Kestrel Energy will invest $1 billion in a new battery plant in Lagos. Ghana has "
            "attracted Korean firms, including the news that Volta Solar will invest $150 "
            "million in a new solar panel factory in Kumasi.",
            {"Battery plant at Lagos", "Solar panel factory at Kumasi"},
        ),
        (
            "Kestrel Energy will invest $1 billion in a new battery plant in Lagos. Volta "
            "Solar, for its part, will build a new glass factory at Abuja.",
            {"Battery plant at Lagos", "Glass factory at Abuja"},
        ),
    ):
        proposals = read(text, lang="en")
        assert projects(proposals) == names, text
        assert _components(proposals) == [], text
    # guards: a plant the project is said to include is its component; one in the same town
    # is the plant spoken of
    text = (
        "Kestrel Energy will invest $1 billion in a new battery plant in Lagos. The project "
        "includes a new glass factory."
    )
    assert len(_components(read(text, lang="en"))) == 1
    text = (
        "Kestrel Energy will invest $1 billion in a new battery plant in Lagos. Its partner "
        "Volta will equip a new cell factory in Lagos."
    )
    assert projects(read(text, lang="en")) == {"Battery plant at Lagos"}


def test_deal_said_as_a_surname_is_no_deal() -> None:
    for text in (
        "Kestrel will build a battery plant in Tema, according to Gov. Sam Deal's Office.",
        "Deal said Tuesday that Kestrel will build a battery plant in Tema.",
    ):
        assert _titles(read(text, lang="en")) == set(), text
    # a guard: a deal signed is one
    text = "Kestrel and Volta signed a deal to build a battery plant in Tema."
    assert _titles(read(text, lang="en")) == {"Deal to build a battery plant in Tema"}
