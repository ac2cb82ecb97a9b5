"""Fiftieth round: what the first reading of held-out set BN showed the reader could not read,
in words any article may use, with names no list knows.

- "L'hôtel Teranga de Dakar a servi de cadre le vendredi 26 janvier 2018, à la signature de
  convention d'établissement entre le gouvernement de la République du Sénégal et l'entreprise
  Kelvo Group (KG) du Maroc": the hall of the signing is no plant's place; the signing held
  that day is the convention's, signed; the government named by its country's formal name is
  a party; the company's country is the one said after its name.
- "une convention d'investissement conclue en 2020 entre le gouvernement sénégalais et le
  groupe X": signed, that year, the government first of the two parties. "Le montant du
  contrat est de 600 millions": the deal said again by its sum, which is its project's.
- "At a signing ceremony held at Tarvel's head office in Nairobi, …": the venue; the plant
  "is situated in Thika".
- "The ground breaking ceremony of X was held in Thika district on Wednesday": the works'
  start, its place between.
- "Kelvo country head Amina Tarvel said the KES2-billion cement plant …": a title, and a cost
  by its currency's code, no word of a name; "the company started the installation in 2023
  and targets to complete the plant this year": the works begun then, to end this year.
"""

from __future__ import annotations

from .reading import about, locations, orgs, projects, read, role_titles, value_of

SIGNING = (
    "L’hôtel Teranga de Dakar a servi de cadre le vendredi 26 janvier 2018, à la signature de"
    " convention d’établissement entre le gouvernement de la République du Sénégal et"
    " l’entreprise Kelvo Group (KG) du Maroc. Cette convention détermine les conditions dans"
    " lesquelles Kelvo Group procédera à l’installation d’une unité de traitement des déchets."
    " Kelvo Group a manifesté son intérêt pour investir au Sénégal à travers l’installation d’une"
    " unité de traitement des déchets dans le département de Kaolack."
)


def test_the_hall_of_a_signing_is_no_plant_s_place() -> None:
    found = read(SIGNING, "fr", "2018-01-28")
    [place] = locations(found)
    assert (place["country"], place["region"]) == ("SN", "Kaolack")


def test_a_signing_held_in_a_hall_signs_the_convention_that_day() -> None:
    found = read(SIGNING, "fr", "2018-01-28")
    assert value_of(found, "Convention d’établissement", "status") == "signed"
    [event] = about(found, "Convention d’établissement", "events")
    assert event.plain_value()["type"] == "signed"
    assert event.plain_value()["date"]["earliest"] == "2018-01-26"
    held = read(
        "Le 26 janvier 2018 a eu lieu la signature d’une convention d’établissement entre le"
        " Sénégal et l’entreprise Kelvo Group.",
        "fr",
        "2018-01-28",
    )
    assert value_of(held, "Convention d’établissement", "status") == "signed"


def test_a_government_named_by_its_country_s_formal_name_is_a_party() -> None:
    found = read(SIGNING, "fr", "2018-01-28")
    government = "Gouvernement de la République du Sénégal"
    assert government in orgs(found)
    assert value_of(found, government, "country") == "SN"
    parties = about(found, "Convention d’établissement", "parties")
    assert {p.quote for p in parties} == {"gouvernement de la République du Sénégal", "Kelvo Group"}


def test_a_company_s_country_said_after_its_name_and_letters() -> None:
    found = read(SIGNING, "fr", "2018-01-28")
    [country] = about(found, "Kelvo Group", "country")
    assert (country.plain_value(), country.quote) == ("MA", "Kelvo Group (KG) du Maroc")
    # a town after the name is no country of it
    town = read("L’entreprise Kelvo Group de Dakar va construire une cimenterie à Thiès.", "fr")
    assert not about(town, "Kelvo Group", "country")


CONCLUDED = (
    "Dénommé Cimenterie de Thiès, ce projet est structuré par une convention d’investissement"
    " conclue en 2020 entre le gouvernement sénégalais et le groupe Kelvo Group Co Ltd. Le"
    " montant du contrat est de 600 millions de dollars."
)


