"""Search normalisation, the filter language, and queries over the seed data."""

from __future__ import annotations

import pytest

from bilat.store import Filter, QueryError, Store, fold, parse_filter

ALUMINIUM = "prj-dz-ain-temouchent-aluminium-complex"
ANTICANCER = "prj-dz-ru-anticancer-medicine-plants"
SECOND = "prj-dz-second-heavy-industry-complex"
AGR_MOU = "agr-dz-ru-anpp-institute-mou"
AGR_ANTICANCER = "agr-dz-ru-anticancer-plants-partnership"
AGR_HEALTH = "agr-dz-ru-pharma-health-cooperation"
AGR_HEAVY = "agr-dz-ru-heavy-industry-partnership"


# -- fold -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["temouchent", "Témouchent", "TEMOUCHENT", "TÉMOUCHENT", "Te\u0301mouchent"]
)
def test_fold_case_and_accents(text: str) -> None:
    assert fold(text) == "temouchent"


def test_fold_accented_target_is_found_by_plain_word() -> None:
    assert "algero" in fold("la coopération algéro-russe")
    assert fold("Algérie") == fold("ALGERIE") == "algerie"
    assert fold("Aïn Témouchent") == "ain temouchent"


@pytest.mark.parametrize("apostrophe", ["'", "\u2019", "\u2018", "\u02bc", "`"])
def test_fold_apostrophes(apostrophe: str) -> None:
    assert fold(f"l{apostrophe}Industrie") == "l'industrie"


def test_fold_quotes_dashes_and_space() -> None:
    assert fold("«\u00a0Partenariat\u00a0»") == fold('" partenariat "')
    assert fold("algéro\u2013russe") == "algero-russe"
    assert fold("  deux\n\t complexes  ") == "deux complexes"
    assert fold("Straße") == "strasse"  # casefold, not lower


@pytest.mark.parametrize("text", ["Россия и Алжир", "الجزائر وروسيا", "Ain Témouchent, l’Algérie"])
def test_fold_other_scripts_is_stable_and_searchable(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == folded
    assert fold(text.split()[0]) in folded
    assert fold("Россия") == "россия"


# -- parse_filter -----------------------------------------------------------------------


def test_parse_filter_qualifiers_and_words() -> None:
    flt = parse_filter(
        'sector:"heavy industry" status:Under-Negotiation country:ru org:anpp '
        '"Ain  Témouchent" Algérie'
    )
    assert flt.sectors == ("heavy industry",)
    assert flt.statuses == ("under_negotiation",)
    assert flt.countries == ("RU",)
    assert flt.orgs == ("anpp",)
    assert flt.words == ("ain temouchent", "algerie")
    assert not flt.is_empty


def test_parse_filter_repeated_qualifiers_are_alternatives() -> None:
    flt = parse_filter("status:draft status:approved country:DZ country:RU")
    assert flt.statuses == ("draft", "approved")
    assert flt.countries == ("DZ", "RU")


def test_parse_filter_status_prefix_and_qualifier_case() -> None:
    assert parse_filter("status:fin").statuses == ("finalising",)
    assert parse_filter("STATUS:pre-construction").statuses == ("pre_construction",)
    assert parse_filter('status:"in force"').statuses == ("in_force",)


def test_parse_filter_empty() -> None:
    assert parse_filter("").is_empty
    assert parse_filter("   ").is_empty
    assert parse_filter('""').is_empty


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("colour:red", ["unknown qualifier", "colour", "sector:"]),
        ("sector:", ["needs a value", "sector:pharma"]),
        ("status:building", ["unknown status", "building", "approved"]),
        ("status:a", ["could be", "announced", "approved"]),
        ("country:Algeria", ["Algeria", "two-letter"]),
        ("country:D", ["two-letter"]),
        ("country:12", ["two-letter"]),
    ],
)
def test_parse_filter_errors_say_what_works(text: str, words: list[str]) -> None:
    with pytest.raises(QueryError) as info:
        parse_filter(text)
    for word in words:
        assert word in str(info.value)
    assert info.value.exit_code == 2


def test_filter_combined_and_narrows() -> None:
    both = Filter(sectors=("pharma",)).combined(parse_filter("status:draft mou"))
    assert both.sectors == ("pharma",)
    assert both.statuses == ("draft",)
    assert both.words == ("mou",)
    assert parse_filter("temouchent").narrows(parse_filter("temou"))
    assert not parse_filter("temou").narrows(parse_filter("temouchent"))
    # An infix finds nothing; a word holding it from its start may find records.
    assert not parse_filter("ain-temouchent").narrows(parse_filter("emouchent"))
    assert not parse_filter("status:draft x").narrows(parse_filter("x"))


# -- Snapshot.select on the seeds -------------------------------------------------------


def ids(store: Store, kind: str, text: str) -> list[str]:
    return [record.id for record in store.select(kind, parse_filter(text))]


