"""Rules for organisations and people, round sixteen, part orgs16; each general in form and
tested on sentences of its own (none taken from the evaluation set):

- a company's nationality said in an apposition after its name, with or without an article,
  or in brackets ("X, fabricant danois de jouets", "X, le géant coréen du textile",
  "X (société japonaise …)"), is its country, the company found before or not;
- so is a nationality between a company noun and the name ("la start-up suédoise X", "son
  rival italien X", "US chipmaker X", "Taiwanese toolmaker X"); Taiwan's adjectives, and a
  few others pycountry gives no regular form of, are known; a sentence's full stop after a
  described name is no part of it;
- one plural title before two names joined by "et"/"and" is each one's ("les ministres A et
  B"); a complement listing two places, one for each ("les premiers ministres du X et du Y
  A et B"), is shared out in order;
- a title apposed after a name runs on over a second title joined by "and"/"et" ("X,
  Chairman and Director of Y"), and a company's name after the title and a comma is its
  company ("X, senior vice-president, Y"), no person;
- a ruler's title said with its country, then a comma or not, then a given name ("Le Roi du
  Maroc, Hassan II", "the Sultan of Oman Qaboos") is the ruler's role, the country in it;
- a possessive's "'s" after a person's name is no part of it ("President X Y's visit");
- "Holdings" ends a company's name as "Holding" does ("Norvel Trade Holdings");
- a definite description with a nationality and no name ("au constructeur français", "the
  Chinese giant") gives its country to the one company named before whose country is
  unsaid, when there is one only; a place after a company noun and a verb is no company
  ("le groupe français investit à Kénitra");
- an English ministry's nationality said before its name ("the Georgian Ministry of
  Economy") is its country, no word of its name (a French one keeps it, as the seed's
  curator names it: "Ministère russe de la Santé").

Each test failed with the reader as it was before its rule, except the guards, which say
where a rule stops."""

from __future__ import annotations

from typing import Any

from .reading import about, orgs, people, read, role_titles


def _country(proposals: list[Any], name: str) -> list[Any]:
    return [p.plain_value() for p in about(proposals, name, "country")]


def test_a_nationality_in_an_apposition_after_a_company_is_its_country() -> None:
    found = read(
        "Le groupe Norvelo, fabricant suédois de meubles, a inauguré une usine à Tarvel.", "fr"
    )
    assert _country(found, "Norvelo") == ["SE"]
    found = read("Keltora, le géant coréen du textile, va construire une usine en Pologne.", "fr")
    assert "Keltora" in orgs(found)
    assert _country(found, "Keltora") == ["KR"]
    found = read(
        "Trois usines tournent déjà : Zentrix (société japonaise appartenant à un fonds) "
        "et d'autres.",
        "fr",
    )
    assert _country(found, "Zentrix") == ["JP"]


def test_an_apposition_naming_no_nationality_gives_no_country() -> None:
    found = read(
        "Le groupe Norvelo, fabricant de meubles en Suède, a inauguré une usine à Tarvel.", "fr"
    )
    assert _country(found, "Norvelo") == []


def test_a_nationality_between_a_company_noun_and_its_name_is_its_country() -> None:
    found = read("La start-up suédoise Norvelo va construire une usine à Tarvel.", "fr")
    assert _country(found, "Norvelo") == ["SE"]
    found = read("Zentra Seats a racheté l'an dernier son rival italien Keltora.", "fr")
    assert "Keltora" in orgs(found)
    assert _country(found, "Keltora") == ["IT"]
    found = read("Le groupe taïwanais Norvelo va construire une usine à Tarvel.", "fr")
    assert _country(found, "Norvelo") == ["TW"]


def test_a_maker_noun_and_a_country_s_initials_before_a_name_give_its_country() -> None:
    found = read("US chipmaker Zentrix Devices will build a plant in Tarvel.", "en")
    assert _country(found, "Zentrix Devices") == ["US"]
    found = read("Taiwanese toolmaker Norvel Tools opened a plant in Tarvel.", "en")
    assert _country(found, "Norvel Tools") == ["TW"]


def test_one_plural_title_before_two_names_is_each_one_s() -> None:
    found = read(
        "Les ministres Ivan Petrovic et Ali Veli ont inauguré l'usine de Tarvel mardi.", "fr"
    )
    assert {"Ivan Petrovic", "Ali Veli"} <= people(found)
    assert role_titles(found, "Ivan Petrovic") == ["ministre"]
    assert role_titles(found, "Ali Veli") == ["ministre"]
    found = read(
        "The plant in Tarvel was opened by presidents Ivan Petrovic and Ali Veli on Monday.",
        "en",
    )
    assert role_titles(found, "Ivan Petrovic") == ["president"]
    assert role_titles(found, "Ali Veli") == ["president"]


def test_a_plural_title_s_two_places_are_shared_out_in_order() -> None:
    found = read(
        "Les gouverneurs du Nord et du Sud Ivan Petrovic et Ali Veli ont visité l'usine.", "fr"
    )
    assert role_titles(found, "Ivan Petrovic") == ["gouverneur du Nord"]
    assert role_titles(found, "Ali Veli") == ["gouverneur du Sud"]


