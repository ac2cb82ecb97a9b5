"""Dates the press writes, absolute ("fin 2025", "11 décembre 2023", "May 23") and relative
("il y a quelques jours", "récemment", "lundi", "last year"), each a DateValue whose bounds
are placed against the source's publication date (``store.dates``); with an undated
source a relative date keeps its words and no bounds."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ..dates import DateParseError, parse_date, placed
from ..models import DateValue
from . import rx
from .segment import folded

_MONTH = r"(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december)"
# (the months' words, folded, for the readers that tell a month from a name)
MONTH_WORDS = _MONTH
_WEEKDAYS = {
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_YEAR = r"(?:19[89]\d|20[0-6]\d)"
_PART = r"(?:fin|debut|mi-|milieu|courant|end|early|mid-?|late|(?:the )?(?:beginning|start|end|middle|(?:early|late|latter) part) of)"
# "the beginning of 2018", "the end of 2026": the words of a part of a year as parsed
_PART_WORDS = {
    "beginning": "debut",
    "start": "debut",
    "end": "end",
    "middle": "mi",
    # "in the early part of 2007", "the latter part of 2025"
    "early part": "early",
    "late part": "late",
    "latter part": "late",
}
# The ten days of a month its parts say: its first, its middle, its last (0: the month's
# last day)
_TENTH_OF_A_MONTH = {
    "debut": (1, 10), "early": (1, 10),
    "mi": (11, 20), "mid": (11, 20), "milieu": (11, 20),
    "fin": (21, 0), "end": (21, 0), "late": (21, 0),
}  # fmt: skip
_COUNT = r"(?:\d{1,3}|un|une|deux|trois|quatre|cinq|six|dix|douze|one|two|three|four|five|six|ten|twelve|eighteen|dix-huit)"
_COUNTS = {
    "un": 1, "une": 1, "one": 1, "deux": 2, "two": 2, "trois": 3, "three": 3, "quatre": 4,
    "four": 4, "cinq": 5, "five": 5, "six": 6, "dix": 10, "ten": 10, "douze": 12,
    "twelve": 12, "eighteen": 18, "dix-huit": 18,
}  # fmt: skip
_HALVES = {
    "premier semestre": (1, 6), "first half": (1, 6), "h1": (1, 6),
    "second semestre": (7, 12), "deuxieme semestre": (7, 12), "second half": (7, 12),
    "h2": (7, 12), "premier trimestre": (1, 3), "first quarter": (1, 3), "q1": (1, 3),
    "deuxieme trimestre": (4, 6), "second trimestre": (4, 6), "second quarter": (4, 6),
    "q2": (4, 6), "troisieme trimestre": (7, 9), "third quarter": (7, 9), "q3": (7, 9),
    "quatrieme trimestre": (10, 12), "dernier trimestre": (10, 12),
    "fourth quarter": (10, 12), "last quarter": (10, 12), "q4": (10, 12),
    "final quarter": (10, 12), "latter half": (7, 12),
}  # fmt: skip
_REL_YEAR = (
    r"(?P<ry2>next year|this year|last year|the year|l'an(?:nee)? prochaine?|l'annee en cours"
    r"|cette annee|l'annee|l'an(?:nee)? dernier|l'annee derniere"
    # "en début d'année prochaine", "en fin d'année": the year said after "d'"
    r"|(?<=d')annee(?: prochaine| en cours| derniere)?)"
)
# "Dec. 5, 2023", "5 déc. 2023", "Sept 12": a month abbreviated before or after its day
_ABBREVIATED = {
    "jan": 1, "janv": 1, "feb": 2, "fev": 2, "fevr": 2, "mar": 3, "apr": 4, "avr": 4,
    "jun": 6, "jul": 7, "juil": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11,
    "dec": 12,
}  # fmt: skip
_ABBREVIATION = "(?:" + "|".join(sorted(_ABBREVIATED, key=len, reverse=True)) + ")"
_PATTERNS = (
    # "Operations would begin the following year", "l'année suivante": the year after the
    # one said before it, which the reader places (``after_the_year_said``)
    # "… and be finalised two years later", "deux ans plus tard": so many years after it
    re.compile(
        r"\b(?P<fy>the following year|the year after|l'annee suivante|l'an suivant"
        r"|(?:a|one|two|three|four|five|un|deux|trois|quatre|cinq|\d) (?:years?|ans|an|annees?)"
        r" (?:later|plus tard|apres))\b"
    ),
    # "set up in the 1980s", "créée dans les années 1990", "les années 80": a decade, its ten
    # years (before a year's pattern, which would read its first year alone)
    re.compile(
        r"\b(?:the )?(?P<dec>(?:19|20)\d0)'?s\b|\bannees (?P<dec2>(?:19|20)?\d0)\b(?![\d-])"
    ),
    # "earlier this year in February", "cette année en mars": a month of the year said
    # relatively, said after it (before "earlier this year" alone is read)
    re.compile(
        rf"\b(?:(?:earlier|later|plus tot) )?(?P<ry>this year|last year|cette annee|l'annee derniere),?"
        rf" (?:in|en) (?P<rm>{_MONTH})\b(?! \d)"
    ),
    # "at the end of next year", "fin de l'année prochaine", "early this year", "by the end
    # of next year", "d'ici la fin de l'année": a part of a year said relatively, or a
    # deadline at its end, placed by the source's date
    re.compile(
        rf"\b(?:(?P<yd>by|d'ici(?: a)?|avant|before|no later than|au plus tard)(?: the| la)? )?(?:(?:at|a|towards|vers|in|au|dans|en) (?:the |la |le )?)?"
        rf"(?P<yp>fin|debut|mi-|milieu|end|beginning|start(?= of)|early|mid-?|late|middle|courant)(?: (?:of|de|du|d'))? ?{_REL_YEAR}(?! \d)"
    ),
    # "in two years", "dans trois ans": the year that many years after the source's;
    # "in around five years", "dans environ trois ans": so many, roughly
    re.compile(
        rf"\b(?:in|dans) (?:(?:around|about|some|roughly|approximately|environ|a peu pres|pres de) )?(?P<iy>{_COUNT}) (?:years?|ans)(?:'? time)?\b(?! (?:ago|old|de |of |et demie?\b|and a half\b))"
    ),
    # "by Dec. 31, 2030", "by June 30, 2027", "d'ici le 30 juin 2027", "au plus tard le 1er
    # mars 2026": a deadline on a day, from the source's date to that day (before the days'
    # own patterns, which would read the day alone)
    re.compile(
        rf"\b(?P<xby>by|no later than|d'ici(?: au| le| a)?|au plus tard le|avant le) (?:(?P<xm>{_MONTH}"
        rf"|{_ABBREVIATION}\.?) (?P<xd>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<xy>{_YEAR})"
        rf"|(?P<xd2>\d{{1,2}})(?:er|st|nd|rd|th)? (?P<xm2>{_MONTH}|{_ABBREVIATION}\.?),? (?P<xy2>{_YEAR}))(?![\d-])"
    ),
    # "Dec. 5, 2023", "Sept 12", "5 déc. 2023", "the 2nd of March": abbreviated or ordinal
    re.compile(
        rf"\b(?P<am>{_ABBREVIATION})\.? (?P<ad>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? (?P<ay>{_YEAR}))?(?![\d:])"
        rf"|\b(?P<ad2>\d{{1,2}})(?:st|nd|rd|th|er)? (?P<am2>{_ABBREVIATION})\.?(?: (?P<ay2>{_YEAR}))?\b(?! \d)"
        rf"|\b(?:the )?(?P<od>\d{{1,2}})(?:st|nd|rd|th) (?:of )?(?P<om4>{_MONTH})(?:,? (?P<oy>{_YEAR}))?\b"
        rf"|\b(?P<om5>{_MONTH}) (?P<od2>\d{{1,2}})(?:st|nd|rd|th)(?:,? (?P<oy2>{_YEAR}))?\b"
    ),
    # "18/07/2023", "18.07.2023": a day in figures, the day first
    re.compile(rf"\b(?P<nd>\d{{1,2}})[/.](?P<nm>\d{{1,2}})[/.](?P<ny>{_YEAR})\b"),
    # "il y a deux ans", "two years ago": a year counted back from the source's
    re.compile(rf"\b(?:il y a (?P<ag>{_COUNT}) ans|(?P<ag2>{_COUNT}) years? ago)\b"),
    # "earlier this year", "plus tard cette année": the part of the source's year before
    # or after its date
    re.compile(
        r"\b(?P<ey>earlier|later|plus tot|plus tard) (?:this year|cette annee|dans l'annee)\b"
    ),
    # "début mars", "fin juin", "mid-May": a part of a month said without its year
    re.compile(
        rf"\b(?P<pp>debut|fin|mi-|mid-?|early|late|end of|courant|au cours du mois de) ?(?P<pm>{_MONTH})\b(?! (?:de |of )?\d)(?!,? {_YEAR})"
    ),
    # "by December 2017", "d'ici (à) fin mars 2025", "avant juin 2024": a deadline with its
    # month, from the source's date to the month's end.
    re.compile(
        rf"\b(?:by|d'ici(?: a)?|no later than|au plus tard en|avant)(?: (?:the )?end of| la fin(?: du mois)? de| fin)? (?:(?:le )?mois (?:de |d'))?(?P<bm>{_MONTH}) (?P<bmy>{_YEAR})(?![\d-])"
    ),
    # "au mois de mai dernier", "en avril prochain", "last May", "d'ici le mois d'avril",
    # "by April": a month without its year, placed by the source's date.
    re.compile(
        rf"\b(?:(?:au |en |le |courant )?(?:mois (?:de |d'))?(?<!\d )(?<!\der )(?P<om>{_MONTH}) (?P<ow>dernier|passe|prochain)"
        rf"|(?P<ow2>last|next|this|ce|cette) (?:mois (?:de |d'))?(?P<om2>{_MONTH})"
        rf"|(?P<ow3>by|d'ici(?: a)?|d'ici (?:la )?fin|avant(?: la)? fin|by the end of) (?:(?:le )?mois (?:de |d'))?(?P<om3>{_MONTH}))\b(?! \d)(?! (?:of )?{_YEAR})(?! (?:of |de )?(?:next|this|last) year\b| (?:de )?l'an)"
    ),
    # "in March next year", "en mars de l'année prochaine": a month of a year said relatively
    re.compile(
        rf"\b(?:(?P<rby>by|d'ici(?: a)?) |in |en )?(?P<rm>{_MONTH}) (?:of |de )?(?P<ry>next year|this year|last year|l'an(?:nee)? prochaine?|l'annee en cours|cette annee|l'an(?:nee)? dernier|l'annee derniere)\b"
    ),
    # "d'ici à un an et demi", "within a year and a half", "in one and a half years", "dans
    # deux ans et demi": a span of so many years and six months from the source's date
    # (before the plain span, which would read "d'ici un an" alone)
    re.compile(
        rf"\b(?:within|in|dans|d'ici(?: a)?|sous|en moins d'|en moins de|in less than|in under) "
        rf"(?P<half>(?P<hn>{_COUNT}|une?) (?:ans?|annees?) et demie?|(?P<hn2>a|{_COUNT}) years? and a half"
        rf"|(?P<hn3>{_COUNT}) and a half years)\b"
    ),
    # "within 30 months", "dans les 30 prochains mois", "d'ici deux ans", "d'ici un an", "in the next
    # three years", "completed in 30 months"; how long works last, "d'une durée de 12
    # mois", "(la durée des travaux est) estimée à 18 mois", "(le délai d'exécution est) estimé
    # à 28 mois": a span from the source's date.
    re.compile(
        rf"\b(?:within(?: the next)?|in the next|over the next|during the next|dans un delai de|dans les|dans|in|d'une duree de(?= \d)|(?<=estimee )a(?= \d)|(?<=estime )a(?= \d)|au cours des|durant les|d'ici(?: a)?|sous|en moins de|in less than|in under) (?P<n>{_COUNT}|an?(?= (?:year|month|week)\b)) (?:prochain(?:e)?s |next |coming |a venir )?(?P<u>mois|months?|ans?|annees?|years?|semaines|weeks?)(?: (?:prochain(?:e)?s|a venir|suivants|qui viennent))?\b"
    ),
    # "by 2025", "d'ici 2027", "à l'horizon 2030", "no later than 2026": a deadline
    re.compile(
        rf"\b(?:by|d'ici(?: a)?|a l'horizon(?: de)?|horizon|no later than|au plus tard(?: en)?|avant|before)(?: (?:the )?end of| la fin de| fin)? (?P<by>{_YEAR})(?![\d-])"
    ),
    # "by mid-2019", "by early 2020", "d'ici la mi-2026", "before the middle of 2027": a
    # deadline at a part of a year, from the source's date to the part's end
    re.compile(
        rf"\b(?P<pby>by|d'ici(?: a)?|no later than|avant|before) (?:the |la )?(?P<pbp>mid-?|mi-|early"
        rf"|late|end-|(?:the )?(?:middle|beginning|start) of|milieu(?: de)?|debut) ?(?P<pby_y>{_YEAR})(?![\d-])"
    ),
    # "au premier semestre 2026", "in the second half of 2025", "Q3 2024"
    re.compile(
        # ("by the end of the first quarter of 2026", "d'ici la fin du premier semestre 2025":
        # a deadline, no start)
        rf"\b(?:(?P<hby>by|d'ici(?: a)?|avant|before|no later than)(?: the end of| la fin(?: du| de)?"
        rf"| fin(?: du| de)?)? (?:the |le |du )?|(?:au|le|du|in the|the|during the|by the) )?"
        rf"(?P<h>{'|'.join(sorted(_HALVES, key=len, reverse=True))})(?: (?:of|de|de l'annee|of the year))? (?P<hy>{_YEAR}(?![\d-])|next year|this year|last year|l'annee prochaine|de l'annee prochaine|cette annee|de cette annee|l'annee derniere)"
        # "are expected to begin in the third quarter", "au troisième trimestre": no year
        # said, the source's (not "the first quarter results", a company's accounts)
        rf"|\b(?:in the|au|during the|pendant le|dans le courant du) (?P<h0>(?:first|second|third|fourth"
        rf"|final|last) (?:quarter|half)|(?:premier|deuxieme|second|troisieme|quatrieme|dernier)"
        rf" (?:trimestre|semestre))\b(?! (?:of|de|du|d')\b| ?\d)(?!,? (?:results|earnings|sales|profits?"
        rf"|revenues?|resultats|benefices?|chiffre)\b)"
    ),
    # "au printemps 2025", "cet été", "l'automne prochain", "in the summer of 2024", "next
    # spring": a season, of a year said or placed by the source's date
    re.compile(
        rf"\b(?:(?:au|en|cet|ce|a l'|des l'|des cet|des ce|l'|d'ici l'|in the|in|this|next|last|by the|the) ?)?"
        rf"(?P<season>printemps|ete|automne|hiver|spring|summer|autumn|fall|winter)"
        rf"(?: (?P<sw>prochain|dernier))?(?: (?:of |de )?(?P<sy>{_YEAR}))?\b"
    ),
    # "between April and May 2024", "entre avril et mai 2024", "from March to June 2025",
    # "d'avril à juin 2025": two months of one year, one span from the first to the last
    re.compile(
        rf"\b(?:between|entre|from|de|d') ?(?P<bm1>{_MONTH}) (?:and|et|to|a) (?P<bm2>{_MONTH})"
        rf",? (?P<bmy2>{_YEAR})(?![\d-])"
    ),
    # "mercredi 11 avril", "3 janvier 2017": a day, its weekday kept in its words; "hier 19
    # septembre", "yesterday, 3 March": a relative word and the day it names, one date
    re.compile(
        rf"\b(?:(?:hier|avant-hier|aujourd'hui|yesterday|today),? )?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday),? )?(?P<d>\d{{1,2}})(?:er)? (?P<m>{_MONTH})(?: (?P<y>{_YEAR})| (?P<dw>dernier|prochain))?\b"
    ),
    re.compile(rf"\b(?P<m>{_MONTH}) (?P<d>\d{{1,2}})(?:, (?P<y>{_YEAR}))?\b"),
    re.compile(
        rf"\b(?P<p>{_PART})? ?(?:(?:de |of )?(?:l'annee |the year |d'annee ))?(?P<m>{_MONTH},? (?:of )?)?(?P<y>{_YEAR})(?![\d-])"
    ),
    # "in March", "en janvier": a month alone, the last one up to the source's date (as a
    # day without its year), its words alone on an undated page
    re.compile(
        # ("depuis le mois de juin", "since June": the month the works have gone on since)
        rf"\b(?:in|en|au mois de|au mois d'|in the month of|since|depuis le mois de"
        rf"|depuis le mois d'|depuis) (?P<am6>{_MONTH})"
        # "in March or April", "en mars ou avril", "in March to May": either month, one span
        rf"(?: (?:or|ou|to|a|-|–) (?:(?:in|en) )?(?P<am7>{_MONTH}))?"
        rf"\b(?! (?:of |de )?\d)(?!,? \d)(?! (?:next|this|last|prochain|dernier|passe))"
    ),
    re.compile(
        r"\b(?P<r>(?:il y a|depuis) (?:\d{1,3}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) (?:jours|semaines|mois)|(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten) (?:days|weeks|months) ago|il y a (?:quelques|plusieurs) (?:jours|semaines|mois)|(?:quelques|plusieurs|a few|several) (?:days|weeks|months) ago|(?:tout|tres|plus) recemment|recemment|tout dernierement|dernierement|(?:very |more |most |only )?recently(?! (?:built|constructed|completed|erected|renovated|refurbished|upgraded|expanded|acquired)\b)|hier|yesterday|la semaine (?:derniere|passee|ecoulee)|last week|le mois (?:dernier|passe|ecoule)|last month|l'an(?:nee)? (?:dernier|derniere|passee?|ecoulee)|last year|l'an(?:nee)? prochaine?|next year|this year|cette annee|(?:au cours|dans le courant) de l'annee(?! (?:\d|derniere|prochaine|passee|ecoulee))|la semaine prochaine|next week|le mois prochain|next month|dans quelques (?:jours|semaines|mois)|in a few (?:days|weeks|months)|dans les (?:jours|semaines|mois) (?:a venir|qui viennent)|(?:in|over|during|within) the (?:coming|next few|following) (?:days|weeks|months)|au cours des (?:prochain(?:e)?s (?:jours|semaines|mois)|(?:jours|semaines|mois) (?:a venir|qui viennent))|(?:earlier )?this (?:week|month)|cette semaine|ce mois-ci|aujourd'hui|today"
        # "will begin in the near future", "is expected to commence immediately": ahead,
        # with no day (not "immediately after", a sequence)
        r"|in the near future|dans un (?:proche avenir|avenir proche)|prochainement"
        # "It will be operational within a few years", "d'ici quelques années": ahead, vague
        r"|(?:with)?in (?:a few|the next few|the coming) years|(?:dans|d'ici) (?:quelques|les prochaines)"
        r" annees"
        r"|immediately(?! (?:after|before|following))|immediatement(?! (?:apres|avant)))\b"
    ),
    # "avant la fin du mois en cours", "by the end of the year": a deadline, no start.
    re.compile(
        # ("by the end of the decade", "d'ici la fin de la décennie": the decade's last year)
        r"\b(?:avant|d'ici) la fin (?P<e>du mois|de l'annee|de cette annee|de la decennie)"
        r"(?: en cours)?|\bby the end of (?:the|this) (?P<e2>month|year|decade)\b"
        # "due to finish by year-end", "by the year's end": this year's end
        r"|\bby (?:the )?(?P<e3>year)[- ]end\b|\bby the (?P<e4>year)['’]s end\b"
    ),
    re.compile(
        r"\b(?:on |le |ce |)(?:(?P<wn>next|this coming|coming) |(?P<wl>last|past) |this )?(?P<w>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?! \d)(?P<wn2> prochain)?(?P<wl2> dernier)?"
        # "Ce vendredi après-midi", "on Friday afternoon": the day, its part said with it
        r"(?: (?:apres-midi|matin|soir|afternoon|morning|evening))?"
    ),
)
_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            (),
            ("janvier", "january"),
            ("fevrier", "february"),
            ("mars", "march"),
            ("avril", "april"),
            ("mai", "may"),
            ("juin", "june"),
            ("juillet", "july"),
            ("aout", "august"),
            ("septembre", "september"),
            ("octobre", "october"),
            ("novembre", "november"),
            ("decembre", "december"),
        ]
    )
    for m in names
}


@dataclass(frozen=True)
class DateMention:
    value: DateValue
    start: int
    end: int


# What a span is counted from when it is not the source's date: "… of the groundbreaking",
# "… after the signing", "… suivant la pose de la première pierre"
_FROM_ANOTHER_EVENT = re.compile(
    r" (?:of|after|from|following) (?:the|its|their|signing|construction|commissioning)\b"
    r"| (?:suivant|apres|a compter de|a partir de|a dater de) (?:la|le|l'|les|sa|son|leur)"
)


def dates_in(
    text: str, fold: str, start: int, end: int, published: DateValue | None
) -> list[DateMention]:
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    parts: dict[int, str] = {}  # where a part of a year is said without its year
    sentence = fold[start:end]
    for pattern in _PATTERNS:
        for match in pattern.finditer(sentence):
            a, b = start + match.start(), start + match.end()
            a, b = _trim(fold, a, b)
            if any(not (b <= x or a >= y) for x, y in taken) or a >= b:
                continue
            if text[b : b + 5] == " City":
                taken.append((a, b))
                continue  # "6th of October City", "10th of Ramadan City": a town's name
            if match.groupdict().get("u") and _FROM_ANOTHER_EVENT.match(fold, b):
                # "within 24 months of the groundbreaking", "dans les 18 mois suivant la pose
                # de la première pierre": a span from an event, not from the source's date
                taken.append((a, b))
                continue
            value = _value(match, text[a:b], published)
            if (
                value is not None
                and value.earliest
                and value.latest
                and value.earliest > value.latest
            ):
                # "could be set up by the end of 2017" in a report of 2021: a deadline before
                # the source's date bounds the date from above alone
                value = DateValue(
                    raw=value.raw,
                    latest=value.latest,
                    planned=value.planned,
                    estimate=value.estimate,
                )
            if value is not None:
                opener = _OPENER.search(fold, max(0, a - 20), a)
                if opener is not None and text.startswith("a ", opener.start()):
                    opener = None  # "il a très récemment accordé": the verb, no "à"
                if opener is not None:
                    value = DateValue(
                        raw=text[opener.start() : a] + value.raw,
                        earliest=value.earliest,
                        latest=value.latest,
                        planned=value.planned,
                        estimate=value.estimate,
                    )
                found.append(DateMention(value, a, b))
                taken.append((a, b))
                if match.groupdict().get("h0"):
                    parts[a] = match["h0"]
    found.sort(key=lambda mention: mention.start)
    found = [_in_year_said_before(m, found[:i], parts) for i, m in enumerate(found)]
    return [m for i, m in enumerate(found) if not _named_next(fold, m, found[i + 1 :])]


def _in_year_said_before(
    mention: DateMention, before: list[DateMention], parts: dict[int, str]
) -> DateMention:
    """ "A pilot launch is scheduled for the first quarter of 2025, with full production
    commencing in the second quarter": a part of a year said without its year is of the
    year the same sentence said before it, not the source's."""
    part = parts.get(mention.start)
    years = [d for d in before if d.value.earliest and d.value.latest]
    if part is None or not years:
        return mention
    said = years[-1].value
    year = (said.earliest or "")[:4]
    if year != (said.latest or "")[:4] or not year.isdigit():
        return mention
    first, last_month = _HALVES[part]
    last = calendar.monthrange(int(year), last_month)[1]
    value = DateValue(
        raw=mention.value.raw,
        earliest=f"{year}-{first:02d}-01",
        latest=f"{year}-{last_month:02d}-{last:02d}",
        planned=mention.value.planned,
        estimate=mention.value.estimate,
    )
    return DateMention(value, mention.start, mention.end)


