"""Round seventeen, places, figures and dates: the Bulgarian lev, jobs "directly and
indirectly", a company's worth and a trade flow that are no sum invested, an area that is
no thing made, the staff of a group or of projects already made that is no plant's, a start
"in around five years", a plant "opérationnelle en 2015" or that "will start work", a
town said "near" or as a zone's, a named zone said in a town, the English article "a" that
is no "à", and a region named by where it lies that is no town. Each was a figure, a date or
a place the reader got wrong on articles it had not seen (set T), written here as a rule of
the language."""

from __future__ import annotations

from typing import Any

from .reading import read


def _values(proposals: list[Any], field: str) -> list[Any]:
    return [p.plain_value() for p in proposals if p.field == field]


def _one(proposals: list[Any], field: str, key: str) -> list[Any]:
    return [v[key] for v in _values(proposals, field)]


def test_the_bulgarian_lev_is_a_currency() -> None:
    text = "Zentra Bulgaria will invest 24 million leva in a factory in Plovdiv."
    assert _one(read(text, lang="en"), "investment", "currency") == ["BGN"]
    text = "Zentra investira 9 millions de levs bulgares dans une usine à Plovdiv."
    assert _one(read(text), "investment", "currency") == ["BGN"]
    # "Lev" as a first name after a sum is no currency
    text = "Zentra will invest $24 million in a factory in Plovdiv, Lev Petrov said."
    assert _one(read(text, lang="en"), "investment", "currency") == ["USD"]


def test_jobs_said_directly_and_indirectly_are_the_total() -> None:
    text = (
        "The new owner of the Varna plant, Zentra, will create 75 new jobs directly and indirectly."
    )
    assert _values(read(text, lang="en"), "jobs")[0]["job_type"] == "total"
    text = "L'usine de Zentra à Oran créera 320 emplois directement et indirectement."
    assert _values(read(text), "jobs")[0]["job_type"] == "total"
    # one adverb alone is its kind
    text = "The new Zentra plant at Varna will create 75 jobs directly."
    assert _values(read(text, lang="en"), "jobs")[0]["job_type"] == "direct"


def test_a_companys_worth_or_a_trade_flow_is_no_sum_invested() -> None:
    text = (
        "Zentra will build a cable plant at Varna. Zentra, valued at € 61.2 million on the "
        "Istanbul Stock Exchange, was founded in 1980."
    )
    assert _values(read(text, lang="en"), "investment") == []
    text = (
        "Zentra will build a zirconia plant at Varna. It will replace a further $4.2 million "
        "in imports annually."
    )
    assert _values(read(text, lang="en"), "investment") == []
    text = (
        "Zentra va construire une usine à Oran. Le groupe, d'une capitalisation boursière de "
        "3 milliards d'euros, est présent dans 20 pays."
    )
    assert _values(read(text), "investment") == []
    # a plant's own worth is still its sum
    text = "Zentra will build a plant at Varna, valued at $40 million."
    assert _one(read(text, lang="en"), "investment", "value") == [40000000]


def test_an_area_is_no_thing_made() -> None:
    text = (
        "The production buildings of the Zentra plant at Varna will occupy about 5200 "
        "square meters."
    )
    assert _values(read(text, lang="en"), "capacity") == []
    text = "L'usine de Zentra à Oran, dédiée à la production de pneus, occupera 9000 mètres carrés."
    assert _values(read(text), "capacity") == []
    # things made that are called meters are counted
    text = "The Zentra plant at Varna will produce 80,000 electric meters per year."
    assert _one(read(text, lang="en"), "capacity", "value") == [80000]


def test_a_groups_staff_or_projects_jobs_are_no_plants() -> None:
    text = (
        "Zentra va construire une usine à Oran qui emploiera 300 personnes. Le groupe possède "
        "plus de 140 usines dans le monde employant 18.000 personnes."
    )
    assert _one(read(text), "jobs", "value") == [300]
    text = (
        "Zentra will build a plant at Varna that will employ 300 people. The group employs "
        "9,000 people worldwide."
    )
    assert _one(read(text, lang="en"), "jobs", "value") == [300]
    text = (
        "Zentra va construire une usine à Oran qui emploiera 300 personnes. Les projets "
        "coréens en Algérie ont permis de créer 12.400 emplois dans ce pays."
    )
    assert _one(read(text), "jobs", "value") == [300]
    text = (
        "Zentra va construire une usine à Oran qui emploiera 300 personnes. Zentra produit "
        "depuis 2001 en Algérie, où il emploie 2.100 personnes."
    )
    assert _one(read(text), "jobs", "value") == [300]
    # the plant's own jobs, said with the country
    text = "Zentra will build a plant at Varna that will create 500 jobs in the country."
    assert _one(read(text, lang="en"), "jobs", "value") == [500]


