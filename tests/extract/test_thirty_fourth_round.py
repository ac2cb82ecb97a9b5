"""Thirty-fourth round: what the first reading of held-out set AX showed the reader could not
read, in words any article may use.

- "Last year Kelvar Corp., then known as Norvel Kelso Railway Vehicles, received a $566
  million contract from the state and MBTA to build new subway cars": a name the company
  went by is no plant's, and "X Railway Vehicles", a trade's capitalised word after the
  plant's noun, is a company's name, no railway; a contract received is signed, its
  receiver a party, what it is for its title however long the list it was received from;
  "the fulfillment of the MBTA contract" says the same contract again. One awarded is not
  yet signed (its signing may come later).
- "Chinese Kelvar USA Rail Corp. breaks ground …", then "Chinese-owned Kelvar USA Rail
  Corp.": whose the company is, said before its name, is no word of it.
- "a subway car factory", "railcars": rail transport, no cars of the road.
- "dont les travaux débutent ce mois-ci (novembre)": this month, placed by the source's
  date.
- "au moins 39 emplois pour les nationaux et quatre pour les étrangers": a second count
  for others, its noun left out.
- "in American Samoa", "in Guam": an outlying area of the United States is a country of
  its own (AS, GU), no state.
- "executives from A.V.M. Bernardo Engineering": a company by its trade, its initials one
  word; "Chemical Engineering" is a discipline; "the Guyanese X Engineering", whose.
- "allowing the company to import plant construction materials": equipment, no plant.
- "a new food-processing plant": agrifood, hyphened or not.
- "The company expects to begin construction early next year", "would be coming to the
  Hapi Isles to set up a solar panel factory": works ahead, announced.
- "Solomon Islands will soon have its own solar panel manufacturing plant": a plant it has
  not had, said first there; "own" is no word of its name.
- "La signature du contrat pour l'installation de cette usine a récemment eu lieu": signed.
- "le Parc Industriel de la Plaine de l'Ain (Pipa)": a park, where plants stand, no body.
- "la société chinoise de cosmétiques originaire de Taïwan": where the company comes from,
  no place of the plant's; cosmetics an industry of its own.
- "Une délégation de 200 personnes … pour inaugurer cette nouvelle usine", "pour
  l'inauguration le 27 septembre": visitors, no staff, and an opening ahead; "a jeté son
  dévolu sur la région lyonnaise … pour créer sa première usine": a plant announced.
- "la Zone économique spéciale (ZEE, sigle en portugais)", then "le président du conseil
  d'administration de la ZEE": letters of another tongue, and a zone someone heads is a body
  too.
- "The company expects to begin construction early next year. Operations would begin the
  following year": the year after the one said before ("two years later", "deux ans plus
  tard": so many years after).
- "Dans six mois, une usine … verra le jour à Ouagadougou": the plant to come into being
  then, its start.
- "the agriculture ministry said", "Agriculture Cabinet Secretary X": a portfolio said before
  its noun, no trade of the plant's.
- "une convention avec l'Etat du Niger": the state a party, "Niger" read after its "du";
  "Egypt's Suez Canal Economic Zone signed a contract with X … in Sokhna": the zone that signs
  is a body, a party, and the plant's place is the town.
- "100,000 tonnes of pipes a year for the country's oil and gas industry": the trade the
  products go to, no trade of the plant's.
- "Kelvar Investment Holding CJSC and Norvel Mining Company SAE": legal forms of the
  former Soviet states and of Egypt, each closing its company's name.
- "said Chanhe Zhou, Kelvar Rail Corp. president": the company by its legal form, its head.
- "La signature du contrat pour l'installation de cette usine a récemment eu lieu à Luanda,
  entre le président du conseil d'administration de la ZEE, X, et le représentant de cette
  société": the contract is for building the plant spoken of, which its title says; its
  parties are said after the clause, the company by its representative.

Probes in the press's common forms, with names no list knows:

- A headline's "Korean firm Norvel Chem signs deal to build Uzbek fertiliser plant": its
  verb is no word of the deal's title, which is the body's agreement; "Norvel Chem of South
  Korea and Uzkimyo have signed": where the first signer is from is no stop; the company's
  name is quoted where its words are said, not where the body says its first word alone.
- A headline's "… breaks ground on Ethiopian garment factory", then "broke ground on a $25
  million factory in the Hawassa Industrial Park": the headline's plant, said again with its
  cost and the park it stands in.
- "the plant would supply breweries across East Africa": its customers, no trade of its
  own; "a glass bottle plant": glass.
- "Australian-listed Norvel Mining said …": a company by its act, its country said by its
  listing; "China's Norvel Resources": a company by its trade's word ("the Ministry of
  Lands and Mineral Resources" is none).
- "Kelvar Nickel's president director Budi Santoso": the company's head.
- "La première pierre d'une cimenterie turque posée à Kindia": the participle is no word of
  the plant's name.
- "The $300 million mine will produce …": the mine spoken of, its cost invested.
- A headline's "Turkish firm to expand Ethiopian textile plant": the verb after "to" is no
  word of the plant's name.
- "Egypt's General Authority for the Suez Canal Economic Zone (SCZone) signed a $500
  million agreement on Tuesday with China's Kelvar Solar to build a solar panel factory in
  Sokhna": the body's name with its article, and the agreement's purpose after its day and
  its counterpart; "(SCZone)", its capitals the name's initials, an acronym in mixed case;
  "Kaito Holding of the UAE": whose, no word of the name.
- "Japan's Kelvar Seiko Co. opened a 2.1 billion baht ($60 million) auto parts factory …
  on Thursday": the plant opened, its cost and its conversion between the verb and its noun.
- "Brazilian meatpacker Kelvar Alimentos SA plans to build … in Paraguay's Chaco region": a
  company by its trade, whose its cue says though its legal form reads a longer name; the
  region is the country's said as whose it is, whatever namesake another country has.
- "l'usine approvisionnera les industries agroalimentaires et les cimenteries du pays": its
  customers, listed; "sacs en polypropylène": packaging.
- A headline's present, "Kelvar opens $50 million plant in Kenya", "Kelvar ouvre une usine
  de sacs à Thiès": the plant working.
- "l'usine d'engrais de Lomé, propriété jusqu'ici de la société française Norvel Agro":
  the seller, no party now; "le site, qui produit actuellement 100 000 tonnes": working.
- "Kazakhstan's Kelvar Group and China Nonferrous Norvel Co. … broke ground": a group's
  noun ends the first of two companies.
- "La convention, d'une durée de 25 ans, a été paraphée": its term, no day of its signing.
- "Uzbekistan's Ministry of Investment, Industry and Trade said": a ministry's portfolios
  listed ("the Ministry of Industry, Kelvar and Norvel said" lists three bodies).
- "Marubeni and Sumitomo will build …", "avec Saudi Aramco": the world's large industrial
  groups by their names alone (a list, as the gazetteer is one: no common word or surname).
"""

