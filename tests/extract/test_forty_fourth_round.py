"""Forty-fourth round: what the first reading of held-out set BH showed the reader could not
read, in words any article may use, with names no list knows.

- "A cotton ginning unit … was inaugurated", "the ginnery": a plant where cotton is ginned.
- "opened a US$2 million operation at X", "a new assembly operation in Y": a plant said by
  its cost and place, or by its work.
- "A Chinese ship-building company", "the business's Chinese proprietor": the investors'
  country, not the host's.
- "Finance Minister A B, Industry and Trade Minister C D": each title its holder's.
- "the Indian High Commission and X Ltd.": a mission, its nationality its name's, and a
  company.
- "Town (Country), Sep 11 (IANS): …": the dateline's day is when the news was written.
"""

from __future__ import annotations

from typing import Any

from bilat.store.extract import propose
from bilat.store.sources import build_source

from .reading import about, locations, orgs, people, projects, read, role_titles, sector_names


def _location(found: list[Any]) -> dict[str, Any]:
    [where] = locations(found)
    return where


def test_a_cotton_ginning_unit_is_a_plant() -> None:
    found = read(
        "A cotton ginning unit, constructed with Brazilian aid, was inaugurated in Tete in"
        " Mozambique on Aug 27. The ginnery cost $20 million.",
        "en",
        "2014-09-11",
    )
    assert projects(found) == {"Cotton ginning unit at Tete"}
    assert "Textiles" in sector_names(found)
    assert _location(found)["country"] == "MZ"
    assert about(found, "Cotton ginning unit at Tete", "investment")
    assert about(found, "Cotton ginning unit at Tete", "status")


def test_an_operation_said_by_its_cost_and_place_is_a_plant() -> None:
    found = read(
        "A Chinese ship-building company has opened a US$2 million ($400 million) operation at"
        " Pemba, Cabo Delgado and has already built a vessel. The company, Kelvo Shipyard Inc,"
        " is an entirely new venture. According to Su Lin, the business’s Chinese proprietor,"
        " the vessel is 95% complete.",
        "en",
        "2014-09-11",
    )
    assert projects(found) == {"Operation at Pemba"}
    [status] = about(found, "Operation at Pemba", "status")
    assert status.value == "operating"
    [cost] = about(found, "Operation at Pemba", "investment")
    assert cost.plain_value()["value"] == 2_000_000
    [pair] = about(found, "Operation at Pemba", "countries")
    assert pair.value == ["CN", "MZ"]
    assert _location(found)["country"] == "MZ"
    assert "Shipbuilding" in sector_names(found)


def test_an_operation_of_no_cost_nor_work_is_no_plant() -> None:
    found = read("The army's operation in the north ended in May.", "en", "2014-09-11")
    assert not projects(found)
    found = read("It will be one of the biggest cycle manufacturing operations in Europe.", "en")
    assert not projects(found)


def test_a_new_assembly_operation_is_a_plant() -> None:
    found = read(
        "Kelvo on September 23 opened a new assembly operation in Cambodia to expand the"
        " production of its cameras.",
        "en",
        "2014-09-30",
    )
    assert projects(found)
    [name] = projects(found)
    [status] = about(found, name, "status")
    assert status.value == "operating"


def test_each_title_of_a_list_is_its_holder_s() -> None:
    found = read(
        "Among other dignitaries present were Vice President Karo Lemba, Finance Minister Oti"
        " Lamba, Industry and Trade Minister Seko Dwangwe, Minister of Transport and Public"
        " Works Yusuf Adib Mola alongwith senior officials.",
        "en",
        "2014-09-11",
    )
    assert role_titles(found, "Seko Dwangwe") == ["Industry and Trade Minister"]
    assert role_titles(found, "Oti Lamba") == ["Finance Minister"]
    assert "Yusuf Adib Mola" in people(found)
    assert role_titles(found, "Yusuf Adib Mola") == ["Minister of Transport and Public Works"]


def test_a_high_commission_keeps_its_nationality_and_stands_apart() -> None:
    found = read(
        "A cotton ginning unit was inaugurated in Tete, said a statement from the Indian High"
        " Commission. President Lemba thanked the Indian government, the Indian High Commission"
        " and Astra International Ltd. for making it possible.",
        "en",
        "2014-09-11",
    )
    named = orgs(found)
    assert "Indian High Commission" in named
    assert "Astra International Ltd." in named
    assert not any(" and " in name for name in named)


