"""Thirty-sixth round: what the first reading of held-out set AZ showed the reader could not
read, in words any article may use.

- "A total of 48,000L fed-batch and 6,000L perfusion bioreactor capacity will be
  installed": the reader stopped on the unit, a litre written "L" and followed by a word
  opened by "per" ("perfusion"), which no "per" period is. The litre said so is a capacity
  of its own; no unit read ends the reading of the article.
- "Minister for Business Heather Humphreys", "Minister of Tourism X": the portfolio's word
  is no name's; "An Taoiseach Leo Varadkar", "Tánaiste X": Ireland's head of government and
  its deputy, titles said before the name.
- "three fish processing plants": Fishing, the sector's English name as analysts give it
  (two golds written apart say so).
- "It's the first sizable Greenfield project from China": the kind of site it stands on,
  capitalised, names no project; the facility said before is the article's.
- "in Dundalk, Co Louth", "County Kerry": a county said by its word before its name, the
  one subdivision of that name in the world, says the country where the article names none.
- "a new drug substance manufacturing facility", "biologics", "the pharma sector":
  pharmaceuticals ("drug trafficking" is none).
- "A Hong Kong-listed biologics company": where its shares trade, neither a place nor a
  country of the article's.
- "Le groupe vietnamien … Thai Binh a inauguré", then "le président du groupe Thai Binh":
  a country's word that opens the name of another country's province ("Thai Binh", a
  Vietnamese province) is that name's, no Thai company nor Thailand; the words read as a
  person's with no title, and as the group's after its noun, are the group's.
- "dans la Zone spéciale de développement de Kelso (ZSDK) à Cuba": a zone said where a
  plant is, its French noun first, is no body, its initials spelled or not.
- "a inauguré une usine de couches …, marquant l'entrée en service de la première usine à
  capital vietnamien": the plant spoken of, ranked by whose money it is, no second plant
  named "Première usine".
- "couches en papier": "Pâtes et papiers", the trade's French name as analysts give it (two
  golds written apart); "une usine de lessive en poudre", "une distillerie d'huiles
  essentielles": chemicals (essential oils are a chemical trade's, as the trades' lists
  class them).
- "sont alors prévus un projet immobilier, une autre plantation ou une ferme solaire": what
  may be built, one thing or another, is no project yet, and takes no figure said after.
- "… seront injectées par Kelvar Ltd. La somme …", "Kelvar Ltd" said elsewhere: the period
  is the sentence's, no second name; "Rs 138 millions seront injectées par X": a sum
  injected is invested.
- "The government of Somaliland, an autonomous region of Somalia": a region's government,
  its country said after it; "on behalf of the Maldives government": a government named by
  its country's name, its noun in lower case.
- "has been awarded a contract to construct three plants", then "X signed the agreement on
  behalf of the Kelta government at a ceremony held on Sunday": the agreement said again
  (whom it was signed for is no subject of it), and whom the signer stood for a party.
- "factories will be built in Lh. Felivaru, Dh. Maadheli": a region's abbreviation before a
  town's name is no place.
- "as well as approximately 700 construction jobs": the jobs of the works are jobs.
- "Headquartered in Wuxi City, China the company offers …": the seat said before "the
  company" says the country of the company the text calls so.
- "supported by the Irish Government through IDA Ireland": a body named by its initials and
  a country's name (the country in its name says where it works, no country of it; "NW
  Hungary", "US China", "Hanwha Q CELLS Korea" name none).
- "a 50-tonne fish processing plant … will be built on Maadheli island": an island said by
  its name, then the word, is where; "Similarly, in Fiyoaree, a 100-tonne fish processing
  plant will be built": the same words said with an indefinite article in a sentence opening
  on another town name another plant ("the island of New Guinea", "la presqu'île de
  Bakassi" are said of no plant).
- "Le manufacturier sud-coréen investira …", "the Indian steelmaker": a company said again by
  its trade's noun and its nationality, no name, is the one named before.
- "approuvé par le Fast Track Committee": a committee is a body, in English words in a
  French text too.
- "Le propriétaire français, Firdos Habib Azad Kalvane, a déjà …": the owner is a title, its
  nationality after it; a name of four words after a title and its nationality is whole.
- "The JASM Kumamoto fab will be …", JASM a joint venture's letters named before: a fab is a
  plant, and a body's letters opening its name, its town's after them, name the plant
  spoken of.
- "Située dans la Ville économique du roi Abdallah, AMP-2 est la première usine de production
  du fabricant": a code of letters and a number said as what the plant spoken of is names
  it.
- "In total 50 million GEL will be invested": a currency's code that is also a word, said after
  a figure and its scale, is the currency (read where it stands); "MVR 75 million": the
  Maldivian rufiyaa.
- "une convention … pour la construction d'une aciérie d'une capacité de 500 000 tonnes par
  an dans la zone de Kribi": the plant's size is a figure of the project's, no part of the
  agreement's title.
- "The Special Economic Zone Authority in Kelso (SEZAK)": the town its letters end on is a word
  of its name; "the Sino-Oman Industrial City project": two countries joined, before a name's
  capitals, are the name's (no one owner's, as "Chinese-owned" is).
- "Bepza EZ Project Director Md Hafizur Rahman": "Md" so written opens the name ("MD", a
  managing director's letters, is a title).
- "Kelvion Chem will hold a 51 percent stake in the venture, named Kelvion Tarvo Materials":
  the company a joint venture is called is one of the article's.
- "its 900 megawatt (MW) wind farm project", "a 5,000 tonnes per day cement plant", "a 20
  tonnes mill": a size's unit spelled out, its letters in brackets and its period are no words
  of a plant's name; the plant said with its size is one all the same.
- "une usine de fabrication de véhicules blindés", "an armoured vehicles plant": a defence
  trade's, no car's.
- "The group from the Republic of China, currently operates …": a company said again by its
  noun and the country it is from.
- "an oil-for-projects deal signed by Baghdad and Beijing in 2019": words joined by hyphens
  are one modifier of the agreement's noun, and its title; "an investment deal with Iraq in
  2019": the year it was signed is no part of its title.
"""

