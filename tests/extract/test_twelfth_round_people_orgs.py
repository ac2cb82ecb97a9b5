"""The twelfth round's rules for people and organisations, each general and tested on
sentences of its own (none taken from the evaluation set): a place that closes a title, a
title said after a name with its nationality, rank or owner, a diplomat's nationality, the
longer of two titles, a company's trade word that ends before a person's name, the words
of a place or a day that name no one, and the organisations the press names in forms the
reader missed."""

from __future__ import annotations

from typing import Any

from .reading import about, read


def _people(proposals: list[Any]) -> set[str]:
    return {p.new.name for p in proposals if p.new and p.new.kind == "people"}


def _orgs(proposals: list[Any]) -> set[str]:
    return {p.new.name for p in proposals if p.new and p.new.kind == "orgs"}


def _titles(proposals: list[Any], name: str) -> list[str]:
    return [next(iter(p.plain_value()["title"].values())) for p in about(proposals, name, "roles")]


def test_a_country_or_a_place_closing_a_title_is_no_part_of_the_name() -> None:
    found = read("The mill was opened by President of Kenya Amani Wekesa on Monday.", "en")
    assert _titles(found, "Amani Wekesa") == ["President of Kenya"]
    found = read("The talks were attended by the governor of Sfax Hedi Karoui.", "en")
    assert _titles(found, "Hedi Karoui") == ["governor of Sfax"]


def test_a_title_after_a_name_keeps_a_nationality_or_a_rank_said_before_it() -> None:
    found = read("Lin Haoran, Chinese ambassador to Ghana, praised the mill.", "en")
    assert _titles(found, "Lin Haoran") == ["Chinese ambassador to Ghana"]


def test_a_possessive_before_a_title_after_a_name_is_the_titles_company() -> None:
    found = read("Ravi Menon, Tarsus's deputy general manager, spoke to the press.", "en")
    assert _titles(found, "Ravi Menon") == ["deputy general manager"]
    assert "Tarsus" in _orgs(found)
    # a deputy is no head of the company
    assert not [p for p in found if p.field == "head"]


def test_a_diplomats_nationality_before_the_title_is_part_of_it() -> None:
    found = read("Indian Ambassador Meera Pillai visited the tannery.", "en")
    assert _titles(found, "Meera Pillai") == ["Indian Ambassador"]


def test_a_rank_in_lower_case_before_a_title_is_part_of_it() -> None:
    found = read("The regional governor Bakyt Omarov cut the ribbon.", "en")
    assert _titles(found, "Bakyt Omarov") == ["regional governor"]


def test_of_two_titles_ending_together_the_longer_is_read() -> None:
    found = read("Vice President of Orlan Steel Group Chen Bo spoke at the site.", "en")
    assert _titles(found, "Chen Bo") == ["Vice President of Orlan Steel Group"]


def test_a_company_name_ending_in_its_trade_stops_before_the_persons_name() -> None:
    found = read("Director of Ankara Cement Murat Demir laid the stone.", "en")
    assert "Murat Demir" in _people(found)
    assert "Ankara Cement Murat" not in _people(found)


def test_a_place_after_a_mayor_or_a_region_is_no_person() -> None:
    found = read("Le projet a été présenté dans la région du Haut Ogooué hier.", "fr")
    assert "Haut Ogooué" not in _people(found)
    found = read("It was said by the mayor of Port Loko to reporters.", "en")
    assert "Port Loko" not in _people(found)


def test_a_day_after_a_news_agency_is_no_person() -> None:
    found = read("An official told Reuters Tuesday that the plant will open.", "en")
    assert not _people(found)


def test_a_title_said_after_a_four_word_name_keeps_the_whole_name() -> None:
    found = read("Omar Bakri Hassan Saleh, chef de délégation, a visité l'usine.", "fr")
    assert "Omar Bakri Hassan Saleh" in _people(found)


def test_a_representative_a_speaker_and_a_project_chief_are_titles() -> None:
    found = read(
        "Awa Ndiaye Sarr, représentante personnelle du ministre, a inauguré l'usine.", "fr"
    )
    assert _titles(found, "Awa Ndiaye Sarr") == ["représentante personnelle du ministre"]
    found = read("Selon le chef du projet, Paul Mba Obame, les travaux avancent.", "fr")
    assert _titles(found, "Paul Mba Obame") == ["chef du projet"]
    found = read("Speaker of National Assembly Joyce Banda Phiri attended.", "en")
    assert _titles(found, "Joyce Banda Phiri") == ["Speaker of National Assembly"]


def test_a_republics_president_names_no_organisation() -> None:
    found = read("Ibrahim Keita, président de la République du Mali, a posé la pierre.", "fr")
    assert "Mali" not in _orgs(found)
    assert not [p for p in found if p.field == "head"]
