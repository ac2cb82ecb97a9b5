"""Rules for organisations and people, round nineteen, part orgs_b; each general in form and
tested on sentences of its own (none taken from the evaluation set):

- a sentence's full stop after a name in two capitals ("a subsidiary of KT.") is no part of
  the name; initials with their dots ("S.A.", "A.S.") and a legal form's abbreviation
  ("Co.", "Ltd.") keep theirs;
- "coprésident de X", "co-président", "co-chairman of X", "co-president": one of two
  presidents or chairmen is a title of X's, as "vice-président de X" is, and heads nothing
  (one head per organisation, GOLD.md rule 4);
- a title of a company's acronym and a region ("président de TKL Europe" after "Tarvex Kelta
  Limited (TKL)") is of the subsidiary named so, as after the company's full name ("président
  de Tarvex Europe"), not of the company;
- a government named by its country's initials ("the UK Government", "the US Government") is
  an organisation of that country, as "the Tarvel Government" is;
- a company's own subsidiary or division named after its noun and a possessive ("its new
  business division, Norvel UK", "through its subsidiary, Norvel-Kelta", "par sa nouvelle
  filiale, Norvel UK") is a company, as "sa filiale Norvel Kelta" already was; a place or
  a person after the noun is none ("its subsidiary in Kelta", "its division, Paul Keller
  said");
- a company named before, said again with a country's name after it ("la fromagerie de
  Norvel Canada" after "le groupe Norvel") is its subsidiary there, a company of its own, not
  the company said again; fixed to a plant noun ("l'usine Norvel Maroc") the words name the
  plant;
- a name, its country's initials in brackets, then its acronym in brackets ("Norvel Motor
  Manufacturing (UK) (NMUK)") is one name with its bracketed country, the acronym its own.

Each test failed with the reader as it was before its rule, except the guards, which say
where a rule stops."""

from __future__ import annotations

from typing import Any

from tests.extract.reading import about, orgs, people, read, role_titles


def _country(found: list[Any], org: str) -> list[str]:
    return [p.plain_value() for p in about(found, org, "country")]


def test_a_full_stop_after_two_capitals_is_the_sentence_s() -> None:
    found = read(
        "The second plant comes from Norvel Chem, a subsidiary of KT.\n\n"
        "The plant will open in Tarvel next year.",
        "en",
    )
    assert "KT" in orgs(found)
    assert "KT." not in orgs(found)
    # initials with their dots keep them
    dotted = read("The plant was built by Tarvex Tekstil A.S., a Turkish firm, in Kelta.", "en")
    assert "Tarvex Tekstil A.S." in orgs(dotted)


def test_a_co_president_holds_a_title_and_heads_nothing() -> None:
    found = read(
        "Le groupe chinois Tarvex a lancé la construction de son usine en Allemagne. "
        "« Nous sommes fiers », a déclaré Paul Keller, coprésident de Tarvex Europe."
    )
    assert "Tarvex Europe" in orgs(found)
    assert [t.split(" de ")[0] for t in role_titles(found, "Paul Keller")] == ["coprésident"]
    assert not about(found, "Tarvex Europe", "head")
    english = read(
        "Chinese firm Tarvex has begun building its plant in Kelta. "
        '"We are proud," said John Keller, co-chairman of Tarvex Europe.',
        "en",
    )
    assert "Tarvex Europe" in orgs(english)
    assert [t.split(" of ")[0] for t in role_titles(english, "John Keller")] == ["co-chairman"]
    assert not about(english, "Tarvex Europe", "head")
    # the president himself still heads it
    head = read(
        "Le groupe chinois Tarvex a lancé la construction de son usine en Allemagne. "
        "« Nous sommes fiers », a déclaré Paul Keller, président de Tarvex Europe."
    )
    assert "Paul Keller" in people(head)
    assert [p.plain_value() for p in about(head, "Tarvex Europe", "head")] == ["Paul Keller"]


