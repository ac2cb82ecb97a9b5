"""Rules for organisations, people and dates, round sixteen, part orgs16c; each general in
form and tested on sentences of its own (none taken from the evaluation set):

- a sentence's opening adverb ("Meanwhile", "However", "Toutefois") is no word of the
  company's or the person's name after it;
- a negation's or a reflexive's particle after an institution's name opens a verb, no word
  of the name ("le Conseil des ministres ne précise pas", "l'Agence … se félicite");
- a company noun capitalised after its article ("Le Groupe X", "La Société X") is a cue
  for the name after it all the same, not a name's last words;
- a company's name that opens with its article ("la société Les Moulins du X") is the
  article's noun phrase, its complements with their capitals included;
- two English bodies' names joined by "and", the first ending in a body's noun ("the X
  Regional Administration and Y Holding"), are two bodies; a ministry's portfolios joined
  by "and" ("Ministry of Trade and Industry") stay one;
- a human noun after an elided article ("l'entrepreneur nigérien X"), or after another
  noun ("un promoteur entrepreneur mauritanien X"), says a person as it does after "le";
  what it says, with the nationality after it, is the person's title when none other is;
- a plant "réceptionnée" on a day was completed that day; "le délai d'exécution des
  travaux" says how long the works last, so when they end ("… est estimé à 28 mois");
- a plural description with a nationality before two names joined by "and" ("Uzbek
  companies X and Y Association", "two Korean firms X and Y") says both companies and
  whose both are; after "between", a third name after ", and" is the pair's other side,
  a company the description is not said of;
- a French company noun capitalised after a title ("le président de la Société X") opens
  no person's name;
- an institution's capitalised adjectives joined by "et" ("Société Nationale Industrielle
  et Minière") are one name, two names joined by "et" stay two; "Société Nationale"
  capitalised is a word of the name, not a noun before it ("l'entreprise publique X" is);
  what an acronym in brackets is, in lower case after a hyphen ("(SNIM-publique)"), is no
  part of it;
- a public body's country said after its acronym ("the Board of Investment (BOI) of
  Kelta") ends its name, and gives its country; an acronym in brackets names a body said
  after "a" ("as a Board of Investment (BOI) venture"); a company's country said after
  "of" stays no part of its name ("Kelta Steel of China");
- a name that ends in a building's or a venue's noun ("the EXPO Congress Center", "Kelta
  Palace Hotel") is no person's, whatever title comes before it; nor is one that ends in
  a place's noun ("in Tarvel Province", "Kelta Automotive City");
- "l'Autorité de la Zone Franche de X", with its capital, is a public body, its
  complements its name's; "les autorités" in lower case are none;
- the name after a title "of" a company's noun ("fondatrice de la banque X", "chairman of
  the bank X") is the company's, no person's;
- a company noun, its own words, then a pause ("la société camerounaise porteuse du
  projet, X a finalisé …"): the name after the pause is the sentence's subject, not the
  company's name ("la société chinoise, X", a nationality alone before the pause, still is);
- "put it into operation in …" and "at the start of production in …" date a plant's
  operation's start;
- a vague word of the past ("recently inaugurated") yields a plant's date to a date the
  calendar names said after it ("… the start of production in May 2025");
- "les travaux prendront fin au …" dates the works' end; "la production de X démarrera
  en …" the output's start ("cette unité de production … débutera", the plant's building,
  does not);
- before the French plural scale ("27,118 millions d'euros") a comma is the decimal
  mark; before the English singular ("1,500 million dollars") it groups thousands;
- a sum restated in a currency the counted things' list lacks ("soit 9,5 milliards
  d'ouguiyas") is no capacity;
- "un pacte d'association" signed "entre X et Y" is an agreement, X and Y its parties;
- a body's noun said alone ("the ministry said", "“Organization of the production of …”")
  names no body.

Each test failed with the reader as it was before its rule, except the guards, which say
where a rule stops."""

from __future__ import annotations

from typing import Any

from .reading import about, orgs, people, read, role_titles


