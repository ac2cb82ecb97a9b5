"""Fifty-first round: what the first reading of held-out set BO showed the reader could not
read, in words any article may use, with names no list knows.

- "On May 4, Kelvo-Tarvel, a Senegalese joint venture cement project developed by the Moroccan
  group Kelvo Holding and the Senegal-based Tarvel Group, commissioned …": the name opening
  the sentence is the project's, said again as "the Kelvo-Tarvel project"; "the key
  equipment supplier for the project being the German plantmaker Norvel" is no party.
- "a 2.5 million mt annual crude steel production capacity": a capacity, what is made said
  between the figure and its noun.
- "Chinese KELVO Steels Company and Senegalese Investment Agency have signed a memorandum of
  understanding (MOU) …", then "the company has signed MoU with the Senegalese Investment
  Agency (SIA) …": the nationality before a name in capitals is no word of it; the bare "MoU"
  is the memorandum said again. "the company would establish Industrial Park in Thies", then
  "KELVO INDUSTRIAL PARK will host manufacturers": a park to be made, named by its name.
- "A Moroccan cement plant launched operations in Senegal on Saturday", "at the inauguration
  of the cement plant (Kelvo Senegal) in the Diamniadio Special Economic Zone", "began the
  construction in April, 2011", "will build one more plant on the same plot of land to
  manufacture clinker", "Morocco is Senegal's 11th largest investor with the total investments
  of 257 million U.S. dollars", "the Council for the Development of Senegal": operating; the
  company in brackets runs the plant, the zone after it is the plant's; that month; a plant
  besides, named by what it makes; a country's tally, no plant's sum; all words of the name.
- "Le groupe allemand spécialisé dans la fabrication de composants automobiles “Kelvo
  Automotive Maroc” a inauguré …", then "le Président du Directoire du Groupe Kelvo, Harald
  Kelvo": the company named in quotes after what it does; the group, another company than
  its arm in the country. "l’Allemagne se classe au 5e rang des pays investisseurs au Maroc
  en 2023, avec des investissements atteignant 2,3 milliards de dirhams": no plant's sum.
- "Le 6 février , au Palais présidentiel, le Sénégal a officiellement enclenché … en signant
  un protocole d'accord avec le groupe chinois Kelvo Holdings", "jusqu'à cent mille emplois":
  signed, that day; a hundred thousand.
- "Head of the Company, Steven Sue said that with approximately 95 million USD, KELVO
  INDUSTRIAL PARK will host manufacturers to engage in production of … Cables manufacturing,
  Automotive and Tire industries": the company's head; the sum the park is made with; the
  trades said with capitals in a list.

And what probes of the press's common forms showed: "Construction will be carried out by
China's Norvel Engineering" says whose the builder is, no country the plant is in; "une usine
de montage de véhicules du constructeur turc Kelvo Otomotiv à Diamniadio" places the plant;
"Kelvo Energy and state-owned Tarvel Mining have agreed to build a nickel smelter …" names
two companies; "The two companies signed a heads of agreement …" signs it, both of them;
"La construction, confiée à l'entreprise chinoise Tarvel, avait débuté en mai 2023": the works
begun then, who does them said between commas; "Conakry, le 20 avril 2026 – Le ministre …":
a year and an article, no sum in Egyptian pounds; "Senegal's first tyre manufacturing plant
funded by Chinese investment was declared open … at Diass on Saturday": opened that day, in
Senegal (whose money it is says no place); "Le groupe sud-coréen Kelvo Chemical et l'Agence
marocaine de développement des investissements et des exportations (AMDIE) ont paraphé …": both
sign, however long the second's name; "une raffinerie d'alumine", then "la raffinerie": the
same, no oil refinery; "350 personnes directement et 1.000 indirectement", "devrait en créer
1.000 indirectement": the second count of jobs, its people said with the first; "The plant is
slated to come online in 2027", "came online in 2025": its output's start; "devrait être livrée
fin 2027", "will be handed over in mid-2027": its works' end; "Les travaux de l'usine Kelvo de
Thiès sont réalisés à 60%": under construction.
"""

from __future__ import annotations

from .reading import (
    about,
    locations,
    orgs,
    projects,
    read,
    sector_names,
    statuses,
    value_of,
)

VENTURE = (
    "On May 4, Kelvo-Tarvel, a Senegalese joint venture cement project developed by the"
    " Moroccan group Kelvo Holding and the Senegal-based Tarvel Group, commissioned the new kiln"
    " at its plant in Rufisque. The total investments in the Kelvo-Tarvel project are estimated"
    " at approximately $300 million. The construction of the Kelvo-Tarvel joint venture project"
    " began in March 2019, with the key equipment supplier for the project being the German"
    " plantmaker Norvel."
)


