"""Projects and agreements the article speaks of: a plant, a complex, a zone; a
memorandum, an agreement, a partnership; whether a mention is a new one or "the project"
spoken of before."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import rx
from .lexicon import AGREEMENT_NOUNS, FUTURE, PROJECT_NOUNS_EN, PROJECT_NOUNS_FR, SITE_KINDS
from .names import _ADJ, _CONNECTOR, _STOP, LEGAL_FORMS, NEWS_TOLD_BY, _capitalise
from .naming import says_only_quality
from .places import countries_in, only_a_country, places_in
from .segment import folded


@dataclass
class RecordMention:
    kind: str  # projects, agreements
    name: str | None  # None: "the project" spoken of before
    start: int
    end: int
    span_end: int  # the end of its clause (an agreement's parties and projects are in it)
    instrument: str | None = None
    plural: bool = False
    counted: tuple[int, str] | None = None  # "deux complexes relevant de …": how many, of what
    noun: str | None = None  # an agreement said as "ce partenariat": its noun, for a first one
    described: str | None = None  # "a cement production plant": its words, if no name follows
    another: bool = False  # "un autre groupe … une câblerie": not the one named alike before
    company: bool = False  # "to set up a Syringe Manufacturing Company": a plant, no firm yet
    quoted: bool = False  # "l'usine « Zentra »": named by the words in quotes after its noun


def _modifies(word: str) -> bool:
    """True if ``word`` can qualify an English project's noun ("cement production",
    "Bellara steel", "El-Dabaa nuclear power")."""
    if rx.fullmatch(r"\((?:MW|GW|kW|KW|MWp|MWe|GWh|MWh|MT|Mt)\)", word):
        return False  # "900 megawatt (MW) wind farm": its unit's letters, no word of a name
    if rx.fullmatch(r"\([A-Z][\w-]+\)", word):
        return True
    folded_word = word.casefold().strip(",;:")
    if folded_word != word.casefold() or folded_word in _ENDS_MODIFIERS:
        return False
    if word.isupper() and len(word) <= 4 and not word.isalpha():
        return False
    if rx.search(r"-(?:tonnes?|tons?|megawatts?|mw|a-year|per-year|per-annum)\b", folded_word):
        return False  # "a five-million-tonne capacity steel mill": its size, no word of a name
    if rx.fullmatch(r"\d[\d.,]*(?:mw|gw|kw|mwp|mwe|gwh|mwh|kt|mt|tpd|tpa|mtpa)", folded_word):
        return False  # "The 120MW solar plant": its capacity in one word, no word of a name
    if rx.fullmatch(r"[A-Z]{1,3}\$?\d[\d.,]*(?:-?(?:million|billion|bn|m|mn))?", word):
        return False  # "the PHP2-billion plant": its cost, by its currency's code, no name's
    return (bool(rx.fullmatch(r"[^\W\d_][\w'’-]*", word)) and not word.isupper()) or (
        word.isupper() and len(word) > 1 and word not in {"USD", "EUR", "US", "GBP", "CNY"}
    )


# "a $20 million", "an US$300m", "a 50-million-dollar": an article and a cost before a noun.
_COSTED = re.compile(
    # (a headline drops the article: "Kaito to build $100 million plant in Tema")
    # ("Kelvo breaks ground on $250m plant", "… starts work on $50m factory")
    r"(?:\b(?:a|an) |(?<=\bbuild )|(?<=\bbuilds )|(?<=\bopen )|(?<=\bopens )|(?<=\bunveils )"
    r"|(?<=\bground on )|(?<=\bwork on )|(?<=\binaugurates )|(?<=\bcompletes ))"
    # ("a N$500 million smelter", "an EC$12 million plant": a dollar's country letters)
    r"(?:new |modern )?(?:(?:us|u\.s\.|[a-z]{1,3})?\$|€|£|(?:eur|usd|us\$|gbp|chf|cny|rmb) )? ?"
    # "a SR3.3 billion", "a Rs500 crore", "an N5bn": a currency's letters before the sum
    r"(?:(?:sr|rs|ksh|sh|n|r|rm|inr|ngn|zar|sar|aed)\.? ?)?"
    r"\d[\d.,]*(?:[ -]?(?:million|billion|mln|bn|m|crores?)\b)?"
    r"(?:[- ](?:dollars?|euros?|usd|riyals?|rupees?|naira|rand|shillings?|won|yen|yuan))?(?:[- ]dollar)?"
    # "a SR3.3 billion ($879.8 million) factory": its conversion in brackets
    r"(?: \([^()]{1,30}\))? $"
    # "a multimillion-dollar factory", "a billion-dollar plant": a cost said in one word
    r"|\b(?:a|an) (?:new )?(?:multi-?)?(?:million|billion)-dollar $"
    # "a 9,500 square metre plant", "a 40-hectare factory": said with its floor area
    r"|\b(?:a|an) (?:new |modern )?\d[\d.,]*[- ](?:square[- ](?:(?:kilo)?met(?:re|er)s?|feet|foot)|sq\.? ?k?m|km2|km²|"
    r"m2|m²|hectares?|ha|acres?)[- ]$"
    # "a 50 MW power station", "a 3,000-tpd kiln": said with its capacity
    r"|\b(?:a|an) (?:new )?\d[\d.,]*[- ]?(?:mw|gw|kw|mwp|mwe|tpd|tpa|mtpa)[- ]$"
    # "a 20 tonnes mill", "a 300 megawatt solar plant": the unit spelled out
    r"|\b(?:a|an) (?:new )?\d[\d.,]*(?: million)? (?:megawatts?|gigawatts?|tonnes?|tons?)"
    r"(?: (?:per|a) (?:day|annum|year))? $"
)
# A company's legal form after a plant's capitalised name: "Tashkent Mechanical Plant JSC"
_LEGAL_FORM_AFTER = re.compile(rf",? (?:{LEGAL_FORMS})\b")
# "signed the agreement at BEPZA Complex", "the ceremony held at the X Complex": a venue
_SIGNED_AT = re.compile(
    r"\b(?:signed|held|hosted|took place|met|meeting|ceremony)\b[^.;]{0,40}\bat (?:the )?$"
)
# "the recently built US$14 million": the article's plant, said again with its cost
_THE_COSTED = re.compile(
    r"\b(?:the|its|their)(?: recently built| new)? (?:(?:(?:us|u\.s\.|[a-z]{1,3})?\$|€|£|(?:eur|usd|us\$) "
    # ("the Sh2 billion factory", "the Rs500 crore plant": a currency's letters)
    # ("The R1.2bn plant": the rand's letter; "The $35-million facility": its scale joined)
    r"|(?:sr|rs|ksh|sh|tsh|ush|n|r|rm|inr|ngn|zar|sar|aed)\.? ?(?=\d)"
    # ("the PHP2-billion construction plant": any currency's code glued to its figure)
    r"|[a-z]{3}(?=\d))"
    r"\d[\d.,]*(?:[ -]?(?:million|billion|mln|bn|m|crores?)\b)?"
    r"|\d[\d.,]*(?: ?(?:million|billion|mln|bn|m)\b)?[- ](?:u\.?s\.? )?(?:dollars?|euros?|usd|dollar)"
    # "The 45,000-square-meter plant": said by its floor area
    r"|\d[\d.,]*[- ](?:square[- ](?:(?:kilo)?met(?:re|er)s?|feet|foot)|sq\.? ?k?m|km2|km²|m2|hectares?|acres?))"
    r"(?: [\"“”«»]?[a-z-]+[\"“”«»]?){0,3} $"
)
# The unit of a site's area, said after its number: "22 square-kilometre", "40 hectares"
_AREA_UNIT = re.compile(r"(?:square[- ](?:kilo)?met(?:re|er)s?|hectares?|acres?)\b")
# A plant's noun that says, alone, a plant of its own kind: "opened a smelter at Tema", "a
# brewery will be built": said after "a", the plant is named by it (and its town)
_BARE_PLANT_NOUNS = (
    "plant",
    "factory",
    "facility",
    "mill",
    "smelter",
    "smeltery",
    "refinery",
    "foundry",
    "brewery",
    "tannery",
    "sawmill",
    "steelworks",
    "ironworks",
    "glassworks",
    "gigafactory",
    "shipyard",
    "dockyard",
    "distillery",
    "abattoir",
    "slaughterhouse",
    "hatchery",
    "winery",
    "bakery",
    "ginnery",
    "enterprise",  # (only where PROJECT_NOUNS_EN reads it as a plant: "build an enterprise")
)
# "a nickel mine", "a $2bn copper mine": a mine said by what it yields, a project of its own
_A_MINE = re.compile(r"[a-z ]+ mine")
_A_MINE_S_YIELD = re.compile(
    r"\b(?:a|an) (?:new )?\d[\d.,]*(?:-million)?-(?:tonnes?|tons?)(?:-(?:per|a)-(?:day|annum|year))? $"
)
_A_PLANT_S_YIELD = re.compile(
    r"\b(?:a|an) (?:new )?\d[\d.,]*(?:[ -](?:million|billion|thousand))?[ -]"
    r"(?:tonnes?|tons?|barrels?)(?:[ -](?:per|a)[ -](?:day|annum|year))? $"
)
# "from Bisha mine", "the Kaito mine": a mine said by a name of its own, a capitalised word
# just before it (not the article or the sentence's first word)
_MINE_BY_YIELD = re.compile(rf"(?:{PROJECT_NOUNS_EN})$")
_MINERALS = (
    "ore gold copper nickel coal iron bauxite lithium cobalt zinc uranium manganese "
    "phosphate potash chrome chromite diamond platinum graphite tin silver"
)
# Not just after a word of what a mine yields ("iron ore mine", "gold mine": the lexicon's)
_NOT_AFTER_A_MINERAL = "".join(f"(?<!{word} )" for word in _MINERALS.split())
_NAMED_MINE = re.compile(
    r"(?<![.!?] )(?<!^)(?<!\n)(?!(?:The|A|An|Its|This|That|Their|Our) )[A-Z][\w'’-]+ mine$"
)
_ZONE_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:in|at) (?P<the>the )?((?:[A-Z][\w'’-]+ ){1,3}(?:(?i:industrial (?:development )?(?:zone|park|estate)|"
    r"(?:special )?economic zone|free zone|export processing zone|technopark|industrial cluster)|"
    # "in Lima Estate", "in the Calabarzon Ecozone": a zone the text names by its capitalised
    # kind alone
    r"Estate|Ecozone|Industrial City|Industrial Area))\b"
)


# "the company would establish Industrial Park in X", "to build an industrial park": a park
# to be made, a project (one already there is where a plant is: places.py)
_PARK_TO_BE_BUILT = re.compile(
    r"\b(?:establish|build|develop|set up|construct|create)(?:e?s|e?d|ing)?"
    r" (?:(?:an?|its|new|own|first) )*(?P<park>(?:[A-Z][\w-]* ){0,3}[Ii]ndustrial [Pp]ark)\b"
    # "X INDUSTRIAL PARK will host manufacturers": a park named by what it will be
    r"|(?P<named>(?:[A-Z][\w-]* ){1,3}(?:INDUSTRIAL PARK|Industrial Park))(?=,? (?:will|would"
    r"|shall|is to|is set to|is expected to)\b)"
)


def _in_zone(said: re.Match[str]) -> str:
    """ " in the X industrial zone", " in X Estate": the zone a plant is in, with the article
    the convention gives a zone named by its kind ("in Dong Soc industrial cluster" → "in the
    Dong Soc industrial cluster"), as the text says it for one whose name only ends with a
    capitalised kind ("in Lima Estate")."""
    zone = said.group(2)
    if rx.search(r"(?<!Industrial) (?:Estate|Ecozone)$", zone):
        return f" in {said.group('the') or ''}{zone}"
    return f" in the {zone}"


# "celle qui sera réalisée à …", "the one to be built in …": a plant said by a pronoun.
_PRONOUN_PLANT = re.compile(
    r"\b(celle|celui)(?= qui (?:sera|va etre|est|a ete|doit etre) (?:realisee?|construite?|implantee?|installee?|erigee?)\b)"
    r"|\b(?:is|was) (the one)(?= (?:to be|that will be|which will be|being) (?:built|set up|established|located)\b)"
)
_NAMED_BEFORE = re.compile(
    r"\b(?:[Dd][ée]nomm[ée]e?s?|[Bb]aptis[ée]e?s?|[Aa]ppel[ée]e?s?|Called|Named|Dubbed),?\s+[«\"“]\s?"
    r"([A-Z][\w'’&-]*(?:\s+[A-Za-z][\w'’&-]*){0,6})\s?[»\"”]\s*(?:\([A-Z]{2,}\)\s*)?,\s*"
    r"(?:cette|ce|cet|la|le|l'|this|the)\s?"
)
# "un projet de telle envergure", "une usine d'une telle ampleur", "un projet de cette
# taille": a plant's noun said with its size alone speaks of plants of the kind, no one plant
_OF_SUCH_SIZE = re.compile(
    r" (?:de |d')(?:(?:une?|la) )?(?:(?:telle|tel|cette|ce|pareille|pareil|meme|si grande|"
    r"grande|aussi grande) )?(?:envergure|importance|taille|ampleur|dimension|calibre|genre)\b"
    # ("une usine de taille de diamants": the cutting of stones, no size)
    r"(?! (?:de |des |du )(?:diamants|pierres|granit|marbre)\b)"
)
# "… industriel dédié à la production de …", "… portant sur la fabrication de …": what an
# industrial complex or project is for, said by a participle
_INDUSTRIAL_PROJECT_FOR = re.compile(
    r" (?:(?:dediee?s?|destinee?s?) a|specialisee?s? dans|portant sur) "
    r"(?:la |l')(?:production|fabrication|transformation|assemblage|montage)\b"
)
# "un complexe industriel de céramique", "d'engrais", "de transformation du bois": what a
# complex makes, after its kind, in lower case (a town's capital, a figure, a size or a
# rank is none of it)
_LOWER_WORD = r"[a-zàâçéèêëîïôûùüœ][\w-]+"
_COMPLEX_OF = re.compile(
    r" (?:de |d['’])(?!(?:la|le|les|une?|ce|cet|cette|ses|sa|son|leurs?|grande|classe|pointe|"
    r"taille|envergure|haute|dernière|nouvelle|plus|près|pres|base)\b)"
    + _LOWER_WORD
    # "de transformation et de valorisation des espèces pélagiques": its words joined by
    # "de", "et de" and its adjectives
    + r"(?: (?:et )?(?:du |de la |des |de |d['’])"
    + _LOWER_WORD
    + r"| [a-zàâçéèêëîïôûùüœ]+(?:iques?|aires?|ales?|aux|elles?|ieres?|iers?|ifs?|ives?)(?![\w-])"
    + r"){0,4}"
)
# "50 MW", "1.2 GW", "300 TPD": a figure and its unit said before a plant's words are its
# size, never a word of its name
_A_FIGURE = re.compile(r"[\d][\d.,]*")
_UNIT_WORD = re.compile(
    r"(?:[kMG]W[hpe]?|MWe|kV|MVA|TPD|TPA|MTPA|Mtpa|mtpa|Mta|MTA|mta|tpd|tpa|MT|Mt|GWh|MWh|MMSCFD|mmscfd|bpd|BPD"
    # "its 900 megawatt wind farm", "a 2 million tonnes cement plant": the unit spelled out
    r"|megawatts?|gigawatts?|kilowatts?|tonnes?|tons?)"
)
# "2 million", "1.5 bn": a multiplier said after a figure, part of it
_MULTIPLIER = re.compile(r"(?i:million|billion|mln|bn|m|thousand)")


def _figure_ends(words: list[str]) -> bool:
    """True if ``words`` end in a figure ("50", "2 million"): what a unit after them
    counts, so that unit says a capacity ("2 million tpa cement plant"), no plant's name."""
    if words and _MULTIPLIER.fullmatch(words[-1]):
        words = words[:-1]
    return bool(words) and _A_FIGURE.fullmatch(words[-1]) is not None


# "le projet Lafito", "le projet Simandou": a project the text names by the capitalised
# word after its noun (a month, a weekday or a country's name is none)
_NAMED_PROJECT = re.compile(
    r" (?!(?:Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|"
    r"Décembre|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche)\b)[A-Z][\w'’-]+"
)


def _named_project(text: str, fold: str, noun_end: int, b: int) -> bool:
    """True if "projet" is followed by the capitalised word that names it ("le projet
    Lafito"), not a country's ("le projet Algérie 2030" names no plant)."""
    said = _NAMED_PROJECT.match(text, noun_end, b)
    return said is not None and not _a_country(fold[noun_end + 1 : said.end()])


_INVESTED_IN_PLAN = re.compile(
    r"\b(?:investi\w*|injecte\w*|engage\w*)(?: [^.;]{0,30}?)? dans (?:ce|cet|cette|le|la|un|une|son|sa)"
    r" (?:nouvel(?:le)? |nouveau |grand |vaste )?"
    r"(plans? de (?:production|fabrication|transformation|montage|assemblage)"
    r" (?:de |d'|des |du )[a-z\u00e0-\u00ff][\w-]+)"
)
_COUNTS = {"deux": 2, "trois": 3, "quatre": 4, "two": 2, "three": 3, "four": 4}
_QUANTIFIED = re.compile(
    r"(?:plusieurs|autres|deux|trois|quatre|nombreux|ses|leurs|two|three|several|other|des|les) $"
)
# A thing said first in a list of alternatives: "un projet immobilier, une autre plantation
# ou une ferme solaire"
_ONE_OF_ALTERNATIVES = re.compile(r"(?:^|\b)(?:une?|d'une?)\s+$")
_ALTERNATIVES_AFTER = re.compile(r",(?: [\w'-]+){1,5}? ou (?:une?|d'une?) ")
# Whose money a plant is of, said after its noun: "à capital vietnamien", "à capitaux chinois"
_WHOSE_MONEY_AFTER = re.compile(r" a (?:capital|capitaux) [a-z]+")
_ANAPHORA = re.compile(
    r"(?:le|la|l'|ce|cet|cette|the|this|that|its|son|sa|ladite|ledit|lesdites|said|cedit) ?$"
)
# What a plant is said to become: itself, said anew ("qui devient désormais un site de
# production industrielle", "will become a manufacturing hub").
# "the fulfillment of the MBTA contract": the contract said again by whose it is, nothing
# said of it after
_OWNER_ANAPHORA = re.compile(r"\b(?:the|this|that) [A-Z][\w&'’-]*(?:['’]s)? $")
_BECOMES = re.compile(
    r"\b(?:devient|deviennent|deviendra|deviendront|devenir|devenue?s?|become|becomes|became"
    r"|turns? into|turned into|transforme en|transformee? en)"
    r"(?: (?:desormais|bientot|ainsi|alors|now|soon|thus))? (?:une?|an?)(?: [\w-]+)? $"
)
# Words that praise a project rather than name it: "un ambitieux projet agricole".
_PRAISE = re.compile(
    r"^(?:ambitieux|ambitieuse|important|importante|gigantesque|colossal|enorme|veritable|ambitious|major|huge|giant|massive|landmark|flagship) ",
    re.IGNORECASE,
)
# English words that open a sentence or a clause, never a project's name: "As per the project".
_NOT_MODIFIERS = frozenset(
    {
        "as",
        "per",
        "for",
        "with",
        "by",
        "on",
        "under",
        "from",
        "to",
        "and",
        "while",
        "however",
        # ("Though Laos facility was still …": a clause's conjunction, no word of a name)
        "though",
        "although",
        "whereas",
        "because",
        "unless",
        "after",
        "before",
        "since",
        "when",
        "where",
        "which",
        "whose",
        "its",
        "their",
        "his",
        "her",
        # ("Announcement about Chinese factory to be built in X": a headline's preposition,
        # no word of a name)
        "about",
        "into",
        "near",
        "against",
        "without",
        "via",
        "than",
        "towards",
        "toward",
        "among",
        "amid",
        "between",
        "across",
        "through",
        "despite",
        "during",
    }
)

# "a multimillion-dollar factory": its cost said in one word, no word of its name
_COST_WORDS = frozenset(
    f"{multi}{size}-dollar" for multi in ("", "multi", "multi-") for size in ("million", "billion")
)

# Words that end an English project's modifiers, read back from its noun: those that open
# a clause (above), articles, pronouns, verbs, prepositions, figures and currencies.
_ENDS_MODIFIERS = _NOT_MODIFIERS | frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "our",
        "of",
        "in",
        "at",
        "or",
        "who",
        "will",
        "would",
        "shall",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "said",
        "says",
        "say",
        "told",
        "build",
        "built",
        "builds",
        "building",
        "construct",
        "constructed",
        "set",
        "up",
        "launched",
        "launch",
        # a headline's verbs, said without an article before the plant: "Firm opens tyre
        # factory in Kaduna"
        "opens",
        "launches",
        "inaugurates",
        "unveils",
        "commissions",
        "starts",
        "begins",
        "completes",
        "gets",
        "sets",
        "eyes",
        "announces",
        "breaks",
        "unveiled",
        "inaugurated",
        "commissioned",
        "opened",
        "open",
        "signed",
        "sign",
        "plans",
        "plan",
        # "China wins major Afghan project", "Kaito bags $2bn plant deal": won, not named
        "wins",
        "won",
        "bags",
        "secures",
        "lands",
        # "The project, he said, entails five production lines": what a plant is made of,
        # no word of a name
        "entails",
        "includes",
        "comprises",
        "involves",
        "features",
        # "which already operates plants in Serbia": what an owner has, said by its verb
        "already",
        "also",
        "still",
        "operates",
        "operate",
        "operated",
        "owns",
        "runs",
        "usd",
        "eur",
        "us$",
        "mln",
        "bn",
        "million",
        "billion",
        # "a Rs 450 crore plant": the Indian numbering's units end a cost too
        "crore",
        "crores",
        "lakh",
        "m",
        "dollars",
        "euros",
        # "an 80 million U.S. dollar ceramic tiles factory": a currency said as an adjective
        "dollar",
        "euro",
        "yuan",
        "rupee",
        "naira",
        "cedi",
        "shilling",
        "franc",
        "cfa",
        "u.s.",
        "us",
        "worth",
        "cost",
        # "a 1.4 million square feet facility", "a 300 acres plant": its size, not its kind
        "square",
        "feet",
        "foot",
        "sq",
        "ft",
        "metres",
        "meters",
        "metre",
        "meter",
        "acres",
        "hectares",
        "new-built",
        "also",
        "each",
        "every",
        "all",
        "both",
        "any",
        "one",
        "two",
        "three",
        "four",
        "other",
        "such",
        "same",
        "s",
        # "several mega steel plants", "its first ever plant", "a 25 million tonnes per annum
        # plant", "to install billet plant", "to establish yarn manufacturing project", "will
        # cover different production lines": a count, the rank's "ever", a capacity's
        # period, a verb: no word of a plant's name
        "several",
        "capacity",
        "ever",
        "annum",
        "year",
        "day",
        "install",
        "establish",
        "cover",
        "covers",
    ]
)
_GENERIC = re.compile(
    r" (?:de partenariat|de cooperation|communs?|conjoints?|en cours|industriels?)\b"
)


