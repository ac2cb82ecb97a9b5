"""Fifty-sixth round: what the first reading of held-out set BT showed the reader could not
read, in words any article may use, with names no list knows.

- "a parts maker will build a plant in Thiès. Ghanaian company Kelvo Group will initially make
  axles for trucks built by Tarvel Motor Company's Dakar plant, as well as for Norvel Auto's
  nearby Rufisque plant … It started with the arrival of the Norvel Auto plant in the late
  1990s. Now, Senegal is home to several vehicle plants": the plants the goods are made for are
  customers', no records, and their owners no parties; a company's plant in a sentence of past
  decades is history; the plants a place is home to are none of the article's.
- "Ghana's car parts maker Kelvo Industrial Co became the latest …, pledging to build a new
  factory … TogoInvest, the state-run agency for foreign direct investment, said on Monday
  Kelvo planned to launch production of stamping press parts, exhaust systems and other car
  components in the West African country in early 2005 … Kelvo's chief manufacturing base":
  "Co" before a verb closes a name; a pledge to build is announced; a name set before what
  the body is names an agency; the goods listed, with their "and", are no clause between the
  cue and its date, and the list's last says the trade; a manufacturing base is no sector.
- "La compagnie Kelvo International Inc. … construit une usine de production d'une valeur de 300
  millions de dollars canadiens (234 millions de dollars américains) … Xia Xiang, Conseiller
  économique et commercial de l'ambassade de Chine à Lomé … Elle travaillera en association
  avec Togo Royal Milk … Elle est en cours de construction depuis le mois de juin": the plant's
  own "de production" is no output's value; an embassy is its country's organisation; a
  title's fields joined by "et" stay the title's; a partner "en association avec", its name
  opened by a country and closed by a trade's word; works under way since a month began then.
- "The R11 billion investment by Kelvo … in a new vehicle manufacturing plant in the Kara
  industrial development zone (IDZ) is Kelvo's leading project … the new plant was also
  Kelvo's first foreign vehicle manufacturing plant": what the plant is said to be, after a verb
  "to be" and its owner's possessive, is the plant, no other; an industrial development zone
  is where the plant stands, and names it; "a sod-turning ceremony" begins the works.
- "Le constructeur chinois Kelvo et son partenaire togolais Norvel-EV Motors … assemblés sur un
  ancien site Tarvel fermé en décembre 2021, où travaillaient près de 3.000 personnes … Kelvo et
  Norvel, entreprise togolaise … une production de "50.000 véhicules" en 2027": a name's first
  word before a hyphen is the company said short; the people a closed site employed are no
  jobs; so many vehicles in a year are a yearly output; "ont annoncé vendredi prévoir de
  créer" is a plan made public.
- "Kelvo's comes shortly after Japan's Tarvel and France's Norvel plumped for the town of
  Sokodé": the companies of the investments that came before are no parties.

And what probes of the press's common forms showed: "a hot-rolled coil plant" is steel's; "was
on Tuesday commissioned", "was on Tuesday inaugurated": the day between the verb's two words;
"by the CEO of the X Board, Marie Tarvel, and Kelvo Pharma's chairman, Youssef Norvel": the
title after "and" is the next person's, no owner's of the first; "a 70% stake in the venture,
Kelvo-Norvel Tyres, with": the venture said again, then its name; "It is Norvel's third plant in
West Africa": the plant spoken of, by a pronoun; "an instant noodle factory" is food's.
"""

from __future__ import annotations

from .reading import about, orgs, people, projects, read, sector_names, value_of

SUPPLIER = (
    "THIES, Senegal - Senegal continues to attract carmakers. On Tuesday, the minister announced"
    " that a parts maker will build a plant in Thiès.\n\n"
    "Ghanaian company Kelvo Group will initially make axles for trucks built by Tarvel Motor"
    " Company's Dakar plant, as well as for Norvel Auto's nearby Rufisque plant.\n\n"
    "Kelvo's decision to invest $30 million and create 120 jobs in Thiès is good news, the"
    " minister said.\n\n"
    "It started with the arrival of the Norvel Auto plant in the late 1990s. Now, Senegal is"
    " home to several vehicle plants."
)