def test_an_acronym_and_a_region_name_the_subsidiary() -> None:
    found = read(
        "La construction de l'usine de Tarvex Kelta Limited (TKL) a commencé en Allemagne. "
        "« Nous sommes fiers », a déclaré Paul Keller, président de TKL Europe."
    )
    assert "TKL Europe" in orgs(found)
    assert [p.plain_value() for p in about(found, "TKL Europe", "head")] == ["Paul Keller"]
    assert not about(found, "Tarvex Kelta Limited", "head")
    # the acronym alone is the company's own
    alone = read(
        "La construction de l'usine de Tarvex Kelta Limited (TKL) a commencé en Allemagne. "
        "« Nous sommes fiers », a déclaré Paul Keller, président de TKL."
    )
    assert orgs(alone) == {"Tarvex Kelta Limited"}
    assert [p.plain_value() for p in about(alone, "Tarvex Kelta Limited", "head")] == [
        "Paul Keller"
    ]


def test_a_government_named_by_its_country_s_initials() -> None:
    found = read(
        "Tarvex opened a new factory in Kelta. The facility was supported by a grant from the "
        "UK Government.",
        "en",
    )
    assert "UK Government" in orgs(found)
    assert _country(found, "UK Government") == ["GB"]
    us = read("Tarvex will build a factory in Kelta with help from the US Government.", "en")
    assert _country(us, "US Government") == ["US"]
    # other capitals before "Government" are no country
    other = read("Tarvex will build a factory in Kelta with help from the EU Government.", "en")
    assert "EU Government" not in orgs(other)


def test_a_subsidiary_named_after_its_possessive_noun() -> None:
    division = read(
        "Tarvex will build a plant in Kelta to enable its new business division, Norvel UK, "
        "to begin supply.",
        "en",
    )
    assert "Norvel UK" in orgs(division)
    subsidiary = read(
        "Tarvex will build a plant in Kelta through its subsidiary, Norvel-Kelta.", "en"
    )
    assert "Norvel-Kelta" in orgs(subsidiary)
    filiale = read("Tarvex construira une usine à Kelta par sa nouvelle filiale, Norvel UK.")
    assert "Norvel UK" in orgs(filiale)
    # a place or a clause after the noun names no company
    place = read("Tarvex will build a plant through its subsidiary in Kelta, Norway.", "en")
    assert orgs(place) == {"Tarvex"}
    person = read("The plant is run by its division, Paul Keller said on Monday in Kelta.", "en")
    assert "Paul Keller" not in orgs(person)


def test_a_company_said_again_with_a_country_is_its_subsidiary() -> None:
    found = read(
        "La première usine du groupe Norvel sera inaugurée à l’automne. La fromagerie de "
        "Norvel Canada a été construite à Kelta."
    )
    assert {"Norvel", "Norvel Canada"} <= orgs(found)
    quoted = [p.quote for p in about(found, "Norvel Canada", "name")]
    assert quoted == ["Norvel Canada"]
    # the company said again alone is the company
    again = read(
        "La première usine du groupe Norvel sera inaugurée à l’automne. La fromagerie de "
        "Norvel a été construite à Kelta."
    )
    assert orgs(again) == {"Norvel"}
    # a country's name with its article opens the next words, no subsidiary's name
    article = read(
        "La première usine du groupe Norvel sera inaugurée à l’automne, a dit le président "
        "de Norvel La France a été choisie."
    )
    assert "Norvel La France" not in orgs(article)
    # a word of the subsidiary's own before the country is its name's
    auto = read(
        "La première usine du groupe Norvel sera inaugurée à l’automne. L'usine de Norvel "
        "Auto Canada a été construite à Kelta."
    )
    assert "Norvel Auto Canada" in orgs(auto)


def test_a_bracketed_country_before_an_acronym_is_the_name_s() -> None:
    found = read("Norvel Motor Manufacturing (UK) (NMUK) will build a new plant in Kelta.", "en")
    assert "Norvel Motor Manufacturing (UK)" in orgs(found)
    assert [
        p.plain_value() for p in about(found, "Norvel Motor Manufacturing (UK)", "acronym")
    ] == ["NMUK"]
    # an acronym alone in brackets stays as it was
    alone = read("Norvel Motor Manufacturing (NMUK) will build a new plant in Kelta.", "en")
    assert "Norvel Motor Manufacturing" in orgs(alone)
