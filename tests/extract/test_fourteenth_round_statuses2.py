"""Statuses said by what a plant does now: a plant that employs people, in the present, runs;
a group's staff the world over says nothing of the plant it will build."""

from __future__ import annotations

from .reading import read, statuses


def test_a_plant_that_employs_people_is_operating() -> None:
    text = "L'usine Tarvel de Sfax, qui emploie 1200 personnes, fabrique des câbles."
    assert statuses(read(text)) == {"operating"}
    text = "The Zentra Motors plant in Tarvel employs more than 800 people."
    assert statuses(read(text, lang="en")) == {"operating"}


def test_a_group_staff_worldwide_is_no_status_of_its_plant() -> None:
    text = (
        "Zentra Motors, qui emploie 12 000 personnes dans le monde, a annoncé la construction "
        "d'une usine à Tarvel."
    )
    assert statuses(read(text)) == {"announced"}
    # a guard: a plant to employ people is not yet running
    text = "L'usine Tarvel de Sfax emploiera 1200 personnes."
    assert "operating" not in statuses(read(text))


def test_a_status_said_outright_outweighs_one_read_from_its_staff() -> None:
    text = (
        "L'usine Tarvel de Sfax emploie 1200 personnes. Ses travaux d'avancement ont atteint 90%."
    )
    assert statuses(read(text)) == {"construction"}
    # a guard: a status said outright stays, whatever the staff said after
    text = "L'usine Tarvel de Sfax a été inaugurée. Elle emploie 1200 personnes."
    assert statuses(read(text)) == {"operating"}


def test_a_plant_the_company_will_build_is_announced() -> None:
    text = "Zentra Motors construira sa première usine africaine à Tarvel."
    assert statuses(read(text)) == {"announced"}
    text = "Zentra Motors a annoncé jeudi qu'il construirait une usine à Tarvel."
    assert statuses(read(text)) == {"announced"}
    # a guard: a plant built already is not announced again by the word
    text = "L'usine Tarvel de Sfax a été inaugurée jeudi."
    assert statuses(read(text)) == {"operating"}
