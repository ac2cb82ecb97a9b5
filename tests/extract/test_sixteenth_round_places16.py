"""Round sixteen, places, figures and dates: datelines, a town said with its kind and its
region, the country of a subdivision said by its adjective, a price per unit, and how long
works are said to last."""

from __future__ import annotations

from .reading import read


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
