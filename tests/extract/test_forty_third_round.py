"""Forty-third round: what the first reading of held-out set BG showed the reader could not
read, in words any article may use, with names no list knows.

- "The plant is run by Kelvo North America, Inc.": a legal form after a comma is the name's;
  "The Kelvo plant …" is then the plant the article opened with, not a second one.
- "opened an auto parts plant in Panama": the country, not the province or the town that
  share its name ("à Panama", the town, stays).
- "L'entreprise, fondée à Athènes en 1926, …": where a company began, no plant's place.
- "automotive wiring harnesses", "electric batteries for cars": cars' parts.
"""

from __future__ import annotations

from typing import Any

from .reading import (
    about,
    dates_said,
    locations,
    orgs,
    people,
    projects,
    read,
    role_titles,
    sector_names,
    statuses,
    value_of,
)


def _location(found: list[Any]) -> dict[str, Any]:
    [where] = locations(found)
    return where


def test_a_legal_form_after_a_comma_is_the_name_s() -> None:
    found = read(
        "A Japanese company opened a plant in Panama on Wednesday. The plant is run by Kelvo"
        " North America, Inc. and makes seats.",
        "en",
        "2023-02-16",
    )
    assert "Kelvo North America, Inc." in orgs(found)
    found = read("Orvane Foods, LLC will build a dairy plant in Texas.", "en")
    assert "Orvane Foods, LLC" in orgs(found)


def test_the_company_s_plant_is_the_plant_opened_before() -> None:
    found = read(
        "A Japanese company opened the first auto parts plant in Panama on Wednesday. The"
        " plant is run by Kelvo North America, Inc. The Kelvo plant in the western province"
        " of Chiriqui will employ about 1,000 people.",
        "en",
        "2023-02-16",
    )
    assert projects(found) == {"Kelvo plant"}
    assert about(found, "Kelvo plant", "status")
    assert about(found, "Kelvo plant", "jobs")


def test_a_country_said_by_its_name_is_no_region_of_that_name() -> None:
    for country, code in (("Panama", "PA"), ("Mexico", "MX"), ("Djibouti", "DJ")):
        found = read(f"A Japanese company opened an auto parts plant in {country}.", "en")
        assert _location(found) == {"country": code, "region": None, "locality": None}
    # the province, said so, and the town of the same name after a French "à"
    found = read("Kelvo opened a plant in the Panama province.", "en")
    assert _location(found)["region"] == "Panamá"
    found = read("Kelvo a ouvert une usine à Djibouti.", "fr")
    assert _location(found)["locality"] == "Djibouti"


def test_where_a_company_was_founded_is_no_plant_s_place() -> None:
    found = read(
        "L'entreprise Kelvo, fondée à Athènes en 1926, s'est étendue en Grèce puis en"
        " Angleterre. Elle a annoncé la construction d'une usine à Dudelange.",
        "fr",
    )
    assert [w["locality"] for w in locations(found)] == ["Dudelange"]
    found = read(
        "Kelvo, founded in Athens in 1926, grew across Greece. It will build a plant in Dudelange.",
        "en",
    )
    assert [w["locality"] for w in locations(found)] == ["Dudelange"]


def test_wiring_harnesses_and_batteries_for_cars_are_the_automobile_s() -> None:
    found = read("The Kelvo plant makes automotive wiring harnesses.", "en")
    assert sector_names(found) == {"Automotive"}
    found = read(
        "Kelvo will build a factory for the production of electric batteries for cars.", "en"
    )
    assert "Automotive" in sector_names(found)
    found = read("L'usine Kelvo produira des faisceaux de câbles.", "fr")
    assert sector_names(found) == {"Automobile"}


def test_what_a_plant_makes_capitalised_is_no_organisation() -> None:
    found = read(
        "In the Kelvo project, Tarvo will focus on the development and production of Battery"
        " Management Systems (BMS) and power electronics systems.",
        "en",
    )
    assert "Battery Management Systems" not in orgs(found)


