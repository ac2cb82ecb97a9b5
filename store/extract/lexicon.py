"""The words the regional and business press uses, French and English: sectors, statuses,
countries, the nouns that name a project or an agreement, the titles people hold.

Patterns are matched on the folded text (``store.text.fold``: lower case, no accents,
straight apostrophes), whose offsets are those of the original text character for
character (``segment.folded``)."""

from __future__ import annotations

from dataclasses import dataclass

from . import rx


@dataclass(frozen=True)
class SectorWords:
    key: str
    en: str
    fr: str
    patterns: tuple[str, ...]  # regexes on folded text


def trades_said(words: str) -> list[SectorWords]:
    """The sectors whose words ``words`` (folded) say: "textile mill" and "cotton yarn mill"
    both textiles."""
    return [w for w in SECTORS if any(rx.search(p, words) for p in w.patterns)]


# A power station said to feed the plant it stands by: the plant's own, no trade of its own
# ("a 50 MW combined-cycle power station that will provide electricity to the plant", "to
# power the smelter", "une centrale électrique qui alimentera l'usine en énergie").
_FEEDS_THE_PLANT = (
    r"(?![^.;]{0,40}?\b(?:that|which|to|qui|pour) (?:will |would |shall )?(?:provide|provides|supply"
    r"|supplies|feed|feeds|power|powers|serve|serves|alimenter|alimentera|alimente|alimenterait"
    r"|fournir|fournira|fournit|desservir|desservira)"
    r"(?: (?:electricity|power|energy|steam|l'electricite|l'energie|de l'electricite|de l'energie)"
    r" (?:to|for|a|au|aux))? (?:(?:the|its|this|their) |l'|la |le |cette |ce |les )?"
    r"(?:plant|factory|complex|mill|smelter|refinery|facility|site|project|works|usine|complexe"
    r"|unite|fonderie|cimenterie|raffinerie|projet)s?\b)"
)

