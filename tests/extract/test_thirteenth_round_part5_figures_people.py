"""Figures and people said in forms the reader missed, each rule general and tested on
sentences of its own: the metric tonne in its spellings ("metric tonnes", "tonnes
métriques", "tpd", "MT" after a count in thousands), names with initials, a ruler named
by a title and a given name, a name the title's words cut short, and an acronym before a
title's rank that says whose the title is."""

from __future__ import annotations

from typing import Any

from bilat.store.extract.figures import figures_in
from bilat.store.extract.segment import folded

from .reading import about, orgs, people, read, role_titles


def _capacities(text: str) -> list[tuple[Any, Any]]:
    fold = folded(text)
    return [
        (f.value.value, f.value.unit)
        for f in figures_in(text, fold, 0, len(fold))
        if f.field == "capacity"
    ]


def test_metric_tonnes_a_day_are_tonnes_a_day() -> None:
    text = "The firm will add a nitric acid unit with a capacity of 2,300 metric tonnes per day."
    assert _capacities(text) == [(2300, "t/day")]
    text = "L'usine aura une capacité de 2 500 tonnes métriques par jour."
    assert _capacities(text) == [(2500, "t/day")]


def test_tpd_and_tpa_say_tonnes_and_their_period() -> None:
    assert _capacities("The kiln has a capacity of 3,000 tpd of clinker.") == [(3000, "t/day")]
    assert _capacities("The mill will have a capacity of 60,000 tpa.") == [(60000, "t/yr")]


def test_mt_after_a_count_in_thousands_is_the_metric_tonne() -> None:
    text = "The complex will produce 180,000 MT per annum of urea."
    assert _capacities(text) == [(180000, "t/yr")]
    # a small count of MT is still millions of tonnes
    assert _capacities("The mine will have a capacity of 5 MT per year.") == [(5_000_000, "t/yr")]


def test_a_name_with_initials_is_a_person() -> None:
    found = read("The line was opened by R.K. Menon, managing director of Apex Chemicals.", "en")
    assert "R.K. Menon" in people(found)
    found = read("Apex Chemicals' chairman, A. K. Sharma, said the line would open in May.", "en")
    assert role_titles(found, "A. K. Sharma") == ["chairman"]


def test_initials_that_spell_a_country_before_a_title_are_no_name() -> None:
    found = read("U.S. President Joe Biden met the team at the port.", "en")
    assert people(found) == {"Joe Biden"}


def test_the_french_honorific_is_no_initial() -> None:
    found = read("Le ministre de l'Industrie, M. Karim Ouali, a visité l'usine.", "fr")
    assert people(found) == {"Karim Ouali"}


def test_a_ruler_is_named_by_the_title_and_a_given_name() -> None:
    found = read("The mill was inaugurated in the presence of His Majesty King Hamad.", "en")
    assert role_titles(found, "Hamad") == ["King"]
    # said again, the same role is one claim
    found = read(
        "His Majesty King Hamad laid the stone. King Hamad then toured the new smelter.", "en"
    )
    assert role_titles(found, "Hamad") == ["King"]


def test_a_place_named_after_a_ruler_names_no_one() -> None:
    found = read("L'usine sera construite dans la zone industrielle du roi Fahd.", "fr")
    assert "Fahd" not in people(found)
    found = read("The plant stands near King Fahd Road in the capital.", "en")
    assert "Fahd" not in people(found)


def test_a_name_after_a_long_title_runs_to_its_last_word() -> None:
    found = read(
        "At the quay, Deputy Executive Director Faisal Omar Rahman said the works were done.",
        "en",
    )
    assert "Faisal Omar Rahman" in people(found)
    assert "Faisal Omar" not in people(found)


def test_an_acronym_before_a_titles_rank_says_whose_the_title_is() -> None:
    found = read(
        "The Kenya Dairy Processing Authority (KDPA) leads the work. KDPA Deputy Executive "
        "Director Faisal Omar Rahman said the plant would open in May.",
        "en",
    )
    assert role_titles(found, "Faisal Omar Rahman") == ["Deputy Executive Director"]
    role = about(found, "Faisal Omar Rahman", "roles")[0].plain_value()
    named = {p.new.key: p.new.name for p in found if p.new}
    assert named[role["org"]] == "Kenya Dairy Processing Authority"
    assert "KDPA Deputy" not in orgs(found)


def test_a_title_word_after_a_portfolio_opens_no_name() -> None:
    found = read("Peru's Trade Secretary Lucia Campos said the mill was ready.", "en")
    assert people(found) == {"Lucia Campos"}
    assert role_titles(found, "Lucia Campos") == ["Trade Secretary"]


def test_a_hyphened_given_name_beside_a_title_is_a_persons() -> None:
    found = read("The line will open in May, the chairman, Jae-Won Park, said.", "en")
    assert "Jae-Won Park" in people(found)
    # a hyphened name with no title beside it is still no person
    assert not people(read("The firm works across the Asie-Pacifique Zone and beyond.", "fr"))


def test_a_companys_possessive_before_a_title_says_whose_it_is() -> None:
    found = read(
        "The mill will open in May, Acme Steel Group's chairman, Jae-Won Park, said.", "en"
    )
    role = about(found, "Jae-Won Park", "roles")[0].plain_value()
    named = {p.new.key: p.new.name for p in found if p.new}
    assert named[role["org"]] == "Acme Steel Group"
