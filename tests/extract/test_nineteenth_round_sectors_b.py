"""Round nineteen, part two, sectors and statuses. A plant said by what it makes: cheese
("fromages", "une fromagerie", "a cheese plant") is the food trade; the powertrains and
gearboxes that drive a car ("electrified powertrains", "a gearbox plant", "automatic
transmissions") are car parts; plastic films ("breathable film", "films plastiques") are the
chemicals trade. Statuses: the ceremony that opens the works ("la cérémonie d'inauguration des
travaux de construction", "l'inauguration du chantier") is their start, no plant opened (a
signing "marquant le début de la construction" begins no works still to start); a plant being
fitted out ("is beginning preparations to fit out its new unit") is works under way, and so is
one said built ("a été construite") whose output or opening the article says ahead ("sera
lancée", "will be inaugurated"); an agreement whose signing the news follows ("after the
signing of an agreement") is signed. Unseen articles missed or misread each of them; the
sentences are the tests' own.

Each test failed with the reader as it was before its rule, except the guards, which say
where a rule stops."""

from __future__ import annotations

from .reading import read, sector_names, statuses


def test_cheese_is_the_food_trade() -> None:
    cases = [
        ("Zentra a construit à Korvel une usine dédiée à la fabrication de fromages.", "fr"),
        ("La nouvelle fromagerie de Zentra, à Korvel, emploiera 80 personnes.", "fr"),
        ("Zentra will build a cheese factory at Korvel.", "en"),
    ]
    for text, lang in cases:
        names = sector_names(read(text, lang=lang))
        assert names & {"Agrifood", "Agroalimentaire"}, text


def test_powertrains_and_gearboxes_are_car_parts() -> None:
    cases = [
        ("The Zentra factory at Korvel will produce electrified powertrains.", "en"),
        ("Zentra will build a plant at Korvel to make automatic transmissions.", "en"),
        ("Zentra will build a gearbox plant at Korvel.", "en"),
    ]
    for text, lang in cases:
        names = sector_names(read(text, lang=lang))
        assert "Automotive" in names, text
    # a guard: the lines that carry power are no car's transmission
    found = read("Zentra will build a power transmission line to its plant at Korvel.", lang="en")
    assert "Automotive" not in sector_names(found)


def test_plastic_films_are_chemicals() -> None:
    cases = [
        ("The Zentra plant at Korvel will produce breathable film for hygiene products.", "en"),
        ("Zentra will build a factory at Korvel to make polyethylene films.", "en"),
        ("Zentra va construire à Korvel une usine de films plastiques.", "fr"),
    ]
    for text, lang in cases:
        names = sector_names(read(text, lang=lang))
        assert names & {"Chemicals", "Chimie"}, text
    # a guard: a film studio makes no chemicals
    found = read("Zentra will build a film studio at Korvel.", lang="en")
    assert not sector_names(found) & {"Chemicals", "Chimie"}


def test_the_ceremony_that_opens_the_works_is_their_start() -> None:
    cases = [
        (
            "La cérémonie d'inauguration des travaux de construction de l'usine de Zentra a eu "
            "lieu le 12 mai à Korvel.",
            "fr",
        ),
        ("Zentra a célébré à Korvel l'inauguration du chantier de sa nouvelle usine.", "fr"),
        ("Le ministre était à l'inauguration du chantier de l'usine de Zentra à Korvel.", "fr"),
        ("Le ministre était à l'inauguration des travaux de l'usine de Zentra à Korvel.", "fr"),
        (
            "The inauguration ceremony of the construction works of the Zentra plant at Korvel "
            "was held on May 12.",
            "en",
        ),
    ]
    for text, lang in cases:
        found = statuses(read(text, lang=lang))
        assert "construction" in found, text
        assert "operating" not in found, text
    # a guard: the plant's own inauguration is its opening
    text = "La cérémonie d'inauguration de l'usine de Zentra a eu lieu le 12 mai à Korvel."
    assert "operating" in statuses(read(text))
    # a guard: a signing said to mark the start of the works, which are still to begin
    text = (
        "Zentra a signé lundi un accord foncier avec la ville de Korvel, marquant le début de "
        "la construction de sa nouvelle usine. La construction de l'usine de Korvel devrait "
        "commencer cette année."
    )
    assert statuses(read(text)) & {"announced", "signed"}
    assert "construction" not in statuses(read(text))


def test_a_plant_being_fitted_out_is_under_construction() -> None:
    for text in (
        "Zentra is beginning preparations to fit out its new factory in Korvel, which will "
        "employ 300 people.",
        "Zentra is now fitting out its new factory in Korvel, which will employ 300 people.",
    ):
        assert "construction" in statuses(read(text, lang="en")), text
    text = "La nouvelle usine de Zentra à Korvel est en cours d'aménagement."
    assert "construction" in statuses(read(text))
    # a guard: a fit-out still ahead is no works under way
    text = "Zentra will fit out its new factory in Korvel, which will employ 300 people."
    found = read(text, lang="en")
    assert "construction" not in statuses(found)


def test_a_plant_built_whose_output_is_still_ahead_is_under_construction() -> None:
    for text, lang in (
        (
            "La nouvelle usine de Zentra à Korvel a été construite sur un terrain de 10 "
            "hectares. Sa production sera lancée en juin.",
            "fr",
        ),
        (
            "The new Zentra factory in Korvel has been built on a 10-hectare site. It will "
            "officially be inaugurated in June.",
            "en",
        ),
    ):
        found = statuses(read(text, lang=lang))
        assert "construction" in found, text
        assert "operating" not in found, text
    # guards: a plant built long ago, or built with nothing said ahead, is no works
    text = (
        "L'usine de Zentra à Korvel a été construite en 1975. Sa production sera lancée de "
        "nouveau en juin."
    )
    assert "construction" not in statuses(read(text))
    text = "La nouvelle usine de Zentra à Korvel a été construite sur un terrain de 10 hectares."
    assert "construction" not in statuses(read(text))


def test_an_agreement_whose_signing_is_past_is_signed() -> None:
    for text, lang in (
        (
            "A new Zentra assembly plant is set to be built in Korvel after the signing of an "
            "agreement between Zentra and the Government of Korvel.",
            "en",
        ),
        (
            "Zentra construira une usine à Korvel, à la suite de la signature d'un accord avec "
            "le gouvernement de Korvel.",
            "fr",
        ),
    ):
        assert "signed" in statuses(read(text, lang=lang)), text
    # a guard: a signing still ahead signs nothing
    text = (
        "Zentra will build a plant in Korvel ahead of the signing of an agreement with the "
        "Government of Korvel next month."
    )
    assert "signed" not in statuses(read(text, lang="en"))