SECTORS: tuple[SectorWords, ...] = (
    SectorWords(
        "steel",
        "Steel",
        "Sidérurgie",
        (
            r"siderurgi\w*",
            r"\bacier\w*",
            r"\bacieries?\b",
            r"\bsteel\w*",
            r"rond a beton",
            # bars and rods for concrete: "barres de fer", "fer à béton", "iron rods", "rebar"
            r"\bbarres? de fer\b|\bfers? a beton\b|\biron (?:rods?|bars?)\b|\brebars?\b"
            r"|\breinforcing bars?\b|\bdeformed bars?\b",
            # metals worked from ore: "ferronickel smelter", "fonderie de fer", "metallurgical plant"
            r"\bferro-?(?:nickel|manganese|chrome|silicon|alliages?|alloys?)\b|\bnickel pig iron\b",
            # nickel made at a plant: "30.000 tonnes de nickel/métal", "La production de
            # nickel", "a nickel smelter" (a nickel mine is a mine's)
            r"\bnickel[ /-]metal\b|\bproduction de nickel\b|\b(?:tonnes|tons) (?:de |of )nickel\b"
            r"|\bnickel (?:smelter|plant|processing plant)\b|\busine (?:de|du) nickel\b",
            r"\bfonderies? (?:de fer|de fonte|d'acier)\b|\biron (?:foundry|foundries|smelter)\b|\bfonte\b",
            r"\bmetallurgi\w+|\bmetallurgical\b|\bbillettes?\b|\bbillets\b",
            # sheet steel and the works that roll or shape it: "une tôlerie industrielle",
            # "tôles ondulées", "a sheet metal plant" (not the aluminium's: "tôles d'aluminium")
            r"\btoleries?\b|\btoles?\b(?! (?:d'|en )alumin)|\bsheet (?:metal|steel)\b",
            # iron reduced from its ore: "a pig iron plant", "a sponge iron project"
            r"\b(?:pig|sponge) iron\b",
            # iron ore made into pellets for the furnaces: "une unité de bouletage de fer",
            # "an iron ore pellet plant", "pelletizing plant"
            r"\bbouletage\b|\bboulettes de (?:fer|minerai)\b|\biron (?:ore )?pellets?\b"
            r"|\bpelleti[sz]ing (?:plant|facility|unit)\b",
            # pipes and tubes rolled or welded of steel: "une usine de tubes sans soudure",
            # "tubes soudés", "seamless pipes", "welded pipes"
            r"\btubes? (?:sans soudure|soudes?|en acier)\b|\b(?:seamless|welded) (?:steel )?(?:pipes?|tubes?)\b",
            # flat steel rolled hot or cold: "a hot-rolled coil plant", "des bobines laminées à
            # chaud", "a cold rolling mill"
            r"\b(?:hot|cold)[- ]roll(?:ed|ing)\b(?! alumin)|\blaminee?s? a (?:chaud|froid)\b",
        ),
    ),
    SectorWords(
        "aluminium",
        "Aluminium",
        "Aluminium",
        (
            # (not the material of a car's wheels: "jantes en aluminium", "aluminium alloy
            # wheels" are car parts, the automotive trade's)
            r"(?<!jantes en )(?<!jante en )(?<!jantes d')(?<!roues en )\balumin(?:ium|um)\b(?! (?:alloy )?(?:wheels?|rims?)\b)",
            # the oxide refined from bauxite on the way to the metal: "processes bauxite into
            # alumina", "une raffinerie d'alumine"
            r"\balumina\b|\balumine\b",
        ),
    ),
    SectorWords(
        "pharmaceuticals",
        "Pharmaceuticals",
        "Industrie pharmaceutique",
        (
            r"(?:industrie|produits?|production) pharmaceutiques?",
            r"\bdu pharmaceutique\b",
            r"\bmedicaments?\b",
            r"\bpharmaceuticals?\b",
            # "a biopharma plant", "biopharmaceutical medicine"
            r"\bbiopharma(?:ceuticals?|ceutiques?)?\b",
            r"\bmedicines?\b",
            # "a vaccine plant", "insulin", "des vaccins"
            r"\bvaccines?\b|\bvaccins?\b|\binsulin(?:e)?\b",
            # "a drug substance manufacturing facility", "biologics", "the pharma sector"
            # ("drug trafficking" is none)
            r"\bdrugs? (?:substances?|products?|manufactur\w*|plants?|factor(?:y|ies)|production|makers?)\b"
            r"|\bbiologics\b|\bpharma\b",
        ),
    ),
    SectorWords(
        "manufacturing",
        "Manufacturing",
        "Industries de transformation",
        (
            r"industries? de (?:la )?transformation",
            # "manufacturing" alone says how a product is made ("a tyre manufacturing
            # plant"); only the trade said as such is the sector ("its chief manufacturing
            # base for Europe" is where it makes things, no trade)
            r"\bmanufacturing (?:sectors?|industry|industries)\b",
        ),
    ),
    SectorWords(
        "heavy-industry",
        "Heavy industry",
        "Industrie lourde",
        (r"industries? lourdes?", r"heavy industry"),
    ),
    # ("voitures de tourisme", "véhicules de tourisme": passenger cars, no tourism)
    SectorWords(
        "tourism",
        "Tourism",
        "Tourisme",
        (r"(?<!\bvoitures de )(?<!\bvehicules de )\btouris(?:me|tique)s?\b", r"\btourism\b"),
    ),
    SectorWords(
        "automotive",
        "Automotive",
        "Automobile",
        (
            r"\bautomobiles?\b",
            # ("véhicules blindés", "armoured vehicles": a defence trade's, no car's)
            r"\bvehicules?\b(?! blindes?\b)(?! militaires?\b)",
            r"\bautomotive\b",
            r"\bcarmakers?\b",
            r"\bautomakers?\b",
            # (not the chargers made for them: "electric vehicle chargers", "charging stations")
            r"\belectric vehicles?\b(?! charg)",
            r"(?<!armoured )(?<!armored )(?<!military )\bvehicle\w*(?! charg)",
            r"\bpieces (?:de rechange|detachees) automobiles?\b",
            # ("an auto components manufacturing unit", "des composants automobiles")
            r"\bauto parts\b|\b(?:auto|automotive|car) (?:components?|spare parts)\b"
            r"|\b(?:composants?|equipements?) (?:automobiles?|pour l'automobile)\b",
            r"\bcamions?\b",
            r"\btrucks?\b",
            # "assembling pickups", "SUVs and sedans": cars by their body
            r"\bpick-?ups?\b(?! points?)|\bsuvs?\b|\bsedans?\b|\bberlines?\b(?= (?:et|and|,))",
            # "the country's only car plant", "une chaîne de montage de bus", "bus assembly"
            r"(?<!subway )(?<!metro )(?<!rail )(?<!railway )(?<!transit )(?<!tram )(?<!passenger )"
            r"\bcar (?:plants?|factor(?:y|ies)|assembly (?:plants?|lines?)"
            # ("a car production line", "the Samand sedan car producing plant")
            r"|(?:production|producing|manufacturing) (?:plants?|factor(?:y|ies)|lines?))\b|\bvoitures?\b(?! (?:de (?:metro|tramway|trains?|voyageurs)|ferroviaires?)\b)",
            r"\b(?:chaines? de montage|assemblage|montage) (?:de |des )?(?:bus|autobus|autocars?)\b|\bbus assembly\b",
            # parts made only for cars: "une usine d'airbags", "seat belts", "faisceaux"
            # ("automotive wiring harnesses", "faisceaux de câbles": a car's wiring)
            r"\bairbags?\b|\bseat ?belts?\b|\bceintures de securite\b"
            r"|\bfaisceaux (?:de cables|electriques)\b|\bwiring harness(?:es)?\b",
            # buses said bare: "electric buses", "des autobus", "bus électriques"
            r"\b(?:electric |hybrid )?buses\b|\b(?:electric|hybrid) bus\b|\bautobus\b|\bautocars?\b"
            r"|\bbus (?:electriques?|hybrides?)\b",
            # two wheels and the cells that drive electric vehicles
            r"\bmotorcycles?\b|\bmotorbikes?\b|\bscooters?\b|\bmotos\b|\bmotocyclettes?\b",
            r"\bbatteries? (?:pour (?:les )?vehicules|for electric vehicles|lithium)\w*|\bev batter(?:y|ies)\b",
            # ("electric batteries for cars", "batteries pour voitures")
            r"\bbatteries? (?:pour (?:les )?(?:voitures|automobiles)|for (?:electric )?cars)\b",
            r"\bbatteries? (?:de|d'|a) (?:lithium|stockage|l'ion)\w*|\blithium[- ]ion batter(?:y|ies)\b",
            # "une usine de cellules de batteries", "battery cells"
            r"\bcellules? de batteries?\b|\bbattery cells?\b",
            # what the cells are made of: "matériaux pour batteries", "battery cathode
            # materials" (not copper cathodes, a metal)
            r"\bmateriaux (?:pour|de|des) (?:les )?batteries\b|\bbattery (?:materials?|cathodes?"
            r"|anodes?)\b|\bcathodes? (?:pour|for) (?:les )?batter",
            # parts no other trade uses, said by their name: "fermetures de portière", "door
            # latches", "rétroviseurs", "boîtes de vitesses", "brake pads", "shock absorbers"
            r"\b(?:fermetures?|serrures?|poignees?|modules?) de portieres?\b|\bcar door\w*|\bdoor (?:latch(?:es)?|modules?)\b"
            r"|\bleve-vitres?\b|\bwindow regulators?\b|\bretroviseurs?\b|\b(?:rear-?view|wing) mirrors?\b"
            r"|\bpare-chocs\b|\bbumpers\b|\bessuie-glaces?\b|\bwindscreen wipers?\b|\bwiper (?:blades?|systems?)\b"
            r"|\bboites? de vitesses?\b|\bplaquettes? de freins?\b|\bbrake (?:pads?|discs?|calipers?|systems?)\b"
            r"|\betriers? de freins?\b|\bsystemes? de freinage\b|\bbraking systems?\b"
            r"|\bamortisseurs?\b|\bshock absorbers?\b|\bpots? d'echappement\b|\bexhaust (?:systems?|pipes?)\b"
            # wheels and rims, whatever their metal: "jantes en aluminium", "alloy wheels"
            r"|\bjantes?\b|\b(?:alloy|aluminium|aluminum|steel) wheels?\b|\bwheel rims?\b"
            r"|\bsieges? (?:auto(?:mobiles?)?|de voitures?)\b|\bcar seats?\b|\bcolonnes? de direction\b|\bsteering (?:wheels?|columns?|systems?)\b",
            # what drives a car: "electrified powertrains", "a gearbox plant", "automatic
            # transmissions" (not the lines that carry power: "power transmission lines")
            r"\bpowertrains?\b|\bdrivetrains?\b|\be-axles?\b|\bgearbox(?:es)?\b"
            r"|\b(?:automatic|manual|dual-clutch|continuously variable|car|vehicle) transmissions?\b",
        ),
    ),
    SectorWords(
        "textiles",
        "Textiles",
        "Textile",
        (
            r"\btextiles?\b",
            r"\bfilatures?\b",
            r"\btissages?\b",
            r"\bspinning\b",
            r"\bweaving\b",
            r"\bcotton (?:mill|yarn|fabric)s?\b",
            # cotton cleaned of its seed: "a cotton ginnery", "une usine d'égrenage"
            r"\bginner(?:y|ies)\b|\bcotton ginning\b|\begrenage\b",
            r"\bfils? de coton\b",
            r"\bgarments?\b",
            r"\bapparel\b",
            r"\bconfection\b",
            r"\bhabillement\b",
            r"\bchemis(?:es|iers?)\b|\bshirts\b",
            # "la fabrication de casquettes", "a headwear factory": caps are sewn as garments
            r"\bcasquettes\b|\bheadwear\b|\bbaseball caps\b",
            r"\bdenim\b",
            r"\btissus\b|\bfabrics\b",
            r"\byarns?\b",
        ),
    ),
    SectorWords(
        "diamonds",
        "Diamonds",
        "Diamants",
        (
            # the stones cut, polished or traded, not mined: "a diamond cutting and polishing
            # facility", "rough diamonds", "la taille de diamants", "un diamantaire"
            r"\bdiamond (?:cutting|polishing|processing|beneficiation|trading|manufacturing)\b"
            r"|\b(?:rough|gem|polished|cut) diamonds?\b|\bdiamantaires?\b"
            r"|\b(?:taille|polissage|transformation|negoce) (?:de |des )diamants\b"
            r"|\bdiamants (?:bruts|tailles|polis)\b",
        ),
    ),
    SectorWords(
        "mining",
        # (the analysts' English name too: "a $2bn nickel mine" → Mines)
        "Mines",
        "Mines",
        (
            # (not a battery's cathode: "phosphate de fer lithié", "lithium iron phosphate")
            # (nor a fertiliser's kind: "des engrais phosphatés", "phosphate fertilisers")
            r"(?<!iron )(?<!engrais )\bphosphates?\b(?! de fer)(?! fertili[sz]ers?)",
            r"\bminier\w*",
            r"\bmining\b",
            r"\bminerais? de fer\b",
            r"\bgisements? de fer\b",
            r"\biron ore\b",
            # the metal mined or refined, not the cells a battery plant makes ("batteries
            # lithium-ion", "lithium batteries")
            r"(?<!batteries )(?<!batteries au )(?<!battery )\blithium\b(?![- ]ion)(?! batter)(?! iron phosphate)",
            r"\bcobalt\b",
            r"\bmines? d'(?:or|cuivre|uranium|zinc|plomb|charbon)\b",
            r"\b(?:gold|copper|uranium|zinc|coal) mines?\b",
            # copper won from its ore: "a copper smelter", "copper concentrate" (the analysts
            # file it with the mines)
            r"\bcopper (?:smelter|smelting|smeltery|refinery|cathodes?|concentrates?)\b",
            # a mine said by what it yields: "a $2bn nickel mine", "an open-pit bauxite mine",
            # "une mine de manganèse" (not a land mine, nor "mine de rien")
            r"\b(?:nickel|iron|iron ore|bauxite|manganese|chrome|chromite|diamond|silver|platinum|tin"
            r"|lithium|potash|phosphate|graphite|cobalt|rare earths?|lead|tungsten|molybdenum)"
            r"(?: and [a-z]+)? mines?\b"
            r"|\bmines? (?:de |d')(?:nickel|fer|bauxite|manganese|chrome|diamants?|argent|platine|etain"
            r"|lithium|potasse|phosphates?|graphite|cobalt|terres rares|tungstene|molybdene)\b",
            # base metals won from their ores, by the tonne: "50 thousand tons of lead and 50
            # thousand tons of zinc", "40 000 tonnes de plomb et de zinc", "lead-zinc"
            r"\b(?:tons?|tonnes?) of (?:lead|zinc)\b|\btonnes? de (?:plomb|zinc)\b"
            r"|\blead(?: and |-)zinc\b|\bzinc(?: and |-)lead\b|\bplomb et (?:de |du )?zinc\b|\bzinc et (?:de |du )?plomb\b",
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
            # "an infant formula plant", "baby formula": milk for infants, a food
            r"\b(?:infant|baby) (?:milk )?formula\b",
            r"\bdairy\b",
            r"\bagrifood\b",
            r"\bagro-?industri\w+",
            r"\bfood[- ]processing\b",
            r"\bpates alimentaires\b",
            r"\bsemoul\w+",
            r"\bminoteries?\b",
            r"\bsucreries?\b",
            # "un complexe industriel sucrier", "l'industrie sucrière": the sugar's
            r"\bsucrier(?:e|s|es)?\b",
            r"\bsugar refinery\b",
            r"\bhuileries?\b",
            r"\bconserveries?\b",
            # crops, foods and drinks a plant transforms
            r"\b(?:noix de )?cajou\b|\banacarde\b|\bcashews?\b",
            r"\bcacao\b|\bcocoa\b|\bchocolat\w*|\bcafe\b(?! de)|\bcoffee\b",
            r"\bkarite\b|\bshea\b|\bsoja\b|\bsoy(?:a|bean)?s?\b",
            r"\bhuile (?:de palme|vegetale|alimentaire)\b|\b(?:palm|edible|cooking) oil\b",
            # "a coconut oil mill", "50 tonnes of copra a day", "oil palm factories", "huile
            # de coco", "coprah": the oil of palms and coconuts
            r"\b(?:coconut|oil palm|groundnut|peanut|sunflower|soybean) (?:oil|factor(?:y|ies)|mills?)\b"
            r"|\bcopra\b|\bcoprah\b|\bhuile (?:de coco|d'arachide|de tournesol|de soja)\b",
            r"\bfarines?\b|\bflour\b|\bsucre\b|\bsugar\b|\bdairy\b|\blaiteri\w+",
            r"\bjus de \w+|\bfruit juices?\b|\bboissons?\b|\bbeverages?\b|\bsoft drinks?\b",
            # "a juice factory", "a pasta factory", "a rice mill", "poultry processing"
            r"\bjuices? (?:factory|plant)\b|\bpasta\b|\brice (?:mills?|milling|processing)\b"
            # ("an instant noodle factory", "une usine de nouilles", "des pâtes alimentaires")
            r"|\bnoodles?\b|\bnouilles\b|\bpates alimentaires\b"
            # "une usine de lait", "une usine de riz", "transformation de tomates"
            r"|\b(?:usines?|unites?) de (?:transformation (?:de |du |des )?)?(?:lait|riz|tomates?)\b"
            r"|\bpoultry (?:processing|meat|products)\b|\bproduits avicoles\b|\babattoirs?\b"
            r"|\bslaughterhouses?\b",
            r"\bbrasseries?\b|\bbrewer(?:y|ies)\b|\bbieres?\b|\bbeers?\b|\bsoju\b",
            r"\beau minerale\b|\bmineral water\b|\bconcentre de tomates?\b|\btomato paste\b",
            # "une usine de transformation de manioc", "a cassava processing plant"
            r"\bmanioc\b|\bcassava\b|\bgari\b|\battieke\b",
            # "a carrageenan factory", "une usine de carraghénane": the seaweed's gum for food
            r"\bcarrageenans?\b|\bcarraghenanes?\b",
            # "a biscuit and bakery plant", "une biscuiterie", "une boulangerie industrielle"
            r"\bbiscuits?\b|\bbiscuiteries?\b|\bbakery\b|\bbakeries\b|\bboulangeries?\b"
            r"|\bviennoiseries?\b",
            r"\bviandes?\b|\bmeat processing\b|\babattoirs?\b|\bslaughterhouses?\b",
            r"\bfood (?:products|factory|plant|industry)\b|\bproduits alimentaires\b",
            # cheese and the dairy that makes it: "la fabrication des fromages", "une
            # fromagerie", "a cheese plant"
            r"\bfromag\w*|\bcheeses?\b",
            r"\byaourts?\b|\byog(?:h)?(?:o)?urts?\b",
            r"\bkimchi\b|\bgelatines?\b|\bcroquettes pour animaux\b|\bpet ?food\b",
            # water bottled, wine, spirits, feed for livestock
            r"\bbottled water\b|\beau en bouteilles?\b|\bwines?\b(?! (?:and|et) spirits? bottles)|\bvins?\b(?= |,|\.)"
            r"|\bspirits\b(?= (?:and|et|distillery|plant))|\bdistiller(?:y|ies)\b(?! (?:of|for) essential)|\bdistilleries?\b(?! (?:d.|pour les |des )huiles? essentielles?)",
            r"\banimal feeds?\b|\blivestock feeds?\b|\bpoultry feeds?\b|\baliments? (?:pour|de) (?:betail|volailles?|animaux)\b"
            r"|\bprovenderies?\b",
        ),
    ),
    SectorWords(
        "rail",
        "Rail transport",
        "Transport ferroviaire",
        (
            r"\bvoies? ferrees?\b",
            r"\bferroviaires?\b",
            r"\brailways?\b",
            r"\brailroad\b",
            # what runs on them: "railway wagons", "des wagons", "rolling stock", "locomotives"
            r"\bwagons?\b|\blocomotives?\b|\brolling stock\b|\bmateriel roulant\b",
            # "a subway car factory", "railcars", "metro cars", "des rames de métro"
            r"\b(?:subway|metro|rail|railway|transit|tram) cars?\b|\brailcars?\b"
            r"|\brames? de (?:metro|tramway)\b|\bvoitures? de (?:metro|tramway)\b",
            # the trains made: "produire 600 trains", "Le premier train sorti de l'usine",
            # "trains périurbains", "commuter trains" (no "train de mesures")
            r"\b(?:\d[\d .,]* |(?:le |the )(?:premier|first) )trains?\b(?! (?:de |d'|of ))"
            r"|\btrains? (?:periurbains?|de banlieue|regionaux|suburbains?|de voyageurs|a grande vitesse)\b"
            r"|\b(?:commuter|passenger|suburban|high-speed) trains?\b",
        ),
    ),
    SectorWords(
        "fertilisers",
        "Fertilisers",
        "Engrais",
        (
            r"\bengrais\b",
            r"\bfertili[sz]ers?\b",
            r"\buree\b|\burea\b",
            r"\bdap\b|\bphosphate d'ammonium\b|\bammonium phosphate\b",
            r"\bnpk\b",
            r"\bsuperphosphates?\b",
        ),
    ),
    SectorWords(
        "defence",
        "Defence",
        "Défense",
        (
            r"\bassault rifles?\b",
            r"\bfusils? d'assaut\b",
            r"\barmements?\b",
            r"\bdefen[cs]e (?:manufacturing|industry|production|equipment)\b",
            r"\bindustrie (?:de (?:la )?)?defense\b",
            r"\bmunitions?\b",
            r"\bammunition\b",
            r"\bblindes?\b",
            r"\barmou?red vehicles\b",
            # the trade said as such: "the sector of military industry", "l'industrie
            # militaire", "military equipment", "l'industrie de l'armement"
            r"\bmilitary (?:industry|industries|equipment|hardware|production|vehicles)\b"
            r"|\bindustries? (?:militaires?|de l'armement|d'armement)\b|\b(?:equipements?|materiels?) militaires?\b",
        ),
    ),
    SectorWords(
        "energy",
        "Energy",
        "Énergie",
        (
            r"\bgaz naturel\b",
            r"\bnatural gas\b",
            r"\bnucleaire\b",
            r"\bnuclear (?:power|plant|energy|reactors?)\b",
            r"(?<!propre )(?<!propres )\bcentrales? (?:electriques?|thermiques?|solaires?|hydroelectriques?|eoliennes?|a gaz|a cycle combine)\b"
            r"(?! (?:captives?|propres?|dediees?|integrees?)\b)" + _FEEDS_THE_PLANT,
            # (not a factory's own: "a self-produced power plant", "its captive power plants",
            # "sa propre centrale électrique" feed the plant, whose trade stays its product's)
            r"(?<!captive )(?<!self-produced )(?<!self-owned )(?<!own )(?<!in-house )(?<!on-site )"
            r"(?<!dedicated )(?<!auxiliary )\bpower (?:plants?|stations?|generation)\b"
            # (nor one said to feed the plant: "a 50 MW power station that will provide
            # electricity to the plant", "une centrale qui alimentera l'usine")
            + _FEEDS_THE_PLANT,
            r"\belectricity (?:plants?|generation|stations?)\b|\bproduction d'electricite\b",
            r"\bphotovoltai\w+",
            r"\bparcs? (?:eoliens?|solaires?)\b",
            r"\bwind (?:farms?|power|turbines?)\b",
            r"\bsolar (?:power|plants?|parks?|panels?|farms?|energy)\b",
            # the cells and modules that make solar power: "a solar module manufacturing
            # facility", "solar cells", "panneaux solaires", "modules solaires"
            r"\bsolar (?:modules?|cells?|wafers?)\b|\b(?:panneaux|modules|cellules) solaires\b",
            # "a solar silicon production facility", "polysilicon for solar cells": the
            # material solar cells are made of
            r"\bsolar(?:-grade)? silicon\b|\bsilicium (?:de qualite )?solaire\b",
            # "a 35-megawatt waste-to-energy plant", "une usine de valorisation énergétique
            # des déchets": power made from refuse
            r"\bwaste[- ]to[- ]energy\b|\bvalorisation energetique des dechets\b"
            # "une usine de traitement des déchets pour la production de l'électricité",
            # "a plant that turns waste into electricity"
            r"|\bdechets (?:pour|destinee? a) (?:la )?produ(?:ction|ire) (?:de |d')?"
            r"(?:l')?electricite\b"
            r"|\bwaste (?:into|to produce|for) (?:electricity|power)\b",
            r"\benergies? renouvelables?\b",
            r"\brenewable energy\b",
            r"\bhydroelectri\w+",
            r"\bhydrogene vert\b",
            r"\bgreen hydrogen\b",
            # an oil refinery and the fuels it makes: the press's gold reads them as energy
            # ("the refinery will produce gasoline, diesel oil, heating oil", "des produits
            # pétroliers", "carburants"); not the oxide's, the sugar's or a metal's refinery
            r"\braffineries?\b(?! (?:d'alumine|de sucre|de cuivre|de nickel|de cobalt|de zinc|d'or))",
            r"(?<!alumina )(?<!sugar )(?<!copper )(?<!nickel )(?<!cobalt )(?<!zinc )(?<!gold )\brefinery\b",
            r"\bgasoline\b|\b(?:light |heavy )?diesel (?:oil|fuel)\b|\bheating oil\b|\bfuel oil\b"
            r"|\bliquefied petroleum gas\b|\bpetroleum products\b|\bproduits petroliers\b|\bcarburants?\b"
            r"|\bgazole\b|\bfioul\b|\bkerosene\b|\bjet fuel\b",
        ),
    ),
    SectorWords(
        "oil-gas",
        "Oil and gas",
        "Hydrocarbures",
        (
            r"\bhydrocarbures\b",
            r"\bpetroli\w+",
            # (an oil refinery is the energy trade's: see "energy")
            r"\boil and gas\b",
            r"\bgaz naturel liquefie\b",
            r"\bgnl\b",
            r"\blng\b",
            r"\bgazoducs?\b",
            r"\boleoducs?\b",
            # oil and gas pipes, not projects "in the pipeline"
            r"(?<!in the )\bpipelines?\b",
        ),
    ),
    SectorWords(
        "agriculture",
        "Agriculture",
        "Agriculture",
        (
            r"\bagricoles?\b",
            r"\bagriculture\b",
            r"\bagricultural\b",
            r"\bcereal(?:e|ier)s?\b",
            r"\bcereals?\b",
            r"\bfarming\b",
            r"\birrigation\b",
            r"\belevage\b",
            r"\blivestock\b",
            r"\bwheat\b",
        ),
    ),
    SectorWords(
        "chemicals",
        "Chemicals",
        "Chimie",
        (
            r"\bpetrochimi\w+",
            r"\bpetrochemical\w*",
            r"\bchimi(?:e|que|ques)\b",
            r"\bchemicals?\b",
            r"\bfibre de verre\b",
            r"\bfib(?:re|er) ?glass\b",
            r"\bpolyester\b",
            r"\bplastiques?\b",
            # ("a plastics bag factory": bags, the packaging trade)
            r"\bplastics\b(?! bags?\b| sacks?\b)",
            r"\bmethanol\b",
            r"\bmelamines?\b",
            r"\bammoniac\b",
            r"\bammonia\b",
            r"\bacides? (?:phosphorique|sulfurique|nitrique|chlorhydrique)s?\b",
            r"\b(?:phosphoric|sulphuric|sulfuric|nitric|hydrochloric) acid\b",
            r"\bsoude caustique\b|\bcaustic soda\b",
            r"\bchlore\b|\bchlorine\b",
            # ("PVC flooring and wall panels": floors and walls, building materials)
            r"\bpolyethylene\b|\bpolypropylene\b|\bpvc\b(?!(?:,? (?:and |et )?(?:wpc|spc))* (?:flooring|floor|wall panels?))",
            # the films made of plastics: "breathable film technologies", "polymer films",
            # "films plastiques" (not a film studio's)
            r"\b(?:plastic|polymer|breathable|stretch|shrink|cast|blown|barrier) films?\b"
            r"|\bfilms? (?:plastiques?|polymeres?|respirants?|etirables?|retractables?)\b",
            r"\bengrais chimiques?\b",
            r"\bdetergents?\b",
            # "une usine de lessive en poudre", "washing powder"
            r"\blessives?\b|\blaundry (?:detergents?|powders?)\b|\bwashing powders?\b",
            # "une distillerie d'huiles essentielles": essential oils are a chemical trade's
            r"\bhuiles? essentielles?\b|\bessential oils?\b",
            # "a mosquito coil factory", "insecticides": what kills insects
            r"\bmosquito coils?\b|\binsecticides?\b|\bspirales? anti-?moustiques?\b",
            # "coatings"; a car plant's "paint shops", "ateliers de peinture", are its workshops
            # (nor "des installations de peinture et de soudage", "a paint line")
            r"(?<!ateliers de )(?<!atelier de )(?<!installations de )(?<!installation de )(?<!chaine de )"
            r"(?<!ligne de )\bpeintures?\b|\bpaints?\b(?! (?:shops?|lines?)\b)|\bcoatings?\b",
            r"\bexplosi(?:fs?|ves?)\b",
            r"\bplastics?\b(?! bags?\b| sacks?\b)|\bresins?\b|\bresines?\b|\bsavons?\b|\bsoaps?\b",
            # printing inks: "a liquid inks producer", "une usine d'encres"
            r"\b(?:liquid |printing |flexographic )?inks\b|\bencres?\b",
            r"\bgaz industriels?\b|\bindustrial gases\b|\boxygene\b",
            # salts and bases a plant makes: "bromure de sodium", "carbonate de soude"
            r"\b(?:bromure|chlorure|carbonate|sulfate|hydroxyde|bicarbonate) de (?:sodium|soude|potassium|calcium|magnesium)\b",
            r"\bsodium (?:bromide|chloride|carbonate|sulphate|sulfate|hydroxide)\b|\bsoda ash\b",
        ),
    ),
    # "la société chinoise de cosmétiques", "des masques, crèmes et autres produits de
    # beauté", "a cosmetics maker": an industry of its own beside chemicals
    SectorWords(
        "cosmetics",
        "Cosmetics",
        "Cosmétiques",
        (r"\bcosmeti\w+|\bproduits de beaute\b|\bbeauty products\b|\bskin ?care\b",),
    ),
    SectorWords(
        "bicycles",
        "Bicycles",
        "Vélos",
        # "a bicycle manufacturer", "350,000 bikes a year", "une usine de vélos"
        (
            r"\bbicycles?\b|\b(?:e-)?bikes?\b(?! (?:lanes?|paths?|sharing)\b)|\bvelos?\b|\bbicyclettes?\b",
        ),
    ),
    SectorWords(
        "construction-materials",
        "Construction materials",
        "Matériaux de construction",
        (
            # (not the bags a plant makes for it: "sacs de ciment", "cement bags")
            r"(?<!sacs de )(?<!sac de )\bciment\w*",
            r"\bcement\b(?! (?:bags?|sacks?)\b)",
            r"\bclinker\b",
            r"\bmateriaux de construction\b",
            r"\bbuilding materials\b",
            # a battery's chemistry ("batteries lithium-céramique") is no ceramics plant
            r"(?<!lithium-)(?<!lithium )\bceramique\w*(?! (?:solide|batter))",
            r"(?<!lithium-)(?<!lithium )\bceramics?\b(?! batter)(?! electrolyte)|\b(?:ceramic|floor|wall|porcelain) tiles?\b|\btiles? (?:factory|plant)\b|\bcarreaux\b|\bcarrelages?\b|\bbriques?\b|\bbricks?\b",
            # plaster, roofing and stone: "plaques de plâtre", "roofing materials", "marbre"
            r"\bplatre\b|\bplasterboards?\b|\bgypsum\b|\bplaques? de platre\b",
            # "fiberboard skins" (the faces of doors), "panneaux de fibres"
            r"\bfib(?:er|re) ?boards?\b|\bhardboards?\b|\bpanneaux de fibres\b",
            r"\broofing (?:materials?|sheets?|tiles?)\b|\btuiles?\b|\bmarbre\b|\bmarble\b|\bgranite\b",
            # "a PVC flooring and wall panels factory", "revêtements de sol"
            r"\b(?:vinyl|pvc|spc|wpc|laminate) flooring\b|\bflooring (?:and wall panels?|factory|plant)\b"
            r"|\bwall panels?\b|\brevetements? de sols?\b|\bpanneaux muraux\b",
            r"\bbeton (?:pret a l'emploi|prefabrique)\b|\bready-mix(?:ed)? concrete\b|\bprecast concrete\b",
            # "une centrale à béton", "a concrete batching plant": a plant that makes concrete
            r"\b(?:centrales?|usines?|unites?) (?:a|de) beton\b|\bconcrete (?:batching )?(?:plant|factory)\b",
        ),
    ),
    SectorWords(
        "logistics",
        "Logistics",
        "Logistique",
        (
            # ("la maison-mère nous donnera plus de logistique": more support, no trade)
            r"(?<!plus de )(?<!davantage de )(?<!more )\blogisti\w+",
            r"\bterminal (?:portuaire|a conteneurs)\b",
            r"\bcontainer terminal\b",
            r"\bports? secs?\b",
            r"\bdry port\b",
            r"\bentrepots?\b",
            r"\bwarehous\w+",
        ),
    ),
    SectorWords(
        "electronics",
        "Electronics",
        "Électronique",
        (
            r"\belectroniques?\b",
            r"\belectronics\b",
            r"\bsemi-?conducteurs?\b",
            r"\bsemiconductors?\b",
            r"\belectromenager\b",
            r"\bhome appliances?\b|\bhousehold appliances?\b",
            r"\bsmartphones?\b",
            # "digital SLR (single-lens reflex) camera units", "des appareils photo numériques"
            r"\b(?:digital |slr |dslr |mirrorless )?cameras?(?: units?| bodies)?\b|\bappareils? photos?\b",
            r"\belectronic (?:boards?|devices?|components?|goods|products|equipment)\b",
            r"\bcircuit boards?\b|\bcartes electroniques\b|\bpcbs?\b",
            # "des diodes électroluminescentes (Led)", "light-emitting diodes", "LED lamps"
            r"\bdiodes? electroluminescentes?\b|\blight[- ]emitting diodes?\b"
            r"|\bled (?:lamps?|lights?|lighting|bulbs?|screens?|displays?|chips?)\b"
            r"|\b(?:lampes?|ampoules?|ecrans?|eclairage) (?:a )?led\b",
            # "des systèmes d'alarme incendie", "fire alarm systems", "smoke detectors"
            r"\b(?:fire |smoke |security |burglar )?alarm systems?\b|\bsystemes? d'alarme\b"
            r"|\bdetecteurs? de fumee\b|\bsmoke detectors?\b",
            # sets, not the broadcaster that reports the news ("a rapporté la télévision
            # nationale", "told state television"): the medium said alone is no product
            r"\btelevisions\b|\bteleviseurs?\b|\btv sets?\b"
            r"|\btelevision (?:sets?|screens?|receivers?|production|manufactur\w*|assembly|factor(?:y|ies)|plants?)\b",
            r"\belectromenager\b|\bappareils electromenagers\b|\bhousehold appliances\b",
            # the appliances themselves: "refrigerators", "congélateurs", "air conditioners"
            r"\brefrigerat(?:ors?|ion appliances?|ion equipment)\b|\brefrigerateurs?\b|\b(?:deep )?freezers?\b|\bcongelateurs?\b"
            r"|\bair[- ]conditioners?\b|\bclimatiseurs?\b|\bwashing machines?\b|\bmachines a laver\b",
            r"\bmobile phones?\b|\btelephones? (?:mobiles?|portables?)\b|\blaptops?\b|\bordinateurs?\b|\bcomputers?\b",
            # lighting and cables: "fabrication d'ampoules", "light bulbs", "LED lamps"
            r"\bampoules?\b|\blight ?bulbs?\b|\blampes? (?:led|basse consommation)\b|\beclairage\b|\blighting (?:products|equipment)\b",
            # "LED lighting lamps", "LED screens", "luminaires LED" (not "a Chinese-led project")
            r"(?<!-)\bled (?:lighting )?(?:lamps?|lights?|bulbs?|screens?|displays?|panels?|luminaires?|tubes?)\b|(?<!-)\bled lighting\b"
            r"|\b(?:luminaires?|ecrans?|tubes?|projecteurs?|panneaux) (?:a )?led\b|\blighting lamps?\b|\bluminaires?\b",
        ),
    ),
    SectorWords(
        "medical-equipment",
        "Medical equipment",
        "Équipements médicaux",
        (
            r"\bmedical (?:equipment|devices?|supplies|consumables)\b",
            r"\b(?:materiel|equipements?|dispositifs?|consommables) medica(?:l|ux)\b",
            r"\bseringues?\b|\bsyringes?\b",
            r"\b(?:medical|surgical|examination|nitrile|latex) gloves\b|\bgants (?:medicaux|chirurgicaux|d'examen)\b",
        ),
    ),
    SectorWords(
        "machinery",
        "Machinery and equipment",
        "Machines et équipements",
        (
            r"\bmachines? agricoles\b|\bagricultural machinery\b|\bmachine[- ]tools?\b|\bmachines-outils\b",
            # the machines that work metal: "high-precision turning machines", "CNC machines"
            r"\b(?:turning|milling|grinding|cnc|boring|drilling) machines?\b|\blathes?\b"
            r"|\bmachines? (?:a commande numerique|d'usinage)\b|\bcentres? d'usinage\b|\bmachining centres?\b",
            # tractors and the machines of the trades: machinery, not cars
            r"\btracteurs?\b|\btractors?\b|\bengins\b|\bexcavators?\b|\bbulldozers?\b|\bmoissonneuses?\b|\bharvesters?\b",
            r"\bindustrial (?:machinery|equipment)\b|\bequipements industriels\b",
            r"\bpompes? a chaleur\b|\bheat pumps?\b",
        ),
    ),
    SectorWords(
        "glass",
        "Glass",
        "Verre",
        (
            # "will manufacture glass, steel and …": glass said alone among what is made
            r"\b(?:manufacture|produce|make|fabriquer|produire|produira|fabriquera)\w* (?:du |le |de )?(?:glass|verre)\b|\bglass,|\bverre,|"
            r"\bverreries?\b|\bbouteilles en verre\b|\bglass (?:bottles?|factory|plant|containers?|jars?)\b|\bglassworks\b",
            # "a float glass production line", "une ligne de production de verre plat"
            r"\b(?:float(?:ing)?|flat|sheet|container) glass\b|\bglass (?:production|manufacturing|making)\b|\bverre (?:plat|flotte|creux)\b",
        ),
    ),
    SectorWords(
        "fisheries",
        "Fishing",
        "Pêche",
        (
            # the catch and what is made of it: "transformation de poisson", "fish processing"
            r"\b(?:transformation|conserves?|farine|traitement) (?:de |du |des )?(?:poissons?|produits de la mer)\b"
            r"|\b(?:usines?|unites?) de poissons?\b"
            # "une usine de fabrication de poissons salés", "des boîtes de conserve (sardines)"
            r"|\bpoissons? (?:sales|fumes|seches|congeles)\b|\bconserves? \(sardines?\)"
            r"|\b(?:salted|smoked|dried) fish\b(?!-)|\bnavires? de peche\b",
            r"\bpeche (?:cotiere|artisanale|industrielle|hauturiere)\b|\bsecteur de la peche\b|\bdomaine de la peche\b",
            # where the catch is landed: "un quai de pêche", "a fishing port"
            r"\b(?:quais?|ports?) de peche\b|\bfishing (?:ports?|quays?|harbou?rs?|jett(?:y|ies))\b",
            # ("a new tuna processing plant", "a sardine cannery": the catch by its kind)
            r"\b(?:fish|tuna|sardines?|anchov(?:y|ies)|mackerel|salmon|shrimps?|prawns?)"
            r"[ -](?:processing|canning|cannery|canneries|meal|farming|loining)\b|\bfisheries\b|\bfishing (?:industry|sector|fleet|vessels?)\b|\baquaculture\b|\bseafood\b",
            # the gear of the trade: "matériels de pêche", "fishing nets"
            r"\b(?:materiels?|equipements?|engins|filets|bateaux) de peche\b|\bfishing (?:equipment|gear|nets?|boats?)\b",
            # fish bred: "La ferme aquacole", "une usine à poissons", "a fish farm"
            r"\bfermes? aquacoles?\b|\bpisciculture\b|\bfish farms?\b",
        ),
    ),
    SectorWords(
        "tyres",
        "Rubber and tyres",
        "Caoutchouc et pneumatiques",
        # ("a tire factory": the American spelling, a noun before the plant's; "tire" alone
        # is a verb as often)
        (
            r"\bpneu(?:matique)?s?\b|\btyres?\b|\btires\b|\bcaoutchouc\b|\brubber\b|\blatex\b"
            r"|\btire (?=(?:factory|plant|facility|maker|manufacturer|manufacturing|production"
            r"|producer|company|project|industry|industries)\b)",
        ),
    ),
    SectorWords(
        "aerospace",
        "Aerospace",
        "Aéronautique",
        (
            r"\baeronauti\w+",
            r"\baerospace\b",
            r"\baircraft\b",
            r"\bavions?\b",
            # what only aircraft use: "moteurs d'avion", "aero-engines", "helicopters",
            # "avionics", "landing gear", "trains d'atterrissage", "single-aisle jets"
            r"\bmoteurs? d'avions?\b|\baero-?engines?\b|\bjet engines?\b|\bhelicopteres?\b|\bhelicopters?\b"
            r"|\bavioniques?\b|\bavionics\b|\btrains? d'atterrissage\b|\blanding gears?\b"
            r"|\b(?:avions? )?monocouloirs?\b|\bsingle-aisle\b|\baerostructures?\b",
        ),
    ),
    SectorWords(
        "shipbuilding",
        "Shipbuilding",
        "Construction navale",
        (
            r"\bchantiers? nava\w+",
            r"\bconstruction navale\b",
            r"\bshipyards?\b",
            r"\bship-?building\b",
            # "started construction of vessels at a dockyard", "ship parts"
            r"\bdock ?yards?\b|\b(?:construction|building) (?:of|de) (?:vessels|ships|navires)\b"
            r"|\bship ?parts\b|\bship ?repair\w*",
        ),
    ),
    SectorWords(
        "water",
        "Water",
        "Eau",
        (
            r"\bdessalement\b",
            r"\bdesalination\b",
            r"\bstations? d'epuration\b",
            r"\bwater treatment\b",
        ),
    ),
    SectorWords(
        "furniture",
        "Furniture",
        "Ameublement",
        (
            r"\bameublement\b",
            r"\bmeubles?\b",
            r"\bmobilier\b",
            r"\bfurniture\b",
            r"\bmatelas\b|\bmattress(?:es)?\b",
            r"\bindustrie du bois\b|\bwood processing\b|\btimber\b",
            r"\btransformation (?:du|de) bois\b|\bscieries?\b|\bsawmills?\b|\bcontreplaques?\b|\bplywood\b",
            r"\bpanneaux (?:de bois|de particules|mdf)\b|\b(?:wood|wooden) panels?\b|\bparticle ?boards?\b|\bveneers?\b|\bplacages?\b",
        ),
    ),
    SectorWords(
        "paper",
        "Pulp and paper",
        # (the trade's French name: "l'industrie des pâtes et papiers")
        "Pâtes et papiers",
        (
            r"\bpapier\w*|\bpapeteries?\b|\bpate (?:a papier|de cellulose)\b|\bcellulose\b",
            # ("the paper said", "according to the paper": a newspaper, no trade)
            r"(?<!according to the )\bpaper\b"
            r"(?! (?:said|says|reported|reports|added|adds|wrote|writes|quoted|cited|noted)\b)"
            r"|\bpulp\b|\bpaper ?mills?\b|\btissue paper\b",
        ),
    ),
    SectorWords(
        "packaging",
        "Packaging",
        "Emballage",
        (
            r"\bcartons?\b|\bemballages?\b|\bcardboard\b",
            # chips are tested and packaged ("semiconductor testing and packaging"), vaccines
            # filled and packaged: no packaging trade
            r"(?<!testing and )(?<!test and )(?<!assembly and )(?<!marking and )"
            r"(?<!filling and )\bpackaging\b",
            # the bags a plant makes: "la fabrication des sacs de ciment", "woven bags"
            r"\bsacs (?:de ciment|en papier|en plastique|tisses|d'emballage|en polypropylene)\b"
            r"|\b(?:cement|paper|plastics?|woven|polypropylene) (?:bags?|sacks?)\b",
        ),
    ),
    SectorWords(
        "electrical-equipment",
        "Electrical equipment",
        "Équipements électriques",
        (
            r"\belectrical (?:tools|equipment|appliances|products|components|machinery)\b",
            r"\b(?:equipements?|materiels?|appareillages?|composants?) electriques?\b",
            # what carries and switches power: transformers, switchgear, heating elements
            r"\btransformateurs? (?:electriques?|de puissance|de distribution)\b|\b(?:power|distribution) transformers?\b"
            r"|\btransformers? (?:plant|factory|manufacturing)\b|\busines? de transformateurs\b",
            r"\bswitchgears?\b|\bdisjoncteurs?\b|\bcircuit breakers?\b|\bcompteurs? electriques?\b|\belectricity meters?\b",
            r"\bresistances? chauffantes?\b|\bheating elements?\b|\belectric motors?\b|\bmoteurs electriques\b",
            # "a new magnet factory", "permanent magnets", "une usine d'aimants permanents"
            r"\b(?:permanent |rare[- ]earth |neodymium )?magnets?\b(?! (?:schools?|programs?|for (?:talent|investment|investors)))"
            r"|\baimants?(?: permanents?)?\b",
            # what carries power: "câbles électriques", "electrical cables", "power cables",
            # "fils électriques" (a car's wiring harness stays with the car's makers' words)
            r"\bcables? (?:electriques?|d'energie|de puissance|basse tension|moyenne tension|haute tension)\b"
            r"|\b(?:electric(?:al)?|power|low-voltage|medium-voltage|high-voltage) (?:cables?|wires?|wiring)\b"
            r"|\bfils? electriques?\b|\bconducteurs? electriques?\b",
            # a plant that makes wire or cable, said by its noun: "a wire and cable plant",
            # "an element and wire factory", "une usine de câbles" (not "wire rod", steel's,
            # nor "une câblerie", most often the carmakers' harnesses, which GOLD leaves
            # without a trade)
            r"\b(?:wires?|cables?)(?: and (?:wires?|cables?))? (?:plants?|factor(?:y|ies)|works|manufacturing (?:plants?|factor(?:y|ies)|facilit(?:y|ies)))\b"
            r"|\b(?:usines?|unites?|fabrication|production) de (?:fils et (?:de )?)?cables\b"
            # a company that makes cable: "South Korean cable manufacturer Yura", "le câblier"
            r"|\bcables? (?:manufacturers?|makers?|producers?)\b|\bfabricants? de cables\b"
            # ("to engage in … Cables manufacturing, Automotive and Tire industries")
            r"|\bcables? (?:manufacturing|industry|industries)\b"
            r"|\bcabliers?\b"
            # "the factory will manufacture cables", "produira des câbles": what it makes
            r"|\b(?:manufactur\w*|produc(?:e|es|ed|ing)|make|makes|making) (?:\w+ ){0,2}?cables\b"
            r"|\b(?:fabriqu\w*|produi\w*) (?:des |de )?(?:(?!faisceaux)\w+ ){0,2}?cables\b",
            # cable of glass that carries light: "a fiber optic factory", "optical fibre",
            # "la fibre optique"
            r"\bfib(?:er|re)[- ]optics?\b|\boptical fib(?:er|re)s?\b|\bfibres? optiques?\b",
        ),
    ),
    SectorWords(
        "toys",
        "Toys",
        "Jouets",
        (r"\bjouets?\b", r"\btoys?\b(?! with)"),
    ),
    # hides tanned, and the shoes made of them, two trades as the golds name them
    SectorWords(
        "leather",
        "Leather",
        "Cuir",
        (r"\bcuirs?\b|\btanneries?\b", r"\bleather\b|\btanner(?:y|ies)\b"),
    ),
    SectorWords(
        "footwear",
        "Footwear",
        "Chaussures",
        (r"\bchaussures?\b", r"\bfootwear\b|\bshoes?\b"),
    ),
    SectorWords(
        "tobacco",
        "Tobacco",
        "Tabac",
        (r"\btobacco\b|\btabacs?\b|\bcigarettes?\b|\bcigars?\b|\bcigares?\b",),
    ),
)

# Status cues: (regex on folded text, the record kind it speaks of, status, date key the
# nearest date fills, planned). A date key None: the cue gives a status only.
# "qui emploie 1400 personnes", "the plant employs 300 people": it runs, in the present
# (not a group's staff the world over); a status read from what a plant does, which a
# status the text says outright of the same record outweighs (reader/facts.py)
EMPLOYS_NOW = (
    r"\b(?:emploie|emploient|employs) (?:actuellement |aujourd'hui |deja |a ce jour |already |currently |now |to date )?"
    r"(?:(?:plus de|pres de|environ|quelque|over|more than|about|some|nearly) )?\d+(?:[ ,.]\d{3})*\s+[a-z]+\b"
    r"(?! (?:\w+ )?(?:worldwide|globally|dans le monde|a travers le monde|across|in \d+ countries|dans \d+ pays))"
)

