"""Units and names the press says in forms of their own, round fifteen; each rule
general in form and tested on sentences of its own (none taken from the evaluation set):

- an enumeration of the units a text counts ("trois unités de production … « Kelmar »,
  « Orvane » et « Tessid »", "two plants, Kelmar and Orvane") makes one record each, named
  by the name the text gives it, each figure kept with the unit it is said of;
- a name said with its nationality, every word of it capitalised and none a name but the
  nationality ("the Kazakh Industrial Complex") keeps the nationality, one record however
  often it is said, its name's words where the text says it is called so ("Dubbed the
  Kazakh Industrial Complex"); an owner's nationality before a name of its own ("the Kazakh
  Orvane Ceramic factory") still stays out.

Each test failed with the reader as it was before its rule, except the guards, which say
where a rule stops."""

from __future__ import annotations

from .reading import about, named, read


def _values(found: list[object], name: str, field: str) -> list[object]:
    return [p.plain_value() for p in about(found, name, field)]  # type: ignore[arg-type]


def test_units_counted_then_named_in_quotes_are_one_record_each() -> None:
    found = read(
        "Le ministre a visité trois unités de production à capitaux italiens situées dans la "
        "zone industrielle de Bir El Bey. Il s'agit de « Kelmar », filiale du groupe Fabrex, "
        "qui emploie 300 personnes. A Bir El Bey aussi, la société « Orvane » fabrique des "
        "câbles. Fondée en 2010, Orvane emploie plus de 450 personnes. Le ministre a enfin "
        "visité la nouvelle usine « Tessid », qui a coûté 40 millions de dinars et emploiera "
        "120 salariés."
    )
    assert named(found, "projects") == {"Kelmar", "Orvane", "Tessid"}
    assert [v["value"] for v in _values(found, "Kelmar", "jobs")] == [300]
    assert [v["min"] for v in _values(found, "Orvane", "jobs")] == [450]
    assert [v["value"] for v in _values(found, "Tessid", "jobs")] == [120]
    assert [v["value"] for v in _values(found, "Tessid", "investment")] == [40_000_000]


def test_units_named_in_quotes_in_the_sentence_that_counts_them() -> None:
    found = read(
        "Le groupe Fabrex exploite trois unités de production : « Kelmar », qui emploie 300 "
        "personnes, « Orvane », qui emploie 450 personnes, et « Tessid », qui emploie 120 "
        "personnes."
    )
    assert named(found, "projects") == {"Kelmar", "Orvane", "Tessid"}
    assert [v["value"] for v in _values(found, "Orvane", "jobs")] == [450]
    assert [v["value"] for v in _values(found, "Tessid", "jobs")] == [120]


def test_two_plants_named_after_their_count_are_two_records() -> None:
    found = read(
        "Fabrex Holdings runs two plants, Kelmar and Orvane, in the Nakuru industrial park. "
        "Kelmar employs 300 people, while Orvane employs 450 people.",
        lang="en",
    )
    assert named(found, "projects") == {"Kelmar", "Orvane"}
    assert [v["value"] for v in _values(found, "Kelmar", "jobs")] == [300]
    assert [v["value"] for v in _values(found, "Orvane", "jobs")] == [450]


def test_a_quoted_saying_after_counted_plants_names_no_unit() -> None:
    found = read(
        "Le groupe Fabrex construira deux usines à Sfax. « Nous sommes fiers de ce projet », "
        "a déclaré son directeur."
    )
    assert not {"Nous sommes fiers de ce projet"} & named(found, "projects")


def test_a_name_said_with_its_nationality_keeps_it() -> None:
    found = read(
        "The Kazakh Industrial Complex will open in Kisumu next year. Dubbed the Kazakh "
        "Industrial Complex, the park will employ 1,200 people. The Kazakh Industrial Complex "
        "will also feature a glass factory.",
        lang="en",
    )
    assert "Kazakh Industrial Complex" in named(found, "projects")
    assert "Industrial Complex" not in named(found, "projects")
    assert [v["value"] for v in _values(found, "Kazakh Industrial Complex", "jobs")] == [1200]
    # named where the text says it is called so
    (name,) = about(found, "Kazakh Industrial Complex", "name")
    assert name.quote == "Dubbed the Kazakh Industrial Complex"


def test_an_owners_nationality_before_a_name_of_its_own_stays_out() -> None:
    found = read("The Kazakh Orvane Ceramic factory in Kisumu will employ 1,200 people.", lang="en")
    assert "Orvane Ceramic factory" in named(found, "projects")
