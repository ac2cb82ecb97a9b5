"""Forty-ninth round: what the first reading of held-out set BM showed the reader could not
read, in words any article may use, with names no list knows.

- "Announcement about Chinese factory to be built in Thiès made without …": a headline's
  preposition before the plant, its article dropped; the plant is described, not named.
- "Ladite cimenterie baptisée « Société industrielle sénégalo-turque (KELVO SA) »": a name given
  in quotes is the quotes' words, lower case and brackets among them; given so, it is the
  plant's only name (the words that described it name it no more); "l'inauguration de cette
  usine moderne marque une étape": a verb, no word of a plant's name.
- "a US$1 billion cement plant to be built in the Zorvan area, Kilifi county": the town whose
  surroundings are said is the plant's.
- "the signing ceremony on the project's partnership between A and B": a partnership signed,
  titled by its noun (its owner's possessive qualifies it).
- "to construct the greenfield plant in Mombasa company officials said here": a town, then
  the company's people who speak, no company of that town.
- "Singapore-headquartered Kelvo Corporation": where its seat is, no word of its name.
- "a inauguré lundi la Nouvelle société des textiles du Kelvoland (NSTK)": a company whose name
  is in words of the language, inaugurated, is the plant, named so, and no company besides;
  "Une centrale solaire viendra prochainement renforcer la production énergétique": the
  plant's own, a component, no project of its own.
"""

from __future__ import annotations

from .reading import about, locations, orgs, projects, read, role_titles, value_of

HEADLINE = (
    "Announcement about Chinese factory to be built in Thiès made without informing mayor\n"
    "On Monday, the minister announced that the Chinese automotive company Kelvo will be opening"
    " a factory in Thiès. The investment is worth more than CFA 50 billion."
)


def test_a_headline_s_preposition_before_a_plant_names_nothing() -> None:
    found = read(HEADLINE, "en", "2025-01-15")
    assert projects(found) == {"Factory at Thiès"}
    assert value_of(found, "Factory at Thiès", "name") == {"en": "Factory at Thiès"}


CEMENT = (
    "Le président a procédé à l’inauguration d’une cimenterie à Thiès.\n"
    "Ladite cimenterie baptisée « Société industrielle sénégalo-turque (KELVO SA) », est une"
    " industrie spécialisée dans la production du ciment.\n"
    "Elle détient une capacité de production de 2 000 tonnes de ciment par jour.\n"
    "Pour son directeur, « l’inauguration de cette usine moderne marque une étape importante »."
)


def test_a_name_given_in_quotes_is_the_plant_s_only_name() -> None:
    found = read(CEMENT, "fr", "2025-03-21")
    name = "Société industrielle sénégalo-turque (KELVO SA)"
    assert projects(found) == {name}
    assert [p.plain_value() for p in found if p.field == "name" and p.new.kind == "projects"] == [
        {"fr": name}
    ]
    assert value_of(found, name, "capacity")["value"] == 2000
    # said without quotes, a name of capitals still names it, alone
    plain = read(
        "Kelvo opened a cement plant in Thiès in 2020. The plant, called Nova Works, employs"
        " 300 people.",
        "en",
    )
    assert projects(plain) == {"Nova Works"}
    assert value_of(plain, "Nova Works", "name") == {"en": "Nova Works"}


def test_the_town_whose_area_is_said_places_the_plant() -> None:
    found = read(
        "Chinese investors announced a US$1 billion cement plant to be built in the Zorvan area,"
        " in Kenya's Kilifi county.",
        "en",
    )
    [place] = locations(found)
    assert (place["country"], place["locality"]) == ("KE", "Zorvan")
    assert projects(found) == {"Cement plant at Zorvan"}


def test_a_partnership_said_signed_with_its_owner_s_possessive() -> None:
    found = read(
        "Kelvo will build a cement plant in Thiès. During a press conference on Wednesday for"
        " the signing ceremony on the project’s partnership between Kelvo Investments Ltd and"
        " Tarvel Holding, the two companies signed a US$1 billion funding for the project.",
        "en",
    )
    assert value_of(found, "Partnership", "title") == {"en": "Partnership"}
    assert value_of(found, "Partnership", "instrument") == "partnership"
    parties = {p.value.org for p in about(found, "Partnership", "parties")}
    assert len(parties) == 2
    # a partnership only wished for is still none
    wished = read(
        "Kelvo will build a cement plant in Thiès. The project’s partnership between Kelvo"
        " Investments Ltd and Tarvel Holding could grow.",
        "en",
    )
    assert not [p for p in wished if p.field == "instrument"]


