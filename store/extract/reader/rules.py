"""What several layers of the reading share: a record being read (``Entity``), the
patterns on folded text and the judgements on words alone that more than one layer uses (a
company's words around its name, what a value says, the fields a record says once). A
pattern one layer uses is at the top of that layer's module; nothing here keeps an
article's state."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import msgspec

from ...text import fold
from .. import rx
from ..proposal import NewRecord

# "Wayne County", "le comté de Harlan": a county, no town
_COUNTY = re.compile(r"\bCounty$|^(?:le )?[Cc]omt[ée] d(?:e |')")


def _said(field_name: str, value: Any) -> str:
    """What a value says, its words aside: a figure or a date said again ("12,8 MMDH" in
    the headline, "12,8 milliards de dirhams" in the body) is one value; a record has one
    date of each kind (the first said: "the first concrete … on April 3, 2018", not the
    third unit's); a name is the same name in other case or hyphens ("GOTION High-Tech")."""
    if field_name.startswith("dates."):
        return ""
    if field_name in ("capacity", "jobs", "investment"):
        said = msgspec.to_builtins(value)
        if isinstance(said, dict):
            return repr(sorted((k, repr(v)) for k, v in said.items() if k != "raw"))
    if isinstance(value, dict) and field_name in ("name", "title"):
        return repr(sorted((k, rx.sub(r"\W+", " ", fold(str(v)))) for k, v in value.items()))
    return repr(value)


# Fields a record says once: the same value said again is not proposed again.
_ONCE = frozenset(
    {
        "status",
        "instrument",
        "country",
        "countries",
        "location",
        "head",
        "acronym",
        "name",
        "title",
        "parties",
        "capacity",
        "jobs",
        "investment",
    }
)


@dataclass
class Entity:
    kind: str
    name: str
    subject: str | None  # an existing record
    key: str  # provisional key for a new one, else the id
    names: list[str] = field(default_factory=list)
    defaults: dict[str, Any] = field(default_factory=dict)
    # the words of each mention of it ("l'usine", "la cimenterie de X"), those of the
    # records merged into it too: what the review offers to name it by (``names_offered``)
    said: list[str] = field(default_factory=list)

    @property
    def new(self) -> NewRecord | None:
        return None if self.subject else NewRecord(self.key, self.kind, self.name)

    @property
    def ref(self) -> str:
        return self.subject or self.key


# A nationality said of a company: "Chinese firm", "A CHINESE investor", "groupe turc".
# "Group Karanfil", "du Groupe Bel": a group's noun before its name, which says what it is
# (GOLD.md rule 17), one capital word after it at least
_GROUP_BEFORE = re.compile(r"^(?:Groupe|Group|GROUPE|GROUP) (?=[A-Z0-9])")
_COMPANY_AFTER = re.compile(
    # "Chinese-invested cement company", "a Chinese roofing company", "a Chinese ship-building
    # company": whose the company is
    r"s?(?:-(?:invested|owned|funded|backed|based))?(?: [a-z]+(?:[-/][a-z]+)?){0,2}? (?:firms?|company|companies|investors?|group|groupe?|consortium|state|enterprises?|"
    r"contractors?|developers?|manufacturers?|giant|partners?|shareholders?|promoters?"
    # "Chinese magnate", "the Chinese corporation", "a Turkish carmaker": whose they are
    r"|corporations?|conglomerates?|magnates?|tycoons?|billionaires?|businessm[ae]n|[a-z]*makers?"
    # ("the business's Chinese proprietor": its owner's country, the company's)
    # ("Chinese logger/ship builder in US$2M investment": a company by its trade)
    r"|producers?|holdings?|proprietors?|(?<=ship )builders?|loggers?"
    # ("Japanese major Kelvo to invest …": a big company, said as the trade says it)
    r"|majors?)\b"
    # "China is investing … in a factory in Moamba", "la Chine investit": a country said as
    # the one that invests is the investors', as its companies are, no place's
    r"|(?: (?:is|are|will|would|has|have|plans to|is to|to|va|compte|a))?"
    r" (?:invest|invests|investing|invested|investit|investir|investira|investi)\b"
)


_COMPANY_BEFORE = re.compile(
    r"\b(?:societe|entreprise|groupe|firme|constructeur|investisseur|consortium|partenaire|"
    r"actionnaire|promoteur|fabricant|manufacturier|equipementier|cimentier|siderurgiste"
    # ("l'industriel français", "un industriel chinois": a maker by its noun)
    r"|brasseur|(?<=l')industriel|(?<=\bun )industriel|(?<=\bles )industriel)s?"
    r"(?: (?:de |d')?(?!la\b|le\b|l')[\w'-]+)? $"
)


# "China's Dafeng Port Group", "Turkey's Kordsa Holding": a country's possessive before a
# company's name says whose the company is (read on the text: the name's capitals); so does
# one before a company said by its trade ("China's leading metallurgical company").
_POSSESSIVE_COMPANY = re.compile(
    r"['’]s (?:[A-Z][\w&-]*\s){0,3}(?:Group|Holdings?|Company|Corporation|Corp|Co|Ltd|Limited|"
    r"Cement|Steel|Industries|Industry|Mining|Energy|Motors|Textiles?|Technology|International"
    # ("China's Norvel Engineering", "Turkey's Kelvo Pharmaceuticals": a trade ending the name)
    r"|Engineering|Construction|Electric|Electronics|Power|Chemicals?|Pharmaceuticals?|Pharma"
    r"|Foods?|Solar|Automotive|Ceramics?|Glass|Plastics|Metals?|Minerals|Resources|Logistics"
    r"|Petroleum|Oil|Enterprises?|Ventures|Investments?|Technologies|Tech|Systems|Solutions)\b"
    r"|['’]s (?:[a-z][\w-]* ){0,3}(?:company|companies|firms?|group|manufacturer|producer|"
    r"maker|giant|conglomerate|investors?|contractor|developer)\b"
    # "India's Kelvo group of companies": a group named in lower case after its name
    r"|['’]s (?:[A-Z][\w&-]*\s){1,3}group of companies\b"
)


# "a Chinese copper smelter", "une usine chinoise": whose a plant is, not where a place is
_OWNER_ADJECTIVE = re.compile(
    r" (?:[\w-]+ ){0,2}(?:plants?|factory|factories|smelter|mill|refinery|complex|facility|"
    r"firms?|company|companies|group|investors?|contractor|developer"
    # ("funded by Chinese investment", "Chinese capital", "Japanese funding": whose money)
    r"|investments?|capital|funding|financing|loans?|money)\b"
)


_OWNER_ADJECTIVE_FR = re.compile(
    r"\b(?:usine|cimenterie|raffinerie|complexe|unite|societe|groupe|entreprise|firme|"
    r"investisseurs?)(?: [\w-]+)? $"
)


# "1,2 milliard de dollars canadiens (887 millions de dollars)": the bare word is another's.
_DOLLAR_SPELLED = re.compile(
    r"dollars? (?:canadiens?|australiens?|de hong kong|de singapour|neo-zelandais|taiwanais)"
    r"|(?:canadian|australian|hong kong|singapore|new zealand|taiwan|nz|hk|au) dollars?"
)


# A company's noun or legal form that ends its name: "Corporation", "Company", "Ltd".
_COMPANY_NOUN_LAST = re.compile(
    r"Corporation|Corp\.?|Company|Co\.?|Group|Groupe|Holdings?|Limited|Ltd\.?|Inc\.?|Plc|PLC"
    r"|Compagnie|Société|Societe|SA|S\.A\.|GmbH|AG|LLC|JSC"
)


def _leaves_out(whole: list[str], short: list[str]) -> bool:
    """Whether ``short`` is ``whole`` with one word or more left out inside it, its first
    word and its last, a company's noun, kept ("Honam Corporation", "Honam Petrochemical
    Corporation"); "Emirates Aluminium" is no short form of "Emirates Global Aluminium"."""
    if len(short) < 2 or len(short) >= len(whole):
        return False
    if (
        short[0] != whole[0]
        or short[-1] != whole[-1]
        or not _COMPANY_NOUN_LAST.fullmatch(short[-1])
    ):
        return False  # "Emirates Aluminium" after "Emirates Global Aluminium": another one
    rest = iter(whole[1:-1])
    return all(word in rest for word in short[1:-1])


# "the second Chinese-Nepali joint venture in the industry after X", "la deuxième usine du
# pays après celle de X": a rank counted after another's, which came first.
_AFTER = (
    r"\b(?:after|apres)\s+(?:(?:that|those|celle|celui|ceux|celles) (?:of|de|d')\s*)?"
    r"(?:(?:the |la |le |l'|du )?(?:company|firm|group|societe|groupe|firme|entreprise) )?"
)
