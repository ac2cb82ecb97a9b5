"""Fifty-fourth round: what the first reading of held-out set BR showed the reader could not
read, in words any article may use, with names no list knows.

- "Kooper Tire & Rubber Company, a subsidiary of American tire giant Goodvear Tire & Rubber
  Company": two names the same but for one unlike word are two companies; "X, Party chief of
  Thies": a title, the town no organisation.
- "the second phase of its factory …, valued at 200 million U.S. dollars, … 2.6 million radial
  tires for passenger vehicles … over 2 billion yuan (about 281.83 million U.S. dollars)", "A city
  known for its manufacturing industries": a sum in dotted dollars is no count of things made; the
  vehicles tyres fit and a town's trades are no plant's.
- "inaugurated the 2Mta Kelvo Cement plant, in the district of Kédougou", "by the Chinese Norvel
  International Holding", "including a quarry and residential complex for some of the 300
  permanent staff", "Kelvo Cement has its own coal-fired 36MW power station", "the country now has
  16 cement plants, which have a production capacity of over 7Mta. Of the total number, nine
  factories are in Dakar": a company's name with its trade is no town; the nationality is whose
  it is; two parts said as one; the staff are jobs; the plant's own power station is its part,
  its power the part's; a country's plants, counted where they stand, give no output and are no
  project.
- "la KELMAR, … a fait part de son projet de procéder dans un proche avenir à l'augmentation de sa
  production grâce à la mise en service d'une nouvelle usine", "Karim Tarvel (Vice-président du
  Groupe), Salim Norvani (Directeur général Régional)", "100 millions d'euros (65 milliards 600
  millions de FCFA)": capitals after "la" are a company's letters; a plan to do names nothing and
  told is announced; a title in brackets is the person's, and of the article's one company; a sum
  in billions and millions is one.
- "Le constructeur automobile chinois Kelvo projette de construire une usine … Un accord
  préliminaire a été signé en ce sens … Des responsables des deux entreprises chinoises doivent se
  rendre au mois de mai au Sénégal pour signer un accord avec le gouvernement sénégalais … Kelvo
  Auto, aussi connu sous son nom chinois Tarhua": the agreement signed to that end is the plant's;
  the journey to sign is a signing to come; the other name is the company's.
- "in Barra do Dande Free Trade Zone" (here "Porto do Sol"): the zone's name keeps its particle;
  "The project is the result of a partnership with China's X": no agreement told.

And what probes of the press's common forms showed: "va investir 358 millions de dollars dans une
deuxième usine", "a confirmé son intention de lancer une usine", "is working on a plant" (a plant
meant: announced); "who attended the signing of the contract in Belgrade" (a contract signed);
"Kelvo Industries Inc., a Japanese major", "the Korean conglomerate" (the country); "L'entreprise
mauricienne compte investir" (the company named before); "The Tarvel Investment Authority and the
company signed an agreement in this regard" (the plant's agreement, the plant's builder a signer);
"Major General X", "Executive Chairman Brigadier X" (the rank says a person, no word of the name).
"""

from __future__ import annotations

from .reading import (
    about,
    named,
    orgs,
    people,
    projects,
    read,
    role_titles,
    sector_names,
    value_of,
)

TYRES = (
    "THIES, June 1 -- Kooper Tire & Rubber Company, a subsidiary of American tire giant Goodvear"
    " Tire & Rubber Company, on Wednesday started the construction of the second phase of its"
    " factory in the city of Thiès in Senegal."
)


def test_two_companies_one_word_apart_are_two() -> None:
    found = read(TYRES, "en", "2023-06-01")
    assert {"Kooper Tire & Rubber Company", "Goodvear Tire & Rubber Company"} <= orgs(found)
    assert value_of(found, "Goodvear Tire & Rubber Company", "country") == "US"
    assert not about(found, "Kooper Tire & Rubber Company", "country")


