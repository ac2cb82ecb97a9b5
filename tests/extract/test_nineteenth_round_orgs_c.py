"""Rules for organisations and people, round nineteen, part orgs_c; each general in form and
tested on sentences of its own (none taken from the evaluation set):

- a surname written in capitals may carry accented capitals ("Paul KELLÉ", "Awa TOURÉ"), as
  French dispatches write them; it is the person's name as "Paul KELLER" is;
- a title, then a military rank with its article, then the name ("le président du comité,
  le colonel Paul Keller", "the head of the council, Colonel John Keller") is the
  person's title, the rank no part of it nor a stop between them;
- a trade's capitalised words before a minister's or a secretary's title ("Commerce and
  Industry Minister X", "the Trade and Industry Secretary") name a portfolio, no
  organisation; the same words before a company's noun or a plant still name one;
- a state named by its country ("l'État du Tarvel", "l'Etat de la Kelvie") after "par" or
  "avec", as one who owns, pays or signs, is an organisation named by the text's words, its
  country that one (a judgement as gold rule 9 names a government by its country); "l'État"
  alone, or a title's "chef de l'État du Tarvel", names none;
- those said to hold a share of a plant ("Détenue à 60 % par le groupe X et à 40 % par
  l'État du Y, l'usine …", "the plant, 30% owned by X") take part in it, a state or a fund
  as a company does; those holding a share of a company ("Norvel, détenue à 60 % par X")
  say whose the company is and take no part;
- a title of a unit "at" a company ("president of Investments at Norvel Group", "head of
  Sales at X") is a title at the company, but heads only the unit: no head of the company
  (gold rule 4); "president of Norvel Group" and "CEO at Norvel Group" still head it;
- capitalised words ending in "Ports" or "Airports" ("Kelta Ports", "Tarvel Airports") name
  the body that runs them, as "… Authority" does; "the ports of Kelta", "Chinese ports"
  name none.

Each test failed with the reader as it was before its rule, except the guards, which say
where a rule stops."""

from __future__ import annotations

from typing import Any

from tests.extract.reading import about, orgs, people, read, role_titles


def test_a_surname_in_accented_capitals_is_a_name() -> None:
    found = read(
        "Le communiqué cite le directeur général de la Société tarvelaise des engrais "
        "(STE), Dr Paul KELLÉ, selon qui « la première usine sera installée à Kelta »."
    )
    assert "Paul KELLÉ" in people(found)
    assert [p.plain_value() for p in about(found, "Société tarvelaise des engrais", "head")] == [
        "Paul KELLÉ"
    ]
    assert role_titles(found, "Paul KELLÉ") == [
        "directeur général de la Société tarvelaise des engrais"
    ]
    # capitals without accents read as before
    plain = read(
        "Le communiqué cite le directeur général de la Société tarvelaise des engrais "
        "(STE), Dr Paul KELLER, selon qui « la première usine sera installée à Kelta »."
    )
    assert "Paul KELLER" in people(plain)
    # a company's legal form in capitals after a name is still no surname
    company = read("Le groupe Norvel Tarvex SARL construira une usine à Kelta.")
    assert not people(company)


def test_a_title_then_a_rank_then_the_name() -> None:
    found = read(
        "Le président du comité de transition, le colonel Paul Keller, chef de l’armée, "
        "a reçu l’ambassadeur pour l’usine de Kelta."
    )
    assert "Paul Keller" in people(found)
    assert role_titles(found, "Paul Keller") == ["président du comité de transition"]
    english = read(
        "The head of the military council, Colonel John Keller, visited the Kelta plant on Monday.",
        "en",
    )
    assert role_titles(english, "John Keller") == ["head of the military council"]
    # a rank without a title before it gives no title
    alone = read("Le colonel Paul Keller a visité l’usine de Kelta, construite par Norvel.")
    assert "Paul Keller" in people(alone)
    assert not role_titles(alone, "Paul Keller")
    # a title said of someone else, then a sentence naming a ranked person: no title
    apart = read(
        "Le président du groupe Norvel a parlé. Le colonel Paul Keller a visité l’usine.",
    )
    assert not role_titles(apart, "Paul Keller")
    assert "Norvel" in orgs(apart)


