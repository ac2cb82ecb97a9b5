"""Forty-sixth round: what the first reading of held-out set BJ showed the reader could not
read, in words any article may use, with names no list knows.

- "a multimillion-dollar factory in X province Wednesday to process rubber grown at nearby
  plantations": a cost said in one word, a day, a product's origin; none a word of its name.
- "in Loc Ninh district's Kravo commune": the commune is where the plant is.
- "The agreement, called Project Investment Agreement (PIA)": the agreement spoken of, named;
  "signed Project Investment Agreement (PIA) in Dhaka": where it was signed.
- "Investment Board of Bangladesh and Kelvo-Tara Cement P Ltd signed": two, the second with
  its legal form; "Tarvo Group from China and Tara Holdings": China is Tarvo's.
- "a large sugar factory in the Kenyan capital, Kelvaville": the capital is the town; the
  agreement to build it is named without its size; "would begin to operate in October 2014".
- "un échange, le 24 mars à Libreville", then "une usine … à Port-Gentil": the plant's own
  town; "poissons salés" (fishing); "la Chambre de commerce, d'agriculture, … de Libreville".
- "une usine de transformation du manioc en amidon et d'alcool, a annoncé mercredi à Lomé":
  what the crop becomes is a word of the name, where it was announced no place of it; "la
  société indienne d'Infra Kelvo"; "l'aide … est évaluée à plus de 95 millions": no investment.
- "provincial governor Uth Sam On", then "Mr. Sam On": one person, one name.
- And from the press's common forms: "a 50,000-tonne-per-year potash mine"; "Laos' Ministry of
  Industry"; "at Indore in Madhya Pradesh"; "X et le gouvernement nigérien ont signé"; "Jordan's
  Kelvo Industries"; "The Tarvo Steel mill, owned by …"; "imports, which cost the country …";
  "le directeur général de la filiale tunisienne, Pedro Alves"; "un protocole d'accord portant
  création d'une société mixte"; "X, Minister of Trade and Industry, and Y"; "in the capital, X";
  "its second overseas plant after a ferronickel plant it opened in 2019"; "pledged $2 billion for
  mining projects"; "will open a $30 million fruit juice factory in Thika next year"; "a conclu une
  entente avec le gouvernement du Rwanda"; "le président de l'entreprise, Marc Tremblay"; a
  headline's "usine de transformation de cajou de Kara", the body's "… de noix de cajou"; "a 6
  MTPA integrated cement unit"; the headline's "MoU", the body's memorandum, "a memorandum of
  understanding (MoU) with the Odisha government to set up" (announced); "signed by
  Industries Secretary Hemant Sharma and Kelvo Cement managing director X"; the headline's
  "textile factory in Hawassa", the body's "garment factory in Hawassa Industrial Park"; "une
  convention pour la mise en exploitation d'une mine"; "dans la région Atsinanana".
"""

from __future__ import annotations

from .reading import (
    about,
    locations,
    named,
    orgs,
    projects,
    read,
    role_titles,
    sector_names,
    value_of,
)


def test_a_cost_in_one_word_a_day_and_an_origin_are_no_words_of_a_name() -> None:
    found = read(
        "Laotian Cashew Firm Opens $12M Plant\n"
        "A state-owned Laotian cashew company inaugurated a multimillion-dollar factory in"
        " Binh Phuoc province Wednesday to process cashews grown at nearby farms, the"
        " provincial governor said Thursday.\n"
        "The firm had invested about $12 million in the plant.",
        "en",
        None,
    )
    assert projects(found) == {"Factory to process cashews"}
    [name] = about(found, "Factory to process cashews", "name")
    assert name.quote == "a multimillion-dollar factory"
    assert [
        p.plain_value()["value"] for p in about(found, "Factory to process cashews", "investment")
    ]


def test_a_sum_before_the_noun_still_tells_another_plant() -> None:
    found = read(
        "Korvel Group said its cement plant in Kelvo had cost $40 million. The group will also"
        " build a $25 million glass factory in Darvel.",
        "en",
        "2020-05-01",
    )
    assert len(projects(found)) == 2