def test_a_name_said_a_project_in_apposition_names_it() -> None:
    found = read(VENTURE, "en", None)
    assert projects(found) == {"Kelvo-Tarvel"}
    assert value_of(found, "Kelvo-Tarvel", "status") == "operating"
    assert value_of(found, "Kelvo-Tarvel", "investment")["value"] == 300_000_000
    assert value_of(found, "Kelvo-Tarvel", "dates.construction_start")["earliest"] == "2019-03-01"
    [name] = about(found, "Kelvo-Tarvel", "name")
    assert name.quote.startswith("Kelvo-Tarvel, a Senegalese joint venture cement project")


def test_a_place_or_a_month_before_a_plant_in_apposition_names_nothing() -> None:
    found = read(
        "The Moroccan group Kelvo opened, this Saturday, in Thies, a factory with the capacity"
        " to assemble 11,000 motorcycles a year.",
        "en",
        None,
    )
    assert "Thies" not in projects(found)
    found = read(
        "Le groupe marocain Kelvo a inauguré le 1er mars, une nouvelle unité industrielle à Thiès.",
        "fr",
        None,
    )
    assert not any(name.startswith("Mars") for name in projects(found))


def test_the_plantmaker_equipping_a_project_is_no_party() -> None:
    found = read(VENTURE, "en", None)
    parties = [p.quote for p in about(found, "Kelvo-Tarvel", "parties")]
    assert parties == ["Kelvo Holding", "Tarvel Group"]
    supplied = read(
        "The Kelvo cement plant at Rufisque will start production in 2026. The equipment"
        " supplier for the plant is the Danish firm Tarvel Engineering.",
        "en",
        None,
    )
    assert not [p for p in supplied if p.field == "parties"]


def test_a_capacity_with_what_is_made_between_figure_and_noun() -> None:
    found = read(
        "The Kelvo steel plant in Rufisque has a 2.5 million mt annual crude steel production"
        " capacity.",
        "en",
        None,
    )
    capacity = value_of(found, "Kelvo steel plant", "capacity")
    assert (capacity["value"], capacity["unit"]) == (2_500_000, "t/yr")
    reserves = read(
        "La mine, une des plus grandes au monde avec près de 3,5 milliards de tonnes de minerai"
        " de fer et une capacité de production de 3 millions de tonnes/an, alimentera l'usine"
        " Kelvo de Rufisque.",
        "fr",
        None,
    )
    assert [p.plain_value()["value"] for p in reserves if p.field == "capacity"] == [3_000_000]


PARK = (
    "Dakar August 11/2022/APS/ Chinese KELVO Steels Company and Senegalese Investment Agency"
    " have signed a memorandum of understanding (MOU) to upgrade the company to an industrial"
    " park level. And at this time, the company has signed MoU with the Senegalese Investment"
    " Agency (SIA) to transform itself into an industrial park. Accordingly, the company would"
    " establish Industrial Park in Thies. Head of the Company, Steven Sue said that KELVO"
    " INDUSTRIAL PARK will host manufacturers."
)


def test_a_nationality_before_a_name_in_capitals_is_no_word_of_it() -> None:
    found = read(PARK, "en", "2022-08-11")
    assert "KELVO Steels Company" in orgs(found)
    [country] = about(found, "KELVO Steels Company", "country")
    assert (country.plain_value(), country.quote) == ("CN", "Chinese KELVO Steels Company")
    # a common word after it: the nationality is the name's
    kept = read("Saudi Public Transport Company will run the buses.", "en", None)
    assert "Saudi Public Transport Company" in orgs(kept)


def test_a_bare_mou_said_again_is_the_memorandum() -> None:
    found = read(PARK, "en", "2022-08-11")
    titles = [p.plain_value()["en"] for p in found if p.field == "title"]
    assert titles == ["Memorandum of understanding"]
    parties = about(found, "Memorandum of understanding", "parties")
    assert [p.quote for p in parties] == ["KELVO Steels Company", "Senegalese Investment Agency"]


def test_a_park_to_be_established_is_a_project_named_by_its_name() -> None:
    found = read(PARK, "en", "2022-08-11")
    assert projects(found) == {"KELVO INDUSTRIAL PARK"}
    assert value_of(found, "KELVO INDUSTRIAL PARK", "status") == "announced"
    assert value_of(found, "KELVO INDUSTRIAL PARK", "location")["locality"] == "Thiès"
    # a park already there is where a plant is, no project of its own
    inside = read(
        "The Kelvo cement plant, located inside Thies Industrial Park, is being built.", "en", None
    )
    assert projects(inside) == {"Kelvo cement plant"}