def test_a_dateline_s_day_is_no_event_s() -> None:
    found = read(
        "Maputo (Mozambique), Sep 11 (IANS): A cotton ginning unit, constructed with Brazilian"
        " aid, was inaugurated in Tete in Mozambique. President Lemba inaugurated the ginnery"
        " at Tete, that cost $20 million, on Aug 27.",
        "en",
        "2014-09-11",
    )
    [opened] = about(found, "Cotton ginning unit at Tete", "dates.operation_start")
    assert opened.plain_value()["raw"] == "on Aug 27"
    [pair] = about(found, "Cotton ginning unit at Tete", "countries")
    assert "(IANS)" not in pair.quote


def test_a_headline_s_company_by_its_trade_is_no_host() -> None:
    text = "A Chinese ship-building company has opened a US$2 million operation at Pemba."
    source = build_source(
        text,
        title="Chinese logger/ship builder in US$2M investment",
        published="2014-09-11",
        lang="en",
    )
    found = propose(source)
    assert _location(found)["country"] == "MZ"


def test_a_site_the_gazetteer_knows_says_the_host_and_is_no_bank() -> None:
    found = read(
        "A Chinese ship-building company has opened a US$2 million operation at Farmview, East"
        " Bank Demerara.",
        "en",
        "2014-09-11",
    )
    assert "East Bank" not in orgs(found)
    [name] = projects(found)
    [pair] = about(found, name, "countries")
    assert pair.value == ["CN", "GY"]


def test_a_plant_called_by_a_company_s_name_is_no_party() -> None:
    found = read(
        "Kelvo on September 23 opened a new assembly operation in Cambodia, called Kelvo Khmer"
        " Company Limited, to expand the production of its cameras. Kelvo, a Japanese"
        " multinational corporation headquartered in Tokyo, makes lenses.",
        "en",
        "2013-09-30",
    )
    assert "Kelvo Khmer Company Limited" not in orgs(found)
    assert "Kelvo" in orgs(found)


def test_a_country_s_merit_as_a_production_base_is_no_plant() -> None:
    found = read(
        "Cambodia is also an attractive production base because it has cheap labour.", "en"
    )
    assert not projects(found)


def test_a_title_before_the_next_honorific_is_the_next_holder_s() -> None:
    found = read(
        "Deputy Prime Minister in charge of economic affairs, Mr Sok Lengsan, Japanese"
        " Ambassador to Cambodia, Ms Junko Tanaka, and representatives from Kelvo attended"
        " the opening ceremony of the plant.",
        "en",
        "2013-09-30",
    )
    assert role_titles(found, "Sok Lengsan") == [
        "Deputy Prime Minister in charge of economic affairs"
    ]
    assert role_titles(found, "Junko Tanaka") == ["Japanese Ambassador to Cambodia"]


def test_a_legal_form_in_capitals_is_the_name_s() -> None:
    found = read(
        "Le ministre a signé un accord cadre avec la société Kelvo Urban Construction Group CO,"
        " LTD (KUCG). Ses partenaires « Shandong Tarvo Chemical, Co LTD. » étaient là.",
        "fr",
    )
    named = orgs(found)
    assert "Kelvo Urban Construction Group CO, LTD" in named
    assert "Shandong Tarvo Chemical, Co LTD." in named


def test_the_first_industrial_complex_is_named_by_what_it_assembles() -> None:
    found = read(
        "Inauguration ce samedi 23 avril par le chef de l’Etat à Kita du premier complexe"
        " industriel d’assemblage de motos chinoises de marque Kelvo.",
        "fr",
        "2016-04-25",
    )
    assert projects(found) == {"Complexe industriel d’assemblage de motos de Kita"}


def test_a_verb_after_the_plant_s_words_is_no_part_of_its_name() -> None:
    found = read(
        "Inauguration ce samedi à Kita du premier complexe industriel d’assemblage de motos."
        " Le préfet a espéré que l’implantation de cette unité de production de motos"
        " contribue à la lutte contre le chômage.",
        "fr",
        "2016-04-25",
    )
    assert len(projects(found)) == 1
    assert not any("contribue" in name for name in projects(found))


