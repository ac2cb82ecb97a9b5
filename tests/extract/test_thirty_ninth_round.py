"""Thirty-ninth round: what the first reading of held-out set BC showed the reader could not
read, in words any article may use, with names no list knows.

- "a conclu avec le gouvernement gabonais, trois protocoles d'accords portant sur la
  réalisation de trois projets": agreements in the plural signed together, the counterpart
  said before them and a comma between, both parties, and "three projects" no word of the
  title; "two memoranda of understanding".
- A project's countries said of its company in the headline and again in the body ("le
  groupe chinois X"): the body's words are the quote.
- "la tannerie de Ségou, Adoberia Sahel, est …": the plant's name set apart by commas; its
  town named after the plant's noun is a town (and its region); "un Américain du nom de X";
  "explique l'administrateur, X"; a tannery's trade is leather, a shoe factory's footwear.
- "a biscuit and bakery plant": food; "in Simara, Bara district": the district the town is
  in, its region; "has been permitted to invest": approved; "except for the investment made
  in cement factories": a kind of plant, no project; "The company started its production
  from Kolkata 123 years ago": the company's history, no date of the plant.
- "the Department of Industry", then "registered at DoI", "chief of Foreign Investment
  Section at DoI": its initials in their case, the title's organisation.
- Then the press's common forms: a zone's letters and its head; a sum allocated, a decimal
  comma, a zone's past tally; the one who said no; the projects listed after the agreement
  that counted them; a one-word company after a nationality; the dollars of Taiwan, the
  Caribbean and the Pacific, the host's peso; the new plant and the first one said again; a
  participle set apart that dates an opening; whom a memorandum was signed between; iron
  pellets, cassava; a company named after its noun in a partnership; an Indonesian company,
  a metal closing a name, more legal forms; a company's director in one country; the first
  of a month ahead or past.
"""

from __future__ import annotations

from typing import Any

from .reading import (
    about,
    dates_said,
    locations,
    named,
    people,
    read,
    role_titles,
    sector_names,
    statuses,
    value_of,
)


def _party_names(found: list[Any], record: str) -> set[str]:
    refs = {p.plain_value()["org"] for p in about(found, record, "parties")}
    return {p.new.name for p in found if p.field == "name" and p.new and p.new.key in refs}


def test_agreements_in_the_plural_concluded_with_a_counterpart_before_them() -> None:
    found = read(
        "Le 10 avril dernier, le groupe chinois Kelvo Harbour Company (KHC) a conclu avec le"
        " gouvernement gabonais, trois protocoles d’accords portant sur la réalisation de trois"
        " projets. Il s’agit de la construction d’une papeterie à Port-Gentil.",
        "fr",
    )
    assert named(found, "agreements") == {"Protocoles d’accords"}
    assert value_of(found, "Protocoles d’accords", "instrument") == "mou"
    assert _party_names(found, "Protocoles d’accords") == {
        "Kelvo Harbour Company",
        "Gouvernement gabonais",
    }
    assert "signed" in statuses(found)


def test_memoranda_in_the_plural() -> None:
    found = read(
        "Kelvo Motors signed two memoranda of understanding with the government of Fiji.", "en"
    )
    [title] = named(found, "agreements")
    assert title.startswith("Memoranda of understanding")
    assert value_of(found, title, "instrument") == "mou"


def test_a_project_s_countries_quoted_where_the_body_says_them() -> None:
    text = (
        "China Kelvo Engineering Company va construire une papeterie au Gabon\n"
        "Le 10 avril dernier, le groupe chinois China Kelvo Engineering Company a signé un"
        " accord avec le gouvernement gabonais. Il s’agit de la construction d’une usine dédiée"
        " à la production du papier."
    )
    found = read(text, "fr")
    said = [p for p in found if p.field == "countries" and p.new.kind == "projects"]
    assert said
    assert all(p.start > text.index("\n") for p in said)


def test_a_plant_s_name_set_apart_by_commas() -> None:
    found = read(
        "Inaugurée le samedi 4 mars dernier, la tannerie de Ségou, Kelvoria Sahel, est une"
        " initiative d’un Américain du nom de Robert Kelvin né à Tombouctou ; il a décidé"
        " d’investir dans ce secteur au Mali.",
        "fr",
    )
    [plant] = named(found, "projects")
    names = [next(iter(p.plain_value().values())) for p in about(found, plant, "name")]
    assert "Kelvoria Sahel" in names
    assert {"country": "ML", "region": "Ségou", "locality": "Ségou"} in locations(found)
    assert "Robert Kelvin" in people(found)
    assert sector_names(found) == {"Cuir"}