def test_a_town_before_the_company_s_people_is_still_a_town() -> None:
    found = read(
        "Kelvo will set up a $1.2 billion fertilizer plant in Kenya. Kelvo Fertilizer Limited has"
        " signed agreements to construct the greenfield plant in Mombasa company officials said"
        " here.",
        "en",
        "2013-02-24",
    )
    assert [(p["country"], p["locality"]) for p in locations(found)] == [("KE", "Mombasa")]
    # a town before a company's noun is still where the company is from
    seat = read("Mombasa company to build a tuna plant in Thiès.", "en")
    assert [p["locality"] for p in locations(seat)] == ["Thiès"]


def test_where_a_company_s_seat_is_said_before_it_is_no_word_of_its_name() -> None:
    found = read(
        "Singapore-headquartered Kelvo Corporation has 45 manufacturing sites across 20"
        " countries. It will build a plant in Thiès.",
        "en",
    )
    assert "Kelvo Corporation" in orgs(found)
    assert not [name for name in orgs(found) if "headquartered" in name]
    assert value_of(found, "Kelvo Corporation", "country") == "SG"


TEXTILES = (
    "Le chef de l'État a inauguré lundi la Nouvelle société des textiles du Kelvoland (NSTK) au"
    " quartier Bekou, à Thiès. Il a visité les installations de l'usine ultra-moderne.\n"
    "La NSTK a une capacité de production de 12.000 mètres de tissus par jour.\n"
    "Une centrale solaire viendra prochainement renforcer la production énergétique."
)


def test_a_company_named_in_words_and_inaugurated_is_the_plant() -> None:
    found = read(TEXTILES, "fr", "2020-01-15")
    name = "Nouvelle société des textiles du Kelvoland"
    assert projects(found) == {name}
    assert name not in orgs(found)
    assert value_of(found, name, "capacity")["value"] == 12000
    assert value_of(found, name, "status") == "operating"
    assert value_of(found, name, "components")["name"] == {"fr": "Centrale solaire"}
    # a solar plant of its own, not said to serve another, stays a project
    solar = read("Kelvo construira une centrale solaire à Thiès.", "fr")
    assert projects(solar) == {"Centrale solaire de Thiès"}


def test_a_kind_of_job_listed_after_the_first_is_counted() -> None:
    found = read(
        "Kelvo construira une cimenterie à Thiès. Elle devrait générer 110 emplois permanents,"
        " 300 saisonniers et plus de 1 300 emplois à terme.",
        "fr",
    )
    jobs = [p.plain_value() for p in found if p.field == "jobs"]
    assert [(j["value"], j["min"]) for j in jobs] == [(110, None), (300, None), (None, 1300)]
    english = read(
        "Kelvo will build a cement plant in Thiès. It will create 200 permanent jobs and 50"
        " seasonal.",
        "en",
    )
    assert [p.plain_value()["value"] for p in english if p.field == "jobs"] == [200, 50]


def test_a_plant_a_company_will_be_opening_is_announced() -> None:
    found = read(HEADLINE, "en", "2025-01-15")
    assert value_of(found, "Factory at Thiès", "status") == "announced"
    office = read("Kelvo will be opening a new office in Thiès next year.", "en")
    assert not [p for p in office if p.field == "status"]


def test_the_parts_a_park_will_have_and_the_power_of_a_part() -> None:
    found = read(
        "Kelvo announced a cement plant to be built in Thiès. “The planned industrial park will"
        " have a new clinker production line with an annual capacity of 2.7 million tons"
        " equipped with a 100 MW power generation unit and a cement grinding station with an"
        " annual capacity of 900 000 tons.”",
        "en",
    )
    name = "Cement plant at Thiès"
    parts = [p.plain_value()["name"]["en"] for p in about(found, name, "components")]
    assert parts == ["Clinker production line", "Power generation unit", "Cement grinding station"]
    capacities = [p.plain_value() for p in about(found, name, "capacity")]
    assert [(c["value"], c["unit"]) for c in capacities] == [(2_700_000, "t/yr"), (900_000, "t/yr")]