def test_a_trade_before_a_minister_is_a_portfolio() -> None:
    found = read(
        "Tarvel took a step forward yesterday when Commerce and Industry Minister John "
        "Keller unveiled the first truck assembled at the Norvel plant in Kelta.",
        "en",
    )
    assert "John Keller" in people(found)
    assert role_titles(found, "John Keller") == ["Commerce and Industry Minister"]
    assert not {o for o in orgs(found) if "Industry" in o}
    secretary = read(
        "The Trade and Industry Secretary John Keller opened the Norvel plant in Kelta.", "en"
    )
    assert not {o for o in orgs(secretary) if "Industry" in o}
    # a trade's name before a company's title is the company's
    company = read(
        "Kelta Cement Industry chairman John Keller opened the new kiln of the plant.", "en"
    )
    assert "Kelta Cement Industry" in orgs(company)


def test_a_state_named_by_its_country_is_an_organisation() -> None:
    found = read(
        "Détenue à 70 % par le groupe tarvelais Norvel et à 30 % par l’État du Sénégal, "
        "l’usine de Kelta produira 5 000 tracteurs par an."
    )
    assert "État du Sénégal" in orgs(found)
    assert [p.plain_value() for p in about(found, "État du Sénégal", "country")] == ["SN"]
    signed = read(
        "Le groupe Norvel a signé une convention avec l'Etat de la Côte d'Ivoire pour "
        "construire une usine à Kelta."
    )
    assert "Etat de la Côte d'Ivoire" in orgs(signed)
    # the State said alone, or in a title, names no organisation
    alone = read("L’usine de Kelta, détenue à 30 % par l’État, produira 5 000 tracteurs.")
    assert not {o for o in orgs(alone) if "tat" in o}
    title = read(
        "Le chef de l’État du Sénégal, Paul Keller, a inauguré l’usine de Kelta du groupe Norvel."
    )
    assert not {o for o in orgs(title) if "tat" in o}


def _partners(found: list[Any], plant: str) -> set[str]:
    names = {p.new.key: p.new.name for p in found if p.new and p.field == "name"}
    return {names.get(p.plain_value()["org"], "") for p in about(found, plant, "parties")}


def test_those_holding_a_plant_s_shares_take_part_in_it() -> None:
    found = read(
        "Détenue à 70 % par le groupe tarvelais Norvel et à 30 % par l’État du Sénégal, "
        "l’usine de Kelta produira 5 000 tracteurs par an."
    )
    assert _partners(found, "Usine de Kelta") == {"Norvel", "État du Sénégal"}
    english = read(
        "The Kelta plant, 30% owned by the Tarvel Investment Authority, will make 5,000 "
        "tractors a year for Norvel Motors.",
        "en",
    )
    assert "Tarvel Investment Authority" in _partners(english, "Kelta plant")
    # a share of the company that builds the plant: its owner takes no part
    company = read(
        "Le groupe Norvel, détenu à 60 % par l’État du Sénégal, construira une usine de "
        "tracteurs à Kelta."
    )
    assert "État du Sénégal" not in _partners(company, "Usine de tracteurs de Kelta")
    assert "Norvel" in _partners(company, "Usine de tracteurs de Kelta")


def test_the_head_of_a_unit_at_a_company_heads_nothing() -> None:
    found = read(
        "John Keller, president of Investments at Norvel Group, said the Kelta plant would "
        "open next year.",
        "en",
    )
    assert "Norvel Group" in orgs(found)
    # the title is its words before "at", the company its organisation (as the gold has it)
    assert role_titles(found, "John Keller") == ["president of Investments"]
    assert not about(found, "Norvel Group", "head")
    for title in ("president of Norvel Group", "CEO at Norvel Group"):
        head = read(f"John Keller, {title}, said the Kelta plant would open next year.", "en")
        assert [p.plain_value() for p in about(head, "Norvel Group", "head")] == ["John Keller"]


def test_a_name_ending_in_ports_is_an_operator() -> None:
    found = read(
        "The terminal, run by Kelta Ports, will serve the new Norvel plant in the free zone.",
        "en",
    )
    assert "Kelta Ports" in orgs(found)
    airports = read("Tarvel Airports will build a cargo hub for the Norvel plant.", "en")
    assert "Tarvel Airports" in orgs(airports)
    # ports said in lower case, or by a nationality, name no body
    plain = read(
        "The Norvel plant will ship its tractors through the ports of Kelta and Chinese ports.",
        "en",
    )
    assert not {o for o in orgs(plain) if "orts" in o}
