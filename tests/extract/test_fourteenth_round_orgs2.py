"""Rules for organisations and people, part two, each general and tested on sentences of its
own: a country's possessive before a company that acts gives the company its country; a
company's name before a head's title (a country may end it) is the title's company."""

from __future__ import annotations

from typing import Any

from .reading import about, orgs, people, read, role_titles


def _country(proposals: list[Any], name: str) -> list[Any]:
    return [p.plain_value() for p in about(proposals, name, "country")]


def test_a_country_possessive_before_a_company_gives_its_country() -> None:
    for apostrophe in ("'", "’", "ʼ"):
        found = read(
            f"South Korea{apostrophe}s Zentra Controls is investing HUF 9 billion in a "
            "battery plant in Tarvel.",
            "en",
        )
        assert "Zentra Controls" in orgs(found)
        assert _country(found, "Zentra Controls") == ["KR"]


def test_a_country_possessive_stops_at_a_title() -> None:
    found = read("Turkey's Ambassador Ali Veli is visiting the plant in Tarvel.", "en")
    assert "Ambassador Ali Veli" not in orgs(found)
    assert "Ali Veli" in people(found)


def test_a_company_name_ending_in_a_country_before_a_head_title() -> None:
    found = read(
        "Zentra Controls Hungary Managing Director Kim Tae Hoon said the parent company "
        "chose the site.",
        "en",
    )
    assert role_titles(found, "Kim Tae Hoon") == ["Managing Director"]
    assert [p.plain_value() for p in about(found, "Zentra Controls Hungary", "head")] == [
        "Kim Tae Hoon"
    ]


def test_a_country_alone_before_a_head_title_is_no_company() -> None:
    found = read("Hungary CEO Kim Tae Hoon said the parent company chose the site.", "en")
    assert "Hungary" not in orgs(found)


def test_a_country_possessive_stops_at_a_place() -> None:
    found = read("Kenya's Tarvel Province will host a Chinese copper smelter.", "en")
    assert "Tarvel Province" not in orgs(found)


def _acronyms(proposals: list[Any], name: str) -> list[Any]:
    return [p.plain_value() for p in about(proposals, name, "acronym")]


def test_letters_in_brackets_that_stand_for_none_of_the_words_are_no_acronym() -> None:
    found = read(
        "A Dubai-based textiles company, Norvel Aryan (EPZ), plans to build a factory in Tarvel.",
        "en",
    )
    assert "Norvel Aryan" in orgs(found)
    assert _acronyms(found, "Norvel Aryan") == []


def test_an_acronym_in_another_language_or_without_its_country_is_kept() -> None:
    found = read("Le Fonds tarvelien d'investissement (PIF) financera une usine à Tarvel.", "fr")
    assert "PIF" in [a for o in orgs(found) for a in _acronyms(found, o)]
    found = read("The Tarvel Board of Investment (BOI) approved the Zentra plant.", "en")
    assert "BOI" in [a for o in orgs(found) for a in _acronyms(found, o)]


def test_a_plan_named_with_its_acronym_is_no_organisation() -> None:
    found = read(
        "Ce projet s'inscrit dans le cadre du Plan Tarvel Emergent (PTE) du gouvernement.",
        "fr",
    )
    assert "Plan Tarvel Emergent" not in orgs(found)


def test_an_ampersand_inside_a_company_name_after_the_group_noun() -> None:
    found = read(
        "Le Groupe Chinois Z&K Garment Company envisage de réaliser une usine à Tarvel.", "fr"
    )
    assert "Z&K Garment Company" in orgs(found)
    assert _country(found, "Z&K Garment Company") == ["CN"]


def test_an_acronym_after_an_elided_article_is_an_organisation() -> None:
    found = read("Un accord a été signé entre l’APTX et les dirigeants de Zentra.", "fr")
    assert "APTX" in orgs(found)


def test_an_acronym_that_reports_the_news_is_no_organisation() -> None:
    found = read("Selon l'ARMI, Zentra Motors va construire une usine à Tarvel.", "fr")
    assert "ARMI" not in orgs(found)


def test_a_bare_acronym_after_the_words_it_spells_names_them() -> None:
    found = read(
        "La Chambre de Commerce et d’Industrie Tuniso Tarvelienne CCITT a organisé une visite.",
        "fr",
    )
    name = "Chambre de Commerce et d’Industrie Tuniso Tarvelienne"
    assert name in orgs(found)
    assert _acronyms(found, name) == ["CCITT"]


def test_a_bare_capitalised_word_that_spells_nothing_is_no_acronym() -> None:
    found = read("La Zentra Motors ZEN a organisé une visite à Tarvel.", "fr")
    assert all(_acronyms(found, o) == [] for o in orgs(found))


def test_a_title_ending_in_an_acronym_named_before_is_of_that_organisation() -> None:
    found = read(
        "La Chambre de Commerce Tarvelienne (CCT) a organisé une visite. Selon le Président "
        "de la CCT, Karim Zentri, les usines emploient 700 personnes.",
        "fr",
    )
    assert [p.plain_value() for p in about(found, "Chambre de Commerce Tarvelienne", "head")] == [
        "Karim Zentri"
    ]


def _heads(proposals: list[Any], name: str) -> list[Any]:
    return [p.plain_value() for p in about(proposals, name, "head")]


