"""Thirtieth round: what the first reading of held-out set AT showed the reader could not
read, in words any article may use.

- "à une teneur moyenne de 2,46%": no sum ("ten" and "eur" inside "teneur" are no number
  and no currency).
- "Kaito Heavy Industries & Construction Co.", "Norvel T&G Corp.", "Kaito Shipbuilding Co.":
  a company's name joined by "&", inside a word or between two, ending in "Co.".
- "X Co., the first South Korean company to export ships, plans to invest $1.9 billion":
  whose the company is, after a rank; and the sum invested, though exports were said
  before it. "X, un important exportateur chinois de chaussures": whose it is, in French.
- "a plant near Moscow": the town as the text spells it ("Moscow", "Moscou"), its region
  as ISO 3166-2 does ("Moskva").
- "Kaito's president of shipbuilding Li Wei": the head of one of its trades, not of Kaito.
- "Korea's tobacco monopoly", "cigarettes": tobacco; "started construction of vessels at a
  dockyard", "ship parts": shipbuilding.
- "an annual capacity of 10 million hectolitre": beer, by the hectolitre a year.
- "a dockyard", "a shipyard": a plant of its own; "in March started construction of vessels
  at a dockyard": the yard working since March, not being built.
- "La première coulée technique de nickel a été effectuée dans les fours de l'usine":
  working.
- "au nord de la Nouvelle-Calédonie", "in northern Ghana", "in the north of Ghana": the
  country, a part of it said before its name ("in South Sudan" stays South Sudan).
- "NOUMEA (France), 11 avr 2013 (AFP) - …": the dateline's day is when the news was
  written, no day of what it tells.
- "ce qui était un projet et qui devient désormais un site de production industrielle":
  the plant said anew, no other plant.
- "L'objectif est de produire 17.000 tonnes de ferronickel en 2013": so much in a year, as
  GOLD.md rule 7 counts units.
- "Kaito's biggest brewery is currently its Russian brewery Norvel", in an article on
  Kaito's brewery in China: another plant of Kaito's, in Russia, whose countries are
  Kaito's and Russia.
- "Kaito plans to invest … The 440-hectare (1,087-acre) Kaito Volta Shipbuilding Complex
  will make ship parts": the company's name opens the plant's own, which names it.
- "le bureau de développement du Rwanda (RDB)": a body named in lower case, its acronym in
  brackets; the country after "du" is its name's.
- "Le protocole d'accord a été signé hier, dimanche 10 septembre, à Kigali par X et Y":
  both parties, the day and the town between the verb and them; Kigali, where it was
  signed, is no plant's town.
- "Une nouvelle usine de textile « chinoise »", "usine de textile chinoise": whose the plant
  is, said last, is no word of its name; "sortira bientôt de terre au Rwanda": announced,
  in Rwanda.
- "La firme assure … », a déclaré son président Zhang Huarong": the company's president
  (a country's "son président" stays no company's).
- "PARIS (France), 11 avr 2013 (AFP) - …": the dateline's country is where the news was
  written from, no country of the article's pair.
- "Le capital de Kaito Nickel est détenu à 49% par …": a company, by who holds its shares.
- "comprend une mine, une fonderie de nickel, une centrale électrique au charbon et un port
  en eau profonde": each item the list says is a component, in all its words.
- "will be ready to brew its first beer in 2014", "will produce its first tyres in 2014":
  the plant's output begun then.
- "KT&G CEO Min Young-jin": the company before the title, "&" in its name; "KT&G Corp.,
  Korea's tobacco monopoly", "Norvel Group, Korea's biggest brewer": whose it is.
- The owner's plant in a third country, once said, is not what the next sentences speak
  of ("The new brewery in southwest China will be ready …" is the article's).
- "India's leading consumer goods maker Kaito India Ltd", "Saudi Arabia's state-run oil
  giant, Kaito Oil, …": whose the company is, its trade said between.
- "South Korean shipyards including Kaito Heavy Industries Co. and Norvel Shipbuilding
  Co.", "des producteurs japonais tels que Norvel Motor et Kaito Motor", "trois marques
  premium allemandes que sont Kaito, Norvel et Tessid": each company listed is of that
  country, and of a kind the article compares, no party of its plant.
- "Kaito vient de signer un accord", "has just signed an agreement": signed.
- "Les travaux de l'usine … se sont interrompus", "work … was interrupted": suspended.
- "Volta Industrial Authority, a government arm, will invest in a ship-parts facility":
  a body that puts money into the plant takes part in it, whatever its kind.
- A standfirst under the headline, a line no sentence ends ("Tobacco firm to produce 4.6
  billion cigarettes annually in factory near Moscow"), is the headline's: what the body
  says again is quoted in the body.
- "The Kaito complex, to be built in Tema, …": announced.
- "Kaito Heavy in March started construction of vessels at a 720 billion won ($768
  million) dockyard in Subic", the plant spoken of costed already: another plant, with its
  own cost (a sum said before a yard's or a brewery's noun is its investment).
- "the Serbian Kaito Group", then "Kaito Group owns …": whose the company is, no word of its
  name ("the Saudi Silk Road Company", so named once, keeps its words).
- A headline's words drop their articles: "Kaito to build $100 million plant in Tema",
  "Kaito completes plant in Russia", "… in factory near Moscow" say the plant all the same
  (in a line of its own that ends no sentence), and what the body does not repeat is read
  there.
"""

