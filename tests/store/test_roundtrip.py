"""Export → import → export gives the same bytes, for the seeds and for hostile generated data."""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path
from typing import Any

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bilat.store import (
    SCHEMA,
    Agreement,
    Claim,
    DateValue,
    JobCount,
    Org,
    Project,
    Quantity,
    Sector,
    Source,
    Store,
    dump_bundle,
)
from bilat.store.bundle import build_bundle, read_bundle_file
from bilat.store.locations import seed_files
from bilat.store.models import KINDS, Location, Party, SectorRef
from tests.conftest import SEED_TOTAL

# -- the seeds ------------------------------------------------------------------------


def test_seed_export_import_export_is_identical(seeded: Store, tmp_path: Path) -> None:
    first = dump_bundle(seeded.export())
    exported = tmp_path / "export.json"
    exported.write_bytes(first)

    fresh = Store.open(tmp_path / "fresh.json")
    summary = fresh.import_files([exported])
    assert summary.total_added == SEED_TOTAL
    assert summary.total_replaced == 0
    second = dump_bundle(fresh.export())
    assert second == first


def test_seed_export_matches_seed_files(seeded: Store) -> None:
    """What the seeds say is what comes out: no field lost, added or changed."""
    exported = seeded.export()
    assert exported["schema"] == SCHEMA
    assert list(exported) == ["schema", *KINDS]
    for path in seed_files():
        bundle = orjson.loads(path.read_bytes())
        for kind, docs in bundle.items():
            if kind == "schema":
                continue
            out = {doc["id"]: doc for doc in exported[kind]}
            for doc in docs:
                assert out[doc["id"]] == doc, doc["id"]
    for kind in KINDS:
        ids = [doc["id"] for doc in exported[kind]]
        assert ids == sorted(ids)
        assert all("rev" not in doc for doc in exported[kind])


def test_export_import_into_same_db_replaces_everything(seeded: Store, tmp_path: Path) -> None:
    exported = tmp_path / "export.json"
    exported.write_bytes(dump_bundle(seeded.export()))
    before = dump_bundle(seeded.export())
    summary = seeded.import_files([exported])
    assert summary.total_added == 0
    assert summary.total_replaced == SEED_TOTAL
    assert dump_bundle(seeded.export()) == before
    assert seeded.get("sec-steel").rev == 2


# -- hostile generated data ---------------------------------------------------------------

HOSTILE_PIECES = [
    "[bold]x[/]",
    "[red]danger[/red]",
    "[/]",
    "[link=https://example.com]click[/link]",
    "\x1b[31m",
    "\x1b[0m",
    "\x1b]0;pwned\x07",
    "\x1b[2J",
    "\x01",
    "\x07",
    "\r",
    "\b",
    "\x7f",
    "\x9b",
    "\u202e",
    "\u2066",
    "\u200f",
    "مرحبا بالعالم",
    "الجزائر",
    "Россия и Алжир",
    "l’Algérie",
    "«\u00a0guillemets\u00a0»",
    "\t",
    "\n",
    "\\",
    '"',
    "{}",
    "%s",
    "$(rm -rf /)",
    "🇩🇿🇷🇺",
    "e\u0301",
]

# No lone surrogates (not UTF-8 encodable), no U+0000 (no record may hold it).
chars = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")
small_text = st.lists(
    st.one_of(st.text(chars, max_size=12), st.sampled_from(HOSTILE_PIECES)), max_size=6
).map("".join)
nonblank = st.tuples(small_text, st.sampled_from([*HOSTILE_PIECES[:4], "x", "Témouchent"])).map(
    "".join
)
long_text = nonblank.map(lambda s: (s * (10_000 // len(s) + 1))[:10_000])
any_text = st.one_of(small_text, small_text, small_text, long_text)
some_text = st.one_of(nonblank, nonblank, nonblank, long_text)
slug = st.from_regex(r"[a-z0-9][a-z0-9._-]{0,20}", fullmatch=True)
langs = st.sampled_from(["en", "fr", "ar", "ru", "zh-Hans"])
local_text = st.dictionaries(langs, any_text, min_size=1).filter(
    lambda d: any(value.strip() for value in d.values())
)
countries = st.sampled_from(["DZ", "RU", "FR", "CN"])
json_scalar = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**53), 2**53),
    st.floats(allow_nan=False, allow_infinity=False),
    any_text,
)
json_value = st.recursive(
    json_scalar,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(small_text, inner, max_size=3)
    ),
    max_leaves=6,
)
numbers = st.one_of(
    st.integers(0, 10**12), st.floats(0, 1e12, allow_nan=False, allow_infinity=False)
)
date_values = st.builds(
    DateValue,
    raw=any_text,
    earliest=st.none() | st.just("2025-01-01"),
    latest=st.none() | st.just("2025-12-31"),
    planned=st.booleans(),
    estimate=st.booleans(),
)
quantities = st.builds(Quantity, value=numbers, unit=st.none() | any_text, raw=st.none() | any_text)
jobs = st.builds(
    JobCount,
    min=numbers,
    qualifier=st.just("order_of_magnitude"),
    raw=st.none() | any_text,
    job_type=st.sampled_from(["direct", "indirect", "total"]),
)


