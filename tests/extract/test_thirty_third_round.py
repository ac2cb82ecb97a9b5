"""Thirty-third round: what the first reading of held-out set AW showed the reader could not
read, in words any article may use.

- A headline, then "A Mersin-based company is to open a new sardine cannery in the Fijian
  capital, Suva, in the early part of 2027" with its full stop lost: a line that opens on
  an article is the lead, no standfirst of the headline's, so its words name the plant;
  "Mersin company" in the headline and "a Mersin-based company" say where the company is
  from (its country one of the pair), not where the plant is; "the Fijian capital, Suva"
  is the plant's town; "is to open a new … plant … in the early part of 2027" is its
  start, planned; a cannery is a plant, the catch said by its kind ("tuna processing", "a
  sardine cannery") fisheries.
- "la mine de rubis de X", "a ruby mine": a mine said by the gems it yields is a project.
"""

from __future__ import annotations

from bilat.store.extract.segment import headline_end

from .reading import about, dates_said, projects, read, sector_names, value_of

LEAD = (
    "Mersin company to build sardine plant in Fiji capital\n"
    "A Mersin-based company is to open a new sardine cannery in the Fijian capital, Suva, "
    "in the early part of 2027\n"
    "The plant will employ 300 people.\n"
)


def test_a_lead_without_its_full_stop_is_no_standfirst() -> None:
    assert headline_end(LEAD) == LEAD.index("\n")
    standfirst = "Firm to build plant\nProduction to start in 2027 with 300 jobs\nThe firm said.\n"
    assert headline_end(standfirst) == standfirst.index("\nThe")
    found = read(LEAD, "en", "2026-06-01")
    assert projects(found) == {"Sardine cannery at Suva"}


def test_a_town_before_a_company_is_where_the_company_is_from() -> None:
    found = read(LEAD, "en", "2026-06-01")
    assert value_of(found, "Sardine cannery at Suva", "location") == {
        "country": "FJ",
        "region": None,
        "locality": "Suva",
    }
    assert value_of(found, "Sardine cannery at Suva", "countries") == ["FJ", "TR"]


def test_a_capital_then_its_name() -> None:
    for where in ("the Fijian capital, Suva,", "the Fiji capital Suva"):
        found = read(
            f"Norvel Foods will build a new sardine processing plant in {where} next year.", "en"
        )
        assert value_of(found, "Sardine processing plant at Suva", "location")["locality"] == (
            "Suva"
        )


def test_is_to_open_a_plant_in_the_early_part_of_a_year() -> None:
    assert dates_said(
        "It opens in the early part of 2027, and grows in the latter part of 2028."
    ) == [
        ("the early part of 2027", "2027-01-01", "2027-03-31"),
        ("the latter part of 2028", "2028-10-01", "2028-12-31"),
    ]
    found = read(LEAD, "en", "2026-06-01")
    start = value_of(found, "Sardine cannery at Suva", "dates.operation_start")
    assert (start["earliest"], start["latest"], start["planned"]) == (
        "2027-01-01",
        "2027-03-31",
        True,
    )
    found = read("Norvel Foods will open a new cement plant in Suva, Fiji, in May 2027.", "en")
    assert value_of(found, "Cement plant at Suva", "dates.operation_start")["raw"] == (
        "in May 2027"
    )


def test_the_catch_by_its_kind() -> None:
    for text in (
        "Norvel Foods will build a new tuna processing plant in Suva, Fiji.",
        "Norvel Foods will build a sardine cannery in Suva, Fiji.",
    ):
        found = read(text, "en")
        assert sector_names(found) == {"Fisheries"}, text
        [sector] = [p for p in found if p.field == "sectors"]
        assert sector.quote in ("tuna processing", "sardine cannery")


def test_a_mine_by_its_gems() -> None:
    found = read("Norvel Gems met en place son projet de mine de rubis de Kelso, au Groenland.")
    assert len(projects(found)) == 1
    found = read("Norvel Gems will open a ruby mine in Greenland next year.", "en")
    assert len(projects(found)) == 1
    [location] = about(found, next(iter(projects(found))), "location")
    assert location.plain_value()["country"] == "GL"


def test_the_only_other_one_is_a_comparison() -> None:
    found = read(
        "La teneur se compare favorablement à celle de la mine Kelso de Norvel, au Mozambique, "
        "la seule autre mine de rubis importante au monde."
    )
    assert not [name for name in projects(found) if "importante" in name]
    found = read(
        "Its grade compares well with Norvel's Kelso mine, the only other major ruby mine in "
        "the world.",
        "en",
    )
    assert not [name for name in projects(found) if "major" in name.casefold()]
