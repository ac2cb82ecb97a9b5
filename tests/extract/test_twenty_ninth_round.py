"""Twenty-ninth round: what the first reading of held-out set AS showed the reader could
not read, in words any article may use.

- "would create an estimated 2,600 local jobs": jobs.
- "a plant in Paraguay": the country, no town, though GeoNames spells the capital so too;
  and no "at Paraguay" in the plant's name.
- "its first U.S.-based headquarters and manufacturing facility": where it is, said before
  the noun, is no word of the name ("a coal-based power plant" keeps what it burns).
- "Kaito Industries Ltd (凯托) chairman Li Wei": the company's name in another script
  between it and the title; the company is the chairman's, he heads it.
- "A Taiwanese company is to invest …" opening the article: the company it is about, named
  further on, is Taiwanese (a ministry named first is no company; "X, a Japanese company"
  is X's).
- "after a meeting with the representatives of Norvel Recycling": a company, by the people
  who speak for it ("des représentants de l'UGTT": a union's letters, read otherwise).
- "va inaugurer le mois prochain une usine": no plant working yet; "met la touche finale à
  la construction de son usine": under construction; "avec l'inauguration de sa première
  usine": working; "avant son ouverture prévue le 15 mars 2016": its opening ahead.
- "va construire en 2025 une usine": a year, then the plant (no count of plants).
- "The project is worth Nu 200 million", "300 million ngultrum": Bhutan's ngultrum.
- "barres de fer", "fer à béton", "iron rods", "rebar": steel.
- "Avec l'une des plus grandes mines de fer d'Afrique, située à Tonkolili, et une capacité
  … de 20 millions de tonnes": the country's riches compared, no word of the plant's.
- "a joint company of X Private Limited, India and Y": X's country, after its full name.
- "X will locate in Dublin, creating 150 jobs": a plant announced.
- "KDA European Office Managing Director Anna Berg": the body by the acronym the text spelt
  out, "European Office" the title's words, and no head of the body (an office's head);
  "Kenya Development Agency (KDA) Project Manager Tom Ruto": the body's title; "Department
  of Economic Development (GDEcD) Project Manager X": an acronym in mixed case.
- "manufacturing 99 types of products under 17 major therapies": a range, no capacity.
- "Thimphu will have a pharmaceutical plant by June next year": its works done by then, from
  the day written to the end of June of the next year; "une usine de ciment d'ici 2026": by
  when, no word of the name.
- "at Motanga Industrial Park, Samdrupjongkhar", "in Samalaju Industrial Park, Bintulu,
  Sarawak": the place after the zone is the town, where the plant is and what names it.
- "tax incentives and other support from the Paraguayan government", "With the support of
  the Lithuanian government", "the Albanian government offers …", "BANGUI, … (RJDH) – Le
  Gouvernement centrafricain … ont signé": a government by its country's adjective.
- "Kaito Motors said on Tuesday it would invest …": a company, "it" no person; "Norvel will
  hold a 60% stake in the joint venture", "Norvel détiendra 60 % de la coentreprise": a
  company by the share it holds.
- "une nouvelle usine à Itaborai", then "l'usine d'Itaborai": the place the text fixes to
  the noun names it, quoted where it is said.
- "the first Continental production plant": a rank in lower case before a name the text
  gives is no word of it.
- "Le directeur de l’usine d’Itaborai, Jean Keltor": the plant's town, no company.
- "Work on the factory is scheduled to start in the third quarter of 2025": the works' start.
- "a $2 billion nickel smelter", "a $50 million solar farm": the sum said of the plant (not
  "a $300 million credit line").
- "Indonesia's state-owned Kaito Persero and China's Norvel Group signed …": a company after
  a country's possessive and who owns it.
- "a joint venture called Kaito Norvel Nickel", "une coentreprise, X,", "une coentreprise
  baptisée X": the venture, a company, whose name is no plant's.
- "Vietnam's VinFast broke ground on …": a company after a country's possessive, by any act;
  "when it opens in July 2024": its opening.
- "Kaito a signé, jeudi, avec le ministère de l'Industrie un protocole d'accord": both
  parties, the day set apart between commas.
- "The facility is being built by China's Kaito Engineering": the builder after its
  country's possessive, and its country.
- "en début d'année prochaine", "en fin d'année": a part of a year said after "d'".
- "Rui Feng (Cambodge) international Co Ltd": a legal name with its country in brackets and
  one word in lower case; "Une entreprise agricole appartenant à des Chinois", "A
  Chinese-owned company": the company named next, by its owners' nationality.
- "According to Norvel Group CEO Anna Berg": "according to" is no place one goes to; the
  company before the title is hers.
- Trades said by their plant: a transformer plant, a home appliance factory (electrical
  equipment, electronics); poultry processing, a rice mill, pasta, juice, "une usine de
  lait, de riz", "transformation de tomates" (agrifood); a tile factory (construction
  materials); "une usine d'égrenage" (textiles); "une usine de poisson" (fisheries).
- "Saudi Arabia's X and France's Norvel have agreed to build …": each company after its
  country's possessive; "Kaito Holding of the UAE": its country, with its article; "Le
  chantier, d'une durée de 30 mois": the works' end, by how long they last.
- "… to build an electric bus plant in Paraguay, according to a memorandum of
  understanding signed yesterday": the agreement provides the plant said before it.
- "X inaugurated on Friday its new pharmaceutical plant": working, that day.
- "a annoncé mercredi un investissement de … pour la construction d'un complexe", "announced
  on Wednesday a $1.2 billion investment to build …": a plant announced.
- "a officiellement lancé mardi à Glo-Djigbé les travaux": under construction, the town said
  between; "… les travaux de construction de son usine de filature" under the headline's
  "une usine de textile": the body's words, said with the owner's possessive, name the
  headline's plant (a name the headline gives stays).
- "is nearing completion", "en cours d'achèvement": under construction; "has been put on
  hold", "has shelved", "mis en veilleuse": suspended.
- "raising capacity from 1 million to 2 million tonnes a year", "qui passera de 1 à 2
  millions de tonnes par an": the figure after the change (no range; "1 to 2 million tonnes"
  said alone is one).
"""