from __future__ import annotations

from .reading import about, locations, orgs, projects, read, sector_names, value_of


def test_a_word_holding_ten_and_eur_is_no_sum() -> None:
    found = read(
        "L'usine Kaito exploite le gisement dont les réserves sont évaluées à 62,5 millions de "
        "tonnes de minerai, à une teneur moyenne de 2,46%. Elle a coûté 5 milliards de dollars.",
        "fr",
    )
    [invested] = about(found, "Usine Kaito", "investment")
    assert invested.plain_value()["value"] == 5_000_000_000
    assert not [p for p in found if "teneur" in p.quote]


def test_names_joined_by_an_ampersand_and_ending_in_co() -> None:
    found = read(
        "Kaito Heavy Industries & Construction Co. plans to build a plant in Tema, Ghana. "
        "Norvel T&G Corp. said it would buy its output. Rivals including Kaito Shipbuilding "
        "Co. and Norvel Marine Co. are expanding.",
        "en",
    )
    assert {
        "Kaito Heavy Industries & Construction Co.",
        "Norvel T&G Corp.",
        "Kaito Shipbuilding Co.",
        "Norvel Marine Co.",
    } <= orgs(found)


def test_whose_company_after_a_rank_and_a_sum_invested_after_exports() -> None:
    found = read(
        "Kaito Heavy Industries & Construction Co., the first South Korean company to export "
        "ships, plans to invest $1.9 billion in a plant in Tema, Ghana.",
        "en",
    )
    assert value_of(found, "Kaito Heavy Industries & Construction Co.", "country") == "KR"
    assert value_of(found, "Plant at Tema", "investment")["value"] == 1_900_000_000
    found = read("Kaito exports $2 billion of goods a year. It has a plant in Tema, Ghana.", "en")
    assert not about(found, "Plant at Tema", "investment")


def test_whose_company_said_after_a_french_trade_noun() -> None:
    found = read(
        "Norvel Group, un important exportateur chinois de chaussures, va construire une "
        "usine à Thiès, au Sénégal.",
        "fr",
    )
    assert value_of(found, "Norvel Group", "country") == "CN"


def test_a_town_as_the_text_spells_it() -> None:
    found = read("Kaito has completed a plant near Moscow.", "en")
    assert projects(found) == {"Plant at Moscow"}
    assert locations(found) == [{"country": "RU", "region": "Moskva", "locality": "Moscow"}]
    found = read("Kaito a achevé une usine à Moscou.", "fr")
    assert locations(found) == [{"country": "RU", "region": "Moskva", "locality": "Moscou"}]
    # a town and its wilaya spelt alike, or one the other's part: the region's spelling
    found = read("Kaito a achevé une usine à Oran.", "fr")
    assert locations(found) == [{"country": "DZ", "region": "Oran", "locality": "Oran"}]


def test_the_head_of_a_trade_heads_no_company() -> None:
    found = read(
        "Kaito Heavy's president of shipbuilding Li Wei flew to Tema, where Kaito will build "
        "a plant.",
        "en",
    )
    assert not about(found, "Kaito Heavy", "head")
    found = read(
        "Le président de l'Agence Kaito, Li Wei, a inauguré l'usine de Thiès, au Sénégal.", "fr"
    )
    assert any(p.field == "head" and p.plain_value() == "Li Wei" for p in found)


