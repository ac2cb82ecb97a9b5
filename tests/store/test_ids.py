"""New record ids: one rule per kind, always free, always valid."""

from __future__ import annotations

from bilat.store.ids import Taken, claim_id, free_id, new_id, slug, source_id, text_digest
from bilat.store.models import KINDS
from bilat.store.validate import ID_PATTERN


def taken_of(*ids: str) -> Taken:
    held = set(ids)
    return held.__contains__


def test_a_slug_is_ascii_words_joined_by_hyphens() -> None:
    assert slug("Complexe d'Aïn Témouchent (Phase 2)") == "complexe-d-ain-temouchent-phase-2"
    assert slug("Завод «Тосяли»") == "record"  # nothing ASCII is left: still an id
    assert len(slug("x" * 500)) == 60


def test_a_held_id_gets_the_first_free_number() -> None:
    taken = taken_of("prj-oran", "prj-oran-2")
    assert free_id(taken, "prj-oran") == "prj-oran-3"
    assert free_id(taken, "prj-alger") == "prj-alger"
    assert new_id(taken, "projects", "Oran") == "prj-oran-3"


def test_every_kind_gets_its_own_prefix_and_a_valid_id() -> None:
    nothing = taken_of()
    for kind, (prefix, _) in KINDS.items():
        made = new_id(nothing, kind, "Usine de Sétif")
        assert made == prefix + "usine-de-setif"
        assert ID_PATTERN.match(made)


def test_a_claim_id_names_its_subject_and_field_and_stays_valid() -> None:
    nothing = taken_of()
    assert claim_id(nothing, "prj-oran", "jobs") == "clm-oran-jobs"
    assert claim_id(nothing, "prj-oran", "location.locality") == "clm-oran-location-locality"
    long_subject = "prj-" + "a" * 200
    first = claim_id(nothing, long_subject, "planned_start")
    then = claim_id(taken_of(first), long_subject, "planned_start")
    assert then == first + "-2"
    assert ID_PATTERN.match(first) and ID_PATTERN.match(then)


def test_a_source_id_comes_from_its_text() -> None:
    digest = text_digest("Le complexe d’Aïn Témouchent")
    assert len(digest) == 64
    assert source_id(digest) == "src-" + digest[:16]
    assert source_id(text_digest("another text")) != source_id(digest)