from __future__ import annotations

from .reading import (
    about,
    dates_said,
    locations,
    orgs,
    projects,
    read,
    role_titles,
    sector_names,
    statuses,
    value_of,
)


def test_local_jobs() -> None:
    found = read(
        "Zentra will build a tyre plant in Tema. The plant would create an estimated 2,600 "
        "local jobs.",
        "en",
    )
    assert value_of(found, "Tyre plant at Tema", "jobs")["value"] == 2600


def test_a_country_its_capital_is_also_called() -> None:
    found = read("A Taiwanese company will build a bus plant in Paraguay.", "en")
    assert projects(found) == {"Bus plant"}
    assert locations(found) == [{"country": "PY", "region": None, "locality": None}]


def test_a_place_based_before_the_plant_noun() -> None:
    found = read(
        "Zentra will invest $20 million into its first U.S.-based headquarters and "
        "manufacturing facility in Dublin, Georgia.",
        "en",
    )
    assert projects(found) == {"Headquarters and manufacturing facility at Dublin"}
    found = read("Zentra will build a coal-based power plant in Nakuru, Kenya.", "en")
    assert projects(found) == {"Power plant at Nakuru"}


def test_a_name_in_another_script_before_the_title() -> None:
    found = read(
        "Kaito Industries Ltd (凯托) chairman Li Wei said the plant in Tema, Ghana would open "
        "in 2026.",
        "en",
    )
    assert role_titles(found, "Li Wei") == ["chairman"]
    [role] = about(found, "Li Wei", "roles")
    assert role.plain_value()["org"] is not None
    assert value_of(found, "Kaito Industries Ltd", "head") == "Li Wei"


