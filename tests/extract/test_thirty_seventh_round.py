"""Thirty-seventh round: what the first reading of held-out set BA showed the reader could not
read, in words any article may use.

- "the partnering of Norvel Americas and China National Kelvo Industry International
  Corporation": the partners a partnership is of are companies; a trade's word followed by
  the words of a company's noun ("Industry International Corporation") is inside a name, no
  end of one; "Americas", "Africa", "Asia": a group's arm for a part of the world, a
  company's word.
- "Jon Marlow, Tarvel Holdings’ managing director": a plural's possessive says whose the
  title is, as "Tarvel's" does.
- "Kelvo Motors, which is a subsidiary of Tarvel Machinery Corporation, will build …", "La
  filiale de Tarvel Group espère …": the owner of the company spoken of takes no part in its
  plant, there nor where the text names it again ("Le président du conseil de Tarvel Group").
- "La société chinoise Systèmes de sécurité Norvel Kelt Canada", "Norvel Kelt" said again:
  a French company's name in lower case after its first word, then its capitals; the words
  the headline said as a woman's ("La chinoise Norvel Kelt ouvrira une usine") are the
  company's.
- "un investissement de 30 millions $" in the Quebec press: the Canadian dollar, as the
  Quebec press writes it (the sign after the figure, Canada said in the text); "un appui
  financier totalisant 4 millions $ à X", "De ce montant, 3 millions $ prennent la forme d'un
  prêt": the support a government gives, and a part of a sum said before, are no sums
  invested.
- "Par l'entremise d'Investissement Québec", "through Invest India": an investment agency
  named by its word and the place it draws investors to.
- "X compte désormais une nouvelle usine à Y": a plant it has now, its party; "sa mise en
  service a eu lieu en décembre dernier": the opening, an event past.
- "CJSC “Kelvotech”", "OJSC Minsk bus works (MBW)": the legal forms of the former Soviet
  republics open the name, in quotation marks or in lower case before its letters; "X
  together with Y and Z signed a contract": those it signs with are parties too.
- "The Governor of Western Region, Abdou F.M. Kelvo": two initials between a given name and a
  surname.
- "a factory at the tune of US$200,000", "worth $2 million at Brikama": a sum; "at" after a
  sum is no "a t", a price per tonne.
- "owned by a Taiwanese investor, Richard Kelvo, the owner of Norvel Company": an investor
  named and titled is a person.
- "des composants légers destinés à équiper des cabines d'avions": parts made to equip
  aircraft are the aircraft trade's ("pour ses clients … aéronautiques" sells to them).
- "A motor vehicle assembly facility is slated for construction in Kingston": announced.
- "des systèmes d'alarme incendie", "fire alarm systems": electronics; "a mosquito coil
  factory", "insecticides": chemicals; "ses installations, où seront fabriqués des X": what
  will be made there, said in the passive.
- "the Department of State for Health and Social Welfare": the portfolio said after whose
  department it is is a word of its name.
- "The Chief of Brikama, Mr. Bakary Kelvo": a town's chief, no company's head.
- "Speaking on behalf of KIPFZA, the manager …": whom one speaks for is a body ("on behalf of
  Georgia", a state, is none).
- "Le site produira des faisceaux pour les constructeurs européens Kelvo et Tarvel": those
  the output is made for take no part in the plant.
- "the Kelvan Investment Commission said", then "with KIC commissioner Daniel Tesso", "KIC
  Area Director, X": capitals that spell the initials of a body named before, said before a
  title, are that body, whose title it is; said alone, they name it again, no new body.
- "signed a supply agreement with Italy's Fratelli Kelvi": two words after a country's
  possessive are a company, no given name and surname.
- "China's Tarvon Glass Co. and the Jizzakh regional administration have signed": a place's
  government, its noun in lower case, a body and a party.
- "… breaks ground on tyre plant in Cambodia", then "Norvex Group, a Vietnamese rubber
  company, …": the headline's last word is no nationality of the name that opens the body.
- "Paraguay's industry and commerce minister Javier Gimeno": a portfolio in lower case is
  the title's ("strategic industries, Minister of Industry X": a comma ends what is before).
- "1.8Mt/y", "500,000 t/a", "5,000 t/d": a year's and a day's by their letters.
- "a inauguré jeudi une unité …, a appris l'AIP", "Trend reports via X": a body that learns or
  reports the news is the press, no organisation of the article's.
- "built by the EPC contractor Sinotarv Engineering": a contract's kind by its letters, no
  body.
- "Mexico's Grupo Kelvamex to invest $150 million in Guatemala cement plant", then "a cement
  plant in Escuintla, Guatemala", "Kelvamex chief executive X": a Spanish group's noun opens
  its name and its legal form ("S.A.B. de C.V.") is none of it; the word after the noun
  names it alone; a country's possessive before a company says whose it is, no place of the
  plant; a headline's country name is the country's, no town's of that name.
- "The complex will include spinning, weaving and dyeing plants": parts listed bare, in the
  plural, just after the verb, are the complex's, no project of their own.
- "a signé lundi avec la Société d'investissement et de promotion de l'industrie (SIPI-Bénin)
  une convention": a French body named in lower case after its noun, its letters the
  initials of its words (its country after a hyphen); the signer and whom it signed with,
  named at length with its letters, are the agreement's parties ("le conseiller du Conseil
  d'administration (CA)": a board, two letters, no body).
- "YANGON, Nov 12 — … a seafood plant in the Dawei Special Economic Zone": the dateline's
  region is where the report was written, no region of the places it names after.
- "une usine de tubes sans soudure", "welded steel pipes": pipes and tubes of steel, steel.
- "Kazakhstan's national company KazKelvoGas and South Korea's Kelmun Chemical Corp.": what
  is said before the first company is no country of the second.
- "signed by KazKelvoGas Chairman of the Board Askar Nurlanov and Kelmun Chemical President
  Park Ji-hoon": the title's board and its holder, then the other company by its trade.
- "Le projet prévoit également une aciérie et une centrale électrique": what the project
  plans besides is its part; "une usine d'engrais phosphatés": a fertiliser's kind, no mine;
  "le ministère … de l'Énergie et du Développement minier": an adjective in "-ier" ends the
  body's name (no mining trade of the plant's).
- "Uzbekistan's Almalyk Mining and Metallurgical Combine (AMMC)": a combine (the Soviet
  "kombinat") is a company, a partner of the plant its sentence names.
"""

