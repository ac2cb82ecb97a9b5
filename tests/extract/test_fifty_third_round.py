"""Fifty-third round: what the first reading of held-out set BQ showed the reader could not
read, in words any article may use, with names no list knows.

- "Kelvo Tire said its local subsidiary, Kelvo Tyre Senegal Sdn. Bhd., recently built a plant
  in Thies at the Diamniadio industrial park", then "under its expansion project in Senegal":
  the town said before the zone names the plant ("Plant at Thies"), the expansion it is part
  of names nothing; "Sdn." ends no sentence; a name that said "its subsidiary" is a company's.
- "building a bearings plant in Marvel District, Tarvel Province and another plant to assemble
  other parts in Norvel Province": the district is the town's place in the province; the
  province is no word of the next plant's name, nor is "another".
- "TIKIOUINE, Souss-Massa (Reuters) - Omar Sall a participé lundi dans le Souss-Massa à la pose
  symbolique de la première pierre de l’usine …, qui assemblera des diodes électroluminescentes
  (Led)", then "Le Premier ministre s’est félicité": the dispatch's town is the plant's, in the
  region said; one who took part is a person, the title the next sentence opens on theirs; a
  symbolic first stone is one; light-emitting diodes are electronics.
- "will be signed with the government of Saint Louis state, where the factory will be
  located. The Saint Louis state government will have a stake in the project, its governor X
  said": the state's government is named with its word "state", of the country the article
  names; the region places the plant; its governor heads it.
- "Le groupe du milliardaire sénégalais Ousmane Tarvel avait lancé la construction d'une
  cimenterie" in the headline, then "la future cimenterie du groupe Tarvel à Kayar": the
  billionaire is a person, the group his, of his country; the plant the headline names by its
  noun is quoted where the running text first says it; "Le complexe comprendra en outre une
  centrale thermique à charbon de 100 mégawatts": what the power station burns is of its name;
  its power is the part's, no output of the cement plant.
- "Kelvo vice president and sales director Omar Sall", "hopes to start building the plant in
  April next year and producing cars in late 2014", "the luxury market in Senegal, where it
  sells 10,000 to 12,000 vehicles a year. But Senegal is only the world's seventh largest
  manufacturer, producing 3.4 million units a year": a department's director is a title; the
  start said once is the works' and the output's; what a company sells and what a country
  makes are no plant's capacity.
- "Japan’s Kelvo Tire Corp. will beef up its annual output capabilities in Senegal by 48
  percent to 7.4 million units", "its local subsidiary, Kelvo Tyre Senegal SA", "Kelvo Tire’s
  total output capacity in Senegal is currently 5 million units", "The Japanese firm will
  invest": all a company makes in a country is no plant's capacity; a local subsidiary is the
  host's; the Japanese firm is the Japanese one named before.

And what probes of the press's common forms showed: "The Bangladesh Economic Zones Authority
(Beza) and Kelvo Motor Bangladesh Ltd, a joint venture between Kelvo Motor Co and local
Tarvel Group, signed a land lease agreement" (the two sign, the venture's owners said of it do
not; "local Tarvel Group" is the host's); "le lancement des travaux de la raffinerie d'alumine
du consortium Kelvo-Tarvel" (the consortium owns it, no word of its name); "The Special
Economic Zone Authority at Duqm (SEZAD) has signed an agreement with …" (the body's name runs
on to the place its letters spell; it signs); "Japanese major Kelvo to invest Rs 1,800 crore
in new plant at Sri City", then "at Sri City in Andhra Pradesh's Tirupati district" in an
article that never names India (a major is a company; the region whose district it is says the
host, and is the plant's region); "Le fabricant chinois de matériaux pour batteries Kelvo
Energy … son usine de cathodes" (a battery's materials are the car trade's); "the biggest
Chinese investment in the Balkan country's manufacturing sector" (the country's trade, no
plant's); "Kelvo Apparel Ltd, a subsidiary of Hong Kong-based Tarvel Holdings, will expand its
garment factory in Koggala. The Rs 3 billion expansion will add 1,500 jobs" (the seat is no word
of the name; the plant expanded is the news's project, the expansion's cost its investment);
"President commissions Chinese-built cement plant in Hoima", then "commissioned a … cement
plant built by Chinese firm Kelvo Cement Uganda Ltd at Kabaale in Hoima district" (whose it
is, after the headline's verb, no name; the place after its builder is the plant's); "Elle a
coûté 12 milliards de FCFA et emploie déjà 150 jeunes Sénégalais" (the plant's staff today);
"mainly for export to the United States and Europe under the AGOA trade pact" (the countries'
pact on their trade, no agreement of the plant's).
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

TIRES = (
    "Kelvo Tire said its local subsidiary, Kelvo Tyre Senegal Sdn. Bhd., recently built a plant"
    " in Thies at the Diamniadio industrial park. The plant will start operations in October with"
    " an initial annual production capacity of 2.4 million tires. The Japanese firm will invest"
    " as much as 21 billion yen and hire about 450 employees under its expansion project in"
    " Senegal, a spokesman said."
)


def test_the_town_said_before_the_zone_names_the_plant() -> None:
    found = read(TIRES, "en", "2019-05-01")
    assert projects(found) == {"Plant at Thiès"}
    assert value_of(found, "Plant at Thiès", "location")["locality"] == "Thiès"
    # with no town, the zone still names it
    zone = read("Kelvo Tire built a plant at the Diamniadio industrial park.", "en", None)
    assert projects(zone) == {"Plant in the Diamniadio industrial park"}


def test_the_expansion_a_plant_belongs_to_names_nothing() -> None:
    found = read(TIRES, "en", "2019-05-01")
    assert not [p for p in found if p.field == "name" and "xpansion" in p.quote]
    assert value_of(found, "Plant at Thiès", "jobs")["value"] == 450


def test_a_malaysian_legal_form_ends_no_sentence() -> None:
    found = read(TIRES, "en", "2019-05-01")
    assert "Kelvo Tyre Senegal Sdn. Bhd." in orgs(found)
    singapore = read("Its unit Kelvo Asia Pte. Ltd. will run the plant in Thies.", "en", None)
    assert "Kelvo Asia Pte. Ltd." in orgs(singapore)


def test_a_name_that_speaks_of_its_subsidiary_is_a_companys() -> None:
    found = read(TIRES, "en", "2019-05-01")
    assert "Kelvo Tire" in orgs(found)
    assert "Kelvo Tire" not in people(found)
    plant = read("Kelvo Motors said its new plant in Thies will open in May.", "en", None)
    assert "Kelvo Motors" in orgs(plant)
    # a person who said something of a company's subsidiary stays a person
    person = read("Omar Sall said the subsidiary of Kelvo Motors will build a plant.", "en", None)
    assert "Omar Sall" in people(person)


BEARINGS = (
    "Kelvo Company of Japan will expand the investment in Sri Lanka by building a bearings plant"
    " in Marvel District, Tarvel Province and another plant to assemble other parts in Norvel"
    " Province."
)


def test_a_district_said_with_its_province_is_the_plants_town() -> None:
    found = read(BEARINGS, "en", "2010-10-01")
    location = value_of(found, "Bearings plant at Marvel", "location")
    assert (location["region"], location["locality"]) == ("Tarvel", "Marvel")


def test_a_province_then_and_another_plant_is_no_name() -> None:
    found = read(BEARINGS, "en", "2010-10-01")
    assert projects(found) == {"Bearings plant at Marvel", "Plant to assemble other parts"}
    assert value_of(found, "Plant to assemble other parts", "location")["region"] == "Norvel"


LEDS = (
    "Omar Sall lance le chantier d'une usine chinoise au Maroc\n\n"
    "TIKIOUINE, Souss-Massa (Reuters) - Omar Sall a participé lundi dans le Souss-Massa à la pose"
    " symbolique de la première pierre de l’usine du groupe chinois Kelvo, qui assemblera des"
    " diodes électroluminescentes (Led) et prévoit de créer 200 emplois.\n\n"
    "Le Premier ministre s’est félicité à cette occasion de l’attractivité du Maroc pour les"
    " investissements étrangers."
)


def test_a_dispatch_from_a_town_of_the_plants_region_is_from_its_town() -> None:
    found = read(LEDS, "fr", "2016-01-10")
    assert projects(found) == {"Usine de Tikiouine"}
    location = value_of(found, "Usine de Tikiouine", "location")
    assert (location["region"], location["locality"]) == ("Souss-Massa", "Tikiouine")
    # a dispatch from a town of another region places nothing
    other = read(LEDS.replace("TIKIOUINE, Souss-Massa", "RABAT, Rabat-Salé-Kénitra"), "fr")
    assert projects(other) == {"Usine"}


def test_one_who_took_part_is_a_person_and_the_next_sentences_title_is_theirs() -> None:
    found = read(LEDS, "fr", "2016-01-10")
    assert "Omar Sall" in people(found)
    [role] = about(found, "Omar Sall", "roles")
    assert role.plain_value()["title"] == {"fr": "Premier ministre"}
    # a title opening a sentence after two people named is no one's
    two = read(
        "Omar Sall et Ali Tarvel ont participé lundi à l'inauguration de l'usine Kelvo de Thiès."
        " Le Premier ministre s’est félicité de l'investissement.",
        "fr",
    )
    assert not [p for p in two if p.field == "roles"]


def test_a_symbolic_first_stone_starts_the_works() -> None:
    found = read(LEDS, "fr", "2016-01-10")
    assert value_of(found, "Usine de Tikiouine", "status") == "construction"
    start = value_of(found, "Usine de Tikiouine", "dates.construction_start")
    assert start["earliest"] == "2016-01-04"


def test_light_emitting_diodes_are_electronics() -> None:
    found = read(LEDS, "fr", "2016-01-10")
    assert sector_names(found) == {"Électronique"}
    english = read("Kelvo will build a plant in Thies to make light-emitting diodes.", "en")
    assert sector_names(english) == {"Electronics"}


STATE = (
    "German carmaker Kelvo plans to build a factory in Senegal. The agreement to set up the plant"
    " will be signed with the government of Saint Louis state, where the factory will be located."
    " The Saint Louis state government will have a stake in the project, its governor Omar Sall"
    " said."
)


def test_a_states_government_keeps_its_word_and_its_country_is_the_articles() -> None:
    found = read(STATE, "en", "2012-10-01")
    assert "Government of Saint Louis state" in orgs(found)
    assert value_of(found, "Government of Saint Louis state", "country") == "SN"


def test_the_region_said_before_where_the_factory_will_be_places_it() -> None:
    found = read(STATE, "en", "2012-10-01")
    [location] = about(found, "Factory", "location")
    assert location.plain_value()["region"] == "Saint-Louis"
    assert location.quote.startswith("Saint Louis state, where the factory")


def test_its_governor_is_the_state_governments_head() -> None:
    found = read(STATE, "en", "2012-10-01")
    [role] = about(found, "Omar Sall", "roles")
    [government] = {
        p.new.key for p in found if p.new and p.new.name == "Government of Saint Louis state"
    }
    assert role.plain_value()["org"] == government
    assert value_of(found, "Government of Saint Louis state", "head") == "Omar Sall"
    assert not about(found, "Kelvo", "head")


BILLIONAIRE = (
    "Le groupe du milliardaire sénégalais Ousmane Tarvel avait lancé la construction d'une"
    " cimenterie\n\n"
    "Le ministre de l’Industrie a parlé lors du lancement des travaux de la future cimenterie du"
    " groupe Tarvel à Kayar, dont la livraison est prévue fin 2020."
)


def test_the_billionaire_whose_group_it_is_is_a_person() -> None:
    found = read(BILLIONAIRE, "fr", "2019-01-10")
    assert "Ousmane Tarvel" in people(found)
    assert "Ousmane Tarvel" not in orgs(found)
    assert value_of(found, "Tarvel", "country") == "SN"
    # a group said by a company's name stays the company
    group = read("Le groupe du géant sénégalais Kelvo Ciments a lancé une cimenterie.", "fr")
    assert "Kelvo Ciments" in orgs(group)


def test_a_plant_the_headline_names_by_its_noun_is_quoted_in_the_running_text() -> None:
    found = read(BILLIONAIRE, "fr", "2019-01-10")
    [name] = about(found, "Cimenterie de Kayar", "name")
    assert name.start > BILLIONAIRE.index("\n")
    assert BILLIONAIRE[name.start : name.end] == "cimenterie"
    # a name of its own the headline gives keeps its quote there
    own = read(
        "L'usine de traitement du latex Kelvo Lào mise en chantier\n\n"
        "La compagnie Kelvo a lancé mercredi à Thiès les travaux de son usine de traitement du"
        " latex.",
        "fr",
    )
    [named] = [p for p in own if p.field == "name" and p.new and p.new.kind == "projects"]
    assert named.quote == "usine de traitement du latex Kelvo Lào"


CARS = (
    "German carmaker Kelvo plans to build a factory in Senegal. The luxury car giant hopes to"
    " start building the plant in April next year and producing cars in late 2014. Kelvo vice"
    " president and sales director Omar Sall made the announcement. Sall said plans are for"
    " capacity of 30,000 vehicles a year. Kelvo dominates the luxury market in Senegal, where it"
    " sells 10,000 to 12,000 vehicles a year. But Senegal is only the world's seventh largest"
    " manufacturer, producing 3.4 million units a year."
)


def test_a_departments_director_is_a_title() -> None:
    found = read(CARS, "en", "2012-10-04")
    [role] = about(found, "Omar Sall", "roles")
    assert role.plain_value()["title"] == {"en": "vice president and sales director"}


def test_the_start_said_once_is_the_works_and_the_outputs() -> None:
    found = read(CARS, "en", "2012-10-04")
    assert value_of(found, "Factory", "dates.construction_start")["earliest"] == "2013-04-01"
    assert value_of(found, "Factory", "dates.operation_start")["earliest"] == "2014-10-01"


def test_what_a_company_sells_and_a_country_makes_are_no_capacity() -> None:
    found = read(CARS, "en", "2012-10-04")
    assert [p.plain_value()["value"] for p in found if p.field == "capacity"] == [30_000]


OUTPUT = (
    "Japan’s Kelvo Tire Corp. will beef up its annual output capabilities in Senegal by 48"
    " percent to 7.4 million units.\n\nKelvo Tire said its local subsidiary, Kelvo Tyre Senegal"
    " SA, recently built a plant in Thies. The plant will start operations in October with"
    " initial annual production capacity of 2.4 million tires. Kelvo Tire’s total output"
    " capacity in Senegal is currently 5 million units.\n\nThe Japanese firm will invest as much"
    " as 21 billion yen and hire about 450 employees."
)


def test_all_a_company_makes_in_a_country_is_no_plants_capacity() -> None:
    found = read(OUTPUT, "en", "2019-05-01")
    assert [p.plain_value()["value"] for p in found if p.field == "capacity"] == [2_400_000]


def test_a_local_subsidiary_is_the_hosts_and_the_japanese_firm_the_japanese_one() -> None:
    found = read(OUTPUT, "en", "2019-05-01")
    assert value_of(found, "Kelvo Tyre Senegal SA", "country") == "SN"
    assert value_of(found, "Kelvo Tire Corp.", "country") == "JP"


LEASE = (
    "Japan's Kelvo Motor Co will set up a motorcycle plant at Mirsarai. The Bangladesh Economic"
    " Zones Authority (Beza) and Kelvo Motor Bangladesh Ltd, a joint venture between Kelvo Motor"
    " Co and local Tarvel Group, signed a land lease agreement in Dhaka on Sunday."
)


def test_a_ventures_owners_said_of_it_sign_nothing() -> None:
    found = read(LEASE, "en", "2025-02-10")
    signers = {p.quote for p in about(found, "Land lease agreement", "parties")}
    assert signers == {"Bangladesh Economic Zones Authority", "Kelvo Motor Bangladesh Ltd"}


def test_a_company_said_local_is_the_hosts() -> None:
    found = read(LEASE, "en", "2025-02-10")
    [country] = about(found, "Tarvel Group", "country")
    assert (country.plain_value(), country.quote) == ("BD", "local Tarvel Group")


def test_the_consortium_whose_plant_it_is_is_no_word_of_its_name() -> None:
    found = read(
        "Le Premier ministre a procédé samedi à Boké au lancement officiel des travaux de"
        " construction de la raffinerie d'alumine du consortium Kelvo-Tarvel.",
        "fr",
        "2025-06-14",
    )
    assert projects(found) == {"Raffinerie d'alumine de Boké"}


def test_a_bodys_name_runs_on_to_the_place_its_letters_spell() -> None:
    found = read(
        "MUSCAT: The Special Economic Zone Authority at Duqm (SEZAD) has signed an agreement with"
        " South Korea's Kelvo Steel to develop a green steel plant. The agreement was signed on"
        " Monday by Ahmed Akaak, CEO of SEZAD.",
        "en",
        "2025-01-14",
    )
    body = "Special Economic Zone Authority at Duqm"
    assert body in orgs(found)
    assert value_of(found, body, "acronym") == "SEZAD"
    [agreement] = {p.subject or p.new.key for p in found if p.field == "title"}
    signers = {
        p.quote for p in found if p.field == "parties" and (p.subject or p.new.key) == agreement
    }
    assert signers == {body, "Kelvo Steel"}
    # letters that spell no such place leave the name as it is
    other = read("The Investment Authority at Duqm (KIA) signed a deal with Kelvo.", "en")
    assert "Investment Authority at Duqm" not in orgs(other)


SRI_CITY = (
    "Japanese major Kelvo to invest Rs 1,800 crore in new plant at Sri City\n\n"
    "Chennai: Japanese auto components maker Kelvo Corporation will invest Rs 1,800 crore to set"
    " up a manufacturing facility at Sri City in Andhra Pradesh's Tirupati district, the company"
    " said on Wednesday."
)


def test_the_region_whose_district_it_is_says_the_host_and_the_plants_region() -> None:
    found = read(SRI_CITY, "en", "2025-08-20")
    [location] = [p.plain_value() for p in found if p.field == "location"]
    assert location == {"country": "IN", "region": "Andhra Pradesh", "locality": "Sri City"}
    [countries] = [p.plain_value() for p in found if p.field == "countries"]
    assert countries == ["IN", "JP"]


def test_battery_materials_are_the_car_trades() -> None:
    found = read(
        "Le fabricant chinois de matériaux pour batteries Kelvo Energy a lancé mardi la"
        " construction de son usine de cathodes à Kénitra.",
        "fr",
        "2025-03-18",
    )
    assert sector_names(found) == {"Automobile"}
    copper = read("Kelvo will build a plant in Ndola to make copper cathodes.", "en")
    assert "Automotive" not in sector_names(copper)


def test_the_countrys_manufacturing_sector_is_no_plants() -> None:
    found = read(
        "Chinese tyre maker Kelvo Tire opened a factory in the northern Serbian town of Zrenjanin"
        " on Monday, the biggest Chinese investment in the Balkan country's manufacturing sector.",
        "en",
        "2024-11-04",
    )
    assert sector_names(found) == {"Rubber and tyres"}


EXPANSION = (
    "Kelvo Apparel Ltd, a subsidiary of Hong Kong-based Tarvel Holdings, will expand its garment"
    " factory in Koggala. The Rs 3 billion expansion will add 1,500 jobs."
)


def test_a_seat_said_before_a_name_is_no_word_of_it() -> None:
    found = read(EXPANSION, "en", "2024-05-04")
    assert orgs(found) == {"Kelvo Apparel Ltd", "Tarvel Holdings"}
    assert value_of(found, "Tarvel Holdings", "country") == "HK"


def test_the_plant_expanded_is_the_project_and_the_expansions_cost_its_investment() -> None:
    found = read(EXPANSION, "en", "2024-05-04")
    assert projects(found) == {"Garment factory"}
    assert value_of(found, "Garment factory", "investment")["value"] == 3_000_000_000
    assert value_of(found, "Garment factory", "jobs")["value"] == 1_500
    # a plant its owner only has, no works said on it, is no project
    held = read(
        "Kelvo, which already runs its garment factory in Koggala, will build a spinning mill in"
        " Galle.",
        "en",
    )
    assert projects(held) == {"Spinning mill at Galle"}


def test_a_plant_built_by_a_firm_at_a_place_is_there() -> None:
    found = read(
        "President Museveni commissions Chinese-built cement plant in Hoima\n\n"
        "HOIMA - President Yoweri Museveni on Saturday commissioned a 1.5 million tonnes per"
        " annum (mtpa) cement plant built by Chinese firm Kelvo Cement Uganda Ltd at Kabaale in"
        " Hoima district.",
        "en",
        "2025-07-12",
    )
    assert projects(found) == {"Cement plant at Kabaale"}
    location = value_of(found, "Cement plant at Kabaale", "location")
    assert (location["region"], location["locality"]) == ("Hoima", "Kabaale")


def test_what_a_power_station_burns_is_of_its_name() -> None:
    found = read(
        "La cimenterie Kelvo de Thiès aura une capacité de 2,5 millions de tonnes. Le complexe"
        " comprendra en outre une centrale thermique à charbon de 100 mégawatts.",
        "fr",
        "2020-01-01",
    )
    [part] = about(found, "Cimenterie Kelvo de Thiès", "components")
    assert part.plain_value()["name"] == {"fr": "Centrale thermique à charbon"}


def test_a_parts_power_is_no_capacity_of_the_plant() -> None:
    found = read(
        "La cimenterie Kelvo de Thiès aura une capacité de 2,5 millions de tonnes. Le complexe"
        " comprendra en outre une centrale thermique à charbon de 100 mégawatts.",
        "fr",
        "2020-01-01",
    )
    assert [p.plain_value()["value"] for p in found if p.field == "capacity"] == [2_500_000]
    # a power station's own power stays its capacity
    station = read("Kelvo va construire une centrale thermique de 100 mégawatts à Thiès.", "fr")
    assert [p.plain_value()["value"] for p in station if p.field == "capacity"] == [100]


def test_the_staff_a_plant_already_employs_are_its_jobs() -> None:
    found = read(
        "L'usine de montage de tracteurs du groupe indien Kelvo à Diamniadio est entrée en"
        " production ce lundi. Elle a coûté 12 milliards de FCFA et emploie déjà 150 jeunes"
        " Sénégalais.",
        "fr",
        "2025-06-16",
    )
    [jobs] = [p.plain_value()["value"] for p in found if p.field == "jobs"]
    assert jobs == 150


def test_a_trade_pact_the_goods_go_under_is_no_agreement() -> None:
    found = read(
        "Turkish textile manufacturer Kelvo Denim on Thursday broke ground for a denim factory at"
        " Kibaha. The plant will produce 30 million metres of denim fabric annually, mainly for"
        " export to the United States and Europe under the AGOA trade pact.",
        "en",
        "2025-03-14",
    )
    assert not [p for p in found if p.new and p.new.kind == "agreements"]
