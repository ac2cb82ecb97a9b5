"""Statuses, dates and figures: the cue words of where a project stands, the dates they
are said at, the capacities, jobs and sums, and the record each fact is about."""

from __future__ import annotations

import re
from typing import Any

import msgspec

from ...models import DateValue
from .. import naming, rx
from ..cities import world_town_country
from ..figures import figures_in, sum_of_a_plant
from ..lexicon import (
    BUILT,
    DATE_CUES,
    EMPLOYS_NOW,
    FUTURE,
    OPENING_AHEAD,
    STATUS_CUES,
)
from ..records import (
    SUM_OF_THE_DEAL,
    RecordMention,
)
from ..segment import (
    Sentence,
    folded,
    strip_span,
)
from ..when import (
    DateMention,
    after_the_year_said,
    ahead_of,
    dates_in,
    days_named,
    from_latest_day,
    lead_day,
)
from .orgs import OrgsReading
from .rules import (
    Entity,
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


# A project's stages, in order: its status is the furthest one the article gives.
_STAGES = {"announced": 0, "approved": 1, "construction": 2, "operating": 3}


# A status said by a noun ("l'inauguration", "cornerstone laying"): an event to come when
# a word of the future goes with it ("will attend the inauguration ceremony").
# Between a status cue and the record it governs: articles, numbers, "of", "new" only
# ("started building three blenders", "pose de la première pierre de la nouvelle usine").
_GOVERNED_GAP = re.compile(
    r"(?:[\s'’]+|(?:of|on|for|de|du|des|d|the|a|an|its|their|two|three|four|five|\d+|la|le|l"
    r"|les|une?|sa|son|ses|leurs?|new|nouvelle?s?|nouveaux?|deux|trois|quatre|cinq)\b)*"
)


# A go-ahead said as received: "was given consent", "received the approval", "a obtenu".
_RECEIVED = re.compile(
    r"\b(?:given|granted|issued|awarded|received|obtained|secured|got|won|obtenu|recu"
    r"|octroye|accorde|delivre)\b"
)


# A ceremony said as held, before the noun that names it.
_HELD_BEFORE = re.compile(
    r"\b(?:a|ont|avait|avaient)(?: \w+ment)? (?:organise|procede|preside|celebre|effectue"
    r"|assiste|marque|tenu|inaugure)\b[^.;]*$"
    r"|\b(?:held|hosted|organi[sz]ed|attended|celebrated|marked)\b[^.;]*$"
)


# A verb that tells news, then the day it was told: "confirmed in a press release on Tuesday"
_TOLD_ON = re.compile(
    r"\b(?:confirmed|announced|said|revealed|disclosed|stated|told|unveiled)\b(?: in a"
    r" (?:press release|statement))? (?:on )?$"
)
# A reporting clause set apart by a comma, then its day: "…, officials said on Tuesday", "…,
# the company told reporters on Monday", "…, a indiqué mardi le ministère"
_SAID_ASIDE_ON = re.compile(
    r", (?:[\w'’-]+ ){0,4}(?:said|says|told (?:reporters|journalists|\w+)|stated|reported|added"
    r"|confirmed|a (?:indique|declare|precise|annonce|affirme|confirme))(?: in a statement)? (?:on )?$"
)
# What denies the cue after it: "never entered operation", "has not yet started
# production", "n'est jamais entrée en service", "has yet to open".
_NEVER_BEFORE = re.compile(
    r"\b(?:never|not yet|(?:has|have|had|did|does|do) not(?: yet)?|yet to|jamais|pas encore)"
    r"(?: (?:been|be|officially|actually|really))? $"
)
# What is done before a plant, said as the subject of its completion: "Feasibility studies
# are due to be completed by the end of the year", "les études seront achevées en mai"
_PAPERWORK_DONE = re.compile(
    r"\b(?:stud(?:y|ies)|feasibility|survey|assessments?|design|negotiations|talks|etudes?"
    r"|faisabilite|negociations|pourparlers)\b(?: [\w-]+){0,3} (?:is|are|was|were|will|would"
    r"|should|sont|est|seront|sera|devraient|devrait|doivent|doit)\b[^.;,]{0,30}$"
)
# A journey said as what was completed: "the promotional tour he completed in Asia several
# months ago", "la tournée qu'il a achevée en mai"
_JOURNEY_DONE = re.compile(
    r"\b(?:tour|visit|trip|mission|roadshow|tournee|visite|voyage)s?"
    r"(?: (?:that|which|qu'il|qu'elle|qu'ils|qu'elles|he|she|they|we))?"
    r"(?: (?:had|has|have|a|avait|ont))? $"
)
# A plant or a line besides the one spoken of, said inside a date's cue: "plan to set up a
# second line by 2027", "build another plant by 2028", "une deuxième ligne d'ici 2027"
_ANOTHER_ONE = re.compile(
    r"\b(?:a second|another|an additional|a third|une deuxieme|une seconde|une autre"
    r"|une troisieme|un deuxieme|un second|un autre) (?:[\w-]+ )?"
    r"(?:production )?(?:lines?|plants?|factory|factories|mills?|units?|phases?|lignes?|usines?"
    r"|unites?|phases?)\b"
)
# "une centrale thermique à charbon de ", "a 50 MW power station of": a power station said
# right before its power
_POWER_PART_BEFORE = re.compile(
    r"\b(?:centrale|power (?:station|plant)|power-plant)\b[^.;,]{0,40}?(?: de| d'| of)(?: | ?$)$"
)
_POWER_NAMED = re.compile(r"\b(?:centrale|power|energie|energy|electri\w*|npp|solaire|solar)\b")


# Any cue of a project's dates but its announcement's (lexicon.DATE_CUES).
_DATE_CUE = re.compile("|".join(f"(?:{p})" for p, key in DATE_CUES if key != "announced"))


# An auxiliary of the future just before a date's cue: "will begin production", "va lancer"
_AHEAD_BEFORE = re.compile(
    r"\b(?:will|shall|is to|are to|is set to|are set to|plans? to|is expected to|are expected to"
    r"|va|vont|devrait|devraient|doit|doivent|compte|comptent|prevoit de|prevoient de)"
    r"(?: (?:also|then|soon|bientot|aussi|ensuite|finally|enfin))? $"
)
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


# The plant's works, said right after a count of people: the hands its building takes are
# the plant's (GOLD.md rule 26), whoever employs them
_WHILE_ITS_WORKS = re.compile(
    r"[^.;]{0,20}?\b(?:during|throughout|pendant|durant) (?:its|the|sa|la|les) (?:[\w-]+ )?"
    r"(?:construction|travaux|chantier)\b"
)


# Several plants said together, by a demonstrative or a count: "ces projets", "these
# plants", "les trois usines", "trois projets industriels" ("Ces deux unités", "four reactor
# units": the units of one record, said in the plural, whose figures they are)
_SEVERAL_SAID = re.compile(
    r"\b(?:ces|these|those|both|(?:les |the )?(?:deux|trois|quatre|cinq|two|three|four|five))"
    r" (?:[\w-]+ )?(?:projets|projects|usines|plants|factories)\b"
)


# Words that open a clause or say a verb: a date after them is another clause's.
# A count and what it counts: "40.000 voitures", "900,000 tonnes of cement", "40.000
# tonnes de yaourt" (the goods, a word after the unit and its "of")
_COUNTED_GOODS = re.compile(
    r"[\d.,\s]+(?:million |millions |milliers )?(?:(?:de |d'|of )?(?:tonnes?|tons?|t|units?|unites)"
    r"(?: (?:par an|per year|a year|per annum|annually))? (?:de |d'|of ))?(?P<goods>[a-z]{4,})"
)
_CLAUSE = re.compile(
    r"\b(?:ont|est|sont|sera|seront|etait|etaient|avait|devrait|qui|que|dont|where|which|"
    r"that|who|was|were|is|are|will|would|has|have|had|said|says|et|and|but|mais|while|"
    r"alors|puis|then|selon|according|stated|reported|announced|told|added|noted|declared|"
    r"confirmed|statement|release|communique|annonce|indique|declare|precise|affirme)\b|[;:()\"«»]"
)

# "signed by X and the Y Board in Accra on Monday", "signé par X et Y": the signers joined,
# no clause between the verb and its day
# ("signed between the X Authority (XA) and Y at its office on Wednesday": the parties, their
# letters in brackets, then where and when)
_SIGNERS_JOINED = re.compile(
    r"^ (?:by|par|between|entre) [^.;,:()]{1,60}?(?: \([A-Za-z]{2,8}\))? (?:and|et) "
)

# "production of stamping press parts, exhaust systems and other car components in early
# 2005": the goods listed, their "and" no clause between a cue and its date
_GOODS_LISTED = re.compile(
    r"(?<=,) [a-z-]+(?: [a-z-]+){0,2} (?:and|et) (?=(?:other |d'autres )?[a-z])"
)

# A sum said again in another currency, in brackets ("a 9.3 trillion-won (US$7 billion)
# plant"): an aside, no clause between a cue and its date.
_FIGURE_ASIDE = re.compile(
    r"\((?=[^()]{0,30}\d)[^()]{0,30}(?:[$€£¥]|\b(?:dollars?|euros?|usd|eur|yuans?|fcfa))[^()]{0,30}\)"
)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


# A product the plant makes said entering service ("l'avion d'affaires Learjet 85, qui doit
# entrer en service en 2013", "the A350 jet, which is due to enter service in 2014"): the
# product's date, none of the plant's
# "The company started its production … 123 years ago", "le groupe a démarré sa production il
# y a 40 ans": the company's history, long before the plant spoken of
_THE_COMPANY_BEGAN = re.compile(
    r"\b(?:the|this|le|la|ce|cette) (?:company|group|firm|brand|groupe|societe|entreprise"
    r"|marque)(?: (?:has|had|a|avait))? (?:started|began|commenced|demarre|commence)\b"
)
_LONG_AGO = re.compile(r"\b(?:[1-9]\d{1,2}) years ago\b|\bil y a (?:[1-9]\d{1,2}) ans\b")
_PRODUCT_ENTERS_SERVICE = re.compile(
    r"\b(?:avions?|appareils?|aircraft|jets?|airliners?|helicopteres?|helicopters?|navires?"
    r"|ships?|trains?|locomotives?|satellites?|vehicules?|vehicles?|modeles?|models?|cars?"
    r"|voitures?|missiles?|sous-marins?|submarines?)\b[^.;]{0,40}?,? (?:qui|which|that)"
    r"(?: (?:doit|doivent|devrait|devraient|va|vont|will|is|are|should|must)(?: \w+){0,2})? $"
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
    # "1.2 billion pesos" in Buenos Aires, Santiago, Bogotá, Manila: the host's own peso
    "MXN": (
        r"\bpesos?$",
        {"AR": "ARS", "CL": "CLP", "CO": "COP", "PH": "PHP", "UY": "UYU", "DO": "DOP", "CU": "CUP"},
    ),
    # "100 millions de francs" said bare: the host's franc, Switzerland's where the host
    # counts in no other
    "CHF": (
        r"\bfrancs?$",
        {
            "FR": "FRF",
            "BE": "BEF",
            "LU": "LUF",
            "GN": "GNF",
            "RW": "RWF",
            "BI": "BIF",
            "CD": "CDF",
            "DJ": "DJF",
            "KM": "KMF",
            "NC": "XPF",
            "PF": "XPF",
            **dict.fromkeys(("BJ", "BF", "CI", "GW", "ML", "NE", "SN", "TG"), "XOF"),
            **dict.fromkeys(("CM", "CF", "TD", "CG", "GQ", "GA"), "XAF"),
        },
    ),
    # "170 billion kwachas" in Blantyre: Malawi's kwacha, not Zambia's
    "ZMW": (r"\bkwachas?$", {"MW": "MWK"}),
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


# Two capitalised words: "May Pen", a town a month's name opens
_TWO_CAPITALISED = re.compile(r"[A-Z][a-z]+ [A-Z][\w'’-]+")


# What ends a dateline after its day: the agency in brackets and a dash, "(AFP) -".
# ("Lilongwe (Malawi), Sep 11 (IANS): …": a colon after it)
_DATELINE_END = re.compile(r"\s*\((?:[A-Z]{2,6}|Reuters|Xinhua|Bernama|Belga)\)\s*[–—:-]")


# The sum of many projects counted before it: "la province compte désormais 450 projets
# d'IDE pour un capital total de X", "some 300 firms have invested a total of X"
_MANY_PROJECTS_SUM = re.compile(
    r"\b(?:\d[\d.,  ]*|des centaines de|des dizaines de|hundreds of|dozens of)"
    r" (?:[a-z-]+ )?(?:projets|projects|entreprises|companies|firms|investisseurs|investors"
    r"|societes|usines|factories|plants|investments|investissements)\b[^.;]{0,80}$"
)
# Investors or projects, many and unnamed, said as the ones who create jobs: "In 2018,
# investors declared the creation of at least 2,100 new jobs" (folded)
_MANY_DECLARE_JOBS = re.compile(
    r"\b(?:investors|investisseurs|companies|entreprises|the projects|les projets)"
    r" (?:have |ont )?(?:declared|announced|pledged|promised|declare|annonce|promis)\b[^.;]{0,110}$"
)
# A sum said right after another as its part: "21.1 million dollars, including $ 20.9
# million FDI", "50 milliards de FCFA, dont 30 milliards de prêts"
_PART_OF_A_SUM = re.compile(
    r"(?:dollars?|euros?|francs?|\$|€|cfa|fcfa|dinars?|yuan|rupees?|million|millions|milliards?"
    r"|billion|bn|mn)\)?,? (?:including|of which|dont|y compris) (?:some |about |environ )?$"
)


# "… its second overseas plant after a ferronickel plant it opened in …": the plant an owner
# opened before, said after the one the article is about (folded)
_PLANT_BEFORE_IT = re.compile(
    r"\b(?:after|apres) (?:an?|its|the|their|une?|son|sa|leur) (?:[\w-]+ ){0,3}$"
)


# The stages a plant grows by: the capacity of each is said as the stage's
_PHASES = re.compile(r"\b(?:phases?|stages?|tranches?|etapes?)\b")


class FactsReading(OrgsReading):
    """Statuses, dates and figures, given to their records."""

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
                if _NEVER_BEFORE.search(sentence, max(0, match.start() - 20), match.start()):
                    continue  # "was built in 2004 but never entered operation": not so
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
                        and (
                            rx.match(
                                r" (?:le|ce|the|this) (?:projet|project)\b", self.fold[b : b + 20]
                            )
                            # "Le projet a été validé par le conseil": as subject
                            or rx.search(
                                r"\b(?:le|ce|the|this) (?:projet|project)\b[^.;,]{0,30}$",
                                self.fold[s.start : a],
                            )
                            # "les autorisations ayant été délivrées": the permits of the
                            # plant spoken of, whose approval they are
                            or rx.search(r"\b(?:autorisation|permis|permit|licen)", match.group())
                        )
                    )
                ):
                    continue
                if pattern == BUILT and not rx.search(OPENING_AHEAD, self.fold):
                    continue  # built, and nothing said ahead: no works under way
                if kind == "projects" and self._company_s_history(s, a, b):
                    continue
                if kind == "projects" and _PLANT_BEFORE_IT.search(
                    self.fold, max(s.start, a - 50), a
                ):
                    continue  # "its second plant after a ferronickel plant it opened in 2019"
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
                # ("the ground-breaking ceremony for … was held on Monday": the noun after it)
                ceremony = "ceremon" in sentence[a - s.start : b - s.start + 10]
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
                if (
                    date is not None
                    and date_key == "signed"
                    and self._span_ahead_of_a_signing(date, a, end)
                ):
                    self.used_dates.discard(date.start)
                    date = None

                def do(
                    entity: Entity,
                    status: str = said,
                    a: int = a,
                    b: int = end,
                    date: DateMention | None = date,
                    date_key: str | None = date_key,
                    weak: bool = pattern == EMPLOYS_NOW,
                    # (an agreement still to be signed: its signing is ahead)
                    planned: bool = coming is not None
                    or (said == "proposed" and date_key == "signed"),
                ) -> None:
                    if weak and any(
                        p.group == entity.ref and p.field == "status" for p in self.proposals
                    ):
                        return
                    if not weak:
                        self._outweigh(entity)
                    self._headline_status_said_again(entity, status, a, b)
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

    def _headline_status_said_again(self, entity: Entity, status: str, a: int, b: int) -> None:
        """ "New … plant to be built in Poland", then "will spend up to PLN 90 mln to build a
        plant": a status the running text says again is quoted there (GOLD.md rule 23)."""
        if a < self.headline_end:
            return
        for p in self.proposals:
            if (
                p.group == entity.ref
                and p.field == "status"
                and p.end <= self.headline_end
                and p.plain_value() == status
            ):
                p.start, p.end = strip_span(self.text, a, b)
                p.quote = self.text[p.start : p.end]

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

    def _dates_in(self, s: Sentence) -> list[DateMention]:
        """The dates ``s`` says, read once a sentence: each cue of it asks for them, and a
        long sentence of many cues would read them again for each."""
        key = (s.start, s.end)
        if key not in self._sentence_dates:
            said = [
                d
                for d in dates_in(self.text, self.fold, s.start, s.end, self.published)
                # "NOUMEA (France), 11 avr 2013 (AFP) - La première coulée …": the dateline's
                # day is when the news was written, no day of what it tells
                if not _DATELINE_END.match(self.text, d.end)
                and not self.in_a_dateline(d.start)
                and not self._month_of_a_place(d.start, d.end)
            ]
            if any(not d.value.earliest and not d.value.latest for d in said):
                # "… the following year": after the year said before it
                before = dates_in(
                    self.text, self.fold, max(0, s.start - 600), s.start, self.published
                )
                said = [after_the_year_said(d, before + said[:i]) for i, d in enumerate(said)]
            self._sentence_dates[key] = said
        return self._sentence_dates[key]

    def _date_near(
        self, s: Sentence, a: int, b: int, ceremony: bool = False, shared: bool = False
    ) -> DateMention | None:
        every = self._dates_in(s)
        found = [d for d in every if d.start not in self.used_dates]
        # a cue may end with the date's first word: "achevée d'ici 2027", "mis en œuvre dans
        # les 30 prochains mois"
        # "is under construction and will be ready by 2020": a date with another cue of a
        # project's dates between it and this cue is that cue's
        after = [
            d
            for d in found
            if max(a + 1, b - 8) <= d.start <= b + 45
            and not (b < d.start and _DATE_CUE.search(self.fold, b, d.start))
            # ("… is 60 percent complete, officials said on Tuesday": the day it was told)
            and not _SAID_ASIDE_ON.search(self.fold, max(b, d.start - 60), d.start)
        ]
        if not after and shared:
            # "finalize construction and commence production by mid-2019": the works' end and
            # the next cue joined by "and" share the date said after the second, which keeps
            # it its own (not a start: "will start construction and start operations in 2029"
            # says when operations start only)
            coordinated = [
                d for d in every if b < d.start <= b + 120 and _coordinated(self.fold, b, d.start)
            ]
            if coordinated:
                return coordinated[0]
        if not after:
            # "inaugurée par le président de la République, X, jeudi dernier", "opened its
            # factory in X, a city near Y, in mid-September": a date said after its cue's
            # complement, with no verb or clause between them
            after = [
                d
                for d in found
                if b + 45 < d.start <= b + 140
                and not _CLAUSE.search(
                    _SIGNERS_JOINED.sub(
                        _blank,
                        _GOODS_LISTED.sub(
                            _blank, _FIGURE_ASIDE.sub(_blank, self.fold[b : d.start])
                        ),
                    )
                )
                and not any(b <= e.start < d.start for e in found)
                # ("signed a deal for …, with work expected to start next year": the date
                # another cue says between is that cue's)
                and not _DATE_CUE.search(self.fold, b, d.start)
                and not _SAID_ASIDE_ON.search(self.fold, max(b, d.start - 60), d.start)
            ][:1]
        # "a posé jeudi la première pierre": the day inside the cue's words
        # ("inaugurated on Sunday its first factory": the day inside, near the cue's end)
        after = [d for d in found if a < d.start and d.end <= b and d not in after] + after
        if ceremony and not after:
            # "La cérémonie de signature de la convention …, a été présidée ce jeudi 6 juin":
            # the day the ceremony was held, however long the agreement's name.
            after = [
                d
                for d in found
                if b <= d.start <= b + 200
                and rx.search(
                    # ("was held in Chibombo district on Wednesday": its place between)
                    r"(?:a eu lieu|s'est (?:deroulee|tenue)|a ete presidee|was held|took place|presided)"
                    r"\W+(?:(?:in|at|a|en|au|dans) (?:the |le |la )?[\w'-]+(?: [\w'-]+)?\W+)?"
                    r"(?:\w+\W+){0,2}$",
                    self.fold[b : d.start],
                )
            ]

        # "sera opérationnelle à partir de 2019, tandis que la seconde sera établie": a date
        # said just after another date's cue is that cue's, not the next one's
        # (only the dates near the cue are asked: a long sentence says many)
        def own(d: DateMention) -> bool:
            # ("confirmed in a press release on Tuesday its plans to open …": the day the
            # plans were told, no day of the plant's)
            return not _DATE_CUE.search(
                self.fold, max(0, d.start - 50), d.start
            ) and not _TOLD_ON.search(self.fold, max(0, d.start - 40), d.start)

        before = [d for d in found if a - 60 <= d.end <= a and own(d)]
        date = after[0] if after else (before[-1] if before else None)
        if date is None and len(found) == 1 and own(found[0]) and found[0].end <= a:
            # "Fin novembre 2023, le président … a donné … le coup d'envoi": the one date
            # of the sentence, said before its cue however far (one said after it is more
            # often when the article was told: "a press release stated on January 17").
            date = found[0]
        if date is not None:
            self.used_dates.add(date.start)
        return date

    def _month_of_a_place(self, a: int, b: int) -> bool:
        """True if the month said at ``a``–``b`` alone opens a place's name: "in May Pen,
        Clarendon", a town, no month."""
        month = rx.search(r"[A-Z][a-z]+$", self.text[a:b])
        if month is None or not rx.match(r" [A-Z][a-z]", self.text[b : b + 3]):
            return False
        name = _TWO_CAPITALISED.match(self.text, a + month.start())
        return name is not None and world_town_country(name.group()) is not None

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
        if self._dates_in(s) or rx.search(FUTURE, self.fold[s.start : s.end]):
            return None
        return lead_day(self.text, self.fold, first.start, first.end, self.published)

    def _days_named(self) -> list[str]:
        """The days the (undated) text names in full, read once."""
        if self._named_days is None:
            self._named_days = days_named(self.text, self.fold)
        return self._named_days

    def _span_ahead_of_a_signing(self, date: DateMention, a: int, b: int) -> bool:
        """True if a span ahead ("over the next three years") is said with a signing told in
        the past ("signed an agreement for the construction of X over the next three
        years"): the works' span, no day the signing was on."""
        window = self.fold[min(a, date.start) : max(b, date.end)]
        return bool(
            date.value.planned
            # ("La convention, d'une durée de 25 ans, a été paraphée": its term, no day)
            and rx.search(
                r"\bsigned\b|\b(?:a|ont|avait|avaient) (?:ete )?(?:signee?s?|paraphee?s?)\b",
                window,
            )
            and not rx.search(FUTURE, window)
            and not rx.search(r"\b(?:be|being|been) signed\b", window)
        )

    def _date_claim(
        self, entity: Entity, key: str, date: DateMention, a: int, b: int, planned: bool = False
    ) -> None:
        window = self.fold[min(a, date.start) : max(b, date.end)]
        planned = planned or bool(rx.search(FUTURE, window)) or date.value.planned
        # "X will begin production at its new plant … in June": the verb's auxiliary said
        # just before the cue makes it ahead too
        planned = planned or bool(_AHEAD_BEFORE.search(self.fold, max(0, a - 30), a))
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
            if not _NEVER_BEFORE.search(sentence, max(0, match.start() - 20), match.start())
        ]
        # "We expect to start construction in the next two years and thereafter start
        # operations": a date said right after a cue is that cue's, before the next cue
        # reaches back for it
        said = [d.start for d in self._dates_in(s)]
        cues.sort(
            key=lambda cue: not any(max(cue[1] + 1, cue[2] - 8) <= d <= cue[2] + 45 for d in said)
        )
        for key, a, b in cues:
            if key == "operation_start" and _PRODUCT_ENTERS_SERVICE.search(
                self.fold, max(s.start, a - 80), a
            ):
                continue  # "l'avion d'affaires Learjet 85, qui doit entrer en service en 2013"
            if key == "operation_start" and self._company_s_history(s, a, b):
                continue
            if key == "completion" and _PAPERWORK_DONE.search(self.fold, max(s.start, a - 60), a):
                continue  # "Feasibility studies are due to be completed by …": no plant's end
            if key == "completion" and _JOURNEY_DONE.search(self.fold, max(s.start, a - 40), a):
                continue  # "the promotional tour he completed in Asia": no plant's end
            if key != "signed" and _ANOTHER_ONE.search(self.fold, a, b):
                continue  # "plan to set up a second line by 2027": another's date, not its
            date = self._date_near(s, a, b, shared=key == "completion") or self._day_of_the_report(
                s, a, b, key
            )
            if date is None or key == "announced":
                # the day a plant is announced is the news's: no cue of the plant's takes it
                continue
            if key == "signed" and self._span_ahead_of_a_signing(date, a, b):
                self.used_dates.discard(date.start)
                continue

            def do(
                entity: Entity, key: str = key, date: DateMention = date, a: int = a, b: int = b
            ) -> None:
                self._date_claim(entity, key, date, a, b)

            self.apply_to_pair(a, mentions, forward, do)

    def _company_s_history(self, s: Sentence, a: int, b: int) -> bool:
        """True if the cue from ``a`` to ``b`` says when the company itself began, long
        ago ("The company started its production from Kolkata 123 years ago"): no date nor
        status of the plant spoken of."""
        return bool(
            _THE_COMPANY_BEGAN.search(self.fold, max(s.start, a - 40), b)
            and _LONG_AGO.search(self.fold, b, s.end)
        )

    def _figures(self, s: Sentence, mentions: list[tuple[RecordMention, Entity]]) -> None:
        for figure in figures_in(self.text, self.fold, s.start, s.end):
            kind = "projects"
            if (
                figure.field == "investment"
                and not any(m.kind == "projects" for m, _ in mentions)
                and any(m.kind == "agreements" for m, _ in mentions)
                # ("Le montant du contrat est de 600 millions de dollars": the deal said before,
                # whose sum is its project's)
                and not all(
                    m.name is None
                    and SUM_OF_THE_DEAL.search(self.fold, max(s.start, m.start - 20), m.start)
                    for m, _ in mentions
                    if m.kind == "agreements"
                )
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
                # "(145.31 million U.S. dollars)": the American dollar by its name
                and not rx.search(r"\bu\.?s\.? ?dollars?$", self.fold[figure.start : figure.end])
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
            if figure.field == "investment" and _MANY_PROJECTS_SUM.search(
                self.fold, max(s.start, figure.start - 100), figure.start
            ):
                continue  # "la province compte 450 projets … pour un capital total de X"
            if figure.field == "investment" and _PART_OF_A_SUM.search(
                self.fold, max(s.start, figure.start - 60), figure.start
            ):
                continue  # "21.1 million dollars, including $ 20.9 million FDI": a part of it
            if figure.field == "jobs" and _MANY_DECLARE_JOBS.search(
                self.fold, max(s.start, figure.start - 150), figure.start
            ):
                continue  # "investors declared the creation of 2,100 new jobs": a zone's tally
            if _SEVERAL_TOGETHER.search(self.fold, s.start, figure.start):
                continue  # "Combined, the two projects will create 4,000 jobs": no one plant's
            several = _SEVERAL_SAID.search(self.fold, s.start, figure.start)
            if several and not any(several.end() <= m.start < figure.start for m, _ in mentions):
                # "Ces projets devraient générer 1 500 postes", "trois projets industriels …
                # pour un investissement global de": the plants' sum, no one plant's
                continue
            if figure.field == "jobs" and self._workforce_held(s, figure.end, mentions):
                continue

            def do(entity: Entity, figure: Any = figure, value: Any = value) -> None:
                if figure.field == "capacity" and self._a_parts_power(entity, figure.start):
                    return
                if not self._restated_sum(entity, figure.field, value):
                    self.add(
                        entity, figure.field, value, figure.start, figure.end, figure.confidence
                    )

            into = self._invested_in(kind, figure.start, figure.end, mentions)
            if (
                into is None
                and figure.field == "capacity"
                and not any(m.kind == "projects" for m, _ in mentions)
            ):
                into = self._maker_of(figure.start, figure.end)
            if into is not None:
                do(into)
                continue
            self._apply(kind, figure.start, mentions, False, do)

    def _a_parts_power(self, entity: Entity, start: int) -> bool:
        """True if the capacity at ``start`` is said of a power station a plant of another
        kind comprises ("la cimenterie … comprendra une centrale thermique à charbon de 100
        mégawatts"): the part's power, no output of the plant."""
        said = _POWER_PART_BEFORE.search(self.fold, max(0, start - 60), start)
        return said is not None and not _POWER_NAMED.search(folded(" ".join(entity.names)))

    def _maker_of(self, start: int, end: int) -> Entity | None:
        """The plant read before whose words name what a capacity counts ("40.000
        voitures électriques par an" after "une usine de panneaux solaires" was said of
        "l'usine de construction de voitures électriques"), when the plant spoken of last
        makes something else: the output is the maker's."""
        said = _COUNTED_GOODS.match(self.fold, start, min(end + 40, len(self.fold)))
        if said is None:
            return None
        goods = naming.plant_words(said.group("goods"))
        focus = self.focus.get("projects")
        made = naming.plant_words(" ".join(focus.names)) if focus is not None else set()
        if not goods or not made or goods & made:
            return None  # (a plant said by its noun alone may make anything)
        makers = [
            e
            for e in self.entities
            if e.kind == "projects"
            and e is not focus
            and goods & naming.plant_words(" ".join(e.names))
        ]
        # (two read apart that the merging will join, "la première usine de construction de
        # voitures" and "la première usine de production de voitures": the latest)
        return makers[-1] if makers else None

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
        if _WHILE_ITS_WORKS.match(self.fold, at):
            return False  # "employing over 1,000 people during its construction period"
        # the verb nearest the figure
        said = next(reversed(list(_WORKFORCE_HELD.finditer(self.fold, s.start, at))), None)
        if said is None:
            return False
        who = said.group("who") or ""
        # "le site emploie", "the mill employs": a plant's noun says the plant
        return who not in ("elle", "it") and not (
            naming.common_noun(who) or naming._GENERIC_WORD.fullmatch(who)
        )

    def _capacity_in_parts(self) -> None:
        """ "The plant capacity will be 1.2 million tons … In particular, the plant will
        produce 480,000 tons of M400 Portland cement and 720,000 tons of M500 cement": the
        capacities one later sentence says that add up to one said before are its parts
        (grades, lines, products), no capacity of their own."""
        capacities: dict[str, list[Any]] = {}
        for p in self.proposals:
            value = p.plain_value()
            if p.field == "capacity" and isinstance(value, dict) and value.get("value"):
                capacities.setdefault(p.group, []).append(p)
        parts: list[Any] = []
        for said in capacities.values():
            for s in self.sentences:
                here = [p for p in said if s.start <= p.start < s.end]
                if len(here) < 2 or _PHASES.search(self.fold, s.start, s.end):
                    continue  # ("in the first phase …, then … in the second": its growth)
                total = sum(p.plain_value()["value"] for p in here)
                units = {str(p.plain_value().get("unit") or "").removesuffix("/yr") for p in here}
                if any(
                    p.start < s.start
                    and abs(p.plain_value()["value"] - total) <= 0.005 * total
                    and str(p.plain_value().get("unit") or "").removesuffix("/yr") in units
                    for p in said
                ):
                    parts += here
        if parts:
            self.proposals = [p for p in self.proposals if p not in parts]

    def _capacity_of_a_part(self) -> None:
        """ "It will include a 50 MW power station", "equipped with a 100 MW power generation
        unit": a capacity said right before a component's noun, or within its words, is the
        component's, no capacity of the project's."""
        parts = [p for p in self.proposals if p.field == "components"]
        if not parts:
            return
        self.proposals = [
            p
            for p in self.proposals
            if not (
                p.field == "capacity"
                and any(
                    c.group == p.group and (c.start <= p.start < c.end or 0 <= c.start - p.end <= 1)
                    for c in parts
                )
            )
        ]

    def _restated_sum(self, entity: Entity, field_name: str, value: Any) -> bool:
        """ "un investissement de 85 MD … un investissement de l'ordre de 86 millions de
        dinars": a sum said again roughly, in other words (its currency by another name
        too), is the one said first; so is a count of jobs of the same kind ("1,400 new
        jobs", then "an estimated 1,400 jobs")."""
        if (
            field_name not in ("investment", "jobs")
            or getattr(value, "qualifier", None) != "approx"
        ):
            return False
        said = getattr(value, "value", None)
        if not said:
            return False
        for p in self.proposals:
            if p.group != entity.ref or p.field != field_name:
                continue
            first = p.plain_value()
            if (
                isinstance(first, dict)
                and first.get("value")
                and abs(first["value"] - said) <= 0.05 * first["value"]
                # (of the same kind, or one of them said of no kind: "up to 10,000
                # workers", then "an estimated 10,000 locals directly")
                and (
                    "total" in (first.get("job_type"), getattr(value, "job_type", None))
                    or first.get("job_type") == getattr(value, "job_type", None)
                )
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
