#!/usr/bin/env python3
"""A seeded, deterministic generator of a realistic bilat database, for the benchmarks.

    python bench/generate.py --projects 100000 --seed 1 -o bench/data/100k.json

It writes one bundle in the export format (``{"schema": "bilat/1", "sources": [...], "sectors":
[...], "orgs": [...], "projects": [...], "agreements": [...], "claims": [...]}``) that
``bilat import`` reads and ``bilat check`` passes: N projects, N // 2 agreements, about three
claims per project and agreement, and one source per ~50 of those records whose text is made of
the sentences the claims quote. Records come in id order with their fields in the order ``bilat
export`` writes them, so an import followed by an export gives the same data back.

What makes it realistic enough to measure with: a sector hierarchy three levels deep; places in
a dozen countries written with accents (Aïn Témouchent, Béjaïa), in Cyrillic (Нижний Новгород),
Arabic (وهران) and Chinese (广东省); every project and agreement status; dates at every precision
(``2026``, ``T3 2027``, ``fin 2025``, ``Q3 2027``, and ``il y a quelques jours`` with null bounds)
with planned flags; figures exact, approximate, bounded, ranged or only an order of magnitude;
a pool of organisations named in their own languages with parents; agreements linked to
projects; sources that disagree (two claims on one field, one preferred); and a few hostile
names (terminal escapes, console and Textual markup, bidi overrides, bell and backspace) that
the explorer must show as plain text. The first projects and agreements visit every place and
every status, so even a small N covers them all.

Same arguments, same bytes: every choice comes from one ``random.Random(seed)``, in a fixed
order, and nothing iterates a set or depends on the interpreter's hash seed. ``--indent``
writes the layout of ``bilat export``; ``--records-per-source`` sets how long the source texts
are (claims are checked against the whole text of their source, so it drives ``bilat check``).
"""

# ruff: noqa: E501  (the vocabulary tables read best one entry a line)
from __future__ import annotations

import argparse
import bisect
import calendar
import gc
import hashlib
import itertools
import math
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import orjson

# The vocabularies are the store's own, so generated data always fits the model.
from bilat.store.models import AGREEMENT_STATUSES, PROJECT_STATUSES

SCHEMA = "bilat/1"
LANGS = ("fr", "en", "ru", "ar")
RECORDS_PER_SOURCE = 50
TODAY_YEAR = 2025  # dates up to this year are past, later ones planned

Doc = dict[str, Any]


class Weighted:
    """A fixed weighted choice, drawn with one ``rng.random()``."""

    __slots__ = ("cum", "items", "total")

    def __init__(self, pairs: Sequence[tuple[Any, float]]) -> None:
        self.items = [item for item, _ in pairs]
        self.cum = list(itertools.accumulate(weight for _, weight in pairs))
        self.total = self.cum[-1]

    def pick(self, rng: random.Random) -> Any:
        return self.items[bisect.bisect(self.cum, rng.random() * self.total)]


def french(template: str) -> str:
    """French typography: a no-break space inside guillemets."""
    return template.replace("« ", "«\u00a0").replace(" »", "\u00a0»")


# --------------------------------------------------------------------------------------------
# Countries and places
# --------------------------------------------------------------------------------------------

# code: (fr, fr with article, fr "in", en, ru, ar)
COUNTRIES: dict[str, tuple[str, str, str, str, str, str]] = {
    "DZ": ("Algérie", "l’Algérie", "en Algérie", "Algeria", "Алжир", "الجزائر"),
    "RU": ("Russie", "la Russie", "en Russie", "Russia", "Россия", "روسيا"),
    "CN": ("Chine", "la Chine", "en Chine", "China", "Китай", "الصين"),
    "TR": ("Turquie", "la Turquie", "en Turquie", "Türkiye", "Турция", "تركيا"),
    "IT": ("Italie", "l’Italie", "en Italie", "Italy", "Италия", "إيطاليا"),
    "QA": ("Qatar", "le Qatar", "au Qatar", "Qatar", "Катар", "قطر"),
    "EG": ("Égypte", "l’Égypte", "en Égypte", "Egypt", "Египет", "مصر"),
    "IN": ("Inde", "l’Inde", "en Inde", "India", "Индия", "الهند"),
    "VN": ("Viêt Nam", "le Viêt Nam", "au Viêt Nam", "Viet Nam", "Вьетнам", "فيتنام"),
    "UZ": (
        "Ouzbékistan",
        "l’Ouzbékistan",
        "en Ouzbékistan",
        "Uzbekistan",
        "Узбекистан",
        "أوزبكستان",
    ),
    "MA": ("Maroc", "le Maroc", "au Maroc", "Morocco", "Марокко", "المغرب"),
    "FR": ("France", "la France", "en France", "France", "Франция", "فرنسا"),
}


def country_name(code: str, lang: str, *, article: bool = False) -> str:
    fr, fr_art, _, en, ru, ar = COUNTRIES[code]
    if lang == "fr":
        return fr_art if article else fr
    return {"en": en, "ru": ru, "ar": ar}[lang]


PAIRS = Weighted(
    [
        (("DZ", "RU"), 30),
        (("DZ", "CN"), 8),
        (("DZ", "TR"), 7),
        (("DZ", "IT"), 5),
        (("DZ", "QA"), 3),
        (("RU", "EG"), 8),
        (("RU", "IN"), 8),
        (("RU", "VN"), 5),
        (("RU", "UZ"), 5),
        (("RU", "TR"), 6),
        (("RU", "CN"), 5),
        (("EG", "CN"), 5),
        (("MA", "FR"), 5),
    ]
)

# Regions and their localities as an analyst would type them: the press's French
# transliteration, the local script, or an English exonym, not always the same one.
PLACES: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "DZ": [
        ("Aïn Témouchent", ("Béni Saf", "Hammam Bou Hadjar", "El Malah")),
        ("Béjaïa", ("Akbou", "El Kseur", "Tichy")),
        ("Sétif", ("El Eulma", "Aïn Oulmène", "Bougaâ")),
        ("وهران", ("أرزيو", "بطيوة", "السانية")),
        ("Oran", ("Arzew", "Bethioua", "Es Sénia")),
        ("قسنطينة", ("الخروب", "علي منجلي")),
        ("Constantine", ("El Khroub", "Ali Mendjeli")),
        ("Alger", ("Rouiba", "Reghaïa", "Sidi Abdellah")),
        ("Annaba", ("El Hadjar", "Berrahal")),
        ("Jijel", ("Bellara", "Djen Djen")),
        ("Ouargla", ("Hassi Messaoud", "Touggourt")),
        ("Laghouat", ("Hassi R’Mel", "Aflou")),
        ("Tlemcen", ("Maghnia", "Ghazaouet")),
        ("Tindouf", ("Gara Djebilet",)),
        ("Tébessa", ("Bled El Hadba", "Chéria")),
        ("Skikda", ("Filfila", "Azzaba")),
        ("Biskra", ("Tolga", "El Outaya")),
        ("Adrar", ("Reggane", "Timimoun")),
        ("تمنراست", ("عين صالح",)),
    ],
    "RU": [
        ("Нижегородская область", ("Нижний Новгород", "Дзержинск", "Кстово")),
        ("Свердловская область", ("Екатеринбург", "Нижний Тагил", "Каменск-Уральский")),
        ("Республика Татарстан", ("Казань", "Набережные Челны", "Елабуга")),
        ("Липецкая область", ("Липецк",)),
        ("Челябинская область", ("Магнитогорск", "Челябинск")),
        ("Иркутская область", ("Братск", "Тайшет")),
        ("Краснодарский край", ("Новороссийск", "Тамань")),
        ("Ленинградская область", ("Усть-Луга", "Кингисепп")),
        ("Калужская область", ("Обнинск", "Ворсино")),
        ("Ростовская область", ("Волгодонск", "Таганрог")),
        ("Samara Oblast", ("Tolyatti", "Samara")),
        ("Moscow Oblast", ("Dubna", "Khimki")),
    ],
    "CN": [
        ("广东省", ("深圳", "湛江")),
        ("Jiangsu", ("Suzhou", "Lianyungang")),
        ("Shandong", ("Qingdao", "Rizhao")),
        ("新疆维吾尔自治区", ("乌鲁木齐",)),
        ("Hebei", ("Tangshan", "Cangzhou")),
    ],
    "TR": [
        ("Kocaeli", ("Gebze", "İzmit", "Dilovası")),
        ("İzmir", ("Aliağa",)),
        ("Hatay", ("İskenderun", "Payas")),
        ("Mersin", ("Akkuyu", "Gülnar")),
        ("Bursa", ("Gemlik",)),
    ],
    "IT": [
        ("Sicilia", ("Priolo Gargallo", "Augusta")),
        ("Puglia", ("Taranto", "Brindisi")),
        ("Lombardia", ("Brescia", "Bergamo")),
        ("Emilia-Romagna", ("Ravenna",)),
    ],
    "QA": [("Doha", ("Mesaieed", "Ras Laffan")), ("الخور", ("رأس لفان",))],
    "EG": [
        ("السويس", ("العين السخنة",)),
        ("Port Said", ("East Port Said",)),
        ("الإسكندرية", ("برج العرب", "العامرية")),
        ("Matrouh", ("El Dabaa",)),
        ("Aswan", ("Benban",)),
    ],
    "IN": [
        ("Tamil Nadu", ("Kudankulam", "Chennai", "Thoothukudi")),
        ("Gujarat", ("Mundra", "Jamnagar")),
        ("Maharashtra", ("Pune", "Nagpur")),
        ("Odisha", ("Paradip", "Kalinganagar")),
    ],
    "VN": [
        ("Bà Rịa–Vũng Tàu", ("Vũng Tàu", "Phú Mỹ")),
        ("Quảng Ngãi", ("Dung Quất",)),
        ("Ninh Thuận", ("Phước Dinh",)),
        ("Hà Tĩnh", ("Vũng Áng",)),
    ],
    "UZ": [
        ("Navoiy viloyati", ("Navoiy", "Zarafshon")),
        ("Toshkent viloyati", ("Olmaliq", "Bekobod")),
        ("Qashqadaryo", ("Muborak", "G‘uzor")),
    ],
    "MA": [
        ("Tanger-Tétouan-Al Hoceïma", ("Tanger Med", "Tétouan")),
        ("Casablanca-Settat", ("Mohammédia", "Jorf Lasfar")),
        ("الدار البيضاء - سطات", ("المحمدية",)),
    ],
    "FR": [
        ("Auvergne-Rhône-Alpes", ("Saint-Étienne", "Péage-de-Roussillon")),
        ("Hauts-de-France", ("Dunkerque",)),
        ("Provence-Alpes-Côte d’Azur", ("Fos-sur-Mer",)),
    ],
}
ALL_PLACES = [(cc, index) for cc, regions in PLACES.items() for index in range(len(regions))]

# The languages names are written in where a country hosts or partners a project.
LOCAL_LANG = {"DZ": "fr", "MA": "fr", "FR": "fr", "RU": "ru", "EG": "ar", "QA": "ar"}
EXTRA_LOCAL_LANG = {"DZ": "ar", "MA": "ar"}

_FR_VOWELS = frozenset("AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜaeiouyàâäéèêëîïôöùûü")


def fr_de(word: str) -> str:
    """``de Béjaïa`` but ``d’Aïn Témouchent``."""
    return ("d’" if word[:1] in _FR_VOWELS else "de ") + word


# --------------------------------------------------------------------------------------------
# Sectors
# --------------------------------------------------------------------------------------------

# id, parent, en, fr, ru, ar (ru and ar only for sentences), isic, nace, crs, activity
SECTORS: list[tuple[str, str | None, str, str, str, str, str | None, str | None, str | None, str]]
SECTORS = [
    ("heavy-industry", None, "Heavy industry", "Industrie lourde", "тяжёлая промышленность",
     "الصناعة الثقيلة", None, None, None, "metals"),
    ("steel", "heavy-industry", "Steel", "Sidérurgie", "чёрная металлургия", "الحديد والصلب",
     "2410", "24.10", "32169", "metals"),
    ("aluminium", "heavy-industry", "Aluminium", "Aluminium", "алюминиевая промышленность",
     "الألومنيوم", "2420", "24.42", "32171", "metals"),
    ("cement", "heavy-industry", "Cement", "Cimenterie", "цементная промышленность", "الإسمنت",
     "2394", "23.51", "32166", "cement"),
    ("manufacturing", None, "Manufacturing", "Industries de transformation",
     "обрабатывающая промышленность", "الصناعات التحويلية", "C", "C", None, "machinery"),
    ("automotive", "manufacturing", "Automotive", "Industrie automobile", "автомобилестроение",
     "صناعة السيارات", "2910", "29.10", None, "machinery"),
    ("machinery", "manufacturing", "Machinery", "Construction mécanique", "машиностроение",
     "الصناعات الميكانيكية", "2800", "28", None, "machinery"),
    ("electronics", "manufacturing", "Electronics", "Électronique", "электроника",
     "الإلكترونيات", "2610", "26.1", None, "telecom"),
    ("pharmaceuticals", None, "Pharmaceuticals", "Industrie pharmaceutique",
     "фармацевтическая промышленность", "الصناعة الصيدلانية", "2100", "21", "32168", "pharma"),
    ("oncology-medicines", "pharmaceuticals", "Oncology medicines", "Médicaments anticancéreux",
     "противоопухолевые препараты", "أدوية السرطان", "2100", "21.20", "32168", "pharma"),
    ("vaccines", "pharmaceuticals", "Vaccines", "Vaccins", "вакцины", "اللقاحات", "2100",
     "21.20", "32168", "pharma"),
    ("generics", "pharmaceuticals", "Generic medicines", "Médicaments génériques", "дженерики",
     "الأدوية الجنيسة", "2100", "21.20", "32168", "pharma"),
    ("chemicals", None, "Chemicals", "Chimie", "химическая промышленность",
     "الصناعات الكيميائية", "2011", "20.1", "32164", "chemicals"),
    ("fertilisers", "chemicals", "Fertilisers", "Engrais", "производство удобрений", "الأسمدة",
     "2012", "20.15", "32165", "chemicals"),
    ("petrochemicals", "chemicals", "Petrochemicals", "Pétrochimie", "нефтехимия",
     "البتروكيماويات", "2011", "20.14", "32164", "chemicals"),
    ("energy", None, "Energy", "Énergie", "энергетика", "الطاقة", "D", "D", "23010", "energy"),
    ("oil-gas", "energy", "Oil and gas", "Hydrocarbures", "нефтегазовая отрасль", "المحروقات",
     "0610", "06", "32262", "energy"),
    ("refining", "oil-gas", "Refining", "Raffinage", "нефтепереработка", "التكرير", "1920",
     "19.20", "23630", "energy"),
    ("renewables", "energy", "Renewable energy", "Énergies renouvelables",
     "возобновляемая энергетика", "الطاقات المتجددة", "3510", "35.11", "23210", "energy"),
    ("solar", "renewables", "Solar power", "Énergie solaire", "солнечная энергетика",
     "الطاقة الشمسية", "3510", "35.11", "23230", "energy"),
    ("wind", "renewables", "Wind power", "Énergie éolienne", "ветроэнергетика",
     "طاقة الرياح", "3510", "35.11", "23240", "energy"),
    ("nuclear", "energy", "Nuclear energy", "Nucléaire civil", "атомная энергетика",
     "الطاقة النووية", "3510", "35.11", "23510", "energy"),
    ("power", "energy", "Electricity", "Électricité", "электроэнергетика", "الكهرباء", "3510",
     "35.1", "23630", "energy"),
    ("mining", None, "Mining", "Mines", "горнодобывающая промышленность", "المناجم", "B", "B",
     "32210", "mining"),
    ("iron-ore", "mining", "Iron ore", "Minerai de fer", "железная руда", "خام الحديد", "0710",
     "07.10", "32220", "mining"),
    ("phosphate", "mining", "Phosphate", "Phosphate", "фосфаты", "الفوسفات", "0891", "08.91",
     "32220", "mining"),
    ("agriculture", None, "Agriculture", "Agriculture", "сельское хозяйство", "الفلاحة", "A",
     "A", "31120", "agro"),
    ("cereals", "agriculture", "Cereals", "Céréaliculture", "зерновое хозяйство", "الحبوب",
     "0111", "01.11", "31161", "agro"),
    ("livestock", "agriculture", "Livestock", "Élevage", "животноводство", "تربية المواشي",
     "0141", "01.41", "31163", "agro"),
    ("irrigation", "agriculture", "Irrigation", "Irrigation", "мелиорация", "الري", "0161",
     "01.61", "31140", "agro"),
    ("agri-food", "agriculture", "Food processing", "Agroalimentaire", "пищевая промышленность",
     "الصناعات الغذائية", "10", "10", "32161", "agro"),
    ("tourism", None, "Tourism", "Tourisme", "туризм", "السياحة", None, None, "33210",
     "tourism"),
    ("hotels", "tourism", "Hotels", "Hôtellerie", "гостиничный бизнес", "الفندقة", "5510",
     "55.10", "33210", "tourism"),
    ("spa-tourism", "tourism", "Spa tourism", "Tourisme thermal", "лечебный туризм",
     "السياحة الحموية", "5510", "55.10", "33210", "tourism"),
    ("transport", None, "Transport", "Transports", "транспорт", "النقل", "H", "H", "21010",
     "transport"),
    ("rail", "transport", "Railways", "Ferroviaire", "железнодорожный транспорт",
     "السكك الحديدية", "4912", "49.20", "21030", "transport"),
    ("ports", "transport", "Ports", "Ports", "морские порты", "الموانئ", "5222", "52.22",
     "21040", "transport"),
    ("aviation", "transport", "Aviation", "Aéronautique", "авиация", "الطيران", "5110",
     "51.10", "21050", "transport"),
    ("ict", None, "Telecommunications", "Télécommunications", "связь", "الاتصالات", "6110",
     "61", "22020", "telecom"),
    ("research", None, "Research and training", "Recherche et formation",
     "наука и образование", "البحث والتكوين", "7210", "72.1", "43082", "construction"),
]  # fmt: skip
SECTOR_BY_ID = {row[0]: row for row in SECTORS}
# Where projects fall: mostly leaves, sometimes an umbrella sector itself.
PRIMARY_SECTORS = Weighted(
    [(row[0], 1 if row[0] in {r[1] for r in SECTORS if r[1]} else 4) for row in SECTORS]
)


