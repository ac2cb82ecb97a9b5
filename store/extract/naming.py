"""The name of a project the text gives no proper name: the analyst's convention.

A project said only by a common noun ("une nouvelle cimenterie", "a €30-million sugar
factory", "the industry") is named ``<the text's noun phrase> <de|at> <locality>``:

- the noun phrase is the text's words for it at its first mention: the plant noun with the
  complements that say what it makes or does ("Usine de transformation de poisson",
  "Cement production plant"), capitalised, without article, novelty or quality ("nouvelle",
  "moderne", "new"), rank ("première", "first": kept only when the article speaks of
  another project of the same noun, which the rank tells apart), cost, owner or country
  ("en Algérie");
- the locality is the town the text places it in (its location's locality), after "de"
  ("d'" before a vowel) in French and "at" in English: "Cimenterie de Bobo-Dioulasso",
  "Sugar factory at Moamba"; a zone or park in the locality's place reads "in the <zone>"
  in English ("Plant in the Ecocity industrial zone"), "de la <zone>", "du <parc>" in
  French ("Usine du parc industriel de X"); no locality, no suffix (a region or
  a country is no part of the name: "Usine de transformation de poisson").

A name the text gives (capitalised words after the first, "Floating Glass Production Line",
"Akkuyu NPP"; a place fixed to the noun by the text, "la centrale nucléaire de Rooppur";
a name it is called, "Baptisée Africure Pharmaceuticals") is kept as the text says it.
"""

from __future__ import annotations

import re

from ..text import fold
from . import rx
from .lexicon import PROJECT_NOUNS_EN, PROJECT_NOUNS_FR, SECTORS, SITE_KINDS

# Words that say a plant's novelty, quality, size or that it is planned, never its name.
_QUALITY = re.compile(
    r"\b(?:nouvel(?:le)?s?|nouveaux?|moderne|modern|new|brand-new|state-of-(?:the-)?art|grande?|"
    r"large|big|vaste|vast|immense|gigantesque|huge|giant|massive|enormous|sprawling|mammoth|"
    r"colossal(?:e|es)?|[ée]norme|moderne?s|planned|proposed|"
    r"projected|envisaged|envisioned|future|full-fledged|fully-fledged|g[ée]ante?s?|"
    r"ambitious|ambitieu(?:x|se|ses)|major|"
    # "will soon have its own solar panel plant": whose, no name
    r"own|"
    # "will build one more plant": one besides, no word of its name
    r"(?:one )?more|"
    # "and another plant to assemble other parts": one besides the one said before
    r"another|"
    # "the biggest Chinese investment project", "la plus grande usine": a superlative of size
    r"biggest|largest|(?:la |le |les )?plus (?:grande?s?|vaste)|"
    # "une fonderie dernier-cri", "a cutting-edge plant": how up to date it is, no name
    r"dernier-cri|dernier cri|ultra-?modernes?|high-tech|hi-tech|cutting-edge|"
    # "its first large-scale solar silicon production facility": its size, no name
    r"(?:large|small|full|commercial|industrial)-scale|"
    r"state of the art|top-notch|"
    # "cette usine intelligente", "a smart factory": how it is run, no name of it
    r"intelligente?s?|smart|"
    # "sa centième usine mondiale", "its hundredth global plant": where it stands among its
    # owner's plants the world over, no name of it
    r"mondial(?:e|es)?|mondiaux|worldwide|global|world-class|"
    # "its first U.S.-based headquarters", "a Kenya-based plant": where it is, said before
    # the noun ("a coal-based power plant", in lower case, says what it burns)
    r"(?-i:[A-Z][\w.]*-)based|^based)(?:\s+|$)",
    re.IGNORECASE,
)
# "premier", "deuxième", "centième", "10e", "first", "fourth", "100th": a rank, in words or
# in figures
ORDINAL = (
    r"(?:premier|premiere|première|premiers|premières|second|seconde|"
    r"\w+(?:ieme|ième)s?|\d+(?:e|eme|ème|er|ere|ère|re)|"
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"\w+teenth|\w+tieth|hundredth|thousandth|\d+(?:st|nd|rd|th))"
)
# "the first ever plant", "its first-ever factory": "ever" only strengthens the rank, no
# word of what the plant is; it goes with the rank, and is never kept with it
_RANK = re.compile(rf"^(?P<rank>{ORDINAL})(?:[\s-]+ever)?\s+", re.IGNORECASE)
# "usine … dans le monde", "au monde", "plant in the world", "de classe mondiale": the world
# its owner's plants stand in, said after the noun, no part of a plant's name
_WORLDWIDE_AFTER = re.compile(
    r"\s+(?:dans le monde(?: entier)?|au monde|du monde|a travers le monde|à travers le monde|"
    r"in the world|around the world|across the world|worldwide|globally|"
    r"de (?:classe|rang|dimension|envergure|renomm[ée]e) (?:mondiale|internationale))(?=\s|$)",
    re.IGNORECASE,
)
# "Usine en Algérie", "une câblerie à Kairouan": a country or a town said after the noun,
# no part of the name (the convention says the town after "de" or "at").
_IN_COUNTRY = re.compile(r"\s+(?:en|au|aux|in|à|at)\s+[A-Z][\w'’ -]*$")
_ZONE = re.compile(r"(?i:zone|park|parc|technopole|estate|cluster)\b")
# the zone nouns French says with "le": "le parc industriel", "le cluster"
_MASCULINE_ZONE = re.compile(r"(?i:parc|cluster)\b")


