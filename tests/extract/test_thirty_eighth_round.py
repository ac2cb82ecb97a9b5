"""Thirty-eighth round: what the first reading of held-out set BB showed the reader could not
read, in words any article may use.

- "Norvel Kelt investit 15 millions d'euros", "Petit à petit, Norvel Kelt s'installe", "Norvel
  Kelt vendra …": two capitalised words said three times, always together and never after a
  title, are a company's name, not a given name and a surname.
- "a signé un partenariat avec Kelvo Petrochemical Industries", "An investment agreement with
  the Icelandic government is still pending": the counterpart said by its name is a party,
  no word of the title ("un accord avec le ministère de la Pêche", a common noun, names it).
- "15 Million United States Dollars": the dollar by its country's whole name, no country of
  the plant; "60 milliards CFP", "francs CFP": the Pacific franc.
- "Norvel Steel Zambia Limited Director X": a legal form ends the company's name, the title
  after it is the person's.
- "Senior Chieftainess Chungu": a traditional ruler known by one name; "And Lupososhi
  Constituency Member of Parliament EMMANUEL KELVO": a name all in capitals after its title,
  the conjunction no word of the title.
- "the Chairman of the Board of SIFCA - Mr. X": the board is the company's own; the company
  is the body named and the role's, the title the board's ("présidente du conseil
  d'administration de X" too), the dash no word of it.
- "SIFCA is on the verge of entering into a joint venture with GVL to build what will be one
  of the biggest oil palm factories in the world": a company about to act; the venture's
  partner; the plant built, ranked among its kind in the plural, one project; announced.
- "its first large-scale solar silicon production facility at the port of Kelvik", then in a
  quote "our first commercial-scale plant": the size is no word of the name, a port is named
  by its town, and the owner's first plant said again by its bare noun is the same plant.
- "almost ISK 80 billion (USD 701 million, EUR 518 million)": the Icelandic krona, and each
  sum in the bracket after it its conversion.
- "confirmed in a press release on Tuesday its plans to open …": the day the plans were told,
  no day of the opening; "aims to break ground later this year and open the plant in 2016":
  each aim its date; "100 additional jobs, while the plant is being constructed": the jobs'
  time, no works under way; "solar silicon": the energy trade's material.
- "a plant at Kelvik, near the Tarvel Aluminum smelter": a landmark, no project.
- "Les deux partenaires produisent déjà 30.000 tonnes de nickel/métal par an, à l'usine de
  X": so much made a year, what is made between (not "Botswana needs 620,000 tonnes of
  cement annually"), a plant operating, nickel made there the steel trade's.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from bilat.store import Store
from bilat.store.extract import propose
from bilat.store.extract.accept import plan
from bilat.store.sources import build_source

from .reading import (
    about,
    locations,
    named,
    orgs,
    people,
    read,
    role_titles,
    sector_names,
    statuses,
    value_of,
)


def _party_names(found: list, record: str) -> set[str]:
    refs = {p.plain_value()["org"] for p in about(found, record, "parties")}
    return {p.new.name for p in found if p.field == "name" and p.new and p.new.key in refs}


def test_two_words_said_together_every_time_are_a_company() -> None:
    found = read(
        "Norvel Kelt investit 15 millions d’euros au Kazakhstan. Petit à petit, Norvel Kelt"
        " s’installe dans le pays. Avec cette usine, Norvel Kelt montre son intérêt.",
        "fr",
    )
    assert "Norvel Kelt" in orgs(found)


def test_a_person_named_again_by_the_surname_is_no_company() -> None:
    found = read(
        "Pietro Kelvani a signé l'accord lundi. Pietro Kelvani a salué le projet. Selon"
        " M. Kelvani, Pietro Kelvani reviendra.",
        "fr",
    )
    assert "Pietro Kelvani" not in orgs(found)


def test_a_counterpart_said_by_its_name_is_no_word_of_the_title() -> None:
    found = read(
        "Norvel Gaz a signé le 9 octobre un partenariat avec Kelvo Petrochemical Industries.",
        "fr",
    )
    assert named(found, "agreements") == {"Partenariat"}
    found = read(
        "Silkor aims to open the plant in 2016. An investment agreement with the Icelandic"
        " government is still pending.",
        "en",
    )
    assert named(found, "agreements") == {"Investment agreement"}


def test_a_counterpart_said_by_a_common_noun_names_the_agreement() -> None:
    found = read("Norvel Pêche a signé un accord avec le ministère de la Pêche.", "fr")
    assert named(found, "agreements") == {"Accord avec le ministère de la Pêche"}


def test_the_dollar_said_by_its_country_s_whole_name() -> None:
    found = read(
        "An Indian firm plans to set up a steel plant in Kelvoshi district with an initial"
        " investment of 15 Million United States Dollars.",
        "en",
    )
    [plant] = named(found, "projects")
    investment = value_of(found, plant, "investment")
    assert (investment["value"], investment["currency"]) == (15_000_000, "USD")
    said = [p.plain_value() for p in about(found, plant, "countries")]
    said += [[p.plain_value()["country"]] for p in about(found, plant, "location")]
    assert not any("US" in countries for countries in said)


def test_the_pacific_franc() -> None:
    for said in ("60 milliards CFP", "60 milliards de francs CFP"):
        found = read(f"Le projet représente un investissement de {said} dans l'usine de Thio.")
        [plant] = named(found, "projects")
        investment = value_of(found, plant, "investment")
        assert (investment["value"], investment["currency"]) == (60_000_000_000, "XPF"), said


def test_a_legal_form_ends_the_company_before_a_title() -> None:
    found = read(
        "Norvel Steel Zambia Limited Director Kalyana Tarvel disclosed that the plant will"
        " open soon.",
        "en",
    )
    assert role_titles(found, "Kalyana Tarvel") == ["Director"]
    assert "Norvel Steel Zambia Limited" in orgs(found)


def test_a_traditional_ruler_known_by_one_name() -> None:
    found = read("Senior Chieftainess Kelwangu has since allocated 60 hectares of land.", "en")
    assert role_titles(found, "Kelwangu") == ["Senior Chieftainess"]


def test_a_name_in_capitals_after_its_title() -> None:
    found = read(
        "And Kelvoshi Constituency Member of Parliament EMMANUEL KELVO expressed confidence"
        " that the development will spur economic activities.",
        "en",
    )
    assert "EMMANUEL KELVO" in people(found)
    assert role_titles(found, "EMMANUEL KELVO") == ["Kelvoshi Constituency Member of Parliament"]


def test_a_headline_in_capitals_names_no_one() -> None:
    found = read("STEEL MINISTER OPENS NEW PLANT IN KELVOSHI DISTRICT", "en")
    assert not people(found)


def test_a_company_s_board_is_the_company() -> None:
    found = read(
        "This was disclosed by the Chairman of the Board of NORVEX - Mr. Alassane Kelvo last"
        " Friday.",
        "en",
    )
    assert "NORVEX" in orgs(found)
    assert "Board of NORVEX" not in orgs(found)
    assert role_titles(found, "Alassane Kelvo") == ["Chairman of the Board"]
    [role] = about(found, "Alassane Kelvo", "roles")
    [company] = [p.new.key for p in found if p.new and p.new.name == "NORVEX"][:1]
    assert role.plain_value()["org"] == company
    found = read("Liu Kelan, présidente du conseil d'administration de Norvex, a signé.")
    assert role_titles(found, "Liu Kelan") == ["présidente du conseil d'administration"]


def test_the_board_of_investment_is_a_body_of_its_own() -> None:
    found = read("The Board of Investment (BOI) approved the plant.", "en")
    assert "Board of Investment" in orgs(found)


def test_one_of_the_biggest_plants_to_be_built_is_the_project() -> None:
    found = read(
        "NORVEX is on the verge of entering into a joint venture with KLV to build what will"
        " be one of the biggest oil palm factories in the world.",
        "en",
    )
    assert named(found, "projects") == {"Oil palm factory"}
    assert _party_names(found, "Oil palm factory") == {"NORVEX", "KLV"}
    assert statuses(found) == {"announced"}


def test_one_of_the_biggest_plants_held_is_no_project() -> None:
    found = read("Norvel operates one of the biggest cement plants in Liberia.", "en")
    assert not named(found, "projects")


def test_an_owner_s_first_plant_said_again_is_the_same() -> None:
    found = read(
        "U.S. company Silkor Materials confirmed on Tuesday its plans to open its first"
        " large-scale solar silicon production facility at the port of Kelvik, Iceland. “When"
        " we consider the potential sites for our first commercial-scale plant, Iceland is a"
        " leading candidate,” said its CEO. The facility will have a nameplate capacity of"
        " 16,000 metric tons.",
        "en",
    )
    assert named(found, "projects") == {"Solar silicon production facility at Kelvik"}
    [plant] = named(found, "projects")
    assert value_of(found, plant, "location")["locality"] == "Kelvik"
    assert value_of(found, plant, "capacity")["value"] == 16_000


def test_the_krona_and_a_bracket_of_conversions() -> None:
    found = read(
        "The plant's construction is estimated to cost almost ISK 80 billion (USD 701 million,"
        " EUR 518 million).",
        "en",
    )
    [plant] = named(found, "projects")
    [investment] = [p.plain_value() for p in about(found, plant, "investment")]
    assert (investment["value"], investment["currency"]) == (80_000_000_000, "ISK")


def test_a_port_beside_the_site_in_french_is_no_site() -> None:
    found = read(
        "Kelvo Holdings construira un quai de pêche à l'Ile du Port, à côté du port de"
        " Victoria, aux Seychelles."
    )
    assert all(loc.get("locality") != "Victoria" for loc in locations(found))


def _dates(found: list, field: str) -> list[str]:
    return [p.plain_value()["raw"] for p in found if p.field == field]


def test_the_day_plans_were_told_is_no_day_of_the_plant() -> None:
    found = read(
        "Norvel confirmed in a press release on Tuesday its plans to open its first cement"
        " plant at Kelvik, Iceland.",
        "en",
    )
    assert _dates(found, "dates.operation_start") == []
    assert statuses(found) == {"announced"}


def test_each_aim_its_date() -> None:
    found = read("Norvel aims to break ground later this year and open the plant in 2016.", "en")
    assert _dates(found, "dates.construction_start") == ["later this year"]
    assert _dates(found, "dates.operation_start") == ["in 2016"]


def test_jobs_while_the_plant_is_built_are_no_works_under_way() -> None:
    found = read(
        "Norvel will build a cement plant at Kelvik. The project may create 400 jobs in the"
        " plant and 100 additional jobs, while the plant is being constructed.",
        "en",
    )
    assert "construction" not in statuses(found)
    assert "construction" in statuses(read("The plant is being constructed in Kelvik.", "en"))


def test_solar_silicon_is_energy() -> None:
    found = read("Silkor will open a solar silicon production facility at Kelvik.", "en")
    assert "Energy" in sector_names(found)


def test_a_landmark_near_the_plant_is_no_project() -> None:
    found = read(
        "Norvel will build a cement plant at Kelvik, Iceland, near the Tarvel Aluminum smelter.",
        "en",
    )
    assert named(found, "projects") == {"Cement plant at Kelvik"}


def test_made_already_so_much_of_a_thing_a_year() -> None:
    found = read(
        "Les deux partenaires produisent déjà 30.000 tonnes de nickel/métal par an, à l'usine"
        " de Kelvang en Corée du sud."
    )
    [plant] = named(found, "projects")
    capacity = value_of(found, plant, "capacity")
    assert (capacity["value"], capacity["unit"]) == (30_000, "t/yr")
    assert statuses(found) == {"operating"}
    assert "Sidérurgie" in sector_names(found)


def test_a_country_s_need_is_no_capacity() -> None:
    found = read(
        "Norvel built a cement plant at Kelvo. Botswana needs 620,000 tonnes of cement annually.",
        "en",
    )
    assert not any(p.field == "capacity" for p in found)


def test_what_an_agreement_is_for_said_by_a_size_is_no_part_of_its_title() -> None:
    found = read(
        "Mardi, André Kelvo, Pdg de la KMSP, et Ki-Mok Tarv, vice-président de Norvco, ont"
        " signé un accord d'extension de l'usine pour produire 54.000 tonnes par an."
    )
    assert named(found, "agreements") == {"Accord d'extension de l'usine"}
    assert [p.plain_value() for p in about(found, "KMSP", "head")] == ["André Kelvo"]


def test_the_company_s_officer_is_a_person() -> None:
    found = read(
        "The factory, owned by Kelvo Glass Zimbabwe, will produce 150 tonnes of glass bottles"
        " per day, the company's general manager Li Wenjun said.",
        "en",
    )
    assert "Li Wenjun" not in orgs(found)
    assert "Li Wenjun" in people(found)
    assert "Kelvo Glass Zimbabwe" in orgs(found)


def test_an_entry_into_production_planned_is_no_plant_operating() -> None:
    found = read(
        "Le ministre a présidé jeudi à Sétif la pose de la première pierre d'une usine de"
        " tracteurs. L'entrée en production est prévue pour le premier semestre 2025."
    )
    assert statuses(found) == {"construction"}


def test_a_nationality_before_a_foreign_legal_form() -> None:
    found = read(
        "Kelvan Chemicals LLC will build a caustic soda plant in Baku. The project is being"
        " implemented jointly with Turkish Norvel Kimya A.S., which holds a 40 percent stake.",
        "en",
    )
    assert "Norvel Kimya A.S." in orgs(found)
    assert value_of(found, "Norvel Kimya A.S.", "country") == "TR"


def test_a_park_s_name_says_no_trade() -> None:
    found = read(
        "Norvel will build a caustic soda plant in the Sumgait Chemical Industrial Park.", "en"
    )
    [sector] = [p for p in found if p.field == "sectors"]
    assert sector.quote == "caustic soda"


def test_all_it_makes_for_export_is_its_capacity() -> None:
    found = read(
        "Le groupe Kelvafil a inauguré mardi son usine de filature à Kénitra. Cette usine"
        " emploiera 600 personnes et produira 5.000 tonnes de fil de coton par an, destinées à"
        " l'export vers l'Europe."
    )
    [plant] = named(found, "projects")
    capacity = value_of(found, plant, "capacity")
    assert (capacity["value"], capacity["unit"]) == (5_000, "t/yr")


def test_a_name_after_a_body_s_long_name() -> None:
    found = read(
        "Speaking at the ceremony, Vice Chairman of the Hai Phong People's Committee Nguyen Van"
        " Kelvinh pledged support.",
        "en",
    )
    assert people(found) == {"Nguyen Van Kelvinh"}
    assert role_titles(found, "Nguyen Van Kelvinh") == [
        "Vice Chairman of the Hai Phong People's Committee"
    ]


def test_operations_slated_for_a_year() -> None:
    found = read(
        "Kelvan and Norvo Steel will set up a steel pipe mill in Jubail. Construction is"
        " expected to begin in early 2025, with commercial operations slated for 2027.",
        "en",
    )
    assert _dates(found, "dates.operation_start") == ["2027"]


def test_a_ministry_s_portfolios_listed_with_commas() -> None:
    found = read(
        "Le projet a été annoncé par le ministère des Mines, de l'Industrie et du Développement"
        " technologique, selon Kelvo."
    )
    assert "Ministère des Mines, de l'Industrie et du Développement technologique" in orgs(found)
    found = read("Le ministère des Mines, qui gère le dossier, a annoncé le projet.")
    assert "Ministère des Mines" in orgs(found)


def test_an_agreement_to_this_effect_and_its_day_after_the_parties() -> None:
    found = read(
        "Chinese firm Kelvo Textiles will invest $30 million to set up a garment factory in"
        " Mirsarai. An agreement to this effect was signed between the Bangladesh Economic Zones"
        " Authority (Beza) and Kelvo Textiles at the Beza office in the capital on Wednesday.",
        "en",
        published="2023-03-02",
    )
    assert named(found, "agreements") == {"Agreement"}
    assert len(named(found, "projects")) == 1
    assert len(about(found, "Agreement", "projects")) == 1
    [event] = [p.plain_value() for p in about(found, "Agreement", "events")]
    assert event["date"]["raw"] == "on Wednesday"


def test_the_sod_cut() -> None:
    found = read(
        "ACCRA, Ghana — President Nana Kelvo on Friday cut the sod for the construction of a"
        " clinker grinding plant at Tema by Norvel Cement Ghana.",
        "en",
        published="2025-02-08",
    )
    assert statuses(found) == {"construction"}
    assert _dates(found, "dates.construction_start") == ["on Friday"]


def test_the_plant_of_a_company_said_by_its_noun_and_an_envoy_s_country() -> None:
    found = read(
        "Le Premier ministre a inauguré samedi l'usine de cajou de la société indienne Norvel"
        " Agro Industries à Bouaké, en présence de l'ambassadeur de l'Inde, Rajiv Kelvan."
    )
    [where] = locations(found)
    assert (where["country"], where["locality"]) == ("CI", "Bouaké")


def test_a_share_s_holder_is_a_partner() -> None:
    found = read(
        "Kelvo Pharma of India will build a $45 million pharmaceutical plant in the Syrdarya"
        " region. The Indian drugmaker will hold a 70 percent stake in the joint venture, with"
        " the remaining 30 percent held by state-owned Uzkelvpharm.",
        "en",
    )
    [plant] = named(found, "projects")
    assert _party_names(found, plant) == {"Kelvo Pharma", "Uzkelvpharm"}


def test_a_country_s_region_and_a_zone_the_plant_stands_in() -> None:
    found = read(
        "Uzbekistan's Kelvan region will host a new cement plant built by China's Norvel"
        " Building Materials Group. The plant will be located in the Tarvaobod industrial zone"
        " and is expected to be launched in the second half of 2026.",
        "en",
        published="2024-11-05",
    )
    assert len(named(found, "projects")) == 1
    [where] = locations(found)
    assert (where["country"], where["region"]) == ("UZ", "Kelvan")
    assert _dates(found, "dates.operation_start") == ["in the second half of 2026"]


def test_waste_to_energy_is_energy() -> None:
    found = read(
        "Kenya signed a deal on Monday with Chinese firm Kelvo Energy Holdings to build a"
        " 35-megawatt waste-to-energy plant in Nairobi's Dandora area.",
        "en",
    )
    assert "Energy" in sector_names(found)


def test_the_vatu_and_coconut_oil() -> None:
    found = read(
        "A Chinese-owned company, Kelvo Pacific Ltd, has opened a VT 500 million coconut oil"
        " mill at Kelvoville, Vanuatu, employing 120 local workers.",
        "en",
    )
    [plant] = named(found, "projects")
    investment = value_of(found, plant, "investment")
    assert (investment["value"], investment["currency"]) == (500_000_000, "VUV")
    assert "Agrifood" in sector_names(found)
    for said, code in (("FJ$5 million", "FJD"), ("20 million kina", "PGK")):
        found = read(f"Norvel will invest {said} in a cement plant at Kelvo.", "en")
        [plant] = named(found, "projects")
        assert value_of(found, plant, "investment")["currency"] == code, said


def test_a_joint_venture_by_its_name() -> None:
    found = read(
        "La coentreprise Kelvo Mauritanie, détenue à 51 % par l'État mauritanien et à 49 % par le"
        " groupe turc Norvel Holding, a lancé lundi à Nouadhibou les travaux de construction"
        " d'une usine de farine de poisson."
    )
    [plant] = named(found, "projects")
    assert _party_names(found, plant) == {"Kelvo Mauritanie", "Norvel Holding"}


def test_the_body_s_first_words_name_the_headline_s_plant() -> None:
    found = read(
        "China's 1st overseas alumina oxide project starts operation\n\nA Chinese-invested"
        " smeltery was officially put into production on Saturday in Kelvang, Indonesia.",
        "en",
    )
    assert named(found, "projects") == {"Smeltery at Kelvang"}
    found = read(
        "L'usine de traitement du latex Kelvo Lào mise en chantier\n\nLa compagnie Kelvo a"
        " lancé mercredi à Pakxe, au Laos, les travaux de son usine de traitement du latex."
    )
    assert named(found, "projects") == {"Usine de traitement du latex Kelvo Lào"}


def test_production_to_start_its_date_between() -> None:
    found = read(
        "La société Kelvo Agro SA va démarrer en juin prochain la production de son usine de"
        " trituration d'arachide d'une capacité de 60.000 tonnes par an.",
        published="2024-02-15",
    )
    assert _dates(found, "dates.operation_start") == ["en juin prochain"]


def test_no_claim_points_at_a_record_no_proposal_names() -> None:
    article = Path(__file__).resolve().parents[2] / "bench" / "extract" / "articles"
    text = (article / "dailynewsegypt-iffco-edfu-2006.txt").read_text("utf-8")
    found = read(text, "en", published="2006-05-15")
    named = {p.new.key for p in found if p.new and p.field in ("name", "title")}
    pointed = {
        key for p in found for key in re.findall(r'"(new:\d+)"', json.dumps(p.to_json()["value"]))
    }
    assert pointed and pointed <= named


def test_an_agreement_s_sector_inside_a_name_is_named() -> None:
    found = read(
        "Un accord de coopération a été signé entre le ministère de l'Industrie pharmaceutique"
        " et le groupe Kelvar."
    )
    [claim] = [p for p in found if p.field == "sectors"]
    [name] = [p for p in found if p.new and p.new.kind == "sectors" and p.field == "name"]
    assert claim.plain_value() == name.new.key


def test_an_english_ministry_s_portfolios_listed_with_commas() -> None:
    found = read(
        "Kelvo Tractor Works and Zimbabwe's Ministry of Lands, Agriculture and Rural"
        " Development have agreed to set up a tractor assembly plant in Harare.",
        "en",
    )
    assert "Ministry of Lands, Agriculture and Rural Development" in orgs(found)
    assert "Agriculture" not in sector_names(found)


def test_the_first_stone_laid_the_town_between() -> None:
    found = read(
        "Le groupe indien Kelvo Steel a posé vendredi à Bobo-Dioulasso la première pierre d'une"
        " usine de fers à béton.",
        published="2024-03-11",
    )
    assert statuses(found) == {"construction"}
    assert _dates(found, "dates.construction_start") == ["vendredi"]


def test_the_foundation_stone_of_the_plant_was_laid() -> None:
    found = read(
        "The foundation stone of the $60 million plant was laid in Kelvagram on Monday by the"
        " Prime Minister.",
        "en",
        published="2024-03-13",
    )
    assert statuses(found) == {"construction"}
    assert _dates(found, "dates.construction_start") == ["on Monday"]


def test_accepting_writes_no_key_of_a_record_nothing_proposed(seeded: Store) -> None:
    text = "Un accord de coopération a été signé entre le ministère du Textile et le groupe Kelvar."
    article = build_source(text, title="t", published="2024-03-05", lang="fr")
    seeded.upsert(article)
    snapshot = seeded.snapshot()
    proposals = [
        p
        for p in propose(article, snapshot)
        if not (p.new is not None and p.new.kind == "sectors")  # as a reader that lost it
    ]
    records, expected = plan(proposals, snapshot, article, proposals)
    assert records and not any("new:" in repr(r) for r in records)
    seeded.upsert_many(records, expected=expected)
    assert not seeded.check()


def test_the_gourde_the_leu_and_plurals() -> None:
    for said, code in (
        ("500 millions de gourdes", "HTG"),
        ("200 millions de lei", "RON"),
        ("5 milliards de tenges", "KZT"),
        ("400 millions de birrs", "ETB"),
    ):
        found = read(f"Norvel va investir {said} dans une cimenterie à Kelvo.")
        [plant] = named(found, "projects")
        assert value_of(found, plant, "investment")["currency"] == code, said
