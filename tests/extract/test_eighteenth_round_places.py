"""Round eighteen, places, figures and dates: a range after a currency's sign, the peso's
letter and the Gulf's riyals, a sum with its conversion in brackets said of a joint venture,
a workforce said by its size, things counted in words with a scale, a share for export that
is no capacity; a dateline with a full stop, a presentation's town, a town said with
"region", a town and the region after it, where staff are hired from, paired nationalities
("libano-chypriote"); "très récemment", a coming signing, breaking ground, an inauguration
"fin mars", a plant's delivery, a signing with a phrase before its verb. Each was a figure,
a date or a place the reader got wrong on articles it had not seen, written here as a rule
of the language."""

from __future__ import annotations

from typing import Any

from .reading import dates_said, read


def _values(proposals: list[Any], field: str) -> list[Any]:
    return [p.plain_value() for p in proposals if p.field == field]


def _places(proposals: list[Any]) -> list[tuple[Any, Any, Any]]:
    return [(v["country"], v["region"], v["locality"]) for v in _values(proposals, "location")]


# -- figures ---------------------------------------------------------------------------


def test_a_range_after_a_currency_sign_is_the_ranges() -> None:
    text = "Zentra will build a cable plant in Varna, which has an investment of EUR 7-9 million."
    [money] = _values(read(text, lang="en"), "investment")
    assert (money["min"], money["max"], money["currency"]) == (7_000_000, 9_000_000, "EUR")
    text = "Zentra will invest $2 to 3 billion in a steel plant in Varna."
    [money] = _values(read(text, lang="en"), "investment")
    assert (money["min"], money["max"], money["currency"]) == (2e9, 3e9, "USD")
    # one sum after the sign stays one sum
    text = "Zentra will invest EUR 45 million in a cable plant in Varna."
    [money] = _values(read(text, lang="en"), "investment")
    assert (money["value"], money["currency"]) == (45_000_000, "EUR")


def test_the_peso_letter_and_the_gulf_riyals() -> None:
    text = "Zentra Philippines is investing P3 billion in a wire plant in Cebu, Philippines."
    assert [v["currency"] for v in _values(read(text, lang="en"), "investment")] == ["PHP"]
    # the same letter in Gaborone is the pula's
    text = "Zentra Botswana is investing P3 billion in a beef plant in Lobatse, Botswana."
    assert [v["currency"] for v in _values(read(text, lang="en"), "investment")] == ["BWP"]
    text = "Zentra will invest SR4.1 billion in a petrochemical plant in Jubail, Saudi Arabia."
    [money] = _values(read(text, lang="en"), "investment")
    assert (money["value"], money["currency"]) == (4.1e9, "SAR")
    text = "Zentra will invest QR600 million in a fertiliser plant in Mesaieed, Qatar."
    assert [v["currency"] for v in _values(read(text, lang="en"), "investment")] == ["QAR"]
    # a line's letter and number is no sum
    text = "Zentra will invest $5 million in the P2 line of its plant in Cebu, Philippines."
    assert [v["currency"] for v in _values(read(text, lang="en"), "investment")] == ["USD"]


def test_a_sum_said_of_a_joint_venture_with_its_conversion_in_brackets() -> None:
    text = (
        "Zentra and Orion signed a memorandum of understanding on Monday to set up a $1.8 "
        "billion (Dh6.6 billion) fertiliser joint venture. The plant will be built in "
        "Ruwais, United Arab Emirates."
    )
    proposals = read(text, lang="en")
    [money] = _values(proposals, "investment")
    assert (money["value"], money["currency"]) == (1.8e9, "USD")
    # the venture's sum, not the memorandum's
    assert all(p.new.kind == "projects" for p in proposals if p.field == "investment")


def test_a_workforce_said_by_its_size() -> None:
    for text, count in (
        ("The Zentra plant in Varna is expected to hire a 1,500-head workforce.", 1500),
        ("The Zentra plant in Varna will have a 700-strong workforce.", 700),
        ("The Zentra plant in Varna will have a workforce of 1,200.", 1200),
        (
            "Zentra will build a cable plant in Varna and will later increase the number of "
            "employees to 2,500.",
            2500,
        ),
    ):
        assert [v["value"] for v in _values(read(text, lang="en"), "jobs")] == [count], text
    text = "Zentra construira une usine à Oran et portera ses effectifs à 800 d'ici 2027."
    assert [v["value"] for v in _values(read(text), "jobs")] == [800]
    # a delegation, a group's whole staff, a cut: no plant's jobs
    for text in (
        "A 40-member team from Zentra visited the cable plant in Varna.",
        "Zentra will build a cable plant in Varna. The group has a workforce of 30,000.",
        "Zentra will cut the workforce of its plant in Varna by 20%.",
    ):
        assert _values(read(text, lang="en"), "jobs") == [], text


