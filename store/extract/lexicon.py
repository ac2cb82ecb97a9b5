"""The words the regional and business press uses, French and English: sectors, statuses,
countries, the nouns that name a project or an agreement, the titles people hold.

Patterns are matched on the folded text (``store.text.fold``: lower case, no accents,
straight apostrophes), whose offsets are those of the original text character for
character (``segment.folded``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SectorWords:
    key: str
    en: str
    fr: str
    patterns: tuple[str, ...]  # regexes on folded text


SECTORS: tuple[SectorWords, ...] = (
    SectorWords(
        "steel",
        "Steel",
        "Sidérurgie",
        (r"siderurgi\w*", r"\bacier\w*", r"\bacieries?\b", r"\bsteel\w*", r"rond a beton"),
    ),
    SectorWords("aluminium", "Aluminium", "Aluminium", (r"\balumin(?:ium|um)\b",)),
    SectorWords(
        "pharmaceuticals",
        "Pharmaceuticals",
        "Industrie pharmaceutique",
        (
            r"(?:industrie|produits?|production) pharmaceutiques?",
            r"\bdu pharmaceutique\b",
            r"\bmedicaments?\b",
            r"\bpharmaceuticals?\b",
            r"\bmedicines?\b",
        ),
    ),
    SectorWords(
        "manufacturing",
        "Manufacturing",
        "Industries de transformation",
        (r"industries? de (?:la )?transformation", r"\bmanufacturing\b"),
    ),
    SectorWords(
        "heavy-industry",
        "Heavy industry",
        "Industrie lourde",
        (r"industries? lourdes?", r"heavy industry"),
    ),
    SectorWords("tourism", "Tourism", "Tourisme", (r"\btouris(?:me|tique)s?\b", r"\btourism\b")),
    SectorWords(
        "automotive",
        "Automotive",
        "Automobile",
        (r"\bautomobiles?\b", r"\bvehicules?\b", r"\bautomotive\b", r"\bcarmakers?\b"),
    ),
    SectorWords(
        "textiles", "Textiles", "Textile", (r"\btextiles?\b", r"\bfilature\b", r"\btissage\b")
    ),
    SectorWords(
        "mining",
        "Mining",
        "Mines",
        (
            r"\bphosphates?\b",
            r"\bminier\w*",
            r"\bmining\b",
            r"\bminerais? de fer\b",
            r"\bgisements? de fer\b",
            r"\biron ore\b",
        ),
    ),
    SectorWords(
        "agrifood",
        "Agrifood",
        "Agroalimentaire",
        (
            r"\bagro-?alimentaires?\b",
            r"\blait (?:infantile|en poudre)\b",
            r"\bpoudre de lait\b",
            r"\bproduits laitiers\b",
            r"\bmilk powder\b",
            r"\bdairy\b",
            r"\bagrifood\b",
        ),
    ),
    SectorWords(
        "rail",
        "Rail transport",
        "Transport ferroviaire",
        (r"\bvoies? ferrees?\b", r"\bferroviaires?\b", r"\brailways?\b", r"\brailroad\b"),
    ),
    SectorWords("fertilisers", "Fertilisers", "Engrais", (r"\bengrais\b", r"\bfertili[sz]ers?\b")),
    SectorWords(
        "defence",
        "Defence",
        "Défense",
        (
            r"\bassault rifles?\b",
            r"\bfusils? d'assaut\b",
            r"\barmement\b",
            r"\bdefen[cs]e manufacturing\b",
        ),
    ),
    SectorWords(
        "energy",
        "Energy",
        "Énergie",
        (r"\bgaz naturel\b", r"\bnatural gas\b", r"\bnucleaire\b", r"\bnuclear power\b"),
    ),
)

# Status cues: (regex on folded text, the record kind it speaks of, status, date key the
# nearest date fills, planned). A date key None: the cue gives a status only.
STATUS_CUES: tuple[tuple[str, str, str, str | None], ...] = (
    # projects
    (
        r"premiere pierre (?:a ete |a |avait ete )?posee|pose de la premiere pierre|coup d'envoi|foundation stone|broke ground|first concrete",
        "projects",
        "construction",
        "construction_start",
    ),
    (
        r"travaux (?:de (?:realisation|construction|l'extension|d'extension) )?(?:ont (?:ete )?(?:demarre|debute|lances|entames)|lances|ont demarre)|en cours de realisation|en construction|under construction|construction (?:began|started|has started)|(?:has|have|had) (?:begun|started) (?:the )?construction|(?:began|started) construction|taux d'avancement|taux de realisation|(?:is|was) (?:now )?\d+(?:[.,]\d+)? ?(?:%|percent|per cent) complete",
        "projects",
        "construction",
        "construction_start",
    ),
    (
        r"est entree? en (?:production|service|exploitation|activite)|entree en production|mise? en production partielle|a ete inauguree?|(?:a|avait)(?: \w+ment)? inaugure|inaugur\w+ (?:le|en|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|has (?:started|begun) (?:producing|production)|started producing|began producing|(?:was|has been) inaugurated|produced the first batch|has produced the first|(?:a|ont|avait) ete mise?s? en (?:service|exploitation)|(?:was|were|has been|have been) commissioned|is (?:now )?operational",
        "projects",
        "operating",
        "operation_start",
    ),
    (
        r"(?:a|ont|avait) approuve|approuvee?s? (?:par|recemment)|(?:has |have )?approved the|cabinet [\w ]{0,30}approved|validee?s? par",
        "projects",
        "approved",
        "approved",
    ),
    (r"\bsuspendue?s?\b|a l'arret|\bsuspended\b", "projects", "suspended", None),
    (
        r"jette l'eponge|abandonne|\bannulee?s?\b|\bcancelled\b|\bscrapped\b",
        "projects",
        "cancelled",
        None,
    ),
    # agreements
    (
        r"(?:a|ont|avait|avaient) (?:ete )?(?:signee?s?|paraphee?s?|conclue?s?)|\bsignee?s? (?:le|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|en|hier|a)\b|ceremonie de signature|(?:signed|initialled|concluded)\b|signing ceremony|witnessed the signing",
        "agreements",
        "signed",
        "signed",
    ),
    (
        r"au stade de la finalisation|en cours de finalisation|being finali[sz]ed|(?:in|at) the final stage",
        "agreements",
        "finalising",
        "finalised",
    ),
    (
        r"projet de memorandum|projet d'accord|draft (?:agreement|memorandum)",
        "agreements",
        "draft",
        None,
    ),
    (
        r"en (?:cours de )?negociations?|under negotiation|negotiations on",
        "agreements",
        "under_negotiation",
        None,
    ),
    (
        r"sera etabli|seront etablis|sera signee?|will be signed|to be signed"
        r"|(?:sont |se sont )?convenue?s? de signer|agreed to sign",
        "agreements",
        "proposed",
        "signed",
    ),
    (
        r"(?:est |sont )?entree?s? en vigueur|entered into force|in force",
        "agreements",
        "in_force",
        "in_force",
    ),
)

# Cues that say which date of a project a date is, when no status cue does.
DATE_CUES: tuple[tuple[str, str], ...] = (
    (
        r"entrera en (?:fonction|production|service|exploitation|activite)|entrer en (?:production|service)|mise en service|sera operationnel|mise en production|demarrage (?:est prevu|de la production)|phase de production|production (?:est |sera )?prevue|sera prete|produira|entrer en production|(?:start|begin|enter) (?:production|service|operations?)|be operational|be commissioned|full launch|(?:will be )?produced in india by|entree en production|will be launched",
        "operation_start",
    ),
    (
        r"debut de la phase de construction|travaux (?:de realisation )?(?:seront|seraient) lances|construction (?:is |was )?scheduled to start|lancement des travaux|construction of the zone",
        "construction_start",
    ),
    (
        r"reception (?:totale )?(?:est )?prevue|achevee?s? (?:d'ici|en|avant)|(?:to be |be )?completed by|achevement",
        "completion",
    ),
    (r"\bannonce\w*|\bannounced\b", "announced"),
)

FUTURE = r"\b(?:sera|seront|entrera|devra|devrait|devraient|prevue?s?|d'ici|a l'horizon|will|expected|scheduled|planned|plans|vise|atteindra|permettra|creera|produira)\b"

# Words for a country, and the adjectives the press makes of it (folded).
COUNTRY_WORDS: dict[str, tuple[str, ...]] = {
    "DZ": (
        "algerie",
        "algerien",
        "algerienne",
        "algeriens",
        "algeriennes",
        "algeria",
        "algerian",
        "algero",
        "alger",
        "algiers",
    ),
    "RU": (
        "russie",
        "russe",
        "russes",
        "russia",
        "russian",
        "russo",
        "moscou",
        "moscow",
        "federation de russie",
    ),
    "CN": (
        "chine",
        "chinois",
        "chinoise",
        "chinoises",
        "china",
        "chinese",
        "sino",
        "pekin",
        "beijing",
    ),
    "TR": (
        "turquie",
        "turc",
        "turque",
        "turcs",
        "turques",
        "turkey",
        "turkiye",
        "turkish",
        "ankara",
    ),
    "IT": ("italie", "italien", "italienne", "italiens", "italy", "italian", "rome", "turinoise"),
    "EG": ("egypte", "egyptien", "egyptienne", "egypt", "egyptian", "le caire", "cairo"),
    "IN": ("inde", "indien", "indienne", "india", "indian", "indo", "new delhi"),
    "FR": ("france", "francais", "francaise", "paris"),
    "US": ("etats-unis", "americain", "americaine", "united states", "american", "washington"),
    "DE": ("allemagne", "allemand", "allemande", "germany", "german", "berlin"),
    "QA": ("qatar", "qatari", "qatarie", "doha"),
}
# "russo-algérien", "algéro-turc", "sino-algérien", "Indo-Russian": the first half.
COMBINING_FORMS = {
    "algero": "DZ",
    "russo": "RU",
    "sino": "CN",
    "turco": "TR",
    "italo": "IT",
    "egypto": "EG",
    "indo": "IN",
    "franco": "FR",
}

# Nouns that name a project (a plant, a complex, a zone) and an agreement.
PROJECT_NOUNS_FR = r"(?:usines?|complexes?|voie ferree|ligne ferroviaire|projet(?! de memorandum| d'accord| de loi| de partenariat| de cooperation| de contrat)|mega[- ]?complexe|megaprojet|projet integre|cimenteries?|raffineries?|centrales?|acieries?|zone industrielle|pole industriel|unite de production|unites? de \w+)"
PROJECT_NOUNS_EN = r"(?:plants?|factory|factories|complex|industrial zone|refinery|mill|facility|ordnance factory|NPP|railway line|railway)"
AGREEMENT_NOUNS = (
    (r"memorandum d'entente|protocole d'accord|memorandum of understanding|\bmou\b", "mou"),
    (r"accord intergouvernemental|intergovernmental agreement", "intergovernmental"),
    (
        r"accord de partenariat|accord-cadre|accord cadre|framework agreement|partenariat de cooperation|\bpartenariat\b|partnership",
        "partnership",
    ),
    (r"usufruct (?:agreement|contract)|\bcontrat\b|\bcontract\b|\bdeal\b", "contract"),
    (r"\baccords?\b|\bagreements?\b|\bconvention\b|pacte d'actionnaires", "other"),
)

# Titles people hold (folded), longest first where one holds another.
TITLES_FR = (
    r"premier ministre",
    r"ministre(?: [\w'’-]+){0,10}?",
    r"president[- ]directeur general",
    r"p-?dg",
    r"directeur general",
    r"directeur",
    r"president",
    r"wali",
    r"dirigeante?",
    r"ambassadeure?",
    r"ambassadrice",
    r"membre du conseil d'administration",
    r"(?:son |sa )?homologue(?: \w+)?",
    r"chef de (?:la )?delegation",
    r"conseiller",
    r"\bdg\b",
)
TITLES_EN = (
    r"prime minister",
    r"director general",
    r"general director",
    r"chief executive officer",
    r"ceo",
    r"president",
    r"chairman",
    r"ambassador",
    r"army chief",
    r"governor(?: of [\w-]+)?",
    r"minister",
    r"counterpart",
)
