"""Import, export and copy read and write record by record: the same results as the
whole-file path, all or nothing, and memory bounded by the file's size."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import msgspec
import orjson
import pytest

from bilat.store import ImportSummary, RecordError, Store, dump_bundle
from bilat.store.bundle import build_bundle, read_bundle_files
from bilat.store.errors import ImportFileError
from bilat.store.locations import seed_files
from tests.bench.test_generate import SCRIPT
from tests.conftest import SEED_TOTAL
from tests.dbfiles import database_bytes

N = 300


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("streaming") / "bench.json"
    subprocess.run(
        [sys.executable, str(SCRIPT), "--projects", str(N), "--seed", "3", "-o", str(out)],
        check=True,
        capture_output=True,
    )
    return out


def old_import(store: Store, paths: list[Path]) -> ImportSummary:
    """The whole-file path: every record decoded, then one write session."""
    return store.import_records(read_bundle_files(paths))


def records_of(path: Path) -> dict[str, Any]:
    """A database file's tables, without its _meta (its journal base is new each time)."""
    data = orjson.loads(path.read_bytes())
    data.pop("_meta")
    return {kind: table for kind, table in data.items() if table}


def old_export(store: Store) -> bytes:
    snapshot = store.snapshot()
    return dump_bundle(
        build_bundle({kind: [t[key] for key in sorted(t)] for kind, t in snapshot.tables.items()})
    )


def test_import_gives_the_records_the_old_path_gives(generated: Path, tmp_path: Path) -> None:
    streamed, whole = Store.open(tmp_path / "a.json"), Store.open(tmp_path / "b.json")
    for store in (streamed, whole):
        store.import_files(seed_files())
    summary = streamed.import_files([generated])
    assert str(old_import(whole, [generated])) == str(summary)
    whole.compact()
    assert records_of(tmp_path / "a.json") == records_of(tmp_path / "b.json")
    assert b"".join(streamed.export_pieces()) == old_export(whole)
    assert summary.added["projects"] == N
    assert streamed.check() == []


def test_replaced_records_keep_their_revisions(seeded: Store, tmp_path: Path) -> None:
    project = seeded.select("projects")[0]
    seeded.upsert(msgspec.structs.replace(project, notes="edited"), expected_rev=project.rev)
    rev = seeded.get(project.id).rev
    bundle = tmp_path / "again.json"
    bundle.write_bytes(b"".join(seeded.export_pieces()))
    summary = seeded.import_files([bundle])
    assert summary.total_added == 0 and summary.replaced["projects"] == 3
    assert seeded.get(project.id).rev == rev + 1
    assert seeded.get(project.id).notes == "edited"


def test_a_bad_record_at_the_end_of_a_large_file_writes_nothing(
    generated: Path, seeded_path: Path, tmp_path: Path
) -> None:
    data = orjson.loads(generated.read_bytes())
    data["claims"][-1]["rank"] = "sometimes"
    bad = tmp_path / "bad.json"
    bad.write_bytes(orjson.dumps(data))
    before = database_bytes(seeded_path)
    with pytest.raises(RecordError) as caught:
        Store.open(seeded_path).import_files([bad])
    message = str(caught.value)
    assert str(bad) in message and data["claims"][-1]["id"] in message and "rank" in message
    assert database_bytes(seeded_path) == before


def test_a_dangling_reference_at_the_end_writes_nothing(
    generated: Path, seeded_path: Path, tmp_path: Path
) -> None:
    data = orjson.loads(generated.read_bytes())
    data["claims"][-1]["source"] = "src-nowhere"
    bad = tmp_path / "dangling.json"
    bad.write_bytes(orjson.dumps(data))
    before = database_bytes(seeded_path)
    with pytest.raises(RecordError) as caught:
        Store.open(seeded_path).import_files([bad])
    assert "src-nowhere" in str(caught.value) and "field source" in str(caught.value)
    assert str(bad) in str(caught.value)
    assert database_bytes(seeded_path) == before


def test_reference_errors_read_as_the_old_path_says_them(seeded_path: Path, tmp_path: Path) -> None:
    bundle = {
        "projects": [
            {"id": "prj-x", "name": {"en": "X"}, "sectors": [{"sector": "sec-none"}]},
            {"id": "prj-y", "name": {"en": "Y"}, "agreements": ["agr-none"]},
        ],
        "sectors": [
            {"id": "sec-a", "name": {"en": "A"}, "parent": "sec-b"},
            {"id": "sec-b", "name": {"en": "B"}, "parent": "sec-a"},
        ],
    }
    path = tmp_path / "refs.json"
    path.write_text(json.dumps(bundle))
    with pytest.raises(RecordError) as streamed:
        Store.open(seeded_path).import_files([path])
    with pytest.raises(RecordError) as whole:
        old_import(Store.open(seeded_path), [path])
    assert str(streamed.value) == str(whole.value)
    assert "more problem(s)" in str(streamed.value)