def test_a_long_name_before_its_other_script_and_title() -> None:
    found = read(
        "Kaito Heavy Transport Bus Manufacturing Ltd will build a bus plant in Tema, Ghana. "
        "Kaito Heavy Transport Bus Manufacturing Ltd (凯托) chairman Li Wei said it would open "
        "in 2026.",
        "en",
    )
    assert orgs(found) == {"Kaito Heavy Transport Bus Manufacturing Ltd"}
    assert value_of(found, "Kaito Heavy Transport Bus Manufacturing Ltd", "head") == "Li Wei"


def test_an_opening_company_by_its_nationality_named_further_on() -> None:
    found = read(
        "A Taiwanese company is to invest an estimated US$30 million to build a bus plant in "
        "Paraguay, according to a memorandum signed yesterday, announces the Paraguayan "
        "Ministry of Industry.\n"
        "The minister said the plant would change the lives of millions of commuters who "
        "travel to work every day in the country, and that he looked forward to seeing the "
        "country play a leading role in the region.\n"
        "He added that the plant would be built on land the government offers near the "
        "river, with roads and power lines to be laid by the state before the works begin.\n"
        "Kaito Bus Manufacturing Ltd chairman Li Wei said the project would create 2,600 "
        "jobs.",
        "en",
    )
    assert value_of(found, "Kaito Bus Manufacturing Ltd", "country") == "TW"
    found = read(
        "Kaito Industrial Inc., a Japanese manufacturing company, is investing P2 billion to "
        "set up a factory in Lima Estate, an economic zone operated by Norvel Group.",
        "en",
    )
    assert not about(found, "Norvel Group", "country")


def test_a_company_by_its_representatives() -> None:
    found = read(
        "Construction of the recycling plant in Khobi will begin soon, said the minister "
        "after a meeting with the representatives of Norvel Recycling today.",
        "en",
    )
    assert "Norvel Recycling" in orgs(found)
    found = read(
        "L'usine de Ben Arous a été inaugurée en présence des représentants de l'UGTT et des "
        "responsables régionaux."
    )
    assert not any(about(found, name, "parties") for name in projects(found))


def test_an_inauguration_ahead_and_the_finishing_touches() -> None:
    found = read(
        "Une entreprise chinoise va inaugurer le mois prochain une usine sucrière à Kampot."
    )
    assert "operating" not in statuses(found)
    found = read(
        "La société Zentra met la touche finale à la construction de son usine sucrière à Kampot."
    )
    assert statuses(found) == {"construction"}
    found = read(
        "Le Sénégal franchit une étape avec l'inauguration de sa première usine de production "
        "de barres de fer, gérée par l'entreprise turque Zentra."
    )
    assert statuses(found) == {"operating"}
    found = read(
        "Zentra construit une usine sucrière à Kampot. L'usine serait en phase de tests "
        "techniques avant son ouverture prévue le 15 mars 2016."
    )
    opening = value_of(found, "Usine sucrière de Kampot", "dates.operation_start")
    assert (opening["earliest"], opening["planned"]) == ("2016-03-15", True)


def test_a_year_between_the_verb_and_the_plant() -> None:
    found = read("Zentra va construire en 2025 une usine de ciment à Thiès.")
    assert projects(found) == {"Usine de ciment de Thiès"}


def test_ngultrum() -> None:
    found = read(
        "Zentra will build a pharmaceutical plant in Thimphu. The project is worth Nu 200 million.",
        "en",
    )
    cost = value_of(found, "Pharmaceutical plant at Thimphu", "investment")
    assert (cost["value"], cost["currency"]) == (200_000_000, "BTN")


def test_iron_bars_are_steel() -> None:
    found = read("L'entreprise turque Zentra construit une usine de barres de fer à Thiès.")
    assert sector_names(found) == {"Sidérurgie"}
    found = read("Zentra will build an iron rods plant in Nakuru, Kenya.", "en")
    assert sector_names(found) == {"Steel"}


def test_the_country_s_riches_are_no_plant_s() -> None:
    found = read(
        "Le Sénégal inaugure sa première usine de barres de fer, gérée par l'entreprise turque "
        "Zentra, d'une capacité de 120 000 tonnes par an. Avec l'une des plus grandes mines de "
        "fer d'Afrique, située à Kédougou, et une capacité de production annuelle de 20 "
        "millions de tonnes, le pays a des atouts considérables."
    )
    [name] = projects(found)
    assert "Kédougou" not in name
    assert [p.plain_value()["value"] for p in about(found, name, "capacity")] == [120_000]


