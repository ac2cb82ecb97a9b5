"""Thirty-second round: what the first reading of held-out set AV showed the reader could not
read, in words any article may use.

- "en présence de Jean Kaito (Président de la République) et de Paul Norvel (CEO de Norvel
  Mining LLC)": a title in brackets after a name is the person's, as after a comma, and
  the company it names is the one the person heads.
- "NAIROBI, May 3 Ghanaian mining group …", "CARACAS, Nov 5 (NNN-MERCOPRESS) - …", "MOSCOU,
  5 mars (AFP) - …": a dateline's town in capitals and its day, with no country in brackets,
  say where and when the news was written: no country of the article's pair, no day of
  what it tells.
- "Le groupe ghanéen Norvel", the article's first words after a dateline: the investors'
  country quoted at its own words, wherever the text says them.
- "the groundbreaking ceremony for a 9.3 trillion-won (US$7 billion) petrochemical plant in
  … Ulsan on Thursday": the sum said again in brackets is an aside, no clause between the
  ceremony and its day.
- "Une usine de textile intercoréenne établie à Lusaka sera mise en opération en août
  prochain": "établie" opens what is said of the plant, no word of its name; "intercoréenne"
  says whose it is, as a nationality does; "mise en opération", "entrera en opération": its
  start.
- "from Kaito mine, a joint venture between Canada's Norvel Resources and ENAMCO", "the Kaito
  mine in Eritrea": a mine by a name of its own is a project, its partners the venture's;
  "its first commercial-scale mine", "a friend of mine", "to mine copper" are none.
- "an investment of 220 million NZ dollars (145.31 million U.S. dollars)": New Zealand's
  dollars by the country's initials, the sum said first; the U.S. dollars said by their
  name are no host's dollars, even in an article on New Zealand.
- "a subsidiary of China's Kaito International Holdings Ltd.": the country's possessive
  before a name with its legal form says whose the company is, as before one without.
- A headline's "opens state-of-art Chinese infant formula plant", then the body's "a
  state-of-the-art infant formula plant in the village of Tema": a nationality after a
  quality ("state-of-art", "modern") says whose the plant is, no name; the plant is named by
  the convention, at its town; infant formula is a food (Agrifood).
- "an agreement to build a cement factory in the South American country": a part of the
  Americas is no United States, and the host said by a common noun ("in the … country",
  "dans ce pays") is no word of the agreement's title.
- "the architectural, engineering, and adaptation works are beginning", "Les travaux ont
  commencé en mars": the works begun, construction.
- "a fiber optic factory", "une usine de fibre optique": cable that carries light, electrical
  equipment.
- "more specifically in Arequipa, a State just 30 kilometers north of Lima": a place said to
  be a state, a province, a region is the plant's region, no town (the plant named
  without one).
- "has applied to Zambia for a mining licence for its Kaito Potash Project", "a demandé un
  permis d'exploitation": the right asked for, not yet given: announced.
- "le projet de la mine d'uranium de Kaito, située … dans la province de Dornogovi": the
  project is the mine, named without "projet de la"; the site its name is fixed to is
  where it stands, in the region said (not "de la province de X", a region; not a town of
  another country; a plant's "de X" may be whose it is, or a name: "l'usine de Fiat").
- "un accord d'investissement mutuellement bénéfique pour les deux partenaires", then
  "L'accord d'investissement envisagé", then "La signature de l'accord d'investissement est
  attendue d'ici la fin de l'année": one agreement, "Accord d'investissement" (whom it serves,
  how, and its state are no words of its title), proposed, its signing planned by then.
- "les relations entre Norvel et le gouvernement Mongol": the government, the second of the
  pair, named by its country (GOLD.md rule 9), the adjective with its capital or without
  (not one of a list: "entre le gouvernement X, les ministères …").
- "un protocole d'accord pour le développement et la mise en exploitation de la mine
  d'uranium de Kaito": a mine said by what it yields is a project in French as in English,
  the agreement's, and its site's name quoted where it is said with its region.
- "La nouvelle usine de pneus de Norvel à Tema": the name after the plant's noun and its
  complements, before where it is, is its owner, a company and a party; the town after it
  is the plant's ("une usine de Cimenterie en Guinée": a noun, no owner); what it makes,
  said with "la nouvelle usine", is its trade and quoted with it.
- "Norvel, the world's largest glass maker, said …", "Norvel, the world's largest
  glassmaker, will build …": a company by its trade in apposition, the world's rank before
  it, the maker in one word or two.
- "The Tema glass factory, in Ghana": the town a plant's name is fixed to, what it makes
  between them, is where it stands, when the lists know the town ("the Nile cement plant"
  is named after a river).
- "Les travaux devraient s'achever fin 2026", "seront achevés fin 2026", "devraient se
  terminer en 2026", "Construction should wrap up in late 2026": the works' end.
- "En 1992, Norvel … s'établit dans la province du Hebei, au nord de la Chine", then
  "Norvel Soudan voit le jour à Khartoum", then "l'usine de plaques de plâtre de Khartoum
  est la seule du genre au Soudan": the town the plant's name is fixed to, known to the
  lists in the host country, is where it stands, not the parent's province; quoted where
  the text places something there.
- "a phosphoric acid project in Edfu, in the Aswan governorate" in English: the region by
  its English name ("Aswan", not the lists' French "Assouan"); "direct employment for 350
  individuals": 350 direct jobs.
- A headline's "son usine géante à Tanger", the body's "son usine géante de Tanger": the
  body's words fix the town to the noun: "Usine de Tanger", not "Usine".
- "Le groupe Kaito a signé lundi avec le groupe chinois Norvel une convention …": the
  signer and the one it signed with, its day and the company's noun and nationality
  between, are the agreement's parties.
- "détenue à 60 % par Norvel et à 40 % par Kaito Holding", "owned 60% by Norvel and 40% by
  Kaito": each holder by its share, a company and a party.
- "by the end of the first quarter of 2026", "d'ici la fin du premier semestre 2025",
  "avant la fin du premier trimestre 2026": a deadline, from the day written to the part
  of the year's end ("au premier semestre 2026" stays the half itself).
- "a joint venture in which Norvel holds a 60% stake", "une coentreprise dont Norvel détient
  60 %": the holder named inside the clause of its share, a company and a party.
"""