def test_sector_pharma(seeded: Store) -> None:
    assert ids(seeded, "projects", "sector:pharma") == [ANTICANCER]
    assert ids(seeded, "agreements", "sector:pharma") == [AGR_MOU, AGR_ANTICANCER, AGR_HEALTH]
    assert ids(seeded, "sectors", "sector:pharma") == ["sec-pharmaceuticals"]


def test_sector_by_id_and_french_name(seeded: Store) -> None:
    assert ids(seeded, "projects", "sector:sec-pharmaceuticals") == [ANTICANCER]
    assert ids(seeded, "projects", "sector:pharmaceutique") == [ANTICANCER]
    assert ids(seeded, "projects", "sector:sidérurgie") == [ALUMINIUM]
    assert ids(seeded, "projects", "sector:SIDERURGIE") == [ALUMINIUM]


def test_sector_heavy_includes_children(seeded: Store) -> None:
    assert ids(seeded, "sectors", "sector:heavy") == [
        "sec-aluminium",
        "sec-heavy-industry",
        "sec-steel",
    ]
    assert ids(seeded, "projects", "sector:heavy") == [ALUMINIUM, SECOND]
    assert ids(seeded, "agreements", "sector:heavy") == [AGR_HEAVY]
    # A child alone does not pull in its parent or sibling.
    assert ids(seeded, "projects", "sector:steel") == [ALUMINIUM]
    assert ids(seeded, "sectors", "sector:steel") == ["sec-steel"]


def test_status(seeded: Store) -> None:
    assert ids(seeded, "agreements", "status:draft") == [AGR_MOU]
    assert ids(seeded, "projects", "status:draft") == []
    assert ids(seeded, "projects", "status:approved") == [ALUMINIUM, SECOND]
    assert ids(seeded, "projects", "status:approved status:construction") == [
        ALUMINIUM,
        ANTICANCER,
        SECOND,
    ]
    assert ids(seeded, "agreements", "status:finalising") == [AGR_HEALTH]


def test_country(seeded: Store) -> None:
    assert ids(seeded, "projects", "country:RU") == [ALUMINIUM, ANTICANCER, SECOND]
    # The MoU lists no countries: Russia comes from its parties' country.
    assert AGR_MOU in ids(seeded, "agreements", "country:RU")
    assert ids(seeded, "orgs", "country:RU") == [
        "org-ru-institute-medicines-good-practices",
        "org-ru-ministry-health",
    ]
    assert ids(seeded, "projects", "country:FR") == []


def test_org(seeded: Store) -> None:
    assert ids(seeded, "agreements", "org:anpp") == [AGR_MOU]
    assert ids(seeded, "agreements", "org:ANPP") == [AGR_MOU]
    assert ids(seeded, "projects", "org:anpp") == []
    assert ids(seeded, "orgs", "org:anpp") == ["org-dz-anpp"]
    assert ids(seeded, "projects", "org:ministère") == [ALUMINIUM, SECOND]


@pytest.mark.parametrize("word", ["temouchent", "Témouchent", "TEMOUCHENT", '"ain temouchent"'])
def test_free_word_is_accent_and_case_blind(seeded: Store, word: str) -> None:
    assert ids(seeded, "projects", word) == [ALUMINIUM]


def test_free_words_reach_quotes_and_apostrophes(seeded: Store) -> None:
    # "russo-algérien" is in claim quotes of the anticancer project.
    assert ANTICANCER in ids(seeded, "projects", "algerien")
    assert ids(seeded, "projects", "l'industrie") == ids(seeded, "projects", "l\u2019industrie")
    assert ids(seeded, "projects", "l'industrie") != []


def test_claims_are_searchable_by_quote(seeded: Store) -> None:
    assert ids(seeded, "claims", '"entrera en fonction fin 2025"') == [
        "clm-prj-anticancer-operation-start"
    ]


def test_combined_qualifiers(seeded: Store) -> None:
    assert ids(seeded, "agreements", "sector:pharma status:draft") == [AGR_MOU]
    assert ids(seeded, "agreements", "sector:pharma org:anpp country:RU") == [AGR_MOU]
    assert ids(seeded, "projects", "sector:heavy temouchent") == [ALUMINIUM]
    assert ids(seeded, "projects", "sector:heavy status:approved country:DZ") == [ALUMINIUM, SECOND]
    assert ids(seeded, "projects", "sector:pharma temouchent") == []


def test_no_match_is_empty(seeded: Store) -> None:
    assert ids(seeded, "projects", "zzzzzz") == []
    assert ids(seeded, "agreements", "status:terminated") == []
    assert ids(seeded, "projects", "sector:tourism") == []


@pytest.mark.parametrize("text", ["sector:nope", "org:nope", "sector:pharma org:nope"])
def test_unknown_sector_or_org_is_a_query_error(seeded: Store, text: str) -> None:
    with pytest.raises(QueryError) as info:
        ids(seeded, "projects", text)
    assert "nope" in str(info.value)
