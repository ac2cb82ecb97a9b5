"""Round sixteen, places, figures and dates: datelines, a town said with its kind and its
region, the country of a subdivision said by its adjective, a price per unit, and how long
works are said to last."""

from __future__ import annotations

from bilat.store.extract.segment import folded
from bilat.store.extract.when import dates_in
from bilat.store.sources import publication_date

from .reading import projects, read


def _location(proposals: list[object]) -> list[dict[str, object]]:
    return [p.plain_value() for p in proposals if p.field == "location"]  # type: ignore[attr-defined]


def test_a_dateline_of_several_words_or_alone_on_its_line_is_no_plant_place() -> None:
    text = (
        "RABAT CITY (Reuters) – Zentra Motors will build a car plant in the state of "
        "Nuevo León, in Mexico."
    )
    assert [v["region"] for v in _location(read(text, lang="en"))] == ["Nuevo León"]
    text = "Zentra breaks ground\n\nANKARA\nZentra Motors will build a plant in Tarvel, Morocco."
    assert _location(read(text, lang="en")) == [
        {"country": "MA", "region": None, "locality": "Tarvel"}
    ]


def _dates(proposals: list[object], field: str) -> list[str]:
    return [p.value.raw for p in proposals if p.field == field]  # type: ignore[attr-defined]


def test_works_said_to_last_a_number_of_months_are_a_planned_completion() -> None:
    text = (
        "Zentra Holdings will build a cement plant in Tarvel, which will be completed in 30 months."
    )
    assert _dates(read(text, lang="en"), "dates.completion") == ["in 30 months"]
    text = (
        "Zentra Ciments va construire une cimenterie à Tarvel. La durée des travaux est "
        "estimée à 18 mois."
    )
    assert _dates(read(text), "dates.completion") == ["à 18 mois"]
    text = (
        "Zentra Ciments a lancé les travaux de sa cimenterie de Tarvel. Les travaux de cette "
        "firme d’une durée de 12 mois emploieront 300 personnes."
    )
    assert _dates(read(text), "dates.completion") == ["d’une durée de 12 mois"]


def test_a_plant_said_with_its_floor_area_is_no_new_plant() -> None:
    text = (
        "Zentra Chips will build a semiconductor plant in Tarvel. Our new site of 1.4 million "
        "square feet facility is expected to be completed by the end of 2024."
    )
    assert projects(read(text, lang="en")) == {"Semiconductor plant"}


def test_a_price_per_tonne_or_an_exchange_rate_is_no_investment() -> None:
    text = (
        "Zentra Ciments va investir 20 milliards FCFA dans une cimenterie à Tarvel. Grâce à "
        "cet investissement, le ciment coûtera 10 dollars américains par tonne de moins."
    )
    sums = [p.value.value for p in read(text) if p.field == "investment"]  # type: ignore[attr-defined]
    assert sums == [20_000_000_000]
    text = (
        "Zentra Steel will invest $300 million in a steel mill in Tarvel, and sell its "
        "rebar at $450 per ton."
    )
    sums = [p.value.value for p in read(text, lang="en") if p.field == "investment"]  # type: ignore[attr-defined]
    assert sums == [300_000_000]
    text = (
        "Zentra Motors va investir 3,4 milliards de dollars (1 dollar = 0,95 euro) dans une "
        "usine à Tarvel."
    )
    sums = [p.value.value for p in read(text) if p.field == "investment"]  # type: ignore[attr-defined]
    assert sums == [3_400_000_000]


def test_a_province_said_after_a_company_and_in_is_where_the_plant_is() -> None:
    text = (
        "Turkish investors opened a fiber factory in Uzbekistan. The fiber factory "
        "established by Zentra Company in Fergana Province was opened on Monday."
    )
    assert _location(read(text, lang="en")) == [
        {"country": "UZ", "region": "Fergana", "locality": None}
    ]


def test_a_municipality_said_with_its_country_adjective_is_in_that_country() -> None:
    text = (
        "A Chinese company will build a plastic recycling plant in the Georgian "
        "municipality of Tarvel."
    )
    assert _location(read(text, lang="en")) == [
        {"country": "GE", "region": None, "locality": "Tarvel"}
    ]


def test_a_town_said_in_its_sub_prefecture_is_in_that_region() -> None:
    text = (
        "Zentra Ciments va construire une cimenterie au Congo, à Tarvel, dans la "
        "sous-préfecture de Brolin, à 27 km de Pointe-Noire."
    )
    assert _location(read(text)) == [{"country": "CG", "region": "Brolin", "locality": "Tarvel"}]


def test_a_town_said_as_the_town_of_x_is_where_the_plant_is_said_to_be() -> None:
    text = (
        "Serbia signed a deal with Zentra Motors to revive the country's only car plant, "
        "Zastra. The government will build roads in the central town of Tarvel, Serbia, "
        "where Zastra is located. It will also create a tax-free zone in Tarvel."
    )
    starts = [p.start for p in read(text, lang="en") if p.field == "location"]  # type: ignore[attr-defined]
    assert starts and starts[0] < text.index("tax-free")


def _raw_dates(text: str) -> list[tuple[str | None, str | None, str | None]]:
    fold = folded(text)
    when = publication_date("2017-05-10")
    return [
        (d.value.raw, d.value.earliest, d.value.latest)
        for d in dates_in(text, fold, 0, len(fold), when)
    ]


def test_the_beginning_of_a_year_is_its_first_quarter() -> None:
    said = _raw_dates("Zentra will start construction work at the beginning of 2018.")
    assert said == [("at the beginning of 2018", "2018-01-01", "2018-03-31")]
    said = _raw_dates("The plant will open at the end of 2026.")
    assert said == [("at the end of 2026", "2026-10-01", "2026-12-31")]


def test_a_common_noun_after_an_elided_article_is_no_region() -> None:
    text = (
        "La société américaine Zentra Lithium a commencé à produire du lithium en Argentine, "
        "a-t-elle déclaré aux États-Unis.\n\nL'usine de Tarvel, dans la province de Salta, "
        "représente un investissement de 790 millions de dollars."
    )
    assert _location(read(text)) == [{"country": "AR", "region": "Salta", "locality": None}]


def test_a_town_said_in_a_province_the_world_knows_is_in_that_province_country() -> None:
    text = (
        "Korean-funded Zentra Vina Co. Ltd. and Korea Circuit Co. Ltd. kicked off the "
        "construction of an electronic component plant in Tarvel industrial cluster in the "
        "northern province of Vinh Phuc on September 30."
    )
    assert _location(read(text, lang="en")) == [
        {"country": "VN", "region": "Vinh Phuc", "locality": "Tarvel"}
    ]