def test_a_power_station_s_megawatts_are_no_name_to_wait_for() -> None:
    found = read(
        "Kelvo will build a steel plant in Thiès with a capacity of 1 million tons a year. It will"
        " include a 50 MW power station and a port.",
        "en",
    )
    assert projects(found) == {"Steel plant at Thiès"}
    parts = [
        p.plain_value()["name"]["en"] for p in about(found, "Steel plant at Thiès", "components")
    ]
    assert parts == ["Power station", "Port"]
    assert [p.plain_value()["unit"] for p in found if p.field == "capacity"] == ["t/yr"]
    # a power station of its own, built besides, keeps its power
    apart = read(
        "Kelvo will build a steel plant in Thiès. Kelvo will also build a 50 MW power station.",
        "en",
    )
    assert projects(apart) == {"Steel plant at Thiès", "Power station"}
    assert value_of(apart, "Power station", "capacity")["value"] == 50


def test_commercial_production_begun_is_the_plant_operating_and_its_company_s_act() -> None:
    found = read(
        "Kelvo Motors, a unit of India's Tarvel Group, has begun commercial production at its new"
        " $150 million assembly plant in Thiès.",
        "en",
    )
    assert {"Kelvo Motors", "Tarvel Group"} <= orgs(found)
    assert value_of(found, "Assembly plant at Thiès", "status") == "operating"
    partners = {p.value.org for p in about(found, "Assembly plant at Thiès", "parties")}
    assert len(partners) == 2


def test_a_country_then_and_then_a_company_between_whom_a_deal_is_signed() -> None:
    found = read(
        "The pharmaceutical plant is part of a $400 million deal signed between Kenya and Kelvo"
        " Holdings of the UAE on Friday.",
        "en",
    )
    assert orgs(found) == {"Kelvo Holdings"}
    assert value_of(found, "Kelvo Holdings", "country") == "AE"


def test_a_plant_said_first_by_its_yield() -> None:
    found = read(
        "Indonesian nickel producer PT Kelvo Nickel has commissioned a 1.2 million tonne-per-year"
        " smelter at Morowali, Central Sulawesi. The $1.5 billion facility started production"
        " last month.",
        "en",
        "2024-06-10",
    )
    assert projects(found) == {"Smelter at Morowali"}
    assert value_of(found, "Smelter at Morowali", "capacity")["value"] == 1_200_000
    assert value_of(found, "Smelter at Morowali", "investment")["value"] == 1_500_000_000


def test_the_day_a_reporting_clause_was_told_dates_nothing() -> None:
    found = read(
        "Construction of a 250 MW solar farm near Ouarzazate, Morocco, by Kelvo Power, is 60"
        " percent complete, officials said on Tuesday.",
        "en",
        "2024-06-10",
    )
    assert value_of(found, "Solar farm at Ouarzazate", "status") == "construction"
    assert not [p for p in found if p.field.startswith("dates.")]
    # the day inside the act's words is still its own
    opened = read(
        "Kelvo Power inaugurated on Tuesday a solar farm near Ouarzazate.", "en", "2024-06-10"
    )
    assert value_of(opened, "Solar farm at Ouarzazate", "dates.operation_start")["earliest"] == (
        "2024-06-04"
    )


def test_works_begun_weeks_ago_and_due_to_finish() -> None:
    found = read(
        "Work on the $120 million glass factory in Tunisia's Gabès, a project of Turkish"
        " glassmaker Kelvo Cam, started two weeks ago and is scheduled to finish by the end of"
        " next year.",
        "en",
        "2024-06-10",
    )
    name = "Glass factory at Gabès"
    assert value_of(found, name, "status") == "construction"
    start = value_of(found, name, "dates.construction_start")
    assert (start["earliest"], start["latest"]) == ("2024-05-20", "2024-06-03")
    assert value_of(found, name, "dates.completion")["latest"] == "2025-12-31"
    delivered = read(
        "Les travaux de la cimenterie de Kelvo à Thiès, lancés il y a trois mois, avancent. L'usine"
        " devrait être livrée au premier semestre 2026.",
        "fr",
        "2024-06-10",
    )
    end = value_of(delivered, "Cimenterie de Thiès", "dates.completion")
    assert (end["earliest"], end["latest"]) == ("2026-01-01", "2026-06-30")
    begun = value_of(delivered, "Cimenterie de Thiès", "dates.construction_start")
    assert (begun["earliest"], begun["latest"]) == ("2024-02-11", "2024-04-11")