from __future__ import annotations

from .reading import about, locations, orgs, people, read, role_titles, sector_names, statuses


def _party_names(found: list, record: str) -> set[str]:
    refs = {p.plain_value()["org"] for p in about(found, record, "parties")}
    return {p.new.name for p in found if p.field == "name" and p.new and p.new.key in refs}


def test_the_partners_of_a_partnering_are_companies() -> None:
    found = read(
        "A motor vehicle assembly plant will be built in Kingston. The project results from"
        " the partnering of Norvel Americas and Kelvo Motors.",
        "en",
    )
    assert {"Norvel Americas", "Kelvo Motors"} <= orgs(found)


def test_a_trade_s_word_before_a_company_s_noun_is_inside_the_name() -> None:
    found = read(
        "The deal was signed by Tarvel and China National Kelvo Industry International"
        " Corporation.",
        "en",
    )
    assert "China National Kelvo Industry International Corporation" in orgs(found)
    assert "International Corporation" not in orgs(found)


def test_a_plural_s_possessive_says_whose_the_title_is() -> None:
    found = read(
        "According to Jon Marlow, Tarvel Holdings’ managing director, the plant will open soon.",
        "en",
    )
    assert role_titles(found, "Jon Marlow") == ["managing director"]
    [role] = about(found, "Jon Marlow", "roles")
    [org] = [p.new.key for p in found if p.new and p.new.name == "Tarvel Holdings"][:1]
    assert role.plain_value()["org"] == org


