"""Thirty-third round: what the first reading of held-out set AW showed the reader could not
read, in words any article may use.

- A headline, then "A Mersin-based company is to open a new sardine cannery in the Fijian
  capital, Suva, in the early part of 2027" with its full stop lost: a line that opens on
  an article is the lead, no standfirst of the headline's, so its words name the plant;
  "Mersin company" in the headline and "a Mersin-based company" say where the company is
  from (its country one of the pair), not where the plant is; "the Fijian capital, Suva"
  is the plant's town; "is to open a new … plant … in the early part of 2027" is its
  start, planned; a cannery is a plant, the catch said by its kind ("tuna processing", "a
  sardine cannery") fisheries.
- "la mine de rubis de X", "a ruby mine": a mine said by the gems it yields is a project;
  "la seule autre mine de rubis importante au monde", "the only other major ruby mine in
  the world": a comparison with another's, no project.
- "Elle a la capacité de fabriquer jusqu'à 90 mètres cubes de béton par heure": cubic
  metres, not metres, and by the hour; "une centrale à béton", "a concrete batching plant":
  construction materials.
- "a new magnet factory … produces magnets to be used in electric vehicles, wind
  generators, medical devices": magnets are electrical equipment; what they go into is no
  trade of the plant's.
- "the establishment of such a large production unit", "une telle usine": a kind of plant,
  no project of its own.
- "In the coming years, the number of jobs is expected to increase to 400", "Le nombre
  d'emplois devrait passer à 400": the staff the plant is to reach.
- "The factory is currently producing test batches": working now.
- "On Friday, a new €96 million magnet factory owned by X opened in Narva": the plant the
  subject of "opened", its day said first ("was originally opened in 2008", said of a
  plant "with a similar profile", is none).
- "son projet de mine de rubis de Kelso", the host said elsewhere ("l'industrie minière du
  Groenland"): the site a French mine's name is fixed to is where it stands, in the host
  country, where no place is said of it.
- "Norvel Gems (NG), société établie à Vancouver", "The Chicago-based manufacturing firm": a
  company's seat is no place of the plant's; its town, known to the lists (the larger of two
  namesakes three times the other), says the investors' country, one of the pair.
- "l'industrie mondiale du rubis, évaluée à 2 milliards de dollars", "a market valued at $2
  billion": a trade's size, no sum put into the plant.
- "X, deputy director-general for internal market": the title's hyphened word is its own.
- "la société turque Group Karanfil": a group's noun before its name says what it is
  (GOLD.md rule 17), in English as in French: one company, "Karanfil".
- "Le président de Group Norvel, A, et le PDG de Group Norvel, B": a company two people
  are said to head has no one head the text gives (GOLD.md rule 4).
- "le directeur général de l'Agence X (Fipa-Tunisia), Jalel Kelo, le Pdg de l'Agence Y
  (Afi) Kais Mejri et …": a list of people, each title said before its name; an acronym
  with a hyphen in brackets between a title and its name is no stop, and a title followed
  by an acronym and a name is the next person's, no apposition of the one before.
- "Under the contract on the EUR 18.6-million state subsidy, X should invest …": a
  contract that binds now, signed; what it is about its title, its sum no word of it.
- "Norvel Kelso Works, an almost EUR 150 million investment of the multinational's Austrian
  firm Norvel": a plant by its own name, said as the sum put into it, is a project, and the
  industrial zone it stands in is no other.
- "Une nouvelle centrale à béton, mise en service en Libye par la société turque X": the
  participle and its agent say the plant working, quoted there; "10 millions de dollars ont
  été dépensés pour l'investissement", "a dépensé 10 millions de dollars pour l'usine",
  "has spent $10 million on the plant": a sum spent on the plant is invested in it.
- "Le chantier de l'usine de X à Tanger, au Maroc, lancé en mars 2025, devrait s'achever
  au second semestre 2026": the works begun then, under construction, and their end, the
  plant's words between the noun and its verbs.
- "The 120MW solar plant in Garissa": a capacity in one word is no word of the name.
- "will spend Sh2.4 billion on a new cement grinding plant": a sum to be spent on it.
- "have signed a $1.2 billion deal for … a smelter in Takoradi, with work expected to
  start next year": the date another cue says between is that cue's, the works' start, no
  day of the signing.
- "Norvel Motors is set to begin assembling pickups at its new plant in Kumasi, Ghana, in
  June": a company's act (its output to begin), a party; the month ahead of the day
  written, since the verb's auxiliary says so; pickups are cars.
- A plant said of a trade twice ("a new magnet factory … produces magnets"): one claim,
  its first saying, primary if any saying was.
- "qui devrait produire 60 000 véhicules par an à partir de 2027", "will make 5,000 tractors
  a year from 2027": its output from when, its start; "depuis son ouverture en janvier
  dernier", "since its opening in May": the day it opened.
- "are expected to begin in the third quarter", "au troisième trimestre": a quarter or a
  half with no year is the source's ("the first quarter results" is none).
- "was signed by Norvel and the Ghana Cocoa Board in Accra on Monday": the signers joined
  by "and" are no clause between the verb and its day.
- "en présence du ministre de l'Agriculture, Moussa Kelo", "Minister of Transport and
  Mining": a minister's portfolio is no trade of the plant's (a ministry's, party to an
  agreement, may be: "entre le ministère de l'Industrie pharmaceutique et …").
- A headline's "Turkish firm opens $45m textile mill in Uzbekistan", then "Turkey's Kelvar
  Tekstil on Wednesday opened a $45 million cotton yarn mill in the Uzbek city of Jizzakh,
  its second plant in the Central Asian country": the headline's trade said again in the
  body's words is one plant, which the body's words name; "its second plant in the …
  country" ranks it in a place, no other plant; the company acts with the day between its
  name and its verb; a sum before the plant's noun is no stop for "opened a … mill".
- A headline's "Zambia, Kelvar sign $600m copper smelter deal", then "China's Kelvar
  Nonferrous Metals signed an agreement on Friday to build …": the headline's short name is
  the company the body names in full; the headline's deal, named by what it is for, is the
  agreement the body says; two links that became one after a merge are one claim.
- "Norvel Gems (NG), société établie à Vancouver": the company's seat, its acronym between,
  says its country; "gestionnaire de projet de NG pour Kelso": a title.
- "Kelvar Pharma" and "le directeur général de Kelvar Pharma Sénégal, Omar Kelo": the
  group and its subsidiary in a country (or a region, "Kelvar Europe") are two companies,
  and the subsidiary's head heads it alone ("DMG MORI Company" is DMG MORI still).
- "Le laboratoire marocain Kelvar Pharma": a pharmaceutical maker by its noun, a company.
- "Australian miner Kelvar Resources", "Swiss trader X": a company by its trade's noun;
  "BAMAKO, May 12 - Kelvar Resources said on Tuesday it had received …": the company that
  acts opens the sentence after its dateline.
- A headline, then "Spanish tile maker Kelvar inaugurated on Sunday its first factory": the
  day said inside the cue's words, near its end, is the plant's opening.
- "ont signé vendredi une convention …", then "La convention a été paraphée par … le
  président de Kelvar Agro": a party already is no second claim as a signatory.
- "The Uzbek government has signed a $1.5 billion agreement with X": the government, by its
  country's adjective, signs, a party (GOLD.md rule 9); a sum's decimal point between the
  signer's verb and the agreement is no stop.
"""

