"""A plant or an agreement the sentence names: the record it is, what it is linked to,
its partners, owners and signatories, and the facts said before it that wait for it."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ...text import fold
from .. import naming, rx
from ..lexicon import (
    PROJECT_NOUNS_EN,
    PROJECT_NOUNS_FR,
)
from ..places import (
    countries_in,
    initials_said,
    places_in,
)
from ..proposal import Proposal
from ..records import (
    RecordMention,
    aside_plant,
    customers_plant,
)
from ..segment import (
    Sentence,
)
from .base import ReaderState
from .rules import (
    _AFTER,
    Entity,
)

# What an agreement sets up: a plant or a venture to be ("to set up", "to build", "pour
# créer", "pour la construction de", "a joint venture agreement")
_TO_SET_UP = re.compile(
    r"\b(?:to (?:set up|build|establish|create|construct)|for the (?:construction|"
    r"establishment|creation) of|pour (?:creer|construire|implanter|realiser|mettre en place)|"
    r"pour la (?:construction|creation|realisation|mise en place|implantation) d|"
    r"(?:joint[- ]venture|coentreprise|co-entreprise|societe mixte) (?:agreement|contract)|"
    r"(?:accord|contrat|pacte) (?:de |d')(?:coentreprise|co-entreprise|joint[- ]venture))"
)


# What comes between an organisation and the agreement it signs: "X a signé mercredi
# des accords", "X and Y signed an agreement".
# A day said after the verb: "a signé lundi avec …"
_DAY_SAID = (
    r" (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|yesterday)"
)
_SIGNER = re.compile(
    # "X (Norco) and Y signed": the acronym after the name is the name's ("CJSC “X”": its
    # quotation mark)
    r"[»”\"]?(?: \([^().;,]{1,20}\))?"
    # "X together with Y and Z signed": those it signs with
    r"(?: (?:together|along|jointly) with [^.;,]{1,80}?(?= (?:signed|inked|concluded|sealed)))?"
    # "Norvel Chem of South Korea and Uzkimyo have signed": where the first is from
    # ("X and Norvel Energy of South Korea have signed": where the second is from)
    r"(?: (?:of|from) (?:the )?[a-z][a-z' -]{2,25}?"
    r"(?= (?:and|et) |,? (?:has|have|had|signed|inked|concluded|sealed)\b))?"
    # "la Sogepa, la Région wallonne et X, ont … scellé": each of a list
    # ("… and Chinese company Zhenmao Glass Co., Ltd signed": a legal form's stop and comma)
    # ("… and Turkey's Kelvon Metal Sanayi A.S. signed": a legal form's letters and points)
    r"(?:, [^.;,]{1,60}?){0,3}(?: (?:et|and) (?:[^.;,]|[.,](?=,? (?:ltd|limited|inc|llc|plc)\b)"
    r"|(?<=\b[a-z])\.)"
    # ("et l'Agence marocaine de développement des investissements et des exportations
    # (AMDIE) ont paraphé": a long name the other signs with)
    r"{1,120})?"
    # ("X (RDB) and Kelvo Pharma, a Moroccan drug maker, on Thursday signed": the last one
    # described between commas)
    r"(?:, (?:an?|the|une?|la|le) [^.;,]{1,90}(?=,))?"
    r",? (?:a|ont|has|have|had|avait|avaient)? ?"
    r"(?:de nouveau |also |aussi |officially |officiellement )?"
    # "X a pour l'occasion signé", "X has on Monday signed": a few words between the
    # auxiliary and the verb
    r"(?:(?<=a )|(?<=ont )|(?<=has )|(?<=have ))?(?:[a-z']+ ){0,3}?"
    # ("ont paraphé", "entered into": signed too)
    # ("will sign", "will today be signing": a party to be)
    # ("ont procédé à la signature d'un accord": the signing said by its noun)
    # ("vient de signer": just signed)
    r"(?:signe|signer|paraphe|signed|sign|signs|signing|inked|conclu|concluded|scelle|sealed"
    r"|entered into"
    r"|procede a la signature|proceeded (?:to|with) (?:the )?sign(?:ing)?"
    # ("X and Y on Monday exchanged a memorandum": its signed copies handed over)
    r"|exchanged|echange"
    # a contract won: "X received a $566 million contract", "X a remporté le marché"
    r"|received|won|secured|clinched|awarded|remporte|decroche|obtenu)\b"
    # "X a signé, jeudi, avec le ministère … un protocole": a day or an adverb set apart
    # ("has signed a $1.5 billion agreement": a sum's decimal point no stop)
    r"(?:,[^.;,]{1,25},|" + _DAY_SAID + r")?"
    # ("a signé lundi avec la Société … (SIPI-Bénin) une convention": whom with, at length,
    # its letters after it; "a conclu avec le gouvernement gabonais, trois protocoles": a
    # comma after it)
    r"(?:[^.;,]{0,20}? (?:avec|with) [^.;,()]{1,90}(?:\([^()]{1,20}\)|,))?"
    # ("a $600 million engineering, procurement and construction (EPC) contract": the
    # contract's kind, its words listed with commas)
    r"(?:[^.;,]|(?<=\d)[.,](?=\d)|,(?= [a-z])){0,70}"
)
# "X a signé avec le ministère de l'Industrie un protocole d'accord": the one signed with,
# named between the verb and the agreement
_SIGNED_WITH = re.compile(
    r"\b(?:signe|signed|inked|conclu|concluded|scelle|sealed)\b(?:,[^.;,]{1,25},)?"
    # "a signé lundi avec le groupe chinois X une convention": its day, the company's noun and
    # nationality between
    rf"(?:{_DAY_SAID})? (?:avec|with)"
    r" (?:le |la |les |l'|the )?(?:(?:groupe|societe|entreprise|firme|company|firm|group)"
    r"(?: [a-z-]+)? )?$"
)


# Words opening a sentence that say it goes on about what was just spoken of.
_FOR_IT = re.compile(
    r"\s*(?:dans ce cadre|a cet effet|a cette fin|pour ce faire|dans cette perspective|"
    r"in this (?:regard|context|framework)|to (?:this|that) (?:end|effect)|for this purpose),? "
    r"(?:un |une |an |a )"
)


# "signed an agreement with X to this end", "un accord … à cet effet": said after the
# agreement, in its clause, the same pointing back at the plant spoken of
_FOR_IT_AFTER = re.compile(
    r" (?:to (?:this|that) (?:end|effect)|for (?:this|that|the same) purpose|a (?:cet|cette)"
    r" (?:effet|fin)|pour ce faire|dans ce (?:but|cadre))\b"
)


# "portant sur la mise en place au Maroc d'une …", "on cooperation in the construction of
# a …": what an agreement is about, said before the plant it names
_ABOUT_A_PLANT = re.compile(
    r"\b(?:portant sur|relatif a|relative a|concernant|visant a)\b[^;]{0,50}(?:d'une?|de|des|une?) $"
    r"|\b(?:construction|mise en place|implantation|realisation|creation|installation)"
    r"(?: [\w'-]+){0,3} (?:d'une?|de|des|du) $"
    # ("for the construction of a 250-million-dollar sugar factory": its cost between)
    r"|\b(?:construction|establishment|setting up|building)(?: [\w-]+){0,3} of (?:an?|the)"
    r" (?:(?:new|modern|[\w$.,-]*\d[\w$.,-]*|million|billion|us|usd|dollars?) ){0,4}$"
)


# The agreement a plant is said by, after the plant: "according to a memorandum", "under
# an agreement", "selon un protocole d'accord", "aux termes d'un accord" (folded)
_ACCORDING_TO = re.compile(
    r",? (?:according to|under|as part of|pursuant to|selon|aux termes d'|dans le cadre d')"
    r" ?(?:an?|the|un|une|le|la|l')? ?$"
)


# The words that make an agency or a council a party of a project.
# "Phividec Industrial Authority, a government arm, will invest in a ship-parts facility":
# a body that puts money into the plant takes part in it, whatever its kind
_INVESTS_AFTER = re.compile(
    r"(?:,[^,.;]{1,60},)? (?:will |would |is to |plans to |is set to |va |compte )?"
    r"(?:invest|invests|co-invest|investira|investir|investit)\b"
)
_BACKED_BY = re.compile(
    r"(?:avec l'appui d|avec le soutien d|en partenariat avec|en collaboration avec"
    # ("Financée par un prêt de 45 millions d'euros de l'AFD": the lender, after its loan)
    r"|financee?s? par|un pret (?:de|d')|a loan (?:of|from)"
    r"|with the (?:support|backing|help) of|in partnership with|in cooperation with|financed by"
    r"|funded by"
    # "Détenue à 60 % par X et à 20 % par l'État du Y, l'usine …", "the plant, 30% owned by
    # X": who holds a share of the plant takes part in it (a share of a company says whose
    # the company is: _PARENT_APPOSED)
    r"|detenue? a [\d ,.]+ ?% par|\d+(?:\.\d+)? ?% (?:owned|held) by|(?:owned|held) \d+(?:\.\d+)? ?% by"
    # "sera possédée à 51% par le gouvernement congolais", "une répartition du capital …
    # de 75% pour la société X et 25% pour l'Etat béninois": a share of the project's capital
    r"|possedee? a [\d ,.]+ ?% par|\d+(?:[.,]\d+)? ?% (?:pour|par) (?:la |le |l')?$"
    # "a joint venture between X (70%) and Oman's Y (30%)": each one's share of it
    # ("ACC (coentreprise entre Stellantis, …)": a company's owners, in its bracket)
    r"|(?<!\()(?:joint venture (?:between|of)|co-?entreprise (?:entre|de)|societe mixte (?:entre|de))"
    r")[^.;]{0,70}$"
)


# A parent named in an apposition to its subsidiary's name: "X, une filiale du groupe
# allemand Y,", "X, a subsidiary of Y,", "X (filiale de Y)", "X, owned by Y,", "X, détenue
# par le groupe Y,": the subsidiary named is the one that acts; its owner is said to say
# whose it is, and takes no part of its own; a preposition the page doubled ("a subsidiary of
# of the SK Group") is one.
_PARENT_APPOSED = re.compile(
    # ("X, which is a subsidiary of Y", "la filiale de Y" opening a sentence: the company
    # spoken of is Y's)
    # ("X which is owned by Y" says the plant's owner, a party)
    r"(?:(?:[,(] ?|,? (?:which|that|qui) (?:is|was|est|etait) |(?:(?<=[.!?\n])|(?<=[.!?] ))(?=la |the ))"
    # ("the IFC, the private sector arm of the World Bank": two words of what it does)
    r"(?:une |la |a |the |an )?(?:[a-z-]+ ){0,2}(?:filiale|subsidiary|unit|division"
    r"|branche|branch|arm) (?:of|de|du|d'|des)(?: of| de)?|[,(] ?(?:(?:(?:wholly|majority|fully)[ -])?(?:owned"
    r"|controlled|held) by|\d+(?:\.\d+)? ?% (?:owned|held) by|(?:detenue?|controlee?) (?:a [\d ,.]+ ?% )?par))(?: (?:the|la|le|l'))? ?"
    r"(?:(?:groupe|group|societe|company|firme|firm|holding|conglomerat|conglomerate|geant"
    r"|giant) )?(?:[a-z-]+ )?$"
)


# A company said to be a subsidiary just after its name: ", filiale de", ", a subsidiary of".
_SUBSIDIARY_APPOSED = re.compile(
    r",? \(?(?:une |la |a |the |an )?(?:[a-z-]+ )?(?:filiale|subsidiary|division|branche"
    r"|branch|arm|unit)\b"
)
# A company set up by another, named after it: "established a foreign subsidiary, X", "a
# créé une filiale locale, X"
_SUBSIDIARY_SET_UP = re.compile(
    r"\b(?:established|set up|created|formed|registered|founded|incorporated|a cree|a constitue"
    r"|a fonde|a immatricule) (?:a|an|its|une|sa) (?:[a-z-]+ ){0,2}(?:subsidiary|filiale)"
    r"(?: [a-z-]+)?(?:,| called| named| baptisee| denommee| nommee)? $"
)


# "The ceremony was attended by … members of the Kelvo-Tarvo Friendship Group", "en présence
# de …": those present, no party of the plant
_PRESENT_BEFORE = re.compile(
    r"\b(?:attended by|in the presence of|witnessed by|en (?:la )?presence d)[^.;]*$"
)


# "un marché … où sont déjà présents X, Y et Z", "competitors such as X": the companies the
# plant will compete with, no party of it
_COMPETING_BEFORE = re.compile(
    r"\b(?:(?:sont|etaient) deja presents?|deja presents? sur le marche|concurrents?"
    r"(?: directs?)? (?:comme|tels? que|dont|notamment)|competitors?(?: such as| like| including)?"
    r"|rivals? (?:such as|like|including)|compet(?:e|es|ing) (?:with|against)"
    r"|competition (?:from|with))\b[^.;]*$"
)


# (its company is no party of the plant ranked)
_RANKED_AFTER = re.compile(
    r"\b(?:another|second|third|fourth|fifth|autre|deuxieme|seconde?|troisieme|quatrieme)\b"
    rf"[^.;:]{{0,100}}{_AFTER}$"
)


# "Kelvo's comes shortly after Japan's Toyota and France's Peugeot plumped for the town of X":
# the investments that came before, their companies no parties of this one
_COMES_AFTER = re.compile(
    r"\b(?:comes?|came|coming|follows|followed|intervient|arrive)(?: \w+ly| just| hard)?"
    r" (?:after|on the heels of|apres)\b[^.;:]{0,80}$"
)


# A sentence opened by the company spoken of, said by its noun: "Le groupe a signé …"
# "… entre le président de la ZEE, X, et le représentant de cette société", "between … and
# the company's representative": the company spoken of signs through its representative
_ITS_REPRESENTATIVE = re.compile(
    r"\b(?:et|and) (?:le |la |son |sa |un |une |the |its |a )?(?:representant|representante"
    r"|representative) (?:de (?:cette|la) (?:societe|entreprise|firme|compagnie)|of the (?:company"
    r"|firm|group))\b|\b(?:et|and) the (?:company|firm|group)['’]s representative\b"
    # "signed between the company and the Kelvo Development Board", "entre la société et
    # l'Etat": the company spoken of, itself
    r"|\b(?:between|entre) (?:the (?:company|firm|group)|(?:la|cette) (?:societe|entreprise"
    r"|firme|compagnie)|le groupe) (?=and |et )"
)
_THE_COMPANY_OPENS = re.compile(
    r"\W*(?:le groupe|la societe|l'entreprise|la firme|la compagnie|the company|the group"
    r"|the firm)"
)


# ", l'une à Koutiala et l'autre à Bamako", ", one in X and the other in Y": plants just
# counted, told apart by their towns
_ONE_AND_THE_OTHER = (
    r"[^.;]{0,40}?,? (?:l'une?|one) (?:a|au|en|in|at|near) [^.;]{1,60}? (?:et|and) "
    r"(?:l'autre|the other)\b"
)


# A sentence that opens with the works of the plant spoken of, then what follows them
_FOLLOWED_BY = re.compile(
    r"\W*(?:sa|son|its|their|leur) (?:construction|realisation|mise en service|achevement"
    r"|completion|commissioning)\b[^.;]{0,80}?\b(?:suivie? (?:par|de)|followed by)\b"
)


# "The local investment has been effected through SKY Investments", "l'investissement est
# réalisé via sa filiale X": the body the money goes through
# A company's act of joining others in a venture, said right after its name (and its
# partner's): "X and Y will partner …", "X a décidé de s'associer à Y" (folded)
# "le décret qui a octroyé à la société minière X le permis", "granted a mining licence to
# X": the holder of the permit the plant rests on
_PERMIT_GRANTED_TO = re.compile(
    r"\b(?:octroye|accorde|attribue|delivre)e? a (?:la societe |l'entreprise |la compagnie )?"
    r"(?:[a-z]+e )?$"
    r"|\b(?:granted|awarded|issued) (?:an? |the )?(?:[a-z]+ )?(?:licen[cs]e|permit) to (?:the )?$"
)
# "X va produire en moyenne …", "X will produce": the maker of a plant's output
_TO_PRODUCE_AFTER = re.compile(
    r" (?:va|vont|devrait|devraient) produire\b| produira\b| produiront\b"
    r"| (?:will|is to|is set to|is expected to) produce\b"
)
_PARTNERING_AFTER = re.compile(
    r"(?: (?:and|et) [^.;,]{2,40}?)?,? (?:will|would|is to|are to|plans? to|agreed to"
    r"|have agreed to|has agreed to|va|vont|compte|comptent)? ?(?:partner|team up|join hands"
    r"|form a joint venture|set up a joint venture|s'associer|s'allier|s'associe(?:nt)?"
    r"|s'allie(?:nt)?)\b"
)


_INVESTED_THROUGH = re.compile(
    r"\b(?:investment|investissement)s?\b[^.;]{0,50}?\b(?:through|via|par le biais de|a travers)"
    r" (?:its |sa |son |the |la |le )?(?:[a-z-]+ )?$"
)


# "l'usine d'engrais de Lomé, propriété jusqu'ici de la société française X", "previously
# owned by X", "bought from X": whose the plant was before it was sold
_OWNED_BEFORE = re.compile(
    r"\b(?:propriete (?:jusqu'ici |jusqu'a present |jusqu'alors |jusque-la )(?:de|du|d')"
    r"|(?:previously|formerly) owned by|(?:bought|acquired|purchased) from|rachetee? (?:a|au|aux))"
    r" (?:la |le |l'|les |the )?(?:[a-z-]+ ){0,3}$"
)


# "signed the agreement on behalf of the X government", "a signé l'accord au nom de X": the
# signing, then whom the signer stood for
_ON_BEHALF_OF = re.compile(
    r"\b(?:signed|signs|inked|signe|signee|signent|paraphe)\b[^.;]{0,60}?"
    r"\b(?:on behalf of|au nom d(?:u|e la|e l'|es|e)|pour le compte d(?:u|e la|e l'|es|e))"
    r" ?(?:the |la |le |l')?$"
)


# "livré au client Prasa", "delivered to the customer X": who buys the plant's output
# "the rejection of its application by the X Authority", "rejected by", "refusé par": the
# one who turned the plant down takes no part in it
_REFUSED_BY = re.compile(
    r"\b(?:rejection|refusal|rejected|refused|turned down|denied|blocked|rejet|refus|rejetee?s?"
    r"|refusee?s?)\b(?: (?:of|de|du) [^.;]{0,40}?)? (?:by|par) (?:the |le |la |l')?$"
)
# "Il s'agit de la construction d'…", "These are a paper mill, …", "They include": a
# sentence that lists what the one before counted
_LISTED_AFTER = re.compile(
    r"\s*(?:il s'agit (?:de|d'|des|du)|(?:these|they) (?:are|include|comprise)\b"
    r"|(?:ces|les) (?:trois |deux |quatre |cinq )?projets (?:sont|concernent|portent sur)\b)"
)
# "protocoles d'accords portant sur la réalisation de trois projets", "agreements for three
# projects": the projects an agreement counts, none said yet
_PROJECTS_COUNTED = re.compile(
    r"[^.;]{0,80}?\b(?:deux|trois|quatre|cinq|six|two|three|four|five|\d+)"
    r" (?:projets|projects)\b"
)
# " with a new partner, ", " avec un nouveau partenaire, ": the agreement's counterpart,
# named after a comma (folded, from the agreement's noun to the name)
_PARTNER_NAMED = re.compile(
    r" (?:with|avec) (?:a|an|its|their|un|une|son|sa|leur) (?:new |nouveau |nouvel |nouvelle )?"
    r"(?:partner|investor|partenaire|investisseur)(?: [a-z-]+)?, $"
)
# "X's nearby Georgia plant": a company's possessive, before what it owns
_POSSESSIVE = re.compile(r"(?:['’]s|s?['’]) (?:(?:nearby|neighbouring|neighboring|adjacent) )?")
_CUSTOMER_BEFORE = re.compile(
    r"\b(?:au|son|leur|le|du|a son|the|its|their|to the|to its)"
    r" (?:premier |principal |first |main )?(?:client|customer|acheteur|buyer) $"
    # "produira des faisceaux pour les constructeurs européens X et Y", "for carmakers X":
    # those the output is made for
    r"|\b(?:pour|for|to) (?:les |des |ses |the |its )?(?:clients|customers|constructeurs"
    r"|carmakers|automakers)(?: [a-z-]+)?(?: (?:comme|tels que|such as|including))? $"
)


# "Sacmi's energy saving process line", "Kelvo's machinery": what a supplier sells the plant
# "has appointed AKD Securities Limited as its Financial Advisor for …", "X, conseil
# financier du projet": one hired to advise or arrange, no party of the plant
_DEED_OF_IT_BEFORE = re.compile(
    r"\b(?:a fait|fait|fera|avait fait|ont fait) l'objet d'(?:une?|plusieurs) $"
    r"|\b(?:est|sera|a ete) (?:structuree?|encadree?|regie?|couverte?) par (?:une?|la|le) $"
    r"|\b(?:is|was|will be) (?:the subject of|covered by|governed by|structured by) (?:an?|the) $"
)
_PARENT_OR_PRINCIPAL_BEFORE = re.compile(
    r"\b(?:its|their|his|her) parent (?:company|group|firm|entity)(?:,? i\.?e\.?,?|,)? $"
    r"|\b(?:dealer|distributor|importer|reseller|franchisee|licensee)s? (?:of|for) $"
)
_PLANT_SUPPLIER_BEFORE = re.compile(
    # "the key equipment supplier for the project being the Italian plantmaker X": one that
    # builds or equips plants for others, no party of this one
    r"\b(?:plantmakers?|plant ?makers?|plant builders?|plant-builders?)(?: [a-z-]+)?,? $"
    r"|\b(?:suppliers?|providers?|fournisseurs?) (?:(?:of|for|to|du|de|pour) (?:the|this|its|le|ce"
    r"|la|cette|l') (?:project|plant|factory|projet|usine)|(?:d'|des |de l')equipements?)"
    r"(?: (?:being|is|was|will be|est|sera|etant))?,? (?:the |l'|le |la )?(?:[a-z-]+ ){0,3}$"
)
_ADVISER_AFTER = re.compile(
    r"(?: \([^()]{1,12}\))?,? (?:as|comme) (?:its|their|the|son|sa|leur) (?:[\w-]+ ){0,2}"
    r"(?:advis[eo]rs?|consultants?|arrangers?|conseils?|conseillers?|auditors?|lawyers?|counsel"
    r"|bankers?)\b"
)
_SUPPLIED_AFTER = re.compile(
    r"['’]s (?:[a-z-]+ ){0,3}(?:lines?|equipment|machinery|machines|technology|technologies"
    r"|kilns?|presses|turbines?|furnaces?)\b"
)
# "…, the Committee for Investments said.": the body a clause after the news says told it,
# no party of the plant
_ATTRIBUTED_BEFORE = re.compile(r", (?:the |le |la |l')?$")
_ATTRIBUTED_AFTER = re.compile(
    r" (?:said|says|reported|announced|stated)(?: (?:on|in|this|last|today|in a)\b[^.;,]{0,30})?[.;]"
)


# "Kelvaro's chief executive, Budi Santoso, signed …", "Kelvaro CEO Budi Santoso signed …":
# the company, its officer's title and name, the verb
_OFFICER = (
    r"(?:The |the )?(?P<{0}>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){{0,4}}?)(?:['’]s)?"
    r" (?:[a-z]+ ){{0,3}}?(?:chief executive(?: officer)?|CEO|chairman|chairwoman|president"
    r"|managing director|general manager|director)(?:,? [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{1,3}},?)"
)
# "Kelvaro's chief executive, Budi Santoso, signed", "BEZA executive chairman X and Kelvo
# Motors managing director Y signed": each company whose officer signs
_OFFICER_SIGNS = re.compile(
    r"\s*" + _OFFICER.format("org") + r"(?: and " + _OFFICER.format("other") + r")?"
    r" (?:has |have |had )?(?:signed|inked)\b"
)


# ", a joint venture between A and local ", ", une filiale du groupe ": the words that say
# whose a company named before is, the owners after them
# The words that say whose a company is, set apart by a comma (folded)
_OWNER_WORDS = (
    r", (?:(?:la )?propriete (?:de|du)|(?:une |la )?filiale (?:de|du)|owned by|a unit of"
    r"|a subsidiary of|part of)"
)
_OWNERS_SAID_OF = re.compile(
    r", (?:an?|the|une?|la|le) [^.;,]{0,40}?\b(?:joint venture|subsidiary|unit|affiliate|arm"
    r"|coentreprise|co-entreprise|filiale|societe commune) (?:between|of|formed by|owned by|entre"
    r"|de|du|detenue par)\b[^.;,]*$"
    # "Le groupe, propriété de Tata Motors, vient de signer": its owner, said of it
    rf"|{_OWNER_WORDS}(?: la| le| l'| the)? ?$"
)
# "Le groupe, propriété de Tata Motors, …": the owner said right after the subject
_OWNER_APPOSED = re.compile(rf"{_OWNER_WORDS}\b")


# "between the Board and the company", "entre l'Etat et la société", "with the company": the
# company the text speaks of, said by its noun, as one who signs
_WITH_THE_COMPANY = re.compile(
    r"\b(?:(?:between|entre) [^.;]{1,80}? (?:and|et)|with|avec) (?P<company>(?:the|la|le|l') ?"
    r"(?:company|firm|group|societe|entreprise|firme|groupe))\b(?!['’]s\b| (?:de |d'|of |[a-z]+ [A-Z]))"
)

# "The Authority (Bepza) and the company signed an agreement": the company, a signer
_AND_THE_COMPANY_SIGNED = re.compile(
    r"\b(?:and|et) (?P<company>(?:the|la|l') ?(?:company|firm|societe|entreprise|firme))"
    r" (?:(?:have|has|ont|a) )?(?:signed|inked|sealed|signe|paraphe)\b"
)

# "Un accord préliminaire a été signé en ce sens", "an agreement was signed to that end":
# the agreement is about what was said before it
_TO_THAT_END = re.compile(
    r"\b(?:en ce sens|a cet effet|dans ce sens|a cet egard|to that end|to this end|for that purpose"
    r"|for this purpose|in this regard|in that regard)\b"
)


class RecordsReading(ReaderState):
    """The records a sentence names, linked and given their parties."""

    def _record(self, mention: RecordMention, orgs: list[tuple[Any, Entity]]) -> Entity:
        assert mention.name is not None
        kind = mention.kind
        entity = self.entity(
            kind, mention.name, fresh=mention.another, instrument=mention.instrument
        )
        if mention.another:
            entity.defaults["another"] = True
        if mention.plural and kind == "projects":
            entity.defaults["plural"] = True  # "the group's factories": more than one
        field_name = "title" if kind == "agreements" else "name"
        self.add(entity, field_name, {self.lang: mention.name}, mention.start, mention.end, 0.7)
        if kind == "agreements":
            if mention.instrument and mention.instrument != "other":
                self.add(entity, "instrument", mention.instrument, mention.start, mention.end, 0.7)
            sentence = next(s for s in self.sentences if s.start <= mention.start < s.end)
            for org, org_entity in orgs:
                # "X a signé mercredi des accords", "X and Y signed an agreement": the
                # signing verb's subject is a party too
                signer = (
                    sentence.start <= org.start
                    and _SIGNER.fullmatch(self.fold, org.end, mention.start)
                    # ("X and Y, a joint venture between A and B, signed": Y's owners, said
                    # of it, sign nothing)
                    and not _OWNERS_SAID_OF.search(
                        self.fold, max(sentence.start, org.start - 120), org.start
                    )
                )
                signed_with = (
                    sentence.start <= org.start < mention.start
                    and _SIGNED_WITH.search(
                        self.fold, max(sentence.start, org.start - 60), org.start
                    )
                    and rx.fullmatch(
                        r"(?: \([^()]{1,20}\))?,? (?:une?|an?|the|le|la|l'|des|les)? ?"
                        # ("avec le gouvernement gabonais, trois protocoles d'accords")
                        r"(?:(?:deux|trois|quatre|cinq|two|three|four|five|\d+) )?",
                        self.fold[org.end : mention.start],
                    )
                )
                # "a MoU with a new partner, Kelvo Steel, a Swiss company": the partner named
                # after the words that say it, set apart by a comma
                named_partner = (
                    mention.start < org.start < sentence.end
                    and _PARTNER_NAMED.search(self.fold, mention.start, org.start) is not None
                )
                if (
                    mention.start <= org.start < mention.span_end
                    or signer
                    or signed_with
                    or named_partner
                ):
                    self.add(
                        entity,
                        "parties",
                        {"org": org_entity.ref, "role": "party"},
                        org.start,
                        org.end,
                        0.6,
                    )
            self._signed_by_the_company(entity, sentence, mention)
            named = {c.country for c in countries_in(self.fold[mention.start : mention.span_end])}
            named |= {
                p.place.country
                for p in places_in(self.fold[mention.start : mention.span_end])
                # ("with the Chinese FEZ": a zone's letters, no Fez)
                if not initials_said(self.text, mention.start + p.start, mention.start + p.end)
            }
            quote = (mention.start, mention.span_end)
            said = [
                c
                for c in countries_in(self.fold[sentence.start : mention.start])
                if not self.pair or c.country in self.pair
            ]
            # "Russia and Egypt signed an agreement on …" (the article's pair, not a place's
            # country said on the way: "face à la ville indienne de …")
            if said and len({c.country for c in said} | named) >= 2:
                named |= {c.country for c in said}
                quote = (sentence.start + said[0].start, mention.span_end)
            if len(named) >= 2:
                self.add(entity, "countries", sorted(named), quote[0], quote[1], 0.7)
                entity.defaults["countries_said"] = True
        return entity

    def _signed_by_the_company(self, entity: Entity, sentence: Any, mention: RecordMention) -> None:
        """ "Le groupe a signé un accord avec le gouvernement", "The company signed an
        agreement with …", "… entre X et le représentant de cette société": the company
        spoken of (the first the text names) is a party."""
        between = _ITS_REPRESENTATIVE.search(self.fold, mention.start, mention.span_end)
        company = self._first_company() if between else None
        if between and company is not None:
            self.add(
                entity,
                "parties",
                {"org": company.ref, "role": "party"},
                between.start(),
                between.end(),
                0.45,
            )
            return
        subject = _THE_COMPANY_OPENS.match(self.fold, sentence.start, mention.start)
        if subject is None or not _SIGNER.fullmatch(self.fold, subject.end(), mention.start):
            return
        if _OWNER_APPOSED.match(self.fold, subject.end()):
            return  # "Le groupe, propriété de X, vient de signer": which group, unsure
        company = self._first_company()
        if company is not None:
            self.add(
                entity,
                "parties",
                {"org": company.ref, "role": "party"},
                sentence.start + len(subject.group()) - len(subject.group().lstrip()),
                mention.end,
                0.5,
            )

    def _counted_apart(self, mention: RecordMention) -> bool:
        """True if plants the text counts are told apart by their towns just after ("deux
        unités de filature, l'une à Koutiala et l'autre à Bamako", "two plants, one in X and
        the other in Y") and no plant is spoken of yet: the article is about them together
        (one memorandum, their jobs said together), one record of the plural, each plant
        its component."""
        return (
            mention.counted is not None
            and "projects" not in self.focus
            and rx.compiled(_ONE_AND_THE_OTHER).match(self.fold, mention.end) is not None
        )

    def _siblings(self) -> list[Entity]:
        """ "deux complexes relevant de l'industrie lourde … Le premier projet consiste en
        …": the records counted but not described, each named by its rank."""
        if self.counted is None:
            return []
        (count, phrase), start, _ = self.counted
        self.counted = None
        words = phrase.split(" ", 1)
        noun = naming.singular(words[0])
        rest = f" {words[1]}" if len(words) > 1 else ""
        ordinals = (
            ("Deuxième", "Troisième", "Quatrième")
            if self.lang == "fr"
            else ("Second", "Third", "Fourth")
        )
        made = []
        for rank in range(2, count + 1):
            sibling = self.entity("projects", f"{ordinals[rank - 2]} {noun}{rest}")
            self.add(sibling, "name", {self.lang: sibling.name}, start, start + len(phrase), 0.4)
            made.append(sibling)
        return made

    def _projects_listed_for(
        self, s: Sentence, mentions: list[tuple[RecordMention, Entity]]
    ) -> None:
        """ "… trois protocoles d'accords portant sur la réalisation de trois projets. Il
        s'agit de la construction d'une usine …, d'une usine … et d'un port …": the plants
        the next sentence lists are the ones the agreement counted, each linked to it, each
        announced by it and each its signing company's."""
        plants = [(m, e) for m, e in mentions if m.kind == "projects"]
        agreement = self.focus.get("agreements")
        if (
            not plants
            or agreement is None
            or self._focus_said.get("agreements") != s.index - 1
            or any(m.kind == "agreements" for m, _ in mentions)
            or not _LISTED_AFTER.match(self.fold, s.start)
        ):
            return
        said = next(
            (p for p in self.proposals if p.group == agreement.ref and p.field == "title"), None
        )
        counted = said and _PROJECTS_COUNTED.match(self.fold, said.start)
        if said is None or not counted:
            return
        a, b = said.start, counted.end()
        companies = [
            p.plain_value()["org"]
            for p in self.proposals
            if p.group == agreement.ref
            and p.field == "parties"
            and any(
                e.ref == p.plain_value()["org"] and e.defaults.get("org_kind") == "company"
                for e in self.entities
            )
        ]
        for mention, plant in plants:
            if plant.ref in self._linked(agreement):
                continue
            self.add(agreement, "projects", plant.ref, mention.start, mention.span_end, 0.6)
            self.add(plant, "agreements", agreement.ref, a, b, 0.6)
            if not any(p.group == plant.ref and p.field == "status" for p in self.proposals):
                self.add(plant, "status", "announced", a, b, 0.5)
            for org in companies:
                if not any(
                    p.group == plant.ref
                    and p.field == "parties"
                    and p.plain_value().get("org") == org
                    for p in self.proposals
                ):
                    party = next(
                        p
                        for p in self.proposals
                        if p.group == agreement.ref
                        and p.field == "parties"
                        and p.plain_value()["org"] == org
                    )
                    self.add(
                        plant,
                        "parties",
                        {"org": org, "role": "partner"},
                        party.start,
                        party.end,
                        0.5,
                    )

    def _links(self, mentions: list[tuple[RecordMention, Entity]]) -> None:
        for mention, agreement in mentions:
            if mention.kind != "agreements":
                continue
            inside = [
                project
                for other, project in mentions
                if other.kind == "projects" and mention.start <= other.start < mention.span_end
            ]
            for project in inside:
                self._link(agreement, project, mention.start, mention.span_end)
            if not inside:
                inside = self._plant_it_is_about(mention, agreement, mentions)
            # "… une usine de transformation de cajou. L'accord d'investissement a été signé
            # …", "La centrale est construite à X ; le contrat de génie civil a été signé …":
            # an agreement said as known, with no project in its clause, just after the
            # plant spoken of (in its sentence or the one before), is the plant's
            before = [p for m, p in mentions if m.kind == "projects" and m.end <= mention.start]
            sentence = next(x for x in self.sentences if x.start <= mention.start < x.end)
            here = sentence.index
            focus = self.focus.get("projects")
            known = before[-1] if before else None
            # "Dans ce cadre, un accord a été signé", "To this end, an agreement was signed":
            # one signed for the plant spoken of
            for_it = _FOR_IT.fullmatch(
                self.fold[sentence.start : mention.start]
            ) or _FOR_IT_AFTER.search(self.fold, mention.start, mention.span_end)
            if (
                known is None
                and focus is not None
                and (for_it or self._focus_said.get("projects") == here - 1)
            ):
                known = focus
            # "… to build a plant in Paraguay, according to a memorandum signed yesterday",
            # "under an agreement", "selon un protocole": the plant the agreement provides
            said_by = before and _ACCORDING_TO.search(
                self.fold, max(sentence.start, mention.start - 40), mention.start
            )
            if (
                not inside
                and known is not None
                and known.ref not in self._linked(agreement)
                and (
                    rx.search(
                        r"(?:^|\b)(?:l'|le |la |the )$",
                        self.fold[max(0, mention.start - 4) : mention.start],
                    )
                    or for_it
                    or said_by
                    # "Le projet … a fait l'objet d'une convention", "ce projet est structuré
                    # par une convention": the deed the plant said before rests on
                    or _DEED_OF_IT_BEFORE.search(
                        self.fold, max(sentence.start, mention.start - 40), mention.start
                    )
                )
            ):
                said_from = mention.start
                if said_by:
                    # quoted from the plant to the agreement that provides it
                    said_from = max(
                        m.start for m, p in mentions if p is known and m.end <= mention.start
                    )
                self._link(agreement, known, said_from, mention.span_end)
                continue
            if any(m.kind == "projects" for m, _ in mentions):
                continue
            start, end = mention.start, mention.span_end

            def link(
                project: Entity,
                agreement: Entity = agreement,
                start: int = start,
                end: int = end,
            ) -> None:
                self._link(agreement, project, start, end)

            if self.lead is not None and _TO_SET_UP.search(
                self.fold, max(0, mention.start - 30), mention.span_end
            ):
                # "signed a memorandum to set up a $2.5 billion joint venture", "the joint
                # venture agreement", before the article names any plant: the agreement is
                # for the first plant it names, as the lead's other facts are
                self.lead.append(link)
                continue
            if self.pending_until >= 0:
                self.pending.append(link)

    def _plant_it_is_about(
        self,
        mention: RecordMention,
        agreement: Entity,
        mentions: list[tuple[RecordMention, Entity]],
    ) -> list[Entity]:
        """ "Un protocole d'accord a été signé, ce lundi, entre X et Y portant sur la mise en
        place d'une unité de production": the plant said after words that say what the
        agreement is about, past the commas that end its clause, in its sentence, is its
        plant (the first one after it, no other agreement between)."""
        sentence = next(x for x in self.sentences if x.start <= mention.start < x.end)
        for other, project in mentions:
            if other.start < mention.span_end or other.start >= sentence.end:
                continue
            if other.kind != "projects":
                return []  # another agreement said between: the plant is that one's
            between = self.fold[mention.span_end : other.start]
            if _ABOUT_A_PLANT.search(between[-70:]):
                self._link(agreement, project, mention.start, other.end)
                return [project]
            return []
        return []

    def _partners(
        self,
        mentions: list[tuple[RecordMention, Entity]],
        orgs: list[tuple[Any, Entity]],
        forward: bool = False,
    ) -> None:
        """Companies named beside a project named in the same sentence take part in it."""
        projects = [e for m, e in mentions if m.kind == "projects"]
        if not projects and "projects" in self.focus:
            projects = [self.focus["projects"]]
        if not projects and forward:
            # "Rosatom has launched the construction of Egypt's first nuclear power plant":
            # a partner of the project named next.
            for org, org_entity in orgs:
                if org.kind == "company":
                    self.pending.append(self._partner_of(org, org_entity))
            return
        if not projects and self.lead is not None:
            # "The local investment has been effected through SKY Investments", before the
            # plant is named: the body the money goes through takes part in it
            for org, org_entity in orgs:
                if org.kind == "company" and _INVESTED_THROUGH.search(
                    self.fold, max(0, org.start - 80), org.start
                ):
                    self.lead.append(self._partner_of(org, org_entity))
                elif org.kind == "company" and _PARTNERING_AFTER.match(self.fold, org.end):
                    # "Kelvo & Co and Tarvo Chemicals will partner X to produce ammonia",
                    # then "The new firm will build an ammonia plant … and a urea plant":
                    # the venture's partners, said before its plants, are each one's
                    self.lead_parties.append(self._partner_of(org, org_entity))
                elif org.kind == "company" and (
                    _TO_PRODUCE_AFTER.match(self.fold, org.end)
                    or _PERMIT_GRANTED_TO.search(self.fold, max(0, org.start - 60), org.start)
                ):
                    # "La société Kelvo va produire 350 mille tonnes de ciment par an",
                    # before the plant is named: the company that will make its output
                    self.lead.append(self._partner_of(org, org_entity))
            return
        if not projects:
            return
        for org, org_entity in orgs:
            backing = _BACKED_BY.search(self.fold[max(0, org.start - 90) : org.start])
            if backing and rx.search(
                r"\b(?:capital social|share capital)\b[^.;]*$",
                self.fold[max(0, org.start - 150) : org.start],
            ):
                backing = None  # "dont le capital social est détenu … par X": the company's
            if self._parent_apposed(org):
                self.parents.add(org_entity.ref)
                continue  # "X, une filiale du groupe Y": Y says whose X is
            if org_entity.ref in self.parents:
                continue  # "Le président du conseil de Y" after "la filiale de Y": the owner
            if getattr(org, "listed", False):
                continue  # "South Korean shipyards including X and Y": of a kind, no party
            if getattr(org, "pointer", False):
                continue  # "Le manufacturier sud-coréen": the partner, quoted where named
            if _CUSTOMER_BEFORE.search(self.fold, max(0, org.start - 50), org.start):
                continue  # "sera livré au client Prasa": who buys its output, no party
            if self._customers_plant_owner(org):
                continue  # "driveshafts for vehicles built by X's Montgomery plant": a buyer
            if _REFUSED_BY.search(self.fold, max(0, org.start - 70), org.start):
                continue  # "despite the rejection of its application by X": X said no
            if _OWNED_BEFORE.search(self.fold, max(0, org.start - 70), org.start):
                continue  # "propriété jusqu'ici de la société X": the seller, no party now
            if _RANKED_AFTER.search(self.fold, max(0, org.start - 120), org.start):
                continue  # "the second joint venture … after X": X's came first, X no party
            if _COMES_AFTER.search(self.fold, max(0, org.start - 120), org.start):
                continue  # "Kelvo's comes shortly after Japan's X … plumped for": X's, before
            if _PRESENT_BEFORE.search(self.fold, max(0, org.start - 400), org.start):
                continue  # "attended by …": a guest at its ceremony, no party
            if _COMPETING_BEFORE.search(self.fold, max(0, org.start - 150), org.start):
                continue  # "où sont déjà présents X, Y et Z": a rival, no party
            if self._attributed(org.start, org.end):
                continue  # "…, the Committee for Investments said": who tells it, no party
            if _SUPPLIED_AFTER.match(self.fold, org.end):
                continue  # "The Italian Sacmi's process line was chosen": a supplier, no party
            if _ADVISER_AFTER.match(self.fold, org.end):
                continue  # "has appointed X as its Financial Advisor": hired to advise, no party
            if _PARENT_OR_PRINCIPAL_BEFORE.search(self.fold, max(0, org.start - 40), org.start):
                # "through its parent Company i.e. X", "the authorized dealer of Audi AG":
                # whose the partner is, or whose goods it sells, no party of the plant
                continue
            if _PLANT_SUPPLIER_BEFORE.search(self.fold, max(0, org.start - 90), org.start):
                continue  # "the equipment supplier for the plant is X": equips it, no party
            invests = _INVESTS_AFTER.match(self.fold, org.end)
            if org.kind == "company" or ((backing or invests) and org.kind != "ministry"):
                # "avec l'appui de … le Conseil coton anacarde", "in partnership with X"
                self.add(
                    projects[0],
                    "parties",
                    {"org": org_entity.ref, "role": "partner"},
                    org.start,
                    org.end,
                    0.5,
                )

    def _attributed(self, start: int, end: int) -> bool:
        """True if the name at ``start`` is said as who told the news, in a clause after it
        ("…, the Committee for Investments said.")."""
        return bool(
            _ATTRIBUTED_BEFORE.search(self.fold, max(0, start - 8), start)
            and _ATTRIBUTED_AFTER.match(self.fold, end)
        )

    def _partner_of(self, org: Any, org_entity: Entity) -> Callable[[Entity], None]:
        """What makes ``org`` a partner of the project named later, quoted where it is said."""

        def partner(project: Entity) -> None:
            self.add(
                project,
                "parties",
                {"org": org_entity.ref, "role": "partner"},
                org.start,
                org.end,
                0.5,
            )

        return partner

    def _lone_company_party(self) -> None:
        """The one company an article names is the party of its one plant, when no sentence
        said the two together ("Fage … a choisi de pérenniser sa présence au Luxembourg.
        Le dirigeant … a annoncé … la construction d'une usine"): quoted where its name
        is proposed, the last such place before the plant."""
        projects = self._proposed_about("projects")
        companies = [
            e
            for e in self.entities
            if e.kind == "orgs"
            and e.defaults.get("org_kind") == "company"
            and any(p.group == e.ref for p in self.proposals)
        ]
        if len(projects) != 1 or len(companies) != 1:
            return
        plant, company = projects[0], companies[0]
        if any(p.group == plant.ref and p.field == "parties" for p in self.proposals):
            return
        first = min((p.start for p in self.proposals if p.group == plant.ref), default=0)
        said = [p for p in self.proposals if p.group == company.ref and p.field == "name"]
        if said and all(
            _PRESENT_BEFORE.search(self.fold, max(0, p.start - 400), p.start) for p in said
        ):
            return  # "the ceremony was attended by … members of the Y Group": a guest
        if said and all(
            _PLANT_SUPPLIER_BEFORE.search(self.fold, max(0, p.start - 90), p.start) for p in said
        ):
            return  # "the equipment supplier for the plant is X": it equips the plant
        said = [p for p in said if not self._attributed(p.start, p.end)]
        before = [p for p in said if p.start < first] or said
        if not before:
            return
        at = max(before, key=lambda p: p.start)
        role = {"org": company.ref, "role": "partner"}
        self.add(plant, "parties", role, at.start, at.end, 0.4)

    def _proposed_about(self, kind: str) -> list[Entity]:
        """The new records of ``kind`` that some proposal is about."""
        return [
            e
            for e in self.entities
            if e.kind == kind
            and e.subject is None
            and any(p.group == e.ref for p in self.proposals)
        ]

    def _signers_take_part(self) -> None:
        """A plant an agreement is about, with no company taking part in it, takes the
        companies that signed the agreement ("la convention d'investissement entre l'État du
        Sénégal et la société X", then "Cette convention porte sur la construction … d'une
        usine"): the company binds itself to build it. Quoted where it signs."""
        links: set[tuple[str, str]] = set()
        for p in self.proposals:
            if p.field == "projects" and isinstance(p.plain_value(), str):
                links.add((p.plain_value(), p.group))
            elif p.field == "agreements" and isinstance(p.plain_value(), str):
                links.add((p.group, p.plain_value()))
        by_ref = {e.ref: e for e in self.entities}

        def company_parties(record_ref: str) -> list[Proposal]:
            return [
                p
                for p in self.proposals
                if p.group == record_ref
                and p.field == "parties"
                and isinstance(p.plain_value(), dict)
                and (org := by_ref.get(str(p.plain_value().get("org")))) is not None
                and org.defaults.get("org_kind") == "company"
            ]

        for plant_ref, agreement_ref in sorted(links):
            plant = by_ref.get(plant_ref)
            if plant is None or plant.kind != "projects" or company_parties(plant_ref):
                continue
            for signed in company_parties(agreement_ref):
                org_ref = signed.plain_value()["org"]
                self.add(
                    plant,
                    "parties",
                    {"org": org_ref, "role": "partner"},
                    signed.start,
                    signed.end,
                    0.4,
                )

    def _lone_agreement_link(self) -> None:
        """The agreements an article names are about its one plant, when no sentence said
        the two together and the plant's company signed it ("… building its first Egyptian
        plant in Beni Suef", then "Samsung signed a contract with Egyptian officials"), or
        the agreement is said to be to that end ("Un accord préliminaire a été signé en ce
        sens"): the link quoted where the agreement is first said."""
        projects = self._proposed_about("projects")
        agreements = self._proposed_about("agreements")
        if len(projects) != 1 or not agreements:
            return
        plant = projects[0]
        if len(agreements) > 1 and any(
            p.group == plant.ref and p.field == "agreements" for p in self.proposals
        ):
            return
        for agreement in agreements:
            self._link_if_its(plant, agreement, alone=len(agreements) == 1)

    def _link_if_its(self, plant: Entity, agreement: Entity, alone: bool) -> None:
        """Links ``agreement`` to the article's one plant (``_lone_agreement_link``)."""
        if any(
            p.group in ((plant.ref, agreement.ref) if alone else (agreement.ref,))
            and p.field in ("agreements", "projects")
            for p in self.proposals
        ):
            return
        said = [p for p in self.proposals if p.group == agreement.ref and p.field == "title"]
        if not said:
            return
        first = min(said, key=lambda p: p.start)
        sentence = next((s for s in self.sentences if s.start <= first.start < s.end), None)
        to_that_end = sentence is not None and _TO_THAT_END.search(
            self.fold, sentence.start, sentence.end
        )
        title = fold(first.quote)  # (its words as said: what it is about, if any)
        if (
            not to_that_end
            and rx.search(r"\b(?:on|for|to|about|sur|pour|relatif|concernant)\b", title)
            and not rx.search(rf"\b(?:{PROJECT_NOUNS_FR}|{PROJECT_NOUNS_EN})\b", title)
        ):
            return  # "a memorandum of understanding on training": about something else
        # (one the plant's company signed: a party of both, or named in its sentence)
        owners = {
            p.plain_value()["org"]
            for p in self.proposals
            if p.group == plant.ref and p.field == "parties" and isinstance(p.plain_value(), dict)
        }
        signers = {
            p.plain_value().get("org")
            for p in self.proposals
            if p.group == agreement.ref
            and p.field == "parties"
            and isinstance(p.plain_value(), dict)
        }
        named_there = sentence is not None and any(
            sentence.start <= p.start < sentence.end
            for p in self.proposals
            if p.group in owners and p.field == "name"
        )
        if not alone and not to_that_end:
            return
        if not (owners & signers) and not named_there and not to_that_end:
            return
        self.add(agreement, "projects", plant.ref, first.start, first.end, 0.4)
        self.add(plant, "agreements", agreement.ref, first.start, first.end, 0.4)

    def _sums_of_the_plant(self) -> None:
        """A sum said with an agreement ("has agreed a deal to invest around 200 million
        pesos into the state"), in an article of one plant, is the plant's: what is invested
        goes into it, and the deal is the promise to."""
        projects = self._proposed_about("projects")
        if len(projects) != 1:
            return
        plant = projects[0]
        deals = {e.ref for e in self._proposed_about("agreements")}
        held = {
            repr(p.plain_value())
            for p in self.proposals
            if p.group == plant.ref and p.field == "investment"
        }
        moved = []
        for p in self.proposals:
            if (
                p.group in deals
                and p.field == "investment"
                # ("le contrat … atteint une valeur de 4 milliards d'euros": the deal's worth)
                and not rx.search(
                    r"\b(?:valeur|value|worth|valued|montant)\b[^.;]*$",
                    self.fold[max(0, p.start - 60) : p.start],
                )
            ):
                if repr(p.plain_value()) in held:
                    continue  # said of both: the plant's claim stands alone
                p.new = plant.new
            moved.append(p)
        self.proposals = moved

    def _subsidiary_apposed(self, org: Any) -> bool:
        """True if ``org`` is said to be a subsidiary ("Safran Electrical & Power, filiale
        de Safran", "X, a subsidiary of Y"): a company of its own, though another's name
        opens its name."""
        return bool(_SUBSIDIARY_APPOSED.match(self.fold, org.end))

    def _set_up_by_another(self, org: Any) -> bool:
        """True if ``org`` is named as the company another set up ("X established a foreign
        subsidiary, X Jizzakh LLC"): a company of its own, said for the first time, however
        like its parent's its name is."""
        return bool(_SUBSIDIARY_SET_UP.search(self.fold, max(0, org.start - 70), org.start))

    def _parent_apposed(self, org: Any) -> bool:
        """True if ``org`` is named as the owner of the company said just before it ("X, une
        filiale du groupe Y", "l'entreprise marocaine, filiale du groupe Y", "X, owned by
        Y"); "l'usine de X, détenue par Y", "the venture by X, a subsidiary of Y" say the
        plant's owner, who takes part in it (not "the project is run by X, which is a
        subsidiary of Y": a clause of its own says whose X is)."""
        sentence = next((x for x in self.sentences if x.start <= org.start < x.end), None)
        since = sentence.start if sentence else 0  # (the sentence's words only)
        apposed = _PARENT_APPOSED.search(self.fold, max(since, org.start - 60), org.start)
        if apposed is None:
            return False
        if rx.match(r",? (?:which|that|qui) ", apposed.group()):
            return True
        before = self.fold[max(since, apposed.start() - 40) : apposed.start()]
        return not rx.search(rf"\b(?:{PROJECT_NOUNS_FR}|{PROJECT_NOUNS_EN}|venture)\b", before)

    def _signed_by_its_officer(
        self,
        s: Sentence,
        mentions: list[tuple[RecordMention, Entity]],
        orgs: list[tuple[Any, Entity]],
    ) -> None:
        """ "Kelvaro's chief executive, Budi Santoso, signed the investment agreement": the
        company whose officer signs, said as the sentence's subject, is a party."""
        agreements = [e for m, e in mentions if m.kind == "agreements"]
        if not agreements:
            return
        said = _OFFICER_SIGNS.match(self.text, s.start, s.end)
        if said is None:
            return
        parties = {
            p.plain_value().get("org")
            for p in self.proposals
            if p.group == agreements[0].key and p.field == "parties"
        }
        spans = {said.span("org"), said.span("other")}
        for org, org_entity in orgs:
            if (org.start, org.end) in spans and org_entity.ref not in parties:
                self.add(
                    agreements[0],
                    "parties",
                    {"org": org_entity.ref, "role": "signatory"},
                    org.start,
                    org.end,
                    0.5,
                )

    def _signed_by_the_company_spoken_of(
        self, s: Sentence, mentions: list[tuple[RecordMention, Entity]]
    ) -> None:
        """ "A memorandum … was exchanged between the Board and the company", "signé entre
        l'Etat et la société": the company the plant spoken of is built by signs it."""
        agreements = [e for m, e in mentions if m.kind == "agreements"]
        said = _WITH_THE_COMPANY.search(self.fold, s.start, s.end) or (
            _AND_THE_COMPANY_SIGNED.search(self.fold, s.start, s.end)
        )
        plant = self.focus.get("projects")
        if not agreements or said is None or plant is None:
            return
        builders = [
            p.plain_value()["org"]
            for p in self.proposals
            if p.group == plant.ref
            and p.field == "parties"
            and isinstance(p.plain_value(), dict)
            and p.plain_value().get("role") == "partner"
        ]
        if len(set(builders)) != 1:
            return  # (none, or two: which one the words point at is not said)
        if any(
            p.group == agreements[0].key
            and p.field == "parties"
            and p.plain_value().get("org") == builders[0]
            for p in self.proposals
        ):
            return
        a, b = said.span("company")
        self.add(agreements[0], "parties", {"org": builders[0], "role": "party"}, a, b, 0.4)

    def _signed_on_behalf(
        self,
        s: Sentence,
        mentions: list[tuple[RecordMention, Entity]],
        orgs: list[tuple[Any, Entity]],
    ) -> None:
        """ "X signed the agreement on behalf of the Maldives government", "a signé l'accord
        au nom du gouvernement": whom the signer stood for is a party."""
        agreements = [e for m, e in mentions if m.kind == "agreements"]
        if not agreements:
            return
        for org, org_entity in orgs:
            if _ON_BEHALF_OF.search(self.fold, max(s.start, org.start - 120), org.start):
                self.add(
                    agreements[0],
                    "parties",
                    {"org": org_entity.ref, "role": "party"},
                    org.start,
                    org.end,
                    0.5,
                )

    def _signatories(
        self,
        s: Sentence,
        mentions: list[tuple[RecordMention, Entity]],
        orgs: list[tuple[Any, Entity]],
    ) -> None:
        """ "signé par X, le PDG de Sonatrach, et son homologue de la société Citic": the
        organisations of those who signed are the agreement's parties."""
        self._signed_on_behalf(s, mentions, orgs)
        self._signed_by_its_officer(s, mentions, orgs)
        self._signed_by_the_company_spoken_of(s, mentions)
        cue = rx.search(
            r"(?:signee? par|paraphee? par|signed by|initialled by)"
            # "a été signé hier, dimanche 10 septembre, à Kigali par X et Y": when and where
            # between the verb and its agents
            r"|\b(?:signee?|paraphee?),? (?:[^.;]{1,60}?,? )?par (?!(?:la suite|ailleurs|an|mois|jour)\b)",
            self.fold[s.start : s.end],
        )
        if not cue:
            return
        agreements = [e for m, e in mentions if m.kind == "agreements"] or (
            [self.focus["agreements"]] if "agreements" in self.focus else []
        )
        present = rx.search(
            r"en presence d|in the presence of|witnessed by|sous la presidence",
            self.fold[s.start + cue.end() : s.end],
        )
        until = s.start + cue.end() + present.start() if present else s.end
        for agreement in agreements[:1]:
            # (a party already, as the signing's subject: no second claim as a signatory)
            parties = {
                p.plain_value().get("org")
                for p in self.proposals
                if p.group == agreement.key and p.field == "parties"
            }
            for org, org_entity in orgs:
                if s.start + cue.start() < org.start < until and org_entity.ref not in parties:
                    parties.add(org_entity.ref)
                    self.add(
                        agreement,
                        "parties",
                        {"org": org_entity.ref, "role": "signatory"},
                        org.start,
                        org.end,
                        0.55,
                    )
            # "signed by Kelvo's chief executive, John Tarvel": the company said only in its
            # officer's title is a party too
            named = {n for e in self.entities if e.ref in parties for n in e.names}
            for org_entity in self._officers_orgs(s.start + cue.start(), until):
                if org_entity.ref in parties or org_entity.name in named:
                    continue
                # (quoted where the text first names it, GOLD.md rule 23)
                at = self.text.find(org_entity.name, self.headline_end)
                if 0 <= at < until:
                    parties.add(org_entity.ref)
                    self.add(
                        agreement,
                        "parties",
                        {"org": org_entity.ref, "role": "signatory"},
                        at,
                        at + len(org_entity.name),
                        0.5,
                    )

    def _officers_orgs(self, start: int, end: int) -> list[Entity]:
        """The organisations of the people given a role between ``start`` and ``end``."""
        refs = [
            p.plain_value().get("org")
            for p in self.proposals
            if p.field == "roles" and start <= p.start < end
        ]
        return [e for e in self.entities if e.kind == "orgs" and e.ref in refs]

    def _link(self, agreement: Entity, project: Entity, start: int, end: int) -> None:
        self.add(agreement, "projects", project.ref, start, end, 0.6)
        self.add(project, "agreements", agreement.ref, start, end, 0.6)

    def _asides(self, start: int, mentions: list[tuple[RecordMention, Entity]]) -> set[int]:
        """Where the sentence opening at ``start`` names a plant only beside its subject,
        the first plant it names ("La cimenterie de X, qui vient s'ajouter à celle de Y,
        créera 300 emplois", "The new mill, next to the X plant, will …"): those plants
        gather none of its claims, and the subject stays the plant spoken of."""
        plants = [(m, e) for m, e in mentions if m.kind == "projects"]
        if "projects" in self.focus:
            # "Sa construction … sera suivie par la création d'une usine de panneaux
            # solaires", "Its construction will be followed by a …": what comes after the
            # plant spoken of, which stays the subject
            after = _FOLLOWED_BY.match(self.fold, start)
            if after is not None:
                return {m.start for m, _ in plants if m.start >= after.end()}
        if len(plants) < 2:
            return set()
        first, subject = plants[0]
        return {
            m.start
            for m, e in plants[1:]
            if e is not subject and aside_plant(self.fold, start, m.start, first.start)
        }

    def _customers_plant_owner(self, org: Any) -> bool:
        """True if ``org`` owns a plant the goods are made for, said by its possessive
        ("vehicles built by X's Montgomery plant", ``customers_plant``): who buys them."""
        owner = _POSSESSIVE.match(self.fold, org.end)
        if owner is None:
            return False
        return customers_plant(self.fold, self.sentence_span(org.start)[0], owner.end())

    def _plants_paired(self, mentions: list[tuple[RecordMention, Entity]]) -> None:
        """ "an ammonia plant capable of … and a urea plant with a capacity of …": two plants
        a sentence names joined by "and", each with its article, are the pair the next
        sentences speak of until one names a plant ("construction is expected to begin by
        the end of 2012": both plants' start)."""
        plants = [
            (m, e)
            for m, e in mentions
            if m.kind == "projects" and m.start not in self._aside and not e.defaults.get("plural")
        ]
        if not plants:
            return
        self.focus_pair = []
        if len(plants) != 2 or plants[0][1] is plants[1][1]:
            return
        (first, one), (second, other) = plants
        between = self.fold[first.end : second.start]
        if rx.search(r"[.;:]", between) or not rx.search(r"\b(?:and|et) (?:an?|une?)\s*$", between):
            return
        self.focus_pair = [one, other]

    def apply_to_pair(
        self,
        at: int,
        mentions: list[tuple[RecordMention, Entity]],
        forward: bool,
        do: Callable[[Entity], None],
    ) -> None:
        """``do`` to both plants of the pair the sentence before named, when this sentence
        names no plant and speaks of the last one; else as ``_apply`` says."""
        if (
            len(self.focus_pair) == 2
            and self.focus.get("projects") in self.focus_pair
            and not any(m.kind == "projects" for m, _ in mentions)
        ):
            for plant in self.focus_pair:
                do(plant)
            return
        self._apply("projects", at, mentions, forward, do)

    def pending_to_focus(self) -> None:
        """What waited for a plant to be named ("a inauguré sa première usine au Vietnam"
        under the headline's "Lego ouvre une usine à Binh Duong") and was not: the plant
        spoken of is the one its status, dates and place were said of, if there is one;
        else they are dropped."""
        focus = self.focus.get("projects")
        pending, self.pending = self.pending, []
        facts, self.pending_facts = self.pending_facts, []
        described, self.pending_described = self.pending_described, None
        if focus is None or self.pending_another:
            return
        if (
            described
            and self._named_in_headline_only(focus)
            # ("L'usine de traitement du latex Viêt Lào mise en chantier": a name the
            # headline gives, its capitals, stays; "third European plant": a continent's
            # adjective is no name's capital)
            and not any(
                word[:1].isupper() and not naming.continental(word)
                for word in focus.name.split()[1:]
            )
        ):
            # "China's 1st overseas alumina oxide project starts operation", then "A
            # Chinese-invested smeltery was put into production": the body's first words for
            # the headline's plant name it (the convention's noun phrase is the body's)
            self.add(focus, "name", {self.lang: described[0]}, described[1], described[2], 0.6)
        for deferred in pending:
            # (a status, a date or a place, deferred by ``_apply``, is the plant's; a link
            # to an agreement and a sector waited for the plant named, which may be another)
            if any(deferred is fact for fact in facts):
                deferred(focus)

    def _subject(
        self, kind: str, at: int, mentions: list[tuple[RecordMention, Entity]], forward: bool
    ) -> Entity | str | None:
        if kind == "projects" and self._aside:
            mentions = [(m, e) for m, e in mentions if m.start not in self._aside]
        before = [(m, e) for m, e in mentions if m.kind == kind and m.start <= at]
        last = before[-1][0].start if before else -1
        if kind == "projects" and any(last < x <= at for x in self._elsewhere):
            return "elsewhere"  # "similar projects in the Volta Region": other plants'
        if before:
            return before[-1][1]
        after = [e for m, e in mentions if m.kind == kind]
        if after:
            return after[0]
        if forward and kind == "projects":
            return "pending"
        return self.focus.get(kind)

    def _apply(
        self,
        kind: str,
        at: int,
        mentions: list[tuple[RecordMention, Entity]],
        forward: bool,
        do: Callable[[Entity], None],
    ) -> None:
        subject = self._subject(kind, at, mentions, forward)
        if subject is None and kind == "projects" and self.lead is not None:
            if at >= self.headline_end:  # a headline says what the article is about
                self.lead.append(do)
        elif subject == "pending":
            self.pending.append(do)
            self.pending_facts.append(do)
        elif subject == "elsewhere":
            return
        elif isinstance(subject, Entity):
            do(subject)