def test_the_owner_of_a_subsidiary_takes_no_part() -> None:
    found = read(
        "A motor vehicle assembly plant will be built in Kingston. The project is run by Kelvo"
        " Motors, which is a subsidiary of Tarvel Machinery Corporation.",
        "en",
    )
    [plant] = {p.new.name for p in found if p.new and p.new.kind == "projects"}
    assert _party_names(found, plant) == {"Kelvo Motors"}


def test_the_owner_said_first_as_such_is_no_party_when_named_again() -> None:
    found = read(
        "La société Kelvo a annoncé mardi la construction d'une nouvelle usine à Laval.\n"
        "La filiale de Tarvel Group espère que l'usine sera opérationnelle en 2015.\n"
        "Le président du conseil de Tarvel Group, Zhen Kao, a indiqué avoir choisi le Québec.",
        "fr",
    )
    [plant] = {p.new.name for p in found if p.new and p.new.kind == "projects"}
    assert _party_names(found, plant) == {"Kelvo"}
    assert "Tarvel Group" in orgs(found)


QUEBEC = (
    "La chinoise Norvel Kelt ouvrira une usine à Laval\n"
    "La société chinoise Systèmes de sécurité Norvel Kelt Canada a annoncé mardi la"
    " construction d'une nouvelle usine à Laval, au Québec, un investissement de 30 millions $"
    " qui devrait entraîner la création de 70 emplois.\n"
    "Par l'entremise d'Investissement Québec, le gouvernement provincial a attribué un appui"
    " financier totalisant 4 millions $ à Norvel Kelt Canada.\n"
    "De ce montant, 3 millions $ prennent la forme d'un prêt sans intérêt.\n"
    "La production de l'usine sera destinée au marché chinois, a précisé Ann Lee,"
    " vice-présidente de Norvel Kelt."
)


def test_a_french_name_in_lower_case_then_its_capitals_said_again() -> None:
    found = read(QUEBEC)
    assert "Systèmes de sécurité Norvel Kelt Canada" in orgs(found)
    assert not any(name in ("Systèmes", "Norvel Kelt") for name in orgs(found))


def test_the_words_a_headline_said_as_a_woman_s_are_the_company_s() -> None:
    assert people(read(QUEBEC)) == {"Ann Lee"}


def test_a_dollar_after_its_figure_in_the_quebec_press_is_canadian() -> None:
    found = read(QUEBEC)
    sums = [p.plain_value() for p in found if p.field == "investment"]
    assert [(s["value"], s["currency"]) for s in sums] == [(30_000_000, "CAD")]


def test_a_dollar_after_its_figure_elsewhere_is_the_us_dollar() -> None:
    found = read(
        "La société Kelvo a annoncé la construction d'une usine à Nairobi, un investissement de"
        " 30 millions $.",
        "fr",
    )
    [money] = [p.plain_value() for p in found if p.field == "investment"]
    assert money["currency"] == "USD"


def test_an_investment_agency_named_by_its_word_and_a_place() -> None:
    assert "Investissement Québec" in orgs(read(QUEBEC))
    found = read("Kelvo will build a plant in Pune, supported by Invest India.", "en")
    assert "Invest India" in orgs(found)
    found = read("Kelvo will build a plant in Pune, with Invest Kelvostan.", "en")
    assert "Invest Kelvostan" not in orgs(found)


def test_a_plant_a_company_has_now_and_its_opening_past() -> None:
    found = read(
        "Kelvo compte désormais une nouvelle usine à Jakovlje, en Croatie. Sa construction a"
        " demandé dix mois et sa mise en service a eu lieu en décembre dernier.",
        "fr",
    )
    [plant] = {p.new.name for p in found if p.new and p.new.kind == "projects"}
    assert _party_names(found, plant) == {"Kelvo"}
    assert statuses(found) == {"operating"}