def test_a_plant_said_again_by_its_words_is_the_plant_they_described() -> None:
    found = read(
        "Kelvo Group will build a fertiliser plant in Eldoret and a feed mill in Nakuru. The"
        " fertiliser plant will produce 100,000 tonnes a year, while the feed mill will have a"
        " capacity of 60,000 tonnes.",
        "en",
    )
    assert value_of(found, "Fertiliser plant at Eldoret", "capacity")["value"] == 100_000
    assert value_of(found, "Feed mill at Nakuru", "capacity")["value"] == 60_000


def test_output_to_start_and_works_begun_said_in_a_clause() -> None:
    found = read(
        "Kelvo said its plant in Thiès would start producing electric buses in the third quarter"
        " of next year.",
        "en",
        "2024-06-10",
    )
    start = value_of(found, "Plant at Thiès", "dates.operation_start")
    assert (start["earliest"], start["latest"]) == ("2025-07-01", "2025-09-30")
    clause = read(
        "L'usine de Kelvo à Kénitra, dont la construction a démarré l'an dernier, entrera en"
        " production en 2025.",
        "fr",
        "2024-06-10",
    )
    assert value_of(clause, "Usine de Kénitra", "status") == "construction"
    assert value_of(clause, "Usine de Kénitra", "dates.construction_start")["earliest"] == (
        "2023-01-01"
    )


def test_a_memorandum_by_its_noun_alone() -> None:
    found = read(
        "The memorandum, signed in Rabat on March 3 by Industry Minister Ryad Tarvo and Kelvo"
        " chairman Li Wei, provides for a $1 billion battery gigafactory in Kenitra.",
        "en",
        "2024-06-10",
    )
    assert value_of(found, "Memorandum", "instrument") == "mou"
    assert value_of(found, "Memorandum", "status") == "signed"
    [plant] = about(found, "Memorandum", "projects")
    assert plant.plain_value() == about(found, "Battery gigafactory at Kénitra", "name")[0].new.key


def test_a_company_s_local_arm_named_by_its_country() -> None:
    found = read(
        "Kelvo Algérie, filiale du groupe turc Tarvel, a signé un contrat avec Sonatrach pour la"
        " réalisation d'une usine de tubes à Oran.",
        "fr",
    )
    assert "Kelvo Algérie" in orgs(found)
    assert "Kelvo Algeria" in orgs(read("Kelvo Algeria signed a contract with Sonatrach.", "en"))
    # a town and its country, or two countries, are no company
    assert not orgs(read("Dakar Sénégal a signé un contrat.", "fr"))


def test_a_joint_venture_said_whose_and_a_company_that_will_assemble() -> None:
    found = read(
        "Kelvo Pharma, a joint venture between Egypt's Tarvel Holding and India's Kelvo Labs,"
        " will invest $30 million in a drug plant in Sadat City.",
        "en",
    )
    assert {"Kelvo Pharma", "Tarvel Holding", "Kelvo Labs"} <= orgs(found)
    assembler = read(
        "Tarvel Motors plans to assemble 10,000 vehicles annually at a plant in Thiès.", "en"
    )
    assert orgs(assembler) == {"Tarvel Motors"}
    assert about(assembler, "Plant at Thiès", "parties")


def test_a_company_acting_after_the_terms_it_is_reported_by() -> None:
    found = read(
        "According to the agreement, Kelvo will hold a 70 percent stake in the joint venture, which"
        " will build a $200 million aluminium smelter in Thiès.",
        "en",
    )
    assert orgs(found) == {"Kelvo"}
    assert about(found, "Aluminium smelter at Thiès", "parties")
    french = read(
        "Selon les termes de l'accord, Kelvo détiendra 70 % de la coentreprise, qui construira une"
        " usine de ciment à Thiès.",
        "fr",
    )
    assert orgs(french) == {"Kelvo"}