from __future__ import annotations

from .reading import (
    dates_said,
    named,
    orgs,
    projects,
    read,
    sector_names,
    statuses,
    value_of,
)

CONTRACT = (
    "Last year Kelvar Corp., then known as Norvel Kelso Railway Vehicles, received a $566 "
    "million contract from the state and MBTA to build new subway cars. Kelvar Corp. broke "
    "ground Thursday on a $95 million subway car factory in Springfield, Massachusetts. Zhou "
    "said the plant is not just for the fulfillment of the MBTA contract."
)


def test_a_former_name_is_no_plant() -> None:
    found = read(CONTRACT, "en")
    assert projects(found) == {"Subway car factory at Springfield"}
    assert not [p for p in found if "Norvel" in p.quote and p.field == "name"]


def test_a_contract_received_is_signed_by_its_receiver() -> None:
    found = read(CONTRACT, "en")
    assert named(found, "agreements") == {"Contract to build new subway cars"}
    title = "Contract to build new subway cars"
    assert value_of(found, title, "status") == "signed"
    [party] = [p for p in found if p.new and p.new.name == title and p.field == "parties"]
    assert party.quote == "Kelvar Corp."
    [event] = [p for p in found if p.new and p.new.name == title and p.field == "events"]
    assert event.plain_value()["date"]["raw"] == "Last year"


