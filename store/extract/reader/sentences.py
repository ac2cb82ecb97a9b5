"""One sentence read: the plants, agreements, organisations and people it names, then
the places, statuses, dates, figures and sectors it states, each given to its record."""

from __future__ import annotations

import re
from typing import Any

from ...text import fold
from .. import naming, rx
from ..lexicon import (
    STATUS_CUES,
)
from ..names import (
    PersonMention,
    a_person_by_surname,
    orgs_in,
    people_in,
)
from ..places import (
    countries_in,
    places_in,
)
from ..records import (
    RecordMention,
    agreements_in,
    goods_for,
    other_plants_in,
    projects_in,
)
from ..segment import (
    Sentence,
    folded,
)
from .merging import MergingReading
from .rules import (
    _ANOTHER,
    _CALLED,
    _CALLED_NAME,
    _CALLED_SUBJECT,
    _COMMON_WORDS_NAME,
    _COUNT_WORDS,
    _COUNTED_PLANTS,
    _FOUNDED,
    _HOLDS_PLANTS,
    _IN_TOWN,
    _INDEFINITE_BEFORE,
    _INSTITUTION_OF,
    _NOT_THE_PROJECT,
    _PARTS_COUNTED,
    _PLANT_AFTER,
    _PROPER_PROJECT,
    _SAID_COMPANY,
    _SIGNED_THE,
    _TERMS_OF_THE,
    _UNIT_QUOTED,
    _UNITS_COUNTED,
    _UNITS_LISTED,
    _UNNAMED,
    _UTILITY_KIND,
    Entity,
    _a_part_said_again,
    _a_surname_as_noun,
    _capitalise_noun,
    _company_plant,
    _named_by_headline_case,
    _parts,
    _plant_named_by_company,
    _serving_parts,
    _without_owner,
)