def test_a_towns_party_chief_is_a_title() -> None:
    found = read(
        '"The expansion of Kelvo Group in Thies shows the confidence of foreign capital," said'
        " Amadou Diallo, Party chief of Thies, adding that the city will grow.",
        "en",
        "2023-06-01",
    )
    assert role_titles(found, "Amadou Diallo") == ["Party chief of Thies"]
    secretary = read("Amadou Diallo, Party secretary of Thies, said the plant will open.", "en")
    assert role_titles(secretary, "Amadou Diallo") == ["Party secretary of Thies"]
    assert value_of(secretary, "Amadou Diallo", "roles")["org"] is None
    assert "Thies" not in orgs(secretary)


EXPANSION = (
    "Kelvo Tire, a subsidiary of Norvel Group, on Wednesday started the construction of the"
    " second phase of its factory in the city of Thies in Senegal. Once completed, the new"
    " project, valued at 200 million U.S. dollars, is expected to produce 2.6 million radial"
    " tires for passenger vehicles every year. This will bring the total annual output value of"
    " Kelvo's Thies company to over 2 billion yuan (about 281.83 million U.S. dollars).\n\n"
    "A city known for its manufacturing industries, Thies plans to boost its car industry."
)


def test_a_sum_in_dotted_us_dollars_is_no_count_of_things_made() -> None:
    found = read(EXPANSION, "en", "2023-06-01")
    [capacity] = about(found, "Factory at Thiès", "capacity")
    assert capacity.plain_value()["value"] == 2_600_000


def test_the_vehicles_tyres_fit_and_the_towns_trades_are_no_plants() -> None:
    found = read(EXPANSION, "en", "2023-06-01")
    assert sector_names(found) == {"Rubber and tyres"}


CEMENT = (
    "Kelvo Cement plant inaugurated\n\n27 May 2021\n\n"
    "Senegalese President Macky Sall inaugurated the 2Mta Kelvo Cement plant, in the district of"
    " Kédougou, on Wednesday.\n\n"
    "The US$330m investment by the Chinese Norvel International Holding sees the creation of a"
    " greenfield plant on 400ha, including a quarry and residential complex for some of the 300"
    " permanent staff.\n\n"
    "Kelvo Cement has its own coal-fired 36MW power station. Water is taken from the Gambia River"
    " basin and treated to serve the plant.\n\n"
    "President Sall said the country now has 16 cement plants, which have a production capacity"
    " of over 7Mta. Of the total number, nine factories are in Dakar and the others in Thiès,"
    " Louga and Kaolack regions. There are two others under construction, one in Matam and"
    " another in Dakar."
)


def test_a_plant_named_after_a_company_and_its_trade_is_in_no_town_of_that_name() -> None:
    found = read(CEMENT, "en", "2021-05-27")
    location = value_of(found, "Kelvo Cement plant", "location")
    assert (location["region"], location["locality"]) == ("Kédougou", None)


def test_the_output_of_every_plant_of_a_country_is_no_plants() -> None:
    found = read(CEMENT, "en", "2021-05-27")
    capacities = [p.plain_value() for p in about(found, "Kelvo Cement plant", "capacity")]
    assert {"value": 2_000_000, "unit": "t/yr"}.items() <= capacities[0].items()
    assert not [c for c in capacities if (c["min"] or c["value"]) == 7_000_000]
    french = read(
        "Kelvo Cement a inauguré son usine de 2 Mt/an à Kédougou. Le Sénégal compte désormais 16"
        " cimenteries, d'une capacité totale de 7 millions de tonnes par an.",
        "fr",
    )
    assert [p.plain_value()["value"] for p in about(french, "Usine de Kédougou", "capacity")] == [
        2_000_000
    ]


def test_a_nationality_before_a_companys_own_name_is_whose_it_is() -> None:
    found = read(CEMENT, "en", "2021-05-27")
    assert "Norvel International Holding" in orgs(found)
    [country] = about(found, "Norvel International Holding", "country")
    assert (country.plain_value(), country.quote) == ("CN", "Chinese Norvel International Holding")
    group = read("The plant was built by the Turkish Norvel Group in Thiès.", "en")
    assert value_of(group, "Norvel Group", "country") == "TR"
    # a name of common words keeps its nationality
    steel = read("The plant was built by the Egyptian Steel Company in Thiès.", "en")
    assert "Egyptian Steel Company" in orgs(steel)