# A plant said to stand in what follows: "will be located in the …", "is sited at the …"
_LOCATED_IN = re.compile(
    r"\b(?:located|situated|sited|based|housed|set up|established) (?:in|at|within|inside)"
    r" (?:the )?(?:[\w'’-]+ ){0,4}$"
)
# "its first …", "their second …": a company's plant said by where it ranks among its own
_RANKED_OWN = re.compile(r"\b(?:its|their) $")
# An owner's first plant, said by its bare noun and its size ("our first commercial-scale
# plant"), and said before with what it makes ("its first solar silicon production
# facility"): the same plant
_FIRST_SAID_AGAIN = re.compile(
    r"\b(?:its|their|our) first (?:(?:large|small|full|commercial|industrial)-scale |new )?"
    r"(?:plant|factory|facility|mill)$"
)
_FIRST_SAID_BEFORE = re.compile(
    r"\b(?:its|their|our) first (?:[\w-]+ ){1,5}(?:plant|factory|facility|mill)\b"
)
# "its first plant", "its fourth factory", "its 100th plant": a company's rank among its own
_RANK_EN = re.compile(
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"\w+teenth|\w+tieth|hundredth|thousandth|\d+(?:st|nd|rd|th)) "
)


_COMPOUND = re.compile(r"[a-z]{3,}-(?!(?:t-)?(?:il|ils|elle|elles|on|je|tu|nous|vous)$)[a-z]{2,}")


# Who tells the news, said before a name: "provided by", "according to", "selon"
_INFORMANT_BEFORE = re.compile(
    rf"\b{NEWS_TOLD_BY} (?:the )?(?:[A-Z][\w'’-]* )*(?:\([^()]{{1,40}}\) )?$"
)


# "within the Industrial Park": a zone named before, said again by its kind alone
_ZONE_AGAIN = re.compile(
    r"[^.;]{0,40}?\b(?:in|at|within|inside) the ((?:Industrial (?:Zone|Park|Estate)|"
    r"(?:Special )?Economic Zone|Free Zone|Export Processing Zone|Technopark|Industrial Cluster))\b"
)


# "as part of", "within", "under", "dans le cadre d'": a frame said before a project noun
_FRAME_OF = re.compile(
    r"\b(?:as (?:a )?part of|within(?: the framework of)?|under|in the (?:framework|frame) of|"
    r"dans le cadre d'?|au titre d'?)(?: an?| the| its| this| une?)? ?$"
)
_INVESTMENT_WORDS = frozenset({"investment", "investments", "multi-million", "multibillion"})


# A headline's verb or preposition right before a plant's noun, its article dropped
_HEADLINE_VERB_BEFORE = (
    r"\b(?:in|at|completes?|builds?|to build|opens?|to open|unveils?|inaugurates?|new) $"
)


