"""Twenty-fifth round: what the first reading of held-out set AO showed the reader could not
read, in words any article may use.

- "une production mensuelle de 3.600 tonnes": a month said before the number.
- "3 milliards de Francs CFA, a précisé X": a currency's name is no person's.
- "la Première Dame X", "First Lady X": a title of two words before the name.
- "Le PDG de l'entreprise chinoise X, Y, PDG,": the title said again after the name.
- "représentant personnel du Chef de l'État": whom the person serves, no title of theirs.
- "Kratie provincial governor X": the place of a provincial title is the title's.
- "les activités de la cimenterie débuteront l'année prochaine": the output, then its start.
- "the final quarter of 2024"; a season from its equinox or solstice (GOLD.md rule 22).
- "FEZ Balti" after "the Balti free economic zone": initials, no town (Fez).
- "the company's third plant in the country": a rank in a place, the article's plant.
- "currently operating two plants": plants held, which count none of the article's.
- "along Japan Highway": a road, no country.
- 'the recently built US$14 million "state-of-the-art" production facility', "cut the
  ribbon", "recently built": its cost, its opening, no date of it.
"""

from __future__ import annotations

from bilat.store.extract.places import countries_in
from bilat.store.extract.segment import folded

from .reading import (
    about,
    dates_said,
    locations,
    orgs,
    people,
    projects,
    read,
    role_titles,
    sector_names,
)


def test_a_month_said_before_the_number() -> None:
    found = read("L'usine assurera une production mensuelle de 3.600 tonnes de farine.")
    [capacity] = [p.plain_value() for p in found if p.field == "capacity"]
    assert (capacity["value"], capacity["unit"]) == (3600, "t/month")
    found = read("The mill has a monthly output of 500 tons of flour.", "en")
    [capacity] = [p.plain_value() for p in found if p.field == "capacity"]
    assert capacity["unit"] == "t/month"
    # a year's output stays a year's
    found = read("L'usine aura une capacité annuelle de 18.000 tonnes.")
    [capacity] = [p.plain_value() for p in found if p.field == "capacity"]
    assert capacity["unit"] == "t/yr"


def test_a_currency_s_name_is_no_person() -> None:
    found = read(
        "Les travaux ont nécessité un investissement de 3 milliards de Francs CFA, a précisé "
        "Ahmat Bachir, ministre des Mines."
    )
    assert people(found) == {"Ahmat Bachir"}


def test_a_first_lady_named_after_her_title() -> None:
    found = read(
        "Une usine de farine a été inaugurée par le chef de l'Etat Idriss Déby, en présence de "
        "la Première Dame Hinda Déby."
    )
    assert "Hinda Déby" in people(found)
    assert role_titles(found, "Hinda Déby") == ["Première Dame"]
    found = read("The plant was opened in the presence of First Lady Lordina Mahama.", "en")
    assert people(found) == {"Lordina Mahama"}
    assert role_titles(found, "Lordina Mahama") == ["First Lady"]


def test_a_title_said_again_after_the_name_keeps_the_company_said_before() -> None:
    text = (
        "Le PDG de l'entreprise chinoise CPL Transformations, Li Jang Joung, PDG, a déclaré "
        "que son groupe s'implante au Tchad. L'usine va créer 80 emplois directs."
    )
    found = read(text)
    [head] = about(found, "CPL Transformations", "head")
    assert head.plain_value() == "Li Jang Joung"
    # a title said after the name that is another stays the person's own
    found = read(
        "Le gouverneur de la région de Kelta, Idris Malam, directeur du projet, a parlé.",
    )
    assert role_titles(found, "Idris Malam") == ["directeur du projet"]


def test_whom_a_representative_serves_is_no_title_of_theirs() -> None:
    found = read(
        "Le ministre national de l’industrie et représentant personnel du Chef de l’État "
        "congolais, Louis Kabamaba Watum a procédé à la pose de la première pierre de la "
        "cimenterie de Katanda."
    )
    [title] = role_titles(found, "Louis Kabamaba Watum")
    assert title.startswith("ministre national de l’industrie")


