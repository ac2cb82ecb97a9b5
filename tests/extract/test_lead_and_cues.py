"""Reading rules of the second round: facts the lead states before a project is named,
status cues, English titles and companies, which words make no record, the countries a
record is between and where it is, dates said far from their cue."""

from __future__ import annotations

from typing import Any

from .reading import about, read


def new_names(proposals: list[Any], kind: str) -> set[str]:
    return {p.new.name for p in proposals if p.new and p.new.kind == kind}


# -- the lead ------------------------------------------------------------------------


def test_facts_of_the_lead_go_to_the_first_project_named_after_it() -> None:
    proposals = read(
        "The joint venture has started producing tractors at Amethi in Uttar Pradesh. "
        "The company said the Korwa Tractor Factory employs local workers.",
        lang="en",
    )
    (status,) = about(proposals, "Korwa Tractor Factory", "status")
    assert (status.value, status.quote) == ("operating", "has started producing")
    (location,) = about(proposals, "Korwa Tractor Factory", "location")
    assert location.value.locality == "Amethi"


def test_once_a_project_is_named_the_lead_waits_no_more() -> None:
    proposals = read(
        "L’usine de ciment de Saïda a été inaugurée hier. Le complexe de verre de Mostaganem "
        "sera construit plus tard."
    )
    assert about(proposals, "Usine de ciment de Saïda", "status")
    later = [p.value for p in about(proposals, "Complexe de verre de Mostaganem", "status")]
    assert "operating" not in later  # its own "sera construit" is an announcement


# -- status cues ---------------------------------------------------------------------


def test_english_and_french_progress_cues_say_construction() -> None:
    for text, lang in (
        ("The Aswan cement plant has begun construction of its second kiln.", "en"),
        ("The Aswan cement plant is 60% complete, the company said.", "en"),
        ("L’usine de ciment de Saïda connait un taux d’avancement de 40 %.", "fr"),
    ):
        statuses = [p for p in read(text, lang) if p.field == "status"]
        assert [p.value for p in statuses] == ["construction"], text


def test_a_plant_put_in_service_or_commissioned_is_operating() -> None:
    for text, lang in (
        ("L’usine de ciment de Saïda a été mise en service en janvier 2024.", "fr"),
        ("The Aswan cement plant was commissioned in January 2024.", "en"),
    ):
        (status,) = [p for p in read(text, lang) if p.field == "status"]
        assert status.value == "operating", text


def test_an_agreement_concluded_is_signed_with_its_date() -> None:
    proposals = read(
        "The project rests on an intergovernmental agreement on cement production "
        "concluded between Russia and Egypt on May 12, 2010.",
        lang="en",
    )
    agreement = next(p.new.name for p in proposals if p.field == "title")
    (status,) = about(proposals, agreement, "status")
    assert status.value == "signed"
    (event,) = about(proposals, agreement, "events")
    assert event.value.date.earliest == "2010-05-12"


# -- people and companies in English -------------------------------------------------


def test_the_name_after_an_english_title_is_the_person() -> None:
    proposals = read(
        "Energy and Natural Resources Minister Fatih Kaya and the governor of Jijel "
        "Bedrici Ali visited the site.",
        lang="en",
    )
    assert new_names(proposals, "people") == {"Fatih Kaya", "Bedrici Ali"}
    titles = {p.value.title["en"] for p in proposals if p.field == "roles"}
    assert titles == {"Energy and Natural Resources Minister", "governor of Jijel"}


def test_a_company_before_a_heads_title_is_the_company() -> None:
    proposals = read("Gazprom CEO Alexei Miller attended the ceremony.", lang="en")
    (role,) = [p for p in proposals if p.field == "roles"]
    assert role.value.title == {"en": "CEO"}
    company = next(p for p in proposals if p.new and p.new.kind == "orgs")
    assert company.new.name == "Gazprom" and role.value.org == company.new.key
    (head,) = [p for p in proposals if p.field == "head"]
    assert head.value == "Alexei Miller"


def test_english_companies_said_by_their_kind() -> None:
    proposals = read(
        "Russian nuclear state corporation Rosatom is the majority shareholder of the "
        "Akkuyu Nukleer company.",
        lang="en",
    )
    assert {"Rosatom", "Akkuyu Nukleer"} <= new_names(proposals, "orgs")
    (country,) = [p for p in proposals if p.field == "country"]
    assert country.value == "RU" and country.quote.startswith("Russian")


# -- what makes no record ------------------------------------------------------------


def test_a_products_customers_and_a_titles_words_are_no_project() -> None:
    proposals = read(
        "Les produits de l’usine de laminage de Bellara sont destinés aux usines de "
        "production de tubes, a indiqué Ali Saidi, directeur du complexe sidérurgique."
    )
    assert new_names(proposals, "projects") == {"Usine de laminage de Bellara"}


