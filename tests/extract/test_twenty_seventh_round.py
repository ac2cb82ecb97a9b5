"""Twenty-seventh round: what the first reading of held-out set AQ showed the reader could
not read, in words any article may use.

- "Le brasseur néerlandais X", "the Dutch brewer X": a brewer is a company's noun.
- "La construction doit commencer au cours de l'année": this year.
- "plans to unveil the plant … between April and May 2024", "ouvrira entre avril et juin
  2025": opened, in a span of two months of one year.
- "the construction of the plant is already 80% complete": under construction.
- "170 billion kwachas" in Blantyre: Malawi's kwacha.
- "X, the Director of Human Resources at Zentra Malawi": the title is the words before
  "at", the company the one named before in full, and a unit's chief heads nothing.
- "the Zentra Group, based in Dar es Salaam, Tanzania": a seat said with no company noun.
- "Among their clients is the brewer X": a client, no organisation of the record.
"""

from __future__ import annotations

from .reading import about, locations, orgs, people, projects, read, role_titles, value_of


def test_a_brewer_is_a_company() -> None:
    found = read(
        "Le brasseur néerlandais Zentra a annoncé jeudi la construction d'une usine au Timor "
        "Oriental, non loin de la capitale, Dili."
    )
    assert orgs(found) == {"Zentra"}
    assert value_of(found, "Zentra", "country") == "NL"
    found = read("The Dutch brewer Zentra will build a brewery in Dili.", "en")
    assert orgs(found) == {"Zentra"}


def test_works_to_begin_in_the_course_of_the_year() -> None:
    found = read(
        "Zentra a annoncé la construction d'une usine à Dili. La construction doit commencer "
        "au cours de l'année, a ajouté le groupe.",
        published="2015-03-05",
    )
    start = value_of(found, "Usine de Díli", "dates.construction_start")
    assert (start["raw"], start["earliest"], start["latest"]) == (
        "au cours de l'année",
        "2015-01-01",
        "2015-12-31",
    )


def test_opened_between_two_months_of_a_year() -> None:
    found = read(
        "Zentra Malawi Limited plans to unveil the plant in Blantyre between April and May 2024.",
        "en",
    )
    opening = value_of(found, "Plant at Blantyre", "dates.operation_start")
    assert (opening["earliest"], opening["latest"]) == ("2024-04-01", "2024-05-31")
    found = read("L'usine de Zentra ouvrira entre avril et juin 2025 à Oran.")
    opening = value_of(found, "Usine de Zentra", "dates.operation_start")
    assert (opening["earliest"], opening["latest"]) == ("2025-04-01", "2025-06-30")


def test_works_already_mostly_complete_and_the_host_kwacha() -> None:
    found = read(
        "Zentra Malawi Limited will open a cooking oil refinery in Blantyre, Malawi. The "
        "construction of the plant is already 80% complete, with a total investment of 170 "
        "billion kwachas mobilized for the project.",
        "en",
    )
    name = "Cooking oil refinery at Blantyre"
    assert value_of(found, name, "status") == "construction"
    assert value_of(found, name, "investment")["currency"] == "MWK"


def test_a_title_at_a_company_named_before() -> None:
    found = read(
        "Zentra Malawi Limited will open a refinery in Blantyre. Richard Keltor, the Director "
        "of Human Resources at Zentra Malawi, said the plant is ready.",
        "en",
    )
    assert role_titles(found, "Richard Keltor") == ["Director of Human Resources"]
    [role] = about(found, "Richard Keltor", "roles")
    [company] = {p.new.key for p in about(found, "Zentra Malawi Limited", "name")}
    assert role.plain_value()["org"] == company
    assert orgs(found) == {"Zentra Malawi Limited"}
    # a unit's president, at the company, heads none of it
    found = read(
        "Zentra Group will build a smelter in Abu Dhabi. Li Wei, president of Investments at "
        "Zentra Group, signed the deal.",
        "en",
    )
    assert role_titles(found, "Li Wei") == ["president of Investments"]
    assert not about(found, "Zentra Group", "head")


def test_a_seat_said_alone_after_the_name() -> None:
    found = read(
        "This subsidiary of the Zentra Group, based in Dar es Salaam, Tanzania, plans to "
        "unveil the plant in Blantyre.",
        "en",
    )
    assert value_of(found, "Zentra Group", "country") == "TZ"


