"""A snapshot patched after a write derives exactly what a snapshot read afresh derives.

The explorer patches its snapshot after every save (its own or a colleague's) and
carries over the sorted ids, claim groups, project–agreement links, search text and
search index, mended only where the change reaches. These tests make random
changes to generated data and compare everything with a snapshot built from
scratch over the same records.
"""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path
from typing import Any

import msgspec
import pytest

from bilat.store import Snapshot
from bilat.store.bundle import read_bundle_files
from bilat.store.models import Agreement, Claim, Project, SectorRef
from bilat.store.query import parse_filter
from bilat.store.words import WordIndex

GENERATOR = Path(__file__).resolve().parents[2] / "bench" / "generate.py"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    spec = importlib.util.spec_from_file_location("bilat_bench_generate", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path_factory.mktemp("patched") / "data.json"
    module.main(["--projects", "400", "--seed", "3", "-o", str(out)])
    tables: dict[str, dict[str, Any]] = {}
    for item in read_bundle_files([out]):
        tables.setdefault(item.kind, {})[item.record.id] = item.record
    return tables


def warmed(snapshot: Snapshot) -> Snapshot:
    """Derive everything the explorer derives, so that a patch has it all to carry over."""
    snapshot.sorted_ids("projects")
    snapshot.sorted_ids("agreements")
    snapshot.sorted_ids("claims")
    snapshot.search.index.build()
    snapshot.links.agreements_by_project  # noqa: B018 - computing the cached property is the point
    snapshot.links.claims_by_source  # noqa: B018
    snapshot.links.sector_children  # noqa: B018
    snapshot.links.references  # noqa: B018
    return snapshot


def derived(snapshot: Snapshot) -> dict[str, Any]:
    index = snapshot.search.index.build()
    return {
        "sorted": {k: snapshot.sorted_ids(k) for k in ("projects", "agreements", "claims")},
        "by_subject": {k: sorted(v) for k, v in snapshot.links.claims_by_subject.items()},
        "by_source": {k: sorted(v) for k, v in snapshot.links.claims_by_source.items()},
        "links": snapshot.links.projects_by_agreement,
        "agreements_of": snapshot.links.agreements_by_project,
        "references": snapshot.links.references,
        "text": {
            rid: snapshot.search.search_text(rid)
            for kind in ("projects", "agreements")
            for rid in snapshot.tables[kind]
        },
        "index": {
            kind: {
                **{k: v for k, v in vars(part).items() if k != "words"},
                "words": part.words.words_by_id() if part.words is not None else None,
            }
            for kind, part in index.kinds.items()
        },
    }


def random_changes(snapshot: Snapshot, rng: random.Random, count: int) -> dict[str, Any]:
    """Edits of the kinds the explorer makes: renames, relinks, new and deleted records."""
    changes: dict[str, Any] = {}
    projects = sorted(snapshot.projects)
    agreements = sorted(snapshot.agreements)
    sectors = sorted(snapshot.sectors)
    claims = sorted(snapshot.claims)
    orgs = sorted(snapshot.orgs)
    for n in range(count):
        choice = rng.randrange(9)
        if choice == 0:  # rename a project
            project = snapshot.projects[rng.choice(projects)]
            changes[project.id] = msgspec.structs.replace(
                project, name={"en": f"Renamed {n} zzqx"}, rev=project.rev + 1
            )
        elif choice == 1:  # relink a project to other agreements and sectors
            project = snapshot.projects[rng.choice(projects)]
            changes[project.id] = msgspec.structs.replace(
                project,
                agreements=rng.sample(agreements, 2),
                sectors=[SectorRef(sector=rng.choice(sectors), primary=True)],
                rev=project.rev + 1,
            )
        elif choice == 2:  # an agreement lists other projects
            agreement = snapshot.agreements[rng.choice(agreements)]
            changes[agreement.id] = msgspec.structs.replace(
                agreement, projects=rng.sample(projects, 3), rev=agreement.rev + 1
            )
        elif choice == 3:  # a new project
            template = snapshot.projects[rng.choice(projects)]
            new_id = f"prj-new-{n:03d}"
            changes[new_id] = msgspec.structs.replace(
                template, id=new_id, name={"fr": f"Nouveau projet {n}"}, rev=1
            )
        elif choice == 4:  # a project deleted with its claims
            project_id = rng.choice(projects)
            changes[project_id] = None
            for claim in snapshot.claims_for(project_id):
                changes[claim.id] = None
            for agreement_id in snapshot.links.agreements_of_project(project_id):
                agreement = snapshot.agreements[agreement_id]
                changes[agreement_id] = msgspec.structs.replace(
                    agreement,
                    projects=[p for p in agreement.projects if p != project_id],
                    rev=agreement.rev + 1,
                )
        elif choice == 5:  # a claim moved to another record, with a new quote
            claim = snapshot.claims[rng.choice(claims)]
            changes[claim.id] = msgspec.structs.replace(
                claim, subject=rng.choice(projects), quote="citation déplacée", rev=claim.rev + 1
            )
        elif choice == 7:  # an organisation renamed, in another country
            org = snapshot.orgs[rng.choice(orgs)]
            changes[org.id] = msgspec.structs.replace(
                org, name={"en": f"Zzqx works {n}"}, country="KZ", rev=org.rev + 1
            )
        elif choice == 8:  # a sector renamed
            sector = snapshot.sectors[rng.choice(sectors)]
            changes[sector.id] = msgspec.structs.replace(
                sector, name={"en": f"Zzqx trade {n}"}, rev=sector.rev + 1
            )
        else:  # a new claim about an agreement
            new_id = f"clm-new-{n:03d}"
            changes[new_id] = Claim(
                id=new_id,
                subject=rng.choice(agreements),
                field="status",
                value="signed",
                source=rng.choice(sorted(snapshot.sources)),
                quote="un accord a été signé",
            )
    return changes


@pytest.mark.parametrize("seed", range(12))
def test_a_patched_snapshot_derives_what_a_fresh_one_derives(
    generated: dict[str, dict[str, Any]], seed: int
) -> None:
    rng = random.Random(seed)
    snapshot = warmed(Snapshot(generated))
    for _ in range(3):  # patches on patches, as edits follow each other
        changes = random_changes(snapshot, rng, rng.randint(1, 6))
        patched = snapshot.patched(changes, version=None)
        fresh = Snapshot(patched.tables)
        assert derived(patched) == derived(fresh)
        for text in ("zzqx", "nouveau", "status:approved", "citation", "country:KZ", ""):
            flt = parse_filter(text)
            for kind in ("projects", "agreements"):
                assert patched.select_ids(kind, flt) == fresh.select_ids(kind, flt)
                ids = patched.sorted_ids(kind)
                positions = patched.search.select_positions(kind, flt)
                assert [ids[i] for i in positions] == fresh.select_ids(kind, flt)
        snapshot = warmed(patched)


def test_a_renamed_organisation_or_sector_mends_the_index_of_the_records_using_it(
    generated: dict[str, dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not the whole index built again (seconds at 100,000 projects): the records pointing
    at the renamed organisation or sector are found in ``Links.references``."""
    snapshot = warmed(Snapshot(generated))
    org_id = max(sorted(snapshot.orgs), key=lambda rid: len(snapshot.links.references.get(rid, ())))
    org = snapshot.orgs[org_id]
    sector = snapshot.sectors[sorted(snapshot.sectors)[0]]
    changes = {
        org_id: msgspec.structs.replace(org, name={"en": "Zzqx works"}, country="KZ"),
        sector.id: msgspec.structs.replace(sector, name={"en": "Qqzz trade"}),
    }
    monkeypatch.setattr(WordIndex, "build", lambda *a, **k: pytest.fail("built again"))
    patched = snapshot.patched(changes, version=None)
    users = set(snapshot.links.references[org_id])
    assert users
    for kind in ("projects", "agreements"):
        assert set(patched.select_ids(kind, parse_filter("zzqx"))) == {
            rid for rid in users if rid in patched.tables[kind]
        }
        kz = set(patched.select_ids(kind, parse_filter("country:KZ")))
        assert {rid for rid in users if rid in patched.tables[kind]} <= kz
    assert set(patched.select_ids("projects", parse_filter("qqzz"))) == {
        rid for rid in snapshot.links.references.get(sector.id, ()) if rid.startswith("prj-")
    }


def test_a_patch_leaves_the_old_snapshot_as_it_was(generated: dict[str, dict[str, Any]]) -> None:
    snapshot = warmed(Snapshot(generated))
    before = derived(snapshot)
    project = next(iter(snapshot.projects.values()))
    changes: dict[str, Any] = {project.id: None}
    changes.update({claim.id: None for claim in snapshot.claims_for(project.id)})
    for agreement_id in snapshot.links.agreements_of_project(project.id):
        agreement: Agreement = snapshot.agreements[agreement_id]
        changes[agreement_id] = msgspec.structs.replace(
            agreement, projects=[p for p in agreement.projects if p != project.id]
        )
    snapshot.patched(changes, version=None)
    assert derived(snapshot) == before
    assert isinstance(snapshot.projects[project.id], Project)