def test_a_contract_received_or_its_signing_done() -> None:
    for text, lang in (
        ("Kelvar Corp. received a contract to build a cement plant in Accra, Ghana.", "en"),
        (
            "Kelvar investit dans une usine de détergents à Luanda. La signature du contrat pour "
            "l'installation de cette usine a récemment eu lieu à Luanda.",
            "fr",
        ),
    ):
        found = read(text, lang)
        assert "signed" in statuses(found), text
    # one awarded is not yet: its signing may come later
    found = read("Kelvar Corp. was awarded a contract to build a cement plant in Accra.", "en")
    assert "signed" not in statuses(found)


def test_whose_the_company_is_before_its_name() -> None:
    found = read(
        "Chinese Kelvar USA Rail Corp. breaks ground on $95 million subway car factory in "
        "Springfield\nSPRINGFIELD - Chinese-owned Kelvar USA Rail Corp. broke ground Thursday "
        "on a $95 million subway car factory here.",
        "en",
    )
    assert orgs(found) == {"Kelvar USA Rail Corp."}
    assert value_of(found, "Kelvar USA Rail Corp.", "country") == "CN"
    # a trade's word after the adjective is the name's own
    found = read("Chinese Petroleum Corp. opened a factory in Springfield on Monday.", "en")
    assert orgs(found) == {"Chinese Petroleum Corp."}


def test_subway_cars_are_rail_transport() -> None:
    for text in (
        "Kelvar Corp. opened a $95 million subway car factory in Springfield on Monday.",
        "Kelvar Corp. will build railcars at a new plant in Springfield.",
    ):
        assert sector_names(read(text, "en")) == {"Rail transport"}, text
    found = read("Kelvar Corp. opened a car factory in Springfield on Monday.", "en")
    assert sector_names(found) == {"Automotive"}


def test_this_month_by_the_source_s_date() -> None:
    assert dates_said("dont les travaux débutent ce mois-ci (novembre).", "2019-11-02") == [
        ("ce mois-ci", "2019-11-01", "2019-11-30")
    ]


def test_a_second_count_for_others() -> None:
    found = read(
        "La société indienne Kelvar investit 2,7 millions de dollars dans une usine de "
        "détergents à Luanda. Cette usine créera au moins 39 emplois pour les nationaux et "
        "quatre pour les étrangers."
    )
    jobs = [p for p in found if p.field == "jobs"]
    assert sorted((p.quote, p.plain_value()["value"], p.plain_value()["min"]) for p in jobs) == [
        ("au moins 39 emplois", None, 39),
        ("quatre pour les étrangers", 4, None),
    ]
    found = read(
        "Kelvar will build a plant in Accra, Ghana, with 300 jobs for locals and 20 for "
        "expatriates.",
        "en",
    )
    assert sorted(p.plain_value()["value"] for p in found if p.field == "jobs") == [20, 300]


def test_an_outlying_area_is_a_country() -> None:
    found = read(
        "A Filipino company, Kelvar Foods, will build a plant in Pago Pago, American Samoa, "
        "next year.",
        "en",
    )
    assert value_of(found, "Plant at Pago Pago", "location") == {
        "country": "AS",
        "region": None,
        "locality": "Pago Pago",
    }
    assert value_of(found, "Plant at Pago Pago", "countries") == ["AS", "PH"]
    found = read("Kelvar Foods will build a plant in Guam next year.", "en")
    assert [p.plain_value()["country"] for p in found if p.field == "location"] == ["GU"]


def test_an_engineering_company_by_its_initials() -> None:
    found = read(
        "Executives from A.V.M. Bernardo Engineering were in Guam this week to finalize the "
        "paperwork for the plant.",
        "en",
    )
    assert orgs(found) == {"A.V.M. Bernardo Engineering"}
    assert orgs(read("The plant will use Chemical Engineering methods in Guam.", "en")) == set()
    found = read(
        "GKB, a joint venture between the Guyanese Kelso Engineering and Norvel, will build a "
        "plant in Georgetown.",
        "en",
    )
    assert "Kelso Engineering" in orgs(found)


