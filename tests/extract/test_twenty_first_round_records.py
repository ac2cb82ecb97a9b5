"""Records, twenty-first round: the plants a company already holds, a plant said by its
rank among its owner's, plants listed after projects in the plural.

- "has fourteen factories across Asia", "possède plus de 150 usines dans le monde", "which
  operates 12 plants": the plants a company holds, counted after a verb of having, are no
  project of the article's; "will build five new factories" still counts the article's own.
- "its first European factory", "its second Asian plant": a continent's or a country's
  adjective after a rank says where the plant stands among its owner's, no name of it; the
  plant is named by its noun and its town, as "its first factory" is.
- "The projects in X comprise a glass factory …, a $10 million cardboard factory": plants
  listed after projects said in the plural are projects of their own, not one's components;
  a figure opening a plant's words ("a $10 million cardboard factory") is that plant's.
- "encouraging shipbuilders, car part manufacturers, agri-industrial project and …": a
  plant noun with no article among trades in the plural is a trade courted, no plant.
- "has signed lease agreements with eight companies … to set up different factories": a
  tally of agreements with a number of companies, and plants said "different", "various",
  are no record of their own.
- "54 cimenteries, 88 usines de production d'agrégats": plants counted by ten or more
  are a group's own, no project; "a $20 million plant" is a plant and its cost.
"""

from __future__ import annotations

from .reading import projects, read


def test_the_plants_a_company_holds_are_no_project() -> None:
    text = (
        "Norvale is building a factory at Tarvik.\n\nThe Norvale group was founded in 1929 "
        "and has fourteen factories across Asia. The new facility will make car parts."
    )
    assert not any("ourteen" in name for name in projects(read(text, lang="en")))
    text = "Norvale, which has five factories in Asia, will build a new factory in Kenya."
    assert not any("Five" in name for name in projects(read(text, lang="en")))
    text = (
        "Norvale construit une usine à Tarvik. Fondé en 1950, le groupe possède plus de 150 "
        "usines dans le monde et emploie 9 000 personnes."
    )
    assert not any("150" in name or name.startswith("Usines") for name in projects(read(text)))
    # a guard: the plants the article's companies will build are still records
    text = "Norvale will build five new factories in Kenya at a cost of $20 million."
    assert "Five factories" in projects(read(text, lang="en"))


def test_a_continent_after_a_rank_names_no_plant() -> None:
    text = (
        "Norvale is building its first European factory in Spain\n\nNorvale, a Japanese "
        "group, is building its first European factory at La Carolina. Construction has "
        "already begun."
    )
    names = projects(read(text, lang="en"))
    assert "Factory at La Carolina" in names
    assert not any("European" in name for name in names)
    # a guard: a capitalised word after a rank that is no place's is still a name
    text = "Norvale opened the First Tarvik Steel Mill on Monday, the minister said."
    assert any("Tarvik Steel Mill" in name for name in projects(read(text, lang="en")))


def test_plants_listed_after_plural_projects_are_projects_of_their_own() -> None:
    text = (
        "Chinese companies have agreed to build two factories in Kenya.\n\nThe projects in "
        "Machakos County comprise a glass factory at a cost of $60 million and a $10 million "
        "cardboard factory, the paper said."
    )
    proposals = read(text, lang="en")
    assert {"Glass factory", "Cardboard factory"} <= projects(proposals)
    sums = {p.new.name: p.plain_value()["value"] for p in proposals if p.field == "investment"}
    # "a $10 million cardboard factory": the figure opening a plant's words is that plant's
    assert sums == {"Glass factory": 60_000_000, "Cardboard factory": 10_000_000}
    # a guard: what one complex comprises are its components
    text = (
        "Norvale will build an industrial complex in Machakos County.\n\nThe complex "
        "comprises a glass factory and a cardboard factory, the paper said."
    )
    proposals = read(text, lang="en")
    assert projects(proposals) == {"Industrial complex"}
    assert len([p for p in proposals if p.field == "components"]) == 2


def test_a_trade_a_list_courts_is_no_plant() -> None:
    text = (
        "The zone authority is encouraging shipbuilders, car part manufacturers, "
        "agri-industrial project and food processing firms to consider locating in Cebu."
    )
    assert not projects(read(text, lang="en"))
    # a guard: a plant said with its article in a list is still one
    text = "Norvale will build a glass factory, a cardboard factory and a warehouse in Cebu."
    assert projects(read(text, lang="en"))


def test_a_tally_of_agreements_and_plants_is_no_record() -> None:
    text = (
        "So far, the zone authority has signed lease agreements with eight companies, mostly "
        "foreign ones, to set up different factories in the Cebu Economic Zone."
    )
    proposals = read(text, lang="en")
    assert not projects(proposals)
    assert not [p for p in proposals if p.new and p.new.kind == "agreements"]
    # a guard: agreements in the plural signed together by two named parties are one
    text = "Norvale and Orsk Steel signed lease agreements for a glass factory at Cebu."
    assert [p for p in read(text, lang="en") if p.new and p.new.kind == "agreements"]


def test_plants_counted_by_tens_are_no_project() -> None:
    text = (
        "Norvale construira une cimenterie à Thiès. Le groupe opère un nombre conséquent "
        "d'installations : 54 cimenteries, 88 usines de production d'agrégats et 374 unités "
        "de production de béton."
    )
    names = projects(read(text))
    assert not any(n.startswith(("Usines", "Unités", "Cimenteries")) for n in names), names
    # a guard: a plant said with its cost in millions is still one
    text = "A $20 million plant is being built in Kano by Norvale."
    assert projects(read(text, lang="en"))
