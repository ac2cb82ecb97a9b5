"""Rules for organisations, people and figures, round sixteen, part people16d; each general
in form and tested on sentences of its own (none taken from the evaluation set):

- a title "du groupe", then a comma and a name ("le patron du groupe, X") names the head of
  the company the text speaks of: a person, no company;
- a title "de X", then a person's name run into the company's ("le patron de Norvalis Jean
  Dupont"), is the company's head when the text names that company alone elsewhere;
- "le patron de X" is X's head;
- "le patron de la compagnie, X", "the company's chairman X": the company the text is about,
  named first, not a partner named after it;
- a trade's noun said before a name ("l'équipementier X", "le fabricant X", "le sidérurgiste
  X") cues a company, as "la société X" does;
- an elided article and a trade's noun that open a sentence ("L'équipementier X, filiale
  de …") are no part of the company's name;
- a page's hard-wrapped lines read as the sentences they wrap: a single line break after a
  full line inside a paragraph is a space ("Korea's Tarkon\nHeavy Industries" is one name);
  a blank line, a heading or a byline still ends things, and the quotes keep the page's words;
- South-East Asia's legal forms end a company's name ("X Pcl", "X (M) Sdn Bhd", "X Tbk"), and
  a title after it ("X Corporation Pcl director Y") is that company's, the title "director";
- an adverb before a count of jobs says their kind ("générer directement un millier
  d'emplois", "will directly create 500 jobs");
- an economy's measure written with capitals ("Foreign Direct Investment (FDI)", "Gross
  Domestic Product (GDP)") is no organisation;
- a country's foreign direct investment over years ("FDI from 2010 to 2022 accumulated $12
  billion", "les IDE ont atteint 3 milliards de dollars en 2023") is no plant's investment;
- a sentence about the company's clients ("Among its clients is X, for which it built a plant
  of 2 million units", "Parmi ses clients figure X …") says the clients' output, no capacity;
- a title of a body whose name ends in its noun, then a name with no comma ("Chairman of the
  X Zones Authority Jim Y"): the body, then its head;
- "son PDG X", "leur directeur général X": the head of the company the text speaks of (a
  country's "son président X" stays no company's);
- "Bt7 billion", "Bt 300 million": the baht, as the Thai press writes it.

Each test failed with the reader as it was before its rule, except the guards, which say
where a rule stops."""

from __future__ import annotations

from typing import Any

from .reading import orgs, people, read, role_titles


def test_the_head_of_the_group_then_a_comma_names_a_person() -> None:
    found = read(
        "Le constructeur Norvalis a annoncé une usine à Lyon, a déclaré le patron du "
        "groupe, Jean Dupont. L'usine ouvrira en 2025.",
        "fr",
    )
    assert "Jean Dupont" in people(found)
    assert "Jean Dupont" not in orgs(found)
    assert role_titles(found, "Jean Dupont") == ["patron"]


def test_a_group_noun_then_a_company_name_after_a_verb_is_still_a_company() -> None:
    found = read("L'usine appartient au groupe nippon, Daesok Industries, depuis 2010.", "fr")
    assert "Daesok Industries" in orgs(found)


def _heads(found: list[Any]) -> set[tuple[str, str]]:
    """(company, person) for each head proposed, the company by its name."""
    return {(p.new.name, p.plain_value()) for p in found if p.field == "head" and p.new}


def test_a_title_of_a_company_run_into_a_name_splits_when_the_company_is_said_alone() -> None:
    found = read(
        "Le constructeur Norvalis a ouvert une usine à Lyon. La cérémonie a eu lieu en "
        "présence du patron de Norvalis Jean Dupont et du maire.",
        "fr",
    )
    assert "Jean Dupont" in people(found)
    assert ("Norvalis", "Jean Dupont") in _heads(found)


def test_a_title_of_a_company_run_into_words_never_said_alone_is_no_person() -> None:
    found = read("Le contrat a été signé par le directeur de Tarkon Motor Works.", "fr")
    assert not people(found)