def test_the_place_of_a_provincial_title_is_the_title_s() -> None:
    found = read(
        "Kratie provincial governor Va Thorn attended the ceremony. The provincial governor "
        "Lim Kheng spoke.",
        "en",
    )
    assert role_titles(found, "Va Thorn") == ["Kratie provincial governor"]
    assert role_titles(found, "Lim Kheng") == ["provincial governor"]


def test_the_output_named_then_the_verb_that_starts_it() -> None:
    text = (
        "La cimenterie de Katanda sera construite par WIH. Les activités de la cimenterie "
        "débuteront l’année prochaine."
    )
    [start] = about(read(text), "Cimenterie de Katanda", "dates.operation_start")
    assert start.plain_value()["earliest"] == "2025-01-01"
    found = read("The cement plant will be built by WIH. Production will start in May.", "en")
    [start] = [p for p in found if p.field == "dates.operation_start"]
    assert start.plain_value()["raw"] == "in May"
    # the works named first start no output
    found = read("The cement plant will be built by WIH. Construction will start in May.", "en")
    assert not [p for p in found if p.field == "dates.operation_start"]


def test_a_final_quarter_and_a_season_by_its_equinox() -> None:
    assert dates_said("Production will start during the final quarter of 2024.") == [
        ("during the final quarter of 2024", "2024-10-01", "2024-12-31")
    ]
    assert dates_said("Production is slated to start this autumn.", "2017-06-01") == [
        ("this autumn", "2017-09-22", "2017-12-21")
    ]


def test_initials_of_a_zone_are_no_town() -> None:
    text = (
        "Dräxlmaier is gearing up to start production at its new plant in the Balti free "
        "economic zone (FEZ Balti) in Moldova. Production is slated to start this autumn, "
        "according to FEZ Balti."
    )
    found = read(text, "en")
    assert {v["country"] for v in locations(found)} == {"MD"}
    assert projects(found) == {"Plant in the Balti free economic zone"}
    # a town in capitals no words before spell stays the town
    found = read("The plant will be built in FEZ, Morocco, by Zentra.", "en")
    assert "Fès" in {v["locality"] for v in locations(found)}


def test_a_rank_in_the_country_is_the_article_s_plant() -> None:
    text = (
        "Dräxlmaier will start production at its new plant in the Balti free economic zone in "
        "Moldova. Production is slated to start this autumn at the new facility – the "
        "company’s third plant in the country. The company started construction on the plant "
        "in February last year. The company is currently operating two manufacturing plants "
        "in Moldova and has some 3’000 employees working at the two plants."
    )
    found = read(text, "en", published="2017-06-01")
    assert projects(found) == {"Plant in the Balti free economic zone"}
    [start] = about(found, "Plant in the Balti free economic zone", "dates.construction_start")
    assert start.plain_value()["earliest"] == "2016-02-01"


def test_plants_counted_as_held_count_none_of_the_article_s() -> None:
    from bilat.store.extract.records import plants_counted

    assert not plants_counted(folded("The company is currently operating two plants."))
    assert not plants_counted(
        folded("It already has two plants in Moldova and 3,000 people work at the two plants.")
    )
    assert plants_counted(folded("The company will build two plants in Moldova."))


def test_a_road_named_after_a_country_is_no_country() -> None:
    assert [c.country for c in countries_in(folded("the compound along Japan Highway"))] == []
    assert [c.country for c in countries_in(folded("a Japan company"))] == ["JP"]


