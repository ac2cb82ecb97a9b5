"""What the reader reads in words the analyst selected (``store.extract.selection``):
only what the words state, typed as a claim stores it, or nothing."""

from __future__ import annotations

from typing import Any

from bilat.store.extract.selection import About, Known, lacking, read_selection, said_in
from bilat.store.sources import publication_date

TEXT = (
    "La société turque Tosyali a lancé lundi la construction d’un complexe d’acier plat "
    "à Béthioua, dans la wilaya d’Oran, pour 1,5 milliard de dollars. Il emploiera 2 500 "
    "personnes et produira 2 millions de tonnes par an dès 2026. L’Algérie et la Turquie "
    "ont signé l’accord. L’usine de Doryumu, Greater Accra, au Ghana, fera du ciment."
)
KNOWN = [
    Known("new:1", "orgs", ("Tosyali",)),
    Known("new:2", "orgs", ("Tosyali Algérie",)),
    Known("sec-steel", "sectors", ("Sidérurgie", "Steel")),
    Known("sec-pharma", "sectors", ("Industrie pharmaceutique",)),
]


def read(
    words: str,
    field: str,
    kind: str = "projects",
    lang: str = "fr",
    about: About | None = None,
    text: str = TEXT,
) -> Any:
    start = text.index(words)
    return read_selection(
        text,
        start,
        start + len(words),
        kind,
        field,
        lang=lang,
        published=publication_date("2024-03-06"),
        known=KNOWN,
        about=about or About(),
    )


def test_figures_with_their_units_and_a_sum_without_a_cue_word() -> None:
    assert read("2 500 personnes", "jobs")["value"] == 2500
    capacity = read("2 millions de tonnes par an", "capacity")
    assert (capacity["value"], capacity["unit"]) == (2_000_000, "t/yr")
    # "pour 1,5 milliard": the reader's cue words are not needed, the analyst chose it
    money = read("1,5 milliard de dollars", "investment")
    assert (money["value"], money["currency"]) == (1_500_000_000, "USD")
    assert read("Tosyali", "investment") is None


def test_a_date_placed_against_the_source_and_a_status_cue() -> None:
    date = read("dès 2026", "dates.operation_start")
    assert (date["earliest"], date["latest"]) == ("2026-01-01", "2026-12-31")
    assert read("a lancé lundi la construction", "status") == "construction"
    assert read("ont signé", "status", kind="agreements") == "signed"
    assert read("2 500 personnes", "status") is None


def test_places_and_countries() -> None:
    assert read("Béthioua", "location") == {
        "country": "DZ",
        "region": "Oran",
        "locality": "Béthioua",
    }
    assert read("dans la wilaya d’Oran", "location")["locality"] is None
    # a town no list holds, said beside its region: the town is the locality
    assert read("Doryumu, Greater Accra", "location") == {
        "country": "GH",
        "region": "Greater Accra",
        "locality": "Doryumu",
    }
    assert read("L’Algérie et la Turquie", "countries") == ["DZ", "TR"]
    assert read("turque", "country", kind="orgs") == "TR"


def test_references_by_the_longest_name_said_and_sectors_by_the_lexicon() -> None:
    assert read("La société turque Tosyali", "parties") == {"org": "new:1", "role": "partner"}
    assert read("acier", "sectors") == {"sector": "sec-steel", "primary": False}
    # a sector the lexicon knows that no record of the review or the database is: none
    assert read("ciment", "sectors") is None
    assert read("acier", "name", kind="sectors") == {"fr": "Sidérurgie"}


def test_a_name_is_the_words_and_blank_words_state_nothing() -> None:
    # a plant said by its noun is named as the analysts name it; an organisation by its words
    assert read("complexe d’acier plat", "name") == {"fr": "Complexe d’acier plat de Béthioua"}
    assert read("Tosyali", "name", kind="orgs") == {"fr": "Tosyali"}
    assert read("Tosyali", "aliases", kind="orgs", lang="en") == {"en": "Tosyali"}
    start = TEXT.index(" à Béthioua")
    assert read_selection(TEXT, start, start + 1, "projects", "name", lang="fr") is None


def test_a_role_is_the_title_around_the_persons_name_and_its_organisation() -> None:
    text = (
        "Le projet a été présenté par le ministre de l’Industrie, Ali Aoun, et par "
        "Mehmet Yilmaz, directeur général de Tosyali Algérie. Dabur India Chairman, "
        "Dr. Anand Burman, était là."
    )
    aoun = About(("Ali Aoun",))
    assert read(
        "le ministre de l’Industrie, Ali Aoun", "roles", "people", about=aoun, text=text
    ) == {
        "title": {"fr": "ministre de l’Industrie"},
        "org": None,
        "from": None,
        "to": None,
    }
    yilmaz = About(("Mehmet Yilmaz",))
    role = read(
        "Mehmet Yilmaz, directeur général de Tosyali Algérie",
        "roles",
        "people",
        about=yilmaz,
        text=text,
    )
    # the longest name the review knows is the organisation, cut from the title
    assert (role["title"], role["org"]) == ({"fr": "directeur général"}, "new:2")
    burman = About(("Anand Burman",))
    known = [*KNOWN, Known("new:9", "orgs", ("Dabur India",))]
    start = text.index("Dabur India Chairman")
    role = read_selection(
        text, start, text.index(", était"), "people", "roles", lang="en", known=known, about=burman
    )
    assert role is not None and (role["title"], role["org"]) == ({"en": "Chairman"}, "new:9")
    # the words do not say the person: no role is read
    assert read("le ministre de l’Industrie", "roles", "people", about=yilmaz, text=text) is None