def test_works_to_be_launched_and_output_begun_at_a_plant() -> None:
    found = read(
        "Le chantier de la future usine de Kelvo à Thiès, d'un coût de 12 milliards de FCFA, sera"
        " lancé en septembre prochain, a indiqué le directeur général.",
        "fr",
        "2024-06-10",
    )
    start = value_of(found, "Usine de Thiès", "dates.construction_start")
    assert (start["earliest"], start["planned"]) == ("2024-09-01", True)
    output = read(
        "Production at the $1.1 billion Kelvo refinery in Duqm, a joint venture between Oman's OQ"
        " and Kuwait Petroleum International, began in February.",
        "en",
        "2024-06-10",
    )
    assert value_of(output, "Kelvo refinery", "status") == "operating"
    assert value_of(output, "Kelvo refinery", "dates.operation_start")["earliest"] == "2024-02-01"


def test_a_company_said_by_its_rank_in_the_trade_and_a_deal_initialled_elsewhere() -> None:
    found = read(
        "Kelvo, leader mondial du verre plat, investira 150 millions d'euros dans une usine de"
        " verre à Casablanca.",
        "fr",
    )
    assert orgs(found) == {"Kelvo"}
    initialled = read(
        "Une convention d'investissement a été paraphée, lundi à Tunis, entre le gouvernement"
        " tunisien et le groupe saoudien Kelvo pour la réalisation d'une raffinerie.",
        "fr",
    )
    assert not locations(initialled)


def test_capacity_expanded_from_one_figure_to_another_and_a_mill_s_owner() -> None:
    found = read(
        "Kelvo plans to expand the plant's capacity from 1 million to 2.5 million tonnes a year by"
        " 2027 at a cost of $400 million.",
        "en",
    )
    [capacity] = [p.plain_value() for p in found if p.field == "capacity"]
    assert (capacity["value"], capacity["min"], capacity["max"]) == (2_500_000, None, None)
    mill = read("La nouvelle minoterie de Kelvo à Thiès emploie 120 personnes.", "fr")
    assert orgs(mill) == {"Kelvo"}
    assert projects(mill) == {"Minoterie de Thiès"}
    assert value_of(mill, "Minoterie de Thiès", "location")["locality"] == "Thiès"


def test_a_sum_to_be_spent_on_building_a_plant_announces_it() -> None:
    found = read(
        "Japanese automaker Kelvo Motor Corp. said Tuesday it will spend 30 billion yen ($270"
        " million) to build its first plant in Egypt.",
        "en",
    )
    assert value_of(found, "Plant", "status") == "announced"
    spent = read("Kelvo will spend more time on research, its chief said.", "en")
    assert not [p for p in spent if p.field == "status"]


def test_a_company_said_in_its_signing_officer_s_title_is_a_party() -> None:
    found = read(
        "The deal was signed by Kelvo's chief executive, John Tarvel, and the country's Minister"
        " of Investment, Fatima Kelvo, at a ceremony in Nairobi.",
        "en",
    )
    [party] = about(found, "Deal", "parties")
    assert (party.quote, party.start) == ("Kelvo", len("The deal was signed by "))
    assert party.plain_value()["role"] == "signatory"


def test_a_partnership_praised_is_no_deed() -> None:
    found = read(
        "M. Tarvo, qui s'exprimait lors de la cérémonie, a salué « un partenariat"
        " gagnant-gagnant » entre les deux pays.",
        "fr",
    )
    assert not [p for p in found if p.new and p.new.kind == "agreements"]
    hailed = read("The minister hailed a win-win partnership between the two countries.", "en")
    assert not [p for p in hailed if p.new and p.new.kind == "agreements"]


def test_an_opening_planned_with_an_aside_between_and_a_part_s_power_after_its_noun() -> None:
    found = read(
        "Kelvo construira une centrale à Thiès. La mise en service de la centrale, d'un coût de"
        " 250 millions de dollars, est prévue pour le deuxième semestre 2025.",
        "fr",
        "2024-06-10",
    )
    start = value_of(found, "Centrale de Thiès", "dates.operation_start")
    assert (start["earliest"], start["latest"]) == ("2025-07-01", "2025-12-31")
    parts = read(
        "Kelvo construira une usine à Thiès. L'usine comprendra une unité de production de ciment,"
        " une centrale électrique de 30 MW et un port minéralier.",
        "fr",
    )
    names = [p.plain_value()["name"]["fr"] for p in parts if p.field == "components"]
    assert names == ["Unité de production de ciment", "Centrale électrique", "Port minéralier"]