def test_plant_equipment_is_no_plant() -> None:
    found = read(
        "Kelvar Foods will build a new food-processing plant in Guam. The government is "
        "considering allowing the company to import plant construction materials duty-free.",
        "en",
    )
    assert projects(found) == {"Food-processing plant"}
    assert sector_names(found) == {"Agrifood"}


def test_works_ahead() -> None:
    found = read(
        "Kelvar Foods will invest $100 million in a new food-processing plant in Guam. The "
        "company expects to begin construction early next year.",
        "en",
    )
    assert statuses(found) == {"announced"}
    found = read(
        "The ambassador said Speedwell, a Taiwanese solar manufacturer, would be coming to the "
        "Hapi Isles to set up a solar panel factory in Honiara early next year.",
        "en",
    )
    assert statuses(found) == {"announced"}


def test_its_own_plant_is_said_first() -> None:
    found = read(
        "Solomon Islands will soon have its own solar panel manufacturing plant, according to "
        "the ambassador.\nThe ambassador said a Taiwanese firm would set up a solar panel "
        "factory in Honiara early next year.",
        "en",
    )
    assert projects(found) == {"Solar panel manufacturing plant at Honiara"}


DOWELL = (
    "C'est l'agence qui l'annonce : la société chinoise de cosmétiques originaire de Taïwan, "
    "Kelvar & Yidai a jeté son dévolu sur la région lyonnaise et plus précisément le Parc "
    "Industriel de la Plaine de l'Ain (Pipa) pour créer sa première usine en France : celle-ci "
    "devrait employer près de 80 personnes d'ici trois ans.\n"
    "Une délégation de 200 personnes pour l'inauguration le 27 septembre\n"
    "Une délégation de 200 personnes se rendra à Lyon le 27 septembre prochain pour inaugurer "
    "cette nouvelle usine."
)


def test_a_park_is_no_body() -> None:
    assert not [o for o in orgs(read(DOWELL, published=None)) if "Parc" in o]


def test_where_the_company_comes_from() -> None:
    found = read(DOWELL, published=None)
    assert all(p.plain_value()["country"] == "FR" for p in found if p.field == "location")
    assert sector_names(found) == {"Cosmétiques"}


def test_visitors_and_an_opening_ahead() -> None:
    found = read(DOWELL, published=None)
    assert [p.plain_value()["value"] for p in found if p.field == "jobs"] == [80]
    assert statuses(found) == {"announced"}


def test_a_zone_someone_heads_is_a_body() -> None:
    found = read(
        "La société indienne Kelvar investit 2,7 millions de dollars dans une usine située "
        "dans la Zone économique spéciale (ZEE, sigle en portugais), à Luanda. La signature du "
        "contrat a eu lieu entre le président du conseil d'administration de la ZEE, Henriques "
        "da Silva, et le représentant de cette société.",
        published="2019-11-02",
    )
    assert value_of(found, "Zone économique spéciale", "acronym") == "ZEE"
    assert value_of(found, "Zone économique spéciale", "head") == "Henriques da Silva"
    # a zone no one heads is where the plant stands
    found = read(
        "La société indienne Kelvar investit 2,7 millions de dollars dans une usine située "
        "dans la Zone économique spéciale (ZEE, sigle en portugais), à Luanda."
    )
    assert "Zone économique spéciale" not in orgs(found)


def test_the_following_year() -> None:
    found = read(
        "Kelvar Foods will invest $100 million in a new food-processing plant in Guam. The "
        "company expects to begin construction early next year. Operations would begin the "
        "following year, he said.",
        "en",
        "2014-10-12",
    )
    start = value_of(found, "Food-processing plant", "dates.operation_start")
    assert (start["raw"], start["earliest"], start["latest"]) == (
        "the following year",
        "2016-01-01",
        "2016-12-31",
    )


