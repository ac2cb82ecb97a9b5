"""Round seventeen, part three, places, figures and dates: a sum said of a country's yearly
bill abroad ("the country's $1 billion annual fertiliser import bill") is no plant's
investment, nor a company's share capital ("un capital social de 6 milliards de FCFA"); the
tonnes of carbon a plant spares the air ("réduire les émissions de carbone de 6000 tonnes
par an") are no output of it; a power ("10 mégawatts") stays a power when a
year is said elsewhere in its sentence; a plant that "comes on stream", "went online", is
its output begun; works launched with the day and the company between commas, however long
its name ("a lancé, la semaine dernière, avec des membres du groupe X, les travaux"); on an
undated page, a deadline ("d'ici 2019", "by June 2023") runs from the latest day the text
names; an agreement's countries are the ones its own sentence says, not the pair said
elsewhere of the plant or its company. Each was a figure, a date or a place the reader got
wrong on articles it had not seen (set V), written here as a rule of the language."""

from __future__ import annotations

from typing import Any

from .reading import read


def _values(proposals: list[Any], field: str) -> list[Any]:
    return [p.plain_value() for p in proposals if p.field == field]


def _sums(proposals: list[Any]) -> list[Any]:
    return [v["value"] for v in _values(proposals, "investment")]


def test_a_countrys_yearly_bill_abroad_is_no_investment() -> None:
    text = (
        "Zentra will build a urea plant in Varna. The minister said the plant will cut the "
        "country's $800 million annual fertiliser import bill."
    )
    assert _sums(read(text, lang="en")) == []
    text = (
        "Zentra will build a urea plant in Varna, which will reduce Bulgaria's $2 billion fuel "
        "import bill, and invest $400 million in it."
    )
    assert _sums(read(text, lang="en")) == [400_000_000]
    text = (
        "Zentra va construire une usine d'engrais à Oran. Elle réduira la facture énergétique de "
        "3 milliards de dollars du pays."
    )
    assert _sums(read(text)) == []
    # the bill said before another sum: that sum is still the plant's
    text = (
        "The country's import bill of $2 billion will fall, as Zentra invests $300 million in "
        "a urea plant at Varna."
    )
    assert _sums(read(text, lang="en")) == [300_000_000]


def test_a_companys_share_capital_is_no_investment() -> None:
    text = (
        "Le Gabon accueillera une usine de briques à Franceville avec un capital social de "
        "4 milliards de FCFA."
    )
    assert _sums(read(text)) == []
    text = (
        "Zentra, which has a registered capital of 90 million birr, will build a sugar mill "
        "at Adama."
    )
    assert _sums(read(text, lang="en")) == []
    # the company's capital said, then what it spends on the plant
    text = (
        "Zentra, une société au capital de 10 millions d'euros, investira 50 millions d'euros "
        "dans une usine à Oran."
    )
    assert _sums(read(text)) == [50_000_000]


def _capacities(proposals: list[Any]) -> list[tuple[Any, Any]]:
    return [(v["value"], v["unit"]) for v in _values(proposals, "capacity")]


def test_carbon_spared_is_no_output() -> None:
    text = (
        "Zentra va construire une usine de verre à Oran, qui permettra de réduire les "
        "émissions de carbone d'environ 8000 tonnes par an."
    )
    assert _capacities(read(text)) == []
    text = (
        "Zentra will build a glass plant in Varna that will cut CO2 emissions by 20,000 "
        "tonnes a year."
    )
    assert _capacities(read(text, lang="en")) == []
    text = "Zentra will build a glass plant in Varna that will avoid 50,000 tonnes of CO2 a year."
    assert _capacities(read(text, lang="en")) == []
    # what the plant makes, carbon in its name or emissions said in another clause
    text = "Zentra will build a plant in Varna to produce 5,000 tonnes of carbon fibre a year."
    assert _capacities(read(text, lang="en")) == [(5_000, "t/yr")]
    text = (
        "Zentra will build a steel plant in Varna which will cut emissions, and will produce "
        "30,000 tonnes of steel a year."
    )
    assert _capacities(read(text, lang="en")) == [(30_000, "t/yr")]


