"""Claims, part three: a ceremony still to come, titles said whole, and whose they are."""

from __future__ import annotations

from typing import Any

from .reading import about, read, role_titles, statuses


def test_a_first_stone_ceremony_to_come_announces_the_plant() -> None:
    text = (
        "La cérémonie de pose de la première pierre de l'usine Tarvel, d'une capacité de "
        "200 000 tonnes à Sfax, dans la banlieue de Gabès, aura lieu le 19 mai 2026."
    )
    proposals = read(text, published="2026-05-02")
    assert statuses(proposals) == {"announced"}
    (start,) = [p for p in proposals if p.field == "dates.construction_start"]
    assert start.value.planned and start.value.earliest == "2026-05-19"
    text = (
        "The groundbreaking ceremony of the Zentra Motors plant in Tarvel, a town of the "
        "northern coast, will take place on June 4, 2026."
    )
    assert statuses(read(text, lang="en", published="2026-05-02")) == {"announced"}
    text = "La pose de la première pierre de l'usine de tuiles Tarvel est prévue en mai."
    assert statuses(read(text)) == {"announced"}


def test_a_first_stone_ceremony_held_is_construction() -> None:
    # a guard: the ceremony said as held, whatever is to come after
    text = (
        "Zentra Motors a procédé mercredi à la pose de la première pierre de l'usine Tarvel, "
        "dont l'inauguration aura lieu en 2027."
    )
    assert statuses(read(text, published="2026-05-02")) == {"construction"}


def test_a_sea_named_after_a_country_says_no_country() -> None:
    text = (
        "Le groupe Tarvel Cement va construire une usine de ciment à Toamasina, a indiqué "
        "Jean Morel, directeur région océan Indien du groupe Tarvel."
    )
    proposals = read(text, published="2026-05-02")
    assert not [p for p in proposals if p.field in ("country", "countries") and "IN" in p.value]
    # a guard: the adjective alone still says the country
    text = "Le groupe indien Tarvel Cement va construire une usine de ciment à Toamasina."
    (country,) = [p for p in read(text) if p.field == "country"]
    assert country.value == "IN"


def test_a_chief_executive_title_of_three_words_is_read_whole_with_its_company() -> None:
    text = (
        "La cimenterie de Sfax sera construite par le groupe Tarvel, a indiqué Jean Morel, "
        "président directeur général du groupe tunisien Tarvel."
    )
    proposals = read(text)
    assert role_titles(proposals, "Jean Morel")[0].startswith("président directeur général")
    (head,) = about(proposals, "Tarvel", "head")
    assert head.value == "Jean Morel"
    text = (
        "La cimenterie de Sfax a été inaugurée en présence du président-directeur-général "
        "du groupe Tarvel, Jean Morel."
    )
    proposals = read(text)
    assert role_titles(proposals, "Jean Morel")[0].startswith("président-directeur-général")
    (head,) = about(proposals, "Tarvel", "head")
    assert head.value == "Jean Morel"
    # a guard: the English "Director General of" is still one title
    text = "Alex Marin, Director General of Zentra Motors, visited the Tarvel plant."
    assert role_titles(read(text, lang="en"), "Alex Marin")[0].startswith("Director General")


def test_a_verb_of_speech_ends_an_apposed_title() -> None:
    text = (
        "Tarvel Industries Ltd is working on a sugar plant in Dodoma, Jean Morel, managing "
        "director of the firm explained yesterday."
    )
    proposals = read(text, lang="en")
    (role,) = about(proposals, "Jean Morel", "roles")
    assert role.plain_value()["title"] == {"en": "managing director"}
    (head,) = about(proposals, "Tarvel Industries Ltd", "head")
    assert head.value == "Jean Morel"


def test_a_region_a_title_reaches_is_part_of_it_before_its_company() -> None:
    text = (
        "Le groupe Tarvel Cement va construire une usine de ciment à Toamasina, a indiqué "
        "Jean Morel, directeur région Afrique australe du groupe Tarvel."
    )
    proposals = read(text)
    (role,) = about(proposals, "Jean Morel", "roles")
    assert role.plain_value()["title"] == {
        "fr": "directeur région Afrique australe du groupe Tarvel"
    }
    assert role.plain_value()["org"] is not None
    # a guard: a regional director is no head of the group
    assert not about(proposals, "Tarvel Cement", "head")


def test_a_subsidiary_said_by_its_country_letter_keeps_it_and_its_nationality() -> None:
    text = (
        "According to local reports, Indian investor- Tarvel Industries (T) Ltd is working on "
        "a sugar plant at Dabalo Ward in Dodoma."
    )
    proposals = read(text, lang="en")
    (country,) = about(proposals, "Tarvel Industries (T) Ltd", "country")
    assert country.value == "IN"
    # a guard: the letter says where the subsidiary is, not whose it is
    text = "Local investor- Tarvel Industries (T) Ltd is working on a sugar plant in Dodoma."
    assert not about(read(text, lang="en"), "Tarvel Industries (T) Ltd", "country")


