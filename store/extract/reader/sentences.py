"""One sentence read: the plants, agreements, organisations and people it names, then
the places, statuses, dates, figures and sectors it states, each given to its record."""

from __future__ import annotations

import re
from typing import Any

from ...text import fold
from .. import naming, rx
from ..lexicon import (
    PROJECT_NOUNS_EN,
    PROJECT_NOUNS_FR,
    SITE_KINDS,
    STATUS_CUES,
    trades_said,
)
from ..names import (
    OrgMention,
    PersonMention,
    a_person_by_surname,
    orgs_in,
    people_in,
)
from ..places import (
    HIS_PLANT_OF,
    countries_in,
    nationality_word,
    only_a_country,
    places_in,
)
from ..records import (
    RecordMention,
    agreements_in,
    costed_before,
    customers_plant,
    goods_for,
    other_plants_in,
    projects_in,
)
from ..segment import (
    Sentence,
    folded,
)
from ..when import MONTH_WORDS
from .merging import MergingReading
from .rules import (
    Entity,
)

# "signed the deal", "a signé la convention", "have inked the agreement": a signing said
# just before the agreement's article
_SIGNED_THE = re.compile(
    r"\b(?:signed|signs|sign|inked|concluded|sealed|a signe|ont signe|signe|signent|"
    r"a conclu|ont conclu|a paraphe|ont paraphe)(?: (?:on|last|this) \w+)? "
    r"(?:the|this|that|le|la|l'|ce|cet|cette)(?: [\w-]+)? ?$"
)
# "attended the signing of the contract", "la cérémonie de signature du contrat": the
# signing of the agreement said by its noun, held (not one ahead: "ahead of the signing")
_SIGNING_OF_THE = re.compile(
    r"(?<!ahead of )(?<!before )(?<!prior to )(?<!awaiting )(?<!pending )(?<!ahead of the )"
    r"(?<!before the )(?<!prior to the )(?<!awaiting the )(?<!pending the )"
    r"\b(?:the )?(?:signing|signature)(?: ceremony)? (?:of the|du|de la|de l') ?$"
)


# "selon les termes de l'accord", "under the terms of the agreement": an agreement whose
# terms the text cites, said by its article
_TERMS_OF_THE = re.compile(
    r"\b(?:selon|aux|d'apres|under|according to|by) (?:the |les )?(?:terms|termes) "
    r"(?:of|de|du) (?:the |this |that |le |la |l'|ce |cet |cette )?$"
)


def _capitalise_noun(noun: str) -> str:
    return noun[:1].upper() + noun[1:]


# "… is Kelvo's leading project", "was also Kelvo's first foreign plant": a verb "to be",
# then its owner's possessive, before the plant said
_SAID_AS_WHAT_IT_IS = re.compile(
    r"\b(?:is|was|will be|would be|becomes|became)(?: also| now)? (?:the |an? )?"
    r"[\w&.-]+(?: [\w&.-]+){0,3}['’]s $"
)
# "in the mid-90s", "in the 1990s", "dans les années 90": a decade, the time of a history
_A_DECADE = re.compile(
    r"\b(?:in|during|since|depuis|dans|durant) (?:the|les) (?:(?:early|mid|late)[- ])?"
    r"(?:annees )?(?:19|20|')?\d0'?s?\b"
)
# A project noun that is not a record of its own: what a product is for ("destinés aux
# usines de production de tubes"), or what a record already named is ("Akkuyu is the
# first nuclear power plant under construction").
# A project's proper name: "the El-Dabaa power plant", "Akkuyu NPP", "la centrale de Rooppur".
_PROPER_PROJECT = re.compile(
    # (not a currency glued to its figure: "the 90-million-USD factory")
    # (nor a unit after its figure: "a 50 MW power station")
    r"(?<![-\d])\b(?!(?:The|This|That|Its|Their|Our|Each|Every|A|An|Such|USD|EUR|US|GBP|CNY|"
    r"MW|GW|KW|kW|MWp|MWe|GWh|MWh|"
    # (nor a cost by its currency's code glued to its figure: "the PHP2-billion plant")
    r"[A-Z]{1,3}\$?\d[\w.,-]*|"
    + "|".join(k.title() for k in SITE_KINDS)
    + r")\b)[A-Z][\w'’-]+ (?:(?:[A-Z][\w-]+|\([A-Z][\w-]+\)|nuclear|power|steel|cement|textile|solar|wind) ){0,3}(?:plant|factory|complex|refinery|project|station|facility|NPP|mill)\b"
    r"|\b(?:usine|complexe|centrale|projet|raffinerie|cimenterie) (?:de |d'|du )[A-Z]"
)


# "The Tarvo Steel mill, owned by …": a plant's noun in lower case after its name
_PLANT_NOUN_AFTER = re.compile(r" (?:mill|plant|factory|refinery|smelter|complex)\b")
_PLANT_AFTER = re.compile(
    r" (?:Mill|Mills|Plant|Factory|Works|Complex|Refinery|Smelter|Foundry|Cement Plant|Power Plant|Power Station)\b"
)


# "National University of Ghana", "Bank of Ghana": an institution's country is its name's.
_INSTITUTION_OF = (
    r"\b(?:University|Bank|Republic|Government|Ministry|Embassy|Council|Authority|Agency|"
    r"Institute|Chamber|Commission|Office|Federation|Union|Academy|Board|Administration|Cabinet)\b"
)


# A company's name made of common words and its noun, which names it only with the country
# after it: "the Metallurgical Corporation of China", "the Shipping Company of India", "the
# National Investment Corporation of Kenya" ("Hanwha Corporation of Korea", "Kelta Steel of
# China": a name of its own, and whose it is).
_COMMON_NAME_WORD = (
    r"(?:[A-Z][a-z]+(?:al|ic|ing|ive|ary|ery)|State|General|Oil|Gas|Power|Coal|Water|Steel"
    r"|Alumini?um|Copper|Iron|Sugar|Cement|Textiles?|Export|Import|Investment|Development"
    r"|Construction|Engineering|Energy|Housing|Finance|Metals?|Petroleum|Trade|Trust)"
)


_COMMON_WORDS_NAME = re.compile(
    rf"(?:The |the )?{_COMMON_NAME_WORD}(?:,? (?:and |& )?{_COMMON_NAME_WORD}){{0,4}}"
    r" (?:Corporation|Company|Corp\.?|Group|Holdings?)"
)


_SAID_COMPANY = re.compile(
    r"(?: \([a-z0-9]{2,8}\))?,? (?:une |la |le |un |a |an |the )?(?:[\w-]+ )?"
    r"(?:firme|societe|entreprise|groupe|compagnie|company|firm|group|conglomerate)\b"
)


# "a second plant", "une deuxième usine": a plant ranked after another
_A_SECOND = re.compile(r"\b(?:second|third|fourth|deuxieme|seconde|troisieme|quatrieme)\b")
# Words that say a plant described is another one than the plant spoken of before.
_ANOTHER = re.compile(
    r"\b(?:also|another|in addition|additionally|as well as|aussi|egalement|en outre|"
    r"par ailleurs|une autre|un autre|outre)\b"
)


_FOUNDED = (
    r"\b(?:inaugurated|opened|commissioned|launched|laid the (?:foundation|corner) ?stone (?:for|of)"
    r"|broke ground (?:for|on)|a inaugure|ont inaugure|a pose la premiere pierre|ont pose la "
    r"premiere pierre|a lance|ont lance)(?: (?:on|le|ce) \w+)?(?: (?:de|d'|du))?"
    r" (?:a|an|un|une|d'une?)(?: (?:new|modern|brand-new|nouvelle|nouvel|nouveau))? $"
)


_NOT_THE_PROJECT = (
    r"(?:destine\w* (?:aux?|a la|a l')|intended for (?:the )?|aimed at (?:the )?"
    r"|\b(?:is|was|will be|est|sera|etait) (?:pas |not )?(?:the|le|la|l'|un|une|a|an)) ?$"
)


# "baptisée X", "dénommé X", "called X", "dubbed X": the name a project is given; "known as
# X", "connue sous le nom de X": the name it goes by, given as surely.
# "AMP-2 est la première usine de production du fabricant", "KX-7 is its first plant"
_CODE_IS_THE_PLANT = re.compile(
    r"(?<![\w-])(?P<name>[A-Z]{2,}-?\d+[A-Za-z]?) (?:est|is|sera|will be) (?:la|le|l'|the|its|sa|son)"
    r" ?(?:(?:premiere|première|premier|first|nouvelle|new|plus grande|largest|seule|only) )?"
    r"(?:usine|plant|factory|site|unité|facility|fab)\b"
)
_CALLED = re.compile(
    r"\b(?:baptise|denomme|nomme|appele|surnomme|intitule)e?s?,?\s+"
    r"|\b(?:connue?s? sous le nom (?:de |d'))"
    r"|\b(?:named|dubbed|called|christened|titled|entitled|known as),?\s+"
)


# "The new factory", "la nouvelle usine": a plant said again as the new one; "its first
# plant", "l'usine existante": one said as the older; "a second factory": the newer
_NEWER = r"(?:new|second|nouvelle|nouvel|nouveau|seconde|deuxieme)\b"
_OLDER = r"(?:first|premiere?|existing|existante?|old|ancien(?:ne)?)\b"
_DEFINITE = r"\b(?:the|this|its|la|cette|sa|le|ce|son) "
_THE_NEW = re.compile(_DEFINITE + _NEWER)
_THE_FIRST = re.compile(_DEFINITE + _OLDER)
_NEW_SAID = re.compile(r"\b" + _NEWER)
_FIRST_SAID = re.compile(r"\b" + _OLDER)


# ", Adoberia Sahel, est …", ", Kelvo Leather, is …": a name set apart by commas after a
# plant's noun, the sentence's verb after it
_NAME_IN_APPOSITION = re.compile(
    r", (?P<name>[A-Z][\w'’&-]+(?: [A-Z][\w'’&-]+){0,3}), "
    r"(?:est|sont|sera|etait|a|emploie|produit|is|was|will|has|employs|produces|makes)\b"
)


# "will be known as", "sera baptisée": the subject of the sentence is the one called so.
_CALLED_PASSIVE = re.compile(
    r"\b(?:will be|would be|is to be|shall be|is|was|sera|serait|est|a ete|va etre)"
    r"(?: (?:officially|officiellement))? $"
)


_CALLED_NAME = re.compile(
    r"(?:the )?[«\"“]?\s?([A-Z][\w'’&-]*(?:\s+(?:de |du |des |d'|of |the |for )?[A-Z0-9][\w'’&-]*){0,6})"
)
# "baptisée « Société industrielle sino-burkinabè (CISINOB SA) »": a name given in quotes is
# the quotes' words, whole, lower-case words and brackets among them
_CALLED_QUOTED = re.compile(r"[«“\"]\s?([A-Z][^«»“”\".;:!?]{1,80}?)\s?[»”\"]")


