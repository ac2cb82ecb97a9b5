"""Round seventeen, part three, sectors and statuses. What a plant runs on or is fed with
("linked to nearby natural gas reserves through pipelines", "alimentée en gaz naturel",
"fonctionnera grâce aux énergies renouvelables"), what it is made from ("using recycled
polyester"), and whom its goods serve ("explosifs à usage minier", "pour ses clients
automobiles", "its agricultural economy", "historic for the country's farming sector") are
its inputs' and users' trades, not its own; a trade said beside a plant before its own words
say it (a parent's name, then "une usine de production d'amortisseurs") is its primary one;
a trade in another plant's own words ("Besides the ferronickel smelter, … an electricity
plant") is no second trade of it; LED lamps are electronics and flat glass is glass. A deal
signed for a plant still to be built ("an agreement to build", "un accord portant sur
l'implantation d'une usine") or a town to host one soon ("d'accueillir prochainement")
announces it, and works launched with a long aside between commas are under way; a first
stone's laying inaugurated is building begun, not a plant at work, and a plant opened "with
ceremony" or with its size between ("opened a 12,400 square metre plant") is at work. Five
unseen articles missed or misread each of them; the rules are said in the press's words,
French and English, not the articles'."""

from __future__ import annotations

from typing import Any

from .reading import read, sector_names


def test_what_a_plant_runs_on_is_no_trade_of_its_own() -> None:
    cases = [
        (
            "Vorano will build a fertiliser plant at Kelmar. The plant will be connected to "
            "local natural gas fields through pipelines to secure its feedstock.",
            "en",
            {"Energy", "Oil and gas"},
        ),
        (
            "Vorano construira une usine d'engrais à Kelmar. L'usine sera alimentée en gaz "
            "naturel par un gazoduc depuis Doura.",
            "fr",
            {"Énergie", "Hydrocarbures"},
        ),
        (
            "Vorano construira une cimenterie à Kelmar. L'usine fonctionnera entièrement grâce "
            "aux énergies renouvelables.",
            "fr",
            {"Énergie"},
        ),
        (
            "Vorano will build a cement plant at Kelmar, to be powered by a solar park nearby.",
            "en",
            {"Energy"},
        ),
    ]
    for text, lang, inputs in cases:
        found = sector_names(read(text, lang=lang))
        assert not found & inputs, text
        assert found & {
            "Engrais",
            "Fertilisers",
            "Matériaux de construction",
            "Construction materials",
        }, text
    # a guard: a plant that works the gas keeps its trade
    found = read("Vorano will build a plant at Kelmar to process natural gas.", lang="en")
    assert "Energy" in sector_names(found)


def test_whom_a_plants_goods_serve_is_no_trade_of_its_own() -> None:
    cases = [
        ("Vorano construira à Kelmar une usine d'explosifs à usage minier.", "fr", "Mines"),
        (
            "Vorano will build a plant at Kelmar to produce explosives for mining use.",
            "en",
            "Mines",
        ),
        (
            "Vorano construira une usine d'engrais à Kelmar, un atout pour un pays agricole.",
            "fr",
            "Agriculture",
        ),
        (
            "Vorano will build a fertiliser plant at Kelmar, reinforcing the region's "
            "agricultural economy.",
            "en",
            "Agriculture",
        ),
        (
            "Vorano signed an agreement to build a fertiliser plant at Kelmar. The minister "
            "called the agreement historic for Doravia's farming sector.",
            "en",
            "Agriculture",
        ),
    ]
    for text, lang, users in cases:
        assert users not in sector_names(read(text, lang=lang)), text
    # a guard: a plant of the users' trade itself keeps it
    found = read("Vorano will build an irrigation equipment plant at Kelmar.", lang="en")
    assert "Agriculture" in sector_names(found)


def _links(found: list[Any]) -> list[tuple[str, bool]]:
    """Each sector link of a project: its quote, and whether it is the plant's primary."""
    return [
        (p.quote, bool(p.plain_value().get("primary")))
        for p in found
        if p.field == "sectors" and p.new is not None and p.new.kind == "projects"
    ]


