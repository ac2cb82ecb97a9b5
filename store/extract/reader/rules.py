"""The reader's word patterns and small judgements, one article at a time: the regular
expressions on folded text, and the functions that decide from a sentence's words alone
(is this a plant's name, a company's form, a held plant, a sector said as a trade). The
reading classes (``base`` to ``sentences``) and ``propose`` use them; nothing here keeps
an article's state."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import msgspec

from ...text import fold
from .. import naming, rx
from ..lexicon import (
    DATE_CUES,
    PROJECT_NOUNS_EN,
    PROJECT_NOUNS_FR,
    SECTORS,
    SectorWords,
)
from ..places import (
    nationality_word,
)
from ..proposal import NewRecord
from ..records import (
    RecordMention,
)

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
_AND_THEN = re.compile(r"(?: [^.;,:]{0,50}?)? (?:and|et) (?:to |de |d'|then |ensuite )?")


def _coordinated(fold: str, end: int, date_start: int) -> bool:
    """Whether one cue ending at ``end`` and the date at ``date_start`` have between them
    only "and" and a second cue right before the date ("finalize construction of the plant
    and commence production by mid-2019")."""
    second = _DATE_CUE.search(fold, end, date_start)
    return (
        second is not None
        and _AND_THEN.fullmatch(fold, end, second.start()) is not None
        and date_start - second.end() <= 45
        and _DATE_CUE.search(fold, second.end(), date_start) is None
    )


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
