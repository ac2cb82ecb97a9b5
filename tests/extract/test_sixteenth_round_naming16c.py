"""Round sixteen, forming and naming projects and agreements: a plant said first with its
cost in a currency's code or with its floor area, named by its noun."""

from __future__ import annotations

from .reading import projects, read


def test_a_plant_said_first_with_a_cost_in_a_currency_code_is_named_by_its_noun() -> None:
    text = (
        "An EUR 12 million plant belonging to parts maker Zentra Works was opened in "
        "Tarvel, Morocco, on Monday. The factory will hire 90 workers."
    )
    assert projects(read(text, lang="en")) == {"Plant at Tarvel"}
    text = "A USD 40 million factory will be built in Tarvel, Morocco, by Zentra Works."
    assert projects(read(text, lang="en")) == {"Factory at Tarvel"}


def test_a_plant_said_first_with_its_floor_area_is_named_by_its_noun() -> None:
    text = (
        "Zentra Works opened a 9,500 square metre plant worth EUR 1.3 million in Tarvel, Morocco."
    )
    assert projects(read(text, lang="en")) == {"Plant at Tarvel"}
    text = "Zentra Works will build a 40-hectare factory in Tarvel, Morocco."
    assert projects(read(text, lang="en")) == {"Factory at Tarvel"}


def _titles(proposals: list[object]) -> set[str]:
    return {
        next(iter(p.plain_value().values()))  # type: ignore[attr-defined]
        for p in proposals
        if p.field == "title"  # type: ignore[attr-defined]
    }


def test_a_pact_is_an_agreement() -> None:
    text = (
        "Un pacte d’association a été signé lundi à Tarvel entre l’entreprise marocaine "
        "Zentra Group et le groupe coréen Kora Motors pour la réalisation d’une usine de camions."
    )
    proposals = read(text)
    assert _titles(proposals) == {"Pacte d’association"}
    assert {p.plain_value() for p in proposals if p.field == "instrument"} == {"partnership"}
    text = (
        "Zentra Group and Kora Motors signed an investment pact in Tarvel, Morocco, to build "
        "a truck plant."
    )
    assert _titles(read(text, lang="en")) == {"Investment pact"}


def test_a_locution_after_a_plant_noun_is_no_part_of_its_name() -> None:
    text = (
        "Zentra Ciments va réaliser à Tarvel, au Maroc, une nouvelle unité industrielle de "
        "production grâce à un investissement de 30 millions d’euros."
    )
    assert projects(read(text)) == {"Unité industrielle de production de Tarvel"}


def test_the_draft_of_a_decree_or_a_law_is_no_project() -> None:
    text = (
        "Le Conseil des ministres a approuvé un projet de décret relatif à une convention "
        "signée entre l’Etat et Zentra Ciments pour une cimenterie à Tarvel, au Maroc."
    )
    assert projects(read(text)) == {"Cimenterie de Tarvel"}
    text = "Le gouvernement a adopté un projet de loi sur la zone franche de Tarvel, au Maroc."
    assert projects(read(text)) == set()


def test_the_parties_an_agreement_is_between_are_no_part_of_a_qualified_title() -> None:
    text = (
        "Zentra Motors et Kora Group ont annoncé un partenariat stratégique entre le groupe "
        "marocain et le constructeur coréen pour une usine de camions à Tarvel, au Maroc."
    )
    assert _titles(read(text)) == {"Partenariat stratégique"}
    text = (
        "A memorandum of understanding (MoU) between Zentra Motors and Kora Group was signed "
        "on the project of a truck plant in Tarvel, Morocco."
    )
    assert _titles(read(text, lang="en")) == {"Memorandum of understanding"}
    # a bare noun is told apart by the parties it is between
    text = "Le projet s’inscrit dans le cadre d’un partenariat entre Tarvel et Kora Group."
    assert _titles(read(text)) == {"Partenariat entre Tarvel et Kora Group"}


def test_a_headline_plant_said_at_a_town_is_named_by_the_body_words() -> None:
    text = (
        "Zentra investit dans une cimenterie à KORO\n\n"
        "La société marocaine Zentra Ciments a lancé les travaux. La cimenterie de KORO "
        "aura une capacité de 1 million de tonnes par an."
    )
    assert projects(read(text)) == {"Cimenterie de KORO"}


def test_a_project_named_in_quotes_right_after_its_noun_takes_the_quoted_name() -> None:
    text = (
        "Zentra Group signed a memorandum on the project “Production of washing machines in "
        "Tarvel”. Work has begun on the construction of a new plant."
    )
    assert projects(read(text, lang="en")) == {"Production of washing machines in Tarvel"}
    text = "Zentra Group will build the factory “Nord Ceramics” in Tarvel, Morocco."
    assert projects(read(text, lang="en")) == {"Nord Ceramics"}