def says_only_quality(words: str) -> bool:
    """True if ``words``, said after a plant's noun, say only its novelty, quality or size
    ("ultramoderne", "intelligente", "géante"): no name, nothing it makes."""
    return bool(words.strip()) and not _QUALITY.sub(" ", words).strip()


def nationality(word: str) -> bool:
    """True if ``word`` is a country's adjective ("Chinese", "chinoise", "turque")."""
    from .places import countries_in

    folded_word = fold(word)
    if folded_word.startswith("inter") and len(folded_word) > 8:
        # "intercoréenne", "inter-Korean": of two parts of one nation, a nationality still
        return nationality(folded_word[5:].lstrip("-"))
    made = rx.fullmatch(r"(.+)-(?:built|owned|funded|invested|backed|made|run|led)", folded_word)
    if made:
        # "Chinese-built", "Turkish-owned": whose the plant is, a nationality still
        return nationality(made.group(1))
    if "-" in folded_word.strip("-"):
        # "Korean-Ghanaian", "franco-marocain": a pair of nationalities
        return all(nationality(part) for part in folded_word.split("-") if part)
    said = countries_in(folded_word)
    return bool(said) and said[0].start == 0 and said[0].end == len(folded_word)


# "sa deuxième usine européenne", "its first African plant": where among its owner's
# plants it stands, no part of its name either
_CONTINENTAL = re.compile(
    r"(?:europeen|africain|asiatique|americain|latino-americain|maghrebin|arabe)(?:ne)?s?"
    r"|european|african|asian|american|latin american|arab|gulf"
)
_OWNED = re.compile(r"-(?:invested|owned|funded|backed|built|financed)$")


_CONTINENT = re.compile(
    r"asie|afrique|europe|amerique(?:s| latine| du (?:nord|sud))?|oceanie|maghreb|"
    r"asia|africa|america|oceania|middle east|moyen-orient|proche-orient"
)


def whose_place(word: str) -> bool:
    """True if ``word`` says a country, its people or a continent ("Qataris", "Brésil",
    "Asie", "Western"), which a plant stands in or belongs to: no name of one plant."""
    said = fold(word)
    return bool(
        nationality(said)
        or nationality(rx.sub(r"s$", "", said))
        or _CONTINENT.fullmatch(said)
        or continental(said)
        or rx.fullmatch(_COMPASS, said)
    )


def continental(word: str) -> bool:
    """True if ``word`` is a continent's adjective ("European", "africaine"): where a plant
    stands among its owner's, no name of it."""
    return bool(_CONTINENTAL.fullmatch(fold(word)))


# A word said last in a name, in quotes or not: "« chinoise »", "chinoise"
_NATIONALITY_LAST = re.compile(r"\s+[«“\"]?\s*([a-zà-ÿ-]+)\s*[»”\"]?$")