def test_a_name_between_commas_that_is_a_place_names_no_plant() -> None:
    found = read(
        "The Kelvo tannery, Bamako, is the first of its kind in Mali, officials said.", "en"
    )
    for plant in named(found, "projects"):
        names = [next(iter(p.plain_value().values())) for p in about(found, plant, "name")]
        assert "Bamako" not in names


def test_a_title_set_apart_by_a_comma_in_french() -> None:
    found = read(
        "Sa production, explique l’administrateur, Salif Kelvy, est destinée au marché"
        " local et à l’exportation.",
        "fr",
    )
    assert role_titles(found, "Salif Kelvy") == ["administrateur"]


def test_shoes_are_footwear_and_hides_leather() -> None:
    found = read("A shoe factory will be built in Kyrgyzstan by a Chinese company.", "en")
    assert sector_names(found) == {"Footwear"}
    found = read("Une tannerie sera construite à Kayes, au Mali, par une société turque.", "fr")
    assert sector_names(found) == {"Cuir"}


def test_biscuits_and_bakeries_are_food() -> None:
    found = read(
        "Kelvania Foods has been permitted to invest Rs 1.11 billion to establish a biscuit"
        " and bakery plant in Simara, Bara district, in Nepal, the Department of Industry said.",
        "en",
    )
    assert sector_names(found) == {"Agrifood"}
    assert statuses(found) == {"approved"}
    assert {"country": "NP", "region": "Bara", "locality": "Simara"} in locations(found)


def test_plants_of_a_kind_said_after_a_preposition_are_no_project() -> None:
    found = read(
        "Kelvania Foods will establish a biscuit plant in Simara, Nepal. This investment is"
        " the largest in recent years except for the investment made in cement factories.",
        "en",
    )
    assert named(found, "projects") == {"Biscuit plant at Simara"}
    found = read(
        "A Chinese company on Monday launched a groundbreaking ceremony for textile factories"
        " in Kelvoma, Malawi.",
        "en",
    )
    assert named(found, "projects")


def test_the_company_s_own_beginning_long_ago_dates_no_plant() -> None:
    for text, lang in (
        (
            "Kelvania will build a biscuit plant in Simara, Nepal. The company started its"
            " production from Kolkata 123 years ago.",
            "en",
        ),
        (
            "Kelvania construira une biscuiterie à Simara, au Népal. Le groupe a démarré sa"
            " production à Lyon il y a 40 ans.",
            "fr",
        ),
    ):
        found = read(text, lang)
        assert not [p for p in found if p.field.startswith("dates.")], text
        assert "operating" not in statuses(found), text


def test_the_plant_s_own_start_is_still_dated() -> None:
    found = read(
        "Kelvania built a biscuit plant in Simara, Nepal. The company started production at"
        " the plant in 2019.",
        "en",
    )
    assert [p for p in found if p.field == "dates.operation_start"]


def test_initials_in_their_case_and_the_title_s_organisation() -> None:
    found = read(
        "Kelvania will build a plant, according to the Department of Industry. Kelvania Nepal"
        " was registered at DoI on May 26. Khagendra Kelnet, chief of Foreign Investment"
        " Section at DoI, said this.",
        "en",
    )
    assert value_of(found, "Department of Industry", "acronym") == "DoI"
    [role] = [p.plain_value() for p in about(found, "Khagendra Kelnet", "roles")]
    assert role["title"] == {"en": "chief of Foreign Investment Section"}
    department = next(p.new.key for p in found if p.new and p.new.name == "Department of Industry")
    assert role["org"] == department


def test_a_zone_s_letters_are_no_moroccan_town() -> None:
    found = read(
        "A shoe factory will be built in Kelvor, Kyrgyzstan. A memorandum of cooperation has"
        ' been signed with the Chinese FEZ "Kelgar", explained Gulzat Kelvova.',
        "en",
    )
    for p in found:
        if p.field == "countries":
            assert "MA" not in p.plain_value()
    assert all(loc["country"] != "MA" for loc in locations(found))


