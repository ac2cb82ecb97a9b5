"""Fifty-fifth round: what the first reading of held-out set BS showed the reader could not
read, in words any article may use, with names no list knows.

- "La convention minière signée lundi entre le PDG de Kelvo, X, et le ministre togolais des
  mines, Y, permet à la société burkinabè d'exploiter le site de Doulassa au Sud-ouest du Togo
  … un projet de convention à l'assemblée nationale pour approbation … La société Kelvo va
  produire en moyenne 350 mille tonnes de ciment par an … l'entreprise procédera à la mise en
  place de sa cimenterie": the article's first agreement said by its noun and its kind is named
  by them; its draft, said after, is that one; where in a country a site lies is no region of
  another country's; the site is the plant's town; the company that will make the output is the
  plant's.
- "c'est finalement Kelvo qui sera le premier. Le constructeur marocain vient ainsi de signer un
  accord": the one a cleft singles out is a company, and the one the description points back to
  is the one named just before.
- "the cement and power plants in Erbil province … the cement plant will have … includes a
  52-megawatt power plant": the plant said alone is the project; "the Kurdistan Region" is
  Iraq's.
- "According to the information provided by Kelvo (northern Togo) Special Economic Zone (KSEZ)
  … Last year, the KSEZ obtained 51 new investments worth over … investors declared the creation
  of at least 2,100 new jobs": who tells the news is no project, and a zone's tally gives no
  plant its figures.

- "a Memorandum of Understanding between the Ministry of Economy of Oman and delegation of
  Turkish Kelvo Holding's delegation … signed by … the holding's board chairman Karim Tarvel …
  to allot an appropriate area in the Sohar industrial park for the construction of an
  enterprise … The group of companies also organizes lotteries": the nationality is whose the
  holding is; the holding's title is the holding's; an enterprise to be built is a plant; a
  sentence's first word and common words name no company.

And what probes of the press's common forms showed: "la multinationale française" points back
to the company named before it.
"""

from __future__ import annotations

from .reading import about, orgs, projects, read, role_titles, sector_names, value_of

MINING = (
    "La convention minière signée lundi entre le PDG de Kelvo, Jean Tarvel, et le ministre"
    " togolais des mines, Paul Norvel, permet à la société burkinabè d’exploiter le site de"
    " Doulassa au Sud-ouest du Togo.\n\n"
    "La société Kelvo va produire en moyenne 350 mille tonnes de ciment par an.\n\n"
    "Les ministères avaient présenté, en 2016, un projet de convention à l’assemblée nationale"
    " pour approbation.\n\n"
    "Ainsi, au terme de la recherche, l’entreprise procédera à la mise en place de sa"
    " cimenterie, avec une production annuelle de 350 000 tonnes."
)


def test_the_first_agreement_said_by_its_noun_and_kind_is_named_by_them() -> None:
    found = read(MINING, "fr", "2018-06-13")
    [title] = [p for p in found if p.field == "title"]
    assert title.plain_value() == {"fr": "Convention minière"}
    assert value_of(found, "Convention minière", "status") == "signed"
    industrial = read("L’accord industriel signé lundi entre Kelvo et Tarvel prévoit une usine.")
    assert [p.plain_value() for p in industrial if p.field == "title"] == [
        {"fr": "Accord industriel"}
    ]


def test_where_in_a_country_a_site_lies_is_no_region_of_another() -> None:
    found = read(MINING, "fr", "2018-06-13")
    location = value_of(found, "Cimenterie de Doulassa", "location")
    assert (location["country"], location["locality"]) == ("TG", "Doulassa")
    assert location["region"] != "Sud-Ouest"


def test_the_company_that_will_make_the_output_takes_part_in_the_plant() -> None:
    found = read(MINING, "fr", "2018-06-13")
    [party] = about(found, "Cimenterie de Doulassa", "parties")
    assert party.quote == "Kelvo"


CARS = (
    "Le Sénégal pense aussi à l’après pétrole. Le groupe Tarvel a longtemps songé à"
    " s’installer. Mais c’est finalement Kelvo qui sera le premier. Le constructeur marocain"
    " vient ainsi de signer un accord avec la société Norvel Automobiles. L’accord prévoit"
    " l’implantation d’une usine à Diamniadio."
)