def _without_nationality(name: str) -> str:
    """ "Chinese industrial project" → "industrial project", "Usine chinoise de textile"
    → "Usine de textile" (and "Usine de textile « chinoise »"): an owner's country is no
    part of a plant's name."""
    # "Usine de textile « chinoise »", "usine de textile chinoise": said last, in quotes or not
    last = _NATIONALITY_LAST.search(name)
    if last and nationality(last.group(1)) and len(name[: last.start()].split()) >= 2:
        name = name[: last.start()]
    words = name.split(" ")
    if _ZONE.search(words[-1]):
        return name  # "Russian industrial zone": whose industry it hosts, its name
    if place_adjective(name) == 2:
        words = words[1:]  # "Western Australian minerals plant": the compass point too
    # "Chinese-invested tire factory": whose money, no part of the name either
    kept = [
        w
        for i, w in enumerate(words)
        if not (
            len(words) > 1
            and (
                (i < 2 and nationality(_OWNED.sub("", w)))
                or (i < 3 and _CONTINENTAL.fullmatch(fold(w)))
            )
        )
    ]
    return " ".join(kept) if kept else name


# "usine de construction de voitures électriques de Géorgie et du sud du Caucase", "… du
# pays": the country (and the region after it) a plant is the first of, no name
_OF_A_COUNTRY = re.compile(
    r"\s+(?:de|du|des|d'|d’|of)\s*(?:la\s+|l'|l’|the\s+)?(?P<country>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?|pays|country)"
    r"(?:\s+(?:et|and)\s+.*)?$"
)


def without_country_after(name: str) -> str:
    """ "Usine de voitures électriques de Géorgie et du sud du Caucase" → "Usine de
    voitures électriques": a country said after the noun (or "du pays") is where the
    plant ranks or stands, no name the text gives it."""
    from .places import only_a_country

    said = _OF_A_COUNTRY.search(name)
    if said is None or said.start() == 0:
        return name
    country = said.group("country")
    if country in ("pays", "country") or only_a_country(fold(country)):
        return name[: said.start()]
    return name


def without_place_after(name: str) -> str:
    """ "Câblerie à Sousse" → "Câblerie": a town or a country said after the noun is where
    the plant is, no name the text gives it."""
    return _IN_COUNTRY.sub("", name)


# "(nord)", "(North)", "(sud-est)", "(200 kilomètres au nord-ouest de Sao Paulo)": where
# the town lies, said in brackets after the name, no word of it
_COMPASS = r"(?:nord|sud|est|ouest|centre|north|south|east|west|central|center)(?:ern)?"
_WHERE_ASIDE = re.compile(
    rf"\s*\((?i:(?:far |extr[eê]me )?{_COMPASS}(?:[- ]?{_COMPASS})?"
    rf"|[\d.,]+ ?(?:km|kilom[eè]tres?|kilometres?|kilometers?|miles?)\b[^)]*)\)$"
)


def place_adjective(name: str) -> int:
    """How many of ``name``'s first words say whose country or continent it stands in,
    a compass point with them ("Western Australian", "South Korean", "West African",
    "Chinese"): 0 when it opens otherwise."""
    words = name.split(" ")
    lead = 1 if len(words) > 2 and rx.fullmatch(_COMPASS, words[0], re.IGNORECASE) else 0
    said = fold(words[lead]) if len(words) > lead + 1 else ""
    return lead + 1 if said and (nationality(said) or continental(said)) else 0


def without_where_aside(name: str) -> str:
    """ "Usine de Most (nord)" → "Usine de Most": a compass point or a distance said in
    brackets after a plant's town says where the town lies, no part of the plant's name
    (a bracket of another kind, "(Cambodia)" in a company's name, stays)."""
    return _WHERE_ASIDE.sub("", name)


def without_owner(name: str) -> str:
    """ "Chinese-owned Goodwill Ceramic factory" → "Goodwill Ceramic factory": an owner's
    country said before a plant's given name is no part of it."""
    # "Cimenterie de Malbaza de l'entrepreneur nigérien Idi Ousmane ANGO": whose it is, a
    # person's; "Unité industrielle de sa filiale de Sbikha": its owner's subsidiary
    name = _PERSON_OWNER.sub("", name)
    name = _ITS_SUBSIDIARY.sub("", name)
    words = name.split(" ")
    if len(words) > 2 and words[1][:1].isupper() and nationality(_OWNED.sub("", words[0])):
        if not _OWNED.search(words[0]) and not any(_named(w) for w in words[1:]):
            return name  # "the Turkish Industrial Complex": the nationality is its name's
        if rx.fullmatch(r"[A-Z][\w]+-[A-Z][\w]+", words[0]) and all(
            nationality(part) for part in words[0].split("-")
        ):
            return name  # "Sino-Oman Industrial City": two countries, no one owner, named
        return " ".join(words[1:])
    if (
        len(words) > 2
        and words[1][:1].islower()
        and words[2][:1].isupper()
        and nationality(words[1])
    ):
        return " ".join(words[:1] + words[2:])  # "Usine marocaine Goam Industrie"
    return name