def test_a_head_by_the_company_s_legal_form() -> None:
    found = read('"We are proud," said Chanhe Zhou, Kelvar Rail Corp. president.', "en")
    assert value_of(found, "Kelvar Rail Corp.", "head") == "Chanhe Zhou"


def test_a_contract_for_the_plant_spoken_of_and_its_parties() -> None:
    found = read(
        "La société indienne Kelvar investit 2,7 millions de dollars dans une usine de "
        "détergents située dans la Zone économique spéciale (ZEE, sigle en portugais), à "
        "Luanda. La signature du contrat pour l'installation de cette usine a récemment eu "
        "lieu à Luanda, entre le président du conseil d'administration de la ZEE, Henriques "
        "da Silva, et le représentant de cette société.",
        published="2019-11-02",
    )
    title = "Contrat pour l'installation de cette usine"
    assert named(found, "agreements") == {title}
    assert value_of(found, title, "status") == "signed"
    parties = {p.quote for p in found if p.new and p.new.name == title and p.field == "parties"}
    assert parties == {"ZEE", "et le représentant de cette société"}


def test_a_headline_s_verb_is_no_word_of_its_deal() -> None:
    found = read(
        "Korean firm Norvel Chem signs deal to build Uzbek fertiliser plant\n"
        "Norvel Chem of South Korea and Uzbekistan's state chemical company Uzkimyo have "
        "signed an agreement to build a fertiliser plant in the Navoi region, the Uzbek "
        "government said on Friday.",
        "en",
    )
    title = "Agreement to build a fertiliser plant in the Navoi region"
    assert named(found, "agreements") == {title}
    # the company's name quoted where its words are all said
    assert [
        p.quote for p in found if p.new and p.new.name == "Norvel Chem" and p.field == "name"
    ] == ["Norvel Chem"]
    parties = {p.quote for p in found if p.new and p.new.name == title and p.field == "parties"}
    assert parties == {"Norvel Chem", "Uzkimyo"}


def test_a_headline_s_plant_in_a_park() -> None:
    found = read(
        "Vietnam's Kelvar Textile breaks ground on Ethiopian garment factory\n"
        "Vietnamese garment maker Kelvar Textile on Monday broke ground on a $25 million "
        "factory in the Hawassa Industrial Park, southern Ethiopia.",
        "en",
    )
    assert projects(found) == {"Factory in the Hawassa Industrial Park"}


def test_customers_supplied_and_glass() -> None:
    found = read(
        "Turkish packaging group Norvel Cam will invest $40 million in a glass bottle plant in "
        "Kisumu, western Kenya. Its chief executive said the plant would supply breweries "
        "across East Africa.",
        "en",
    )
    assert sector_names(found) == {"Glass", "Packaging"}


def test_companies_by_their_listing_and_their_trade() -> None:
    found = read(
        "Australian-listed Norvel Mining said on Thursday it had been granted a licence.", "en"
    )
    assert value_of(found, "Norvel Mining", "country") == "AU"
    found = read(
        "Kelvar Corp. signed a memorandum with China's Norvel Resources on Monday to build a "
        "smelter. The Ministry of Lands and Mineral Resources said it would help.",
        "en",
    )
    assert "Norvel Resources" in orgs(found)
    assert "Lands and Mineral Resources" not in orgs(found)


def test_a_president_director() -> None:
    found = read(
        "Kelvar Nickel's president director Budi Santoso told reporters the plant would open "
        "in 2028.",
        "en",
    )
    assert value_of(found, "Kelvar Nickel", "head") == "Budi Santoso"


def test_a_participle_is_no_word_of_the_name() -> None:
    found = read(
        "La première pierre d'une cimenterie turque posée à Kindia\n"
        "La première pierre de la cimenterie de la société turque Kelvar Çimento a été posée "
        "jeudi à Kindia, en Guinée."
    )
    assert projects(found) == {"Cimenterie de Kindia"}


def test_the_mine_said_by_its_cost() -> None:
    found = read(
        "Norvel Mining will build a graphite mine in southern Tanzania.\nThe $300 million mine "
        "will produce 60,000 tonnes of graphite concentrate a year.",
        "en",
    )
    assert value_of(found, "Graphite mine", "investment")["value"] == 300_000_000