def test_the_commune_said_as_a_district_s_is_the_plant_s_place() -> None:
    found = read(
        "A Thai company has opened a rubber latex processing plant in Loc Ninh district's Kravo"
        " commune, in Binh Phuoc province, Vietnam.",
        "en",
        "2020-05-01",
    )
    [where] = locations(found)
    assert where["locality"] == "Kravo"


NAMED_AGREEMENT = (
    "A Chinese joint venture on Sunday signed a special multi-million dollar agreement with"
    " the Bangladesh government to set up a cement factory in the country.\n"
    "Investment Board of Bangladesh and Kelvo-Tara Cement P Ltd signed Project Investment"
    " Agreement (PIA) in Dhaka.\n"
    "The agreement, called Project Investment Agreement (PIA), is the first of its kind in"
    " the country. The contract provides protection to the firm's investment.\n"
    "As per the agreement, the company will make an investment of $250 million to build the"
    " factory in Sylhet.\n"
    "The project, a joint partnership between Blue Tiger Cement Ltd, a subsidiary unit of"
    " Tarvo Group from China and Tara Holdings, plans to produce 5,000 tons of cement per"
    " day."
)


def test_an_agreement_called_by_its_name_is_the_one_spoken_of() -> None:
    found = read(NAMED_AGREEMENT, "en", "2017-09-03")
    assert named(found, "agreements") == {"Project Investment Agreement"}
    assert "Called Project" not in projects(found)
    parties = {
        p.plain_value()["org"] for p in about(found, "Project Investment Agreement", "parties")
    }
    names = {p.new.key: p.new.name for p in found if p.new}
    assert {names[k] for k in parties} >= {"Bangladesh government", "Kelvo-Tara Cement P Ltd"}


def test_where_an_agreement_was_signed_is_no_plant_s_place() -> None:
    found = read(NAMED_AGREEMENT, "en", "2017-09-03")
    assert all(where["locality"] != "Dhaka" for where in locations(found))


def test_a_country_s_board_and_a_company_joined_by_and_are_two() -> None:
    found = read(NAMED_AGREEMENT, "en", "2017-09-03")
    assert {"Investment Board of Bangladesh", "Kelvo-Tara Cement P Ltd"} <= orgs(found)
    assert value_of(found, "Investment Board of Bangladesh", "country") == "BD"
    assert not about(found, "Kelvo-Tara Cement P Ltd", "country")


def test_a_company_from_a_country_then_another_joined_by_and() -> None:
    found = read(NAMED_AGREEMENT, "en", "2017-09-03")
    assert "Tara Holdings" in orgs(found)
    assert not any("China" in name for name in orgs(found))
    assert value_of(found, "Tarvo Group", "country") == "CN"


def test_a_ministry_of_two_portfolios_stays_one() -> None:
    found = read("The Ministry of Trade and Industry signed the agreement.", "en", "2017-09-03")
    assert orgs(found) == {"Ministry of Trade and Industry"}


CAPITAL = (
    "The Egyptian Kelvo Investment Company will sign an agreement within days to build a"
    " large sugar factory in the Kenyan capital, Kelvaville with investments amounting to"
    " $200m.\n"
    "The Egyptian Ambassador in Kenya, Tarek Kamal, stated that the factory would begin to"
    " operate in October 2014."
)


def test_a_capital_said_by_its_country_s_adjective_is_the_plant_s_town() -> None:
    found = read(CAPITAL, "en", "2012-05-01")
    assert projects(found) == {"Sugar factory at Kelvaville"}
    [where] = locations(found)
    assert where == {"country": "KE", "region": None, "locality": "Kelvaville"}


def test_begin_to_operate_is_the_operation_s_start() -> None:
    found = read(CAPITAL, "en", "2012-05-01")
    [start] = about(found, "Sugar factory at Kelvaville", "dates.operation_start")
    assert start.plain_value()["earliest"] == "2014-10-01"