def sector_name(key: str, lang: str) -> str:
    row = SECTOR_BY_ID[key]
    return {"en": row[2], "fr": row[3], "ru": row[4], "ar": row[5]}[lang]


# Project names per sector: (fr, en, ru, ar); {de} is "de <place>" in French, {p} the place.
NAME_TEMPLATES: dict[str, list[tuple[str, str, str, str]]] = {
    "heavy-industry": [("Complexe industriel {de}", "{p} heavy-industry complex",
                        "Промышленный комплекс ({p})", "المجمع الصناعي في {p}")],
    "steel": [("Complexe sidérurgique {de}", "{p} steel complex",
               "Металлургический комплекс ({p})", "مجمع الحديد والصلب في {p}"),
              ("Laminoir {de}", "{p} rolling mill", "Прокатный стан ({p})",
               "مصنع الدرفلة في {p}")],
    "aluminium": [("Complexe de production d’aluminium {de}", "{p} aluminium smelter",
                   "Алюминиевый завод ({p})", "مصنع الألومنيوم في {p}"),
                  ("Complexe d’aluminium décarboné {de}", "{p} low-carbon aluminium complex",
                   "Комплекс низкоуглеродного алюминия ({p})",
                   "مجمع الألومنيوم منخفض الكربون في {p}")],
    "cement": [("Cimenterie {de}", "{p} cement plant", "Цементный завод ({p})",
                "مصنع الإسمنت في {p}")],
    "manufacturing": [("Zone industrielle {de}", "{p} industrial zone",
                       "Промышленная зона ({p})", "المنطقة الصناعية في {p}")],
    "automotive": [("Usine de montage automobile {de}", "{p} car assembly plant",
                    "Автосборочный завод ({p})", "مصنع تركيب السيارات في {p}"),
                   ("Usine de camions {de}", "{p} truck plant", "Завод грузовиков ({p})",
                    "مصنع الشاحنات في {p}")],
    "machinery": [("Usine de machines agricoles {de}", "{p} farm machinery plant",
                   "Завод сельхозтехники ({p})", "مصنع العتاد الفلاحي في {p}"),
                  ("Usine de pièces de rechange {de}", "{p} spare parts plant",
                   "Завод запасных частей ({p})", "مصنع قطع الغيار في {p}")],
    "electronics": [("Usine d’électronique {de}", "{p} electronics plant",
                     "Завод электроники ({p})", "مصنع الإلكترونيات في {p}")],
    "pharmaceuticals": [("Unité de production pharmaceutique {de}", "{p} pharmaceutical plant",
                         "Фармацевтический завод ({p})", "وحدة إنتاج الأدوية في {p}")],
    "oncology-medicines": [("Usine de médicaments anticancéreux {de}",
                            "{p} anticancer medicines plant",
                            "Завод противоопухолевых препаратов ({p})",
                            "مصنع أدوية السرطان في {p}")],
    "vaccines": [("Unité de production de vaccins {de}", "{p} vaccine plant",
                  "Завод вакцин ({p})", "وحدة إنتاج اللقاحات في {p}")],
    "generics": [("Usine de médicaments génériques {de}", "{p} generic medicines plant",
                  "Завод дженериков ({p})", "مصنع الأدوية الجنيسة في {p}")],
    "chemicals": [("Complexe chimique {de}", "{p} chemical complex",
                   "Химический комплекс ({p})", "المجمع الكيميائي في {p}")],
    "fertilisers": [("Usine d’engrais azotés {de}", "{p} nitrogen fertiliser plant",
                     "Завод азотных удобрений ({p})", "مصنع الأسمدة الآزوتية في {p}"),
                    ("Complexe d’ammoniac et d’urée {de}", "{p} ammonia-urea complex",
                     "Аммиачно-карбамидный комплекс ({p})", "مجمع الأمونياك واليوريا في {p}")],
    "petrochemicals": [("Complexe pétrochimique {de}", "{p} petrochemical complex",
                        "Нефтехимический комплекс ({p})", "مجمع البتروكيماويات في {p}")],
    "energy": [("Programme énergétique {de}", "{p} energy programme",
                "Энергетическая программа ({p})", "البرنامج الطاقوي في {p}")],
    "oil-gas": [("Développement du gisement {de}", "{p} field development",
                 "Освоение месторождения ({p})", "تطوير حقل {p}"),
                ("Gazoduc {de}", "{p} gas pipeline", "Газопровод ({p})", "أنبوب الغاز {p}")],
    "refining": [("Raffinerie {de}", "{p} refinery", "НПЗ ({p})", "مصفاة {p}")],
    "renewables": [("Parc d’énergies renouvelables {de}", "{p} renewable energy park",
                    "Парк ВИЭ ({p})", "حظيرة الطاقات المتجددة في {p}")],
    "solar": [("Centrale solaire {de}", "{p} solar power plant",
               "Солнечная электростанция ({p})", "محطة الطاقة الشمسية في {p}")],
    "wind": [("Parc éolien {de}", "{p} wind farm", "Ветропарк ({p})",
              "مزرعة الرياح في {p}")],
    "nuclear": [("Centrale nucléaire {de}", "{p} nuclear power plant", "АЭС ({p})",
                 "المحطة النووية في {p}"),
                ("Centre de recherche nucléaire {de}", "{p} nuclear research centre",
                 "Центр ядерных исследований ({p})", "مركز البحوث النووية في {p}")],
    "power": [("Centrale électrique à cycle combiné {de}", "{p} combined-cycle power plant",
               "ПГУ-ТЭС ({p})", "محطة توليد الكهرباء بالدورة المركبة في {p}"),
              ("Ligne à haute tension {de}", "{p} high-voltage line", "ЛЭП ({p})",
               "خط التوتر العالي {p}")],
    "mining": [("Complexe minier {de}", "{p} mining complex", "Горнорудный комплекс ({p})",
                "المجمع المنجمي في {p}")],
    "iron-ore": [("Mine de fer {de}", "{p} iron ore mine", "Железорудный карьер ({p})",
                  "منجم الحديد في {p}")],
    "phosphate": [("Complexe de phosphate {de}", "{p} phosphate complex",
                   "Фосфатный комплекс ({p})", "مجمع الفوسفات في {p}")],
    "agriculture": [("Pôle agricole {de}", "{p} agricultural hub",
                     "Агропромышленный кластер ({p})", "القطب الفلاحي في {p}")],
    "cereals": [("Ferme céréalière {de}", "{p} cereal farm", "Зерновое хозяйство ({p})",
                 "مزرعة الحبوب في {p}"),
                ("Silos à grains {de}", "{p} grain silos", "Зерновой элеватор ({p})",
                 "صوامع الحبوب في {p}")],
    "livestock": [("Ferme laitière {de}", "{p} dairy farm", "Молочная ферма ({p})",
                   "مزرعة الأبقار الحلوب في {p}")],
    "irrigation": [("Périmètre irrigué {de}", "{p} irrigation scheme",
                    "Оросительная система ({p})", "المحيط المسقي في {p}")],
    "agri-food": [("Usine agroalimentaire {de}", "{p} food processing plant",
                   "Пищевой комбинат ({p})", "مصنع الصناعات الغذائية في {p}")],
    "tourism": [("Zone d’expansion touristique {de}", "{p} tourism development zone",
                 "Туристическая зона ({p})", "منطقة التوسع السياحي في {p}")],
    "hotels": [("Complexe hôtelier {de}", "{p} hotel complex", "Гостиничный комплекс ({p})",
                "المركب الفندقي في {p}")],
    "spa-tourism": [("Station thermale {de}", "{p} spa resort",
                     "Бальнеологический курорт ({p})", "المحطة الحموية في {p}")],
    "transport": [("Plateforme logistique {de}", "{p} logistics hub",
                   "Логистический центр ({p})", "المنصة اللوجستية في {p}")],
    "rail": [("Ligne ferroviaire {de}", "{p} railway line", "Железная дорога ({p})",
              "خط السكة الحديدية {p}"),
             ("Usine de matériel ferroviaire {de}", "{p} rolling stock plant",
              "Вагоностроительный завод ({p})", "مصنع العتاد الحديدي في {p}")],
    "ports": [("Port {de}", "{p} port", "Порт ({p})", "ميناء {p}"),
              ("Terminal à conteneurs {de}", "{p} container terminal",
               "Контейнерный терминал ({p})", "محطة الحاويات في {p}")],
    "aviation": [("Aéroport {de}", "{p} airport", "Аэропорт ({p})", "مطار {p}"),
                 ("Centre de maintenance aéronautique {de}", "{p} aircraft maintenance centre",
                  "Авиаремонтный центр ({p})", "مركز صيانة الطائرات في {p}")],
    "ict": [("Centre de données {de}", "{p} data centre", "Центр обработки данных ({p})",
             "مركز البيانات في {p}"),
            ("Câble sous-marin {de}", "{p} submarine cable", "Подводный кабель ({p})",
             "الكابل البحري {p}")],
    "research": [("Centre de formation technique {de}", "{p} technical training centre",
                  "Учебный центр ({p})", "مركز التكوين التقني في {p}")],
}  # fmt: skip
PHASE = {"fr": " (phase {n})", "en": " (phase {n})", "ru": " (этап {n})", "ar": " (المرحلة {n})"}

# Capacity per sector: (unit, low, high), drawn log-uniformly and rounded to two figures.
CAPACITY: dict[str, tuple[str, float, float]] = {
    "heavy-industry": ("t/yr", 500_000, 5_000_000),
    "steel": ("t/yr", 200_000, 5_000_000),
    "aluminium": ("t/yr", 100_000, 1_500_000),
    "cement": ("t/yr", 500_000, 6_000_000),
    "manufacturing": ("units/yr", 1_000, 100_000),
    "automotive": ("vehicles/yr", 5_000, 150_000),
    "machinery": ("units/yr", 500, 20_000),
    "electronics": ("units/yr", 50_000, 2_000_000),
    "pharmaceuticals": ("packs/yr", 5_000_000, 200_000_000),
    "oncology-medicines": ("packs/yr", 1_000_000, 20_000_000),
    "vaccines": ("doses/yr", 1_000_000, 100_000_000),
    "generics": ("packs/yr", 10_000_000, 300_000_000),
    "chemicals": ("t/yr", 50_000, 1_000_000),
    "fertilisers": ("t/yr", 300_000, 4_000_000),
    "petrochemicals": ("t/yr", 100_000, 1_500_000),
    "energy": ("MW", 100, 3_000),
    "oil-gas": ("bcm/yr", 1, 30),
    "refining": ("bbl/d", 20_000, 300_000),
    "renewables": ("MW", 50, 2_000),
    "solar": ("MW", 10, 2_000),
    "wind": ("MW", 20, 1_000),
    "nuclear": ("MW", 1_000, 4_800),
    "power": ("MW", 100, 2_000),
    "mining": ("t/yr", 100_000, 10_000_000),
    "iron-ore": ("t/yr", 1_000_000, 50_000_000),
    "phosphate": ("t/yr", 1_000_000, 10_000_000),
    "agriculture": ("ha", 500, 50_000),
    "cereals": ("ha", 1_000, 100_000),
    "livestock": ("head", 500, 20_000),
    "irrigation": ("ha", 1_000, 60_000),
    "agri-food": ("t/yr", 10_000, 500_000),
    "tourism": ("beds", 200, 10_000),
    "hotels": ("beds", 100, 2_000),
    "spa-tourism": ("beds", 50, 800),
    "transport": ("t/yr", 100_000, 5_000_000),
    "rail": ("km", 20, 1_500),
    "ports": ("TEU/yr", 100_000, 5_000_000),
    "aviation": ("passengers/yr", 500_000, 20_000_000),
    "ict": ("km", 100, 5_000),
    "research": ("trainees/yr", 100, 5_000),
}
UNIT_WORDS: dict[str, dict[str, str]] = {
    "t/yr": {"fr": "tonnes par an", "en": "tonnes a year", "ru": "тонн в год", "ar": "طن سنويا"},
    "units/yr": {"fr": "unités par an", "en": "units a year", "ru": "единиц в год",
                 "ar": "وحدة سنويا"},
    "vehicles/yr": {"fr": "véhicules par an", "en": "vehicles a year",
                    "ru": "автомобилей в год", "ar": "مركبة سنويا"},
    "packs/yr": {"fr": "boîtes par an", "en": "packs a year", "ru": "упаковок в год",
                 "ar": "علبة سنويا"},
    "doses/yr": {"fr": "doses par an", "en": "doses a year", "ru": "доз в год",
                 "ar": "جرعة سنويا"},
    "MW": {"fr": "mégawatts", "en": "megawatts", "ru": "МВт", "ar": "ميغاواط"},
    "bcm/yr": {"fr": "milliards de mètres cubes par an", "en": "billion cubic metres a year",
               "ru": "млрд кубометров в год", "ar": "مليار متر مكعب سنويا"},
    "bbl/d": {"fr": "barils par jour", "en": "barrels a day", "ru": "баррелей в сутки",
              "ar": "برميل يوميا"},
    "ha": {"fr": "hectares", "en": "hectares", "ru": "гектаров", "ar": "هكتار"},
    "head": {"fr": "têtes de bétail", "en": "head of cattle", "ru": "голов скота",
             "ar": "رأس ماشية"},
    "beds": {"fr": "lits", "en": "beds", "ru": "мест", "ar": "سرير"},
    "km": {"fr": "kilomètres", "en": "kilometres", "ru": "км", "ar": "كيلومتر"},
    "TEU/yr": {"fr": "EVP par an", "en": "TEU a year", "ru": "ДФЭ в год",
               "ar": "حاوية نمطية سنويا"},
    "passengers/yr": {"fr": "passagers par an", "en": "passengers a year",
                      "ru": "пассажиров в год", "ar": "مسافر سنويا"},
    "trainees/yr": {"fr": "stagiaires par an", "en": "trainees a year",
                    "ru": "слушателей в год", "ar": "متربص سنويا"},
}  # fmt: skip
JOB_RANGES = {"direct": (100, 8_000), "indirect": (200, 20_000), "total": (100, 30_000)}
JOB_WORDS = {
    "fr": {"direct": "emplois directs", "indirect": "emplois indirects", "total": "emplois"},
    "en": {"direct": "direct jobs", "indirect": "indirect jobs", "total": "jobs"},
    "ru": {"direct": "прямых рабочих мест", "indirect": "косвенных рабочих мест",
           "total": "рабочих мест"},
    "ar": {"direct": "منصب شغل مباشر", "indirect": "منصب شغل غير مباشر", "total": "منصب شغل"},
}  # fmt: skip
QUALIFIERS = Weighted(
    [("exact", 35), ("approx", 30), ("at_least", 10), ("range", 10), ("order_of_magnitude", 15)]
)
APPROX = {"fr": "environ ", "en": "about ", "ru": "около ", "ar": "حوالي "}
AT_LEAST = {"fr": "au moins ", "en": "at least ", "ru": "не менее ", "ar": "ما لا يقل عن "}
MILLION = {"fr": ("million", "millions"), "en": ("million", "million"), "ru": ("млн", "млн"),
           "ar": ("مليون", "مليون")}  # fmt: skip
ORDERS_OF_MAGNITUDE = {
    1_000_000: {"fr": "des millions", "en": "millions of", "ru": "миллионы", "ar": "ملايين"},
    10_000: {"fr": "des dizaines de milliers", "en": "tens of thousands of",
             "ru": "десятки тысяч", "ar": "عشرات الآلاف من"},
    1_000: {"fr": "des milliers", "en": "thousands of", "ru": "тысячи", "ar": "آلاف"},
    100: {"fr": "des centaines", "en": "hundreds of", "ru": "сотни", "ar": "مئات"},
    10: {"fr": "des dizaines", "en": "dozens of", "ru": "десятки", "ar": "عشرات"},
}  # fmt: skip

# --------------------------------------------------------------------------------------------
# Dates as the press writes them
# --------------------------------------------------------------------------------------------

MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "ru_gen": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
               "сентября", "октября", "ноября", "декабря"),
    "ru_loc": ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
               "сентябре", "октябре", "ноябре", "декабре"),
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
           "أكتوبر", "نوفمبر", "ديسمبر"),
}  # fmt: skip
DATE_FORMS = Weighted(
    [("year", 20), ("month", 15), ("day", 15), ("quarter", 12), ("half", 6), ("part", 15),
     ("range", 5), ("relative", 12)]
)  # fmt: skip
RELATIVE_PAST = {
    "fr": ("il y a quelques jours", "récemment", "la semaine dernière", "le mois dernier"),
    "en": ("a few days ago", "recently", "last week", "last month"),
    "ru": ("несколько дней назад", "недавно", "на прошлой неделе", "в прошлом месяце"),
    "ar": ("قبل أيام", "مؤخرا", "الأسبوع الماضي", "الشهر الماضي"),
}
RELATIVE_FUTURE = {
    "fr": ("prochainement", "dans les prochains mois", "à moyen terme"),
    "en": ("soon", "in the coming months", "in the medium term"),
    "ru": ("в ближайшее время", "в ближайшие месяцы", "в среднесрочной перспективе"),
    "ar": ("قريبا", "في الأشهر المقبلة", "على المدى المتوسط"),
}
# Parts of a year: (first month, last month, fr, en raw, en phrase, ru, ar).
YEAR_PARTS = (
    (10, 12, "fin {y}", "end-{y}", "by end-{y}", "в конце {y} года", "نهاية {y}"),
    (1, 3, "début {y}", "early {y}", "in early {y}", "в начале {y} года", "بداية {y}"),
    (4, 9, "mi-{y}", "mid-{y}", "in mid-{y}", "в середине {y} года", "منتصف {y}"),
)
ROMAN = ("I", "II", "III", "IV")
AR_ORDINALS = ("الأول", "الثاني", "الثالث", "الرابع")


def _bounds(year: int, first: int, last: int, last_year: int | None = None) -> tuple[str, str]:
    end_year = last_year or year
    day = calendar.monthrange(end_year, last)[1]
    return f"{year:04d}-{first:02d}-01", f"{end_year:04d}-{last:02d}-{day:02d}"