def test_a_convention_concluded_in_a_year_between_a_government_and_a_group() -> None:
    found = read(CONCLUDED, "fr", "2021-02-22")
    title = "Convention d’investissement"
    assert value_of(found, title, "status") == "signed"
    [event] = about(found, title, "events")
    assert event.plain_value()["date"]["raw"] == "en 2020"
    parties = about(found, title, "parties")
    assert {p.quote for p in parties} == {"gouvernement sénégalais", "Kelvo Group Co Ltd."}
    assert value_of(found, "Gouvernement sénégalais", "country") == "SN"


def test_the_sum_of_the_contract_is_its_project_s() -> None:
    found = read(CONCLUDED, "fr", "2021-02-22")
    assert {p.new.name for p in found if p.new and p.new.kind == "agreements"} == {
        "Convention d’investissement"
    }
    assert value_of(found, "Cimenterie de Thiès", "investment")["value"] == 600_000_000
    signed = read(
        "Kelvo Group a signé lundi une convention avec le gouvernement sénégalais pour une"
        " cimenterie à Thiès. Le montant du contrat est de 60 millions de dollars.",
        "fr",
        "2021-01-28",
    )
    assert value_of(signed, "Cimenterie de Thiès", "investment")["value"] == 60_000_000
    assert not [p for p in signed if p.field == "investment" and p.new.kind == "agreements"]


def test_the_venue_of_a_signing_ceremony_is_no_plant_s_place() -> None:
    found = read(
        "NAIROBI: At a signing ceremony held at Tarvel’s head office in Nairobi, Kelvo Motors"
        " Limited has appointed Tarvel Securities Limited as its Financial Advisor for its CKD"
        " Assembly Plant Project in Kenya. Norvel Group plans to enter CKD assembly with Kelvo in"
        " a cutting-edge, fully integrated production plant. The plant is situated in Thika with"
        " a capacity of 30,000 vehicles per annum.",
        "en",
        "2021-09-01",
    )
    [place] = locations(found)
    assert (place["country"], place["locality"]) == ("KE", "Thika")


def test_a_groundbreaking_held_in_a_place_on_a_day_starts_the_works() -> None:
    found = read(
        "A groundbreaking ceremony for a cement plant was held in Thika district on Wednesday.",
        "en",
        "2024-03-08",
    )
    [start] = about(found, "Cement plant at Thika", "dates.construction_start")
    assert start.plain_value()["earliest"] == "2024-03-06"


THIKA = (
    "NAIROBI: Kelvo Cement is investing KES2 billion in Kenya, its first facility outside"
    " Morocco. Kelvo Cement country head Amina Tarvel said the KES2-billion cement plant will be"
    " located in a two-hectare property in Thika. The company started the installation in 2023"
    " and targets to complete the plant this year."
)


def test_a_cost_by_its_currency_s_code_is_no_word_of_a_name() -> None:
    found = read(THIKA, "en", "2024-03-08")
    assert projects(found) == {"Cement plant at Thika"}
    assert value_of(found, "Cement plant at Thika", "investment")["value"] == 2_000_000_000


def test_a_country_head_is_a_title() -> None:
    found = read(THIKA, "en", "2024-03-08")
    assert role_titles(found, "Amina Tarvel") == ["country head"]
    [role] = about(found, "Amina Tarvel", "roles")
    assert role.plain_value()["org"] is not None


def test_the_installation_started_and_the_plant_to_complete() -> None:
    found = read(THIKA, "en", "2024-03-08")
    plant = "Cement plant at Thika"
    assert value_of(found, plant, "status") == "construction"
    assert value_of(found, plant, "dates.construction_start")["raw"] == "in 2023"
    completion = value_of(found, plant, "dates.completion")
    assert (completion["raw"], completion["earliest"]) == ("this year", "2024-01-01")
    # the installation of machines in a plant running is no works of the plant
    machines = read(
        "Kelvo Cement runs a cement plant in Thika. It began installation of equipment for a"
        " second line in 2023.",
        "en",
        "2024-03-08",
    )
    assert not about(machines, plant, "dates.construction_start")