from __future__ import annotations

from bilat.store.extract.segment import headline_end

from .reading import (
    about,
    dates_said,
    named,
    orgs,
    people,
    projects,
    read,
    role_titles,
    sector_names,
    statuses,
    value_of,
)

LEAD = (
    "Mersin company to build sardine plant in Fiji capital\n"
    "A Mersin-based company is to open a new sardine cannery in the Fijian capital, Suva, "
    "in the early part of 2027\n"
    "The plant will employ 300 people.\n"
)


def test_a_lead_without_its_full_stop_is_no_standfirst() -> None:
    assert headline_end(LEAD) == LEAD.index("\n")
    standfirst = "Firm to build plant\nProduction to start in 2027 with 300 jobs\nThe firm said.\n"
    assert headline_end(standfirst) == standfirst.index("\nThe")
    found = read(LEAD, "en", "2026-06-01")
    assert projects(found) == {"Sardine cannery at Suva"}


def test_a_town_before_a_company_is_where_the_company_is_from() -> None:
    found = read(LEAD, "en", "2026-06-01")
    assert value_of(found, "Sardine cannery at Suva", "location") == {
        "country": "FJ",
        "region": None,
        "locality": "Suva",
    }
    assert value_of(found, "Sardine cannery at Suva", "countries") == ["FJ", "TR"]


