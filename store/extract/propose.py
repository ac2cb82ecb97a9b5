"""The reading of one article, sentence by sentence: who and what it names, and which
record each figure, date, status, place and sector it states is about.

A fact goes to the record named nearest it in its sentence, else to the one spoken of last
("ce projet", "l'usine"); facts stated of records announced before they are named ("deux
complexes …") wait for the next record named.

A project the text gives no proper name is named as the analyst names it (naming.py):
the text's noun phrase for it, without novelty, quality or rank, and its town — "Cimenterie
de Bobo-Dioulasso", "Sugar factory at Moamba" ("in the <zone>" for a zone; the noun phrase
alone when the text names no town); two records so named alike are one."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

import msgspec

from ..claim_values import ClaimValueError
from ..models import DateValue, Source
from ..text import fold
from . import calibration, cities, figures, matching, naming, places, rx
from .cities import countries_of_towns, world_town_country
from .figures import figures_in, sum_of_a_plant
from .lexicon import (
    BUILT,
    DATE_CUES,
    EMPLOYS_NOW,
    FUTURE,
    OPENING_AHEAD,
    PROJECT_NOUNS_EN,
    PROJECT_NOUNS_FR,
    SECTORS,
    STATUS_CUES,
    SectorWords,
)
from .names import (
    PersonMention,
    a_person_by_surname,
    country_subsidiary_end,
    orgs_in,
    people_in,
    surnames_said_alone,
    title_org,
)
from .places import (
    CountryMention,
    Place,
    countries_in,
    countries_of_regions,
    far_from,
    names_said_as_regions,
    names_said_as_towns,
    nationality_word,
    places_in,
    region_after,
    said_as_site,
    unknown_places,
    us_states_said,
    world_subdivision_country,
)
from .proposal import NewRecord, Proposal, conflicts_with, typed_value
from .records import (
    RecordMention,
    agreements_in,
    aside_plant,
    goods_for,
    held_plant_before,
    other_plants_in,
    plants_counted,
    projects_in,
    told_apart_before,
)
from .segment import (
    Sentence,
    folded,
    headline_end,
    sentences,
    strip_span,
    unwrapped,
    without_long_runs,
)
from .when import DateMention, ahead_of, dates_in, days_named, from_latest_day, lead_day

# "Wayne County", "le comté de Harlan": a county, no town
_COUNTY = re.compile(r"\bCounty$|^(?:le )?[Cc]omt[ée] d(?:e |')")
# "the city of Goldsboro", "la ville de Kelburg": a town, said as one
_TOWN_SAID = re.compile(
    r"\b(?:[Cc]ity|[Tt]own|[Vv]illage|[Mm]unicipality) of ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})"
    r"|\b(?:ville|commune) d(?:e |['’])([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})"
)

_AS_SECTOR_BEFORE = re.compile(
    r"\b(?:secteurs?|industries?|filieres?|domaines?)(?: de la| de l'| du| des| d')? ?$"
)
_AS_SECTOR_AFTER = re.compile(r" (?:sectors?|industry|industries)\b")
_AS_SECTOR_WORD = re.compile(r"\b(?:secteur|sector|industr|filiere)")
# "… and Investment PLC", "… Company Ltd": the rest of a company's name
_COMPANY_FORM_AFTER = re.compile(
    r"(?:\s+(?:and|&|[A-Z][\w'-]*))*?\s+(?:PLC|Plc|Ltd\.?|Limited|S\.?A\.?|SARL|Inc\.?|"
    r"Company|Co\.|Group|Corporation|Corp\.?|Holdings?)\b"
)
# "une production annuelle de 200 000 véhicules", "an annual output of 300,000 cars", "will
# assemble 50,000 tractors a year", "une capacité de 20 000 motos par an": a count of the
# plant's output, right before what it makes
_OUTPUT_COUNTED = (
    r"\b(?:production|output|capacity|capacite|produce|produces|producing|produira|produire"
    r"|assemble|assembles|assemblera|assembler|fabriquera|fabriquer|manufacture|manufactures)"
    r"(?: (?:annuelle|annual|de production|production|totale|total|initiale|initial|maximale"
    r"|maximum|of up to|de plus de|d'environ|jusqu'a|up to|around|about|some|nearly|more than))*"
    r" (?:de |d'|of )?(?:up to |around |about |some |nearly |more than |plus de |pres de |environ )?"
    r"\d[\d  .,]*(?: (?:millions?|milliers|mille|thousand|million))? (?:de |d'|of )?$"
)
# The words that say metals of any kind, not steel's own.
_BROAD_METAL = re.compile(r"metallurgi\w*|metallurgical")
# What a plant is said to do as its business: "le cœur de métier de cette nouvelle unité sera
# de traiter …", "l'activité principale de l'usine", "the plant's core business will be …".
_PLANT_BUSINESS = re.compile(
    r"\b(?:coeur de metier|activite principale|metier|vocation) (?:de |du |d')(?:cette |ce |la |le |l')?"
    r"(?:(?:nouvelle|nouvel|nouveau|future?) )?(?:unite|usine|site|complexe|fabrique|projet)\b"
    r"|\b(?:the |this |its )?(?:new )?(?:plant|factory|unit|facility|complex|site)['’]s (?:core|main|principal) "
    r"(?:business|activity|purpose)\b"
)
# A company called by its trade after its noun, as a partner or a shareholder: "un accord
# avec la société minière arménienne X", "dont l'actionnaire est le groupe automobile Y": that
# company's trade, not the plant's (the company that opens the sentence and builds it, "Le
# groupe agro-industriel X va créer", or whose the project is, "ce projet du groupe
# agro-industriel", lends its own)
_COMPANY_NOUN_ADJECTIVE = re.compile(
    r"(?<!\bdu )(?<!\bde la )(?<!\bdes )(?<!\bd')(?:\b(?:la|le|les|l'|une?) )?"
    r"\b(?:societes?|entreprises?|groupes?|firmes?|compagnies?)(?: (?:publique|privee|d'etat))? $"
)
# A venture said with its trade: "to set up a petrochemical joint venture", "a steel-making
# venture", "une coentreprise pétrochimique", "une joint-venture sidérurgique".
_VENTURE_AFTER = re.compile(r"(?: [\w-]+)? (?:joint[- ]ventures?|ventures?|jvs?)\b")
_VENTURE_BEFORE = re.compile(
    r"\b(?:co-?entreprises?|joint[- ]ventures?) (?:(?:commune|nouvelle|mixte) )?$"
)
# "cement plant", "textile manufacturing factory", "usine": a plant's noun after a product
_PLANT_NOUN_AFTER = re.compile(
    r"\w*(?: [\w-]+){0,2} (?:plants?|factor(?:y|ies)|mills?|works|complex|units?|lines?|"
    r"smelters?|refiner(?:y|ies)|usines?|unites?|complexes?|lignes?)\b"
)


def _listed_in_cue(
    kind: str, a: int, b: int, mentions: list[tuple[RecordMention, Entity]]
) -> list[Entity]:
    """The records of ``kind`` named inside a status cue's own words ("the construction of
    two big plants – X and Y began"): the stage is said of each of them, not of the first
    alone."""
    listed: list[Entity] = []
    for mention, entity in mentions:
        if (
            mention.kind == kind
            and a <= mention.start
            and mention.end <= b
            and entity not in listed
        ):
            listed.append(entity)
    return listed


@lru_cache(maxsize=1)
def _sector_patterns() -> tuple[tuple[SectorWords, re.Pattern[str]], ...]:
    """Each sector with one pattern of all its words, to pass by a sentence that has none."""
    return tuple((words, re.compile("|".join(words.patterns))) for words in SECTORS)


# "son homologue chinois", "his Egyptian counterpart": a peer of someone else, which says
# who a person is beside another, no role of their own.
_PEER = re.compile(r"(?:son |sa |his |her |its )?(?:[a-z-]+ )?(?:homologue|counterpart)\b")


# A date said by a vague word of the past, which a date the calendar names outweighs.
_VAGUE_DATE = re.compile(
    r"(?:tout )?recemment|dernierement|recently|lately"
    r"|il y a (?:quelques|plusieurs) (?:jours|semaines|mois)"
    r"|(?:a few|several) (?:days|weeks|months) ago"
)


# What an agreement sets up: a plant or a venture to be ("to set up", "to build", "pour
# créer", "pour la construction de", "a joint venture agreement")
_TO_SET_UP = re.compile(
    r"\b(?:to (?:set up|build|establish|create|construct)|for the (?:construction|"
    r"establishment|creation) of|pour (?:creer|construire|implanter|realiser|mettre en place)|"
    r"pour la (?:construction|creation|realisation|mise en place|implantation) d|"
    r"(?:joint[- ]venture|coentreprise|co-entreprise|societe mixte) (?:agreement|contract)|"
    r"(?:accord|contrat|pacte) (?:de |d')(?:coentreprise|co-entreprise|joint[- ]venture))"
)
# "signed the deal", "a signé la convention", "have inked the agreement": a signing said
# just before the agreement's article
_SIGNED_THE = re.compile(
    r"\b(?:signed|signs|sign|inked|concluded|sealed|a signe|ont signe|signe|signent|"
    r"a conclu|ont conclu|a paraphe|ont paraphe)(?: (?:on|last|this) \w+)? "
    r"(?:the|this|that|le|la|l'|ce|cet|cette)(?: [\w-]+)? ?$"
)

# "selon les termes de l'accord", "under the terms of the agreement": an agreement whose
# terms the text cites, said by its article
_TERMS_OF_THE = re.compile(
    r"\b(?:selon|aux|d'apres|under|according to|by) (?:the |les )?(?:terms|termes) "
    r"(?:of|de|du) (?:the |this |that |le |la |l'|ce |cet |cette )?$"
)


def _capitalise_noun(noun: str) -> str:
    return noun[:1].upper() + noun[1:]


def _said(field_name: str, value: Any) -> str:
    """What a value says, its words aside: a figure or a date said again ("12,8 MMDH" in
    the headline, "12,8 milliards de dirhams" in the body) is one value; a record has one
    date of each kind (the first said: "the first concrete … on April 3, 2018", not the
    third unit's); a name is the same name in other case or hyphens ("GOTION High-Tech")."""
    if field_name.startswith("dates."):
        return ""
    if field_name in ("capacity", "jobs", "investment"):
        said = msgspec.to_builtins(value)
        if isinstance(said, dict):
            return repr(sorted((k, repr(v)) for k, v in said.items() if k != "raw"))
    if isinstance(value, dict) and field_name in ("name", "title"):
        return repr(sorted((k, rx.sub(r"\W+", " ", fold(str(v)))) for k, v in value.items()))
    return repr(value)


# A project's stages, in order: its status is the furthest one the article gives.
_STAGES = {"announced": 0, "approved": 1, "construction": 2, "operating": 3}

# Fields a record says once: the same value said again is not proposed again.
_ONCE = frozenset(
    {
        "status",
        "instrument",
        "country",
        "countries",
        "location",
        "head",
        "acronym",
        "name",
        "title",
        "parties",
        "capacity",
        "jobs",
        "investment",
    }
)


# What comes between an organisation and the agreement it signs: "X a signé mercredi
# des accords", "X and Y signed an agreement".
_SIGNER = re.compile(
    # "X (Norco) and Y signed": the acronym after the name is the name's
    r"(?: \([^().;,]{1,20}\))?"
    r"(?: (?:et|and) [^.;,]{1,60})?,? (?:a|ont|has|have|had|avait|avaient)? ?"
    r"(?:de nouveau |also |aussi |officially |officiellement )?"
    # "X a pour l'occasion signé", "X has on Monday signed": a few words between the
    # auxiliary and the verb
    r"(?:(?<=a )|(?<=ont )|(?<=has )|(?<=have ))?(?:[a-z']+ ){0,3}?"
    r"(?:signe|signed|inked|conclu|concluded)\b[^.;,]{0,40}"
)


# Words opening a sentence that say it goes on about what was just spoken of.
_FOR_IT = re.compile(
    r"\s*(?:dans ce cadre|a cet effet|a cette fin|pour ce faire|dans cette perspective|"
    r"in this (?:regard|context|framework)|to this end|to that end|for this purpose),? "
    r"(?:un |une |an |a )"
)
# "signed an agreement with X to this end", "un accord … à cet effet": said after the
# agreement, in its clause, the same pointing back at the plant spoken of
_FOR_IT_AFTER = re.compile(
    r" (?:to (?:this|that) end|for (?:this|that|the same) purpose|a (?:cet|cette) (?:effet|fin)|"
    r"pour ce faire|dans ce (?:but|cadre))\b"
)


# "portant sur la mise en place au Maroc d'une …", "on cooperation in the construction of
# a …": what an agreement is about, said before the plant it names
_ABOUT_A_PLANT = re.compile(
    r"\b(?:portant sur|relatif a|relative a|concernant|visant a)\b[^;]{0,50}(?:d'une?|de|des|une?) $"
    r"|\b(?:construction|mise en place|implantation|realisation|creation|installation)"
    r"(?: [\w'-]+){0,3} (?:d'une?|de|des|du) $"
    r"|\b(?:construction|establishment|setting up|building)(?: [\w-]+){0,3} of (?:an?|the) $"
)


# "Ugandan President Yoweri Museveni", "le président ougandais": a country said of a
# person's post, not of whose the plant is
_TITLE_OF_A_COUNTRY = re.compile(
    r"\s+(?:president|prime minister|minister|ambassador|king|ruler|envoy|leader|premier)\b"
)
_TITLE_OF_A_COUNTRY_FR = re.compile(
    r"\b(?:president|premier ministre|ministre|ambassadeur|roi|chef de l'etat|homologue)"
    r"(?:\s+(?:de|du|des|d')(?: la| l')?)?\s*$"
)


@dataclass
class Entity:
    kind: str
    name: str
    subject: str | None  # an existing record
    key: str  # provisional key for a new one, else the id
    names: list[str] = field(default_factory=list)
    defaults: dict[str, Any] = field(default_factory=dict)
    # the words of each mention of it ("l'usine", "la cimenterie de X"), those of the
    # records merged into it too: what the review offers to name it by (``names_offered``)
    said: list[str] = field(default_factory=list)

    @property
    def new(self) -> NewRecord | None:
        return None if self.subject else NewRecord(self.key, self.kind, self.name)

    @property
    def ref(self) -> str:
        return self.subject or self.key


# A project noun that is not a record of its own: what a product is for ("destinés aux
# usines de production de tubes"), or what a record already named is ("Akkuyu is the
# first nuclear power plant under construction").
# A project's proper name: "the El-Dabaa power plant", "Akkuyu NPP", "la centrale de Rooppur".
_PROPER_PROJECT = re.compile(
    # (not a currency glued to its figure: "the 90-million-USD factory")
    r"(?<![-\d])\b(?!(?:The|This|That|Its|Their|Our|Each|Every|A|An|Such|USD|EUR|US|GBP|CNY)\b)[A-Z][\w'’-]+ (?:(?:[A-Z][\w-]+|\([A-Z][\w-]+\)|nuclear|power|steel|cement|textile|solar|wind) ){0,3}(?:plant|factory|complex|refinery|project|station|facility|NPP|mill)\b"
    r"|\b(?:usine|complexe|centrale|projet|raffinerie|cimenterie) (?:de |d'|du )[A-Z]"
)

# A status said by a noun ("l'inauguration", "cornerstone laying"): an event to come when
# a word of the future goes with it ("will attend the inauguration ceremony").
# Between a status cue and the record it governs: articles, numbers, "of", "new" only
# ("started building three blenders", "pose de la première pierre de la nouvelle usine").
_GOVERNED_GAP = re.compile(
    r"(?:[\s'’]+|(?:of|on|for|de|du|des|d|the|a|an|its|their|two|three|four|five|\d+|la|le|l"
    r"|les|une?|sa|son|ses|leurs?|new|nouvelle?s?|nouveaux?|deux|trois|quatre|cinq)\b)*"
)
# A company said by its trade: "l'entreprise sidérurgique X", "a textile company".
_COMPANY_NOUN_BEFORE = re.compile(
    r"\b(?:entreprises?|societes?|groupes?|firmes?|company|companies|firms?|group) $"
)
# The company as the subject of the verb before a product: "The company will manufacture
# liquid inks", "le groupe produira du ciment" (not the plant's: "the factory will produce").
_COMPANY_SUBJECT = re.compile(
    r"\b(?:the|this|its|la|le|cette|ce|l') ?(?:company|companies|group|firm|entreprise|societe|groupe"
    r"|firme)\b[^.;:]*$"
)
# "le constructeur automobile", "the steel maker": a company called by its trade.
_MAKER_BEFORE = re.compile(
    r"\b(?:entreprises?|societes?|groupes?|firmes?|company|companies|firms?|group|constructeurs?"
    r"|fabricants?|producteurs?|equipementiers?)(?: [\w-]+)? $"
)
# A go-ahead said as received: "was given consent", "received the approval", "a obtenu".
_RECEIVED = re.compile(r"\b(?:given|received|obtained|secured|got|won|obtenu|recu)\b")
# A ceremony said as held, before the noun that names it.
_HELD_BEFORE = re.compile(
    r"\b(?:a|ont|avait|avaient)(?: \w+ment)? (?:organise|procede|preside|celebre|effectue"
    r"|assiste|marque|tenu|inaugure)\b[^.;]*$"
    r"|\b(?:held|hosted|organi[sz]ed|attended|celebrated|marked)\b[^.;]*$"
)
# Any cue of a project's dates but its announcement's (lexicon.DATE_CUES).
_DATE_CUE = re.compile("|".join(f"(?:{p})" for p, key in DATE_CUES if key != "announced"))
_NOMINAL_CUE = r"lancement|launch|pose de|coup d'envoi|corner|ground|ceremon|inauguration|lors de|a l'occasion|etude|feasibility|pre-?feasibility"
_TO_COME = r"\b(?:prevue?|sera|aura lieu|will|is scheduled|expected|planned|to attend|devrait|doit|prochaine?)\b"
# "La cérémonie de pose de la première pierre de l'usine …, aura lieu ce 19 mai": the
# ceremony's own verb, to come, however long the plant's description before it (not one of a
# clause of its own: "…, dont l'inauguration aura lieu en 2027").
_CEREMONY_TO_COME = re.compile(
    r"(?:(?!\b(?:dont|qui|que|which|whose|who|that|et|and)\b)(?:[^.;]|\.(?=\d)))*?"
    r"\b(?:aura lieu|se tiendra|se deroulera|est prevue?|sera (?:organisee|celebree|presidee)"
    r"|will (?:take place|be held)|(?:is|are) (?:scheduled|set|slated|expected) to take place"
    r"|(?:is|are) scheduled (?:for|on))\b"
)

# A nationality said of a company: "Chinese firm", "A CHINESE investor", "groupe turc".
_COMPANY_AFTER = re.compile(
    # "Chinese-invested cement company", "a Chinese roofing company": whose the company is
    r"s?(?:-(?:invested|owned|funded|backed|based))?(?: [a-z]+){0,2}? (?:firms?|company|companies|investors?|group|groupe?|consortium|state|enterprises?|"
    r"contractors?|developers?|manufacturers?|giant|partners?|shareholders?|promoters?)\b"
    # "China is investing … in a factory in Moamba", "la Chine investit": a country said as
    # the one that invests is the investors', as its companies are, no place's
    r"|(?: (?:is|are|will|would|has|have|plans to|is to|to|va|compte|a))?"
    r" (?:invest|invests|investing|invested|investit|investir|investira|investi)\b"
)
_COMPANY_BEFORE = re.compile(
    r"\b(?:societe|entreprise|groupe|firme|constructeur|investisseur|consortium|partenaire|"
    r"actionnaire|promoteur)s?(?: (?:de |d')?(?!la\b|le\b|l')[\w'-]+)? $"
)
# "China's Dafeng Port Group", "Turkey's Kordsa Holding": a country's possessive before a
# company's name says whose the company is (read on the text: the name's capitals); so does
# one before a company said by its trade ("China's leading metallurgical company").
_POSSESSIVE_COMPANY = re.compile(
    r"['’]s (?:[A-Z][\w&-]*\s){0,3}(?:Group|Holdings?|Company|Corporation|Corp|Co|Ltd|Limited|"
    r"Cement|Steel|Industries|Industry|Mining|Energy|Motors|Textiles?|Technology|International)\b"
    r"|['’]s (?:[a-z][\w-]* ){0,3}(?:company|companies|firms?|group|manufacturer|producer|"
    r"maker|giant|conglomerate|investors?|contractor|developer)\b"
)
# "a factory in Ghana", "en Guinée-Bissau": a country said as where something is
_SAID_AS_WHERE = re.compile(r"\b(?:in|en|au|aux|a|into|to) (?:the )?$")


# "Combined, the two projects …", "together, both plants …", "les deux usines réunies …":
# a figure said of several plants at once is no one plant's.
# "où il emploie 3.500 personnes", "220 usines employant 24.000 personnes", "the group
# employs 9,000 people": a workforce a company already has, said in the present, where
# the sentence says no plant
_WORKFORCE_HELD = re.compile(
    r"\b(?P<who>il|ils|elle|elles|it|they|[\w-]+)? ?(?:emploie|emploient|employant|employs|"
    # "the group has a workforce of 30,000", "le groupe compte un effectif de 9 000"
    r"employing|(?:has|have|compte|counts|possede) (?:a |an |un |une )?(?:total |global )?"
    r"(?:work ?force|staff|headcount|effectif) (?:of|de|d'))(?: (?:deja|actuellement|aujourd'hui|au total|already|currently|now|"
    r"today|in total|quelque|plus de|pres de|environ|some|about|over|more than|nearly))*"
    r" ?(?=\d)"
)

_SEVERAL_TOGETHER = re.compile(
    r"\b(?:combined|together|altogether|in total|taken together),? (?:the )?(?:two|both|three|all)"
    r" (?:[\w-]+ )?(?:projects|plants|factories|facilities|units|mills)\b"
    r"|\b(?:the )?(?:two|both|three) (?:[\w-]+ )?(?:projects|plants|factories|facilities)"
    r" (?:combined|together)\b"
    r"|\b(?:ensemble|au total|cumules?),? (?:les )?(?:deux|trois) (?:projets|usines|unites|complexes)\b"
    r"|\b(?:les )?(?:deux|trois) (?:projets|usines|unites|complexes) (?:reunie?s|ensemble|cumulee?s)\b"
)


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


# Words that open a clause or say a verb: a date after them is another clause's.
_CLAUSE = re.compile(
    r"\b(?:ont|est|sont|sera|seront|etait|etaient|avait|devrait|qui|que|dont|where|which|"
    r"that|who|was|were|is|are|will|would|has|have|had|said|says|et|and|but|mais|while|"
    r"alors|puis|then|selon|according|stated|reported|announced|told|added|noted|declared|"
    r"confirmed|statement|release|communique|annonce|indique|declare|precise|affirme)\b|[;:()\"«»]"
)
# "X, an appliance and electronics manufacturer based in", "X, un groupe basé à"
_SEAT = re.compile(
    # (", Limited »": the rest of a name the reader cut, its quotation mark)
    r"(?:,? (?:limited|ltd\.?|inc\.?|co\.?))?(?: ?[»\"”])?"
    r",? (?:an? |the |un |une |le |la )?(?:[\w-]+ ){0,4}(?:company|firm|group|manufacturer|maker|"
    r"producer|conglomerate|societe|groupe|entreprise|fabricant|constructeur)(?: [\w-]+)?"
    # "une entreprise internationale, spécialisée dans la fabrication de vêtements basée à"
    r"(?:,? (?:specialisee?|speciali[sz]ed|active|engaged|present) [^.;:()]{0,80}?)?"
    r",? ((?:based|headquartered|basee?|installee?) (?:in|a|au) )"
)
_SET_UP_IN = re.compile(
    r"[^.;:]{0,100}?\b(?:installee?s?|implantee?s?|situee?s?|construite?s?|erigee?s?|located|"
    r"built|constructed|erected|set up|established|installed) (?:au|en|aux|in) (?:the )?"
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
_SEAT_WORDS = r"(?:basee?s?|based|headquartered|domiciliee?s?) (?:a|en|au|aux|in|at) "
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
    rf"[\w,] {_SEAT_WORDS}$"
)
# A product the plant makes said entering service ("l'avion d'affaires Learjet 85, qui doit
# entrer en service en 2013", "the A350 jet, which is due to enter service in 2014"): the
# product's date, none of the plant's
_PRODUCT_ENTERS_SERVICE = re.compile(
    r"\b(?:avions?|appareils?|aircraft|jets?|airliners?|helicopteres?|helicopters?|navires?"
    r"|ships?|trains?|locomotives?|satellites?|vehicules?|vehicles?|modeles?|models?|cars?"
    r"|voitures?|missiles?|sous-marins?|submarines?)\b[^.;]{0,40}?,? (?:qui|which|that)"
    r"(?: (?:doit|doivent|devrait|devraient|va|vont|will|is|are|should|must)(?: \w+){0,2})? $"
)
# A plant's opening ceremony, and its output said begun ("La production a commencé",
# "production started", "started production", "a commencé à produire")
_INAUGURATED = re.compile(r"\b(?:inaugur\w*|opening ceremony|ceremonie d'ouverture)")
_OUTPUT_BEGUN = re.compile(
    r"\bproduction\b[^.;]{0,20}?\b(?:a|ont|avait|avaient|y a) (?:deja |officiellement )?"
    r"(?:commence|debute|demarre)\b"
    r"|\bproduction\b[^.;]{0,20}?\b(?:began|started|commenced|has (?:begun|started)|had (?:begun|started))\b"
    r"|\b(?:began|started|commenced|a (?:commence|debute|demarre)) (?:la |sa |its |the )?(?:production|producing|a produire)\b"
)
# ", Lami." after a town: the wider place it is in, closing the sentence
_WIDER_PLACE = re.compile(r", ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\s*(?:[.;)]|$)")
_SEAT_OPENS = re.compile(rf"\s*{_SEAT_WORDS}")
# the country of a seat: "basée à Taipei (Taiwan)", "based in Shenzhen, China", "based in China"
_SEAT_COUNTRY = re.compile(rf"{_SEAT_WORDS}(?:[\w' -]{{2,30}}(?:, | \())?$")
_IN_THE_COUNTRY = re.compile(r" (?:in the country|dans le pays|au pays)\b")
_UNNAMED_ZONE = re.compile(
    r"(?: (?:de la societe|du groupe|de|of(?: the)?) [\w&'-]+(?: [\w&'-]+)?)?"
    r",? (?:(?:qui )?(?:sera|est) |(?:which|that) (?:will be|is) )?(?:situee?s?|implantee?s?|"
    r"installee?s?|located|sited|built|based) (?:en|dans (?:la|une|le|un)|in (?:the|an?)) "
    r"(?:zone (?:portuaire|industrielle|franche|economique speciale)|port area|"
    r"industrial (?:zone|park|area|estate)|free (?:trade )?zone|special economic zone)\b"
)
_PLANT_AFTER = re.compile(
    r" (?:Mill|Mills|Plant|Factory|Works|Complex|Refinery|Smelter|Foundry|Cement Plant|Power Plant|Power Station)\b"
)
# "National University of Ghana", "Bank of Ghana": an institution's country is its name's.
_INSTITUTION_OF = (
    r"\b(?:University|Bank|Republic|Government|Ministry|Embassy|Council|Authority|Agency|"
    r"Institute|Chamber|Commission|Office|Federation|Union|Academy|Board|Administration)\b"
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
# What a company does, said of it: "spécialisée dans …", "leading manufacturer of …".
_COMPANY_TRADE = re.compile(
    r"\b(?:specialisee?s? dans|leader (?:de|du|des|of|in)|(?:leading |major )?(?:manufacturer|producer|maker)s? of|"
    r"(?:premier |principal )?(?:producteur|fabricant)s? (?:de|du|des|d')|active in|actif dans|present in|presente? dans)"
    r"[^.;]*?(?=, (?:a |an |has |have |will |va |vont |a annonce|said|a indique)|\b(?:a|ont|has|have|will|said)\b|$)"
)
# A company said by its trade where the sentence opens, as the subject of the news: "A
# Korean developer and manufacturer of lithium-ion batteries … is pledging a major
# investment", "Un fabricant chinois de pneumatiques va investir …". The trade is the one the
# plant it builds will have (not a company named first and described after, "X, a leading
# maker of …", nor one the sentence speaks of as a partner).
_TRADE_OPENS = re.compile(
    # (the company said again by its trade opens it as well: "The American based
    # manufacturer of textiles … invested", "Le fabricant de câbles … a investi")
    r"\s*(?:a|an|un|une|the|le|la) (?:[\w-]+ ){0,3}?(?:manufacturer|maker|producer|fabricant"
    r"|producteur|constructeur)s? (?:[\w-]+ )?(?:of|de|du|des|d')"
)
_TRADE_OPENS_END = re.compile(
    r"[^.;:]*?(?=, |\b(?:is|are|was|were|has|have|had|will|would|plans?|planned|said|says"
    r"|announced|invested|invests|va|vont|sera|est|prevoit|compte|entend|annonce|investira"
    r"|investit|a investi)\b)"
)
# "dont les produits sont destinés à la construction navale", "steel intended for the car
# industry": the trades a plant's products go to, its customers' sectors, not its own
_CUSTOMERS = re.compile(
    # (not "une usine destinée à la fabrication de tracteurs": what the plant itself does)
    r"\b(?:destinee?s? (?:a|aux|au)|destined for|intended for|to be supplied to|supplied to"
    r"|for use (?:in|by)|pour (?:approvisionner|alimenter|fournir))\b"
    r"(?! (?:la |l')?(?:fabrication|production|assemblage|montage|transformation|produire"
    r"|fabriquer|assembler|transformer|the (?:production|manufacture|manufacturing|assembly)))[^.;]*"
    # "inks which will be used by the packaging industry", "utilisés par l'industrie"
    r"|\b(?:used|utilisee?s?) (?:by|in|par|dans) (?:the |l'|la |le |les )?(?:[\w-]+ ){0,3}?"
    r"(?:industr(?:y|ies|ie)|sectors?|secteurs?|filieres?)\b"
    # "electrical cables, mainly for the automotive industry", "notamment pour le secteur
    # minier": the trade the products are sold to, said beside them
    r"|\b(?:mainly|mostly|primarily|chiefly|largely|notably|especially|particularly|principalement"
    r"|notamment|essentiellement|surtout|en particulier) (?:for|to|pour|a|aux|au) (?:the |l'|la |le |les )?"
    r"(?:[\w-]+ ){0,3}?(?:industr(?:y|ies|ie)|sectors?|secteurs?|filieres?|markets?|marches?)\b"
    r"(?: (?:de |du |des |d')?[\w-]+)?"
    # "powders for the ceramics used in automotive devices", "des granulés pour les
    # plastiques utilisés dans l'électronique": what the products go into, and where
    r"|\b(?:for|pour) (?:the |les |la |le |l'|des )?(?:[\w-]+ ){0,3}?(?:used|utilisee?s?|employee?s?) (?:in|by|dans|par)\b[^.;\"»”]*"
    # "textiles worth 45 million, which will go to the top automotive brands", "seront
    # vendus aux constructeurs automobiles": where the goods are sent, not what makes them
    r"|\b(?:will|would|to|shall) go to\b[^.;\"»”]*|\bgo(?:es)? to (?:some of )?(?:the )?(?:top |leading |major )?"
    r"(?:[\w-]+ ){0,2}?(?:brands|customers|clients|carmakers|manufacturers)\b"
    r"|\b(?:sold|delivered|shipped|exported) to (?:the |some of the )?(?:[\w-]+ ){0,3}?"
    r"(?:brands|customers|clients|carmakers|automakers|manufacturers|makers|industr(?:y|ies))\b"
    r"|\b(?:vendue?s?|livree?s?|iront|ira) (?:a|aux|au) (?:[\w'-]+ ){0,3}?"
    r"(?:marques|clients|constructeurs|fabricants|industries?|secteurs?)\b(?: [\w-]+)?"
    # by-products said beside the metal: "En plus du cuivre, l'usine produira de l'or, de
    # l'argent et de l'acide sulfurique", "besides zinc, the smelter will yield sulphuric
    # acid", "by-products such as sulphuric acid": no trade of the plant's own
    r"|\b(?:en plus (?:du|de la|de l'|des|de|d')|in addition to(?: the)?|besides(?: the)?|apart from"
    r"(?: the)?|outre (?:le|la|l'|les)) ?[\w-]+, (?:[\w'-]+ ){1,3}?(?:produira|produit|produire"
    r"|fournira|will (?:also )?(?:produce|yield|recover)|produces|yields|also produces)\b[^.;]*"
    r"|\b(?:by-?products?|sous-produits?|co-?produits?)\b[^.;]*"
    # "urea, an important raw material for the chemical industry", "une matière première de
    # l'industrie chimique": what the product feeds in other trades, not the plant's own
    r"|\b(?:raw materials?|feedstocks?|inputs?|matieres? premieres?|intrants?) (?:for|of|to|in|pour|de|des|du|dans)"
    r" (?:the |l'|la |le |les )?(?:[\w-]+ ){0,3}?(?:industr(?:y|ies|ie)|sectors?|secteurs?|filieres?)\b"
    r"(?: (?:de |du |des |d')?[\w-]+)?"
    # "en présence … de professionnels de l'industrie automobile": guests of a trade
    r"|\b(?:professionnels|responsables|acteurs|operateurs|representants|professionals"
    r"|players|executives|leaders) (?:de |du |des |d'|of )(?:l'|la |le |the )?(?:[\w-]+ ){0,2}?"
    r"(?:industrie|secteur|filiere|industry|sector)\b[^.;,]{0,25}"
)
# "the factory has warehouses for raw materials, finished products and packaging materials",
# "des entrepôts de stockage des matières premières et des produits finis": a plant's own
# stores and what they hold, its inputs and its goods waiting, no logistics nor packaging
# trade of its own (a "warehouse complex" stays one)
_STORES = re.compile(
    r"\b(?:warehous\w*|storage (?:facilit(?:y|ies)|areas?|halls?|sheds?|rooms?)|entrepots?"
    r"(?: de stockage)?|magasins? de stockage|aires? de stockage)"
    r" (?:for|of|de|des|du|d'|pour (?:les )?)[^.;]{0,120}"
    r"\b(?:materials?|products|goods|matieres premieres|produits(?: finis)?|emballages?)\b"
)
# "linked to nearby natural gas reserves through pipelines", "sera alimenté par une centrale
# solaire", "fonctionnera grâce aux énergies renouvelables", "to supply the project with raw
# materials", "using recycled polyester": what a plant runs on, is fed with or makes its goods
# from, its inputs' trades, not its own; and what its goods are for or whom it serves,
# "explosifs à usage minier", "for medical use", "pour ses clients automobiles", "un pays
# agricole", "its agricultural economy": its users' trades or the country's economy
# (up to where its goods go: "fonctionnera grâce aux énergies renouvelables …, pour alimenter
# des véhicules électriques")
_UNTIL_USERS = (
    r"(?:(?!\b(?:pour|to) (?:alimenter|fournir|approvisionner|servir|power|supply|feed|serve)\b)"
    r"[^.;])*"
)
_SUPPLIES = re.compile(
    r"\b(?:linked|connected|tied|piped) to (?:the |its )?(?:nearby |local |existing |neighbouring "
    r"|neighboring |adjacent )?(?:[\w-]+ ){0,2}(?:reserves?|fields?|deposits?|grid|network|wells?)\b"
    + _UNTIL_USERS
    + r"|\b(?:reliee?s?|raccordee?s?|connectee?s?) (?:au |aux |a la |a l'|a des |a un |a une )"
    r"(?:[\w'-]+ ){0,3}?(?:gisements?|reserves?|reseau|champs?|puits)\b"
    + _UNTIL_USERS
    + r"|\b(?:powered|fuell?ed|fed|supplied|driven) (?:\w+ly )?(?:by|with|from)\b"
    + _UNTIL_USERS
    + r"|\b(?:runs?|running|will run|to run) (?:\w+ly )?on\b"
    + _UNTIL_USERS
    + r"|\b(?:alimentee?s?|approvisionnee?s?|ravitaillee?s?) (?:\w+ment )?(?:en|par)\b"
    + _UNTIL_USERS
    + r"|\bfonctionner\w* (?:\w+ment )?(?:grace (?:a|aux|au)|au gaz|a l'energie|aux energies|avec)\b"
    + _UNTIL_USERS
    + r"|\b(?:supply|supplies|supplying|provide|provides|providing|feed|feeds|feeding)"
    r" (?:the |this |its |their )?(?:project|plant|factory|facility|mill|complex|smelter|refinery"
    r"|unit)s? with\b"
    + _UNTIL_USERS
    + r"|\b(?:approvisionner|alimenter|ravitailler) (?:l'|la |le |cette |ce )"
    r"(?:usine|unite|complexe|projet|site) (?:en|de)\b"
    + _UNTIL_USERS
    # what its goods are for: "à usage minier", "for medical use"
    + r"|\ba usage [\w-]+(?: (?:et|ou) [\w-]+)?"
    r"|\bfor (?:[\w-]+ ){1,3}(?:use|uses|usage|purposes|applications)\b"
    r"(?: (?:like|such as|including|comme|notamment|tels? que)[^.;]*)?"
    # what it is made from: "textile products using recycled polyester"
    r"|\busing (?:recycled|local|locally[- ]sourced|imported|waste|scrap)\b[^.;]*"
    r"|\ba partir (?:de|du|des|d') (?:[\w-]+ )?(?:recycle|recuper|dechets)\w*[^.;]*"
    # whom it sells to: "pour ses clients automobiles", "users of vehicles"
    r"|\b(?:clients?|customers?|utilisateurs?|users?) (?:de |d'|des |of |in (?:the )?)?[\w-]+"
    r"(?:(?:,| et| and| ou| or) [\w-]+)*"
    # the country's economy: "un pays agricole", "its agricultural economy"
    r"|\b(?:economie|economy|pays|country|nation) [\w-]+\b|\b[\w-]+ (?:economy|country|nation)\b"
    # a good said of a country's trade: "historic for Ethiopia's agriculture sector"
    r"|\b(?:for|to) (?:the )?[a-z]+'s (?:[\w-]+ ){1,2}(?:sectors?|industry|economy)\b"
)
# What a plant makes for carmakers: its trade is theirs.
_CAR_PARTS = re.compile(
    r"\b(?:batter(?:y|ies)|batteries?|cellules?|cells|pieces|parts|composants?|components?"
    r"|airbags?|equipements?|systemes?|faisceaux)\b"
)
# "a Chinese copper smelter", "une usine chinoise": whose a plant is, not where a place is
_OWNER_ADJECTIVE = re.compile(
    r" (?:[\w-]+ ){0,2}(?:plants?|factory|factories|smelter|mill|refinery|complex|facility|"
    r"firms?|company|companies|group|investors?|contractor|developer)\b"
)
_OWNER_ADJECTIVE_FR = re.compile(
    r"\b(?:usine|cimenterie|raffinerie|complexe|unite|societe|groupe|entreprise|firme|"
    r"investisseurs?)(?: [\w-]+)? $"
)
_SAID_COMPANY = re.compile(
    r"(?: \([a-z0-9]{2,8}\))?,? (?:une |la |le |un |a |an |the )?(?:[\w-]+ )?"
    r"(?:firme|societe|entreprise|groupe|compagnie|company|firm|group|conglomerate)\b"
)
# Words that say a plant described is another one than the plant spoken of before.
_ANOTHER = re.compile(
    r"\b(?:also|another|in addition|additionally|as well as|aussi|egalement|en outre|"
    r"par ailleurs|une autre|un autre|outre)\b"
)
# "a conference in Rabat", "lors d'un forum à Dakar": where something was said, not built.
_EVENT_AT = (
    r"\b(?:conference|forum|summit|meeting|sidelines|seminar|workshop|fair|expo|conferences|"
    r"sommet|reunion|seminaire|atelier|salon|colloque|roadshow|symposium|congress|congres"
    # "said at the presentation of the project in Kyiv": where it was shown, not built
    r"|presentation|ceremony|ceremonie)\b(?: [\w'-]+){0,3} (?:in|at|a|en) $"
    # 'du sommet "Choose Africa" qui se tenait ce lundi à Versailles': held there
    r"|\b(?:conference|forum|summit|meeting|seminar|fair|expo|sommet|reunion|seminaire|salon|"
    r"colloque)\b[^.;,]{0,40}\b(?:se tenait|se tient|s'est tenue?|se tiendra|was held|is held|"
    r"will be held|held|organise|organized|organised)(?: [\w'-]+){0,3} (?:in|at|a|en) $"
    # "les premiers ministres se sont réunis à Montréal", "the leaders met in Beijing"
    r"|\b(?:reunie?s?|rassemblee?s?|met|gathered) (?:in|at|a|en) $"
    # "Wu disclosed this in Lusaka", "he told reporters in Abuja", "a-t-il déclaré à Alger":
    # where a thing was said, not where the plant is
    r"|\b(?:said|says|disclosed|announced|revealed|declared|stated|told (?:reporters|journalists"
    r"|the press|\w+)|spoke|speaking|declare|annonce|indique|precise|souligne|explique|"
    r"s'exprimant)(?: (?:this|that|it|so|these|on \w+day|\w+day|hier|ce \w+di))?(?:,)?"
    r" (?:in|at|a|en|depuis) $"
    # "L'annonce a été faite hier à Yaoundé", "the announcement was made in Lusaka"
    r"|\b(?:annonce|revelation|declaration|announcement|disclosure)s? (?:a ete|ont ete|was|were)"
    r" (?:faite?s?|effectuee?s?|made)\b[^.;]{0,40} (?:in|at|a|en) $"
    # "ont signé mardi 3 janvier 2017 à Bangui", "signed in Beijing": where an agreement
    # was signed, not where its plant is; so a deal "formalised in Suva", "conclu à Dakar",
    # "sealed in Beijing", "ratifié à Niamey"
    r"|\b(?:signed|inked|signe|signes|signee|signees|paraphe|paraphes|formali[sz]ed|concluded"
    r"|sealed|ratified|formalisee?s?|conclue?s?|scellee?s?|ratifiee?s?|officialisee?s?)"
    r"(?: [\w'-]+){0,5} "
    r"(?:in|at|a|en) $"
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
_CALLED = re.compile(
    r"\b(?:baptise|denomme|nomme|appele|surnomme|intitule)e?s?,?\s+"
    r"|\b(?:connue?s? sous le nom (?:de |d'))"
    r"|\b(?:named|dubbed|called|christened|titled|entitled|known as),?\s+"
)
_CALLED_NAME = re.compile(
    r"(?:the )?[«\"“]?\s?([A-Z][\w'’&-]*(?:\s+(?:de |du |des |d'|of |the |for )?[A-Z0-9][\w'’&-]*){0,6})"
)
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
# The countries whose franc CFA is Central Africa's (XAF); the others' is the West's (XOF).
_CENTRAL_CFA = frozenset({"CM", "GA", "CG", "TD", "CF", "GQ"})
# A shilling said without whose ("Sh2.5 billion", "300 million shillings"): the host's.
_SHILLINGS = {"KE": "KES", "UG": "UGX", "TZ": "TZS", "SO": "SOS"}
# A dinar, a rupee, a pound or a manat said without whose ("35 millions de dinars", "15
# billion Rupees") is the host's when the host counts in one (the lists' defaults: Algeria's
# dinar, India's rupee, sterling, Azerbaijan's manat).
_HOST_CURRENCIES = {
    "DZD": (
        r"\bdinars?$",
        {"TN": "TND", "LY": "LYD", "IQ": "IQD", "JO": "JOD", "KW": "KWD", "BH": "BHD", "RS": "RSD"},
    ),
    "INR": (
        # "Rs 765 millions" in Port-Louis: the sign, the Mauritian rupee's too
        r"\b(?:(?:nepali|nepalese|sri lankan|pakistani) )?(?:rupees?|roupies?)$|(?:^|\s)rs\b",
        {"NP": "NPR", "LK": "LKR", "PK": "PKR", "MU": "MUR", "SC": "SCR"},
    ),
    "GBP": (r"\blivres?$", {"EG": "EGP", "LB": "LBP", "SY": "SYP", "SD": "SDG", "SS": "SSP"}),
    "AZN": (r"\bmanats?$", {"TM": "TMT"}),
    # "P2 billion": the peso's letter in Manila, the pula's in Gaborone
    "PHP": (r"^p\d", {"BW": "BWP"}),
    # "7 milliards de dollars" in Montreal: the word alone, not the sign, is the host's dollar
    # (unless the article spells a dollar's country: ``_DOLLAR_SPELLED``); and the sign after
    # the sum and its scale, "87,5 M$", "1,2 G$", the Canadian press's own way of writing
    # its dollars (a wire's "$87.5 million", the sign before the sum, stays the US dollar)
    "USD": (
        r"\bdollars?$|\d ?(?:m|mm|g|md|mds|k) ?\$$",
        {"CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "TW": "TWD"},
    ),
}
# "1,2 milliard de dollars canadiens (887 millions de dollars)": the bare word is another's.
_DOLLAR_SPELLED = re.compile(
    r"dollars? (?:canadiens?|australiens?|de hong kong|de singapour|neo-zelandais|taiwanais)"
    r"|(?:canadian|australian|hong kong|singapore|new zealand|taiwan) dollars?"
)
# "a new factory", "une nouvelle usine": a plant said by an indefinite article
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|une?)(?: new| nouvelle| nouvel)? $")
# A word for a region right before a name: the name is the region's ("the state of X", "la
# sous-préfecture de X").
_REGION_WORD_BEFORE = re.compile(
    r"\b(?:state|etat|province|region|governorate|gouvernorat|oblast|(?:sous-)?prefecture)"
    r" (?:de |d'|du |of (?:the )?)$"
)
# The words that make an agency or a council a party of a project.
_BACKED_BY = re.compile(
    r"(?:avec l'appui d|avec le soutien d|en partenariat avec|en collaboration avec|finance par"
    r"|with the (?:support|backing|help) of|in partnership with|in cooperation with|financed by"
    r"|funded by"
    # "Détenue à 60 % par X et à 20 % par l'État du Y, l'usine …", "the plant, 30% owned by
    # X": who holds a share of the plant takes part in it (a share of a company says whose
    # the company is: _PARENT_APPOSED)
    r"|detenue? a [\d ,.]+ ?% par|\d+(?:\.\d+)? ?% (?:owned|held) by|(?:owned|held) \d+(?:\.\d+)? ?% by"
    r")[^.;]{0,70}$"
)
_UNNAMED = re.compile(r"projet ?[\"“«] ?[a-z ]+ ?[\"”»]")
# A parent named in an apposition to its subsidiary's name: "X, une filiale du groupe
# allemand Y,", "X, a subsidiary of Y,", "X (filiale de Y)", "X, owned by Y,", "X, détenue
# par le groupe Y,": the subsidiary named is the one that acts; its owner is said to say
# whose it is, and takes no part of its own; a preposition the page doubled ("a subsidiary of
# of the SK Group") is one.
_PARENT_APPOSED = re.compile(
    r"[,(] ?(?:(?:une |la |a |the |an )?(?:[a-z-]+ )?(?:filiale|subsidiary|unit|division"
    r"|branche|branch|arm) (?:of|de|du|d'|des)(?: of| de)?|(?:(?:wholly|majority|fully)[ -])?(?:owned"
    r"|controlled|held) by|\d+(?:\.\d+)? ?% (?:owned|held) by|(?:detenue?|controlee?) (?:a [\d ,.]+ ?% )?par)(?: (?:the|la|le|l'))? ?"
    r"(?:(?:groupe|group|societe|company|firme|firm|holding|conglomerat|conglomerate|geant"
    r"|giant) )?(?:[a-z-]+ )?$"
)


# A word after a company's short name that makes another company's name: its group or its
# holding ("Essar" and "Essar Group" are two records), a region it works in ("Kubota Europe").
_NOT_ITS_TRADE = re.compile(
    r"(?i:group|groupe|holdings?|corporation|company|compagnie|international|europe|africa"
    r"|afrique|asia|asie|america|amerique|amérique|middle|global|world)"
)
# A company's noun or legal form that ends its name: "Corporation", "Company", "Ltd".
_COMPANY_NOUN_LAST = re.compile(
    r"Corporation|Corp\.?|Company|Co\.?|Group|Groupe|Holdings?|Limited|Ltd\.?|Inc\.?|Plc|PLC"
    r"|Compagnie|Société|Societe|SA|S\.A\.|GmbH|AG|LLC|JSC"
)


def _leaves_out(whole: list[str], short: list[str]) -> bool:
    """Whether ``short`` is ``whole`` with one word or more left out inside it, its first
    word and its last, a company's noun, kept ("Honam Corporation", "Honam Petrochemical
    Corporation"); "Emirates Aluminium" is no short form of "Emirates Global Aluminium"."""
    if len(short) < 2 or len(short) >= len(whole):
        return False
    if (
        short[0] != whole[0]
        or short[-1] != whole[-1]
        or not _COMPANY_NOUN_LAST.fullmatch(short[-1])
    ):
        return False  # "Emirates Aluminium" after "Emirates Global Aluminium": another one
    rest = iter(whole[1:-1])
    return all(word in rest for word in short[1:-1])


# First words of a name that say no company alone: "Société Norvel", "National Cement".
_NOT_SHORT_NAMES = frozenset(
    {
        *("societe", "compagnie", "groupe", "group", "entreprise", "company", "national"),
        *("nationale", "general", "generale", "international", "united", "global", "first"),
        *("new", "royal", "state", "central", "china", "africa", "asia", "euro", "world"),
        *("grand", "grande", "golden", "green", "great", "new", "the", "les", "industrial"),
        *("industries", "industrie", "mining", "steel", "cement", "ciments", "energy"),
        *("south", "north", "east", "west", "sud", "nord", "est", "ouest"),
    }
)


# A company said to be a subsidiary just after its name: ", filiale de", ", a subsidiary of".
_SUBSIDIARY_APPOSED = re.compile(
    r",? \(?(?:une |la |a |the |an )?(?:[a-z-]+ )?(?:filiale|subsidiary|division|branche"
    r"|branch|arm|unit)\b"
)


_LEGAL_FORM = re.compile(
    r"(?:\bLtd\.?|\bLimited|\bInc\.?|\bCorporation|\bCorp\.?|\bPlc|\bPLC|\bLLC|\bGmbH|\bS\.?A\.?"
    r"|\bCo\.?)$"
)


# "a Chinese roofing company", "the Chinese company", "une entreprise chinoise": a company
# said by its nationality alone, no name
_UNNAMED_COMPANY = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]his) ([A-Z][a-z]+)(?: [a-z]+)? (?:company|firm)\b(?! [A-Z])"
    r"|\b(?:[Uu]ne|[Ll]a|[Cc]ette) (?:entreprise|société|firme|compagnie) ([a-zé]+)\b(?! [A-Z])"
)