def _in_a_title_line(text: str, at: int) -> bool:
    """True if ``at`` is in a line of its own that ends no sentence and is short: a
    headline or a standfirst, whose words drop their articles."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : line_end if line_end >= 0 else len(text)].rstrip()
    return line_end >= 0 and len(line) < 200 and not line.endswith((".", ":", "»", '"'))


# "in Taiping at the …": a town said between a plant's noun and its zone
_TOWN_BEFORE_ZONE = re.compile(
    r"\b(?:in|near) ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?),? (?:at|in) (?:the )?$"
)


# "to expand its ", "will upgrade their ": works on a plant its owner has
_ENLARGED_BEFORE = re.compile(
    r"\b(?:expand|expands|expanding|extend|extends|extending|enlarge|enlarges|enlarging|upgrade"
    r"|upgrades|upgrading|modernise|modernize|modernising|modernizing) (?:its|their) $"
)


def _zone_after(text: str, at: int, end: int) -> str | None:
    """The zone a plant said at ``at`` is in, if the words after it name one ("a plant in
    the X industrial zone") or say again by its kind one named before ("resident of the X
    Industrial Park … a plant within the Industrial Park")."""
    said = _ZONE_AFTER.match(text, at, end)
    if said:
        # ("a plant in Taiping at the Kamunting Raya industrial park": the town said first
        # names it, the convention's "Plant at Taiping"; the zone is where in the town)
        town = _TOWN_BEFORE_ZONE.search(text, at, said.start(2))
        if town and not only_a_country(folded(town.group(1))):
            return None
        return _in_zone(said)
    again = _ZONE_AGAIN.match(text, at, end)
    if again is None:
        return None
    named = rx.findall(rf"\b((?:[A-Z][\w'’-]+ ){{1,3}}{again.group(1)})\b", text[:at])
    return " in the " + rx.sub(r"^(?:The|At|In) ", "", named[-1]) if named else None


def _np_end(text: str, fold: str, at: int, limit: int) -> int:
    """Where a French noun phrase continued from ``at`` ends: complements with de/d'/des,
    adjectives, capitalised names, a bracket."""
    end = at
    pos = at
    named = False
    while pos < limit:
        bracket = rx.match(r" ?\([^)]{1,30}\)| [\"«] ?[a-z0-9][^\"«»]{0,30}?[\"»]", fold[pos:limit])
        if bracket and places_in(bracket.group()):
            break  # "de Bellara (Jijel)": where it is, not its name
        if bracket and rx.fullmatch(r" ?\([A-Z]{2,8}\)", text[pos : pos + bracket.end()]):
            break  # "la centrale de Rooppur (RNPP)": its acronym, not part of its name
        if bracket and rx.search(
            r"\b(?:sa|sarl|sas|ltd|limited|plc|inc|gmbh|spa|co)\)$", bracket.group().strip()
        ):
            break  # "une cimenterie (Cimpor Cameroon SA)": the company that runs it
        if bracket:
            pos = end = pos + bracket.end()
            continue
        # "laminage à froid", "rond à béton", "lait en poudre", "agrégats en granit", "béton
        # prêt à l'emploi": a technical compound or what it is made of;
        # "spécialisée dans le laminage", "pour la production du lait": what it is for.
        joined = rx.match(
            # ("une centrale thermique à charbon", "au fioul": what it burns)
            r" (?:a (?:froid|chaud|beton|gaz|poissons?|glace|briques|chaux|papier|charbon|vapeur"
            r"|biomasse)|au (?:fioul|fuel|charbon|gaz)|en poudre|pret a l'emploi|en (?:granit|beton|acier|"
            r"bois|verre|plastique|aluminium|pvc|marbre|ceramique|carton|papier|cuir|coton|fer|"
            r"fonte|cuivre|caoutchouc)"
            # "transformation du manioc en amidon et d'alcool": what the crop is made into
            r"|en (?:amidon|alcool|ethanol|farine|huile|jus|concentre|sucre|aliments?|engrais"
            r"|biocarburants?|granules|gari|tapioca|chips))\b"
            r"| specialisee?s? dans (?:la |le |l'|les )?(?=[\w-]+)"
            r"| pour (?:la |le |l')?(?=production|fabrication|transformation)"
            # "destinée à la fabrication de tracteurs": what it is for, said by a participle
            r"| (?:destinee?s?|dediee?s?) (?:a la |a l'|au )"
            r"(?=production|fabrication|transformation|assemblage|montage)"
            # "portant sur la production de jantes": what it is about
            r"| portant sur (?:la |l')(?=production|fabrication|transformation|assemblage)"
            # "une zone industrielle consacrée au manioc": what it is given over to
            r"| consacree?s? (?:a la |a l'|au |aux )(?=[\w-]+)",
            fold[pos:limit],
        )
        if joined:
            after = pos + joined.end()
            if joined.group().startswith((" a ", " en ", " pret ")):
                pos = end = after
                continue
            word = rx.match(r"[\w-]+", fold[after:limit])
            if word and word.group() not in _STOP:
                pos = end = after + word.end()
                continue
        connector = _CONNECTOR.match(fold, pos + 1) if fold[pos : pos + 1] == " " else None
        if connector and connector.end() < limit:
            word = rx.match(r"[\w-]+", fold[connector.end() : limit])
            if word is None or word.group() in _STOP or word.group()[0].isdigit():
                break  # "un projet agricole de 420 millions": its cost, not its name
            if word.group() == "ici":
                break  # "une usine de ciment d'ici 2026": by when, no part of its name
            if word.group() in ("celle", "celui", "celles", "ceux"):
                break  # "la cimenterie et celle de l'unité": another plant, said by a pronoun
            if word.group() in ("plus", "moins", "pres", "environ", "qualite", "tres", "grande"):
                # "une centrale de distribution de plus de 10'000 m2", "usines de qualité", "un
                # projet de très grande envergure": its size or its quality, no part of its name
                break
            pos = end = connector.end() + word.end()
            named = text[connector.end()].isupper()
            continue
        word = rx.match(r" ([\w-]+)", fold[pos:limit])
        if (
            word
            # "cette usine de Kelburg donne des résultats", "l'usine Zentra présente une
            # capacité": a word in lower case after a name opens the clause, no part of it
            and not (named and not text[pos + 1].isupper())
            and word.group(1) not in _STOP
            and (
                _ADJ.match(word.group(1))
                # "matériel électroménager", "produit pétrolier": adjectives in -er
                or rx.fullmatch(r"[a-z-]{3,}(?:ier|iere|ager|agere)s?", word.group(1))
                # "batteries lithium-ion", "moteurs diesel-électriques": a compound of two
                # words qualifies what is made ("dit-on", "va-t-il": a verb and its pronoun)
                or _COMPOUND.fullmatch(word.group(1))
                or text[pos + 1].isupper()
            )
            # "le projet de cuivre mené conjointement par X": a participle with its agent
            # opens a clause, no part of the name
            and not rx.match(r" (?:[a-z]+ment )?par\b", fold[pos + word.end() : limit])
            and not rx.match(
                # "de l'usine chaque année", "l'usine désormais": when or how often, no name
                r"(?:chaque|tous|toutes|desormais|encore|jamais|toujours|ensuite|puis|alors|"
                r"plus|dimanche|"
                # "une unité de production grâce à un investissement de …": a locution of
                # means, cause or time opens what is said of it, no part of its name
                r"grace|suite|face|afin|lors|malgre|moyennant|durant|outre|hormis|quant|"
                # "la première usine hors de Chine": where it stands, no part of its name
                r"hors|"
                # "cette usine de transformation parce que …": a conjunction opens a clause
                r"parce|puisque|lorsque|quand|comme|car|mais|donc|"
                # "la durée d'installation d'une usine excède une année": a verb of measure
                r"excede\w*|depasse\w*|atteint|"
                r"conformement|notamment|ainsi|aussi|egalement|deja|"
                # "l'accord d'investissement envisagé", "un accord mutuellement bénéfique": what
                # is said of it, its state or its worth, no part of its name
                r"envisage\w*|mutuellement|"
                # "cette unité de production de motos contribue à la lutte …": a verb of what
                # the plant does, no part of its name
                r"contribue\w*|constitue\w*|effectue\w*|participe\w*|beneficie\w*|genere\w*|"
                # "l'inauguration de cette usine moderne marque une étape": what the plant's
                # opening means, a verb, no part of its name
                r"marque|marquent|marquera|symbolise\w*|temoigne\w*|illustre\w*|incarne\w*|"
                r"apres|avant|depuis|pendant|selon|sans|sous|sur|vers|chez|contre|parmi|"
                # ("une usine de ciment blanc près de Nouadhibou": where, no part of its name)
                r"pres|loin|"
                r"sera|est|a|ont|was|were|is|are|has|have|had|will|would|emploie\w*|compte\w*|ouverte?s?|"
                r"construite?s?|achevee?s?|installee?s?|erigee?s?|etablie?s?|livree?s?|"
                r"produi[rst]\w*|dispose\w*|fonctionne\w*|represente\w*|devrai\w*|pourrai\w*|denomme\w*|baptise\w*|appele\w*|surnomme\w*|sise?s?|permet\w*|implante\w*|situe\w*|prevue?|destine\w*|dediee?s?|realise\w*|lance\w*|signe\w*|conclu\w*|paraphe\w*|approuve\w*|ratifie\w*|inaugure\w*|posee?s?|annoncee?s?|financee?s?|estimee?|entre\w*|base\w*|consist\w*|vise\w*|concern\w*|"
                # "the contract involves a mill": an English verb opens the clause
                r"involves|includes|covers|focuses|aims|provides|entails|envisages|foresees|"
                r"stipulates|requires|targets|seeks|calls|allows|employs|features|houses|spans)$",
                word.group(1),
            )
        ):
            named = text[pos + 1].isupper()
            pos = end = pos + word.end()
            continue
        break
    return end


def _owner_after(text: str, fold: str, at: int, end: int) -> int | None:
    """Where a French plant's complement "de X" (capitalised, no place) begins if it ends
    its noun phrase ("la nouvelle usine hongroise de Nordkraft"): its owner, not its name."""
    said = rx.search(r" (?:de |du |d')[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3}$", text[at:end])
    if said is None or places_in(fold[at + said.start() : end]):
        return None
    return at + said.start()


# A cost said in its currency's letters and figures, one word: "N50bn", "Sh2bn", "$45m"
_COST_WORD = re.compile(
    r"(?:[A-Z]{1,3}|[A-Z][a-z]{1,2})?\$?\d[\d.,]*(?:bn|m|mn|mln|k|b|cr|billion|million)?(?![\w.,])"
)


def _named_word(word: str) -> bool:
    """True if a capitalised modifier names something ("Bellara steel plant"): a
    nationality or whose money ("Chinese-invested tire factory") names nothing."""
    from .naming import continental
    from .places import nationality_word

    if not word[:1].isupper() or continental(word):
        return False  # "its first European plant": where it ranks, no name
    if _COST_WORD.fullmatch(word):
        return False  # "of N50bn ceramics factory", "Sh2bn plant": a cost in its letters
    if word.casefold() in ("portland", *SITE_KINDS):
        # "a Portland cement production line": a kind of cement, no name; "the first
        # sizable Greenfield project": the kind of site it stands on
        return False
    bare = rx.sub(r"-(?:invested|owned|funded|backed|built|financed)$", "", word)
    # "Korean-Ghanaian project", "Sino-Kenyan": a pair of nationalities names nothing either
    parts = bare.split("-")
    return not all(nationality_word(p) is not None for p in parts if p)


def _a_country(words: str) -> bool:
    """True if the folded ``words`` are a country's name and nothing else."""
    from .places import countries_in

    said = countries_in(words.strip())
    return bool(said) and said[0].start == 0 and said[0].end >= len(words.strip()) - 1


# "une unité japonaise de fabrication de …", "une unité industrielle de …": a unit said with
# an adjective between its noun and what it makes is a plant as "une unité de …" is, and so
# is "une unité d'embouteillage", and "une unité industrielle à Kénitra", said by where it is.
_UNIT_OF = (
    r"unites? (?:d'[\w-]+|[a-z-]+(?= (?:de |d'|du |des )))"
    r"|unites? industrielles?(?= (?:a|au|aux|en|dans|sur) )"
    r"|unites?(?= (?:destinee?s?|dediee?s?) (?:a la |a l'|au )"
    r"(?:production|fabrication|transformation|assemblage|montage))"
)


def _unit_adjective(word: str) -> bool:
    """True if ``word``, after "unité", says whose or what kind of plant it is: a
    nationality, or an adjective of industry or novelty."""
    from .places import nationality_word

    return nationality_word(word) is not None or bool(
        rx.fullmatch(r"(?:industrielle|moderne|nouvelle|pilote|agro-?industrielle)s?", word)
    )


# ", filiale du groupe X", ", a subsidiary of X": the words before are a company's name.
_SAID_OWNER = re.compile(
    r",? (?:une |la |sa |l')?(?:filiale|societe|entreprise|firme|compagnie|groupe|"
    r"an? (?:subsidiary|company|firm|unit) of|(?:a |the )?(?:subsidiary|company|firm) )\b"
)


# "PT Well Harvest Alumina Refinery", "JSC Kazakh Cement Works", "… Refinery Ltd", "…
# Mills, a joint venture": a company's legal form, or its being said a company, beside
# capitalised words that end in a plant's noun
_COMPANY_PREFIX = re.compile(r"(?:PT|CV|JSC|OJSC|PJSC|OOO|LLC|SDN|Sdn|Bhd|SpA|SAS|SA|SARL) ")
_COMPANY_FORM_AFTER_PLANT = re.compile(
    r" (?:Ltd|Limited|Tbk|Inc|Co|Corp|Corporation|PLC|Plc|LLC|SAS|SARL|GmbH|AG|Bhd|Pvt)\b"
)
_SAID_A_COMPANY = re.compile(
    r",? (?:an? |the |une |la |sa )?(?:[\w-]+ ){0,2}"
    r"(?:joint[- ]venture|company|subsidiary|coentreprise|co-entreprise|filiale|soci[ée]t[ée])\b"
)
# A public body's noun, last of the capitalised words before a plant's: the body's plant
_BODY_BEFORE_PLANT = re.compile(r"Agency|Authority|Commission|Ministry|Council|Administration")
# "Norvel Railway Vehicles", "Kelso Cement Services": a capitalised word of a company's trade
# after the plant's noun goes on with the name, a company's
_COMPANY_WORD_AFTER_PLANT = re.compile(
    r" (?:Vehicles|Services|Holdings|Group|Industries|Company|Systems|Equipment|Engineering"
    r"|Technology|Technologies|Products|Solutions|Enterprises|Trading|Investments?"
    # "Korvel Railway Construction Corporation": a builder's name
    r"|Construction|Corporation)\b"
)


_CAPITALISED_TAIL = re.compile(r"(?<= )[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*)+$")


def _company_named(text: str, a: int, b: int, end: int) -> bool:
    """True if the capitalised words from ``a`` to the plant noun ending at ``b`` are a
    company's name, not a plant's: its legal form before or after them, or the text saying
    right after that it is a company ("…, a joint venture which …"). A company's name is no
    plant, whatever noun it ends in."""
    if not rx.fullmatch(r"[A-Z][\w&'’-]*(?: [A-Z(][\w&'’()-]*)+", text[a:b]):
        # "par les sociétés chinoise Korvel Railway Construction Corporation": a French
        # sentence's words before the capitalised ones; those end in a company's word
        tail = _CAPITALISED_TAIL.search(text, a, b)
        return bool(
            tail is not None
            and tail.start() > a
            and " " in tail.group()
            and _COMPANY_WORD_AFTER_PLANT.match(text, b, end)
        )
    return bool(
        _COMPANY_PREFIX.match(text, a)
        or _COMPANY_FORM_AFTER_PLANT.match(text, b, end)
        or _SAID_A_COMPANY.match(text, b, end)
        or _COMPANY_WORD_AFTER_PLANT.match(text, b, end)
    )


# "sa centième usine", "son 3e site", "leur dixième usine": an owner's plant said by its
# count among the owner's own (a rank the pattern's own words do not hold)
_OWNER_COUNT_FR = re.compile(r"\b(?:sa|son|leur) (?:\w+iemes?|\d+(?:e|eme|er|ere|re)) $")


def _owner_counts_it(text: str, fold: str, start: int, a: int, noun_end: int, b: int) -> bool:
    """True if the singular plant noun at ``a`` is said with its owner's count of its own
    plants before it ("a ouvert sa centième usine mondiale"), and no name after it."""
    return bool(
        _OWNER_COUNT_FR.search(fold, max(start, a - 40), a)
        and not rx.search(r"s$", fold[a:noun_end])
        and not rx.search(r"[A-Z0-9]", text[noun_end:b])
        and not rx.search(r"projet|complexe|zone|pole", fold[a:noun_end])
    )


# "has fourteen factories across Asia", "possède plus de 150 usines dans le monde", "which
# operates 12 plants": the plants a company already holds, counted by a verb of having in
# the present; a fleet, no project of the article's
_FLEET_HELD = re.compile(
    r"\b(?:has|have|owns?|operates?|runs?|possede|possedent|compte|comptent|exploite|exploitent"
    r"|dispose de|disposent de)"
    r" (?:(?:already|currently|now|deja|actuellement|aujourd'hui) )?"
    r"(?:(?:plus de|pres de|environ|quelque|une|more than|over|about|some|nearly|around) )?"
    r"(?:\d+(?:[ ,.]\d{3})*|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozens of"
    r"|hundreds of|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize"
    r"|vingt|trente|quarante|cinquante|dizaine de|centaine de|dizaines d'|centaines d')"
    r" (?:[\w-]+ ){0,2}$"
)


# An item of a list whose item before it is a plural noun, with no article of its own:
# "shipbuilders, car part manufacturers, agri-industrial project and …"
_TRADES_LISTED = re.compile(r"[a-z]{3,}s, $")


# Plants counted by ten or more ("54 cimenteries, 88 usines de production", "some 120
# plants"): a group's own or a country's, no project of the article's
_MANY_COUNTED = re.compile(
    r"(?<![\d.,$€£¥])(?:[1-9]\d{1,}(?:[ ,.]\d{3})*)"
    r" (?:(?!millions?|billions?|milliards?|mln|bn|mw|tonnes?|tons?|dollars?|euros?|crores?"
    # (an article is no word between a count and its noun: "construira en 2025 une usine",
    # a year, then the plant)
    r"|lakhs?|(?:une?|an?|the|la|le|les|sa|son|ses|its|their|leurs?)\b)[\w-]+ )?$"
)
# a currency said before a figure: "Rs 450 crore", "SR2.1 billion", "USD 20 million"
_CURRENCY_BEFORE = re.compile(r"(?:\brs\.?|\busd|\beur|\bsr|\brm|\bksh|\binr|[$€£¥]) ?$")


def _many_counted(fold: str, start: int, at: int) -> bool:
    """True if the plant noun at ``at`` is counted by ten or more (``_MANY_COUNTED``), the
    number no sum of money."""
    said = _MANY_COUNTED.search(fold, max(start, at - 20), at)
    if said is None:
        return False
    return not _CURRENCY_BEFORE.search(fold, max(start, said.start() - 6), said.start())


# "la première usine de câbles coaxiaux "Made in Sénégal"": where its goods say they are
# made, in quotes, a label and no word of the plant's name
_MADE_IN_LABEL = re.compile(r' ?[«“"] ?(?i:made in|fabriqu\w* (?:au|en)) [^«»“”"]{2,30}[»”"]')


# "Il s'agit de la deuxième usine du groupe en Tunisie", "C'est la troisième usine de la
# société": the plant spoken of, its rank among its owner's, no plant of its own
_ITS_RANK_TOLD = re.compile(
    r"\b(?:il s'agit|c'est|ce sera|elle est|il est)(?: (?:de|d'))? (?:la|le|l') ?"
    r"(?:deuxieme|troisieme|quatrieme|cinquieme|seconde?|premiere?|\d+e(?:me)?) [a-z]+$"
)
_OWNERS_RANK_AFTER = re.compile(
    r" (?:du|de la|de l') ?(?:groupe|societe|entreprise|compagnie|firme)\b"
)


def projects_in(text: str, fold: str, start: int, end: int) -> list[RecordMention]:
    found: list[RecordMention] = []
    sentence = fold[start:end]
    pattern = rf"\b((?:(?:premier|premiere|premieres|premiers|nouveau|nouvel|nouvelle|second|seconde|deuxieme|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme|dixieme|grand|grande|immense|mega|vaste)\s+)*)(?:{PROJECT_NOUNS_FR}|{_UNIT_OF})\b"
    for match in rx.finditer(pattern, sentence):
        a, noun_end = start + match.start(), start + match.end()
        unit = rx.search(r"unites? ([\w-]+)$", match.group())
        if unit and not _unit_adjective(unit.group(1)) and fold[noun_end - 5 : noun_end] != "unite":
            continue  # "l'unité monétaire de …": no plant
        if any(m.start <= a < m.end for m in found):
            continue  # "projet d'usine de traitement": the plant is the project's name
        before = sentence[max(0, match.start() - 12) : match.start()]
        b = _np_end(text, fold, noun_end, end)
        plural = bool(rx.search(r"s$", fold[a:noun_end])) and not fold[a:noun_end].endswith(
            "premieres usines"
        )
        if before.endswith("plus ") and rx.match(
            r"(?: [\w'-]+){0,2} (?:de ce type|de ce genre|du genre|de son genre|jamais|qui soit)\b",
            fold[noun_end:end],
        ):
            continue  # "la plus grande usine de ce type": a comparison
        if rx.search(r"\b(?:une? telle?|de telles?) (?:[\w-]+ )?$", before):
            continue  # "l'arrivée d'une telle usine": a kind, no plant
        if _ITS_RANK_TOLD.search(fold, max(start, a - 20), noun_end) and _OWNERS_RANK_AFTER.match(
            fold, noun_end, end
        ):
            continue  # "Il s'agit de la deuxième usine du groupe en Tunisie": the one spoken of
        if _ONE_OF_ALTERNATIVES.search(before) and _ALTERNATIVES_AFTER.match(fold, b, end):
            # "sont alors prévus un projet immobilier, une autre plantation ou une ferme
            # solaire": what may be built, one thing or another, is no project yet
            continue
        if rx.search(r"\bseule?s? autres? $", before):
            continue  # "la mine X, … la seule autre mine de rubis importante au monde": another's
        if _FLEET_HELD.search(fold, max(start, a - 80), a) or _many_counted(fold, start, a):
            # "has fourteen factories across Asia", "54 cimenteries, 88 usines de production":
            # a company's own, counted, no project
            continue
        if _QUANTIFIED.search(before) and not match.group(1):
            count = rx.search(r"(deux|trois|quatre|two|three|four) $", before)
            counted = None
            if count:
                # (the clause ends at a verb too: "Les deux usines emploient 2.200 employés")
                clause = rx.search(
                    r"[,;:]|\.(?!\d)|$| (?:emploient|produisent|comptent|sont|seront|ont|vont"
                    r"|fabriquent|exportent|are|were|will|employ|produce|have)\b",
                    fold[noun_end:end],
                )
                phrase = text[a : noun_end + (clause.start() if clause else 0)].strip()
                counted = (_COUNTS[count.group(1)], phrase)
            found.append(
                RecordMention("projects", None, a, noun_end, noun_end, plural=True, counted=counted)
            )
            continue
        if (
            rx.search(r"(?<![\w-])projet$", fold[a:noun_end])
            and not _named_project(text, fold, noun_end, b)
            and not rx.match(
                r" (?:d'|de |du |des )(?!extension|realisation|construction|investissement|developpement|avenir|creation|implantation|mise en place)"
                # "un projet de décret", "le projet de convention": the draft of a text, no plant
                r"(?!(?:decret|loi|ordonnance|arrete|deliberation|resolution|budget|texte|accord|"
                r"convention|contrat|protocole|memorandum|statuts|reglement)s?\b)"
                # "son projet de procéder … à l'augmentation de sa production": a plan to do
                r"(?!(?:proceder|construire|produire|investir|etablir|batir|mettre|ouvrir|creer"
                r"|developper|lancer|realiser|installer|implanter|augmenter|doubler|renforcer"
                r"|moderniser|agrandir|etendre|accroitre|relancer|reprendre|racheter|acquerir"
                r"|fabriquer|transformer|exporter|vendre|porter|installer)\b)"
                r"| ?[(«\"]| [\w-]+(?:ique|iques|ier|iere|iel|ielle|ole|oles|aire|aires|al|ale|ien|ienne|eux|euse)\b(?<!\bgeneral)(?<!\bspecial)",
                fold[noun_end:b],
            )
        ):
            if fold[start:a].strip() == "le" and rx.match(
                r",| (?:a|est|sera|va|devrait)\b", fold[noun_end:end]
            ):
                # "Le projet, d'un montant de …, a fait l'objet d'une convention": the
                # project the article speaks of, the sentence's subject
                found.append(RecordMention("projects", None, a, noun_end, noun_end))
            continue  # "le projet", "un projet basé sur …": no name of a project
        if rx.fullmatch(
            r"(?:deuxieme|seconde?|nouvelle) (?:ligne de production|chaine de production)",
            fold[a:b],
        ) and rx.search(r"\b(?:une|la) $", before):
            # "Une deuxième ligne de production, prévue pour 2026, …": the plant spoken of,
            # grown by a line (as "a second production line" is in English), no plant of its own
            found.append(
                RecordMention(
                    "projects", None, a, noun_end, noun_end, described=_capitalise(text[a:b])
                )
            )
            continue
        if _OF_SUCH_SIZE.match(fold, noun_end, end):
            continue  # "un projet de telle envergure": a phrase of reference, no record
        # ("une fonderie à La Tour Koenig": a town's name its article opens, whole)
        located = rx.match(
            r" (?:en|in|à) (?:(?:La|Le|Les) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}|[A-Z][\w-]+)",
            text[b:end],
        )
        if located and b == noun_end and rx.search(r"(?:son|sa|une?|sa premiere|its) $", before):
            b += located.end()  # "son usine en Algérie": a plant named by where it is
        of_country = rx.search(r" (?:de |du |d'|des )(?:la |l')?([\w' -]+)$", fold[noun_end:b])
        if of_country and _a_country(of_country.group(1)):
            # "l'usine textile de Madagascar", "l'usine du Congo": a country is no part of a
            # plant's name (the convention names it by its town)
            b = noun_end + of_country.start()
        owner = rx.search(
            r" (?:de la |du |de l')(?:filiale|groupe|societe|entreprise|firme|compagnie|magnat|"
            r"milliardaire|homme d'affaires|investisseur|industriel|constructeur|cimentier"
            # ("la raffinerie d'alumine du consortium Kelvo-Tarvel": the partners it is theirs)
            r"|consortium|coentreprise|co-entreprise|joint-venture|partenariat)\b",
            fold[noun_end:b],
        )
        if owner:
            # "cette cimenterie de la filiale du groupe X", "l'usine de ciment du magnat
            # nigérian X": its owner, not its name
            b = noun_end + owner.start()
        apposed_owner = rx.search(
            r" (?:de |du |d')[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3}$", text[noun_end:b]
        )
        if apposed_owner and _SAID_OWNER.match(fold, b):
            # "une gigafactory d'AESC, filiale du groupe X": the company said after it is
            # its owner, not its name
            b = noun_end + apposed_owner.start()
        if (
            # "la nouvelle usine de batteries": what it makes said again, no name;
            # "la nouvelle usine hongroise de X": its owner's name, no place, is none either
            # (a zone is named by its town: "la nouvelle zone industrielle de X" is a place)
            (
                b == noun_end
                or (
                    not rx.match(r"(?:zone|pole|parc)\b", fold[a + len(match.group(1)) :])
                    and (
                        not rx.search(r"[A-Z0-9]", text[noun_end:b])
                        or _owner_after(text, fold, noun_end, b)
                    )
                )
            )
            and not plural
            and rx.fullmatch(r"(?:(?:nouvel(?:le)?|nouveau)\s+)+", match.group(1))
            and _ANAPHORA.search(before)
        ):
            # "la nouvelle cimenterie", "cette nouvelle usine": the plant spoken of, new
            # since the text says so, not another one; its noun names it if it is the first
            owned = _owner_after(text, fold, noun_end, b)
            bare_noun = _capitalise(text[a + len(match.group(1)) : owned or b])
            # (quoted with what it makes: "la nouvelle usine de pneus", its trade its own)
            said_to = (owned or b) if b > noun_end else noun_end
            found.append(RecordMention("projects", None, a, said_to, said_to, described=bare_noun))
            continue
        if _owner_counts_it(text, fold, start, a, noun_end, b) and not match.group(1):
            # "sa centième usine", "sa 10e usine dans le monde": its owner's count of its
            # own plants says which one it is, no name; named by its noun (and its town)
            found.append(
                RecordMention(
                    "projects", None, a, b, b, plural=True, described=_capitalise(text[a:b].strip())
                )
            )
            continue
        if _GENERIC.match(fold, noun_end) or (b == noun_end and not match.group(1)):
            if _ANAPHORA.search(before) and not plural:
                # "l'unité de broyage": the plant spoken of, its words kept should they be
                # the body's first for the one the headline named
                compound = rx.search(r" (?:de |d'|du )", fold[a:noun_end]) and not _GENERIC.match(
                    fold, noun_end
                )
                described = _capitalise(text[a:noun_end]) if compound else None
                found.append(
                    RecordMention("projects", None, a, noun_end, noun_end, described=described)
                )
            elif (
                not plural
                and not _GENERIC.match(fold, noun_end)
                and rx.search(r"(?:^|\b)(?:une?|d'une?)$", before.rstrip())
                and not rx.search(
                    r"projet|complexe|zone|pole|unite(?! de production)", fold[a:noun_end]
                )
            ):
                # "une cimenterie sera construite à Pout", "d'une unité de production, d'un
                # centre …": a plant said first by its noun, named by it (and its town)
                # unless a name follows
                found.append(
                    RecordMention(
                        "projects",
                        None,
                        a,
                        noun_end,
                        noun_end,
                        plural=True,
                        described=_capitalise(text[a:noun_end]),
                    )
                )
            elif (
                not plural
                and rx.fullmatch(
                    r"(?:(?:nouvel(?:le)?|nouveau|premier|deuxieme|second|troisieme)\s+)*"
                    r"(?:complexe|projet)",
                    fold[a:noun_end],
                )
                and rx.match(r" industriel\b", fold[noun_end:])
                # ("l'inauguration du premier complexe industriel d'assemblage de motos")
                and rx.search(r"(?:^|\b)(?:un|d'un|du|le|au)$", before.rstrip())
                and (
                    fold[a:noun_end].endswith("complexe")
                    or _INDUSTRIAL_PROJECT_FOR.match(fold, noun_end + len(" industriel"))
                )
            ):
                # "un complexe industriel près d'Abidjan": a complex said first by its noun
                # and its kind, named by them (and its town) unless a name follows; what it
                # is for said by a participle is part of them ("un nouveau complexe
                # industriel dédié à la production d'engins agricoles"), its novelty not; a
                # project so said is one only with what it makes ("un projet industriel
                # portant sur la production de jantes"), "un projet industriel" alone none
                words_from = a + len(match.group(1))
                kind_end = noun_end + len(" industriel")
                if rx.match(
                    r" (?:dediee?s?|destinee?s?|specialisee?s?|portant sur) ", fold[kind_end:end]
                ):
                    kind_end = max(kind_end, _np_end(text, fold, kind_end, end))
                # "un complexe industriel sucrier": what it makes said by an adjective
                made_adjective = rx.match(
                    r" [a-zà-ÿ]+(?:iers?|ieres?|iques?)(?![\w-])", text[kind_end:end]
                )
                if made_adjective:
                    kind_end += made_adjective.end()
                made = _COMPLEX_OF.match(text, kind_end, end)
                if made:
                    kind_end = made.end()  # "un complexe industriel de céramique": what it makes
                found.append(
                    RecordMention(
                        "projects",
                        None,
                        a,
                        kind_end,
                        kind_end,
                        plural=True,
                        described=_capitalise(text[words_from:kind_end]),
                    )
                )
            continue
        if (
            rx.search(r"\b(?:sa|son|ses|leur|leurs) $", before)
            and not plural
            and not rx.search(r"[A-Z0-9]", text[noun_end:b])
            and not rx.search(r"projet|complexe|zone|pole", fold[a:noun_end])
        ):
            # "sa deuxième usine européenne": a company's plant said first by what it is,
            # no name; named by its words (and its town) unless a name follows
            found.append(
                RecordMention(
                    "projects",
                    None,
                    a,
                    b,
                    b,
                    plural=True,
                    described=_capitalise(text[a:b].strip()),
                )
            )
            continue
        place = rx.match(r" (?:en|in) (?:[A-Z][\w-]+)", text[b:end])
        if place and match.group(1):
            b += place.end()
        if (
            b == noun_end
            and not plural
            and rx.fullmatch(r"(?:premier|premiere)\s+", match.group(1))
            and _ANAPHORA.search(before)
            and _WHOSE_MONEY_AFTER.match(fold, noun_end)
        ):
            # "marquant l'entrée en service de la première usine à capital vietnamien": the
            # plant spoken of, ranked by whose money it is, no name
            found.append(RecordMention("projects", None, a, noun_end, noun_end))
            continue
        if (
            not match.group(1)
            and _ANAPHORA.search(before)
            # ("cette usine ultramoderne", "l'usine intelligente": words of its quality alone,
            # however long, are no name either)
            and (b - noun_end < 12 or says_only_quality(fold[noun_end:b]))
            and not rx.search(r"[A-Z]", text[noun_end:b])
            # ("le projet d'aciérie du groupe X": a project said by its plant's noun, a new one)
            and not (
                fold[a:noun_end].endswith("projet")
                and rx.match(
                    rf" (?:d'|de (?:la |l')?|du )(?:{PROJECT_NOUNS_FR})\b", fold[noun_end:b]
                )
            )
        ):
            # "l'usine textile": the plant spoken of, its words kept should it be the first
            described = (
                _capitalise(text[a:b].strip())
                if rx.match(
                    r" (?:(?:de|du|des|d')\b|[\w-]+(?:ile|iques?|aires?|ier|iere|al|ale|el|elle|eux|euse|ien|ienne)\b)",
                    fold[noun_end:b],
                )
                else None
            )
            found.append(
                RecordMention("projects", None, a, noun_end, noun_end, described=described)
            )
            continue
        if (
            rx.match(
                r"zone industrielle|pole industriel|zone economique speciale|zone franche|parc industriel",
                fold[a + len(match.group(1)) : noun_end],
            )
            and (
                places_in(fold[noun_end:b])
                # "dans la zone industrielle du Kef", "au niveau de la zone industrielle de
                # X": where a plant is said to be
                or rx.search(
                    r"\b(?:dans|a|sur|au niveau de|au sein de|aupres de|pres de) (?:la|une|le|un) $",
                    fold[max(start, a - 20) : a],
                )
            )
        ):
            continue  # "la zone industrielle de Béthioua": a place, not a project
        if (
            fold[a + len(match.group(1)) :].startswith("parc ")
            and rx.search(r"\b(?:le|du|au) $", fold[max(start, a - 4) : a])
            and not rx.search(
                r"\b(?:construction|amenagement|creation|realisation|extension|developpement)"
                r" (?:du|de ce|de son) $",
                fold[max(start, a - 30) : a],
            )
        ):
            # "le parc industriel du Lac Assal, la société X … l'usine": a park named as
            # known is where plants are; one built or said first ("un parc …") is a project
            continue
        if _BECOMES.search(fold, max(start, a - 40), a):
            continue  # "ce qui était un projet devient un site de production": the same, anew
        named = a
        praise = _PRAISE.match(text[a:b])
        if praise:
            named += praise.end()  # "un ambitieux projet agricole": the project agricole
        inner = rx.match(
            rf"projet (?:d'|de (?:la |l')?|du )(?={PROJECT_NOUNS_FR}|mines? (?:de|d') ?\w)",
            fold[a:b],
        )
        if inner:
            # "le projet d'usine de …": the plant of …; "le projet de la mine d'uranium de X":
            # the mine
            named += inner.end()
        novel = rx.match(r"(?:nouvel(?:le)?s?|nouveaux?) ", fold[named:b])
        if novel and b - named - novel.end() > 12:
            named += novel.end()  # "une nouvelle unité de …": its novelty is no part of its name
        label = _MADE_IN_LABEL.search(text, named, b)
        if label:
            b = label.start()  # "l'usine de câbles « Made in Sénégal »": a label, no name
        spoken = text[named:b].strip()
        if _ONE_OF_THEM.search(fold, max(start, a - 40), a):
            spoken = _one_of_them(spoken)
        found.append(RecordMention("projects", _capitalise(spoken), a, b, b, plural=plural))
    # "General Tire Technology (Cambodia) factory": a company's name, its country in brackets
    # (up to five words: "X Tire Corporation (Pvt) Ltd factory")
    # (a plant noun followed by "and" ends a plant listed before another: "a weaving mill and
    # a towel factory" are two; so does a place: "in West Java Province and another plant")
    en = (
        rf"\b((?:(?!{PROJECT_NOUNS_EN} (?:and|or) (?:an?|the) )(?!(?:and|or) (?:another|an?|the) )"
        rf"(?:[\w$-]+|\([A-Z][\w-]+\)) ){{0,6}})"
        rf"(?:{PROJECT_NOUNS_EN}|{_NOT_AFTER_A_MINERAL}mine)\b"
    )
    for match in rx.finditer(en, text[start:end], re.IGNORECASE):
        a, b = start + match.start(), start + match.end()
        if _TRADE_OF_PLANTS.match(fold, b):
            continue  # "German wind farm developer X", "a cement plant builder": a trade
        if rx.search(r"\bsuch an? (?:[\w-]+ ){0,3}[\w-]+$", fold[max(start, a - 40) : b]):
            continue  # "the establishment of such a large production unit": a kind, no plant
        if rx.search(
            r"\b(?:is|are|was|were|becomes?|remains?) (?:also |now |still )?(?:an?|the) (?:[\w-]+ )?"
            r"production bases?$",
            fold[max(start, a - 60) : b],
        ):
            continue  # "Laos is also an attractive production base": a country's merit, no plant
        if rx.search(r"\bonly other (?:[\w-]+ ){0,3}[\w-]+$", fold[max(start, a - 40) : b]):
            continue  # "X's Y mine, the only other major ruby mine in the world": another's
        if rx.search(r"\bto [a-z]+ plant$", fold[max(start, a - 30) : b]) and rx.match(
            r" (?:construction |building )?(?:materials?|equipment|machinery|and equipment)\b",
            fold[b:end],
        ):
            continue  # "to import plant construction materials": equipment, no plant
        modifiers = match.group(1).split()
        if (
            fold[b - 5 : b] == " mine"
            and not _NAMED_MINE.search(text, a, b)
            and not _MINE_BY_YIELD.search(fold, a, b)
            # "The $300 million mine will produce …": the mine spoken of, said by its cost
            and not _THE_COSTED.search(fold, max(start, b - 60), b - 4)
        ):
            # "from Bisha mine", "the Kaito mine": a mine by its name; no pronoun ("of
            # mine"), no verb ("to mine"), no mine the text says by what it yields
            # (the lexicon's), nor one said by a common noun ("its first commercial-scale mine")
            continue
        # Read from the noun back: its modifiers end at an article, a verb, a figure or a
        # currency ("Yuanci said the plant", "220 mln USD textile plant").
        kept = len(modifiers)
        while kept and _modifies(modifiers[kept - 1]):
            if _UNIT_WORD.fullmatch(modifiers[kept - 1]) and _figure_ends(modifiers[: kept - 1]):
                break  # "a 50 MW combined-cycle power station": a capacity's unit, no name
            if kept >= 2 and modifiers[kept - 2].casefold() == "to":
                break  # "Turkish firm to expand Ethiopian textile plant": a headline's verb
            kept -= 1
        if kept >= 2 and kept < len(modifiers) and modifiers[kept - 1] == "and":
            # "an iron and steel plant", "a new refrigerator and deep freezer factory": two
            # things made, one plant
            first = kept - 1
            while first and _modifies(modifiers[first - 1]):
                first -= 1
            if first < kept - 1 and (
                first == 0
                # "two processing and manufacturing plants": counted, one kind of plant
                or modifiers[first - 1].casefold()
                in ("a", "an", "the", "its", "two", "three", "four", "five", "several")
                # "an $85 million spinning and weaving mill": its cost before
                or modifiers[first - 1].casefold() in ("million", "billion", "mln", "bn")
                or rx.fullmatch(
                    r"(?:[a-z]{0,3}\$|€|£)?\d[\d.,]*(?:m|bn|mn)?", modifiers[first - 1].casefold()
                )
                is not None
            ):
                kept = first
        for word in modifiers[:kept]:
            a += len(word) + 1
        modifiers = modifiers[kept:]
        while modifiers and modifiers[0].casefold() in _NOT_MODIFIERS | _COST_WORDS | {
            "the",
            "a",
            "an",
            "its",
            "this",
            "that",
            "de",
            "la",
            "le",
            "une",
            "un",
            "des",
            "of",
            "in",
            "at",
        }:
            a += len(modifiers.pop(0)) + 1
        body = max(
            (i for i, m in enumerate(modifiers) if _BODY_BEFORE_PLANT.fullmatch(m)), default=-1
        )
        body_s = body >= 0 and all(m[:1].isupper() for m in modifiers[: body + 1])
        if body_s and rx.search(r"\b(?:a|an) $", fold[max(start, a - 4) : a]):
            # "a Welsh Development Agency factory at Bangor": the agency's, its landlord or
            # owner, said before the noun; no name of the plant's
            for word in modifiers[: body + 1]:
                a += len(word) + 1
            modifiers = modifiers[body + 1 :]
        else:
            body_s = False
        if any(m.start < b and m.end > a for m in found):
            continue
        if _BECOMES.search(fold, max(start, a - 40), a):
            continue  # "the project becomes a production site": the plant said, no other
        if rx.search(r"\b(?:industrial|industry|special economic|free) zone$", fold[a:b]) and (
            _LOCATED_IN.search(fold, max(start, a - 80), a)
        ):
            continue  # "The plant will be located in the Tarvaobod industrial zone": a place
        if _FIRST_SAID_AGAIN.search(fold, max(start, a - 40), b) and _FIRST_SAID_BEFORE.search(
            fold, 0, max(0, a - 40)
        ):
            # "its first large-scale solar silicon production facility", then in a quote "our
            # first commercial-scale plant": an owner's first plant, said again by its noun
            found.append(RecordMention("projects", None, a, b, b))
            continue
        if _company_named(text, a, b, end):
            continue  # "operated by PT Well Harvest Alumina Refinery, a joint venture"
        noun_at = fold.rfind(" ", a, b) + 1 or a
        if _FLEET_HELD.search(fold, max(start, a - 80), noun_at) or _many_counted(
            fold, start, noun_at
        ):
            continue  # "has fourteen factories across Asia": a company's own, no project
        if _TRADES_LISTED.search(fold, max(start, a - 40), a) and rx.match(
            r"(?:,| and| or) ", fold[b : b + 5]
        ):
            # "encouraging shipbuilders, car part manufacturers, agri-industrial project and
            # food processing firms to consider …": one of the trades a list courts, said
            # with no article among nouns in the plural, no plant of the article's
            continue
        if (
            modifiers
            and all(m.casefold() in _INVESTMENT_WORDS for m in modifiers)
            and fold[b - 7 : b] == "project"
            and _FRAME_OF.search(fold, max(start, a - 40), a)
        ):
            # "a plant … being created as part of an investment project": the frame the
            # plant is said in, the plant's own project, no other record
            continue
        if fold[b - 8 : b] == "facility" and (
            rx.match(
                r" (?:to (?:support|finance|fund|help|provide|cover)|for (?:financing|funding))\b",
                fold[b:end],
            )
            or rx.search(
                r"\b(?:credit|loan|financing|lending|guarantee) $", fold[max(start, a - 12) : b - 8]
            )
        ):
            continue  # "a $24.5 million facility to support …": a credit, no plant
        if (
            len(modifiers) > 1
            and _SUPERLATIVE.fullmatch(modifiers[0].casefold())
            and _TO_BE_BUILT_ONE_OF.search(fold, max(start, a - 60), a)
        ):
            # "to build what will be one of the biggest oil palm factories": the plant
            # built, ranked among its kind, described in the singular without its rank
            described = _capitalise(_one_of_them(text[a + len(modifiers[0]) + 1 : b]))
            found.append(RecordMention("projects", None, a, b, b, plural=True, described=described))
            continue
        if rx.search(
            r"\b(?:number of|one of|among|many|several|different|various|numerous)(?: the)? $",
            fold[max(start, a - 16) : a],
        ) or (modifiers and modifiers[0].casefold() in ("different", "various", "numerous")):
            continue  # "the number of sugar plants in the country": a count, not a project
        if rx.search(
            r"(?:zone|park|industrial complex|industrial estate)$", fold[a:b]
        ) and rx.search(
            r"\b(?:in|at|within|inside) (?:the |[\w-]+['’]s )?$", fold[max(start, a - 30) : a]
        ):
            continue  # "in the Ecocity industrial zone": where a plant is (places.py)
        if not modifiers and rx.fullmatch(r"[A-Z][\w-]*(?: [A-Z][\w-]*)+", text[a:b]):
            if _SIGNED_AT.search(fold, max(start, a - 60), a):
                continue  # "signed the agreement at BEPZA Complex": where it was signed
            if _INFORMANT_BEFORE.search(text, max(start, a - 80), a):
                # "the information provided by Katowice (southern Poland) Special Economic
                # Zone (KSSE)": the zone's authority, who speaks, no project
                continue
            # "a Special Economic Zone (SEZ)": a noun the text capitalises is its name
            bracket = rx.match(r" \(([A-Z]{2,})\)", text[b:end])
            found.append(
                RecordMention("projects", text[a:b], a, b + (bracket.end() if bracket else 0), b)
            )
            continue
        if (
            fold[a:b] in ("plant", "factory", "complex", "zone", "facility", "project")
            or not modifiers
        ):
            before = sentence[max(0, a - start - 6) : a - start]
            # ("the 120 million US dollar facility": the plant said again, by its cost)
            if rx.search(r"(?:the|this|its) $", before) or _THE_COSTED.search(
                fold, max(start, a - 60), a
            ):
                found.append(RecordMention("projects", None, a, b, b))
                continue
            if (
                (
                    (
                        rx.search(r"\b(?:a|an)(?: new| modern)? $", fold[max(start, a - 12) : a])
                        or body_s
                        # "its 100th plant": a company's rank among its own, in figures
                        or rx.search(
                            r"\b(?:its|their) \d+(?:st|nd|rd|th) $", fold[max(start, a - 12) : a]
                        )
                        # "Kora Textile's factory in Hawassa": its owner's, no part of its name
                        or rx.search(r"[A-Z][\w-]*['’]s (?:new )?$", text[max(start, a - 30) : a])
                        # "KT&G completes plant in Russia", "… in factory near Moscow": a
                        # headline's words, which drop the article
                        or (
                            rx.search(_HEADLINE_VERB_BEFORE, fold[max(start, a - 16) : a])
                            and _in_a_title_line(text, a)
                        )
                    )
                    and (fold[a:b] in _BARE_PLANT_NOUNS or _A_MINE.fullmatch(fold[a:b]))
                )
                or (
                    # "a 50,000-tonne-per-year potash mine": a mine said first with its yield
                    _A_MINE.fullmatch(fold[a:b])
                    and _A_MINE_S_YIELD.search(fold, max(start, a - 40), a)
                )
                # "a 1.2 million tonne-per-year smelter": a plant said first by its yield
                or (
                    fold[a:b] in _BARE_PLANT_NOUNS
                    and _A_PLANT_S_YIELD.search(fold, max(start, a - 50), a) is not None
                )
            ):
                # "opened a new factory in Kenya": a plant said first by its noun, named by it
                # (and its town) unless a name follows, as "une cimenterie sera construite";
                # "a plant in the X Export Processing Zone": by where it is
                zone = _zone_after(text, b, end)
                described = _capitalise(text[a:b]) + (zone or "")
                found.append(
                    RecordMention("projects", None, a, b, b, plural=True, described=described)
                )
                continue
            costed = _COSTED.search(fold[max(start, a - 40) : a])
            if costed and (
                # ("a US$2 million operation at Coverden": a plant said by its cost and place)
                fold[a:b] in (*_BARE_PLANT_NOUNS, "complex", "power station", "operation")
                or _A_MINE.fullmatch(fold[a:b])
            ):
                # "A $20 million plant is being built in the X industrial zone": a project
                # said first by its noun and its cost, named by where it is.
                where = _ZONE_AFTER.match(text, b, end)
                described = _capitalise(text[a:b]) + (_in_zone(where) if where else "")
                begin = a - len(costed.group())
                found.append(
                    RecordMention("projects", None, begin, b, b, plural=True, described=described)
                )
            continue
        ranked_own = _RANKED_OWN.search(fold, max(start, a - 6), a) and _RANK_EN.match(fold, a)
        # "to start production at its new plant in Moldova": the owner's new one, said first;
        # "Solomon Islands will soon have its own solar panel plant": one it has not had
        owner_s_new = bool(rx.search(r"\b(?:its|their) $", fold[max(start, a - 6) : a])) and (
            fold.startswith(("new ", "own "), a)
            # "will expand its garment factory in Koggala": the plant the news is about,
            # enlarged, said by its words as a new one is
            or bool(_ENLARGED_BEFORE.search(fold, max(start, a - 30), a))
        )
        # ("The St Vincent factory": a country's name of two words, where it is, no name)
        named = any(_named_word(m) for m in modifiers) and not (
            len(modifiers) > 1 and only_a_country(folded(" ".join(modifiers)))
        )
        if (
            not named
            and not owner_s_new
            and (
                rx.search(r"\b(?:the|this|that|its|their|said) $", fold[max(start, a - 6) : a])
                # "the recently built US$14 million production facility": said by its cost
                or _THE_COSTED.search(fold, max(start, a - 60), a)
                # "The 22 square-kilometre integrated factory": said by its site's area
                or (
                    rx.search(r"\b(?:the|its) \d[\d.,]* $", fold[max(start, a - 14) : a])
                    and _AREA_UNIT.match(fold, a)
                )
            )
            and not ranked_own
        ):
            found.append(RecordMention("projects", None, a, b, b))  # "the nuclear power plant"
            continue
        if (
            not named
            and (
                rx.search(r"(?:'s|\ba|\ban) $", fold[max(start, a - 4) : a])
                # ("a cutting-edge, fully integrated production plant": adjectives listed)
                or rx.search(r"\b(?:a|an)(?: [\w-]+,){1,2} $", fold[max(start, a - 40) : a])
                or body_s
                # "its first electric vehicle plant": a company's plant said by its rank
                or ranked_own
                or owner_s_new
                # "a $40 million Korean-Ghanaian project": said first by its cost, described
                or _COSTED.search(fold[max(start, a - 40) : a])
                # "begins construction of N50bn ceramics factory in Ogun": a headline's
                # words, which drop the article, its cost first
                or (
                    rx.search(
                        r"\b(?:construction of|work on|builds?|to build) $",
                        fold[max(start, a - 16) : a],
                    )
                    and _in_a_title_line(text, a)
                    and _COST_WORD.match(text, a)
                    and not fold[a:b].endswith("s")  # ("Sh90bn Factories": several)
                )
                # "Announcement about Chinese factory to be built in X": a headline's
                # preposition before the plant, its article dropped; described, not named
                or (
                    rx.search(r"\b(?:about|on|over|for|with|near) $", fold[max(start, a - 8) : a])
                    and _in_a_title_line(text, a)
                    and not fold[a:b].endswith("s")
                )
                # "a dry method process Portland cement and clinker production line": its
                # words more than the six read, the article before them
                or (
                    len(match.group(1).split()) == 6
                    and len(modifiers) >= 3
                    and rx.search(
                        r"\b(?:a|an)(?: [a-z][\w-]*){1,3} $", text[max(start, a - 40) : a]
                    )
                )
            )
        ):
            # "Egypt's first nuclear power plant", "a new steel plant": described, not named;
            # what is said of it waits for the name that follows (if one does).
            # (a company's rank among its own plants is kept, for the convention to weigh)
            described = (
                text[a:b]
                if ranked_own
                else rx.sub(
                    r"^(?:first|new|second|major|large|big|huge|planned|proposed) ", "", text[a:b]
                )
            )
            # "electric vehicle (EV) manufacturing plant": its acronym is no part of its words
            described = rx.sub(r" \([A-Z][\w-]*\)(?= )", "", described)
            # "N50bn ceramics factory": its cost, in its letters, is no part of its words
            cost = _COST_WORD.match(described)
            if cost and described[cost.end() : cost.end() + 1] == " ":
                described = described[cost.end() + 1 :]
            if _ONE_OF_THEM.search(fold, max(start, a - 40), a):
                described = _one_of_them(described)
            # "an electronic component plant in X industrial cluster": named with where it is
            where = _ZONE_AFTER.match(text, b, end)
            if where and where.start(2) - b <= len(" in the "):
                # (whose money and a country's possessive are no part of it: "a Chinese-
                # invested glass factory in Kenya's X Special Economic Zone")
                zone = rx.sub(r"^[A-Z][\w-]*['’]s ", "", where.group(2))
                head = described.split(" ")
                while len(head) > 1 and not _named_word(head[0]) and head[0][:1].isupper():
                    head.pop(0)
                described = " ".join(head) + _in_zone(where).replace(where.group(2), zone)
            found.append(
                RecordMention(
                    "projects", None, a, b, b, plural=True, described=_capitalise(described)
                )
            )
            continue
        if (
            rx.search(r"(?:plants|factories|facilities|mills|complexes|refineries)$", fold[a:b])
            and not any(_named_word(m) for m in modifiers)
            and rx.search(
                r"\b(?:are|were|two|three|four|five|six|several|many|some|\d+)(?: new)? $",
                fold[max(start, a - 16) : a],
            )
        ):
            # "Three are cement factories", "four new factories": several, none named; but
            # "for the construction of two knit apparel factories", "plans to open two new
            # plants": the plants to be built are one record, said in the plural (as "la
            # construction de deux usines de carbonate de lithium")
            built = _TO_BUILD_COUNTED.search(fold, max(start, a - 50), a)
            described = _capitalise(text[a:b]) if built else None
            found.append(RecordMention("projects", None, a, b, b, plural=True, described=described))
            continue
        if all(
            m in ("investment", "investments", "multi-million", "multibillion") for m in modifiers
        ):
            continue  # "a multi-million dollar investment project": what it costs, no plant
        if _SIGNED_AT.search(fold, max(start, a - 60), a):
            continue  # "signed the agreement at BEPZA Complex": where it was signed
        if _LEGAL_FORM_AFTER.match(text, b):
            continue  # "the existing Tashkent Mechanical Plant JSC": a company's name
        if (
            rx.search(r"(?:plants|factories|facilities|mills|complexes|refineries)$", fold[a:b])
            and not any(_named_word(m) or _COUNTING.fullmatch(m.casefold()) for m in modifiers)
            and rx.search(r"\b(?:in|into|than) $", fold[max(start, a - 6) : a])
        ):
            # "except for the investment made in cement factories": plants of a kind, said
            # with no article after a preposition, none of them a project
            continue
        if _NEAR_THE.search(fold, max(start, a - 16), a) and any(
            m.kind == "projects" and m.end <= a for m in found
        ):
            # "a plant at Kelvik, near the Tarvel Aluminum smelter": a landmark that says
            # where the plant its sentence spoke of is, no project
            continue
        if named and rx.search(r"(?:plants|factories|facilities|mills|refineries)$", fold[a:b]):
            continue  # "for use in Kelvo factories across Europe": a company's own, no project
        if text[a:b].split()[-1][:1].isupper() and rx.match(r" Project\b", text[b:end]):
            b += len(" Project")  # "its CKD Assembly Plant Project in Pakistan": one name
        bracket = rx.match(r" \(([A-Z]{2,})\)", text[b:end])
        found.append(
            RecordMention(
                "projects", _capitalise(text[a:b]), a, b + (bracket.end() if bracket else 0), b
            )
        )
    # "The ground breaking ceremony of the Jiangxi Multi Facility Economic Zone", "The Spanish
    # Town Free Zone will be constructed": a zone named, itself the works spoken of (not one
    # a plant is in: "a plant in the X Industrial Park")
    for match in _ZONE_NAMED.finditer(text, start, end):
        a, b = match.span()
        if not (
            _ZONE_BUILT_BEFORE.search(fold, max(start, a - 40), a)
            or (
                _ZONE_SUBJECT_BEFORE.search(text, max(start, a - 4), a)
                and _ZONE_BUILT_AFTER.match(fold, b)
            )
        ):
            continue
        if any(m.start < a and m.end > a for m in found):
            continue
        found = [m for m in found if not (a <= m.start < b)]
        found.append(RecordMention("projects", text[a:b], a, b, b))
    # "Quatre câbleries vont voir le jour. La plus importante est celle qui sera réalisée à
    # Siliana": a plant said only by a pronoun, after its noun in the plural, is one of them.
    for match in _PRONOUN_PLANT.finditer(fold, start, end):
        a, b = match.start(1), match.end(1)
        if any(m.start <= a < m.end for m in found):
            continue
        plurals = list(
            rx.finditer(
                rf"\b({PROJECT_NOUNS_FR}|{PROJECT_NOUNS_EN})\b",
                fold[max(0, a - 400) : a],
            )
        )
        offset = max(0, a - 400)
        noun = next(
            (
                text[offset + p.start(1) : offset + p.end(1)].casefold()
                for p in reversed(plurals)
                if rx.search(r"(?:s|x|ies)$", p.group(1)) and " " not in p.group(1)
            ),
            None,
        )
        if noun is None:
            continue
        singular = noun[:-3] + "y" if noun.endswith("factories") else noun[:-1]
        found.append(
            RecordMention("projects", None, a, b, b, plural=True, described=_capitalise(singular))
        )
    # 'Dénommée "Lakeside Glass" (LSG), cette usine …', 'Called "X", the plant …': the name
    # given before the plant noun it names.
    for match in _NAMED_BEFORE.finditer(text, start, end):
        a, b = match.start(1), match.end(1)
        said = rx.match(rf"{PROJECT_NOUNS_FR}|{PROJECT_NOUNS_EN}", fold[match.end() : end])
        if said and not any(m.start <= a < m.end for m in found):
            # the noun after it is the plant named, not one spoken of before
            noun_end = match.end() + said.end()
            found = [m for m in found if not (m.name is None and match.end() <= m.start < noun_end)]
            found.append(RecordMention("projects", text[a:b], a, b, b))
    # "le ministre a inauguré la Kivu Ceramics", "inaugurated the Lakeside Glass": a company
    # inaugurated is the plant it runs, named by the company's name
    for match in _INAUGURATED_NAME.finditer(text, start, end):
        a, b = match.start(1), match.end(1)
        words = folded(text[a:b])
        if rx.search(rf"\b(?:{PROJECT_NOUNS_FR}|{PROJECT_NOUNS_EN})\b", words) or places_in(words):
            continue  # "inauguré la cimenterie de X", "la Zone de X": the noun names it
        if not _named_word(text[a:b].split()[0]):
            continue  # "inaugurated the Chinese-built …": a nationality names nothing
        if rx.match(r"[A-Z][\w&-]*(?: [A-Z][\w&-]*)*['’]s\b", text[a:end]):
            continue  # "inaugurated X Motors India's plant": its owner, not the plant
        if not any(m.start < b and a < m.end for m in found):
            # ("la Nouvelle société des textiles du Kelvoland": a company's noun in lower-case
            # words, the plant's name alone, no company the text speaks of besides)
            company = bool(_COMPANY_IN_WORDS.match(text, a))
            found.append(RecordMention("projects", text[a:b], a, b, b, company=company))
    # "a project to produce fibreglass and polyester fibres": named by what it is for.
    for match in rx.finditer(
        r"\b(?:a|the|this) (project (?:to|for) (?:produce|build|establish|manufacture|construct|set up|develop|the production of|the construction of) [^,.;()]{3,60}?)(?= with| in | at | by |,|\.|;|$)",
        text[start:end],
    ):
        a, b = start + match.start(1), start + match.end(1)
        if not any(m.start < b and a < m.end for m in found):
            found.append(RecordMention("projects", _capitalise(text[a:b]), a, b, b))
    # "investi dans ce nouveau plan de production de vêtements": what money is put in is a
    # plant, whatever its noun (a "plan de production", the press's slip for "plant")
    for match in _INVESTED_IN_PLAN.finditer(fold, start, end):
        a, b = match.start(1), match.end(1)
        if not any(m.start < b and a < m.end for m in found):
            found.append(RecordMention("projects", _capitalise(text[a:b]), a, b, b))
    # "plans to set up a Syringe Manufacturing Company": a company to be set up to make a
    # product is a plant described, its capitals no name (after "a")
    for match in _COMPANY_TO_SET_UP.finditer(text, start, end):
        a, b = match.start(1), match.end(1)
        if not any(m.start < b and a < m.end for m in found):
            name = _capitalise(text[a:b].lower())
            found.append(RecordMention("projects", name, a, b, b, company=True))
    # "launched the construction of industrial enterprise Ghayur-Sughdcement": an
    # industrial enterprise named at once is a plant, named by its name
    for match in _ENTERPRISE_NAMED.finditer(text, start, end):
        a, b = match.start(), match.end()
        if not any(m.start < b and a < m.end for m in found):
            found.append(RecordMention("projects", None, match.start(1), match.end(1), b))
    for mention in found:
        _what_for(text, mention, end)
        _apposed_name(text, fold, mention, start, end)
        _quoted_name(text, mention, end)
        _name_set_after(text, fold, mention, end)
        _company_of_name(text, mention, end)
    # an enterprise not named at once is a company, no plant
    found = [
        m
        for m in found
        if m.name is not None or m.described or fold[m.start : m.end] != "enterprise"
    ]
    found = _apposed_plants(text, fold, found, start)
    # "l'unité de « la Biscuiterie Zentra »": a plant noun inside the quoted name is the name's
    found = [
        m
        for m in found
        if not any(o is not m and o.quoted and o.start < m.start < o.end for o in found)
    ]
    # "elle qui dispose déjà d'une usine de raffinage", "which already operates a plant": a
    # plant its owner has before the one the article is about, no record of it
    found = [
        m
        for m in found
        if not _ALREADY_HELD.search(fold, max(start, m.start - 50), m.start)
        and not _HELD_LISTED.search(fold, max(start, m.start - 200), m.start)
        and not _FORMER.search(fold, max(start, m.start - 30), m.start)
        and not _FORMER_WORD.match(fold, m.start)
        and not _held_since(fold, start, end, m)
        and not (m.kind == "projects" and _SUPPLIES.search(fold, max(start, m.start - 40), m.start))
        and not _goods_go_to(fold, m, found)
        and not (m.kind == "projects" and customers_plant(fold, start, m.start))
    ]
    # "après la construction d'une centrale au Cameroun, une cimenterie au Tchad, c'est au
    # tour du Congo", "after building a hydroelectric plant in Cameroon": plants built before,
    # the track record the article sets its project after, no records of their own
    done = _track_records(fold, start, end)
    found = [m for m in found if not any(a <= m.start < b for a, b in done)]
    # "the tour began with a visit to X Group's factory complex. The minister inaugurated a
    # glass factory": a company's site said as a stop of a visit is where its plants are,
    # not one of them (a plant said as known, "a visit to the factory", is the one spoken of)
    found = [
        m
        for m in found
        if not (
            m.kind == "projects"
            and rx.search(
                r"\b(?:visit(?:ed|ing)?|toured|tour of|visite (?:de|a)|visite)"
                r" (?:to )?[A-Z][\w&'’. -]{0,40}['’]s (?:[\w-]+ )?$",
                text[max(start, m.start - 60) : m.start],
            )
        )
    ]
    # "cette nouvelle ligne d'assemblage final (FAL, pour « final assembly line »)": an
    # acronym's words glossed in brackets name the plant said before them, no other one
    found = [m for m in found if not _GLOSS_BEFORE.search(text, max(start, m.start - 20), m.start)]
    # "l'usine X de Douai va accueillir une gigafactory", "the old mill will house a new
    # plant": the site that hosts a plant is its place, not a second plant
    found = [
        m
        for m in found
        if not (
            m.kind == "projects"
            and (hosts := _HOSTS.match(fold, m.end))
            and any(
                o.kind == "projects" and hosts.end() < o.start < hosts.end() + 40 for o in found
            )
        )
    ]
    # "Magna Steyr Maribor-Hoče, an almost EUR 150 million investment of the multinational's
    # Austrian firm": a plant by its own name, said as the sum put into it (or as an
    # investment alone)
    for said in _NAMED_BY_ITS_COST.finditer(text, start, end):
        if not any(m.start <= said.start() < m.span_end for m in found):
            a, b = said.span(1)
            found.append(RecordMention("projects", said[1], a, b, b))
    for park in _PARK_TO_BE_BUILT.finditer(text, start, end):
        a, b = park.span("park") if park["park"] else park.span("named")
        if not any(m.start < b and a < m.span_end for m in found):
            found.append(RecordMention("projects", text[a:b], a, b, b))
    return sorted(found, key=lambda m: m.start)


_NAMED_BY_ITS_COST = re.compile(
    r"(?<![\w-])((?-i:[A-Z][\w-]+(?: [A-Z][\w-]+){1,4})), an? (?:(?:almost |nearly |about |around "
    r"|some |over )?(?:EUR|USD|US\$|\$|€|£) ?[\d.,]+(?:[- ](?:million|billion|bn|mln|m)\b)? )?"
    # ("Lush Kelvo Hair, an investment by Tarvo Group in …": its sum unsaid)
    r"(?:[\w-]+ ){0,2}?investment (?:of|by|from)\b"
)
_HOSTS = re.compile(
    r"(?:[^,;.]{0,40}? |,? )(?:(?:va|vont|devrait|devraient|doit|doivent|pourrait) )?"
    r"(?:accueill\w*|abrit\w*|heberg\w*)"
    r"|(?:[^,;.]{0,40}? |,? )(?:(?:will|would|is to|is set to|is going to) )?"
    r"(?:host|house|hosts|houses)\b"
)


# "planning to establish similar projects in …", "plans for other plants in …", "d'autres
# usines du même type dans …": plants other than the one the article is about.
_OTHER_PLANTS = re.compile(
    r"\b(?:other|similar|further|more|d'autres|autres|similaires) (?:[\w-]+ ){0,2}"
    r"(?:plants|factories|projects|facilities|mills|complexes|usines|unites|projets|complexes|"
    r"cimenteries|raffineries|centrales)\b"
    # "Avec l'une des plus grandes mines de fer d'Afrique, située à Tonkolili": the
    # country's riches, compared, no plant of the article's
    r"|\b(?:l'une? des|one of the) (?:plus )?(?:grand\w*|larg\w*|big\w*|importan\w*)"
    r" (?:[\w-]+ ){0,2}?(?:mines|gisements|deposits|reserves)\b"
)


# "to build one of the biggest …", "what will be one of the largest …": a plant to be built,
# ranked among its kind
_TO_BE_BUILT_ONE_OF = re.compile(
    r"\b(?:build|construct|set up|establish|erect|will be|would be|to be|shall be)"
    r"(?: what will be)? one of the $"
)
_SUPERLATIVE = re.compile(r"(?:larg|bigg|great)est")
# "one of the world's largest copper mines", "l'une des plus grandes usines": one plant of
# the kind, said in the plural of its kind
_ONE_OF_THEM = re.compile(
    r"\b(?:one of|l'une? des) (?:the |its |their |ses |leurs )?(?:[\w-]+['’]s )?$"
)


def _one_of_them(said: str) -> str:
    """``said``, the plant noun that ends it in the singular ("largest copper mines" →
    "largest copper mine", "factories" → "factory")."""
    last = rx.search(r"([\w-]+)$", said)
    if last is None or not rx.compiled(rf"\b(?:{PROJECT_NOUNS_FR}|{PROJECT_NOUNS_EN})$").search(
        folded(said)
    ):
        return said
    word = last.group(1)
    if word.endswith("ies"):
        word = word[:-3] + "y"
    elif word.endswith(("s", "x")):
        word = word[:-1]
    return said[: last.start()] + word


# Where a landmark is said, beside a plant: "near the", "next to the"
_NEAR_THE = re.compile(
    r"\b(?:near|next to|close to|beside|adjacent to|a cote de|pres de) (?:the|la|le|l') ?$"
)
# "wind farm developer", "cement plant builder", "solar park operator": the trade of a
# company that makes such plants, no plant
_TRADE_OF_PLANTS = re.compile(
    r"(?:-| )(?:developers?|operators?|builders?|constructors?|contractors?|owners?|makers?"
    r"|manufacturers?|suppliers?|equipment|engineering)\b"
)


def other_plants_in(fold: str, start: int, end: int) -> list[int]:
    """Where a sentence speaks of plants other than the article's (``_OTHER_PLANTS``): what
    it says after them is theirs, no known record's."""
    return [m.start() for m in _OTHER_PLANTS.finditer(fold, start, end)]


# "La cimenterie de X, qui vient s'ajouter à la cimenterie de Y, devrait …", "the new plant,
# next to the X factory, will …", "unlike the Y mill": a plant named as a neighbour or a
# comparison of the sentence's subject, said just before it.
_ASIDE = re.compile(
    r"(?:\b(?:vien\w* (?:de )?)?s'ajout\w* (?:a|aux)|\ba cote d(?:e|u|es)|\baux cotes d(?:e|u|es)"
    r"|\bnon loin d(?:e|u|es)|\bpres d(?:e|u|es)|\ba proximite d(?:e|u|es)|\ba l'instar d(?:e|u|es)"
    r"|\bcontrairement a(?:ux?)?|\ben plus d(?:e|u|es)|\bnext to|\bnear|\bbeside|\balongside"
    r"|\badjacent to|\bclose to|\bunlike|\bin addition to|\bsimilar to)"
    r" (?:(?:la|le|l'|les|the|an?|its|their|son|sa|ses|leur|leurs|celles?|ceux|that|those) ?)?"
    r"(?:[\w-]+ ){0,2}$"
)


def aside_plant(fold: str, start: int, at: int, subject_at: int) -> bool:
    """True if the plant said at ``at`` is named only beside the sentence's subject, a
    plant said at ``subject_at`` before it (from ``start``, the sentence's opening): as its
    neighbour or to compare it (``_ASIDE``). Such a plant gathers none of the sentence's
    figures, dates and statuses: they are the subject's."""
    if not start <= subject_at < at:
        return False
    window = fold[max(subject_at, at - 60) : at].replace("’", "'")
    return bool(_ASIDE.search(window) or _PHASE_OF.search(window))


# "The mill, the first phase of a planned $120 million integrated textile complex, employs
# 700": the whole the subject is a phase of, said beside it
_PHASE_OF = re.compile(
    r"(?:^|, )(?:the |la |le |l')?(?:first|second|third|initial|premiere|deuxieme|seconde"
    r"|troisieme) (?:phase|stage|tranche|etape) (?:of|de|du|des|d') ?[^.;,]{0,40}$"
)


# The opening of a bracket that glosses an acronym: "(FAL, pour «", "(FAL, for "
_GLOSS_BEFORE = re.compile(r"\([A-Z]{2,8},? (?:pour|soit|for|or|i\.e\.) ?[«\"“]? ?$")


# The works that build plants counted: "for the construction of two", "plans to open two
# new", "will build three"
_TO_BUILD_COUNTED = re.compile(
    r"\b(?:construction of|to (?:build|construct|open|set up|establish)|will (?:build|construct"
    r"|open|set up|establish)|plans? to (?:build|open|set up|establish))"
    r" (?:two|three|four|five|six|several|\d+)(?: new)? $"
)


# "Depuis 2008, la marque … s'est aussi ouverte au marché américain avec une ligne de
# production aux États-Unis": a sentence opened by the year since when, of what is held
_SINCE_A_YEAR = re.compile(r"\W*(?:depuis|since) (?:19|20)\d\d\b")


def _held_since(fold: str, start: int, end: int, mention: RecordMention) -> bool:
    """True if ``mention``, said first ("une ligne", "a plant"), is in a sentence that
    opens with the year since when its owner has it, and says nothing to come: a plant
    held before the article's project, no record of it."""
    return (
        mention.name is None
        and _SINCE_A_YEAR.match(fold, start) is not None
        and rx.search(
            r"\b(?:une?|an?|d'une?) $", fold[max(start, mention.start - 6) : mention.start]
        )
        is not None
        and rx.search(FUTURE, fold[start:end]) is None
    )


def held_plant_before(fold: str, start: int, at: int) -> bool:
    """True if the clause before ``at`` (from ``start``) speaks of a plant its owner already
    has ("qui dispose déjà d'une usine de raffinage à Dakar") or lists plants built before
    (``_track_records``): a place said there is that plant's, not the article's project's."""
    # (only a list opened shortly before ``at`` can hold it: its cue lies within 1,000
    # characters before and ends well within 200 after; a long text's other cues are not
    # looked for again for every place)
    opened = max(start, at - 1000)
    if any(a <= at < b for a, b in _track_records(fold, opened, len(fold), at + 200)):
        return True  # "after building a plant in Gabon": where a plant built before is
    clause = rx.split(r"[,;:]", fold[max(start, at - 120) : at])[-1]
    return any(
        _ALREADY_HELD.search(clause, 0, m.start()) or _FORMER.search(clause, 0, m.start())
        # ("compte déjà une unité à X et une autre à Y": a unit, the plant's noun alone)
        for m in rx.finditer(rf"\b(?:{PROJECT_NOUNS_FR}|{PROJECT_NOUNS_EN}|unites?)\b", clause)
    )


# "dans les locaux d'une ancienne usine fermée en 1995", "rent a former paper factory": a
# plant of the past, the premises of the one the article is about, no record of it
_FORMER = re.compile(
    r"\b(?:une?|d'une?|an?|the|l'|la|le|les|des) (?:ancien(?:ne)?s?|former|old|disused|defunct|"
    r"desaffectee?s?) $"
)
_FORMER_WORD = re.compile(r"(?:ancien(?:ne)?s?|former|disused|defunct|desaffectee?s?) ")
# Plants an owner has, listed after the verb of having: "currently operates three jeans
# apparel factories, one denim mill, one spun yarn mill, and one …", each item counted
_COUNT_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|several|un|une|deux|trois|quatre|cinq|plusieurs|\d+)"
_HELD_LISTED = re.compile(
    r"\b(?:already|currently|deja|actuellement) (?:operates|runs|owns|has|exploite|possede|compte)"
    rf" {_COUNT_WORD}(?: [\w-]+){{1,4}}(?:,? (?:and |et )?{_COUNT_WORD}(?: [\w-]+){{1,4}})*"
    rf",? (?:and |et )?{_COUNT_WORD} (?:[\w-]+ ){{0,3}}$"
)
# ("currently operates plants" with no article: an owner's plants too)
_ALREADY_HELD = re.compile(
    r"(?:\b(?:dispos|possed|exploit|compt|detien)\w* deja|\b(?:a|ont|avait|avaient) deja"
    r"|\b(?:already|currently) (?:has|have|had|owns|owned|operates|operated|runs|ran)"
    # "est présent en Afrique depuis 2015 avec une première usine au Kenya", "has been present
    # in Africa since 2015 with a plant in Kenya": what it has there already
    r"|\b(?:presente?s?|present) (?:[\w' -]{0,40} )?(?:avec|with)"
    # "Alabama is home to multiple automobile plants": the plants a place has, none of them
    # the article's
    r"|\b(?:is|are|was|were) (?:already |now )?home to)"
    # ("which already operates plants in Serbia": plants in the plural, with no article)
    r"(?: (?:d'une?|une?|an?|de|des|ses|sa|son|its|their|two|three|several|deux|trois|plusieurs"
    r"|multiple|many|numerous))?"
    r"(?: [\w-]+)? $"
)