def test_what_a_named_project_is_makes_no_second_record() -> None:
    proposals = read(
        "The Aswan cement plant will open in 2026. Aswan is the first cement plant under "
        "construction in the region.",
        lang="en",
    )
    assert new_names(proposals, "projects") == {"Aswan cement plant"}


def test_an_npp_is_a_nuclear_power_plant() -> None:
    proposals = read(
        "Construction of the Rooppur NPP continues. The Rooppur nuclear power plant will "
        "have two units.",
        lang="en",
    )
    assert len(new_names(proposals, "projects")) == 1


def test_a_name_a_party_and_a_sector_name_said_again_are_proposed_once() -> None:
    proposals = read(
        "La société Cosider réalise l’usine d’acier de Bellara. Cosider livrera l’usine "
        "d’acier de Bellara en 2026. L’acier produit sera exporté."
    )
    project = "Usine d’acier de Bellara"
    assert len(about(proposals, project, "name")) == 1
    assert len(about(proposals, project, "parties")) == 1
    sector_names = [p for p in proposals if p.new and p.new.kind == "sectors"]
    assert len([p for p in sector_names if p.field == "name"]) == 1


def test_an_agreement_beside_a_project_takes_no_sector() -> None:
    proposals = read(
        "Un accord a été signé pour l’usine d’acier de Bellara, qui produira de l’acier."
    )
    agreements = [p for p in proposals if p.new and p.new.kind == "agreements"]
    assert agreements and not [p for p in agreements if p.field == "sectors"]


# -- countries and places ------------------------------------------------------------


def test_the_pair_of_countries_is_quoted_where_the_article_says_between() -> None:
    text = (
        "Russian engineers build the Aswan cement plant in Egypt. The plant is the "
        "largest project between Russia and Egypt."
    )
    (countries,) = [p for p in read(text, "en") if p.field == "countries"]
    assert countries.value == ["EG", "RU"]
    assert countries.quote == "between Russia and Egypt"


def test_a_project_in_a_country_is_located_there_when_no_place_is_nearer() -> None:
    proposals = read("Work began on the Nile cement plant in Egypt last year.", lang="en")
    (location,) = [p for p in proposals if p.field == "location"]
    assert location.value.country == "EG" and location.quote.endswith("in Egypt")
    proposals = read("Une usine de lait infantile en Algérie sera bâtie à Naâma.")
    (location,) = [p for p in proposals if p.field == "location"]
    assert (location.value.region, location.quote) == ("Naama", "Naâma")


def test_a_date_said_at_the_head_of_the_sentence_goes_with_its_cue() -> None:
    proposals = read(
        "Fin novembre 2023, le président de la République a donné, à Tindouf, le coup "
        "d’envoi de l’usine de traitement du minerai de Gara Djebilet."
    )
    (date,) = [p for p in proposals if p.field == "dates.construction_start"]
    # (the month's last ten days: GOLD.md rule 22)
    assert (date.value.earliest, date.value.latest) == ("2023-11-21", "2023-11-30")


def test_a_date_said_after_the_cue_far_off_is_not_taken() -> None:
    proposals = read(
        "The Aswan cement plant has started producing clinker for the local market, a "
        "press release from the company stated on January 17.",
        lang="en",
        published="2023-01-17",
    )
    assert not [p for p in proposals if p.field.startswith("dates.")]


# -- figures -------------------------------------------------------------------------


def test_a_range_is_its_bounds() -> None:
    from bilat.store.extract.figures import figures_in
    from bilat.store.extract.segment import folded

    for text, field, low, high in (
        ("une capacité de 2 à 3 millions de tonnes/an", "capacity", 2_000_000, 3_000_000),
        ("la création de 4.500 à 5.000 postes", "jobs", 4500, 5000),
        ("between 300 and 400 jobs will be created", "jobs", 300, 400),
    ):
        (figure,) = figures_in(text, folded(text), 0, len(text))
        assert figure.field == field, text
        assert (figure.value.value, figure.value.min, figure.value.max) == (None, low, high)
        assert text[figure.start : figure.end].split()[0] in ("de", "between")


def test_a_year_before_a_figure_is_no_lower_bound() -> None:
    from bilat.store.extract.figures import figures_in
    from bilat.store.extract.segment import folded

    text = "l'usine créera d'ici 2025 - 2500 emplois directs"
    (figure,) = figures_in(text, folded(text), 0, len(text))
    assert (figure.value.value, figure.value.min, figure.value.max) == (2500, None, None)


def test_energy_a_year_in_kilowatt_hours() -> None:
    proposals = read(
        "The Aswan power plant will generate about 35 billion kilowatt-hours per year.", "en"
    )
    (capacity,) = [p for p in proposals if p.field == "capacity"]
    assert (capacity.value.value, capacity.value.unit) == (35_000_000_000, "kWh/yr")


