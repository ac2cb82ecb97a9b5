"""Rules for organisations and people, round seventeen, part orgs_d; each general in form and
tested on sentences of its own (none taken from the evaluation set):

- a government said by its country's adjective as the one who signs, pays or owns ("un
  accord avec le gouvernement malien", "assurés par le gouvernement sénégalais", "Le
  gouvernement togolais … a signé") is an organisation named by that adjective, as gold
  rule 9 names it ("Gouvernement slovaque"), its country the adjective's; a government in a
  title ("membres du gouvernement malien"), announcing ("Le gouvernement chilien a annoncé")
  or with no country is none.
"""

from __future__ import annotations

from tests.extract.reading import orgs, read


def test_a_government_that_signs_pays_or_owns_is_named_by_its_adjective() -> None:
    said = read(
        "Le projet coûtera 300 millions de dollars, dont 20% seront assurés par le "
        "gouvernement malien."
    )
    assert "Gouvernement malien" in orgs(said)
    said = read("Kelta a signé un accord avec le gouvernement sénégalais pour une usine à Thiès.")
    assert "Gouvernement sénégalais" in orgs(said)
    said = read("Le gouvernement togolais et Norvex ont signé un contrat pour une usine à Kara.")
    assert "Gouvernement togolais" in orgs(said)


def test_a_government_in_a_title_or_announcing_is_no_party() -> None:
    said = read("Les membres du gouvernement malien ont visité l'usine de Kati.")
    assert not any(name.startswith("Gouvernement") for name in orgs(said))
    said = read("Le gouvernement péruvien a annoncé son intention de contrôler le lithium.")
    assert not any(name.startswith("Gouvernement") for name in orgs(said))