ADVISER = (
    "NAIROBI: Kelvo Motors Limited has appointed Tarvel Securities Limited as its Financial"
    " Advisor for its CKD Assembly Plant Project in Kenya. Norvel Group plans to enter CKD"
    " assembly with Kelvo in a cutting-edge, fully integrated production plant. The plant is"
    " situated in Thika with a capacity of 30,000 vehicles per annum."
)


def test_a_company_hired_as_adviser_is_no_party() -> None:
    found = read(ADVISER, "en", "2021-09-01")
    parties = {p.quote for p in about(found, "CKD Assembly Plant Project", "parties")}
    assert "Tarvel Securities Limited" not in parties
    assert "Kelvo Motors Limited" in parties


def test_a_plant_project_s_capitalised_name_keeps_its_project() -> None:
    found = read(ADVISER, "en", "2021-09-01")
    assert projects(found) == {"CKD Assembly Plant Project"}
    assert value_of(found, "CKD Assembly Plant Project", "capacity")["value"] == 30_000


def test_a_plant_said_with_adjectives_listed_is_the_one_spoken_of() -> None:
    found = read(ADVISER, "en", "2021-09-01")
    parties = {p.quote for p in about(found, "CKD Assembly Plant Project", "parties")}
    assert "Norvel Group" in parties


def test_a_zone_named_and_built_is_a_project() -> None:
    found = read(
        "The ground breaking ceremony of the Kelvo Multi Facility Economic Zone was held in"
        " Thika district on Wednesday. It will cover 600 hectares of land.",
        "en",
        "2024-03-08",
    )
    zone = "Kelvo Multi Facility Economic Zone"
    assert projects(found) == {zone}
    assert value_of(found, zone, "dates.construction_start")["earliest"] == "2024-03-06"
    subject = read("The Kelvo Free Zone will be constructed in the coming two years.", "en")
    assert projects(subject) == {"Kelvo Free Zone"}
    # a zone a plant is in is a place, no project
    inside = read("Kelvo will build a plant in the Thika Industrial Park.", "en")
    assert projects(inside) == {"Plant in the Thika Industrial Park"}


def test_a_trade_before_the_first_of_two_who_sign_and_the_second_s_country() -> None:
    found = read(
        "Indonesian nickel producer PT Kelvo Nickel Indonesia and Norvel Energy of South Korea"
        " have signed a memorandum of understanding to build a battery materials plant in"
        " Morowali.",
        "en",
        "2024-05-16",
    )
    assert {"PT Kelvo Nickel Indonesia", "Norvel Energy"} <= orgs(found)
    assert value_of(found, "Norvel Energy", "country") == "KR"
    [memorandum] = [p.new.name for p in found if p.new and p.new.kind == "agreements"][:1]
    assert {p.quote for p in about(found, memorandum, "parties")} == {
        "PT Kelvo Nickel Indonesia",
        "Norvel Energy",
    }


def test_a_currency_s_code_before_its_sum() -> None:
    found = read(
        "Kelvo will build a steel plant in Sohar at a cost of OMR 120 million.", "en", "2024-10-08"
    )
    investment = value_of(found, "Steel plant at Sohar", "investment")
    assert (investment["value"], investment["currency"]) == (120_000_000, "OMR")
    rwanda = read("Kelvo will invest RWF 12 billion in a plant in Musanze.", "en", "2024-10-08")
    [sum_said] = [p.plain_value() for p in rwanda if p.field == "investment"]
    assert sum_said["currency"] == "RWF"


KENITRA = (
    "Le constructeur automobile chinois Kelvo Auto va implanter une usine de fabrication de"
    " véhicules électriques dans la zone d’accélération industrielle de Kénitra. Le projet, d’un"
    " montant de 1,3 milliard de dirhams, a fait l’objet d’une convention d’investissement signée"
    " lundi à Rabat."
)


