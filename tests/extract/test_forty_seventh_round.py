"""Forty-seventh round: what the first reading of held-out set BK showed the reader could not
read, in words any article may use, with names no list knows.

- "Aug 30 Kelvo & Co and Tarvo Chemicals will partner …": a wire's dateline before the first
  name; "& Co" ends a company's name, and so does "Corp" before "and" and another company.
- "… will partner Oman's state-run company to produce ammonia", then "The new firm will build
  an ammonia plant … and a urea plant": the venture's partners are both plants'.
- "the paper said": a newspaper, no pulp and paper trade; "The Japanese firms have …": the
  country of both companies named before.
- "located in Tororo district": a district said alone is the region (GOLD.md rule 20, which
  three golds and four older tests had read as the locality); said with the province that
  holds it after, it stays the town's place.
- "The company has been employing over 1,000 people during its construction period": the
  building's hands are the plant's jobs (GOLD.md rule 26, six golds against one).
- "Kelvo ouvrira sa deuxième usine au Maroc jeudi": its doors to open within days, the plant
  is built, its output ahead (under construction, as the golds read it).
- "75% pour la société indienne d'Infra Kelvo et 25% pour l'Etat togolais", "sera possédée à
  51% par le gouvernement gabonais": who holds a share of the project's capital takes part
  in it; a share of a company's "capital social" says whose the company is; "an annual
  capacity of 100,000 tonnes …, enough for about one million electric vehicles": its users;
  "in the Horana Export Processing Zone at a cost of 240 million US dollars": a zone's name,
  no trade flow; "3,000 truck and bus radial tyres per day": the period after the thing's words.
- "an ammonia plant … and a urea plant …", then "construction is expected to begin by the
  end of 2012 and production will start by 2015": both plants' dates.
- "a $260m cement factory in Salalah City": the town as the text names it; "in the Hadramout
  province" (ISO's "Ḩaḑramawt"); "The 22 square-kilometre integrated factory" is the plant
  said again; "a 36MW power plant to provide the plant with electricity" is its part; "help
  the country reach its production goal of nine million tonnes" is no figure of the plant;
  "the Kelvo Finance Corporation, the private sector arm of the Tarvo Bank": the bank is
  whose arm it is, no party.
- "Qatari businessmen Sheikh Kamal al-Tarvi and Nabil Korvan": two people, their title the
  words before them, the honorific no word of a name (a headline's "tycoon X" no title).
- "Lush Kelvo Hair, an investment by Tarvo Group in Oman for manufacturing hair products": the
  plant by its own name; "Ravi Kelvan the factory’s head in Southern Africa": his title;
  "yesterday released the first truckload consignment of hair products": operating.
- "build a melamine plant by 2018": the chemicals trade.
- "Le Conseil des ministres a adopté un projet de décret portant approbation de la convention
  d'investissement entre l'État du Sénégal et la société Kelvo Industries SA", then "Cette
  convention porte sur la construction … d'une usine": the convention approved, the state one
  of those who sign it, the company that signs it a partner of the plant.
- A headline's "begins construction of N50bn ceramics factory in Ogun": the cost in its letters
  is no name; the body's plant and town name it.
- "Oman's Ministry of Commerce has approved a $1.2 billion nickel processing plant": approved;
  "a joint venture between Kelvo Mineração (70%) and Oman's Tarvo Investment Authority (30%)":
  both take part (not "ACC (coentreprise entre X, Y et Z)": another company's owners); "in the
  Sohar Freezone": a zone, its kind in one word.
- "Kelvo Tekstil, one of Turkey's largest denim producers": a company (its trade in Turkish),
  no person; "Its Tunisian plant in Monastir, opened in 2015, produces …" in an article on a
  plant in Egypt: the owner's other plant, whose facts are none of the one spoken of.
- "Kelvo Copper Zambia, a unit of China's Tarvo Group, plans to invest": the company before
  its apposition; "Zambia, Africa's second-largest copper producer, produced 763,000 tonnes of
  copper last year and aims to reach 3 million tonnes by 2031": the country's, no capacity.
- "a officiellement ouvert, le 5 mars, sa nouvelle usine": opened that day; "dans le cadre de
  l'AGOA": a scheme's letters, no organisation; "would also build a battery plant nearby with
  LG Energy Solution": the company it is built with.
- "une fonderie à La Tour Kelvo": after "à", the capitalised article opens the town's name;
  "les investisseurs avec un capital à partir d'USD 100 000": a threshold, no sum invested.
- And from the press's common forms: "le directeur général de Kelvo Senegal" after "le groupe
  turc Kelvo Holding": the group's company in that country, which he heads; a headline's
  "Indian conglomerate signs MoU": the agreement's letters, no company; "The mill will use
  iron ore from the Tete province and natural gas from the Rovuma basin": its inputs; "a
  factory in the Kelvo Special Economic Zone in Svay Rieng province's Bavet city": the town,
  the convention's name by it and not by the zone; "will include spinning, weaving, dyeing and
  garment factories": the part is all the kinds listed; "les importations de ciment du pays,
  qui s'élèvent à plus de 500 000 tonnes par an": the country's, no capacity; "trois projets
  industriels … pour un investissement global de", "Ces projets devraient générer 1 500 postes":
  the plants' together, no one plant's.
"""

