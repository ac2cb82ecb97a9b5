"""Records and their names (round eighteen, part b): a size word ("vast", "sprawling") is no
part of a described plant's name, nor a capacity's unit ("50 MW"); a mine said by what it
yields is a project, another than the complex spoken of; plants counted after a complex are
its content; a plant's own utilities (a power station, a port listed after it, one said to
serve it) are its components, their sums not the plant's; "le projet X" names a project;
money invested in a "plan de production" makes a plant; a lease agreement is titled without
whom it is handed to, a contract, and one with the bare "agreement" said just before it for
the same plant; "son projet X" then "l'usine de X" is named by the plant's noun. Each is a rule
of the press's language, not of one article."""

from __future__ import annotations

from typing import Any

from .reading import projects, read


def _field(proposals: list[Any], field: str, kind: str = "projects") -> list[Any]:
    return [p.plain_value() for p in proposals if p.new and p.new.kind == kind and p.field == field]


def _titles(proposals: list[Any]) -> list[str]:
    return [next(iter(v.values())) for v in _field(proposals, "title", "agreements")]


def test_a_size_word_is_no_part_of_a_described_plants_name() -> None:
    text = "Norvik Group has agreed to build a vast textile complex at Ruse."
    assert projects(read(text, lang="en")) == {"Textile complex at Ruse"}
    text = "Norvik Group has agreed to build a sprawling textile complex at Ruse."
    assert projects(read(text, lang="en")) == {"Textile complex at Ruse"}
    # a guard: a capitalised word of a name the text gives stays
    text = "Norvik Group has agreed to build the Vast Valley Cement plant at Ruse."
    assert projects(read(text, lang="en")) == {"Vast Valley Cement plant"}


def test_a_capacitys_unit_opens_no_name() -> None:
    text = "Kestrel Energy will build a 50 MW combined-cycle power station at Tema."
    names = projects(read(text, lang="en"))
    assert names == {"Combined-cycle power station at Tema"}
    text = "Kestrel Energy will build a 20 MW power station at Tema."
    assert projects(read(text, lang="en")) == {"Power station at Tema"}
    # a guard: an acronym that says what the plant makes stays in its name (a product's
    # letters are no proper name: the town is added, as Arab News' "LED lighting lamps"
    # plant at Jubail is named)
    text = "Kestrel Gas will build a new LNG plant at Tema."
    assert projects(read(text, lang="en")) == {"LNG plant at Tema"}


def test_a_mine_said_by_what_it_yields_is_a_project() -> None:
    text = "Orla Mining opened a $300 million copper mine at Kasama in 2015."
    assert projects(read(text, lang="en")) == {"Copper mine"}
    # after a complex spoken of, a mine is another project
    text = (
        "Norvik Group will build an industrial complex at Ruse. Its contractor built the "
        "largest investment in the country, a $2bn nickel mine completed in 2012."
    )
    proposals = read(text, lang="en")
    assert projects(proposals) == {"Industrial complex at Ruse", "Nickel mine"}
    # a guard: "mine" the pronoun is no project
    text = "The choice was mine, said the minister of Orla Mining at Kasama."
    assert projects(read(text, lang="en")) == set()


def test_plants_counted_after_a_complex_are_its_content() -> None:
    text = (
        "Norvik Group has agreed to build a huge agro-industrial complex near Ruse. The "
        "minister said the plan was to build two processing and packing plants there."
    )
    assert projects(read(text, lang="en")) == {"Agro-industrial complex at Ruse"}


def test_a_plants_own_utilities_are_its_components() -> None:
    text = (
        "A Korean firm will build a fertiliser plant, a thermal power station and a jetty "
        "at Tema, it said."
    )
    proposals = read(text, lang="en")
    assert projects(proposals) == {"Fertiliser plant at Tema"}
    parts = {v["name"]["en"] for v in _field(proposals, "components")}
    assert parts == {"Thermal power station", "Jetty"}
    # one said to serve the plant is its part too, its sum and capacity not the plant's
    text = (
        "A Korean firm will build a urea plant at Tema, it said. Another $50 million will "
        "go to a 20 MW power station that will provide electricity to the plant."
    )
    proposals = read(text, lang="en")
    assert len(projects(proposals)) == 1
    assert _field(proposals, "capacity") == []
    assert _field(proposals, "investment") == []
    assert [v["name"]["en"] for v in _field(proposals, "components")] == ["Power station"]
    # a guard: two plants listed are two records, no parts
    text = "Kestrel will build a cement plant and a lime plant at Tema."
    proposals = read(text, lang="en")
    assert len(projects(proposals)) == 2
    assert _field(proposals, "components") == []


def test_le_projet_x_names_a_project() -> None:
    text = "Le groupe Orla a inauguré hier le projet Kalanda, à Thiès."
    assert projects(read(text)) == {"Projet Kalanda"}
    # guards: a country, a weekday or a draft law names no project
    assert (
        projects(read("Orla a présenté hier le projet Algérie aux investisseurs de Thiès."))
        == set()
    )
    assert projects(read("Orla a présenté hier le projet Lundi aux investisseurs.")) == set()
    assert projects(read("Orla a présenté hier le projet de loi de finances à Thiès.")) == set()


def test_money_invested_in_a_production_plan_makes_a_plant() -> None:
    text = (
        "La société Orla a investi dans ce nouveau plan de production de chaussures 20 "
        "millions de dollars à Thiès."
    )
    proposals = read(text)
    assert projects(proposals) == {"Plan de production de chaussures de Thiès"}
    assert _field(proposals, "investment")
    # a guard: a production plan presented, no money put in it, is no plant
    text = "La société Orla a présenté un nouveau plan de production de chaussures pour 2025."
    assert projects(read(text)) == set()


def test_a_lease_agreement_is_titled_without_whom_it_is_handed_to() -> None:
    text = (
        "The ministry handed over a lease agreement to Orla Cement Limited for the new "
        "cement factory at Lautoka."
    )
    proposals = read(text, lang="en")
    assert _titles(proposals) == ["Lease agreement"]
    assert _field(proposals, "instrument", "agreements") == ["contract"]
    # a guard: what an agreement is for, said after it, still titles it
    text = "Orla Cement signed an agreement to build a cement factory at Lautoka."
    assert _titles(read(text, lang="en")) == ["Agreement to build a cement factory at Lautoka"]


def test_a_bare_agreement_then_a_qualified_one_for_the_plant_are_one() -> None:
    text = (
        "An agreement for a US$30 million investment to build a cement factory at Lautoka "
        "was signed yesterday. The ministry handed over a lease agreement to Orla Cement "
        "Limited for the new cement factory."
    )
    proposals = read(text, lang="en")
    assert _titles(proposals) == ["Lease agreement"]
    assert _field(proposals, "events", "agreements")


def test_a_plant_noun_names_it_rather_than_projet() -> None:
    text = (
        "Orla Lithium a lancé son projet Kalanda dans le nord du pays. L'usine de Kalanda, "
        "dans la région de Salta, a coûté 200 millions de dollars."
    )
    assert projects(read(text)) == {"Usine de Kalanda"}