def test_a_sentence_s_opening_adverb_is_no_word_of_a_name() -> None:
    found = read("Meanwhile Zentrix Devices CEO, Arlo Venner stated that sales grew.", "en")
    assert orgs(found) == {"Zentrix Devices"}
    found = read("Meanwhile Zentrix Devices Ltd opened a second plant in Tarvel.", "en")
    assert orgs(found) == {"Zentrix Devices Ltd"}
    found = read("Meanwhile Arlo Venner, chairman of Zentrix Devices Ltd, said sales grew.", "en")
    assert people(found) == {"Arlo Venner"}


def test_a_verb_s_particle_ends_an_institution_s_name() -> None:
    found = read("Le communiqué du Conseil des Ministres ne précise pas le montant.", "fr")
    assert orgs(found) == {"Conseil des Ministres"}
    found = read("L'Agence nationale des mines se félicite de cet accord.", "fr")
    assert orgs(found) == {"Agence nationale des mines"}


def test_a_capitalised_company_noun_after_its_article_names_the_company_after_it() -> None:
    found = read("Le Groupe NORVELCO, leader mondial des conserves, a signé un accord.", "fr")
    assert orgs(found) == {"NORVELCO"}
    found = read("Un accord a été signé avec La Société Keltamar à Tarvel.", "fr")
    assert "Keltamar" in orgs(found)


def test_a_name_s_last_words_before_a_person_name_no_company_still() -> None:
    found = read("Vice President of Orlan Steel Group Chen Bo spoke at the site.", "en")
    assert "Chen Bo" not in orgs(found)


def test_a_company_name_opening_with_its_article_runs_over_its_complements() -> None:
    found = read("La Société Les Moulins du Tarvel va construire une usine à Kelta.", "fr")
    assert orgs(found) == {"Les Moulins du Tarvel"}
    found = read("Le groupe La Norvelaise des Eaux a signé un accord.", "fr")
    assert orgs(found) == {"La Norvelaise des Eaux"}


def test_two_bodies_joined_by_and_the_first_ending_in_a_body_s_noun_are_two() -> None:
    found = read(
        "The agreement was signed between the Tarvel Regional Administration and Norvel "
        "Holding, a Turkish company.",
        "en",
    )
    assert orgs(found) == {"Tarvel Regional Administration", "Norvel Holding"}
    found = read("It was built by Kelta Steel Company and Norvel Group.", "en")
    assert orgs(found) == {"Kelta Steel Company", "Norvel Group"}


def test_a_ministry_s_portfolios_joined_by_and_stay_one_name() -> None:
    found = read("The Ministry of Trade and Industry said the plant would open.", "en")
    assert orgs(found) == {"Ministry of Trade and Industry"}


def test_a_human_noun_after_an_elided_article_says_a_person_and_a_title() -> None:
    found = read("Le projet a été présenté par l'entrepreneur nigérien Idi Moussa KARBO.", "fr")
    assert people(found) == {"Idi Moussa KARBO"}
    assert role_titles(found, "Idi Moussa KARBO") == ["entrepreneur nigérien"]
    found = read(
        "Le projet est porté par un promoteur entrepreneur mauritanien Sidi Ahmed Ould Bechir.",
        "fr",
    )
    assert role_titles(found, "Sidi Ahmed Ould Bechir") == ["promoteur entrepreneur mauritanien"]


def _country(proposals: list[Any], name: str) -> list[Any]:
    return [p.plain_value() for p in about(proposals, name, "country")]


def _dates(proposals: list[Any], field: str) -> list[str]:
    return [p.plain_value()["raw"] for p in proposals if p.field == field]


def test_a_plant_received_on_a_day_was_completed_that_day() -> None:
    found = read(
        "La cimenterie de Tarvel a été construite par Norvel. Elle avait été réceptionnée "
        "depuis le 20 mars 2019 par le ministre.",
        "fr",
    )
    assert _dates(found, "dates.completion") == ["le 20 mars 2019"]


def test_the_works_time_limit_says_when_they_end() -> None:
    found = read(
        "La cimenterie de Tarvel sera construite par Norvel. Le délai d'exécution des "
        "travaux est estimé à 28 mois.",
        "fr",
    )
    assert _dates(found, "dates.completion") == ["à 28 mois"]