def test_the_project_said_again_by_its_noun_takes_its_sum_and_its_deed() -> None:
    found = read(KENITRA, "fr", "2024-04-16")
    [plant] = projects(found)
    assert value_of(found, plant, "investment")["value"] == 1_300_000_000
    assert not [p for p in found if p.field == "investment" and p.new.kind == "agreements"]
    [deed] = about(found, plant, "agreements")
    assert deed.plain_value() == next(
        p.new.key for p in found if p.new and p.new.kind == "agreements"
    )
    # "ce projet est structuré par une convention": so too
    structured = read(
        "Dénommé Cimenterie de Thiès, ce projet est structuré par une convention"
        " d’investissement conclue en 2020 entre le gouvernement sénégalais et le groupe Kelvo.",
        "fr",
        "2021-02-22",
    )
    assert about(structured, "Cimenterie de Thiès", "agreements")


def test_officially_commissioned_on_a_day() -> None:
    found = read(
        "Kelvo opened a feed mill in Kisumu. The mill was officially commissioned on Friday by"
        " the minister.",
        "en",
        "2024-06-17",
    )
    start = value_of(found, "Feed mill at Kisumu", "dates.operation_start")
    assert start["earliest"] == "2024-06-14"


def test_a_sum_after_a_company_s_noun_names_no_company() -> None:
    found = read(
        "Kelvo Agro et Tarvel Foods ont créé une coentreprise qui construira une usine de"
        " transformation de tomates à Saint-Louis. La nouvelle société investira 8 milliards de"
        " francs CFA.",
        "fr",
        "2024-04-05",
    )
    assert "CFA" not in orgs(found)
    assert (
        value_of(found, "Usine de transformation de tomates de Saint-Louis", "investment")["value"]
        == 8_000_000_000
    )


def test_a_partner_s_parent_and_the_maker_it_sells_for_are_no_parties() -> None:
    found = read(
        "Kelvo Motors will build its CKD Assembly Plant Project in Thika. Kelvo already has a"
        " footprint in the automobile business through its parent Company i.e. Tarvel Systems"
        " (Private) Limited which is the sole importer and authorized dealer of Norvel AG in"
        " Kenya.",
        "en",
        "2021-09-01",
    )
    parties = {p.quote for p in about(found, "CKD Assembly Plant Project", "parties")}
    assert parties == {"Kelvo Motors"}


TORORO = (
    "Kelvo Cement Uganda, a subsidiary of Kenya's Tarvel Holdings, has completed the expansion of"
    " its Tororo plant, raising capacity from 1.2 million to 2.5 million tonnes a year."
    " Separately, the company announced plans for a new clinker plant in Hima, western Uganda,"
    " to be built at a cost of $80 million."
)


def test_a_new_plant_in_another_town_than_the_one_a_name_is_fixed_to() -> None:
    found = read(TORORO, "en", "2024-07-30")
    assert projects(found) == {"Tororo plant", "Clinker plant at Hima"}
    assert value_of(found, "Clinker plant at Hima", "investment")["value"] == 80_000_000
    assert not about(found, "Tororo plant", "investment")
    # said without the other town, the plant is the one spoken of
    same = read(
        "Kelvo Cement has completed the expansion of its Tororo plant. The plant cost"
        " $120 million.",
        "en",
        "2024-07-30",
    )
    assert projects(same) == {"Tororo plant"}


def test_a_company_s_local_arm_by_its_country_s_name() -> None:
    found = read(TORORO, "en", "2024-07-30")
    assert "Kelvo Cement Uganda" in orgs(found)
    assert "Kelvo Cement" not in orgs(found)


def test_the_lender_of_a_loan_takes_part() -> None:
    found = read(
        "Le groupe français Kelvo a inauguré jeudi à Nouakchott une usine de dessalement d’eau de"
        " mer. Financée par un prêt de 45 millions d’euros de l’Agence française de développement"
        " (AFD), l’usine alimentera 300 000 habitants.",
        "fr",
        "2024-05-17",
    )
    parties = {
        p.quote for p in about(found, "Usine de dessalement d’eau de mer de Nouakchott", "parties")
    }
    assert parties == {"Kelvo", "Agence française de développement"}