def test_a_plant_said_by_its_cost_and_its_ribbon_cut() -> None:
    text = (
        "The willingness of Cemenco to invest in Liberia shows confidence, President George "
        "Weah has said. He was speaking Thursday at the Cemenco compound along Japan Highway "
        "where he cut the ribbon to the recently built US$14 million “state-of-the-art” "
        "production facility."
    )
    found = read(text, "en", published="2020-01-17")
    [investment] = about(found, "Production facility", "investment")
    assert investment.plain_value()["value"] == 14_000_000
    assert [p.plain_value() for p in about(found, "Production facility", "status")] == ["operating"]
    [start] = about(found, "Production facility", "dates.operation_start")
    assert start.plain_value()["raw"] == "Thursday"
    assert "JP" not in {v for p in found if p.field == "countries" for v in p.plain_value()}
    # a ribbon still to cut opens nothing
    found = read("The minister will cut the ribbon to the new cement factory in May.", "en")
    assert "operating" not in {p.plain_value() for p in found if p.field == "status"}


def test_a_sum_s_currency_is_no_plant_s_name() -> None:
    found = read("He inaugurated the US$14 million production facility in Accra.", "en")
    assert projects(found) == {"Production facility at Accra"}
    assert orgs(found) == set()


def test_a_company_apposed_with_its_trade_and_nationality() -> None:
    found = read(
        "Dräxlmaier, the German automotive supplier, will build a new plant in Moldova.", "en"
    )
    assert orgs(found) == {"Dräxlmaier"}
    [country] = about(found, "Dräxlmaier", "country")
    assert country.plain_value() == "DE"
    found = read("Kelta, a Chinese tyre maker, will build a new plant in Moldova.", "en")
    assert [p.plain_value() for p in about(found, "Kelta", "country")] == ["CN"]
    # a clause's subject after a sentence's adverb is no apposition
    found = read(
        "Kelta will build a plant in Moldova. Earlier, the company had set up three factories "
        "in Vietnam.",
        "en",
    )
    assert "Earlier" not in orgs(found)


def test_the_owner_s_new_plant_said_first() -> None:
    found = read("Kelta will start production at its new plant in Moldova.", "en")
    assert projects(found) == {"Plant"}
    assert [v["country"] for v in locations(found)] == ["MD"]


def _statuses(text: str, lang: str = "en") -> list[str]:
    return [p.plain_value() for p in read(text, lang) if p.field == "status"]


def test_statuses_said_in_words_no_cue_had() -> None:
    assert _statuses("The official opening of the Chinese refinery is held in Tokmok.") == [
        "operating"
    ]
    assert _statuses(
        "The governor graced the inauguration and grand opening of the US$28-million "
        "manufacturing facility."
    ) == ["operating"]
    assert _statuses("Work has already begun on the construction of a new plant in Tashkent.") == [
        "construction"
    ]
    assert _statuses(
        "Cemento Bio Bio has successfully obtained all permits to build their first cement "
        "plant in Lima."
    ) == ["approved"]
    assert _statuses("Hayco is investing $50 million to build a factory in Santo Domingo.") == [
        "announced"
    ]
    assert _statuses(
        "L'usine textile de Youngone a reçu l'approbation de l'Autorité des zones industrielles.",
        "fr",
    ) == ["approved"]
    assert _statuses("Le projet de raffinerie obtient le feu vert des autorités.", "fr") == [
        "approved"
    ]
    # talks opened, licences to operate: no opening, no approval to build
    assert _statuses("The company has opened talks on a new plant in Lima.") == []
    assert "approved" not in _statuses(
        "The second plant, located in Pueblo Centenario, received the licenses to start "
        "operating in April."
    )


def test_a_nationality_and_a_company_s_noun_name_no_company() -> None:
    found = read(
        "South Korean Company Invests in Karawang\nDong-Jin Textile will build a plant in "
        "Karawang.",
        "en",
    )
    assert "South Korean Company" not in orgs(found)


