"""Fifty-second round: what the first reading of held-out set BP showed the reader could not
read, in words any article may use, with names no list knows.

- "la troisième cimenterie sénégalaise entrera en activité courant juin, estime Omar Sall, le
  directeur du projet à Kelvo Sénégal. La filiale du groupe marocain Tarvel Holdings a investi …
  pour implanter cette usine … dans la zone portuaire de Thiès": the port zone of a town places
  the plant and names it; the company a title is held at ("à", "chez", "at") is the role's, a
  project's director no head of it; "où sont déjà présents Norvel … et le nigérian Bravia": the
  rivals on the market, no parties; "La demande locale est actuellement évaluée à …", "une
  capacité annoncée de …, y compris la nôtre": the market's, no plant's; "Le 9 septembre 2014,
  Ali Tarvel … signe une convention": signed, that day.
- "has signed a contract with the Chinese company Kelvo Flooring to establish a PVC flooring and
  wall panels factory in the Diass Industrial Zone", then "the Diass Industrial Zone is opening
  new horizons" and "through the Diass facility": the zone is where the plant lies, not its
  name; flooring and wall panels are building materials.
- "the Korean airbag manufacturing company has agreed a deal to invest around 200 million …",
  "the promotional tour he completed in Asia several months ago", "the construction process of
  the new Sandiara Kelvo factory", "Coahuila Gov. X", "Kelvo Industries President X and General
  Manager Y": the company described is the last company named; the deal is signed, its sum the
  plant's; a trip completed is no plant's end, Asia no town; a plant by its town after "the
  new", no person; the region before an abbreviated title is the title's; the second officer
  is the same company's and heads nothing.
- "A Chinese company is set to invest … in Weala, Margibi county", "Company’s managing
  director X said construction works for the first phase of the project will start next month",
  "The first production line will be ready by the end of 2021", "The mega project, he said,
  entails five production lines. Some 500 people will be employed": the county in lower case is
  the region and says the host; "Company" bare is the company spoken of; the works named first
  then their start; the first line ready, its output's start; what a plant entails, no name.

And what probes of the press's common forms showed: "BEZA executive chairman X and Kelvo
Motors managing director Y signed a land lease agreement" (the rank and the letters before it;
both companies sign); "La production, d’une capacité de 5 000 véhicules par an, devrait démarrer
au second semestre 2026"; "Oman's Public Establishment for Industrial Estates (Madayn)" (a body);
"Kelvo Glass Director X" after "Kelvo Glass (Pvt) Ltd" (the company, its legal form left out);
"plan to set up a second line by 2027" (another's date, not the plant's); "X et Y ont procédé à
la signature d'un accord" (both sign); "at Gopalpur in Ganjam district" (the town's district);
"400 personnes en permanence et 1 000 pendant la construction" (the second count); "a
factory in Kakata", then "The first production line will be ready" (a part of the plant, no
name); "its first South American assembly plant" (a part of the world, no name).
"""

from __future__ import annotations

from .reading import (
    about,
    orgs,
    people,
    projects,
    read,
    sector_names,
    value_of,
)

CEMENT = (
    "Attendue depuis mars, la troisième cimenterie sénégalaise entrera en activité courant juin,"
    " estime Omar Sall, le directeur du projet à Kelvo Sénégal. La filiale du groupe marocain"
    " Tarvel Holdings a investi plus de 16 milliards de F CFA pour implanter cette usine d’une"
    " capacité de production annuelle de 600 000 tonnes dans la zone portuaire de Thiès."
    " L’entreprise marocaine arrive sur un marché concurrentiel, où sont déjà présents Norvel"
    " (groupe marocain Sokam) et le nigérian Bravia. « La demande locale est actuellement évaluée"
    " à environ 3 millions de tonnes », dit-il. Le 9 septembre 2014, Ali Tarvel, le patron de"
    " Tarvel, signe une convention d’investissement avec le gouvernement."
)