def test_the_boss_of_the_company_is_its_head() -> None:
    found = read("Le patron de Norvalis, Jean Dupont, a inauguré l'usine de Lyon.", "fr")
    assert ("Norvalis", "Jean Dupont") in _heads(found)


def test_the_company_said_bare_is_the_one_the_text_is_about() -> None:
    found = read(
        "Le groupe Norvalis a ouvert une usine à Lyon pour fournir le constructeur "
        "Tarkon. L'usine emploiera 300 personnes, a indiqué le patron de la compagnie, "
        "Jean Dupont.",
        "fr",
    )
    assert ("Norvalis", "Jean Dupont") in _heads(found)


def test_a_trade_noun_before_a_name_cues_a_company() -> None:
    found = read("Selon l'équipementier Norvalis, l'usine ouvrira à Lyon en 2025.", "fr")
    assert "Norvalis" in orgs(found)
    found = read("Le sidérurgiste Tarkon a ouvert une aciérie à Lyon.", "fr")
    assert "Tarkon" in orgs(found)


def test_an_article_and_a_trade_noun_are_no_part_of_the_name() -> None:
    found = read(
        "L'équipementier Norvalis, filiale du groupe Tarkon, a ouvert une usine à Lyon.", "fr"
    )
    assert "Norvalis" in orgs(found)
    assert not any(name.startswith("L'") for name in orgs(found))


_WRAPPED = (
    "Norvalis Estates, a leading developer of industrial land, and Korea's Tarkon\n"
    "Heavy Industries have signed an agreement to build a gearbox plant near the\n"
    "port of Lyon, to serve carmakers across the region and beyond its borders.\n"
    "The plant will employ 400 people when it opens, a spokesman for the two\n"
    "companies told reporters at a press conference held in the city on Monday.\n"
    "Production of the first gearboxes is planned for the second half of 2026.\n"
)


def test_a_hard_wrapped_line_break_inside_a_name_is_a_space() -> None:
    found = read(_WRAPPED, "en")
    assert "Tarkon Heavy Industries" in orgs(found)
    assert "Heavy Industries" not in orgs(found)
    assert any(p.quote == "Tarkon\nHeavy Industries" for p in found)


def test_a_short_line_and_a_blank_line_still_end_things() -> None:
    from bilat.store.extract.segment import unwrapped

    text = "Plant News\nBy Ana Lopez\n" + _WRAPPED + "\nTarkon Heavy Industries said so.\n"
    read_as = unwrapped(text)
    assert read_as.startswith("Plant News\nBy Ana Lopez\nNorvalis")
    assert "beyond its borders.\nThe plant" in read_as
    assert "2026.\n\nTarkon" in read_as
    assert "Tarkon Heavy Industries have" in read_as
    one_line_each = "Le groupe Norvalis a ouvert une usine\nLa production commencera en 2026\n"
    assert unwrapped(one_line_each) == one_line_each


def test_a_south_east_asian_legal_form_ends_the_name_before_a_title() -> None:
    found = read(
        "The plant will open in 2026, Norvalis Corporation Pcl director Jim Hartley said.", "en"
    )
    assert "Norvalis Corporation Pcl" in orgs(found)
    assert role_titles(found, "Jim Hartley") == ["director"]
    found = read("According to Tarkon Steel (M) Sdn Bhd, the mill will open in 2026.", "en")
    assert "Tarkon Steel (M) Sdn Bhd" in orgs(found)
    assert "Sdn Bhd" not in orgs(found)


def _jobs(found: list[Any]) -> set[tuple[int, str]]:
    return {
        (p.plain_value()["value"], p.plain_value()["job_type"]) for p in found if p.field == "jobs"
    }


def test_an_adverb_before_a_count_of_jobs_says_their_kind() -> None:
    found = read(
        "Le groupe Norvalis construira une usine à Lyon. L'usine devrait générer directement "
        "un millier d'emplois, estime le groupe.",
        "fr",
    )
    assert (1000, "direct") in _jobs(found)
    found = read(
        "Norvalis will build a plant in Ohio. The plant will directly create 500 jobs.", "en"
    )
    assert (500, "direct") in _jobs(found)