from __future__ import annotations

from .reading import about, locations, orgs, people, projects, read, role_titles, sector_names


def test_a_litre_before_a_word_opened_by_per_stops_no_reading() -> None:
    found = read(
        "Kelvar will build a plant in Dundalk. A total of 48,000L fed-batch and 6,000L "
        "perfusion bioreactor capacity will be installed.",
        "en",
    )
    capacities = [p.plain_value() for p in found if p.field == "capacity"]
    assert [(c["value"], c["unit"]) for c in capacities] == [(48000, "l"), (6000, "l")]


def test_a_litre_said_with_its_period_is_still_read() -> None:
    found = read("Kelvar will build a brewery in Dundalk to brew 500 l per hour.", "en")
    [capacity] = [p.plain_value() for p in found if p.field == "capacity"]
    assert (capacity["value"], capacity["unit"]) == (500, "l/hour")


def test_a_portfolio_s_word_is_no_name_s() -> None:
    for portfolio in ("for Business", "of Tourism", "for Enterprise", "of Justice"):
        found = read(
            f"Kelvar will build a plant. Minister {portfolio} Heather Holm welcomed it.", "en"
        )
        assert people(found) == {"Heather Holm"}, portfolio
        assert role_titles(found, "Heather Holm") == [f"Minister {portfolio}"]


def test_ireland_s_head_of_government_and_deputy() -> None:
    found = read(
        "Speaking at the announcement in Dundalk, An Taoiseach Leo Varkel said the plant was"
        " special. Tánaiste Simon Covel agreed.",
        "en",
    )
    assert people(found) == {"Leo Varkel", "Simon Covel"}
    assert role_titles(found, "Leo Varkel") == ["An Taoiseach"]
    assert role_titles(found, "Simon Covel") == ["Tánaiste"]


