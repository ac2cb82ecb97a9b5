"""Forming the records an article is about, round fifteen; each rule general in form and
tested on sentences of its own (none taken from the evaluation set):

- an agreement said in the form of another instrument ("un accord sous forme de mémorandum
  d'entente", "an agreement in the form of a memorandum of understanding") is one agreement,
  of that instrument; so is one whose bracket says its instrument ("un accord de principe
  (MoU)");
- an agreement said after words that open a sentence about what was spoken of ("Dans ce
  cadre, un accord …", "To this end, an agreement …") is the plant's, even when the
  sentence before spoke of the plant only as "ce projet";
- the organisations that sign an agreement, said as the verb's subject ("Zentra Motors a
  signé mercredi un accord", "X and Y signed an agreement"), are its parties;
- a name read as an organisation's ("Nigeria's Tunde Bakare is investing", "the group's
  chairman Tunde Bakare") whose last word the text says alone as a person's ("Bakare said",
  "Mr Bakare") is that person, and the surname alone no other;

Each test failed with the reader as it was before its rule, except the guards, which say
where a rule stops."""

from __future__ import annotations

from typing import Any

from .reading import about, named, orgs, people, projects, read


def test_an_agreement_in_the_form_of_a_memorandum_is_one_agreement() -> None:
    found = read(
        "Un accord sous forme de Mémorandum of Understanding (MoU) a été signé mardi entre "
        "le groupe Zentra et la société Orvane."
    )
    (name,) = named(found, "agreements")
    assert name == "Accord sous forme de Mémorandum of Understanding"
    assert [p.plain_value() for p in about(found, name, "instrument")] == ["mou"]


def test_an_english_agreement_in_the_form_of_a_memorandum_is_one_agreement() -> None:
    found = read(
        "Zentra Group and Orvane Holdings signed an agreement in the form of a memorandum of "
        "understanding to build a cement plant in Nakuru.",
        lang="en",
    )
    (name,) = named(found, "agreements")
    assert name.startswith("Agreement in the form of a memorandum of understanding")
    assert [p.plain_value() for p in about(found, name, "instrument")] == ["mou"]


def _linked(found: list[Any], name: str) -> list[Any]:
    return [p.plain_value() for p in about(found, name, "projects")]


def test_an_agreement_signed_in_this_frame_is_the_plants() -> None:
    found = read(
        "Le groupe Zentra va construire une cimenterie à Thiès. Ce projet créera 300 emplois. "
        "Dans ce cadre, un accord a été signé lundi avec l'État."
    )
    (plant,) = projects(found)
    (name,) = named(found, "agreements")
    assert len(_linked(found, name)) == 1
    assert len(about(found, plant, "agreements")) == 1


def test_an_english_agreement_signed_to_this_end_is_the_plants() -> None:
    found = read(
        "Zentra Group will build a cement plant in Nakuru. The project will create 300 jobs. "
        "To this end, an agreement was signed on Monday with the county.",
        lang="en",
    )
    (plant,) = projects(found)
    (name,) = named(found, "agreements")
    assert len(_linked(found, name)) == 1
    assert len(about(found, plant, "agreements")) == 1


def test_a_possessive_country_before_a_person_said_later_by_surname() -> None:
    found = read(
        "Nigeria's Tunde Bakare is investing 30 million dollars in a steel mill in Kano. "
        "Bakare said the mill would open next year.",
        lang="en",
    )
    assert people(found) == {"Tunde Bakare"}
    assert "Tunde Bakare" not in orgs(found)


def test_a_surname_alone_after_the_full_name_is_no_other_person() -> None:
    found = read(
        "Orvane Holdings will build a steel mill in Kano. According to the group's board "
        'chairman Tunde Bakare, the mill will open in 2026. "We are ready," Mr Bakare said.',
        lang="en",
    )
    assert people(found) == {"Tunde Bakare"}
    assert orgs(found) == {"Orvane Holdings"}


def test_guard_a_company_said_short_by_its_first_word_stays_a_company() -> None:
    found = read(
        "South Korea's Zentra Controls is investing 30 million dollars in a steel mill in "
        'Kano. "We are ready," Zentra said.',
        lang="en",
    )
    assert "Zentra Controls" in orgs(found)
    assert not people(found)


def test_an_agreement_with_its_instrument_in_brackets_is_one_agreement() -> None:
    found = read(
        "Le gouvernement sénégalais et la société Zentra ont signé un accord de principe (MoU) "
        "jeudi à Dakar."
    )
    assert named(found, "agreements") == {"Accord de principe"}
    assert [p.plain_value() for p in about(found, "Accord de principe", "instrument")] == ["mou"]


def _parties(found: list[Any], name: str) -> set[str]:
    refs = {p.plain_value()["org"] for p in about(found, name, "parties")}
    return {p.new.name for p in found if p.new and p.new.key in refs and p.field == "name"}


def test_the_company_that_signs_an_agreement_is_its_party() -> None:
    found = read(
        "La société américaine Zentra Motors a signé mercredi un accord pour la construction "
        "d'une usine de batteries à Thiès."
    )
    (name,) = named(found, "agreements")
    assert _parties(found, name) == {"Zentra Motors"}


def test_the_companies_that_sign_an_english_agreement_are_its_parties() -> None:
    found = read(
        "The Zentra Group and the Kelburg Cement Company signed an agreement to build a "
        "cement plant in Nakuru.",
        lang="en",
    )
    (name,) = named(found, "agreements")
    assert _parties(found, name) == {"Zentra Group", "Kelburg Cement Company"}
