"""Rules for organisations and people, round seventeen, part orgs_d; each general in form and
tested on sentences of its own (none taken from the evaluation set):

- a government said by its country's adjective as the one who signs, pays or owns ("un
  accord avec le gouvernement malien", "assurés par le gouvernement sénégalais", "Le
  gouvernement togolais … a signé") is an organisation named by that adjective, as gold
  rule 9 names it ("Gouvernement slovaque"), its country the adjective's; a government in a
  title ("membres du gouvernement malien"), announcing ("Le gouvernement chilien a annoncé")
  or with no country is none;
- a title the press abbreviates before a name ("Gov. Anna Kessler", "Sen. X", "Lt. Gov. X")
  is that person's title as the text says it, its full stop included, and ends no sentence;
  a title said after the name ("Amb. X, Chairman of Y") is the one the person holds; a
  possessive closes the name ("Gov. X Y’s Office": the office is no word of it);
- an agreement's noun written with a capital that the text says alone as a person's surname
  ("Deal said", then "Gov. Nathan Deal’s Office") is the person, no deal; "the deal" in
  lower case stays one;
- a title after a name and a comma, its company said before it as a possessive of several
  words ("X, Norvel Motors Ghana's deputy manager", "X, Tarkon Steel Group's chief
  executive"), is that company's, the company named; a possessive in lower case ("the
  company's chief executive") names no company "company" but the one spoken of; a title so
  apposed that is followed by a comma and a name ("… in Latin America, Kelta Group's
  chairman, Jin-Ho Park, said") is that name's, the words before it no person;
- a name in curly quotes just after a company's noun ("national company “Tarvalcement”",
  "la société “Norval Ciments”") is a company's, as one in straight quotes is; curly quotes
  far from the noun ("la ville dédiée à l'industrie … “Kara Auto City”") name a place;
- a name before "company", "firm", "corporation", "group" after a preposition ("partners
  from Kelong company", "supplied by Tarvo Steel company") is a company's, as after "the";
  a country so said ("with Egypt company support") is none;
- a company's capital letters and a word of its trade in lower case, as the company styles
  its name ("KTX mobility", "LG display"), said twice or more, are one name, and a title
  "of" it is that company's; said once ("the EDF energy plan") they are none;
- a parent named after "a subsidiary of" takes no part in the plant, even where the page
  doubled the preposition ("a subsidiary of of the Norvel Group");
- a clause after "that" or "que" opens with its subject as a sentence does: a company's
  name there, then its act ("announced that Kelta will build …", "a indiqué que Norvex va
  construire …"; "will create … jobs" is such an act), is a company; a name of four words
  with one in capitals ("Tarvo Q POWER Ghana") is one name, a country at its end a word of
  it; four title-cased words with none in capitals stay unread;
- a name followed by a place's noun in lower case ("the border of Tursun Zoda district",
  "Kelta region") is a place's, no person's; a name just after "à", "in", "at" that a title
  said far before would reach ("le président X lors de la cérémonie … à Puerto Lema") is
  where, no person; a title just before a name ("le ministre Ali Diop") still names one;
- capitalised words before an English title after a preposition ("On the way to Kulob head
  of state X", "in Tema Minister X") are the preposition's object, no part of the title;
  "Industry Minister X" keeps its words.
"""

from __future__ import annotations

from tests.extract.reading import about, orgs, people, read, role_titles


def test_a_government_that_signs_pays_or_owns_is_named_by_its_adjective() -> None:
    said = read(
        "Le projet coûtera 300 millions de dollars, dont 20% seront assurés par le "
        "gouvernement malien."
    )
    assert "Gouvernement malien" in orgs(said)
    said = read("Kelta a signé un accord avec le gouvernement sénégalais pour une usine à Thiès.")
    assert "Gouvernement sénégalais" in orgs(said)
    said = read("Le gouvernement togolais et Norvex ont signé un contrat pour une usine à Kara.")
    assert "Gouvernement togolais" in orgs(said)