def test_what_the_sentence_and_the_record_add_to_the_words() -> None:
    text = (
        "Le groupe japonais JTEKT Corporation construira une usine à Oulad Brahim Nord. "
        "Elle produira 6 000 tonnes d’acier et 4 000 tonnes de tubes chaque année. "
        "Le protocole d’accord a été signé avec l’Agence marocaine (AMDIE). "
        "L’usine sera inaugurée en mai."
    )
    morocco = About(country="MA")
    # the host a nationality is said beside, and a town no list holds, from the record
    assert read("Le groupe japonais JTEKT", "countries", about=morocco, text=text) == ["JP", "MA"]
    assert read("une usine à Oulad Brahim Nord", "location", about=morocco, text=text) == {
        "country": "MA",
        "region": None,
        "locality": "Oulad Brahim Nord",
    }
    # a period said once in the sentence holds for each of its figures (GOLD.md rule 18)
    assert read("6 000 tonnes d’acier", "capacity", text=text)["unit"] == "t/yr"
    assert read("Le protocole d’accord", "instrument", "agreements", text=text) == "mou"
    assert read("l’Agence marocaine (AMDIE)", "acronym", "orgs", text=text) == "AMDIE"
    assert read("sera inaugurée", "status", text=text) == "operating"


def test_the_places_the_article_says_a_value_of_a_field() -> None:
    def said(field: str, kind: str = "projects") -> list[str]:
        spans = said_in(TEXT, kind, field, known=KNOWN, about=About(("Tosyali",)))
        return [TEXT[a:b] for a, b in spans]

    assert said("investment") == ["1,5 milliard de dollars"]
    # a date from its preposition, as its raw words are (GOLD.md rule 3)
    assert said("dates.operation_start") == ["lundi", "dès 2026"]
    assert said("capacity") == ["2 millions de tonnes par an"]
    # Doryumu is in no list: the analyst selects it by hand
    assert said("location") == ["Béthioua", "Oran", "Greater Accra"]
    assert said("countries") == ["turque", "Algérie", "Turquie", "Ghana"]
    assert said("instrument", "agreements") == ["accord"]
    assert said("sectors") == ["acier", "ciment"]
    # the records a reference may point to, by their names, the record itself aside; the
    # record's own names
    parties = said_in(TEXT, "projects", "parties", known=KNOWN)
    assert [TEXT[a:b] for a, b in parties] == ["Tosyali"]
    assert said("parent", "orgs") == []
    assert said("aliases", "orgs") == ["Tosyali"]
    assert said("jobs", "projects") == ["2 500 personnes"]


def test_an_event_an_organisation_s_name_and_the_one_plant_of_the_review() -> None:
    text = (
        "Le groupe chinois Envision a signé le 3 juin 2024 un accord avec Dubai Aluminium "
        "(DUBAL) pour une usine à Tanger."
    )
    event = read("a signé le 3 juin 2024", "events", "agreements", text=text)
    assert event["type"] == "signed" and event["date"]["earliest"] == "2024-06-03"
    assert read("un accord", "events", "agreements", text=text) is None  # no event said
    # the organisation's name as the reader reads it: no descriptor, no acronym
    assert read("Le groupe chinois Envision", "name", "orgs", text=text) == {"fr": "Envision"}
    assert read("Dubai Aluminium (DUBAL)", "name", "orgs", text=text) == {"fr": "Dubai Aluminium"}
    assert read("Dubai Aluminium (DUBAL)", "acronym", "orgs", text=text) == "DUBAL"
    # an agreement's plant said by its noun: the only plant the review knows
    start = text.index("une usine")
    plant = [Known("new:5", "projects", ("Usine de Tanger",))]
    said = read_selection(
        text, start, start + len("une usine"), "agreements", "projects", lang="fr", known=plant
    )
    assert said == "new:5"
    two = [*plant, Known("new:6", "projects", ("Usine de Kénitra",))]
    assert (
        read_selection(
            text, start, start + len("une usine"), "agreements", "projects", lang="fr", known=two
        )
        is None
    )