def test_a_sum_allocated_for_a_plant_with_a_decimal_comma() -> None:
    found = read(
        "China is ready to allocate 1,2 million dollars for the construction of a shoe factory"
        " in Kelvor, Kyrgyzstan.",
        "en",
    )
    [plant] = named(found, "projects")
    investment = value_of(found, plant, "investment")
    assert (investment["value"], investment["currency"]) == (1_200_000, "USD")
    assert statuses(found) == {"announced"}


def test_a_zone_s_investments_since_a_year_are_no_plant_s() -> None:
    found = read(
        "In addition, it is planned to open a garment factory in Kelvor, Kyrgyzstan."
        ' "Since 1996, $ 12,2 million of investments have been attracted, mainly to the'
        ' zone," she said.',
        "en",
    )
    assert not [p for p in found if p.field == "investment"]
    assert statuses(found) == {"announced"}


def test_a_plan_said_impersonally_in_french() -> None:
    found = read("Il est également prévu de construire une usine de chaussures à Kelvor, au Mali.")
    assert statuses(found) == {"announced"}


def test_the_one_who_rejected_the_plant_is_no_partner() -> None:
    found = read(
        "A Singaporean company Kelvo International has maintained its plan to set up a tobacco"
        " manufacturing plant in Vanuatu despite the rejection of its application by the"
        " Vanuatu Kelvo Promotion Authority\nThe company has wanted to hire another 100"
        " Ni-Vanuatu at a manufacturing plant to dry the tobacco.",
        "en",
    )
    [plant] = named(found, "projects")
    assert _party_names(found, plant) == {"Kelvo International"}
    jobs = value_of(found, plant, "jobs")
    assert jobs["value"] == 100


def test_the_projects_the_agreement_counted_listed_after_it() -> None:
    found = read(
        "Le 10 avril dernier, le groupe chinois Kelvo Harbour Company a conclu avec le"
        " gouvernement gabonais, trois protocoles d’accords portant sur la réalisation de trois"
        " projets. Il s’agit de la construction d’une usine dédiée à la production du papier,"
        " une usine de traitement des déchets pour la production de l’électricité, et de la"
        " construction d’un port de pêche à Port-Gentil.",
        "fr",
    )
    plants = named(found, "projects")
    assert len(plants) == 3
    for plant in plants:
        assert [p.plain_value() for p in about(found, plant, "status")] == ["announced"], plant
        assert "Kelvo Harbour Company" in _party_names(found, plant), plant
        assert about(found, plant, "agreements"), plant
    assert len(about(found, "Protocoles d’accords", "projects")) == 3
    assert "Énergie" in sector_names(found)


def test_a_list_after_an_agreement_that_counted_nothing_is_not_its() -> None:
    found = read(
        "Le groupe Kelvo a signé un protocole d’accord avec le gouvernement. Il s’agit de la"
        " première usine du groupe en Afrique, à Kelvoville, au Gabon.",
        "fr",
    )
    [title] = [p for p in found if p.field == "title"]
    assert not [
        p
        for p in found
        if p.field == "status" and p.new.kind == "projects" and p.start == title.start
    ]


def test_the_head_of_a_zone_heads_its_administration() -> None:
    found = read(
        "At a meeting of leaders of the free economic zones of Kyrgyzstan, the head of the"
        " Kelvor FEZ Gulzat Kelvova said that China is ready to allocate 1,2 million dollars"
        " for the construction of a shoe factory.",
        "en",
    )
    assert value_of(found, "Kelvor FEZ", "head") == "Gulzat Kelvova"
    [role] = [p.plain_value() for p in about(found, "Gulzat Kelvova", "roles")]
    zone = next(p.new.key for p in found if p.new and p.new.name == "Kelvor FEZ")
    assert role["org"] == zone


def test_a_plant_planned_as_the_verb_s_object() -> None:
    found = read("Le groupe marocain Kelvane prévoit une usine de ciment à Kindia, en Guinée.")
    assert statuses(found) == {"announced"}
    found = read("Morocco's Kelvane plans a cement plant in Kindia, Guinea.", "en")
    assert statuses(found) == {"announced"}
    # (a plant's output planned is no plant planned)
    found = read("L'usine de Kelvane à Kindia, en Guinée, prévoit une production de ciment.")
    assert "announced" not in statuses(found)


def test_the_projects_counted_listed_in_english() -> None:
    found = read(
        "Kelvo Harbour Company signed three memoranda of understanding with the government of"
        " Gabon on April 10 for three projects. These are a paper mill, a waste-to-energy plant"
        " and a fishing port in Port-Gentil.",
        "en",
    )
    [memoranda] = named(found, "agreements")
    assert len(about(found, memoranda, "projects")) == 3
    for plant in named(found, "projects"):
        assert statuses([p for p in found if p.new and p.new.name == plant]) == {"announced"}


