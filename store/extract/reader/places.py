"""Where a plant stands: the places a sentence names (the gazetteer, the subdivisions
and towns of the countries the article names), and the record each is said of."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ...text import fold
from .. import rx
from ..cities import large_city_country, world_town_country
from ..places import (
    REGION_KINDS,
    CountryMention,
    Place,
    countries_in,
    country_names,
    far_from,
    initials_said,
    names_said_as_regions,
    names_said_as_towns,
    nationality_word,
    news_agency,
    places_in,
    region_after,
    region_in,
    unknown_places,
    world_state_country,
    world_subdivision_country,
)
from ..proposal import Proposal, typed_value
from ..records import (
    RecordMention,
    held_plant_before,
)
from ..segment import (
    Sentence,
    folded,
    strip_span,
)
from .records import RecordsReading
from .rules import (
    _COMPANY_AFTER,
    _COMPANY_BEFORE,
    _COUNTY,
    _OWNER_ADJECTIVE,
    _OWNER_ADJECTIVE_FR,
    _POSSESSIVE_COMPANY,
    Entity,
)

# "Kazakhstan looks to construct glass plant", "Gabon to build a tile plant": a country, by
# its name opening the sentence, that builds (folded, up to the plant's noun)
_COUNTRY_BUILDS = re.compile(
    r"([a-z][\w' -]{1,40}?) (?:(?:looks|plans|intends|wants|seeks|aims|is set|is|are|will)"
    r" )?(?:to )?(?:build|construct|set up|establish)\b[^.;,]{0,40}$"
)


def _in_english(place: Place, said: str) -> Place:
    """``place`` as an English text names it: "in Alexandria", "Tangier", the English name
    of a town the lists spell in French ("Alexandrie", "Tanger"), its region too when it
    bears the town's name; a short name or another spelling keeps the lists' own."""
    town = place.locality
    if (
        town is None
        or not said[:1].isupper()
        or folded(said) == folded(town)
        or folded(said)[:4] != folded(town)[:4]
        or abs(len(said) - len(town)) > 2
    ):
        return place
    region = said if place.region == town else place.region
    return Place(place.country, region, said)


# An English plant's noun, then "of", "by", "owned by" before its owner's name (folded)
_PLANT_OF_BEFORE_EN = re.compile(
    r"\b(?:plants?|factory|factories|facility|mill|complex|refinery|smelter|works)"
    # ("A factory to be built by Kelvo Steel in the Suez Canal Economic Zone")
    r" (?:(?:to be |being |that will be |which will be )?(?:built|run|operated|owned|developed) )?"
    r"(?:of|by) (?:the )?(?:company |group |firm )?$"
    # ("a cement plant built by Chinese firm Kelvo Cement Ltd at Kabaale": its nationality
    # and its noun before the company's name)
    r"|\b(?:plants?|factory|facility|mill|complex|refinery|smelter) (?:built|run|operated|owned"
    r"|developed) by (?:the )?[a-z-]+ (?:company|group|firm|conglomerate|giant|[a-z]*maker) $"
)


# "In the same complex, …", "Sur le même site, …": where the plant said before stands
_SAME_SITE = re.compile(
    r"\b(?:in|at|on|within) the same (?:complex|site|compound|premises|zone|park|estate"
    r"|industrial (?:zone|park|estate|city))\b"
    r"|\b(?:dans|sur|au sein) (?:le|du) meme (?:complexe|site|parc|domaine)\b"
    r"|\b(?:dans|sur|au sein de) la meme (?:zone|enceinte|plateforme)\b"
)


# "a factory in Ghana", "en Guinée-Bissau": a country said as where something is
# "China-based", "Turkish-owned": a company's seat or owners, said of it, no place's country
_OWNED_AFTER = re.compile(r"-(?:based|owned|invested|funded|backed|run|headquartered|listed)\b")
# "Banque d'import-export de l'", "Export-Import Bank of": a lender named by its country
_LENDER_OF_BEFORE = re.compile(
    r"\b(?:banque|bank|fonds|fund)\b[^.;,()]{0,30}? (?:de l'|de la |du |d'|de |of (?:the )?)$"
)
_SAID_AS_WHERE = re.compile(r"\b(?:in|en|au|aux|a|into|to) (?:the )?$")


def _host_weight(text: str, fold: str, c: Any) -> int:
    """How much a country said (not of a company) tells of the article's host: its name said
    as where ("in Ghana", "en Guinée-Bissau") most, its name less, an adjective ("the Indian
    government", "l'investissement chinois") or a name opening another's ("India Exim Bank")
    least: the investors' countries are said by adjectives, the host's by its name. In
    halves: a name said once counts 2."""
    if _SAID_AS_WHERE.search(fold[max(0, c.start - 8) : c.start]):
        return 4
    adjective = nationality_word(text[c.start : c.end])
    if adjective and _OWNER_ADJECTIVE.match(fold, c.end):
        return 0  # "a Chinese cement plant": whose the plant is
    if adjective or rx.match(r" [A-Z][a-z]", text[c.end : c.end + 3]):
        return 1
    return 2


_SET_UP_IN = re.compile(
    r"[^.;:]{0,100}?\b(?:installee?s?|implantee?s?|situee?s?|construite?s?|erigee?s?|located|"
    r"built|constructed|erected|set up|established|installed"
    # "sortira bientôt de terre au Rwanda": will rise there
    r"|sortira (?:bientot |prochainement )?de terre|verra (?:bientot |prochainement )?le jour)"
    r" (?:au|en|aux|in) (?:the )?"
    # "built in southeast Nigeria": a part of the country is in it
    r"(?:(?:north|south|east|west|central|northern|southern|eastern|western)"
    r"(?:-?(?:east|west|eastern|western))? )?([\w'-]+(?: [\w'-]+){0,3})"
)


# The word that says a place is a province, a region or a district: "Fergana Province",
# "Karak Governorate", "Yedashe Township".
_PROVINCE_AFTER = re.compile(
    r" (?:province|region|governorate|gouvernorat|district|county|state|oblast|prefecture|"
    r"velayat|viloyat|township|municipality|regency)\b"
)


# An envoy, said before the country that sent it or after its adjective
_ENVOY_BEFORE = re.compile(
    r"\b(?:ambassadeur|ambassadrice|ambassador|envoy|consul|charge d'affaires)"
    r" (?:(?:de la |de l'|du |des |de |d'|of (?:the )?)|(?=[a-z]+$))"
)
_ENVOY_AFTER = re.compile(r" (?:ambassador|envoy|consul|charge d'affaires)\b")
# A French plant's noun and complements, then "de" before its owner's name
_PLANT_OF_BEFORE = re.compile(
    r"\b(?:usines?|cimenteries?|raffineries?|acieries?|unites? de production|complexes?"
    # ("la minoterie de Kelvo à Thiès": a plant said by its trade's own noun)
    r"|minoteries?|huileries?|sucreries?|tanneries?|savonneries?|fonderies?|filatures?"
    r"|brasseries?|cableries?|verreries?|papeteries?|conserveries?|rizeries?|laiteries?"
    r"|biscuiteries?"
    # ("le projet d'aciérie du groupe turc Kelvo à Bellara": a project said by its plant)
    r"|projets? (?:d'|de )[a-z-]+)"
    r"(?: (?:de |d'|du |des )[a-z-]+){0,3} (?:de |d'|du )"
    # ("l'usine de cajou de la société indienne Norvel à Bouaké": the owner by its noun)
    r"(?:(?:la |le |l')?(?:societe|entreprise|firme|compagnie|groupe|multinationale|filiale"
    # ("l'usine de montage de véhicules du constructeur turc X à Diamniadio": by its trade)
    r"|constructeur|fabricant|producteur|equipementier|industriel|cimentier|brasseur)"
    r"(?: [a-z-]+)? )?$"
)


# ", filiale du groupe indien ", ", a subsidiary of ": a parent apposed to a company
_PARENT_BEFORE = re.compile(
    r", (?:une |la |a |the )?(?:filiale|subsidiary|unit) (?:du groupe|de la societe|de l'entreprise"
    r"|de|du|d'|of(?: the)?)(?: [a-z-]+)? $"
)


# What follows a town that opens a line when the line is a dateline: a comma, a dash, a
# bracket, a colon, after the rest of the town's name in capitals ("MEXICO CITY (Reuters)
# –", "Mexico City -"), or nothing when the town stands alone on its line in capitals.
_DATELINE_REST = re.compile(
    r"(?:[ \t]+(?:[A-Z][A-Z'’.-]+|City)\b)*[ \t]*(?:,|—|–|-|\(|/|:)"
    r"|(?<=[A-Z]{3})[ \t]*(?:\n|$)"
    # "KYIV. Sept 18 (Interfax-Ukraine) –", "PARIS. 5 mars —": the town in capitals, a full
    # stop, the day
    r"|(?<=[A-Z]{2})\.[ \t]+(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}\b|\d{1,2}(?:er)?[ \t]+[a-zéû]{3,9}\b)"
)


# "to recruit a 2,000-head workforce from Batangas", "recruter des jeunes issus de Kindia":
# where the staff come from, not where the plant stands
_HIRED_FROM = re.compile(
    r"\b(?:recruit\w*|hir(?:e|es|ed|ing)|employ\w*|workforce|workers|staff|labou?r|recrut\w*"
    r"|embauch\w*|main-d'(?:oeuvre|œuvre)|travailleurs|employes|jeunes)\b[^.;]{0,50}?"
    r"\b(?:from|issue?s? de|originaires? de|venant de|venus de) (?:the )?$"
)


# The words before a place that a distance or a direction is measured from.
_DISTANCE_FROM = re.compile(
    # "à 30 km de", "à une vingtaine de kilomètres de", "a few miles from"
    r"(?:(?:\d[\d,. ]*\s*|(?:une? |a )?(?:dizaine|quinzaine|vingtaine|trentaine|quarantaine|"
    r"cinquantaine|soixantaine|centaine|few|couple) (?:de |d'|of )?|quelques )"
    r"(?:km|kilomet\w*|miles?|metres|meters|m)\b[^.;,]{0,25}?|"
    # "east of X" is outside it, "in the east of X", "dans le nord de X" inside it
    r"(?<!the )(?<!le )\b(?:(?:north|south)(?:-?(?:east|west))?|east|west|(?:au |a l')(?:nord|sud|est|ouest)(?:-(?:est|ouest))?)) "
    r"(?:of|de|du|d'|from)\s?(?:la |le |l'|the )?"
    # "28 km southwest of Ethiopia's capital Addis Ababa", "au sud de la capitale, Dakar"
    r"(?:[\w-]+['’]s (?:capital|city|town|port) |(?:capital|capitale|city|ville)"
    r"(?: of [\w-]+| du [\w-]+| de la [\w-]+)?,? )?$"
)


# A company's seat, not a plant's site: the sentence opened by it ("Basée à Séoul, X va
# investir …"), or a company's noun before it ("an appliance manufacturer based in Qingdao").
_TOWN_COMPANY = re.compile(r" (?:company|companies|firms?|group|conglomerate|investors?)\b")
_COMPANY_PEOPLE = re.compile(
    r" (?:company|companies|firm|group)(?:['’]s)? (?:officials?|executives?|sources?"
    r"|spokes(?:man|woman|person)|representatives?|managers?)\b"
)
# ("a company based in east China's Zhejiang province": its country's possessive between)
_SEAT_WORDS = (
    r"(?:basee?s?|based|headquartered|domiciliee?s?) (?:a|en|au|aux|in|at)"
    r" (?:(?:[a-z-]+ )?[a-z]+(?: [a-z]+)?'s )?"
)


_SEAT_AT = re.compile(
    r"\b(?:company|firm|group|manufacturer|maker|producer|societe|groupe|entreprise|firme|"
    rf"fabricant|producteur|equipementier)s?,? {_SEAT_WORDS}$"
)


# "une entreprise internationale, spécialisée dans la fabrication de vêtements basée à
# Taipei", "a Chinese firm specialised in textiles, based in Ningbo": a company's noun, then
# what it does, then its seat; no plant's noun between ("une usine … basée à X" is the plant's)
_SEAT_AFTER_COMPANY = re.compile(
    r"\b(?:company|firm|group|manufacturer|maker|producer|societe|groupe|entreprise|firme|"
    r"compagnie|fabricant|producteur|equipementier|multinationale?)s?\b"
    r"(?:(?!\b(?:usines?|plants?|factory|factories|sites?|unites?|complexes?|mills?|"
    r"facility|facilities|centrales?|stations?|ateliers?|fabriques?)\b)[^.;:])*"
    # ("La société chinoise Kaito, installée à Shanghai, …": where the company is)
    rf"[\w,] (?:{_SEAT_WORDS}|(?:installee?s?|etablie?s?) (?:a|en|au|aux) )$"
)


# "Angren free economic zone": a free zone named by its town, its kind in lower case after
# it (a zone of a country's law, named so; "Muhanga industrial park, Muhanga district" is
# the town's park)
_ZONE_WORDS_AFTER = re.compile(
    r" (?:(?:free|special) (?:economic|industrial) zone|free (?:trade )?zone|export processing zone)\b"
)


# "L'entreprise, fondée à Athènes en 1926", "Kelvo, founded in Athens": where a company (a
# body, a town) began, no plant's place
_FOUNDED_IN = re.compile(r"\b(?:fondee?s?|founded) (?:a|en|au|aux|in) $")


# ", Lami." after a town: the wider place it is in, closing the sentence
_WIDER_PLACE = re.compile(r", ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\s*(?:[.;)]|$)")
# "at Tada in Andhra Pradesh", "à Kelvo, dans le Hebei": a region said just after a place
# no list knows
_REGION_JUST_AFTER = re.compile(
    r",? (?:in |dans (?:le |la |l'|l’)?|en )?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})"
)


def _country_of_region_after(text: str, b: int) -> str | None:
    """The country of the region of the world said just after the place ending at ``b``."""
    said = _REGION_JUST_AFTER.match(text, b)
    if said is None:
        return None
    # ("at Sri City in Andhra Pradesh's Tirupati district": the region, whose the district is)
    return world_subdivision_country(rx.split(r"['’]s\b", said[1])[0])


# "à Lausanne, où le siège européen de l'entreprise est basé", "in Dubai, where its
# headquarters are": the town of a company's seat, no plant's
_SEAT_THERE = re.compile(
    r",? (?:ou|where) (?:se trouve |is |are )?(?:le |son |sa |its |the (?:company's |group's )?)?"
    r"(?:siege|headquarters|head office|main office)\b"
)
# "L'hôtel de l'Amitié de Bamako a servi de cadre … à la signature", "Dakar a abrité la
# cérémonie": the place (or the hall in it) said as where an event was held, not a plant's
_VENUE_AFTER = re.compile(
    r"(?:,[^,.;]{1,60},)? (?:a |avait |ont )?(?:servi de cadre|abrite|accueilli|hosted)\b"
)
# ("Basée à Wilmington, dans le Delaware, X …": the seat's town, then its region)
_SEAT_OPENS = re.compile(
    rf"\s*{_SEAT_WORDS}(?:[\w'’ -]{{2,30}},? (?:dans (?:le |la |l'|les )|in (?:the )?|en |au |aux ))?"
)


# the country of a seat: "basée à Taipei (Taiwan)", "based in Shenzhen, China", "based in China"
_SEAT_COUNTRY = re.compile(rf"{_SEAT_WORDS}(?:[\w' -]{{2,30}}(?:, | \())?$")


# A distance said right after a plant, then the town it is measured from: "a plant 30 km
# north of Nairobi", "une usine située à 40 km de Douala"
_MEASURED_FROM = re.compile(
    r",? (?:(?:located|situated|sited|situee?|implantee?) )?(?:(?:about|some|around|environ) |a "
    r"(?:environ )?)?\d[\d.,]* ?(?:km|kilomet\w*|miles?)\b(?: [a-z-]+){0,2} (?:of|from|de|d')\s?"
)


_IN_THE_COUNTRY = re.compile(r" (?:in the country|dans le pays|au pays)\b")


_UNNAMED_ZONE = re.compile(
    r"(?: (?:de la societe|du groupe|de|of(?: the)?) [\w&'-]+(?: [\w&'-]+)?)?"
    r",? (?:(?:qui )?(?:sera|est) |(?:which|that) (?:will be|is) )?(?:situee?s?|implantee?s?|"
    r"installee?s?|located|sited|built|based) (?:en|dans (?:la|une|le|un)|in (?:the|an?)) "
    r"(?:zone (?:portuaire|industrielle|franche|economique speciale)|port area|"
    r"industrial (?:zone|park|area|estate)|free (?:trade )?zone|special economic zone)\b"
)


# "a conference in Rabat", "lors d'un forum à Dakar": where something was said, not built.
_EVENT_AT = (
    # ("cette exposition économique qui s'est ouverte le jeudi 27 juin à Changsha")
    r"\b(?:conference|forum|summit|meeting|sidelines|seminar|workshop|fair|expo|conferences|"
    r"sommet|reunion|seminaire|atelier|salon|colloque|roadshow|symposium|congress|congres"
    r"|exposition|exhibition|foire"
    # "said at the presentation of the project in Kyiv": where it was shown, not built
    r"|presentation|ceremony|ceremonie)\b(?: [\w'-]+){0,3} (?:in|at|a|en) $"
    # 'du sommet "Choose Africa" qui se tenait ce lundi à Versailles': held there
    r"|\b(?:conference|forum|summit|meeting|seminar|fair|expo|sommet|reunion|seminaire|salon|"
    r"colloque|exposition|exhibition|foire)\b[^.;,]{0,60}\b(?:se tenait|se tient|s'est tenue?"
    r"|s'est ouverte?|s'ouvre|opened|se tiendra|was held|is held|"
    r"will be held|held|organise|organized|organised)(?: [\w'-]+){0,5} (?:in|at|a|en) $"
    # "les premiers ministres se sont réunis à Montréal", "the leaders met in Beijing"
    r"|\b(?:reunie?s?|rassemblee?s?|met|gathered) (?:in|at|a|en) $"
    # "the signing, which took place at the Ministerial House in Reykjavík", "la signature,
    # qui s'est déroulée à Alger": where the signing was
    r"|\b(?:signing|signature|ceremony|ceremonie|event|evenement)\b,? (?:which |that |qui )?"
    r"(?:took place|takes place|was held|s'est (?:deroulee?|tenue?)|a eu lieu)(?: [\w'-]+){0,5}"
    r" (?:in|at|a|en) $"
    # "At a signing ceremony held at AKD's head office in Karachi": the venue, farther on
    r"|\b(?:signing|signature) (?:ceremony|ceremonie)\b,? (?:held|tenue|organisee|organi[sz]ed)"
    r"(?: [\w'-]+){0,6} (?:in|at|a|en) $"
    # "a reçu en audience, dans l'après-midi du vendredi 2 février 2018 à Ouagadougou": where
    # the investors were received, not where the plant is
    r"|\b(?:recu|recus|received)(?: en audience| in audience)?\b[^.;]{0,70}? (?:in|at|a|en) $"
    # "Wu disclosed this in Lusaka", "he told reporters in Abuja", "a-t-il déclaré à Alger":
    # where a thing was said, not where the plant is
    r"|\b(?:said|says|disclosed|announced|revealed|declared|stated|told (?:reporters|journalists"
    r"|the press|\w+)|spoke|speaking|declare|annonce|indique|precise|souligne|explique|"
    # ("a annoncé mercredi à Cotonou": the day it was said, before where)
    r"s'exprimant)(?: (?:this|that|it|so|these|on \w+day|\w+day|hier|ce \w+di|lundi|mardi"
    r"|mercredi|jeudi|vendredi|samedi|dimanche))?(?:,)?"
    r" (?:in|at|a|en|depuis) $"
    # "a présidé lundi à Tunis la cérémonie de signature", "chaired in Rabat the signing":
    # where a minister presided, not where the plant is
    r"|\b(?:preside|presidee?|presidait|presidera|chaired|presided(?: over)?)(?: [\w'-]+){0,3}"
    r" (?:in|at|a|en) $"
    # "L'annonce a été faite hier à Yaoundé", "the announcement was made in Lusaka"
    r"|\b(?:annonce|revelation|declaration|announcement|disclosure)s? (?:a ete|ont ete|was|were)"
    r" (?:faite?s?|effectuee?s?|made)\b[^.;]{0,40} (?:in|at|a|en) $"
    # "ont signé mardi 3 janvier 2017 à Bangui", "signed in Beijing": where an agreement
    # was signed, not where its plant is; so a deal "formalised in Suva", "conclu à Dakar",
    # "sealed in Beijing", "ratifié à Niamey"
    r"|\b(?:signed|inked|signe|signes|signee|signees|paraphee?s?|formali[sz]ed|concluded"
    r"|sealed|ratified|formalisee?s?|conclue?s?|scellee?s?|ratifiee?s?|officialisee?s?)"
    # ("a été signé hier, dimanche 10 septembre, à Kigali": its day between commas)
    # ("signed Project Investment Agreement (PIA) in Kathmandu": its letters in brackets)
    r"(?:(?:,? [\w'-]+| \([\w-]{2,8}\)){0,5},? |(?:,? [\w'-]+){6,12}, )"
    # ("inked the deal for a plant in Tema, Ghana, in Beijing": farther on, the place said
    # after a comma)
    r"(?:in|at|a|en) $"
)


# A place that opens a market's name: "the Tokyo Stock Exchange", "la Bourse de Paris"
# (said "Bourse de", the place after it is read apart)
_MARKET_AFTER = re.compile(r" (?:Stock|Securities|Commodity|Commodities) Exchange\b")
# "in Santuk district's Kraya commune": a district's name before the smaller place in it
_WHOSE_COMMUNE = re.compile(
    r" (?:district|county|province)['’]s [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?"
    r" (?:commune|village|town|township|municipality)\b"
)


# A plant's noun right before the place: "a plant in", "une usine à"
_PLANT_IN = (
    r"\b(?:plant|factory|facility|mill|refinery|smelter|complex|usine|cimenterie|raffinerie"
    r"|complexe|unite)s? (?:in|at|a|en|near|pres de) $"
)


# A ceremony of the works, of a first stone or of an opening is held where the plant is:
# "la cérémonie d'inauguration des travaux à Altanshiree", "the groundbreaking ceremony at X"
_WORKS_CEREMONY_AT = re.compile(
    r"\bceremonie (?:d'inauguration|de (?:pose|lancement|demarrage)|d'ouverture)"
    r"(?: [\w'-]+){0,4} (?:a|en) $"
    r"|\b(?:groundbreaking|ground-breaking|foundation|inauguration|opening) ceremony"
    r"(?: [\w'-]+){0,3} (?:in|at) $"
)


# A word for a region right before a name: the name is the region's ("the state of X", "la
# sous-préfecture de X").
_REGION_WORD_BEFORE = re.compile(
    r"\b(?:state|etat|province|region|governorate|gouvernorat|oblast|(?:sous-)?prefecture|district)"
    r" (?:de |d'|du |of (?:the )?)$"
    # ("dans la région Atsinanana": the name right after the French noun and its article)
    r"|\b(?:dans|de) la (?:region|province) $"
)


# "its Russian brewery Baltika": a plant said by the country its owner has it in
_ITS_NATIONAL_PLANT = re.compile(r"\b(?:its|their) ([a-z-]+) (?=[a-z])")

# A part of a country said before its name: "northern", "the south of", "le nord de la".
COMPASS = (
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west|centre|center)(?:ern)? (?:part )?of (?:the )?"
    r"|(?:(?:north|south)(?:-?(?:east|west))?|east|west|central)(?:ern)? "
    r"|(?:le |l')?(?:(?:nord|sud)(?:-(?:est|ouest))?|est|ouest|centre)"
    r" (?:du |de la |de l'|des |de |d'))"
)


# The word for a kind of region, said after a name: "Maan Governorate", "Hasya district"
_REGION_KIND_AFTER = re.compile(rf" (?:{'|'.join(REGION_KINDS)})\b")


def _country_opening(said: re.Match[str] | None) -> list[CountryMention]:
    """The country the words of ``said``'s first group open with, read with the words
    before them ("in Jordan": a country's name that is also a word, said as one), placed
    from the group's start."""
    if said is None:
        return []
    at = said.start(1) - said.start(0)
    return [
        CountryMention(c.country, c.start - at, c.end - at)
        for c in countries_in(said.group(0))
        if c.start == at
    ]


# ", Bara district", ", Kelvo District": the district a town is in, said after it
# ("in Miwani, Kisumu county": a county said in lower case, as a region, not an American
# county's whole name, "Wayne County")
_DISTRICT_AFTER = re.compile(
    # ("at Gopalpur in Ganjam district": the district said with "in")
    r"(?:,| in) (?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (?:(?i:district|province)|county)\b"
)


# " District, Ayudhaya Province", " district of Tarvel region": the province that holds a
# district, said right after it
_PROVINCE_HOLDING = re.compile(
    r" (?i:district)(?:,| of| in) (?:the )?(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
    r" (?i:province|region)\b"
)


# "the government of Santa Catarina state, where the factory will be located"
_WHERE_THE_PLANT_IS = re.compile(
    r"(?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})(?: (?:state|province|region))?, where the"
    r" (?:new )?(?:factory|plant|facility|mill|complex|refinery|smelter) (?:will|would|is to|is"
    r" going to) be (?:located|built|set up|established|installed|sited)\b"
)


# "ISSONCOURT, Meuse (Reuters) -": a dispatch's town in capitals, its region, the agency
_TOWN_REGION_DATELINE = re.compile(
    r"\s*(?P<town>[A-ZÀ-Ý][A-ZÀ-Ý'’]+(?:[ -][A-ZÀ-Ý'’]+){0,3}),"
    r" (?P<region>[A-ZÀ-Ý][\w'’-]+(?: [A-Z][\w'’-]+)?) \([A-Z][\w ]{1,20}\) ?[-–—]"
)


# "Yverdon-les-Bains – Le Parc … s'apprête à accueillir X": a dispatch opening on its town
# and a dash
# a region named by where it lies ("Sud-Ouest", "North West"), and "de la"/"of" after it
_DIRECTION = re.compile(
    r"(?:(?:sud|nord|south|north)(?:[- ]?(?:est|ouest|east|west))?|est|ouest|east|west|centre|center)"
)
_OF_THE = re.compile(r" (?:de la |de l'|du |de |of (?:the )?)")
_DASH_DATELINE = re.compile(r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}) [–—] (?=[A-Z«\"])")


class PlacesReading(RecordsReading):
    """The places a sentence names, given to their records."""

    def _in_country(self, s: Sentence, mentions: list[tuple[RecordMention, Entity]]) -> None:
        """ "the Akkuyu NPP in Turkey", "une usine de lait infantile en Algérie": where a
        project is, when the article names no place nearer."""
        for mention, entity in mentions:
            self._on_the_same_site(s, mention, entity)
            # "in South Sudan", "en Côte d'Ivoire": a country's name of several words; "in
            # northern Ghana", "au nord de la Nouvelle-Calédonie": a part of it
            after = rx.match(
                r" (?:in|en|au) (?:the )?([\w'-]+(?: [\w'-]+){0,3})", self.fold[mention.end :]
            )
            said = _country_opening(after)
            if not said:
                after = rx.match(
                    rf" (?:in|en|au|a|dans) (?:the )?{COMPASS}([\w'-]+(?: [\w'-]+){{0,3}})",
                    self.fold[mention.end :],
                )
                said = _country_opening(after)
            said_end = mention.end + after.start(1) if after else 0
            inside = rx.search(
                r" (?:in|en|au|aux|a) (?:the )?([\w'-]+(?: [\w'-]+){0,3})$",
                self.fold[mention.start : mention.end],
            )
            if not said and inside:
                # "une usine à Haïti": the country is the end of the words that say the plant
                said = [
                    c
                    for c in countries_in(inside.group(1))
                    if c.start == 0 and c.end == len(inside.group(1))
                ]
                after, said_end = inside, mention.start + inside.start(1)
            if not said:
                # "une usine … et une unité … seront ainsi installées au Bénin": the country
                # the sentence says the plant is set up in, after its verb
                after = _SET_UP_IN.match(self.fold, mention.end)
                said = _country_opening(after)
                said_end = after.start(1) if after else 0
            owned = self._owned_in(mention)
            if owned and not said:
                # "its Russian brewery Baltika": a plant its owner has in that country
                entity.defaults.setdefault("in_country", (*owned, mention.end))
            if mention.kind == "projects" and after and said:
                entity.defaults.setdefault(
                    "in_country", (said[0].country, mention.start, said_end + said[0].end)
                )
            elif mention.kind == "projects":
                before = self._host_said_before(s, mention.start)
                builder = _COUNTRY_BUILDS.match(self.fold, s.start, mention.start)
                builders = [
                    c
                    for c in countries_in(builder[1] if builder else "")
                    if builder and (c.start, c.end) == (0, len(builder[1]))
                ]
                if before is not None:
                    entity.defaults.setdefault("in_country", (before[0], before[1], mention.end))
                elif builders:
                    # "Kazakhstan looks to construct glass plant": a country builds at home
                    entity.defaults.setdefault(
                        "in_country", (builders[0].country, s.start, mention.end)
                    )
            measured = _MEASURED_FROM.match(self.fold, mention.end)
            town = measured and rx.match(
                r"(?:the capital,? |la capitale,? )?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)",
                self.text[measured.end() :],
            )
            country = town and world_town_country(town.group(1))
            if mention.kind == "projects" and measured and town and country:
                # "a plant 30 km north of Nairobi", "à 40 km de Douala": in the town's country,
                # not in the town (gold: "about 40 km south of Harare" → Zimbabwe)
                end = measured.end() + town.end()
                entity.defaults.setdefault("in_country", (country, mention.start, end))
            # "a cement factory in the country", "une usine dans le pays": the host country
            here = _IN_THE_COUNTRY.match(self.fold, mention.end)
            # "la cimenterie, située en zone portuaire", "a plant located in an industrial
            # zone": a zone the text does not name is in the host country
            here = here or _UNNAMED_ZONE.match(self.fold, mention.end)
            if here and rx.match(r" (?:de |d'|du |of (?:the )?)?[A-Z]", self.text[here.end() :]):
                here = None  # "située dans la zone industrielle de Béthioua": a named one
            host = self._host_country() if here else None
            if mention.kind == "projects" and here and host:
                entity.defaults.setdefault("in_country", (host, mention.start, here.end()))

    def _on_the_same_site(self, s: Sentence, mention: RecordMention, entity: Entity) -> None:
        """ "In the same complex, the minister laid the foundation stone for a new
        refrigerator factory", "sur le même site": the new plant stands where the plant said
        before does."""
        same = _SAME_SITE.search(self.fold, s.start, mention.start)
        if mention.kind != "projects" or same is None or entity.defaults.get("located"):
            return
        before = [
            e
            for e in self.entities
            if e.kind == "projects" and e is not entity and e.defaults.get("located")
        ]
        said = [
            p
            for p in self.proposals
            if before and p.group == before[-1].ref and p.field == "location"
        ]
        if said:
            # quoted where the place is said, as the plant before it is
            value = before[-1].defaults["located"][1]
            entity.defaults["located"] = (said[0].start, value, True)
            self.add(entity, "location", value, said[0].start, said[0].end, 0.5)

    def _first_named(self, entity: Entity, default: int) -> int:
        """Where ``entity``'s name is first said (``default`` if it is not yet)."""
        return min(
            (p.start for p in self.proposals if p.group == entity.ref and p.field == "name"),
            default=default,
        )

    def _owned_in(self, mention: RecordMention) -> tuple[str, int] | None:
        """The country and where it is said, if ``mention`` is a plant its owner has in a
        country other than the host ("its Russian brewery Baltika" in an article on a
        brewery in China)."""
        owned = mention.kind == "projects" and _ITS_NATIONAL_PLANT.search(
            self.fold, max(0, mention.start - 5), mention.end
        )
        whose = nationality_word(owned.group(1)) if owned else None
        if not owned or not whose or whose == self._host_country():
            return None
        return whose, owned.start()

    def owned_elsewhere(self, mention: RecordMention) -> bool:
        """True if ``mention`` is the owner's plant in a third country (``_owned_in``) in an
        article whose host is known: an aside, which the sentences after it do not speak of."""
        return self._host_country() is not None and self._owned_in(mention) is not None

    def _host_said_before(self, s: Sentence, at: int) -> tuple[str, int] | None:
        """ "va investir 100 millions de dollars en Mauritanie pour construire une usine":
        the host country said before the plant in its sentence, after "en", "au", "in"."""
        host = self._host_country()
        found = None
        for match in rx.finditer(r"\b(?:en|au|aux|in) (?:the )?", self.fold[s.start : at]):
            # read with its preposition: "au Niger" is the country, "Niger" alone a word
            begin = s.start + match.start()
            said = countries_in(self.fold[begin : min(at, begin + 45)])
            if said and said[0].start == len(match.group()) and said[0].country == host:
                found = (host, begin)
        return found

    def _places(
        self,
        s: Sentence,
        mentions: list[tuple[RecordMention, Entity]],
        orgs: list[tuple[Any, Entity]],
        forward: bool,
    ) -> None:
        said_here = self._places_said(s)
        for a, b, place, confidence in said_here:
            line_start = self.text.rfind("\n", 0, a) + 1
            if self._dateline(a, b):
                continue
            if rx.fullmatch(r"\s*\([^()\n]*", self.text[line_start:a]) and rx.match(
                r"[^()\n]*\)\s*(?:--|—|–|-)", self.text[b : b + 40]
            ):
                continue  # a dateline in brackets, "(July 19, 2011, Addis Ababa)--"
            if _MARKET_AFTER.match(self.text, b):
                continue  # "listed on the Tokyo Stock Exchange": a market's name, no place
            if _WHOSE_COMMUNE.match(self.text, b):
                continue  # "in Santuk district's Kraya commune": the commune is the site
            if rx.match(r"['’]s ", self.text[b : b + 3]) and any(
                0 < o.start - b <= 20 for o, _ in orgs
            ):
                continue  # "Mexico's Grupo Kelvamex": whose the company is, no plant's place
            if rx.search(
                r"\b(?:ambassador|embassy|ambassade|ambassadeur|consul\w*|high commissioner)"
                r"(?: (?:of|de|du|d')[\w' -]{2,30})? (?:in|at|to|a|en|au) $"
                r"|\baccredite[ed]?s? (?:in|at|to|a|en|au|aupres de) $",
                self.fold[max(s.start, a - 60) : a],
            ):
                continue  # "Turkey's Ambassador in Juba", "accrédité à Dakar": an embassy's town
            if (
                _SEAT_AT.search(self.fold[max(s.start, a - 60) : a])
                or _SEAT_AFTER_COMPANY.search(self.fold[max(s.start, a - 120) : a])
            ) or _SEAT_OPENS.fullmatch(self.fold, s.start, a):
                continue  # "Basée à Séoul, X …", "a manufacturer based in Qingdao": its seat
            if _FOUNDED_IN.search(self.fold, max(s.start, a - 12), a):
                continue  # "fondée à Athènes en 1926": where the company began
            if _SEAT_THERE.match(self.fold, b):
                continue  # "à Lausanne, où le siège européen de l'entreprise est basé"
            if _VENUE_AFTER.match(self.fold, b):
                continue  # "L'hôtel X de Dakar a servi de cadre à la signature": the venue
            if _DISTANCE_FROM.search(self.fold[max(s.start, a - 50) : a]):
                continue  # "à 30 km de Dakar", "southwest of Belgrade": a place to measure by
            if _HIRED_FROM.search(self.fold[max(s.start, a - 70) : a]):
                continue  # "recruit a 2,000-head workforce from Batangas": where staff come from
            if (
                rx.search(_EVENT_AT, self.fold[max(s.start, a - 90) : a])
                and not rx.search(_WORKS_CEREMONY_AT, self.fold[max(s.start, a - 60) : a])
                # ("inked the deal for a plant in Tema": the plant's place, said after it)
                and not rx.search(_PLANT_IN, self.fold[max(s.start, a - 30) : a])
            ):
                continue  # "on the sidelines of a conference in Rabat": where it was said
            if held_plant_before(self.fold, s.start, a):
                continue  # "qui dispose déjà d'une usine à Dakar": another plant's town
            owned = rx.search(
                r"([\w-]+)['’]s (?:own |existing |main )?(?:plants?|factory|factories|facility|"
                r"mill|refinery|complex|smelter) (?:in|at) $",
                self.fold[max(s.start, a - 50) : a],
            )
            if owned and countries_in(owned.group(1)):
                continue  # "would export ammonia to Morocco's plant in Jorf Lasfar": a country's own
            if (
                any(
                    o.start <= a < o.end + 12
                    # "the motor plant (Kelvo Senegal) in the X zone": the plant's runner
                    # in brackets, the place after them the plant's
                    and not (
                        self.text[o.start - 1 : o.start] == "("
                        and self.text[o.end : o.end + 1] == ")"
                    )
                    # "« Mali Tracteurs » sis à Samanko": said as where it is
                    and not rx.search(
                        r"\b(?:sise?|situee?|implantee?|located|based)\b", self.fold[o.end : a]
                    )
                    # "established by Zentra Company in Fergana Province": a province, said
                    # as one after "in", is where something is, no company's seat or name
                    and not (
                        rx.fullmatch(r"[\w ]*? (?:in|en|dans|at) (?:the )?", self.fold[o.end : a])
                        and _PROVINCE_AFTER.match(self.fold, b)
                    )
                    # "l'usine de pneus de Norvel à Tema", "a glass factory of Kelvo Group in
                    # Alexandria": the owner's plant, where it is
                    and not (
                        rx.fullmatch(r",? (?:a|au|aux|en) ", self.fold[o.end : a])
                        and _PLANT_OF_BEFORE.search(
                            self.fold, max(0, self._owner_at(o, orgs) - 70), self._owner_at(o, orgs)
                        )
                    )
                    and not (
                        rx.fullmatch(r" (?:in|at) (?:the )?", self.fold[o.end : a])
                        and _PLANT_OF_BEFORE_EN.search(self.fold, max(0, o.start - 60), o.start)
                    )
                    for o, _ in orgs
                )
                or any(x <= a < y for x, y in self._titles)
                or rx.search(r"(?:entre|between|et|and) $", self.fold[a - 8 : a])
                # ("X and Y": one of two places; "in Otavi and will be known as …": a clause)
                or (
                    rx.match(r" (?:et|and) ", self.fold[b : b + 5])
                    and not rx.match(
                        r" (?:et|and) (?:will|would|is|are|has|have|was|were|va|sera|est|a)\b",
                        self.fold[b : b + 14],
                    )
                )
            ):
                continue
            prefix = rx.search(
                r"(?:la |dans (?:la )?)?(?:wilaya|province|commune|region|zone industrielle|ville|localite)(?: voisine| proche)?(?: de| d'| of|) ?$"
                # "in the central town of Kragujevac", "at the port city of X"
                # "in the Northeast Industrial Zone of the municipality of Indjija"
                r"|\b(?:in|at|near|of) the (?:[a-z-]+ ){0,2}(?:town|city|village|municipality) of $",
                self.fold[max(s.start, a - 30) : a],
            )
            start = a - (len(prefix.group()) if prefix else 0)
            value = {
                "country": place.country,
                "region": region_in(place.region, self.lang),
                "locality": place.locality,
            }
            if (
                place.region
                and not place.locality
                and (
                    rx.match(r" district\b", self.fold[b : b + 9])
                    # "in the remote central district of Nakaseke", "le district de X"
                    or rx.search(r"\bdistrict (?:of|de|du) $", self.fold[max(s.start, a - 14) : a])
                )
            ):
                # "located in Tororo district": the text says what it is, a district, and a
                # district said alone is the region (GOLD.md rules 8 and 20); with the
                # province that holds it said after ("dans le district de Pakxe, province
                # laotienne de Champassak"), the district is the town's place in it
                held = any(
                    x > b and p.locality is None and p.region and region_after(self.fold[b:x])
                    for x, _, p, _ in said_here
                )
                value = {
                    "country": place.country,
                    "region": None if held else place.region,
                    "locality": place.region if held else None,
                }
            elif place.locality and not place.region:
                # "in Simara, Bara district": the town, then the district it is in, its region
                district = _DISTRICT_AFTER.match(self.text, b)
                if district:
                    value = {**value, "region": district["name"]}
                # "at Pithampur in Madhya Pradesh": the town, then its country's region
                region = next(
                    (
                        p.region
                        for x, _, p, _ in said_here
                        if x > b
                        and p.region
                        and p.locality in (None, p.region)
                        and p.country == place.country
                        and rx.fullmatch(
                            r"(?:,| in) (?:the )?|, dans la (?:region|province) (?:de |d'|du )?",
                            self.fold[b:x],
                        )
                    ),
                    None,
                )
                if region and not district:
                    value = {**value, "region": region_in(region, self.lang)}
            elif place.locality and (
                rx.match(r" (?:region|oblast|province)\b", self.fold[b : b + 9])
                or rx.match(
                    r", (?:a|an|une?) (?:state|province|region|etat|region)\b",
                    self.fold[b : b + 14],
                )
            ):
                # "in Lviv region", "in Kherson oblast": the region a town names, no town
                # "in La Guaira, a State just 30 kilometers north of Caracas": so too
                value = {
                    "country": place.country,
                    "region": place.region or place.locality,
                    "locality": None,
                }

            zone = _ZONE_WORDS_AFTER.match(self.text, b)
            if zone and (
                (value.get("locality") and value["locality"] == self.text[a:b])
                # ("in the Jizzakh special industrial zone": a zone a region names)
                or (not value.get("locality") and value.get("region"))
            ):
                # "at Angren free economic zone": the zone a town names, said in lower case,
                # is the place (as "Angren Free Economic Zone" is)
                value = {**value, "locality": self.text[a : zone.end()]}
                b = zone.end()

            # "à Rooppur", "implantée à Oran", "located in Ain Sokhna": said as where it is
            # (not "near Shumen", which a later "in the industrial zone of Shumen" says)
            said_where = bool(
                prefix
                or rx.search(
                    r"\b(?:a|en|au|dans|in|at)(?: la| le| l')? ?$",
                    self.fold[max(s.start, a - 12) : a],
                )
            )

            # "Bellara (Jijel)", "Kemin, Chui province": the town said with its region, the
            # whole of the place in one quote
            with_region = bool(
                place.locality
                and place.region
                and any(
                    x > b
                    and p.locality is None
                    and p.region == place.region
                    and region_after(self.fold[b:x])
                    for x, _, p, _ in said_here
                )
            )

            # "dans la ville de Hai Phong", "in the city of Haiphong": said as a town
            town_said = bool(
                prefix
                and rx.search(
                    r"\b(?:ville|town|city|village|municipality|commune)\b", prefix.group()
                )
            ) or bool(
                # "at the Cebu Light Industrial Park (CLIP) in Lapu-Lapu City": a town said
                # with "in" right after a zone and its initials
                rx.search(
                    r"(?:zone|park|estate)(?: \([a-z]{2,8}\))?,? in $",
                    self.fold[max(s.start, a - 30) : a],
                )
            )

            def do(
                entity: Entity,
                value: dict[str, Any] = value,
                start: int = start,
                end: int = b,
                said_where: bool = said_where,
                confidence: float = confidence,
                with_region: bool = with_region,
                town_said: bool = town_said,
                said_at: int = a,
            ) -> None:
                located = entity.defaults.get("located")
                if located and town_said and self._zone_then_town(located, value, start):
                    # "dans la zone industrielle de Dinh Vu, dans la ville de Hai Phong": the
                    # zone is in that town, and the town is the plant's locality (in the
                    # zone's region, where the town's own is not said)
                    if not value.get("region") and located[1].get("country") == value["country"]:
                        value = {**value, "region": located[1].get("region")}
                    entity.defaults["located"] = (located[0], value, True)
                    for proposal in self.proposals:
                        if proposal.group == entity.ref and proposal.field == "location":
                            begin, stop = strip_span(self.text, located[0], end)
                            proposal.value = typed_value(entity.kind, "location", value)
                            proposal.quote = self.text[begin:stop]
                            proposal.start, proposal.end = begin, stop
                    return
                if (
                    located
                    and with_region
                    and located[1]["country"] == value["country"]
                    and located[1].get("locality") == value["locality"]
                    and located[1].get("region") in (None, value["region"])
                    and not entity.defaults.get("located_with_region")
                ):
                    # the town said again with its region: that is the value and the quote
                    entity.defaults["located_with_region"] = True
                    entity.defaults["located"] = (start, value, said_where or located[2])
                    for proposal in self.proposals:
                        if proposal.group == entity.ref and proposal.field == "location":
                            begin, stop = strip_span(self.text, start, end)
                            proposal.value = typed_value(entity.kind, "location", value)
                            proposal.quote = self.text[begin:stop]
                            proposal.start, proposal.end = begin, stop
                    return
                if with_region and not located:
                    entity.defaults["located_with_region"] = True
                if (
                    located
                    and value["locality"]
                    and not value["region"]
                    and located[1].get("region")
                    and not located[1].get("locality")
                    and value["country"] == located[1]["country"]
                ):
                    # "Copperbelt Province … at Chambishi": the town in the region said
                    value = {**value, "region": located[1]["region"]}
                if (
                    located
                    and _COUNTY.search(located[1].get("locality") or "")
                    and value["locality"]
                    and not _COUNTY.search(value["locality"])
                    and value["country"] == located[1]["country"]
                    # (a town in another state, "an office in Kelburg, in Ohio", is not in it)
                    and value["region"] in (None, located[1].get("region"))
                    and start > located[0]
                ):
                    # "a facility in Wayne County …, the company's project in Goldsboro": a
                    # county holds towns, and the town said later in it is the plant's, the
                    # county its region
                    county = located[1]["locality"]
                    value = {**value, "region": county}
                    located = (
                        located[0],
                        {**located[1], "region": county, "locality": None},
                        located[2],
                    )
                refines = (
                    located
                    and not located[1].get("locality")
                    and value["locality"]
                    and value["country"] == located[1]["country"]
                    and located[1].get("region") in (None, value["region"])
                )
                # "SCZone … ink deal to establish yarn project in Qantara West" in the headline,
                # "in the Qantara West Industrial Zone" in the body: the body's place is the
                # one the article states, the headline's a shorthand
                retold = bool(
                    located
                    and located[0] < self.headline_end <= start
                    and located[1] != value
                    and (
                        value["locality"]
                        # "… nickel smelter in Sulawesi", then "in Central Sulawesi": the
                        # part of it the body says
                        or (
                            value["region"]
                            and located[1].get("region")
                            and fold(str(located[1]["region"])) in fold(str(value["region"]))
                            and fold(str(located[1]["region"])) != fold(str(value["region"]))
                        )
                    )
                    and value["country"] == located[1]["country"]
                    and not entity.defaults.get("located_in_body")
                    # ("Kelburg plant" in the headline: a place its name holds stays its own)
                    and fold(str(located[1].get("locality") or "-")) not in fold(entity.name)
                )
                # "… un complexe industriel sucrier à Gaya", the plant's own town right after
                # it, where a place of another country said sentences before (where the
                # agreement was signed) had been taken for it
                # (so too a town of the same country said before the plant was: "un échange,
                # le 24 mars à Brazzaville", then "une usine … à Pointe-Noire")
                displaced = bool(
                    located
                    and located[0] < s.start
                    and value["locality"]
                    and (
                        value["country"] != located[1]["country"]
                        or (
                            located[0] < self._first_named(entity, start)
                            and located[1].get("locality") != value["locality"]
                        )
                    )
                    and any(m.kind == "projects" and 0 <= said_at - m.end <= 6 for m, _ in mentions)
                    and rx.search(
                        r"\b(?:a|au|en|in|at) $", self.fold[max(s.start, said_at - 4) : said_at]
                    )
                )
                if start >= self.headline_end:
                    entity.defaults["located_in_body"] = True
                refines = refines or retold or displaced
                if refines:
                    # "in the region …, in Moamba district": the town said after its region
                    self.proposals = [
                        p
                        for p in self.proposals
                        if not (p.group == entity.ref and p.field == "location")
                    ]
                    self._seen = {
                        k for k in self._seen if not (k[0] == entity.key and k[1] == "location")
                    }
                if (
                    not located
                    or refines
                    or (located[0] < self.headline_end and located[1] == value)
                ):
                    entity.defaults["located"] = (start, value, said_where)
                    self.add(entity, "location", value, start, end, confidence)
                elif (
                    located[1].get("locality")
                    and not located[1].get("region")
                    and value["region"]
                    and not value["locality"]
                    and value["country"] == located[1]["country"]
                    # "Kafue, 45 km south of Lusaka": a distance, not the town's region
                    and not (start - located[0] < 100 and far_from(self.fold[located[0] : start]))
                ):
                    # "in the Sihanoukville zone …, located in the province of Preah
                    # Sihanouk": the region said later completes the town or the zone
                    merged = {**located[1], "region": value["region"]}
                    entity.defaults["located"] = (start, merged, said_where or located[2])
                    for proposal in self.proposals:
                        if proposal.group == entity.ref and proposal.field == "location":
                            proposal.value = typed_value(entity.kind, "location", merged)
                            if said_where and not located[2]:
                                begin, stop = strip_span(self.text, start, end)
                                proposal.quote = self.text[begin:stop]
                                proposal.start, proposal.end = begin, stop
                elif (
                    said_where
                    and not located[2]
                    and located[1] == value
                    and not entity.defaults.get("located_with_region")
                ):
                    # the place said in the record's name first ("la centrale nucléaire de
                    # Rooppur"), then as where it is ("à Rooppur"): the latter is the quote
                    entity.defaults["located"] = (start, value, said_where or located[2])
                    for proposal in self.proposals:
                        if proposal.group == entity.ref and proposal.field == "location":
                            begin, stop = strip_span(self.text, start, end)
                            proposal.quote = self.text[begin:stop]
                            proposal.start, proposal.end = begin, stop

            self._apply("projects", a, mentions, forward, do)

    def _owner_at(self, org: Any, orgs: list[tuple[Any, Entity]]) -> int:
        """Where the plant's owner is said: ``org``'s start, or, when ``org`` is said as its
        parent ("l'usine de la société X, filiale du groupe indien Y, à Z"), the start of
        the company it is apposed to."""
        parent = _PARENT_BEFORE.search(self.fold, max(0, org.start - 50), org.start)
        if parent is None:
            return int(org.start)
        owned = next((o for o, _ in orgs if 0 <= parent.start() - o.end <= 1), None)
        return int(owned.start) if owned is not None else int(org.start)

    def dateline_town(self) -> None:
        """The town a dispatch opens on ("Yverdon-les-Bains – Le Parc … s'apprête à
        accueillir X …") is where its one plant is, when the text places it nowhere else."""
        body = self.headline_end + 1 if self.headline_end else 0
        self._dateline_town_in_region(body)
        opening = _DASH_DATELINE.match(self.text, body)
        if opening is None:
            return
        projects = [
            e
            for e in self.entities
            if e.kind == "projects" and any(p.group == e.ref for p in self.proposals)
        ]
        if len(projects) != 1 or any(
            p.group == projects[0].ref and p.field == "location" for p in self.proposals
        ):
            return
        if any(word[:1].isupper() for word in projects[0].name.split()[1:]):
            return  # "Plant in the Kelvo industrial park": placed by its name
        a, b = opening.span(1)
        town = [
            p.place
            for p in places_in(self.fold[a:b], self.named_countries, self.text[a:b])
            if p.start == 0 and p.end == b - a and p.place.locality
        ]
        value: dict[str, Any] | None = None
        if town:
            value = {
                "country": town[0].country,
                "region": region_in(town[0].region, self.lang),
                "locality": town[0].locality,
            }
        elif country := world_town_country(opening[1], 3):
            # a town of the world's lists, the larger of namesakes three times the next
            value = {"country": country, "region": None, "locality": opening[1]}
        if value is not None:
            self.add(projects[0], "location", value, a, b, 0.4)

    def region_where_the_plant_is(self) -> None:
        """ "… signed with the government of Santa Catarina state, where the factory will be
        located": the region said before "where the plant will be" places the one plant
        the text placed in its country alone, or nowhere."""
        said = _WHERE_THE_PLANT_IS.search(self.text)
        plant = self._the_one_plant() if said else None
        if said is None or plant is None:
            return
        project, located = plant
        if any(
            isinstance(v := p.plain_value(), dict) and (v.get("region") or v.get("locality"))
            for p in located
        ):
            return
        words = said["place"]
        place = [
            p.place
            for p in places_in(fold(words), self.named_countries, words)
            if p.start == 0 and p.end == len(words)
        ]
        if len(place) != 1 or place[0].country not in self.named_countries:
            return
        value = {
            "country": place[0].country,
            "region": region_in(place[0].region, self.lang),
            "locality": place[0].locality,
        }
        a, b = said.start("place"), said.end()
        if located:
            located[0].value = typed_value("projects", "location", value)
            located[0].start, located[0].end, located[0].quote = a, b, self.text[a:b]
        else:
            self.add(project, "location", value, a, b, 0.4)

    def _the_one_plant(self) -> tuple[Entity, list[Proposal]] | None:
        """The one project the article proposes claims of, and the places proposed of it;
        None where it proposes several or none."""
        projects = [
            e
            for e in self.entities
            if e.kind == "projects" and any(p.group == e.ref for p in self.proposals)
        ]
        if len(projects) != 1:
            return None
        located = [
            p for p in self.proposals if p.group == projects[0].ref and p.field == "location"
        ]
        return projects[0], located

    def _dateline_town_in_region(self, body: int) -> None:
        """ "ISSONCOURT, Meuse (Reuters) - X a participé … dans la Meuse": a dispatch from a
        town of the region its one plant is placed in, and in no town, is from the plant's
        town."""
        opening = _TOWN_REGION_DATELINE.match(self.text, body)
        plant = self._the_one_plant() if opening else None
        if opening is None or plant is None:
            return
        _, located = plant
        if len(located) != 1 or located[0].start < opening.end():
            return  # (the region the dispatch itself names places nothing)
        value = located[0].plain_value()
        if not isinstance(value, dict) or value.get("locality") or not value.get("region"):
            return
        if fold(value["region"]) != fold(opening["region"]):
            return
        a, b = opening.span("town")
        # ("SAINT-DIZIER" → "Saint-Dizier": the town as its name is spelt)
        town = "-".join(
            " ".join(w.capitalize() for w in part.split()) for part in self.text[a:b].split("-")
        )
        located[0].value = typed_value("projects", "location", {**value, "locality": town})
        located[0].start, located[0].end, located[0].quote = a, b, self.text[a:b]

    def _zone_then_town(
        self, located: tuple[int, dict[str, Any], bool], value: dict[str, Any], start: int
    ) -> bool:
        """True if the place the plant has is a named zone and the town ``value`` is said
        right after it, in the same country ("in the X industrial zone, in the city of Y"):
        a zone is no town, the town it is in is."""
        zone = rx.match(
            r"(?:(?:dans|in|at|within) )?(?:la |le |the )?(?:[\w'-]+ ){0,3}?"
            r"(?:zone|parc|park|estate)\b[^.;]{0,60}?,? (?:(?:et )?(?:dans|in|a|at) )?$",
            self.fold[located[0] : start],
        )
        return bool(
            zone
            # "…, près de la ville de Y", "near the town of Y": the zone lies outside Y
            and not rx.search(r"\b(?:pres|near|outside|proximite|loin|nearby)\b", zone.group())
            and located[1].get("locality")
            and value.get("locality")
            and value["locality"] != located[1]["locality"]
            and value["country"] == located[1]["country"]
        )

    def _dateline(self, a: int, b: int) -> bool:
        """True if the place at ``a:b`` opens its line as a dateline, "Alger, 5 mars 2024 —",
        "CAIRO:", "MEXICO CITY (Reuters) –", "ANKARA" alone on its line: where it was
        written."""
        line_start = self.text.rfind("\n", 0, a) + 1
        opening = self.text[line_start:a]
        # ("TEMPO.CO, Jakarta - …", "Xinhua, Yangon -": the agency's name, then its town)
        agency = rx.fullmatch(r"\s*[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)?, ", opening) and rx.match(
            r"[ \t]*(?:—|–|-|:)", self.text[b : b + 4]
        )
        return (not opening.strip() or bool(agency)) and bool(_DATELINE_REST.match(self.text, b))

    def _direction_in_another_country(self, a: int, b: int, country: str) -> bool:
        """True if ``a:b`` is a compass word said of another country than ``country``
        ("au Sud-ouest de la Centrafrique" read as Cameroon's region Sud-Ouest)."""
        if not _DIRECTION.fullmatch(self.fold, a, b):
            return False
        of = _OF_THE.match(self.fold, b)
        if of is None:
            return False
        named = countries_in(self.fold[of.end() : of.end() + 40])
        return bool(named) and named[0].start == 0 and named[0].country != country

    def _places_said(self, s: Sentence) -> list[tuple[int, int, Place, float]]:
        """The places of a sentence: those the lists know, and a capitalised name the words
        before it say is a place ("situé à Abu Tartour"), in the country named nearest it
        (else the article's host country) and the region the sentence names after it
        ("…, dans le gouvernorat de Nouvelle-Vallée")."""
        regions = self._regions_named()
        towns = self._towns_named()
        known = [
            (
                s.start + p.start,
                s.start + p.end,
                # "dans la région de Queretaro" where the article also says Queretaro is a
                # town ("la ville de X", "à Queretaro … dans cette ville"): the town (a
                # name said only as "la ville de X" keeps what the lists say it is)
                Place(
                    p.place.country, p.place.region, self.text[s.start + p.start : s.start + p.end]
                )
                if p.place.region
                and not p.place.locality
                and folded(self.text[s.start + p.start : s.start + p.end]) in towns & regions
                # "à Timimoun" where the article says "la région de Timimoun": the region
                else Place(p.place.country, p.place.region, None)
                if p.place.locality == p.place.region
                and folded(p.place.region or "") in regions
                and folded(p.place.region or "") not in towns
                else p.place,
                0.7,
            )
            for p in places_in(
                self.fold[s.start : s.end], self.named_countries, self.text[s.start : s.end]
            )
            # "in Jackson County" (Georgia): the US county, not the town it is named after
            if not (p.place.country == "US" and self.text.startswith(" County", s.start + p.end))
            # "au Sud-ouest de la Centrafrique": where in another country, no region of the
            # country whose region shares the word (Cameroon's Sud-Ouest)
            and not self._direction_in_another_country(
                s.start + p.start, s.start + p.end, p.place.country
            )
            # "FEZ Balti" a sentence after "the Balti free economic zone": its initials
            and not initials_said(self.text, s.start + p.start, s.start + p.end)
            # "… to invest $150 million in Guatemala cement plant": a headline's country
            # name is the country's, no town's of that name (the body says where)
            and not (
                s.start + p.start < self.headline_end
                and (p.place.locality or p.place.region)
                and self.fold[s.start + p.start : s.start + p.end] in country_names()
            )
        ]
        if self.lang == "en":
            known = [(a, b, _in_english(place, self.text[a:b]), c) for a, b, place, c in known]
        found = list(known)
        for a, b, place, _ in known:
            if place.region and not self._dateline(a, b):
                # ("YANGON, Nov 12 —": where it was written, no region of the places after)
                self.regions_said[place.country] = place.region
        unknown = unknown_places(self.text, self.fold, s.start, s.end, self.lang == "en")
        for named in unknown:
            a, b = named.start, named.end
            inside = [k for k in known if a <= k[0] and k[1] <= b]
            outside = [k for k in known if k not in inside and k[0] < b and a < k[1]]
            if inside and not outside and rx.search(r"(?i:zone|park|estate)$", named.name):
                # "in the Hambantota Export Processing Zone": the zone a town names is the
                # plant's place, in that town's country and region
                place = inside[0][2]
                found = [f for f in found if f not in inside]
                found.append((a, b, Place(place.country, place.region, named.name), 0.6))
                continue
            if any(x < b and a < y for x, y, _, _ in known):
                continue
            within = next(
                (k for k in known if rx.fullmatch(r",? (?:in|dans|en|a|à) ", self.text[b : k[0]])),
                None,
            )
            if within and rx.search(
                r"(?:zone|park|parc|estate|ecozone|industrial city)$", fold(named.name)
            ):
                # "in Lima Estate in Batangas": a zone no list knows, said with the region or
                # the town it lies in, is in that place's country and region
                place = within[2]
                found = [f for f in found if f is not within]
                found.append((a, within[1], Place(place.country, place.region, named.name), 0.6))
                continue
            if folded(named.name) in country_names():
                continue  # "Made in Georgia": a country by its name (one a US state shares)
            if news_agency(self.fold, a, b):
                continue  # "un entretien accordé à Xinhua": the agency
            if any(e.kind == "orgs" and named.name in e.names for e in self.entities):
                continue
            if any(x <= a < y for x, y in self._titles):
                continue  # "Governor of Maputo province Raimundo Diomba": a person
            # "in Dong Soc industrial cluster in the northern province of Vinh Phuc": a town
            # said in a province the world's gazetteer knows is in that province's country
            # ("à Gherfine, dans la région de Byblos": a region right after the town, said by
            # the name of the town the world's gazetteer knows there, is in its country)
            province = next(
                (
                    (n.name, whose)
                    for n in unknown
                    if b < n.start < b + 120
                    and _REGION_WORD_BEFORE.search(self.fold, max(s.start, n.start - 30), n.start)
                    and not far_from(self.fold[b : n.start])
                    and (
                        whose := world_subdivision_country(n.name)
                        or (
                            world_town_country(n.name)
                            if region_after(self.fold[b : n.start])
                            else None
                        )
                    )
                ),
                None,
            )
            # a town of another country than any the article names (whose towns were read
            # already): the world's gazetteer says whose it is, not the country said nearest
            # "in Oarja, near Pitesti", "à Bierne, près de Dunkerque": a town no list knows,
            # said near one a list knows, is in that town's country
            near = next(
                (
                    p.country
                    for x, _, p, _ in known
                    if rx.fullmatch(
                        r",? (?:near|close to|pres de|non loin de|a cote de) ", self.fold[b:x]
                    )
                ),
                None,
            )
            # "à Gherfine, dans la région de Byblos", "in Lima Estate in Batangas": the
            # region a list knows, said right after the town, holds it (a region said with
            # "in", as a town is, is the region all the same)
            holder = next(
                (
                    (x, p)
                    for x, _, p, _ in known
                    if b < x < b + 60
                    and p.region
                    and (
                        (p.locality is None and region_after(self.fold[b:x]))
                        # (a region said as a town is, "in Batangas", not "the city of X")
                        or (
                            p.locality == p.region
                            and rx.fullmatch(r",? (?:in|dans|a|en) ", self.fold[b:x])
                        )
                    )
                    and not rx.search(r"[.;]", self.fold[b:x])
                ),
                None,
            )
            # (a town of a country the article never names, where it names others, is
            # more likely one of theirs no list holds: "la localité voisine d'Almeirim" in
            # Portugal, not Brazil's Almeirim)
            world = world_town_country(named.name)
            # "in Paraguay's Chaco region": the country said as whose the place is
            whose_said = rx.search(
                r"\b([a-z][a-z -]{2,30})['’]s $", self.fold[max(s.start, a - 32) : a]
            )
            said_whose = [
                c.country
                for c in countries_in(whose_said[1] if whose_said else "")
                if whose_said and c.end == len(whose_said[1])
            ]
            country = (
                (said_whose[-1] if said_whose else None)
                # (a town no list knows, placed before: "… à Adama" in the headline's
                # country, then "le parc industriel d'Adama")
                or self._placed_before(named.name)
                or (world if world in self.named_countries else None)
                # ("… of India has started production at its drug factory in Kigali": a large
                # city is its own country's, whatever country is said nearest)
                or large_city_country(named.name)
                or world_subdivision_country(named.name)
                or (province[1] if province else None)
                or near
                # "in Jackson County" where the article names a US state: an American county
                or ("US" if self.us_states and named.name.endswith(" County") else None)
                or (holder[1].country if holder else None)
                or _country_of_region_after(self.text, b)
                or self._country_near(s, a, b)
                or world
                # "in the Sadat City industrial zone" under "… expands into Egypt": a zone
                # no list knows is in the country the article is about
                or (
                    self._host_country()
                    if rx.search(r"(?i:zone|park|estate)$", named.name)
                    else None
                )
            )
            if country is None:
                continue
            region = next(
                (
                    p.region
                    for x, _, p, _ in known
                    if b < x < b + 120
                    and p.country == country
                    and p.locality is None
                    and not far_from(self.fold[b:x])
                ),
                None,
            )
            if region is None and holder and holder[1].country == country:
                region = holder[1].region
                found = [f for f in found if f[0] != holder[0]]  # the region, no town of its own
            said_to = b
            wider = _WIDER_PLACE.match(self.text, b)
            if (
                region is None
                and wider
                and country
                in (world_town_country(wider.group(1)), world_subdivision_country(wider.group(1)))
            ):
                # "to be built in Veisari, Lami.": a place no list knows, then after a comma,
                # closing the sentence, a town or a region of its country: the wider place
                # it lies in
                region = wider.group(1)
                said_to = wider.end(1)
                found = [f for f in found if not (f[0] == b + 2 and f[2].country == country)]
            if region is None and province and province[1] == country:
                region = province[0]
            if region is None and rx.search(r"(?i:zone|park|city|cluster|county)$", named.name):
                # "the Ecocity industrial zone": in the region the article said last
                region = self.regions_said.get(country)
            if _REGION_WORD_BEFORE.search(self.fold, max(s.start, a - 30), a):
                # "in the state of Coahuila", "dans la province de X": a region, no town
                self.regions_said.setdefault(country, named.name)
                # (one the article also says is a town is that town, GOLD.md rule 8)
                town = named.name if folded(named.name) in towns & regions else None
                found.append((a, b, Place(country, named.name, town), 0.5))
                continue
            held = _PROVINCE_HOLDING.match(self.text, b)
            if region is None and held:
                # "in Bangpain District, Ayudhaya Province": a district said with the province
                # that holds it is the locality, the province the region (GOLD.md rule 20)
                self.regions_said.setdefault(country, held["name"])
                found.append((a, b, Place(country, held["name"], named.name), 0.5))
                continue
            if region is None and _REGION_KIND_AFTER.match(self.fold, b):
                # "in Maan Governorate", "in Hasya district": a region by the word for its
                # kind said after its name
                self.regions_said.setdefault(country, named.name)
                found.append((a, b, Place(country, named.name, None), 0.5))
                continue
            if (
                region is None
                and rx.search(r"\b(?:in|en|au|aux) (?:the )?$", self.fold[max(s.start, a - 8) : a])
                and world_state_country(named.name) == country
                and world_town_country(named.name) is None
                and folded(named.name) not in towns
            ):
                # "a packaging unit in Andhra Pradesh": a state (ISO 3166-2's kind), no town,
                # in an article that never names its country
                self.regions_said.setdefault(country, named.name)
                found.append((a, b, Place(country, named.name, None), 0.5))
                continue
            found.append((a, said_to, Place(country, region, named.name), 0.5))
        # "Hisense, a manufacturer based in Qingdao", "un groupe dont le siège est à X", "a
        # Dubai-based company": where a company has its seat, not where its plant is
        found = [
            f
            for f in found
            if not self.fold.startswith("-based ", f[1])
            # "Shanghai company to establish tuna plant": a town before a company's noun
            # is where the company is from
            and not (
                _TOWN_COMPANY.match(self.fold, f[1])
                # ("the plant in Port Harcourt company officials said": the company's people
                # who speak, after a place said with no comma)
                and not _COMPANY_PEOPLE.match(self.fold, f[1])
            )
            and not rx.search(
                r"\b(?:based|headquartered|headquarters) in (?:the )?(?:[\w' -]{2,25}, )?$|"
                r"\b(?:basee?s?|siege (?:social )?(?:est )?(?:a|au)|siegeant a) (?:[\w' -]{2,25}, )?$|"
                # "True North Gems (TNG), société établie à Vancouver": the company's seat
                r"\b(?:societe|entreprise|groupe|firme|compagnie|company|firm|group)"
                r" (?:etablie?|installee?|domiciliee?|established|registered) (?:a|au|en|in) $"
                # "la société chinoise de cosmétiques originaire de Taïwan", "hailing from
                # Taiwan": where the company comes from
                r"|\b(?:originaires?|originating|hailing) (?:de|du|des|d'|from) (?:la |l')?$",
                self.fold[max(s.start, f[0] - 50) : f[0]],
            )
        ]
        return sorted(found, key=lambda f: f[0])

    def _towns_named(self) -> frozenset[str]:
        """The names the article says are towns (``names_said_as_towns``), read once."""
        if self._town_names is None:
            self._town_names = names_said_as_towns(self.fold)
        return self._town_names

    def _regions_named(self) -> frozenset[str]:
        """The names the article says with a word for a region (``names_said_as_regions``),
        read once."""
        if self._region_names is None:
            self._region_names = names_said_as_regions(self.fold)
        return self._region_names

    def _placed_before(self, town: str) -> str | None:
        """The country of the town ``town`` where a location proposed before put it."""
        for p in self.proposals:
            value = p.plain_value() if p.field == "location" else None
            if isinstance(value, dict) and value.get("locality") == town:
                return str(value["country"])
        return None

    def _country_near(self, s: Sentence, a: int, b: int) -> str | None:
        said = [
            (min(abs(s.start + c.start - b), abs(a - s.start - c.end)), c)
            for c in [
                *countries_in(self.fold[s.start : s.end]),
                *(
                    CountryMention(c.country, c.start - s.start, c.end - s.start)
                    for c in self.us_states
                    if s.start <= c.start < s.end
                ),
            ]
            if not _COMPANY_AFTER.match(self.fold, s.start + c.end)
            and not _POSSESSIVE_COMPANY.match(self.text, s.start + c.end)
            and not _OWNED_AFTER.match(self.fold, s.start + c.end)
            and abs(s.start + c.start - a) < 80
            # "basée à Taipei (Taiwan)", "based in China": a company's seat, no place's
            and not _SEAT_COUNTRY.search(
                self.fold, max(s.start, s.start + c.start - 60), s.start + c.start
            )
            # "en présence de l'ambassadeur de l'Inde", "the Indian ambassador": an envoy's
            # country, no place's
            and not _ENVOY_BEFORE.search(
                self.fold, max(s.start, s.start + c.start - 30), s.start + c.start
            )
            and not _ENVOY_AFTER.match(self.fold, s.start + c.end)
        ]
        # "a Chinese copper smelter at Chambishi", "le groupe turc Kalyon", "le sud-coréen
        # Sewon": an owner's country, not the place's, unless the article names no other
        near = [
            (distance, c.country)
            for distance, c in said
            if not _OWNER_ADJECTIVE.match(self.fold, s.start + c.end)
            and not _OWNER_ADJECTIVE_FR.search(
                self.fold, max(s.start, s.start + c.start - 40), s.start + c.start
            )
            and not _COMPANY_BEFORE.search(
                self.fold[max(0, s.start + c.start - 30) : s.start + c.start]
            )
            and not (
                rx.search(
                    r"\b(?:le|du|au|par le) $",
                    self.fold[max(0, s.start + c.start - 8) : s.start + c.start],
                )
                and rx.match(r" [A-Z]", self.text[s.start + c.end : s.start + c.end + 2])
            )
        ]
        if near:
            return min(near)[1]
        host = self._host_country()
        if host is None:
            # no host known: a country said nearby, unless said of a company ("des
            # partenaires chinois"), whose country is not where the place is
            free = [
                (distance, c.country)
                for distance, c in said
                if not (
                    _COMPANY_AFTER.match(self.fold, s.start + c.end)
                    or _COMPANY_BEFORE.search(
                        self.fold[max(0, s.start + c.start - 30) : s.start + c.start]
                    )
                )
            ]
            return min(free)[1] if free else None
        return host

    def _host_country(self) -> str | None:
        """Where the article's projects are: the country it names most that is not said of a
        company ("Chinese firm", "groupe turc"), its names weighed above its adjectives
        (``_host_weight``), when it names one at least twice; else the
        country of the first place it names ("New Delhi", where a forum met, is no host
        when "Cameroun" is said three times)."""
        if self._host is None:
            counts: Counter[str] = Counter()
            for c in countries_in(self.fold):
                if self.in_a_dateline(c.start):
                    continue  # "NOUMEA (France), 11 avr 2013 (AFP) -": where it was written
                investor = (
                    _COMPANY_AFTER.match(self.fold, c.end)
                    or _COMPANY_BEFORE.search(self.fold[max(0, c.start - 30) : c.start])
                    or _POSSESSIVE_COMPANY.match(self.text, c.end)
                    # ("l'ambassadeur de l'Inde": the country that sent an envoy)
                    or _ENVOY_BEFORE.search(self.fold, max(0, c.start - 30), c.start)
                    or _ENVOY_AFTER.match(self.fold, c.end)
                    # ("la Banque d'import-export de l'Inde": the country that lends)
                    or _LENDER_OF_BEFORE.search(self.fold, max(0, c.start - 50), c.start)
                    # ("China-based Kelrun Tyre Co": where the company is seated)
                    or _OWNED_AFTER.match(self.fold, c.end)
                )
                counts[c.country] += 0 if investor else _host_weight(self.text, self.fold, c)
            for c in self.us_states:
                counts[c.country] += _host_weight(self.text, self.fold, c)
            top = counts.most_common(2)
            first = next(
                (
                    p.place.country
                    for p in places_in(self.fold, self.named_countries, self.text)
                    # "Fujian Hengwang Investment": a place opening a company's name
                    if not rx.match(r" [A-Z][a-z]", self.text[p.end : p.end + 3])
                    and not self.in_a_dateline(p.start)
                ),
                None,
            )
            if top and top[0][1] >= 4 and (len(top) == 1 or top[0][1] > top[1][1]):
                self._host = top[0][0]
            elif self.title_countries and not (top and top[0][1] >= 4):
                self._host = self.title_countries[0]
            elif first:
                self._host = first
            else:
                self._host = top[0][0] if top and top[0][1] else ""
        return self._host or None
