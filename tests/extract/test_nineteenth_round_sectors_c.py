"""Round nineteen, part three, sectors and statuses. A plant said to have begun putting its
goods together ("began assembling light trucks", "a commencé à assembler des bus") is
working: operating, as one that "began producing" is (a start still ahead, "will begin
assembling", is none). A trade said of a company ("the Korean automobile company's plant",
"Global automotive gearbox manufacturer X") is where the plant's trade is quoted only until
the plant's own output says it ("the plant began assembling light trucks", "the factory will
produce electric buses"): there the analyst quotes the plant's sector and the sector's name.
Sentences made up for the rules.

Each test failed with the reader as it was before its rule, except the guards, which say
where a rule stops."""

from __future__ import annotations

from typing import Any

from .reading import read, statuses


def _quotes(found: list[Any], field: str) -> list[str]:
    """The quotes of the proposals of ``field`` about new projects ("sectors") or of the new
    sectors' names ("name")."""
    return [
        p.quote
        for p in found
        if p.field == field
        and p.new is not None
        and p.new.kind == ("sectors" if field == "name" else "projects")
    ]


def test_a_plant_that_began_assembling_is_operating() -> None:
    cases = [
        ("The Zentra plant in Korvel began assembling light trucks last month.", "en"),
        ("The Zentra factory in Korvel has started manufacturing buses for the region.", "en"),
        ("L'usine de Zentra à Korvel a commencé à assembler des autobus en mars.", "fr"),
        ("L'usine de Zentra à Korvel a démarré l'assemblage des premiers tracteurs.", "fr"),
    ]
    for text, lang in cases:
        assert "operating" in statuses(read(text, lang=lang)), text
    # guards: a start still ahead, and works begun on the plant itself
    for text, lang in (
        ("The Zentra plant in Korvel will begin assembling light trucks next year.", "en"),
        ("L'usine de Zentra à Korvel commencera à assembler des autobus en 2026.", "fr"),
        ("Zentra began building its plant in Korvel last month.", "en"),
    ):
        assert "operating" not in statuses(read(text, lang=lang)), text


def test_a_plant_s_own_output_is_its_trade_s_quote_not_its_maker_s_trade() -> None:
    cases = [
        (
            "The minister drove a truck assembled at the Korean automobile company's plant in "
            "Korvel. The Zentra plant in Korvel began assembling light trucks in May.",
            "en",
            "trucks",
        ),
        (
            "Global automotive gearbox manufacturer Zentra has officially opened a new factory, "
            "creating 180 jobs. Situated in Korvel, the factory will produce electrified "
            "powertrains for the nearby carmaker.",
            "en",
            "powertrains",
        ),
        (
            "L'activité cimentière du groupe Zentra s'étend au Tarvel. La construction de cette "
            "unité de fabrication de ciment à Korvel a coûté 40 millions d'euros.",
            "fr",
            "ciment",
        ),
    ]
    for text, lang, quote in cases:
        found = read(text, lang=lang)
        assert _quotes(found, "name") == [quote], text
        said = [p for p in found if p.field == "name" and p.new and p.new.kind == "sectors"]
        assert said[0].start == text.rindex(quote), text
        assert quote in _quotes(found, "sectors"), text
    # guards: a company's trade with no output of the plant said stays the quote; so does
    # one the company itself is then said to make ("The company will manufacture …"); and a
    # plant's own words ("a cement plant") stay its sector's quote
    found = read(
        "The Korean automobile company Zentra opened its plant in Korvel in May.", lang="en"
    )
    assert _quotes(found, "name") == ["automobile"]
    text = (
        "A Korean cement manufacturer has signed a deal to set up a factory in Korvel. The "
        "company will manufacture cement for the local market."
    )
    said = [
        p for p in read(text, lang="en") if p.field == "name" and p.new and p.new.kind == "sectors"
    ]
    assert [p.start for p in said] == [text.index("cement")]
    text = (
        "Zentra, a Korean cement company, opened a cement plant in Korvel. The plant will "
        "produce cement and ready-mix concrete."
    )
    said = [p for p in read(text, lang="en") if p.field == "sectors"]
    assert said and said[0].start == text.index("cement plant")