def test_postes_before_auxquels_are_jobs() -> None:
    text = (
        "L'usine de Zentra à Oran va générer plus de 1 200 postes auxquels s'ajouteront 300 "
        "emplois à temps partiel."
    )
    jobs = _values(read(text), "jobs")
    assert [(v["min"], v["value"]) for v in jobs] == [(1200, None), (None, 300)]
    # seats on a board are no jobs
    text = "Zentra construira une usine à Oran. Orion obtient 3 postes au conseil de Zentra."
    assert _values(read(text), "jobs") == []


def test_things_counted_in_words_with_a_scale() -> None:
    text = (
        "The Zentra plant in Varna will have the capacity to produce two million phones annually."
    )
    [made] = _values(read(text, lang="en"), "capacity")
    assert (made["value"], made["unit"]) == (2_000_000, "units/yr")
    # a unit's word said as a potential stays passed over
    text = (
        "L'usine de Zentra à Oran, d'une capacité de 500 000 tonnes par an dès son ouverture "
        "en 2026 avec ses deux fours, a un potentiel qui pourrait s'élever à un million de "
        "tonnes par an."
    )
    assert [v["value"] for v in _values(read(text), "capacity")] == [500_000]


def test_a_share_for_export_is_no_capacity() -> None:
    text = (
        "L'usine de Zentra à Oran produira 300 000 tonnes par an, dont 120 000 tonnes "
        "seront destinées à l'exportation."
    )
    assert [v["value"] for v in _values(read(text), "capacity")] == [300_000]
    text = (
        "The Zentra mill in Varna will make 90,000 tonnes a year, of which 40,000 tonnes "
        "will be exported."
    )
    assert [v["value"] for v in _values(read(text, lang="en"), "capacity")] == [90_000]
    # a capacity said as one for export is the capacity
    text = "L'usine de Zentra à Oran aura une capacité de 50 000 tonnes destinées à l'exportation."
    assert [v["value"] for v in _values(read(text), "capacity")] == [50_000]


# -- places ----------------------------------------------------------------------------


def test_a_dateline_with_a_full_stop_is_where_it_was_written() -> None:
    text = (
        "ODESA. Oct 3 (Interfax-Ukraine) – Zentra will build a cable plant in Lviv region, Ukraine."
    )
    assert _places(read(text, lang="en")) == [("UA", "Lviv", None)]
    # a town said where the plant is stays its place
    text = "Zentra will build a cable plant in Odesa, Ukraine."
    assert _places(read(text, lang="en")) == [("UA", None, "Odesa")]


def test_a_presentations_town_is_where_it_was_shown() -> None:
    text = (
        "Zentra plans a cable plant in Lviv region, Ukraine, its director said at the "
        "presentation of the project in Odesa on Monday."
    )
    assert _places(read(text, lang="en")) == [("UA", "Lviv", None)]
    text = "Zentra will build a cable plant in Odesa, Ukraine, its director said."
    assert _places(read(text, lang="en")) == [("UA", None, "Odesa")]


def test_a_town_said_with_region_is_the_region() -> None:
    for text in (
        "Zentra will build a cable plant in Lviv region, Ukraine.",
        "Zentra will build a cable plant in Lviv Region, Ukraine.",
    ):
        assert _places(read(text, lang="en")) == [("UA", "Lviv", None)], text
    text = "Zentra will build a cable plant in Lviv, Ukraine."
    assert _places(read(text, lang="en")) == [("UA", None, "Lviv")]


def test_a_town_no_list_knows_and_the_region_after_it() -> None:
    text = "Zentra va ouvrir une usine à Kfarsaroun, dans la région de Byblos."
    assert _places(read(text)) == [("LB", "Byblos", "Kfarsaroun")]
    text = "Zentra will set up a factory in Santo Tomas Estate in Batangas."
    assert _places(read(text, lang="en")) == [("PH", "Batangas", "Santo Tomas Estate")]
    # a town said as a town after a zone is the zone's town, no region
    text = (
        "Zentra va construire une usine dans la zone industrielle de Dinh Vu, dans la ville "
        "de Hai Phong."
    )
    assert all(place[1] is None or place[2] == "Hai Phong" for place in _places(read(text)))