def test_an_agreement_s_title_leaves_the_plant_s_size_and_the_capital_out() -> None:
    found = read(CAPITAL, "en", "2012-05-01")
    assert named(found, "agreements") == {"Agreement to build a sugar factory"}


SALTED_FISH = (
    "Au terme d'un échange, le 24 mars à Libreville, avec leurs homologues gabonais, les"
    " hommes d'affaires, représentant trois sociétés privées espagnoles, ont décidé de passer"
    " à la vitesse supérieure.\n"
    "Ils ont rencontré les responsables de la Chambre de commerce, d'agriculture, d'industrie"
    " et des métiers de Libreville. Ainsi, ces sociétés ont décidé de s'implanter au Gabon,"
    " au nombre desquelles la société PESCADOR.\n"
    "Spécialisée dans la production industrielle des poissons salés, cette société construira"
    " une usine de fabrication de poissons salés à Port-Gentil. Pour rendre effectif ce"
    " projet, 15 millions d'euros seront mobilisés."
)


def test_the_plant_s_own_town_outweighs_where_its_makers_met() -> None:
    found = read(SALTED_FISH, "fr", "2015-03-26")
    assert projects(found) == {"Usine de fabrication de poissons salés de Port-Gentil"}
    assert [where["locality"] for where in locations(found)] == ["Port-Gentil"]


def test_salted_fish_is_the_fishing_trade() -> None:
    found = read(SALTED_FISH, "fr", "2015-03-26")
    assert sector_names(found) == {"Pêche"}


def test_a_chamber_of_commerce_its_trades_listed_is_of_its_town_s_country() -> None:
    found = read(SALTED_FISH, "fr", "2015-03-26")
    chamber = "Chambre de commerce, d'agriculture, d'industrie et des métiers de Libreville"
    assert chamber in orgs(found)
    assert value_of(found, chamber, "country") == "GA"


CASSAVA = (
    "L'investisseur indien, Rakesh K. Sharma, envisage d'implanter au Togo, dans les tous"
    " prochains jours, une usine de transformation du manioc en amidon et d'alcool, a annoncé"
    " mercredi à Lomé, la télévision publique togolaise.\n"
    "Les discussions ont abouti à une répartition du capital de l'ordre de 75% pour la société"
    " indienne d'Infra Kelvo et 25% pour l'Etat togolais.\n"
    "De 2009 à ce jour, l'aide portée au Togo par l'Inde est évaluée à plus de 95 millions de"
    " dollars américains dans des secteurs tels que le chemin de fer et l'agriculture."
)


def test_what_a_crop_is_made_into_is_a_word_of_the_plant_s_name() -> None:
    found = read(CASSAVA, "fr", "2015-03-26")
    assert projects(found) == {"Usine de transformation du manioc en amidon et d'alcool"}


def test_where_the_news_was_announced_is_no_plant_s_town() -> None:
    found = read(CASSAVA, "fr", "2015-03-26")
    assert [where["locality"] for where in locations(found)] == [None]


def test_a_company_after_its_nationality_and_an_elided_article() -> None:
    found = read(CASSAVA, "fr", "2015-03-26")
    assert "Infra Kelvo" in orgs(found)
    assert value_of(found, "Infra Kelvo", "country") == "IN"


def test_a_country_s_aid_is_no_sum_invested_in_the_plant() -> None:
    found = read(CASSAVA, "fr", "2015-03-26")
    assert not [p for p in found if p.field == "investment"]


def test_a_state_owned_company_s_d_etat_is_no_company_s_name() -> None:
    found = read(
        "La société d'Etat chinoise Kelvo Technologies Inc construira une usine de"
        " transformation de poisson à Nouadhibou.",
        "fr",
        "2015-03-26",
    )
    assert "Etat" not in orgs(found)


def test_a_person_said_again_by_the_last_words_of_his_name_has_one_name() -> None:
    found = read(
        "A Thai company opened a factory in Binh Phuoc province, provincial governor Uth Sam"
        " On said Thursday. Mr. Sam On said the company had invested about $10 million.",
        "en",
        "2020-01-01",
    )
    assert [p.plain_value() for p in found if p.field == "name" and p.new.kind == "people"] == [
        {"en": "Uth Sam On"}
    ]