def test_tobacco_and_shipbuilding() -> None:
    found = read(
        "Kaito Corp., Korea's tobacco monopoly, has completed a plant near Moscow that will "
        "produce 4.6 billion cigarettes annually.",
        "en",
    )
    assert "Tobacco" in sector_names(found)
    found = read(
        "Kaito Heavy in March started construction of vessels at a dockyard in Subic, Philippines.",
        "en",
    )
    assert "Shipbuilding" in sector_names(found)


def test_beer_by_the_hectolitre() -> None:
    found = read(
        "Kaito will build a brewery in Tema, Ghana. The brewery will reach an annual capacity "
        "of 10 million hectolitre before 2025.",
        "en",
    )
    capacity = value_of(found, "Brewery at Tema", "capacity")
    assert (capacity["value"], capacity["unit"]) == (10_000_000, "hl/yr")


def test_a_yard_of_its_own_and_its_vessels() -> None:
    found = read("Kaito will build a shipyard in Tema, Ghana.", "en")
    assert projects(found) == {"Shipyard at Tema"}
    found = read(
        "Kaito Heavy in March started construction of vessels at a dockyard in Tema, Ghana.",
        "en",
    )
    assert projects(found) == {"Dockyard at Tema"}
    assert value_of(found, "Dockyard at Tema", "status") == "operating"
    assert value_of(found, "Dockyard at Tema", "dates.operation_start")["raw"] == "in March"
    found = read("Kaito in March started construction of a plant in Tema, Ghana.", "en")
    assert value_of(found, "Plant at Tema", "status") == "construction"


def test_a_first_pour_done() -> None:
    found = read(
        "La première coulée technique de nickel a été effectuée dans les fours de l'usine "
        "métallurgique Kaito, au Sénégal.",
        "fr",
    )
    assert value_of(found, "Usine métallurgique Kaito", "status") == "operating"
    found = read("La première coulée de l'usine Kaito, au Sénégal, est prévue en 2026.", "fr")
    assert not about(found, "Usine Kaito", "status") or (
        value_of(found, "Usine Kaito", "status") != "operating"
    )


def test_a_part_of_a_country() -> None:
    for text, lang, country in (
        (
            "L'usine métallurgique Kaito au nord de la Nouvelle-Calédonie produira du nickel.",
            "fr",
            "NC",
        ),
        ("Kaito va construire une usine au sud du Sénégal.", "fr", "SN"),
        ("Kaito will build a plant in northern Ghana.", "en", "GH"),
        ("Kaito will build a plant in the north of Ghana.", "en", "GH"),
        ("Kaito will build a plant in South Sudan.", "en", "SS"),
    ):
        found = read(text, lang)
        assert locations(found) == [{"country": country, "region": None, "locality": None}]


def test_a_datelines_day_is_no_events() -> None:
    found = read(
        "THIES (Sénégal), 11 avr 2013 (AFP) - La première coulée technique de nickel a été "
        "effectuée dans l'usine Kaito.",
        "fr",
    )
    assert value_of(found, "Usine Kaito", "status") == "operating"
    assert not about(found, "Usine Kaito", "dates.operation_start")


def test_what_a_plant_becomes_is_no_other_plant() -> None:
    found = read(
        "La première coulée a été effectuée dans l'usine métallurgique Kaito au nord du "
        'Sénégal, a indiqué jeudi la direction. "Cette première coulée marque une phase de '
        "transition entre ce qui était un projet et qui devient désormais un site de production "
        'industrielle", a déclaré le responsable de Norvel.',
        "fr",
    )
    assert projects(found) == {"Usine métallurgique Kaito"}
    found = read(
        "Kaito opened the Norvel plant in Tema. The project has become a manufacturing "
        "facility, its manager said.",
        "en",
    )
    assert projects(found) == {"Norvel plant"}


def test_so_much_made_in_a_year() -> None:
    found = read(
        "L'usine Kaito, à Thiès, doit produire 17.000 tonnes de ferronickel en 2013.", "fr"
    )
    capacity = value_of(found, "Usine Kaito", "capacity")
    assert (capacity["value"], capacity["unit"]) == (17_000, "t/yr")
    found = read("L'usine Kaito, à Thiès, aura une capacité de 500.000 tonnes.", "fr")
    assert value_of(found, "Usine Kaito", "capacity")["unit"] == "t"