# "Called X, the industry …", "Baptisée X, l'industrie …": after a name that opens the
# sentence, its subject said by a definite noun that says a plant again without a plant's
# noun (a company's, "the company", "la société", names no plant).
_CALLED_SUBJECT = re.compile(
    r",\s+(?:the|this|cette|cet|ce|l['’]|la|le)\s*"
    r"(?:industry|industrie|venture|unit|unite|undertaking|enterprise project)\b"
)


# A unit's name said in quotes: capitalised words, a connector between them ("« Kelmar »",
# "« Tunisie Câbles »"); a saying ("« C'est historique »") has words in lower case.
_UNIT_QUOTED = re.compile(
    r"[«“\"]\s?([A-Z][\w'’&.-]*(?:\s(?:de |du |des |et |and |of |& )?[A-Z0-9][\w'’&.-]*){0,3})"
    r"\s?[»”\"](?!\w)"
)


# "trois unités industrielles", "two production plants": units counted, to be named.
_COUNT_WORDS = {"deux": 2, "trois": 3, "quatre": 4, "two": 2, "three": 3, "four": 4}


_UNITS_COUNTED = re.compile(
    r"\b(deux|trois|quatre|two|three|four) (?:[\w-]+ ){0,2}?"
    r"(?:usines|unites|plants|factories|units|facilities|mills)\b"
)


# "two plants, Kelmar and Orvane": the units counted, named by their company just after.
_UNIT_NAME = r"[A-Z][\w'’&-]+(?: [A-Z][\w'’&-]+){0,2}"


_UNITS_LISTED = re.compile(
    rf"[,:]? (?:namely |a savoir |soit )?({_UNIT_NAME}(?:, {_UNIT_NAME})*,? (?:and|et) {_UNIT_NAME})"
    r"(?![\w'’-])"
)


# "a new factory", "une nouvelle usine": a plant said by an indefinite article
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|une?)(?: new| nouvelle| nouvel)? $")


_UNNAMED = re.compile(r"projet ?[\"“«] ?[a-z ]+ ?[\"”»]")


_LEGAL_FORM = re.compile(
    r"(?:\bLtd\.?|\bLimited|\bInc\.?|\bCorporation|\bCorp\.?|\bPlc|\bPLC|\bLLC|\bGmbH|\bS\.?A\.?"
    r"|\bCo\.?)$"
)


# What a plant makes, said before the thing's name: "the production of", "la fabrication de"
_MADE_BEFORE = re.compile(
    r"\b(?:production|manufactur(?:e|ing)|fabrication|assembly|assemblage) (?:of|de|d'|des) $"
)


def _company_plant(org: Any, mention: RecordMention, named_before: bool = False) -> bool:
    """True if a plant is named by its company's whole name and a plant noun ("the X
    Corporation (Pvt) Ltd factory"): the plant the company runs, not a word of its name.
    So too a company the text has named before, fixed to a plant noun ("Orvane Motors …
    The Orvane plant"): the text has told the company's name, so the noun after it is no
    word of that name but its plant's (GOLD.md rule 6, "the Pesqueria plant"), or the
    first word of the plant's own name ("The Hanjin Mindanao Shipbuilding Complex")."""
    if mention.kind != "projects" or mention.name is None or mention.end <= org.end:
        return False
    if named_before and org.start == mention.start and org.kind != "ministry":
        rest = mention.name[org.end - org.start :].strip()
        # ("The Hanjin Mindanao Shipbuilding Complex": capitalised words of its own between)
        return bool(
            rx.fullmatch(rf"{PROJECT_NOUNS_EN}", rest, re.I)
            or rx.fullmatch(rf"(?:[A-Z][\w-]* )+(?i:{PROJECT_NOUNS_EN})", rest)
        )
    if org.start < mention.start and org.kind == "company":
        # "VNA- Japanese-invested X Industry Vietnam factory": a company read from words
        # before the plant's (a dateline's) up into them; the plant is named by its own
        return bool(rx.search(rf"[A-Z][\w-]* {PROJECT_NOUNS_EN}$", mention.name))
    return (
        org.start == mention.start
        and org.kind == "company"
        # a legal form ends the company's name: "Huaxin Cement plant" may be the plant's own
        and bool(rx.search(_LEGAL_FORM, org.name))
        and bool(rx.fullmatch(rf" {PROJECT_NOUNS_EN}", mention.name[len(org.name) :], re.I))
    )


# "X PLC, a brand new textile factory, is …": the words after the plant's noun that end the
# apposition (a verb, a place, a clause), not a noun it qualifies ("a cement plant operator").
_APPOSITION_END = re.compile(
    r"[,.;]| (?:is|was|will|has|had|which|that|located|based|built|set|in|at|est|sera|a|qui|"
    r"situee?|implantee?|basee?|sise?|installee?|dans|a|en"
    # "X, a joint venture steel project developed by A and B": whose it is, after the noun
    r"|developed|owned|operated|run|promoted|sponsored|backed|funded|financed"
    r"|developpee?|detenue?|portee?|exploitee?|financee?|promue?)\b"
)


def _plant_named_by_company(text: str, fold: str, org: Any, said: list[RecordMention]) -> bool:
    """True if a company is named, then said in apposition to be a plant ("Kora Garments
    PLC, a new garment factory, …", "Sahel Ciments SA, une nouvelle cimenterie …"): the
    plant is named by it, and the company is no other record. The plant's mention takes
    the name and the company's words."""
    for mention in said:
        if mention.kind != "projects" or mention.start < org.end:
            continue
        if not rx.fullmatch(r", (?:an?|une?) ", fold[org.end : mention.start]):
            continue
        if not _APPOSITION_END.match(fold, mention.end):
            continue
        _named_by(mention, org.name, org.start)
        return True
    return False


def _named_by(mention: RecordMention, name: str, start: int) -> None:
    """The plant spoken of takes ``name``, said from ``start`` (a name set before its noun)."""
    mention.name, mention.described, mention.plural = name, None, False
    mention.start = start


# "On March 9, Kelvo-Tarvel, a joint venture steel project developed by …": a proper name
# opening the clause, then a plant said in apposition to it by an indefinite article
_NAME_THEN_APPOSITION = re.compile(
    r"(?:^|(?<=, ))([A-Z][\w'’&]*(?:-[A-Z][\w'’&]*)*(?: [A-Z][\w'’&]*(?:-[A-Z][\w'’&]*)*){0,3})"
    r", (?:an?|une?) $"
)
_MONTH_OR_DAY = re.compile(
    rf"(?:{MONTH_WORDS}|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday)\b"
)


def _plant_named_before(text: str, fold: str, a: int, said: list[RecordMention]) -> None:
    """ "Kelvo-Tarvel, a Senegalese joint venture cement project developed by …, commissioned
    …": a name no company rule took, opening the sentence (or set after its opening words,
    "On May 4,"), then said in apposition to be a plant, is the plant's name; a place, a
    country, a month or a person's title is none."""
    for mention in said:
        if mention.kind != "projects" or mention.quoted or mention.start - a > 120:
            continue
        if not _APPOSITION_END.match(fold, mention.end):
            continue
        named = _NAME_THEN_APPOSITION.search(text, a, mention.start)
        if named is None or named.end() != mention.start:
            continue
        opening = text[a : named.start(1)].strip()
        if opening and (opening.count(",") != 1 or not opening.endswith(",")):
            continue  # the name opens the sentence or follows its opening words only
        name = named.group(1)
        words = folded(name)
        if places_in(words) or countries_in(words) or _MONTH_OR_DAY.match(words):
            continue
        _named_by(mention, name, named.start(1))


# A complex, a park, a zone: a project that holds plants of its own
_HOLDS_PLANTS = re.compile(r"\b(?:complex|complexe|park|parc|zone|estate|city)\b")


# "two processing and manufacturing plants", "deux usines": plants counted, no name
_COUNTED_PLANTS = re.compile(
    r"\b(?:two|three|four|five|six|deux|trois|quatre|cinq|six|[2-9]) (?:[a-z-]+ ){0,4}"
    r"(?:plants|factories|facilities|mills|usines|unites|units)"
)


# "Le projet prévoit la construction d'une …", "The project includes a …": what the
# project the article is about plans
_THE_PROJECT_PLANS = re.compile(
    r"\b(?:le|ce|the|this) (?:projet|project|programme) (?:prevoit|comprend|comprises|includes"
    r"|will include|entails|involves)\b"
)


# "Celui-ci regroupe une cimenterie, …", "the project comprises a spinning factory, …": the
# plants listed after are a project's components.
_COMPRISES = re.compile(
    r"\b(?:regroupe(?:ra)?|comprend(?:ra)?|comportera|comporte|(?:est|sera|se) compos\w+ d(?:e |')"
    r"|comprises?|comprising|includes?|including|will include|consists? of|composed of"
    r"|entails?|will entail|involves?"
    # "Le projet prévoit également une aciérie et une centrale": what the project plans
    # besides is its part (said of the project, not of a company: "X prévoit une usine")
    r"|(?:projet|complexe|programme) prevoit(?: egalement| aussi)?"
    # "Les installations abritent également une centrale de distribution", "the site also
    # houses a warehouse": what the plant holds besides
    r"|abrite(?:nt|ra|ront)? (?:egalement|aussi)|(?:also|will also) houses?"
    # "The planned industrial park will have a new clinker production line …": what a whole
    # said by its noun is to hold
    r"|(?:park|complex|zone|project) (?:will|would) (?:also )?have"
    # "Ce projet sera articulé autour des points suivants : la construction d'une usine de
    # sucre ; d'une centrale …": the points a project is built around
    r"|(?:est|sera|s'articule(?:ra)?) (?:articulee? )?autour (?:des points suivants|de)"
    r"(?: ?: la construction(?= d'))?)\b"
)


def _title_cased(headline: str) -> bool:
    """True if a headline capitalises its words ("Fiat, Serbia Join To Revive Auto
    Plant"): its capitals say no name."""
    words = rx.findall(r"[^\W\d_][\w'’-]*", headline)
    lower = [w for w in words if w[:1].islower() and len(w) > 3]
    return len(words) >= 4 and not lower


def _named_by_headline_case(text: str, headline_end: int, mention: RecordMention) -> bool:
    """True if a project's name is only a title-cased headline's capitals: the body never
    writes it so ("Revive Auto Plant", "Sh90bn Factories")."""
    return (
        mention.kind == "projects"
        and mention.name is not None
        and mention.end <= headline_end
        and _title_cased(text[:headline_end])
        and mention.name not in text[headline_end:]
    )


# " in Dalton", " à Sfax": the town said right after a plant's words
# "Similarly, in Fiyoaree, a …": a sentence opening on the town it speaks of
_OPENS_IN_TOWN = re.compile(
    r"\s*(?:[A-Z][a-z]+, )?(?i:in|at|à|a) ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}), "
)
_IN_TOWN = re.compile(r" (?:in|at|near|à|a|près de) ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})")


