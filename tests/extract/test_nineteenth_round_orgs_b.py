"""Rules for organisations and people, round nineteen, part orgs_b; each general in form and
tested on sentences of its own (none taken from the evaluation set):

- a sentence's full stop after a name in two capitals ("a subsidiary of KT.") is no part of
  the name; initials with their dots ("S.A.", "A.S.") and a legal form's abbreviation
  ("Co.", "Ltd.") keep theirs.

Each test failed with the reader as it was before its rule, except the guards, which say
where a rule stops."""

from __future__ import annotations

from tests.extract.reading import orgs, read


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