def test_a_soviet_legal_form_opens_a_name_in_quotes_or_before_its_letters() -> None:
    found = read(
        "CJSC “Kelvotech” together with OJSC Minsk bus works (MBW) and Tarvelmash signed a"
        " contract for the assembly of buses in Hisor.",
        "en",
    )
    assert {"Kelvotech", "Minsk bus works", "Tarvelmash"} <= orgs(found)
    assert not any("CJSC" in name or "OJSC" in name for name in orgs(found))
    [acronym] = [p.plain_value() for p in found if p.field == "acronym"]
    assert acronym == "MBW"
    [contract] = {p.new.name for p in found if p.new and p.new.kind == "agreements"}
    assert _party_names(found, contract) == {"Kelvotech", "Minsk bus works", "Tarvelmash"}


def test_two_initials_between_a_given_name_and_a_surname() -> None:
    found = read(
        "The ceremony was moderated by The Governor of Western Region, Abdou F.M. Kelvo.", "en"
    )
    assert people(found) == {"Abdou F.M. Kelvo"}
    assert role_titles(found, "Abdou F.M. Kelvo") == ["Governor of Western Region"]


def test_a_sum_to_the_tune_of_and_a_place_after_a_sum() -> None:
    for said, value in (
        ("a coil factory at the tune of US$200,000 at Brikama", 200_000),
        ("a coil factory to the tune of $3 million in Brikama", 3_000_000),
        ("a coil factory worth $2 million at Brikama", 2_000_000),
    ):
        found = read(f"Kelvo laid the foundation stone of {said}.", "en")
        assert [p.plain_value()["value"] for p in found if p.field == "investment"] == [value]
    found = read("Kelvo sells its coils at $450 a tonne from its factory at Brikama.", "en")
    assert [p for p in found if p.field == "investment"] == []


def test_an_investor_named_and_titled_is_a_person() -> None:
    found = read(
        "The factory at Brikama, owned by a Taiwanese investor, Richard Kelvo, the owner of"
        " Norvel Company in Taiwan, will reduce imports.",
        "en",
    )
    assert people(found) == {"Richard Kelvo"}
    assert "Richard Kelvo" not in orgs(found)


def test_parts_made_to_equip_aircraft_are_the_aircraft_trade() -> None:
    found = read(
        "Kelvo compte désormais une nouvelle usine à Jakovlje. Elle est chargée de la production"
        " de composants légers destinés à équiper des cabines d'avions commerciaux.",
        "fr",
    )
    assert sector_names(found) == {"Aéronautique"}
    found = read(
        "Kelvo a ouvert une usine à Zriba. Elle produit des équipements électroniques pour ses"
        " clients automobiles et aéronautiques.",
        "fr",
    )
    assert "Aéronautique" not in sector_names(found)


def test_a_plant_slated_for_construction_is_announced() -> None:
    found = read("A motor vehicle assembly facility is slated for construction in Kingston.", "en")
    assert statuses(found) == {"announced"}


def test_alarm_systems_and_mosquito_coils() -> None:
    found = read(
        "La société Kelvo construira une nouvelle usine à Laval. La filiale espère que ses"
        " nouvelles installations, où seront fabriqués des systèmes d'alarme incendie, seront"
        " opérationnelles en 2015.",
        "fr",
    )
    assert sector_names(found) == {"Électronique"}
    found = read("Kelvo will build a mosquito coil factory at Brikama.", "en")
    assert sector_names(found) == {"Chemicals"}
    found = read("Kelvo will build a factory at Brikama to make insecticides.", "en")
    assert sector_names(found) == {"Chemicals"}


def test_a_department_s_portfolio_after_whose_it_is() -> None:
    found = read(
        "He thanked the Department of State for Health and Social Welfare for the land given to"
        " the Kelvo factory.",
        "en",
    )
    assert "Department of State for Health and Social Welfare" in orgs(found)


