"""Rules for organisations and people, round eighteen, part orgs_b; each general in form and
tested on sentences of its own (none taken from the evaluation set):

- a company's name made of common words and its noun keeps the country said after "of"
  ("the Aluminium Corporation of India", "the National Shipping Company of Kelta" is one
  name); a name of its own keeps it out ("Hanwha Corporation of Korea", "Kelta Steel of
  China");
- a legal form after a comma is the name's ("Norvel Textile Company, Limited");
- the small words of a Spanish, Portuguese or Italian name after a company's noun ("del",
  "y", "do", "de" in an English text) keep its capitalised words one name ("Chinese firm
  Aguas del Norte y Sur"), and no person is read inside it;
- a ministry's country said by a word that is also a country's name ("the Argentine
  Industry Ministry", "the Japan Trade Ministry") is its country, no word of its name;
- a government named by its country's name ("the government of Kelta", "the Tarvel
  Government", "the Government of PNG" after "Papua New Guinea (PNG)") is an organisation
  of that country; one described by an adjective ("the Indian government") or by its leader
  ("the government of President X") is none;
- "X, the country's finance minister", "X, Ghana's trade minister": the portfolio is the
  title's, the possessive whose the minister is, no company;
- a military rank between a title and a name ("Prime Minister Commodore X", "General X")
  is no word of the name, nor of the title;
- "Company director X" is the director of the company the text is about, its head (gold
  rule 4); "group president X" keeps its title;
- "président et chef de la direction de X", "chef de l'exploitation de X": a chief of a
  company's function names the company; the first heads it, the second does not;
  "chef de l'Etat", "chef de cabinet du ministre" name none;
- "Manager Général de X": the title in the French order; a general manager heads X;
- a free zone said as a party ("un accord entre Y et la zone franche de X") or as whose a
  title is ("Manager Général de la zone franche de X") is a body; "dans la zone franche de
  X" stays a place;
- an agreement "entre A et B" whose first party has commas in it keeps the second party.

Each test failed with the reader as it was before its rule, except the guards, which say
where a rule stops."""

from __future__ import annotations

from typing import Any

from tests.extract.reading import about, orgs, people, read, role_titles


def _heads(found: list[Any], org: str) -> list[str]:
    return [p.plain_value() for p in about(found, org, "head")]


def _country(found: list[Any], org: str) -> list[str]:
    return [p.plain_value() for p in about(found, org, "country")]


def test_a_name_of_common_words_keeps_its_country() -> None:
    found = read("The smelter will be built by the Aluminium Corporation of India next year.", "en")
    assert orgs(found) == {"Aluminium Corporation of India"}
    assert _country(found, "Aluminium Corporation of India") == ["IN"]
    shipping = read("The National Shipping Company of Kenya will run the new port.", "en")
    assert "National Shipping Company of Kenya" in orgs(shipping)


def test_a_name_of_its_own_leaves_the_country_out() -> None:
    found = read("Hanwha Corporation of Korea will build the plant in Tarvel.", "en")
    assert orgs(found) == {"Hanwha Corporation"}
    steel = read("Kelta Steel of China will build the plant in Tarvel.", "en")
    assert orgs(steel) == {"Kelta Steel"}


def test_a_legal_form_after_a_comma_is_the_name_s() -> None:
    found = read(
        "L'accord a été signé entre « Norvel Textile Company, Limited » et la société Tarvex.",
    )
    assert "Norvel Textile Company, Limited" in orgs(found)
    assert "Norvel Textile Company" not in orgs(found)
    # a comma then a word of the sentence is no legal form
    other = read("Norvel Textile Company, a Chinese firm, will build a plant in Tarvel.", "en")
    assert "Norvel Textile Company" in orgs(other)


def test_foreign_small_words_keep_a_company_s_name_whole() -> None:
    found = read(
        "The chairman of Spanish firm Aguas del Norte y Sur, Pablo Ferrer, will build a "
        "plant in Peru.",
        "en",
    )
    assert "Aguas del Norte y Sur" in orgs(found)
    assert "Aguas" not in orgs(found)
    assert people(found) == {"Pablo Ferrer"}
    assert _heads(found, "Aguas del Norte y Sur") == ["Pablo Ferrer"]
    mexican = read("The Mexican group Altos Hornos de Mexico will supply the steel.", "en")
    assert "Altos Hornos de Mexico" in orgs(mexican)


def test_a_company_s_name_stops_at_a_pause_or_a_lower_case_word() -> None:
    found = read("The Chinese firm Kelvo del Sur said it would build a plant there.", "en")
    assert "Kelvo del Sur" in orgs(found)
    # "de" in a French text is the sentence's, not the name's
    fr = read("Le groupe Kelvor de Tarvel construira une usine à Pune.")
    assert "Kelvor de Tarvel" not in orgs(fr)


def test_a_ministry_s_country_said_by_a_country_s_name() -> None:
    found = read(
        "The deal was approved by the Argentine Industry Ministry, the Japan Trade Ministry said.",
        "en",
    )
    assert {"Industry Ministry", "Trade Ministry"} <= orgs(found)
    assert "Argentine Industry Ministry" not in orgs(found)
    assert _country(found, "Industry Ministry") == ["AR"]
    assert _country(found, "Trade Ministry") == ["JP"]


