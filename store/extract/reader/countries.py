"""The pair of countries an article is about: the investor's and the host's, from the
words that say them together ("la coopération algéro-russe", "between China and Kenya")."""

from __future__ import annotations

import re

from .. import rx
from ..places import (
    CountryMention,
    countries_in,
    places_in,
)
from ..segment import (
    Sentence,
)
from .base import US_SAID
from .rules import (
    _COMPANY_AFTER,
    _COMPANY_BEFORE,
    _OWNER_ADJECTIVE,
    _OWNER_ADJECTIVE_FR,
    _POSSESSIVE_COMPANY,
    Entity,
)
from .sectors import SectorsReading

# "Ugandan President Yoweri Museveni", "le président ougandais": a country said of a
# person's post, not of whose the plant is
_TITLE_OF_A_COUNTRY = re.compile(
    r"\s+(?:president|prime minister|minister|ambassador|king|ruler|envoy|leader|premier)\b"
)


# "Indonesian Ambassador", "l'ambassadeur de Chine": whose envoy
_ENVOY_OF = re.compile(r"\s+(?:ambassador|envoy|high commissioner|consul)\b")
_ENVOY_OF_FR = re.compile(
    r"\b(?:ambassadeur|ambassadrice|consul)(?: (?:de|du|des|d')(?: la| l')?)?\s*$"
)
# "Ambassador to South Korea", "ambassadeur en Corée": the country an envoy is sent to
_ENVOY_TO = re.compile(
    r"\b(?:ambassador|envoy|consul|high commissioner|ambassadeur)(?: general)?"
    r" (?:to|in|en|au|aux|a) (?:the )?$"
)


_TITLE_OF_A_COUNTRY_FR = re.compile(
    r"\b(?:president|premier ministre|ministre|ambassadeur|roi|chef de l'etat|homologue)"
    r"(?:\s+(?:de|du|des|d')(?: la| l')?)?\s*$"
)