def date_words(
    rng: random.Random, lang: str, year: int, *, planned: bool
) -> tuple[str, str, str | None, str | None]:
    """(raw, phrase, earliest, latest): the words for a date near ``year`` and their bounds.

    ``raw`` is what a curator records; ``phrase`` is how the sentence says it (with its
    preposition) and always contains ``raw``.
    """
    form = DATE_FORMS.pick(rng)
    if form == "relative":
        raw = rng.choice(RELATIVE_FUTURE[lang] if planned else RELATIVE_PAST[lang])
        return raw, raw, None, None
    if form == "year":
        earliest, latest = _bounds(year, 1, 12)
        raw, phrase = {
            "fr": (f"{year}", f"en {year}"),
            "en": (f"{year}", f"in {year}"),
            "ru": (f"в {year} году", f"в {year} году"),
            "ar": (f"عام {year}", f"في عام {year}"),
        }[lang]
        return raw, phrase, earliest, latest
    if form in ("month", "day"):
        month = rng.randint(1, 12)
        earliest, latest = _bounds(year, month, month)
        if form == "day":
            day = rng.randint(1, calendar.monthrange(year, month)[1])
            earliest = latest = f"{year:04d}-{month:02d}-{day:02d}"
            fr_day = "1er" if day == 1 else str(day)
            raw, phrase = {
                "fr": (f"{fr_day} {MONTHS['fr'][month - 1]} {year}", "le {}"),
                "en": (f"{day} {MONTHS['en'][month - 1]} {year}", "on {}"),
                "ru": (f"{day} {MONTHS['ru_gen'][month - 1]} {year} года", "{}"),
                "ar": (f"{day} {MONTHS['ar'][month - 1]} {year}", "في {}"),
            }[lang]
        else:
            raw, phrase = {
                "fr": (f"{MONTHS['fr'][month - 1]} {year}", "en {}"),
                "en": (f"{MONTHS['en'][month - 1]} {year}", "in {}"),
                "ru": (f"в {MONTHS['ru_loc'][month - 1]} {year} года", "{}"),
                "ar": (f"{MONTHS['ar'][month - 1]} {year}", "في {}"),
            }[lang]
        return raw, phrase.format(raw), earliest, latest
    if form == "quarter":
        quarter = rng.randint(1, 4)
        earliest, latest = _bounds(year, 3 * quarter - 2, 3 * quarter)
        raw, phrase = {
            "fr": (f"T{quarter} {year}", "au {}"),
            "en": (f"Q{quarter} {year}", "in {}"),
            "ru": (f"в {ROMAN[quarter - 1]} квартале {year} года", "{}"),
            "ar": (f"الربع {AR_ORDINALS[quarter - 1]} من {year}", "في {}"),
        }[lang]
        return raw, phrase.format(raw), earliest, latest
    if form == "half":
        half = rng.randint(1, 2)
        earliest, latest = _bounds(year, 6 * half - 5, 6 * half)
        raw, phrase = {
            "fr": (f"S{half} {year}", "au {}"),
            "en": (f"H{half} {year}", "in {}"),
            "ru": (("в первом" if half == 1 else "во втором") + f" полугодии {year} года", "{}"),
            "ar": (f"النصف {AR_ORDINALS[half - 1]} من {year}", "في {}"),
        }[lang]
        return raw, phrase.format(raw), earliest, latest
    if form == "part":
        first, last, fr, en_raw, en_phrase, ru, ar = rng.choice(YEAR_PARTS)
        earliest, latest = _bounds(year, first, last)
        raw, phrase = {
            "fr": (fr.format(y=year), fr.format(y=year)),
            "en": (en_raw.format(y=year), en_phrase.format(y=year)),
            "ru": (ru.format(y=year), ru.format(y=year)),
            "ar": (ar.format(y=year), "في " + ar.format(y=year)),
        }[lang]
        return raw, phrase, earliest, latest
    # a span of years
    end = year + rng.randint(1, 3)
    earliest, latest = _bounds(year, 1, 12, end)
    raw, phrase = {
        "fr": (f"{year}-{end}", "sur la période {}"),
        "en": (f"{year}-{end}", "over {}"),
        "ru": (f"в {year}–{end} годах", "{}"),
        "ar": (f"{year}-{end}", "خلال الفترة {}"),
    }[lang]
    return raw, phrase.format(raw), earliest, latest


# --------------------------------------------------------------------------------------------
# Figures as the press writes them
# --------------------------------------------------------------------------------------------


def round2(x: float) -> int | float:
    """Two significant figures, as announced figures are."""
    if x < 10:
        r = round(x, 1)
        return int(r) if r.is_integer() else r
    step: int = 10 ** (math.floor(math.log10(x)) - 1)
    return round(x / step) * step


def fmt_number(x: float, lang: str) -> str:
    if float(x).is_integer():
        text = f"{int(x):,}"
        sep = {"fr": "\u202f", "en": ",", "ru": "\u00a0", "ar": ""}[lang]
        return text.replace(",", sep)
    text = f"{x:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang in ("fr", "ru") else text


def amount_words(value: float, words: str, lang: str) -> str:
    """``1,5 million de tonnes par an``, ``230 000 tonnes par an``, ``5,000 direct jobs``."""
    if value >= 1_000_000:
        millions = value / 1_000_000
        word = MILLION[lang][0 if millions < 2 else 1]
        unit = fr_de(words) if lang == "fr" else words
        return f"{fmt_number(millions, lang)} {word} {unit}"
    return f"{fmt_number(value, lang)} {words}"


def range_words(low: float, high: float, words: str, lang: str) -> str:
    if high >= 1_000_000:
        a, b = fmt_number(low / 1_000_000, lang), fmt_number(high / 1_000_000, lang)
        word = MILLION[lang][0 if high < 2_000_000 else 1]
        tail = f"{word} {fr_de(words) if lang == 'fr' else words}"
    else:
        a, b, tail = fmt_number(low, lang), fmt_number(high, lang), words
    return {
        "fr": f"entre {a} et {b} {tail}",
        "en": f"between {a} and {b} {tail}",
        "ru": f"от {a} до {b} {tail}",
        "ar": f"بين {a} و{b} {tail}",
    }[lang]


def magnitude_words(magnitude: int, words: str, lang: str) -> str:
    prefix = ORDERS_OF_MAGNITUDE[magnitude][lang]
    return f"{prefix} {fr_de(words)}" if lang == "fr" else f"{prefix} {words}"


def quantity(
    rng: random.Random,
    lang: str,
    unit: str,
    low: float,
    high: float,
    words: str,
    *,
    job_type: str | None = None,
) -> Doc:
    """A Quantity (or JobCount) document with its ``raw`` words in ``lang``."""
    v = round2(math.exp(rng.uniform(math.log(low), math.log(high))))
    qualifier = QUALIFIERS.pick(rng)
    if qualifier == "order_of_magnitude" and v < 10:
        qualifier = "approx"
    value: int | float | None = None
    vmin: int | float | None = None
    vmax: int | float | None = None
    estimate = False
    if qualifier == "exact":
        value, raw = v, amount_words(v, words, lang)
    elif qualifier == "approx":
        value, raw = v, APPROX[lang] + amount_words(v, words, lang)
        estimate = rng.random() < 0.5
    elif qualifier == "at_least":
        vmin, raw = v, AT_LEAST[lang] + amount_words(v, words, lang)
    elif qualifier == "range":
        vmin, vmax = v, round2(v * rng.uniform(1.3, 2.5))
        if vmax <= vmin:
            vmax = vmin * 2
        raw = range_words(vmin, vmax, words, lang)
    else:
        magnitude = next(m for m in ORDERS_OF_MAGNITUDE if v >= m)
        vmin, raw = magnitude, magnitude_words(magnitude, words, lang)
    doc: Doc = {
        "value": value,
        "min": vmin,
        "max": vmax,
        "unit": unit,
        "qualifier": qualifier,
        "estimate": estimate,
        "raw": raw,
    }
    if job_type is not None:
        doc["job_type"] = job_type
    return doc


# --------------------------------------------------------------------------------------------
# Organisations
# --------------------------------------------------------------------------------------------

ACTIVITIES = (
    "metals",
    "cement",
    "pharma",
    "energy",
    "mining",
    "chemicals",
    "machinery",
    "agro",
    "tourism",
    "transport",
    "telecom",
    "construction",
)

