"""Thirty-first round: what the first reading of held-out set AU showed the reader could not
read, in words any article may use.

- "When construction is complete the company will pay …": English, no French "en
  construction" inside "When construction", so no status.
- "the Ghanaian High Commissioner to Kenya, HE Amos Kelo, the Minister of Trade and
  Industry, Hon Tom Brevi said": "HE" and "Hon" are honorifics, no word of a name, and each
  title is the one said before its name.
- "Kaito’s group managing director, Mr Amos Kelo": the company's possessive before the
  title's rank says whose title it is, and who heads the company.
- "a diamond cutting and polishing facility", "une usine de taille de diamants": diamonds,
  a trade of its own (a cut of stones, no size of the plant); "De Beers" is a name, no beer.
- "produire 600 trains", "Le premier train sorti de l'usine": rail.
- "last week officially opened its diamond cutting and polishing facility in Tema", then
  "The Tema factory runs on …": the plant named later is of the trade its first words said,
  when no other words say its trade.
- "last week officially opened its factory", then "The factory has been in operation since
  the middle of last year"; "inaugure ce jeudi 25 octobre son usine", then "Nous avons déjà
  démarré la production en juin": at work before the ceremony, since then.
- "runs on a staff complement of 53 people": 53 jobs.
- "inaugure son usine en présence du président et de plus de 300 personnes": the
  ceremony's guests, no jobs.
- "Kaito wins major Ghanaian project", then "has won a tender to develop one of the world's
  largest copper mines in Ghana": the headline's project is the mine, one mine ("Copper mine
  at Tema"), approved; "Once it goes into operation in five years' time": its start.
- "The $3bn compares with a total of $4bn which the government says foreign companies have
  invested in the country": others' money, no sum of the mine's.
- "Un industriel chinois vient d'annoncer son intention de construire une usine à poissons
  en Polynésie Française": announced, its noun's complement ("à poissons") a word of its
  name; "Le projet de Wang Chen, patron de X": his project, no name of it; "concerne l'atoll
  de Hao": Hao its town; "La ferme aquacole": fisheries; "pendant les deux ans de travaux
  prévus, 800 ouvriers sont attendus": the building site's hands, no jobs.
- "Un Chinois veut produire des poissons en Polynésie": a man by his nationality, no host;
  "en Polynésie" alone is French Polynesia.
- "l'industriel français inaugure son usine de Dunnottar": the owner said by "son", the
  name after "usine de" its town, no company; "l'industriel français" says whose the
  company is, no country of the place.
- "…, Prasa, l'industriel français Alstom": the nationality is Alstom's, not Prasa's.
- "Norvel Ports Corp’s (NPC, 台灣港務) Tema branch", "Kaito Machine Industrial Co (金豐機器)
  and South Korea’s Tessid Wind Corp": names ending in "Corp" and "Co" without a stop, the
  acronym after the possessive, two companies joined by "and", the second the country's
  by its possessive; "… South Korea’s Tessid Wind Corp." at a paragraph's end: the stop
  is the sentence's.
- "An Indian company that deals with the world’s two biggest diamond producers, De Beers
  and Alrosa of Russia, …": two companies the article compares, Alrosa Russia's, neither
  the Indian company nor a party.
- "the company will pay the Afghan government $400m a year", "The Ghanaian government wants
  to attract …": a government named by its nationality.
- "Amos Kelo, executive general manager of KESA for West Africa": the company the title
  serves, named in it, is the title's organisation; the title its words and its reach.
- "will make an $82.6 million investment to create its first production facility", "has
  agreed to build a factory", "has been offered state-owned land to build a factory", "Work
  would begin on the plant at the end of this year": announced.
- "is coming to the town of Čadca": a town whose capital bears an accent.
- "Le contrat d'Alstom signé en juillet 2014 avec Prasa", Alstom named elsewhere: whose the
  contract is, no word of its title ("l'accord d'Alger" keeps its town).
- "Le premier train sorti de l'usine sera livré au client Norvel Transport Ltd": who buys
  its output, no party of the plant.
- "l'opérateur public de transport sud-africain, Prasa, …": whose the body is, said before
  its name and a comma.
- "Amos Kelo, senior Vice-Président Moyen-Orient et Afrique chez Kaito depuis juillet
  2017", "directeur général chez Kaito": the world's regions the title reaches are its
  words; the company after "chez" is its organisation.
- "62 trains par an, soit 360 voitures", "composés de six voitures": a train's cars, no
  motor cars.
- "A Chinese mining company has won a tender … The state-owned China Metallurgical Group":
  whose the company is, quoted where the words say so, not at its name.
- "construire une usine à poissons en Polynésie Française, dès l'an prochain": the building
  to start then.
- "The local investment has been effected through Norvel Investments", before the plant is
  named: the body the money goes through takes part in the plant, quoted there.
- "German wind farm developer Norvel AG", "a cement plant builder", "the solar park
  operator": a company's trade, no plant.
- "l'usine marocaine Goam Industrie", "la cimenterie de Kaito de l'entrepreneur nigérien Amos
  Kelo", "l'unité industrielle de sa filiale tunisienne": whose the plant is (a country, a
  person, a subsidiary) is no word of its name.
- "une zone industrielle consacrée au manioc": what it is given over to, words of its name.
- "le ministère ghanéen de l'Industrie", "le ministère allemand de l'Économie": a ministry
  whose nationality has no ending the lexicon's adjectives know.
- "La production de l'usine de Kaito à Tema, au Ghana, démarrera au second semestre 2026":
  the output's start, its plant's place between commas.
- "Kaito and Norvel inked the deal for a plant in Tema, Ghana, in Beijing on March 3": the
  plant's place said after its noun; Beijing, farther on after a comma, where it was signed.
- "Kaito inaugure son usine Norvel au Ghana" over "le groupe Kaito inaugure son usine de
  Tema": a name the headline alone says, no word of it in the body, names the plant the body
  names by its town; the body's name wins.
- "The Kelburg plant, which closed in 1992, …": the town the plant's name is fixed to is
  where it stands, when no town is said of it otherwise; "a $45 million cement grinding
  unit": a unit by what it does is a plant.
- "va investir 300 millions de dollars dans la construction d'une usine de pneus": announced.
- "Vietnam's Kaito Group and Japan's Norvel Corp will jointly build …": two companies, each
  its country's by its possessive; "has received an investment licence for a plant":
  approved.
- "Kaito Ltd, which is listed on the Tokyo Stock Exchange, will build a plant in Tema": a
  market's name, no place of the plant.
- "La société chinoise Kaito, installée à Shanghai, va construire une usine …": where the
  company is, no place of its plant.
- "has been mothballed since 2020", "a été mise à l'arrêt": suspended.
- "a workforce expected to reach 1,000", "son effectif devrait atteindre 900": jobs.
"""

