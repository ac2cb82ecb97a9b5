"""The twelfth round's rules for people and organisations, each general and tested on
sentences of its own (none taken from the evaluation set): a place that closes a title, a
title said after a name with its nationality, rank or owner, a diplomat's nationality, the
longer of two titles, a company's trade word that ends before a person's name, the words
of a place or a day that name no one, and the organisations the press names in forms the
reader missed."""

from __future__ import annotations

from typing import Any

from .reading import about, orgs, people, read, role_titles


def test_a_country_or_a_place_closing_a_title_is_no_part_of_the_name() -> None:
    found = read("The mill was opened by President of Kenya Amani Wekesa on Monday.", "en")
    assert role_titles(found, "Amani Wekesa") == ["President of Kenya"]
    found = read("The talks were attended by the governor of Sfax Hedi Karoui.", "en")
    assert role_titles(found, "Hedi Karoui") == ["governor of Sfax"]


def test_a_title_after_a_name_keeps_a_nationality_or_a_rank_said_before_it() -> None:
    found = read("Lin Haoran, Chinese ambassador to Ghana, praised the mill.", "en")
    assert role_titles(found, "Lin Haoran") == ["Chinese ambassador to Ghana"]


def test_a_possessive_before_a_title_after_a_name_is_the_titles_company() -> None:
    found = read("Ravi Menon, Tarsus's deputy general manager, spoke to the press.", "en")
    assert role_titles(found, "Ravi Menon") == ["deputy general manager"]
    assert "Tarsus" in orgs(found)
    # a deputy is no head of the company
    assert not [p for p in found if p.field == "head"]


def test_a_diplomats_nationality_before_the_title_is_part_of_it() -> None:
    found = read("Indian Ambassador Meera Pillai visited the tannery.", "en")
    assert role_titles(found, "Meera Pillai") == ["Indian Ambassador"]


def test_a_rank_in_lower_case_before_a_title_is_part_of_it() -> None:
    found = read("The regional governor Bakyt Omarov cut the ribbon.", "en")
    assert role_titles(found, "Bakyt Omarov") == ["regional governor"]


def test_of_two_titles_ending_together_the_longer_is_read() -> None:
    found = read("Vice President of Orlan Steel Group Chen Bo spoke at the site.", "en")
    assert role_titles(found, "Chen Bo") == ["Vice President of Orlan Steel Group"]


def test_a_company_name_ending_in_its_trade_stops_before_the_persons_name() -> None:
    found = read("Director of Ankara Cement Murat Demir laid the stone.", "en")
    assert "Murat Demir" in people(found)
    assert "Ankara Cement Murat" not in people(found)


def test_a_place_after_a_mayor_or_a_region_is_no_person() -> None:
    found = read("Le projet a été présenté dans la région du Haut Ogooué hier.", "fr")
    assert "Haut Ogooué" not in people(found)
    found = read("It was said by the mayor of Port Loko to reporters.", "en")
    assert "Port Loko" not in people(found)


def test_a_day_after_a_news_agency_is_no_person() -> None:
    found = read("An official told Reuters Tuesday that the plant will open.", "en")
    assert not people(found)


def test_a_title_said_after_a_four_word_name_keeps_the_whole_name() -> None:
    found = read("Omar Bakri Hassan Saleh, chef de délégation, a visité l'usine.", "fr")
    assert "Omar Bakri Hassan Saleh" in people(found)


def test_a_representative_a_speaker_and_a_project_chief_are_titles() -> None:
    found = read(
        "Awa Ndiaye Sarr, représentante personnelle du ministre, a inauguré l'usine.", "fr"
    )
    assert role_titles(found, "Awa Ndiaye Sarr") == ["représentante personnelle du ministre"]
    found = read("Selon le chef du projet, Paul Mba Obame, les travaux avancent.", "fr")
    assert role_titles(found, "Paul Mba Obame") == ["chef du projet"]
    found = read("Speaker of National Assembly Joyce Banda Phiri attended.", "en")
    assert role_titles(found, "Joyce Banda Phiri") == ["Speaker of National Assembly"]


def test_a_republics_president_names_no_organisation() -> None:
    found = read("Ibrahim Keita, président de la République du Mali, a posé la pierre.", "fr")
    assert "Mali" not in orgs(found)
    assert not [p for p in found if p.field == "head"]


def test_a_title_after_a_group_noun_says_a_person_not_a_company() -> None:
    found = read("The group chairman Li Wenhai said the kiln is ready.", "en")
    assert "Li Wenhai" in people(found)
    assert "Li Wenhai" not in orgs(found)


def test_two_companies_each_with_its_suffix_joined_by_and_are_two() -> None:
    found = read("The partners are Kapoor Tiles Limited and Nova Glass SL Limited.", "en")
    assert {"Kapoor Tiles Limited", "Nova Glass SL Limited"} <= orgs(found)