def test_a_company_said_with_the_plants_it_has_acts_after() -> None:
    found = read(
        "Kelvo Foods, which already has two factories in Egypt, announced plans to build a noodle"
        " factory in Kisumu, Kenya.",
        "en",
    )
    assert orgs(found) == {"Kelvo Foods"}
    assert about(found, "Noodle factory at Kisumu", "parties")


def test_the_plant_said_first_by_a_cost_in_rand_or_with_its_scale_joined() -> None:
    found = read(
        "The R1.2bn plant near Durban will create 300 direct and 1,000 indirect jobs.", "en"
    )
    assert projects(found) == {"Plant at Durban"}
    assert value_of(found, "Plant at Durban", "investment")["value"] == 1_200_000_000
    joined = read(
        "The $35-million facility near Durban will produce 10 million litres of juice a year.",
        "en",
    )
    assert value_of(joined, "Facility at Durban", "investment")["value"] == 35_000_000


def test_a_company_acting_after_the_year_a_sentence_opens_on() -> None:
    found = read("In 2022, Kelvo opened a $20 million assembly plant in Thiès.", "en")
    assert orgs(found) == {"Kelvo"}
    assert about(found, "Assembly plant at Thiès", "parties")
    french = read("En 2019, Kelvo avait inauguré une première usine à Thiès.", "fr")
    assert orgs(french) == {"Kelvo"}


def test_a_town_the_lists_know_in_a_plant_s_name_is_in_its_own_country() -> None:
    found = read(
        "Kelvo Cement Ltd is a subsidiary of Tarvel Industries of India. It has invested $80"
        " million in the Thiès clinker grinding plant.",
        "en",
    )
    [place] = locations(found)
    assert (place["country"], place["locality"]) == ("SN", "Thiès")


def test_a_second_plant_in_another_town_is_another_project() -> None:
    found = read(
        "Kelvo opened an assembly plant in Thiès in 2022. It will build a second plant in Kaolack"
        " in 2025.",
        "en",
    )
    assert projects(found) == {"Assembly plant at Thiès", "Plant at Kaolack"}
    assert value_of(found, "Plant at Kaolack", "status") == "announced"
    assert value_of(found, "Assembly plant at Thiès", "status") == "operating"


def test_just_put_into_service_and_works_inaugurated() -> None:
    found = read(
        "Le groupe marocain Kelvo vient de mettre en service sa nouvelle usine de Thiès, qui"
        " produira 500 000 tonnes de ciment par an.",
        "fr",
    )
    assert value_of(found, "Usine de Thiès", "status") == "operating"
    works = read(
        "Le ministre a inauguré lundi les travaux de l'usine de Kelvo à Thiès.", "fr", "2024-06-10"
    )
    assert value_of(works, "Usine de Thiès", "status") == "construction"
    assert value_of(works, "Usine de Thiès", "dates.construction_start")["earliest"] == "2024-06-10"
    site = read("Kelvo vient d'inaugurer le chantier de son usine de Thiès.", "fr")
    assert value_of(site, "Usine de Thiès", "status") == "construction"
    opened = read("Le ministre a inauguré lundi l'usine de Kelvo à Thiès.", "fr", "2024-06-10")
    assert value_of(opened, "Usine de Thiès", "status") == "operating"


def test_a_company_named_by_a_trade_of_sugar_or_leather() -> None:
    found = read("Kelvo Sugar's new mill in Kisumu will crush 5,000 tonnes of cane a day.", "en")
    assert orgs(found) == {"Kelvo Sugar"}
    assert about(found, "Mill at Kisumu", "parties")
    leather = read("Tarvel Leather will open a shoe factory in Thiès.", "en")
    assert orgs(leather) == {"Tarvel Leather"}


def test_first_output_expected_dates_the_output_not_the_works() -> None:
    found = read(
        "Tarvel Mining Ltd said on Monday it had started construction of a $250 million gold"
        " processing plant at Kelvo in eastern Senegal, with first gold expected in late 2026.",
        "en",
        "2024-06-10",
    )
    name = "Gold processing plant at Kelvo"
    assert value_of(found, name, "status") == "construction"
    assert value_of(found, name, "dates.operation_start")["earliest"] == "2026-10-01"
    assert not about(found, name, "dates.construction_start")