# (see ``without_owner``)
_PERSON_OWNER = re.compile(
    r" (?:de l['’]|d['’])(?:entrepreneur|homme d['’]affaires|investisseur|industriel)"
    r"(?: [a-zà-ÿ-]+)? [A-Z].*$"
)
_ITS_SUBSIDIARY = re.compile(r" de (?:sa|leur) filiale(?: [a-zà-ÿ-]+)?(?= de | d['’]|$)")


def without_rank_said_low(name: str, said: str) -> str:
    """ "First Continental production plant" said "the first Continental production plant":
    a rank the text writes in lower case before a name it gives is no word of it."""
    rank = _RANK.match(name)
    if rank is None or not rx.search(rf"(?<!\w){re.escape(rank.group().strip().lower())} ", said):
        return name
    rest = name[rank.end() :]
    return rest[:1].upper() + rest[1:] if rest else name


def without_quality(name: str, said: str) -> str:
    """ "Usine géante de Tanger" said "son usine géante de Tanger", "Envisioned Tses Glass
    Factory" said "the envisioned Tses Glass Factory": a word of novelty, size or plan the
    text (``said``) writes in lower case is no part of the name it gives; one it
    capitalises ("New Valley Cement") is, and so is one of a name it quotes ("« la
    Biscuiterie moderne Zentra »")."""
    if rx.search(rf"[«“\"] ?(?:[\w]+['’ ])?{re.escape(name)} ?[»”\"]", said):
        return name
    kept = [
        w
        for w in name.split(" ")
        if not (_QUALITY.fullmatch(w) and rx.search(rf"(?<!\w){re.escape(w.lower())}\b", said))
    ]
    bare = " ".join(kept)
    return bare[:1].upper() + bare[1:] if kept and bare != name else name


def _named(word: str) -> bool:
    """True if ``word`` of a capitalised name names something of its own ("Goodwill"), not
    a plant noun or an adjective that says what kind of plant ("Industrial Complex")."""
    return not common_noun(word) and not rx.search(r"(?:ed|al|ive|ic|ous|ern)$", fold(word))


_ELIDED = re.compile(r"^(?:[dl]|qu)['’](?=\w)", re.IGNORECASE)


def _town_after_elision(word: str) -> str:
    """ "d'Itirapina" → "Itirapina", a town fixed to the noun; "d'Asie" stays as said, in
    lower case to ``proper``: a continent or a country is no part of a plant's name."""
    bare = without_elision(word)
    return word if bare != word and whose_place(bare) else bare


def without_elision(word: str) -> str:
    """ "d'Itirapina" → "Itirapina": the word an elided article or "de" is glued to."""
    return _ELIDED.sub("", word)


# "Factory to produce LED lighting lamps", "Usine pour fabriquer des pièces BMW": what a
# plant is to make, said by a verb, describes it; an acronym there is the product's
_TO_MAKE_TAIL = re.compile(
    r"\s+(?:to (?:manufacture|produce|make|assemble|process)"
    r"|pour (?:produire|fabriquer|assembler|transformer))\b.*$"
)


