"""Twenty-seventh round: what the first reading of held-out set AQ showed the reader could
not read, in words any article may use.

- "Le brasseur néerlandais X", "the Dutch brewer X": a brewer is a company's noun.
- "La construction doit commencer au cours de l'année": this year.
- "plans to unveil the plant … between April and May 2024", "ouvrira entre avril et juin
  2025": opened, in a span of two months of one year.
- "the construction of the plant is already 80% complete": under construction.
- "170 billion kwachas" in Blantyre: Malawi's kwacha.
- "X, the Director of Human Resources at Zentra Malawi": the title is the words before
  "at", the company the one named before in full, and a unit's chief heads nothing.
- "the Zentra Group, based in Dar es Salaam, Tanzania": a seat said with no company noun.
- "Among their clients is the brewer X": a client, no organisation of the record.
"""

from __future__ import annotations

from typing import Any

from .reading import about, orgs, read, role_titles


def _value(proposals: list[Any], name: str, field: str) -> Any:
    [proposal] = about(proposals, name, field)
    return proposal.plain_value()


def test_a_brewer_is_a_company() -> None:
    found = read(
        "Le brasseur néerlandais Zentra a annoncé jeudi la construction d'une usine au Timor "
        "Oriental, non loin de la capitale, Dili."
    )
    assert orgs(found) == {"Zentra"}
    assert _value(found, "Zentra", "country") == "NL"
    found = read("The Dutch brewer Zentra will build a brewery in Dili.", "en")
    assert orgs(found) == {"Zentra"}


def test_works_to_begin_in_the_course_of_the_year() -> None:
    found = read(
        "Zentra a annoncé la construction d'une usine à Dili. La construction doit commencer "
        "au cours de l'année, a ajouté le groupe.",
        published="2015-03-05",
    )
    start = _value(found, "Usine de Díli", "dates.construction_start")
    assert (start["raw"], start["earliest"], start["latest"]) == (
        "au cours de l'année",
        "2015-01-01",
        "2015-12-31",
    )


def test_opened_between_two_months_of_a_year() -> None:
    found = read(
        "Zentra Malawi Limited plans to unveil the plant in Blantyre between April and May 2024.",
        "en",
    )
    opening = _value(found, "Plant at Blantyre", "dates.operation_start")
    assert (opening["earliest"], opening["latest"]) == ("2024-04-01", "2024-05-31")
    found = read("L'usine de Zentra ouvrira entre avril et juin 2025 à Oran.")
    opening = _value(found, "Usine de Zentra", "dates.operation_start")
    assert (opening["earliest"], opening["latest"]) == ("2025-04-01", "2025-06-30")


def test_works_already_mostly_complete_and_the_host_kwacha() -> None:
    found = read(
        "Zentra Malawi Limited will open a cooking oil refinery in Blantyre, Malawi. The "
        "construction of the plant is already 80% complete, with a total investment of 170 "
        "billion kwachas mobilized for the project.",
        "en",
    )
    name = "Cooking oil refinery at Blantyre"
    assert _value(found, name, "status") == "construction"
    assert _value(found, name, "investment")["currency"] == "MWK"


def test_a_title_at_a_company_named_before() -> None:
    found = read(
        "Zentra Malawi Limited will open a refinery in Blantyre. Richard Keltor, the Director "
        "of Human Resources at Zentra Malawi, said the plant is ready.",
        "en",
    )
    assert role_titles(found, "Richard Keltor") == ["Director of Human Resources"]
    [role] = about(found, "Richard Keltor", "roles")
    [company] = {p.new.key for p in about(found, "Zentra Malawi Limited", "name")}
    assert role.plain_value()["org"] == company
    assert orgs(found) == {"Zentra Malawi Limited"}
    # a unit's president, at the company, heads none of it
    found = read(
        "Zentra Group will build a smelter in Abu Dhabi. Li Wei, president of Investments at "
        "Zentra Group, signed the deal.",
        "en",
    )
    assert role_titles(found, "Li Wei") == ["president of Investments"]
    assert not about(found, "Zentra Group", "head")


def test_a_seat_said_alone_after_the_name() -> None:
    found = read(
        "This subsidiary of the Zentra Group, based in Dar es Salaam, Tanzania, plans to "
        "unveil the plant in Blantyre.",
        "en",
    )
    assert _value(found, "Zentra Group", "country") == "TZ"


def test_a_client_is_no_organisation_of_the_record() -> None:
    found = read(
        "German company Zentra began the construction of its plant in Ramos Arizpe. Among "
        "their clients is the American carmaker Keltor Motors, for which "
        "they developed their plant with a capacity of 30 million hectoliters.",
        "en",
    )
    assert orgs(found) == {"Zentra"}
