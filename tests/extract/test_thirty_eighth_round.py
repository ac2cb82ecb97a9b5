"""Thirty-eighth round: what the first reading of held-out set BB showed the reader could not
read, in words any article may use.

- "Norvel Kelt investit 15 millions d'euros", "Petit à petit, Norvel Kelt s'installe", "Norvel
  Kelt vendra …": two capitalised words said three times, always together and never after a
  title, are a company's name, not a given name and a surname.
- "a signé un partenariat avec Kelvo Petrochemical Industries", "An investment agreement with
  the Icelandic government is still pending": the counterpart said by its name is a party,
  no word of the title ("un accord avec le ministère de la Pêche", a common noun, names it).
"""

from __future__ import annotations

from .reading import about, named, orgs, read


def _party_names(found: list, record: str) -> set[str]:
    refs = {p.plain_value()["org"] for p in about(found, record, "parties")}
    return {p.new.name for p in found if p.field == "name" and p.new and p.new.key in refs}


def test_two_words_said_together_every_time_are_a_company() -> None:
    found = read(
        "Norvel Kelt investit 15 millions d’euros au Kazakhstan. Petit à petit, Norvel Kelt"
        " s’installe dans le pays. Avec cette usine, Norvel Kelt montre son intérêt.",
        "fr",
    )
    assert "Norvel Kelt" in orgs(found)


def test_a_person_named_again_by_the_surname_is_no_company() -> None:
    found = read(
        "Pietro Kelvani a signé l'accord lundi. Pietro Kelvani a salué le projet. Selon"
        " M. Kelvani, Pietro Kelvani reviendra.",
        "fr",
    )
    assert "Pietro Kelvani" not in orgs(found)


def test_a_counterpart_said_by_its_name_is_no_word_of_the_title() -> None:
    found = read(
        "Norvel Gaz a signé le 9 octobre un partenariat avec Kelvo Petrochemical Industries.",
        "fr",
    )
    assert named(found, "agreements") == {"Partenariat"}
    found = read(
        "Silkor aims to open the plant in 2016. An investment agreement with the Icelandic"
        " government is still pending.",
        "en",
    )
    assert named(found, "agreements") == {"Investment agreement"}


def test_a_counterpart_said_by_a_common_noun_names_the_agreement() -> None:
    found = read("Norvel Pêche a signé un accord avec le ministère de la Pêche.", "fr")
    assert named(found, "agreements") == {"Accord avec le ministère de la Pêche"}
