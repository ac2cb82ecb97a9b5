"""The sides of a conflict, claim by claim, and a record's marks, on the seeds with a second
and a third source imported (``tests/data/second_sources``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilat.store import Store
from bilat.store.conflicts import Finding
from bilat.store.markers import Marks, marks_of
from bilat.store.sides import context_of, finding_label, sides

DATA = Path(__file__).resolve().parent.parent / "data" / "second_sources"
ALU = "prj-dz-ain-temouchent-aluminium-complex"
PLANTS = "prj-dz-ru-anticancer-medicine-plants"
SECOND = "prj-dz-second-heavy-industry-complex"
MOU = "agr-dz-ru-anpp-institute-mou"


@pytest.fixture
def three_sources(seeded: Store) -> Store:
    seeded.import_files([DATA / "reprint.json", DATA / "dispatch.json"])
    return seeded


def finding(store: Store, record_id: str, field: str, item: str | None = None) -> Finding:
    compared = store.current().evidence.compared(record_id)
    return next(f for f in compared.conflicts if (f.field, f.item) == (field, item))


def test_each_claim_of_a_conflict_with_its_value_on_that_item_and_its_source(
    three_sources: Store,
) -> None:
    snapshot = three_sources.current()
    found = sides(snapshot, finding(three_sources, ALU, "jobs", "total"))
    assert [(s.claim.id, s.value_text, s.group) for s in found] == [
        ("clm-test-d-alu-jobs-total", "5 000 total jobs", 0),
        ("clm-test-r-alu-jobs-total", "7 500 total jobs", 1),
        # "des milliers" fits both figures: no side of its own.
        (
            "clm-prj-aluminium-jobs-total",
            "milliers d’emplois (total jobs, ≥ 1 000, order of magnitude)",
            -1,
        ),
    ]
    dispatch = found[0]
    assert dispatch.source is not None and dispatch.source.publisher == "Agence de presse (test)"
    assert dispatch.published == "2025-02-20"
    assert found[2].published == ""  # the seed's article is undated
    # A claim on jobs gives direct and total jobs: its side is the total only.
    assert dispatch.claim.value != dispatch.value


def test_the_quote_in_its_sentence(three_sources: Store) -> None:
    snapshot = three_sources.current()
    dispatch = sides(snapshot, finding(three_sources, ALU, "jobs", "total"))[0]
    context = dispatch.context
    assert context is not None
    assert context.text[context.start : context.end] == dispatch.claim.quote
    assert context.text.startswith("Le complexe d’aluminium décarboné")
    assert context.text.endswith("d’un million de tonnes par an.")


def test_a_sentence_too_long_is_cut_and_a_lost_quote_has_none() -> None:
    text = "Avant. " + "mot " * 200 + "la citation " + "suite " * 200 + "fin. Après."
    context = context_of("la citation", text)
    assert context is not None
    assert context.text.startswith("…") and context.text.endswith("…")
    assert context.text[context.start : context.end] == "la citation"
    assert context_of("absente", text) is None
    short = context_of("la citation", "Une phrase. Puis la citation ici. Une autre.")
    assert short is not None and short.text == "Puis la citation ici."


def test_a_unit_put_on_another_record_names_its_item(three_sources: Store) -> None:
    snapshot = three_sources.current()
    found = sides(
        snapshot,
        finding(three_sources, SECOND, "components", "unite dediee a la production d'acier"),
    )
    assert {s.claim.subject for s in found} == {ALU, SECOND}
    assert all(s.value_text.startswith(("Steel production unit", "Unité dédiée")) for s in found)


def test_labels_read_as_the_detail_reads_them(three_sources: Store) -> None:
    snapshot = three_sources.current()
    plants = snapshot.get(PLANTS)
    assert finding_label(plants, finding(three_sources, PLANTS, "name", "fr")) == "Name · fr"
    started = finding(three_sources, PLANTS, "dates.construction_start")
    assert finding_label(plants, started) == "Date: construction start"
    values = [s.value_text for s in sides(snapshot, started)]
    # Words relative to their day, placed by their source's date (the seed is undated).
    assert values == [
        "il y a quelques jours (not placed: the source is undated)",
        "la semaine dernière (placed at 2025-02-10…2025-02-16 by the source's date)",
        "il y a quelques mois (placed at 2024-03-01…2025-02-02 by the source's date)",
    ]


def test_marks_of_the_records(three_sources: Store) -> None:
    snapshot = three_sources.current()
    assert marks_of(snapshot, snapshot.get(ALU)) == Marks(
        conflict=True, flagged=True, corroborated=True
    )
    assert marks_of(snapshot, snapshot.get(MOU)) == Marks()
    assert Marks(conflict=True, flagged=True, unsourced=True, corroborated=True).text() == "⚠⚑?✓"
    assert Marks(conflict=True, corroborated=True).text(plain=True) == "!+"