PLANT = (
    "DAKAR, Dec. 17 -- A Moroccan cement plant launched operations in Senegal on Saturday."
    ' "It is a new phase," the minister said at the inauguration of the cement plant (Kelvo'
    " Senegal) in the Diamniadio Special Economic Zone. The governor said the plant began the"
    " construction in April, 2011. He said in the next phase, the company will build one more"
    " plant on the same plot of land to manufacture clinker. Morocco is Senegal's 11th largest"
    " investor with the total investments of 257 million U.S. dollars from 1994 to October"
    " 2011, according to the reports of the Council for the Development of Senegal."
)
MAIN = "Cement plant in the Diamniadio Special Economic Zone"


def test_launched_operations_is_operating() -> None:
    found = read(PLANT, "en", "2011-12-17")
    [status] = about(found, MAIN, "status")
    assert (status.plain_value(), status.quote) == ("operating", "launched operations")


def test_a_company_in_brackets_after_a_plant_runs_it_and_the_zone_after_is_its_place() -> None:
    found = read(PLANT, "en", "2011-12-17")
    assert [p.quote for p in about(found, MAIN, "parties")] == ["Kelvo Senegal"]
    assert value_of(found, MAIN, "location")["locality"] == "Diamniadio Special Economic Zone"


def test_a_month_then_a_comma_then_its_year() -> None:
    found = read(PLANT, "en", "2011-12-17")
    started = value_of(found, MAIN, "dates.construction_start")
    assert (started["earliest"], started["latest"]) == ("2011-04-01", "2011-04-30")


def test_one_more_plant_is_another_named_by_what_it_makes() -> None:
    found = read(PLANT, "en", "2011-12-17")
    assert "Plant to manufacture clinker" in projects(found)
    assert value_of(found, "Plant to manufacture clinker", "status") == "announced"


def test_a_country_s_tally_as_an_investor_is_no_plant_s_sum() -> None:
    found = read(PLANT, "en", "2011-12-17")
    assert not [p for p in found if p.field == "investment"]


def test_a_body_s_purpose_and_its_country_are_words_of_its_name() -> None:
    found = read(PLANT, "en", "2011-12-17")
    assert "Council for the Development of Senegal" in orgs(found)


ARM = (
    "Le groupe allemand spécialisé dans la fabrication de composants automobiles “Kelvo"
    " Automotive Maroc” a inauguré, mercredi, sa deuxième unité industrielle à Tanger. Lors de"
    " l’inauguration de cette usine, le Président du Directoire du Groupe Kelvo, Harald Kelvo a"
    " affirmé que « l’ouverture de cette nouvelle usine est un signal clair ». Le ministre a"
    " rappelé que l’Allemagne se classe au 5e rang des pays investisseurs au Maroc en 2023, avec"
    " des investissements atteignant 2,3 milliards de dirhams."
)


def test_a_company_named_in_quotes_after_what_it_does() -> None:
    found = read(ARM, "fr", "2024-09-26")
    assert "Kelvo Automotive Maroc" in orgs(found)
    assert value_of(found, "Kelvo Automotive Maroc", "country") == "DE"


def test_the_group_of_a_local_arm_is_another_company() -> None:
    found = read(ARM, "fr", "2024-09-26")
    assert {"Kelvo", "Kelvo Automotive Maroc"} <= orgs(found)
    assert value_of(found, "Kelvo", "head") == "Harald Kelvo"
    assert not about(found, "Kelvo Automotive Maroc", "head")


def test_a_country_s_rank_among_investors_and_its_tally_is_no_plant_s_sum() -> None:
    found = read(ARM, "fr", "2024-09-26")
    assert not [p for p in found if p.field == "investment"]
    # the biggest investor of a zone putting a sum into its plant: the plant's
    own = read(
        "Kelvo, le plus grand investisseur de la zone, investira 50 millions d'euros dans"
        " l'usine de Tanger.",
        "fr",
        None,
    )
    assert [p.plain_value()["value"] for p in own if p.field == "investment"] == [50_000_000]