from __future__ import annotations

from .reading import (
    about,
    locations,
    named,
    orgs,
    people,
    projects,
    read,
    role_titles,
    sector_names,
    value_of,
)

VENTURE = (
    "Aug 30 Kelvo & Co and Tarvo Chemicals will partner Oman's state-run petroleum company to"
    " produce fertilizer raw material ammonia for sale across the Gulf, a business daily"
    " reported.\n"
    "The Japanese firms have preferential negotiation rights to the project, the paper said.\n"
    "The new firm will build an ammonia plant capable of producing 850,000 tons a year and a"
    " urea plant with a capacity of 600,000 tons a year, the daily reported."
)


def test_a_dateline_s_day_then_a_company_and_co() -> None:
    found = read(VENTURE, "en", "2011-08-30")
    assert {"Kelvo & Co", "Tarvo Chemicals"} <= orgs(found)
    assert not any(" and " in name for name in orgs(found))


def test_the_venture_s_partners_said_first_are_each_plant_s() -> None:
    found = read(VENTURE, "en", "2011-08-30")
    names = {p.new.key: p.new.name for p in found if p.new}
    for plant in ("Ammonia plant", "Urea plant"):
        parties = {names[p.plain_value()["org"]] for p in about(found, plant, "parties")}
        assert parties == {"Kelvo & Co", "Tarvo Chemicals"}, plant


def test_the_paper_that_said_it_is_no_trade() -> None:
    found = read(VENTURE, "en", "2011-08-30")
    assert "Pulp and paper" not in sector_names(found)
    mill = read("Kelvo Group will build a paper mill in Sohar.", "en", "2011-08-30")
    assert "Pulp and paper" in sector_names(mill)


def test_a_legal_form_before_and_ends_the_first_company() -> None:
    found = read(
        "Kelvo Corp and Tarvo Chemicals will build a fertiliser plant in Sohar. Dunmore & Cie"
        " will supply it.",
        "en",
        "2011-08-30",
    )
    assert {"Kelvo Corp", "Tarvo Chemicals", "Dunmore & Cie"} <= orgs(found)


CEMENT = (
    "Investors from Qatar have opened a $260m cement factory in Salalah City in southern Oman."
    " The 22 square-kilometre integrated factory plans to produce 1.5 million tonnes of cement a"
    " year. The site will also contain a 36MW power plant to provide the plant with electricity."
    " The plant is owned by the local Kelvo Cement Company.\n"
    "This promises to help the country reach its production goal of nine million tonnes of"
    " cement a year.\n"
    "In June 2007, the Kelvo Finance Corporation (KFC), the private sector arm of the Tarvo Bank,"
    " extended a $70m loan."
)


def test_a_town_said_with_city_keeps_it() -> None:
    found = read(CEMENT, "en", "2010-04-07")
    assert projects(found) == {"Cement factory at Salalah City"}
    [where] = locations(found)
    assert where["locality"] == "Salalah City"


