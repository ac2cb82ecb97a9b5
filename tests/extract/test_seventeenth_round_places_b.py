"""Round seventeen, part two, places, figures and dates: a sum said as a range ("1 to 1.5
billion dollars", "between $200 million and $300 million") and a sum before and after a change
that is none; a capacity said in one hyphened word ("a 2 million-tonne-a-year smelter");
jobs for so many people of a nationality ("employment opportunities for 5,421 Bangladeshi
nationals"); "pas moins de", "no less than" as a floor, and what a plant makes "à plein
régime", in a year said before it; works and output begun with the day or an adverb after
the verb ("a lancé hier la construction", "a officiellement lancé vendredi la production",
"launched production on Friday"); works begun said in the pluperfect, which date them and
say no state now; the first of a plant's output delivered, and a yearly output "à partir de
2009", as its start; a plant's countries said in its own sentence ("L'entreprise marocaine
X va construire une savonnerie à Thiès, au Sénégal") before the pair said elsewhere ("entre
le Maroc et le Sénégal") where it says whose the plant is, a country said of a person's
post ("Ugandan President") aside. Each was a figure, a date or a place the reader got wrong
on articles it had not seen (set U), written here as a rule of the language."""

from __future__ import annotations

from typing import Any

from .reading import read


def _values(proposals: list[Any], field: str) -> list[Any]:
    return [p.plain_value() for p in proposals if p.field == field]


def _bounds(proposals: list[Any], field: str) -> list[tuple[Any, Any, Any]]:
    return [(v["value"], v["min"], v["max"]) for v in _values(proposals, field)]


def test_a_sum_said_as_a_range_is_its_bounds() -> None:
    text = (
        "Zentra will build a smelting plant in Varna, with a total investment of 2 to 2.5 "
        "billion U.S. dollars."
    )
    assert _bounds(read(text, lang="en"), "investment") == [(None, 2_000_000_000, 2_500_000_000)]
    text = "Zentra will invest between $200 million and $300 million in a plant at Varna."
    assert _bounds(read(text, lang="en"), "investment") == [(None, 200_000_000, 300_000_000)]
    text = "Zentra investira entre 200 et 300 millions d'euros dans une usine à Oran."
    assert _bounds(read(text), "investment") == [(None, 200_000_000, 300_000_000)]
    # a sum before and after a change is no range
    text = "Zentra a porté son investissement dans l'usine d'Oran de 200 à 300 millions d'euros."
    assert _bounds(read(text), "investment") == [(300_000_000, None, None)]
    text = "Zentra increased its investment in the Varna plant from $200 million to $300 million."
    assert (None, 200_000_000, 300_000_000) not in _bounds(read(text, lang="en"), "investment")


def test_a_capacity_said_in_one_hyphened_word() -> None:
    text = "Zentra will build a 2 million-tonne-a-year smelting plant in Varna, Bulgaria."
    assert [(v["value"], v["unit"]) for v in _values(read(text, lang="en"), "capacity")] == [
        (2_000_000, "t/yr")
    ]
    text = "Zentra opened a 500,000-ton-per-year cement plant in Varna."
    assert [(v["value"], v["unit"]) for v in _values(read(text, lang="en"), "capacity")] == [
        (500_000, "t/yr")
    ]
    # the size of a thing, with no period, is no capacity
    text = "Zentra will build a cement plant in Varna, and bought a 40-tonne crane for the site."
    assert _values(read(text, lang="en"), "capacity") == []


def test_jobs_for_people_said_by_their_nationality() -> None:
    text = "The plant in Varna will create employment opportunities for 5,421 Bulgarian nationals."
    assert [v["value"] for v in _values(read(text, lang="en"), "jobs")] == [5421]
    text = "Zentra's Varna plant will provide jobs for 800 Bulgarian citizens."
    assert [v["value"] for v in _values(read(text, lang="en"), "jobs")] == [800]
    text = "Zentra's Varna plant will employ 800 Kenyan workers."
    assert [v["value"] for v in _values(read(text, lang="en"), "jobs")] == [800]
    # people who build it are no jobs of the plant
    text = "Zentra's Varna plant will be built by 800 Chinese engineers."
    assert _values(read(text, lang="en"), "jobs") == []


def test_no_less_than_at_full_capacity_in_a_year_said_before() -> None:
    text = (
        "Zentra a lancé la construction de son usine de Varna. En 2011, lorsque l'usine "
        "tournera à plein régime, pas moins de 250 000 unités devraient sortir du site."
    )
    found = _values(read(text), "capacity")
    assert [(v["min"], v["unit"], v["qualifier"]) for v in found] == [
        (250_000, "units/yr", "at_least")
    ]
    text = (
        "Zentra is building a car plant at Varna. At full capacity, the plant will produce no "
        "less than 150,000 vehicles."
    )
    assert [(v["min"], v["qualifier"]) for v in _values(read(text, lang="en"), "capacity")] == [
        (150_000, "at_least")
    ]
    text = "Zentra is building a car plant at Varna. By 2030 the plant will turn out 90,000 cars."
    assert [v["unit"] for v in _values(read(text, lang="en"), "capacity")] == ["units/yr"]
    # no year said: so many units, no period
    text = "Zentra is building a car plant at Varna. At full capacity it will turn out 90,000 cars."
    assert [v["unit"] for v in _values(read(text, lang="en"), "capacity")] == ["units"]


