"""Round seventeen, part two, sectors and statuses: a plant's trade said by a count of its
output ("une production annuelle de 200 000 véhicules"), even before the article names the
plant; alumina and the words only aircraft use as their trades; and the words that look like
a trade but are not the plant's: the television that reports the news, a factory's own power
plant, an alumina refinery, a battery's iron phosphate. Statuses: a verb parted from its
object by an adverb or a day ("en a lancé officiellement la construction"), production
launched ("a lancé vendredi la production"), and a plant announced in the present ("X annonce
l'ouverture d'une usine"). Five unseen articles missed or misread each of them; the rules are
said in the press's words, not the articles'."""

from __future__ import annotations

from typing import Any

from .reading import read, sector_names, statuses


def _plant_sectors(found: list[Any]) -> list[str]:
    """The quotes of the sectors proposed for projects."""
    return [p.quote for p in found if p.field == "sectors"]


def test_the_television_that_reports_the_news_is_no_product() -> None:
    cases = [
        (
            "L'usine Vorano de Kelmar a été inaugurée lundi, a rapporté la télévision nationale.",
            "fr",
        ),
        ("The Vorano plant at Kelmar was inaugurated on Monday, state television reported.", "en"),
        ("Selon la télévision publique, l'usine Vorano de Kelmar emploiera 900 personnes.", "fr"),
    ]
    for text, lang in cases:
        assert not sector_names(read(text, lang=lang)) & {"Électronique", "Electronics"}, text
    # a guard: the sets a plant makes stay its trade
    assert "Électronique" in sector_names(
        read("L'usine Vorano de Kelmar fabriquera des téléviseurs.")
    )
    found = read("The Vorano plant at Kelmar will assemble television sets.", lang="en")
    assert "Electronics" in sector_names(found)


def test_alumina_is_the_aluminium_trade_and_its_refinery_no_oil() -> None:
    found = read("Le groupe Vorano construira une raffinerie d'alumine à Kelmar.")
    assert "Aluminium" in sector_names(found)
    assert "Hydrocarbures" not in sector_names(found)
    text = "Vorano will build an alumina refinery at Kelmar that processes bauxite into alumina."
    found = read(text, lang="en")
    assert "Aluminium" in sector_names(found)
    assert "Oil and gas" not in sector_names(found)
    # a guard: an oil refinery stays a trade (the energy trade, as the gold reads it since
    # round eighteen)
    found = read("Vorano will build an oil refinery at Kelmar.", lang="en")
    assert "Energy" in sector_names(found)


def test_a_factorys_own_power_plant_is_no_energy_trade() -> None:
    cases = [
        (
            "The Kelmar smelter, integrated with a captive power plant, will produce ferronickel.",
            "en",
        ),
        ("The Kelmar mill has its own power plant and will produce sugar.", "en"),
        ("L'usine de Kelmar, dotée de sa propre centrale électrique, produira du ciment.", "fr"),
    ]
    for text, lang in cases:
        assert not sector_names(read(text, lang=lang)) & {"Energy", "Énergie"}, text
    # a guard: a power plant built for itself is the energy trade
    found = read("Vorano will build a power plant at Kelmar.", lang="en")
    assert "Energy" in sector_names(found)


def test_a_batterys_iron_phosphate_is_no_mining() -> None:
    cases = [
        ("L'usine de Kelmar produira 50 000 tonnes de phosphate de fer lithié par an.", "fr"),
        ("The Kelmar plant will produce 50,000 tonnes of lithium iron phosphate a year.", "en"),
    ]
    for text, lang in cases:
        assert not sector_names(read(text, lang=lang)) & {"Mines", "Mining"}, text
    # a guard: phosphate mined stays mining
    found = read("L'usine de Kelmar traitera le phosphate extrait à Doura.")
    assert "Mines" in sector_names(found)


def test_the_words_only_aircraft_use_are_the_aerospace_trade() -> None:
    cases = [
        ("L'usine de Kelmar fabriquera des trains d'atterrissage.", "fr"),
        ("L'usine de Kelmar produira des pièces de moteurs d'avion.", "fr"),
        ("The Kelmar plant will make landing gear and avionics.", "en"),
        ("The Kelmar factory will assemble helicopters.", "en"),
    ]
    for text, lang in cases:
        names = sector_names(read(text, lang=lang))
        assert names & {"Aéronautique", "Aerospace"}, text
    # a guard: a car's engine is no aircraft's
    found = read("L'usine de Kelmar produira des moteurs de voitures.")
    assert "Aéronautique" not in sector_names(found)


def test_the_output_counted_says_the_plants_trade() -> None:
    cases = [
        (
            "Le groupe Vorano table sur une production annuelle de 150 000 véhicules à partir "
            "de 2027. Cette usine de Kelmar emploiera 900 personnes.",
            "fr",
            "véhicules",
        ),
        (
            "Vorano expects an annual output of 80,000 tractors. The Kelmar plant will employ "
            "900 people.",
            "en",
            "tractors",
        ),
        (
            "L'usine de Kelmar a été inaugurée. Elle vise une capacité de 20 000 motos par an.",
            "fr",
            "motos",
        ),
    ]
    for text, lang, said in cases:
        assert said in _plant_sectors(read(text, lang=lang)), text
    # a guard: a company's trade said before the plant is none of the plant's own
    text = (
        "Vorano, a group that specializes in the production of coatings, met the minister. "
        "The Kelmar plant will employ 900 people."
    )
    assert "coatings" not in _plant_sectors(read(text, lang="en"))


def test_works_begun_said_with_an_adverb_or_a_day_after_the_verb() -> None:
    cases = [
        "Le groupe Vorano a retenu Kelmar il y a un an. C'est hier que le constructeur en a "
        "lancé officiellement la construction. Cette usine de Kelmar emploiera 900 personnes.",
        "Le projet de l'usine Vorano de Kelmar avance. Le groupe a entamé lundi les travaux.",
        "L'usine Vorano de Kelmar verra le jour. Le groupe a démarré hier le chantier.",
    ]
    for text in cases:
        assert "construction" in statuses(read(text)), text
    # a guard: a launch still to come is none
    found = read("L'usine Vorano de Kelmar verra le jour. Le groupe va lancer la construction.")
    assert "construction" not in statuses(found)


def test_production_launched_is_a_plant_working() -> None:
    cases = [
        (
            "Le fabricant Vorano a officiellement lancé jeudi la production de câbles dans "
            "son usine de Kelmar.",
            "fr",
        ),
        ("Vorano a lancé la production dans son usine de Kelmar.", "fr"),
        ("Vorano has officially launched production at its Kelmar plant.", "en"),
    ]
    for text, lang in cases:
        assert "operating" in statuses(read(text, lang=lang)), text
    # a guard: a production to launch is no plant working
    found = read("Vorano va lancer la production dans son usine de Kelmar en 2027.")
    assert "operating" not in statuses(found)


def test_a_plant_announced_in_the_present() -> None:
    cases = [
        ("Vorano annonce l'ouverture d'une usine de moteurs à Kelmar.", "fr"),
        ("Le groupe Vorano annonce la construction d'une usine à Kelmar.", "fr"),
        ("Vorano announces the construction of a plant at Kelmar.", "en"),
    ]
    for text, lang in cases:
        assert "announced" in statuses(read(text, lang=lang)), text
    # a guard: the announcement said as a noun is no news of the plant's
    found = read("L'annonce de l'ouverture d'une usine à Kelmar a surpris.")
    assert "announced" not in statuses(found)