_PUBLIC_BODY = re.compile(
    r"\b(?:Department|Ministry|Government|Authority|Ministère|Gouvernement)\b"
)


# "the second Chinese-Nepali joint venture in the industry after X", "la deuxième usine du
# pays après celle de X": a rank counted after another's, which came first.
_AFTER = (
    r"\b(?:after|apres)\s+(?:(?:that|those|celle|celui|ceux|celles) (?:of|de|d')\s*)?"
    r"(?:(?:the |la |le |l'|du )?(?:company|firm|group|societe|groupe|firme|entreprise) )?"
)
# (its company is no party of the plant ranked)
_RANKED_AFTER = re.compile(
    r"\b(?:another|second|third|fourth|fifth|autre|deuxieme|seconde?|troisieme|quatrieme)\b"
    rf"[^.;:]{{0,100}}{_AFTER}$"
)
# (the plant said "another" before it is told from that one, not from the article's own)
_THEN_RANKED_AFTER = re.compile(rf"[^.;:]{{0,120}}?{_AFTER}")


def _company_plant(org: Any, mention: RecordMention, named_before: bool = False) -> bool:
    """True if a plant is named by its company's whole name and a plant noun ("the X
    Corporation (Pvt) Ltd factory"): the plant the company runs, not a word of its name.
    So too a company the text has named before, fixed to a plant noun ("Orvane Motors …
    The Orvane plant"): the text has told the company's name, so the noun after it is no
    word of that name but its plant's (GOLD.md rule 6, "the Pesqueria plant")."""
    if mention.kind != "projects" or mention.name is None or mention.end <= org.end:
        return False
    if named_before and org.start == mention.start and org.kind == "company":
        return bool(
            rx.fullmatch(rf"{PROJECT_NOUNS_EN}", mention.name[org.end - org.start :].strip(), re.I)
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
    r"situee?|implantee?|basee?|sise?|installee?|dans|a|en)\b"
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
        mention.name, mention.described, mention.plural = org.name, None, False
        mention.start = org.start
        return True
    return False


# "tandis que la seconde sera établie", "while the second will": the second of plants
# counted, said by its rank alone
_SECOND_SAID = r"\b(?:la|le|the) (seconde?|deuxieme|second)\b"
# ", l'une à Koutiala et l'autre à Bamako", ", one in X and the other in Y": plants just
# counted, told apart by their towns
_ONE_AND_THE_OTHER = (
    r"[^.;]{0,40}?,? (?:l'une?|one) (?:a|au|en|in|at|near) [^.;]{1,60}? (?:et|and) "
    r"(?:l'autre|the other)\b"
)
# A complex, a park, a zone: a project that holds plants of its own
_HOLDS_PLANTS = re.compile(r"\b(?:complex|complexe|park|parc|zone|estate|city)\b")
# "two processing and manufacturing plants", "deux usines": plants counted, no name
_COUNTED_PLANTS = re.compile(
    r"\b(?:two|three|four|five|six|deux|trois|quatre|cinq|six|[2-9]) (?:[a-z-]+ ){0,4}"
    r"(?:plants|factories|facilities|mills|usines|unites|units)"
)
# "Celui-ci regroupe une cimenterie, …", "the project comprises a spinning factory, …": the
# plants listed after are a project's components.
_COMPRISES = re.compile(
    r"\b(?:regroupe(?:ra)?|comprend(?:ra)?|comportera|comporte|(?:est|sera|se) compos\w+ d(?:e |')"
    r"|comprises?|comprising|includes?|including|will include|consists? of|composed of"
    r"|entails?|will entail|involves?)\b"
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
    r"|centrales? (?:electrique|thermique)s?|port (?:mineralier|commercial)|quai)\b"
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
    r"| (?:qui |pour )(?:alimentera|alimente|alimenter) (?:l'usine|le complexe|la raffinerie)\b"
    # "a commercial port to export a portion of the production": the plant's output
    r"| to (?:export|ship) (?:a portion of |part of |some of |much of )?(?:the|its) "
    r"(?:production|output|products)\b"
    r"| pour (?:exporter|expedier) (?:une partie de |une part de )?(?:la|sa) production\b"
)
_OWN_UTILITY = re.compile(r"\b(?:its own|sa propre|son propre|their own|leur propre) $")


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
        if not (
            _SERVES_PLANT.match(fold, b)
            # (a company's "own power plants", in the plural, are its, no plant's)
            or (_OWN_UTILITY.search(fold, max(start, a - 12), a) and fold[b - 1] not in "sx")
        ):
            continue
        mention = next((m for m in said if m.start < b and a < m.end), None)
        if mention is None:
            if not rx.search(
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
)


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
        and rx.search(
            r"(?:^|\b)(?:une?|an?|d'une?)(?: [\w-]+)? $", fold[max(start, m.start - 24) : m.start]
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


def propose(source: Source, snapshot: Any = None, *, calibrate: bool = True) -> list[Proposal]:
    """What ``source``'s text states, as proposals; ``snapshot`` (the database as it is)
    to match names to its records and mark what contradicts its claims. Each confidence
    is the fitted chance that the analyst keeps the proposal (``calibration``), or, with
    ``calibrate`` false, the rules' own. The first call of a process reads the tables
    every reading may need (``_prepared``)."""
    _prepared()
    reader = _Reader(source, snapshot)
    proposals = reader.read()
    for p in proposals:
        p.quote = source.text[p.start : p.end]  # the page's own words, its line breaks kept
    if calibrate:
        calibration.calibrated(proposals, source.text, reader.lang)
    return proposals


@lru_cache(maxsize=1)
def _prepared() -> None:
    """The world's subdivisions and towns, indexed once: the first reading loads them, so
    that no later article pays for them."""
    places.prepare()
    cities.prepare()
    figures.prepare()
    for words in SECTORS:  # the sectors' words, compiled before any article needs them
        for pattern in words.patterns:
            rx.compiled(pattern)


def guess_lang(fold: str) -> str:
    french = len(rx.findall(r"\b(?:le|la|les|des|du|et|est|une|dans|pour)\b", fold))
    english = len(rx.findall(r"\b(?:the|and|of|is|in|for|with|was|will)\b", fold))
    return "fr" if french >= english else "en"


# a plant noun that says its size, not what it makes ("Gigafactory de batteries")
_PLANT_NOUN = re.compile(r"(?:giga|mega)-?(?:factory|factories|usines?|complexe?s?|projets?)")
_POWER = re.compile(r"(?i:centrale|power|npp\b|nuclear|nucleaire)")


def _plant_kind(name: str) -> str:
    """The kind of plant a project's name says: a zone or park, a power station, or a
    plant (a factory, a mill, a complex…)."""
    if naming._ZONE.search(name):
        return "zone"
    if _POWER.search(name):
        return "power"
    return "plant"


# A definite description of a company with its nationality and no name: "au constructeur
# français", "cette entreprise chinoise", "the Chinese giant".
_COMPANY_NOUNS_BACK = (
    r"(?:constructeur|groupe|entreprise|societe|firme|geant|fabricant|industriel"
    r"|company|firm|group|giant|carmaker|automaker|manufacturer|conglomerate)"
)
_POINTED_BACK = re.compile(
    r"(?<![\w-])(?:(?:le|la|au|du|ce|cet|cette) (?:[a-z]+ )?"
    + _COMPANY_NOUNS_BACK
    + r"(?P<whose>(?: [a-z-]+){1,2})(?![\w-])"
    r"|(?:the|this) (?P<whose_en>[a-z-]+) (?:[a-z]+ (?:and [a-z]+ )?)?"
    + _COMPANY_NOUNS_BACK
    + r"(?![\w-]))"
)


class _Reader:
    """Reads one article; one job: turning mentions into proposals about records.

    Over the usual size: the steps of the reading share the article's state (its records
    so far, the one spoken of last, the facts waiting for a record) and read best together."""

    def __init__(self, source: Source, snapshot: Any) -> None:
        self.source = source
        self.snapshot = snapshot
        # a page's hard-wrapped lines read as the sentences they wrap (same offsets)
        # (and any long run without a space made spaces: no word, and slow to look into)
        self.text = without_long_runs(unwrapped(source.text))
        self.fold = folded(self.text)
        self.lang = (source.lang or guess_lang(self.fold))[:2]
        self.published: DateValue | None = source.published
        self._named_days: list[str] | None = None
        self.entities: list[Entity] = []
        self.proposals: list[Proposal] = []
        self._seen: set[tuple[str, str, str, int]] = set()
        # a company first said short, then in full ("le chinois Linglong … Linglong Tire"):
        # its key → the short name, no name of its own
        self._shortly_said: dict[str, str] = {}
        # the short names each organisation may be said by, as the records stand
        self._short_said: dict[tuple[Any, ...], list[str]] = {}
        self._weak_statuses: set[int] = set()
        self._said_first: dict[tuple[str, str, str, int], Proposal] = {}
        self.focus: dict[str, Entity] = {}
        self.regions_said: dict[str, str] = {}  # country → the last region the text named
        self._region_names: frozenset[str] | None = None
        self._town_names: frozenset[str] | None = None
        self._pair_places: list[tuple[int, int]] | None = None
        self.pending: list[Callable[[Entity], None]] = []
        self.pending_until = -1
        # Facts the lead states before any project is named ("IRRPL has started producing
        # rifles at Amethi", "Tosyali, implantée à Oran"): they wait for the first one named.
        self.lead: list[Callable[[Entity], None]] | None = []
        self.headline_end = headline_end(self.text)
        self.counted: tuple[tuple[int, str], int, int] | None = None
        self.used_dates: set[int] = set()
        self.sector_entities: dict[str, Entity] = {}
        self._sector_words: set[tuple[str, str]] = set()
        self._sector_said: dict[str, int] = {}  # where each sector's name was first said
        self._plant_named: set[str] = set()  # sectors a plant's own words have named
        self._plain_places: dict[str, tuple[int, int]] = {}
        self._existing = self._existing_names()
        self.sentences = sentences(self.text)
        self._surnames = surnames_said_alone(self.text)
        self._pair_said: list[tuple[int, re.Match[str]]] | None = None
        self._investor_spans: list[tuple[int, int]] | None = None
        self.pair = self._country_pair()
        # the headline's countries: where the body names its host by no country's name
        # ("Tunisie – IDE : …" over a body that says "le pays"), unless said of a company
        title = folded(source.title or "")
        self.title_countries = [
            c.country
            for c in countries_in(title)
            if not _COMPANY_AFTER.match(title, c.end)
            and not _COMPANY_BEFORE.search(title[max(0, c.start - 30) : c.start])
            # "Chinese cement plant to be in H'tota EPZ": an owner's adjective, no host
            and not (
                _OWNER_ADJECTIVE.match(title, c.end)
                and nationality_word((source.title or "")[c.start : c.end])
            )
        ]
        self.named_countries = sorted(
            {c.country for c in countries_in(self.fold)} | set(self.title_countries)
        )
        if not self.title_countries and not any(
            not _COMPANY_AFTER.match(self.fold, c.end)
            and not _COMPANY_BEFORE.search(self.fold[max(0, c.start - 30) : c.start])
            and not _POSSESSIVE_COMPANY.match(self.text, c.end)
            for c in countries_in(self.fold)
        ):
            # an article that names no host country, only its investors' ("A Chinese
            # company … in Yedashe Township"): the countries of the towns it names
            self.named_countries = sorted(
                {
                    *self.named_countries,
                    *countries_of_towns(self.text, self.fold),
                    *countries_of_regions(self.text, self.fold),
                }
            )
        # "a plant in northeast Georgia, according to Gov. X": the United States, said by its
        # states
        self.us_states = us_states_said(self.text, self.fold)
        if self.us_states and "US" not in self.named_countries:
            self.named_countries = sorted({*self.named_countries, "US"})
        self._host: str | None = None
        self._dollar_spelled = bool(_DOLLAR_SPELLED.search(self.fold))
        self._titles: list[tuple[int, int]] = []
        self._elsewhere: list[int] = []
        self._aside: set[int] = set()
        self._focus_said: dict[str, int] = {}  # the sentence each kind's focus was last said in
        # units the text counts ("trois unités industrielles"), waiting to be named: how
        # many are still to be, until which sentence; and those named so far
        self._units: tuple[int, int] | None = None
        self._parts_until = -1  # the last sentence whose plants said again are parts
        self._serving: list[tuple[int, int]] = []  # this sentence's plant's own utilities
        self._unit_names: list[str] = []

    # -- records ---------------------------------------------------------------------
    def _existing_names(self) -> dict[str, list[tuple[str, list[str]]]]:
        names: dict[str, list[tuple[str, list[str]]]] = {}
        if self.snapshot is None:
            return names
        for kind in ("orgs", "people", "projects", "agreements", "sectors"):
            names[kind] = [
                (record.id, matching.names_of(record, self.snapshot.claims_for(record.id)))
                for record in self.snapshot.tables[kind].values()
            ]
        return names

    def entity(
        self, kind: str, name: str, fresh: bool = False, whole: bool = False, **defaults: Any
    ) -> Entity:
        for known in [] if fresh else self.entities:
            if known.kind == kind and any(
                matching.score(name, other) >= matching.THRESHOLD for other in known.names
            ):
                if name not in known.names:
                    known.names.append(name)
                return known
        # ``whole``: the name is said whole, no other's short form ("X Power, filiale de X")
        shortened = self._shortened(kind, name) if not (fresh or whole) else None
        shortened = shortened or (self._abridged(kind, name) if not fresh else None)
        if shortened is not None:
            shortened.names.append(name)
            return shortened
        lengthened = self._lengthened(kind, name) if not (fresh or whole) else None
        if lengthened is not None:
            self._shortly_said.setdefault(lengthened.key, lengthened.name)
            lengthened.names.append(name)
            lengthened.name = name
            return lengthened
        found = matching.best(name, self._existing.get(kind, []))
        if found:
            entity = Entity(kind, name, found[0], found[0], [name])
        else:
            number = sum(1 for e in self.entities if e.subject is None) + 1
            entity = Entity(kind, name, None, f"new:{number}", [name], dict(defaults))
        self.entities.append(entity)
        return entity

    def _shortened(self, kind: str, name: str) -> Entity | None:
        """The one organisation named before whose name opens with ``name``, by whole
        words: "Sumec Textile & Light Co Ltd …, the Chinese firm Sumec" is one company."""
        if kind != "orgs" or len(name) < 4 or countries_in(fold(name)):
            return None
        longer = [
            e
            for e in self.entities
            if e.kind == "orgs" and any(other.startswith(name + " ") for other in e.names)
        ]
        return longer[0] if len(longer) == 1 else None

    def _lengthened(self, kind: str, name: str) -> Entity | None:
        """The one organisation named before, short, whose name opens ``name`` by whole
        words ("Le chinois Linglong …" then "Linglong Tire", "l'usine Hyundai …" then
        "Hyundai Motor"): the company said in full after its short name, one word of its
        trade added; none when more words are added ("Fiat" then "Fiat Auto Argentina", its
        subsidiary), or the word added is a group's noun, a region or a place ("Essar" then
        "Essar Group", "Kubota" then "Kubota Europe": another company)."""
        if kind != "orgs" or countries_in(fold(name)):
            return None
        shorter = [
            e
            for e in self.entities
            if e.kind == "orgs"
            and e.subject is None
            and len(e.name) >= 4
            and all(name.startswith(other + " ") for other in e.names)
        ]
        if len(shorter) != 1:
            return None
        added = name[len(shorter[0].name) + 1 :]
        if " " in added or _NOT_ITS_TRADE.fullmatch(added) or places_in(fold(added)):
            return None
        # "une nouvelle usine, Elysée Wise … son fournisseur chypriote, Elysée": the longer
        # name said before the short one alone is another's (the plant's, the venture's),
        # not the short company's full name said later
        alone = rx.search(
            re.escape(shorter[0].name) + r"(?! " + re.escape(added) + r"(?![\w-]))", self.text
        )
        said_whole = self.text.find(name)
        if alone is not None and 0 <= said_whole < alone.start():
            return None
        return shorter[0]

    def _abridged(self, kind: str, name: str) -> Entity | None:
        """The one organisation named before whose name ``name`` says with a word or two
        left out inside it, its first and last words kept ("Honam Corporation" after "Honam
        Petrochemical Corporation", "Norvel Group" after "Norvel Cement Group"): the same
        company, said short."""
        words = name.split()
        if kind != "orgs" or len(words) < 2 or countries_in(fold(name)):
            return None
        fuller = [
            e
            for e in self.entities
            if e.kind == "orgs" and any(_leaves_out(other.split(), words) for other in e.names)
        ]
        return fuller[0] if len(fuller) == 1 else None

    def _full_names(self) -> None:
        """A company first said short, then in full, is named by its full name: the short
        name's own claim goes, and all its claims are the full name's record's."""
        for entity in self.entities:
            short = self._shortly_said.get(entity.key)
            if short is None:
                continue
            kept = []
            for p in self.proposals:
                if p.new is not None and p.new.key == entity.key:
                    if p.field == "name" and short in p.plain_value().values():
                        continue
                    p.new = entity.new
                kept.append(p)
            self.proposals = kept

    # -- proposals -------------------------------------------------------------------
    def add(
        self, entity: Entity, field_name: str, value: Any, start: int, end: int, confidence: float
    ) -> None:
        start, end = strip_span(self.text, start, end)
        if start >= end:
            return
        try:
            typed = typed_value(entity.kind, field_name, value)
        except ClaimValueError:
            return
        if (
            field_name in ("name", "title")
            and entity.kind in ("projects", "agreements")
            and self._named_already(entity, value)
        ):
            return
        key = (entity.key, field_name, repr(value), start)
        once = (entity.key, field_name, _said(field_name, value), -1)
        if key in self._seen:
            return
        if (field_name in _ONCE or field_name.startswith("dates.")) and once in self._seen:
            said = self._said_first[once]
            if (
                field_name.startswith("dates.")
                and getattr(typed, "earliest", None)
                and (
                    said.plain_value().get("earliest") is None
                    or (
                        _VAGUE_DATE.fullmatch(fold(str(said.plain_value().get("raw") or "")))
                        and not _VAGUE_DATE.fullmatch(fold(str(getattr(typed, "raw", "") or "")))
                    )
                )
            ):
                # "a inauguré mercredi" on an undated page, then "L'activité a débuté en
                # avril 2015": a day the calendar places outweighs a weekday it cannot;
                # "recently inaugurated", then "the start of production in May 2013": the
                # month said outweighs the vague word
                said.value, said.quote, said.start, said.end = (
                    typed,
                    self.text[start:end],
                    start,
                    end,
                )
                said.conflicts = self._conflicts(entity, field_name, typed)
                return
            if (
                field_name == "dates.operation_start"
                and _INAUGURATED.search(fold(said.quote))
                and _OUTPUT_BEGUN.search(self.fold, start, end)
                and (getattr(typed, "earliest", None) or "")
                <= (said.plain_value().get("earliest") or "9999")
            ):
                # "inaugurée jeudi", then "La production a commencé il y a quelques
                # semaines": the ceremony comes after the plant's work began, and its work's
                # start is when it entered operation
                said.value, said.quote, said.start, said.end = (
                    typed,
                    self.text[start:end],
                    start,
                    end,
                )
                said.conflicts = self._conflicts(entity, field_name, typed)
                return
            if said.start < self.headline_end <= start:
                # Said in the headline, then in the body: the body's words are the quote.
                said.quote, said.start, said.end = self.text[start:end], start, end
            return
        self._seen.update({key, once})
        self.proposals.append(
            Proposal(
                entity.subject,
                entity.new,
                field_name,
                typed,
                self.text[start:end],
                start,
                end,
                confidence,
                self._conflicts(entity, field_name, typed),
            )
        )
        self._said_first.setdefault(once, self.proposals[-1])

    def _agreement_named_after(self, at: int, noun: str | None = None) -> bool:
        """Whether the article names an agreement after ``at`` ("cet accord … l'accord de
        partenariat pour …"): then "cet accord" is that one, said before its name. With
        ``noun``, only one said by that noun counts ("the deal" is no "registration
        agreement")."""
        return any(
            m.name and (noun is None or noun in folded(m.name))
            for m in agreements_in(self.text, self.fold, at, len(self.text))
        )

    def _named_already(self, entity: Entity, value: Any) -> bool:
        """ "El-Dabaa plant" after "the El-Dabaa power plant", "Akkuyu nuclear power plant"
        after "Akkuyu NPP": the same name shortened or spelled out, not another name."""
        words = [set(matching.content(v).split()) for v in value.values() if v]
        for proposal in self.proposals:
            if proposal.group != entity.ref or proposal.field not in ("name", "title"):
                continue
            if proposal.end <= self.headline_end:
                continue  # a headline's name gives way to the body's
            for said in msgspec.to_builtins(proposal.value).values():
                other = set(matching.content(str(said)).split())
                if any(w and (w == other or (w < other and len(other - w) == 1)) for w in words):
                    return True
        return False

    def _conflicts(self, entity: Entity, field_name: str, value: Any) -> list[str]:
        if entity.subject is None or self.snapshot is None:
            return []
        return conflicts_with(self.snapshot, entity.subject, field_name, value, self.published)

    # -- reading ---------------------------------------------------------------------
    def read(self) -> list[Proposal]:
        for sentence in self.sentences:
            self._sentence(sentence)
        self._countries()
        self._unnamed_company_country()
        for entity in self.entities:
            if "in_country" in entity.defaults and not entity.defaults.get("located"):
                country, start, end = entity.defaults["in_country"]
                self.add(entity, "location", {"country": country}, start, end, 0.6)
        self._same_plants()
        self._one_plant()
        self._first_of_a_second()
        self._ranked_parts()
        self._counted_parts()
        self._same_agreements()
        self._bare_agreement_said_again()
        self._convention_names()
        self._broad_metal_yields()
        self._others_sectors()
        self._sector_names()
        self._offer_names()
        self._full_names()
        named_in_body = {
            p.group
            for p in self.proposals
            if p.field in ("name", "title") and p.start >= self.headline_end
        }
        self.proposals = [
            p
            for p in self.proposals
            if not (
                p.field in ("name", "title")
                and p.end <= self.headline_end
                and p.group in named_in_body
                and p.new is not None
                and p.new.kind in ("projects", "agreements")
            )
        ]
        self.proposals.sort(key=lambda p: (self._order(p.group), p.start))
        return self.proposals

    def _unnamed_company_country(self) -> None:
        """ "A Chinese company signed … The agreement was signed between X Company and …": a
        company said first by its nationality alone ("a", "une") is the next one named;
        "the Indian firm" said after a name is the last one named; either gives its country
        if none is said of it. The quote is "the Chinese company" said of it after its name,
        else the first words."""
        for said in _UNNAMED_COMPANY.finditer(self.text):
            country = nationality_word(said.group(1) or said.group(2) or "")
            if country is None:
                continue
            indefinite = said.group().casefold().startswith(("a ", "an ", "une "))
            named = [
                p
                for p in self.proposals
                if p.field == "name"
                and p.new is not None
                and p.new.kind == "orgs"
                and (
                    said.end() <= p.start < said.end() + 400
                    if indefinite
                    else said.start() - 400 < p.end <= said.start()
                )
            ]
            if not named:
                continue
            chosen = (
                min(named, key=lambda p: p.start) if indefinite else max(named, key=lambda p: p.end)
            )
            entity = next((e for e in self.entities if e.ref == chosen.group), None)
            if (
                entity is None
                or entity.defaults.get("org_kind") != "company"
                or _PUBLIC_BODY.search(entity.name)
                # "with local firm Lat War", "l'entreprise publique X": a name said with a
                # description of its own
                or rx.search(
                    r"\b(?:firm|company|group|partner|entreprise|societe|groupe)"
                    r"(?: publique| nationale| d'etat)? $",
                    self.fold[max(0, chosen.start - 20) : chosen.start],
                )
                or any(p.group == chosen.group and p.field == "country" for p in self.proposals)
            ):
                continue
            again = (
                next(
                    (
                        m
                        for m in _UNNAMED_COMPANY.finditer(self.text, chosen.end)
                        if not m.group().casefold().startswith(("a ", "an ", "une "))
                        and nationality_word(m.group(1) or m.group(2) or "") == country
                    ),
                    None,
                )
                if indefinite
                else None
            )
            quoted = again or said
            self.add(entity, "country", country, quoted.start(), quoted.end(), 0.55)

    def _sector_names(self) -> None:
        """A sector is named where a record is first said to be of it: a sector's word said
        of the country's economy, of a company's trade or of nothing the article records
        ("the steel industry of the region") names no sector; an analyst records a sector
        only as a project's, an agreement's or an organisation's, and quotes it there."""
        first_link: dict[str, Proposal] = {}
        for p in sorted(self.proposals, key=lambda p: p.start):
            if p.field != "sectors":
                continue
            value = p.plain_value()
            ref = value.get("sector") if isinstance(value, dict) else value
            if isinstance(ref, str):
                first_link.setdefault(ref, p)
        kept: list[Proposal] = []
        for p in self.proposals:
            if (
                p.field == "name"
                and p.new is not None
                and p.new.kind == "sectors"
                and p.new.key not in first_link
                and not self._said_as_sector(p.start, p.end)
            ):
                continue
            kept.append(p)
        self.proposals = kept

    def _broad_metal_yields(self) -> None:
        """ "Métallurgique", "metallurgical" say metals of any kind: a plant said so and also
        of a trade that names its metal or ore ("une usine métallurgique" treating the mining
        sector's waste, "a metallurgical plant" refining alumina) is of that trade, not of
        steel, which the broad word alone gave it."""
        steel = self.sector_entities.get("steel")
        narrower = {
            self.sector_entities[key].ref
            for key in ("mining", "aluminium")
            if key in self.sector_entities
        }
        if steel is None or not narrower:
            return

        def ref_of(p: Proposal) -> object:
            value = p.plain_value()
            return value.get("sector") if isinstance(value, dict) else value

        held = {p.group for p in self.proposals if p.field == "sectors" and ref_of(p) in narrower}
        self.proposals = [
            p
            for p in self.proposals
            if not (
                p.field == "sectors"
                and p.group in held
                and ref_of(p) == steel.ref
                and _BROAD_METAL.fullmatch(self.fold, p.start, p.end)
            )
        ]

    def _others_sectors(self) -> None:
        """A sector said beside a plant but in another plant's own words ("a ferronickel
        smelter and its electricity plant") is that other plant's, not a second sector of
        the first: a secondary sector that another project holds as its primary one is
        dropped."""
        ends = [s.end for s in self.sentences]

        def sentence_of(offset: int) -> int:
            return bisect_right(ends, offset)

        primary: dict[tuple[str, int], set[str]] = {}
        for p in self.proposals:
            value = p.plain_value()
            if p.field == "sectors" and isinstance(value, dict) and value.get("primary"):
                said = (str(value.get("sector")), sentence_of(p.start))
                primary.setdefault(said, set()).add(p.group)
        self.proposals = [
            p
            for p in self.proposals
            if not (
                p.field == "sectors"
                and isinstance(p.plain_value(), dict)
                and not p.plain_value().get("primary")
                and primary.get((str(p.plain_value().get("sector")), sentence_of(p.start)), set())
                - {p.group}
            )
        ]

    def _said_as_sector(self, start: int, end: int) -> bool:
        """ "Le secteur touristique", "l'industrie pharmaceutique", "the mining sector":
        words that call it a sector name one, whatever record holds it."""
        before = self.fold[max(0, start - 30) : start]
        return bool(
            _AS_SECTOR_BEFORE.search(before)
            or _AS_SECTOR_AFTER.match(self.fold, end)
            or _AS_SECTOR_WORD.search(self.fold, start, end)
        )

    def _same_plants(self) -> None:
        """Two new projects the text says by two nouns of one plant ("une cimenterie",
        then "une usine de fabrication de ciment"; "L'usine Cimpor de Kribi" after
        Cimpor's cement plant at Kribi) are one: the later one's words all say the earlier
        one's product, town or owner, no other project's, and no town or rank of theirs
        differs. The name the text gives wins; else the first said."""
        projects = sorted(
            (e for e in self.entities if e.kind == "projects" and e.subject is None),
            key=self._first_said,
        )
        # each project's words, town and owners, read once and again only after a merge (a
        # long text says hundreds of plants: read again for every pair, they cost minutes)
        read: tuple[dict[str, list[Proposal]], dict[str, set[str]]] | None = None
        for later in list(projects):
            if later.defaults.get("another") or later.defaults.get("unit") or later not in projects:
                continue  # a unit of those the text counts and names is none of the others
            earlier = projects[: projects.index(later)]
            if read is None:
                read = self._projects_read(projects)
            own, described = read
            found = [e for e in earlier if self._same_plant(e, later, projects, own, described)]
            if len(found) != 1:
                continue
            read = None  # the two are merged below, one way or the other
            first = found[0]
            where = self._locality(first) or self._locality(later)
            if fold(naming.conventional(first.name, where, self.lang, False)) == fold(later.name):
                # "sa deuxième usine", then "l'usine de Debrecen": the later words are the
                # name the convention gives the first; the first said keeps its quote
                self._merge(later, first)
                projects.remove(later)
                continue
            if (
                (self._proper(later) and not self._proper(first))
                or (
                    # "son projet Mariana", then "L'usine de Mariana": the plant's noun says more
                    self._proper(later)
                    and rx.match(r"(?i:projet|project)\b", first.name)
                    and not rx.match(r"(?i:projet|project)\b", later.name)
                )
                or (
                    # the headline's plant, said again in the body by other words: the body's
                    # first words name it (the convention's noun phrase is the body's), as they
                    # do a name the headline alone gives it ("Olkaria plant")
                    not self._proper(later)
                    and self._named_in_headline_only(first)
                    and not self._named_in_headline_only(later)
                )
            ):
                self._merge(first, later)
                projects.remove(first)
            else:
                self._merge(later, first)
                projects.remove(later)

    def _one_plant(self) -> None:
        """A press article is about one plant of each kind (a plant, a zone, a power
        station), however many ways it says it ("the newly inaugurated production
        facility", "l'usine Renault de Douai", "la nouvelle usine de batteries"): a later
        project is the article's first one (the headline's, else the body's first) unless
        the text tells them apart. What tells them apart: the text counts plants ("two
        factories"); words before the later one ("another", "une autre", "a second", "its
        existing plant", one its owner already has or had); ranks that differ; another
        town; another company's; another product said in the same sentence ("ceramic
        tiles and cement factories"); one said in the plural."""
        if plants_counted(self.fold):
            return
        projects = sorted(
            (e for e in self.entities if e.kind == "projects" and e.subject is None),
            key=self._first_said,
        )
        mains: dict[str, Entity] = {}
        kinds = Counter(_plant_kind(e.name) for e in projects)
        for later in projects:
            kind = _plant_kind(later.name)
            main = mains.get(kind)
            if main is None:
                mains[kind] = later
                continue
            # "sa nouvelle usine … l'usine Cimaf Gabon": a plant said by its noun alone is
            # the article's other one of its kind, whoever the sentence says built it
            bare = kinds[kind] == 2 and (self._says_nothing(main) or self._says_nothing(later))
            if self._told_apart(main, later, bare):
                continue
            if (
                (self._proper(later) and not self._proper(main))
                or (
                    # "son projet Mariana", then "L'usine de Mariana": the plant's noun says more
                    # than "projet", the one name of a project the text gives
                    self._proper(later)
                    and rx.match(r"(?i:projet|project)\b", main.name)
                    and not rx.match(r"(?i:projet|project)\b", later.name)
                )
                or (
                    not self._proper(later)
                    and self._named_in_headline_only(main)
                    and not self._named_in_headline_only(later)
                )
                or self._owner_s_name_then_town_s(main, later)
            ):
                # a name the text gives wins; the body's first words name the headline's
                self._merge(main, later)
                mains[kind] = later
            else:
                self._merge(later, main)

    def _owner_s_name_then_town_s(self, main: Entity, later: Entity) -> bool:
        """True if ``main`` is named only by its owner's name ("La fromagerie de Bel Canada",
        a company the text names) and ``later``, the same plant, by words of its own, its
        town's ("l'usine de Sorel-Tracy"): the owner's name says whose it is, which its
        party says, so the town's names it."""
        return (
            self._proper(main)
            and self._proper(later)
            and not self._name_words(main)
            and bool(self._name_words(later))
        )

    def _first_in_a_place(self, entity: Entity) -> bool:
        """True if every mention of ``entity`` that ranks it ranks it within a place ("la
        première usine canadienne du groupe X"): its owner's first there, which tells it
        from no plant the article says without a rank ("l'usine de Sorel-Tracy")."""
        quotes = [p.quote for p in self.proposals if p.group == entity.key and p.field == "name"]
        # (the words of a plant merged into it, "Première usine canadienne", count too)
        ranked = [said for said in [*quotes, *entity.names, *entity.said] if naming.rank(said)]
        return bool(ranked) and any(naming.ranked_in_a_place(said) for said in ranked)

    def _says_nothing(self, entity: Entity) -> bool:
        """True if a project is said only by a plant's noun ("sa nouvelle usine", "the
        facility"): no name the text gives it, no word of what it makes, its town aside."""
        words = naming.plant_words(" ".join(entity.names)) - self._towns(entity)
        return not words and not self._proper(entity)

    def _told_apart(self, main: Entity, later: Entity, bare: bool = False) -> bool:
        """True if the text tells ``later`` from ``main`` (see ``_one_plant``); owners that
        differ do not when one of the two is ``bare`` (said by a plant's noun alone)."""
        if later.defaults.get("another") or later.defaults.get("plural"):
            return True
        if self._zone_s_project(later) != self._zone_s_project(main):
            return True  # "le projet Lafito" of the Lafito free zone, and a plant in the zone
        ranks = self._rank(main), self._rank(later)
        if (
            any(ranks)
            and ranks[0] != ranks[1]
            # "la première usine canadienne du groupe X" and "l'usine de Sorel-Tracy": a first
            # in a place tells apart no plant said without a rank
            and not (not all(ranks) and self._first_in_a_place(main if ranks[0] else later))
        ):
            return True
        towns = self._towns(main), self._towns(later)
        if all(towns) and not towns[0] & towns[1]:
            return True
        owners = self._parties(main), self._parties(later)
        if all(owners) and not owners[0] & owners[1] and not bare:
            return True
        said = [p for p in self.proposals if p.group == later.key and p.field == "name"]
        if ranks[0] and ranks[0] == ranks[1]:
            said = []  # "first EV plant", then "its first … plant": one rank, one plant
        for p in said:
            sentence = next((s for s in self.sentences if s.start <= p.start < s.end), None)
            opening = sentence.start if sentence is not None else 0
            if told_apart_before(
                self.fold, opening, p.start, p.end
            ) and not self._ranked_after_another_s(main, p.end):
                return True
        names = self._name_words(main), self._name_words(later)
        if all(names) and not names[0] & names[1]:
            return True  # "la cimenterie de KAO … la cimenterie de Malbaza": two names
        products = self._products(main), self._products(later)
        # "l'usine de laminage à chaud … l'usine de laminage à froid", "lait infantile" and
        # "lait en poudre": each makes something the other is not said to make
        return all(products) and bool(products[0] - products[1]) and bool(products[1] - products[0])

    def _ranked_after_another_s(self, main: Entity, at: int) -> bool:
        """True if the plant said "another" at ``at`` is ranked after a company no party of
        ``main`` ("another new cement plant, the second joint venture in the industry after
        X"): it is another than X's, which tells it from none of the article's."""
        after = _THEN_RANKED_AFTER.match(self.fold, at)
        if after is None:
            return False
        parties = self._parties(main)
        return any(
            e.kind == "orgs"
            and e.ref not in parties
            and any(self.text.startswith(n, after.end()) for n in e.names)
            for e in self.entities
        )

    def _zone_s_project(self, entity: Entity) -> bool:
        """True if a project is named by the name of a zone or a park the text speaks of
        ("le projet Lafito" beside "la zone franche de Lafito"): the zone's own project,
        not a plant built in it."""
        if naming._ZONE.search(entity.name) or not self._proper(entity):
            return False
        words = [w for w in fold(entity.name).split() if w not in ("projet", "project", "the")]
        return bool(words) and any(
            rx.search(
                r"\b(?:zone franche|zone industrielle|zone economique|parc industriel|free zone|"
                r"industrial (?:zone|park)|economic zone)(?: de | d'| du | of )?" + re.escape(w),
                self.fold,
            )
            for w in words
        )

    def _products(self, entity: Entity) -> set[str]:
        """The stems of what a project's names say it makes, its town and owners aside."""
        # ("Usine en Europe": where it is, no product either)
        said = " ".join(naming.without_place_after(n) for n in entity.names)
        words = naming.plant_words(said) - self._towns(entity)
        # a noun of size ("Gigafactory de batteries") says no product
        words -= {
            next(iter(naming.plant_words(noun)), "")
            for noun in map(naming.head_noun, entity.names)
            if _PLANT_NOUN.fullmatch(noun)
        }
        for ref in self._parties(entity):
            party = next((e for e in self.entities if e.ref == ref), None)
            if party is not None:
                words -= naming.plant_words(" ".join(party.names))
        return words - self._name_words(entity)

    def _name_words(self, entity: Entity) -> set[str]:
        """The stems of the words the text capitalises inside a sentence in a project's
        name ("The Rockingham plant", "L'usine d'Ostreval"): a town's or a name's, which
        say no product (a sector's word capitalised, "une usine de Cimenterie", still
        does)."""
        words: set[str] = set()
        for p in self.proposals:
            if p.group != entity.key or p.field != "name":
                continue
            for word in rx.finditer(r"[\w'’-]+", p.quote):
                said = naming.without_elision(word.group())
                before = self.text[: p.start + word.start()].rstrip()
                if (
                    said[:1].isupper()
                    and before
                    and not before.endswith((".", "!", "?", "\n", ":"))
                    and not naming.common_noun(said)
                    and not naming.whose_place(said)
                ):
                    words |= naming.plant_words(said)
        # a company's name fixed to the noun ("l'usine Renault de Tanger") says whose
        # plant it is, which may tell it from the article's
        for other in self.entities:
            if other.kind == "orgs":
                words -= naming.plant_words(" ".join(other.names))
        return words

    def _first_of_a_second(self) -> None:
        """ "X, implantée à Oran avec un premier complexe …, réalise un deuxième complexe":
        the first plant of a noun, said beside a second of that noun, is the one its owner
        already has, what the second is told apart from, no project the article is about."""
        projects = [e for e in self.entities if e.kind == "projects" and e.subject is None]
        ranked = {(naming.rank(e.name), naming.head_noun(e.name)): e for e in projects}
        for (rank, noun), entity in ranked.items():
            if fold(rank) not in ("premier", "premiere", "first") or not noun:
                continue
            second = next(
                (
                    other
                    for (r, n), other in ranked.items()
                    if n == noun and fold(r) in ("deuxieme", "second", "seconde")
                ),
                None,
            )
            if second is not None and self._first_said(entity) < self._first_said(second):
                self.proposals = [
                    p
                    for p in self.proposals
                    if p.group != entity.key and p.plain_value() != entity.ref
                ]

    def _ranked_parts(self) -> None:
        """ "une convention pour la réalisation d'un projet industriel …, compte construire
        deux usines : la première usine sera construite à X, tandis que la seconde …": plants
        the text counts and tells apart by their rank, said after a project they are built
        for, are that project's components, named by their rank as the text says it
        ("Première usine", "Seconde usine"), as the plants a project comprises are; what is said of them is the
        project's, their towns aside (the project lies in each). Ranked plants with no
        project said before them stay records of their own."""
        if not plants_counted(self.fold):
            return
        projects = [e for e in self.entities if e.kind == "projects" and e.subject is None]
        ranked = [e for e in projects if naming.rank(e.name)]
        first = ("premier", "premiere", "first")
        ranks = {fold(naming.rank(e.name)) for e in ranked}
        if len(ranked) < 2 or not ranks & set(first):
            return
        if len({naming.head_noun(e.name) for e in ranked}) != 1:
            return
        said = min(self._first_said(e) for e in ranked)
        owners = [e for e in projects if e not in ranked and self._first_said(e) < said]
        if len(owners) != 1:
            return
        owner = owners[0]
        after = len(self.text)
        ranked.sort(key=lambda e: (fold(naming.rank(e.name)) not in first, self._first_said(e)))
        for entity in ranked:
            named = rx.match(r"\S+ \S+", entity.name)
            part = named.group() if named else entity.name
            at = min(
                (p for p in self.proposals if p.group == entity.key and p.field == "name"),
                key=lambda p: p.start,
            )
            quote = at.start, at.end
            rank = fold(naming.rank(entity.name))
            if rank in first:
                after = at.end
            elif named and rank not in fold(at.quote):
                # counted, not said: "la seconde sera établie" names it by the text's word
                word = rx.compiled(_SECOND_SAID).search(self.fold, after, after + 300)
                if word is not None:
                    text = self.text[word.start(1) : word.end(1)]
                    part = f"{text[:1].upper()}{text[1:]} {part.split(' ', 1)[1]}"
                    quote = word.start(), word.end()
            self.proposals = [
                p
                for p in self.proposals
                if not (p.group == entity.key and p.field in ("location", "name"))
            ]
            self._merge(entity, owner)
            self.add(owner, "components", {"name": {self.lang: part}}, *quote, 0.5)

    def _counted_parts(self) -> None:
        """The plants of a record of plants counted together ("deux unités …, l'une à
        Koutiala et l'autre à Bamako") are its components, named by the rank the text gives
        each ("La première unité …, la deuxième unité …"); the record lies in both towns, so
        its place is their country alone, no town in its name."""
        for entity in self.entities:
            at = entity.defaults.get("counted_apart")
            if not isinstance(at, int):
                continue
            noun = naming.head_noun(entity.name)
            singular = naming.singular(noun)
            for p in [p for p in self.proposals if p.group == entity.key]:
                value = p.plain_value()
                if p.field == "location" and isinstance(value, dict) and value.get("locality"):
                    self.proposals.remove(p)
                    country = {"country": value["country"]}
                    self.add(entity, "location", country, p.start, p.end, p.confidence)
            said = rf"\b(?:la|le|the) ((?:premiere|premier|deuxieme|seconde?|first|second) {singular})\b"
            for part in rx.finditer(said, self.fold[at:]):
                words = self.text[at + part.start(1) : at + part.end(1)]
                name = words[:1].upper() + words[1:]
                a, b = at + part.start(1), at + part.end(1)
                self.add(entity, "components", {"name": {self.lang: name}}, a, b, 0.5)

    def _same_agreements(self) -> None:
        """An agreement the headline names and one the body names, of one instrument and
        for the same projects ("Contract to build X inked", then "A contract for the
        construction of X was signed"), or the body's only one after a headline's bare
        "accord" (see below), are one: the body's words name it."""
        if not self.headline_end:
            return
        agreements = [e for e in self.entities if e.kind == "agreements" and e.subject is None]
        for headline in agreements:
            if self._first_said(headline, "title") >= self.headline_end:
                continue
            body = [
                e
                for e in agreements
                if e is not headline
                and self._first_said(e, "title") >= self.headline_end
                and e.defaults.get("instrument") == headline.defaults.get("instrument")
                and self._linked(e) == self._linked(headline)
            ]
            said = [e for e in agreements if self._first_said(e, "title") >= self.headline_end]
            if not body and len(said) == 1 and self._bare_headline_agreement(headline, said[0]):
                body = said
            if len(body) == 1:
                self._merge(headline, body[0])

    def _bare_headline_agreement(self, headline: Entity, body: Entity) -> bool:
        """True if a headline's agreement is said by a bare noun, no instrument of its own
        ("le Niger et la Turquie signent un accord", "sign agreement on cement plant"), and
        the one agreement the body names is for the projects it is for, if any ("ont signé
        un protocole d'accord pour …"): the headline's word is a shorthand for it, whatever
        its instrument."""
        noun = rx.match(r"[\w-]+", fold(headline.name))
        return (
            noun is not None
            and noun.group() in ("agreement", "accord", "deal", "pact", "pacte", "entente")
            and headline.defaults.get("instrument") in (None, "other")
            and self._linked(headline) <= self._linked(body)
        )

    def _bare_agreement_said_again(self) -> None:
        """ "An agreement for US$20million investment to build a cement factory was
        formalised", then "The Ministry signed a lease agreement … for the new cement
        factory": an agreement said by its noun alone and, within the next sentence, one
        of that noun the text qualifies, for the same plant, are one agreement, named by the
        qualified words."""
        agreements = [e for e in self.entities if e.kind == "agreements" and e.subject is None]
        for bare in agreements:
            noun = fold(bare.name)
            if noun not in ("agreement", "accord", "contract", "contrat", "convention", "deal"):
                continue
            linked = self._linked(bare)
            said = self._first_said(bare, "title")
            others = [
                e
                for e in agreements
                if e is not bare
                and e.subject is None
                and fold(e.name).endswith(" " + noun)
                and self._linked(e) == linked
                and 0 < self._first_said(e, "title") - said < 400
            ]
            if linked and len(others) == 1:
                self._merge(bare, others[0])

    def _linked(self, agreement: Entity) -> set[str]:
        """The projects an agreement is said to be for."""
        return {
            str(p.plain_value())
            for p in self.proposals
            if p.group == agreement.key and p.field == "projects"
        }

    def _same_plant(
        self,
        first: Entity,
        later: Entity,
        projects: list[Entity],
        own: dict[str, list[Proposal]],
        described: dict[str, set[str]],
    ) -> bool:
        """True if ``later`` says ``first`` and no other of ``projects`` (see above);
        ``own`` each record's proposals, ``described`` each project's ``_described``."""
        towns = self._towns(first, own), self._towns(later, own)
        if all(towns) and not towns[0] & towns[1]:
            return False
        ranks = self._rank(first), self._rank(later)
        if all(ranks) and ranks[0] != ranks[1]:
            return False  # "le premier complexe" and "le deuxième": two plants
        owners = self._parties(first, own), self._parties(later, own)
        if all(owners) and not owners[0] & owners[1]:
            return False  # two companies' plants of one product
        if (
            len(projects) == 2
            and not towns[0]
            and towns[1]
            and not naming.plant_words(first.name)
            and not later.defaults.get("another")
        ):
            # "its new factory in the Dominican Republic", then "an injection molding,
            # assembly and packaging plant … in Santo Domingo": an article's only two plants,
            # the first said by its bare noun and no town, the other with its town, are one
            return True
        others = [described[e.key] for e in projects if e is not first and e is not later]
        return any(
            naming.says_same_plant(one.name, described[other.key])
            and not any(naming.says_same_plant(one.name, words) for words in others)
            for one, other in ((later, first), (first, later))
        )

    def _projects_read(
        self, projects: list[Entity]
    ) -> tuple[dict[str, list[Proposal]], dict[str, set[str]]]:
        """Each record's proposals, and each of ``projects``'s ``_described``, as they stand."""
        own = self._own()
        by_ref: dict[str, Entity] = {}
        for e in self.entities:
            by_ref.setdefault(e.ref, e)
        return own, {e.key: self._described(e, own, by_ref) for e in projects}

    def _own(self) -> dict[str, list[Proposal]]:
        """Each record's proposals as they stand, by its key or id."""
        own: dict[str, list[Proposal]] = {}
        for p in self.proposals:
            own.setdefault(p.group, []).append(p)
        return own

    def _towns(self, entity: Entity, own: dict[str, list[Proposal]] | None = None) -> set[str]:
        """The stems of the town and the region a project is placed in (a site the text
        says is in a town, "Kelburg hot springs in Marova", is none); ``own`` each record's
        proposals, if read already."""
        words: set[str] = set()
        for p in self.proposals if own is None else own.get(entity.key, ()):
            if p.group == entity.key and p.field == "location":
                value = p.plain_value()
                said = " ".join(
                    str(value.get(k) or "")
                    for k in ("locality", "region")
                    if not said_as_site(self.text, self.fold, str(value.get(k) or "-"))
                )
                words |= naming.plant_words(said)
        return words

    def _described(
        self,
        entity: Entity,
        own: dict[str, list[Proposal]] | None = None,
        by_ref: dict[str, Entity] | None = None,
    ) -> set[str]:
        """The stems of a project's words, its town's and its parties' names (``own`` as
        ``_towns``, ``by_ref`` the records by id or key, if read already)."""
        words = naming.plant_words(" ".join(entity.names)) | self._towns(entity, own)
        for ref in self._parties(entity, own):
            party = (
                by_ref.get(ref)
                if by_ref is not None
                else next((e for e in self.entities if e.ref == ref), None)
            )
            if party is not None:
                words |= naming.plant_words(" ".join(party.names))
        return words

    def _parties(self, entity: Entity, own: dict[str, list[Proposal]] | None = None) -> set[str]:
        """The organisations a project is said to be of (``own`` as ``_towns``)."""
        return {
            str(p.plain_value().get("org"))
            for p in (self.proposals if own is None else own.get(entity.key, ()))
            if p.group == entity.key and p.field == "parties" and p.plain_value().get("org")
        }

    def _locality(self, entity: Entity) -> str | None:
        return next(
            (
                p.plain_value().get("locality")
                for p in self.proposals
                if p.group == entity.key and p.field == "location"
            ),
            None,
        )

    def _first_said(self, entity: Entity, field_name: str = "name") -> int:
        return min(
            (p.start for p in self.proposals if p.group == entity.key and p.field == field_name),
            default=len(self.text),
        )

    def _proper(self, entity: Entity) -> bool:
        names = [p for p in self.proposals if p.group == entity.key and p.field == "name"]
        return bool(names) and self._given_name(entity, min(names, key=lambda p: p.start))

    def _convention_names(self) -> None:
        """Each new project the text gives no proper name is named as an analyst names it
        (naming.py): its noun phrase and its locality; two named alike are one."""
        projects = [e for e in self.entities if e.kind == "projects" and e.subject is None]
        nouns = Counter(naming.head_noun(e.name) for e in projects)
        by_name: dict[str, Entity] = {}
        for entity in projects:
            names = [p for p in self.proposals if p.group == entity.key and p.field == "name"]
            if not names or self._given_name(entity, min(names, key=lambda p: p.start)):
                # "the Chinese-owned Goodwill Ceramic factory": whose, no part of its name
                # "son usine géante de Tanger": its size, no part of it either
                quotes = " ".join(p.quote for p in names)
                # "l'usine de Most (nord)": where its town lies, no part of it either
                bare = naming.without_quality(naming.without_owner(entity.name), quotes)
                bare = naming.without_where_aside(bare)
                body = [p for p in names if p.start >= self.headline_end]
                if (
                    body
                    and naming.without_place_after(entity.name) != entity.name
                    and not any(p.end <= self.headline_end for p in body)
                ):
                    # "une cimenterie à X" in the headline, "la cimenterie de X" in the
                    # body: a town said after the noun is where it is; the body's first
                    # words name it
                    said = min(body, key=lambda p: p.start)
                    bare = said.plain_value().get(self.lang) or bare
                for said in names:
                    text = said.plain_value().get(self.lang) or ""
                    kept = bare if fold(text) == fold(entity.name) else text
                    kept = naming.without_where_aside(naming.without_quality(kept, quotes))
                    if kept != text:
                        said.value = typed_value(entity.kind, "name", {self.lang: kept})
                if bare != entity.name:
                    self._rename(entity, bare)
                by_name.setdefault(fold(entity.name), entity)
                continue
            where = self._convention_town(entity)
            keep_rank = nouns[naming.head_noun(entity.name)] > 1
            body = [p for p in names if p.start >= self.headline_end] or names
            first = min(body, key=lambda p: p.start)
            words = next((str(t) for t in first.plain_value().values() if t), entity.name)
            words = self._described_after(entity, first, words)
            name = naming.conventional(words, where, self.lang, keep_rank)
            same = by_name.get(fold(name))
            if same is not None and same is not entity:
                self._merge(entity, same)
                continue
            by_name[fold(name)] = entity
            if where and self.lang == "fr" and fold(where) in fold(name):
                self._quote_where_said(first, name)
            if name == entity.name:
                continue
            self._rename(entity, name)
            first.value = typed_value(entity.kind, "name", {self.lang: name})
            self.proposals = [p for p in self.proposals if p is first or p not in names]

    def _quote_where_said(self, first: Proposal, name: str) -> None:
        """Quote a project's conventional ``name`` (its noun and its town) where the text
        itself says it ("La première usine canadienne du groupe X … à l'usine de
        Sorel-Tracy"): the text fixes the town to the noun there, the name it gives (GOLD.md
        rule 6), which the first mention, saying none, does not. French only: "de" fixes a
        town to the noun, where the English "at" only says where the plant is ("the
        garment factory at X" names nothing; "the X garment factory" would). Where the
        text never says it, ``first`` keeps its quote."""
        said = rx.search(rf"(?<![\w-]){re.escape(fold(name))}(?![\w'’-])", self.fold)
        if said is not None and said.start() != first.start:
            first.start, first.end = said.start(), said.end()
            first.quote = self.text[said.start() : said.end()]

    def _described_after(self, entity: Entity, first: Proposal, words: str) -> str:
        """The words the convention names ``entity`` by: those of its first mention, or, when
        they say a plant's noun alone ("an ambitious project"), those of its first later
        mention that says what the plant makes ("An integrated chemical complex would be
        developed under the project"), whose words ``first`` then quotes."""
        if naming.plant_words(words):
            return words
        for said in entity.said:
            at = self.text.find(said, first.end)
            if at < 0 or not naming.plant_words(said) or naming.proper(said):
                continue
            first.start, first.end, first.quote = at, at + len(said), said
            return said
        return words

    def _convention_town(self, entity: Entity) -> str | None:
        """The locality the convention names ``entity`` after, as the text says it after
        "de": "dans la zone industrielle du Kef" places it in Le Kef."""
        where = self._town_beyond_zone(entity) or self._locality(entity)
        if where:
            where = self._town_beside_county(where) or where
        if (
            where
            and self.lang == "fr"
            and rx.search(rf"\b(?:du|au) {re.escape(where)}\b", self.text)
        ):
            where = f"Le {where}"
        return where

    def _town_beside_county(self, county: str) -> str | None:
        """The one town a sentence naming a plant's county names beside it ("the local
        governments of Wayne County and the city of X", "the city of X in Wayne County"):
        a county is no town, so the town names the plant. None where ``county`` is no
        county or no such town is said (the county then stands in the town's place)."""
        if not _COUNTY.search(county):
            return None
        towns = {
            town.group(1) or town.group(2)
            for s in self.sentences
            if county in self.text[s.start : s.end]
            for town in _TOWN_SAID.finditer(self.text, s.start, s.end)
            if county not in town.group()
        }
        return towns.pop() if len(towns) == 1 else None

    def _town_beyond_zone(self, entity: Entity) -> str | None:
        """The town the text says a project's zone lies in, right after the zone ("dans la
        zone industrielle de Dinh Vu, dans la ville de Hai Phong"), which names it rather
        than the zone."""
        for p in self.proposals:
            if p.group == entity.key and p.field == "location" and naming._ZONE.search(p.quote):
                return naming.town_of_zone(self.text, p.end)
        return None

    def _offer_names(self) -> None:
        """Each new record carries the names the text gives it (``names_offered``), for
        the analyst who names it in the review; its name stays the reader's."""
        offered = {e.key: self.names_offered(e) for e in self.entities if e.subject is None}
        for p in self.proposals:
            if p.new is not None and p.new.key in offered:
                p.new = replace(p.new, names_said=offered[p.new.key])

    def names_offered(self, entity: Entity) -> tuple[str, ...]:
        """The names the text gives ``entity``, each once: its name; for a project the name
        the convention gives each mention's words and its town ("cette usine" at Kelburg:
        "Usine de Kelburg"), the analyst's way; then the words it is said by. Never a word
        the text does not say of it but its town's link ("de", "at")."""
        said = [entity.name]
        if entity.kind == "projects":
            where = self._convention_town(entity)
            nouns = Counter(
                naming.head_noun(e.name)
                for e in self.entities
                if e.kind == "projects" and e.subject is None
            )
            keep_rank = nouns[naming.head_noun(entity.name)] > 1
            said += [naming.conventional(w, where, self.lang, keep_rank) for w in entity.said]
        said += [*entity.names, *(w for w in entity.said if w[:1].isupper())]
        offered: dict[str, str] = {}
        for name in said:
            name = name.strip()
            if name:
                offered.setdefault(fold(name), name)
        return tuple(offered.values())

    def _rename(self, entity: Entity, name: str) -> None:
        entity.name = name
        entity.names.append(name)
        renamed = NewRecord(entity.key, entity.kind, name)
        for p in self.proposals:
            if p.group == entity.key:
                p.new = renamed

    def _acronyms_spelled_out(self, name: str) -> str:
        """``name`` with each acronym the text spells out in common words ("electric
        vehicle (EV)") said in them: such an acronym is no proper name ("First EV plant")."""

        def spelled(acronym: re.Match[str]) -> str:
            letters = acronym.group()
            words = rf"[a-z][\w]*(?:[ -]+[a-z][\w]*){{{len(letters) - 1}}}"
            said = rx.search(rf"\b({words}) \({letters}\)", self.text)
            if said is None:
                return letters
            initials = "".join(w[0] for w in rx.split(r"[ -]+", said.group(1)))
            return said.group(1) if initials.upper() == letters else letters

        return rx.sub(r"\b[A-Z]{2,5}\b", spelled, name)

    def _given_name(self, entity: Entity, said: Proposal) -> bool:
        """True if the text gave the project its name: capitalised words after the first,
        a first word capitalised inside a sentence ("the Aswan cement plant"), or a place
        in it ("la centrale nucléaire de Rooppur")."""
        if self._described_by_its_place(entity, said):
            return False
        if any(naming.proper(self._acronyms_spelled_out(n)) for n in entity.names):
            return True
        if any(places_in(fold(naming.without_place_after(n))) for n in entity.names):
            return True
        first = rx.match(r"[\w'’-]+", entity.name)
        if first is None:
            return False
        at = self.text.lower().find(first.group().lower(), said.start, said.end)
        before = self.text[:at].rstrip()
        # a zone's nationality says whose industry it hosts ("a Russian industrial zone"),
        # a plant's says its owner
        zone = rx.search(r"(?i:zone|park|parc|estate|city)$", entity.name)
        if (
            not zone
            and naming.nationality(first.group())
            and rx.search(
                r"\b(?:a|an|un|une)\b(?:[^.;]{0,40}\d[^.;]{0,30})?$", before, re.IGNORECASE
            )
        ):
            return False  # "a $620 million Chinese industrial project": whose, not a name
        if not zone and naming.nationality(first.group()) and len(entity.names) == 1:
            rest = entity.name.split(" ", 1)[1:]
            if rest and rest[0][:1].islower() and not naming.proper(f"X {rest[0]}"):
                # "the Chinese refinery", "la société turque": whose country, said before
                # words in lower case, is a description whatever the article
                return False
        return (
            at > 0
            and self.text[at].isupper()
            and not before.endswith((".", "!", "?", "\n", ":"))
            # "une Gigafactory de batteries": one of a kind described, not named
            and not rx.search(r"\b(?:a|an|un|une)$", before, re.IGNORECASE)
        )

    def _described_by_its_place(self, entity: Entity, said: Proposal) -> bool:
        """True if ``said`` is one of a kind described by whose place it stands in, after an
        indefinite article ("a Western Australian minerals processing plant", "a South
        Korean car plant", "une usine nord-africaine"): a description, not a name, when
        the words after the place's adjective give none."""
        lead = naming.place_adjective(entity.name)
        if not lead or len(entity.names) > 1:
            return False
        before = self.text[: said.start].rstrip()
        rest = " ".join(entity.name.split(" ")[lead:])
        return bool(rx.search(r"\b(?:a|an|un|une)$", before, re.IGNORECASE)) and not (
            naming.proper(rest[:1].upper() + rest[1:])
        )

    def _merge(self, entity: Entity, into: Entity) -> None:
        """The proposals of ``entity`` go to ``into``, a field said once kept once, where
        the body says it first (as a record's own fields are)."""
        held: dict[Any, Proposal] = {}
        for p in self.proposals:
            if p.group == into.key:
                held.setdefault(self._once_key(p), p)
        dropped: set[int] = set()
        for p in self.proposals:
            if p.group != entity.key:
                continue
            if p.field in ("name", "title") and into.kind in ("projects", "agreements"):
                dropped.add(id(p))
                continue
            there = held.get(self._once_key(p))
            if there is not None and self._said_at(there) <= self._said_at(p):
                dropped.add(id(p))
                continue
            if there is not None:
                dropped.add(id(there))
            p.new = into.new
        self.proposals = [p for p in self.proposals if id(p) not in dropped]
        self.entities = [e for e in self.entities if e is not entity]
        into.said += [*entity.names, *entity.said]
        if not self._rank(into):
            # "its first … plant", then "the Rayong plant": the name kept, the rank still said
            into.defaults["rank"] = self._rank(entity)
        for other in self.proposals:
            value = other.plain_value()
            if isinstance(value, dict) and entity.key in value.values():
                other.value = typed_value(
                    other.kind,
                    other.field,
                    {k: into.key if v == entity.key else v for k, v in value.items()},
                )
            elif value == entity.key:
                # an agreement's "projects", a project's "agreements": a link to the merged
                # record is a link to the one it is now
                other.value = typed_value(other.kind, other.field, into.key)

    def _rank(self, entity: Entity) -> str:
        """Where among its owner's plants a project stands, by its name or by the words of a
        plant merged into it."""
        return naming.rank(entity.name) or str(entity.defaults.get("rank") or "")

    def _said_at(self, p: Proposal) -> tuple[int, int]:
        """Which of two proposals of one field a record keeps: a place said with more of
        its parts (a town, not only a region), then the first the body says, the
        headline's words after the body's."""
        value = p.plain_value()
        parts = -sum(1 for v in value.values() if v) if p.field == "location" else 0
        return parts, p.start + (len(self.text) if p.start < self.headline_end else 0)

    def _once_key(self, p: Proposal) -> Any:
        """What makes two proposals about one record the same: a field said once, or a
        field and its value."""
        if p.field in _ONCE or p.field.startswith("dates."):
            return p.field
        return (p.field, _said(p.field, p.plain_value()))

    def _order(self, group: str) -> int:
        return next((i for i, e in enumerate(self.entities) if e.ref == group), len(self.entities))

    def _sentence(self, s: Sentence) -> None:
        text, fold, a, b = self.text, self.fold, s.start, s.end
        found = orgs_in(text, fold, a, b, self.lang)
        for org in found:
            if org.kind == "other" and any(
                e.kind == "orgs" and e.defaults.get("org_kind") == "company" and org.name in e.names
                for e in self.entities
            ):
                org.kind = "company"  # "les représentants de Tosyali", a company named before
        found += self._known_orgs(a, b, found)
        found = [
            o
            for o in found
            # "sous la marque ''Mango Ciment''", "under the brand X": a brand, not a company
            if not rx.search(
                r"\b(?:marque|brand|label)\b[^.;]{0,20}$",
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
        ]
        said = projects_in(text, fold, a, b) + agreements_in(text, fold, a, b)
        said = [m for m in said if not _named_by_headline_case(text, self.headline_end, m)]
        said = [m for m in said if not _a_surname_as_noun(text, m, self._surnames)]
        self._elsewhere = other_plants_in(fold, a, b)
        parts = _parts(fold, said, a, b)
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
        # "Nigeria's Ravi Kumar is investing … Kumar said": a person, said later by surname
        persons = [o for o in found if a_person_by_surname(o.name, self._surnames)]
        found = [o for o in found if o not in persons]
        self._country_pointed_back(a, b, found)
        before = {e.key for e in self.entities if e.kind == "orgs"}
        orgs = [(org, self._org(org)) for org in found]
        people = people_in(text, fold, a, b, self.lang)
        people += [
            PersonMention(o.name, o.start, o.end, lang=self.lang)
            for o in persons
            if not any(p.start < o.end and o.start < p.end for p in people)
        ]
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
            if mention.kind == "projects" and rx.search(_NOT_THE_PROJECT, fold[a : mention.start]):
                continue
            if (
                mention.kind == "projects"
                and mention.name
                and _UNNAMED.fullmatch(fold[mention.start : mention.end])
            ):
                mention.name = None  # "le projet « important et stratégique »": no name
            if mention.kind == "projects" and mention.name:
                _without_owner(text, fold, mention, self._org_names(orgs))
            if mention.name is None and mention.described and self._named_by_words(mention, a, b):
                mention.name, mention.plural = mention.described, False
            if (
                mention.name is None
                and self._headline_plant_said_again(mention, b)
                # ("a plant to set up sugar plant at X": the plant is the one said next)
                and not any(m.kind == "projects" and 0 < m.start - mention.end < 40 for m in said)
            ):
                mention.plural = False  # "a new factory in Oarja" under the headline's plant
            if mention.name is None:
                earlier = next((e for m, e in reversed(mentions) if m.kind == mention.kind), None)
                if not mention.plural and earlier is not None:
                    # "a plant in the X zone … the construction of the plant": the one
                    # this sentence has just named, before any spoken of earlier
                    mentions.append((mention, earlier))
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
                    if mention.counted:
                        self.counted = (mention.counted, mention.start, mention.end)
                elif mention.kind in self.focus:
                    focus = self.focus[mention.kind]
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
        self._aside = self._asides(a, mentions)
        for mention, entity in mentions:
            entity.said.append(
                mention.name or mention.described or self.text[mention.start : mention.end]
            )
            if mention.start in self._aside:
                continue  # a neighbour or a comparison: the sentence is not about it
            self.focus[mention.kind] = entity
            self._focus_said[mention.kind] = s.index
            if mention.kind == "projects" and self.lead is not None:
                lead, self.lead = self.lead, None
                for deferred in lead:
                    deferred(entity)
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
        if forward and not any(m.kind == "projects" for m, _ in mentions):
            self.pending = []
            self.pending_until = s.index + 2
        if parts:
            self._parts(parts, mentions, fold.find(" ", parts[0].start - 40, parts[0].start))
        self._named_as(s, mentions)
        self._links(mentions)
        self._partners(
            mentions, orgs, forward and not any(m.kind == "projects" for m, _ in mentions)
        )
        self._signatories(s, mentions, orgs)
        self._statuses(s, mentions, orgs, forward)
        self._dates(s, mentions, forward)
        self._figures(s, mentions)
        self._places(s, mentions, orgs, forward)
        self._in_country(s, mentions)
        self._sectors(s, mentions, forward, [o for o, _ in orgs])
        self._components(s, mentions)

    def _parts(
        self, parts: list[RecordMention], mentions: list[tuple[RecordMention, Entity]], at: int
    ) -> None:
        """The plants a project is said to comprise are its components, named by their
        words (novelty and quality aside), the project the one said before the list."""
        owner = self._subject("projects", at, mentions, False)
        if not isinstance(owner, Entity):
            return
        for part in parts:
            words = part.name or part.described or self.text[part.start : part.end]
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
            self.add(owner, "components", {"name": {self.lang: name}}, part.start, part.end, 0.5)

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

    def _named_as(self, s: Sentence, mentions: list[tuple[RecordMention, Entity]]) -> None:
        """ "Baptisée Africure, cette usine …", "a plant called Nova Works": a project said
        by its noun is given its name by the words that say it is called so."""
        for cue in _CALLED.finditer(self.fold, s.start, s.end):
            said = _CALLED_NAME.match(self.text, cue.end(), s.end)
            if said is None:
                continue
            near = [
                (m, e)
                for m, e in mentions
                if m.kind == "projects" and abs(m.start - cue.start()) < 60
            ]
            if near:
                entity = min(near, key=lambda pair: abs(pair[0].start - cue.start()))[1]
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

    def _named_in_headline_only(self, entity: Entity) -> bool:
        """True if ``entity`` is a new project whose every name was said in the headline."""
        names = [p for p in self.proposals if p.group == entity.key and p.field == "name"]
        return (
            entity.kind == "projects"
            and entity.subject is None
            and bool(names)
            and all(p.end <= self.headline_end for p in names)
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
        said = [m.end() for m in rx.finditer(re.escape(name), self.text)]
        return bool(said) and all(_PLANT_AFTER.match(self.text, end) for end in said)

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
            if naming.continental(first):
                continue  # "its first European plant": where it ranks, no name
            if goods_for(self.fold, at, said.start()):
                continue  # "… produce gearboxes for the nearby X plant": a customer's
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
                )
            ):
                mention.another = True
                return True
            return any(fold(name) == words for name in focus.names) or self._headlines_plant(
                focus, made | self._places_after(mention.end, sentence_end)
            )
        return not self._proper_project_after(mention.end)

    def _in_another_town(self, focus: Entity, at: int, end: int) -> bool:
        """True if the town said right after a plant described ("… in a new solar module
        manufacturing facility in Dalton") is another than the one the plant spoken of
        stands in (Jackson County): a plant elsewhere, making other things, is another."""
        there = _IN_TOWN.match(self.text, at, end)
        town = self._locality(focus)
        if there is None or not town or self._named_in_headline_only(focus):
            return False  # the headline's town may be the district the body's town is in
        from .places import _country_names

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
        focus = self.focus.get("projects")
        return (
            mention.kind == "projects"
            and mention.plural
            and mention.counted is None
            and bool(mention.described)
            and not naming.plant_words(mention.described or "")
            and not fold(self.text[mention.start : mention.end]).endswith("s")
            and _INDEFINITE_BEFORE.search(self.fold, max(0, mention.start - 14), mention.start)
            is not None
            and focus is not None
            and self._named_in_headline_only(focus)
            and not self._proper_project_after(mention.end, sentence_end)
        )

    def _headlines_plant(self, focus: Entity, made: set[str]) -> bool:
        """True if a plant the body describes is the one the headline named by fewer words
        ("first EV plant", then "its first electric vehicle (EV) manufacturing plant"): what
        the headline says it makes, the body's words say too."""
        if not self._named_in_headline_only(focus):
            return False
        said = set().union(*(naming.plant_words(name) for name in focus.names))
        return said <= made

    def _known_orgs(self, a: int, b: int, found: list[Any]) -> list[Any]:
        """Companies named before, named again by their name alone ("les représentants de
        Tosyali")."""
        from .names import OrgMention

        again: list[OrgMention] = []
        orgs = [e for e in self.entities if e.kind == "orgs"]
        openings = Counter(e.name.split()[0] for e in orgs if e.name.split())
        # (a name not in the sentence's words at all is not looked for: a long text names
        # hundreds of organisations, and each sentence would look for each)
        said_here, lowered = self.text[a:b], self.text[a:b].lower()
        for entity in orgs:
            for said in self._short_names(entity, openings):
                if said not in said_here:
                    continue
                # "the registration agreement between PEZA and Kurabe": an acronym given
                # before, or the first word of the one company whose name opens with it
                for match in rx.finditer(rf"(?<![\w-]){re.escape(said)}(?![\w-])", self.text[a:b]):
                    start, end = a + match.start(), a + match.end()
                    if not any(o.start <= start < o.end for o in found + again):
                        kind = entity.defaults.get("org_kind") or "company"
                        again.append(OrgMention(entity.name, kind, start, end, None, None, 0.5))
            if entity.defaults.get("org_kind") != "company" or entity.name.lower() not in lowered:
                continue
            # "AFRICAN Factory", then "African Factory": a name's case is the press's
            for match in rx.finditer(
                rf"(?<![\w-]){re.escape(entity.name)}(?![\w-])", self.text[a:b], re.IGNORECASE
            ):
                if not match.group()[:1].isupper():
                    continue
                start, end = a + match.start(), a + match.end()
                if any(o.start <= start < o.end for o in found):
                    continue
                own = country_subsidiary_end(self.text, self.fold, end, b)
                if own is not None and not rx.search(
                    # "l'usine Norvel Maroc": words fixed to the plant noun name the plant
                    rf"\b(?:{PROJECT_NOUNS_FR}|{PROJECT_NOUNS_EN}) $",
                    self.fold[max(0, start - 30) : start],
                ):
                    # "la fromagerie de Norvel Canada" after "le groupe Norvel": its
                    # subsidiary there, a company of its own, not Norvel said again
                    name = self.text[start:own]
                    again.append(OrgMention(name, "company", start, own, None, None, 0.5))
                    continue
                again.append(OrgMention(entity.name, "company", start, end, None, None, 0.5))
        return again

    def _short_names(self, entity: Entity, openings: Counter[str]) -> list[str]:
        """The names ``entity`` may be said by alone, past its full name: its acronym, and
        for a company the first word of its name, when no other organisation's name opens
        with that word (``openings``: how many organisations' names open with each word)
        and the word is no place's, title's or common word."""
        said = [entity.defaults["acronym"]] if entity.defaults.get("acronym") else []
        words = entity.name.split()
        if len(words) < 2:
            return said
        key = (
            entity.key,
            entity.name,
            entity.subject,
            entity.defaults.get("org_kind"),
            openings[words[0]],
            tuple(said),
        )
        if key not in self._short_said:
            self._short_said[key] = self._first_word_alone(entity, said, words, openings)
        return self._short_said[key]

    def _first_word_alone(
        self, entity: Entity, said: list[str], words: list[str], openings: Counter[str]
    ) -> list[str]:
        """``said``, and the first of ``words`` when it may name ``entity`` alone."""
        if entity.defaults.get("org_kind") != "company" or len(words) < 2 or entity.subject:
            return said
        first = words[0]
        if (
            len(first) < 4
            or not first[0].isupper()
            or not first[1:].islower()
            or fold(first) in _NOT_SHORT_NAMES
            or countries_in(fold(first))
            or places_in(fold(first))
            or openings[first] > 1
        ):
            return said
        return [*said, first]

    def _usual_spelling(self, org: Any) -> tuple[str, int, int]:
        """A name whose first word is shouted in capitals ("AFRICAN Factory, a Chinese firm",
        a lead's style) and written plainly elsewhere in the text: the plain spelling, where
        it is said; otherwise the name as said."""
        words = org.name.split()
        if not (
            len(words) > 1
            and len(words[0]) > 2
            and words[0].isupper()
            and words[0].isalpha()
            and not org.name.isupper()
        ):
            return org.name, org.start, org.end
        for said in rx.finditer(re.escape(org.name), self.text, re.IGNORECASE):
            if not said.group().split()[0].isupper():
                return said.group(), said.start(), said.end()
        return org.name, org.start, org.end

    def _org(self, org: Any) -> Entity:
        org.name, name_start, name_end = self._usual_spelling(org)
        # "Safran Electrical & Power, filiale de Safran": the owner named after its
        # subsidiary is another company, though its name opens the subsidiary's
        owner = self._parent_apposed(org) or self._subsidiary_apposed(org)
        entity = self.entity("orgs", org.name, whole=owner, org_kind=org.kind)
        if org.name != entity.defaults.get("acronym") and not any(
            other.startswith(org.name + " ") or _leaves_out(other.split(), org.name.split())
            for other in entity.names
        ):
            # "the Chinese firm Sumec" after "Sumec Textile & Light Co Ltd", "Honam
            # Corporation" after "Honam Petrochemical Corporation": the company named again,
            # short, no name of its own
            self.add(entity, "name", {self.lang: org.name}, name_start, name_end, org.confidence)
        # "Pure Diets Mozambique", "Inner Mongolia X": a country said after a name's first
        # word is where it works; the nationality said beside it is whose it is
        named = {c.country for c in countries_in(self.fold[org.start : org.end])}
        opening = {c.country for c in countries_in(self.fold[org.start : org.end]) if c.start == 0}
        if org.country and (len(named) > 1 or (opening and org.country not in opening)):
            pass  # "Algerian Qatar Steel": a joint venture's name says no one country
        elif org.country:
            end = org.end
            after = rx.match(r" (?:en|of) [\w-]+", self.fold[org.end : org.end + 30])
            if after and countries_in(after.group()):
                end += after.end()
            begin = org.start if org.said_from is None else org.said_from
            end = max(end, org.said_to or end)
            self.add(entity, "country", org.country, begin, end, 0.7)
        elif not named:
            self._seat_country(entity, org)
        elif org.kind == "company" and (by_name := self._named_by_its_country(org.start, org.end)):
            # "China Nonferrous Metal Mining", "Qatar Steel": a company whose name opens
            # with a country's name (no adjective) is that country's
            self.add(entity, "country", by_name, org.start, org.end, 0.6)
        if org.also:
            at = self.text.find(org.also, org.end)
            self.add(entity, "name", {self.lang: org.also}, at, at + len(org.also), 0.7)
        if org.acronym:
            if org.acronym not in entity.names:
                entity.names.append(org.acronym)  # "CEO of AQS": the same organisation
            # "Waseeta will acquire …" after "… Company (Waseeta)": the acronym said again
            # alone is no name of its own
            entity.defaults.setdefault("acronym", org.acronym)
            at = self.text.find(org.acronym, org.end)
            if at < 0:  # "Board of Investment (BOI) of Sri Lanka": said inside the name
                at = self.text.find(org.acronym, org.start)
            self.add(entity, "acronym", org.acronym, org.start, at + len(org.acronym), 0.8)
        return entity

    def _named_by_its_country(self, start: int, end: int) -> str | None:
        """The country whose name (no adjective) opens the company's name of two words or
        more said at ``start:end``, the one country it says ("China Nonferrous Metal
        Mining"; not "Chinese Steel" nor a town's); none for the host's name ("Tanzania Poly
        Sunshine Limited", "Kelta Kazakhstan LLP" may name a foreign company's local arm)."""
        said = countries_in(self.fold[start:end])
        if len({c.country for c in said}) != 1 or said[0].start != 0:
            return None
        first = self.fold[start:end].split(" ", 1)
        if len(first) < 2 or first[0] not in places.country_names():
            return None
        return None if said[0].country == self._host_country() else said[0].country

    def _seat_country(self, entity: Entity, org: Any) -> None:
        """ "Hisense Group, an appliance maker based in Qingdao, Shandong province": a
        company whose country the text leaves unsaid is of the town it has its seat in."""
        seat = _SEAT.match(self.fold, org.end)
        if seat is None:
            return
        at, lead = seat.end(), seat.end() - seat.start(1)  # the cue is read with the town
        places = [
            p
            for p in places_in(
                self.fold[at - lead : at + 60], self.named_countries, self.text[at - lead : at + 60]
            )
            if p.start == lead
        ]
        if places:
            end = at - lead + places[0].end
            self.add(entity, "country", places[0].place.country, org.start, end, 0.6)

    def _person(self, person: Any, orgs: list[tuple[Any, Entity]]) -> None:
        entity = self.entity("people", person.name)
        start = min(person.start, person.title_start) if person.title else person.start
        end = max(person.end, person.title_end)
        lang = person.lang
        self.add(entity, "name", {self.lang: person.name}, start, end, 0.8)
        if not person.title or _PEER.match(fold(person.title)):
            return
        org_ref = None
        existing = next(
            (e for o, e in orgs if person.title_start <= o.start < person.title_end), None
        )
        # "Pure Diets managing director X": a company named before, said before the title
        for company in self.entities:
            prefix = next(
                (
                    n
                    for n in company.names
                    if company.kind == "orgs"
                    and person.title.startswith(n + " ")
                    and person.title[len(n) + 1 : len(n) + 2].islower()
                ),
                None,
            )
            if prefix:
                person.title, existing = person.title[len(prefix) + 1 :], existing or company
        named = title_org(person.title, lang)
        if named is None and existing is None:
            existing = self._named_in_title(person.title)
        if existing is not None and (named is None or existing.name.startswith(named[0])):
            # "directeur de l'Agence pour la promotion … (APROSI)": the whole name found
            named = (existing.name, "company")
        elif (
            existing is not None
            and named
            and any(named[0].startswith(n + " ") for n in (existing.name, *existing.names))
        ):
            # "président de Kubota Europe", "de TKL Europe" after "… Limited (TKL)": the
            # subsidiary, named by the company's name or its acronym, not the company
            existing = None
        if named is None and person.extra.get("org") == "the company":
            # "The company's Managing Director X", "le patron de la compagnie, X": the
            # company the text is about, named first (a partner or a client named after it
            # is no company the text would call "the company" bare)
            existing = next(
                (
                    e
                    for e in self.entities
                    if e.kind == "orgs" and e.defaults.get("org_kind") == "company"
                ),
                None,
            )
            named = (existing.name, "company") if existing else None
            if existing is not None and "country" in person.extra:
                self._country_described(existing, person)
        if named is None and person.org is not None and existing is None:
            # "Rosatom CEO Alexey Likhachev": the company named before the title; "Hisense's
            # CEO" of a "Hisense Group" named before: that company; "JPMC Deputy Director":
            # the company whose acronym it is, first
            existing = (
                next(
                    (e for e in self.entities if e.kind == "orgs" and person.org.name in e.names),
                    None,
                )
                or next(
                    (
                        e
                        for e in self.entities
                        if e.kind == "orgs" and e.name.startswith(person.org.name + " ")
                    ),
                    None,
                )
                or self._org(person.org)
            )
            named = (existing.name, "company")
        if named:
            org_name, org_kind = named
            known = any(e.kind == "orgs" and org_name in e.names for e in self.entities)
            org_entity = existing or self.entity("orgs", org_name, org_kind=org_kind)
            if existing is None and not known:
                # The name as the title says it, quoted alone.
                at = self.text.find(org_name, person.title_start, person.title_end)
                self.add(org_entity, "name", {lang: org_name}, at, at + len(org_name), 0.6)
                country = rx.match(r" (?:of|de|d') ?([\w-]+)", self.fold[at + len(org_name) :])
                said = countries_in(country.group(1)) if country else []
                if country and said:
                    end_of = at + len(org_name) + country.end()
                    self.add(org_entity, "country", said[0].country, at, end_of, 0.6)
                elif org_kind == "company" and (
                    by_name := self._named_by_its_country(at, at + len(org_name))
                ):
                    # "le président de China Nonferrous Metal Mining": Chinese by its name
                    self.add(org_entity, "country", by_name, at, at + len(org_name), 0.6)
            org_ref = org_entity.ref
            # "Company director X", "the company's director X": the director of the company
            # itself, who heads it (gold rule 4)
            own_director = person.extra.get("org") == "the company" and rx.fullmatch(
                r"direct(?:or|eur|rice)", fold(person.title)
            )
            if own_director or (
                rx.search(
                    r"p-?dg|ceo|chief|chair(?:man|woman|person)|director general|directeur[- ]general"
                    r"|directrice[- ]generale|general director"
                    r"|managing director|administrateur delegue|president|\bdg\b|^head of"
                    # "le patron de Norvalis": the one who runs it
                    r"|^patronn?e?\b"
                    # "directeur de l'Agence …": the one director of it named; a unit's
                    # director ("directeur de la division moteurs de X") runs a part of it
                    r"|^direct(?:eur|rice) (?:de|du|d['’])(?! ?(?:la |l['’])?(?:division"
                    r"|branche|filiale|usine|region|zone|pole|communication|production"
                    r"|strategie|marketing)\b)"
                    # "general manager of SINOMA Roofing Company", "the rector of the University
                    # of X", "Director of the provincial Department of Y": the one who runs it
                    r"|general manager|manager general"
                    r"|^(?:the )?(?:director|rector) of\b(?! (?:the )?(?:communications?"
                    r"|operations|marketing|finance|sales|projects?|production|human resources)\b)",
                    fold(person.title),
                )
                and not rx.search(
                    # "assistant vice president", "directeur général adjoint": a second, no head
                    # "CEO for Europe": a region's, no head of the company; "coprésident",
                    # "co-chairman": one of two, no head either; "president of Investments
                    # at X": a unit's, at the company
                    r"\b(?:vice|deputy|assistant|adjointe?|for|pour)\b|\bco-?(?=presid|chair)"
                    r"|\b(?:of|de|du|des) [\w&'’ -]+ (?:at|chez)\b",
                    fold(person.title.replace(org_name, "")),  # the name's own "pour" aside
                )
            ):
                self.add(org_entity, "head", person.name, start, end, 0.7)
        if any(
            p.group == entity.ref
            and p.field == "roles"
            and fold(next(iter(p.plain_value()["title"].values()))) == fold(person.title)
            and p.plain_value()["org"] == org_ref
            for p in self.proposals
        ):
            return  # "His Majesty King Abdullah … King Abdullah": one role, said again
        self.add(entity, "roles", {"title": {lang: person.title}, "org": org_ref}, start, end, 0.75)

    def _named_in_title(self, title: str) -> Entity | None:
        """The organisation named before whose name or acronym ends a title after its "de
        la", "du", "of the": "le Président de la CCITT" is the president of the Chambre …
        (CCITT) the text named in full."""
        for company in self.entities:
            if company.kind == "orgs" and any(
                rx.search(r"\b(?:de la|de l['’]|du|des|de|of the|of) ?" + re.escape(n) + "$", title)
                for n in company.names
            ):
                return company
        return None

    def _country_pointed_back(self, a: int, b: int, found: list[Any]) -> None:
        """ "au constructeur français", "the Chinese giant": a definite description that
        names no company points back to one named before; its nationality is the country
        of the one company named in the sentences before whose country is unsaid, when
        there is one only and no company named before has that country."""
        for match in _POINTED_BACK.finditer(self.fold, a, b):
            words = (match["whose"] or match["whose_en"]).split()
            # "du constructeur automobile français": the nationality, first word or second
            country = next(filter(None, map(nationality_word, words)), None)
            if country is None or rx.match(r",? [A-Z]", self.text[match.end() : match.end() + 3]):
                continue  # "le constructeur français Renault": the name follows
            if any(o.start < match.end() + 3 for o in found):
                continue  # "X, the Chinese firm": the company the sentence names before it
            companies = [
                e
                for e in self.entities
                if e.kind == "orgs" and e.defaults.get("org_kind") in ("company", "other")
            ]
            said = {
                p.group: p.plain_value()
                for p in self.proposals
                if p.field == "country" and any(p.group == e.ref for e in companies)
            }
            unsaid = [e for e in companies if e.ref not in said]
            if len(unsaid) == 1 and country not in said.values():
                self.add(unsaid[0], "country", country, match.start(), match.end(), 0.5)

    def _country_described(self, company: Entity, person: Any) -> None:
        """The country a title's words give the company they point back to ("directeur
        général du constructeur britannique"), unless the company has one already."""
        if any(p.group == company.ref and p.field == "country" for p in self.proposals):
            return
        said_from = int(person.extra["country_from"])
        self.add(company, "country", person.extra["country"], said_from, person.title_end, 0.6)

    def _record(self, mention: RecordMention, orgs: list[tuple[Any, Entity]]) -> Entity:
        assert mention.name is not None
        kind = mention.kind
        entity = self.entity(
            kind, mention.name, fresh=mention.another, instrument=mention.instrument
        )
        if mention.another:
            entity.defaults["another"] = True
        if mention.plural and kind == "projects":
            entity.defaults["plural"] = True  # "the group's factories": more than one
        field_name = "title" if kind == "agreements" else "name"
        self.add(entity, field_name, {self.lang: mention.name}, mention.start, mention.end, 0.7)
        if kind == "agreements":
            if mention.instrument and mention.instrument != "other":
                self.add(entity, "instrument", mention.instrument, mention.start, mention.end, 0.7)
            sentence = next(s for s in self.sentences if s.start <= mention.start < s.end)
            for org, org_entity in orgs:
                # "X a signé mercredi des accords", "X and Y signed an agreement": the
                # signing verb's subject is a party too
                signer = sentence.start <= org.start and _SIGNER.fullmatch(
                    self.fold, org.end, mention.start
                )
                if mention.start <= org.start < mention.span_end or signer:
                    self.add(
                        entity,
                        "parties",
                        {"org": org_entity.ref, "role": "party"},
                        org.start,
                        org.end,
                        0.6,
                    )
            named = {c.country for c in countries_in(self.fold[mention.start : mention.span_end])}
            named |= {
                p.place.country for p in places_in(self.fold[mention.start : mention.span_end])
            }
            quote = (mention.start, mention.span_end)
            said = [
                c
                for c in countries_in(self.fold[sentence.start : mention.start])
                if not self.pair or c.country in self.pair
            ]
            # "Russia and Egypt signed an agreement on …" (the article's pair, not a place's
            # country said on the way: "face à la ville indienne de …")
            if said and len({c.country for c in said} | named) >= 2:
                named |= {c.country for c in said}
                quote = (sentence.start + said[0].start, mention.span_end)
            if len(named) >= 2:
                self.add(entity, "countries", sorted(named), quote[0], quote[1], 0.7)
                entity.defaults["countries_said"] = True
        return entity

    def _counted_apart(self, mention: RecordMention) -> bool:
        """True if plants the text counts are told apart by their towns just after ("deux
        unités de filature, l'une à Koutiala et l'autre à Bamako", "two plants, one in X and
        the other in Y") and no plant is spoken of yet: the article is about them together
        (one memorandum, their jobs said together), one record of the plural, each plant
        its component."""
        return (
            mention.counted is not None
            and "projects" not in self.focus
            and rx.compiled(_ONE_AND_THE_OTHER).match(self.fold, mention.end) is not None
        )

    def _siblings(self) -> list[Entity]:
        """ "deux complexes relevant de l'industrie lourde … Le premier projet consiste en
        …": the records counted but not described, each named by its rank."""
        if self.counted is None:
            return []
        (count, phrase), start, _ = self.counted
        self.counted = None
        words = phrase.split(" ", 1)
        noun = naming.singular(words[0])
        rest = f" {words[1]}" if len(words) > 1 else ""
        ordinals = (
            ("Deuxième", "Troisième", "Quatrième")
            if self.lang == "fr"
            else ("Second", "Third", "Fourth")
        )
        made = []
        for rank in range(2, count + 1):
            sibling = self.entity("projects", f"{ordinals[rank - 2]} {noun}{rest}")
            self.add(sibling, "name", {self.lang: sibling.name}, start, start + len(phrase), 0.4)
            made.append(sibling)
        return made

    def _links(self, mentions: list[tuple[RecordMention, Entity]]) -> None:
        for mention, agreement in mentions:
            if mention.kind != "agreements":
                continue
            inside = [
                project
                for other, project in mentions
                if other.kind == "projects" and mention.start <= other.start < mention.span_end
            ]
            for project in inside:
                self._link(agreement, project, mention.start, mention.span_end)
            if not inside:
                inside = self._plant_it_is_about(mention, agreement, mentions)
            # "… une usine de transformation de cajou. L'accord d'investissement a été signé
            # …", "La centrale est construite à X ; le contrat de génie civil a été signé …":
            # an agreement said as known, with no project in its clause, just after the
            # plant spoken of (in its sentence or the one before), is the plant's
            before = [p for m, p in mentions if m.kind == "projects" and m.end <= mention.start]
            sentence = next(x for x in self.sentences if x.start <= mention.start < x.end)
            here = sentence.index
            focus = self.focus.get("projects")
            known = before[-1] if before else None
            # "Dans ce cadre, un accord a été signé", "To this end, an agreement was signed":
            # one signed for the plant spoken of
            for_it = _FOR_IT.fullmatch(
                self.fold[sentence.start : mention.start]
            ) or _FOR_IT_AFTER.search(self.fold, mention.start, mention.span_end)
            if (
                known is None
                and focus is not None
                and (for_it or self._focus_said.get("projects") == here - 1)
            ):
                known = focus
            if (
                not inside
                and known is not None
                and known.ref not in self._linked(agreement)
                and (
                    rx.search(
                        r"(?:^|\b)(?:l'|le |la |the )$",
                        self.fold[max(0, mention.start - 4) : mention.start],
                    )
                    or for_it
                )
            ):
                self._link(agreement, known, mention.start, mention.span_end)
                continue
            if any(m.kind == "projects" for m, _ in mentions):
                continue
            if self.lead is not None and _TO_SET_UP.search(
                self.fold, max(0, mention.start - 30), mention.span_end
            ):
                # "signed a memorandum to set up a $2.5 billion joint venture", "the joint
                # venture agreement", before the article names any plant: the agreement is
                # for the first plant it names, as the lead's other facts are
                start, end = mention.start, mention.span_end

                def lead_link(
                    project: Entity,
                    agreement: Entity = agreement,
                    start: int = start,
                    end: int = end,
                ) -> None:
                    self._link(agreement, project, start, end)

                self.lead.append(lead_link)
                continue
            if self.pending_until >= 0:
                start, end = mention.start, mention.span_end

                def link(
                    project: Entity,
                    agreement: Entity = agreement,
                    start: int = start,
                    end: int = end,
                ) -> None:
                    self._link(agreement, project, start, end)

                self.pending.append(link)

    def _plant_it_is_about(
        self,
        mention: RecordMention,
        agreement: Entity,
        mentions: list[tuple[RecordMention, Entity]],
    ) -> list[Entity]:
        """ "Un protocole d'accord a été signé, ce lundi, entre X et Y portant sur la mise en
        place d'une unité de production": the plant said after words that say what the
        agreement is about, past the commas that end its clause, in its sentence, is its
        plant (the first one after it, no other agreement between)."""
        sentence = next(x for x in self.sentences if x.start <= mention.start < x.end)
        for other, project in mentions:
            if other.start < mention.span_end or other.start >= sentence.end:
                continue
            if other.kind != "projects":
                return []  # another agreement said between: the plant is that one's
            between = self.fold[mention.span_end : other.start]
            if _ABOUT_A_PLANT.search(between[-70:]):
                self._link(agreement, project, mention.start, other.end)
                return [project]
            return []
        return []

    def _partners(
        self,
        mentions: list[tuple[RecordMention, Entity]],
        orgs: list[tuple[Any, Entity]],
        forward: bool = False,
    ) -> None:
        """Companies named beside a project named in the same sentence take part in it."""
        projects = [e for m, e in mentions if m.kind == "projects"]
        if not projects and "projects" in self.focus:
            projects = [self.focus["projects"]]
        if not projects and forward:
            # "Rosatom has launched the construction of Egypt's first nuclear power plant":
            # a partner of the project named next.
            for org, org_entity in orgs:
                if org.kind == "company":

                    def partner(
                        project: Entity, org_entity: Entity = org_entity, org: Any = org
                    ) -> None:
                        self.add(
                            project,
                            "parties",
                            {"org": org_entity.ref, "role": "partner"},
                            org.start,
                            org.end,
                            0.5,
                        )

                    self.pending.append(partner)
            return
        if not projects:
            return
        for org, org_entity in orgs:
            backing = _BACKED_BY.search(self.fold[max(0, org.start - 90) : org.start])
            if self._parent_apposed(org):
                continue  # "X, une filiale du groupe Y": Y says whose X is
            if _RANKED_AFTER.search(self.fold, max(0, org.start - 120), org.start):
                continue  # "the second joint venture … after X": X's came first, X no party
            if org.kind == "company" or (backing and org.kind != "ministry"):
                # "avec l'appui de … le Conseil coton anacarde", "in partnership with X"
                self.add(
                    projects[0],
                    "parties",
                    {"org": org_entity.ref, "role": "partner"},
                    org.start,
                    org.end,
                    0.5,
                )

    def _subsidiary_apposed(self, org: Any) -> bool:
        """True if ``org`` is said to be a subsidiary ("Safran Electrical & Power, filiale
        de Safran", "X, a subsidiary of Y"): a company of its own, though another's name
        opens its name."""
        return bool(_SUBSIDIARY_APPOSED.match(self.fold, org.end))

    def _parent_apposed(self, org: Any) -> bool:
        """True if ``org`` is named as the owner of the company said just before it ("X, une
        filiale du groupe Y", "l'entreprise marocaine, filiale du groupe Y", "X, owned by
        Y"); "l'usine de X, détenue par Y" says the plant's owner, who takes part in it."""
        apposed = _PARENT_APPOSED.search(self.fold, max(0, org.start - 60), org.start)
        if apposed is None:
            return False
        before = self.fold[max(0, apposed.start() - 40) : apposed.start()]
        return not rx.search(rf"\b(?:{PROJECT_NOUNS_FR}|{PROJECT_NOUNS_EN})\b", before)

    def _signatories(
        self,
        s: Sentence,
        mentions: list[tuple[RecordMention, Entity]],
        orgs: list[tuple[Any, Entity]],
    ) -> None:
        """ "signé par X, le PDG de Sonatrach, et son homologue de la société Citic": the
        organisations of those who signed are the agreement's parties."""
        cue = rx.search(
            r"(?:signee? par|paraphee? par|signed by|initialled by)", self.fold[s.start : s.end]
        )
        if not cue:
            return
        agreements = [e for m, e in mentions if m.kind == "agreements"] or (
            [self.focus["agreements"]] if "agreements" in self.focus else []
        )
        present = rx.search(
            r"en presence d|in the presence of|witnessed by|sous la presidence",
            self.fold[s.start + cue.end() : s.end],
        )
        until = s.start + cue.end() + present.start() if present else s.end
        for agreement in agreements[:1]:
            for org, org_entity in orgs:
                if s.start + cue.start() < org.start < until:
                    self.add(
                        agreement,
                        "parties",
                        {"org": org_entity.ref, "role": "signatory"},
                        org.start,
                        org.end,
                        0.55,
                    )

    def _link(self, agreement: Entity, project: Entity, start: int, end: int) -> None:
        self.add(agreement, "projects", project.ref, start, end, 0.6)
        self.add(project, "agreements", agreement.ref, start, end, 0.6)

    def _asides(self, start: int, mentions: list[tuple[RecordMention, Entity]]) -> set[int]:
        """Where the sentence opening at ``start`` names a plant only beside its subject,
        the first plant it names ("La cimenterie de X, qui vient s'ajouter à celle de Y,
        créera 300 emplois", "The new mill, next to the X plant, will …"): those plants
        gather none of its claims, and the subject stays the plant spoken of."""
        plants = [(m, e) for m, e in mentions if m.kind == "projects"]
        if len(plants) < 2:
            return set()
        first, subject = plants[0]
        return {
            m.start
            for m, e in plants[1:]
            if e is not subject and aside_plant(self.fold, start, m.start, first.start)
        }

    def _subject(
        self, kind: str, at: int, mentions: list[tuple[RecordMention, Entity]], forward: bool
    ) -> Entity | str | None:
        if kind == "projects" and self._aside:
            mentions = [(m, e) for m, e in mentions if m.start not in self._aside]
        before = [(m, e) for m, e in mentions if m.kind == kind and m.start <= at]
        last = before[-1][0].start if before else -1
        if kind == "projects" and any(last < x <= at for x in self._elsewhere):
            return "elsewhere"  # "similar projects in the Volta Region": other plants'
        if before:
            return before[-1][1]
        after = [e for m, e in mentions if m.kind == kind]
        if after:
            return after[0]
        if forward and kind == "projects":
            return "pending"
        return self.focus.get(kind)

    def _apply(
        self,
        kind: str,
        at: int,
        mentions: list[tuple[RecordMention, Entity]],
        forward: bool,
        do: Callable[[Entity], None],
    ) -> None:
        subject = self._subject(kind, at, mentions, forward)
        if subject is None and kind == "projects" and self.lead is not None:
            if at >= self.headline_end:  # a headline says what the article is about
                self.lead.append(do)
        elif subject == "pending":
            self.pending.append(do)
        elif subject == "elsewhere":
            return
        elif isinstance(subject, Entity):
            do(subject)

    def _statuses(
        self,
        s: Sentence,
        mentions: list[tuple[RecordMention, Entity]],
        orgs: list[tuple[Any, Entity]],
        forward: bool,
    ) -> None:
        sentence = self.fold[s.start : s.end]
        for pattern, kind, status, date_key in STATUS_CUES:
            for match in rx.compiled(pattern).finditer(sentence):
                a, b = s.start + match.start(), s.start + match.end()
                if (
                    kind == "agreements"
                    and not any(m.kind == "agreements" for m, _ in mentions)
                    and "agreements" not in self.focus
                ):
                    continue
                if (
                    kind == "projects"
                    and status == "approved"
                    and not (forward or any(m.kind == "projects" for m, _ in mentions))
                    # "… a validé le projet": the project the article speaks of, as object
                    and not (
                        "projects" in self.focus
                        and rx.match(
                            r" (?:le|ce|the|this) (?:projet|project)\b", self.fold[b : b + 20]
                        )
                    )
                ):
                    continue
                if pattern == BUILT and not rx.search(OPENING_AHEAD, self.fold):
                    continue  # built, and nothing said ahead: no works under way
                coming = (
                    self._ceremony_to_come(s, a, b) if date_key == "construction_start" else None
                )
                if coming is None and (
                    rx.match(_NOMINAL_CUE, sentence[a - s.start :])
                    and (
                        rx.search(_TO_COME, self.fold[b : b + 60])
                        or rx.search(
                            _TO_COME + r"[^.;]{0,25}$", self.fold[max(s.start, a - 40) : a]
                        )
                    )
                    # "ont organisé mercredi la cérémonie de pose de la première pierre de
                    # leur usine, qui doit …": the ceremony held, whatever is to come after
                    and not _HELD_BEFORE.search(self.fold, max(s.start, a - 50), a)
                ):
                    continue  # "le lancement de la construction est prévu en 2025": not yet
                # "the inauguration of the X Line of Y on Friday": the date after the record
                # the cue names
                ceremony = "ceremon" in sentence[a - s.start : b - s.start]
                # the first stone still to be laid: the plant announced, its building planned
                # for the day the ceremony's verb gives
                said, end = (status, b) if coming is None else ("announced", coming)
                # a cue that dates nothing ("plans to", "annonce") leaves the date to others
                date = self._date_near(s, a, end, ceremony=ceremony) if date_key else None
                named = next((m.end for m, _ in mentions if b <= m.start <= b + 12), b)
                if date is None and named != b and date_key:
                    date = self._date_near(s, a, named, ceremony=ceremony)
                if date is None and date_key and coming is None:
                    date = self._day_of_the_report(s, a, b, date_key)

                def do(
                    entity: Entity,
                    status: str = said,
                    a: int = a,
                    b: int = end,
                    date: DateMention | None = date,
                    date_key: str | None = date_key,
                    weak: bool = pattern == EMPLOYS_NOW,
                    planned: bool = coming is not None,
                ) -> None:
                    if weak and any(
                        p.group == entity.ref and p.field == "status" for p in self.proposals
                    ):
                        return
                    if not weak:
                        self._outweigh(entity)
                    if self._further(entity, status):
                        self.add(entity, "status", status, a, b, 0.7)
                        if weak:
                            self._weak_statuses.add(id(self.proposals[-1]))
                    if date is not None and date_key:
                        self._date_claim(entity, date_key, date, a, b, planned=planned)

                # "has also started building three blenders", "la pose de la première pierre
                # de l'usine": the record the cue governs, named right after it, is the one
                # it speaks of, whatever record the sentence named before
                governed = next(
                    (
                        e
                        for m, e in mentions
                        if m.kind == kind
                        and b <= m.start <= b + 30
                        and _GOVERNED_GAP.fullmatch(self.fold, b, m.start)
                    ),
                    None,
                )
                listed = _listed_in_cue(kind, a, b, mentions)
                if len(listed) > 1:
                    for entity in listed:
                        do(entity)
                elif governed is not None:
                    do(governed)
                else:
                    self._apply(kind, a, mentions, forward, do)
                if status == "approved":
                    # (a go-ahead received, "X was given consent by Government", "a obtenu le
                    # feu vert": X is the party that builds, not the one that approves)
                    role = "partner" if _RECEIVED.search(self.fold, a, b) else "approver"
                    for org, org_entity in orgs:
                        if org.end <= a:

                            def party(
                                entity: Entity,
                                org_entity: Entity = org_entity,
                                start: int = org.start,
                                end: int = b,
                                role: str = role,
                            ) -> None:
                                self.add(
                                    entity,
                                    "parties",
                                    {"org": org_entity.ref, "role": role},
                                    start,
                                    end,
                                    0.6,
                                )

                            self._apply("projects", a, mentions, forward, party)

    def _ceremony_to_come(self, s: Sentence, a: int, b: int) -> int | None:
        """Where the verb ends that says a first-stone ceremony is still to be held ("La
        cérémonie de pose de la première pierre de l'usine … aura lieu ce 19 mai"), if it is."""
        if not rx.match(_NOMINAL_CUE, self.fold[a:b]) or _HELD_BEFORE.search(
            self.fold, max(s.start, a - 50), a
        ):
            return None
        coming = _CEREMONY_TO_COME.match(self.fold, b, s.end)
        return coming.end() if coming else None

    def _outweigh(self, entity: Entity) -> None:
        """A status the text says outright ("ses travaux … ont atteint 95%") outweighs one
        read from what the record does ("qui emploie 1400 personnes")."""
        for proposal in [
            p
            for p in self.proposals
            if p.group == entity.ref and p.field == "status" and id(p) in self._weak_statuses
        ]:
            self.proposals.remove(proposal)
            self._seen.discard((entity.key, "status", repr(proposal.value), -1))

    def _further(self, entity: Entity, status: str) -> bool:
        """A project's status is the furthest stage the article gives it: "est entré en
        production en 2018 … les travaux avaient démarré en 2016" is operating."""
        if entity.kind != "projects" or status not in _STAGES:
            return True
        said = [p for p in self.proposals if p.group == entity.ref and p.field == "status"]
        for proposal in said:
            if proposal.value in _STAGES and _STAGES[proposal.value] > _STAGES[status]:
                return False
        for proposal in said:
            if proposal.value in _STAGES and _STAGES[proposal.value] < _STAGES[status]:
                self.proposals.remove(proposal)
                self._seen.discard((entity.key, "status", repr(proposal.value), -1))
        return True

    def _date_near(self, s: Sentence, a: int, b: int, ceremony: bool = False) -> DateMention | None:
        found = [
            d
            for d in dates_in(self.text, self.fold, s.start, s.end, self.published)
            if d.start not in self.used_dates
        ]
        # a cue may end with the date's first word: "achevée d'ici 2027", "mis en œuvre dans
        # les 30 prochains mois"
        # "is under construction and will be ready by 2020": a date with another cue of a
        # project's dates between it and this cue is that cue's
        after = [
            d
            for d in found
            if max(a + 1, b - 8) <= d.start <= b + 45
            and not (b < d.start and _DATE_CUE.search(self.fold, b, d.start))
        ]
        if not after:
            # "inaugurée par le président de la République, X, jeudi dernier", "opened its
            # factory in X, a city near Y, in mid-September": a date said after its cue's
            # complement, with no verb or clause between them
            after = [
                d
                for d in found
                if b + 45 < d.start <= b + 140
                and not _CLAUSE.search(self.fold, b, d.start)
                and not any(b <= e.start < d.start for e in found)
            ][:1]
        # "a posé jeudi la première pierre": the day inside the cue's words
        after = [d for d in found if a < d.start and d.end < b - 8] + after
        if ceremony and not after:
            # "La cérémonie de signature de la convention …, a été présidée ce jeudi 6 juin":
            # the day the ceremony was held, however long the agreement's name.
            after = [
                d
                for d in found
                if b <= d.start <= b + 200
                and rx.search(
                    r"(?:a eu lieu|s'est (?:deroulee|tenue)|a ete presidee|was held|took place|presided)\W+(?:\w+\W+){0,2}$",
                    self.fold[b : d.start],
                )
            ]
        # "sera opérationnelle à partir de 2019, tandis que la seconde sera établie": a date
        # said just after another date's cue is that cue's, not the next one's
        found_before = [
            d for d in found if not _DATE_CUE.search(self.fold, max(0, d.start - 50), d.start)
        ]
        before = [d for d in found_before if a - 60 <= d.end <= a]
        date = after[0] if after else (before[-1] if before else None)
        if date is None and len(found) == 1 and found_before and found[0].end <= a:
            # "Fin novembre 2023, le président … a donné … le coup d'envoi": the one date
            # of the sentence, said before its cue however far (one said after it is more
            # often when the article was told: "a press release stated on January 17").
            date = found[0]
        if date is not None:
            self.used_dates.add(date.start)
        return date

    def _day_of_the_report(self, s: Sentence, a: int, b: int, key: str) -> DateMention | None:
        """The day a dated report opens on ("Today working trip of the President continued
        in …") for works begun or a plant opened in one of its next sentences that says no
        date of its own, nor a time to come: the visit's day is the launch's."""
        if (
            key not in ("construction_start", "operation_start")
            or s.index > 5
            or not self.sentences
        ):
            return None
        first = self.sentences[0]
        if dates_in(self.text, self.fold, s.start, s.end, self.published) or rx.search(
            FUTURE, self.fold[s.start : s.end]
        ):
            return None
        return lead_day(self.text, self.fold, first.start, first.end, self.published)

    def _days_named(self) -> list[str]:
        """The days the (undated) text names in full, read once."""
        if self._named_days is None:
            self._named_days = days_named(self.text, self.fold)
        return self._named_days

    def _date_claim(
        self, entity: Entity, key: str, date: DateMention, a: int, b: int, planned: bool = False
    ) -> None:
        window = self.fold[min(a, date.start) : max(b, date.end)]
        planned = planned or bool(rx.search(FUTURE, window)) or date.value.planned
        if (
            self.published
            and self.published.latest
            and date.value.earliest
            and date.value.earliest > self.published.latest
        ):
            planned = True
        said = ahead_of(date.value, self.published) if planned else date.value
        if self.published is None and planned:
            said = from_latest_day(said, self._days_named())
        value = DateValue(raw=said.raw, earliest=said.earliest, latest=said.latest, planned=planned)
        start, end = min(a, date.start), max(b, date.end)
        if entity.kind == "agreements":
            self.add(entity, "events", {"type": key, "date": value}, start, end, 0.65)
        else:
            self.add(entity, f"dates.{key}", value, start, end, 0.65)

    def _dates(
        self, s: Sentence, mentions: list[tuple[RecordMention, Entity]], forward: bool
    ) -> None:
        sentence = self.fold[s.start : s.end]
        cues = [
            (key, s.start + match.start(), s.start + match.end())
            for pattern, key in DATE_CUES
            for match in rx.finditer(pattern, sentence)
        ]
        # "We expect to start construction in the next two years and thereafter start
        # operations": a date said right after a cue is that cue's, before the next cue
        # reaches back for it
        said = [d.start for d in dates_in(self.text, self.fold, s.start, s.end, self.published)]
        cues.sort(
            key=lambda cue: not any(max(cue[1] + 1, cue[2] - 8) <= d <= cue[2] + 45 for d in said)
        )
        for key, a, b in cues:
            if key == "operation_start" and _PRODUCT_ENTERS_SERVICE.search(
                self.fold, max(s.start, a - 80), a
            ):
                continue  # "l'avion d'affaires Learjet 85, qui doit entrer en service en 2013"
            date = self._date_near(s, a, b) or self._day_of_the_report(s, a, b, key)
            if date is None or key == "announced":
                # the day a plant is announced is the news's: no cue of the plant's takes it
                continue

            def do(
                entity: Entity, key: str = key, date: DateMention = date, a: int = a, b: int = b
            ) -> None:
                self._date_claim(entity, key, date, a, b)

            self._apply("projects", a, mentions, forward, do)

    def _figures(self, s: Sentence, mentions: list[tuple[RecordMention, Entity]]) -> None:
        for figure in figures_in(self.text, self.fold, s.start, s.end):
            kind = "projects"
            if (
                figure.field == "investment"
                and not any(m.kind == "projects" for m, _ in mentions)
                and any(m.kind == "agreements" for m, _ in mentions)
                # "a memorandum … to set up a $2.5 billion joint venture": the sum is said of
                # the plant or venture named after it, the project's, not the agreement's
                and not sum_of_a_plant(self.fold, figure.end)
            ):
                kind = "agreements"

            value = figure.value
            if (
                getattr(value, "currency", None) == "XOF"
                and "cfa" in self.fold[figure.start : figure.end]
                and self._host_country() in _CENTRAL_CFA
            ):
                # "francs CFA" in Douala or Libreville: Central Africa's franc, not the West's
                value = msgspec.structs.replace(value, currency="XAF")
            shilling = _SHILLINGS.get(self._host_country() or "")
            if (
                getattr(value, "currency", None) == "KES"
                and shilling
                and rx.search(r"\b(?:sh|shs|shillings?)\b|/-", self.fold[figure.start : figure.end])
            ):
                value = msgspec.structs.replace(value, currency=shilling)  # the host's shilling
            said_as = _HOST_CURRENCIES.get(getattr(value, "currency", None) or "")
            host_currency = said_as[1].get(self._host_country() or "") if said_as else None
            if (
                said_as
                and host_currency
                and rx.search(said_as[0], self.fold[figure.start : figure.end])
                and not (said_as is _HOST_CURRENCIES["USD"] and self._dollar_spelled)
            ):
                value = msgspec.structs.replace(value, currency=host_currency)

            if figure.field != "jobs" and any(
                x <= figure.start < y
                or (
                    figure.end <= x < figure.end + 90
                    and not rx.search(r"[.;]|, and\b", self.fold[figure.end : x])
                    and not any(figure.end <= m.start < x for m, _ in mentions)
                )
                for x, y in self._serving
            ):
                continue  # "$70 million will be invested in a commercial port": the part's
            if _SEVERAL_TOGETHER.search(self.fold, s.start, figure.start):
                continue  # "Combined, the two projects will create 4,000 jobs": no one plant's
            if figure.field == "jobs" and self._workforce_held(s, figure.end, mentions):
                continue

            def do(entity: Entity, figure: Any = figure, value: Any = value) -> None:
                if not self._restated_sum(entity, figure.field, value):
                    self.add(
                        entity, figure.field, value, figure.start, figure.end, figure.confidence
                    )

            into = self._invested_in(kind, figure.start, figure.end, mentions)
            if into is not None:
                do(into)
                continue
            self._apply(kind, figure.start, mentions, False, do)

    def _workforce_held(
        self, s: Sentence, at: int, mentions: list[tuple[RecordMention, Entity]]
    ) -> bool:
        """True if the people counted up to ``at`` are a workforce a company already has, said
        by a verb in the present ("Honda … où il emploie 3.500 personnes", "plus de 220
        usines dans le monde employant 24.000 personnes") in a sentence that says no plant
        of the article's: the company's, none of the plant's jobs. "Elle emploie", "it
        employs" may say the plant, and keep it."""
        if any(m.kind == "projects" for m, _ in mentions):
            return False
        # the verb nearest the figure
        said = next(reversed(list(_WORKFORCE_HELD.finditer(self.fold, s.start, at))), None)
        if said is None:
            return False
        who = said.group("who") or ""
        # "le site emploie", "the mill employs": a plant's noun says the plant
        return who not in ("elle", "it") and not (
            naming.common_noun(who) or naming._GENERIC_WORD.fullmatch(who)
        )

    def _restated_sum(self, entity: Entity, field_name: str, value: Any) -> bool:
        """ "un investissement de 85 MD … un investissement de l'ordre de 86 millions de
        dinars": a sum said again roughly, in other words (its currency by another name
        too), is the one said first."""
        if field_name != "investment" or getattr(value, "qualifier", None) != "approx":
            return False
        said = getattr(value, "value", None)
        if not said:
            return False
        for p in self.proposals:
            if p.group != entity.ref or p.field != "investment":
                continue
            first = p.plain_value()
            if (
                isinstance(first, dict)
                and first.get("value")
                and abs(first["value"] - said) <= 0.05 * first["value"]
            ):
                return True
        return False

    def _invested_in(
        self, kind: str, start: int, end: int, mentions: list[tuple[RecordMention, Entity]]
    ) -> Entity | None:
        """ "will also invest 60 million dollars in a cement factory": the record said just
        after a figure and "in", not the one said before it in the sentence; "a $100 million
        cardboard factory": the plant whose noun phrase the figure opens."""
        after = next(((m, e) for m, e in mentions if m.kind == kind and m.start >= end), None)
        if after is None:
            return None
        gap = self.fold[end : after[0].start]
        if rx.fullmatch(r"[ -](?:[a-z-]+ )?", gap) and rx.search(
            r"(?:^|\b)(?:a|an)\s*$", self.fold[max(0, start - 4) : start]
        ):
            return after[1]
        said = rx.fullmatch(
            r"(?: [\w$.,-]+){0,2}? (?:in|into|dans) (?:(?:a|an|the|une?|la|le|l'|its|son|sa)"
            r"(?: new| nouvelle?)? ?)?",
            gap,
        )
        return after[1] if said else None

    def _in_country(self, s: Sentence, mentions: list[tuple[RecordMention, Entity]]) -> None:
        """ "the Akkuyu NPP in Turkey", "une usine de lait infantile en Algérie": where a
        project is, when the article names no place nearer."""
        for mention, entity in mentions:
            # "in South Sudan", "en Côte d'Ivoire": a country's name of several words
            after = rx.match(
                r" (?:in|en|au) (?:the )?([\w'-]+(?: [\w'-]+){0,3})", self.fold[mention.end :]
            )
            said = [c for c in countries_in(after.group(1)) if c.start == 0] if after else []
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
                said = [c for c in countries_in(after.group(1)) if c.start == 0] if after else []
                said_end = after.start(1) if after else 0
            if mention.kind == "projects" and after and said:
                entity.defaults.setdefault(
                    "in_country", (said[0].country, mention.start, said_end + said[0].end)
                )
            elif mention.kind == "projects":
                before = self._host_said_before(s, mention.start)
                if before is not None:
                    entity.defaults.setdefault("in_country", (before[0], before[1], mention.end))
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
            if not self.text[line_start:a].strip() and _DATELINE_REST.match(self.text, b):
                # a dateline, "Alger, 5 mars 2024 —", "CAIRO:", "MEXICO CITY (Reuters) –",
                # "ANKARA" alone on its line: where it was written
                continue
            if rx.fullmatch(r"\s*\([^()\n]*", self.text[line_start:a]) and rx.match(
                r"[^()\n]*\)\s*(?:--|—|–|-)", self.text[b : b + 40]
            ):
                continue  # a dateline in brackets, "(July 19, 2011, Addis Ababa)--"
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
            if _DISTANCE_FROM.search(self.fold[max(s.start, a - 50) : a]):
                continue  # "à 30 km de Dakar", "southwest of Belgrade": a place to measure by
            if _HIRED_FROM.search(self.fold[max(s.start, a - 70) : a]):
                continue  # "recruit a 2,000-head workforce from Batangas": where staff come from
            if rx.search(_EVENT_AT, self.fold[max(s.start, a - 60) : a]):
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
                    for o, _ in orgs
                )
                or any(x <= a < y for x, y in self._titles)
                or rx.search(r"(?:entre|between|et|and) $", self.fold[a - 8 : a])
                or rx.match(r" (?:et|and) ", self.fold[b : b + 5])
            ):
                continue
            prefix = rx.search(
                r"(?:la |dans (?:la )?)?(?:wilaya|province|commune|region|zone industrielle|ville|localite)(?: voisine| proche)?(?: de| d'| of|) ?$"
                # "in the central town of Kragujevac", "at the port city of X"
                r"|\b(?:in|at|near) the (?:[a-z-]+ ){0,2}(?:town|city|village|municipality) of $",
                self.fold[max(s.start, a - 30) : a],
            )
            start = a - (len(prefix.group()) if prefix else 0)
            value = {"country": place.country, "region": place.region, "locality": place.locality}
            if (
                place.region
                and not place.locality
                and (
                    rx.match(r" district\b", self.fold[b : b + 9])
                    # "in the remote central district of Nakaseke", "le district de X"
                    or rx.search(r"\bdistrict (?:of|de|du) $", self.fold[max(s.start, a - 14) : a])
                )
            ):
                # "located in Tororo district": a district is where a plant's town is said
                value = {"country": place.country, "region": None, "locality": place.region}
            elif place.locality and rx.match(
                r" (?:region|oblast|province)\b", self.fold[b : b + 9]
            ):
                # "in Lviv region", "in Kherson oblast": the region a town names, no town
                value = {
                    "country": place.country,
                    "region": place.region or place.locality,
                    "locality": None,
                }

            # "à Rooppur", "implantée à Oran", "located in Ain Sokhna": said as where it is
            said_where = bool(
                prefix
                or rx.search(
                    r"\b(?:a|en|au|dans|pres de|in|at|near)(?: la| le| l')? ?$",
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
            ) -> None:
                located = entity.defaults.get("located")
                if located and town_said and self._zone_then_town(located, value, start):
                    # "dans la zone industrielle de Dinh Vu, dans la ville de Hai Phong": the
                    # zone is in that town, and the town is the plant's locality
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
        ]
        found = list(known)
        for _, _, place, _ in known:
            if place.region:
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
            country = (
                (world if world in self.named_countries else None)
                or world_subdivision_country(named.name)
                or (province[1] if province else None)
                or near
                # "in Jackson County" where the article names a US state: an American county
                or ("US" if self.us_states and named.name.endswith(" County") else None)
                or (holder[1].country if holder else None)
                or self._country_near(s, a, b)
                or world
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
            found.append((a, said_to, Place(country, region, named.name), 0.5))
        # "Hisense, a manufacturer based in Qingdao", "un groupe dont le siège est à X", "a
        # Dubai-based company": where a company has its seat, not where its plant is
        found = [
            f
            for f in found
            if not self.fold.startswith("-based ", f[1])
            and not rx.search(
                r"\b(?:based|headquartered|headquarters) in (?:the )?(?:[\w' -]{2,25}, )?$|"
                r"\b(?:basee?s?|siege (?:social )?(?:est )?(?:a|au)|siegeant a) (?:[\w' -]{2,25}, )?$",
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
            and abs(s.start + c.start - a) < 80
            # "basée à Taipei (Taiwan)", "based in China": a company's seat, no place's
            and not _SEAT_COUNTRY.search(
                self.fold, max(s.start, s.start + c.start - 60), s.start + c.start
            )
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
                investor = (
                    _COMPANY_AFTER.match(self.fold, c.end)
                    or _COMPANY_BEFORE.search(self.fold[max(0, c.start - 30) : c.start])
                    or _POSSESSIVE_COMPANY.match(self.text, c.end)
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

    def _sector(self, words: SectorWords) -> Entity:
        if words.key not in self.sector_entities:
            names = [words.fr, words.en]
            found = None
            for name in names:
                found = matching.best(name, self._existing.get("sectors", []))
                if found:
                    break
            entity = Entity(
                "sectors",
                words.fr if self.lang == "fr" else words.en,
                found[0] if found else None,
                "",
                names,
            )
            if entity.subject is None:
                number = sum(1 for e in self.entities if e.subject is None) + 1
                entity.key = f"new:{number}"
            else:
                entity.key = entity.subject
            self.entities.append(entity)
            self.sector_entities[words.key] = entity
        return self.sector_entities[words.key]

    def _plain_said(
        self, words: SectorWords, a: int, b: int, sentence_start: int, inside: bool
    ) -> tuple[int, int]:
        """A sector's word written with a capital inside a sentence is part of a name
        ("AnJia Cement Factory", "Demka Textile and Investment PLC"): the analyst quotes
        where the text says it in lower case, before a plant's noun if it can ("the cement
        plant", "a textile manufacturing factory"), else its first such place."""
        if not self.text[a : a + 1].isupper():
            return a, b
        before = self.text[sentence_start:a].rstrip()
        if not inside:
            # a name's own word before it ("AnJia", "Huaxin"), said elsewhere on its own;
            # "the Floating Glass Production Line", "une usine de Cimenterie" are the
            # text's words for the plant and stay its quote
            previous = rx.search(r"([A-Z][\w'-]*)$", before)
            if previous is None:
                return a, b
            if _COMPANY_FORM_AFTER.match(self.text, b):
                # "Demka Textile and Investment PLC": a company's name
                return self._plain_place(words, a, b)
            word = previous.group(1)
            following = self.text[a:b]
            elsewhere = [
                m
                for m in rx.finditer(rf"\b{re.escape(word)}\b", self.text)
                if not self.text.startswith(following, m.end() + 1)
            ]
            if not elsewhere:
                return a, b
        elif not before or before[-1] in '.:!?"«“(–—-':
            return a, b
        return self._plain_place(words, a, b)

    def _plain_place(self, words: SectorWords, a: int, b: int) -> tuple[int, int]:
        plain = self._plain_places.get(words.key)
        if plain is None:
            found: list[tuple[int, int, bool]] = []
            for pattern in words.patterns:
                for match in rx.finditer(pattern, self.fold):
                    x, y = match.span()
                    if not self.text[x : x + 1].islower():
                        continue
                    noun = bool(_PLANT_NOUN_AFTER.match(self.fold, y))
                    found.append((x, y, noun))
            found.sort(key=lambda f: (not f[2], f[0]))
            plain = (found[0][0], found[0][1]) if found else (-1, -1)
            self._plain_places[words.key] = plain
        return plain if plain[0] >= 0 else (a, b)

    def _sectors(
        self,
        s: Sentence,
        mentions: list[tuple[RecordMention, Entity]],
        forward: bool,
        orgs: list[Any],
    ) -> None:
        sentence = self.fold[s.start : s.end]
        # "Banbury, une société spécialisée dans le textile, l'informatique …", "Leading
        # manufacturer of steel products in Ghana, X": what a company does, not its plant
        described = [
            (s.start + m.start(), s.start + m.end()) for m in _COMPANY_TRADE.finditer(sentence)
        ]
        opening = self._trade_opens(s)
        if opening is not None and not any(
            m.kind == "projects"
            and any(p.search(self.fold, m.start, m.end) for _, p in _sector_patterns())
            for m, _ in mentions
        ):
            # (a plant whose own words say its trade, "a cement plant", keeps to them)
            described = [(x, y) for x, y in described if not (x < opening[1] and opening[0] < y)]
        business = _PLANT_BUSINESS.search(sentence)
        customers = [
            (s.start + m.start(), s.start + m.end())
            for pattern in (_CUSTOMERS, _SUPPLIES, _STORES)
            for m in pattern.finditer(sentence)
        ] + self._serving  # "a thermal power station" the plant has: no trade of the plant
        for words, any_word in _sector_patterns():
            if not any_word.search(sentence):
                continue
            for pattern in words.patterns:
                for match in rx.compiled(pattern).finditer(sentence):
                    a, b = s.start + match.start(), s.start + match.end()
                    # where the text says it in its own words, not inside a capitalised
                    # name ("Huaxin Cement plant", then "the cement plant")
                    inside = any(o.start <= a < o.end for o in orgs)
                    qa, qb = self._plain_said(words, a, b, s.start, inside)
                    sector = self._sector(words)
                    said = (sector.key, "")
                    customer = any(
                        x <= a < y and not self._supplies_cars(words, s.start, x)
                        for x, y in customers
                    )
                    again = (
                        said in self._sector_words
                        and self._sector_said.get(sector.key, a) < self.headline_end <= a
                    )
                    if (
                        (said not in self._sector_words or again)
                        and not inside
                        and not customer
                        # a sector the store has already is linked, never named again
                        and sector.subject is None
                    ):
                        self._sector_words.add(said)
                        self._sector_said[sector.key] = a
                        self.add(
                            sector,
                            "name",
                            {self.lang: words.fr if self.lang == "fr" else words.en},
                            qa,
                            qb,
                            0.5,
                        )
                    produced = rx.search(
                        r"(?:production|tonnes|fabrication|produire|produira|producing|production of"
                        r"|manufacture|manufactures|fabriquer|fabriquera|produce|produces|make|makes"
                        # "began assembling trucks", "assemblera des bus": put together there
                        r"|assemble|assembles|assembling|assembler|assemblera)"
                        # "to produce more zirconium chemicals", "produira davantage de ciment"
                        r" (?:(?:more|additional|further) (?:[a-z-]+ )?|davantage (?:de |d')"
                        r"|(?:de |d'|du |des |of )?)$"
                        # "will produce interactive electronic boards", "will produce boards,
                        # chargers, medical equipment": an adjective, or a list the verb opens
                        r"|\b(?:produce|produces|manufacture|manufactures|make|makes|assemble|assembles"
                        r"|assembling) [a-z-]+ $"
                        r"|\b(?:produce|produces|manufacture|manufactures|produira|fabriquera|produire"
                        r"|fabriquer) (?:[^.;:,]{1,50}, ){1,4}(?:and |et )?(?:de |d'|du |des )?$"
                        + "|"
                        + _OUTPUT_COUNTED,
                        self.fold[max(s.start, a - 160) : a],
                    )
                    for mention, entity in mentions:
                        if (entity.key, sector.key) in self._sector_words:
                            if mention.kind == "projects" and mention.start <= a < mention.end:
                                self._raised_to_primary(entity, sector, qa, qb, s)
                            elif mention.kind == "projects" and produced and not customer:
                                self._output_quoted(entity, sector, qa, qb)
                            continue
                        if mention.kind == "projects":
                            # a company's trade ("spécialisée dans le textile", "la société
                            # minière X") or its name ("West Lake Cement Group") is no
                            # plant's sector
                            if (
                                any(x <= a < y for x, y in described)
                                or inside
                                or customer
                                or self._partner_s_trade(s, a)
                            ) and not (mention.start <= a < mention.end):
                                continue
                            if self._other_plants_words(mention, mentions, a):
                                continue
                            self._sector_words.add((entity.key, sector.key))
                            primary = mention.start <= a < mention.end
                            self.add(
                                entity,
                                "sectors",
                                {"sector": sector.ref, "primary": primary},
                                qa,
                                qb,
                                0.6,
                            )
                            if primary:
                                self._named_by_plant(sector, qa, qb)
                            elif produced and not customer:
                                self._output_quoted(entity, sector, qa, qb)
                        elif (
                            mention.start <= a < mention.span_end
                            and not customer
                            and not any(m.kind == "projects" for m, _ in mentions)
                        ):
                            # An agreement's sector is what its own words name ("accord
                            # pour la fabrication de médicaments") when no project is
                            # beside it to hold it.
                            self._sector_words.add((entity.key, sector.key))
                            self.add(entity, "sectors", sector.ref, a, b, 0.6)
                    if (
                        opening is not None
                        and opening[0] <= a < opening[1]
                        and not any(m.kind == "projects" for m, _ in mentions)
                        and not customer
                        and not inside
                        and a >= self.headline_end
                    ):
                        # "A Korean maker of batteries is pledging an investment", then "a
                        # new plant": the plant the company builds makes what it makes
                        if "projects" in self.focus:
                            self._secondary_sector(self.focus["projects"], sector, qa, qb)
                        else:
                            self._lead_sector(sector, qa, qb)
                    if (
                        business
                        and s.start + business.end() <= a
                        and "projects" in self.focus
                        and not any(m.kind == "projects" for m, _ in mentions)
                        and not customer
                        and not inside
                    ):
                        # "Le cœur de métier de cette unité sera de traiter les déchets du
                        # secteur minier": the trades its business is said in are its own
                        self._secondary_sector(self.focus["projects"], sector, qa, qb)
                    if not mentions and produced and "projects" in self.focus:
                        self._secondary_sector(self.focus["projects"], sector, qa, qb)
                        if not customer:
                            self._output_quoted(self.focus["projects"], sector, qa, qb)
                    elif (
                        not mentions
                        and produced
                        and a >= self.headline_end
                        and not self._trade_said(s, a)
                    ):
                        self._lead_sector(sector, qa, qb, output=not customer)
                    if (
                        not any(m.kind == "projects" for m, _ in mentions)
                        and not inside
                        and not customer
                        and a >= self.headline_end
                        and (
                            _VENTURE_AFTER.match(self.fold, b)
                            or _VENTURE_BEFORE.search(self.fold, max(s.start, a - 40), a)
                        )
                    ):
                        # a venture set up by its trade before the article names its plant
                        # ("to set up a petrochemical joint venture", then "the complex"):
                        # the plant's trade, said first there
                        if "projects" in self.focus:
                            self._secondary_sector(self.focus["projects"], sector, qa, qb)
                        else:
                            self._lead_sector(sector, qa, qb)
                    if (
                        forward
                        and not any(m.kind == "projects" for m, _ in mentions)
                        # (a trade the product is sold to is the next plant's no more than
                        # this one's: "urea, a raw material for the chemical industry")
                        and not customer
                    ):

                        def do(
                            entity: Entity, sector: Entity = sector, a: int = qa, b: int = qb
                        ) -> None:
                            self._secondary_sector(entity, sector, a, b)

                        self.pending.append(do)

    def _trade_opens(self, s: Sentence) -> tuple[int, int] | None:
        """Where a company's trade is said, if the sentence opens on the company said by it
        ("A Korean developer and manufacturer of lithium-ion batteries … is pledging"): from
        the product to the verb."""
        said = _TRADE_OPENS.match(self.fold, s.start, s.end)
        if said is None:
            return None
        end = _TRADE_OPENS_END.match(self.fold, said.end(), s.end)
        if end is None:
            return None
        if said.group().lstrip().startswith(("the ", "le ", "la ")) and not rx.match(
            r"\s*(?:invested|invests|investit|a investi)\b", self.fold[end.end() : s.end]
        ):
            # the company said again by its trade is the plant's maker where it invests in
            # it ("The manufacturer of textiles … invested 15 million EUR in the plant"),
            # not a partner said by its trade ("Le fabricant de serres, X, s'est associé")
            return None
        return said.end(), end.end()

    def _partner_s_trade(self, s: Sentence, at: int) -> bool:
        """True if the trade at ``at`` is said of a company after its noun, one that does not
        open the sentence ("avec la société minière X", not "La société minière X va …")."""
        said = _COMPANY_NOUN_ADJECTIVE.search(self.fold, max(s.start, at - 40), at)
        if said is None:
            return False
        # (a dateline or a source before the dash opens nothing: "(Agence) - Le groupe …")
        before = rx.split(r"\s[-–—]\s|:\s", self.fold[s.start : said.start()])[-1]
        return bool(before.strip(" \n\t,"))

    @staticmethod
    def _other_plants_words(
        mention: RecordMention, mentions: list[tuple[RecordMention, Entity]], at: int
    ) -> bool:
        """True if the trade at ``at`` is said in another plant's own words ("après une
        centrale hydroélectrique au Cameroun, une nouvelle cimenterie au Tchad, … un complexe
        industriel de céramique"): no second trade of this plant, which its own words may
        still say further on."""
        return not (mention.start <= at < mention.end) and any(
            other is not mention and other.kind == "projects" and other.start <= at < other.end
            for other, _ in mentions
        )

    def _raised_to_primary(
        self, entity: Entity, sector: Entity, a: int, b: int, s: Sentence
    ) -> None:
        """A trade said beside a plant, in the sentence that then says it in the plant's own
        words ("du groupe FCA (Fiat-Chrysler Automobiles) … une usine de production
        d'amortisseurs"): the plant's words make it its primary trade, and are the quote; a
        company said by its trade first ("le constructeur automobile chinois installera une
        usine de montage de véhicules") keeps it."""
        for proposal in self.proposals:
            value = proposal.plain_value()
            if (
                proposal.group == entity.ref
                and s.start <= proposal.start < a
                # (a company's trade said first, "le constructeur automobile chinois", stays)
                and not _MAKER_BEFORE.search(self.fold, s.start, proposal.start)
                and proposal.field == "sectors"
                and isinstance(value, dict)
                and value.get("sector") == sector.ref
                and not value.get("primary")
            ):
                proposal.value = typed_value(
                    entity.kind, "sectors", {"sector": sector.ref, "primary": True}
                )
                proposal.quote, proposal.start, proposal.end = self.text[a:b], a, b
                self._named_by_plant(sector, a, b)
                return

    def _output_quoted(self, entity: Entity, sector: Entity, a: int, b: int) -> None:
        """A trade said of a company ("the Japanese automobile company's plant", "Global
        automotive transmission manufacturer X"), then by what the plant itself makes ("The
        plant began assembling medium-duty trucks", "the factory will produce electrified
        powertrains"): the plant's output is where the analyst quotes the plant's trade and
        the sector's name; the company's word says only whose the plant is. What the company
        itself is said to make ("The company will manufacture liquid inks") is still its
        trade, and leaves the quote where it was."""
        if _COMPANY_SUBJECT.search(self.fold, max(0, a - 160), a):
            return
        for proposal in self.proposals:
            value = proposal.plain_value()
            if (
                proposal.start != a
                and (
                    (
                        proposal.group == entity.ref
                        and proposal.field == "sectors"
                        and isinstance(value, dict)
                        and value.get("sector") == sector.ref
                    )
                    or (proposal.group == sector.ref and proposal.field == "name")
                )
                and _COMPANY_AFTER.match(self.fold, proposal.end)
            ):
                proposal.quote, proposal.start, proposal.end = self.text[a:b], a, b

    def _named_by_plant(self, sector: Entity, a: int, b: int) -> None:
        """A sector first said in passing ("Entre autres secteurs qui les intéressent, la
        cimenterie", "l'activité cimentière du groupe"), then as a plant's own trade ("une
        cimenterie d'une capacité de …"): the plant's words are the sector's quote (a
        company's trade said first, "l'entreprise sidérurgique X", stays it)."""
        if sector.key in self._plant_named:
            return
        self._plant_named.add(sector.key)
        said = next(
            (p for p in self.proposals if p.group == sector.ref and p.field == "name"), None
        )
        # (a plant's own trade said there keeps it; one said only beside a record, in
        # passing, does not: "X electric wire corporation … an element and wire plant")
        if said is None or any(
            p.field == "sectors"
            and p.start == said.start
            and (not isinstance(p.plain_value(), dict) or p.plain_value().get("primary"))
            for p in self.proposals
        ):
            return
        where = next((s for s in self.sentences if s.start <= said.start < s.end), None)
        if where is None or _COMPANY_NOUN_BEFORE.search(self.fold, where.start, said.start):
            return
        if any(
            where.start + m.start() <= said.start < where.start + m.end()
            for m in _COMPANY_TRADE.finditer(self.fold[where.start : where.end].rstrip(" .!?"))
        ):
            return
        said.quote, said.start, said.end = self.text[a:b], a, b

    def _supplies_cars(self, words: SectorWords, start: int, at: int) -> bool:
        """ "des batteries … destinées à l'industrie automobile", "cells to power electric
        vehicles": parts made for cars are of the car trade (not steel sold to carmakers)."""
        return words.key == "automotive" and bool(_CAR_PARTS.search(self.fold, start, at))

    def _trade_said(self, s: Sentence, at: int) -> bool:
        """True if the words at ``at`` say what a company does ("spécialisée dans la
        fabrication de …", "that specializes in the production of …"), to its sentence's
        end: its trade, which makes no plant's before the article names one."""
        sentence = self.fold[s.start : s.end].rstrip(" .!?")
        return bool(rx.search(r"\bspeciali[sz](?:es|ed|ing) in\b", self.fold[s.start : at])) or any(
            s.start + m.start() <= at < s.start + m.end() for m in _COMPANY_TRADE.finditer(sentence)
        )

    def _lead_sector(self, sector: Entity, a: int, b: int, output: bool = False) -> None:
        """What is said to be made before the article has named any plant ("le
        constructeur table sur une production annuelle de 200 000 véhicules", "pour élargir
        sa production de médicaments", then "cette usine de X"): the first plant it names
        makes it, as its other lead facts do; said as its ``output`` ("the factory will
        produce …"), it is where the trade is quoted (``_output_quoted``)."""
        if self.lead is None:
            return

        def do(entity: Entity, sector: Entity = sector, a: int = a, b: int = b) -> None:
            self._secondary_sector(entity, sector, a, b)
            if output:
                self._output_quoted(entity, sector, a, b)

        self.lead.append(do)

    def _secondary_sector(self, entity: Entity, sector: Entity, a: int, b: int) -> None:
        """A sector of a project said beside it, once a project."""
        if (entity.key, sector.key) not in self._sector_words:
            self._sector_words.add((entity.key, sector.key))
            self.add(entity, "sectors", {"sector": sector.ref, "primary": False}, a, b, 0.5)

    def _components(self, s: Sentence, mentions: list[tuple[RecordMention, Entity]]) -> None:
        match = rx.search(
            r"(?:divisee?|compose|comprend\w*) (?:en )?(?:deux|trois|\d) unites ?: ?l'une (dediee a [^,;.]+?) et l'autre (a [^,;.]+)",
            self.fold[s.start : s.end],
        )
        if not match:
            return
        project = self._subject("projects", s.start + match.start(), mentions, False)
        if not isinstance(project, Entity):
            return
        for number, lead in ((1, ""), (2, "dédiée ")):
            a, b = s.start + match.start(number), s.start + match.end(number)
            name = "Unité " + lead + self.text[a:b]
            self.add(project, "components", {"name": {self.lang: name}}, a, b, 0.5)

    def _country_pair(self) -> list[str]:
        counts = Counter(c.country for c in countries_in(self.fold))
        return sorted(code for code, _ in counts.most_common(2)) if len(counts) >= 2 else []

    def _countries(self) -> None:
        if len(self.pair) < 2:
            return
        for entity in list(self.entities):
            if entity.kind not in ("projects", "agreements") or entity.defaults.get(
                "countries_said"
            ):
                continue
            first = next((p for p in self.proposals if p.group == entity.ref), None)
            if first is None:
                continue
            span = self._pair_span(first.start, entity.kind == "projects")
            if span and (entity.kind == "projects" or self._said_with(first.start, span[0])):
                self.add(entity, "countries", list(self.pair), span[0], span[1], 0.5)

    def _said_with(self, near: int, at: int) -> bool:
        """True if ``at`` is in the sentence of ``near``: an agreement's countries are the
        ones its own sentence says ("Samsung signed a contract with Egyptian officials");
        the pair said elsewhere ("l'industriel italien s'installe au Maroc", "the Turkish
        company will build") is the plant's or its company's, not the agreement's."""
        here = next((s for s in self.sentences if s.start <= near < s.end), None)
        return here is not None and here.start <= at < here.end

    def _pair_words(self) -> list[tuple[int, re.Match[str]]]:
        """Where the article says its pair of countries in so many words, and how."""
        if self._pair_said is None:
            self._pair_said = [
                (rank, match)
                for rank, pattern in enumerate(
                    (
                        # "entre le Maroc et le Burkina Faso": a name of two words too
                        r"\b(?:between|entre) [\w' -]{3,40}? (?:and|et) (?:la |le |l')?[\w-]+"
                        r"(?: [\w-]+)?",
                        r"\b[a-z]+o-[a-z]+",
                    )
                )
                for match in rx.finditer(pattern, self.fold)
                if {c.country for c in countries_in(match.group())} == set(self.pair)
            ]
        return self._pair_said

    def _investor_said(self) -> list[tuple[int, int]]:
        """Where the article says the investors' country of a company or a plant ("a
        Chinese-invested tire factory", "l'entreprise marocaine X", "Japan's Sharp"): the pair's
        country that is not the host, said of whose a thing is (read once)."""
        if self._investor_spans is None:
            host = self._host_country()
            other = [c for c in self.pair if c != host] if host in self.pair else []
            self._investor_spans = []
            for c in countries_in(self.fold) if len(other) == 1 else []:
                if c.country != other[0]:
                    continue
                owned = rx.match(r"-(?:owned|invested|funded|backed|run)\b", self.fold[c.end :])
                end = c.end + (owned.end() if owned else 0)
                after = (
                    _COMPANY_AFTER.match(self.fold, c.end)
                    or _OWNER_ADJECTIVE.match(self.fold, end)
                    or _POSSESSIVE_COMPANY.match(self.text, c.end)
                )
                before = _COMPANY_BEFORE.search(
                    self.fold[max(0, c.start - 30) : c.start]
                ) or _OWNER_ADJECTIVE_FR.search(self.fold[max(0, c.start - 40) : c.start])
                if after:
                    self._investor_spans.append((c.start, after.end()))
                elif before:
                    self._investor_spans.append((max(0, c.start - 40) + before.start(), c.end))
        return self._investor_spans

    def _pair_span(self, near: int, project: bool = False) -> tuple[int, int] | None:
        here = next((s for s in self.sentences if s.start <= near < s.end), None)
        if here is not None:
            both = rx.search(
                r"les deux pays|the two countries|both countries", self.fold[here.start : here.end]
            )
            if both:
                return here.start + both.start(), here.start + both.end()
        # "between Russia and Turkey", "entre l'Algérie et la Chine", then "algéro-qatarie":
        # the words that say the pair, wherever the article says them, nearest first.
        pairs = [
            (
                not (here is not None and here.start <= match.start() < here.end),
                rank,
                abs(match.start() - near),
                match.start(),
                match.end(),
            )
            for rank, match in self._pair_words()
        ]
        named = [
            c
            for c in (countries_in(self.fold[here.start : here.end]) if here is not None else [])
            if c.country in self.pair
            and here is not None
            and not _TITLE_OF_A_COUNTRY.match(self.fold, here.start + c.end)
            and not _TITLE_OF_A_COUNTRY_FR.search(self.fold, here.start, here.start + c.start)
        ]
        both_here = {c.country for c in named} == set(self.pair)
        if pairs and (min(pairs)[0] is False or not (both_here and self._owner_said_in(here))):
            *_, start, end = min(pairs)
            return start, end
        if here is not None and both_here:
            # the project's sentence names both countries ("a plant with Chinese investment
            # in Kyrgyzstan"), and says whose it is before the pair said elsewhere
            # ("L'entreprise marocaine X va construire une usine à Thiès, au Sénégal")
            return here.start + named[0].start, here.start + named[-1].end
        # a project's countries: the investors' said of its company or of the plant itself
        # ("the Chinese-owned factory"), in the project's sentence first, else where the
        # article first says them so
        investors = sorted(
            (not (here is not None and here.start <= a < here.end), a, b)
            for a, b in (self._investor_said() if project else [])
        )
        if investors:
            return investors[0][1], investors[0][2]
        for s in sorted(
            self.sentences, key=lambda s: (not (s.start <= near < s.end), abs(s.start - near))
        ):
            named = [c for c in countries_in(self.fold[s.start : s.end]) if c.country in self.pair]
            if {c.country for c in named} == set(self.pair):
                return s.start + named[0].start, s.start + named[-1].end
        # "le Vietnam débarque à Yamoussoukro": one country by its name, the other by a
        # place of its own, in one sentence (the headline first).
        said = self._pair_by_place()
        if said:
            return min(said, key=lambda span: abs(span[0] - near))
        return None

    def _owner_said_in(self, here: Sentence | None) -> bool:
        """True if the sentence says a company's or a plant's country ("l'entreprise
        marocaine X", "South Korea's X", "a Chinese-owned plant"): whose the plant is, which
        "Russian engineers" or a pair said elsewhere ("entre le Maroc et le Sénégal") is not."""
        return here is not None and any(
            here.start <= a < here.end for a, _ in self._investor_said()
        )

    def _pair_by_place(self) -> list[tuple[int, int]]:
        """The sentences that say the pair by one country's name and a place of the other
        (read once: each record asks)."""
        if self._pair_places is None:
            self._pair_places = []
            for s in self.sentences:
                spans = [
                    (c.start, c.end, c.country)
                    for c in countries_in(self.fold[s.start : s.end])
                    if c.country in self.pair
                ]
                if not spans:
                    continue
                spans += [
                    (p.start, p.end, p.place.country)
                    for p in places_in(
                        self.fold[s.start : s.end], self.named_countries, self.text[s.start : s.end]
                    )
                    if p.place.country in self.pair
                ]
                if {code for _, _, code in spans} == set(self.pair):
                    self._pair_places.append(
                        (
                            s.start + min(a for a, _, _ in spans),
                            s.start + max(b for _, b, _ in spans),
                        )
                    )
        return self._pair_places