# A plant said built ("a été construite", "has been built"), not long ago (no year after it):
# works done, its output not yet begun, when the article says its start or opening ahead
# (OPENING_AHEAD): still the building stage, no status saying built-and-idle; a plant built
# and said working is operating, the furthest stage said (reader/facts.py)
BUILT = (
    r"\b(?:a|ont|vient d'|viennent d') ?(?:deja |desormais )?(?:ete|etre) (?:construite?s?|erigee?s?|batie?s?|edifiee?s?)\b"
    r"(?! (?:en|dans les annees|au cours|il y a|entre|de \d{4}|a partir de) )"
    r"|\b(?:has|have) (?:now |already |just )?been (?:built|constructed|erected)\b(?! (?:in|during|between) )"
)
OPENING_AHEAD = (
    r"\b(?:sera|seront|devrait etre|devraient etre|doit etre|doivent etre) (?:officiellement )?"
    r"(?:inauguree?s?|lancee?s?|mise?s? en (?:service|production|exploitation|marche))\b(?! de nouveau)"
    r"|\b(?:will|is to|are to|is expected to|are expected to|is due to|is set to) (?:officially )?"
    r"(?:be inaugurated|be commissioned|open|start (?:production|producing|operations)|begin (?:production|producing|operations))\b"
)

# A day or an adverb said between a verb and what it starts: "a lancé hier", "a lancé
# officiellement", "a démarré ce mardi", "a lancé vendredi"
_SAID_WHEN = (
    r"(?:hier|aujourd'hui|ce (?:matin|soir|week-end)|(?:ce |le )?(?:lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche)|\w+ment"
    # ("a officiellement ouvert, le 5 mars, sa nouvelle usine": the day by its date)
    r"|(?:le |ce )?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) )?\d{1,2}(?:er)?"
    r" (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)"
    r"(?: \d{4})?)"
)

# The works, not the plant, after an inauguration: "l'inauguration des travaux de
# construction", "du chantier", "de la construction": the works' start, no plant opened
_OF_THE_WORKS = r" (?:des travaux|du chantier|de la construction|des chantiers)\b"