def test_a_plural_title_before_one_name_only_is_left_alone() -> None:
    found = read("Les ministres ont reçu Ivan Petrovic, patron de Zentra, mardi.", "fr")
    assert role_titles(found, "Ivan Petrovic") != ["ministre"]


def _role_orgs(proposals: list[Any], name: str) -> list[Any]:
    names = {p.new.key: p.new.name for p in proposals if p.new}
    return [names.get(p.plain_value()["org"]) for p in about(proposals, name, "roles")]


def test_two_titles_joined_after_a_name_are_one_role() -> None:
    found = read(
        "The plant will export to Asia, said Ivan Petrovic, Chairman and Director of Zentra "
        "Motors Tarvel, on Monday.",
        "en",
    )
    assert role_titles(found, "Ivan Petrovic") == ["Chairman and Director of Zentra Motors Tarvel"]
    assert _role_orgs(found, "Ivan Petrovic") == ["Zentra Motors Tarvel"]


def test_a_company_after_an_apposed_title_and_a_comma_is_its_company() -> None:
    found = read(
        "Zentra Devices will build a plant in Tarvel. \u201cWe chose Tarvel,\u201d said Ivan "
        "Petrovic, senior vice-president, Zentra Devices, at the ceremony.",
        "en",
    )
    assert role_titles(found, "Ivan Petrovic") == ["senior vice-president"]
    assert _role_orgs(found, "Ivan Petrovic") == ["Zentra Devices"]
    assert "Zentra Devices" not in people(found)


def test_a_place_after_an_apposed_title_is_no_company() -> None:
    found = read("The plant opened, said Ivan Petrovic, ambassador, Tarvel City, on Monday.", "en")
    assert _role_orgs(found, "Ivan Petrovic") == [None]


def test_a_ruler_s_title_with_its_country_before_a_name_is_the_role() -> None:
    found = read("Le Roi du Maroc, Hassan II a inauguré mardi l'usine de Tarvel.", "fr")
    assert "Hassan II" in people(found)
    assert role_titles(found, "Hassan II") == ["Roi du Maroc"]
    found = read("The Sultan of Oman Qaboos opened the plant in Tarvel on Monday.", "en")
    assert role_titles(found, "Qaboos") == ["Sultan of Oman"]


def test_a_ruler_s_title_with_no_place_after_it_keeps_its_name_apart() -> None:
    found = read("Le Roi du Textile, Zentra, va construire une usine à Tarvel.", "fr")
    assert "Zentra" not in people(found)


def test_a_possessive_after_a_person_s_name_is_no_part_of_it() -> None:
    found = read(
        "The deal was signed during President Ivan Petrovic\u2019s visit to Tarvel in May.", "en"
    )
    assert "Ivan Petrovic" in people(found)
    assert role_titles(found, "Ivan Petrovic") == ["President"]
    found = read("The plant was opened during Minister Ali Veli's visit to Tarvel.", "en")
    assert "Ali Veli" in people(found)


def test_holdings_ends_a_company_s_name() -> None:
    found = read(
        "Norvel Trade Holdings, the company behind the park, will build a plant in Tarvel.", "en"
    )
    assert "Norvel Trade Holdings" in orgs(found)
    found = read("Swedish Timber Holdings will build a sawmill in Tarvel.", "en")
    assert "Swedish Timber Holdings" in orgs(found)


def test_a_definite_description_points_back_to_the_one_company_without_a_country() -> None:
    found = read(
        "Le groupe Zentra a inauguré mardi une usine de voitures à Tarvel. Cette usine "
        "permettra au constructeur français de doubler sa production.",
        "fr",
    )
    assert _country(found, "Zentra") == ["FR"]
    found = read(
        "Zentra Motors will build a car plant in Tarvel. The Chinese giant will invest "
        "$1 billion in the plant.",
        "en",
    )
    assert _country(found, "Zentra Motors") == ["CN"]


def test_a_definite_description_with_two_companies_before_it_gives_no_country() -> None:
    found = read(
        "Le groupe Zentra et le groupe Norvelo ont inauguré une usine à Tarvel. Cette usine "
        "permettra au constructeur français de doubler sa production.",
        "fr",
    )
    assert _country(found, "Zentra") == []
    assert _country(found, "Norvelo") == []


def test_a_place_after_a_company_noun_and_a_verb_is_no_company() -> None:
    found = read(
        "Le groupe Zentra a inauguré une usine. Le groupe français investit à Kénitra depuis "
        "dix ans.",
        "fr",
    )
    assert "Kénitra" not in orgs(found)


def test_an_english_ministry_s_nationality_is_its_country_not_its_name() -> None:
    found = read(
        "Zentra Motors signed an agreement with the Georgian Ministry of Economy on Monday.",
        "en",
    )
    assert "Ministry of Economy" in orgs(found)
    assert _country(found, "Ministry of Economy") == ["GE"]
    found = read("Zentra a signé un accord avec le ministère mauritanien de la Pêche mardi.", "fr")
    assert "Ministère mauritanien de la Pêche" in orgs(found)