def test_a_country_after_a_company_s_full_name() -> None:
    found = read(
        "ABHL is a joint company of Norvel Industries Private Limited, India and DHI. The "
        "company will build a pharmaceutical plant in Thimphu.",
        "en",
    )
    assert value_of(found, "Norvel Industries Private Limited", "country") == "IN"


def test_a_plant_to_locate() -> None:
    found = read(
        "Governor Nathan Deal announced that Norvel Glass, a Latvia-based manufacturer, will "
        "locate in Dublin, creating 150 jobs and investing $20 million into its first "
        "manufacturing facility.",
        "en",
    )
    assert statuses(found) == {"announced"}


def test_a_body_s_acronym_and_its_office() -> None:
    found = read(
        "Zentra will build a plant in Nakuru, Kenya. Kenya Development Agency (KDA) Project "
        "Manager Tom Ruto assisted the company, along with KDA European Office Managing "
        "Director Anna Berg.",
        "en",
    )
    assert role_titles(found, "Anna Berg") == ["European Office Managing Director"]
    agency = "Kenya Development Agency"
    assert not about(found, agency, "head")
    for person in ("Anna Berg", "Tom Ruto"):
        [role] = about(found, person, "roles")
        assert role.plain_value()["org"] == about(found, agency, "name")[0].new.key
    found = read(
        "Zentra will build a plant in Dublin, Georgia. Georgia Department of Economic "
        "Development (GDEcD) Project Manager Nico Berg assisted the company.",
        "en",
    )
    [role] = about(found, "Nico Berg", "roles")
    assert role.plain_value()["org"] is not None


def test_a_range_of_products_is_no_capacity() -> None:
    found = read(
        "Zentra will build a pharmaceutical plant in Thimphu. Once operational, the company "
        "will be manufacturing 99 types of products under 17 major therapies.",
        "en",
    )
    assert not about(found, "Pharmaceutical plant at Thimphu", "capacity")


def test_a_plant_there_by_a_month_of_next_year() -> None:
    found = read(
        "Thimphu will have a pharmaceutical plant by June next year, according to a press "
        "release from Zentra.",
        "en",
    )
    [name] = projects(found)
    done = value_of(found, name, "dates.completion")
    assert (done["raw"], done["earliest"], done["latest"]) == (
        "by June next year",
        "2024-03-05",
        "2025-06-30",
    )
    found = read("Zentra construira une usine de ciment d'ici 2026.")
    assert projects(found) == {"Usine de ciment"}


def test_the_town_after_a_zone_and_a_comma() -> None:
    found = read(
        "Zentra will build an integrated steel-making complex in Samalaju Industrial Park, "
        "Bintulu, Sarawak, in Malaysia.",
        "en",
    )
    assert projects(found) == {"Integrated steel-making complex at Bintulu"}
    assert locations(found)[0]["locality"] == "Bintulu"


def test_a_government_that_helps() -> None:
    found = read(
        "Zentra will build a bus plant in Asuncion, Paraguay. The company would receive tax "
        "incentives and other support from the Paraguayan government, he said.",
        "en",
    )
    assert value_of(found, "Paraguayan government", "country") == "PY"
    found = read(
        '"With the support of the Lithuanian government we intend to finalize construction '
        'of the plant in Kaunas by mid-2019," said Zentra.',
        "en",
    )
    assert "Lithuanian government" in orgs(found)
    found = read(
        "BANGUI, 05 Janvier 2017 (RJDH) – Le Gouvernement centrafricain et la société Zentra "
        "ont signé mardi une convention relative à l'exploitation d'une fonderie de fer."
    )
    assert "Gouvernement centrafricain" in orgs(found)


def test_a_company_that_said_it_would() -> None:
    found = read(
        "Kaito Motors said on Tuesday it would invest $500 million to build an electric "
        "vehicle plant in Chonburi province, Thailand.",
        "en",
    )
    assert orgs(found) == {"Kaito Motors"}
    found = read("Li Wei said it would be a great plant in Kayes, Mali.", "en")
    assert not orgs(found)