def test_fish_processing_is_fishing() -> None:
    found = read("Kelvar will build three fish processing plants in the Maldives.", "en")
    assert sector_names(found) == {"Fishing"}


def test_a_greenfield_project_is_no_name() -> None:
    found = read(
        "Kelvar is to invest €325m in a new drug substance manufacturing facility in"
        " Dundalk, Ireland. \"It's the first sizable Greenfield project from China in the"
        ' pharma sector."',
        "en",
    )
    assert projects(found) == {"Drug substance manufacturing facility at Dundalk"}


def test_a_county_said_before_its_name_says_the_country() -> None:
    for said in ("Dundalk, Co Louth", "Dundalk, Co. Louth", "Dundalk, County Louth"):
        found = read(f"Kelvar will build a plant in {said}.", "en")
        assert locations(found) == [{"country": "IE", "region": "Louth", "locality": "Dundalk"}], (
            said
        )


def test_a_company_s_co_is_no_county() -> None:
    found = read("Kelvar Co Louth will build a plant in Dundalk, Ireland.", "en")
    assert [p["region"] for p in locations(found)] == [None]


def test_drug_substance_and_biologics_are_pharmaceuticals() -> None:
    for said in ("a drug substance manufacturing facility", "a biologics plant", "a pharma plant"):
        found = read(f"Kelvar will build {said} in Dundalk, Ireland.", "en")
        assert sector_names(found) == {"Pharmaceuticals"}, said
    found = read("Kelvar will build a plant in Dundalk, Ireland, to fight drug trafficking.", "en")
    assert sector_names(found) == set()


def test_where_a_company_is_listed_is_no_place() -> None:
    found = read(
        "A Hong Kong-listed company, Kelvar Biologics, is to invest €325m in a new plant in"
        " Dundalk, Co Louth.",
        "en",
    )
    assert locations(found) == [{"country": "IE", "region": "Louth", "locality": "Dundalk"}]
    assert [p.value for p in found if p.field == "countries"] in ([], [["IE"]])


THAI_BINH = (
    "Le groupe vietnamien d'investissement et de commerce Thai Binh a inauguré une usine de"
    " couches à Cuba. Lors de la cérémonie, le président du groupe Thai Binh, Tran Van Lo, a"
    " déclaré que l'usine était grande."
)


def test_a_country_s_word_opening_a_province_s_name_is_the_name_s() -> None:
    found = read(THAI_BINH)
    assert orgs(found) == {"Thai Binh"}
    assert not any(p.field in ("country", "countries") and "TH" in str(p.value) for p in found)


def test_a_group_s_name_read_first_as_a_person_s_is_the_group_s() -> None:
    found = read(THAI_BINH)
    assert people(found) == {"Tran Van Lo"}
    [name] = [p for p in found if p.field == "name" and p.plain_value() == {"fr": "Thai Binh"}]
    assert name.start == THAI_BINH.index("Thai Binh")


def test_a_person_said_before_a_company_noun_stays_a_person() -> None:
    found = read(
        "Kelvar installera une usine à Toumodi. Selon Christophe Barlet, directeur général de"
        " Kelvar, le projet avance. D'après Christophe Barlet, la société envisage une"
        " seconde phase."
    )
    assert "Christophe Barlet" in people(found)


def test_a_french_zone_said_where_a_plant_is_is_no_body() -> None:
    found = read(
        "Le groupe Kelvar a inauguré une usine de couches dans la Zone spéciale de"
        " développement de Kelso (ZSDK) à Cuba."
    )
    assert orgs(found) == {"Kelvar"}


def test_the_first_plant_of_whose_money_is_the_plant_spoken_of() -> None:
    found = read(
        "Le groupe Kelvar a inauguré une usine de production de couches à Cuba, marquant"
        " l'entrée en service de la première usine à capital vietnamien dans l'île."
    )
    assert projects(found) == {"Usine de production de couches"}


