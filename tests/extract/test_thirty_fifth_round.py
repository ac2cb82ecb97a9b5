"""Thirty-fifth round: what the first reading of held-out set AY showed the reader could not
read, in words any article may use.

- "Ahmet Şekeroğlu, board chairman of Kelvar Inc.": a surname opened by a capital of
  Latin Extended-A, and a board's chairman, who heads the company.
- "Turkish Science, Industry and Technology Minister X": a portfolio's list, commas and
  all, and the nationality before it; "Palestinian Deputy Prime Minister and National
  Economy Minister X": the nationality said before the rank of two joined titles.
- "told Anadolu Agency": an agency's noun closes no person's name.
- "in a Norvel Development Agency factory at Bangor": the agency's plant, its owner or
  landlord, said by its name before the noun; the plant is said by its noun, and the agency
  is a body all the same.
- "inaugurated a car assembly line in Homs", then "opened a car production line in Hasya
  district … in 2007": the same trade opened in another town is another plant, working
  since that year ("opened a … production line": working).
- "The other joint venture on car production is the Kelso sedan car producing plant": a
  plant by its name, said as what the subject is.
- "Norvel Khodro Co." and "Norvel Khodro Company": one company, its legal form abridged.
- "Turkey plans to build an organized industrial zone in the Palestinian city of Jenin in
  the West Bank", then, sentences later, "The Jenin Organized Industry Zone is slated to be
  built …": the zone's facts wait for its proper name; the West Bank is the Palestinian
  territories, no bank; "the KTB project", the letters of the company building it, says
  the zone again, by whose it is. So too "will open a production facility in May 2016",
  four sentences before "The Pesqueria plant will make …": its opening is the plant's.
- "L'État ouzbek et la société X ont signé des contrats avec South Korean Kelvar Engineering
  and Construction, Norvel Engineering, Tarel Engineering and Korean Gas Corporation pour
  construire cette usine située dans l'Ouest": the state by its adjective is a party; the
  counterparts listed are each a company and a party ("X Engineering and Construction" one
  company, "South Korean" whose it is; a list's item is no trade's word); the contracts are
  titled by what they are for, said after the list, without where the plant stands.
- "investit 16 millions€ dans un quai de pêche", "a commercial fishing quay": where the
  catch is landed is a project, of fisheries; "une fortune estimée de 800 millions
  d'euros" is what a person owns, no sum invested; "une joint-venture (JV)": the noun's own
  letters, no company.
- "X, who is also the chairman of the Norvel Commission", "X, qui est aussi le président
  de Norvel SA": a relative clause says the title as a comma does.

Probes in the press's common forms, with names no list knows:

- "Construction of the $1.2 billion refinery began in March": a figure's decimal point is
  no sentence's end; "Work on the refinery began in March": the works started.
- "financé par la Banque africaine de développement", "la Banque mondiale": a bank by its
  capital, its name's lower-case words included ("la banque du projet" is none); "la
  Banque de développement inter-américaine": a continent's word, no country's.
- "signed by Kelvar CEO John Smith and Industry Minister Jane Doe": the first title and its
  holder are no words of the second's.
- "Kelvar a obtenu un contrat de 200 millions de dollars pour la construction d'une
  raffinerie": its sum between the noun and what it is for; the company that obtained it a
  party.
- "a cement plant in Jordan", "in Maan Governorate, Jordan": a country whose name is also a
  word, said after "in" or after a place and a comma; a name said with its kind of region
  after it, capitalised, is that region ("Jackson County" stays whole, a county's name).
- "a bicycle manufacturer which plans to produce 350,000 bikes a year": bicycles, a trade of
  their own ("bike lanes" none); "a car production line", "a car producing plant": cars.
- "a factory at Bangor, Wales": the United Kingdom's nations are its own ("Welsh",
  "Écosse").
- "Jacques de Kelvarieux, président et directeur général de Norvel Holdings": a French
  name's "de" is a particle when a title follows the name ("Jean Dupont de Renault" is
  Jean Dupont's, of Renault).
- "an affiliate of the Union of Chambers and Commodity Exchanges of Kelvaria (UCCK)": a
  union or a chamber by its complement ("the Soviet Union" is none), its second complement
  its name's when its acronym follows.
- "a Norvel Development Agency factory", then "NDA Area Development Director X", "the NDA
  had a factory ready": capitals that spell an organisation's initials are its acronym.
- "broke ground for its new production base in Sri City": a production base is a plant
  ("our manufacturing base", an economy's, is none); "Kelvar Industries (India)": the
  country in brackets is the subsidiary's, no second name.
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
    statuses,
)


def test_a_surname_opened_by_an_extended_capital() -> None:
    found = read("Ahmet Şekeroğlu, board chairman of Kelvar Inc., told reporters.", "en")
    assert people(found) == {"Ahmet Şekeroğlu"}
    assert orgs(found) == {"Kelvar Inc."}
    [head] = [p for p in found if p.field == "head"]
    assert head.plain_value() == "Ahmet Şekeroğlu"


def test_a_given_name_opened_by_an_extended_capital() -> None:
    found = read("Şükrü Yılmaz, chairman of Kelvar Inc., told reporters.", "en")
    assert people(found) == {"Şükrü Yılmaz"}


def test_a_portfolio_listed_before_a_minister() -> None:
    found = read(
        "Turkish Science, Industry and Technology Minister Tarik Volmer and Palestinian "
        "Deputy Prime Minister and National Economy Minister Samir Halabi signed the deal.",
        "en",
    )
    assert people(found) == {"Tarik Volmer", "Samir Halabi"}
    assert role_titles(found, "Tarik Volmer") == [
        "Turkish Science, Industry and Technology Minister"
    ]
    assert role_titles(found, "Samir Halabi") == [
        "Palestinian Deputy Prime Minister and National Economy Minister"
    ]


def test_a_place_then_a_title_is_no_portfolio_list() -> None:
    found = read("In Ankara, Trade Minister Tarik Volmer signed the deal.", "en")
    assert role_titles(found, "Tarik Volmer") == ["Trade Minister"]


def test_an_agency_is_no_person() -> None:
    found = read("Tarik Volmer, chairman of Kelvar Inc., told Anadolu Agency.", "en")
    assert people(found) == {"Tarik Volmer"}


def test_an_agency_s_factory_is_named_by_its_noun() -> None:
    found = read(
        "Kelvar Ltd plans to produce 350,000 bikes a year in a Norvel Development Agency "
        "factory at Bangor.",
        "en",
    )
    assert "Norvel Development Agency" in orgs(found)
    assert not [p for p in found if p.new and "Agency" in p.new.name and p.new.kind == "projects"]
    assert len(projects(found)) == 1


SECOND_LINE = (
    "DAMASCUS - Iranian carmaker Kelvar inaugurated a car assembly line in Homs, Syria, on "
    "Thursday. Kelvar opened a car production line in Hasya district, 150 km north of "
    "Damascus, in 2007."
)


def test_the_same_trade_opened_in_another_town_is_another_plant() -> None:
    found = read(SECOND_LINE, "en", "2009-05-01")
    # ("in Hasya district": a district said alone, the region, GOLD.md rule 20)
    assert projects(found) == {"Car assembly line at Homs", "Car production line"}
    [status] = about(found, "Car production line", "status")
    assert status.plain_value() == "operating"
    [opened] = about(found, "Car production line", "dates.operation_start")
    assert opened.plain_value()["raw"] == "in 2007"


def test_a_production_line_opened_is_working() -> None:
    found = read("Kelvar opened a car production line in Hasya in 2007.", "en", "2009-05-01")
    assert {p.plain_value() for p in found if p.field == "status"} == {"operating"}


def test_a_plant_named_as_what_a_joint_venture_is() -> None:
    found = read(
        "The other joint venture on car production is the Kelso sedan car producing plant, "
        "which was established at Adra industrial park.",
        "en",
    )
    assert projects(found) == {"Kelso sedan car producing plant"}


def test_a_company_s_legal_form_abridged_is_the_same_company() -> None:
    found = read(
        "The plant was built by the engineers of Norvel Khodro Co. in 17 months. Norvel "
        "Khodro Company (NKCO), the region's largest automaker, launched it in 2007.",
        "en",
    )
    assert len([o for o in orgs(found) if o.startswith("Norvel Khodro")]) == 1


ZONE = (
    "Turkey plans to build an organized industrial zone in the Palestinian city of Jenin in "
    "the West Bank, according to a new memorandum of understanding. The ministers signed the "
    "deal late on Nov. 26. The zone is going to be constructed by KTB-BIS Inc., an affiliate "
    "of the chambers. Investors will not pay any taxes, he said. The goods will be available "
    "for export. Kaya said the KTB project would allow Turkey and Palestine to build further "
    "industrial zones. The Jenin Organized Industry Zone is slated to be built on an area of "
    "920,000 square meters."
)


def test_a_zone_s_facts_wait_for_its_proper_name() -> None:
    found = read(ZONE, "en")
    assert projects(found) == {"Jenin Organized Industry Zone"}
    [status] = about(found, "Jenin Organized Industry Zone", "status")
    assert status.quote == "plans to build"
    [where] = about(found, "Jenin Organized Industry Zone", "location")
    assert where.plain_value()["country"] == "PS"
    assert "West Bank" not in orgs(found)


def test_a_plant_s_opening_waits_for_its_name_said_sentences_later() -> None:
    found = read(
        "Kelvar Motors will open a production facility in May 2016, the company said. The "
        "investment reached $1 billion. Exports will go abroad. Officials met in Monterrey. "
        "The Pesqueria plant will make 300,000 cars a year.",
        "en",
        "2014-08-01",
    )
    assert projects(found) == {"Pesqueria plant"}
    [opening] = about(found, "Pesqueria plant", "dates.operation_start")
    assert opening.plain_value()["raw"] == "in May 2016"


CONTRACTS = (
    "L'État ouzbek et la société Uzkimyo ont signé des contrats avec South Korean Kelvar "
    "Engineering and Construction, Norvel Engineering, Tarel Engineering and Korean Gas "
    "Corporation pour construire cette usine située dans l'Ouest de l'Ouzbékistan."
)


def test_counterparts_listed_are_each_a_party() -> None:
    found = read(CONTRACTS)
    assert orgs(found) >= {
        "État ouzbek",
        "Kelvar Engineering and Construction",
        "Norvel Engineering",
        "Tarel Engineering",
        "Korean Gas Corporation",
    }
    title = "Contrats pour construire cette usine"
    parties = {p.quote for p in about(found, title, "parties")}
    assert parties == {
        "État ouzbek",
        "Uzkimyo",
        "Kelvar Engineering and Construction",
        "Norvel Engineering",
        "Tarel Engineering",
        "Korean Gas Corporation",
    }


def test_a_state_s_shareholding_is_no_party() -> None:
    found = read("Le capital est détenu à 49 % par l'État malien.")
    assert "État malien" not in orgs(found)


def test_a_fishing_quay_is_a_project_of_fisheries() -> None:
    found = read("La société Kelvar Holdings investit 16 millions€ dans un quai de pêche à Mahé.")
    assert len(projects(found)) == 1
    assert "Pêche" in sector_names(found)
    found = read("Kelvar Holdings will build a commercial fishing quay at Victoria.", "en")
    assert len(projects(found)) == 1


def test_a_fortune_is_no_investment() -> None:
    found = read(
        "Kelvar investit 16 millions d'euros dans une usine. Jacques Norvel est un des "
        "français les plus riches avec une fortune estimée de 800 millions d'euros."
    )
    assert [p.plain_value()["value"] for p in found if p.field == "investment"] == [16_000_000]


def test_a_joint_venture_s_letters_are_no_company() -> None:
    found = read("En vertu de l'accord, une joint-venture (JV) basée aux Seychelles sera créée.")
    assert "JV" not in orgs(found)


def test_a_title_said_by_a_relative_clause() -> None:
    found = read(
        "The plant was opened by Tarik Volmer, who is also the chairman of the Norvel Commission.",
        "en",
    )
    assert people(found) == {"Tarik Volmer"}
    [head] = [p for p in found if p.field == "head"]
    assert head.plain_value() == "Tarik Volmer"
    found = read("Jean Dupont, qui est aussi le président de Norvel SA, a signé l'accord.")
    assert people(found) == {"Jean Dupont"}


def test_works_begun_said_with_a_decimal_cost() -> None:
    found = read("Construction of the $1.2 billion refinery began in March.", "en")
    assert statuses(found) == {"construction"}
    [begun] = [p for p in found if p.field == "dates.construction_start"]
    assert begun.plain_value()["raw"] == "in March"
    found = read("Work on the refinery began in March.", "en")
    assert statuses(found) == {"construction"}


def test_a_french_bank_by_its_capital() -> None:
    found = read(
        "Le groupe Kelvar construit une cimenterie à Kindia. Le projet sera financé par la "
        "Banque africaine de développement et la Banque mondiale."
    )
    assert {"Banque africaine de développement", "Banque mondiale"} <= orgs(found)
    assert "Banque" not in orgs(found)
    found = read("Le projet sera financé par la Banque de développement inter-américaine.")
    assert "Banque de développement inter-américaine" in orgs(found)
    assert not [p for p in found if p.field == "country"]


def test_a_titled_name_before_and_is_another_person_s() -> None:
    found = read(
        "The agreement was signed by Kelvar CEO John Smith and Industry Minister Jane Doe.",
        "en",
    )
    assert role_titles(found, "Jane Doe") == ["Industry Minister"]
    assert role_titles(found, "John Smith") == ["CEO"]


def test_a_contract_obtained_with_its_sum_before_its_purpose() -> None:
    found = read(
        "La société chinoise Kelvar a obtenu un contrat de 200 millions de dollars pour la "
        "construction d'une raffinerie à Lobito."
    )
    title = "Contrat pour la construction d'une raffinerie à Lobito"
    assert title in named(found, "agreements")
    assert [p.quote for p in about(found, title, "parties")] == ["Kelvar"]


def test_a_country_whose_name_is_a_word_after_in_or_a_comma() -> None:
    found = read("Kelvar will build a cement plant in Jordan.", "en")
    assert [p.plain_value()["country"] for p in found if p.field == "location"] == ["JO"]
    found = read("Kelvar will build a phosphate plant in Tarvo Governorate, Jordan.", "en")
    [where] = [p.plain_value() for p in found if p.field == "location"]
    assert (where["country"], where["region"]) == ("JO", "Tarvo")


def test_bicycles_and_car_production_lines() -> None:
    found = read(
        "Kelvar Ltd, a bicycle manufacturer, plans to produce 350,000 bikes a year at a new "
        "factory in Bangor.",
        "en",
    )
    assert "Bicycles" in sector_names(found)
    found = read("The city will build new bike lanes near the Kelvar factory in Bangor.", "en")
    assert "Bicycles" not in sector_names(found)
    found = read("Kelvar opened a car production line in Hasya in 2007.", "en", "2009-05-01")
    assert "Automotive" in sector_names(found)


def test_the_united_kingdom_s_nations() -> None:
    found = read("Kelvar plans to produce bikes in a factory at Bangor, Wales.", "en")
    assert [p.plain_value() for p in found if p.field == "location"] == [
        {"country": "GB", "region": None, "locality": "Bangor"}
    ]


def test_a_french_particle_before_a_title() -> None:
    found = read(
        "L'accord a été signé par le ministre des finances, Pierre Laporte et Jacques de "
        "Kelvarieux, président et directeur général de Norvel Holdings."
    )
    assert people(found) == {"Pierre Laporte", "Jacques de Kelvarieux"}
    [head] = [p for p in found if p.field == "head"]
    assert head.plain_value() == "Jacques de Kelvarieux"
    assert "Jean Dupont de Renault" not in people(read("Jean Dupont de Renault a parlé."))


def test_a_union_of_chambers_with_its_acronym() -> None:
    found = read(
        "The zone is built by an affiliate of the Union of Chambers and Commodity Exchanges "
        "of Turkey (TOBB).",
        "en",
    )
    assert orgs(found) == {"Union of Chambers and Commodity Exchanges of Turkey"}
    assert [p.plain_value() for p in found if p.field == "acronym"] == ["TOBB"]
    assert not orgs(read("The Soviet Union built the plant.", "en"))


def test_an_acronym_said_apart_from_its_name() -> None:
    found = read(
        "Kelvar Ltd will use a Norvel Development Agency factory at Bangor. NDA Area "
        "Development Director, Iwan Prys Jones said the NDA had a factory ready.",
        "en",
    )
    [acronym] = [p for p in found if p.field == "acronym"]
    assert (acronym.plain_value(), acronym.quote) == ("NDA", "NDA")
    assert acronym.new.name == "Norvel Development Agency"


def test_a_production_base_is_a_plant() -> None:
    found = read(
        "Kelvar Industries (India) broke ground for its new production base in Sri City on "
        "Wednesday.",
        "en",
        "2018-07-12",
    )
    assert len(projects(found)) == 1
    assert statuses(found) == {"construction"}
    names = {next(iter(p.plain_value().values())) for p in found if p.field == "name"}
    assert "India" not in names
    found = read("The policy will expand our manufacturing base, said the minister.", "en")
    assert not projects(found)
