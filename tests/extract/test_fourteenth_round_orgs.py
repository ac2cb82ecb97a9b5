"""Rules for organisations and people, each general and tested on sentences of its own: a
company described before its name (its nationality, its town "-based", its trade) is named
and given the country the description says; a headline's capitals, a line's end, a verb
after an institution and a description of the company in a title ("directeur général du
constructeur britannique") are read for what they are; titles feminine, joined, of a
shareholder, of a place, or of a peer ("son homologue", no role); names with particles."""

from __future__ import annotations

from typing import Any

from .reading import about, orgs, people, read


def _country(proposals: list[Any], name: str) -> list[Any]:
    return [p.plain_value() for p in about(proposals, name, "country")]


def test_a_trade_and_a_nationality_before_a_name_give_its_country() -> None:
    found = read("South Korean automaker Zentra Motors will build a car plant in Tarvel.", "en")
    assert "Zentra Motors" in orgs(found)
    assert _country(found, "Zentra Motors") == ["KR"]
    found = read(
        "Le fabricant chinois de batteries Zentra Amperex va construire une usine à Tarvel.",
        "fr",
    )
    assert _country(found, "Zentra Amperex") == ["CN"]


def test_a_described_company_apposed_before_its_name() -> None:
    found = read(
        "Un fabricant japonais de pièces d'automobile, Zentra High-tec, va construire une "
        "usine à Tarvel.",
        "fr",
    )
    assert _country(found, "Zentra High-tec") == ["JP"]
    found = read(
        "The Istanbul-based owner of the plant, Zentra Textile, will build a glass factory "
        "in Tarvel.",
        "en",
    )
    assert _country(found, "Zentra Textile") == ["TR"]


def test_a_town_based_company_has_the_towns_country() -> None:
    found = read("German-based Zentra International will build a glass factory in Tarvel.", "en")
    assert _country(found, "Zentra International") == ["DE"]
    found = read("A Shenzhen-based company Zentra Power will build a plant in Tarvel.", "en")
    assert _country(found, "Zentra Power") == ["CN"]


def test_a_description_without_a_nationality_names_no_country() -> None:
    """Guard: a trade alone ("the automaker Zentra") gives no country, nor does a town no
    gazetteer knows ("Tarvel-based")."""
    found = read("The automaker Zentra Motors will build a car plant in Tarvel.", "en")
    assert _country(found, "Zentra Motors") == []
    found = read("Tarvel-based Zentra International will build a glass factory.", "en")
    assert _country(found, "Zentra International") == []


def test_a_title_or_a_plant_after_a_description_is_no_company() -> None:
    """Guard: a title after the description names a person ("its Tarvelian partner, Speaker
    of …"), a project noun after the name makes it a plant's ("Zentra Ceramic factory")."""
    found = read(
        "The plant was opened by its Chinese partner, Speaker of Parliament Ali Zentra.", "en"
    )
    assert "Speaker" not in orgs(found)
    found = read("The Chinese-owned Zentra Ceramic factory in Tarvel was opened.", "en")
    assert "Zentra Ceramic" not in orgs(found)


def test_a_feminine_title_of_a_board_names_the_company_it_heads() -> None:
    found = read(
        "Mei Lanying, présidente du conseil d'administration de Zentra, a signé l'accord pour "
        "l'usine de Tarvel.",
        "fr",
    )
    roles = about(found, "Mei Lanying", "roles")
    assert [next(iter(r.plain_value()["title"].items())) for r in roles] == [
        ("fr", "présidente du conseil d'administration")
    ]
    assert [p.plain_value() for p in about(found, "Zentra", "head")] == ["Mei Lanying"]


def test_a_board_member_without_a_company_names_no_organisation() -> None:
    """Guard: the board alone ("membre du conseil d'administration") is no company's name."""
    found = read(
        "Mei Lanying, membre du conseil d'administration, a signé l'accord pour l'usine de Tarvel.",
        "fr",
    )
    assert not orgs(found)
    found = read(
        "Mei Lanying, membre du Conseil d’administration du complexe, a signé l'accord pour "
        "l'usine de Tarvel.",
        "fr",
    )
    assert not orgs(found)


def test_a_public_company_is_named_by_its_own_name() -> None:
    found = read(
        "L'entreprise publique Zentra de Litio (ZLB) a signé un contrat pour une usine à Tarvel.",
        "fr",
    )
    assert "Zentra de Litio" in orgs(found)
    assert not {o for o in orgs(found) if o.startswith("Entreprise")}


def test_a_national_company_named_by_its_noun_keeps_it() -> None:
    """Guard: a name that is the noun and its complements ("Entreprise nationale du Fer")
    is the whole phrase."""
    found = read(
        "L'Entreprise nationale du Fer et de l'Acier a signé un contrat pour une usine à Tarvel.",
        "fr",
    )
    assert "Entreprise nationale du Fer et de l'Acier" in orgs(found)