def proper(name: str) -> bool:
    """True if the text gave the project a name: a capitalised word after the first (a
    country after "en"/"in" aside, and what it is to make: ``_TO_MAKE_TAIL``), or quotes
    around a given name."""
    bare = without_country_after(_IN_COUNTRY.sub("", _TO_MAKE_TAIL.sub("", name)))
    if bare_plant_noun(bare):
        return False  # "would establish Industrial Park in X": a noun capitalised, no name
    quoted = _NATIONALITY_LAST.search(bare)
    if quoted and nationality(quoted.group(1)):
        bare = bare[: quoted.start()]  # "usine de textile « chinoise »": whose, no name
    # "Usine d'Itirapina": a town after an elided "de" is fixed to the noun as after "de "
    said = [_town_after_elision(w) for w in rx.findall(r"[\w'’-]+", bare)]
    words = said[1:]
    return any(
        w[:1].isupper()
        and not (common_noun(w) and _described_before(said, i + 1))
        # "the first sizable Greenfield project": the kind of site it stands on, no name
        and fold(w) not in SITE_KINDS
        # "its first South American assembly plant": a part of the world, no name
        and not _world_part(said, i + 1)
        and not _ranked_among(said, i + 1)
        for i, w in enumerate(words)
    ) or bool(
        rx.search(r"[\"«“]", bare)
        # "Baptisée « Hands 8 »", "AMP-2": a name and its number
        or rx.fullmatch(r"[A-Z][\w-]* \d+|[A-Z]{2,}-?\d+", bare.strip())
    )


def _world_part(said: list[str], at: int) -> bool:
    """True if ``said[at]`` says a part of the world: a continent's adjective ("American"),
    or a compass point before one ("South" in "South American")."""
    if continental(said[at]):
        return True
    return bool(
        rx.fullmatch(_COMPASS, said[at], re.IGNORECASE)
        and at + 1 < len(said)
        and continental(said[at + 1])
    )


def bare_plant_noun(words: str) -> bool:
    """True if ``words`` are a plant's noun and nothing else, however capitalised ("Industrial
    Park", "Usine")."""
    return bool(
        rx.compiled(rf"{PROJECT_NOUNS_EN}|{PROJECT_NOUNS_FR}|industrial parks?").fullmatch(
            fold(words).strip()
        )
    )


def _ranked_among(words: list[str], at: int) -> bool:
    """True if ``words[at]`` is a continent's or a country's adjective after a rank ("first
    European factory", "its second Asian plant"): where the plant stands among its owner's,
    no name; nor after "new" or a quality ("for new Swiss biopharma plant", "opens
    state-of-art Chinese infant formula plant": where, or whose)."""
    before = words[at - 1]
    return bool(
        rx.fullmatch(ORDINAL, before, re.IGNORECASE)
        or rx.fullmatch(
            r"new|nouvel|nouvelle|modern|moderne|state-of-(?:the-)?art", before, re.IGNORECASE
        )
    ) and (continental(words[at]) or nationality(words[at]))


def _described_before(words: list[str], at: int) -> bool:
    """True if the word before ``words[at]`` is a description's: a word in lower case
    ("usine de Cimenterie"), or an adjective opening the phrase ("Integrated Denim
    project"), not a name's ("Africure Pharmaceuticals")."""
    before = words[at - 1]
    if not before[:1].isupper():
        return True
    return at == 1 and bool(
        rx.search(r"(?:ed|al|ive|ic|ous|ern|new|nouvelle|nouvel)$", fold(before))
    )


def common_noun(word: str) -> bool:
    """True if ``word`` is a plant noun or a sector's word the press capitalises in a
    phrase that is no name ("une usine de Cimenterie", "an integrated Denim project");
    an acronym ("NPP") is a name's."""
    if word.isupper():
        return False
    said = fold(word)
    return bool(
        rx.compiled(rf"{PROJECT_NOUNS_FR}|{PROJECT_NOUNS_EN}").fullmatch(said)
        or any(rx.compiled(p).fullmatch(said) for words in SECTORS for p in words.patterns)
    )


def singular(noun: str) -> str:
    """A plant noun said in the plural ("unités", "usines", "plants", "travaux") in the
    singular: its last "s" or "x" dropped, as the plurals of plant nouns make them."""
    return noun[:-1] if noun.endswith(("s", "x")) else noun


def folded_bare(name: str) -> str:
    """``name`` folded, its words of quality and size left out ("Major Afghan project" →
    "afghan project")."""
    return rx.sub(r"\s+", " ", _QUALITY.sub("", fold(name))).strip()


def head_noun(name: str) -> str:
    """The plant noun a name opens with, rank and quality aside ("Première usine" →
    "usine")."""
    bare = _RANK.sub("", _QUALITY.sub("", name))
    first = rx.match(r"[\w'’-]+", bare)
    return fold(first.group()) if first else ""


