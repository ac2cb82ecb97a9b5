"""Reading rules of the tenth round, each on sentences of its own (none of them from the
evaluation set): a country's possessive before a company's name is the company's country,
not the country of the place near it; the adjectives of countries no rule made from their
names; a plant said only by a pronoun after a plural plant noun is a plant of its own, and
what its sentence says is its own; numbers written in words."""

from __future__ import annotations

from typing import Any

from bilat.store.extract.figures import figures_in
from bilat.store.extract.places import countries_in
from bilat.store.extract.segment import folded

from . import reading
from .reading import about


def names(proposals: list[Any], kind: str = "projects") -> set[str]:
    return {p.new.name for p in proposals if p.new and p.new.kind == kind}


def jobs(text: str) -> list[Any]:
    return [
        f.value.value for f in figures_in(text, folded(text), 0, len(text)) if f.field == "jobs"
    ]


def test_a_countrys_possessive_before_a_company_is_the_companys_country() -> None:
    found = reading.read(
        "Turkey's Kordsa Holding will build a tyre cord plant in Tamale, Ghana. "
        "The plant will employ 300 people.",
        "en",
    )
    places = [p.plain_value() for p in found if p.field == "location"]
    assert places and all(p["country"] == "GH" for p in places), places
    countries = [p.plain_value() for p in about(found, "Kordsa Holding", "country")]
    assert "TR" in countries


def test_the_adjectives_of_more_countries_are_read() -> None:
    for words, code in [
        ("le gouvernement centrafricain", "CF"),
        ("en Centrafrique", "CF"),
        ("une usine burundaise", "BI"),
        ("a Nepali partner", "NP"),
        ("les autorités laotiennes", "LA"),
        ("une société cambodgienne", "KH"),
    ]:
        assert [c.country for c in countries_in(folded(words))] == [code], words


def test_a_plant_said_by_a_pronoun_after_a_plural_plant_noun_is_a_plant_of_its_own() -> None:
    found = reading.read(
        "Trois briqueteries seront construites en 2026 au Niger. La plus grande est celle "
        "qui sera réalisée à Maradi par le groupe turc Kiler avec un investissement de 20 "
        "millions d'euros. Vient ensuite la briqueterie de Zinder, qui coûtera 8 millions "
        "d'euros.",
        "fr",
    )
    assert "Briqueterie de Maradi" in names(found)
    cost = about(found, "Briqueterie de Maradi", "investment")
    assert cost and cost[0].plain_value()["value"] == 20_000_000
    assert not [
        p
        for p in about(found, "Briqueterie de Zinder", "investment")
        if p.plain_value()["value"] == 20_000_000
    ], "the figure said of the one at Maradi is not the next plant's"


def test_numbers_written_in_words_are_read() -> None:
    assert jobs("L'usine emploie cinq cents agents permanents.") == [500]
    assert jobs("La société compte deux cent cinquante agents non permanents.") == [250]
    assert jobs("The mill will create three hundred jobs.") == [300]


def test_people_employed_directly_and_indirectly_are_two_counts_of_their_kinds() -> None:
    text = (
        "The mill would provide employment to 400 local people directly and to 2,000 people "
        "indirectly."
    )
    found = [
        (f.value.value, f.value.job_type)
        for f in figures_in(text, folded(text), 0, len(text))
        if f.field == "jobs"
    ]
    assert found == [(400, "direct"), (2000, "indirect")]


def test_a_name_given_before_the_plant_noun_names_the_plant() -> None:
    found = reading.read(
        "Le ministre a inauguré jeudi à Mopti, au Mali, la filiale d'un groupe turc. "
        "Dénommée « Sahel Verre » (SAVE), cette usine produira 30 000 tonnes par an.",
        "fr",
    )
    assert "Sahel Verre" in names(found)
    assert about(found, "Sahel Verre", "capacity")


def test_a_company_named_after_another_group_and_its_nationality_is_read() -> None:
    found = reading.read(
        "La tuilerie de Sfax sera réalisée par un autre groupe italien, Marazzi & Figli, "
        "en Tunisie.",
        "fr",
    )
    assert [p.plain_value() for p in about(found, "Marazzi & Figli", "country")] == ["IT"]


def test_a_country_said_after_a_company_is_whose_it_is_not_a_company() -> None:
    found = reading.read(
        "Kivu Steel is an affiliate of Hongyuan Group, China that trades in steel. It will "
        "build a steel plant in Goma, Congo.",
        "en",
    )
    assert [p.plain_value() for p in about(found, "Hongyuan Group", "country")] == ["CN"]
    assert "China" not in names(found, "orgs")


def test_a_dinar_or_a_rupee_said_without_whose_is_the_hosts() -> None:
    found = reading.read(
        "Une briqueterie sera construite à Sousse, en Tunisie, avec un investissement de 12 "
        "millions de dinars. "
        "La Tunisie en attend 200 emplois.",
        "fr",
    )
    assert [p.plain_value()["currency"] for p in found if p.field == "investment"] == ["TND"]
    nepal = reading.read(
        "A Chinese firm will build a cement plant in Hetauda, Nepal, at a cost of 9 billion "
        "Nepali Rupees. Nepal expects 300 jobs.",
        "en",
    )
    assert [p.plain_value()["currency"] for p in nepal if p.field == "investment"] == ["NPR"]
