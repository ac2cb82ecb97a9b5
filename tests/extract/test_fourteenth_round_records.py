"""Forming and naming the records an article is about; each rule general in form and tested
on sentences of its own (none taken from the evaluation set):

- a company's ranked plant said in English ("its first electric vehicle (EV) manufacturing
  plant") is described, not named: its rank and an acronym in brackets are no part of the
  convention's name, which its town completes; without a rank, "its … plant" stays the
  plant spoken of; the headline's plant of the same rank ("first EV plant") is that one,
  named by the body's words; "the <town> plant" said later of the plant in that town is it,
  not a name that wins over the described one (another town's is another plant);
- a compound of two words ("batteries sodium-ion") completes what a plant makes (a verb and
  its pronoun, "dit-on", do not); the headline's "usine en Europe" makes no product of its
  continent, so it is the body's plant, not a bare "Usine" of its own;
- a plant "within the Industrial Park" is in the park named before in full ("the Kelburg
  Metal Industrial Park"), and named with it (no park named before, no zone in its name);
- a hard-wrapped page's line break inside a sentence (a word in lower case after it) does
  not cut the sentence, so what it says of its plant is filed under it (a line after a full
  stop, or opening with a capital, is still a sentence of its own);

Each test failed with the reader as it was before its rule, except the guards, which say
where a rule stops."""

from __future__ import annotations

from bilat.store.extract.segment import sentences

from .reading import about, projects, read


def test_a_companys_ranked_plant_is_named_by_its_words_and_town() -> None:
    found = read(
        "Zentra Motors inaugurated its first electric vehicle (EV) manufacturing plant "
        "outside Korea in Kelburg, Tarvel, on Monday. The plant has a production capacity of "
        "50,000 vehicles per year.",
        lang="en",
    )
    assert projects(found) == {"Electric vehicle manufacturing plant at Kelburg"}


def test_the_body_names_the_headlines_ranked_plant() -> None:
    found = read(
        "Zentra opens first EV plant abroad\n"
        "Zentra Motors inaugurated its first electric vehicle (EV) manufacturing plant "
        "outside Korea in Kelburg, Tarvel, on Monday. The plant will employ 3,000 people.",
        lang="en",
    )
    (name,) = projects(found)
    assert name == "Electric vehicle manufacturing plant at Kelburg"
    assert [p.plain_value()["value"] for p in about(found, name, "jobs")] == [3000]


def test_a_companys_plant_without_rank_is_the_one_spoken_of() -> None:
    found = read(
        "Zentra Motors will build a battery plant in Kelburg, Tarvel. Its battery plant will "
        "employ 3,000 people.",
        lang="en",
    )
    (name,) = projects(found)
    assert name.startswith("Battery plant")
    assert [p.plain_value()["value"] for p in about(found, name, "jobs")] == [3000]


def test_a_plant_called_by_another_town_is_another_plant() -> None:
    found = read(
        "Zentra Motors inaugurated a battery plant in Kelburg, Tarvel, on Monday. The "
        "Morvane plant, opened in 2019, makes engines.",
        lang="en",
    )
    assert "Morvane plant" in projects(found)


def test_a_hyphenated_compound_completes_what_a_plant_makes() -> None:
    found = read(
        "Le groupe Zentra va construire une usine de production de batteries sodium-ion "
        "destinées à l’industrie automobile à Kelburg, en Tarvel."
    )
    (name,) = projects(found)
    assert name.startswith("Usine de production de batteries sodium-ion")


def test_a_verb_and_its_pronoun_are_no_part_of_a_plants_name() -> None:
    found = read("Zentra construira une usine de batteries dit-on à Kelburg, en Tarvel.")
    assert not any("dit-on" in name for name in projects(found))


def test_the_headlines_plant_in_a_continent_is_the_bodys_plant() -> None:
    found = read(
        "Un fabricant coréen investit un milliard pour une usine en Europe\n"
        "Le groupe Zentra a annoncé son intention d’implanter une usine de production de "
        "batteries destinées à l’industrie automobile à Kelburg, en Tarvel. L’usine "
        "emploiera 2000 personnes."
    )
    (name,) = projects(found)
    assert name.startswith("Usine de production de batteries")


def test_a_plant_within_the_park_named_before_is_named_with_it() -> None:
    found = read(
        "Zentra Steel has been granted resident status at the Kelburg Metal Industrial Park. "
        "The new resident plans to establish a plant on a 5-hectare site within the "
        "Industrial Park.",
        lang="en",
    )
    assert projects(found) == {"Plant in the Kelburg Metal Industrial Park"}


def test_a_park_said_by_its_kind_alone_names_no_plant() -> None:
    found = read(
        "Zentra Steel plans to establish a plant on a 5-hectare site within the Industrial Park.",
        lang="en",
    )
    assert projects(found) == {"Plant"}


def test_a_hard_wrapped_line_does_not_cut_its_sentence() -> None:
    text = (
        "Zentra Steel plans to establish a plant in Kelburg, capable of producing 3,000\n"
        "tonnes of wire annually.\nThe plant will employ 80 people.\nIt opens in May."
    )
    said = [text[s.start : s.end] for s in sentences(text)]
    assert said[0].endswith("tonnes of wire annually.")
    assert said[1:] == ["The plant will employ 80 people.", "It opens in May."]