def conventional(name: str, locality: str | None, lang: str, keep_rank: bool) -> str:
    """``name`` (a project's words that are no proper name) as the convention names it."""
    name = _PERSON_OWNER.sub("", _ITS_SUBSIDIARY.sub("", name))
    bare = _IN_COUNTRY.sub("", _WORLDWIDE_AFTER.sub("", without_where_aside(name))).strip()
    bare = without_country_after(bare)
    bare = _RANK.sub("" if not keep_rank else r"\g<rank> ", bare)
    bare = _QUALITY.sub("", bare).strip()
    bare = _without_nationality(bare)
    # "Usine spécialisée dans le laminage à froid" is the "Usine de laminage à froid"
    bare = rx.sub(
        r" sp[ée]cialis[ée]e?s? dans (?:le |la |les |l'|l’)(?=([\w]))",
        lambda m: " d'" if fold(m.group(1)) in "aeiouh" else " de ",
        bare,
    )
    bare = rx.sub(r"\s+", " ", bare)
    # "a wood- treatment facility": a word split at a line's end, joined again
    bare = rx.sub(r"(?<=[a-zà-ÿ])- (?=[a-zà-ÿ])", "-", bare)
    # "usine d'urée (carbamide)": a gloss in brackets, another word for the same thing (a
    # participle, "écologique (décarboné)", says how, and stays)
    bare = rx.sub(r" \([a-zà-ÿ][a-zà-ÿ' -]*(?<!é)(?<!ée)(?<!és)(?<!ées)(?<!ed)\)(?= |$)", "", bare)
    if not bare:
        return name
    bare = bare[:1].upper() + bare[1:]
    if locality:
        # "une nouvelle usine à Itaborai", "a plant in Tema": the town said with the plant
        # is linked as the convention links it ("Usine d'Itaborai", "Plant at Tema")
        said_in = rx.search(rf" (?:à|a|in) {re.escape(locality)}$", bare)
        if said_in:
            bare = bare[: said_in.start()]
    if not locality or fold(locality) in fold(bare):
        return bare
    if lang == "fr":
        if _ZONE.match(locality):
            # "du parc industriel de X", "de la zone franche de X": the zone noun's gender
            link = "du" if _MASCULINE_ZONE.match(locality) else "de la"
            return f"{bare} {link} {locality[:1].lower()}{locality[1:]}"
        # "Le Kef", "Les Cayes": the article of a town's name contracts after "de"
        article = rx.match(r"(?i)(les?) (?=\w)", locality)
        if article:
            link = "des " if article.group(1).lower() == "les" else "du "
            return f"{bare} {link}{locality[article.end() :]}"
        # ("d'Yverdon", "d'Ypres": a "y" before a consonant sounds as a vowel; "de Yaoundé")
        link = "d'" if rx.match(r"[aeiou]|y[^aeiouy]", fold(locality)) else "de "
        return f"{bare} {link}{locality}"
    if _ZONE_BY_ITS_NAME.search(locality):
        # "in Lima Estate", "in Salman Industrial City": a zone whose name says its kind in
        # one capitalised word after its own, said without an article
        return f"{bare} in {locality}"
    if _ZONE.search(locality):
        return f"{bare} in the {rx.sub(r'^(?i:the) ', '', locality)}"
    # "a factory in the Manhattan Special Economic Zone in … Bavet city": the zone stood in
    # the town's place, which the text says
    in_zone = rx.search(r" in the (?:[A-Z][\w'’-]* )+(?:[Zz]one|[Pp]ark|[Ee]state)$", bare)
    if in_zone:
        bare = bare[: in_zone.start()]
    return f"{bare} at {locality}"


_ZONE_BY_ITS_NAME = re.compile(
    r"^(?!(?i:the) )[A-Z][\w'’-]+(?: (?!Industrial)[A-Z][\w'’-]+)? (?:Estate|Ecozone)$"
)


# Words of a plant's name that say no one plant: its noun, what it does in general, the
# little words between.
_GENERIC_WORD = re.compile(
    r"usines?|plants?|factory|factories|mills?|works|complexes?|unites?|units?|projets?|"
    # ("the first production line", "la première phase": a part of the plant, nothing made)
    r"projects?|lines?|lignes?|phases?|"
    r"facility|facilities|sites?|fabrication|production|transformation|manufacturing|"
    r"manufacture|processing|traitement|specialisee?s?|dans|integrated|integree?|construction|"
    r"de|du|des|d|la|le|les|l|of|the|a|an|at|in|for|and|et|en|pour|to"
)


