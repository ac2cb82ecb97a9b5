"""Twenty-eighth round: what the first reading of held-out set AR showed the reader could
not read, in words any article may use.

- "800 temporary jobs", "240 more permanent positions": jobs.
- "100 billion ISK", "1,000 million lempiras": Iceland's króna, Honduras's lempira.
- "développer une chaîne de production de petites voitures": a plant to come; "la chaîne de
  production des voitures électriques", a trade's value chain, none.
- "a profité de la signature de l'accord pour dévoiler …": the agreement said before, and
  the purpose the occasion's.
- "Work would begin on the plant at the end of this year with completion set for the end of
  2018": the works' start and end.
- "a biopharma plant", "biopharmaceuticals": pharmaceuticals.
- A headline's "for new Swiss biopharma plant": where or whose, no name.
- "US biotech giant X": the United States, in capitals.
- "the company currently employs around 300 people": the company's staff, no plant's jobs.
- "Klappir Development ehf.", "Vestas Wind Systems A/S": Nordic legal forms.
- "China Nonferrous Metal Industry’s Foreign Engineering and Construction (NFC)": a unit
  named after its parent's possessive, its acronym spelling both; "Nigeria’s Sovereign
  Investment Authority (NSIA)" is a country's body, the country no word of its name.
- "The Icelandic Environment Association": a society, its nationality part of its name, and
  no company a description points back to.
- "the signing, which took place at the Ministerial House in Reykjavík": where the signing
  was, not the plant.
- "A partnership … has been struck to build an aluminium smelter", then "X and Y have signed
  an agreement to build a smelter": one agreement, a partnership.
- "Depuis 10 jours, la société procède au terrassement du terrain": under construction, its
  works begun ten days before the day written.
- "laid on Wednesday the first stone": works begun, that day.
- "the multinational footwear and sportswear Nike": a company's noun, then its trades.
- "based in Atlanta (Georgia)", "in northeast Georgia": the United States, by its states,
  in an article that names one other country.
- "Ce vendredi après-midi, la Sogepa, la Région wallonne et Thunder Power Electric Vehicle,
  ont officiellement scellé l'accord": the day with its part, and each of the list a party.
- "the Japanese group Kaito will invest in a tyre plant in Tema": the host said by its town
  alone, beside the one country the article names.
- "Yildirim Holding, a Turkish company": a name read by its noun, its country in apposition.
- "the Ceremony for official commissioning of X Assembly Line": operating; "a déclenché les
  travaux": under construction.
- "dans le district de Dolný Kubín": a district said by its noun is the region.
- "Le verrier X", "le pneumaticien X": a maker by its trade; "son PDG Y" heads it.
- "owned by X", "a joint venture between X and Y", "exploitée par X", "X, which already runs
  a plant": a company by what it does, no company noun said.
- "dans un délai de 24 mois": within so many months.
- "X plans a $200 million expansion", "X has started building", "X is setting up", "X broke
  ground on", "X a entamé": a company by the progress of its act ("Once completed": none).
- "a 300-megawatt solar farm", "a pharmaceutical manufacturing hub": projects.
- "propriété de X", "appartient à X", "en partenariat avec X", "X et Y ont créé", "X
  construira": a company in French by what it owns, founds or will do.
- "signed a deal with X", "une convention avec X", "X won a contract", "X a remporté le
  marché": the counterparty, the winner.
- "on the outskirts of Kisumu", "dans la banlieue de Douala": the town; "about 40 km south of
  Harare": the town's country only.
- Bottled water, wine, animal feed; vaccines, insulin; medical gloves; mattresses, fabrics,
  electric buses, wagons and locomotives: their trades.
- "Le projet a été validé par le conseil": the project as subject, approved; "les travaux
  sont achevés à 70%": under construction; "au point mort", "has stalled": suspended.
- "signeront un accord-cadre", "are expected to sign": an agreement proposed.
- "X of Turkey will build", "X, from China,", "X, headquartered in Shanghai,", "X, basée au
  Maroc,", "X, dont le siège est à Istanbul,": a company, and where it is from.
- "will produce 10 million metres of fabric a year for export": all it makes, its capacity
  (a share sold abroad, "dont 86.000 tonnes … à l'exportation", is none).
- "attended the opening ceremony on Saturday": the plant opened that day.
- "son directeur général Mehmet Yilmaz": "général" the title's word, no military rank; a
  company's name with its trade in another language ("Kartal Tekstil", "Cementos X").
- "local firm Astana Auto": a capital's name opens a company's (no adjective), and a local
  company is the host's.
- "a 200,000-tonne steel mill", "a 5.6-million-tonne steel complex", "a 50-MW solar plant": a
  plant's size, hyphenated ("a 40-tonne crane" is none).
- "Les travaux, qui débuteront en janvier prochain": the works' start, said in a relative
  clause.
- "in Laos' central Khammouane province": a province said after the part of the country.
- "Kaito has started building …, its chief executive Li Wei said": "its" is the company the
  sentence names first, not the article's first.
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


def test_temporary_jobs_and_permanent_positions() -> None:
    found = read(
        "Zentra will build a smelter in Oran. 800 temporary jobs will be created for the "
        "smelter's construction, with 240 more permanent positions once it is complete.",
        "en",
    )
    jobs = [p.plain_value()["value"] for p in about(found, "Smelter at Oran", "jobs")]
    assert jobs == [800, 240]
    found = read("Zentra will build a smelter in Oran. It will hold 240 positions.", "en")
    assert not about(found, "Smelter at Oran", "jobs")


def test_kronur_and_lempiras() -> None:
    found = read(
        "Zentra will build a smelter in Oran. The cost is estimated to be about 100 billion "
        "ISK, or 780 million USD.",
        "en",
    )
    cost = value_of(found, "Smelter at Oran", "investment")
    assert (cost["value"], cost["currency"]) == (100_000_000_000, "ISK")
    found = read(
        "Zentra will build a factory in Oran with an investment of 1,000 million lempiras "
        "(about 40.5 million dollars).",
        "en",
    )
    cost = value_of(found, "Factory at Oran", "investment")
    assert (cost["value"], cost["currency"]) == (1_000_000_000, "HNL")


def test_a_production_line_to_build() -> None:
    found = read(
        "La société chinoise Zentra a signé un accord. Le projet vise à développer une chaîne "
        "de production de petites voitures électriques à Oran."
    )
    assert projects(found) == {"Chaîne de production de petites voitures électriques d'Oran"}
    found = read(
        "La société chinoise Zentra construit une usine de batteries à Oran. Le pays aura "
        "tous les maillons de la chaîne de production des voitures électriques."
    )
    assert projects(found) == {"Usine de batteries d'Oran"}


def test_an_occasion_taken_names_no_agreement() -> None:
    found = read(
        "Ce vendredi, la Région et Zentra ont scellé l'accord pour la reprise du site de "
        "Gosselies. Zentra a profité de la signature de l'accord pour dévoiler son modèle de "
        "voiture baptisée Chloe."
    )
    assert named(found, "agreements") == {"Accord pour la reprise du site de Gosselies"}


def test_work_to_begin_and_completion_set() -> None:
    found = read(
        "Zentra will build a plant in Oran. Work would begin on the plant at the end of this "
        "year with completion set for the end of 2018.",
        "en",
        published="2015-06-01",
    )
    start = value_of(found, "Plant at Oran", "dates.construction_start")
    assert (start["earliest"], start["latest"]) == ("2015-10-01", "2015-12-31")
    end = value_of(found, "Plant at Oran", "dates.completion")
    assert (end["earliest"], end["latest"]) == ("2018-10-01", "2018-12-31")


def test_biopharmaceuticals_are_pharmaceuticals() -> None:
    found = read(
        "Zentra will build a biopharma plant in Oran.",
        "en",
    )
    assert sector_names(found) == {"Pharmaceuticals"}


US_PLANT = (
    "US biotech giant Zentra (Nasdaq: ZNTR) says it is investing 1 billion Swiss francs in "
    "Luterbach in the Swiss canton of Solothurn in a new production plant. In Switzerland, the "
    "company currently employs around 300 people, and the plant will create 400 jobs."
)


def test_a_new_plant_of_a_nationality_is_named_by_the_convention() -> None:
    found = read(
        f"Zentra to invest 1 billion Swiss francs for new Swiss biopharma plant\n{US_PLANT}", "en"
    )
    assert projects(found) == {"Production plant at Luterbach"}


def test_the_us_in_capitals_and_the_company_staff() -> None:
    found = read(US_PLANT, "en")
    assert value_of(found, "Production plant at Luterbach", "countries") == ["CH", "US"]
    jobs = about(found, "Production plant at Luterbach", "jobs")
    assert [p.plain_value()["value"] for p in jobs] == [400]


def test_nordic_legal_forms() -> None:
    found = read(
        "Klappir Development ehf. and Vestas Wind Systems A/S have signed an agreement to "
        "build a smelter in Akureyri.",
        "en",
    )
    assert {"Klappir Development ehf.", "Vestas Wind Systems A/S"} <= orgs(found)


def test_a_unit_named_after_its_parent() -> None:
    found = read(
        "Klappir Development ehf. and China Nonferrous Metal Industry’s Foreign Engineering "
        "and Construction (NFC) have signed an agreement to build a smelter in Akureyri.",
        "en",
    )
    unit = "China Nonferrous Metal Industry’s Foreign Engineering and Construction"
    assert unit in orgs(found)
    assert value_of(found, unit, "acronym") == "NFC"
    found = read(
        "Zentra and Nigeria’s Sovereign Investment Authority (NSIA) have signed an agreement "
        "to build a plant in Kaduna.",
        "en",
    )
    assert "Sovereign Investment Authority" in orgs(found)
    assert value_of(found, "Sovereign Investment Authority", "acronym") == "NSIA"


def test_a_society_keeps_its_nationality() -> None:
    found = read(
        "Zentra will build a smelter in Akureyri. The Icelandic Environment Association has "
        "also stated they do not want any more smelters built.",
        "en",
    )
    assert value_of(found, "Icelandic Environment Association", "country") == "IS"


def test_a_description_points_back_to_a_company_not_a_society() -> None:
    found = read(
        "Zentra opened a car plant in Rayong. The unit will be donated to the Mae Fah Luang "
        "Foundation. The Chinese automotive giant entered the Thai market in 2022.",
        "en",
    )
    assert value_of(found, "Zentra", "country") == "CN"
    assert not about(found, "Mae Fah Luang Foundation", "country")


SMELTER = (
    "A partnership between a Chinese and an Icelandic company has been struck to build an "
    "aluminium smelter in north Iceland.\n"
    "Klappir Development ehf. and Zentra have signed an agreement to build a smelter in "
    "Hafursstaðir, in Skagabyggð, north Iceland. The Prime Minister was present at the "
    "signing, which took place at the Ministerial House in Reykjavík."
)


def test_where_the_signing_took_place_is_not_the_plant_s() -> None:
    found = read(SMELTER, "en")
    [where] = about(found, "Aluminium smelter at Hafursstaðir", "location")
    assert where.plain_value()["locality"] == "Hafursstaðir"


def test_a_partnership_then_its_agreement_are_one() -> None:
    found = read(SMELTER, "en")
    [agreement] = named(found, "agreements")
    assert agreement.startswith("Agreement to build a smelter")
    assert value_of(found, agreement, "instrument") == "partnership"


def test_earthworks_under_way_since_so_many_days() -> None:
    found = read(
        "Zentra construira une cimenterie à Moroni. Depuis 10 jours, la société, avec "
        "l’appui de la commune, procède au terrassement du terrain.",
        published="2015-03-20",
    )
    assert value_of(found, "Cimenterie de Moroni", "status") == "construction"
    start = value_of(found, "Cimenterie de Moroni", "dates.construction_start")
    assert (start["raw"], start["planned"]) == ("Depuis 10 jours", False)
    found = read("Zentra will build a cement plant in Moroni. Earthworks have begun.", "en")
    assert value_of(found, "Cement plant at Moroni", "status") == "construction"


NIKE = (
    "The president of Honduras places first stone of Zentra factory\n"
    "The president of Honduras laid on Wednesday the first stone of what will be a factory of "
    "the multinational footwear and sportswear Zentra, located in San Pedro Sula. The Kattan "
    "Group, located in San Pedro Sula, and the Tegra Global Corporation, based in Atlanta "
    "(Georgia), will develop the project, according to the Honduran Presidency."
)


def test_the_first_stone_laid_on_a_day() -> None:
    found = read(NIKE, "en", published="2018-05-04")
    assert value_of(found, "Zentra factory", "status") == "construction"
    start = value_of(found, "Zentra factory", "dates.construction_start")
    assert start["raw"] == "on Wednesday"


def test_a_multinational_named_after_its_trades() -> None:
    found = read(NIKE, "en")
    assert "Zentra" in orgs(found)


def test_a_town_and_its_state_say_the_united_states() -> None:
    found = read(NIKE, "en")
    assert value_of(found, "Zentra factory", "countries") == ["HN", "US"]
    assert value_of(found, "Tegra Global Corporation", "country") == "US"


def test_a_list_of_signatories_after_the_day() -> None:
    found = read(
        "Ce vendredi après-midi, la Sogepa, la Région wallonne et Thunder Power Electric "
        "Vehicle, ont officiellement scellé l'accord pour la reprise du site de Gosselies.",
        published="2018-11-02",
    )
    title = "Accord pour la reprise du site de Gosselies"
    parties = {p.quote for p in about(found, title, "parties")}
    assert parties == {"Sogepa", "Région wallonne", "Thunder Power Electric Vehicle"}
    [signed] = about(found, title, "events")
    assert signed.plain_value()["date"]["raw"] == "Ce vendredi après-midi"
    found = read("Ce vendredi, Pierre Martin et Jean Durand ont signé l'accord pour la reprise.")
    assert not orgs(found)


def test_the_host_said_by_its_town_alone() -> None:
    found = read(
        "Norvel, a subsidiary of the Japanese group Kaito, will invest $45 million in a tyre "
        "plant in Tema.",
        "en",
    )
    assert value_of(found, "Tyre plant at Tema", "countries") == ["GH", "JP"]


def test_a_holding_and_its_nationality_in_apposition() -> None:
    found = read("Yildirim Holding, a Turkish company, will build a plant in Oran.", "en")
    assert value_of(found, "Yildirim Holding", "country") == "TR"


def test_a_commissioning_ceremony_and_works_set_off() -> None:
    found = read(
        "Zentra held the Ceremony for official commissioning of its assembly line in Mombasa.",
        "en",
    )
    assert value_of(found, "Assembly line at Mombasa", "status") == "operating"
    found = read("Zentra will attend the commissioning ceremony of its plant in Mombasa.", "en")
    assert "operating" not in {p.plain_value() for p in found if p.field == "status"}
    found = read("Zentra a déclenché les travaux de construction de son usine de Casablanca.")
    assert value_of(found, "Usine de Casablanca", "status") == "construction"


def test_a_district_said_by_its_noun_is_the_region() -> None:
    found = read(
        "Zentra a inauguré son usine située dans le village d'Istebné, dans le district de "
        "Dolný Kubín, en Slovaquie."
    )
    assert locations(found) == [{"country": "SK", "region": "Dolný Kubín", "locality": "Istebné"}]


def test_a_glassmaker_is_a_company_and_its_chief_its_head() -> None:
    found = read(
        "Le verrier Zentra va construire une usine à Ras al-Khaimah, a annoncé son PDG Loïc Martin."
    )
    assert orgs(found) == {"Zentra"}
    assert value_of(found, "Zentra", "head") == "Loïc Martin"


def test_a_company_named_by_what_it_does_to_the_plant() -> None:
    found = read("The factory, owned by Norvel, will produce 200 buses a year in Mombasa.", "en")
    assert orgs(found) == {"Norvel"}
    found = read(
        "A joint venture between Norvel and Kaito will build a bus factory in Mombasa.", "en"
    )
    assert orgs(found) == {"Norvel", "Kaito"}
    found = read("L'usine de Mombasa sera exploitée par Norvel.")
    assert orgs(found) == {"Norvel"}
    found = read(
        "Norvel, which already runs a plant in Kenya, will build a factory in Mombasa.", "en"
    )
    assert orgs(found) == {"Norvel"}
    # a person, a government and a role's noun are no company
    found = read("The plant will be built by John Smith in Mombasa.", "en")
    assert not orgs(found)
    found = read("The plant in Mombasa will be executed by the Contractor.", "en")
    assert not orgs(found)


def test_within_so_many_months_in_french() -> None:
    found = read(
        "Zentra construira une usine à Oran. L'usine sera construite dans un délai de 24 mois.",
        published="2024-05-10",
    )
    end = value_of(found, "Usine d'Oran", "dates.completion")
    assert (end["raw"], end["latest"]) == ("dans un délai de 24 mois", "2026-05-10")


def test_a_company_said_by_the_progress_of_its_act() -> None:
    for text in (
        "Norvel plans a $200 million expansion of its Mombasa plant.",
        "Norvel has started building a 300-megawatt solar farm near Garissa.",
        "Norvel is setting up an assembly plant for tractors in Nakuru.",
        "Norvel broke ground on a textile mill in Eldoret on Tuesday.",
    ):
        assert orgs(read(text, "en")) == {"Norvel"}, text
    assert orgs(read("Norvel a entamé la construction d'une usine à Thiès.")) == {"Norvel"}
    found = read("Once completed, the Zentra plant in Mombasa will produce buses.", "en")
    assert "Once" not in orgs(found)


def test_a_solar_farm_and_a_manufacturing_hub_are_projects() -> None:
    found = read("Norvel has started building a 300-megawatt solar farm near Garissa.", "en")
    assert projects(found) == {"Solar farm at Garissa"}
    found = read("Norvel will set up a pharmaceutical manufacturing hub in Athi River.", "en")
    assert projects(found) == {"Pharmaceutical manufacturing hub at Athi River"}


def test_a_company_said_in_french_by_what_it_owns_or_founds() -> None:
    found = read("L'usine, propriété de Norvel, produira 200 bus par an à Thiès.")
    assert orgs(found) == {"Norvel"}
    found = read("Norvel et Kaito ont créé une coentreprise pour construire une usine à Thiès.")
    assert orgs(found) == {"Norvel", "Kaito"}
    found = read("Le projet est porté par Norvel, en partenariat avec Kaito.")
    assert orgs(found) == {"Norvel", "Kaito"}
    assert orgs(read("Norvel construira une usine à Thiès.")) == {"Norvel"}
    found = read("Feraal exploite la mine en partenariat avec le Consortium chinois (CMH).")
    assert "Consortium" not in orgs(found)


def test_the_counterparty_of_a_deal_and_a_contract_won() -> None:
    found = read("The government signed a deal with Kaito to build a steel mill in Tanga.", "en")
    assert orgs(found) == {"Kaito"}
    found = read(
        "Le gouvernement a signé une convention avec Kaito pour la construction d'une aciérie "
        "à Tanga."
    )
    assert orgs(found) == {"Kaito"}
    assert orgs(read("Kaito won a contract to build a steel mill in Tanga.", "en")) == {"Kaito"}
    found = read("Kaito a remporté le marché de construction d'une aciérie à Tanga.")
    assert orgs(found) == {"Kaito"}
    found = read("Zentra signed an agreement with US investors to build a mill in Tanga.", "en")
    assert "US" not in orgs(found)


def test_the_outskirts_of_a_town_and_a_distance_from_one() -> None:
    found = read("Kaito will build a plant on the outskirts of Kisumu.", "en")
    assert locations(found) == [{"country": "KE", "region": None, "locality": "Kisumu"}]
    found = read("Kaito construira une usine dans la banlieue de Douala.")
    assert [p["locality"] for p in locations(found)] == ["Douala"]
    # measured from a town: in its country, not in it
    found = read("Kaito will build a plant about 40 km south of Harare.", "en")
    assert locations(found) == [{"country": "ZW", "region": None, "locality": None}]


def test_sectors_of_common_goods() -> None:
    for goods, sector in (
        ("bottled water", "Agrifood"),
        ("wine", "Agrifood"),
        ("animal feed", "Agrifood"),
        ("vaccines", "Pharmaceuticals"),
        ("insulin", "Pharmaceuticals"),
        ("medical gloves", "Medical equipment"),
        ("mattresses", "Furniture"),
        ("fabrics", "Textiles"),
        ("electric buses", "Automotive"),
        ("locomotives", "Rail transport"),
    ):
        found = read(f"Zentra will build a factory producing {goods} in Kisumu.", "en")
        assert sector_names(found) == {sector}, goods
    found = read("Zentra construira une usine de vaccins à Thiès.")
    assert sector_names(found) == {"Industrie pharmaceutique"}


def test_a_project_approved_as_subject_stalled_or_so_far_along() -> None:
    found = read(
        "Zentra construira une usine à Thiès. Le projet a été validé par le conseil des ministres."
    )
    assert value_of(found, "Usine de Thiès", "status") == "approved"
    found = read("Zentra a une usine à Thiès. Les travaux sont achevés à 70%.")
    assert value_of(found, "Usine de Thiès", "status") == "construction"
    found = read("Zentra a une usine à Thiès. Le projet est au point mort.")
    assert value_of(found, "Usine de Thiès", "status") == "suspended"
    found = read("Zentra will build a factory in Kisumu. The project has stalled.", "en")
    assert "suspended" in {p.plain_value() for p in about(found, "Factory at Kisumu", "status")}


def test_an_agreement_still_to_sign_is_proposed() -> None:
    found = read(
        "Zentra et le gouvernement sénégalais signeront un accord-cadre pour une usine à Thiès."
    )
    assert value_of(found, "Accord-cadre pour une usine à Thiès", "status") == "proposed"
    found = read(
        "Zentra and Kaito are expected to sign a joint venture agreement for a plant in Kisumu.",
        "en",
    )
    assert value_of(found, "Joint venture agreement for a plant in Kisumu", "status") == "proposed"


def test_a_company_and_where_it_is_from_before_its_act() -> None:
    for text, country in (
        ("Zentra of Turkey will build a plant in Kisumu.", "TR"),
        ("Zentra, from China, will build a plant in Kisumu.", "CN"),
        ("Zentra, headquartered in Shanghai, will build a plant in Kisumu.", "CN"),
    ):
        found = read(text, "en")
        assert value_of(found, "Zentra", "country") == country, text
    for text, country in (
        ("La société Zentra, basée au Maroc, construira une usine à Thiès.", "MA"),
        ("Zentra, dont le siège est à Istanbul, construira une usine à Thiès.", "TR"),
    ):
        assert value_of(read(text), "Zentra", "country") == country, text
    found = read("Investors from Turkey will build a plant in Kisumu.", "en")
    assert not orgs(found)


def test_all_a_plant_makes_for_export_is_its_capacity() -> None:
    found = read(
        "Zentra has opened a denim factory in Hawassa. The facility will produce 10 million "
        "metres of fabric a year for export to Europe.",
        "en",
    )
    [capacity] = about(found, "Denim factory at Hawassa", "capacity")
    assert (capacity.plain_value()["value"], capacity.plain_value()["unit"]) == (10_000_000, "m/yr")
    found = read(
        "Zentra a ouvert une usine de ciment à Thiès, d'une capacité de 500.000 tonnes par an, "
        "dont 86.000 tonnes seront destinées à l'exportation."
    )
    assert [
        p.plain_value()["value"] for p in about(found, "Usine de ciment de Thiès", "capacity")
    ] == [500_000]


def test_an_opening_ceremony_attended_dates_the_opening() -> None:
    found = read(
        "Zentra has opened a denim factory in Hawassa. Prime Minister Abiy Ahmed attended the "
        "opening ceremony on Saturday.",
        "en",
        published="2024-03-05",
    )
    opening = value_of(found, "Denim factory at Hawassa", "dates.operation_start")
    assert (opening["raw"], opening["earliest"]) == ("on Saturday", "2024-03-02")


def test_a_director_general_is_no_general_and_heads_the_company() -> None:
    found = read(
        "Kartal Tekstil construira une usine à Thiès. L'entreprise prévoit de doubler ses "
        "effectifs, a indiqué son directeur général Mehmet Yilmaz."
    )
    assert role_titles(found, "Mehmet Yilmaz") == ["directeur général"]
    assert value_of(found, "Kartal Tekstil", "head") == "Mehmet Yilmaz"
    found = read("Le président du comité, le colonel Jean Dupont, a visité l'usine de Thiès.")
    assert role_titles(found, "Jean Dupont") == ["président du comité"]


def test_a_company_named_after_a_capital_and_a_local_one() -> None:
    found = read(
        "China's Zentra will build a plant in Almaty, Kazakhstan, with local firm Astana Auto.",
        "en",
    )
    assert orgs(found) == {"Zentra", "Astana Auto"}
    assert value_of(found, "Astana Auto", "country") == "KZ"


def test_a_plant_sized_by_a_hyphenated_figure() -> None:
    for text, value, unit in (
        ("Zentra will build a 200,000-tonne steel mill in Kisumu.", 200_000, "t"),
        ("Zentra will build a 5.6-million-tonne steel complex in Kisumu.", 5_600_000, "t"),
        ("Zentra will build a 50-MW solar plant in Kisumu.", 50, "MW"),
    ):
        [capacity] = [p.plain_value() for p in read(text, "en") if p.field == "capacity"]
        assert (capacity["value"], capacity["unit"]) == (value, unit), text
    found = read("Zentra bought a 40-tonne crane for its plant in Kisumu.", "en")
    assert not [p for p in found if p.field == "capacity"]


def test_works_that_will_begin_said_in_a_relative_clause() -> None:
    found = read(
        "Zentra construira une usine à Thiès. Les travaux, qui débuteront en janvier prochain, "
        "devraient durer deux ans.",
        published="2024-05-10",
    )
    start = value_of(found, "Usine de Thiès", "dates.construction_start")
    assert (start["earliest"], start["latest"]) == ("2025-01-01", "2025-01-31")


def test_a_province_said_after_the_part_of_the_country() -> None:
    found = read(
        "A Chinese-funded potash plant went into operation on Monday in Laos' central "
        "Khammouane province.",
        "en",
    )
    assert [(p["country"], p["region"]) for p in locations(found)] == [("LA", "Khammouane")]
    found = read(
        "Zentra will build a sugar factory in Moamba, in the southern African country.", "en"
    )
    assert "African" not in {p["locality"] for p in locations(found)}


def test_its_chief_is_the_chief_of_the_company_its_sentence_names_first() -> None:
    found = read(
        "The factory, owned by Norvel, will produce 200 buses a year in Mombasa. Kaito has "
        "started building a solar farm near Garissa, its chief executive Li Wei said.",
        "en",
    )
    assert value_of(found, "Kaito", "head") == "Li Wei"
    assert not about(found, "Norvel", "head")
