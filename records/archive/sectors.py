"""Sector words: what tells a partner's sector, and the values the archive gives for it.

The values are those of records.enums.Sector (the archive imports no Django, so it spells
them here, once); tests/archive/test_vocabulary.py holds the two lists together.
"""

from __future__ import annotations

import re

from .text import collapse

CIVIL_SOCIETY = "civil_society"
ACADEMIA = "academia"
PRIVATE_SECTOR = "private_sector"
GOVERNMENT = "government"
UN = "un"
OTHER = "other"
UNKNOWN = "unknown"

# How plans name a sector: "(CSO)", "Private sector", "ONG"… (compared folded, see `sector_word`).
_SECTOR_WORDS = {
    CIVIL_SOCIETY: "cso, csos, ngo, ngos, ingo, cbo, ong, ongs, osc, civil society, "
    "civil society organisation, civil society organization, local ngo, foundation, "
    "association, charity, non-profit, nonprofit, community, sociedad civil, société civile, "
    "non-governmental organization, non-governmental organisation, non governmental "
    "organization",
    ACADEMIA: "academia, academic, academics, university, universities, research, "
    "research institute, research institution, think tank, université, universidad, "
    "academic institution",
    PRIVATE_SECTOR: "private, private sector, private company, startup, start-up, start up, "
    "company, business, corporate, sme, msme, enterprise, social enterprise, secteur privé, "
    "sector privado, microfinance",
    GOVERNMENT: "government, gov, govt, ministry, municipality, public, public sector, "
    "local government, local authority, local authorities, public institution, "
    "government agency, gobierno, gouvernement, secteur public, sector público, "
    "sovereign wealth fund, state-owned company, state-owned enterprise, state-owned, "
    "government-owned, état, etat, estado",
    UN: "un, un agency, un agencies, united nations, un system, undp, unicef, unfpa, unhcr, "
    "unesco, unep, un women, unwomen, wfp, fao, ilo, iom, who, unido, unops, undrr, unv, "
    "uncdf, un-habitat, ohchr, unaids",
    # "PTF": partenaires techniques et financiers, a francophone plan's donors at large.
    OTHER: "donor, donors, media, ifi, igo, intergovernmental, inter-governmental, "
    "international organisation, "
    "international organization, development partner, development partners, ptf, ptfs, "
    "partenaires techniques et financiers, bailleurs de fonds",
}
_SECTOR_OF = {
    phrase.strip(): sector for sector, words in _SECTOR_WORDS.items() for phrase in words.split(",")
}

