"""Rules for organisations, round seventeen, part orgs_c; each general in form and tested
on sentences of its own (none taken from the evaluation set):

- a body's name goes on through "for" and the capitalised words after its noun ("the
  Royal Commission for Kelmar and Duba", "Tarvel Mining Company for Industry", "the Arab
  Organization for Industrialization"), as many Gulf and Arab bodies are named; a company
  joined after "and" with its own noun ("… for Building Materials and Norvel Company") is a
  second company; a country alone ("the Nile Company for Egypt") or a possessive ("Sinoma
  Company for Zambia's plant") after "for" is whom it works for, no part of the name;
- a name opening a sentence with no cue before it, then a company's act ("Norvalis
  annonce …", "Tarkon Motor a signé …", "KEMCO and Belvar International signed …", "Zelnor
  will build …"), is a company when one word long, in capitals or with a word companies'
  names carry; a participle without its auxiliary ("Comme annoncé …"), a first name and a
  surname, a surname said elsewhere after a first name ("Minister … Samir Halwani", then
  "Halwani inaugurated"), a town or a country is none, and a short name whose full name is
  said elsewhere ("Kelta" and "Kelta Motors Corporation") is left to the full one;
- a title after a body and "par le biais de son", "représentée par son", "par
  l'intermédiaire de son", "represented by its", "through its" ("l'Autorité X (AX), par le
  biais de son président, Y") is that body's, whatever its noun, and Y heads it; a bare
  "son président" with no body before it stays no one's;
- a name in quotes after a zone's, a park's or an estate's noun ("dans la zone franche
  « X City »", "in the free zone \"X Park\"") is a place's, no company's, though a company's
  cue is in the sentence; a name in quotes after "la société" stays a company's.
"""

from __future__ import annotations

from tests.extract.reading import about, orgs, read


def test_a_bodys_name_goes_on_through_for_and_its_capitalised_words() -> None:
    said = read(
        "The plant of Tarvel Mining Company for Industry will open in Kelmar in 2026.",
        lang="en",
    )
    assert "Tarvel Mining Company for Industry" in orgs(said)
    said = read(
        "The governor of the Royal Commission for Kelmar and Duba, Sami Rahal, opened the plant.",
        lang="en",
    )
    assert "Royal Commission for Kelmar and Duba" in orgs(said)
    said = read(
        "The Arab Organization for Industrialization will assemble the buses in Benha.",
        lang="en",
    )
    assert "Arab Organization for Industrialization" in orgs(said)


def test_a_company_joined_after_for_words_by_and_is_a_second_company() -> None:
    said = read(
        "The Gulf Company for Building Materials and Norvel Holding Company will supply the "
        "cement to the plant.",
        lang="en",
    )
    assert {"Gulf Company for Building Materials", "Norvel Holding Company"} <= orgs(said)


def test_a_country_or_a_possessive_after_for_is_no_part_of_the_name() -> None:
    said = read("The Nile Company for Egypt will build the plant in Tanta.", lang="en")
    assert "Nile Company" in orgs(said)
    assert "Nile Company for Egypt" not in orgs(said)
    said = read("Kestra Company for Zambia's plant ordered ten kilns last year.", lang="en")
    assert not any("Zambia" in name for name in orgs(said))


def test_a_name_opening_a_sentence_then_a_companys_act_is_a_company() -> None:
    said = read("Norvalis annonce l'ouverture d'une usine de câbles à Kénitra.")
    assert "Norvalis" in orgs(said)
    said = read("Tarkon Motor a signé un accord pour une usine de moteurs à Oran.")
    assert "Tarkon Motor" in orgs(said)
    said = read(
        "KEMCO and Belvar International signed a memorandum to build a glass plant in Tema.",
        lang="en",
    )
    assert {"KEMCO", "Belvar International"} <= orgs(said)
    said = read("Zelnor will build a tyre plant near Mombasa next year.", lang="en")
    assert "Zelnor" in orgs(said)


def test_a_participle_a_person_or_a_town_opening_a_sentence_is_no_company() -> None:
    said = read("Comme annoncé la semaine dernière, l'usine ouvrira à Tanger en 2026.")
    assert "Comme" not in orgs(said)
    said = read("Luca Bernardi a signé l'accord pour l'usine de Kénitra.")
    assert not orgs(said)
    said = read(
        "Minister of Industry Samir Halwani visited the plant. Halwani inaugurated the new "
        "kiln line in Tanta.",
        lang="en",
    )
    assert "Halwani" not in orgs(said)
    said = read("Casablanca va accueillir une usine de pneus.")
    assert "Casablanca" not in orgs(said)


def test_a_short_name_whose_full_name_is_said_elsewhere_is_left_to_the_full_one() -> None:
    said = read(
        "Kelta invested 300 million dollars in the plant. The plant of Kelta Motors "
        "Corporation opened in Pune.",
        lang="en",
    )
    assert "Kelta" not in orgs(said)
    assert "Kelta Motors Corporation" in orgs(said)


def test_a_title_after_a_body_and_represented_by_its_is_that_bodys() -> None:
    said = read(
        "L'Autorité générale de la Zone franche de Kelmar (AZFK), par le biais de son "
        "président, Samir Halwani, a lancé les travaux d'une usine de verre."
    )
    roles = about(said, "Samir Halwani", "roles")
    assert roles and roles[0].plain_value()["org"] is not None
    assert about(said, "Autorité générale de la Zone franche de Kelmar", "head")
    said = read(
        "The Kelmar Free Zone Authority, represented by its chairman, Samir Halwani, signed "
        "the land lease for the glass plant.",
        lang="en",
    )
    assert about(said, "Kelmar Free Zone Authority", "head")


def test_a_bare_son_president_with_no_body_before_it_is_no_ones() -> None:
    said = read(
        "Le pays, par le biais de son président, Samir Halwani, a lancé les travaux d'une "
        "usine de verre."
    )
    roles = about(said, "Samir Halwani", "roles")
    assert all(r.plain_value()["org"] is None for r in roles)


def test_a_name_in_quotes_after_a_zones_noun_is_no_company() -> None:
    said = read(
        "Le groupe investira 40 millions d'euros dans cette usine, dans la zone franche "
        "« Kelmar Motor City »."
    )
    assert "Kelmar Motor City" not in orgs(said)
    said = read(
        'The group will build the plant in the free zone "Kelmar Tech Park" near the port.',
        lang="en",
    )
    assert "Kelmar Tech Park" not in orgs(said)


def test_a_name_in_quotes_after_a_companys_noun_stays_a_company() -> None:
    said = read("Le groupe a créé la société « Kelmar Auto » pour exploiter cette usine.")
    assert "Kelmar Auto" in orgs(said)