def test_a_town_s_chief_heads_no_company() -> None:
    found = read(
        "Kelvo will build a factory at Brikama. The Chief of Brikama, Mr. Bakary Kelvin, graced"
        " the occasion.",
        "en",
    )
    assert role_titles(found, "Bakary Kelvin") == ["Chief of Brikama"]
    assert "Brikama" not in orgs(found)


def test_whom_one_speaks_for_is_a_body() -> None:
    found = read(
        "Kelvo will build a factory at Brikama. Speaking on behalf of KIPFZA, the manager,"
        " Mr. Musa Kelvin, thanked the investor.",
        "en",
    )
    assert "KIPFZA" in orgs(found)
    found = read(
        "Kelvo will build a plant in Dublin. Nico Kelvin assisted the company on behalf of"
        " Georgia.",
        "en",
    )
    assert "Georgia" not in orgs(found)


def test_those_the_output_is_made_for_take_no_part() -> None:
    found = read(
        "L'équipementier allemand Kestel Automotive a inauguré mercredi sa nouvelle usine de"
        " faisceaux électriques à Tanger. Le site produira des faisceaux pour les constructeurs"
        " européens Kelvo et Tarvel.",
        "fr",
    )
    [plant] = {p.new.name for p in found if p.new and p.new.kind == "projects"}
    assert _party_names(found, plant) == {"Kestel Automotive"}


def test_a_body_s_initials_before_a_title_are_that_body() -> None:
    found = read(
        "Kelvo will build a spinning mill in Hawassa, the Kelvan Investment Commission said."
        " Kelvo signed the land lease agreement with KIC commissioner Daniel Tesso. KIC Area"
        " Development Director, Abel Marto said the land was ready.",
        "en",
    )
    assert "KIC" not in orgs(found)
    [commission] = [
        p.new.key for p in found if p.new and p.new.name == "Kelvan Investment Commission"
    ][:1]
    for person, title in (
        ("Daniel Tesso", "commissioner"),
        ("Abel Marto", "Area Development Director"),
    ):
        [role] = about(found, person, "roles")
        assert role.plain_value()["title"] == {"en": title}
        assert role.plain_value()["org"] == commission


def test_two_words_after_a_country_s_possessive_are_a_company() -> None:
    found = read(
        "Kelvo opened a dates processing facility in Al-Ahsa. The company said it had signed a"
        " supply agreement with Italy's Fratelli Kelvi for packaging lines.",
        "en",
    )
    assert "Fratelli Kelvi" in orgs(found)
    assert "Fratelli Kelvi" not in people(found)


def test_a_place_s_government_in_lower_case_is_a_body() -> None:
    found = read(
        "China's Tarvon Glass Co. and the Jizzakh regional administration have signed an"
        " agreement on the construction of a float glass plant in Jizzakh.",
        "en",
    )
    assert "Jizzakh regional administration" in orgs(found)
    [deal] = {p.new.name for p in found if p.new and p.new.kind == "agreements"}
    assert _party_names(found, deal) == {"Tarvon Glass Co.", "Jizzakh regional administration"}
    found = read("Kelvo will build a plant. The Kelvostan regional government agreed.", "en")
    assert "Kelvostan regional government" not in orgs(found)


def test_a_headline_s_last_word_is_no_nationality_of_the_body_s_first_name() -> None:
    found = read(
        "Vietnam's Norvex Group breaks ground on tyre plant in Cambodia\n"
        "Norvex Group, a Vietnamese rubber company, on Friday broke ground for a tyre factory in"
        " Svay Rieng province, Cambodia.",
        "en",
    )
    assert {p.plain_value() for p in about(found, "Norvex Group", "country")} == {"VN"}