def test_a_client_is_no_organisation_of_the_record() -> None:
    found = read(
        "German company Zentra began the construction of its plant in Ramos Arizpe. Among "
        "their clients is the American carmaker Keltor Motors, for which "
        "they developed their plant with a capacity of 30 million hectoliters.",
        "en",
    )
    assert orgs(found) == {"Zentra"}


def test_the_name_a_plant_will_be_known_by() -> None:
    found = read(
        "Zentra and the Otavi Town Council will set up a reinforcing steel plant. “The plant "
        "will be strategically located on the Walvis Bay Corridor Network in Otavi and will "
        "be known as Kelta Steel Manufacturing,” the minister said.",
        "en",
    )
    names = {next(iter(p.plain_value().values())) for p in found if p.field == "name"}
    assert "Kelta Steel Manufacturing" in names
    # the plant's name is no company's
    assert not any(name.startswith("Kelta") for name in orgs(found))


def test_two_bodies_joined_by_and_after_a_manufacturer() -> None:
    found = read(
        "The plant would be a public-private partnership between private investors Zentra, "
        "Kelta Rebar Manufacturing and Otavi Town Council.",
        "en",
    )
    assert {"Kelta Rebar Manufacturing", "Otavi Town Council"} <= orgs(found)


def test_skilled_and_semi_skilled_jobs() -> None:
    found = read(
        "Zentra will build a steel plant in Otavi. More than 800 skilled and 700 semi-skilled "
        "jobs will be created, he said.",
        "en",
    )
    jobs = sorted(p.plain_value()["min"] for p in found if p.field == "jobs")
    assert jobs == [700, 800]


def test_a_company_s_legal_form_and_trade_and_the_government_that_pays() -> None:
    found = read(
        "Finland's first cathode plant is being developed by Zentra Finland New Materials Oy. "
        "The project is a joint investment between Beijing Zentra Material Technology, which "
        "holds a 70% stake, and Finnish Kelta Group, which owns 30%. The Finnish government "
        "will support the project by capitalising Finnish Kelta Group with EUR100 million. "
        "Finnish Kelta Group CEO Matti Keltanen described the plant as a key development.",
        "en",
    )
    assert {
        "Zentra Finland New Materials Oy",
        "Beijing Zentra Material Technology",
        "Finnish Kelta Group",
        "Finnish government",
    } <= orgs(found)
    # the whole name said again before a title keeps its nationality
    kelta = [
        next(iter(p.plain_value().values())) for p in about(found, "Finnish Kelta Group", "name")
    ]
    assert set(kelta) == {"Finnish Kelta Group"}
    # a plant's name, the trade's word before it, is no company
    found = read("The General Zentra Technology (Cambodia) factory will open in 2025.", "en")
    assert "General Zentra Technology" not in orgs(found)


def test_the_body_s_words_for_the_headline_s_first_plant_of_a_country() -> None:
    found = read(
        "China’s Zentra in jv to build Finland’s first lithium-ion battery plant\n"
        "Finland’s first cathode active material (CAM) plant is being developed by Zentra Oy. "
        "The plant received its environmental permit in December 2024.",
        "en",
    )
    assert projects(found) == {"Cathode active material plant"}
    assert value_of(found, "Cathode active material plant", "status") == "approved"
    approved = value_of(found, "Cathode active material plant", "dates.approved")
    assert (approved["earliest"], approved["latest"]) == ("2024-12-01", "2024-12-31")


def test_an_agreement_signed_for_an_area_is_named_without_it() -> None:
    found = read(
        "Zentra will build a plant in Kotka. In January 2025, a lease agreement was signed "
        "for 27.8 ha of land in the Keltakallio industrial area.",
        "en",
    )
    titles = [p.plain_value()["en"] for p in found if p.field == "title"]
    assert titles == ["Lease agreement"]


def test_a_place_after_an_article_is_no_person_and_plants_counted_by_a_verb() -> None:
    found = read(
        "Le chiffre d'affaires s'élève à 33,3 millions USD, affirme Girish Keltar, directeur "
        "général de l'entité mauricienne sur la Grande Île."
    )
    assert people(found) == {"Girish Keltar"}
    found = read(
        "Zentra compte déjà une unité à Antsirabé et une autre à Antananarivo. Les deux usines "
        "emploient 2.200 employés."
    )
    assert not any("emploient" in name for name in projects(found))