# A sector a name gives away when the plan does not say it: "Ministry of …", "… University".
# Tried in this order; acronyms match in capitals only ("Women who code" is no WHO).
_SECTOR_IN_NAME = (
    (
        UN,
        re.compile(
            r"\b(?:UNDP|UNICEF|UNFPA|UNHCR|UNESCO|UNEP|UNIDO|UNOPS|UNDRR|UNCDF|UNV|UNESCAP"
            r"|ESCAP|UNCTAD|UNITAR|UNRWA|OCHA|UNOCHA|IFAD|ITU|UNECA|UNECE|ECLAC|CEPAL|ESCWA"
            r"|UNESCWA|PNUD|WFP|FAO|ILO|IOM|OIM|WHO|OMS|PAHO|OHCHR|UNAIDS|UNODC|UNWTO|UNFCCC"
            r"|UNCCD|UNSSC|UNOSSC|UNMAS|UNU|IAEA|WMO|WIPO|UN[- ]?Women|UN[- ]?Habitat|UN"
            r"|UNCT|UNRCO|RCO|Acc(?:elerator)? ?Labs?"  # the Accelerator Labs are UNDP's
            r"|RB(?:AP|AS|LAC|EC|A))\b"  # UNDP's regional bureaux: "RBAP Foresight Network"
            # "UN agencies", "United Nations", "Resident Coordinator Office": in any case.
            r"|(?i:\b(?:UN (?:agencies|system|country team|environment|global pulse|volunteers)"
            r"|United Nations|resident coordinator'?s?(?: office)?|International Organi[sz]ation"
            r" for Migration|World Food Programme|World Health Organi[sz]ation"
            r"|peace ?building fund|regional (?:bureau|hub))\b)"
        ),
    ),
    (
        OTHER,
        re.compile(
            r"(?i)\b(?:world bank|development bank|european union|eu delegation|embassy"
            r"|cooperation agency|delegation of the (?:eu|european union)|inter-?governmental"
            r"|donors?"
            # "Fund for the Development of Indigenous Peoples": states' common fund.
            r"|fund for (?:the )?development of)\b"
            # States' development agencies: "GIZ", "USAID".
            r"|\b(?:GIZ|USAID|JICA|KOICA|AFD|DFID|FCDO|ENABEL|AECID|DANIDA|NORAD|TIKA|Sida)\b"
        ),
    ),
    (
        GOVERNMENT,
        re.compile(
            r"(?i)\b(?:ministry|minist[eèé]re|ministerio|government|gouvernement|gobierno"
            # The State, in French: "Secrétariat d'Etat", "Comité de Concertation Etat-…".
            r"|(?-i:[EÉ]tat)"
            r"|municipality|municipalities|municipal|municipio|mairie|municipalidad|municipalit[eé]"
            r"|prefecture"
            r"|governorate|city council|city hall|regional administration|parliament|presidency"
            r"|(?:local|island|atoll|district|village|town|regional) councils?|governor['’]s office"
            r"|prime minister|national \w+ agency|agency for|authority|secretariat|secretar[ií]a"
            # A state's own services and strategies: "National Civil Protection Service",
            # "National Innovation Strategy".
            r"|national (?:[\w-]+ ){1,3}(?:service|strategy)"
            # A name headed by "Agency" or "National Institute of": a state body.
            r"|agency(?=\s*(?:\([^()]*\))?$)|national institute (?:of|for) (?!technology)"
            r"|directorate|direcci[oó]n|direction|department of|office of the|commission"
            r"|district|sub-district|county|province|provincial|state agency|police|parishad"
            r"|local authorities|public sector|national statistics|bureau of"
            r"|national council (?:of|for) science"
            # A city's mayor, a state's committees and centres: "Osh Mayor's Office", "State
            # Committee for Science", "National Center for Disease Control".
            r"|mayor(?:['’]?s)? office|office of the mayor|mayoralty|alcald[ií]a"
            r"|(?:state|executive) committee|national (?:[\w-]+ ){0,3}committee"
            r"|national (?:[\w-]+ )?cent(?:er|re)|national congress|congress of the republic"
            r"|instituto nacional|institut national|development corporation"
            # "Salvadoran Institute of Tourism": a country's institute, not a continent's.
            r"|(?-i:(?!(?:American|European|African|Asian|Arab)\b)[A-Z]\w+(?:an|ese|ish|i))"
            r" institute (?:of|for) (?!technology|science)"
            # A country's or a nation's institute of one field: "Ethiopian Biotechnology
            # Institute", "Ethiopia Bio-technology institute", "National Heritage Institute".
            r"|(?:(?-i:(?!(?:American|European|African|Asian|Asia|Arab)\b)[A-Z]\w+"
            r"(?:an|ese|ish|i|ia))|national(?: [\w-]+)?) [\w-]+ institute(?=\s*(?:\([^()]*\))?$)"
            # A state's administrations, divisions, assemblies and services: "Designated Areas
            # for Sustainable Tourism Administration", "ICT Division", "Tobago House of
            # Assembly", "Eswatini Revenue Service", "Lasta woreda trade office".
            r"|(?:administration|division)(?=\s*(?:\([^()]*\))?$)|metropolitan city"
            r"|(?:regional|national|legislative|house of) assembly|revenue service"
            r"|ombudsman|woreda|kebele|commune council|president['’]s administration"
            # A statutory board, a federated state's body: "Bangladesh Tourism Board", "Lagos
            # State Employment Trust Fund" (its university is academia).
            r"|board(?=\s*(?:\([^()]*\))?$)"
            # A council named by the one place, people or thing it governs: "Kalinago Council",
            # "Market Council"; not a nation's ("British Council") nor a group's ("Youth").
            r"|^(?!(?:youth|women|students?|business|community|advisory|security)\b)"
            r"(?-i:(?![\w'’-]+(?:ish|an|ese|ic|i)\b)[A-Z][\w'’-]+) council(?=\s*(?:\([^()]*\))?$)"
            r"|(?-i:[A-Z][\w'’-]+ State)\s(?!(?i:university|college|polytechnic)))\b"
        ),
    ),
    (
        ACADEMIA,
        re.compile(
            r"(?i)\b(?:universit(?:y|ies)|universidad(?:es)?|universit[eé]s?|universidade"
            r"|college|polytechnic|polytechnique|institute of technology|acad[eé]mie"
            # "Academy of Sciences", "State Oil Academy"; a "Crowdfunding Academy" is a course.
            r"|academy of|(?:national|state|royal|junior) (?:\w+ )?academy"
            r"|academia|business school|faculty|researchers?|research institute|school of"
            r"|think tank)\b"
        ),
    ),
    (
        CIVIL_SOCIETY,
        re.compile(
            r"(?i)\b(?:foundations?|fundaci[oó]n|fondation|associations?|asociaci[oó]n|ngos?"
            r"|csos?|ongs?|oscs?|cooperatives?|coop[eé]ratives?|charity|civil society|network"
            r"|alliance|local communities|communities|community groups?|citizens' groups"
            r"|youth groups?|women's groups?|organization|organisation|f[eé]d[eé]ration"
            r"|federaci[oó]n|federation|movement|society"
            r"|(?:initiative|self-help|savings|farmers['’]?|producers['’]?) groups?"
            # "Mangrove Conservation Committee", "Emberá Wounaan Congress": a community's own
            # (a state's is government, tried first).
            r"|(?<!steering )(?:committee|congress)(?=\s*(?:\([^()]*\))?$)"
            # An indigenous people's own: "Indigenous Center of the Amazon Region in Bolivia".
            r"|indigenous|ind[ií]genas?)\b"
        ),
    ),
    (
        # A group of people at work together is no company ("Human Mobility Group").
        UNKNOWN,
        re.compile(
            r"(?i)\b(?:working|coordination|advisory|reference|focus|technical|thematic|task"
            r"|steering|contact|mobility) groups?\b"
        ),
    ),
    (
        PRIVATE_SECTOR,
        re.compile(
            r"(?i)\b(?:ltd|llc|inc|plc|gmbh|corp|corporation|company|companies|bank|banks"
            r"|banca|consulting|private sector|businesses|business|enterprises?|start-?ups?"
            r"|smes|msmes|chamber of commerce|venture|ventures|limited|s\.a\.|sarl|group|firm"
            r"|incubators?|accelerators?(?! labs?)|\w+-hub|(?:innovation|impact|tech|technology"
            r"|start-?up|business|co-?creation) hubs?"
            r"|(?-i:S\.?A\.?S?))\b"
        ),
    ),
)

