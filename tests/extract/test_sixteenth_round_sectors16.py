"""Round sixteen, sectors and statuses: a project's status said by the press's recurring
turns (a construction still to start, a plant made public, a plant that opened its doors, a
first stone laid with words between), and a plant's sector said by what it makes."""

from __future__ import annotations

from .reading import read, statuses


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