def test_about_to_invest_and_works_already_begun() -> None:
    found = read(
        "Zentra s’apprête à investir 12,8 milliards de dirhams dans une gigafactory à Kénitra."
    )
    assert value_of(found, "Gigafactory de Kénitra", "status") == "announced"
    found = read(
        "Zentra will build a factory at La Carolina. Construction has already begun.", "en"
    )
    assert value_of(found, "Factory at La Carolina", "status") == "construction"


def test_the_company_said_by_its_noun_signs_and_no_french_auxiliary_in_a_name() -> None:
    found = read(
        "Le brasseur néerlandais Zentra a annoncé jeudi la construction d'une usine à Dili. "
        "Le groupe a signé un accord avec le gouvernement national pour la construction de "
        "l'usine."
    )
    [party] = [p for p in found if p.field == "parties" and p.new and p.new.kind == "agreements"]
    [company] = {p.new.key for p in about(found, "Zentra", "name")}
    assert party.plain_value()["org"] == company
    found = read(
        "Zentra announced a new plant in Kenya. Zentra signed an agreement with the Kenya "
        "Investment Authority for the plant.",
        "en",
    )
    assert [p.quote for p in found if p.field == "status" and p.new.kind == "agreements"] == [
        "signed"
    ]


def test_set_to_open_in_a_few_weeks_and_recommissioned() -> None:
    found = read(
        "Zentra will build a factory in Cairo. The factory, set to open in 2023, will make lathes.",
        "en",
    )
    assert value_of(found, "Factory at Cairo", "dates.operation_start")["raw"] == "in 2023"
    found = read(
        "Zentra will build a factory in Cairo. Construction is expected to start in a few weeks.",
        "en",
    )
    start = value_of(found, "Factory at Cairo", "dates.construction_start")
    assert (start["raw"], start["earliest"], start["latest"]) == (
        "in a few weeks",
        "2024-03-12",
        "2024-05-04",
    )
    found = read(
        "Zentra will build a plant at Karawang. The plant will be recommissioned early next year.",
        "en",
    )
    assert value_of(found, "Plant at Karawang", "dates.operation_start")["raw"] == "early next year"


def test_a_company_named_by_its_trade_s_word() -> None:
    found = read("Zentra Tire inaugure sa première usine européenne")
    assert orgs(found) == {"Zentra Tire"}
    found = read("The minister visited the plant of the Japanese Zentra Tires in Indjija.", "en")
    assert value_of(found, "Zentra Tires", "country") == "JP"
    # a nationality before capitalised words that end in no company's word names none
    found = read(
        "Zentra will build a plant next to the Turkish Industrial Complex in Naivasha.", "en"
    )
    assert orgs(found) == {"Zentra"}


def test_a_zone_gives_way_to_the_town_it_is_in() -> None:
    found = read(
        "Zentra Tires will construct a new tire manufacturing plant in the Northeast "
        "Industrial Zone of the municipality of Indjija, Serbia.",
        "en",
    )
    assert projects(found) == {"Tire manufacturing plant at Indjija"}
    [place] = [p.plain_value() for p in found if p.field == "location"]
    assert (place["country"], place["locality"]) == ("RS", "Indjija")


def test_a_legal_form_before_a_title_is_no_name() -> None:
    found = read(
        "Zentra Overseas (M) Sdn Bhd will build a steel complex in Bintulu. According to "
        "Zentra Overseas (M) Sdn Bhd managing director Robin Keltar, the works begin soon.",
        "en",
    )
    names = [
        next(iter(p.plain_value().values()))
        for p in about(found, "Zentra Overseas (M) Sdn Bhd", "name")
    ]
    assert "Sdn Bhd" not in names


def test_the_investor_s_country_said_as_the_company_it_names() -> None:
    found = read(
        "Zentra inaugure une nouvelle cimenterie au Togo, à Lomé. Zentra est filiale du géant "
        "du secteur l'Allemand Keltorcement. La cimenterie emploiera 500 personnes."
    )
    [countries] = about(found, "Cimenterie de Lomé", "countries")
    assert countries.plain_value() == ["DE", "TG"]
    assert countries.quote == "l'Allemand Keltorcement"