# A clause that says what was built before the article's project: "après la construction
# d'une centrale", "après avoir construit", "ayant réalisé", "qui a déjà bâti", "after
# building", "after the completion of", "which has already built", "having built".
_BUILT_BEFORE = re.compile(
    # (an inauguration is no cue: "le ministre qui a inauguré la pose de la première pierre
    # de l'usine" speaks of the article's own plant; nor is "qui a" without "déjà")
    r"\b(?:apres (?:avoir (?:deja )?|la |l')|ayant (?:deja )?|qui (?:a|ont|avait|avaient) deja )"
    r"(?:construit|construction|realise|realisation|bati|livre|livraison|acheve|achevement|"
    r"mis en service|mise en service)\b"
    r"|\bafter (?:building|having built|constructing|completing|delivering|commissioning|"
    r"the (?:construction|completion|commissioning|delivery) of)\b"
    r"|\b(?:which|that|who) (?:has |have |had )?already (?:built|constructed|completed|delivered"
    r"|commissioned|erected)\b"
)
# a plant said after another in the list of those built: ", une nouvelle cimenterie au Tchad"
_LISTED_AFTER = re.compile(
    r"[,;] (?:(?:et|puis|and|then|as well as) )?(?:(?:une?|d'une?|de la|du|des|a|an|the) )"
)