from __future__ import annotations

from bilat.store.extract.places import countries_in

from .reading import (
    about,
    dates_said,
    locations,
    named,
    orgs,
    people,
    projects,
    read,
    role_titles,
    sector_names,
    statuses,
    value_of,
)


def test_a_title_in_brackets_after_the_name() -> None:
    found = read(
        "La cérémonie s'est tenue à Paris en présence de Jean Kaito (Président de la "
        "République) et de Paul Norvel (CEO de Norvel Mining LLC).",
    )
    assert {"Jean Kaito", "Paul Norvel"} <= people(found)
    assert role_titles(found, "Jean Kaito") == ["Président de la République"]
    assert "Norvel Mining LLC" in orgs(found)
    assert [p.plain_value() for p in about(found, "Norvel Mining LLC", "head")] == ["Paul Norvel"]
    found = read(
        "The ceremony was attended by Amos Kelo (chief executive of Tarsa Mining) and Tom "
        "Brevi (governor of Kaito).",
        "en",
    )
    assert {"Amos Kelo", "Tom Brevi"} <= people(found)
    assert role_titles(found, "Tom Brevi") == ["governor of Kaito"]


def test_a_dateline_of_a_town_and_a_day() -> None:
    found = read(
        "NAIROBI, May 3 Ghanaian mining group Norvel Ltd has applied to Zambia for a mining "
        "licence for its Kaito Copper Project, which is expected to start production in 2019.",
        "en",
    )
    assert value_of(found, "Kaito Copper Project", "countries") == ["GH", "ZM"]
    found = read(
        "CARACAS, Nov 5 (NNN-MERCOPRESS) - Ghanaian and Zambian authorities announced this "
        "weekend the signing of an agreement to build a cement factory in Lusaka.",
        "en",
    )
    assert not [p for p in found if p.field == "events" or p.field.startswith("dates")]
    for dateline in ("MOSCOU, 5 mars (AFP) - ", "MOSCOU (Russie), 5 mars (AFP) - ", ""):
        found = read(
            f"{dateline}Le groupe ghanéen Norvel a signé un accord pour construire une "
            "cimenterie à Lusaka."
        )
        [countries] = about(found, "Cimenterie de Lusaka", "countries")
        assert countries.plain_value() == ["GH", "ZM"]
        assert countries.quote == "groupe ghanéen"
        assert value_of(found, "Cimenterie de Lusaka", "location")["region"] == "Lusaka"


