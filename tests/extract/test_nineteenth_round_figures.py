"""Round nineteen, places, figures and dates: a signing verb is a whole word ("designed" is
none), a decade ("set up in the 1980s"), a year and a half ("d'ici à un an et demi"), the
direct staff a plant can employ, a pair of counts whose first leaves its noun to the second
("60,000 direct and 200,000 indirect jobs"), a sum whose space the page wrote as another
sign ("660°millions"), the employees of many plants. Each was a figure or a date the reader
got wrong on articles it had not seen, written here as a rule of the language."""

from __future__ import annotations

from typing import Any

from .reading import dates_said, read


def _values(proposals: list[Any], field: str) -> list[Any]:
    return [p.plain_value() for p in proposals if p.field == field]


def _jobs(text: str, lang: str = "en") -> list[tuple[Any, Any]]:
    return [(v["value"], v["job_type"]) for v in _values(read(text, lang=lang), "jobs")]


# -- dates -------------------------------------------------------------------------------


def test_designed_is_no_signing() -> None:
    text = (
        "Zentra was awarded a contract to renovate a cement plant in Varna. It will spend $110 "
        "million to reach 90% of the plant's designed capacity in 36 months."
    )
    proposals = read(text, lang="en")
    assert _values(proposals, "events") == []
    assert "signed" not in _values(proposals, "status")
    # the verb itself still is
    text = "Zentra signed a contract to renovate a cement plant in Varna on Monday."
    assert [v["type"] for v in _values(read(text, lang="en"), "events")] == ["signed"]


def test_a_decade() -> None:
    assert dates_said("The plant in Varna was set up in the 1980s.") == [
        ("the 1980s", "1980-01-01", "1989-12-31")
    ]
    assert dates_said("L'usine d'Oran a été créée dans les années 1990.") == [
        ("années 1990", "1990-01-01", "1999-12-31")
    ]
    assert dates_said("L'usine d'Oran date des années 80.")[0][1:] == ("1980-01-01", "1989-12-31")
    # a year alone stays a year
    assert dates_said("The plant in Varna was set up in 1980.") == [
        ("1980", "1980-01-01", "1980-12-31")
    ]


def test_a_year_and_a_half() -> None:
    for text in (
        "L'usine d'Oran produira, d’ici à un an et demi, des voitures.",
        "The plant in Varna will open within a year and a half.",
        "The plant in Varna will open in one and a half years.",
    ):
        [(_, earliest, latest)] = dates_said(text, "2024-05-10")
        assert (earliest, latest) == ("2024-05-10", "2025-11-10"), text
    # a year alone stays a year
    [(_, earliest, latest)] = dates_said("L'usine d'Oran produira d'ici un an.", "2024-05-10")
    assert (earliest, latest) == ("2024-05-10", "2025-05-10")


# -- figures -----------------------------------------------------------------------------


def test_the_direct_staff_a_plant_can_employ() -> None:
    text = "With the capacity to employ 600 direct staff, the Zentra plant in Varna makes cables."
    assert _jobs(text) == [(600, "direct")]
    text = "The Zentra plant in Varna will employ 300 indirect workers."
    assert _jobs(text) == [(300, "indirect")]
    # the staff said without a kind stays a total
    text = "The Zentra plant in Varna will employ 600 local staff."
    assert _jobs(text) == [(600, "total")]


def test_a_pair_of_counts_the_first_without_its_noun() -> None:
    text = (
        "The Zentra plant in Varna can generate an estimated 6,000 direct and 20,000 indirect jobs."
    )
    assert _jobs(text) == [(6000, "direct"), (20000, "indirect")]
    text = "L'usine de Zentra à Oran créera 500 directs et 1 500 emplois indirects."
    assert _jobs(text, "fr") == [(500, "direct"), (1500, "indirect")]
    # a count of something else before the pair's word is none
    text = "The Zentra plant in Varna, on 60 hectares, will create 800 direct jobs."
    assert _jobs(text) == [(800, "direct")]


