"""Putting right the record proposals are about before accepting them: a new record
named (``renamed``), a proposed record filed under another one, proposed too or held
(``filed_under``), a group taken out of the held record the reader matched it to wrongly
(``taken_out``), and the proposals of one record kept together (``in_groups``)."""

from __future__ import annotations

import pytest

from bilat.store import Store
from bilat.store.extract import propose
from bilat.store.extract.accept import plan
from bilat.store.extract.proposal import NewRecord, Proposal
from bilat.store.extract.regroup import (
    filed_under,
    in_groups,
    renamed,
    taken_out,
    taken_out_as,
)
from bilat.store.models import Claim, Project, Source
from bilat.store.snapshot import Snapshot
from bilat.store.sources import build_source

ALUMINIUM = "prj-dz-ain-temouchent-aluminium-complex"
# The reader splits one plant into two proposed projects: the complex and "a second plant".
SPLIT = (
    "La société turque Tosyali a annoncé la construction d’un complexe sidérurgique à "
    "Béthioua, dans la wilaya d’Oran. Le complexe créera 2 500 emplois directs. Une deuxième "
    "usine, le laminoir de Béthioua, produira 2 millions de tonnes par an."
)

# An Egyptian plant the reader matches to the Algerian complex the database holds.
ELSEWHERE = (
    "En Égypte, le Complexe de production d’aluminium écologique (décarboné) créera "
    "3 000 emplois directs à Sohag."
)


def article() -> Source:
    return build_source(SPLIT, title="Tosyali", published="2024-03-05", lang="fr")


def project_keys(proposals: list[Proposal]) -> list[NewRecord]:
    found: dict[str, NewRecord] = {}
    for p in proposals:
        if p.new is not None and p.new.kind == "projects":
            found.setdefault(p.new.key, p.new)
    return list(found.values())


def test_renaming_names_every_proposal_and_the_name_proposal_in_its_language() -> None:
    proposals = propose(article())
    complex_, _plant = project_keys(proposals)
    after = renamed(proposals, complex_.key, "  Complexe sidérurgique Tosyali de Béthioua ")
    assert len(after) == len(proposals)
    mine = [p for p in after if p.group == complex_.key]
    assert mine and all(
        p.new is not None and p.new.name == "Complexe sidérurgique Tosyali de Béthioua"
        for p in mine
    )
    (name,) = [p for p in mine if p.field == "name"]
    (before,) = [p for p in proposals if p.group == complex_.key and p.field == "name"]
    assert name.plain_value() == {"fr": "Complexe sidérurgique Tosyali de Béthioua"}
    assert (name.quote, name.start, name.end) == (before.quote, before.start, before.end)
    # The others are the very same proposals.
    assert all(a is b for a, b in zip(after, proposals, strict=True) if b.group != complex_.key)
    assert renamed(proposals, complex_.key, "  ") == proposals


def test_filing_a_proposed_record_under_another_makes_one_record() -> None:
    source = article()
    proposals = propose(source)
    complex_, plant = project_keys(proposals)
    after = filed_under(proposals, plant.key, complex_)
    assert len(after) == len(proposals)
    # Left out: the plant's name (the one record keeps the complex's), and its location and
    # countries, said of the complex already.
    left_out = [b for a, b in zip(after, proposals, strict=True) if a is None]
    assert sorted(p.field for p in left_out) == ["countries", "location", "name"]
    assert all(p.group == plant.key for p in left_out)
    kept = [p for p in after if p is not None]
    assert {p.group for p in kept if p.kind == "projects"} == {complex_.key}
    assert all(p.new == complex_ for p in kept if p.kind == "projects")
    order = in_groups(after)
    groups = [p.group for p in (after[i] for i in order) if p is not None]
    assert len(groups) == len(kept)
    assert groups.index(complex_.key) + groups.count(complex_.key) - 1 == max(
        i for i, g in enumerate(groups) if g == complex_.key
    )
    records, _expected = plan(kept, Snapshot({}), source, kept)
    made = [r for r in records if isinstance(r, Project)]
    assert len(made) == 1
    assert made[0].name == {"fr": complex_.name}
    assert [j.value for j in made[0].jobs] == [2500]
    assert [c.value for c in made[0].capacity] == [2000000]
    assert made[0].aliases == []
    assert [p.plain_value() for p in kept if p.field == "name" and p.kind == "projects"] == [
        {"fr": complex_.name}
    ]


def test_values_referring_to_a_record_filed_elsewhere_follow_it() -> None:
    proposals = propose(article())
    (tosyali,) = {p.new for p in proposals if p.new is not None and p.new.kind == "orgs"}
    other = NewRecord("new:99", "orgs", "Tosyali Holding")
    extra = Proposal(None, other, "country", "TR", "turque", 20, 26, 0.5)
    after = filed_under([*proposals, extra], tosyali.key, other)
    parties = [p for p in after if p is not None and p.field == "parties"]
    assert parties and all(p.plain_value()["org"] == "new:99" for p in parties)


def test_filing_under_a_held_record_marks_conflicts_and_leaves_out_its_new_name(
    seeded: Store,
) -> None:
    source = article()
    snapshot = seeded.snapshot()
    proposals = propose(source, snapshot)
    complex_, _plant = project_keys(proposals)
    after = filed_under(proposals, complex_.key, ALUMINIUM, snapshot, source.published)
    moved = [p for p, b in zip(after, proposals, strict=True) if b.group == complex_.key]
    assert [p for p in moved if p is None]  # "Complexe sidérurgique de Béthioua": dropped
    kept = [p for p in moved if p is not None]
    assert all(p.subject == ALUMINIUM and p.new is None for p in kept)
    assert not [p for p in kept if p.field == "name"]
    (jobs,) = [p for p in kept if p.field == "jobs"]
    assert jobs.conflicts == ["clm-prj-aluminium-jobs-direct"]  # 2 500 against 5 000