def test_the_plants_the_goods_are_made_for_are_customers() -> None:
    found = read(SUPPLIER, "en", "2021-05-01")
    assert projects(found) == {"Plant at Thiès"}
    [party] = about(found, "Plant at Thiès", "parties")
    assert party.quote == "Kelvo Group"
    assert value_of(found, "Plant at Thiès", "jobs")["value"] == 120
    alone = read(
        "Kelvo Group will build a plant in Thiès. It will make seats for cars built by Tarvel"
        " Motor Company's Dakar plant.",
        "en",
        "2021-05-01",
    )
    assert projects(alone) == {"Plant at Thiès"}


def test_a_companys_plant_in_a_history_and_a_places_plants_are_not_the_articles() -> None:
    found = read(SUPPLIER, "en", "2021-05-01")
    assert not {"Norvel Auto plant", "Vehicle plants"} & projects(found)
    assert value_of(found, "Plant at Thiès", "status") == "announced"
    # the article's own plant, said in its history, stays the one spoken of
    own = read(
        "Kelvo Group will modernise the Thiès sugar factory. The Thiès sugar factory was built in"
        " the 1960s by Tarvel.",
        "en",
        "2021-05-01",
    )
    assert "Thiès sugar factory" in projects(own)


PARTS = (
    "LOME, Aug 26 (Reuters) - Ghana's car parts maker Kelvo Industrial Co became the latest in a"
    " line of investors pouring money into Togo, pledging to build a new factory for 45 million"
    " euros and create 225 jobs.\n\n"
    "TogoInvest, the state-run agency for foreign direct investment, said on Monday Kelvo planned"
    " to launch production of stamping press parts, exhaust systems and other car components in"
    " the West African country in early 2005.\n\n"
    "The new plant will be based in the northern town of Kara and will serve as Kelvo's chief"
    " manufacturing base for markets in the region."
)


def test_co_before_a_verb_closes_a_name_and_a_pledge_is_announced() -> None:
    found = read(PARTS, "en", "2003-08-27")
    assert "Kelvo Industrial Co" in orgs(found)
    [status] = about(found, "Factory at Kara", "status")
    assert (status.plain_value(), status.quote) == ("announced", "pledging to build")
    pledged = read("Le groupe Kelvo s’est engagé à construire une usine à Kara.", "fr", None)
    assert value_of(pledged, "Usine de Kara", "status") == "announced"


def test_a_name_set_before_what_the_body_is_names_an_agency() -> None:
    found = read(PARTS, "en", "2003-08-27")
    assert "TogoInvest" in orgs(found)
    assert not about(found, "Factory at Kara", "parties")[1:]


def test_the_goods_listed_keep_the_date_and_say_the_trade() -> None:
    found = read(PARTS, "en", "2003-08-27")
    start = value_of(found, "Factory at Kara", "dates.operation_start")
    assert (start["raw"], start["earliest"]) == ("in early 2005", "2005-01-01")
    assert sector_names(found) == {"Automotive"}
    [sector] = about(found, "Factory at Kara", "sectors")
    assert "car components" in sector.quote or "exhaust systems" in sector.quote


MILK = (
    "La compagnie Kelvo International Inc., un des leaders du lait pour bébé en Chine, est en train"
    " de construire une usine de production d'une valeur de 300 millions de dollars canadiens (234"
    " millions de dollars américains) à Kara, au Togo.\n\n"
    "Xia Xiang, Conseiller économique et commercial de l'ambassade de Chine à Lomé, a souligné"
    " qu'il s'agissait du plus important investissement chinois au Togo.\n\n"
    "Elle travaillera en association avec Togo Royal Milk, ce qui lui permettra d'accéder aux"
    " subventions.\n\n"
    "La nouvelle usine de Kelvo se trouve à Kara. Elle est en cours de construction depuis le mois"
    " de juin, et devrait entrer en opération fin 2019."
)
PLANT = "Usine de production de Kara"


def test_the_plants_own_words_are_no_outputs_value() -> None:
    found = read(MILK, "fr", "2017-09-20")
    [investment] = about(found, PLANT, "investment")
    assert investment.plain_value()["value"] == 300_000_000
    assert investment.plain_value()["currency"] == "CAD"