def test_the_staff_counted_by_its_article_and_a_range_of_machines() -> None:
    found = read(
        "Une usine de motos a été inaugurée à Kita. La centaine d’employés devrait assembler"
        " 2.000 à 3.000 machines par mois.",
        "fr",
        "2016-04-25",
    )
    [name] = projects(found)
    [jobs] = about(found, name, "jobs")
    assert jobs.plain_value()["value"] == 100
    assert jobs.plain_value()["qualifier"] == "approx"
    [made] = about(found, name, "capacity")
    assert (made.plain_value()["min"], made.plain_value()["max"]) == (2000, 3000)
    assert made.plain_value()["unit"] == "units/month"


def test_a_plant_s_own_town_beats_the_exhibition_s() -> None:
    found = read(
        "Tel est l’objectif de cette exposition économique qui s’est ouverte le jeudi 27 juin"
        " dernier à Changsha, capitale de la province chinoise du Hunan. Au cours de cette"
        " exposition, le ministre malien de l’Industrie Issa Koné a procédé à la signature d’un"
        " accord cadre relatif à la construction d’un complexe industriel sucrier à Kita.",
        "fr",
        "2019-07-01",
    )
    assert projects(found) == {"Complexe industriel sucrier de Kita"}
    where = _location(found)
    assert (where["country"], where["locality"]) == ("ML", "Kita")
    assert "Agroalimentaire" in sector_names(found)


def test_the_points_a_project_is_built_around_are_its_components() -> None:
    found = read(
        "Le projet de construction d’un complexe industriel pour la production de sucre de"
        " canne à Kita, dans la région de Kayes, a été annoncé. Ce projet sera articulé autour"
        " des points suivants : la construction d’une usine de sucre ; d’une centrale de"
        " cogénération d’électricité de 15 à 20 MW, d’une usine de production d’alcool"
        " industriel et d’une ferme de bétail.",
        "fr",
        "2019-07-01",
    )
    [name] = projects(found)
    parts = {p.plain_value()["name"]["fr"] for p in about(found, name, "components")}
    assert parts == {
        "Usine de sucre",
        "Centrale de cogénération d’électricité",
        "Usine de production d’alcool industriel",
        "Ferme de bétail",
    }


def test_set_for_operation_dates_the_start_and_cameras_are_electronics() -> None:
    found = read(
        "The US$8 million plant in Kampot is set for operation next month with its primary"
        " purpose being the assembly of digital SLR (single-lens reflex) camera units.",
        "en",
        "2013-09-30",
    )
    [name] = projects(found)
    [start] = about(found, name, "dates.operation_start")
    assert start.plain_value()["earliest"] == "2013-10-01"
    assert "Electronics" in sector_names(found)


def test_plants_named_by_their_trade_s_noun() -> None:
    found = read(
        "A Kenyan company will build a $5 million abattoir in Kisumu. The slaughterhouse will"
        " employ 300 people.",
        "en",
        "2019-01-01",
    )
    assert projects(found) == {"Abattoir at Kisumu"}
    found = read("Une société turque va construire une fabrique de chaussures à Kaolack.", "fr")
    assert projects(found) == {"Fabrique de chaussures de Kaolack"}


def test_a_plant_s_noun_said_as_another_s_adjective_or_a_participle_is_none() -> None:
    found = read(
        "Kelvo has been permitted to establish a biscuit and bakery plant in Simara, Bara"
        " district.",
        "en",
        "2017-06-01",
    )
    assert len(projects(found)) == 1
    found = read(
        "La société espère que ses nouvelles installations, où seront fabriqués des systèmes"
        " d'alarme, seront opérationnelles en 2015.",
        "fr",
    )
    assert not any("abriqu" in name for name in projects(found))


def test_jobs_as_employment_opportunity_and_hundreds_more_indirectly() -> None:
    found = read(
        "A cotton ginning unit was inaugurated in Tete in Mozambique. The ginnery is expected to"
        " provide employment opportunity to about 200 people directly, and several hundreds"
        " more indirectly, the statement said.",
        "en",
        "2014-09-11",
    )
    jobs = sorted(
        (p.plain_value() for p in about(found, "Cotton ginning unit at Tete", "jobs")),
        key=lambda v: v["job_type"],
    )
    assert [(v["job_type"], v["value"], v["min"]) for v in jobs] == [
        ("direct", 200, None),
        ("indirect", None, 100),
    ]


def test_an_envoy_named_by_one_name() -> None:
    found = read(
        "A cotton ginning unit was inaugurated in Tete. The event was attended by Indian High"
        " Commissioner Vanlalhuma.",
        "en",
        "2014-09-11",
    )
    assert "Vanlalhuma" in people(found)
    assert role_titles(found, "Vanlalhuma") == ["Indian High Commissioner"]


