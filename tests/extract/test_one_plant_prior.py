"""An article is about one plant of each kind unless the text tells plants apart: a later
plant said by other words is the article's first one, and its figures go there. Sentences
written for these tests. The first test fails with the reader as it was before the rule;
the guards hold before and after it and say where it stops: "another", "une autre", a
plant its owner also runs, two products in a list, two products of one noun. An article's
only two plants, the first said by its bare noun and no town ("its new factory in the
Dominican Republic"), the other with its town, are one."""

from __future__ import annotations

from .reading import about, projects, read


def test_a_plant_said_again_by_other_words_is_one_record() -> None:
    found = read(
        "Zentra Motors opened a car plant in Tarvel on Monday. "
        "The newly inaugurated production facility will employ 3,000 workers.",
        lang="en",
    )
    assert projects(found) == {"Car plant"}
    assert [p.plain_value()["value"] for p in about(found, "Car plant", "jobs")] == [3000]


def test_another_plant_stays_apart() -> None:
    found = read(
        "Zentra Motors opened a car plant in Tarvel on Monday. The company also inaugurated "
        "another production facility in Tarvel, which will employ 800 workers.",
        lang="en",
    )
    assert len(projects(found)) == 2
    assert about(found, "Car plant", "jobs") == []


def test_une_autre_usine_stays_apart() -> None:
    found = read(
        "Le groupe Lorvane va construire une usine de pneus à Méral. Une autre usine de "
        "production sera construite à Sarn et créera 400 emplois."
    )
    assert len(projects(found)) == 2
    assert about(found, "Usine de pneus", "jobs") == []


def test_a_plant_of_another_product_its_owner_also_runs_stays_apart() -> None:
    found = read(
        "Zentra Motors opened a car plant in Tarvel on Monday. Zentra also runs a textile "
        "factory in Morvel, which employs 800 workers.",
        lang="en",
    )
    assert projects(found) == {"Car plant", "Textile factory"}


def test_two_products_in_a_list_stay_two_plants() -> None:
    found = read(
        "Kavro Group will set up a ceramic tiles factory and a cement factory in Tarvel, "
        "creating 900 jobs.",
        lang="en",
    )
    assert projects(found) == {"Ceramic tiles factory", "Cement factory"}


def test_two_products_of_one_noun_stay_two_plants() -> None:
    found = read(
        "Le groupe Lorvane a mis en service l'usine de laminage à chaud en 2024. "
        "L'usine de laminage à froid sera prête en 2025."
    )
    assert projects(found) == {"Usine de laminage à chaud", "Usine de laminage à froid"}


def test_a_bare_plant_said_first_is_the_one_described_after() -> None:
    # "its new factory in X" (no town), then the plant said in full with its town: an
    # article's only two plants are its one plant, its figures the one record's
    found = read(
        "Kelvar, a processor based in Hong Kong, will support its new factory in the "
        "Dominican Republic with a training program.\nKelvar is investing $40 million to "
        "build an injection molding, assembly and packaging plant in the Las Américas "
        "Industrial Free Zone Park in Santo Domingo. When fully operational, the plant will "
        "employ 900 workers.\nKelvar makes brushes and mops for retailers. A retailer will "
        "be the first client of Kelvar's new factory. Last year, Kelvar's three factories in "
        "Shenzhen shipped 90 million products.",
        lang="en",
    )
    assert len(projects(found)) == 1, projects(found)
    # a guard: two plants each said with its town stay two
    found = read(
        "Kelvar is investing $50 million to build an injection molding plant in Santo "
        "Domingo. It will also build a glass factory in Santiago.",
        lang="en",
    )
    assert len(projects(found)) == 2
