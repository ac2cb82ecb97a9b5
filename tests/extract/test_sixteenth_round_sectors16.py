"""Round sixteen, sectors and statuses: a project's status said by the press's recurring
turns (a construction still to start, a plant made public, a plant that opened its doors, a
first stone laid with words between), and a plant's sector said by what it makes."""

from __future__ import annotations

from .reading import read, sector_names, statuses


def test_a_construction_still_to_start_is_announced() -> None:
    text = "Construction of the Tarvel plant will begin in the near future."
    assert statuses(read(text, lang="en")) == {"announced"}
    text = "The construction of a cement factory at Tarvel will start in October."
    assert statuses(read(text, lang="en")) == {"announced"}
    text = "La construction de la nouvelle usine de Tarvel devrait commencer cette année."
    assert statuses(read(text)) == {"announced"}
    # a guard: a construction begun is under way, not announced
    text = "Construction of the Tarvel plant began in May."
    assert statuses(read(text, lang="en")) == {"construction"}


def test_a_plant_that_opened_its_doors_is_operating() -> None:
    text = "L'usine de Tarvel, qui a ouvert ses portes jeudi, fabrique des câbles."
    assert statuses(read(text)) == {"operating"}
    text = "L'usine de Tarvel a été construite en un an et elle a débuté ses activités en mai."
    assert statuses(read(text)) == {"operating"}
    text = "The Prime Minister on Sunday inaugurated six new factories at Tarvel."
    assert statuses(read(text, lang="en")) == {"operating"}
    # a guard: in a relative clause, the main verb's status is the one quoted
    text = "L'usine de Tarvel, qui a démarré ses activités en mai, a été mise en service jeudi."
    said = [p.quote for p in read(text) if p.field == "status"]
    assert said == ["a été mise en service"]
    # a guard: doors to open are a plant announced, not running
    text = "L'usine de Tarvel ouvrira ses portes en mai."
    assert "operating" not in statuses(read(text))


def test_a_plant_made_public_is_announced() -> None:
    text = (
        "Les deux ministres se sont réunis jeudi afin d'annoncer la construction de l'usine "
        "de Tarvel."
    )
    assert statuses(read(text)) == {"announced"}
    text = "Zentra has announced the opening of a new plant for compressors in Tarvel."
    assert statuses(read(text, lang="en")) == {"announced"}
    text = "Zentra unveiled plans to invest $200 million in a cement plant at Tarvel."
    assert statuses(read(text, lang="en")) == {"announced"}
    text = "Zentra plans to spend up to $4 billion constructing a plant at Tarvel."
    assert statuses(read(text, lang="en")) == {"announced"}
    text = "The company will start developing a production facility at Tarvel next year."
    assert statuses(read(text, lang="en")) == {"announced"}
    text = "Zentra va ouvrir sa première usine européenne à Tarvel d'ici 2026."
    assert statuses(read(text)) == {"announced"}
    text = "Le groupe projette de mettre en place une usine de ciment à Tarvel."
    assert statuses(read(text)) == {"announced"}


def test_a_first_stone_laid_with_words_between_is_construction() -> None:
    text = (
        "Zentra construira une cimenterie à Tarvel, où le président a posé le 23 mars, en "
        "compagnie du ministre, la première pierre de l'usine."
    )
    assert statuses(read(text)) == {"construction"}
    text = "The authority held a ceremony to mark the foundation-stone laying of the Tarvel plant."
    assert statuses(read(text, lang="en")) == {"construction"}
    text = (
        "Le ministre a lancé, mercredi, dans la commune de Tarvel, les travaux de construction "
        "de l'usine de sacs."
    )
    assert statuses(read(text)) == {"construction"}


def test_an_agreement_signed_with_a_word_between_is_signed() -> None:
    text = "Zentra a également signé un accord de partenariat avec Tarvel Motors."
    assert statuses(read(text)) == {"signed"}
    text = "Zentra a de nouveau signé un protocole d'accord avec Tarvel Motors."
    assert statuses(read(text)) == {"signed"}


def test_a_plant_that_employs_people_to_date_is_operating() -> None:
    text = "L'usine de Tarvel, qui emploie à ce jour 5.000 personnes, exporte vers 25 pays."
    assert statuses(read(text)) == {"operating"}


def test_a_plant_said_by_what_it_makes_has_its_sector() -> None:
    text = "Zentra Electric will build an electrical tools factory at Tarvel."
    assert sector_names(read(text, lang="en")) == {"Electrical equipment"}
    text = "L'usine de Tarvel est spécialisée dans la fabrication de résistances chauffantes."
    assert sector_names(read(text)) == {"Équipements électriques"}
    text = "Zentra a inauguré à Tarvel sa première usine, dédiée à la fabrication de jouets."
    assert sector_names(read(text)) == {"Jouets"}
    text = "Zentra will set up a factory at Tarvel to make high-precision turning machines."
    assert sector_names(read(text, lang="en")) == {"Machinery and equipment"}
    text = "An Indian liquid inks producer will set up a factory at Tarvel."
    assert sector_names(read(text, lang="en")) == {"Chemicals"}


def test_pulp_and_packaging_are_two_trades() -> None:
    text = "Zentra inaugurated its eucalyptus pulp mill at Tarvel."
    assert sector_names(read(text, lang="en")) == {"Pulp and paper"}
    text = "Zentra a lancé à Tarvel les travaux de son usine de fabrication des sacs de ciment."
    assert sector_names(read(text)) == {"Emballage"}


def test_a_plant_made_for_a_product_is_not_its_customers_trade() -> None:
    # "destinée à la fabrication de tracteurs" is what the plant does, quoted where said
    text = "Zentra a inauguré à Tarvel une usine destinée à la fabrication de tracteurs."
    said = [p.quote for p in read(text) if p.field == "name" and p.new.kind == "sectors"]
    assert said == ["tracteurs"]
    # "inks used by the packaging industry": the customers' trade, not the plant's
    text = (
        "Zentra will build a factory at Tarvel. The company will manufacture liquid inks "
        "which will be used by the flexible packaging industry."
    )
    assert sector_names(read(text, lang="en")) == {"Chemicals"}


def test_words_of_another_trade_are_no_sector() -> None:
    # chips are tested and packaged: no packaging trade
    text = "Zentra will build a semiconductor testing and packaging plant at Tarvel."
    assert sector_names(read(text, lang="en")) == {"Electronics"}
    # a battery's chemistry is no ceramics plant
    text = "L'usine de Tarvel produira des batteries lithium-céramique pour les voitures."
    assert "Matériaux de construction" not in sector_names(read(text))
    # projects "in the pipeline" are no oil and gas
    text = "Zentra will build a cement plant at Tarvel and has other projects in the pipeline."
    assert sector_names(read(text, lang="en")) == {"Construction materials"}
