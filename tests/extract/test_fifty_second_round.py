"""Fifty-second round: what the first reading of held-out set BP showed the reader could not
read, in words any article may use, with names no list knows.
"""

from __future__ import annotations

from .reading import (
    about,
    orgs,
    projects,
    read,
    value_of,
)

CEMENT = (
    "Attendue depuis mars, la troisième cimenterie sénégalaise entrera en activité courant juin,"
    " estime Omar Sall, le directeur du projet à Kelvo Sénégal. La filiale du groupe marocain"
    " Tarvel Holdings a investi plus de 16 milliards de F CFA pour implanter cette usine d’une"
    " capacité de production annuelle de 600 000 tonnes dans la zone portuaire de Thiès."
    " L’entreprise marocaine arrive sur un marché concurrentiel, où sont déjà présents Norvel"
    " (groupe marocain Sokam) et le nigérian Bravia. « La demande locale est actuellement évaluée"
    " à environ 3 millions de tonnes », dit-il. Le 9 septembre 2014, Ali Tarvel, le patron de"
    " Tarvel, signe une convention d’investissement avec le gouvernement."
)


def test_a_port_zone_of_a_town_places_the_plant_and_names_it() -> None:
    found = read(CEMENT, "fr", None)
    assert projects(found) == {"Cimenterie de Thiès"}
    assert value_of(found, "Cimenterie de Thiès", "location")["locality"] == "Thiès"
    port = read("Kelvo will build a cement plant in the port area of Buchanan.", "en", None)
    assert value_of(port, "Cement plant at Buchanan", "location")["locality"] == "Buchanan"


def test_a_company_after_a_title_at_it_is_the_roles_organisation() -> None:
    found = read(CEMENT, "fr", None)
    assert "Kelvo Sénégal" in orgs(found)
    [role] = about(found, "Omar Sall", "roles")
    [company] = {p.new.key for p in found if p.new and p.new.name == "Kelvo Sénégal"}
    assert role.plain_value()["org"] == company
    # a project's director heads no company
    assert not about(found, "Kelvo Sénégal", "head")
    # a town or a country after "à" is no company
    consul = read("Omar Sall, le consul à Thiès, a visité l'usine Kelvo.", "fr", None)
    assert "Thiès" not in orgs(consul)
    english = read("Omar Sall, project director at Tarvel Senegal, said the plant will open.", "en")
    assert "Tarvel Senegal" in orgs(english)


def test_the_rivals_on_the_market_are_no_parties() -> None:
    found = read(CEMENT, "fr", None)
    parties = {p.quote for p in about(found, "Cimenterie de Thiès", "parties")}
    assert not parties & {"Norvel", "Sokam", "Bravia"}
    rivals = read(
        "Kelvo will build a cement plant in Thies. It will face competition from Norvel Cement"
        " and Bravia Industries.",
        "en",
        None,
    )
    assert not [p for p in rivals if p.field == "parties" and p.quote != "Kelvo"]


def test_the_markets_demand_is_no_capacity() -> None:
    found = read(CEMENT, "fr", None)
    assert [p.plain_value()["value"] for p in found if p.field == "capacity"] == [600_000]


def test_a_signing_told_in_the_present_is_done_that_day() -> None:
    found = read(CEMENT, "fr", None)
    [agreement] = {p.subject for p in found if p.field == "title"}
    statuses = [p.plain_value() for p in found if p.subject == agreement and p.field == "status"]
    assert statuses == ["signed"]
    [event] = [p.plain_value() for p in found if p.subject == agreement and p.field == "events"]
    assert event["date"]["earliest"] == "2014-09-09"
    # a sign of something is no signing
    sign = read("Ce contrat est un signe de confiance pour l'usine Kelvo de Thiès.", "fr", None)
    assert not [p for p in sign if p.field == "status" and p.plain_value() == "signed"]
