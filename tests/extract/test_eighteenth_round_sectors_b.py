"""Round eighteen, part two, sectors and statuses. A mine said by what it yields ("a nickel
mine", "une mine de bauxite") is the mining trade, named "Mines" in English as the analysts
write it; a power station said to feed the plant beside it is the plant's own, no energy
trade; a raw material a product is for another industry names that industry's trade no more
than a customer does; a company said by its trade where the sentence opens ("A Korean maker
of …") lends it to the plant it builds. Statuses: works being finished ("finalise la
construction", "is completing construction") are works under way; a plant "en opération",
"in operation", or the one a company "a installé" since, is working; consent given by an
authority is a go-ahead, the company given it a partner, not its approver; "the plan was to
build" is an intention; the jobs a project "prévoit" are no plan of a plant. Five unseen
articles missed or misread each of them; the rules are said in the press's words, French and
English, not the articles'."""

from __future__ import annotations

from typing import Any

from .reading import read, sector_names, statuses


def _sectors_of_plants(found: list[Any]) -> list[str]:
    return [p.quote for p in found if p.field == "sectors"]


def test_a_mine_said_by_its_ore_is_mining() -> None:
    cases = [
        ("Torvan will build a nickel mine and a cement plant at Dushak.", "en"),
        ("Torvan will build an alumina refinery and a bauxite mine at Dushak.", "en"),
        ("Torvan ouvrira une mine de manganèse et une usine de ferroalliages à Dushak.", "fr"),
    ]
    for text, lang in cases:
        assert "Mines" in sector_names(read(text, lang=lang)), text
    # a guard: a mine of the war, or a plant's name, is no mine of ore
    found = read("Torvan will build a cement plant at Dushak, far from the land mines.", lang="en")
    assert not sector_names(found) & {"Mines", "Mining"}


def test_a_power_station_that_feeds_the_plant_is_no_energy_trade() -> None:
    cases = [
        (
            "Torvan will build a steel plant at Dushak and a 40 MW power station that will "
            "provide electricity to the plant.",
            "en",
        ),
        ("Torvan will build a steel mill at Dushak with a power station to power the mill.", "en"),
        (
            "Torvan construira à Dushak une usine de ciment et une centrale électrique qui "
            "alimentera l'usine en énergie.",
            "fr",
        ),
    ]
    for text, lang in cases:
        assert not sector_names(read(text, lang=lang)) & {"Energy", "Énergie"}, text
    # a guard: a power station that sells to the grid is the energy trade
    found = read(
        "Torvan will build a 40 MW power station at Dushak that will supply the national grid.",
        lang="en",
    )
    assert "Energy" in sector_names(found)


def test_a_raw_material_for_another_industry_is_no_trade_of_the_plant() -> None:
    cases = [
        (
            "Torvan will build a plant at Dushak to produce soda ash, an important raw "
            "material for the glass industry.",
            "en",
            {"Glass"},
        ),
        (
            "Torvan construira à Dushak une usine de ciment et de clinker, matière première "
            "de l'industrie chimique locale.",
            "fr",
            {"Chimie"},
        ),
    ]
    for text, lang, trades in cases:
        assert not sector_names(read(text, lang=lang)) & trades, text
    # a guard: the glass a plant makes stays its trade
    found = read("Torvan will build a plant at Dushak to produce float glass.", lang="en")
    assert "Glass" in sector_names(found)


def test_a_company_said_by_its_trade_first_lends_it_to_its_plant() -> None:
    cases = [
        (
            "A Turkish maker of household furniture is pledging a major investment in Dushak. "
            "Torvan said on Monday that it will invest $90 million in a new factory there.",
            "en",
            "furniture",
        ),
        (
            "Un fabricant chinois de pneumatiques va investir 100 millions de dollars à "
            "Dushak. Torvan y construira une nouvelle usine.",
            "fr",
            "pneumatiques",
        ),
        ("A Chinese producer of steel pipes will build a new plant at Dushak.", "en", "steel"),
    ]
    for text, lang, word in cases:
        assert word in _sectors_of_plants(read(text, lang=lang)), text
    # near-misses: a company described after its name, and a plant whose own words say its
    # trade, keep it from the company's
    found = read(
        "Torvan, a leading maker of household furniture, will build a new factory at Dushak.",
        lang="en",
    )
    assert "furniture" not in _sectors_of_plants(found)
    found = read("A Chinese producer of steel pipes will build a cement plant at Dushak.", "en")
    assert "steel" not in _sectors_of_plants(found)


