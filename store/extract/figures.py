"""Figures the press states: capacities with their units, jobs, amounts of money; each as
``store.quantities`` types it (a Quantity, a JobCount, a Money), never a made-up point
value ("des milliers d'emplois" is at least 1 000, an order of magnitude)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import msgspec

from ..models import JobCount, JobType, Money, Qualifier, Quantity
from . import rx
from .places import countries_in, nationality_word

_WORD_NUMBERS = {
    "un": 1,
    "une": 1,
    "one": 1,
    "deux": 2,
    "two": 2,
    "trois": 3,
    "three": 3,
    "quatre": 4,
    "four": 4,
    "cinq": 5,
    "five": 5,
    "six": 6,
    "dix": 10,
    "ten": 10,
}
# Numbers written in words ("cinq cents", "deux cent cinquante", "three hundred and fifty"):
# each word's value, a hundred and a thousand multiplying what is said before them.
_SPELLED = {
    **{
        w: n
        for n, ws in enumerate(
            [
                (),
                ("un", "une", "one"),
                ("deux", "two"),
                ("trois", "three"),
                ("quatre", "four"),
                ("cinq", "five"),
                ("six",),
                ("sept", "seven"),
                ("huit", "eight"),
                ("neuf", "nine"),
                ("dix", "ten"),
                ("onze", "eleven"),
                ("douze", "twelve"),
            ]
        )
        for w in ws
    },
    "quinze": 15,
    "fifteen": 15,
    "vingt": 20,
    "vingts": 20,
    "twenty": 20,
    "trente": 30,
    "thirty": 30,
    "quarante": 40,
    "forty": 40,
    "cinquante": 50,
    "fifty": 50,
    "soixante": 60,
    "sixty": 60,
    # Switzerland's and Belgium's tens ("près de septante emplois")
    "septante": 70,
    "huitante": 80,
    "octante": 80,
    "nonante": 90,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALE_WORDS = {"cent": 100, "cents": 100, "hundred": 100, "mille": 1000, "thousand": 1000}
_WORD = "|".join(sorted(_SPELLED, key=len, reverse=True))
_TENS = r"vingts?|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_JOIN = r"(?:[\s-]+(?:(?:et|and)[\s-]+)?)"
# A number in words of two words at least: a unit before a hundred or a thousand, or a tens
# word ("cinquante"); a unit alone stays a word of the list below.
_SPELLED_NUM = (
    rf"(?:(?:{_WORD}){_JOIN})+(?:cents?|hundred|mille|thousand)\b(?:{_JOIN}(?:{_WORD}|cents?|hundred)\b)*"
    rf"|(?:{_TENS})\b(?:{_JOIN}(?:{_WORD})\b)*"
    # "cent cinquante-cinq (mille)": a hundred before the words it multiplies
    rf"|(?:cent|hundred)(?:{_JOIN}(?:{_WORD})\b)+"
    # "jusqu'à cent mille emplois", "a hundred thousand jobs": a hundred before its scale
    r"|(?<=\ba )hundred(?=\s+(?:thousand|millions?|billions?)\b)"
    r"|\bcent(?=\s+(?:mille|millions?|milliards?)\b)"
)
# "douze millions d'euros", "eleven billion": a unit word said alone is a number only before
# its scale ("neuf" is also "new", "sept" a month's short name)
_UNIT_BEFORE_SCALE = (
    r"(?:sept|huit|neuf|onze|douze|quinze|seven|eight|nine|eleven|twelve|fifteen)"
    r"(?=\s+(?:milliards?|millions?|billions?|mille|thousand)\b)"
)
_NUM = rf"(?<![\w.,])(?<!\d')(?:\d{{1,3}}(?:[ \u00a0\u202f.,']\d{{3}})+(?:,\d+)?|\d+(?:[.,]\d+)?|{_SPELLED_NUM}|(?:un|une|one|deux|two|trois|three|quatre|four|cinq|five|six|dix|ten)\b|{_UNIT_BEFORE_SCALE})(?:\s*\(\d+\))?"
# A number right after a currency's symbol ("Sh2.5 billion", "N5bn"): no boundary before it.
_NUM_AFTER_SYMBOL = _NUM.removeprefix(r"(?<![\w.,])")
_SCALE = r"(?:milliards?|millions?|mille|billions?|trillions?|thousands?|bn|bln|mds?|mrds?|mn|mln|lakh|crore|m)\b"
_SCALES = {
    "milliard": 1e9,
    "milliards": 1e9,
    "md": 1e9,
    "mds": 1e9,
    "mrd": 1e9,
    "mrds": 1e9,
    "trillion": 1e12,
    "trillions": 1e12,
    "thousands": 1e3,
    "mln": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "million": 1e6,
    "millions": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "mille": 1e3,
    "thousand": 1e3,
    "lakh": 1e5,
    "crore": 1e7,
}
# "almost 500 people", "presque 300 emplois", "roughly 2,000 jobs": said short of or
# near the count, about so many
# ("just under N$3.3 billion", "un peu moins de": near the figure, from below)
_APPROX = r"(?:an estimated|pres de|environ|quelque|autour de|about|around|nearly|almost|roughly|close to|presque|approximativement|a peu pres|some|approximately|de l'ordre de|estimee? a|estimated at|estime a|just under|just below|slightly (?:under|below|less than)|un peu moins de)"
_AT_LEAST = r"(?:plus de|(?<=\bde )plus(?= \d)|pas moins de|pas moins d'|no less than|not less than|no fewer than|au moins|over|more than|at least|depasse|depassant|superieure? a|exceeds?|exceeding|in excess of|upwards of)"

# What follows a length that is a distance: "260 kilometers north of X", "à 60 km de X"
_DISTANCE_AFTER = re.compile(
    r"\s*(?:(?:to the )?(?i:north|south|east|west)\w*|from|away|outside|au (?:nord|sud)"
    r"|à l'(?:est|ouest)|(?:de |d'|d’|du )(?:la |l'|l’)?[A-ZÀ-Ý])"
)

_UNITS = (
    # "4,500 metric tonnes", "2 500 tonnes métriques", "1,200 tpd": the metric tonne is the tonne
    (r"(?:de |d')?(?:metric )?(?:tonnes?|t\b|tones|tons?)(?: metriques?)?", "t"),
    (r"m?tpd\b", "t/day"),  # "1,500 mtpd": metric tonnes a day
    (r"tpa\b|tpy\b", "t/yr"),
    (r"mt\b", "Mt"),
    (r"(?:d')?unites\b|units\b", "units"),
    # vehicles are counted as the analyst counts things made: in units
    (r"(?:de )?(?:vehicules|voitures)|vehicles|cars\b", "units"),
    # "12 million square metres of tiles": an area before a length
    (r"(?:de )?metres? carres|square met(?:re|er)s|m2\b|m²|sq\.? ?m\.?(?!\w)", "m2"),
    # ("90 mètres cubes de béton": cubic metres before metres)
    (r"(?:de )?(?:metres? cubes?|cubic met(?:re|er)s?)|m3\b|m³", "m3"),
    # "90.000 kilomètres de câbles par mois": a length made in a while (a distance, "à 60
    # km de Dakar", is none: kept only with its while)
    (r"(?:de )?kilometres|kilometres|kilometers|km\b", "km"),
    (r"(?:de )?metres(?: de fil)?|metres|meters", "m"),
    (r"(?:d')?hectolitres?|hectoliters?|hl\b", "hl"),  # beer is brewed by the hectolitre
    # ("48,000L": the letter glued to its figure is the litre, whatever follows)
    (r"(?:de )?litres|litres|liters|l\b(?= ?/| (?:par|per|a)\b)|(?<=\d)l\b", "l"),
    (r"(?:de )?sacs|bags", "bags"),
    (r"(?:de )?paires|pairs", "pairs"),
    (r"(?:de )?bouteilles|bottles", "bottles"),
    (r"(?:de )?pieces|pieces", "pieces"),
    (r"(?:[\w.-]+ )?(?:assault )?rifles|fusils", "rifles"),
    (r"(?:de )?kilowatt-?heures?|kilowatt[- ]?hours?|kwh\b", "kWh"),
    (r"(?:de )?megawatt-?heures?|megawatt[- ]?hours?|mwh\b", "MWh"),
    (r"(?:de )?gigawatt-?heures?|gigawatt[- ]?hours?|gwh\b", "GWh"),
    (r"(?:de )?terawatt-?heures?|terawatt[- ]?hours?|twh\b", "TWh"),
    (r"(?:de )?megawatts?(?:[- ]?(?:electriques|electric))?|mwe?\b", "MW"),
    (r"(?:de )?gigawatts?|gwe?\b", "GW"),
    (r"(?:de )?kilowatts?|kw\b", "kW"),
    (r"(?:de )?megavolt-?amperes?|mva\b", "MVA"),
    (r"(?:de )?barils|barrels|bbl\b|bpd\b|b/j\b", "bbl"),
    # ("the 0.7Mta plant": million tonnes a year, as the cement trade writes it)
    (r"mtpa\b|mta\b", "Mtpa"),
    # ("a nameplate capacity of 300 ktpa": thousand tonnes a year)
    (r"ktpa\b|ktpy\b|kta\b", "ktpa"),
    (
        r"(?:de )?(?:batteries|moteurs|engines|tracteurs|tractors|bus|camions|trucks|wagons|locomotives)\b",
        "units",
    ),
)
# ("1.8Mt/y", "500,000 t/a": a year's by its letter; "500 t/d": a day's)
_PER = r"\s*(?:-(?:a|per)-(?:year|annum|day)|/\s*an|/\s*[yad]\b|par an|a l'annee|/\s*yr|/\s*year|per year|per annum|p\.\s?a\.|a year|annually|annuellement|par jour|/\s*jour|per day|a day|/\s*day|par mois|/\s*mois|per month|a month|every month|each month|chaque mois|monthly|mensuellement|par heure|per hour|an hour|/\s*h(?:our|eure)?\b)"
# So much a year in the words of a period said after a figure: "p.a." is per annum.
# "90 mètres cubes de béton par heure", "120 cubic metres of concrete per hour"
_HOURLY_AFTER = re.compile(r"(?: (?:de|d'|of) ?[\w' -]{1,25}?)?,? (?:par heure|per hour|an hour)\b")
_YEARLY_PER = r"an\b|annee|yr|year|annual|annuel|p\.\s?a\.|/\s*[ya]\b"
# "280,000 cases of soft drinks every month": the month said after what is made.
_MONTHLY_AFTER = re.compile(
    r"(?:\s+(?:of|de|d')\s*[\w' ,-]{1,50}?)?\s*(?:(?:every|each|a|per|par|chaque) (?:month|mois)"
    r"|monthly|mensuellement)\b"
)
_CAPACITY = re.compile(
    rf"(?:(?P<q>{_APPROX}|{_AT_LEAST})\s+)?(?P<n>{_NUM})(?:\s*|-(?={_SCALE}-))(?P<s>{_SCALE})?(?P<h>-|\s*)(?:de |d')?(?P<u>"
    + "|".join(f"(?:{u})" for u, _ in _UNITS)
    + rf")(?P<w>[\w' ]{{0,20}}?)(?P<per>{_PER})?"
)
# "postes" are jobs, but not "postes à souder" (a line's work stations); "450 nouveaux
# postes à la clé", "120 postes à créer" are; "240 more permanent positions" (a position only
# said with its term), "800 temporary jobs" and "2,600 local jobs"
_JOB_NOUNS = r"(?:(?:opportunites|possibilites|offres) d'emplois?|(?:employment|job|work) opportunities|(?<=direct )opportunities|postes? d'emplois?|postes? (?:de )?(?:nouveaux |nouvelles )?emplois|postes? de travail|emplois?|jobs?|job opportunities|employes|employees|salaries|travailleurs|workers|personnes|collaborateurs|postes\b(?! d| a (?!la cle|creer)| aux?\b)|personnels|agents|ouvriers|(?<=permanent |temporary |full-time )positions|staff\b(?! members? of\b))"
# What the work pays: "1,500 high-paying jobs"
_PAY = r"(?:high-paying|high-paid|highly paid|well-paid|well-paying|decent|high-quality|quality)"
# How skilled the work is: "700 semi-skilled jobs"
_SKILL = r"(?:skilled|semi-skilled|unskilled|non-skilled|low-skilled|highly skilled|qualified)"
_JOBS = re.compile(
    rf"(?:(?P<q>{_APPROX}|{_AT_LEAST})\s+)?(?P<n>{_NUM})\s*(?P<s>mille|thousand|lakh)?\s*(?:(?:nouveaux|nouvelles|new|autres|other|more|additional|extra)\s+)?(?:{_PAY}\s+)?(?:(?:permanent|full-time|temporary|local|construction)\s+)?(?:(?P<t1>direct|indirect|direct and indirect)\s+)?(?:(?:permanent|full-time|temporary)\s+)?(?:\b{_SKILL}\s+)?{_JOB_NOUNS}(?:\s+(?:permanents|stables)(?=\s+(?:directs?|indirects?)\b))?(?P<t2>\s+(?:directly (?:and|or) indirectly|directement (?:et|ou) indirectement|(?:in)?directly|(?:in)?directement|directs?(?:,? (?:et )?indirects?)?(?:,? et induits)?(?![a-z])|indirects?(?![a-z])|direct and indirect|direct(?![a-z])|indirect(?![a-z]))(?: permanents)?)?"
)
# The people a job said in the singular goes to: "un emploi à environ 400 personnes", "un
# emploi pour 300 jeunes", "a job to 400 people"
_JOB_FOR_PEOPLE = re.compile(rf" (?:a|pour|to|for) (?:(?:{_APPROX}|{_AT_LEAST}) )?\d")
_VAGUE_JOBS = re.compile(
    r"(?:des |de )?(?P<w>milliers|centaines|dizaines de milliers|thousands|hundreds|tens of thousands)\s+(?:d'|de |of )(?:(?:(?:nouveaux|new)\s+)?(?:(?:opportunites|possibilites|offres|postes) d'emplois?|emplois|jobs|(?:employment |job )?opportunities|workers|employees|travailleurs|personnes|people)(?P<t>\s+(?:directs?|indirects?))?|autres(?P<t2> (?:directs|indirects)))"
    # "to about 200 people directly, and several hundreds more indirectly": the people of
    # another kind, counted by their order after a count of one kind
    r"|(?<=\band )(?:several |a few )?(?P<w2>hundreds|thousands) more(?P<t3> (?:directly|indirectly))"
)
# "un millier d'emplois", "près d'une centaine d'ouvriers", "a thousand or so jobs": a round
# count said by its collective noun, about so many
_ROUND_JOBS = re.compile(
    # ("La centaine d'employés devrait assembler …": the staff, its count by its article)
    rf"(?:{_APPROX}\s+|pres d')?(?P<w>(?:un|le) millier|(?:une|la) (?:centaine|cinquantaine|vingtaine))"
    rf" (?:d'|de ){_JOB_NOUNS}(?P<t>\s+(?:directs?|indirects?))?(?: environ)?"
)
# "une cinquantaine d'employés chinois et plus de 6 000 employés malgaches": the round
# count is one part of the staff, another count follows
_ONE_PART = re.compile(rf" (?!environ\b)[a-z]+,? (?:et|and) (?:{_APPROX} |{_AT_LEAST} )?\d")
_ROUND = {"un millier": 1000, "une centaine": 100, "une cinquantaine": 50, "une vingtaine": 20}
_ROUND |= {"le millier": 1000, "la centaine": 100, "la cinquantaine": 50, "la vingtaine": 20}
# People a project employs, said by the verb: "employ 3,000 Ethiopians", "recruter 500
# personnes", "over 600 Zambians will be employed".
_PEOPLE = r"(?:(?:(?:direct|indirect|local|skilled|unskilled|semi-skilled|non-skilled|new|more|permanent|full-time|temporary|and|or|[a-z]+(?:i|an|ese|ish|ian)) )*(?:people|persons|individuals|locals|workers|staff|employees|youths?|nationals|citizens|residents|fishermen|fishers|farmers|miners|engineers|technicians|labou?rers|women)|personnes|travailleurs|travailleuses|salaries|salariees|jeunes|permanents|agents|employes|ouvriers|ouvrieres|pecheurs|agriculteurs|mineurs|ingenieurs|techniciens|femmes|[a-z]+(?:ians|ans|ese|is|ais|aises|iens|iennes|ois|oises|ins|ines)|ni-vanuatu)\b"
_EMPLOY = re.compile(
    rf"\b(?:(?:has|have|had)\s+(?:(?:already|initially|so far|now|since)\s+)?employed|aim\w* (?:for|at)|employ|employs|employing|hire|hiring|recruit|recruiting|emploiera|emploieront|employer|emploie|emploient|recruter|recrutera|embaucher|embauchera)\s+(?:(?:a terme|eventually|ultimately|deja|already|actuellement|currently)\s+)?(?:(?:up to|jusqu'a|another|an additional|a further)\s+)?(?P<lo>(?:between |entre |de |from )?{_NUM}\s*(?:to|and|a|et|-)\s*)?(?:(?P<q>{_APPROX}|{_AT_LEAST})\s+)?(?P<n>{_NUM})\s*(?P<s>mille|thousand|lakh)?\s+{_PEOPLE}"
    # "will employ 50 fishermen directly": the kind said after the people
    r"(?:\s+(?P<t7>directly|indirectly|directement|indirectement)\b)?"
    # "provide employment to 500 people", "des emplois à 300 jeunes"
    # "direct employment for 350 individuals": the kind said before the noun
    rf"|\b(?:(?P<t5>direct|indirect) )?(?:employment|jobs|work|emplois?|travail)(?: opportunit(?:y|ies))? (?:to|for|a|pour|with the participation of|avec la participation de) (?:(?P<q3>{_APPROX}|{_AT_LEAST})\s+)?(?P<n3>{_NUM})\s*(?P<s3>mille|thousand|lakh)?\s+{_PEOPLE}"
    # "… to 300 local people directly and to 1,000 people indirectly": each count, its kind
    rf"(?:\s+(?P<t3>directly|indirectly|directement|indirectement))?"
    # ("350 personnes directement et 1.000 indirectement", "devrait en créer 1.000
    # indirectement": the second count, its people said with the first)
    rf"|(?:(?<=\band to )|(?<=\bet a )|(?<=\band )|(?<=\bet )|(?<=\bcreer )|(?<=\bgenerer ))(?P<n4>{_NUM})\s*(?P<s4>mille|thousand|lakh)?\s+(?:(?:(?:other|autres) )?{_PEOPLE}\s+)?(?P<t4>directly|indirectly|directement|indirectement"
    # ("400 personnes en permanence et 1 000 pendant la construction": the works' count)
    r"|pendant (?:la construction|les travaux|le chantier)|during (?:the )?construction)"
    rf"|(?:(?P<q2>{_APPROX}|{_AT_LEAST})\s+)?(?P<n2>{_NUM})\s*(?P<s2>mille|thousand|lakh)?\s+{_PEOPLE}\s+(?:will be |would be |are to be |to be |are |were |have been |seront |sont |ont ete |seraient )?(?:employed|hired|recruited|employes|embauches|recrutes)\b"
    # "5,000 people will benefit from the project through employment", "300 youths will find
    # work": the people the project gives work to
    rf"|(?:(?P<q5>{_APPROX}|{_AT_LEAST})\s+)?(?P<n5>{_NUM})\s*(?P<s5>mille|thousand|lakh)?\s+{_PEOPLE}(?:,[^,.;]{{1,70}},)?\s+(?:will|would|are to|should)"
    r" (?:directly |indirectly )?(?:find|get|gain|benefit from)\b[^.;]{0,40}?\b(?:employment|jobs?|work)\b"
    # "the number of jobs is expected to increase to 400", "le nombre d'emplois passera à
    # 400": the count the staff is to reach
    r"|\b(?:the number of (?:jobs|employees|workers|staff)|(?:its |the )?(?:workforce|headcount)"
    r"|le nombre (?:d'emplois|d'employes|de salaries|de travailleurs)|(?:l'|son )?effectif)"
    r"(?: (?:is|will|should|would|could|est|devrait|doit|va)(?: (?:expected|set|due|likely|planned) to| be expected to)?)?"
    r" (?:increase|rise|grow|reach|climb|augmenter|passer|atteindre|monter|passera|atteindra|augmentera)"
    rf"(?: (?:to|a))? (?:(?P<q6>{_APPROX}|{_AT_LEAST})\s+)?(?P<n6>{_NUM})\b(?!\s*(?:%|percent|pour))"
)
# A workforce said by its size: "a 2,000-head workforce", "a 500-strong team", "a
# workforce of 1,200", "un effectif de 300", "increase the number of employees to 3,000",
# "porter ses effectifs à 800": so many jobs, the noun saying they are people at work.
_STAFF_NOUN = (
    # ("runs on a staff complement of 53 people": the staff's size)
    r"(?:work ?force|labou?r force|staff(?: complement)?|headcount|payroll|effectifs?"
    r"|main[- ]d'(?:oeuvre|œuvre)|personnel)"
)
_WORKFORCE = re.compile(
    rf"\b(?:a|an|une?) (?:(?P<q>{_APPROX}|{_AT_LEAST}) )?(?P<n>{_NUM})(?:\s*(?P<s>thousand|mille))?"
    r"[- ](?:strong|head|member|person|people|man|worker)s? (?:[a-z]+ )?"
    r"(?:work ?force|labou?r force|staff|payroll)\b"
    rf"|\b{_STAFF_NOUN} (?:of|de|d')\s*(?:(?P<q2>{_APPROX}|{_AT_LEAST}) )?(?P<n2>{_NUM})"
    r"(?:\s*(?P<s2>thousand|mille))?(?!\s*(?:%|percent|pour|per|par|years|ans|mois|months|[,.]?\d))"
    r"|\b(?:increas\w*|rais\w*|bring\w*|brought|expand\w*|grow\w*|grew|boost\w*|tak\w+|took"
    r"|port\w*|augment\w*|fai\w+ passer|fera passer) (?:the (?:total )?number of"
    r" (?:its |their )?(?:employees|workers|staff|jobs|people employed)"
    rf"|(?:its|the|their) (?:total )?{_STAFF_NOUN}"
    r"|(?:le|son|leur) (?:nombre (?:total )?d'(?:employes|emplois|salaries|travailleurs|ouvriers)"
    rf"|effectif)|(?:ses|leurs|les) effectifs) (?:to|a) (?:(?P<q3>{_APPROX}|{_AT_LEAST}) )?"
    rf"(?P<n3>{_NUM})(?:\s*(?P<s3>thousand|mille))?(?![\w%])"
    # "a workforce expected to reach 1,000", "un effectif qui devrait atteindre 800"
    rf"|\b{_STAFF_NOUN} (?:(?:is |are )?(?:expected|set|due|projected|forecast) to (?:reach|total"
    r"|grow to|rise to|climb to)|(?:qui )?(?:devrait|devraient|doit|va|pourrait) (?:atteindre"
    rf"|passer a|s'elever a)) (?:(?P<q4>{_APPROX}|{_AT_LEAST}) )?(?P<n4>{_NUM})"
    r"(?:\s*(?P<s4>thousand|mille))?(?![\w%])"
)


# "to an estimated 300 locals directly and 900 others indirectly": the first count's
# qualifier is the pair's
_PAIR_FIRST = re.compile(
    rf"(?P<q>{_APPROX}|an estimated|{_AT_LEAST})\s+{_NUM}\s*(?:mille|thousand|lakh)?\s+[\w' -]{{1,30}}?"
    r"\s+(?:directly|indirectly|directement|indirectement)\s+(?:and|et a|et)\s+$"
)


# "an estimated 60,000 direct and 200,000 indirect jobs", "500 directs et 1 500 emplois
# indirects": the first count of a pair leaves its noun to the second, its kind its own
_PAIR_WITHOUT_NOUN = re.compile(
    rf"(?:(?P<q>{_APPROX}|{_AT_LEAST})\s+)?(?P<n>{_NUM})\s*(?P<s>mille|thousand|lakh)?"
    r"\s+(?P<t>directs?|indirects?)\s*,?\s+(?:and|et)\s+$"
)


# "More than 800 skilled and 700 semi-skilled jobs": a first count, its noun said after
# the second, and what is said before the first ("more than") said of both
_SKILLED_PAIR = re.compile(
    rf"(?:(?P<q>{_APPROX}|{_AT_LEAST})\s+)?(?P<n>{_NUM})\s*(?P<s>mille|thousand|lakh)?"
    rf"\s+(?P<k>{_SKILL})\s*,?\s+(?:and|et)\s+$"
)


# "800 emplois directs et 1.500 indirects", "5,000 direct jobs and 15,000 indirect": the
# second count of a pair after the first, its noun left out
_PAIR_AFTER_NOUN = re.compile(
    rf"\s*,?\s+(?:and|et)\s+(?:(?P<q>{_APPROX}|{_AT_LEAST})\s+)?(?P<n>{_NUM})\s*"
    r"(?P<s>mille|thousand|lakh)?\s+(?P<t>directs?|indirects?)\b(?!\s+(?:\w+\s+)?(?:jobs?|emplois?))"
)


def _counted_after(
    text: str, start: int, said: re.Match[str], job_type: JobType, confidence: float
) -> tuple[int, int, Figure]:
    """The jobs ``said`` counts just after another count, its noun left out (its groups
    ``n``, ``s``, ``q``): where it is said, and the figure."""
    a, b = start + said.start("q" if said.group("q") else "n"), start + said.end()
    number = _number(said.group("n"), said.group("s")) * _SCALES.get(said.group("s") or "", 1.0)
    qualifier, _ = _qualifier(said.group("q"), "")
    point, floor = _point_or_floor(number, qualifier)
    return a, b, _job_figure(text, a, b, (point, floor, None), qualifier, job_type, confidence)


# "110 emplois permanents, 300 saisonniers et …", "200 permanent jobs, 50 seasonal and …": a
# count of another kind of job listed after the first, its noun left out
_KIND_LISTED_AFTER = re.compile(
    r"(?:\s+(?:permanents?|temporaires|saisonniers|stables|permanent|temporary|seasonal))?"
    rf"\s*(?:,|,?\s+(?:and|et))\s+(?:(?P<q>{_APPROX}|{_AT_LEAST})\s+)?(?P<n>{_NUM})\s*"
    r"(?P<s>mille|thousand|lakh)?\s+(?P<t>saisonniers|temporaires|seasonal|temporary)\b"
    r"(?!\s+(?:\w+\s+)?(?:jobs?|emplois?|workers|travailleurs))"
)


# "plus de 1 000 emplois, dont 500 permanents", "1,000 jobs, of which 500 are permanent":
# a part of the jobs just counted, its noun left out, said by its kind
_PART_OF_THEM = re.compile(
    rf"\s*,?\s+(?:dont|of which|including)\s+(?:(?P<q>{_APPROX}|{_AT_LEAST})\s+)?(?P<n>{_NUM})\s*"
    r"(?P<s>mille|thousand|lakh)?\s+(?:(?:are|will be|sont|seront)\s+)?"
    r"(?P<t>permanents?|directs?|indirects?|temporaires|saisonniers|permanent|direct|indirect"
    r"|temporary|seasonal)\b(?!\s+(?:\w+\s+)?(?:jobs?|emplois?))"
)


# "au moins 39 emplois pour les nationaux et quatre pour les étrangers", "300 jobs for locals
# and 20 for expatriates": a second count, for others, its noun left out
_PAIR_FOR_OTHERS = re.compile(
    rf"\s+(?:pour|for) (?:les |the )?[\w-]+\s*,?\s+(?:and|et)\s+"
    rf"(?:(?P<q>{_APPROX}|{_AT_LEAST})\s+)?(?P<n>{_NUM})\s*(?P<s>mille|thousand|lakh)?"
    r"\s+(?:pour|for) (?:les |the )?[\w-]+"
)


def _pair_qualifier(before: str) -> str | None:
    found = _PAIR_FIRST.search(before)
    return found.group("q") if found else None


# "200 autres emplois, liés à la sous-traitance", "jobs among subcontractors": the
# plant's indirect jobs
_SUBCONTRACTED = re.compile(
    r",? (?:lies|liees) (?:a|aux) (?:la )?(?:sous-traitance|sous-traitants)"
    r"|,? (?:in|through|among|with) (?:its |the )?(?:subcontract\w*|suppliers)"
)


_VAGUE_FLOOR = {
    "milliers": 1000,
    "thousands": 1000,
    "centaines": 100,
    "hundreds": 100,
    "dizaines de milliers": 10000,
    "tens of thousands": 10000,
}
# The currencies of the world's press by their names in both languages and their ISO codes
# (a code that is also a word, "cop", "ils", "gel", "ron", is left out), read before the
# bare names of the list below ("dollars canadiens" before "dollars"; "220 million NZ
# dollars", the country's initials before them).
_WORLD_CURRENCIES = (
    (r"dollars? canadiens?|canadian dollars?|cad\b", "CAD"),
    (r"dollars? australiens?|australian dollars?|aus? dollars?|aud\b", "AUD"),
    (r"dollars? (?:de )?hong kong|hong kong dollars?|hk dollars?|hkd\b", "HKD"),
    (r"dollars? (?:de )?singapour|singapore(?:an)? dollars?|sgd\b", "SGD"),
    (r"dollars? neo-zelandais|new zealand dollars?|nz dollars?|nzd\b", "NZD"),
    (r"dollars? namibiens?|namibian dollars?|nad\b", "NAD"),
    (r"dollars? liberiens?|liberian dollars?|lrd\b", "LRD"),
    (r"dollars? taiwanais|(?:new )?taiwan(?:ese)? dollars?|twd\b", "TWD"),
    (r"(?:reals?|reaux|reais) bresiliens|brazilian (?:reais|reals?)|reals\b|reaux\b", "BRL"),
    (r"pesos? mexicains?|mexican pesos?|mxn\b", "MXN"),
    (r"pesos? argentins?|argentine pesos?|ars\b", "ARS"),
    (r"pesos? chiliens?|chilean pesos?|clp\b", "CLP"),
    (r"pesos? colombiens?|colombian pesos?", "COP"),
    (r"pesos? philippins?|philippine pesos?|php\b", "PHP"),
    (r"francs? suisses?|swiss francs?|chf\b", "CHF"),
    (r"francs? guineens?|guinean francs?|gnf\b", "GNF"),
    (r"francs? congolais|congolese francs?|cdf\b", "CDF"),
    (r"francs? rwandais|rwandan francs?|rwf\b", "RWF"),
    (r"francs? burundais|burundian francs?|bif\b", "BIF"),
    (r"francs? djiboutiens?|djiboutian francs?|djf\b", "DJF"),
    (r"francs? comoriens?|comorian francs?|kmf\b", "KMF"),
    (r"xaf\b", "XAF"),
    # "500 millions de gourdes": Haiti's gourde; "200 millions de lei": Romania's leu
    (r"gourdes?\b|htg\b", "HTG"),
    (r"lei moldaves|moldovan lei|mdl\b", "MDL"),
    (r"lei\b|leis\b|lei roumains|romanian lei", "RON"),
    # "a VT 500 million mill", "500 million vatu": Vanuatu's vatu; "20 million kina": Papua
    # New Guinea's; "FJ$5 million": Fiji's dollar
    (r"vatu\b|vuv\b", "VUV"),
    (r"kina\b|pgk\b", "PGK"),
    (r"fijian dollars?|fiji dollars?|fjd\b", "FJD"),
    # the Caribbean's and the Pacific's other dollars, by their countries' names
    (r"dollars? jamaicains?|jamaican dollars?|jmd\b", "JMD"),
    (r"dollars? de trinite-et-tobago|trinidad and tobago dollars?|tt dollars?|ttd\b", "TTD"),
    (r"dollars? beliziens?|belize dollars?|bzd\b", "BZD"),
    (r"dollars? barbadiens?|barbados dollars?|bbd\b", "BBD"),
    # "9 Million E.C dollars", "EC$5 million": the Eastern Caribbean dollar of the islands
    # from Anguilla to Grenada
    (
        r"dollars? (?:des )?caraibes orientales|eastern caribbean dollars?"
        r"|e\.c\.? dollars?|ec dollars?|xcd\b",
        "XCD",
    ),
    (r"solomon islands dollars?|sbd\b", "SBD"),
    (r"samoan talas?|talas? samoans?|wst\b", "WST"),
    (r"pa'?angas?\b", "TOP"),
    # "almost ISK 80 billion": the Icelandic krona
    (r"isk\b|icelandic kr[oó]n(?:a|ur|as)|couronnes? islandaises?", "ISK"),
    # "60 milliards CFP", "francs CFP": the Pacific franc of New Caledonia and Polynesia
    (r"francs? cfp|f\.? ?cfp\b|cfp francs?|cfp\b|xpf\b", "XPF"),
    # "15 Million United States Dollars": the dollar said by its country's whole name
    (r"united states dollars?", "USD"),
    (r"manats? azerbaidjanais|azerbaijani manats?|azn\b", "AZN"),
    (r"manats? turkmenes?|turkmen manats?|tmt\b", "TMT"),
    (r"bahts?\b|thb\b", "THB"),
    (r"zlotys?\b|złotys?|pln\b", "PLN"),
    (r"forints?\b|huf\b", "HUF"),
    (r"couronnes? tcheques?|czech (?:crowns?|korun[ay]s?)|czk\b", "CZK"),
    (r"couronnes? suedoises?|swedish (?:crowns?|kronor|krona)|sek\b", "SEK"),
    (r"couronnes? norvegiennes?|norwegian (?:crowns?|kroner|krone)|nok\b", "NOK"),
    (r"couronnes? danoises?|danish (?:crowns?|kroner|krone)|dkk\b", "DKK"),
    (r"couronnes? islandaises?|icelandic (?:crowns?|kronur|krona)|isk\b", "ISK"),
    (r"lei roumains|romanian lei|ron\b", "RON"),
    # "17 million leva", "5 millions de levs bulgares", "BGN 40 million": the Bulgarian lev
    (
        r"leva\b|levs? bulgares?|bulgarian levs?|levs?\b(?= (?:in|for|to|dans|pour|a|au|en)\b)|bgn\b",
        "BGN",
    ),
    (r"hryvnias?\b|hryvnas?\b|uah\b", "UAH"),
    # ("50 million lari" bare; "GEL" folded is a word, left out as the list's head says,
    # but for "50 million GEL": after a figure or its scale, no word's)
    (
        r"laris? georgiens?|georgian laris?|laris?\b"
        r"|(?<=\d )gel\b|(?<=million )gel\b|(?<=billion )gel\b|(?<=millions )gel\b",
        "GEL",
    ),
    (r"rufiyaa\b|mvr\b", "MVR"),
    (r"soums?\b|uzbek sums?|uzs\b", "UZS"),
    (r"soms? kirghizes?|kyrgyz soms?|kgs\b", "KGS"),
    (r"somonis?\b|tjs\b", "TJS"),
    (r"tugriks?\b|togrogs?\b|mnt\b", "MNT"),
    (r"rupiahs?\b|roupies? indonesiennes?|indonesian rupiahs?|idr\b", "IDR"),
    (r"ringgits?\b|myr\b", "MYR"),
    (r"dongs?\b|vnd\b", "VND"),
    (r"kyats?\b|mmk\b", "MMK"),
    (r"riels?\b|khr\b", "KHR"),
    (r"kips?\b|lak\b", "LAK"),
    (r"shekels?\b|sheqels?\b", "ILS"),
    (r"dirhams? (?:emiratis|des emirats(?: arabes unis)?)|(?:uae|emirati) dirhams?|aed\b", "AED"),
    (r"rials? omanais|omani rials?|omr\b", "OMR"),
    (r"rials? iraniens?|iranian rials?|irr\b", "IRR"),
    (r"dinars? libyens?|libyan dinars?|lyd\b", "LYD"),
    (r"dinars? irakiens?|iraqi dinars?|iqd\b", "IQD"),
    (r"dinars? jordaniens?|jordanian dinars?|jod\b", "JOD"),
    (r"dinars? koweitiens?|kuwaiti dinars?|kwd\b", "KWD"),
    (r"dinars? bahreini(?:en)?s?|bahraini dinars?|bhd\b", "BHD"),
    (r"dinars? serbes?|serbian dinars?|rsd\b", "RSD"),
    # "70 million BAM", "20 millions de marks convertibles": Bosnia and Herzegovina's mark
    (r"(?:bosnian )?convertible marks?|marks? convertibles?|bam\b", "BAM"),
    (r"tunisian dinars?|tnd\b", "TND"),
    (r"livres? libanaises?|lebanese pounds?|lbp\b", "LBP"),
    (r"livres? syriennes?|syrian pounds?|syp\b", "SYP"),
    (r"livres? soudanaises?|sudanese pounds?|sdg\b", "SDG"),
    (r"roupies? mauriciennes?|mauritian rupees?|mur\b", "MUR"),
    (r"roupies? (?:sri-?lankaises?|srilankaises?)|lkr\b", "LKR"),
    (r"roupies? pakistanaises?|pkr\b", "PKR"),
    (r"roupies? nepalaises?|npr\b", "NPR"),
    (r"ouguiyas?\b|mru\b", "MRU"),
    (r"ariary\b|mga\b", "MGA"),
    (r"meticais\b|meticals?\b|mzn\b", "MZN"),
    (r"kwanzas?\b|aoa\b", "AOA"),
    (r"kwacha malawiens?|malawian kwacha|mwk\b", "MWK"),
    (r"pulas?\b|bwp\b", "BWP"),
    (r"leones?\b", "SLE"),
    (r"dalasis?\b|gmd\b", "GMD"),
    (r"quetzal(?:e)?s?\b|gtq\b", "GTQ"),
    (r"lempiras?\b|hnl\b", "HNL"),
    (r"ngultrums?\b|btn\b", "BTN"),
    # "3 milliards de réals brésiliens": the French plural of the real
    (r"reals(?: bresiliens)?\b|brazilian reals?\b", "BRL"),
    (r"shillings? tanzaniens?|tanzanian shillings?", "TZS"),
    (r"shillings? ougandais|ugandan shillings?", "UGX"),
    (r"shillings? kenyans?|kenyan shillings?", "KES"),
)
# Names said bare, read after all others: "un milliard de livres" is sterling unless the
# host counts in its own pound (reader/facts.py); "₼9mln", a manat; "69bn/-", a shilling;
# "1.2 billion pesos", the host's peso.
_BARE_CURRENCIES = (
    (r"livres?\b", "GBP"),
    # "1.2 billion pesos": the host's peso (reader/facts.py), Mexico's where the host is no
    # other peso's country
    (r"pesos?\b", "MXN"),
    (r"manats?\b", "AZN"),
    (r"/-", "KES"),
    # "100 millions de francs" in Yverdon: the host's franc (reader/facts.py), the Swiss one
    # where the host counts in no other
    (r"francs?\b", "CHF"),
)
_CURRENCY_WORDS = "|".join(p for p, _ in _WORLD_CURRENCIES)
_BARE_WORDS = "|".join(p for p, _ in _BARE_CURRENCIES)
# Symbols of one currency each ("¥" is the yen's and the yuan's, left out).
_SYMBOLS = {
    "₼": "AZN",
    "฿": "THB",
    "₺": "TRY",
    "₽": "RUB",
    "₩": "KRW",
    "₫": "VND",
    "₱": "PHP",
    "₴": "UAH",
    "₸": "KZT",
    "₾": "GEL",
    "c$": "CAD",
    "ca$": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "hk$": "HKD",
    "s$": "SGD",
    "nz$": "NZD",
    "r$": "BRL",
    # the dollars of Taiwan, the Caribbean and the Pacific, as their press writes them:
    # "NT$5 billion", "J$2 billion", "TT$50 million", "BZ$5 million", "Bds$5 million",
    # "SI$10 million", and the tala and the pa'anga ("WS$5 million", "T$3 million")
    "nt$": "TWD",
    "j$": "JMD",
    "tt$": "TTD",
    "bz$": "BZD",
    "bds$": "BBD",
    "si$": "SBD",
    "ws$": "WST",
    "t$": "TOP",
    "ec$": "XCD",
    # "N$3.3 billion": the Namibian dollar
    "n$": "NAD",
}
_CURRENCY = rf"(?:de |d')?(?:{_CURRENCY_WORDS}|(?:u\.?s\.?[ -])?dollars?(?: americains| us)?|euros?|dinars?(?: algeriens| tunisiens| dz)?|da\b|usd\b|eur\b|dzd\b|roubles?|rubles?|yuans?|renminbi|cny\b|rmb\b|dirhams?|dhs?\b|mad\b|livres? egyptiennes?|egyptian pounds?|egp\b|le\b(?= )|takas?\b|bdt\b|(?:(?:nepali|nepalese|sri lankan|pakistani|indian) )?(?:roupies?|rupees)|inr\b|lires? turques?|turkish lira|(?:new )?lira\b|try\b|riyals?(?: saoudiens| qataris| saudi| qatari)?|sar\b|qar\b|francs? cfa|f\.? ?cfa\b|xof\b|yens?\b|jpy\b|wons?\b|krw\b|tenges?\b|kzt\b|rands?\b|zar\b|nairas?\b|ngn\b|reais\b|brl\b|cedis?\b|birrs?\b|etb\b|kwachas?\b|shillings?\b|cfa francs?|livres? sterling|pounds? sterling|gbp\b|\$|€|£|{_BARE_WORDS})"
# Words that say a scale and a currency at once: "12,8 MMDH", "1,2 MM$", "12,65 Mds $";
# "85 MD", "12 MDT": millions of Tunisian dinars (Algeria's press writes "MDA"), unless a
# currency follows ("1,5 Md de dollars" is a milliard).
_SCALED_CURRENCY = (
    r"(?:mmdh|mmda|mdh|mda|mdt|mm\$|md\$|mds? ?\$|mds? ?€|mrds? ?\$"
    rf"|md(?![\w])(?!\s*{_CURRENCY}))(?![\w])"
)
_SCALED_CODES = {
    "mmdh": ("MAD", 1e9),
    "mmda": ("DZD", 1e9),
    "mdh": ("MAD", 1e6),
    "mda": ("DZD", 1e6),
    "mdt": ("TND", 1e6),
    "md": ("TND", 1e6),
    "mm$": ("USD", 1e9),
}
# (a page may write the space between a sum and its scale as another sign, "660°millions
# d'euros": the sum all the same)
_MONEY = re.compile(
    rf"(?:(?P<q>{_APPROX}|{_AT_LEAST})\s+)?(?:(?P<sym>[$€₹£₦₼฿₺₽₩₫₱₴₸₾]|(?<![\w])(?:us\$|(?:ca|c|au|a|hk|s|nz|r|nt|j|tt|bz|bds|si|ws|t|ec|n)\$ ?|rs\.? ?|gh[¢c]\s?|ghs ?|k?shs?\.? ?|[ut]shs?\.? ?|n(?=\d)|r(?=\d[\d.,]*\s*(?:million|billion|bn|mn|m)\b)|p(?=\d[\d.,]*\s*(?:million|billion|bn|mn|m)\b)|(?:sr|qr)\.? ?(?=\d)|tk\.? ?|vt ?(?=\d)|fj\$ ?|euro(?=\d)|rp\.? ?(?=\d)|bt\.? ?(?=\d)|rm ?(?=\d)|le(?=\d[\d.,]*\s*(?:million|billion|bn|mn|m)\b)|nu\.? ?(?=\d[\d.,]*\s*(?:million|billion|bn|mn|m)\b)|mk ?(?=\d[\d.,]*\s*(?:million|billion|bn|mn|m)\b)|br\.? ?(?=\d[\d.,]*\s*(?:million|billion|bn|mn|m)\b)|(?:usd|eur|mad|egp|inr|cny|rmb|try|sar|gbp|dzd|kes|ugx|tzs|ngn|etb|bdt|zmw|xof|xaf|thb|azn|cad|aud|hkd|sgd|brl|mxn|chf|pln|huf|czk|sek|nok|dkk|isk|uah|idr|myr|vnd|php|aed|kwd|qar|lkr|pkr|npr|mur|jpy|krw|kzt|rub|zar|ghs|tnd|ron|bgn|rsd|bam|gel|mvr|mdl|amd|kgs|uzs|tjs|mnt|khr|lak|mmk|omr|bhd|jod|iqd|lyd|sdg|mzn|aoa|bwp|nad|mwk|rwf|bif|gnf|cdf|htg|dop|ttd|jmd|clp|ars|uyu|pyg|gtq|crc|fjd|pgk|sbd|mga|scr|djf|irr|afn|twd|nzd|xpf|lbp|mru|ern|szl|lsl|gmd|sle|lrd|cve|kmf|bnd|tmt|byn|mkd|zwl|ssp) ?))\s*(?P<n1>{_NUM_AFTER_SYMBOL})(?:\s*(?:-|–|to|a)\s*(?P<n1b>{_NUM_AFTER_SYMBOL})(?=[\s-]*(?:{_SCALE}|billion|crore)))?[\s-]*(?P<s1>{_SCALE}|billion|crore)?|(?P<n3>{_NUM})\s*(?P<sc>{_SCALED_CURRENCY})|(?P<n2>{_NUM})(?:[\s-]*|°(?={_SCALE}))(?P<s2>{_SCALE})?[\s-]*(?P<c>{_CURRENCY})(?:\s*(?:us|americains))?)"
)
_CODES = (
    *_WORLD_CURRENCIES,
    (r"dollars?|usd|\$", "USD"),
    (r"euros?|eur|€", "EUR"),
    (r"dinars? tunisiens", "TND"),
    (r"dinars?|da|dzd", "DZD"),
    (r"roubles?|rubles?|rub", "RUB"),
    (r"yuans?|renminbi|cny|rmb", "CNY"),
    (r"dirhams?|dhs?|mad", "MAD"),
    (r"livres? egyptiennes?|egyptian pounds?|egp|le\b", "EGP"),
    (r"takas?|bdt", "BDT"),
    (r"(?:nepali|nepalese) rupees", "NPR"),
    (r"sri lankan rupees", "LKR"),
    (r"pakistani rupees", "PKR"),
    (r"roupies?|rupees|inr", "INR"),
    (r"lires? turques?|turkish lira|(?:new )?lira|try", "TRY"),
    (r"riyals? qatar\w*|qar", "QAR"),
    (r"riyals?|sar", "SAR"),
    (r"francs? cfa|f\.? ?cfa|xof", "XOF"),
    (r"yens?|jpy", "JPY"),
    (r"wons?|krw", "KRW"),
    (r"tenges?|kzt", "KZT"),
    (r"rands?|zar", "ZAR"),
    (r"nairas?|ngn", "NGN"),
    (r"reais|brl", "BRL"),
    (r"cedis?", "GHS"),
    (r"birrs?|etb", "ETB"),
    (r"kwachas?", "ZMW"),
    (r"shillings?", "KES"),  # the host's shilling: reader/facts.py
    (r"cfa francs?", "XOF"),
    (r"livres? sterling|pounds? sterling|gbp|£", "GBP"),
    *_BARE_CURRENCIES,
)


def prepare() -> None:
    """The units' and currencies' patterns compiled at the reader's first use, not in the
    first article that says a figure."""
    for pattern, _ in _UNITS:
        rx.compiled(pattern)
    for pattern, _ in _CODES:
        rx.compiled(pattern)
        rx.compiled(rf"(?:{pattern})(?!\w)")


_MONEY_CUES = re.compile(
    r"invest\w*|\bcout\w*|couter|valeur|montant|financ\w*|\bworth\b|\bcost\w*|valued|budget|enveloppe|mobilis\w*|\bdeal\b|\bproject\b|\bprojet\b|amount\w*|s'eleve\w*|evalue\w*|estime\w*|estimated|capital"
    # "Eramet va débourser environ 200 millions d'euros … pour construire une usine"
    r"|\bdebours\w*|\binjecter\b|\binjectera\w*|\binjecte(?:e?s?)\b|\binjected\b"
    # "10 millions de dollars ont été dépensés pour l'investissement", "has spent $10 million
    # on the plant": a sum spent on it
    r"|\bdepense(?:e?s?|r|ra|ront)?\b|\bspen(?:t|d|ds|ding)\b"
    # "a factory to the tune of US$200,000" (or "at the tune of", as a page writes it)
    r"|\b(?:to|at) the tune of\b"
    # "China is ready to allocate 1,2 million dollars for the construction of a shoe
    # factory", "a alloué 5 millions d'euros à l'usine": a sum set aside for it
    r"|\ballocat(?:e|es|ed|ing)\b|\bearmark(?:s|ed|ing)?\b|\ballou(?:e|ee|es|ees|er|era|eront)\b"
    # "the second phase will require an additional $35 million", "nécessitera 35 millions":
    # the sum it takes
    r"|\brequir(?:e|es|ed|ing)\b|\bnecessit(?:e|era|eront|ant|ait)\b"
)
# "with approximately 95 million USD, X Industrial Park will host manufacturers", "avec 50
# millions d'euros, l'usine produira …": the sum a project is done with, said before it
_WITH_A_SUM = re.compile(
    r"(?:^|[,.;:]\s*|\bthat |\bque |\bqu')(?:with|avec) (?:(?:an? |the |some |about |around"
    r"|approximately|roughly|nearly|over|more than|environ|pres de|quelque|plus de) ?){0,2}$"
)
_WILL_DO_AFTER = re.compile(
    r",\s[^.;,]{1,60}?\b(?:will|would|shall|va|vont|sera|seront|\w+(?:era|eront))\b"
)
# A sum said of a plant: "a $20 million plant", "une usine de 3 milliards de francs CFA".
_SUM_OF_A_PLANT = re.compile(
    # "a $40 million textile plant", "the 300-million-U.S.-dollar General Tire Technology
    # (Cambodia) factory": a sum said of the plant named after it
    # "a $2.5 billion (Dh9.17 billion) petrochemical joint venture": its conversion in brackets
    r"(?:\s*\([^()]{1,30}\))?"
    # ("a $300 million, 2 million tonne alumina refinery": its size after a comma)
    r"(?:, \d[\d.,]*(?: (?:million|billion|mn|m))?[\s-](?:tonnes?|tons?|mw|megawatts?|gw|mt|mtpa"
    r"|tpa|tpy)(?:[\s-](?:per|a)[\s-](?:year|annum|day))?)?"
    # ('the US$14 million “state-of-the-art” production facility': a word in quotes)
    r"[\s-]*(?:[\"“”«»]?[a-z-]+[\"“”«»]? |\([a-z-]+\) ){0,4}(?:plants?|factory|factories|facility|complex|mill|refinery|unit"
    # "a $2 billion nickel smelter", "a $50 million solar farm", "a $1 billion industrial park"
    r"|joint[ -]venture|smelters?|foundr(?:y|ies)|gigafactor(?:y|ies)|(?:power |solar )?stations?"
    r"|farms?|(?:industrial |manufacturing |logistics )(?:parks?|hubs?|zones?)|hubs?|terminals?|works"
    # "a 720 billion won ($768 million) dockyard", "a $300 million brewery"
    r"|shipyards?|dockyards?|breweries|brewery|tanneries|tannery|sawmills?"
    # "The $300 million mine will produce …"
    r"|mines?|projects?"
    # "The $30 million expansion will add 1,500 jobs": works on a plant, by their cost
    r"|expansion|extension|upgrade"
    # "a US$2 million ($400 million) operation at Coverden": a plant by its cost and place
    r"|operation(?= (?:at|in) )|(?:assembly|manufacturing) operations?)\b"
)


def sum_of_a_plant(fold: str, end: int) -> bool:
    """True if the sum ending at ``end`` is said of the plant or venture named right after
    it ("a $40 million textile plant", "a $2.5 billion (Dh9.17 billion) joint venture")."""
    return _SUM_OF_A_PLANT.match(fold, end) is not None


_PLANT_OF_A_SUM = re.compile(
    # ("une usine d'urée (carbamide) de 1,3 milliard": a gloss in brackets between)
    r"\b(?:usines?|complexes?|unites?|cimenteries?|raffineries?|centrales?)(?: (?:[a-z'’-]+"
    r"|\([a-z'’ -]+\))){0,4} (?:de|d'un cout de|d'une valeur de) $"
)
_AID = re.compile(
    r"\s*(?:in |of |de |d')?(?:funding|subsid\w*|grants?|state aid|subventions?|aides?"
    # "almost $5.2 million in incentives": what the locality grants, no sum invested
    r"|incentives?|tax (?:breaks?|credits?|incentives?)|incitations?|avantages fiscaux)\b"
)
# "a Job Development Investment Grant of $2 million", "une subvention d'investissement de 3
# millions": the aid said before its sum
# ("un appui financier totalisant 4 millions $ à X": the government's support to a company)
_AID_BEFORE = re.compile(
    r"\b(?:grants?|subsid(?:y|ies)|incentives?|subventions?|aides?|appuis?|soutiens?"
    r"|financial (?:support|assistance|aid))(?: (?:d'|de )?[\w-]+){0,2}"
    r" (?:of|worth|totall?ing|totalisant|de|d'un montant de) (?:(?:about|around|some|nearly"
    r"|almost|up to|environ|pres de|quelque|jusqu'a) )?$"
    # "De ce montant, 3 millions $ prennent la forme d'un prêt", "Of this amount, $3
    # million": a part of a sum said before
    r"|(?:^|[.;] ?)(?:de ce montant|sur ce montant|of (?:this|that|the) (?:amount|sum)),? $"
)
# "10 dollars américains par tonne", "$450 per ton", "0,95 euro le litre": a price, so much
# for each thing sold, never what is invested
_PRICE_AFTER = re.compile(
    # (a word before the unit, then a space: "worth $2 million at Brikama" is no "a t")
    r"\s*(?:(?:par|per|a|the|le|la|each|chaque)\s+|l'\s*|/\s*)(?:la\s+|le\s+|l')?"
    r"(?:tonnes?|tons?|t|kg|kilos?|kilogrammes?|kilograms?|barils?|barrels?|litres?|liters?|"
    r"units?|unites?|pieces?|actions?|shares?|mwh|kwh|sacs?|bags?|vehicules?|vehicles?)\b"
)
_NOT_INVESTMENT = re.compile(
    # ("in the Horana Export Processing Zone at a cost of": a zone's name, no trade flow;
    # "Trade Minister X said the $60 million plant …": a title's word, no trade flow either)
    r"export\w*(?!\w)(?! processing zone| free zone)|revenus?|recettes|chiffre d'affaires|revenues?|turnover|(?<!minister of )(?<!minister for )(?<!ministry of )(?<!secretary of )(?<!department of )\btrade\b(?! (?:minister|secretary|cabinet|ministry|department|commissioner|office|fair|zone)\b)|echanges|economiser|importation|ventes|\bsales\b|sold|salaires"
    # "reduce Uganda's steel imports, which cost the country KES 2 billion": what imports cost
    r"|\bimports\b,? (?:which|that) (?:cost|costs|amounted to|totall?ed)\b"
    # "an import bill of $1 billion", "une facture énergétique de 2 milliards": a country's bill
    r"|\b(?:imports? bill|facture (?:annuelle )?(?:d'importations?|energetique|alimentaire))"
    r" (?:of |de |d')?(?:about |around |some |nearly |environ |pres de |quelque )?$"
    # "produce textiles worth 45 million EUR", "fabriquer des pièces d'une valeur de 20
    # millions d'euros": the value of what a plant makes, no sum put into it
    # (not the plant's own words: "une usine de production d'une valeur de 300 millions")
    r"|\b(?<!usine de )(?<!unite de )(?<!site de )(?<!complexe de )(?<!centre de )"
    r"(?:produc\w*|manufactur\w*|make|makes|making|produire|produira|produisent|produit"
    r"|fabriqu\w*)\s+(?:[\w'-]+\s+){0,4}(?:worth|valued at|d'une valeur (?:totale )?de"
    r"|pour une valeur de)\b[^.;]{0,25}$"
)
_INVEST_VERB = re.compile(r"\b(?:invest|invests|investing|investira|investir|investit)\b")


# "1.06 billion baht ($36.16 million": the sum before the bracket this one converts
_BRACKET_OPEN_BEFORE = re.compile(r"\s*\(\s*(?:soit |environ |about |approximately |ou |or |~)?$")


def _converted_sum(sentence: str, at: int) -> int | None:
    """Where the sum said right before ``at`` starts, if the sum at ``at`` is its
    conversion in brackets ("1.06 billion baht ($36.16 million)")."""
    bracket = _BRACKET_OPEN_BEFORE.search(sentence, max(0, at - 20), at)
    if bracket is None:
        return None
    earlier = [m for m in _MONEY.finditer(sentence, max(0, at - 80), bracket.start())]
    if earlier and earlier[-1].end() >= bracket.start() - 1:
        return earlier[-1].start()
    return None


def _not_invested(before: str) -> bool:
    """A sum said after exports, sales or a bill is their value, not what is invested;
    unless the verb said nearest the sum invests it ("the first company to export ships,
    plans to invest $1.9 billion")."""
    said = [m.end() for m in _NOT_INVESTMENT.finditer(before)]
    return bool(said) and not _INVEST_VERB.search(before, said[-1])


# "valued at € 88.5 million on the Turkish Stock Exchange", "une capitalisation boursière
# de 2 milliards", "$3.5 million in imports", "2 milliards de dollars d'exportations": what a
# company is worth, or a trade flow, no sum put into a plant
_COMPANY_WORTH_BEFORE = re.compile(
    # "l'aide portée au Bénin par l'Inde est évaluée à plus de 95 millions de dollars": what a
    # country gave, no sum put into a plant
    r"\b(?:aide|aid|assistance|dons|grants?)\b[^.;]{0,60}?\b(?:evaluee?s?|estimee?s?"
    r"|elevee?s?|amount(?:ed|ing|s)? to|totall?(?:ed|ing)|valued at|estimated at|worth)"
    r"(?: a| at| to)?(?: (?:plus de|more than|about|environ|pres de|over|some))? $|"
    # "l'industrie mondiale du rubis, évaluée à 2 milliards de dollars", "a market valued at
    # $2 billion": a trade's or a market's size
    r"\b(?:industr(?:y|ies|ie)|markets?|marches?)(?: [\w'-]+){0,4},? (?:evaluee?s?|estimee?s?"
    r"|valued|estimated|worth)(?: (?:a|at))?(?: (?:about|around|some|environ|pres de))? $|"
    # "une fortune estimée de 800 millions d'euros", "a net worth of $2 billion": what a
    # person owns, no sum put into a plant
    r"\b(?:fortunes?|net worth|patrimoine)(?: personnelle?)?,? (?:estimee?s?|evaluee?s?"
    r"|estimated|valued|put|of|de|d'|a|at)(?: (?:a|at|de|to))?(?: (?:about|around|some|environ"
    r"|pres de|plus de|over|more than))? $|"
    r"\b(?:market (?:capitali[sz]ation|cap|value)|capitalisation(?: boursiere)?|valori\w+ en bourse"
    r"|valorisee?s? a|cotee?s? en bourse)(?: (?:of|de|d'|at|a))?(?: (?:about|around|some|environ|pres de))? $"
)
_COMPANY_WORTH_AFTER = re.compile(
    r",? (?:on|at) (?:the )?(?:[\w-]+ ){0,2}(?:stock (?:exchange|market)|bourse)\b"
    r"|,? (?:en|a la) bourse\b|,? in market (?:capitali[sz]ation|value)\b"
    r"|,? (?:in|of|worth of) (?:annual |yearly )?(?:imports|exports|sales|revenues?|turnover)\b"
    # "Of this amount, $2.87 billion was Uzbekistan's exports": a trade's share, said as such
    r"|,? (?:was|were|is|are|represented|accounted for|representaient|representait|etaient|etait)"
    r" (?:[a-z'’-]+ ){0,3}(?:imports|exports|importations|exportations)\b"
    r"|,? (?:d'|de |en )(?:importations|exportations|ventes|chiffre d'affaires)\b"
    # "the country's $1 billion annual fertiliser import bill", "a $3 billion food import
    # bill": what a country pays abroad each year
    r"|,? (?:(?:annual|yearly) )?(?:[a-z-]+ ){0,2}(?:import|export|food|fuel|energy|oil)s? bill\b"
    # "pledged $2 billion for mining projects in the country": many projects' money, said in
    # the plural, none the plant's
    # (not the article's own, counted or said as theirs: "in two projects", "dans ses projets")
    r"|,? (?:for|in|into|to) (?:(?!(?:the|its|their|two|three|four|these|both)\b)[a-z-]+ ){0,2}"
    r"(?:projects|sectors|industries)\b"
    r"|,? (?:pour|dans) (?:des |divers |plusieurs )?"
    r"(?:(?!(?:ses|leurs|ces|deux|trois|quatre)\b)[a-z-]+ ){0,2}(?:projets|secteurs)\b"
)
# "réduire les émissions de carbone d'environ 6000 tonnes par an", "cut CO2 emissions by
# 20,000 tonnes a year", "50,000 tonnes of CO2 a year": what a plant spares the air, or lets
# into it, is no output of its
_EMISSIONS_BEFORE = re.compile(
    r"\b(?:emissions?|co2|carbone?|dioxyde de carbone|carbon dioxide|greenhouse gas(?:es)?"
    r"|gaz a effet de serre)\b(?! (?:fiber|fibre|black|steel|acier|noir))[^.;,]{0,30}$"
)
_EMISSIONS_AFTER = re.compile(
    r"(?:\s*(?:per|par|a|an|each|chaque)\s*(?:year|an|annee|annum))?\s*(?:of|de|d')\s*"
    r"(?:emissions?|co2|carbone?|dioxyde de carbone|carbon dioxide|gaz a effet de serre|ges)\b"
    r"(?! (?:fiber|fibre|black|steel|acier|noir))"
)
# "avec un capital social de 6 milliards de FCFA", "has a registered capital of 131 million
# birr", "une société au capital de 10 millions d'euros": what a company's owners put in its
# shares, no sum spent on a plant
_SHARE_CAPITAL = re.compile(
    r"\b(?:capital social|capital-actions|au capital de|(?:share|registered|paid-up|paid up"
    r"|authori[sz]ed|social) capital)\b(?! agreements? to invest\b)[^.;,]{0,25}$"
    # "les investisseurs avec un capital à partir d'USD 100 000", "investors with a capital
    # of at least": a threshold the law sets for a kind of investor
    r"|\bcapital (?:minimum |minimal )?(?:a partir d'?|d'au moins|de plus de|of at least"
    r"|from|starting at)\s*$"
)
# A sentence about the company's clients: "Among its clients is X, for which it built a
# plant with a capacity of …", "Parmi ses clients figure X": what it says is the clients'.
_CLIENTS_SAID = re.compile(
    r"\b(?:among (?:its|their|the company's|the group's) (?:clients|customers)"
    r"|(?:its|their) (?:clients|customers) (?:include|are|such as)"
    r"|parmi (?:ses|leurs) clients|(?:ses|leurs) clients (?:comptent|incluent|sont|comme))\b"
)
# A country's foreign investment over a span of years, its statistics: "Foreign Direct
# Investment (FDI) from 2006 to 2023 accumulated $29.5 billion", "les IDE ont atteint 3
# milliards de dollars en 2023": no plant's sum.
_NATIONAL_INVESTMENT = re.compile(
    r"\b(?:fdi|foreign direct investments?|investissements? directs? etrangers?|ide)\b"
    r"(?: \(\w+\))?[^.;]{0,60}?\b(?:(?:from|between|de|entre) (?:19|20)\d\d|(?:in|en) (?:19|20)\d\d"
    r"|accumulated|cumul\w*|totall?ed|reached|amounted|atteint|ont atteint|se sont eleves?)\b"
)
# "Since 1996, $ 12,2 million of investments have been attracted", "depuis 2010, 30
# millions de dollars d'investissements ont été attirés": what a zone or a country drew over
# the years, no plant's sum
_ATTRACTED_SINCE = re.compile(r"\b(?:since|depuis) (?:19|20)\d\d\b[^.;]{0,40}$")
_ATTRACTED = re.compile(
    r"\s*(?:of |d')?(?:foreign )?(?:investments?|investissements?)(?: \w+)?"
    r" (?:have|has|had|ont|a|avaient) (?:been |ete )?(?:attracted|attire\w*|drawn|mobilise\w*)\b"
)
# "Japan is Cambodia's 11th largest investor with the total investments of 257 million
# dollars from 1994 to October 2011": a country's rank among investors and its tally, no
# plant's sum
_RANKED_INVESTOR = re.compile(
    r"\b(?:largest|biggest|leading|top|main|premier|plus grand|principal|rang des)"
    r" (?:foreign |pays )?(?:investors?|investisseurs?)\b"
    # ("… with the total investments of", "avec des investissements atteignant": its tally)
    r"[^.;]{0,60}?\b(?:total|cumulative|cumul\w*|atteignant|reaching|totall?ing|amounting)\b"
    r"[^.;]{0,30}$"
)
# "The $3bn … compares with a total of $4bn which the government says foreign companies
# have invested in the country": a sum said to compare, and what many others invested
_COMPARED_WITH = re.compile(
    r"\b(?:compares? with|compared (?:with|to)|against|par rapport a|a comparer (?:a|avec)"
    r"|en comparaison (?:de|des|d'))(?: (?:a|the|un|le) total (?:of|de))?\s*$"
)
_OTHERS_INVESTED = re.compile(
    r"\s*(?:which|that|que|qu')\b[^.;]{0,80}?\b(?:foreign (?:companies|firms|investors)"
    r"|(?:investisseurs|entreprises|societes) etrang\w+)\b[^.;]{0,30}?\b(?:have|had|has|ont|avaient"
    r"|auraient)(?: \w+)? invest\w*"
)
_CAPACITY_CUES = re.compile(
    r"capacit\w*|produire|production|produira|produit|capacity|produce|output|manufactur\w*|fabriqu\w*|traitement|atteindra|\bof\b|generat\w*|\bgenere\w*"
    # "pourra traiter 1,5 million de tonnes de pétrole par an", "will process 1.5 million
    # tonnes of crude": what a refinery or a mill takes in is its capacity
    r"|\btrait(?:er|era|eront|erait|e|ent)\b|\bprocess(?:es|ed|ing)?\b|\braffiner\w*|\brefine\b"
    # ("transformera chaque année 30.000 tonnes de coton-fibre": what it works up)
    r"|\btransform(?:er|era|eront|erait|e|ent)\b"
    # "lorsque l'usine tournera à plein régime, 300 000 unités", "at full capacity, 300,000":
    # what a plant makes when it runs full
    r"|plein regime|pleine capacite|full (?:capacity|production|speed|swing)"
)

# A plant's noun right after a tonnage: "a 2 million tpa cement plant".
_PLANT_AFTER = re.compile(
    r"\s*(?:[\w-]+ ){0,3}?(?:plants?|factory|mill|refinery|smelter|facility|complex|kiln"
    r"|usine|cimenterie|unite|complexe)\b"
)

# A unit of power is a capacity whatever the words around it ("1,200 Megawatt").
_POWER_UNITS = frozenset({"MW", "GW", "kW", "MVA"})
_CAPACITY_AFTER = re.compile(
    # ("a 2.5 million mt annual crude steel production capacity": what is made, between)
    r"(?:(?! (?:et|and|or|ou|with|avec|une?|an?) )[\w' -]){0,35}?\b(?:generating |production |installed |nominal |annual )?(?:capacity|capacite|output|puissance)"
)
# "produisent déjà 30.000 tonnes de nickel/métal par an", "makes 50,000 tons of clinker a
# year": made, what is made, then so much a year (not "Botswana needs 620,000 tonnes of
# cement annually", a need)
_MADE_A_YEAR_AFTER = re.compile(
    r" (?:de |d'|of )[\w/'-]+(?: [\w/'-]+)? (?:par an|par annee|per year|a year|per annum"
    r"|annually)\b"
)
_MAKES_BEFORE = re.compile(
    r"\b(?:produi\w*|produc\w*|fabriqu\w*|manufactur\w*|makes?|making)\b[^.;]{0,25}$"
)
# "une des usines … 10 000 tonnes par an, tandis que l'autre de 25 000 tonnes": the other
# of a pair whose first capacity the sentence said
_THE_OTHER = re.compile(
    r"\b(?:l'autre|the other(?: one)?|la seconde|le second|la deuxieme|le deuxieme"
    r"|the second(?: one)?),?(?: (?:de|d'|of|at|with|a|an))? ?$"
)
# "… dont 86.000 tonnes seront destinées à l'exportation", "of which 40,000 tonnes will be
# exported": the part of the output sold abroad, no capacity of the plant's
_FOR_EXPORT = re.compile(
    r"(?:\s+(?:of|de|d')\s*[\w' -]{1,30}?)?,?\s*(?:(?:will|would|are|is|to|shall) be |seront |sera |sont |est )?"
    r"(?:destine\w* (?:a|aux?) (?:l')?(?:export\w*|marches? exterieurs?|etranger)|for export\w*"
    r"|(?:exported|exportees?|exportes)\b|earmarked for export\w*|bound for (?:export|foreign))"
)
# The plant a hyphenated size is said of: "a 5.6-million-tonne steel complex"
_PLANT_SIZED = re.compile(
    r" (?:[\w-]+ ){0,2}?(?:plants?|mills?|complex|factory|refinery|smelter|facility|park|farm"
    r"|station|usine|centrale|cimenterie|acierie|complexe)\b"
)


# "The facility will produce 10 million metres of fabric a year for export": all it makes,
# made to be sold abroad (a share is said with "dont", "of which")
_MADE_BEFORE = (
    r"\b(?:will|would|to|shall) (?:produce|make|manufacture)\s+(?:(?:some|about|around|up to) )?$"
    # "produira 5.000 tonnes de fil de coton par an, destinées à l'export": all it makes
    r"|\b(?:produira|produiront|produire|fabriquera|fabriqueront|fabriquer)\s+"
    r"(?:(?:environ|pres de|quelque|jusqu'a) )?$"
)


# "le marché sera alors de deux millions de véhicules par an", "for a market of 400,000
# cars a year": what a market buys, no plant's output
_MARKET_BEFORE = re.compile(
    r"\b(?:marches?|markets?)\b(?: [\w'-]+){0,3}? (?:(?:sera|serait|est|etait|will be|would be"
    r"|is|was)(?: (?:alors|then|deja|already|estime|estimated))? )?(?:de|d'|of|at)"
    rf"(?: (?:{_APPROX}|{_AT_LEAST}))? ?$"
)
# "We expect first year sales of 300 tonnes per month", "des ventes de 2 000 véhicules": what
# is sold, no plant's output
_SALES_BEFORE = re.compile(
    r"\b(?:sales|ventes)(?: (?:are|were|is|will|would|should|could) (?:[\w-]+ ){0,3}?)?"
    rf" (?:of|de|d'|to|at|a|reach|atteindre)(?: (?:{_APPROX}|{_AT_LEAST}))? ?$"
    # "the market in X, where it sells 10,000 to 12,000 vehicles a year": what it sells
    rf"|\b(?:it|they|which|who|il|elle|qui) (?:currently |already |now |deja )?(?:sells|sold|vend"
    rf"|vendent|a vendu)(?: (?:{_APPROX}|{_AT_LEAST}))?(?: (?:between )?\d[\d.,]* (?:to|and|a|-))? ?$"
)
# "Iran Khodro, premier constructeur d'Iran avec une production annuelle de 500 000
# voitures", "the largest carmaker in Iran with an output of": a maker's own output, said
# where it is named, no plant's.
_MAKER_OUTPUT_BEFORE = re.compile(
    r"\b(?:constructeur|producteur|fabricant|manufacturer|maker|producer|carmaker|automaker"
    r"|automobile maker)s?(?: (?:d'|de |du |des |of |in |en |au )[\w' -]{2,25}?)?"
    r",? (?:avec|with) (?:une |un |an |a |its |sa |son )?(?:[\w-]+ ){0,2}?"
    r"(?:production|output|capacit\w*)(?: [\w-]+){0,2}? (?:de |d'|of )"
    rf"(?:(?:{_APPROX}|{_AT_LEAST}) )?$"
)
# "has supplied over 129 million transmissions since it was established in 1970", "a
# produit 2 millions de voitures depuis sa création": a count made over the years, to
# date, no plant's capacity (unless a period makes it a rate).
_SINCE_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:since (?:it was (?:established|founded|set up|created)|its (?:founding"
    r"|foundation|creation|establishment|inception|launch)|(?:19|20)\d\d)|depuis (?:sa |son )?"
    r"(?:creation|fondation|lancement|(?:19|20)\d\d)|to date|so far|a ce jour|jusqu'ici"
    r"|jusqu'a present)\b"
)
_POTENTIAL = re.compile(
    r"\b(?:potentiel\w*|pourrai(?:t|ent)|potential\w*|could|might|eventually)\b[^.;]{0,40}$"
)
# "40 000 unités prévues pour l'année 2024", "90 000 unités d'ici à 2026": a count given
# for a year
# ("une production de "50.000 véhicules" en 2027": the count in quotes, the year after)
_FOR_A_YEAR = re.compile(
    r"[\w' \"”»]{0,25}?\b(?:en|d'ici(?: a)?|pour l'annee|pour|in|by|for) (?:19|20)\d\d\b"
)
# "En 2011, lorsque l'usine tournera à plein régime, 300 000 unités", "By 2030 the plant will
# turn out 90,000 cars": the year said before the count, in its clause
# when output starts: "débuter sa production en", "start production in", "entrer en
# production en"
_STARTS_IN = re.compile(
    r"\b(?:d[eé]but\w*|d[eé]marr\w*|start\w*|begin\w*|commenc\w*|entr\w* en (?:production|service)"
    r"|operational)(?: [\w']+){0,3} $"
)
_IN_A_YEAR = re.compile(r"\b(?:en|d'ici(?: a)?|in|by) (?:19|20)\d\d\b[^.;]{0,70}$")


def _in_a_year(before: str) -> bool:
    """True if the words ``before`` a figure say the year it is made in ("produire 17.000
    tonnes de ferronickel en 2013", "By 2030 … 90,000 cars"), not the year its making
    starts ("devrait débuter sa production en 2020, avec une capacité maximale à terme de
    25000 unités": no year's output)."""
    by_year = _IN_A_YEAR.search(before)
    return by_year is not None and not _STARTS_IN.search(before, 0, by_year.start())


_ANNUAL = r"annuel\w*|par an\b|annual\w*|per year|a year\b|/an\b|chaque annee|each year|every year|par annee|yearly|per annum|\bp\.\s?a\."


# "une capacité minimale de transformation de", "a minimum capacity of": a floor
_MINIMUM_CAPACITY = re.compile(
    r"\b(?:capacite|production|output|capacity) minimale? (?:de [a-z]+ )?(?:de |d')$"
    r"|\bminimum (?:[a-z]+ )?(?:capacity|output|production) of $"
)


def _someone_else_s(sentence: str, match: re.Match[str], before: str, per: str) -> bool:
    """True if the count ``match`` is no output of the plant: a client's plant ("Among its
    clients is X, for which it built a plant of …"), what a market buys ("le marché sera de
    deux millions de véhicules par an", "a market of 400,000 cars a year"), a maker's own
    output ("X, premier constructeur d'Iran avec une production annuelle de", "the largest
    maker in X with an output of 5 million tyres"), or a count made to date with no period
    ("has supplied over 129 million transmissions since 1970")."""
    return bool(
        _CLIENTS_SAID.search(sentence, 0, match.start())
        or _country_opens_output(sentence, match.start())
        or _MARKET_BEFORE.search(before)
        or _SALES_BEFORE.search(before)
        or _MAKER_OUTPUT_BEFORE.search(before)
        or _country_s_output(before)
        or _output_in_a_country(before)
        or _POWERED_BY_BEFORE.search(before)
        or _FORMER_VALUE_BEFORE.search(before)
        or _ENOUGH_FOR_BEFORE.search(before)
        or (not per and _made_to_date(sentence, match))
        or bool(_OURS_INCLUDED_AFTER.match(sentence, match.end()))
        or _plants_of_a_country(before)
    )


# "the country now has 16 cement plants, which have a production capacity of over 7Mta",
# "le pays compte 16 cimenteries d'une capacité de": every plant of a country, counted
_PLANTS_OF_BEFORE = re.compile(
    r"\b(?:the |le |la )?([a-z][a-z' -]{2,30}?) (?:now |currently |already |today |actuellement"
    r" |desormais )?(?:has|have|counts|boasts|compte|possede|dispose de|abrite)"
    r"(?: desormais| actuellement| deja| now| already)? (?:\d+|[a-z]+) (?:[a-z-]+ ){0,2}"
    r"(?:plants|factories|mills|works|refineries|cimenteries"
    r"|usines|unites|raffineries)\b[^.;]{0,60}$"
)


def _plants_of_a_country(before: str) -> bool:
    """True if the figure after ``before`` is the output of every plant of a country, counted
    with the country (or "the country") as the subject."""
    said = _PLANTS_OF_BEFORE.search(before)
    if said is None:
        return False
    subject = said.group(1)  # (the words before it too: "the president said the country")
    if subject.split()[-1] in ("country", "nation", "pays", "kingdom", "royaume", "republic"):
        return True
    named = countries_in(subject)
    return bool(named) and named[-1].end == len(subject)


# "une capacité annoncée de 4,1 millions de tonnes, y compris la nôtre", "a capacity of 4
# million tonnes, including ours": a market's whole, the plant's among others
_OURS_INCLUDED_AFTER = re.compile(
    r"[^.;]{0,30}?,? (?:y compris|dont|including|of which) (?:la|le|les|celle|celui) ?n[oô]tres?\b"
    r"|[^.;]{0,30}?,? (?:including|of which) ours\b"
)


# "20 GWh par an, de quoi équiper 300.000 véhicules électriques", "enough to power 500,000
# cars": what the output serves, no output of the plant's
_ENOUGH_FOR_BEFORE = re.compile(
    r"\b(?:de quoi|(?:assez|suffisamment) pour|enough to|sufficient to|capable of supplying)"
    r" (?:equiper|alimenter|fournir|approvisionner|power|equip|supply|serve|fuel)"
    r"(?: (?:jusqu'a|environ|pres de|plus de|up to|about|around|some|over|more than))? $"
    # "enough for about one million electric vehicles", "de quoi pour": its users
    r"|\b(?:enough|sufficient) for(?: (?:up to|about|around|some|over|more than|nearly))? $"
)


# "will be powered by a 1,000 MW coal-fired plant", "alimentée par une centrale de 50 MW":
# the power station that feeds the plant, no output of the plant's
_POWERED_BY_BEFORE = re.compile(
    r"\b(?:powered|fed|supplied|fuelled|fueled|run|alimentee?s?|approvisionnee?s?)"
    r" (?:by|from|with|par) (?:a |an |the |its |their |une |un |la |le |sa |son )?"
    r"(?:new |dedicated |captive |nearby |own |propre |nouvelle |centrale )?(?:de )?$"
)
# "120,000 units per year at full capacity, up from 40,000 in its first year": a former or
# a lesser figure it is compared with
_FORMER_VALUE_BEFORE = re.compile(
    r"\b(?:up from|down from|compared with|compared to|as against|contre|against|from just|par rapport a)"
    r"(?: (?:about|around|some|only|just|seulement|environ))? $"
)
# "Vanuatu currently produces around 15,000 tonnes of fish", "the country exports", "la
# production turkmène d'engrais azotés dépassera les deux millions de tonnes": a country's
# output, no plant's
_PRODUCES_BEFORE = re.compile(
    r"\b([a-z][a-z' -]{2,30}?) (?:currently |now |already |annually |still )?"
    r"(?:produces|produced|exports|exported|consumes|consumed|imports|imported)"
    r"(?: (?:around|about|some|over|more than|nearly|almost|roughly|an estimated))? $"
)
_NATIONAL_OUTPUT_BEFORE = re.compile(
    r"\b(?:la |sa )?production (?:nationale|([a-z-]+)) (?:d'|de |des )?[^.;,]{0,40}?"
    r" (?:depassera|atteindra|atteint|depasse|est de|sera de|s'eleve a|s'elevera a)"
    r"(?: (?:les|plus de|pres de|environ))? $"
    r"|\b(?:the )?(?:country|nation)['’]s (?:annual |total )?(?:production|output) (?:of [^.;,]{1,40} )?"
    r"(?:is|was|will be|stands at|reached|exceeds|will exceed)(?: (?:around|about|some|over))? $"
    # "the government's plan to raise copper output to three million tonnes a year by 2031",
    # "porter la production nationale de cuivre à": a country's target, no plant's
    r"|\b(?:government|country|nation|national|gouvernement|pays)\b[^.;]{0,40}?\b(?:raise|increase"
    r"|boost|double|lift|bring|porter|augmenter|doubler)\b[^.;]{0,30}?\b(?:output|production)"
    r"(?: (?:nationale|of [a-z-]+|de [a-z-]+))? (?:to|at|a)(?: (?:around|about|some|over))? $"
    # "help the country reach its production goal of nine million tonnes", "l'objectif de
    # production du pays de": a country's target, no plant's
    r"|\b(?:country|nation|government|pays|gouvernement)\b[^.;]{0,40}?\b(?:production|output)"
    r" (?:goal|target|objective)s? of(?: (?:around|about|some|over))? $"
    r"|\bobjectif (?:national )?de production (?:du pays |nationale )?(?:de|d')"
    r"(?: (?:environ|plus de|pres de))? ?$"
    # "les importations de ciment du pays, qui s'élèvent à plus de 500 000 tonnes", "the
    # country's cement imports, which stand at": what a country buys or uses, no plant's
    r"|\b(?:importations?|imports?|consommation|consumption|demande|demand)\b[^.;]{0,60}?"
    r"\b(?:s'elevent a|s'eleve a|atteignent|atteint|sont de|est de|sont estimees? a"
    r"|amount to|amounts to|stand at|stands at|total|totals|reach|reaches|estimated at"
    # "La demande locale est actuellement évaluée à environ 3 millions de tonnes"
    r"|(?:est|sont)(?: actuellement| aujourd'hui)? (?:evaluee?s?|estimee?s?) a"
    r"|(?:is|are)(?: currently| now)? (?:put|valued) at)"
    r"(?: (?:plus de|pres de|environ|more than|about|around|some|over|nearly))? $"
)


# A sentence whose subject is a country, said with what it makes, sells or aims at: "Zambia,
# Africa's second-largest copper producer, produced 763,000 tonnes of copper last year and
# aims to reach 3 million tonnes by 2031"
_COUNTRY_SUBJECT = re.compile(
    r"\s*(?:(?:but|yet|and|mais|et|however,) )?(?:the |le |la |l')?([a-z][a-z' -]{2,30}?)"
    r"(?:, [^.;]{0,70}?,)? (?:currently |now |also |only |still )?"
    r"(?:produced|produces|exported|exports|imported|imports|consumes|consumed|aims|plans|targets"
    r"|produit|exporte|importe|vise|ambitionne"
    # "But Kelta is only the world's seventh largest manufacturer, producing …": the country's
    r"|is (?:only |now |also |still )?(?:the |a )?(?:[\w'-]+ ){0,4}?(?:manufacturer|producer"
    r"|exporter|maker)s?(?= |,))\b"
)


def _country_opens_output(sentence: str, at: int) -> bool:
    """True if the sentence's subject is a country said with its output or its aim
    (``_COUNTRY_SUBJECT``), and no plant is said between it and the figure at ``at``."""
    said = _COUNTRY_SUBJECT.match(sentence)
    if said is None or said.end() > at:
        return False
    named = countries_in(said.group(1))
    if not named or named[0].start != 0 or named[-1].end != len(said.group(1)):
        return False
    return not rx.search(
        r"\b(?:plant|factory|mill|smelter|refinery|usine|unite|complexe|raffinerie)s?\b",
        sentence[said.end() : at],
    )


def _country_s_output(before: str) -> bool:
    """True if the figure after ``before`` is a country's output (its name or its
    nationality the subject), no plant's."""
    said = _PRODUCES_BEFORE.search(before)
    if said:
        named = countries_in(said.group(1))
        return bool(named) and named[-1].end == len(said.group(1))
    national = _NATIONAL_OUTPUT_BEFORE.search(before)
    if national is None:
        return False
    return national.group(1) is None or nationality_word(national.group(1)) is not None


# "will beef up its annual output capabilities in Malaysia by 48 percent to", "Kelvo's total
# output capacity in Senegal is currently": all a company makes in a country
_OUTPUT_IN_BEFORE = re.compile(
    r"\b(?:its|their|[a-z]+['’]s) (?:(?:total|overall|combined|annual|current) )*(?:output"
    r"|production) (?:capacity|capacities|capabilities) in (?:the )?([a-z][a-z ]{2,25}?)"
    r"(?= (?:is|was|will|would|by|to|from|of|stands|currently)\b)[^.;]{0,50}$"
)


def _output_in_a_country(before: str) -> bool:
    """True if the figure after ``before`` is all a company makes in a country, no one
    plant's."""
    said = _OUTPUT_IN_BEFORE.search(before)
    if said is None:
        return False
    named = countries_in(said.group(1))
    return bool(named) and named[0].start == 0 and named[-1].end == len(said.group(1))


def _made_to_date(sentence: str, match: re.Match[str]) -> bool:
    """True if the count ``match`` is said as made to date, over the years ("since it was
    established", "depuis sa création", "so far"), with no word of a capacity before it and
    no year said of it as a rate."""
    return bool(
        _SINCE_AFTER.match(sentence, match.end())
        and not rx.search(
            r"\b(?:capacit\w*)\b", sentence[max(0, match.start() - 60) : match.start()]
        )
        and not _year_said(sentence, *match.span())
    )


def _year_said(sentence: str, start: int, end: int) -> bool:
    """True if ``sentence`` says a year for the figure at ``start:end`` ("une capacité
    annuelle de …", "… tonnes a year"; one said before a list, "une production annuelle de
    45 000 m3 de placage, 40 000 m3 …", and one said after a list, "15,000 km of wire, 1,500
    transformers … per year", are each one's): not a year said after another figure across
    a clause ("20 000 tonnes de coton, tandis que la deuxième … 25 000 tonnes par an": the
    year is the second's, the first's count has none, GOLD.md rule 7)."""
    for said in rx.finditer(_ANNUAL, sentence):
        if said.start() < end:
            return True
        other = next(
            (
                n
                for n in rx.compiled(r"\d[\d.,\s]*").finditer(sentence, end, said.start())
                if not rx.fullmatch(r"(?:19|20)\d\d\s*", n.group())
            ),
            None,
        )
        if other is None or not rx.search(
            r";|\b(?:while|whereas|tandis que|alors que|but|mais)\b", sentence[end : other.start()]
        ):
            return True
    return False


# Things made, counted: a number and a plural noun (no unit of the list), said where a
# plant's making is ("capable of manufacturing", "capacité", "produit") or with a period.
_COUNTED = re.compile(
    rf"(?:(?P<q>{_APPROX}|{_AT_LEAST})\s+)?(?<![\d.,])(?P<n>{_NUM})\s*(?P<s>{_SCALE})?\s*(?:de |d')?"
    # "18 millions d'Airbag": after a scale, the thing may be said in the singular
    # ("25,000 light and heavy-duty trucks": two kinds of the thing, said before it)
    r"(?P<w>(?:[a-z][\w-]* (?:and|et|or|ou) )?(?:[a-z][\w-]* ){0,2}?[a-z][\w-]*(?(s)|[sx]))\b"
    rf"(?P<per>{_PER})?"
)
_MADE_CUES = re.compile(
    r"capacit\w*|produi\w*|production|produc(?:e|es|ed|ing)\b|manufactur\w*|fabriqu\w*|assembl\w*|output|make|making"
    r"|\b(?:turn|turns|turning|churn|churns|churning) out\b"
)
# The thing counted said in more words than ``_COUNTED`` read, then its period: " radial
# tyres per day" after "3,000 truck and bus"
_PER_AFTER_WORDS = re.compile(rf"(?: [a-z][\w-]*){{1,3}}?(?P<per>{_PER})(?![\w])")
# Counted nouns that are no product: people, firms, plants, time, land, shares.
_NOT_COUNTED = re.compile(
    r"\b(?:enterprises|entreprises|societes|companies|firms|groupes|groups|usines|plants|factories|"
    r"projects|projets|pays|countries|years|ans|annees|jours|days|months|mois|weeks|semaines|"
    r"hectares|km|kilometres|kilometers|percent|pourcents?|points|people|personnes|habitants|"
    r"operations|models|modeles|chevaux|horsepower|visitors|families|familles|farmers|agriculteurs|students|etudiants|phases|lines|lignes|"
    r"units|unites|workers|jobs|emplois|employes|employees|staff|members|membres|provinces|regions|"
    r"towns|villes|villages|districts|sites|parcs|zones|dollars|euros|francs|dinars|yuans?|shillings|"
    r"rupees|roupies|nairas?|cedis|birr|kwachas?|tenge|dirhams|riyals|roubles|rubles|livres|pounds|"
    r"millions|milliards|billions|thousands|trillions|"
    # "the 12 and 28 nanometer chips": a size said of the thing, no count of it
    r"nanomet\w*|millimet\w*|centimet\w*|inch|inches|pouces|"
    # "about 7400 square meters", "8000 mètres carrés": an area, no thing made
    r"square|sq|carres|acres|"
    # "99 types of products under 17 major therapies", "300 références": a range, no count
    # of things made
    r"types|kinds|varieties|sortes|references|gammes|brands|marques|therapies|categories|"
    # "from 1 million to 2 million tonnes": a figure before a change, no thing counted
    r"to|than)\b"
)


# "embaucher chacun deux mille ouvriers", "en plus des 7 mille travailleurs que compte X",
# "in addition to the 3,000 workers it already has": a count of one part each, or of others
_NOT_OURS = re.compile(
    r"\b(?:chacune?|each|en plus des|outre les|in addition to(?: the| its)?|besides(?: the| its)?)"
    r"(?: \w+)? $"
)


# "In Switzerland, the company currently employs around 300 people", "l'entreprise emploie
# plus de 80 000 personnes": the company's staff today, no plant's jobs
_COMPANY_STAFF = re.compile(
    r"\b(?:the|this) (?:company|group|firm)(?: currently| now| already| today)? $"
    r"|\b(?:l'entreprise|la societe|le groupe|la firme)(?: actuellement| deja| aujourd'hui)? $"
)


# "almost 50 South Korean companies operating in Hungary are providing jobs to 6,000
# people": the jobs of tens of companies, no one plant's
_MANY_COMPANIES = re.compile(
    r"\b\d{2,}\s+(?:[\w-]+\s+){0,3}(?:companies|firms|entreprises|societes)\b[^.;]{0,70}$"
)


# "inaugure son usine en présence du président … et de plus de 300 personnes", "attended
# by some 500 people": the ceremony's guests, no one's jobs
_IN_THE_PRESENCE = re.compile(
    r"\b(?:en (?:la )?presence d[eu']|in the presence of|attended by|witnessed by|devant un"
    r" parterre de|before a crowd of)[^.;:]{0,150}?\b(?:et )?(?:de |d'|of |by )?$"
)


# "plus de 220 usines dans le monde employant 24.000 personnes", "its 40 plants employ
# 12,000 workers": the staff of many plants, the group's, no one plant's
_MANY_PLANTS = re.compile(
    r"\b\d{2,}\s+(?:[\w-]+\s+){0,2}(?:usines|plants|factories|sites|filiales|subsidiaries"
    r"|sites de production|production sites)\b[^.;]{0,50}$"
)
# "24 000 salariés dans le monde", "employs 9,000 people worldwide", "in 30 countries": a
# group's whole staff
_WORLDWIDE_AFTER = re.compile(
    r",? (?:dans le monde(?: entier)?|a travers le monde|de par le monde|worldwide|globally"
    r"|around the (?:world|globe)|across the (?:world|globe)|(?:dans|in) (?:plus de |over |more than )?\d+ (?:pays|countries))\b"
)
# "l'avionneur comptera près de 2000 employés dans le pays", "the group has 13,000
# employees in the region", "emploie 5 000 personnes au Maroc": what a company counts over a
# whole country or region, its staff there, no one plant's
_HAS_STAFF_BEFORE = re.compile(
    r"\b(?:compte|comptera|comptait|comptent|compteront|comptaient|counts|has|had|will have"
    r"|emploie|emploiera|emploient|employait|employs|employed|will employ|totalise|totalisera)"
    r"(?: (?:deja|already|desormais|now|aujourd'hui|today|actuellement|currently))?"
    r"(?: (?:quelque|plus de|pres de|environ|some|over|more than|about|nearly|around|almost"
    r"|approximately|a peu pres))? ?$"
)
_ACROSS_AREA_AFTER = re.compile(
    r"(?: \w+)?,? (?:dans (?:le pays|tout le pays|l'ensemble du pays|la region|la province"
    r"|l'etat)|au pays|a travers le pays|in the (?:country|region|province|state)"
    r"|across the (?:country|region)|nationwide|countrywide)\b"
)
# "les projets japonais … qui ont permis de créer 28.706 emplois", "projects that have
# created 5,000 jobs", "où il emploie déjà 3.500 personnes": the jobs of many projects
# already made, or the staff a company has where it already is, not those of the plant
# the article is about
_JOBS_ALREADY = re.compile(
    r"\b(?:projets|projects|investissements|investments)\b[^.;]{0,80}?\b(?:ont permis de creer|ont cree"
    r"|ont genere|have created|have generated|had created)(?: (?:quelque|plus de|pres de|environ"
    r"|some|over|more than|about|nearly))? $"
    r"|\b(?:ou|where) (?:il|elle|ils|elles|it|they|the company|the group|le groupe|la societe)"
    r" (?:already )?(?:emploie|emploient|employs|employ|compte|has)(?: deja)?(?: (?:quelque|plus de|pres de"
    r"|environ|some|over|more than|about|nearly))? $"
)


# A ratio of work, no count of the plant's: "One job in mechanical engineering will lead to
# the creation of five to six jobs in related industries", "chaque emploi créé en génère trois"
_JOB_RATIO = re.compile(
    r"\b(?:one|each|every|un|chaque) (?:new |direct |nouvel )?(?:job|emploi)\b(?: \w+)?[^.;]{0,60}?"
    r"\b(?:leads?|will lead|creates?|will create|generates?|will generate|entraine|entrainera"
    r"|cree|creera|genere|generera)\b"
)

# "une hausse graduelle des emplois, qui pourraient atteindre 50.000 travailleurs": where
# a count might grow to, not what a plant employs ("could employ up to" still is)
_MIGHT_REACH = re.compile(
    r"\b(?:pourrai(?:t|ent)|could|might|may) (?:atteindre|reach|grimper a|s'elever a|monter a"
    r"|rise to|grow to|climb to)(?: (?:plus de|pres de|environ|about|over|more than))? $"
)


# "an older site in Ruse with 200 employees", "son ancienne usine de Sfax, qui emploie 300
# personnes", "un ancien site Nissan fermé en 2021, où travaillaient près de 3.000 personnes",
# "room for 2,000 employees": the staff of the company's other site, or of a closed one, or
# the room a building has, no count of the plant's jobs
_OTHER_SITE_BEFORE = re.compile(
    # ("a former Tarvel site which once employed": its owner's name between)
    r"\b(?:older|earlier|previous|former|existing|other|ancien(?:ne)?|autre|precedente?)"
    r" (?:[\w-]+ )?(?:site|plant|factory|facility|usine|unite|site de production)\b[^.;]{0,50}?"
    r"\b(?:with|avec|employing|employant|(?:which|that|qui) (?:once |formerly )?(?:employs"
    r"|employed|emploie|employait|employaient|compte|comptait|had|has)|ou travaill(?:ait|aient)"
    r"|where (?:\w+ )?worked)(?: (?:quelque|plus de|pres de|environ|some|over|more than"
    r"|about|nearly|around))? $"
    r"|\b(?:room|space|capacity|place|de la place|capacite d'accueil) (?:for|pour)"
    r"(?: (?:up to|jusqu'a|some|about|environ|plus de|more than))? $"
)


# "200 000 employees working Iraq's state-owned plants and companies", "5 000 salariés
# travaillant dans les usines publiques": the staff of many plants, said after the count,
# no one plant's
_WORKING_IN_MANY_AFTER = re.compile(
    r"\s+(?:working|employed|travaillant|employes|employees)(?: (?:in|at|for|across|dans|chez))?"
    r" [^.;]{0,50}?\b(?:plants|factories|companies|firms|enterprises|usines|entreprises"
    r"|societes)\b"
)


def _others_staff(sentence: str, at: int, end: int) -> bool:
    """True if the count of people at ``at`` (ending at ``end``) is a group's staff across
    many plants or the world, or the jobs of projects already made: no plant's own."""
    return bool(
        _MANY_PLANTS.search(sentence, max(0, at - 80), at)
        or _WORLDWIDE_AFTER.match(sentence, end)
        or (
            _HAS_STAFF_BEFORE.search(sentence, max(0, at - 40), at)
            and _ACROSS_AREA_AFTER.match(sentence, end)
        )
        or _JOBS_ALREADY.search(sentence, max(0, at - 160), at)
        or _OTHER_SITE_BEFORE.search(sentence, max(0, at - 100), at)
        or _WORKING_IN_MANY_AFTER.match(sentence, end)
        or _VISITORS_BEFORE.search(sentence, max(0, at - 30), at)
        or _JOBS_LOST_BEFORE.search(sentence, max(0, at - 60), at)
    )


# "pourrait détruire des milliers d'emplois liés au tourisme", "menace l'environnement et des
# milliers d'emplois", "would cut 500 jobs": jobs a plant would destroy, none it makes
_JOBS_LOST_BEFORE = re.compile(
    r"\b(?:detrui\w*|menac\w*|supprim\w*|suppression(?:s)? d[e']|pertes? d[e']|destroy\w*"
    r"|threaten\w*|eliminat\w*|(?:will|would|to) cut|cutting|(?:will|would|to) lose|losing"
    r"|loss of)\b[^.;]{0,40}$"
)


# "Une délégation de 200 personnes se rendra à Lyon", "a delegation of 50 people": visitors,
# no staff
_VISITORS_BEFORE = re.compile(
    r"\b(?:delegations?|visiteurs|invites|participants|delegation|visitors|guests|attendees)"
    r" (?:de|d'|of) (?:plus de |pres de |quelque |some |about |more than )?$"
)


@dataclass(frozen=True)
class Figure:
    field: str  # capacity, jobs, investment
    value: Quantity
    start: int
    end: int
    confidence: float


def _number(text: str, scale: str | None = None, french: bool = False) -> float:
    """The number ``text`` says, before the scale word ``scale``; ``french`` if the words
    after the scale are French ("de tonnes")."""
    text = rx.sub(r"\s*\(\d+\)$", "", text.strip())
    if (
        scale in ("millions", "milliards", "milliard") or (french and scale == "million")
    ) and rx.fullmatch(r"\d{1,3},\d{3}", text):
        # "27,118 millions d'euros", "1,155 million de tonnes": before a French scale, the
        # comma is decimal
        return float(text.replace(",", "."))
    if text in _WORD_NUMBERS:
        return float(_WORD_NUMBERS[text])
    words = rx.split(r"[\s-]+", text.casefold())
    if words and all(w in _SPELLED or w in _SCALE_WORDS or w in ("et", "and") for w in words):
        total = current = 0
        for word in words:
            if word in _SPELLED:
                current += _SPELLED[word]
            elif word in _SCALE_WORDS and _SCALE_WORDS[word] == 100:
                current = max(current, 1) * 100
            elif word in _SCALE_WORDS:
                total, current = total + max(current, 1) * 1000, 0
        return float(total + current)
    # (the Swiss "65'000" folded, its apostrophe a thousands' separator like a space)
    cleaned = rx.sub(r"[ \u00a0\u202f'’]", "", text)
    if rx.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", cleaned) and not rx.fullmatch(r"\d,\d{3}", cleaned):
        return float(rx.sub(r"[.,]", "", cleaned))
    if rx.fullmatch(r"\d{1,3}(?:,\d{3})+", cleaned):
        return float(cleaned.replace(",", ""))
    if rx.fullmatch(r"\d{1,3}[.,]0{6}", cleaned):
        # "1.000000 tonnes": two separators run together, no decimals of a whole number
        return float(rx.sub(r"[.,]", "", cleaned))
    return float(cleaned.replace(",", "."))


def _tidy(number: float) -> int | float:
    number = round(number, 6)
    return int(number) if number.is_integer() else number


# "1,500 or more workers", "500 personnes ou plus": the count a floor, said after it
_OR_MORE_INSIDE = re.compile(r"\d\s*(?:mille|thousand|lakh)?\s*(?:or more|and more)\b", re.I)
# ("300 saisonniers et plus de 1 300 emplois": "et plus de" opens another count, no floor)
_OR_MORE_AFTER = re.compile(r" (?:or more|ou plus|and more|et plus)\b(?! d['e’]| than)", re.I)


def _number_group(match: re.Match[str]) -> str:
    """The group of ``match`` that holds its number (``_EMPLOY`` has one per form)."""
    return next(g for g in ("n", "n2", "n3", "n4", "n5", "n6") if match.group(g))


def _qualifier(word: str | None, estimate_words: str) -> tuple[Qualifier, bool]:
    if not word:
        return "exact", False
    if rx.fullmatch(_AT_LEAST, word) or word == "plus":
        return "at_least", False  # ("de plus 173.000 tonnes": "plus de", its "de" dropped)
    return "approx", bool(rx.search(r"estim", word + estimate_words))


def _job_figure(
    text: str,
    a: int,
    b: int,
    bounds: tuple[float | None, float | None, float | None],
    qualifier: Qualifier,
    job_type: JobType,
    confidence: float,
) -> Figure:
    """A count of jobs said at ``text[a:b]``: its point, or its floor and ceiling; "1,500
    or more workers", "1 500 personnes ou plus" a floor (the words after it quoted too)."""
    point, floor, ceiling = bounds
    after = _OR_MORE_AFTER.match(text, b)
    if qualifier == "exact" and point is not None and (after or _OR_MORE_INSIDE.search(text, a, b)):
        point, floor, qualifier = None, point, "at_least"
        b = after.end() if after else b
    value = JobCount(
        value=point,
        min=floor,
        max=ceiling,
        unit="jobs",
        qualifier=qualifier,
        raw=text[a:b],
        job_type=job_type,
    )
    return Figure("jobs", value, a, b, confidence)


# A sum's currency read as "le", the Egyptian pound's letters, only when the text writes them
# in capitals ("500 million LE"): "Le" or "le" after a figure is an article
_ARTICLE_AS_POUND = re.compile(r"\ble$")


def sums_in(text: str, fold: str, start: int, end: int) -> list[Figure]:
    """Every sum of money said in ``text[start:end]``, whatever the words around it: an
    analyst's selection says the sum is what is invested, which ``figures_in`` reads
    from cue words."""
    found: list[Figure] = []
    for match in _MONEY.finditer(fold[start:end]):
        a, b = start + match.start(), start + match.end()
        if _ARTICLE_AS_POUND.search(fold, a, b) and text[b - 2 : b] != "LE":
            continue
        money = _money(match, text[a:b], fold)
        if money is not None:
            found.append(Figure("investment", money, a, b, 0.75))
    return found


def _first_read_at(
    table: tuple[tuple[str, str], ...], text: str, at: int, said: str | None = None
) -> str | None:
    """The name of the first of ``table``'s patterns read in ``text`` where the words stand
    (at ``at``), so that one known by the words around it ("6 l per hour", "50 million
    GEL") is read as the whole pattern read it; with ``said``, only one that reads those
    words whole."""
    for pattern, name in table:
        read = rx.compiled(pattern).match(text, at)
        if read is not None and (said is None or read.group().rstrip() == said):
            return name
    return None


def _unit_said(sentence: str, match: re.Match[str]) -> str | None:
    """The name of the unit a capacity says (``_first_read_at``)."""
    return _first_read_at(_UNITS, sentence, match.start("u"), match.group("u").rstrip())


# "65 milliards 600 millions": the billions of a sum said in two figures
_BILLIONS_BEFORE = re.compile(r"(\d{1,3}) milliards? (?:et )?$")
_MILLIONS = re.compile(r"\d{1,3}(?:[.,]\d+)? millions?\b")
_US_DOLLARS = re.compile(r"u\.\s?s\.?\s?dollars?\b")


def figures_in(text: str, fold: str, start: int, end: int) -> list[Figure]:
    """The figures of one sentence (``fold`` is the folded text, same offsets)."""
    found: list[Figure] = []
    taken: list[tuple[int, int]] = []
    sentence = fold[start:end]

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    for match in _VAGUE_JOBS.finditer(sentence):
        a, b = start + match.start(), start + match.end()
        if _JOBS_LOST_BEFORE.search(sentence, max(0, match.start() - 60), match.start()):
            continue
        job_type = _job_type(
            (match.group("t") or "") + (match.group("t2") or "") + (match.group("t3") or "")
        )
        value = JobCount(
            min=_VAGUE_FLOOR[match.group("w") or match.group("w2")],
            unit="jobs",
            qualifier="order_of_magnitude",
            raw=text[a:b],
            job_type=job_type,
        )
        found.append(Figure("jobs", value, a, b, 0.8))
        taken.append((a, b))
    for match in _ROUND_JOBS.finditer(sentence):
        a, b = start + match.start(), start + match.end()
        if _ONE_PART.match(sentence, match.end()):
            continue
        value = JobCount(
            value=_ROUND[match.group("w")],
            unit="jobs",
            qualifier="approx",
            raw=text[a:b],
            job_type=_job_type(match.group("t") or "")
            if match.group("t")
            else _said_before(sentence, match.start()),
        )
        found.append(Figure("jobs", value, a, b, 0.8))
        taken.append((a, b))
    for match in _JOBS.finditer(sentence):
        a, b = start + match.start(), start + match.end()
        if not free(a, b):
            continue
        if rx.fullmatch(r"une?|a|an|one", match.group("n")) and _JOB_FOR_PEOPLE.match(
            sentence, match.end()
        ):
            continue  # "offrira un emploi à environ 400 personnes": work for so many, not 1
        if _NOT_OURS.search(sentence, max(0, match.start() - 30), match.start()):
            continue
        if _MANY_COMPANIES.search(sentence, max(0, match.start() - 90), match.start()):
            continue
        if _MIGHT_REACH.search(sentence, max(0, match.start() - 40), match.start()):
            continue
        ratio = _JOB_RATIO.search(sentence)
        if ratio is not None and match.start() >= ratio.start():
            continue  # "One job in X will lead to five to six jobs in related industries"
        if _IN_THE_PRESENCE.search(sentence, max(0, match.start() - 160), match.start()):
            continue
        if _others_staff(sentence, match.start(), match.end()):
            continue
        number = _number(match.group("n"), match.group("s")) * _SCALES.get(
            match.group("s") or "", 1.0
        )
        skilled = _SKILLED_PAIR.search(sentence, max(0, match.start() - 60), match.start())
        if skilled is not None and not rx.search(_SKILL, match.group()):
            skilled = None
        qualifier, _ = _qualifier(match.group("q") or (skilled and skilled.group("q")), "")
        job_type = _job_type((match.group("t1") or "") + (match.group("t2") or ""))
        if not (match.group("t1") or match.group("t2")):
            job_type = _said_before(sentence, match.start())
        if _SUBCONTRACTED.match(sentence, match.end()):
            job_type = "indirect"
        point, floor = _point_or_floor(number, qualifier)
        ceiling = None
        ranged = _range(text, sentence, match.start(), start, number, match.group("s"))
        if ranged is not None and qualifier == "exact":
            point, floor, ceiling, a = None, _tidy(ranged[0]), _tidy(number), ranged[1]
        found.append(_job_figure(text, a, b, (point, floor, ceiling), qualifier, job_type, 0.85))
        taken.append((a, b))
        if skilled is not None and free(start + skilled.start(), start + skilled.end("k")):
            a, b = start + skilled.start(), start + skilled.end("k")
            number = _number(skilled.group("n"), skilled.group("s")) * _SCALES.get(
                skilled.group("s") or "", 1.0
            )
            point, floor = _point_or_floor(number, qualifier)
            found.append(_job_figure(text, a, b, (point, floor, None), qualifier, job_type, 0.8))
            taken.append((a, b))
        first = _PAIR_WITHOUT_NOUN.search(sentence, max(0, match.start() - 60), match.start())
        if first is not None and job_type != "total" and not _is_year(first.group("n")):
            a, b = start + first.start(), start + first.end("t")
            if free(a, b):
                number = _number(first.group("n"), first.group("s")) * _SCALES.get(
                    first.group("s") or "", 1.0
                )
                qualifier, _ = _qualifier(first.group("q"), "")
                point, floor = _point_or_floor(number, qualifier)
                kind = _job_type(first.group("t"))
                found.append(_job_figure(text, a, b, (point, floor, None), qualifier, kind, 0.8))
                taken.append((a, b))
        second = _PAIR_AFTER_NOUN.match(sentence, match.end())
        if second is not None and job_type in ("direct", "indirect"):
            # "800 emplois directs et 1.500 indirects": the other kind, its noun left out
            kind = _job_type(second.group("t"))
            counted = _counted_after(text, start, second, kind, 0.8)
            if kind != job_type and free(*counted[:2]) and not _is_year(second.group("n")):
                found.append(counted[2])
                taken.append(counted[:2])
        # "110 emplois permanents, 300 saisonniers": another kind, its noun left out
        listed = _KIND_LISTED_AFTER.match(sentence, match.end())
        if listed is not None and not _is_year(listed.group("n")):
            counted = _counted_after(text, start, listed, "total", 0.75)
            if free(*counted[:2]):
                found.append(counted[2])
                taken.append(counted[:2])
        # "plus de 1 000 emplois, dont 500 permanents": a part, by its kind
        part = _PART_OF_THEM.match(sentence, match.end())
        if part is not None and not _is_year(part.group("n")):
            counted = _counted_after(text, start, part, _job_type(part.group("t")), 0.75)
            if free(*counted[:2]):
                found.append(counted[2])
                taken.append(counted[:2])
        # "au moins 39 emplois pour les nationaux et quatre pour les étrangers"
        others = _PAIR_FOR_OTHERS.match(sentence, match.end())
        if others is not None and not _is_year(others.group("n")):
            counted = _counted_after(text, start, others, job_type, 0.8)
            if free(*counted[:2]):
                found.append(counted[2])
                taken.append(counted[:2])
    for match in _EMPLOY.finditer(sentence):
        a, b = start + match.start(), start + match.end()
        said = match.group(_number_group(match))
        if not free(a, b) or _is_year(said):
            continue
        if _NOT_OURS.search(sentence, max(0, match.start() - 30), match.start()):
            continue
        if _MANY_COMPANIES.search(sentence, max(0, match.start() - 90), match.start()):
            continue
        if _MIGHT_REACH.search(sentence, max(0, match.start() - 40), match.start()):
            continue
        if match.group().startswith(("employs ", "emploie ")) and _COMPANY_STAFF.search(
            sentence, max(0, match.start() - 40), match.start()
        ):
            continue
        said_at = match.start(_number_group(match))
        if _others_staff(sentence, said_at, match.end()):
            continue
        scale = next(
            (match.group(g) for g in ("s", "s2", "s3", "s4", "s5") if match.group(g)), None
        )
        number = _number(said) * _SCALES.get(scale or "", 1.0)
        said_how = (
            match.group("q")
            or match.group("q2")
            or match.group("q3")
            or match.group("q5")
            or match.group("q6")
        )
        if match.group("n4"):
            said_how = _pair_qualifier(sentence[max(0, match.start() - 80) : match.start()])
        qualifier, _ = _qualifier(said_how, "")
        point, floor = _point_or_floor(number, qualifier)
        ceiling = None
        # "employ between 4,000 and 5,000 people", "employ 1,600 to 1,700 local workers": the
        # lower bound said before the count
        ranged = _range(
            text, sentence, said_at if match.group("lo") else match.start(), start, number, scale
        )
        if ranged is not None and qualifier == "exact":
            point, floor, ceiling, a = None, _tidy(ranged[0]), _tidy(number), min(a, ranged[1])
        # "employ 600 direct staff": the kind said before the people, if no adverb says it
        kind = _job_type(
            match.group("t3")
            or match.group("t7")
            or match.group("t4")
            or match.group("t5")
            or sentence[said_at : match.end()]
        )
        found.append(_job_figure(text, a, b, (point, floor, ceiling), qualifier, kind, 0.75))
        taken.append((a, b))
    for match in _WORKFORCE.finditer(sentence):
        a, b = start + match.start(), start + match.end()
        said = next(g for g in ("n", "n2", "n3", "n4") if match.group(g))
        if not free(a, b) or _is_year(match.group(said)):
            continue
        if _NOT_OURS.search(sentence, max(0, match.start() - 30), match.start()):
            continue
        if _others_staff(sentence, match.start(said), match.end()):
            continue
        scale = match.group("s" if said == "n" else "s" + said[1:])
        number = _number(match.group(said)) * _SCALES.get(scale or "", 1.0)
        how = match.group("q" if said == "n" else "q" + said[1:])
        qualifier, _ = _qualifier(how, "")
        point, floor = _point_or_floor(number, qualifier)
        found.append(_job_figure(text, a, b, (point, floor, None), qualifier, "total", 0.7))
        taken.append((a, b))
    for match in _MONEY.finditer(sentence):
        a, b = start + match.start(), start + match.end()
        if not free(a, b):
            continue
        before = sentence[max(0, match.start() - 90) : match.start()]
        after = sentence[match.end() : match.end() + 30]
        # "3 milliards de réals (environ 563 millions d'euros) sera investi": the cue after
        # the sum's conversion in brackets is the sum's too
        bracket = rx.match(r"\s*\([^()]{1,60}\)", sentence[match.end() :])
        if bracket is not None:
            after += " " + sentence[match.end() + bracket.end() : match.end() + bracket.end() + 30]
        if _AID.match(sentence, match.end()) or _AID_BEFORE.search(before):
            continue  # "HUF 1.6 bln funding for the project": a grant, not what is invested
        if _PRICE_AFTER.match(sentence, match.end()):
            continue  # "10 dollars américains par tonne": a price
        if rx.search(r"=\s*$", before) or rx.match(r"\s*=", after):
            continue  # "(1 dollar = 0,95 euro)": an exchange rate
        if not (
            _MONEY_CUES.search(before + " " + after)
            or _SUM_OF_A_PLANT.match(sentence, match.end())
            or _PLANT_OF_A_SUM.search(before)
            or (_WITH_A_SUM.search(before) and _WILL_DO_AFTER.match(sentence, match.end()))
        ) or _not_invested(before[-60:]):
            continue
        converted = _converted_sum(sentence, match.start())
        if converted is not None and _not_invested(sentence[max(0, converted - 60) : converted]):
            continue  # "up on 1.06 billion baht ($36.16 million)": a sales figure's conversion
        if _SHARE_CAPITAL.search(before):
            continue  # "un capital social de 6 milliards de FCFA": the company's shares
        if _COMPANY_WORTH_BEFORE.search(before) or _COMPANY_WORTH_AFTER.match(
            sentence, match.end()
        ):
            continue  # a company's worth on the exchange, or a trade flow
        if _NATIONAL_INVESTMENT.search(sentence, 0, match.start()):
            continue  # "FDI from 2006 to 2023 accumulated $29.5 billion": a country's total
        if _ATTRACTED_SINCE.search(before) and _ATTRACTED.match(sentence, match.end()):
            continue  # "Since 1996, $ 12,2 million of investments have been attracted": a tally
        if _RANKED_INVESTOR.search(before):
            continue  # "X is Y's 11th largest investor with … 257 million dollars": a tally
        if _COMPARED_WITH.search(before) or _OTHERS_INVESTED.match(sentence, match.end()):
            continue  # "compares with a total of $4bn which foreign companies have invested"
        # "65 milliards 600 millions de FCFA": the billions said before the millions
        billions = (
            _BILLIONS_BEFORE.search(before) if _MILLIONS.match(sentence, match.start()) else None
        )
        if billions is not None:
            before = before[: billions.start()]
            a -= len(billions.group())
        if rx.search(r"\(\s*(?:soit |environ |about |approximately |ou |or |~)?$", before) and any(
            f.field == "investment" and 0 <= a - f.end <= 4 for f in found
        ):
            continue  # "12,8 milliards de dirhams (environ 1,2 milliard d'euros)": the same sum
        if _ARTICLE_AS_POUND.search(fold, a, b) and text[b - 2 : b] != "LE":
            continue  # "le 20 avril 2026 – Le ministre": a year, then an article, no sum
        money = _money(match, text[a:b], fold)
        if money is not None and billions is not None and money.value is not None:
            more = _number(billions.group(1)) * 1e9
            money = msgspec.structs.replace(money, value=_tidy(more + money.value), raw=text[a:b])
        if money is not None and _is_conversion(sentence, start, match, money, found):
            continue
        if money is not None and billions is None:
            money, a = _money_range(text, sentence, match, start, money, found)
        if money is not None:
            found.append(Figure("investment", money, a, b, 0.75))
            taken.append((a, b))
    listed_end = -1  # where the last capacity of the sentence ended: a list goes on
    for match in _CAPACITY.finditer(sentence):
        a, b = (
            start + match.start(),
            start + match.end() - len(match.group("w") or "") - len(match.group("per") or ""),
        )
        per = match.group("per") or ""
        if per:
            b = start + match.end()
        if not free(a, b) or (
            match.group("h") == "-" and not per and not _PLANT_SIZED.match(sentence, match.end())
        ):
            # "a 40-tonne crane": the size of a thing, unless a period is said or the thing is
            # a plant ("a 200,000-tonne steel mill", "a 50-MW solar plant")
            continue
        before = sentence[max(0, match.start() - 80) : match.start()]
        after = sentence[match.end() : match.end() + 45]
        unit = _unit_said(sentence, match)
        if unit is None:
            continue
        cued = (
            unit in _POWER_UNITS
            or match.group("h") == "-"  # (said of a plant: _PLANT_SIZED above)
            or _CAPACITY_CUES.search(before + match.group(0))
            or _CAPACITY_AFTER.match(after)
            or (_MADE_A_YEAR_AFTER.match(after) and _MAKES_BEFORE.search(before))
            or (listed_end >= 0 and match.start() - listed_end <= 40)
            # "The 300,000 tonnes/year first phase": so much a year is an output, unless
            # said as a potential ("un potentiel … qui pourrait s'élever à")
            or ((bool(per) or _daily(per, before, after)) and not _POTENTIAL.search(before))
            or (listed_end >= 0 and _THE_OTHER.search(before))
            # "a 2 million tpa cement plant", "the 0.7Mta plant": a yearly tonnage said of
            # the plant named right after it
            or (
                rx.fullmatch(
                    r"tpa|tpy|mtpa|mta|ktpa|ktpy|kta|m?tpd", match.group("u").strip().casefold()
                )
                is not None
                and _PLANT_AFTER.match(after) is not None
            )
        )
        if _someone_else_s(sentence, match, before, per):
            continue
        if _FOR_EXPORT.match(sentence, match.end()) and not rx.search(
            r"\b(?:capacit\w*|capacity)\b[^.;,\d]{0,25}$|" + _MADE_BEFORE, before
        ):
            continue  # "dont 86.000 tonnes seront destinées à l'exportation": a share sold abroad
        if not cued or _NOT_INVESTMENT.search(before[-40:]):
            continue
        if _EMISSIONS_BEFORE.search(before[-45:]) or _EMISSIONS_AFTER.match(sentence, match.end()):
            continue  # "réduire les émissions de carbone de 6000 tonnes par an": no output
        if rx.search(r"unit", match.group("u")) and not rx.match(r"\d", match.group("n")):
            continue  # "deux unités": the parts of a plant, not what it makes
        listed_end = match.end()
        french = bool(match.group("s")) and sentence.startswith((" de ", " d'"), match.end("s"))
        number = _number(match.group("n"), match.group("s"), french) * _SCALES.get(
            match.group("s") or "", 1.0
        )
        if unit in ("t/day", "t/yr"):
            per, unit = per or unit.removeprefix("t"), "t"
        if unit == "Mt" and match.group("u").strip() == "mt" and number >= 1000:
            # "225,000 MT": no plant makes 225 billion tonnes; MT is the metric tonne here
            unit = "t"
        elif unit in ("Mt", "Mtpa"):
            per = per or ("/yr" if unit == "Mtpa" else "")
            unit, number = "t", number * 1e6
        elif unit == "ktpa":
            per, unit, number = per or "/yr", "t", number * 1e3
        annual = bool(rx.search(_YEARLY_PER, per)) or _year_said(sentence, *match.span())
        # "a daily melting capacity of 500 tons", "40 tonnes of sugar a day": the day said
        # before the number, or after what is made
        daily = _daily(per, before, after)
        unit_text = f"{unit}/yr" if annual and not daily else (f"{unit}/day" if daily else unit)
        if not daily and _monthly(per, after, before):
            unit_text = f"{unit}/month"
        if rx.search(r"heure|hour|/\s*h\b", per) or _HOURLY_AFTER.match(after):
            unit_text = f"{unit}/hour"  # "90 mètres cubes de béton par heure"
        if unit_text in ("units", "t", "hl", "m2", "m3", "l", "m") and (
            _FOR_A_YEAR.match(after) or _in_a_year(before)
        ):
            # "40 000 unités prévues pour l'année 2024" (GOLD.md rule 7), "produire 17.000
            # tonnes de ferronickel en 2013": so much in a year
            unit_text += "/yr"
        if unit == "GWh":
            unit_text = unit  # a battery plant's GWh is a year's output already (GOLD.md rule 5)
        if unit in _POWER_UNITS and not per:
            unit_text = unit  # "10 mégawatts", a year said elsewhere in its sentence: a power
        if unit == "km" and (unit_text == "km" or _DISTANCE_AFTER.match(text, start + match.end())):
            continue  # "à une soixantaine de kilomètres de Dakar", "260 km north of": a distance
        if unit == "m2" and (
            unit_text == "m2"
            or rx.search(
                r"\b(?:area|surface|superficie|covering|couvrant|spread over|s'etend\w* sur)"
                r"(?: (?:of|de|d'))?(?: (?:about|around|some|environ|pres de))? $",
                before,
            )
        ):
            continue  # "an area of 2 million square meters": a zone's size, not what it makes
        qualifier, estimate = _qualifier(match.group("q"), before[-20:])
        if rx.search(r"estimee? a\s*$|estimated at\s*$", before):
            qualifier, estimate = "approx", True
        if qualifier == "exact" and _MINIMUM_CAPACITY.search(before):
            qualifier = "at_least"  # "d'une capacité minimale de transformation de 20 000 barils"
        point, floor = _point_or_floor(number, qualifier)
        ceiling = None
        ranged = _range(text, sentence, match.start(), start, number, match.group("s"))
        if ranged is not None and qualifier == "exact":
            point, floor, ceiling, a = None, _tidy(ranged[0]), _tidy(number), ranged[1]
        value_q = Quantity(
            value=point,
            min=floor,
            max=ceiling,
            unit=unit_text,
            qualifier=qualifier,
            estimate=estimate,
            raw=text[a:b],
        )
        found.append(Figure("capacity", value_q, a, b, 0.7))
        taken.append((a, b))
    for match in _COUNTED.finditer(sentence):
        # "5 million semi-steel radial tires", "750,000 appliances annually", "1,8 million
        # d'articles de bonneterie": things made, counted, with no unit the list has
        a, b = start + match.start(), start + match.end()
        if (
            not free(a, b)
            # "deux unités" is no count of things made; "five million devices" is
            or not (
                rx.search(r"\d", match.group("n"))
                # (a unit's word the capacities' reading has passed over stays passed over)
                or (
                    match.group("s")
                    and not any(rx.compiled(u).match(match.group("w")) for u, _ in _UNITS)
                )
            )
            or _is_year(match.group("n"))
            or _NOT_COUNTED.search(match.group("w"))
            or rx.match(r" carres\b", sentence[match.end() :])  # "9000 mètres carrés": an area
            # "replace a further $3.5 million in imports": a sum of money, no thing made
            or rx.search(r"[$€£¥]\s?$", sentence[max(0, match.start() - 2) : match.start()])
            # "soit 9,5 milliards d'ouguiyas": a currency counted is a sum, no thing made
            or any(
                rx.compiled(rf"(?:{pattern})(?!\w)").match(match.group("w"))
                for pattern, _ in _CODES
            )
            # ("281.83 million U.S. dollars": the dollar, its country's letters dotted)
            or _US_DOLLARS.match(sentence, match.start("w"))
        ):
            continue
        before = sentence[max(0, match.start() - 80) : match.start()]
        per = match.group("per") or ""
        later = (
            _PER_AFTER_WORDS.match(sentence, match.end())
            if not per and rx.search(r" (?:and|et|or|ou) ", match.group("w"))
            else None
        )
        if later:
            # "3,000 truck and bus radial tyres per day": the period after the thing's
            # last words (the count said from its first)
            per = later.group("per")
        if not (per or _MADE_CUES.search(before)) or _NOT_INVESTMENT.search(before[-40:]):
            continue
        if _EMISSIONS_BEFORE.search(before[-45:]) or _EMISSIONS_AFTER.match(sentence, match.end()):
            continue  # "cut CO2 emissions by 20,000 tonnes a year": spared, not made
        if _someone_else_s(sentence, match, before, per):
            continue
        if _FOR_EXPORT.match(sentence, match.end()) and not rx.search(
            r"\b(?:capacit\w*|capacity)\b[^.;,\d]{0,25}$", before
        ):
            continue  # "dont 86.000 tonnes seront destinées à l'exportation": sold abroad
        number = _number(match.group("n"), match.group("s")) * _SCALES.get(
            match.group("s") or "", 1.0
        )
        annual = bool(rx.search(_YEARLY_PER, per)) or _year_said(sentence, *match.span())
        annual = annual or _in_a_year(before)  # "By 2030 … 90,000 cars"
        # ("une production de "50.000 véhicules" en 2027": so many in that year)
        annual = annual or bool(_FOR_A_YEAR.match(sentence, match.end()))
        daily = bool(rx.search(r"jour|day", per))
        unit_text = "units/day" if daily else ("units/yr" if annual else "units")
        if not daily and _monthly(per, sentence[match.end() : match.end() + 70], before):
            unit_text = "units/month"  # "280,000 cases of soft drinks every month"
        qualifier, estimate = _qualifier(match.group("q"), before[-20:])
        point, floor = _point_or_floor(number, qualifier)
        ceiling = None
        # "assembler 2.000 à 3.000 machines par mois": a range of things made
        ranged = _range(text, sentence, match.start(), start, number, match.group("s"))
        if ranged is not None and qualifier == "exact":
            point, floor, ceiling, a = None, _tidy(ranged[0]), _tidy(number), ranged[1]
        value_q = Quantity(
            value=point,
            min=floor,
            max=ceiling,
            unit=unit_text,
            qualifier=qualifier,
            estimate=estimate,
            raw=text[a:b],
        )
        found.append(Figure("capacity", value_q, a, b, 0.6))
        taken.append((a, b))
    # "AK-203 assault rifles", "A320", "VVER-1200": a model's designation, no quantity
    # (glued to its letters: a line's last letter before a new line is no model's, "\Z")
    # ("WhAP 8×8 destinés": a vehicle's wheels, its model's too)
    found = [
        f
        for f in found
        if not rx.search(r"[A-Za-z][-‑]?\Z|\d[×x]\Z", text[max(0, f.start - 2) : f.start])
    ]
    return sorted(found, key=lambda figure: figure.start)


# "de 4.500 à 5.000 postes", "2 à 3 millions de tonnes", "between 2 and 3 million tonnes":
# the lower bound said before the figure.
_RANGE_FROM = re.compile(
    rf"(?:(?:de|from|between|entre) )?(?P<n>{_NUM})\s*(?P<s>{_SCALE})?\s*(?:a|to|and|et|-)\s*$"
)


# "30 millions de dollars, soit environ dix milliards d'ouguiyas", "$18 million,
# approximately EGP 902 million", "(28.000.000 US$), soit …": the sum just said, restated in
# another currency (GOLD.md rule 12); the words between the two sums.
_CONVERSION_GAP = re.compile(
    r"\s*\)?\s*(?:[,;]?\s*(?:soit|i\.\s?e\.,?|c'est-a-dire|that is|equivalent to|equivalant a"
    r"|l'equivalent de|the equivalent of)\s*|,\s*(?:or\s+|ou\s+)?)$"
)


def _is_conversion(
    sentence: str, start: int, match: re.Match[str], money: Money, found: list[Figure]
) -> bool:
    """A sum right after another in a different currency, said as its equivalent: after
    "soit", "i.e.", or after a comma with "about", "approximately", "environ" before it."""
    for figure in found:
        if figure.field != "investment" or not isinstance(figure.value, Money):
            continue
        between = sentence[figure.end - start : match.start()]
        if figure.end - start > match.start() or len(between) > 64:
            continue  # (a sum far before is none this one restates; a bracket is short)
        if rx.fullmatch(r"\s*\([^()]{1,40}, ", between) and figure.value.currency != money.currency:
            return True  # "ISK 80 billion (USD 701 million, EUR 518 million)": each one in it
        # "28 millions de dollars (28.000.000 US$), soit …": a bracket between them
        gap = rx.sub(r"\s*\([^()]{0,30}\)", "", between)
        if len(gap) > 16:
            continue
        said = _CONVERSION_GAP.fullmatch(gap)
        if said is None or figure.value.currency == money.currency:
            continue
        if rx.search(r"[a-z]", gap) or rx.match(_APPROX, match.group(0)):
            return True
    return False


def _range(
    text: str, sentence: str, at: int, start: int, upper: float, scale: str | None
) -> tuple[float, int] | None:
    """The lower bound of a range whose upper bound begins at ``at`` (sentence offsets),
    and where the range begins (text offsets); None if no range."""
    found = _RANGE_FROM.search(sentence[max(0, at - 40) : at])
    if found is None or _is_year(found.group("n")):
        return None
    if _CHANGED_FROM.search(sentence, 0, max(0, at - 40) + found.start()):
        # "raising capacity from 1 million to 2 million tonnes", "qui passera de 1 à 2
        # millions de tonnes": the figure before a change and after it, the later one now
        return None
    lower = _number(found.group("n")) * _SCALES.get(found.group("s") or scale or "", 1.0)
    if lower >= upper:
        return None
    return lower, start + max(0, at - 40) + found.start()


# "from 100 to 300 million dollars" after a verb of change: the sum before and after it, no
# range of one sum
_CHANGED_FROM = re.compile(
    r"\b(?:pass\w*|porte\w*|increas\w*|rais\w*|augment\w*|grow\w*|grew|ris\w*|rose|boost\w*"
    r"|hauss\w*|doubl\w*|tripl\w*|revis\w*|up"
    # ("plans to expand the plant's capacity from 1 million to 2.5 million tonnes")
    r"|expand\w*|extend\w*|lift\w*|ramp\w*|accro\w*|bring\w*|brought)\b[^.;]{0,40}$"
)
# "$200 million and $300 million": the lower bound said as a sum of its own
_BETWEEN_SUMS = re.compile(r"\s*(?:and|et|to|a|-)\s*$")


def _money_range(
    text: str, sentence: str, match: re.Match[str], start: int, money: Money, found: list[Figure]
) -> tuple[Money, int]:
    """ "1 to 1.5 billion U.S. dollars", "entre 200 et 300 millions d'euros", "between $2
    million and $3 million": a sum said as a range is its bounds (GOLD.md rule 2), and the
    figure begins at its lower bound; a sum said before and after a change ("raised from 100
    to 300 million dollars") is none. Returns the sum and where it begins (text offsets)."""
    upper = money.value
    if upper is None or money.qualifier != "exact":
        return money, start + match.start()
    lower: float | None = None
    begins = start + match.start()
    earlier = _sum_just_before(sentence, match, start, money, found)
    if earlier is not None and rx.search(
        r"\b(?:between|entre|from|de)\s*$", sentence[: earlier[0].start - start]
    ):
        lower, begins = earlier[1], earlier[0].start
    else:
        ranged = _range(text, sentence, match.start(), start, upper, match.group("s2"))
        if ranged is not None:
            lower, begins = ranged
    if lower is None or lower >= upper or _CHANGED_FROM.search(sentence, 0, begins - start):
        return money, start + match.start()
    if earlier is not None and begins == earlier[0].start:
        found.remove(earlier[0])  # the lower bound is the range's, no sum of its own
    raw = text[begins : start + match.end()]
    return Money(min=_tidy(lower), max=upper, currency=money.currency, raw=raw), begins


def _sum_just_before(
    sentence: str, match: re.Match[str], start: int, money: Money, found: list[Figure]
) -> tuple[Figure, float] | None:
    """The sum in the same currency said just before this one, joined to it by "and",
    "to", "et", "à" or a dash ("$200 million and $300 million"), and its value."""
    for figure in reversed(found):
        said = figure.value
        if (
            figure.field == "investment"
            and isinstance(said, Money)
            and said.currency == money.currency
            and said.value is not None
            and _BETWEEN_SUMS.fullmatch(sentence[figure.end - start : match.start()])
        ):
            return figure, float(said.value)
    return None


def _daily(per: str, before: str, after: str) -> bool:
    """ "a daily melting capacity of 500 tons", "40 tonnes of sugar a day", "produira par
    jour 700 tonnes": the day said after the unit, before the number, or after what is made."""
    return bool(rx.search(r"jour|day|/\s*d\b", per)) or bool(
        # (not another figure's day: "crush 4,000 tonnes of cane per day and produce 60,000
        # tonnes of sugar a year")
        rx.search(
            r"\b(?:daily|journaliere|quotidienne|par jour|per day)\b(?:(?! and | et )[^.;,\d]){0,30}$",
            before,
        )
        or rx.match(
            r"(?:\s+(?:of|de|d')\s*[\w' -]{1,25}?)?\s*(?:daily|par jour|quotidiennement)\b",
            after,
        )
        or rx.match(r"(?:\s+(?:of|de|d')\s*[\w' -]{1,25}?)?\s*(?:a|per|par) (?:day|jour)\b", after)
    )


def _monthly(per: str, after: str, before: str) -> bool:
    """ "3 000 tonnes par mois", "150,000 cases of soft drinks every month": the month said
    after the unit or after what is made; "une production mensuelle de 3.600 tonnes", "a
    monthly output of 500 tons": before the number."""
    return (
        bool(rx.search(r"mois|month", per))
        or bool(_MONTHLY_AFTER.match(after))
        or bool(rx.search(r"\b(?:monthly|mensuelle|par mois|per month)\b[^.;,\d]{0,30}$", before))
    )


def _is_year(number: str) -> bool:
    return bool(rx.fullmatch(r"(?:19|20)\d\d", number.strip()))


# "générer directement un millier d'emplois", "will directly create 500 jobs": the kind
# said by an adverb before the count, the verb's
_KIND_BEFORE = re.compile(
    r"\b(?P<t>directement|indirectement|directly|indirectly)"
    r"(?: (?:create|creer|generer|provide|fournir|offrir|employ|employer|creera|generera))?"
    r"(?: (?:some|about|around|over|up to|environ|pres de|plus de|quelque))? $"
)


def _said_before(sentence: str, at: int) -> JobType:
    """The kind of jobs an adverb just before a count says, or "total" when none does."""
    said = _KIND_BEFORE.search(sentence, max(0, at - 40), at)
    return _job_type(said.group("t")) if said else "total"


def _job_type(words: str) -> JobType:
    if "indirect" in words and rx.search(r"\bdirect", words.replace("indirect", "")):
        return "total"
    if "indirect" in words:
        return "indirect"
    if "direct" in words:
        return "direct"
    return "total"


# Canada said where a dollar is written after its figure, as the Quebec press writes it
# (in the folded text)
_CANADA_SAID = re.compile(
    r"(?<![\w-])(?:quebec|canada|montreal|ontario|canadien(?:ne)?s?|quebecois(?:es?)?)(?![\w-])"
)


def _money(match: re.Match[str], raw: str, fold: str) -> Money | None:
    """The sum ``match`` says (``fold``: the whole folded text, where its dollar's country
    may be said)."""
    number_text = match.group("n1") or match.group("n2") or match.group("n3")
    scale_word = match.group("s1") or match.group("s2") or ""
    symbol = (match.group("sym") or "").strip()
    currency_words = match.group("c") or ""
    scaled = rx.sub(r"\s", "", match.group("sc") or "")
    scale = _SCALES.get(scale_word.strip(), 1.0)
    if scaled:
        code, scale = _SCALED_CODES.get(scaled, ("", 1.0))
        if not code:  # "Mds $", "Md$", "Mrd €": a billion
            code, scale = ("EUR" if "€" in scaled else "USD"), 1e9
    elif symbol.startswith("rs") or symbol == "₹":
        code = "INR"
    elif symbol.startswith("gh"):
        code = "GHS"
    elif symbol in ("n", "₦"):
        code = "NGN"
    elif symbol == "r":
        code = "ZAR"  # "R150 million": the rand
    elif symbol.startswith("tk"):
        code = "BDT"
    elif symbol == "euro":
        code = "EUR"  # "a euro940 million deal": the wire services' prefix
    elif symbol.startswith("rp"):
        code = "IDR"  # "Rp330 billion": the rupiah's sign
    elif symbol == "p":
        code = "PHP"  # "P2 billion": the peso as the Philippine press writes it (reader/facts.py)
    elif symbol.startswith("sr"):
        code = "SAR"  # "SR3.3 billion": the Saudi riyal
    elif symbol.startswith("qr"):
        code = "QAR"  # "QR500 million": the Qatari riyal
    elif symbol == "le":
        code = "EGP"  # "LE1.7 billion": the Egyptian pound, as the Egyptian press writes it
    elif symbol.startswith("nu"):
        code = "BTN"  # "Nu 200 million": the ngultrum, as the Bhutanese press writes it
    elif symbol.startswith("bt"):
        code = "THB"  # "Bt7 billion": the baht, as the Thai press writes it
    elif symbol.startswith("mk"):
        code = "MWK"  # "MK5 billion": the kwacha, as the Malawian press writes it
    elif symbol.startswith("br"):
        code = "ETB"  # "Br 500 million": the birr, as the Ethiopian press writes it
    elif symbol.startswith("vt"):
        code = "VUV"  # "VT 500 million": the vatu, as the Vanuatu press writes it
    elif symbol.startswith("fj"):
        code = "FJD"  # "FJ$5 million": the Fijian dollar
    elif symbol.strip() == "rm":
        code = "MYR"  # "RM1.02 billion": the ringgit, as the Malaysian press writes it
    elif symbol == "rmb":
        code = "CNY"
    elif symbol.startswith(("ksh", "sh", "ush", "tsh")):
        # "KSh", "USh", "TSh", "Sh": a shilling, the host's unless the symbol says whose
        code = {"k": "KES", "u": "UGX", "t": "TZS"}.get(symbol[0], "KES")
    elif symbol in _SYMBOLS:
        code = _SYMBOLS[symbol]
    elif symbol in ("$", "us$"):
        code = "USD"
    elif symbol == "€":
        code = "EUR"
    elif symbol == "£":
        code = "GBP"
    elif symbol:
        code = symbol.upper()
    else:
        word = rx.sub(r"^(?:de |d')?(?:u\.?s\.?[ -])?", "", currency_words.strip())
        # (read where it stands, a code known by the figure before it: "50 million GEL")
        at = match.start("c") + currency_words.find(word)
        code = _first_read_at(_CODES, match.string, at) or ""
    if not code:
        return None
    if code == "USD" and raw.endswith("$") and _CANADA_SAID.search(fold):
        code = "CAD"  # "un investissement de 30 millions $" in the Quebec press: its dollar
    number = _number(number_text, scale_word.strip()) * scale
    qualifier, estimate = _qualifier(match.group("q"), "")
    if match.group("n1b"):
        # "EUR 5-6 million", "$2 to 3 billion": the sign and the scale are the range's
        lower, upper = number, _number(match.group("n1b"), scale_word.strip()) * scale
        if lower < upper and qualifier == "exact":
            return Money(min=_tidy(lower), max=_tidy(upper), raw=raw, currency=code)
        return None
    point, floor = _point_or_floor(number, qualifier)
    return Money(
        value=point, min=floor, qualifier=qualifier, estimate=estimate, raw=raw, currency=code
    )


def _point_or_floor(number: float, qualifier: str) -> tuple[int | float | None, int | float | None]:
    """ "plus de 2000" is at least 2000, never the point value 2000."""
    return (None, _tidy(number)) if qualifier == "at_least" else (_tidy(number), None)