STATUS_CUES: tuple[tuple[str, str, str, str | None], ...] = (
    # projects
    (
        # "The foundation stone of the plant was laid in X on Monday": the plant between (read
        # before the bare noun, which would end the cue at "stone")
        r"(?:first|foundation|corner) ?stone (?:of|for) [^.;]{0,90}? (?:was|were|has been|had been)"
        r" (?:officially )?laid|"
        # "Foundations of the plant were laid in 2017": its footings, the works begun
        r"\bfoundations (?:of|for) [^.;]{0,90}? (?:were|have been|had been) (?:officially )?laid|"
        r"premiere pierre (?:a ete |a |avait ete )?posee|(?:pose|pause)(?: symbolique| officielle| solennelle)? de la premiere pierre|coup d'envoi|foundation[- ]stone(?:[- ]laying)?|foundation[- ]laying|broke ground|first concrete|poured (?:the )?(?:first )?concrete|(?:coulage|coule) (?:du )?premier beton"
        # cornerstone, groundbreaking, "ont posé la première pierre", "lancement des travaux"
        r"|corner[- ]?stone(?:[- ]laying)?|ground[- ]?breaking|(?:broken|breaks|breaking) ground"
        # "cut the sod for the construction of", "a sod-cutting ceremony": the ground broken,
        # as the Ghanaian and Nigerian press say it
        r"|\b(?:cut|cuts|cutting) the sod\b|\bsod[- ](?:cutting|turning)\b|\bturned the sod\b"
        r"|(?:a|ont|avait|avaient) (?:\w+ment )?pose (?:(?:ce |le |hier |lundi |mardi |mercredi |jeudi |vendredi |samedi |dimanche |\d{1,2} \w+ |\w+ment )){0,3}la premiere pierre"
        # ("a posé vendredi à Bobo-Dioulasso la première pierre": the town between)
        r"|(?:a|ont|avait|avaient) (?:\w+ment )?pose (?:(?:ce |hier |lundi |mardi |mercredi |jeudi "
        r"|vendredi |samedi |dimanche )?(?:a|au|en) [\w'-]+(?: [\w'-]+)? )la premiere pierre"
        # "la première pierre de l'usine … a été posée jeudi": the plant between the words
        r"|premiere pierre (?:de |du |d'|des )[^.;]{0,90}? (?:a ete|avait ete|ont ete|fut) (?:\w+ment )?posee"
        # the stone's layer, then its day and company between commas: "a posé le 23 mars,
        # en compagnie du ministre, la première pierre"
        r"|(?:a|ont|avait|avaient) (?:\w+ment )?pose [^.;]{0,40}?, [^.;]{0,80}?, la premiere pierre"
        # ("a posé, jeudi 12 juin, la première pierre": its day set apart right after it)
        r"|(?:a|ont|avait|avaient) (?:\w+ment )?pose, [^.;,]{1,40}, la premiere pierre"
        # ("laid on Wednesday the first stone": its day between)
        r"|(?:lay|laid|laying|lays) (?:(?:on )?\w+day |yesterday |today )?the (?:first|foundation|corner) ?stone"
        r"|(?:a|ont|avait) (?:\w+ment )?(?:procede|preside) (?:a|au) (?:la (?:pose|pause)(?: (?:de la|d'une) premiere pierre)?|lancement des travaux)|lancement (?:officiel )?des travaux|donne le (?:coup d'envoi|top depart)"
        # "Démarrage des travaux de l'usine …": a headline's noun of the works begun
        r"|^demarrage (?:officiel )?des travaux\b"
        # the works inaugurated, not the plant: "la cérémonie d'inauguration des travaux de
        # construction de l'usine a eu lieu le 18 octobre", "l'inauguration du chantier", "the
        # inauguration ceremony of the construction works" (not "marquant le début de la
        # construction", which a signing says as well, the works still to start)
        rf"|\b(?:ceremonie d')?inauguration(?: officielle)?{_OF_THE_WORKS}"
        r"|\binauguration (?:ceremony )?(?:of|for) (?:the )?construction works?\b",
        "projects",
        "construction",
        "construction_start",
    ),
    (
        r"travaux (?:de (?:realisation|construction|l'extension|d'extension) )?(?:(?:ont|avaient|avait) (?:ete )?(?:demarre|debute|lances|entames)|lances|ont demarre)|\ben cours de realisation|\ben construction|under construction|construction (?:began|started|has started|(?:has|had) (?:already |now )?begun)|(?:has|have|had) (?:begun|started) (?:the )?construction|\bwork (?:has |had )?(?:started|begun|began|commenced) on (?:a|an|the|its|their)\b|(?:began|started) construction(?! of (?:vessels|ships|boats)\b)|taux d'avancement|taux de realisation|(?:is|was) (?:now |already )?\d+(?:[.,]\d+)? ?(?:%|percent|per cent) complete"
        # "The plant, now 70% complete, is due to …": its progress said between commas
        r"|(?<=, )(?:now |already )?\d+(?:[.,]\d+)? ?(?:%|percent|per cent) (?:complete|built|done)(?=,)"
        # "les travaux sont achevés à 70%", "réalisés à 60 %": the works so far along
        r"|\btravaux (?:sont |etaient )?(?:deja )?(?:acheves|realises|executes) a \d+(?:[.,]\d+)? ?%"
        # ("Les travaux de l'usine Kelvo de Thiès sont réalisés à 60%": the plant between)
        r"|\btravaux (?:d'|de |du |des )[^.;:]{1,80}? (?:sont |etaient )(?:deja )?(?:acheves"
        r"|realises|executes) a \d+(?:[.,]\d+)? ?%"
        # "Les travaux de construction de la première unité … avancent à pas de géant", "the
        # construction of the plant is progressing": the works under way
        r"|\btravaux de construction (?:d'|de |du |des )[^.;:]{0,80}? (?:avancent|progressent"
        r"|se poursuivent|vont bon train)\b"
        r"|\bconstruction (?:of|work on) (?:[^.;:]|\.(?=\d)){0,80}? (?:is|are) (?:progressing"
        r"|advancing|(?:well )?on track|proceeding)\b"
        # the cue's words parted by the project's name: "Les travaux d'un … projet … ont démarré"
        r"|\btravaux (?:d'|de |du |des )[^.;:]{0,120}? (?:ont|a) (?:(?:officiellement|enfin|deja) )?(?:demarre|debute|commence|ete (?:lances|entames))"
        # (a figure's decimal point is no sentence's end: "the $1.2 billion refinery")
        r"|\bconstruction (?:of|de) (?:[^.;:]|\.(?=\d)){0,80}? (?:has |have |had )?(?:officially )?(?:began|begun|started|commenced|got under ?way|kicked off)"
        # "l'usine de X, dont la construction a démarré l'an dernier": the works begun, said in
        # a clause of their plant
        r"|\bdont (?:la construction|les travaux(?: de construction)?|le chantier) (?:a|ont|avait"
        r"|avaient) (?:deja |officiellement )?(?:demarre|debute|commence)\b"
        # "Work on the refinery began in March", "works on the new plant have started"
        r"|\bworks? on (?:the|its|their) (?:[^.;:]|\.(?=\d)){0,120}? (?:has |have |had )?(?:officially )?(?:began|begun|started|commenced|got under ?way|kicked off)"
        # the plants listed after a dash between the works and their verb: "the construction
        # of two big plants – a smelter of X and a cement factory Y began"
        r"|\bconstruction of (?:two|three|four|both|the two|the three) [^.;:]{0,40}? [-–—] [^.;:]{0,160}? (?:has |have |had )?(?:officially )?(?:began|begun|started|commenced)\b"
        r"|(?:has|have|had) (?:officially )?(?:launched|kicked off) (?:the )?construction|launched (?:the )?construction|construction launch"
        # "began the construction of its plant": the article's own "the"
        r"|\b(?:began|started|commenced|initiated) the construction (?:of|on|works?)\b"
        # "has begun to build a car tire factory", "a commencé à construire une usine"
        r"|\b(?:has|have|had) (?:already |officially )?(?:begun|started|commenced) (?:to build|building|to construct|constructing)\b"
        r"|\b(?:a|ont|avait|avaient) (?:deja |officiellement )?(?:commence|debute) a (?:construire|batir|edifier)\b"
        # "work has already begun on the construction of a new plant"
        r"|\bwork (?:has|have|had) (?:already |officially )?(?:begun|started|commenced) on (?:the )?construction\b"
        # "broke ground for its new production base"
        r"|\bbroke ground (?:for|at) (?:its|their|the|a|an)\b"
        # "X kicked off the construction of a plant", "commenced construction work on"
        r"|\b(?:kicked off|kicks off|commenced|commences) (?:the )?(?:construction|building)\b"
        r"|\bkick-?off of (?:the )?(?:construction|building)\b"
        r"|(?:a|ont|avait) (?:officiellement )?(?:lance|entame|demarre|debute|commence|declenche) (?:les travaux|la construction|le chantier)"
        # "a inauguré le chantier de son usine", "vient d'inaugurer les travaux": the works
        # opened, no plant
        rf"|\b(?:(?:a|ont|avait|avaient) (?:officiellement )?inaugure|vien(?:t|nent) d'inaugurer)"
        rf" (?:{_SAID_WHEN} ){{0,2}}(?:le chantier|les travaux|le lancement des travaux)\b"
        # the day or an adverb after the verb: "a lancé hier la construction", "en a lancé
        # officiellement la construction", "ont entamé ce mardi les travaux"
        rf"|\b(?:a|ont|avait|avaient) (?:lance|entame|demarre|debute|commence) (?:{_SAID_WHEN} ){{1,2}}(?:les travaux|la construction|le chantier)\b"
        # "a officiellement lancé mardi à Glo-Djigbé les travaux": the town said there too
        rf"|\b(?:a|ont|avait|avaient) (?:officiellement )?(?:lance|entame|demarre|debute|commence)"
        rf" (?:{_SAID_WHEN} ){{0,2}}(?:a|au|en|dans) [\w'-]+ (?:{_SAID_WHEN} )?(?:les travaux|la construction|le chantier)\b"
        # "La construction de l'usine de Kragujevac a commencé en mars" (said before the news,
        # "avait commencé", it dates the works and says no state now: DATE_CUES)
        r"|\bla construction (?:de|du|d'|des) ?[^.;:]{0,80}? (?:a|ont) (?:(?:officiellement|deja|effectivement) )?(?:commence|debute|demarre)\b"
        # "La construction d'une usine d'accessoires métalliques a été lancée dans la zone
        # industrielle de X": the works begun, said in the passive
        r"|\bla construction (?:de|du|d'|des) ?[^.;:]{0,80}? (?:a|ont) ete (?:(?:officiellement|deja) )?(?:lancee|entamee|demarree)s?\b"
        # works just begun: "vient de lancer le chantier d'une usine", "viennent de démarrer
        # les travaux", "has just started construction", "have just broken ground"
        r"|\b(?:vient|viennent|venait|venaient) de (?:(?:officiellement|enfin) )?(?:lancer|entamer|demarrer|debuter|commencer|donner le coup d'envoi (?:de|des|du)) "
        r"(?:les |des |la |le )?(?:travaux|construction|chantier)\b"
        r"|\b(?:has|have|had) just (?:started|begun|launched|commenced|kicked off) (?:the )?(?:construction|building|works?)\b"
        # its day and place between commas: "a lancé, mercredi, à X, les travaux de …"; a
        # company's long name there too ("avec des membres du groupe industriel français X")
        r"|\b(?:a|ont|avait) (?:officiellement )?(?:lance|entame|demarre|debute),(?: [^.;,]{1,70},){1,3} (?:les travaux|la construction|le chantier)\b"
        # "attended a ceremony on February 28th to launch the construction of a plant": the
        # ceremony held, the works begun
        r"|\b(?:attended|held|hosted|organi[sz]ed|presided over|witnessed|took part in|participated in)"
        r" (?:a|the) (?:[\w-]+ )?ceremony\b[^.;]{0,60}? to (?:launch|start|begin|kick off|mark the (?:start|beginning|launch) of)"
        r" (?:the )?(?:construction|building|works)\b"
        r"|lancement (?:officiel )?de la construction|launch of (?:the )?construction"
        r"|\d+(?:[.,]\d+)? ?(?:%|percent|per cent) (?:physical |overall |construction )?progress"
        r"|construction (?:is|was) (?:now )?under ?way|works? (?:is|are) (?:now )?under ?way|\ben chantier"
        # "les travaux de l'usine … sont en cours", "construction of the X is ongoing"
        r"|\b(?:travaux|construction|chantier)\b[^.;]{0,90}? (?:sont|est) (?:toujours |actuellement |deja )?en cours\b(?! de (?:negociation|discussion|finalisation|signature))"
        r"|\b(?:construction|works?)\b[^.;]{0,90}? (?:is|are|was|were) (?:now |still |already )?(?:ongoing|in progress|under ?way)\b"
        # being built, "en cours de construction", "85 percent of the works … completed"
        # ("100 additional jobs, while the plant is being constructed": the jobs' time, said
        # of works to come)
        r"|(?<!\bwhile the plant )(?<!\bwhile the factory )(?<!\bwhile it )"
        r"(?:is|are|was|were) (?:currently |now |still )?being (?:built|constructed|erected)|\ben cours (?:de construction|d'edification|de realisation)"
        r"|\d+(?:[.,]\d+)? ?(?:%|percent|per cent) of (?:the )?(?:works?|construction)\b[^.;]{0,40}? (?:have|has|had) been (?:completed|done|executed)"
        r"|(?:a|ont) atteint \d+(?:[.,]\d+)? ?%|\bavance a \d+(?:[.,]\d+)? ?%"
        # "has started building three plants", "a commencé à construire"
        r"|(?:has|have|had) (?:also |already )?(?:started|begun|commenced) (?:building|constructing)\b"
        r"|(?:a|ont|avait) (?:deja )?commence a (?:construire|batir)\b"
        # building now: "est en train de construire une cimenterie", "is in the process of
        # building", "is currently constructing"
        r"|\b(?:est|sont|etait|etaient) (?:actuellement )?en train de (?:construire|batir|edifier)\b"
        r"|\b(?:is|are|was|were) (?:(?:currently|now) (?:in the process of )?|in the process of )"
        r"(?:building|constructing)\b"
        # the building fitted out, its works going on: "is beginning preparations to fit out
        # its new unit", "is now fitting out the factory", "est en cours d'aménagement" (not
        # a fit-out ahead: "will fit out")
        r"|\b(?:is|are|was|were) (?:now |currently |already )?fitting[- ]out\b"
        r"|\b(?:is|are|was|were|has|have) (?:now |already )?(?:begun|beginning|started|starting)"
        r" (?:(?:preparations|preparatory works?|works?) )?(?:to )?fit(?:ting)?[- ]out\b"
        r"|\ben cours d'(?:amenagement|equipement)\b"
        # "the architectural, engineering, and adaptation works are beginning", "works began
        # in May", "les travaux commencent": the works themselves, begun (no "will begin")
        r"|\bworks (?:are|were|have|had) (?:now |already |officially )?(?:beginning|begun|started|commenced)\b"
        r"|\bworks (?:began|started|commenced)\b"
        r"|\btravaux (?:commencent|debutent|demarrent|ont (?:deja |officiellement )?commence)\b"
        # "La construction, confiée à X, avait débuté en mai 2023", "Construction, carried out
        # by X, began in May": the works begun, who does them said between commas
        r"|\b(?:la construction|les travaux|le chantier)(?:, [^.;]{1,80},)? (?:a|ont|avait|avaient)"
        r" (?:deja |officiellement |effectivement )?(?:debute|demarre|commence)\b"
        r"|\bconstruction, [^.;]{1,80}, (?:began|started|commenced|had (?:begun|started)"
        r"|has (?:begun|started))\b",
        "projects",
        "construction",
        "construction_start",
    ),
    (
        r"est entree? en (?:production|service|exploitation|activite)|entree en production(?![^.;]{0,60}? (?:est|sont|etait|serait) (?:prevue?s?|programmee?s?|attendue?s?|envisagee?s?|planifiee?s?)\b| (?:prevue?|programmee?|attendue?)\b)|mise? en production partielle|a ete inauguree?|\b(?:a|avait)(?: \w+ment)? inaugure(?! (?:\w+ )?(?:la (?:pose|pause)|le chantier|les travaux|la construction|le lancement des travaux))|(?<!\bsera )(?<!\bseront )(?<!\betre )(?<!\bsoit )(?<!\bva )(?<!\bvont )(?<!\bdoit )(?<!\bdoivent )(?<!\bdevrait )(?<!\bpour l')inaugur\w+ (?:le(?! (?:chantier|lancement|debut)\b)|en|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?! (?:les travaux|le chantier|la pose|le lancement)\b))|has (?:started|begun) (?:(?:commercial|full|mass|serial|full-scale) )?(?:producing|production)|started producing|began producing|(?:started|began) (?:commercial|full|mass|serial|full-scale) production|(?:was|has been) (?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) |yesterday |today )?(?:officially |formally )?inaugurated|produced the first batch|has produced the first|(?:a|ont|avait) ete mise?s? en (?:service|exploitation)|(?:was|were|has been|have been) (?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) |yesterday |today )?(?:officially |formally |successfully )?commissioned|is (?:now )?operational|(?:started|began|begun) (?:commercial )?operations?|(?:officially )?kicked off (?:its |their )?(?:commercial )?(?:operations|production)|(?:est|sont) (?:desormais |deja )?operationnel(?:le)?s?\b(?! (?:en|a partir|d'ici|des))|en exploitation depuis"
        # "a procédé mardi à la mise en service de son unité": the plant put into service
        r"|\b(?:a|ont|avait|avaient) (?:\w+ment )?procede (?:\w+ )?a la (?:mise en service|mise en exploitation"
        r"|mise en production|mise en marche)\b"
        # put into operation, mis en service, inauguration said as an event past
        r"|(?:was|were|has been|have been|had been) (?:officially )?(?:put|placed|brought) into (?:operation|service|production)|went into (?:operation|service|production)"
        r"|(?:a|ont|avait) ete (?:officiellement )?(?:mise?s? en service|inauguree?s?|mise?s? en marche)|(?:a|ont) (?:officiellement )?mis en service"
        # "Une nouvelle centrale à béton, mise en service en Libye par la société turque X":
        # the participle and its agent, an event past
        r"|, (?:mise?s? en service|inauguree?s?) (?:(?:en|a|au|aux) [\w' -]{2,30}? )?par (?:la|le|l'|les|son|sa)\b"
        rf"|(?:was|were|has been) (?:officially |ceremonially |formally )?opened|(?:officially|ceremonially|formally) opened|(?:lors de |a l'occasion de )(?:son|sa|leur) inauguration|ceremonie d'inauguration(?!{_OF_THE_WORKS})|inauguration ceremony(?! (?:of|for) (?:the )?(?:construction|works))|\bat the inauguration of\b(?! (?:the )?(?:construction|works))|\b(?:a|avec) l'inauguration(?!{_OF_THE_WORKS}) d(?:e|u|')"
        # the opening attended: "participated in the inauguration of a new factory"; the
        # French present of a headline, "Nestlé inaugure à Teno une usine" (not "sera
        # inaugurée le 5 mai")
        r"|\b(?:attended|attends|attending|participated in|participates in|took part in|takes part in"
        r"|witnessed|presided over|graced|was present at) the (?:official |grand )?(?:(?:inauguration"
        r"(?: and (?:grand )?opening)?|opening) of\b(?! (?:the )?(?:construction|works))"
        # ("attended the opening ceremony on Saturday": the plant's opening)
        r"|opening ceremony\b(?! (?:of|for) (?:the )?(?:construction|works)))"
        # "the official opening of the refinery is held in Tokmok", "the plant has officially
        # opened" (not "has opened talks", "has opened a new chapter")
        r"|\b(?:official|grand|formal) opening (?:ceremony )?of\b[^.;]{0,80}? (?:is|was|has been) held\b"
        r"|\b(?:has|have) (?:now |officially |formally )?opened\b(?! (?:up|to|a|an|the|its|their|in|talks|discussions|negotiations|doors)\b)"
        r"|(?<!\bsera )(?<!\bseront )(?<!\betre )(?<!\bsoit )(?<!\ba )(?<!\bont )\binaugure(?:nt)? (?=(?:a|au|aux|ce|cette|aujourd'hui|officiellement|sa|son|ses|une?|leur|leurs)\b)"
        r"|\b(?:a|ont|avons) (?:deja )?(?:demarre|commence|entame) (?:la |sa |leur |notre )?production|(?:started|began|commenced) (?:commercial )?production"
        r"|(?:has|have|had) (?:already |officially )?(?:started|begun|commenced) operating|(?:started|began|commenced) operating"
        # goods put together or made there, the start said done: "began assembling
        # medium-duty trucks", "has started manufacturing buses", "a commencé à assembler
        # des autobus", "a démarré l'assemblage des tracteurs" (not "will begin assembling",
        # "commencera à assembler"; nor the plant's own building, "began building")
        r"|\b(?:started|began|begun|commenced) (?:assembling|manufacturing|making|the (?:assembly|manufacture|manufacturing) of)\b"
        # a yard's own work: "started construction of vessels at a dockyard"
        r"|\b(?:started|began|begun|commenced) (?:the )?(?:construction|building) of (?:vessels|ships|boats)\b"
        # a smelter's first metal: "La première coulée de nickel a été effectuée", "a
        # réalisé sa première coulée", "produced its first ferronickel" (not one ahead)
        r"|\bpremiere coulee (?:technique )?(?:de [\w-]+ )?a ete (?:effectuee|realisee|produite)\b"
        r"|\b(?:a|ont) (?:realise|effectue|produit) (?:sa|leur|la) premiere coulee\b"
        r"|\b(?:produced|poured|tapped) (?:its|their|the) first (?:metal|steel|ferronickel|nickel|aluminium|aluminum|copper)\b"
        r"|\b(?:a|ont|avait|avaient) (?:deja |officiellement )?(?:commence|debute) a (?:assembler|fabriquer|monter)\b"
        r"|\b(?:a|ont|avait|avaient) (?:deja |officiellement )?(?:demarre|commence|debute|entame) (?:l'assemblage|la fabrication|le montage)\b"
        # "the minister inaugurated the plant", "operational since 2022", "produit depuis"
        r"|\b(?:inaugurated|commissioned) (?:the|a|an|its|their)\b"
        # "X inaugurated on Friday its new plant": the day said between the verb and the plant
        r"|(?<!\bbe )(?<!\bbeen )\b(?:inaugurated|commissioned|opened) (?:on|this|last) \w+ (?:the|its|their|a|an)\b"
        # "the Ceremony for official commissioning of TOYOTA HIACE Assembly Line", "the
        # commissioning ceremony of the plant" (not one to come: "will attend the …")
        r"|(?<!\bwill attend the )(?<!\bto attend the )\b(?:ceremony for (?:the )?(?:official )?commissioning"
        r"|(?:official )?commissioning ceremony) (?:of|for|at)\b"
        # "cut the ribbon to the recently built facility", "a coupé le ruban de la nouvelle
        # usine": the opening's gesture (not a ribbon to be cut, nor the works')
        r"|(?<!\bto )(?<!\bwill )\bcut the (?:inaugural |symbolic )?ribbon (?:to|of|at|for|on) (?!the construction\b)"
        r"|\b(?:a|ont|avait) coupe le ruban (?:symbolique |inaugural )?(?:de|du|d')"
        # "the Chief Minister on Thursday inaugurated Kia Motors India's facility": the
        # owner's name before the plant; a ceremony still to come ("to be inaugurated") aside
        r"|(?<!\bbe )(?<!\bbeen )\b(?:on \w+ |\w+ly )?inaugurated (?!by\b|in\b|on\b)(?:[\w-]+ ){0,3}[\w-]+['’]s\b"
        r"|(?:has been|have been|is|are|was) (?:fully )?operational since|(?:in operation|operating|producing) since"
        # working now below its capacity: "is currently only operating at 20% of its full
        # capacity", "tourne à 40 % de sa capacité" (not "will operate at 90%")
        r"|\b(?:is|are) (?:currently |now |still |already )?(?:only )?(?:operating|running|working|producing) at (?:only |just |about |around )?\d+(?:[.,]\d+)? ?(?:%|percent|per cent)"
        r"|\b(?:tourne|tournent|fonctionne|fonctionnent|produit) (?:actuellement |aujourd'hui |encore |deja )?(?:seulement )?a (?:seulement |peine |environ )?\d+(?:[.,]\d+)? ?(?:%|pour cent)"
        r"|\b(?:produit|fonctionne|tourne) depuis|\ben (?:activite|production|service|exploitation) depuis"
        # "on Friday launched a vehicle assembly line in Thika": a line set going
        r"|\blaunched,? (?:(?:this|on|last) \w+,? )?(?:a|an|its|the|their) (?:[\w-]+ ){0,4}?"
        r"(?:production|assembly|manufacturing|bottling) line\b"
        # "opened, this Saturday, in X, a factory", "opened its third factory", "launched its
        # operation", "inaugurée ce jeudi", "a commencé à produire", "lancement officiel de la
        # production"
        r"|\bopened,? (?:(?:this|on|last) \w+,? )?(?:in [\w' -]{2,30}?,? )?(?:a|an|its|the|their) (?:[\w,.$€£()-]+ ){0,7}?(?:factory|plant|facility|mill|unit"
        # ("opened a car production line in X", "opened a new assembly operation in Laos")
        r"|(?:production|assembly|manufacturing|bottling) line|(?:assembly|manufacturing) operation"
        r"|million\)? operation(?= (?:at|in) ))\b"
        # a headline's present: "Kelvar opens $50 million plant in Kenya", "Lafarge ouvre une
        # troisième usine à Madagascar"
        r"|\bopens (?:[\w,.$€£()-]+ ){0,5}?(?:factory|plant|facility|mill|refinery|smelter|brewery"
        r"|assembly operation)\b"
        r"|\bouvre (?:une|un|sa|son|ses|leur|leurs) (?:[\w,.$€()-]+ ){0,4}?(?:usine|unite|site de"
        r" production|complexe|fabrique|cimenterie|raffinerie|brasserie)s?\b"
        # "On Friday, a new €96 million magnet factory owned by X opened in Narva": the
        # plant the subject, the verb alone (not "opened the way", "opened talks")
        # (no passive, no adverb: "was originally opened in 2008" is said of another)
        # (not one said after it: "its second plant after a ferronickel plant it opened in …")
        r"|\b(?:factory|plant|facility|mill|smelter|refinery)\b(?:(?! after )[^.;]){0,100}?"
        r"(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bbe)(?<!ly) opened(?= (?:in|on|at"
        r"|yesterday|today|this|last|officially)\b|[,.])"
        # ("pour inaugurer cette usine": the infinitive, an opening ahead)
        # ("the plant … was declared open by President X at Horana on Saturday")
        r"|\b(?:was|were|has been|have been) (?:officially |formally )?declared open\b"
        # ("A Japan-invested motor plant launched operations in X on Saturday")
        r"|\b(?:launched|started|began|commenced) (?:its |their )?(?:commercial )?operations?\b"
        r"|\binaugur(?!er )\w+ (?:ce|cette) "
        # "inaugurated in early May": opened, its time said (the French participle below)
        r"|(?<!\bbe )(?<!\bbeen )\binaugurated (?:in )?(?:early|late|mid-)"
        # the French "opened": "a ouvert mercredi sa centième usine", "ont ouvert, à X, une
        # nouvelle unité" (not "a ouvert la voie à une usine", "a ouvert une enquête sur")
        rf"|\b(?:a|ont|avait|avaient) (?:officiellement )?ouvert,? (?:{_SAID_WHEN},? )?(?:(?:a|au|en) [\w' -]{{2,30}}?,? )?"
        r"(?:sa|son|ses|leur|leurs|une?|la|le|l') ?(?:(?!(?:a|au|de|d|du|des|sur|pour|avec|vers)\b)[\w-]+ ){0,3}?"
        r"(?:usines?|sites? de production|unites? de production|fabriques?|manufactures?)\b"
        r"|(?:a|ont|avait|avaient) commence a produire|lancement (?:officiel )?de (?:la|sa) production"
        # the output launched: "a officiellement lancé vendredi la production de pneus",
        # "ont lancé la production", "officially launched production of"
        r"|\b(?:a|ont|avait|avaient) (?:\w+ment )?lance (?:(?:hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ce \w+|\w+ment) )?(?:la|sa|leur) production\b"
        r"|\b(?:has|have|had) (?:\w+ly )?launched (?:the |its |their )?production\b|\b(?:officially|formally) launched (?:the |its |their )?production\b"
        # "qui a ouvert ses portes jeudi", "opened its doors", "elle a débuté ses activités"
        r"|\b(?:a|ont|avait|avaient) (?:officiellement )?ouvert (?:ses|leurs) portes\b|\bopened (?:its|their) doors\b"
        # (in a relative clause, "qui a démarré ses activités en mai, a été mise en service":
        # the main verb is the news and its quote)
        r"|(?<!\bqui )\b(?:a|ont|avait|avaient) (?:officiellement )?(?:debute|demarre|commence|entame) (?:ses|son|leurs) activites?\b"
        # "on Sunday inaugurated six new factories"
        r"|\binaugurated (?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:new )?(?:[\w-]+ )?(?:plants|factories|mills|units|facilities|lines)\b"
        # "L'activité a débuté en avril 2015", "production began in 2019": its output begun
        r"|\b(?:l'activite|la production|l'exploitation|les activites) (?:a|ont|avait|avaient) (?:officiellement |deja |effectivement |bien )?(?:debute|demarre|commence)\b"
        r"|\b(?:commercial )?(?:production|operations) (?:has |have |had )?(?:officially )?(?:began|begun|started|commenced)\b"
        # "a officiellement lancé vendredi la production de pneus", "has launched production",
        # "launched mass production on Friday": its making begun
        rf"|\b(?:a|ont|avait|avaient) (?:officiellement )?(?:lance|demarre|debute|entame) (?:{_SAID_WHEN} ){{0,2}}(?:la|sa|leur) production\b(?! (?:est|sera|doit|devrait))"
        # ("a officiellement lancé, samedi 12 octobre, la production de …": its day between
        # commas)
        r"|\b(?:a|ont|avait|avaient) (?:officiellement )?(?:lance|demarre|debute|entame),"
        r"(?: [^.;,]{1,40},){1,2} (?:la|sa|leur) production\b(?! (?:est|sera|doit|devrait))"
        r"|\b(?:has |have |had )?(?:officially )?launched (?:commercial |mass |full-scale |serial )?production\b"
        # the participle and its time, a ceremony past: "Inaugurée fin mars, l'usine …",
        # "inaugurée début 2023", "Inaugurated in late March, the plant …" (not one ahead:
        # "sera inaugurée fin mars", "to be inaugurated in late March")
        r"|(?<!etre )(?<!sera )(?<!seront )(?<!devrait )\binauguree?s? (?:(?:fin|debut|mi-|courant|au debut de|a la fin de|au mois de|il y a) ?)"
        r"(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|(?:19|20)\d\d|l'an|l'annee|\w+ (?:mois|semaines|ans|jours))\b"
        r"|(?<!\bbe )(?<!\bbeen )\binaugurated (?:in )?(?:late|early|mid-?|the end of|the beginning of|last)? ?"
        r"(?:january|february|march|april|may|june|july|august|september|october|november|december|year|month|week)\b,"
        # come into operation, a past event: "came into operation in 2019", "has come on
        # stream", "entered (into) commercial operation", "entered service"
        r"|\b(?:came|has come|have come|had come) (?:into|on) (?:commercial )?(?:operation|service|production|stream|line)\b"
        r"|\b(?:came|has come|have come|had come) (?:onstream|online|on-line)\b"
        r"|\bentered (?:into )?(?:commercial )?(?:operation|service|production)\b"
        # in operation now: "le projet est en opération depuis 2 ans", "l'usine est en
        # fonctionnement", "the plant has been in operation", "is in full operation" (not
        # one ahead, "sera en exploitation en 2026", "is to be in operation by 2026")
        r"|\b(?:est|sont|etait|etaient) (?:deja |desormais |aujourd'hui |actuellement )?en (?:pleine )?"
        r"(?:operation|fonctionnement|exploitation|activite)\b(?! (?:en|a partir|d'ici|des|avant) )"
        r"|\b(?:is|are|has been|have been) (?:now |already |currently )?in (?:full |commercial )?operation\b(?! (?:by|from|in) )"
        # the plant the company set up before, the news's past: "Depuis que Bombardier a
        # installé sa première usine à Querétaro", "since X opened its first plant there"
        r"|\bdepuis (?:que|qu') ?[^.;,]{1,60}? (?:a|ont|avait|avaient) (?:installe|ouvert|implante|inaugure|construit|mis en service)\b"
        r"(?= (?:sa|son|ses|leur|leurs|une?) (?:(?:premiere?|nouvelle?|nouvel|deuxieme|seconde?|troisieme) )?(?:usine|site|unite|fabrique|complexe)s?\b)"
        r"|\bsince [^.;,]{1,60}? (?:opened|set up|established|built|installed|commissioned)\b"
        r"(?= (?:its|their|a|an) (?:(?:first|new|second|third) )?(?:plant|factory|facility|mill|unit)s?\b)"
        # "sa mise en service a eu lieu en décembre dernier", "its commissioning took place
        # in May": the opening, an event past
        r"|\b(?:sa|son|leur|la|l') ?(?:mise en service|mise en exploitation|inauguration|ouverture)"
        r" (?:a eu lieu|s'est deroulee?|est intervenue)\b"
        r"|\b(?:its|their|the) (?:commissioning|opening|inauguration) (?:took place|was held)\b"
        # the participle set apart after the plant, its time past: "La première usine de X,
        # ouverte en 2020, produit …", "l'usine, mise en service en 2018,", "The plant,
        # commissioned in 2018, produces …"
        r"|(?<=, )(?:ouverte?s?|mise?s? en (?:service|production|exploitation)|entree?s? en"
        r" (?:production|service)) (?=(?:en|fin|debut|mi-|courant|depuis) (?:\w+ )?\d)"
        r"|(?<=, )(?:commissioned|inaugurated) (?=(?:in|on|last) )"
        # "vient de mettre en service sa nouvelle usine", "viennent d'inaugurer": just opened
        r"|\bvien(?:t|nent) (?:tout juste |officiellement )?d(?:e |')(?:mettre en (?:service|exploitation"
        r"|production)|inaugurer|ouvrir)\b(?! (?:le |la |les |l')?(?:chantier|travaux|pose|premiere pierre))"
        # "Production at the $1.1 billion refinery in X began in February": its output begun
        r"|\b(?:production|operations|output) (?:at|of) (?:the|its|their) (?:[^.;:]|\.(?=\d)){0,140}?"
        r" (?:began|started|commenced|(?:has|have) (?:begun|started|commenced))\b",
        "projects",
        "operating",
        "operation_start",
    ),
    (
        # the works being finished, in the present: "finalise la construction de 6 bâtiments",
        # "achève les travaux de", "is completing construction of", "in the final stages of
        # construction" (not done: "a achevé la construction", "completed construction")
        r"(?<!\ba )(?<!\bont )(?<!\bavait )(?<!\bavaient )(?<!\bete )\b(?:finalise|finalisent|finalisait"
        r"|acheve|achevent|achevait|termine|terminent|terminait|parachevent|paracheve) (?:actuellement |en ce moment )?"
        r"(?:la construction|les travaux|le chantier|l'edification)\b"
        r"|\best en train de (?:finaliser|achever|terminer) (?:la construction|les travaux|le chantier)\b"
        # "met la touche finale à la construction de son usine", "is putting the finishing
        # touches to the plant"
        r"|\b(?:met|mettent|mettait) (?:actuellement )?la (?:touche finale|derniere main) a "
        r"(?:la construction|l'edification|les travaux|son usine|l'usine)\b"
        r"|\b(?:is|are) (?:now )?putting the finishing touches? (?:to|on)\b"
        r"|\b(?:is|are|was|were) (?:now |currently )?(?:completing|finishing|finali[sz]ing|wrapping up)"
        r" (?:the )?(?:construction|works|building)\b|\b(?:in|at) the final stages? of (?:its )?construction\b"
        # "is nearing completion", "est en cours d'achèvement", "en voie d'achèvement"
        r"|\b(?:is|are) (?:now )?nearing completion\b|\ben (?:cours|voie) d'achevement\b",
        "projects",
        "construction",
        # (the works' start was before, and a date beside says something else: "l'accord signé
        # en novembre 2016 …, finalise la construction")
        None,
    ),
    (
        # a plant said to produce, in the present, so much a year: "elle produit chaque
        # année", "the factory currently produces 500 tonnes"
        r"\b(?:elle|l'usine|cette usine|l'unite|cette unite|la cimenterie|le complexe) (?:\w+ment )?produit (?:actuellement |deja |aujourd'hui |desormais )?(?:(?:pres de|plus de|environ|quelque) )?(?:chaque|annuellement|par an|par jour|quotidiennement|\d)"
        r"|\b(?:the|this|that) (?:plant|factory|mill|facility|unit) (?:currently |now |already )?produces (?:(?:nearly|about|around|over|some|more than) )?(?:annually |every |each |\d)"
        # "The factory is currently producing test batches": producing now
        r"|\b(?:the|this|that|its) (?:new )?(?:plant|factory|mill|facility|unit|smelter|refinery)"
        r" (?:is|are) (?:currently|now|already) (?:producing|manufacturing|turning out|making)\b"
        # "le site, qui produit actuellement 100 000 tonnes", "which currently produces": a
        # relative clause of the plant said just before
        r"|\b(?:qui|lequel|laquelle) (?:produit|fabrique) (?:actuellement|deja|aujourd'hui)\b"
        r"|\bwhich (?:currently|now|already) (?:produces|manufactures|makes)\b"
        # "Les deux partenaires produisent déjà 30.000 tonnes … à l'usine de X", "already
        # produce 30,000 tonnes … at the X plant": so much made there now
        r"|\b(?:produisent|produit) deja \d(?:[^.;]|\.(?=\d)){0,60}? (?:a|dans) (?:l'usine|la cimenterie|l'unite"
        r"|le complexe|la fonderie|la raffinerie)\b"
        r"|\balready produces? \d(?:[^.;]|\.(?=\d)){0,60}? at (?:the|its|their) (?:[\w-]+ ){0,3}(?:plant|factory|mill"
        r"|facility|smelter|refinery)\b",
        "projects",
        "operating",
        None,
    ),
    (EMPLOYS_NOW, "projects", "operating", None),
    (BUILT, "projects", "construction", None),
    (
        # "yesterday released the first truckload consignment of hair products made in a
        # factory locally", "a expédié sa première cargaison": its goods already out
        r"\b(?:released|shipped|exported|delivered|dispatched) (?:its |the |their )?first"
        r" (?:[\w-]+ )?(?:truckloads?|consignments?|batch|shipments?|cargo|containers?|exports)\b"
        r"|\b(?:a|ont) (?:expedie|exporte|livre) (?:son|sa|ses|leur|le|la|les) premi(?:er|ere)s?"
        r" (?:lots?|cargaisons?|conteneurs?|livraisons?|exportations?)\b",
        "projects",
        "operating",
        None,
    ),
    (
        # "Toyota ouvrira sa deuxième usine au Mexique jeudi", "will open the plant on
        # Thursday": its doors to open within days, the plant built, its output ahead
        r"\b(?:ouvrira|ouvriront|inaugurera|inaugureront|will open|will inaugurate"
        r"|will be (?:opened|inaugurated))\b[^.;]{0,60}?\b(?:lundi|mardi|mercredi|jeudi|vendredi"
        r"|samedi|dimanche|demain|cette semaine|monday|tuesday|wednesday|thursday|friday"
        r"|saturday|sunday|tomorrow|this week)\b",
        "projects",
        "construction",
        None,
    ),
    (
        # "a annoncé jeudi avoir lancé son nouveau site de production", "annonce avoir
        # inauguré sa première usine": the plant said as opened, reported; the day is the
        # news's, so it dates nothing
        r"\bavoir (?:officiellement )?(?:lance|ouvert|inaugure|mis en service|mis en marche)"
        r" (?:son|sa|ses|leur|leurs|un|une) (?:(?:nouvel(?:le)?s?|nouveaux?|premier|premiere"
        r"|deuxieme|second(?:e)?) )?(?:site|usine|unite|complexe|centre|ligne|fabrique)s?\b",
        "projects",
        "operating",
        None,
    ),
    (
        # the ground being levelled for it: "Depuis 10 jours, la société procède au
        # terrassement du terrain", "earthworks have begun"
        r"\b(?:procede|procedent|a entame|ont entame|a commence|ont commence|a demarre"
        r"|ont demarre|a lance|ont lance) (?:au|aux|le|les) (?:travaux de )?terrassements?\b"
        r"|\btravaux de terrassement (?:ont (?:commence|debute|demarre)|sont en cours)\b"
        r"|\bearthworks? (?:(?:has|have) (?:begun|started|commenced)|(?:is|are) (?:under ?way"
        r"|in progress|ongoing))\b",
        "projects",
        "construction",
        "construction_start",
    ),
    (
        # "Le chantier de l'usine …, lancé en mars 2025, devrait s'achever …", "les
        # travaux, entamés en 2024": the works said begun, and when
        r"\b(?:le chantier|les travaux)\b[^.;]{0,80}?, (?:lancee?s?|entamee?s?|demarree?s?|debutee?s?)"
        r" (?=(?:en|le|au|fin|debut|courant|il y a|depuis|des|l'an|l'annee)\b)",
        "projects",
        "construction",
        "construction_start",
    ),
    (
        # "the company started the installation in 2023": the plant being put up
        r"\b(?:started|began|begun|commenced|has started|have started) (?:the )?installation\b"
        r"(?! of (?:the )?(?:equipment|machines|machinery|lines?|panels?|meters?)\b)",
        "projects",
        "construction",
        "construction_start",
    ),
    (
        # "launched the first phase", "a lancé la première phase": its building begun
        r"(?:launched|kicked off|started|began|broke ground on) (?:the )?(?:first|1st|initial) phase"
        r"|(?:a|ont|avait) (?:officiellement )?(?:lance|entame|demarre) (?:la )?(?:premiere|1ere) phase"
        r"|lancement (?:officiel )?de la premiere phase|launch of the first phase",
        "projects",
        "construction",
        "construction_start",
    ),
    (
        # "plans to open a plant", "a annoncé la construction", "prévoit de construire":
        # a plant said as intended
        # ("pledging to build a new factory", "s'est engagé à construire": a plant promised)
        r"\b(?:plans?|planning|intends?|is set|are set|aims?|decided|pledg(?:e|es|ed|ing)"
        r"|promis(?:e|es|ed|ing)|vow(?:s|ed|ing)?) to (?:open|build|set up|construct|establish|launch|develop|invest)\b"
        # ("ont annoncé vendredi prévoir de créer à terme 1.250 emplois": a plan made public)
        r"|\b(?:ont|a|avaient|avait) annonce (?:\w+ )?(?:prevoir|envisager|projeter) (?:de |d')"
        r"|\b(?:s'engage|s'engagent|s'est engagee?|se sont engagee?s) a (?:construire|implanter"
        r"|installer|investir|creer|batir|realiser|ouvrir)\b"
        # "Chinese companies have agreed to build three factories", "X va investir 358
        # millions dans une usine", "veut ériger une usine": a plant agreed or wanted
        r"|\b(?:has |have |had )?agreed to (?:build|set up|construct|establish|invest in)\b"
        r"|\b(?:va|vont) investir\b(?:[^.;]|\.(?=\d)){0,60}? dans (?:une?|la|le|l'|sa|son|leur) ?(?:nouvel(?:le)? |deuxieme |seconde? |troisieme )?(?:usines?|unites?|complexes?|projets?|sites?|fabriques?)\b"
        # "va investir 300 millions de dollars dans la construction d'une usine": the works
        r"|\b(?:va|vont|compte|comptent) investir\b(?:[^.;]|\.(?=\d)){0,60}? dans (?:la construction|l'implantation|la realisation|l'installation) (?:d'une?|de (?:la|sa|son|leur|deux|trois))\b"
        r"|\b(?:veut|veulent) (?:construire|eriger|implanter|installer|batir|realiser)\b"
        # "is working to open a localization center", "a confirmé son intention de lancer",
        # "announced its intention to build": a plant in the making, or meant
        r"|\b(?:is|are) working (?:to (?:open|build|set up|establish|launch|construct)|on (?:a|an|the)"
        r" (?:new )?(?:plant|factory|facility|project|mill))\b"
        r"|\b(?:a|ont|avait|avaient) (?:confirme|annonce|exprime|reaffirme) (?:son|leur) intention"
        r" de (?:lancer|construire|implanter|installer|batir|realiser|creer|investir|ouvrir)\b"
        r"|\b(?:announced|confirmed|expressed|stated) (?:its|their) intention to (?:build|set up"
        r"|establish|open|launch|construct|invest)\b"
        # "plans to spend up to $4 billion constructing a plant": the money and what it builds
        r"|\bplans? to (?:spend|invest)\b[^.;]{0,60}? (?:constructing|building|setting up|establishing|developing)\b"
        r"|\b(?:will|to|would) (?:start|begin) (?:developing|building|constructing|setting up)\b"
        # "is to inject $40 million in developing", "se prépare à investir", "s'implantera"
        r"|\b(?:is|are) to (?:open|build|set up|construct|establish|launch|develop|invest|inject)\b"
        r"|\bse prepare(?:nt)? a (?:injecter|investir|construire|implanter|installer|realiser|batir)\b"
        r"|\bs'implantera(?:it|ient|nt)?\b"
        r"|\b(?:will|would) (?:also )?(?:build|set up|construct|establish|invest)\b"
        # "it will spend 30 billion yen ($270 million) to build its first plant": the sum to
        # be spent on the plant
        # ("up to PLN 90 mln (EUR 21.0 mln) to build": a decimal point no stop)
        r"|\b(?:will|would) (?:also )?spend\b(?=(?:[^.;]|(?<=\d)\.(?=\d)){1,60}? to (?:build|set up|construct"
        r"|establish|open)\b)"
        # "X will open a $30 million fruit juice factory in Thika next year": the plant its
        # verb opens, to come
        # (not one opening in days, "will open a plant on Thursday": built, about to work)
        r"|\b(?:will|would) (?:also )?open\b(?= (?:a|an) (?:[\w$.,-]+ ){0,5}?"
        r"(?:plant|factory|facility|mill|complex|refinery|smelter|cannery)\b)"
        r"(?![^.;]{0,80}\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow"
        r"|today|this week)\b)"
        # "Turkish company X will be developing a new factory in Y": the plant it is to build
        r"|\b(?:will|would) be (?:developing|building|constructing|setting up|establishing)"
        r" (?:a|an|its|their) (?:new )?(?:[\w-]+ ){0,3}?(?:plant|factory|facility|mill|complex)\b"
        # "X will locate in Dublin, creating 150 jobs", "plans to locate its plant in Y": a
        # site chosen for what is to come
        r"|\b(?:will|would|plans? to|is to|are to) (?:also )?locate (?=(?:in|at|on|its|a|an|the) )"
        # "construira sa première usine", "a annoncé qu'il construirait une usine"
        r"|\b(?:construira|construiront|construirait|construiraient|batira|batiront)\b"
        # (its day between: "a annoncé mardi la construction", "a annoncé, ce lundi, la création")
        r"|\b(?:a|ont|avait) annonce,? (?:(?:ce|cette|hier|aujourd'hui|le \d{1,2} \w+|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: dernier)?,? ){0,2}(?:la construction|l'implantation|la creation|l'ouverture|son intention|leur intention|un projet|un investissement)"
        # "a officialisé en début de semaine son intention d'implanter", "confirmed its
        # intention to build": an intention made public, a few words between
        r"|\b(?:a|ont|avait) (?:annonce|officialise|confirme|rendu publique?)(?: [\w']+){0,4}? (?:son|leur|sa) (?:intention|projet|volonte|decision) d(?:'|e )(?:implanter|installer|construire|creer|ouvrir|batir|investir|realiser|etablir)\b"
        r"|\b(?:announced|confirmed|made public|made official|unveiled) (?:its |their )?(?:intention|plans?|decision) to (?:build|set up|open|construct|establish|invest|launch|develop)\b"
        # "afin d'annoncer la construction de", "has announced the opening of a new plant"
        r"|\b(?:annoncer|annoncent|annoncait|annoncera) (?:la construction|l'implantation|la creation|l'ouverture)\b"
        r"|\bannounced (?:the )?(?:construction|opening|establishment|building) of\b"
        # "announced on Wednesday a $1.2 billion investment to build a steel complex"
        r"|\b(?:announced|unveiled)\b(?:[^.;]|\.(?=\d)){0,40}? investment (?:to (?:build|set up|construct|establish|open)"
        r"|in (?:a|an|its|their) (?:new )?(?:[\w-]+ ){0,2}(?:plant|factory|facility|mill|complex))\b"
        # the news said in the present: "Safran annonce l'ouverture d'une usine", "X
        # announces the construction of a plant"
        r"|(?<!l')(?<!une )(?<!cette )\bannonce (?:la construction|l'implantation|la creation|l'ouverture) (?:d'une?|de (?:sa|son|ses|la|le|l'|deux|trois)|du|des)\b"
        r"|\bannounces (?:the )?(?:construction|opening|establishment|building) of\b"
        r"|\b(?:envisage|envisagent|prevoit|prevoient|projette|projettent|compte|comptent|entend|entendent) (?:de |d')?(?:construire|creer|implanter|installer|investir|ouvrir|realiser|batir|mettre en place|etablir|edifier|eriger)\b"
        # "s’apprête à investir 12,8 milliards", "se prépare à injecter": about to
        r"|\b(?:s'apprete|s'appretent|se prepare|se preparent) a (?:construire|creer|implanter|installer|investir|injecter|ouvrir|realiser|batir)\b"
        r"|\b(?:envisage|envisagent|prevoit|prevoient|projette|projettent) (?:la construction|la mise en place|l'implantation|la creation|l'installation)\b"
        # (the jobs a plant is to create are no plan of a plant: "prévoit la création de
        # 25 000 emplois")
        r"(?! (?:de |d')(?:[^.;]{0,30}? )?(?:emplois|postes|jobs)\b)"
        # the plan said as such: "the plan was to build two plants", "the aim is to set up",
        # "l'objectif est de construire", "le projet prévoit de" stays below
        r"|\b(?:the|our|their|its|his|her) (?:plan|aim|idea|objective|goal|intention) (?:is|was|would be|will be) to"
        r" (?:build|set up|construct|establish|open|develop|create)\b"
        r"|\b(?:le plan|l'objectif|l'idee|l'intention|le but) (?:est|etait|serait|sera) de"
        r" (?:construire|batir|creer|implanter|installer|ouvrir|realiser|mettre en place)\b"
        # a plant said in the future: "sera réalisée à X", "va réaliser une câblerie",
        # "pour y construire une usine"
        r"|\b(?:sera|seront) (?:realisee?s?|construite?s?|implantee?s?|erigee?s?|batie?s?|mise?s? en (?:oe|œ)uvre)\b"
        r"|\b(?:va|vont) (?:realiser|construire|implanter|batir|installer|eriger|edifier|ouvrir)\b|\bpour y (?:construire|implanter|installer|batir)\b"
        # "va ouvrir sa première usine", "va s'installer dans l'usine X"
        r"|\b(?:va|vont) ouvrir (?:sa|son|ses|leur|leurs|une|un|deux|trois)\b|\b(?:va|vont) s'(?:installer|implanter)\b"
        # said in reported speech: "a déclaré que le groupe allait réaliser des
        # investissements"; "is investing HUF 14.8 billion in building a plant"
        r"|\b(?:allait|allaient) (?:realiser|construire|implanter|batir|installer|investir)\b"
        r"|\b(?:is|are) investing\b(?:[^.;]|\.(?=\d)){0,50}? in (?:building|constructing|setting up|establishing)\b"
        r"|\b(?:is|are) investing\b(?:[^.;]|\.(?=\d)){0,50}? to (?:build|construct|set up|establish|open)\b"
        # "the plant will be built in …", "la construction démarrera en …", "le lancement
        # prochain de l'usine": its building still ahead
        r"|\b(?:will|would|is to|are to) be (?:built|constructed|set up|erected)\b"
        # "The factory will be established over an area of …": the plant, by its noun
        r"|\b(?:plant|factory|facility|mill|complex|refinery|smelter)s? (?:will|would|is to|are to)"
        r" be established\b"
        # "The complex, to be built in Misamis Oriental province, will …": an apposition
        r"|, to be (?:built|constructed|set up|erected) (?:in|at|near|on)\b"
        # "A factory to be built by Kelvo Steel in the zone will produce rebar"
        r"|\b(?:plants?|factory|factories|facility|mill|complex|refinery|smelter) to be"
        r" (?:built|constructed|set up|erected) (?:by|in|at|near|on)\b"
        # "is set to be erected in Rwanda", "is slated to be built": a plant still to be
        # built (not one "set to be inaugurated", whose works are ending)
        r"|\b(?:is|are|was|were) (?:set|expected|due|slated|scheduled|planned|poised) to be"
        r" (?:built|constructed|set up|erected|established)\b"
        # "A motor vehicle assembly facility is slated for construction in Spanish Town"
        r"|\b(?:is|are) (?:slated|scheduled|earmarked|planned|set) for construction\b"
        # "is on the verge of entering into a joint venture with X to build": about to
        r"|\b(?:is|are) on the verge of (?:entering|signing|building|setting up|establishing"
        r"|launching|constructing)\b"
        # "ils investiront 660 millions d'euros dans une usine": money to be put in a plant
        r"|\b(?:investira|investiront|investirait|investiraient)\b(?:[^.;]|\.(?=\d)){0,60}? dans (?:une|un|la|le|l'|sa|son|leur|ce|cette|deux|trois) ?(?:nouvel(?:le)? )?(?:usines?|unites?|complexes?|projets?|sites?|fabriques?)\b"
        r"|\b(?:construction|travaux)\b[^.;]{0,60}? (?:demarrera|debutera|commencera|demarreront|debuteront|commenceront)\b"
        # "Construction of the plant will begin in the near future", "la construction de
        # l'usine devrait commencer cette année": its building still to start (not its output)
        r"|\bconstruction\b[^.;]{0,100}? (?:will|should|is expected to|is set to|is scheduled to|is due to) (?:begin|start|commence)\b(?! (?:production|producing|operations?|operating|commercial))"
        r"|\b(?:construction|travaux)\b[^.;]{0,80}? (?:devrait|devraient|doit|doivent) (?:demarrer|debuter|commencer)\b(?! a (?:produire|fonctionner))"
        r"|\blancement prochain\b|\bprochain lancement\b"
        # "has made an investment decision to develop a factory", "a pris la décision
        # d'investissement": the money committed, the plant still to be built
        r"|\b(?:made|taken|took|reached|makes|takes) (?:an?|the|its|their) (?:final )?investment decision\b"
        r"|\b(?:a|ont|avait|avaient) pris (?:la|sa|leur|une) decision (?:finale )?d'investissement\b"
        # a decision to go ahead, or to take up again a frozen plan: "made the decision to
        # resume the construction", "has decided to relaunch the project", "a pris la
        # décision de relancer le projet", "a décidé de reprendre la construction"
        r"|\b(?:made|taken|took|reached|makes|takes) (?:a|the|its|their) decision to (?:resume|relaunch|restart|revive|build|set up|construct|establish|open|invest|launch|develop|create)\b"
        r"|\b(?:decided|decides|decide) to (?:resume|relaunch|restart|revive|invest in)\b"
        r"|\b(?:a|ont|avait|avaient) (?:pris (?:la|sa|leur|une) decision|decide) de (?:relancer|reprendre|construire|implanter|creer|installer|batir|realiser|ouvrir|investir)\b"
        # a closed plant to work again: "will be recommissioned", "is to be reopened", "sera
        # remise en service", "rouvrira ses portes": intended, not yet begun
        r"|\b(?:will|would|is to|are to|is set to|are set to|is expected to|are expected to) be (?:re-?commissioned|re-?opened|restarted|brought back into (?:operation|production|service))\b"
        r"|\b(?:sera|seront|devrait etre|devraient etre) (?:remise?s? en (?:service|marche|exploitation|activite|production)|relancee?s?|rouverte?s?)\b"
        r"|\b(?:rouvrira|rouvriront) (?:ses|leurs) portes\b"
        # a deal signed for a plant still to be built: "an agreement with Ethiopia to build a
        # fertiliser plant", "un accord portant sur l'implantation à Tanger d'une usine", "un
        # contrat pour la construction de deux usines", "a deal to set up a factory"; the
        # counterpart between, its letters in brackets ("une convention avec l'Agence … (AAPI)
        # pour la réalisation d'une usine")
        r"|\b(?:agreements?|deals?|contracts?|memorand(?:um|a) of understanding|mou|accords?"
        r"|contrats?|protocoles? d'accords?|conventions?)\b"
        # ("a memorandum of understanding (MoU) with the Odisha government to set up": its
        # letters in brackets right after its noun, the counterpart after them)
        r"(?: \([^()]{1,12}\)(?= [^.;:()]{0,60}? to ))?"
        r"(?: [^.;:()]{0,60}?(?: \([^()]{1,12}\))?)?"
        r" (?:to (?:build|set up|construct|establish|develop|create)"
        r"|(?:for|on) the (?:construction|building|establishment|creation|development|setting up) of"
        r"|(?:pour|portant sur|en vue de|relatif a|relative a|concernant) (?:la construction|l'implantation"
        r"|la realisation|la creation|l'installation|la mise en place|l'edification"
        # ("une convention pour la mise en exploitation d'une mine de graphite")
        r"|la mise en exploitation|l'exploitation|le developpement)"
        r"|(?:for|on) the (?:development|exploitation|operation) of (?:an?|the) (?:[\w-]+ ){0,2}mine"
        r"|pour (?:construire|implanter|realiser|creer|installer|batir|edifier|mettre en place))\b"
        # a place that will soon have the plant: "d'accueillir prochainement un complexe",
        # "va accueillir une gigafactory", "will soon host a plant"
        r"|\b(?:accueillir|accueillera|accueilleront) prochainement\b"
        r"|\b(?:va|vont|devrait|devraient|doit|doivent) (?:bientot )?accueillir (?:une?|sa|son|leur|la|le) (?:[\w-]+ ){0,2}"
        r"(?:usine|complexe|unite|site|gigafactory|cimenterie|raffinerie|fonderie)\b"
        r"|\b(?:will|is to|is set to) (?:soon )?host (?:a|an|its|the) (?:[\w-]+ ){0,2}(?:plant|factory|facility|complex|gigafactory|mill|refinery)\b"
        # "doit voir le jour prochainement à X", "verra le jour en 2026": to come into being
        # (one plant: "quatre câbleries vont voir le jour" counts plants, each said after)
        r"|\b(?:doit|devrait|va) (?:bientot |prochainement )?voir le jour\b"
        r"|\bverra (?:bientot |prochainement )?le jour\b"
        # "sortira bientôt de terre au Rwanda": to rise from the ground, soon
        r"|\b(?:sortira|sortiront|va sortir|vont sortir|doit sortir|devrait sortir)"
        r" (?:bientot |prochainement |tres bientot )?de terre\b"
        # "vient d'annoncer son intention de construire une usine", "has announced its
        # intention to build": the plan made known
        r"|\b(?:vient|viennent|venait) d'annoncer (?:son|leur|sa) (?:intention|projet|volonte) de\b"
        r"|\b(?:a|ont|avait) annonce (?:son|leur|sa) (?:intention|volonte) de\b"
        r"|\b(?:has|have|had) (?:just )?announced (?:its|their|his|her) (?:intention|intent|plans?) to\b"
        # "will make an $82.6 million investment to create its first production facility",
        # "have agreed to build three factories", "has been offered land to build a
        # factory", "Work would begin on the plant at the end of this year"
        r"|\b(?:will|would|is to|plans to) make an? (?:[^.;]|\.(?=\d)){1,40}? investment to (?:create|build"
        r"|establish|set up|open|construct)\b"
        r"|\b(?:has|have|had) agreed to (?:build|set up|establish|construct|open) (?:an?|two|three"
        r"|four|five|its|their|the)\b"
        r"|\b(?:has|have|had) been offered (?:[\w-]+ ){0,3}(?:land|a site|a plot) (?:to|for)"
        r" (?:build|set up|establish|construct|open)\b"
        r"|\bwork (?:will|would|is to|is expected to|should) (?:begin|start) on (?:the|a|its)\b"
        # "The company expects to begin construction early next year", "would be coming to
        # the Hapi Isles to set up a solar panel factory": the works ahead
        r"|\b(?:expects?|expected|plans?|planned|intends?|hopes?) to (?:begin|start|commence)"
        r" (?:the )?(?:construction|building|works?)\b"
        r"|\b(?:will|would) be coming to (?:[\w'’ -]{1,40}? )?to (?:set up|build|establish|open)\b"
        # "KIA is working to open a localization center in Kostanai": the work toward it
        r"|\b(?:is|are) (?:now |currently |also )?working to (?:open|build|set up|establish"
        r"|launch|construct)\b"
        # "Kelvo will be opening a factory in X", "will be setting up a plant": the plant to be
        r"|\b(?:will|would) (?:soon )?be (?:opening|building|setting up|establishing"
        r"|constructing) (?:an?|its|their|two|three) (?!(?:new )?(?:office|branch|store|shop)s?\b)"
        # "has applied to Eritrea for a mining licence for its X project", "a demandé un
        # permis d'exploitation": the right to build or mine asked for, not yet given
        # "it is planned to open a garment factory", "il est prévu de construire une usine",
        # "China is ready to allocate 1,2 million dollars for the construction of": a plan,
        # a sum offered, nothing begun
        r"|\b(?:it is|it was|it has been) (?:also )?planned to (?:open|build|set up|establish"
        r"|construct|launch|create)\b"
        r"|\bil est (?:aussi |egalement )?prevu (?:d'ouvrir|de construire|d'implanter|de creer"
        r"|d'installer|de lancer)\b"
        # "X procédera à l'installation d'une unité", "a manifesté son intérêt pour investir
        # … à travers l'installation d'une usine": the plant to be set up
        r"|\b(?:procedera|procederont|procedera ensuite) a (?:l'installation|l'implantation"
        r"|la construction|la realisation|l'edification|la mise en place) (?:effective )?"
        r"(?:au [\w-]+ |en [\w-]+ )?"
        # ("procédera à la mise en place de sa cimenterie": its own plant, to be)
        r"(?:d'une?|de (?:deux|trois|plusieurs)|d'une ou (?:de )?plusieurs|de (?:sa|son|ses|leur))\b"
        r"|\b(?:a|ont|avait) manifeste (?:son|leur) interet (?:pour|a) (?:investir|construire"
        r"|implanter|installer)\b"
        r"|\b(?:is|are) (?:ready|willing|prepared) to (?:allocate|invest|finance|fund)\b"
        r"[^.;]{0,60}? (?:for|in|to) the (?:construction|building|creation|establishment) of\b"
        r"|\b(?:est|sont) (?:pret|prete|prets|pretes|dispose|disposee|disposes|disposees) a"
        r" (?:allouer|investir|financer|debloquer)\b[^.;]{0,60}? (?:pour|dans) la"
        r" (?:construction|realisation|creation) d(?:e |')"
        r"|\b(?:has|have|had) applied (?:to [\w -]{2,30} )?for an? (?:[\w-]+ )?(?:licen[cs]e|permit)\b"
        r"|\b(?:a|ont|avait) (?:depose une demande de|demande un|demande une) (?:licence|permis)\b",
        "projects",
        "announced",
        None,
    ),
    (
        # a plant decided on or sought, not begun: "the planned Continental factory", "l'usine
        # projetée" (not the verb: "le complexe envisage de produire"); a site chosen for it ("has chosen Kaunas for its new plant", "selected
        # Kaunas as the site of its plant", "a choisi Kaunas pour implanter son usine"); a
        # company drawn to build it ("attracting Continental to establish a new plant");
        # plans told ("announced plans for a plant")
        r"\b(?:the|a|its|their) planned (?:[\w-]+ ){0,3}?(?:plant|factory|facility|mill|smelter|refinery|complex)\b"
        r"|\b(?:usine|complexe|unite|raffinerie|cimenterie)s? (?:[\w'-]+ ){0,3}?(?:projetee?s?|envisagee?s?)\b(?! d(?:e\b|'))"
        r"|\b(?:chose|chosen|selected|picked) [\w' -]{2,40}? (?:for|as the (?:site|location|home) (?:of|for)) (?:its|their|a|the) (?:new |first |second )?(?:[\w-]+ )?(?:plant|factory|facility|mill)\b"
        r"|\b(?:a|ont|avait|avaient) (?:choisi|retenu) [\w' -]{2,40}? pour (?:implanter|installer|construire|accueillir|abriter) (?:sa|son|ses|leur|leurs|une?|la|le)\b"
        # "a jeté son dévolu sur la région lyonnaise … pour créer sa première usine"
        r"|\b(?:a|ont|avait|avaient) jete (?:son|leur) devolu sur [^.;:]{2,140}? pour"
        r" (?:implanter|installer|construire|creer|ouvrir|batir) (?:sa|son|ses|leur|leurs|une?)\b"
        r"|\battract(?:ed|s|ing)? [^.;]{0,80}? to (?:establish|build|set up|open|locate) (?:a|an|its|their) (?:new )?(?:[\w-]+ )?(?:plant|factory|facility|mill|production)\b"
        r"|\bannounced (?:its |their )?plans (?:for|to build|to set up|to open) (?:a|an|its|their|the) "
        # "Le groupe prévoit une deuxième ligne de production", "X plans a cement plant in
        # Kindia": the plant planned, said as the verb's object
        r"|\b(?:prevoit|prevoient|projette|projettent) (?:une?|deux|trois) (?:nouvelle |nouvel "
        r"|deuxieme |seconde |second |premiere |premier )?"
        r"(?:usine|unite|ligne|cimenterie|raffinerie|complexe|site|chaine)\b"
        # "a fait part de son projet de procéder … à la mise en service d'une nouvelle usine":
        # the plan told
        r"|\b(?:a|ont|avait|avaient) fait part de (?:son|leur|ses|leurs) (?:projets?|intentions?)"
        r" (?:de|d')"
        r"|\b(?:plans|is planning|are planning) (?:a|an|two|three) (?:new |second |first )?"
        r"(?:[\w-]+ ){0,3}?(?:plant|factory|facility|mill|refinery|smelter|complex"
        r"|production line|assembly line)\b"
        # "have formed a joint venture, Kelvo-Tarvo PLC, to build …", "ont créé une
        # coentreprise pour construire …": the venture set up for a plant to be built
        r"|\b(?:formed|set up|created|established|launched) (?:a|an|the) (?:new )?joint[- ]venture"
        r"(?: company)?(?:,? [^.;]{0,60}?,)? to (?:build|construct|set up|establish|develop)\b"
        r"|\b(?:ont|a|avaient|avait) (?:cree|constitue|forme|mis sur pied) une? (?:co-?entreprise"
        r"|joint-venture|societe commune)(?:,? [^.;]{0,60}?,)? pour (?:construire|realiser"
        r"|implanter|batir|developper)\b",
        "projects",
        "announced",
        None,
    ),
    (
        # the opening told as news: "a annoncé mercredi soir l'inauguration d'un nouveau site"
        # (not one still to come, "l'inauguration prochaine"); the day said is the news's,
        # not the opening's, so it dates nothing
        rf"\b(?:a|ont|avait|avaient) annonce (?:[\w-]+ ){{0,2}}l'inauguration(?! prochaine)(?!{_OF_THE_WORKS}) d(?:e|u|')",
        "projects",
        "operating",
        None,
    ),
    (
        r"(?:a|ont|avait) approuve|approuvee?s? (?:par|recemment)|(?:has |have )?approved the|cabinet [\w ]{0,30}approved|validee?s? par|(?:a|ont|avait|avaient) (?:\w+ment )?valide\b|(?:a|ont|avait) (?:\w+ment )?adopte le projet|(?:has|have|had) (?:\w+ly )?(?:validated|endorsed) the"
        r"|(?:a|ont|avait) (?:donne|accorde) (?:son|leur) (?:feu vert|accord)|feu vert (?:a|au|pour)|(?:gave|given|received) (?:the )?(?:green light|go-ahead|approval)|greenlit|green-lighted"
        # consent given by an authority: "was given consent by Government to", "received the
        # government's consent", "a obtenu l'aval du gouvernement" (not one sought: "seeks
        # consent")
        r"|\b(?:was|were|has been|have been|had been) given (?:the |its |their )?(?:consent|clearance|approval|permission)\b"
        r"|\b(?:received|obtained|secured|got|won) (?:the )?(?:government's |cabinet's |ministry's |state )?(?:consent|clearance)\b"
        r"|\b(?:gave|has given|have given|granted|has granted) (?:its |their )?consent\b"
        r"|\b(?:a|ont|avait|avaient) (?:obtenu|recu) (?:l'aval|le feu vert|l'autorisation|l'agrement|le consentement)\b"
        r"|(?:was|were|has been|have been) approved"
        # "The Board of Investment approved Kelvo Motors' proposal to set up a plant"
        r"|\bapproved (?:[\w'’&.-]+ ){0,4}?(?:proposal|application|plan|request|bid)s? to"
        r" (?:set up|build|establish|construct|invest in|open|develop)\b"
        # "has been permitted to invest", "a été autorisée à investir": leave given to the
        # investor
        r"|\b(?:has|have|had) been permitted to\b"
        r"|\b(?:was|were) permitted to (?:invest|build|establish|set up|construct|open|produce)\b"
        r"|\b(?:a|ont|avait|avaient) ete autorisee?s? a (?:investir|construire|implanter|installer"
        r"|produire|creer|ouvrir|etablir)\b"
        # "have granted permission", "a accordé l'autorisation": leave given to build
        # ("has granted a special mining licence to X")
        r"|(?:has|have|had|was|were) (?:been )?(?:officially )?granted (?:permission|approval|the approval"
        r"|an? (?:[a-z-]+ ){0,2}licen[cs]e)"
        r"|(?:a|ont|avait) (?:\w+ment )?accorde (?:l'autorisation|une autorisation|le permis|un permis)"
        # "has successfully obtained all permits to build", "a reçu l'approbation de
        # l'Autorité", "obtient le feu vert des autorités" (not permits sought or awaited)
        r"|\b(?:obtained|received|secured|been granted|was granted|were granted) (?:all )?(?:the |its |their |an? )?"
        r"(?:necessary |required |environmental |building |construction |investment |mining |operating )?"
        r"(?:permits?|licen[cs]es?|certificates?)\b"
        r"(?! to (?:start |begin )?(?:operat|produc))"
        r"|\b(?:a|ont|avait|avaient) (?:obtenu|recu) (?:l'approbation|les autorisations|le permis)\b"
        # "a obtenu de l'Etat guinéen un permis d'exploitation": the leave, its giver between
        r"|\b(?:a|ont|avait|avaient) (?:obtenu|recu)(?: (?:de|du|des|aupres de) [^.;,]{2,40}?)? (?:un|une|le|la|son|sa|leur)"
        r" (?:permis|licence|autorisation|agrement|titre) (?:d'exploitation|minier|d'exploiter|de construire)\b"
        r"|\bobtien(?:t|nent) (?:le feu vert|l'aval|l'approbation|l'autorisation)\b"
        # "les autorisations ayant été délivrées pour 80.000 tonnes", "permits have been
        # issued": the leave given, said of the permits
        r"|\b(?:autorisations?|permis|licences?) (?:\w+ )?(?:ayant ete|ont ete|a ete|avaient ete"
        r"|avait ete) (?:delivree?s?|accordee?s?|octroyee?s?)\b"
        r"|\b(?:permits?|licen[cs]es?) (?:\w+ )?(?:have|has|had) been (?:issued|granted)\b"
        # "has won a tender to develop the mine", "a remporté l'appel d'offres pour construire":
        # the project given to the bidder, to be built
        # "Oman's Ministry of Commerce has approved a $1.2 billion nickel processing plant",
        # "le gouvernement a approuvé le projet d'usine": the authority's go-ahead
        r"|\b(?:has|have|had) approved (?:an? |the )(?:[\w$.,-]+ ){0,6}?(?:plant|factory|project"
        r"|mill|refinery|complex|smelter|facility)\b"
        r"|\b(?:a|ont|avait) approuve (?:un|une|le|la|l') ?(?:[\w'-]+ ){0,6}?(?:usine|projet"
        r"|complexe|raffinerie|unite)\b"
        r"|\b(?:has|have|had) won (?:a|the|an international) (?:tender|bid) (?:to|for)"
        r" (?:develop|build|construct|operate|the development|the construction)\b"
        r"|\b(?:a|ont|avait) remporte l'appel d'offres (?:pour|de) (?:la )?(?:construire|realiser"
        r"|developper|construction|realisation|developpement)\b",
        "projects",
        "approved",
        "approved",
    ),
    (
        r"etudes? de (?:pre-?)?faisabilite|(?:pre-?)?feasibility stud(?:y|ies)",
        "projects",
        "announced",
        None,
    ),
    (
        r"\bsuspendue?s?\b|a l'arret|\bsuspended\b|\bhalted\b|\bgele\b"
        # "the project has stalled", "le projet est au point mort"
        r"|\b(?:has|have|had) stalled\b|\bau point mort\b"
        # "has been put on hold", "X has shelved its plant", "mis en veilleuse"
        r"|\b(?:put|placed|kept) on hold\b|\b(?:has|have|had|was|were|been) shelved\b"
        r"|\bmise?s? en (?:veilleuse|suspens|sommeil)\b"
        # "les travaux se sont interrompus", "work was interrupted"
        r"|\b(?:travaux|chantier|construction)\b[^.;]{0,60}? (?:se sont|s'est|ont ete|a ete)"
        r" (?:\w+ment )?interrompue?s?\b"
        r"|\b(?:work|works|construction)\b[^.;]{0,60}? (?:was|were|has been|have been) interrupted\b"
        # "has been mothballed since 2020", "was idled", "a été mise à l'arrêt"
        r"|\b(?:has been|have been|was|were|is|are) (?:\w+ly )?(?:mothballed|idled)\b"
        r"|\b(?:a|ont) ete (?:mise?s? a l'arret|mise?s? sous cocon)\b",
        "projects",
        "suspended",
        None,
    ),
    (
        r"jette l'eponge|abandonne|\bannulee?s?\b|\bcancelled\b|\bscrapped\b",
        "projects",
        "cancelled",
        None,
    ),
    # agreements
    (
        # (a signing still ahead, "is to be signed", "doit être signé en mars", is none; nor
        # the word inside another, "the plant's designed capacity", "linked to")
        # ("Zentra signed": no French auxiliary at the name's end)
        r"\b(?:a|ont|avait|avaient) (?:ete )?(?:(?:\w+ment|aussi|deja|de nouveau|enfin|hier|de son cote|de leur cote) )?(?:signee?s?|paraphee?s?|conclue?s?)\b|(?<!etre )(?<!sera )(?<!seront )\bsignee?s? (?:le|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|en|hier|a)\b|ceremonie de signature|(?<!\bbe )\b(?:signed|initialled|concluded|inked|penned|sealed)\b|signing ceremony|witnessed the signing"
        # "X a officiellement enclenché … en signant un protocole d'accord", "after signing
        # an agreement": the signing said by its gerund, done (not one ahead: "pourra, en
        # signant …")
        r"|(?<!pourra )(?<!pourrait )(?<!devra )(?<!devrait )(?<!pourra, )(?<!pourrait, )"
        r"(?<!devra, )(?<!devrait, )\ben (?:signant|paraphant)"
        r" (?:un|une|le|la|l'|ce|cet|cette)\b|\bafter signing (?:an?|the)\b"
        # "has agreed a deal to invest", "struck a deal", "reached an agreement": concluded
        r"|\b(?:agreed|struck|reached|clinched)(?: (?:a|an|the))(?: [\w-]+){0,2}?"
        r" (?:deal|agreement|accord)s?\b"
        # "Le 9 septembre 2014, X signe une convention d'investissement": the signing told in
        # the present, as a headline or a story tells what was done
        r"|\b(?:signe|signent|paraphe|paraphent) (?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi"
        r"|dimanche|aujourd'hui|ce \w+) )?(?:un|une|le|la|l'|les|des|deux|trois) ?(?:nouvel(?:le)? )?"
        r"(?:conventions?|accords?|protocoles?|contrats?|memorandums?)\b"
        # "Kelvo and Tarvo exchanged a memorandum of understanding": the signed copies
        # handed over, the agreement signed
        r"|\bexchanged (?:a |an |the |signed )?(?:memorand\w+|mous?|agreements?|contracts?|documents)\b"
        # ("A memorandum of understanding to this effect was exchanged between X and Y")
        r"|\b(?:memorand\w+|mous?|agreements?|contracts?)\b[^.;]{0,40}? (?:was|were) exchanged\b"
        r"|\b(?:ont|a) echange (?:les |des |un |une )?(?:documents|protocoles?|accords?|memorandums?)\b"
        # "culminated in the signing of a joint venture agreement", "a ceremony of signing a
        # memorandum": the signing said by its noun
        # (not one still ahead: "ahead of the signing of an agreement")
        r"|(?<!ahead of the )(?<!before the )(?<!prior to the )(?<!awaiting the )"
        r"(?<!pending the )(?<!for the )\bsigning of (?:a|an|the)\b|\bceremony of signing\b"
        # the occasion or a day said between the auxiliary and the verb: "a pour l'occasion
        # signé", "ont à cette occasion paraphé", "a par ailleurs conclu", "a lundi signé"
        r"|\b(?:a|ont|avait|avaient) (?:(?:pour l'occasion|a cette occasion|a l'occasion|par ailleurs|en outre|egalement|ainsi|ce (?:matin|soir)|(?:ce |le )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: dernier)?|\w+ment),? ){1,2}(?:signe|paraphe|conclu)\b"
        # made official: "a officialisé ce lundi un partenariat", "formalised a partnership"
        r"|\b(?:a|ont|avait|avaient) (?:ete )?(?:\w+ment )?(?:officialisee?s?|formalisee?s?|scellee?s?)\b"
        r"|\b(?:officiali[sz]ed|formali[sz]ed)\b"
        # "Under the contract on the state subsidy, X should invest …", "aux termes de
        # l'accord", "en vertu de la convention": what binds now, signed
        r"|^(?:under|aux termes (?:de|du|d')|en vertu (?:de|du|d')) ?(?:the |l'|la |le )?(?:terms of the )?"
        r"(?:contract|agreement|deal|accord|contrat|convention)\b"
        # "un partenariat conclu avec l'Adem", "un accord signé entre …": the participle
        # right after the agreement's noun
        r"|\b(?:accord|partenariat|contrat|protocole|convention|memorandum)s? (?:[a-z]+ )?"
        r"(?:conclue?s?|signee?s?|paraphee?s?) (?:avec|entre|par)\b"
        # ("une convention d'investissement conclue en 2020 entre le gouvernement et X": its
        # complement and its day between)
        r"|\b(?:accord|partenariat|contrat|protocole|convention|memorandum)s? (?:d'|de )[a-z]+"
        r"(?: [a-z]+)? (?:conclue?s?|signee?s?|paraphee?s?) (?:[\w,' ]{1,30} )?(?:avec|entre|par)\b"
        # "L'hôtel X a servi de cadre, vendredi, à la signature de convention …", "Le 26
        # janvier a eu lieu la signature d'une convention": the signing held
        r"|\b(?:a|ont|avait) (?:servi de cadre|abrite|accueilli|eu lieu)\b[^.;]{0,60}?"
        r" (?:a )?la (?:ceremonie de )?signature (?:de|du|des|d')"
        # the signing said as a past event the news follows: "after the signing of an
        # agreement", "à la suite de la signature d'un accord" (not "ahead of the signing")
        r"|\b(?:after|following|since|upon) the signing of\b"
        r"|\b(?:apres|suite a|a la suite de|depuis|au lendemain de) la signature (?:de|d'|du|des)\b"
        # "le ministre a procédé à la signature d'un accord cadre", "ont procédé ce lundi à la
        # signature": the signing done
        r"|\b(?:a|ont|avait|avaient) (?:\w+ment |hier |ce \w+ |le \w+ )?procede (?:\w+ )?a la signature\b"
        # "vient de signer un accord", "viennent de parapher": just signed
        r"|\b(?:vient|viennent|venait|venaient) (?:ainsi |donc |enfin |aussi |egalement )?de (?:signer|parapher|conclure)\b"
        r"|\b(?:has|have) just (?:signed|inked|concluded)\b"
        # "a finalisé le 21 juillet son premier accord", "finalised an agreement": concluded
        r"|\b(?:a|ont|avait|avaient) (?:\w+ment )?finalise (?:[\w ]{1,30} )?(?:son|leur|sa|un|une"
        r"|l'|le|la) (?:[\w-]+ ){0,2}(?:accord|contrat|convention|protocole|memorandum|partenariat)\b"
        r"|\b(?:has|have|had) finali[sz]ed (?:an?|the|its|their) (?:[\w-]+ ){0,2}"
        r"(?:agreement|deal|contract|mou|memorandum)\b"
        # "entered into a MoU with X", "The signing of X was held at the airport", "will
        # today be signing an agreement": signed (that day, for the last)
        r"|\b(?:entered|has entered|have entered) into (?:an? |the )?(?:[\w-]+ ){0,3}?"
        r"(?:mou|memorandum|agreement|accord|deal|contract|partnership|joint venture)\b"
        r"|\bthe signing (?:of [^.;]{1,60}?)?,? (?:was|were) held\b"
        r"|\b(?:will|is|are) today (?:be )?signing\b"
        # a contract in hand: "received a $566 million contract from the state" (one
        # awarded or won may be signed later: "awarded …, the signing … within days")
        r"|\breceived (?:an? |the )(?:[^;]{0,40}? )?(?:contract|deal)s?\b"
        # "La signature du contrat … a récemment eu lieu à Luanda": the signing, done
        r"|\bla signature (?:de|du|des|d')[^.;]{1,80}? (?:a|ont) (?:\w+ment )?eu lieu\b",
        "agreements",
        "signed",
        "signed",
    ),
    (
        # ("This project was approved by the Government": the project's approval, no
        # agreement's)
        r"(?:a|ont|avait) (?:ete )?ratifiee?s?|\bratified\b|(?<!project )(?<!plant )(?<!factory )"
        r"(?:was|were|has been|have been) approved|approuvee?s? par (?:le|la|les) (?:conseil|parlement|assemblee|gouvernement)"
        # "Le Conseil des ministres a adopté un projet de décret portant approbation de la
        # convention": the decree that approves it, adopted
        r"|\b(?:a|ont|avait) (?:\w+ment )?(?:adopte|examine et adopte) (?:un|le) (?:projet de )?"
        r"(?:decret|loi|ordonnance) portant (?:approbation|ratification)\b",
        "agreements",
        "approved",
        "approved",
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
        r"\ben (?:cours de )?negociations?|under negotiation|negotiations on",
        "agreements",
        "under_negotiation",
        None,
    ),
    (
        r"sera etabli|seront etablis|sera signee?|will be signed|to be signed"
        r"|(?:sont |se sont )?convenue?s? de signer|agreed to sign"
        # "X et Y signeront un accord-cadre", "are expected to sign a joint venture agreement"
        r"|\bsigneront\b|\b(?:devrai(?:en)?t|doi(?:ven)?t) signer\b|\bwill sign\b"
        r"|\b(?:is|are) (?:expected|due|set|scheduled|slated|poised) to sign\b"
        # "doivent se rendre au mois de mai au Bénin pour signer un accord", "will travel to
        # Dakar next month to sign": a journey to sign, still to come
        r"|\b(?:doi(?:ven)?t|devr(?:a|ont)|vont|va) (?:se rendre|aller|venir|effectuer)\b[^.;]{0,80}?"
        r" pour signer\b"
        r"|\b(?:will|are to|is to|are due to|is due to) (?:travel|go|visit|fly|head)\b[^.;]{0,60}?"
        r" to sign\b"
        # "l'accord d'investissement envisagé", "the envisaged agreement", "la signature de
        # l'accord est attendue d'ici la fin de l'année": an agreement still to be signed
        r"|\b(?:accord|contrat|convention|protocole)s? (?:d'[\w-]+ |de [\w-]+ )?envisagee?s?\b"
        r"|\b(?:envisaged|proposed|planned) (?:\w+ )?(?:agreement|contract|deal)s?\b"
        r"|\bsignature (?:de|du|des|d')[^.;]{1,60}? (?:est|sont) (?:attendue|prevue)s?\b",
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

# A verb that starts or ends something, and what it starts or ends: the works or the output.
# Any verb of the one with any noun of the other is a cue ("commence production", "kick off
# the construction works", "finalize construction", "entamer la fabrication"), where the
# phrases of DATE_CUES below are the ones the press was seen to use.
_STARTS = (
    r"(?:start|starts|started|starting|begin|begins|began|begun|beginning|commence|commences"
    r"|commenced|commencing|launch|launches|launched|launching|kick off|kicks off|kicked off"
    r"|kicking off|initiate|initiates|initiated|resume|resumes|resumed"
    r"|demarrer|demarrera|demarreront|demarre|demarrent|commencer|commencera|commenceront"
    r"|debuter|debutera|debuteront|lancer|lancera|lanceront|entamer|entamera|entameront"
    r"|reprendre|reprendra|reprendront)"
)
_ENDS = (
    r"(?:complete|completes|completing|finish|finishes|finished|finishing|finali[sz]e"
    r"|finali[sz]es|finali[sz]ed|finali[sz]ing|wrap up|wraps up|wrapped up"
    r"|achever|achevera|acheveront|terminer|terminera|termineront|finaliser|finalisera"
    r"|finaliseront|parachever|parachevera)"
)
# (no "completed": "completed construction of a plant in 2012" is said of works long done,
# and of other plants, as often as of this one's end; no "trial" output: a trial run is not
# the plant's start)
_OUTPUT = (
    r"(?:(?:the|its|their|commercial|serial|mass|full|full-scale|local|la|sa|leur|les"
    r"|ses|leurs) ){0,2}(?:production|producing|operations|manufacturing|output|assembly|assembling"
    r"|exploitation"
    r"|fabrication|assemblage|activites)\b"
)
_WORKS = (
    r"(?:(?:the|its|their|main|civil|construction|les|la|le|des|ses|leurs) ){0,2}(?:construction"
    r"|building works?|works|earthworks|travaux|chantier)\b"
)

# Cues that say which date of a project a date is, when no status cue does.
DATE_CUES: tuple[tuple[str, str], ...] = (
    # "with first gold expected in late 2026", "first production is scheduled for 2027",
    # "la première production est attendue en 2026": its output's start
    (
        r"\bfirst (?:gold|ore|oil|gas|copper|concentrate|production|output|shipments?|exports?)"
        r" (?:is |are )?(?:expected|due|scheduled|planned|targeted|slated)\b"
        r"|\bpremi(?:ere|eres|er|ers) (?:production|coulee|tonnes?|exportations?|livraisons?)"
        r" (?:est |sont )?(?:attendue?s?|prevue?s?|programmee?s?)\b",
        "operation_start",
    ),
    # "La mise en service de la centrale, d'un coût de …, est prévue pour le deuxième
    # semestre 2025": its opening planned, the plant and an aside between (a cue of its own:
    # the bare noun's, below, ends before the aside)
    (
        r"\bmise en (?:service|exploitation|production) (?:de|du|des|d')[^.;]{0,100}?"
        r" (?:est|sont|etait) (?:prevue?s?|programmee?s?|attendue?s?|envisagee?s?)\b",
        "operation_start",
    ),
    # "Le chantier de l'usine … sera lancé en septembre prochain", "les travaux seront
    # lancés en 2025": the works to begin then
    (
        r"\b(?:les travaux|le chantier|la construction)\b[^.;]{0,100}? (?:sera|seront|devrait etre"
        r"|devraient etre|doit etre|doivent etre|va etre|vont etre) (?:officiellement )?"
        r"(?:lancee?s?|demarree?s?|entamee?s?|debutee?s?)\b",
        "construction_start",
    ),
    (
        r"entrera en (?:fonction|production|service|exploitation|activite|operation)|(?:entrer|mise?s?|entree) en operation|entrer en (?:production|service)|mise?s? en service|sera operationnel|mise en production|demarrage (?:est prevu|de la production)|phase de production|production (?:est |sera )?prevue|sera prete|produira|entrer en production|(?:start|begin|enter) (?:production|service|operations?)|(?:start|begin|commence)s? operating|(?:start|begin|commence)s? to operate\b|(?:demarrer|commencer) (?:ses|son|leurs) activites?|(?:a|ont|avait|avaient) (?:deja |officiellement )?(?:demarre|commence|debute|entame) (?:ses|son|leurs) activites?|be operational|(?:become|becomes|became) (?:fully )?operational|(?:fully )?ready for (?:operation|production)|be (?:re)?commissioned|(?:once|when|after) (?:it|the [a-z]+) (?:is|has been) commissioned|full launch|(?:will be )?produced in india by|entree en production|(?:will|to) be launched|(?:sera|deviendra|devrait etre|seront|deviendront|pourrait etre|pourraient etre|devraient etre) (?:pleinement )?operationnel\w*|(?:become|be) fully operational|sera en activite|lancer la production|launch production|(?:start|begin) (?:commercial )?operations?|mise en exploitation|(?:come|comes|came|coming) on[- ]?stream|(?:come|comes|coming) into (?:commercial )?(?:operation|service|production)|entree en (?:service|exploitation|activite|fonctionnement)|entrer en (?:exploitation|activite|fonctionnement)|(?:go|goes|went|going) (?:online|on[- ]?stream)|entrer? en service|devrait entrer en service|premiere tonne|first (?:tonne|batch|shipment)|(?:a|ont|avait) commence a produire|(?:started|began|starts|begins) (?:production|producing)|(?:to |will )(?:start|begin) producing|debut des activites|(?:start|beginning) of (?:operations|activities)|(?:a|avait) ete creee? (?=en \d)|(?:plans?|intends?|(?:is |are |was |were )?(?:set|slated|scheduled)) to open\b"
        # "Construction will begin in March and production early next year", "les travaux
        # débuteront en mars et la production début 2025": the verb shared, the output's start
        r"|\b(?:and|et) (?:la )?production(?= (?:early|late|mid|in|by|next|this|debut|fin|mi"
        r"|en|d'ici|courant|l'an|l'annee|au)\b)"
        # "the inauguration of this mill has been done on December 2018": its opening
        r"|\binauguration of (?:the|this|its|a|an|their) (?:[\w-]+ ){0,2}(?:mill|plant|factory|facility|complex|refinery|smelter)\b"
        # "plans to unveil the plant in Blantyre between April and May 2024": opened
        r"|\bto unveil (?:the|its|a|an|their) (?:[\w-]+ ){0,3}(?:plant|factory|facility|refinery|mill|complex)\b"
        # "l'usine qui sera ouverte au mois de novembre", "the plant will open in May": its
        # doors, not new markets
        r"|\b(?:sera|seront|devrait etre|devraient etre|doit etre|doivent etre) (?:officiellement )?ouverte?s?\b"
        r"|\b(?:go|goes|going|went) commercial\b|\bcommercial (?:operations?|production) (?:will |is (?:set|expected|slated|scheduled) to )?(?:start|begin|commence)"
        # "with commercial operations slated for 2027": its output's start, set for a date
        r"|\b(?:commercial )?(?:operations|production|commissioning) (?:(?:is|are) )?(?:slated|scheduled|planned|set|expected|due|targeted) for\b"
        # "Production is expected in 2028", "first production is targeted by 2027"
        r"|\b(?:commercial |first |full )?(?:operations|production) (?:is|are) (?:now )?(?:expected|targeted"
        r"|slated|scheduled|planned|due) (?=(?:in|by) (?:the |early |late |mid-?)?(?:19|20)\d\d\b)"
        # "A pilot launch is scheduled for the first quarter of 2025": its first output, a trial
        r"|\b(?:pilot|trial|test) (?:launch|production|run|operations?) (?:(?:is|are) )?(?:slated|scheduled|planned|set|expected|due) for\b"
        # "Dans six mois, une usine … verra le jour à Ouagadougou": the plant to come into
        # being then
        r"|\bverra le jour\b"
        # "doit ouvrir ses portes en 2020", "L'usine ouvrira au plus tard fin 2018": its
        # doors opened, the verb alone (not "ouvrira la voie", "ouvrira un bureau")
        r"|\bouvri(?:r|ra|rait|raient|ront) (?:ses|leurs) portes"
        r"|\bouvri(?:ra|rait|raient|ront)\b(?= (?:en|au|a|d'ici|dans|fin|debut|mi|courant|avant|le|des|vers|l'an|cette|l'annee|entre)\b)(?! (?:le|au|a) (?:public|marche|capital))"
        # "va ouvrir sa première usine européenne … d'ici 2024", "ouvrira sa deuxième usine
        # au Mexique jeudi": the plant its verb opens
        r"|\bouvri(?:r|ra|rait|raient|ront)\b(?= (?:sa|son|ses|leur|leurs|une?|la|le|les|l') ?"
        r"(?:[\w-]+ ){0,2}(?:usine|site|unite|complexe|cimenterie|raffinerie|fonderie|gigafactory)s?\b)"
        r"|\b(?:will|would) (?:be )?open(?:ed)?\b(?! (?:up|new|the way|the door|doors|a new))"
        r"|\b(?:is|are) (?:due|expected|scheduled) to open\b(?! (?:up|new|the way|the door|doors|a new))"
        # "A Shanghai-based company is to open a new tuna processing plant …, in the early
        # part of 2007", "will open a new factory in May": the plant its verb opens
        r"|\b(?:(?:is|are) to|will|would|plans to|intends to) open\b(?= (?:a|an|its|the|their)"
        r" (?:[\w-]+ ){0,3}(?:plant|factory|facility|mill|complex|refinery|smelter|cannery|mine)\b)"
        # "aims to break ground later this year and open the plant in 2016": the second aim
        r"|(?<= and )open\b(?= (?:its|the|their)"
        r" (?:[\w-]+ ){0,3}(?:plant|factory|facility|mill|complex|refinery|smelter|cannery|mine)\b)"
        # "with production expected to start early next year", "la production devrait
        # démarrer en 2027": its output's start, the verb after the noun
        # "Operations at the factory is likely to start by June": the plant between them
        r"|\b(?:production|operations)(?: stage| phase)? (?:at [^.;,]{0,50}? )?(?:is |are |was |were )?(?:expected|scheduled|due|set|slated|planned|likely) to (?:start|begin|commence)\b"
        r"|\bproduction (?:devrait|doit|va) (?:demarrer|commencer|debuter)\b"
        # "doit démarrer la production d'ici fin 2026", "doit produire ses premiers
        # véhicules à la fin 2018": its output begun
        r"|\b(?:demarrer|commencer|debuter|entamer) (?:la |sa |leur )?production\b"
        # "va démarrer en juin prochain la production de son usine": the date between
        r"|\b(?:va|vont|doit|doivent|devrait|devraient) (?:demarrer|commencer|debuter|entamer)"
        r" (?:[\w']+ ){1,4}(?:la |sa |leur )production\b"
        r"|\bproduire (?:ses|leurs|les) premi(?:ers|eres)\b"
        # "livrera dans les douze prochains mois les premiers harnais", "will deliver its
        # first engines in 2026": the first of its output handed over
        r"|\b(?:livrer|livrera|livreront|sortira|sortiront|expediera|expedieront) (?:[^.;]{0,40}? )?(?:ses|leurs|les) premi(?:ers|eres)\b"
        r"|\b(?:will|would|to|is to|are to|should|plans to) (?:deliver|ship|roll out) (?:[^.;]{0,40}? )?(?:its|their|the) first\b"
        # "with the first cars rolling off the line in 2027", "les premiers véhicules
        # sortiront des chaînes en 2026": the first of its output made
        r"|\bfirst (?:[a-z-]+ ){0,2}(?:rolling|roll|rolls|will roll|to roll|are expected to roll)"
        r" off (?:the|its) (?:[a-z-]+ )?lines?\b"
        r"|\bpremi(?:ers|eres) (?:[a-z-]+ ){0,2}(?:sortiront|sortent|devraient sortir|doivent sortir)"
        r" (?:des|de la|de ses) (?:chaines?|lignes?)\b"
        # "will be ready to brew its first beer in 2014", "will produce its first tyres in
        # 2026": the first of its output made
        r"|\b(?:will|would|is to|are to|should|plans to|(?:will be |is )?ready to|expects to)"
        r" (?:brew|produce|make|manufacture|assemble|turn out|process) (?:its|their|the) first\b"
        # "une production annuelle de 200 000 véhicules à partir de 2009", "an annual output of
        # 90,000 cars from 2027": so much a year, from when
        r"|\b(?:production|output) annuel(?:le)? (?:de|d') ?[^.;]{0,40}? (?=(?:a partir de|des) (?:19|20)\d\d)"
        r"|\bannual (?:production|output) (?:of )?[^.;]{0,40}? (?=(?:from|starting(?: in| from)?) (?:19|20)\d\d)"
        # "qui devrait produire 60 000 véhicules par an à partir de 2027", "will make 5,000
        # tractors a year from 2027": its output, from when
        r"|\b(?:produire|produira|produiront|fabriquer|fabriquera|fabriqueront|produce|make"
        r"|manufacture|assemble)\b[^.;]{0,60}? (?=(?:a partir de|des|from|starting(?: in| from)?) (?:19|20)\d\d)"
        # "depuis son ouverture en janvier dernier", "since its opening in May": the day it opened
        r"|\b(?:son|sa|leur|its|their) (?:ouverture|inauguration|mise en service|opening|commissioning)"
        r"(?= (?:en|le|au|in|on|last)\b)"
        # "and put it into operation in the first half of 2021", "at the start of production
        # in May 2013": its output begun, said with a noun
        r"|\bput (?:it |them |the [a-z]+ )?into (?:operation|service)\b"
        # "when it opens in July 2024", "once the plant starts production in 2026"
        r"|\b(?:when|once) (?:it|the (?:plant|factory|facility|mill|mine|smelter|refinery))"
        r" (?:opens|starts (?:production|operations|producing)|begins (?:production|operations)"
        # ("Once it goes into operation in five years' time")
        r"|goes into (?:operation|production|service)|comes on ?stream)\b"
        # "avant son ouverture prévue le 15 mars 2016", "its opening is scheduled for May":
        # the plant's opening ahead, said by its noun
        r"|\b(?:son|sa|leur|l') ?ouverture (?:est |etait |sera )?(?:prevue|programmee|attendue)\b"
        r"|\b(?:its|the) opening (?:is |was )?(?:scheduled|planned|expected|set|slated)\b"
        # "The plant is slated to come online in 2027", "will go into operation in 2027",
        # "came online in 2025": its output begun or to begin, said by the plant's coming
        r"|\b(?:come|comes|came|coming|go|goes|went|going|brought|be) (?:online|on-line"
        r"|on ?stream|into (?:operation|production|service))\b"
        # "The US$8 million plant … is set for operation next month": its work ahead, by a date
        r"|\b(?:is|are) (?:set|scheduled|slated|due) for (?:operation|production|commissioning)\b"
        # "La production de bus démarrera en mai", "La production des collations … sera
        # lancée dès l'été": its output's start ahead, the verb after the noun ("cette unité
        # de production … débutera" is the plant's building)
        r"|\b(?:la|sa|leur) production\b[^.;,]{0,60}? (?:demarrera|debutera|commencera|sera (?:lancee|demarree))\b"
        r"|\b(?:the )?(?:start|beginning|launch) of (?:commercial )?production\b"
        # "sera implantée à X et opérationnelle en 2015", "operational by 2026": the
        # adjective and its date, the verb said before
        r"|\boperationnel(?:le)?s? (?=(?:en|d'ici|des|a partir|au|a la|vers|fin|debut|courant|avant) )"
        r"|\boperational (?=(?:in|by|from|early|late|at|towards|before) )"
        # "The plant is expected to start work in around five years", "l'usine commencera
        # à fonctionner": the plant said before its work begun (work on a site is building)
        r"|\b(?:plant|factory|facility|mill|unit|complex)\b[^.;,]{0,40}? (?:start|begin|commence)s? (?:work|working|functioning)\b(?! on)"
        r"|\b(?:commencer|commencera|commenceront|demarrer|demarrera|demarreront) a fonctionner\b"
        # "the plant in Samawa, 230 km south of Baghdad, was set up in the 1980s": an
        # existing plant's founding, when it began to work (a company "set up in 1985" is
        # no plant's)
        r"|\b(?:plant|factory|facility|mill|unit|complex)\b[^.;]{0,80}? (?:was|were)"
        r" (?:originally |first )?(?:set up|established|commissioned) (?=in )",
        "operation_start",
    ),
    (
        # "Lancé en octobre 2021, le projet …": a sentence opened by its launch and its date
        r"^lancee?s? (?=(?:en|le|au|fin|debut|courant|dans) )|"
        # "avant de lancer les travaux", "to start construction works"
        r"(?:lancer|commencer|debuter|demarrer|entamer) les travaux|(?:start|begin|commence) (?:the )?construction(?: works?)?|"
        r"debut de la phase de construction|travaux (?:de realisation )?(?:seront|seraient) lances|construction (?:is |was )?scheduled to start|lancement des travaux|construction of the zone|construction (?:devrait|doit|should|will|would|could|is expected to|is due to|is to|to) (?:commencer|debuter|demarrer|start|begin|commence)|debut des travaux|travaux (?:vont|devraient|doivent) (?:bientot )?(?:demarrer|commencer|debuter)|travaux (?:de construction )?(?:debuteront|commenceront|demarreront|ont debute|ont commence|ont demarre)|travaux(?: de construction)?, qui (?:debuteront|commenceront|demarreront|ont debute|ont commence|ont demarre)|start of construction|(?:start|begin|commence)s? (?:constructing|building)"
        # "la construction de l'unité démarrera en décembre": its start ahead, and when
        r"|\bconstruction\b[^.;]{0,60}? (?:demarrera|debutera|commencera)\b"
        # "La construction de l'usine de Zrenjanin (nord) avait commencé en 2019": the works'
        # start, said before what the news tells
        r"|\bla construction (?:de|du|d'|des) ?[^.;:]{0,80}? (?:avait|avaient) (?:(?:officiellement|deja|effectivement) )?(?:commence|debute|demarre)\b"
        # "The construction of a $700 million factory (…), the first of its kind, will start
        # at the beginning of October", "promised the construction of the plant worth $124
        # million would start in autumn": the plant's words between the noun and its verb
        r"|\bconstruction (?:of|de|du|d')[^.;]{0,120}? (?:will|would|should|is (?:expected|due|scheduled) to"
        r"|devrait|doit|va) (?:start|begin|commence|get under ?way|commencer|debuter|demarrer)\b"
        # "Construction, which will start in the first half of 2025, …": the noun, then a
        # clause that says when it starts
        r"|\bconstruction(?: works?)?, (?:which|that) (?:will|would|is to|is expected to|is due to"
        r"|is scheduled to|should) (?:start|begin|commence)\b"
        # "slated to break ground in 2024", "will break ground next year", "broke ground in
        # May": the works' first day
        r"|\b(?:break|breaks|breaking|broke|broken) ground\b"
        r"|\bground[- ]?breaking (?:is|was) (?:slated|set|scheduled|planned|expected|due)\b"
        r"|\bpremiere pierre (?:sera|devrait etre|doit etre) posee\b"
        # "The construction phase is slated to commence in March", "construction works are
        # set to begin": the works' start ahead, said with its noun and a participle
        r"|\bconstruction(?: (?:phase|works?|activities))? (?:is |are |was |were )?(?:expected"
        r"|scheduled|due|set|slated|planned|likely) to (?:start|begin|commence)\b"
        # "Work would begin on the plant at the end of this year": the works, said as work
        r"|\bworks? (?:on (?:the|its|a|an|their) (?:[\w-]+ ){0,2}?(?:plant|factory|facility|mill"
        r"|refinery|smelter|complex|project|site) )?(?:will|would|should|is to|are to|(?:(?:is|are) )?(?:expected|due|scheduled|set"
        r"|slated|planned) to) (?:begin|start|commence)\b"
        # "Work has started on a sugar refinery …", "work began on the plant in May"
        r"|\bwork (?:has |had )?(?:started|begun|began|commenced) on (?:a|an|the|its|their)\b"
        # "construire une usine à poissons en Polynésie Française, dès l'an prochain", "to
        # build a plant in Tema from next year": the building to start then
        r"|\b(?:construire|batir|edifier|build|construct) (?:une?|an?|its|their|son|sa|leur)"
        r" [^.;]{1,100}?,? (?=(?:des|starting|from) (?:l'an |l'annee |le mois |cette |the |next |\d{4}))",
        "construction_start",
    ),
    (
        # "La livraison finale de l'usine est attendue pour la fin de l'année 2019": the plant
        # handed over, its works done
        r"(?:reception|livraison) (?:totale |finale |definitive )?(?:de (?:l'usine|l'unite|l'ouvrage|la centrale|du complexe|du projet|l'installation) )?(?:est |sera )?(?:prevue|attendue)|"
        r"(?:final )?(?:handover|delivery) of the (?:plant|factory|facility|complex|project) (?:is )?(?:expected|scheduled|planned)|"
        r"reception (?:totale )?(?:est )?prevue|fin des travaux(?: de construction)?,? (?:est |etait )?prevue|achevee?s? (?:d'ici|en|avant|dans)|(?:to be |be )?completed (?:by|within|in|at|before|around)|achevement"
        r"|(?:etre |sera |seront )?(?:mise?s? en (?:oe|œ)uvre|realisee?s?|livree?s?) (?:dans|d'ici|en|avant)|(?:be |being )?(?:implemented|delivered|finished) (?:within|by|in)"
        # "la durée des travaux est estimée à 18 mois", "les travaux … d'une durée de 12
        # mois", "le délai d'exécution des travaux est de 28 mois": how long the works
        # last, so when they end
        r"|\bduree (?:des travaux|du chantier)\b|\bdelais? (?:d'execution|de realisation)\b|\b(?:travaux|chantier)\b[^.;]{0,60}?(?= d'une duree de \d)"
        # "les travaux prendront fin au premier trimestre 2014": the works' end ahead
        r"|\btravaux\b[^.;]{0,40}? (?:prendront|prendra|devraient prendre|doivent prendre) fin\b"
        # "les travaux devraient s'achever fin 2026", "seront achevés fin 2026", "se
        # termineront en 2026", "construction should wrap up in late 2026": the works' end
        r"|\b(?:travaux|chantier|construction)\b[^.;]{0,90}? (?:(?:devraient|doivent|devrait|doit"
        r"|vont|va) )?(?:s'achever|se terminer|s'acheveront|s'achevera|se termineront|se terminera)\b"
        r"|\bachevee?s? (?=fin \d)"
        # "L'usine devrait être livrée au premier semestre 2026": handed over in a part of a year
        r"|\b(?:livree?s?|achevee?s?|realisee?s?) (?=(?:au (?:premier|second|deuxieme|troisieme"
        r"|quatrieme|dernier) (?:semestre|trimestre)|a la fin (?:de |du )?\d|courant \d))"
        # ("devrait être livrée fin 2027", "sera livrée en 2027", "will be handed over in
        # mid-2027": handed over then, so done)
        r"|\b(?:sera|seront|devrait etre|devraient etre|doit etre|doivent etre) livree?s?"
        r"(?= (?:fin|debut|mi-|en|d'ici|avant) )"
        r"|\b(?:will|would|is to|are to|should|to) be handed over(?= (?:in|by|at|before) )"
        r"|\bconstruction (?:should|will|is expected to|is set to|is due to|is scheduled to)"
        r" (?:wrap up|be completed|be finished|finish|end)\b"
        # "work … started two weeks ago and is scheduled to finish by the end of next year"
        # (its subject's verb left before the cue: "studies are due to be completed" is none)
        r"|(?:(?<=\bis )|(?<=\bare ))(?:scheduled|expected|due|set|slated) to (?:finish|wrap up"
        r"|be completed|be finished)(?= (?:by|in|before|within|at) )"
        # "elle avait été réceptionnée le 20 mars": its works handed over, so done
        r"|\breceptionnee?s?\b"
        # "will probably be ready by 2020": its building done (not "ready for production";
        # not "The document will be ready by the end of this year", a study's or a plan's)
        r"|(?<!document )(?<!documents )(?<!documentation )(?<!study )(?<!studies )(?<!report )"
        # ("The first production line will be ready": its output begins, DATE_CUES below)
        r"(?<!design )(?<!line )(?<!lines )\b(?:will|would|should|to|is expected to) (?:\w+ly )?be ready\b(?! (?:for|to)\b)"
        # "complete its investment by Dec. 31, 2030", "to complete the plant in 2027": the
        # works or the money spent to an end (not "complete its acquisition", a purchase)
        r"|\bcomplete (?:its|the|their|this) (?:[\w-]+ )?(?:investment|construction|works?|project"
        r"|plant|factory|facility)s? (?=(?:by|in|before|within) )"
        # "the facility is scheduled for completion in 2026", "with completion set for the
        # end of 2018"
        r"|\b(?:scheduled|expected|due|set|slated|planned) for completion\b"
        r"|\bcompletion (?:is |was )?(?:set|scheduled|expected|due|slated|planned|targeted) (?=(?:for|in|by) )"
        # "the construction of two factories … over the next three years", "will be built
        # within a year", "la construction de l'usine … dans les trois prochaines années":
        # the span the works take, so their end
        r"|\bconstruction (?:of|de|du|d')[^.;]{0,120}?(?= (?:over|within|in) the next \w+ (?:years?"
        r"|months?)\b| within \w+ (?:years?|months?)\b| dans les \w+ prochaine?s (?:annees|mois)\b)"
        # ("to be constructed in the next two years" may say the works' start as well)
        r"|\b(?:be|being) (?:built|constructed)\b[^.;]{0,60}?(?= within \w+ (?:years?|months?)\b)"
        # "l'usine sera construite dans un délai de 24 mois"
        r"|\b(?:construite?s?|realisee?s?|edifiee?s?) (?=dans un delai de )"
        # "X will have a pharmaceutical plant by June next year", "disposera d'une usine
        # d'ici 2026": the plant there, its works done, by then
        r"|\b(?:will|should|is expected to|is set to) have (?:a|an|its|their|the) (?:new |first )?"
        r"(?:[\w-]+ ){0,2}(?:plant|factory|facility|mill|refinery|complex)\b(?= by )"
        r"|\b(?:disposera|disposeront|devrait disposer|aura) d'une (?:nouvelle |premiere )?"
        r"(?:usine|unite|raffinerie|cimenterie)\b(?:[^.;,]{0,40}?)(?= d'ici )"
        # "prévoit d'implanter une usine de production d'ici à 2020": there by then
        r"|\b(?:implanter|installer|construire|ouvrir|batir|edifier|realiser|eriger) (?:une?|son|sa"
        r"|ses|la|le|l'|deux|trois) [^.;,]{0,60}?(?= d'ici\b)"
        # "La réalisation du projet durant cette année nécessitera …": the project carried
        # out, done, within that time
        r"|\bla realisation (?:du projet|de l'usine|de (?:ce|cet|cette) (?:projet|usine|unite))"
        r"(?= (?:durant|au cours de|d'ici|avant) )"
        # "will produce 2 billion tablets a year once complete in 2026": done then
        r"|\b(?:once|when) (?:fully )?(?:complete|completed|finished)(?= (?:in|by) )"
        # "targets to complete the plant this year", "aims to finish the factory by 2026"
        r"|\b(?:targets?|aims?|plans?|hopes?|seeks?|expects?|intends?) to (?:complete|finish)"
        r" (?:the|its|their) (?:new )?(?:plant|factory|facility|mill|project|complex|refinery)\b"
        # "plans to build a plant in Latvia by 2020"
        r"|\b(?:build|construct|set up|establish|open) (?:a|an|its|their|the|two|three) [^.;,]{0,60}?"
        r"(?= by (?:the end of )?(?:19|20)\d\d\b)"
        # "the plant was constructed in 2004", "l'usine, construite en 2004": built then
        r"|\b(?:was|were) (?:built|constructed|erected) (?=in (?:19|20)\d\d\b)"
        r"|\b(?:a ete |avait ete |fut )?(?:construite?s?|erigee?s?|batie?s?) (?=en (?:19|20)\d\d\b)",
        "completion",
    ),
    # any start or end verb with its noun (_STARTS, _ENDS): "commence production by
    # mid-2019", "kick off the construction works next spring", "finalize construction"
    (rf"\b{_STARTS} {_OUTPUT}", "operation_start"),
    # "hopes to start building the plant in April next year and producing cars in late
    # 2014": the start said once, of the works and then of the output
    (
        rf"\b{_STARTS} (?:building|constructing)\b[^.;]{{0,60}}? and (?:producing|manufacturing"
        rf"|assembling|making|turning out)\b",
        "operation_start",
    ),
    # "les activités de la cimenterie débuteront l'année prochaine", "production will start
    # in May": the output named first, then the verb that starts it
    (
        # ("La production, d'une capacité de 5 000 véhicules par an, devrait démarrer")
        rf"\b{_OUTPUT}(?: (?:de|du|des|d'|of) ?[^.;,]{{1,40}}?)?(?:, [^.;,]{{1,50}},)? (?:will |would "
        rf"|devrait |devraient |doit |doivent |va |vont )?{_STARTS}\b",
        "operation_start",
    ),
    # "The first production line will be ready by the end of 2021": the output's start
    (
        r"\b(?:production|assembly|manufacturing) lines? (?:will|would|should|is expected to)"
        r" (?:\w+ly )?be (?:ready|operational)\b(?! (?:for|to)\b)",
        "operation_start",
    ),
    (rf"\b{_STARTS} {_WORKS}", "construction_start"),
    # "Elle est en cours de construction depuis le mois de juin", "under construction since
    # June": the works under way since then, begun then
    (
        r"\b(?:en cours de construction|en construction|en chantier|under construction"
        r"|being built)(?= (?:depuis|since)\b)",
        "construction_start",
    ),
    # "construction works for the first phase of the project will start next month": the
    # works named first, what they are for between, then the verb that starts them
    (
        rf"\b{_WORKS}(?: (?:for|of|on|de|du|des|d') ?[^.;,]{{1,50}}?)? (?:will|would|is to|are to"
        rf"|vont|va|devraient|devrait) {_STARTS}\b",
        "construction_start",
    ),
    (rf"\b{_ENDS} {_WORKS}", "completion"),
    # "a annoncé mardi la construction d'une usine", "announced on Sunday": the day of the
    # news, the article's, not one of the plant's own: it is set aside, not claimed (reader/facts.py)
    (r"\bannonce\w*|\bannounced\b", "announced"),
)

FUTURE = (
    r"\b(?:sera|seront|entrera|devra|devrait|devraient|prevue?s?|d'ici|a l'horizon|will|expected|scheduled|planned|plans|vise|atteindra|permettra|creera|produira"
    # "la construction démarrera en décembre", "son lancement prochain": a start ahead
    r"|(?:demarr|debut|commenc|ouvr|lanc)(?:era|eront)|ouvrira|ouvriront|prochaine?s?|escomptee?s?"
    # "les premiers véhicules sortiront des chaînes en 2026": its first output, ahead
    r"|sortira|sortiront"
    # "plans for construction to begin in March", "hoped construction would start": ahead
    r"|to (?:begin|start|commence)|would (?:begin|start|commence|open))\b"
)

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
        # the People's Republic said whole, before the Republic of China, which is Taiwan's
        "people's republic of china",
        "peoples republic of china",
        "republique populaire de chine",
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
    # "U.S." and "USA" with their points or in capitals; "US" folded is the pronoun, left out
    "US": (
        "etats-unis",
        "americain",
        "americaine",
        "united states",
        "american",
        "washington",
        "u.s.",
        "u.s.a.",
        "usa",
    ),
    "DE": ("allemagne", "allemand", "allemande", "germany", "german", "berlin"),
    "QA": ("qatar", "qatari", "qatarie", "qatarien", "qatarienne", "qatariens", "doha"),
    "MA": (
        "maroc",
        "marocain",
        "marocaine",
        "marocains",
        "marocaines",
        "morocco",
        "moroccan",
        "rabat",
    ),
    "TN": ("tunisie", "tunisien", "tunisienne", "tunisiens", "tunisia", "tunisian"),
    "LY": ("libye", "libyen", "libyenne", "libya", "libyan", "tripoli"),
    "MR": ("mauritanie", "mauritanien", "mauritanienne", "mauritania", "mauritanian", "nouakchott"),
    "SN": ("senegal", "senegalais", "senegalaise", "senegalese", "dakar"),
    "CI": ("cote d'ivoire", "ivoirien", "ivoirienne", "ivory coast", "ivorian", "abidjan"),
    "NG": ("nigeria", "nigerian", "nigeriane", "abuja"),
    "ET": (
        "ethiopie",
        "ethiopien",
        "ethiopienne",
        "ethiopia",
        "ethiopian",
        "addis abeba",
        "addis ababa",
    ),
    "KE": ("kenya", "kenyan", "kenyane", "nairobi"),
    "ZA": (
        "afrique du sud",
        "sud-africain",
        "sud-africaine",
        "south africa",
        "south african",
        "pretoria",
    ),
    "SA": ("arabie saoudite", "saoudien", "saoudienne", "saudi arabia", "saudi", "riyad", "riyadh"),
    "AE": (
        "emirats arabes unis",
        "emirati",
        "emiratie",
        "united arab emirates",
        "uae",
        "abou dhabi",
        "abu dhabi",
        "dubai",
    ),
    "IR": ("iran", "iranien", "iranienne", "iranian", "teheran", "tehran"),
    "IQ": ("irak", "irakien", "irakienne", "iraq", "iraqi", "bagdad", "baghdad"),
    "PK": ("pakistan", "pakistanais", "pakistanaise", "pakistani", "islamabad"),
    "BD": ("bangladesh", "bangladais", "bangladaise", "bangladeshi", "dhaka", "dacca"),
    "VN": ("vietnam", "viet nam", "vietnamien", "vietnamienne", "vietnamese", "hanoi"),
    "ID": ("indonesie", "indonesien", "indonesienne", "indonesia", "indonesian", "jakarta"),
    # "le groupe nippon": the press's other French word for Japanese
    "JP": ("japon", "japonais", "japonaise", "japan", "japanese", "tokyo", "nippon", "nippone"),
    # "Korean-funded", "le groupe coréen": the South's, unless the North is said
    "KR": (
        *("coree du sud", "sud-coreen", "sud-coreenne", "south korea", "south korean", "seoul"),
        *("coree", "coreen", "coreenne", "coreens", "coreennes", "korea", "korean"),
    ),
    "KP": ("coree du nord", "nord-coreen", "nord-coreenne", "north korea", "north korean"),
    "KZ": ("kazakhstan", "kazakh", "kazakhe", "astana"),
    "UZ": ("ouzbekistan", "ouzbek", "ouzbeke", "uzbekistan", "uzbek", "tachkent", "tashkent"),
    "BY": ("bielorussie", "bielorusse", "belarus", "belarusian", "minsk"),
    "HU": ("hongrie", "hongrois", "hongroise", "hungary", "hungarian", "budapest"),
    "RS": ("serbie", "serbe", "serbia", "serbian", "belgrade"),
    "ES": ("espagne", "espagnol", "espagnole", "spain", "spanish", "madrid"),
    "GB": (
        "royaume-uni",
        "britannique",
        "united kingdom",
        "british",
        "londres",
        "london",
        "uk",
        "u.k.",
        "britain",
        "great britain",
        "grande-bretagne",
        # its nations: "a factory at Bangor, Wales", "the Welsh Development Agency", "en
        # Écosse" ("English" and "anglais" name a tongue as often as a nation)
        "wales",
        "welsh",
        "pays de galles",
        "gallois",
        "galloise",
        "scotland",
        "scottish",
        "ecosse",
        "ecossais",
        "ecossaise",
        "england",
        "angleterre",
        "northern ireland",
        "irlande du nord",
    ),
    "BR": ("bresil", "bresilien", "bresilienne", "brazil", "brazilian", "brasilia"),
    "SY": ("syrie", "syrien", "syrienne", "syria", "syrian", "damas", "damascus"),
    # Countries whose names are also words or names ("Mali", "Niger", "Chad"): their
    # adjectives and capitals here, their names only where the words around say a country
    # (places.countries_in).
    "ML": ("malien", "malienne", "maliens", "maliennes", "malian", "malians", "bamako"),
    "NE": ("nigerien", "nigerienne", "nigeriens", "nigeriennes", "nigeriens", "niamey"),
    "TD": ("tchadien", "tchadienne", "tchadiens", "chadian", "n'djamena", "ndjamena"),
    "GN": ("guineen", "guineenne", "guineens", "guinean", "conakry"),
    "JO": ("jordanien", "jordanienne", "jordanian", "amman"),
    # adjectives no rule makes from the country's name ("Ghanaian", "togolais", "burkinabè")
    "GH": ("ghanaian", "ghanaians", "ghaneen", "ghaneenne", "ghaneens", "ghaneennes"),
    "TG": ("togolese", "togolais", "togolaise", "togolaises"),
    "BJ": ("beninese", "beninois", "beninoise", "beninoises"),
    "BF": ("burkinabe", "burkinabes"),
    "CM": ("cameroonian", "cameroonians", "camerounais", "camerounaise", "camerounaises"),
    "GA": ("gabonese", "gabonais", "gabonaise", "gabonaises"),
    "SD": ("sudanese", "soudanais", "soudanaise", "soudanaises"),
    "UG": ("ougandais", "ougandaise", "ougandaises"),
    "RW": ("rwandais", "rwandaise", "rwandaises"),
    "MG": ("malagasy", "malgache", "malgaches"),
    "MZ": ("mozambican", "mozambicans", "mozambicain", "mozambicaine", "mozambicains"),
    "AO": ("angolais", "angolaise", "angolaises"),
    "ZW": ("zimbabwean", "zimbabweans", "zimbabween", "zimbabweenne"),
    "SL": ("sierra leonean", "sierra-leonais", "sierra-leonaise"),
    "DJ": ("djiboutian", "djiboutien", "djiboutienne"),
    "CF": (
        "centrafrique",
        "centrafricain",
        "centrafricaine",
        "centrafricains",
        "centrafricaines",
        "central african republic",
        "central african",
    ),
    "BI": ("burundais", "burundaise", "burundaises", "burundian", "burundians"),
    "NP": ("nepali", "nepalese", "nepalais", "nepalaise", "kathmandu"),
    "LA": ("lao", "laotian", "laotien", "laotienne", "laotiens", "laotiennes", "vientiane"),
    "KH": ("cambodgien", "cambodgienne", "cambodgiens", "phnom penh"),
    "TH": ("thai", "thailandais", "thailandaise", "thailandaises"),
    "LK": ("sri lankan", "sri-lankais", "sri-lankaise"),
    "KW": ("kuwaiti", "koweitien", "koweitienne"),
    "OM": ("omani", "omanais", "omanaise"),
    "LB": ("lebanese", "libanais", "libanaise"),
    "UA": ("ukrainian", "ukrainien", "ukrainienne"),
    "AZ": ("azerbaijani", "azerbaidjanais", "azerbaidjanaise"),
    # the country's name is also a US state's and stays out; its adjective and capital do not
    "GE": (
        "georgian",
        "georgians",
        "georgien",
        "georgienne",
        "georgiens",
        "georgiennes",
        "tbilisi",
        "tbilissi",
    ),
    "PL": ("polish", "polonais", "polonaise"),
    "CZ": ("czech", "tcheque", "tcheques"),
    "GR": ("greek", "grec", "grecque"),
    "PT": ("portuguese", "portugais", "portugaise"),
    "NL": ("dutch", "neerlandais", "neerlandaise"),
    "BE": ("belgian", "belge", "belges"),
    "CH": ("swiss", "suisse", "suisses"),
    "SE": ("swedish", "suedois", "suedoise"),
    "NO": ("norwegian", "norvegien", "norvegienne"),
    "FI": ("finnish", "finlandais", "finlandaise"),
    "DK": ("danish", "danois", "danoise"),
    "SG": ("singaporean", "singapourien", "singapourienne"),
    "CL": ("chilean", "chilien", "chilienne"),
    "MX": ("mexican", "mexicain", "mexicaine"),
    "CA": ("canadian", "canadien", "canadienne", "canadiens"),
    # adjectives that pycountry's names do not give regularly ("Taiwan, Province of China")
    "TW": (
        "taiwanese",
        "taiwanais",
        "taiwanaise",
        "taiwanaises",
        "republic of china",
        "republique de chine",
        "chinese taipei",
    ),
    # "the government of PNG": the initials the press gives Papua New Guinea
    "PG": ("png", "papua new guinean", "papouasien", "papouasienne", "port moresby"),
    "AT": ("autrichien", "autrichienne", "autrichiens", "autrichiennes"),
    "IE": ("irish", "irlandais", "irlandaise", "irlandaises"),
    "IL": ("israeli", "israelis", "israelien", "israelienne", "israeliens", "israeliennes"),
    "RO": ("roumain", "roumaine", "roumains", "roumaines"),
    "AR": ("argentinian", "argentin", "argentins", "argentines"),
    "PH": ("filipino", "philippin", "philippine", "philippins", "philippines"),
    "LU": ("luxembourgeois", "luxembourgeoise", "luxembourgeoises"),
    # adjectives the regular rules miss, the French in -ais/-ien/-ote and the English in -ese
    "CY": ("cypriot", "cypriots", "chypriote", "chypriotes"),
    "CG": ("congolese", "congolais", "congolaise", "congolaises"),
    "SK": ("slovak", "slovaks", "slovakian", "slovaque", "slovaques"),
    "SI": ("slovene", "slovenes"),
    "MU": ("mauritian", "mauritians", "mauricien", "mauricienne", "mauriciens", "mauriciennes"),
    "MT": ("maltese", "maltais", "maltaise", "maltaises"),
    "HR": ("croate", "croates"),
    "BG": ("bulgare", "bulgares"),
    "AL": ("albanais", "albanaise", "albanaises"),
    "MD": ("moldave", "moldaves", "moldavie"),
    "LV": ("letton", "lettone", "lettons", "lettones"),
    "IS": ("icelandic", "islandais", "islandaise", "islandaises"),
    "MN": ("mongol", "mongole", "mongols", "mongoles"),
    "MM": ("burma", "burmese", "birman", "birmane", "birmans", "birmanes"),
    "PE": ("peruvian", "peruvien", "peruvienne", "peruviens", "peruviennes"),
    "VE": ("venezuelien", "venezuelienne", "venezueliens", "venezueliennes"),
    "CU": ("cubain", "cubaine", "cubains", "cubaines"),
    "EC": ("ecuadorian", "equatorien", "equatorienne", "equatoriens", "equatoriennes"),
    "UY": ("uruguayen", "uruguayenne", "uruguayens", "uruguayennes"),
    "PY": ("paraguayen", "paraguayenne", "paraguayens", "paraguayennes"),
    "ER": ("erythreen", "erythreenne", "erythreens", "erythreennes"),
    "BW": ("botswanais", "botswanaise", "botswanaises"),
    "BH": ("bahraini", "bahrainis", "bahreini", "bahreinie", "bahreinis"),
    "YE": ("yemeni", "yemenis", "yemenite", "yemenites"),
    "LR": ("liberien", "liberienne", "liberiens", "liberiennes"),
    "CV": (
        "cape verde",
        "cape verdean",
        "cap-verdien",
        "cap-verdienne",
        "capverdien",
        "capverdienne",
    ),
    "SC": ("seychellois", "seychelloise", "seychelloises"),
    "KM": ("comorien", "comorienne", "comoriens", "comoriennes"),
    "TJ": ("tadjik", "tadjike", "tadjiks", "tadjikes"),
    "KG": ("kirghiz", "kirghize", "kirghizes"),
    "TM": ("turkmene", "turkmenes"),
    # the names the press gives where pycountry's differ ("Brunei Darussalam", "Eswatini")
    "BN": ("brunei", "bruneian", "bruneien", "bruneienne", "bruneiens", "bruneiennes"),
    "SZ": ("swaziland",),
    "MK": ("macedonia", "macedonian", "macedoine", "macedonien", "macedonienne"),
    "TL": ("east timor", "timorese", "timorais", "timoraise"),
    "BA": ("bosnia", "bosnian", "bosnie", "bosnien", "bosnienne"),
    "VA": ("vatican",),
    # "en Polynésie", "Tahiti's Polynesian": French Polynesia, as the press shortens it
    "PF": ("polynesie", "polynesien", "polynesienne", "polynesiens", "polynesiennes"),
    # "la compagnie minière calédonienne MKM": New Caledonia, as the press says it
    "NC": (
        "caledonien",
        "caledonienne",
        "caledoniens",
        "caledoniennes",
        "neo-caledonien",
        "neo-caledonienne",
        "neo-caledoniens",
        "neo-caledoniennes",
    ),
    "VU": ("vanuatais", "vanuataise", "vanuatuan", "ni-vanuatu"),
    # English adjectives of the Americas' and Africa's smaller countries ("the Guyanese
    # Guysons Engineering", "a Motswana company")
    "GY": ("guyanese", "guyanien", "guyanienne", "guyaniens", "guyaniennes"),
    "SR": ("surinamese", "surinamais", "surinamaise"),
    # ("the Trinidad-based X": the larger island for the country)
    "TT": (
        "trinidadian",
        "trinidad",
        "trinidad & tobago",
        "trinidad and tobago",
        "trinidadien",
        "trinidadienne",
    ),
    "BB": ("barbadian",),
    # the islands' "Saint" as the press shortens it: "St. Vincent and the Grenadines",
    # "St Lucia", "St. Kitts and Nevis"
    "VC": (
        "st vincent and the grenadines",
        "st. vincent and the grenadines",
        "st vincent & the grenadines",
        "st. vincent & the grenadines",
        "saint vincent & the grenadines",
        "st vincent",
        "st. vincent",
        "vincentian",
        "vincentien",
        "vincentienne",
    ),
    "LC": ("st lucia", "st. lucia", "saint lucian", "st lucian", "st. lucian"),
    "KN": (
        "st kitts and nevis",
        "st. kitts and nevis",
        "st kitts & nevis",
        "st. kitts & nevis",
        "st kitts",
        "st. kitts",
        "kittitian",
    ),
    "BS": ("bahamian",),
    "BZ": ("belizean",),
    "HN": ("honduran", "hondurien", "hondurienne"),
    "SV": ("salvadoran", "salvadorien", "salvadorienne"),
    "PA": ("panamanian", "panameen", "panameenne"),
    "LS": ("basotho", "lesothan"),
    "BT": ("bhutanese", "bhoutanais", "bhoutanaise"),
    "MV": ("maldivian", "maldivien", "maldivienne"),
    "ME": ("montenegrin", "montenegrine"),
    "PS": (
        # "in the West Bank", "en Cisjordanie": the Palestinian territories
        "west bank",
        "cisjordanie",
        "palestinian",
        "palestinians",
        "palestinien",
        "palestinienne",
        "palestiniens",
        "palestiniennes",
    ),
}
# the same countries' adjectives beside those listed above
for _code, _more in {
    "PY": ("paraguayan",),
    "UY": ("uruguayan",),
    "KM": ("comorian",),
    "SZ": ("swazi",),
    "KZ": ("kazakhstani",),
    "LU": ("luxembourgish", "luxembourger"),
    "BW": ("motswana", "botswanan"),
}.items():
    COUNTRY_WORDS[_code] = COUNTRY_WORDS[_code] + _more
# the Caribbean's and Central America's French adjectives: "le Groupe dominicain « M »"
for _code, _more in {
    "DO": ("dominicain", "dominicaine", "dominicains", "dominicaines"),
    "HT": ("haitien", "haitienne", "haitiens", "haitiennes"),
    "JM": ("jamaicain", "jamaicaine", "jamaicains", "jamaicaines"),
    "GT": ("guatemalteque", "guatemalteques"),
    "CR": ("costaricien", "costaricienne", "costariciens", "costariciennes"),
    "NI": ("nicaraguayen", "nicaraguayenne", "nicaraguayens", "nicaraguayennes"),
}.items():
    COUNTRY_WORDS[_code] = COUNTRY_WORDS.get(_code, ()) + _more
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
    "maroco": "MA",
    "tuniso": "TN",
    "irano": "IR",
    "nippo": "JP",
    "hispano": "ES",
    "germano": "DE",
    "americano": "US",
    "saoudo": "SA",
    "pakistano": "PK",
    "bangladeshi": "BD",
    # "un partenariat libano-chypriote", "greco-turc", "anglo-français", "belgo-congolais"
    "libano": "LB",
    "syro": "SY",
    "israelo": "IL",
    "jordano": "JO",
    "irako": "IQ",
    "greco": "GR",
    "anglo": "GB",
    "belgo": "BE",
    "luso": "PT",
    "helveto": "CH",
    "austro": "AT",
    "hungaro": "HU",
    "polono": "PL",
    "serbo": "RS",
    "croato": "HR",
    "bulgaro": "BG",
    "roumano": "RO",
    "ukraino": "UA",
    "armeno": "AM",
    "canado": "CA",
    "senegalo": "SN",
    "ivoiro": "CI",
    "mauritano": "MR",
    "libyo": "LY",
    "soudano": "SD",
    "qataro": "QA",
    "emirato": "AE",
    "koweito": "KW",
    "afghano": "AF",
    "kazakho": "KZ",
    "ouzbeko": "UZ",
    "turkmeno": "TM",
    "azero": "AZ",
    "coreano": "KR",
    "vietnamo": "VN",
}