def test_a_name_broken_by_a_line_end_is_one_name() -> None:
    found = read(
        "Zentra Group will build a plant in the park managed by the Ministry\nof Economy.", "en"
    )
    assert "Ministry of Economy" in orgs(found)
    assert "Ministry" not in orgs(found)


def test_a_title_cased_headline_names_no_company_by_its_capitals() -> None:
    found = read(
        "Tarvelian Company Gains Resident Status At Zentra Chemical Industrial Park\n"
        "A Turkish company, Zentra Group LLC, has been granted resident status at the park.",
        "en",
    )
    assert "Zentra Group LLC" in orgs(found)
    assert not {"Tarvelian Company", "Gains Resident Status At Zentra Chemical"} & orgs(found)


def test_a_sentence_with_lower_case_words_is_no_headline() -> None:
    """Guard: a sentence of the body names its company by the noun as before."""
    found = read("The plant was opened by Tarvel Steel Company at the park on Monday.", "en")
    assert "Tarvel Steel Company" in orgs(found)


def test_a_trade_before_an_industrial_park_names_the_park() -> None:
    found = read(
        "Zentra Group LLC will build a plant at the Tarvel Chemical Industrial Park.", "en"
    )
    assert "Tarvel Chemical" not in orgs(found)
    assert "Zentra Group LLC" in orgs(found)


def test_an_acronym_and_a_suffixed_company_are_two() -> None:
    found = read(
        "The plant is a joint venture between the ZMC and Tarvel Farmers Fertilizer "
        "Cooperative Ltd. (TFFCO), with a capacity of 1 million tonnes.",
        "en",
    )
    assert "Tarvel Farmers Fertilizer Cooperative Ltd." in orgs(found)
    assert not [o for o in orgs(found) if o.startswith("ZMC and")]


def test_two_words_joined_inside_a_suffixed_name_stay_one() -> None:
    """Guard: "Zentra Chemicals & Industries Ltd" is one company; only an acronym before
    the "and" is another's name."""
    found = read("Zentra Chemicals and Industries Ltd will build a plant in Tarvel.", "en")
    assert "Zentra Chemicals and Industries Ltd" in orgs(found)


def test_a_title_of_the_company_described_is_the_named_companys() -> None:
    found = read(
        "La société Zentra Motors a signé un accord pour une usine à Tarvel. La Slovaquie "
        "est ravie, a déclaré Kurt Zeller, directeur général du constructeur britannique.",
        "fr",
    )
    roles = about(found, "Kurt Zeller", "roles")
    assert [next(iter(r.plain_value()["title"].values())) for r in roles] == ["directeur général"]
    assert [p.plain_value() for p in about(found, "Zentra Motors", "head")] == ["Kurt Zeller"]
    assert _country(found, "Zentra Motors") == ["GB"]


def test_a_title_of_a_company_described_with_no_company_named_has_no_organisation() -> None:
    """Guard: with no company named before, the title says no organisation of its own."""
    found = read(
        "Une usine sera construite à Tarvel, a déclaré Kurt Zeller, directeur général du "
        "constructeur britannique.",
        "fr",
    )
    assert not orgs(found)


def test_an_unnamed_foreign_company_is_not_the_public_company_named_next() -> None:
    found = read(
        "Le pays a signé un contrat avec une société chinoise pour une usine, a annoncé "
        "l'entreprise publique Zentra de Litio (ZLB).",
        "fr",
    )
    assert _country(found, "Zentra de Litio") == []


def test_two_titles_joined_are_one_role() -> None:
    found = read(
        "L'usine de Tarvel a été annoncée par le fondateur et président de Zentra, Mei Lanying.",
        "fr",
    )
    titles = [
        next(iter(r.plain_value()["title"].values())) for r in about(found, "Mei Lanying", "roles")
    ]
    assert titles == ["fondateur et président de Zentra"]
    found = read("The plant was opened by Zentra's chief executive and chairman Li Wei.", "en")
    titles = [
        next(iter(r.plain_value()["title"].values())) for r in about(found, "Li Wei", "roles")
    ]
    assert titles == ["chief executive and chairman"]


def test_a_title_after_another_persons_name_and_et_is_alone() -> None:
    """Guard: "le ministre X et le président Y": the "et" joins two people, not two titles."""
    found = read(
        "L'usine a été ouverte par le ministre Ali Zentra et le président Mei Lanying.", "fr"
    )
    titles = [
        next(iter(r.plain_value()["title"].values())) for r in about(found, "Mei Lanying", "roles")
    ]
    assert titles == ["président"]


