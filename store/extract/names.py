"""Organisations and people the article names: ministries, agencies, institutes and
companies by the nouns and cues the press uses; people by the title beside their name
("le ministre de l'Industrie …, Ali Aoun", "Industry Minister Denis Manturov")."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import Any

from ..text import fold as fold_text
from . import rx
from .cities import world_town_country
from .lexicon import (
    KNOWN_ORGS,
    PROJECT_NOUNS_EN,
    PROJECT_NOUNS_FR,
    TITLES_EN,
    TITLES_FR,
    trades_said,
)
from .places import (
    countries_in,
    country_names,
    nationality_word,
    only_a_country,
    opens_a_place_name,
    places_in,
    world_subdivision_countries,
    world_subdivision_country,
)
from .when import MONTH_WORDS

_INSTITUTIONS = {
    "societe nationale": "company",
    "compagnie nationale": "company",
    "entreprise nationale": "company",
    "entreprise publique": "company",
    "ministere": "ministry",
    "departement": "ministry",
    "agence": "agency",
    "institut": "institute",
    "office": "agency",
    "banque": "company",
    "universite": "institute",
    "commission": "agency",
    "fonds": "agency",
    "conseil": "agency",
    "autorite": "agency",
    "bureau": "agency",
}
# A nationality said as an English adjective: "Indian", "Japanese", "Moroccan".
_NATIONALITY_WORD = r"[a-z]+(?:ian|ean|ese|ish|can|ch|an|i)"
_COMPANY_CUES = (
    r"(?:(?:la|le|l'|du|de la|des|les|une|un|d'une|d'un|sa|son) ?)(?:autres? )?"
    r"(?:societes?|groupes?|entreprises?|firmes?|constructeur(?: automobile)?|compagnies?|geant|holding|filiale|joint-venture|societe mixte|marque"
    # "La coentreprise Kelvo Mauritanie, détenue à 51 % par …": the venture by its name
    r"|co-?entreprise"
    # "l'équipementier X", "le fabricant X", "le sidérurgiste X": a trade's noun, then its name
    r"|equipementiers?|fabricants?|sous-traitants?|siderurgistes?|cimentiers?|brasseurs?|industriels?"
    # "le verrier Saverglass", "le pneumaticien X": a maker by its trade (not "l'avionneur
    # européen Guillaume Faury", a title's words)
    r"|verriers?|papetiers?|pneumaticiens?|sucriers?|semenciers?"
    # "Kelvo et son partenaire Tarvo Trading": a company by the word for what it is to another
    # ("les partenaires sud-coréens X et Y": a list, read by its nationality)
    r"|partenaire(?!s)"
    # "le laboratoire marocain Kelvar Pharma", "les laboratoires X": a pharmaceutical maker
    r"|laboratoires? pharmaceutiques?|laboratoires?)"
    r"|the (?:company|group)|\bthe (?:[a-z-]+ ){1,2}?company|\b(?:le|du|au|par le) (?:chinois|turc|russe|indien|egyptien|francais|allemand|americain|japonais|sud-coreen|qatari|emirati|saoudien|espagnol|marocain|tunisien|iranien|britannique)(?![\w-])|l'italien|(?:le |la |l')?consortium"
    # "Russian nuclear state corporation Rosatom", "the Italian industrial group Danieli"
    # "Chinese firm Wuxi No. 1 Cotton Mill", "A CHINESE investor Sinoma …"
    r"|\b(?:[a-z]+ ){0,2}?(?:firm|investor|contractor|developer|manufacturer|giant|maker|producer|brewer"
    # "Australian miner Kelvar Resources", "gold miner X", "Swiss trader X"
    r"|miner|refiner|smelter|trader|shipbuilder|carmaker|automaker|steelmaker|meatpacker|bottler"
    r"|partner)\b"
    # "Indian company Seftech": a nationality, then the noun
    r"|\b(?:[a-z]+ )?(?:" + _NATIONALITY_WORD + r") company\b"
    # "the multinational footwear and sportswear Nike": the noun, then its trades
    r"|\bthe multinational(?: [a-z]+ and [a-z]+)?"
    r"|(?:[a-z]+ ){0,3}?(?:state )?(?:corporation|conglomerate|(?<!the )group)"
)
_NAMED_AFTER = (
    r"(?:firm|investor|contractor|developer|manufacturer|giant|maker|producer|brewer|miner"
    r"|refiner|smelter|trader|shipbuilder|carmaker|automaker|steelmaker|meatpacker|bottler)$"
)
_CONNECTOR = re.compile(r"(?:et )?(?:de la |de l'|des |du |de |d')")
# A French company's name in lower case after its first word, then in capitals:
# "Solutions d'alarme incendie Maple Armor Canada" (the capitals' first two words ``again``)
_LOWER_THEN_NAME = re.compile(
    r" (?:de |d['’])[a-zà-ÿ]+(?: [a-zà-ÿ]+){0,2} "
    r"(?P<again>[A-Z][\w-]+(?: [A-Z][\w-]+)?)(?: [A-Z][\w-]+){0,2}(?![\w'’-])"
)
_ADJ = re.compile(
    r"(?:[a-z-]+(?:eux|euse|euses|el|els|ique|iques|aire|aires|al|ale|ales|aux|elle|elles|ien|ienne|iens|iennes|if|ive|ifs|ives|ee|ees|il|ils|e|es|s)|russe|russes|turc|turque|chinois|chinoise|brut|lourde?s?|neuf|blanc|vert|noir|gris|plats?|froid|chaud|publics?"
    # "du Développement minier", "pétrolier" (no month: "janvier", "février")
    r"|[a-z-]+(?<!janv)(?<!fevr)iers?)$"
)
_STOP = {
    "en",
    "a",
    "au",
    "aux",
    "dans",
    "pour",
    "sur",
    "par",
    "qui",
    "que",
    "dont",
    "est",
    "sont",
    "et",
    "entre",
    "avec",
    "sera",
    "ont",
    "selon",
    "le",
    "la",
    "les",
    "un",
    "une",
    "ce",
    "cette",
    "of",
    "the",
    "and",
    "in",
    "on",
}
# The small words of a Spanish, Portuguese or Italian company's name between its capitalised
# ones: "Tierra del Fuego Energia y Quimica", "Altos Hornos de Mexico" (in an English text,
# where "de" is no word of the sentence), "Companhia Vale do Rio Doce".
_NAME_CONNECTORS = re.compile(r" (?:del|y|e|do|dos|das|da|di|della|delle|degli) ")
_NAME_CONNECTORS_EN = re.compile(r" (?:de|de la|de los|de las) ")


def _name_connector(between: str, lang: str) -> bool:
    """True if ``between``, said between two capitalised words after a company's noun, is
    a small word of a foreign name's, not a pause of the sentence."""
    return bool(
        _NAME_CONNECTORS.fullmatch(between)
        or (lang == "en" and _NAME_CONNECTORS_EN.fullmatch(between))
    )


# Nouns that say what a company is before its own name: "l'entreprise publique YLB".
_NOUNS_BEFORE_A_NAME = {"entreprise publique", "societe nationale", "entreprise nationale"}
_NAME = re.compile(r"[A-Z][\w'’.-]*[a-zA-Z]|[A-Z]{2,}")
# A name's letters: any lower-case letter ("Sağlam", "Dönmez"), and its particles, spaced
# or hyphened, in either case ("Tareq al-Molla", "Mohammed bin Salman", "Abd El-Aziz").
_LOWER = r"(?:(?![A-Z])[^\W\d_]|['’-])"
# The capitals of Latin Extended-A ("Şekeroğlu", "Łukasz", "Živković"), "Œ" left out: it
# opens French common nouns ("Œuvre"), never a name the press writes.
_EXTENDED_UPPER = "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper() and c != "Œ")
# A capital that opens a name's later word, accented or not: "Miguel Àngel", "José Ángel",
# "Ahmet Şekeroğlu".
_UPPER = rf"[A-ZÀ-ÖØ-Þ{_EXTENDED_UPPER}]"
# A surname may be written in capitals after the given name ("Shinsuke SHIMIZU"): three
# letters at least, a vowel among them, and no company's legal form ("PLC", "LTD"); French
# dispatches keep the accents on them ("Awa TOURÉ", "Moussa KONATÉ").
_CAPITAL_WORD = rf"(?!(?:PLC|LTD|LLC|LLP|INC|SARL|GMBH|FZE|FTZE|SPA|CEO|PDG)\b)(?={_UPPER}*[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-Ü]){_UPPER}{{3,}}"
_CAPITAL_SURNAME = rf"(?:\s+{_CAPITAL_WORD})?"
# French given names that open with an accented capital ("Étienne Schneider", "Éric
# Dupond"): the only accented capital a name may open with, as "Économique" opens none
_ACCENTED_GIVEN = (
    r"É(?=(?:tienne|ric|douard|mile|milie|lisabeth|lise|velyne|lodie|dith|liane|meric|ve|lie)\b)"
)
_PERSON_PATTERN = (
    # "A. K. Sharma", "R.K. Menon": initials, then a surname (or a given name and a surname);
    # "Y S Jagan Mohan Reddy": two initials or three, without their full stops, then names;
    # "Niels B. Christiansen": a given name, a middle initial, then names ("Abdou F.M.
    # Badjie": two)
    # ("N. Chandrababu Naidu.": a sentence's full stop after the name, no abbreviation's)
    rf"(?<![\w-])((?<!\.)(?:[A-Z]\.\s?){{1,3}}[A-Z]{_LOWER}{{2,}}(?:\s+[A-Z]{_LOWER}{{2,}})?(?![\w'’-])(?!\.\w)"
    rf"|(?:[A-Z] ){{2,3}}[A-Z]{_LOWER}{{2,}}(?:\s+[A-Z]{_LOWER}{{2,}}){{1,3}}(?![\w'’.-])|(?:[A-Z{_EXTENDED_UPPER}]|{_ACCENTED_GIVEN}){_LOWER}+(?:[A-Z]{_LOWER}+)?(?:\s+(?!M\.)(?:[A-Z]\.){{1,2}}(?=\s+{_UPPER}{_LOWER}))?(?:(?:\s+(?:(?:El|el|Ould|Ben|ben|Bou|Abdel|al|Al|bin|Bin|ibn|Ibn|Ag|ag|da|dos|das{{_MORE}})(?:\s+|-))?{_UPPER}{_LOWER}+(?:[A-Z]{_LOWER}+)?){{1,4}}{_CAPITAL_SURNAME}|\s+{_CAPITAL_WORD}))(?![\w])"
)
# A person's name as people_in reads it: with the particles of Spanish, Dutch and German
# surnames ("Ursula von der Leyen", "Bernardo Arévalo de León"); in French "de" opens a
# complement as often as a surname ("Jean Dupont de Renault", "Président de la République
# Emmanuel Macron"), so a French name runs to it, no further. Whether an organisation's
# candidate is a person's name is asked with the particles of the Arabic and Portuguese
# names alone ("Banco del Pacífico", "Banque de France" are no one's).
_PERSON = re.compile(
    _PERSON_PATTERN.replace("{_MORE}", "|del|van der|van den|van|von der|von|de la|de")
)
_PERSON_FR = re.compile(_PERSON_PATTERN.replace("{_MORE}", "|del|van der|van den|van|von der|von"))
_PERSON_PLAIN = re.compile(_PERSON_PATTERN.replace("{_MORE}", ""))
_VERBS = {"a", "avait", "tenu", "reuni", "valide", "approuve", "decide", "adopte", "doit", "va"}
_NATIONAL_NOUN = re.compile(
    # "Chinese garments giant X", "China's leading metallurgical company, X", "Indian
    # investor- X"
    r"[a-z-]+(?:['’]s)? (?:[a-z]+ ){0,2}(?:firm|investor|company|group|contractor|developer|manufacturer|maker|producer|giant)s?[,-]? $"
    r"|(?:societe|groupe|entreprise|compagnie|firme|investisseur) [a-z-]+ $"
)
_NATIONAL_AFTER = re.compile(
    # "X Ltd, the Chinese firm", "X (Pty) Ltd is a Namibian company"
    r"(?:, (?:the|a|an|une|la|le)| (?:is|est) (?:a|an|une))"
    # "X Inc., a Japanese manufacturing company": a word or two of its trade between
    # "X Co., the first South Korean company to export ships": a rank before whose it is
    r"(?: (?:first|second|largest|biggest|leading|major|only))?"
    r" ((?:south |north |saudi |sri )?[a-z-]+)(?: [a-z-]+){0,2}? (?:firm|company|group|societe"
    r"|entreprise|groupe|firme|manufacturer|maker|producer"
    # ("a South Korean refiner", "the Japanese steelmaker": a trade's one word)
    r"|refiner|miner|steelmaker|carmaker|automaker|brewer|shipbuilder|bottler|processor"
    # ("Toray Industries Inc., a Japanese major", "X, the Korean conglomerate")
    r"|major|giant|conglomerate|multinational)\b"
)
# A company's country said after it as a possessive: ", which is India's one of …".
_WHICH_IS_COUNTRYS = re.compile(r",? (?:which|that) is ([a-z]+(?: [a-z]+)?)['’]s\b")
# "KT&G Corp., Korea's tobacco monopoly": whose it is, said as a country's, with its trade
# ("S-Oil is South Korea's No. 3 oil refiner": said by the verb too, its rank with a point)
_COUNTRYS_TRADE = re.compile(
    # ("X, one of China's largest aluminium producers": one of a country's many)
    r"(?:,| is)(?: one of)? ([a-z]+(?: [a-z]+)?)['’]s (?:[\w.-]+ ){0,3}?(?:monopoly|company|firm"
    r"|group|maker|producer|manufacturer|exporter|conglomerate|giant|carmaker|automaker|brewer"
    r"|supplier|refiner|miner|steelmaker|smelter|shipbuilder|bottler|processor|developer"
    r"|operator)s?\b"
)
_DETERMINERS = {"the", "his", "her", "its", "their", "another", "one", "a", "an", "our"}
# Words that open a sentence and link it to the one before ("Meanwhile X CEO, Y stated",
# "Toutefois Zentra Group …"): a capital of the sentence's, no word of a name after them.
_SENTENCE_ADVERBS = frozenset(
    {
        *("meanwhile", "however", "moreover", "furthermore", "besides", "additionally"),
        *("also", "likewise", "similarly", "nevertheless", "nonetheless", "meantime"),
        *("subsequently", "earlier", "later", "yesterday", "today", "recently", "currently"),
        *("accordingly", "consequently", "thus", "hence", "therefore", "separately"),
        *("cependant", "toutefois", "neanmoins", "pourtant", "ainsi", "aussi", "enfin"),
        *("desormais", "hier", "recemment", "actuellement", "entretemps", "egalement"),
        # ("And Lupososhi Constituency Member of Parliament X": a conjunction opens it)
        *("and", "but", "et", "mais"),
    }
)
_MILITARY_RANK = re.compile(
    r"Commodore|Admiral|Rear-Admiral|Vice-Admiral|Brigadier|Colonel|Lieutenant-Colonel|Major"
    r"|Captain|Lieutenant|Commander|Marshal|Sergeant|Gen\.|Col\.|Maj\.|Capt\.|Lt\.|Cdre\."
    r"|Amiral|Colonel|Commandant|Capitaine|Maréchal|Général(?= [A-Z])",
    re.I,
)
# ("Haji Mat Suny", "Datuk Seri X": Malay honorifics, said before a Bruneian's or a
# Malaysian's name, no word of it)
_HONORIFICS = {
    *("Mr", "Mrs", "Ms", "Dr", "Mme", "Madame", "Monsieur", "Mlle", "Alhaji"),
    *("Haji", "Hajah", "Hajjah", "Datuk", "Dato", "Datin"),
    # "Tun Dr Mahathir Mohamad", "HH Sayyid Taimour bin Asaad al Said"
    *("Tun", "Seri", "Sayyid", "Sayed"),
    # "Hon Tom Alweenda", "HE Kumar Tuhin", "H.E. Amos Kelo": a minister's, an envoy's
    *("Hon", "HE", "H.E"),
}
_PARTICLES = {"El", "Al", "Abou", "Abu", "Ben", "Bou", "Ould", "Abd", "Abdel"}
# The particles a name's pattern takes in lower case: "bin Salim al Toobi", "Lula da Silva".
_LOWER_PARTICLES = {
    "el",
    "al",
    "ben",
    "bin",
    "ibn",
    "ag",
    "da",
    "dos",
    "das",
    "de",
    "del",
    "la",
    "van",
    "von",
    "der",
    "den",
}


def _name_words(words: list[str], limit: int) -> list[str]:
    """The first ``limit`` words of a name, its particles and its initials not counted:
    "Mohammed bin Salim al Toobi", "Luiz Inácio Lula da Silva", "Y S Jagan Mohan Reddy",
    "Mohamed Ould Sidi El Moctar"."""
    counted = 0
    for i, word in enumerate(words):
        if (
            word in _LOWER_PARTICLES or (i > 0 and word in _PARTICLES) or len(word) == 1
        ) and i + 1 < len(words):
            continue
        counted += 1
        if counted > limit:
            return words[:i]
    return words


_HEADS = {"governor", "chairman", "chairwoman", "ceo", "chief", "minister", "ambassador"}
_HEAD_TITLE = re.compile(
    r"(?:ceo|chief executive(?: officer)?|chief|chairman|chairwoman|chairperson|president|director general|managing director)\b"
)


# The common words a company's name may be made of after its nationality ("the Egyptian
# Steel Company", "the Korean Gas Corporation"): the nationality is then of the name
_COMMON_NAME_WORDS = frozenset(
    {
        *("international", "national", "general", "united", "steel", "oil", "gas", "petroleum"),
        *("railways", "airlines", "investment", "investments", "development", "industry"),
        *("industries", "industrial", "holding", "holdings", "group", "company", "mining"),
        *("cement", "power", "energy", "electric", "electricity", "motor", "motors", "trade"),
        *("trading", "export", "construction", "engineering", "bank", "aluminium", "aluminum"),
        *("chemical", "chemicals", "fertilizer", "fertiliser", "farmers", "public", "state"),
        *("african", "arab", "overseas", "silk", "textile", "textiles", "sugar", "glass"),
    }
)
_COUNTRY_ADJECTIVES = {"russian", "indian", "egyptian", "algerian", "chinese", "turkish", "italian"}
_NOT_NAMES = {
    "groupe",
    "group",
    "le",
    "la",
    "les",
    "selon",
    # "D’après Jean Martin, président de …": the preposition opens the sentence, no name
    "d'apres",
    "d’après",
    "d'après",
    "pour",
    "dans",
    "the",
    "russian",
    "indian",
    "egyptian",
    "algerian",
    "chinese",
    "turkish",
    "italian",
    "director",
    "general",
    "minister",
    "president",
    "prime",
    "industry",
    "trade",
    "army",
    "made",
    "premier",
    "ministre",
    "notons",
    "cette",
    "pdg",
    "ceo",
    "ordnance",
    "factory",
    "concern",
    "rifles",
    "private",
    "limited",
    "joint",
    "zone",
    "canal",
    "economic",
    "suez",
    "une",
    "union",
    # a title's complements: the words of an institution or a portfolio, never a name's
    *("representatives", "assembly", "parliament", "senate", "affairs", "resources"),
    *("development", "investment", "investments", "planning", "commerce", "energy", "mines"),
    *("finance", "agriculture", "livestock", "fisheries", "fishery", "health", "defence"),
    *("defense", "transport", "environment", "infrastructure", "cooperation", "economy"),
    # "Minister for Business X", "Minister of Tourism X"
    *("tourism", "business", "enterprise", "justice", "interior", "education", "labour"),
    # "People's Committee Truong Quoc Huy", "le Chef de l'Etat Alassane Ouattara"
    *("committee", "council", "etat", "état"),
    # "Head of State X", "Head of Government X"
    *("state", "government"),
    # "Managing Executive Officer X", "Chief Operating Officer X": a title's words
    *("officer", "executive", "managing", "operating"),
    # "le Président de la République Emmanuel Macron", "President of the Republic X"
    *("republique", "république", "republic"),
    # "le président de la Société Norvel": a company's noun, no person's name
    *("societe", "société", "compagnie", "entreprise"),
    # "told Anadolu Agency", "the Rostov Ministry": a body's noun, no person's name
    *("agency", "agence", "ministry", "authority", "commission", "corporation"),
    # "the EPC contractor X": a contract's kind by its letters (engineering, procurement,
    # construction), no body
    *("epc", "epcm"),
}


@dataclass
class OrgMention:
    name: str
    kind: str  # ministry, agency, institute, company, other
    start: int
    end: int
    country: str | None = None
    acronym: str | None = None
    confidence: float = 0.7
    said_from: int | None = None  # where the words that give its country begin
    also: str | None = None  # another name it is given in brackets
    said_to: int | None = None  # where the words that give its country end, after its name
    listed: bool = False  # one of a kind listed ("South Korean shipyards including X"): no party
    # a description that points back to a company named before ("Le constructeur coréen"):
    # a signer, but the plant's partner is quoted where the company is named
    pointer: bool = False


def _overlaps(a: int, b: int, orgs: Iterable[OrgMention]) -> bool:
    """True if one of ``orgs`` is said somewhere in ``a:b``: a name read there already."""
    return any(o.start < b and a < o.end for o in orgs)


@dataclass
class PersonMention:
    name: str
    start: int
    end: int
    title: str | None = None
    title_start: int = 0
    title_end: int = 0
    lang: str = "fr"
    org: OrgMention | None = None
    extra: dict[str, str] = field(default_factory=dict)


def _words(fold: str, at: int, limit: int) -> list[tuple[int, int]]:
    return [(at + m.start(), at + m.end()) for m in rx.finditer(r"[\w'-]+", fold[at:limit])]


# An institution's purpose in its name, up to its acronym: "Agence pour la promotion des
# sites industriels (APROSI)", "Agence nationale chargée de l'investissement (ANI)".
_PURPOSE = re.compile(
    r"(?: [\w'’-]+){0,2}? (?:pour|chargée? d[eu]|chargee? d[eu]|for) [^,;.()]{3,70}?(?= \([A-Z]{2,8}\))"
)


# A determiner or a number after a lower-case word makes it a verb with its object, no
# adjective of a name: "le Fonds … industriel finance le projet".
_OBJECT_AFTER = re.compile(r" (?:(?:le|la|les|un|une)\b|l'|\d)")
# A negation's or a reflexive's particle opens the verb after a name: "le Conseil des
# ministres ne précise pas", "l'Agence nationale se félicite"; no word of the name.
_VERB_PARTICLES = {"ne", "se"}


# Two adjectives of a name joined by "et": "Industrielle et Minière", "Economique et Sociale".
_ADJECTIVE_PAIR = re.compile(
    r"[a-z]+(?:ique|ielle|iel|iere|ier|ale|al|aux|ienne|ien|aire|ive|if) et "
    r"[a-z]+(?:ique|ielle|iel|iere|ier|ale|al|aux|ienne|ien|aire|ive|if)\b"
)


def _capitalised_word_before(text: str, at: int) -> bool:
    """True if the word that ends at ``at`` opens with a capital."""
    word = rx.search(r"[\w'’-]+$", text[max(0, at - 40) : at])
    return bool(word and word.group()[0].isupper())


def _institution_end(text: str, fold: str, at: int, limit: int, listed: bool = False) -> int:
    """Where a French institutional noun phrase starting at ``at`` ends; ``listed``: a
    ministry's portfolios may be listed with commas ("ministère des Mines, de l'Industrie et
    du Développement technologique")."""
    end = at
    pos = at
    while pos < limit:
        if (
            listed
            and pos > at
            and rx.match(r", (?:de la |de l'|des |du |de |d')[A-Z]", text[pos:limit])
        ):
            pos += 1
        rest = fold[pos:limit]
        space = rx.match(r" ", rest)
        if not space:
            break
        after = pos + 1
        connector = _CONNECTOR.match(fold, after)
        if connector and connector.end() < limit:
            word = rx.match(r"[\w-]+", fold[connector.end() :])
            if word is None or word.group()[0].isdigit():
                break  # "Conseil des ministres du 18 septembre": a date, not the name
            pos = end = connector.end() + word.end()
            # Adjectives after the word: "des produits pharmaceutiques".
            while True:
                adjective = rx.match(r" ([\w-]+)", fold[pos:limit])
                if (
                    adjective
                    and adjective.group(1) not in _STOP | _VERB_PARTICLES
                    and _ADJ.match(adjective.group(1))
                    and not text[pos + 1].isupper()
                    and not _OBJECT_AFTER.match(fold, pos + adjective.end())
                ):
                    pos = end = pos + adjective.end()
                else:
                    break
            continue
        joined = rx.match(r"et (?=[A-Z])", text[after:limit])
        if (
            joined
            and _ADJECTIVE_PAIR.search(fold, max(0, after - 40), after + 30)
            and _capitalised_word_before(text, after - 1)
        ):
            # "Société Nationale Industrielle et Minière": capitalised words joined by "et"
            after += joined.end()
        word = rx.match(r"[\w-]+", fold[after:limit])
        if (
            word
            and word.group() not in _STOP | _VERB_PARTICLES
            and (
                _ADJ.match(word.group())
                or text[after].isupper()
                # "le ministère ghanéen de l'Industrie", "allemand", "espagnol": whose it is
                or (
                    nationality_word(word.group())
                    and _CONNECTOR.match(fold, after + word.end() + 1)
                )
            )
            and not (text[after].islower() and _OBJECT_AFTER.match(fold, after + word.end()))
        ):
            pos = end = after + word.end()
            continue
        break
    return end


# A body's own name after its description in lower case: "l'agence nationale
# d'investissements Czechinvest", "l'office public des mines Minorel": the capitalised words
# that end the phrase, after a lower-case word that is no "de" (the description is what the
# body is, its name the words after it; "l'agence de Tarvel" is said by its place).
_OWN_NAME_AFTER = re.compile(
    r"(?<= )(?<!\bde )(?<!\bdu )(?<!\bdes )(?<!\bla )(?<!\bet )"
    r"([A-Z][\w&’'-]*(?: [A-Z][\w&’'-]*){0,2})$"
)


def _lower_word_before(text: str, at: int) -> bool:
    """True if the word before ``at`` (past one space and any elided article) is in lower
    case: "d'investissements Czechinvest" is a description, then a name, while "d’Abu
    Dhabi" is one name of two capitalised words."""
    word = rx.search(r"([\w-]+) $", text[max(0, at - 40) : at])
    return word is not None and word.group(1)[0].islower()


def _capitalise(name: str) -> str:
    return name[:1].upper() + name[1:]


# What a company is, in English: "a German automotive supplier", "the group"
_TRADE_NOUNS_EN = (
    # ("glassmaker", "steelmaker", "carmaker": a maker in one word)
    r"(?:company|firm|group|manufacturer|conglomerate|multinational|subsidiary|supplier"
    r"|[a-z]*maker|producer|major)"
)
_APPOSED_COMPANY = re.compile(
    # "une gigafactory d'AESC, filiale du groupe Envision": a name after an elided "de"
    # "L'équipementier X, filiale de …": the article and the trade's noun are no part of it
    r"(?:(?<=\b[dlDL]['’])|(?<![\w’'-]))(?![DL]['’][a-zà-ÿ])"
    # ("Summit Luggage—the producer of Samsonite—": a dash for the comma)
    r"([A-Z][\w&’'-]+(?: (?:& )?[A-Z][\w&’'-]+){0,3})(?:, |—| — |–| – )"
    # "X, (NDLR : entreprise d'origine chinoise)": the editor's note says what it is
    r"(?:\((?i:ndlr) ?: ?)?"
    r"((?:(?:une |la )?(?:societe|société|entreprise|firme|compagnie) d['’]origine [a-zà-ÿ-]+"
    r"|(?:une|la) (?:societe|société|entreprise|firme|compagnie|multinationale)"
    # "Huajian Group, un important exportateur chinois de chaussures"
    r"|(?:un|le) (?:(?:important|grand|gros|premier|principal) )?(?:groupe|fabricant|industriel"
    r"|conglomérat|conglomerat|exportateur|producteur|constructeur))"
    r"(?: [a-zà-ÿ-]+){0,2}"
    # "Dräxlmaier, the German automotive supplier, is …": the trade's noun, its article
    # either ("Earlier, the company had set up …": a clause's subject, no apposition); "X,
    # the first South Korean company to export ships"
    # "X, the world's largest glass maker, said": the world's, its rank, its trade
    rf"|an? (?:[\w-]+ ){{0,2}}?{_TRADE_NOUNS_EN}|the (?:[\w'’-]+ ){{0,3}}?{_TRADE_NOUNS_EN}"
    r"(?=,| to | of [A-Z]|—|–)"
    # "Norvel Group, Korea's biggest brewer": its country's possessive, then its trade
    rf"|[A-Z][a-z]+(?: [A-Z][a-z]+)?['’]s (?:[\w-]+ ){{0,2}}?(?:monopoly|brewer|{_TRADE_NOUNS_EN})"
    r"|(?:une |la )?filiale)(?=[ ,.;)])"
)


# "LEGO, fabricant danois de jouets", "Daesang, le géant coréen du kimchi", "AESC (société
# japonaise …)": a name, then what it is, an article or none, and whose it is in one word.
_APPOSED_NATIONALITY = re.compile(
    r"(?:(?<=\b[dlDL]['’])|(?<![\w’'-]))(?![DL]['’][a-zà-ÿ])"
    r"(?P<name>[A-Z][\w&’'-]+(?: (?:& )?[A-Z][\w&’'-]+){0,3})"
    r"(?:, | \()(?:(?:un|le|une|la) |l['’])?"
    r"(?i:groupe|fabricant|constructeur|producteur|industriel|g[ée]ant|[ée]quipementier"
    r"|soci[ée]t[ée]|entreprise|firme|compagnie|multinationale|start-?up|conglom[ée]rat)"
    r"(?P<whose>(?: [a-zà-ÿ-]+){1,2})(?=[ ,.;)]|$)"
)


# "l'opérateur public de transport sud-africain, Prasa, …", "la société publique
# ghanéenne, Kaito, …": a body by its trade and whose it is, then its name between commas
_TRADE_THEN_APPOSED = re.compile(
    r"(?<![\w’'-])(?i:l['’]|le |la )(?i:op[ée]rateur|soci[ée]t[ée]|entreprise|groupe|compagnie"
    r"|firme|constructeur|fabricant|producteur|agence|office)(?: [a-zà-ÿ'’-]+){0,4}"
    r" (?P<whose>[a-zà-ÿ-]+), (?P<name>[A-Z][\w&’'-]+(?: [A-Z][\w&’'-]+){0,3})(?=,)"
)


# "Le capital de Koniambo Nickel est détenu à 49% par …", "X's capital is held by …",
# "the shares of X are held by": a company, by who holds it
_CAPITAL_HELD = re.compile(
    r"\b(?i:(?:le )?capital (?:social )?(?:de|d['’])\s?|(?:the )?(?:capital|shares) of )"
    r"(?P<name>[A-Z][\w&’'-]*(?: [A-Z][\w&’'-]*){0,3})"
    r"(?= (?:est|sera|etait|était|is|was|are|were|will be) (?:\w+ )?(?:détenu|detenu|réparti|reparti"
    r"|partagé|partage|held|owned|split|shared)\b)"
)
_NOUN_THEN_NAME = re.compile(
    r"\b(?i:(?:la |une |the |a )?(?:societe|société|entreprise|firme|compagnie|company|firm)"
    r"|(?:le |du |au |un |the |a )?(?:groupe|group|conglomérat|conglomerat|conglomerate))"
    r"(?: (?P<adjective>[a-zà-ÿ-]+))?, "
    r"(?P<name>[A-Z][\w&’'-]+(?: [A-Z][\w&’'-]+){0,3})(?=,| \(|\.| et | and )"
)


# What a company is, then a colon and its name: "la plus grande société minière du pays : la
# ZCMC", "the country's largest cement producer: Norcem", "son partenaire : le groupe X".
_NOUN_COLON_NAME = re.compile(
    r"\b(?i:soci[ée]t[ée]|entreprise|firme|compagnie|groupe|fabricant|producteur|op[ée]rateur"
    r"|partenaire|company|firm|group|producer|manufacturer|maker|miner|operator|partner)"
    # its words, no verb among them ("la société a annoncé : X" names none)
    r"(?: (?!(?:a|ont|est|sont|va|vont|sera|has|have|is|are|was|were|will|said|says)\b)"
    r"[a-zà-ÿ'’-]+){0,4} ?: (?:(?:la|le|les|the) |l['’])?(?:(?:groupe|group|soci[ée]t[ée]) )?"
    r"(?P<name>[A-Z][\w&’'-]+(?: [A-Z][\w&’'-]+){0,3})(?=[,.;)]| et | and |$)"
)


def _colon_named(
    text: str, fold: str, start: int, end: int, found: list[OrgMention]
) -> list[OrgMention]:
    """Companies named after a colon that closes what they are ("la plus grande société
    minière du pays : la ZCMC"): the words before say a company, the name after is its."""
    named: list[OrgMention] = []
    for match in _NOUN_COLON_NAME.finditer(text, start, end):
        a, b = match.start("name"), match.end("name")
        if _SENTENCE_STOP.search(text, a, b):
            b -= 1
        if _overlaps(a, b, found + named) or countries_in(fold[a:b]):
            continue
        if _opens_no_company(match.group("name"), fold, a) or _place_word(match.group("name")):
            continue
        named.append(OrgMention(text[a:b], "company", a, b, None, None, 0.6, match.start()))
    return named


# A title, then whose it is said with a demonstrative: "le directeur général de ce ".
_HEAD_OF_THIS = re.compile(
    r"\b(?:" + "|".join(TITLES_EN + TITLES_FR) + r") (?:de|du|of) (?:ce|cet|cette|this|that) $"
)


_ONE_WORD_BANK = re.compile(
    r"(?<![\w-])([A-Z][a-z]*[Bb]ank)(?![\w-])((?: (?:de|du|of(?: the)?) [A-Z][\w-]+)?)"
)


# A name's complements after its capitalised words: " du Tarvel", " de l'Ouest Kelta".
_ARTICLED_NAME_RUNS = re.compile(
    r"(?: (?:du|des|de la|de l['’]|de|d['’]) ?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*)*"
)


# A company's board, said by the company's letters or its full name: "Board of SIFCA",
# "Board of Norvel Steel Corporation" ("Board of Investment", "Board of Trade": bodies)
_A_COMPANY_S_BOARD = re.compile(
    r"Board of (?:Directors of )?((?:[A-Z][A-Z&]{2,7})|(?:[A-Z][\w&-]+ )+(?:Corporation|Company"
    r"|Group|Holdings?|Limited|Ltd\.?|Inc\.?|Plc|PLC))"
)
# The nouns that end a body's English name: "X Regional Administration", "Y Holding".
_BODY_NOUNS_EN = frozenset(
    {
        *("Ministry", "Agency", "Institute", "Bank", "Board", "Corporation", "Company"),
        *("Group", "Fund", "Holding", "Holdings", "Commission", "Authority", "Council"),
        *("Organization", "Organisation", "Administration", "University", "Department"),
        *("Manufacturing", "Industries", "Engineering"),
    }
)


# A body's acronym in brackets, then its country: " (BOI) of Sri Lanka".
_ACRONYM_THEN_COUNTRY = re.compile(
    r" \((?P<acronym>[A-Z]{2,8})\) of (?:the )?(?P<country>[A-Z][\w-]+(?: [A-Z][\w-]+){0,2})"
)


def _body_kind(name: str) -> str:
    """What a body named in English is, by the nouns of its name."""
    if "inistry" in name:
        return "ministry"
    if "University" in name or "Institute" in name:
        return "institute"
    if rx.search(r"Agency|Commission|Authority|Establishment|Council|Organi|Administration", name):
        return "agency"
    return "company"


# "the Saudi Silk Road Company for Industrial Services and CPC Company": after the "and",
# another company's name, ended by its own noun
_JOINED_COMPANY = re.compile(r" and ((?:[A-Z][\w-]+ )+(?:Company|Corporation|Group|Holdings?))$")


def _purpose_complement(
    text: str, fold: str, at: int, end: int
) -> tuple[int, tuple[int, int] | None] | None:
    """Where a body's name ends when "for" and capitalised words follow its noun, and the
    bounds of a company joined to it by "and", or None for a complement with "of" or none.

    "the Royal Commission for Jubail and Yanbu", "Shengkong International Company for
    Industry": in the names of many Gulf and Arab bodies "for" says what the body is for and
    belongs to the name; "a Company for Egypt", "Company for Zambia's plant": a country alone
    or a possessive is whom it works for, no part of it."""
    if not text.startswith(("for ", "\nfor "), at + 1):
        return None
    joined = _JOINED_COMPANY.search(text, at, end)
    ends = joined.start() if joined else end
    other = (joined.start(1), end) if joined else None
    if only_a_country(fold[at + len(" for ") : ends]) or rx.match(r"['’]s\b", text[end:]):
        return at, other
    return ends, other


# A company's own acts, said right after its name: signing, announcing, investing,
# building, opening, buying.
# The words that give another name an organisation goes by (folded): "also known as",
# "aussi connu sous son nom chinois", "connue sous le nom de"
ALSO_CALLED = (
    r"(?:also |better |formerly |locally )?(?:known as|called)"
    r"|aussi (?:connue?|appelee?)(?: sous (?:son|le) nom(?: [a-z]+)?(?: de)?)?"
    r"|(?:plus )?connue? sous le nom de"
)
_COMPANY_ACTS = (
    r"(?:has |have |had |will |is to |are to |plans to |intends to |"
    # ("Kelvo Energy and Tarvel Mining have agreed to build …", "… plan to build …")
    r"(?:has |have )?(?:agreed|decided) to |plan to |intend to |aim to |aims to |"
    r"(?:is|are) (?:planning|set|due|expected|poised|preparing|looking) to |)"
    r"(?:officially |formally )?(?:signed|sign|signs|sealed|inked|concluded|announced|"
    r"announces|announce|invested|invest|invests|inaugurated|inaugurate|inaugurates|"
    r"launched|launch|launches|acquired|acquire|acquires|build|builds|built|opened|open|"
    r"opens|set up|sets up|create|creates|created|unveiled|unveils|expanded|expands|expand"
    r"|commissioned|completed|won|wins|secured|secures|form|forms|formed"
    # "Tarvel Motors plans to assemble 10,000 vehicles a year at …": what it will make
    r"|assemble|manufacture)"
    # "Kaito is setting up …", "has started building …", "broke ground on …", "plans a $200
    # million expansion": the act said by its progress
    r"|(?:is|are) (?:setting up|building|constructing|investing|opening|expanding|developing)"
    r"|(?:has |have )?(?:started|begun|began|starts|begins) (?:building|constructing|construction"
    r"|work|(?:(?:commercial|full|mass|serial|trial|full-scale) )?production|producing)"
    # "Norvel Motors will begin assembling pickups at its new plant", "is set to start
    # production": its output to begin
    r"|(?:will|would|is to|are to|(?:is|are) (?:set|due|expected|poised|planning) to|plans to)"
    r" (?:begin|start|commence) (?:building|constructing|construction|production|producing"
    r"|assembling|manufacturing|operations)"
    r"|(?:broke|breaks|will break|has broken) ground|(?:plans|planned) an?(?= )"
    # "Kelvo initiated the construction of a plant", "Kelvo is working to open a centre"
    r"|(?:has |have )?(?:initiated|initiates|kicked off|kicks off) (?:the )?(?:construction"
    r"|building|works?)|(?:is|are) working to (?:open|build|set up|launch|establish)"
    # "SIFCA is on the verge of entering into a joint venture": about to act
    r"|(?:is|are) on the verge of"
    # "Norvel will hold a 60% stake in the joint venture", "Norvel détiendra 60 % de la
    # coentreprise": a share of a venture held
    r"|(?:will |would )?(?:hold|holds|held|own|owns|take|takes|took) (?:a |an )?(?:\d+(?:[.,]\d+)?"
    r" ?(?:%|percent|per cent)[ -]|majority |minority |controlling )?(?:stake|share|interest)\b"
    r"|(?:detiendra|detiendront|detient|detiennent|prendra|prendront) (?:\d+(?:[.,]\d+)? ?%"
    r" (?:de|du|des)|une participation|la majorite)"
    # "Kaito Motors said on Tuesday it would invest …": "it", no person, said what it does
    r"|(?:said|says|announced) (?:on \w+ |today |yesterday |this week |last week |in a statement"
    r"(?: on \w+)? |)(?:that )?it (?:would|will|plans|planned|intends|intended|has|had|is|was)\b"
    # "Kelvo Tire said its local subsidiary … built a plant": its own unit or plant, a
    # company's, no person's
    r"|(?:said|says|announced) (?:on \w+ |today |yesterday |last week |)(?:that )?its"
    r" (?:[a-z-]+ ){0,2}(?:subsidiary|unit|affiliate|arm|plant|factory|joint venture)\b"
    # ("ont officiellement scellé l'accord": an adverb between, the deal sealed)
    r"|(?:a |ont |va |vont |avait |prevoit d'|compte |)(?:officiellement |formellement )?"
    r"(?:signe|signent|scelle|conclu|paraphe|annonce|annoncent|"
    r"investi|investit|investir|inaugure|inaugurer|lance|lancer|lancent|acquis|acquerir|"
    r"rachete|racheter|construit|construire|ouvert|ouvre|ouvrir|implante|implanter|"
    r"debourser|injecter|entame|entamer|demarre|demarrer|agrandit|agrandir|etend|etendre"
    r"|projette|envisage|met en service|a mis en service|pose|poser|cree|creer|creent|fonde"
    r"|remporte|decroche"
    r"|construira|construiront|investira|investiront|ouvrira|ouvriront|lancera|lanceront"
    r"|implantera|implanteront|installera|installeront)"
    r"|(?:s'implante|s'installe|va s'implanter|va s'installer)"
    # "FACC compte désormais une nouvelle usine à Jakovlje", "X se dote d'une usine", "X now
    # has a new plant": a plant it has now
    r"|(?:compte|dispose) (?:desormais|maintenant) (?:d')?(?=une?\b)|se dote d'|s'est dotee? d'"
    r"|now (?:has|operates|runs) an?(?= )"
)
_NAME_WORD = r"(?:[A-Z][\w&-]*[A-Za-z0-9]|[A-Z])"
_ACTOR_OPENING = re.compile(
    # "Hanwha Q CELLS Korea": a name of four words only with one in capitals; "la Sogepa,
    # Norvel et Thunder Power Electric Vehicle": three, each with its article
    rf"[\s«“\"']*(?:(?:la|le|the) )?(?P<first>{_NAME_WORD}(?: {_NAME_WORD}){{0,3}})"
    # ("la Région wallonne": a body, its adjective in lower case, in the list)
    rf"(?:, (?:(?:la|le|the) )?(?P<third>{_NAME_WORD}(?: {_NAME_WORD}){{0,3}}"
    rf"(?: [a-zàâçéèêëîïôûù]+(?=,? (?:et|and) ))?),?)?"
    # ("… and state-owned Tarvel Mining have agreed": whose it is, in lower case, before it)
    rf"(?: (?:and|et) (?:(?:la|le|the) )?(?:(?:state|government|family|privately)-(?:owned|run"
    rf"|held|controlled) )?(?P<second>{_NAME_WORD}(?: {_NAME_WORD}){{0,3}}))?(?=,? )"
)
# The trades a company is said by in one word, beside a maker's
_TRADE_ONE_WORD = r"(?:refiner|miner|brewer|processor|bottler|shipbuilder|smelter|retailer)"
_ACTED = re.compile(
    rf",? (?:{_COMPANY_ACTS})\b"
    # "Turkey's Kelvar Tekstil on Wednesday opened …": the day between the name and its act
    rf"|,? (?i:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today"
    rf"|this week|last week|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier),? (?:{_COMPANY_ACTS})\b"
    # "Zentra, headquartered in Shanghai, will build …", "Zentra of Turkey will build …":
    # where it is from, said between the name and its act
    rf"|, (?:headquartered|based|basee?|installee?|domiciliee?|founded|fondee?|registered"
    rf"|immatriculee?|dont le siege)\b[^,.;]{{1,50}}, (?:{_COMPANY_ACTS})\b"
    rf"|,? (?:of|from) [a-z]+(?: [a-z]+)?,? (?:{_COMPANY_ACTS})\b"
    # "Kelvo Motors, also known as Tarhua, will build …": its other name between
    rf"|, (?:{ALSO_CALLED})"
    rf" [\w&'’-]+(?: [\w&'’-]+){{0,3}}?, (?:{_COMPANY_ACTS})\b"
    # "Norvel, which already runs a plant in Kenya, will build …": what it runs, said of it
    r"|, (?:which|qui) (?:already |deja )?(?:runs|operates|owns|exploite|possede|has|dispose)\b"
    # "Kelvo Oil, a South Korean refiner, will build …", "Kelvo Oil, South Korea's No. 3
    # oil refiner, will build …": what it is and whose, between commas
    rf"|, (?:an? |the )?(?:[\w.-]+ ){{0,4}}?(?:{_TRADE_NOUNS_EN}|{_TRADE_ONE_WORD}),"
    rf" (?:{_COMPANY_ACTS})\b"
    rf"|, [a-z]+(?: [a-z]+)?['’]s (?:[\w.-]+ ){{0,4}}?(?:{_TRADE_NOUNS_EN}|{_TRADE_ONE_WORD}),"
    rf" (?:{_COMPANY_ACTS})\b"
    # "Kelvo Copper Zambia, a unit of China's Tarvo Group, plans to invest …": whose it is
    # ("Kelvo Ethiopia, a subsidiary of Turkey's Kelvo Textile, exported …": whatever it does,
    # said of it as a subsidiary, it is a company)
    rf"|, (?:an? |the |une |la |le )?(?:unit|subsidiary|affiliate|division|arm|filiale)"
    rf" (?:of|de|du|d')[^,.;]{{1,60}}, (?:{_COMPANY_ACTS}|[a-z]+(?:ed|s|e))\b"
    # "Kelvo, leader mondial du verre plat, investira …", "Kelvo, spécialiste turc du
    # câble, va construire …": what it is in the trade, between commas
    rf"|, (?:le |l'|un |une |la )?(?:leader|numero un|n° ?1|specialiste|geant|champion"
    rf"|fabricant|producteur|constructeur|equipementier|industriel)\b[^,.;]{{0,60}},"
    rf" (?:{_COMPANY_ACTS})\b"
    # "Kelvo Pharma, a joint venture between X and Y, will invest …": whose venture it is
    rf"|, (?:an? |the |une |la )?(?:joint venture|coentreprise|co-entreprise|societe commune"
    rf"|societe mixte) (?:between|of|formed by|entre|de|detenue par)[^,.;]{{1,80}},"
    rf" (?:{_COMPANY_ACTS})\b"
)
# A region's government said by its noun and adjective: "la Région wallonne"
_REGION_BODY = r"(?:Région|Province|Communauté) [a-zàâçéèêëîïôûù]+"
# "According to the agreement, X will hold …", "Selon les termes du contrat, X …": the text
# the sentence reports, before its actors
_OPENING_TERMS = re.compile(
    r"[\s«“\"']*(?:according to|under|under the terms of|selon|aux termes d[eu']|conformement a)"
    r" ?(?:the |l'|la |le |les |du |de l')?(?:terms of (?:the )?)?(?:termes (?:de l'|du |de la ))?"
    r"(?:agreement|deal|contract|memorandum|mou|accord|contrat|convention|protocole|memorandum)"
    r"[^,.;]{0,40}, "
)
# The day a sentence opens with, before its actors: "Ce vendredi après-midi, X et Y ont …"
_OPENING_DAY = re.compile(
    r"[\s«“\"']*(?:(?:ce|cet|cette|on|this|last) )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi"
    r"|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|hier|yesterday"
    r"|aujourd'hui|today)(?: (?:apres-midi|matin|soir|afternoon|morning|evening))?, "
    # "In 2022, Kelvo opened …", "En 2019, Kelvo avait inauguré …", "Last year, X …": a year
    r"|[\s«“\"']*(?:in|en|since|depuis|by|fin|early|late|debut) (?:19|20)\d\d, "
    r"|[\s«“\"']*(?:last year|l'an dernier|l'annee derniere|earlier this year|plus tot cette annee), "
)
# "Australian-listed", "London-based": where a company is listed or seated, said before it
_WHOSE_LISTING = re.compile(
    r"[\s«“\"']*([a-z]+(?: [a-z]+)?)-(?:listed|based|headquartered|registered) "
)
_DESCRIBED_OPENING = re.compile(
    r"[\s«“\"']*[^,.;:]{0,60}\b(?:company|group|firm|giant|maker|manufacturer|producer"
    r"|conglomerate|societe|groupe|entreprise|fabricant|constructeur|geant), "
    # "Indonesian nickel producer X and Y have signed …": the first one's trade before it,
    # no comma
    r"|[\s«“\"']*(?:[a-z]+ ){1,3}(?:[a-z]*maker|manufacturer|producer|miner|refiner|group"
    r"|company|firm|giant|conglomerate) (?=\w+ [^.;:,]{0,60}? and )"
    # "Australian-listed Norvel Mining said …", "London-based X said …"
    r"|" + _WHOSE_LISTING.pattern
)
# A reported clause, its subject first: "announced that X will build …", "a indiqué que X va …".
_THAT_CLAUSE = re.compile(r"\b(?:that|que) |\bqu'")
# Words that open a sentence with a capital and are no company's name.
_OPENING_NOT_NAMES = frozenset(
    {
        *("the", "this", "that", "these", "it", "he", "she", "they", "we", "its", "their"),
        *("le", "la", "les", "l", "il", "elle", "ils", "elles", "on", "nous", "ce", "cette"),
        *("son", "sa", "ses", "un", "une", "a", "an", "en", "au", "aux", "des", "du", "de"),
        *("mr", "mrs", "ms", "dr", "m", "mme", "president", "minister", "prime", "king"),
        *("president", "ministre", "chairman", "ceo", "pdg", "governor", "premier", "roi"),
        *("government", "gouvernement", "state", "etat", "authorities", "china", "both"),
        *("pm", "cm", "comme", "longtemps", "apres", "avant", "depuis", "after", "before"),
        # ("Once completed, the plant …": a clause's conjunction, no name)
        *("once", "when", "while", "since", "if", "until", "although", "though", "lorsque"),
        *("quand", "si", "tout", "all", "each", "chaque", "here", "there"),
        # ("Construction of the plant will …", "Investors from Turkey will …": no name)
        *("construction", "investors", "investment", "work", "works", "production"),
        *("officials", "authorities", "companies", "firms", "partners", "residents"),
    }
)
# A name said elsewhere after a capitalised word that is no article, cue or nationality:
# "Minister Kamel Al-Wazir", then "Al-Wazir inaugurated": a person's surname.
# ("Government Signs Agreement With Kelvo Seafood": a headline's small words in capitals)
_FIRST_NAME_BEFORE = (
    r"(?<![\w'’-])(?!(?:The|Le|La|Les|Du|Des|De|Groupe|Group|By|In|And|Et|With|For|From|To|Of"
    r"|On|At|As|Into|Over|Under|After|Before|Between|Amid|Avec|Pour|Par|Sur|Chez|Entre|Au|Aux"
    r"|Signs|Signed|Inks|Partners|Joins|Meets|Visits|Welcomes|Backs|Picks|Taps|Hires)\b)"
    r"[A-Z][a-z]+ "
)
# The company a short name opens, said in full elsewhere: "Kelta" and "Kelta Motors Group".
_FULL_NAME_AFTER = (
    r"(?: [A-Z][\w&-]+){0,3} (?:Corporation|Company|Group|Groupe|Holdings?|Limited|Ltd|Inc)\b"
)
# The words of a company's name, seen beside others in capitals ("Hyundai Motor",
# "Shengkong International"); a first name and a surname have none.
_COMPANY_NAME_WORDS = re.compile(
    r"\b(?:international|internationale|holdings?|motors?|group|groupe|industries|industry|"
    r"energy|energies|steel|cement|ciments?|electric|technologies|technology|auto|bank|"
    r"pharma|chemicals?|mining|power|solar|textiles?|foods?|oil|gas|petroleum|telecom|"
    # "Nexen Tire inaugure …": a trade's word closing two
    r"tires?|tyres?|cables?|glass|rubber|fertili[sz]ers?|minerals|metals?|aluminium|aluminum|"
    r"electronics|semiconductors?|batter(?:y|ies)|materials|plastics|pharmaceuticals?|"
    # "Global Recycling", "Norvel Logistics", "Kaito Manufacturing"
    r"recycling|logistics|manufacturing|engineering|packaging|ceramics|automotive|machinery|"
    r"equipment|shipping|trading|resources|ventures|investments?|breweries|brewery|beverages"
    # "Gulfray Americas", "Norvel Africa": a group's arm for a part of the world
    r"|americas|africa|asia|europe|global|worldwide"
    # "Kelvo Nickel has commissioned …": the metal a miner or a smelter works, closing a name
    r"|nickel|copper|zinc|lithium|cobalt|manganese|alumina|bauxite|graphite|potash|phosphates?"
    r"|uranium|ferroalloys?|silicon"
    # "Kelvo Green Hydrogen", "Tarvel Ammonia": the fuels and gases a plant makes
    r"|hydrogen|ammonia|methanol|biofuels?|renewables"
    # "Kelvo Seafood", "Tarvo Rebar Manufacturing", "Norvel Apparel": the trades of food,
    # clothing and building steel
    r"|seafoods?|dairy|dairies|milk|apparel|garments|headwear|rebar"
    # "Kelvo Sugar's new mill", "Tarvel Leather", "Norvel Paper": the trades of sugar, hides,
    # paper, grain and drink
    r"|sugar|leather|paper|flour|mills|milling|agro|agri|drinks|tobacco|cosmetics|furniture"
    # "Tata Projects": a builder's trade
    r"|projects"
    # "Korvex Biotech said …": a maker of vaccines and drugs
    r"|biotech|biotechnology|biologics|biosciences?|therapeutics|vaccines"
    # the trades' words of other languages' company names: "Kartal Tekstil", "Cementos Bío
    # Bío", "Aceros Arequipa", "Sanayi", "Insaat"
    r"|tekstil|sanayi|insaat|ticaret|celik|cimento|cementos?|aceros?|textil|alimentos"
    r"|industrias?|industrie|energia|quimica|mineracao)\b"
)


def _in_capitals(name: str) -> bool:
    """True if a word of ``name`` after its first is written in capitals ("Hanwha Q CELLS
    Korea"): a brand's styling, no town's nor person's."""
    return any(rx.fullmatch(r"[A-Z]{2,}", w) for w in name.split()[1:])


# A dateline a sentence opens on: "BAMAKO, May 12 -", "TASHKENT, Oct 2 (Reuters) -", "ALGER,
# 5 mars (APS) -", "LUSAKA (Reuters) -"
_DATELINE_OPENING = re.compile(
    r"\s*[A-Z][A-Z'’. -]{2,30}(?: \([^()]{1,30}\))?,?(?: (?:[A-Z][a-z]{2,4}\.? \d{1,2}|\d{1,2}"
    r" [a-zéû]{3,9}\.?)(?:,? \d{4})?)? ?(?:\([^()]{1,30}\) ?)?(?:[-–—] |: )"
)


def _actors_opening(
    text: str, fold: str, start: int, end: int, found: list[OrgMention]
) -> list[OrgMention]:
    """Companies named at the opening of a sentence, no cue before them, by the act said
    right after ("Safran annonce l'ouverture …", "SABIC and Shengkong International signed
    …", "Veolia va construire …"): a name one word long or in capitals, or with a word
    companies' names carry; no country, town, pronoun or title, and no name already read.
    A person's surname said alone ("Dangote signed") is set apart by the reader of people."""
    # "China's leading electronic company, Hisense is planning to invest": what it is,
    # said before its name, opens the sentence
    # ("BAMAKO, May 12 - Kelvar Resources said …": a dateline before the sentence's words)
    dateline = _DATELINE_OPENING.match(text, start, end)
    start = dateline.end() if dateline else start
    described = (
        _DESCRIBED_OPENING.match(fold, start, end)
        or _OPENING_DAY.match(fold, start, end)
        or _OPENING_TERMS.match(fold, start, end)
    )
    opening = _ACTOR_OPENING.match(text, described.end() if described else start, end)
    acted = opening and _ACTED.match(fold, opening.end(), end)
    if not opening or not acted or rx.fullmatch(r" \w+[éÉ]s?", text[opening.end() : acted.end()]):
        return []  # "Comme annoncé par …": a participle without its auxiliary, no act
    actors = []
    for group in ("first", "third", "second"):
        a, b = opening.span(group)
        if a < 0 or _overlaps(a, b, found):
            continue
        name, words = text[a:b], fold[a:b].split()
        if len(words) > 3 and not (
            _in_capitals(name) or (group != "first" and _COMPANY_NAME_WORDS.search(fold[a:b]))
        ):
            # four capitalised words, none in capitals: no name read so long, unless a list
            # names it with words companies' names carry ("… et Thunder Power Electric
            # Vehicle ont scellé")
            continue
        if rx.fullmatch(_REGION_BODY, name):
            actors.append(OrgMention(name, "agency", a, b, None, None, 0.6))
            continue
        if _plain_company_name(text, fold, a, b):
            actors.append(OrgMention(name, "company", a, b, None, None, 0.6))
            whose = described and _WHOSE_LISTING.match(fold, described.start(), described.end())
            if whose and group == "first":
                # "Australian-listed Norvel Mining said …": whose the company is
                actors[-1].country = nationality_word(whose[1]) or next(
                    (c.country for c in countries_in(whose[1])), None
                )
                actors[-1].said_from = whose.start(1)
    return actors


def _plain_company_name(text: str, fold: str, a: int, b: int, whose: bool = False) -> bool:
    """True if the capitalised words at ``a:b``, said where a company acts, may be its name:
    no pronoun, country, town or title, no first name and surname (unless a country's
    possessive said ``whose`` it is: "Italy's Fratelli Borsini"), and not the first words
    of a longer name the text gives."""
    name, words = text[a:b], fold[a:b].split()
    if not words or words[0] in _NOT_NAMES or any(w in _OPENING_NOT_NAMES for w in words):
        return False
    if name in ("US", "USA", "UK", "UAE", "EU", "KSA", "PRC", "DRC", "RDC"):
        return False  # a country's or a union's initials
    # "Kelvo Glass Zimbabwe": a company's words, then its local arm's country
    arm = _COMPANY_NAME_WORDS.search(" ".join(words[1:-1])) and only_a_country(words[-1])
    # "Kelvo Maroc a signé …": a company's name, then the country of its local arm
    first = name.split()[0]
    arm = arm or (
        len(words) == 2
        and only_a_country(words[-1])
        and not countries_in(words[0])
        and not world_town_country(first)
        and not nationality_word(first)
    )
    # ("Canada Royal Milk": a country's name, no nationality, opening a name of three words or
    # more that a trade's word closes)
    trade = (
        len(words) > 2
        and _COMPANY_NAME_WORDS.fullmatch(words[-1]) is not None
        and not nationality_word(first)
    )
    if (
        countries_in(fold[a:b])
        and (
            (len(words) < 3 and not arm)
            or (countries_in(words[0]) and not trade)
            or not (_in_capitals(name) or arm or trade)
        )
    ) or world_town_country(name):
        return False  # "Hanwha Q CELLS Korea": a country may end a name of letters in capitals
    if len(words) > 1 and not (
        whose
        or arm
        or _COMPANY_NAME_WORDS.search(fold[a:b])
        or any(w.isupper() for w in name.split())
        or _said_whole_every_time(text, name)
    ):
        return False  # "Pietro Gorlier a signé": a first name and a surname
    said = re.escape(name)
    surname = rx.search(_FIRST_NAME_BEFORE + said + r"(?![\w-])", text)
    if surname and not nationality_word(surname.group().split()[0]):
        return False
    # "Kia invested …", "Kia Motors Corporation": the full name is read
    return not rx.search(said + _FULL_NAME_AFTER, text)


# A title or an honorific said before a name: it is a person's
_TITLED_BEFORE = re.compile(
    r"\b(?:M|Mr|Mrs|Ms|Dr|Mme|Mlle|Monsieur|Madame|President|Président|présidente?|Minister"
    r"|ministre|CEO|PDG|Pdg|Chairman|Director|directeur|directrice|Governor|gouverneur)\.? $"
)


def _said_whole_every_time(text: str, name: str) -> bool:
    """True if two capitalised words are said three times or more, always together, never
    after a title or an honorific ("Air Liquide investit …", "Air Liquide s'installe …",
    "Air Liquide vendra …"): a company's name. The press names a person in full once, then
    by the surname ("Mr. Tammana", "Tammana added")."""
    last = name.split()[-1]
    whole = list(rx.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text))
    alone = len(rx.findall(rf"(?<![\w'’-]){re.escape(last)}(?![\w'’-])", text))
    return (
        len(whole) >= 3
        and alone == len(whole)
        and not any(_TITLED_BEFORE.search(text, max(0, m.start() - 14), m.start()) for m in whole)
    )


# A plant said as a company's work: "owned by X", "built by X", "X's new factory", "a joint
# venture between X and Y", "exploitée par X", "réalisée par X" (folded, the name in ``text``)
_AGENT_BEFORE = re.compile(
    r"\b(?:owned|built|operated|run|developed|constructed|managed|implemented|executed"
    r"|financed|funded|backed|detenue?s?|construite?s?|exploitee?s?|realisee?s?|financee?s?"
    r"|developpee?s?|portee?s?|geree?s?) (?:by|par) (?:the |la |le |l')?"
    # "détenue à 60 % par Norvel et à 40 % par Kaito", "owned 60% by Norvel": each holder
    r"|(?:\b(?:detenue?s?|owned) )?(?:\ba |\bat )?\b\d+(?:[.,]\d+)? ?(?:%|percent|per cent)"
    r" (?:par|by) (?:the |la |le |l')?"
    # "with the remaining 30 percent held by state-owned Kelvpharm": a share's holder
    r"|\b(?:\d+(?:[.,]\d+)? ?(?:%|percent|per cent)|stake|share)(?: [a-z]+){0,2} (?:held|owned)"
    r" by (?:(?:state-owned|state-run|local) )?(?:the )?"
    r"|\b(?:joint venture|coentreprise|co-entreprise|societe mixte) (?:between|entre) (?:the |la |le |l')?"
    # "entering into a joint venture with GVL", "via sa co-entreprise kazakhe avec
    # KazMunaïGaz": the partner of a venture
    r"|\b(?:joint venture|coentreprise|co-entreprise|societe mixte)(?: [a-z]+)? (?:with|avec)"
    r" (?:the |la |le |l')?"
    # "X together with Norvel and Kaito signed a contract": those it acts with
    r"|\b(?:together with|conjointement avec) (?:the |la |le |l')?"
    # "results from the partnering of Norvel and Kaito": the partners a partnership is of
    r"|\b(?:partnering|partnership|collaboration|partenariat) (?:between|of|entre) (?:the |la |le |l')?"
    # "l'usine, propriété de Norvel", "appartient à Norvel", "en partenariat avec Kaito"
    r"|\b(?:propriete de|appartient a|appartenant a|belonging to|belongs to"
    r"|en partenariat avec|in partnership with|en association avec|in association with"
    r"|en collaboration avec|in collaboration with) (?:the |la |le |l')?"
    # "c'est finalement Kelvo qui sera le premier": the one the sentence singles out
    r"|\bc'est (?:finalement |donc |bien |ainsi |desormais |aujourd'hui )?"
    r"(?=[\w&'-]+(?: [\w&'-]+){0,3} qui\b)"
    # "signed a deal with Kaito", "une convention avec Kaito": the counterparty
    r"|\b(?:deal|agreement|contract|memorandum of understanding|mou|accord|convention|contrat"
    r"|protocole d'accord) (?:signed )?(?:with|avec) (?:the |la |le |l')?"
    # "after a meeting with the representatives of Norvel": the company they speak for
    # ("Speaking on behalf of GIPFZA, the manager …", "au nom de X": whom one speaks for)
    r"|\b(?:representatives?|representants?) (?:of|de|du|d') ?(?:the |la |le |l')?"
    r"|\b(?:on behalf of|au nom de|au nom du) (?:the |la |le |l')?"
    # "has tied up with Tarvo Projects for the facility", "a partnered with", "s'est associé à":
    # the partner a company joins for the plant
    r"|\b(?:partnered|partners|tied up|ties up|teamed up|teams up|joined hands) with (?:the )?"
    r"|\bs'(?:est )?associee? (?:a|avec) (?:la |le |l')?"
    # "to build a cement plant in Thiès for Tarvel Ciments", "une cimenterie … pour le compte
    # de Tarvel Ciments": the client a plant is built for
    r"|\b(?:plant|factory|facility|mill|refinery|complex|usine|cimenterie|raffinerie|unite"
    r"|complexe)(?: (?:in|at|near|a|en) [a-z][\w'’-]+(?: [a-z][\w'’-]+)?)?"
    r" (?:for|pour le compte de|pour le compte du) (?:the |la |le |l')?"
)
# A joint venture said, then its name: "a joint venture called X", "a joint venture, X,",
# "une coentreprise baptisée X" (folded)
_VENTURE_NAMED = re.compile(
    # ("a 70% stake in the venture, Kelvo-Norvel Tyres, with": the venture said again)
    r"\b(?:joint[ -]venture|coentreprise|co-entreprise|societe commune|societe mixte"
    r"|(?<=\bthe )venture)"
    r"(?: company| firm)?(?:,| (?:called|named|dubbed|known as|baptisee|denommee|appelee)) "
    r"(?:the |la |le |l')?(?=[a-z])"
)
_AGENT_NAME = re.compile(r"[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,5}")
# A role's noun in capitals, no name: "executed by the Contractor, Beijing …"
_AGENT_NOUNS = frozenset(
    {"contractor", "government", "state", "ministry", "company", "group", "council", "client"}
    | {"consortium", "societe", "groupe", "entreprise", "firm", "partner", "partenaire", "etat"}
)
_JOINED_AGENT = re.compile(r" (?:and|et) (?:the |la |le |l')?(?=[A-Z])")
# ("Kelvo Motors' new plant", "Kelvo Industries' proposal to set up": a plural's possessive)
_POSSESSED_PLANT = re.compile(
    r"([A-Z][\w&-]*(?: [A-Z][\w&-]*){0,2})(?:['’]s|(?<=s)['’]) (?:(?:new|first|second|planned"
    r"|proposed|future) )?(?:[a-z-]+ )?(?:plant|factory|facility|mill|refinery|smelter|complex"
    r"|proposal to (?:set up|build|establish|construct))\b"
)

# "a joint venture in which Norvel holds a 60% stake", "dont Norvel détient 60 %": a holder
# named inside the clause that says its share
_HOLDER_OF_A_SHARE = re.compile(
    r"\b(?:in which|of which|whereby|dont) (?:the )?([A-Z][\w&-]*(?: [A-Z][\w&-]*){0,2})"
    r" (?:holds|owns|will hold|will own|has|détient|détiendra|possède) (?:an? |une? )?"
    r"(?:\d+(?:[.,]\d+)? ?(?:%|percent|per cent)|majority|minority|controlling|majoritaire)"
)
# "la nouvelle usine de pneus de Norvel à Tema", "l'usine de Norvel, au Ghana": a French
# plant's owner, a name after its noun and complements, before where the plant is
_OWNED_PLANT_FR = re.compile(
    r"\b(?:[Uu]sines?|[Cc]imenteries?|[Rr]affineries?|[Uu]nités? de production|[Cc]omplexes?"
    # ("la minoterie de Kelvo à Thiès": a plant said by its trade's own noun)
    r"|(?i:minoteries?|huileries?|sucreries?|tanneries?|savonneries?|fonderies?|filatures?"
    r"|brasseries?|c[aâ]bleries?|verreries?|aci[eé]ries?|papeteries?|conserveries?|rizeries?"
    r"|laiteries?|biscuiteries?))"
    r"(?: (?:de |d['’]|du |des )[a-zàâçéèêëîïôûù-]+){0,3} (?:de |d['’])"
    r"([A-Z][\w&-]*(?: [A-Z][\w&-]*){0,2})(?= (?:à|au|aux|en) [A-ZÀ-Ý]|, (?:à|au|aux|en) [A-ZÀ-Ý])"
)


def _agents_named(
    text: str, fold: str, start: int, end: int, found: list[OrgMention]
) -> list[OrgMention]:
    """Companies named as a plant's owner, builder or partners by the words around them, no
    company noun said ("the factory, owned by Norvel", "a joint venture between Norvel and
    Kaito", "Norvel's new factory"), their names checked as ``_actors_opening`` does."""
    spans: list[tuple[int, int]] = []
    countries: dict[int, tuple[str, int]] = {}  # a name's start: its country, said from
    for cue in _AGENT_BEFORE.finditer(fold, start, end):
        first = _AGENT_NAME.match(text, cue.end(), end)
        if first is None:
            continue
        whose = rx.match(r"([\w ]+?)['’]s (?=[A-Z])", text[first.start() : first.end()])
        if whose and only_a_country(fold[first.start() : first.start() + whose.end(1)]):
            # "built by China's Kaito Engineering": the country's possessive, then the name
            said_from = first.start()
            country = countries_in(fold[first.start() : first.start() + whose.end(1)])[0].country
            first = _AGENT_NAME.match(text, first.start() + whose.end(), end)
            if first is None:
                continue
            countries[first.start()] = (country, said_from)
        if cue.group().startswith("represent") and first.group().isupper():
            continue  # "des représentants de l'UGTT": a union's letters, read as a body's
        if world_subdivision_country(first.group()):
            continue  # "assisted the company on behalf of Georgia": a state's, no company's
        spans.append(first.span())
        # ("together with OJSC Minsk tractor works (MTZ) and X": the name read already, in
        # lower case after its first word, then its letters; the one joined after them)
        read = next((o for o in found if o.start < first.end() and first.start() < o.end), None)
        after = read.end if read and read.end > first.end() else first.end()
        lettered = rx.match(r" \([A-Z]{2,6}\)", text[after:end])
        joined = _JOINED_AGENT.match(text, after + (lettered.end() if lettered else 0), end)
        second = joined and _AGENT_NAME.match(text, joined.end(), end)
        if second:
            spans.append(second.span())
    for possessed in _POSSESSED_PLANT.finditer(text, start, end):
        spans.append(possessed.span(1))
    for holder in _HOLDER_OF_A_SHARE.finditer(text, start, end):
        spans.append(holder.span(1))
    for owned in _OWNED_PLANT_FR.finditer(text, start, end):
        if not rx.fullmatch(PROJECT_NOUNS_FR, fold[owned.start(1) : owned.end(1)]):
            spans.append(owned.span(1))  # ("une usine de Cimenterie": a noun, no owner)
    agents: list[OrgMention] = []
    for venture in _VENTURE_NAMED.finditer(fold, start, end):
        # "a joint venture called Kaito Norvel Nickel", "une coentreprise, X,": the venture's
        # own name, a company whatever its words
        said = _AGENT_NAME.match(text, venture.end(), end)
        if said is None or _overlaps(said.start(), said.end(), found):
            continue
        words = fold[said.start() : said.end()].split()
        if words[0] in _NOT_NAMES or countries_in(fold[said.start() : said.end()]):
            continue
        agents.append(
            OrgMention(said.group(), "company", said.start(), said.end(), None, None, 0.6)
        )
    for a, b in spans:
        # ("the Kenya Investment Authority", "Norvel Industries Ltd": names read otherwise)
        if _overlaps(a, b, (*found, *agents)):
            continue
        if fold[a:b] not in _AGENT_NOUNS and _plain_company_name(
            text, fold, a, b, whose=a in countries
        ):
            from_country = countries.get(a)
            agents.append(
                OrgMention(
                    text[a:b],
                    "company",
                    a,
                    b,
                    from_country[0] if from_country else None,
                    None,
                    0.6,
                    from_country[1] if from_country else None,
                )
            )
    return agents


# A plant's noun right before a nationality said before its owner ("la première usine
# canadienne du groupe X", "the new plant, Canadian, of"): the adjective is the plant's
_PLANT_BEFORE_ADJECTIVE = re.compile(
    r"\b(?:usines?|unites?|sites?|fabriques?|plants?|factor(?:y|ies)|facilit(?:y|ies)|mills?)"
    r" (?:[\w-]+ )?$"
)


# "the head of the Naryn FEZ", "director of the Kelvo Special Economic Zone": a zone said as
# what someone heads is its administration, a body
_ZONE_HEADED = re.compile(
    r"\b(?i:head|director|director general|chairman|chairwoman|chief|administrator|manager"
    r"|general manager|ceo) of the (?P<zone>[A-Z][\w'-]+(?: [A-Z][\w'-]+)? (?:FEZ|SEZ|EPZ"
    r"|Free Economic Zone|Special Economic Zone|Free Zone|Free Trade Zone))\b"
)


# "the Otavi town council", "the Kelvo Municipal Council": a town's own government, a body
_TOWN_COUNCIL = re.compile(
    r"\b(?P<council>(?!The |THE )[A-Z][\w'-]+(?: [A-Z][\w'-]+)? (?i:town|city|municipal|district|county)"
    r" (?i:council))\b"
)
# "la Compagnie de Développement Industriel S.A.": a French company's noun opening its name
_COMPANY_NOUN_OPENING = re.compile(
    r"\b(?:Compagnie|Société|Societe|Entreprise|Banque|Office) (?:de |d'|d’|des |du )$"
)


# The capitals that open names but no French or English word ("Çalık Holding", "Škoda
# Auto", "Łukasiewicz", "Øresund"): read as their plain letter, so that the rules written
# with "[A-Z]" find the names they open; "É", "À", "Œ" stay, as they open common nouns
# ("État", "Économie", "À cet effet").
_NAME_CAPITALS = {
    c: unicodedata.normalize("NFD", c)[0]
    for c in "ÄÅÇÑÖØÜ" + _EXTENDED_UPPER
    if unicodedata.normalize("NFD", c)[0].isascii()
}
_NAME_CAPITALS.update({"Ø": "O", "Ł": "L", "Đ": "D", "Ħ": "H", "Ŧ": "T", "Ŀ": "L"})
_PLAIN_CAPITALS = str.maketrans(_NAME_CAPITALS)


# The nouns of public bodies whose names say their purpose after "for" ("Council for …")
_PUBLIC_BODY_NOUNS = frozenset(
    {"Agency", "Authority", "Board", "Commission", "Committee", "Council", "Fund", "Institute"}
    | {"Organisation", "Organization", "Administration", "Office", "Centre", "Center"}
)


def orgs_in(text: str, fold: str, start: int, end: int, lang: str) -> list[OrgMention]:
    """The organisations said in ``text[start:end]`` (``fold`` its folded form)."""
    found = [
        _nationality_before_a_brand(org)
        for org in _orgs_said(text, fold, start, end, lang)
        # ("le groupe du milliardaire nigérian X", "the group of billionaire X": whose the
        # group is, a person, not the group)
        if not _OWNER_HUMAN_BEFORE.search(fold, max(start, org.start - 50), org.start)
        # ("The group of companies also organizes …": a sentence's first word, capitalised as
        # any is, then common words: no name)
        and not _ARTICLE_THEN_COMMON.fullmatch(org.name)
    ]
    for org in found:
        _without_a_titled_person(text, org)
    found += _legislatures(text, fold, start, end, found)
    found += _embassies(text, fold, start, end, found)
    found += _zones_that_tell(text, fold, start, end, found)
    for org in found:
        _with_its_place(text, org, end)
        _without_its_seat(org)
    return _companies_bracketed_after_plants(text, fold, start, end, found)


# A title said right before a name: "Kelvo Group chairman Abdul Norvel and Tarvel
# Corporation": the name after it a person's
_TITLE_RIGHT_BEFORE = re.compile(
    r"\b(?:chairman|chairwoman|chairperson|president|ceo|director|minister|secretary|governor"
    r"|chief executive|managing director|general manager|founder|vice[- ]president|pdg"
    r"|pr[ée]sident|directeur g[ée]n[ée]ral|ministre) $",
    re.IGNORECASE,
)


def _without_a_titled_person(text: str, org: OrgMention) -> None:
    """ "… chairman Abdul Norvel and Tarvel Corporation president Kenji Sato": a name said
    right after a title, then "and", is a person's, no word of the company's name after."""
    joined = rx.match(r"(?:[A-Z][\w'’.-]* ){1,3}(?:and|et) (?=[A-Z])", org.name)
    if joined and _TITLE_RIGHT_BEFORE.search(text, max(0, org.start - 30), org.start):
        org.name = org.name[joined.end() :]
        org.start += joined.end()


# A country's parliament: "l'Assemblée nationale", "l'assemblée nationale de Guinée", "the
# National Assembly of Kelvonia" (a lower-case "assemblée" only with its country after it)
_LEGISLATURE = re.compile(
    r"\b(?:Assembl[ée]e nationale|National Assembly"
    r"|assembl[ée]e nationale(?= (?:de la |du |de l['’]|de |d['’])[A-Z]))"
    r"(?P<whose> (?:de la |du |de l['’]|de |d['’]|of (?:the )?|for )[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)?"
)


# Who tells the news, said before its name: "provided by", "according to", "selon"
NEWS_TOLD_BY = (
    r"(?:provided by|[Aa]ccording to|released by|published by|announced by|figures from"
    r"|data from|[Ss]elon|[Dd]['’]après)"
)


# A zone said as who tells the news: "according to the information provided by Katowice
# (southern Poland) Special Economic Zone (KSSE)": the zone's authority, an organisation
_ZONE_TELLS = re.compile(
    rf"\b{NEWS_TOLD_BY} (?:the |la |le |l['’])?"
    r"(?P<name>(?:[A-Z][\w'’-]* ){1,3})(?P<aside>\([^()]{1,40}\) )?"
    r"(?P<zone>(?:Special |Free )?Economic Zone|Free (?:Trade )?Zone|Industrial Park)"
    r"(?: \((?P<acronym>[A-Z]{2,8})\))?"
)


def _zones_that_tell(
    text: str, fold: str, start: int, end: int, found: list[OrgMention]
) -> list[OrgMention]:
    """The zones ``text[start:end]`` says tell the news, as organisations (the aside
    that says where the zone lies is no word of its name)."""
    said = []
    for match in _ZONE_TELLS.finditer(text, start, end):
        a, b = match.start("name"), match.end("zone")
        if _overlaps(a, b, found):
            continue
        aside = (
            countries_in(fold[match.start("aside") : match.end("aside")]) if match["aside"] else []
        )
        said.append(
            OrgMention(
                f"{match['name']}{match['zone']}",
                "agency",
                a,
                b,
                aside[0].country if aside else None,
                match["acronym"],
                said_from=match.start("aside") if aside else None,
            )
        )
    return said


# "l'ambassade de Chine à Ottawa", "the Embassy of Ghana in Lomé": a country's mission in
# another, named by the two (folded, the country's and the town's capitals in ``text``)
_EMBASSY = re.compile(
    r"\b(?P<noun>ambassade|embassy) (?:de |du |des |d'|of (?:the )?)"
    r"(?P<country>[a-z][\w'-]+(?: (?!(?:a|au|aux|en|in)\b)[a-z][\w'-]+)?)"
    r"(?: (?:a|au|aux|en|in) (?P<place>[a-z][\w'-]+(?: [a-z][\w'-]+)?))?"
)


def _embassies(
    text: str, fold: str, start: int, end: int, found: list[OrgMention]
) -> list[OrgMention]:
    """A country's embassy, said by its noun, its country and where it is ("l'ambassade de
    Chine à Ottawa"): an organisation of that country, named by those words."""
    said: list[OrgMention] = []
    for match in _EMBASSY.finditer(fold, start, end):
        country = match.group("country")
        named = countries_in(country)
        if not named or not text[match.start("country")].isupper():
            continue
        a, b = match.start(), match.end("country")
        if match.group("place") and text[match.start("place")].isupper():
            # ("à Ottawa", "au Togo": where it is, by its town or its host; a second word
            # in lower case is the sentence's)
            b = match.start("place") + len(
                text[match.start("place") : match.end("place")].split()[0]
            )
            second = text[b : match.end("place")]
            if second[1:2].isupper():
                b = match.end("place")
        if _overlaps(a, b, found):
            continue
        name = text[a].upper() + text[a + 1 : b]
        said.append(OrgMention(name, "other", a, b, named[0].country, None, 0.6, a))
    return said


def _legislatures(
    text: str, fold: str, start: int, end: int, found: list[OrgMention]
) -> list[OrgMention]:
    """The parliaments ``text[start:end]`` names that no other reading of names has."""
    said = []
    for match in _LEGISLATURE.finditer(text, start, end):
        a, b = match.span()
        if _overlaps(a, b, found):
            continue
        whose = match["whose"]
        named = countries_in(fold[match.start("whose") : b]) if whose else []
        if whose and not named and "for " not in whose:
            # ("the National Assembly of Kelvo Province": no country's; "the National Assembly
            # for Wales" keeps its nation)
            b = match.start("whose")
        name = text[a:b]
        said.append(
            OrgMention(
                name[:1].upper() + name[1:],
                "other",
                a,
                b,
                named[0].country if named else None,
                said_from=a if named else None,
            )
        )
    return said


_ARTICLE_THEN_COMMON = re.compile(
    r"(?:(?:The|A|An|This|Le|La|Les|Ce|Cette) |L['’] ?)[a-z][a-z ,'’-]* [a-z][a-z'’-]*"
)


# "Hong Kong-based ", "New York-listed ": a company's seat or market, said before its name
_SEAT_OPENING = re.compile(
    r"((?:[A-Z][\w'’.]* ){0,2}[A-Z][\w'’.]*)-(?:based|listed|headquartered) (?=[A-Z])"
)


def _without_its_seat(org: OrgMention) -> None:
    """ "Hong Kong-based Tarvel Holdings": the town a company is seated in, read as a word
    of its name, is no part of it; the name starts after it, the seat says its country."""
    seat = _SEAT_OPENING.match(org.name)
    if seat is None or not org.name[seat.end() :].strip():
        return
    org.name = org.name[seat.end() :]
    org.start += seat.end()
    if org.country is None:
        said = countries_in(fold_text(seat[1]))
        whole = said and said[0].start == 0 and said[-1].end == len(seat[1])
        org.country = said[0].country if whole else world_town_country(seat[1])
        org.said_from = org.start - seat.end() if org.country else org.said_from


# " at Duqm (SEZAD)": the place a body's name ends with, then its letters
_PLACE_THEN_LETTERS = re.compile(
    r" (?:at|of|in|for|de|du|d') ?((?:[A-Z][\w'’-]+ ?){1,3}) \(([A-Z]{3,8})\)"
)


def _with_its_place(text: str, org: OrgMention, end: int) -> None:
    """ "The Special Economic Zone Authority at Duqm (SEZAD)": a body's name read without
    the place it ends with, whose letters the bracket spells, runs on to the place."""
    if org.acronym is not None:
        return
    said = _PLACE_THEN_LETTERS.match(text, org.end, end)
    if said is None:
        return
    words = [w for w in f"{org.name} {said[1].strip()}".split() if w[:1].isupper()]
    if "".join(w[0] for w in words) != said[2]:
        return
    org.end = org.start + len(text[org.start : said.end(1)].rstrip())
    org.name = text[org.start : org.end]
    org.acronym = said[2]


# "the small-size motor manufacturing plant (Minebea Cambodia)", "l'usine (Kelvo SA)": the
# company that runs a plant, its name in brackets after the plant's noun
_PLANT_THEN_BRACKETED = re.compile(
    r"\b(?i:plant|factory|facility|mill|unit|complex|usine|unit[eé]|complexe)s? \("
    r"([A-Z][\w&'’-]*(?: [A-Z][\w&'’.-]*){1,3})\)"
)
# A company's legal forms, in letters ("Ltd", "S.A.", "GmbH"): what the readers find after a
# company's name
LEGAL_FORMS = r"JSC|OJSC|PJSC|CJSC|LLC|Ltd\.?|Limited|S\.?A\.?|SARL|SAS|Co\.|Inc\.?|PLC|GmbH|AG"
_LEGAL_FORM_LAST = re.compile(rf"(?:{LEGAL_FORMS}|Corp\.?|Corporation|Company)$")


def _companies_bracketed_after_plants(
    text: str, fold: str, start: int, end: int, found: list[OrgMention]
) -> list[OrgMention]:
    """``found``, and each company named in brackets right after a plant's noun, its name
    ending in a legal form or a country's name (a local arm's: "Minebea Cambodia"); a plant's
    own name or letters in brackets ("the plant (Kelvo One)", "(CPS)") are none."""
    for said in _PLANT_THEN_BRACKETED.finditer(text, start, end):
        a, b = said.span(1)
        name = text[a:b]
        words = name.rsplit(" ", 1)
        if not (_LEGAL_FORM_LAST.search(name) or only_a_country(fold[a + len(words[0]) + 1 : b])):
            continue
        if any(o.start < b and a < o.end for o in found):
            continue
        found.append(OrgMention(name, "company", a, b))
    return sorted(found, key=lambda o: o.start)


# "Chinese WODA Steels Company": a nationality, then a name in capitals
_BRAND_IN_CAPITALS = re.compile(r"[A-Z][A-Z0-9&]+")


def _nationality_before_a_brand(org: OrgMention) -> OrgMention:
    """ "Chinese WODA Steels Company and Ethiopian Investment Commission have signed …": a
    company's name opening with a nationality, then a word in capitals (a brand, an
    acronym), is the name without it; the nationality says its country. ("Saudi Public
    Transport Company", "Finnish Minerals Group": a common word after it, the nationality is
    the name's.)"""
    words = org.name.split(" ")
    if org.kind != "company" or len(words) < 3 or not _BRAND_IN_CAPITALS.fullmatch(words[1]):
        return org
    country = nationality_word(words[0].casefold())
    if country is None:
        return org
    skip = len(words[0]) + 1
    org.said_from = org.start if org.said_from is None else min(org.said_from, org.start)
    org.country = org.country or country
    org.name, org.start = org.name[skip:], org.start + skip
    return org


def _orgs_said(text: str, fold: str, start: int, end: int, lang: str) -> list[OrgMention]:
    """``orgs_in``, before a nationality is taken off a brand's name."""
    plain = _plain_capitals(text)
    if plain is text:
        found = [_without_dangling_link(org) for org in _orgs_in(text, fold, start, end, lang)]
        return _bracketed_nationals(fold, start, _missions_apart(text, found))
    found = [_without_dangling_link(org) for org in _orgs_in(plain, fold, start, end, lang)]
    for org in found:
        # each name as the text spells it, its capitals restored
        org.name = _as_spelled(text, plain, org.name, org.start)
        if org.acronym:
            org.acronym = _as_spelled(text, plain, org.acronym, org.start)
        if org.also:
            org.also = _as_spelled(text, plain, org.also, org.start)
    return _bracketed_nationals(fold, start, _missions_apart(text, found))


# "the Indian High Commission and Apollo International Ltd.": a diplomatic mission, then a
# company joined to it by "and"
_MISSION_AND = re.compile(r"((?:[A-Z][\w-]+ )*High Commission(?: of [A-Z][\w-]+)?) and (?=[A-Z])")


# "Investment Board of Nepal and Kelvo Cement P Ltd signed …": a country's public body,
# then a company joined to it by "and"
_COUNTRY_S_BODY_AND = re.compile(
    r"((?:[A-Z][\w-]+ )*(?:Board|Authority|Agency|Ministry|Commission|Council|Government)"
    r" of (?:the )?([A-Z][\w-]+(?: [A-Z][\w-]+)?)) and (?=[A-Z])"
)


# A title and its holder's name, then "and" and a capital: "Industries Secretary Hemant
# Sharma and Kelvo Cement"
_TITLED_PERSON_AND = re.compile(
    r"(?:[A-Z][\w-]+ )*(?:Secretary|Minister|Governor|Commissioner|Director|Chairman"
    r"|Chairwoman|President|CEO) (?:[A-Z][\w'’-]+ ){1,3}and (?=[A-Z])"
)
# A country's name, then "and" and a capital: "China and Shivam Holdings"
_COUNTRY_AND = re.compile(r"([A-Z][\w-]+(?: [A-Z][\w-]+)?) and (?=[A-Z])")


def _mission_and(org: OrgMention) -> re.Match[str] | None:
    """The diplomatic mission or the country's public body that opens ``org``'s name, then
    "and" and a company's name."""
    said = _MISSION_AND.match(org.name) if org.kind == "company" else None
    if said is None:
        said = _COUNTRY_S_BODY_AND.match(org.name)
        if said is not None and not only_a_country(fold_text(said.group(2))):
            return None
    return said


def _missions_apart(text: str, found: list[OrgMention]) -> list[OrgMention]:
    """``found``, a company's name that opens with a diplomatic mission (or a country's
    public body) and "and" made two: the mission, then the company."""
    out: list[OrgMention] = []
    for org in found:
        titled = _TITLED_PERSON_AND.match(org.name)
        if titled:
            # "Industries Secretary Hemant Sharma and Kelvo Cement managing director X": a
            # title and its holder before "and", the company after it
            org.name = org.name[titled.end() :]
            org.start += titled.end()
        country_and = _COUNTRY_AND.match(org.name)
        if (
            country_and
            and _country_said(text, country_and.group(1))
            # ("signed between Kenya and Kelvo Holdings": the country, then the company)
            and rx.search(
                r"\b(?:from|of|in|between|entre) $", text[max(0, org.start - 9) : org.start]
            )
        ):
            # "a subsidiary of Hongshi Group from China and Shivam Holdings": the country
            # ends what was said before, the company after "and" is named alone
            org.name = org.name[country_and.end() :]
            org.start += country_and.end()
            org.country = None
        said = _mission_and(org)
        if said is None:
            out.append(org)
            continue
        mission = said.group(1)
        body = OrgMention(mission, "agency", org.start, org.start + len(mission))
        if said.re is _COUNTRY_S_BODY_AND:
            # the body's country is its own, the company after it is a company, whose legal
            # form the name read may have left after it ("Kelvo Cement P Ltd")
            body.country, org.country, org.kind = org.country, None, "company"
            form = re.compile(rf" {_SUFFIX}(?![\w])").match(text, org.end)
            if form:
                org.name += form.group()
                org.end = form.end()
        out.append(body)
        org.name = org.name[said.end() :]
        org.start += said.end()
        out.append(org)
    return out


# "Deux groupes chinois (Kelvo Céramics et son partenaire Tarvo Trading Co)", "two Chinese
# firms (Kelvo and its partner Tarvo)": companies named in brackets after their noun and
# nationality, each of that country (folded, up to a name)
_NATIONALS_IN_BRACKETS = re.compile(
    r"\b(?:groupes|societes|entreprises|firmes|compagnies|partenaires) ([a-z-]+)"
    r"|\b([a-z-]+) (?:groups|companies|firms|partners)"
)


def _bracketed_nationals(fold: str, start: int, found: list[OrgMention]) -> list[OrgMention]:
    """``found``, each company named in brackets after a plural noun and a nationality
    (``_NATIONALS_IN_BRACKETS``) given that country when it has none."""
    for org in found:
        if org.country is not None or org.kind != "company":
            continue
        opened = fold.rfind("(", max(start, org.start - 100), org.start)
        if opened < 0 or ")" in fold[opened : org.start]:
            continue
        between = fold[opened + 1 : org.start]
        if between and not rx.fullmatch(
            r"[^()]{1,80}? (?:et|and) (?:son |sa |leur |its |their )?(?:partenaire |partner )?",
            between,
        ):
            continue  # (the first name, or one joined by "and" to it: no other words)
        said = _NATIONALS_IN_BRACKETS.search(fold, max(start, opened - 40), opened)
        if said is None or fold[said.end() : opened].strip():
            continue
        country = nationality_word(said[1] or said[2])
        if country is not None:
            org.country, org.said_from = country, said.start()
    return found


def _without_dangling_link(org: OrgMention) -> OrgMention:
    """``org`` without a link word its name ran on to ("le ministère du Pétrole et du gaz
    de sultanat d'Oman": the country's "de" is no word of the ministry's name)."""
    dangling = rx.search(r"(?: (?:de|du|des|of|of the|and|et|for))+$", org.name)
    if dangling and dangling.start() > 0:
        org.end -= len(org.name) - dangling.start()
        org.name = org.name[: dangling.start()]
    return org


@lru_cache(maxsize=4)
def _plain_capitals(text: str) -> str:
    """``text`` with its names' accented capitals plain (the same length), or ``text``
    itself if it has none."""
    if not any(c in _NAME_CAPITALS for c in text):
        return text
    return text.translate(_PLAIN_CAPITALS)


def _as_spelled(text: str, plain: str, name: str, near: int) -> str:
    """``name`` (read in ``plain``) as ``text`` spells it, where it is said from ``near``
    on (or before it)."""
    at = plain.find(name, near)
    if at < 0:
        at = plain.rfind(name, 0, near)
    return text[at : at + len(name)] if at >= 0 else name


def _orgs_in(text: str, fold: str, start: int, end: int, lang: str) -> list[OrgMention]:
    found: list[OrgMention] = []
    sentence = fold[start:end]
    for match in rx.finditer(
        # ("la Compagnie Nationale de Pétrole (GEPETROLE)": a state company by its capitals)
        r"\b(ministere|agence|institut|office|universite|fonds|societe nationale|compagnie nationale"
        r"|entreprise nationale|entreprise publique"
        # "la Banque africaine de développement", "la Banque mondiale": a bank by its capital
        r"|banque)\b"
        # "le département d'Etat américain": a country's ministry by its name there
        r"|\b(departement)(?= d'etat\b)"
        # "le Conseil coton anacarde", "Conseil des ministres": a council said with its capital
        r"|\b(conseil)\b(?! d'administration| de surveillance)"
        # "l'Autorité de la Zone franche de X": an authority said with its capital
        r"|\b(autorite)\b"
        # "le bureau de développement du Rwanda (RDB)": a bureau its acronym says a body
        r"|\b(bureau)(?= (?:de |du |des |d')[^().;]{3,60}\([a-z]{2,6}\))",
        sentence,
    ):
        a = start + match.start()
        noun = (
            match.group(1) or match.group(2) or match.group(3) or match.group(4) or match.group(5)
        )
        if noun in ("conseil", "autorite", "banque") and not text[a].isupper():
            continue  # "le conseil de l'usine", "la banque du projet": a common noun
        said_as = rx.match(r"[^().;]{3,70}\(([A-Z]{2,6})\)", text[a + 7 :])
        if noun == "bureau" and not (said_as and "B" in said_as.group(1)):
            # "le bureau de la présidente de X (XYZ)": a room, the acronym another's ("RDB",
            # the Rwanda Development Board: a bureau's letters hold its B)
            continue
        if noun == "office" and lang == "en" and not text[a].isupper():
            continue  # "Grade A office space": the English common noun
        if noun == "office" and lang == "en" and not fold.startswith(" of ", start + match.end()):
            # "KDA European Office Managing Director X": an English office is named before
            # its noun ("the Office of the Prime Minister" after it)
            continue
        b = _institution_end(text, fold, start + match.end(), end, listed=noun == "ministere")
        if noun == "conseil" and b == start + match.end():
            # "le Conseil coton anacarde": a council's name in its own lower-case words
            bare = rx.match(
                r"(?: (?!(?:" + "|".join(_STOP | _VERBS) + r")\b)[a-z]+){1,2}(?=[ ,.;)])",
                fold[b:end],
            )
            b += bare.end() if bare else 0
        # "l'Agence pour la promotion des sites industriels (APROSI)": an acronym in
        # brackets closes the name, its lower-case words after "pour" included
        purpose = _PURPOSE.match(text, start + match.end(), end)
        if purpose and text[a].isupper():
            b = max(b, purpose.end())
        if b == start + match.end():
            continue  # a bare "l'agence"
        if (
            noun in ("agence", "institut", "office", "fonds")
            and not text[a].isupper()
            and nationality_word(fold[start + match.end() : b].strip())
        ):
            continue  # "indique l'agence britannique": a body said again, by its country only
        country = _country(fold, a, b, end, start)
        # (not a country said after "de": "le bureau de développement du Rwanda")
        trailing = rx.search(r"(?<! de)(?<! du)(?<! des) ([\w-]+)$", fold[a:b])
        if (
            trailing
            and b - len(trailing.group()) > start + match.end()
            and countries_in(trailing.group(1))
            # ("Banque de développement inter-américaine": a continent's, a word of its name)
            and not rx.match(r"(?:inter|pan|trans|afro|euro)-", trailing.group(1))
        ):
            b -= len(trailing.group())  # "Fonds national d'investissement algérien": its country
        own = rx.match(r" (?=[A-Z])", text[start + match.end() : b])
        if noun in _NOUNS_BEFORE_A_NAME and own and not text[a + noun.index(" ") + 1].isupper():
            a = start + match.end() + 1  # "l'entreprise publique Yacimientos …": its name
        own_name = _OWN_NAME_AFTER.search(text, a, b)
        if (
            own_name
            and not text[a].isupper()
            and own_name.start(1) > start + match.end()
            and _lower_word_before(text, own_name.start(1))
            and not countries_in(fold[own_name.start(1) : b])
        ):
            a = own_name.start(1)  # "l'agence nationale d'investissements Czechinvest"
        name = _capitalise(text[a:b])
        said_to = None
        after = rx.match(r" ([a-z-]+)\b", fold[b:end])
        if noun in ("ministere", "departement") and not country and after:
            # "le département d'Etat américain": the country said after the name
            country = nationality_word(after.group(1))
            said_to = b + after.end() if country else None
        found.append(OrgMention(name, _INSTITUTIONS[noun], a, b, country, said_to=said_to))
    headline = _title_cased(text[start:end])
    # ("Kelta Ports", "Tarvel Airports": the body that runs them, a company)
    for match in rx.finditer(
        # ("K + B Industries", "A & P Group": letters joined by a sign, one name)
        # ("A.V.M. Bernardo Engineering": initials with their full stops, one word)
        # ("X and China National Automotive Industry International Corporation": a trade
        # followed by the words of a company's noun is inside a name, no end of one)
        # ("Kelvo Côte d'Ivoire Ceramics": the country's apostrophe inside the name)
        r"((?:(?:C[oô]te d['’]Ivoire|[A-Z][\w&-]+|[A-Z]\.(?:[A-Z]\.)+|[A-Z](?= [+&] [A-Z])|(?<=[+&] )[A-Z]) (?:and |[+&] )?){0,5})(Ministry|Agency|Institute|Bank|Board|Concern|Corporation|Company|Group|Fund|Steel|Holdings?|Commission|Authority|Establishment|Council|Organi[sz]ation|Administration|University|ministry|Department|Secretariat|(?:Cement|Industry|Industries|Chemicals?|Textiles?|Tekstil|Technology|Technologies|Engineering|Resources|Minerals|Metals|C[eé]ramics)(?!(?: [A-Z][\w-]+){1,2} (?:Corporation|Company|Group|Holdings?)\b)|Ports|Airports|Association|Federation|Foundation|Confederation|Committee|Union(?= of)|Chambers?(?= of)|Invest(?! [A-Z]))(?![\w-])((?:[ \n](?:of|for)(?: the)? [A-Z][\w-]+(?:(?:, [A-Z][\w-]+)+,? and [A-Z][\w-]+|(?: (?:and )?[A-Z][\w-]+))*)?)",
        text[start:end],
    ):
        a, b = start + match.start(), start + match.end()
        if headline:
            continue  # "X Company Gains Resident Status At …": capitals of style, no name
        if match.group(2) == "Invest" and lang != "en":
            continue  # ("Nord France Invest, agence de promotion …": French names its kind)
        spelled_of = match.group(3) and rx.match(
            r" of ([A-Z][\w-]+(?: [A-Z][\w-]+)?)(?= \([A-Z]{2,8}\))", text[b:end]
        )
        if spelled_of:
            # "the Union of Chambers and Commodity Exchanges of Turkey (TOBB)": a second
            # complement, its acronym after it, is the name's too
            b += spelled_of.end()
        purpose_of = (
            match.group(3).startswith((" for", "\nfor"))
            and match.group(2) in _PUBLIC_BODY_NOUNS
            and rx.match(
                r"(?: of (?:the )?[A-Z][\w-]+(?: (?:and )?[A-Z][\w-]+)*){1,2}", text[b:end]
            )
        )
        if purpose_of and not rx.match(r"['’]s\b", text[b + purpose_of.end() :]):
            # "the Council for the Development of Cambodia", "the Agency for the Promotion of
            # Investment": a body's purpose and whose it is, all words of its name
            b += purpose_of.end()
        portfolio = match.group(2) in ("Department", "Ministry", "Secretariat") and rx.match(
            r" for (?:the )?[A-Z][\w-]+(?: (?:and |& )?[A-Z][\w-]+)*", text[b:end]
        )
        if portfolio and match.group(3).startswith((" of", "\nof")):
            # "the Department of State for Health and Social Welfare": the portfolio said
            # after whose department it is, a word of its name
            b += portfolio.end()
        spelled_in = rx.match(r" in ([A-Z][\w-]+)(?= \(([A-Z]{2,8})\))", text[b:end])
        initials = "".join(w[0] for w in text[a:b].split() if w not in ("The", "the"))
        if spelled_in and spelled_in[2] == initials + spelled_in[1][0]:
            # "The Special Economic Zone Authority in Duqm (SEZAD)": the town its letters end
            # on is a word of its name
            b += spelled_in.end()
        the_country = rx.match(r"[ \n](?:of|for) the (.+)$", match.group(3))
        if the_country and only_a_country(fold_text(the_country.group(1))):
            b = start + match.start(3)  # "Kaito Holding of the UAE": whose, no word of it
        possessed = rx.search(r" (?:and|&) ([A-Z][\w-]+(?: [A-Z][\w-]+)?)$", match.group(3))
        if (
            possessed
            and rx.match(r"['’]s? ", text[start + match.end(3) : end])
            and only_a_country(fold_text(possessed.group(1)))
        ):
            # "the Ethiopian Ministry of Mines and India's Kelvo Chemicals": the country's
            # possessive opens the next name, no word of the ministry's
            b = start + match.start(3) + possessed.start()
        listed = rx.split(r", (?:and )?| and ", match.group(3))
        if "," in match.group(3) and not all(
            w.split()[0].casefold() in _PORTFOLIOS for w in listed[1:] if w.split()
        ):
            # "the Ministry of Industry, Kelvar and Norvel said": a list of its own after it
            b = start + match.start(3) + match.group(3).index(",")
        what_for = _purpose_complement(text, fold, start + match.start(3), b)
        if what_for is not None:
            b, second = what_for
            if second:
                found.append(OrgMention(text[second[0] : second[1]], "company", *second))
        company_after = rx.search(
            r" and ((?:[A-Z][\w&-]+ )+(?:Motors|Group|Corporation|Company|Holdings?|Limited|Ltd"
            r"|Inc|International|Industries))$",
            match.group(3),
        )
        if company_after:
            # "Pakistan's Ministry of Industries and Kelvo Motors of South Korea": a company
            # joined to the ministry, no word of its portfolio
            b = start + match.start(3) + company_after.start()
            second_at = start + match.start(3) + company_after.start(1)
            found.append(
                OrgMention(
                    company_after[1], "company", second_at, second_at + len(company_after[1])
                )
            )
        ands = [m.start() for m in rx.finditer(r" and ", match.group(3))]
        if len(ands) > 1:
            # "the Department of Commerce and Trade and Austrade": a second "and" in the
            # complement joins another body to the first, whose name ends before it
            b = start + match.start(3) + ands[1]
            joined_at = b + len(" and ")
            rest = text[joined_at : start + match.end()]
            if not countries_in(fold[joined_at : start + match.end()]):
                kind = _body_kind(rest)
                if kind == "company" and not rx.search(
                    r"\b(?:" + "|".join(_COMPANY_NOUNS) + ")$", rest
                ):
                    kind = "other"  # "and Austrade": a body, what kind unsaid
                found.append(OrgMention(rest, kind, joined_at, start + match.end()))
        words = match.group(1).split()
        body_and = rx.search(
            r"^(?:.* )?(?:Government|Ministry|Council|Authority|Agency|Group|Company|Corporation"
            r"|Limited|Ltd\.?|Inc\.?|Corp\.?|& Co\.?|& Cie) and ",
            match.group(1),
        )
        portfolio_and = rx.search(
            r"\b(?:minister|secretary|director|commissioner|governor) (?:of|for) $",
            fold[max(start, a - 30) : a],
        ) and rx.search(r"^(?:[A-Z][\w-]+ ){3,}and (?=[A-Z])", match.group(1))
        if portfolio_and and not body_and and match.group(2) in _COMPANY_NOUNS:
            # "signed by Deputy Minister of Industry Ivan Kelvov and Kelvo Group president X":
            # a portfolio and its minister before "and" (three words at least: "Minister
            # for Lands and Mineral Resources" is one portfolio), the company after it
            at = match.group(1).rindex(" and ") + len(" and ")
            a = start + match.start(1) + at
            words = match.group(1)[at:].split()
        pair_signs = (
            not body_and
            and not portfolio_and
            and match.group(2) in _COMPANY_NOUNS
            and rx.fullmatch(r"(?:The )?[A-Z][\w&-]+ and (?:[A-Z][\w&-]+ )+", match.group(1))
            and _PAIR_SIGNS_AFTER.match(fold, start + match.end(), end)
        )
        if pair_signs:
            # "Kelvo and Tarvo Steel on Monday signed a memorandum": two companies that sign
            # together, said with no partner after ("Procter and Gamble Company signed a
            # deal with X" is one)
            first = rx.sub(r"^The ", "", match.group(1).split(" and ", 1)[0])
            first_at = start + match.start(1) + match.group(1).index(first)
            if not _overlaps(first_at, first_at + len(first), found):
                found.append(OrgMention(first, "company", first_at, first_at + len(first)))
            at = match.group(1).index(" and ") + len(" and ")
            a = start + match.start(1) + at
            words = match.group(1)[at:].split()
        if body_and and (
            # ("Kelvo & Co and Tarvo Chemicals will partner …": a legal form ends the first
            # company's name, whatever the second's last word)
            match.group(2) in (*_COMPANY_NOUNS, "Group")
            or rx.search(
                r"(?:& C(?:o|ie)\.?|Limited|Ltd\.?|Inc\.?|Corp\.?) and $", body_and.group()
            )
        ):
            # "The Fijian Government and Kelvo Group have agreed": two bodies joined, each
            # a name of its own
            first = rx.sub(r"^The ", "", match.group(1)[: body_and.end() - len(" and ")])
            first_at = start + match.start(1) + match.group(1).index(first)
            if " " in first and not _overlaps(first_at, first_at + len(first), found):
                kind = "other" if first.endswith("Government") else _body_kind(first)
                country = nationality_word(first.split()[0])
                found.append(OrgMention(first, kind, first_at, first_at + len(first), country))
            a = start + match.start(1) + body_and.end()
            words = match.group(1)[body_and.end() :].split()
        if (
            words[:1] == ["Board"]
            and "and" in words
            and _BOARD_S_CHAIR_BEFORE.search(fold, max(start, a - 45), a)
        ):
            # "Chairman of the Board Askar Nurlanov and Kelmun Chemical President X": the
            # title's board and its holder, then the other company
            a += len(" ".join(words[: words.index("and") + 1])) + 1
            words = words[words.index("and") + 1 :]
        lead = 0
        nation_at: int | None = None
        company = match.group(2) in (*_COMPANY_NOUNS, *_TRADES)
        built = rx.match(r" (?:and|&) Construction\b", text[b:end])
        if match.group(2) == "Engineering" and words and built and not match.group(3):
            b += built.end()  # "GS Engineering and Construction": one company's trades
        if (
            match.group(2) in _TRADES
            and (
                not [w for w in words if w not in ("and", "The") and not nationality_word(w)]
                or rx.match(r" and [A-Z]", text[b:end])
                # ("the first phase of Hengyi Industries' refinery": an owner, said possessive)
                or (
                    rx.search(r"(?:\bof|,) $", text[max(start, a - 4) : a])
                    and not rx.match(r"['’]s? ", text[b:end])
                    # ("with X, Samsung Engineering, Hyundai Engineering and Y": a list's item)
                    and not (
                        text.endswith(", ", 0, a)
                        and len(words) == 1
                        and rx.match(r", [A-Z]| and [A-Z]", text[b:end])
                    )
                )
                # ("General Tire Technology (Cambodia) factory": a plant's name too)
                or rx.match(
                    rf" (?:\([^)]{{2,30}}\) )?(?:{PROJECT_NOUNS_EN}|{PROJECT_NOUNS_FR})\b",
                    fold[b:end],
                )
                or rx.match(r" (?:industrial )?(?:park|zone|estate|cluster)\b", fold[b:end])
                or rx.match(r" (?:minister|ministry|secretary|commissioner)\b", fold[b:end])
                # ("a inauguré la Kelvo Ceramics": the plant the company runs, named by it)
                or rx.search(r"\binaugur\w* (?:la |le |l'|the )?$", fold[max(start, a - 20) : a])
                # ("State Minister for Trade and Industry X": the portfolio after its title)
                or rx.search(
                    r"\b(?:minister|secretary|commissioner) for (?:the )?$",
                    fold[max(start, a - 30) : a],
                )
                or (
                    match.group(2) == "Engineering"
                    and _DISCIPLINE.fullmatch(words[-1] if words else "") is not None
                )
                # ("Ministry of Lands and Mineral Resources": a portfolio's words)
                or (
                    match.group(2) in ("Resources", "Minerals", "Metals")
                    and ("and" in words or rx.search(r"\bof $", text[max(start, a - 4) : a]))
                )
                # ("Australian miner Kelvar Resources": the trade's noun before reads it,
                # with whose it is)
                or (
                    match.group(2) in ("Resources", "Minerals", "Metals", "Engineering")
                    and rx.search(_NAMED_AFTER[:-1] + r" $", fold[max(start, a - 20) : a])
                )
            )
        ):
            # "the Cement Industry", "Russian Industry and Trade Minister": a trade or a
            # portfolio, no company's name ("Commerce and Industry Minister X": a portfolio
            # however many words it has); "Orlan Cement plant": a plant's name;
            # "Sumgait Chemical Industrial Park": a park's
            continue
        if (
            rx.search(r"\b(?:an?|une?)\s+$", text[max(start, a - 4) : a])
            and not rx.match(r" \([A-Z]{2,8}\)", text[b:end])
            # ("a Welsh Development Agency factory": the article is the plant's, the
            # agency its owner, by its name)
            and not (
                match.group(2) in ("Agency", "Authority", "Commission", "Council", "Administration")
                and rx.match(rf" (?:{PROJECT_NOUNS_EN})\b", fold[b:end])
            )
        ):
            # "a Syringe Manufacturing Company": one described, not named ("as a Board of
            # Investment (BOI) venture": its acronym names it)
            continue
        if "and" in words and match.group(2) in _COMPANY_NOUNS:
            # "TEDA-Egypt and Xin Feng Ming Holding": two companies, the first an acronym
            first = " ".join(words[: words.index("and")])
            if first.split()[0].split("-")[0].isupper() and len(first) > 1:
                found.append(OrgMention(first, "company", a, a + len(first), None))
                lead = len(first) + len(" and ")
                words = words[words.index("and") + 1 :]
        if (
            "and" in words
            and words.index("and") > 1
            and words[words.index("and") - 1] in (_BODY_NOUNS_EN)
        ):
            # "the Tarvel Regional Administration and Norvel Holding": a body's noun ends
            # the words before the "and"; two bodies, each with its name
            first_words = words[: words.index("and")]
            skip = len(first_words.pop(0)) + 1 if first_words[0] == "The" else 0
            first = " ".join(first_words)
            f_start = a + lead + skip
            found.append(OrgMention(first, _body_kind(first), f_start, f_start + len(first)))
            lead += skip + len(first) + len(" and ")
            words = words[words.index("and") + 1 :]
        # "Algerian Qatar Board Solb (AQS)": the words up to an acronym are all its name.
        spelled = rx.match(r"((?: [A-Z][\w-]+){1,2})(?= \([A-Z]{2,6}\))", text[b:end])
        if spelled:
            b += spelled.end()
            company = True
        if words and words[0] in ("The", "the", "Le", "La", "L'", "L’"):
            lead += len(words.pop(0)) + 1
        if len(words) > 1 and words[0] in _CUE_NOUNS:
            # "Le Groupe Chinois Z&K Garment Company": the noun, then whose, then the name
            lead += len(words.pop(0)) + 1
            while len(words) > 1 and nationality_word(words[0]):
                lead += len(words.pop(0)) + 1
        # ("The Icelandic Environment Association": a society's nationality is its name's)
        society = match.group(2) in ("Association", "Federation", "Foundation")
        if society and "and" in words:
            continue  # "companies Technopark and Uzeltehsanoat Association": a list's
        # ("the Indian High Commission": a mission's nationality is its name's, whose envoys
        # it houses)
        mission = match.group(2) == "Commission" and words[1:] == ["High"]
        while (
            not company
            and not society
            and not mission
            and words
            and words[0].casefold()
            in _COUNTRY_ADJECTIVES
            | {
                "the",
                "egypt's",
                "russia's",
                "india's",
            }
        ):
            lead += len(words.pop(0)) + 1
        if (
            company
            and len(words) > 1
            and nationality_word(words[0]) is not None
            and nationality_word(words[1]) is None
            and not countries_in(fold_text(words[1]))  # ("the Algerian Qatar Steel company")
            and fold_text(words[1]) not in _COMMON_NAME_WORDS
            and rx.search(
                r"\b(?:(?i:the)|of|by|with|from) $", text[max(start, a + lead - 5) : a + lead]
            )
        ):
            # "by the Chinese Norvel International Holding", "delegation of Turkish Norvel
            # Holding": whose it is, then a name of its own ("the Egyptian Steel Company", a
            # name of common words, keeps it)
            nation_at = a + lead
            lead += len(words.pop(0)) + 1
        if (
            match.group(2) == "Engineering"
            and len(words) > 1
            and nationality_word(words[0]) is not None
        ):
            lead += len(words.pop(0)) + 1  # "the Guyanese Guysons Engineering": whose it is
        elif (
            match.group(2) == "Engineering"
            and len(words) > 2
            and nationality_word(" ".join(words[:2])) is not None
        ):
            # "South Korean GS Engineering and Construction": a nationality of two words
            lead += len(words.pop(0)) + len(words.pop(0)) + 2
        national = None
        if match.group(2) in ("Ministry", "ministry") and words and _whose_word(words[0]):
            # "the Georgian Ministry of Economy", "the Argentine Industry Ministry" (the
            # English adjective spelled as the French name): its country, no word of it
            national = _whose_word(words[0])
            lead += len(words.pop(0)) + 1
        name = text[a + lead : b].replace("\n", " ")  # "the Ministry\nof Economy": one name
        board_of = _A_COMPANY_S_BOARD.fullmatch(name)
        if board_of:
            # "the Chairman of the Board of SIFCA": the board is the company's own, and the
            # company is the body named
            found.append(OrgMention(board_of[1], "company", b - len(board_of[1]), b))
            continue
        if not name or name in ("Group", "Company", "Board", "Secretariat"):
            continue
        if name.casefold() == match.group(2).casefold():
            continue  # "the ministry said", "“Organization of the production of …”": a noun

        # "Department of Trade and Industry": a government's department, as a ministry;
        # "Board of Investment", "National Fund": an agency, no company
        noun = match.group(2)
        kind = (
            "ministry"
            if "inistry" in name or (noun in ("Department", "Secretariat") and not company)
            else "institute"
            if "University" in name or noun == "Institute"
            else (
                "agency"
                if rx.search(
                    r"Agency|Commission|Authority|Establishment|Council|Organi|Administration", name
                )
                or (noun in ("Board", "Fund") and not company)
                else "other"
                if society
                else "company"
            )
        )
        country = _country(fold, a + lead, b, end, start)
        if national and country is None:
            found.append(OrgMention(name, kind, a + lead, b, national, said_from=a))
            continue
        whose = _ACRONYM_THEN_COUNTRY.match(text, b, end)
        if whose and only_a_country(fold_text(whose["country"])) and not company:
            # "the Board of Investment (BOI) of Sri Lanka": the country after the acronym
            # ends the body's name
            country = countries_in(fold_text(whose["country"]))[0].country
            name = f"{name} of {whose['country']}"
            found.append(OrgMention(name, kind, a + lead, whose.end(), country, whose["acronym"]))
            continue
        said_from = nation_at if country is not None else None
        found.append(OrgMention(name, kind, a + lead, b, country, said_from=said_from))
    # "Banbury, une société indienne …", "Kofi Mills, a Ghanaian firm": a name, then
    # what it is and whose, in apposition.
    for match in _APPOSED_COMPANY.finditer(text, start, end):
        a, b = match.start(1), match.end(1)
        if a > 0 and text[a - 1] in "'’" and not match.group(1).split()[0].isupper():
            continue  # "Côte d'Ivoire, un pays": after an elided "de", an acronym alone
        there = next((o for o in found if o.start <= a < o.end), None)
        if (there is not None and (there.country or there.end != b)) or countries_in(fold[a:b]):
            continue
        if _TITLE_JUST_BEFORE.search(fold, max(start, a - 40), a):
            continue  # "de la présidente Dilma Rousseff, le groupe britannique …": a person
        said = countries_in(fold[match.start(2) : match.end()])
        country = said[0].country if said else None
        said_to = match.start(2) + said[-1].end if said else None
        if there is not None:
            # "Yildirim Holding, a Turkish company": the name read by its noun, its country
            # said in apposition
            if country is not None:
                there.country, there.said_from, there.said_to = country, a, said_to
            continue
        found.append(OrgMention(text[a:b], "company", a, b, country, None, 0.6, a, said_to=said_to))
    # "un prêt d'Eximbank de Chine", "Afreximbank": a bank's name in one word, its country
    # said after it part of the name
    for match in _ONE_WORD_BANK.finditer(text, start, end):
        a, b = match.start(), match.end()
        if any(o.start <= a < o.end for o in found):
            continue
        said = countries_in(fold[match.start(2) : b]) if match.group(2) else []
        country = said[0].country if said else None
        found.append(OrgMention(text[a:b], "company", a, b, country, None, 0.6))
    # "the Akkuyu Nukleer company", "partners from Huaxin company": the name before the noun,
    # after an article or a preposition
    for match in rx.finditer(
        r"\b(?:the|from|by|with) ((?:[A-Z][\w-]+ ){1,3})(?:company|corporation|firm|group)\b",
        text[start:end],
    ):
        a = start + match.start(1)
        b = a + len(match.group(1).strip())
        if not countries_in(fold[a:b]):
            found.append(OrgMention(text[a:b], "company", a, b, None, None, 0.6))
    for match in rx.finditer(
        # "Winning Investment (HK) Company Limited", "Kestrel Holdings (Thailand) Co. Ltd",
        # "Knowles Electronics (Philippines) Corp.":
        # a bracketed country or its letters among the name's words are the name's ("(Pty)
        # Ltd" is a legal form's); the Nordic forms too ("Klappir Development ehf.", "Vestas
        # Wind Systems A/S"); "Rui Feng (Cambodge) international Co Ltd", its one word in
        # lower case; "Beijing Kelvo Group CO, LTD": the legal form in capitals
        r"([A-Z][\w&-]+(?: (?:(?:and|&) )?(?:[A-Z][\w&-]+(?:(?<=[a-z])['’]s(?= [A-Z]))?|international(?= [A-Z])|\((?!Pty|Pvt)(?:[A-Z]{2,3}|[A-Z][a-z]+)\)(?= [A-Z]| international [A-Z]))){0,11}(?: \((?:Group|Holding|Holdings)\))?(?:,? (?:Co\.|CO|Co(?= LTD)),?)?)(?:(?:(?<=Company)|(?<=Corporation)),|,(?= Inc\.| LLC\b))? (Private Limited|LTD\.?|\(Pvt\) Ltd\.?|Pvt\.? Ltd\.?|P\.? Ltd\.?|Pte\.? Ltd\.?|\(Pty\) Ltd\.?|\([A-Z]{1,2}\) Ltd\.?|Pty\.? Ltd\.?|Limited|Ltd\.?|Inc\.|Corp(?:\.(?!\s*(?:\n|$)))?|& Co\b\.?(?! Ltd| LTD| Limited| KG)|& Cie\b|Co\.|Co(?= \(| and\b|['’]s\b|,| [a-z]{2,}\b)|Plc|PLC|Pcl|PCL|(?:\([A-Z]{1,2}\) )?Sdn\.? Bhd\.?|Bhd|Berhad|Tbk|S\.A\. de C\.V\.|SA de CV|S\.A\.|S\.A(?=[,;)]| [a-z])|SAE|S\.A\.E\.|SA|SpA|K\.K\.|W\.L\.L\.|WLL|Sp\. z o\.o\.|s\.r\.o\.|S\.p\.A\.|GmbH|AG|A\.S\.|CJSC|OJSC|PJSC|JSC|LLC|LLP|FZE|FTZE|FZCO|SARL|S\.A\.R\.L\.|SAS|S\.A\.S\.|Oyj|Oy|AB|ASA|B\.V\.|BV|N\.V\.|NV|SRL|Srl|Ltda|Kft|A/S|ApS|ehf\.?|hf\.)(?![\w])((?:['’]s)? \(([A-Z]{2,})(?:, [^()]{1,20})?\))?",
        text[start:end],
    ):
        # "Norvel Textile Company, Limited", "Kelvo North America, Inc.": the legal form
        # after a comma is the name's too
        a, b = start + match.start(), start + match.end(2)
        if match.group(1) in _CAPITALISED_ARTICLES:
            continue  # "La SARL Knauf Vietnam": the legal form opens the name, read below
        if _FORM_THEN_QUOTED.match(text, start + match.start(2), end):
            continue  # "of Tajikistan and Belarus CJSC “Agrotechservice”": the form opens it
        if text.startswith("The ", a):
            a += 4  # "The Mining and Chemical Supply Limited": the article is no name's
        pair = _TWO_SUFFIXED.match(text, a, b) or _GROUP_AND.match(text, a, b)
        if pair:
            # "Randcem Limited and Nova SL Limited": two companies, each with its suffix
            found.append(OrgMention(pair.group(1), "company", a, a + len(pair.group(1))))
            a = pair.end()
        acronym_and = _ACRONYM_AND.match(text, a, b)
        if acronym_and:
            # "the JPMC and Indian Farmers Fertilizer Cooperative Ltd.": an acronym, then
            # another company; the acronym is left to the reader of acronyms
            a = acronym_and.end()
        # "A CHINESE investor Sinoma … Limited": the nationality said of the company noun
        cue = _NATIONAL_NOUN.search(fold[max(start, a - 50) : a])
        country = cue and next((c.country for c in countries_in(cue.group())), None)
        said_from = max(start, a - 50) + cue.start() if cue and country else None
        paired = rx.search(r" and ([A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s (?=[A-Z])", text[a:b])
        if paired and only_a_country(fold_text(paired.group(1))):
            # "Vietnam's Kaito Group and Japan's Norvel Corp": the second company, by its
            # country's possessive; the first is read by its own (and what was said before
            # the first, its country too: "Kazakhstan's national company X and …")
            a += paired.start(1)
            country = said_from = None
        whose = rx.match(r"([A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s (?=[A-Z])", text[a:b])
        if whose and only_a_country(fold_text(whose.group(1))):
            # "South Korea’s CS Wind Corp": the country's possessive, then the company
            country = country or countries_in(fold_text(whose.group(1)))[0].country
            said_from = a
            a += whose.end()
        owned = _POSSESSIVE.search(fold, max(start, a - 30), a)
        owner = owned.group(1) if owned else ""
        if not only_a_country(owner):
            owner = owner.split(" ")[-1]  # "by china's": the one word
        if not country and owned and only_a_country(owner):
            # "a subsidiary of China's Kaito International Holdings Ltd.": the possessive
            # before the name, read as with a name of no legal form
            country = countries_in(owner)[0].country
            said_from = owned.end(1) - len(owner)
        said_to = None
        apposed = _NATIONAL_AFTER.match(fold, b)
        if not country and apposed and nationality_word(apposed.group(1)):
            # "Sumec Textile & Light Co Ltd, the Chinese firm": whose it is, said after it
            country, said_from, said_to = nationality_word(apposed.group(1)), a, apposed.end()
        possessed = _WHICH_IS_COUNTRYS.match(fold, b) or _COUNTRYS_TRADE.match(fold, b)
        if not country and possessed and only_a_country(possessed.group(1)):
            # "Deepak Nitrite Limited, which is India's one of the leading …": whose it is
            country = countries_in(possessed.group(1))[0].country
            said_from, said_to = a, possessed.end()
        found.append(
            OrgMention(
                text[a:b], "company", a, b, country, match.group(4), 0.7, said_from, None, said_to
            )
        )
    found += _form_then_named(text, fold, start, end, found)
    found += _governments_by_country(text, fold, start, end)
    found += _zones_as_parties(text, fold, start, end)
    found += _styled_in_lower_case(text, start, end)
    found += _initials_and_country(text, fold, start, end, found)
    found += _promoter_of_a_place(text, start, end, found)
    found += _local_administrations(text, start, end, found)
    found += _grupos(text, start, end, found)
    found += _groups_of_companies(text, start, end, found)
    found += _partner_named_after_with(text, fold, start, end, found)
    if not headline:
        found += _actors_opening(text, fold, start, end, found)
        found += _agents_named(text, fold, start, end, found)
        for clause in _THAT_CLAUSE.finditer(fold, start, end):
            # "the announcement in May that Hanwha Q CELLS Korea will create …": a clause
            # said after "that" opens with its subject as a sentence does
            if text[clause.end() : clause.end() + 1].isupper():
                found += _actors_opening(text, fold, clause.end(), end, found)
    for match in rx.finditer(_COMPANY_CUES + r"\b", sentence):
        cue_end = start + match.end()
        if rx.search(
            r"(?<![\w'’-])(?!(?:Le|La|Les|The|Du|Des|Au|Une?|Sa|Son)\b)[A-Z][\w-]* [A-Z][\w-]*$",
            text[max(start, cue_end - 40) : cue_end],
        ):
            # "Orlan Steel Group Chen Bo": a name's last word, no cue ("Le Groupe X", the
            # noun capitalised after its article, is one)
            continue
        if _TITLE_EN.match(fold, cue_end + 1) or _TITLE_FR.match(fold, cue_end + 1):
            continue  # "the group president Li Wei": a title and a person, no company
        if rx.match(r"['’]s ", text[cue_end:end]) and (
            _TITLE_EN.match(fold, cue_end + 3) or _TITLE_FR.match(fold, cue_end + 3)
        ):
            continue  # "the company's general manager Li Wei": its officer, no name of it
        name_start = name_end = 0
        for number, token in enumerate(rx.finditer(r"[\w&'’-]+", text[cue_end:end])):
            at = cue_end + token.start()
            opening = (
                not name_start
                and token.group() in ("Les", "La", "Le")
                and rx.match(r" [A-Z]", text[at + len(token.group()) : end])
            )
            if number > 5 or (not name_start and token.group().casefold() in _STOP and not opening):
                break
            if not name_start and not text[at].isupper() and rx.search(_NAMED_AFTER, match.group()):
                break  # "Chinese firm to build …": the English noun names what follows it
            if not name_start and token.group()[0].isdigit():
                break  # "la nouvelle société investira 8 milliards de francs CFA": a sum
            nation = nationality_word(token.group()) if not name_start else None
            if (
                nation is not None
                and text[at].isupper()
                and not opens_a_place_name(fold, at, at + len(token.group()), nation)
            ):
                # "le groupe Chinois Norinco": whose the group is, not its name ("le groupe
                # Thai Binh": a Vietnamese province's name, the group's)
                continue
            if (
                not name_start
                and (
                    text[cue_end:at].startswith(",")
                    or _VERB_BETWEEN.search(text[cue_end:at])
                    # "la société camerounaise porteuse du projet, X a finalisé": the noun's
                    # own words, then a pause; what follows is the sentence's subject
                    or (
                        "," in text[cue_end:at]
                        and any(
                            not nationality_word(w)
                            for w in rx.findall(r"[\w'’-]+", text[cue_end:at])
                        )
                    )
                )
            ):
                # "the company will start production next May", "du Groupe, Alhaji X": a
                # clause or a pause between the noun and the word, which names no company
                break
            if (
                not name_start
                and rx.fullmatch(r"d['’][A-Z][\w&'’-]*", token.group())
                and nationality_word(text[cue_end:at].strip())
                and not nationality_word(token.group()[2:])
                and fold_text(token.group()[2:]) not in ("etat", "ile")
            ):
                # "la société indienne d'Infra Skipper": the name after its elided article
                name_start, name_end = at + 2, at + len(token.group())
                continue
            numbered = (
                name_start and token.group().isdigit() and text[name_end - 2 : name_end] == "No"
            )
            if text[at].isupper() or numbered or (name_start and token.group() == "&"):
                between = text[name_end:at]
                if (
                    name_start
                    and between.strip(' «»"') != ""
                    and not (between == ". " and text[name_end - 2 : name_end] == "No")
                    and not _name_connector(between, lang)
                ):
                    break
                name_start = name_start or at
                name_end = at + len(token.group())
            elif (
                name_start
                and token.group() in _LOWER_NAME_WORDS
                and text[name_end:at] == " "
                and not rx.match(r" (?:de|du|des|d'|of)\b", text[at + len(token.group()) : end])
            ):
                # "le groupe Olam international": a company's last word in lower case
                name_end = at + len(token.group())
                break
            elif (
                name_start
                and _name_connector(text[name_end : at + len(token.group()) + 1], lang)
                and text[at + len(token.group()) + 1 : at + len(token.group()) + 2].isupper()
            ):
                continue  # "Tierra del Fuego Energia y Quimica": one name, its "del", its "y"
            elif name_start:
                break
        if not name_start:
            continue
        if text[name_start : name_start + 3] in ("Les", "La ", "Le "):
            # "la société Les Ciments du Tarvel": a name that opens with its article is a
            # noun phrase, and runs on over its complements
            runs = _ARTICLED_NAME_RUNS.match(text, name_end, end)
            name_end = runs.end() if runs else name_end
        runs_on = _LOWER_THEN_NAME.match(text, name_end, end)
        if (
            runs_on
            and " " not in text[name_start:name_end]
            and rx.search(
                rf"(?<![\w-]){re.escape(runs_on['again'])}(?![\w-])",
                text[:name_start] + " " + text[runs_on.end() :],
            )
        ):
            # "la société chinoise Solutions d'alarme incendie Maple Armor Canada": a name's
            # words in lower case, then its capitals the text says again ("Maple Armor")
            name_end = runs_on.end()
        name = text[name_start:name_end]
        if name.split()[0].rstrip(".") in _HONORIFICS | {"M"}:
            continue  # "the company's directors, Mr Wang Lei": a person
        cue_from = start + match.start()
        of = rx.match(r"(?:de |du |d'|des )", fold[cue_from : cue_from + 4])
        if "," in text[cue_end:name_start] and _HEAD_OF_BEFORE.search(
            fold, max(start, cue_from - 60), cue_from + (of.end() if of else 0)
        ):
            continue  # "le directeur général de la filiale tunisienne, Pedro Alves": its head
        in_between = rx.findall(r"[\w'’-]+", text[cue_end:name_start])
        if (
            any(not nationality_word(w) for w in in_between)
            and in_between[-1].casefold() in ("a", "à", "au", "aux", "en", "in", "at", "to")
            and _place_word(name)
        ):
            continue  # "le groupe français investit à Tanger": a verb, then a place
        if text.startswith("$", name_end):
            continue  # "US$": a currency
        cue_initials = "".join(
            w[0] for w in rx.findall(r"[a-z]+", fold[start + match.start() : cue_end])
        )
        if name.isupper() and len(name) >= 2 and cue_initials.endswith(name.casefold()):
            continue  # "une joint-venture (JV)": the cue's own letters, no company's name
        known = _known_prefix(name, text[name_end : name_end + 3])
        if known:
            # "the group Danieli Gian Pietro Benedetti": a company the reader knows, then a
            # person's name
            name_end = name_start + known
            name = text[name_start:name_end]
        cue_span = fold[max(start, start + match.start() - 15) : name_start]
        # "l'Etat gabonais et le groupe X", "l'italien Fiat, du groupe X": a country said
        # before a pause or an "and" is another's
        pause = max(cue_span.rfind(","), cue_span.rfind(" et "), cue_span.rfind(" and "))
        cue_span = cue_span[pause + 1 :] if pause >= 0 else cue_span
        # "in Angola, the Chinese company Niodior": the country said nearest the name
        nearest = next(reversed(countries_in(cue_span)), None)
        country = nearest.country if nearest else None
        span_start = name_start - len(cue_span)
        if (
            nearest
            and rx.fullmatch(
                r" (?:du |de la |de l'|de |d'|des |of (?:the )?)(?:[\w-]+ ){0,2}",
                fold[span_start + nearest.end : name_start],
            )
            and _PLANT_BEFORE_ADJECTIVE.search(
                fold, max(0, span_start + nearest.start - 30), span_start + nearest.start
            )
        ):
            # "la première usine canadienne du groupe X": the nationality is the plant's,
            # said before its owner, not the group's
            country = None
        if rx.search(r"\b[a-z]{3,}o-[a-z]+ $", cue_span):
            country = None  # "le groupe sino-européen X": two countries' or more, no one's
        if rx.fullmatch(r"(?: [\w-]+)? (?:de|du|des|d'|of) ?", fold[cue_end:name_start]) and not (
            # ("la société indienne d'Infra Skipper": the company itself, its article elided)
            fold[name_start - 2 : name_start] == "d'"
            and rx.search(r"\b(?:societe|entreprise|compagnie|firme|groupe)$", fold[:cue_end])
        ):
            # "la filiale sénégalaise de Lesieur Cristal": the nationality is the
            # subsidiary's, the company named after "de" the one that owns it
            country = None
        found.append(
            OrgMention(
                name, "company", name_start, name_end, country, None, 0.65, start + match.start()
            )
        )
    # "appartenant au groupe nippon, Toray Industries", "the Korean group, Daewoo Corp",
    # "Directeur Général de la société, Alva One": the noun, a pause, then the name
    for match in _CAPITAL_HELD.finditer(text, start, end):
        # "Le capital de Koniambo Nickel est détenu à 49% par …": a company, by its shares
        a, b = match.start("name"), match.end("name")
        if not _overlaps(a, b, found) and not countries_in(fold[a:b]):
            found.append(OrgMention(text[a:b], "company", a, b, None, None, 0.6))
    for match in _NOUN_THEN_NAME.finditer(text, start, end):
        a, b = match.start("name"), match.end("name")
        if any(o.start <= a < o.end for o in found) or countries_in(fold[a:b]):
            continue
        first = match.group("name").split()[0]
        if fold_text(first) in _NOT_NAMES | _STOP or first.rstrip(".") in _HONORIFICS | {"M"}:
            continue  # "du Groupe, Alhaji X": a person
        noun = text[match.start() : a].rstrip(", ").split()[-1] if not match["adjective"] else ""
        if (
            noun[:1].isupper()
            and rx.search(r"[A-Z][\w&’'-]* $", text[max(start, match.start() - 30) : match.start()])
        ) or _HEAD_OF_THIS.search(fold[max(start, match.start() - 60) : match.start()]):
            # "le PDG de Norvalis Group, Karim X": the noun ends the company's name, and
            # "le directeur général de ce groupe, Omar X" says the company spoken of; the
            # name after the pause is the head's
            continue
        # "le patron du groupe, X": the "du" the match opens with is the title's "of"
        article = rx.match(r"(?:du|the) ", fold[match.start() : a])
        said_before = fold[
            max(start, match.start() - 60) : match.start() + (article.end() if article else 0)
        ]
        if (
            _HEAD_OF_BEFORE.search(said_before)
            and not rx.match(r", [A-Z]", text[b : b + 3])
            and not rx.search(r"\bautos?\b|" + _COMPANY_WORD.pattern, fold[a:b])
        ):
            # "le directeur général de la société, Karim Benali, a déclaré": the head named,
            # a person; the company is named when a name follows it ("… de la société,
            # Alva One, Abdelmajid Jemiï") or its words are a company's ("Ventis Auto")
            continue
        adjective = match.group("adjective")
        country = nationality_word(adjective) if adjective else None
        said_from = match.start() if country else None
        found.append(OrgMention(text[a:b], "company", a, b, country, None, 0.6, said_from))
    # Companies named in quotes after a cue: des sociétés publiques "S & H" et "TEXALG"; in
    # curly quotes, just after the company's noun: national company “Ghayurcement”
    cued = rx.search(_COMPANY_CUES, sentence)
    for quoted in rx.finditer(r"[\"«“„]\s?([A-Z][^\"«»“”„]{0,30}?)\s?[\"»”“]", text[start:end]):
        a, b = start + quoted.start(1), start + quoted.end(1)
        curly = text[start + quoted.start()] in "“„"
        # "le Groupe dominicain « M »", "la première usine de la République Populaire de
        # Chine « Kelvo Headwear »": the company's noun or its country's plant just before
        noun = _NOUN_THEN_QUOTED.search(fold, max(start, a - 120), a)
        plant = None
        noun_then = (
            noun is not None
            and (noun["adjective"] is None or nationality_word(noun["adjective"]) is not None)
        ) or bool(
            (plant := _PLANT_OF_A_COUNTRY_QUOTED.search(fold, max(start, a - 80), a))
            and only_a_country(plant.group(1).strip())
        )
        if not (noun_then or (cued and not curly)):
            continue  # "la ville dédiée à l'industrie … “Tanger Automotive City”": a place's
        if _GRADE_QUOTED.search(fold, max(start, a - 30), a) or (
            rx.fullmatch(r"[A-Z][+-]*", quoted.group(1)) and not noun_then
        ):
            continue  # "a certificate \"A\"", "la catégorie « B »": a grade, no company
        if _ZONE_QUOTED.search(fold, max(start, a - 40), a):
            continue  # "dans la zone franche « X City »": a zone's name, a place
        if not any(o.start <= a < o.end for o in found):
            # (its country said by its nationality or by its plant's: "le Groupe dominicain
            # « M »", "l'usine de la République Populaire de Chine « X »")
            country, said_from = None, None
            if noun is not None and noun["adjective"]:
                country, said_from = nationality_word(noun["adjective"]), noun.start()
            elif plant is not None and noun is None:
                said = countries_in(plant.group(1).strip())
                country, said_from = (said[0].country, plant.start(1)) if said else (None, None)
            found.append(
                OrgMention(quoted.group(1), "company", a, b, country, None, 0.55, said_from)
            )
    found += _described_then_named(text, fold, start, end, found)
    found += _colon_named(text, fold, start, end, found)
    found += _possessed_then_named(text, fold, start, end, found)
    found += _builders_named(text, fold, start, end, found)
    found += _owners_named(text, fold, start, end, found)
    for pattern in (_PARENT_THEN_NAME, _BOSS_OF_NAME, _OWN_SUBSIDIARY_NAMED, _STATE_OPERATOR):
        found += _companies_named_after(pattern, text, fold, start, end, found)
    found += _agencies_named(text, fold, start, end, found)
    found += _zones_that_sign(text, start, end, found)
    found += _capitals_with_article(text, fold, start, end, found)
    found += _capitals_joined(text, fold, start, end, found)
    # An acronym in brackets after an organisation names it too: "(Sonatrach)", "(IRRPL)".
    inside: list[OrgMention] = []
    for org in found:
        spelled = rx.match(r"\s*\(\s*([A-Z][\w'’-]+(?: [\w'’-]+){1,6})\s*\)", text[org.end : end])
        if spelled and org.name.isupper() and spelled.group(1)[0] == org.name[0]:
            # "CIMAF (Ciment de l'Afrique)": the acronym spelled out, its name too
            org.also = spelled.group(1)
            continue
        at = org.end
        whose = rx.match(r" ([\w-]+)(?= \()", text[at:end])
        if whose and nationality_word(whose.group(1)):
            at += whose.end()  # "le Fonds national d'investissement algérien (FNI)"
        # "(SNIM-publique)": what the acronym is, in lower case after a hyphen, is no part of it
        bracket = rx.match(r"\s*\(\s*([A-Za-z][\w-]+?)(?:-[a-zà-ÿ]+)?\s*\)", text[at:end])
        if (
            bracket
            and bracket.group(1)[0].islower()
            and not _initials_of(org.name, bracket.group(1))
        ):
            bracket = None  # "(dti)" is the Department of Trade and Industry's; "(en)" no name
        if bracket and bracket.group(1).isupper() and not _may_stand_for(org.name, bracket[1]):
            bracket = None  # "United Aryan (EPZ)": the letters are another name's
        if bracket and only_a_country(fold_text(bracket.group(1))):
            bracket = None  # "Kelvar Industries (India)": the subsidiary's country, no name
        if bracket and org.acronym is None:
            if (
                bracket.group(1).isupper()
                or _initials_of(org.name, bracket.group(1))
                or _capitals_spell(org.name, bracket.group(1))
                or _short_name_in_brackets(text, org, bracket.group(1))
            ):
                org.acronym = bracket.group(1)
            else:  # "la société nationale … ( Sonatrach )": its name, given again
                org.also = bracket.group(1)
            inside += [o for o in found if org.end <= o.start < at + bracket.end()]
        short = None if bracket else _SHORT_NAME_IN_BRACKETS.match(text, at, end)
        if (
            short
            and org.also is None
            and _BODY_WORD.fullmatch(fold_text(short[1].split()[-1]))
            and not countries_in(fold_text(short[1]))
        ):
            # "la Banque d'import-export de l'Inde (Exim Bank)": its short name, given again
            org.also = short[1]
            inside += [o for o in found if org.end <= o.start < at + short.end()]
    for spelled_out in _acronym_spelled(text, fold, start, end):
        # (its letters read as a name of their own; "… (MBW) and Tarvelmash": another's)
        closed = text.find(")", spelled_out.end, spelled_out.end + 12)
        until = closed if closed >= 0 else spelled_out.end + 12
        inside += [o for o in found if spelled_out.end < o.start < until]
        found.append(spelled_out)
    found += _known(text, fold, start, end, found)
    found += _chambers(text, start, end, found)
    found += _elided_acronyms(text, fold, start, end, found)
    found += _article_acronyms(text, fold, start, end, found)
    found += _spelled_before_acronym(text, fold, start, end, found)
    for match in _APPOSED_NATIONALITY.finditer(text, start, end):
        a, b = match.start("name"), match.end("name")
        # the nationality, the noun's first word or its second ("groupe immobilier marocain")
        country = next(filter(None, map(nationality_word, match["whose"].split())), None)
        if country is None or countries_in(fold[a:b]) or _opens_no_company(match["name"], fold, a):
            continue
        if _TITLE_JUST_BEFORE.search(fold, max(start, a - 40), a):
            continue  # (the same person, read by the nationality said after the noun)
        there = next((o for o in found if o.start < b and a < o.end), None)
        if there is None:
            there = OrgMention(text[a:b], "company", a, b, None, None, 0.6)
            found.append(there)
        if there.country is None and not rx.match(r" [A-Z]", text[match.end() : match.end() + 2]):
            # (not the next name's: "…, Prasa, l'industriel français Alstom")
            there.country, there.said_from = country, a
            there.said_to = match.end()
    for match in _TRADE_THEN_APPOSED.finditer(text, start, end):
        # "l'opérateur public de transport sud-africain, Prasa, …": whose the body is,
        # said before its name and a comma
        country = nationality_word(match["whose"])
        a, b = match.span("name")
        if country is None or countries_in(fold[a:b]) or fold_text(match["name"]) in _NOT_NAMES:
            continue
        there = next((o for o in found if o.start < b and a < o.end), None)
        if there is None:
            there = OrgMention(match["name"], "company", a, b, None, None, 0.6)
            found.append(there)
        if there.country is None:
            there.country, there.said_from, there.said_to = country, match.start(), b
    found += _french_body_before_letters(text, start, end, found)
    for match in _TOWN_COUNCIL.finditer(text, start, end):
        a, b = match.span("council")
        if not _overlaps(a, b, found):
            found.append(OrgMention(match["council"], "agency", a, b, None, None, 0.6))
    for match in _ZONE_HEADED.finditer(text, start, end):
        # "the head of the Naryn FEZ X": the zone's administration, a body with a head
        a, b = match.span("zone")
        if not _overlaps(a, b, found):
            found.append(OrgMention(match["zone"], "agency", a, b, None, None, 0.6))
    _listed_by_nationality(text, fold, start, end, found)
    _listed_after_their_trade(text, fold, start, end, found)
    for org in found:
        participle = _whose_participle(text, org)
        _possessive_cut(org)
        _adverb_cut(org)
        _quoted_before_form(text, org)
        _country_after(fold, org)
        _local_arm(text, fold, org)
        _company_noun_opening(text, org)
        _joint_venture_opening(org)
        _nationality_cut(text, fold, org)
        joined = [
            o
            for o in found
            if participle
            and o.country is None
            and rx.fullmatch(r" (?:and|et|&) ", text[org.end : o.start])
        ]
        for other in joined:
            # "Korean-funded YPE Vina Co. Ltd. and Korea Circuit Co. Ltd.": both Korean
            other.country, other.said_from = participle, org.said_from
    kept = [
        o
        for o in found
        if o not in inside
        and not _PRESS.search(fold_text(o.name))
        and not _PRESS_SAID_BEFORE.search(fold, max(start, o.start - 30), o.start)
        # "Wengpeng Group, China": a country said after a company is whose it is, no company
        and not only_a_country(fold_text(o.name))
        and not _not_an_org(text, fold, start, o)
        and not _nationality_and_noun(o.name)
    ]
    return _longest(kept)


_GENERIC_COMPANY_NOUNS = frozenset(
    {"company", "companies", "firm", "group", "corporation", "enterprise", "entreprise"}
    | {"societe", "groupe", "compagnie", "firme", "investor", "investors", "investisseur"}
)


# "South Korean shipyards including X and Y", "des producteurs japonais tels que X et Y",
# "trois marques allemandes que sont X, Y et Z": companies listed after their kind, said
# with their country's adjective
_KIND_LISTED = re.compile(
    r"\b(?P<kind>(?:[a-z-]+ ){1,3}(?:companies|firms|groups|shipyards|makers|producers"
    r"|manufacturers|carmakers|automakers|brands|corporations|banks|investors|trading houses"
    r"|producteurs|constructeurs|groupes|entreprises|societes|marques|fabricants"
    r"|investisseurs|banques)(?: [a-z-]+){0,2}),? (?:including|such as|like|among them"
    r"|tels? que|telles? que|que sont|dont|notamment|comme) "
)


def _listed_by_nationality(
    text: str, fold: str, start: int, end: int, found: list[OrgMention]
) -> None:
    """Each company listed after its kind and its country's adjective ("South Korean
    shipyards including Samsung Heavy Industries Co. and STX Shipbuilding Co.", "des
    producteurs japonais tels que Toyota Motor et Isuzu Motor") is of that country; a
    capitalised name of the list no rule read is a company all the same."""
    for match in _KIND_LISTED.finditer(fold, start, end):
        if not text[match.end() : match.end() + 1].isupper():
            continue  # "including the announcement in May that …": a clause, no list
        words = match.group("kind").split()
        said = [w for w in words if nationality_word(w) or nationality_word(w.removesuffix("s"))]
        pairs = [f"{a} {b}" for a, b in pairwise(words)]
        said = [p for p in pairs if nationality_word(p)] or said
        if len(said) != 1:
            continue
        country = nationality_word(said[0]) or nationality_word(said[0].removesuffix("s"))
        said_from = match.start() + match.group().index(said[0])
        stop = _LIST_ENDS.search(text, match.end(), end)
        until = stop.start() if stop else end
        for named in _LISTED_NAME.finditer(text, match.end(), until):
            a, b = named.start(), named.end()
            if not _overlaps(a, b, found) and not countries_in(fold[a:b]):
                found.append(OrgMention(text[a:b], "company", a, b, None, None, 0.5))
        for org in found:
            if match.end() <= org.start < until:
                org.listed = True
                if org.country is None:
                    org.country, org.said_from, org.said_to = country, said_from, org.end


# "the world's two biggest diamond producers, De Beers and Alrosa of Russia,": companies
# named after the plural of their trade and a comma, two or more, "and" before the last
_NAME_OF = r"[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3}(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)?)?"
_TRADE_THEN_NAMES = re.compile(
    r"\b(?:producers|makers|manufacturers|companies|firms|groups|miners|carmakers|automakers"
    r"|suppliers|rivals|competitors|players|giants|producteurs|fabricants|groupes|entreprises"
    rf"|societes|constructeurs), ((?:{_NAME_OF}, )*{_NAME_OF},? (?:and|et) {_NAME_OF})(?=[,.;])"
)


def trade_lists(text: str) -> list[tuple[int, int]]:
    """Where ``text`` lists companies after their trade (``_TRADE_THEN_NAMES``)."""
    return [m.span(1) for m in _TRADE_THEN_NAMES.finditer(text)]


def _listed_after_their_trade(
    text: str, fold: str, start: int, end: int, found: list[OrgMention]
) -> None:
    """Each company of a list after its trade in the plural (``_TRADE_THEN_NAMES``) is a
    company the article compares, no party; "Alrosa of Russia" is Russia's."""
    for match in _TRADE_THEN_NAMES.finditer(text, start, end):
        if fold[match.start() : match.end()] != fold[match.start() : match.end()].lower():
            continue
        at = match.start(1)
        for part in rx.split(r", (?:and |et )?|,? (?:and|et) ", match.group(1)):
            a = text.index(part, at)
            at = a + len(part)
            of = rx.search(r" of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)$", part)
            country = None
            if of and only_a_country(fold_text(of.group(1))):
                country = countries_in(fold_text(of.group(1)))[0].country
                part = part[: of.start()]
            b = a + len(part)
            if countries_in(fold[a:b]) or fold_text(part) in _NOT_NAMES:
                continue
            there = next((o for o in found if o.start < b and a < o.end), None)
            if there is None:
                there = OrgMention(part, "company", a, b, None, None, 0.5)
                found.append(there)
            there.listed = True
            if country and there.country is None:
                there.country, there.said_from, there.said_to = country, a, at


# Where a list of names ends: a pause that is no legal form's point, or a verb
_LIST_ENDS = re.compile(
    r"[;:()]|\.(?= [A-Z]|\s*$)|, (?!(?:and|et) )[a-z]"
    r"| (?:are|is|were|was|will|have|has|sont|est|ont|seront)\b"
)
# A name the list says: its capitalised words, to the next comma, "and", "et"
_LISTED_NAME = re.compile(
    r"(?<![\w&.-])[A-Z][\w&-]*(?: (?!and\b|et\b)[A-Z][\w&.-]*){0,4}(?![\w&-])"
)


def _nationality_and_noun(name: str) -> bool:
    """True if a name is a nationality and a company's noun only ("South Korean Company",
    "Chinese Company" in a headline's capitals): what a company is, no company's name."""
    words = fold_text(name).split()
    return (
        len(words) >= 2
        and words[-1] in _GENERIC_COMPANY_NOUNS
        and all(nationality_word(w) or w in ("south", "north") for w in words[:-1])
    )


# A company's name that keeps its brand's lower case after its letters: "SK innovation",
# "LG energy solutions", "KTX mobility".
_STYLED_IN_LOWER_CASE = re.compile(
    r"(?<![\w&'’-])[A-Z]{2,5} (?:innovation|energy|solutions|mobility|materials|display|"
    r"chemical|hightech)(?: solutions)?(?![\w-])"
)


# "through IDA Ireland", "with UKEF": a body's initials, then its country's name
_INITIALS_THEN_COUNTRY = re.compile(
    r"(?<![\w&.-])([A-Z]{2,5}) ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![\w&-])"
)


def _initials_and_country(
    text: str, fold: str, start: int, end: int, known: list[OrgMention]
) -> list[OrgMention]:
    """A body named by its initials and its country's name, no other name read there
    ("supported by the Irish Government through IDA Ireland"): a body (a country's own
    initials, "US China", a compass point, "NW Hungary", and the last words of a longer
    name, "Hanwha Q CELLS Korea", name none)."""
    found = []
    for match in _INITIALS_THEN_COUNTRY.finditer(text, start, end):
        if match[1] in _INITIALS_COUNTRY or match[1] in ("EU", "UN", "USA", "UAE", "PRC", "DRC"):
            continue
        if rx.fullmatch(r"[NSEW]{1,3}", match[1]) or rx.search(
            r"[A-Z][\w&.-]* $", text[: match.start()][-30:]
        ):
            continue
        if _overlaps(match.start(), match.end(), known):
            continue
        said = fold[match.start(2) : match.end(2)]
        if not only_a_country(said) or rx.match(r" ?[A-Z]", text[match.end() : match.end() + 2]):
            continue
        # (no country: the one in its name says where it works, as "Pure Diets Mozambique"
        # says, not whose it is)
        found.append(OrgMention(match.group(), "other", match.start(), match.end()))
    return found


# "Par l'entremise d'Investissement Québec", "through Invest India": an investment
# agency named by its word and the country or province it draws investors to
_PROMOTER_THEN_PLACE = re.compile(
    r"(?<![\w&.-])(?:Investissement|Invest|Enterprise) ([A-Z][\w-]+(?: [A-Z][a-z]+)?)(?![\w&-])"
)


def _promoter_of_a_place(
    text: str, start: int, end: int, known: list[OrgMention]
) -> list[OrgMention]:
    """Each investment agency named by its word and a place's name, no other name read
    there (no country: the place says where it works, not whose it is)."""
    return [
        OrgMention(match.group(), "agency", match.start(), match.end())
        for match in _PROMOTER_THEN_PLACE.finditer(text, start, end)
        if (_place_word(match[1]) or world_subdivision_country(match[1]))
        and not _overlaps(match.start(), match.end(), known)
    ]


# "the Jizzakh regional administration", "the Kratie provincial administration", "Pavlodar
# oblast administration": a region's or a town's government, named by the place and its
# noun in lower case
_PLACE_THEN_ADMINISTRATION = re.compile(
    # ("The Khorezm regional administration": the sentence's article is no word of the place)
    r"(?<![\w&.-])(?!The )[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
    r" (?:regional|provincial|city|district|municipal|oblast|county)"
    r" (?:administration|government|council)(?![\w-])"
)


def _local_administrations(
    text: str, start: int, end: int, known: list[OrgMention]
) -> list[OrgMention]:
    """Each local government named by its place and its noun in lower case, the place one
    the world's gazetteers know (no country: the place says where it governs)."""
    found = []
    for match in _PLACE_THEN_ADMINISTRATION.finditer(text, start, end):
        place = match.group().rsplit(" ", 2)[0]
        if not (
            _place_word(place) or world_subdivision_country(place) or world_town_country(place)
        ) or _overlaps(match.start(), match.end(), known):
            continue
        found.append(OrgMention(match.group(), "agency", match.start(), match.end()))
    return found


# "India's Kelvo group of companies": a group named by its name and its noun in lower case
_GROUP_OF_COMPANIES = re.compile(r"(?<![\w&.'’-])(?:[A-Z][\w&-]*[ \t]){1,3}group of companies\b")


def _groups_of_companies(
    text: str, start: int, end: int, known: list[OrgMention]
) -> list[OrgMention]:
    """Each group named with "group of companies" after its name, no other name read there."""
    return [
        OrgMention(match.group(), "company", match.start(), match.end())
        for match in _GROUP_OF_COMPANIES.finditer(text, start, end)
        if not _overlaps(match.start(), match.end(), known)
    ]


# "Grupo Kelvamex S.A.B. de C.V.", "Grupo Norte": a Spanish or Portuguese group, its noun
# the first word of its name, the legal form after it none
_GRUPO = re.compile(
    r"(?<![\w&.-])Grupo(?: (?!S\.A)[A-Z][\w&'’-]*){1,3}(?![\w&-])"
    r"(?P<form>,? S\.A\.(?:B\.)?(?: de C\.V\.)?)?"
)


def _grupos(text: str, start: int, end: int, known: list[OrgMention]) -> list[OrgMention]:
    """Each Spanish or Portuguese group named with its noun, no other name read there."""
    found = []
    for match in _GRUPO.finditer(text, start, end):
        b = match.start("form") if match["form"] else match.end()
        if _overlaps(match.start(), b, known):
            continue
        found.append(OrgMention(text[match.start() : b], "company", match.start(), b))
    return found


# A French body's name in lower case after its noun, then its letters in brackets: "la
# Société d'investissement et de promotion de l'industrie (SIPI-Bénin)"
_FRENCH_BODY_LETTERED = re.compile(
    r"(?<![\w-])(?P<name>(?:Société|Agence|Office|Fonds|Banque|Compagnie|Autorité|Caisse"
    r"|Centre|Conseil|Institut) [a-zà-ÿ'’ -]{3,90}?) \((?P<letters>[A-Z]{3,8})(?:-[A-ZÀ-Ý][\w-]+)?\)"
)
_FRENCH_SMALL_WORDS = frozenset(
    {"de", "du", "des", "d", "et", "la", "le", "l", "les", "pour", "en"}
)


def _french_body_before_letters(
    text: str, start: int, end: int, known: list[OrgMention]
) -> list[OrgMention]:
    """Each French body named in lower case after its noun, its letters in brackets after
    it the initials of its words ("SIPI-Bénin": its country after a hyphen)."""
    found = []
    for match in _FRENCH_BODY_LETTERED.finditer(text, start, end):
        words = [w for w in rx.split(r"[\s'’]+", match["name"]) if w]
        initials = "".join(w[0] for w in words if fold_text(w) not in _FRENCH_SMALL_WORDS)
        a, b = match.span("name")
        if initials.upper() != match["letters"] or _overlaps(a, b, known):
            continue
        bracket = match.group()[match.end("name") - match.start() + 2 : -1]
        found.append(OrgMention(match["name"], "agency", a, b, None, bracket, 0.65))
    return found


def _styled_in_lower_case(text: str, start: int, end: int) -> list[OrgMention]:
    """Each company named by its capital letters and a word of its trade in lower case, as
    the company styles it ("SK innovation", "KTX mobility"), that the text writes so twice
    or more: a name, not the letters and a common noun ("the EDF energy plan")."""
    return [
        OrgMention(match.group(), "company", match.start(), match.end(), confidence=0.6)
        for match in _STYLED_IN_LOWER_CASE.finditer(text, start, end)
        if len(rx.findall(rf"(?<![\w-]){re.escape(match.group())}(?![\w-])", text)) >= 2
    ]


# "un accord avec le gouvernement slovaque", "financé par le gouvernement bolivien", "Le
# Gouvernement centrafricain … ont signé": a government by its country's adjective, said as
# the one who signs, pays or owns (after "avec le", "par le", or opening a sentence that
# says a signing)
_GOVERNMENT_OF = re.compile(
    # ("les relations entre Orano et le gouvernement mongol": the second of a pair)
    # ("N'Djamena - Le gouvernement tchadien et X ont signé": a dateline before it)
    r"(?:\b(?:avec|par) le |^le |^[^.;]{0,60}\) [–—-] le |^[a-z' -]{1,40}? [–—-] le "
    r"|\bentre [^.;,]{1,40}? et le (?=gouvernement [a-z-]+\b(?!,))"
    # ("une convention conclue entre le gouvernement congolais et le groupe X": the first)
    r"|\bentre le (?=gouvernement [a-z-]+ et\b)"
    # ("La société X et le gouvernement nigérien ont signé": the second of two who sign)
    r"|\bet le (?=gouvernement [a-z-]+ (?:ont|viennent|avaient|signent|paraphent)\b))"
    r"(gouvernement ([a-z-]+))\b"
)
# "financé par un prêt de 1 milliard de dollars du gouvernement indien", "a $1 billion loan
# from the Indian government": the government that lends or grants the money pays for it
_GOVERNMENT_LENDS = re.compile(
    r"\b(?:pret|credit|financement|don|subvention|loan|credit|grant|financing|funding"
    # "would receive tax incentives and other support from the Paraguayan government"
    r"|incentive|support|subsid(?:y|ie)|aid|assistance|backing|soutien|aide|appui|incitation)s?\b"
    r"[^.;]{0,60}?\b(?:du |from the )((?:gouvernement ([a-z-]+))|(?P<adjective>[a-z-]+) government)\b"
)
# "a joint venture between the Kyrgyz government, local investors and X", "backed by the
# Japanese government", "thanked the Lithuanian government for its support": the English
# government by its country's adjective, said as the one who takes part, pays or helps
_GOVERNMENT_OF_EN = re.compile(
    r"\b(?:with|by|between|thanked) the ((?P<adjective>[a-z-]+) government)\b(?! of\b)"
    # "The Finnish government will support the project by capitalising X": the subject
    # that pays or owns
    r"|\bthe ((?P<adjective2>[a-z-]+) government) (?:will |would |has |is to |agreed to )?"
    r"(?:support|fund|finance|co-finance|invest|contribute|grant|provide|own|hold)"
    r"(?:s|ed|ing)? (?:the|a|an|its|\d)"
    # "With the support of the Lithuanian government", "the Albanian government offers
    # state-owned land": the government that helps, by its noun or its verb
    r"|\b(?:support|backing|assistance|help) of the ((?P<adjective3>[a-z-]+) government)\b"
    r"|\bthe ((?P<adjective4>[a-z-]+) government) (?:offers|offered|will offer|has offered|provides|provided"
    # "the company will pay the Afghan government $400m a year", "The Afghan government
    # wants to attract foreign companies": the government the project pays or serves
    r"|wants|hopes|says|said|expects)\b"
    r"|\b(?:pay|pays|paid|paying) the ((?P<adjective5>[a-z-]+) government)\b"
    # "The Uzbek government has signed a $1.5 billion agreement with X": the signer
    r"|\bthe ((?P<adjective6>[a-z-]+) government) (?:has |have |had |will |is to |on \w+ )?"
    r"(?:signed|signs|sign|inked|sealed|concluded)\b"
    # "The Fijian government will build a plant", "the Kelvo government plans to set up":
    # the builder
    r"|\bthe ((?P<adjective7>[a-z-]+) government) (?:will |would |is to |plans to |intends to"
    r" |(?:has |have )?agreed to )(?:build|construct|set up|establish|develop|open)\b"
    # "The Fijian government and Tarvo Water of Japan have agreed …": a sentence opened by
    # the government and the partner it acts with (after a dateline's dash too: "BISHKEK,
    # June 3 (Kabar) - The Kyrgyz government and …")
    r"|(?:^|(?<=[.!?] )|(?<=\n)|(?<=[-–—] ))the ((?P<adjective8>[a-z-]+) government) and [^.;]{1,60}?"
    r" (?:(?:have|has|will|on \w+) )?(?:agreed to (?:build|set up|construct|develop|establish)"
    r"|signed|inked|will build)\b"
)


# "détenue à 20 % par l'État du Sénégal", "une convention avec l'Etat de la Côte d'Ivoire":
# a state named by its country, said as the one who owns, pays or signs (after "par",
# "avec"), as a government is (gold rule 9); "l'État" alone, "le chef de l'État du X" none.
# "L'État ouzbek … ont signé", "avec l'État malien": a state by its country's adjective (a
# company's shareholder, "détenu à 49 % par l'État malien", is none; a project's, "25% pour
# l'Etat béninois", one of its parties); "signée entre l'Etat guinéen et
# …", "entre la société et l'Etat indien", "soutenus par l'Etat ivoirien": one of those who
# sign, one who backs.
_STATE_WHOSE = re.compile(
    r"(?:\bavec |\bentre |\bet |\bsoutenue?s? par |^|(?<=% )pour |(?<=% )par )"
    r"l['’](etat ([a-z-]+))\b(?! de\b| du\b)"
)
_STATE_OF = re.compile(
    r"\b(?:avec|par|entre) l['’](?P<name>etat (?:du |de la |de l['’]|des |d['’])"
    r"(?P<country>[a-z][\w'’-]*(?: [a-z][\w'’-]*){0,3}))"
)


# A company's own capital said before its holders: "une société anonyme dont le capital social
# est détenu", "Le capital est détenu à 49 % par l'État malien", "whose share capital is held"
_SHARE_CAPITAL = re.compile(
    r"\b(?:capital social|share capital|capital-actions|(?:le|son|dont le) capital (?:est|sera)"
    r" detenu)\b"
)


# "le gouvernement du Vanuatu", "avec le gouvernement de la Côte d'Ivoire": a government
# named by its country's name (not a title's words: "le chef du gouvernement du Maroc")
_GOVERNMENT_OF_FR = re.compile(
    r"(?<!\bchef du )(?<!\bmembre du )(?<!\bmembres du )(?<!porte-parole du )(?<!\bministre du )"
    r"\b(?P<name>gouvernement (?:du |de la |de l['’]|des |d['’])"
    r"(?P<country>[a-z][\w'’-]*(?: [a-z][\w'’-]*){0,3}))"
)


# A country's formal name before its own: "République du Mali", "République islamique de"
_REPUBLIC_OF = re.compile(r"republique (?:[a-z]+ )?(?:du |de la |de l'|des |d'|de )")


# The sentence says a signing: "ont signé", "ont paraphé", "a conclu" (folded)
_SIGNS = re.compile(r"\bsign|\bparaph|\bconclu")


def _governments_by_country(text: str, fold: str, start: int, end: int) -> list[OrgMention]:
    """Each government the sentence names by its nationality as a party: named by its
    country's adjective (gold rule 9, "Gouvernement slovaque"), its country the
    adjective's. "le gouvernement a décidé" names no country; "membres du gouvernement
    ivoirien", "le Chef du gouvernement marocain" are a title's words; "soutenir le
    gouvernement ivoirien", "entre le gouvernement vietnamien, les ministères …" name
    no party to the project."""
    found = []
    for match in _GOVERNMENT_OF.finditer(fold[start:end]):
        country = nationality_word(match.group(2))
        if country is None or (
            match.group().startswith("le ") and not _SIGNS.search(fold, start, end)
        ):
            continue  # "Le gouvernement chilien a annoncé son intention …": no party's act
        a, b = start + match.start(1), start + match.end(1)
        found.append(OrgMention(_capitalise(text[a:b]), "other", a, b, country, said_from=a))
    for match in _GOVERNMENT_LENDS.finditer(fold, start, end):
        country = nationality_word(match[2] or match["adjective"])
        if country is None or (match["adjective"] and not text[match.start(3)].isupper()):
            continue  # "a loan from the federal government": no country
        a, b = match.start(1), match.end(1)
        found.append(OrgMention(_capitalise(text[a:b]), "other", a, b, country, said_from=a))
    for match in _GOVERNMENT_OF_EN.finditer(fold, start, end):
        which = next(
            w
            for w in (
                "adjective",
                "adjective2",
                "adjective3",
                "adjective4",
                "adjective5",
                "adjective6",
                "adjective7",
                "adjective8",
            )
            if match[w]
        )
        country = nationality_word(match[which])
        if country is None or not text[match.start(which)].isupper():
            continue  # "by the federal government", "with the new government": no country
        a, b = match.span(match.re.groupindex[which] - 1)  # the government, with its noun
        found.append(OrgMention(text[a:b], "other", a, b, country, said_from=a))
    for match in _STATE_WHOSE.finditer(fold[start:end]):
        # "L'État ouzbek et la société X ont signé des contrats": the state by its adjective
        country = nationality_word(match.group(2))
        if country is None or (
            match.group().startswith("l") and not _SIGNS.search(fold, start, end)
        ):
            continue
        if match.group().startswith(("pour", "par")) and _SHARE_CAPITAL.search(
            fold, start, start + match.start()
        ):
            continue  # "le capital social est détenu … à 49% par l'Etat malien": the company's
        a, b = start + match.start(1), start + match.end(1)
        found.append(OrgMention(text[a:b], "other", a, b, country, said_from=a))
    for match in _STATE_OF.finditer(fold, start, end):
        # "détenue à 20 % par l'État du Sénégal": the words up to the country's name
        # (read after its "du": "Niger", "Mali" alone are words a list reads only so)
        lead = match.start("country") - match.start("name")
        named = countries_in(match["name"])
        if not named or named[0].start != lead:
            continue  # "avec l'Etat de droit": no country
        a, b = match.start("name"), match.start("name") + named[0].end
        found.append(OrgMention(text[a:b], "other", a, b, named[0].country, said_from=a))
    for match in _GOVERNMENT_OF_FR.finditer(fold, start, end):
        # "le gouvernement du Vanuatu": the words up to the country's name, as "the
        # Government of X" is read (a title's, "le chef du gouvernement du Maroc", none)
        lead = match.start("country") - match.start("name")
        named = countries_in(match["name"])
        formal = _REPUBLIC_OF.match(match["name"], lead)
        if formal and named and named[0].start == formal.end():
            lead = named[0].start  # "le gouvernement de la République du Mali": its full name
        if not named or named[0].start != lead or not text[match.start("country")].isupper():
            continue
        a, b = match.start("name"), match.start("name") + named[0].end
        found.append(
            OrgMention(_capitalise(text[a:b]), "other", a, b, named[0].country, said_from=a)
        )
    for match in _GOVERNMENT_NAMED.finditer(text, start, end):
        said = match["of"] or match["whose"]
        # (initials, "PNG", are the country's name, though the lexicon lists them with its
        # adjectives)
        adjective = not said.isupper() and nationality_word(said)
        country = None if adjective else _country_said(text, said)
        region_of = _REGION_OF_COUNTRY.match(text, match.end())
        if country is None and match["of"] and region_of:
            country = _country_said(text, region_of["country"])
        if country is None and not adjective and said.casefold() not in _GOVERNMENT_KINDS:
            # "the Zanzibar government", "the government of Sindh": a region's or a town's
            # own government, of the country the region or the town is in
            country = (
                _subdivision_of_a_country_said(text, said)
                or world_subdivision_country(said)
                or world_town_country(said)
            )
        if country is None:
            continue  # "the government of President X", "the Indian government": no name
        a, b = match.start("name"), match.end("name")
        found.append(OrgMention(_capitalise(text[a:b]), "other", a, b, country, said_from=a))
    for match in _GOVERNMENT_OF_A_LONG_NAME.finditer(text, start, end):
        # "The Government of St. Vincent and the Grenadines", "the Government of Trinidad and
        # Tobago": a country's name with its small words and its points
        named = countries_in(fold[match.end() : min(end, match.end() + 50)])
        if (
            not named
            or named[0].start != 0
            or " " not in fold[match.end() : match.end() + named[0].end]
        ):
            continue
        a, b = match.start("name"), match.end() + named[0].end
        if not _overlaps(a, b, found):
            found.append(
                OrgMention(_capitalise(text[a:b]), "other", a, b, named[0].country, said_from=a)
            )
    return found


# "the government of Kelta", "the Government of PNG", "the Tarvel Government", "the Kelta
# government": a government named by its country's name, or by a region's whose country is
# said after it, an organisation whose country that is (a government said by
# an adjective, "the Indian government", is one only where the words say it acts:
# _GOVERNMENT_OF_EN).
_GOVERNMENT_NAMED = re.compile(
    # ("the Cabinet of Ministers of Kyrgyzstan": a government said by its cabinet)
    r"(?<![\w-])(?:[Tt]he )(?P<name>(?:[Gg]overnment|Cabinet of Ministers|Council of Ministers)"
    r" of (?P<of>[A-Z][\w-]*(?: [A-Z][\w-]*){0,2})"
    # ("the government of Santa Catarina state": the word for the region, in its name)
    r"(?: (?:state|province)(?= *[,.;]| where| which| to| in| and))?"
    r"|(?P<whose>[A-Z][\w-]*(?: [A-Z][\w-]*){0,2})(?: state| provincial)? [Gg]overnment)(?![\w-])"
)
# The kinds of government said before the word, which name no place ("the Federal
# Government": no Argentine town's)
_GOVERNMENT_KINDS = frozenset(
    {"federal", "central", "national", "state", "provincial", "regional", "local", "interim"}
    | {"transitional", "military", "union", "new", "current", "previous", "coalition", "city"}
    | {"municipal", "county", "territorial", "host", "incoming", "outgoing", "former"}
)
_GOVERNMENT_OF_A_LONG_NAME = re.compile(r"(?<![\w-])[Tt]he (?P<name>[Gg]overnment of )")
# "the government of Somaliland, an autonomous region of Somalia": a region's government,
# its country said after it
_REGION_OF_COUNTRY = re.compile(
    r", (?:an? |the )?(?:(?:autonomous|semi-autonomous|self-declared|breakaway|self-governing)"
    r" )?(?:region|province|state|territory|republic) of (?:the )?(?P<country>[A-Z][\w-]*(?: [A-Z][\w-]*){0,2})"
)


def _subdivision_of_a_country_said(text: str, said: str) -> str | None:
    """The country the article names that has a subdivision named ``said`` ("the government
    of Santa Catarina" in an article on Brazil: Brazil's state, not Cape Verde's island nor
    a Mexican town)."""
    held = world_subdivision_countries(said)
    if not held:
        return None
    named = held & {c.country for c in countries_in(fold_text(text))}
    return next(iter(named)) if len(named) == 1 else None


def _country_said(text: str, words: str) -> str | None:
    """The country ``words`` name: a country's name, the initials a country goes by ("the UK
    Government", "the US Government"), or the letters the text gave it in brackets after its
    name ("Papua New Guinea (PNG)")."""
    if only_a_country(fold_text(words)):
        return countries_in(fold_text(words))[0].country
    # ("the Government of Guinea": a name that is also a word, a country after "of")
    said = countries_in("of " + fold_text(words))
    if len(said) == 1 and said[0].start == 3 and said[0].end == 3 + len(words):
        return said[0].country
    if words in _INITIALS_COUNTRY:
        return _INITIALS_COUNTRY[words]
    if rx.fullmatch(r"[A-Z]{2,5}", words):
        spelled = rx.search(r"([A-Z][\w-]*(?: [A-Z][\w-]*){0,3}) \(" + words + r"\)", text)
        if spelled:
            said = countries_in(fold_text(spelled[1]))
            if said and said[-1].end == len(spelled[1]):
                return said[-1].country
    return None


# A company's name after what it is: capitalised words, "&" and hyphens among them.
_DESCRIBED_NAME = r"(?P<name>[A-Z][\w&’'.-]*(?: (?:[A-Z][\w&’'.-]*|&)){0,4})"
# What a company is, in English, and what of: "automaker", "owner of the plant,".
_DESCRIBED_NOUN = (
    # ("Indonesian state-owned miner X": a word of two joined by a hyphen between)
    r" (?:[a-z]+(?:-[a-z]+)? ){0,2}(?:[a-z]*maker|manufacturer|producer|company|firm|group|brewer"
    r"|owner|developer|investor|supplier|partner|giant|conglomerate|operator|contractor|miner"
    # "Uzbek companies X and Y": the plural, said of two names or more
    r"|companies|firms|groups|[a-z]*makers|manufacturers|producers|investors"
    r"|partners|developers|suppliers|operators|contractors)"
    r"(?: of (?:the |a |an )?[a-z]+)?,?"
)
# A company described before its name, whose it is said in the description: "South Korean
# automaker X", "the Istanbul-based owner of the plant, X", "German-based X", "le fabricant
# chinois de batteries X", "un fabricant japonais de pièces d'automobile, X".
_DESCRIBED_EN = re.compile(
    r"(?<![\w-])(?!(?:The|A|An|Its|This|That|Another) )"
    r"(?P<whose>[A-Z][a-z]+(?: [A-Z][a-z]+)?|U\.?S\.?|U\.?K\.?)"
    # "China's leading electronic company, Hisense": a country's possessive says it too
    r"(?:['’]s(?=" + _DESCRIBED_NOUN + r"))?"
    r"(?:(?P<based>-based|-owned)(?:" + _DESCRIBED_NOUN + r")?|" + _DESCRIBED_NOUN + r")"
    r" " + _DESCRIBED_NAME
)
_PLURAL_DESCRIBED = re.compile(
    r"\b(?:companies|firms|groups|[a-z]*makers|manufacturers|producers|investors|partners"
    r"|developers|suppliers|operators|contractors),? $"
)
_TRADE_FR = r"(?: d(?:e |['’]|es |u )(?:[a-zà-ÿ]+(?: |['’])){0,2}?[a-zà-ÿ]+)"
_DESCRIBED_FR = re.compile(
    r"\b(?P<noun>(?i:fabricant|constructeur|producteur|partenaires?|groupe|industriel|géant"
    r"|geant|opérateur|operateur|start-?up|société|societe|entreprise|firme|compagnie|rival"
    r"|concurrent|équipementier|equipementier|fournisseur|distributeur|importateur"
    r"|exportateur|sous-traitant|brasseur|multinationale?))"
    r"(?: [a-z]+)? (?P<whose>[a-zà-ÿ-]+)"
    # what it makes, one trade or two joined by "et": "de serres agricoles et de systèmes
    # d'irrigation"; a long complement is closed by a comma before the name
    r"(?:" + _TRADE_FR + r",? |" + _TRADE_FR + r" et" + _TRADE_FR + r", |,? )" + _DESCRIBED_NAME
)

# "la suédoise Northvolt", "le chinois CATL", "du russe Rosatom": a nationality said in
# lower case after an article stands for the company it names ("le Chinois Li", a person,
# takes a capital); one word only, for "du nigérian Aliko Dangote" is a man.
_NATIONAL_ARTICLE = re.compile(
    r"(?<![\w-])(?:[Ll][ea]|du|au|[Ll]['’] ?)\s?(?P<whose>(?:[a-zà-ÿ]+-)?[a-zà-ÿ]+)"
    r" (?P<name>[A-Z][\w&’'-]*)(?![\w&’'-]| [A-Z])"
)


# A company's legal form said before its name, as "la société" is: "la SARL Norvel Maroc",
# "la SA Zentra Ciments", "une SAS Keltor"; the name is the capitalised words after it.
_CAPITALISED_ARTICLES = frozenset({"La", "Le", "L'", "L’", "Une", "Un", "De", "Des"})
_FORM_THEN_NAME = re.compile(
    r"(?<![\w'’-])(?:[Ll]a|[Ll]e|[Ll]['’]|[Uu]ne?|[Dd]e la|[Dd]e l['’]|[Dd]e|[Dd]u) ?"
    r"(?:SARLU?|S\.A\.R\.L\.|SASU?|S\.A\.S\.|SA|S\.A\.|EURL|SNC|SPA|SpA)"
    r" (?P<name>[A-Z][\w&’'-]*(?: (?:[A-Z][\w&’'-]*|&)){0,3})"
)


# "PT Kelvo Nickel Indonesia", "PT. Kelvo Persero": an Indonesian company (Perseroan Terbatas)
_PT_NAME = re.compile(r"(?<![\w-])PT\.? [A-Z][\w&’'-]*(?: (?:[A-Z][\w&’'-]*|&)){0,4}")


# The legal forms of the former Soviet republics, said before the name they open, the
# name in quotation marks ("CJSC “Agrotechservice”", "LLC «Kelvartech»") or in words of
# which only the first has a capital, its letters after it ("OJSC Minsk tractor works (MTZ)")
_SOVIET_FORMS = r"(?:CJSC|OJSC|PJSC|JSC|LLC|OOO|ZAO|OAO|PAO|TOO)"
_FORM_THEN_QUOTED = re.compile(
    rf"(?<![\w-]){_SOVIET_FORMS} ?[«“\"„] ?(?P<name>[A-Z][^«»“”\"„\n]{{1,60}}?) ?[»”\"“]"
)
_FORM_THEN_LETTERED = re.compile(
    rf"(?<![\w-]){_SOVIET_FORMS} (?P<name>[A-Z][\w-]+(?: [a-z][\w-]+){{1,3}})"
    r" \((?P<letters>[A-Z]{2,6})\)"
)


def _form_then_named(
    text: str, fold: str, start: int, end: int, found: list[OrgMention]
) -> list[OrgMention]:
    """Companies named after their legal form ("la SARL Norvel Maroc", "CJSC
    “Agrotechservice”"): the form says what the company is, as "la société" does, and is no
    word of its name."""
    named: list[OrgMention] = []
    for match in _FORM_THEN_QUOTED.finditer(text, start, end):
        a, b = match.span("name")
        if not _overlaps(a, b, found):
            named.append(OrgMention(text[a:b], "company", a, b, None, None, 0.65))
    for match in _FORM_THEN_LETTERED.finditer(text, start, end):
        a, b = match.span("name")
        if match["letters"][0] == match["name"][0] and not _overlaps(a, b, found):
            named.append(OrgMention(text[a:b], "company", a, b, None, match["letters"], 0.65))
    for match in _PT_NAME.finditer(text, start, end):
        # "PT Kelvo Nickel Indonesia": Indonesia's limited company, its letters kept in its
        # name as the press writes it
        a, b = match.span()
        if _SENTENCE_STOP.search(text, a, b):
            b -= 1
        if rx.search(r"\b(?:of|de|du) $", text[max(start, a - 4) : a]):
            continue  # "president of PT Nobel Mining": a title's company, read with it
        if not _overlaps(a, b, found):
            named.append(OrgMention(text[a:b], "company", a, b, None, None, 0.65))
    for match in _FORM_THEN_NAME.finditer(text, start, end):
        a, b = match.start("name"), match.end("name")
        if _SENTENCE_STOP.search(text, a, b):
            b -= 1
        if _overlaps(a, b, found) or _opens_no_company(match.group("name"), fold, a):
            continue
        named.append(OrgMention(text[a:b], "company", a, b, None, None, 0.65, match.start()))
    return named


# A name's last full stop that ends the sentence: after a word of three letters or more
# that is no abbreviation of a company's ("Inc.", "Corp.", "Ltd."), or after two capitals
# ("a subsidiary of KT."): initials keep their dots ("A.S.", a dot before them), a legal
# form's abbreviation is in mixed case ("Co.").
_SENTENCE_STOP = re.compile(
    r"(?<![\w.])(?!(?:Inc|Corp|Ltd|Co|Bros|Cie|Pvt)\.)(?:[\w’'-]{3,}|[A-Z]{2})\.$"
)
_INITIALS_COUNTRY = {"US": "US", "UK": "GB"}


def _described_country(match: re.Match[str]) -> str | None:
    """The country a description before a name says: a nationality, or a town "-based"."""
    whose = match.group("whose")
    if whose.replace(".", "") in _INITIALS_COUNTRY:
        return _INITIALS_COUNTRY[whose.replace(".", "")]  # "US chipmaker X", "U.K. firm X"
    folded_whose = fold_text(whose)
    said = countries_in(folded_whose)
    # "sud-coréens", "South Korean": a point of the compass may open the nationality
    if (
        said
        and said[-1].end == len(whose)
        and rx.fullmatch(r"(?:[a-z]+[- ])?", folded_whose[: said[-1].start])
    ):
        return said[-1].country
    if "based" in match.groupdict() and match.group("based") == "-based":
        return world_town_country(whose)
    return None


# "a joint venture between the Guyanese Guysons Engineering and the …": each partner of a
# venture named after its nationality and "the"
_VENTURE_PARTNER = re.compile(
    r"\b(?:between|and) the (?P<whose>[A-Z][a-z]+) (?P<name>[A-Z][\w&’'-]*(?: [A-Z][\w&’'-]*){0,3})"
    r"(?= and\b|[,.;])"
)
_VENTURE_BETWEEN = re.compile(r"\b(?:joint venture|partnership|consortium) between\b")
# "the plant of the Japanese Toyo Tires in Indjija": the article, a nationality, then a name
# whose last word is a company's ("Tires", "Steel", "Motors"); "the Turkish Industrial
# Complex", "the Turkish Stock Exchange" name none.
_NATIONAL_THE = re.compile(
    r"\bthe (?P<whose>[A-Z][a-z]+) (?P<name>[A-Z][\w&’'-]*(?: [A-Z][\w&’'-]*){1,3})"
    r"(?![\w&’'-]| [A-Z])"
)
# "established by the Dahabshiil Group, Berbera Group and the Kuwaiti Kipco": one word after
# the article and a nationality, ending a list or a clause, is a company's name (not an
# institution's noun: "the Kuwaiti Government")
_NATIONAL_THE_ONE = re.compile(
    r"(?<= )the (?P<whose>[A-Z][a-z]+) (?P<name>[A-Z][a-z]*[A-Z]?[a-z]+)(?=[,.;]| and\b)"
)
# "The Italian Sacmi's energy saving process line": one word after the article and a
# nationality, its possessive after it, is a company's name
_NATIONAL_THE_WHOSE = re.compile(
    r"(?<![\w-])[Tt]he (?P<whose>[A-Z][a-z]+) (?P<name>[A-Z][a-z]*[A-Z]?[a-z]+)(?=['’]s )"
)
_LISTED_OR_AGENT = re.compile(r"\b(?:and|with|by|of|from|including) $")
_INSTITUTION_NOUNS = frozenset(
    {
        *("government", "embassy", "ministry", "parliament", "army", "navy", "president"),
        *("presidency", "state", "people", "authorities", "authority", "cabinet", "capital"),
        *("side", "delegation", "consulate", "senate", "assembly", "economy", "market"),
        *("investors", "investor", "company", "firm", "group", "partner", "partners"),
    }
)


def _described_then_named(
    text: str, fold: str, start: int, end: int, found: list[OrgMention]
) -> list[OrgMention]:
    """Companies named after a description that says whose they are; a company already
    found there is given the country instead."""
    named: list[OrgMention] = []
    patterns = (
        _DESCRIBED_EN,
        _DESCRIBED_FR,
        _NATIONAL_ARTICLE,
        _VENTURE_PARTNER,
        _NATIONAL_THE,
        _NATIONAL_THE_ONE,
        _NATIONAL_THE_WHOSE,
    )
    for pattern in patterns:
        for match in pattern.finditer(text, start, end):
            if pattern in (_NATIONAL_THE_ONE, _NATIONAL_THE_WHOSE) and (
                fold_text(match["name"]) in _INSTITUTION_NOUNS
                # ("the Turkish Ceramic, Granite, and Tiles SEZ": a trade's word in a name)
                or trades_said(fold_text(match["name"]))
                or (
                    pattern is _NATIONAL_THE_ONE
                    and not _LISTED_OR_AGENT.search(
                        text, max(start, match.start() - 12), match.start()
                    )
                )
            ):
                continue
            if pattern is _VENTURE_PARTNER and not _VENTURE_BETWEEN.search(
                fold, max(start, match.start() - 120), match.start() + 8
            ):
                continue
            if pattern is _NATIONAL_THE and not _COMPANY_NAME_WORDS.fullmatch(
                fold[match.start("name") : match.end("name")].split()[-1]
            ):
                continue
            if pattern in (
                _NATIONAL_ARTICLE,
                _VENTURE_PARTNER,
                _NATIONAL_THE,
                _NATIONAL_THE_ONE,
                _NATIONAL_THE_WHOSE,
            ):
                country = nationality_word(match.group("whose"))
            else:
                country = _described_country(match)
            a, b = match.start("name"), match.end("name")
            if _SENTENCE_STOP.search(text, a, b):
                b -= 1  # "… son rival allemand Keltora.": the sentence's full stop, no name's
            if country is None or countries_in(fold[a:b]):
                continue
            if _opens_no_company(match.group("name"), fold, a) or _TITLE_FR.match(fold, a):
                continue  # "Chinese firm President Li", "its Nepali partner, Speaker of …"
            if rx.match(rf" (?:{PROJECT_NOUNS_EN}|{PROJECT_NOUNS_FR})\b", fold[b:end]):
                continue  # "the Chinese-owned Zentra Ceramic factory": a plant's name
            if (
                rx.search(r"\binvestor,? $", fold[match.start() : a])
                and _PERSON.fullmatch(match.group("name"))
                and _APPOSED.match(fold, b)
            ):
                continue  # "a Taiwanese investor, Richard Tsai, the owner of X": a person
            there = next((o for o in found + named if o.start <= a < o.end), None)
            if there is not None:
                if there.country is None:
                    there.country, there.said_from = country, match.start()
                continue
            named.append(OrgMention(text[a:b], "company", a, b, country, None, 0.6, match.start()))
            if "noun" in match.groupdict() and match.group("noun").endswith("s"):
                _partners_joined(text, b, found + named, country, match.start())
            if pattern is _DESCRIBED_EN and _PLURAL_DESCRIBED.search(
                match.group(), 0, a - match.start()
            ):
                named += _plural_joined(text, b, end, found + named, country, match.start())
    return named


# A country's possessive, then a name that acts: "South Korea's Zentra Controls is investing".
_POSSESSED_NAME = re.compile(
    r"(?<![\w-])(?P<whose>[A-Z][a-z]+(?: [A-Z][a-z]+)?)['’ʼ]s "
    # "Indonesia's state-owned Kaito Persero": who owns it, said between
    r"(?:(?:state|government|family|privately)[- ](?:owned|run|held) |(?:publicly )?listed )?"
    # "India's leading consumer goods maker Dabur India Ltd", "Saudi Arabia's state-run oil
    # giant, Saudi Aramco": what it is, in lower case before its name
    r"(?:(?:[a-z-]+ ){0,4}(?:maker|producer|manufacturer|company|firm|group|giant|refiner"
    r"|carmaker|automaker|supplier|developer|conglomerate|brewer|miner),? )?"
    r"(?P<name>[A-Z][\w&-]*(?: (?:[A-Z][\w&-]*|&)){0,3})(?=,?"
    # ("Turkey's Kelvar Tekstil on Wednesday opened …": the day between)
    r"(?: on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?)?"
    # ("Chile's Kelvo Tarvo and its Brazilian partner X have …": the company and its partner)
    r" (?:is|are|has|have|will|plans|was|were|signed"
    rf"|agreed|announced|and (?=[A-Z]\w+['’ʼ]s )|and (?=its |their )|{_COMPANY_ACTS})\b"
    # "Japan's Zentra electric wire and systems corporation plans …": what it is, in lower
    # case after its name
    r"| (?:[a-z-]+ ){0,6}(?:corporation|company|group|firm|maker|manufacturer|producer"
    r"|conglomerate)\b)"
)
# The last word of a place's name: "Zambia's Copperbelt Province will host …".
_PLACE_NOUN = re.compile(
    r" (?:Province|Region|State|County|City|District|Zone|Park|Port|Airport|Valley|Corridor)$"
)


def _possessed_then_named(
    text: str, fold: str, start: int, end: int, found: list[OrgMention]
) -> list[OrgMention]:
    """Companies named after a country's possessive, the subject of a verb: the country is
    whose they are. A title or a place after the possessive is no company."""
    named: list[OrgMention] = []
    for match in _POSSESSED_NAME.finditer(text, start, end):
        a, b = match.start("name"), match.end("name")
        whose = match.group("whose")
        if not only_a_country(fold_text(whose)):
            possessor = _possessor_country(fold_text(whose))
            if possessor is None or " " in whose:
                continue
            country = possessor
        else:
            country = countries_in(fold_text(whose))[0].country
        if any(c.country != country for c in countries_in(fold[a:b])):
            continue  # "Turkey's Ankara …": another country's name, no company of Turkey's
        there = next((o for o in found if o.start < b and a < o.end), None)
        if there is not None and there.country is None and there.start == a and not there.said_from:
            # "India's leading consumer goods maker Dabur India Ltd": read by its legal form
            there.country, there.said_from, there.said_to = country, match.start(), b
            continue
        if (
            _opens_no_company(match.group("name"), fold, a)
            or _PLACE_NOUN.search(match.group("name"))
            or _place_word(match.group("name"))
            or countries_in(fold[a:b])
            or there is not None
            # "a refinery at Brunei's Pulau Muara Besar will be …": where, after "at"
            or rx.search(
                r"\b(?:at|in|near)\s$", text[max(start, match.start() - 6) : match.start()]
            )
        ):
            continue  # "Turkey's Ambassador X", "Zambia's Copperbelt Province": no company
        named.append(OrgMention(text[a:b], "company", a, b, country, None, 0.6, match.start()))
    return named


def _opens_no_company(name: str, fold: str, at: int) -> bool:
    """True if ``name`` (said at ``at``) opens on a word no company's name opens on: a
    common word, an honorific, an English title ("President Li")."""
    first = name.split()[0]
    return (
        fold_text(first) in _NOT_NAMES | _STOP
        or first.rstrip(".") in _HONORIFICS
        or bool(_TITLE_EN.match(fold, at))
    )


def _partners_joined(
    text: str, b: int, found: list[OrgMention], country: str, said_from: int
) -> None:
    """ "les partenaires sud-coréens X et Y": the plural description is Y's too."""
    joined = next((o for o in found if rx.fullmatch(r" (?:et|and) ", text[b : o.start])), None)
    if joined is not None and joined.country is None:
        joined.country, joined.said_from = country, said_from


def _plural_joined(
    text: str, b: int, end: int, found: list[OrgMention], country: str, said_from: int
) -> list[OrgMention]:
    """ "Uzbek companies X and Y Association": the name joined to the first by "and" is
    another company the plural describes, of the same country."""
    joined = rx.match(r" (?:and|et) " + _DESCRIBED_NAME, text[b:end])
    if joined is None:
        return []
    a, z = b + joined.start("name"), b + joined.end("name")
    if _SENTENCE_STOP.search(text, a, z):
        z -= 1
    there = next((o for o in found if o.start <= a < o.end), None)
    if there is not None:
        if there.country is None:
            there.country, there.said_from = country, said_from
        return []
    if _opens_no_company(text[a:z], text.casefold(), a) or countries_in(fold_text(text[a:z])):
        return []
    named = [OrgMention(text[a:z], "company", a, z, country, None, 0.6, said_from)]
    other = rx.match(r", (?:and|et) " + _DESCRIBED_NAME, text[z:end])
    if rx.search(r"\b(?:between|entre) ", text[max(0, said_from - 12) : said_from]) and other:
        # "between Uzbek companies X and Y, and Z": the other side of the pair, a company
        # the description is not said of
        o_a, o_z = z + other.start("name"), z + other.end("name")
        if _SENTENCE_STOP.search(text, o_a, o_z):
            o_z -= 1
        if not (
            _opens_no_company(text[o_a:o_z], text.casefold(), o_a)
            or countries_in(fold_text(text[o_a:o_z]))
            or any(o.start <= o_a < o.end for o in found)
        ):
            named.append(OrgMention(text[o_a:o_z], "company", o_a, o_z, None, None, 0.55))
    return named


# A headline's style: each word capitalised, its small words too ("Gains Status At Sumgait").
_SMALL_WORD_CAPITALISED = re.compile(r" (?:At|To|In|For|Of|On|With|As|By|And|The|From) ")


def _title_cased(sentence: str) -> bool:
    """True if every word of ``sentence`` opens with a capital, a small word among them: a
    headline, whose capitals are its style's, not its names'."""
    words = rx.findall(r"[^\W\d_][\w'’-]*", sentence)
    return (
        len(words) >= 5
        and all(w[0].isupper() for w in words)
        and bool(_SMALL_WORD_CAPITALISED.search(sentence))
    )


# Words a company's name may end with in lower case after a company noun: "le groupe Olam
# international", "la société Kema holding".
_LOWER_NAME_WORDS = frozenset({"international", "internationale", "holding", "holdings"})
_CUE_NOUNS = frozenset(
    {"Groupe", "Group", "Société", "Societe", "Entreprise", "Compagnie", "Firme"}
)
_COMPANY_NOUNS = ("Steel", "Holding", "Holdings", "Corporation", "Company", "Group")
# A company's trade ending its name: "Dangote Cement", "Razia Agro Industry", "Beijing
# Easpring Material Technology".
_TRADES = (
    *("Cement", "Industry", "Industries", "Chemical", "Chemicals", "Textile", "Textiles"),
    # ("Kelvo Tekstil": the trade in Turkish)
    "Tekstil",
    *("Technology", "Technologies", "Engineering", "Resources", "Minerals", "Metals"),
    *("Ceramics", "Céramics"),
)
# "Chemical Engineering", "Engineering" alone: a discipline, no company's name
_DISCIPLINE = re.compile(
    r"(?:Chemical|Mechanical|Civil|Electrical|Electronic|Industrial|Software|Structural|Process"
    r"|Marine|Petroleum|Mining|Environmental|Nuclear|Aerospace|Automotive|Agricultural)?"
)
# "(T) Ltd", "(K) Ltd": a subsidiary's country said by its letter
_SUFFIX = r"(?:Private Limited|\(Pvt\) Ltd\.?|\([A-Z]{1,2}\) Ltd\.?|Pvt\.? Ltd\.?|P\.? Ltd\.?|Limited|Ltd\.?|Inc\.|Corp\.?|Co\.?|Plc|PLC|Pcl|PCL|(?:\([A-Z]{1,2}\) )?Sdn\.? Bhd\.?|Bhd|Berhad|Tbk|SAE|SA|SpA|GmbH|AG|CJSC|OJSC|PJSC|JSC|LLC|LLP|Oyj|Oy|AB|ASA|BV|NV|SAS|SARL|SRL|Srl|Ltda|Kft|A/S|ApS|ehf\.?|hf\.)"
_ACRONYM_AND = re.compile(r"[A-Z]{2,}(?:-[A-Z][\w]*)? (?:and|&) (?=[A-Z])")
# The words of a ministry's portfolios listed after its "of": "Ministry of Investment,
# Industry and Trade"
_PORTFOLIOS = frozenset(
    {"trade", "industry", "industries", "industrialization", "industrialisation", "investment"}
    | {"commerce", "energy", "mines", "mining", "enterprise", "development", "finance"}
    | {"economy", "economic", "agriculture", "tourism", "transport", "planning", "water"}
    | {"environment", "health", "labour", "labor", "employment", "technology", "innovation"}
    | {"foreign", "cooperation", "fisheries", "livestock", "lands", "mineral", "resources"}
    | {"petroleum", "oil", "gas", "power", "infrastructure", "housing", "works", "science"}
    | {"information", "communications", "digital", "youth", "sports", "culture", "education"}
    | {"entrepreneurship", "competitiveness", "exports", "investments", "climate"}
    # "the Ministry of Lands, Agriculture and Rural Development", "… and Social Welfare"
    | {"rural", "social", "urban", "regional"}
    # "State Minister of Investment Promotion X", "Minister of Foreign Affairs X"
    | {"promotion", "affairs", "relations", "industrial"}
    # "Minister of Transport and Public Works X", "… of Public Health"
    | {"public"}
)
# A board's chair said before the board's noun (folded): "Chairman of the Board X"
_BOARD_S_CHAIR_BEFORE = re.compile(
    r"\b(?:chairman|chairwoman|chair|president|head|member|secretary|deputy chairman)"
    r" of the (?:management |supervisory |executive )?$"
)
# A portfolio's words in lower case, just before a minister's title (folded)
_PORTFOLIO_WORD = "(?:" + "|".join(sorted(_PORTFOLIOS)) + ")"
_PORTFOLIO_IN_LOWER_CASE = re.compile(
    rf"(?<![\w-])(?:{_PORTFOLIO_WORD}(?:,| and| &)? )*{_PORTFOLIO_WORD} $"
)
_TWO_SUFFIXED = re.compile(rf"((?:[A-Z][\w-]+ )+{_SUFFIX}) (?:and|&) ")
# "Kelvar Group and China Nonferrous Norvel Co.": a group's noun ends the first name
_GROUP_AND = re.compile(r"((?:[A-Z][\w-]+ )+(?:Group|Holding|Holdings)) and (?=[A-Z])")


@lru_cache(maxsize=1)
def _known_then_name() -> re.Pattern[str]:
    names = "|".join(re.escape(n) for n in sorted(KNOWN_ORGS, key=len, reverse=True))
    return re.compile(rf"({names})(?: [A-Z][\w'’-]+){{2,3}}$")


def _known_prefix(name: str, after: str) -> int | None:
    """Where a known company's name ends when two or three words that are no company's
    follow it in ``name`` ("Danieli Gian Pietro Benedetti": a person's name after it);
    none when a name follows after a comma ("Gotion High Tech, Zhen Li": the person is
    the one after it, the words before all the company's)."""
    found = _known_then_name().match(name)
    if (
        found
        and not _COMPANY_WORD.search(name[found.end(1) :].casefold())
        and not rx.match(r", ?[A-Z]", after)
    ):
        return found.end(1)
    return None


def _company_said_alone(text: str, words: list[str], at: int) -> int | None:
    """How many of ``words`` (a title's complement run into a name: "Norvalis Jean
    Dupont") are a company's, when the text names that company elsewhere without the
    words after it; the two or three words left are a person's."""
    for cut in (1, 2):
        company, rest = " ".join(words[:cut]), words[cut:]
        if not 2 <= len(rest) <= 3 or _COMPANY_WORD.search(" ".join(rest).casefold()):
            continue
        if not all(rx.fullmatch(r"[A-Z][a-zà-ÿ'’-]+", w) for w in rest):
            continue
        alone = re.compile(
            rf"(?<![\w’'-]){re.escape(company)}(?![\w’'-])(?! {re.escape(rest[0])}\b)"
        )
        if any(m.start() != at for m in alone.finditer(text)):
            return cut
    return None


# An acronym in brackets, the words before it its name spelled out: "la Compagnie de
# développement industriel (CODEVI)", "Le Conseil économique binational quisqueya (CEBQ)".
_BRACKETED_ACRONYM = re.compile(
    # "la Zone économique spéciale (ZEE, sigle en portugais)": its letters in another tongue
    r" \(([A-Z]{2,8})(?:, (?P<tongue>(?:sigle |acronyme |acronym )?(?:en|in) [a-z]+))?\)"
)
# "La Chambre de Commerce et d'Industrie Tuniso Tarvelienne CCITT a organisé": the acronym
# right after the words it spells, without brackets
_BARE_ACRONYM = re.compile(r" ([A-Z]{3,8})(?![\w&'’-])")
_ARTICLES = {"le", "la", "les", "l", "the"}


def _spells(words: list[str], acronym: str) -> bool:
    """True if ``acronym`` is read off ``words`` in order: each word gives the first one to
    three of its letters ("COmpagnie DEveloppement Industriel"), a linking word may give
    none."""

    def fits(i: int, j: int) -> bool:
        if i == len(words):
            return j == len(acronym)
        word = words[i]
        if word in _LINKS and fits(i + 1, j):
            return True
        for k in range(1, min(3, len(word)) + 1):
            if acronym.startswith(word[:k], j) and fits(i + 1, j + k):
                return True
        return False

    return fits(0, 0)


# "Moulay Hafid Elalamy (MHE), ministre de l'Industrie": a title after the initials says a
# person's, no body's
_TITLE_AFTER_INITIALS = re.compile(
    r"\)?,? (?:le |la |the )?(?:" + "|".join(TITLES_FR + TITLES_EN) + r")\b"
)


def _acronym_spelled(text: str, fold: str, start: int, end: int) -> list[OrgMention]:
    """The organisations named in full before their acronym in brackets, lower-case words
    included, when the acronym is read off the words from a capitalised one."""
    found = []
    for match in (
        *_BRACKETED_ACRONYM.finditer(text, start, end),
        *_BARE_ACRONYM.finditer(text, start, end),
    ):
        acronym = match.group(1).casefold()
        clause = max(start, *(fold.rfind(mark, start, match.start()) + 1 for mark in ',;:()«»"\n'))
        words = [(m.start(), m.end()) for m in rx.finditer(r"[\w-]+", fold[clause : match.start()])]
        words = [(clause + a, clause + b) for a, b in words][-10:]
        best = None
        for i, (a, _) in enumerate(words):
            if not text[a].isupper() or fold[a : words[i][1]] in _ARTICLES:
                continue
            said = [fold[x:y] for x, y in words[i:]]
            tongue = match.groupdict().get("tongue")
            if (
                len(said) >= 2
                and said[0] not in _LINKS
                and (
                    _spells(said, acronym)
                    or (tongue and _may_stand_for(" ".join(said), acronym) and len(said) >= 3)
                )
            ):
                best = a
                break
        if (
            best is None
            or len(acronym) < 3  # "Premier ministre (PM)", "Conseil d'administration (CA)"
            or (
                # (a zone or a site said where a plant is, no body, unless someone heads it)
                (
                    _NOT_ORG_HEADS.search(fold[best : match.start()])
                    or _zone_said_as_place(fold, start, best, match.start())
                    or _site_said_as_place(text, fold, start, best, match.start())
                )
                and not (
                    rx.search(r"\bzone\b", fold[best : match.start()])
                    and _headed(fold, match.group(1).casefold())
                )
            )
            or _NOT_ORG_OPENING.match(fold, best)
            or _TITLE_FR.match(fold, best)
            or _TITLE_EN.match(fold, best)
            or _TITLE_AFTER_INITIALS.match(fold, match.end())  # a person's initials
        ):
            continue
        b = match.start()
        company = rx.search(
            r"\b(?:Company|Holding|Group|Corporation|Ltd|Limited|SA|SpA|Combine|Kombinat)\b",
            text[best:b],
        )
        kind = "company" if company else "agency"
        found.append(
            OrgMention(
                text[best:b],
                kind,
                best,
                b,
                _country(fold, best, b, end, start),
                match.group(1),
                0.6,
            )
        )
    return found


def _headed(fold: str, acronym: str) -> bool:
    """True if the text says someone heads the body ``acronym`` names ("le président du
    conseil d'administration de la ZEE", "the director general of the SEZ"): a zone said
    where a plant is may be the body that runs it as well."""
    return bool(
        rx.search(
            r"\b(?:president|directeur general|director general|chairman|chief executive"
            r"|administrateur)(?: du conseil d'administration| of the board)?"
            rf" (?:de la |de l'|du |of the ){re.escape(acronym)}\b",
            fold,
        )
    )


def _may_stand_for(name: str, acronym: str) -> bool:
    """True if some letter of ``acronym`` is the initial of one of ``name``'s words: an
    acronym stands for its name's words, in another language or order ("Fonds public
    d'investissement (PIF)") or with a country left out ("Thailand Board of Investment
    (BOI)"), never for none of them."""
    initials = {w[0] for w in rx.findall(r"[\w&-]+", fold_text(name))}
    return not initials or bool(initials & set(fold_text(acronym)))


def _short_name_in_brackets(text: str, org: OrgMention, word: str) -> bool:
    """True if ``word``, one capitalised word in brackets after ``org``'s capitalised name of
    two words or more, is the short name the organisation goes by ("Qatar Holding
    Intermediate Industries Company (Waseeta)", "Oman National Investments Development
    Company (Tanmia)"), as an acronym is; a place in brackets ("(Thailand)") is none, and
    after a description in lower case ("la société nationale des hydrocarbures (Sonatrach)")
    the word is the name itself."""
    return (
        word[0].isupper()
        and text[org.start : org.start + 1].isupper()
        and len(org.name.split()) >= 2
        and not countries_in(fold_text(word))
        and not places_in(fold_text(word))
        and not _PRESS.search(fold_text(word))
    )


def _capitals_spell(name: str, word: str) -> bool:
    """True if the capitals of ``word``, two or more, are initials of ``name``'s words in
    their order ("SCZone" of "General Authority of the Suez Canal Economic Zone"): an
    acronym written in mixed case."""
    capitals = [c.casefold() for c in word if c.isupper()]
    initials = iter(w[0] for w in rx.findall(r"[\w-]+", fold_text(name)))
    return len(capitals) >= 2 and all(any(c == i for i in initials) for c in capitals)


def _initials_of(name: str, word: str) -> bool:
    """True if ``word`` opens with the initials of three or more of ``name``'s words
    ("Apiex" of "Agence de promotion des investissements et des exportations"): an
    acronym written in lower case, not a second name."""
    initials = _initials(name)
    return len(initials) >= 3 and fold_text(word).startswith(initials)


def _initials(name: str) -> str:
    """The first letters of ``name``'s words, its links ("de", "of") left out, folded."""
    words = [w for w in rx.findall(r"[\w-]+", fold_text(name)) if w not in _LINKS]
    return "".join(w[0] for w in words)


_LINKS = {
    "de",
    "des",
    "du",
    "la",
    "le",
    "l",
    "d",
    "et",
    "of",
    "and",
    "the",
    "pour",
    "for",
    "en",
    "in",
}


# News agencies: where an article comes from, not who takes part.
_PRESS = re.compile(
    r"\b(?:reuters|afp|xinhua|tass|ria novosti|interfax|sputnik|anadolu|bloomberg"
    r"|press(?:e)? service|maghreb arabe presse|associated press|agence france-presse)\b"
)


# A body that learns or reports the news is the press: "a appris l'AIP", "rapporte l'APS",
# "Trend reports via", "reported by Kelvo News" (folded, said just before the name)
_PRESS_SAID_BEFORE = re.compile(
    r"\b(?:a appris|ont appris|apprend|a rapporte|rapporte|rapportait|selon l'agence"
    r"|reported by|reports|reported|news agency|agence de presse)"
    # ("l'agence de presse officielle BSS", "the state news agency BSS")
    r"(?: (?:officielle|nationale|publique|d'etat|official|national|state))?"
    r"(?: (?:le|la|les|the))? ?(?:l')?$"
)


# A continent or a world region is no organisation, whatever noun is said before it ("du
# groupement japonais, région Europe", "the group's Africa division").
_WORLD_REGION = re.compile(
    r"(?:europe|afrique|africa|asie|asia|amerique|america|oceanie|oceania|antarctique"
    r"|antarctica|moyen-orient|middle east|proche-orient|near east|extreme-orient|far east"
    r"|maghreb|machrek|sahel|occident|orient|eurasie|eurasia|scandinavie|scandinavia"
    r"|(?:afrique|africa|asie|asia|europe|amerique|america)(?: de l'| du | de )?"
    r"(?:ouest|est|nord|sud|centrale|australe|west|east|north|south|central|southern|northern)"
    r"|(?:west|east|north|south|central|southern|northern|sub-saharan|latin) "
    r"(?:africa|asia|europe|america))"
)


# "Japanese-invested X Co. Ltd.", "Chinese-owned X": whose the company is, said in one
# word with a participle before its name; the participle is no word of the name.
_WHOSE_PARTICIPLE = re.compile(
    r"([A-Z][a-z]+|US|UK|UAE)-(?:funded|invested|owned|backed|financed|controlled|run|led|based|held"
    # ("Singapore-headquartered X": where its seat is)
    r"|listed|headquartered|registered|incorporated)\s+"
    r"(?=[A-Z0-9])"
)


def _whose_participle(text: str, org: OrgMention) -> str | None:
    """The country a participle before ``org``'s name gives it, taken off the name."""
    said = _WHOSE_PARTICIPLE.match(org.name)
    if not said:
        return None
    country = nationality_word(said.group(1)) or next(
        (c.country for c in countries_in(fold_text(said.group(1)))), None
    )
    org.said_from = org.start
    org.start += said.end()
    org.name = org.name[said.end() :]
    if country:
        org.country = country
        org.said_to = org.start - 1 if org.said_to is None else org.said_to
    return country


# "YI DA SA's R150 million factory": a possessive ends the company's name; what follows
# is the company's, an amount or a thing, no word of its name.
_POSSESSIVE_IN_NAME = re.compile(r"['’]s\b")


# "China Nonferrous Metal Industry’s Foreign Engineering and Construction Co., Ltd.": the
# owner's possessive inside a name its legal form closes, after two words or more, is a word
# of that one name ("Kelta’s Norvel Ltd", one word before it, stays cut).
_POSSESSIVE_THEN_FORM = re.compile(
    rf"[A-Z][\w-]+ (?:[A-Z][\w-]+ )*[A-Z][a-z][\w-]*['’]s (?:[A-Z][\w-]+,? (?:(?:and|&) )?)+"
    rf"(?:Co\.,? )?{_SUFFIX}\.?"
)


def _possessive_cut(org: OrgMention) -> None:
    cut = _POSSESSIVE_IN_NAME.search(org.name)
    if cut and _POSSESSIVE_THEN_FORM.fullmatch(org.name):
        return
    if cut and org.acronym and _parent_and_unit(org.name.split(), org.acronym):
        return
    if cut and cut.start() > 1:
        org.end = org.start + cut.start()
        org.name = org.name[: cut.start()]


def _nationality_cut(text: str, fold: str, org: OrgMention) -> None:
    """ "the Serbian Knezev Group", then "Knezev Group owns …": a nationality the text says
    of the company, after an article, is no word of the name it says alone elsewhere but
    whose it is ("Algerian Qatar Steel", two countries in one name, keeps them)."""
    first = rx.match(r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?) (?=[A-Z])", org.name)
    if first is None or org.kind != "company" or not nationality_word(first.group(1)):
        return
    if not rx.search(r"\b(?:the|la|le|l'|du|de la)\s$", fold[max(0, org.start - 7) : org.start]):
        return
    rest = org.name[first.end() :]
    if countries_in(fold_text(rest)) or len(rest) < 3:
        return
    if text.count(rest) < 2:
        return  # "the Saudi Silk Road Company": the name the company has, said once so
    org.country = org.country or nationality_word(first.group(1))
    org.said_from = org.start if org.said_from is None else org.said_from
    org.start += first.end()
    org.name = rest


def _adverb_cut(org: OrgMention) -> None:
    """A sentence's opening adverb is no word of the name: "Meanwhile Zentra India"; nor
    is the article of a sentence written in capitals, "THE Kelvo Seaweed Company"."""
    first = rx.match(r"([^\W\d_]+),? (?=[A-Z])", org.name)
    if first and (fold_text(first.group(1)) in _SENTENCE_ADVERBS or first.group(1) == "THE"):
        org.start += first.end()
        org.name = org.name[first.end() :]


# "the UK based company 'Kelvo-san' Limited": a name in quotes, its legal form after them
_QUOTED_NAME_BEFORE = re.compile(r"['‘\"“]([A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3})['’\"”] $")


_FRENCH_TRADE_OF_A_COUNTRY = re.compile(
    r", (?:le|la|l'|un|une) (?:(?:premier|premiere|principal|principale|plus grand|plus grande"
    r"|grand|grande|deuxieme|second|seconde) )?(?:producteur|fabricant|groupe|leader|constructeur"
    r"|industriel|geant|operateur|distributeur|exportateur|brasseur|cimentier|assureur)"
    r"(?: [a-z'-]+){0,4}? (?:du|de la|de l'|des|d'|au|en) ([a-z][a-z' -]{2,30}?)(?=,)"
)
_OF_ITS_COUNTRY = re.compile(
    r"(?: \([\w&-]{2,10}\))? (?:du|de la|de l'|des|d') ([a-z][\w'-]+(?: [\w'-]+){0,3}?)"
    r"(?=[.,;:)]| (?:a|ont|est|sera|qui|va|et|pour|dans|au|en|vient|s'est)\b|$)"
)
_OF_ITS_COUNTRY_EN = re.compile(
    r" of (?:the )?([a-z][\w'-]+(?: [\w'-]+){0,3}?)"
    r"(?=[.,;:)]| (?:have|has|had|will|signed|is|are|was|were|and|plans|agreed|to)\b|$)"
)
_COMPANY_NOUN_BEFORE = re.compile(
    r"\b(?:l'entreprise|la societe|le groupe|la firme|la compagnie|l'industriel|le constructeur)"
    r"(?: [a-z]+)? $"
)


# "Kelvo Cement Uganda, a subsidiary of …": a country's name right after a company's
_ARM_COUNTRY = re.compile(r" ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[,;:)]|\.(?:\s|$)| [a-z]|$)")


def _local_arm(text: str, fold: str, org: OrgMention) -> None:
    """ "Kelvo Cement Uganda has completed …": a company's name with a trade's word, then a
    country's, is its local arm's one name (as "Kelvo Glass Zimbabwe" is)."""
    if org.kind != "company" or not _COMPANY_NAME_WORDS.search(fold[org.start : org.end]):
        return
    arm = _ARM_COUNTRY.match(text, org.end)
    if arm is None or not only_a_country(fold[arm.start(1) : arm.end(1)]):
        return
    if countries_in(fold[org.start : org.end]):
        return  # "Kenya Kelvo Cement Uganda": no name of two countries
    org.name = text[org.start : arm.end()]
    org.end = arm.end()


def _country_after(fold: str, org: OrgMention) -> None:
    """ "Kelvo Oil, a South Korean refiner", "Tarvo Steel is Japan's largest steelmaker":
    whose a company with no legal form is, said after its name."""
    if org.kind != "company" or org.country is not None:
        return
    apposed = _NATIONAL_AFTER.match(fold, org.end)
    if apposed and nationality_word(apposed.group(1)):
        org.country = nationality_word(apposed.group(1))
        org.said_from, org.said_to = org.start, apposed.end()
        return
    possessed = _COUNTRYS_TRADE.match(fold, org.end)
    if possessed and only_a_country(possessed.group(1)):
        org.country = countries_in(possessed.group(1))[0].country
        org.said_from, org.said_to = org.start, possessed.end()
        return
    # "Kelvo Holdings, le premier producteur de lait du Kenya, a signé": the country its
    # apposition ranks it in
    ranked = _FRENCH_TRADE_OF_A_COUNTRY.match(fold, org.end)
    if ranked and only_a_country(ranked.group(1)):
        org.country = countries_in(ranked.group(1))[0].country
        org.said_from, org.said_to = org.start, ranked.end(1)
        return
    # "l'entreprise Golden United Group (GUP) du Soudan": the country's name after the
    # name (and its letters), of a company said by its noun
    of = _OF_ITS_COUNTRY.match(fold, org.end)
    if of and not _COMPANY_NOUN_BEFORE.search(fold, max(0, org.start - 16), org.start):
        of = None
    # "X and Norvel Energy of South Korea have signed …": the country's name after the name
    of = of or _OF_ITS_COUNTRY_EN.match(fold, org.end)
    if of and of.group(1) in country_names() and only_a_country(of.group(1)):
        org.country = countries_in(of.group(1))[0].country
        org.said_from, org.said_to = org.start, of.end(1)


def _company_noun_opening(text: str, org: OrgMention) -> None:
    """ "la Compagnie de Développement Industriel S.A.": the capitalised company's noun and
    its "de" before a name its legal form closes are words of that name."""
    if not rx.search(r"\b(?:S\.A\.|SA|SARL|SAS|Ltd|Limited|Inc\.)$", org.name):
        return
    noun = _COMPANY_NOUN_OPENING.search(text, max(0, org.start - 16), org.start)
    if noun is not None:
        org.name = text[noun.start() : org.start] + org.name
        org.start = noun.start()


def _joint_venture_opening(org: OrgMention) -> None:
    """ "set up JV National Ceramics", "la JV Kelvo Maroc": the letters of what the company
    is (a joint venture), no word of its name."""
    opened = rx.match(r"(?:JV|J\.V\.) (?=[A-Z])", org.name)
    if opened is not None and " " in org.name[opened.end() :]:
        org.name = org.name[opened.end() :]
        org.start += opened.end()


def _quoted_before_form(text: str, org: OrgMention) -> None:
    """A legal form alone ("Limited") after a name in quotes: the quoted name and its form
    are the company's one name."""
    if not rx.fullmatch(_SUFFIX, org.name):
        return
    quoted = _QUOTED_NAME_BEFORE.search(text, max(0, org.start - 50), org.start)
    if quoted is None:
        return
    org.name = f"{quoted.group(1)} {org.name}"
    org.start = quoted.start()


# "Audi, Zentra and Norvel": up to five names of up to three words listed before the end
_NAMES_LISTED = r"(?: [\w&'-]+(?: [\w&'-]+){0,2}(?:,| and| et)){0,4} $"
# What an event, a programme or a policy is called by: "le sommet « Choose France »", "the
# Invest Africa forum programme": its name is no organisation's.
_EVENT_BEFORE = re.compile(
    r"\b(?:sommet|summit|forum|salon|programme|program|initiative|conference|festival|foire"
    r"|fair|expo|exposition|campagne|campaign|edition|plan|strategie|strategy|label|slogan)"
    r"(?: (?:de la|du|des|de|d'|of the|of))?\s*[\"«“']?\s*$"
)
# A scheme a plant works under, said before its letters: "dans le cadre de l'AGOA", "under
# AGOA", "in the framework of the"
_FRAMEWORK_BEFORE = re.compile(
    r"\b(?:dans le cadre (?:de l'|du |de la |des )|au titre (?:de l'|du |de la )"
    r"|under (?:the )?|in the framework of (?:the )?|within the framework of (?:the )?)$"
)
# "70 Chevaux Vapeur (CV)", "500 Mega Watts": a unit after its number, no organisation.
_AFTER_A_NUMBER = re.compile(r"\d\s$")
# "Aug 30 Kelvo Corp will partner …": a wire's dateline, its month and day, opens the
# sentence; the name after it is no number's unit
_DAY_OPENING = re.compile(
    r"\s*(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2} "
)
# "will manufacture integrated circuits for Samsung and Apple": the customers of what a
# plant makes, no party to it (nor an organisation the analyst records).
_CUSTOMER_BEFORE = re.compile(
    r"\b(?:manufactur\w*|produc\w*|suppl\w*|mak(?:e|es|ing)|fabriqu\w*|produi\w*|fourni\w*)"
    r"\b[^.;,]{0,50}? (?:for|to|pour)(?: (?:customers|clients) (?:such as|like|tels? que|comme))?"
    # "supplies parts to Audi, Zentra and Norvel": each customer listed
    + _NAMES_LISTED
)
# "The company also sells to Norvel suppliers", "exports to Zentra and Keltor", "vend ses
# câbles à Norvel": the buyers of what a company sells, in the present or the future, no
# party (the past, "sold the plant to X", names a buyer that may be one).
_SOLD_TO = re.compile(
    r"\b(?:sell(?:s|ing)?|will sell|export(?:s|ing)?|will export|vend(?:ent|ra|ront)?"
    r"|export(?:e|ent|era|eront))\b[^.;,]{0,50}? (?:to|a|aux)" + _NAMES_LISTED
)


# "l'entreprise fournit notamment Volkswagen et Daimler", "it supplies Norvel and Keltor":
# the companies a supplier serves, named as its verb's object, are its customers, no party.
_SUPPLIED_OBJECT = re.compile(
    r"\b(?:suppl(?:y|ies|ying)|serv(?:es|ing)|fourni(?:t|ssent|ra|ront|ssait|ssaient)"
    r"|approvisionn(?:e|ent|era|eront|ait))"
    r"(?: (?:notamment|entre autres|principalement|surtout|deja|aussi|egalement|mainly|notably"
    r"|also|already|chiefly|among others|including|such as))?"
    # "fournit le groupe Renault", "supplies the carmaker Toyota": the customer's noun first
    r"(?: (?:le|la|les|l'|the|des|du) ?(?:groupes?|groups?|constructeurs?|carmakers?|firms?"
    r"|societes?|entreprises?|company|companies|manufacturers?|makers?)(?: [a-z-]+)?)?"
    + _NAMES_LISTED
)
# "Gedia, l'un des principaux clients d'Electropoli", "Norvel, one of its biggest customers",
# "Keltor, a customer of the group": a company said to be another's customer.
_CUSTOMER_APPOSED = re.compile(
    r",? (?:(?:l'une?|une?|one|two|deux) (?:des|de ses|de leurs|of(?: the| its| their)?) "
    r"|(?:an?|le|la|its|their|son|sa|leur) )"
    r"(?:(?:principaux|principales|plus grands|grands|main|largest|biggest|major|key|premier)"
    r" )?(?:clients?|clientes?|customers?)\b"
)


def _sold_to(before: str) -> bool:
    """True if ``before`` (the folded words before a name) says the name buys what a company
    makes; one sold a plant or a stake ("vendra l'usine à X", "sells its stake to X") is a
    buyer that may be a party."""
    sold = _SOLD_TO.search(before)
    return sold is not None and not rx.search(
        rf"\b(?:{PROJECT_NOUNS_EN}|{PROJECT_NOUNS_FR}|stakes?|shares?|participations?|actions"
        r"|parts|business|activites?|filiale|subsidiary|unit|site)\b",
        sold.group(),
    )


# A zone, a park or an estate named in quotes: "la zone franche « X City »", "the free zone
# \"X Park\"", "le parc industriel « X »": its name is a place's, no company's.
_ZONE_QUOTED = re.compile(
    r"\b(?:zones?(?: (?:franche|industrielle|economique|logistique|d'activites)s?)?"
    r"(?: speciales?)?|parcs?(?: industriels?| d'activites)?|technopole|agropole|technopark"
    r"|(?:free|industrial|economic|special economic|free trade|export processing) (?:zone|park)"
    r"|industrial estate|business park)\s*[\"«“]\s?$"
)
# A company's noun just before a name in quotes: "national company “X”", "la société « X »",
# "le Groupe dominicain « M »" (its nationality between).
_NOUN_THEN_QUOTED = re.compile(
    r"\b(?:company|firm|group|corporation|enterprise|holding|concern|societe|entreprise"
    r"|groupe|compagnie|firme)(?: (?P<adjective>[a-z-]+))?"
    # ("le groupe allemand spécialisé dans la fabrication de composants automobiles “X”": what
    # it does, between its nationality and its name)
    r"(?:,? (?:specialisee?s?|specialized|specialised|actife?s?|active) (?:dans|en|in)"
    r" [a-z' -]{3,70}?,?)?\s*[\"«“]\s?$"
)
# What two companies named together do, with no one named after: "Kelvo and Tarvo Steel on
# Monday signed a memorandum" (folded).
_PAIR_SIGNS_AFTER = re.compile(
    r"(?: on \w+| (?:have|has|had)| (?:jointly|together))? (?:signed|inked|exchanged|sealed"
    r"|concluded|agreed)\b(?![^.;]*\b(?:with|avec)\b)"
)
# A plant of a country's, its company's name in quotes after it: "la première usine de la
# République Populaire de Chine « Kelvo Headwear »".
_PLANT_OF_A_COUNTRY_QUOTED = re.compile(
    r"\b(?:usine|factory|plant)s? (?:de la |du |de l'|d'|de |of (?:the )?)([^,.;«»\"“]{2,60})"
    r"\s*[\"«“]\s?$"
)
# A grade or a class said in quotes: "a certificate \"A\"", "la catégorie « B »".
_GRADE_QUOTED = re.compile(
    r"\b(?:certificates?|certificats?|certification|class|classe|category|categorie|grade|type"
    r"|rating|notation|note|label|level|niveau)\s*[\"«“]\s?$"
)
# "pour ses clients européens (notamment X, Y et Z)", "for brands such as X and Y", "pour les
# marques allemandes X et Y et le suédois Z": the customers served, each listed after them.
_CUSTOMERS_LISTED = re.compile(
    r"\b(?:for|pour) (?:les |the |its |their |ses |leurs )?(?:clients|customers|marques|brands"
    r"|firmes)(?: [a-z-]+){0,2}(?:(?: \(|,)? ?(?:notamment|such as|including|like|comme"
    r"|tels que|telles que))? (?:[\w&'-]+,? ){0,12}$"
)
# "Among their clients is the Canadian-American multinational brewer Molson Coors", "Parmi
# ses clients figurent X et Y": the companies a company serves, listed after the words.
_AMONG_CLIENTS = re.compile(
    r"\b(?:among (?:its|their|the company's|the group's) (?:clients|customers)"
    r"|parmi (?:ses|leurs) (?:clients|clientes))\b[^.;:]{0,90}$"
)
# "The plant will be located … and will be known as Kelta Steel Manufacturing", "a new
# assembly operation, called X Company Limited": the name a plant goes by, no company's.
_PLANT_CALLED = re.compile(
    rf"\b(?:{PROJECT_NOUNS_EN}|{PROJECT_NOUNS_FR})\b[^.;]{{0,120}}"
    # ("opened a new assembly operation in Laos, called Kelvo Lao Company Limited")
    r"(?:\b(?:be|been|is|was|sera|seront|est|sont) |, )(?:known as|named|called|dubbed"
    r"|baptisee?s?|appelee?s?|denommee?s?|nommee?s?) $"
)
# A newspaper or a broadcaster the article quotes or is written for: "a constaté un reporter
# de Vant bèf info (VBI)", "told a correspondent of Le Soleil".
_REPORTED_BY = re.compile(
    r"\b(?:reporters?|journalistes?|journalists?|correspondante?s?|correspondents?|redaction"
    r"|newspaper|quotidien|hebdomadaire|daily|weekly|agence de presse|news agency)"
    r" (?:de |du |d'|of |at |for |from )?(?:la |le |l'|the )?$"
)
# A dateline's agency in brackets: "Vinh Phuc (VNA) –", where the article was written and
# by whom, no organisation's name and acronym.
_DATELINE_AGENCY = re.compile(r"\s*\([A-Z]{2,6}\)\s*[–—-]")


# An economy's measure or instrument written with capitals, often with its acronym: "Foreign
# Direct Investment (FDI)", "Gross Domestic Product (GDP)", "Investissements Directs
# Etrangers (IDE)": no organisation.
_ECONOMIC_MEASURE = re.compile(
    r"(?:foreign |outward |inward )?direct investments?|foreign investments?"
    r"|gross (?:domestic|national) (?:product|income)|consumer price index"
    r"|purchasing managers'? index|value[- ]added tax|research and development"
    r"|public[- ]private partnerships?|investissements? directs? etrangers?"
    r"|produit interieur brut|taxe sur la valeur ajoutee"
    # a study, an aid or a policy said with capitals and its acronym: "Detailed Environmental
    # Impact Assessment (DEIA)", "Official Development Assistance (ODA)", "In Country Value"
    r"|(?:detailed )?environmental (?:and social )?impact assessments?"
    r"|etudes? d'impact (?:environnemental|sur l'environnement)"
    r"|official development assistance|in[- ]country value"
)


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    """Every currency's code of three letters (ISO 4217, by pycountry): "EUR", "USD"."""
    import pycountry

    currencies: Any = pycountry.currencies  # pycountry's lookups are untyped
    return frozenset(str(c.alpha_3) for c in currencies)


# "Kisumu-based", "London-listed", "state-owned": a word saying where a company is seated or
# listed, or who owns it, no company's name
_SEATED_WORD = re.compile(r"[\w.' -]+-(?:based|listed|owned|headquartered|run|led|backed)")


# An agreement's letters, never an organisation's name: "MoU", "MOUs", "LoI", "MoA"
_AGREEMENT_LETTERS = re.compile(r"M[oO][UuAa]s?|L[oO][Ii]s?|JVAs?|PPAs?|SPAs?|HoAs?")


# A partner named after "with" right after a plant's noun or a verb of building: "a battery
# plant nearby with LG Energy Solution", "a joint venture together with Kelvo Power Systems"
_WITH_PARTNER = re.compile(
    r"\b(?:plant|factory|facility|venture|plants|factories)\b[^.;,]{0,20}? (?:together |jointly )?"
    r"with ((?:[A-Z]{2,5}|[A-Z][\w&-]+)(?: [A-Z][\w&-]+){1,3})(?![\w-])"
)


def _partner_named_after_with(
    text: str, fold: str, start: int, end: int, found: list[OrgMention]
) -> list[OrgMention]:
    """The company a plant is built with, named after "with" (``_WITH_PARTNER``), when a
    word of its name says a company ("Energy", "Motors", "Solution") and no other reading
    took its words."""
    more = []
    for match in _WITH_PARTNER.finditer(text, start, end):
        a, b = match.span(1)
        words = match.group(1).split()
        if _overlaps(a, b, found) or not any(
            _COMPANY_NAME_WORDS.fullmatch(w.casefold()) or w in ("Solution", "Solutions", "Systems")
            for w in words[1:]
        ):
            continue
        if countries_in(fold[a:b]) or places_in(fold[a:b]):
            continue
        more.append(OrgMention(match.group(1), "company", a, b, None, None, 0.55))
    return more


def _not_an_org(text: str, fold: str, start: int, org: OrgMention) -> bool:
    """True for a name no analyst records as an organisation: a continent or a world
    region ("région Europe"), an event or a programme ("le sommet Choose France"), a place
    before a dateline's agency ("Hanoi (VNA) –"), or an adverb that opens a sentence with
    a capital ("Initialement, la société X", "Initially, the firm X")."""
    key = fold_text(org.name)
    if _WORLD_REGION.fullmatch(key) or _ECONOMIC_MEASURE.fullmatch(key):
        return True
    if _AGREEMENT_LETTERS.fullmatch(org.name):
        return True  # "Indian conglomerate signs MoU": an agreement by its letters
    if org.name in _currency_codes() and (
        rx.match(r" ?\d", text[org.end : org.end + 2])
        or rx.search(
            r"\d(?:[\d.,]*\d)?\s*(?:million|billion|mln|bn|m|k|thousand)?\s?$",
            text[max(start, org.start - 24) : org.start],
        )
    ):
        return True  # "EUR 40 million", "350 million GEL": a sum's currency, said by its code
    if _EVENT_BEFORE.search(fold[max(start, org.start - 40) : org.start]):
        return True
    if _FRAMEWORK_BEFORE.search(fold[max(start, org.start - 30) : org.start]) and rx.fullmatch(
        r"[A-Z]{2,8}", org.name
    ):
        return True  # "dans le cadre de l'AGOA", "under AGOA": a scheme's letters, no body
    if _SEATED_WORD.fullmatch(key):
        return True  # "a joint venture with Kisumu-based business group": where it is seated
    if _DATELINE_AGENCY.match(text, org.end) and not text[start : org.start].strip():
        return True
    if _REPORTED_BY.search(fold[max(start, org.start - 40) : org.start]):
        return True
    if _AFTER_A_NUMBER.search(text, max(start, org.start - 2), org.start) and not (
        _DAY_OPENING.fullmatch(text, start, org.start)
    ):
        return True
    if _CUSTOMER_BEFORE.search(fold[max(start, org.start - 80) : org.start]):
        return True
    if _CUSTOMERS_LISTED.search(fold[max(start, org.start - 160) : org.start]):
        return True
    if _AMONG_CLIENTS.search(fold[max(start, org.start - 160) : org.start]):
        return True
    if _PLANT_CALLED.search(fold[max(start, org.start - 160) : org.start]):
        return True
    if _sold_to(fold[max(start, org.start - 100) : org.start]):
        return True
    if _SUPPLIED_OBJECT.search(fold[max(start, org.start - 100) : org.start]):
        return True
    if _CUSTOMER_APPOSED.match(fold, org.end):
        return True
    before = text[start : org.start].rstrip(" \n\"'«“-—")
    opens = not before or before.endswith((".", "!", "?", "\n"))
    return (
        opens
        and " " not in org.name
        and rx.fullmatch(r"[a-z]{4,}(?:ment|ly)", key) is not None
        and rx.match(r"\s*,", text[org.end : org.end + 2]) is not None
    )


# "Egypt's Suez Canal Economic Zone signed a contract with X": a zone said as the one who
# signs is the body that runs it
_ZONE_SIGNS = re.compile(
    r"(?<![\w'’])((?:[A-Z][\w-]+ ){1,5}(?:Economic Zone|Free Zone|Free Trade Zone|Industrial Zone"
    r"|Export Processing Zone|Economic City))(?: \([A-Za-z]{2,8}\))?"
    r" (?:has |have |on \w+ )?(?:signed|inked|sealed|concluded)\b"
)


# "Le gouvernement tchadien et la SOMADIA -société de droit français- ont signé", "la KORVEX,
# une société malienne": a name in capitals after a French article, said to be a company or
# to sign; "de droit français", the law it is formed under, says its country
_CAPITALS_WITH_ARTICLE = re.compile(
    r"(?<![\w'’])(?:(?:[Ll][ae]) |[Ll]['’] ?)(?P<name>[A-Z][A-Z0-9]{3,}(?:-[A-Z0-9]+)?)(?![\w'’-])"
)
_SAID_A_FIRM = re.compile(
    r" ?[,(–—-] ?(?:une |la )?(?:societe|entreprise|firme|compagnie|groupe|filiale)\b"
    r"(?: (?:de droit|anonyme de droit) (?P<law>[a-z]+))?"
)
_NOT_A_FIRM_IN_CAPITALS = frozenset(
    {"COVID", "FCFA", "CFA", "CEDEAO", "UEMOA", "CEMAC", "ZLECAF", "ONU", "UNESCO", "BTP"}
)


def _capitals_with_article(
    text: str, fold: str, start: int, end: int, found: list[OrgMention]
) -> list[OrgMention]:
    """Companies named in capitals after a French article, said a company right after or
    signing in the sentence (``_CAPITALS_WITH_ARTICLE``)."""
    more: list[OrgMention] = []
    for match in _CAPITALS_WITH_ARTICLE.finditer(text, start, end):
        a, b = match.span("name")
        name = match["name"]
        if (
            name in _NOT_A_FIRM_IN_CAPITALS
            or _overlaps(a, b, [*found, *more])
            or countries_in(fold[a:b])
            or world_town_country(name.title())
        ):
            continue
        firm = _SAID_A_FIRM.match(fold, b, end)
        if firm is None and not (
            _SIGNS.search(fold, b, end) and rx.match(r"(?: et | ont | a |,)", fold[b : b + 5])
        ):
            continue
        law = firm["law"] if firm is not None else None
        country = nationality_word(law) if law else None
        said_to = firm.end() if country and firm is not None else None
        more.append(
            OrgMention(
                name, "company", a, b, country, None, 0.6, a if country else None, None, said_to
            )
        )
    return more


# "China Railway Construction Corporation(CRCC) et CIRDL", "Kelvo Mining and TRX": a name
# in capitals joined by "et" or "and" to a company's (its letters in brackets between)
_CAPITALS_JOINED = re.compile(
    r"(?: ?\([A-Z][\w&.-]{1,11}\))? (?:et|and) (?P<name>[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)?)"
    r"(?![\w'’&-]| [A-Z])"
)


_PLURAL_FIRMS_BEFORE = re.compile(
    r"\b(?:societes|entreprises|firmes|groupes|companies|firms|groups)"
    r"(?: [\w-]+)? $"
)


def _capitals_joined(
    text: str, fold: str, start: int, end: int, found: list[OrgMention]
) -> list[OrgMention]:
    """Companies in capitals joined to a company the sentence names (``_CAPITALS_JOINED``)."""
    more: list[OrgMention] = []
    for org in [o for o in found if o.kind == "company"]:
        joined = _CAPITALS_JOINED.match(text, org.end, end)
        if joined is None:
            continue
        a, b = joined.span("name")
        name = joined["name"]
        if (
            name in _NOT_A_FIRM_IN_CAPITALS
            or name in ("US", "USA", "UK", "UAE", "EU", "PRC", "RDC", "DRC")
            or _overlaps(a, b, [*found, *more])
            or countries_in(fold_text(name))
            or name in _currency_codes()
        ):
            continue
        # ("les sociétés chinoises X et Y": the plural says both companies' country)
        plural = _PLURAL_FIRMS_BEFORE.search(fold, max(start, org.start - 40), org.start)
        country = org.country if plural else None
        said_from = org.said_from if plural else None
        more.append(OrgMention(name, "company", a, b, country, None, 0.55, said_from))
    return more


def _zones_that_sign(text: str, start: int, end: int, found: list[OrgMention]) -> list[OrgMention]:
    """The zones the sentence says sign ("Egypt's Suez Canal Economic Zone signed a contract
    with X"): the body that runs the zone, a party, no place of the plant's."""
    more = []
    for match in _ZONE_SIGNS.finditer(text, start, end):
        a, b = match.span(1)
        if not _overlaps(a, b, found):
            more.append(OrgMention(text[a:b], "agency", a, b, None, None, 0.55))
    return more


def _known(text: str, fold: str, start: int, end: int, found: list[OrgMention]) -> list[OrgMention]:
    """Companies and agencies the press names by their name alone ("avec Atomstroyexport");
    the country is what the text says beside the name ("Rosoboronexport of Russia")."""
    more = []
    for match in _known_pattern().finditer(text, start, end):
        a, b = match.start(), match.end()
        if text[max(start, a - 2) : a].strip() == "(":
            continue  # "(Feraal)": the name of the organisation before it, given again
        if not _overlaps(a, b, found):
            country = _country(fold, a, b, end, start)
            # "OCP Nigeria", "Tata Ghana": the company's own in the country, by name (its
            # country is no word of its name)
            b = country_subsidiary_end(text, fold, b, end) or b
            more.append(OrgMention(text[a:b], "other", a, b, country, None, 0.6))
    return more


# An acronym in capitals after an elided article: "entre l'APTX et …".
_ELIDED_ACRONYM = re.compile(r"(?<![\w-])[lL]['’]([A-Z]{3,8})(?![\w&-])")
# Who reports, not who acts: "selon l'AMI", "rapporte l'AMI".
_SOURCE_BEFORE = re.compile(r"\b(?:selon|rapporte|indique|annonce|precise|d'apres) $")


def _elided_acronyms(
    text: str, fold: str, start: int, end: int, found: list[OrgMention]
) -> list[OrgMention]:
    """Organisations said by their acronym alone after "l'": a French article is said only
    before a noun, and capitals alone are a body's initials. One that reports the news
    ("selon l'AMI") is a source, no party."""
    more = []
    for match in _ELIDED_ACRONYM.finditer(text, start, end):
        a, b = match.span(1)
        if _overlaps(a, b, found) or _SOURCE_BEFORE.search(fold, max(start, a - 12), a - 2):
            continue
        more.append(OrgMention(text[a:b], "agency", a, b, None, None, 0.55))
    return more


# An acronym in capitals after "la" or "le": "la KELMAR compte répondre", "la SOCOCIM va
# construire" (a French article before capitals alone is a body's, mostly a company's)
_ARTICLE_ACRONYM = re.compile(r"(?<![\w-])(?:[Ll]a|[Ll]e) ([A-Z]{3,8})(?![\w&'’-]| [A-Z])")
# Capitals after an article that name no body: a measure, a tax, a trade, a title
_NOT_A_BODY = frozenset(
    {
        *("PIB", "TVA", "BTP", "USD", "EUR", "FCFA", "CFA", "PME", "PMI", "SMIG", "SMIC"),
        *("COVID", "TTC", "PDG", "CEO", "DGA", "DRH", "DAF", "COP", "CAN", "GPL", "GNL"),
        *("ZES", "ZLECAF", "ZLECA", "TIC", "NTIC", "VIH", "SIDA", "FOB", "CAF", "PPP", "IDE"),
        *("SARL", "SAS", "SPA", "PSE", "PND", "PAP", "ZEE", "ZAE", "ZFI", "ZAI"),
    }
)


def _article_acronyms(
    text: str, fold: str, start: int, end: int, found: list[OrgMention]
) -> list[OrgMention]:
    """Organisations said by their acronym alone after "la" or "le" (in French): a company
    or a body, not a country ("la RDC"), nor a measure or a title ("le PIB", "le PDG")."""
    more = []
    for match in _ARTICLE_ACRONYM.finditer(text, start, end):
        a, b = match.span(1)
        letters = match.group(1)
        if letters in _NOT_A_BODY or countries_in(fold[a:b]) or _overlaps(a, b, found):
            continue
        if f"({letters})" in text:
            continue  # (the letters of a name the text spells out: read with it)
        if _SOURCE_BEFORE.search(fold, max(start, match.start() - 12), match.start() - 1):
            continue
        more.append(OrgMention(letters, "company", a, b, None, None, 0.55))
    return more


# A country's name right after a known company's: its subsidiary there ("OCP Nigeria").
_SUBSIDIARY = re.compile(r" ((?:[A-Z][\w'’-]+)(?: [A-Z][\w'’-]+)?)(?![\w'’-])")


def country_subsidiary_end(text: str, fold: str, b: int, end: int) -> int | None:
    """Where a country's name said right after a company's name ending at ``b`` ends ("OCP
    Nigeria", "Norvel Canada"): the company's own in that country, a company of its own;
    None when no country's name (a nationality is none) follows."""
    subsidiary = _SUBSIDIARY.match(text, b, end)
    said = countries_in(fold[b + 1 : subsidiary.end()]) if subsidiary else []
    if (
        subsidiary
        and said
        # "Kubota Europe La France a été": a country with its article opens the next words
        and not rx.match(r"(?:la|le|les|the) ", fold[b + 1 : subsidiary.end()])
        and said[0].end == subsidiary.end() - b - 1
        and nationality_word(subsidiary.group(1)) is None
    ):
        return subsidiary.end()
    return None


# "la Chambre de commerce, d'agriculture, d'industrie et des métiers de Brazzaville", "the
# Kelvo Chamber of Commerce and Industry": a chamber of commerce, its trades listed, its town
_CHAMBER = re.compile(
    r"\b(?:Chambre de [Cc]ommerce(?:(?:,| et) (?:d['’]|de l['’]|de la |des |du )[\w'’-]+){0,4}"
    r"(?: (?:de|du|d['’]) ?(?P<town>[A-Z][\w'’-]+(?:-[A-Z][\w'’-]+)*))?"
    r"|(?:[A-Z][\w-]+ ){1,3}Chamber of Commerce(?: and Industry)?)"
)


def _chambers(text: str, start: int, end: int, found: list[OrgMention]) -> list[OrgMention]:
    """Chambers of commerce no other name read covers, each of its town's country."""
    chambers = []
    for match in _CHAMBER.finditer(text, start, end):
        a, b = match.span()
        if _overlaps(a, b, found):
            continue
        town = match["town"]
        named = countries_in(fold_text(town)) if town else []
        code = named[0].country if named else (world_town_country(town) if town else None)
        chambers.append(OrgMention(match.group(), "agency", a, b, code, None, 0.6))
    return chambers


@lru_cache(maxsize=1)
def _known_pattern() -> re.Pattern[str]:
    names = sorted(KNOWN_ORGS, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


# "Bangladesh Atomic Energy Commission (BAEC)", "The Suez Canal Economic Zone (SCZONE)":
# capitalised words spelled out before the acronym that names them.
# "Norvel Motor Manufacturing (UK) (NMUK)": a country's initials in brackets before the
# acronym are the name's own
_SPELLED = re.compile(
    r"((?:(?:[dl]['’])?[A-Z][\w'’-]*(?: (?:of|for|and|de|du|des|d'|d’|et|la|le|l'|l’|pour))* ){1,7}(?:[dl]['’])?[A-Z][\w-]*"
    r"(?: \((?:" + "|".join(_INITIALS_COUNTRY) + r")\))?) \(([A-Z][A-Za-z]{1,9})\)"
)
_NOT_ORG_HEADS = re.compile(
    r"(?:plant|project|complex|factory|npp|centrale|usine|complexe|projet|zone industrielle|agreement|accord|memorandum"
    r"|park|parc|zone economique speciale|special economic zone"
    # "the Memorandum of Understanding (MOU)", "the African Growth and Opportunity Act
    # (AGOA)": an agreement or a law, named, is no body
    r"|memorandum of understanding|act|treaty|traite|protocol|protocole)$"
)
# A zone's name said where something is ("a factory in Mongla Export Processing Zone
# (EPZ)", "une usine dans la Zone Franche Industrielle (ZFI)"): a place; the same words said
# as one who acts ("the Suez Canal Economic Zone (SCZONE) announced") are a body's.
_ZONE_NAMED = re.compile(r"(?:zone|zone franche(?: [a-z]+)?|industrial estate)$")
_IN_BEFORE = re.compile(
    r"\b(?:in|into|within|inside|dans|en|au sein de)(?: (?:the|la|le|l'))?(?: [\w-]+){0,2} ?$"
)


def _zone_said_as_place(fold: str, start: int, a: int, b: int) -> bool:
    """True if the words ``fold[a:b]`` spelled before an acronym name a zone said as where
    something is ("in Mongla Export Processing Zone (EPZ)", "dans la Zone franche de
    Kelvar (ZFK)"): a place, no body."""
    # ("dans la Zone spéciale de développement de Mariel (ZSDM)": the French noun first)
    named = _ZONE_NAMED.search(fold[a:b].rstrip()) or fold.startswith("zone ", a)
    return bool(named and _IN_BEFORE.search(fold, max(start, a - 30), a))


# "at Brunei's Pulau Muara Besar (PMB)", "in the Kelta Valley (KV)": a place's word before
_AT_PLACE_BEFORE = re.compile(r"\b(?:at|in|near|a|pres de)(?: the| la| le| l')? (?:[\w-]+['’]s )?$")
_BODY_WORD = re.compile(
    r"\b(?:authority|commission|agency|council|corporation|company|bank|board|office|institute"
    r"|university|ministry|agence|autorite|societe|ministere|group|holdings?|limited|ltd)\b"
)


# "(Exim Bank)", "(Kelvo Group)": a body's short name in brackets, after its full name
_SHORT_NAME_IN_BRACKETS = re.compile(r"\s*\(\s*([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})\s*\)")


def _site_said_as_place(text: str, fold: str, start: int, a: int, b: int) -> bool:
    """True if the words ``fold[a:b]`` spelled before an acronym are a site said where a
    plant is ("a plant at Brunei's Pulau Muara Besar (PMB)"): no word of a body or a company
    among them, after a word that says where."""
    return bool(
        _AT_PLACE_BEFORE.search(fold, max(start, a - 30), a)
        and not (_BODY_WORD.search(fold, a, b) or _COMPANY_WORD.search(fold, a, b))
        and not (text[a:b].isupper())
    )


# "Plan Sénégal Emergent (PSE)", "Vision 2030": a plan or a policy, named, is no body
_NOT_ORG_OPENING = re.compile(
    r"(?:plan|programme|program|strategie|strategy|vision|initiative|politique|policy)\b"
    # "le Parc Industriel de la Plaine de l'Ain (Pipa)": a park, where plants stand
    r"|parc (?:industriel|d'activites|technologique|scientifique|logistique|eco-industriel"
    r"|agro-industriel)\b"
)
# "Société des Moulins Modernes du Togo (SMMT)": a company's noun opens the name, whatever
# place it says
_COMPANY_OPENING = re.compile(r"(?:societe|compagnie|entreprise|company|corporation|groupe) ")


def _spelled_before_acronym(
    text: str, fold: str, start: int, end: int, found: list[OrgMention]
) -> list[OrgMention]:
    more = []
    for match in _SPELLED.finditer(text, start, end):
        a, b = match.start(1), match.end(1)
        words = match.group(1).split()
        while words and words[0] in ("The", "Le", "La", "Les", "L'", "L’", "As", "In", "For"):
            a += len(words.pop(0)) + 1
        for n in (1, 2, 3):
            # "Saudi Arabia's Public Investment Fund (PIF)": whose it is, no word of its name
            owner = " ".join(words[:n])
            if (
                len(words) > n + 1
                and rx.search(r"['’]s$", owner)
                and only_a_country(fold_text(owner[:-2]))
            ):
                a += len(owner) + 1
                words = words[n:]
                break
        acronym = match.group(2)
        # "PDG de Ciments d'Afrique (CIMAF)": the words before the acronym's first letter
        # are not its name
        while len(words) > 2 and words[0][0] != acronym[0] and words[1] in ("de", "of", "du"):
            a += len(words.pop(0)) + len(words.pop(0)) + 2
        # "Prestige Ciment Côte d'Ivoire (Pcci)": an acronym of every word, whatever its case
        whole = fold_text(acronym) == _initials(" ".join(words))
        if (
            len(words) < 2
            or not (acronym.isupper() or whole)
            or (acronym[0] != words[0][0].upper() and not _parent_and_unit(words, acronym))
            or _NOT_ORG_HEADS.search(fold[a:b])
            or _zone_said_as_place(fold, start, a, b)
            or _site_said_as_place(text, fold, start, a, b)
            or _NOT_ORG_OPENING.match(fold, a)
            # "a Special Economic Zone (SEZ) to be developed by …": one of a kind described,
            # not an institution (those are named with "the" or nothing)
            or rx.search(r"\b(?:a|an|un|une)\s$", fold[max(start, a - 4) : a])
            # "Moulay Hafid Elalamy (MHE), ministre de l'Industrie": a person's initials
            or _TITLE_AFTER_INITIALS.match(fold, match.end())
            or any(
                o.start < b
                and a < o.end
                and not (a < o.start and o.end <= b)
                # (the parent's name, cut at its possessive, gives way to the unit's)
                and not (
                    o.start == a
                    and _POSSESSIVE_IN_NAME.match(text, o.end)
                    and _parent_and_unit(words, acronym)
                )
                for o in found
            )
            or (
                places_in(fold[a:b])
                and not whole
                and not _COMPANY_OPENING.match(fold, a)
                # "Suez Canal Economic Zone (SCZONE)": an institution's noun ends it
                and not rx.search(
                    r"(?:zone|authority|commission|agency|council|corporation|company|bank|board"
                    r"|office|institute|university|agence|autorite|office|societe)$",
                    fold[a:b],
                )
            )
        ):
            continue
        company = rx.search(
            r"\b(?:Company|Holding|Group|Corporation|Ltd|Limited|SA|SpA)\b", text[a:b]
        ) or _COMPANY_WORD.search(fold[a:b])  # "Prestige Ciment …": a trade, a company's
        country = _country(fold, a, b, end, start)
        more.append(
            OrgMention(text[a:b], "company" if company else "agency", a, b, country, acronym, 0.6)
        )
    return more


def _parent_and_unit(words: list[str], acronym: str) -> bool:
    """True if ``words`` name a unit after its parent's possessive and ``acronym`` spells
    some of their initials in order ("China Nonferrous Metal Industry’s Foreign Engineering
    and Construction (NFC)"): the whole is the unit's name."""
    owner = next((i for i, w in enumerate(words) if _POSSESSIVE_IN_NAME.search(w)), None)
    if len(acronym) < 3 or owner is None:
        return False
    if "and" in words[:owner] or countries_in(fold_text(words[owner])):
        # "Nigeria’s Sovereign Investment Authority (NSIA)": a country's body; "X and Y’s":
        # two names
        return False
    initials = iter(w[0] for w in words if w[:1].isupper())
    return all(letter in initials for letter in acronym)


# A country's combining form before another's adjective: "Tuniso", "Franco-", "Sino-".
_JOINT = re.compile(r"\b(?:[a-z]{3,}o)[ -]$")


def _country(fold: str, a: int, b: int, limit: int, since: int = 0) -> str | None:
    """The country said of the name at ``a:b``: in it, after it, just before it (in its
    sentence, from ``since``: a headline's last word is no nationality of the body's first),
    or as a possessive."""
    inside = countries_in(fold[a:b])
    if inside and _JOINT.search(fold, a, a + inside[0].start):
        return None  # "Chambre … Tuniso Tarvelienne": two countries' body, neither's own
    if inside and rx.search(r"\b(?:inter|pan|trans)-$", fold[a : a + inside[0].start]):
        return None  # "Banque de développement inter-américaine": a continent's, no country's
    if inside:
        return inside[0].country
    # ("Hongshi Group from China": where it is from)
    after = rx.match(r" (?:en|of|from|d'|de la|de l') ?([\w-]+)", fold[b:limit])
    if after:
        named = countries_in(after.group(1))
        if named:
            return named[0].country
    lo = max(since, a - 12)
    before = countries_in(fold[lo:a])
    if before and fold[a - 1 : a] == " " and lo + before[-1].end >= a - 1:
        return before[-1].country  # "le turc Tosyali", not "TEDA-Egypt and Xin Feng Ming"
    apposed = rx.match(
        r", ([a-z][\w -]{2,25}?)(?= that\b| which\b| qui\b| dont\b|[.,;]|$)", fold[b:limit]
    )
    if apposed:
        named = countries_in(apposed.group(1))
        if named and named[0].start == 0 and named[0].end == len(apposed.group(1)):
            return named[0].country  # "Wengpeng Group, China that is engaged in …"
    possessive = _POSSESSIVE.search(fold, max(0, a - 30), a)
    if possessive and possessive.end() == a:
        # "China's Huaxin Cement": whose the company is
        return _possessor_country(possessive.group(1))
    return None


def _possessor_country(whose: str) -> str | None:
    """The country ``whose`` (folded) is, said as a possessive: "jordan" is a name as often
    as a country's, which its "'s" says it is ("Jordan's Kelvo Industries")."""
    named = countries_in(f"{whose}'s ")
    if named and named[-1].end == len(whose):
        return named[0].country
    return None


# A country's possessive before a name: "China's Huaxin Cement", "Turkey’s Kordsa".
# ("Laos' Ministry of Industry": a name ending in "s" takes the apostrophe alone)
_POSSESSIVE = re.compile(r"(?<![\w-])([\w-]+(?: [\w-]+)?)(?:['’]s|(?<=s)['’]) $")


def _whose_word(word: str) -> str | None:
    """The country a word before a body's noun says, as its adjective ("Georgian") or as
    its name said for whose it is ("Argentine", "Japan" in "the Japan Industry Ministry")."""
    country = nationality_word(word)
    if country is None and only_a_country(fold_text(word)):
        country = countries_in(fold_text(word))[0].country
    return country


def _a_subsidiary(text: str, fold: str, a: int, b: int) -> bool:
    """A company's name with its country's name last ("its new business division, Jatco
    UK"): its own in that country; the country is the name's only one."""
    said = countries_in(fold[a:b])
    last = text.rfind(" ", a, b)
    return (
        len(said) == 1
        and last > a
        and said[0].start == last + 1 - a
        and said[0].end == b - a
        # an adjective is no country's name; initials ("UK") are one
        and (text[last + 1 : b].isupper() or nationality_word(text[last + 1 : b]) is None)
    )


def _longest(found: list[OrgMention]) -> list[OrgMention]:
    kept: list[OrgMention] = []
    for org in sorted(found, key=lambda o: (o.start, -(o.end - o.start))):
        over = next((k for k in kept if org.start < k.end and org.end > k.start), None)
        joined = (
            rx.match(r" (?:and|et) (?=[A-Z])", org.name[over.end - org.start :])
            if over is not None and org.start < over.end < org.end
            else None
        )
        if over is not None and joined is not None:
            # "the Government of Guinea and Kelvo Mining SA": a name read back over the
            # "and" to the body said before; the company is the words after it
            cut = over.end - org.start + joined.end()
            org.name, org.start, org.country = org.name[cut:], org.start + cut, None
            over = None
        if over is None:
            kept.append(org)
        elif (
            over.country is None
            and org.country
            and org.start == over.start
            and org.said_from is not None
            and org.said_from < org.start
        ):
            # "Brazilian meatpacker Kelvar Alimentos SA": the shorter name read by its cue
            # says whose the longer one, read by its legal form, is
            over.country, over.said_from, over.said_to = org.country, org.said_from, org.said_to
    return kept


_TITLE_FR = re.compile(r"\b(?:" + "|".join(TITLES_FR) + r")\b")
_TITLE_EN = re.compile(r"\b(?:" + "|".join(TITLES_EN) + r")\b")


_SAID = re.compile(
    r"(?:explique|a explique|a declare|declare|a indique|indique|a souligne|souligne|selon|according to|said|told)\s+$"
)


# "Erdem Mutaf noted that …", "Ali Aoun a déclaré": a name said to speak is a person's
_SAID_AFTER = re.compile(
    r",? (?:said|says|noted|told|added|stressed|explained|declared|recalled|insisted|"
    r"a (?:declare|indique|souligne|affirme|precise|ajoute|explique|rappele|assure|estime))\b"
)


# Words of a company's name, never of a person's: "Qatar Steel", "PT Nobel Mining".
_COMPANY_WORD = re.compile(
    r"\b(?:steels?|groups?|holdings?|company|companies|corporation|banks?|cement|ciments?|mining|ports?|"
    r"industries|industry|textiles?|chemicals?|ceramics?|motors?|electric|electronics|"
    r"pharmaceuticals?"
    # "l'investisseur égyptien Tarvo Glass": a trade's word ends a company's name
    r"|glass|foods|agro|plastics|packaging|logistics|fertili[sz]ers|beverages|breweries|pharma"
    r"|automotive|tyres|tires|petroleum|biotech|biotechnologies|biotechnology|biologics)\b"
)
_CALENDAR_WORDS = {
    *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    *("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    *("january", "february", "march", "april", "june", "july", "august", "september"),
    *("october", "november", "december", "janvier", "fevrier", "février", "avril", "juin"),
    *("juillet", "aout", "août", "septembre", "octobre", "novembre", "decembre", "décembre"),
}
# "3 milliards de Francs CFA, a précisé X": a currency's name, capitalised, is no person's
_CURRENCY_NAME_WORDS = {
    *("franc", "francs", "cfa", "dollar", "dollars", "euro", "euros", "dinar", "dinars"),
    *("dirham", "dirhams", "rouble", "roubles", "ruble", "rubles", "yuan", "rupee", "rupees"),
    *("riyal", "riyals", "shilling", "shillings", "naira", "cedi", "cedis", "kwacha", "ringgit"),
}
# Words after which capitalised words name a place: "mayor of Dire Dawa", "la région du
# Mayo Kebbi", "the district of X".
_PLACE_BEFORE = re.compile(
    r"\b(?:(?:mayor|governor|maire|gouverneur|wali|prefet|prefete) (?:of|de|du|d')"
    r"|(?:region|province|district|county|prefecture|commune|ville|city|town) (?:of|de|du|d')"
    r"|(?:la )?(?:region|province|prefecture|commune) (?:de la|de l'))"
    r" ?$"
)
# A title said after a name and a comma, with what may come before the title's word:
# "X, chef de délégation", "X, Chinese ambassador to …", "X, KCI's assistant vice president".
_APPOSED_TITLE = re.compile(
    r"(?:,|,? (?:who|qui) (?:is|was|est|etait) (?:also |now |currently |aussi |egalement "
    r"|actuellement )?)\s*(?:le |la |the |l'|an? |une? )?(?:(?:[\w&.-]+ ){0,3}?[\w.-]+(?:['’]s|s['’]) )?(?:[a-z-]+ ){0,2}?(?:"
    + "|".join(TITLES_EN + TITLES_FR)
    + r")\b"
)


# Nouns that say a human being beside a name: "le milliardaire nigérian, X", "du nigérian
# X", "X, l'homme le plus riche du continent", "X, one of the investors", "businessman X".
_HUMAN_NOUNS = (
    r"(?:milliardaire|homme d'affaires|femme d'affaires|businessman|businesswoman|"
    r"billionaire|tycoon|magnate|entrepreneur|entrepreneuse|industriel|investisseur)"
)
# "du milliardaire nigérian ", "of the billionaire ": the person a group belongs to
_OWNER_HUMAN_BEFORE = re.compile(
    r"\b(?:groupe|group|conglomerat|conglomerate|empire) (?:du|de l'|of(?: the)?) (?:[a-z-]+ )?"
    + _HUMAN_NOUNS
    + r"(?: [a-z-]+)?,? $"
)


_HUMAN_BEFORE = re.compile(
    rf"\b(?:(?:(?:le|la|du|de la|un|une|the|an?|by) |l')(?:[a-z-]+ )?{_HUMAN_NOUNS}|du|le|la|de la)"
    r"(?: (?P<adjective>[a-z-]+))?,? $"
)
# The same noun with its article, what it says of the person kept as a title: "l'homme
# d'affaires X", "un promoteur entrepreneur mauritanien X".
_HUMAN_TITLE = re.compile(
    rf"\b(?:(?:le|la|un|une|the|an?) |l')(?P<title>(?:[a-z-]+ )?{_HUMAN_NOUNS}"
    r"(?: (?P<adjective>[a-z-]+))?),? $"
)
_HUMAN_AFTER = re.compile(
    rf",? (?:l'homme|la femme|(?:le|la|the|an?) (?:[a-z-]+ )?(?:{_HUMAN_NOUNS}|man|woman))\b"
    # ("X, one of Turkey's largest denim producers": a company, one of its trade's)
    r"|, (?:one|l'un|l'une) (?:of|des)\b(?![^.;,]{0,40}?\b(?:producers|makers|manufacturers"
    r"|companies|firms|groups|exporters|suppliers|producteurs|fabricants|entreprises|societes"
    r"|groupes|exportateurs|fournisseurs)\b)"
    # "Peter X, who heads the Kenya Investment Authority", "X, qui dirige la société": one
    # who leads a body
    r"|, (?:who|qui) (?:heads|leads|chairs|runs|directs|dirige|preside|pilote)\b"
)
# Acts only a person does at a ceremony: "X a présidé …", "X cut the ribbon".
_ACTED_AFTER = re.compile(
    r" (?:a (?:inaugure|preside|procede a|coupe le ruban|pose la premiere pierre|visite)"
    r"|presided|inaugurated|cut the ribbon|laid the foundation stone"
    # "X a participé lundi … à la pose de la première pierre", "X attended the ceremony":
    # one present at it
    r"|a participe(?= [^.;]{0,60}?\b(?:a la|a l'|au|aux)\b)|attended(?= the\b))\b"
)


# A name opened by a feature of the land is a place's: "Lac Assal", "Mount Kenya".
_GEOGRAPHIC = re.compile(
    r"(?:Lac|Lake|Mont|Mount|Cap|Cape|Baie|Bay|Golfe|Gulf|Île|Ile|Island|Oued|River|Rio)$"
)


# A preposition before the capitalised words that precede an English title: the words are
# its object, no part of the title ("On the way to Istiqlol head of state X").
# ("according to Norvel Group CEO X", "thanks to": no place one goes to)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?<![Aa]ccording )(?<![Tt]hanks )(?<![Dd]ue )(?:to|in|at|from|near|into|towards)\s$"
)


# A place's noun in lower case just after a name: "Bobojon Ghafurov district", "Kelta region".
_PLACE_NOUN_AFTER = re.compile(
    r" (?:district|region|province|county|oblast|prefecture|municipality|raion|rayon"
    r"|velayat|governorate"
    # "the construction process of the new Ramos Arizpe factory": a plant's name
    r"|factory|plant|facility|mill|refinery|smelter)\b"
)


# A building's, a venue's or a place's last word: "the EXPO Congress Center", "Kelta
# Palace Hotel", "Fergana Province".
_VENUE = re.compile(
    r"Cent(?:er|re)|Hall|Hotel|Palace|Stadium|Arena|Airport|Tower|Plaza|Square|Avenue|Street"
    r"|Building|Complex|Auditorium|Pavilion"
    # a place's: "in Fergana Province", "Kelta Automotive City"
    r"|Province|Region|County|City|District|Valley|Corridor"
)


# "un Américain du nom de X", "an American named X", "un homme nommé X": someone said by
# a nationality or a human noun, then named
_NAMED_SO = re.compile(
    r"\b(?:un|une|an?) (?P<who>[a-z-]+) (?:du nom de|du nom d'|named|by the name of"
    r"|nommee?|prenommee?) ?$"
)


def _human_before(fold: str, start: int, a: int) -> bool:
    """True if a noun of a human being ("le milliardaire nigérian, X") or a nationality said
    as a noun ("du nigérian X", "un Américain du nom de X") comes just before the name at
    ``a``."""
    named = _NAMED_SO.search(fold, start, a)
    if named and (
        nationality_word(named["who"])
        or rx.fullmatch(rf"{_HUMAN_NOUNS}|homme|femme|man|woman", named["who"])
    ):
        return True
    said = _HUMAN_BEFORE.search(fold, start, a)
    if said is None:
        return False
    adjective = said.group("adjective")
    if said.group().startswith(("du ", "le ", "la ", "de la ")) and not rx.search(
        _HUMAN_NOUNS, said.group()
    ):
        return bool(adjective and nationality_word(adjective))
    return adjective is None or nationality_word(adjective) is not None


def _capital_as_surname(words: list[str], fold: str, a: int, start: int) -> bool:
    """True if a title just before says a person whose surname is a capital's name
    ("Chilean Health Minister Enrique Paris"): the capital, last, is the only country said."""
    if len(words) < 2 or not _TITLE_JUST_BEFORE.search(fold, max(start, a - 40), a):
        return False
    name = fold_text(" ".join(words))
    said = countries_in(name)
    return (
        len(said) == 1
        and said[0].start == len(name) - len(fold_text(words[-1]))
        and said[0].end == len(name)
        and world_town_country(words[-1]) == said[0].country
    )


def _place_word(word: str) -> bool:
    """True if ``word`` is a country's or a place's name said alone ("Ethiopia", "Jijel")."""
    key = fold_text(word)
    said = countries_in(key)
    if said and said[0].start == 0 and said[0].end == len(key):
        return True
    return bool(places_in(key))


def _after_company_words(words: list[str]) -> list[str]:
    """The words after a company's name that ends in its trade ("Huaxin Cement Xu Gang"
    after "Vice President of China's"), or in a body's noun ("Zones Authority X Y" after
    "Chairman of the"): the person's name, when two words are left."""
    for i in range(len(words) - 2, -1, -1):
        word = rx.sub(r"['’]s$", "", words[i].casefold())
        body = rx.sub(r"['’]s$", "", words[i]) in _BODY_NOUNS_EN
        if (_COMPANY_WORD.fullmatch(word) or body) and len(words) - i - 1 >= 2:
            return words[i + 1 :]
    return words


# A minister's title whose portfolio runs up to the words after it ("le Ministre de
# l'Energie et des ", "la ministre du Commerce et de l'"): what follows is the portfolio's.
_PORTFOLIO_BEFORE = re.compile(
    r"\b(?:ministre|ministere|secretaire d'etat|secretariat d'etat)"
    r"(?: (?:du|de la|de l'|des|de|d')[^,.;:«»()]{0,50})? (?:du|de la|des|de|et des|et du|et de la)"
    r" $|\b(?:ministre|ministere|secretaire d'etat)[^,.;:«»()]{0,50} (?:de l'|d'|et de l'|et d')$"
)


def _honorifics_off_the_title(person: PersonMention) -> None:
    """ "Prime Minister Tun Dr Mahathir Mohamad": the honorifics between a title and the
    name are neither; the title ends before them."""
    words = (person.title or "").split(" ")
    # ("Chairman of the Board of X - Mr. Y": the dash that sets the name apart, neither)
    while len(words) > 1 and (words[-1].rstrip(".") in _HONORIFICS or words[-1] in ("-", "–", "—")):
        words.pop()
    kept = " ".join(words)
    if person.title and kept != person.title:
        person.title, person.title_end = kept, person.title_start + len(kept)


def _rank_off_the_name(person: PersonMention) -> None:
    """ "Executive Chairman Brigadier X Y", "Major General X Y": a military rank said before
    the name is no word of it."""
    words = person.name.split(" ")
    cut = 0
    while len(words) > 2 and (
        _MILITARY_RANK.fullmatch(words[0]) or (cut and words[0] == "General")
    ):
        cut += len(words.pop(0)) + 1
    if cut:
        person.name, person.start = " ".join(words), person.start + cut


# A minister's title and the first words of its portfolio, before a name (folded)
_MINISTER_OF_BEFORE = re.compile(
    r"\b(?:minister|secretary|ministre)(?: of state)? (?:of|for) (?:the )?(?:[a-z-]+,? (?:and )?){1,4}$"
)


def people_in(text: str, fold: str, start: int, end: int, lang: str) -> list[PersonMention]:
    found: list[PersonMention] = []
    consumed = start  # where a name run on past its match ended
    person_pattern = _PERSON_FR if lang == "fr" else _PERSON
    matches = list(person_pattern.finditer(text, start, end))
    if lang == "fr":
        # "Jacques de Chateauvieux, président de X": a French name's "de" is a particle
        # when a title is said after the name, a comma between
        matches = sorted(
            [
                *matches,
                *(
                    m
                    for m in _PERSON.finditer(text, start, end)
                    if rx.search(r" de ", m.group(1))
                    and _APPOSED_TITLE.match(fold, m.end(1))
                    and not any(x.start(1) < m.end(1) and m.start(1) < x.end(1) for x in matches)
                ),
            ],
            key=lambda m: m.start(1),
        )
    for match in matches:
        if match.start(1) < consumed:
            continue
        initials = rx.match(r"(?:[A-Z]\.\s?)+", match.group(1))
        if initials and rx.fullmatch(r"(?:M\.\s?)+", initials.group()):
            # "M. Ali Aoun", "MM. X et Y": the French honorific, no initial
            rest = person_pattern.match(text, match.start(1) + initials.end(), end)
            if rest is None:
                continue
            match, consumed = rest, rest.end(1)
        elif initials and any(
            _TITLE_EN.fullmatch(w.casefold()) or w.casefold() in _NOT_NAMES
            for w in match.group(1)[initials.end() :].split()
        ):
            # "U.S. President Joe Biden": the initials are a country's, a title follows
            rest = person_pattern.match(text, match.start(1) + initials.end(), end)
            if rest is None:
                continue
            match, consumed = rest, rest.end(1)
        name = match.group(1)
        a, b = match.start(1), match.end(1)
        words = name.split()
        honoured = False
        if len(words) > 2 and words[0].rstrip(".") in _HONORIFICS:
            # "Mr Liu Yang", "Mme Awa Diop", "Tun Dr Mahathir Mohamad": the honorifics say a
            # person; they are no name
            while len(words) > 2 and words[0].rstrip(".") in _HONORIFICS:
                a = text.index(words[1], a + len(words[0]))
                words.pop(0)
            honoured = True
        elif words[0] in _HONORIFICS:
            continue
        elif rx.search(r"\b(?:M|Mr|Mrs|Ms|Dr|Mme)\.? $", text[max(start, a - 5) : a]):
            honoured = True  # "M. Ali Aoun": the honorific is a word of its own
        # "Minister Denis Manturov", "le Président Alassane Ouattara": accents folded
        # "Economy Secretary Ildefonso Guajardo": a title's word opens no name either
        # "Prime Minister Commodore Voreqe Bainimarama", "le général Kelvo Tarn": a military
        # rank is a title too, no word of the name
        if len(words) > 3 and fold_text(" ".join(words[:2])) in ("first lady", "premiere dame"):
            # "First Lady Lordina Mahama", "la Première Dame Hinda Déby": the title's words
            a = text.index(words[2], a + len(" ".join(words[:2])))
            words = words[2:]
        ranked = False
        while words and (
            fold_text(words[0]) in _NOT_NAMES | _SENTENCE_ADVERBS
            # ("Md Hafizur Rahman": Mohammad abbreviated, no managing director's "MD")
            or (_TITLE_EN.fullmatch(fold_text(words[0])) and words[0] != "Md")
            or (len(words) > 1 and _MILITARY_RANK.fullmatch(words[0]))
            # ("Major General X", "Lieutenant General X": a rank of two words)
            or (ranked and len(words) > 2 and words[0] == "General")
        ):
            ranked = ranked or bool(_MILITARY_RANK.fullmatch(words[0]))
            a = text.index(words[1], a + len(words[0])) if len(words) > 1 else b
            words.pop(0)
        while (
            len(words) > 2
            and fold_text(words[0]) in _PORTFOLIOS
            and _MINISTER_OF_BEFORE.search(fold, max(start, a - 50), a)
        ):
            # "State Minister of Investment Promotion X": the portfolio's last word
            a = text.index(words[1], a + len(words[0]))
            words.pop(0)
        while len(words) > 2 and words[0].rstrip(".") in _HONORIFICS:
            # "Prime Minister Dr Keith Rowley": an honorific after the title
            a = text.index(words[1], a + len(words[0]))
            words.pop(0)
            honoured = True
        # "Natural Resources Minister Fatih Donmez", "the governor of Jijel Bedrici Ali":
        # the name is what follows the title and its words.
        last = max(
            (
                i
                for i, w in enumerate(words[:-2])
                if w.casefold() in _NOT_NAMES | _HEADS
                or (_TITLE_EN.fullmatch(w.casefold()) and w != "Md")
            ),
            default=None,
        )
        if last is not None:
            a = text.index(words[last + 1], a + len(" ".join(words[: last + 1])))
            words = words[last + 1 :]
        if words and not rx.match(rf"[A-Z{_EXTENDED_UPPER}]|{_ACCENTED_GIVEN}", words[0]):
            continue  # "Zone Économique Spéciale": an accented capital opens no given name
        if words and a > match.start(1):
            # "Deputy Executive Director Mohammad Bader Khan": the title's words took the
            # room of the name's last; the name runs on after them
            longer = person_pattern.match(text, a, end)
            if longer is not None and longer.end(1) > b:
                words, b = longer.group(1).split(), longer.end(1)
                consumed = b
            # "Managing Executive Officer Ichiro Kamada": a title of three words or more
            # leaves its last ones before the name run on
            while len(words) > 2 and (
                fold_text(words[0]) in _NOT_NAMES
                # ("Project Director Md Hafizur Rahman": "Md", so written, opens the name)
                or (_TITLE_EN.fullmatch(fold_text(words[0])) and words[0] != "Md")
                or words[0].rstrip(".") in _HONORIFICS
            ):
                a = text.index(words[1], a + len(words[0]))
                words.pop(0)
        body = max(
            (i for i, w in enumerate(words[:-1]) if w in _BODY_NOUNS_EN or w == "Committee"),
            default=None,
        )
        if body is not None and person_pattern.match(
            text, a + len(" ".join(words[: body + 1])) + 1
        ):
            # "Vice Chairman of the Hai Phong People's Committee Nguyen Van Kelvinh": the
            # body's name ends with its noun; the name after it runs on past the match
            a += len(" ".join(words[: body + 1])) + 1
            longer = person_pattern.match(text, a, end)
            assert longer is not None
            words, b = longer.group(1).split(), longer.end(1)
            consumed = max(consumed, b)
        owner = next((i for i, w in enumerate(words[:-1]) if rx.search(r"\w['’]s$", w)), None)
        if owner is not None and owner > 0:
            # "Gov. Nathan Deal’s Office": the name ends with its possessive, the noun after
            # it is what the person has
            words = words[: owner + 1]
            b = a + len(" ".join(words))
        if words and rx.search(r"\w['’]s$", words[-1]):
            # "President X Y's visit": the possessive is no part of the name
            words[-1], b = words[-1][:-2], b - 2
        if len(words) >= 3 and rx.search(
            r"\b(?i:minister|ministry|chairman|president|director|governor) (?:of|for) "
            r"(?:[A-Z][\w-]+,? )*(?:and|of) $",
            text[max(start, a - 90) : a],
        ):
            # "Minister of Industry and Mines Abdeslam Bouchouareb", "Minister of Water
            # Development, Sanitation and Environmental Protection Lloyd Kaziya": the
            # title's words run on; the name is its last two.
            while len(words) > 2:
                a = text.index(words[1], a + len(words[0]))
                words = words[1:]
        if len(words) >= 3 and rx.search(
            r"\bministre\b[^,.;]{0,80} (?:du|de la|de l'|des|de|d')$",
            # "le ministre de l'Economie X Y": the elided article is said without a space
            fold[max(start, a - 100) : a].rstrip(),
        ):
            # "le ministre du Pétrole Tareq al-Molla": the title's last word, not the name's
            a = text.index(words[1], a + len(words[0]))
            words = words[1:]
        if rx.search(
            r"\b(?:en charge|charge|in charge of|responsible for)(?: du| de la| de l'| des| de| d')? ?$",
            fold[max(start, a - 24) : a].rstrip(),
        ):
            continue  # "le Ministre en charge du Développement Industriel": a title's words
        if _PORTFOLIO_BEFORE.search(fold, max(start, a - 80), a):
            continue  # "le Ministre de l'Energie et des Ressources Naturelles": a portfolio
        # "le patron de Norvalis Jean Dupont": a title's company, said alone elsewhere in the
        # text, then the person's name; it wins over a known company's shorter name ("le
        # président de Tata Keltor Jean Dupont", "Tata Keltor" said alone elsewhere)
        cut = (
            _company_said_alone(text, words, a)
            if len(words) >= 3 and _TITLE_OF.search(fold, max(start, a - 60), a)
            else None
        )
        if not cut and len(words) >= 3 and _known_prefix(" ".join(words), text[b : b + 3]):
            cut = 1  # "group Danieli Gian Pietro Benedetti": the company, then the person
        if cut:
            a = text.index(words[cut], a + len(" ".join(words[:cut])))
            words = words[cut:]
        country_lead = countries_in(fold_text(" ".join(words[:3])))
        if (
            len(words) >= 4
            and country_lead
            and country_lead[0].start == 0
            and fold_text(" ".join(words[:2]))
            == fold_text(" ".join(words[:3]))[: country_lead[0].end]
        ):
            # "Ambassador to South Korea Umar Hadi": a country of two words closes the title
            a = text.index(words[2], a + len(" ".join(words[:2])))
            words = words[2:]
        if len(words) >= 3 and _place_word(words[0]):
            # "the governor of Jijel Bedrici Ali", "Prime Minister of Ethiopia Hailemariam
            # Desalegn": the place closes the title; the name is what follows it
            a = text.index(words[1], a + len(words[0]))
            words = words[1:]
        words = _after_company_words(words)
        if len(words) < len(match.group(1).split()) and words:
            a = text.index(words[0], a)
        if (
            not words
            or _PLACE_BEFORE.search(fold[max(start, a - 40) : a])
            # "the border of Bobojon Ghafurov district": a place's noun after the name
            or _PLACE_NOUN_AFTER.match(fold, a + len(" ".join(words)))
            or _GEOGRAPHIC.match(words[0])
            or _VENUE.fullmatch(words[-1])
        ):
            continue  # "mayor of Dire Dawa", "dans la région du Mayo Kebbi": a place's name
        if (
            rx.search(r"\b(?:of|for) $", text[max(start, a - 4) : a])
            and not rx.search(r"(?:presence|auspices|patronage) of $", text[max(start, a - 12) : a])
            and rx.match(r",| and ", text[b : b + 5])
        ):
            continue  # "Minister of Water Development": a title's complement, not a name
        if _TITLE_OF.search(fold, max(start, a - 60), a):
            continue  # "directeur général de Saltal Africa": whose the title is, no person
        # "Mohamed Aly Ag Ibrahim", "Sidi Ould Tah": a particle lets a name run to four
        # words; so does a title said after it ("Ali Hassan Jamaa Merikhi, chef de …")
        apposed = _APPOSED_TITLE.match(fold, a + len(" ".join(words)))
        # "Governor Miguel Àngel Riquelme Solís": so does a title said just before it
        national = _TITLE_NATIONAL_JUST_BEFORE.search(fold, max(start, a - 50), a)
        long = (
            any(w in _PARTICLES | {"Ag"} for w in words[1:3])
            or apposed is not None
            or _TITLE_JUST_BEFORE.search(fold, max(start, a - 40), a) is not None
            # ("Le propriétaire français, Firdos Habib Azad Kalfane": its nationality between)
            or (national is not None and nationality_word(national[1]) is not None)
        )
        # "Luiz Inácio Lula da Silva": a Portuguese particle lets one more surname in
        lusophone = any(w in ("da", "dos", "das", "de", "del", "van", "von") for w in words[1:-1])
        words = _name_words(words, (4 if long else 3) + lusophone)
        b = a + len(" ".join(words)) if text[a:].startswith(" ".join(words)) else b
        name = " ".join(words)
        if len(words) < 2 or any(w.casefold() in _NOT_NAMES for w in words):
            continue
        if _TITLE_FR.fullmatch(plain := fold_text(name)) or _TITLE_EN.fullmatch(plain):
            continue  # "le Président Directeur Général de X": a title's words, no name
        if any(
            len(parts := w.split("-")) > 1
            and all(part[:1].isupper() for part in parts)
            and not set(parts) & _PARTICLES
            # "Mong-Koo Chung", "Jean-Pierre Dupont": a given name hyphened, then a title;
            # "President Kofi Mensah-Boateng": a surname hyphened, a title before
            and not (
                i in (0, len(words) - 1)
                and (
                    _APPOSED_TITLE.match(fold, a + len(" ".join(words)))
                    or _TITLE_JUST_BEFORE.search(fold, max(start, a - 40), a)
                )
            )
            for i, w in enumerate(words)
        ) and not _titled_before(text, fold, a, b, start, end, name, lang):
            # "Moyen-Orient": a hyphened name is a place's, unless "Abou-El", "El-Ali", or
            # a title said before it ("son homologue coréen, Lee Hae-Chan")
            continue
        if (
            # "U.S. Awasthi": initials that spell a country are a person's all the same
            (
                countries_in(folded_name := rx.sub(r"^(?:[a-z]\.\s?)+", "", name.casefold()))
                and not _capital_as_surname(words, fold, a, start)
            )
            or _COMPANY_WORD.search(folded_name)
            or any(w.casefold() in _CALENDAR_WORDS | _CURRENCY_NAME_WORDS for w in words)
        ):
            continue  # "Qatar Steel": a company, not a person; "told Xinhua Wednesday": a day
        if any(p.org is not None and p.org.start <= a < p.org.end for p in found):
            continue  # "X, senior vice-president, Zentra Devices": the title's company
        person = _titled(text, fold, a, b, start, end, name, lang)
        if person is None or person.title_start < a:
            # "Gov. Nathan Deal": the abbreviation just before the name is the title said
            # nearest; one said after it ("Amb. X, Chairman of Y") is the one it holds
            person = _abbreviated_title(text, a, b, start, name, lang) or person
        # "Atul Mehta : En zone franche …": an interview's speaker, at a line's start
        speaker = rx.match(r" ?: ", text[b : b + 3]) and a > 0 and text[a - 1] == "\n"
        said = _SAID.search(fold[max(start, a - 20) : a]) or (
            _SAID_AFTER.match(fold, b) and not rx.search(r"[&]|\b(?:of|de)\b", name)
        )
        if said and _builds_elsewhere(fold, fold[a:b]):
            said = None  # "Zentra Land Rover va implanter une usine … Zentra Land Rover a précisé"
        if person is None and (
            honoured
            or ranked  # "Colonel X signed": a rank says a person as an honorific does
            or speaker
            or said
            or _human_before(fold, max(start, a - 50), a)
            or _HUMAN_AFTER.match(fold, b)
            or (_ACTED_AFTER.match(fold, b) and not any(w.isupper() for w in words))
        ):
            person = PersonMention(name, a, b, lang=lang)
            titled = _HUMAN_TITLE.search(fold, max(start, a - 50), a)
            if titled and (titled["adjective"] is None or nationality_word(titled["adjective"])):
                # "l'entrepreneur nigérien X": what the person is, said before the name, is
                # the person's title when no other is said
                person.title = text[titled.start("title") : titled.end("title")]
                person.title_start, person.title_end = titled.span("title")
        if person is not None:
            _honorifics_off_the_title(person)
            _rank_off_the_name(person)
            found.append(person)
    found += _surnames_honoured(text, fold, start, end, found, lang)
    found += _names_in_capitals(text, fold, start, end, found, lang)
    found += _royals(text, start, end, found, lang)
    found += _nationals_in_business(text, fold, start, end, found, lang)
    found += _shared_title(text, start, end, found, lang)
    found += _heads_named(text, start, end, found, lang)
    # "Kostanai Region Akim (governor) Kumar Aksakalov": a region's office, glossed, is no
    # person (no one's name holds the word for a region)
    return [p for p in found if not _A_REGIONS_WORD.search(p.name)]


_A_REGIONS_WORD = re.compile(
    r"(?<![\w-])(?:Region|Province|Oblast|Governorate|Prefecture|Région|Wilaya)(?![\w-])"
)


# "Saudi businessmen Sheikh Mohammed al-Kelvi and Abdullah Tarvan", "Qatari businessman
# Nabil Korvan": people said by their nationality and their trade, the words their title;
# an honorific before a name is no word of it
_NATIONALS_IN_BUSINESS = re.compile(
    r"(?<![\w-])(?P<title>(?P<nationality>[A-Z][a-z]+) (?P<trade>businessm[ae]n|businesswom[ae]n"
    r"|entrepreneurs?|industrialists?|tycoons?|billionaires?))"
    r" (?:(?:Sheikh|Sheikha|Shaikh|Dr\.?|Mr\.?|Mrs\.?|Ms\.?) )?(?=[A-Z])"
)
_AND_HONOURED = re.compile(
    r",? and (?:(?:Sheikh|Sheikha|Shaikh|Dr\.?|Mr\.?|Mrs\.?|Ms\.?) )?(?=[A-Z])"
)


def _nationals_in_business(
    text: str, fold: str, start: int, end: int, found: list[PersonMention], lang: str
) -> list[PersonMention]:
    """People said after their nationality and their trade (``_NATIONALS_IN_BUSINESS``),
    two when the trade is plural; a name read otherwise over the same words (an honorific
    taken for a given name) gives way."""
    more: list[PersonMention] = []
    for match in _NATIONALS_IN_BUSINESS.finditer(text, start, end):
        if not nationality_word(fold[match.start("nationality") : match.end("nationality")]):
            continue
        if "\n" not in text[: match.start()] and "\n" in text[match.start() :]:
            continue  # a headline's "Egyptian tycoon X": its style, no title
        plural = match["trade"].endswith(("men", "s"))
        at = match.end()
        for _ in range(2 if plural else 1):
            named = _PERSON.match(text, at, end)
            if named is None or countries_in(fold[named.start(1) : named.end(1)]):
                break
            a, b = named.span(1)
            possessive = rx.search(r"['’]s\b", text[a:b])
            if possessive:
                b = a + possessive.start()  # "tycoon X’s Kelvo Electric": the company's owner
            t_start, t_end = match.span("title")
            same = next((p for p in found if p.start < b and a < p.end), None)
            if same is not None and same.start >= a:
                # the name read already, without the honorific: its title if it had none
                if same.title is None:
                    same.title, same.title_start, same.title_end = match["title"], t_start, t_end
            else:
                found[:] = [p for p in found if p is not same]
                more.append(PersonMention(text[a:b], a, b, match["title"], t_start, t_end, "en"))
            joined = _AND_HONOURED.match(text, b, end)
            if joined is None:
                break
            at = joined.end()
    return more


# "la Compagnie Nationale de Pétrole (GEPETROLE) dirigée par Antonio Oburu Ondo", "Kelvo
# Mining, headed by John Marsh": the person who heads the organisation said just before
_HEADED_BY = re.compile(
    r"(?:,? (?:headed|led|chaired) by|,? (?:dirig[ée]e?s?|présid[ée]e?s?) par)"
    rf" (?P<name>[A-Z]{_LOWER}+(?: [A-Z]{_LOWER}+){{1,3}})(?![\w'’-]| [A-Z])"
)


def _heads_named(
    text: str, start: int, end: int, found: list[PersonMention], lang: str
) -> list[PersonMention]:
    """The people said to head what was named just before (``_HEADED_BY``): no title of
    their own; the reader makes them the organisation's head."""
    more = []
    for match in _HEADED_BY.finditer(text, start, end):
        a, b = match.span("name")
        said = fold_text(text[a:b])
        if (
            any(p.start < b and a < p.end for p in found)
            or countries_in(said)
            or places_in(said)
            or _COMPANY_WORD.search(said)
            or _COMPANY_NAME_WORDS.search(said)
            or any(w in _NOT_NAMES or _TITLE_EN.fullmatch(w) for w in said.split())
        ):
            continue  # "a consortium led by Kelvo Power Construction": a company
        more.append(PersonMention(match["name"], a, b, None, 0, 0, lang, extra={"heads": "1"}))
    return more


# Plural titles, each with its singular: "les ministres A et B", "presidents A and B".
_PLURAL_TITLES = {
    "premiers ministres": "premier ministre",
    "ministres": "ministre",
    "présidents": "président",
    "presidents": "president",
    "gouverneurs": "gouverneur",
    "ambassadeurs": "ambassadeur",
    "maires": "maire",
    "prime ministers": "prime minister",
    "ministers": "minister",
    "governors": "governor",
    "ambassadors": "ambassador",
    "mayors": "mayor",
    "chairmen": "chairman",
}
_PAIR_NAME = rf"[A-Z][\w’'-]+(?: {_UPPER}[\w’'-]+){{1,2}}"
_OF_PLACE = r"(?:du|de la|de l['’]|des|d['’]|of(?: the)?) ?"
_SHARED_TITLE = re.compile(
    r"(?<![\w-])(?P<title>(?i:" + "|".join(sorted(_PLURAL_TITLES, key=len, reverse=True)) + r"))"
    # "Les présidents des deux entreprises, respectivement A et B": each the head of one of
    # the two companies the text has named, in order
    r"(?:(?P<two_firms> (?:des deux|of the two|of both) (?:entreprises|societes|sociétés"
    r"|groupes|compagnies|firmes|companies|firms|groups),? (?:respectivement )?)"
    r"|(?P<of> " + _OF_PLACE + r"[^,.;:()]{1,60})? )"
    r"(?P<first>" + _PAIR_NAME + r") (?:et|and) (?P<second>" + _PAIR_NAME + r")(?![\w’'-]| [A-Z])"
)
# "du Canada et du Québec": two complements, one for each name
_TWO_PLACES = re.compile(
    r" (?P<one>" + _OF_PLACE + r"[^,]+?) (?:et|and) (?P<two>" + _OF_PLACE + r"[^,]+)"
)


def _shared_title(
    text: str, start: int, end: int, found: list[PersonMention], lang: str
) -> list[PersonMention]:
    """ "Les ministres A et B", "les premiers ministres du X et du Y A et B": one plural title
    said before two names is each one's, a complement listing two places shared out in
    order; a person found there without a title is given it."""
    added: list[PersonMention] = []
    for match in _SHARED_TITLE.finditer(text, start, end):
        if any(fold_text(w) in _NOT_NAMES for n in ("first", "second") for w in match[n].split()):
            continue
        single = _PLURAL_TITLES[match["title"].casefold()]
        if match["title"][0].isupper():
            single = single[0].upper() + single[1:]
        of = match["of"] or ""
        two = _TWO_PLACES.fullmatch(of)
        titles = [f"{single} {two['one']}", f"{single} {two['two']}"] if two else [single + of] * 2
        t_start, t_end = match.start("title"), match.end("of") if of else match.end("title")
        if match["two_firms"]:
            t_end = match.end("two_firms")
        said_in = "en" if rx.search(r"[a-z](?:ers|ors|men)$", match["title"]) else lang
        for index, (group, title) in enumerate(zip(("first", "second"), titles, strict=True)):
            a, b = match.start(group), match.end(group)
            there = next((p for p in found + added if p.start < b and a < p.end), None)
            if there is None:
                added.append(PersonMention(match[group], a, b, title, t_start, t_end, said_in))
                if match["two_firms"]:
                    added[-1].extra["org"] = f"the two companies:{index}"
            elif there.title is None or t_start <= there.title_start < t_end:
                # found with no title, or with the plural's words read as a singular's
                there.name, there.start, there.end = match[group], a, b
                there.title, there.title_start, there.title_end = title, t_start, t_end
                there.lang, there.org = said_in, None
    return added


# What a company does, not a person: "X va implanter une usine", "X will build a plant".
_BUILDS_AFTER = (
    r" (?:va|vont|doit|compte|will|plans to|is to|is set to|to)"
    r" (?:implanter|construire|batir|installer|ouvrir|investir|build|set up|open|invest)\b"
)


_BUILDER = re.compile(
    r"(?P<name>[A-Z][\w&-]+(?: (?:[A-Z][\w&-]+|&)){1,3})(?=" + _BUILDS_AFTER + ")"
)


def _builders_named(
    text: str, fold: str, start: int, end: int, found: list[OrgMention]
) -> list[OrgMention]:
    """A name that opens a sentence and builds or invests ("Zentra Land Rover va implanter
    une usine"): a company. A name with a title or an honorific is a person's."""
    match = _BUILDER.match(text, start, end)
    if match is None or _overlaps(match.start(), match.end(), found):
        return []
    a, b = match.span("name")
    first = match.group("name").split()[0]
    if (
        fold_text(first) in _NOT_NAMES | _STOP
        or first.rstrip(".") in _HONORIFICS
        or _TITLE_EN.match(fold, a)
        or _TITLE_FR.match(fold, a)
        or _place_word(match.group("name"))
        or (countries_in(fold[a:b]) and not _subsidiary_by_country(text[a:b]))
    ):
        return []
    return [OrgMention(text[a:b], "company", a, b, None, None, 0.55)]


# A company named by its part in a plant's ownership: "the former owner ICI", "its new
# owner, Zentra Holdings", "the buyer Norvel", "l'ancien propriétaire, Keltor", "le repreneur
# Zentra". What the company is was said by the noun; the name follows it.
_OWNER_THEN_NAME = re.compile(
    r"(?<![\w-])(?:[Tt]he|[Ii]ts|[Tt]heir|[Ll]e|[Ll]eur|[Ss]on|[Ll]['’] ?)"
    r" ?(?P<when>former|previous|new|current|original|present|ancien|nouveau|actuel|precedent"
    r"|précédent)? ?(?P<noun>owner|operator|buyer|purchaser|acquirer|seller|proprietaire"
    r"|propriétaire|exploitant|repreneur|acquereur|acquéreur|cedant|cédant|vendeur),? "
    + _DESCRIBED_NAME
)
# Those whose part in the plant is over: the seller, the owner before.
_PART_OVER = frozenset(
    {"former", "previous", "original", "ancien", "precedent", "précédent"}
    | {"seller", "cedant", "cédant", "vendeur"}
)


def _owners_named(
    text: str, fold: str, start: int, end: int, found: list[OrgMention]
) -> list[OrgMention]:
    """Companies named after the noun of their part in a plant's ownership ("the former
    owner ICI", "le repreneur Zentra"). One whose part is over (a former owner, a seller)
    is named as a body, no company the plant's partner; a person's name is no company."""
    named: list[OrgMention] = []
    for match, a, b in _names_after(_OWNER_THEN_NAME, text, fold, start, end, found):
        over = match["when"] in _PART_OVER or match["noun"] in _PART_OVER
        named.append(OrgMention(text[a:b], "other" if over else "company", a, b, None, None, 0.55))
    return named


def _names_after(
    pattern: re.Pattern[str],
    text: str,
    fold: str,
    start: int,
    end: int,
    found: list[OrgMention],
    *,
    place_alone: bool = False,
) -> Iterator[tuple[re.Match[str], int, int]]:
    """Each name ``pattern`` finds after a noun of ownership that may be a company's, with
    its bounds: none found already, nor a country, a person or a word that opens no
    company's name (nor, with ``place_alone``, a place said in one word)."""
    for match in pattern.finditer(text, start, end):
        a, b = match.span("name")
        if _SENTENCE_STOP.search(text, a, b):
            b -= 1
        if not (
            _overlaps(a, b, found)
            or _opens_no_company(match.group("name"), fold, a)
            or (countries_in(fold[a:b]) and not _a_subsidiary(text, fold, a, b))
            or (place_alone and " " not in text[a:b] and _place_word(text[a:b]))
            or _PERSON_PLAIN.fullmatch(text[a:b])
        ):
            yield match, a, b


# A company named as the owner of a subsidiary: "X, filiale de Safran", "une filiale du
# groupe Talbrook", "a subsidiary of Norvel Holdings", "a division of the Keltor group". The
# noun says what the name after "de"/"of" is: a company ("unit" is not one of them: "the
# fourth power unit of the Akkuyu NPP" names a plant).
_PARENT_THEN_NAME = re.compile(
    r"(?<![\w-])(?:[Ff]iliale|[Ss]ubsidiary|[Dd]ivision|[Bb]ranche|arm)"
    r" (?:de |du |des |d['’]|of )(?:(?:the|la|le|l['’]) ?)?"
    r"(?:(?:groupe|group|société|societe|company|firme|firm|holding) )?" + _DESCRIBED_NAME
)


# A company named as the one its boss heads, the boss unnamed: "paraphé par le patron
# d'Airbus", "le PDG de Norvel". A chief of a company only: "le patron de la diplomatie" is
# a minister's.
_BOSS_OF_NAME = re.compile(
    r"(?<![\w-])(?:le |du |au |the )(?:patron|pdg|p-dg|PDG|P-DG|boss|CEO|chief executive)"
    r" (?:de |du |d['’]|of )" + _DESCRIBED_NAME
)


# A company's own subsidiary, named after the possessive and the noun: "its new business
# division, Norvel Kelta", "through its subsidiary, Norvel Kelta", "par sa nouvelle filiale,
# Norvel Kelta" (the comma only a pause; "sa filiale Norvel" is read with the company cues).
_OWN_SUBSIDIARY_NAMED = re.compile(
    r"(?<![\w-])(?:its|their|sa|son|leur) (?:[a-z-]+ ){0,2}"
    r"(?:subsidiary|division|affiliate|filiale|branche),? " + _DESCRIBED_NAME
)

# "détenue par l'opérateur minier public Gecamines": the state's company, its trade between
_STATE_OPERATOR = re.compile(
    r"(?<![\w-])(?:l['’]|un |le )op[ée]rateur (?:[a-zà-ÿ-]+ )?(?:public|national|étatique) "
    + _DESCRIBED_NAME
)


def _companies_named_after(
    pattern: re.Pattern[str], text: str, fold: str, start: int, end: int, found: list[OrgMention]
) -> list[OrgMention]:
    """Companies named after the words ``pattern`` reads before a name: a subsidiary's
    owner ("filiale de Safran", "a subsidiary of Norvel"), the one a boss heads ("le patron
    d'Airbus"), a company's own subsidiary ("its new business division, Norvel Kelta"). What
    those words name is a company, even named in one word nowhere else described; a place or
    a person after them is none ("filiale de Casablanca")."""
    return [
        OrgMention(text[a:b], "company", a, b, None, None, 0.55)
        for _, a, b in _names_after(pattern, text, fold, start, end, found, place_alone=True)
    ]


# An English body's description in lower case, then its own name: "the national investment
# agency Norvinvest", "according to state investment authority Zentrinvest".
_AGENCY_THEN_NAME = re.compile(
    r"(?<![\w-])(?:agency|authority) (?P<name>[A-Z][\w&’'-]*(?: [A-Z][\w&’'-]*){0,2})"
    r"(?![\w&’'-])"
)


# "Norvinvest, the state-run agency for foreign direct investment, said": the name, then
# what the body is, set apart by a comma
_NAME_THEN_AGENCY = re.compile(
    r"(?<![\w&’'-])(?P<name>[A-Z][\w&’'-]*(?: [A-Z][\w&’'-]*){0,2}), (?:the|an?|l['’]) ?"
    r"(?:[a-z-]+ ){0,3}(?:agency|authority|agence|autorite|autorité)\b"
)


def _agencies_named(
    text: str, fold: str, start: int, end: int, found: list[OrgMention]
) -> list[OrgMention]:
    """Bodies named by what they are in lower case, before their name ("the investment
    agency Norvinvest") or after it ("Norvinvest, the state-run agency for …"): the
    capitalised words are the body's name, as after "the company"; a person or a place
    there is none ("the agency Director John Smith")."""
    named: list[OrgMention] = []
    matches = [*_AGENCY_THEN_NAME.finditer(text, start, end)]
    matches += _NAME_THEN_AGENCY.finditer(text, start, end)
    for match in matches:
        a, b = match.span("name")
        if (
            _overlaps(a, b, found)
            or _opens_no_company(match.group("name"), fold, a)
            or _TITLE_EN.match(fold, a)
            or countries_in(fold[a:b])
            or _PERSON_PLAIN.fullmatch(text[a:b])
        ):
            continue
        named.append(OrgMention(text[a:b], "agency", a, b, None, None, 0.55))
    return named


def _subsidiary_by_country(name: str) -> bool:
    """True for a company's own in a country, named by its group's name and the country's
    ("SARK Bulgaria", "Norvel Maroc", "Zentra Ghana"): the country is the last word only, the
    words before it name no place."""
    words = name.split()
    head = fold_text(" ".join(words[:-1]))
    return (
        len(words) > 1
        and only_a_country(fold_text(words[-1]))
        and not countries_in(head)
        and not _place_word(" ".join(words[:-1]))
    )


def _builds_elsewhere(fold: str, name: str) -> bool:
    """True if the text says ``name`` builds or invests somewhere, as a company does: a name
    said to speak elsewhere is then the company's, quoted by its press office."""
    return rx.search(r"(?<![\w-])" + re.escape(name) + _BUILDS_AFTER, fold) is not None


# "His Majesty King Abdullah", "le roi Mohammed VI", "Sheikh Tamim bin Hamad Al Thani": a
# ruler's title names a person by one given name, with a dynasty's particles or a numeral;
# a capitalised word after it says a place or a body named after them ("King Fahd Road").
_ROYAL = re.compile(
    r"(?<![\w-])(?:(?:His|Her|Son|Sa) (?:Royal )?(?:Majesty|Highness|Majesté|Altesse) )?"
    r"(?P<title>King|Queen|Emir|Amir|Sultan|Crown Prince|Prince|Princess|Sheikh|Sheikha"
    r"|[Rr]oi|[Rr]eine|[ÉéEe]mir|[Ss]ultan|[Pp]rince héritier|[Cc]heikh)"
    # "Le Roi du Maroc, Hassan II", "the Sultan of Oman Qaboos": the country ruled, then a
    # pause or none
    r"(?P<of> (?:du|de la|de l['’]|des|d['’]|de|of(?: the)?) ?[A-Z][\w’'-]+(?: [a-zA-Z][\w’'-]+)??,?)?"
    rf" (?P<name>[A-Z]{_LOWER}+(?:[ -](?:bin|ibn|bint|Al|al|Ben|ben)[ -][A-Z]{_LOWER}+)*"
    r"(?: [IVX]{1,4}\b)?)(?![\w'’-]| [A-Z])"
)


def _royals(
    text: str, start: int, end: int, found: list[PersonMention], lang: str
) -> list[PersonMention]:
    """Rulers said by their title and a given name: the title is their role."""
    more: list[PersonMention] = []
    for match in _ROYAL.finditer(text, start, end):
        a, b = match.span("name")
        name = match.group("name")
        if any(p.start < b and a < p.end for p in found) or fold_text(name) in _NOT_NAMES:
            continue
        if rx.search(
            r"\b(?:du|de|of|the)\s+$",
            text[max(start, match.start("title") - 5) : match.start("title")],
        ):
            continue  # "la Ville économique du roi Abdallah": a place named after a ruler
        if countries_in(fold_text(name)) or places_in(fold_text(name)):
            continue  # "Prince Edward": a place's name
        ruler = re.escape(text[match.start("title") : b])
        if any(
            _COMPANY_NAME_WORDS.match(fold_text(m.group(1)))
            for m in re.finditer(ruler + r" (\w+)", text)
        ):
            # "a subsidiary of King Tam Group", then "King Tam": a company named so
            continue
        t_start, t_end = match.span("title")
        title = match.group("title")
        if match["of"]:
            of = match["of"].rstrip(",")
            if not (countries_in(fold_text(of)) or places_in(fold_text(of))):
                continue  # "le Roi du textile, X": no country's ruler
            t_end += len(of)
            title = text[t_start:t_end]
        said = lang
        if rx.fullmatch(r"King|Queen|Crown Prince|Princess|Sheikha?", match["title"]):
            said = "en"
        elif rx.fullmatch(
            r"[Rr]oi|[Rr]eine|[ÉéEe]mir|[Pp]rince héritier|[Cc]heikh", match["title"]
        ):
            said = "fr" if match["title"] != "Emir" else lang
        more.append(PersonMention(name, a, b, title, t_start, t_end, said))
    return more


# "le directeur général, M. Ma", "Mr Dangote said": an honorific and one capitalised word,
# the surname alone, said as a word of its own (no second capitalised word after it).
_HONOURED_SURNAME = re.compile(
    r"(?<![\w.])(?:M\.|Mr\.?|Mrs\.?|Ms\.?|Mme\.?|Dr\.?|Monsieur|Madame|Mister)"
    rf" ([A-Z]{_LOWER}+)(?![\w'’.-]| [A-Z]| {_LOWER}+[A-Z])"
)


_HONORIFICS_FOLDED = frozenset(
    {"mr", "mrs", "ms", "dr", "m", "mme", "monsieur", "madame", "chancellor"}
)
# A head of State or of government said by the title and the surname alone: "President
# Morsi", "le président Obama", "Prime Minister Modi"
_HEAD_SURNAME = re.compile(
    r"(?<![\w.])(?:President|Pr[ée]sident|pr[ée]sident|pr[ée]sidente|Prime Minister"
    r"|Premier ministre|[Pp]remier [Mm]inistre|Chancellor|[Cc]hancelière?"
    # "Senior Chieftainess Chungu", "Paramount Chief Kelvo": a traditional ruler, known by
    # one name
    r"|(?:Senior |Paramount )?Chief(?:tainess|tain)?"
    # "Indian High Commissioner Vanlalhuma", "Ambassador Tavares": an envoy by one name
    r"|High Commissioner|Ambassador|[Aa]mbassadeur)"
    # (a sentence's full stop after a name four letters long at least: "… Vanlalhuma.")
    rf" ([A-Z]{_LOWER}{{2,}})(?![\w'’-]|(?<=\w{{4}})\.(?!\s|$)|(?<!\w{{4}})\.| [A-Z]| {_LOWER}+[A-Z]| ?[“\"«(])"
)


def _unaccented(text: str) -> str:
    """``text`` with its letters' accents off, its case and its length kept ("Novalić" →
    "Novalic")."""
    return "".join(unicodedata.normalize("NFD", c)[0] for c in text)


def _surnames_honoured(
    text: str, fold: str, start: int, end: int, found: list[PersonMention], lang: str
) -> list[PersonMention]:
    """People said by an honorific and their surname alone ("M. Ma", "Mr Dangote"), or a
    head of State's title ("President Morsi"): the surname is the name, and a title said
    before it is theirs."""
    more: list[PersonMention] = []
    matches = [*_HONOURED_SURNAME.finditer(text, start, end)]
    matches += [
        m
        for m in _HEAD_SURNAME.finditer(text, start, end)
        # ("President Mahama" after "Ghanaian President John Mahama": the one named in full;
        # "Prime Minister Novalić" after "Fadil Novalic", spelled without its accent)
        if not any(
            fold_text(given[1]) not in _NOT_NAMES | _HONORIFICS_FOLDED
            and not _TITLE_EN.fullmatch(fold_text(given[1]))
            for given in rx.finditer(
                rf"([A-Z][\w'’-]+) {re.escape(_unaccented(m.group(1)))}\b",
                text if m.group(1).isascii() else _unaccented(text),
            )
        )
    ]
    for match in matches:
        a, b = match.span(1)
        if any(p.start <= a < p.end for p in more):
            continue
        word = match.group(1)
        if any(p.start <= a < p.end for p in found) or fold_text(word) in _NOT_NAMES | _STOP:
            continue
        plain = fold_text(word)
        if _TITLE_FR.fullmatch(plain) or _TITLE_EN.fullmatch(plain):
            continue  # "le Président Directeur": a title's word, no surname
        if plain in _CALENDAR_WORDS | _CURRENCY_NAME_WORDS or nationality_word(word):
            continue  # "President Monday", "le président Français": no one's name
        if countries_in(fold_text(word)) or places_in(fold_text(word)):
            continue  # "Mme Côte": a place's word is no surname
        person = _titled(text, fold, a, b, start, end, word, lang)
        more.append(person or PersonMention(word, a, b))
    return more


# A name written all in capitals just after a title's last word: "Member of Parliament
# EMMANUEL MUSONDA", "Provincial Minister KELVO TARVEL" (the style of some news agencies'
# dispatches).
_NAME_IN_CAPITALS_AFTER_TITLE = re.compile(
    r"\b(?:Parliament|MP|Minister|President|Governor|Chairman|Chairperson|Director|Mayor|Chief"
    r"|Secretary|Commissioner|Ambassador|CEO|Manager|Councillor)"
    rf" ({_CAPITAL_WORD}(?: {_CAPITAL_WORD}){{1,2}})(?![\w'’.-])"
)


def _names_in_capitals(
    text: str, fold: str, start: int, end: int, found: list[PersonMention], lang: str
) -> list[PersonMention]:
    """People named all in capitals after their title, in a sentence written in lower case:
    the name, and the title said before it. No words the text spells out as an
    organisation's letters ("(KDA)"), nor a sentence in capitals (a headline's)."""
    if sum(c.islower() for c in text[start:end]) < sum(c.isupper() for c in text[start:end]):
        return []
    more: list[PersonMention] = []
    for match in _NAME_IN_CAPITALS_AFTER_TITLE.finditer(text, start, end):
        a, b = match.span(1)
        words = match.group(1).split()
        if any(p.start < b and a < p.end for p in found) or any(f"({w})" in text for w in words):
            continue
        if any(fold_text(w) in _NOT_NAMES | _STOP or countries_in(fold_text(w)) for w in words):
            continue
        person = _titled(text, fold, a, b, start, end, match.group(1), lang)
        more.append(person or PersonMention(match.group(1), a, b, lang=lang))
    return more


# A capitalised word said alone to speak: "Kumar said", "Mehta added", "Diop a déclaré".
_SPOKE_ALONE = re.compile(
    rf"(?<![\w'’.-])([A-Z]{_LOWER}+),? (?:said|says|added|noted|told|explained|stressed|"
    r"recalled|a (?:déclaré|ajouté|indiqué|souligné|précisé|expliqué|affirmé|rappelé))\b"
)


def surnames_said_alone(text: str) -> frozenset[str]:
    """The words a text says alone as a person's, by an honorific ("Mr Kumar") or as the
    one who speaks ("Kumar said") after a word in lower case: the surnames it uses."""
    said = {m.group(1) for m in _HONOURED_SURNAME.finditer(text)}
    for match in _SPOKE_ALONE.finditer(text):
        before = rx.search(r"(\S+)\s+$", text[max(0, match.start() - 30) : match.start()])
        if before is None or not before.group(1)[:1].isupper() or before.group(1)[-1] in ',.;:»”"':
            said.add(match.group(1))
    return frozenset(said)


def a_person_by_surname(name: str, surnames: frozenset[str]) -> bool:
    """True if ``name``, read as an organisation's, is a person's: two or three capitalised
    words, no company's among them, whose last the text says alone as a person's
    ("Nigeria's Ravi Kumar is investing … Kumar said"). A company said short keeps its first
    word ("Zentra Motors … Zentra said"), a person their last."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and words[-1] in surnames
        and words[0] not in surnames
        and all(rx.fullmatch(rf"[A-Z]{_LOWER}+", w) for w in words)
        and not _COMPANY_WORD.search(fold_text(name))
        and not countries_in(fold_text(name))
        and not places_in(fold_text(name))
    )


# A title and the word that says whose it is, just before a name: "directeur général de
# Saltal Africa", "head of Alva Motors": the name is an organisation's, not a person's.
_TITLE_OF = re.compile(
    r"\b(?:" + "|".join(TITLES_EN + TITLES_FR) + r") (?:de|du|of|d') ?"
    # "fondateur de la banque National Financial Credit", "chairman of the bank X": whose
    # the title is, a company said with its noun, no person
    r"(?:(?:la |l'|the )?(?:banque|societe|compagnie|entreprise|firme|bank|company|firm) "
    r"|(?:groupe|group) )?$"
)
# A title and "of the" before a company noun: "le directeur général de la société, …".
_HEAD_OF_BEFORE = re.compile(
    r"\b(?:" + "|".join(TITLES_EN + TITLES_FR) + r")(?: [\w-]+){0,2}? (?:de|du|des|of|d')"
    # ("le président de l'entreprise, Marc Tremblay": the noun's article)
    r"(?: la| l'| the)? ?$"
)


# Words that make a clause of what follows a title: auxiliaries, a past tense, "-ed" words.
_VERB_BETWEEN = re.compile(
    r"\b(?:is|was|were|are|has|have|had|will|would|broke|laid|met|said|made|took|gave|held|"
    r"spoke|told|went|came|[a-z]+ed|a|ont|est|sont|sera|seront|avait|avaient|etait)\b"
)


# "secrétaire d'Etat auprès du ministre de l'Industrie": the title after "auprès du" says
# whom the first one serves
# "secrétaire d'Etat auprès du ministre …", "représentant personnel du Chef de l'État",
# "special envoy of the President": the title after them is whom the person serves
_ATTACHED_TO = re.compile(
    r"\b(?:aupres |representante? (?:personnel(?:le)? |special(?:e)? )?)(?:du|de la|de l') ?$"
    r"|\b(?:(?:personal |special )?representative|envoy|adviser|advisor) (?:of|to) the $"
)


# The titles the press abbreviates before a name: "Gov. Nathan Deal", "Lt. Gov. X", "Sen.
# X", "Rep. X", "Pres. X", "Amb. X".
_ABBREVIATED_TITLE = re.compile(r"(?<![\w.])((?:Lt\. )?Gov|Sen|Rep|Pres|Amb)\. $")


def _abbreviated_title(
    text: str, a: int, b: int, start: int, name: str, lang: str
) -> PersonMention | None:
    """The person named at ``a`` with an abbreviated title just before the name, the title
    as the text says it, its full stop included ("Gov. Nathan Deal" → "Gov."): the
    abbreviation says a person as a title does, and says no organisation."""
    said = _ABBREVIATED_TITLE.search(text, max(start, a - 12), a)
    if said is None:
        return None
    # "Coahuila Gov. X": the region the title is of, said before it, is the title's
    region = _REGION_BEFORE_TITLE.search(text, max(start, said.start(1) - 32), said.start(1))
    if region and _region_s_name(region[1]):
        title = f"{region[1]} {said[1]}."
        return PersonMention(name, a, b, title, region.start(1), said.end(1) + 1, lang)
    return PersonMention(name, a, b, f"{said[1]}.", said.start(1), said.end(1) + 1, lang)


def _region_s_name(words: str) -> bool:
    """True if ``words``, capitalised before an abbreviated title ("Coahuila Gov."), may be
    the region it is of: a place the lists know, else words no list says are common ones
    (an article, a weekday, a month, "New")."""
    if world_subdivision_country(words) or _place_word(words):
        return True
    said = [fold_text(w) for w in words.split()]
    common = _NOT_NAMES | _SENTENCE_ADVERBS | _DETERMINERS | {"new", "former", "then", "us"}
    return not any(w in common or _WEEKDAY_OR_MONTH.fullmatch(w) or len(w) < 3 for w in said)


# (a month's or a weekday's word, folded: no region's)
_WEEKDAY_OR_MONTH = re.compile(rf"{MONTH_WORDS}|(?:mon|tues|wednes|thurs|fri|satur|sun)day")
_REGION_BEFORE_TITLE = re.compile(r"(?<![\w.’'-])([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?) $")


def _possessor(text: str, start: int, t_start: int) -> OrgMention | None:
    """ "Hyundai Motor Group's chairman, X": the company whose title it is, said as a
    possessive just before the title (a country's possessive is no company)."""
    possessor = rx.search(
        r"(?<![\w-])((?:[A-Z][\w&-]+ ){0,3}[A-Z][\w&-]+)['’]s $",
        text[max(start, t_start - 50) : t_start],
    )
    if possessor is None or countries_in(fold_text(possessor[1])):
        return None
    if possessor[1] in ("Company", "Firm", "Group", "Business"):
        return None  # "Company’s managing director X": the company spoken of, no name
    o_end = t_start - len(possessor[0]) + len(possessor[1])
    return OrgMention(possessor[1], "company", o_end - len(possessor[1]), o_end)


def _titled_before(
    text: str, fold: str, a: int, b: int, start: int, end: int, name: str, lang: str
) -> bool:
    """True if a title said before the name at ``a`` and a comma is its ("le PDG de X,
    Kim Dae-Ho"); "directeur de la région Moyen-Orient Afrique" names a place."""
    if not text.startswith(", ", a - 2):
        return False
    person = _titled(text, fold, a, b, start, end, name, lang)
    return person is not None and person.title_start < a


# A body, its acronym, then who acts for it: "l'Autorité X (AX), par le biais de son
# président, …", "X, représentée par son PDG, …", "X, represented by its chairman, …".
_REPRESENTED_BY = re.compile(
    r"(?: \([\w-]{2,10}\))?, (?:(?:representee?s? |represented )?par (?:le biais|"
    r"l'intermediaire|la voix) de|representee?s? par|a travers|represented by|through|via|"
    r"acting through) (?:son|sa|leur|its|their) $"
)


def _body_represented(text: str, fold: str, start: int, at: int, lang: str) -> OrgMention | None:
    """The body named just before "par le biais de son", "représentée par son", "represented
    by its" and the title at ``at``: the title is that body's, whatever its noun ("son
    président" of an authority, as of a company)."""
    said = _REPRESENTED_BY.search(fold, max(start, at - 60), at)
    if not said:
        return None
    bodies = [o for o in orgs_in(text, fold, start, said.start(), lang) if o.end == said.start()]
    return bodies[-1] if bodies else None


def _rank_said_last(text: str, start: int, end: int) -> re.Match[str] | None:
    """The military rank that ends ``text[start:end]``, with the space or the comma and the
    article before it ("Prime Minister Commodore", "le président du comité, le colonel"):
    a rank beside a title is no word of the title nor of the name. The name must follow it
    ("Directeur Général de la société": a title's own word, no rank)."""
    said = rx.search(r"(?:, (?:le |la |l['’]|the )?| )([\w.-]+) ?$", text[start:end])
    if said is None or not rx.match(r" [A-Z]", text[start + said.end(1) : start + said.end(1) + 2]):
        return None
    rank = _MILITARY_RANK.match(text, start + said.start(1))
    if rank and rx.search(
        r"\b(?:directeur|directrice|secretaire|procureur|consul|commissaire|delegue|inspecteur"
        r"|administrateur|director|secretary|attorney|consul|inspector|manager)$",
        fold_text(text[start : start + said.start()]),
    ):
        return None  # "son directeur général Mehmet Yilmaz": the title's own word, no rank
    return said if rank and rank.end() == start + said.end(1) else None


# A title in brackets right after a name: "Karim Tarvel (Vice-président du Groupe)"
_BRACKETED_TITLE = re.compile(r" \((?:" + "|".join(TITLES_FR + TITLES_EN) + r")\b")


def _titled(
    text: str, fold: str, a: int, b: int, start: int, end: int, name: str, said_in: str = "fr"
) -> PersonMention | None:
    before = fold[max(start, a - 180) : a]
    offset = max(start, a - 180)
    if rx.search(
        r"\b(?:sur|dans|de|en|pour|par|vers|in|on|at|of|to|for|from) (?:la|le|les|the) $"
        # "vice-président du Centre manufacturier du Maroc pour Bombardier Aéronautique":
        # whom the title serves, no one who holds it
        r"|[\w,] (?:pour|for|chez) $",
        before,
    ) and not _BRACKETED_TITLE.match(fold, b):
        # ("Il s'est agi pour Karim Tarvel (Vice-président du Groupe)": the title in
        # brackets after the name is the person's own)
        return None  # "directeur général … sur la Grande Île": a place, said with its article
    # "le ministre de l'Industrie …, Ali Aoun" / "le Premier ministre Ahmed Ouyahia"
    best = None
    best_end = -1
    words_between = 0
    # a title both languages spell alike ("President", "directeur") is the article's
    languages = ((_TITLE_FR, "fr"), (_TITLE_EN, "en"))
    for pattern, lang in languages if said_in != "en" else languages[::-1]:
        for match in pattern.finditer(before):
            if _ATTACHED_TO.search(before, 0, match.start()):
                continue  # "secrétaire d'Etat auprès du ministre …": the minister is no title
            tail = before[match.end() :]
            # "l'ambassadeur …, M. Abdulaziz Ali Naama": the honorific is no stop.
            # "le président du comité, le colonel X", "the head of the council, General
            # X": a military rank between the title and the name is no stop either
            rank = _rank_said_last(text, offset + match.end(), a)
            if rank is not None and rank.group().startswith(","):
                tail = tail[: len(tail) - len(rank.group())] + ", "
            tail = rx.sub(
                r"(?:, ?| )(?:m|mme|mr|mrs|ms|dr|alhaji|hon|h\.e)\.? ?$|, he ?$", ", ", tail
            )
            # "Chairman of Algerian Qatar Board Solb (AQS) Hasnaoui Chiboub": an acronym.
            # ("… extérieurs (Fipa-Tunisia), Jalel Tebib": one with a hyphen too)
            tail = rx.sub(r" ?\([a-z](?:[a-z&]|-(?=[a-z])){1,14}\)", "", tail)
            tail = rx.sub(r'"[^"]{1,30}"', "q", tail)  # de la société « Baladna », X
            # "Minister of Water Development, Sanitation and Environmental Protection X":
            # a title's complements listed with commas, each with a capital.
            listed = rx.fullmatch(
                # ("Minister of industrialisation, Trade and SME Development X": the first
                # in lower case, a typing slip)
                r" (?:of|for) (?:[a-z][\w-]+, )?(?:[A-Z][\w-]+,? (?:and )?)+",
                text[offset + match.end() : a],
            )
            fits = (
                (
                    rx.fullmatch(r"(?:[^.;:()\"]{0,90}?)(?:, ?| )", tail)
                    or _LISTED_FR.fullmatch(tail)
                )
                # "The president broke ground on … developed by group X": a verb between
                # them says a clause, not a title's complements
                and not _VERB_BETWEEN.search(text[offset + match.end() : a])
                and (
                    "," not in tail[:-2]
                    or listed
                    or _LISTED_FR.fullmatch(tail)
                    or _COMPANY_THEN_NAME.fullmatch(tail)
                )
                and not rx.search(r" (?:et|and) $", tail)  # "X, directeur de Sider et Y"
                # "le président X lors de la cérémonie … à Puerto Suarez": a name just
                # after "à", "in", "at" is where, no one the title is of
                and not rx.search(r" (?:a|au|en|in|at) $", tail)
            )
            # the title said last; of two that end together ("Vice President" read whole
            # in English, "President" alone in French), the longer
            m_start, m_end = offset + match.start(), offset + match.end()
            if fits and (
                best is None
                or (m_start > best[0] and m_end != best_end)
                or (m_end == best_end and m_start < best[0])
            ):
                best, best_end = (m_start, a, lang), m_end
                words_between = len(tail.split())
    after = fold[b:end]
    apposed = _apposed(after, text[b:end])
    if (
        best
        and apposed
        and words_between > 3
        # "Le PDG de l'entreprise chinoise X, Li Jang Joung, PDG, a déclaré": the title
        # said again after the name is the one said before it, whose company it names
        and apposed.group("title").strip() != fold[best[0] : best_end].strip()
    ):
        # "Governor X met with Ku Gi Do, head of AHA": the title said after the name is
        # his, the one far before it another's
        best = None
    if best:
        t_start, t_end, lang = best
        head = _HEAD_TITLE.match(fold, t_start)
        joined = _JOINED_TITLE.search(fold, max(start, t_start - 40), t_start)
        if joined and lang == "en":
            t_start = joined.start()  # "Zentra India MD and CEO X": one role, the company's
        portfolio = _PORTFOLIO_IN_LOWER_CASE.search(fold, max(start, t_start - 50), t_start)
        if (
            lang == "en"
            and portfolio
            and text[portfolio.start()].islower()
            and rx.match(r"(?:minister|secretary)\b", text[t_start:t_end])
        ):
            # "Paraguay's industry and commerce minister X": the portfolio in lower case
            t_start = portfolio.start()
        # "Industry and Trade Minister": the words before an English title are part of it.
        lead = _CAPITALISED_LEAD.search(text[max(start, t_start - 40) : t_start])
        if lead:
            # "Ukrainian Economic Development and Trade Minister": a long portfolio's
            # nationality, said before the forty characters looked at
            lead_at = max(start, t_start - 40) + lead.start(1)
            # ("Palestinian Deputy Prime Minister and …": its rank between)
            national_before = rx.search(
                rf"(?<![\w-])([A-Z][a-z]+) (?:(?:{_TITLE_RANK.pattern}) )*$", text[start:lead_at]
            )
            if (
                national_before
                and nationality_word(national_before.group(1))
                and not lead.group(1).startswith(national_before.group(1))
            ):
                lead = _CAPITALISED_LEAD.search(text[start + national_before.start(1) : t_start])
        if lead and lang == "en" and (name_and := _A_NAME_AND.match(lead.group(1))):
            lead_at = t_start - len(lead.group(0))
            if lead.group(1).endswith("and ") or _TITLE_BEFORE_NAME.search(
                fold, max(start, lead_at - 50), lead_at + len(name_and.group(1).rstrip())
            ):
                # "Mr. Jam Asif and director X", "Vice President Luis Liberman and Science
                # and Technology Minister X": the name before "and" is another person's, no
                # word of this title
                rest = lead.group(1)[name_and.end() :]
                lead = (
                    _CAPITALISED_LEAD.search(text[t_start - len(rest) : t_start]) if rest else None
                )
        titled_name = _TITLED_NAME_AND.search(lead.group(1)) if lead and lang == "en" else None
        if lead and titled_name:
            # "Kelvar CEO John Smith and Industry Minister X": a title and its holder's name
            # before "and" are another person's, no word of this title
            rest = lead.group(1)[titled_name.end() :]
            lead = _CAPITALISED_LEAD.search(text[t_start - len(rest) : t_start]) if rest else None
        if lead and lang == "en" and ", " in lead.group(1):
            # "Finance Minister X Y, Industry and Trade Minister Z": a title and its holder's
            # name before the comma are another person's, no portfolio listed with this one's
            lead_at = t_start - len(lead.group(0))
            comma = lead_at + lead.group(1).index(", ")
            if _TITLE_BEFORE_NAME.search(fold, max(start, comma - 60), comma):
                rest = text[comma + 2 : t_start]
                lead = _CAPITALISED_LEAD.search(rest) if rest.strip() else None
        # "the Tarvel Investment Board (TIB) chief executive": the body's acronym between
        # its name and the title; the name ends before it
        acronym = len(lead.group("acronym") or "") if lead else 0
        lead_end = t_start - acronym
        org = None
        company_noun = False
        if (
            lang == "en"
            and lead
            and _PREPOSITION_BEFORE.search(
                text, max(start, lead_end - len(lead.group(1)) - 8), lead_end - len(lead.group(1))
            )
        ):
            lead = None  # "On the way to Istiqlol head of state X": the place one goes to
            if acronym:
                # "Georgia Department of Economic Development (GDEcD) Project Manager X":
                # the body its acronym spells, its name longer than the words looked at
                letters = text[lead_end + 1 : t_start - 2]
                org = OrgMention(letters, "company", lead_end + 1, t_start - 2)
        if lang == "en" and lead:
            words = lead.group(1).split()
            # "Chinese Ambassador Zhang Yue": a diplomat's nationality says whose he is
            while words and (
                words[0].casefold() in _DETERMINERS or fold_text(words[0]) in _SENTENCE_ADVERBS
            ):
                words.pop(0)
            # "Malawian President X": the demonym is part of the title (a demonym the lexicon
            # lacks is one all the same), and no company's name
            national = []
            while words and (
                words[0].casefold() in _COUNTRY_ADJECTIVES
                or nationality_word(words[0])
                or rx.fullmatch(r"[A-Z][a-z]+(?:ian|ean|ese|ish)", words[0])
            ):
                national.append(words.pop(0))
            if [w.casefold() for w in words] in (["company"], ["firm"]):
                # "Company director X": the noun stands for the company the text is about,
                # whose title it is; no word of the title
                words, company_noun = [], True
            if "and" in words and head:
                # "Electricity Minister Mohamed Shaker and Rosatom chief …": after the "and"
                words = words[len(words) - words[::-1].index("and") :]
            # "JPMC Deputy Executive Director X", "KDPA Deputy Managing Director X": the
            # rank words next to the title are its own; an acronym before them is whose
            ranked = 0
            # (the rank words after a body's acronym are none of the words before it)
            while (
                not acronym
                and ranked < len(words)
                and rx.fullmatch(_TITLE_RANK, words[-1 - ranked])
            ):
                ranked += 1
            if 0 < ranked == len(words):
                # "Vice Chairman X", "Senior Vice President X": the ranks are the title's
                t_start -= len(" ".join(words)) + 1
                words = []
            if 0 < ranked < len(words) and (
                rx.fullmatch(r"[A-Z][A-Z&]+", " ".join(words[:-ranked])) or head
            ):
                said = " ".join(words[:-ranked])
                rank_said = " ".join(words[-ranked:])
                t_start -= len(rank_said) + 1
                if not countries_in(fold_text(said)):
                    org = OrgMention(said, "company", t_start - len(said) - 1, t_start - 1)
                words = []
            said = " ".join(words)
            # "Fujikura Managing Executive Officer X": an officer's or a manager's title is a
            # company's; the capitalised words before it, no portfolio's, name the company
            officer = _OFFICER_TITLE.fullmatch(fold, t_start, best_end) and not any(
                fold_text(w) in _NOT_NAMES
                or _TITLE_RANK.fullmatch(w)
                or _UNIT_OF_A_COMPANY.fullmatch(fold_text(w))
                for w in words
            )
            initials = words[0] if len(words) > 1 and not acronym else ""
            if (
                rx.fullmatch(r"(?=(?:[a-z]*[A-Z]){2})[A-Z][A-Za-z]{1,7}", initials)
                and "(" + initials + ")" in text
            ):
                # "GDEcD European Office Managing Director X": a body by the acronym the
                # text spelt out, then its unit's words, the title's
                at = lead_end - len(said) - 1
                org = OrgMention(initials, "company", at, at + len(initials))
                t_start -= len(said) - len(initials)
                said, words = initials, []
            # "Norvel Steel Zambia Limited Director X": a legal form ends the company's name,
            # whatever the title after it
            formed = bool(rx.search(rf"[a-z] (?:{_SUFFIX}|Corporation|Company)$", said))
            # "Kelvo Glass Director X" after "Kelvo Glass (Pvt) Ltd": a company the text named
            # before, its legal form left out, then the title it gives
            formed = formed or bool(
                words and _named_with_its_form(said).search(text, 0, max(0, lead_end - len(said)))
            )
            if words and (head or officer or formed) and not only_a_country(fold_text(said)):
                # "Rosatom CEO Alexey Likhachev", "Zentra Hungary CEO X": the company (a
                # country may end a subsidiary's name), then the title it gives.
                org = OrgMention(said, "company", lead_end - len(said) - 1, lead_end - 1)
            elif acronym and words and lead is not None:
                # "the Tarvel Board (TB) adviser X": a body's name, no word of the title;
                # the body is the one its acronym spells
                letters = lead.group("acronym").strip()[1:-1]
                at = lead_end + 1
                org = OrgMention(letters, "company", at, at + len(letters))
            else:
                t_start -= len(said) + 1 if words else 0
            if national and org is None and not acronym:
                t_start -= len(" ".join(national)) + 1
        whose = _COUNTRY_LETTERS_BEFORE.search(text, max(start, t_start - 8), t_start)
        if lang == "en" and org is None and whose is not None:
            t_start = whose.start()  # "U.S. Vice President X": whose title, by its letters
        if org is None and lang == "en":
            org = _possessor(text, start, t_start)
        # "provincial governor X", "the deputy director X": a rank or a reach said before
        # the title in lower case is part of it
        rank = _RANK_BEFORE.search(text, max(start, t_start - 30), t_start)
        if rank and rx.fullmatch(r"(?:company|firm) ", rank.group(), re.I):
            company_noun = True  # "the company director X": as "Company director X"
        elif rank and not (lead and org):
            t_start = rank.start()
            reach = rx.search(
                r"(?<![\w-])([A-Z][a-z]+) $", text[max(start, t_start - 30) : t_start]
            )
            if (
                lang == "en"
                and reach
                and rx.match(r"(?:provincial|regional|municipal|district) ", rank.group())
                and fold_text(reach[1]) not in _NOT_NAMES | _SENTENCE_ADVERBS | _DETERMINERS
            ):
                t_start -= len(reach[0])  # "Kratie provincial governor X": the reach's place
            if org is None and lang == "en":
                # "KGK's group managing director, Mr X": the possessive before the rank
                org = _possessor(text, start, t_start)
            spelt = rx.search(r"(?<![\w-])([A-Z]{2,6}) $", text[max(start, t_start - 8) : t_start])
            if org is None and lang == "en" and spelt and f"({spelt[1]})" in text:
                # "BEZA executive chairman X": the body by the letters the text spelt out
                at = t_start - len(spelt[1]) - 1
                org = OrgMention(spelt[1], "company", at, at + len(spelt[1]))
        joined = _JOINED_TITLE.search(fold, max(start, t_start - 40), t_start)
        if joined:
            t_start = joined.start()  # "le fondateur et président de CATL": one role
        title_end = t_end
        company = _COMPANY_THEN_NAME.fullmatch(fold, best_end, t_end)
        if company:
            # "Directeur Général de la société, Alva One, X": the title is the words before
            # "de la société"; the company is the name apposed to it, or the one said before
            title_end = best_end
            o_start, o_end = company.span("name")
            if text[o_start].isupper() and not _WORLD_REGION.fullmatch(fold[o_start:o_end]):
                org = OrgMention(text[o_start:o_end], "company", o_start, o_end)
        if org is None:
            org = _body_represented(text, fold, start, t_start, said_in)
        honorific = rx.search(
            r"(?:, ?| )(?:M\.|Mme\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Alhaji|Hon\.?|H\.E\.?) ?$|, HE ?$",
            text[t_start:t_end],
        )
        if honorific:
            title_end = t_start + honorific.start()
        while title_end > t_start and text[title_end - 1] in " ,":
            title_end -= 1
        rank_word = _rank_said_last(text, t_start, title_end)
        if rank_word:
            # "Prime Minister Commodore X": the rank is said beside the title, no word of it
            title_end = t_start + rank_word.start()
        # "Managing Director (MD)": the title's own acronym is no word of it
        bracket = rx.search(r" \([A-Z]{2,5}\)$", text[t_start:title_end])
        if bracket:
            title_end = t_start + bracket.start()
        described = None if org or company else _described_company(text, fold, t_start, title_end)
        title = text[t_start : described.start() if described else title_end]
        person = PersonMention(name, a, b, title, t_start, title_end, lang, org)
        if described:
            _of_the_company(person, described)  # "le président du Groupe, Alhaji X"
        elif org is None and (
            company
            or company_noun
            or _THEIR_COMPANY.search(fold, max(start, t_start - 30), t_start)
            or _THE_HEAD.search(fold, max(start, t_start - 4), title_end)
            or (
                rx.search(r"\b(?:son|sa|leur) $", fold[max(start, t_start - 6) : t_start])
                and (
                    _HEAD_SAID_FR.fullmatch(fold, t_start, title_end)
                    or _firm_spoken_of(fold, t_start, title_end)
                )
            )
        ):
            # "The company's Managing Director X": the company the text spoke of before
            person.extra["org"] = "the company"
        return person
    # "Alexander Mikheev, Director General of Rosoboronexport"
    if (
        apposed
        and apposed.group("owner")
        and _NAME_AFTER_TITLE.match(text, b + apposed.end("title"))
    ):
        # "… elsewhere in Latin America, Hyundai Motor Group's chairman, Mong-Koo Chung,
        # said": the title is the name's after it, not the words' before it
        apposed = None
    if apposed:
        t_start = b + apposed.start("title")
        t_end = b + apposed.end("more")
        owner = apposed.group("owner")
        org = None
        o_start = b + apposed.start("owner")
        # ("X, Gulfray Americas’ managing director": a plural's possessive, no "s" after)
        cut = (
            3
            if owner and owner.endswith(("'s ", "’s "))
            else 2
            if owner and owner.endswith(("s' ", "s’ "))
            else 1
        )
        if (
            owner
            and _capitalised_words(text[o_start : o_start + len(owner) - cut])
            # "X, Ghana's trade minister": a country's, no company's
            and not only_a_country(fold_text(owner[:-cut]))
        ):
            # "X, Hisense's CEO for Europe", "X, Zentra Motors Turkey's deputy manager": the
            # company whose title it is
            o_end = o_start + len(owner) - cut
            org = OrgMention(text[o_start:o_end], "company", o_start, o_end)
        by_acronym = rx.fullmatch(r"([A-Z]{2,6}) ", text[t_start : b + apposed.end("lead")])
        if org is None and by_acronym:
            # "X, the BITC chief executive officer", "X, SEZAD Chairman": the body whose
            # title it is, by its acronym; the title the words after it
            org = OrgMention(by_acronym[1], "agency", t_start, t_start + len(by_acronym[1]))
            t_start = b + apposed.end("lead")
        listed = rx.search(r" (?:et|and) [A-Z]", text[t_start:t_end])
        if listed and _TITLE_AFTER_AND.match(fold, t_start + listed.end() - 1):
            listed = None  # "X, Chairman and Director of Y": a second title, no second name
        if listed and rx.compiled(_WORLD_REACH + r"\b").match(fold, t_start + listed.end() - 1):
            listed = None  # "Vice-Président Moyen-Orient et Afrique": a reach, no second name
        portfolio = rx.match(r"[\w-]+", fold[t_start + listed.end() - 1 :]) if listed else None
        if (
            listed
            and portfolio
            and portfolio.group() in _PORTFOLIOS
            and rx.search(r"\b(?:minister|secretary)\b", fold[t_start : t_start + listed.start()])
        ):
            listed = None  # "X, Minister of Trade and Industry": a portfolio, no second name
        if listed:
            t_end = t_start + listed.start()  # "…, directeur de Sider et Ahcene Haddad"
        spoke = _SPOKE.search(fold, t_start, t_end)
        if spoke:
            t_end = spoke.start()  # "X, managing director of the firm explained he …"
        run_on = _NEW_SENTENCE.search(text, t_start, t_end)
        if run_on and spoke:
            t_end = run_on.start()
        # "X, président du conseil …" in a French article: a title spelled alike is French
        english = _TITLE_EN.match(fold, b + apposed.end("lead"))
        french = _TITLE_FR.match(fold, b + apposed.end("lead"))
        lang = "en" if english and not (french and said_in != "en") else "fr"
        while t_end > t_start and text[t_end - 1] in " ,(":
            t_end -= 1
        company = _COMPANY_AFTER_TITLE.match(text, t_end)
        if (
            org is None
            and company
            and not apposed.group("more").strip()
            and not (_PLACE_NOUN.search(company[1]) or _place_word(company[1]))
            and company[1].split()[0].rstrip(".") not in _HONORIFICS | {"M"}
        ):
            # "X, senior vice-president, Zentra Devices, said": the company the title is of
            org = OrgMention(company[1], "company", company.start(1), company.end(1))
        described = None if org else _described_company(text, fold, t_start, t_end)
        said = text[t_start : described.start() if described else t_end]
        person = PersonMention(name, a, b, said, t_start, t_end, lang, org)
        if described:
            _of_the_company(person, described)
        elif (
            org is None and owner and rx.fullmatch(r"(?:company|firm|group|business)['’]s ", owner)
        ):
            # "X, the company's chief executive": the company the text spoke of before
            person.extra["org"] = "the company"
        return person
    return None


# A title said with its company's possessive after a name, then a comma and another name:
# the title is the second's ("Latin America, Hyundai Motor Group's chairman, Mong-Koo
# Chung"); "X, senior vice-president, Zentra Devices," names the title's company.
_NAME_AFTER_TITLE = re.compile(r", [A-Z][\w’'-]+ [A-Z][\w’'-]+[,.]")


def _capitalised_words(words: str) -> bool:
    """True if each of ``words`` opens with a capital, as a company's name said as an
    owner does ("Zentra Motors Turkey"); "the company's", "its new plant's" name none."""
    return all(w[:1].isupper() for w in words.split())


def _described_company(text: str, fold: str, t_start: int, t_end: int) -> re.Match[str] | None:
    """The words that end a title with its company said by what it is ("du constructeur
    britannique"), not by its name ("du groupe Sider")."""
    described = _OF_THE_COMPANY.search(fold, t_start, t_end)
    if described and described.group("whose") and text[described.start("whose")].isupper():
        return None  # "directeur général du groupe Sider": the company named
    return described or _OF_THE_RANKED.search(fold, t_start, t_end)


def _of_the_company(person: PersonMention, described: re.Match[str]) -> None:
    """ "X, directeur général du constructeur britannique": the title is of the company the
    text named before, whose country the adjective says."""
    person.extra["org"] = "the company"
    whose = described.groupdict().get("whose")
    country = nationality_word(whose) if whose else None
    if country:
        person.extra["country"] = country
        person.extra["country_from"] = str(described.start() + 1)


# A title's company said by what it is, not by its name: "du constructeur britannique",
# "de la société", "of the group", "de ce groupe".
_OF_THE_COMPANY = re.compile(
    r" (?:du |de la |de l'|of the |(?:de|of) (?:ce|cet|cette|this|that) )(?:societe|groupe|entreprise|compagnie|firme"
    r"|constructeur(?: automobile)?|fabricant|company|group|firm|carmaker|automaker|manufacturer"
    # a trade's maker: "de l'avionneur européen", "du cimentier", "of the planemaker"
    r"|avionneur|motoriste|equipementier(?: automobile)?|cimentier|siderurgiste|[a-z]+maker)"
    r"(?: (?P<whose>[a-z-]+))?$"
)

# A title's company said by its rank in its trade: "patron du numéro six mondial de
# l'automobile", "président du leader mondial du pneu", "PDG du géant coréen de l'acier",
# "chairman of the world's sixth-largest carmaker", "CEO of the world's leading tyre maker".
_OF_THE_RANKED = re.compile(
    r" (?:du|de l') (?:numero (?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)"
    r"|n[o°] ?\d+|leader|geant|champion)(?: [a-z-]+){0,2}"
    r"(?: (?:du|de la|de l'|des|d') ?[a-z-]+(?: [a-z-]+)?)?$"
    r"| of (?:the )?(?:world|europe|asia|africa|country)'s (?:[a-z-]+ ){0,3}?"
    r"(?:[a-z]+-)?(?:largest|biggest|leading|top|major) (?:[a-z-]+ ){0,2}?"
    r"(?:company|group|firm|carmaker|automaker|maker|manufacturer|producer|[a-z]+maker)$"
)


# "le ministre ivoirien du Commerce, de l'Industrie et des PME, X": a French title's
# portfolios listed with commas, each after its "du", "de la", "des".
_OF_FR = r"(?:du|de la|de l['’]|des|de|d['’])"
_LISTED_FR = re.compile(
    rf"(?: [a-z-]+)? {_OF_FR} ?[^,.;:()]{{1,40}}(?:, ?{_OF_FR} ?[^,.;:()]{{1,50}})+, ?"
    # "…, du Commerce et de l'Economie numérique, chargé de l'Investissement, X": a charge
    # closes the list
    rf"(?:chargee? {_OF_FR} ?[^,.;:()]{{1,40}}, ?)?"
)
# "le directeur général de la société, Alva One, X", "the chairman of the group, Acme, X":
# a title of a company, the company's name (or its division) apposed, then the person.
_COMPANY_THEN_NAME = re.compile(
    rf" (?:{_OF_FR}|of the|of) ?(?:societe|groupe|groupement|entreprise|compagnie|firme"
    r"|company|group|firm|corporation)(?: [a-z-]+)?, (?P<name>[^,.;:()]{2,40}), $"
)
# "le directeur général, M. Ma", "the managing director, Mr X": a company's head said bare,
# with a definite article, is the head of the company the text speaks of.
_THE_HEAD = re.compile(
    r"\b(?:le|la|the) (?:directeur[- ]general|directrice[- ]generale|pdg|president-directeur[- ]general"
    r"|managing director|general manager|chief executive(?: officer)?|ceo)$"
)
# "son PDG X", "leur directeur général X": a company's head, its company the one the text
# speaks of (a country's "son président" is no company's: only a company's titles)
_HEAD_SAID_FR = re.compile(
    r"(?:pdg|p-dg|directeur general|directrice generale|president-directeur general|patronn?e?"
    r"|administrat(?:eur|rice) delegue?e?|dg)"
)
# "La firme assure … », a déclaré son président X": the company said by its noun just before
_FIRM_SPOKEN_OF = re.compile(r"\b(?:la firme|la societe|l'entreprise|le groupe|la compagnie)\b")
_STATE_SPOKEN_OF = re.compile(r"\b(?:le pays|l'etat|le gouvernement|la republique|le parti)\b")


def _firm_spoken_of(fold: str, t_start: int, title_end: int) -> bool:
    """True if "son président" (``t_start:title_end``) is a company's: a company said by its
    noun in the words before it, no state nor party said after that."""
    if not rx.fullmatch(r"president|presidente", fold[t_start:title_end]):
        return False
    before = fold[max(0, t_start - 400) : t_start]
    firms = list(_FIRM_SPOKEN_OF.finditer(before))
    return bool(firms) and not _STATE_SPOKEN_OF.search(before, firms[-1].end())


# "the company's directors, Mr X", "its chairman X": a title of the company named before.
# ("Company’s managing director X": the article said without its article)
_THEIR_COMPANY = re.compile(
    # ("the holding's board chairman X": the holding the text spoke of)
    r"\b(?:(?:the )?(?:company|firm|group|business|holding|corporation|conglomerate)['’]s"
    r"|its)(?: [a-z-]+)? $"
)


def _said_length(title: str) -> int:
    """How long a title pattern's words are, its optional words aside."""
    return len(rx.sub(r"\(\?:[^()]*\)(?:\?|\{\d*,\d*\}\??)", "", title))


# the longer titles first: "président directeur général" is one title, not "président"
_TITLE_WORDS = "|".join(sorted(TITLES_EN + TITLES_FR, key=_said_length, reverse=True))
# The world's regions a title reaches ("Moyen-Orient et Afrique", "Asia-Pacific")
_WORLD_REACH = (
    r"(?:moyen-orient|proche-orient|afrique(?: du nord| de l'ouest| subsaharienne)?|europe"
    r"|asie(?:-pacifique)?|ameriques?(?: latine| du nord| du sud)?|maghreb|middle east|africa"
    r"|asia(?:-pacific)?|americas?|latin america|north america|emea|apac)"
)
_APPOSED = re.compile(
    # "X, Hisense's CEO", "X, Zentra Motors Turkey's deputy manager": whose the title is
    # ("X, Gulfray Americas’ managing director": a plural's)
    # "X, Kurabe Co. Ltd.'s CEO": a legal form's full stop in the owner's name
    # "X, a deputy minister of trade", "X, un conseiller du ministre": an indefinite article too
    # "X (CEO de Norvel LLC)": the title in brackets after the name, as after a comma
    # "X, CRRC USA Rail Corp. president": a company by its legal form, no possessive
    # "X who is also the chairman of Y", "X, qui est aussi le président de Y": a relative
    # clause says the title as a comma does
    # ("X the factory’s head in …": no comma before a title said with whose plant it is)
    r"(?:,| \(|,? (?:who|qui) (?:is|was|est|etait) (?:also |now |currently |aussi |egalement "
    r"|actuellement )?| (?=the (?:company|factory|plant|firm|group|mill)['’]s ))"
    # ("X, and Kelvo's chairman, Y": another person's title, joined by "and", no owner's)
    r"\s*(?P<article>le |la |the |l'|an? |une? )?(?P<owner>(?!(?:and|et) )(?:[\w&.-]+ ){0,3}?[\w.-]+(?:['’]s|s['’]) "
    r"|(?:[\w&-]+ ){1,4}(?:corp|inc|ltd|co|plc|llc)\. )?"
    # ("X, deputy director-general for …": the title's hyphened second word its own)
    r"(?P<title>(?P<lead>(?:[a-z-]+ ){0,2}?)(?:"
    + _TITLE_WORDS
    + r")(?:-(?:general|generale|in-chief))?(?!\w)"
    # "X, Chairman and Director of Y": a second title joined to the first, one role
    r"(?: (?:and|et) (?:" + _TITLE_WORDS + r")(?!\w))?)"
    # "X, directeur général d'Oleosen": the elided "d'" runs into the name
    # "X, directeur région océan Indien du groupe Y": the reach the title is of, then whose
    r"(?P<more>(?: (?:region|zone|division|pole)(?: [\w'-]+){1,3}?(?= (?:de|du|d'|of)\b))?"
    # "X, senior Vice-Président Moyen-Orient et Afrique chez Alstom depuis juillet 2017":
    # the world's regions the title reaches, then the company, before since when
    r"(?:(?: (?:et |and |& )?" + _WORLD_REACH + r")+(?= chez | at |[,;.()]|$))?"
    # "X, Conseiller économique et commercial de l'ambassade": the title's fields, joined
    r"(?: [a-z]+(?:ique|al|ale|iel|ielle|if|ive|ier|iere)(?: (?:et|and) [a-z]+(?:ique|al|ale"
    r"|iel|ielle|if|ive|ier|iere))+(?= (?:de |du |des |d')))?"
    # "X, ministre sénégalais de l'Industrie": the title's nationality, then its portfolio
    r"(?: [a-z]+(?:ais|aise|ois|oise|ien|ienne|ain|aine|ol|ole|en|enne|ique|in|ine|an|ane)"
    r"(?= (?:de |du |des |d'|charge|delegue)))?"
    # ("ministre marocain délégué à la Défense nationale": the post it is delegated)
    r"(?: (?:chargee?|deleguee?)(?= (?:a |au |aux |de |du |des |d')))?"
    r"(?: chez [^,;.()]{1,40}?(?= depuis\b| since\b|[,;.()]|$)"
    r"|(?: (?:(?:of|de|du|des|at|in|to|for|a|au|aupres de|en) |d' ?)[^,;.()]{1,60}))?)"
)
# A verb of speech that ends an apposed title with no comma before it: "X, managing director
# of the firm explained that …", "X, directeur de la société a indiqué que …".
_SPOKE = re.compile(
    r" (?:(?:has |had )?(?:explained|said|told|added|noted|stated|declared|revealed|disclosed"
    r"|indicated|confirmed|announced|says|explains|adds|notes)"
    r"|(?:a |avait )?(?:explique|indique|precise|affirme|souligne|ajoute)"
    r"|(?:a|avait) (?:declare|annonce|confie|assure|note|rappele|ete))\b"
)
# A sentence the page ran into the title, its period lost: "président de Kubota Europe La
# France a été …": an article with a capital opens a new sentence, not a word of the name.
_NEW_SENTENCE = re.compile(r" (?:La|Le|Les|L['’]|The) ?[A-Z]")
# A title joined by "et"/"and" to the title said before the name: "fondateur et président".
_JOINED_TITLE = re.compile(r"(?<![\w-])(?:" + _TITLE_WORDS + r") (?:et|and) $")
# The words of a title's rank said before it with a capital: "Deputy Executive Director".
_TITLE_RANK = re.compile(
    r"Deputy|Assistant|Acting|Interim|Vice|Senior|Executive|Associate|Principal|Chief|First"
)
# A title just before a name, with or without a comma: "chairman, Jae-Won Park".
_TITLE_JUST_BEFORE = re.compile(r"\b(?:" + _TITLE_WORDS + r"),? $")
_TITLE_NATIONAL_JUST_BEFORE = re.compile(r"\b(?:" + _TITLE_WORDS + r") ([a-z-]+),? $")
_ENVOY = re.compile(r"(?:ambassad|envoy|consul|high commissioner|charge d'affaires)", re.I)
_RANKS = r"(?:provincial|regional|municipal|district|federal|national|deputy|assistant|acting|former|interim|senior|executive|ancien(?:ne)?)"
# Words a title's noun is said with, no owner's: "the Cabinet Secretary", "its principal
# secretary", "the permanent representative", "X, board chairman of Y"
_TITLE_QUALIFIERS = frozenset(
    {"cabinet", "permanent", "principal", "chief", "executive", "general", "managing", "board"}
)
# A company's officer's or manager's title: "Managing Executive Officer", "General Manager".
_OFFICER_TITLE = re.compile(r"(?:[a-z]+ ){0,2}(?:officer|manager)")
# A company's unit or reach said before an officer's title, no company's name: "Regional
# Manager", "Plant Manager", "Sales Manager".
_UNIT_OF_A_COMPANY = re.compile(
    rf"{_RANKS}|plant|factory|site|project|sales|marketing|production|operations?|finance"
    r"|country|area|branch|division|general|technical|commercial|human|resources|purchasing"
    r"|communications?|quality|logistics|procurement|it|hr"
)
# "the group president X", "board chairman X", "government minister X", "Le 2ème
# vice-président X", "le vice-Premier ministre X", "state Economy Minister X": what the
# title is of, its rank
_RANK_BEFORE = re.compile(
    rf"(?:\b{_RANKS}|\bgroup|\bcompany|\bgovernment|\bboard|\b\d+(?:e|er|re|ère|eme|ème|nd|rd|th)|\bdeuxième|\bseconde?"
    r"|\bpremier|\bpremière|\bfirst|(?-i:\bstate)) $|\bvice-$",
    re.I,
)


# A country's (or the Union's) letters before a title: "U.S. Vice President X", "UK Trade
# Secretary X"
_COUNTRY_LETTERS_BEFORE = re.compile(r"(?<![\w.])(?:U\.S\.|U\.K\.|US|UK|UAE|EU) $")


# A company's name after an apposed title and a comma, closed by a pause or a lower-case word.
_COMPANY_AFTER_TITLE = re.compile(r", ([A-Z][\w&’'-]*(?: [A-Z][\w&’'-]*){0,4})(?=[,.;]| [a-z]|$)")
# The capitalised words said just before an English title ("Industry and Trade Minister",
# "Zentra Motors CEO"), and a body's acronym in brackets after them ("Tarvel Investment
# Board (TIB) chief executive").
_CAPITALISED_LEAD = re.compile(
    # ("KT&G CEO X", "Procter & Gamble chairman X": "&" inside a name's word or between two)
    # ("Science, Industry and Technology Minister": a portfolio's list, its last two
    # joined by "and")
    r"((?:(?:[A-Z][\w&-]+ )*(?:[A-Z][\w&-]+, ){1,3}(?=(?:[A-Z][\w&-]+ )+and ))?"
    r"(?:(?:[A-Z][\w&-]+|Co\.|Ltd\.|Inc\.|Corp\.) (?:and |& )?)+)"
    # its acronym, or its name in another script ("Master Transportation Bus Manufacturing
    # Ltd (成運汽車) chairman X")
    r"(?P<acronym>\((?:[A-Z](?:[a-z]?[A-Z]){1,7}|[^\x00-\u024f()]{1,12})\) )?$"
)
_TITLE_AFTER_AND = re.compile(r"(?:" + _TITLE_WORDS + r")(?!\w)")
# A lead's first words up to its first "and": a person's name, if a title said it
_A_NAME_AND = re.compile(r"((?:[A-Z][\w-]+ ){1,3})and ")
# A title, then a name of two or three capitalised words, then "and": another person
_TITLED_NAME_AND = re.compile(
    # ("Industries Secretary Hemant Sharma and Kelvo Cement managing director X")
    r"\b(?i:ceo|chairman|chairwoman|president|minister|director|governor|ambassador|chief"
    r"|secretary|commissioner)"
    r" (?:[A-Z][a-z][\w-]* ){2,3}and "
)
# A title, then a name's capitalised words, ending where looked at: "vice president luis
# liberman", "minister of trade and industry girma birru" (folded: its portfolio before)
_TITLE_BEFORE_NAME = re.compile(
    r"\b(?:president|minister|director|chairman|ambassador|governor|mr\.?|mrs\.?|ms\.?|dr\.?)"
    r"(?: (?:of|for) (?:the )?(?:[a-z][\w-]* ){0,3}[a-z][\w-]*)?"
    r" (?:[a-z][\w.-]* ){0,3}[a-z][\w.-]*$"
)


# A body's acronym in brackets, then a person's name: the title before it is that person's.
_NAME_AFTER_ACRONYM = re.compile(
    r" ?\([A-Za-z&-]{2,12}\) (?-i:[A-Z][\w'-]+ [A-Z][\w'-]+)(?: [A-Z][\w'-]+)?(?= et | and |,|\.|$)"
)


# An honorific and a name after the title said after a name: the next holder's
_NEXT_HOLDER = re.compile(r"[^,.;:()]{0,60}, (?:Mr|Ms|Mrs|Dr|Mme|Madam)\.? [A-Z]")


def _apposed(after: str, said: str = "") -> re.Match[str] | None:
    """A title said after a name and a comma ("X, Chinese ambassador to Uganda", "X,
    KCI's assistant vice president"): the words before the title's noun are its own only
    if they say a nationality or a rank; a possessive before them says whose it is, and
    so does an acronym (``said``, the words as written: "X, the BITC chief executive")."""
    apposed = _APPOSED.match(after)
    if apposed is None:
        return None
    if _NAME_AFTER_ACRONYM.match(said, apposed.end()):
        # "X, le Pdg de l'Agence foncière industrielle (Afi) Kais Mejri et …": a list of
        # people, the title the next one's, said before that name
        return None
    if said and _NEXT_HOLDER.match(said, apposed.end()):
        # "Deputy Prime Minister …, Mr X, Japanese Ambassador to Laos, Ms Y": a list of
        # titles each before its holder's name, the title after X's the next one's
        return None
    lead = apposed.group("lead").split()
    if len(lead) == 1 and rx.fullmatch(
        r"[A-Z]{2,6}", said[apposed.start("lead") : apposed.end("lead")].strip()
    ):
        return apposed
    if apposed.group("title").endswith("member") and apposed.group("article") in ("a ", "an "):
        return None  # "X, a member of the delegation": one of many, no title held
    if all(nationality_word(w) or rx.fullmatch(_RANKS, w) for w in lead):
        return apposed
    if lead and all(w in _TITLE_QUALIFIERS for w in lead):
        return apposed  # "X, the Cabinet Secretary of …", "X, Chief Operating Officer"
    if lead == ["plant"] or lead == ["factory"] or lead == ["project"] or lead == ["site"]:
        return apposed  # "X, the plant manager": the post at the plant spoken of
    if rx.fullmatch(r"[a-z-]+ (?:county|state|district|province|region)", " ".join(lead)):
        return apposed  # "X, Machakos County governor": the place the title is of
    if (
        rx.match(r"minist|secretary|director|manager", apposed.group("title").split()[-1])
        and not any(w in _DETERMINERS or _VERB_BETWEEN.fullmatch(w) for w in lead)
        and (apposed.group("owner") or "").strip()
    ):
        # "X, the country's treasury minister", "X, Kelta's trade secretary", "X, Beni Suef
        # governorate's investment director": the portfolio said before the noun is the
        # title's, the possessive whose the minister or the director is
        return apposed

    if apposed.group("title").endswith("member") and lead and lead[0] not in _DETERMINERS:
        # "X, investment promotion member of Y": the part of the board is the title's ("X,
        # a member of the delegation" says no title)
        return apposed
    return None


# A company's board said inside a title, before the company's name.
_BOARD = re.compile(
    r"(?i:\b(?:du|of the) (?:conseil d['’]administration|conseil de surveillance"
    r"|board(?: of directors)?))(?= (?:de|du|d['’]|of) ?[A-Z])"
)


# A chief of a function in a company, then the company: "chef de la direction de X",
# "chef de l'exploitation de X", "chef des opérations du groupe X" ("chef de l'Etat",
# "chef du gouvernement", "chef de cabinet du ministre" name no company).
_CHIEF_OF_A_FUNCTION = re.compile(
    r"\bchef (?:de la |de l'|des |du )(?:direction|exploitation|operations|finances|strategie"
    r"|technologie|production|ventes|marketing|information|innovation|approvisionnement)"
    r"(?: [a-z]+)? (?:de|du|d')"
)


# A free zone named by its place, said as a body: whose a title is ("Manager Général de la
# zone franche de X"), or a party to an agreement ("un accord entre Y et la zone franche de
# X", "avec la zone franche de X").
_ZONE_BODY = re.compile(
    r"\b(?:de|avec|et) la ((?:zone franche|zone economique speciale|zone économique spéciale)"
    r" (?:de |du |d['’])[A-Z][\w-]+(?: [A-Z][\w-]+)?)"
)


def _zones_as_parties(text: str, fold: str, start: int, end: int) -> list[OrgMention]:
    """Each free zone a sentence that speaks of an agreement names as a party: "entre Y
    et la zone franche de X", "avec la zone franche de X" (a zone where a plant is, "dans
    la zone franche de X", is a place)."""
    if not rx.search(r"\b(?:accord|convention|contrat|protocole|partenariat)", fold[start:end]):
        return []
    found = []
    for match in _ZONE_BODY.finditer(text, start, end):
        if match.group().startswith("de"):
            continue
        a, b = match.start(1), match.end(1)
        found.append(OrgMention(_capitalise(match[1]), "agency", a, b))
    return found


# The common nouns of a body, said with a capital before the words that describe it
# ("Centre manufacturier", "Comité populaire"): no name of its own.
_BODY_WORDS = frozenset(
    {
        *("centre", "center", "comite", "committee", "conseil", "council", "office", "bureau"),
        *("direction", "departement", "department", "service", "division", "institut"),
        *("institute", "commission", "agence", "agency", "groupe", "group", "societe"),
        *("company", "fonds", "fund", "unite", "unit", "pole", "cellule", "complexe"),
    }
)


def title_org(title: str, lang: str) -> tuple[str, str] | None:
    """The organisation a title names in its own words: "PDG de Sonatrach" →
    ("Sonatrach", company), "Director General of Rosoboronexport" → ("Rosoboronexport",
    company). A title that only implies one names none: "le ministre de l'Industrie" is
    no ministry's name, "governor of Jijel" no company's, "membre du Conseil
    d'administration" no board's; a proposal states what the text says."""
    # "présidente du conseil d'administration de CALB": the board is the company's own
    title = _BOARD.sub("", title)
    folded_title = fold_text(title)  # "président de la République": accents folded too
    if rx.search(
        # ("The Chief of Brikama": a town's chief, no company's)
        r"minist|ambassad|gouverneur|governor|\bwali\b|\bakim\b|consul|republi|conseil|board|chef de|head of"
        r"|\bchiefs? of\b"
        # ("Party secretary of Kunshan": the Communist Party's officer of a town)
        r"|\bparty (?:chief|secretary)\b"
        r"|speaker|parliament|assembl|senat"
        # "Mayor of Zivinice", "le maire de Kara", "préfet de X": a town's, no company's
        r"|\bmaires?\b|\bmayors?\b|\bprefe(?:t|ct)s?\b|bourgmestre|\balcalde",
        folded_title,
    ) and not _CHIEF_OF_A_FUNCTION.search(folded_title):
        return None
    zone = _ZONE_BODY.search(title)
    if zone:
        # "Manager Général de la zone franche de Lafito": the zone's body, whose title it is
        return _capitalise(zone[1]), "agency"
    # "Vice President of China's Huaxin Cement": the country's possessive is whose it is
    # "directeur général de l'Apiex": the elided article is no part of the name
    of = rx.search(
        # ("Pdg de la SMSP": the article before a company's letters)
        r"\b(?:de|du|of|d['’])[ '’]?(?:l['’]|(?:la|le) (?=[A-Z]{2,}\b))?(?:[A-Z][\w-]+['’]s )?"
        # ("directeur général de Kelvar Côte d’Ivoire": the local arm, its country whole)
        r"((?:[A-Z][\w-]+ ?|(?<=C[ôo]te )d['’][A-Z][\w-]+ ?)+)",
        title,
    )
    if of is None:
        return _company_at(title)
    name = of.group(1).strip()
    if (
        " " not in name
        and fold_text(name) in _BODY_WORDS
        and rx.match(r" [a-zà-ÿ]", title[of.end(1) - (of.group(1) != name) :])
    ):
        # "vice-président du Centre manufacturier du Maroc", "président du Comité populaire
        # provincial": a body said by common words after a capital, no name of its own
        return None
    # "président du Sénégal" names no company; "PDG de Soudan Jason building" does, the
    # country in it only a word of its name
    if only_a_country(fold_text(name)) or name.casefold() in _NOT_NAMES:
        return None
    if rx.search(
        r"\b(?:usine|site|unite|complexe|cimenterie|raffinerie|plant|factory|mill)"
        r" (?:de |du |d['’]|of )$",
        fold_text(title[: of.start(1)]),
    ):
        return None  # "directeur de l'usine d'Itaborai": the plant's town, no company
    return name, "company"


# "directeur du projet à Medcem Cameroun", "project director at Kelvo Senegal": the company
# the title is held at, named last
_AT_A_COMPANY = re.compile(r"\b(?:at|chez|à) ((?:[A-Z][\w-]+ ?)+)$")


def _company_at(title: str) -> tuple[str, str] | None:
    """The company named after "at", "chez" or "à" at a title's end; a town or a country
    there ("consul à Dakar") is none, a company's name then its local arm's country is one."""
    at = _AT_A_COMPANY.search(title)
    if at is None:
        return None
    name, words = at.group(1).strip(), fold_text(at.group(1)).split()
    arm = len(words) == 2 and only_a_country(words[1]) and not countries_in(words[0])
    if name.casefold() in _NOT_NAMES or world_town_country(name):
        return None
    if countries_in(fold_text(name)) and not arm:
        return None
    return name, "company"


@lru_cache(maxsize=256)
def _named_with_its_form(name: str) -> re.Pattern[str]:
    """``name`` said with a legal form after it ("Kelvo Glass (Pvt) Ltd")."""
    return re.compile(
        rf"(?<![\w-]){re.escape(name)}(?: \((?:Pvt|Private)\))?,? (?:{LEGAL_FORMS})(?![\w-])"
    )