def test_a_plural_description_before_two_names_says_both_and_whose_they_are() -> None:
    found = read(
        "A memorandum was signed between Uzbek companies Norvelpark and Kelteks Association "
        "on May 9.",
        "en",
    )
    assert orgs(found) == {"Norvelpark", "Kelteks Association"}
    assert _country(found, "Kelteks Association") == ["UZ"]
    found = read("Two Korean firms Norvel and Kelta Motors will build the plant.", "en")
    assert _country(found, "Norvel") == ["KR"]
    assert _country(found, "Kelta Motors") == ["KR"]


def test_a_company_noun_after_a_title_opens_no_person_s_name() -> None:
    found = read("Le président de la Société Norvel a signé la convention.", "fr")
    assert people(found) == set()
    assert "Norvel" in orgs(found)
    found = read("Le directeur de l'Entreprise Kelta Tarvo a signé la convention.", "fr")
    assert people(found) == set()


def test_capitalised_adjectives_joined_by_et_are_one_institution_s_name() -> None:
    found = read(
        "Le gypse est livré par la Société Nationale Industrielle et Minière à Tarvel.", "fr"
    )
    assert orgs(found) == {"Société Nationale Industrielle et Minière"}


def test_two_names_joined_by_et_stay_two() -> None:
    found = read("Le Fonds Tarvel et Norvel Group ont signé un accord.", "fr")
    assert "Fonds Tarvel" in orgs(found)
    found = read("Le projet est mené par l'entreprise publique YLB et Norvel Group.", "fr")
    assert "YLB" in orgs(found)


def test_an_acronym_s_lower_case_qualifier_is_no_part_of_it() -> None:
    found = read(
        "Le gypse est livré par une filiale de la Société Nationale Industrielle et Minière "
        "(SNIM-publique), à Tarvel.",
        "fr",
    )
    acronyms = [p.plain_value() for p in found if p.field == "acronym"]
    assert acronyms == ["SNIM"]


def test_a_body_s_country_after_its_acronym_ends_its_name() -> None:
    found = read(
        "Established as a Board of Investment (BOI) of Sri Lanka venture, the plant will "
        "employ 300 people.",
        "en",
    )
    assert orgs(found) == {"Board of Investment of Sri Lanka"}
    assert _country(found, "Board of Investment of Sri Lanka") == ["LK"]
    acronyms = [p.plain_value() for p in found if p.field == "acronym"]
    assert acronyms == ["BOI"]


def test_a_company_s_country_after_of_is_no_part_of_its_name() -> None:
    found = read("Kelta Steel of China will build the plant in Tarvel.", "en")
    assert orgs(found) == {"Kelta Steel"}
    assert _country(found, "Kelta Steel") == ["CN"]


def test_a_venue_s_name_is_no_person_s() -> None:
    found = read(
        "The memorandum was signed by Arlo Venner, CEO at Norvel Holding at the EXPO Congress "
        "Center in Tarvel.",
        "en",
    )
    assert people(found) == {"Arlo Venner"}
    found = read("The minister met the investors at the Kelta Palace Hotel in Tarvel.", "en")
    assert people(found) == set()


def test_an_authority_with_its_capital_is_a_public_body() -> None:
    found = read(
        "Le groupe Norvel a signé avec l'Autorité de la Zone Franche de Tarvel un protocole "
        "d'accord.",
        "fr",
    )
    assert "Autorité de la Zone Franche de Tarvel" in orgs(found)
    found = read("Les autorités de la Zone franche de Tarvel ont signé le protocole.", "fr")
    assert orgs(found) == set()


def test_the_name_after_a_title_of_a_company_noun_is_no_person_s() -> None:
    found = read(
        "Le projet est porté par Arlo Venner, importateur et président-fondateur de la "
        "banque Kelta Financial Credit.",
        "fr",
    )
    assert "Kelta Financial Credit" not in people(found)
    found = read("The plant was opened by the chairman of the bank Kelta Trust Finance.", "en")
    assert "Kelta Trust Finance" not in people(found)


def test_a_name_after_a_company_noun_s_words_and_a_pause_is_not_the_company_s() -> None:
    found = read(
        "Le projet est mené par la société camerounaise porteuse du projet, Arlo Venner a "
        "finalisé l'accord.",
        "fr",
    )
    assert "Arlo Venner" not in orgs(found)
    found = read("La société chinoise, Keltagen, va construire l'usine de Tarvel.", "fr")
    assert "Keltagen" in orgs(found)