@st.composite
def bundles(draw: st.DrawFn) -> dict[str, Any]:
    text = draw(some_text)
    source_id = "src-" + draw(slug)
    source = Source(
        id=source_id,
        title=draw(any_text),
        publisher=draw(st.none() | any_text),
        url=draw(st.none() | any_text),
        lang=draw(st.none() | langs),
        published=draw(st.none() | date_values),
        text=text,
        sha256=draw(st.sampled_from([None, hashlib.sha256(text.encode()).hexdigest()])),
    )
    sector = Sector(
        id="sec-" + draw(slug),
        name=draw(local_text),
        codes=draw(st.dictionaries(st.sampled_from(["isic", "nace"]), st.none() | any_text)),
    )
    org = Org(
        id="org-" + draw(slug),
        name=draw(local_text),
        acronym=draw(st.none() | any_text),
        kind=draw(st.sampled_from(["ministry", "agency", "company", "institute", "other"])),
        country=draw(st.none() | countries),
    )
    project = Project(
        id="prj-" + draw(slug),
        name=draw(local_text),
        sectors=[SectorRef(sector=sector.id, primary=True)],
        countries=draw(st.lists(countries, max_size=2)),
        location=Location(country="DZ", region=draw(any_text), locality=draw(any_text)),
        status=draw(st.sampled_from(["announced", "approved", "construction", "unknown"])),
        dates=draw(st.dictionaries(st.sampled_from(["announced", "approved"]), date_values)),
        capacity=draw(st.lists(quantities, max_size=2)),
        jobs=draw(st.lists(jobs, max_size=2)),
        parties=[Party(org=org.id, role=draw(st.none() | any_text))],
        flags=draw(st.lists(any_text, max_size=3)),
        notes=draw(st.none() | any_text),
    )
    agreement = Agreement(
        id="agr-" + draw(slug),
        title=draw(local_text),
        parties=[Party(org=org.id)],
        projects=[project.id],
        sectors=[sector.id],
        notes=draw(st.none() | any_text),
    )
    claims = []
    for index in range(draw(st.integers(1, 3))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, min(len(text), start + 400)))
        quote = text[start:end]
        if not quote.strip():
            quote = text  # the whole text is not blank by construction
        claims.append(
            Claim(
                id=f"clm-{index}-" + draw(slug),
                subject=draw(st.sampled_from([project.id, agreement.id, org.id, sector.id])),
                # Facts every one of these kinds takes as text (``KindSpec.claimed``).
                field=draw(st.sampled_from(["statements", "notes"])),
                value=draw(st.none() | any_text),
                source=source.id,
                quote=quote,
                rank=draw(st.sampled_from(["preferred", "normal", "deprecated"])),
                note=draw(st.none() | any_text),
            )
        )
    return build_bundle(
        {
            "sources": [source],
            "sectors": [sector],
            "orgs": [org],
            "projects": [project],
            "agreements": [agreement],
            "claims": sorted(claims, key=lambda c: c.id),
        }
    )


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(bundle=bundles())
def test_hostile_bundle_round_trips(bundle: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        original = folder / "in.json"
        original.write_bytes(dump_bundle(bundle))
        # The bundle file itself reads back to the same records.
        assert [item.record.id for item in read_bundle_file(original)] == [
            doc["id"] for kind in KINDS for doc in bundle[kind]
        ]

        first = Store.open(folder / "one.json")
        summary = first.import_files([original])
        assert summary.total_added == sum(len(bundle[kind]) for kind in KINDS)
        exported = first.export()
        assert exported == bundle
        assert first.check() == []

        out = folder / "out.json"
        out.write_bytes(dump_bundle(exported))
        second = Store.open(folder / "two.json")
        second.import_files([out])
        assert dump_bundle(second.export()) == out.read_bytes()

        # A fresh process reading the database file sees the same records.
        reopened = Store.open(folder / "one.json")
        assert reopened.export() == bundle
        for kind in KINDS:
            for doc in bundle[kind]:
                assert reopened.get(doc["id"]) == first.get(doc["id"])
