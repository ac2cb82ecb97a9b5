"""Round seventeen, part four, sectors and statuses. What a plant makes decides its trade:
sheet steel and the works that shape it ("une tôlerie industrielle", "tôles ondulées", "a
sheet metal plant") are steel, not building materials; solar modules and cells ("a solar
module manufacturing facility", "panneaux solaires") are energy; lead and zinc won by the
tonne are mining. The French "opened" ("a ouvert mercredi sa centième usine") says a plant at
work as the English one does, and works begun on several plants named inside the cue's own
words ("the construction of two big plants – X and Y began") put each of them under way, not
the first alone. Five unseen articles missed or misread each of them; the rules are said in
the press's words, French and English, not the articles'."""

from __future__ import annotations

from .reading import about, read, sector_names, statuses


def test_sheet_steel_and_its_works_are_steel() -> None:
    cases = [
        ("Le Tchad a signé un accord avec Karvex pour construire une tôlerie à Moundou.", "fr"),
        ("Karvex construira à Moundou une usine de tôles ondulées de 80.000 tonnes par an.", "fr"),
        ("Karvex will build a sheet metal plant at Moundou.", "en"),
    ]
    for text, lang in cases:
        found = sector_names(read(text, lang=lang))
        assert found & {"Sidérurgie", "Steel"}, text
        assert not found & {"Matériaux de construction", "Construction materials"}, text
    # a guard: aluminium sheets are the aluminium's
    found = read("Karvex construira à Moundou une usine de tôles d'aluminium.", lang="fr")
    assert "Sidérurgie" not in sector_names(found)


def test_solar_modules_and_cells_are_energy() -> None:
    cases = [
        (
            "Loravo will invest $90 million in a solar module manufacturing facility in Kelmar.",
            "en",
        ),
        ("Loravo will build a solar cell factory at Kelmar.", "en"),
        ("Loravo construira à Kelmar une usine de panneaux solaires.", "fr"),
        ("Loravo construira à Kelmar une usine de modules solaires.", "fr"),
    ]
    for text, lang in cases:
        assert sector_names(read(text, lang=lang)) & {"Energy", "Énergie"}, text
    # a guard: a solar-powered cement plant makes cement
    found = read("Loravo will build a cement plant at Kelmar.", lang="en")
    assert "Energy" not in sector_names(found)


def test_lead_and_zinc_by_the_tonne_are_mining() -> None:
    cases = [
        (
            "Torvan will build a smelter at Dushak. The smelter has an annual capacity of 30 "
            "thousand tons of lead and 20 thousand tons of zinc.",
            "en",
        ),
        ("Torvan construira à Dushak une usine qui produira 40 000 tonnes de plomb par an.", "fr"),
        ("Torvan will build a lead-zinc processing plant at Dushak.", "en"),
    ]
    for text, lang in cases:
        assert sector_names(read(text, lang=lang)) & {"Mining", "Mines"}, text
    # a guard: the lead of a sentence is no metal
    found = read("Torvan will take the lead in building a cement plant at Dushak.", lang="en")
    assert not sector_names(found) & {"Mining", "Mines"}


def test_the_french_opened_says_a_plant_at_work() -> None:
    cases = [
        "Le groupe Kestra a ouvert mercredi sa dixième usine mondiale à Doura.",
        "Kestra a officiellement ouvert une nouvelle usine à Doura.",
        "Kestra a ouvert, à Doura, une usine de pièces détachées.",
    ]
    for text in cases:
        assert "operating" in statuses(read(text, lang="fr")), text
    # a guard: a way opened is no plant opened
    found = read("Cet accord a ouvert la voie à une usine de Kestra à Doura.", lang="fr")
    assert "operating" not in statuses(found)


def test_works_begun_on_plants_listed_in_the_cue_are_each_under_way() -> None:
    cases = [
        "In Kelmar the construction of two big industrial enterprises – Steel plant of Torvan "
        "company and cement factory Dovra began with the participation of the governor.",
        "The construction of three plants — a smelter of Torvan, a brick factory of Dovra and "
        "a cement factory of Kelmar — has started this week.",
    ]
    for text in cases:
        found = read(text, lang="en")
        plants = {p.new.name for p in found if p.field == "status" and p.new is not None}
        assert len(plants) >= 2, (text, plants)
        assert statuses(found) == {"construction"}, text
    # a guard: plants named after the cue, not inside it, are not all under way by it
    found = read(
        "The construction of two plants began in Kelmar. A smelter of Torvan and a cement "
        "factory of Dovra will follow next year.",
        lang="en",
    )
    assert "construction" not in {p.plain_value() for p in about(found, "Cement factory", "status")}
