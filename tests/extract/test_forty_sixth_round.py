"""Forty-sixth round: what the first reading of held-out set BJ showed the reader could not
read, in words any article may use, with names no list knows.

- "a multimillion-dollar factory in X province Wednesday to process rubber grown at nearby
  plantations": a cost said in one word, a day, a product's origin; none a word of its name.
- "in Loc Ninh district's Kravo commune": the commune is where the plant is.
- "The agreement, called Project Investment Agreement (PIA)": the agreement spoken of, named;
  "signed Project Investment Agreement (PIA) in Dhaka": where it was signed.
- "Investment Board of Bangladesh and Kelvo-Tara Cement P Ltd signed": two, the second with
  its legal form; "Tarvo Group from China and Tara Holdings": China is Tarvo's.
- "a large sugar factory in the Kenyan capital, Kelvaville": the capital is the town; the
  agreement to build it is named without its size; "would begin to operate in October 2014".
"""

from __future__ import annotations

from .reading import about, locations, named, orgs, projects, read, value_of


def test_a_cost_in_one_word_a_day_and_an_origin_are_no_words_of_a_name() -> None:
    found = read(
        "Laotian Cashew Firm Opens $12M Plant\n"
        "A state-owned Laotian cashew company inaugurated a multimillion-dollar factory in"
        " Binh Phuoc province Wednesday to process cashews grown at nearby farms, the"
        " provincial governor said Thursday.\n"
        "The firm had invested about $12 million in the plant.",
        "en",
        None,
    )
    assert projects(found) == {"Factory to process cashews"}
    [name] = about(found, "Factory to process cashews", "name")
    assert name.quote == "a multimillion-dollar factory"
    assert [
        p.plain_value()["value"] for p in about(found, "Factory to process cashews", "investment")
    ]


def test_a_sum_before_the_noun_still_tells_another_plant() -> None:
    found = read(
        "Korvel Group said its cement plant in Kelvo had cost $40 million. The group will also"
        " build a $25 million glass factory in Darvel.",
        "en",
        "2020-05-01",
    )
    assert len(projects(found)) == 2


def test_the_commune_said_as_a_district_s_is_the_plant_s_place() -> None:
    found = read(
        "A Thai company has opened a rubber latex processing plant in Loc Ninh district's Kravo"
        " commune, in Binh Phuoc province, Vietnam.",
        "en",
        "2020-05-01",
    )
    [where] = locations(found)
    assert where["locality"] == "Kravo"


NAMED_AGREEMENT = (
    "A Chinese joint venture on Sunday signed a special multi-million dollar agreement with"
    " the Bangladesh government to set up a cement factory in the country.\n"
    "Investment Board of Bangladesh and Kelvo-Tara Cement P Ltd signed Project Investment"
    " Agreement (PIA) in Dhaka.\n"
    "The agreement, called Project Investment Agreement (PIA), is the first of its kind in"
    " the country. The contract provides protection to the firm's investment.\n"
    "As per the agreement, the company will make an investment of $250 million to build the"
    " factory in Sylhet.\n"
    "The project, a joint partnership between Blue Tiger Cement Ltd, a subsidiary unit of"
    " Tarvo Group from China and Tara Holdings, plans to produce 5,000 tons of cement per"
    " day."
)


def test_an_agreement_called_by_its_name_is_the_one_spoken_of() -> None:
    found = read(NAMED_AGREEMENT, "en", "2017-09-03")
    assert named(found, "agreements") == {"Project Investment Agreement"}
    assert "Called Project" not in projects(found)
    parties = {
        p.plain_value()["org"] for p in about(found, "Project Investment Agreement", "parties")
    }
    names = {p.new.key: p.new.name for p in found if p.new}
    assert {names[k] for k in parties} >= {"Bangladesh government", "Kelvo-Tara Cement P Ltd"}


def test_where_an_agreement_was_signed_is_no_plant_s_place() -> None:
    found = read(NAMED_AGREEMENT, "en", "2017-09-03")
    assert all(where["locality"] != "Dhaka" for where in locations(found))


def test_a_country_s_board_and_a_company_joined_by_and_are_two() -> None:
    found = read(NAMED_AGREEMENT, "en", "2017-09-03")
    assert {"Investment Board of Bangladesh", "Kelvo-Tara Cement P Ltd"} <= orgs(found)
    assert value_of(found, "Investment Board of Bangladesh", "country") == "BD"
    assert not about(found, "Kelvo-Tara Cement P Ltd", "country")


def test_a_company_from_a_country_then_another_joined_by_and() -> None:
    found = read(NAMED_AGREEMENT, "en", "2017-09-03")
    assert "Tara Holdings" in orgs(found)
    assert not any("China" in name for name in orgs(found))
    assert value_of(found, "Tarvo Group", "country") == "CN"


def test_a_ministry_of_two_portfolios_stays_one() -> None:
    found = read("The Ministry of Trade and Industry signed the agreement.", "en", "2017-09-03")
    assert orgs(found) == {"Ministry of Trade and Industry"}


CAPITAL = (
    "The Egyptian Kelvo Investment Company will sign an agreement within days to build a"
    " large sugar factory in the Kenyan capital, Kelvaville with investments amounting to"
    " $200m.\n"
    "The Egyptian Ambassador in Kenya, Tarek Kamal, stated that the factory would begin to"
    " operate in October 2014."
)


def test_a_capital_said_by_its_country_s_adjective_is_the_plant_s_town() -> None:
    found = read(CAPITAL, "en", "2012-05-01")
    assert projects(found) == {"Sugar factory at Kelvaville"}
    [where] = locations(found)
    assert where == {"country": "KE", "region": None, "locality": "Kelvaville"}


def test_begin_to_operate_is_the_operation_s_start() -> None:
    found = read(CAPITAL, "en", "2012-05-01")
    [start] = about(found, "Sugar factory at Kelvaville", "dates.operation_start")
    assert start.plain_value()["earliest"] == "2014-10-01"


def test_an_agreement_s_title_leaves_the_plant_s_size_and_the_capital_out() -> None:
    found = read(CAPITAL, "en", "2012-05-01")
    assert named(found, "agreements") == {"Agreement to build a sugar factory"}