# id, name, acronym, kind, country, parent, activities
CURATED_ORGS: list[tuple[str, dict[str, str], str | None, str, str, str | None, tuple[str, ...]]]
CURATED_ORGS = [
    # Algeria (the first four Algerian and Russian ones are the seed records, unchanged)
    ("org-dz-ministry-industry-pharma", {"en": "Ministry of Industry and Pharmaceutical Production", "fr": "Ministère de l’Industrie et de la Production pharmaceutique"}, None, "ministry", "DZ", None, ("metals", "cement", "pharma", "chemicals", "machinery", "telecom")),
    ("org-dz-anpp", {"en": "National Agency for Pharmaceutical Products", "fr": "Agence nationale des produits pharmaceutiques"}, "ANPP", "agency", "DZ", None, ("pharma",)),
    ("org-dz-ministry-energy-mines", {"fr": "Ministère de l’Énergie et des Mines", "en": "Ministry of Energy and Mines", "ar": "وزارة الطاقة والمناجم"}, None, "ministry", "DZ", None, ("energy", "mining")),
    ("org-dz-ministry-agriculture", {"fr": "Ministère de l’Agriculture et du Développement rural", "en": "Ministry of Agriculture and Rural Development", "ar": "وزارة الفلاحة والتنمية الريفية"}, None, "ministry", "DZ", None, ("agro",)),
    ("org-dz-ministry-tourism", {"fr": "Ministère du Tourisme et de l’Artisanat", "en": "Ministry of Tourism and Handicrafts", "ar": "وزارة السياحة والصناعة التقليدية"}, None, "ministry", "DZ", None, ("tourism",)),
    ("org-dz-ministry-transport", {"fr": "Ministère des Transports", "en": "Ministry of Transport", "ar": "وزارة النقل"}, None, "ministry", "DZ", None, ("transport",)),
    ("org-dz-ministry-foreign-affairs", {"fr": "Ministère des Affaires étrangères", "en": "Ministry of Foreign Affairs", "ar": "وزارة الشؤون الخارجية"}, None, "ministry", "DZ", None, ()),
    ("org-dz-aapi", {"fr": "Agence algérienne de promotion de l’investissement", "en": "Algerian Investment Promotion Agency", "ar": "الوكالة الجزائرية لترقية الاستثمار"}, "AAPI", "agency", "DZ", None, ()),
    ("org-dz-comena", {"fr": "Commissariat à l’énergie atomique", "en": "Atomic Energy Commission", "ar": "محافظة الطاقة الذرية"}, "COMENA", "agency", "DZ", "org-dz-ministry-energy-mines", ("energy",)),
    ("org-dz-sonatrach", {"fr": "Sonatrach", "ar": "سوناطراك"}, None, "company", "DZ", None, ("energy", "chemicals")),
    ("org-dz-sonelgaz", {"fr": "Sonelgaz", "ar": "سونلغاز"}, None, "company", "DZ", None, ("energy",)),
    ("org-dz-imetal", {"fr": "Groupe industriel des métallurgies", "en": "Imetal Group"}, "IMETAL", "company", "DZ", None, ("metals", "mining")),
    ("org-dz-sider-el-hadjar", {"fr": "Sider El Hadjar", "ar": "مركب الحجار للحديد والصلب"}, None, "company", "DZ", "org-dz-imetal", ("metals",)),
    ("org-dz-tosyali", {"fr": "Tosyali Algérie"}, None, "company", "DZ", "org-tr-tosyali", ("metals",)),
    ("org-dz-saidal", {"fr": "Groupe Saidal", "en": "Saidal Group", "ar": "مجمع صيدال"}, None, "company", "DZ", None, ("pharma",)),
    ("org-dz-gica", {"fr": "Groupe industriel des ciments d’Algérie", "en": "Algerian Cement Industrial Group"}, "GICA", "company", "DZ", None, ("cement",)),
    ("org-dz-cosider", {"fr": "Cosider", "ar": "كوسيدار"}, None, "company", "DZ", None, ("construction",)),
    ("org-dz-snvi", {"fr": "Société nationale des véhicules industriels"}, "SNVI", "company", "DZ", None, ("machinery",)),
    ("org-dz-sntf", {"fr": "Société nationale des transports ferroviaires"}, "SNTF", "company", "DZ", None, ("transport",)),
    ("org-dz-asmidal", {"fr": "Asmidal"}, None, "company", "DZ", "org-dz-sonatrach", ("chemicals",)),
    ("org-dz-algerie-telecom", {"fr": "Algérie Télécom", "ar": "اتصالات الجزائر"}, "AT", "company", "DZ", None, ("telecom",)),
    ("org-dz-crti", {"fr": "Centre de recherche en technologies industrielles"}, "CRTI", "institute", "DZ", None, ("machinery", "metals")),
    ("org-dz-institut-pasteur", {"fr": "Institut Pasteur d’Algérie"}, "IPA", "institute", "DZ", None, ("pharma",)),
    ("org-dz-enp", {"fr": "École nationale polytechnique", "ar": "المدرسة الوطنية المتعددة التقنيات"}, "ENP", "institute", "DZ", None, ("energy", "metals")),
    # Russia
    ("org-ru-ministry-health", {"en": "Russian Ministry of Health", "fr": "Ministère russe de la Santé"}, None, "ministry", "RU", None, ("pharma",)),
    ("org-ru-institute-medicines-good-practices", {"en": "Russian Institute of Medicines and Good Practices", "fr": "Institut russe des médicaments et de bonnes pratiques"}, None, "institute", "RU", None, ("pharma",)),
    ("org-ru-minpromtorg", {"ru": "Министерство промышленности и торговли Российской Федерации", "en": "Ministry of Industry and Trade of the Russian Federation"}, "Минпромторг", "ministry", "RU", None, ("metals", "machinery", "chemicals", "pharma", "cement", "telecom")),
    ("org-ru-minenergo", {"ru": "Министерство энергетики Российской Федерации", "en": "Ministry of Energy of the Russian Federation"}, "Минэнерго", "ministry", "RU", None, ("energy", "mining")),
    ("org-ru-minselkhoz", {"ru": "Министерство сельского хозяйства Российской Федерации", "en": "Ministry of Agriculture of the Russian Federation"}, "Минсельхоз", "ministry", "RU", None, ("agro",)),
    ("org-ru-mintrans", {"ru": "Министерство транспорта Российской Федерации", "en": "Ministry of Transport of the Russian Federation"}, "Минтранс", "ministry", "RU", None, ("transport", "tourism")),
    ("org-ru-mid", {"ru": "Министерство иностранных дел Российской Федерации", "en": "Ministry of Foreign Affairs of the Russian Federation"}, "МИД России", "ministry", "RU", None, ()),
    ("org-ru-rosatom", {"ru": "Государственная корпорация «Росатом»", "en": "Rosatom State Corporation"}, "Росатом", "agency", "RU", None, ("energy",)),
    ("org-ru-ase", {"ru": "АО «Атомстройэкспорт»", "en": "Atomstroyexport"}, "ASE", "company", "RU", "org-ru-rosatom", ("energy", "construction")),
    ("org-ru-rec", {"ru": "Российский экспортный центр", "en": "Russian Export Center"}, "РЭЦ", "agency", "RU", None, ()),
    ("org-ru-rdif", {"ru": "Российский фонд прямых инвестиций", "en": "Russian Direct Investment Fund"}, "РФПИ", "agency", "RU", None, ()),
    ("org-ru-gazprom", {"ru": "ПАО «Газпром»", "en": "Gazprom"}, None, "company", "RU", None, ("energy",)),
    ("org-ru-gazprom-neft", {"ru": "ПАО «Газпром нефть»", "en": "Gazprom Neft"}, None, "company", "RU", "org-ru-gazprom", ("energy",)),
    ("org-ru-rosneft", {"ru": "ПАО «НК «Роснефть»", "en": "Rosneft"}, None, "company", "RU", None, ("energy",)),
    ("org-ru-lukoil", {"ru": "ПАО «ЛУКОЙЛ»", "en": "Lukoil"}, None, "company", "RU", None, ("energy",)),
    ("org-ru-rusal", {"ru": "МКПАО «Объединённая компания «РУСАЛ»", "en": "United Company RUSAL"}, "РУСАЛ", "company", "RU", None, ("metals",)),
    ("org-ru-severstal", {"ru": "ПАО «Северсталь»", "en": "Severstal"}, None, "company", "RU", None, ("metals",)),
    ("org-ru-mmk", {"ru": "ПАО «Магнитогорский металлургический комбинат»", "en": "Magnitogorsk Iron and Steel Works"}, "ММК", "company", "RU", None, ("metals",)),
    ("org-ru-nlmk", {"ru": "ПАО «НЛМК»", "en": "NLMK"}, None, "company", "RU", None, ("metals",)),
    ("org-ru-kamaz", {"ru": "ПАО «КАМАЗ»", "en": "KAMAZ"}, None, "company", "RU", None, ("machinery",)),
    ("org-ru-tmh", {"ru": "АО «Трансмашхолдинг»", "en": "Transmashholding"}, "ТМХ", "company", "RU", None, ("transport", "machinery")),
    ("org-ru-uvz", {"ru": "АО «Научно-производственная корпорация «Уралвагонзавод»", "en": "Uralvagonzavod"}, "УВЗ", "company", "RU", None, ("machinery", "transport")),
    ("org-ru-r-pharm", {"ru": "АО «Р-Фарм»", "en": "R-Pharm"}, None, "company", "RU", None, ("pharma",)),
    ("org-ru-pharmstandard", {"ru": "ПАО «Фармстандарт»", "en": "Pharmstandard"}, None, "company", "RU", None, ("pharma",)),
    ("org-ru-generium", {"ru": "АО «Генериум»", "en": "Generium"}, None, "company", "RU", None, ("pharma",)),
    ("org-ru-biocad", {"ru": "АО «БИОКАД»", "en": "BIOCAD"}, None, "company", "RU", None, ("pharma",)),
    ("org-ru-phosagro", {"ru": "ПАО «ФосАгро»", "en": "PhosAgro"}, None, "company", "RU", None, ("chemicals", "mining")),
    ("org-ru-eurochem", {"ru": "АО «МХК «ЕвроХим»", "en": "EuroChem Group"}, None, "company", "RU", None, ("chemicals",)),
    ("org-ru-rzd", {"ru": "ОАО «Российские железные дороги»", "en": "Russian Railways"}, "РЖД", "company", "RU", None, ("transport",)),
    ("org-ru-rostec", {"ru": "Государственная корпорация «Ростех»", "en": "Rostec"}, "Ростех", "agency", "RU", None, ("machinery", "telecom")),
    ("org-ru-uac", {"ru": "ПАО «Объединённая авиастроительная корпорация»", "en": "United Aircraft Corporation"}, "ОАК", "company", "RU", "org-ru-rostec", ("transport",)),
    ("org-ru-power-machines", {"ru": "ПАО «Силовые машины»", "en": "Power Machines"}, None, "company", "RU", None, ("energy", "machinery")),
    ("org-ru-rosgeo", {"ru": "АО «Росгеология»", "en": "Rosgeologia"}, None, "company", "RU", None, ("mining",)),
    ("org-ru-rushydro", {"ru": "ПАО «РусГидро»", "en": "RusHydro"}, None, "company", "RU", None, ("energy",)),
    ("org-ru-kurchatov", {"ru": "НИЦ «Курчатовский институт»", "en": "Kurchatov Institute"}, None, "institute", "RU", None, ("energy",)),
    ("org-ru-skoltech", {"ru": "Сколковский институт науки и технологий", "en": "Skolkovo Institute of Science and Technology"}, "Сколтех", "institute", "RU", None, ("telecom", "energy")),
    ("org-ru-msu", {"ru": "Московский государственный университет имени М. В. Ломоносова", "en": "Lomonosov Moscow State University"}, "МГУ", "institute", "RU", None, ("agro", "chemicals")),
    # China
    ("org-cn-mofcom", {"zh": "中华人民共和国商务部", "en": "Ministry of Commerce of the People’s Republic of China"}, "MOFCOM", "ministry", "CN", None, ()),
    ("org-cn-ndrc", {"zh": "国家发展和改革委员会", "en": "National Development and Reform Commission"}, "NDRC", "ministry", "CN", None, ("energy", "transport")),
    ("org-cn-cscec", {"zh": "中国建筑集团有限公司", "en": "China State Construction Engineering Corporation"}, "CSCEC", "company", "CN", None, ("construction",)),
    ("org-cn-citic", {"zh": "中信建设有限责任公司", "en": "CITIC Construction"}, None, "company", "CN", None, ("construction", "cement")),
    ("org-cn-sinopec", {"zh": "中国石油化工集团有限公司", "en": "Sinopec Group"}, "Sinopec", "company", "CN", None, ("energy", "chemicals")),
    ("org-cn-cnpc", {"zh": "中国石油天然气集团有限公司", "en": "China National Petroleum Corporation"}, "CNPC", "company", "CN", None, ("energy",)),
    ("org-cn-chec", {"zh": "中国港湾工程有限责任公司", "en": "China Harbour Engineering Company"}, "CHEC", "company", "CN", None, ("transport", "construction")),
    ("org-cn-sinosteel", {"zh": "中国中钢集团有限公司", "en": "Sinosteel"}, None, "company", "CN", None, ("metals", "mining")),
    ("org-cn-crrc", {"zh": "中国中车股份有限公司", "en": "CRRC Corporation"}, "CRRC", "company", "CN", None, ("transport", "machinery")),
    ("org-cn-huawei", {"zh": "华为技术有限公司", "en": "Huawei Technologies"}, None, "company", "CN", None, ("telecom",)),
    ("org-cn-sinoma", {"zh": "中国中材国际工程股份有限公司", "en": "Sinoma International Engineering"}, "Sinoma", "company", "CN", None, ("cement",)),
    ("org-cn-cas", {"zh": "中国科学院", "en": "Chinese Academy of Sciences"}, "CAS", "institute", "CN", None, ("energy", "chemicals")),
    # Türkiye
    ("org-tr-ministry-industry", {"tr": "T.C. Sanayi ve Teknoloji Bakanlığı", "en": "Ministry of Industry and Technology"}, None, "ministry", "TR", None, ("metals", "machinery", "chemicals", "pharma")),
    ("org-tr-tosyali", {"tr": "Tosyalı Holding A.Ş.", "en": "Tosyali Holding"}, None, "company", "TR", None, ("metals",)),
    ("org-tr-yildirim", {"tr": "Yıldırım Holding A.Ş.", "en": "Yildirim Group"}, None, "company", "TR", None, ("mining", "transport")),
    ("org-tr-limak", {"tr": "Limak Holding A.Ş.", "en": "Limak Holding"}, None, "company", "TR", None, ("construction", "cement", "tourism")),
    ("org-tr-tekfen", {"tr": "Tekfen Holding A.Ş."}, None, "company", "TR", None, ("construction", "chemicals")),
    ("org-tr-tpao", {"tr": "Türkiye Petrolleri Anonim Ortaklığı", "en": "Turkish Petroleum Corporation"}, "TPAO", "company", "TR", None, ("energy",)),
    ("org-tr-tubitak", {"tr": "Türkiye Bilimsel ve Teknolojik Araştırma Kurumu", "en": "Scientific and Technological Research Council of Türkiye"}, "TÜBİTAK", "institute", "TR", None, ("machinery", "telecom")),
    # Italy
    ("org-it-mimit", {"it": "Ministero delle Imprese e del Made in Italy", "en": "Ministry of Enterprises and Made in Italy"}, "MIMIT", "ministry", "IT", None, ("metals", "machinery")),
    ("org-it-eni", {"it": "Eni S.p.A.", "en": "Eni"}, None, "company", "IT", None, ("energy",)),
    ("org-it-saipem", {"it": "Saipem S.p.A."}, None, "company", "IT", None, ("energy", "construction")),
    ("org-it-danieli", {"it": "Danieli & C. Officine Meccaniche S.p.A.", "en": "Danieli"}, None, "company", "IT", None, ("metals", "machinery")),
    ("org-it-ansaldo", {"it": "Ansaldo Energia S.p.A.", "en": "Ansaldo Energia"}, None, "company", "IT", None, ("energy",)),
    ("org-it-fincantieri", {"it": "Fincantieri S.p.A."}, None, "company", "IT", None, ("transport",)),
    ("org-it-webuild", {"it": "Webuild S.p.A."}, None, "company", "IT", None, ("construction",)),
    ("org-it-enea", {"it": "Agenzia nazionale per le nuove tecnologie, l’energia e lo sviluppo economico sostenibile", "en": "Italian National Agency for New Technologies, Energy and Sustainable Economic Development"}, "ENEA", "agency", "IT", None, ("energy",)),
    # Qatar
    ("org-qa-moci", {"ar": "وزارة التجارة والصناعة", "en": "Ministry of Commerce and Industry"}, "MOCI", "ministry", "QA", None, ("metals", "chemicals")),
    ("org-qa-qia", {"en": "Qatar Investment Authority", "ar": "جهاز قطر للاستثمار"}, "QIA", "agency", "QA", None, ()),
    ("org-qa-qatarenergy", {"en": "QatarEnergy", "ar": "قطر للطاقة"}, None, "company", "QA", None, ("energy", "chemicals")),
    ("org-qa-qatar-steel", {"en": "Qatar Steel", "ar": "شركة قطر للصلب"}, None, "company", "QA", None, ("metals",)),
    # Egypt
    ("org-eg-ministry-industry", {"ar": "وزارة الصناعة والتجارة", "en": "Ministry of Trade and Industry"}, None, "ministry", "EG", None, ("metals", "cement", "chemicals", "machinery", "pharma")),
    ("org-eg-ministry-electricity", {"ar": "وزارة الكهرباء والطاقة المتجددة", "en": "Ministry of Electricity and Renewable Energy"}, None, "ministry", "EG", None, ("energy",)),
    ("org-eg-sczone", {"ar": "الهيئة العامة للمنطقة الاقتصادية لقناة السويس", "en": "Suez Canal Economic Zone"}, "SCZone", "agency", "EG", None, ("transport", "construction")),
    ("org-eg-nppa", {"ar": "هيئة المحطات النووية لتوليد الكهرباء", "en": "Nuclear Power Plants Authority"}, "NPPA", "agency", "EG", "org-eg-ministry-electricity", ("energy",)),
    ("org-eg-elsewedy", {"en": "Elsewedy Electric", "ar": "السويدي إليكتريك"}, None, "company", "EG", None, ("energy", "telecom")),
    ("org-eg-orascom", {"en": "Orascom Construction", "ar": "أوراسكوم للإنشاءات"}, None, "company", "EG", None, ("construction",)),
    ("org-eg-ezz-steel", {"en": "Ezz Steel", "ar": "حديد عز"}, None, "company", "EG", None, ("metals",)),
    ("org-eg-eipico", {"en": "Egyptian International Pharmaceutical Industries Company", "ar": "الشركة المصرية الدولية للصناعات الدوائية"}, "EIPICO", "company", "EG", None, ("pharma",)),
    # India
    ("org-in-ministry-steel", {"en": "Ministry of Steel", "hi": "इस्पात मंत्रालय"}, None, "ministry", "IN", None, ("metals", "mining")),
    ("org-in-dae", {"en": "Department of Atomic Energy", "hi": "परमाणु ऊर्जा विभाग"}, "DAE", "ministry", "IN", None, ("energy",)),
    ("org-in-npcil", {"en": "Nuclear Power Corporation of India Limited"}, "NPCIL", "company", "IN", "org-in-dae", ("energy",)),
    ("org-in-bhel", {"en": "Bharat Heavy Electricals Limited"}, "BHEL", "company", "IN", None, ("energy", "machinery")),
    ("org-in-ntpc", {"en": "NTPC Limited"}, None, "company", "IN", None, ("energy",)),
    ("org-in-tata-steel", {"en": "Tata Steel"}, None, "company", "IN", None, ("metals",)),
    ("org-in-lt", {"en": "Larsen & Toubro"}, "L&T", "company", "IN", None, ("construction",)),
    ("org-in-dr-reddys", {"en": "Dr. Reddy’s Laboratories"}, None, "company", "IN", None, ("pharma",)),
    ("org-in-iit-madras", {"en": "Indian Institute of Technology Madras"}, "IIT Madras", "institute", "IN", None, ("machinery", "energy")),
    # Viet Nam
    ("org-vn-moit", {"vi": "Bộ Công Thương", "en": "Ministry of Industry and Trade"}, "MOIT", "ministry", "VN", None, ("metals", "energy", "chemicals", "machinery")),
    ("org-vn-petrovietnam", {"vi": "Tập đoàn Công nghiệp – Năng lượng Quốc gia Việt Nam", "en": "PetroVietnam"}, "PVN", "company", "VN", None, ("energy", "chemicals")),
    ("org-vn-vietsovpetro", {"vi": "Liên doanh Việt – Nga Vietsovpetro", "ru": "СП «Вьетсовпетро»", "en": "Vietsovpetro"}, None, "company", "VN", "org-vn-petrovietnam", ("energy",)),
    ("org-vn-hoa-phat", {"vi": "Tập đoàn Hòa Phát", "en": "Hoa Phat Group"}, None, "company", "VN", None, ("metals",)),
    ("org-vn-vinatom", {"vi": "Viện Năng lượng Nguyên tử Việt Nam", "en": "Vietnam Atomic Energy Institute"}, "VINATOM", "institute", "VN", None, ("energy",)),
    # Uzbekistan
    ("org-uz-miit", {"uz": "O‘zbekiston Respublikasi Investitsiyalar, sanoat va savdo vazirligi", "ru": "Министерство инвестиций, промышленности и торговли Республики Узбекистан", "en": "Ministry of Investment, Industry and Trade of Uzbekistan"}, None, "ministry", "UZ", None, ("metals", "machinery", "chemicals", "pharma", "mining")),
    ("org-uz-ngmk", {"uz": "Navoiy kon-metallurgiya kombinati", "ru": "АО «Навоийский ГМК»", "en": "Navoi Mining and Metallurgical Company"}, "NGMK", "company", "UZ", None, ("mining", "metals")),
    ("org-uz-uzbekneftegaz", {"uz": "O‘zbekneftgaz", "ru": "АО «Узбекнефтегаз»", "en": "Uzbekneftegaz"}, None, "company", "UZ", None, ("energy",)),
    ("org-uz-almalyk", {"uz": "Olmaliq KMK", "ru": "АО «Алмалыкский ГМК»", "en": "Almalyk Mining and Metallurgical Complex"}, None, "company", "UZ", None, ("mining", "metals")),
    ("org-uz-uzatom", {"uz": "O‘zatom agentligi", "ru": "Агентство «Узатом»", "en": "Uzatom Agency"}, "Uzatom", "agency", "UZ", None, ("energy",)),
    # Morocco
    ("org-ma-ministry-industry", {"fr": "Ministère de l’Industrie et du Commerce", "en": "Ministry of Industry and Trade", "ar": "وزارة الصناعة والتجارة"}, None, "ministry", "MA", None, ("metals", "machinery", "chemicals", "pharma", "cement")),
    ("org-ma-ocp", {"fr": "Groupe OCP", "en": "OCP Group", "ar": "المجمع الشريف للفوسفاط"}, "OCP", "company", "MA", None, ("mining", "chemicals")),
    ("org-ma-masen", {"fr": "Agence marocaine pour l’énergie durable", "en": "Moroccan Agency for Sustainable Energy"}, "Masen", "agency", "MA", None, ("energy",)),
    ("org-ma-amdie", {"fr": "Agence marocaine de développement des investissements et des exportations"}, "AMDIE", "agency", "MA", None, ()),
    ("org-ma-tmsa", {"fr": "Agence spéciale Tanger Méditerranée"}, "TMSA", "agency", "MA", None, ("transport",)),
    # France
    ("org-fr-ministry-economy", {"fr": "Ministère de l’Économie, des Finances et de la Souveraineté industrielle et numérique", "en": "Ministry of the Economy, Finance and Industrial and Digital Sovereignty"}, None, "ministry", "FR", None, ("metals", "machinery", "energy")),
    ("org-fr-business-france", {"fr": "Business France"}, None, "agency", "FR", None, ()),
    ("org-fr-renault", {"fr": "Renault Group"}, None, "company", "FR", None, ("machinery",)),
    ("org-fr-sanofi", {"fr": "Sanofi"}, None, "company", "FR", None, ("pharma",)),
    ("org-fr-alstom", {"fr": "Alstom"}, None, "company", "FR", None, ("transport",)),
    ("org-fr-edf", {"fr": "Électricité de France", "en": "EDF"}, "EDF", "company", "FR", None, ("energy",)),
    ("org-fr-totalenergies", {"fr": "TotalEnergies SE"}, None, "company", "FR", None, ("energy", "chemicals")),
    ("org-fr-vicat", {"fr": "Vicat"}, None, "company", "FR", None, ("cement",)),
    ("org-fr-cnrs", {"fr": "Centre national de la recherche scientifique", "en": "French National Centre for Scientific Research"}, "CNRS", "institute", "FR", None, ("chemicals", "energy")),
    # Hostile names: what a careless paste or a malicious feed puts in front of a terminal.
    ("org-dz-hostile-markup", {"fr": "Usine [bold red]ROUGE[/bold red] & Cie"}, "[/]", "company", "DZ", None, ("construction",)),
    ("org-dz-hostile-action", {"fr": "[@click=app.quit]Cliquez ici[/] SARL"}, None, "company", "DZ", None, ("construction",)),
    ("org-ru-hostile-ansi", {"ru": "ООО «\x1b[31mКрасный\x1b[0m завод»", "en": "ACME \x1b[31mRED\x1b[0m Industries"}, None, "company", "RU", None, ("machinery",)),
    ("org-ru-hostile-long", {"ru": "Открытое акционерное общество " + "«Очень длинное название» " * 12 + "(филиал)"}, None, "company", "RU", None, ("construction",)),
    ("org-fr-hostile-bidi", {"fr": "Société \u202eevil\u202c SA"}, None, "company", "FR", None, ("construction",)),
    ("org-eg-hostile-html", {"en": "<script>alert(\"x\")</script> Holding", "ar": "شركة <b>عريض</b>"}, None, "company", "EG", None, ("construction",)),
    ("org-tr-hostile-sql", {"en": "Robert'); DROP TABLE orgs;-- Ltd"}, None, "company", "TR", None, ("construction",)),
    ("org-cn-hostile-emoji", {"en": "🏭 Factory 工厂 Ltd", "zh": "🏭工厂有限公司"}, None, "company", "CN", None, ("machinery",)),
]  # fmt: skip

# Hostile project names, given to about one project in a hundred.
HOSTILE_NAMES = [
    "Usine [bold red]ROUGE[/bold red] & Cie",
    "[@click=app.quit]Projet cliquable[/]",
    "ACME \x1b[31mRED\x1b[0m \x1b[2J Plant",
    "Zavod \u202eevil\u202c reversed",
    "Robert'); DROP TABLE projects;--",
    '<script>alert("x")</script> Steel',
    "Ligne 1\nLigne 2\tTabulée",
    "Z\u0336a\u0336l\u0336g\u0336o\u0336 Metals",
    "🏭 Usine 🇩🇿🇷🇺 Énergie",
    "Zero\u200bWidth\u200dJoiner Plant",
    "%s %d {0} {name} $HOME `uname` $(reboot)",
    "C:\\chemin\\vers\\usine\\",
    "   Espaces   autour   ",
    "中阿合作钢铁项目",
    "مصنع 2 للإسمنت (المرحلة الثانية)",
    "prj-000001",
    "Bell\x07 and Backspace\x08 Ltd",
    "Очень " + "длинное название " * 20 + "проекта",
]

