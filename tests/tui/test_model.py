"""The explorer's rows survive a save: only the rows of records that changed are made again."""

from __future__ import annotations

from typing import Any

import msgspec
import pytest

from bilat.store import Agreement, Snapshot, Store
from bilat.store.markers import Marks
from bilat.store.models import Party
from bilat.tui import model as model_module
from bilat.tui.model import MARKS_COLUMN, MARKS_PENDING, ExplorerModel, table_columns

from .conftest import ALUMINIUM, ANTICANCER, MOU


def test_rows_of_unchanged_records_are_kept_after_a_save(seeded_store: Store) -> None:
    model = ExplorerModel(seeded_store.snapshot())
    before = {row.record_id: row for row in model.rows("projects").rows}
    before_agreements = model.rows("agreements").rows
    project = seeded_store.get(ALUMINIUM)
    seeded_store.upsert(
        msgspec.structs.replace(project, name={"en": "Renamed complex"}), expected_rev=project.rev
    )
    model.snapshot = seeded_store.snapshot()
    after = {row.record_id: row for row in model.rows("projects").rows}
    assert after.keys() == before.keys()
    assert after[ANTICANCER] is before[ANTICANCER]  # cells and sort keys kept
    assert after[ALUMINIUM] is not before[ALUMINIUM]
    assert after[ALUMINIUM].cells[0] == "Renamed complex"
    assert model.rows("agreements").rows == before_agreements  # that table did not change


def test_a_renamed_sector_remakes_every_row(seeded_store: Store) -> None:
    model = ExplorerModel(seeded_store.snapshot())
    before = {row.record_id: row for row in model.rows("projects").rows}
    sectors = next(i for i, c in enumerate(table_columns("projects")) if c.key == "sectors")
    assert "Aluminium" in before[ALUMINIUM].cells[sectors]
    sector = seeded_store.get("sec-aluminium")
    seeded_store.upsert(
        msgspec.structs.replace(sector, name={"en": "Primary aluminium"}),
        expected_rev=sector.rev,
    )
    model.snapshot = seeded_store.snapshot()
    after = {row.record_id: row for row in model.rows("projects").rows}
    assert after[ANTICANCER] is not before[ANTICANCER]
    assert "Primary aluminium" in after[ALUMINIUM].cells[sectors]


def test_a_renamed_person_remakes_the_rows_naming_them(seeded_store: Store) -> None:
    """A person's name is a cell of the agreements they are a party to (Parties)."""
    mou = seeded_store.get(MOU)
    assert isinstance(mou, Agreement)
    seeded_store.upsert(
        msgspec.structs.replace(mou, parties=[*mou.parties, Party(person="per-ali-aoun")]),
        expected_rev=mou.rev,
    )
    model = ExplorerModel(seeded_store.snapshot())
    rows = {row.record_id: row for row in model.rows("agreements").rows}
    assert rows[MOU].cells[3].endswith(", Ali Aoun")
    person = seeded_store.get("per-ali-aoun")
    seeded_store.upsert(
        msgspec.structs.replace(person, name={"fr": "A. Aoun"}), expected_rev=person.rev
    )
    model.snapshot = seeded_store.snapshot()
    rows = {row.record_id: row for row in model.rows("agreements").rows}
    assert rows[MOU].cells[3].endswith(", A. Aoun")


def test_the_marks_of_a_row_follow_its_claims(seeded_store: Store) -> None:
    """A row whose record did not change is kept, but its marks are worked out again when
    a claim on it changes: without its status claim, a value no claim backs (?)."""
    model = ExplorerModel(seeded_store.snapshot())
    rows = {row.record_id: row for row in model.rows("projects").rows}
    assert rows[ALUMINIUM].cells[MARKS_COLUMN] == "⚑"
    untouched = rows[ANTICANCER].cells
    seeded_store.delete("clm-prj-aluminium-status")
    model.snapshot = seeded_store.snapshot()
    after = {row.record_id: row for row in model.rows("projects").rows}
    assert after[ALUMINIUM] is rows[ALUMINIUM]
    assert after[ALUMINIUM].cells[MARKS_COLUMN] == "⚑?"
    assert after[ANTICANCER].cells is untouched  # its claims did not change


def test_marks_wait_for_the_claims_then_are_worked_out(seeded_store: Store) -> None:
    ready = False
    model = ExplorerModel(seeded_store.snapshot(), lambda snapshot: ready)
    row = next(r for r in model.rows("projects").rows if r.record_id == ALUMINIUM)
    assert row.cells[MARKS_COLUMN] == MARKS_PENDING
    assert model.marks.pending
    ready = True
    model.marks_gathered()
    assert row.cells[MARKS_COLUMN] == "⚑"


def test_marks_drawn_before_the_claims_are_worked_out_in_a_worker_then_taken(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``prepare_marks`` (the warm-up's worker) works out the pending cells: drawn again,
    they are taken as made, not worked out on the event loop."""
    worked_out: list[str] = []
    real = model_module.marks_of

    def counted(snapshot: Snapshot, record: Any) -> Marks:
        worked_out.append(record.id)
        return real(snapshot, record)

    monkeypatch.setattr(model_module, "marks_of", counted)
    ready = False
    snapshot = seeded_store.snapshot()
    model = ExplorerModel(snapshot, lambda snapshot: ready)
    row = next(r for r in model.rows("projects").rows if r.record_id == ALUMINIUM)
    assert row.cells[MARKS_COLUMN] == MARKS_PENDING
    model.prepare_marks(snapshot)  # the claims are not gathered yet: nothing made
    assert worked_out == []
    ready = True
    model.prepare_marks(snapshot)
    assert worked_out == [ALUMINIUM]
    model.marks_gathered()
    assert row.cells[MARKS_COLUMN] == "⚑"
    assert worked_out == [ALUMINIUM]  # taken as made, not worked out again


def test_marks_in_plain_ascii_on_the_linux_console(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TERM", "linux")
    model = ExplorerModel(seeded_store.snapshot())
    row = next(r for r in model.rows("projects").rows if r.record_id == ALUMINIUM)
    assert row.cells[MARKS_COLUMN] == "F"
