"""Claims, part three: a ceremony still to come, titles said whole, and whose they are."""

from __future__ import annotations

from .reading import read, statuses


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