def test_a_headline_s_infinitive_is_no_word_of_the_name() -> None:
    found = read(
        "Turkish firm to expand Ethiopian textile plant\nTurkey's Kelvar Tekstil will invest an "
        "additional $30 million to expand its textile factory in Adama.",
        "en",
    )
    # (the body's first words for it name it, the convention's first mention: round
    # fifty-three reads "to expand its textile factory" as the plant spoken of)
    assert projects(found) == {"Textile factory at Adama"}


def test_an_authority_for_the_zone_and_an_agreement_after_its_day() -> None:
    found = read(
        "Egypt's General Authority for the Suez Canal Economic Zone (SCZone) signed a $500 "
        "million agreement on Tuesday with China's Kelvar Solar to build a solar panel factory "
        "in Ain Sokhna, the authority said.",
        "en",
    )
    assert value_of(found, "General Authority for the Suez Canal Economic Zone", "acronym") == (
        "SCZone"
    )
    assert named(found, "agreements") == {"Agreement to build a solar panel factory in Ain Sokhna"}


def test_opened_with_its_cost_converted() -> None:
    found = read(
        "Japan's Kelvar Seiko Co. opened a 2.1 billion baht ($60 million) auto parts factory "
        "in Chonburi, Thailand, on Thursday, the company said.",
        "en",
        "2026-03-10",
    )
    assert statuses(found) == {"operating"}
    [start] = [p for p in found if p.field == "dates.operation_start"]
    assert start.plain_value()["earliest"] == "2026-03-05"


def test_a_region_whose_country_is_said() -> None:
    found = read(
        "ASUNCION, Sept 9 (Reuters) - Brazilian meatpacker Kelvar Alimentos SA plans to build "
        "a $200 million beef processing plant in Paraguay's Chaco region, the company said.",
        "en",
    )
    assert value_of(found, "Kelvar Alimentos SA", "country") == "BR"
    assert value_of(found, "Beef processing plant", "location") == {
        "country": "PY",
        "region": "Chaco",
        "locality": None,
    }


def test_customers_listed_and_bags() -> None:
    found = read(
        "La société libanaise Kelvar Industries a inauguré mardi sa nouvelle usine de "
        "fabrication de sacs en polypropylène à Diamniadio, au Sénégal. L'usine approvisionnera "
        "les industries agroalimentaires et les cimenteries du pays."
    )
    assert "Emballage" in sector_names(found)
    assert not {"Agroalimentaire", "Matériaux de construction"} & sector_names(found)


def test_a_headline_s_present_opens() -> None:
    for text, lang in (
        ("Kelvar opens $50 million glass plant in Kisumu\nThe company said on Monday.", "en"),
        ("Kelvar ouvre une usine de sacs à Thiès\nLa société l'a annoncé lundi.", "fr"),
    ):
        assert statuses(read(text, lang)) == {"operating"}, text


def test_the_seller_and_a_plant_producing_now() -> None:
    found = read(
        "Le groupe indien Kelvar Fertilizers a finalisé l'acquisition de l'usine d'engrais de "
        "Lomé, au Togo, propriété jusqu'ici de la société française Norvel Agro, pour un "
        "montant de 45 millions d'euros. Le nouveau propriétaire prévoit de moderniser le site, "
        "qui produit actuellement 100 000 tonnes d'engrais par an."
    )
    parties = {p.quote for p in found if p.field == "parties"}
    assert parties == {"Kelvar Fertilizers"}
    assert "operating" in statuses(found)


def test_a_group_and_another_company() -> None:
    found = read(
        "ASTANA, April 2 (Reuters) - Kazakhstan's Kelvar Group and China Nonferrous Norvel Co. "
        "on Tuesday broke ground on a $1.5 billion copper smelter near Aktogay.",
        "en",
    )
    assert {"Kelvar Group", "China Nonferrous Norvel Co."} <= orgs(found)