def test_a_port_zone_of_a_town_places_the_plant_and_names_it() -> None:
    found = read(CEMENT, "fr", None)
    assert projects(found) == {"Cimenterie de Thiès"}
    assert value_of(found, "Cimenterie de Thiès", "location")["locality"] == "Thiès"
    port = read("Kelvo will build a cement plant in the port area of Buchanan.", "en", None)
    assert value_of(port, "Cement plant at Buchanan", "location")["locality"] == "Buchanan"


def test_a_company_after_a_title_at_it_is_the_roles_organisation() -> None:
    found = read(CEMENT, "fr", None)
    assert "Kelvo Sénégal" in orgs(found)
    [role] = about(found, "Omar Sall", "roles")
    [company] = {p.new.key for p in found if p.new and p.new.name == "Kelvo Sénégal"}
    assert role.plain_value()["org"] == company
    # a project's director heads no company
    assert not about(found, "Kelvo Sénégal", "head")
    # a town or a country after "à" is no company
    consul = read("Omar Sall, le consul à Thiès, a visité l'usine Kelvo.", "fr", None)
    assert "Thiès" not in orgs(consul)
    english = read("Omar Sall, project director at Tarvel Senegal, said the plant will open.", "en")
    assert "Tarvel Senegal" in orgs(english)


def test_the_rivals_on_the_market_are_no_parties() -> None:
    found = read(CEMENT, "fr", None)
    parties = {p.quote for p in about(found, "Cimenterie de Thiès", "parties")}
    assert not parties & {"Norvel", "Sokam", "Bravia"}
    rivals = read(
        "Kelvo will build a cement plant in Thies. It will face competition from Norvel Cement"
        " and Bravia Industries.",
        "en",
        None,
    )
    assert not [p for p in rivals if p.field == "parties" and p.quote != "Kelvo"]


def test_the_markets_demand_is_no_capacity() -> None:
    found = read(CEMENT, "fr", None)
    assert [p.plain_value()["value"] for p in found if p.field == "capacity"] == [600_000]
    growing = read(
        "L'usine Kelvo de Thiès aura une capacité de 600 000 tonnes. La demande locale est"
        " actuellement évaluée à environ 3 millions de tonnes et croît annuellement d’environ 8 %.",
        "fr",
    )
    assert [p.plain_value()["value"] for p in growing if p.field == "capacity"] == [600_000]


def test_a_signing_told_in_the_present_is_done_that_day() -> None:
    found = read(CEMENT, "fr", None)
    [agreement] = {p.subject for p in found if p.field == "title"}
    statuses = [p.plain_value() for p in found if p.subject == agreement and p.field == "status"]
    assert statuses == ["signed"]
    [event] = [p.plain_value() for p in found if p.subject == agreement and p.field == "events"]
    assert event["date"]["earliest"] == "2014-09-09"
    # a sign of something is no signing
    sign = read("Ce contrat est un signe de confiance pour l'usine Kelvo de Thiès.", "fr", None)
    assert not [p for p in sign if p.field == "status" and p.plain_value() == "signed"]


ZONE = (
    "Senegal - The Agency for Investment Promotion (APIX) has signed a contract with the Chinese"
    " company Kelvo Flooring to establish a PVC flooring and wall panels factory in the Diass"
    " Industrial Zone, with investments of $85 million, as per a statement. APIX Chairman Omar"
    " Sall said the Diass Industrial Zone is opening new horizons for high-value manufacturing."
    " The company, a global leader in PVC, WPC, and SPC flooring, aims to strengthen its regional"
    " presence through the Diass facility."
)


def test_the_zone_a_plant_lies_in_is_its_place_not_its_name() -> None:
    found = read(ZONE, "en", None)
    assert projects(found) == {"Diass facility"}
    assert value_of(found, "Diass facility", "investment")["value"] == 85_000_000
    assert value_of(found, "Diass facility", "location")["locality"] == "Diass Industrial Zone"