def test_a_sum_in_brackets_is_no_clause_before_the_day() -> None:
    found = read(
        "President Amos Kelo attended the groundbreaking ceremony for a 9.3 trillion-won "
        "(US$7 billion) petrochemical plant in the southeastern city of Ulsan on Thursday, "
        "his office said.",
        "en",
        "2023-03-09",
    )
    [start] = [p for p in found if p.field == "dates.construction_start"]
    assert start.plain_value()["earliest"] == "2023-03-09"


def test_a_plant_established_somewhere_put_into_operation() -> None:
    found = read(
        "Une usine de textile intercoréenne établie à Lusaka sera mise en opération en août "
        "prochain."
    )
    assert projects(found) == {"Usine de textile de Lusaka"}
    start = value_of(found, "Usine de textile de Lusaka", "dates.operation_start")
    assert (start["earliest"], start["latest"]) == ("2024-08-01", "2024-08-31")
    found = read("Une usine de textile construite à Lusaka entrera en opération en août.")
    assert value_of(found, "Usine de textile de Lusaka", "dates.operation_start")["raw"] == (
        "en août"
    )


def test_a_mine_by_its_name() -> None:
    found = read(
        "Commercial-scale mining only began in 2011 from Kaito mine, a joint venture between "
        "Canada's Norvel Resources and ENAMCO.",
        "en",
    )
    assert projects(found) == {"Kaito mine"}
    assert {p.quote for p in about(found, "Kaito mine", "parties")} == {
        "Norvel Resources",
        "ENAMCO",
    }
    found = read("Norvel Resources will develop the Kaito mine in Eritrea.", "en")
    assert value_of(found, "Kaito mine", "location")["country"] == "ER"
    for text in (
        "Its first commercial-scale mine began production in 2011, in Eritrea.",
        "Norvel Resources, a friend of mine, plans to mine copper in Eritrea.",
        "The mine at Kaito, in Eritrea, will open in 2026.",
    ):
        assert projects(read(text, "en")) == set(), text


def test_dollars_by_the_initials_of_their_country() -> None:
    found = read(
        "The plant represents an investment of 220 million NZ dollars (145.31 million U.S. "
        "dollars) by Norvel Dairy Co., Ltd. in Pokeno, New Zealand.",
        "en",
    )
    [sum_] = [p.plain_value() for p in found if p.field == "investment"]
    assert (sum_["value"], sum_["currency"]) == (220_000_000, "NZD")
    found = read(
        "The plant represents an investment of 145.31 million U.S. dollars by Norvel Dairy "
        "Co., Ltd. in Pokeno, New Zealand.",
        "en",
    )
    [sum_] = [p.plain_value() for p in found if p.field == "investment"]
    assert sum_["currency"] == "USD"
    found = read("Norvel will invest 40 million HK dollars in a plant in Kaito, Ghana.", "en")
    [sum_] = [p.plain_value() for p in found if p.field == "investment"]
    assert sum_["currency"] == "HKD"


def test_a_countrys_possessive_before_a_name_with_its_legal_form() -> None:
    found = read(
        "Norvel Dairy Co., Ltd., a subsidiary of China's Kaito International Holdings Ltd., "
        "built a plant in Pokeno, New Zealand.",
        "en",
    )
    [country] = about(found, "Kaito International Holdings Ltd.", "country")
    assert (country.plain_value(), country.quote) == (
        "CN",
        "China's Kaito International Holdings Ltd.",
    )
    assert not about(found, "Norvel Dairy Co., Ltd.", "country")