def test_paper_washing_powder_and_essential_oils() -> None:
    said = {
        "une usine de couches en papier": {"Pâtes et papiers"},
        "une usine de lessive en poudre": {"Chimie"},
        "une distillerie d'huiles essentielles": {"Chimie"},
    }
    for what, sectors in said.items():
        assert sector_names(read(f"Kelvar construira {what} à Cuba.")) == sectors, what
    found = read("Kelvar will build a washing powder plant in Cuba.", "en")
    assert sector_names(found) == {"Chemicals"}


ALTERNATIVES = (
    "Kelvar Ltd construira une distillerie à Chamarel. Si le promoteur obtient son permis,"
    " sont alors prévus un projet immobilier, une autre plantation ou une ferme solaire."
    " Au total, Rs 138 millions seront injectées par Kelvar Ltd. La construction de l'usine"
    " coûtera environ Rs 65 millions."
)


def test_a_project_among_alternatives_is_none() -> None:
    found = read(ALTERNATIVES)
    assert projects(found) == {"Distillerie"}
    assert [p.plain_value()["raw"] for p in found if p.field == "investment"] == [
        "Rs 138 millions",
        "environ Rs 65 millions",
    ]


def test_a_name_s_last_period_ending_the_sentence_is_the_sentence_s() -> None:
    found = read(ALTERNATIVES)
    names = [p.plain_value() for p in found if p.field == "name" and "Kelvar" in str(p.value)]
    assert names == [{"fr": "Kelvar Ltd"}]


def test_a_region_s_government_and_a_government_by_its_country_s_name() -> None:
    found = read(
        "The government of Somaliland, an autonomous region of Somalia, has passed over"
        " ownership of the Berbera cement plant to Kelvar Cement.",
        "en",
    )
    assert "Government of Somaliland" in orgs(found)
    assert about(found, "Government of Somaliland", "country")[0].value == "SO"


CONTRACT = (
    "China's Kelvar Electric Corporation has been awarded a contract to construct three fish"
    " processing plants in the Maldives. Fisheries Minister Ahmed Shiyam signed the agreement"
    " on behalf of the Maldives government at a ceremony held on Sunday."
)


def test_an_agreement_signed_on_behalf_of_a_government() -> None:
    found = read(CONTRACT, "en")
    titles = {p.plain_value()["en"] for p in found if p.field == "title"}
    assert titles == {"Contract to construct three fish processing plants in the Maldives"}
    parties = [p.quote for p in found if p.field == "parties" and p.new.kind == "agreements"]
    assert parties == ["Kelvar Electric Corporation", "Maldives government"]
    [country] = [p.value for p in found if p.field == "country" and "Maldives" in p.quote]
    assert country == "MV"


def test_a_region_s_abbreviation_before_a_town_is_no_place() -> None:
    found = read(
        CONTRACT + " Under the agreement, factories will be built in Lh. Felivaru, Dh. Maadheli"
        " and GDh. Fiyoaree. The new factory to be built in Felivaru will process fish.",
        "en",
    )
    localities = {p["locality"] for p in locations(found)}
    assert not localities & {"Lh", "Dh", "GDh"}
    assert "Felivaru" in localities


def test_construction_jobs_are_jobs() -> None:
    found = read(
        "Kelvar is to invest €325m in a new plant in Dundalk, Ireland. It will create over"
        " 400 jobs as well as approximately 700 construction jobs.",
        "en",
    )
    raws = [p.plain_value()["raw"] for p in found if p.field == "jobs"]
    assert raws == ["over 400 jobs", "approximately 700 construction jobs"]


def test_a_seat_said_before_the_company_says_its_country() -> None:
    found = read(
        "Kelvar Biologics is to invest €325m in a new plant in Dundalk, Ireland."
        " Headquartered in Wuxi City, China the company offers solutions to drug makers.",
        "en",
    )
    [country] = about(found, "Kelvar Biologics", "country")
    assert (country.value, country.quote) == ("CN", "Headquartered in Wuxi City, China")