def test_a_government_in_a_title_or_announcing_is_no_party() -> None:
    said = read("Les membres du gouvernement malien ont visité l'usine de Kati.")
    assert not any(name.startswith("Gouvernement") for name in orgs(said))
    said = read("Le gouvernement péruvien a annoncé son intention de contrôler le lithium.")
    assert not any(name.startswith("Gouvernement") for name in orgs(said))


def test_an_abbreviated_title_before_a_name_is_the_persons_title() -> None:
    said = read("The tyre plant was announced by Gov. Anna Kessler on Monday.", lang="en")
    assert "Anna Kessler" in people(said)
    assert role_titles(said, "Anna Kessler") == ["Gov."]
    said = read("Sen. Paul Marden visited the glass plant in Tacoma on Friday.", lang="en")
    assert role_titles(said, "Paul Marden") == ["Sen."]
    said = read("The new plant was opened by Lt. Gov. Burt Conway in Macon.", lang="en")
    assert role_titles(said, "Burt Conway") == ["Lt. Gov."]


def test_a_possessive_closes_a_titled_name_and_a_title_after_it_wins() -> None:
    said = read(
        "Kelta will invest $10 million in Rome, according to Gov. Anna Kessler’s Office.",
        lang="en",
    )
    assert "Anna Kessler" in people(said)
    said = read(
        "The plant was opened by Amb. Peter Odhiambo, Chairman of Norvel Holdings, in Thika.",
        lang="en",
    )
    assert [t.split()[0] for t in role_titles(said, "Peter Odhiambo")] == ["Chairman"]


def test_a_capitalised_surname_the_text_says_alone_is_no_agreement() -> None:
    said = read(
        "Kelta will build a tyre plant in Macon, according to Gov. Paul Deal’s Office. "
        "Deal said Tuesday that the plant would employ 300 people.",
        lang="en",
    )
    assert not [p for p in said if p.new and p.new.kind == "agreements"]
    said = read(
        "Kelta signed a deal with Macon County for a tyre plant, Governor Paul Deal said.",
        lang="en",
    )
    assert [p for p in said if p.new and p.new.kind == "agreements"]


def test_a_title_after_a_possessive_of_several_words_is_that_companys() -> None:
    said = read(
        "According to Kofi Mensah, Norvel Motors Ghana's deputy manager, the plant will "
        "assemble buses.",
        lang="en",
    )
    assert "Norvel Motors Ghana" in orgs(said)
    assert role_titles(said, "Kofi Mensah") == ["deputy manager"]
    said = read(
        "The mill will open in May, said Omar Lemri, Tarkon Steel Group's chief executive.",
        lang="en",
    )
    assert "Tarkon Steel Group" in orgs(said)
    assert [p.plain_value() for p in about(said, "Tarkon Steel Group", "head")] == ["Omar Lemri"]


def test_a_lower_case_possessive_or_a_name_after_the_title_names_no_company() -> None:
    said = read(
        "Kelta Motors will build a plant in Tema. It will open in May, said Omar Lemri, the "
        "company's chief executive.",
        lang="en",
    )
    assert "company" not in orgs(said)
    said = read(
        "The cars will go to buyers elsewhere in Latin America, Kelta Group's chairman, "
        "Jin-Ho Park, said.",
        lang="en",
    )
    assert "Latin America" not in people(said)


def test_a_name_in_curly_quotes_after_a_companys_noun_is_a_company() -> None:
    said = read(
        "The cement plant will be built by national company \u201cTarvalcement\u201d in Kulob.",
        lang="en",
    )
    assert "Tarvalcement" in orgs(said)
    said = read("La cimenterie sera construite par la société \u201cNorval Ciments\u201d à Kara.")
    assert "Norval Ciments" in orgs(said)


def test_a_name_in_curly_quotes_far_from_a_companys_noun_is_no_company() -> None:
    said = read(
        "L'usine sera construite au sein de la ville dédiée à l'industrie des équipements "
        "automobiles \u201cKara Auto City\u201d par le groupe Norvex."
    )
    assert "Kara Auto City" not in orgs(said)