# Nouns that name a project (a plant, a complex, a zone) and an agreement.
# ("développer une chaîne de production de petites voitures" is a plant to come; "la chaîne
# de production des voitures électriques", a trade's value chain, is none)
PROJECT_NOUNS_FR = (
    r"(?:usines?|societe d'assemblage|societe de (?:production|fabrication|transformation)|complexes?|voie ferree|ligne ferroviaire|projet(?! de memorandum| d'accord| de loi| de partenariat| de cooperation| de contrat)|mega[- ]?complexe|megaprojet|projet integre|cimenteries?|raffineries?|centrales?|acieries?|conserveries?|minoteries?|sucreries?|huileries?|brasseries?|laiteries?|tanneries?|verreries?|toleries?|laminoirs?|trefileries?|distilleries?|chocolateries?|fromageries?|malteries?|rizeries?|cokeries?|filatures?|papeteries?|fonderies?|scieries?|cableries?|briqueteries?|tuileries?|savonneries?|biscuiteries?|cartonneries?|zone industrielle|pole industriel|unite de production|site de production|unites? de \w+|chaines? (?:de montage|d'assemblage)|(?:(?<=developper une )|(?<=construire une )|(?<=installer une )|(?<=implanter une )|(?<=creer une ))chaines? de production(?= de | d')|gigafactory|gigausine|parc (?:eolien|solaire|photovoltaique|industriel|agro-?industriel|eco-?industriel|technologique|scientifique|logistique|d'activites|binational|textile)|terminal (?:portuaire|gazier|petrolier)|chantier naval|port sec|quais? de peche|ports? de peche|lignes? (?:de production|d'assemblage|de montage)|zone economique speciale|fermes? aquacoles?|fermes? (?:de betail|d'elevage)"
    # "une fabrique de chaussures", "un abattoir moderne", "un couvoir", "une provenderie":
    # plants the press names by their trade's noun
    # ("où seront fabriqués des systèmes": the participle, folded alike, after no article)
    r"|(?:(?<=une )|(?<=la )|(?<=sa )|(?<=cette )|(?<=des )|(?<=les )|(?<=ses ))fabriques?"
    r"|abattoirs?|couvoirs?|provenderies?"
    # "la mine d'uranium de X", "une mine de cuivre": a mine said by what it yields
    r"|mines? (?:d'|de )(?:or|uranium|cuivre|fer|charbon|zinc|nickel|bauxite|manganese|phosphates?"
    r"|potasse|lithium|cobalt|diamants?|plomb|platine|graphite|chrome|etain|rubis|saphirs?"
    r"|emeraudes?))"
)
# The kinds of site a project stands on, which the press capitalises ("the first sizable
# Greenfield project"): words of no name
SITE_KINDS: tuple[str, ...] = ("greenfield", "brownfield")