# Pieces of generated organisation names.
ACTIVITY_WORDS: dict[str, dict[str, str]] = {
    "metals": {"en": "Steel", "fr": "Sidérurgie", "ru": "Сталь", "ru_lat": "Stal", "zh": "钢铁", "tr": "Çelik", "it": "Acciai", "vi": "Thép", "ar": "الحديد والصلب", "field_fr": "métallurgie", "field_en": "Metallurgy", "field_ru": "металлургии"},
    "cement": {"en": "Cement", "fr": "Ciments", "ru": "Цемент", "ru_lat": "Tsement", "zh": "水泥", "tr": "Çimento", "it": "Cementi", "vi": "Xi măng", "ar": "الإسمنت", "field_fr": "matériaux de construction", "field_en": "Building Materials", "field_ru": "строительных материалов"},
    "pharma": {"en": "Pharmaceuticals", "fr": "Pharma", "ru": "Фарм", "ru_lat": "Farm", "zh": "制药", "tr": "İlaç", "it": "Farmaceutici", "vi": "Dược phẩm", "ar": "الأدوية", "field_fr": "sciences pharmaceutiques", "field_en": "Pharmaceutical Sciences", "field_ru": "фармацевтики"},
    "energy": {"en": "Energy", "fr": "Énergie", "ru": "Энерго", "ru_lat": "Energo", "zh": "能源", "tr": "Enerji", "it": "Energia", "vi": "Năng lượng", "ar": "الطاقة", "field_fr": "énergétique", "field_en": "Energy", "field_ru": "энергетики"},
    "mining": {"en": "Mining", "fr": "Mines", "ru": "Руда", "ru_lat": "Ruda", "zh": "矿业", "tr": "Madencilik", "it": "Minerari", "vi": "Khoáng sản", "ar": "المناجم", "field_fr": "géologie et mines", "field_en": "Geology and Mining", "field_ru": "геологии"},
    "chemicals": {"en": "Chemicals", "fr": "Chimie", "ru": "Хим", "ru_lat": "Khim", "zh": "化工", "tr": "Kimya", "it": "Chimica", "vi": "Hóa chất", "ar": "الكيمياء", "field_fr": "chimie", "field_en": "Chemistry", "field_ru": "химии"},
    "machinery": {"en": "Machinery", "fr": "Mécanique", "ru": "Маш", "ru_lat": "Mash", "zh": "机械", "tr": "Makine", "it": "Meccanica", "vi": "Cơ khí", "ar": "الميكانيك", "field_fr": "génie mécanique", "field_en": "Mechanical Engineering", "field_ru": "машиностроения"},
    "agro": {"en": "Agro", "fr": "Agro", "ru": "Агро", "ru_lat": "Agro", "zh": "农业", "tr": "Tarım", "it": "Agricola", "vi": "Nông nghiệp", "ar": "الفلاحة", "field_fr": "agronomie", "field_en": "Agronomy", "field_ru": "агрономии"},
    "tourism": {"en": "Tourism", "fr": "Tourisme", "ru": "Тур", "ru_lat": "Tur", "zh": "旅游", "tr": "Turizm", "it": "Turismo", "vi": "Du lịch", "ar": "السياحة", "field_fr": "tourisme", "field_en": "Tourism", "field_ru": "туризма"},
    "transport": {"en": "Logistics", "fr": "Transports", "ru": "Транс", "ru_lat": "Trans", "zh": "交通", "tr": "Lojistik", "it": "Trasporti", "vi": "Vận tải", "ar": "النقل", "field_fr": "transports", "field_en": "Transport", "field_ru": "транспорта"},
    "telecom": {"en": "Telecom", "fr": "Télécom", "ru": "Связь", "ru_lat": "Svyaz", "zh": "通信", "tr": "İletişim", "it": "Telecomunicazioni", "vi": "Viễn thông", "ar": "الاتصالات", "field_fr": "télécommunications", "field_en": "Telecommunications", "field_ru": "связи"},
    "construction": {"en": "Construction", "fr": "Travaux publics", "ru": "Строй", "ru_lat": "Stroy", "zh": "建设", "tr": "İnşaat", "it": "Costruzioni", "vi": "Xây dựng", "ar": "الأشغال العمومية", "field_fr": "génie civil", "field_en": "Civil Engineering", "field_ru": "строительства"},
}  # fmt: skip
FAMILY_NAMES: dict[str, list[tuple[str, str]]] = {
    "DZ": [("Haddad", "حداد"), ("Benali", "بن علي"), ("Kaci", "قاسي"), ("Mebarki", "مباركي"),
           ("Belkacem", "بلقاسم"), ("Zerrouki", "زروقي"), ("Cherif", "شريف"),
           ("Hamadi", "حمادي"), ("Saadi", "سعدي"), ("Touati", "تواتي"),
           ("Aït Ahmed", "آيت أحمد"), ("Bouchouareb", "بوشوارب"), ("Rahmani", "رحماني"),
           ("Boudiaf", "بوضياف"), ("Lounès", "لونيس")],
    "EG": [("Mansour", "منصور"), ("Hassan", "حسن"), ("Farouk", "فاروق"), ("Naguib", "نجيب"),
           ("Abdel Aziz", "عبد العزيز"), ("Shafik", "شفيق"), ("Mahmoud", "محمود")],
    "QA": [("Al-Kuwari", "الكواري"), ("Al-Mannai", "المناعي"), ("Al-Sulaiti", "السليطي"),
           ("Al-Emadi", "العمادي")],
    "MA": [("Bennani", "بناني"), ("Alaoui", "العلوي"), ("Tazi", "التازي"),
           ("El Fassi", "الفاسي"), ("Berrada", "برادة"), ("Chraïbi", "الشرايبي")],
    "TR": [(n, "") for n in ("Yılmaz", "Öztürk", "Şahin", "Aydın", "Koç", "Demir", "Kılıç",
                              "Doğan", "Güneş", "Karataş")],
    "IT": [(n, "") for n in ("Rossi", "Bianchi", "Esposito", "Romano", "Colombo", "Ricci",
                              "Marino", "Greco", "Bruno", "Gallo")],
    "IN": [(n, "") for n in ("Sharma", "Patel", "Reddy", "Iyer", "Gupta", "Mehta", "Rao",
                              "Nair", "Singh", "Chatterjee")],
    "FR": [(n, "") for n in ("Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard",
                              "Roux", "Fournier", "Mercier", "Bonnet")],
}  # fmt: skip
RU_ROOTS = [
    ("Урал", "Ural"),
    ("Сибирь", "Sibir"),
    ("Волга", "Volga"),
    ("Кама", "Kama"),
    ("Север", "Sever"),
    ("Тагил", "Tagil"),
    ("Дон", "Don"),
    ("Ока", "Oka"),
    ("Алтай", "Altai"),
    ("Байкал", "Baikal"),
    ("Енисей", "Yenisei"),
]
RU_FORMS = [("ООО", "LLC"), ("АО", "JSC"), ("ПАО", "PJSC")]
CN_CITIES = [
    ("唐山", "Tangshan"),
    ("青岛", "Qingdao"),
    ("武汉", "Wuhan"),
    ("成都", "Chengdu"),
    ("沈阳", "Shenyang"),
    ("宁波", "Ningbo"),
    ("西安", "Xi’an"),
    ("合肥", "Hefei"),
]
VN_PLACES = ["Hải Phòng", "Đà Nẵng", "Thái Nguyên", "Quảng Ninh", "Cần Thơ"]
UZ_PLACES = ["Navoiy", "Samarqand", "Buxoro", "Andijon", "Farg‘ona"]
ORG_COUNTRIES = Weighted(
    [("DZ", 30), ("RU", 30), ("CN", 8), ("TR", 6), ("IT", 4), ("QA", 2), ("EG", 6), ("IN", 5),
     ("VN", 4), ("UZ", 4), ("MA", 3), ("FR", 3)]
)  # fmt: skip
ORG_KINDS = Weighted([("company", 85), ("institute", 7), ("agency", 5), ("other", 3)])

# --------------------------------------------------------------------------------------------
# Statuses, roles, and the sentences that state each fact
# --------------------------------------------------------------------------------------------

PROJECT_STATUS_WEIGHTS = Weighted(
    [("announced", 18), ("approved", 16), ("pre_construction", 10), ("construction", 18),
     ("commissioning", 5), ("operating", 15), ("suspended", 5), ("cancelled", 4),
     ("unknown", 9)]
)  # fmt: skip
AGREEMENT_STATUS_WEIGHTS = Weighted(
    [("proposed", 8), ("under_negotiation", 10), ("draft", 8), ("finalising", 8),
     ("approved", 8), ("signed", 25), ("in_force", 18), ("expired", 5), ("terminated", 3),
     ("unknown", 7)]
)  # fmt: skip
INSTRUMENTS = Weighted(
    [("mou", 30), ("intergovernmental", 10), ("contract", 25), ("partnership", 25), ("other", 10)]
)
# How many projects an agreement covers, by instrument.
LINKED_PROJECTS = {
    "contract": Weighted([(0, 10), (1, 70), (2, 15), (3, 5)]),
    "partnership": Weighted([(0, 20), (1, 60), (2, 15), (3, 5)]),
    "mou": Weighted([(0, 60), (1, 30), (2, 10)]),
    "intergovernmental": Weighted([(0, 40), (1, 20), (2, 20), (3, 10), (5, 10)]),
    "other": Weighted([(0, 70), (1, 20), (2, 10)]),
}
PARTY_COUNTS = Weighted([(0, 5), (1, 25), (2, 40), (3, 20), (4, 10)])
CLAIM_COUNTS = Weighted([(2, 25), (3, 50), (4, 25)])  # about three claims per record
SOURCE_LANGS = Weighted([("fr", 40), ("en", 30), ("ru", 20), ("ar", 10)])