def _stem(word: str) -> str:
    """ "cimenterie" and "ciment", "sucrerie" and "sucre", "cables" and "cablerie": what
    a plant makes, said by its product or by the plant's own noun, one stem."""
    return rx.sub(r"(?:eries?|ery|ies|s|x)$", "", word)[:4]


def plant_words(name: str) -> set[str]:
    """The stems of the words in a project's name that tell it from another plant: what it
    makes, its owner, its town ("Usine de fabrication de ciment" → {"cime"}, "L'usine
    Cimpor de Kribi" → {"cimp", "krib"}); a plant's noun, novelty, rank, a bracket and a
    country's adjective tell nothing."""
    bare = rx.sub(r"\([^)]*\)", " ", fold(without_country_after(name)))
    bare = _RANK.sub("", _QUALITY.sub("", bare))
    return {
        _stem(w)
        for w in rx.findall(r"[a-z0-9]+", bare)
        if len(w) > 2 and not _GENERIC_WORD.fullmatch(w) and not nationality(w)
    }


def ranked_in_a_place(said: str) -> bool:
    """True if a plant's words rank it within a place ("première usine canadienne", "its
    first U.S. production facility", "première usine … en Allemagne", "première usine hors
    de Chine"): its owner's first there, no rank among the article's plants."""
    from .places import countries_in

    # ("troisième usine à Madagascar": the preposition "à" is no verb "a", kept apart)
    bare = _QUALITY.sub("", fold(said.replace("à", "\x01").replace("À", "\x01")))
    ranked = _RANK.match(bare)
    if ranked is None:
        return False
    # the noun phrase only: "deuxième briqueterie seront construites … au Niger" says where
    # the plants are built, not where one ranks (its line's end ends it too)
    phrase = rx.split(
        r"[,;.\n]|\b(?:sera|seront|est|sont|a|ont|will|is|are|was|were|has|have)\b",
        bare[ranked.end() :],
    )[0].replace("\x01", "a")
    # "the company's third plant in the country": the country the article is about
    return bool(countries_in(phrase)) or bool(
        # ("its second plant in the Central Asian country", "dans ce pays")
        rx.match(
            r"\W*(?:[\w-]+ ){0,3}?(?:in (?:the|this) (?:[\w-]+ ){0,3}?(?:country|nation|kingdom"
            r"|republic)|dans (?:le|ce) pays|au pays)\b",
            phrase,
        )
    )


def rank(name: str) -> str:
    """The rank a name opens with ("Deuxième complexe" → "deuxieme"), or ""."""
    said = _RANK.match(_QUALITY.sub("", fold(name)))
    return said.group("rank") if said else ""


def says_same_plant(name: str, described: set[str]) -> bool:
    """True if every word of ``name`` that tells a plant apart is one that ``described``
    (another record's plant words, its town's, its owners') has: "une usine de fabrication
    de ciment" after "une cimenterie", "L'usine Cimpor de Kribi" after Cimpor's cement
    plant at Kribi. A bare noun ("Usine") says nothing, so it names no plant said before."""
    own = plant_words(name)
    return bool(own) and own <= described


# ", dans la ville de Hai Phong", "à la commune d'Arzew", ", in the city of Tema": the town a
# zone just said lies in
_TOWN_OF_ZONE = re.compile(
    r",? ?(?:(?:dans|en|à|a|de) (?:la )?(?:ville|commune|municipalit[ée]|localit[ée]) (?:de |d['’])"
    r"|in the (?:city|town|municipality) of )"
    r"(?P<town>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)"
)


def town_of_zone(text: str, zone_end: int) -> str | None:
    """The town the text says, right after a zone or a park (``text`` up to ``zone_end``),
    that the zone lies in ("dans la zone industrielle de Dinh Vu, dans la ville de Hai
    Phong"): the convention names a plant after its town, which a zone's name is not."""
    said = _TOWN_OF_ZONE.match(text, zone_end)
    return said.group("town") if said else None
