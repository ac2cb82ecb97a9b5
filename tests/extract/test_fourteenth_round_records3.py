"""Forming and naming the records an article is about, part three; each rule general in form
and tested on sentences of its own (none taken from the evaluation set):

- a plant said first by a common noun and later by the name its town gives it ("une
  cimenterie … à Kelburg", then "l'usine de Kelburg"; "the Kelburg plant") keeps the name the
  text gives (GOLD.md, rule 6), and still the rank its first words said;

Each test failed with the reader as it was before its rule, except the guards, which say
where a rule stops."""

from __future__ import annotations

from .reading import about, projects, read


def test_a_plant_called_by_its_town_later_keeps_that_name() -> None:
    found = read(
        "Le groupe Zentra va construire une cimenterie d’une capacité de 500 000 tonnes à "
        "Kelburg, au Sénégal. Le chantier de l’usine de Kelburg créera 800 emplois."
    )
    (name,) = projects(found)
    assert name == "Usine de Kelburg"
    assert [p.plain_value()["value"] for p in about(found, name, "jobs")] == [800]


def test_a_ranked_plant_called_by_its_town_is_the_headlines() -> None:
    found = read(
        "Zentra opens first EV plant abroad\n"
        "Zentra Motors inaugurated its first electric vehicle (EV) manufacturing plant "
        "outside Korea in Kelburg, Tarvel, on Monday. The Kelburg plant will employ 3,000 "
        "people.",
        lang="en",
    )
    (name,) = projects(found)
    assert name == "Kelburg plant"
    assert [p.plain_value()["value"] for p in about(found, name, "jobs")] == [3000]


def test_guard_a_plant_described_alone_is_named_by_the_convention() -> None:
    found = read(
        "Le groupe Zentra va construire une cimenterie à Kelburg, au Sénégal. Cette cimenterie "
        "créera 800 emplois."
    )
    assert projects(found) == {"Cimenterie de Kelburg"}