PROJECT_NOUNS_EN = (
    r"(?:plants?|factory|factories|complex|assembly line|processing unit|brewery|foundry|smelter|smeltery|tannery|sawmill|industrial zone|industry zone|refinery|mill|facility|ordnance factory|NPP|railway line|railway|project|gigafactory|power station|shipyard|dockyard|terminal|production lines?|special economic zone|steelworks|ironworks|glassworks|gigafactories|cannery|fabs?"
    # "the construction of an enterprise", "an enterprise for the production of glass": a
    # plant, as the press of the former Soviet states calls it (no company: "a state
    # enterprise", "the enterprise's shares")
    r"|(?<=construction of an )enterprise|(?<=creation of an )enterprise"
    r"|(?<=establishment of an )enterprise|(?<=build an )enterprise|(?<=build a new )enterprise"
    r"|(?<=launch of an )enterprise|enterprise(?= for the production of)"
    # "a 300-megawatt solar farm", "a wind park", "a pharmaceutical manufacturing hub"
    r"|(?<=solar )farms?|(?<=wind )farms?|(?<=solar )parks?|(?<=wind )parks?|(?<=fish )farms?"
    # "a fishing port", "a commercial fishing quay": where the catch is landed
    r"|(?<=fishing )(?:ports?|quays?|harbou?rs?|jett(?:y|ies))"
    # "a $45 million cement grinding unit", "a bottling unit": a unit by what it does
    r"|(?<=grinding )units?|(?<=production )units?|(?<=manufacturing )units?|(?<=assembly )units?"
    r"|(?<=bottling )units?|(?<=packaging )units?"
    # "a 100 MW power generation unit", "a cement grinding station": a unit by what it does
    r"|(?<=power generation )units?|(?<=grinding )stations?"
    # "a 6 MTPA integrated cement unit", "a fertiliser unit": a unit by what it makes
    r"|(?<=cement )units?|(?<=clinker )units?|(?<=integrated )units?|(?<=fertiliser )units?"
    r"|(?<=fertilizer )units?|(?<=ethanol )units?|(?<=sugar )units?"
    # "a cotton ginning unit", "the ginnery at Ngabu": where cotton is cleaned of its seed
    r"|(?<=ginning )units?|ginner(?:y|ies)"
    # "a whisky distillery", "a modern abattoir", "a poultry hatchery", "a bakery"
    # ("a biscuit and bakery plant", "bakery products": the noun as another's adjective)
    r"|(?:distiller(?:y|ies)|abattoirs?|slaughterhouses?|hatcher(?:y|ies)|winer(?:y|ies)"
    r"|baker(?:y|ies))(?! (?:plants?|products?|items?|factor(?:y|ies)|units?|goods|equipment))"
    # "a new assembly operation in Laos", "opened a US$2 million operation at Coverden": a plant
    # said by its work, or by its cost and its place
    r"|(?<=assembly )operation(?!s)|(?<=manufacturing )operation(?!s)|(?:(?<=million )|(?<=million\) ))operation(?= (?:at|in) )"
    r"|(?<=manufacturing )hubs?|(?<=production )hubs?"
    # "a cotton-textile cluster in the Khiva district": a textile company's farms and mills,
    # one project (an "industrial cluster" is a zone, a place)
    r"|(?<=textile )clusters?"
    # "broke ground for its new production base in Sri City"
    r"|(?<=production )bases?"
    # "a $2bn nickel mine", "the copper mines": a mine said by what it yields is a project
    r"|(?:nickel|gold|copper|iron ore|iron|coal|bauxite|lithium|cobalt|zinc|uranium|manganese|"
    r"phosphate|potash|chrome|chromite|diamond|platinum|graphite|tin|silver|ruby|sapphire"
    r"|emerald) mines?)"
)
AGREEMENT_NOUNS = (
    (
        # (and more than one: "trois protocoles d'accords", "two memoranda of understanding")
        # ("un protocole d'entente", the Canadian and the African press's memorandum)
        r"memorandums? d'entente|protocoles? d'(?:accords?|entente)|memorand(?:um|ums|a) of understanding"
        r"|\bmous?\b|protocol agreements?"
        # "signed a heads of agreement", "a term sheet": the principal terms, agreed first
        r"|heads of (?:agreement|terms)|term sheets?"
        # "a Memorandum of Cooperation (MoC)", "un mémorandum de coopération": a memorandum
        r"|memorand(?:um|ums|a) of (?:cooperation|co-operation|agreement)"
        r"|memorandums? de cooperation"
        # "The memorandum, signed in Rabat on March 3 by …": the memorandum by its noun alone
        r"|\bmemorand(?:um|ums|a)\b(?! (?:of|d'|de|du|des)\b)",
        "mou",
    ),
    (r"accord intergouvernemental|intergovernmental agreement", "intergovernmental"),
    (
        r"accord de partenariat|accord-cadre|accord cadre|framework agreement|partenariat de cooperation|\bpartenariat\b|partnership"
        # "un pacte d'association", "a partnership pact": partners bound to one venture
        r"|pactes? d'association|pactes? de partenariat|partnership pacts?"
        # "le contrat de partenariat", "a partnership contract": a contract of partners
        r"|contrats? de partenariat|conventions? de partenariat|partnership (?:contract|agreement)s?",
        "partnership",
    ),
    (
        r"usufruct (?:agreement|contract)|\bcontrats?\b|\bcontracts?\b|\bdeal\b"
        # "a lease agreement", "un contrat de bail": a lease is a contract
        r"|(?:land )?lease (?:agreement|contract)s?|contrats? de bail",
        "contract",
    ),
    (
        # ("a conclu une entente avec le gouvernement du Rwanda": the Canadian French word)
        r"\baccords?\b|\bagreements?\b|\bconventions?\b|\bententes?\b|pacte d'actionnaires"
        # "un pacte d'investissement", "an investment pact": a pact is an agreement
        r"|pactes? d'investissement|\bpacts?\b",
        "other",
    ),
)

