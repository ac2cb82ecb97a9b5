"""The explorer's rows survive a save: only the rows of records that changed are made again."""

from __future__ import annotations

import msgspec

from bilat.store import Store
from bilat.tui.model import ExplorerModel

from .conftest import ALUMINIUM, ANTICANCER


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
    assert "Aluminium" in before[ALUMINIUM].cells[1]
    sector = seeded_store.get("sec-aluminium")
    seeded_store.upsert(
        msgspec.structs.replace(sector, name={"en": "Primary aluminium"}),
        expected_rev=sector.rev,
    )
    model.snapshot = seeded_store.snapshot()
    after = {row.record_id: row for row in model.rows("projects").rows}
    assert after[ANTICANCER] is not before[ANTICANCER]
    assert "Primary aluminium" in after[ALUMINIUM].cells[1]