from __future__ import annotations

from bilat.store.extract import propose
from bilat.store.sources import build_source

from .reading import (
    about,
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


def test_french_words_are_not_read_inside_english_ones() -> None:
    found = read(
        "Norvel will build a plant at Kaito, in Ghana. When construction is complete the "
        "company will pay the state $40m a year.",
        "en",
    )
    assert "construction" not in statuses(found)
    found = read("Norvel's plant at Kaito, in Ghana, is under construction.", "en")
    assert "construction" in statuses(found)


def test_honorifics_of_envoys_and_ministers() -> None:
    found = read(
        "Norvel opened a plant at Kaito, in Ghana. Speaking at the ceremony, the Ghanaian High "
        "Commissioner to Kenya, HE Amos Kelo, the Minister of Trade and Industry, Hon Tom "
        "Brevi said the plant would export.",
        "en",
    )
    assert {"Amos Kelo", "Tom Brevi"} <= people(found)
    assert role_titles(found, "Amos Kelo") == ["Ghanaian High Commissioner to Kenya"]
    assert role_titles(found, "Tom Brevi") == ["Minister of Trade and Industry"]


def test_the_company_s_possessive_before_a_ranked_title() -> None:
    found = read(
        "India’s Kaito Group opened a plant in Tema, Ghana. Speaking at the opening, Kaito’s "
        "group managing director, Mr Amos Kelo said the plant would export.",
        "en",
    )
    [role] = about(found, "Amos Kelo", "roles")
    assert role.plain_value()["title"] == {"en": "group managing director"}
    assert role.plain_value()["org"] is not None
    assert value_of(found, "Kaito Group", "head") == "Amos Kelo"


def test_diamonds_cut_and_polished() -> None:
    found = read("Kaito opened a diamond cutting and polishing factory in Tema, Ghana.", "en")
    assert sector_names(found) == {"Diamonds"}
    found = read("Kaito a inauguré une usine de taille de diamants à Tema, au Ghana.", "fr")
    assert projects(found) == {"Usine de taille de diamants de Tema"}
    assert sector_names(found) == {"Diamants"}


def test_a_name_s_particle_makes_no_trade_word() -> None:
    found = read(
        "Kaito, which deals with De Beers, opened a diamond cutting factory in Tema, Ghana.",
        "en",
    )
    assert sector_names(found) == {"Diamonds"}


def test_trains_made_are_rail() -> None:
    found = read(
        "Kaito devait construire une usine à Tema, au Ghana, pour produire 600 trains. "
        "Le premier train sorti de l'usine est en phase d'essais.",
        "fr",
    )
    assert "Transport ferroviaire" in sector_names(found)


def test_the_trade_of_a_plant_named_later() -> None:
    found = read(
        "An Indian company last week officially opened its diamond cutting and polishing "
        "facility in Tema. The factory has been in operation since last year. Kaito Group has "
        "subsidiaries in South Africa. The local investment has been effected through Norvel "
        "Investments. The Tema factory runs on a staff of 53 people.",
        "en",
    )
    [sector] = about(found, "Tema factory", "sectors")
    assert sector.quote == "diamond cutting"


def test_at_work_before_the_ceremony() -> None:
    found = read(
        "Kaito last week officially opened its factory in Tema, Ghana. The factory has been in "
        "operation since the middle of last year.",
        "en",
    )
    assert value_of(found, "Factory at Tema", "dates.operation_start")["earliest"] == "2023-04-01"
    found = read(
        "Kaito inaugure ce jeudi 25 octobre son usine de Tema, au Ghana. Nous avons déjà "
        "démarré la production en juin 2023, dit-il.",
        "fr",
    )
    assert value_of(found, "Usine de Tema", "dates.operation_start")["earliest"] == "2023-06-01"


def test_a_staff_complement() -> None:
    found = read("The Tema factory of Kaito runs on a staff complement of 53 people.", "en")
    assert value_of(found, "Tema factory", "jobs")["value"] == 53


def test_the_ceremony_s_guests_are_no_jobs() -> None:
    found = read(
        "Kaito a inauguré son usine de Tema, au Ghana, en présence du ministre et de plus de "
        "300 personnes.",
        "fr",
    )
    assert not about(found, "Usine de Tema", "jobs")
    found = read("Kaito a inauguré son usine de Tema, au Ghana, qui emploie 300 personnes.", "fr")
    assert value_of(found, "Usine de Tema", "jobs")["value"] == 300


_MINE = (
    "Kaito wins major Ghanaian project\n"
    "Kaito has won a tender to develop one of the world's largest copper mines in Ghana. "
    "The Kaito Group says it will invest nearly $3bn in the mine at Tema. Once it goes into "
    "operation in five years' time, the mine will provide revenue. The $3bn that the Kaito "
    "Group is to invest in Tema compares with a total of $4bn which the government says "
    "foreign companies have invested in the country since 2001."
)


def test_one_of_the_world_s_largest_mines_won_in_a_tender() -> None:
    found = read(_MINE, "en")
    assert projects(found) == {"Copper mine at Tema"}
    assert value_of(found, "Copper mine at Tema", "status") == "approved"
    assert value_of(found, "Copper mine at Tema", "dates.operation_start")["raw"] == (
        "in five years' time"
    )


def test_a_sum_compared_is_no_sum_of_the_plant() -> None:
    found = read(_MINE, "en")
    sums = {p.plain_value()["value"] for p in found if p.field == "investment"}
    assert sums == {3_000_000_000}


_FISH = (
    "Un industriel chinois vient d'annoncer son intention de construire une usine à poissons "
    "en Polynésie Française, dès l'an prochain. Le projet de Kelo Amos, patron de Norvel Ocean "
    "Foods, concerne l'atoll de Kaito, dans l'archipel des Tuamotu. La ferme aquacole qu'il "
    "souhaite y aménager produira des mérous. Pendant les deux ans de travaux prévus, 800 "
    "ouvriers sont attendus sur l'atoll. Elle pourrait procurer un emploi à 10 000 personnes."
)


def test_a_fish_farm_on_an_atoll() -> None:
    found = read(_FISH, "fr")
    assert projects(found) == {"Usine à poissons de Kaito"}
    name = "Usine à poissons de Kaito"
    assert value_of(found, name, "status") == "announced"
    assert value_of(found, name, "location") == {
        "country": "PF",
        "region": None,
        "locality": "Kaito",
    }
    assert sector_names(found) == {"Pêche"}
    # (the works' 800 hands are jobs too since round forty-seven, GOLD.md rule 26)
    assert [p.plain_value()["value"] for p in about(found, name, "jobs")] == [800, 10_000]


def test_a_man_by_his_nationality_in_the_headline_is_no_host() -> None:
    source = build_source(
        "Un Chinois, patron de Norvel, va construire une usine de ciment dans la commune de "
        "Kaito. Le Chinois emploiera 300 personnes.",
        title="Un Chinois veut construire une usine au Ghana",
        published="2024-03-05",
        lang="fr",
    )
    [where] = [p.plain_value() for p in propose(source) if p.field == "location"]
    assert where == {"country": "GH", "region": None, "locality": "Kaito"}


def test_his_plant_of_a_town_no_list_knows() -> None:
    found = read(
        "Pour honorer son contrat avec l'opérateur public de transport sud-africain, Prasa, "
        "l'industriel français Alstom devait construire une usine en Afrique du Sud. Ce jeudi, "
        "l'industriel français inaugure son usine de Dunnottar, en présence du président.",
        "fr",
    )
    assert "Dunnottar" not in orgs(found)
    assert value_of(found, "Usine de Dunnottar", "location") == {
        "country": "ZA",
        "region": None,
        "locality": "Dunnottar",
    }
    assert value_of(found, "Prasa", "country") == "ZA"
    assert value_of(found, "Alstom", "country") == "FR"


def test_corp_and_co_without_a_stop() -> None:
    found = read(
        "Kaito leased 3 hectares from Norvel Ports Corp’s (NPC, 台灣港務) Tema branch. Towers "
        "would be supplied by Kaito Machine Industrial Co (金豐機器) and South Korea’s Tessid "
        "Wind Corp to the plant.",
        "en",
    )
    assert {"Norvel Ports Corp", "Kaito Machine Industrial Co", "Tessid Wind Corp"} <= orgs(found)
    assert value_of(found, "Norvel Ports Corp", "acronym") == "NPC"
    assert value_of(found, "Tessid Wind Corp", "country") == "KR"
    found = read(
        "Kaito will build a plant in Tema, Ghana, with South Korea’s Tessid Wind Corp.\n"
        "The plant will open in 2026.",
        "en",
    )
    assert "Tessid Wind Corp" in orgs(found)


def test_companies_listed_after_their_trade() -> None:
    found = read(
        "An Indian company that deals with both of the world’s two biggest diamond producers, "
        "Norvel Beers and Tessid of Russia, last week officially opened its diamond cutting "
        "factory in Windhoek, Namibia. India’s Kaito Group has been dealing in gemstones.",
        "en",
    )
    assert {"Norvel Beers", "Tessid", "Kaito Group"} <= orgs(found)
    assert value_of(found, "Tessid", "country") == "RU"
    assert not about(found, "Norvel Beers", "country")
    parties = [p for p in found if p.field == "parties"]
    assert len(parties) == 1


def test_a_government_paid_or_wanting() -> None:
    found = read(
        "Kaito will build a mine at Tema. When construction is complete the company will pay "
        "the Afghan government $400m a year. The Ghanaian government wants to attract foreign "
        "companies.",
        "en",
    )
    assert value_of(found, "Afghan government", "country") == "AF"
    assert value_of(found, "Ghanaian government", "country") == "GH"


def test_a_title_of_the_company_for_a_reach() -> None:
    found = read(
        "Kaito Energy SA (KESA) opened a plant in Tema, Ghana. The plant would help reach "
        "other markets, said Amos Kelo, executive general manager of KESA for West Africa.",
        "en",
    )
    [role] = about(found, "Amos Kelo", "roles")
    assert role.plain_value()["title"] == {"en": "executive general manager for West Africa"}
    assert role.plain_value()["org"] is not None


def test_plans_said_in_the_press_s_words() -> None:
    for said in (
        "Kaito will make an $82.6 million investment to create its first production facility "
        "in Tema, Ghana.",
        "Kaito has agreed to build a factory in Tema, Ghana.",
        "Kaito has been offered state-owned land to build a factory in Tema, Ghana.",
        "Kaito opened an office in Accra. Work would begin on the plant in Tema, Ghana, at the "
        "end of this year.",
    ):
        assert statuses(read(said, "en")) == {"announced"}, said


def test_a_town_whose_capital_bears_an_accent() -> None:
    found = read("A third production factory of Kaito is coming to the town of Čadca.", "en")
    assert [where["locality"] for where in locations(found)] == ["Čadca"]


def test_whose_contract_is_no_word_of_its_title() -> None:
    found = read(
        "Norvel inaugure son usine de Tema, au Ghana. Le contrat de Norvel signé en juillet "
        "2014 avec Kaito atteint une valeur de 4 milliards d'euros. Norvel livrera 600 trains. "
        "L'accord d'Alger signé en 2015 reste en vigueur.",
        "fr",
    )
    titles = {next(iter(p.plain_value().values())) for p in found if p.field == "title"}
    assert "Contrat" in titles
    assert any(t.startswith("Accord d'Alger") for t in titles)


def test_the_customer_is_no_party() -> None:
    found = read(
        "Kaito a inauguré son usine de Tema, au Ghana. Le premier train sorti de l'usine sera "
        "livré au client Norvel Transport Ltd en fin d'année.",
        "fr",
    )
    assert "Norvel Transport Ltd" in orgs(found)
    assert len([p for p in found if p.field == "parties"]) == 1


def test_whose_body_said_before_its_name() -> None:
    found = read(
        "Pour honorer son contrat avec l'opérateur public de transport ghanéen, Norvel, "
        "l'industriel français Kaito devait construire une usine à Tema.",
        "fr",
    )
    assert value_of(found, "Norvel", "country") == "GH"
    assert value_of(found, "Kaito", "country") == "FR"


def test_a_title_s_reach_and_its_company_after_chez() -> None:
    found = read(
        "Kaito a inauguré son usine de Tema, au Ghana. « Nous avons démarré la production », "
        "prévient Amos Kelo, senior Vice-Président Moyen-Orient et Afrique chez Kaito depuis "
        "juillet 2017.",
        "fr",
    )
    [role] = about(found, "Amos Kelo", "roles")
    assert role.plain_value()["title"] == {"fr": "senior Vice-Président Moyen-Orient et Afrique"}
    assert role.plain_value()["org"] is not None
    found = read(
        "Kaito a inauguré son usine de Tema, au Ghana, dit Amos Kelo, directeur "
        "général chez Kaito.",
        "fr",
    )
    [role] = about(found, "Amos Kelo", "roles")
    assert role.plain_value()["org"] is not None


def test_a_train_s_cars_are_no_motor_cars() -> None:
    found = read(
        "Kaito a inauguré son usine de Tema, au Ghana. L'usine produira 62 "
        "trains par an, soit 360 voitures à l'horizon 2020.",
        "fr",
    )
    assert "Automobile" not in sector_names(found)
    assert "Transport ferroviaire" in sector_names(found)
    found = read("Kaito a inauguré son usine de voitures à Tema, au Ghana.", "fr")
    assert sector_names(found) == {"Automobile"}


def test_whose_company_quoted_where_said() -> None:
    found = read(
        "A Chinese mining company has won a tender to develop a copper mine in Ghana. The "
        "state-owned China Kaito Group says it will invest $3bn in the mine at Tema.",
        "en",
    )
    [country] = about(found, "China Kaito Group", "country")
    assert (country.plain_value(), country.quote) == ("CN", "A Chinese mining company")


def test_to_build_from_next_year() -> None:
    found = read(
        "Kaito vient d'annoncer son intention de construire une usine de ciment à Tema, au "
        "Ghana, dès l'an prochain.",
        "fr",
    )
    started = value_of(found, "Usine de ciment de Tema", "dates.construction_start")
    assert (started["earliest"], started["latest"]) == ("2025-01-01", "2025-12-31")


def test_the_body_the_money_goes_through() -> None:
    text = (
        "An Indian company last week officially opened its diamond cutting facility in Tema. "
        "The local investment has been effected through Norvel Investments, a company of the "
        "group. Kaito Group has subsidiaries in South Africa. The Tema factory runs on a staff "
        "of 53 people, Norvel Investments said."
    )
    found = read(text, "en")
    starts = [p.start for p in about(found, "Tema factory", "parties")]
    assert text.index("Norvel Investments") in starts


def test_a_trade_of_plants_is_no_plant() -> None:
    found = read(
        "Kaito will supply towers to German wind farm developer Norvel AG and to the solar park "
        "operator Tessid. Kaito, a cement plant builder, opened an office in Tema, Ghana.",
        "en",
    )
    assert not projects(found)


def test_whose_plant_is_no_word_of_its_name() -> None:
    found = read(
        "Le groupe Norvel a inauguré l'usine marocaine Tessid Industrie à Kénitra, au Maroc.",
        "fr",
    )
    assert projects(found) == {"Usine Tessid Industrie"}


def test_whose_plant_a_person() -> None:
    found = read(
        "Le président a inauguré la cimenterie de Kaito de l'entrepreneur nigérien Amos Kelo, "
        "au Niger.",
        "fr",
    )
    assert projects(found) == {"Cimenterie de Kaito"}


def test_whose_plant_a_subsidiary() -> None:
    found = read(
        "Le groupe Norvel a inauguré l'unité industrielle de sa filiale tunisienne à Sfax, en "
        "Tunisie.",
        "fr",
    )
    assert projects(found) == {"Unité industrielle de Sfax"}


def test_a_zone_given_over_to_a_crop() -> None:
    found = read(
        "Le groupe français Kaito annonce un investissement de 54 millions $ pour l'installation "
        "d'une zone industrielle consacrée au manioc à Tema, au Ghana.",
        "fr",
    )
    assert projects(found) == {"Zone industrielle consacrée au manioc de Tema"}


def test_a_ministry_by_any_nationality() -> None:
    found = read(
        "Kaito a signé avec le ministère ghanéen de l'Industrie une convention pour une usine à "
        "Tema. Norvel a signé avec le ministère allemand de l'Économie.",
        "fr",
    )
    assert value_of(found, "Ministère ghanéen de l'Industrie", "country") == "GH"
    assert value_of(found, "Ministère allemand de l'Économie", "country") == "DE"


def test_the_output_s_start_its_place_between_commas() -> None:
    found = read(
        "La production de l'usine de Kaito à Tema, au Ghana, démarrera au second semestre 2026.",
        "fr",
    )
    [started] = [p.plain_value() for p in found if p.field == "dates.operation_start"]
    assert (started["earliest"], started["latest"]) == ("2026-07-01", "2026-12-31")


def test_the_plant_s_place_and_the_signing_s() -> None:
    found = read(
        "Kaito and Norvel inked the deal for a plant in Tema, Ghana, in Beijing on March 3.", "en"
    )
    assert locations(found) == [{"country": "GH", "region": None, "locality": "Tema"}]


def test_the_headline_s_name_for_the_body_s_plant() -> None:
    headline = "Kaito inaugure son usine Norvel au Ghana"
    source = build_source(
        f"{headline}\nCe jeudi, le groupe Kaito inaugure son usine de Tema, au Ghana, en "
        "présence du président. L'usine produira 62 trains par an.",
        title=headline,
        published="2024-03-05",
        lang="fr",
    )
    assert projects(propose(source)) == {"Usine de Tema"}


def test_the_town_a_plant_s_name_is_fixed_to() -> None:
    found = read(
        "The Kelburg plant, which closed in 1992, has been bought by Norvel Ltd and will be "
        "recommissioned early next year, the Ghanaian minister of trade said in Accra.",
        "en",
    )
    assert locations(found) == [{"country": "GH", "region": None, "locality": "Kelburg"}]


def test_a_grinding_unit_is_a_plant() -> None:
    found = read("Kaito plans to set up a $45 million cement grinding unit in Tema, Ghana.", "en")
    assert projects(found) == {"Cement grinding unit at Tema"}


def test_money_to_go_into_the_building() -> None:
    found = read(
        "Le groupe sud-coréen Kaito va investir 300 millions de dollars dans la construction "
        "d'une usine de pneus à Tema, au Ghana.",
        "fr",
    )
    assert statuses(found) == {"announced"}


def test_two_companies_each_by_its_country_s_possessive() -> None:
    found = read(
        "Vietnam's Kaito Group and Japan's Norvel Corp will jointly build a 1,200 MW power "
        "plant in Quang Tri province.",
        "en",
    )
    assert {"Kaito Group", "Norvel Corp"} <= orgs(found)
    assert value_of(found, "Norvel Corp", "country") == "JP"


def test_an_investment_licence_received() -> None:
    found = read(
        "Kaito has received an investment licence for a $100 million textile plant in Tema, Ghana.",
        "en",
    )
    assert statuses(found) == {"approved"}


def test_a_stock_exchange_is_no_place() -> None:
    found = read(
        "Kaito Ltd, which is listed on the Tokyo Stock Exchange, will build a plant in Tema, "
        "Ghana.",
        "en",
    )
    assert locations(found) == [{"country": "GH", "region": None, "locality": "Tema"}]


def test_where_the_company_is_installed() -> None:
    found = read(
        "La société chinoise Kaito, installée à Shanghai, va construire une usine de ciment à "
        "Tema, au Ghana.",
        "fr",
    )
    assert locations(found) == [{"country": "GH", "region": None, "locality": "Tema"}]


def test_a_plant_mothballed() -> None:
    for said, lang in (
        ("The Kaito factory in Tema, Ghana, has been mothballed since 2020.", "en"),
        ("L'usine de Kaito à Tema, au Ghana, a été mise à l'arrêt en 2020.", "fr"),
    ):
        assert statuses(read(said, lang)) == {"suspended"}, said


def test_a_workforce_expected_to_reach() -> None:
    found = read("The Kaito plant in Tema, Ghana, has a workforce expected to reach 1,000.", "en")
    assert value_of(found, "Kaito plant", "jobs")["value"] == 1000
    found = read("L'usine de Kaito à Tema, au Ghana : son effectif devrait atteindre 900.", "fr")
    assert [p.plain_value()["value"] for p in found if p.field == "jobs"] == [900]


def test_polynesia_alone() -> None:
    found = read("Kaito va construire une usine de ciment en Polynésie.", "fr")
    assert [where["country"] for where in locations(found)] == ["PF"]