# the first plant built before is said by an indefinite article or a number: one of the
# company's others, not "l'usine", "the plant" the article speaks of
_SAID_ANEW = re.compile(
    r" (?:d'une?|une?|de (?:deux|trois|plusieurs)|deux|trois|an?|two|three|several)\b"
)

_FINITE_VERB = re.compile(
    r"\b(?:sera|seront|serait|va|vont|est|sont|doit|doivent|devrait|devraient|a ete|ont ete|"
    r"will|is|are|was|were|would|should|has|have|had)\b"
)


_PUNCTUATION = re.compile(r"[,;.]")
_CLAUSE = re.compile(r"[^,;.]*")


def _track_records(
    fold: str, start: int, end: int, cues_end: int | None = None
) -> list[tuple[int, int]]:
    """The spans of a sentence that list plants built before the article's project
    (``_BUILT_BEFORE``, then each plant listed after it by an article): where they are
    said, no record of the article is. Only the cues before ``cues_end``, if given."""
    spans = []
    for cue in _BUILT_BEFORE.finditer(fold, start, end if cues_end is None else min(end, cues_end)):
        at = cue.end()
        if not _SAID_ANEW.match(fold, at, end):
            continue  # "après la construction de l'usine X": the plant the article is about
        while True:
            # (searched in place: a slice of the rest of a long text, for every place a
            # sentence names, cost seconds)
            stop = _PUNCTUATION.search(fold, at, end)
            at = end if stop is None else stop.start()
            listed = _LISTED_AFTER.match(fold, at, end)
            clause = _CLAUSE.match(fold, listed.end(), end) if listed else None
            if listed is None or clause is None or _FINITE_VERB.search(clause.group()):
                break  # "…, une usine sera construite": the sentence's own clause
            at = listed.end()
        spans.append((cue.start(), at))
    return spans


# "du carbonate importé du projet de lithium mené par X", "ore sourced from the Y mine": a
# project a product comes from supplies the one the article is about, no record of it
_SUPPLIES = re.compile(
    r"\b(?:provenant|en provenance|issue?s?|importee?s?|achetee?s?|fourni(?:e|es|s)?)"
    r" (?:du|de la|de l'|des|d'une?|par (?:la|le|l'|une?)) $"
    r"|\b(?:sourced|imported|bought|purchased|supplied|shipped|coming) (?:from|by) (?:the|an?) $"
    # "sera alimenté partiellement par une centrale solaire", "powered by a solar plant":
    # the plant that feeds it its power, no record of the article's
    r"|\balimentee?s? (?:\w+ment )?(?:en (?:energie|electricite) )?par (?:une?|la|le|l') ?$"
    r"|\b(?:powered|fed|energi[sz]ed) (?:\w+ly )?by (?:the|an?) $"
)


# "the factory will produce gearboxes for the nearby X plant", "qui livrera des essieux à
# l'usine X", "supply axles to the neighbouring X plant": a plant the goods are made or
# delivered for, said after the verb that makes them
_GOODS_FOR = re.compile(
    r"\b(?:produc\w*|produi\w*|make|makes|making|manufactur\w*|fabriqu\w*|assembl\w*|"
    r"suppl(?:y|ies|ying)|deliver\w*|livr\w*|fourni\w*)\b[^,;.:]{0,60}?"
    r" (?:(?:for|to) (?:the|its) |(?:pour|a|aux) (?:l'|(?:la|le|les|ses|son|sa) ))"
    r"(?:(?:nearby|neighbouring|neighboring|adjacent|voisine?s?) )?$"
)


def goods_for(fold: str, start: int, at: int) -> bool:
    """True if the plant said at ``at`` is one the goods are made or delivered for, said
    after the verb that makes them (``_GOODS_FOR``, from ``start``): a customer's plant."""
    return bool(_GOODS_FOR.search(fold[max(start, at - 100) : at].replace("’", "'")))