def test_more_sector_words() -> None:
    def sectors(text: str, lang: str) -> set[str]:
        found = read(text, lang)
        return {
            next(iter(p.plain_value().values()))
            for p in found
            if p.new and p.new.kind == "sectors" and p.field == "name"
        }

    assert sectors(
        "Zentra va construire une usine à Oran. L'usine produira des chemises.", "fr"
    ) == {"Textile"}
    assert sectors(
        "Zentra va construire une usine à Oran. L'usine produira des pompes à chaleur.", "fr"
    ) == {"Machines et équipements"}
    assert sectors("Zentra will build a pig iron plant in Lagos.", "en") == {"Steel"}
    assert sectors(
        "Zentra will build a plant in Lagos. The plant will make halal gelatine.", "en"
    ) == {"Agrifood"}


def test_a_person_after_a_title_or_before_one_with_initials_is_no_company() -> None:
    found = read(
        "Présent depuis vingt ans dans le pays de la présidente Dilma Keltar, le groupe "
        "britannique Zentra a vu ses ventes grimper."
    )
    assert "Dilma Keltar" not in orgs(found)
    found = read(
        "Moulay Hafid Keltar (MHK), ministre de l’Industrie, a présidé la cérémonie de "
        "l'usine Zentra à Tanger."
    )
    assert "Moulay Hafid Keltar" not in orgs(found)


def test_a_name_the_headline_alone_gives_yields_to_the_body_s() -> None:
    found = read(
        "AP CM inaugurates Zentra motors plant in Anantapuramu dist\n"
        "\n"
        "Andhra Pradesh Chief Minister Y S Keltar Reddy on Thursday inaugurated Zentra Motors"
        " India's car manufacturing facility at Erramanchi in the district. Accompanied by "
        "Zentra's top executives, the Chief Minister went round the plant and inspected the "
        "production facilities.\n"
        "\n"
        "Set up on a 536-acre site abutting the National Highway- 44, the greenfield plant "
        "has a capacity to manufacture three lakh cars a year. Zentra has already launched "
        "its first made-in-India SUV Tarvo from the plant in August this year.\n"
        "\n"
        "Zentra invested 1.1 billion USD on the Anantapuramu plant, its first production "
        "facility in India, built in less than two years and is providing employment to over "
        "3,000 people. Zentra began trial production in January this year and now the plant "
        "is ready for full-scale manufacture of cars.\n"
        "\n"
        "The Ambassador to India Norvel Park, Zentra Motors Corporation CEO Han-Woo Kel, "
        "Zentra Motors India MD and CEO Tarvo Shim, AP ministers Keltar Goutham and Norvel "
        "Satya and other leaders attended the event.",
        "en",
    )
    assert projects(found) == {"Anantapuramu plant"}
    assert value_of(found, "Anantapuramu plant", "capacity")["value"] == 300_000


def test_the_signing_said_by_its_noun() -> None:
    found = read(
        "A solemn ceremony of signing a memorandum of understanding between Zentra and the "
        "Ministry of Industry took place in Tashkent on the plant to build refrigerators.",
        "en",
    )
    assert [p.plain_value() for p in found if p.field == "status"] == ["signed"]


def test_the_one_agreement_the_plant_s_company_signed_is_the_plant_s() -> None:
    found = read(
        "South Korean electronics giant Zentra will invest LE1.7 billion building its first "
        "Egyptian plant in Beni Suef in a move that will create 1,400 new jobs.\n"
        "Zentra signed a contract with Egyptian officials at a Tuesday conference held in "
        "Cairo.",
        "en",
    )
    [plant] = projects(found)
    [link] = about(found, plant, "agreements")
    [agreement] = {p.new.key for p in found if p.new and p.new.kind == "agreements"}
    assert link.plain_value() == agreement
    # one about something else is no link
    found = read(
        "South Korean electronics giant Zentra will invest LE1.7 billion building its first "
        "Egyptian plant in Beni Suef.\n"
        "Zentra signed a contract on pilot training with Egyptian officials in Cairo.",
        "en",
    )
    assert not about(found, next(iter(projects(found))), "agreements")


def test_the_last_agreement_of_a_tally_is_no_record() -> None:
    text = (
        "In total the conference spawned 11 investment commitments that include two signed "
        "investment agreements and one joint venture agreement.\n"
        "One of them culminated in the signing of a joint venture agreement between Zentra, a "
        "South Korean company, and Otavi Town Council to set up a reinforcing steel plant."
    )
    found = read(text, "en")
    tally_end = text.index("\n")
    agreements = [p for p in found if p.new and p.new.kind == "agreements"]
    assert agreements
    assert all(p.start > tally_end for p in agreements)