def test_a_company_by_the_share_it_holds() -> None:
    found = read(
        "Norvel will hold a 60% stake in the joint venture that will build a fertiliser "
        "plant in Thies, Senegal.",
        "en",
    )
    assert orgs(found) == {"Norvel"}
    found = read(
        "Norvel détiendra 60 % de la coentreprise qui construira une usine d'engrais à Thiès, "
        "au Sénégal."
    )
    assert orgs(found) == {"Norvel"}


def test_the_place_fixed_to_the_noun_names_the_plant() -> None:
    found = read(
        "L’entreprise française Zentra a inauguré le 25 février une nouvelle usine à Itaborai, "
        "dans l’Etat de Rio de Janeiro, au Brésil. Cette usine fabrique du ciment.\n"
        "Parmi les innovations que l’usine d’Itaborai possède figure son automatisation."
    )
    assert projects(found) == {"Usine d’Itaborai"}
    [name] = about(found, "Usine d’Itaborai", "name")
    assert name.quote == "usine d’Itaborai"


def test_a_rank_before_a_name_given() -> None:
    found = read(
        "We are delighted that we will finally have the first Zentra production plant in "
        "Lithuania, said Li Wei, managing director of Zentra.",
        "en",
    )
    assert projects(found) == {"Zentra production plant"}


def test_a_plant_s_director_names_no_company() -> None:
    found = read(
        "L’entreprise française Zentra a inauguré une nouvelle usine à Itaborai, au Brésil. Le "
        "directeur de l’usine d’Itaborai, Jean Keltor, a parlé aux ouvriers."
    )
    assert orgs(found) == {"Zentra"}


def test_work_on_the_plant_to_start() -> None:
    found = read(
        "Kaito will build a factory in Nairobi, Kenya. Work on the factory is scheduled to "
        "start in the third quarter of 2025.",
        "en",
    )
    start = value_of(found, "Factory at Nairobi", "dates.construction_start")
    assert (start["earliest"], start["latest"]) == ("2025-07-01", "2025-09-30")


def test_a_sum_said_of_a_smelter() -> None:
    found = read("Norvel will build a $300 million smelter in Morowali, Indonesia.", "en")
    assert value_of(found, "Smelter at Morowali", "investment")["value"] == 300_000_000
    found = read(
        "Norvel will build a smelter in Morowali, Indonesia. It got a $300 million credit line.",
        "en",
    )
    assert not about(found, "Smelter at Morowali", "investment")


def test_a_state_owned_company_after_a_country_s_possessive() -> None:
    found = read(
        "Indonesia's state-owned Kaito Persero and China's Norvel Group signed an agreement on "
        "Wednesday to develop a nickel smelter in Morowali.",
        "en",
    )
    assert value_of(found, "Kaito Persero", "country") == "ID"


def test_a_joint_venture_s_name() -> None:
    found = read(
        "Kaito and Norvel will form a joint venture called Kaito Norvel Nickel to build a "
        "nickel smelter in Morowali, Indonesia.",
        "en",
    )
    assert "Kaito Norvel Nickel" in orgs(found)
    assert projects(found) == {"Nickel smelter at Morowali"}
    found = read(
        "Kaito et Norvel vont créer une coentreprise baptisée Kaito Norvel Nickel pour "
        "construire une fonderie à Morowali, en Indonésie."
    )
    assert "Kaito Norvel Nickel" in orgs(found)
    assert projects(found) == {"Fonderie de Morowali"}


def test_a_company_after_a_possessive_by_its_act_and_when_it_opens() -> None:
    found = read(
        "Vietnam's Kaito broke ground on Thursday on a $4 billion electric vehicle factory in "
        "Chatham County, North Carolina. The plant will produce 150,000 vehicles a year when "
        "it opens in July 2024.",
        "en",
    )
    assert value_of(found, "Kaito", "country") == "VN"
    [name] = projects(found)
    assert value_of(found, name, "dates.operation_start")["earliest"] == "2024-07-01"