def test_a_trade_said_first_beside_a_plant_is_its_primary_once_its_words_say_it() -> None:
    cases = [
        (
            "Vorano, filiale du groupe KMA (Kestra Motor Automobiles), a signé lundi un accord "
            "portant sur l'implantation à Doura d'une usine de production de pare-chocs.",
            "fr",
            "pare-chocs",
        ),
        (
            "Vorano, filiale du groupe KMA (Kestra Motor Automobiles), construira à Doura une "
            "usine de fabrication de rétroviseurs.",
            "fr",
            "rétroviseurs",
        ),
    ]
    for text, lang, said in cases:
        links = _links(read(text, lang=lang))
        assert (said, True) in links, (text, links)
        assert all(primary for _, primary in links), (text, links)
    # a near miss: a company said by its trade first keeps that quote
    text = (
        "Le constructeur automobile chinois Vorano installera une usine de montage de "
        "véhicules à Doura."
    )
    links = _links(read(text))
    assert links and links[0][0] == "automobile", links


def test_led_lamps_are_electronics_and_flat_glass_is_glass() -> None:
    cases = [
        (
            "Vorano will build a factory to produce LED lighting lamps at Kelmar.",
            "en",
            "Electronics",
        ),
        ("Vorano construira à Kelmar une usine de luminaires LED.", "fr", "Électronique"),
        ("Vorano will make LED screens at its new Kelmar plant.", "en", "Electronics"),
    ]
    for text, lang, sector in cases:
        assert sector in sector_names(read(text, lang=lang)), text
    # near misses: "led" said as a verb, or of who leads a project
    for text in (
        "A Kestra-led consortium will build a cement plant at Kelmar.",
        "The delegation, led by the minister, visited the Kelmar cement plant.",
    ):
        assert "Electronics" not in sector_names(read(text, lang="en")), text
    for text, lang in (
        ("Vorano construira une usine de verre plat à Kelmar.", "fr"),
        ("Vorano will build a flat glass plant at Kelmar.", "en"),
    ):
        found = sector_names(read(text, lang=lang))
        assert found & {"Verre", "Glass"}, text
        assert not found & {"Matériaux de construction", "Construction materials"}, text


def _plant_statuses(found: list[Any]) -> set[str]:
    """The statuses proposed for projects."""
    return {
        p.plain_value()
        for p in found
        if p.field == "status" and p.new is not None and p.new.kind == "projects"
    }


def test_a_deal_signed_for_a_plant_to_be_built_announces_it() -> None:
    cases = [
        (
            "Kestra Group has signed a $1.2 billion agreement with Doravia to build a cement "
            "plant in Kelmar.",
            "en",
        ),
        ("Vorano signed a contract for the construction of a steel mill at Kelmar.", "en"),
        (
            "Vorano a signé mardi à Doura un accord portant sur l'implantation à Kelmar d'une "
            "usine de production de pneus.",
            "fr",
        ),
        (
            "Le gouvernement a conclu avec Vorano un protocole d'accord pour la réalisation "
            "d'une cimenterie à Kelmar.",
            "fr",
        ),
    ]
    for text, lang in cases:
        assert "announced" in _plant_statuses(read(text, lang=lang)), text
    # a near miss: a deal for what the plant is supplied with announces no plant
    text = "Vorano signed an agreement on the supply of gas to its Kelmar cement plant."
    assert "announced" not in _plant_statuses(read(text, lang="en"))


def test_a_town_to_host_a_plant_soon_announces_it() -> None:
    cases = [
        (
            "C'est au tour de Kelmar d'accueillir prochainement une usine de briques de Vorano.",
            "fr",
        ),
        ("La ville de Kelmar va accueillir une usine de pneus du groupe Vorano.", "fr"),
        ("Kelmar will soon host a Vorano tyre plant.", "en"),
    ]
    for text, lang in cases:
        assert "announced" in _plant_statuses(read(text, lang=lang)), text
    # a near miss: a town hosting a conference announces no plant
    text = "Kelmar va accueillir une conférence sur l'usine de briques de Vorano."
    assert "announced" not in _plant_statuses(read(text))