def test_a_region_spelled_with_ou_for_aw() -> None:
    found = read(
        "Kelvo Corp has opened a cement factory in Mukalla in the Hadramout province.",
        "en",
        "2010-04-07",
    )
    [where] = locations(found)
    assert where["region"] == "Hadramout"


def test_the_plant_said_again_by_its_site_s_area_and_its_power_plant() -> None:
    found = read(CEMENT, "en", "2010-04-07")
    plant = "Cement factory at Salalah City"
    assert [p.plain_value()["value"] for p in about(found, plant, "capacity")] == [1_500_000]
    [part] = about(found, plant, "components")
    assert part.plain_value()["name"] == {"en": "Power plant"}


def test_the_country_s_goal_and_the_bank_whose_arm_lends() -> None:
    found = read(CEMENT, "en", "2010-04-07")
    plant = "Cement factory at Salalah City"
    names = {p.new.key: p.new.name for p in found if p.new}
    parties = {names[p.plain_value()["org"]] for p in about(found, plant, "parties")}
    assert "Tarvo Bank" not in parties
    assert "Kelvo Finance Corporation" in parties


def test_people_said_by_their_nationality_and_trade() -> None:
    found = read(
        "The plant is owned by the local Kelvo Cement Company and is sponsored by a consortium"
        " of Doha-based Tarvo Cement Company and Qatari businessmen Sheikh Kamal Hussein"
        " al-Tarvi and Nabil Ahmed Korvan, as well as five other minority shareholders.",
        "en",
        "2010-04-07",
    )
    assert {"Kamal Hussein al-Tarvi", "Nabil Ahmed Korvan"} <= people(found)
    assert not any("Sheikh" in name for name in people(found))
    assert role_titles(found, "Nabil Ahmed Korvan") == ["Qatari businessmen"]


def test_a_headline_s_tycoon_is_no_title() -> None:
    found = read(
        "Omani tycoon Kamal Tarvi’s Kelvo Electric to build $40-million factory in Sohar\n"
        "Omani company Kelvo Electric is set to build a $40-million electrical tools factory in"
        " Sohar. Its CEO Kamal Tarvi said so.",
        "en",
        "2021-04-07",
    )
    assert "Omani tycoon" not in role_titles(found, "Kamal Tarvi")


def test_a_plant_said_by_its_name_as_an_investment() -> None:
    found = read(
        "Lush Kelvo Hair, an investment by Tarvo Group in Oman for manufacturing hair products,"
        " yesterday released the first consignment of hair products made in a factory in"
        " Sohar. The minister was introduced by Ravi Kelvan the factory’s head in Southern"
        " Africa.",
        "en",
        "2021-04-07",
    )
    assert projects(found) == {"Lush Kelvo Hair"}
    names = {p.new.key: p.new.name for p in found if p.new}
    parties = {names[p.plain_value()["org"]] for p in about(found, "Lush Kelvo Hair", "parties")}
    assert parties == {"Tarvo Group"}
    assert role_titles(found, "Ravi Kelvan") == ["head in Southern Africa"]


def test_a_town_whose_name_its_article_opens() -> None:
    found = read(
        "Cinq compagnies étrangères s’installeront en Tunisie. Le premier investisseur est une"
        " firme indienne comptant opérer une fonderie à La Tour Kelvo. Elle investira 40"
        " millions de dinars.",
        "fr",
        "2017-11-20",
    )
    assert projects(found) == {"Fonderie de La Tour Kelvo"}
    [name] = about(found, "Fonderie de La Tour Kelvo", "name")
    assert name.quote == "fonderie à La Tour Kelvo"
    [where] = locations(found)
    assert where["locality"] == "La Tour Kelvo"


def test_a_minimum_capital_is_no_sum_invested() -> None:
    found = read(
        "Les facilités d'obtention de permis pour les investisseurs avec un capital à partir"
        " d'USD 100 000 sont bénéfiques. Une firme indienne va construire une fonderie à"
        " Kelvière, en Tunisie. Elle investira 40 millions de dinars.",
        "fr",
        "2017-11-20",
    )
    sums = [p.plain_value()["value"] for p in about(found, "Fonderie de Kelvière", "investment")]
    assert sums == [40_000_000]