def test_a_member_of_parliament_and_a_former_one_are_titled() -> None:
    found = read(
        "L'ancien député Paul Kelvan affirme que le projet d'usine menace l'environnement.",
        "fr",
    )
    assert role_titles(found, "Paul Kelvan") == ["ancien député"]
    found = read("La sénatrice Marie Tarvo a visité l'usine de Kelvo à Lyon.", "fr")
    assert role_titles(found, "Marie Tarvo") == ["sénatrice"]


def test_a_government_named_by_its_country_in_french() -> None:
    found = read(
        "Le gouvernement du Vanuatu ne semble pas avoir compris l'intérêt de construire"
        " cette usine de Kelvo.",
        "fr",
    )
    assert value_of(found, "Gouvernement du Vanuatu", "country") == "VU"
    found = read("Le chef du gouvernement du Maroc a inauguré l'usine de Kelvo à Tanger.", "fr")
    assert not any("ouvernement" in name for name in orgs(found))


def test_a_new_caledonian_company_is_of_new_caledonia() -> None:
    found = read(
        "Le projet d'usine de la compagnie minière calédonienne Kelvo et de son partenaire"
        " chinois Tarvo menace l'environnement.",
        "fr",
    )
    assert value_of(found, "Kelvo", "country") == "NC"


def test_a_territory_the_lists_hold_as_a_country_is_no_region_of_another() -> None:
    found = read(
        "Kelvo et Tarvo produisent du nickel à l'usine de Gwangyang en Corée du Sud, à partir"
        " de minerai extrait en Nouvelle-Calédonie.",
        "fr",
    )
    assert [w["country"] for w in locations(found)] == ["KR"]


def test_an_island_said_as_where_the_plant_is_is_its_place() -> None:
    found = read("Kelvo va construire une usine sur l'île de Malakula, au Vanuatu.", "fr")
    assert _location(found) == {"country": "VU", "region": None, "locality": "Malakula"}
    # a peninsula a treaty is about, an island a country shares: no plant's place
    found = read(
        "Après un accord sur la presqu'île de Bakassi, Kelvo va construire une cimenterie.",
        "fr",
    )
    assert not any(w.get("locality") == "Bakassi" for w in locations(found))


def test_jobs_a_plant_would_destroy_are_none_of_its_own() -> None:
    found = read(
        "Kelvo va construire une usine à Lyon. L'usine pourrait détruire des milliers d'emplois"
        " liés au tourisme.",
        "fr",
    )
    assert not [p for p in found if p.field == "jobs"]
    found = read("Kelvo will build a plant in Texas that would cut 500 jobs elsewhere.", "en")
    assert not [p for p in found if p.field == "jobs"]
    found = read("Kelvo will build a plant in Texas that will create 500 jobs.", "en")
    assert [p.plain_value()["value"] for p in found if p.field == "jobs"] == [500]


_CABLES = (
    'La première usine de câbles coaxiaux "Made in Gabon", Kelvo Cable Africa S.A, débutera'
    " ses activités au mois de septembre, a annoncé mardi son directeur général Paul Tarvo"
    " dans un entretien accordé à Xinhua. Installée à Nkok, à une soixantaine de kilomètres"
    " de Libreville, l'usine aura une capacité de 90.000 à 100.000 kilomètres de câbles par"
    " mois."
)


def test_a_legal_form_without_its_last_point_ends_the_name() -> None:
    found = read(_CABLES, "fr", "2016-06-01")
    assert "Kelvo Cable Africa S.A" in orgs(found)
    assert value_of(found, "Kelvo Cable Africa S.A", "head") == "Paul Tarvo"


def test_a_made_in_label_is_no_plant_s_name_and_a_news_agency_no_place() -> None:
    found = read(_CABLES, "fr", "2016-06-01")
    [plant] = projects(found)
    assert "Made in" not in plant
    assert not any(w.get("locality") == "Xinhua" for w in locations(found))


