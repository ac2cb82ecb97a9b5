"""The value a quote states, read from its words for the field it backs."""

from __future__ import annotations

import pytest

from bilat.store.claim_values import ClaimValueError
from bilat.store.quote_values import propose, read

ALU = "prj-dz-ain-temouchent-aluminium-complex"
PLANTS = "prj-dz-ru-anticancer-medicine-plants"
AGREEMENT = "agr-dz-ru-pharma-health-cooperation"


@pytest.mark.parametrize(
    ("subject", "field", "quote", "text", "value"),
    [
        (
            ALU,
            "jobs",
            "permettant de générer 5000 emplois directs",
            "5000 emplois directs",
            {"value": 5000, "job_type": "direct", "unit": "jobs"},
        ),
        (
            ALU,
            "jobs",
            "la création de 7500 emplois au total",
            "7500 emplois au total",
            {"value": 7500, "job_type": "total"},
        ),
        (
            ALU,
            "jobs",
            "la création de milliers d’emplois.",
            "milliers d’emplois",
            {"min": 1000, "qualifier": "order_of_magnitude", "unit": "jobs"},
        ),
        (ALU, "jobs", "générera 2.500 emplois", "2.500 emplois", {"value": 2500}),
        (
            ALU,
            "capacity",
            "la capacité annuelle est estimée à un million de tonnes d’aluminium",
            "~1 million de tonnes par an",
            {"value": 1_000_000, "unit": "t/yr", "qualifier": "approx"},
        ),
        (
            ALU,
            "capacity",
            "une capacité d’un million de tonnes par an",
            "1 million de tonnes par an",
            {"value": 1_000_000, "unit": "t/yr", "qualifier": "exact"},
        ),
        (
            PLANTS,
            "dates.construction_start",
            "la première pierre a été posée il y a quelques mois",
            "il y a quelques mois",
            {"raw": "il y a quelques mois", "earliest": None},
        ),
        (
            PLANTS,
            "dates.operation_start",
            "entrera en fonction fin 2025",
            "fin 2025",
            {"earliest": "2025-10-01", "latest": "2025-12-31"},
        ),
        (PLANTS, "status", "dont la première pierre a été posée", "construction", "construction"),
        (AGREEMENT, "status", "sont au stade de la finalisation", "finalising", "finalising"),
    ],
)
def test_the_quote_proposes_what_it_states(
    subject: str, field: str, quote: str, text: str, value: object
) -> None:
    assert propose(subject, field, quote) == text
    found = read(subject, field, text)
    if isinstance(value, dict):
        assert {key: found[key] for key in value} == value
    else:
        assert found == value


def test_a_quote_that_states_no_figure_proposes_none_not_the_record_s() -> None:
    assert propose(ALU, "jobs", "un grand projet structurant", current=[{"value": 5000}]) == ""
    assert propose(ALU, "dates.approved", "le ministère a approuvé", current=None) == ""
    # A name or a text: the record's, to edit down to the quote's words.
    assert propose(ALU, "notes", "à l'ouest du pays", current="Sited in the west") == (
        "Sited in the west"
    )


def test_a_value_the_field_does_not_take_is_refused() -> None:
    with pytest.raises(ClaimValueError, match="'exploded' is not a project status"):
        read(ALU, "status", "exploded")
    with pytest.raises(ClaimValueError, match="cannot read the figure"):
        read(ALU, "jobs", "beaucoup")
    with pytest.raises(ClaimValueError, match="is empty"):
        read(ALU, "jobs", "  ")