# "that", "which", "qui", "que", "dont": a clause opened between "including" and a plant
_CLAUSE_BETWEEN = re.compile(r"\b(?:that|which|who|whereby|qui|que|qu'|dont)\b")


def _a_surname_as_noun(text: str, mention: RecordMention, surnames: frozenset[str]) -> bool:
    """True if an agreement's noun is a person's surname the text says alone ("Gov. Nathan
    Deal’s Office" after "Deal said"): written with its capital, it names the person, no
    deal. "The deal was signed" in lower case stays an agreement."""
    word = rx.match(r"[\w-]+", text[mention.start :])
    return (
        mention.kind == "agreements"
        and word is not None
        and word.group() in surnames
        and word.group()[:1].isupper()
    )


# "It will consist of three major plants", "le complexe comprendra deux unités": a project
# said to be made of plants it counts
_PARTS_COUNTED = re.compile(
    _COMPRISES.pattern
    + r" (?:[\w-]+ ){0,2}?(?:two|three|four|five|six|deux|trois|quatre|cinq|six|[2-9]) "
    r"(?:[\w-]+ )?(?:plants|units|factories|usines|unites)\b"
)


# A plant's own utilities: its power station, its port, its jetty
_UTILITY = re.compile(
    r"\b(?:(?:thermal |coal-fired |gas-fired |combined-cycle |captive )?power (?:station|plant)s?"
    r"|(?:commercial |deep-water |deepwater |private |mineral )?(?:sea)?port|jett(?:y|ies)|wharf"
    r"|centrales? (?:electrique|thermique)s?|port (?:mineralier|commercial)|quai"
    # ("Une centrale solaire viendra renforcer la production énergétique": the plant's own,
    # when said to serve it)
    r"|centrales? solaires?|solar (?:power )?(?:plant|farm|station)s?)\b"
)


_UTILITY_KIND = re.compile(r"power (?:station|plant)|port\b|jett|wharf|centrale|quai")


# "a thermal power station and a commercial port", listed after the plant: the words of one
_UTILITY_LISTED = re.compile(
    r"(?:, | and | et )(?:an?|une?) ((?:[\w-]+ ){0,3}?(?:power (?:station|plant)|seaport|port|jetty"
    r"|centrale (?:electrique|thermique)|port (?:mineralier|commercial)))\b"
)


# "that will provide electricity to the plant", "pour alimenter l'usine", "its own power
# plant": a utility said to serve the plant spoken of
_SERVES_PLANT = re.compile(
    r" (?:that|which) will (?:provide|supply|deliver|feed) (?:electricity|power|energy|steam)"
    r" (?:to|for) the (?:plant|factory|complex|smelter|mill|refinery)\b"
    r"| to (?:power|supply|feed) the (?:plant|factory|complex|smelter|mill|refinery)\b"
    # "a 36MW power plant to provide the plant with electricity"
    r"| to (?:provide|supply) the (?:plant|factory|complex|smelter|mill|refinery)"
    r" with (?:electricity|power|energy|steam)\b"
    r"| to (?:provide|supply|deliver) (?:electricity|power|energy|steam) (?:to|for) the"
    r" (?:plant|factory|complex|smelter|mill|refinery)\b"
    r"| (?:qui |pour )(?:alimentera|alimente|alimenter) (?:l'usine|le complexe|la raffinerie)\b"
    # "a commercial port to export a portion of the production": the plant's output
    r"| to (?:export|ship) (?:a portion of |part of |some of |much of )?(?:the|its) "
    r"(?:production|output|products)\b"
    r"| pour (?:exporter|expedier) (?:une partie de |une part de )?(?:la|sa) production\b"
    # "Une centrale solaire viendra prochainement renforcer la production énergétique" of the
    # complex spoken of; "a solar plant will supplement its power supply"
    r"| (?:viendra|va|devrait|doit) (?:[a-z]+ment )?(?:renforcer|completer|appuyer|soutenir)"
    r" (?:la|sa) (?:production|fourniture|alimentation) (?:energetique|electrique|d'energie"
    r"|d'electricite|en energie|en electricite)\b"
    r"| will (?:[a-z]+ly )?(?:boost|strengthen|reinforce|supplement|complement) (?:the|its)"
    r" (?:plant's |factory's |complex's )?(?:energy|power|electricity) (?:production|supply)\b"
)


_OWN_UTILITY = re.compile(r"\b(?:its own|sa propre|son propre|their own|leur propre) $")
# "its own coal-fired 36MW power station": what it burns and its power between
_OWN_UTILITY_SAID = re.compile(
    r"\b(?:its own|sa propre|son propre) ((?:[a-z]+-fired |\d[\d.,]*[\s-]?(?:mw|gw|kw|mwe) ){1,2})$"
)


def _serving_parts(
    text: str, fold: str, said: list[RecordMention], start: int, end: int
) -> list[RecordMention]:
    """A plant's own utilities, no projects of their own: a power station or a port listed
    after a plant it is built with ("to build an agrochemical plant, a thermal power station
    and a commercial port"), one said to serve the plant ("a power station that will provide
    electricity to the plant", "une centrale pour alimenter l'usine") or its own ("sa propre
    centrale électrique"). Each is returned as a part, a mention made for one no rule reads
    as a project (a port)."""
    found: list[RecordMention] = []
    plants = [
        m for m in said if m.kind == "projects" and not _UTILITY.search(fold[m.start : m.end])
    ]
    for said_as in _UTILITY.finditer(fold, start, end):
        a, b = said_as.start(), said_as.end()
        between = _OWN_UTILITY_SAID.search(fold, max(start, a - 40), a)
        if between and fold[b - 1] not in "sx":
            a = between.start(1)  # (its words from what it burns: "coal-fired … station")
        elif not (
            _SERVES_PLANT.match(fold, b)
            # (a company's "own power plants", in the plural, are its, no plant's)
            or (_OWN_UTILITY.search(fold, max(start, a - 12), a) and fold[b - 1] not in "sx")
        ):
            continue
        mention = next((m for m in said if m.start < b and a < m.end), None)
        if mention is None:
            if not between and not rx.search(
                r"\b(?:an?|une?|its own|sa propre|son propre) $", fold[max(start, a - 12) : a]
            ):
                continue
            words = text[a:b]
            mention = RecordMention(
                "projects", None, a, b, b, plural=True, described=words[:1].upper() + words[1:]
            )
        elif mention.kind != "projects":
            continue
        found.append(mention)
    if plants:
        first = plants[0]
        at = first.end
        for listed in _UTILITY_LISTED.finditer(fold, first.end, min(end, first.end + 120)):
            if listed.start() != at or rx.search(r"[.;:]", fold[at : listed.start()]):
                break
            a, b = listed.start(1), listed.end(1)
            mention = next((m for m in said if m.start < b and a < m.end), None)
            if mention is None or mention in plants:
                if mention in plants:
                    break  # "a cement plant and a lime plant": two plants
                words = rx.sub(r"^(?:new|modern|nouvelle|nouveau) ", "", text[a:b])
                mention = RecordMention(
                    "projects", None, a, b, b, plural=True, described=words[:1].upper() + words[1:]
                )
            found.append(mention)
            at = b
    return found


# "Of the total number, nine factories are in Dakar and the others in Thiès": plants
# counted where they stand, a country's stock, no project
_COUNTED_STANDING = re.compile(
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|deux|trois|quatre"
    r"|cinq|six|sept|huit|neuf|dix|onze|douze) (?:[a-z-]+ )?(?:plants|factories|mills|usines"
    r"|cimenteries|unites)"
)
_STAND_AFTER = re.compile(
    r" (?:are|were|sont|se trouvent) (?:located |situees )?(?:in|at|a|en|dans|au)\b"
)


def _plants_counted_where(fold: str, mention: RecordMention) -> bool:
    """True if ``mention`` counts plants and says where they stand ("nine factories are in
    Dakar"): plants that are, a country's stock, none of them a project spoken of."""
    return bool(
        mention.kind == "projects"
        and _COUNTED_STANDING.fullmatch(fold, mention.start, mention.end)
        and _STAND_AFTER.match(fold, mention.end)
    )


def _a_part_said_again(text: str, fold: str, mention: RecordMention, start: int) -> bool:
    """True if ``mention`` is a plant said by a definite article and what it makes ("the
    aromatics plant", "l'unité de polypropylène"), no name: one of the parts counted."""
    words = fold[mention.start : mention.end]
    return (
        mention.kind == "projects"
        and mention.name is None
        and " " in words
        # a part's noun ("the largest project" compares, "the plants" are all of them)
        and bool(rx.search(r"\b(?:plant|unit|factory|facility)$|^(?:usine|unite)\b", words))
        and not rx.match(r"(?:\w+est|first|main|whole|entire|premiere|principale) ", words)
        and bool(
            rx.search(
                r"(?:^|\b)(?:the|la|le|l') ?$", fold[max(start, mention.start - 5) : mention.start]
            )
        )
    )


# "The projects …", "les trois usines …" as what comprises: several wholes, not one
_PLURAL_WHOLE = re.compile(
    r"\b(?:the|these|those|les|ces)(?: [\w-]+){0,2} (?:projects|plants|factories|units|facilities"
    r"|projets|usines|unites)\b[^.;]{0,100}$"
    # "Our longer-term plans include a facility in Laos and an office in Cambodia": what a
    # company plans, each plant its own
    r"|\b(?:plans|ambitions|projets|pipeline)(?: [\w-]+){0,2}? $"
)


# An item of a list of parts: its indefinite article, then its words up to the next item
# ("la construction d'une usine de sucre ; d'une centrale …, et d'une ferme de bétail")
_LISTED_ARTICLE = re.compile(r"(?:d')?(?:une?|an?) ")
_LIST_BREAK = re.compile(r"\s*[,;]\s*(?:et |and )?|\s+(?:et|and)\s+")


def _listed_items(fold: str, at: int, sentences: list[Sentence]) -> list[tuple[int, int]]:
    """The spans of the items a list of parts says after its cue ("comprend une mine, une
    fonderie de nickel, … et un port en eau profonde"), each without its article: none
    unless every item opens with an indefinite article and is said in a few words."""
    here = next((s for s in sentences if s.start <= at < s.end), None)
    if here is None:
        return []
    cues = list(_COMPRISES.finditer(fold, here.start, at))
    if not cues:
        return []
    start = cues[-1].end() + 1
    stop = rx.search(r"[.:()]|; (?!d'une?\b)|$", fold[start : here.end])
    end = start + (stop.start() if stop else here.end - start)
    items: list[tuple[int, int]] = []
    at_item = start
    for pause in [*_LIST_BREAK.finditer(fold, start, end), None]:
        b = pause.start() if pause else end
        article = _LISTED_ARTICLE.match(fold, at_item, b)
        words = fold[at_item:b].split()
        if article is None or not 2 <= len(words) <= 6:
            return []
        items.append((article.end(), b))
        at_item = pause.end() if pause else end
    return items if len(items) >= 2 else []