def test_a_memorandum_signed_by_a_gerund_is_signed() -> None:
    found = read(
        "Le 6 février , au Palais présidentiel, le Sénégal a officiellement enclenché l'un de ses"
        " plus ambitieux projets industriels en signant un protocole d'accord avec le groupe"
        " chinois Kelvo Holdings.",
        "fr",
        "2026-02-10",
    )
    assert value_of(found, "Protocole d'accord", "status") == "signed"
    [event] = about(found, "Protocole d'accord", "events")
    assert event.plain_value()["date"]["earliest"] == "2026-02-06"
    ahead = read(
        "Le Sénégal pourra, en signant un protocole d'accord avec Kelvo, lancer le projet.", "fr"
    )
    assert not [p for p in ahead if p.field == "status" and p.plain_value() == "signed"]


def test_a_hundred_before_its_scale_in_words() -> None:
    found = read("L'usine de Thiès créera jusqu'à cent mille emplois.", "fr", None)
    assert value_of(found, "Usine de Thiès", "jobs")["value"] == 100_000
    found = read("The Thies plant will create a hundred thousand jobs.", "en", None)
    assert value_of(found, "Thies plant", "jobs")["value"] == 100_000


HOST = (
    "Kelvo Group would establish Industrial Park in Thies. Head of the Company, Steven Sue said"
    " that with approximately 95 million USD, KELVO INDUSTRIAL PARK will host manufacturers to"
    " engage in production of Cables manufacturing, Automotive and Tire industries."
)


def test_the_head_of_the_company_heads_it() -> None:
    found = read(HOST, "en", "2022-08-11")
    assert value_of(found, "Kelvo Group", "head") == "Steven Sue"


def test_the_sum_a_project_is_made_with() -> None:
    found = read(HOST, "en", "2022-08-11")
    investment = value_of(found, "KELVO INDUSTRIAL PARK", "investment")
    assert (investment["value"], investment["currency"]) == (95_000_000, "USD")
    # a sum the sentence says with no deed of the plant's after it is none
    none = read("With 95 million USD in sales, Kelvo is the largest firm in Thies.", "en", None)
    assert not [p for p in none if p.field == "investment"]


def test_trades_said_with_capitals_in_a_list() -> None:
    found = read(HOST, "en", "2022-08-11")
    sectors = {p.quote for p in about(found, "KELVO INDUSTRIAL PARK", "sectors")}
    assert sectors == {"Cables manufacturing", "Automotive", "Tire"}


def test_a_builder_s_country_by_its_possessive_is_no_place_s() -> None:
    found = read(
        "Oman's Kelvo Steel and India's Tarvel Industries on Tuesday broke ground on a $450"
        " million rebar mill in the Sohar Free Zone. Construction will be carried out by China's"
        " Norvel Engineering.",
        "en",
        "2026-03-03",
    )
    assert not [p for p in found if p.field == "location" and p.plain_value()["country"] == "CN"]


def test_a_plant_of_a_maker_said_by_its_trade_then_its_town() -> None:
    found = read(
        "Le président a procédé jeudi à la pose de la première pierre d'une usine de montage de"
        " véhicules du constructeur turc Kelvo Otomotiv à Diamniadio.",
        "fr",
        "2026-03-12",
    )
    assert locations(found) == [{"country": "SN", "region": "Dakar", "locality": "Diamniadio"}]


SMELTER = (
    "Kelvo Energy and state-owned Tarvel Mining have agreed to build a nickel smelter in"
    " Morowali. The two companies signed a heads of agreement in Jakarta last week."
)


def test_companies_that_agreed_to_build() -> None:
    found = read(SMELTER, "en", "2026-05-11")
    assert {"Kelvo Energy", "Tarvel Mining"} <= orgs(found)
    parties = [p.quote for p in found if p.field == "parties" and p.new.kind == "projects"]
    assert parties == ["Kelvo Energy", "Tarvel Mining"]


def test_the_two_companies_that_sign_are_its_parties() -> None:
    found = read(SMELTER, "en", "2026-05-11")
    assert value_of(found, "Heads of agreement", "instrument") == "mou"
    parties = about(found, "Heads of agreement", "parties")
    assert [p.quote for p in parties] == ["The two companies"] * 2
    assert len({p.plain_value()["org"] for p in parties}) == 2


def test_the_works_begun_with_who_does_them_between_commas() -> None:
    for text, lang in (
        (
            "Kelvo a inauguré une cimenterie à Muhanga. La construction, confiée à l'entreprise"
            " chinoise Tarvel, avait débuté en mai 2023.",
            "fr",
        ),
        ("Kelvo a inauguré une cimenterie à Muhanga. La construction a débuté en mai 2023.", "fr"),
        (
            "Kelvo opened a cement plant in Muhanga. Construction, carried out by China's"
            " Tarvel, began in May 2023.",
            "en",
        ),
    ):
        found = read(text, lang, "2026-06-06")
        [started] = [p for p in found if p.field == "dates.construction_start"]
        assert started.plain_value()["earliest"] == "2023-05-01"
        assert statuses(found) == {"operating"}