def test_a_quality_then_a_nationality_in_a_headline() -> None:
    found = read(
        "Ghana PM opens state-of-art Chinese infant formula plant\n"
        "Ghana's President Amos Kelo on Friday officially opened a state-of-the-art infant "
        "formula plant in the village of Tema, east of Accra.",
        "en",
    )
    assert projects(found) == {"Infant formula plant at Tema"}
    assert value_of(found, "Infant formula plant at Tema", "location")["locality"] == "Tema"
    assert "Agrifood" in sector_names(found)


def test_the_south_american_country() -> None:
    found = read(
        "Ghanaian authorities announced the signing of an agreement to build a cement factory "
        "in the South American country, in Lima, Peru.",
        "en",
    )
    assert value_of(found, "Cement factory at Lima", "countries") == ["GH", "PE"]
    assert value_of(found, "Agreement to build a cement factory", "title") == {
        "en": "Agreement to build a cement factory"
    }
    found = read(
        "Le groupe ghanéen Norvel a signé un accord pour construire une cimenterie dans ce pays."
    )
    assert value_of(found, "Accord pour construire une cimenterie", "title") == {
        "fr": "Accord pour construire une cimenterie"
    }
    assert countries_in("une entreprise latino-americaine en amerique du sud") == []


def test_the_works_are_beginning() -> None:
    found = read(
        "Norvel will build a cement factory in Lima, Peru. Kelo said the architectural, "
        "engineering, and adaptation works are beginning.",
        "en",
    )
    assert "construction" in statuses(found)
    found = read("Norvel construira une cimenterie au Pérou. Les travaux ont commencé en mars.")
    assert value_of(found, "Cimenterie", "dates.construction_start")["raw"] == "en mars"
    found = read(
        "Norvel will build a cement factory in Lima, Peru. The works will begin in May.", "en"
    )
    assert "construction" not in statuses(found)


def test_fiber_optics_are_electrical_equipment() -> None:
    found = read("Norvel signed an agreement to build a fiber optic factory in Lima, Peru.", "en")
    assert sector_names(found) == {"Electrical equipment"}
    found = read("Norvel va construire une usine de fibre optique à Lima, au Pérou.")
    assert sector_names(found) == {"Équipements électriques"}


def test_a_place_said_to_be_a_state() -> None:
    found = read(
        "Norvel signed an agreement to build a fiber optic factory in Peru, more specifically "
        "in Arequipa, a State just 30 kilometers north of Lima.",
        "en",
    )
    assert value_of(found, "Fiber optic factory", "location") == {
        "country": "PE",
        "region": "Arequipa",
        "locality": None,
    }


def test_a_licence_applied_for() -> None:
    found = read(
        "Ghanaian mining group Norvel Ltd has applied to Zambia for a mining licence for its "
        "Kaito Potash Project.",
        "en",
    )
    assert value_of(found, "Kaito Potash Project", "status") == "announced"
    found = read(
        "Le groupe ghanéen Norvel a demandé un permis d'exploitation pour son projet de mine de "
        "potasse de Kaito, en Zambie."
    )
    assert statuses(found) == {"announced"}


def test_the_project_of_a_mine_and_its_town() -> None:
    found = read(
        "Orano développe le projet de la mine d'uranium de Kaito, située dans le sud-ouest de "
        "la Mongolie, dans la province de Dornogovi."
    )
    assert projects(found) == {"Mine d'uranium de Kaito"}
    where = value_of(found, "Mine d'uranium de Kaito", "location")
    assert (where["country"], where["locality"]) == ("MN", "Kaito")
    found = read(
        "Norvel construit la première usine de latex de la province de Champassak, au Laos."
    )
    assert all(w["locality"] is None for w in locations(found))