def test_signed_on_a_day_with_a_ministry() -> None:
    found = read(
        "Le groupe chinois Kaito a signé, jeudi, avec le ministère de l'Industrie un protocole "
        "d'accord portant sur la réalisation d'une usine de pneumatiques à Sétif."
    )
    [title] = [p for p in found if p.field == "title"]
    parties = {
        p.quote for p in found if p.field == "parties" and p.new and p.new.key == title.new.key
    }
    assert parties == {"Kaito", "ministère de l'Industrie"}


def test_a_builder_after_its_country_s_possessive() -> None:
    found = read(
        "Norvel will build a cement plant in Tema, Ghana. The facility is being built by "
        "China's Kaito Engineering under an EPC contract.",
        "en",
    )
    assert value_of(found, "Kaito Engineering", "country") == "CN"


def test_a_part_of_a_year_said_after_d_apostrophe() -> None:
    said = {words: (a, b) for words, a, b in dates_said("en début d'année prochaine", "2024-03-05")}
    assert said == {"début d'année prochaine": ("2025-01-01", "2025-03-31")}
    said = {words: (a, b) for words, a, b in dates_said("en fin d'année", "2024-03-05")}
    assert said == {"fin d'année": ("2024-10-01", "2024-12-31")}


def test_a_company_owned_by_nationals_named_next() -> None:
    found = read(
        "Une entreprise agricole appartenant à des Chinois va construire une usine sucrière à "
        "Kampot. Kaito (Cambodge) international Co Ltd, titulaire de plusieurs concessions, "
        "met la touche finale à la construction."
    )
    assert value_of(found, "Kaito (Cambodge) international Co Ltd", "country") == "CN"
    found = read(
        "A Chinese-owned company will build a sugar mill in Kampot, Cambodia, according to "
        "Kaito Sugar Ltd, which holds the land.",
        "en",
    )
    assert value_of(found, "Kaito Sugar Ltd", "country") == "CN"


def test_according_to_a_company_s_chief() -> None:
    found = read(
        "According to Norvel Group CEO Anna Berg, the plant in Tema, Ghana will cost $20 million.",
        "en",
    )
    assert role_titles(found, "Anna Berg") == ["CEO"]
    assert value_of(found, "Norvel Group", "head") == "Anna Berg"


def test_trades_said_by_their_plant() -> None:
    said = {
        "a transformer plant": "Electrical equipment",
        "a home appliance factory": "Electronics",
        "a poultry processing plant": "Agrifood",
        "a rice mill": "Agrifood",
        "a tile factory": "Construction materials",
    }
    for plant, trade in said.items():
        found = read(f"Kaito will build {plant} in Tema, Ghana.", "en")
        assert sector_names(found) == {trade}, plant
    dit = {
        "une usine de lait": "Agroalimentaire",
        "une usine de transformation de tomates": "Agroalimentaire",
        "une usine d'égrenage de coton": "Textile",
        "une usine de poisson": "Pêche",
        "une usine de transformateurs": "Équipements électriques",
    }
    for plant, trade in dit.items():
        found = read(f"Kaito va construire {plant} à Thiès, au Sénégal.")
        assert sector_names(found) == {trade}, plant


def test_two_possessives_and_a_country_with_its_article() -> None:
    found = read(
        "Saudi Arabia's Kaito Petrochemicals and France's Norvel have agreed to build a $5 "
        "billion petrochemical complex in Jubail.",
        "en",
    )
    assert value_of(found, "Norvel", "country") == "FR"
    found = read(
        "Kaito Holding of the UAE on Monday launched construction of a desalination plant in "
        "Nouadhibou, Mauritania.",
        "en",
    )
    assert value_of(found, "Kaito Holding", "country") == "AE"


def test_the_works_end_by_how_long_they_last() -> None:
    found = read(
        "La société émiratie Kaito Holding a lancé lundi les travaux de construction d'une "
        "usine de dessalement à Nouadhibou, en Mauritanie. Le chantier, d'une durée de 30 "
        "mois, emploiera 1 200 ouvriers."
    )
    done = value_of(found, "Usine de dessalement de Nouadhibou", "dates.completion")
    assert (done["earliest"], done["latest"]) == ("2024-03-05", "2026-09-05")