def test_flooring_and_wall_panels_are_building_materials() -> None:
    found = read(ZONE, "en", None)
    assert sector_names(found) == {"Construction materials"}
    pipes = read("Kelvo will build a PVC pipes plant in Thies, Senegal.", "en", None)
    assert sector_names(pipes) == {"Chemicals"}


DEAL = (
    "In a ceremony at the University of Thies, the governor said more companies, such as Kelvo"
    " Industries, will invest in Senegal. The Korean airbag manufacturing company has agreed a"
    " deal to invest around 200 million CFA francs into the region, creating 500 new direct"
    " jobs. The governor said it is a direct result of the promotional tour he completed in Asia"
    " several months ago. Kelvo Industries President Omar Sall thanked the governor for his"
    " support during the construction process of the new Mbour factory."
)


def test_a_plant_named_by_its_town_after_the_new_is_no_persons_name() -> None:
    found = read(DEAL, "en", "2021-05-21")
    assert people(found) == {"Omar Sall"}
    assert projects(found) == {"Mbour factory"}
    # two capitalised words before the noun: still the plant's name, no one's
    named = read(
        "Kelvo Industries President Omar Sall thanked the governor for his support during the"
        " installation and construction process of the new Sandiara Kelvo factory.",
        "en",
    )
    assert people(named) == {"Omar Sall"}
    assert projects(named) == {"Sandiara Kelvo factory"}


def test_a_deals_sum_is_its_plants() -> None:
    found = read(DEAL, "en", "2021-05-21")
    assert value_of(found, "Mbour factory", "investment")["value"] == 200_000_000
    assert not [p for p in found if p.field == "investment" and p.new.kind == "agreements"]
    [status] = [p for p in found if p.field == "status" and p.new.kind == "agreements"]
    assert (status.plain_value(), status.quote) == ("signed", "agreed a deal")
    # a contract's worth stays the contract's
    worth = read(
        "Le contrat de Kelvo signé en 2014 avec l'État atteint une valeur de 4 milliards"
        " d’euros. L'usine Kelvo de Thiès ouvrira en 2026.",
        "fr",
        None,
    )
    assert [p.new.kind for p in worth if p.field == "investment"] == ["agreements"]


def test_a_trip_completed_is_no_plants_completion_and_asia_no_town() -> None:
    found = read(DEAL, "en", "2021-05-21")
    assert not [p for p in found if p.field.startswith("dates.")]
    assert "Asia" not in {
        (p.plain_value() or {}).get("locality") for p in found if p.field == "location"
    }


def test_the_company_described_is_the_last_company_named() -> None:
    found = read(DEAL, "en", "2021-05-21")
    [country] = about(found, "Kelvo Industries", "country")
    assert (country.plain_value(), country.quote) == (
        "KR",
        "The Korean airbag manufacturing company",
    )


CERAMICS = (
    "A Chinese company is set to invest $16 million to construct a factory to manufacture"
    " ceramics in Weala, Margibi county. Kelvo Ceramics Limited has already acquired 150 acres"
    " for the project. Company’s managing director Omar Sall said construction works for the"
    " first phase of the project will start next month. The first production line will be ready"
    " by the end of 2021."
)
FACTORY = "Factory to manufacture ceramics at Weala"


def test_company_said_bare_with_a_capital_is_the_company_spoken_of() -> None:
    found = read(CERAMICS, "en", "2021-05-21")
    assert orgs(found) == {"Kelvo Ceramics Limited"}
    assert [p.plain_value() for p in about(found, "Kelvo Ceramics Limited", "head")] == [
        "Omar Sall"
    ]


def test_a_town_then_its_county_in_lower_case() -> None:
    found = read(CERAMICS, "en", "2021-05-21")
    assert value_of(found, FACTORY, "location") == {
        "country": "LR",
        "region": "Margibi",
        "locality": "Weala",
    }
    assert sorted(value_of(found, FACTORY, "countries")) == ["CN", "LR"]