# Titles people hold (folded), longest first where one holds another.
TITLES_FR = (
    r"premier ministre",
    # (its nationality after it, "chef de l'État togolais"; not a verb's auxiliary, "le chef
    # de l'Etat a inauguré …")
    r"chef du gouvernement(?: (?!(?:a|ont|est|sera|va|avait|etait|qui)\b)\w+)?",
    r"chef de l'etat(?: (?!(?:a|ont|est|sera|va|avait|etait|qui)\b)\w+)?",
    r"ministre(?: [\w'’-]+){0,10}?",
    r"president[- ]directeur[- ]general",
    r"p-?dg",
    r"directeur[- ]general",
    r"directeur[- ]general adjoint",
    # "directrice pays de X": a company's head in one country
    r"direct(?:eur|rice) (?:pays|regionale?)",
    r"directrice[- ]generale",
    r"directeur executif",
    r"administrateur delegue",
    # "explique l'administrateur, X": the one who runs a company's affairs
    r"administrat(?:eur|rice)",
    r"directeur",
    r"directrice",
    r"president",
    r"wali",
    r"akim",
    r"dirigeante?",
    r"ambassadeure?",
    r"charge d'affaires",
    r"ambassadrice",
    r"membre du conseil d'administration",
    r"(?:son |sa )?homologue(?: \w+)?",
    r"chef de (?:la )?delegation",
    r"conseill(?:er|ere)(?: \w+){0,3}?",
    r"\bdg\b",
    r"maire",
    # a member of a parliament: "le député X", "la sénatrice X"
    r"deputee?",
    r"senat(?:eur|rice)",
    r"gouverneur",
    r"prefete?",
    r"consul(?:e)?(?: general)?",
    r"secretaire generale?",
    r"secretaire d'etat",
    r"vice-presidente?",
    # "coprésident de X": one of two presidents, a title of X's that heads nothing
    r"co-?presidente?",
    r"presidente",
    r"directeur adjoint",
    r"chef d[eu] (?:projet|chantier|mission)",
    # "Andrew Kelo, gestionnaire de projet de TNG pour Kelso", "directeur de projet"
    r"(?:gestionnaire|directeur|directrice|responsable) d[eu] (?:projet|site|chantier)",
    # "chef de la direction" (a chief executive, in Quebec's French), "chef de
    # l'exploitation", "chef de la direction financière": a company's chief of a function
    r"chef (?:de la |de l'|des |du )(?:direction|exploitation|operations|finances|strategie"
    r"|technologie|production|ventes|marketing|information|innovation)(?: financiere)?",
    # "Manager Général de la zone franche": the English noun, the French word order
    r"manager general",
    r"representante?(?: personnel(?:le)?| speciale?)?",
    r"porte-parole",
    r"patron(?:ne)?",
    # "Le propriétaire français, X": the one who owns the company or the project
    r"proprietaire",
    r"recteur",
    r"rectrice",
    r"(?:co-?)?fondateur",
    r"(?:co-?)?fondatrice",
    r"actionnaire",
    # "la Première Dame Hinda Déby": the head of State's spouse, at a ceremony
    r"premiere dame",
)
TITLES_EN = (
    r"prime minister",
    # "X, Party chief of Kunshan", "the city's Party secretary X": a Chinese town's or
    # province's first officer, the Communist Party's
    r"(?:communist )?party (?:chief|secretary)",
    # "An Taoiseach X", "Tánaiste X": Ireland's head of government and its deputy
    r"(?:an )?taoiseach",
    r"(?:an )?tanaiste",
    r"director general",
    r"general director",
    r"chief executive officer",
    # "Managing Executive Officer", "Chief Operating Officer", "Senior Executive Officer"
    r"(?:chief|senior|managing|executive) (?:executive |operating |financial |technology )?officer",
    r"chief executive",
    r"ceo",
    r"managing director",
    # "Kelvar's president director Budi Santoso": an Indonesian company's head
    r"president director",
    r"md",  # "Zentra India MD X": the managing director's letters
    r"pm",  # "PM Narendra Modi": the prime minister's letters
    r"chief",
    # "Senior Chieftainess Chungu": a traditional ruler
    r"chieftain(?:ess)?",
    r"president",
    r"chairman",
    r"chairwoman",
    r"chairperson",
    r"ambassador",
    # "Chinese charge d'affaires in Zimbabwe X": the envoy heading an embassy
    r"charge d'affaires",
    r"army chief",
    r"governor(?: of [\w-]+)?",
    # "Akim of Pavlodar oblast X": a Kazakh region's or town's governor
    r"akim",
    r"minister",
    r"counterpart",
    r"(?:[a-z]+ (?:and )?){0,3}?counsell?or",
    r"mayor",
    r"deputy (?:minister|governor|mayor|director)",
    r"vice[- ]president",
    # "co-chairman of X": one of two, a title of X's that heads nothing
    r"co-?(?:president|chairman|chairwoman|chair)",
    r"secretary[- ]general",
    r"permanent secretary",
    r"secretary",
    r"consul(?:[- ]general)?",
    r"envoy",
    # "The delegate of the Andalusian government, X"
    r"delegate",
    r"first lady",
    r"commissioner",
    r"administrator",
    r"premier",
    r"general manager",
    r"country manager",
    # "Kelvo country head Amina X": the head of a company's arm in one country
    r"country head",
    # "Amina X, the country director of Kelvo": the head of a company's arm in one country
    r"country director",
    r"regional director",
    # "vice president and sales director X": a department's director
    r"(?:sales|marketing|finance|financial|technical|commercial|operations|production|plant"
    r"|communications?|purchasing|export) director",
    r"project manager",
    r"manager",
    # "X, a client executive in the Y Agency's … division": a rank in a firm or a body
    r"(?:client|account|sales|marketing|business development) executive",
    # "head of AHA Co.", "the rector of the University …", "District Executive Director X"
    r"head of (?:state|government)",
    r"head",
    r"rector",
    r"vice[- ]chancellor",
    r"(?:executive )?directors?",
    r"(?:co-?)?founder",
    r"owner",
    # "X, the business's Chinese proprietor"
    r"proprietor",
    r"speaker",
    r"spokes(?:man|woman|person)",
    r"(?:personal |special )?representative(?: of)?",
    # "X, investment promotion member of Kepza", "X, board member of Y": a member of a
    # body's board, said with the part it holds, holds a title there ("a member of X",
    # "member of the delegation" said alone holds none)
    r"(?<!\ba )(?<!\ban )(?<=[a-z] )member(?= of\b)",
)