def test_a_plant_according_to_an_agreement() -> None:
    found = read(
        "A Taiwanese company is to invest US$30 million to build an electric bus plant in "
        "Paraguay, according to a memorandum of understanding signed in Taipei yesterday.",
        "en",
    )
    [link] = [p for p in found if p.field == "projects"]
    assert link.quote.startswith("electric bus plant in Paraguay, according to a memorandum")


def test_inaugurated_on_a_day_before_the_plant() -> None:
    found = read(
        "Kaito Pharma inaugurated on Friday its new pharmaceutical plant in Kigali, Rwanda.", "en"
    )
    assert statuses(found) == {"operating"}
    opened = value_of(found, "Pharmaceutical plant at Kigali", "dates.operation_start")
    assert opened["earliest"] == "2024-03-01"


def test_an_investment_announced() -> None:
    found = read(
        "Le géant indien Kaito Steel a annoncé mercredi un investissement de 1,2 milliard de "
        "dollars pour la construction d'un complexe sidérurgique à Bouchegouf, en Algérie."
    )
    assert statuses(found) == {"announced"}
    found = read(
        "Kaito Steel announced on Wednesday a $1.2 billion investment to build an integrated "
        "steel complex in Bouchegouf, Algeria.",
        "en",
    )
    assert statuses(found) == {"announced"}


def test_works_launched_in_a_town_of_the_owner_s_plant_under_a_headline() -> None:
    found = read(
        "Bénin : le turc Kaito investit 40 milliards FCFA dans une usine de textile\n\n"
        "Le groupe turc Kaito Tekstil a officiellement lancé mardi à Glo-Djigbé les travaux de "
        "construction de son usine de filature."
    )
    assert projects(found) == {"Usine de filature de Glo-Djigbé"}
    assert statuses(found) == {"construction"}
    found = read(
        "L'usine de traitement du latex Zentra Kaito mise en chantier\n\n"
        "La compagnie Zentra Kaito a lancé mercredi dans le district de Pakxe, au Laos, les "
        "travaux de son usine de traitement du latex."
    )
    assert projects(found) == {"Usine de traitement du latex Zentra Kaito"}


def test_nearing_completion_and_on_hold() -> None:
    said = {
        ("Kaito's cement plant in Tema, Ghana, is nearing completion.", "en"): "construction",
        ("La cimenterie de Kaito à Thiès est en cours d'achèvement.", "fr"): "construction",
        ("Kaito's cement plant in Tema, Ghana, has been put on hold.", "en"): "suspended",
        ("Kaito has shelved its cement plant in Tema, Ghana.", "en"): "suspended",
        ("Le projet de cimenterie de Kaito à Thiès a été mis en veilleuse.", "fr"): "suspended",
    }
    for (text, lang), status in said.items():
        assert statuses(read(text, lang)) == {status}, text


def test_a_capacity_changed_is_the_later_figure() -> None:
    found = read(
        "Kaito will invest $50 million in expanding its cement plant in Tema, Ghana, raising "
        "capacity from 1 million to 2 million tonnes a year.",
        "en",
    )
    [capacity] = about(found, "Cement plant at Tema", "capacity")
    assert (capacity.plain_value()["value"], capacity.plain_value()["min"]) == (2_000_000, None)
    found = read(
        "Kaito va doubler la capacité de sa cimenterie de Thiès, au Sénégal, qui passera de 1 "
        "à 2 millions de tonnes par an."
    )
    assert value_of(found, "Cimenterie de Thiès", "capacity")["value"] == 2_000_000
    found = read(
        "Kaito will build a cement plant in Tema, Ghana, with a capacity of 1 to 2 million "
        "tonnes a year.",
        "en",
    )
    ranged = value_of(found, "Cement plant at Tema", "capacity")
    assert (ranged["min"], ranged["max"]) == (1_000_000, 2_000_000)
