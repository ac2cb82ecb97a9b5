"""Forty-sixth round: what the first reading of held-out set BJ showed the reader could not
read, in words any article may use, with names no list knows.

- "a multimillion-dollar factory in X province Wednesday to process rubber grown at nearby
  plantations": a cost said in one word, a day, a product's origin; none a word of its name.
- "in Loc Ninh district's Kravo commune": the commune is where the plant is.
"""

from __future__ import annotations

from .reading import about, locations, projects, read


def test_a_cost_in_one_word_a_day_and_an_origin_are_no_words_of_a_name() -> None:
    found = read(
        "Laotian Cashew Firm Opens $12M Plant\n"
        "A state-owned Laotian cashew company inaugurated a multimillion-dollar factory in"
        " Binh Phuoc province Wednesday to process cashews grown at nearby farms, the"
        " provincial governor said Thursday.\n"
        "The firm had invested about $12 million in the plant.",
        "en",
        None,
    )
    assert projects(found) == {"Factory to process cashews"}
    [name] = about(found, "Factory to process cashews", "name")
    assert name.quote == "a multimillion-dollar factory"
    assert [
        p.plain_value()["value"] for p in about(found, "Factory to process cashews", "investment")
    ]


def test_a_sum_before_the_noun_still_tells_another_plant() -> None:
    found = read(
        "Korvel Group said its cement plant in Kelvo had cost $40 million. The group will also"
        " build a $25 million glass factory in Darvel.",
        "en",
        "2020-05-01",
    )
    assert len(projects(found)) == 2


def test_the_commune_said_as_a_district_s_is_the_plant_s_place() -> None:
    found = read(
        "A Thai company has opened a rubber latex processing plant in Loc Ninh district's Kravo"
        " commune, in Binh Phuoc province, Vietnam.",
        "en",
        "2020-05-01",
    )
    [where] = locations(found)
    assert where["locality"] == "Kravo"