def test_words_before_a_plant_s_noun_that_name_nothing() -> None:
    found = read("Pak China Steel will set up the country's first ever pig iron plant.", "en")
    assert projects(found) == {"Pig iron plant"}
    found = read("The company plans to install billet plant at the site in Karachi.", "en")
    assert "Install billet plant" not in projects(found)
    found = read(
        "The deposit will provide iron ore for a 25 million tonnes per annum plant, he said.",
        "en",
    )
    assert "Annum plant" not in projects(found)


def test_a_french_plant_s_size_or_quality_is_no_part_of_its_name() -> None:
    found = read(
        "Nestlé construit à Teno une centrale de distribution de plus de 10'000 m2 équipée "
        "d'un système automatisé."
    )
    assert "Centrale de distribution de plus" not in projects(found)
    found = read(
        "L'un est porteur d'un projet de création d'une usine de transformation de coton à "
        "Ouagadougou."
    )
    assert not any(name.startswith("Projet de création") for name in projects(found))


def test_a_name_and_its_number_is_the_text_s_name() -> None:
    from bilat.store.extract.naming import proper

    assert proper("Hands 8")
    assert proper("AMP-2")
    assert not proper("Usine")


def test_cambodia_s_provinces_by_the_press_s_spellings() -> None:
    text = (
        "Newbustar has begun to build a car tire factory in northeast Cambodia's Kratie "
        "province. The governor attended the ceremony for the plant in the UBN Special "
        "Economic Zone in Snuol district."
    )
    found = read(text, "en")
    assert [(v["region"], v["locality"]) for v in locations(found)] == [
        ("Kratie", "UBN Special Economic Zone")
    ]
    assert [p.plain_value() for p in found if p.field == "status"] == ["construction"]
    found = read("Le groupe a commencé à construire une usine à Battambang.")
    assert [p.plain_value() for p in found if p.field == "status"] == ["construction"]
    assert [v["region"] for v in locations(found)] == ["Battambang"]


def test_passenger_cars_are_no_tourism() -> None:
    found = read("Nissan va construire une usine de voitures de tourisme en Thaïlande.")
    assert sector_names(found) == {"Automobile"}
    found = read("Le groupe va construire un complexe touristique à Hammamet.")
    assert sector_names(found) == {"Tourisme"}


def _figures(text: str, field: str, kind: str, lang: str = "en") -> list[tuple[float, str]]:
    """The value and the currency, unit or job type of each figure of ``field`` read."""
    return [
        (p.plain_value()["value"], p.plain_value()[kind])
        for p in read(text, lang)
        if p.field == field
    ]


def _sums(text: str) -> list[tuple[float, str]]:
    return _figures(text, "investment", "currency")


def _capacities(text: str) -> list[tuple[float, str]]:
    return _figures(text, "capacity", "unit")


def test_currencies_the_press_writes_before_the_sum() -> None:
    assert _sums("Samsung will invest LE1.7 billion ($279.3m) building its first plant.") == [
        (1_700_000_000, "EGP")
    ]
    assert _sums("The total investment in the new factory amounts to RON 42.6 million.") == [
        (42_600_000, "RON")
    ]
    assert _sums("The plant will cost GEL 50 million.") == [(50_000_000, "GEL")]
    # "le" before a figure in French is an article
    assert not [p for p in read("Le 15 mars, l'usine a été inaugurée.") if p.field == "investment"]


def test_a_yearly_tonnage_said_of_the_plant_after_it() -> None:
    assert _capacities("The company will build a 2 million tpa cement plant in Lima.") == [
        (2_000_000, "t/yr")
    ]
    assert _capacities("The company will build a 0.7Mta cement plant in Lima.") == [
        (700_000, "t/yr")
    ]
    # a crane's tonnage is no plant's
    assert _capacities("The company bought a 40 tpd crane for the port.") == []
    found = read("The company will build a 2 Mtpa cement plant in Lima.", "en")
    assert projects(found) == {"Cement plant at Lima"}
    found = read("The group will build a five-million-tonne capacity steel mill at Bintulu.", "en")
    assert projects(found) == {"Steel mill at Bintulu"}


