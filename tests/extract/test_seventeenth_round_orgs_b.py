"""Rules for organisations, round seventeen, part orgs_b; each general in form and tested
on sentences of its own (none taken from the evaluation set):

- a company's name with a lone "&" between its capitalised words ("Norvel Cables &
  Systems, filiale de …", "Kelta Food & Drinks, un groupe …") is one name, not its last
  word alone;
- the owner a subsidiary is said of ("filiale de X", "une filiale du groupe X", "a
  subsidiary of X", "a division of X") is a company, even named in one word and nowhere
  else described; a place after the noun is none ("la filiale de Dakar"), nor is "unit of"
  a subsidiary's noun ("the fourth power unit of the X plant");
- that owner is a company of its own, though its name opens its subsidiary's ("Talbrook
  Energy & Power, filiale de Talbrook"): the short name is no second saying of the long
  one, as "the firm Sumec" after "Sumec Textile Co Ltd" is;
- "République"/"Republic" after a title ("le président de la République X", "the President
  of the Republic X") is the title's complement, as "l'Etat" is, no word of the person's
  name; "la République tchèque" stays a country's name, no person;
- a company said first short, then in full with one word of its trade added ("le chinois
  Norlong …" then "Norlong Tire", "Kestra" then "Kestra Motor") is one company, named by
  its full name; a group's noun or a region added ("Kelvor" then "Kelvor Group") names
  another company, as the set's gold keeps them;
- a bracketed country or its letters among a company's words before its legal form
  ("Winning Investment (HK) Company Limited", "Tarvel Resources (Singapore) Pte Ltd") are
  words of its name, which does not start after them; "Pte Ltd" is a legal form;
- a zone's name spelled before its acronym and said as where something is ("a factory in
  Kelta Export Processing Zone (EPZ)", "dans la Zone Franche Industrielle (ZFI)") is a
  place, no body; the same words said as one who acts ("The X Free Trade Zone (TFTZ)
  announced") stay a body's;
- a title's company said by its rank in its trade ("patron du numéro six mondial de
  l'automobile", "président du leader mondial du pneu", "chairman of the world's
  sixth-largest carmaker") is the company the text is about: the title is the noun alone,
  and its holder heads that company;
- a name, then the part its holder has on a body's board and "member of" the body ("X,
  investment promotion member of Kepza", "X, board member of Y") is a person with that
  title; "a member of …" ("Mr X, a Member of KCI and Proprietor of …") gives no title and
  names no person after it.
"""

from __future__ import annotations

from tests.extract.reading import about, orgs, people, read, role_titles


def test_a_lone_ampersand_joins_the_words_of_one_name() -> None:
    text = "Norvel Cables & Systems, filiale de Kestrion, construira une usine à Pune en Inde."
    assert "Norvel Cables & Systems" in orgs(read(text))
    assert "Systems" not in orgs(read(text))
    other = "Kelta Food & Drinks, un groupe marocain, ouvrira une usine à Agadir."
    assert "Kelta Food & Drinks" in orgs(read(other))
    assert "Drinks" not in orgs(read(other))


def test_the_owner_of_a_subsidiary_is_a_company() -> None:
    fr = "Norvex Câbles, filiale de Talbrook dédiée aux câbles, construira une usine à Pune."
    assert "Talbrook" in orgs(read(fr))
    en = "Norvex Cables, a subsidiary of Talbrook, will build a plant in Pune, India."
    assert "Talbrook" in orgs(read(en, lang="en"))
    division = "Zentra Motors, a division of Keltor, will open a plant in Chennai, India."
    assert "Keltor" in orgs(read(division, lang="en"))


def test_a_place_or_a_power_unit_is_no_owner() -> None:
    assert "Dakar" not in orgs(read("La filiale de Dakar construira une usine à Thiès."))
    text = "Rosatom began building the fourth power unit of Kelvara NPP in Norland."
    assert "Kelvara NPP" not in orgs(read(text, lang="en"))


def test_the_owner_whose_name_opens_its_subsidiarys_is_another_company() -> None:
    fr = (
        "Talbrook annonce une usine à Pune, en Inde. Talbrook Energy & Power, filiale de "
        "Talbrook, livrera les premiers câbles."
    )
    assert {"Talbrook", "Talbrook Energy & Power"} <= orgs(read(fr))
    en = "Norvel Energy Systems, a subsidiary of Norvel, will build a plant in Pune, India."
    assert {"Norvel", "Norvel Energy Systems"} <= orgs(read(en, lang="en"))


def test_the_republic_is_the_titles_not_the_persons() -> None:
    fr = "Le président de la République Karim Vendel a inauguré l'usine de Norvex à Sfax."
    assert "Karim Vendel" in people(read(fr))
    assert role_titles(read(fr), "Karim Vendel") == ["président de la République"]
    en = "The President of the Republic Anton Kestrel opened the Norvex plant in Pune."
    assert "Anton Kestrel" in people(read(en, lang="en"))
    assert not people(read("La République tchèque accueille l'usine de Norvex à Brno."))