def test_a_cleft_names_a_company_and_the_description_points_to_it() -> None:
    found = read(CARS, "fr", None)
    assert {"Kelvo", "Tarvel"} <= orgs(found)
    assert value_of(found, "Kelvo", "country") == "MA"
    assert not about(found, "Tarvel", "country")


def test_the_multinational_points_back_to_the_company() -> None:
    found = read(
        "Petit à petit, le groupe Kelvo s’installe au Sénégal. Après être arrivée dans le pays"
        " en 2018, la multinationale française va investir 15 millions d’euros dans une usine à"
        " Thiès.",
        "fr",
        "2019-05-01",
    )
    [country] = about(found, "Kelvo", "country")
    assert (country.plain_value(), country.quote) == ("FR", "la multinationale française")


PAIR = (
    "ERBIL – Kurdistan Region Prime Minister Karim Tarvel on Thursday laid the foundation stone"
    " of one of the largest and “strategic” cement and power plants in Erbil province.\n\n"
    "Located in northern Erbil province, the cement plant will have a production capacity of"
    " 6,000 tons per day. It will be jointly constructed by the Kelvo Group and Norvel Power"
    " Corporation.\n\n"
    "The project, which includes a 52-megawatt power plant, will be finished in two years."
)


def test_a_pair_of_plants_is_named_by_the_one_said_alone() -> None:
    found = read(PAIR, "en", None)
    assert "Cement plant" in projects(found)
    assert value_of(found, "Cement plant", "capacity")["value"] == 6000
    [part] = about(found, "Cement plant", "components")
    assert part.plain_value()["name"] == {"en": "Power plant"}


def test_the_kurdistan_region_is_iraqs() -> None:
    found = read(PAIR, "en", None)
    assert value_of(found, "Cement plant", "location")["country"] == "IQ"
    # (Iran's province is Kordestan: "Kurdistan" alone says neither)
    alone = read(PAIR.replace(" in Erbil province.", " in the Kurdistan Region."), "en", None)
    assert [p.plain_value()["country"] for p in alone if p.field == "location"] in ([], ["IQ"])


ZONE = (
    "New automotive components plant to be built in Togo\n"
    "The Tarvel Electric Company will spend up to XOF 9 bn to build a plant which will"
    " manufacture components for electric cars, in Kara, northern Togo.\n"
    "According to the information provided by Kelvo (northern Togo) Special Economic Zone (KSEZ),"
    " the new factory will produce electrical modules.\n"
    "The company will employ 250 employees.\n"
    "Last year, the KSEZ obtained 51 new investments worth over XOF 250 billion compared to 58"
    " projects a year earlier. In 2018, investors declared the creation of at least 2,100 new"
    " jobs and the maintenance of over 20,000 jobs."
)


def test_a_zone_that_tells_the_news_is_no_project_and_its_tally_no_plants() -> None:
    found = read(ZONE, "en", None)
    assert projects(found) == {"Plant at Kara"}
    jobs = [p.plain_value() for p in about(found, "Plant at Kara", "jobs")]
    assert [j["value"] for j in jobs] == [250]
    sums = [p.plain_value() for p in about(found, "Plant at Kara", "investment")]
    assert [s["value"] for s in sums] == [9_000_000_000]


MEMORANDUM = (
    "Details of a Memorandum of Understanding (MoU) between the Ministry of Economy of Oman and"
    " delegation of Turkish Kelvo Holding’s delegation have been disclosed.\n\n"
    "The MoU signed by Omani minister Said Norvel and the holding’s board chairman Karim Tarvel"
    " envisages the production of pharmaceutical products.\n\n"
    "Within the document, it’s planned to allot an appropriate area in the Sohar industrial park"
    " for the construction of an enterprise.\n\n"
    "According to the memorandum, Kelvo Holding will invest $40 million in the project.\n\n"
    "Kelvo Holding is a Turkish conglomerate. The group of companies also organizes lotteries in"
    " Turkey."
)


def test_the_nationality_before_a_holding_is_whose_it_is() -> None:
    found = read(MEMORANDUM, "en", None)
    assert "Kelvo Holding" in orgs(found)
    assert "Turkish Kelvo Holding" not in orgs(found)
    assert value_of(found, "Kelvo Holding", "country") == "TR"


