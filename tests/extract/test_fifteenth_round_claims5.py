"""Claims other than agreements' formation, each rule general and tested on sentences of its
own: a nationality said in lower case after an article names the company that follows."""

from __future__ import annotations

from .reading import about, named, read


def test_a_lower_case_nationality_after_an_article_names_the_company() -> None:
    found = read(
        "La danoise Vestas va construire une usine de pales à Cherbourg avec le "
        "singapourien Sembcorp, a annoncé le chinois Goldwind.",
        "fr",
    )
    orgs = named(found, "orgs")
    assert {"Vestas", "Sembcorp"} <= orgs
    assert [p.value for p in about(found, "Vestas", "country")] == ["DK"]
    assert [p.value for p in about(found, "Sembcorp", "country")] == ["SG"]


def test_a_capitalised_nationality_before_a_full_name_is_a_person() -> None:
    found = read(
        "Le Nigérian Aliko Dangote a visité l'usine de ciment de Cotonou.",
        "fr",
    )
    assert "Aliko" not in named(found, "orgs")
