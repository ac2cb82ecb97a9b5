"""Fifty-sixth round: what the first reading of held-out set BT showed the reader could not
read, in words any article may use, with names no list knows.

- "a parts maker will build a plant in Thiès. Ghanaian company Kelvo Group will initially make
  axles for trucks built by Tarvel Motor Company's Dakar plant, as well as for Norvel Auto's
  nearby Rufisque plant … It started with the arrival of the Norvel Auto plant in the late
  1990s. Now, Senegal is home to several vehicle plants": the plants the goods are made for are
  customers', no records, and their owners no parties; a company's plant in a sentence of past
  decades is history; the plants a place is home to are none of the article's.
"""

from __future__ import annotations

from .reading import about, projects, read, value_of

SUPPLIER = (
    "THIES, Senegal - Senegal continues to attract carmakers. On Tuesday, the minister announced"
    " that a parts maker will build a plant in Thiès.\n\n"
    "Ghanaian company Kelvo Group will initially make axles for trucks built by Tarvel Motor"
    " Company's Dakar plant, as well as for Norvel Auto's nearby Rufisque plant.\n\n"
    "Kelvo's decision to invest $30 million and create 120 jobs in Thiès is good news, the"
    " minister said.\n\n"
    "It started with the arrival of the Norvel Auto plant in the late 1990s. Now, Senegal is"
    " home to several vehicle plants."
)


def test_the_plants_the_goods_are_made_for_are_customers() -> None:
    found = read(SUPPLIER, "en", "2021-05-01")
    assert projects(found) == {"Plant at Thiès"}
    [party] = about(found, "Plant at Thiès", "parties")
    assert party.quote == "Kelvo Group"
    assert value_of(found, "Plant at Thiès", "jobs")["value"] == 120
    alone = read(
        "Kelvo Group will build a plant in Thiès. It will make seats for cars built by Tarvel"
        " Motor Company's Dakar plant.",
        "en",
        "2021-05-01",
    )
    assert projects(alone) == {"Plant at Thiès"}


def test_a_companys_plant_in_a_history_and_a_places_plants_are_not_the_articles() -> None:
    found = read(SUPPLIER, "en", "2021-05-01")
    assert not {"Norvel Auto plant", "Vehicle plants"} & projects(found)
    assert value_of(found, "Plant at Thiès", "status") == "announced"
    # the article's own plant, said in its history, stays the one spoken of
    own = read(
        "Kelvo Group will modernise the Thiès sugar factory. The Thiès sugar factory was built in"
        " the 1960s by Tarvel.",
        "en",
        "2021-05-01",
    )
    assert "Thiès sugar factory" in projects(own)