def test_export_is_the_old_export_with_journal_edits_pending(
    generated: Path, tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "db.json")
    store.import_files([generated])
    project = store.select("projects")[5]
    store.upsert(msgspec.structs.replace(project, notes="pending"), expected_rev=project.rev)
    store.delete(store.select("claims")[0].id)
    assert (tmp_path / "db.json.journal").exists()
    fresh = Store.open(tmp_path / "db.json")
    assert b"".join(fresh.export_pieces()) == old_export(Store.open(tmp_path / "db.json"))


def test_copy_is_refused_onto_records_and_exports_the_same(seeded: Store, tmp_path: Path) -> None:
    target = Store.open(tmp_path / "copy.json")
    copied = seeded.copy_to(target)
    assert sum(copied.values()) == sum(seeded.counts().values())
    assert b"".join(target.export_pieces()) == b"".join(seeded.export_pieces())
    before = database_bytes(tmp_path / "copy.json")
    with pytest.raises(Exception, match=rf"already holds {SEED_TOTAL} records.*--replace"):
        seeded.copy_to(Store.open(tmp_path / "copy.json"))
    assert database_bytes(tmp_path / "copy.json") == before
    seeded.copy_to(Store.open(tmp_path / "copy.json"), replace=True)
    assert b"".join(Store.open(tmp_path / "copy.json").export_pieces()) == b"".join(
        seeded.export_pieces()
    )


_MEASURE = textwrap.dedent(
    """
    import resource, sys
    from pathlib import Path
    from bilat.store import Store
    store = Store.open(Path(sys.argv[2]))
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if sys.argv[1] == "import":
        store.import_files([Path(sys.argv[3])])
    else:
        with open(sys.argv[3], "wb") as out:
            for piece in store.export_pieces():
                out.write(piece)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(base * 1024, peak * 1024)
    """
)


@pytest.mark.slow
def test_memory_grows_less_than_the_file(tmp_path: Path) -> None:
    """Import and export of a file of tens of MB: the process grows by less than the
    file's size (the whole-file path grew by several times it)."""
    bundle = tmp_path / "big.json"
    subprocess.run(
        [sys.executable, str(SCRIPT), "--projects", "6000", "--seed", "5", "-o", str(bundle)],
        check=True,
        capture_output=True,
    )
    size = bundle.stat().st_size
    assert size > 15 << 20
    db = tmp_path / "db.json"
    for step, target in (("import", bundle), ("export", tmp_path / "out.json")):
        found = subprocess.run(
            [sys.executable, "-c", _MEASURE, step, str(db), str(target)],
            check=True,
            capture_output=True,
            text=True,
        )
        base, peak = map(int, found.stdout.split())
        assert peak - base < size, (step, peak - base, size)
    assert (tmp_path / "out.json").read_bytes() == b"".join(Store.open(db).export_pieces())


def test_a_bundle_changed_while_it_is_imported_writes_nothing(
    generated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its records are checked in a first pass and decoded again as the database is
    written: bytes changed in between were never checked, so the import stops."""
    from bilat.store.tinydb_backend import TinyDBBackend

    bundle = tmp_path / "bundle.json"
    bundle.write_bytes(generated.read_bytes())
    store = Store.open(tmp_path / "db.json")
    store.import_files(seed_files())
    before = database_bytes(tmp_path / "db.json")
    original = TinyDBBackend.bulk_write

    def rewritten_meanwhile(self: TinyDBBackend, plan: Any, *, clear: bool = False) -> bool:
        with bundle.open("r+b") as out:  # a colleague's program writes it in place
            out.seek(10)
            out.write(out.read(1))
        return original(self, plan, clear=clear)

    monkeypatch.setattr(TinyDBBackend, "bulk_write", rewritten_meanwhile)
    with pytest.raises(
        ImportFileError, match="changed while it was being imported; nothing was written"
    ):
        store.import_files([bundle])
    assert database_bytes(tmp_path / "db.json") == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".") or "tmp" in p.name]