def test_an_envisaged_agreement_whose_signing_is_awaited() -> None:
    found = read(
        "Le protocole pose le cadre d'un accord d'investissement mutuellement bénéfique pour "
        "les deux partenaires. L'accord d'investissement envisagé permettra de définir les "
        "bases des relations entre Norvel et le gouvernement ghanéen. La signature de l'accord "
        "d'investissement est attendue d'ici la fin de l'année."
    )
    assert named(found, "agreements") == {"Accord d'investissement"}
    assert value_of(found, "Accord d'investissement", "status") == "proposed"
    [signed] = about(found, "Accord d'investissement", "events")
    assert signed.plain_value()["type"] == "signed"
    assert signed.plain_value()["date"]["planned"] is True
    found = read("Norvel and Kaito will negotiate the envisaged agreement in Accra.", "en")
    assert statuses(found) == {"proposed"}


def test_a_government_the_second_of_a_pair() -> None:
    for adjective in ("Mongol", "mongol"):
        found = read(
            "L'accord d'investissement définira les relations entre Norvel et le gouvernement "
            f"{adjective}."
        )
        name = f"Gouvernement {adjective}"
        assert name in orgs(found)
        assert value_of(found, name, "country") == "MN"
    found = read(
        "L'accord sera signé entre Norvel et le gouvernement mongol, les ministères et les banques."
    )
    assert "Gouvernement mongol" not in orgs(found)


def test_a_french_mine_is_the_agreement_s_project() -> None:
    text = (
        "Norvel a signé un protocole d'accord pour le développement et la mise en exploitation "
        "de la mine d'uranium de Kaito en Mongolie. Le projet de la mine d'uranium de Kaito, "
        "située dans la province de Dornogovi, sera développé par Norvel."
    )
    found = read(text)
    assert projects(found) == {"Mine d'uranium de Kaito"}
    assert about(found, "Mine d'uranium de Kaito", "agreements")
    [where] = about(found, "Mine d'uranium de Kaito", "location")
    assert where.plain_value()["locality"] == "Kaito"
    assert where.start > text.index("Le projet")


def test_a_french_plant_s_owner_named_after_it() -> None:
    for text, name in (
        (
            "La nouvelle usine de pneus de Norvel à Tema, au Ghana, emploiera 200 personnes.",
            "Usine de pneus de Tema",
        ),
        ("L'usine de Norvel à Tema, au Ghana, emploiera 200 personnes.", "Usine de Tema"),
    ):
        found = read(text)
        assert projects(found) == {name}
        assert [p.quote for p in about(found, name, "parties")] == ["Norvel"]
        assert value_of(found, name, "location")["locality"] == "Tema"
    found = read("Norvel a posé la première pierre d'une usine de Cimenterie en Guinée.")
    assert "Cimenterie" not in orgs(found)


def test_the_new_plant_said_with_what_it_makes() -> None:
    found = read("La nouvelle usine de pneus de Norvel à Tema sera inaugurée lundi.")
    [trade] = about(found, "Usine de pneus de Tema", "sectors")
    assert trade.plain_value()["primary"] is True
    [name] = about(found, "Usine de pneus de Tema", "name")
    assert name.quote == "nouvelle usine de pneus"


def test_the_world_s_largest_maker() -> None:
    for maker in ("glass maker", "glassmaker"):
        found = read(
            f"Norvel, the world's largest {maker}, said on Tuesday it would build a factory in "
            "Tema, Ghana.",
            "en",
        )
        assert [p.quote for p in about(found, "Factory at Tema", "parties")] == ["Norvel"]


def test_a_town_then_a_trade_then_the_plant_s_noun() -> None:
    found = read("The Tema glass factory, in Ghana, is being developed by Norvel Glass.", "en")
    assert value_of(found, "Tema glass factory", "location")["locality"] == "Tema"