def test_a_count_of_jobs_with_no_adverb_is_all_of_them() -> None:
    found = read("Le groupe Norvalis construira une usine à Lyon qui créera 300 emplois.", "fr")
    assert (300, "total") in _jobs(found)


def test_an_economic_measure_with_capitals_is_no_organisation() -> None:
    found = read(
        "Norvalis will build a plant in Ohio. Foreign Direct Investment (FDI) in the state "
        "reached a record, and its Gross Domestic Product (GDP) grew.",
        "en",
    )
    assert not orgs(found) & {"Foreign Direct Investment", "Gross Domestic Product", "FDI", "GDP"}


def test_an_investment_company_is_still_an_organisation() -> None:
    found = read("Tarkon Investment Holdings (TIH) will fund the plant in Ohio.", "en")
    assert "Tarkon Investment Holdings" in orgs(found)


def _sums(found: list[Any]) -> set[float]:
    return {p.plain_value()["value"] for p in found if p.field == "investment"}


def test_a_country_s_foreign_direct_investment_is_no_plant_s_sum() -> None:
    found = read(
        "Norvalis began building a plant in Ohio, with an investment of $20 million. "
        "Data show that Foreign Direct Investment (FDI) in the state from 2010 to 2022 "
        "accumulated $12.4 billion, ahead of Texas's $30.2 billion.",
        "en",
    )
    assert _sums(found) == {20_000_000}


def test_a_plant_s_sum_said_before_the_words_fdi_is_still_its_investment() -> None:
    found = read(
        "Norvalis will invest $50 million in a plant in Ohio, the largest foreign direct "
        "investment in the state in 2024.",
        "en",
    )
    assert 50_000_000 in _sums(found)


def _capacities(found: list[Any]) -> set[float]:
    return {p.plain_value()["value"] for p in found if p.field == "capacity"}


def test_a_client_s_output_is_no_capacity() -> None:
    found = read(
        "Norvalis began building a plant in Ohio, which will make 5,000 tanks a year. "
        "Among its clients is the brewer Tarkon, for which it built a plant with a capacity "
        "of 2 million bottles a year.",
        "en",
    )
    assert 2_000_000 not in _capacities(found)
    assert 5_000 in _capacities(found)
    found = read(
        "Norvalis construit une usine à Lyon. Parmi ses clients figure Tarkon, dont l'usine "
        "produit 3 millions de bouteilles par an.",
        "fr",
    )
    assert 3_000_000 not in _capacities(found)


def test_a_body_s_noun_ends_its_name_before_its_head_s() -> None:
    found = read(
        "Chairman of the Ohio Economic Zones Authority Jim Hartley said he expected the "
        "Tarkon plant to open by 2026.",
        "en",
    )
    assert "Jim Hartley" in people(found)
    assert "Ohio Economic Zones Authority" in orgs(found)


def test_its_head_said_with_a_french_possessive_is_the_company_s() -> None:
    found = read(
        "Le groupe Norvalis a inauguré une usine à Lyon, a déclaré son PDG Jean Dupont lors "
        "de la cérémonie.",
        "fr",
    )
    assert ("Norvalis", "Jean Dupont") in _heads(found)


def test_a_country_s_president_with_a_possessive_is_no_company_s_head() -> None:
    found = read(
        "Le Sénégal accueille l'usine du groupe Norvalis, et son président Macky Sall l'a "
        "inaugurée.",
        "fr",
    )
    assert not {h for h in _heads(found) if h[1] == "Macky Sall"}


def test_the_thai_press_s_bt_is_the_baht() -> None:
    found = read("Norvalis will build a plant in Rayong with an investment of Bt7 billion.", "en")
    sums = [p.plain_value() for p in found if p.field == "investment"]
    assert [(m["value"], m["currency"]) for m in sums] == [(7_000_000_000, "THB")]