def test_an_agreement_s_term_is_no_day() -> None:
    found = read(
        "La société émiratie Norvel Water a signé lundi avec le gouvernement mauritanien une "
        "convention de concession pour l'exploitation d'une usine de dessalement à "
        "Nouadhibou. La convention, d'une durée de 25 ans, a été paraphée par le ministre de "
        "l'Hydraulique, Sidi Mohamed Taleb Amar.",
        published="2026-03-10",
    )
    days = [p.plain_value()["date"]["raw"] for p in found if p.field == "events"]
    assert days == ["lundi"]


def test_a_ministry_s_portfolios_listed() -> None:
    found = read(
        "India's Kelvar Pharmaceuticals Ltd will build a $50 million plant in the Tashkent "
        "region, Uzbekistan's Ministry of Investment, Industry and Trade said on Monday.",
        "en",
    )
    assert "Ministry of Investment, Industry and Trade" in orgs(found)
    found = read("The Ministry of Industry, Kelvar Corp. and Norvel said on Monday.", "en")
    assert "Ministry of Industry" in orgs(found)


def test_large_groups_by_their_names_alone() -> None:
    found = read(
        "Marubeni and Sumitomo will build a $400 million steel pipe plant in Kelso, Ghana, "
        "with Saudi Aramco as the main customer.",
        "en",
    )
    assert {"Marubeni", "Sumitomo", "Saudi Aramco"} <= orgs(found)


def test_years_later() -> None:
    found = read(
        "Kelvar will build a cement plant in Lima, Peru. Construction is expected to start at "
        "the beginning of 2014. Production would begin two years later.",
        "en",
        "2013-05-01",
    )
    start = value_of(found, "Cement plant at Lima", "dates.operation_start")
    assert (start["earliest"], start["latest"], start["planned"]) == (
        "2016-01-01",
        "2016-12-31",
        True,
    )


def test_a_plant_to_come_into_being() -> None:
    found = read(
        "Dans six mois, une usine de sacs verra le jour à Thiès, au Sénégal, grâce à la "
        "société turque Kelvar.",
        published="2018-05-01",
    )
    [start] = [p for p in found if p.field == "dates.operation_start"]
    assert (start.quote, start.plain_value()["latest"]) == (
        "Dans six mois, une usine de sacs verra le jour",
        "2018-11-01",
    )


def test_a_portfolio_before_its_noun() -> None:
    found = read(
        "Morocco's Norvel Group will build a $120 million fertiliser blending plant in Eldoret, "
        "Kenya, the agriculture ministry said. It will employ 250 people, Agriculture Cabinet "
        "Secretary Mutahi Kagwe said.",
        "en",
    )
    assert sector_names(found) == {"Fertilisers"}


def test_a_state_and_a_zone_that_sign() -> None:
    found = read(
        "La société turque Kelvar Enerji a signé mercredi une convention avec l'Etat du Niger "
        "pour la construction d'une centrale solaire."
    )
    assert value_of(found, "Etat du Niger", "country") == "NE"
    found = read(
        "CAIRO, Feb 4 (Reuters) - Egypt's Suez Canal Economic Zone signed a contract with "
        "China's Kelvar Glass on Sunday to establish a $200 million float glass factory in "
        "Sokhna.",
        "en",
    )
    parties = {p.quote for p in found if p.field == "parties" and p.new.kind == "agreements"}
    assert parties == {"Suez Canal Economic Zone", "Kelvar Glass"}
    assert projects(found) == {"Float glass factory at Ain Sokhna"}


def test_a_country_s_industry_supplied() -> None:
    found = read(
        "Turkish company Kelvar Insaat will build a steel pipe plant near Balkanabat, "
        "Turkmenistan. The plant will produce 100,000 tonnes of pipes a year for the "
        "country's oil and gas industry.",
        "en",
    )
    assert sector_names(found) == {"Steel"}


def test_closed_and_egyptian_joint_stock_companies() -> None:
    found = read(
        "The plant will be built by Kelvar Investment Holding CJSC and Norvel Mining Company "
        "SAE in Aswan, Egypt.",
        "en",
    )
    assert {"Kelvar Investment Holding CJSC", "Norvel Mining Company SAE"} <= orgs(found)