def test_a_name_before_company_after_a_preposition_is_a_company() -> None:
    said = read(
        "The plant will be built jointly with its Chinese partners from Kelong company.",
        lang="en",
    )
    assert "Kelong" in orgs(said)
    said = read("The kiln was supplied by Tarvo Steel company last year.", lang="en")
    assert "Tarvo Steel" in orgs(said)
    said = read("The plant will be built with Egypt company support.", lang="en")
    assert not any("Egypt" in name for name in orgs(said))


def test_letters_and_a_lower_case_trade_word_said_twice_are_a_companys_name() -> None:
    said = read(
        "KTX mobility will invest $300 million in a bus plant in Macon. KTX mobility employs "
        "4,000 people. \u201cWe chose Georgia,\u201d said Park Min, chief executive of KTX "
        "mobility.",
        lang="en",
    )
    assert "KTX mobility" in orgs(said)
    assert [p.plain_value() for p in about(said, "KTX mobility", "head")] == ["Park Min"]
    said = read(
        "Customers for TVL display's panels include Kelta. TVL display will build a panel "
        "plant in Dalton.",
        lang="en",
    )
    assert "TVL display" in orgs(said)


def test_letters_and_a_lower_case_word_said_once_are_no_name() -> None:
    said = read("The EDF energy plan includes a turbine plant in Belfort.", lang="en")
    assert "EDF energy" not in orgs(said)


def test_a_parent_after_a_doubled_preposition_takes_no_part() -> None:
    said = read(
        "Tarkon Motors, a subsidiary of of the Norvel Group, will invest $200 million in a "
        "new plant in Macon.",
        lang="en",
    )
    partners = {p.quote for p in said if p.field == "parties"}
    assert "Tarkon Motors" in partners
    assert "Norvel Group" not in partners


def test_a_company_opening_a_that_clause_then_its_act_is_a_company() -> None:
    said = read(
        "Georgia has courted Asian firms, including the announcement that Tarvo Q POWER "
        "Ghana will create 400 jobs in Dalton.",
        lang="en",
    )
    assert "Tarvo Q POWER Ghana" in orgs(said)
    said = read("The governor said that Kelvex will build a glass plant in Macon.", lang="en")
    assert "Kelvex" in orgs(said)
    said = read("Le ministre a indiqué que Norvex va construire une usine de câbles à Oran.")
    assert "Norvex" in orgs(said)


def test_four_title_cased_words_opening_a_that_clause_are_no_company() -> None:
    said = read(
        "The mayor said that Anna Maria Lopez Vidal will open the plant in Macon.", lang="en"
    )
    assert not any("Lopez" in name for name in orgs(said))


def test_a_name_before_a_place_noun_or_after_a_to_is_no_person() -> None:
    said = read(
        "On the way to Kulob head of state Amir Sharif first on the border of Tursun Zoda "
        "district launched the construction of the cement plant.",
        lang="en",
    )
    assert "Tursun Zoda" not in people(said)
    said = read(
        "Le contrat a été signé, a précisé le président malien Ali Diop lors de la cérémonie "
        "de signature du contrat à Puerto Lema, site de la future usine."
    )
    assert "Puerto Lema" not in people(said)
    assert "Ali Diop" in people(said)


def test_a_title_just_before_a_name_still_names_a_person() -> None:
    said = read("L'usine a été inaugurée à Kati par le ministre Ali Diop.")
    assert "Ali Diop" in people(said)


def test_capitalised_words_after_a_preposition_are_no_part_of_a_title() -> None:
    said = read("On the way to Kulob head of state Amir Sharif opened a cement plant.", lang="en")
    assert role_titles(said, "Amir Sharif") == ["head of state"]
    said = read("At the ceremony in Tema Minister Kofi Asante opened the plant.", lang="en")
    assert role_titles(said, "Kofi Asante") == ["Minister"]
    said = read("Industry Minister Kofi Asante opened the plant in Tema.", lang="en")
    assert role_titles(said, "Kofi Asante") == ["Industry Minister"]
