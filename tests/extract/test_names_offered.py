"""What the review offers the analyst naming a new record (``NewRecord.names_said``): the
names the text gives it at each of its mentions, and the convention's name from each (its
noun and its town), the reader's name first; none of it in the JSON contract."""

from __future__ import annotations

from .reading import read

TWO_MENTIONS = (
    "Le groupe Zentra Motors construira une cimenterie à Sousse, au nord du pays. "
    "Cette usine emploiera 400 personnes dès 2026."
)


def offered(text: str, kind: str = "projects", lang: str = "fr") -> tuple[str, ...]:
    (said,) = {p.new.names_said for p in read(text, lang) if p.new and p.new.kind == kind}
    return said


def test_a_plant_said_by_two_nouns_is_offered_the_name_each_gives_it() -> None:
    said = offered(TWO_MENTIONS)
    assert said[0] == "Cimenterie de Sousse"  # the reader's name, first
    assert "Usine de Sousse" in said  # "cette usine", named by the convention


def test_an_english_plant_is_offered_its_noun_at_its_town() -> None:
    said = offered(
        "Zentra Motors will build a battery plant in Nakuru. The factory will employ 400 people.",
        lang="en",
    )
    assert said[0] == "Battery plant at Nakuru"
    assert "Factory at Nakuru" in said


def test_no_town_said_no_town_offered() -> None:
    """Where the text places the plant in no town, no name offered has one."""
    said = offered(
        "Le groupe Zentra Motors construira une cimenterie. Cette usine emploiera 400 "
        "personnes dès 2026."
    )
    assert "Usine" in said and not any(" de " in name for name in said)


def test_the_names_offered_stay_out_of_the_json_contract() -> None:
    for proposal in read(TWO_MENTIONS):
        if proposal.new is not None:
            assert set(proposal.to_json()["new"]) == {"key", "kind", "name"}