def test_a_portfolio_in_lower_case_before_minister_is_the_title_s() -> None:
    for said in ("industry", "trade and industry", "industry and commerce"):
        found = read(
            f"Kelvo will build a plant. Paraguay's {said} minister Javier Gimeno came.", "en"
        )
        assert role_titles(found, "Javier Gimeno") == [f"{said} minister"], said
    found = read(
        "Iraq signed contracts to develop strategic industries, Minister of Industry Khaled Nour"
        " announced.",
        "en",
    )
    assert role_titles(found, "Khaled Nour") == ["Minister of Industry"]


def test_a_year_and_a_day_by_their_letters() -> None:
    for said, unit in (("1.8Mt/y", "t/yr"), ("500,000 t/a", "t/yr"), ("5,000 t/d", "t/day")):
        found = read(f"Kelvo will build a pulp mill with a capacity of {said}.", "en")
        [capacity] = [p.plain_value() for p in found if p.field == "capacity"]
        assert capacity["unit"] == unit, said


def test_a_body_that_learns_or_reports_the_news_is_the_press() -> None:
    found = read(
        "Le groupe indien Kelvani Agro a inauguré jeudi à Bouaké une unité de transformation de"
        " cajou, a appris l'AIP.",
        "fr",
    )
    assert orgs(found) == {"Kelvani Agro"}
    found = read("Kelvo will build a glass plant in Jizzakh, as reported by Kelvostan Daily.", "en")
    assert orgs(found) == {"Kelvo"}


def test_a_contract_s_kind_by_its_letters_is_no_body() -> None:
    found = read(
        "Kelvo will build a battery plant in Kenitra. The plant will be built by the EPC"
        " contractor Sinotarv Engineering.",
        "en",
    )
    assert "EPC" not in orgs(found)
    assert "Sinotarv Engineering" in orgs(found)


GRUPO = (
    "Mexico's Grupo Kelvamex to invest $150 million in Guatemala cement plant\n"
    "Grupo Kelvamex S.A.B. de C.V. said on Wednesday it will invest $150 million to build a"
    " cement plant in Escuintla, Guatemala. The plant will create about 500 jobs, Kelvamex"
    " chief executive Rodrigo Salvo told reporters in Mexico City."
)


def test_a_spanish_group_s_noun_opens_its_name() -> None:
    found = read(GRUPO, "en")
    assert orgs(found) == {"Grupo Kelvamex"}
    [role] = about(found, "Rodrigo Salvo", "roles")
    [group] = [p.new.key for p in found if p.new and p.new.name == "Grupo Kelvamex"][:1]
    assert role.plain_value()["org"] == group


def test_a_headline_s_country_and_a_company_s_country_are_no_plant_s_place() -> None:
    found = read(GRUPO, "en")
    assert [(p["country"], p["locality"]) for p in locations(found)] == [("GT", "Escuintla")]


def test_a_country_s_possessive_before_a_company_is_no_place_of_the_plant() -> None:
    found = read(
        "Kelvo will build a cement plant. The plant, to be built by Mexico's Grupo Kelvamex,"
        " will open in 2027.",
        "en",
    )
    assert locations(found) == []


def test_parts_listed_bare_after_include_are_components() -> None:
    found = read(
        "Kelxin will establish a $300 million integrated textile complex in Sadat City. The"
        " complex will include spinning, weaving and dyeing plants. It is expected to provide"
        " 10,000 direct job opportunities.",
        "en",
    )
    assert {p.new.name for p in found if p.new and p.new.kind == "projects"} == {
        "Integrated textile complex at Sadat City"
    }
    assert [p.plain_value()["value"] for p in found if p.field == "jobs"] == [10_000]