def test_a_capital_then_its_name() -> None:
    for where in ("the Fijian capital, Suva,", "the Fiji capital Suva"):
        found = read(
            f"Norvel Foods will build a new sardine processing plant in {where} next year.", "en"
        )
        assert value_of(found, "Sardine processing plant at Suva", "location")["locality"] == (
            "Suva"
        )


def test_is_to_open_a_plant_in_the_early_part_of_a_year() -> None:
    assert dates_said(
        "It opens in the early part of 2027, and grows in the latter part of 2028."
    ) == [
        ("the early part of 2027", "2027-01-01", "2027-03-31"),
        ("the latter part of 2028", "2028-10-01", "2028-12-31"),
    ]
    found = read(LEAD, "en", "2026-06-01")
    start = value_of(found, "Sardine cannery at Suva", "dates.operation_start")
    assert (start["earliest"], start["latest"], start["planned"]) == (
        "2027-01-01",
        "2027-03-31",
        True,
    )
    found = read("Norvel Foods will open a new cement plant in Suva, Fiji, in May 2027.", "en")
    assert value_of(found, "Cement plant at Suva", "dates.operation_start")["raw"] == (
        "in May 2027"
    )


def test_the_catch_by_its_kind() -> None:
    for text in (
        "Norvel Foods will build a new tuna processing plant in Suva, Fiji.",
        "Norvel Foods will build a sardine cannery in Suva, Fiji.",
    ):
        found = read(text, "en")
        assert sector_names(found) == {"Fishing"}, text
        [sector] = [p for p in found if p.field == "sectors"]
        assert sector.quote in ("tuna processing", "sardine cannery")


def test_a_mine_by_its_gems() -> None:
    found = read("Norvel Gems met en place son projet de mine de rubis de Kelso, au Groenland.")
    assert len(projects(found)) == 1
    found = read("Norvel Gems will open a ruby mine in Greenland next year.", "en")
    assert len(projects(found)) == 1
    [location] = about(found, next(iter(projects(found))), "location")
    assert location.plain_value()["country"] == "GL"


def test_the_only_other_one_is_a_comparison() -> None:
    found = read(
        "La teneur se compare favorablement à celle de la mine Kelso de Norvel, au Mozambique, "
        "la seule autre mine de rubis importante au monde."
    )
    assert not [name for name in projects(found) if "importante" in name]
    found = read(
        "Its grade compares well with Norvel's Kelso mine, the only other major ruby mine in "
        "the world.",
        "en",
    )
    assert not [name for name in projects(found) if "major" in name.casefold()]


