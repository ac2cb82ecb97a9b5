"""Organisations and people: the names the article gives them (short and in full), the
country said of each, a person's title, and the organisation the title says they head."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ...text import fold
from .. import places, rx
from ..cities import world_town_country
from ..lexicon import (
    PROJECT_NOUNS_EN,
    PROJECT_NOUNS_FR,
    TITLES_EN,
    TITLES_FR,
)
from ..names import (
    ALSO_CALLED,
    country_subsidiary_end,
    title_org,
)
from ..naming import common_noun
from ..places import (
    countries_in,
    nationality_word,
    only_a_country,
    places_in,
)
from ..proposal import typed_value
from .places import COMPASS, PlacesReading
from .rules import (
    _GROUP_BEFORE,
    Entity,
    _leaves_out,
)

# A country's adjective, then a name of capitals ending in a legal form: "Chinese CRRC USA
# Rail Corp." ("Chinese Petroleum Corp.", a trade's word after it, keeps it)
_NATIONALITY_BEFORE = re.compile(
    r"([A-Z][a-z]+) ([A-Z][\w&-]*)(?: [A-Z][\w&.-]*)* (?:Corp\.?|Corporation|Inc\.?|Ltd\.?"
    r"|Limited|Co\.|LLC|PLC|Plc|GmbH|A\.[SŞ]\.|S\.A\.|S\.p\.A\.|SpA|AG)$"
)
# A company's legal form, said alone: "Sdn Bhd", "Ltd", "Co. Ltd".
_LEGAL_FORM = re.compile(
    r"(?:Co\.,? )?(?:Sdn\.? Bhd\.?|Pvt\.? Ltd\.?|Pte\.? Ltd\.?|Ltd\.?|Limited|Inc\.?|PLC|Plc"
    r"|LLC|JSC|SA|AG|GmbH)"
)
# A board's title, then whose board it is: "Chairman of the Board of SIFCA", "présidente du
# conseil d'administration de X"
_BOARD_S_COMPANY_AFTER = re.compile(
    r"(.*\b(?i:board|conseil d['’]administration|conseil de surveillance))"
    r" (?:of|de|du|d['’]) ?(?:la |l['’])?[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*$"
)

# "son homologue chinois", "his Egyptian counterpart": a peer of someone else, which says
# who a person is beside another, no role of their own.
_PEER = re.compile(r"(?:son |sa |his |her |its )?(?:[a-z-]+ )?(?:homologue|counterpart)\b")


# "X, an appliance and electronics manufacturer based in", "X, un groupe basé à"
_SEAT = re.compile(
    # (", Limited »": the rest of a name the reader cut, its quotation mark)
    r"(?:,? (?:limited|ltd\.?|inc\.?|co\.?))?(?: ?[»\"”])?"
    # ("True North Gems (TNG), société établie à Vancouver": its acronym between)
    r"(?: \([a-z][a-z&-]{1,9}\))?"
    r"(?:,? (?:an? |the |un |une |le |la )?(?:[\w-]+ ){0,4}(?:company|firm|group|manufacturer"
    r"|maker|producer|conglomerate|societe|groupe|entreprise|fabricant|constructeur)(?: [\w-]+)?"
    # "une entreprise internationale, spécialisée dans la fabrication de vêtements basée à"
    r"(?:,? (?:specialisee?|speciali[sz]ed|active|engaged|present) [^.;:()]{0,80}?)?"
    # "the Bakhresa Group, based in Dar es Salaam, Tanzania": or the seat alone
    r",? |, )((?:based|headquartered|basee?|installee?|etablie?|registered|domiciliee?|immatriculee?"
    r"|dont le siege (?:social )?est) (?:in|a|au|en|aux) )"
)
# A company said to be the host's: "local firm X", "la société locale X"
_LOCAL_BEFORE = re.compile(
    r"\blocal (?:firm|company|partner|group|manufacturer|developer|investor|contractor|"
    # ("local miner PT Norvel", "a local steelmaker"): a trade's one word
    r"conglomerate|businessman|entrepreneur|miner|producer|[a-z]*maker|refiner|distributor)s? $"
    r"|\b(?:societe|entreprise|partenaire|groupe|firme|compagnie) locale? $"
    # "a joint venture between Kelvo Motor Co and local Tarvel Group": the host's own
    r"|(?:(?<=\band )|(?<=\bwith )|(?<=\bbetween ))local $"
    # "its local subsidiary, Kelvo Tyre Senegal SA": the host's own arm
    r"|\b(?:its|their) local (?:subsidiary|unit|arm|affiliate|company),? $"
    r"|\b(?:sa|leur) filiale locale,? $"
    # "la société d'État Turkmenkhimia", "state-owned company X" with no nationality said:
    # the host's own
    r"|\b(?:la |une )?(?:societe|entreprise|compagnie) (?:d'etat|publique) $"
    r"|(?:^|[^\w-] ?)(?:the |a )?state(?:-owned| owned)? (?:company|firm|enterprise|corporation) $"
)
# "Zentra of Turkey", "Zentra, from China": its country said right after its name
_COMPASS_BEFORE = re.compile(COMPASS)
_SEAT_OF = re.compile(r"( of (?:the )?|, from (?:the )?)(?=[a-z])")


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


# A definite description of a company with its nationality and no name: "au constructeur
# français", "cette entreprise chinoise", "the Chinese giant".
_COMPANY_NOUNS_BACK = (
    r"(?:constructeur|groupe|entreprise|societe|firme|geant|fabricant|industriel"
    # "le manufacturier sud-coréen", "l'équipementier allemand", "the Indian steelmaker"
    r"|manufacturier|equipementier|cimentier|siderurgiste|producteur|investisseur|verrier"
    r"|multinationale|multinational"
    r"|company|firm|group|giant|carmaker|automaker|manufacturer|conglomerate|maker|producer"
    r"|steelmaker|tyremaker|tiremaker|investor)"
)


_POINTED_BACK = re.compile(
    # ("l'entreprise mauricienne", "l'autre verrier français": the elided article too)
    r"(?<![\w-])(?:(?:(?:le|la|au|du|ce|cet|cette) |l'|un autre |une autre )(?:[a-z]+ )?"
    + _COMPANY_NOUNS_BACK
    + r"(?P<whose>(?: [a-z-]+){1,2})(?![\w-])"
    r"|(?:the|this) (?P<whose_en>[a-z-]+) (?:[a-z]+ (?:and [a-z]+ )?)?"
    + _COMPANY_NOUNS_BACK
    + r"(?![\w-])"
    # "The group from the Republic of China, currently …": whose, said by its country
    r"|(?:the|this) "
    + _COMPANY_NOUNS_BACK
    + r" from (?:the )?(?P<whose_from>[a-z][a-z' -]{2,40}?)(?=[,.;]|$))"
)


# The same, in the plural: "The Japanese firms", "les deux groupes chinois"
_POINTED_BACK_PLURAL = re.compile(
    r"(?<![\w-])(?:(?:the|these|both) (?:two |three )?(?P<whose>[a-z-]+) (?:firms|companies|groups"
    r"|partners|investors)"
    r"|(?:les|ces) (?:deux |trois )?(?:groupes|entreprises|societes|firmes|partenaires"
    r"|investisseurs) (?P<whose_fr>[a-z-]+))(?![\w-])"
)


# A country said after a company's name and a comma, the clause going on: "X Limited,
# India and DHI", "X Ltd, Kenya,"
# ("Kelvo Industries (India) Private Limited": a bracket inside the name is the name's)
_COUNTRY_IN_BRACKETS = re.compile(r" \(([a-z][\w' -]{2,30})\)(?! (?:private|pvt|ltd|limited)\b)")
_PARENT_IN_BRACKETS = re.compile(
    r",? (?:une |a )?(?:filiale|subsidiary|unit) (?:de|du|d'|of) (?:la |le |l'|the )?"
    r"[^,;.()]{2,60}? \(([a-z][\w' -]{2,30})\)"
)
_COUNTRY_APPOSED = re.compile(r", ([a-z][\w' -]{2,30}?)(?= and | et |, |; |\.(?!\w)|\)|$)")
_LEGAL_FORM_END = re.compile(
    r"\b(?:Limited|Ltd\.?|Inc\.?|LLC|PLC|Plc|Corp\.?|Corporation|GmbH|AG|S\.?A\.?S?|SARL|Co\.?)$"
)


# The small words of an organisation's name its initials leave out: "Union of Chambers and
# Commodity Exchanges"
_SMALL_NAME_WORDS = frozenset({"of", "and", "for", "the", "de", "du", "des", "et", "d'"})


def _initials(name: str) -> str | None:
    """The initials of a name of three capitalised words or more, its small words aside
    ("Welsh Development Agency": "WDA", "U.S. Agency for International Development":
    "USAID"); None for a name with other words in lower case."""
    words = name.split()
    capitalised = [w for w in words if w[:1].isupper()]
    if len(capitalised) < 3 or any(
        not w[:1].isupper() and w not in _SMALL_NAME_WORDS for w in words
    ):
        return None
    # ("U.S. Agency for International Development": "USAID", the letters its points part)
    return "".join(
        w.replace(".", "") if rx.fullmatch(r"(?:[A-Z]\.){2,}", w) else w[0] for w in capitalised
    )


def _initials_in_case(name: str) -> str | None:
    """The initials of a name of two capitalised words or more with a small word between,
    each small word's in lower case ("Department of Industry": "DoI", "Ministry of
    Finance": "MoF"); None for any other name."""
    words = name.split()
    capitalised = [w for w in words if w[:1].isupper()]
    small = [w for w in words if w in _SMALL_NAME_WORDS]
    if len(capitalised) < 2 or not small or len(capitalised) + len(small) != len(words):
        return None
    return "".join(w[0] if w[:1].isupper() else w[0].lower() for w in words if w != "the")


