"""Agreements said in the plural, round fifteen, part two; each rule general in form and
tested on sentences of its own (none taken from the evaluation set):

- several agreements or contracts signed together ("a signé jeudi des accords pour …",
  "have signed three supply contracts with …", "twelve agreements were signed between …",
  "deux projets de conventions relatives à …") are one agreement record, named by the
  text's words: with what they are for when it follows their noun, by their noun alone when
  a counterpart or a passive verb follows it; a country after that purpose is no part of a
  French title;
- agreements counted but not signed in so many words ("secured three agreements"), or
  signed with no purpose and no named counterpart ("signées entre les deux pays"), name
  nothing (guards).

Each test failed with the reader as it was before its rule, except the guards, which say
where a rule stops."""

from __future__ import annotations

from .reading import named, read


def test_agreements_signed_for_a_plant_are_one_record() -> None:
    found = read(
        "Le groupe Alvarez Pneus a signé jeudi des accords pour la construction d'une usine "
        "de pneumatiques au Maroc d'une capacité de deux millions de pneus par an."
    )
    assert named(found, "agreements") == {
        "Accords pour la construction d'une usine de pneumatiques"
    }


def test_contracts_signed_with_a_counterpart_are_named_by_their_noun() -> None:
    found = read(
        "Norvale Energy has signed three supply contracts with the Ministry of Mines to "
        "develop new industries, the company said on Monday.",
        lang="en",
    )
    assert named(found, "agreements") == {"Supply contracts"}


def test_agreements_signed_in_the_passive_are_named_by_their_noun() -> None:
    found = read(
        "During the visit, twelve agreements were signed between Korvel Group and several "
        "foreign firms to carry out projects at the new port.",
        lang="en",
    )
    assert named(found, "agreements") == {"Agreements"}


def test_draft_conventions_about_a_refinery_keep_their_draft() -> None:
    found = read(
        "Le ministre des Mines et la société Hexon Petroleum ont signé lundi à Dakar deux "
        "projets de conventions relatives à la construction d'une raffinerie au Sénégal."
    )
    assert named(found, "agreements") == {
        "Projets de conventions relatives à la construction d'une raffinerie"
    }


def test_agreements_counted_or_signed_between_two_countries_name_nothing() -> None:
    found = read(
        "Au terme du forum, 14 conventions ont été signées entre les deux pays.",
    )
    assert named(found, "agreements") == set()
    found = read(
        "The developer secured three investment agreements with Chinese companies.",
        lang="en",
    )
    assert named(found, "agreements") == set()