def _dates(proposals: list[Any], key: str) -> list[tuple[str, str]]:
    return [(v["raw"], v["earliest"]) for v in _values(proposals, f"dates.{key}")]


def test_works_and_output_begun_with_the_day_after_the_verb() -> None:
    text = "Zentra a lancé hier la construction d'une usine à Varna."
    found = read(text, published="2024-09-14")
    assert _dates(found, "construction_start") == [("hier", "2024-09-13")]
    text = "C'est hier que Zentra en a lancé officiellement la construction, à Varna, de son usine."
    assert _values(read(text), "status") == ["construction"]
    text = (
        "Le fabricant Zentra a officiellement lancé vendredi la production de pneus dans son "
        "usine de Varna."
    )
    found = read(text, published="2024-09-14")
    assert _dates(found, "operation_start") == [("vendredi", "2024-09-13")]
    assert _values(found, "status") == ["operating"]
    text = "Zentra officially launched production on Friday at its tyre plant in Varna."
    found = read(text, lang="en", published="2024-09-14")
    assert _dates(found, "operation_start") == [("on Friday", "2024-09-13")]
    # production still to be launched is no plant working
    text = "Zentra va construire une usine à Varna, dont la production sera lancée en 2026."
    assert "operating" not in _values(read(text), "status")


def test_works_begun_said_before_the_news_date_them_only() -> None:
    text = (
        "Zentra a lancé vendredi la production dans son usine de Varna. La construction de "
        "l'usine de Varna avait commencé en 2019."
    )
    found = read(text, published="2024-09-14")
    assert _dates(found, "construction_start") == [("en 2019", "2019-01-01")]
    assert _values(found, "status") == ["operating"]
    # said in the perfect, the works are under way now
    text = "La construction de l'usine Zentra de Varna a commencé en mars 2023."
    found = read(text, published="2024-09-14")
    assert _dates(found, "construction_start") == [("en mars 2023", "2023-03-01")]
    assert _values(found, "status") == ["construction"]


def test_first_output_delivered_and_a_yearly_output_from_a_year_start_it() -> None:
    text = (
        "Zentra a ouvert une usine à Varna. Sa filiale livrera dans les douze prochains mois "
        "les premiers moteurs."
    )
    found = read(text, published="2024-09-14")
    assert _dates(found, "operation_start") == [("dans les douze prochains mois", "2024-09-14")]
    text = "Zentra is building an engine plant at Varna. It will deliver its first engines in 2026."
    assert _dates(read(text, lang="en"), "operation_start") == [("in 2026", "2026-01-01")]
    text = (
        "Zentra a lancé la construction d'une usine à Varna et table sur une production "
        "annuelle de 200 000 véhicules à partir de 2026."
    )
    assert [e for _, e in _dates(read(text), "operation_start")] == ["2026-01-01"]
    text = (
        "Zentra is building a car plant at Varna, with an annual output of 90,000 cars from 2027."
    )
    assert [e for _, e in _dates(read(text, lang="en"), "operation_start")] == ["2027-01-01"]
    # its first shareholders, no output
    text = "Zentra a ouvert une usine à Varna. Elle a réuni en 2020 ses premiers actionnaires."
    assert _dates(read(text), "operation_start") == []


def _countries_quotes(text: str, lang: str) -> list[str]:
    return [p.quote for p in read(text, lang=lang) if p.field == "countries"]


def test_the_plants_own_sentence_says_its_countries_before_a_pair_said_elsewhere() -> None:
    text = (
        "L'entreprise marocaine Zentra va construire une savonnerie à Thiès, au Sénégal. Zentra "
        "emploiera 300 personnes. Les échanges entre le Maroc et le Sénégal ont doublé en dix ans."
    )
    assert _countries_quotes(text, "fr") == [
        "marocaine Zentra va construire une savonnerie à Thiès, au Sénégal"
    ]
    text = (
        "Chinese company Zentra will build a tyre plant in Zrenjanin, Serbia. The plant will "
        "employ 300 people. Trade between China and Serbia increased last year."
    )
    assert _countries_quotes(text, "en") == [
        "Chinese company Zentra will build a tyre plant in Zrenjanin, Serbia"
    ]
    # the countries of people who build it say not whose it is
    text = (
        "Russian engineers build the Aswan cement plant in Egypt. The plant is the largest "
        "project between Russia and Egypt."
    )
    assert _countries_quotes(text, "en") == ["between Russia and Egypt"]
    # a country said of a person's post is not whose the plant is: the pair's words stay
    text = (
        "Ugandan President Yoweri Museveni on Tuesday launched a Chinese industrial project in "
        "Tororo. The project will create 3,000 jobs. It is part of the cooperation between "
        "China and Uganda."
    )
    assert _countries_quotes(text, "en") == ["between China and Uganda"]
    text = (
        "Le président sénégalais a inauguré mardi une savonnerie marocaine à Thiès. Elle "
        "emploiera 300 personnes. Elle illustre la coopération entre le Maroc et le Sénégal."
    )
    assert _countries_quotes(text, "fr") == ["entre le Maroc et le Sénégal"]