def test_a_french_body_in_lower_case_before_its_letters_and_whom_one_signs_with() -> None:
    found = read(
        "La société indienne Kelvanta Steel a signé lundi avec la Société d'investissement et de"
        " promotion de l'industrie (SIPI-Bénin) une convention pour l'installation d'un"
        " laminoir à Glo-Djigbé.",
        "fr",
    )
    body = "Société d'investissement et de promotion de l'industrie"
    assert body in orgs(found)
    assert [p.plain_value() for p in about(found, body, "acronym")] == ["SIPI-Bénin"]
    [deal] = {p.new.name for p in found if p.new and p.new.kind == "agreements"}
    assert _party_names(found, deal) == {"Kelvanta Steel", body}
    found = read(
        "Le conseiller du Conseil d'administration (CA) de la société Kelvo a signé l'accord.",
        "fr",
    )
    assert "Conseil d'administration" not in orgs(found)


def test_a_dateline_s_region_is_no_region_of_the_places_after_it() -> None:
    found = read(
        "YANGON, Nov 12 — Kelnara Foods held a groundbreaking ceremony on Tuesday for its seafood"
        " processing plant in the Dawei Special Economic Zone, Myanmar.",
        "en",
    )
    assert [(p["country"], p["region"]) for p in locations(found)] == [("MM", None)]


def test_steel_pipes_and_tubes_are_steel() -> None:
    for said, lang in (
        ("une usine de tubes sans soudure à Ouenza", "fr"),
        ("une usine de tubes soudés à Ouenza", "fr"),
        ("a seamless pipes plant in Ouenza", "en"),
        ("a welded steel pipes plant in Ouenza", "en"),
    ):
        found = read(
            f"Kelvo construira {said}." if lang == "fr" else f"Kelvo will build {said}.", lang
        )
        assert sector_names(found) <= {"Sidérurgie", "Steel"} and sector_names(found), said


def test_the_first_company_s_country_is_no_country_of_the_second() -> None:
    found = read(
        "Kazakhstan's national company KazKelvoGas and South Korea's Kelmun Chemical Corp."
        " signed a memorandum on a polypropylene plant in the Atyrau region.",
        "en",
    )
    countries = {
        p.new.name: p.plain_value() for p in found if p.field == "country" and p.new is not None
    }
    assert countries == {"KazKelvoGas": "KZ", "Kelmun Chemical Corp.": "KR"}


def test_a_board_s_chair_then_another_company_by_its_trade() -> None:
    found = read(
        "KazKelvoGas signed a memorandum with Kelmun Chemical on a polypropylene plant. The"
        " document was signed by KazKelvoGas Chairman of the Board Askar Nurlanov and Kelmun"
        " Chemical President Park Ji-hoon.",
        "en",
    )
    assert people(found) == {"Askar Nurlanov", "Park Ji-hoon"}
    assert orgs(found) == {"KazKelvoGas", "Kelmun Chemical"}
    assert role_titles(found, "Askar Nurlanov") == ["Chairman of the Board"]


def test_what_the_project_plans_besides_and_a_fertiliser_s_kind() -> None:
    found = read(
        "Le groupe chinois Kelsun Group construira une usine d'engrais phosphatés à Tororo,"
        " selon le ministère ougandais de l'Énergie et du Développement minier. Le projet"
        " prévoit également une aciérie et une centrale électrique de 30 mégawatts.",
        "fr",
    )
    assert {p.new.name for p in found if p.new and p.new.kind == "projects"} == {
        "Usine d'engrais phosphatés de Tororo"
    }
    assert "Mines" not in sector_names(found)
    assert "Ministère ougandais de l'Énergie et du Développement minier" in orgs(found)


def test_a_combine_is_a_company() -> None:
    found = read(
        "Turkey's Kelvas Kablo and Uzbekistan's Kelmalyk Mining and Metallurgical Combine (KMMC)"
        " have established a joint venture to build a copper cable plant in Almalyk.",
        "en",
    )
    [plant] = {p.new.name for p in found if p.new and p.new.kind == "projects"}
    assert {"Kelvas Kablo", "Kelmalyk Mining and Metallurgical Combine"} <= _party_names(
        found, plant
    )