def test_works_being_finished_are_under_way() -> None:
    cases = [
        ("Le groupe Torvan finalise la construction de son usine de ciment à Dushak.", "fr"),
        ("Torvan achève actuellement les travaux de son usine de Dushak.", "fr"),
        ("Torvan is completing construction of its steel plant at Dushak.", "en"),
    ]
    for text, lang in cases:
        assert "construction" in statuses(read(text, lang=lang)), text
    # a guard: works finished are no works under way
    found = read("Torvan a achevé la construction de son usine de ciment à Dushak.")
    assert "construction" not in statuses(found)


def test_a_plant_in_operation_is_working() -> None:
    cases = [
        ("L'usine Torvan de Dushak est en opération depuis deux ans.", "fr"),
        ("L'usine Torvan de Dushak est déjà en fonctionnement.", "fr"),
        ("The Torvan plant at Dushak has been in operation since 2019.", "en"),
        (
            "Depuis que Torvan a installé sa première usine à Dushak, en 2006, d'autres "
            "entreprises ont suivi.",
            "fr",
        ),
        ("Since Torvan opened its first plant at Dushak, other firms have followed.", "en"),
    ]
    for text, lang in cases:
        assert statuses(read(text, lang=lang)) == {"operating"}, text
    # near-misses: one in operation only ahead
    found = read("L'usine Torvan de Dushak sera en exploitation en 2026.")
    assert "operating" not in statuses(found)
    found = read("The Torvan plant at Dushak is to be in operation by 2026.", lang="en")
    assert "operating" not in statuses(found)


def test_consent_given_is_a_go_ahead_and_its_receiver_no_approver() -> None:
    cases = [
        ("Torvan was given consent by Government to build a cement factory at Dushak.", "en"),
        ("Torvan received the government's consent to build a cement factory at Dushak.", "en"),
        ("Torvan a obtenu l'aval du gouvernement pour construire sa cimenterie de Dushak.", "fr"),
    ]
    for text, lang in cases:
        found = read(text, lang=lang)
        assert "approved" in statuses(found), text
        roles = {p.plain_value()["role"] for p in found if p.field == "parties"}
        assert "approver" not in roles, text
    # a guard: consent still sought is none
    found = read("Torvan is seeking consent to build a cement factory at Dushak.", lang="en")
    assert "approved" not in statuses(found)


def test_the_plan_said_as_such_is_an_intention() -> None:
    cases = [
        ("The minister said the plan was to build a cement plant at Dushak.", "en"),
        ("The aim is to set up a steel plant at Dushak.", "en"),
        ("Selon le ministre, l'objectif est de construire une cimenterie à Dushak.", "fr"),
    ]
    for text, lang in cases:
        assert "announced" in statuses(read(text, lang=lang)), text
    # a guard: a plan dropped is no intention said
    found = read("The minister said the plant at Dushak was built in 2012.", lang="en")
    assert "announced" not in statuses(found)


def test_the_jobs_a_project_plans_are_no_plan_of_a_plant() -> None:
    cases = [
        "L'usine Torvan de Dushak prévoit la création de 2 500 emplois.",
        "L'usine Torvan de Dushak, en service depuis mars, prévoit la création de nouveaux postes.",
    ]
    for text in cases:
        assert "announced" not in statuses(read(text)), text
    # a guard: a plant whose creation is planned is announced
    found = read("Le groupe Torvan prévoit la création d'une usine de ciment à Dushak.")
    assert "announced" in statuses(found)