def test_a_plants_staff_counted_are_its_jobs() -> None:
    found = read(CEMENT, "en", "2021-05-27")
    assert value_of(found, "Kelvo Cement plant", "jobs")["value"] == 300
    staff = read("The plant in Thiès will have 250 staff.", "en")
    assert value_of(staff, "Plant at Thiès", "jobs")["value"] == 250


def test_a_plants_own_power_station_is_its_part_and_its_power_the_parts() -> None:
    found = read(CEMENT, "en", "2021-05-27")
    parts = [
        p.plain_value()["name"]["en"] for p in about(found, "Kelvo Cement plant", "components")
    ]
    assert "Coal-fired power station" in parts
    capacities = [p.plain_value() for p in about(found, "Kelvo Cement plant", "capacity")]
    assert [c["unit"] for c in capacities] == ["t/yr"]


def test_a_quarry_and_a_complex_said_as_one_are_two_parts() -> None:
    found = read(CEMENT, "en", "2021-05-27")
    parts = [
        p.plain_value()["name"]["en"] for p in about(found, "Kelvo Cement plant", "components")
    ]
    assert {"Quarry", "Residential complex"} <= set(parts)


def test_plants_counted_where_they_stand_are_no_project() -> None:
    found = read(CEMENT, "en", "2021-05-27")
    assert projects(found) == {"Kelvo Cement plant"}
    assert value_of(found, "Kelvo Cement plant", "status") == "operating"


CLINKER = (
    "KELMAR\n100 millions d’euros pour booster la production\n\n"
    "Opérant au Sénégal depuis 2016 dans la production et la vente de ciment, la KELMAR, à"
    " l’occasion d’une rencontre avec le Premier ministre a fait part de son projet de procéder"
    " dans un proche avenir à l’augmentation de sa production grâce à la mise en service d’une"
    " nouvelle usine.\n\n"
    "La KELMAR compte répondre efficacement à la forte demande exprimée ces dernières années en"
    " matière de ciment. Le cimentier marocain qui a déjà annoncé prendre de nouvelles mesures"
    " pour remédier à la pénurie. Les responsables de ladite société sont allés faire état au"
    " chef du gouvernement, Amadou Ba de leurs avancées sur ce projet.\n\n"
    "Il s’est agi précisément pour Karim Tarvel (Vice-président du Groupe), Salim Norvani"
    " (Directeur général Régional) et Omar Kelly Diop (Directeur général adjoint pays) de"
    " rencontrer le chef du gouvernement. Il a donc été question du démarrage de l’usine de"
    " traitement de clinker de Kayar.\n\n"
    "Ce projet ambitieux nécessitera selon les responsables marocains, un investissement de"
    " l’ordre de 100 millions d’euros (65 milliards 600 millions de FCFA). Il devra générer plus"
    " de cinq cents emplois directs."
)

CLINKER_PLANT = "Usine de traitement de clinker de Kayar"


def test_a_plan_to_do_names_no_project_and_told_is_announced() -> None:
    found = read(CLINKER, "fr", "2019-05-01")
    assert projects(found) == {"Usine de traitement de clinker de Kayar"}
    assert value_of(found, "Usine de traitement de clinker de Kayar", "status") == "announced"


def test_a_sum_in_billions_and_millions_is_one_sum() -> None:
    found = read(CLINKER, "fr", "2019-05-01")
    sums = [p.plain_value() for p in about(found, CLINKER_PLANT, "investment")]
    assert [(s["value"], s["currency"]) for s in sums] == [(100_000_000, "EUR")]
    alone = read("La cimenterie de Kayar coûtera 65 milliards 600 millions de FCFA.", "fr")
    [said] = about(alone, "Cimenterie de Kayar", "investment")
    assert (said.plain_value()["value"], said.quote) == (
        65_600_000_000,
        "65 milliards 600 millions de FCFA",
    )


def test_capitals_after_la_or_le_are_a_companys_letters() -> None:
    found = read(CLINKER, "fr", "2019-05-01")
    assert "KELMAR" in orgs(found)
    party = about(found, CLINKER_PLANT, "parties")
    assert [p.quote for p in party] == ["KELMAR"]
    # a measure, a title, a country, a zone: no body
    other = read(
        "La SOCOCIM va construire une usine à Kayar, selon le PDG. Le PIB de la RDC croît, et"
        " la ZEE attire les investisseurs.",
        "fr",
    )
    assert orgs(other) == {"SOCOCIM"}


