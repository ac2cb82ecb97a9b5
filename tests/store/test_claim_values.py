"""A claim's field and value are typed by its subject's kind: refused on import, in
``check`` and on a write, with the file, the record and the field named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bilat.store import RecordError, Store
from bilat.store.claim_values import ClaimValueError, claimable_fields, target, typed
from bilat.store.models import DateValue, JobCount, Location

SOURCE = "src-866b44c0265b5443"
PROJECT = "prj-dz-ain-temouchent-aluminium-complex"
QUOTE = "permettant de générer 5000 emplois directs"


def claim_file(tmp_path: Path, field: str, value: object, subject: str = PROJECT) -> Path:
    path = tmp_path / "second-source.json"
    claim = {
        "id": "clm-second",
        "subject": subject,
        "field": field,
        "value": value,
        "source": SOURCE,
        "quote": QUOTE,
    }
    path.write_text(json.dumps({"claims": [claim]}), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("field", "value", "named", "words"),
    [
        ("status", "exploded", "value", "'exploded' is not a project status: one of"),
        ("jobz", 7500, "field", "'jobz' is not a field of a project: one of agreements"),
        ("jobs", {"value": "7500"}, "value.value", "Expected `int | float | null`"),
        ("jobs", {"value": 7500, "job_type": "all"}, "value.job_type", "Invalid enum value"),
        ("jobs", {"unit": "jobs"}, "value[0]", "has no value, min or max"),
        (
            "dates.construction_start",
            {"raw": "x", "earliest": "2025-13-01"},
            "value.earliest",
            "is not a date like 2025-12-31",
        ),
        ("location", {"country": "Algeria"}, "value.country", "not an ISO 3166-1 alpha-2 code"),
        ("location.city", "Oran", "field", "'location' has no part 'city'"),
        ("status.fr", "construction", "field", "'status' of a project has no parts"),
        ("name.x1", "Complexe", "value.x1", "is not a language code"),
        ("parties", {"org": "org-a", "person": "per-b"}, "value[0]", "names both"),
    ],
)
def test_a_claim_of_the_wrong_type_is_refused_on_import_naming_file_record_and_field(
    seeded: Store, tmp_path: Path, field: str, value: object, named: str, words: str
) -> None:
    path = claim_file(tmp_path, field, value)
    with pytest.raises(RecordError) as caught:
        seeded.import_files([path])
    message = str(caught.value)
    assert str(path) in message and "clm-second" in message
    assert f"field {named}:" in message and words in message
    assert seeded.snapshot().find("clm-second") is None


def test_a_claim_typed_as_its_field_is_imported(seeded: Store, tmp_path: Path) -> None:
    for number, (field, value) in enumerate(
        [
            ("jobs", {"value": 7500, "job_type": "total", "unit": "jobs"}),
            ("jobs", [{"value": 5000, "job_type": "direct"}, {"min": 1000}]),
            ("dates.construction_start", {"raw": "il y a quelques mois"}),
            ("location", {"country": "DZ", "region": "Aïn Témouchent"}),
            ("location.locality", None),
            ("name.fr", "Complexe d’aluminium"),
            ("status", "construction"),
            ("statements", "« Un projet structurant », a-t-il dit."),
        ]
    ):
        path = claim_file(tmp_path, field, value)
        path.write_text(path.read_text().replace("clm-second", f"clm-second-{number}"))
        assert seeded.import_files([path]).total_added == 1


def test_a_write_of_a_bad_claim_is_refused_and_nothing_is_written(seeded: Store) -> None:
    claim = next(c for c in seeded.claims_for(PROJECT) if c.field == "status")
    import msgspec

    with pytest.raises(RecordError, match="field value: 'blown up' is not a project status"):
        seeded.upsert(msgspec.structs.replace(claim, value="blown up"), expected_rev=claim.rev)
    assert seeded.get(claim.id) == claim


def test_check_names_a_stored_claim_of_the_wrong_type(seeded_path: Path, run_bilat) -> None:
    """A database written before claims were typed still opens; ``check`` names what is
    wrong in it, claim by claim."""
    data = json.loads(seeded_path.read_text(encoding="utf-8"))
    claim = dict(next(iter(data["claims"].values())))
    claim.update(id="clm-old", subject=PROJECT, field="jobz", value=1)
    data["claims"]["clm-old"] = claim
    seeded_path.write_text(json.dumps(data), encoding="utf-8")
    listed = run_bilat("list", "projects", db=seeded_path)
    assert listed.returncode == 0, listed.stderr
    checked = run_bilat("check", db=seeded_path)
    assert checked.returncode != 0
    assert (
        "clm-old field field: 'jobz' is not a field of a project" in checked.stdout + checked.stderr
    )


def test_targets_name_the_item_a_value_speaks_of() -> None:
    jobs = target(PROJECT, "jobs")
    assert jobs.item_of(typed(jobs, {"value": 5000, "job_type": "direct"})) == "direct"
    capacity = target(PROJECT, "capacity")
    assert capacity.item_of(typed(capacity, {"value": 1, "unit": "Mt/an"})) == "mt/an"
    date = target(PROJECT, "dates.operation_start")
    assert isinstance(typed(date, {"raw": "fin 2025"}), DateValue) and date.item_of(None) is None
    assert typed(target(PROJECT, "location"), {"region": "Oran"}) == Location(region="Oran")
    many = typed(jobs, [{"value": 1}, {"value": 2, "job_type": "direct"}])
    assert many == [JobCount(value=1), JobCount(value=2, job_type="direct")]
    with pytest.raises(ClaimValueError, match="is not the id of a record a claim is about"):
        target("clm-x", "field")


def test_every_kind_takes_claims_on_its_own_fields_and_its_claimed_facts() -> None:
    assert "head" in claimable_fields("orgs") and "prospects" in claimable_fields("sectors")
    assert "id" not in claimable_fields("projects") and "text" not in claimable_fields("sources")
    assert "statements" in claimable_fields("people")