def test_a_head_said_by_the_surname_accented_after_the_full_name_unaccented() -> None:
    found = read(
        "“We agree on the locations,” emphasizes Prime Minister Kemal Tarvalic. “I hope I will"
        " have good news,” announced Prime Minister Tarvalić.",
        "en",
        "2019-06-01",
    )
    assert "Tarvalić" not in people(found)
    assert "Kemal Tarvalic" in people(found)


def test_a_company_said_first_by_its_trade_and_nationality_then_named() -> None:
    found = read(
        "A Chinese ship-building company has opened a US$2 million operation at Pemba. The"
        " company, Kelvo Shipyard Inc, is an entirely new venture. According to Su Lin, the"
        " business’s Chinese proprietor, the vessel is 95% complete.",
        "en",
        "2014-09-11",
    )
    [country] = [p for p in found if p.field == "country" and p.new.name == "Kelvo Shipyard Inc"]
    assert country.value == "CN"
    [role] = [p for p in found if p.field == "roles" and p.new.name == "Su Lin"]
    assert role.plain_value()["title"] == {"en": "Chinese proprietor"}
    assert role.plain_value()["org"] is not None


def test_an_envoy_s_countries_are_no_plant_s() -> None:
    found = read(
        "South Korean shoe material company Kelvo Textile Co. Ltd. plans to invest Rp330"
        " billion in Karawang, West Java. The company will start developing a production"
        " facility next year. Its president met Indonesian Ambassador to South"
        " Korea Umar Tarvo in Busan.",
        "en",
        "2018-08-24",
    )
    [name] = projects(found)
    for pair in about(found, name, "countries"):
        assert "Ambassador" not in pair.quote
    # said by an envoy's post alone, the countries are still read there
    found = read(
        "Kelvo Motors opened its plant in Anantapuramu on Thursday. The ceremony was attended"
        " by South Korean Ambassador to India Shin Tarvo.",
        "en",
        "2019-12-06",
    )
    [pair] = about(found, "Plant at Anantapuramu", "countries")
    assert pair.value == ["IN", "KR"]


def test_a_plant_to_be_built_by_a_company_in_a_zone() -> None:
    found = read(
        "A factory to be built by Kelvo Steel in the Suez Canal Economic Zone will produce"
        " rebar. The Shanghai-based company said construction would begin in the third quarter.",
        "en",
        "2020-06-01",
    )
    [name] = projects(found)
    assert _location(found)["country"] == "EG"
    [pair] = about(found, name, "countries")
    assert pair.value == ["CN", "EG"]
    [status] = about(found, name, "status")
    assert status.value == "announced"


def test_works_launched_far_after_their_plant_s_words_and_a_plant_to_be_erected() -> None:
    found = read(
        "Les travaux de construction de l'usine de production de ciment du groupe nigérian"
        " Kelvo Cement à Kribi ont été lancés hier.",
        "fr",
        "2020-06-01",
    )
    [name] = projects(found)
    [status] = about(found, name, "status")
    assert status.value == "construction"
    assert about(found, name, "dates.construction_start")
    for verb in ("va ériger", "va édifier", "va ouvrir"):
        found = read(f"L'industriel turc Tarvo {verb} une usine de fer à béton à Kossodo.", "fr")
        [name] = projects(found)
        [status] = about(found, name, "status")
        assert status.value == "announced"


def test_work_started_on_a_plant() -> None:
    found = read(
        "Work started on a sugar refinery at Nakambala, Zambia, on Monday.", "en", "2020-06-03"
    )
    [name] = projects(found)
    [status] = about(found, name, "status")
    assert status.value == "construction"
    [start] = about(found, name, "dates.construction_start")
    assert start.plain_value()["earliest"] == "2020-06-01"


def test_a_headline_s_start_of_works() -> None:
    found = read(
        "Démarrage des travaux de l'usine de jus de fruits de Tarvo à Bouaké. L'usine"
        " transformera 20.000 tonnes de mangues par an.",
        "fr",
    )
    [name] = projects(found)
    [status] = about(found, name, "status")
    assert status.value == "construction"
    found = read(
        "Le démarrage des travaux de l'usine de jus de fruits de Tarvo à Bouaké est prévu en mars.",
        "fr",
    )
    [name] = projects(found)
    assert not about(found, name, "status") or about(found, name, "status")[0].value != (
        "construction"
    )