def test_a_mine_said_first_with_its_yield_in_one_word() -> None:
    found = read(
        "Kelvo Group signed an agreement on Monday to develop a 50,000-tonne-per-year potash"
        " mine in Khammouane province.",
        "en",
        "2024-03-05",
    )
    assert projects(found) == {"Potash mine"}
    [capacity] = about(found, "Potash mine", "capacity")
    assert capacity.plain_value()["value"] == 50000


def test_a_country_s_possessive_by_its_apostrophe_alone() -> None:
    found = read(
        "Vietnam's Kelvo Group and Laos' Ministry of Industry and Commerce on Monday inked an"
        " agreement to develop a potash mine.",
        "en",
        "2024-03-05",
    )
    assert value_of(found, "Ministry of Industry and Commerce", "country") == "LA"


def test_a_known_town_then_its_region() -> None:
    found = read(
        "Kelvo Pharma Ltd will set up a formulations plant at Indore in Madhya Pradesh.",
        "en",
        "2024-03-05",
    )
    [where] = locations(found)
    assert where == {"country": "IN", "region": "Madhya Pradesh", "locality": "Indore"}


def test_a_company_and_a_government_by_its_adjective_who_sign_together() -> None:
    found = read(
        "La société turque Kelvar Enerji et le gouvernement nigérien ont signé vendredi à"
        " Niamey une convention pour la construction d'une centrale solaire de 50 MW à Dosso.",
        "fr",
        "2024-03-05",
    )
    assert value_of(found, "Gouvernement nigérien", "country") == "NE"
    [agreement] = named(found, "agreements")
    parties = {p.plain_value()["org"] for p in about(found, agreement, "parties")}
    assert len(parties) == 2


def test_a_country_whose_name_is_also_a_person_s_said_as_a_possessive() -> None:
    found = read(
        "Jordan's Kelvo Industries laid the cornerstone of a fertiliser plant on Sunday.",
        "en",
        "2024-03-05",
    )
    assert value_of(found, "Kelvo Industries", "country") == "JO"


STEEL_MILL = (
    "KAMPALA, Uganda (Xinhua) -- A Chinese company on Tuesday commissioned a steel mill worth"
    " USD 1.2bn in eastern Uganda's Tororo district, officials said.\n"
    "The Tarvo Steel mill, owned by Tarvo Group Co. Ltd, will produce 1.5 million tonnes of"
    " steel annually.\n"
    "President Yoweri Museveni said the plant would reduce Uganda's steel imports, which cost"
    " the country KES 2 billion last year."
)


def test_a_plant_named_by_capitals_then_its_noun_in_lower_case() -> None:
    found = read(STEEL_MILL, "en", "2024-05-15")
    assert projects(found) == {"Tarvo Steel mill"}
    assert "Tarvo Steel" not in orgs(found)


def test_what_imports_cost_is_no_sum_invested() -> None:
    found = read(STEEL_MILL, "en", "2024-05-15")
    assert [p.plain_value()["value"] for p in found if p.field == "investment"] == [1_200_000_000]


def test_the_head_of_a_subsidiary_said_with_its_nationality_is_a_person() -> None:
    found = read(
        "Selon le directeur général de la filiale tunisienne, Pedro Alves, l'usine exportera la"
        " totalité de sa production.",
        "fr",
        "2024-03-09",
    )
    assert not orgs(found)
    assert role_titles(found, "Pedro Alves") == ["directeur général de la filiale tunisienne"]


def test_an_agreement_founding_a_joint_company_is_titled_by_what_it_founds() -> None:
    found = read(
        "Un protocole d'accord portant création d'une société mixte tuniso-qatarie pour la"
        " production de tubes en acier a été signé dimanche à Tunis entre le groupe public"
        " Kelmetal et la société qatarie Kelvo Steel.",
        "fr",
        "2024-03-09",
    )
    assert named(found, "agreements") == {
        "Protocole d'accord portant création d'une société mixte tuniso-qatarie pour la"
        " production de tubes en acier"
    }