def test_an_acronym_and_a_holding_joined_by_and_are_two_companies() -> None:
    found = read("KOLA-Ghana and Wen Hai Holding signed the lease on Monday.", "en")
    assert {"KOLA-Ghana", "Wen Hai Holding"} <= orgs(found)


def test_a_name_ending_in_its_trade_is_a_company() -> None:
    found = read("Mensah Agro Industry plans to build a sugar mill in Tamale.", "en")
    assert "Mensah Agro Industry" in orgs(found)


def test_a_trade_word_in_a_portfolio_or_a_plants_name_is_no_company() -> None:
    found = read("Ghanaian Industry and Trade Minister Kofi Boateng opened it.", "en")
    assert not orgs(found)
    found = read("The Minister of Commerce, Trade and Industry, Ama Owusu, spoke.", "en")
    assert "Trade and Industry" not in orgs(found)
    found = read("The Orlan Cement plant will open in Kumasi.", "en")
    assert "Orlan Cement" not in orgs(found)


def test_a_company_said_as_a_subsidiary_is_a_company() -> None:
    found = read("Tema Rolling Works, a subsidiary of an Indian group, will run it.", "en")
    assert "Tema Rolling Works" in orgs(found)


def test_a_capitalised_company_noun_after_an_indefinite_article_is_described() -> None:
    found = read("The firm will set up a Brick Manufacturing Company in Malawi.", "en")
    assert "Brick Manufacturing Company" not in orgs(found)


def test_a_clause_after_a_company_noun_names_no_company() -> None:
    found = read("The Chinese company will invest US$50 million in the mill.", "en")
    assert "US" not in orgs(found)
    found = read("The Chinese firm will start production next June.", "en")
    assert "June" not in orgs(found)
    # "à" is no verb: the company is still named after its noun and its capital's origin
    found = read("Une société à capitaux indiens Kora Bois Gabon a posé la pierre.", "fr")
    assert "Kora Bois Gabon" in orgs(found)


def test_a_comma_after_the_group_noun_ends_it_and_an_honorific_says_a_person() -> None:
    found = read("Selon le président du Groupe, Alhaji Musa Bello, l'usine ouvrira.", "fr")
    assert "Musa Bello" in people(found)
    assert not {"Alhaji Musa Bello", "Musa Bello"} & orgs(found)


def test_a_known_company_followed_by_a_persons_name_is_the_company_alone() -> None:
    found = read(
        "It was said by the president of the German group Siemens Klaus Peter Weber, who leads it.",
        "en",
    )
    assert "Siemens" in orgs(found)
    assert "Klaus Peter Weber" in people(found)
    found = read("Le président du groupe Siemens Energy Systems, Klaus Weber, a parlé.", "fr")
    assert "Energy Systems" not in people(found)


def test_a_french_title_with_its_portfolios_listed_by_commas_names_the_person_after() -> None:
    found = read(
        "Le ministre sénégalais de l'Énergie, des Mines et du Pétrole, Abdou Fall, a visité"
        " le site.",
        "fr",
    )
    assert role_titles(found, "Abdou Fall") == [
        "ministre sénégalais de l'Énergie, des Mines et du Pétrole"
    ]


def test_an_ordinal_or_a_group_before_a_title_is_part_of_it() -> None:
    found = read("Le 1er vice-président du Sénat, Moussa Kane, était présent.", "fr")
    assert role_titles(found, "Moussa Kane") == ["1er vice-président du Sénat"]
    found = read("The contract was hailed by group chairman Zhou Ming.", "en")
    assert role_titles(found, "Zhou Ming") == ["group chairman"]


def test_a_possessive_title_goes_to_the_company_named_before_in_full() -> None:
    found = read("Orlan Group will build the plant. Li Na, Orlan's CEO for Africa, said so.", "en")
    roles = about(found, "Li Na", "roles")
    assert roles and roles[0].plain_value()["org"] == next(
        p.new.key for p in found if p.new and p.new.name == "Orlan Group"
    )


def test_a_company_spelled_before_its_acronym_keeps_the_place_in_its_name() -> None:
    found = read("Le projet est porté par la Société des Huileries de Thiès (SHT).", "fr")
    assert "Société des Huileries de Thiès" in orgs(found)


def test_a_company_spelled_after_a_title_before_its_acronym_is_named_without_it() -> None:
    found = read("Le PDG de Huileries d'Afrique (HUDA), Moussa Sy, a signé.", "fr")
    assert "Huileries d'Afrique" in orgs(found)


def test_an_acronym_spelled_out_in_brackets_after_it_is_its_name_too() -> None:
    found = read("Le groupe HUDA (Huileries d'Afrique) construira l'usine à Thiès.", "fr")
    names = [
        v
        for p in found
        if p.new and p.new.name == "HUDA" and p.field == "name"
        for v in p.plain_value().values()
    ]
    assert "Huileries d'Afrique" in names