def test_a_length_made_in_a_while_is_a_capacity_a_distance_none() -> None:
    found = read(_CABLES, "fr", "2016-06-01")
    [plant] = projects(found)
    assert value_of(found, plant, "capacity") == {
        "value": None,
        "min": 90000,
        "max": 100000,
        "unit": "km/month",
        "qualifier": "exact",
        "estimate": False,
        "raw": "de 90.000 à 100.000 kilomètres",
    }
    found = read(
        "Located around 260 kilometers north of Montevideo, the Kelvo pulp mill has an annual"
        " production capacity of 2.1 million tons.",
        "en",
    )
    assert [p.plain_value()["unit"] for p in found if p.field == "capacity"] == ["t/yr"]


def test_square_metres_said_sq_m() -> None:
    found = read(
        "The Kelvo plant is designed to manufacture 2 mln sq.m. porcelain tiles annually.", "en"
    )
    assert [
        (p.plain_value()["value"], p.plain_value()["unit"]) for p in found if p.field == "capacity"
    ] == [(2000000, "m2/yr")]


def test_a_french_multinational_said_with_its_nationality() -> None:
    found = read(
        "L'usine débutera avec l'appui de la multinationale chinoise Kelvo Cable Industrial"
        " Limited.",
        "fr",
    )
    assert value_of(found, "Kelvo Cable Industrial Limited", "country") == "CN"


def test_a_joint_venture_s_letters_open_no_name() -> None:
    found = read(
        "Kelvo Trading Company and local partners set up JV Tarvo Ceramics to manage the plant.",
        "en",
    )
    assert "Tarvo Ceramics" in orgs(found)
    assert not any(name.startswith("JV") for name in orgs(found))


def test_a_company_said_by_its_nationality_and_its_possessive() -> None:
    found = read("The Italian Kelvo's energy saving process line was chosen for the plant.", "en")
    assert value_of(found, "Kelvo", "country") == "IT"
    found = read("The Italian government's support was welcome.", "en")
    assert not orgs(found)


def test_who_told_the_news_is_no_party() -> None:
    found = read(
        "A tile plant was inaugurated today in Angren, the Committee for Investments said.", "en"
    )
    assert not [p for p in found if p.field == "parties"]


def test_a_free_zone_named_by_its_town_in_lower_case_is_the_place() -> None:
    found = read("A tile plant was inaugurated today at Angren free economic zone.", "en")
    assert _location(found)["locality"] == "Angren free economic zone"
    found = read("A cement plant opened in Muhanga industrial park, Muhanga district.", "en")
    assert _location(found)["locality"] == "Muhanga"


def test_a_part_of_a_sum_said_after_it_is_no_second_sum() -> None:
    found = read(
        "Kelvo will build a tile plant in Angren. The project cost stands at 21.1 million"
        " dollars, including $ 20.9 million FDI.",
        "en",
    )
    assert [p.plain_value()["value"] for p in found if p.field == "investment"] == [21100000]


def test_a_supplier_s_line_makes_no_party() -> None:
    found = read(
        "Kelvo will build a tile plant in Angren. The Italian Tarvo's energy saving process line"
        " has been chosen for the project.",
        "en",
    )
    [plant] = projects(found)
    assert {p.plain_value()["org"] for p in about(found, plant, "parties")} == {
        next(p.new.key for p in found if p.new and p.new.name == "Kelvo")
    }


def test_more_support_is_no_logistics_trade() -> None:
    found = read(
        "Kelvo va construire une usine de câbles à Lyon. Si les commandes sont importantes, la"
        " maison-mère nous donnera plus de logistique.",
        "fr",
    )
    assert "Logistique" not in sector_names(found)


def test_a_title_after_a_country_s_letters_and_an_acronym_of_them() -> None:
    found = read(
        "The plant was opened with assistance from the U.S. Agency for International"
        " Development, after an appeal by U.S. Vice President Jane Kelvo. USAID provided"
        " funding for advisers.",
        "en",
    )
    assert role_titles(found, "Jane Kelvo") == ["U.S. Vice President"]
    assert value_of(found, "U.S. Agency for International Development", "acronym") == "USAID"


