"""The reading rules that carry from one article to the next: what a proposal may name
(only what the text says), how a project said as "projet de …" is named, what is no
figure and who is no person."""

from __future__ import annotations

from typing import Any

from .reading import read


def new_names(proposals: list[Any], kind: str) -> set[str]:
    return {p.new.name for p in proposals if p.new and p.new.kind == kind}


def test_a_ministers_title_makes_no_ministry() -> None:
    proposals = read(
        "Le ministre de l’Industrie et des Mines, Abdessalem Bouchouareb, a visité l’usine "
        "de rond à béton de Béthioua."
    )
    assert new_names(proposals, "orgs") == set()
    (role,) = [p for p in proposals if p.field == "roles"]
    assert role.value.title == {"fr": "ministre de l’Industrie et des Mines"}
    assert role.value.org is None
    assert not [p for p in proposals if p.field == "head"]


def test_an_organisation_a_title_names_is_quoted_in_its_own_words() -> None:
    text = (
        "According to Alexander Mikheev, Director General of Rosoboronexport of Russia, "
        "the plant has produced the first batch."
    )
    proposals = read(text, lang="en", published="2023-01-17")
    (name,) = [p for p in proposals if p.field == "name" and p.new and p.new.kind == "orgs"]
    assert name.quote == "Rosoboronexport" and text[name.start : name.end] == name.quote
    (country,) = [p for p in proposals if p.field == "country"]
    assert (country.value, country.quote) == ("RU", "Rosoboronexport of Russia")
    (head,) = [p for p in proposals if p.field == "head"]
    assert head.value == "Alexander Mikheev"


def test_a_board_or_a_place_in_a_title_is_no_organisation() -> None:
    proposals = read(
        "Le projet connait un taux d’avancement appréciable, a indiqué Alp Topcuoglu, "
        "membre du Conseil d’administration du complexe sidérurgique. Le gouverneur de "
        "Jijel, Bedrici Ali, était présent."
    )
    assert new_names(proposals, "orgs") == set()


def test_a_project_said_as_projet_de_is_named_and_a_bare_projet_is_not() -> None:
    proposals = read(
        "Le projet sidérurgique de Bellara (Jijel) permettra la création de 2.000 postes "
        "d’emploi. Il s’agit d’un projet basé sur la technologie de réduction directe."
    )
    assert new_names(proposals, "projects") == {"Projet sidérurgique de Bellara"}
    (jobs,) = [p for p in proposals if p.field == "jobs"]
    assert jobs.new is not None and jobs.new.name == "Projet sidérurgique de Bellara"


def test_a_project_of_a_plant_is_named_by_the_plant() -> None:
    proposals = read(
        "Il s’agit du projet d’usine de traitement primaire du minerai de fer de Gara Djebilet."
    )
    assert new_names(proposals, "projects") == {
        "Usine de traitement primaire du minerai de fer de Gara Djebilet"
    }


def test_a_technical_compound_stays_in_the_plants_name() -> None:
    proposals = read(
        "L’usine de laminage à froid sera prête en 2025 ; le complexe d’acier plat produira "
        "2 millions de tonnes/an."
    )
    names = new_names(proposals, "projects")
    assert {"Usine de laminage à froid", "Complexe d’acier plat"} <= names
    (capacity,) = [p for p in proposals if p.field == "capacity"]
    assert capacity.new.name == "Complexe d’acier plat"


def test_a_models_designation_is_no_figure() -> None:
    proposals = read(
        "The Korwa Ordnance Factory has started producing AK-203 assault rifles.",
        lang="en",
        published="2023-01-17",
    )
    assert not [p for p in proposals if p.field in ("capacity", "jobs", "investment")]


def test_an_honorific_does_not_part_a_title_from_its_holder() -> None:
    proposals = read(
        "Le ministre a reçu l’ambassadeur de l’État du Qatar en Algérie, M. Abdulaziz Ali "
        "Naama, au siège du ministère."
    )
    (role,) = [p for p in proposals if p.field == "roles"]
    assert role.new.name == "Abdulaziz Ali Naama"
    assert role.value.title == {"fr": "ambassadeur de l’État du Qatar en Algérie"}


def test_a_title_ends_before_the_next_person_of_a_list() -> None:
    proposals = read(
        "Les statuts ont été signés par Chihoub Hasnaoui, directeur général du groupe Sider "
        "et Ahcene Haddad, DG du Fonds national des investissements (FNI)."
    )
    roles = {p.new.name: p.value.title["fr"] for p in proposals if p.field == "roles"}
    assert roles == {
        "Chihoub Hasnaoui": "directeur général du groupe Sider",
        "Ahcene Haddad": "DG du Fonds national des investissements",
    }
    (acronym,) = [p for p in proposals if p.field == "acronym"]
    assert acronym.value == "FNI"


def test_a_company_named_after_a_country_is_no_person() -> None:
    proposals = read(
        "Le projet sidérurgique de Bellara associe le groupe algérien Sider et son homologue "
        "qatari Qatar Steel."
    )
    assert "Qatar Steel" not in new_names(proposals, "people")
    assert "Qatar Steel" in new_names(proposals, "orgs")
