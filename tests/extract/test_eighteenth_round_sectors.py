"""Round eighteen, sectors and statuses: a venture set up by its trade ("a petrochemical joint
venture") gives the plant named later its trade, quoted there; a plant's business said as such
("le cœur de métier de cette unité sera de …") gives it the trades it names; "métallurgique"
yields to the narrower trade of the same plant; a company called by its trade after its noun
("la société minière X") lends the plant beside it no sector; a wire or cable plant is
electrical equipment; statuses: a participle of inauguration with its time ("Inaugurée fin
mars"), a plant come into operation, a decision to go ahead or resume, an agreement signed
with the occasion between the auxiliary and the verb ("a pour l'occasion signé"), and a
signing still ahead ("is to be signed") that is no signing. The sentences are the tests' own.

Each test failed with the reader as it was before its rule, except the guards, which say
where a rule stops."""

from __future__ import annotations

from typing import Any

from .reading import read, sector_names, statuses


def _sectors_of_projects(found: list[Any]) -> set[str]:
    """The names of the sectors proposed for projects."""
    names = {p.new.key: p.new.name for p in found if p.new and p.new.kind == "sectors"}
    refs = set()
    for p in found:
        if p.field == "sectors" and p.new and p.new.kind == "projects":
            value = p.plain_value()
            ref = value.get("sector") if isinstance(value, dict) else value
            refs.add(names.get(ref, ref))
    return refs


def _quotes(found: list[Any], kind: str, field: str) -> list[str]:
    return [p.quote for p in found if p.new and p.new.kind == kind and p.field == field]


def test_a_venture_set_up_by_its_trade_gives_the_plant_its_trade() -> None:
    text = (
        "Tarvel Holding and Japan's Norvel Corporation agreed on Monday to set up a $900 million "
        "petrochemical joint venture.\n\nThe partners will share the costs equally.\n\n"
        "Their output will go to local buyers.\n\nThe plants will be built in the "
        "industrial complex at Korvan Port City."
    )
    found = read(text, lang="en")
    assert "Chemicals" in _sectors_of_projects(found)
    assert "petrochemical" in _quotes(found, "sectors", "name")
    assert text.index("petrochemical joint") in {
        p.start for p in found if p.field == "name" and p.new and p.new.kind == "sectors"
    }


def test_a_company_s_name_is_no_venture_s_trade() -> None:
    # a guard: the trade inside a company's name stays the company's
    text = (
        "Tarvel Steel Corporation and Norvel agreed to set up a joint venture.\n\n"
        "The partners will share the costs.\n\nThe plant will be built at Korvan."
    )
    assert "Steel" not in _sectors_of_projects(read(text, lang="en"))


def test_a_plant_s_business_said_as_such_gives_its_trades() -> None:
    text = (
        "Le groupe Zentra va construire une nouvelle usine à Korvel. Le cœur de métier de "
        "cette nouvelle unité sera de transformer les résidus de nombreuses entreprises du "
        "secteur minier."
    )
    assert "Mines" in _sectors_of_projects(read(text))
    # a guard: the country's mining sector said elsewhere is no trade of the plant
    text = (
        "Le groupe Zentra va construire une nouvelle usine à Korvel. Le ministre a salué la "
        "vigueur du secteur minier."
    )
    assert "Mines" not in _sectors_of_projects(read(text))


def test_metallurgical_yields_to_the_plant_s_narrower_trade() -> None:
    text = (
        "Le gouvernement a approuvé la construction d'une usine métallurgique à Korvel. Le "
        "cœur de métier de cette usine sera de traiter les déchets du secteur minier."
    )
    found = read(text)
    assert "Mines" in _sectors_of_projects(found)
    assert "Sidérurgie" not in _sectors_of_projects(found)
    # a guard: said alone, "metallurgical" stays steel's
    found = read("Zentra will build a metallurgical plant at Korvel.", lang="en")
    assert "Steel" in _sectors_of_projects(found)


