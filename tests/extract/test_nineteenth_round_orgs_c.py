"""Rules for organisations and people, round nineteen, part orgs_c; each general in form and
tested on sentences of its own (none taken from the evaluation set):

- a surname written in capitals may carry accented capitals ("Paul KELLÉ", "Awa TOURÉ"), as
  French dispatches write them; it is the person's name as "Paul KELLER" is;

Each test failed with the reader as it was before its rule, except the guards, which say
where a rule stops."""

from __future__ import annotations

from tests.extract.reading import about, people, read, role_titles


def test_a_surname_in_accented_capitals_is_a_name() -> None:
    found = read(
        "Le communiqué cite le directeur général de la Société tarvelaise des engrais "
        "(STE), Dr Paul KELLÉ, selon qui « la première usine sera installée à Kelta »."
    )
    assert "Paul KELLÉ" in people(found)
    assert [p.plain_value() for p in about(found, "Société tarvelaise des engrais", "head")] == [
        "Paul KELLÉ"
    ]
    assert role_titles(found, "Paul KELLÉ") == [
        "directeur général de la Société tarvelaise des engrais"
    ]
    # capitals without accents read as before
    plain = read(
        "Le communiqué cite le directeur général de la Société tarvelaise des engrais "
        "(STE), Dr Paul KELLER, selon qui « la première usine sera installée à Kelta »."
    )
    assert "Paul KELLER" in people(plain)
    # a company's legal form in capitals after a name is still no surname
    company = read("Le groupe Norvel Tarvex SARL construira une usine à Kelta.")
    assert not people(company)
