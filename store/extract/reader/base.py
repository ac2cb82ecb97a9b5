"""The reader's state for one article, and what every step of the reading does with it:
find or make a record by its name, add a proposal about it (once, with its conflicts)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import Any

import msgspec

from ...claim_values import ClaimValueError
from ...models import DateValue, Source
from ...text import fold
from .. import matching, rx
from ..cities import countries_of_towns, world_town_country
from ..names import (
    surnames_said_alone,
)
from ..places import (
    countries_in,
    countries_of_regions,
    nationality_word,
    places_in,
    us_states_said,
)
from ..proposal import Proposal, conflicts_with, typed_value
from ..records import (
    agreements_in,
)
from ..segment import (
    folded,
    headline_end,
    sentences,
    strip_span,
    unwrapped,
    without_long_runs,
)
from .rules import (
    _COMPANY_AFTER,
    _COMPANY_BEFORE,
    _DOLLAR_SPELLED,
    _GROUP_BEFORE,
    _ONCE,
    _OWNER_ADJECTIVE,
    _POSSESSIVE_COMPANY,
    Entity,
    _leaves_out,
    _said,
)

# "a Shanghai-based company", "the Mersin-based firm": a company's town
_TOWN_BASED = re.compile(
    r"\b([A-Z][\w'’]+(?:[ -][A-Z][\w'’]+)?)-based (?:[a-z-]+ ){0,2}?"
    r"(?:company|firm|group|manufacturer|maker|producer|investor|conglomerate|corporation)\b"
)
# "True North Gems (TNG), société établie à Vancouver", "a company based in Qingdao"
_SEAT_TOWN = re.compile(
    r"\b(?:[Ss]ociété|[Ee]ntreprise|[Gg]roupe|[Ff]irme|[Cc]ompany|[Ff]irm|[Gg]roup)"
    r",? (?:basée?|établie?|domiciliée?|based|headquartered) (?:à|in) ([A-Z][\w'’-]+)"
)
# A day as a dateline says it: "May 3", "Nov. 5", "5 mars", "12 déc."
_MONTH_DAY = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}"
    r"|\d{1,2}(?:er)? (?:janv|févr|fév|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)[a-zéû]*\.?"
)
# A dateline: a town in capitals, its country in brackets, a day, the agency, a dash
# ("NOUMEA (France), 11 avr 2013 (AFP) -"); or the town in capitals and the day alone, the
# agency after it if any ("NAIROBI, May 3 ", "CARACAS, Nov 5 (NNN-MERCOPRESS) - ").
_DATELINE = re.compile(
    r"(?m)^[A-ZÀ-Ý][A-ZÀ-Ý .'’-]+ \([^()\n]{2,40}\)(?:,[^()\n]{0,40})?(?: ?\([A-Za-z]{2,10}\))? ?[-–—:]"
    r"|^[A-ZÀ-Ý]{3,}(?:[ -][A-ZÀ-Ý]{2,})*, (?:" + _MONTH_DAY + r")(?:,? \d{4})?"
    r"(?: \([^()\n]{2,30}\))?(?: ?[-–—:])?"
    # ("Lilongwe (Malawi), Sep 11 (IANS): ", "Kingston, Jamaica, Mar 3 (CMC): ": the town as
    # a name is spelled, its country, the day, the agency after)
    r"|^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?: \([^()\n]{2,40}\)|, [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?),"
    r" (?:" + _MONTH_DAY + r")(?:,? \d{4})? \([A-Z]{2,10}\) ?[-–—:]"
    # ("ISSONCOURT, Meuse (Reuters) -": the town in capitals, its region, the agency)
    r"|^[A-ZÀ-Ý]{3,}(?:[ -][A-ZÀ-Ý]{2,})*, [A-ZÀ-Ý][\w'’-]+(?: [A-Z][\w'’-]+)? \([A-Z][\w ]{1,20}\)"
    r" ?[-–—]"
)
# A date said by a vague word of the past, which a date the calendar names outweighs.
_VAGUE_DATE = re.compile(
    r"(?:tout )?recemment|dernierement|recently|lately"
    r"|il y a (?:quelques|plusieurs) (?:jours|semaines|mois)"
    r"|(?:a few|several) (?:days|weeks|months) ago"
)


# A plant's opening ceremony, and its output said begun ("La production a commencé",
# "production started", "started production", "a commencé à produire")
_INAUGURATED = re.compile(
    r"\b(?:inaugur\w*|opening ceremony|ceremonie d'ouverture|officially opened|officially opens)"
)


_OUTPUT_BEGUN = re.compile(
    r"\bproduction\b[^.;]{0,20}?\b(?:a|ont|avait|avaient|y a) (?:deja |officiellement )?"
    r"(?:commence|debute|demarre)\b"
    r"|\bproduction\b[^.;]{0,20}?\b(?:began|started|commenced|has (?:begun|started)|had (?:begun|started))\b"
    r"|\b(?:began|started|commenced|a (?:commence|debute|demarre)) (?:la |sa |its |the )?(?:production|producing|a produire)\b"
    # "Nous avons déjà démarré la production au début de l'été", "The factory has been in
    # operation since the middle of last year": at work before the ceremony
    r"|\b(?:avons|avions|ont|avaient|avait) (?:deja )?(?:commence|debute|demarre) (?:la |notre |leur |sa )?production\b"
    r"|\b(?:has|have|had) been (?:in operation|operating|operational|producing|in production) since\b"
    r"|\ben (?:activite|production|service|exploitation) depuis\b"
)


# A word after a company's short name that makes another company's name: its group or its
# holding ("Essar" and "Essar Group" are two records), a region it works in ("Kubota Europe").
_NOT_ITS_TRADE = re.compile(
    r"(?i:group|groupe|holdings?|corporation|company|compagnie|international|europe|africa"
    r"|afrique|asia|asie|america|amerique|amérique|middle|global|world)"
)


# A company's own noun after its name: "Kelvar Holding", "Kelvar Group"
_COMPANY_WORD = re.compile(r"(?i:group|groupe|holdings?|corporation|company|compagnie)")


_WORLD_REGION = re.compile(
    r"(?i:europe|africa|afrique|asia|asie|asia pacific|asie-pacifique|america|amerique|amérique"
    r"|latin america|amérique latine|north america|middle east|moyen-orient|maghreb)"
)


def _its_subsidiary(a: str, b: str) -> bool:
    """True if one name is the other with a country or a region after it ("Kelvar Pharma"
    and "Kelvar Pharma Sénégal", "Norvel" and "Norvel Europe"), or a country inside it
    ("Kelvo Céramics" and "Kelvo Gabon Ceramics"): the group and its subsidiary there,
    two companies."""
    short, long = sorted((a, b), key=len)
    short_words, long_words = fold(short).split(), fold(long).split()
    if (
        len(short_words) == 2
        and len(long_words) > 2
        and long_words[0] == short_words[0]
        and long_words[-1] == short_words[-1]
    ):
        inside = " ".join(long_words[1:-1])
        said = countries_in(inside)
        if inside and len(said) == 1 and said[0].start == 0 and said[0].end == len(inside):
            return True
    if not long.startswith(short + " "):
        return False
    rest = long[len(short) + 1 :]
    said = countries_in(fold(rest))
    return bool(_WORLD_REGION.fullmatch(rest)) or (
        len(said) == 1 and said[0].start == 0 and said[0].end == len(fold(rest))
    )


def guess_lang(fold: str) -> str:
    french = len(rx.findall(r"\b(?:le|la|les|des|du|et|est|une|dans|pour)\b", fold))
    english = len(rx.findall(r"\b(?:the|and|of|is|in|for|with|was|will)\b", fold))
    return "fr" if french >= english else "en"


US_SAID = re.compile(r"(?<![Dd]ollars )(?<!\$)\bUS\b(?! ?\$| dollars?\b)")


class ReaderState:
    """The article's text, its records and proposals so far, and what the reading shares."""

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
        # the organisations named as the owner of a company ("X, a subsidiary of Y"): whose
        # the partner is, no partner themselves wherever the text names them again
        self.parents: set[str] = set()
        self.pending_until = -1
        self.pending_another = False  # what waits is said of another plant ("its third …")
        # the words of the plant that waits for its name ("A Chinese-invested smeltery …"),
        # where they are: the body's first words for the headline's plant if none follows
        self.pending_described: tuple[str, int, int] | None = None
        # the pending facts ``_apply`` deferred: statuses, dates, places, figures
        self.pending_facts: list[Callable[[Entity], None]] = []
        # Facts the lead states before any project is named ("IRRPL has started producing
        # rifles at Amethi", "Tosyali, implantée à Oran"): they wait for the first one named.
        self.lead: list[Callable[[Entity], None]] | None = []
        # two plants one sentence named, joined by "and", the next sentences speak of
        self.focus_pair: list[Entity] = []
        # the partners of a venture said before its plants: each plant the first sentence
        # naming plants names takes them
        self.lead_parties: list[Callable[[Entity], None]] = []
        self.headline_end = headline_end(self.text)
        self.counted: tuple[tuple[int, str], int, int] | None = None
        self.used_dates: set[int] = set()
        self._sentence_dates: dict[tuple[int, int], list[Any]] = {}  # (start, end) → dates
        # titles of "the company" said before any company was named: (person, title, the
        # person's name, where the role is said)
        self.company_roles: list[tuple[str, str, str, int, int]] = []
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
        self._datelines: list[tuple[int, int]] | None = None
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
            # "Un Chinois veut produire des poissons en Polynésie": a person by his
            # country's noun, the investor, no host
            and not (
                rx.search(r"\b(?:un|une|le|la) $", title[max(0, c.start - 4) : c.start])
                and (source.title or "")[c.start : c.start + 1].isupper()
                and nationality_word((source.title or "")[c.start : c.end])
            )
        ]
        # ("MOSCOU, 5 mars (AFP) -": where the news was written from, no country it names)
        said = [c for c in countries_in(self.fold) if not self.in_a_dateline(c.start)]
        self.named_countries = sorted({c.country for c in said} | set(self.title_countries))
        if not self.title_countries and not any(
            not _COMPANY_AFTER.match(self.fold, c.end)
            and not _COMPANY_BEFORE.search(self.fold[max(0, c.start - 30) : c.start])
            and not _POSSESSIVE_COMPANY.match(self.text, c.end)
            and not self._nationality_naming(c)
            for c in said
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
        # this sentence's plants said by words that wait for a name said later
        self._waiting: list[tuple[int, int]] = []
        # the trades said in those words, for the plant named later (``late_sectors``)
        self._late_sectors: list[tuple[Entity, Entity, int, int]] = []
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
        if kind == "orgs":
            # "la société turque Group Karanfil", "du Groupe Bel": the noun before the name
            # says what it is (GOLD.md rule 17)
            name = _GROUP_BEFORE.sub("", name)
        for known in [] if fresh else self.entities:
            if known.kind == kind and any(
                matching.score(name, other) >= matching.THRESHOLD
                and not (kind == "orgs" and _its_subsidiary(name, other))
                for other in known.names
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

    def sentence_span(self, at: int) -> tuple[int, int]:
        """Where the sentence holding ``at`` opens and ends (``at`` alone, between two)."""
        return next(((s.start, s.end) for s in self.sentences if s.start <= at < s.end), (at, at))

    def _shortened(self, kind: str, name: str) -> Entity | None:
        """The one organisation named before whose name opens with ``name``, by whole
        words: "Sumec Textile & Light Co Ltd …, the Chinese firm Sumec" is one company; so
        is "Ebro" after "Ebro-EV Motors", its first word before a hyphen and a capital."""
        if kind != "orgs" or len(name) < 4 or countries_in(fold(name)):
            return None
        longer = [
            e
            for e in self.entities
            if e.kind == "orgs"
            and any(
                other.startswith(name + " ")
                or (
                    # ("Shihai-Bissau": the company's arm in a town, another)
                    other.startswith(name + "-")
                    and other[len(name) + 1 : len(name) + 2].isupper()
                    and not world_town_country(other[len(name) + 1 :])
                    and not countries_in(fold(other[len(name) + 1 :]))
                )
                for other in e.names
            )
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
        if " " in added and not self._headline_s_short_name(shorter[0].name, added, name):
            return None
        if places_in(fold(added)):
            return None
        if _NOT_ITS_TRADE.fullmatch(added.split()[0]) and not (
            # ("Ouzbékistan : le turc Kelvar inaugure …", then "Le groupe textile turc Kelvar
            # Holding": a headline shortens the group the body names in full)
            _COMPANY_WORD.fullmatch(added)
            and self._headline_s_short_name(shorter[0].name, added, name)
        ):
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

    def _headline_s_short_name(self, short: str, added: str, name: str) -> bool:
        """True if the short name was said alone, before the whole one, in the headline only
        ("Zambia, Kelvar sign … deal", then "China's Kelvar Nonferrous Metals"): a headline
        shortens the company the body names in full."""
        whole = self.text.find(name)
        alone = [
            m.start()
            for m in re.finditer(
                re.escape(short) + r"(?![\w-])(?! " + re.escape(added) + ")", self.text
            )
            if m.start() < whole
        ]
        return bool(alone) and all(at < self.headline_end for at in alone)

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

    def _nationality_naming(self, c: Any) -> bool:
        """True if the country said at ``c`` is a nationality's noun before a company's
        name ("le chinois Kelvo pose la première pierre …"): the investor, no host."""
        return bool(
            rx.search(r"\b(?:le|du|au|par le|l') $", self.fold[max(0, c.start - 8) : c.start])
            and rx.match(r" [A-Z]", self.text[c.end : c.end + 2])
            and nationality_word(self.text[c.start : c.end])
        )

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
                self._restate(said, entity, field_name, typed, start, end)
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
                self._restate(said, entity, field_name, typed, start, end)
                return
            if said.start < self.headline_end <= start and self._words_say(said, start, end):
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

    def _words_say(self, said: Proposal, start: int, end: int) -> bool:
        """True if the words at ``start:end`` say the organisation's name ``said`` gives
        ("Norvel" in the body says no "Norvel Chem" the headline named): a name's quote
        holds its value (a sector's name is said by its trade's words)."""
        value = said.plain_value()
        kind = said.new.kind if said.new is not None else None
        if said.field != "name" or kind != "orgs" or not isinstance(value, dict):
            return True
        words = fold(self.text[start:end])
        return any(isinstance(v, str) and fold(v) in words for v in value.values())

    def _restate(
        self, said: Proposal, entity: Entity, field_name: str, typed: Any, start: int, end: int
    ) -> None:
        """A proposal said before, given the later words' value and quote: they say more."""
        said.value, said.quote, said.start, said.end = typed, self.text[start:end], start, end
        said.conflicts = self._conflicts(entity, field_name, typed)

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

    def _linked(self, agreement: Entity) -> set[str]:
        """The projects an agreement is said to be for."""
        return {
            str(p.plain_value())
            for p in self.proposals
            if p.group == agreement.key and p.field == "projects"
        }

    def _first_company(self) -> Entity | None:
        """The first company the text names: the one it calls "the company" bare."""
        return next(
            (
                e
                for e in self.entities
                if e.kind == "orgs" and e.defaults.get("org_kind") == "company"
            ),
            None,
        )

    def _locality(self, entity: Entity) -> str | None:
        return next(
            (
                p.plain_value().get("locality")
                for p in self.proposals
                if p.group == entity.key and p.field == "location"
            ),
            None,
        )

    def _named_in_headline_only(self, entity: Entity) -> bool:
        """True if ``entity`` is a new project whose every name was said in the headline."""
        names = [p for p in self.proposals if p.group == entity.key and p.field == "name"]
        return (
            entity.kind == "projects"
            and entity.subject is None
            and bool(names)
            and all(p.end <= self.headline_end for p in names)
        )

    def in_a_dateline(self, at: int) -> bool:
        """True if ``at`` is in a dateline ("NOUMEA (France), 11 avr 2013 (AFP) -"): where
        the news was written from, no country of the article's pair."""
        if self._datelines is None:
            self._datelines = [m.span() for m in _DATELINE.finditer(self.text)]
        return any(a <= at < b for a, b in self._datelines)

    def seats_said(self) -> list[tuple[int, int, str]]:
        """Where the text says a company's town, and its country: "A Shanghai-based company
        is to open a … plant in Majuro", "True North Gems (TNG), société établie à
        Vancouver": the investors' country said by their company's seat."""
        found = []
        for seat in [*_TOWN_BASED.finditer(self.text), *_SEAT_TOWN.finditer(self.text)]:
            # ("A Mersin-based company": the town, the article before it aside)
            country = world_town_country(seat[1], 3) or world_town_country(seat[1].split()[-1], 3)
            if country and not countries_in(fold(seat[1])):
                found.append((seat.start(), seat.end(), country))
        return found

    def _country_pair(self) -> list[str]:
        counts = Counter(
            c.country for c in countries_in(self.fold) if not self.in_a_dateline(c.start)
        )
        # "US biotech giant Biogen", "exported to the US": the letters in capitals, which
        # the folded text cannot tell from "us" (not a sum's: "US$ 4 million", "dollars US")
        counts["US"] += len(US_SAID.findall(self.text))
        if len(+counts) == 1 and not counts["US"]:
            # an American article names its states, seldom its country: "a plant in
            # Georgia", "based in Atlanta (Georgia)", beside the one country it names
            counts["US"] += len(us_states_said(self.text, self.fold))
        if len(+counts) == 1:
            # "the Japanese group Kaito will invest in a tyre plant in Tema": the host said
            # by its town alone
            towns = [c for c in countries_of_towns(self.text, self.fold) if c not in counts]
            if len(towns) == 1:
                counts[towns[0]] += 1
        for _, _, country in self.seats_said():
            counts[country] += 2
        if len(+counts) == 1:
            # "in Miwani, Kisumu county": the host said by a region of its own name
            regions = [c for c in countries_of_regions(self.text, self.fold) if c not in counts]
            if len(regions) == 1:
                counts[regions[0]] += 1
        if len(+counts) == 1:
            # "an operation at Coverden, East Bank Demerara", "a factory … in the Suez Canal
            # Economic Zone": the host said by a site the gazetteer knows
            sites = {
                p.place.country
                for p in places_in(self.fold, [], self.text)
                if p.place.locality and p.place.country not in counts
            }
            if len(sites) == 1:
                counts[sites.pop()] += 1
        counts = +counts  # (the ones said)
        return sorted(code for code, _ in counts.most_common(2)) if len(counts) >= 2 else []