def test_cubic_metres_an_hour_of_concrete() -> None:
    found = read(
        "La nouvelle centrale à béton de Misrata, en Libye, a été inaugurée. Elle a la capacité "
        "de fabriquer jusqu'à 90 mètres cubes de béton par heure."
    )
    capacity = value_of(found, "Centrale à béton de Misrata", "capacity")
    assert (capacity["value"], capacity["unit"]) == (90, "m3/hour")
    assert sector_names(found) == {"Matériaux de construction"}
    found = read(
        "Norvel will build a concrete batching plant in Tema, Ghana, that will produce 120 "
        "cubic metres of concrete per hour.",
        "en",
    )
    [capacity] = [p.plain_value() for p in found if p.field == "capacity"]
    assert (capacity["value"], capacity["unit"]) == (120, "m3/hour")
    assert sector_names(found) == {"Construction materials"}


def test_magnets_and_what_they_go_into() -> None:
    found = read(
        "Norvel Materials opened a new magnet factory in Tema, Ghana, on Friday. The factory "
        "produces magnets to be used in electric vehicles, wind generators, medical devices "
        "and more.",
        "en",
    )
    assert sector_names(found) == {"Electrical equipment"}


def test_such_a_plant_is_a_kind() -> None:
    found = read(
        "Norvel Materials opened a new magnet factory in Tema, Ghana, on Friday. The "
        "establishment of such a large production unit in the Tema Industrial Park means that "
        "many companies will gain courage.",
        "en",
    )
    assert len(projects(found)) == 1
    found = read(
        "Norvel a inauguré lundi une cimenterie à Tema, au Ghana. L'arrivée d'une telle usine "
        "encouragera d'autres investisseurs."
    )
    assert len(projects(found)) == 1


def test_the_number_of_jobs_to_reach() -> None:
    found = read(
        "The Norvel factory in Tema, Ghana, employs 100 people from 14 countries. In the coming "
        "years, the number of jobs is expected to increase to 400.",
        "en",
    )
    jobs = sorted(p.plain_value()["value"] for p in found if p.field == "jobs")
    assert jobs == [100, 400]
    found = read(
        "L'usine de Norvel à Tema emploie 100 personnes. Le nombre d'emplois devrait "
        "passer à 400 en 2027."
    )
    assert sorted(p.plain_value()["value"] for p in found if p.field == "jobs") == [100, 400]
    found = read("The number of jobs at the Norvel plant in Tema rose by 40 percent.", "en")
    assert not [p for p in found if p.field == "jobs"]


def test_a_plant_producing_now() -> None:
    found = read(
        "Norvel built a magnet factory in Tema, Ghana. The factory is currently producing test "
        "batches.",
        "en",
    )
    assert statuses(found) == {"operating"}


def test_a_plant_the_subject_of_opened() -> None:
    found = read(
        "On Friday, a new €96 million cement factory owned by Ghanaian company Norvel "
        "Materials opened in Tema.",
        "en",
        "2025-09-20",
    )
    [start] = [p.plain_value() for p in found if p.field == "dates.operation_start"]
    assert (start["earliest"], start["latest"]) == ("2025-09-19", "2025-09-19")
    assert statuses(found) == {"operating"}
    found = read(
        "Norvel will build a cement factory in Tema, Ghana. A factory with a similar profile "
        "was originally opened in 2008 in Accra.",
        "en",
    )
    assert "operating" not in statuses(found)


GEMS = (
    "Ces pierres deviendront les premiers bijoux de l'industrie minière du Groenland, Norvel "
    "Gems mettant en place tous les éléments de son projet de mine de rubis de Kelso.\n"
    "Son coût en capital n'est que de 35 millions de dollars.\n"
    "Mais la mine de Norvel Gems (NG), société établie à Vancouver, est énorme. En pleine "
    "opération, Kelso devrait devenir un acteur important dans l'industrie mondiale du rubis, "
    "évaluée à 2 milliards de dollars.\n"
)


def test_a_gem_mine_where_its_name_says() -> None:
    found = read(GEMS)
    [mine] = projects(found)
    assert value_of(found, mine, "location") == {
        "country": "GL",
        "region": None,
        "locality": "Kelso",
    }