def test_a_manager_of_a_plant_is_a_title() -> None:
    found = read(
        "Manager of the factory, Kebede Alemu said the plant in Tarvel will export shirts.", "en"
    )
    titles = [
        next(iter(r.plain_value()["title"].values())) for r in about(found, "Kebede Alemu", "roles")
    ]
    assert titles == ["Manager of the factory"]


def test_a_nationality_with_its_point_of_the_compass_describes_partners() -> None:
    found = read(
        "Le consortium comprend les partenaires sud-coréens Zentra BM et Tarvel On Co Ltd, "
        "selon le communiqué.",
        "fr",
    )
    assert _country(found, "Zentra BM") == ["KR"]
    assert _country(found, "Tarvel On Co Ltd") == ["KR"]


def test_a_singular_description_is_the_first_companys_only() -> None:
    """Guard: "le fabricant chinois X et Y": the description says X's country, not Y's."""
    found = read(
        "Le fabricant chinois Zentra Power et Tarvel On Co Ltd vont construire une usine.", "fr"
    )
    assert _country(found, "Zentra Power") == ["CN"]
    assert _country(found, "Tarvel On Co Ltd") == []


def test_a_company_said_to_be_of_a_nationality_has_its_country() -> None:
    found = read("Zentra Glass (Pty) Ltd is a Namibian company that will build a plant.", "en")
    assert _country(found, "Zentra Glass (Pty) Ltd") == ["NA"]
    found = read("Zentra Glass (Pty) Ltd is a leading company in Tarvel.", "en")
    assert _country(found, "Zentra Glass (Pty) Ltd") == []


def test_a_shareholder_of_a_company_is_a_title() -> None:
    found = read(
        "Pour sa part, Amadou Zentra, actionnaire à Tarvelia, a assuré que le partenariat "
        "illustre la volonté du groupe.",
        "fr",
    )
    roles = [r.plain_value() for r in about(found, "Amadou Zentra", "roles")]
    assert [next(iter(r["title"].values())) for r in roles] == ["actionnaire à Tarvelia"]
    assert not about(found, "Tarvelia", "head")


def test_a_secretariat_is_a_government_body() -> None:
    found = read(
        "Zentra Motors has inaugurated a new plant in Tarvel, the Economy Secretariat said.",
        "en",
    )
    assert "Economy Secretariat" in orgs(found)
    found = read("The plant was opened in Tarvel, the Secretariat said.", "en")
    assert "Secretariat" not in orgs(found)


def test_a_verb_after_an_institutions_name_is_no_word_of_it() -> None:
    found = read(
        "Le Fonds tarvelien de développement industriel finance le projet à hauteur de "
        "cinq millions de dollars.",
        "fr",
    )
    assert "Fonds tarvelien de développement industriel" in orgs(found)


def test_a_public_fund_is_named_with_its_adjective() -> None:
    found = read("L'usine est soutenue par le Fonds public d'investissement(ZIF).", "fr")
    assert "Fonds public d'investissement" in orgs(found)


def test_an_adjective_before_a_comma_stays_in_the_name() -> None:
    """Guard: an adjective followed by a pause, not an object, is the name's."""
    found = read("L'Agence nationale, la Banque et Zentra ont signé un accord.", "fr")
    assert "Agence nationale" in orgs(found)
    found = read(
        "Un mémorandum entre l'Agence nationale des produits pharmaceutiques et Zentra a été "
        "signé.",
        "fr",
    )
    assert "Agence nationale des produits pharmaceutiques" in orgs(found)


def test_a_demonym_of_a_stan_country_is_a_nationality() -> None:
    found = read("The Tarvel plant was opened by Turkmen President Berdi Zentrov.", "en")
    assert "Turkmen" not in orgs(found)
    found = read(
        "The Tarvel plant was opened by Kyrgyz First Vice Prime Minister Tayir Zentrov.", "en"
    )
    roles = about(found, "Tayir Zentrov", "roles")
    titles = [next(iter(r.plain_value()["title"].values())) for r in roles]
    assert titles == ["Kyrgyz First Vice Prime Minister"]  # GOLD.md rule 1


def test_a_short_stem_of_a_stan_country_is_no_demonym() -> None:
    """Guard: "Pakistan" gives no "Pak"; the country's name itself is no adjective."""
    found = read("The Pak Zentra Group will build a plant in Tarvel.", "en")
    assert not _country(found, "Pak Zentra Group")


def test_a_title_of_the_group_before_a_name_is_the_named_groups() -> None:
    found = read(
        "Le groupe Zentra Cement va construire une cimenterie à Tarvel, a annoncé le "
        "président du Groupe, Alhaji Bello Zentra.",
        "fr",
    )
    roles = [r.plain_value() for r in about(found, "Bello Zentra", "roles")]
    assert [next(iter(r["title"].values())) for r in roles] == ["président"]
    assert [p.plain_value() for p in about(found, "Zentra Cement", "head")] == ["Bello Zentra"]


