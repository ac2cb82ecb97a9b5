"""The twelfth round's places, dates and figures, each general and tested on sentences of
its own (none taken from the evaluation set): the two Congos, subdivisions said by their
French or English names or with spaces for hyphens, a region named by a common word where a
word for a region says it, a town's region said after it, a zone the text does not name, a
district said before its name, the date forms and cues below, and figures' currencies,
days and people."""

from __future__ import annotations

from typing import Any

from bilat.store.extract.figures import figures_in
from bilat.store.extract.places import countries_in, places_in
from bilat.store.extract.segment import folded

from .reading import dates_said as _dates
from .reading import read


def _values(proposals: list[Any], field: str) -> list[Any]:
    return [p.plain_value() for p in proposals if p.field == field]


def _places(text: str, countries: list[str]) -> list[tuple[str, str | None, str | None]]:
    return [
        (p.place.country, p.place.region, p.place.locality)
        for p in places_in(folded(text), countries, text)
    ]


def test_congo_alone_is_the_republic_of_the_congo_and_its_neighbour_has_its_own_names() -> None:
    def said(text: str) -> list[str]:
        return [c.country for c in countries_in(folded(text))]

    assert said("Le Congo exporte du bois.") == ["CG"]
    assert said("La RDC et la République démocratique du Congo") == ["CD", "CD"]
    assert said("DR Congo and Congo-Brazzaville") == ["CD", "CG"]


def test_a_region_said_by_its_english_or_french_name() -> None:
    # ISO 3166-2 writes "Sulawesi Tenggara", "Jawa Timur", "Nord-Kivu"
    assert ("ID", "Southeast Sulawesi", None) in _places(
        "A nickel mine in the province of Southeast Sulawesi, Indonesia.", ["ID"]
    )
    assert ("ID", "Java-Est", None) in _places("Une usine dans la province de Java-Est.", ["ID"])
    assert ("CD", "North Kivu", None) in _places("a mine in the province of North Kivu", ["CD"])


def test_a_region_written_with_spaces_for_its_hyphens() -> None:
    assert ("TD", "Mayo-Kebbi-Est", None) in _places(
        "un barrage dans la province du Mayo Kebbi Est", ["TD"]
    )


def test_a_region_named_by_a_common_word_where_a_word_for_a_region_says_it() -> None:
    assert ("RW", "Eastern", None) in _places("a dairy in the Eastern Province of Rwanda", ["RW"])
    assert ("CM", "Nord", None) in _places("Une rizerie dans la région du Nord.", ["CM"])
    # the same word said as a direction is no region
    assert not _places("The north of Cameroon is dry.", ["CM"])


def test_a_towns_region_said_after_it_in_brackets_or_as_its_capital() -> None:
    assert ("CM", "Nord", "Garoua") in _places(
        "Une usine à Garoua (département de la Bénoué, région du Nord) ouvrira.", ["CM"]
    )
    assert ("ID", "East Kalimantan", "Samarinda") in _places(
        "A smelter in Samarinda, capital of East Kalimantan province, opened.", ["ID"]
    )


def test_a_plant_in_a_zone_the_text_does_not_name_is_in_the_host_country() -> None:
    found = read(
        "Au Sénégal, la nouvelle huilerie de la société Arachco, située en zone industrielle, "
        "ouvrira bientôt. Le Sénégal en attend des emplois.",
        "fr",
    )
    assert [v["country"] for v in _values(found, "location")] == ["SN"]


def test_a_district_said_before_its_name_is_where_the_plant_is() -> None:
    found = read(
        "Uganda will get a tile plant in the northern district of Gulu, officials in Uganda said.",
        "en",
    )
    assert [(v["country"], v["region"], v["locality"]) for v in _values(found, "location")] == [
        ("UG", "Gulu", None)  # a district said alone is the region (GOLD.md rule 20)
    ]


def test_a_relative_word_and_the_day_it_names_are_one_date() -> None:
    assert _dates("La pierre a été posée hier 9 mai devant la presse.") == [
        ("hier 9 mai", "2024-05-09", "2024-05-09")
    ]
    assert _dates("It opened yesterday, 9 May 2024.") == [
        ("yesterday, 9 May 2024", "2024-05-09", "2024-05-09")
    ]


def test_a_month_ahead_on_an_undated_page_keeps_its_words_without_its_preposition() -> None:
    assert _dates("La laiterie ouvrira en mars prochain.", None) == [("mars prochain", None, None)]


def test_the_weeks_to_come_are_a_date_ahead() -> None:
    found = read(
        "Au Togo, une usine d'engrais sera construite à Lomé. Les travaux vont démarrer dans "
        "les semaines à venir.",
        "fr",
        None,
    )
    dates = _values(found, "dates.construction_start")
    assert [(d["raw"], d["planned"]) for d in dates] == [("dans les semaines à venir", True)]