SPINNING = (
    "Sénégal : le turc Kelvo lance la construction d'une usine de textile à Thiès\n"
    "Le groupe turc Kelvo Tekstil a lancé mardi les travaux de construction d'une usine de"
    " filature et de tissage à Thiès, en présence du ministre de l'Industrie, Moussa Tarvo.\n"
    "D'un coût de 75 millions d'euros, l'usine aura une capacité de 12 000 tonnes de fil par an.\n"
    "Kelvo Tekstil exploite déjà deux usines en Turquie et une en Égypte."
)


def test_plants_a_company_already_runs_elsewhere_leave_the_article_one_plant() -> None:
    found = read(SPINNING, "fr", "2024-06-12")
    assert projects(found) == {"Usine de filature et de tissage de Thiès"}
    name = "Usine de filature et de tissage de Thiès"
    assert value_of(found, name, "investment")["value"] == 75_000_000
    assert value_of(found, name, "status") == "construction"


def test_a_link_said_twice_is_one_claim() -> None:
    found = read(
        "China's Kelvo Engineering has been awarded a $180 million contract to build a cement plant"
        " in Thiès. The contract, signed on Tuesday in Dakar, covers the design and construction"
        " of the plant, which will have a capacity of 5,000 tonnes of clinker per day.",
        "en",
        "2024-06-10",
    )
    links = [(p.group, p.field) for p in found if p.field in ("agreements", "projects")]
    assert sorted(links) == sorted(set(links)) and len(links) == 2


def test_the_client_a_plant_is_built_for_is_a_party() -> None:
    found = read("Kelvo will build a cement plant in Thiès for Senegal's Tarvel Ciments.", "en")
    assert orgs(found) == {"Kelvo", "Tarvel Ciments"}
    assert value_of(found, "Tarvel Ciments", "country") == "SN"
    assert len(about(found, "Cement plant at Thiès", "parties")) == 2
    french = read("Kelvo construira une cimenterie à Thiès pour le compte de Tarvel Ciments.", "fr")
    assert orgs(french) == {"Kelvo", "Tarvel Ciments"}
    market = read(
        "The facility will manufacture fiberglass products for the North American market.", "en"
    )
    assert not orgs(market)


def test_a_minister_s_title_after_the_name_keeps_its_nationality_and_portfolio() -> None:
    found = read(
        "« Cette usine est un jalon important », a déclaré Fatou Kelvo, ministre sénégalaise de"
        " l'Industrie.",
        "fr",
    )
    assert role_titles(found, "Fatou Kelvo") == ["ministre sénégalaise de l'Industrie"]
    delegated = read(
        "Abdelatif Kelvo, ministre marocain délégué à la Défense nationale, a visité l'usine.", "fr"
    )
    assert role_titles(delegated, "Abdelatif Kelvo") == [
        "ministre marocain délégué à la Défense nationale"
    ]


def test_the_plant_manager_said_after_the_name() -> None:
    found = read(
        "Kelvo opened a factory in Thiès. According to Tarvel Kamau, the plant manager,"
        " production will start in March.",
        "en",
    )
    assert role_titles(found, "Tarvel Kamau") == ["plant manager"]


def test_progress_said_between_commas_and_a_framework_agreement_by_its_noun() -> None:
    found = read(
        "The plant, now 70% complete, is due to begin operations in the first quarter of 2025.",
        "en",
        "2024-06-10",
    )
    assert value_of(found, "Plant", "status") == "construction"
    framework = read(
        "Les deux parties ont signé, en marge du forum, un accord-cadre portant sur la réalisation"
        " d'une usine de montage de véhicules.",
        "fr",
    )
    [title] = [p.plain_value()["fr"] for p in framework if p.field == "title"]
    assert title.startswith("Accord-cadre")
    assert [p.plain_value() for p in framework if p.field == "instrument"] == ["partnership"]


def test_a_subsidiary_said_so_is_a_company_whatever_it_does() -> None:
    found = read(
        "Kelvo Ethiopia, a subsidiary of Turkey's Kelvo Textile, exported garments worth $12"
        " million last year from its factory in Hawassa.",
        "en",
    )
    assert orgs(found) == {"Kelvo Ethiopia", "Kelvo Textile"}


def test_a_large_city_is_in_its_own_country_whatever_country_is_said_nearest() -> None:
    found = read(
        "Kelvo Pharmaceuticals of India has started production at its $25 million drug factory in"
        " Kigali.",
        "en",
    )
    [place] = locations(found)
    assert (place["country"], place["locality"]) == ("RW", "Kigali")