def test_a_title_in_brackets_after_pour_and_a_name_is_the_persons() -> None:
    found = read(CLINKER, "fr", "2019-05-01")
    assert {"Karim Tarvel", "Salim Norvani", "Omar Kelly Diop"} <= people(found)
    assert role_titles(found, "Karim Tarvel") == ["Vice-président"]


def test_a_company_title_in_an_article_of_one_company_is_that_companys() -> None:
    found = read(CLINKER, "fr", "2019-05-01")
    [kelmar] = {p.new.key for p in found if p.new and p.new.name == "KELMAR"}
    for person in ("Karim Tarvel", "Salim Norvani", "Omar Kelly Diop"):
        assert value_of(found, person, "roles")["org"] == kelmar
    # the head of government holds no company's title
    assert value_of(found, "Amadou Ba", "roles")["org"] is None


CARS = (
    "La manufacture coûtera plus de vingt milliards de f.cfa\n"
    "Le constructeur automobile chinois Kelvo projette de construire une usine d'une capacité de"
    " 50.000 véhicules par an à Thiès, au Sénégal, pour vendre des voitures et des camions sur le"
    " continent africain, a rapporté mercredi le China Daily. Un accord préliminaire a été signé"
    " en ce sens entre Kelvo Automotive Holdings et la société d'investissement chinoise Norvel"
    " Invest. L'investissement se montera à 300 millions de yuans, a précisé Wang Tao, le"
    " président de Norvel Invest.\n"
    "Des responsables des deux entreprises chinoises doivent se rendre au mois de mai au Sénégal"
    " pour signer un accord avec le gouvernement sénégalais, ajoute le journal. Kelvo Auto, aussi"
    " connu sous son nom chinois Tarhua, a créé en juin dernier une filiale, Tarhua Africa"
    " Investment Co. Ltd, pour promouvoir ses ventes sur le continent africain."
)


def test_the_other_name_a_company_goes_by_is_its_name() -> None:
    found = read(CARS, "fr", "2012-03-01")
    # (the maker said short, then with its trade's word: one company, "Kelvo Auto")
    names = [p.plain_value()["fr"] for p in about(found, "Kelvo Auto", "name")]
    assert "Tarhua" in names
    assert value_of(found, "Kelvo Auto", "country") == "CN"
    english = read(
        "Kelvo Motors will build a car plant in Thiès. Kelvo Motors, also known as Tarhua, makes"
        " buses.",
        "en",
    )
    assert [p.plain_value()["en"] for p in about(english, "Kelvo Motors", "name")] == [
        "Kelvo Motors",
        "Tarhua",
    ]
    assert projects(english) == {"Car plant at Thiès"}
    # said first, its other name between it and its act
    first = read("Kelvo Motors, also known as Tarhua, will build a car plant in Thiès.", "en")
    assert "Kelvo Motors" in orgs(first)
    assert projects(first) == {"Car plant at Thiès"}


def test_an_agreement_signed_to_that_end_is_the_plants() -> None:
    found = read(CARS, "fr", "2012-03-01")
    [plant] = {p.new.key for p in found if p.new and p.new.name == "Usine de Thiès"}
    assert value_of(found, "Accord préliminaire", "projects") == plant


def test_a_journey_to_sign_an_agreement_is_a_signing_to_come() -> None:
    found = read(CARS, "fr", "2012-03-01")
    deal = "Accord avec le gouvernement sénégalais"
    assert value_of(found, deal, "status") == "proposed"
    event = value_of(found, deal, "events")
    assert (event["type"], event["date"]["earliest"][:7]) == ("signed", "2012-05")
    english = read(
        "Kelvo Motors plans a car plant in Thiès. Its managers will travel to Dakar in May to sign"
        " an agreement with the Senegalese government.",
        "en",
        "2012-03-01",
    )
    assert [
        p.plain_value() for p in english if p.field == "status" and p.new.kind == "agreements"
    ] == ["proposed"]