def test_a_counterpart_is_no_role() -> None:
    found = read(
        "The agreement was signed by the minister and his Tarvelian counterpart Tarek Zentra.",
        "en",
    )
    assert not about(found, "Tarek Zentra", "roles")
    found = read(
        "L'accord a été signé par le PDG de Zentra, et son homologue chinois de la société "
        "Tarvel, Chen Zentrao.",
        "fr",
    )
    assert not about(found, "Chen Zentrao", "roles")


def test_a_title_after_a_counterpart_is_a_role() -> None:
    """Guard: a person's own title beside the word stays ("le ministre Ali Zentra")."""
    found = read("L'accord a été signé par le ministre Ali Zentra et son homologue.", "fr")
    assert about(found, "Ali Zentra", "roles")


def test_a_portuguese_particle_is_part_of_a_name() -> None:
    found = read("L'usine a été inaugurée par le président brésilien Luiz Zentra da Silvano.", "fr")
    assert "Luiz Zentra da Silvano" in people(found)


def test_a_french_de_after_a_name_is_no_particle() -> None:
    """Guard: "de" after a name opens a company's, not a surname ("X de Zentra")."""
    found = read("L'usine a été inaugurée par le directeur Kurt Zeller de Zentra Motors.", "fr")
    assert "Kurt Zeller" in people(found)


def test_lower_case_particles_do_not_count_in_a_names_length() -> None:
    found = read(
        "The plant was inaugurated by Mohammed bin Salim al Zentri, Minister of Environment "
        "and Climate Affairs.",
        "en",
    )
    assert "Mohammed bin Salim al Zentri" in people(found)
    found = read(
        "The foundation laying was done under the auspices of Ali bin Salim al Zentri, "
        "Minister of Environment.",
        "en",
    )
    assert "Ali bin Salim al Zentri" in people(found)


def test_a_title_after_a_name_may_open_with_its_place() -> None:
    found = read("The factory was opened by Wavinya Zentri, Tarvel County governor.", "en")
    titles = [
        next(iter(r.plain_value()["title"].values()))
        for r in about(found, "Wavinya Zentri", "roles")
    ]
    assert titles == ["Tarvel County governor"]


def test_a_title_after_a_name_with_other_words_before_it_is_no_title() -> None:
    """Guard: "X, whose brother is governor": words that are no place nor rank."""
    found = read("The factory was opened by Wavinya Zentri, whose brother governor.", "en")
    assert not about(found, "Wavinya Zentri", "roles")


def test_a_country_said_before_and_is_the_other_partys() -> None:
    found = read(
        "La zone est le fruit d'un partenariat entre l'Etat gabonais et le groupe Zentra "
        "international.",
        "fr",
    )
    assert _country(found, "Zentra international") == []
    found = read("La zone est le fruit d'un partenariat avec le groupe chinois Zentra.", "fr")
    assert _country(found, "Zentra") == ["CN"]


def test_a_name_spelled_whole_by_its_acronym_in_any_case_is_a_company() -> None:
    found = read(
        "Zentra Ciment Côte d’Ivoire (Zcci), l’entreprise qui a construit l'usine, a signé.",
        "fr",
    )
    assert "Zentra Ciment Côte d’Ivoire" in orgs(found)


def test_a_lower_case_word_in_brackets_that_spells_part_is_no_acronym() -> None:
    """Guard: an acronym that spells only some words, in lower case, names nothing."""
    found = read("Zentra Ciment Côte d’Ivoire (Zc) a construit l'usine.", "fr")
    assert "Zentra Ciment Côte d’Ivoire" not in orgs(found)


def test_the_head_said_bare_is_of_the_company_named_by_its_acronym() -> None:
    found = read(
        "Zentra Ciment Tarvel (Zct), l’entreprise sino-tarvelienne, prévoit une production "
        "de ciment. A en croire le directeur général, M. Ma, l’entreprise va créer 160 emplois.",
        "fr",
    )
    assert [p.plain_value() for p in about(found, "Zentra Ciment Tarvel", "head")] == ["Ma"]


def test_a_country_s_possessive_after_which_is_gives_a_company_its_country() -> None:
    found = read(
        "Zentra Nitrite Limited, which is India’s one of the leading chemical makers, will "
        "build a plant in Tarvel.",
        "en",
    )
    assert _country(found, "Zentra Nitrite Limited") == ["IN"]
    found = read(
        "Zentra Nitrite Limited, which is Tarvel’s leading chemical maker, will build a plant.",
        "en",
    )
    assert _country(found, "Zentra Nitrite Limited") == []
