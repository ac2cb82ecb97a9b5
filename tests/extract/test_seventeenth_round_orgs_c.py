"""Rules for organisations, round seventeen, part orgs_c; each general in form and tested
on sentences of its own (none taken from the evaluation set):

- a body's name goes on through "for" and the capitalised words after its noun ("the
  Royal Commission for Kelmar and Duba", "Tarvel Mining Company for Industry", "the Arab
  Organization for Industrialization"), as many Gulf and Arab bodies are named; a company
  joined after "and" with its own noun ("… for Building Materials and Norvel Company") is a
  second company; a country alone ("the Nile Company for Egypt") or a possessive ("Sinoma
  Company for Zambia's plant") after "for" is whom it works for, no part of the name.
"""

from __future__ import annotations

from tests.extract.reading import orgs, read


def test_a_bodys_name_goes_on_through_for_and_its_capitalised_words() -> None:
    said = read(
        "The plant of Tarvel Mining Company for Industry will open in Kelmar in 2026.",
        lang="en",
    )
    assert "Tarvel Mining Company for Industry" in orgs(said)
    said = read(
        "The governor of the Royal Commission for Kelmar and Duba, Sami Rahal, opened the plant.",
        lang="en",
    )
    assert "Royal Commission for Kelmar and Duba" in orgs(said)
    said = read(
        "The Arab Organization for Industrialization will assemble the buses in Benha.",
        lang="en",
    )
    assert "Arab Organization for Industrialization" in orgs(said)


def test_a_company_joined_after_for_words_by_and_is_a_second_company() -> None:
    said = read(
        "The Gulf Company for Building Materials and Norvel Holding Company will supply the "
        "cement to the plant.",
        lang="en",
    )
    assert {"Gulf Company for Building Materials", "Norvel Holding Company"} <= orgs(said)


def test_a_country_or_a_possessive_after_for_is_no_part_of_the_name() -> None:
    said = read("The Nile Company for Egypt will build the plant in Tanta.", lang="en")
    assert "Nile Company" in orgs(said)
    assert "Nile Company for Egypt" not in orgs(said)
    said = read("Kestra Company for Zambia's plant ordered ten kilns last year.", lang="en")
    assert not any("Zambia" in name for name in orgs(said))