def _parts(fold: str, said: list[RecordMention], start: int, end: int) -> list[RecordMention]:
    """The project mentions a sentence lists, each said by an indefinite article, after
    "comprend", "regroupe", "comprises", "includes" (``_COMPRISES``): the parts of one."""
    cue = _COMPRISES.search(fold, start, end)
    if cue is None or _PLURAL_WHOLE.search(fold, start, cue.start()):
        # "The projects in the Governorate comprise a ceramics factory …, a cardboard factory
        # …": plants said in the plural and then listed are projects of their own
        return []
    # "including the announcement in May that X will build a new facility in Dalton": what
    # is included is a clause of its own, whose plant is no part of one
    first = next((m for m in said if m.kind == "projects" and m.start >= cue.end()), None)
    if first is not None and _CLAUSE_BETWEEN.search(fold, cue.end(), first.start):
        return []
    return [
        m
        for m in said
        if m.kind == "projects"
        and m.start >= cue.end()
        and (
            rx.search(
                # ("a five-million-tonne capacity steel mill": its size between)
                # ("a 100 MW power generation unit": its power between)
                r"(?:^|\b)(?:une?|an?|d'une?)(?: [\w-]+)?(?: [\w-]*\d[\w-]* capacity"
                r"| \d[\d.,]* ?(?:mw|gw|kw|mwe|mwp))? $",
                fold[max(start, m.start - 48) : m.start],
            )
            # "will include spinning, weaving and dyeing plants": parts listed bare, in the
            # plural, just after the cue
            or rx.fullmatch(r" (?:[\w-]+, ){0,4}", fold[cue.end() : m.start]) is not None
        )
    ]


def _without_owner(text: str, fold: str, mention: RecordMention, orgs: set[str]) -> None:
    """ "la nouvelle savonnerie d'Oleosen": an organisation the text names (``orgs``) said
    after the plant's noun is its owner, no part of its name; the plant is said by the
    words before it ("la nouvelle savonnerie": the one spoken of, its noun its words)."""
    for link in rx.finditer(
        r" (?:de la |du |de l'|de |d'|des |of )", fold[mention.start : mention.end]
    ):
        owner = text[mention.start + link.end() : mention.end]
        if owner not in orgs:
            continue
        cut = mention.start + link.start()
        words = rx.sub(
            r"^(?:(?:nouvel(?:le)?|nouveau|new) )+", "", text[mention.start : cut], flags=re.I
        )
        if not words.strip():
            return
        before = fold[max(0, mention.start - 12) : mention.start]
        mention.end = mention.span_end = cut
        if " " not in words.strip() and rx.search(
            r"\b(?:le|la|l'|ce|cet|cette|the|this|sa|son|its) (?:nouvel(?:le)? |new )?$",
            before + fold[mention.start : cut - len(words)],
        ):
            mention.name, mention.described = None, _capitalise_noun(words)
        else:
            mention.name = _capitalise_noun(words)
        return
    # "une usine Renault", "une usine Tata": the owner's name set after the noun, and
    # nothing more, names no plant (the noun says it, as "une usine" does)
    said = text[mention.start : mention.end]
    for owner in sorted(orgs, key=len, reverse=True):
        apposed = rx.match(rf"([\w-]+) {re.escape(owner)}(?= |$)", said)
        if apposed is None or not rx.fullmatch(
            rf"{PROJECT_NOUNS_FR}|{PROJECT_NOUNS_EN}",
            fold[mention.start : mention.start + apposed.end(1)],
        ):
            continue
        if said[apposed.end() :].strip():
            return  # "l'usine Cimpor de Kribi": capitalised words, the name the text gives
        before = fold[max(0, mention.start - 12) : mention.start]
        mention.name, mention.described = None, _capitalise_noun(apposed.group(1))
        if not rx.search(r"\b(?:le|la|l'|ce|cet|cette|the|this|sa|son|its) $", before):
            mention.plural = True  # "une usine CATL": one said by its noun, waiting for a name
        return
    # "the TOBB project": an organisation the text names by its letters (or the letters its
    # name opens with, "TOBB" of "TOBB-BIS Inc."), said before the noun after "the", is whose
    # the plant spoken of is, no name of it
    owned = rx.fullmatch(rf"([\w&-]+(?: [\w&-]+){{0,3}}) ({PROJECT_NOUNS_EN})", said)
    if (
        owned is not None
        and rx.search(r"\b(?:the|this) $", fold[max(0, mention.start - 6) : mention.start])
        and owned.group(1).isupper()
        and any(owned.group(1) == name or name.startswith(owned.group(1) + "-") for name in orgs)
    ):
        mention.name, mention.described = None, None


# Works of one word, then "and" and another part's words: two parts said as one
_WORKS_AND = re.compile(
    r"(Quarry|Mine|Port|Jetty|Wharf|Warehouse|Workshop|Laboratory|Carrière|Entrepôt|Atelier)"
    r" (?:and|et) ([a-zà-ÿ][\w-]*(?: [\w-]+){0,3})"
)
_WORKS_NAME = re.compile(r" (?:Power |Generation )?(?:Stations?|Dam)$")


# "50 MW power station": a part's power said before its noun, no word of its name
_POWER_BEFORE = re.compile(r"\d[\d.,]*[\s-]?(?:MW|GW|kW|KW|MWp|MWe)\s+(?=\w)")
_POWER_AFTER = re.compile(r"\s+(?:de|of)\s+\d[\d.,]*\s?(?:MW|GW|kW|KW|MWp|MWe|MWc)$")


def _unpowered(name: str) -> str:
    # ("une centrale électrique de 30 MW": its power said after its noun)
    name = _POWER_AFTER.sub("", name)
    said = _POWER_BEFORE.search(name)  # ("Coal-fired 36MW power station": after its fuel)
    if said is None:
        return name
    rest = name[: said.start()] + name[said.end() :]
    return rest[:1].upper() + rest[1:]


# A name, then "and" and a capital: "PowerChina and China Power …"
_NAME_THEN_AND = re.compile(r"([A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}) (?:and|et) (?=[A-Z])")