def test_a_place_s_name_after_a_title_and_a_name_is_no_person_s() -> None:
    found = read(
        "The plant was opened by its owner Arlo Venner in Tarvel Province last week.", "en"
    )
    assert people(found) == {"Arlo Venner"}


def test_put_into_operation_and_the_start_of_production_date_its_operation() -> None:
    found = read(
        "Norvel Holding will build a soda ash plant in Tarvel. It plans to start building "
        "next year and put it into operation in the first half of 2027.",
        "en",
    )
    assert _dates(found, "dates.operation_start") == ["in the first half of 2027"]
    found = read(
        "Norvel will build a plant in Tarvel. It will employ around 75 people at the start "
        "of production in May 2025.",
        "en",
    )
    assert _dates(found, "dates.operation_start") == ["in May 2025"]


def test_a_vague_word_of_the_past_yields_to_a_date_the_calendar_names() -> None:
    found = read(
        "Norvel recently inaugurated its plant in Tarvel.\n\nThe new plant will employ 75 "
        "people at the start of production in May 2025, and more later.",
        "en",
        published="2025-06-01",
    )
    assert _dates(found, "dates.operation_start") == ["in May 2025"]


def test_the_works_ending_ahead_date_the_completion() -> None:
    found = read(
        "Norvel construit une usine à Tarvel. Les travaux prendront fin au premier trimestre 2027.",
        "fr",
    )
    assert _dates(found, "dates.completion") == ["au premier trimestre 2027"]


def test_the_output_s_start_ahead_dates_the_operation() -> None:
    found = read(
        "Norvel va construire une usine de bus à Tarvel. La production de bus démarrera en "
        "mai 2027.",
        "fr",
    )
    assert _dates(found, "dates.operation_start") == ["en mai 2027"]
    found = read(
        "Norvel va construire une usine à Tarvel. La construction de cette unité de "
        "production de Tarvel débutera au mois de juin 2026.",
        "fr",
    )
    assert _dates(found, "dates.operation_start") == []


def _investments(proposals: list[Any]) -> list[Any]:
    return [p.plain_value()["value"] for p in proposals if p.field == "investment"]


def test_a_comma_before_the_french_plural_scale_is_the_decimal_mark() -> None:
    found = read(
        "Norvel va construire une usine à Tarvel pour un investissement de 27,118 millions "
        "d’euros.",
        "fr",
    )
    assert _investments(found) == [27118000]
    found = read(
        "Norvel will build a plant in Tarvel with an investment of 1,500 million dollars.", "en"
    )
    assert _investments(found) == [1500000000]


def test_a_sum_restated_in_a_currency_is_no_capacity() -> None:
    found = read(
        "Norvel va réaliser à Tarvel une nouvelle unité industrielle de production grâce à un "
        "investissement de 27 millions d’euros, soit 9,5 milliards d’ouguiyas.",
        "fr",
    )
    assert [p for p in found if p.field == "capacity"] == []
    assert _investments(found) == [27000000]


def test_a_pacte_d_association_is_an_agreement_with_its_parties() -> None:
    found = read(
        "Un pacte d’association a été signé lundi à Alger entre l’entreprise algérienne "
        "privée Norvel Group et le groupe sud-coréen Kelta Motor Company pour la réalisation "
        "d’une usine de camions à Tarvel.",
        "fr",
    )
    parties = about(found, "Pacte d’association", "parties")
    assert len(parties) == 2


def test_a_body_s_noun_alone_names_no_body() -> None:
    found = read("The ministry said the plant will open in Tarvel next year.", "en")
    assert orgs(found) == set()
    found = read(
        "The memorandum was signed on the project “Organization of the production of "
        "refrigerators” in Tarvel.",
        "en",
    )
    assert orgs(found) == set()
    found = read("The Ministry of Industry said the plant will open in Tarvel.", "en")
    assert orgs(found) == {"Ministry of Industry"}


def test_the_other_side_after_a_described_pair_is_a_company_of_its_own() -> None:
    found = read(
        "A memorandum was signed between Uzbek companies Norvelpark and Kelteks Association, "
        "and Zentrix Electronics on September 9.",
        "en",
    )
    assert "Zentrix Electronics" in orgs(found)
    assert _country(found, "Zentrix Electronics") == []