def test_a_round_count_said_by_its_collective_noun_is_about_so_many_jobs() -> None:
    for text, value in (
        ("L'usine Tarvel de Sfax créera, selon son promoteur, un millier d'emplois.", 1000),
        ("L'usine Tarvel de Sfax emploiera près d'un millier d'ouvriers.", 1000),
        ("L'usine Tarvel de Sfax emploiera une centaine de travailleurs.", 100),
    ):
        (jobs,) = [p for p in read(text) if p.field == "jobs"]
        assert (jobs.value.value, jobs.value.qualifier) == (value, "approx")
    # a guard: a round count of one part of the staff, another count after it
    text = (
        "L'usine Tarvel de Sfax a une cinquantaine d'employés tunisiens et plus de 900 "
        "employés italiens."
    )
    assert [p.value.min for p in read(text) if p.field == "jobs"] == [900]


def test_so_much_a_l_annee_is_a_yearly_capacity() -> None:
    text = "L'usine Tarvel de Sfax aura une capacité de production de 200 000 tonnes à l'année."
    (capacity,) = [p for p in read(text) if p.field == "capacity"]
    assert capacity.value.unit == "t/yr"
    # a guard: the year said elsewhere, not of the tonnes, makes no yearly capacity
    text = "L'usine Tarvel de Sfax, d'une capacité de 200 000 tonnes, ouvrira dans l'année."
    (capacity,) = [p for p in read(text) if p.field == "capacity"]
    assert capacity.value.unit == "t"


def test_works_said_launched_in_the_pluperfect_date_the_building() -> None:
    text = (
        "L'usine Tarvel de Sfax, dont les travaux avaient été lancés en juin 2013, a été "
        "inaugurée jeudi."
    )
    proposals = read(text)
    (start,) = [p for p in proposals if p.field == "dates.construction_start"]
    assert start.value.earliest == "2013-06-01"
    assert statuses(proposals) == {"operating"}


def test_operations_at_the_plant_likely_to_start_date_its_opening() -> None:
    text = (
        "Tarvel Industries Ltd is building a sugar factory in Dodoma. Operations at the factory "
        "are likely to start by June 2027."
    )
    proposals = read(text, lang="en", published="2026-05-02")
    (start,) = [p for p in proposals if p.field == "dates.operation_start"]
    assert start.value.latest == "2027-06-30" and start.value.planned
    # a guard: a sentence closed before the verb says nothing of the plant's start
    text = (
        "Tarvel Industries Ltd is building a sugar factory in Dodoma. Operations at the "
        "factory, its owner said, will need water; a new dam is likely to start by June 2027."
    )
    assert not [p for p in read(text, lang="en") if p.field == "dates.operation_start"]


def _sector_quote(proposals: list[Any], name: str) -> str:
    (said,) = [p for p in proposals if p.field == "name" and p.value == {"fr": name}]
    return str(said.quote)


def test_a_sector_said_in_passing_then_as_a_plant_trade_is_quoted_by_the_plant() -> None:
    text = (
        "Des hommes d'affaires tunisiens visitent le pays. Parmi les secteurs qui les "
        "intéressent, le textile et le tourisme. Le groupe Tarvel construira une usine "
        "textile à Sfax."
    )
    proposals = read(text)
    assert _sector_quote(proposals, "Textile") == "textile"
    (sectors,) = about(proposals, "Usine textile de Sfax", "sectors")
    said = next(p for p in proposals if p.field == "name" and p.value == {"fr": "Textile"})
    assert said.start == sectors.start
    # a guard: a company said by its trade first keeps that quote
    text = (
        "Tarvel, une entreprise spécialisée dans le textile, construira une usine textile à Sfax."
    )
    proposals = read(text)
    said = next(p for p in proposals if p.field == "name" and p.value == {"fr": "Textile"})
    assert said.start == text.index("textile")


def test_a_general_manager_or_director_of_an_organisation_heads_it() -> None:
    text = "Alex Marin, general manager of Zentra Roofing Company, visited the Tarvel plant."
    (head,) = about(read(text, lang="en"), "Zentra Roofing Company", "head")
    assert head.value == "Alex Marin"
    text = "The Director of the Tarvel Investment Agency, Alex Marin, visited the plant."
    (head,) = about(read(text, lang="en"), "Tarvel Investment Agency", "head")
    assert head.value == "Alex Marin"
    # guards: a director of one function, a deputy general manager, head nothing
    text = "Alex Marin, director of marketing of Zentra Roofing Company, visited the plant."
    assert not about(read(text, lang="en"), "Zentra Roofing Company", "head")
    text = "Alex Marin, deputy general manager of Zentra Roofing Company, visited the plant."
    assert not about(read(text, lang="en"), "Zentra Roofing Company", "head")


def test_a_plant_said_as_invested_in_or_as_to_be_made_in_reported_speech_is_announced() -> None:
    text = (
        "Le ministre a déclaré lundi que le groupe Tarvel allait réaliser une usine de "
        "lithium à Sfax."
    )
    assert statuses(read(text)) == {"announced"}
    text = "Zentra Controls is investing HUF 14.8 billion in building a battery plant in Tarvel."
    assert statuses(read(text, lang="en")) == {"announced"}
    # a guard: a group investing in its shares says nothing of a plant
    text = "Zentra Controls is investing HUF 14.8 billion in its shares, near its Tarvel plant."
    assert statuses(read(text, lang="en")) == set()
