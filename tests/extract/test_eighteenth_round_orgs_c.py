"""Rules for organisations and people, round eighteen, part orgs_c; each general in form and
tested on sentences of its own (none taken from the evaluation set):

- the companies a supplier serves, named as the object of its verb ("l’entreprise fournit
  notamment le groupe Renault et Stellantis", "the company supplies the carmaker Toyota"),
  are its customers, no organisation of the plant; a company said to be another's customer
  just after its name ("Norvel, l’un des principaux clients de Kelta") is none either, while
  a shareholder so said ("l’un des principaux actionnaires") stays one;
- "LLP" closes a company's name as "LLC" does; an owner's possessive inside a name its
  legal form closes, after two words or more ("Kelmar Steel Industry’s Overseas Engineering
  Co., Ltd.") is a word of that one name; after one word ("Kelta’s Norvel Ltd") it is cut;
- a company whose name opens with a country's name, the one country it says ("China Zentral
  Mining Ltd."), is that country's; not when that country is the article's host ("Kenya
  Zentral Mining Ltd." in a text about a plant in Kenya, a foreign company's local arm);
- a mayor's or a prefect's title names a town, no organisation ("the Mayor of Kelvale");
- "D’après" opens a sentence before a name, no word of it.
"""

from __future__ import annotations

from tests.extract.reading import about, orgs, people, read


def test_a_supplier_s_customers_named_as_its_verb_s_object_are_no_orgs() -> None:
    said = read(
        "Le groupe Kelta a ouvert une usine à Kénitra. L’entreprise fournit notamment le "
        "groupe Renault et Stellantis."
    )
    assert "Renault" not in orgs(said)
    assert "Kelta" in orgs(said)
    said = read(
        "The Kelta group will build a tyre plant in Nakuru. The company supplies the "
        "carmaker Toyota.",
        lang="en",
    )
    assert "Toyota" not in orgs(said)


def test_a_partner_named_after_a_preposition_stays_one() -> None:
    said = read("Le groupe Kelta a ouvert une usine à Kénitra avec le groupe Renault.")
    assert "Renault" in orgs(said)


def test_a_company_said_to_be_another_s_customer_is_no_party() -> None:
    said = read(
        "Le groupe Kelta a ouvert une usine à Kénitra, près des sites du fabricant allemand "
        "Norvel, l’un des principaux clients de Kelta."
    )
    assert "Norvel" not in orgs(said)
    assert len(about(said, "Usine de Kénitra", "parties")) == 1


def test_a_company_said_to_be_another_s_shareholder_stays_one() -> None:
    said = read(
        "Le groupe Kelta a ouvert une usine à Kénitra avec le fabricant allemand Norvel, "
        "l’un des principaux actionnaires de Kelta."
    )
    assert "Norvel" in orgs(said)


def test_llp_closes_a_name_and_a_possessive_inside_a_suffixed_name_is_kept() -> None:
    said = read(
        "The agreement includes Zarvek Minerals Smelting LLP, Kelmar Steel Industry’s "
        "Overseas Engineering Co., Ltd. (KSO), and Norvel Kenya LLP, for a smelter in Nakuru.",
        lang="en",
    )
    assert {
        "Zarvek Minerals Smelting LLP",
        "Kelmar Steel Industry’s Overseas Engineering Co., Ltd.",
        "Norvel Kenya LLP",
    } <= orgs(said)


def test_a_possessive_after_one_word_still_cuts_the_name() -> None:
    said = read("Kelta’s Norvel Ltd will build a smelter in Nakuru, Kenya.", lang="en")
    assert not any("’s" in name for name in orgs(said))


def test_a_company_named_by_a_country_is_that_country_s() -> None:
    said = read(
        "The smelter in Nakuru, Kenya, will be built by China Zentral Mining Ltd. The Kenyan "
        "plant will employ 300 people in Kenya.",
        lang="en",
    )
    assert [p.plain_value() for p in about(said, "China Zentral Mining Ltd.", "country")] == ["CN"]


def test_a_company_named_by_the_host_country_has_no_country_read() -> None:
    said = read(
        "The smelter in Nakuru, Kenya, will be built by Kenya Zentral Mining Ltd. The Kenyan "
        "plant will employ 300 people in Kenya.",
        lang="en",
    )
    assert "Kenya Zentral Mining Ltd." in orgs(said)
    assert not about(said, "Kenya Zentral Mining Ltd.", "country")


def test_a_mayor_s_town_is_no_organisation() -> None:
    said = read(
        "Kelta investors talked with the Mayor of Kelvale, John Brant, about a plant.", lang="en"
    )
    assert "John Brant" in people(said)
    assert "Kelvale" not in orgs(said)


def test_a_director_s_body_stays_an_organisation() -> None:
    said = read(
        "Kelta investors talked with the director of Kelvale, John Brant, about a plant.",
        lang="en",
    )
    assert "Kelvale" in orgs(said)


def test_d_apres_is_no_word_of_a_name() -> None:
    said = read(
        "D’après Jean Morel, président du conseil d’administration de Norvex, l’usine ouvrira "
        "en mai."
    )
    assert people(said) == {"Jean Morel"}
    assert [p.plain_value() for p in about(said, "Norvex", "head")] == ["Jean Morel"]