def test_a_zones_name_keeps_its_portuguese_particle() -> None:
    for text in (
        "DAKAR, Jan. 16 -- Senegalese President Macky Sall has inaugurated an electrolytic"
        " aluminum plant in Porto do Sol Free Trade Zone, Thiès region.",
        "President Macky Sall has inaugurated an electrolytic aluminum plant in the Porto do Sol"
        " Free Trade Zone, Thiès region.",
    ):
        found = read(text, "en", "2026-01-17")
        name = "Electrolytic aluminum plant in the Porto do Sol Free Trade Zone"
        assert projects(found) == {name}
        location = value_of(found, name, "location")
        assert (location["country"], location["region"]) == ("SN", "Thiès")


def test_a_project_said_to_come_of_a_partnership_tells_no_agreement() -> None:
    found = read(
        "The Thiès aluminum plant is the result of a partnership with China's Kelvo Group and is"
        " planned to be developed in five phases.",
        "en",
    )
    assert not [p for p in found if p.new and p.new.kind == "agreements"]
    assert "Kelvo Group" in orgs(found)


def test_a_plant_meant_or_in_the_making_is_announced() -> None:
    for text in (
        "Kelvo va investir 358 millions de dollars dans une deuxième usine à Kayar.",
        "Kelvo a confirmé son intention de lancer une usine à Kayar.",
    ):
        found = read(text, "fr")
        assert [p.plain_value() for p in found if p.field == "status"] == ["announced"]
    english = read("Kelvo is working on a plant to make sugar in Thiès.", "en")
    assert [p.plain_value() for p in english if p.field == "status"] == ["announced"]


def test_the_signing_of_the_contract_attended_is_a_contract_signed() -> None:
    found = read(
        "Kelvo Tyre Co will build a tyre factory in Zrenjanin. Serbian President Aleksandar Vucic,"
        " who attended the signing of the contract in Belgrade, hailed the investment.",
        "en",
        "2019-05-12",
    )
    assert value_of(found, "Contract", "status") == "signed"
    [plant] = {p.new.key for p in found if p.new and p.new.kind == "projects"}
    assert value_of(found, "Contract", "projects") == plant


def test_a_company_said_a_nationalitys_major_is_of_that_country() -> None:
    found = read("Kelvo Industries Inc., a Japanese major, will build a plant in Kabwe.", "en")
    assert value_of(found, "Kelvo Industries Inc.", "country") == "JP"
    giant = read("Tarvel Group, the Korean conglomerate, will build a plant in Kabwe.", "en")
    assert value_of(giant, "Tarvel Group", "country") == "KR"


def test_the_company_said_by_its_nationality_after_l_is_the_one_named_before() -> None:
    found = read(
        "Kelvo Textiles va construire une usine à Kayar. L'entreprise mauricienne compte investir"
        " 10 millions de dollars.",
        "fr",
    )
    assert value_of(found, "Kelvo Textiles", "country") == "MU"


def test_an_agreement_in_this_regard_between_a_body_and_the_company() -> None:
    found = read(
        "South Korea's Kelvo Apparel Ltd will set up a garment factory in Thiès with an investment"
        " of $150 million.\n\nThe Tarvel Investment Authority and the company signed an agreement"
        " in this regard in Dakar on Sunday.",
        "en",
        "2023-10-15",
    )
    [plant] = named(found, "projects")
    [kelvo] = {p.new.key for p in found if p.new and p.new.name == "Kelvo Apparel Ltd"}
    assert value_of(found, "Agreement", "projects") == about(found, plant, "name")[0].new.key
    signers = [p.plain_value()["org"] for p in about(found, "Agreement", "parties")]
    assert kelvo in signers and len(signers) == 2


def test_a_military_rank_before_a_name_says_a_person_and_is_no_word_of_it() -> None:
    for text in (
        "Colonel Amadou Diallo signed the agreement with Kelvo.",
        "Major General Amadou Diallo signed the agreement with Kelvo.",
        "Tarvel Executive Chairman Brigadier Amadou Diallo signed the agreement with Kelvo.",
    ):
        assert people(read(text, "en")) == {"Amadou Diallo"}