def test_works_named_first_then_their_start_and_the_first_line_ready() -> None:
    found = read(CERAMICS, "en", "2021-05-21")
    start = value_of(found, FACTORY, "dates.construction_start")
    assert (start["earliest"], start["latest"]) == ("2021-06-01", "2021-06-30")
    assert value_of(found, FACTORY, "dates.operation_start")["raw"] == "by the end of 2021"
    assert not about(found, FACTORY, "dates.completion")


def test_a_region_before_an_abbreviated_title_is_the_titles() -> None:
    found = read(
        "Thies Gov. Omar Sall said the plant will open. On Monday Gov. Ali Ba said so.", "en"
    )
    assert [p.plain_value()["title"]["en"] for p in found if p.field == "roles"] == [
        "Thies Gov.",
        "Gov.",
    ]


def test_a_second_officer_after_and_is_the_same_companys() -> None:
    found = read(
        "Kelvo Industries President Ali Ba and General Manager Moussa Diop were both present at"
        " the ceremony in Thies.",
        "en",
    )
    [company] = {p.new.key for p in found if p.new and p.new.name == "Kelvo Industries"}
    assert [p.plain_value()["org"] for p in found if p.field == "roles"] == [company, company]
    # the first heads it, the second does not
    assert [p.plain_value() for p in about(found, "Kelvo Industries", "head")] == ["Ali Ba"]


SIGNING = (
    "DHAKA, March 3 - Japan's Kelvo Motors will invest $120 million to set up a motorcycle"
    " assembly plant in Bangladesh's Mirsarai Economic Zone, the Bangladesh Economic Zones"
    " Authority (BEZA) said on Monday. BEZA executive chairman Shaikh Yusuf Harun and Kelvo"
    " Motors managing director Taro Yamada signed a land lease agreement in Dhaka."
)


def test_a_rank_before_a_title_and_the_letters_before_it() -> None:
    found = read(SIGNING, "en", "2025-03-03")
    [role] = about(found, "Shaikh Yusuf Harun", "roles")
    [body] = {p.new.key for p in found if p.new and p.new.name.startswith("Bangladesh Economic")}
    assert role.plain_value()["title"] == {"en": "executive chairman"}
    assert role.plain_value()["org"] == body


def test_two_officers_signing_make_their_companies_parties() -> None:
    found = read(SIGNING, "en", "2025-03-03")
    parties = about(found, "Land lease agreement", "parties")
    assert [p.quote for p in parties] == ["BEZA", "Kelvo Motors"]


def test_the_output_named_first_its_size_between_then_its_start_ahead() -> None:
    found = read(
        "Kelvo Auto va implanter une usine à Nouadhibou. La production, d’une capacité de 5 000"
        " véhicules par an, devrait démarrer au second semestre 2026.",
        "fr",
        "2025-04-16",
    )
    start = value_of(found, "Usine de Nouadhibou", "dates.operation_start")
    assert (start["earliest"], start["latest"]) == ("2026-07-01", "2026-12-31")


def test_a_public_establishment_is_a_body_that_signs() -> None:
    found = read(
        "MUSCAT: Oman's Public Establishment for Industrial Estates (Madayn) has signed an"
        " agreement with India-based Kelvo Steel to build a green steel plant in Sohar."
        " Construction is scheduled to begin in 2026, said Ali Al Kelbani, CEO of Madayn.",
        "en",
    )
    body = "Public Establishment for Industrial Estates"
    assert value_of(found, body, "acronym") == "Madayn"
    parties = [p.quote for p in found if p.field == "parties" and p.new.kind == "agreements"]
    assert parties == [body, "Kelvo Steel"]
    assert [p.plain_value() for p in about(found, body, "head")] == ["Ali Al Kelbani"]


def test_a_companys_name_without_its_legal_form_before_a_title() -> None:
    found = read(
        "Kelvo Glass (Pvt) Ltd will build a glass bottle plant in Hambantota, Sri Lanka. Kelvo"
        " Glass Director Ravi Menon signed the agreement. Planning Director Ali Perera attended.",
        "en",
    )
    assert [p.plain_value()["title"]["en"] for p in found if p.field == "roles"] == [
        "Director",
        "Planning Director",
    ]
    [company] = {p.new.key for p in found if p.new and p.new.name == "Kelvo Glass (Pvt) Ltd"}
    assert [p.plain_value()["org"] for p in found if p.field == "roles"] == [company, None]


