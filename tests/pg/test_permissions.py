"""A role that may only read: it browses and exports; every edit says "read-only
database" before it starts, from the store, the command line and the explorer."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import bilat.tui.cli
from bilat.store import ReadOnlyError, Sector, Store
from tests.conftest import SEED_COUNTS, SEED_TOTAL
from tests.pg_server import reader_role


@pytest.fixture
def reader_url(pg_url: str) -> Iterator[str]:
    """The seeded database, opened by a role that may only read it."""
    assert bilat.tui.cli.main(["--db", pg_url, "init"]) == 0
    with reader_role(pg_url) as url:
        yield url


def test_a_reader_browses_and_exports(reader_url: str, tmp_path: Path) -> None:
    store = Store.open(reader_url)
    assert store.readonly
    assert store.counts() == SEED_COUNTS
    out = tmp_path / "export.json"
    assert bilat.tui.cli.main(["--db", reader_url, "export", "-o", str(out)]) == 0
    assert sum(len(v) for k, v in json.loads(out.read_bytes()).items() if isinstance(v, list)) == (
        SEED_TOTAL
    )


def test_a_readers_edit_says_read_only_before_it_starts(
    reader_url: str, seed_copies: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    store = Store.open(reader_url)
    with pytest.raises(ReadOnlyError, match="read-only database"):
        store.upsert(Sector(id="sec-new", name={"en": "New"}))
    assert bilat.tui.cli.main(["--db", reader_url, "import", str(seed_copies[0])]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "read-only database" in err
    assert Store.open(reader_url).counts() == SEED_COUNTS


def test_a_role_the_server_keeps_read_only_is_read_only(pg_url: str) -> None:
    url = pg_url.replace("options=", "options=-cdefault_transaction_read_only%3Don%20")
    store = Store.open(url)
    assert store.readonly
    with pytest.raises(ReadOnlyError, match="read-only database"):
        store.upsert(Sector(id="sec-new", name={"en": "New"}))


def test_a_writer_asked_to_read_only_writes_nothing(pg_url: str) -> None:
    store = Store.open(pg_url, readonly=True)
    assert store.readonly
    with pytest.raises(ReadOnlyError, match="read-only database"):
        store.upsert(Sector(id="sec-new", name={"en": "New"}))
    assert not Store.open(pg_url).readonly