# The words that open a date's (GOLD.md rule 3): "en septembre prochain", "on July 4", "le
# 19 juillet", "ce jeudi", "au mois de novembre", "à la fin 2018", "d'ici fin 2026", "à
# partir de 2019"; the mention keeps its trimmed span, its words are the analyst's.
_OPENER = re.compile(
    r"(?<![\w'])(?:(?:in|on|at|by|en|au|aux|du|pour|le|ce|cette|cet|d'ici|des|a partir de)"
    r"|a(?: la| l')?)(?: (?:le |la )?mois (?:de|d'))? ?$"
)


_RELATIVE_DAY = re.compile(r"(?:yesterday|today|hier|avant-hier|aujourd'hui)")


def _named_next(fold: str, mention: DateMention, later: list[DateMention]) -> bool:
    """ "opened yesterday, July 4": a relative day whose date the text says right after it
    is that date, said in its own words."""
    return (
        bool(later)
        and _RELATIVE_DAY.fullmatch(fold[mention.start : mention.end]) is not None
        and rx.fullmatch(r",? ", fold[mention.end : later[0].start]) is not None
    )


def _trim(fold: str, a: int, b: int) -> tuple[int, int]:
    while a < b and fold[a] == " ":
        a += 1
    # the preposition before a date is no part of its words ("en septembre prochain"), the
    # demonstrative of "ce mois-ci" one
    for lead in ("on ", "le ", "ce ", "en "):
        if fold.startswith(lead, a) and not fold.startswith("ce mois-ci", a):
            a += len(lead)
    return a, b