def test_the_companys_chairman_heads_the_company_named_before() -> None:
    found = read(
        "A Dubai-based textiles company, Norvel Aryan, plans to build a factory in Tarvel. "
        "The company’s founder and Chairman Pankaj Verdi said the plant would open in May.",
        "en",
    )
    assert _heads(found, "Norvel Aryan") == ["Pankaj Verdi"]


def test_a_vice_chairman_heads_nothing() -> None:
    found = read(
        "A Dubai-based textiles company, Norvel Aryan, plans to build a factory in Tarvel. "
        "The company’s Vice Chairman Pankaj Verdi said the plant would open in May.",
        "en",
    )
    assert _heads(found, "Norvel Aryan") == []


def test_a_cofounder_is_a_title_of_the_group_named_after_it() -> None:
    found = read(
        "Le Groupe Chinois Z&K Garment Company va construire une usine à Tarvel, en présence "
        "de Mme Helen ZOU, cofondateur du groupe Z&K.",
        "fr",
    )
    assert role_titles(found, "Helen ZOU") == ["cofondateur du groupe Z&K"]
    assert _heads(found, "Z&K Garment Company") == []  # a founder heads nothing


def test_a_name_that_builds_a_plant_is_a_company_even_when_it_speaks() -> None:
    found = read(
        "Zentra Land Rover va implanter une usine à Tarvel.\n\n"
        "Zentra Land Rover a précisé que l'usine produira 150 000 véhicules par an.",
        "fr",
    )
    assert "Zentra Land Rover" in orgs(found)
    assert "Zentra Land Rover" not in people(found)


def test_a_name_that_only_speaks_stays_a_person() -> None:
    found = read("Karim Zentri a précisé que l'usine de Tarvel ouvrira en mai.", "fr")
    assert "Karim Zentri" in people(found)
    assert "Karim Zentri" not in orgs(found)


def test_an_honoured_name_that_builds_is_no_company() -> None:
    found = read("M. Karim Zentri va investir 5 millions d'euros dans une usine à Tarvel.", "fr")
    assert "M. Karim Zentri" not in orgs(found)
    assert "Karim Zentri" not in orgs(found)


def test_a_name_said_to_speak_after_a_comma_is_a_person() -> None:
    found = read("Karim El Tarvali, a indiqué que l'usine de Tarvel ouvrira en mai.", "fr")
    assert "Karim El Tarvali" in people(found)


def test_a_title_attached_to_a_minister_is_the_first_one() -> None:
    found = read(
        "La cérémonie s'est déroulée en présence du secrétaire d’Etat auprès du ministre de "
        "l’Industrie, Karim El Tarvali.",
        "fr",
    )
    assert role_titles(found, "Karim El Tarvali") == [
        "secrétaire d’Etat auprès du ministre de l’Industrie"
    ]


def test_a_portfolio_listed_and_a_charge_close_a_long_title() -> None:
    found = read(
        "Le secrétaire d’Etat auprès du ministre de l’Industrie, de l’Investissement, du "
        "Commerce et de l’Economie numérique, chargé de l’Investissement, Karim El Tarvali, "
        "a visité l'usine de Tarvel.",
        "fr",
    )
    assert role_titles(found, "Karim El Tarvali") == [
        "secrétaire d’Etat auprès du ministre de l’Industrie, de l’Investissement, du "
        "Commerce et de l’Economie numérique, chargé de l’Investissement"
    ]


def test_a_body_of_two_countries_is_neither_ones() -> None:
    found = read(
        "La Chambre de Commerce et d’Industrie Tuniso Française CCITF a organisé une visite.",
        "fr",
    )
    name = "Chambre de Commerce et d’Industrie Tuniso Française"
    assert name in orgs(found)
    assert _country(found, name) == []


def test_a_body_of_one_country_is_its_own() -> None:
    found = read("La Chambre de Commerce Française CCF a organisé une visite à Tarvel.", "fr")
    assert _country(found, "Chambre de Commerce Française") == ["FR"]


def test_each_customer_listed_after_a_supplier_is_no_party() -> None:
    found = read(
        "Zentra Controls will build a plant in Tarvel. Zentra Controls supplies parts to "
        "Norvel, Volkswagen and Tarvex, among others.",
        "en",
    )
    assert "Volkswagen" not in orgs(found)


def test_a_demonym_before_a_title_is_part_of_the_title() -> None:
    found = read("The plant was opened by Malawian President Peter Zentri.", "en")
    assert role_titles(found, "Peter Zentri") == ["Malawian President"]
    found = read("Russian Industry and Trade Minister Denis Zentrov visited the plant.", "en")
    assert role_titles(found, "Denis Zentrov") == ["Russian Industry and Trade Minister"]


def test_a_company_before_a_head_title_is_no_part_of_it() -> None:
    found = read("Chinese Rosatom CEO Li Wei visited the plant in Tarvel.", "en")
    assert role_titles(found, "Li Wei") == ["CEO"]


def test_a_group_of_two_nations_said_in_one_adjective_gets_no_country() -> None:
    found = read("Le groupe sino-européen Zentra High-Tech va construire une usine à Tarvel.", "fr")
    assert "Zentra High-Tech" in orgs(found)
    assert _country(found, "Zentra High-Tech") == []
    found = read("Le groupe chinois Zentra High-Tech va construire une usine à Tarvel.", "fr")
    assert _country(found, "Zentra High-Tech") == ["CN"]
