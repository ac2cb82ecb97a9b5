"""Sectors: the trades the lexicon finds in a sentence, the one a plant is in (its
output, its name's words), and the ones said of a partner or of other plants."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .. import matching, rx
from ..lexicon import (
    SECTORS,
    SectorWords,
)
from ..places import only_a_country
from ..proposal import typed_value
from ..records import (
    RecordMention,
)
from ..segment import (
    Sentence,
)
from .facts import FactsReading
from .rules import (
    _COMPANY_AFTER,
    Entity,
)

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


@lru_cache(maxsize=1)
def _sector_patterns() -> tuple[tuple[SectorWords, re.Pattern[str]], ...]:
    """Each sector with one pattern of all its words, to pass by a sentence that has none."""
    return tuple((words, re.compile("|".join(words.patterns))) for words in SECTORS)


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
# A minister's portfolio before a sector's word said with a capital: "le ministre de
# l'Agriculture", "Minister of Transport and Mining" (a person's title; a ministry's, party
# to an agreement, may say the agreement's trade: "entre le ministère de l'Industrie
# pharmaceutique et …")
_PORTFOLIO_BEFORE = re.compile(
    r"\b(?:ministres?|ministers?|secretary|secretaire d'etat|commissioner|commissaire)"
    r"(?: (?:delegue|deleguee|d'etat|of state))?"
    r" (?:de |du |des |d'|of |for )(?:l'|la |le |les |the )?(?:[\w'-]+,? (?:and |et |de |du |d'|des )?(?:l'|la |le |les |the )?){0,4}$"
)
# The words that end a park's or a zone's name after a trade's word: "Sumgait Chemical
# Industrial Park", "Kelvo Textile Zone" ("Tanger Automotive City" gathers the trade's plants)
_A_PARK_S_NAME_AFTER = re.compile(
    r"(?: [A-Z][\w-]*){0,2} (?:Industrial |Industry |Technology |Economic )?(?:Park|Zone|Estate)\b"
)
# "the agriculture ministry said", "Agriculture Cabinet Secretary X", "Mining Minister X": a
# ministry's or a minister's portfolio said before its noun
_PORTFOLIO_AFTER = re.compile(
    r"(?: and [a-z-]+)? (?:ministry|minister|cabinet secretary|secretary|department"
    r"|commissioner)\b"
)
_CUSTOMERS = re.compile(
    # (not "une usine destinée à la fabrication de tracteurs": what the plant itself does)
    r"\b(?:destinee?s? (?:a|aux|au)|destined for|intended for|to be supplied to|supplied to"
    r"|for use (?:in|by)|pour (?:approvisionner|alimenter|fournir))\b"
    r"(?! (?:la |l')?(?:fabrication|production|assemblage|montage|transformation|produire"
    r"|fabriquer|assembler|transformer|the (?:production|manufacture|manufacturing|assembly)))[^.;]*"
    # "will manufacture cables for the automotive industry and for agricultural
    # mechanization": goods, then the trade they are made for
    r"|(?<=[a-z]s )(?:for|pour) (?:the |l'|le |la |les )(?:[\w-]+ ){0,2}?(?:industry|industries"
    r"|industrie|sector|secteur)\b[^.;]*"
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
    # "produces magnets to be used in electric vehicles, wind generators, medical devices",
    # "des aimants destinés à être utilisés dans": what the products go into, listed
    r"|\b(?:to be|destinee?s? a etre|appelee?s? a etre) (?:used|utilisee?s?|employee?s?) (?:in|by|dans|par)\b[^.;\"»”]*"
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
    # "the plant would supply breweries across East Africa", "fournira les cimenteries de
    # la région": the plants and trades it sells to
    r"|\b(?:supply|supplies|supplying|fournir|fournira|fourniront|approvisionner|approvisionnera)"
    r" (?:the |les |des |l'|la |le )?(?:[\w-]+ ){0,2}?(?:breweries|brasseries|factories|plants"
    r"|mills|industries|industry|manufacturers|customers|clients|makers|producers|usines"
    r"|industriels|constructeurs|cimenteries|sucreries|minoteries)\b[^.;]*"
    # "100,000 tonnes of pipes a year for the country's oil and gas industry": the trade of
    # a place the products go to
    # ("the biggest Chinese investment in the Balkan country's manufacturing sector": the
    # country's trade, the investment's place among it)
    r"|\b(?:for|to|in|into) the (?:[a-z]+ )?(?:country|region|nation|continent|kingdom|republic)"
    r"['’]s (?:[\w-]+ ){0,4}?(?:industry|industries|sector|sectors)\b"
    # "A city known for its manufacturing industries", "une ville réputée pour son
    # industrie textile": the town's trades, no plant's
    r"|\b(?:city|town|region|province|county|ville|region|province) (?:known|famous|renowned"
    r"|reputee?|connue?|celebre) (?:for|pour) (?:its |their |ses |son |sa |leurs? )?[^.;,]{0,40}"
    # "2.6 million radial tires for passenger vehicles": the vehicles the tyres fit, no
    # carmaker's trade of the tyre plant's
    r"|(?:(?<=tires )|(?<=tyres )|(?<=pneus )|(?<=pneumatiques ))(?:for|pour) (?:les |des )?"
    r"(?:[\w-]+ ){0,2}?(?:vehicles|cars|trucks|buses|vehicules|voitures|camions|autobus)\b"
    # "en présence … de professionnels de l'industrie automobile": guests of a trade
    r"|\b(?:professionnels|responsables|acteurs|operateurs|representants|professionals"
    r"|players|executives|leaders) (?:de |du |des |d'|of )(?:l'|la |le |the )?(?:[\w-]+ ){0,2}?"
    r"(?:industrie|secteur|filiere|industry|sector)\b[^.;,]{0,25}"
)


# A trade said as a country's by its name: "in Serbia's manufacturing sector" (folded)
_COUNTRY_S_TRADE = re.compile(
    r"\b(?:for|to|in|into) ([a-z]+(?: [a-z]+)?)['’]s (?:[\w-]+ ){0,3}?"
    r"(?:industry|industries|sector|sectors)\b"
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
    # "The mill will use iron ore from the Tete province", "utilisera du gaz naturel
    # provenant de": its inputs, said by where they come from
    r"|\b(?:will use|would use|to use|uses|utilisera|utiliseront|utiliser|utilise)\b"
    r"(?=[^.;]{0,60}?\b(?:from|en provenance|provenant|issue?s? d)"
    # ("which will use local natural gas and potash", "utilisera du gaz local")
    r"| (?:du |de la |des )?(?:local|locally[- ]sourced|domestic|imported|locale?s?|importee?s?)\b"
    r"|[^.;]{0,40}? (?:locale?s?|importee?s?)\b)[^.;]*"
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


# A train said in the sentence: its "voitures" are rail cars, no motor cars
_RAIL_CARS = re.compile(r"\b(?:trains?|rames?|ferroviaires?|tramways?|metros?)\b")


# A name's particle, capitalised, before a word written with a capital: "De Beers".
_NAME_PARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:De|Van|Von|Du|Di|Da|Del|Le|La) $")


# A company said by its trade in apposition: "X, un géant américain de la
# biopharmaceutique", "X, a leading maker of".
_GIANT_OF = re.compile(
    r"[\w)], (?:un |une |a |an |the |le |la )(?:[\w-]+ ){0,2}?(?:geant|leader|specialiste|fabricant"
    r"|producteur|giant|specialist|maker|manufacturer|producer)(?: [\w-]+)?"
    r" (?:de la |du |de l'|des |de |d'|of |in )$"
)


# "une raffinerie d'alumine", "a sugar refinery": a refinery said before of something else
# than oil, which the article's bare "la raffinerie" is after
_NOT_AN_OIL_REFINERY = re.compile(
    r"\braffineries? (?:d'alumine|de sucre|de cuivre|de nickel|de cobalt|de zinc|d'or)\b"
    r"|\b(?:alumina|sugar|copper|nickel|cobalt|zinc|gold) refiner(?:y|ies)\b"
)


class SectorsReading(FactsReading):
    """The sectors a sentence says, given to their records."""

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
        # ("the largest Chinese investment in Serbia's manufacturing sector": a country's)
        customers += [
            (s.start + m.start(), s.start + m.end())
            for m in _COUNTRY_S_TRADE.finditer(sentence)
            if only_a_country(m.group(1))
        ]
        for words, any_word in _sector_patterns():
            if not any_word.search(sentence):
                continue
            for pattern in words.patterns:
                for match in rx.compiled(pattern).finditer(sentence):
                    a, b = s.start + match.start(), s.start + match.end()
                    # where the text says it in its own words, not inside a capitalised
                    # name ("Huaxin Cement plant", then "the cement plant")
                    inside = any(o.start <= a < o.end for o in orgs)
                    if (
                        words.key == "automotive"
                        and rx.fullmatch(r"voitures?", self.fold[a:b])
                        and _RAIL_CARS.search(sentence)
                    ):
                        continue  # "62 trains par an, soit 360 voitures": a train's cars
                    if rx.fullmatch(r"raffineries?|refinery", self.fold[a:b]) and (
                        _NOT_AN_OIL_REFINERY.search(self.fold, 0, a)
                    ):
                        continue  # "la raffinerie" after "une raffinerie d'alumine": the same
                    if self.text[a : a + 1].isupper() and _NAME_PARTICLE_BEFORE.search(
                        self.text, max(0, a - 5), a
                    ):
                        continue  # "De Beers", "Van Leer": a name's, no trade's word
                    if self.text[a : a + 1].isupper() and _PORTFOLIO_BEFORE.search(
                        self.fold, max(0, a - 60), a
                    ):
                        continue  # "le ministre de l'Agriculture": a portfolio, no trade
                    if _PORTFOLIO_AFTER.match(self.fold, b):
                        continue  # "the agriculture ministry said": a portfolio, no trade
                    if self.text[a : a + 1].isupper() and _A_PARK_S_NAME_AFTER.match(self.text, b):
                        continue  # "the Sumgait Chemical Industrial Park": a park's name
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
                        # ("production of stamping press parts, exhaust systems and other car
                        # components": the list's last, its kind)
                        # (not a company's trade: "operates … in the production of rice, rubber")
                        r"|\b(?:produce|produces|manufacture|manufactures|produira|fabriquera|produire"
                        r"|fabriquer|(?<!in the )(?<!dans la )(?:production of|production de"
                        r"|fabrication de))"
                        r" (?:[^.;:,]{1,50}, ){1,4}(?:and |et )?(?:other |d'autres )?"
                        r"(?:de |d'|du |des )?$"
                        # "ses installations, où seront fabriqués des systèmes d'alarme":
                        # what will be made there, said in the passive
                        r"|\b(?:sera|seront|est|sont) (?:fabrique|produit|assemble)e?s? (?:des |de |du |d')?$"
                        # "la production de composants légers destinés à équiper des cabines
                        # d'avions": what is made is made for those, their trade
                        r"|\b(?:production|fabrication) (?:de |d'|des )[a-z' -]{1,40}? (?:destine\w* a"
                        r"|pour) equiper (?:les |des |leurs |l')?(?:[a-z-]+ (?:de |d'|des ))?$"
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
                            if sector.subject is None and said not in self._sector_words:
                                # ("le ministère de l'Industrie pharmaceutique": words
                                # inside a name name the sector the agreement points at)
                                self._sector_words.add(said)
                                self._sector_said[sector.key] = a
                                name = words.fr if self.lang == "fr" else words.en
                                self.add(sector, "name", {self.lang: name}, a, b, 0.5)
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
                        "projects" not in self.focus
                        and not any(m.kind == "projects" for m, _ in mentions)
                        and not customer
                        and not inside
                        and a >= self.headline_end
                        and _GIANT_OF.search(self.fold, max(s.start, a - 50), a)
                    ):
                        # "accueillir Kelvo, un géant américain de la biopharmaceutique",
                        # then "Cette société prévoit d'implanter une usine": the plant the
                        # company builds makes what it makes
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
                        any(x <= a < y for x, y in self._waiting)
                        and not any(m.kind == "projects" for m, _ in mentions)
                        and a >= self.headline_end
                    ):
                        # "officially opened its diamond cutting and polishing facility",
                        # then "The Windhoek factory …": the plant's own words say the
                        # trade of the plant named later, if nothing else says it
                        self._waiting_sector(sector, qa, qb)
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
                # ("une usine de batteries pour véhicules électriques": the vehicles, read
                # first, are words of the batteries' trade, said from before them)
                and (s.start <= proposal.start < a or a < proposal.start < b)
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
        vehicles": parts made for cars are of the car trade (not steel sold to carmakers), and
        parts made for aircraft of the aircraft trade ("des composants légers destinés à
        équiper des cabines d'avions")."""
        if words.key == "aerospace":  # (equipped, not sold to clients who fly)
            return bool(
                _CAR_PARTS.search(self.fold, start, at)
                and rx.match(r"(?:destinee?s? a|pour|to) equip", self.fold[at : at + 30])
            )
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

    def _waiting_sector(self, sector: Entity, a: int, b: int) -> None:
        """A trade said in the words of a plant that waits for its name: the first plant
        named gets it, once the article is read, if no other words gave it that trade."""
        if self.lead is None:
            focus = self.focus.get("projects")
            if focus is not None:
                # ("… picks Hungary for third European plant", then "a new battery cell
                # plant" no name follows: the plant spoken of is the one it was)
                self._late_sectors.append((focus, sector, a, b))
            return

        def do(entity: Entity, sector: Entity = sector, a: int = a, b: int = b) -> None:
            self._late_sectors.append((entity, sector, a, b))

        self.lead.append(do)

    def late_sectors(self) -> None:
        """The trades ``_waiting_sector`` kept, for the plants no other words gave a trade."""
        for entity, sector, a, b in self._late_sectors:
            if entity in self.entities and not any(
                key == entity.key for key, _ in self._sector_words
            ):
                self._secondary_sector(entity, sector, a, b)
        self._late_sectors = []

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
