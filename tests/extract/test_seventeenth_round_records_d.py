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