class SentenceReading(MergingReading):
    """One sentence read, each of its facts given to a record."""

    def _sentence(self, s: Sentence) -> None:
        text, fold, a, b = self.text, self.fold, s.start, s.end
        if s.index > self.pending_until:
            self.pending_to_focus()
        found = orgs_in(text, fold, a, b, self.lang)
        for org in found:
            if org.kind == "other" and any(
                e.kind == "orgs" and e.defaults.get("org_kind") == "company" and org.name in e.names
                for e in self.entities
            ):
                org.kind = "company"  # "les représentants de Tosyali", a company named before
        found += self._known_orgs(a, b, found)
        # "at Coverden, East Bank Demerara": a place the gazetteer knows, no bank
        sites = [
            (a + p.start, a + p.end)
            for p in (
                places_in(fold[a:b], self.named_countries, text[a:b])
                # (looked for only where a name opens with a point of the compass)
                if any(rx.match(r"(?:East|West|North|South|Upper|Lower) ", o.name) for o in found)
                else []
            )
            if p.place.locality
        ]
        found = [
            o
            for o in found
            if not any(x <= o.start and o.end <= y and o.end - o.start < y - x for x, y in sites)
            # "sous la marque ''Mango Ciment''", "under the brand X": a brand, not a company
            # ("sous la marque Twyford, de Kelvo Ceramics": the brand's owner after a comma)
            if not rx.search(
                r"\b(?:marque|brand|label)\b[^.;,]{0,20}$",
                fold[max(a, o.start - 24) : o.start].rstrip(" '\"«"),
            )
        ]
        for org in found:
            if org.kind not in ("company", "ministry") and _SAID_COMPANY.match(fold, org.end):
                org.kind = "company"  # "China Africa Material Building (CMB), firme chinoise"
            # "Sentuo Steel of China": the company and its country, not one name
            of = rx.search(r" (?:of|from) ([A-Z][\w-]+(?: [A-Z][\w-]+)?)$", org.name)
            if (
                of
                and len(org.name) > of.end() - of.start() + 3
                and not rx.search(_INSTITUTION_OF, org.name)
                and not _COMMON_WORDS_NAME.fullmatch(org.name[: of.start()])
            ):
                of_country = countries_in(of.group(1).casefold())
                if of_country and of_country[0].end - of_country[0].start >= len(of.group(1)) - 1:
                    org.name = org.name[: of.start()]
                    org.end = org.start + len(org.name)
                    org.country = of_country[0].country
                    org.said_from = org.start
        found = [
            o
            for o in found
            # "The Kivu Steel Mill was inaugurated": a plant's name, not a company's, unless
            # the text names the company alone somewhere
            if not self._in_plant_name(o.name)
            # "l'industriel inaugure son usine de Dunnottar": the owner said by "son", the
            # word after it its plant's town (unless the text names it a company elsewhere)
            and not (
                rx.search(HIS_PLANT_OF + "$", fold[max(a, o.start - 30) : o.start])
                and " " not in o.name
                and self.text.count(o.name) == 1
            )
        ]
        found = [
            o
            for o in found
            # "Challenge Group Chairman X": a title and a person, not a company
            if not rx.match(
                r"(?:chairman|chairwoman|ceo|president|director|minister|governor|"
                r"(?:managing|executive|deputy|general) (?:director|manager)|chief executive|"
                r"directeur|directrice|president-directeur|pdg)\b",
                fold[o.start : o.end],
            )
            # "The News Agency of Nigeria (NAN) reports": who tells it, not who does it
            and not rx.search(
                r"\b(?:news agency|press agency|agence de presse|agence [\w-]+ d'information)\b",
                fold[o.start : o.end].replace("’", "'"),
            )
            # "the development and production of Battery Management Systems (BMS)": what a
            # plant makes, capitalised, no organisation (a company's legal form says one)
            and not (
                o.kind != "company"
                and _MADE_BEFORE.search(fold, max(a, o.start - 40), o.start)
                and not rx.match(r"['’]s\b", text[o.end : o.end + 2])
            )
        ]
        agreements = agreements_in(text, fold, a, b)
        # ("called Project Investment Agreement": an agreement's name, no project called so)
        said = [
            m
            for m in projects_in(text, fold, a, b)
            if not any(
                g.name
                and rx.fullmatch(r"[A-Z][\w-]*(?: [A-Z][\w-]*)+", g.name)
                and g.start < m.end
                and m.start < g.end
                for g in agreements
            )
        ] + agreements
        said = [m for m in said if not _named_by_headline_case(text, self.headline_end, m)]
        said = [m for m in said if not _a_surname_as_noun(text, m, self._surnames)]
        said = [m for m in said if not _plants_counted_where(fold, m)]
        said = [m for m in said if not self._plant_of_a_history(m, a, b, found)]
        self._elsewhere = other_plants_in(fold, a, b)
        parts = _parts(fold, said, a, b)
        if (
            parts
            and "projects" not in self.focus
            and not any(m.kind == "projects" and m.start < parts[0].start for m in said)
            and _THE_PROJECT_PLANS.search(fold, a, parts[0].start)
        ):
            # "Le projet prévoit la construction d'une raffinerie d'alumine", no plant said
            # before: the first plant listed is the project the article is about, no part
            parts = parts[1:]
        if not parts and _PARTS_COUNTED.search(fold, a, b):
            # "It will consist of three major plants": the plants said next by what they
            # make ("the aromatics plant") are the project's parts
            self._parts_until = s.index + 2
        elif s.index <= self._parts_until:
            parts = [m for m in said if _a_part_said_again(text, fold, m, a)]
        serving = _serving_parts(text, fold, said, a, b)
        parts += [m for m in serving if m not in parts]
        self._serving = [(m.start, m.end) for m in serving]
        said = [m for m in said if m not in parts]
        units = self._units_named(s, said)
        if units:
            said = [
                m for m in said if not any(u.start < m.span_end and m.start < u.end for u in units)
            ]
            said = sorted(said + units, key=lambda m: m.start)
        # "to set up a Syringe Manufacturing Company": the plant to be, no company named
        found = [
            o for o in found if not any(m.company and m.start <= o.start < m.end for m in said)
        ]
        found = [o for o in found if not _plant_named_by_company(text, fold, o, said)]
        _plant_named_before(text, fold, a, said)
        # "Nigeria's Ravi Kumar is investing … Kumar said": a person, said later by surname
        persons = [o for o in found if a_person_by_surname(o.name, self._surnames)]
        found = [o for o in found if o not in persons]
        for org in found:
            self._without_a_known_name_joined(org)
        pointers = self._country_pointed_back(a, b, found)
        self._countries_pointed_back(a, b, found)
        before = {e.key for e in self.entities if e.kind == "orgs"}
        # "the managers of the Bui Dam Hydro Power Generation Stations (BGS)": works by their
        # name, no organisation (their words no trade of the plant's either)
        works = [o for o in found if _WORKS_NAME.search(o.name)]
        found = [o for o in found if o not in works]
        orgs = [(org, self._org(org)) for org in found]
        orgs += [
            (OrgMention(company.name, "company", start, end, confidence=0.5, pointer=True), company)
            for start, end, company in pointers
        ]
        people = people_in(text, fold, a, b, self.lang)
        people += [
            PersonMention(o.name, o.start, o.end, lang=self.lang)
            for o in persons
            if not any(p.start < o.end and o.start < p.end for p in people)
        ]
        for mention in said:
            if (
                mention.kind == "projects"
                and mention.name
                and any(
                    mention.start < p.start < mention.end
                    and rx.search(
                        r"\b(?:projet|project) (?:de|d'|of) $", fold[mention.start : p.start]
                    )
                    for p in people
                )
            ):
                mention.name = None  # "Le projet de Wang Chen, patron de X": his, no name
        # "Governor of Maputo province X": where a person serves, not where a plant is
        self._titles = [(p.title_start, p.title_end) for p in people if p.title]
        self._titles += [(p.start, p.end) for p in people]
        for person in people:
            if any(o.start <= person.start < o.end for o, _ in orgs):
                continue
            if " " not in person.name:
                # "Mr Liu", "M. Ma": a surname alone is the person named in full before
                whole = next(
                    (
                        e.name
                        for e in self.entities
                        if e.kind == "people"
                        and " " in e.name
                        and person.name in (e.name.split()[0], e.name.split()[-1])
                    ),
                    None,
                )
                person.name = whole or person.name
            self._person(person, orgs)
        mentions: list[tuple[RecordMention, Entity]] = []
        forward = False
        named_here = any(m.kind == "agreements" and m.name for m in said)
        for mention in said:
            if any(mention is u for u in units):
                unit = self._record(mention, orgs)
                unit.defaults["unit"] = True
                mentions.append((mention, unit))
                continue
            if any(
                o.start <= mention.start < o.end
                and not _company_plant(o, mention, named_before=e.key in before)
                for o, e in orgs
            ) or any(p.title and p.title_start <= mention.start < p.title_end for p in people):
                continue  # "membre du Conseil d'administration du complexe": a title's words
            if (
                mention.kind == "projects"
                and rx.search(_NOT_THE_PROJECT, fold[a : mention.start])
                # ("The other joint venture … is the Samand sedan car producing plant": a
                # plant by its name, said as what the subject is)
                and not (
                    mention.name
                    and rx.search(r"\b(?:is|was) the $", fold[a : mention.start])
                    and rx.search(r"\b(?:joint venture|project)\b", fold[a : mention.start])
                )
            ):
                continue
            if (
                mention.kind == "projects"
                and mention.name
                and _UNNAMED.fullmatch(fold[mention.start : mention.end])
            ):
                mention.name = None  # "le projet « important et stratégique »": no name
            subject = self._plant_said_as_what_it_is(mention, a, mentions)
            if subject is not None:
                # "… in a new vehicle plant … is Kelvo's leading project", "the new plant was
                # also Kelvo's first foreign plant": what the plant is, no other plant
                mentions.append((mention, subject))
                continue
            if mention.kind == "projects" and mention.name:
                _without_owner(text, fold, mention, self._org_names(orgs))
                mention.another = mention.another or self._same_words_elsewhere(mention, a)
            if (
                mention.name is None
                and mention.described
                and " in the " in mention.described
                and self._headline_plant_said_again(mention, b)
            ):
                # "… on Ethiopian garment factory", then "broke ground on a factory in the
                # Hawassa Industrial Park": the headline's plant, where it stands said
                mention.plural = False
            elif mention.name is None and mention.described and self._named_by_words(mention, a, b):
                mention.name, mention.plural = mention.described, False
            if (
                mention.name is None
                and (
                    self._headline_plant_said_again(mention, b)
                    or self._ranked_as_the_headline_s(mention)
                    or self._headline_plant_said_by_its_owner(mention, s)
                )
                # ("a plant to set up sugar plant at X": the plant is the one said next)
                and not any(m.kind == "projects" and 0 < m.start - mention.end < 40 for m in said)
            ):
                mention.plural = False  # "a new factory in Oarja" under the headline's plant
            if mention.name is None:
                earlier = next((e for m, e in reversed(mentions) if m.kind == mention.kind), None)
                if not mention.plural and earlier is not None:
                    # "a plant in the X zone … the construction of the plant": the one
                    # this sentence has just named, before any spoken of earlier (unless
                    # its words say another: "the fertiliser plant …, while the feed mill")
                    mentions.append((mention, self._said_again_by_its_words(mention, earlier)))
                elif mention.plural and self._plants_of_complex(mention, s):
                    # "a vast industrial complex … the plan was to build two processing and
                    # manufacturing plants": the plants counted are the complex's content
                    mentions.append((mention, self.focus["projects"]))
                elif mention.plural and self._counted_apart(mention):
                    # "deux unités de filature, l'une à Koutiala et l'autre à Bamako": the
                    # plants together, one record named by the text's plural
                    mention.name = _capitalise_noun(mention.counted[1])  # type: ignore[index]
                    mention.plural = False
                    together = self._record(mention, orgs)
                    together.defaults["counted_apart"] = mention.end
                    mentions.append((mention, together))
                elif mention.plural:
                    forward = True
                    self.pending_described = (
                        (mention.described, mention.start, mention.end)
                        if mention.described and not mention.counted
                        else None
                    )
                    # "its third production facility in Kenya": another plant than the one
                    # spoken of, which what waits for its name is never the focus's
                    self.pending_another = bool(
                        rx.match(
                            r"(?!premier|premiere|first)", naming.rank(mention.described or "")
                        )
                        and naming.rank(mention.described or "")
                    )
                    if mention.counted:
                        self.counted = (mention.counted, mention.start, mention.end)
                elif mention.kind in self.focus:
                    focus = self._the_new_one(mention, self.focus[mention.kind])
                    focus = self._said_again_by_its_words(mention, focus)
                    if mention.described and self._named_in_headline_only(focus):
                        # "Une cimenterie ouverte à X" over "l'unité de broyage …": the
                        # body's first words for the headline's plant name it
                        self.add(
                            focus,
                            "name",
                            {self.lang: mention.described},
                            mention.start,
                            mention.end,
                            0.6,
                        )
                    mentions.append((mention, focus))
                elif mention.kind == "projects" and self._unseen_plant(mention, s):
                    # "Cette usine …" with no plant read before (its first mention in a form
                    # no rule reads): the plant is still one, named by its noun, so what is
                    # said of it is not lost.
                    mention.name = mention.described or _capitalise_noun(
                        text[mention.start : mention.end]
                    )
                    mentions.append((mention, self._record(mention, orgs)))
                elif (
                    mention.noun
                    and not named_here
                    and (
                        (
                            not self._agreement_named_after(b)
                            and rx.search(
                                r"\b(?:conclue?s?|signee?s?|paraphee?s?|concluded|signed|inked|approuvee?s?|approved)\b",
                                fold[mention.end : b],
                            )
                        )
                        # "signed the deal with X": signed by the sentence, no pointer to an
                        # agreement of another noun named later
                        # "Selon les termes de l'accord, …": its terms cited, it is one
                        or (
                            (
                                _SIGNED_THE.search(fold, max(a, mention.start - 40), mention.start)
                                or _SIGNING_OF_THE.search(
                                    fold, max(a, mention.start - 40), mention.start
                                )
                                or _TERMS_OF_THE.search(
                                    fold, max(a, mention.start - 40), mention.start
                                )
                            )
                            and not self._agreement_named_after(b, folded(mention.noun))
                        )
                    )
                ):
                    # "Ce partenariat … avait été conclu en juillet 2024", "X signed the deal
                    # with Y", "under the terms of the agreement": the first agreement the
                    # article speaks of, said by its noun.
                    mention.name = _capitalise_noun(mention.noun)
                    mentions.append((mention, self._record(mention, orgs)))
                continue
            entity = self._record(mention, orgs)
            mentions.append((mention, entity))
        mentions.sort(key=lambda pair: pair[0].start)
        self._waiting = [
            (m.start, m.end)
            for m in said
            if m.kind == "projects" and m.name is None and not any(m is x for x, _ in mentions)
        ]
        self._aside = self._asides(a, mentions)
        self._plants_paired(mentions)
        for mention, entity in mentions:
            entity.said.append(
                mention.name or mention.described or self.text[mention.start : mention.end]
            )
            if mention.start in self._aside:
                continue  # a neighbour or a comparison: the sentence is not about it
            if mention.kind in self.focus and self.owned_elsewhere(mention):
                if entity is self.focus[mention.kind] and mention.name is None:
                    # "Its Tunisian plant in Monastir, opened in 2015, produces …" in an
                    # article on a plant in Egypt: the owner's other plant, said by its noun;
                    # what the sentence says after it is that plant's, no claim of the one
                    # spoken of
                    self._elsewhere.append(mention.start)
                    self._aside.add(mention.start)
                continue  # "its Russian brewery Baltika": the owner's plant elsewhere
            self.focus[mention.kind] = entity
            self._focus_said[mention.kind] = s.index
            if mention.kind == "projects" and self.lead is not None:
                lead, self.lead = self.lead, None
                for deferred in lead:
                    deferred(entity)
                joint, self.lead_parties = self.lead_parties, []
                for other, plant in mentions:
                    if other.kind == "projects" and other.start not in self._aside:
                        for deferred in joint:
                            deferred(plant)
            if (
                mention.kind == "projects"
                and self.pending
                and s.index <= self.pending_until
                and mention.name
            ):
                for deferred in self.pending:
                    deferred(entity)
                for sibling in self._siblings():
                    for deferred in self.pending:
                        deferred(sibling)
                self.pending = []
                self.pending_described = None
        if forward and not any(m.kind == "projects" for m, _ in mentions):
            self.pending_to_focus()
            self.pending_until = s.index + 2
            if self.focus.get("projects") is None:
                # "Turkey plans to build an organized industrial zone …", the article's first
                # plant, its proper name said sentences later ("The Jenin Organized Industry
                # Zone is slated …"): what is said of it waits for that name
                self.pending_until = max(self.pending_until, self._proper_name_said_in(b))
        if parts:
            self._parts(parts, mentions, fold.find(" ", parts[0].start - 40, parts[0].start))
        self._named_as(s, mentions)
        self._links(mentions)
        self._projects_listed_for(s, mentions)
        self._partners(
            mentions, orgs, forward and not any(m.kind == "projects" for m, _ in mentions)
        )
        self._signatories(s, mentions, orgs)
        self._statuses(s, mentions, orgs, forward)
        self._dates(s, mentions, forward)
        self._figures(s, mentions)
        self._places(s, mentions, orgs, forward)
        self._in_country(s, mentions)
        self._sectors(s, mentions, forward, [o for o, _ in orgs] + works)
        self._components(s, mentions)

    def _parts(
        self, parts: list[RecordMention], mentions: list[tuple[RecordMention, Entity]], at: int
    ) -> None:
        """The plants a project is said to comprise are its components, named by their
        words (novelty and quality aside), the project the one said before the list."""
        owner = self._subject("projects", at, mentions, False)
        if not isinstance(owner, Entity):
            return
        listed = _listed_items(self.fold, parts[0].start, self.sentences)
        if listed:
            # "comprend une mine, une fonderie de nickel, une centrale électrique au charbon
            # et un port en eau profonde": each item the list says, in its own words
            for a, b in listed:
                name = naming.conventional(self.text[a:b], None, self.lang, keep_rank=False)
                self.add(owner, "components", {"name": {self.lang: _unpowered(name)}}, a, b, 0.5)
            return
        for part in parts:
            words = part.name or part.described or self.text[part.start : part.end]
            start = part.start
            bare = _COMPRISES.search(self.fold, max(0, part.start - 80), part.start)
            if bare and rx.fullmatch(r" (?:[\w-]+, ){1,4}", self.fold[bare.end() : part.start]):
                # "will include spinning, weaving, dyeing and garment factories": the kinds
                # listed bare before the plural noun are its words too
                start = bare.end() + 1
                words = self.text[start : part.end]
            name = naming.conventional(words, None, self.lang, keep_rank=False)
            kind = _UTILITY_KIND.search(fold(name))
            if kind and any(
                p.field == "components"
                and p.new is not None
                and p.new.key == owner.key
                and kind.group() in fold(str(p.plain_value().get("name")))
                for p in self.proposals
            ):
                continue  # "a 50 MW power station that will provide electricity": said again
            name = _unpowered(name)
            pair = _WORKS_AND.fullmatch(name)
            for each in (pair[1], pair[2][:1].upper() + pair[2][1:]) if pair else (name,):
                # "a quarry and residential complex": a quarry, and a residential complex
                self.add(owner, "components", {"name": {self.lang: each}}, start, part.end, 0.5)

    def _units_named(self, s: Sentence, said: list[RecordMention]) -> list[RecordMention]:
        """The units a text counts, then names each ("trois unités de production … « Kelmar »,
        « Orvane », « Tessid »", "two plants, Kelmar and Orvane"): one record each, named
        by the name the text gives it; said again by that name, it is that unit again."""
        found: list[RecordMention] = []
        scan = s.start
        for counted in _UNITS_COUNTED.finditer(self.fold, s.start, s.end):
            count = _COUNT_WORDS[counted.group(1)]
            listed = _UNITS_LISTED.match(self.text, counted.end(), s.end)
            names = rx.split(r",? (?:and|et) |, ", listed.group(1)) if listed else []
            if 1 < len(names) <= count and listed:
                at = listed.start(1)
                for name in names:
                    at = self.text.index(name, at)
                    found.append(
                        RecordMention("projects", name, at, at + len(name), at + len(name))
                    )
                    at += len(name)
                self._unit_names += names
                scan = found[-1].end
            else:
                self._units = (count, s.index + 4)
                scan = counted.end()
        if self._units and s.index <= self._units[1]:
            count, until = self._units
            for quoted in _UNIT_QUOTED.finditer(self.text, scan, s.end):
                if count == 0:
                    break
                name = quoted.group(1)
                if name in self._unit_names or countries_in(fold(name)):
                    continue
                found.append(
                    RecordMention("projects", name, quoted.start(), quoted.end(), quoted.end())
                )
                self._unit_names.append(name)
                count -= 1
            self._units = (count, until) if count else None
        if found:
            # named, the units counted are no longer told apart by their ranks
            self.counted = None
            for m in said:
                m.counted = None
        for name in self._unit_names:
            for again in rx.finditer(
                rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", self.text[s.start : s.end]
            ):
                at = s.start + again.start()
                if not any(f.start <= at < f.end for f in found):
                    found.append(
                        RecordMention("projects", name, at, at + len(name), at + len(name))
                    )
        return sorted(found, key=lambda m: m.start)

    def _without_a_known_name_joined(self, org: Any) -> None:
        """ "PowerChina and China Power Investment Corporation (Sinosure)", after "China Power
        Investment Corporation (PowerChina)": a name the text gave an organisation before,
        joined by "and" to another, is that one said again, no word of the other's name."""
        joined = _NAME_THEN_AND.match(org.name)
        if joined is None or not any(
            e.kind == "orgs" and joined.group(1) in e.names for e in self.entities
        ):
            return
        org.name = org.name[joined.end() :]
        org.start += joined.end()

    def _org_also_called(self, s: Sentence, at: int) -> bool:
        """True if the name a cue at ``at`` gives is an organisation's other name: "also"
        after the organisation's own name ("Kelvo Auto, also known as", "Kelvo Auto, aussi
        connu sous son nom chinois")."""
        also = rx.search(r",? (?:also|better|aussi|plus) $", self.fold[max(s.start, at - 12) : at])
        if also is None:
            return False
        before = self.text[s.start : at - len(also.group())]
        return any(
            rx.search(re.escape(name) + r"(?: [A-Z][\w-]+)?$", before)
            for e in self.entities
            if e.kind == "orgs"
            for name in e.names
        )

    def _named_as(self, s: Sentence, mentions: list[tuple[RecordMention, Entity]]) -> None:
        """ "Baptisée Africure, cette usine …", "a plant called Nova Works": a project said
        by its noun is given its name by the words that say it is called so."""
        self._code_named(s)
        self._named_in_apposition(s, mentions)
        for cue in _CALLED.finditer(self.fold, s.start, s.end):
            said = _CALLED_QUOTED.match(self.text, cue.end(), s.end)
            if said is None or len(said.group(1).split()) > 8:
                said = _CALLED_NAME.match(self.text, cue.end(), s.end)
            if said is None:
                continue
            if rx.search(
                r"\b(?:then|formerly|previously|once|ex|anciennement|autrefois|alors) $",
                self.fold[max(s.start, cue.start() - 12) : cue.start()],
            ):
                continue  # "X, then known as Y": the name a company went by, no plant's
            if self._org_also_called(s, cue.start()):
                continue  # "Kelvo Motors, also known as Tarhua": the company's other name
            if rx.search(
                r"\b(?:joint[ -]venture|coentreprise|co-entreprise|societe commune|societe mixte"
                r"|company|firm|entreprise|societe|subsidiary|filiale|venture)s?,? $",
                self.fold[max(s.start, cue.start() - 24) : cue.start()],
            ):
                # "a joint venture called X", "the venture, named X": the company's name, no
                # plant's; the company is one of the article's
                company = said.group(1).strip()
                if not any(e.kind == "orgs" and company in e.names for e in self.entities):
                    at = said.start(1)
                    self._org(OrgMention(company, "company", at, at + len(company)))
                continue
            near = [
                (m, e)
                for m, e in mentions
                if m.kind == "projects" and abs(m.start - cue.start()) < 60
            ]
            subject = [
                (m, e) for m, e in mentions if m.kind == "projects" and m.start < cue.start()
            ]
            if near:
                entity = min(near, key=lambda pair: abs(pair[0].start - cue.start()))[1]
            elif subject and _CALLED_PASSIVE.search(
                self.fold, max(s.start, cue.start() - 24), cue.start()
            ):
                # "The plant will be located … in Otavi and will be known as X": the name
                # the sentence's plant is to go by, however far its noun
                entity = subject[0][1]
            elif rx.search(
                r"\b(?:projet|project) $", self.fold[max(s.start, cue.start() - 8) : cue.start()]
            ):
                # "l'ensemble du projet intitulé X", "the project dubbed X": the project
                # spoken of is given its name
                if "projects" not in self.focus:
                    continue
                entity = self.focus["projects"]
            elif (
                "projects" in self.focus
                and not self.fold[s.start : cue.start()].strip(" \"'«“")
                and _CALLED_SUBJECT.match(self.fold, said.end(1))
            ):
                # "Called X, the industry is expected to …", "Baptisée X, l'industrie …": the
                # sentence opens on the name of its subject, a noun of no company that says
                # again the plant spoken of
                entity = self.focus["projects"]
            else:
                continue
            name = said.group(1).strip()
            said_countries = countries_in(fold(name))
            if name in entity.names:
                # "The X will open … Dubbed the X, …": where the text says it is called so
                # is where it gives the name
                for p in self.proposals:
                    if p.group == entity.key and p.field == "name" and name in p.quote:
                        p.quote, p.start, p.end = (
                            self.text[cue.start() : said.end(1)],
                            cue.start(),
                            said.end(1),
                        )
                continue
            if said_countries and sum(c.end - c.start for c in said_countries) >= len(name) - 2:
                continue  # "called Ghana": a country, no name ("Uganda-China Free Zone" is one)
            entity.names.append(name)
            entity.said.append(name)
            self.add(entity, "name", {self.lang: name}, cue.start(), said.end(1), 0.7)

    def _said_again_by_its_words(self, mention: RecordMention, focus: Entity) -> Entity:
        """ "a fertiliser plant in Eldoret and a feed mill in Nakuru. The fertiliser plant
        will produce …": a plant said again by the words that described it is the plant
        they described, not the one spoken of last (a bare "the plant" is still that one)."""
        if mention.kind != "projects":
            return focus
        words = fold(self.text[mention.start : mention.end])
        if " " not in words:
            return focus

        def said_so(entity: Entity) -> bool:
            return any(fold(w).startswith(words) for w in (*entity.said, *entity.names))

        if said_so(focus):
            return focus
        chosen = [
            e for e in self.entities if e.kind == "projects" and e is not focus and said_so(e)
        ]
        return chosen[0] if len(chosen) == 1 else focus

    def _the_new_one(self, mention: RecordMention, focus: Entity) -> Entity:
        """ "has opened a second factory in X, two years after its first plant in Y. The new
        factory cost …": the new plant said again is the one said second or new, not the
        first or existing one spoken of last; "The first plant, opened in 2021, …" after it
        is the first one again."""
        if mention.kind != "projects":
            return focus
        here = self.fold[max(0, mention.start - 14) : mention.end]
        if _THE_NEW.search(here):
            wanted, other = _NEW_SAID, _FIRST_SAID
        elif _THE_FIRST.search(here):
            wanted, other = _FIRST_SAID, _NEW_SAID
        else:
            return focus
        # (what each plant was said as, its rank or novelty kept in its name's quote)
        said = {
            e.ref: [
                *e.said,
                *(p.quote for p in self.proposals if p.group == e.ref and p.field == "name"),
            ]
            for e in self.entities
            if e.kind == "projects"
        }
        if not any(other.search(fold(w)) for w in said.get(focus.ref, [])):
            return focus
        chosen = [
            e
            for e in self.entities
            if e.ref in said
            and e is not focus
            and any(wanted.search(fold(w)) for w in said[e.ref])
            and not any(other.search(fold(w)) for w in said[e.ref])
        ]
        return chosen[0] if len(chosen) == 1 else focus

    def _named_in_apposition(
        self, s: Sentence, mentions: list[tuple[RecordMention, Entity]]
    ) -> None:
        """ "la tannerie de Ségou, Adoberia Sahel, est …", "the Segou tannery, Kelvo Leather,
        is …": a plant said by its noun, then a name set apart by commas before the verb of
        the sentence, is called by that name (not a place, a country, an organisation or a
        person the article names)."""
        for mention, entity in mentions:
            if mention.kind != "projects":
                continue
            said = _NAME_IN_APPOSITION.match(self.text, mention.end, s.end)
            if said is None:
                continue
            name = said["name"]
            if (
                name in entity.names
                or countries_in(fold(name))
                or places_in(fold(name), text=name)
                or nationality_word(name.split()[0])
                or any(name in e.names for e in self.entities if e.kind in ("orgs", "people"))
            ):
                continue
            entity.names.append(name)
            entity.said.append(name)
            self.add(entity, "name", {self.lang: name}, mention.start, said.end("name"), 0.6)

    def _code_named(self, s: Sentence) -> None:
        """ "…, AMP-2 est la première usine de production du fabricant": a code of letters
        and a number said as what the plant spoken of is names it."""
        said = _CODE_IS_THE_PLANT.search(self.text, s.start, s.end)
        plant = self.focus.get("projects")
        if said is None or plant is None or said["name"] in plant.names:
            return
        plant.names.append(said["name"])
        plant.said.append(said["name"])
        self.add(
            plant, "name", {self.lang: said["name"]}, said.start("name"), said.end("name"), 0.6
        )

    def _org_names(self, orgs: list[tuple[Any, Entity]]) -> set[str]:
        """The names of the organisations this sentence names and those named before."""
        names = {o.name for o, _ in orgs}
        for entity in self.entities:
            if entity.kind == "orgs":
                names.update(entity.names)
        return names

    def _in_plant_name(self, name: str) -> bool:
        """True if every time the text says ``name`` a capitalised plant noun follows it
        ("Kivu Steel Mill"): the words are a plant's name, no organisation's."""
        said = [m.span() for m in rx.finditer(re.escape(name), self.text)]
        return (
            bool(said)
            and all(
                _PLANT_AFTER.match(self.text, end)
                # ("The Tarvo Steel mill, owned by Tarvo Group": said once, a sentence's subject)
                or (
                    len(said) == 1
                    and rx.search(r"(?:^|[.!?]\s+|\n)The $", self.text[max(0, start - 6) : start])
                    and _PLANT_NOUN_AFTER.match(self.text, end)
                )
                for start, end in said
            )
        )

    def _unseen_plant(self, mention: RecordMention, s: Sentence) -> bool:
        """True if ``mention`` ("cette usine", "the plant") speaks of a plant the reader has
        not read yet and says something of it: no project before it, a plant noun (not
        "le projet"), a figure, a place or a status in its sentence, and no proper name of
        a project after it that it could wait for."""
        noun = self.fold[mention.start : mention.end]
        if rx.search(r"\b(?:projet|project|programme|program|initiative)s?$", noun):
            return False
        sentence = self.fold[s.start : s.end]
        says = (
            any(ch.isdigit() for ch in sentence)
            or any(rx.search(pattern, sentence) for pattern, _, _, _ in STATUS_CUES)
            or bool(places_in(sentence, self.named_countries, self.text[s.start : s.end]))
        )
        return says and not self._proper_project_after(mention.end)

    def _plant_said_as_what_it_is(
        self, mention: RecordMention, a: int, mentions: list[tuple[RecordMention, Entity]]
    ) -> Entity | None:
        """The plant said before in the sentence, or the one spoken of when the sentence
        opens on it ("It is …"), if ``mention`` (a plant with no name) is said as what it
        is, after a verb "to be" and its owner's possessive ("the new plant was also Kelvo's
        first foreign vehicle plant")."""
        if mention.kind != "projects" or mention.name is not None:
            return None
        if not _SAID_AS_WHAT_IT_IS.search(self.fold, a, mention.start):
            return None
        before = [e for m, e in mentions if m.kind == "projects" and m.end <= mention.start]
        if before:
            return before[-1]
        # "It is Norvel's third plant in West Africa": the plant spoken of, by a pronoun
        if rx.match(r"\s*(?:it|this|the (?:plant|factory|facility|mill|unit)) ", self.fold[a:]):
            return self.focus.get("projects")
        return None

    def _plant_of_a_history(self, mention: RecordMention, a: int, b: int, orgs: list[Any]) -> bool:
        """True if ``mention`` names another company's plant than the one spoken of, in a
        sentence of past decades ("It started with the landing of the coveted Mercedes-Benz
        plant in the mid-90s"): the history the article tells after its plant, no record."""
        focus = self.focus.get("projects")
        return (
            mention.kind == "projects"
            and mention.name is not None
            and focus is not None
            and self._a_companys_plant(mention, orgs)
            and fold(mention.name) not in {fold(n) for n in focus.names}
            and bool(_A_DECADE.search(self.fold, a, b))
        )

    def _a_companys_plant(self, mention: RecordMention, orgs: list[Any]) -> bool:
        """True if the plant's name holds a company's: one found in its words, or one named
        before ("Norvel Auto's nearby plant", then "the Norvel Auto plant")."""
        if any(mention.start <= o.start < mention.end for o in orgs):
            return True
        owner = fold(rx.sub(r"^(?:[a-z][\w-]* )+|\s*\S+$", "", mention.name or ""))
        return bool(owner) and (
            any(
                fold(name).startswith(owner)
                for e in self.entities
                if e.kind == "orgs"
                for name in e.names
            )
            or bool(rx.search(rf"\b{re.escape(owner)}['’]s ", self.fold[: mention.start]))
        )

    def _proper_name_said_in(self, at: int) -> int:
        """The index of the sentence where a project's proper name is next said after
        ``at``, or -1."""
        for said in _PROPER_PROJECT.finditer(self.text, at):
            if self._proper_project_after(said.start(), said.end()):
                return next(
                    (s.index for s in self.sentences if s.start <= said.start() < s.end), -1
                )
        return -1

    def _proper_project_near(self, at: int) -> bool:
        """True if a project's proper name is said after ``at`` before what waits for a
        name stops waiting (two sentences on, as ``pending_until``)."""
        here = next((s.index for s in self.sentences if s.start <= at < s.end), None)
        until = next(
            (s.end for s in self.sentences if here is not None and s.index == here + 2),
            len(self.text),
        )
        return self._proper_project_after(at, until)

    def _proper_project_after(self, at: int, until: int | None = None) -> bool:
        """True if a project's proper name is said after ``at``; "an integrated Denim
        project" is described, its capital a sector's word the press capitalises."""
        for said in _PROPER_PROJECT.finditer(
            self.text, at, len(self.text) if until is None else until
        ):
            first = said.group().split(" ", 1)[0]
            if naming.continental(first) or only_a_country(fold(first)):
                continue  # "its first European plant", "its Albania plant": where, no name
            lead = said.group().rsplit(" ", 1)[0]
            if " " in lead and only_a_country(fold(lead)):
                continue  # "The St Vincent factory": the plant in that country, no name
            owner = rx.match(r"(.+?)['’]s ", said.group())
            if owner and self.fold.find(fold(owner.group(1)), 0, said.start()) >= 0:
                # "Kelvo Kablo's plant", the company named before it: its owner's, said by
                # a possessive, no name
                continue
            if goods_for(self.fold, at, said.start()) or customers_plant(
                self.fold, at, said.start() + (owner.end() if owner else 0)
            ):
                continue  # "… produce gearboxes for the nearby X plant": a customer's
            if _A_DECADE.search(self.fold, *self.sentence_span(said.start())):
                continue  # "It started with the landing of the X plant in the mid-90s": history
            if rx.fullmatch(r"[A-Z]{2,8} [a-z]+", said.group()) and self.fold.endswith(
                "the ", 0, said.start()
            ):
                continue  # "the TOBB project": whose, an organisation's letters (no name)
            before = self.text[max(0, said.start() - 30) : said.start()].split()
            if (
                naming.common_noun(first)
                and before
                and before[-1][:1].islower()
                and not before[-1].endswith((".", ":"))
            ):
                continue
            return True
        return False

    def _plants_of_complex(self, mention: RecordMention, s: Sentence) -> bool:
        """True if ``mention`` counts plants with no name ("two processing plants", "deux
        usines") just after a complex, a park or a zone was spoken of (in this sentence or
        the two before), with no other project between: what the complex is made of, said
        again by its plants, not projects of their own."""
        focus = self.focus.get("projects")
        if focus is None or s.index - self._focus_said.get("projects", -9) > 2:
            return False
        if not any(_HOLDS_PLANTS.search(fold(name)) for name in focus.names):
            return False
        counted = _COUNTED_PLANTS.search(self.fold, max(0, mention.start - 60), mention.end)
        return counted is not None and counted.end() == mention.end

    def _named_by_words(
        self, mention: RecordMention, sentence_start: int, sentence_end: int
    ) -> bool:
        """A project described ("a cement production plant") is named by its words when
        they are the name it was given before (the headline's "textile plant"), when the
        words before it say it is another one than the plant spoken of ("the company will
        also invest … in a cement factory"), or when it is the article's first and no
        proper name of a project follows."""
        focus = self.focus.get("projects")
        words = fold(mention.described or "")
        if rx.search(r" in (?:the )?\w", words) and not self._proper_project_near(mention.end):
            # "Plant in the X industrial zone", "Facility in X Estate": a plant said with
            # where it is
            return True
        if (
            focus is not None
            and rx.search(r" mines?$", words)
            and not any(rx.search(r"\bmines?\b", fold(name)) for name in focus.names)
            # ("China wins major Afghan project", then "one of the world's largest copper
            # mines": the headline's project, said by its kind)
            and not self._headline_s_bare_project(focus)
        ):
            # "a $2bn nickel mine" after a factory or a complex spoken of: a mine is no plant
            # of theirs, another project, named by its words
            mention.another = True
            return True
        if focus is not None:
            own = set(words.split()[:-1])  # what it makes, its noun aside
            # "un autre groupe … pour y construire une câblerie": a bare noun said with
            # words of another is another plant too, even named as the one before
            if not any(own & set(fold(name).split()) for name in focus.names) and _ANOTHER.search(
                self.fold, sentence_start, mention.start
            ):
                mention.another = True
                return True
            # "inaugurated an engineered glass factory" after the group's complex: a plant
            # inaugurated or founded, said by an indefinite article, making what the one
            # spoken of does not, is another plant, named by its words
            made = naming.plant_words(mention.described or "")
            spoken = set().union(*(naming.plant_words(name) for name in focus.names))
            # (so too one said in another town than the plant spoken of: "… invest $150
            # million in a new solar module manufacturing facility in Dalton")
            if (
                made
                and not made & spoken
                and (
                    (
                        spoken
                        and rx.search(
                            _FOUNDED, self.fold[max(0, mention.start - 60) : mention.start]
                        )
                    )
                    or self._in_another_town(focus, mention.end, sentence_end)
                    # "… started construction of vessels at a 720 billion won ($768 million)
                    # dockyard", the plant spoken of costed already: another, its own cost
                    or (
                        costed_before(
                            self.fold,
                            sentence_start,
                            self.fold.rfind(" ", mention.start, mention.end) + 1,
                        )
                        and any(
                            p.group == focus.key and p.field == "investment" for p in self.proposals
                        )
                    )
                )
            ):
                mention.another = True
                return True
            if (
                made
                and spoken
                and rx.search(_FOUNDED, self.fold[max(0, mention.start - 60) : mention.start])
                and self._in_another_town(focus, mention.end, sentence_end)
            ):
                # "inaugurated a car assembly line in Homs", then "opened a car production
                # line in Hasya district … in 2007": the same trade opened in another town
                # is another plant
                mention.another = True
                return True
            if _A_SECOND.search(
                self.fold, max(0, mention.start - 12), mention.end
            ) and self._in_another_town(focus, mention.end, sentence_end):
                # "It will build a second plant in Kaolack": a plant ranked after the one
                # spoken of, in another town, is another, named by its words and its town
                mention.another = True
                return True
            return (
                any(fold(name) == words for name in focus.names)
                or self._headlines_plant(
                    focus, made | self._places_after(mention.end, sentence_end)
                )
                or self._headline_s_trade(focus, words)
            )
        return not self._proper_project_after(mention.end)

    def _headline_s_bare_project(self, focus: Entity) -> bool:
        """True if ``focus`` is a project the headline alone names, by the noun "project"
        and at most a nationality ("Afghan project")."""
        return self._named_in_headline_only(focus) and all(
            (said := rx.fullmatch(r"(?:([\w-]+) )?(?:project|projet)", naming.folded_bare(name)))
            is not None
            and (said.group(1) is None or nationality_word(said.group(1)) is not None)
            for name in focus.names
        )

    def _same_words_elsewhere(self, mention: RecordMention, sentence_start: int) -> bool:
        """True if a plant named by its words, said with an indefinite article, bears the
        name of one read before in another town than the one the sentence opens on ("a
        50-tonne fish processing plant … on Maadheli island", then "in Fiyoaree, a 100-tonne
        fish processing plant"): another plant, named alike."""
        if mention.name is None or naming.proper(mention.name):
            return False
        same = next(
            (e for e in self.entities if e.kind == "projects" and mention.name in e.names), None
        )
        return (
            same is not None
            and rx.search(
                r"\ban? (?:[\w,-]+ ){0,3}$", self.fold[max(0, mention.start - 40) : mention.start]
            )
            is not None
            and self._opened_in_another_town(same, sentence_start, mention.start)
        )

    def _opened_in_another_town(self, focus: Entity, sentence_start: int, at: int) -> bool:
        """True if the sentence opens on a town other than the one the plant spoken of stands
        in ("Similarly, in Fiyoaree, a … fish processing plant will be built", after one on
        Maadheli island): what it says is built there is another plant."""
        there = _OPENS_IN_TOWN.match(self.text, sentence_start, at)
        town = self._locality(focus)
        if there is None or not town or self._named_in_headline_only(focus):
            return False
        words = fold(there.group(1))
        if countries_in(words):
            return False  # "In Nigeria, a …": a country, which both plants may stand in
        return fold(town) not in words and words not in fold(town)

    def _in_another_town(self, focus: Entity, at: int, end: int) -> bool:
        """True if the town said right after a plant described ("… in a new solar module
        manufacturing facility in Dalton") is another than the one the plant spoken of
        stands in (Jackson County): a plant elsewhere, making other things, is another."""
        there = _IN_TOWN.match(self.text, at, end)
        town = self._locality(focus) or self.town_named_by(focus)
        if there is None or not town or self._named_in_headline_only(focus):
            return False  # the headline's town may be the district the body's town is in
        from ..places import _country_names

        words = fold(there.group(1))
        if words in _country_names() or rx.search(r"\b(?:county|state|province|region)\b", words):
            return False  # "in Nigeria": a country, which both plants may stand in
        return fold(town) not in words and words not in fold(town)

    def _places_after(self, at: int, end: int) -> set[str]:
        """The stems of the capitalised words after ``at`` in its sentence: where a plant
        the body describes is said to be ("a factory … at Olkaria geothermal fields"),
        which the headline may have fixed to its noun ("Olkaria plant")."""
        capitalised = rx.findall(r"\b[A-Z][\w'’-]+", self.text[at:end])
        return naming.plant_words(" ".join(capitalised))

    def _headline_plant_said_again(self, mention: RecordMention, sentence_end: int) -> bool:
        """True if a plant said in the body by its bare noun and an indefinite article ("will
        open a new factory in X"), no name following it in its sentence, is the plant the
        headline named, when the body has named none before: the body's words and town then
        name it (the convention's "Factory at X")."""
        # ("a factory in the Hawassa Industrial Park": the zone it stands in names no trade,
        # nor is it another plant's name)
        zone = rx.search(r" in the ([^,;.]*)$", mention.described or "")
        described = (mention.described or "")[: zone.start() if zone else None]
        after = mention.end
        if zone:
            said = self.text.find(zone.group(1), mention.end, sentence_end)
            after = said + len(zone.group(1)) if said >= 0 else after
        return (
            self._one_plant_under_the_headline_s(mention)
            and not naming.plant_words(described)
            and (
                _INDEFINITE_BEFORE.search(self.fold, max(0, mention.start - 14), mention.start)
                is not None
                # ("a $25 million factory": the article opens the words said with its cost)
                or rx.match(r"(?:a|an|une?) ", self.fold[mention.start : mention.end]) is not None
            )
            and not self._proper_project_after(after, sentence_end)
        )

    def _one_plant_under_the_headline_s(self, mention: RecordMention) -> bool:
        """True if ``mention`` is one plant said by its words, waiting for a name, and the
        plant spoken of was named by the headline alone: the body may be saying it again."""
        focus = self.focus.get("projects")
        return (
            mention.kind == "projects"
            and mention.plural
            and mention.counted is None
            and bool(mention.described)
            and not fold(self.text[mention.start : mention.end]).endswith("s")
            and focus is not None
            and self._named_in_headline_only(focus)
        )

    def _headline_plant_said_by_its_owner(self, mention: RecordMention, s: Sentence) -> bool:
        """True if a plant said in the body by its owner's possessive and its words ("a lancé
        les travaux de son usine de filature", "its spinning mill"), the first plant the
        body names, is the plant the headline named: the body's words then name it. One the
        owner already runs ("son usine existante", "its plant already …") is another."""
        return (
            self._one_plant_under_the_headline_s(mention)
            and rx.search(
                r"\b(?:sa|son|leur|its|their) $",
                self.fold[max(0, mention.start - 6) : mention.start],
            )
            is not None
            and not rx.search(
                r"\b(?:deja|existante?s?|actuelle?s?|already|existing|current)\b",
                self.fold[s.start : s.end],
            )
            # (a name the headline gives, "L'usine de traitement du latex Viêt Lào", stays)
            and not self._proper(self.focus["projects"])
            and not naming.rank(mention.described or "")
        )

    def _ranked_as_the_headline_s(self, mention: RecordMention) -> bool:
        """True if the body's plant has the rank in a country the headline's plant has
        ("Finland's first lithium-ion battery plant", then "Finland's first cathode active
        material (CAM) plant"): one plant, a country's first only once, the body's words
        naming what it makes."""
        focus = self.focus.get("projects")
        said = self._country_rank(mention.start)
        return (
            mention.kind == "projects"
            and mention.plural
            and mention.counted is None
            and bool(mention.described)
            and said is not None
            and focus is not None
            and self._named_in_headline_only(focus)
            and any(
                self._country_rank(p.start) == said
                for p in self.proposals
                if p.group == focus.key and p.field == "name"
            )
        )

    def _country_rank(self, at: int) -> tuple[str, str] | None:
        """The country and the rank of "Finland's first …" said at ``at``, if so."""
        whose = rx.search(r"\b([\w-]+)['’]s $", self.fold[max(0, at - 30) : at])
        said = naming.rank(self.fold[at : at + 20])
        if whose is None or not said or not countries_in(whose[1]):
            return None
        return countries_in(whose[1])[0].country, said

    def _headline_s_trade(self, focus: Entity, words: str) -> bool:
        """True if the headline named its plant by a trade alone ("opens $45m textile mill")
        and the body's plant is of that trade in other words ("a $45 million cotton yarn
        mill"): the headline's shorthand for the body's plant, which the body's words name."""
        if not self._named_in_headline_only(focus) or self._proper(focus):
            return False
        said = {w.key for name in focus.names for w in trades_said(fold(name))}
        return bool(said) and said == {w.key for w in trades_said(words)}

    def _headlines_plant(self, focus: Entity, made: set[str]) -> bool:
        """True if a plant the body describes is the one the headline named by fewer words
        ("first EV plant", then "its first electric vehicle (EV) manufacturing plant"): what
        the headline says it makes, the body's words say too."""
        if not self._named_in_headline_only(focus):
            return False
        said = set().union(*(naming.plant_words(name) for name in focus.names))
        return said <= made