def test_a_group_s_company_in_a_country_said_by_its_first_word() -> None:
    found = read(
        "Le groupe turc Kelvo Holding a inauguré jeudi une unité de production de pâtes"
        " alimentaires à Diamniadio, au Sénégal.\n"
        "Selon le directeur général de Kelvo Senegal, Ali Korkmaz, l’usine approvisionnera le"
        " marché sénégalais.",
        "fr",
        "2019-06-15",
    )
    assert {"Kelvo Holding", "Kelvo Senegal"} <= orgs(found)
    assert value_of(found, "Kelvo Senegal", "head") == "Ali Korkmaz"
    assert not about(found, "Kelvo Holding", "head")


STEEL_MOU = (
    "Indian conglomerate signs MoU for $500m steel mill in Mozambique\n"
    "MAPUTO — Indian steel producer Tarvo Steels Ltd on Friday signed a memorandum of"
    " understanding with the government of Mozambique to build a 1.2 million tonne per year"
    " steel mill in Beira, Sofala province.\n"
    "The mill will use iron ore from the Tete province and natural gas from the Rovuma basin."
)


def test_a_headline_s_mou_is_no_company() -> None:
    found = read(STEEL_MOU, "en", "2021-05-14")
    assert "MoU" not in orgs(found)
    assert "Tarvo Steels Ltd" in orgs(found)


def test_what_a_mill_uses_from_elsewhere_is_no_trade_of_its_own() -> None:
    found = read(STEEL_MOU, "en", "2021-05-14")
    assert sector_names(found) == {"Steel"}
    local = read(
        "Kelvo Group sealed a $350 million agreement to build a fertilizer plant in Dire Dawa."
        " The plant, which will use local natural gas and potash, will produce 2.5 million"
        " tonnes of fertilizer a year.",
        "en",
        "2022-01-14",
    )
    assert sector_names(local) == {"Fertilisers"}


def test_dates_said_after_two_plants_are_both_plants() -> None:
    found = read(
        VENTURE + " The Nikkei said construction is expected to begin by the end of 2012 and"
        " production will start by 2015.",
        "en",
        "2011-08-30",
    )
    for plant in ("Ammonia plant", "Urea plant"):
        [start] = about(found, plant, "dates.construction_start")
        assert start.plain_value()["latest"] == "2012-12-31", plant
        [opens] = about(found, plant, "dates.operation_start")
        assert opens.plain_value()["latest"] == "2015-12-31", plant


def test_a_city_said_as_a_province_s_names_the_plant_over_its_zone() -> None:
    found = read(
        "A Thai tyre manufacturer on Monday inaugurated a $45 million factory in the Kelvo"
        " Special Economic Zone in Svay Rieng province's Bavet city, creating jobs for about"
        " 1,200 Cambodian workers.",
        "en",
        "2021-09-20",
    )
    assert projects(found) == {"Factory at Bavet"}
    [where] = locations(found)
    assert (where["region"], where["locality"]) == ("Svay Rieng", "Bavet")


def test_a_part_named_by_every_kind_listed_before_its_noun() -> None:
    found = read(
        "Kelvo Textile Group will establish an integrated textile industrial complex in Sadat"
        " City. The complex will be built on an area of 2.2 million square metres and will"
        " include spinning, weaving, dyeing and garment factories.",
        "en",
        "2017-04-09",
    )
    [part] = about(found, "Integrated textile industrial complex at Sadat City", "components")
    assert part.plain_value()["name"] == {"en": "Spinning, weaving, dyeing and garment factories"}
    assert part.quote == "spinning, weaving, dyeing and garment factories"


def test_a_country_s_imports_are_no_plant_s_capacity() -> None:
    found = read(
        "Le gouvernement nigérien et la société chinoise Kelvo Cement Niger SA ont signé une"
        " convention pour la construction d’une cimenterie d’une capacité annuelle d’un million"
        " de tonnes dans la région de Tahoua. Selon le ministre, cette usine permettra de"
        " réduire les importations de ciment du pays, qui s'élèvent à plus de 500 000 tonnes"
        " par an.",
        "fr",
        "2018-10-18",
    )
    capacities = [p.plain_value() for p in found if p.field == "capacity"]
    assert [c["value"] for c in capacities] == [1_000_000]