# "will make driveshafts for vehicles built by X's Montgomery plant", "supplies seats to
# X's plant": the goods go to another company's plant, said by its owner's possessive; and
# "…, as well as for Y's nearby Georgia plant", a second customer's plant after the first
_FOR_AN_OWNER = (
    r"\b(?:produc\w*|make|makes|making|manufactur\w*|assembl\w*|suppl(?:y|ies|ying)|"
    r"deliver\w*)\b[^,;.:]{0,60}? (?:for|to) (?:[^,;.:]{0,40}? (?:built|made|assembled|"
    r"produced|manufactured) (?:by|at|in) )?(?:the )?[^,;.:]{0,60}?(?:['’]s|s['’]) "
    r"(?:(?:nearby|neighbouring|neighboring|adjacent) )?"
)
_CUSTOMERS_PLANT = re.compile(
    rf"{_FOR_AN_OWNER}(?:[^,;.:]{{0,40}}?\b(?:plant|factory|facility|mill|works)s?,? "
    rf"(?:as well as|and|or|and also) (?:for|to) (?:the )?[^,;.:]{{0,60}}?(?:['’]s|s['’]) "
    r"(?:(?:nearby|neighbouring|neighboring|adjacent) )?)?$"
)


def customers_plant(fold: str, start: int, at: int) -> bool:
    """True if the plant said at ``at`` (in the sentence opening at ``start``) is another
    company's, one the goods are made for, said by its owner's possessive
    (``_CUSTOMERS_PLANT``): a customer's plant said in passing, no record of the article."""
    return bool(_CUSTOMERS_PLANT.search(fold, max(start, at - 300), at))


def _goods_go_to(fold: str, mention: RecordMention, found: list[RecordMention]) -> bool:
    """True if ``mention`` is a plant the goods of a plant said before it in the sentence
    are made or delivered for (``goods_for``): its customer, another company's plant said
    in passing, no record of the article. With no plant said before it ("local farms will
    grow tomatoes for the processing plant"), the plant is the article's own."""
    if mention.kind != "projects":
        return False
    before = [o.end for o in found if o.kind == "projects" and o.end <= mention.start]
    return bool(before) and goods_for(fold, max(before), mention.start)


# "une unité de fabrication d'airbags, Alva One, située …", "a tyre factory, Savanna Tyres,
# located …": a plant said first by an indefinite noun phrase, its name set after a comma.
_APPOSED = re.compile(
    r", ([A-Z][\w'’&-]*(?: (?:[A-Z0-9][\w'’&-]*|&)){0,3})"
    r"(?:,(?! (?:a|an|le|la|the) )|(?=\.?\s*$))"
)
_PERSON_AFTER = re.compile(
    r" (?:ministre|directeur|directrice|president|presidente|maire|gouverneur|minister|"
    r"director|chairman|president|mayor|governor|head|chief|ceo|pdg|a declare|a dit|said|"
    r"told|added|a ajoute|a indique)\b"
)


def _apposed_name(text: str, fold: str, mention: RecordMention, start: int, end: int) -> None:
    """The name set after a comma behind a plant said first by an indefinite article
    ("une unité …, Alva One,") or by whose it is ("the country's only car plant, X."):
    the plant's name, not the first words'; a place, a person
    (a title or a verb of speech after it) or a country is no name of it."""
    if mention.kind != "projects" or (mention.plural and not mention.described):
        return
    said = _APPOSED.match(text, mention.end, end)
    if said is None or _PERSON_AFTER.match(fold, said.end()):
        return
    before = fold[max(start, mention.start - 50) : mention.start]
    # "the country's only car plant, X.": a plant said by whose it is, then its name
    if not rx.search(r"(?:^|\b)(?:une?|an?|d'une?)\b[^,;:]{0,45}$", before) and not (
        mention.described and rx.search(r"['’]s $", before)
    ):
        return
    name = said.group(1)
    words = folded(name)
    if places_in(words) or _a_country(words) or rx.match(r"(?:M|Mr|Mrs|Mme|Dr|Pr)\b", name):
        return
    mention.name, mention.described, mention.plural = name, None, False
    mention.end = mention.span_end = said.end(1)


# "the cement factory Zhungtsai-Tabosharcement", "the steel plant Volta Steel": an English
# plant's noun with its proper name set right after it, no article between, and the name
# ending its phrase (a comma, a preposition or a verb after it)
_NAME_AFTER_NOUN = re.compile(
    r" ((?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\b)"
    r"[A-Z][\w'’&]*(?:-[A-Z]?[\w'’&]+)*(?: [A-Z][\w'’&-]*){0,2})"
    r"(?=[,.;:)]|$| [–—-] | (?:in|at|near|on|and|will|is|was|has|had|began|begins|which|that|with|"
    r"located|situated|worth|for)\b)"
)
# "industrial enterprise Ghayur-Sughdcement": an enterprise said a plant by its kind, its
# name after it (what ``_name_set_after`` checks)
_ENTERPRISE_NAMED = re.compile(r"\b(?:industrial|manufacturing|production) (enterprise)(?= [A-Z])")


def _name_set_after(text: str, fold: str, mention: RecordMention, end: int) -> None:
    """ "In Istiqlol city the construction of … cement factory Zhungtsai-Tabosharcement
    began": an English plant's noun followed at once by a proper name (no place, no country,
    no person) is that plant, named by it; the noun only says what kind of plant it is."""
    if mention.kind != "projects" or mention.quoted:
        return
    noun = text[mention.start : mention.end]
    if not rx.search(rf"(?:{PROJECT_NOUNS_EN}|enterprise)$", noun):
        return  # "Tashkent Mechanical Plant JSC": a capitalised noun is a name's own
    said = _NAME_AFTER_NOUN.match(text, mention.end, end)
    if said is None or rx.search(rf"\b(?i:{PROJECT_NOUNS_EN})$", said.group(1)):
        return
    if _COMPANY_FORM_AFTER_PLANT.match(" " + said.group(1)) or _COMPANY_PREFIX.match(
        said.group(1) + " "
    ):
        return  # "… plant Ltd", "… plant JSC": a company's legal form, no plant's name
    words = folded(said.group(1))
    if places_in(words) or _a_country(words) or _PERSON_AFTER.match(fold, said.end()):
        return
    if rx.match(r"['’]s\b", text[said.end() :]):
        return  # "the plant Kestrel's engineers built": its owner, no name
    mention.name, mention.described, mention.plural = said.group(1), None, False
    mention.end = mention.span_end = said.end(1)


# "Metallurgic plant of Mining company of Tajikistan and China", "the Steel Plant of Kestrel
# Group": a company said after a plant's capitalised name, by "of"
_COMPANY_OF = re.compile(
    r" of ((?:[A-Z][\w&'’-]*)(?: (?:[A-Z][\w&'’-]*|of|and|&|company|corporation|group|"
    r"holding|enterprise))*)"
)
_COMPANY_WORD = re.compile(
    r"\b(?i:company|corporation|group|holding|enterprise|ltd|limited|inc|plc|co)\b"
)


def _company_of_name(text: str, mention: RecordMention, end: int) -> None:
    """ "… – Metallurgic plant of Mining company of Tajikistan and China and …": a plant's
    name the text capitalises in mid-sentence, with the company it is of after it, keeps
    that company, as "L'usine Cimpor de Kribi" keeps its own (GOLD rule 6)."""
    if mention.kind != "projects" or not mention.name or mention.quoted:
        return
    said = text[mention.start : mention.end]
    if not said[:1].isupper() or rx.search(r"(?:^|[.!?:]\s*|\n\s*)$", text[: mention.start]):
        return  # a capital that opens a sentence says no name
    if not rx.search(rf"(?i:{PROJECT_NOUNS_EN})$", said):
        return
    owner = _COMPANY_OF.match(text, mention.end, end)
    if owner is None or not _COMPANY_WORD.search(owner.group(1)):
        return
    # the words end at a capitalised one ("… and China", not "… and")
    words = rx.match(r".*[A-Z][\w&'’-]*", owner.group(1))
    if words is None or not _COMPANY_WORD.search(words.group()):
        return
    mention.name = f"{said} of {words.group()}"
    mention.described, mention.plural = None, False
    mention.end = mention.span_end = owner.start(1) + words.end()


# ", le laminoir de Béthioua,", ", la cimenterie Dangote,", ", the Kestrel rolling mill,": a
# plant named right after another plant's noun, set off by a comma and an article
_APPOSED_ARTICLE = re.compile(r", (?:le |la |l'|l’|the )$")


def _apposed_plants(
    text: str, fold: str, found: list[RecordMention], start: int
) -> list[RecordMention]:
    """ "Une deuxième usine, le laminoir de Béthioua, produira …": a plant said first by an
    indefinite article and named at once by another plant's noun set after it is one plant,
    named by the second words (a place or a name fixed to its noun), not two records."""
    kept: list[RecordMention] = []
    for mention in sorted(found, key=lambda m: m.start):
        first = kept[-1] if kept else None
        if (
            first is not None
            and first.kind == mention.kind == "projects"
            and mention.name is not None
            and rx.search(r"[A-Z]", text[mention.start : mention.end])
            and _APPOSED_ARTICLE.fullmatch(text, first.end, mention.start)
            and rx.search(r"(?:^|\b)(?:une?|an?|d'une?)\b[^,;:]{0,30}$", fold[start : first.start])
        ):
            first.name, first.described, first.plural = mention.name, None, False
            first.end = first.span_end = mention.end
            continue
        kept.append(mention)
    return kept


# "l'unité industrielle de « la Biscuiterie Zentra »", "l'usine « Zentra »": the name in
# quotes after a plant's noun, its article aside
# (or set right after its noun: "le projet « X »", "the project “X”")
_QUOTED_AFTER = re.compile(
    r" (?:de |d'|d’)?[«“\"] ?(?:(?:la|le|les) |l'|l’)?([A-Z][^«»“”\".;]{0,60}?) ?[»”\"]"
)
_QUOTED_INSIDE = re.compile(r" ?[«“\"] ?(?:(?:la|le|les) |l'|l’)?([A-Z][^«»“”\"]{0,60}?) ?[»”\"]$")


def _quoted_name(text: str, mention: RecordMention, end: int) -> None:
    """A plant's noun followed by a name in quotes ("l'unité industrielle de « la Biscuiterie
    Zentra »"): the quoted words are the plant's name, not its noun."""
    if mention.kind != "projects":
        return
    inside = _QUOTED_INSIDE.search(text, mention.start, mention.end) if mention.name else None
    if inside and rx.search(r" (?:de|du|des|d'|d’)\b", text[mention.start : inside.start()]):
        return  # "le complexe des métiers du textile « Tayal »": the whole is its name
    said = inside or _QUOTED_AFTER.match(text, mention.end, end)
    if said is None or _MADE_IN_LABEL.match(text, said.start()):
        return  # ("… "Made in Sénégal"": a label)
    mention.name, mention.described, mention.plural = said.group(1), None, False
    mention.end = mention.span_end = max(mention.end, said.end())
    mention.quoted = True


# "a factory for refrigeration appliances in …": what an English plant is for, part of its
# name as a French complement is ("usine de réfrigérateurs"); "for the …", "for export"
# say no product.
_FOR_PRODUCT = re.compile(
    r" for ((?!(?:the|a|an|its|their|this|that|export|exports|use|sale|local|domestic|"
    r"production|processing|years?|months?|about|more|up|over)\b)"
    r"(?:[a-z][\w-]* ){0,2}[a-z][\w-]*)(?= in | at | near | with |[,.;]| which| that| is| was| will|$)"
)

# "a plant for the production of electric cables", "a factory for the manufacture of
# turning machines", "a plant for production of cast glass": what it is for, said by the noun of its work (the English of "pour la
# production de")
_FOR_THE_WORK_OF = re.compile(
    r" for (?:the )?(?:production|manufacture|manufacturing|processing|assembly|making|"
    r"fabrication|transformation|refining) of (?!(?:the|a|an|its|their|this|that)\b)"
    r"(?:[a-z][\w-]* ){0,3}[a-z][\w-]*"
    r"(?= in | at | near | with | on | for | from | by |[,.;]| which| that| is| was| will|$)"
)

# "a factory to manufacture coatings", "a composite factory to produce textile, garments and
# accessories": what a plant is to make, said by a verb, one product or a list of them
# (a product's acronym is one of its words: "to produce LED lighting lamps")
# ("to process rubber grown at nearby plantations": where the product comes from, no word
# of it)
_FROM_WHERE = r"(?:grown|sourced|supplied|harvested|bought|imported|mined|caught)\b"
_PRODUCT = (
    r"(?!(?:the|a|an|its|their|this|that|it|will|is|was)\b)"
    rf"(?:(?!{_FROM_WHERE})(?:[a-z]|[A-Z]{{2,}}\b)[\w-]* ){{0,2}}(?!{_FROM_WHERE})[a-z][\w-]*"
)
_TO_MAKE = re.compile(
    rf" to (?:manufacture|produce|make|assemble|process) {_PRODUCT}"
    rf"(?:, {_PRODUCT})*(?:,? (?:and|or) {_PRODUCT})?"
    # "to produce parts for wind turbines": what the product is for, a thing, is its word
    rf"(?: for (?!(?:export|exports|sale|the|a|an|its|their|local|domestic)\b){_PRODUCT})?"
    rf"(?= in | at | near | with | for | from |[,.;]| which| that|$| {_FROM_WHERE})"
)
# "a new factory in Ħal-Far to produce parts": the plant's town said between its noun and
# what it is to make
_TOWN_BETWEEN = re.compile(
    r" in [A-ZÀ-ÖØ-ÝĀ-ž][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
    # ("in Kampong Thom province Wednesday to process rubber": its region, the day it opened)
    r"(?: (?:province|district|region|county|state))?"
    r"(?: (?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today))?"
    r"(?= to )"
    # "one more plant on the same plot of land to manufacture …": where, said of the site
    r"| (?:on|at|in) the same (?:plot|site|land|premises|grounds|compound|location)(?: of land)?"
    r"(?= to )"
)


_INAUGURATED_NAME = re.compile(
    r"(?i:\b(?:a|ont|avait|avaient)(?: \w+ment)? inaugur[ée](?: \w+ment)?"
    r"(?: (?:ce |hier |dimanche )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin))?"
    r" (?:la |le |l'|l’)"
    r"|\b(?:officially )?inaugurated (?:the )?)"
    # ("inaugurated the US$14 million facility", "the RM13 billion plant": a sum's currency)
    r"(?![A-Z]{0,3}\$|[A-Z]{1,3}\d)("
    # "a inauguré lundi la Nouvelle société des textiles du Kelvoland (NSK)": a company's
    # name in words of the language, its noun and what it makes or whose it is
    r"(?:(?:Nouvelle|Nouvel|Nouveau) )?(?i:societe|société|compagnie|manufacture)"
    r"(?: (?:des|du|de la|de l'|de l’|d'|d’|de|et) ?[\w'’-]+){1,3}(?= \([A-Z]{2,8}\))"
    r"|[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,4})"
    r"(?![\w'’$-])"
)
_COMPANY_IN_WORDS = re.compile(
    r"(?:(?:Nouvelle|Nouvel|Nouveau) )?(?i:societe|société|compagnie|manufacture) (?-i:[a-zé])"
)
_COMPANY_TO_SET_UP = re.compile(
    r"\b(?:set(?:ting)? up|establish(?:ing)?|build(?:ing)?|creat(?:e|ing))\s+an?\s+"
    r"((?:[A-Za-z][\w-]* ){0,3}(?i:manufacturing|production|processing|assembly)"
    r" (?i:company|firm|enterprise))\b"
)


def _product_before(words: str) -> bool:
    """True if a plant's words say what it makes before its noun ("a battery plant"): then
    "for electric vehicles" after it is what the product is for, no part of its name."""
    from .naming import plant_words

    said = " ".join(w for w in words.split() if w[:1].islower())
    return bool(plant_words(said))


def _what_for(text: str, mention: RecordMention, end: int) -> None:
    """An English plant's noun followed by what it is for: the words join its name."""
    if mention.kind != "projects" or mention.end != mention.span_end:
        return
    if not rx.search(rf"{PROJECT_NOUNS_EN}$", text[mention.start : mention.end], re.IGNORECASE):
        return
    # "a composite factory to produce textile": the verb says what it makes, whatever
    # the words before its noun; "a battery plant for electric vehicles" says what the
    # product is for
    said = _TO_MAKE.match(text, mention.end, end)
    town = _TOWN_BETWEEN.match(text, mention.end, end)
    if said is None and town is not None:
        said = _TO_MAKE.match(text, town.end(), end)
    if said is None:
        said = _FOR_PRODUCT.match(text, mention.end, end) or _FOR_THE_WORK_OF.match(
            text, mention.end, end
        )
        if said is None or _product_before(text[mention.start : mention.end]):
            return
    words = said.group()
    if said.start() != mention.end:
        # (the town between stays no word of the name, which the convention ends with it)
        mention.span_end = said.end()
        if mention.name:
            mention.name += words
        if mention.described:
            mention.described += words
        return
    mention.end = mention.span_end = said.end()
    if mention.name:
        mention.name += words
    if mention.described:
        mention.described += words


# "un accord sous forme de mémorandum d'entente", "an agreement in the form of a memorandum":
# one agreement, the instrument its form.
_IN_THE_FORM_OF = re.compile(
    r"\b(?:accord|agreement) (?:sous (?:la )?forme (?:de |d'un |d'une |d')|in the form of (?:an? )?)"
)


_INSTRUMENT_BRACKETED = re.compile(
    r"\b(?:accord|agreement)(?: (?!pour |for |to |with |avec |entre |between )[\w'’-]+){0,3}"
    r"(?P<bracket> \(mou\))"
)


# "called Project Investment Agreement (PIA)", "signed the Host Government Agreement": an
# agreement's own name, its words in capitals, said after the verb that gives or signs it
_NAMED_AGREEMENT = re.compile(
    r"\b(?:called|named|dubbed|known as|titled|signed|inked)(?: (?:a|an|the))? "
    r"(?P<name>(?:(?!(?:The|A|An|This|That|Its|Their)\b)[A-Z][\w-]+ ){1,4}(?:Agreement|Contract))"
    r"(?= \([A-Z]{2,6}\)|[,.;]| in | on | with | between | to | for )"
)


def _agreement_in_a_form(text: str, fold: str, start: int, end: int) -> list[RecordMention]:
    """Each agreement said in the form of another instrument: one mention, from its noun to
    the end of its clause, of that instrument."""
    found: list[RecordMention] = []
    for said in _IN_THE_FORM_OF.finditer(fold, start, end):
        for pattern, instrument in AGREEMENT_NOUNS[:-1]:
            form = re.compile(pattern).match(fold, said.end(), end)
            if form is None:
                continue
            clause = rx.search(r"[,;:.]|$", fold[form.end() : end])
            clause_end = form.end() + (clause.start() if clause else 0)
            name = _agreement_title(text, fold, said.start(), form.end(), clause_end)
            name = rx.sub(r" \([A-Z][A-Za-z]{1,7}\)", "", name)  # its acronym, no part of its name
            found.append(
                RecordMention("agreements", name, said.start(), clause_end, clause_end, instrument)
            )
            break
    # "The agreement, called Project Investment Agreement (PIA), …": its own name, said in
    # capitals after the words that give it
    for said in _NAMED_AGREEMENT.finditer(text, start, end):
        a, b = said.span("name")
        instrument = "contract" if said["name"].endswith("Contract") else "other"
        found.append(RecordMention("agreements", said["name"], a, b, b, instrument))
    # "un accord de principe (MoU)": the bracket says its instrument, no other agreement
    for said in _INSTRUMENT_BRACKETED.finditer(fold, start, end):
        clause = rx.search(r"[,;:.]|$", fold[said.end() : end])
        clause_end = said.end() + (clause.start() if clause else 0)
        name = _capitalise(text[said.start() : said.start("bracket")])
        found.append(RecordMention("agreements", name, said.start(), clause_end, clause_end, "mou"))
    return found


# "un accord de libre-échange", "a free trade agreement", "the preferential trade pact":
# what two countries trade under, said of them, never of a plant
_TRADE_PACT_AFTER = re.compile(
    r" (?:commercial )?(?:de|du) (?:libre[- ]echange|commerce preferentiel)\b"
)
_TRADE_PACT_BEFORE = re.compile(
    # ("mainly for export … under the AGOA trade pact": the countries' pact on trade)
    r"\b(?:free[- ]trade|preferential trade)(?: area)? $|\b(?:the |an? )?[a-z]+ trade $"
)


def _trade_pact(fold: str, a: int, noun_end: int) -> bool:
    """True if the agreement said from ``a`` to ``noun_end`` is a free-trade agreement: the
    countries' pact on their trade, no record of the set (no plant is its)."""
    return bool(
        _TRADE_PACT_AFTER.match(fold, noun_end)
        or _TRADE_PACT_BEFORE.search(fold, max(0, a - 30), a)
    )


def _a_surname(text: str, start: int, a: int, noun_end: int) -> bool:
    """True if "Deal" is written with a capital inside its sentence, no article before it
    ("Gov. Nathan Deal's Office"), or says or owns something ("Deal said Tuesday"): a
    person's name, not a deal."""
    said = text[a:noun_end]
    if said != "Deal":
        return False
    if rx.match(r"(?:['’]s\b| (?:said|says|told|added|announced|noted|stated)\b)", text[noun_end:]):
        return True  # "Deal said Tuesday …": whoever speaks is a person
    if a == start:
        return False
    return not rx.search(
        r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir) $", text[max(start, a - 7) : a]
    )