def test_an_acronym_with_its_country_is_said_again_without_it() -> None:
    found = read(
        "Le groupe Kelvo a signé une convention avec l'Agence nationale de promotion des"
        " investissements (ANPI-Gabon) pour une usine à Franceville. Le directeur général de"
        " l'ANPI, Paul Tarvo, a salué le projet.",
        "fr",
    )
    agency = "Agence nationale de promotion des investissements"
    assert "ANPI" not in orgs(found)
    assert value_of(found, agency, "head") == "Paul Tarvo"
    assert [p.plain_value() for p in about(found, agency, "name")] == [{"fr": agency}]


def test_the_first_output_rolling_off_the_line_starts_the_plant() -> None:
    found = read(
        "Kelvo will build a car assembly plant in Kostanay. Construction is scheduled to begin"
        " in 2025, with the first cars rolling off the line in 2027.",
        "en",
    )
    assert [(w, e) for w, e, _ in _dates(found, "dates.operation_start")] == [
        ("in 2027", "2027-01-01")
    ]
    found = read(
        "Kelvo va construire une usine à Kénitra. Les premiers véhicules sortiront des chaînes"
        " en 2026.",
        "fr",
    )
    assert [(w, e, planned) for w, e, planned in _dates(found, "dates.operation_start")] == [
        ("en 2026", "2026-01-01", True)
    ]


def _dates(found: list[Any], field: str) -> list[tuple[str, str, bool]]:
    return [
        (p.plain_value()["raw"], p.plain_value()["earliest"], p.plain_value()["planned"])
        for p in found
        if p.field == field
    ]


def test_the_sum_of_many_projects_is_no_plant_s() -> None:
    found = read(
        "Le groupe Kelvo a inauguré samedi son usine dans la province de Bac Giang, un"
        " investissement de 150 millions de dollars. La province compte désormais 450 projets"
        " d'investissement direct étranger pour un capital total de 12 milliards de dollars.",
        "fr",
        "2024-05-12",
    )
    assert [p.plain_value()["value"] for p in found if p.field == "investment"] == [150000000]


def test_a_headline_s_costed_plant_after_breaking_ground_on() -> None:
    found = read(
        "Kelmar Cement breaks ground on $250m plant in Zambia\nKelmar Cement held a"
        " groundbreaking ceremony on Thursday for a cement plant in Chilanga district.",
        "en",
        "2025-05-09",
    )
    [plant] = projects(found)
    assert value_of(found, plant, "investment")["value"] == 250000000


def test_a_portfolio_s_last_word_opens_no_name() -> None:
    found = read(
        "The memorandum was signed in the presence of State Minister of Investment Promotion"
        " Dilan Kelvoga.",
        "en",
    )
    assert people(found) == {"Dilan Kelvoga"}
    assert role_titles(found, "Dilan Kelvoga") == ["State Minister of Investment Promotion"]


def test_a_span_counted_from_another_event_is_no_date_of_the_source_s() -> None:
    assert not dates_said(
        "Commercial production is expected to begin within 24 months of the groundbreaking."
    )
    assert not dates_said(
        "La production débutera dans les 18 mois suivant la pose de la première pierre."
    )
    assert dates_said("Production will start within 24 months.", "2024-05-10") == [
        ("within 24 months", "2024-05-10", "2026-05-10")
    ]


def test_a_mining_licence_granted_approves_the_project() -> None:
    found = read(
        "The government has granted a special mining licence to Kelvo Resources for its"
        " Tarvo graphite project in the Morogoro region.",
        "en",
    )
    assert statuses(found) == {"approved"}


def test_an_estimated_sum_is_an_estimate_and_a_count_said_again_is_one() -> None:
    found = read(
        "Kelvo will build a plant in Beni Suef. The mine will cost an estimated $300 million."
        " It will create 1,400 new jobs. It will create an estimated 1,400 jobs.",
        "en",
    )
    [sum_] = [p.plain_value() for p in found if p.field == "investment"]
    assert (sum_["qualifier"], sum_["estimate"]) == ("approx", True)
    assert [p.plain_value()["raw"] for p in found if p.field == "jobs"] == ["1,400 new jobs"]