def test_what_several_plants_cost_or_employ_together_is_no_one_plant_s() -> None:
    found = read(
        "Trois accords de partenariat ont été signés, lundi à Tunis, entre l’Agence de promotion"
        " de l’industrie et des investisseurs chinois, pour la réalisation de trois projets"
        " industriels dans la région de Sfax, pour un investissement global de 120 millions de"
        " dinars.\n"
        "Le premier projet porte sur la création d’une unité de fabrication de panneaux"
        " solaires, le deuxième sur une usine de pneumatiques et le troisième sur une unité de"
        " recyclage de plastique.\n"
        "Ces projets devraient générer 1 500 postes d’emploi.",
        "fr",
        "2019-04-22",
    )
    assert len(projects(found)) == 3
    assert not [p for p in found if p.field in ("investment", "jobs")]


def test_a_district_said_alone_is_the_region_and_with_its_province_the_town() -> None:
    alone = read(
        "A Chinese firm will build a cement plant in Uganda. The plant located in Tororo"
        " district will employ 500 people.",
        "en",
        "2018-05-01",
    )
    assert [(v["region"], v["locality"]) for v in locations(alone)] == [("Tororo", None)]
    held = read(
        "Une usine de traitement du latex sera construite dans le district de Pakxe, province"
        " laotienne de Champassak.",
        "fr",
        "2018-05-01",
    )
    assert [(v["region"], v["locality"]) for v in locations(held)] == [("Champassak", "Pakxe")]


def test_the_hands_a_plant_s_building_takes_are_its_jobs() -> None:
    found = read(
        "Kelvo-Tara Cement will build a cement factory in Sylhet, Bangladesh. The company has"
        " been employing over 1,000 people during its construction period.",
        "en",
        "2017-09-03",
    )
    [jobs] = about(found, "Cement factory at Sylhet", "jobs")
    assert jobs.plain_value()["min"] == 1000
    site = read(
        "Un industriel va construire une usine à poissons à Kelvo, en Polynésie française."
        " Pendant les deux ans de travaux prévus, 800 ouvriers sont attendus sur l'atoll.",
        "fr",
        "2015-05-01",
    )
    assert [p.plain_value()["value"] for p in site if p.field == "jobs"] == [800]


def test_a_plant_to_open_within_days_is_built() -> None:
    found = read(
        "Le japonais Kelvo ouvrira sa deuxième usine au Maroc jeudi, avec un investissement"
        " d’environ 700 millions de dollars. Kelvo a annoncé la construction de sa nouvelle"
        " usine en avril 2015.",
        "fr",
        None,
    )
    assert {p.plain_value() for p in found if p.field == "status"} == {"construction"}
    later = read("Kelvo will open a new plant in Oman next year.", "en", "2019-01-01")
    assert {p.plain_value() for p in later if p.field == "status"} == {"announced"}


def test_who_holds_a_share_of_the_project_s_capital_takes_part() -> None:
    found = read(
        "L'investisseur indien envisage d'implanter au Togo une usine de transformation du"
        " manioc à Kara. Les discussions avec le gouvernement togolais ont abouti à une"
        " répartition du capital de ce projet, de l'ordre de 75% pour la société indienne"
        " Kelvo Agro et 25% pour l'Etat togolais.",
        "fr",
        "2018-05-01",
    )
    names = {p.new.key: p.new.name for p in found if p.new}
    parties = {names[p.plain_value()["org"]] for p in found if p.field == "parties"}
    assert parties == {"Kelvo Agro", "Etat togolais"}
    company = read(
        "Kelvo Tracteurs a ouvert une usine d'assemblage de tracteurs à Samanko. C'est une"
        " société anonyme dont le capital social est détenu à hauteur de 51% par les indiens"
        " et 49% par l'Etat malien.",
        "fr",
        "2018-05-01",
    )
    assert "Etat malien" not in orgs(company)