# Agreements in the plural signed with a number of companies: "lease agreements with eight
# companies", "des conventions avec une dizaine d'entreprises": a tally, no one agreement
_MANY_PARTIES = re.compile(
    r" (?:with|avec) (?:\w+ )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many"
    r"|various|different|numerous|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs"
    r"|une dizaine d'|une vingtaine d'|differentes|diverses|de nombreuses) ?(?:[\w-]+ )?"
    r"(?:companies|firms|investors|entreprises|societes|investisseurs|groupes)\b"
)


# Agreements counted, the last of the tally said as one: "two signed investment agreements
# and one joint venture agreement", "deux accords … et un contrat"
_TALLY_LAST = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|deux|trois|quatre|cinq|six|sept"
    r"|huit|neuf|dix) (?:[\w-]+ ){0,3}(?:agreements|accords|contracts|contrats|conventions"
    r"|memoranda|memorandums)\b,? (?:and|et) (?:one|un|une) (?:[\w-]+ ){0,3}$"
)


# a number said in words or figures, before what it counts
_COUNTING = re.compile(
    r"\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|several|many|some|both|dozens"
)


# "the signing ceremony on the project's partnership", "la signature du partenariat": a
# partnership said as the one signed
_SIGNING_OF = re.compile(
    r"\b(?:signing(?: ceremony)?|signature) (?:on|of|for|du|de la|de ce|de son)"
    r"(?: (?:the|this|its))?(?: [\w-]+['’]s)? $"
)


# "la convention minière", "l'accord industriel": an agreement's kind, said after its noun
_KIND_SAID = re.compile(
    r" (?:[a-z]+(?:iere|ier|iel|ielle|ique|aire|al|ale)|cadre)\b(?! (?:de|du|des|d'|a|au)\b)"
)
# an agreement said before, by its noun
_AGREEMENT_BEFORE = re.compile(
    r"\b(?:accords?|conventions?|contrats?|protocoles?|memorandums?|agreements?|contracts?)\b"
)
# "the result of a partnership with", "le fruit d'un partenariat avec": where a project
# comes from, said of it, no agreement signed or told
_RESULT_OF = re.compile(
    r"\b(?:result|fruit|outcome|product) of (?:a|an|the) (?:[\w-]+ )?$"
    r"|\b(?:fruit|resultat|aboutissement) d'une? (?:[\w-]+ )?$"
)


def agreements_in(text: str, fold: str, start: int, end: int) -> list[RecordMention]:
    found: list[RecordMention] = _agreement_in_a_form(text, fold, start, end)
    sentence = fold[start:end]
    for pattern, instrument in AGREEMENT_NOUNS:
        for match in rx.finditer(pattern, sentence):
            a, noun_end = start + match.start(), start + match.end()
            if any(m.start <= a < m.span_end or a <= m.start < noun_end for m in found):
                continue
            before = sentence[max(0, match.start() - 22) : match.start()]
            if _trade_pact(fold, a, noun_end):
                continue
            word = fold[a:noun_end]
            if word in ("entente", "ententes") and not rx.match(
                r" (?:avec|pour|entre|de principe|sur|portant|visant|relative|d'investissement)\b",
                fold[noun_end:end],
            ):
                continue  # "une bonne entente depuis des années": a harmony, no deal
            if _a_surname(text, start, a, noun_end):
                continue  # "Gov. Nathan Deal's Office", "Deal said": a person, no deal
            if word in ("partenariat", "partnership") and _RESULT_OF.search(before):
                continue  # "the project is the result of a partnership with X": no deal told
            if word in ("partenariat", "partnership") and _ANAPHORA.search(before):
                clause = rx.search(r"[;.]|$", fold[noun_end:end])
                found.append(
                    RecordMention(
                        "agreements",
                        None,
                        a,
                        noun_end,
                        noun_end + (clause.start() if clause else 0),
                        instrument,
                        noun=text[a:noun_end],
                    )
                )
                continue
            if word in ("partenariat", "partnership") and (
                not (
                    rx.search(r"(?:un|d'un|a) $", before)
                    # "the signing ceremony on the project's partnership": one signed
                    or _SIGNING_OF.search(fold, max(start, a - 40), a)
                )
                or rx.search(r"projets? de $", before)
            ):
                continue
            if word in ("partenariat", "partnership") and (
                _PARTNERSHIP_AIMED.search(fold, max(start, a - 40), a)
                or _CLOSER.match(fold, noun_end)
            ):
                continue  # "Forger un partenariat économique plus étroit": an aim, no deed
            plural = rx.search(
                r"(?:^|\s)(?:agreements|accords|contracts|contrats|conventions|memorand\w+s)$"
                r"|^(?:protocoles|memoranda|memorandums|mous)\b",
                word,
            )
            if plural and _MANY_PARTIES.match(fold, noun_end, end):
                continue  # "has signed lease agreements with eight companies": a tally
            if not plural and _TALLY_LAST.search(sentence, 0, match.start()):
                # "… include two signed investment agreements and one joint venture
                # agreement": the last of a tally, none named
                continue
            signed = _signed_together(text, fold, start, a, noun_end, end) if plural else None
            if not signed and (
                _QUANTIFIED.search(before) or rx.search(r"(?:projets|accords) de $", before)
            ):
                continue
            if plural and not signed:
                continue  # "three investment agreements": several, none named
            clause = _CLAUSE_END.search(fold[noun_end:end])
            clause_end = noun_end + (clause.start() if clause else 0)
            country_then = rx.match(
                r", (?:[A-Z][\w'’-]+ ?){1,3}(?=, (?:entre|between) )", text[clause_end:end]
            )
            if country_then:
                # "… a fertiliser plant in Kelvoville, Ethiopia, between X and Y": the
                # plant's country, then whom it was signed between
                clause_end += country_then.end()
            if rx.match(r", (?:entre|between) ", fold[clause_end:end]):
                # "La signature du contrat … a eu lieu à Luanda, entre X et Y": whom it
                # was signed between, said after the clause
                after = _CLAUSE_END.search(fold, clause_end + 2, end)
                clause_end = after.start() if after else end
            listed = _COUNTERPARTS_LISTED.match(text, clause_end, end)
            if listed and rx.search(r"\b(?:with|avec) ", fold[noun_end:clause_end]):
                # "des contrats avec A, B, C et D pour construire cette usine": the
                # counterparts listed, then what the agreement is for
                after = _CLAUSE_END.search(fold, listed.end(), end)
                clause_end = after.start() if after else end
            clause_end = _between_both(fold, noun_end, clause_end, end)
            verb = _CLAUSE_VERB.search(fold, noun_end, clause_end)
            if verb and rx.match(
                # (parties by their names: "a partnership between a Chinese and an
                # Icelandic company has been formed to build …" keeps its purpose)
                r" (?:between|entre) (?:the |la |le |l')?[A-Z][^,;:]+ (?:and|et) ",
                text[noun_end : verb.start()],
            ):
                # "The MoU between X and the Y town council was based on …": the title
                # ends where the sentence's verb begins
                clause_end = verb.start()
            complement = fold[noun_end:clause_end]
            if _OCCASION_TAKEN.search(fold, max(start, a - 60), a):
                # "a profité de la signature de l'accord pour dévoiler …": the purpose is
                # the occasion's, the agreement one said before
                found.append(
                    RecordMention(
                        "agreements", None, a, noun_end, noun_end, instrument, noun=text[a:noun_end]
                    )
                )
                continue
            kind_said = _KIND_SAID.match(fold, noun_end, clause_end)
            if (
                kind_said
                and rx.search(r"(?:la|le|l') ?$", before)
                and not _AGREEMENT_BEFORE.search(fold, 0, a)
            ):
                # "La convention minière signée lundi entre X et Y": the article's first
                # agreement, said by its noun and its kind, is named by them
                name = _capitalise(text[a : kind_said.end()])
                found.append(
                    RecordMention("agreements", name, a, kind_said.end(), clause_end, instrument)
                )
                continue
            if rx.search(r"\bprojet de $", before) and _AGREEMENT_BEFORE.search(
                fold, 0, max(0, a - 11)
            ):
                # "un projet de convention à l'Assemblée nationale pour approbation", after
                # "la convention … signée": its draft, the one said before
                found.append(
                    RecordMention(
                        "agreements", None, a, noun_end, noun_end, instrument, noun=text[a:noun_end]
                    )
                )
                continue
            if (
                _ANAPHORA.search(before)
                or _COSTED_ANAPHORA.search(before)
                or SUM_OF_THE_DEAL.search(before)
                or _TERMED_ANAPHORA.search(before)
                or (
                    _OWNER_ANAPHORA.search(text, max(start, a - 30), a)
                    and not rx.match(r" ?[\w'-]", fold[noun_end:clause_end])
                )
            ) and not rx.match(
                # "the contract to be signed": its signing to come, no purpose ("signed the
                # agreement on behalf of the X government": who signed it, no subject)
                r" (?:de |d'|entre|pour|on (?!behalf\b)|for |to (?!be )|between)",
                complement,
            ):
                found.append(
                    RecordMention(
                        "agreements",
                        None,
                        a,
                        noun_end,
                        clause_end,
                        instrument,
                        noun=text[a:noun_end],
                    )
                )
                continue
            if (
                instrument == "partnership"
                and not _PARTNERS_DEED.fullmatch(word)
                and not rx.search(
                    r"\b(?:pour|entre|for|between|with|avec|de cooperation)\b", complement
                )
            ):
                continue  # "le fruit d'un partenariat algéro-turc": no agreement named
            head = _modified_from(text, a) if _ENGLISH_AGREEMENT.fullmatch(word) else a
            # ("the project's partnership between X and Y": a noun its owner qualifies)
            owned = bool(rx.search(r"\b[\w-]+['’]s $", text[max(start, a - 30) : a]))
            name = _agreement_title(
                text, fold, a, noun_end, clause_end, qualified=head < a or owned
            )
            if (
                signed
                and signed.bare
                and not (
                    # ("des contrats avec A, B et C pour construire cette usine": what they are
                    # for, said after the counterparts listed, titles them as it does one
                    # contract; "contracts with X to develop …" stay bare)
                    rx.match(r" (?:pour|to) [a-z]", name[noun_end - a :])
                    and not rx.search(r" (?:with|avec) ", name)
                    and rx.match(
                        r" (?:with|avec) [^;:]*, [^;:]* (?:pour|to) ", fold[noun_end:clause_end]
                    )
                )
            ):
                name = _capitalise(text[a:noun_end])
            if signed and signed.draft:
                head = a - len(signed.draft)  # "deux projets de conventions …"
            if head < a:
                name = _capitalise(f"{text[head:a]}{name[:1].lower()}{name[1:]}")
            if instrument == "other" and rx.search(
                r"\b(?:joint[- ]venture|partnership|consortium)\b", fold[head:a]
            ):
                instrument = "partnership"  # "a joint venture agreement": a partners' deed
            found.append(
                RecordMention("agreements", name, head, clause_end, clause_end, instrument)
            )
    # "la coopération institutionnelle entre X et Y": an agreement by its parties.
    for match in rx.finditer(r"\bcooperation institutionnelle entre\b", sentence):
        a = start + match.start()
        clause = rx.search(r"[,;.]|$", fold[a:end])
        b = a + (clause.start() if clause else 0)
        found.append(RecordMention("agreements", _capitalise(text[a:b]), a, b, b, "partnership"))
    return sorted(found, key=lambda m: m.start)


_ZONE_NAMED = re.compile(
    r"\b(?:(?!(?:The|This|That|A|An|Its|Their)\b)[A-Z][\w'’-]+ ){1,4}(?:Industrial Park"
    r"|(?:Special |Free )?Economic Zone"
    r"|Free (?:Trade )?Zone|Industrial Zone|Industrial Estate)\b"
)
_ZONE_BUILT_BEFORE = re.compile(
    r"\b(?:ceremony|construction|development|groundbreaking|ground breaking|launch|inauguration"
    r"|foundation stone) (?:of|for) the $"
)
_ZONE_SUBJECT_BEFORE = re.compile(r"(?:^|[.!?] |\n)The $")
_ZONE_BUILT_AFTER = re.compile(
    r" (?:will|would|is to|is|are) (?:be )?(?:being )?(?:built|constructed|developed|established"
    r"|set up|cover|span)\b"
)


# "Forger un partenariat …", "to strengthen a partnership": a partnership aimed at
_PARTNERSHIP_AIMED = re.compile(
    r"\b(?:forger|renforcer|batir|approfondir|consolider|forge|strengthen|deepen|foster|enhance)"
    r" (?:un|une|le|leur|notre|a|an|the|their|our) (?:[\w-]+ )?$"
    # "a salué « un partenariat gagnant-gagnant »", "hailed a win-win partnership": praise,
    # no deed
    r"|\b(?:salue\w*|felicite\w*|hail\w*|prais\w*|welcom\w*|lauded)\W+(?:un|une|le|a|an|the)"
    r" (?:[\w-]+ )?$"
)
# "un partenariat économique plus étroit", "a closer partnership": a partnership to come
_CLOSER = re.compile(r" (?:[a-z]+ )?(?:plus (?:etroit|fort|solide)|closer|stronger|deeper)\b")
# "contrat de partenariat", "partnership contract": a deed by its noun, an agreement even
# with no parties said after it (a bare "partenariat" may be a mere collaboration)
_PARTNERS_DEED = re.compile(
    r"(?:contrats?|conventions?) de partenariat|partnership (?:contract|agreement)s?"
    # "un accord-cadre portant sur …", "a framework agreement": a deed by its noun
    r"|accords?[- ]cadres?|framework agreements?"
)
_ENGLISH_AGREEMENT = re.compile(r"agreements?|contracts?|deal|memorandum|partnership|pacts?")
# "a signé mercredi des accords pour …", "have signed two investment contracts with …": a
# verb of signing before agreements in the plural, a few words of its clause between (its
# day, its town, how many), or said after them ("10 agreements were signed between …").
_SIGNED_BEFORE = re.compile(
    r"\b(?:signe|signent|signeront|paraphe|paraphent|signed|signs|sign|inked|conclu|concluded)"
    r"(?: [^\s,;:.]+,?){0,7}? (?P<draft>projets? de )?$"
)
_SIGNED_AFTER = re.compile(
    r" (?:were|have been|had been|will be|ont ete|sont|seront|avaient ete) "
    r"(?:signed|inked|concluded|signes|signees|conclus)\b"
)
# What several agreements signed together are for, or the counterpart they name.
_SIGNED_FOR = re.compile(
    r"(?: [^\s,;:.]+){0,3}? (?:pour|for|to|on|portant sur|relati(?:ve|f)s a|aimed at) "
)
_SIGNED_WITH = re.compile(
    r"(?: [^\s,;:.]+){0,3}? (?:with|avec|between|entre) (?:[^\s,;:.]+ ){0,3}?[A-Z]"
)


# A sum said between an agreement's noun and what it is for (folded): " de 200 millions de
# dollars ", " worth $50 million "
_SUM_BETWEEN = re.compile(
    r" (?:de|d'un montant de|d'une valeur de|of|worth|valued at) (?:(?:us)?\$|€|£)? ?\d[\d.,]*"
    r"(?: ?(?:millions?|milliards?|billions?|mln|bn|m))?"
    r"(?: (?:de |d')?(?:dollars?|euros?|usd|eur|fcfa|francs cfa|dollars americains))? ?"
)
# Capitalised names listed, commas between and "and" before the last
_LISTED_NAMES = re.compile(r"(?:(?:[A-Z][\w&.'’-]*|and|et|of|de),? )+")


def _span(match: re.Match[str], group: int, offset: int) -> tuple[int, int]:
    """Where ``group`` of ``match`` (matched from ``offset`` on) lies in the text."""
    return offset + match.start(group), offset + match.end(group)


# The rest of a list of counterparts after the first's comma: ", Samsung Engineering, Hyundai
# Engineering and Korean Gas Corporation" (capitalised names, the last after "and" or "et")
_NAME_LISTED = r"[A-Z][\w&.'’-]*(?: (?:[A-Z&][\w&.'’-]*|of|de|du|des))*"
_COUNTERPARTS_LISTED = re.compile(rf"(?:, {_NAME_LISTED})*,? (?:and|et) {_NAME_LISTED}")


@dataclass(frozen=True)
class _Together:
    draft: str  # "projets de " before the noun, part of the title
    # "10 agreements were signed between …", "two contracts with X to develop …": named
    # by their noun alone, unless what they are for follows it (each may be for another)
    bare: bool


def _signed_together(
    text: str, fold: str, start: int, a: int, noun_end: int, end: int
) -> _Together | None:
    """Agreements in the plural signed together, one record as the press says them: signed
    in so many words, and said with what they are for or with a named counterpart ("26
    conventions … signés entre les deux pays" names neither)."""
    before = _SIGNED_BEFORE.search(fold, max(start, a - 80), a)
    after = _SIGNED_AFTER.match(fold, noun_end, end)
    if before is None and after is None:
        return None
    rest = noun_end if after is None else after.end()
    if not (_SIGNED_FOR.match(fold, rest, end) or _SIGNED_WITH.match(text, rest, end)):
        return None
    bare = (
        after is not None
        or not _SIGNED_FOR.match(fold, noun_end, end)
        or bool(rx.match(r" (?:with|avec|between|entre) ", fold[noun_end:end]))
    )
    return _Together(before.group("draft") or "" if before else "", bare)