def test_a_plant_the_owner_has_in_a_third_country() -> None:
    found = read(
        "Danish brewer Kaito will build a brewery in the Chinese province of Yunnan. The "
        "brewery will be Kaito's second biggest. Kaito's biggest brewery is currently its "
        "Russian brewery Norvel with an annual capacity of 12 million hectolitre per year.",
        "en",
    )
    assert projects(found) == {"Brewery", "Norvel"}
    assert value_of(found, "Norvel", "location") == {
        "country": "RU",
        "region": None,
        "locality": None,
    }
    assert value_of(found, "Norvel", "countries") == ["DK", "RU"]
    assert value_of(found, "Norvel", "capacity")["value"] == 12_000_000
    assert value_of(found, "Brewery", "countries") == ["CN", "DK"]


def test_a_plant_named_after_its_company() -> None:
    found = read(
        "Kaito plans to invest $1.9 billion in Ghana. The complex, to be built in Tema, will "
        "be Kaito's second investment in the nation. The 440-hectare (1,087-acre) Kaito Volta "
        "Shipbuilding Complex will make ship parts and is expected to hire 20,000 workers.",
        "en",
    )
    assert projects(found) == {"Kaito Volta Shipbuilding Complex"}
    assert value_of(found, "Kaito Volta Shipbuilding Complex", "jobs")["value"] == 20_000
    # not a company's name of its own, with no plant noun ending it
    found = read("Kaito plans to build a plant in Ghana. Kaito Volta Holdings will fund it.", "en")
    assert projects(found) == {"Plant"}


def test_a_body_in_lower_case_with_its_acronym() -> None:
    found = read(
        "Le protocole d'accord a été signé hier, dimanche 10 septembre, à Kigali par le bureau "
        "de développement du Rwanda (RDB) et Norvel Group, un important exportateur chinois.",
        "fr",
    )
    assert value_of(found, "Bureau de développement du Rwanda", "acronym") == "RDB"
    assert value_of(found, "Bureau de développement du Rwanda", "country") == "RW"
    parties = about(found, "Protocole d'accord", "parties")
    assert sorted(p.quote for p in parties) == [
        "Norvel Group",
        "bureau de développement du Rwanda",
    ]
    found = read("Le bureau de la présidente de Kaito (KTO) est à Dakar.", "fr")
    assert "Bureau de la présidente de Kaito" not in orgs(found)


def test_where_an_agreement_was_signed_is_no_plants_town() -> None:
    found = read(
        "Une nouvelle usine de textile sortira bientôt de terre au Rwanda. Le protocole "
        "d'accord y afférent a été signé hier, dimanche 10 septembre, à Kigali par Kaito "
        "Group et Norvel Group.",
        "fr",
    )
    assert projects(found) == {"Usine de textile"}
    assert locations(found) == [{"country": "RW", "region": None, "locality": None}]
    assert value_of(found, "Usine de textile", "status") == "announced"


def test_whose_plant_said_last_is_no_word_of_its_name() -> None:
    for said in ("« chinoise »", "chinoise"):
        found = read(f"Une nouvelle usine de textile {said} sera construite au Rwanda.", "fr")
        assert projects(found) == {"Usine de textile"}


def test_a_firms_president_said_by_son() -> None:
    found = read(
        "Norvel Group va construire une usine au Sénégal. La firme assure avoir été attirée "
        "par la gouvernance, a déclaré son président Zhang Huarong.",
        "fr",
    )
    assert value_of(found, "Norvel Group", "head") == "Zhang Huarong"
    found = read(
        "Le Sénégal accueille l'usine Kaito. Le pays est stable, a déclaré son président "
        "Macky Sall.",
        "fr",
    )
    assert not [p for p in found if p.field == "head"]


def test_a_datelines_country_is_no_countrys_of_the_pair() -> None:
    found = read(
        "PARIS (France), 11 avr 2013 (AFP) - La première coulée a été effectuée dans l'usine "
        "Kaito, à Thiès, au Sénégal. Le capital de Kaito Nickel est détenu à 49% par le "
        "groupe suisse Xstrata et à 51% par la Société Minière du Sud (SMS).",
        "fr",
    )
    assert value_of(found, "Usine Kaito", "countries") == ["CH", "SN"]


def test_a_company_by_who_holds_its_shares() -> None:
    found = read(
        "L'usine Kaito est à Thiès, au Sénégal. Le capital de Kaito Nickel est détenu à 49% "
        "par le groupe suisse Xstrata.",
        "fr",
    )
    assert {"Kaito Nickel", "Xstrata"} <= orgs(found)
    found = read(
        "Kaito opened a plant in Tema, Ghana. The shares of Norvel Mining are held by Kaito.", "en"
    )
    assert "Norvel Mining" in orgs(found)