def test_a_name_the_held_record_goes_by_stays(seeded: Store) -> None:
    snapshot = seeded.snapshot()
    new = NewRecord("new:1", "projects", "Complexe aluminium")
    said = "Complexe de production d’aluminium écologique (décarboné)"
    proposal = Proposal(None, new, "name", {"fr": said}, said, 0, len(said), 0.9)
    (after,) = filed_under([proposal], "new:1", ALUMINIUM, snapshot, None)
    assert after is not None and after.subject == ALUMINIUM and after.plain_value() == {"fr": said}


def test_filing_under_a_record_of_another_kind_is_refused(seeded: Store) -> None:
    proposals = propose(article())
    complex_, _plant = project_keys(proposals)
    org = next(p.new for p in proposals if p.new is not None and p.new.kind == "orgs")
    with pytest.raises(ValueError):
        filed_under(proposals, complex_.key, org)
    with pytest.raises(ValueError):
        filed_under(proposals, complex_.key, "agr-dz-ru-anpp-institute-mou", seeded.snapshot())


def test_proposals_filed_under_a_held_record_are_written_on_it(seeded: Store) -> None:
    source = article()
    seeded.upsert(source)
    snapshot = seeded.snapshot()
    proposals = propose(source, snapshot)
    complex_, _plant = project_keys(proposals)
    after = [
        p
        for p in filed_under(proposals, complex_.key, ALUMINIUM, snapshot, source.published)
        if p is not None
    ]
    accepted = [p for p in after if p.subject == ALUMINIUM]
    records, expected = plan(accepted, snapshot, source, after)
    seeded.upsert_many(records, expected=expected)
    held = seeded.snapshot().tables["projects"][ALUMINIUM]
    # Its primary sector stays the one it had; the claim keeps what the article says.
    assert [s.sector for s in held.sectors if s.primary] == ["sec-aluminium"]
    assert 2500 in [j.value for j in held.jobs]
    assert not [r for r in records if isinstance(r, Project) and r.id != ALUMINIUM]


def test_a_group_taken_out_of_a_held_record_is_a_new_record_named_as_the_article_says(
    seeded: Store,
) -> None:
    source = build_source(ELSEWHERE, title="Sohag", published="2024-03-05", lang="fr")
    snapshot = seeded.snapshot()
    proposals = propose(source, snapshot)
    held = [p for p in proposals if p.group == ALUMINIUM]
    assert {p.field for p in held} >= {"name", "jobs", "location"}  # the reader's match
    assert [p for p in held if p.conflicts]  # 3 000 against 5 000, Sohag against Aïn Témouchent
    record = taken_out_as(proposals, ALUMINIUM)
    assert record.kind == "projects"
    assert record.name == "Complexe de production d’aluminium écologique (décarboné)"
    assert record.key not in {p.group for p in proposals}
    after = taken_out(proposals, ALUMINIUM)
    assert len(after) == len(proposals) and None not in after
    moved = [a for a, b in zip(after, proposals, strict=True) if b.group == ALUMINIUM]
    assert moved and all(
        p is not None and p.subject is None and p.new == record and p.conflicts == [] for p in moved
    )
    assert [p.plain_value() for p in moved if p is not None] == [p.plain_value() for p in held]
    kept = [p for p in after if p is not None]
    assert ALUMINIUM not in repr([p.to_json() for p in kept])
    records, _expected = plan(kept, snapshot, source, kept)
    (made,) = [r for r in records if isinstance(r, Project)]
    assert made.id != ALUMINIUM and made.name == {"fr": record.name}
    assert [j.value for j in made.jobs] == [3000]
    assert made.location is not None and made.location.country == "EG"
    assert {c.subject for c in records if isinstance(c, Claim)} == {made.id}


def test_a_group_without_a_name_taken_out_is_named_by_its_kind_and_referred_to() -> None:
    jobs = {"value": 3000, "unit": "jobs", "qualifier": "exact", "job_type": "direct"}
    proposals = [
        Proposal(ALUMINIUM, None, "jobs", jobs, "3 000 emplois", 0, 13, 0.8, ["clm-x"]),
        Proposal(
            None, NewRecord("new:4", "orgs", "Rusal"), "name", {"fr": "Rusal"}, "Rusal", 20, 25, 0.9
        ),
        Proposal(
            "agr-dz-ru-anpp-institute-mou", None, "projects", [ALUMINIUM], "accord", 30, 36, 0.5
        ),
    ]
    record = taken_out_as(proposals, ALUMINIUM)
    assert record == NewRecord("new:5", "projects", "project")
    moved, rusal, agreement = taken_out(proposals, ALUMINIUM)
    assert moved is not None and moved.new == record and moved.conflicts == []
    assert rusal is proposals[1]
    assert agreement is not None and agreement.plain_value() == ["new:5"]
    with pytest.raises(ValueError):
        taken_out_as(proposals, "new:4")  # a proposed record: nothing to take it out of


def test_a_record_renamed_or_filed_under_another_still_offers_the_names_the_text_gives() -> None:
    """The review offers the names the text gives a record (``names_said``) after n and
    m too: a renamed record keeps them, one filed under another adds its own to it."""
    proposals = propose(article())
    complex_, plant = project_keys(proposals)
    assert complex_.names_said and plant.names_said
    after = renamed(proposals, complex_.key, "Autre nom")
    (named, _) = project_keys(after)
    assert named.name == "Autre nom" and named.names_said == complex_.names_said
    filed = [p for p in filed_under(proposals, plant.key, complex_) if p is not None]
    (one,) = project_keys(filed)
    assert set(one.names_said) == {*complex_.names_said, *plant.names_said}