def test_a_sum_whose_space_is_another_sign() -> None:
    text = "Zentra investira 660°millions d’euros dans une usine à Oran."
    [money] = _values(read(text), "investment")
    assert (money["value"], money["currency"]) == (660_000_000, "EUR")
    # a temperature stays none
    text = "Zentra construira une usine à Oran, où il fait 45°C en été."
    assert _values(read(text), "investment") == []


def test_the_employees_of_many_plants() -> None:
    text = (
        "Zentra will build a cable plant in Varna. There are reportedly 50 000 employees "
        "working in the country's state-owned plants and companies."
    )
    assert _jobs(text) == []
    # the staff working at the plant are its own
    text = "Zentra will build a cable plant in Varna, with 500 employees working at the plant."
    assert _jobs(text) == [(500, "total")]


def test_a_plant_set_up_in_a_past_decade() -> None:
    text = (
        "Zentra will renovate the cement plant in Varna. The plant in Varna, 40 km north of "
        "Sofia, was set up in the 1980s and is operating at 20% of its capacity."
    )
    [start] = _values(read(text, lang="en"), "dates.operation_start")
    assert (start["earliest"], start["latest"]) == ("1980-01-01", "1989-12-31")
    # the company set up then is no plant's start
    text = "Zentra, which was set up in the 1980s, will build a cement plant in Varna, Bulgaria."
    assert _values(read(text, lang="en"), "dates.operation_start") == []


def test_a_markets_size_is_no_capacity() -> None:
    text = (
        "Zentra investira 60 millions d'euros dans une usine à Oran, qui produira 80 000 "
        "voitures par an. Le marché algérien sera alors de deux millions de véhicules par an."
    )
    assert [v["value"] for v in _values(read(text), "capacity")] == [80_000]
    text = (
        "Zentra will build a plant in Varna to make 50,000 cars a year for a market of "
        "400,000 cars a year."
    )
    assert [v["value"] for v in _values(read(text, lang="en"), "capacity")] == [50_000]


def test_a_date_opened_by_a_partir_de() -> None:
    text = "Zentra construira une usine à Oran qui sera opérationnelle à partir de 2027."
    [start] = _values(read(text), "dates.operation_start")
    assert (start["raw"], start["earliest"]) == ("à partir de 2027", "2027-01-01")
    # "à" alone still opens its date as before
    text = "Zentra construira une usine à Oran qui sera opérationnelle à la fin 2027."
    [start] = _values(read(text), "dates.operation_start")
    assert start["raw"] == "à la fin 2027"


def test_a_date_another_cue_claims_is_no_signing() -> None:
    text = (
        "Zentra a signé jeudi une convention pour deux usines à Oran. La première usine sera "
        "opérationnelle à partir de 2027, tandis que la seconde sera établie plus tard."
    )
    proposals = read(text)
    assert "2027" not in [v["date"]["raw"] for v in _values(proposals, "events")]
    assert [v["earliest"] for v in _values(proposals, "dates.operation_start")] == ["2027-01-01"]
    # a date said before the signing, no cue of its own between, stays the signing's
    text = "Le 3 mars 2024, Zentra a signé une convention pour une usine à Oran."
    assert [v["date"]["earliest"] for v in _values(read(text), "events")] == ["2024-03-03"]


# -- places ------------------------------------------------------------------------------


def test_a_plant_set_to_be_built_in_a_country() -> None:
    for text in (
        "A new Zentra assembly plant is set to be erected in Bulgaria.",
        "A new Zentra cable plant is expected to be built in Bulgaria next year.",
    ):
        assert [
            (v["country"], v["locality"]) for v in _values(read(text, lang="en"), "location")
        ] == [("BG", None)], text
    # a plant said to be somewhere, no verb of its building, stays as it was
    text = "Zentra is set to be listed in Bulgaria."
    assert _values(read(text, lang="en"), "location") == []