def test_where_staff_are_hired_from_is_no_plants_place() -> None:
    text = (
        "Zentra will build a wiring plant in the Philippines. The plant is expected to "
        "recruit 2,000 workers from Batangas."
    )
    assert all(place[1] != "Batangas" for place in _places(read(text, lang="en")))
    text = "Zentra will build a wiring plant in Batangas, Philippines, with 2,000 workers."
    assert [place[0] for place in _places(read(text, lang="en"))] == ["PH"]
    assert _places(read(text, lang="en"))[0][2] == "Batangas"


def test_paired_nationalities_are_both_countries() -> None:
    text = "Zentra va ouvrir une usine de tuyaux, fruit d'un partenariat libano-chypriote."
    assert _values(read(text), "countries") == [["CY", "LB"]]
    text = "Zentra va ouvrir une usine de tuyaux, fruit d'un partenariat gréco-serbe."
    assert _values(read(text), "countries") == [["GR", "RS"]]
    # one nationality alone is one country
    text = "Zentra va ouvrir une usine de tuyaux, fruit d'un partenariat chypriote."
    assert ["CY", "LB"] not in _values(read(text), "countries")


# -- dates -----------------------------------------------------------------------------


def test_tres_recemment_keeps_its_adverb_and_a_is_no_preposition() -> None:
    said = dates_said("Le ministère a très récemment validé le projet.")
    assert [words for words, _, _ in said] == ["très récemment"]
    text = "Le gouvernement a très récemment accordé son feu vert pour une usine de Zentra à Oran."
    [approved] = _values(read(text), "dates.approved")
    assert approved["raw"] == "très récemment"
    # "a" the verb before a date is no "à"
    text = "Le gouvernement a récemment accordé son feu vert pour une usine de Zentra à Oran."
    assert [v["raw"] for v in _values(read(text), "dates.approved")] == ["récemment"]


def test_a_signing_over_the_coming_months() -> None:
    said = dates_said("The supply contract is to be signed over the coming weeks.")
    assert [words for words, _, _ in said] == ["over the coming weeks"]
    text = (
        "Zentra and Orion signed a memorandum on a cable plant in Varna. The shareholders "
        "agreement is to be signed over the coming months."
    )
    events = _values(read(text, lang="en"), "events")
    assert {"over the coming months"} <= {e["date"]["raw"] for e in events}
    assert all(e["date"]["planned"] for e in events if e["date"]["raw"] != "Monday")


def test_breaking_ground_is_the_works_start() -> None:
    text = "Zentra will build a wiring plant in Cebu, Philippines, slated to break ground in 2025."
    [start] = _values(read(text, lang="en"), "dates.construction_start")
    assert (start["earliest"], start["latest"]) == ("2025-01-01", "2025-12-31")
    # the plant's operation in 2025 is no start of its works
    text = "Zentra will build a wiring plant in Cebu, Philippines, to open in 2025."
    assert _values(read(text, lang="en"), "dates.construction_start") == []


def test_inaugurated_at_the_end_of_a_month_is_the_operation_start() -> None:
    text = "Inaugurée fin avril, l'usine de Zentra à Oran produit des tuyaux."
    proposals = read(text, published=None)
    assert [v["raw"] for v in _values(proposals, "dates.operation_start")] == ["fin avril"]
    assert "operating" in _values(proposals, "status")
    # an inauguration to come is no plant working
    text = "L'usine de Zentra à Oran sera inaugurée fin avril."
    assert "operating" not in _values(read(text, published=None), "status")


def test_a_plants_delivery_expected_is_its_completion() -> None:
    text = (
        "Zentra construit une usine à Oran. La livraison finale de l'usine est attendue pour "
        "la fin de l'année 2026."
    )
    [done] = _values(read(text), "dates.completion")
    assert (done["earliest"], done["latest"]) == ("2026-10-01", "2026-12-31")
    # the delivery of the first things made is no end of the works
    text = (
        "Zentra construit une usine à Oran. La livraison des premiers véhicules est attendue "
        "pour la fin de l'année 2026."
    )
    assert _values(read(text), "dates.completion") == []


def test_a_signing_with_a_phrase_before_its_verb() -> None:
    text = (
        "Zentra va construire une usine à Oran. Zentra a pour l'occasion signé un accord "
        "remontant à mars 2023 avec Orion pour la réalisation de l'usine."
    )
    proposals = read(text)
    assert "signed" in _values(proposals, "status")
    [event] = _values(proposals, "events")
    assert (event["type"], event["date"]["earliest"]) == ("signed", "2023-03-01")
