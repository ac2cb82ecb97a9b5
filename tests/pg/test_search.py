"""Search on the server (``store.pg.search``) finds what the file's search finds, on the
same records: words from their start (not infixes), accents and case forgiven, phrases,
every qualifier, alone and together, on projects and agreements."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from itertools import chain
from pathlib import Path

import pytest

import bilat.tui.cli
from bilat.store import QueryError, Snapshot, Store, parse_filter
from tests.pg_server import private_schema, url_of

GENERATOR = Path(__file__).resolve().parents[2] / "bench" / "generate.py"

FILTERS = [
    "temouch",
    "témouchent",
    "TEMOUCHENT",
    "emouchent",  # an infix: no match
    "ain-temouchent",
    "alumin",
    "aluminium production",
    '"production complex"',
    "béni saf",
    "BENI",
    "phosph",
    "xi'an",
    "xi’an",
    "порт",
    "(phase",
    "agroalimentaire",
    "construction",
    "tangshan chemicals",
    "zzzz",
    "status:approved",
    "status:announced phosph",
    "country:DZ",
    "country:RU alumin",
    "country:CN status:construction",
    "sector:cement",
    "sector:chemicals tangshan",
    "sector:pharma country:DZ",
    "org:phosagro",
    "org:severstal complex",
    "person:aoun",
    "org:anpp",
]


@pytest.fixture(scope="module")
def both(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Snapshot, Store, Snapshot]]:
    """The seeds and 300 generated projects, in a file and in a schema of the server's."""
    spec = importlib.util.spec_from_file_location("bilat_bench_generate", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    folder = tmp_path_factory.mktemp("search")
    bundle = folder / "bundle.json"
    module.main(["--projects", "300", "--seed", "5", "-o", str(bundle)])
    db = folder / "db.json"
    assert bilat.tui.cli.main(["--db", str(db), "init"]) == 0
    Store.open(db).import_files([bundle])
    with private_schema() as schema:
        url = url_of(schema)
        assert bilat.tui.cli.main(["copy", str(db), url]) == 0
        server = Store.open(url)
        try:
            # A first view: the names whole, the rest on the server.
            yield Store.open(db).snapshot(), server, server.first_snapshot(min_bytes=0)
        finally:
            server.backend.close()


@pytest.mark.parametrize("kind", ["projects", "agreements"])
@pytest.mark.parametrize("text", FILTERS)
@pytest.mark.parametrize("first_span", [7, 2_000], ids=["first-7-then-the-rest", "at-once"])
def test_the_server_finds_what_the_file_finds(
    both: tuple[Snapshot, Store, Snapshot],
    kind: str,
    text: str,
    first_span: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The first ids are sought first, then the rest: the answer is the same either way.
    monkeypatch.setattr("bilat.store.pg.search.FIRST_SPAN", first_span)
    on_file, server, names = both
    assert server.backend.capabilities.server_search
    flt = parse_filter(text)
    try:
        expected = on_file.select_ids(kind, flt)
    except QueryError as exc:
        with pytest.raises(QueryError) as raised:
            found = server.backend.search(kind, flt, names)
            assert found is not None
            list(found)
        assert str(raised.value) == str(exc)
        return
    windows = server.backend.search(kind, flt, names)
    assert windows is not None
    assert list(chain.from_iterable(windows)) == expected


def test_some_filters_find_records_and_an_infix_finds_none(
    both: tuple[Snapshot, Store, Snapshot],
) -> None:
    on_file, _, _ = both  # the table above is not a table of empty answers
    assert on_file.select_ids("projects", parse_filter("temouch"))
    assert on_file.select_ids("projects", parse_filter("xi’an"))
    assert not on_file.select_ids("projects", parse_filter("emouchent"))
    assert on_file.select_ids("agreements", parse_filter("sector:chemicals"))


def test_what_the_server_does_not_answer_is_left_to_the_records_read(
    both: tuple[Snapshot, Store, Snapshot],
) -> None:
    _, server, names = both
    assert server.backend.search("projects", parse_filter("has:conflict"), names) is None
    assert server.backend.search("orgs", parse_filter("tangshan"), names) is None
