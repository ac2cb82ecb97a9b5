"""Organisations, each rule general and tested on sentences of its own: a nationality said
with a participle before a company's name ("Japanese-invested X") is whose it is, no word
of its name; a possessive ends a name; an organisation named in full before its acronym,
lower-case words included, is one organisation; an event or a programme, a dateline's
place and a newspaper the article quotes are none."""

from __future__ import annotations

from typing import Any

from .reading import about, named, read


def test_a_nationality_with_a_participle_is_whose_the_company_is() -> None:
    found = read(
        "Hanoi (VNA) – Japanese-invested Minh Tan Co. Ltd. and Saigon Cable Co. Ltd. began "
        "building a cable plant in Bac Ninh.",
        "en",
    )
    orgs = named(found, "orgs")
    assert "Minh Tan Co. Ltd." in orgs
    assert not any(o.startswith("Japanese") for o in orgs)
    assert [p.value for p in about(found, "Minh Tan Co. Ltd.", "country")] == ["JP"]
    # the participle said once for two companies joined by "and" is both's
    assert [p.value for p in about(found, "Saigon Cable Co. Ltd.", "country")] == ["JP"]


def test_a_dateline_place_before_an_agency_is_no_organisation() -> None:
    found = read(
        "Vinh Lam (VNA) – Saigon Cable Co. Ltd. began building a cable plant in Bac Ninh.",
        "en",
    )
    assert "Vinh Lam" not in named(found, "orgs")


def test_a_possessive_ends_a_company_name() -> None:
    found = read(
        "The ministry welcomed Turkish company KARA TEKS AS’s R90 million textile plant in Durban.",
        "en",
    )
    orgs = named(found, "orgs")
    assert "KARA TEKS AS" in orgs
    assert not any("R90" in o for o in orgs)


def test_an_organisation_spelled_out_before_its_acronym_is_one() -> None:
    found = read(
        "Le Groupement industriel des planteurs unis (GIPU), un collectif d'investisseurs, a "
        "lancé une usine de jus à Bouaké, dans la zone franche de la Société de promotion "
        "agricole (SOPRA).",
        "fr",
    )
    orgs = named(found, "orgs")
    assert {"Groupement industriel des planteurs unis", "Société de promotion agricole"} <= orgs
    assert not {"Le Group", "SOPRA", "GIPU"} & orgs
    acronyms = [
        p.value for p in about(found, "Groupement industriel des planteurs unis", "acronym")
    ]
    assert acronyms == ["GIPU"]


def test_a_title_or_a_board_before_a_short_acronym_is_no_organisation() -> None:
    found = read(
        "Le Premier ministre (PM) et le Conseil d'administration (CA) de la société Kora "
        "Pneus ont visité l'usine de pneus de Sfax.",
        "fr",
    )
    assert not {"Premier ministre", "Conseil d'administration"} & named(found, "orgs")


def test_an_event_or_a_newspaper_is_no_organisation() -> None:
    found = read(
        "Le groupe coréen Hanwha a signé un accord avec Stellantis en marge du sommet "
        '"Invest Morocco", a constaté un reporter de Radio Soleil Matin (RSM).',
        "fr",
    )
    orgs = named(found, "orgs")
    assert "Hanwha" in orgs
    assert not {"Invest Morocco", "Radio Soleil Matin"} & orgs


def test_kicking_off_the_construction_starts_it() -> None:
    found = read(
        "Saigon Cable Co. Ltd. kicked off the construction of a cable plant in Bac Ninh on "
        "October 12.",
        "en",
        published="2024-10-14",
    )
    assert [p.value for p in about(found, "Cable plant at Bac Ninh", "status")] == ["construction"]
    started = about(found, "Cable plant at Bac Ninh", "dates.construction_start")
    assert [p.plain_value()["earliest"] for p in started] == ["2024-10-12"]


def test_a_partnership_made_official_is_signed_that_day() -> None:
    found = read(
        "Le président a officialisé ce mardi un partenariat stratégique entre le groupe "
        "coréen Hanwha et le constructeur Stellantis.",
        "fr",
        published="2024-03-05",
    )
    statuses = [p.value for p in found if p.field == "status"]
    assert statuses == ["signed"]
    events = [p.plain_value() for p in found if p.field == "events"]
    assert [(e["type"], e["date"]["earliest"]) for e in events] == [("signed", "2024-03-05")]


def test_an_acronym_in_lower_case_after_a_department_is_its_acronym() -> None:
    found = read(
        "The Department of Mineral Resources and Energy (dmre) has welcomed the new textile "
        "plant in Durban.",
        "en",
    )
    name = "Department of Mineral Resources and Energy"
    assert [p.value for p in about(found, name, "acronym")] == ["dmre"]


def test_free_zone_and_proprietary_suffixes_end_a_company_name() -> None:
    found = read(
        "Kalahari Sands (Pty) Ltd and Kofi Glass Ghana FTZE will build a glass plant in "
        "Walvis Bay.",
        "en",
    )
    assert {"Kalahari Sands (Pty) Ltd", "Kofi Glass Ghana FTZE"} <= named(found, "orgs")


