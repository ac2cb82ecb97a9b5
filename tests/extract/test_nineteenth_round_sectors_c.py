"""Round nineteen, part three, sectors and statuses. A plant said to have begun putting its
goods together ("began assembling light trucks", "a commencé à assembler des bus") is
working: operating, as one that "began producing" is (a start still ahead, "will begin
assembling", is none).
Sentences made up for the rules.

Each test failed with the reader as it was before its rule, except the guards, which say
where a rule stops."""

from __future__ import annotations

from .reading import read, statuses


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