def test_a_year_then_an_article_is_no_sum() -> None:
    found = read(
        "Conakry, le 20 avril 2026 – Le ministre des Mines et le directeur général de la société"
        " émiratie Kelvo Alumina ont signé mardi une convention pour la construction d'une"
        " raffinerie d'alumine à Boké.",
        "fr",
        "2026-04-20",
    )
    assert not [p for p in found if p.field == "investment"]
    found = read("Kelvo will invest 500 million LE in the new plant.", "en", None)
    [sum_] = [p.plain_value() for p in found if p.field == "investment"]
    assert (sum_["value"], sum_["currency"]) == (500_000_000, "EGP")


def test_a_plant_declared_open_where_whose_money_it_is_says_no_place() -> None:
    found = read(
        "Senegal's first tyre manufacturing plant funded by Chinese investment was declared"
        " open by President Bassirou Diomaye Faye at Diass on Saturday.",
        "en",
        "2026-07-04",
    )
    assert statuses(found) == {"operating"}
    assert [p.plain_value()["earliest"] for p in found if p.field == "dates.operation_start"] == [
        "2026-07-04"
    ]
    assert locations(found) == [{"country": "SN", "region": None, "locality": "Diass"}]


def test_a_signer_beside_a_body_of_a_long_name() -> None:
    found = read(
        "Le groupe sud-coréen Kelvo Chemical et l'Agence marocaine de développement des"
        " investissements et des exportations (AMDIE) ont paraphé, jeudi à Rabat, un protocole"
        " d'accord portant sur la réalisation d'une usine à Jorf Lasfar.",
        "fr",
        "2026-10-08",
    )
    parties = [p.quote for p in found if p.field == "parties" and p.new.kind == "agreements"]
    assert parties[0] == "Kelvo Chemical" and len(parties) == 2


def test_a_refinery_said_bare_after_an_alumina_refinery_is_no_oil_refinery() -> None:
    found = read(
        "Kelvo a signé mardi une convention pour la construction d'une raffinerie d'alumine à"
        " Boké. D'une capacité de 1,2 million de tonnes d'alumine par an, la raffinerie"
        " nécessitera un investissement de 1,5 milliard de dollars.",
        "fr",
        "2026-04-20",
    )
    assert sector_names(found) == {"Aluminium"}


def test_a_second_count_of_jobs_said_without_its_people() -> None:
    for text, lang in (
        ("L'usine de Thiès emploiera 350 personnes directement et 1.000 indirectement.", "fr"),
        ("L'usine de Thiès emploie 350 personnes et devrait en créer 1.000 indirectement.", "fr"),
        ("The Thies plant will employ 350 people directly and 1,000 indirectly.", "en"),
    ):
        jobs = [p.plain_value() for p in read(text, lang, None) if p.field == "jobs"]
        assert [(j["value"], j.get("job_type")) for j in jobs][-1] == (1000, "indirect")
    # a figure after "et" with no word of work or people stays no count of jobs
    none = read("L'usine de Thiès produira 350 tonnes et 1.000 litres.", "fr", None)
    assert not [p for p in none if p.field == "jobs"]


def test_a_plant_that_comes_online() -> None:
    found = read("The Kelvo plant in Thies is slated to come online in 2027.", "en", "2026-02-11")
    [start] = [p.plain_value() for p in found if p.field == "dates.operation_start"]
    assert (start["earliest"], start["latest"]) == ("2027-01-01", "2027-12-31")
    found = read("The Kelvo plant in Thies came online in 2025.", "en", "2026-02-11")
    assert statuses(found) == {"operating"}


def test_a_plant_handed_over_then_and_works_so_far_along() -> None:
    for text, lang, earliest in (
        ("L'usine Kelvo de Thiès devrait être livrée fin 2027.", "fr", "2027-10-01"),
        ("The Kelvo plant in Thies will be handed over in mid-2027.", "en", "2027-04-01"),
    ):
        found = read(text, lang, "2026-02-11")
        [end] = [p.plain_value() for p in found if p.field == "dates.completion"]
        assert end["earliest"] == earliest
    found = read("Les travaux de l'usine Kelvo de Thiès sont réalisés à 60%.", "fr", None)
    assert statuses(found) == {"construction"}
