"""Claims, round fifteen, part three: whose a title is, and what a date says."""

from __future__ import annotations

from typing import Any

from .reading import about, orgs, read, role_titles, statuses


def _org_of_role(proposals: list[Any], name: str) -> str | None:
    """The name of the organisation the person's role is of."""
    (role,) = about(proposals, name, "roles")
    ref = role.plain_value()["org"]
    names = {p.new.key: p.new.name for p in proposals if p.new is not None}
    return names.get(ref) if ref else None


def test_a_company_named_after_a_country_heads_a_title() -> None:
    text = (
        "L'usine de Sfax a ouvert ses portes, a indiqué Jean Morel, directeur général "
        "de Tunisie Tarvel Ciments."
    )
    proposals = read(text)
    assert _org_of_role(proposals, "Jean Morel") == "Tunisie Tarvel Ciments"
    (head,) = about(proposals, "Tunisie Tarvel Ciments", "head")
    assert head.value == "Jean Morel"
    # a guard: a country alone is no company
    text = "L'usine de Sfax a été inaugurée par Jean Morel, président de la Tunisie."
    assert "Tunisie" not in orgs(read(text))


def test_a_title_stops_where_a_run_on_sentence_begins() -> None:
    text = (
        "L'usine de Sfax produit des tuiles depuis mars, a précisé Jean Morel, président "
        "de Tarvel Europe La Tunisie a été choisie pour son port."
    )
    proposals = read(text)
    assert role_titles(proposals, "Jean Morel") == ["président de Tarvel Europe"]
    text = (
        "Le groupe Tarvel a choisi Sfax. Paul Durand, directeur général de Tarvel Maroc a "
        "rappelé que l'usine emploiera 300 personnes."
    )
    assert role_titles(read(text), "Paul Durand") == ["directeur général de Tarvel Maroc"]


def test_a_title_naming_a_subsidiary_is_the_subsidiarys() -> None:
    text = (
        "La société japonaise Tarvel construira une usine à Sfax. Tarvel a annoncé l'usine, "
        "a annoncé Jean Morel, président de Tarvel Europe."
    )
    proposals = read(text)
    assert _org_of_role(proposals, "Jean Morel") == "Tarvel Europe"


def test_inaugurating_a_company_s_plant_says_it_operates_since_that_day() -> None:
    text = (
        "Governor John Tarvel on Thursday inaugurated Zentra Motors India's tractor "
        "manufacturing plant at Kolvar."
    )
    proposals = read(text, lang="en", published="2024-03-09")
    assert statuses(proposals) == {"operating"}
    (start,) = [p for p in proposals if p.field == "dates.operation_start"]
    assert start.value.earliest == "2024-03-07"
    # a guard: an inauguration still to come is no plant running
    text = "Zentra Motors India's tractor plant at Kolvar will be inaugurated in May."
    assert "operating" not in statuses(read(text, lang="en"))


def test_an_investment_decision_announces_the_plant() -> None:
    text = (
        "Zentra Coatings has made an investment decision to develop a factory to "
        "manufacture pipe coatings in Kolvar."
    )
    assert statuses(read(text, lang="en")) == {"announced"}
    text = "Le groupe Tarvel a pris la décision d'investissement pour son usine de Sfax."
    assert statuses(read(text)) == {"announced"}


def test_activity_begun_says_the_plant_operates_and_since_when() -> None:
    text = (
        "Le groupe Tarvel a construit une usine de tuiles à Sfax. L'activité a débuté en "
        "avril 2015 et l'usine emploie 300 personnes."
    )
    proposals = read(text)
    assert statuses(proposals) == {"operating"}
    (start,) = [p for p in proposals if p.field == "dates.operation_start"]
    assert start.value.earliest == "2015-04-01"
    text = "Zentra built a tile factory in Kolvar. Production began in May 2019."
    proposals = read(text, lang="en")
    assert statuses(proposals) == {"operating"}


def test_a_date_the_calendar_places_outweighs_a_weekday_it_cannot() -> None:
    text = (
        "Le groupe Tarvel a inauguré mercredi son usine de tuiles de Sfax. L'activité a "
        "débuté en avril 2015."
    )
    proposals = read(text, published=None)
    (start,) = [p for p in proposals if p.field == "dates.operation_start"]
    assert start.value.earliest == "2015-04-01"
    assert start.quote.startswith("L'activité")
    # a guard: a day the calendar places, said first, stays
    proposals = read(text, published="2015-06-12")
    (start,) = [p for p in proposals if p.field == "dates.operation_start"]
    assert start.value.earliest == "2015-06-10"


def test_a_currency_prefixed_by_its_wire_or_local_sign() -> None:
    text = (
        "Zentra will invest euro450 million ($520 million) in the Kolvar car plant, officials said."
    )
    (sum_,) = [p for p in read(text, lang="en") if p.field == "investment"]
    assert (sum_.value.value, sum_.value.currency) == (450_000_000, "EUR")
    text = "Zentra Textile is investing Rp250 billion in a shoe material plant in Kolvar."
    (sum_,) = [p for p in read(text, lang="en") if p.field == "investment"]
    assert (sum_.value.value, sum_.value.currency) == (250_000_000_000, "IDR")


def test_the_kind_of_employment_said_before_its_noun() -> None:
    text = (
        "The Kolvar fertiliser plant will provide indirect employment for more than 2,000 "
        "people in the region."
    )
    (jobs,) = [p for p in read(text, lang="en") if p.field == "jobs"]
    assert (jobs.value.min, jobs.value.job_type) == (2000, "indirect")