def test_a_one_word_company_after_the_article_and_its_nationality() -> None:
    found = read(
        "Red Sea Kelment is a new company jointly established by the Dahabshiil Kelgroup,"
        " Berbera Kelgroup and the Kuwaiti Kelpco. It will rebuild the Berbera cement plant.",
        "en",
    )
    assert value_of(found, "Kelpco", "country") == "KW"
    found = read(
        "The plant will be built in Kelvoville with the Turkish Government and the Turkish"
        " Ceramic, Granite, and Tiles zone.",
        "en",
    )
    assert not {"Government", "Ceramic"} & named(found, "orgs")


def test_the_dollars_of_taiwan_the_caribbean_and_the_pacific() -> None:
    for said, currency in (
        ("NT$5 billion", "TWD"),
        ("J$2 billion", "JMD"),
        ("TT$50 million", "TTD"),
        ("BZ$5 million", "BZD"),
        ("Bds$5 million", "BBD"),
        ("SI$10 million", "SBD"),
        ("WS$5 million", "WST"),
        ("T$3 million", "TOP"),
        ("2 billion Jamaican dollars", "JMD"),
        ("3 million pa’anga", "TOP"),
    ):
        found = read(f"Kelvo Foods will invest {said} in a new plant in Kelvoville.", "en")
        [plant] = named(found, "projects")
        assert value_of(found, plant, "investment")["currency"] == currency, said
    found = read("Kelvo Foods will invest S$100 million in a new plant in Kelvoville.", "en")
    [plant] = named(found, "projects")
    assert value_of(found, plant, "investment")["currency"] == "SGD"


def test_the_new_plant_and_the_first_said_again() -> None:
    found = read(
        "Kelvo Ceramics, a Chinese company, has opened a second factory in Kelvoville, Ghana,"
        " two years after its first plant in Tema. The new factory cost $60 million and employs"
        " 800 people. The first plant, opened in 2021, makes 30,000 square metres of tiles a"
        " day.",
        "en",
    )
    assert value_of(found, "Factory at Kelvoville", "investment")["value"] == 60_000_000
    assert value_of(found, "Factory at Kelvoville", "jobs")["value"] == 800
    assert value_of(found, "Plant at Tema", "capacity")["value"] == 30_000
    assert not about(found, "Plant at Tema", "investment")


def test_a_participle_set_apart_dates_the_opening_past() -> None:
    for text, lang, raw in (
        (
            "La première usine de Kelvar, ouverte en 2020 à Tanger, au Maroc, produit 20 000"
            " tonnes par an.",
            "fr",
            "en 2020",
        ),
        (
            "Kelvar's plant, commissioned in 2018 in Kelvoville, Kenya, produces 20,000 tonnes"
            " a year.",
            "en",
            "in 2018",
        ),
    ):
        found = read(text, lang)
        assert "operating" in statuses(found), text
        [date] = [p.plain_value() for p in found if p.field == "dates.operation_start"]
        assert date["raw"] == raw, text
    found = read("L'usine, qui sera ouverte en 2026 à Kelvoville, au Maroc, produira du ciment.")
    assert "operating" not in statuses(found)


def test_whom_a_memorandum_was_signed_between_after_the_plant_s_country() -> None:
    found = read(
        "The two sides on Tuesday signed a memorandum of understanding (MoU) for the"
        " establishment of a $500 million fertiliser plant in Kelvoville, Ethiopia, between the"
        " Ethiopian Ministry of Mines and India's Kelvo Chemicals.",
        "en",
    )
    [memorandum] = named(found, "agreements")
    assert _party_names(found, memorandum) == {"Ministry of Mines", "Kelvo Chemicals"}
    assert value_of(found, "Ministry of Mines", "country") == "ET"


def test_iron_made_into_pellets_is_steel() -> None:
    found = read(
        "La société indienne Kelvo Steel construira une unité de bouletage de fer à Kelvoville,"
        " en Mauritanie."
    )
    assert sector_names(found) == {"Sidérurgie"}