def test_a_park_spelled_before_an_acronym_is_no_organisation() -> None:
    found = read("The plant stands in the Kigali Logistics Park (KLP) near the city.", "en")
    assert "Kigali Logistics Park" not in orgs(found)


def test_a_name_beside_a_noun_of_a_human_being_is_a_persons() -> None:
    found = read("Selon le milliardaire ghanéen, Kwame Asante, l'usine ouvrira en mai.", "fr")
    assert "Kwame Asante" in people(found)
    found = read("Kwame Asante, l'homme le plus riche du pays, investira à Kumasi.", "fr")
    assert "Kwame Asante" in people(found)
    found = read("Ayse Demir, one of the investors, spoke of the farm.", "en")
    assert "Ayse Demir" in people(found)


def test_a_name_that_presides_or_inaugurates_is_a_persons() -> None:
    found = read("Paul Biyoghe Mba a inauguré officiellement l'usine de Nkok.", "fr")
    assert "Paul Biyoghe Mba" in people(found)
    found = read("ORLAN BOIS a inauguré l'usine de Nkok.", "fr")
    assert not people(found)


def test_a_boss_is_a_title() -> None:
    found = read("Kwame Asante, patron du groupe Asante, a signé.", "fr")
    assert role_titles(found, "Kwame Asante") == ["patron du groupe Asante"]


def test_a_nationality_said_as_a_noun_before_a_name_says_a_person() -> None:
    found = read("La cimenterie du béninois Moustapha Dossou ouvrira à Parakou.", "fr")
    assert "Moustapha Dossou" in people(found)


def test_an_adjective_or_a_feature_of_the_land_before_a_name_says_no_person() -> None:
    found = read("Le parc industriel du Lac Rose, la Société Kora et ses partenaires.", "fr")
    assert not people(found)
    found = read("The plant near Mount Meru presided over the valley's output.", "en")
    assert not people(found)


def test_an_organisation_after_an_elided_article_in_a_title_is_named() -> None:
    found = read("Awa Sall, directrice générale de l'Onas, a signé la convention.", "fr")
    roles = about(found, "Awa Sall", "roles")
    onas = next(p.new.key for p in found if p.new and p.new.name == "Onas")
    assert roles and roles[0].plain_value()["org"] == onas


def test_a_company_with_pvt_ltd_in_brackets_is_named_whole() -> None:
    found = read("Lanka Rubber Mills (Pvt) Ltd will expand its plant in Horana.", "en")
    assert "Lanka Rubber Mills (Pvt) Ltd" in orgs(found)


def test_a_word_in_brackets_made_of_a_names_initials_is_its_acronym() -> None:
    found = read("L'Agence de développement des exportations (Adex) a signé avec le groupe.", "fr")
    assert [p.plain_value() for p in found if p.field == "acronym"] == ["Adex"]


def test_the_companys_title_is_a_title_of_the_company_named_before() -> None:
    found = read(
        "Orlan Steel will build a mill in Tema. The company's Managing Director (MD)"
        " Kofi Boateng said so.",
        "en",
    )
    assert role_titles(found, "Kofi Boateng") == ["Managing Director"]
    orlan = next(p.new.key for p in found if p.new and p.new.name == "Orlan Steel")
    assert about(found, "Kofi Boateng", "roles")[0].plain_value()["org"] == orlan


def test_a_chief_for_a_region_heads_no_company() -> None:
    found = read("Orlan Group will build it. Li Na, Orlan's CEO for Africa, said so.", "en")
    assert not [p for p in found if p.field == "head"]


def _countries(proposals: list[Any], name: str) -> list[str]:
    return [p.plain_value() for p in about(proposals, name, "country")]


def test_a_nationality_before_a_giant_or_a_possessive_company_noun_is_the_companys() -> None:
    found = read("It is run by Turkish textile giant Orlan Weaving Limited, in Kano.", "en")
    assert _countries(found, "Orlan Weaving Limited") == ["TR"]
    found = read("India's leading steel company, Vardhan Metals Ltd, will build it.", "en")
    assert _countries(found, "Vardhan Metals Ltd") == ["IN"]


def test_a_nationality_said_after_a_company_and_a_comma_is_the_companys() -> None:
    found = read("Kora Tiles & Glass Co Ltd, the Chinese firm, will rent the site.", "en")
    assert _countries(found, "Kora Tiles & Glass Co Ltd") == ["CN"]


def test_a_country_at_the_end_of_a_companys_name_leaves_it_its_nationality() -> None:
    found = read("The mill is run by Indian-owned firm Orlan Foods Kenya, in Kisumu.", "en")
    assert _countries(found, "Orlan Foods Kenya") == ["IN"]


def test_a_companys_trade_word_in_the_singular_or_the_plural_ends_its_name() -> None:
    found = read("Director of Orlan Motor Ali Kaya spoke at the plant.", "en")
    assert "Ali Kaya" in people(found)