PROJECT_STATUS_SENTENCES = {
    "announced": {"fr": "Le lancement du projet {name} a été annoncé.", "en": "The launch of {name} has been announced.", "ru": "Объявлено о запуске проекта «{name}».", "ar": "تم الإعلان عن إطلاق مشروع {name}."},
    "approved": {"fr": "Le projet {name} a été approuvé par les autorités.", "en": "{name} has been approved by the authorities.", "ru": "Проект «{name}» одобрен властями.", "ar": "وافقت السلطات على مشروع {name}."},
    "pre_construction": {"fr": "Les études préalables à la réalisation du projet {name} sont en cours.", "en": "Preparatory studies for {name} are under way.", "ru": "По проекту «{name}» ведутся предпроектные работы.", "ar": "الدراسات التمهيدية لمشروع {name} جارية."},
    "construction": {"fr": "Les travaux de construction du projet {name} sont en cours.", "en": "Construction of {name} is under way.", "ru": "Идёт строительство объекта «{name}».", "ar": "أشغال إنجاز مشروع {name} جارية."},
    "commissioning": {"fr": "Le projet {name} est en phase de mise en service.", "en": "{name} is being commissioned.", "ru": "Объект «{name}» вводится в эксплуатацию.", "ar": "مشروع {name} في مرحلة التشغيل التجريبي."},
    "operating": {"fr": "Le projet {name} est entré en exploitation.", "en": "{name} is now in operation.", "ru": "Объект «{name}» введён в эксплуатацию.", "ar": "دخل مشروع {name} حيز الاستغلال."},
    "suspended": {"fr": "Le projet {name} a été suspendu.", "en": "{name} has been suspended.", "ru": "Реализация проекта «{name}» приостановлена.", "ar": "تم تعليق مشروع {name}."},
    "cancelled": {"fr": "Le projet {name} a été abandonné.", "en": "{name} has been cancelled.", "ru": "Проект «{name}» отменён.", "ar": "تم إلغاء مشروع {name}."},
    "unknown": {"fr": "L’état d’avancement du projet {name} n’a pas été précisé.", "en": "No update was given on the status of {name}.", "ru": "О ходе реализации проекта «{name}» не сообщается.", "ar": "لم يتم الكشف عن مدى تقدم مشروع {name}."},
}  # fmt: skip
DATE_SENTENCES = {
    ("announced", False): {"fr": "Le projet {name} a été annoncé {date}.", "en": "{name} was announced {date}.", "ru": "О проекте «{name}» было объявлено {date}.", "ar": "تم الإعلان عن مشروع {name} {date}."},
    ("approved", False): {"fr": "Le projet {name} a été approuvé {date}.", "en": "{name} was approved {date}.", "ru": "Проект «{name}» был одобрен {date}.", "ar": "تمت الموافقة على مشروع {name} {date}."},
    ("construction_start", False): {"fr": "La première pierre du projet {name} a été posée {date}.", "en": "Ground was broken on {name} {date}.", "ru": "Строительство объекта «{name}» началось {date}.", "ar": "وضع حجر الأساس لمشروع {name} {date}."},
    ("construction_start", True): {"fr": "Les travaux du projet {name} doivent débuter {date}.", "en": "Construction of {name} is due to start {date}.", "ru": "Строительство объекта «{name}» должно начаться {date}.", "ar": "من المنتظر أن تنطلق أشغال مشروع {name} {date}."},
    ("operation_start", False): {"fr": "Le projet {name} est entré en service {date}.", "en": "{name} started operating {date}.", "ru": "Объект «{name}» заработал {date}.", "ar": "دخل مشروع {name} حيز الخدمة {date}."},
    ("operation_start", True): {"fr": "Le projet {name} entrera en fonction {date}.", "en": "{name} is expected to start operating {date}.", "ru": "Запуск объекта «{name}» запланирован {date}.", "ar": "من المقرر أن يدخل مشروع {name} حيز الخدمة {date}."},
}  # fmt: skip
PROJECT_SENTENCES = {
    "name": {"fr": "Le projet baptisé « {name} » a été présenté à la presse.", "en": "The project, named “{name}”, was presented to the press.", "ru": "Проект под названием «{name}» представили журналистам.", "ar": "تم تقديم المشروع المسمى «{name}» للصحافة."},
    "countries": {"fr": "Le projet {name} est mené conjointement par {a} et {b}.", "en": "{name} is a joint project of {a} and {b}.", "ru": "Проект «{name}» совместно реализуют {a} и {b}.", "ar": "ينجز مشروع {name} بالشراكة بين {a} و{b}."},
    "sector_primary": {"fr": "Le projet {name} relève principalement de la filière « {sector} ».", "en": "{name} belongs mainly to the {sector} sector.", "ru": "Проект «{name}» относится прежде всего к отрасли «{sector}».", "ar": "ينتمي مشروع {name} أساسا إلى قطاع {sector}."},
    "sector_other": {"fr": "Le projet {name} concerne aussi la filière « {sector} ».", "en": "{name} also concerns the {sector} sector.", "ru": "Проект «{name}» затрагивает также отрасль «{sector}».", "ar": "يهم مشروع {name} أيضا قطاع {sector}."},
    "location_locality": {"fr": "Le projet {name} est situé à {locality}, dans la région {de_region}.", "en": "{name} is located in {locality}, {region}.", "ru": "Объект «{name}» расположен в населённом пункте {locality} ({region}).", "ar": "يقع مشروع {name} في {locality}، {region}."},
    "location_locality_dz": {"fr": "Le projet {name} est situé à {locality}, dans la wilaya {de_region}.", "en": "{name} is located in {locality}, in the wilaya of {region}.", "ru": "Объект «{name}» расположен в населённом пункте {locality} (вилайет {region}).", "ar": "يقع مشروع {name} في {locality} بولاية {region}."},
    "location_region": {"fr": "Le projet {name} est situé dans la région {de_region}.", "en": "{name} is located in the {region} region.", "ru": "Объект «{name}» расположен в регионе {region}.", "ar": "يقع مشروع {name} في منطقة {region}."},
    "location_region_dz": {"fr": "Le projet {name} est situé dans la wilaya {de_region}.", "en": "{name} is located in the wilaya of {region}.", "ru": "Объект «{name}» расположен в вилайете {region}.", "ar": "يقع مشروع {name} في ولاية {region}."},
    "location_country": {"fr": "Le projet {name} sera réalisé {in_country}.", "en": "{name} will be built in {country}.", "ru": "Страна реализации проекта «{name}» — {country}.", "ar": "سينجز مشروع {name} في {country}."},
    "capacity": {"fr": "La capacité du projet {name} s’élève à {q}.", "en": "{name} has a capacity of {q}.", "ru": "Мощность объекта «{name}» составит {q}.", "ar": "تبلغ طاقة مشروع {name} {q}."},
    "capacity_estimate": {"fr": "La capacité de production du projet {name} est estimée à {q}.", "en": "The capacity of {name} is estimated at {q}.", "ru": "Мощность объекта «{name}» оценивается в {q}.", "ar": "تقدر طاقة مشروع {name} بـ {q}."},
    "jobs": {"fr": "Le projet {name} permettra de générer {q}.", "en": "{name} is expected to create {q}.", "ru": "Проект «{name}» позволит создать {q}.", "ar": "سيسمح مشروع {name} بخلق {q}."},
    "party": {"fr": "{org} participe au projet {name} en qualité de {role}.", "en": "{org} is involved in {name} as {role}.", "ru": "Роль {org} в проекте «{name}» — {role}.", "ar": "تشارك {org} في مشروع {name} بصفة {role}."},
    "agreement": {"fr": "Le projet {name} s’inscrit dans le cadre de « {title} ».", "en": "{name} is carried out under “{title}”.", "ru": "Проект «{name}» реализуется в рамках документа «{title}».", "ar": "يندرج مشروع {name} في إطار «{title}»."},
}  # fmt: skip
PROJECT_ROLES = {
    "developer": {"fr": "maître d’ouvrage", "en": "developer", "ru": "заказчик", "ar": "صاحب المشروع"},
    "owner": {"fr": "propriétaire", "en": "owner", "ru": "собственник", "ar": "مالك"},
    "operator": {"fr": "exploitant", "en": "operator", "ru": "оператор", "ar": "مستغل"},
    "investor": {"fr": "investisseur", "en": "investor", "ru": "инвестор", "ar": "مستثمر"},
    "technology provider": {"fr": "fournisseur de technologie", "en": "technology provider", "ru": "поставщик технологий", "ar": "مورد التكنولوجيا"},
    "partner": {"fr": "partenaire", "en": "partner", "ru": "партнёр", "ar": "شريك"},
    "contractor": {"fr": "entreprise de réalisation", "en": "contractor", "ru": "подрядчик", "ar": "مقاول"},
    "approver": {"fr": "autorité d’approbation", "en": "approving authority", "ru": "орган, одобривший проект", "ar": "جهة الموافقة"},
    "financier": {"fr": "bailleur de fonds", "en": "financier", "ru": "финансирующая сторона", "ar": "ممول"},
}  # fmt: skip
# (role, whose side, what kind of organisation), drawn in this order of likelihood.
ROLE_PLAN = Weighted(
    [(("developer", "host", "act"), 20), (("investor", "partner", "act"), 18),
     (("contractor", "any", "construction"), 14), (("approver", "host", "ministry"), 10),
     (("technology provider", "partner", "act"), 10), (("operator", "host", "act"), 8),
     (("financier", "any", "financier"), 8), (("partner", "partner", "act"), 8),
     (("owner", "host", "act"), 4)]
)  # fmt: skip
AGREEMENT_SENTENCES = {
    "title": {"fr": "Le document intitulé « {title} » a été évoqué lors de la réunion.", "en": "The document titled “{title}” was discussed at the meeting.", "ru": "На встрече обсуждался документ «{title}».", "ar": "تمت خلال الاجتماع مناقشة وثيقة بعنوان «{title}»."},
    "instrument": {"fr": "Sur le plan juridique, « {title} » est {instrument}.", "en": "Legally, “{title}” is {instrument}.", "ru": "С юридической точки зрения «{title}» — это {instrument}.", "ar": "من الناحية القانونية، يعد «{title}» {instrument}."},
    "countries": {"fr": "« {title} » lie {a} et {b}.", "en": "“{title}” binds {a} and {b}.", "ru": "Сторонами документа «{title}» выступают {a} и {b}.", "ar": "يربط «{title}» بين {a} و{b}."},
    "party": {"fr": "{org} intervient comme {role} dans « {title} ».", "en": "{org} is {role} to “{title}”.", "ru": "{org} — {role} документа «{title}».", "ar": "{org} {role} في «{title}»."},
    "sector": {"fr": "« {title} » concerne la filière « {sector} ».", "en": "“{title}” covers the {sector} sector.", "ru": "Документ «{title}» касается отрасли «{sector}».", "ar": "يشمل «{title}» قطاع {sector}."},
    "project": {"fr": "« {title} » porte notamment sur le projet {name}.", "en": "“{title}” covers in particular {name}.", "ru": "Документ «{title}» охватывает, в частности, проект «{name}».", "ar": "يشمل «{title}» على وجه الخصوص مشروع {name}."},
}  # fmt: skip
AGREEMENT_STATUS_SENTENCES = {
    "proposed": {"fr": "La conclusion de « {title} » a été proposée.", "en": "“{title}” has been proposed.", "ru": "Предложено заключить документ «{title}».", "ar": "تم اقتراح «{title}»."},
    "under_negotiation": {"fr": "Les négociations sur « {title} » se poursuivent.", "en": "Talks on “{title}” are continuing.", "ru": "Переговоры по документу «{title}» продолжаются.", "ar": "تتواصل المفاوضات حول «{title}»."},
    "draft": {"fr": "Un projet de texte pour « {title} » est en préparation.", "en": "A draft of “{title}” is being prepared.", "ru": "Готовится проект документа «{title}».", "ar": "يجري إعداد مشروع «{title}»."},
    "finalising": {"fr": "« {title} » est au stade de la finalisation.", "en": "“{title}” is being finalised.", "ru": "Документ «{title}» находится на стадии доработки.", "ar": "«{title}» في مرحلة الاستكمال."},
    "approved": {"fr": "« {title} » a été approuvé.", "en": "“{title}” has been approved.", "ru": "Документ «{title}» одобрен.", "ar": "تمت الموافقة على «{title}»."},
    "signed": {"fr": "« {title} » a été signé.", "en": "“{title}” has been signed.", "ru": "Документ «{title}» подписан.", "ar": "تم توقيع «{title}»."},
    "in_force": {"fr": "« {title} » est en vigueur.", "en": "“{title}” is in force.", "ru": "Документ «{title}» вступил в силу.", "ar": "دخل «{title}» حيز التنفيذ."},
    "expired": {"fr": "« {title} » est arrivé à expiration.", "en": "“{title}” has expired.", "ru": "Срок действия документа «{title}» истёк.", "ar": "انتهت صلاحية «{title}»."},
    "terminated": {"fr": "« {title} » a été résilié.", "en": "“{title}” has been terminated.", "ru": "Документ «{title}» расторгнут.", "ar": "تم فسخ «{title}»."},
    "unknown": {"fr": "Le sort de « {title} » reste incertain.", "en": "The status of “{title}” is unclear.", "ru": "Судьба документа «{title}» неясна.", "ar": "يبقى مصير «{title}» غامضا."},
}  # fmt: skip
EVENT_SENTENCES = {
    ("proposed", False): {"fr": "« {title} » a été proposé {date}.", "en": "“{title}” was proposed {date}.", "ru": "Документ «{title}» был предложен {date}.", "ar": "تم اقتراح «{title}» {date}."},
    ("negotiation_opened", False): {"fr": "Les négociations sur « {title} » ont été ouvertes {date}.", "en": "Talks on “{title}” opened {date}.", "ru": "Переговоры по документу «{title}» начались {date}.", "ar": "انطلقت المفاوضات حول «{title}» {date}."},
    ("approved", False): {"fr": "« {title} » a été approuvé {date}.", "en": "“{title}” was approved {date}.", "ru": "Документ «{title}» одобрен {date}.", "ar": "تمت الموافقة على «{title}» {date}."},
    ("signed", False): {"fr": "« {title} » a été signé {date}.", "en": "“{title}” was signed {date}.", "ru": "Документ «{title}» подписан {date}.", "ar": "تم توقيع «{title}» {date}."},
    ("ratified", False): {"fr": "« {title} » a été ratifié {date}.", "en": "“{title}” was ratified {date}.", "ru": "Документ «{title}» ратифицирован {date}.", "ar": "تمت المصادقة على «{title}» {date}."},
    ("entered_into_force", False): {"fr": "« {title} » est entré en vigueur {date}.", "en": "“{title}” entered into force {date}.", "ru": "Документ «{title}» вступил в силу {date}.", "ar": "دخل «{title}» حيز التنفيذ {date}."},
    ("entered_into_force", True): {"fr": "« {title} » doit entrer en vigueur {date}.", "en": "“{title}” is due to enter into force {date}.", "ru": "Документ «{title}» должен вступить в силу {date}.", "ar": "من المنتظر أن يدخل «{title}» حيز التنفيذ {date}."},
    ("expired", False): {"fr": "« {title} » a expiré {date}.", "en": "“{title}” expired {date}.", "ru": "Срок действия документа «{title}» истёк {date}.", "ar": "انتهت صلاحية «{title}» {date}."},
    ("terminated", False): {"fr": "« {title} » a été résilié {date}.", "en": "“{title}” was terminated {date}.", "ru": "Документ «{title}» расторгнут {date}.", "ar": "تم فسخ «{title}» {date}."},
}  # fmt: skip
# The events an agreement has been through, by status: (type, probability, planned).
EVENT_PLANS: dict[str, list[tuple[str, float, bool]]] = {
    "proposed": [("proposed", 0.8, False)],
    "under_negotiation": [("proposed", 0.5, False), ("negotiation_opened", 1.0, False)],
    "draft": [("negotiation_opened", 0.6, False)],
    "finalising": [("negotiation_opened", 1.0, False)],
    "approved": [("negotiation_opened", 0.5, False), ("approved", 1.0, False)],
    "signed": [("signed", 1.0, False), ("entered_into_force", 0.3, True)],
    "in_force": [("signed", 1.0, False), ("ratified", 0.4, False),
                 ("entered_into_force", 1.0, False)],
    "expired": [("signed", 1.0, False), ("entered_into_force", 0.8, False),
                ("expired", 1.0, False)],
    "terminated": [("signed", 1.0, False), ("terminated", 1.0, False)],
    "unknown": [],
}  # fmt: skip
INSTRUMENT_WORDS = {
    "mou": {"fr": "un mémorandum d’entente", "en": "a memorandum of understanding", "ru": "меморандум о взаимопонимании", "ar": "مذكرة تفاهم"},
    "intergovernmental": {"fr": "un accord intergouvernemental", "en": "an intergovernmental agreement", "ru": "межправительственное соглашение", "ar": "اتفاقا حكوميا"},
    "contract": {"fr": "un contrat", "en": "a contract", "ru": "контракт", "ar": "عقدا"},
    "partnership": {"fr": "un partenariat", "en": "a partnership", "ru": "партнёрство", "ar": "شراكة"},
    "other": {"fr": "une feuille de route", "en": "a roadmap", "ru": "дорожная карта", "ar": "خارطة طريق"},
}  # fmt: skip
AGREEMENT_ROLES = {
    "party": {"fr": "partie", "en": "a party", "ru": "сторона", "ar": "طرف"},
    "signatory": {"fr": "signataire", "en": "a signatory", "ru": "подписант", "ar": "موقع"},
    "guarantor": {"fr": "garant", "en": "a guarantor", "ru": "гарант", "ar": "ضامن"},
    "witness": {"fr": "témoin", "en": "a witness", "ru": "свидетель", "ar": "شاهد"},
}  # fmt: skip
# Agreement titles: {o1}, {o2} organisations, {a}, {b} countries, {sector}, {project}, {year}.
TITLE_TEMPLATES = {
    "mou": {"fr": "Mémorandum d’entente entre {o1} et {o2} dans la filière « {sector} »", "en": "Memorandum of understanding between {o1} and {o2} on {sector}", "ru": "Меморандум о взаимопонимании между {o1} и {o2} в отрасли «{sector}»", "ar": "مذكرة تفاهم بين {o1} و{o2} في قطاع {sector}"},
    "intergovernmental": {"fr": "Accord intergouvernemental {a}–{b} de coopération dans la filière « {sector} »", "en": "{a}–{b} intergovernmental agreement on cooperation in {sector}", "ru": "Межправительственное соглашение {a} — {b} о сотрудничестве в отрасли «{sector}»", "ar": "اتفاق حكومي بين {a} و{b} للتعاون في قطاع {sector}"},
    "contract": {"fr": "Contrat de réalisation du projet {project}", "en": "Contract for the construction of {project}", "ru": "Контракт на строительство объекта «{project}»", "ar": "عقد إنجاز مشروع {project}"},
    "contract_supply": {"fr": "Contrat de fourniture d’équipements pour la filière « {sector} » ({year})", "en": "Equipment supply contract for {sector} ({year})", "ru": "Контракт на поставку оборудования для отрасли «{sector}» ({year})", "ar": "عقد توريد معدات لقطاع {sector} ({year})"},
    "partnership": {"fr": "Partenariat entre {o1} et {o2} pour le projet {project}", "en": "{o1}–{o2} partnership for {project}", "ru": "Партнёрство {o1} и {o2} по проекту «{project}»", "ar": "شراكة بين {o1} و{o2} لإنجاز مشروع {project}"},
    "partnership_sector": {"fr": "Partenariat entre {o1} et {o2} dans la filière « {sector} »", "en": "{o1}–{o2} partnership in {sector}", "ru": "Партнёрство {o1} и {o2} в отрасли «{sector}»", "ar": "شراكة بين {o1} و{o2} في قطاع {sector}"},
    "other": {"fr": "Feuille de route {a}–{b} pour la filière « {sector} » ({year})", "en": "{a}–{b} roadmap for {sector} ({year})", "ru": "Дорожная карта {a} — {b} в отрасли «{sector}» ({year})", "ar": "خارطة طريق {a} - {b} لقطاع {sector} ({year})"},
}  # fmt: skip

for _table in (
    PROJECT_STATUS_SENTENCES,
    DATE_SENTENCES,
    PROJECT_SENTENCES,
    AGREEMENT_SENTENCES,
    AGREEMENT_STATUS_SENTENCES,
    EVENT_SENTENCES,
    TITLE_TEMPLATES,
):
    for _by_lang in _table.values():
        _by_lang["fr"] = french(_by_lang["fr"])

FILLERS = {
    "fr": ("Selon le ministre, les perspectives de renforcement de la coopération industrielle entre les deux pays sont larges et diversifiées.", "Les deux parties ont passé en revue l’état d’avancement des projets communs.", "D’autres projets de partenariat sont à l’étude, a-t-on appris.", "La commission mixte se réunira de nouveau l’année prochaine.", "Aucun calendrier précis n’a été communiqué."),
    "en": ("Officials said the prospects for industrial cooperation between the two countries were broad.", "Both sides reviewed progress on their joint projects.", "Further partnership projects are under study, the minister said.", "The joint commission is due to meet again next year.", "No detailed timetable was given."),
    "ru": ("Перспективы промышленного сотрудничества между двумя странами широки и разнообразны.", "Стороны обсудили ход реализации совместных проектов.", "По словам министра, изучаются и другие проекты.", "Межправительственная комиссия соберётся вновь в следующем году.", "Подробный график работ не раскрывается."),
    "ar": ("أكد الوزير أن آفاق التعاون الصناعي بين البلدين واسعة ومتنوعة.", "استعرض الطرفان مدى تقدم المشاريع المشتركة.", "وأضاف الوزير أن مشاريع شراكة أخرى قيد الدراسة.", "ستجتمع اللجنة المشتركة مجددا العام المقبل.", "لم يتم الإعلان عن جدول زمني دقيق."),
}  # fmt: skip
SOURCE_TITLES = {
    "fr": ("Coopération industrielle : le point sur les projets en cours", "Partenariats : plusieurs projets passés en revue", "Investissements étrangers : de nouveaux accords en vue", "Commission mixte : les projets communs avancent"),
    "en": ("Industrial cooperation: where the joint projects stand", "Partners review joint projects", "New agreements expected as investment grows", "Joint commission reviews progress"),
    "ru": ("Промышленное сотрудничество: как продвигаются совместные проекты", "Стороны обсудили совместные проекты", "Новые соглашения и инвестиции", "Межправкомиссия подвела итоги"),
    "ar": ("التعاون الصناعي: أين وصلت المشاريع المشتركة", "استعراض مشاريع الشراكة", "اتفاقات جديدة في الأفق", "اللجنة المشتركة تستعرض تقدم المشاريع"),
}  # fmt: skip
PUBLISHERS = {
    "fr": [("APS", "aps"), ("El Watan", "elwatan"), ("L’Expression", "lexpression"), ("Le Quotidien d’Oran", "lqo"), ("Liberté", "liberte"), ("Jeune Afrique", "jeuneafrique"), ("Le360", "le360")],
    "en": [("Reuters", "reuters"), ("Interfax", "interfax"), ("Daily News Egypt", "dne"), ("The Hindu BusinessLine", "hbl"), ("Hürriyet Daily News", "hdn"), ("Viet Nam News", "vnn"), ("Gazeta.uz", "gazetauz")],
    "ru": [("ТАСС", "tass"), ("РИА Новости", "ria"), ("Интерфакс", "interfax-ru"), ("Коммерсантъ", "kommersant"), ("Ведомости", "vedomosti"), ("РБК", "rbc")],
    "ar": [("الشروق", "echorouk"), ("الخبر", "elkhabar"), ("الأهرام", "ahram"), ("وكالة الأنباء الجزائرية", "aps-ar"), ("الشرق الأوسط", "aawsat")],
}  # fmt: skip
PROJECT_NOTES = (
    "Figures as announced; no independent confirmation.",
    "The source gives no date for the start of works.",
    "Roles inferred from the signing ceremony described in the source.",
    "Location given only at regional level.",
    "Capacity refers to the first phase only.",
    "The name is kept as written in the source; other spellings occur in the press.",
)
PROJECT_FLAGS = (
    "Capacity stated in two different units in the source; recorded as stated.",
    "The source calls the project both approved and under study; recorded as stated.",
    "The jobs figure may include the construction phase.",
    "Dates differ between sources; see the claims.",
    "Announced twice, in two different years; recorded as stated.",
)
AGREEMENT_NOTES = (
    "The text of the agreement has not been published.",
    "Parties named only in the ministry's press release.",
    "Signed on the sidelines of the joint commission.",
    "Scope described only in general terms.",
)
AGREEMENT_FLAGS = (
    "Called both a memorandum and an agreement in the source; recorded as stated.",
    "The signing date differs between sources; see the claims.",
)


def local_text(by_lang: dict[str, str]) -> dict[str, str]:
    """The same texts in the fixed order of LANGS (then any other language)."""
    ordered = {lang: by_lang[lang] for lang in LANGS if lang in by_lang}
    ordered.update((lang, text) for lang, text in by_lang.items() if lang not in ordered)
    return ordered


def text_in(text: dict[str, str], lang: str) -> str:
    """The text in ``lang``, else English, else French, else the first one."""
    return text.get(lang) or text.get("en") or text.get("fr") or next(iter(text.values()))


def date_value(raw: str, earliest: str | None, latest: str | None, planned: bool) -> Doc:
    return {
        "raw": raw,
        "earliest": earliest,
        "latest": latest,
        "planned": planned,
        "estimate": False,
    }