def test_a_government_named_by_its_country() -> None:
    found = read(
        "A memorandum was signed between Kelvar Group and the government of Ghana. The "
        "Kenya Government welcomed it.",
        "en",
    )
    assert {"Government of Ghana", "Kenya Government"} <= orgs(found)
    assert _country(found, "Government of Ghana") == ["GH"]
    assert _country(found, "Kenya Government") == ["KE"]
    acronym = read(
        "Kelvar Group builds a mill in Papua New Guinea (PNG). The government of PNG said it "
        "would help.",
        "en",
    )
    assert _country(acronym, "Government of PNG") == ["PG"]


def test_a_government_described_is_none() -> None:
    found = read(
        "The Indian government and the government of President Kufuor agreed, and the "
        "Jamaican Government welcomed it.",
        "en",
    )
    assert not {o for o in orgs(found) if "overnment" in o}


def test_the_country_s_portfolio_minister() -> None:
    found = read(
        "Adam Kelvo, the country’s finance minister, told reporters that the plant would be "
        "built. Mary Tarn, Ghana's trade minister, agreed.",
        "en",
    )
    assert people(found) == {"Adam Kelvo", "Mary Tarn"}
    assert role_titles(found, "Adam Kelvo") == ["finance minister"]
    assert role_titles(found, "Mary Tarn") == ["trade minister"]
    assert "Ghana" not in orgs(found)
    # "a member of …", a determiner before the noun: no title
    other = read("Adam Kelvo, a member of the delegation, visited the plant.", "en")
    assert "Adam Kelvo" not in people(other)


def test_a_military_rank_is_no_word_of_the_name() -> None:
    found = read(
        "Prime Minister Commodore Kelvo Tarnava welcomed the company. Commodore Tarnava said "
        "it was good news.",
        "en",
    )
    assert people(found) == {"Kelvo Tarnava"}
    assert role_titles(found, "Kelvo Tarnava") == ["Prime Minister"]
    # "General Motors" is a company, no rank before a name
    motors = read("General Motors will build a plant in Tarvel, its chairman said.", "en")
    assert "Motors" not in people(motors)


def test_company_director_heads_the_company() -> None:
    found = read(
        "Kelvar Cement Company Limited, a Chinese company, will build a plant in Tarvo. "
        "Company director Li Wenjie thanked the government.",
        "en",
    )
    assert role_titles(found, "Li Wenjie") == ["director"]
    assert _heads(found, "Kelvar Cement Company Limited") == ["Li Wenjie"]
    roles = about(found, "Li Wenjie", "roles")
    assert roles and roles[0].plain_value()["org"] is not None


def test_group_president_keeps_its_title() -> None:
    found = read(
        "The smelter will produce 200,000 tons a year, said group president Ni Dawei.", "en"
    )
    assert role_titles(found, "Ni Dawei") == ["group president"]


def test_a_chief_of_a_function_names_the_company() -> None:
    found = read(
        "La cérémonie s'est tenue en présence du président et chef de la direction de "
        "Norvex, Paul Tardif, et du chef de l'exploitation de Tarvo Aviation, Marc Lavoie."
    )
    assert {"Paul Tardif", "Marc Lavoie"} <= people(found)
    assert _heads(found, "Norvex") == ["Paul Tardif"]
    assert _heads(found, "Tarvo Aviation") == []
    titles = role_titles(found, "Marc Lavoie")
    assert titles and titles[0].startswith("chef de l'exploitation")
    roles = about(found, "Marc Lavoie", "roles")
    assert roles[0].plain_value()["org"] is not None


def test_a_chief_of_state_names_no_company() -> None:
    found = read("Le chef de l'Etat, Macky Sall, et le chef de cabinet du ministre ont assisté.")
    assert "Etat" not in orgs(found)
    assert not [o for o in orgs(found) if "Macky" in o]


def test_manager_general_in_the_french_order() -> None:
    found = read(
        "L'usine sera prête en mars, a confirmé Jean Morel, Manager Général de la société Kelvar."
    )
    titles = role_titles(found, "Jean Morel")
    assert titles and titles[0].startswith("Manager Général")
    assert _heads(found, "Kelvar") == ["Jean Morel"]


def test_a_free_zone_as_a_party_and_a_body() -> None:
    found = read(
        "Suite à l'accord signé en mai entre « Kelvar Textile Company, Limited » une "
        "entreprise chinoise, basée à Pékin (Chine) et la zone franche de Tarvo (Tarvo Free "
        "Zone), l'entreprise construit 4 bâtiments, a confirmé Jean Morel, Manager Général "
        "de la zone franche de Tarvo."
    )
    assert "Zone franche de Tarvo" in orgs(found)
    assert _heads(found, "Zone franche de Tarvo") == ["Jean Morel"]
    parties = [p.quote for p in found if p.field == "parties" and p.new is not None]
    parties += [p.quote for p in found if p.field == "parties"]
    assert "zone franche de Tarvo" in parties
    assert "Kelvar Textile Company, Limited" in parties


def test_a_free_zone_where_a_plant_is_stays_a_place() -> None:
    found = read("Kelvar construit une usine dans la zone franche de Tarvo.")
    assert not [o for o in orgs(found) if "Tarvo" in o]