def test_a_minister_whose_first_portfolio_is_in_lower_case() -> None:
    found = read(
        "Minister of industrialisation, Trade and SME Development Immanuel Keltar announced "
        "the agreements after the closing of the conference.",
        "en",
    )
    assert people(found) == {"Immanuel Keltar"}
    assert role_titles(found, "Immanuel Keltar") == [
        "Minister of industrialisation, Trade and SME Development"
    ]


def test_a_town_before_and_a_verb_is_where_the_plant_is() -> None:
    found = read(
        "Zentra will set up a reinforcing steel plant in Namibia. “The plant will be located "
        "on the Walvis Bay Corridor Network in Otavi and will be known as Kelta Steel "
        "Manufacturing,” he said.",
        "en",
    )
    assert [(v["country"], v["locality"]) for v in locations(found)] == [("NA", "Otavi")]


def test_whom_a_title_serves_is_no_person() -> None:
    found = read(
        "Stephen Keltar, vice-président du Centre manufacturier du Maroc pour Zentra "
        "Aéronautique, a inauguré l'usine de Casablanca."
    )
    assert "Zentra Aéronautique" not in people(found)
    # "Pour X, ministre de …": according to X, who holds the title
    found = read(
        "Zentra ouvre une usine à Kénitra. Pour Moulay Hafid Keltar, ministre de l’Industrie, "
        "cet investissement atteste de la compétitivité du Maroc."
    )
    assert "Moulay Hafid Keltar" in people(found)


def test_the_units_a_company_already_has_are_no_plant_s_place() -> None:
    found = read(
        "Le groupe mauricien Zentra ouvre une troisième usine à Madagascar\n"
        "Zentra compte déjà une unité à Antsirabé et une autre à Antananarivo. La nouvelle "
        "branche va recruter 300 personnes. Le recrutement pour la nouvelle usine d'Antsirabé "
        "démarre cette semaine."
    )
    assert projects(found) == {"Usine d'Antsirabé"}
    assert [v["locality"] for v in locations(found)] == ["Antsirabé"]


def test_a_vehicle_s_wheel_formula_is_no_count() -> None:
    found = read(
        "Zentra construira une usine à Berrechid. L’usine produira des véhicules blindés à "
        "roues WhAP 8×8 destinés aux Forces armées."
    )
    assert not [p for p in found if p.field == "capacity"]


def test_the_inauguration_of_the_mill_dates_its_opening() -> None:
    found = read(
        "Zentra built a pig iron plant at Port Qasim Karachi. The inauguration of this mill has "
        "been done on December 2018.",
        "en",
    )
    [opening] = [p.plain_value() for p in found if p.field == "dates.operation_start"]
    assert (opening["earliest"], opening["latest"]) == ("2018-12-01", "2018-12-31")


def test_a_sum_before_its_conversion_in_brackets_and_more_currencies() -> None:
    found = read(
        "Zentra construira sa première usine à Camaçari. Un total de 3 milliards de réals "
        "brésiliens (environ 563 millions d’euros) sera investi à ce jour."
    )
    [money] = [p.plain_value() for p in found if p.field == "investment"]
    assert (money["value"], money["currency"]) == (3_000_000_000, "BRL")
    found = read(
        "Zentra will build a factory in Guatemala City with an investment of approximately 309 "
        "million quetzals.",
        "en",
    )
    [money] = [p.plain_value() for p in found if p.field == "investment"]
    assert money["currency"] == "GTQ"


def test_a_study_an_aid_or_a_body_said_by_common_words_is_no_organisation() -> None:
    found = read(
        "Zentra will build a steel complex in Bintulu. The group will seek approval for the "
        "Detailed Environmental Impact Assessment (DEIA) from the authorities, and the line "
        "was supported by Official Development Assistance (ODA).",
        "en",
    )
    assert orgs(found) == {"Zentra"}
    found = read(
        "Zentra a inauguré son usine à My Thuan. Le président du Comité populaire provincial "
        "Pham Dinh Keltar a salué le projet."
    )
    assert "Comité" not in orgs(found)


def test_office_space_is_no_office() -> None:
    found = read(
        "Zentra Motors will build a manufacturing facility with Grade A office space at "
        "International Drive in Washington.",
        "en",
    )
    assert orgs(found) == {"Zentra Motors"}