def test_an_embassy_and_the_fields_of_a_title() -> None:
    found = read(MILK, "fr", "2017-09-20")
    assert value_of(found, "Ambassade de Chine à Lomé", "country") == "CN"
    [role] = about(found, "Xia Xiang", "roles")
    assert role.plain_value()["title"]["fr"].startswith("Conseiller économique et commercial")
    [embassy] = [p for p in found if p.new and p.new.name == "Ambassade de Chine à Lomé"][:1]
    assert role.plain_value()["org"] == embassy.new.key


def test_a_partner_in_association_named_by_a_country_and_a_trade() -> None:
    found = read(MILK, "fr", "2017-09-20")
    assert "Togo Royal Milk" in orgs(found)
    assert "Togo Royal Milk" in {p.quote for p in about(found, PLANT, "parties")}


def test_works_under_way_since_a_month_began_then() -> None:
    found = read(MILK, "fr", "2017-09-20")
    start = value_of(found, PLANT, "dates.construction_start")
    assert (start["raw"], start["earliest"], start["latest"]) == (
        "depuis le mois de juin",
        "2017-06-01",
        "2017-06-30",
    )
    english = read(
        "Kelvo is building a plant in Kara. It has been under construction since June.",
        "en",
        "2017-09-20",
    )
    assert value_of(english, "Plant at Kara", "dates.construction_start")["raw"] == "since June"


WHAT_IT_IS = (
    "The R11 billion investment by the Togolese company Kelvo Motors in a new vehicle"
    " manufacturing plant in the Kara industrial development zone (IDZ) is Kelvo's leading project"
    " for the group's globalisation.\n\n"
    "Its chairman said this week that the new plant was also Kelvo's first foreign vehicle"
    " manufacturing plant."
)


def test_what_the_plant_is_said_to_be_is_the_plant() -> None:
    found = read(WHAT_IT_IS, "en", "2016-08-30")
    [plant] = projects(found)
    assert plant == "Vehicle manufacturing plant in the Kara industrial development zone"


def test_an_industrial_development_zone_is_where_the_plant_stands() -> None:
    found = read(WHAT_IT_IS, "en", "2016-08-30")
    [where] = [p.plain_value() for p in found if p.field == "location"]
    assert (where["country"], where["locality"]) == ("TG", "Kara industrial development zone")


def test_a_sod_turning_ceremony_begins_the_works() -> None:
    found = read(
        "Kelvo will build a new plant in Kara. He spoke at a sod-turning ceremony for the"
        " commencement of construction of the new plant.",
        "en",
        "2016-08-30",
    )
    [status] = about(found, "Plant at Kara", "status")
    assert (status.plain_value(), status.quote) == ("construction", "sod-turning")


PICKUPS = (
    "Le constructeur chinois Kelvo et son partenaire togolais Norvel-EV Motors ont annoncé"
    " vendredi prévoir de créer 1.250 emplois dans leur usine de Kara.\n\n"
    "Les véhicules seront assemblés sur un ancien site Tarvel fermé en décembre 2021, où"
    " travaillaient près de 3.000 personnes.\n\n"
    "Kelvo et Norvel, entreprise togolaise spécialisée dans les pick-up électriques, avaient"
    " annoncé mardi leur accord.\n\n"
    'Kelvo et Norvel disent parier sur une production de "50.000 véhicules" en 2027.'
)


def test_a_names_first_word_before_a_hyphen_is_the_company_said_short() -> None:
    found = read(PICKUPS, "fr", "2024-04-19")
    assert orgs(found) == {"Kelvo", "Norvel-EV Motors"}
    # ("Shihai-Bissau": the company's arm in a town, another than "Shihai")
    arm = read(
        "Kelvo Fujian va construire un complexe à Kara, a indiqué un communiqué de la compagnie"
        " Kelvo-Lomé. Il a parlé au nom de la société Kelvo dans le pays.",
        "fr",
        None,
    )
    assert "Kelvo-Lomé" in orgs(arm)
    assert not any(p.new and p.new.name == "Kelvo-Lomé" and p.quote == "Kelvo" for p in arm)