def test_where_a_minister_presided_is_no_plant_s_place() -> None:
    found = read(
        "Le ministre de l'Industrie a présidé lundi à Tunis la cérémonie de signature d'une"
        " convention avec la société Kelvo Solar portant sur la réalisation d'une unité de"
        " production de panneaux photovoltaïques à Sfax.",
        "fr",
    )
    assert [w["locality"] for w in locations(found)] == ["Sfax"]


_THIRD_PLANT = (
    "Korean battery maker picks Hungary for third European plant\nBUDAPEST, Oct 2 (Reuters) -"
    " South Korea's Tarvon Energy Solutions will invest 1.2 billion euros in a new battery"
    " cell plant in the eastern Hungarian city of Nyiregyhaza, the minister said on"
    " Wednesday.\nThe plant will have an annual capacity of 30 gigawatt hours."
)


def test_a_headline_s_ranked_plant_takes_the_body_s_words_and_trade() -> None:
    found = read(_THIRD_PLANT, "en", "2024-10-02")
    [plant] = projects(found)
    assert value_of(found, plant, "name") == {"en": "Battery cell plant at Nyíregyháza"}
    assert sector_names(found) == {"Automotive"}


def test_gigawatt_hours_said_in_two_words() -> None:
    found = read(_THIRD_PLANT, "en", "2024-10-02")
    [plant] = projects(found)
    assert value_of(found, plant, "capacity")["unit"] == "GWh"


def test_a_body_s_letters_read_across_en_and_its_country() -> None:
    found = read(
        "La convention a été signée avec le Centre de promotion des investissements en Côte"
        " d'Ivoire (CEPICI) pour l'usine de Kelvo.",
        "fr",
    )
    body = "Centre de promotion des investissements en Côte d'Ivoire"
    assert value_of(found, body, "acronym") == "CEPICI"


def test_a_product_s_letters_are_no_name_and_a_port_is_a_place() -> None:
    found = read("Kelvo va construire une usine d'engrais NPK dans le port d'Abidjan.", "fr")
    assert projects(found) == {"Usine d'engrais NPK d'Abidjan"}
    assert _location(found)["locality"] == "Abidjan"


def test_a_legal_form_s_point_ends_no_agreement_s_clause() -> None:
    found = read(
        "Kelvo signed a contract on Monday with China's Tarvo Tire Co. to set up a tire factory"
        " in Sokhna.",
        "en",
        "2023-06-05",
    )
    [plant] = projects(found)
    assert about(found, plant, "agreements")


def test_a_company_and_its_partner_after_a_country_s_possessive() -> None:
    found = read(
        "Chile's Kelvo Tarvo and its Brazilian partner Orvane have obtained the permits for"
        " the cement plant.",
        "en",
    )
    assert value_of(found, "Kelvo Tarvo", "country") == "CL"
    assert value_of(found, "Orvane", "country") == "BR"


def test_a_company_apposed_to_its_trade_after_a_dash() -> None:
    found = read(
        "The minister said that Kelvo Luggage—the producer of Tarvo and other brands—will"
        " occupy the lots.",
        "en",
    )
    assert "Kelvo Luggage" in orgs(found)


_SMELTER = (
    "Indonesia, China's Kelvo Group start building $2bn nickel smelter in Sulawesi\nJAKARTA,"
    " Aug 14 (Reuters) - Chinese stainless steel maker Kelvo Group and Indonesian state-owned"
    " miner PT Tarvo Aneka Tbk on Monday started construction of a $2 billion nickel smelter in"
    " Central Sulawesi, an official said."
)


def test_a_company_described_with_a_hyphenated_word_takes_its_country() -> None:
    found = read(_SMELTER, "en", "2023-08-14")
    assert value_of(found, "PT Tarvo Aneka Tbk", "country") == "ID"


def test_the_body_s_part_of_the_headline_s_region_is_the_place() -> None:
    found = read(_SMELTER, "en", "2023-08-14")
    assert locations(found) == [{"country": "ID", "region": "Central Sulawesi", "locality": None}]