def test_a_second_lines_date_is_not_the_plants() -> None:
    found = read(
        "Kelvo Steel commissioned a steel mill in Tororo, Uganda. The chairman said the investors"
        " plan to set up a second line by 2027.",
        "en",
        "2025-03-21",
    )
    assert not [p for p in found if p.field == "dates.completion"]
    same = read(
        "Kelvo Steel commissioned a steel mill in Tororo, Uganda. The chairman said the investors"
        " plan to set up the plant by 2027.",
        "en",
        "2025-03-21",
    )
    assert [p.plain_value()["raw"] for p in same if p.field == "dates.completion"] == ["by 2027"]


def test_a_signing_said_by_its_noun_makes_both_parties() -> None:
    found = read(
        "Le groupe turc Kelvo Holding et l’Agence pour la promotion des investissements (APIX) ont"
        " procédé à la signature d’un accord pour la construction d’une usine à Saint-Louis.",
        "fr",
    )
    parties = [p.quote for p in found if p.field == "parties" and p.new.kind == "agreements"]
    assert parties == ["Kelvo Holding", "Agence pour la promotion des investissements"]


def test_what_a_plant_entails_is_no_plant_of_its_own() -> None:
    found = read(
        "Kelvo will build a tiles factory in Kakata, Liberia. The mega project, he said, entails"
        " five production lines. Some 500 people will be employed.",
        "en",
    )
    assert projects(found) == {"Tiles factory at Kakata"}
    assert value_of(found, "Tiles factory at Kakata", "jobs")["value"] == 500


def test_a_markets_capacity_including_ours_is_no_plants() -> None:
    found = read(
        "L'usine Kelvo de Thiès aura une capacité de 600 000 tonnes. La demande locale croît de"
        " 8 % pour une capacité annoncée de 4,1 millions de tonnes, y compris la nôtre.",
        "fr",
    )
    assert [p.plain_value()["value"] for p in found if p.field == "capacity"] == [600_000]


def test_a_town_in_its_district() -> None:
    found = read(
        "Singapore-based Kelvo Energy will set up a green ammonia plant at Gopalpur in Ganjam"
        " district, India.",
        "en",
    )
    assert value_of(found, "Green ammonia plant at Gopalpur", "location") == {
        "country": "IN",
        "region": "Ganjam",
        "locality": "Gopalpur",
    }


def test_a_second_count_of_jobs_during_the_works() -> None:
    found = read(
        "L’usine Kelvo de Kindia emploiera 400 personnes en permanence et 1 000 pendant la"
        " construction.",
        "fr",
    )
    assert [p.plain_value()["value"] for p in found if p.field == "jobs"] == [400, 1000]
    english = read(
        "The Kelvo plant in Thies will employ 400 people permanently and 1,000 during"
        " construction.",
        "en",
    )
    assert [p.plain_value()["value"] for p in english if p.field == "jobs"] == [400, 1000]


def test_a_production_line_is_no_name_for_its_plant() -> None:
    found = read(
        "Kelvo will build a factory in Kakata, Liberia. The first production line will be ready"
        " by the end of 2021.",
        "en",
        "2021-05-21",
    )
    assert projects(found) == {"Factory at Kakata"}
    assert value_of(found, "Factory at Kakata", "dates.operation_start")["raw"] == (
        "by the end of 2021"
    )


def test_a_part_of_the_world_before_the_noun_is_no_name() -> None:
    found = read(
        "Chinese automaker Kelvo Motors will build its first South American assembly plant in"
        " Colombia. The US$250 million facility, located in the municipality of Funza,"
        " Cundinamarca, will assemble 50,000 vehicles.",
        "en",
    )
    assert projects(found) == {"Assembly plant at Funza"}
