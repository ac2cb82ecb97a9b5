"""Who is party to what, people under their organisation, who signed with whom."""

from __future__ import annotations

from bilat.store import Store
from bilat.store.models import Agreement, Party, Person, Role
from bilat.store.parties import Tie, parties_of

MINISTRY = "org-dz-ministry-industry-pharma"
ANPP = "org-dz-anpp"
INSTITUTE = "org-ru-institute-medicines-good-practices"
HEALTH = "org-ru-ministry-health"


def test_the_seed_parties(seeded: Store) -> None:
    parties = parties_of(seeded.snapshot())
    # By country, then name.
    assert parties.orgs == [MINISTRY, ANPP, INSTITUTE, HEALTH]
    assert [m.person_id for m in parties.members[MINISTRY]] == ["per-ali-aoun"]
    assert parties.members[MINISTRY][0].title.startswith("ministre de l’Industrie")
    assert parties.loose_people == []
    ministry = parties.ties_of(MINISTRY)
    assert [t.record_id for t in ministry.projects] == [
        "prj-dz-ain-temouchent-aluminium-complex",
        "prj-dz-second-heavy-industry-complex",
    ]
    assert {t.role for t in ministry.projects} == {"approver"}
    assert ministry.agreements == [Tie("agr-dz-ru-pharma-health-cooperation", "party")]
    assert {(p.first, p.second, p.agreements) for p in parties.pairs} == {
        (ANPP, INSTITUTE, ("agr-dz-ru-anpp-institute-mou",)),
        (MINISTRY, HEALTH, ("agr-dz-ru-pharma-health-cooperation",)),
    }
    assert parties.ties_of("org-nobody").projects == []


def test_pairs_count_their_agreements_and_people_can_be_parties(seeded: Store) -> None:
    seeded.upsert_many(
        [
            Person(id="per-test-envoy", name={"en": "A test envoy"}),
            Person(
                id="per-test-staff",
                name={"en": "Test staff"},
                roles=[Role(title={"en": "director"}, org=ANPP)],
            ),
            Agreement(
                id="agr-test-second-mou",
                title={"en": "A second test memorandum"},
                parties=[
                    Party(org=INSTITUTE, role="signatory"),
                    Party(org=ANPP, role="signatory"),
                    Party(person="per-test-envoy", role="signatory"),
                ],
            ),
        ]
    )
    parties = parties_of(seeded.snapshot())
    assert parties.pairs[0].agreements == ("agr-dz-ru-anpp-institute-mou", "agr-test-second-mou")
    assert (parties.pairs[0].first, parties.pairs[0].second) == (ANPP, INSTITUTE)
    assert parties.loose_people == ["per-test-envoy"]
    assert [m.person_id for m in parties.members[ANPP]] == ["per-test-staff"]
    envoy = parties.ties_of("per-test-envoy")
    assert envoy.agreements == [Tie("agr-test-second-mou", "signatory")]
    # Three parties to one agreement: three pairs.
    with_envoy = [p for p in parties.pairs if "per-test-envoy" in (p.first, p.second)]
    assert len(with_envoy) == 2