def test_each_part_a_list_says() -> None:
    found = read(
        "L'usine Kaito, au Sénégal, comprend une mine, une fonderie de nickel, une centrale "
        "électrique au charbon et un port en eau profonde.",
        "fr",
    )
    parts = [p.plain_value()["name"]["fr"] for p in about(found, "Usine Kaito", "components")]
    assert parts == [
        "Mine",
        "Fonderie de nickel",
        "Centrale électrique au charbon",
        "Port en eau profonde",
    ]


def test_its_first_output_made() -> None:
    found = read(
        "Kaito will build a brewery in Tema, Ghana. The new brewery will be ready to brew its "
        "first beer in 2014, he said.",
        "en",
    )
    assert value_of(found, "Brewery at Tema", "dates.operation_start")["raw"] == "in 2014"


def test_a_company_with_an_ampersand_before_a_title_and_its_country() -> None:
    found = read(
        "KT&G Corp., Korea's tobacco monopoly, has completed a plant near Moscow. The plant "
        "will cut costs, KT&G CEO Min Young-jin said in a statement.",
        "en",
    )
    assert value_of(found, "KT&G Corp.", "country") == "KR"
    assert value_of(found, "KT&G Corp.", "head") == "Min Young-jin"
    found = read("Norvel Group, Korea's biggest brewer, will build a plant in Accra, Ghana.", "en")
    assert value_of(found, "Norvel Group", "country") == "KR"
    found = read("Norvel Ltd, Kenya's President said, will build a plant in Accra, Ghana.", "en")
    assert not about(found, "Norvel Ltd", "country")


def test_the_owners_plant_elsewhere_is_not_spoken_of_next() -> None:
    found = read(
        "Danish brewer Kaito will build a brewery in the Chinese province of Yunnan. Kaito's "
        "biggest brewery is currently its Russian brewery Norvel. The new brewery in southwest "
        "China will be ready to brew its first beer in 2014.",
        "en",
    )
    assert value_of(found, "Brewery", "dates.operation_start")["raw"] == "in 2014"
    assert not about(found, "Norvel", "dates.operation_start")


def test_whose_company_with_its_trade_between() -> None:
    found = read(
        "India's leading consumer goods maker Kaito India Ltd opened a plant in Kandy, Sri Lanka.",
        "en",
    )
    assert value_of(found, "Kaito India Ltd", "country") == "IN"
    found = read(
        "Saudi Arabia's state-run oil giant, Kaito Oil, will build a refinery in Ulsan, South "
        "Korea.",
        "en",
    )
    assert value_of(found, "Kaito Oil", "country") == "SA"


def test_companies_listed_after_their_kind_and_country() -> None:
    found = read(
        "Kaito Heavy will build a shipyard in Tema, Ghana. South Korean shipyards including "
        "Norvel Heavy Industries Co. and Tessid Shipbuilding Co. are expanding overseas.",
        "en",
    )
    for name in ("Norvel Heavy Industries Co.", "Tessid Shipbuilding Co."):
        assert value_of(found, name, "country") == "KR"
    partners = {p.quote for p in about(found, "Shipyard at Tema", "parties")}
    assert partners == {"Kaito Heavy"}
    found = read(
        "Elle rivalise avec trois marques premium allemandes que sont Kaito, Norvel et Tessid.",
        "fr",
    )
    assert {"Kaito", "Norvel", "Tessid"} <= orgs(found)
    assert {value_of(found, n, "country") for n in ("Kaito", "Norvel", "Tessid")} == {"DE"}
    found = read(
        "Kaito cited other Korean companies, including the announcement in May that Norvel "
        "Korea will build a plant in Dalton.",
        "en",
    )
    assert "May" not in orgs(found)


def test_just_signed() -> None:
    found = read(
        "Kaito vient de signer un accord avec Norvel Group pour construire une usine à "
        "Thiès, au Sénégal.",
        "fr",
    )
    assert [
        p.plain_value() for p in found if p.field == "status" and p.new.kind == "agreements"
    ] == ["signed"]
    found = read(
        "Kaito has just signed an agreement with Norvel Group to build a plant in Tema, Ghana.",
        "en",
    )
    assert [
        p.plain_value() for p in found if p.field == "status" and p.new.kind == "agreements"
    ] == ["signed"]