# The words that settle a name's sector whatever answer it sits in ("Municipality of Bissau"
# among academic partners): the leftmost found is the name's head ("Federation of Councils
# of the Government of La Paz" is civil society). Weaker words ("Enterprises Agency",
# "Central Bank") leave the answer's sector.
_DECISIVE_IN_NAME = re.compile(
    rf"(?P<{GOVERNMENT}>(?i:\b(?:ministry|minist[eèé]re|ministerio|municipality|municipalities"
    r"|municipalit[eé]|municipalidad|municipio|mairie|city council|city hall|city of|town hall"
    r"|government of|municipal administrations?"
    r"|gouvernement|gobierno|governorate|prefecture|parliament|presidency"
    # "Prime Minister's Office of Mauritius", "Mauritian Government": a state's own offices.
    r"|prime minister(?:['’]s)?(?: office)?|president['’]s office|government$)\b))"
    rf"|(?P<{ACADEMIA}>(?i:\b(?:universit(?:y|ies)|universidad(?:es)?|universit[eé]s?"
    r"|universidade|college|polytechnic|polytechnique|faculty of|school of)\b))"
    rf"|(?P<{CIVIL_SOCIETY}>(?i:\b(?:associations?|asociaci[oó]n|foundation|fundaci[oó]n"
    r"|fondation|ngos?|csos?|cooperative|coop[eé]rative|federation|f[eé]d[eé]ration"
    r"|federaci[oó]n)\b))"
    rf"|(?P<{PRIVATE_SECTOR}>(?i:\b(?:ltd|llc|inc|plc|gmbh|sarl|corp|limited|doo|d\.o\.o)\b)"
    r"|\bS\.?A\.?S?\b)"
)

