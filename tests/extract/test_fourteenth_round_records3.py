"""Forming and naming the records an article is about, part three; each rule general in form
and tested on sentences of its own (none taken from the evaluation set):

- a plant said first by a common noun and later by the name its town gives it ("une
  cimenterie … à Kelburg", then "l'usine de Kelburg"; "the Kelburg plant") keeps the name the
  text gives (GOLD.md, rule 6), and still the rank its first words said;
- a word in lower case after the town that names a plant ("cette usine de Kelburg donne des
  résultats") opens the clause: no part of the plant's name (a capitalised one still is);
- so too after a company's name that names a plant ("l'usine Zentra Kelburg présente une
  capacité");
- a town some kilometres away said in words ("à une vingtaine de kilomètres de la capitale
  Dakar") and the town a diplomatic corps is accredited to are not the plant's;
- the town where an announcement was made ("L'annonce a été effectuée, hier à Morvane") is
  not the plant's;

Each test failed with the reader as it was before its rule, except the guards, which say
where a rule stops."""

from __future__ import annotations

from bilat.store.extract.proposal import Proposal

from .reading import about, projects, read


def _localities(found: list[Proposal]) -> set[str]:
    return {p.plain_value()["locality"] for p in found if p.field == "location"}


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


def test_a_verb_after_the_town_naming_a_plant_is_no_part_of_its_name() -> None:
    found = read(
        "Le groupe Zentra va construire une usine de production de ciment à Kelburg, au "
        "Sénégal. Si cette usine de Kelburg donne des résultats positifs, le groupe en "
        "construira une autre."
    )
    assert projects(found) == {"Usine de Kelburg"}


def test_guard_a_capitalised_word_after_the_town_still_names_the_plant() -> None:
    found = read(
        "Le groupe Zentra va construire une usine de production de ciment à Kelburg, au "
        "Sénégal. L’usine de Kelburg Nord emploiera 800 personnes."
    )
    assert "Usine de Kelburg Nord" in projects(found)


def test_the_town_an_announcement_was_made_in_is_not_the_plants() -> None:
    found = read(
        "Le groupe Zentra va créer une nouvelle unité de production de ciment. L’annonce a été "
        "effectuée, hier à Morvane, au Sénégal, par les représentants du groupe."
    )
    assert "Morvane" not in _localities(found)


def test_guard_the_town_a_plant_will_be_installed_in_is_its() -> None:
    found = read(
        "Le groupe Zentra va créer une nouvelle unité de production de ciment. Elle sera "
        "installée à Morvane, au Sénégal."
    )
    assert _localities(found) == {"Morvane"}


def test_a_verb_after_a_plants_given_name_is_no_part_of_it() -> None:
    found = read(
        "Zentra a inauguré sa nouvelle usine. L’usine Zentra Sénégal présente une capacité de "
        "500 000 tonnes."
    )
    assert "Usine Zentra Sénégal" in projects(found)


def test_a_town_some_kilometres_away_said_in_words_is_not_the_plants() -> None:
    found = read(
        "Zentra a inauguré jeudi une usine. Située à une vingtaine de kilomètres de Dakar, au "
        "Sénégal, l’usine a une capacité de 500 000 tonnes."
    )
    assert not any(p.field == "location" and "Dakar" in p.quote for p in found)


def test_the_town_a_diplomatic_corps_is_accredited_to_is_not_the_plants() -> None:
    found = read(
        "Le groupe Zentra a inauguré une usine, en présence du corps diplomatique accrédité à "
        "Dakar."
    )
    assert "Dakar" not in _localities(found)