def test_a_company_called_by_its_trade_lends_the_plant_no_sector() -> None:
    text = (
        "Le groupe Zentra va construire une usine de peinture à Korvel. Zentra a signé un "
        "accord avec la société minière arménienne Tarvel pour la réalisation de l'usine."
    )
    found = read(text)
    assert "Mines" not in _sectors_of_projects(found)
    assert "Chimie" in _sectors_of_projects(found)
    text = (
        "Zentra va construire une usine de peinture à Korvel, dont l'un des actionnaires est "
        "le groupe automobile allemand Tarvel."
    )
    assert "Automobile" not in _sectors_of_projects(read(text))
    # a guard: the company that opens the sentence and builds the plant lends its trade
    text = "(Agence) - Le groupe minier Zentra va construire une usine à Korvel."
    assert "Mines" in _sectors_of_projects(read(text))


def test_a_wire_or_cable_plant_is_electrical_equipment() -> None:
    cases = [
        ("Zentra will build a wire and cable plant at Korvel.", "en"),
        ("Zentra will build an electronic element and wire plant at Korvel.", "en"),
        ("Zentra va construire une usine de câbles à Korvel.", "fr"),
    ]
    for text, lang in cases:
        names = sector_names(read(text, lang=lang))
        assert names & {"Electrical equipment", "Équipements électriques"}, text
    # a guard: a steel rod mill is no cable plant
    names = sector_names(read("Zentra will build a wire rod mill at Korvel.", lang="en"))
    assert "Electrical equipment" not in names


def test_an_inauguration_participle_with_its_time_says_it_runs() -> None:
    cases = [
        ("Inaugurée fin mars, l'usine Zentra de Korvel produit des tuyaux.", "fr"),
        ("Inaugurée en mai 2023, l'usine Zentra de Korvel emploie du monde.", "fr"),
        ("Inaugurated in late March, the Zentra plant at Korvel makes pipes.", "en"),
    ]
    for text, lang in cases:
        assert "operating" in statuses(read(text, lang=lang)), text
    # guards: an inauguration still ahead
    found = read("L'usine Zentra de Korvel sera inaugurée fin mars.")
    assert "operating" not in statuses(found)
    found = read("The Zentra plant at Korvel is to be inaugurated in late March.", lang="en")
    assert "operating" not in statuses(found)


def test_a_plant_come_into_operation_runs() -> None:
    cases = [
        "The Zentra plant at Korvel came into operation in 2019.",
        "The Zentra plant at Korvel has come on stream.",
        "The Zentra plant at Korvel entered commercial operation last year.",
    ]
    for text in cases:
        assert "operating" in statuses(read(text, lang="en")), text
    # a guard: one that comes into operation later is not yet running
    found = read("The Zentra plant at Korvel comes into operation in 2027.", lang="en")
    assert "operating" not in statuses(found)


def test_a_decision_to_go_ahead_or_resume_announces_the_plant() -> None:
    cases = [
        ("Zentra made the decision to resume the construction of the plant at Korvel.", "en"),
        ("Zentra has decided to relaunch its cable plant at Korvel.", "en"),
        ("Zentra a pris la décision de relancer son usine de câbles de Korvel.", "fr"),
        ("Zentra a décidé de reprendre la construction de l'usine de Korvel.", "fr"),
    ]
    for text, lang in cases:
        assert "announced" in statuses(read(text, lang=lang)), text
    # a guard: a decision on something else
    found = read("Zentra made the decision to close its office at Korvel.", lang="en")
    assert "announced" not in statuses(found)


def test_an_agreement_signed_with_the_occasion_between_its_words() -> None:
    cases = [
        "Zentra a pour l'occasion signé un accord avec Tarvel pour l'usine de Korvel.",
        "Zentra a par ailleurs conclu un accord avec Tarvel pour l'usine de Korvel.",
        "Zentra a à cette occasion signé un protocole d'accord avec Tarvel.",
    ]
    for text in cases:
        assert "signed" in statuses(read(text)), text


def test_a_signing_still_ahead_is_no_signing() -> None:
    text = (
        "Zentra and Tarvel signed a memorandum on Monday. The joint venture agreement "
        "between the two parties is to be signed over the coming months."
    )
    found = read(text, lang="en")
    agreement = [
        p.plain_value()
        for p in found
        if p.field == "status" and p.new and p.new.name.startswith("Joint venture")
    ]
    assert "proposed" in agreement
    assert "signed" not in agreement
    text = "L'accord entre Zentra et Tarvel doit être signé en mars."
    assert "signed" not in statuses(read(text))