def test_a_start_in_around_so_many_years() -> None:
    text = (
        "Zentra will invest in a new cable plant at Varna. The plant is expected to start "
        "work in around four years."
    )
    dates = _values(read(text, lang="en", published="2020-03-05"), "dates.operation_start")
    assert [(d["raw"], d["earliest"]) for d in dates] == [("in around four years", "2024-01-01")]
    text = (
        "Zentra va construire une usine de pneus à Oran. L'usine commencera à fonctionner "
        "dans environ trois ans."
    )
    dates = _values(read(text, published="2020-03-05"), "dates.operation_start")
    assert [d["earliest"] for d in dates] == ["2023-01-01"]


def test_a_plant_operational_at_a_date_or_starting_work() -> None:
    text = (
        "Zentra va construire une usine de pneus au Maroc. Cette usine sera implantée dans "
        "la ville de Kénitra et opérationnelle en 2027, selon un communiqué."
    )
    dates = _values(read(text), "dates.operation_start")
    assert [d["raw"] for d in dates] == ["en 2027"]
    text = "Zentra will build a tyre plant at Varna. The plant should be operational by 2027."
    dates = _values(read(text, lang="en"), "dates.operation_start")
    assert [d["latest"] for d in dates] == ["2027-12-31"]
    # work on the site is its building, not its output
    text = (
        "Zentra will build a tyre plant at Varna. Contractors will start work on the plant in 2025."
    )
    assert _values(read(text, lang="en"), "dates.operation_start") == []


def test_a_town_said_near_or_as_a_zones_is_the_town() -> None:
    text = "Zentra Bulgaria will invest 24 million leva in a factory near Plovdiv, Bulgaria."
    assert _one(read(text, lang="en"), "location", "locality") == ["Plovdiv"]
    text = "Zentra will build a tyre factory in the industrial zone of Plovdiv, in Bulgaria."
    assert _one(read(text, lang="en"), "location", "locality") == ["Plovdiv"]
    text = "Zentra va construire une usine de pneus près de Plovdiv, en Bulgarie."
    assert _one(read(text), "location", "locality") == ["Plovdiv"]
    # a region said "in" stays a region
    text = "Zentra will build a tyre factory in the Plovdiv province, Bulgaria."
    assert _one(read(text, lang="en"), "location", "locality") == [None]


def test_a_zone_said_in_a_town_is_in_that_town() -> None:
    text = (
        "La société Zentra Vietnam va construire une usine de pneus dans la zone industrielle "
        "de Trang Due, dans la ville de Hai Phong."
    )
    proposals = read(text)
    assert _one(proposals, "location", "locality") == ["Hải Phòng"]
    assert [p.quote for p in proposals if p.field == "location"] == [
        "dans la zone industrielle de Trang Due, dans la ville de Hai Phong"
    ]
    text = (
        "Zentra Vietnam will build a tyre plant in the Trang Due industrial zone, in the city "
        "of Haiphong."
    )
    assert _one(read(text, lang="en"), "location", "locality") == ["Haiphong"]
    # a zone said with no town word after it keeps its own name
    text = "Zentra Vietnam will build a tyre plant in the Trang Due industrial zone in Haiphong."
    assert _one(read(text, lang="en"), "location", "locality") == ["Trang Due industrial zone"]


def _places(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    return [(v["region"], v["locality"]) for v in _values(read(text, lang=lang), "location")]


def test_the_english_article_a_says_no_town() -> None:
    text = "Zentra, a Korean group, has bought a Queensland sugar mill at Mackay."
    assert _places(text, "en") == [("Queensland", "Mackay")]
    text = "Zentra, a Korean group, will build a Tasmania zinc smelter at Hobart, Australia."
    assert [locality for _, locality in _places(text, "en")] == ["Hobart"]
    # the French "à" still says the town
    text = "Le groupe Zentra va construire une usine de pneus à Sétif."
    assert _places(text, "fr") == [("Sétif", "Sétif")]


def test_a_region_named_by_where_it_lies_is_no_town() -> None:
    text = "Zentra, a Korean group, will build a zirconia plant in Western Australia."
    assert _places(text, "en") == [("Western Australia", None)]
    text = "Zentra, a Chinese group, will build a cement plant in Northern Cape, South Africa."
    assert _places(text, "en") == [("Northern Cape", None)]
    text = "Zentra, a Chinese group, will build a cement plant in Central Java, Indonesia."
    assert _places(text, "en") == [("Central Java", None)]
    # a region sharing its name with its chief town still says the town
    text = "Zentra, a Korean group, will build a tyre plant in Mendoza, Argentina."
    assert _places(text, "en") == [("Mendoza", "Mendoza")]