def test_a_company_s_seat_says_the_investors_country() -> None:
    found = read(GEMS)
    [mine] = projects(found)
    [countries] = about(found, mine, "countries")
    assert countries.plain_value() == ["CA", "GL"]
    assert countries.quote == "société établie à Vancouver"
    found = read(
        "The Chicago-based manufacturing firm will open a new plant in Cebu, the Philippines, "
        "next year.",
        "en",
    )
    [countries] = [p for p in found if p.field == "countries"]
    assert countries.plain_value() == ["PH", "US"]


def test_a_trade_s_size_is_no_investment() -> None:
    found = read(GEMS)
    [mine] = projects(found)
    assert [p.plain_value()["value"] for p in about(found, mine, "investment")] == [35_000_000]
    found = read(
        "Norvel will invest $40 million in a tyre plant in Tema, Ghana. The African tyre "
        "market, valued at $2 billion, is growing.",
        "en",
    )
    assert [p.plain_value()["value"] for p in found if p.field == "investment"] == [40_000_000]


def test_a_hyphened_title() -> None:
    found = read(
        '"It is proof of our policy," added Maive Kelo, deputy director-general for internal '
        "market at the Kelso Commission.",
        "en",
    )
    [title] = role_titles(found, "Maive Kelo")
    assert title.startswith("deputy director-general for internal market")


def test_a_group_s_noun_before_its_name() -> None:
    found = read(
        "Une nouvelle centrale à béton a été mise en service à Misrata, en Libye, par la "
        "société turque Group Norvel. Le président de Group Norvel, Murtaza Kelo, était là."
    )
    assert orgs(found) == {"Norvel"}
    assert value_of(found, "Norvel", "country") == "TR"
    assert {p.plain_value()["fr"] for p in about(found, "Norvel", "name")} == {"Norvel"}


def test_two_heads_are_none() -> None:
    found = read(
        "Le président de Group Norvel, Murtaza Kelo, et le président-directeur général (PDG) "
        "de Group Norvel, Fatih Sari, ont assisté à l'inauguration de l'usine de Misrata."
    )
    assert {"Murtaza Kelo", "Fatih Sari"} <= people(found)
    assert not about(found, "Norvel", "head")
    found = read("Le PDG de Group Norvel, Fatih Sari, a inauguré l'usine de Misrata.")
    assert [p.plain_value() for p in about(found, "Norvel", "head")] == ["Fatih Sari"]


def test_a_list_of_people_each_titled_before_the_name() -> None:
    found = read(
        "La cérémonie s'est déroulée en présence du directeur général de l'Agence de promotion "
        "des investissements (Fipa-Kelso), Jalel Kelo, le Pdg de l'Agence foncière "
        "industrielle (Afi) Kais Mejri et le wali."
    )
    assert {p.plain_value() for p in about(found, "Agence foncière industrielle", "head")} == {
        "Kais Mejri"
    }
    assert [
        p.plain_value() for p in about(found, "Agence de promotion des investissements", "head")
    ] == ["Jalel Kelo"]


def test_under_the_contract_on_a_subsidy() -> None:
    found = read(
        "Under the contract on the EUR 18.6-million state subsidy, Norvel should invest at "
        "least EUR 100 million in Slovenia in a decade.",
        "en",
    )
    assert named(found, "agreements") == {"Contract on the state subsidy"}
    assert value_of(found, "Contract on the state subsidy", "status") == "signed"
    found = read(
        "Aux termes de la convention de partenariat, Norvel doit investir 100 millions "
        "d'euros à Tema."
    )
    assert "signed" in statuses(found)


def test_a_plant_named_as_the_sum_put_into_it() -> None:
    found = read(
        "Norvel Kelso Works, an almost EUR 150 million investment of the multinational's "
        "Austrian firm Norvel, is employing just over 200 workers.\n"
        "A special law simplified the appropriation of land for a strategic industrial zone "
        "in the municipality of Kelso on the outskirts of Maribor.",
        "en",
    )
    assert projects(found) == {"Norvel Kelso Works"}
    investment = value_of(found, "Norvel Kelso Works", "investment")
    assert (investment["value"], investment["currency"]) == (150_000_000, "EUR")


