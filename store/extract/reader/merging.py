"""After the sentences: the records said twice made one (the same plant by its noun and
by its name, an agreement said in the headline and the body), parts told from wholes,
and each record named as the analysts name it."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import replace
from typing import Any

from ...text import fold
from .. import naming, rx
from ..cities import world_town_country
from ..lexicon import PROJECT_NOUNS_EN, PROJECT_NOUNS_FR, trades_said
from ..names import trade_lists
from ..places import (
    countries_in,
    nationality_word,
    only_a_country,
    places_in,
    said_as_site,
)
from ..proposal import NewRecord, Proposal, typed_value
from ..records import (
    plants_counted,
    told_apart_before,
)
from .countries import CountriesReading
from .places import _ITS_NATIONAL_PLANT
from .rules import (
    _AFTER,
    _COUNTY,
    _ONCE,
    Entity,
    _said,
)

# "the city of Goldsboro", "la ville de Kelburg": a town, said as one
# A zone's name closing a plant's: "… plant in the Northeast Industrial Zone"
_ZONE_TAIL = re.compile(
    r" in (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* (?:Zone|Park|Estate|Cluster|Free Zone Park)$"
)


_TOWN_SAID = re.compile(
    r"\b(?:[Cc]ity|[Tt]own|[Vv]illage|[Mm]unicipality) of ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})"
    r"|\b(?:ville|commune) d(?:e |['’])([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})"
)


_AS_SECTOR_BEFORE = re.compile(
    r"\b(?:secteurs?|industries?|filieres?|domaines?)(?: de la| de l'| du| des| d')? ?$"
)


_AS_SECTOR_AFTER = re.compile(r" (?:sectors?|industry|industries)\b")


_AS_SECTOR_WORD = re.compile(r"\b(?:secteur|sector|industr|filiere)")


# The words that say metals of any kind, not steel's own.
_BROAD_METAL = re.compile(r"metallurgi\w*|metallurgical")


# "a Chinese roofing company", "the Chinese company", "une entreprise chinoise": a company
# said by its nationality alone, no name
# "Headquartered in Wuxi City, China the company …": a seat said before the company
_SEAT_BEFORE_THE_COMPANY = re.compile(
    r"\s*(?:Headquartered|Based|Basée?|Installée?|Implantée?) (?:in|à|en|au|aux) (?P<seat>[^.;]{1,60}?)"
    r",? (?:the|la|le|l'|l’) ?(?:company|firm|group|groupe|société|entreprise)\b"
)
_UNNAMED_COMPANY = re.compile(
    # ("A Chinese ship-building company": its trade's hyphened word between)
    # ("the Korean airbag manufacturing company": its trade in two words)
    r"\b(?:[Aa]n?|[Tt]he|[Tt]his) ([A-Z][a-z]+)(?:-owned)?(?: [a-z]+(?:-[a-z]+)?){0,2} (?:company|firm)\b(?! [A-Z])"
    # "Une entreprise agricole appartenant à des Chinois": whose it is, by its owners
    r"|\b(?:[Uu]ne|[Ll]a|[Cc]ette) (?:entreprise|société|firme|compagnie)(?: [a-zé]+)?"
    r" (?:appartenant|détenue) (?:à|par) des ([A-Z][a-zé]+)\b"
    r"|\b(?:[Uu]ne|[Ll]a|[Cc]ette) (?:entreprise|société|firme|compagnie) ([a-zé]+)\b(?! [A-Z])"
)


# "Rockingham plant", "Enmore facility": a plant's name its town opens (one or two words)
_TOWN_PLANT = re.compile(
    # ("The Tema glass factory": what it makes between the town and the noun)
    r"(?:[Tt]he )?([A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*)?)(?: [a-z][a-z-]+){0,2}"
    r" (?:plant|factory|facility|mill|refinery|smelter|works)"
)
# The words of a trade between such a town and the plant's noun
_TRADE_BETWEEN = re.compile(r"(?: [a-z][a-z-]+){1,2} ")
# A trade's word closing such a name: "the Kelvo Cement plant" is named after a company
_TRADE_NAMED = re.compile(
    r" (?:Cement|Steel|Sugar|Glass|Textiles?|Tyres?|Tires?|Paper|Motors?|Pharma|Chemicals?"
    r"|Foods?|Mining|Energy|Power|Aluminium|Aluminum|Ceramics?|Fertili[sz]ers?)$"
)
# A region's noun before the name after "de": "de la province de Champassak"
_REGION_NOUN_BEFORE = re.compile(
    r"\b(?:province|region|district|wilaya|departement|prefecture|etat|gouvernorat|oblast)"
    r" (?:de|d['’]) ?$"
)
# The same in French, the town last after "de": "la mine d'uranium de Zuuvch-Ovoo", "le
# projet de l'usine de Kaito"
_TOWN_PLANT_FR = re.compile(
    r"(?:[a-zàâçéèêëîïôûù'’-]+ ){0,8}?[a-zàâçéèêëîïôûù'’-]+ (?:de |d['’])"
    r"([A-Z][a-z][\w'’]*(?:-[A-Z][a-z][\w'’]*)?)"
)


# A capitalised place right after a zone and a comma, the clause going on or ending
# The words that say a plant is called so, opening the quote of the name they give it
_CALLED_QUOTE = re.compile(
    r"(?:baptise|denomme|nomme|appele|surnomme|intitule)e?s?,?\s"
    r"|(?:named|dubbed|called|christened),?\s"
)
_PLACE_AFTER_ZONE = re.compile(r", ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?=[,.;]| in\b| \(|$)")


_PUBLIC_BODY = re.compile(
    r"\b(?:Department|Ministry|Government|Authority|Ministère|Gouvernement)\b"
)


# (the plant said "another" before it is told from that one, not from the article's own)
_THEN_RANKED_AFTER = re.compile(rf"[^.;:]{{0,120}}?{_AFTER}")


# "tandis que la seconde sera établie", "while the second will": the second of plants
# counted, said by its rank alone
_SECOND_SAID = r"\b(?:la|le|the) (seconde?|deuxieme|second)\b"


# a plant noun that says its size, not what it makes ("Gigafactory de batteries")
_PLANT_NOUN = re.compile(r"(?:giga|mega)-?(?:factory|factories|usines?|complexe?s?|projets?)")


_POWER = re.compile(r"(?i:centrale|power|npp\b|nuclear|nucleaire)")


def _plant_kind(name: str) -> str:
    """The kind of plant a project's name says: a zone or park, a power station, or a
    plant (a factory, a mill, a complex…)."""
    # ("Garment factory in the Hawassa Industrial Park": a plant said by what it makes, the
    # zone where it is; "Plant in the X Export Processing Zone", a noun alone, the zone's)
    head = rx.sub(r" (?:in|at|within) (?:the )?[A-Z].*$", "", name)
    if naming._ZONE.search(head if " " in head else name):
        return "zone"
    if _POWER.search(name):
        return "power"
    return "plant"


# "its expansion project", "le projet d'extension": the works a plant belongs to, said by
# their kind alone
_PROJECT_OF_WORKS = re.compile(
    r"(?:(?:expansion|extension|investment) )?projects?|projets? d'(?:extension|investissement)"
)


# The noun an organisation's name follows: "du groupe Thai Binh", "the company Kelvar"
_ORG_NOUN_BEFORE = re.compile(
    # ("la société chinoise X": its nationality between)
    r"\b(?:groupe|societe|compagnie|entreprise|firme|group|company|firm)(?: [a-z-]+)? $"
)


# A French zone said by its own name after its kind: "au sein du Parc industriel Vietnam -
# Singapour III (VSIP III)", "le Parc Industriel de la Plaine de l’Ain (Pipa)", "dans la
# zone spéciale de développement du port de Mariel"
_ZONE_OF_ITS_OWN_NAME = re.compile(
    r"\b(?:au sein d[ue]|au sein de la|dans l[ea]|sur l[ea]|le|la) (?P<zone>(?:[Pp]arc|[Zz]one)"
    r" (?:[Ii]ndustriel(?:le)?|[Ss]p[ée]ciale|[Ff]ranche|[ÉéEe]conomique|[Tt]echnologique"
    r"|[Ll]ogistique)(?: (?:de |du |des |d['’]|de la |de l['’])?[\w'’-]+| -){1,8}?)"
    r"(?=\s*\(|,|\.|;| o[uù]\b| qui\b| pour\b| dans\b| à\b| en\b)"
)


# Products the press names by their letters: "usine d'engrais NPK", "PVC pipes", "LED lamps"
_PRODUCT_LETTERS = frozenset(
    {"NPK", "DAP", "PVC", "PET", "HDPE", "LED", "LPG", "GPL", "LNG", "GNL", "CNG", "MDF"}
    | {"HDF", "OSB", "CKD", "SKD", "UHT", "PV"}
)


# "The agreement, called Project Investment Agreement (PIA), …": the agreement spoken of,
# given its name
_AGREEMENT_CALLED = re.compile(
    r"\b[Tt]he (?:agreement|contract|deal|accord), (?:called|named|dubbed|known as|titled) "
    r"(?:the )?(?P<name>[A-Z][\w-]*(?: [A-Z][\w-]*)+)"
)


# An agreement said by its instrument's words alone: "MoU", "memorandum", "protocole d'accord"
_BARE_INSTRUMENTS = frozenset(
    {"mou", "memorandum", "memorandum of understanding", "protocole d'accord", "protocole"}
    | {"memorandum d'entente", "memorandum d'accord", "moa", "loi", "letter of intent"}
)
# "another MoU", "un autre protocole", "a second memorandum": one more, not the one said
_ANOTHER_BEFORE = re.compile(
    r"\b(?:another|second|new|further|other|autre|nouveau|nouvel|deuxieme|second)\s+$"
)


# "cement and power plants": two kinds of plant said together
_PAIR_OF_PLANTS = re.compile(r"([a-z]+) and ([a-z]+) (plant|factory|mill)s")


class MergingReading(CountriesReading):
    """Records said twice made one, and named by the convention."""

    def _unnamed_company_country(self) -> None:
        """ "A Chinese company signed … The agreement was signed between X Company and …": a
        company said first by its nationality alone ("a", "une") is the next one named;
        "the Indian firm" said after a name is the last one named; either gives its country
        if none is said of it. The quote is "the Chinese company" said of it after its name,
        else the first words."""
        opening = next((s.end for s in self.sentences if s.start >= self.headline_end), 0)
        compared = trade_lists(self.text)
        for said in _UNNAMED_COMPANY.finditer(self.text):
            country = nationality_word(said.group(1) or said.group(2) or said.group(3) or "")
            if country is None:
                continue
            indefinite = said.group().casefold().startswith(("a ", "an ", "une "))
            if indefinite and rx.search(
                r"[\w.)], $", self.text[max(0, said.start() - 3) : said.start()]
            ):
                # "Kaito Industrial Inc., a Japanese manufacturing company,": the name before
                # it, in apposition, not the next one named
                indefinite = False
            # "A Taiwanese company is to invest …" opening the article: the company it is
            # about, however far on it is named
            reach = (
                1200
                if indefinite
                and said.start() < opening
                and not self.text[: said.start()].strip(' \n"“«')
                else 400
            )
            named = [
                p
                for p in self.proposals
                if p.field == "name"
                and p.new is not None
                and p.new.kind == "orgs"
                and (
                    said.end() <= p.start < said.end() + reach
                    if indefinite
                    else said.start() - 400 < p.end <= said.start()
                )
                # (a ministry named first is no company: "announces the Georgian Ministry
                # of Economy")
                and not (reach > 400 and self._public_or_no_company(p.group))
                # ("An Indian company that deals with … producers, De Beers and Alrosa":
                # the companies it is compared with)
                and not any(x <= p.start < y for x, y in compared)
            ]
            if not indefinite:
                # "the Korean airbag manufacturing company" after "the Technological University
                # of X": the last company named, not the last body
                named = [
                    n
                    for n in named
                    if any(
                        e.ref == n.group and e.defaults.get("org_kind") == "company"
                        for e in self.entities
                    )
                ]
            if not named:
                continue
            if not indefinite and any(
                p.group == n.group and p.field == "country" and p.plain_value() == country
                for n in named
                for p in self.proposals
            ):
                continue  # "cette société américaine": the American one named before
            if not indefinite and any(
                p.field == "country"
                and p.plain_value() == country
                and p.start < said.start()
                and any(
                    e.ref == p.group and e.defaults.get("org_kind") == "company"
                    for e in self.entities
                )
                for p in self.proposals
            ):
                continue  # "Japan's Kelvo Tire Corp.", later "The Japanese firm": that one
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
            ):
                continue
            known = [p for p in self.proposals if p.group == chosen.group and p.field == "country"]
            if known:
                if indefinite and all(
                    p.plain_value() == country and p.quote in entity.names for p in known
                ):
                    # "A Chinese mining company has won a tender … The state-owned China
                    # Metallurgical Group": the words that say whose it is, not its name
                    known[0].quote, known[0].start, known[0].end = (
                        said.group(),
                        said.start(),
                        said.end(),
                    )
                continue
            again = (
                next(
                    (
                        m
                        for m in _UNNAMED_COMPANY.finditer(self.text, chosen.end)
                        if not m.group().casefold().startswith(("a ", "an ", "une "))
                        and nationality_word(m.group(1) or m.group(2) or m.group(3) or "")
                        == country
                    ),
                    None,
                )
                if indefinite
                else None
            )
            quoted = again or said
            self.add(entity, "country", country, quoted.start(), quoted.end(), 0.55)

    def _seat_said_before_the_company(self) -> None:
        """ "Headquartered in Wuxi City, China the company offers …", "Basé à Shenzhen, en
        Chine, le groupe …": the seat said before "the company" says the country of the
        company the text calls so, if none is said of it."""
        company = self._first_company()
        if company is None or any(
            p.group == company.ref and p.field == "country" for p in self.proposals
        ):
            return
        for s in self.sentences:
            said = _SEAT_BEFORE_THE_COMPANY.match(self.text, s.start, s.end)
            if said is None:
                continue
            named = countries_in(fold(said["seat"]))
            if len({c.country for c in named}) != 1:
                continue
            self.add(company, "country", named[-1].country, s.start, said.end("seat"), 0.5)
            return

    def _public_or_no_company(self, ref: str) -> bool:
        """True if the organisation ``ref`` is no company, or a public body by its name."""
        entity = next((e for e in self.entities if e.ref == ref), None)
        return (
            entity is None
            or entity.defaults.get("org_kind") != "company"
            or bool(_PUBLIC_BODY.search(entity.name))
        )

    def _one_claim_per_sector(self) -> None:
        """A record is of a sector once: said of it as its trade ("a new magnet factory")
        and again beside ("produces magnets", "the automotive industry"), the first saying
        is kept, primary if any saying was."""
        said: dict[tuple[str, str], Proposal] = {}
        primary: set[tuple[str, str]] = set()
        for p in sorted(self.proposals, key=lambda p: p.start):
            value = p.plain_value()
            if p.field != "sectors" or not isinstance(value, dict):
                continue
            key = (p.group, str(value.get("sector")))
            said.setdefault(key, p)
            if value.get("primary"):
                primary.add(key)
        for key, p in said.items():
            value = p.plain_value()
            if key in primary and not value.get("primary"):
                p.value = typed_value(p.kind, "sectors", {**value, "primary": True})
        kept = {id(p) for p in said.values()}
        self.proposals = [
            p
            for p in self.proposals
            if p.field != "sectors" or not isinstance(p.plain_value(), dict) or id(p) in kept
        ]

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
            lies_in = next((e for e in earlier if self._zone_it_lies_in(e, later, own)), None)
            if lies_in is not None:
                # "a factory in the Kelvo Industrial Zone", then "the Kelvo Industrial Zone is
                # opening new horizons": the zone is where the plant is, no name of it
                read = None
                self._merge(later, lies_in)
                projects.remove(later)
                continue
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
            # ("the company's third plant in the country": a rank in a place is no name)
            ranked_only_later = bool(self._rank(later)) and not self._rank(main)
            if not ranked_only_later and (
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
                or (
                    # "son usine Gibela" in the headline alone, "son usine de Dunnottar" in
                    # the body: the body's name, its town's, wins
                    self._headline_name_only(main)
                    and not self._named_in_headline_only(later)
                    and bool(self._name_words(later) & self._towns(later))
                )
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
        # (with the words after the quote: "third plant in the country")
        quotes = [
            self.text[p.start : p.end + 30]
            for p in self.proposals
            if p.group == entity.key and p.field == "name"
        ]
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
        # "la première usine canadienne du groupe X" and "l'usine de Sorel-Tracy": a first
        # in a place tells apart no plant said without a rank
        in_a_place = (
            any(ranks) and not all(ranks) and self._first_in_a_place(main if ranks[0] else later)
        )
        if any(ranks) and ranks[0] != ranks[1] and not in_a_place:
            return True
        towns = (
            self._towns(main) or self._town_of_its_name(main),
            self._towns(later) or self._town_of_its_name(later),
        )
        if all(towns) and not towns[0] & towns[1]:
            return True
        owners = self._parties(main), self._parties(later)
        if all(owners) and not owners[0] & owners[1] and not bare:
            return True
        said = [p for p in self.proposals if p.group == later.key and p.field == "name"]
        if any(self._owned_elsewhere(main, p) for p in said):
            return True
        if (ranks[0] and ranks[0] == ranks[1]) or in_a_place:
            # "first EV plant", then "its first … plant": one rank, one plant ("the new
            # facility – the company's third plant in the country": its rank in a place)
            said = []
        for p in said:
            sentence = next((s for s in self.sentences if s.start <= p.start < s.end), None)
            opening = sentence.start if sentence is not None else 0
            if told_apart_before(
                self.fold, opening, p.start, p.end
            ) and not self._ranked_after_another_s(main, p.end):
                return True
        names = self._name_words(main), self._name_words(later)
        if all(names) and not names[0] & names[1] and not self._headline_name_only(main):
            return True  # "la cimenterie de KAO … la cimenterie de Malbaza": two names
        products = self._products(main), self._products(later)
        if self._headline_s_trade_said_again(main, later):
            return False  # "opens $45m textile mill", then "a $45 million cotton yarn mill"
        # "l'usine de laminage à chaud … l'usine de laminage à froid", "lait infantile" and
        # "lait en poudre": each makes something the other is not said to make
        return all(products) and bool(products[0] - products[1]) and bool(products[1] - products[0])

    def _town_of_its_name(self, entity: Entity) -> set[str]:
        """The stems of the town a plant's name is fixed to (``town_named_by``)."""
        town = self.town_named_by(entity)
        return naming.plant_words(town) if town else set()

    def town_named_by(self, entity: Entity) -> str | None:
        """The town a plant's name is fixed to ("its Tororo plant"), before
        ``_town_in_plant_name`` places it there: a plant said later in another town is
        another plant."""
        for name in entity.names:
            named = _TOWN_PLANT.fullmatch(name)
            if named and world_town_country(named[1]) and not countries_in(fold(named[1])):
                return named[1]
        return None

    def _headline_s_trade_said_again(self, main: Entity, later: Entity) -> bool:
        """True if ``main`` is named in the headline alone by a trade ("textile mill") and
        ``later``, in the body, by other words of that one trade ("cotton yarn mill")."""
        if not self._named_in_headline_only(main) or self._named_in_headline_only(later):
            return False
        trades = [
            {w.key for name in entity.names for w in trades_said(fold(name))}
            for entity in (main, later)
        ]
        return bool(trades[0]) and trades[0] == trades[1]

    def _town_in_plant_name(self) -> None:
        """ "The Rockingham plant, which closed in 1992, …", "the Enmore facility", "la mine
        d'uranium de Zuuvch-Ovoo": the town a plant's name is fixed to is where it stands
        (GOLD.md rule 6), when no town is said of it otherwise; the name's words are the
        quote."""
        organisations = {
            w for e in self.entities if e.kind == "orgs" for n in e.names for w in n.split()
        }
        for entity in [e for e in self.entities if e.kind == "projects" and e.subject is None]:
            where = [p for p in self.proposals if p.group == entity.key and p.field == "location"]
            if any(p.plain_value().get("locality") for p in where):
                continue
            for said in [p for p in self.proposals if p.group == entity.key and p.field == "name"]:
                named = _TOWN_PLANT.fullmatch(said.quote) or self._french_town_named(said, where)
                if named is None or named[1] in organisations or self.in_a_dateline(said.start):
                    continue
                town = named[1]
                if nationality_word(town.split()[0]) or countries_in(fold(town)):
                    continue
                if _TRADE_BETWEEN.match(said.quote, named.end(1)) and not world_town_country(town):
                    continue  # "the Nile cement plant": a town the lists know, no river's name
                if _TRADE_NAMED.search(town) and not world_town_country(town):
                    continue  # "the Kelvo Cement plant": a company's name, its trade in it
                country = (
                    str(where[0].plain_value().get("country")) if where else self._host_country()
                )
                region = where[0].plain_value().get("region") if where else None
                known = world_town_country(town)
                at_town = None
                if known and known != country and known == self._host_country():
                    # "s'établit dans la province du Hebei", the parent's, then "l'usine …
                    # de Khartoum": the town the lists know in the host country wins,
                    # quoted where the text first places something there ("à Khartoum")
                    country, region = known, None
                    at_town = rx.search(
                        rf"\b(?:a|au|en|in|at) {re.escape(fold(town))}\b", self.fold
                    )
                elif known and not where:
                    # "the Thiès clinker grinding plant" in an article that names only the
                    # parent's country: the lists say whose town it is
                    country = known
                if not country:
                    continue
                value = {"country": country, "region": region, "locality": town}
                if where:
                    first = where[0]
                    first.value = typed_value(entity.kind, "location", value)
                    # the name's words said last before where its region is, else its own
                    at = self.fold.rfind(fold(said.quote), 0, first.start)
                    a, b = (at, at + len(said.quote)) if at >= 0 else (said.start, said.end)
                    a, b = at_town.span() if at_town else (a, b)
                    first.quote, first.start, first.end = self.text[a:b], a, b
                else:
                    self.add(entity, "location", value, said.start, said.end, 0.5)
                break

    def _french_town_named(self, said: Proposal, where: list[Proposal]) -> re.Match[str] | None:
        """The town last after "de" in a French plant's name, when it is one: a mine's site,
        in the region said of it ("la mine d'uranium de X, dans la province de Y"); a
        plant's, when the lists know the town in the host country ("l'usine … de
        Khartoum"): a plant's "de X" may be whose it is or a name of its own ("l'usine de
        Fiat", "l'usine de Mariana", named after a salt flat)."""
        named = _TOWN_PLANT_FR.fullmatch(said.quote)
        if named is None or rx.search(_REGION_NOUN_BEFORE, fold(said.quote[: named.start(1)])):
            return None  # "de la province de Champassak": a region, no town
        known = world_town_country(named[1])
        if rx.search(r"\bmines? (?:de|d['’])", said.quote):
            # (where no place is said of it, in the host country: "son projet de mine de
            # rubis d'Aappaluttoq", "l'industrie minière du Groenland")
            country = where[0].plain_value().get("country") if where else self._host_country()
            return None if not country or (known and known != country) else named
        return named if known and known == self._host_country() else None

    def _headline_name_only(self, entity: Entity) -> bool:
        """True if ``entity`` is named in the headline alone, by a name the body never says
        ("Alstom inaugure son usine Gibela", then "inaugure son usine de Dunnottar"): the
        headline's words for the plant the body names."""
        if not self._named_in_headline_only(entity):
            return False
        body = self.fold[self.headline_end :]
        return not any(
            rx.search(rf"\b{re.escape(word)}", body) for word in self._name_words(entity)
        )

    def _owned_elsewhere(self, main: Entity, said: Proposal) -> bool:
        """True if ``said`` names a plant its owner has in a country other than where
        ``main`` is ("Carlsberg's biggest brewery is currently its Russian brewery
        Baltika", the article's brewery in China): a plant of the owner's, no other name of
        the article's."""
        whose = _ITS_NATIONAL_PLANT.search(self.fold, max(0, said.start - 12), said.start + 30)
        country = whose and nationality_word(whose.group(1))
        where = {
            getattr(p.value, "country", None)
            for p in self.proposals
            if p.group == main.key and p.field == "location"
        }
        return bool(country) and bool(where) and country not in where

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
        # a plant named by its rank whose name was dropped since is no longer told apart
        ranked = [
            e for e in projects if naming.rank(e.name) and self._first_said(e) < len(self.text)
        ]
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
                # ("Kelvo inks MoU with Odisha govt for Rs 5,000 crore plant": the headline's
                # plant no record of its own, the body's memorandum is for it)
                and self._linked(headline) <= self._linked(e)
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
        # ("Zambia, Kelvar sign $600m copper smelter deal": the English noun last, what the
        # deal is for before it)
        last = rx.search(r"[\w-]+$", fold(headline.name)) if self.lang == "en" else None
        bare = ("agreement", "accord", "deal", "pact", "pacte", "entente")
        return (
            (
                (noun is not None and noun.group() in bare)
                or (last is not None and last.group() in ("agreement", "deal", "pact"))
            )
            and headline.defaults.get("instrument") in (None, "other", "contract")
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
            other = self._one_said_soon_after(
                bare,
                [
                    e
                    for e in agreements
                    if fold(e.name).endswith(" " + noun) and self._linked(e) == linked
                ],
            )
            if linked and other is not None:
                self._merge(bare, other)

    def _bare_instrument_said_again(self) -> None:
        """ "X and Y have signed a memorandum of understanding (MOU) to …", then "the company
        has signed MoU with Y to …": an agreement said again by its instrument's bare words,
        no article, no "another", among the parties of the one agreement of that instrument
        said before, is that agreement."""
        agreements = sorted(
            (e for e in self.entities if e.kind == "agreements" and e.subject is None),
            key=lambda e: self._first_said(e, "title"),
        )
        for later in list(agreements):
            if fold(later.name) not in _BARE_INSTRUMENTS:
                continue
            said = self._first_said(later, "title")
            if _ANOTHER_BEFORE.search(self.fold, max(0, said - 30), said):
                continue
            instrument = later.defaults.get("instrument")
            earlier = [
                e
                for e in agreements
                if e is not later
                and self._first_said(e, "title") < said
                and e.defaults.get("instrument") == instrument
            ]
            if len(earlier) != 1 or not self._parties(later) <= self._parties(earlier[0]):
                continue
            self._merge(later, earlier[0])
            agreements.remove(later)

    def _agreement_called(self) -> None:
        """ "X signed an agreement with the government to set up a cement factory", then
        "The agreement, called Project Investment Agreement (PIA), …": the name the text
        gives the agreement spoken of; the one agreement said before it is the named one."""
        agreements = [e for e in self.entities if e.kind == "agreements" and e.subject is None]
        for said in _AGREEMENT_CALLED.finditer(self.text):
            named = [e for e in agreements if fold(e.name) == fold(said["name"])]
            before = [
                e
                for e in agreements
                if e not in named and self._first_said(e, "title") < said.start()
            ]
            if len(named) == 1 and len(before) == 1:
                # (the parties of both: each signed the one agreement)
                parties = [
                    p for p in self.proposals if p.group == named[0].key and p.field == "parties"
                ]
                self._merge(before[0], named[0])
                agreements.remove(before[0])
                self.proposals += [p for p in parties if p not in self.proposals]

    def _one_said_soon_after(self, first: Entity, candidates: list[Entity]) -> Entity | None:
        """The one agreement of ``candidates`` said within the next sentence or so after
        ``first`` (four hundred characters), if there is one only."""
        said = self._first_said(first, "title")
        others = [
            e
            for e in candidates
            if e is not first
            and e.subject is None
            and 0 < self._first_said(e, "title") - said < 400
        ]
        return others[0] if len(others) == 1 else None

    def _partnership_then_agreement(self) -> None:
        """ "A partnership between a Chinese and an Icelandic company has been struck to
        build an aluminium smelter", then "X and Y have signed an agreement to build a
        smelter": a partnership said first and, within the next sentence, an agreement for
        the same plant are one agreement, named by the agreement's words, a partnership."""
        agreements = [e for e in self.entities if e.kind == "agreements" and e.subject is None]
        for lead in agreements:
            if lead.defaults.get("instrument") != "partnership" or not rx.match(
                r"(?:partnership|partenariat)\b", fold(lead.name)
            ):
                continue
            linked = self._linked(lead)
            other = self._one_said_soon_after(
                lead,
                [
                    e
                    for e in agreements
                    if self._linked(e) <= linked
                    and rx.match(
                        r"(?:agreement|accord|contract|contrat|convention|deal)\b", fold(e.name)
                    )
                ],
            )
            if linked and other is not None:
                self._merge(lead, other)
                other.defaults["instrument"] = "partnership"

    def _zone_it_lies_in(self, plant: Entity, zone: Entity, own: dict[str, list[Proposal]]) -> bool:
        """True if ``zone``, a zone said by its name alone, is where ``plant`` lies: its
        place, or the end of its name ("… factory in the Kelvo Industrial Zone")."""
        if _plant_kind(zone.name) != "zone" or _plant_kind(plant.name) == "zone":
            return False
        if fold(plant.name).endswith(" " + fold(zone.name)):
            return True
        return any(
            p.field == "location" and fold(p.plain_value().get("locality") or "") == fold(zone.name)
            for p in own.get(plant.key, [])
        )

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

    def _first_said(self, entity: Entity, field_name: str = "name") -> int:
        return min(
            (p.start for p in self.proposals if p.group == entity.key and p.field == field_name),
            default=len(self.text),
        )

    def _proper(self, entity: Entity) -> bool:
        names = [p for p in self.proposals if p.group == entity.key and p.field == "name"]
        return bool(names) and self._given_name(entity, min(names, key=lambda p: p.start))

    def _pair_of_plants_by_the_first(self) -> None:
        """ "the cement and power plants in Erbil province", then "the cement plant will have
        …" and "includes a 52-megawatt power plant": the plant said alone after the pair is
        the project, the other its part, so the record is named by the first."""
        for entity in self.entities:
            if entity.kind != "projects" or entity.subject is not None:
                continue
            pair = _PAIR_OF_PLANTS.fullmatch(fold(entity.name))
            names = [p for p in self.proposals if p.group == entity.key and p.field == "name"]
            if pair is None or len(names) != 1:
                continue
            alone = rx.compiled(rf"\bthe ({pair.group(1)} {pair.group(3)})\b").search(
                self.fold, names[0].end
            )
            if alone is None:
                continue
            words = self.text[alone.start(1) : alone.end(1)]
            words = words[:1].upper() + words[1:]
            self._rename(entity, words)
            names[0].value = typed_value(entity.kind, "name", {self.lang: words})
            names[0].start, names[0].end = alone.span(1)
            names[0].quote = self.text[alone.start(1) : alone.end(1)]

    def _convention_names(self) -> None:
        """Each new project the text gives no proper name is named as an analyst names it
        (naming.py): its noun phrase and its locality; two named alike are one."""
        projects = [e for e in self.entities if e.kind == "projects" and e.subject is None]
        nouns = Counter(naming.head_noun(e.name) for e in projects)
        by_name: dict[str, Entity] = {}
        for entity in projects:
            names = [p for p in self.proposals if p.group == entity.key and p.field == "name"]
            if self._called_wins(entity, names):
                by_name.setdefault(fold(entity.name), entity)
                continue
            bare_first = self._bare_noun_then_named(entity, names)
            if bare_first is not None:
                names = bare_first
            later = self._named_later(entity, names)
            if later is not None:
                # "the Japanese automobile company's manufacturing plant …", then "The Isuzu
                # plant in Dammam": the name the text gives wins over the words that
                # described it first (GOLD.md rule 6)
                words, at = later
                first = min(names, key=lambda p: p.start)
                self._rename(entity, words)
                first.value = typed_value(entity.kind, "name", {self.lang: words})
                first.start, first.end, first.quote = at, at + len(words), words
                self.proposals = [p for p in self.proposals if p is first or p not in names]
                names = [first]
            self._zone_gives_way_to_town(entity, names)
            if not names or self._given_name(entity, min(names, key=lambda p: p.start)):
                # "the Chinese-owned Goodwill Ceramic factory": whose, no part of its name
                # "son usine géante de Tanger": its size, no part of it either
                quotes = " ".join(p.quote for p in names)
                # "l'usine de Most (nord)": where its town lies, no part of it either
                bare = naming.without_quality(naming.without_owner(entity.name), quotes)
                if not (
                    nouns[naming.head_noun(entity.name)] > 1
                    and self._rank_tells_apart(entity, projects)
                ):
                    # "the first Continental production plant": a rank said in lower case
                    # before the name tells no other plant apart (naming.py)
                    bare = naming.without_rank_said_low(bare, quotes)
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
                elif body and len(body) < len(names) and not places_in(fold(bare)):
                    # the headline's "son usine géante à Tanger", the body's "son usine géante
                    # de Tanger": the body's words fix the town to the noun, which names it
                    words = min(body, key=lambda p: p.start).plain_value().get(self.lang) or ""
                    words = naming.without_quality(words, quotes)
                    if places_in(fold(words)) and fold(words).startswith(fold(bare) + " "):
                        bare = words
                if naming.without_place_after(bare) != bare:
                    # "une nouvelle usine à Itaborai", then "l'usine d'Itaborai": the place
                    # the text fixes to the noun names it, not the one said after it
                    town = self._locality(entity) or "\0"
                    fixed = [
                        text
                        for text in entity.names
                        if naming.without_place_after(text) == text and fold(town) in fold(text)
                    ]
                    at = self.fold.find(fold(fixed[0])) if fixed else -1
                    if at >= 0 and names:
                        bare = fixed[0]
                        first = min(names, key=lambda p: p.start)
                        first.start, first.end = at, at + len(bare)  # quoted where it is said
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
            keep_rank = nouns[naming.head_noun(entity.name)] > 1 and self._rank_tells_apart(
                entity, projects
            )
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

    def _called_wins(self, entity: Entity, names: list[Proposal]) -> bool:
        """ "une cimenterie à Laongo … Ladite cimenterie baptisée « X »", "another factory
        named X": a plant said first by its noun, then given its name by the words that say
        it is called so, goes by that name alone (GOLD.md rule 6); the words that described
        it name it no more. True if it did."""
        called = [p for p in names if _CALLED_QUOTE.match(fold(p.quote))]
        if len(called) != 1:
            return False
        given = called[0]
        described = [
            p
            for p in names
            if p is not given
            and not naming.proper(self._acronyms_spelled_out(str(p.plain_value().get(self.lang))))
        ]
        if len(described) != len(names) - 1:
            return False  # a name the text gave besides: both stay, as said
        self.proposals = [p for p in self.proposals if p not in described]
        name = str(given.plain_value().get(self.lang) or entity.name)
        if name != entity.name:
            self._rename(entity, name)
        return True

    def _rank_tells_apart(self, entity: Entity, projects: list[Entity]) -> bool:
        """True if the rank in ``entity``'s words tells it from another project of its noun:
        one ranked too, or one said by the same words; a rank after the first always does.
        "La première usine de voitures électriques" beside "une usine de panneaux solaires"
        is told apart by what each makes: its rank is no part of its name."""
        if not rx.fullmatch(
            r"premiers?|premieres?|first|1(?:st|er|re|ere)?|", naming.rank(entity.name)
        ):
            return True  # "Deuxième complexe": a second says a first
        head = naming.head_noun(entity.name)
        words = naming.plant_words(entity.name) - self._towns(entity)
        for other in projects:
            if other is entity or naming.head_noun(other.name) != head:
                continue
            theirs = naming.plant_words(other.name) - self._towns(other)
            if naming.rank(other.name) or not words or not theirs or words & theirs:
                return True
        return False

    def _bare_noun_then_named(self, entity: Entity, names: list[Proposal]) -> list[Proposal] | None:
        """ "the company would establish Industrial Park in X", then "WODA INDUSTRIAL PARK
        will host …": a plant said first by its noun alone, capitalised, then by a name the
        text gives it, is named by that name, quoted there (the names left, or None)."""
        if not names:
            return None
        first = min(names, key=lambda p: p.start)
        words = str(first.plain_value().get(self.lang) or "")
        if naming.proper(words) or not rx.search(r"[A-Z]", words):
            return None
        if not naming.bare_plant_noun(words):
            return None
        given = [
            p
            for p in names
            if p.start > first.start and naming.proper(str(p.plain_value().get(self.lang) or ""))
        ]
        if not given:
            return None
        named = min(given, key=lambda p: p.start)
        self._rename(entity, str(named.plain_value()[self.lang]))
        self.proposals = [p for p in self.proposals if p is named or p not in names]
        return [named]

    def _named_later(self, entity: Entity, names: list[Proposal]) -> tuple[str, int] | None:
        """A name the body gives a plant after describing it first, and where: a
        capitalised word fixed to the plant noun after "the" ("The Isuzu plant", "the
        Anantapuramu plant"), not a nationality, a continent or a rank."""
        body = sorted((p for p in names if p.start >= self.headline_end), key=lambda p: p.start)
        if not body and not names:
            return None
        # "AP CM inaugurates Kia motors plant …", then "the Anantapuramu plant": a name the
        # headline alone gives gives way to the body's, as the convention's noun phrase does
        after = body[0].end if body else self.headline_end
        # (the first words' own, without where they stand: "Manufacturing plant in the
        # Second Industrial City" is described, its zone's capitals no name of its own)
        described = str(body[0].plain_value().get(self.lang) or "") if body else ""
        described = rx.sub(r" (?:in|at|de|du|d'|à) (?:the |la |le |l')?[A-Z].*$", "", described)
        if body and (
            naming.proper(described) or self.text[body[0].start : body[0].start + 1].isupper()
        ):
            return None
        for words in entity.said:
            first = words.split(" ", 1)[0]
            if (
                " " not in words
                or not first[:1].isupper()
                or rx.match(rf"(?:{PROJECT_NOUNS_EN}|{PROJECT_NOUNS_FR})\b", fold(first))
                or rx.search(r"\b(?:zone|park|parc|estate|city|cite)\b", fold(words))
                or naming.nationality(first)
                or naming.continental(first)
                # "The St Vincent factory": the plant in that country, no name
                or only_a_country(fold(words.rsplit(" ", 1)[0]))
                or naming.rank(words)
                or not rx.search(rf"\b(?:{PROJECT_NOUNS_EN}|{PROJECT_NOUNS_FR})$", fold(words))
            ):
                continue
            for said in rx.finditer(
                rf"\b(?:the|The|l'|l’|le|la|Le|La|L'|L’) ?({re.escape(words)})\b", self.text
            ):
                if said.start(1) > after:
                    return words, said.start(1)
        return None

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

    def _zone_gives_way_to_town(self, entity: Entity, names: list[Proposal]) -> None:
        """ "a new tire manufacturing plant in the Northeast Industrial Zone of the
        municipality of Indjija": a zone names the plant only in the town's place (the
        convention); with the town said, the zone's words leave the name, which the town
        then completes."""
        where = self._convention_town(entity)
        tail = _ZONE_TAIL.search(entity.name)
        if tail is None or not where or naming._ZONE.search(where):
            return
        if fold(where) in fold(entity.name):
            return
        bare = entity.name[: tail.start()]
        entity.names = [n for n in entity.names if n != entity.name]
        entity.name = bare
        for said in names:
            text = said.plain_value().get(self.lang) or ""
            zone = _ZONE_TAIL.search(text)
            if zone is not None:
                said.value = typed_value(entity.kind, "name", {self.lang: text[: zone.start()]})

    def _described_after(self, entity: Entity, first: Proposal, words: str) -> str:
        """The words the convention names ``entity`` by: those of its first mention, or, when
        they say a plant's noun alone ("an ambitious project"), those of its first later
        mention that says what the plant makes ("An integrated chemical complex would be
        developed under the project"), whose words ``first`` then quotes."""
        if naming.plant_words(words) or rx.search(
            r"\b(?:manufacturing|production|processing|fabrication|transformation)\b", fold(words)
        ):
            return words  # "the manufacturing plant": a plant's noun with what it does
        for said in entity.said:
            at = self.text.find(said, first.end)
            # ("This new industrial plant": its kind, nothing it makes)
            if at < 0 or not naming.plant_words(said) - {"indu"} or naming.proper(said):
                continue
            if _PROJECT_OF_WORKS.fullmatch(fold(said)):
                continue  # ("its expansion project": the works it is part of, nothing made)
            first.start, first.end, first.quote = at, at + len(said), said
            return said
        return words

    def _convention_town(self, entity: Entity) -> str | None:
        """The locality the convention names ``entity`` after, as the text says it after
        "de": "dans la zone industrielle du Kef" places it in Le Kef."""
        where = self._town_beyond_zone(entity) or self._locality(entity)
        if where:
            where = self._town_beside_county(where) or where
        elif self.lang == "fr":
            # "au sein du Parc industriel Vietnam - Singapour III", "dans la zone spéciale
            # de développement du port de Mariel": a zone of its own name, said where the
            # text places its one plant in no town
            where = self._zone_of_its_own_name()
        if (
            where
            and self.lang == "fr"
            and rx.search(rf"\b(?:du|au) {re.escape(where)}\b", self.text)
        ):
            where = f"Le {where}"
        return where

    def _zone_of_its_own_name(self) -> str | None:
        """The one zone of a name of its own a French text names ("le Parc Industriel de
        la Plaine de l'Ain (Pipa)"), when the article has one project: where the plant
        is, which names it after the convention ("Usine du parc industriel …")."""
        projects = [e for e in self.entities if e.kind == "projects" and e.subject is None]
        if len(projects) != 1:
            return None
        zones = {
            m["zone"]
            for m in _ZONE_OF_ITS_OWN_NAME.finditer(self.text, self.headline_end)
            if rx.search(r" [A-Z]", m["zone"])
            and not only_a_country(fold(m["zone"].split(" ", 2)[-1]))
        }
        return zones.pop() if len(zones) == 1 else None

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
                town = naming.town_of_zone(self.text, p.end)
                if town is None:
                    town = self._place_after_zone(p)
                return town
        return None

    def _place_after_zone(self, located: Proposal) -> str | None:
        """ "at Motanga Industrial Park, Samdrupjongkhar", "in Samalaju Industrial Park,
        Bintulu, Sarawak": a place the lists know said after the zone and a comma is the
        town it lies in, where the plant is and what names it."""
        said = _PLACE_AFTER_ZONE.match(self.text, located.end)
        value = located.plain_value()
        if (
            said is None
            or not isinstance(value, dict)
            or not value.get("country")
            or not naming._ZONE.search(value.get("locality") or "")
        ):
            return None  # (a town already read with the zone is where it is)
        town = said.group(1)
        said_in = "in " + town  # (a town of the lists is read after its cue)
        known = places_in(fold(said_in), [value["country"]], said_in)
        if not known or (known[0].start, known[0].end) != (3, len(said_in)):
            return None
        located.value = typed_value("projects", "location", {**value, "locality": town})
        located.end = said.end(1)
        return town

    def _people_who_are_orgs(self) -> None:
        """A name read as a person's where no title said so, and as an organisation's where
        its noun did ("commerce Thai Binh a inauguré …", then "du groupe Thai Binh"): the
        organisation's; the person goes, with what was said of them. So too a short name of
        such an organisation ("La chinoise Maple Armor ouvrira", then "la société chinoise
        Solutions d'alarme incendie Maple Armor Canada", "Maple Armor" its short name)."""
        named = [
            p
            for p in self.proposals
            if p.new is not None and p.new.kind == "orgs" and p.field == "name"
        ]
        nouned = {
            p.group
            for p in named
            if _ORG_NOUN_BEFORE.search(self.fold, max(0, p.start - 20), p.start)
        }
        orgs = {p.quote for p in named if p.group in nouned}
        gone = {
            e.ref
            for e in self.entities
            if e.kind == "people"
            and e.subject is None
            and e.name in orgs
            and not any(p.group == e.ref and p.field == "roles" for p in self.proposals)
        }
        if gone:
            self.proposals = [p for p in self.proposals if p.group not in gone]
            self.entities = [e for e in self.entities if e.ref not in gone]

    def _orgs_said_first(self) -> None:
        """An organisation read only once its name was known ("Airbus va installer …",
        then "le patron d'Airbus") is named where the body first says it, as the analyst
        quotes a name: the same words, said alone, earlier."""
        for entity in self.entities:
            if entity.kind != "orgs" or entity.subject is not None:
                continue
            names = [p for p in self.proposals if p.group == entity.ref and p.field == "name"]
            if len(names) != 1 or names[0].start <= self.headline_end:
                continue
            said = names[0]
            if said.quote != entity.name:
                continue
            earlier = rx.compiled(rf"(?<![\w-]){re.escape(said.quote)}(?![\w-])(?! [A-Z])").search(
                self.text, self.headline_end, said.start
            )
            if earlier is None:
                continue
            if any(
                p.start <= earlier.start() < p.end
                for p in self.proposals
                if p.field == "name" and p.group != entity.ref
            ):
                continue  # the words are another's name's
            said.start, said.end = earlier.span()

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
            keep_rank = nouns[naming.head_noun(entity.name)] > 1 and self._rank_tells_apart(
                entity, [e for e in self.entities if e.kind == "projects" and e.subject is None]
            )
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
        vehicle (EV)") said in them, and each product's letters ("NPK", "PVC") in lower
        case: such an acronym is no proper name ("First EV plant")."""

        def spelled(acronym: re.Match[str]) -> str:
            letters = acronym.group()
            if letters in _PRODUCT_LETTERS:
                return letters.lower()  # "usine d'engrais NPK": what it makes, no name
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
        # (the headline's words give no name the body's own words, said first, do not: "…
        # de l'usine de transformation de cajou de Korhogo", then in the body "l'usine de
        # transformation de noix de cajou de la société X … à Korhogo")
        names = entity.names
        if self.headline_end and any(
            p.group == entity.key and p.field == "name" and p.start >= self.headline_end
            for p in self.proposals
        ):
            body = self.fold[self.headline_end :]
            names = [n for n in entity.names if fold(n) in body] or names
        if any(
            # ("une nouvelle usine à Itaborai": where it is, said after it, no name)
            naming.proper(self._acronyms_spelled_out(naming.without_place_after(n)))
            for n in names
        ):
            return True
        if any(
            places_in(fold(naming.without_country_after(naming.without_place_after(n))))
            for n in names
        ):
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
                r"\b(?:a|an|un|une)\b(?:[^.;]{0,40}\d[^.;]{0,30})?$|\b(?:new|nouvel|nouvelle)$"
                # ("Serbia opens Chinese-built tire factory": a headline's verb, no article)
                r"|\b(?:opens?|builds?|unveils?|inaugurates?|completes?|launch(?:es)?|commissions?"
                r"|commissioned|inaugurated|opened)$"
                # ("Announcement about Chinese factory to be built in X": its preposition)
                r"|\b(?:about|on|over|for|with|near)$",
                before,
                re.IGNORECASE,
            )
        ):
            # "a $620 million Chinese industrial project", a headline's "for new Swiss
            # biopharma plant": whose or where, not a name
            return False
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
        # (two links that are now one: the one the body says first is kept)
        kept: dict[Any, Proposal] = {}
        for p in sorted(self.proposals, key=self._said_at):
            if p.field in ("agreements", "projects"):
                kept.setdefault((p.group, p.field, str(p.plain_value())), p)
        self.proposals = [
            p
            for p in self.proposals
            if p.field not in ("agreements", "projects")
            or kept[(p.group, p.field, str(p.plain_value()))] is p
        ]

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