def test_what_the_output_is_enough_for_is_no_capacity() -> None:
    found = read(
        "Kelvo Chem will build a cathode materials plant in Nysa, Poland. The plant will have an"
        " annual capacity of 100,000 tonnes when fully operational in 2027, enough for about one"
        " million electric vehicles.",
        "en",
        "2022-09-06",
    )
    assert [p.plain_value()["value"] for p in found if p.field == "capacity"] == [100_000]


def test_a_sum_said_after_an_export_zone_s_name_and_a_count_s_period_after_its_words() -> None:
    found = read(
        "Sri Lanka's Board of Investment has signed an agreement with China's Kelvo Tire"
        " Company Ltd to set up a tyre manufacturing plant in the Horana Export Processing"
        " Zone at a cost of 240 million US dollars. The plant will produce 3,000 truck and bus"
        " radial tyres per day.",
        "en",
        "2023-03-15",
    )
    assert [p.plain_value()["value"] for p in found if p.field == "investment"] == [240_000_000]
    [made] = [p.plain_value() for p in found if p.field == "capacity"]
    assert (made["value"], made["unit"]) == (3000, "units/day")


def test_a_plural_description_gives_both_companies_their_country() -> None:
    found = read(VENTURE.replace("The Japanese firms", "The Korean firms"), "en", "2011-08-30")
    assert value_of(found, "Kelvo & Co", "country") == "KR"
    assert value_of(found, "Tarvo Chemicals", "country") == "KR"


def test_a_first_consignment_released_says_the_plant_works() -> None:
    found = read(
        "Lush Kelvo Hair, an investment by Tarvo Group in Oman for manufacturing hair products,"
        " yesterday released the first truckload consignment of hair products made in a"
        " factory in Sohar.",
        "en",
        "2021-04-07",
    )
    assert value_of(found, "Lush Kelvo Hair", "status") == "operating"


def test_melamine_is_a_chemical() -> None:
    found = read(
        "Kelvo Chemicals will build a melamine plant in Sohar by 2018.", "en", "2011-08-30"
    )
    assert "Chemicals" in sector_names(found)


def test_a_decree_approves_a_convention_whose_company_takes_part_in_its_plant() -> None:
    found = read(
        "Le Conseil des ministres, réuni mercredi, a adopté un projet de décret portant"
        " approbation de la convention d'investissement entre l'État du Sénégal et la société"
        " Kelvo Industries SA, filiale du groupe turc Tarvo Holding.\n"
        "Cette convention porte sur la construction, à Sandiara, d'une usine de fabrication de"
        " tubes en acier d'une capacité de 60 000 tonnes par an.",
        "fr",
        "2022-05-12",
    )
    [convention] = named(found, "agreements")
    assert value_of(found, convention, "status") == "approved"
    names = {p.new.key: p.new.name for p in found if p.new}
    assert {names[p.plain_value()["org"]] for p in about(found, convention, "parties")} == {
        "État du Sénégal",
        "Kelvo Industries SA",
    }
    [plant] = projects(found)
    partners = {
        names[p.plain_value()["org"]]
        for p in about(found, plant, "parties")
        if p.plain_value()["role"] == "partner"
    }
    assert partners == {"Kelvo Industries SA"}


def test_a_headline_s_cost_in_its_letters_is_no_name() -> None:
    found = read(
        "Nigeria: Chinese firm begins construction of N50bn ceramics factory in Ogun\n"
        "A Chinese company, Kelvo Ceramics Nigeria Limited, has commenced the construction of a"
        " N50 billion ceramics tiles factory in Ewekoro, Ogun State.",
        "en",
        "2021-08-19",
    )
    assert projects(found) == {"Ceramics tiles factory at Ewekoro"}