def test_a_minister_s_portfolios_joined_by_and_are_one_title() -> None:
    found = read(
        "The agreement was signed by Kofi Mensah, Minister of Trade and Industry, and Li Wei,"
        " Chairman of Kelvo Group.",
        "en",
        "2024-03-09",
    )
    assert role_titles(found, "Kofi Mensah") == ["Minister of Trade and Industry"]
    assert role_titles(found, "Li Wei") == ["Chairman of Kelvo Group"]


def test_the_capital_said_by_its_noun_then_its_name() -> None:
    found = read(
        "Kelvo will build a sugar factory in the capital, Kelvaville, Kenya's largest city.",
        "en",
        "2024-03-09",
    )
    [where] = locations(found)
    assert where["locality"] == "Kelvaville"


SMELTER = (
    "JAKARTA — PT Kelvo Nikel Indonesia said on Monday it would build a $300 million nickel"
    " smelter in the Zimbabwean province of Midlands, with construction set to begin next"
    " year.\n"
    "The smelter will be the company's second overseas plant after a ferronickel plant it"
    " opened in the Philippines in 2019.\n"
    "Last year, Chinese investors pledged $2 billion for mining projects in the country."
)


def test_the_plant_an_owner_opened_before_lends_no_status_nor_date() -> None:
    found = read(SMELTER, "en", "2024-03-11")
    assert [p.plain_value() for p in found if p.field == "status"] == ["announced"]
    assert not [p for p in found if p.field == "dates.operation_start"]


def test_a_sum_pledged_for_projects_in_the_plural_is_none_of_the_plant_s() -> None:
    found = read(SMELTER, "en", "2024-03-11")
    assert [p.plain_value()["value"] for p in found if p.field == "investment"] == [300_000_000]


def test_a_sum_for_the_article_s_two_projects_is_still_read() -> None:
    found = read(
        "Kelvo Group will invest $500 million in two projects in Kenya, a cement plant in"
        " Athi River and a clinker plant in Kitui.",
        "en",
        "2024-03-11",
    )
    assert any(p.field == "investment" for p in found)


def test_a_plant_that_will_open_next_year_is_announced() -> None:
    found = read(
        "Egyptian beverage maker Kelvo Foods will open a $30 million fruit juice factory in"
        " Thika next year, creating 500 jobs.",
        "en",
        "2024-03-14",
    )
    assert [p.plain_value() for p in found if p.field == "status"] == ["announced"]


def test_a_plant_that_will_open_on_thursday_is_not_merely_announced() -> None:
    found = read(
        "Egyptian beverage maker Kelvo Foods will open a fruit juice factory in Thika on Thursday.",
        "en",
        "2024-03-14",
    )
    assert "announced" not in [p.plain_value() for p in found if p.field == "status"]


ENTENTE = (
    "La firme québécoise Kelvo Technologies a conclu une entente avec le gouvernement du Rwanda"
    " pour l'implantation d'une usine d'assemblage de tablettes électroniques à Kigali."
    " L'usine devrait employer une centaine de personnes, a indiqué le président de"
    " l'entreprise, Marc Tremblay."
)


def test_an_entente_concluded_with_a_government_is_an_agreement() -> None:
    found = read(ENTENTE, "fr", "2024-03-14")
    [agreement] = named(found, "agreements")
    assert agreement.startswith("Entente pour l'implantation d'une usine")
    assert len(about(found, agreement, "parties")) == 2


def test_a_good_entente_between_countries_is_no_agreement() -> None:
    found = read(
        "Les deux pays entretiennent une bonne entente depuis des années. Le groupe Kelvo"
        " construira une usine à Kigali.",
        "fr",
        "2024-03-14",
    )
    assert not named(found, "agreements")