def test_two_separators_run_together_make_no_decimals() -> None:
    from bilat.store.extract.figures import _number

    assert _number("1.000000") == 1_000_000
    assert _number("1.5") == 1.5


def _jobs(text: str, lang: str) -> list[tuple[float, str]]:
    return _figures(text, "jobs", "job_type", lang)


def test_the_second_count_of_a_pair_its_noun_left_out() -> None:
    assert _jobs("L'usine a permis de créer 800 emplois directs et 1.500 indirects.", "fr") == [
        (800, "direct"),
        (1500, "indirect"),
    ]
    assert _jobs("The plant will create 5,000 direct jobs and 15,000 indirect.", "en") == [
        (5000, "direct"),
        (15000, "indirect"),
    ]
    assert _jobs(
        "The plant will create 1,400 new jobs and a further 2,000 indirect opportunities.", "en"
    ) == [(1400, "total"), (2000, "indirect")]
    # business opportunities are no jobs
    assert _jobs("The plant will open 20 business opportunities for suppliers.", "en") == []


def test_a_span_in_words_and_a_plant_gone_commercial() -> None:
    assert dates_said("Dans six mois, une usine verra le jour.") == [
        ("Dans six mois", "2024-05-10", "2024-11-10")
    ]
    assert dates_said("La production démarrera d’ici à un an.") == [
        ("d’ici à un an", "2024-05-10", "2025-05-10")
    ]
    # "dans" before a count of things, no span of time
    assert dates_said("Le groupe investira dans deux usines.") == []
    text = "A new plant will be built in Sri City. The plant is slated to go commercial in May."
    [start] = [p for p in read(text, "en") if p.field == "dates.operation_start"]
    assert start.plain_value()["raw"] == "in May"


def test_where_investors_were_received_is_no_plant_s_place() -> None:
    text = (
        "Le Premier ministre a reçu en audience, dans l’après-midi du vendredi 2 février 2018 "
        "à Ouagadougou, deux groupes d’investisseurs. L’un est porteur d’un projet de création "
        "d’une usine de transformation de coton.\nDans six mois, une usine de transformation "
        "de coton verra le jour à Koudougou."
    )
    assert [v["locality"] for v in locations(read(text))] == ["Koudougou"]


def test_the_body_s_place_over_the_headline_s_shorthand() -> None:
    text = (
        "Kelta, Norvel ink $18mln deal to establish yarn project in Marova\n"
        "Kelta signed a contract with Turkish company Norvel to establish a yarn manufacturing "
        "project in the Qantara West Industrial Zone in Egypt."
    )
    assert [v["locality"] for v in locations(read(text, "en"))] == ["Qantara West Industrial Zone"]


def test_a_name_before_and_is_another_person_s_no_word_of_the_title() -> None:
    found = read(
        "The board included Mr. Jam Asif and director Mr. Mustafa Dawood and Head of Marketing "
        "Mr. Sheharyar Khan.",
        "en",
    )
    assert role_titles(found, "Mustafa Dawood") == ["director"]
    assert role_titles(found, "Sheharyar Khan") == ["Head of Marketing"]
    found = read(
        "The ceremony was attended by Vice President Luis Liberman and Science and Technology "
        "Minister Alejandro Cruz.",
        "en",
    )
    assert role_titles(found, "Alejandro Cruz") == ["Science and Technology Minister"]
    found = read("Industry and Trade Minister Denis Manturov visited the plant.", "en")
    assert role_titles(found, "Denis Manturov") == ["Industry and Trade Minister"]