def test_an_acronym_after_the_country_of_an_institution_is_its_acronym() -> None:
    found = read(
        "Le Fonds souverain de développement sénégalais (FSDS) financera l'usine de Thiès.",
        "fr",
    )
    named = [p for p in found if p.field == "acronym"]
    assert [p.value for p in named] == ["FSDS"]


def test_a_subsidiary_named_after_an_elided_de_is_an_organisation() -> None:
    found = read(
        "Le site de Sochaux accueillera une usine de cellules d'ACMO, filiale du groupe "
        "Hanwha, pour fournir le constructeur.",
        "fr",
    )
    orgs = named(found, "orgs")
    assert "ACMO" in orgs
    found = read("L'usine de Côte d'Ivoire, un pays côtier, a ouvert ses portes.", "fr")
    assert "Ivoire" not in named(found, "orgs")


def _statuses(proposals: list[Any]) -> dict[str, list[str]]:
    said: dict[str, list[str]] = {}
    for p in proposals:
        if p.new and p.field == "status":
            said.setdefault(p.new.name, []).append(p.value)
    return said


def test_a_status_cue_speaks_of_the_record_it_governs() -> None:
    found = read(
        "After the tyre plant in Sfax, Kora Group has also started building a cement plant in "
        "Gabes.",
        "en",
    )
    assert _statuses(found) == {"Cement plant at Gabès": ["construction"]}
    found = read(
        "Après l'usine de pneus de Sfax, le groupe Kora a procédé à la pose de la première "
        "pierre d'une cimenterie à Gabès.",
        "fr",
    )
    assert _statuses(found) == {"Cimenterie de Gabès": ["construction"]}


def test_the_first_stone_misspelled_pause_is_laid_all_the_same() -> None:
    found = read(
        "Le groupe Kora a procédé hier à la pause de la première pierre de la cimenterie de Gabès.",
        "fr",
    )
    assert _statuses(found) == {"Cimenterie de Gabès": ["construction"]}


def test_the_construction_of_a_plant_will_start_on_the_date_after_its_words() -> None:
    found = read(
        "The construction of a 300 million US dollar cement plant in Gabes, the first of its "
        "kind in the region, will start in early March 2025.",
        "en",
        published="2024-10-14",
    )
    started = [p.plain_value() for p in found if p.field == "dates.construction_start"]
    assert [(d["earliest"], d["planned"]) for d in started] == [("2025-03-01", True)]
    found = read(
        "La construction de la cimenterie de Gabès, une première dans la région, devrait "
        "commencer en mars 2025.",
        "fr",
        published="2024-10-14",
    )
    started = [p.plain_value() for p in found if p.field == "dates.construction_start"]
    assert [d["earliest"] for d in started] == ["2025-03-01"]


def test_a_department_or_a_board_welcoming_a_plant_takes_no_part_in_it() -> None:
    found = read(
        "The Department of Industry and Commerce and the Board of Investment welcomed the new "
        "textile plant of Kara Teks Ltd in Durban.",
        "en",
    )
    parties = [p for p in found if p.field == "parties"]
    orgs = {p.new.key: p.new.name for p in found if p.new and p.new.kind == "orgs"}
    partners = {orgs.get(p.plain_value()["org"]) for p in parties}
    assert "Kara Teks Ltd" in partners
    assert not {"Department of Industry and Commerce", "Board of Investment"} & partners


def test_a_company_named_again_by_its_first_words_is_the_same() -> None:
    found = read(
        "Kora Textile & Garment Co Ltd will build a garment factory in Mandalay. The "
        "agreement was signed by Lat Min company and the Turkish firm Kora.",
        "en",
    )
    orgs = {p.new.key: p.new.name for p in found if p.new and p.new.kind == "orgs"}
    assert "Kora" not in orgs.values()
    names = [p.plain_value() for p in found if p.new and p.new.kind == "orgs" and p.field == "name"]
    assert {"en": "Kora"} not in names
    parties = {orgs.get(p.plain_value()["org"]) for p in found if p.field == "parties"}
    assert "Kora Textile & Garment Co Ltd" in parties


def test_an_initiative_a_unit_or_a_customer_is_no_organisation() -> None:
    found = read(
        "Dans le cadre de l'initiative de la « Grande Muraille Verte », la société Sahel "
        "Motors assemble des tracteurs de 45 et 90 Chevaux Moteur (CM) à Ségou.",
        "fr",
    )
    orgs = named(found, "orgs")
    assert "Sahel Motors" in orgs
    assert not {"Grande Muraille Verte", "Chevaux Moteur"} & orgs
    found = read(
        "The 90-million-USD plant of Minh Tan Co. Ltd. in Bac Ninh will make camera modules "
        "for Samsung and LG.",
        "en",
    )
    assert "Samsung" not in named(found, "orgs")


def test_a_ceremony_held_lays_the_stone_whatever_the_plant_is_to_do() -> None:
    found = read(
        "Le groupe Kora et la société Sahel Motors ont organisé jeudi la cérémonie de pose de "
        "la première pierre de leur usine de tracteurs à Ségou, qui doit produire 500 "
        "tracteurs par an.",
        "fr",
        published="2024-03-08",
    )
    statuses = [p.value for p in found if p.field == "status"]
    assert statuses == ["construction"]
    started = [p.plain_value() for p in found if p.field == "dates.construction_start"]
    assert [d["earliest"] for d in started] == ["2024-03-07"]