def test_works_launched_with_a_long_aside_between_commas_are_under_way() -> None:
    cases = [
        "Le ministre a lancé, jeudi dernier, en présence des dirigeants du groupe industriel "
        "allemand Vorano, les travaux de construction d'une usine de pneus à Kelmar.",
        "L'agence a lancé, lundi, avec les représentants de l'entreprise sidérurgique Vorano, "
        "la construction d'une aciérie à Kelmar.",
    ]
    for text in cases:
        assert "construction" in _plant_statuses(read(text)), text


def _trades_of(found: list[Any]) -> dict[str, set[str]]:
    """Each new project's name, and the quotes of its sector links."""
    trades: dict[str, set[str]] = {}
    for p in found:
        if p.field == "sectors" and p.new is not None and p.new.kind == "projects":
            trades.setdefault(p.new.name, set()).add(p.quote)
    return trades


def test_a_trade_in_another_plants_own_words_is_no_second_trade() -> None:
    cases = [
        (
            "Vorano will build a ferronickel smelter at Kelmar. Besides the ferronickel "
            "smelter, Vorano also plans to build a coal-powered electricity plant.",
            "en",
            "ferronickel",
        ),
        (
            "Vorano construira une cimenterie à Kelmar. Outre la cimenterie, le groupe "
            "prévoit de construire une centrale électrique au charbon.",
            "fr",
            "cimenterie",
        ),
    ]
    for text, lang, own in cases:
        trades = _trades_of(read(text, lang=lang))
        holders = {name for name, quotes in trades.items() if own in quotes}
        assert len(holders) == 1, (text, trades)
    # a guard: the trade the second plant's own words say stays its own
    text = cases[0][0]
    trades = _trades_of(read(text, lang="en"))
    assert any("electricity plant" in quotes for quotes in trades.values()), trades


def test_what_a_plant_is_made_from_and_whom_it_sells_to_are_no_trades_of_its_own() -> None:
    cases = [
        (
            "L'usine Vorano de Kelmar produira des cartes électroniques pour ses clients "
            "automobiles et aéronautiques.",
            "fr",
            {"Automobile", "Aéronautique"},
        ),
        (
            "The Vorano plant at Kelmar will make electronic boards for customers in the "
            "automotive and aerospace trades.",
            "en",
            {"Automotive", "Aerospace"},
        ),
        (
            "The Vorano factory at Kelmar will produce textile products using recycled "
            "polyester such as plastic bottles.",
            "en",
            {"Chemicals"},
        ),
        (
            "The Vorano plant at Kelmar will make flat glass for residential and commercial "
            "purposes like touch-screen devices and automobiles.",
            "en",
            {"Automotive", "Electronics"},
        ),
    ]
    for text, lang, users in cases:
        assert not sector_names(read(text, lang=lang)) & users, text
    # a guard: what the plant itself makes stays its trade
    found = read("The Vorano plant at Kelmar will produce plastic bottles.", lang="en")
    assert "Chemicals" in sector_names(found)


def test_a_first_stone_inaugurated_is_building_begun_not_a_plant_at_work() -> None:
    cases = [
        "Le président a inauguré officiellement la pose de la première pierre de la "
        "cimenterie Vorano de Kelmar.",
        "C'est le ministre qui a inauguré hier la pose de la première pierre de l'usine "
        "Vorano de Kelmar.",
    ]
    for text in cases:
        assert _plant_statuses(read(text)) == {"construction"}, text
    # a near miss: a plant inaugurated is at work
    found = read("Le président a inauguré officiellement la cimenterie Vorano de Kelmar.")
    assert _plant_statuses(found) == {"operating"}


def test_a_plant_opened_with_ceremony_or_its_size_between_is_at_work() -> None:
    cases = [
        ("The Vorano plant was ceremonially opened in Kelmar on Monday.", "en"),
        ("Vorano opened a 12,400 square metre plant in Kelmar on Monday.", "en"),
        ("La production a déjà démarré dans l'usine Vorano de Kelmar.", "fr"),
    ]
    for text, lang in cases:
        assert "operating" in _plant_statuses(read(text, lang=lang)), text