def test_the_head_of_the_company_said_by_its_noun_and_article_is_a_person() -> None:
    found = read(ENTENTE, "fr", "2024-03-14")
    assert "Marc Tremblay" not in orgs(found)
    assert role_titles(found, "Marc Tremblay") == ["président"]


def test_the_headline_s_words_give_no_name_the_body_s_first_words_do_not() -> None:
    found = read(
        "Togo : démarrage des travaux de l'usine de transformation de cajou de Kara\n"
        "Les travaux de construction de l'usine de transformation de noix de cajou de la société"
        " vietnamienne Kelvo Cashew ont officiellement démarré, le samedi 9 mars 2024, à Kara.",
        "fr",
        "2024-03-11",
    )
    assert projects(found) == {"Usine de transformation de noix de cajou de Kara"}
    [name] = [p for p in found if p.field == "name" and p.new.kind == "projects"]
    assert name.plain_value() == {"fr": "Usine de transformation de noix de cajou de Kara"}


CEMENT_UNIT = (
    "Kelvo Cement inks MoU with Odisha govt for Rs 5,000 crore plant\n"
    "Bhubaneswar: Kelvo Cement Ltd on Friday inked a memorandum of understanding (MoU) with the"
    " Odisha government to set up a 6 MTPA integrated cement unit at Bargarh at an investment"
    " of Rs 5,000 crore.\n"
    "The MoU was signed by Industries Secretary Hemant Sharma and Kelvo Cement managing director"
    " Rajesh Gupta."
)


def test_an_integrated_cement_unit_is_a_plant() -> None:
    found = read(CEMENT_UNIT, "en", "2024-03-16")
    assert projects(found) == {"Integrated cement unit at Bargarh"}
    [capacity] = about(found, "Integrated cement unit at Bargarh", "capacity")
    assert capacity.plain_value()["value"] == 6_000_000


def test_a_memorandum_said_with_its_letters_then_its_counterpart_announces_the_plant() -> None:
    found = read(CEMENT_UNIT, "en", "2024-03-16")
    statuses = about(found, "Integrated cement unit at Bargarh", "status")
    assert [p.plain_value() for p in statuses] == ["announced"]


def test_the_headline_s_memorandum_is_the_body_s() -> None:
    found = read(CEMENT_UNIT, "en", "2024-03-16")
    assert named(found, "agreements") == {"Memorandum of understanding"}


def test_a_title_and_its_holder_then_and_a_company() -> None:
    found = read(CEMENT_UNIT, "en", "2024-03-16")
    assert not any("Secretary" in name for name in orgs(found))
    assert role_titles(found, "Hemant Sharma") == ["Industries Secretary"]


def test_a_cement_unit_of_a_group_is_no_plant() -> None:
    found = read("UltraTech, the cement unit of Kelvo Group, said profits rose.", "en", None)
    assert not projects(found)


def test_a_plant_in_a_park_is_the_headline_s_plant_of_its_trade() -> None:
    found = read(
        "Turkish investors break ground on textile factory in Hawassa\n"
        "Turkey's Kelvar Tekstil broke ground on Saturday for a garment factory in Hawassa"
        " Industrial Park, southern Ethiopia. The $25 million facility is expected to employ"
        " 5,000 workers.",
        "en",
        "2024-03-18",
    )
    assert projects(found) == {"Garment factory in the Hawassa Industrial Park"}


def test_a_convention_for_a_mine_s_working_announces_it() -> None:
    found = read(
        "Le ministère des Mines et la société Kelvo Mining ont signé, le 12 mars, une convention"
        " pour la mise en exploitation d'une mine de graphite à Vatomandry.",
        "fr",
        "2024-03-18",
    )
    assert [p.plain_value() for p in found if p.field == "status" and p.new.kind == "projects"] == [
        "announced"
    ]


def test_a_region_said_after_its_french_noun_without_de() -> None:
    found = read(
        "La société Kelvo construira une usine à Vatomandry, dans la région Atsinanana.",
        "fr",
        "2024-03-18",
    )
    [where] = locations(found)
    assert where == {"country": "MG", "region": "Atsinanana", "locality": "Vatomandry"}
