"""Round nineteen, sectors and statuses: wheels and rims are car parts, and the metal they are
made of is their material, no trade of the plant ("jantes en aluminium", "alloy wheels"); a
plant's own stores ("warehouses for raw materials, finished products and packaging
materials") make it no logistics nor packaging plant; statuses: a plant "set to be erected"
or "slated to be built" is announced, and partners who "investiront … dans une usine" announce
it; a plant "currently only operating at 20% of its capacity" is operating; and "signed" inside
another word ("designed", "linked") signs nothing. The sentences are the tests' own.

Each test failed with the reader as it was before its rule, except the guards, which say
where a rule stops."""

from __future__ import annotations

from .reading import read, sector_names, statuses


def test_wheels_and_rims_are_car_parts_not_their_metal() -> None:
    cases = [
        ("Le groupe Zentra va construire à Korvel une usine de jantes en aluminium.", "fr"),
        ("Zentra will build a plant at Korvel to make aluminium alloy wheels.", "en"),
        ("Zentra will build a wheel rim factory at Korvel.", "en"),
    ]
    for text, lang in cases:
        names = sector_names(read(text, lang=lang))
        assert names & {"Automotive", "Automobile"}, text
        assert "Aluminium" not in names, text
    # a guard: aluminium said on its own stays the metal's trade
    names = sector_names(read("Zentra va construire une usine d'aluminium à Korvel."))
    assert "Aluminium" in names
    assert "Automobile" not in names


def test_a_plant_s_own_stores_are_no_trade() -> None:
    text = (
        "Zentra opened a fruit juice factory at Korvel. The factory has a production hall, "
        "warehouses for raw materials, finished products and packaging materials, and two "
        "bottling lines."
    )
    names = sector_names(read(text, lang="en"))
    assert "Logistics" not in names
    assert "Packaging" not in names
    assert "Agrifood" in names
    text = (
        "Zentra a inauguré une usine de jus de fruits à Korvel. L'usine compte des entrepôts "
        "de stockage des matières premières et des produits finis."
    )
    assert "Logistique" not in sector_names(read(text))
    # guards: a warehouse complex, a packaging plant, are their trades
    text = "Zentra will build a warehouse complex at Korvel."
    assert "Logistics" in sector_names(read(text, lang="en"))
    text = "Zentra will build a packaging materials factory at Korvel."
    assert "Packaging" in sector_names(read(text, lang="en"))


def test_a_plant_set_to_be_erected_is_announced() -> None:
    for text in (
        "A new Zentra assembly plant is set to be erected in Korvel.",
        "The Zentra cement plant is slated to be built at Korvel.",
    ):
        assert "announced" in statuses(read(text, lang="en")), text
    # a guard: a plant set to be inaugurated is being finished, no plan
    found = read("The Zentra cement plant at Korvel is set to be inaugurated.", lang="en")
    assert "announced" not in statuses(found)


def test_partners_who_will_invest_in_a_plant_announce_it() -> None:
    text = (
        "Ensemble, ils investiront 300 millions d'euros dans une usine installée à Korvel, "
        "qui produira des tracteurs."
    )
    assert "announced" in statuses(read(text))
    # a guard: money spent in the past is no plan
    text = "Ensemble, ils ont investi 300 millions d'euros dans une usine installée à Korvel."
    assert "announced" not in statuses(read(text))


def test_a_plant_working_below_its_capacity_is_operating() -> None:
    for text, lang in (
        (
            "The cement plant at Korvel is currently only operating at 20% of its full capacity.",
            "en",
        ),
        ("The Korvel steel mill is running at 60 percent of capacity.", "en"),
        ("La cimenterie de Korvel tourne actuellement à 40 % de sa capacité.", "fr"),
    ):
        assert "operating" in statuses(read(text, lang=lang)), text
    # a guard: a plant that will work at a share of its capacity is not yet working
    found = read("The cement plant at Korvel will operate at 90% of its capacity.", lang="en")
    assert "operating" not in statuses(found)


def test_signed_inside_another_word_is_no_signing() -> None:
    text = (
        "Zentra was awarded a contract to renovate the Korvel cement plant, whose designed "
        "capacity is linked to the old kilns."
    )
    assert "signed" not in statuses(read(text, lang="en"))
    # a guard: the word itself still signs
    text = "Zentra signed a contract to renovate the Korvel cement plant."
    assert "signed" in statuses(read(text, lang="en"))