# The CLOSE-A form asks for partners one sector at a time: the answer key gives the sector.
SECTOR_OF_PROMPT = {
    "partners_civil_society": CIVIL_SOCIETY,
    "partners_academia": ACADEMIA,
    "partners_private_sector": PRIVATE_SECTOR,
    "partners_government": GOVERNMENT,
    "partners_un": UN,
}

# Every sector a PartnerMention can carry.
SECTORS = frozenset(
    {
        UNKNOWN,
        *_SECTOR_OF.values(),
        *(sector for sector, _ in _SECTOR_IN_NAME),
        *SECTOR_OF_PROMPT.values(),
    }
)


# UNDP's own units, named without UNDP: "The Country Office", "Strategic innovation team". Not
# a UN entity's name (`sector_in_name`): a unit beside another is no unit of it.
UNDP_UNIT = re.compile(r"(?i)\b(?:country office|strategic innovation (?:unit|team))\b")


# Where the clause of a qualifier ends: "NGO, who worked…", "sovereign wealth fund and joint
# stock company in…".
_CLAUSE_END = re.compile(
    r"[,;(]|\s(?:who|which|that|and|with|in|of|for|on|to|at|by|under)\s", re.IGNORECASE
)
_QUALIFIER_WORDS = 4


def qualifier_sector(text: str) -> str:
    """The sector a qualifier written after a name says by its head ("Almaty Akimat - local
    municipality", "AirVision - NGO, who worked…", "Samruk Kazyna - sovereign wealth fund and
    …"): the longest sector phrase ending its first clause of a few words; "unknown" when
    there is none ("Sergek - monitoring agency") or the clause is longer."""
    words = _CLAUSE_END.split(text, maxsplit=1)[0].split()
    if len(words) > _QUALIFIER_WORDS:
        return UNKNOWN
    found = (sector_word(" ".join(words[-k:])) for k in range(len(words), 0, -1))
    return next((sector for sector in found if sector), UNKNOWN)


def sector_word(text: str) -> str | None:
    """The sector a word or phrase names ("NGO", "Private sector partners"), else None."""
    whole = collapse(text.lower().strip(" .,"))
    if whole in _SECTOR_OF:  # "development partner"
        return _SECTOR_OF[whole]
    phrase = whole.removesuffix(" partners").removesuffix(" partner")
    # "SMEs", "CSOs": the plural of a sector word names the same sector.
    return _SECTOR_OF.get(phrase) or _SECTOR_OF.get(phrase.removesuffix("s"))


def sector_in_name(name: str) -> str:
    """The sector an organisation's name gives away, else "unknown". A name that starts with
    a sector's own phrase is of that sector ("Civil society of District 3"), unless it is a
    UN entity's ("International Organization for Migration")."""
    found = next((sector for sector, words in _SECTOR_IN_NAME if words.search(name)), UNKNOWN)
    lead = _SECTOR_OF.get(" ".join(name.lower().split()[:2]))
    return found if found == UN or not lead else lead


def decisive_sector(name: str, said: str = UNKNOWN) -> str:
    """The sector the head word of a name settles ("Bahir Dar university", "Blufu SARL",
    "Ministry of …"), a UN entity's anywhere in it; of a name with words of two sectors,
    `said` (the answer's sector) when it is one of them, else the one `sector_in_name`
    tries first; "unknown" when no word settles it."""
    if sector_in_name(name) == UN:
        return UN
    found = [m.lastgroup for m in _DECISIVE_IN_NAME.finditer(name)]
    if said in found or not found:
        return said if found else UNKNOWN
    first_tried = sector_in_name(name)  # "Association of Municipalities": government first
    return first_tried if first_tried in found else found[0]