def test_a_plant_approved_its_joint_venture_s_partners_and_a_freezone() -> None:
    found = read(
        "The ministry has approved a $1.2 billion nickel processing plant to be built by"
        " Kelvo Mineração in the Sohar Freezone in Oman. The plant, a joint"
        " venture between Kelvo Mineração (70%) and Oman's Tarvo Investment Authority (30%), will"
        " process 50,000 tonnes of nickel matte a year.",
        "en",
        "2024-02-18",
    )
    [plant] = projects(found)
    assert value_of(found, plant, "status") == "approved"
    names = {p.new.key: p.new.name for p in found if p.new}
    partners = {
        names[p.plain_value()["org"]]
        for p in about(found, plant, "parties")
        if p.plain_value()["role"] == "partner"
    }
    assert partners == {"Kelvo Mineração", "Tarvo Investment Authority"}
    [where] = locations(found)
    assert where["locality"] == "Sohar Freezone"
    others = read(
        "Kelvo va construire une usine de batteries à Dunkerque. Trois autres fabricants ont déjà"
        " démarré leurs opérations en France : ACC (coentreprise entre Stellantis, Tarvo-Benz et"
        " Norvel), et la start-up française Verkor.",
        "fr",
        "2024-02-18",
    )
    their_names = {p.new.key: p.new.name for p in others if p.new}
    parties = {their_names[p.plain_value()["org"]] for p in others if p.field == "parties"}
    assert not {"Tarvo-Benz", "Norvel"} & parties


def test_the_owner_s_other_plant_said_by_its_noun_keeps_its_facts() -> None:
    found = read(
        "Turkish textile giant expands into Egypt\n"
        "Kelvo Tekstil, one of Turkey's largest denim producers, will build a $120 million denim"
        " factory in the Sadat City industrial zone, the company said on Wednesday.\n"
        "Founded in 1972 in Istanbul, Kelvo already operates plants in Bulgaria and Tunisia. Its"
        " Tunisian plant in Monastir, opened in 2015, produces 25 million metres of fabric a"
        " year.\n"
        "The Egyptian factory will produce 30 million metres of denim a year and create 2,000"
        " jobs when it opens in 2027.",
        "en",
        "2025-03-12",
    )
    assert "Kelvo Tekstil" in orgs(found)
    assert not people(found)
    [plant] = projects(found)
    assert [v["country"] for v in locations(found)] == ["EG"]
    assert [p.plain_value()["value"] for p in about(found, plant, "capacity")] == [30_000_000]
    assert value_of(found, plant, "status") == "announced"


def test_a_unit_s_name_before_its_apposition_and_a_country_s_output() -> None:
    found = read(
        "LUSAKA — Kelvo Copper Zambia, a unit of China's Tarvo Nonferrous Group, plans to invest"
        " $300 million in a new copper smelter in Chingola, Copperbelt Province.\n"
        "Zambia, Africa's second-largest copper producer, produced 763,000 tonnes of copper last"
        " year and aims to reach 3 million tonnes by 2031.\n"
        "The smelter, with capacity to process 250,000 tonnes of concentrate annually, will"
        " create 1,000 jobs.",
        "en",
        "2023-06-02",
    )
    assert "Kelvo Copper Zambia" in orgs(found)
    assert [p.plain_value()["value"] for p in found if p.field == "capacity"] == [250_000]


def test_a_plant_opened_on_a_date_said_between_commas_and_a_scheme_s_letters() -> None:
    found = read(
        "Le groupe indien Kelvo Textiles a officiellement ouvert, le 5 mars, sa nouvelle usine"
        " de confection de vêtements à Antsirabe, à Madagascar. Elle produira 4 millions de"
        " pièces par an, destinées aux marchés européen et américain dans le cadre de l'AGOA.",
        "fr",
        "2019-03-07",
    )
    [plant] = projects(found)
    [opened] = about(found, plant, "dates.operation_start")
    assert opened.plain_value()["earliest"] == "2019-03-05"
    assert "AGOA" not in orgs(found)


def test_the_company_a_plant_is_built_with() -> None:
    found = read(
        "South Korea's Kelvo Motors broke ground on Friday on a $2 billion electric vehicle plant"
        " in Batang, Central Java. Kelvo Motors President Lee Tarvo said the company would also"
        " build a battery plant nearby with Tarvo Energy Solution.",
        "en",
        "2024-06-03",
    )
    names = {p.new.key: p.new.name for p in found if p.new}
    parties = {names[p.plain_value()["org"]] for p in about(found, "Battery plant", "parties")}
    assert "Tarvo Energy Solution" in parties
