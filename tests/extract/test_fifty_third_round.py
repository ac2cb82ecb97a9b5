"""Fifty-third round: what the first reading of held-out set BQ showed the reader could not
read, in words any article may use, with names no list knows.

- "Kelvo Tire said its local subsidiary, Kelvo Tyre Senegal Sdn. Bhd., recently built a plant
  in Thies at the Diamniadio industrial park", then "under its expansion project in Senegal":
  the town said before the zone names the plant ("Plant at Thies"), the expansion it is part
  of names nothing; "Sdn." ends no sentence; a name that said "its subsidiary" is a company's.
"""

from __future__ import annotations

from .reading import (
    orgs,
    people,
    projects,
    read,
    value_of,
)

TIRES = (
    "Kelvo Tire said its local subsidiary, Kelvo Tyre Senegal Sdn. Bhd., recently built a plant"
    " in Thies at the Diamniadio industrial park. The plant will start operations in October with"
    " an initial annual production capacity of 2.4 million tires. The Japanese firm will invest"
    " as much as 21 billion yen and hire about 450 employees under its expansion project in"
    " Senegal, a spokesman said."
)


def test_the_town_said_before_the_zone_names_the_plant() -> None:
    found = read(TIRES, "en", "2019-05-01")
    assert projects(found) == {"Plant at Thiès"}
    assert value_of(found, "Plant at Thiès", "location")["locality"] == "Thiès"
    # with no town, the zone still names it
    zone = read("Kelvo Tire built a plant at the Diamniadio industrial park.", "en", None)
    assert projects(zone) == {"Plant in the Diamniadio industrial park"}


def test_the_expansion_a_plant_belongs_to_names_nothing() -> None:
    found = read(TIRES, "en", "2019-05-01")
    assert not [p for p in found if p.field == "name" and "xpansion" in p.quote]
    assert value_of(found, "Plant at Thiès", "jobs")["value"] == 450


def test_a_malaysian_legal_form_ends_no_sentence() -> None:
    found = read(TIRES, "en", "2019-05-01")
    assert "Kelvo Tyre Senegal Sdn. Bhd." in orgs(found)
    singapore = read("Its unit Kelvo Asia Pte. Ltd. will run the plant in Thies.", "en", None)
    assert "Kelvo Asia Pte. Ltd." in orgs(singapore)


def test_a_name_that_speaks_of_its_subsidiary_is_a_companys() -> None:
    found = read(TIRES, "en", "2019-05-01")
    assert "Kelvo Tire" in orgs(found)
    assert "Kelvo Tire" not in people(found)
    plant = read("Kelvo Motors said its new plant in Thies will open in May.", "en", None)
    assert "Kelvo Motors" in orgs(plant)
    # a person who said something of a company's subsidiary stays a person
    person = read("Omar Sall said the subsidiary of Kelvo Motors will build a plant.", "en", None)
    assert "Omar Sall" in people(person)