def test_the_works_end() -> None:
    for text, lang, raw in (
        ("Les travaux devraient s'achever fin 2026.", "fr", "fin 2026"),
        ("Les travaux seront achevés fin 2026.", "fr", "fin 2026"),
        ("Les travaux devraient se terminer en 2026.", "fr", "en 2026"),
        ("Construction should wrap up in late 2026.", "en", "in late 2026"),
    ):
        plant = (
            "Norvel construira une cimenterie à Tema, au Ghana. "
            if lang == "fr"
            else ("Norvel will build a cement plant in Tema, Ghana. ")
        )
        found = read(plant + text, lang)
        [end] = [p for p in found if p.field == "dates.completion"]
        assert end.plain_value()["raw"] == raw, text


def test_a_known_town_in_a_french_plant_s_name() -> None:
    found = read(
        "En 1992, Norvel, grand fabricant de plaques de plâtre, s'établit dans la province du "
        "Hebei, au nord de la Chine. Norvel Soudan voit le jour à Khartoum, capitale "
        "soudanaise. L'usine de plaques de plâtre de Khartoum est la seule du genre au Soudan."
    )
    [where] = about(found, "Usine de plaques de plâtre de Khartoum", "location")
    assert where.plain_value() == {"country": "SD", "region": None, "locality": "Khartoum"}
    assert where.quote == "à Khartoum"


def test_an_english_region_name_and_individuals_employed() -> None:
    found = read(
        "Norvel is setting up a phosphoric acid project in Edfu, in the Aswan governorate. The "
        "project will also provide direct employment for 350 individuals.",
        "en",
    )
    assert value_of(found, "Phosphoric acid project at Edfu", "location")["region"] == "Aswan"
    jobs = value_of(found, "Phosphoric acid project at Edfu", "jobs")
    assert (jobs["value"], jobs["job_type"]) == (350, "direct")
    found = read("Norvel construit une usine d'acide phosphorique à Edfou, près d'Assouan.")
    assert all(w["region"] in (None, "Assouan") for w in locations(found))


def test_the_body_fixes_the_town_the_headline_said_after() -> None:
    found = read(
        "Maroc: Norvel inaugure la phase II de son usine géante à Tanger\n\n"
        "Le groupe Norvel a inauguré mardi la seconde phase de son usine géante de Tanger, au "
        "Maroc."
    )
    assert projects(found) == {"Usine de Tanger"}


def test_signed_on_a_day_with_a_company_by_its_noun() -> None:
    found = read(
        "Le groupe Kaito a signé lundi avec le groupe chinois Norvel une convention "
        "d'investissement pour la réalisation d'une aciérie à Tema."
    )
    [title] = named(found, "agreements")
    assert {p.quote for p in about(found, title, "parties")} == {"Kaito", "Norvel"}


def test_each_holder_by_its_share() -> None:
    for text, lang in (
        (
            "La cimenterie de Tema, au Ghana, est détenue à 60 % par Norvel et à 40 % par Kaito "
            "Holding.",
            "fr",
        ),
        ("The cement plant in Tema, Ghana, is owned 60% by Norvel and 40% by Kaito Holding.", "en"),
    ):
        found = read(text, lang)
        [plant] = projects(found)
        assert {p.quote for p in about(found, plant, "parties")} == {"Norvel", "Kaito Holding"}


def test_a_deadline_at_a_part_of_a_year() -> None:
    assert dates_said("by the end of the first quarter of 2026") == [
        ("by the end of the first quarter of 2026", "2024-05-10", "2026-03-31")
    ]
    assert dates_said("d'ici la fin du premier semestre 2025") == [
        ("d'ici la fin du premier semestre 2025", "2024-05-10", "2025-06-30")
    ]
    assert dates_said("au premier semestre 2026") == [
        ("au premier semestre 2026", "2026-01-01", "2026-06-30")
    ]


def test_the_holder_inside_the_clause_of_its_share() -> None:
    for text, lang in (
        (
            "The cement plant in Tema, Ghana, is a joint venture in which Norvel holds a 60% "
            "stake, with Kaito Holdings holding the remaining 40%.",
            "en",
        ),
        ("La cimenterie de Tema, au Ghana, est une coentreprise dont Norvel détient 60 %.", "fr"),
    ):
        found = read(text, lang)
        [plant] = projects(found)
        assert "Norvel" in {p.quote for p in about(found, plant, "parties")}
