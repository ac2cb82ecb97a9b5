"""The thirteenth round's rules for the claims beside a record (people, organisations,
their countries, sectors, statuses, dates), each general and tested on sentences of its own
(none taken from the evaluation set): a title's accented word before a name, a title's
organisation after an elided "d'", the capitalised words after "directeur de" that name an
organisation and no person, a name in apposition to a company noun and its nationality, a
nationality before "company", an institution's purpose in its name up to its acronym, the
whole organisation a title names, and a known company's subsidiary named with a country;
sectors by the goods only a trade makes (airbags, refrigerators); statuses by cues of a
plant still ahead ("will be built", "la construction démarrera", "le lancement prochain")
or being built ("has started building"); a subsidiary's nationality ("la filiale
sénégalaise de X") kept from its owner X; dates a start of production is said at ("to start
producing in", "un début des activités escompté en"), and a month said ahead by a verb in
the future.

Each test failed with the reader as it was before its rule (checked against the commit
before it)."""

from __future__ import annotations

from typing import Any

from .reading import about, orgs, people, read, role_titles, sector_names, statuses


def _org_of_role(proposals: list[Any], name: str) -> set[str]:
    refs = {p.plain_value().get("org") for p in about(proposals, name, "roles")}
    return {p.new.name for p in proposals if p.new and p.new.key in refs}


def _country(proposals: list[Any], name: str) -> list[Any]:
    return [p.plain_value() for p in about(proposals, name, "country")]


def test_an_accented_title_before_a_name_is_no_part_of_it() -> None:
    found = read("La cérémonie s'est tenue en présence du Président Mamadou Sylla hier.")
    assert "Mamadou Sylla" in people(found)
    assert role_titles(found, "Mamadou Sylla") == ["Président"]


def test_a_title_after_a_name_runs_through_an_elided_de() -> None:
    found = read("Selon Awa Ndiaye, directrice générale d’Atelco, la ligne est prête.")
    assert _org_of_role(found, "Awa Ndiaye") == {"Atelco"}


def test_the_capitalised_words_after_a_title_and_de_are_no_person() -> None:
    found = read("Le directeur général de Sahel Ivoire Mandé a reçu la délégation mardi.")
    assert not people(found)


def test_a_name_after_a_company_noun_and_its_nationality_is_the_company() -> None:
    found = read("L'unité appartient au groupe nippon, Hoshida Kogyo, depuis 2012.")
    assert "Hoshida Kogyo" in orgs(found)
    assert _country(found, "Hoshida Kogyo") == ["JP"]


def test_a_name_after_la_societe_and_a_comma_is_a_company_not_a_person() -> None:
    found = read("Le directeur de la société, Ventis Auto, a présenté la chaîne de montage.")
    assert "Ventis Auto" in orgs(found)
    assert "Ventis Auto" not in people(found)


def test_a_nationality_before_company_says_the_company_and_its_country() -> None:
    found = read("The mill was rebuilt by Brazilian company Fazenda Norte last year.", "en")
    assert "Fazenda Norte" in orgs(found)
    assert _country(found, "Fazenda Norte") == ["BR"]


def test_an_institutions_purpose_runs_to_its_acronym() -> None:
    found = read(
        "Moussa Keita, directeur de l’Agence pour le développement des zones franches "
        "(ADZF), a visité le site."
    )
    whole = "Agence pour le développement des zones franches"
    assert whole in orgs(found)
    assert _org_of_role(found, "Moussa Keita") == {whole}
    assert [p.plain_value() for p in about(found, whole, "head")] == ["Moussa Keita"]


def test_a_known_company_and_a_country_name_its_subsidiary() -> None:
    found = read("Kwame Boateng, head of Tata Ghana, welcomed the investors.", "en")
    assert "Tata Ghana" in orgs(found)
    assert _org_of_role(found, "Kwame Boateng") == {"Tata Ghana"}


def _dates(proposals: list[Any], field: str) -> list[Any]:
    return [
        (p.plain_value()["earliest"], p.plain_value()["planned"])
        for p in proposals
        if p.field == field
    ]


def test_airbags_are_cars() -> None:
    found = read("Une usine de fabrication d'airbags a été inaugurée à Sousse jeudi.")
    assert "Automobile" in sector_names(found)


def test_refrigerators_are_electronics() -> None:
    found = read("The group opened a refrigerator factory in Tema on Monday.", lang="en")
    assert "Electronics" in sector_names(found)


def test_a_plant_to_be_built_is_announced() -> None:
    found = read("A fertiliser plant will be built in Kaduna, the minister said.", lang="en")
    assert statuses(found) == {"announced"}


def test_a_construction_to_start_is_announced() -> None:
    found = read("La construction de la nouvelle usine de jus démarrera à Kindia en mars.")
    assert statuses(found) == {"announced"}


def test_a_launch_said_as_next_is_announced() -> None:
    found = read("Les promoteurs ont présenté le lancement prochain de la tannerie de Mopti.")
    assert statuses(found) == {"announced"}


def test_a_plant_whose_building_has_started_is_in_construction() -> None:
    found = read("The firm has started building a glass factory in Kisumu.", lang="en")
    assert statuses(found) == {"construction"}


def test_a_start_of_production_said_gives_the_operation_date() -> None:
    found = read(
        "The new tile factory in Thika is expected to start producing in late 2026.",
        lang="en",
    )
    assert _dates(found, "dates.operation_start") == [("2026-10-01", True)]


def test_a_start_of_activities_said_gives_the_operation_date() -> None:
    found = read("L'usine de jus de Kindia prévoit un début des activités escompté en mai 2026.")
    assert _dates(found, "dates.operation_start") == [("2026-05-01", True)]


def test_a_month_said_with_a_future_verb_is_ahead() -> None:
    found = read("La construction de l'usine de jus de Kindia démarrera en janvier.")
    # published on 5 March 2024: the January ahead, not the one gone by
    assert _dates(found, "dates.construction_start") == [("2025-01-01", True)]


def test_a_subsidiarys_nationality_is_not_its_owners() -> None:
    found = read("L'usine permettra à la filiale malienne de Bravia Foods de produire du jus.")
    assert "Bravia Foods" in orgs(found)
    assert _country(found, "Bravia Foods") == []
    # guard: the nationality said of the company named is its own
    found = read("L'usine appartient à la filiale du groupe belge Bravia Foods.")
    assert _country(found, "Bravia Foods") == ["BE"]


def test_the_head_of_the_company_named_after_a_comma_is_a_person() -> None:
    found = read("Le directeur général de la société, Karim Benali, a inauguré l’usine.")
    assert "Karim Benali" in people(found)
    assert "Karim Benali" not in orgs(found)
    # the company named between its noun and its head stays a company
    found = read("Le directeur de la société, Norvia Ciments, Paul Mbida, a inauguré l’usine.")
    assert "Norvia Ciments" in orgs(found)