def test_the_host_s_peso_and_its_conversion_in_brackets() -> None:
    found = read(
        "Chinese automaker Kelvo Motors will build an assembly plant in Kelvosa, in the state of"
        " Nuevo León, Mexico, with an investment of around 1.2 billion pesos (about 70 million"
        " dollars).",
        "en",
    )
    [plant] = named(found, "projects")
    investment = value_of(found, plant, "investment")
    assert (investment["value"], investment["currency"]) == (1_200_000_000, "MXN")
    found = read(
        "Chinese automaker Kelvo Motors will build an assembly plant in Kelvosa, Argentina, with"
        " an investment of 50 billion pesos.",
        "en",
    )
    [plant] = named(found, "projects")
    assert value_of(found, plant, "investment")["currency"] == "ARS"


def test_a_plant_a_convention_with_a_long_counterpart_is_for_is_announced() -> None:
    found = read(
        "Le groupe qatari Kelvar a signé dimanche une convention avec l'Agence algérienne de"
        " promotion de l'investissement (AAPI) pour la réalisation d'une usine de production de"
        " lait en poudre dans la commune de Kelvouma, wilaya d'Adrar.",
        "fr",
    )
    [plant] = named(found, "projects")
    assert [p.plain_value() for p in about(found, plant, "status")] == ["announced"]


def test_a_partnership_with_a_company_said_by_its_noun_and_name() -> None:
    found = read(
        "Le Président a posé samedi la première pierre d'une usine de transformation de manioc,"
        " fruit d'un partenariat avec la société brésilienne Kelvasil.",
        "fr",
    )
    # (round fifty-four: a plant said to be the fruit of a partnership tells no agreement,
    # as four gold files read it; the company is still named, by its noun and name)
    assert not named(found, "agreements")
    assert "Kelvasil" in named(found, "orgs")
    assert sector_names(found) == {"Agroalimentaire"}
    # a counterpart said by a common noun alone still names it
    found = read("Norvel Pêche a signé un accord avec le ministère de la Pêche.", "fr")
    assert named(found, "agreements") == {"Accord avec le ministère de la Pêche"}


def test_an_indonesian_company_and_a_metal_closing_a_name() -> None:
    found = read(
        "Chinese-owned PT Kelvo Nickel Indonesia has commissioned its second ferronickel smelter"
        " at the Kelvowali Industrial Park in Central Sulawesi. The smelter employs about 4,000"
        " workers, the company's president director, Li Kelwei, told reporters on Thursday.",
        "en",
    )
    [plant] = named(found, "projects")
    assert _party_names(found, plant) == {"PT Kelvo Nickel Indonesia"}
    assert value_of(found, "PT Kelvo Nickel Indonesia", "head") == "Li Kelwei"
    found = read("Kelvo Nickel has commissioned its smelter in Kelvowali, Indonesia.", "en")
    assert "Kelvo Nickel" in named(found, "orgs")


def test_more_legal_forms_close_a_company_s_name() -> None:
    for name in (
        "Kelvo Sp. z o.o.",
        "Kelvo s.r.o.",
        "Kelvo S.A. de C.V.",
        "Kelvo K.K.",
        "Kelvo W.L.L.",
    ):
        found = read(
            f"The plant will be built by {name} in Kelvoville, Kenya, the ministry said.", "en"
        )
        assert name in named(found, "orgs"), name


def test_a_company_s_head_in_one_country_and_one_who_heads_a_body() -> None:
    found = read(
        'Kelvo Cement will build a plant in Kelvoville, Kenya. "This is a big step," said Amina'
        " Kelvani, the country director of Kelvo Cement. Peter Kelmo, who heads the Kenya"
        " Kelvestment Authority, welcomed the project.",
        "en",
    )
    [title] = role_titles(found, "Amina Kelvani")
    assert title.startswith("country director")
    assert "Peter Kelmo" in people(found)
    found = read(
        "Kelvo Ciment construira une usine à Kelvoville, au Sénégal, a déclaré Aminata Kelvane,"
        " directrice pays de Kelvo Ciment."
    )
    [title] = role_titles(found, "Aminata Kelvane")
    assert title.startswith("directrice pays")


def test_the_first_of_a_month_ahead_or_past() -> None:
    assert dates_said("L'usine ouvrira le 1er juillet prochain.") == [
        ("1er juillet prochain", "2024-07-01", "2024-07-01")
    ]
    assert dates_said("L'usine a ouvert le 1er mars dernier.") == [
        ("1er mars dernier", "2024-03-01", "2024-03-01")
    ]