# Companies and agencies of bilateral industrial projects the press names by their name
# alone ("avec Atomstroyexport"); their country is what the text says, never this list's.
KNOWN_ORGS: tuple[str, ...] = (
    "Rosatom",
    "Atomstroyexport",
    "Rosoboronexport",
    "Rostec",
    "Gazprom",
    "Rosneft",
    "Lukoil",
    "Novatek",
    "Rusal",
    "Transmashholding",
    "KamAZ",
    "Sonatrach",
    "Sonelgaz",
    "Sonarem",
    "Feraal",
    "Sider El Hadjar",
    "Manadjim El Djazair",
    "Saidal",
    "OCP",
    "Masen",
    "ONEE",
    "Tosyali",
    "Turkish Aerospace",
    "Aselsan",
    "Baykar",
    "Danieli",
    "Eni",
    "Saipem",
    "Leonardo",
    "Fincantieri",
    "Stellantis",
    "Renault",
    "TotalEnergies",
    "EDF",
    "Volkswagen",
    "Siemens",
    "ThyssenKrupp",
    "CNPC",
    "Sinopec",
    "CITIC",
    "Citic",
    "CSCEC",
    "CRCC",
    "China Harbour",
    "Huawei",
    "BYD",
    "Chery",
    "Geely",
    "Jushi",
    "Gotion",
    "CATL",
    "Tata",
    "BHEL",
    "NTPC",
    "Larsen & Toubro",
    "Adani",
    "KEPCO",
    "Hyundai",
    "Samsung",
    "Toyota",
    "Mitsubishi",
    "Qatar Steel",
    "QatarEnergy",
    "Baladna",
    "ArcelorMittal",
    # the world's large industrial groups that build plants abroad (carmakers and their
    # suppliers, electronics, chemicals, cement, mining, food, energy, trading houses),
    # by names no common word or surname shares ("Ford", "Continental", "Vale", "Shell" left
    # out)
    *("Mercedes-Benz", "BMW", "Nissan", "Honda", "Suzuki", "Mazda", "Hyundai Motor"),
    *("General Motors", "Great Wall Motor", "SAIC Motor", "Dongfeng", "Sinotruk", "Weichai"),
    *("Jaguar Land Rover", "Bosch", "Michelin", "Bridgestone", "Yazaki", "Faurecia", "Valeo"),
    *("Foxconn", "TSMC", "Panasonic", "Toshiba", "Hitachi", "LG Electronics", "LG Chem"),
    *("SK On", "Samsung SDI", "Haier", "Hisense", "Midea", "Xiaomi", "Lenovo", "POSCO"),
    *("Saudi Aramco", "SABIC", "Qatar Petroleum", "ADNOC", "Mubadala", "Glencore"),
    *("Rio Tinto", "BHP", "Anglo American", "Holcim", "LafargeHolcim", "Lafarge", "Cemex"),
    *("HeidelbergCement", "Sinoma", "Unilever", "Nestlé", "Procter & Gamble"),
    *("PepsiCo", "Heineken", "Carlsberg", "Boeing", "Alstom"),
    *("Siemens Gamesa", "Vestas", "Schneider Electric", "Marubeni", "Mitsui", "Sumitomo"),
    *("Itochu", "Sojitz", "Tsingshan", "Zijin", "Ganfeng", "Tianqi", "Huayou", "JinkoSolar"),
    *("LONGi", "Trina Solar", "Sisecam", "Arçelik", "Vestel", "Koç Holding", "Sabancı"),
)