def test_a_planned_end_of_works_is_a_completion() -> None:
    found = read(
        "Au Niger, une cimenterie sera construite à Maradi, la fin des travaux est prévue "
        "pour fin 2026.",
        "fr",
    )
    assert [d["raw"] for d in _values(found, "dates.completion")] == ["pour fin 2026"]


def test_a_date_after_its_cues_complement_with_no_clause_between() -> None:
    found = read(
        "La briqueterie de Kayes a été inaugurée en présence du gouverneur de la région, "
        "Mamadou Traoré, et de ses invités, jeudi dernier.",
        "fr",
        "2024-05-10",
    )
    # "et" opens another clause: the day is not taken
    assert not _values(found, "dates.operation_start")
    found = read(
        "The brick plant in Kayes, Mali was inaugurated by the regional governor, Mamadou "
        "Traore, and guests from Bamako, on Thursday.",
        "en",
        "2024-05-10",
    )
    assert not _values(found, "dates.operation_start")
    found = read(
        "The brick plant in Kayes, Mali was inaugurated by the regional governor of Kayes, "
        "Mamadou Traore, on Thursday.",
        "en",
        "2024-05-10",
    )
    assert [d["earliest"] for d in _values(found, "dates.operation_start")] == ["2024-05-09"]


def test_a_plant_founded_in_a_year_has_operated_since() -> None:
    found = read("Au Mali, l'usine textile de Ségou a été créée en 2001 par un groupe chinois.")
    assert [d["earliest"] for d in _values(found, "dates.operation_start")] == ["2001-01-01"]


def test_a_cue_that_dates_nothing_leaves_the_date_to_the_next_cue() -> None:
    found = read(
        "BAMAKO, May 2 -- A Chinese firm plans to open a 40 million U.S. dollar glass factory "
        "in Mali by June 2026.",
        "en",
        "2024-05-02",
    )
    assert [d["latest"] for d in _values(found, "dates.operation_start")] == ["2026-06-30"]


def test_a_region_said_later_completes_the_town_or_zone_said_first() -> None:
    found = read(
        "A Turkish-invested glass factory in Cambodia's Bavet Special Economic Zone opened "
        "on Monday. The factory, located in the province of Kampot, employs 900 people.",
        "en",
    )
    locations = _values(found, "location")
    assert [(v["country"], v["region"]) for v in locations] == [("KH", "Kampot")]


def test_a_country_of_several_words_after_the_plant() -> None:
    found = read("Kenyan firms will build a cement plant in South Sudan, officials said.", "en")
    assert [v["country"] for v in _values(found, "location")] == ["SS"]


def test_the_country_a_plant_is_said_to_be_set_up_in() -> None:
    found = read(
        "Une conserverie et un entrepôt frigorifique seront ainsi installés au Gabon, selon "
        "le groupe marocain.",
        "fr",
    )
    assert [v["country"] for v in _values(found, "location")] == ["GA"]


def test_partners_of_a_nationality_are_investors_not_the_host() -> None:
    # the article names no host: the town's country is the host's
    for text, lang in (
        ("La société Sel Plus et ses partenaires chinois ont inauguré une usine à Obock.", "fr"),
        ("Sel Plus and its Chinese partners opened a salt plant in Obock.", "en"),
    ):
        assert [v["country"] for v in _values(read(text, lang), "location")] == ["DJ"]


def test_a_company_is_of_the_country_of_the_town_it_is_based_in() -> None:
    found = read(
        "Tatung Group, an electronics manufacturer based in Taipei, Taiwan, will open a "
        "plant in Vietnam.",
        "en",
    )
    assert ("Tatung Group", "TW") in [
        (p.new.name, p.plain_value()) for p in found if p.field == "country" and p.new
    ]


def test_a_plant_named_after_a_subdivision_of_a_towns_name_is_in_that_town() -> None:
    assert ("TN", "Sfax", "Sfax") in _places("Vient ensuite la tannerie de Sfax.", ["TN"])
    # "du Kef" is "de Le Kef": the subdivision's article joined to "de"
    assert ("TN", "Le Kef", "Le Kef") in _places(
        "un local dans la zone industrielle du Kef pour une usine", ["TN"]
    )


def test_the_host_country_said_before_the_plant_in_its_sentence() -> None:
    found = read(
        "Une société textile turque va investir 40 millions de dollars au Niger pour "
        "construire une usine de filature, selon l'agence nigérienne de presse. Le Niger "
        "salue l'accord.",
        "fr",
    )
    assert [v["country"] for v in _values(found, "location")] == ["NE"]


def test_a_company_said_with_its_trade_before_its_nationality_is_an_investor() -> None:
    # "une société de pêche chinoise": Chinese is the company's country, not the host's
    found = read("Une société de pêche chinoise va construire une conserverie à Obock.", "fr")
    assert [v["country"] for v in _values(found, "location")] == ["DJ"]


