"""Records and their names, nineteenth round: how a plant said by its noun is given the name
the text says it is known by.

- "The glass factory, known as Norvale Glass Works, …", "The industrial zone, which is known
  as the Tarsis Free Zone, …", "L'usine, connue sous le nom de Verrerie Alva, …": the
  name a plant is known by is its name, as "called" and "baptisée" give one; a person or a
  place "known as" a description ("known as a reformer", "known as the gateway to the
  north") names no plant.
"""

from __future__ import annotations

from typing import Any

from .reading import about, projects, read


def _names(proposals: list[Any]) -> set[str]:
    """Every name proposed for a new project."""
    return {
        next(iter(p.plain_value().values()))
        for plant in projects(proposals)
        for p in about(proposals, plant, "name")
    }


def test_the_name_a_plant_is_known_by_is_its_name() -> None:
    text = (
        "Norvale Foods opened a glass factory at Tarvik on Monday. The $20-million glass "
        "factory, known as Norvale Glass Works, will employ 300 people."
    )
    assert "Norvale Glass Works" in _names(read(text, lang="en"))
    text = (
        "The minister opened an industrial zone at Tarvik on Monday. The industrial zone, "
        "which is known as the Tarsis Bright Free Zone, will host 50 factories."
    )
    assert "Tarsis Bright Free Zone" in _names(read(text, lang="en"))
    text = (
        "Norvale a inauguré une usine de verre à Tarvik lundi. L'usine, connue sous le nom "
        "de Verrerie Alva, emploiera 300 personnes."
    )
    assert "Verrerie Alva" in _names(read(text))
    # a guard: a description a plant or a town is known by is no name
    text = (
        "Norvale Foods opened a glass factory at Tarvik, known as the gateway to the north, "
        "on Monday. The factory will employ 300 people."
    )
    assert _names(read(text, lang="en")) == {"Glass factory"}