# "the $200 million agreement": the one spoken of, said with its cost.
_COSTED_ANAPHORA = re.compile(
    r"\b(?:the|this|that|le|la|l'|ce|cet|cette) (?:(?:us)?\$|€|£)? ?\d[\d.,]*"
    r"(?: ?(?:million|billion|mln|bn|m|millions|milliards?))?(?: (?:de )?(?:dollars?|euros?|usd))? $"
)
# "a profité de la signature de l'accord pour …", "used the signing of the deal to …": an
# occasion taken, the agreement said again and what follows the occasion's purpose
_OCCASION_TAKEN = re.compile(
    r"\b(?:profit\w*|a saisi l'occasion|saisissant l'occasion) de (?:la (?:signature|conclusion) de )?"
    r"(?:l'|cet |cette |ce )$"
    r"|\b(?:used|uses|using|took advantage of|taking advantage of|seized on) the (?:signing|signature|conclusion) of (?:the|this) $"
)
# "the 15-year contract", "the ten-year agreement": an agreement said again by its term
# "Le montant du contrat est de 600 millions", "the value of the deal": the agreement said
# before, by what it is worth
SUM_OF_THE_DEAL = re.compile(
    r"\b(?:montant|cout|valeur|value|cost|worth|amount)(?: total| global|e totale| globale)?"
    r" (?:du|de l'|de la|of the) $"
)
_TERMED_ANAPHORA = re.compile(
    r"\b(?:the|this|that) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
    r"fifteen|twenty|twenty-five|thirty|forty|fifty|ninety-nine)[- ]years? $"
)
# Words before an English agreement's noun that say when or how much it is, not what for.
_NOT_AGREEMENT_WORDS = frozenset(
    {"first", "ever", "new", "second", "third", "historic", "major", "landmark", "last", "final"}
    # how many: "twelve agreements were signed"
    | {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"}
    | {"twelve", "twenty", "several", "many", "some", "both", "various", "numerous", "multiple"}
    # a headline's verb: "X signs deal to build …", "Y inks pact"
    | {"signs", "signed", "sign", "inks", "inked", "seals", "sealed", "strikes", "struck"}
    | {"wins", "won", "clinches", "clinched", "secures", "secured", "reaches", "reached"}
    | {"agrees", "agreed", "announces", "announced", "eyes", "mulls", "plans", "sets"}
)


def _modified_from(text: str, a: int) -> int:
    """Where an English agreement's noun phrase begins: the words in lower case before its
    noun that say what it is about ("the first ever steel manufacturing agreement" →
    "steel manufacturing agreement"), its rank, novelty and article aside."""
    head = a
    for word in reversed(rx.findall(r"\S+ ", text[max(0, a - 60) : a])):
        bare = word.strip()
        # ("an oil-for-projects deal", "a build-operate-transfer agreement": words joined by
        # hyphens, one modifier)
        if (
            not bare.replace("-", "").isalpha()
            or not bare.islower()
            or bare in _NOT_AGREEMENT_WORDS
            or not _modifies(bare)
        ):
            break
        head -= len(word)
    return head


_COUNTERPART_AFTER = re.compile(
    r" (?:with|avec) (?:(?:the|la|le|les|l'|l’) ?)?[A-Z][\w'’-]*(?:['’]s)? [A-Z]"
)
_FRAME = re.compile(
    r" (?:as part of|within the framework of|in the framework of|dans le cadre d|"
    r"with (?:an? )?(?:total )?investments?|worth|valued at|d'un montant|pour un montant|"
    r"d'une valeur)\b"
)


# "to this end", "à cet effet": what an agreement is for, said by pointing back at the plant
# the text has just said; and "today", "hier": when it was signed. Neither names it.
_REFERENCE_PURPOSE = re.compile(
    r" (?:to (?:this|that) (?:end|effect)|for (?:this|that|the same) purpose|in this regard|"
    r"a (?:cet|cette) (?:effet|fin|egard)|dans (?:ce|cet) (?:but|sens|objectif)|en ce sens|"
    r"pour ce faire)\b"
)
_SIGNED_WHEN = re.compile(
    r" (?:today|yesterday|tonight|this (?:morning|afternoon|evening|week)|"
    r"aujourd'hui|hier|ce (?:matin|soir|jour)|cette semaine)\b",
    re.IGNORECASE,
)


# "to supply the project with raw materials", "pour approvisionner cette usine", "for its
# new factory": what an agreement is for, said of the plant spoken of
_PLANT_SPOKEN_OF = re.compile(
    r" (?:to|for|pour|afin de) [^,;.()]{0,40}?(?<![\w'])(?P<article>the|this|that|its|their|ce|cet|"
    r"cette|son|sa|leur|le|la|l')(?: |(?<=l'))(?:(?:new|nouvelle?|nouvel|future?) )?"
    r"(?:projects?|plants?|factory|facility|complex|site|projet|usine|complexe|unite|site)\b"
)


def _for_plant_spoken_of(text: str, fold: str, at: int, end: int) -> bool:
    """True if an agreement's purpose (after ``at``) is said of the plant spoken of by a
    demonstrative or an article, its name said before ("a memorandum to supply the project
    with raw materials"): the agreement is named by its noun, the plant left to the link.
    The plant named there ("pour la construction de l'usine de Sétif") is a purpose."""
    said = _PLANT_SPOKEN_OF.match(fold, at, end)
    if said is None:
        return False
    if rx.search(
        r"\b(?:installation|construction|implantation|realisation|build|construct|set up"
        r"|construire|installer|implanter|realiser)\b",
        fold[at : said.start("article")],
    ):
        return False  # "le contrat pour l'installation de cette usine": what it is for
    if said.group("article") not in ("the", "le", "la", "l'"):
        return True
    return not rx.match(r" (?:de|d'|du|des|of|at|in|a) ?[A-Z]", text[said.end() : end])


# What an agreement is for, said after it: "pour", "portant sur", "relatif à", "concernant",
# "visant à", "for", "to", "aimed at", "covering" ("on" may say its day: "on Saturday")
_ABOUT_WORDS = (
    r"(?:pour|for|to|portant sur|relati(?:f|ve|fs|ves) a|concernant|visant a|aimed at|"
    # "un protocole d'accord portant création d'une société mixte": what it founds
    r"portant (?:creation|constitution)|covering|regarding|concerning)"
)
# "dans le centre de ce pays", "dans le nord du pays", "au sud-est du pays", "in the north of
# the country": where in a country a plant lies, no part of what an agreement is for
_COMPASS_POINT = r"(?:centre|center|nord|sud|est|ouest|north|south|east|west)"
_PART_OF_COUNTRY = re.compile(
    rf" (?:dans (?:le |l')|au |a l'|in the )(?:extreme[- ]|far[- ])?{_COMPASS_POINT}"
    rf"(?:[- ]{_COMPASS_POINT})?(?: part)? (?:de |du |d'|des |of )"
)


# The host country said by a common noun: "in the South American country", "dans ce pays".
_THE_COUNTRY = re.compile(
    r" (?:in|within|dans) (?:the|this|that|le|ce) (?:[\w-]+ ){0,2}(?:country|pays)\b"
    # ("… in the Tanzanian capital": the country's capital, said by its noun)
    r"| (?:in|dans) (?:the|la) (?:[\w-]+ )?(?:capital|capitale)\b"
)


# A clause ends at a comma, a semicolon, a colon or a full stop, not at the point or the
# comma inside a figure ("a $2.5 billion venture", "1,500 buses").
def _between_both(fold: str, noun_end: int, clause_end: int, end: int) -> int:
    """Where an agreement's clause ends when it says "entre A et B", "between A and B" and
    a pause falls inside A ("entre « X Company, Limited » une entreprise …, et la zone
    franche de Y"): after the second party, not at A's comma."""
    if not rx.search(r"\b(?:entre|between) ", fold[noun_end:clause_end]):
        return clause_end
    if rx.search(r" (?:et|and) ", fold[noun_end:clause_end]):
        return clause_end
    joined = re.compile(r" (?:et|and) ").search(fold, clause_end, min(end, clause_end + 250))
    if joined is None or rx.search(r"[.;:]", fold[clause_end : joined.start()]):
        return clause_end
    after = _CLAUSE_END.search(fold, joined.end(), end)
    return after.start() if after else end


# (a legal form's point, "with Kelvo Tire Co. to set up …", ends no clause)
_CLAUSE_END = re.compile(
    r"[;:]|,(?!\d)|(?<!\d),|(?<!\bco)(?<!\bltd)(?<!\binc)(?<!\bcorp)(?:\.(?!\d)|(?<!\d)\.)|$"
)
# The verb of the sentence an agreement's noun opens: "The MoU between X and Y was based on".
_CLAUSE_VERB = re.compile(
    r"(?: (?:that|which|qui))? (?:was|were|is|are|has|have|had|will|would|shall|est|sont|a ete"
    r"|ont ete|sera|seront|etait|etaient|avait|avaient)\b"
)
# "between the two parties", "entre les deux parties", "pour les deux partenaires": the
# parties said again, no name
_BETWEEN_THE_PARTIES = re.compile(
    r" (?:between|entre|for|pour) (?:the|both|les|ces) (?:two |deux )?(?:parties|sides|partners|companies|"
    r"partenaires|societes|groupes|camps)\b"
)
# "… a $2.5 billion joint venture", "… d'un complexe de 300 millions de dollars": a purpose
# said with its cost is the project described, no part of the agreement's title
_SUM_SAID = re.compile(
    r"(?:(?:us)?\$|€|£|\b(?:usd|eur|rs|inr|php|p))\s?\d|\d(?:[\d.,]*) ?(?:million|billion|bn|mln|"
    r"milliards?|millions?)?(?: de)? (?:dollars?|euros?|usd|eur|yuan|yen|dirhams?|fcfa|dinars?)\b"
)


# The size of the plant an agreement is for, said after its noun: "d'une capacité de",
# "with an annual capacity of"
_CAPACITY_SAID_AFTER = re.compile(
    r",? (?:d'une?|with an?|avec une?|of an?|having an?) (?:[a-z]+ ){0,2}capacit(?:e|y)\b"
)


# "pour produire 54.000 tonnes par an", "to produce 2 million tonnes a year": so much made
_TO_MAKE_SO_MUCH = re.compile(
    r"(?:pour|for|to) (?:produire|fabriquer|produce|manufacture|make|porter|raise|bring)"
    r"(?: (?:sa|la|leur|its|their|the) (?:production|capacite|capacity) (?:a|to))? \d"
    # "portant sur la réalisation de trois projets", "for the implementation of two
    # projects": projects counted, none said
    r"|(?:portant sur|pour|for|on|concerning) (?:la (?:realisation|mise en oeuvre|execution)"
    r"|the (?:implementation|realisation|realization|execution)) (?:de|d'|of) "
    r"(?:\w+ )?(?:projets|projects)\b"
)
# "on the EUR 18.6-million state subsidy", "sur la subvention de 10 millions d'euros": what
# an agreement is about, its sum said as an adjective before the noun
_SUM_BEFORE_SUBJECT = re.compile(
    r"((?:on|about|regarding|over) (?:the |an? )?)(?:(?:EUR|USD|US\$|\$|€|£) ?[\d.,]+"
    r"(?:[- ](?:million|billion|bn|mln))?-? )((?:[a-z-]+ ){0,2}(?:subsid(?:y|ies)|grant|loan"
    r"|aid|incentives?|financing|funding|credit))"
)


def _agreement_title(
    text: str, fold: str, a: int, noun_end: int, clause_end: int, *, qualified: bool = False
) -> str:
    """ "Un partenariat russo-algérien sera établi pour la fabrication de …" → "Partenariat
    russo-algérien pour la fabrication de …": the noun phrase and what it is for or
    between, without the verb. ``qualified``: words before an English noun say what kind
    of agreement it is ("the registration agreement between X and Y"), which they name."""
    head_end = _np_end(text, fold, noun_end, clause_end)
    owner = rx.fullmatch(r" (?:d['’]|de )([A-Z][\w&-]+)", text[noun_end:head_end])
    if (
        owner
        and not countries_in(folded(owner[1]))
        and not places_in(folded(owner[1]))
        and text.count(owner[1]) >= 2
    ):
        head_end = noun_end  # "Le contrat d'Alstom signé …": whose it is, no word of its name
    parties = _BETWEEN_THE_PARTIES.match(fold, head_end, clause_end)
    if parties:
        clause_end = head_end  # the parties said again: the noun phrase names it
    if _REFERENCE_PURPOSE.search(fold, head_end, clause_end) or _for_plant_spoken_of(
        text, fold, head_end, clause_end
    ):
        clause_end = head_end  # "an agreement with Bepza to this end": for the plant said
    if rx.match(r" (?:to|à|au|aux) (?:the |la |le |l'|l’)?[A-Z]", text[head_end:clause_end]):
        # "handed over a lease agreement to Tengy Cement for …": whom it is given to, no
        # part of its title, nor what follows
        clause_end = head_end
    # "conventions relatives à …": what they are about, said by a participle
    about = rx.search(r" relati(?:f|ve|fs|ves)$", fold[noun_end:head_end])
    head_end = noun_end + about.start() if about else head_end
    day = rx.match(
        r" (?:on |last |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
        fold[head_end:clause_end],
    )
    if day:
        head_end += day.end()  # "an agreement on Tuesday with X to build …": when, no purpose
    rest = fold[head_end:clause_end]
    purpose = rx.search(rf"\b(?:{_ABOUT_WORDS}|entre|on|between) ", rest)
    if purpose is not None and rx.match(
        r"(?:for|pour) (?:some |about |environ |quelque )?\d[\d.,]* ?(?:ha|hectares?|acres?"
        r"|square|sq\.?|m2|m²|km2|km²|metres carres|mètres carrés)\b",
        rest[purpose.start() :],
    ):
        purpose = None  # "a lease agreement was signed for 27.8 ha of land": how much land
    if purpose is not None and _BETWEEN_THE_PARTIES.match(" " + rest[purpose.start() :]):
        purpose = None  # "… mutuellement bénéfique pour les deux partenaires": whom it serves
    if day and purpose is not None and purpose.start() <= 1:
        # "signed a memorandum of understanding on Monday to construct a plant …": the day
        # said between the noun and what it is for, which names the plant, not the memorandum
        purpose = None
    title = text[a:head_end]
    # "la convention … conclue entre X et Y": who concluded it, not its name; so too after
    # a noun the text qualifies ("un partenariat stratégique entre X et Y", "a memorandum of
    # understanding (MoU) between X and Y"), which its qualifier names; a bare noun ("un
    # partenariat entre Moscou et Alger") is told apart by the parties it is between.
    verb = (
        purpose is not None
        and rx.match(r"\b(?:entre|between)", rest[purpose.start() :])
        and (
            head_end > noun_end
            or qualified
            or rx.search(
                r"\b(?:conclue?s?|signee?s?|paraphee?s?|concluded|signed|inked|agreed|reached)\b",
                rest[: purpose.start()],
            )
        )
    )
    # "un contrat avec la société X pour la construction de …": the counterpart said before
    # what it is for is no part of its name; "un accord avec le ministère de la Pêche", said
    # for nothing, is named by its counterpart; "a contract from the state and X to build
    # …", whom it was received from, so too.
    counterpart = rx.match(rf" ?(?:avec|with|from) (?:[\w'’-]+ ){{0,8}}?(?={_ABOUT_WORDS} )", rest)
    if counterpart is None:
        # ("des contrats avec A, B, C et D pour …": counterparts listed, commas and all)
        listed = rx.match(rf" ?(?:avec|with) ((?:[\w'’&.-]+,? ){{0,20}}?)(?={_ABOUT_WORDS} )", rest)
        if (
            listed
            and "," in listed[1]
            and _LISTED_NAMES.fullmatch(text, *_span(listed, 1, head_end))
        ):
            counterpart = listed
    near = (
        purpose is not None
        and (
            bool(counterpart and purpose.start() <= counterpart.end())
            or bool(rx.fullmatch(r"(?: [\w'-]+){0,4} ?", rest[: purpose.start()] or " "))
            # "un contrat de 200 millions de dollars pour la construction de …": its sum
            # between the noun and what it is for
            or bool(_SUM_BETWEEN.fullmatch(rest[: purpose.start()]))
        )
    )
    framed = _FRAME.search(fold, head_end, clause_end) if purpose else None
    subsidy = purpose is not None and _SUM_BEFORE_SUBJECT.fullmatch(
        text, head_end + purpose.start(), clause_end
    )
    if purpose and not verb and near and subsidy:
        # "the contract on the EUR 18.6-million state subsidy": what it is about, its sum
        # no word of its title
        title += f" {subsidy[1]}{subsidy[2]}"
    elif (
        purpose
        and not verb
        and near
        and _SUM_SAID.search(
            fold, head_end + purpose.start(), framed.start() if framed else clause_end
        )
    ):
        pass  # "… to set up a $2.5 billion joint venture": the project, said by its cost
    elif purpose and not verb and near:
        said = text[head_end + purpose.start() : clause_end]
        # "… as part of a partnership", "… with investments amounting to $800 million":
        # the frame or the cost said after what it is for, no part of its title
        frame = _FRAME.search(folded(said))
        said = said[: frame.start() if frame else len(said)]
        # "… d'une aciérie d'une capacité de 500 000 tonnes par an …", "… with a capacity
        # of …": the plant's size, a figure of the project's, no part of the title
        sized = _CAPACITY_SAID_AFTER.search(folded(said))
        said = said[: sized.start() if sized else len(said)]
        if _TO_MAKE_SO_MUCH.match(folded(said)):
            # "un accord d'extension de l'usine pour produire 54.000 tonnes par an": what
            # it is for, said by the plant's size alone, no part of its title
            said = ""
        # "… to build the plant with Nigeria's Sovereign Investment Authority": the
        # counterpart named after what it is for is no part of its title either
        counterpart = _COUNTERPART_AFTER.search(said)
        said = said[: counterpart.start() if counterpart else len(said)]
        # "… on land lease at the industrial cluster": where, no part of its title
        where = rx.search(r" (?:at|in) the (?:[\w-]+ ){0,3}(?:cluster|zone|park|estate)\b", said)
        # "… dans le centre de ce pays", "… in the north of the country": the part of the
        # country it lies in, no part of its title either
        part = _PART_OF_COUNTRY.search(folded(said))
        where = part if part and (where is None or part.start() < where.start()) else where
        # "… in the South American country", "… dans ce pays": the country said by a noun
        country_said = _THE_COUNTRY.search(folded(said))
        if country_said and (where is None or country_said.start() < where.start()):
            where = country_said
        # "… d'une usine de production en Arabie saoudite": a country is no part of a French
        # title (the English keeps it: "… industrial zone in Egypt")
        for there in rx.finditer(r" (?:en|au|aux) (?=[A-Z])", said):
            country = countries_in(folded(said[there.end() :]))
            if country and country[0].start == 0:
                where = where if where and where.start() < there.start() else there
                break
        kept = said[: where.start() if where else len(said)].strip()
        if where:
            # "… cette usine située dans l'Ouest du pays": the participle went with where
            kept = rx.sub(r" (?:situee?s?|située?s?|located|situated)$", "", kept)
        # "… pour la réalisation au Maroc d'un projet …": the country cut off what the
        # purpose's noun was of; a noun of doing alone says nothing, the noun names it
        if not (where and rx.fullmatch(r"(?:pour|for) (?:la |le |l'|l’|the )?\w+", kept)):
            title += " " + kept
    elif (
        purpose is None
        and rx.match(r" ?(?:avec|with) (?:le|la|l'|les|the) [a-z]", text[head_end:clause_end])
        and len(rest.split()) <= 9
        # ("un partenariat avec la société brésilienne Kelvasil": a company by its name, a
        # party, no word of the title)
        and not _COMPANY_NOUN_THEN_NAME.search(text, head_end, clause_end)
    ):
        # "un accord avec le ministère de la Pêche", said for nothing, is named by its
        # counterpart said by a common noun; a counterpart said by its name ("a partnership
        # with Kelvo Industries", "an agreement with the Icelandic government") is its party,
        # no word of its title
        title += " " + text[head_end:clause_end].strip()
    # "Un accord pour la construction de l'usine … a été signé jeudi": the verb ends it
    verb = rx.search(
        r" (?:a|ont|avait|avaient|est|sont|sera|seront|fut|doit|doivent|was|were|has|have|had|"
        r"will|is|are)(?: (?:to|etre))? (?:ete |been |be )?(?:\w+ment |officially |formally )?"
        r"(?:signee?s?|paraphee?s?|conclue?s?|approuvee?s?|ratifiee?s?|signed|initialled|concluded|approved|ratified|inked)\b"
        # "La signature du contrat pour … a récemment eu lieu": its signing took place
        r"| (?:a|ont) (?:\w+ment )?eu lieu\b| took place\b",
        folded(title),
    )
    if verb and verb.start() > 8:
        title = title[: verb.start()]
    # "signed a deal Monday with X to …": when it was signed, no part of its title
    title = rx.sub(
        r" (?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", "", title
    )
    title = _SIGNED_WHEN.sub("", title)
    # "an investment deal with Iraq in 2019": when it was signed, no part of its title
    title = rx.sub(r" (?:in|en) (?:19|20)\d\d$", "", title.strip())
    title = rx.sub(r"^(?:un|une|le|la|l'|l’|the|an?|d'un|d’un) ", "", title, flags=re.IGNORECASE)
    # "an agreement to build a large sugar factory": the plant's size in a word, as its
    # name leaves it out
    title = rx.sub(r"\b(a|the) (?:large|big|huge|giant|major) (?=[b-df-hj-np-tv-z])", r"\1 ", title)
    # "memorandum of understanding (MoU)": its acronym is no part of its title
    title = rx.sub(r" \([A-Z][A-Za-z]{1,7}\)$", "", title.strip())
    return _capitalise(title.strip())


# "la société brésilienne Kelvasil", "the Chinese company Kelvo": a company's noun, then
# its name
_COMPANY_NOUN_THEN_NAME = re.compile(
    r"\b(?:societe|société|groupe|entreprise|firme|compagnie|company|firm|group)"
    r"(?: [a-zà-ÿ-]+)? [A-Z]"
)


# Words that tell a plant from the one the article is about: "another", "a second", "une
# autre", "la deuxième", "other", "existing", "its sister plant", "will also build"…, said
# just before it.
_TOLD_APART = re.compile(
    r"\b(?:also|aussi|egalement|another|one more|other|others|second|third|fourth|additional|further|existing|sister|"
    r"separate|different|similar|autres?|deuxiemes?|seconde?s?|troisiemes?|quatriemes?|"
    r"existante?s?|actuelle?s?|supplementaires?|soeurs?|premiere?s?|first)\b"
)
# "two factories", "deux usines", "both plants", "les trois unités": the text counts plants.
_PLANTS_COUNTED = re.compile(
    r"\b(?:two|three|four|five|both|several|twin|deux|trois|quatre|cinq|plusieurs|[2-9])"
    r"(?: [\w-]+){0,2} (?:plants|factories|mills|units|complexes|facilities|smelters|"
    r"refineries|usines|unites|complexes|cimenteries|raffineries|centrales|sites|"
    # "two big industrial enterprises – a metallurgic plant … and a cement factory"
    r"industrial enterprises|entreprises industrielles)\b"
)


# "a multimillion-dollar factory": a cost said in one word, with no sum
_ONE_WORD_COST = re.compile(r"\b(?:a|an) (?:new )?(?:multi-?)?(?:million|billion)-dollar $")


def costed_before(fold: str, start: int, at: int) -> bool:
    """True if the plant said at ``at`` is said with its own cost before its noun ("a 720
    billion won ($768 million) dockyard"); "a multimillion-dollar factory" says no sum."""
    said = _COSTED.search(fold, max(start, at - 60), at)
    return said is not None and not _ONE_WORD_COST.search(said.group())


def told_apart_before(fold: str, start: int, at: int, end: int) -> bool:
    """True if the words just before a plant's mention at ``at`` (from ``start``, its
    sentence's opening), or its own first word, say it is another plant than the article's
    ("a second factory", "une autre usine", "its existing plant", "Another production
    facility"), or one its owner already has or had."""
    if held_plant_before(fold, start, at):
        return True
    first = rx.match(r"[\w'-]+", fold[at:end])
    before = fold[max(start, at - 40) : at] + (" " + first.group() if first else "")
    if _FORMER_WORD.search(before):
        return True
    return bool(_TOLD_APART.search(before))


def plants_counted(fold: str) -> bool:
    """True if the text counts plants ("two factories", "les deux usines"): it speaks of
    more than one, and tells them apart. Plants counted as ones the owner already has
    ("is currently operating two manufacturing plants in Moldova") are not the article's."""
    held = False
    for m in _PLANTS_COUNTED.finditer(fold):
        if _OPERATING_ALREADY.search(fold, max(0, m.start() - 40), m.start()):
            held = True
        elif not (
            held
            and rx.search(r"\b(?:the|les|ces|these) $", fold[max(0, m.start() - 6) : m.start()])
        ):
            return True  # ("working at the two plants": the ones held, said again)
    return False


_OPERATING_ALREADY = re.compile(
    r"\b(?:already|currently|deja|actuellement) (?:(?:is|are) )?"
    r"(?:operating|operates|runs|running|owns|has|have|exploite|possede|compte|dispose de) $"
    # ("Kelvo Tekstil exploite déjà deux usines en Turquie": the adverb after the verb)
    r"|\b(?:exploite|exploitent|possede|possedent|compte|dispose de|operates|runs|owns|has)"
    r" (?:deja|actuellement|already|currently) $"
)