# A title said with its article and no name, what it is of after it: "the Deputy PM for
# economic affairs", "le Premier ministre"
_BARE_TITLE = (
    r"(?:the|le|la) ((?:deputy |vice[- ]|acting |first )?(?:"
    + "|".join(TITLES_EN + TITLES_FR)
    + r")(?: (?:for|of|in charge of|charge de|de la|du|de l'|des) [a-z][\w' -]{1,40}?)?)"
)
# "…," the Deputy PM for economic affairs said': a title as a quote's speaker, no name
_TITLE_AFTER_QUOTE = re.compile(
    r"[,\"”»] " + _BARE_TITLE + r",? (?:said|added|noted|told|explained|stressed|stated"
    r"|declared|a declare|a ajoute|a indique|a souligne|a precise)\b"
)
# "Le Premier ministre s'est félicité …", "The Prime Minister said …": a sentence opening on
# a title, no name beside it, its speaker or its actor
_TITLE_OPENING = re.compile(
    r"\s*" + _BARE_TITLE + r",? (?:said|added|noted|told|stressed|welcomed|hailed|praised"
    r"|s'est|a (?:declare|ajoute|indique|souligne|precise|salue|rappele|estime))\b"
)


# "Le groupe du milliardaire nigérian Aliko Dangote", "the group of billionaire Kenyan X"
_GROUP_OF_AN_OWNER = re.compile(
    r"(?i:le |the )?(?i:groupe|group) (?:du|de l'|of) (?:[a-zé-]+ )?"
    r"(?:milliardaire|homme d'affaires|magnat|billionaire|businessman|tycoon|magnate)"
    r" (?P<nationality>[a-zéèï-]+) (?P<owner>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})"
)


# The titles a government's officers hold, not a company's
_OFFICE_OF_STATE = re.compile(r"\b(?:governor|gouverneur|mayor|maire|premier|chief minister)\b")


# "Chinese state-owned ", "Indian privately held ": a nationality and who owns the company,
# said before its name
_NATIONAL_OWNER_BEFORE = re.compile(
    r"\b([a-z-]+) (?:state[- ]owned|state[- ]run|state[- ]backed|government[- ]owned"
    r"|privately[- ](?:owned|held)|family[- ]owned|publicly[- ]listed) $"
)
# A company's legal form or group word: "Co., Ltd.", "Group", "Corporation"
_COMPANY_FORM = re.compile(
    r"\b(?:Co\.?,? Ltd\.?|Co\.|Ltd\.?|Limited|Group|Corporation|Corp\.?|Inc\.?|Company)(?!\w)"
)