def test_a_line_launched_is_a_line_set_going() -> None:
    found = read(
        "Japanese automaker Kelvo Auto on Friday launched a vehicle assembly line in Thika, its"
        " first in East Africa.",
        "en",
        "2020-06-01",
    )
    [name] = projects(found)
    [status] = about(found, name, "status")
    assert status.value == "operating"
    [opened] = about(found, name, "dates.operation_start")
    assert opened.plain_value()["earliest"] == "2020-05-29"


def test_a_special_industrial_zone_a_region_names() -> None:
    found = read(
        "Turkish glassmaker Kelvo Glass will invest $200 million to build a float glass plant in"
        " the Jizzakh special industrial zone, the Uzbek Investment Ministry said on Monday.",
        "en",
        "2021-06-01",
    )
    where = _location(found)
    assert (where["country"], where["locality"]) == ("UZ", "Jizzakh special industrial zone")


def test_a_signing_proceeded_to_is_done() -> None:
    found = read(
        "Au cours de cette exposition, le ministre de l’Industrie Issa Koné a procédé à la"
        " signature d’un accord cadre relatif à la construction d’un complexe industriel sucrier"
        " à Kita.",
        "fr",
        "2019-07-01",
    )
    [status] = [p for p in found if p.field == "status" and p.new.kind == "agreements"]
    assert (status.value, status.quote) == ("signed", "a procédé à la signature")


def test_a_partnership_aimed_at_is_no_agreement() -> None:
    found = read(
        "Forger un partenariat économique plus étroit entre la Chine et l’Afrique, tel est"
        " l’objectif de cette exposition.",
        "fr",
    )
    assert not [p for p in found if p.new is not None and p.new.kind == "agreements"]
    found = read(
        "Kelvo and the government of Rwanda signed a partnership agreement to build a"
        " fertiliser plant in Bugesera.",
        "en",
    )
    assert [p for p in found if p.new is not None and p.new.kind == "agreements"]


def test_a_town_a_month_s_name_opens_and_a_dateline_with_its_country() -> None:
    found = read(
        "Kingston, Jamaica, Mar 3 (CMC): A Trinidad-owned juice company has opened a $5 million"
        " bottling facility in May Pen, Clarendon, which will employ 80 Jamaicans.",
        "en",
        "2021-06-01",
    )
    [name] = projects(found)
    assert not about(found, name, "dates.operation_start")
    [pair] = about(found, name, "countries")
    assert "CMC" not in pair.quote
    found = read(
        "A Trinidad-owned juice company opened a bottling facility in Kingston in May.",
        "en",
        "2021-06-01",
    )
    [name] = projects(found)
    [opened] = about(found, name, "dates.operation_start")
    assert opened.plain_value()["raw"] == "in May"


def test_a_licence_obtained_from_its_giver_is_approval() -> None:
    found = read(
        "La compagnie minière canadienne Kelvo Gold a obtenu de l'Etat guinéen un permis"
        " d'exploitation pour la mine d'or de Tarvo, dans la préfecture de Siguiri.",
        "fr",
    )
    [name] = projects(found)
    [status] = about(found, name, "status")
    assert status.value == "approved"


def test_one_of_a_country_s_producers_is_of_that_country() -> None:
    found = read(
        "Tarvo Group, one of China's largest aluminium producers, will build a 500,000-tonne"
        " aluminium smelter in Lombok, Indonesia.",
        "en",
    )
    [country] = [p for p in found if p.field == "country" and p.new.name == "Tarvo Group"]
    assert country.value == "CN"


def test_the_head_of_state_s_auxiliary_is_no_word_of_his_title() -> None:
    found = read(
        "Le chef de l'Etat a inauguré jeudi à Lomé l'usine de transformation de soja de la"
        " société indienne Kelvo Agro.",
        "fr",
        "2021-06-01",
    )
    assert projects(found)
    assert "Kelvo Agro" not in people(found)
    found = read("Le chef de l'État togolais Kofi Tarvo a inauguré l'usine de Lomé.", "fr")
    assert role_titles(found, "Kofi Tarvo") == ["chef de l'État togolais"]


def test_a_name_a_trade_s_word_ends_is_no_person_s() -> None:
    found = read(
        "Le port de Kribi accueillera une usine de bouteilles en verre, portée par l'investisseur"
        " égyptien Tarvo Glass, pour un coût de 40 milliards de FCFA.",
        "fr",
    )
    assert "Tarvo Glass" not in people(found)