def test_a_head_of_state_said_by_the_title_and_the_surname() -> None:
    found = read("President Morsi inaugurated the plant.", "en")
    assert people(found) == {"Morsi"}
    assert role_titles(found, "Morsi") == ["President"]
    found = read("Le président Obama vient de donner son feu vert à l'usine.")
    assert role_titles(found, "Obama") == ["président"]
    # a title's word, a nickname after the name, a name said in full elsewhere: none
    assert people(read("The President Directeur of the company spoke.", "en")) == set()
    found = read("President Joko “Jokowi” Widodo opened the plant.", "en")
    assert "Joko" not in people(found)
    found = read(
        "Ghanaian President John Mahama visited the plant. Two years ago, President Mahama "
        "cut the sod.",
        "en",
    )
    assert role_titles(found, "John Mahama") == ["Ghanaian President"]


def test_titles_the_press_shortens_or_says_with_a_country_of_two_words() -> None:
    found = read("PM Narendra Modi welcomed the decision.", "en")
    assert role_titles(found, "Narendra Modi") == ["PM"]
    found = read("The delegate of the Andalusian government, Ana Cobo Carmona, spoke.", "en")
    assert role_titles(found, "Ana Cobo Carmona") == ["delegate of the Andalusian government"]
    found = read("Indonesian Ambassador to South Korea Umar Hadi attended.", "en")
    assert people(found) == {"Umar Hadi"}
    assert role_titles(found, "Umar Hadi") == ["Indonesian Ambassador to South Korea"]
    # an hour is no title
    assert people(read("The meeting ended at 5 pm. The plant opened.", "en")) == set()


def test_a_title_apposed_with_its_qualifier() -> None:
    found = read("Jane Kamau, the Cabinet Secretary of the Ministry of Trade, spoke.", "en")
    [title] = role_titles(found, "Jane Kamau")
    assert title.startswith("Cabinet Secretary")
    # a possessive, no qualifier, still says whose: a company's, not a person's title
    found = read("Jane Kamau, the company's secretary, spoke.", "en")
    assert role_titles(found, "Jane Kamau") == ["secretary"]


def test_a_director_s_portfolio_said_after_a_possessive() -> None:
    found = read(
        "Lamia Ahmed, Beni Suef governorate's investment director, said the plant will open.",
        "en",
    )
    assert role_titles(found, "Lamia Ahmed") == ["investment director"]


def test_a_conjunction_a_verb_or_a_superlative_is_no_word_of_a_name() -> None:
    from bilat.store.extract.naming import conventional

    found = read(
        "Nous sommes venus à la source pour implémenter cette usine de transformation parce "
        "que la qualité du coton est bonne."
    )
    assert "Usine de transformation parce" not in projects(found)
    found = read("La durée moyenne d’installation d’une usine excède souvent une année.")
    assert "Usine excède" not in projects(found)
    assert conventional("Biggest Chinese investment project", None, "en", False) == (
        "Investment project"
    )
    assert conventional("Usine la plus grande", None, "fr", False) == "Usine"


def test_where_an_agreement_was_signed_is_no_project() -> None:
    found = read(
        "Kelta's executive consultant signed the agreement at BEPZA Complex in the capital on "
        "Monday. Kelta will build a hair accessories factory in Mirsarai.",
        "en",
    )
    assert "BEPZA Complex" not in projects(found)
    # a complex the company builds stays one
    found = read("Kelta will build the Mirsarai Industrial Complex.", "en")
    assert "Mirsarai Industrial Complex" in projects(found)


def test_what_a_plant_also_houses_is_its_component() -> None:
    found = read(
        "Nestlé a inauguré à Teno un nouveau site de production de croquettes. Les "
        "installations abritent également une centrale de distribution de plus de 10'000 m2."
    )
    assert [p.plain_value()["name"]["fr"] for p in found if p.field == "components"] == [
        "Centrale de distribution"
    ]
    assert "Centrale de distribution" not in projects(found)


def test_a_plant_s_name_with_a_legal_form_is_a_company_s() -> None:
    found = read(
        "At the moment, work has already begun on the construction of a new plant on the basis "
        "of the existing Tashkent Mechanical Plant JSC.",
        "en",
    )
    assert projects(found) == {"Plant"}
    assert "Tashkent Mechanical Plant JSC" in orgs(found)
