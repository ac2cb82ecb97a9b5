"""Fifty-fourth round: what the first reading of held-out set BR showed the reader could not
read, in words any article may use, with names no list knows.

DOCSTRING
"""

from __future__ import annotations

from .reading import (
    about,
    orgs,
    read,
    role_titles,
    value_of,
)

TYRES = (
    "THIES, June 1 -- Kooper Tire & Rubber Company, a subsidiary of American tire giant Goodvear"
    " Tire & Rubber Company, on Wednesday started the construction of the second phase of its"
    " factory in the city of Thiès in Senegal."
)


def test_two_companies_one_word_apart_are_two() -> None:
    found = read(TYRES, "en", "2023-06-01")
    assert {"Kooper Tire & Rubber Company", "Goodvear Tire & Rubber Company"} <= orgs(found)
    assert value_of(found, "Goodvear Tire & Rubber Company", "country") == "US"
    assert not about(found, "Kooper Tire & Rubber Company", "country")


def test_a_towns_party_chief_is_a_title() -> None:
    found = read(
        '"The expansion of Kelvo Group in Thies shows the confidence of foreign capital," said'
        " Amadou Diallo, Party chief of Thies, adding that the city will grow.",
        "en",
        "2023-06-01",
    )
    assert role_titles(found, "Amadou Diallo") == ["Party chief of Thies"]
    secretary = read("Amadou Diallo, Party secretary of Thies, said the plant will open.", "en")
    assert role_titles(secretary, "Amadou Diallo") == ["Party secretary of Thies"]
    assert value_of(secretary, "Amadou Diallo", "roles")["org"] is None
    assert "Thies" not in orgs(secretary)
