"""The kind specs (store.kinds): one per kind, covering its struct, agreeing with itself.

Everything that shows, checks or edits a record reads its fields from its spec, so a
field missing from a spec would silently vanish from the detail, the checks and the
form; these tests make that a failure instead.
"""

from __future__ import annotations

import typing
from typing import Any, get_args, get_origin

import msgspec
import pytest

from bilat.store import Store
from bilat.store.journal import TypedTables
from bilat.store.kinds import NAMED_KINDS, REFERRERS, SPECS, FieldSpec, KindSpec, spec_for
from bilat.store.models import KINDS, JobCount
from bilat.store.present import COLUMNS, DERIVED, SHOW, describe, list_fields
from bilat.store.storage import DATA_TABLES
from bilat.store.validate import _FIELD_CHECKS, _REFERENCE_CHECKS

ALL = pytest.mark.parametrize("spec", list(SPECS.values()), ids=list(SPECS))


def test_every_kind_has_one_spec_in_the_order_of_the_export() -> None:
    assert list(SPECS) == list(KINDS)
    for kind, spec in SPECS.items():
        assert spec.kind == kind
        assert (spec.prefix, spec.struct) == KINDS[kind]


def test_the_storage_holds_a_table_per_kind() -> None:
    """The journal's typed tables and the file's are the kinds, nothing missing or extra."""
    assert tuple(KINDS) == DATA_TABLES
    assert TypedTables.__struct_fields__ == tuple(KINDS)


@ALL
def test_every_struct_field_is_in_its_spec_and_nothing_else(spec: KindSpec) -> None:
    struct_fields = {f.name for f in msgspec.structs.fields(spec.struct)} - {"rev"}
    spec_fields = [f.name for f in spec.fields]
    assert len(spec_fields) == len(set(spec_fields)), "a field given twice"
    assert set(spec_fields) == struct_fields


@ALL
def test_every_field_type_is_shown_and_its_references_checked(spec: KindSpec) -> None:
    for field in spec.fields:
        assert field.type in SHOW or field.type == "dates", (spec.kind, field.name)
        if field.type in ("ref", "refs"):
            assert field.ref == "*" or field.ref in SPECS, (spec.kind, field.name)
            assert field.type in _REFERENCE_CHECKS
        if field.type in ("dates", "events", "jobs", "codes", "choice"):
            assert field.vocabulary is not None, (spec.kind, field.name)


@ALL
def test_columns_related_and_form_name_fields_of_the_kind(spec: KindSpec) -> None:
    names = {f.name for f in spec.fields}
    for column in spec.columns:
        assert column.field in names or column.field in DERIVED, (spec.kind, column.key)
    assert [c.key for c in COLUMNS[spec.kind]] == [c.key for c in spec.columns]
    for name in spec.related:
        assert name == REFERRERS or name in names, (spec.kind, name)
    for name in spec.form:
        assert name in names, (spec.kind, name)
    if spec.form:
        assert spec.form[0] == "id"
        assert spec.title_field in spec.form


def _literal_values(annotation: Any) -> tuple[str, ...]:
    """The values of a ``Literal[...]`` (or ``Literal[...] | None``) annotation."""
    if get_origin(annotation) is typing.Literal:
        return tuple(get_args(annotation))
    return tuple(v for arg in get_args(annotation) for v in _literal_values(arg))


@ALL
def test_a_closed_vocabulary_is_the_range_of_its_struct_field(spec: KindSpec) -> None:
    """One vocabulary per thing: what a form offers is what the struct accepts."""
    hints = typing.get_type_hints(spec.struct)
    for field in spec.fields:
        if field.vocabulary is None or not field.vocabulary.closed:
            continue
        if field.type == "jobs":  # each item's job type
            annotation = typing.get_type_hints(JobCount)["job_type"]
        else:
            assert field.type == "choice", field.name
            annotation = hints[field.name]
        assert field.vocabulary.values == _literal_values(annotation), field.name


def test_open_vocabularies_keep_what_presentation_ranks_by() -> None:
    """The key date is the latest stage of the vocabulary the form offers, most telling
    first (as the detail and the tables ranked them before the forms and they agreed)."""
    from bilat.store.present import AGREEMENT_KEY_EVENTS, PROJECT_KEY_DATES

    assert PROJECT_KEY_DATES[:5] == (
        "operation_start",
        "commissioning",
        "construction_start",
        "approved",
        "announced",
    )
    project_dates = SPECS["projects"].field("dates").vocabulary
    assert project_dates is not None and set(PROJECT_KEY_DATES) == set(project_dates.values)
    events = SPECS["agreements"].field("events").vocabulary
    assert events is not None and set(AGREEMENT_KEY_EVENTS) == set(events.values)
    for wanted in ("in_force", "signed", "approved", "finalised", "proposed", "announced"):
        assert wanted in events.values


def test_list_fields_cover_those_whose_claims_add_up() -> None:
    """A claim on an item of these never conflicts with one on another item."""
    assert list_fields(SPECS["projects"]) >= {
        "name",
        "sectors",
        "countries",
        "capacity",
        "jobs",
        "components",
        "parties",
        "agreements",
        "flags",
    }
    assert list_fields(SPECS["agreements"]) >= {"title", "events", "sectors", "projects"}
    assert list_fields(SPECS["sectors"]) >= {"name", "codes"}
    assert list_fields(SPECS["people"]) == {"name", "roles"}
    assert "status" not in list_fields(SPECS["projects"])


def test_named_kinds_are_those_other_records_show_by_name() -> None:
    assert {"sectors", "orgs", "people"} == NAMED_KINDS


def test_every_field_type_with_a_check_is_one_a_spec_uses() -> None:
    used = {f.type for spec in SPECS.values() for f in spec.fields}
    assert set(_FIELD_CHECKS) <= used
    assert set(_REFERENCE_CHECKS) <= used


def test_the_detail_follows_the_spec_for_every_seed_record(seeded: Store) -> None:
    """Its lines are the spec's fields in order (dates one per date; aliases only when
    there are some), then claim-only."""
    snapshot = seeded.snapshot()
    for table in snapshot.tables.values():
        for record in table.values():
            spec = spec_for(record)
            keys = [view.key.split(".")[0] for view in describe(snapshot, record)]
            own = [key for key in dict.fromkeys(keys) if key in {f.name for f in spec.fields}]
            expected = [
                f.name
                for f in spec.fields
                if f.type not in ("dates", "aliases") or getattr(record, f.name) or f.name in own
            ]
            assert own == expected, record.id


def test_a_spec_field_defaults_as_its_struct() -> None:
    assert SPECS["projects"].default("status") == "unknown"
    assert SPECS["agreements"].default("status") == "proposed"
    assert SPECS["orgs"].default("kind") == "other"
    assert SPECS["people"].default("roles") == []
    assert isinstance(SPECS["people"].field("roles"), FieldSpec)