def test_initials_and_a_country_s_name_are_a_body_s() -> None:
    found = read(
        "Kelvar will build a plant in Dundalk, Ireland, supported by the Irish Government"
        " through IDA Ireland. Kelvar also has a plant in NW Hungary and sells to Norvel Q"
        " CELLS Korea.",
        "en",
    )
    assert "IDA Ireland" in orgs(found)
    assert not orgs(found) & {"NW Hungary", "CELLS Korea"}
    assert about(found, "IDA Ireland", "country") == []


ISLANDS = (
    "Kelvar has been awarded a contract to build three fish processing plants in the"
    " Maldives."
    " Under the project, a 50-tonne fish processing plant will be built on Maadheli island."
    " Similarly, in Fiyoaree, a 100-tonne fish processing plant will be built."
)


def test_plants_named_alike_in_two_towns_are_two() -> None:
    found = read(ISLANDS, "en")
    assert "Fish processing plant at Fiyoaree" in projects(found)
    assert {p["locality"] for p in locations(found)} == {"Maadheli", "Fiyoaree"}


def test_a_sentence_opening_on_the_same_town_says_the_same_plant() -> None:
    found = read(ISLANDS.replace("in Fiyoaree", "on Maadheli"), "en")
    assert "Fish processing plant at Fiyoaree" not in projects(found)
    assert [p["locality"] for p in locations(found)].count("Maadheli") == 1


def test_a_company_said_again_by_its_trade_s_noun_and_nationality() -> None:
    found = read(
        "Kelvar Tire va construire une usine à Zatec, en Tchéquie. Le manufacturier"
        " sud-coréen investira 300 millions d'euros."
    )
    [country] = about(found, "Kelvar Tire", "country")
    assert (country.value, country.quote) == ("KR", "Le manufacturier sud-coréen")


def test_a_committee_and_an_owner() -> None:
    found = read(
        "Kelvar construira une usine à Chamarel, à Maurice. Ce projet a été approuvé par le"
        " Fast Track Committee en novembre dernier. Le propriétaire français, Firdos Habib"
        " Azad Kalvane, a déjà deux entreprises à Maurice."
    )
    assert "Fast Track Committee" in orgs(found)
    assert people(found) == {"Firdos Habib Azad Kalvane"}
    assert role_titles(found, "Firdos Habib Azad Kalvane") == ["propriétaire français"]


def test_a_fab_named_by_a_body_s_letters_and_its_town() -> None:
    found = read(
        "Kelvar launched its first factory in Japan near the city of Kumamoto. The project will"
        " be managed by Kelso Advanced Semiconductor Manufacturing (KASM), a joint venture."
        " The KASM Kumamoto fab will be Japan's most advanced chip producer.",
        "en",
    )
    assert projects(found) == {"KASM Kumamoto fab"}


def test_a_code_said_as_what_the_plant_is_names_it() -> None:
    found = read(
        "La société américaine Kelvar Motors a signé mercredi des accords pour la construction"
        " d'une usine de production en Arabie saoudite. Située dans la Ville économique du roi"
        " Abdallah, KMP-2 est la première usine de production du fabricant en dehors des"
        " États-Unis."
    )
    names = [p.plain_value()["fr"] for p in found if p.field == "name" and p.new.kind == "projects"]
    assert "KMP-2" in names


def test_a_code_that_is_also_a_word_after_a_figure_and_the_rufiyaa() -> None:
    found = read(
        "Kelvar will build a plant in Khobi, Georgia. In total 50 million GEL will be invested"
        " in the plant. Its second plant, in Male, is estimated to cost about MVR 75 million.",
        "en",
    )
    assert [p.plain_value()["currency"] for p in found if p.field == "investment"] == [
        "GEL",
        "MVR",
    ]
    found = read("Kelvar construira une usine à Tbilissi, malgré le gel des prix en 2020.")
    assert [p for p in found if p.field == "investment"] == []