class Generator:
    """Everything drawn from one ``random.Random(seed)`` in a fixed order."""

    def __init__(self, n_projects: int, seed: int, records_per_source: int) -> None:
        self.rng = random.Random(seed)
        self.n_projects = n_projects
        self.n_agreements = n_projects // 2
        self.records_per_source = records_per_source
        self.sources: list[Doc] = []
        self.paragraphs: list[list[str]] = []
        self.sources_by_lang: dict[str, list[int]] = {lang: [] for lang in LANGS}
        self.sectors: list[Doc] = []
        self.orgs: list[Doc] = []
        self.org_by_id: dict[str, Doc] = {}
        self.orgs_by_activity: dict[tuple[str, str], list[str]] = {}
        self.orgs_by_kind: dict[tuple[str, str], list[str]] = {}
        self.orgs_by_remit: dict[tuple[str, str, str], list[str]] = {}
        self.orgs_by_country: dict[str, list[str]] = {}
        self.projects: list[Doc] = []
        self.project_meta: list[Doc] = []
        self.projects_by_pair: dict[tuple[str, str], list[int]] = {}
        self.agreements: list[Doc] = []
        self.agreement_meta: list[Doc] = []
        self.claims_projects: list[Doc] = []
        self.claims_agreements: list[Doc] = []
        self.hostile_count = 0

    # -- the whole database ---------------------------------------------------------------
    def bundle(self) -> Doc:
        self.make_sectors()
        self.make_orgs()
        self.make_sources()
        for index in range(self.n_projects):
            self.make_project(index)
        for index in range(self.n_agreements):
            self.make_agreement(index)
        for index in range(self.n_projects):
            self.claim_project(index)
        for index in range(self.n_agreements):
            self.claim_agreement(index)
        self.finish_sources()
        return {
            "schema": SCHEMA,
            "sources": self.sources,
            "sectors": sorted(self.sectors, key=lambda doc: doc["id"]),
            "orgs": sorted(self.orgs, key=lambda doc: doc["id"]),
            "projects": self.projects,
            "agreements": self.agreements,
            "claims": self.claims_agreements + self.claims_projects,
        }

    # -- reference data ---------------------------------------------------------------------
    def make_sectors(self) -> None:
        for key, parent, en, fr, _ru, _ar, isic, nace, crs, _act in SECTORS:
            self.sectors.append(
                {
                    "id": f"sec-{key}",
                    "name": {"en": en, "fr": fr},
                    "parent": f"sec-{parent}" if parent else None,
                    "codes": {"isic": isic, "nace": nace, "crs": crs},
                }
            )

    def add_org(
        self,
        org_id: str,
        name: dict[str, str],
        acronym: str | None,
        kind: str,
        country: str,
        parent: str | None,
        activities: tuple[str, ...],
    ) -> None:
        doc = {
            "id": org_id,
            "name": local_text(name),
            "acronym": acronym,
            "kind": kind,
            "country": country,
            "parent": parent,
        }
        self.orgs.append(doc)
        self.org_by_id[org_id] = doc
        self.orgs_by_country.setdefault(country, []).append(org_id)
        self.orgs_by_kind.setdefault((country, kind), []).append(org_id)
        if kind in ("ministry", "agency"):
            # Public bodies by remit; "" holds those with a general one (investment, trade).
            for activity in activities or ("",):
                self.orgs_by_remit.setdefault((country, kind, activity), []).append(org_id)
        if kind != "ministry":
            for activity in activities:
                self.orgs_by_activity.setdefault((country, activity), []).append(org_id)

    def make_orgs(self) -> None:
        for row in CURATED_ORGS:
            self.add_org(*row)
        top_companies: dict[str, list[str]] = {}
        for org_id, _, _, kind, country, parent, _ in CURATED_ORGS:
            if kind == "company" and parent is None and "hostile" not in org_id:
                top_companies.setdefault(country, []).append(org_id)
        rng = self.rng
        for number in range(1, max(50, self.n_projects // 40) + 1):
            country = ORG_COUNTRIES.pick(rng)
            kind = ORG_KINDS.pick(rng)
            activity = rng.choice(ACTIVITIES)
            name = self.org_name(country, kind, activity)
            parent = None
            if kind == "company" and rng.random() < 0.1 and top_companies.get(country):
                parent = rng.choice(top_companies[country])
            self.add_org(
                f"org-{country.lower()}-{number:05d}",
                name,
                None,
                kind,
                country,
                parent,
                (activity,),
            )

    def org_name(self, country: str, kind: str, activity: str) -> dict[str, str]:
        rng = self.rng
        words = ACTIVITY_WORDS[activity]
        region = rng.choice(PLACES[country])[0]
        if kind == "institute":
            if country == "DZ":
                return {
                    "fr": f"Centre de recherche en {words['field_fr']} {fr_de(region)}",
                    "ar": f"مركز البحث في {words['ar']}",
                }
            if country == "RU":
                return {
                    "ru": f"НИИ {words['field_ru']} ({region})",
                    "en": f"Research Institute of {words['field_en']}",
                }
            if country in ("MA", "FR"):
                return {"fr": f"Institut de {words['field_fr']} {fr_de(region)}"}
            return {"en": f"{region} Institute of {words['field_en']}"}
        if kind == "agency":
            if country in ("DZ", "MA", "FR"):
                return {"fr": f"Agence de développement {fr_de(region)}"}
            if country == "RU":
                return {"ru": f"Агентство развития ({region})", "en": "Regional Development Agency"}
            return {"en": f"{region} Development Agency"}
        if kind == "other":
            if country in ("DZ", "MA", "FR"):
                return {"fr": f"Chambre de commerce et d’industrie {fr_de(region)}"}
            if country == "RU":
                return {
                    "ru": f"Торгово-промышленная палата ({region})",
                    "en": "Chamber of Commerce and Industry",
                }
            return {"en": f"{region} Chamber of Commerce"}
        # companies
        if country == "DZ":
            family, family_ar = rng.choice(FAMILY_NAMES["DZ"])
            form = rng.choice(("SPA", "SARL", "EURL", "Groupe"))
            fr = (
                f"Groupe {family} {words['fr']}"
                if form == "Groupe"
                else f"{form} {family} {words['fr']}"
            )
            name = {"fr": fr}
            if rng.random() < 0.4:
                name["ar"] = f"شركة {family_ar} - {words['ar']}"
            return name
        if country == "RU":
            root, root_lat = rng.choice(RU_ROOTS)
            form, form_en = rng.choice(RU_FORMS)
            name = {"ru": f"{form} «{root}{words['ru'].lower()}»"}
            if rng.random() < 0.6:
                name["en"] = f"{root_lat}{words['ru_lat'].lower()} {form_en}"
            return name
        if country == "CN":
            city, city_en = rng.choice(CN_CITIES)
            return {
                "zh": f"{city}{words['zh']}集团有限公司",
                "en": f"{city_en} {words['en']} Group Co., Ltd.",
            }
        if country == "VN":
            place = rng.choice(VN_PLACES)
            return {
                "vi": f"Công ty Cổ phần {words['vi']} {place}",
                "en": f"{place} {words['en']} JSC",
            }
        if country == "UZ":
            return {"en": f"{rng.choice(UZ_PLACES)} {words['en']} JSC"}
        family, family_ar = rng.choice(FAMILY_NAMES[country])
        if country in ("EG", "QA"):
            return {
                "en": f"{family} {words['en']} Company",
                "ar": f"شركة {family_ar} - {words['ar']}",
            }
        if country == "TR":
            return {"tr": f"{family} {words['tr']} A.Ş."}
        if country == "IT":
            return {"it": f"{family} {words['it']} S.p.A."}
        if country == "IN":
            return {"en": f"{family} {words['en']} Ltd"}
        if country == "MA":
            return {
                "fr": f"Groupe {family} {words['fr']}",
                "ar": f"مجموعة {family_ar} - {words['ar']}",
            }
        return {"fr": f"{family} {words['fr']} SAS"}

    def make_sources(self) -> None:
        rng = self.rng
        records = self.n_projects + self.n_agreements
        count = max(1, round(records / self.records_per_source))
        for index in range(count):
            lang = LANGS[index] if index < len(LANGS) else SOURCE_LANGS.pick(rng)
            publisher, slug = rng.choice(PUBLISHERS[lang])
            year, month = rng.randint(2016, 2025), rng.randint(1, 12)
            day = rng.randint(1, calendar.monthrange(year, month)[1])
            iso = f"{year:04d}-{month:02d}-{day:02d}"
            number = index + 1
            self.sources.append(
                {
                    "id": f"src-{number:06d}",
                    "title": rng.choice(SOURCE_TITLES[lang]),
                    "publisher": publisher,
                    "url": f"https://{slug}.example/{year}/{month:02d}/{day:02d}/article-{number}",
                    "lang": lang,
                    "published": date_value(iso, iso, iso, False),
                    "text": "",
                    "sha256": None,
                }
            )
            self.paragraphs.append([rng.choice(FILLERS[lang])])
            self.sources_by_lang[lang].append(index)

    def pick_source(self, langs: list[str]) -> int:
        """A source in one of ``langs`` (weighted towards the first ones listed)."""
        available = [lang for lang in langs if self.sources_by_lang[lang]]
        if not available:
            available = [lang for lang in LANGS if self.sources_by_lang[lang]]
        lang = available[min(int(self.rng.random() ** 2 * len(available)), len(available) - 1)]
        return self.rng.choice(self.sources_by_lang[lang])

    def other_source(self, index: int) -> int:
        if len(self.sources) == 1:
            return index
        other = self.rng.randrange(len(self.sources) - 1)
        return other + 1 if other >= index else other

    def pick_org(self, country: str, what: str, activity: str, rng: random.Random) -> str | None:
        """An organisation of ``country`` fit for ``what``: a ministry or agency with the remit
        for ``activity``, a financier (a general agency), or a company in ``activity``."""
        pool: list[str] | None
        if what in ("ministry", "agency"):
            pool = self.orgs_by_remit.get((country, what, activity))
            if not pool or rng.random() < 0.2:
                pool = self.orgs_by_remit.get((country, what, "")) or pool
        elif what == "financier":
            pool = self.orgs_by_remit.get((country, "agency", ""))
        else:
            pool = self.orgs_by_activity.get((country, activity))
            if not pool or rng.random() < 0.15:
                pool = self.orgs_by_kind.get((country, "company"))
        pool = (
            pool or self.orgs_by_kind.get((country, "company")) or self.orgs_by_country.get(country)
        )
        return rng.choice(pool) if pool else None

    # -- projects ---------------------------------------------------------------------------
    def make_project(self, index: int) -> None:
        rng = self.rng
        number = index + 1
        if index < len(ALL_PLACES):  # every place appears at least once
            host, region_index = ALL_PLACES[index]
            pairs = [pair for pair in PAIRS.items if host in pair]
            pair = pairs[index % len(pairs)]
            partner = pair[1] if pair[0] == host else pair[0]
            region, localities = PLACES[host][region_index]
            locality: str | None = localities[0]
        else:
            pair = PAIRS.pick(rng)
            host, partner = pair if rng.random() < 0.75 else (pair[1], pair[0])
            region, localities = rng.choice(PLACES[host])
            locality = rng.choice(localities) if rng.random() < 0.6 else None
        status = PROJECT_STATUSES[index] if index < len(PROJECT_STATUSES) else None
        status = status or PROJECT_STATUS_WEIGHTS.pick(rng)
        primary = PRIMARY_SECTORS.pick(rng)
        activity = SECTOR_BY_ID[primary][9]

        langs = ["en"]
        for code, chance in ((host, 1.0), (partner, 0.3)):
            if code in LOCAL_LANG and rng.random() < chance:
                langs.append(LOCAL_LANG[code])
            if code in EXTRA_LOCAL_LANG and rng.random() < chance * 0.3:
                langs.append(EXTRA_LOCAL_LANG[code])
        source = self.pick_source([lang for lang in LANGS if lang in langs[1:]] + ["en"])
        lang = self.sources[source]["lang"]

        name = self.project_name(index, primary, locality or region, langs, lang)
        sectors = [{"sector": f"sec-{primary}", "primary": True}]
        parent = SECTOR_BY_ID[primary][1]
        if parent and rng.random() < 0.3:
            sectors.append({"sector": f"sec-{parent}", "primary": False})
        if rng.random() < 0.1:
            extra = PRIMARY_SECTORS.pick(rng)
            if all(ref["sector"] != f"sec-{extra}" for ref in sectors):
                sectors.append({"sector": f"sec-{extra}", "primary": False})

        roll = 1.0 if index < len(ALL_PLACES) else rng.random()
        location: Doc | None
        if roll < 0.05:
            location = None
        elif roll < 0.10:
            location = {"country": host, "region": None, "locality": None}
        else:
            location = {"country": host, "region": region, "locality": locality}

        dates, phrases = self.project_dates(status, lang)
        capacity, jobs = self.project_figures(primary, lang)
        components = self.project_components()
        parties = self.project_parties(host, partner, activity)
        flags = [rng.choice(PROJECT_FLAGS)] if rng.random() < 0.08 else []
        notes = rng.choice(PROJECT_NOTES) if rng.random() < 0.2 else None
        self.projects.append(
            {
                "id": f"prj-{number:06d}",
                "name": name,
                "sectors": sectors,
                "countries": list(pair),
                "location": location,
                "status": status,
                "dates": dates,
                "capacity": capacity,
                "jobs": jobs,
                "components": components,
                "parties": parties,
                "agreements": [],
                "flags": flags,
                "notes": notes,
            }
        )
        self.project_meta.append({"source": source, "lang": lang, "phrases": phrases})
        self.projects_by_pair.setdefault(pair, []).append(index)

    def project_name(
        self, index: int, sector: str, place: str, langs: list[str], lang: str
    ) -> dict[str, str]:
        """The name in the languages of the countries involved and of the source; about one
        project in a hundred gets a hostile one."""
        rng = self.rng
        if index % 97 == 7:
            hostile = HOSTILE_NAMES[self.hostile_count % len(HOSTILE_NAMES)]
            self.hostile_count += 1
            return {("fr" if "fr" in langs else "en"): hostile}
        fr, en, ru, ar = rng.choice(NAME_TEMPLATES[sector])
        phase = rng.randint(2, 3) if rng.random() < 0.15 else 0
        by_lang = {
            "fr": fr.format(de=fr_de(place)),
            "en": en.format(p=place),
            "ru": ru.format(p=place),
            "ar": ar.format(p=place),
        }
        return {
            code: by_lang[code] + (PHASE[code].format(n=phase) if phase else "")
            for code in LANGS
            if code in langs or code == lang
        }

    def project_figures(self, sector: str, lang: str) -> tuple[list[Doc], list[Doc]]:
        """Capacity and jobs as the source states them, in its language."""
        rng = self.rng
        unit, low, high = CAPACITY[sector]
        roll = rng.random()
        capacity = [
            quantity(rng, lang, unit, low, high, UNIT_WORDS[unit][lang])
            for _ in range(0 if roll < 0.25 else 1 if roll < 0.9 else 2)
        ]
        roll = rng.random()
        job_types: tuple[str, ...] = (
            () if roll < 0.35 else ("direct",) if roll < 0.65 else ("total",)
        )
        if roll >= 0.8:
            job_types = ("direct", rng.choice(("indirect", "total")))
        jobs = []
        for job_type in job_types:
            jlow, jhigh = JOB_RANGES[job_type]
            words = JOB_WORDS[lang][job_type]
            jobs.append(quantity(rng, lang, "jobs", jlow, jhigh, words, job_type=job_type))
        return capacity, jobs

    def project_components(self) -> list[Doc]:
        rng = self.rng
        if rng.random() >= 0.08:
            return []
        components = []
        for _ in range(rng.randint(1, 2)):
            other = PRIMARY_SECTORS.pick(rng)
            components.append(
                {
                    "name": {
                        "en": f"{sector_name(other, 'en')} production unit",
                        "fr": f"Unité de production ({sector_name(other, 'fr')})",
                    },
                    "sector": f"sec-{other}",
                    "note": rng.choice((None, "One of the units the source lists.")),
                }
            )
        return components

    def project_dates(self, status: str, lang: str) -> tuple[Doc, dict[str, str]]:
        """Dates that fit the status: past ones for what happened, planned ones for the rest."""
        rng = self.rng
        start = rng.randint(2012, TODAY_YEAR)

        def past(offset_low: int, offset_high: int) -> int:
            return min(start + rng.randint(offset_low, offset_high), TODAY_YEAR)

        def future(low: int, high: int) -> int:
            return rng.randint(TODAY_YEAR + low, TODAY_YEAR + high)

        wanted: list[tuple[str, int, bool]] = []  # (field, year, planned)
        if status == "announced":
            wanted.append(("announced", start, False))
        elif status == "approved":
            if rng.random() < 0.5:
                wanted.append(("announced", start, False))
            wanted.append(("approved", past(0, 1), False))
        elif status == "pre_construction":
            wanted += [("approved", past(0, 1), False), ("construction_start", future(1, 3), True)]
        elif status == "construction":
            if rng.random() < 0.4:
                wanted.append(("approved", start, False))
            wanted += [
                ("construction_start", past(1, 2), False),
                ("operation_start", future(1, 5), True),
            ]
        elif status == "commissioning":
            wanted += [
                ("construction_start", past(0, 2), False),
                ("operation_start", future(0, 2), True),
            ]
        elif status == "operating":
            if rng.random() < 0.5:
                wanted.append(("construction_start", start, False))
            wanted.append(("operation_start", past(1, 4), False))
        elif status == "suspended":
            wanted.append(("approved", start, False))
            if rng.random() < 0.5:
                wanted.append(("construction_start", past(1, 2), False))
        elif status == "cancelled":
            wanted.append(("announced", start, False))
            if rng.random() < 0.3:
                wanted.append(("approved", past(0, 1), False))
        elif rng.random() < 0.4:
            wanted.append(("announced", start, False))
        dates: Doc = {}
        phrases: dict[str, str] = {}
        for field, year, planned in wanted:
            raw, phrase, earliest, latest = date_words(rng, lang, year, planned=planned)
            doc = date_value(raw, earliest, latest, planned)
            if earliest is not None and rng.random() < 0.05:
                doc["estimate"] = True
            dates[field], phrases[field] = doc, phrase
        return dates, phrases

    def project_parties(self, host: str, partner: str, activity: str) -> list[Doc]:
        rng = self.rng
        count = PARTY_COUNTS.pick(rng)
        parties: list[Doc] = []
        seen: list[str] = []
        for _ in range(count):
            role, side, what = ROLE_PLAN.pick(rng)
            country = {"host": host, "partner": partner}.get(side) or rng.choice((host, partner))
            if what == "act":
                org = self.pick_org(country, "company", activity, rng)
            else:
                org = self.pick_org(country, what, activity, rng)
            if org is None or org in seen:
                continue
            seen.append(org)
            parties.append({"org": org, "role": role})
        return parties

    # -- agreements -------------------------------------------------------------------------
    def make_agreement(self, index: int) -> None:
        rng = self.rng
        number = index + 1
        agreement_id = f"agr-{number:06d}"
        pair = PAIRS.pick(rng)
        instrument = INSTRUMENTS.pick(rng)
        if index < len(AGREEMENT_STATUSES):
            status = AGREEMENT_STATUSES[index]
        else:
            status = AGREEMENT_STATUS_WEIGHTS.pick(rng)
        # Projects of the same two countries; an agreement may cover several.
        same_pair = self.projects_by_pair.get(pair, [])
        linked: list[int] = []
        for _ in range(LINKED_PROJECTS[instrument].pick(rng) if same_pair else 0):
            candidate = rng.choice(same_pair)
            if candidate not in linked:
                linked.append(candidate)
        linked.sort()
        for project_index in linked:
            self.projects[project_index]["agreements"].append(agreement_id)

        sectors: list[str] = []
        for project_index in linked:
            ref = self.projects[project_index]["sectors"][0]["sector"]
            if ref not in sectors:
                sectors.append(ref)
        if not sectors:
            sectors.append(f"sec-{PRIMARY_SECTORS.pick(rng)}")
        main_sector = sectors[0][4:]
        activity = SECTOR_BY_ID[main_sector][9]
        if rng.random() < 0.2 and SECTOR_BY_ID[main_sector][1]:
            parent = f"sec-{SECTOR_BY_ID[main_sector][1]}"
            if parent not in sectors:
                sectors.append(parent)

        parties = self.agreement_parties(pair, instrument, activity)

        langs = ["en"]
        for code in pair:
            if code in LOCAL_LANG:
                langs.append(LOCAL_LANG[code])
            if code in EXTRA_LOCAL_LANG and rng.random() < 0.3:
                langs.append(EXTRA_LOCAL_LANG[code])
        source = self.pick_source([lang for lang in LANGS if lang in langs[1:]] + ["en"])
        lang = self.sources[source]["lang"]
        if lang not in langs:
            langs.append(lang)
        year = rng.randint(2012, TODAY_YEAR)
        title = self.agreement_title(
            index, instrument, pair, parties, linked, main_sector, langs, lang, year
        )
        events, phrases = self.agreement_events(status, lang, year)

        self.agreements.append(
            {
                "id": agreement_id,
                "title": title,
                "instrument": instrument,
                "countries": list(pair),
                "parties": parties,
                "status": status,
                "events": events,
                "sectors": sectors,
                "projects": [self.projects[i]["id"] for i in linked],
                "flags": [rng.choice(AGREEMENT_FLAGS)] if rng.random() < 0.05 else [],
                "notes": rng.choice(AGREEMENT_NOTES) if rng.random() < 0.15 else None,
            }
        )
        self.agreement_meta.append(
            {"source": source, "lang": lang, "phrases": phrases, "linked": linked}
        )

    def agreement_parties(self, pair: tuple[str, str], instrument: str, activity: str) -> list[Doc]:
        """One party per side fit for the instrument (ministries sign intergovernmental
        agreements, companies contracts), now and then a financier; a few name nobody."""
        rng = self.rng
        parties: list[Doc] = []
        if rng.random() < 0.05:
            return parties
        a, b = pair
        # (country, what kind of body, in which activity)
        wanted: list[tuple[str, str, str]]
        if instrument in ("intergovernmental", "other"):
            wanted = [(a, "ministry", activity), (b, "ministry", activity)]
        elif instrument == "contract":
            other = rng.choice((activity, "construction"))
            wanted = [(a, "company", activity), (b, "company", other)]
        elif instrument == "mou":
            wanted = [
                (code, rng.choice(("company", "agency", "institute")), activity) for code in pair
            ]
        else:
            wanted = [(a, "company", activity), (b, "company", activity)]
        if rng.random() < 0.15:
            wanted.append((rng.choice(pair), "financier", activity))
        seen: list[str] = []
        for position, (country, what, field) in enumerate(wanted):
            if what == "institute":
                pool = self.orgs_by_kind.get((country, "institute"))
                org = rng.choice(pool) if pool else self.pick_org(country, "agency", field, rng)
            else:
                org = self.pick_org(country, what, field, rng)
            if org is None or org in seen:
                continue
            seen.append(org)
            role = "party" if position < 2 else rng.choice(("guarantor", "witness"))
            if position < 2 and rng.random() < 0.2:
                role = "signatory"
            parties.append({"org": org, "role": role})
        return parties

    def agreement_title(
        self,
        index: int,
        instrument: str,
        pair: tuple[str, str],
        parties: list[Doc],
        linked: list[int],
        sector_key: str,
        langs: list[str],
        lang: str,
        year: int,
    ) -> dict[str, str]:
        """The title in each language, naming the parties, the project or the sector; about
        one agreement in a hundred gets a hostile one, in the source's language."""
        if index % 89 == 5:
            hostile = HOSTILE_NAMES[self.hostile_count % len(HOSTILE_NAMES)]
            self.hostile_count += 1
            return {lang: hostile}
        title = {}
        for code in LANGS:
            if code not in langs:
                continue
            org_names = [self.short_org_name(party["org"], code) for party in parties]
            while len(org_names) < 2:  # no named party: the countries stand in
                org_names.append(country_name(pair[len(org_names)], code))
            project = text_in(self.projects[linked[0]]["name"], code) if linked else ""
            key = instrument
            if instrument == "contract" and not linked:
                key = "contract_supply"
            elif instrument == "partnership" and not linked:
                key = "partnership_sector"
            sector = sector_name(sector_key, code)
            title[code] = TITLE_TEMPLATES[key][code].format(
                o1=org_names[0],
                o2=org_names[1],
                a=country_name(pair[0], code),
                b=country_name(pair[1], code),
                project=project,
                year=year,
                sector=sector.lower() if code == "en" else sector,
            )
        return title

    def agreement_events(self, status: str, lang: str, year: int) -> tuple[list[Doc], list[str]]:
        """The steps an agreement went through to reach ``status``, dated from ``year``."""
        rng = self.rng
        events: list[Doc] = []
        phrases: list[str] = []
        when = year
        for event_type, chance, planned in EVENT_PLANS[status]:
            if rng.random() >= chance:
                continue
            if planned:
                event_year = rng.randint(TODAY_YEAR + 1, TODAY_YEAR + 3)
            else:
                step = rng.randint(3, 5) if event_type == "expired" else rng.randint(0, 1)
                when = min(when + step, TODAY_YEAR)
                event_year = when
            raw, phrase, earliest, latest = date_words(rng, lang, event_year, planned=planned)
            events.append({"type": event_type, "date": date_value(raw, earliest, latest, planned)})
            phrases.append(phrase)
        return events, phrases

    def short_org_name(self, org_id: str, lang: str) -> str:
        org = self.org_by_id[org_id]
        name = text_in(org["name"], lang)
        acronym: str | None = org["acronym"]
        return acronym if acronym and len(name) > 45 else name

    # -- claims: about three per record, each quoting one sentence of a source ---------------
    def claim_project(self, index: int) -> None:
        rng = self.rng
        project = self.projects[index]
        meta = self.project_meta[index]
        keys: list[tuple[str, Any]] = [("name", None), ("status", None), ("countries", None)]
        keys += [("sectors", i) for i in range(len(project["sectors"]))]
        if project["location"] is not None:
            keys.append(("location", None))
        keys += [("dates", field) for field in project["dates"]]
        keys += [("capacity", i) for i in range(len(project["capacity"]))]
        keys += [("jobs", i) for i in range(len(project["jobs"]))]
        keys += [("parties", i) for i in range(len(project["parties"]))]
        keys += [("agreements", i) for i in range(len(project["agreements"]))]
        chosen = rng.sample(keys, CLAIM_COUNTS.pick(rng))
        facts = [self.project_fact(project, meta, key, meta["lang"]) for key in chosen]
        self.emit_claims(
            project["id"],
            facts,
            meta["source"],
            self.claims_projects,
            lambda key, lang: self.project_conflict(project, meta, key, lang),
            chosen,
        )

    def claim_agreement(self, index: int) -> None:
        rng = self.rng
        agreement = self.agreements[index]
        meta = self.agreement_meta[index]
        keys: list[tuple[str, Any]] = [
            ("title", None),
            ("instrument", None),
            ("status", None),
            ("countries", None),
        ]
        keys += [("parties", i) for i in range(len(agreement["parties"]))]
        keys += [("events", i) for i in range(len(agreement["events"]))]
        keys += [("sectors", i) for i in range(len(agreement["sectors"]))]
        keys += [("projects", i) for i in range(len(agreement["projects"]))]
        chosen = rng.sample(keys, CLAIM_COUNTS.pick(rng))
        facts = [self.agreement_fact(agreement, meta, key, meta["lang"]) for key in chosen]
        self.emit_claims(
            agreement["id"],
            facts,
            meta["source"],
            self.claims_agreements,
            lambda key, lang: self.agreement_conflict(agreement, key, lang),
            chosen,
        )

    def emit_claims(
        self,
        subject: str,
        facts: list[tuple[str, Any, str]],
        source: int,
        out: list[Doc],
        conflict: Any,
        keys: list[tuple[str, Any]],
    ) -> None:
        rng = self.rng
        paragraph: list[str] = []
        number = 0
        for field, value, sentence in facts:
            number += 1
            paragraph.append(sentence)
            out.append(
                {
                    "id": f"clm-{subject}-{number}",
                    "subject": subject,
                    "field": field,
                    "value": value,
                    "source": self.sources[source]["id"],
                    "quote": sentence,
                    "rank": "normal" if rng.random() < 0.1 else "preferred",
                    "note": None,
                }
            )
        self.paragraphs[source].append(" ".join(paragraph))
        if rng.random() < 0.15:
            self.paragraphs[source].append(rng.choice(FILLERS[self.sources[source]["lang"]]))
        # Now and then another source disagrees on one of the facts.
        if rng.random() < 0.05:
            candidates = [
                i
                for i, key in enumerate(keys)
                if key[0] in ("status", "dates", "capacity", "jobs", "events")
            ]
            if not candidates:
                return
            position = rng.choice(candidates)
            other = self.other_source(source)
            lang = self.sources[other]["lang"]
            field, value, sentence = conflict(keys[position], lang)
            preferred = out[-len(facts) + position]
            preferred["rank"] = "preferred"
            number += 1
            out.append(
                {
                    "id": f"clm-{subject}-{number}",
                    "subject": subject,
                    "field": field,
                    "value": value,
                    "source": self.sources[other]["id"],
                    "quote": sentence,
                    "rank": rng.choice(("normal", "deprecated")),
                    "note": f"Disagrees with {preferred['id']}; the preferred claim is kept.",
                }
            )
            self.paragraphs[other].append(sentence)

    def project_fact(
        self, project: Doc, meta: Doc, key: tuple[str, Any], lang: str
    ) -> tuple[str, Any, str]:
        kind, which = key
        name = text_in(project["name"], lang)
        if kind == "name":
            return "name", project["name"], PROJECT_SENTENCES["name"][lang].format(name=name)
        if kind == "status":
            status = project["status"]
            return "status", status, PROJECT_STATUS_SENTENCES[status][lang].format(name=name)
        if kind == "countries":
            a, b = project["countries"]
            sentence = PROJECT_SENTENCES["countries"][lang].format(
                name=name,
                a=country_name(a, lang, article=True),
                b=country_name(b, lang, article=True),
            )
            return "countries", project["countries"], sentence
        if kind == "sectors":
            ref = project["sectors"][which]
            sector = sector_name(ref["sector"][4:], lang)
            template = PROJECT_SENTENCES["sector_primary" if ref["primary"] else "sector_other"]
            sector = sector.lower() if lang == "en" else sector
            return "sectors", ref, template[lang].format(name=name, sector=sector)
        if kind == "location":
            location = project["location"]
            region, locality = location["region"], location["locality"]
            dz = "_dz" if location["country"] == "DZ" else ""
            if region is None:
                template = PROJECT_SENTENCES["location_country"]
            elif locality is None:
                template = PROJECT_SENTENCES["location_region" + dz]
            else:
                template = PROJECT_SENTENCES["location_locality" + dz]
            sentence = template[lang].format(
                name=name,
                region=region,
                locality=locality,
                de_region=fr_de(region) if region else "",
                country=country_name(location["country"], lang),
                in_country=COUNTRIES[location["country"]][2],
            )
            return "location", location, sentence
        if kind == "dates":
            date = project["dates"][which]
            sentence = DATE_SENTENCES[(which, date["planned"])][lang].format(
                name=name, date=meta["phrases"][which]
            )
            return f"dates.{which}", date, sentence
        if kind == "capacity":
            figure = project["capacity"][which]
            template = PROJECT_SENTENCES["capacity_estimate" if figure["estimate"] else "capacity"]
            return "capacity", figure, template[lang].format(name=name, q=figure["raw"])
        if kind == "jobs":
            figure = project["jobs"][which]
            return (
                "jobs",
                figure,
                PROJECT_SENTENCES["jobs"][lang].format(name=name, q=figure["raw"]),
            )
        if kind == "parties":
            party = project["parties"][which]
            sentence = PROJECT_SENTENCES["party"][lang].format(
                org=text_in(self.org_by_id[party["org"]]["name"], lang),
                name=name,
                role=PROJECT_ROLES[party["role"]][lang],
            )
            return "parties", party, sentence
        agreement_id = project["agreements"][which]
        agreement = self.agreements[int(agreement_id[4:]) - 1]
        sentence = PROJECT_SENTENCES["agreement"][lang].format(
            name=name, title=text_in(agreement["title"], lang)
        )
        return "agreements", agreement_id, sentence

    def project_conflict(
        self, project: Doc, meta: Doc, key: tuple[str, Any], lang: str
    ) -> tuple[str, Any, str]:
        """What another source says about the same fact, differently."""
        rng = self.rng
        kind, which = key
        name = text_in(project["name"], lang)
        if kind == "status":
            status = rng.choice([s for s in PROJECT_STATUSES if s != project["status"]])
            return "status", status, PROJECT_STATUS_SENTENCES[status][lang].format(name=name)
        if kind == "dates":
            date = project["dates"][which]
            year = int((date["earliest"] or f"{TODAY_YEAR}")[:4]) + rng.choice((-1, 1, 2))
            if not date["planned"]:
                year = min(year, TODAY_YEAR)
            raw, phrase, earliest, latest = date_words(rng, lang, year, planned=date["planned"])
            value = date_value(raw, earliest, latest, date["planned"])
            template = DATE_SENTENCES[(which, date["planned"])][lang]
            return f"dates.{which}", value, template.format(name=name, date=phrase)
        figure = project[kind][which]
        number = figure["value"] or figure["min"] or 1
        factor = rng.choice((0.5, 0.8, 1.25, 1.5, 2.0))
        if kind == "capacity":
            unit = figure["unit"]
            value = quantity(
                rng, lang, unit, number * factor, number * factor * 1.01, UNIT_WORDS[unit][lang]
            )
            return (
                "capacity",
                value,
                PROJECT_SENTENCES["capacity"][lang].format(name=name, q=value["raw"]),
            )
        job_type = figure["job_type"]
        value = quantity(
            rng,
            lang,
            "jobs",
            number * factor,
            number * factor * 1.01,
            JOB_WORDS[lang][job_type],
            job_type=job_type,
        )
        return "jobs", value, PROJECT_SENTENCES["jobs"][lang].format(name=name, q=value["raw"])

    def agreement_fact(
        self, agreement: Doc, meta: Doc, key: tuple[str, Any], lang: str
    ) -> tuple[str, Any, str]:
        kind, which = key
        title = text_in(agreement["title"], lang)
        if kind == "title":
            return (
                "title",
                agreement["title"],
                AGREEMENT_SENTENCES["title"][lang].format(title=title),
            )
        if kind == "instrument":
            instrument = agreement["instrument"]
            sentence = AGREEMENT_SENTENCES["instrument"][lang].format(
                title=title, instrument=INSTRUMENT_WORDS[instrument][lang]
            )
            return "instrument", instrument, sentence
        if kind == "status":
            status = agreement["status"]
            return "status", status, AGREEMENT_STATUS_SENTENCES[status][lang].format(title=title)
        if kind == "countries":
            a, b = agreement["countries"]
            sentence = AGREEMENT_SENTENCES["countries"][lang].format(
                title=title,
                a=country_name(a, lang, article=True),
                b=country_name(b, lang, article=True),
            )
            return "countries", agreement["countries"], sentence
        if kind == "parties":
            party = agreement["parties"][which]
            sentence = AGREEMENT_SENTENCES["party"][lang].format(
                org=text_in(self.org_by_id[party["org"]]["name"], lang),
                title=title,
                role=AGREEMENT_ROLES[party["role"]][lang],
            )
            return "parties", party, sentence
        if kind == "events":
            event = agreement["events"][which]
            template = EVENT_SENTENCES[(event["type"], event["date"]["planned"])][lang]
            return "events", event, template.format(title=title, date=meta["phrases"][which])
        if kind == "sectors":
            sector_id = agreement["sectors"][which]
            sector = sector_name(sector_id[4:], lang)
            sector = sector.lower() if lang == "en" else sector
            return (
                "sectors",
                sector_id,
                AGREEMENT_SENTENCES["sector"][lang].format(title=title, sector=sector),
            )
        project_id = agreement["projects"][which]
        project = self.projects[meta["linked"][which]]
        sentence = AGREEMENT_SENTENCES["project"][lang].format(
            title=title, name=text_in(project["name"], lang)
        )
        return "projects", project_id, sentence

    def agreement_conflict(
        self, agreement: Doc, key: tuple[str, Any], lang: str
    ) -> tuple[str, Any, str]:
        rng = self.rng
        kind, which = key
        title = text_in(agreement["title"], lang)
        if kind == "status":
            status = rng.choice([s for s in AGREEMENT_STATUSES if s != agreement["status"]])
            return "status", status, AGREEMENT_STATUS_SENTENCES[status][lang].format(title=title)
        event = agreement["events"][which]
        planned = event["date"]["planned"]
        year = int((event["date"]["earliest"] or f"{TODAY_YEAR}")[:4]) + rng.choice((-1, 1))
        if not planned:
            year = min(year, TODAY_YEAR)
        raw, phrase, earliest, latest = date_words(rng, lang, year, planned=planned)
        value = {"type": event["type"], "date": date_value(raw, earliest, latest, planned)}
        template = EVENT_SENTENCES[(event["type"], planned)][lang]
        return "events", value, template.format(title=title, date=phrase)

    # -- source texts -----------------------------------------------------------------------
    def finish_sources(self) -> None:
        for source, paragraphs in zip(self.sources, self.paragraphs, strict=True):
            text = "\n".join(paragraphs)
            source["text"] = text
            source["sha256"] = hashlib.sha256(text.encode("utf-8")).hexdigest()


def generate(n_projects: int, seed: int = 1, records_per_source: int = RECORDS_PER_SOURCE) -> Doc:
    """The whole bundle as plain JSON-ready objects."""
    if n_projects < 1:
        raise ValueError("--projects must be at least 1")
    # Millions of fresh dicts and no cycles: the cyclic collector would only rescan them.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return Generator(n_projects, seed, records_per_source).bundle()
    finally:
        if was_enabled:
            gc.enable()


def dump(bundle: Doc, *, indent: bool = False) -> bytes:
    option = orjson.OPT_APPEND_NEWLINE | (orjson.OPT_INDENT_2 if indent else 0)
    return orjson.dumps(bundle, option=option)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="generate.py",
        description="Write a realistic, deterministic bilat database (export format) for benchmarks.",
    )
    parser.add_argument("--projects", type=int, required=True, help="number of projects (N)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("-o", "--output", required=True, help="file to write ('-' for stdout)")
    parser.add_argument("--indent", action="store_true", help="indent like `bilat export`")
    parser.add_argument(
        "--records-per-source",
        type=int,
        default=RECORDS_PER_SOURCE,
        help=f"projects and agreements per source text (default {RECORDS_PER_SOURCE})",
    )
    args = parser.parse_args(argv)
    if args.projects < 1 or args.records_per_source < 1:
        parser.error("--projects and --records-per-source must be at least 1")
    started = time.perf_counter()
    bundle = generate(args.projects, args.seed, args.records_per_source)
    payload = dump(bundle, indent=args.indent)
    if args.output == "-":
        sys.stdout.buffer.write(payload)
    else:
        Path(args.output).write_bytes(payload)
    counts = ", ".join(f"{kind} {len(bundle[kind])}" for kind in bundle if kind != "schema")
    print(
        f"generate.py: {counts}; {len(payload) / 1e6:.1f} MB in "
        f"{time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