def test_put_into_service_by_its_company() -> None:
    found = read(
        "Une nouvelle centrale à béton, mise en service en Libye par la société turque Norvel, "
        "a été inaugurée lundi à Misrata."
    )
    [status] = [p for p in found if p.field == "status"]
    assert status.plain_value() == "operating"
    assert status.quote.startswith("mise en service")


def test_a_sum_spent_on_the_plant() -> None:
    for text, lang in (
        (
            "La centrale à béton de Misrata, en Libye, a été inaugurée lundi. Jusqu'à présent, "
            "10 millions de dollars ont été dépensés pour l'investissement de l'installation.",
            "fr",
        ),
        (
            "The Misrata concrete plant in Libya opened on Monday. Norvel has spent $10 million "
            "on the plant so far.",
            "en",
        ),
    ):
        found = read(text, lang)
        assert [p.plain_value()["value"] for p in found if p.field == "investment"] == [
            10_000_000
        ], text


def test_the_works_begun_and_their_end() -> None:
    found = read(
        "Le chantier de l'usine de Norvel à Tanger, au Maroc, lancé en mars 2025, devrait "
        "s'achever au second semestre 2026.",
        "fr",
        "2026-03-10",
    )
    assert statuses(found) == {"construction"}
    start = value_of(found, "Usine de Tanger", "dates.construction_start")
    end = value_of(found, "Usine de Tanger", "dates.completion")
    assert (start["earliest"], end["earliest"], end["latest"]) == (
        "2025-03-01",
        "2026-07-01",
        "2026-12-31",
    )


def test_a_capacity_in_one_word_is_no_name() -> None:
    found = read(
        "The 120MW solar plant in Garissa, Kenya, was commissioned in December 2019.", "en"
    )
    assert projects(found) == {"Solar plant at Garissa"}
    assert value_of(found, "Solar plant at Garissa", "capacity")["unit"] == "MW"


def test_a_sum_to_be_spent() -> None:
    found = read(
        "Norvel will spend Sh2.4 billion on a new cement grinding plant in Athi River, Kenya.",
        "en",
    )
    assert [p.plain_value()["value"] for p in found if p.field == "investment"] == [2_400_000_000]


def test_a_date_another_cue_says_is_that_cue_s() -> None:
    found = read(
        "Ghana and Norvel have signed a $1.2 billion deal for the construction of an aluminium "
        "smelter in Takoradi, with work expected to start next year.",
        "en",
        "2026-03-10",
    )
    assert not [p for p in found if p.field == "events"]
    start = value_of(found, "Aluminium smelter at Takoradi", "dates.construction_start")
    assert start["earliest"] == "2027-01-01"


def test_a_company_to_begin_its_output() -> None:
    found = read(
        "Norvel Motors is set to begin assembling pickups at its new $80 million plant in "
        "Kumasi, Ghana, in June.",
        "en",
        "2026-03-10",
    )
    assert [p.quote for p in about(found, "Plant at Kumasi", "parties")] == ["Norvel Motors"]
    start = value_of(found, "Plant at Kumasi", "dates.operation_start")
    assert (start["earliest"], start["planned"]) == ("2026-06-01", True)
    assert sector_names(found) == {"Automotive"}


def test_one_claim_per_sector() -> None:
    found = read(
        "Ghanaian company opens new magnet factory in Tema\n"
        "On Friday, a new magnet factory owned by Ghanaian company Norvel Materials opened in "
        "Tema. The NM Tema factory produces magnets to be used in wind generators.",
        "en",
    )
    [sector] = [p for p in found if p.field == "sectors"]
    assert sector.plain_value()["primary"] is True


