"""Statuses said in forms the reader missed: a plant whose company made its intention
official ("a officialisé son intention d'implanter", "announced its intention to build") is
announced."""

from __future__ import annotations

from .reading import read, statuses


def test_an_intention_made_official_is_an_announced_plant() -> None:
    text = (
        "Le groupe Zentra Motors a officialisé en début de semaine son intention "
        "d'implanter une usine de batteries à Tarvel."
    )
    assert statuses(read(text)) == {"announced"}
    text = "Zentra Motors confirmed its intention to build a battery plant in Tarvel."
    assert statuses(read(text, "en")) == {"announced"}


def test_an_intention_denied_is_no_status() -> None:
    text = (
        "Le groupe Zentra Motors a démenti en début de semaine toute intention "
        "d'implanter une usine de batteries à Tarvel."
    )
    assert statuses(read(text)) == set()


def test_an_intention_of_no_plant_is_no_status() -> None:
    text = (
        "Le gouvernement de Tarvel a annoncé en début d'année son intention de prendre le "
        "contrôle de l'usine de batteries de Zentra Motors."
    )
    assert "announced" not in statuses(read(text))