_ASSEMBLY = (
    "Le constructeur chinois Kelvo Motors a officiellement lancé, samedi 12 octobre, la"
    " production de son unité de montage de camions et de bus dans le parc industriel"
    " d'Adama. Kelvo Motors est présent en Afrique depuis 2015 avec une première usine au"
    " Kenya."
)
_ASSEMBLY_TITLE = "Éthiopie : le chinois Kelvo Motors ouvre une unité de montage à Adama"


def test_production_launched_on_a_day_said_between_commas() -> None:
    found = read(f"{_ASSEMBLY_TITLE}\n{_ASSEMBLY}", "fr", "2024-10-14")
    assert statuses(found) == {"operating"}
    [(said, earliest, _)] = _dates(found, "dates.operation_start")
    assert (said, earliest) == ("samedi 12 octobre", "2024-10-12")


def test_a_town_no_list_knows_keeps_the_country_it_was_placed_in() -> None:
    found = read(f"{_ASSEMBLY_TITLE}\n{_ASSEMBLY}", "fr", "2024-10-14")
    assert locations(found) == [{"country": "ET", "region": None, "locality": "Adama"}]


def test_a_textile_cluster_is_a_project_and_a_region_s_administration_signs() -> None:
    found = read(
        "The Khorezm regional administration and Turkey's Kelvar Tekstil have signed an"
        " investment agreement worth $80 million to create a cotton-textile cluster in the"
        " Khiva district.",
        "en",
        "2025-03-04",
    )
    # (a district said alone is the region, no town of the name: GOLD.md rule 20)
    assert projects(found) == {"Cotton-textile cluster"}
    [agreement] = {p.new.name for p in found if p.new and p.new.kind == "agreements"}
    names = {p.new.key: p.new.name for p in found if p.new}
    parties = {names[p.plain_value()["org"]] for p in about(found, agreement, "parties")}
    assert parties == {"Khorezm regional administration", "Kelvar Tekstil"}


def test_an_official_news_agency_is_no_party_and_an_economic_zone_a_place() -> None:
    found = read(
        "Le groupe chinois Kelvo Solar a signé mercredi un accord pour la construction d'une"
        " usine de panneaux solaires dans la zone économique de Mirsarai, au Bangladesh, a"
        " rapporté l'agence de presse officielle BSS.",
        "fr",
        "2025-02-12",
    )
    assert "BSS" not in orgs(found)
    assert _location(found) == {"country": "BD", "region": None, "locality": "Mirsarai"}


def test_a_headline_s_plant_said_by_whose_it_is_is_named_by_the_convention() -> None:
    found = read(
        "Serbia opens Chinese-built tire factory in Zrenjanin\nThe president on Thursday opened"
        " a tire factory built by China's Kelvo Tire in the northern town of Zrenjanin.",
        "en",
        "2022-11-28",
    )
    assert projects(found) == {"Tire factory at Zrenjanin"}


def test_an_agreement_finalised_is_signed() -> None:
    found = read(
        "Kelvo a finalisé le 21 juillet son premier accord avec Tarvo pour une usine à Lima.",
        "fr",
        "2024-08-10",
    )
    assert statuses(found) >= {"signed"}
    found = read("Kelvo has finalized an agreement with Tarvo to build a plant in Lima.", "en")
    assert "signed" in statuses(found)


def test_auto_components_are_the_automobile_s() -> None:
    found = read(
        "Japan's Kelvo Seiki will set up an auto components manufacturing unit at Oragadam.",
        "en",
    )
    assert sector_names(found) == {"Automotive"}
    found = read("Kelvo va construire une usine de composants automobiles à Tanger.", "fr")
    assert sector_names(found) == {"Automobile"}


def test_a_headline_s_short_name_is_the_group_the_body_names_in_full() -> None:
    found = read(
        "Ouzbékistan : le turc Kelvar inaugure une usine de fils de coton à Namangan\nLe groupe"
        " textile turc Kelvar Holding a inauguré vendredi à Namangan une filature d'une capacité"
        " de 12 000 tonnes de fil par an.",
        "fr",
        "2024-04-13",
    )
    assert orgs(found) == {"Kelvar Holding"}
    assert len(projects(found)) == 1
