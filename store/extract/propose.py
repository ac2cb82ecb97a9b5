"""The reading of one article, sentence by sentence: who and what it names, and which
record each figure, date, status, place and sector it states is about.

A fact goes to the record named nearest it in its sentence, else to the one spoken of last
("ce projet", "l'usine"); facts stated of records announced before they are named ("deux
complexes …") wait for the next record named.

A project the text gives no proper name is named as the analyst names it (naming.py):
the text's noun phrase for it, without novelty, quality or rank, and its town — "Cimenterie
de Bobo-Dioulasso", "Sugar factory at Moamba" ("in the <zone>" for a zone; the noun phrase
alone when the text names no town); two records so named alike are one."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from ..models import Source
from . import calibration, cities, figures, naming, places, rx
from .lexicon import (
    SECTORS,
)
from .proposal import Proposal
from .reader.sentences import SentenceReading

# A new record's key inside a claim's value ("new:5")
_NEW_KEY = re.compile(r'"(new:\d+)"')


def propose(source: Source, snapshot: Any = None, *, calibrate: bool = True) -> list[Proposal]:
    """What ``source``'s text states, as proposals; ``snapshot`` (the database as it is)
    to match names to its records and mark what contradicts its claims. Each confidence
    is the fitted chance that the analyst keeps the proposal (``calibration``), or, with
    ``calibrate`` false, the rules' own. The first call of a process reads the tables
    every reading may need (``_prepared``)."""
    _prepared()
    reader = _Reader(source, snapshot)
    proposals = reader.read()
    for p in proposals:
        p.quote = source.text[p.start : p.end]  # the page's own words, its line breaks kept
    if calibrate:
        calibration.calibrated(proposals, source.text, reader.lang)
    return proposals


@lru_cache(maxsize=1)
def _prepared() -> None:
    """The world's subdivisions and towns, indexed once: the first reading loads them, so
    that no later article pays for them."""
    places.prepare()
    cities.prepare()
    figures.prepare()
    for words in SECTORS:  # the sectors' words, compiled before any article needs them
        for pattern in words.patterns:
            rx.compiled(pattern)


class _Reader(SentenceReading):
    """Reads one article; one job: turning mentions into proposals about records. Its
    steps, by concern, are the layers of ``reader`` (its package docstring says which);
    here, their order."""

    # -- reading ---------------------------------------------------------------------
    def read(self) -> list[Proposal]:
        for sentence in self.sentences:
            self._sentence(sentence)
        self.pending_to_focus()
        self.late_sectors()
        self._roles_of_a_company_named_later()
        self.roles_of_the_one_company()
        self.titles_said_after_quotes()
        self.group_of_its_owner()
        self.dateline_town()
        self._countries()
        self._acronyms_by_initials()
        self._unnamed_company_country()
        self._seat_said_before_the_company()
        for entity in self.entities:
            if "in_country" in entity.defaults and not entity.defaults.get("located"):
                country, start, end = entity.defaults["in_country"]
                self.add(entity, "location", {"country": country}, start, end, 0.6)
        self.region_where_the_plant_is()
        self._same_plants()
        self._one_plant()
        self._first_of_a_second()
        self._ranked_parts()
        self._counted_parts()
        self._capacity_in_parts()
        self._capacity_of_a_part()
        self._same_agreements()
        self._bare_agreement_said_again()
        self._bare_instrument_said_again()
        self._partnership_then_agreement()
        self._agreement_called()
        self._pair_of_plants_by_the_first()
        self._convention_names()
        self._town_in_plant_name()
        self._lone_company_party()
        self._the_two_sign()
        self._lone_agreement_link()
        self._sums_of_the_plant()
        self._signers_take_part()
        self._broad_metal_yields()
        self._others_sectors()
        self._one_claim_per_sector()
        self._sector_names()
        self._people_who_are_orgs()
        self._orgs_said_first()
        self._offer_names()
        self._full_names()
        self.names_it_goes_by()
        self._one_head_or_none()
        self._headline_name_said_again()
        named_in_body = {
            p.group
            for p in self.proposals
            if p.field in ("name", "title") and p.start >= self.headline_end
        }
        self.proposals = [
            p
            for p in self.proposals
            if not (
                p.field in ("name", "title")
                and p.end <= self.headline_end
                and p.group in named_in_body
                and p.new is not None
                and p.new.kind in ("projects", "agreements")
            )
        ]
        self._refs_to_unnamed_records()
        self.proposals.sort(key=lambda p: (self._order(p.group), p.start))
        self._one_link_each()
        return self.proposals

    def _headline_name_said_again(self) -> None:
        """ "… lance le chantier d'une usine chinoise en Meuse", then "la première pierre de
        l'usine du groupe chinois Inesa": a plant the headline alone names, by its noun, is
        quoted where the running text first says that noun (GOLD.md rule 23)."""
        if not self.headline_end:
            return
        for entity in self.entities:
            if entity.kind != "projects" or entity.subject is not None:
                continue
            names = [p for p in self.proposals if p.group == entity.ref and p.field == "name"]
            if len(names) != 1 or names[0].end > self.headline_end:
                continue
            if rx.search(r"[A-Z]", names[0].quote[1:]):
                continue  # ("L'usine de traitement du latex Viêt Lào": a name of its own)
            noun = rx.match(r"[a-zà-ÿ]+", self.fold[names[0].start : names[0].end])
            if noun is None or not naming.bare_plant_noun(noun.group()):
                continue
            again = rx.compiled(rf"\b{noun.group()}\b").search(self.fold, self.headline_end)
            if again is not None:
                names[0].start, names[0].end = again.span()
                names[0].quote = self.text[again.start() : again.end()]

    def _one_link_each(self) -> None:
        """A link said twice ("… an agreement to build the plant. The contract, signed on
        Tuesday, covers … the plant"): one claim, where it is first said."""
        seen: set[tuple[str, str, str]] = set()
        kept = []
        for p in sorted(self.proposals, key=lambda p: p.start):
            if p.field in ("agreements", "projects", "parties"):
                key = (p.group, p.field, repr(p.plain_value()))
                if key in seen:
                    continue
                seen.add(key)
            kept.append(p)
        self.proposals = [p for p in self.proposals if any(p is k for k in kept)]

    def _refs_to_unnamed_records(self) -> None:
        """A claim that points at a new record no proposal names ("sectors: new:5" where the
        sector's only word was inside a company's name, "Egyptian Mining Company") points at
        nothing the analyst could accept: it is dropped."""
        named = {
            p.new.key for p in self.proposals if p.new is not None and p.field in ("name", "title")
        }
        self.proposals = [
            p
            for p in self.proposals
            if set(_NEW_KEY.findall(json.dumps(p.to_json()["value"]))) <= named
        ]
