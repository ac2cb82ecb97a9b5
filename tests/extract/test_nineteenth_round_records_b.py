"""Records and their names, the nineteenth round's second part.

- "The factory will produce gearboxes for the nearby Tovana plant", "L'usine fabriquera des
  moteurs pour l'usine Tovana voisine": a plant the article's plant makes or delivers its
  goods for is its customer, another company's plant said in passing, no record of the
  article. Where no plant of the article is said before it in the sentence ("Local farms
  will grow tomatoes for the processing plant at Tema"), the plant is the article's own.
- "its first U.S. production facility in Harlan County … the local governments of Harlan
  County and the city of Kelburg": a county is no town; where the sentence that names the
  plant's county names a city or a town ("the city of X", "la ville de X"), the plant is
  named by that town. With no town said beside the county, the county stays in the town's
  place ("Manufacturing plant at Jackson County").
- "la première usine hors de Chine du fabricant X": "hors de Chine" says where the plant
  stands among its owner's, no word of its name (nor is the owner after it), so the plant
  said next as "la première usine de batteries en Allemagne" is the same.
- "Cette usine ultramoderne", "l'usine intelligente": a plant said again by a demonstrative
  or a definite article with words of its quality alone, however long, is the plant spoken
  of, as "cette usine moderne" is; "cette usine pharmaceutique" says what it makes and is
  told apart.
- "La première usine canadienne du groupe X", then "la fromagerie de X Canada" and "l'usine
  de Sherbrooke": a rank said within a place (its owner's first in a country) tells apart no
  plant said without a rank, so the three are one; and a plant named by its owner's name
  alone (a company the text names) and then by its town is named by its town.
"""

from __future__ import annotations

from bilat.store.extract.naming import ranked_in_a_place

from .reading import projects, read


def test_a_plant_the_goods_are_made_for_is_no_record() -> None:
    for text, lang, name in (
        (
            "Orvane Components has opened a new factory at Tema. The factory will produce "
            "gearboxes for the nearby Tovana plant.",
            "en",
            "Factory at Tema",
        ),
        (
            "Orvane Components has opened a new factory at Tema, which will supply axles to "
            "the neighbouring Tovana Motors plant.",
            "en",
            "Factory at Tema",
        ),
        (
            "Orvane a inauguré une nouvelle usine à Kumasi. L'usine fabriquera des boîtes de "
            "vitesses pour l'usine Tovana voisine.",
            "fr",
            "Usine de Kumasi",
        ),
    ):
        assert projects(read(text, lang=lang)) == {name}, (text, projects(read(text, lang)))
    # guards: no plant of the article said before it, the plant is the article's own
    text = "Local farms will grow tomatoes for the new processing plant at Tema."
    assert projects(read(text, lang="en")) == {"Processing plant at Tema"}
    text = "Orvane signed a contract for the cement plant at Tema."
    assert projects(read(text, lang="en")) == {"Cement plant at Tema"}


_FACILITY = (
    "Orvane Films will make a $50 million investment to create its first U.S. production "
    "facility in Harlan County, which is expected to create 300 jobs. The governor of North "
    "Carolina welcomed the decision."
)


def test_a_county_yields_to_the_town_said_beside_it() -> None:
    text = _FACILITY + " The governments of Harlan County and the city of Kelburg will grant aid."
    assert projects(read(text, lang="en")) == {"Production facility at Kelburg"}
    text = _FACILITY + " Officials of the city of Kelburg in Harlan County welcomed the plan."
    assert projects(read(text, lang="en")) == {"Production facility at Kelburg"}
    # guards: no town said, the county stays; a town said apart from the county is not its
    assert projects(read(_FACILITY, lang="en")) == {"Production facility at Harlan County"}
    text = _FACILITY + " Orvane also has an office in the city of Kelburg, in Ohio."
    assert projects(read(text, lang="en")) == {"Production facility at Harlan County"}


def test_outside_a_country_is_no_word_of_a_plant_s_name() -> None:
    text = (
        "Les travaux de la première usine hors de Chine du fabricant Orvane ont commencé à "
        "Sherbrooke, marquant le début de la construction de la première usine de batteries "
        "au Canada."
    )
    assert projects(read(text)) == {"Usine de Sherbrooke"}, projects(read(text))
    # a guard: what it makes, said after the noun, stays its name
    text = "La première usine de batteries du groupe Orvane a été lancée à Sherbrooke."
    assert projects(read(text)) == {"Usine de batteries de Sherbrooke"}, projects(read(text))


def test_a_plant_said_again_with_its_quality_alone_is_the_one_spoken_of() -> None:
    opening = "Le groupe Orvane a lancé la construction d'une usine de batteries à Sherbrooke. "
    for again in ("Cette usine intelligente", "Cette usine ultramoderne", "L'usine intelligente"):
        text = opening + again + " sera achevée en 2026."
        assert projects(read(text)) == {"Usine de batteries de Sherbrooke"}, (
            text,
            projects(read(text)),
        )
    # a guard: a word of what it makes is no quality; that plant is told apart
    text = opening + "Cette usine pharmaceutique sera achevée en 2026."
    assert projects(read(text)) == {"Usine de batteries de Sherbrooke", "Usine pharmaceutique"}


def test_a_first_in_a_country_is_the_plant_said_after_without_a_rank() -> None:
    text = (
        "La première usine canadienne du groupe Orvane sera inaugurée à l'automne prochain. "
        "Le bâtiment, érigé à Sherbrooke, est dédié à la fabrication de fromages. La "
        "fromagerie d'Orvane Canada a été construite sur un terrain voisin, explique Paul "
        "Durand, vice-président d'Orvane Canada. Ce projet représente 140 emplois à l'usine "
        "de Sherbrooke."
    )
    assert projects(read(text)) == {"Usine de Sherbrooke"}, projects(read(text))
    # guards: a rank with no place, or with what the plant makes, ranks it among its
    # owner's plants
    assert ranked_in_a_place("première usine canadienne")
    assert ranked_in_a_place("première usine hors de Chine")
    assert not ranked_in_a_place("première usine")
    assert not ranked_in_a_place("première usine de batteries")
    assert not ranked_in_a_place("usine canadienne")