def test_output_from_a_year_and_since_its_opening() -> None:
    found = read(
        "Le constructeur Norvel ouvrira une usine d'assemblage à Oran, qui devrait produire "
        "60 000 véhicules par an à partir de 2027.",
        "fr",
        "2026-03-10",
    )
    start = value_of(found, "Usine d'assemblage d'Oran", "dates.operation_start")
    assert start["earliest"] == "2027-01-01"
    found = read(
        "L'usine de Norvel à Oran emploie 450 personnes depuis son ouverture en janvier dernier.",
        "fr",
        "2026-03-10",
    )
    start = value_of(found, "Usine d'Oran", "dates.operation_start")
    assert (start["earliest"], start["latest"]) == ("2026-01-01", "2026-01-31")


def test_a_quarter_with_no_year() -> None:
    said = dates_said(
        "Operations are expected to begin in the third quarter, he said.", "2026-03-10"
    )
    assert said == [("in the third quarter", "2026-07-01", "2026-09-30")]
    assert dates_said("Le chantier doit démarrer au second semestre.", "2026-03-10") == [
        ("au second semestre", "2026-07-01", "2026-12-31")
    ]
    assert dates_said("Norvel posted strong first quarter results.", "2026-03-10") == []


def test_signers_joined_before_the_day() -> None:
    found = read(
        "The deal, worth $500 million, was signed by Kelvar Holdings and the Ghana Cocoa Board "
        "in Accra on Monday.",
        "en",
        "2026-03-10",
    )
    [event] = [p.plain_value() for p in found if p.field == "events"]
    assert event["date"]["earliest"] == "2026-03-09"


def test_a_minister_s_portfolio_is_no_trade() -> None:
    found = read(
        "Le groupe indien Kelvar a inauguré jeudi à Mboro, au Sénégal, une usine d'engrais, en "
        "présence du ministre de l'Agriculture, Moussa Kelo."
    )
    assert sector_names(found) == {"Engrais"}
    found = read(
        "Un accord de coopération a été signé entre le ministère de l'Industrie pharmaceutique "
        "et le groupe Kelvar."
    )
    assert [p.quote for p in found if p.field == "sectors"] == ["Industrie pharmaceutique"]


UZ = (
    "Turkish firm opens $45m textile mill in Uzbekistan\n"
    "TASHKENT, Oct 2 (Reuters) - Turkey's Kelvar Tekstil on Wednesday opened a $45 million "
    "cotton yarn mill in the Uzbek city of Jizzakh, its second plant in the Central Asian "
    "country.\n"
    "The mill, built in 14 months, employs 650 people, the company said.\n"
)


def test_the_headline_s_trade_said_again_in_the_body() -> None:
    found = read(UZ, "en", "2025-10-03")
    assert projects(found) == {"Cotton yarn mill at Jizzakh"}
    assert statuses(found) == {"operating"}
    start = value_of(found, "Cotton yarn mill at Jizzakh", "dates.operation_start")
    assert start["earliest"] == "2025-10-01"
    assert [p.quote for p in about(found, "Cotton yarn mill at Jizzakh", "parties")] == [
        "Kelvar Tekstil"
    ]
    assert value_of(found, "Kelvar Tekstil", "country") == "TR"


ZM = (
    "Zambia, Kelvar sign $600m copper smelter deal\n"
    "LUSAKA (Reuters) - Zambia's Industrial Development Corporation (IDC) and China's Kelvar "
    "Nonferrous Metals signed an agreement on Friday to build a $600 million copper smelter in "
    "Chingola, the IDC said.\n"
)


def test_the_headline_s_short_name_and_deal() -> None:
    found = read(ZM, "en", "2026-03-07")
    assert orgs(found) == {"Industrial Development Corporation", "Kelvar Nonferrous Metals"}
    assert len(named(found, "agreements")) == 1
    links = [p for p in found if p.field == "agreements"]
    assert len(links) == 1