def test_the_people_a_closed_site_employed_are_no_jobs() -> None:
    found = read(PICKUPS, "fr", "2024-04-19")
    assert [p.plain_value()["value"] for p in about(found, "Usine de Kara", "jobs")] == [1250]
    english = read(
        "Kelvo will create 1,250 jobs at its plant in Kara, a former Tarvel site which once"
        " employed 2,000 workers.",
        "en",
        "2024-04-19",
    )
    assert [p.plain_value()["value"] for p in about(english, "Plant at Kara", "jobs")] == [1250]


def test_so_many_vehicles_in_a_year_are_a_yearly_output() -> None:
    found = read(PICKUPS, "fr", "2024-04-19")
    capacity = value_of(found, "Usine de Kara", "capacity")
    assert (capacity["value"], capacity["unit"]) == (50_000, "units/yr")


def test_a_plan_made_public_is_announced() -> None:
    found = read(PICKUPS, "fr", "2024-04-19")
    [status] = about(found, "Usine de Kara", "status")
    assert status.plain_value() == "announced"
    assert status.quote.startswith("ont annoncé vendredi prévoir")


def test_the_companies_of_investments_before_are_no_parties() -> None:
    found = read(
        "Kelvo Industrial Co pledged to build a new factory in Kara. Kelvo's comes shortly after"
        " Japan's Tarvel and France's Norvel plumped for the Togolese town of Sokodé to build a"
        " new small-cars plant.",
        "en",
        "2004-08-27",
    )
    assert [p.quote for p in about(found, "Factory at Kara", "parties")] == ["Kelvo Industrial Co"]


def test_a_hot_rolled_coil_plant_is_steels() -> None:
    found = read(
        "India's Kelvo Steel said on Tuesday it would invest $250 million to build a hot-rolled"
        " coil plant in Oman's Sohar Freezone.",
        "en",
        "2026-03-03",
    )
    assert sector_names(found) == {"Steel"}


def test_the_day_between_the_verbs_two_words() -> None:
    found = read(
        "KAMPALA, May 14 (Xinhua) -- A Chinese-built ceramics factory was on Tuesday commissioned"
        " in Uganda's central district of Mukono.",
        "en",
        "2024-05-14",
    )
    [status] = [p for p in found if p.field == "status"]
    assert (status.plain_value(), status.quote) == ("operating", "was on Tuesday commissioned")
    [start] = [p.plain_value() for p in found if p.field == "dates.operation_start"]
    assert start["earliest"] == "2024-05-14"


def test_a_title_after_and_is_the_next_persons() -> None:
    found = read(
        "The MoU was signed by the CEO of the Kigali Development Board, Marie Tarvel, and Kelvo"
        " Pharma's chairman, Youssef Norvel.",
        "en",
        "2025-09-18",
    )
    assert {"Marie Tarvel", "Youssef Norvel"} <= people(found)
    assert "Kelvo Pharma" in orgs(found)


def test_the_venture_said_again_then_its_name() -> None:
    found = read(
        "Turkey's Kelvo Lastik and Serbia's state-owned Norvel Industries have set up a joint"
        " venture to build a tyre factory near the central Serbian city of Kragujevac. Kelvo will"
        " hold a 70% stake in the venture, Kelvo-Norvel Tyres, with Norvel holding the rest.",
        "en",
        "2025-10-02",
    )
    assert orgs(found) == {"Kelvo Lastik", "Norvel Industries", "Kelvo-Norvel Tyres"}


def test_the_plant_said_by_a_pronoun_as_what_it_is() -> None:
    found = read(
        "Kelvo Foods, a unit of Singapore-based Norvel Group, has opened a $35 million instant"
        " noodle factory in Senegal's Diamniadio industrial park, the company said on Friday. It"
        " is Norvel's third plant in West Africa after factories in Ghana and Nigeria.",
        "en",
        "2025-06-20",
    )
    assert projects(found) == {"Instant noodle factory in the Diamniadio industrial park"}
    assert sector_names(found) == {"Agrifood"}