def test_a_plant_to_be_set_up_and_carried_out_within_the_year() -> None:
    found = read(
        "Kelvo Group procédera à l’installation d’une usine de ciment à Thiès. La réalisation du"
        " projet durant cette année nécessitera un investissement de 10 millions de dollars.",
        "fr",
        "2018-01-28",
    )
    plant = "Usine de ciment de Thiès"
    assert value_of(found, plant, "status") == "announced"
    assert value_of(found, plant, "dates.completion")["latest"] == "2018-12-31"
    interest = read(
        "Kelvo Group a manifesté son intérêt pour investir au Sénégal à travers l’installation"
        " d’une usine de ciment à Thiès.",
        "fr",
        "2018-01-28",
    )
    assert value_of(interest, plant, "status") == "announced"


def test_a_seat_in_a_province_of_a_country_said_by_its_possessive() -> None:
    found = read(
        "DHAKA, March 5 (Xinhua) -- A Chinese-invested garment accessories factory was put into"
        " operation in Bangladesh's Mongla Export Processing Zone on Tuesday. The factory was built"
        " by Kelvo Group, a company based in east China's Zhejiang province.",
        "en",
        "2024-03-06",
    )
    assert value_of(found, "Kelvo Group", "country") == "CN"
    [place] = locations(found)
    assert place["country"] == "BD"


def test_two_who_sign_the_second_described_between_commas() -> None:
    found = read(
        "Kigali – The Rwanda Development Board (RDB) and Kelvo Pharma, a Moroccan drug maker, on"
        " Thursday signed an agreement for the construction of a vaccine plant in the Kigali"
        " Special Economic Zone.",
        "en",
        "2024-09-13",
    )
    [deal] = [p.new.name for p in found if p.new and p.new.kind == "agreements"][:1]
    assert {p.quote for p in about(found, deal, "parties")} == {
        "Rwanda Development Board",
        "Kelvo Pharma",
    }


def test_a_government_of_a_country_whose_name_is_a_word_and_the_company_after_it() -> None:
    found = read(
        "The Government of Guinea and Kelvo Mining SA have signed a mining convention for the"
        " Simandou North bauxite project.",
        "en",
        "2024-10-02",
    )
    assert {"Government of Guinea", "Kelvo Mining SA"} <= orgs(found)
    assert value_of(found, "Government of Guinea", "country") == "GN"
    assert not [name for name in orgs(found) if " and " in name]


def test_a_cost_then_a_size_before_the_plant() -> None:
    found = read(
        "Kelvo Group will build a $300 million, 2 million tonne alumina refinery near Boké.",
        "en",
        "2024-10-02",
    )
    assert value_of(found, "Alumina refinery at Boké", "investment")["value"] == 300_000_000


def test_construction_then_a_clause_that_says_when_it_starts() -> None:
    found = read(
        "Kelvo Group will build an alumina refinery near Boké. Construction, which will start in"
        " the first half of 2025, is expected to take three years.",
        "en",
        "2024-10-02",
    )
    start = value_of(found, "Alumina refinery at Boké", "dates.construction_start")
    assert (start["earliest"], start["latest"]) == ("2025-01-01", "2025-06-30")


def test_the_town_after_the_owner_and_its_parent_apposed() -> None:
    found = read(
        "Dakar, le 3 mai 2024 – Le Premier ministre a présidé ce vendredi la cérémonie de"
        " lancement des travaux de l’usine de fabrication de bus de la société Kelvo Motors"
        " Sénégal, filiale du groupe indien Tarvel Auto, à Diamniadio.",
        "fr",
        "2024-05-03",
    )
    assert projects(found) == {"Usine de fabrication de bus de Diamniadio"}
    [place] = locations(found)
    assert (place["country"], place["locality"]) == ("SN", "Diamniadio")


def test_a_plant_ranked_third_and_after_is_a_plant() -> None:
    found = read("Kelvo ouvre une troisième usine à Thiès.", "fr", "2024-05-03")
    assert projects(found) == {"Usine de Thiès"}
    assert value_of(found, "Usine de Thiès", "status") == "operating"
    fifth = read("Kelvo a ouvert sa cinquième usine à Kaolack en mars.", "fr", "2024-05-03")
    assert projects(fifth) == {"Usine de Kaolack"}