def _figures(text: str) -> list[tuple[str, Any]]:
    fold = folded(text)
    return [(f.field, f.value) for f in figures_in(text, fold, 0, len(fold))]


def test_cfa_francs_written_f_cfa() -> None:
    ((field, money),) = _figures("Le projet, d'un coût de 30 milliards de F Cfa, démarre.")
    assert field == "investment" and (money.value, money.currency) == (30e9, "XOF")


def test_a_day_said_before_the_number_or_after_a_long_complement() -> None:
    ((_, made),) = _figures("La sucrerie broiera par jour 900 tonnes de canne.")
    assert (made.value, made.unit) == (900, "t/day")
    ((_, area),) = _figures(
        "Une capacité de production de 9 000 mètres carrés de dalles et de pavés par jour."
    )
    assert (area.value, area.unit) == (9000, "m2/day")


def test_people_a_plant_employs_said_with_several_qualities() -> None:
    ((field, jobs),) = _figures("The mill will employ over 800 skilled and unskilled workers.")
    assert field == "jobs" and jobs.min == 800


def test_a_town_of_a_country_the_article_does_not_name_is_in_its_own_country() -> None:
    found = read(
        "Le Maroc salue l'ouverture par la société chinoise Haixin d'une usine de sel située à "
        "Obock. Le Maroc y achètera du sel.",
        "fr",
    )
    assert [(v["country"], v["locality"]) for v in _values(found, "location")] == [("DJ", "Obock")]


def test_a_season_of_a_year_said_or_placed_by_the_source() -> None:
    # a season runs from its equinox or solstice to the next (GOLD.md rule 22)
    assert _dates("Elle ouvrira au printemps 2026.") == [
        ("au printemps 2026", "2026-03-20", "2026-06-20")
    ]
    assert _dates("Production starts next summer.") == [("next summer", "2025-06-20", "2025-09-22")]
    assert _dates("Les travaux ont repris l'hiver dernier.")[0][1:] == ("2023-12-21", "2024-03-20")
    # the word alone is no season: "a été", "a fall in prices"
    assert not _dates("L'usine a été inaugurée après a fall in prices.")


def test_a_day_and_its_month_said_past_or_to_come_keep_their_word() -> None:
    assert _dates("Inaugurée le 2 avril dernier.") == [
        ("2 avril dernier", "2024-04-02", "2024-04-02")
    ]
    # "prochain": the next such day after the source's, though its month came before
    assert _dates("Ouverture le 3 février prochain.") == [
        ("3 février prochain", "2025-02-03", "2025-02-03")
    ]


def test_a_distance_from_a_region_is_not_the_region_a_town_is_in() -> None:
    found = read("The plant will be sited at Kafue, 45 km from Lusaka, Zambia.", "en")
    assert [(v["region"], v["locality"]) for v in _values(found, "location")] == [(None, "Kafue")]


def test_a_plant_named_after_a_town_said_with_its_country() -> None:
    found = read("L'usine de Kaya, au Burkina Faso, entrera en production en 2026.", "fr")
    assert [(v["country"], v["locality"]) for v in _values(found, "location")] == [("BF", "Kaya")]


def test_works_that_will_begin_date_the_construction() -> None:
    found = read(
        "Une briqueterie sera construite à Kaya, au Burkina Faso. Les travaux débuteront en "
        "janvier 2026.",
        "fr",
    )
    assert [d["earliest"] for d in _values(found, "dates.construction_start")] == ["2026-01-01"]


def test_a_month_alone_is_the_last_one_or_the_next_one_to_come() -> None:
    assert _dates("It was signed in March.") == [("in March", "2024-03-01", "2024-03-31")]
    found = read(
        "A Chinese firm will build a glass plant in Jinja, Uganda. Construction will begin "
        "in March.",
        "en",
        "2024-05-10",
    )
    assert [d["earliest"] for d in _values(found, "dates.construction_start")] == ["2025-03-01"]


def test_a_subdivision_said_as_a_town_is_the_town() -> None:
    assert ("KE", "Kisumu", "Kisumu") in _places("a mill in the western town of Kisumu", ["KE"])


def test_a_place_a_distance_is_measured_from_is_not_the_plants() -> None:
    found = read(
        "The company opened a tile factory 60 kilometers west of Kampala, at Mukono, Uganda.",
        "en",
    )
    assert [v["locality"] for v in _values(found, "location")] == ["Mukono"]
    assert not _values(read("Une briqueterie sera construite au nord de Bamako.", "fr"), "location")
    # "in the east of X" is inside X
    found = read("A Russian tyre plant will be built in the east of Port Said, Egypt.", "en")
    assert [v["region"] for v in _values(found, "location")] == ["Port Said"]