# "The two companies signed …", "Les deux entreprises ont signé …": two named before
_THE_TWO = re.compile(
    r"\b(?:the two|both|les deux) (?:companies|firms|groups|partners|entreprises|societes"
    r"|groupes|partenaires)\b"
)


class OrgsReading(PlacesReading):
    """Organisations and people, their names, countries and titles."""

    def _acronyms_by_initials(self) -> None:
        """ "the Welsh Development Agency", and elsewhere "WDA Area Development Director",
        "the WDA had a suitable factory": capitals that spell the initials of an
        organisation's name (three capitalised words or more, its small words aside) are
        its acronym, said where the text first writes them."""
        for entity in [e for e in self.entities if e.kind == "orgs" and e.subject is None]:
            if entity.defaults.get("acronym") or any(
                p.group == entity.key and p.field == "acronym" for p in self.proposals
            ):
                continue
            # ("Department of Industry", then "registered at DoI": its initials in their case)
            for initials in (_initials(entity.name), _initials_in_case(entity.name)):
                if initials is None:
                    continue
                said = rx.search(rf"(?<![\w&.-]){initials}(?![\w&-])", self.text)
                if said is not None:
                    self.add(entity, "acronym", initials, said.start(), said.end(), 0.6)
                    self._title_at_acronym(entity, initials)
                    break

    def _title_at_acronym(self, entity: Entity, initials: str) -> None:
        """ "X, chief of Foreign Investment Section at DoI": a title read before the acronym
        was known to be an organisation's ends with it; the title is the words before it and
        the organisation the role's."""
        for proposal in self.proposals:
            value = proposal.plain_value() if proposal.field == "roles" else None
            if not value or value["org"] is not None:
                continue
            lang, title = next(iter(value["title"].items()))
            said = rx.fullmatch(rf"(.+?),? (?:at|of|with|de la|du|de l'|a la|au) {initials}", title)
            if said:
                value = {**value, "title": {lang: said[1]}, "org": entity.ref}
                proposal.value = typed_value("people", "roles", value)

    def _known_orgs(self, a: int, b: int, found: list[Any]) -> list[Any]:
        """Companies named before, named again by their name alone ("les représentants de
        Tosyali")."""
        from ..names import OrgMention

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
                    if said != entity.name and self._group_of_a_local_arm(entity, start):
                        continue  # "du Groupe Marquardt" after "Marquardt Automotive Tunisie"
                    if not any(o.start <= start < o.end for o in found + again):
                        kind = entity.defaults.get("org_kind") or "company"
                        own = country_subsidiary_end(self.text, self.fold, end, b)
                        if own is not None and kind == "company" and said != entity.name:
                            # "le directeur général de Kelvo Senegal" after "Kelvo Holding":
                            # the group's company in that country, one of its own
                            name = self.text[start:own]
                            again.append(OrgMention(name, "company", start, own, None, None, 0.5))
                            continue
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

    def _group_of_a_local_arm(self, entity: Entity, at: int) -> bool:
        """True if the word at ``at`` is said as a group's ("du Groupe Kelvo") and ``entity``
        is a company named with its country last ("Kelvo Automotive Maroc"): the group
        that owns the local arm, another company."""
        last = entity.name.rsplit(" ", 1)[-1]
        return bool(
            rx.search(r"\b(?:groupe|group|grupo) $", self.fold[max(0, at - 8) : at])
            and only_a_country(fold(last))
        )

    def _second_officer_of(self, company: Entity, at: int) -> bool:
        """True if the title at ``at`` is a second officer's of ``company``, said after its
        first's and "and" (``_second_officer_before``)."""
        return any(_second_officer_before(self.text, n, at) for n in company.names)

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
        if words[0] == "Grupo" or (
            len(words) > 2
            and (
                words[0] in ("PT", "JSC", "OJSC", "PJSC", "CJSC", "LLC", "OOO")
                # ("Jiangsu Kelvex Textile Co., Ltd.", then "Kelvex": a province opens it)
                or places.world_subdivision_country(words[0]) not in (None, self._host_country())
            )
        ):
            # "Grupo Kelvamex", then "Kelvamex chief executive X"; "PT Kelvaro Glass
            # Industries", then "Kelvaro's chief executive": the group's noun or the legal
            # form opens the name, the word after it names it alone
            words = words[1:]
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

    def _said_without(self, name: str, cut: int) -> bool:
        """True if the text names the company without the first ``cut`` characters of
        ``name`` elsewhere ("Chinese-owned CRRC USA Rail Corp.")."""
        rest = name[cut:]
        return any(
            not self.text.endswith(name[:cut], 0, said.start())
            for said in rx.finditer(re.escape(rest), self.text)
        )

    @staticmethod
    def _a_common_word(word: str) -> bool:
        """True if ``word`` is a trade's or a plant's word, or a place's: a name's own
        word after a nationality ("Chinese Petroleum Corp.", "Saudi Arabian Mining")."""
        return (
            common_noun(word)
            or nationality_word(fold(word)) is not None
            or bool(countries_in(fold(word)) or places_in(fold(word)))
        )

    def _usual_spelling(self, org: Any) -> tuple[str, int, int]:
        """A name whose first word is shouted in capitals ("AFRICAN Factory, a Chinese firm",
        a lead's style) and written plainly elsewhere in the text: the plain spelling, where
        it is said; a name whose last period ends the sentence, said elsewhere without it:
        the name without it; otherwise the name as said."""
        bare = org.name[:-1]
        if (
            org.name.endswith(".")
            and rx.match(r"\s+[A-Z]|\s*$", self.text[org.end : org.end + 2])
            and rx.search(rf"(?<![\w-]){re.escape(bare)}(?!\.)(?![\w-])", self.text)
        ):
            # "… seront injectées par Vetilang Ltd. La somme …", "Vetilang Ltd" elsewhere:
            # the period is the sentence's, no letter of the name
            return bare, org.start, org.end - 1
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
        spelled = org.name.isupper() and next(
            (e for e in self.entities if e.kind == "orgs" and _initials(e.name) == org.name),
            None,
        )
        if spelled:
            return spelled  # "with EIC" after "the Ethiopian Investment Commission": its letters
        org.name, name_start, name_end = self._usual_spelling(org)
        whose = _NATIONALITY_BEFORE.match(org.name)
        if (
            whose
            and nationality_word(fold(whose[1]))
            and not self._a_common_word(whose[2])
            and (
                whose[2].isupper()
                or self._said_without(org.name, whose.end(1) + 1)
                # "jointly with Turkish Norvel Kimya A.S.": a foreign legal form, the English
                # nationality before it no word of the name
                or (
                    rx.search(r" (?:A\.[SŞ]\.|S\.A\.|S\.p\.A\.|SpA|GmbH|AG)$", org.name)
                    and not nationality_word(fold(whose[2]))
                )
            )
        ):
            # "Chinese CRRC USA Rail Corp. breaks ground …": whose the company is, said
            # before its name, no word of it (the country is said all the same)
            org.name, name_start = org.name[whose.end(1) + 1 :], name_start + whose.end(1) + 1
            if org.country is None:
                org.country = nationality_word(fold(whose[1]))
        elif (
            whose
            and org.country is None
            and org.kind == "company"
            and nationality_word(fold(whose[1]))
            and not self._a_common_word(whose[2])
        ):
            # "Chinese Kelvin Power Construction Corp. has signed", "Indian Oil Corporation":
            # the adjective may be a word of the name; whose the company is, it says all the same
            org.country = nationality_word(fold(whose[1]))
        owned = (
            _NATIONAL_OWNER_BEFORE.search(self.fold, max(0, org.start - 50), org.start)
            if org.country is None and org.kind == "company"
            else None
        )
        if owned and nationality_word(owned[1]):
            # "Chinese state-owned Kelvin Power Construction Corp.": whose it is, and who owns it
            org.country = nationality_word(owned[1])
            org.said_from = owned.start()
        # "Safran Electrical & Power, filiale de Safran": the owner named after its
        # subsidiary is another company, though its name opens the subsidiary's
        owner = self._parent_apposed(org) or self._subsidiary_apposed(org)
        # ("du Groupe Kelvo" after "Kelvo Automotive Maroc": the group, no short name of its arm)
        owner = owner or any(
            e.kind == "orgs"
            and e.name.startswith(org.name + " ")
            and self._group_of_a_local_arm(e, org.start)
            for e in self.entities
        )
        fresh = self._set_up_by_another(org) and not any(
            org.name in e.names for e in self.entities if e.kind == "orgs"
        )
        entity = self.entity("orgs", org.name, fresh=fresh, whole=owner, org_kind=org.kind)
        if (
            org.name not in (entity.defaults.get("acronym"), entity.defaults.get("letters"))
            and not any(
                other.startswith((org.name + " ", org.name + "-"))
                or _leaves_out(other.split(), org.name.split())
                # "Finnish Minerals Group CEO X": the whole name said again, its nationality read
                # as the title's ("Knezev Group" said alone is a short name of its own)
                or (
                    other.endswith(" " + org.name)
                    and nationality_word(other.split()[0])
                    and self.text.endswith(other[: -len(org.name)], 0, name_start)
                )
                # "MCC Overseas (M) Sdn Bhd managing director X": a legal form is no name
                or (other.endswith(" " + org.name) and _LEGAL_FORM.fullmatch(org.name) is not None)
                for other in entity.names
            )
        ):
            # "the Chinese firm Sumec" after "Sumec Textile & Light Co Ltd", "Honam
            # Corporation" after "Honam Petrochemical Corporation": the company named again,
            # short, no name of its own
            said = _GROUP_BEFORE.sub("", org.name)  # "Group Karanfil": "Karanfil" (rule 17)
            self.add(entity, "name", {self.lang: said}, name_start, name_end, org.confidence)
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
            province = (
                self._named_by_its_province(org.start, org.end) if org.kind == "company" else None
            )
            if province and not any(
                p.group == entity.ref and p.field == "country" for p in self.proposals
            ):
                # "Jiangsu Kelvex Textile Co., Ltd.": a company named by its province
                self.add(entity, "country", province, org.start, org.end, 0.6)
        elif org.kind == "company" and (by_name := self._named_by_its_country(org.start, org.end)):
            # "China Nonferrous Metal Mining", "Qatar Steel": a company whose name opens
            # with a country's name (no adjective) is that country's
            self.add(entity, "country", by_name, org.start, org.end, 0.6)
        self._local_country(entity, org)
        if org.also:
            at = self.text.find(org.also, org.end)
            self.add(entity, "name", {self.lang: org.also}, at, at + len(org.also), 0.7)
        if org.acronym:
            if org.acronym not in entity.names:
                entity.names.append(org.acronym)  # "CEO of AQS": the same organisation
            # "(ANPI-Gabon)", then "l'ANPI": the letters without the country they are of
            bare = rx.fullmatch(r"([A-Z]{2,8})-([A-Z][a-zé]+(?: [A-Z][a-z]+)?)", org.acronym)
            if bare and countries_in(fold(bare[2])) and bare[1] not in entity.names:
                entity.names.append(bare[1])
                entity.defaults.setdefault("letters", bare[1])
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

    def _named_by_its_province(self, start: int, end: int) -> str | None:
        """The country of the one province or state of the world whose name opens a
        company's name of three words or more with a company's word ("Jiangsu Kelvex Textile
        Co., Ltd.": China), unless the host's."""
        words = self.text[start:end].split()
        if len(words) < 3 or not _COMPANY_FORM.search(self.text[start:end]):
            return None
        country = places.world_subdivision_country(words[0])
        return None if country is None or country == self._host_country() else country

    def _local_country(self, entity: Entity, org: Any) -> None:
        """ "with local firm Norvel", "la société locale Norvel", "son partenaire local X": a
        company said to be local is of the host country."""
        local = _LOCAL_BEFORE.search(self.fold, max(0, org.start - 40), org.start)
        host = self._host_country() if local else None
        if (
            local
            and host
            and not any(p.group == entity.ref and p.field == "country" for p in self.proposals)
        ):
            self.add(entity, "country", host, local.start(), org.end, 0.55)

    def _seat_country(self, entity: Entity, org: Any) -> None:
        """ "Hisense Group, an appliance maker based in Qingdao, Shandong province": a
        company whose country the text leaves unsaid is of the town it has its seat in."""
        # ("GAP Kelvo, filiale de Tarvo Holding (Turquie)": its parent's country, said in
        # brackets after the parent, is the subsidiary's too)
        bracket = _COUNTRY_IN_BRACKETS.match(self.fold, org.end) or _PARENT_IN_BRACKETS.match(
            self.fold, org.end
        )
        if (
            bracket
            and only_a_country(bracket.group(1))
            and not any("(" in name for name in entity.names)
        ):
            # "Merko Corporation (Japon)", "Tarvo Holding (Turkey)": its country in brackets
            said = countries_in(bracket.group(1))
            if said:
                self.add(entity, "country", said[0].country, org.start, bracket.end(), 0.6)
                return
        apposed = _COUNTRY_APPOSED.match(self.fold, org.end)
        if apposed and _LEGAL_FORM_END.search(org.name):
            # "a joint company of Azista Industries Private Limited, India and DHI": a
            # company's full name, then its country, as a letterhead says it
            said = countries_in(apposed.group(1))
            if only_a_country(apposed.group(1)) and said:
                self.add(
                    entity,
                    "country",
                    said[0].country,
                    org.start,
                    org.end + apposed.end(1) - apposed.start(),
                    0.55,
                )
                return
        seat = _SEAT.match(self.fold, org.end)
        country_only = seat is None
        seat = seat or _SEAT_OF.match(self.fold, org.end)
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
        if places and not country_only:  # ("Agency … of Andalusia": its name's words)
            end = at - lead + places[0].end
            self.add(entity, "country", places[0].place.country, org.start, end, 0.6)
            return
        # "basée au Maroc", "of Turkey": the country itself
        # ("based in east China's Zhejiang province": a point of the compass before it)
        compass = _COMPASS_BEFORE.match(self.fold, at)
        lead_in = compass.end() - at if compass else 0
        said = [c for c in countries_in(self.fold[at : at + 40]) if c.start in (0, lead_in)]
        if said:
            self.add(entity, "country", said[0].country, org.start, at + said[0].end, 0.6)
            return
        town = rx.match(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?", self.text[at : at + 40])
        country = world_town_country(town.group(), 3) if town and not country_only else None
        if country and town:
            # "société établie à Vancouver": a town of the world's lists, the larger of
            # namesakes three times the next
            self.add(entity, "country", country, org.start, at + town.end(), 0.55)

    def _person(self, person: Any, orgs: list[tuple[Any, Entity]]) -> None:
        entity = self.entity("people", person.name)
        start = min(person.start, person.title_start) if person.title else person.start
        end = max(person.end, person.title_end)
        lang = person.lang
        # ("provincial governor Uth Sam On", then "Mr. Sam On": the last words of the name
        # said before, no other name of his)
        if not entity.name.endswith(" " + person.name):
            self.add(entity, "name", {self.lang: person.name}, start, end, 0.8)
        if person.extra.get("heads"):
            self._head_said_before(person, orgs)
            return
        if not person.title or _PEER.match(fold(person.title)):
            return
        org_ref = None
        second = False  # a second officer named after the first, who heads the company
        existing = next(
            (e for o, e in orgs if person.title_start <= o.start < person.title_end), None
        )
        # "Pure Diets managing director X": a company named before, said before the title
        # (or by its short name: "Lear representative X" after "Lear Corporation")
        companies = [e for e in self.entities if e.kind == "orgs"]
        openings = Counter(e.name.split()[0] for e in companies if e.name.split())
        for company in companies:
            prefix = next(
                (
                    n
                    for n in (*company.names, *self._short_names(company, openings))
                    if person.title.startswith(n + " ")
                    and person.title[len(n) + 1 : len(n) + 2].islower()
                ),
                None,
            )
            lettered = _initials(company.name)
            if prefix is None and lettered and person.title.startswith(lettered + " "):
                # "WDA Area Development Director X", "EIC commissioner X" after "the Welsh
                # Development Agency", "the Ethiopian Investment Commission": the body its
                # initials spell, whatever the capitals of the title after them
                prefix = lettered
            if prefix:
                person.title, existing = person.title[len(prefix) + 1 :], existing or company
            elif existing is None and self._second_officer_of(company, person.title_start):
                # "Kelvo Industries President X and General Manager Y": both the company's
                existing, second = company, True
        # "the Director of Human Resources at Bakhresa Malawi": the company after "at" is
        # the title's, named before in full ("Bakhresa Malawi Limited"), no word of the title
        # ("a client executive in the Kelvo Investment and Development Agency": a body's
        # name after "in the", cut at its "and")
        said_at = rx.search(r" (?:at|chez|(?:at|in) the) ((?:[A-Z][\w&’'-]* ?)+)$", person.title)
        at_company = (
            next(
                (
                    c
                    for c in companies
                    if any(n == said_at[1] or n.startswith(said_at[1] + " ") for n in c.names)
                ),
                None,
            )
            if said_at
            else None
        )
        said_title = person.title  # "president of Investments at X": a unit's, no head
        if said_at and at_company is not None:
            person.title, existing = person.title[: said_at.start()], at_company
        # "executive general manager of SGRE for Offshore Asia-Pacific": the company the
        # title serves, then its reach; the title is its words and its reach
        of_for = rx.search(r" of ((?:[A-Z][\w&’'-]* ?)+?) (for [A-Z][^,;]*)$", person.title)
        of_company = of_for and next(
            (
                c
                for c in companies
                if of_for[1] in c.names or of_for[1] == c.defaults.get("acronym")
            ),
            None,
        )
        if of_for and of_company is not None and at_company is None:
            person.title = person.title[: of_for.start()] + " " + of_for[2]
            existing = at_company = of_company
        named = (at_company.name, "company") if at_company else title_org(person.title, lang)
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
            existing = self._first_company()
            here = next((x for x in self.sentences if x.start <= person.title_start < x.end), None)
            subject = next(
                (
                    e
                    for o, e in sorted(orgs, key=lambda oe: oe[0].start)
                    if here is not None
                    and here.start <= o.start
                    and o.end <= person.title_start
                    and (
                        e.defaults.get("org_kind") in ("company", None)
                        # ("The Kelta state government will have a stake …, its governor X
                        # said": a government's own officer)
                        or (
                            e.defaults.get("org_kind") == "other"
                            and _OFFICE_OF_STATE.search(fold(person.title))
                        )
                    )
                ),
                None,
            )
            if subject is not None and rx.search(
                r"\b(?:its|son|sa|leur)(?: [a-z-]+)? $",
                self.fold[max(0, person.title_start - 20) : person.title_start],
            ):
                # "Kaito has started building …, its chief executive Li Wei said": the
                # company its sentence names first, its subject, is the one "its" stands for
                # ("Magneti Marelli, filiale du groupe FCA, représentée par son PDG")
                existing = subject
            named = (existing.name, "company") if existing else None
            if existing is not None and "country" in person.extra:
                self._country_described(existing, person)
            if existing is None:
                # "a annoncé le président exécutif de l'avionneur européen X" before the
                # company is named: the role waits for the first company the text names
                self.company_roles.append((entity.ref, person.title, person.name, start, end))
        pair = str(person.extra.get("org", ""))
        if named is None and pair.startswith("the two companies:"):
            # "Les présidents des deux entreprises, respectivement A et B": the two companies
            # named last before, in order
            two = self._two_companies_before(person.title_start)
            if two is not None:
                existing = two[int(pair.rsplit(":", 1)[1])]
                named = (existing.name, "company")
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
                        if e.kind == "orgs"
                        and e.name.startswith(person.org.name + " ")
                        # ("du Groupe Kelvo" after "Kelvo Automotive Maroc": the group)
                        and not self._group_of_a_local_arm(e, person.org.start)
                    ),
                    None,
                )
                # "Kelvamex chief executive X" after "Grupo Kelvamex": its short name
                or next(
                    (
                        e
                        for e in companies
                        if person.org.name in self._short_names(e, openings)
                        and not self._group_of_a_local_arm(e, person.org.start)
                    ),
                    None,
                )
                # "Master Transportation Bus Manufacturing Ltd (成運汽車) chairman X": a long
                # name's last words, as far back as the title's words were looked for
                or next(
                    (
                        e
                        for e in self.entities
                        if e.kind == "orgs"
                        and len(person.org.name.split()) > 1
                        and e.name.endswith(" " + person.org.name)
                        and self.text.endswith(e.name, 0, person.org.end)
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
            # ("Head of the Company, Steven Sue said": the one who heads it)
            own_director = person.extra.get("org") == "the company" and rx.fullmatch(
                r"direct(?:or|eur|rice)|head|chief|patronn?e?", fold(person.title)
            )
            if (own_director or _a_head_title(said_title, org_name)) and not second:
                self.add(org_entity, "head", person.name, start, end, 0.7)
        board = _BOARD_S_COMPANY_AFTER.match(person.title) if org_ref else None
        if board:
            # "Chairman of the Board of SIFCA": the title is the board's, the company whose
            # board it is the role's organisation, no word of the title
            person.title = board[1]
        if any(
            p.group == entity.ref
            and p.field == "roles"
            and fold(next(iter(p.plain_value()["title"].values()))) == fold(person.title)
            and p.plain_value()["org"] == org_ref
            for p in self.proposals
        ):
            return  # "His Majesty King Abdullah … King Abdullah": one role, said again
        self.add(entity, "roles", {"title": {lang: person.title}, "org": org_ref}, start, end, 0.75)

    def _head_said_before(self, person: Any, orgs: list[tuple[Any, Entity]]) -> None:
        """ "la Compagnie Nationale de Pétrole (GEPETROLE) dirigée par X", "Kelvo Mining,
        headed by X": the person heads the organisation named right before."""
        before = [
            (o, e)
            for o, e in orgs
            if o.end <= person.start
            and rx.fullmatch(
                r"(?: \([^()]{1,20}\))?,? [\w ]{5,14}", self.text[o.end : person.start - 1]
            )
        ]
        if before:
            org, company = before[-1]
            self.add(company, "head", person.name, org.start, person.end, 0.6)

    def _one_head_or_none(self) -> None:
        """ "Le président de X, A, et le PDG de X, B": a company with two people said to
        head it has no one head the text gives (GOLD.md rule 4): neither is proposed."""
        heads: dict[str, set[str]] = {}
        for p in self.proposals:
            if p.field == "head":
                heads.setdefault(p.group, set()).add(str(p.plain_value()))
        two = {group for group, said in heads.items() if len(said) > 1}
        self.proposals = [p for p in self.proposals if not (p.field == "head" and p.group in two)]

    def _roles_of_a_company_named_later(self) -> None:
        """A title of "the company" said before any company was named is the first
        company's the text names after it (``company_roles``)."""
        company = self._first_company()
        if company is None:
            return
        for ref, title, name, start, end in self.company_roles:
            for proposal in self.proposals:
                value = proposal.plain_value() if proposal.field == "roles" else None
                if (
                    value
                    and proposal.group == ref
                    and value["org"] is None
                    and fold(next(iter(value["title"].values()))) == fold(title)
                ):
                    proposal.value = typed_value("people", "roles", {**value, "org": company.ref})
                    if _a_head_title(title, company.name):
                        self.add(company, "head", name, start, end, 0.7)

    def names_it_goes_by(self) -> None:
        """ "Kelvo Auto, aussi connu sous son nom chinois Tarhua", "Kelvo Auto, also known as
        Tarhua": the other name an organisation goes by is a name of its own record."""
        for entity in [e for e in self.entities if e.kind == "orgs"]:
            for name in list(entity.names):
                # ("Kelvo Auto, aussi connu …" of "Kelvo": its trade's word between)
                said_as = rf"(?<![\w-]){re.escape(fold(name))}(?: [\w-]+)?,? (?:{ALSO_CALLED}) "
                for said in rx.finditer(said_as, self.fold):
                    other = _OTHER_NAME.match(self.text, said.end())
                    if other is None:
                        continue
                    if other.group() not in entity.names:
                        self.add(entity, "name", {self.lang: other.group()}, *other.span(), 0.5)

    def roles_of_the_one_company(self) -> None:
        """ "Karim Tarvel (Vice-président du Groupe), Salim Norvani (Directeur général
        Régional)" in an article that names one company and no other organisation: a
        company's title said of no organisation is that company's."""
        bodies = [
            e
            for e in self.entities
            if e.kind == "orgs" and any(p.group == e.ref for p in self.proposals)
        ]
        if len(bodies) != 1 or bodies[0].defaults.get("org_kind") != "company":
            return
        company = bodies[0]
        for proposal in self.proposals:
            value = proposal.plain_value() if proposal.field == "roles" else None
            if not value or value["org"] is not None:
                continue
            if _COMPANY_TITLE.match(fold(next(iter(value["title"].values())))):
                proposal.value = typed_value("people", "roles", {**value, "org": company.ref})

    def group_of_its_owner(self) -> None:
        """ "Le groupe du milliardaire nigérian Aliko Dangote", then "du groupe Dangote": the
        group named by its owner's surname is of its owner's country, quoted where the text
        says whose it is."""
        for said in _GROUP_OF_AN_OWNER.finditer(self.text):
            country = nationality_word(fold(said["nationality"]))
            if country is None:
                continue
            surname = fold(said["owner"].split()[-1])
            group = next(
                (
                    e
                    for e in self.entities
                    if e.kind == "orgs" and fold(e.name) in (surname, f"groupe {surname}")
                ),
                None,
            )
            if group is None or any(
                p.group == group.ref and p.field == "country" for p in self.proposals
            ):
                continue
            self.add(group, "country", country, said.start(), said.end(), 0.5)

    def titles_said_after_quotes(self) -> None:
        """ "… according to Koco Angjarov. "…," the Deputy PM for economic affairs said":
        a title said as the speaker of a quote, no name beside it, is the one person the
        sentence before named, when that person has no title yet; so is one a sentence opens
        on ("Manuel Valls a participé …", then "Le Premier ministre s'est félicité …")."""
        opening = (_TITLE_OPENING.match(self.fold, s.start, s.end) for s in self.sentences[1:])
        for said in [*_TITLE_AFTER_QUOTE.finditer(self.fold), *filter(None, opening)]:
            here = next((s for s in self.sentences if s.start <= said.start(1) < s.end), None)
            if here is None or here.index == 0:
                continue
            before = self.sentences[here.index - 1]
            named = {
                p.group
                for p in self.proposals
                if p.field == "name"
                and p.new is not None
                and p.new.kind == "people"
                and before.start <= p.start < before.end
            }
            if len(named) != 1:
                continue
            person = next(e for e in self.entities if e.ref in named)
            if any(p.group == person.ref and p.field == "roles" for p in self.proposals):
                continue
            a, b = said.span(1)
            title = {self.lang: self.text[a:b]}
            self.add(person, "roles", {"title": title, "org": None}, a, b, 0.5)

    def _the_two_sign(self) -> None:
        """ "X and Y have agreed to build a smelter. The two companies signed a heads of
        agreement last week": the two companies said by their number are the agreement's
        parties, the last two named before, quoted where they are said so."""
        for agreement in self._proposed_about("agreements"):
            if any(p.group == agreement.ref and p.field == "parties" for p in self.proposals):
                continue
            said = [p for p in self.proposals if p.group == agreement.ref and p.field == "title"]
            if not said:
                continue
            first = min(said, key=lambda p: p.start)
            sentence = next((x for x in self.sentences if x.start <= first.start < x.end), None)
            if sentence is None:
                continue
            subject = _THE_TWO.search(self.fold, sentence.start, first.start)
            if subject is None or self.fold[sentence.start : subject.start()].strip():
                continue  # the two said as the sentence's subject only
            two = self._two_companies_before(sentence.start)
            for company in two or ():
                role = {"org": company.ref, "role": "party"}
                self.add(agreement, "parties", role, subject.start(), subject.end(), 0.4)

    def _two_companies_before(self, at: int) -> tuple[Entity, Entity] | None:
        """The last two companies named before ``at``, in the order named, a parent said
        as such ("filiale de X", "a subsidiary of X") aside: the two a plural title
        ("les présidents des deux entreprises") speaks of."""
        first_said: list[tuple[int, Entity]] = []
        for e in self.entities:
            if e.kind != "orgs" or e.defaults.get("org_kind") != "company":
                continue
            said = [p.start for p in self.proposals if p.group == e.ref and p.field == "name"]
            if not said or min(said) >= at:
                continue
            start = min(said)
            if rx.search(
                r"\b(?:filiale|subsidiary|unit|arm) (?:de|du|d'|of) (?:la |le |the )?$",
                self.fold[max(0, start - 30) : start],
            ):
                continue
            first_said.append((start, e))
        if len(first_said) < 2:
            return None
        first_said.sort(key=lambda pair: pair[0])
        return first_said[-2][1], first_said[-1][1]

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

    def _country_pointed_back(
        self, a: int, b: int, found: list[Any]
    ) -> list[tuple[int, int, Entity]]:
        """ "au constructeur français", "the Chinese giant": a definite description that
        names no company points back to one named before; its nationality is the country
        of the one company named in the sentences before whose country is unsaid, when
        there is one only and no company named before has that country. Returns where each
        description so resolved is said, and its company: what the sentence says of it, it
        says of that company ("Le constructeur coréen vient de signer un accord")."""
        pointers: list[tuple[int, int, Entity]] = []
        for match in _POINTED_BACK.finditer(self.fold, a, b):
            words: list[str] = []
            if match["whose_from"]:
                named = countries_in(match["whose_from"])
                whole = named and named[0].start == 0 and named[0].end == len(match["whose_from"])
                country = named[0].country if whole else None
            else:
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
                if e.kind == "orgs"
                and e.defaults.get("org_kind") in ("company", "other")
                # (a society is no company: "the Mae Fah Luang Foundation")
                and not rx.search(r"\b(?:Association|Federation|Foundation)$", e.name)
            ]
            said = {
                p.group: p.plain_value()
                for p in self.proposals
                if p.field == "country" and any(p.group == e.ref for e in companies)
            }
            unsaid = [e for e in companies if e.ref not in said]
            if len(unsaid) > 1:
                # "… c'est finalement Ssangyong qui sera le premier. Le constructeur coréen
                # …": the one named in the sentence just before, if it alone is
                unsaid = self._named_just_before(unsaid, match.start())
            if len(unsaid) == 1 and country not in said.values():
                # (quoted up to the nationality: "Le groupe britannique", not its verb)
                end = match.end()
                if match["whose"] and words and not nationality_word(words[-1]):
                    end -= len(words[-1]) + 1
                self.add(unsaid[0], "country", country, match.start(), end, 0.5)
                pointers.append((match.start(), end, unsaid[0]))
        return pointers

    def _named_just_before(self, companies: list[Entity], at: int) -> list[Entity]:
        """Those of ``companies`` named in the sentence before the one ``at`` is in."""
        here = next((i for i, x in enumerate(self.sentences) if x.start <= at < x.end), 0)
        if here == 0:
            return []
        before = self.sentences[here - 1]
        said = self.text[before.start : before.end]
        return [
            e for e in companies if any(rx.search(rf"\b{re.escape(n)}\b", said) for n in e.names)
        ]

    def _countries_pointed_back(self, a: int, b: int, found: list[Any]) -> None:
        """ "The Japanese firms have preferential negotiation rights", "les deux groupes
        chinois": a plural description that names no company points back to the companies
        named before; its nationality is the country of each whose country is unsaid, when
        two or more are and no company named before has that country."""
        for match in _POINTED_BACK_PLURAL.finditer(self.fold, a, b):
            words = (match["whose"] or match["whose_fr"] or "").split()
            country = next(filter(None, map(nationality_word, words)), None)
            if country is None or rx.match(r",? [A-Z]", self.text[match.end() : match.end() + 3]):
                continue
            if any(o.start < match.end() + 3 for o in found):
                continue
            companies = [
                e
                for e in self.entities
                if e.kind == "orgs" and e.defaults.get("org_kind") == "company"
            ]
            said = {
                p.group: p.plain_value()
                for p in self.proposals
                if p.field == "country" and any(p.group == e.ref for e in companies)
            }
            unsaid = [e for e in companies if e.ref not in said]
            if len(unsaid) >= 2 and country not in said.values():
                for company in unsaid:
                    self.add(company, "country", country, match.start(), match.end(), 0.45)

    def _country_described(self, company: Entity, person: Any) -> None:
        """The country a title's words give the company they point back to ("directeur
        général du constructeur britannique"), unless the company has one already."""
        if any(p.group == company.ref and p.field == "country" for p in self.proposals):
            return
        said_from = int(person.extra["country_from"])
        self.add(company, "country", person.extra["country"], said_from, person.title_end, 0.6)


def _second_officer_before(text: str, name: str, at: int) -> bool:
    """True if ``text`` says ``name``, a title and a person, then "and", right before ``at``
    ("Kelvo Industries President X and General Manager Y"), in one breath."""
    before = text[max(0, at - len(name) - 70) : at]
    return bool(
        rx.search(
            re.escape(name)
            + r" [A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3} [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}"
            r" (?:and|et) $",
            before,
        )
    )


# The other name said after an organisation's and the words that give it
# (``names.ALSO_CALLED``): its capitalised words
_OTHER_NAME = re.compile(r"[A-Z][\w&'’-]+(?: [A-Z][\w&'’-]+){0,3}")


# The titles a company gives: its directors, managers, officers, founders
_COMPANY_TITLE = re.compile(
    r"(?:vice[- ]president|directeur|directrice|director|managing director|general manager"
    r"|country manager|chief \w+ officer|ceo|pdg|president[- ]directeur|chairman|chairwoman"
    r"|administrateur|founder|fondateur|fondatrice)\b"
)


def _a_head_title(title: str, org_name: str) -> bool:
    """True if ``title`` (of ``org_name``) is the one who runs it: its chief executive, its
    president, its director general (gold rule 4); a deputy, a co-chair, a region's or a
    unit's chief is none."""
    return bool(
        rx.search(
            r"p-?dg|ceo|chief|chair(?:man|woman|person)|director general|directeur[- ]general"
            r"|directrice[- ]generale|general director"
            r"|managing director|administrateur delegue|president|\bdg\b|^head of"
            # "le patron de Norvalis": the one who runs it
            r"|^patronn?e?\b"
            # "its governor X" of a state's government, "le gouverneur de la Banque …": the
            # one who runs it
            r"|^(?:governor|gouverneur)\b"
            # "directeur de l'Agence …": the one director of it named; a unit's
            # director ("directeur de la division moteurs de X") runs a part of it
            r"|^direct(?:eur|rice) (?:de|du|d['’])(?! ?(?:la |l['’])?(?:division"
            r"|branche|filiale|usine|region|zone|pole|communication|production|projet|chantier"
            r"|strategie|marketing)\b)"
            # "general manager of SINOMA Roofing Company", "the rector of the University
            # of X", "Director of the provincial Department of Y": the one who runs it
            r"|general manager|manager general"
            r"|^(?:the )?(?:director|rector) of\b(?! (?:the )?(?:communications?"
            r"|operations|marketing|finance|sales|projects?|production|human resources)\b)",
            fold(title),
        )
        and not rx.search(
            # "assistant vice president", "directeur général adjoint": a second, no head
            # "CEO for Europe": a region's, no head of the company; "coprésident",
            # "co-chairman": one of two, no head either; "president of Investments
            # at X": a unit's, at the company
            r"\b(?:vice|deputy|assistant|adjointe?|for|pour)\b|\bco-?(?=presid|chair)"
            # "European Office Managing Director": the head of an office of it
            r"|\b(?:office|bureau|division|branch|unit)\b(?= .)"
            r"|\b(?:of|de|du|des) [\w&'’ -]+ (?:at|chez)\b",
            fold(title.replace(org_name, "")),  # the name's own "pour" aside
        )
        # "president of shipbuilding": the head of one of its trades, not of it
        and not rx.search(
            r"\b[Pp]r[eé]sident (?:of|de) (?!(?:the|its|la|le|les|du|des|sa|son)\b|[dl]['’])[a-z]",
            title,
        )
    )