def _months_later(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _span(groups: dict[str, str | None], raw: str, published: DateValue | None) -> DateValue:
    """The dates a span or a deadline allows: from the source's date to its end."""
    if groups.get("by"):
        earliest = published.earliest if published else None
        return DateValue(raw=raw, earliest=earliest, latest=f"{groups['by']}-12-31", planned=True)
    if not published or not published.earliest:
        return DateValue(raw=raw, planned=True)
    said = groups.get("n") or "1"
    count = int(said) if said.isdigit() else _COUNTS.get(said, 1)
    unit = groups.get("u") or ""
    day = dt.date.fromisoformat(published.earliest)
    if groups.get("half"):
        whole = groups.get("hn") or groups.get("hn2") or groups.get("hn3") or "1"
        years = int(whole) if whole.isdigit() else _COUNTS.get(whole, 1)
        last = _months_later(day, years * 12 + 6)
    elif unit.startswith(("semaine", "week")):
        last = day + dt.timedelta(weeks=count)
    else:
        last = _months_later(day, count * (1 if unit.startswith("mo") else 12))
    return DateValue(raw=raw, earliest=day.isoformat(), latest=last.isoformat(), planned=True)


def _month_placed(
    groups: dict[str, str | None], raw: str, published: DateValue | None
) -> DateValue:
    """A month said without its year ("en mai dernier", "by April"): the last one before
    the source's date or the next one after it; its words alone on an undated page."""
    name = groups.get("om") or groups.get("om2") or groups.get("om3") or ""
    word = groups.get("ow") or groups.get("ow2") or groups.get("ow3") or ""
    deadline = bool(groups.get("om3"))
    past = word in ("dernier", "passe", "last")
    if not published or not published.earliest:
        return DateValue(raw=raw, planned=not past)
    day = dt.date.fromisoformat(published.earliest)
    month = _MONTHS[name]
    if past:
        year = day.year if month < day.month else day.year - 1
    elif word in ("this", "ce", "cette"):
        year = day.year
    else:
        year = day.year if month >= day.month else day.year + 1
    last = calendar.monthrange(year, month)[1]
    first = day.isoformat() if deadline else f"{year}-{month:02d}-01"
    return DateValue(
        raw=raw, earliest=first, latest=f"{year}-{month:02d}-{last:02d}", planned=not past
    )


def _relative_year(said: str, year_of_source: int) -> int:
    if rx.search(r"next|prochain", said):
        return year_of_source + 1
    if rx.search(r"last|dernier", said):
        return year_of_source - 1
    return year_of_source


def _part_of_year(
    groups: dict[str, str | None],
    raw: str,
    published: DateValue | None,
    year_of_source: int | None,
) -> DateValue:
    """ "at the end of next year", "début de l'année prochaine", "by the end of the year"."""
    if year_of_source is None:
        return DateValue(raw=raw, planned=not rx.search(r"last|dernier", raw.casefold()))
    in_year = _relative_year(groups.get("ry2") or "", year_of_source)
    part = (groups.get("yp") or "").rstrip("-")
    part = {"beginning": "debut", "start": "debut", "middle": "mi", "milieu": "mi"}.get(part, part)
    if part == "courant":
        earliest: str | None = f"{in_year}-01-01"
        latest: str | None = f"{in_year}-12-31"
    else:
        parsed = parse_date(f"{part} {in_year}")
        earliest, latest = parsed.earliest, parsed.latest
    if groups.get("yd") and published and published.earliest:
        # a deadline: from the source's date to the part's end
        earliest = min(published.earliest, latest or published.earliest)
    return DateValue(raw=raw, earliest=earliest, latest=latest, planned=in_year >= year_of_source)


def _by_part_of_year(
    groups: dict[str, str | None], raw: str, published: DateValue | None
) -> DateValue | None:
    """ "by mid-2019": planned, from the source's date (none on an undated page) to the
    part's last day."""
    part = (groups.get("pbp") or "").removeprefix("the ").removesuffix(" of").rstrip("-")
    part = {"beginning": "debut", "start": "debut", "middle": "mi", "milieu de": "mi"}.get(
        part, {"milieu": "mi", "end": "fin"}.get(part, part)
    )
    try:
        latest = parse_date(f"{part} {groups['pby_y']}").latest
    except DateParseError:
        return None
    earliest = published.earliest if published else None
    if earliest and latest and earliest > latest:
        earliest = None
    return DateValue(raw=raw, earliest=earliest, latest=latest, planned=True)


# A season runs from its equinox or solstice to the next (GOLD.md rule 22): (month, day)
_SPRING, _SUMMER, _AUTUMN, _WINTER = (
    ((3, 20), (6, 20)),
    ((6, 20), (9, 22)),
    ((9, 22), (12, 21)),
    ((12, 21), (3, 20)),
)
_SEASONS = {
    "printemps": _SPRING, "spring": _SPRING, "ete": _SUMMER, "summer": _SUMMER,
    "automne": _AUTUMN, "autumn": _AUTUMN, "fall": _AUTUMN, "hiver": _WINTER, "winter": _WINTER,
}  # fmt: skip


# the month's words with or without their preposition: a date's words are kept trimmed
_MONTH_ALONE = re.compile(
    rf"(?:(?:in|en|au mois de|au mois d'|in the month of|since|depuis le mois de"
    rf"|depuis le mois d'|depuis) )?(?P<m>{_MONTH})"
    rf"(?: (?:or|ou|to|a|-|–) (?:(?:in|en) )?(?P<m2>{_MONTH}))?"
)


# A day of a month said with no year: "on July 1", "le 1er juillet", "on 3 March"
_DAY_AND_MONTH_ALONE = re.compile(
    rf"(?:on |le |the )?(?:\d{{1,2}}(?:er|st|nd|rd|th)? (?:of )?{_MONTH}|{_MONTH} \d{{1,2}}"
    r"(?:st|nd|rd|th)?)"
)


# A weekday said alone: "jeudi", "ce jeudi", "on Thursday"
_WEEKDAY_ALONE = re.compile(
    r"(?:on |ce |this |le )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?: (?:apres-midi|matin|soir|afternoon|morning|evening))?"
)


def ahead_of(value: DateValue, published: DateValue | None) -> DateValue:
    """A month said alone ("will begin in March") of what is still to come: the next such
    month after the source's date, not the last one before it; a weekday ("ouvrira sa
    deuxième usine jeudi"), the next such day; a day of a month with no year ("will open on
    July 1"), that day in the next year."""
    if (
        _WEEKDAY_ALONE.fullmatch(folded(value.raw or "").casefold())
        and published
        and published.earliest
        and value.earliest
        and value.earliest < published.earliest
    ):
        day = (dt.date.fromisoformat(value.earliest) + dt.timedelta(days=7)).isoformat()
        return DateValue(raw=value.raw, earliest=day, latest=day, planned=True)
    if (
        _DAY_AND_MONTH_ALONE.fullmatch(folded(value.raw or "").casefold())
        and published
        and published.earliest
        and value.earliest
        and value.earliest == value.latest
        and value.earliest < published.earliest
    ):
        # "will open on July 1", "ouvrira le 1er juillet": that day next year, the one ahead
        on = dt.date.fromisoformat(value.earliest)
        if (on.month, on.day) == (2, 29):
            on = on.replace(day=28)  # a leap day: the next year has none
        ahead = on.replace(year=on.year + 1)
        return DateValue(
            raw=value.raw, earliest=ahead.isoformat(), latest=ahead.isoformat(), planned=True
        )
    said = _MONTH_ALONE.fullmatch(folded(value.raw or "").casefold())
    if not said or not published or not published.earliest or not value.earliest:
        return value
    if value.earliest[:7] >= published.earliest[:7]:
        return value
    year = int(value.earliest[:4]) + 1
    month = _MONTHS[said.group("m")]
    to_month = _MONTHS[said.group("m2") or said.group("m")]
    to_year = year if to_month >= month else year + 1
    last = calendar.monthrange(to_year, to_month)[1]
    return DateValue(
        raw=value.raw,
        earliest=f"{year}-{month:02d}-01",
        latest=f"{to_year}-{to_month:02d}-{last:02d}",
        planned=True,
    )


def from_latest_day(value: DateValue, days_said: list[str]) -> DateValue:
    """A deadline on an undated page ("d'ici 2019", "by June 2021"): from the latest day the
    text names up to its end (the text was written on that day or after it), as it runs
    from the source's date on a dated page; its words alone when the text names no day."""
    if value.earliest is not None or value.latest is None:
        return value
    # (the deadline's own day, "by Dec. 31, 2030", is none the text was written on)
    before = [day for day in days_said if day < value.latest]
    if not before:
        return value
    return DateValue(
        raw=value.raw,
        earliest=max(before),
        latest=value.latest,
        planned=value.planned,
        estimate=value.estimate,
    )


def days_named(text: str, fold: str) -> list[str]:
    """The days an undated text names in full, its year said ("mardi 26 septembre 2017",
    "on March 3, 2021")."""
    return [
        d.value.earliest
        for d in dates_in(text, fold, 0, len(fold), None)
        if d.value.earliest and d.value.earliest == d.value.latest
    ]


def _season(
    groups: dict[str, str | None], raw: str, year_of_source: int | None
) -> DateValue | None:
    """ "au printemps 2025", "next summer", "l'hiver dernier", "dès l'été" (from the summer
    on, its start the date): from the season's equinox or solstice to the next (a winter
    runs into the next year); its words alone on an undated page."""
    said = raw.casefold()
    season = groups["season"] or ""
    if not (groups.get("sy") or groups.get("sw")) and not rx.match(
        r"(?:au|en|cet|ce|a l'|des l'|des cet|des ce|d'ici l'|in the|in|this|next|last|by the)\b",
        folded(said),
    ):
        return None  # "a été", "a fall in prices", "the summer heat": the word, no date
    word = groups.get("sw") or ""
    ahead = bool(word == "prochain" or rx.match(r"next\b", said))
    past = bool(word == "dernier" or rx.match(r"last\b", said))
    if groups.get("sy"):
        year = int(groups["sy"] or 0)
    elif year_of_source is None:
        return DateValue(raw=raw, planned=not past)
    else:
        year = year_of_source + (1 if ahead else -1 if past else 0)
    (first, first_day), (last, last_day) = _SEASONS[season]
    end_year = year + 1 if last < first else year
    return DateValue(
        raw=raw,
        earliest=f"{year}-{first:02d}-{first_day:02d}",
        latest=f"{end_year}-{last:02d}-{last_day:02d}",
        planned=ahead,
    )


def _short_day(
    groups: dict[str, str | None],
    raw: str,
    published: DateValue | None,
    year_of_source: int | None,
) -> DateValue | None:
    """ "Dec. 5, 2023", "5 déc.", "the 2nd of March": a day whose month is abbreviated or
    whose number is an ordinal; without a year, the last such day up to the source's."""
    abbreviated = groups.get("am") or groups.get("am2")
    month = (
        _ABBREVIATED[abbreviated]
        if abbreviated
        else _MONTHS[groups.get("om4") or groups.get("om5") or ""]
    )
    said_day = groups.get("ad") or groups.get("ad2") or groups.get("od") or groups.get("od2") or ""
    said_year = groups.get("ay") or groups.get("ay2") or groups.get("oy") or groups.get("oy2")
    year = int(said_year) if said_year else year_of_source
    if year is None:
        return DateValue(raw=raw)
    when = _day(year, month, said_day)
    if when is None:
        return None
    if (
        not said_year
        and published
        and published.earliest
        and when > (published.latest or published.earliest)
    ):
        when = _day(year - 1, month, said_day) or when
    return DateValue(raw=raw, earliest=when, latest=when)


def _day(year: int, month: int, day: str) -> str | None:
    try:
        return dt.date(year, month, int(day)).isoformat()
    except ValueError:
        return None


def _value(match: re.Match[str], raw: str, published: DateValue | None) -> DateValue | None:
    groups = match.groupdict()
    if groups.get("fy"):
        return DateValue(raw=raw)
    year_of_source = int(published.earliest[:4]) if published and published.earliest else None
    if groups.get("yp"):
        return _part_of_year(groups, raw, published, year_of_source)
    if groups.get("pby"):
        return _by_part_of_year(groups, raw, published)
    if groups.get("dec") or groups.get("dec2"):
        said = groups.get("dec") or groups.get("dec2") or ""
        first = int(said) if len(said) == 4 else 1900 + int(said)
        return DateValue(raw=raw, earliest=f"{first}-01-01", latest=f"{first + 9}-12-31")
    if groups.get("season"):
        return _season(groups, raw, year_of_source)
    if groups.get("bm1"):
        of_year = int(groups["bmy2"] or "0")
        first, last_month = _MONTHS[groups["bm1"] or ""], _MONTHS[groups["bm2"] or ""]
        if last_month < first:
            return None
        last = calendar.monthrange(of_year, last_month)[1]
        return DateValue(
            raw=raw,
            earliest=f"{of_year}-{first:02d}-01",
            latest=f"{of_year}-{last_month:02d}-{last:02d}",
        )
    if groups.get("am6"):
        if not published or not published.earliest or year_of_source is None:
            return DateValue(raw=raw)
        month = _MONTHS[groups["am6"] or ""]
        to_month = _MONTHS[groups.get("am7") or groups["am6"] or ""]
        in_year = year_of_source if month <= int(published.earliest[5:7]) else year_of_source - 1
        to_year = in_year if to_month >= month else in_year + 1
        last = calendar.monthrange(to_year, to_month)[1]
        return DateValue(
            raw=raw,
            earliest=f"{in_year}-{month:02d}-01",
            latest=f"{to_year}-{to_month:02d}-{last:02d}",
        )
    if groups.get("iy"):
        if year_of_source is None:
            return DateValue(raw=raw, planned=True)
        ahead_said = groups["iy"] or "1"
        ahead = int(ahead_said) if ahead_said.isdigit() else _COUNTS.get(ahead_said, 1)
        in_years = year_of_source + ahead
        return DateValue(
            raw=raw, earliest=f"{in_years}-01-01", latest=f"{in_years}-12-31", planned=True
        )
    if groups.get("am") or groups.get("am2") or groups.get("om4") or groups.get("om5"):
        return _short_day(groups, raw, published, year_of_source)
    if groups.get("rm"):
        if year_of_source is None:
            return DateValue(raw=raw)
        ry = groups["ry"] or ""
        delta = (
            1 if rx.search(r"next|prochain", ry) else -1 if rx.search(r"last|dernier", ry) else 0
        )
        in_year = year_of_source + delta
        month = _MONTHS[groups["rm"]]
        last = calendar.monthrange(in_year, month)[1]
        latest = f"{in_year}-{month:02d}-{last:02d}"
        # "in February this year" said in August: a month gone by, no plan
        gone = delta == 0 and published is not None and latest < (published.earliest or "")
        # "by June next year": from the source's date to the month's end
        since = published.earliest if groups.get("rby") and published else None
        return DateValue(
            raw=raw,
            earliest=since or f"{in_year}-{month:02d}-01",
            latest=latest,
            planned=delta >= 0 and not gone,
        )
    if groups.get("xby"):
        # "by Dec. 31, 2030": from the source's date (none on an undated page) to that day
        said_month = (groups.get("xm") or groups.get("xm2") or "").rstrip(".")
        month = _MONTHS.get(said_month) or _ABBREVIATED[said_month]
        deadline = _day(
            int(groups.get("xy") or groups.get("xy2") or 0),
            month,
            groups.get("xd") or groups.get("xd2") or "",
        )
        if deadline is None:
            return None
        earliest = published.earliest if published else None
        return DateValue(
            raw=raw,
            earliest=min(earliest, deadline) if earliest else None,
            latest=deadline,
            planned=True,
        )
    if groups.get("bm"):
        month, in_year = _MONTHS[groups["bm"]], int(groups["bmy"] or 0)
        last = calendar.monthrange(in_year, month)[1]
        earliest = published.earliest if published else None
        return DateValue(
            raw=raw, earliest=earliest, latest=f"{in_year}-{month:02d}-{last:02d}", planned=True
        )
    if groups.get("om") or groups.get("om2") or groups.get("om3"):
        return _month_placed(groups, raw, published)
    if groups.get("nd"):
        day_n, month_n = int(groups["nd"] or 0), int(groups["nm"] or 0)
        if month_n > 12:
            day_n, month_n = month_n, day_n  # "07/18/2023": the month first
        try:
            when = dt.date(int(groups["ny"] or 0), month_n, day_n).isoformat()
        except ValueError:
            return None
        return DateValue(raw=raw, earliest=when, latest=when)
    if groups.get("ag") or groups.get("ag2"):
        if year_of_source is None:
            return DateValue(raw=raw)
        said = groups.get("ag") or groups.get("ag2") or "1"
        back = int(said) if said.isdigit() else _COUNTS.get(said, 1)
        return DateValue(
            raw=raw,
            earliest=f"{year_of_source - back}-01-01",
            latest=f"{year_of_source - back}-12-31",
        )
    if groups.get("ey"):
        if not published or not published.earliest:
            return DateValue(raw=raw)
        written = published.earliest
        if groups["ey"] in ("earlier", "plus tot"):
            return DateValue(raw=raw, earliest=f"{written[:4]}-01-01", latest=written)
        return DateValue(raw=raw, earliest=written, latest=f"{written[:4]}-12-31", planned=True)
    if groups.get("pm"):
        if year_of_source is None:
            return DateValue(raw=raw)
        month = _MONTHS[groups["pm"]]
        last = calendar.monthrange(year_of_source, month)[1]
        part = (groups.get("pp") or "").rstrip("-")
        first_day, last_day = (
            (1, 10) if part in ("debut", "early")
            else (11, 20) if part in ("mi", "mid")
            else (21, last) if part in ("fin", "late", "end of")
            else (1, last)
        )  # fmt: skip
        return DateValue(
            raw=raw,
            earliest=f"{year_of_source}-{month:02d}-{first_day:02d}",
            latest=f"{year_of_source}-{month:02d}-{last_day:02d}",
        )
    if groups.get("n") or groups.get("by") or groups.get("half"):
        return _span(groups, raw, published)
    if groups.get("h") or groups.get("h0"):
        first, last_month = _HALVES[groups.get("h") or groups["h0"]]
        said_year = groups.get("hy") or ""
        if said_year.isdigit():
            in_year = int(said_year)
        elif year_of_source is None:
            return DateValue(raw=raw)
        else:
            shift = (
                1
                if rx.search(r"next|prochaine", said_year)
                else -1
                if rx.search(r"last|derniere", said_year)
                else 0
            )
            in_year = year_of_source + shift
        last = calendar.monthrange(in_year, last_month)[1]
        if groups.get("hby"):
            return DateValue(
                raw=raw,
                earliest=published.earliest if published else None,
                latest=f"{in_year}-{last_month:02d}-{last:02d}",
                planned=True,
            )
        return DateValue(
            raw=raw,
            earliest=f"{in_year}-{first:02d}-01",
            latest=f"{in_year}-{last_month:02d}-{last:02d}",
        )
    if groups.get("r"):
        # Relative words are kept as the store keeps them: placed by the source's date when
        # it has one, else their words alone ("next week" on an undated page).
        ahead = bool(
            rx.search(
                r"prochain|next|dans quelques|in a few|venir|viennent|coming|following|near future"
                r"|avenir|immediate",
                groups["r"],
            )
        )
        value = DateValue(raw=raw, planned=ahead)
        bounds = placed(value, published)
        return (
            DateValue(raw=raw, earliest=bounds[0], latest=bounds[1], planned=ahead)
            if bounds
            else value
        )
    if groups.get("e") or groups.get("e2") or groups.get("e3") or groups.get("e4"):
        if not published or not published.latest:
            return DateValue(raw=raw)
        day = dt.date.fromisoformat(published.latest)
        if "mois" in (groups.get("e") or "") or groups.get("e2") == "month":
            last = calendar.monthrange(day.year, day.month)[1]
            return DateValue(raw=raw, latest=f"{day.year}-{day.month:02d}-{last:02d}", planned=True)
        if "decennie" in (groups.get("e") or "") or groups.get("e2") == "decade":
            # a deadline: from the source's date to the decade's last day
            end = f"{day.year // 10 * 10 + 9}-12-31"
            return DateValue(raw=raw, earliest=published.earliest, latest=end, planned=True)
        if groups.get("e3") or groups.get("e4"):
            # "by year-end": a deadline, from the source's date, as "by the end of the year"
            return DateValue(
                raw=raw, earliest=published.earliest, latest=f"{day.year}-12-31", planned=True
            )
        return DateValue(raw=raw, latest=f"{day.year}-12-31", planned=True)
    if groups.get("w"):
        if not published or not published.earliest or published.earliest != published.latest:
            return DateValue(raw=raw)
        day = dt.date.fromisoformat(published.earliest)
        if groups.get("wn") or groups.get("wn2"):
            # "next Monday", "lundi prochain": the first one after the source's day
            days_ahead = (_WEEKDAYS[groups["w"]] - day.weekday() - 1) % 7 + 1
            when = (day + dt.timedelta(days=days_ahead)).isoformat()
            return DateValue(raw=raw, earliest=when, latest=when, planned=True)
        # The press dates an event of the day it is published by its weekday too; "last
        # Friday", "vendredi dernier" said on a Friday is the week before.
        back = (day.weekday() - _WEEKDAYS[groups["w"]]) % 7
        if back == 0 and (groups.get("wl") or groups.get("wl2")):
            back = 7
        when = (day - dt.timedelta(days=back)).isoformat()
        return DateValue(raw=raw, earliest=when, latest=when)
    if groups.get("d"):
        year = int(groups["y"]) if groups.get("y") else year_of_source
        month = _MONTHS[groups["m"]]
        if year is None:
            return DateValue(raw=raw, planned=groups.get("dw") == "prochain")
        try:
            when = dt.date(year, month, int(groups["d"])).isoformat()
        except ValueError:
            return None
        if (
            not groups.get("y")
            and published
            and published.earliest
            and when > (published.latest or published.earliest)
            and groups.get("dw") != "prochain"
        ):
            when = dt.date(year - 1, month, int(groups["d"])).isoformat()
        if groups.get("dw") == "prochain" and published and when < (published.earliest or when):
            # "le 5 mars prochain": the next one after the source's date
            when = _day(year + 1, month, groups["d"] or "") or when
        return DateValue(
            raw=raw, earliest=when, latest=when, planned=groups.get("dw") == "prochain"
        )
    year_text = groups.get("y")
    if not year_text:
        return None
    part = (groups.get("p") or "").strip()
    said_part = rx.fullmatch(
        r"(?:the )?(beginning|start|end|middle|early part|late part|latter part) of", part
    )
    if said_part:
        part = _PART_WORDS[said_part.group(1)]
    month_name = (groups.get("m") or "").strip().removesuffix(" of").rstrip(",")
    tenth = _TENTH_OF_A_MONTH.get(part.rstrip("-"))
    if month_name and tenth:
        # "fin novembre 2023", "in mid-May 2018", "at the beginning of October 2014": the
        # month's last, middle or first ten days, as when its year goes unsaid (GOLD.md 22)
        year, month = int(year_text), _MONTHS[month_name]
        first_day, last_day = tenth
        last_day = last_day or calendar.monthrange(year, month)[1]
        return DateValue(
            raw=raw,
            earliest=f"{year}-{month:02d}-{first_day:02d}",
            latest=f"{year}-{month:02d}-{last_day:02d}",
        )
    words = " ".join(
        w
        for w in (part.rstrip("-") if part not in ("courant",) else "", month_name, year_text)
        if w
    )
    try:
        parsed = parse_date(words.replace("milieu", "mi"))
    except DateParseError:
        if month_name:
            last = calendar.monthrange(int(year_text), _MONTHS[month_name])[1]
            m = _MONTHS[month_name]
            return DateValue(
                raw=raw,
                earliest=f"{year_text}-{m:02d}-01",
                latest=f"{year_text}-{m:02d}-{last:02d}",
            )
        return None
    return DateValue(raw=raw, earliest=parsed.earliest, latest=parsed.latest)


# "Today working trip of President X continued in …", "Aujourd'hui, le ministre …": a
# report that opens on the day it tells of
_LEAD_DAY = re.compile(r"\s*(?:today|aujourd'hui|ce jour)\b")


def lead_day(
    text: str, fold: str, start: int, end: int, published: DateValue | None
) -> DateMention | None:
    """The day a dated report's first sentence opens on ("Today working trip of the
    President continued in …"): the day of the visit it then tells, sentence by sentence,
    for the works launched on it that no date of their own places."""
    if published is None or not published.earliest or not _LEAD_DAY.match(fold, start, end):
        return None
    said = dates_in(text, fold, start, end, published)
    return said[0] if said and _RELATIVE_DAY.fullmatch(fold[said[0].start : said[0].end]) else None


_FOLLOWING_YEAR = re.compile(
    r"the following year|the year after|l'annee suivante|l'an suivant"
    r"|(?P<n>a|one|two|three|four|five|un|deux|trois|quatre|cinq|\d) (?:years?|ans|an|annees?)"
    r" (?:later|plus tard|apres)"
)
_YEARS_AFTER = {"a": 1, "one": 1, "un": 1, "two": 2, "deux": 2, "three": 3, "trois": 3}
_YEARS_AFTER |= {"four": 4, "quatre": 4, "five": 5, "cinq": 5}


def after_the_year_said(said: DateMention, before: list[DateMention]) -> DateMention:
    """ "The company expects to begin construction early next year. Operations would begin
    the following year", "… start at the beginning of 2014 and be finalised two years
    later": so many years after the last one said before ``said`` that lies within one
    year, ahead as it was; ``said`` as it is if none was, or it is no such words."""
    following = _FOLLOWING_YEAR.fullmatch(folded(said.value.raw))
    if said.value.earliest or not following:
        return said
    count = following["n"] or "1"
    after = int(count) if count.isdigit() else _YEARS_AFTER[count]
    years = [
        d
        for d in before
        if d.value.earliest and d.value.latest and d.value.earliest[:4] == d.value.latest[:4]
    ]
    if not years:
        return said
    year = int(years[-1].value.earliest[:4]) + after  # type: ignore[index]
    value = DateValue(
        raw=said.value.raw,
        earliest=f"{year}-01-01",
        latest=f"{year}-12-31",
        planned=years[-1].value.planned,
    )
    return DateMention(value, said.start, said.end)