def test_a_plant_s_size_is_no_part_of_an_agreement_s_title() -> None:
    found = read(
        "Le groupe indien Kelvana Steel a signé mardi à Yaoundé une convention avec l'État du"
        " Cameroun pour la construction d'une aciérie d'une capacité de 500 000 tonnes par an"
        " dans la zone industrialo-portuaire de Kribi."
    )
    titles = [p.plain_value()["fr"] for p in found if p.field == "title"]
    assert titles == ["Convention pour la construction d'une aciérie"]
    assert [p.plain_value()["raw"] for p in found if p.field == "capacity"] == [
        "500 000 tonnes par an"
    ]


def test_a_body_s_town_its_letters_spell_and_a_joint_name() -> None:
    found = read(
        "The Special Economic Zone Authority in Kelso (SEZAK) held a ceremony. Yahya Harbi,"
        " SEZAK Chairman, said that the Sino-Oman Industrial City project crowns the joint"
        " efforts between Oman and China.",
        "en",
    )
    assert "Special Economic Zone Authority in Kelso" in orgs(found)
    assert projects(found) == {"Sino-Oman Industrial City project"}


def test_md_so_written_opens_a_name() -> None:
    found = read(
        "Kelvar will build a plant in Mirsarai, Bangladesh. Bepza EZ Project Director Md"
        " Hafizur Rahim was present, with Kelvar India MD Rajan Pillai.",
        "en",
    )
    assert {"Md Hafizur Rahim", "Rajan Pillai"} <= people(found)


def test_a_venture_s_name_is_a_company() -> None:
    found = read(
        "South Korea's Kelvion Chem and Vietnam's Tarvo Group will build a $300 million"
        " battery materials plant in Bac Ninh. Kelvion Chem will hold a 51 percent stake in the"
        " venture, named Kelvion Tarvo Materials, with Tarvo Group holding the rest.",
        "en",
    )
    assert orgs(found) == {"Kelvion Chem", "Tarvo Group", "Kelvion Tarvo Materials"}
    assert len(projects(found)) == 1  # the venture is no second plant


def test_a_size_spelled_out_is_no_word_of_a_name() -> None:
    said = {
        "Orsted placed an order for its 900 megawatt (MW) wind farm project off Changhua,"
        " Taiwan.": "Wind farm",
        "Kelvar will build a 5,000 tonnes per day cement plant in Tema, Ghana.": "Cement plant at"
        " Tema",
        "Kelvar will build a 20 tonnes mill in Tema, Ghana.": "Mill at Tema",
        "Kelvar will build a 500 tonnes per day mill in Tema, Ghana.": "Mill at Tema",
    }
    for text, name in said.items():
        assert projects(read(text, "en")) == {name}, text


def test_armoured_vehicles_are_defence_no_cars() -> None:
    found = read("Kelvar a inauguré une usine de fabrication de véhicules blindés à Berrechid.")
    assert sector_names(found) == {"Défense"}
    found = read("Kelvar will build an armoured vehicles plant in Berrechid, Morocco.", "en")
    assert sector_names(found) == {"Defence"}
    found = read("Kelvar will build an electric vehicles plant in Berrechid, Morocco.", "en")
    assert sector_names(found) == {"Automotive"}


def test_a_company_said_again_by_the_country_it_is_from() -> None:
    found = read(
        "Minister Joshua Setipa signed an agreement with Kelvar Group for the construction of"
        " two factories at Tikoe Industrial Park, Lesotho. The group from the Republic of"
        " China, currently operates three factories.",
        "en",
    )
    [country] = about(found, "Kelvar Group", "country")
    assert (country.value, country.quote) == ("TW", "The group from the Republic of China")


def test_a_hyphened_modifier_titles_an_agreement_and_its_year_does_not() -> None:
    said = {
        "The projects are part of an oil-for-projects deal signed by Baghdad and Beijing in"
        " 2019.": "Oil-for-projects deal",
        "Kelvar signed an investment deal with Iraq in 2019.": "Investment deal",
    }
    for text, title in said.items():
        found = read(text, "en")
        assert [p.plain_value()["en"] for p in found if p.field == "title"] == [title], text