def test_a_factory_to_be_established_is_announced() -> None:
    found = read(
        "China's Kelvo Tyre signed a contract on Sunday for a $300 million tyre factory in"
        " Sokhna. The factory will be established over an area of 200,000 square metres.",
        "en",
        "2024-11-18",
    )
    assert value_of(found, "Tyre factory at Ain Sokhna", "status") == "announced"


def test_the_putting_into_service_done_is_a_plant_operating() -> None:
    found = read(
        "La société togolaise Kelvo Plast a procédé mardi à la mise en service de son unité de"
        " production de sacs en polypropylène à Lomé.",
        "fr",
        "2024-06-12",
    )
    [plant] = projects(found)
    assert value_of(found, plant, "status") == "operating"
    assert value_of(found, plant, "dates.operation_start")["earliest"] == "2024-06-11"


def test_production_targeted_or_expected_for_a_year() -> None:
    for said in ("Commercial production is targeted for 2028.", "Production is expected in 2028."):
        found = read(f"Kelvo will set up a urea plant in Lindi. {said}", "en", "2024-04-23")
        start = value_of(found, "Urea plant at Lindi", "dates.operation_start")
        assert start["earliest"] == "2028-01-01", said


def test_a_trade_minister_s_words_are_no_trade_flow() -> None:
    for who in ("Trade Minister John Hammond", "The Minister of Trade and Industry"):
        found = read(
            "Kelvo Ghana has begun construction of a cement grinding plant at Tema."
            f" {who} said the $60 million plant would be completed in 18 months.",
            "en",
            "2024-02-10",
        )
        investment = value_of(found, "Cement grinding plant at Tema", "investment")
        assert investment["value"] == 60_000_000, who
    exports = read(
        "Kelvo Ghana has begun construction of a cement grinding plant at Tema. Ghana's trade"
        " with Nigeria reached $60 million last year.",
        "en",
        "2024-02-10",
    )
    assert not about(exports, "Cement grinding plant at Tema", "investment")


def test_a_plant_that_will_produce_once_complete_in_a_year() -> None:
    found = read(
        "Kelvo broke ground for a pharmaceutical manufacturing facility in Athi River. The facility"
        " will produce 2 billion tablets a year once complete in 2026, chief executive Mary"
        " Wanjiru said.",
        "en",
        "2024-03-13",
    )
    [plant] = projects(found)
    assert value_of(found, plant, "dates.completion")["earliest"] == "2026-01-01"


def test_a_local_miner_is_of_the_host_country() -> None:
    found = read(
        "PT Kelvo Smelter Indonesia, a joint venture between China's Tarvel Nickel and local miner"
        " PT Norvel, inaugurated its nickel smelter in Weda Bay, North Maluku, on Thursday.",
        "en",
        "2024-08-16",
    )
    assert value_of(found, "PT Norvel", "country") == "ID"


def test_a_town_named_by_a_day_and_a_month_is_no_date() -> None:
    found = read(
        "Kelvo Automotive will start producing electric vehicles at its new plant in 6th of October"
        " City by the end of next year.",
        "en",
        "2024-06-03",
    )
    [start] = [p.plain_value() for p in found if p.field == "dates.operation_start"]
    assert start["raw"] == "by the end of next year"


def test_a_company_ranked_in_a_country_by_its_french_apposition() -> None:
    found = read(
        "Kelvo Holdings, le premier producteur de lait du Kenya, a signé un accord avec la SNI pour"
        " une laiterie à Ngaoundéré.",
        "fr",
        "2024-07-09",
    )
    assert value_of(found, "Kelvo Holdings", "country") == "KE"


def test_a_company_named_by_the_fuel_it_makes_after_a_dateline_s_colon() -> None:
    found = read(
        "MUSCAT: Oman Investment Authority and Kelvo Green Hydrogen of the Netherlands signed a"
        " land reservation agreement on Tuesday for a green ammonia plant in Duqm.",
        "en",
        "2024-06-12",
    )
    assert value_of(found, "Kelvo Green Hydrogen", "country") == "NL"
    [deal] = [p.new.name for p in found if p.new and p.new.kind == "agreements"][:1]
    assert {p.quote for p in about(found, deal, "parties")} == {
        "Oman Investment Authority",
        "Kelvo Green Hydrogen",
    }
