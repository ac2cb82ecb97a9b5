"""Fifty-sixth round: what the first reading of held-out set BT showed the reader could not
read, in words any article may use, with names no list knows.

- "a parts maker will build a plant in Thiès. Ghanaian company Kelvo Group will initially make
  axles for trucks built by Tarvel Motor Company's Dakar plant, as well as for Norvel Auto's
  nearby Rufisque plant … It started with the arrival of the Norvel Auto plant in the late
  1990s. Now, Senegal is home to several vehicle plants": the plants the goods are made for are
  customers', no records, and their owners no parties; a company's plant in a sentence of past
  decades is history; the plants a place is home to are none of the article's.
- "Ghana's car parts maker Kelvo Industrial Co became the latest …, pledging to build a new
  factory … TogoInvest, the state-run agency for foreign direct investment, said on Monday
  Kelvo planned to launch production of stamping press parts, exhaust systems and other car
  components in the West African country in early 2005 … Kelvo's chief manufacturing base":
  "Co" before a verb closes a name; a pledge to build is announced; a name set before what
  the body is names an agency; the goods listed, with their "and", are no clause between the
  cue and its date, and the list's last says the trade; a manufacturing base is no sector.
"""

from __future__ import annotations

from .reading import about, orgs, projects, read, sector_names, value_of

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


PARTS = (
    "LOME, Aug 26 (Reuters) - Ghana's car parts maker Kelvo Industrial Co became the latest in a"
    " line of investors pouring money into Togo, pledging to build a new factory for 45 million"
    " euros and create 225 jobs.\n\n"
    "TogoInvest, the state-run agency for foreign direct investment, said on Monday Kelvo planned"
    " to launch production of stamping press parts, exhaust systems and other car components in"
    " the West African country in early 2005.\n\n"
    "The new plant will be based in the northern town of Kara and will serve as Kelvo's chief"
    " manufacturing base for markets in the region."
)


def test_co_before_a_verb_closes_a_name_and_a_pledge_is_announced() -> None:
    found = read(PARTS, "en", "2003-08-27")
    assert "Kelvo Industrial Co" in orgs(found)
    [status] = about(found, "Factory at Kara", "status")
    assert (status.plain_value(), status.quote) == ("announced", "pledging to build")
    pledged = read("Le groupe Kelvo s’est engagé à construire une usine à Kara.", "fr", None)
    assert value_of(pledged, "Usine de Kara", "status") == "announced"


def test_a_name_set_before_what_the_body_is_names_an_agency() -> None:
    found = read(PARTS, "en", "2003-08-27")
    assert "TogoInvest" in orgs(found)
    assert not about(found, "Factory at Kara", "parties")[1:]


def test_the_goods_listed_keep_the_date_and_say_the_trade() -> None:
    found = read(PARTS, "en", "2003-08-27")
    start = value_of(found, "Factory at Kara", "dates.operation_start")
    assert (start["raw"], start["earliest"]) == ("in early 2005", "2005-01-01")
    assert sector_names(found) == {"Automotive"}
    [sector] = about(found, "Factory at Kara", "sectors")
    assert "car components" in sector.quote or "exhaust systems" in sector.quote