def test_a_sentences_first_word_and_common_words_name_no_company() -> None:
    found = read(MEMORANDUM, "en", None)
    assert not [name for name in orgs(found) if name.casefold().startswith("the ")]


def test_the_holdings_title_is_the_holdings() -> None:
    found = read(MEMORANDUM, "en", None)
    assert role_titles(found, "Karim Tarvel") == ["board chairman"]
    [role] = about(found, "Karim Tarvel", "roles")
    [holding] = [
        p for p in found if p.field == "name" and p.plain_value() == {"en": "Kelvo Holding"}
    ]
    assert role.plain_value()["org"] == holding.new.key


def test_an_enterprise_to_be_built_is_a_plant() -> None:
    found = read(MEMORANDUM, "en", None)
    assert projects(found) == {"Enterprise in the Sohar industrial park"}
    [investment] = about(found, "Enterprise in the Sohar industrial park", "investment")
    assert investment.plain_value()["value"] == 40_000_000
    glass = read(
        "Kelvo will build an enterprise for the production of glass in the Navoi free economic"
        " zone of Uzbekistan.",
        "en",
        None,
    )
    assert projects(glass) == {"Enterprise in the Navoi free economic zone"}
    company = read("Kelvo is a state enterprise. The enterprise employs 300 people.", "en", None)
    assert not projects(company)


def test_the_company_a_description_points_back_to_signs() -> None:
    found = read(CARS, "fr", None)
    kelvo = next(
        p.new.key for p in found if p.field == "name" and p.plain_value() == {"fr": "Kelvo"}
    )
    signers = [p for p in about(found, "Accord", "parties") if p.plain_value()["org"] == kelvo]
    assert [p.quote for p in signers] == ["Le constructeur marocain"]
    assert value_of(found, "Accord", "status") == "signed"


def test_the_owner_said_of_the_signing_group_signs_nothing() -> None:
    found = read(
        "Kelvo Motors disposera prochainement d'une usine au Sénégal. Le groupe, propriété de"
        " Tarvel Holding, vient de signer un accord avec l'Etat du Sénégal pour construire à"
        " Thiès une usine.",
        "fr",
        None,
    )
    [agreement] = [p.new.name for p in found if p.field == "title"]
    assert [p.quote for p in about(found, agreement, "parties")] == ["Etat du Sénégal"]


def test_a_parliament_is_an_organisation() -> None:
    found = read(MINING, "fr", "2018-06-13")
    assert "Assemblée nationale" not in orgs(found)  # (a lower-case "assemblée" alone)
    approved = read(
        "Après l’autorisation de l’Assemblée nationale, nous avons présenté le dossier. L’assemblée"
        " nationale de Guinée a ratifié la convention avec Kelvo.",
        "fr",
        None,
    )
    assert {"Assemblée nationale", "Assemblée nationale de Guinée"} <= orgs(approved)
    assert value_of(approved, "Assemblée nationale de Guinée", "country") == "GN"
    english = read("Kelvo's plan was backed by the National Assembly of Togo.", "en", None)
    assert value_of(english, "National Assembly", "country") == "TG"


def test_the_holder_of_the_permit_takes_part_in_the_plant() -> None:
    found = read(
        "Le décret a octroyé à la société minière KELVO-CIM le permis de recherche dans la région"
        " des Plateaux. Au terme de la recherche, l’entreprise procédera à la mise en place de sa"
        " cimenterie au Togo.",
        "fr",
        "2019-01-01",
    )
    [party] = about(found, "Cimenterie", "parties")
    assert party.quote == "KELVO-CIM"
    [status] = about(found, "Cimenterie", "status")
    assert (status.plain_value(), status.quote) == (
        "announced",
        "procédera à la mise en place de sa",
    )


def test_the_year_output_starts_makes_no_yearly_capacity() -> None:
    found = read(
        "L’accord prévoit l’implantation d’une usine à Diamniadio. L’usine devrait débuter sa"
        " production en 2020, avec une capacité maximale à terme de 25000 unités.",
        "fr",
        None,
    )
    assert value_of(found, "Usine de Diamniadio", "capacity")["unit"] == "units"
    english = read(
        "Kelvo will build a car plant in Tangier. The plant is set to start production in 2026,"
        " with an eventual capacity of 50,000 vehicles.",
        "en",
        "2024-01-01",
    )
    assert value_of(english, "Car plant at Tangier", "capacity")["unit"] == "units"
    target = read(
        "Kelvo will build a car plant in Tangier. By 2030, the plant will make 90,000 cars.", "en"
    )
    assert value_of(target, "Car plant at Tangier", "capacity")["unit"] == "units/yr"


