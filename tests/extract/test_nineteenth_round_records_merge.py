"""Records: when two mentions are one record, the nineteenth round's merge part.

- "une convention pour la réalisation d'un projet industriel … compte construire deux usines
  … La première usine sera construite à X, tandis que la seconde …": plants counted and
  told apart by their rank, after a project they are built for, are that project's
  components, named by their rank as the text says it ("Première usine", "Seconde usine"),
  not records of their own; what is said of them goes to the project, their towns aside (it
  lies in both).
  Ranked plants with no project said before them stay records of their own.
- "Le Niger et la Turquie signent un accord" over "ont signé un protocole d'accord pour …",
  "Niger and Turkey sign agreement on cement plant" over "signed a memorandum of
  understanding for …": a headline's agreement said by a bare noun, of no instrument, is
  the one agreement the body names, whatever its instrument; with two in the body, it stays.
- "deux unités de broyage, l'une à Tahoua et l'autre à Zinder … La première unité …, la
  deuxième unité …": plants counted and told apart by their towns at once, no plant spoken
  of before, are one record named by the text's plural, its place their country alone, the
  plants its components named by their ranks; counted alone, no such record.
- A record merged into another leaves no link to it: an agreement's "projects", a project's
  "agreements" that named it name the record it now is.
"""

from __future__ import annotations

from typing import Any

from bilat.store.extract import propose
from bilat.store.sources import build_source

from .reading import projects, read

_PROJECT = (
    "Le groupe Orvane a signé une convention pour la réalisation au Sénégal d'un projet "
    "industriel portant sur la fabrication de pneus. "
)
_PLANTS = (
    "Le groupe compte construire deux usines au Sénégal. La première usine sera construite à "
    "Thiès, tandis que la seconde sera établie plus tard à Kaolack. Le projet créera 900 emplois."
)


def _components(proposals: list[Any], name: str) -> set[str]:
    return {
        next(iter(p.plain_value()["name"].values()))
        for p in proposals
        if p.field == "components" and p.new is not None and p.new.name == name
    }


def test_ranked_plants_counted_after_a_project_are_its_components() -> None:
    found = read(_PROJECT + _PLANTS)
    project = "Projet industriel portant sur la fabrication de pneus"
    assert projects(found) == {project}
    # the second named by the text's own rank word ("la seconde"), "la deuxième" likewise
    assert _components(found, project) == {"Première usine", "Seconde usine"}
    found = read(_PROJECT + _PLANTS.replace("la seconde", "la deuxième"))
    assert _components(found, project) == {"Première usine", "Deuxième usine"}
    # what is said of the plants is the project's; their towns are theirs, not its
    jobs = [p for p in found if p.field == "jobs"]
    assert [p.new.name for p in jobs] == [project]
    located = [p.plain_value() for p in found if p.field == "location"]
    assert all(v["locality"] is None for v in located), located


def test_ranked_plants_with_no_project_before_stay_records() -> None:
    found = read(_PLANTS)
    assert len(projects(found)) == 2, projects(found)
    assert not [p for p in found if p.field == "components"]


def _agreements(proposals: list[Any]) -> set[str]:
    return {p.new.name for p in proposals if p.new and p.new.kind == "agreements"}


def _read_with_headline(headline: str, body: str, lang: str) -> list[Any]:
    text = f"{headline}\n{body}"
    proposals = propose(build_source(text, title=headline, published="2024-03-05", lang=lang))
    for p in proposals:
        assert text[p.start : p.end] == p.quote
    return proposals


def test_a_headline_s_bare_agreement_is_the_one_the_body_names() -> None:
    for headline, body, lang in (
        (
            "Cimenterie: le Niger et la Turquie signent un accord",
            "Le Niger et la Turquie ont signé un protocole d’accord pour la construction "
            "d’une cimenterie à Tahoua, a indiqué la présidence.",
            "fr",
        ),
        (
            "Niger and Turkey sign agreement on cement plant",
            "Niger and Turkey have signed a memorandum of understanding for the construction "
            "of a cement plant in Tahoua, the presidency said.",
            "en",
        ),
    ):
        found = _read_with_headline(headline, body, lang)
        assert len(_agreements(found)) == 1, _agreements(found)
    # a guard: the body names two agreements, the headline's is neither for sure
    found = _read_with_headline(
        "Cimenterie: le Niger et la Turquie signent un accord",
        "Le Niger et la Turquie ont signé un protocole d’accord pour la construction d’une "
        "cimenterie à Tahoua. Un contrat de fourniture d’électricité a aussi été signé avec "
        "la Nigelec.",
        "fr",
    )
    assert len(_agreements(found)) == 3, _agreements(found)


_COUNTED = (
    "Le Niger et la Turquie ont signé un protocole d’accord pour l’installation de deux unités "
    "de broyage, l’une à Tahoua et l’autre à Zinder. La première unité aura une capacité de "
    "500 000 tonnes par an, tandis que la deuxième unité produira 300 000 tonnes par an. "
    "Ces deux unités créeront 900 emplois."
)


def test_plants_counted_and_told_apart_by_town_are_one_record_of_parts() -> None:
    found = read(_COUNTED)
    assert projects(found) == {"Unités de broyage"}
    assert _components(found, "Unités de broyage") == {"Première unité", "Deuxième unité"}
    located = [p.plain_value() for p in found if p.field == "location"]
    assert located and all(v["locality"] is None for v in located), located
    assert [p.plain_value()["value"] for p in found if p.field == "jobs"] == [900]
    # a guard: counted, not told apart by town, no record is made of the plural
    found = read(_COUNTED.replace(", l’une à Tahoua et l’autre à Zinder", ""))
    assert "Unités de broyage" not in projects(found)


def test_a_link_to_a_record_merged_away_is_a_link_to_the_one_it_is_now() -> None:
    body = _COUNTED + " Une délégation s’est rendue sur le futur site à Tahoua. Cette unité sera "
    body += "installée sur 50 hectares, tandis que l’unité de Zinder occupera 70 hectares."
    headline = "Installation de deux unités de broyage: le Niger et la Turquie signent un accord"
    found = _read_with_headline(headline, body, "fr")
    keys = {p.new.key for p in found if p.new is not None}
    links = [p.plain_value() for p in found if p.field in ("projects", "agreements")]
    assert links and all(link in keys for link in links), (links, keys)
    assert len(_agreements(found)) == 1, _agreements(found)