def test_the_field_a_record_lacks_that_the_article_says() -> None:
    text = (
        "Le groupe turc Tosyali a lancé en mars 2024 la construction d’une usine à Oran. "
        "L’usine entrera en production en 2026."
    )

    def span(words: str) -> tuple[int, int]:
        return text.index(words), text.index(words) + len(words)

    fields = ["capacity", "countries", "dates.announced", "dates.operation_start", "location"]
    quoted = {"location": [span("Oran")], "dates.construction_start": [span("en mars 2024")]}
    # a date no proposal quotes, its key by its sentence's cue, before the countries
    assert lacking(text, "projects", fields, quoted) == "dates.operation_start"
    quoted["dates.operation_start"] = [span("en 2026")]
    assert lacking(text, "projects", fields, quoted) == "countries"
    quoted["countries"] = [span("turc")]
    assert lacking(text, "projects", fields, quoted) is None  # no capacity is said


def test_the_mentions_of_a_record_the_reader_missed() -> None:
    """A record added by its name: every mention of a record of its kind."""
    orgs = said_in(TEXT, "orgs", "name")
    assert "Tosyali" in [TEXT[a:b] for a, b in orgs]
    plants = [TEXT[a:b] for a, b in said_in(TEXT, "projects", "name")]
    assert any("complexe" in plant for plant in plants)
    # once the record has names, its own names are what F3 steps through
    assert [TEXT[a:b] for a, b in said_in(TEXT, "orgs", "name", about=About(("Tosyali",)))] == [
        "Tosyali"
    ]


def test_a_works_a_plant_is_built_with_is_named_as_a_plant_said_by_its_noun() -> None:
    text = (
        "Norvale will build an integrated steel complex at Bintulu. The complex will feature a "
        "coke oven plant and a welded pipe facility."
    )
    for words, name in (
        ("a coke oven plant", "Coke oven plant"),
        ("a welded pipe facility", "Welded pipe facility"),
    ):
        value = read(words, "components", lang="en", text=text)
        assert value["name"] == {"en": name}


def test_a_plant_s_name_takes_the_town_another_sentence_places_it_in() -> None:
    text = (
        "Norvale will build a plastics factory. The factory will stand at Phonkham, in the "
        "Vientiane Capital, and employ 300 people."
    )
    assert read("a plastics factory", "name", lang="en", text=text) == {
        "en": "Plastics factory at Phonkham"
    }


def test_a_field_said_far_from_the_record_is_not_offered_first() -> None:
    text = (
        "Le groupe Tosyali construira une usine à Oran. Le ministre a salué le projet. "
        "Le marché reste porteur. Une autre usine, à Annaba, produira un million de tonnes par an."
    )
    oran = (text.index("Oran"), text.index("Oran") + len("Oran"))
    # a capacity three sentences on is the other plant's, not this one's
    assert lacking(text, "projects", ["capacity", "location"], {"location": [oran]}) is None
    # the record's own sentence, or the next, is where a lacking field is looked for
    near = (
        "Le groupe Tosyali construira une usine à Oran. Elle produira un million de tonnes par an."
    )
    oran = (near.index("Oran"), near.index("Oran") + len("Oran"))
    assert lacking(near, "projects", ["capacity", "location"], {"location": [oran]}) == "capacity"


def test_a_title_s_organisation_said_by_its_noun_is_the_one_named_last_before() -> None:
    text = (
        "Norvale and Purandare Industries will build a plant at Kano. Satish Purandare, "
        "managing director of the firm, said it would open in 2026. Le patron de la "
        "compagnie, Ivan Leixner, a salué le projet. Lamia Ahmed, Beni Suef governorate's "
        "investment director, welcomed it."
    )
    known = [
        Known("new:1", "orgs", ("Purandare Industries",)),
        Known("new:2", "orgs", ("Norvale",)),
    ]

    def role(words: str, person: str, lang: str = "en") -> Any:
        start = text.index(words)
        return read_selection(
            text,
            start,
            start + len(words),
            "people",
            "roles",
            lang=lang,
            known=known,
            about=About((person,)),
        )

    # "the firm": the company the text named last before the title, not the first
    managing = role("Satish Purandare, managing director of the firm", "Satish Purandare")
    assert (managing["title"], managing["org"]) == ({"en": "managing director"}, "new:1")
    patron = role("Le patron de la compagnie, Ivan Leixner", "Ivan Leixner", "fr")
    assert (patron["title"], patron["org"]) == ({"fr": "patron"}, "new:1")
    # a possessive says whose the title is, no word of it
    director = role("Lamia Ahmed, Beni Suef governorate's investment director", "Lamia Ahmed")
    assert (director["title"], director["org"]) == ({"en": "investment director"}, None)


def test_a_sector_said_in_a_trade_s_everyday_words() -> None:
    # the analyst selected the words for a sector: the reader's stricter lexicon need not
    # name it for the selection to
    text = "Norvale construira une usine de fonte brute (pig iron plant) et de produits avicoles."
    assert read("pig iron plant", "sectors", text=text) == {"sector": "sec-steel", "primary": False}
    assert read("produits avicoles", "name", "sectors", text=text) == {"fr": "Agroalimentaire"}