def test_a_company_said_short_then_in_full_is_one_named_in_full() -> None:
    fr = (
        "Le chinois Norlong lance en Hongrie la fabrication de pneus. Le fabricant chinois "
        "de pneumatiques Norlong Tire a lancé vendredi la production dans son usine de Győr."
    )
    assert orgs(read(fr)) == {"Norlong Tire"}
    motor = (
        "Le groupe coréen Kestra construira une usine à Brno. Le constructeur Kestra Motor "
        "investira 1 milliard d'euros."
    )
    assert orgs(read(motor)) == {"Kestra Motor"}
    en = (
        "Chinese firm Norlong opens a tyre plant in Hungary. The Chinese tyre maker Norlong "
        "Tyre started production on Friday at its plant in Gyor."
    )
    assert orgs(read(en, lang="en")) == {"Norlong Tyre"}


def test_a_group_said_after_the_short_name_is_another_company() -> None:
    text = (
        "Indian conglomerate Kelvor will build a steel plant in Tema, Ghana. Kelvor Group "
        "said the plant would employ 900 people."
    )
    assert {"Kelvor", "Kelvor Group"} <= orgs(read(text, lang="en"))


def test_a_bracketed_country_inside_a_companys_name_is_its_name() -> None:
    text = (
        "The smelter, invested by Norvel Group Limited and Kestra Trading (HK) Company "
        "Limited, is the first."
    )
    assert orgs(read(text, lang="en")) >= {"Kestra Trading (HK) Company Limited"}
    assert "Company Limited" not in orgs(read(text, lang="en"))
    other = "Tarvel Resources (Singapore) Pte Ltd will build a plant in Batam, Indonesia."
    assert "Tarvel Resources (Singapore) Pte Ltd" in orgs(read(other, lang="en"))
    aside = "The board (EDB) said Kestra Limited would build a plant in Batam, Indonesia."
    assert "Kestra Limited" in orgs(read(aside, lang="en"))


def test_a_zone_said_as_where_a_plant_is_is_no_body() -> None:
    en = "Norvel Limited will build a factory in Kelta Export Processing Zone (EPZ)."
    assert "Export Processing Zone" not in orgs(read(en, lang="en"))
    fr = "La société Norvel construira une usine dans la Zone Franche Industrielle (ZFI) de Kelta."
    assert "Zone Franche Industrielle" not in orgs(read(fr))
    acting = (
        "The Tarvel Free Trade Zone (TFTZ) announced on Sunday that Norvel would build a plant."
    )
    assert "Tarvel Free Trade Zone" in orgs(read(acting, lang="en"))


def test_a_company_said_by_its_rank_is_the_one_the_text_is_about() -> None:
    fr = (
        "Le groupe coréen Kestra construira une usine à Brno. La cérémonie s'est déroulée "
        "en présence de Park Min-soo, patron du numéro six mondial de l'automobile."
    )
    assert role_titles(read(fr), "Park Min-soo") == ["patron"]
    assert [p.plain_value() for p in about(read(fr), "Kestra", "head")] == ["Park Min-soo"]
    leader = (
        "Le groupe italien Norvelli ouvrira une usine à Tanger, a annoncé Marco Vessi, "
        "président du leader mondial du pneu."
    )
    assert role_titles(read(leader), "Marco Vessi") == ["président"]
    en = (
        "Korean group Kestra will build a plant in Brno. The ceremony was attended by Park "
        "Min-soo, chairman of the world's sixth-largest carmaker."
    )
    assert role_titles(read(en, lang="en"), "Park Min-soo") == ["chairman"]
    assert [p.plain_value() for p in about(read(en, lang="en"), "Kestra", "head")] == [
        "Park Min-soo"
    ]


def test_a_member_of_a_body_with_the_part_held_is_a_title() -> None:
    text = (
        "Karim Haddad, investment promotion member of Kepza, and Li Wei, managing director "
        "of Norvel, signed the agreement."
    )
    assert "Karim Haddad" in people(read(text, lang="en"))
    assert role_titles(read(text, lang="en"), "Karim Haddad") == [
        "investment promotion member of Kepza"
    ]
    board = "Karim Haddad, board member of Kepza, signed the agreement on Monday."
    assert "Karim Haddad" in people(read(board, lang="en"))
    near = (
        "The meeting was attended by Mr Pradip Karia, a Member of KCI and Proprietor of "
        "Kelta Services."
    )
    assert "Kelta Services" not in people(read(near, lang="en"))
    assert "Karim Haddad" not in people(
        read("Karim Haddad, a member of the delegation, visited the plant.", lang="en")
    )
