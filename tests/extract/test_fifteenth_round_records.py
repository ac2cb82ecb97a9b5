"""Forming the records an article is about, round fifteen; each rule general in form and
tested on sentences of its own (none taken from the evaluation set):

- an agreement said in the form of another instrument ("un accord sous forme de mémorandum
  d'entente", "an agreement in the form of a memorandum of understanding") is one agreement,
  of that instrument;

Each test failed with the reader as it was before its rule, except the guards, which say
where a rule stops."""

from __future__ import annotations

from .reading import about, named, read


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