def test_jobs_with_the_participation_of_residents() -> None:
    jobs_said = (
        " for the construction of an enterprise and the creation of new jobs with the"
        " participation of at least 150 local residents."
    )
    found = read(MEMORANDUM.replace(" for the construction of an enterprise.", jobs_said), "en")
    [jobs] = about(found, "Enterprise in the Sohar industrial park", "jobs")
    assert (jobs.plain_value()["min"], jobs.plain_value()["unit"]) == (150, "jobs")


def test_a_name_said_before_and_another_are_two() -> None:
    found = read(
        "The plant will be built by Kelvo Power Corporation (KelvoPower) in Sohar. Company"
        " representatives from KelvoPower and Norvel Investment Corporation attended.",
        "en",
    )
    assert orgs(found) == {"Kelvo Power Corporation", "Norvel Investment Corporation"}


def test_a_zone_that_tells_the_news_is_an_organisation() -> None:
    found = read(ZONE, "en", None)
    assert "Kelvo Special Economic Zone" in orgs(found)
    assert value_of(found, "Kelvo Special Economic Zone", "acronym") == "KSEZ"
    assert value_of(found, "Kelvo Special Economic Zone", "country") == "TG"


def test_the_headlines_status_gives_way_to_the_running_texts() -> None:
    found = read(ZONE.replace("XOF 9 bn", "XOF 9 bn (EUR 13.7 mln)"), "en", None)
    [status] = about(found, "Plant at Kara", "status")
    assert (status.plain_value(), status.quote) == ("announced", "will spend")


def test_the_first_stone_laid_with_its_day_set_apart() -> None:
    found = read(
        "Le groupe turc Kelvo Holding a posé, jeudi 12 juin, la première pierre de son usine"
        " textile dans la zone industrielle de Diamniadio.",
        "fr",
        "2025-06-13",
    )
    [project] = projects(found)
    assert value_of(found, project, "status") == "construction"
    assert value_of(found, project, "dates.construction_start")["earliest"] == "2025-06-12"


def test_a_name_after_a_title_then_and_is_a_persons() -> None:
    found = read(
        "The agreement was signed by Kelvo Group chairman Abdul Norvel and Tarvel Corporation"
        " president Kenji Sato.",
        "en",
    )
    assert orgs(found) == {"Kelvo Group", "Tarvel Corporation"}
    assert role_titles(found, "Abdul Norvel") == ["chairman"]


def test_the_plant_an_agreement_is_for_said_with_its_cost_before() -> None:
    found = read(
        "The Government of Uganda has signed a memorandum of understanding with Kelvo Agro"
        " Industries Ltd, a Kenyan firm, for the construction of a new $250 million sugar factory"
        " in Kiryandongo district. Under the MoU, signed on Friday by the Minister of Trade,"
        " Francis Tarvel, the company will build a factory.",
        "en",
        "2025-08-15",
    )
    [link] = about(found, "Sugar factory", "agreements")
    assert link.quote.startswith("memorandum of understanding")


def test_a_countrys_trade_said_by_its_name_is_no_plants() -> None:
    found = read(
        "Kelvo opened a tire factory in Zrenjanin on Saturday. It is the largest Chinese"
        " investment in Serbia's manufacturing sector.",
        "en",
        "2024-10-06",
    )
    assert sector_names(found) == {"Rubber and tyres"}


def test_what_the_project_plans_is_the_plant_when_none_was_said() -> None:
    found = read(
        "Le gouvernement guinéen et la société chinoise Kelvo Mining ont signé, mercredi à Conakry,"
        " une convention de base. D’un montant de 1,2 milliard de dollars, le projet prévoit la"
        " construction d’une raffinerie d’alumine d’une capacité de 1 million de tonnes par an.",
        "fr",
        "2025-09-18",
    )
    assert projects(found) == {"Raffinerie d’alumine"}
    assert value_of(found, "Raffinerie d’alumine", "capacity")["value"] == 1_000_000