def test_a_power_stays_a_power_when_a_year_is_said_elsewhere() -> None:
    text = (
        # (the power station the project, not a part feeding a plant of another kind, whose
        # power is no output of that plant: round fifty-three)
        "Zentra construira à Oran une centrale solaire d'une capacité de "
        "12 mégawatts, qui produira de l'électricité toute l'année pour un coût annuel réduit."
    )
    assert (12, "MW") in _capacities(read(text))
    text = (
        "Zentra will build a 40 MW solar plant in Varna, with annual savings of ten percent on "
        "power costs."
    )
    assert (40, "MW") in _capacities(read(text, lang="en"))


def _dates(proposals: list[Any], field: str) -> list[tuple[Any, Any, Any]]:
    return [(v["raw"], v["earliest"], v["latest"]) for v in _values(proposals, field)]


def test_a_plant_coming_on_stream_is_its_output_begun() -> None:
    text = (
        "Zentra will build a urea plant in Varna. Analysts said that once the plant comes on "
        "stream within the next 30 months, Bulgaria could export urea."
    )
    assert _dates(read(text, lang="en"), "dates.operation_start") == [
        ("within the next 30 months", "2024-03-05", "2026-09-05")
    ]
    text = "Zentra will build a cement plant in Varna, which is expected to go on-stream by 2027."
    assert _dates(read(text, lang="en"), "dates.operation_start") == [
        ("by 2027", "2024-03-05", "2027-12-31")
    ]
    text = "Zentra opened a smelter in Varna. The smelter came on stream in March 2021."
    assert _dates(read(text, lang="en"), "dates.operation_start") == [
        ("in March 2021", "2021-03-01", "2021-03-31")
    ]


def test_works_launched_with_a_long_name_between_commas() -> None:
    text = (
        "L'Autorité de la zone, par le biais de son président, Karim Benali, a lancé, la "
        "semaine dernière, avec des membres du groupe industriel français Vitrabel, les "
        "travaux de construction d'une usine de verre à Oran."
    )
    proposals = read(text)
    assert _dates(proposals, "dates.construction_start") == [
        ("la semaine dernière", "2024-02-26", "2024-03-03")
    ]
    assert _values(proposals, "status") == ["construction"]
    text = (
        "Le ministre a lancé, mardi, en présence des dirigeants du groupe marocain Atlas "
        "Ciments, la construction d'une cimenterie à Oran."
    )
    assert _dates(read(text), "dates.construction_start") == [("mardi", "2024-03-05", "2024-03-05")]


def test_a_deadline_on_an_undated_page_runs_from_the_latest_day_it_names() -> None:
    text = (
        "Comme annoncé le lundi 13 mars 2023, Zentra a signé mardi 14 mars 2023 à Rabat un "
        "accord pour une usine de pneus à Tanger. Selon son PDG, la production devrait "
        "commencer d'ici 2025."
    )
    assert _dates(read(text, published=None), "dates.operation_start") == [
        ("d'ici 2025", "2023-03-14", "2025-12-31")
    ]
    text = (
        "On March 3, 2021, Zentra signed a deal to build a cement plant in Varna. The plant is "
        "expected to be operational by June 2023."
    )
    assert _dates(read(text, lang="en", published=None), "dates.operation_start") == [
        ("by June 2023", "2021-03-03", "2023-06-30")
    ]
    # a page that names no day: the deadline's end alone
    text = (
        "Zentra will build a cement plant in Varna. The plant is expected to be operational "
        "by 2027."
    )
    assert _dates(read(text, lang="en", published=None), "dates.operation_start") == [
        ("by 2027", None, "2027-12-31")
    ]


def _countries(proposals: list[Any], kind: str) -> list[Any]:
    return [
        p.plain_value()
        for p in proposals
        if p.field == "countries" and p.new is not None and p.new.kind == kind
    ]


def test_an_agreements_countries_are_said_in_its_own_sentence() -> None:
    text = (
        "L'industriel espagnol s'installe en Algérie. Zentra a signé mardi à Alger un accord "
        "portant sur l'implantation à Oran d'une usine de pneus."
    )
    proposals = read(text)
    assert _countries(proposals, "agreements") == []
    assert _countries(proposals, "projects") == [["DZ", "ES"]]
    text = (
        "The Turkish company Zentra will build a textile plant in Ashgabat. Zentra signed the "
        "contract on Monday with the ministry."
    )
    assert _countries(read(text, lang="en"), "agreements") == []
    # the pair said in the agreement's own sentence
    text = (
        "Zentra va construire une usine de pneus à Oran. L'Espagne et l'Algérie ont signé mardi "
        "un accord portant sur cette usine."
    )
    assert _countries(read(text), "agreements") == [["DZ", "ES"]]