def test_a_company_s_seat_after_its_acronym() -> None:
    found = read(GEMS)
    [country] = about(found, "Norvel Gems", "country")
    assert country.plain_value() == "CA"
    assert country.quote == "Norvel Gems (NG), société établie à Vancouver"
    found = read(
        "La teneur se compare favorablement, explique Andrew Kelo, gestionnaire de projet de "
        "Norvel Gems pour Kelso."
    )
    [title] = role_titles(found, "Andrew Kelo")
    assert title.startswith("gestionnaire de projet")


def test_a_group_and_its_subsidiary_in_a_country() -> None:
    found = read(
        "Le groupe marocain Kelvar Pharma a inauguré mercredi à Diamniadio, au Sénégal, "
        "une usine de médicaments. Elle emploie 150 personnes, a précisé le directeur général "
        "de Kelvar Pharma Sénégal, Omar Kelo."
    )
    assert {"Kelvar Pharma", "Kelvar Pharma Sénégal"} <= orgs(found)
    assert [p.plain_value() for p in about(found, "Kelvar Pharma Sénégal", "head")] == ["Omar Kelo"]
    assert not about(found, "Kelvar Pharma", "head")


def test_a_laboratory_is_a_company() -> None:
    found = read(
        "Le laboratoire marocain Kelvar Pharma a inauguré mercredi à Diamniadio, au Sénégal, "
        "une usine de médicaments."
    )
    assert value_of(found, "Kelvar Pharma", "country") == "MA"


def test_a_miner_and_a_company_after_a_dateline() -> None:
    found = read(
        "Australian miner Kelvar Resources to develop lithium mine in Mali\n"
        "BAMAKO, May 12 - Kelvar Resources said on Tuesday it had received a mining permit from "
        "Mali's government for its Norvel lithium project in the Bougouni region.\n",
        "en",
        "2026-05-13",
    )
    assert value_of(found, "Kelvar Resources", "country") == "AU"
    assert {p.quote for p in about(found, "Kelvar Resources", "name")} == {"Kelvar Resources"}
    found = read(
        "LUSAKA (Reuters) - Norvel Holdings signed an agreement on Friday to build a copper "
        "smelter in Chingola, Zambia.",
        "en",
    )
    assert "Norvel Holdings" in orgs(found)


def test_the_day_inside_the_cue() -> None:
    found = read(
        "Egypt: Kelvar opens EGP 2bn ceramics factory in Sadat City\n"
        "CAIRO - Spanish tile maker Kelvar inaugurated on Sunday its first factory in Egypt, a "
        "EGP 2 billion ($65 million) ceramics plant in Sadat City industrial zone, Menoufia "
        "governorate.",
        "en",
        "2026-03-10",
    )
    [start] = [p.plain_value() for p in found if p.field == "dates.operation_start"]
    assert start["earliest"] == "2026-03-08"


def test_a_party_is_no_second_signatory() -> None:
    found = read(
        "Le gouvernement ivoirien et le groupe chinois Kelvar Agro ont signé vendredi à Abidjan "
        "une convention d'investissement pour la construction d'une usine de cacao à "
        "San-Pédro. La convention a été paraphée par le ministre du Commerce, Souleymane Kelo, "
        "et le président de Kelvar Agro, Li Wei."
    )
    roles = [p.plain_value() for p in found if p.field == "parties" and p.new.kind == "agreements"]
    assert sorted(r["role"] for r in roles) == ["party", "party"]


def test_a_government_by_its_adjective_signs() -> None:
    found = read(
        "The Uzbek government has signed a $1.5 billion agreement with Kazakhstan's Kelvar "
        "Metals to build a copper cathode plant in Almalyk.",
        "en",
    )
    assert value_of(found, "Uzbek government", "country") == "UZ"
    parties = [p.quote for p in found if p.field == "parties" and p.new.kind == "agreements"]
    assert sorted(parties) == ["Kelvar Metals", "Uzbek government"]