class SentenceReading(MergingReading):
    """One sentence read, each of its facts given to a record."""

    def _sentence(self, s: Sentence) -> None:
        text, fold, a, b = self.text, self.fold, s.start, s.end
        found = orgs_in(text, fold, a, b, self.lang)
        for org in found:
            if org.kind == "other" and any(
                e.kind == "orgs" and e.defaults.get("org_kind") == "company" and org.name in e.names
                for e in self.entities
            ):
                org.kind = "company"  # "les représentants de Tosyali", a company named before
        found += self._known_orgs(a, b, found)
        found = [
            o
            for o in found
            # "sous la marque ''Mango Ciment''", "under the brand X": a brand, not a company
            if not rx.search(
                r"\b(?:marque|brand|label)\b[^.;]{0,20}$",
                fold[max(a, o.start - 24) : o.start].rstrip(" '\"«"),
            )
        ]
        for org in found:
            if org.kind not in ("company", "ministry") and _SAID_COMPANY.match(fold, org.end):
                org.kind = "company"  # "China Africa Material Building (CMB), firme chinoise"
            # "Sentuo Steel of China": the company and its country, not one name
            of = rx.search(r" (?:of|from) ([A-Z][\w-]+(?: [A-Z][\w-]+)?)$", org.name)
            if (
                of
                and len(org.name) > of.end() - of.start() + 3
                and not rx.search(_INSTITUTION_OF, org.name)
                and not _COMMON_WORDS_NAME.fullmatch(org.name[: of.start()])
            ):
                of_country = countries_in(of.group(1).casefold())
                if of_country and of_country[0].end - of_country[0].start >= len(of.group(1)) - 1:
                    org.name = org.name[: of.start()]
                    org.end = org.start + len(org.name)
                    org.country = of_country[0].country
                    org.said_from = org.start
        found = [
            o
            for o in found
            # "The Kivu Steel Mill was inaugurated": a plant's name, not a company's, unless
            # the text names the company alone somewhere
            if not self._in_plant_name(o.name)
        ]
        found = [
            o
            for o in found
            # "Challenge Group Chairman X": a title and a person, not a company
            if not rx.match(
                r"(?:chairman|chairwoman|ceo|president|director|minister|governor|"
                r"(?:managing|executive|deputy|general) (?:director|manager)|chief executive|"
                r"directeur|directrice|president-directeur|pdg)\b",
                fold[o.start : o.end],
            )
            # "The News Agency of Nigeria (NAN) reports": who tells it, not who does it
            and not rx.search(
                r"\b(?:news agency|press agency|agence de presse|agence [\w-]+ d'information)\b",
                fold[o.start : o.end].replace("’", "'"),
            )
        ]
        said = projects_in(text, fold, a, b) + agreements_in(text, fold, a, b)
        said = [m for m in said if not _named_by_headline_case(text, self.headline_end, m)]
        said = [m for m in said if not _a_surname_as_noun(text, m, self._surnames)]
        self._elsewhere = other_plants_in(fold, a, b)
        parts = _parts(fold, said, a, b)
        if not parts and _PARTS_COUNTED.search(fold, a, b):
            # "It will consist of three major plants": the plants said next by what they
            # make ("the aromatics plant") are the project's parts
            self._parts_until = s.index + 2
        elif s.index <= self._parts_until:
            parts = [m for m in said if _a_part_said_again(text, fold, m, a)]
        serving = _serving_parts(text, fold, said, a, b)
        parts += [m for m in serving if m not in parts]
        self._serving = [(m.start, m.end) for m in serving]
        said = [m for m in said if m not in parts]
        units = self._units_named(s, said)
        if units:
            said = [
                m for m in said if not any(u.start < m.span_end and m.start < u.end for u in units)
            ]
            said = sorted(said + units, key=lambda m: m.start)
        # "to set up a Syringe Manufacturing Company": the plant to be, no company named
        found = [
            o for o in found if not any(m.company and m.start <= o.start < m.end for m in said)
        ]
        found = [o for o in found if not _plant_named_by_company(text, fold, o, said)]
        # "Nigeria's Ravi Kumar is investing … Kumar said": a person, said later by surname
        persons = [o for o in found if a_person_by_surname(o.name, self._surnames)]
        found = [o for o in found if o not in persons]
        self._country_pointed_back(a, b, found)
        before = {e.key for e in self.entities if e.kind == "orgs"}
        orgs = [(org, self._org(org)) for org in found]
        people = people_in(text, fold, a, b, self.lang)
        people += [
            PersonMention(o.name, o.start, o.end, lang=self.lang)
            for o in persons
            if not any(p.start < o.end and o.start < p.end for p in people)
        ]
        # "Governor of Maputo province X": where a person serves, not where a plant is
        self._titles = [(p.title_start, p.title_end) for p in people if p.title]
        self._titles += [(p.start, p.end) for p in people]
        for person in people:
            if any(o.start <= person.start < o.end for o, _ in orgs):
                continue
            if " " not in person.name:
                # "Mr Liu", "M. Ma": a surname alone is the person named in full before
                whole = next(
                    (
                        e.name
                        for e in self.entities
                        if e.kind == "people"
                        and " " in e.name
                        and person.name in (e.name.split()[0], e.name.split()[-1])
                    ),
                    None,
                )
                person.name = whole or person.name
            self._person(person, orgs)
        mentions: list[tuple[RecordMention, Entity]] = []
        forward = False
        named_here = any(m.kind == "agreements" and m.name for m in said)
        for mention in said:
            if any(mention is u for u in units):
                unit = self._record(mention, orgs)
                unit.defaults["unit"] = True
                mentions.append((mention, unit))
                continue
            if any(
                o.start <= mention.start < o.end
                and not _company_plant(o, mention, named_before=e.key in before)
                for o, e in orgs
            ) or any(p.title and p.title_start <= mention.start < p.title_end for p in people):
                continue  # "membre du Conseil d'administration du complexe": a title's words
            if mention.kind == "projects" and rx.search(_NOT_THE_PROJECT, fold[a : mention.start]):
                continue
            if (
                mention.kind == "projects"
                and mention.name
                and _UNNAMED.fullmatch(fold[mention.start : mention.end])
            ):
                mention.name = None  # "le projet « important et stratégique »": no name
            if mention.kind == "projects" and mention.name:
                _without_owner(text, fold, mention, self._org_names(orgs))
            if mention.name is None and mention.described and self._named_by_words(mention, a, b):
                mention.name, mention.plural = mention.described, False
            if (
                mention.name is None
                and self._headline_plant_said_again(mention, b)
                # ("a plant to set up sugar plant at X": the plant is the one said next)
                and not any(m.kind == "projects" and 0 < m.start - mention.end < 40 for m in said)
            ):
                mention.plural = False  # "a new factory in Oarja" under the headline's plant
            if mention.name is None:
                earlier = next((e for m, e in reversed(mentions) if m.kind == mention.kind), None)
                if not mention.plural and earlier is not None:
                    # "a plant in the X zone … the construction of the plant": the one
                    # this sentence has just named, before any spoken of earlier
                    mentions.append((mention, earlier))
                elif mention.plural and self._plants_of_complex(mention, s):
                    # "a vast industrial complex … the plan was to build two processing and
                    # manufacturing plants": the plants counted are the complex's content
                    mentions.append((mention, self.focus["projects"]))
                elif mention.plural and self._counted_apart(mention):
                    # "deux unités de filature, l'une à Koutiala et l'autre à Bamako": the
                    # plants together, one record named by the text's plural
                    mention.name = _capitalise_noun(mention.counted[1])  # type: ignore[index]
                    mention.plural = False
                    together = self._record(mention, orgs)
                    together.defaults["counted_apart"] = mention.end
                    mentions.append((mention, together))
                elif mention.plural:
                    forward = True
                    if mention.counted:
                        self.counted = (mention.counted, mention.start, mention.end)
                elif mention.kind in self.focus:
                    focus = self.focus[mention.kind]
                    if mention.described and self._named_in_headline_only(focus):
                        # "Une cimenterie ouverte à X" over "l'unité de broyage …": the
                        # body's first words for the headline's plant name it
                        self.add(
                            focus,
                            "name",
                            {self.lang: mention.described},
                            mention.start,
                            mention.end,
                            0.6,
                        )
                    mentions.append((mention, focus))
                elif mention.kind == "projects" and self._unseen_plant(mention, s):
                    # "Cette usine …" with no plant read before (its first mention in a form
                    # no rule reads): the plant is still one, named by its noun, so what is
                    # said of it is not lost.
                    mention.name = mention.described or _capitalise_noun(
                        text[mention.start : mention.end]
                    )
                    mentions.append((mention, self._record(mention, orgs)))
                elif (
                    mention.noun
                    and not named_here
                    and (
                        (
                            not self._agreement_named_after(b)
                            and rx.search(
                                r"\b(?:conclue?s?|signee?s?|paraphee?s?|concluded|signed|inked|approuvee?s?|approved)\b",
                                fold[mention.end : b],
                            )
                        )
                        # "signed the deal with X": signed by the sentence, no pointer to an
                        # agreement of another noun named later
                        # "Selon les termes de l'accord, …": its terms cited, it is one
                        or (
                            (
                                _SIGNED_THE.search(fold, max(a, mention.start - 40), mention.start)
                                or _TERMS_OF_THE.search(
                                    fold, max(a, mention.start - 40), mention.start
                                )
                            )
                            and not self._agreement_named_after(b, folded(mention.noun))
                        )
                    )
                ):
                    # "Ce partenariat … avait été conclu en juillet 2024", "X signed the deal
                    # with Y", "under the terms of the agreement": the first agreement the
                    # article speaks of, said by its noun.
                    mention.name = _capitalise_noun(mention.noun)
                    mentions.append((mention, self._record(mention, orgs)))
                continue
            entity = self._record(mention, orgs)
            mentions.append((mention, entity))
        mentions.sort(key=lambda pair: pair[0].start)
        self._aside = self._asides(a, mentions)
        for mention, entity in mentions:
            entity.said.append(
                mention.name or mention.described or self.text[mention.start : mention.end]
            )
            if mention.start in self._aside:
                continue  # a neighbour or a comparison: the sentence is not about it
            self.focus[mention.kind] = entity
            self._focus_said[mention.kind] = s.index
            if mention.kind == "projects" and self.lead is not None:
                lead, self.lead = self.lead, None
                for deferred in lead:
                    deferred(entity)
            if (
                mention.kind == "projects"
                and self.pending
                and s.index <= self.pending_until
                and mention.name
            ):
                for deferred in self.pending:
                    deferred(entity)
                for sibling in self._siblings():
                    for deferred in self.pending:
                        deferred(sibling)
                self.pending = []
        if forward and not any(m.kind == "projects" for m, _ in mentions):
            self.pending = []
            self.pending_until = s.index + 2
        if parts:
            self._parts(parts, mentions, fold.find(" ", parts[0].start - 40, parts[0].start))
        self._named_as(s, mentions)
        self._links(mentions)
        self._partners(
            mentions, orgs, forward and not any(m.kind == "projects" for m, _ in mentions)
        )
        self._signatories(s, mentions, orgs)
        self._statuses(s, mentions, orgs, forward)
        self._dates(s, mentions, forward)
        self._figures(s, mentions)
        self._places(s, mentions, orgs, forward)
        self._in_country(s, mentions)
        self._sectors(s, mentions, forward, [o for o, _ in orgs])
        self._components(s, mentions)

    def _parts(
        self, parts: list[RecordMention], mentions: list[tuple[RecordMention, Entity]], at: int
    ) -> None:
        """The plants a project is said to comprise are its components, named by their
        words (novelty and quality aside), the project the one said before the list."""
        owner = self._subject("projects", at, mentions, False)
        if not isinstance(owner, Entity):
            return
        for part in parts:
            words = part.name or part.described or self.text[part.start : part.end]
            name = naming.conventional(words, None, self.lang, keep_rank=False)
            kind = _UTILITY_KIND.search(fold(name))
            if kind and any(
                p.field == "components"
                and p.new is not None
                and p.new.key == owner.key
                and kind.group() in fold(str(p.plain_value().get("name")))
                for p in self.proposals
            ):
                continue  # "a 50 MW power station that will provide electricity": said again
            self.add(owner, "components", {"name": {self.lang: name}}, part.start, part.end, 0.5)

    def _units_named(self, s: Sentence, said: list[RecordMention]) -> list[RecordMention]:
        """The units a text counts, then names each ("trois unités de production … « Kelmar »,
        « Orvane », « Tessid »", "two plants, Kelmar and Orvane"): one record each, named
        by the name the text gives it; said again by that name, it is that unit again."""
        found: list[RecordMention] = []
        scan = s.start
        for counted in _UNITS_COUNTED.finditer(self.fold, s.start, s.end):
            count = _COUNT_WORDS[counted.group(1)]
            listed = _UNITS_LISTED.match(self.text, counted.end(), s.end)
            names = rx.split(r",? (?:and|et) |, ", listed.group(1)) if listed else []
            if 1 < len(names) <= count and listed:
                at = listed.start(1)
                for name in names:
                    at = self.text.index(name, at)
                    found.append(
                        RecordMention("projects", name, at, at + len(name), at + len(name))
                    )
                    at += len(name)
                self._unit_names += names
                scan = found[-1].end
            else:
                self._units = (count, s.index + 4)
                scan = counted.end()
        if self._units and s.index <= self._units[1]:
            count, until = self._units
            for quoted in _UNIT_QUOTED.finditer(self.text, scan, s.end):
                if count == 0:
                    break
                name = quoted.group(1)
                if name in self._unit_names or countries_in(fold(name)):
                    continue
                found.append(
                    RecordMention("projects", name, quoted.start(), quoted.end(), quoted.end())
                )
                self._unit_names.append(name)
                count -= 1
            self._units = (count, until) if count else None
        if found:
            # named, the units counted are no longer told apart by their ranks
            self.counted = None
            for m in said:
                m.counted = None
        for name in self._unit_names:
            for again in rx.finditer(
                rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", self.text[s.start : s.end]
            ):
                at = s.start + again.start()
                if not any(f.start <= at < f.end for f in found):
                    found.append(
                        RecordMention("projects", name, at, at + len(name), at + len(name))
                    )
        return sorted(found, key=lambda m: m.start)

    def _named_as(self, s: Sentence, mentions: list[tuple[RecordMention, Entity]]) -> None:
        """ "Baptisée Africure, cette usine …", "a plant called Nova Works": a project said
        by its noun is given its name by the words that say it is called so."""
        for cue in _CALLED.finditer(self.fold, s.start, s.end):
            said = _CALLED_NAME.match(self.text, cue.end(), s.end)
            if said is None:
                continue
            near = [
                (m, e)
                for m, e in mentions
                if m.kind == "projects" and abs(m.start - cue.start()) < 60
            ]
            if near:
                entity = min(near, key=lambda pair: abs(pair[0].start - cue.start()))[1]
            elif rx.search(
                r"\b(?:projet|project) $", self.fold[max(s.start, cue.start() - 8) : cue.start()]
            ):
                # "l'ensemble du projet intitulé X", "the project dubbed X": the project
                # spoken of is given its name
                if "projects" not in self.focus:
                    continue
                entity = self.focus["projects"]
            elif (
                "projects" in self.focus
                and not self.fold[s.start : cue.start()].strip(" \"'«“")
                and _CALLED_SUBJECT.match(self.fold, said.end(1))
            ):
                # "Called X, the industry is expected to …", "Baptisée X, l'industrie …": the
                # sentence opens on the name of its subject, a noun of no company that says
                # again the plant spoken of
                entity = self.focus["projects"]
            else:
                continue
            name = said.group(1).strip()
            said_countries = countries_in(fold(name))
            if name in entity.names:
                # "The X will open … Dubbed the X, …": where the text says it is called so
                # is where it gives the name
                for p in self.proposals:
                    if p.group == entity.key and p.field == "name" and name in p.quote:
                        p.quote, p.start, p.end = (
                            self.text[cue.start() : said.end(1)],
                            cue.start(),
                            said.end(1),
                        )
                continue
            if said_countries and sum(c.end - c.start for c in said_countries) >= len(name) - 2:
                continue  # "called Ghana": a country, no name ("Uganda-China Free Zone" is one)
            entity.names.append(name)
            entity.said.append(name)
            self.add(entity, "name", {self.lang: name}, cue.start(), said.end(1), 0.7)

    def _org_names(self, orgs: list[tuple[Any, Entity]]) -> set[str]:
        """The names of the organisations this sentence names and those named before."""
        names = {o.name for o, _ in orgs}
        for entity in self.entities:
            if entity.kind == "orgs":
                names.update(entity.names)
        return names

    def _in_plant_name(self, name: str) -> bool:
        """True if every time the text says ``name`` a capitalised plant noun follows it
        ("Kivu Steel Mill"): the words are a plant's name, no organisation's."""
        said = [m.end() for m in rx.finditer(re.escape(name), self.text)]
        return bool(said) and all(_PLANT_AFTER.match(self.text, end) for end in said)

    def _unseen_plant(self, mention: RecordMention, s: Sentence) -> bool:
        """True if ``mention`` ("cette usine", "the plant") speaks of a plant the reader has
        not read yet and says something of it: no project before it, a plant noun (not
        "le projet"), a figure, a place or a status in its sentence, and no proper name of
        a project after it that it could wait for."""
        noun = self.fold[mention.start : mention.end]
        if rx.search(r"\b(?:projet|project|programme|program|initiative)s?$", noun):
            return False
        sentence = self.fold[s.start : s.end]
        says = (
            any(ch.isdigit() for ch in sentence)
            or any(rx.search(pattern, sentence) for pattern, _, _, _ in STATUS_CUES)
            or bool(places_in(sentence, self.named_countries, self.text[s.start : s.end]))
        )
        return says and not self._proper_project_after(mention.end)

    def _proper_project_near(self, at: int) -> bool:
        """True if a project's proper name is said after ``at`` before what waits for a
        name stops waiting (two sentences on, as ``pending_until``)."""
        here = next((s.index for s in self.sentences if s.start <= at < s.end), None)
        until = next(
            (s.end for s in self.sentences if here is not None and s.index == here + 2),
            len(self.text),
        )
        return self._proper_project_after(at, until)

    def _proper_project_after(self, at: int, until: int | None = None) -> bool:
        """True if a project's proper name is said after ``at``; "an integrated Denim
        project" is described, its capital a sector's word the press capitalises."""
        for said in _PROPER_PROJECT.finditer(
            self.text, at, len(self.text) if until is None else until
        ):
            first = said.group().split(" ", 1)[0]
            if naming.continental(first):
                continue  # "its first European plant": where it ranks, no name
            if goods_for(self.fold, at, said.start()):
                continue  # "… produce gearboxes for the nearby X plant": a customer's
            before = self.text[max(0, said.start() - 30) : said.start()].split()
            if (
                naming.common_noun(first)
                and before
                and before[-1][:1].islower()
                and not before[-1].endswith((".", ":"))
            ):
                continue
            return True
        return False

    def _plants_of_complex(self, mention: RecordMention, s: Sentence) -> bool:
        """True if ``mention`` counts plants with no name ("two processing plants", "deux
        usines") just after a complex, a park or a zone was spoken of (in this sentence or
        the two before), with no other project between: what the complex is made of, said
        again by its plants, not projects of their own."""
        focus = self.focus.get("projects")
        if focus is None or s.index - self._focus_said.get("projects", -9) > 2:
            return False
        if not any(_HOLDS_PLANTS.search(fold(name)) for name in focus.names):
            return False
        counted = _COUNTED_PLANTS.search(self.fold, max(0, mention.start - 60), mention.end)
        return counted is not None and counted.end() == mention.end

    def _named_by_words(
        self, mention: RecordMention, sentence_start: int, sentence_end: int
    ) -> bool:
        """A project described ("a cement production plant") is named by its words when
        they are the name it was given before (the headline's "textile plant"), when the
        words before it say it is another one than the plant spoken of ("the company will
        also invest … in a cement factory"), or when it is the article's first and no
        proper name of a project follows."""
        focus = self.focus.get("projects")
        words = fold(mention.described or "")
        if rx.search(r" in (?:the )?\w", words) and not self._proper_project_near(mention.end):
            # "Plant in the X industrial zone", "Facility in X Estate": a plant said with
            # where it is
            return True
        if (
            focus is not None
            and rx.search(r" mines?$", words)
            and not any(rx.search(r"\bmines?\b", fold(name)) for name in focus.names)
        ):
            # "a $2bn nickel mine" after a factory or a complex spoken of: a mine is no plant
            # of theirs, another project, named by its words
            mention.another = True
            return True
        if focus is not None:
            own = set(words.split()[:-1])  # what it makes, its noun aside
            # "un autre groupe … pour y construire une câblerie": a bare noun said with
            # words of another is another plant too, even named as the one before
            if not any(own & set(fold(name).split()) for name in focus.names) and _ANOTHER.search(
                self.fold, sentence_start, mention.start
            ):
                mention.another = True
                return True
            # "inaugurated an engineered glass factory" after the group's complex: a plant
            # inaugurated or founded, said by an indefinite article, making what the one
            # spoken of does not, is another plant, named by its words
            made = naming.plant_words(mention.described or "")
            spoken = set().union(*(naming.plant_words(name) for name in focus.names))
            # (so too one said in another town than the plant spoken of: "… invest $150
            # million in a new solar module manufacturing facility in Dalton")
            if (
                made
                and not made & spoken
                and (
                    (
                        spoken
                        and rx.search(
                            _FOUNDED, self.fold[max(0, mention.start - 60) : mention.start]
                        )
                    )
                    or self._in_another_town(focus, mention.end, sentence_end)
                )
            ):
                mention.another = True
                return True
            return any(fold(name) == words for name in focus.names) or self._headlines_plant(
                focus, made | self._places_after(mention.end, sentence_end)
            )
        return not self._proper_project_after(mention.end)

    def _in_another_town(self, focus: Entity, at: int, end: int) -> bool:
        """True if the town said right after a plant described ("… in a new solar module
        manufacturing facility in Dalton") is another than the one the plant spoken of
        stands in (Jackson County): a plant elsewhere, making other things, is another."""
        there = _IN_TOWN.match(self.text, at, end)
        town = self._locality(focus)
        if there is None or not town or self._named_in_headline_only(focus):
            return False  # the headline's town may be the district the body's town is in
        from ..places import _country_names

        words = fold(there.group(1))
        if words in _country_names() or rx.search(r"\b(?:county|state|province|region)\b", words):
            return False  # "in Nigeria": a country, which both plants may stand in
        return fold(town) not in words and words not in fold(town)

    def _places_after(self, at: int, end: int) -> set[str]:
        """The stems of the capitalised words after ``at`` in its sentence: where a plant
        the body describes is said to be ("a factory … at Olkaria geothermal fields"),
        which the headline may have fixed to its noun ("Olkaria plant")."""
        capitalised = rx.findall(r"\b[A-Z][\w'’-]+", self.text[at:end])
        return naming.plant_words(" ".join(capitalised))

    def _headline_plant_said_again(self, mention: RecordMention, sentence_end: int) -> bool:
        """True if a plant said in the body by its bare noun and an indefinite article ("will
        open a new factory in X"), no name following it in its sentence, is the plant the
        headline named, when the body has named none before: the body's words and town then
        name it (the convention's "Factory at X")."""
        focus = self.focus.get("projects")
        return (
            mention.kind == "projects"
            and mention.plural
            and mention.counted is None
            and bool(mention.described)
            and not naming.plant_words(mention.described or "")
            and not fold(self.text[mention.start : mention.end]).endswith("s")
            and _INDEFINITE_BEFORE.search(self.fold, max(0, mention.start - 14), mention.start)
            is not None
            and focus is not None
            and self._named_in_headline_only(focus)
            and not self._proper_project_after(mention.end, sentence_end)
        )

    def _headlines_plant(self, focus: Entity, made: set[str]) -> bool:
        """True if a plant the body describes is the one the headline named by fewer words
        ("first EV plant", then "its first electric vehicle (EV) manufacturing plant"): what
        the headline says it makes, the body's words say too."""
        if not self._named_in_headline_only(focus):
            return False
        said = set().union(*(naming.plant_words(name) for name in focus.names))
        return said <= made