def test_posts_of_control_are_no_jobs() -> None:
    proposals = read("L’usine de ciment de Saïda compte 3 postes de contrôle.")
    assert not [p for p in proposals if p.field == "jobs"]


def test_a_title_of_several_words_and_an_acronym_ends_before_the_name() -> None:
    proposals = read(
        "Minister of Industry and Mines Abdeslam Bouchouareb met the Chairman of Algerian "
        "Qatar Board Solb (AQS) Hasnaoui Chiboub.",
        lang="en",
    )
    assert new_names(proposals, "people") == {"Abdeslam Bouchouareb", "Hasnaoui Chiboub"}
    titles = {p.value.title["en"] for p in proposals if p.field == "roles"}
    assert "Minister of Industry and Mines" in titles


def test_a_headline_gives_the_first_project_no_place() -> None:
    proposals = read(
        "Le gisement de Gara Djebilet, un atout pour l’Algérie\n"
        "Le président a donné, à Tindouf, le coup d’envoi. Il s’agit de l’usine de "
        "traitement du minerai de fer."
    )
    (location,) = [p for p in proposals if p.field == "location"]
    assert (location.value.region, location.quote) == ("Tindouf", "Tindouf")


def test_new_jobs_said_as_postes_nouveaux_emplois_directs() -> None:
    proposals = read("L’usine de Bellara créera 2500 postes nouveaux emplois  directs.")
    (jobs,) = [p for p in proposals if p.field == "jobs"]
    assert (jobs.value.value, jobs.value.job_type) == (2500, "direct")


def test_a_joint_venture_named_after_two_countries_has_no_country() -> None:
    proposals = read("The Algerian Qatar Steel company will build the Bellara steel plant.", "en")
    assert "Algerian Qatar Steel" in new_names(proposals, "orgs")
    assert not [p for p in proposals if p.field == "country"]


def test_parties_agreed_to_sign_is_a_proposed_agreement() -> None:
    for text, lang in (
        ("Les deux parties sont convenues de signer un mémorandum d’entente en mars.", "fr"),
        ("The two sides agreed to sign a memorandum of understanding in March.", "en"),
    ):
        statuses = [p.value for p in read(text, lang) if p.field == "status"]
        assert statuses == ["proposed"], text


def test_an_organisation_spelled_out_before_its_acronym_and_named_by_it_later() -> None:
    proposals = read(
        "Chairman of Algerian Qatar Board Solb (AQS) Hasnaoui Chiboub signed. The CEO of "
        "AQS Abou-El Ainain attended.",
        lang="en",
    )
    assert new_names(proposals, "orgs") == {"Algerian Qatar Board Solb"}
    (acronym,) = [p for p in proposals if p.field == "acronym"]
    assert acronym.value == "AQS"
    assert not [p for p in proposals if p.field == "name" and p.quote == "AQS"]
    assert "Abou-El Ainain" in new_names(proposals, "people")


def test_a_hyphened_region_is_no_person() -> None:
    proposals = read(
        "Samir Cherfan, directeur de la région Moyen-Orient Afrique, a visité l’usine."
    )
    assert new_names(proposals, "people") == {"Samir Cherfan"}


def test_what_the_headline_and_the_body_both_say_is_quoted_from_the_body() -> None:
    text = (
        "Projet sidérurgique de Bellara : le chantier avance\n"
        "Le projet sidérurgique de Bellara (Jijel) emploiera 2.000 personnes."
    )
    proposals = read(text)
    body = text.index("\n")
    (name,) = [p for p in proposals if p.field == "name" and p.new.kind == "projects"]
    (location,) = [p for p in proposals if p.field == "location"]
    assert name.start > body and location.start > body
    assert location.value.locality == "Bellara"


def test_a_title_may_name_a_company_in_quotes() -> None:
    proposals = read(
        "Il a reçu le conseiller du Conseil d’administration (CA) de la société qatarie "
        "« Baladna », Ali El-Ali."
    )
    assert "Ali El-Ali" in new_names(proposals, "people")
    (role,) = [p for p in proposals if p.field == "roles"]
    assert role.value.title["fr"].startswith("conseiller du Conseil")


def test_a_signing_agreed_before_the_end_of_the_month_is_a_planned_event() -> None:
    proposals = read(
        "Les deux parties sont convenues de signer un mémorandum d’entente, avant la fin "
        "du mois en cours, pour l’usine de lait de Baladna.",
        published="2023-03-10",
    )
    (event,) = [p for p in proposals if p.field == "events"]
    assert event.value.type == "signed"
    date = event.value.date
    assert (date.earliest, date.latest, date.planned) == (None, "2023-03-31", True)