class CountriesReading(SectorsReading):
    """The two countries the article is about."""

    def _countries(self) -> None:
        if len(self.pair) < 2:
            return
        for entity in list(self.entities):
            if entity.kind not in ("projects", "agreements") or entity.defaults.get(
                "countries_said"
            ):
                continue
            first = next((p for p in self.proposals if p.group == entity.ref), None)
            if first is None:
                continue
            elsewhere = self._in_a_third_country(entity)
            if elsewhere is not None:
                countries, start, end = elsewhere
                self.add(entity, "countries", countries, start, end, 0.5)
                continue
            span = self._pair_span(first.start, entity.kind == "projects")
            if span and (entity.kind == "projects" or self._said_with(first.start, span[0])):
                self.add(entity, "countries", list(self.pair), span[0], span[1], 0.5)

    def _in_a_third_country(self, entity: Entity) -> tuple[list[str], int, int] | None:
        """A plant the investor has in a third country ("its Russian brewery Baltika", in
        an article on Carlsberg in China): the investor's country and that one, where its
        place is said."""
        host = self._host_country()
        if entity.kind != "projects" or not host or host not in self.pair:
            return None
        located = next(
            (p for p in self.proposals if p.group == entity.ref and p.field == "location"), None
        )
        if located is not None:
            where, start, end = getattr(located.value, "country", None), located.start, located.end
        elif "in_country" in entity.defaults:
            where, start, end = entity.defaults["in_country"]
        else:
            return None
        investor = [c for c in self.pair if c != host]
        if where is None or where in self.pair or len(investor) != 1:
            return None
        return sorted({investor[0], where}), start, end

    def _said_with(self, near: int, at: int) -> bool:
        """True if ``at`` is in the sentence of ``near``: an agreement's countries are the
        ones its own sentence says ("Samsung signed a contract with Egyptian officials");
        the pair said elsewhere ("l'industriel italien s'installe au Maroc", "the Turkish
        company will build") is the plant's or its company's, not the agreement's."""
        here = next((s for s in self.sentences if s.start <= near < s.end), None)
        return here is not None and here.start <= at < here.end

    def _pair_words(self) -> list[tuple[int, re.Match[str]]]:
        """Where the article says its pair of countries in so many words, and how."""
        if self._pair_said is None:
            self._pair_said = [
                (rank, match)
                for rank, pattern in enumerate(
                    (
                        # "entre le Maroc et le Burkina Faso": a name of two words too
                        r"\b(?:between|entre) [\w' -]{3,40}? (?:and|et) (?:la |le |l')?[\w-]+"
                        r"(?: [\w-]+)?",
                        r"\b[a-z]+o-[a-z]+",
                    )
                )
                for match in rx.finditer(pattern, self.fold)
                if {c.country for c in countries_in(match.group())} == set(self.pair)
            ]
        return self._pair_said

    def _investor_said(self) -> list[tuple[int, int]]:
        """Where the article says the investors' country of a company or a plant ("a
        Chinese-invested tire factory", "l'entreprise marocaine X", "Japan's Sharp"): the pair's
        country that is not the host, said of whose a thing is (read once)."""
        if self._investor_spans is None:
            host = self._host_country()
            other = [c for c in self.pair if c != host] if host in self.pair else []
            self._investor_spans = []
            for c in countries_in(self.fold) if len(other) == 1 else []:
                if c.country != other[0]:
                    continue
                owned = rx.match(r"-(?:owned|invested|funded|backed|run)\b", self.fold[c.end :])
                end = c.end + (owned.end() if owned else 0)
                after = (
                    _COMPANY_AFTER.match(self.fold, c.end)
                    or _OWNER_ADJECTIVE.match(self.fold, end)
                    or _POSSESSIVE_COMPANY.match(self.text, c.end)
                )
                # (each searched from where its own window opens, so that its span is the text's)
                before = _COMPANY_BEFORE.search(
                    self.fold, max(0, c.start - 30), c.start
                ) or _OWNER_ADJECTIVE_FR.search(self.fold, max(0, c.start - 40), c.start)
                # "l'Allemand HeidelbergCement", "la suédoise Northvolt": the country's
                # adjective, said as the company it names
                named = self._company_named_after(c.start, c.end)
                if after:
                    self._investor_spans.append((c.start, after.end()))
                elif named:
                    self._investor_spans.append(named)
                elif before:
                    self._investor_spans.append((before.start(), c.end))
            self._investor_spans += [
                (a, b) for a, b, country in self.seats_said() if other and country == other[0]
            ]
        return self._investor_spans

    def _company_named_after(self, start: int, end: int) -> tuple[int, int] | None:
        """The span of an article, a nationality and the name of a company the text names
        ("l'Allemand HeidelbergCement"), if the country said at ``start:end`` is so said."""
        article = rx.search(
            r"(?:\b(?:le|la|du|au|the) |\bl['’])$", self.fold[max(0, start - 4) : start]
        )
        name = rx.match(r" ([A-Z][\w&’'-]*)", self.text[end : end + 40])
        if article is None or name is None:
            return None
        if not any(
            e.kind == "orgs" and any(n.split()[0] == name[1] for n in e.names if n)
            for e in self.entities
        ):
            return None
        return max(0, start - 4) + article.start(), end + name.end()

    def _pair_span(self, near: int, project: bool = False) -> tuple[int, int] | None:
        here = next((s for s in self.sentences if s.start <= near < s.end), None)
        if here is not None:
            both = rx.search(
                r"les deux pays|the two countries|both countries", self.fold[here.start : here.end]
            )
            if both:
                return here.start + both.start(), here.start + both.end()
        # "between Russia and Turkey", "entre l'Algérie et la Chine", then "algéro-qatarie":
        # the words that say the pair, wherever the article says them, nearest first.
        pairs = [
            (
                not (here is not None and here.start <= match.start() < here.end),
                rank,
                abs(match.start() - near),
                match.start(),
                match.end(),
            )
            for rank, match in self._pair_words()
        ]
        named = [
            c
            for c in (self._countries_said(here.start, here.end) if here is not None else [])
            if c.country in self.pair
            and here is not None
            and not _TITLE_OF_A_COUNTRY.match(self.fold, here.start + c.end)
            and not _TITLE_OF_A_COUNTRY_FR.search(self.fold, here.start, here.start + c.start)
        ]
        both_here = {c.country for c in named} == set(self.pair)
        if pairs and (min(pairs)[0] is False or not (both_here and self._owner_said_in(here))):
            *_, start, end = min(pairs)
            return start, end
        if here is not None and both_here:
            # the project's sentence names both countries ("a plant with Chinese investment
            # in Kyrgyzstan"), and says whose it is before the pair said elsewhere
            # ("L'entreprise marocaine X va construire une usine à Thiès, au Sénégal")
            return here.start + named[0].start, here.start + named[-1].end
        # a project's countries: the investors' said of its company or of the plant itself
        # ("the Chinese-owned factory"), in the project's sentence first, else where the
        # article first says them so
        # (the body's words before the headline's, which the body says again)
        investors = sorted(
            (not (here is not None and here.start <= a < here.end), a < self.headline_end, a, b)
            for a, b in (self._investor_said() if project else [])
        )
        if investors:
            return investors[0][2], investors[0][3]
        envoys: tuple[int, int] | None = None
        for s in sorted(
            self.sentences, key=lambda s: (not (s.start <= near < s.end), abs(s.start - near))
        ):
            # ("Indonesian Ambassador to South Korea": an envoy's post, the plant's countries
            # only where no other words say them)
            said = [c for c in self._countries_said(s.start, s.end) if c.country in self.pair]
            named = [c for c in said if not self._envoy_s(s.start + c.start, s.start + c.end)]
            if {c.country for c in named} == set(self.pair):
                return s.start + named[0].start, s.start + named[-1].end
            if {c.country for c in said} == set(self.pair) and envoys is None:
                envoys = s.start + said[0].start, s.start + said[-1].end
        # "le Vietnam débarque à Yamoussoukro": one country by its name, the other by a
        # place of its own, in one sentence (the headline first).
        by_place = self._pair_by_place()
        if by_place:
            return min(by_place, key=lambda span: abs(span[0] - near))
        return envoys

    def _envoy_s(self, a: int, b: int) -> bool:
        """True if the country said at ``a``–``b`` is said of an envoy ("Indonesian
        Ambassador to …", "… Ambassador to South Korea", "l'ambassadeur de Chine"): whose
        envoy, or where sent, no plant's countries (a minister's, who signs, may be an
        agreement's)."""
        return bool(
            _ENVOY_OF.match(self.fold, b)
            or _ENVOY_OF_FR.search(self.fold, max(0, a - 40), a)
            or _ENVOY_TO.search(self.fold, max(0, a - 40), a)
        )

    def _countries_said(self, start: int, end: int) -> list[CountryMention]:
        """The countries named between ``start`` and ``end`` (offsets from there), "US" in
        capitals and the states of the United States among them."""
        # (not the dateline's: "Lilongwe (Malawi), Sep 11 (IANS):", where the news was written)
        found = [
            c for c in countries_in(self.fold[start:end]) if not self.in_a_dateline(start + c.start)
        ]
        found += [
            CountryMention("US", m.start() - start, m.end() - start)
            for m in US_SAID.finditer(self.text, start, end)
        ]
        found += [  # "in northeast Georgia": a state, the United States
            CountryMention("US", c.start - start, c.end - start)
            for c in self.us_states
            if start <= c.start < end
        ]
        return sorted(found, key=lambda c: c.start)

    def _owner_said_in(self, here: Sentence | None) -> bool:
        """True if the sentence says a company's or a plant's country ("l'entreprise
        marocaine X", "South Korea's X", "a Chinese-owned plant"): whose the plant is, which
        "Russian engineers" or a pair said elsewhere ("entre le Maroc et le Sénégal") is not."""
        return here is not None and any(
            here.start <= a < here.end for a, _ in self._investor_said()
        )

    def _pair_by_place(self) -> list[tuple[int, int]]:
        """The sentences that say the pair by one country's name and a place of the other
        (read once: each record asks)."""
        if self._pair_places is None:
            self._pair_places = []
            for s in self.sentences:
                spans = [
                    (c.start, c.end, c.country)
                    for c in countries_in(self.fold[s.start : s.end])
                    if c.country in self.pair
                    and not self._envoy_s(s.start + c.start, s.start + c.end)
                ]
                if not spans:
                    continue
                spans += [
                    (p.start, p.end, p.place.country)
                    for p in places_in(
                        self.fold[s.start : s.end], self.named_countries, self.text[s.start : s.end]
                    )
                    if p.place.country in self.pair
                ]
                if {code for _, _, code in spans} == set(self.pair):
                    self._pair_places.append(
                        (
                            s.start + min(a for a, _, _ in spans),
                            s.start + max(b for _, b, _ in spans),
                        )
                    )
        return self._pair_places