def test_works_interrupted() -> None:
    found = read("Les travaux de l'usine Kaito de Thiès se sont interrompus après son décès.", "fr")
    assert value_of(found, "Usine Kaito de Thiès", "status") == "suspended"
    found = read("Work on the Kaito plant in Tema, Ghana, was interrupted in 2019.", "en")
    assert value_of(found, "Kaito plant", "status") == "suspended"


def test_a_body_investing_in_the_plant_takes_part() -> None:
    found = read(
        "Kaito Heavy plans to invest $1.9 billion in a complex in Tema, Ghana. Volta "
        "Industrial Authority, a government arm, will invest in a ship-parts facility with "
        "Kaito.",
        "en",
    )
    partners = {p.quote for p in found if p.field == "parties"}
    assert "Volta Industrial Authority" in partners
    found = read(
        "Kaito Heavy will build a plant in Tema, Ghana. Volta Industrial Authority said the "
        "site was ready.",
        "en",
    )
    assert "Volta Industrial Authority" not in {p.quote for p in found if p.field == "parties"}


def test_a_standfirst_is_the_headlines() -> None:
    found = read(
        "Kaito completes plant in Russia\n"
        "Tobacco firm to produce 4.6 billion cigarettes annually in factory near Moscow\n"
        "Kaito Corp. has completed the construction of a plant in Russia. The plant, located "
        "near Moscow, will produce 4.6 billion cigarettes annually. It began operating Friday.",
        "en",
    )
    [capacity] = [p for p in found if p.field == "capacity"]
    assert capacity.start > 120  # the body's, not the standfirst's
    [located] = [p for p in found if p.field == "location"]
    assert located.start > 120
    # a second line that ends a sentence is the body's
    found = read(
        "Kaito completes plant in Russia\n"
        "Kaito Corp. has completed a plant near Moscow.\n"
        "It will produce 4.6 billion cigarettes annually.",
        "en",
    )
    [located] = [p for p in found if p.field == "location"]
    assert (located.quote, located.start < 80) == ("Moscow", True)


def test_to_be_built_said_aside() -> None:
    found = read("The Kaito complex, to be built in Tema, Ghana, will make ship parts.", "en")
    assert value_of(found, "Kaito complex", "status") == "announced"


def test_a_plant_said_with_its_own_cost_is_another() -> None:
    found = read(
        "Kaito Heavy plans to invest $1.9 billion in Ghana. The complex, to be built in Tema, "
        "will make ship parts. Kaito Heavy in March started construction of vessels at a 720 "
        "billion won ($768 million) dockyard nearby.",
        "en",
    )
    assert projects(found) == {"Complex at Tema", "Dockyard"}
    invested = value_of(found, "Dockyard", "investment")
    assert (invested["value"], invested["currency"]) == (720_000_000_000, "KRW")
    assert value_of(found, "Complex at Tema", "investment")["value"] == 1_900_000_000
    assert value_of(found, "Dockyard", "status") == "operating"


def test_a_nationality_before_a_company_said_alone_elsewhere() -> None:
    found = read(
        "The plant in Tema, Ghana, was set up by Norvel and the Serbian Kaito Group. Kaito "
        "Group owns 49% of its shares.",
        "en",
    )
    assert "Kaito Group" in orgs(found)
    assert "Serbian Kaito Group" not in orgs(found)
    assert value_of(found, "Kaito Group", "country") == "RS"
    found = read("The plant in Tema, Ghana, was set up by the Saudi Silk Road Company.", "en")
    assert "Saudi Silk Road Company" in orgs(found)


def test_a_headlines_plant_without_its_article() -> None:
    found = read(
        "Kaito to build $100 million plant in Tema\nKaito said it will build a plant in Tema, "
        "Ghana.",
        "en",
    )
    assert value_of(found, "Plant at Tema", "investment")["value"] == 100_000_000
    found = read(
        "Kaito completes plant in Russia\n"
        "Tobacco firm to produce 4.6 billion cigarettes annually in factory near Moscow\n"
        "Kaito Corp. has completed a plant near Moscow. It began operating Friday.",
        "en",
    )
    assert value_of(found, "Plant at Moscow", "capacity")["value"] == 4_600_000_000
    assert "Tobacco" in sector_names(found)
    # in the running text, "in plant and equipment" is no plant
    found = read("Kaito invested $5 million in plant and equipment in Tema, Ghana.", "en")
    assert not projects(found)
